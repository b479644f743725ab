"""Turtle as a curator reads it: our things by prefixed name, passages as they stand."""

from __future__ import annotations

import re

from rdflib import URIRef

from ...core import uris
from ...core.namespaces import BASE
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


#: The prefixes the curated files use for our things, by kind (uris.KINDS).
_THING_PREFIXES = {
    kind: kind
    for kind in (
        "achievement",
        "country",
        "event",
        "initiative",
        "instrument",
        "kind",
        "organisation",
        "place",
        "presidency",
        "priority",
        "region",
        "report",
        "scheme",
        "section",
        "theme",
    )
}


def iri(node: URIRef | str) -> str:
    """`kind:slug` for one of our things, `<…>` for anything else (a part `…#passage`)."""
    text, things = str(node), f"{BASE}id/"
    if text.startswith(things) and "#" not in text:
        kind, _, slug = text[len(things) :].partition("/")
        if kind in _THING_PREFIXES and re.fullmatch(r"[a-z0-9-]+", slug):
            return f"{_THING_PREFIXES[kind]}:{slug}"
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


PREFIXES = """@prefix bkg: <https://w3id.org/benelux-kg/def/bkg#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix schema: <https://schema.org/> .
""" + "".join(f"@prefix {p}: <{BASE}id/{k}/> .\n" for k, p in _THING_PREFIXES.items())
UNION = f"{BASE}id/organisation/benelux-union"
SECRETARIAT = f"{BASE}id/organisation/benelux-general-secretariat"
DUTCH = "http://publications.europa.eu/resource/authority/language/NLD"
