"""Links a bullet's words suggest: the entities, kinds and themes the data already names.

Entities are matched by their Dutch labels in the reference data, kinds and themes by their
labels and cue words (`skos:hiddenLabel` in data/schemes/), so that a curator adds a cue without
code. Instruments are also found by their type and what anchors them: "overeenkomsten met
Mongolië" is the agreement whose party Mongolia is. A suggestion is only ever a suggestion: the
drafter writes it as a commented-out line for the curator to accept or reject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, RDF, RDFS, SKOS

from ...core import uris
from ...core.namespaces import BKG, ELI
from ...core.project import Project
from ...core.turtle import read_turtle


@dataclass(frozen=True)
class Cue:
    """A wording that suggests a link: an entity's name, a kind's or theme's cue word."""

    words: str
    predicate: str  # as written in Turtle: "bkg:participant", "bkg:kind", "dcterms:subject"
    value: URIRef
    case_sensitive: bool  # names are, cue words are not


@dataclass(frozen=True)
class Suggestion:
    predicate: str
    value: URIRef
    because: str  # the words of the text that suggest it


#: What a reference entity of each class is suggested as, on the achievement that names it.
_ROLE_OF_CLASS = {
    BKG.Country: "bkg:participant",
    BKG.Region: "bkg:participant",
    ORG.Organization: "bkg:participant",
    BKG.LegalInstrument: "bkg:instrument",
    BKG.PoliticalInstrument: "bkg:instrument",
    BKG.Initiative: "bkg:initiative",
}
#: Suggested by the documented rule, not by the text: not suggested again.
_NEVER_SUGGESTED = {uris.mint("organisation", "benelux-union")}


def vocabulary(project: Project) -> Graph:
    """The reference data and the schemes, which name what a bullet can be linked to."""
    graph = Graph()
    for folder in (project.reference, project.schemes):
        for path in sorted(folder.glob("*.ttl")):
            read_turtle(path, into=graph)
    return graph


def cues(graph: Graph) -> tuple[Cue, ...]:
    """Every cue the reference data and schemes hold in Dutch, longest first.

    Entities are found by their labels and alternative labels; kinds and themes by their
    preferred, alternative and hidden labels (skos:hiddenLabel holds cue words: a curator adds one
    to data/schemes/ without code)."""
    found: set[Cue] = set()
    for cls, predicate in _ROLE_OF_CLASS.items():
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef) and node not in _NEVER_SUGGESTED:
                for label in _dutch(graph, node, (RDFS.label, SKOS.altLabel)):
                    found.add(Cue(label, predicate, node, True))
    for scheme, predicate in (("kind", "bkg:kind"), ("theme", "dcterms:subject")):
        for node in graph.subjects(SKOS.inScheme, uris.mint("scheme", scheme)):
            if isinstance(node, URIRef) and (node, OWL.deprecated, Literal(True)) not in graph:
                labels = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                for label in _dutch(graph, node, labels):
                    found.add(Cue(label.lower(), predicate, node, False))
    return tuple(sorted(found, key=lambda c: (-len(c.words), c.words, c.predicate, str(c.value))))


def suggest(reading: str, cues: tuple[Cue, ...]) -> tuple[Suggestion, ...]:
    """The links the text of one bullet suggests, each stretch of text used by its longest cue of
    each sort (a region named inside a plan's name is suggested too).

    A one-word name (Belize, FAO) must match as written; a longer name or a cue word matches
    whatever its case and quotation marks (“lichte elektrische voertuigen”)."""
    as_written, folded = _plain(reading), _plain(reading).lower()
    taken: list[tuple[int, int, str]] = []
    suggestions: dict[tuple[str, URIRef], str] = {}
    for cue in cues:
        exact = cue.case_sensitive and " " not in cue.words
        haystack = as_written if exact else folded
        needle = _plain(cue.words) if exact else _plain(cue.words).lower()
        tail = r"(?![\w-])" if cue.case_sensitive else ""
        for match in re.finditer(rf"(?<![\w-]){re.escape(needle)}{tail}", haystack):
            start, end = match.span()
            if any(s < end and start < e and p == cue.predicate for s, e, p in taken):
                continue
            taken.append((start, end, cue.predicate))
            role = _role(folded, start, cue.predicate)
            if role is not None:
                suggestions.setdefault((role, cue.value), as_written[start:end])
    return tuple(
        Suggestion(predicate, value, because)
        for (predicate, value), because in sorted(
            suggestions.items(), key=lambda item: (item[0][0], str(item[0][1]))
        )
    )


