"""The real themes, kinds, places and instruments synthetic reports point to, read from the data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from ..core import uris
from ..core.namespaces import BKG
from ..errors import PublisherError
from .nquads import iri
from .rotation import ROTATION
from .words import Words

#: The figure types synthetic figures use, which the curated data must describe.
FIGURE_TYPES = ("count", "ordinal", "anniversary", "duration")


@dataclass(frozen=True)
class Term:
    iri: str  # in N-Triples form, <…>
    name: Words
    slug: str


@dataclass(frozen=True)
class Vocabulary:
    """The real concepts and entities synthetic reports point to, read from the curated dataset."""

    themes: tuple[tuple[Term, tuple[Term, ...]], ...]  # each top theme with its narrower ones
    event_kinds: tuple[Term, ...]
    act_kinds: tuple[Term, ...]
    activity_kinds: tuple[Term, ...]
    instrument_types: dict[str, Term]
    instruments: tuple[tuple[Term, str], ...]  # a real instrument and its type's slug
    members: tuple[Term, ...]  # in the order of ROTATION
    countries: tuple[Term, ...]  # other than the members
    regions: tuple[Term, ...]
    organisations: tuple[Term, ...]  # other than the union itself
    places: tuple[Term, ...]
    initiatives: tuple[Term, ...]
    union: str
    publisher: str


def read_vocabulary(dataset: Dataset) -> Vocabulary:
    """What the synthetic reports may point to: only what the curated dataset describes."""
    schemes = dataset.graph(uris.SCHEMES_GRAPH)
    reference = dataset.graph(uris.REFERENCE_GRAPH)
    union = uris.mint("organisation", "benelux-union")
    publisher = uris.mint("organisation", "benelux-general-secretariat")
    _check_needed(dataset, [union, publisher])
    themes, types = _themes(schemes), _instrument_types(schemes)
    instruments = _instruments(reference)
    members = tuple(_term(reference, uris.mint("country", m.slug), RDFS.label) for m in ROTATION)
    vocabulary = Vocabulary(
        themes=themes,
        event_kinds=_kinds_under(schemes, "event"),
        act_kinds=_kinds_under(schemes, "act"),
        activity_kinds=_kinds_under(schemes, "activity"),
        instrument_types={t.slug: t for t in types},
        instruments=instruments,
        members=members,
        countries=tuple(c for c in _typed(reference, BKG.Country) if c not in members),
        regions=_typed(reference, BKG.Region),
        organisations=tuple(o for o in _typed(reference, ORG.Organization) if o.iri != iri(union)),
        places=_typed(reference, BKG.Place),
        initiatives=_typed(reference, BKG.Initiative),
        union=iri(union),
        publisher=iri(publisher),
    )
    _check_complete(vocabulary, types)
    return vocabulary


def _check_needed(dataset: Dataset, organisations: list[URIRef]) -> None:
    """Fail unless the curated data describes the union, the publisher, members, figure types."""
    needed = [*organisations, *(uris.mint("country", m.slug) for m in ROTATION)]
    needed += [uris.mint("figure-type", t) for t in FIGURE_TYPES]
    missing = [f"<{node}>" for node in needed if (node, RDF.type, None) not in dataset]
    if missing:
        raise PublisherError(f"synth needs {', '.join(missing)}, which the curated data lacks")


def _check_complete(vocabulary: Vocabulary, types: tuple[Term, ...]) -> None:
    kinds = (vocabulary.event_kinds, vocabulary.act_kinds, vocabulary.activity_kinds)
    if not all((vocabulary.themes, *kinds, types)):
        raise PublisherError(
            "synth needs themes, kinds under kind:event, kind:act and kind:activity, and"
            " instrument types in data/schemes/"
        )


def _themes(schemes: Graph) -> tuple[tuple[Term, tuple[Term, ...]], ...]:
    top_themes = schemes.objects(uris.mint("scheme", "theme"), SKOS.hasTopConcept)
    return tuple(
        (_term(schemes, top, SKOS.prefLabel), _terms(schemes, schemes.subjects(SKOS.broader, top)))
        for top in sorted(top_themes, key=str)
    )


def _instrument_types(schemes: Graph) -> tuple[Term, ...]:
    type_scheme = uris.mint("scheme", "instrument-type")
    return _terms(schemes, schemes.subjects(SKOS.inScheme, type_scheme), SKOS.prefLabel)


def _instruments(reference: Graph) -> tuple[tuple[Term, str], ...]:
    return tuple(
        (_term(reference, node, RDFS.label), _slug(reference.value(node, BKG.kind)))
        for cls in (BKG.LegalInstrument, BKG.PoliticalInstrument)
        for node in sorted(reference.subjects(RDF.type, cls), key=str)
    )


def _kinds_under(schemes: Graph, top: str) -> tuple[Term, ...]:
    root = uris.mint("kind", top)
    below = {
        n
        for n in schemes.transitive_subjects(SKOS.broader, root)
        if n != root and (n, OWL.deprecated, Literal(True)) not in schemes
    }
    return _terms(schemes, (n for n in below if n is not None), SKOS.prefLabel)


def _typed(reference: Graph, cls: URIRef) -> tuple[Term, ...]:
    return _terms(reference, reference.subjects(RDF.type, cls), RDFS.label)


def _term(graph: Graph, node: Node, predicate: URIRef) -> Term:
    names = {
        lit.language: str(lit) for lit in graph.objects(node, predicate) if isinstance(lit, Literal)
    }
    if not {"nl", "en", "fr"} <= names.keys():
        raise PublisherError(f"<{node}> lacks a {predicate} in nl, en or fr: synth needs all three")
    return Term(iri(str(node)), Words(names["nl"], names["en"], names["fr"]), _slug(node))


def _terms(
    graph: Graph, nodes: Iterable[Node], predicate: URIRef = SKOS.prefLabel
) -> tuple[Term, ...]:
    return tuple(_term(graph, node, predicate) for node in sorted(set(nodes), key=str))


def _slug(node: Node | None) -> str:
    return str(node).rsplit("/", 1)[-1]
