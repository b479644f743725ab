"""Turtle as a curator reads it: our things by prefixed name, passages as they stand."""

from __future__ import annotations

from rdflib import URIRef

from ...core import uris
from ...core.namespaces import BASE, EU, ID
from ...core.namespaces import PREFIXES as NAMESPACES
from ..curated import DRAFT_MARK

_SLUG_WORDS = 6
#: The first line of every drafted file, until a curator has reviewed it.
DRAFT_LINE = f"{DRAFT_MARK}: remove this line once reviewed; until then the build writes nothing.\n"
_LABEL_WORDS = 14


def literal(text: str, lang: str | None = None) -> str:
    """A Turtle string; a passage with line breaks stays readable between triple quotes."""
    tag = f"@{lang}" if lang else ""
    readable = '"""' not in text and not text.endswith('"') and "\\" not in text
    if "\n" in text and readable and "\n#" not in text:  # no line that reads as a comment
        return f'"""{text}"""{tag}'
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"{tag}'


#: The kinds of our things the curated files name with a prefix of the same name.
_PREFIXED_KINDS = (
    "achievement", "country", "event", "initiative", "instrument", "kind", "organisation",
    "place", "presidency", "priority", "region", "report", "scheme", "section", "theme",
)  # fmt: skip


def iri(node: URIRef | str) -> str:
    """`kind:slug` for one of our things, `<…>` for anything else (a part `…#passage`)."""
    text, things = str(node), f"{BASE}id/"
    if text.startswith(things) and "#" not in text:
        kind, _, slug = text[len(things) :].partition("/")
        if kind in _PREFIXED_KINDS and uris.is_slug(slug):
            return f"{kind}:{slug}"
    return f"<{text}>"


def slug(year: str, words: str, taken: set[str]) -> str:
    """A slug from the first words of `words`, unique among `taken` (which it joins)."""
    base = "-".join(uris.slugify(words).split("-")[:_SLUG_WORDS]) or "item"
    candidate, number = f"{year}-{base}", 2
    while candidate in taken:
        candidate, number = f"{year}-{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def drafted_label(reading: str) -> str:
    words = reading.rstrip(".").split()
    label = " ".join(words[:_LABEL_WORDS])
    return label + " …" if len(words) > _LABEL_WORDS else label


_STANDARD_PREFIXES = ("bkg", "dcterms", "rdfs", "skos", "xsd", "prov", "oa", "schema")
#: The @prefix lines every drafted file starts with: the standard ones and one per kind of thing.
PREFIXES = "".join(f"@prefix {p}: <{NAMESPACES[p]}> .\n" for p in _STANDARD_PREFIXES) + "".join(
    f"@prefix {kind}: <{ID}{kind}/> .\n" for kind in _PREFIXED_KINDS
)
UNION = uris.mint("organisation", "benelux-union")
SECRETARIAT = uris.mint("organisation", "benelux-general-secretariat")
DUTCH = EU["language/NLD"]