#: The words just before a body's name that say which role the text gives it.
_FRAMEWORK = re.compile(r"in het kader van (?:de |het )?$")
_ADDRESSEE = re.compile(r"\baan (?:de |het )?$")
_PLACE = re.compile(r"\bin $")  # "gevierd in Luxemburg": where, not who
_NAMES = r"(?:[\w’'-]+(?: [\w’'-]+)?(?:, | en ))*"
_OTHER_SIDE = re.compile(rf"\b(?:met|tussen de benelux en) (?:de |het )?{_NAMES}$")
_CONCLUDED = re.compile(r"^(?:ondertekening|sluiting)\b")


def _role(folded: str, start: int, predicate: str) -> str | None:
    """The role the words before a body's name give it: the framework of "in het kader van",
    the addressee of "aan", the other side of a signing ("Ondertekening … met X"), no role for a
    place ("in X"), else the general participant."""
    if predicate != "bkg:participant":
        return predicate
    before = folded[max(0, start - 60) : start]
    if _FRAMEWORK.search(before):
        return "bkg:framework"
    if _ADDRESSEE.search(before):
        return "bkg:addressee"
    if _PLACE.search(before):
        return None
    if _CONCLUDED.match(folded) and _OTHER_SIDE.search(before):
        return "bkg:counterparty"
    return predicate


def _plain(text: str) -> str:
    """The text without quotation marks, its spaces folded: how names compare."""
    return " ".join("".join(c for c in text if c not in '“”„‘’"«»').split())


#: Parties too common to tell one instrument from another.
_MEMBERS = {uris.mint("country", c) for c in ("belgium", "netherlands", "luxembourg")}


def instruments_by_party(graph: Graph) -> dict[str, dict[URIRef, tuple[URIRef, ...]]]:
    """The reference instruments by the Dutch word for their type and by what anchors them: each
    of their parties but the member states, and the instrument they are based on. "overeenkomsten
    met Mongolië" names the agreement whose party Mongolia is, "uitvoeringsovereenkomsten van het
    Benelux-Politieverdrag" the agreements based on that treaty, though neither by its name."""
    index: dict[str, dict[URIRef, list[URIRef]]] = {}
    anchors = [*graph.subject_objects(BKG.party), *graph.subject_objects(ELI.based_on)]
    for instrument, party in sorted(anchors, key=str):
        kind = graph.value(instrument, BKG.kind)
        if not isinstance(instrument, URIRef) or not isinstance(party, URIRef) or kind is None:
            continue
        if party in _MEMBERS | _NEVER_SUGGESTED:
            continue
        for word in _dutch(graph, URIRef(str(kind)), (SKOS.prefLabel, SKOS.hiddenLabel)):
            index.setdefault(word.lower(), {}).setdefault(party, []).append(instrument)
    return {w: {p: tuple(i) for p, i in parties.items()} for w, parties in index.items()}


def suggest_instruments(
    reading: str,
    named: tuple[Suggestion, ...],
    index: dict[str, dict[URIRef, tuple[URIRef, ...]]],
) -> tuple[Suggestion, ...]:
    """Instruments a bullet speaks of by their type and a party it names (a word inside a
    compound counts: "visumvrijstellingsovereenkomsten")."""
    lowered, found = reading.lower(), []
    anchors = ("bkg:participant", "bkg:counterparty", "bkg:framework", "bkg:addressee")
    bodies = [s for s in named if s.predicate in (*anchors, "bkg:instrument")]
    for word, parties in sorted(index.items()):
        if word not in lowered:
            continue
        for body in bodies:
            for instrument in parties.get(body.value, ()):
                found.append(Suggestion("bkg:instrument", instrument, f"{word} … {body.because}"))
    return tuple(found)


def _dutch(graph: Graph, node: URIRef, predicates: tuple[URIRef, ...]) -> list[str]:
    return sorted(
        str(o)
        for p in predicates
        for o in graph.objects(node, p)
        if isinstance(o, Literal) and o.language == "nl" and len(str(o)) > 2
    )


_NAME = re.compile(r"(?<=[\s(“])([A-Z][\w’'-]*(?: (?:van|der|de|[A-Z][\w’'-]*))*)")
_CONNECTORS = re.compile(r"(?: (?:van|der|de))+$")


def unknown_names(reading: str, found: tuple[Suggestion, ...], cues: tuple[Cue, ...]) -> list[str]:
    """Capitalised names inside the bullet that no known name or suggestion covers: perhaps an
    entity the reference data does not have yet. The bullet's first word is left out, as are
    compounds of a known name ("Penta-samenwerking")."""
    covered = " ".join(s.because for s in found)
    known = {c.words.lower() for c in cues if c.case_sensitive}
    names = set()
    for match in _NAME.finditer(reading):
        name = _CONNECTORS.sub("", match.group(1).rstrip("’'-"))
        head = name.split("-", 1)[0].lower()
        if (
            len(name) > 2
            and name not in covered
            and name.lower() not in known
            and head not in known
        ):
            if not name.startswith("Benelux"):
                names.add(name)
    return sorted(names)
