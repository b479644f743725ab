"""Triples between the engine, rdflib and bytes: for views that serialise or render them."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..core.formats import Format
from .results import TRIPLE_WRITERS
from .store import Triples

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def serialize_triples(triples: Triples, fmt: Format, prefixes: dict[str, str]) -> bytes:
    """Triples in one of the RDF formats of TRIPLE_WRITERS, written by the engine, declaring
    only the prefixes the triples use."""
    iris = {
        term.value
        for t in triples
        for term in (t.subject, t.predicate, t.object)
        if isinstance(term, ox.NamedNode)
    }
    iris |= {t.object.datatype.value for t in triples if isinstance(t.object, ox.Literal)}
    used = {p: ns for p, ns in prefixes.items() if any(iri.startswith(ns) for iri in iris)}
    data = ox.serialize(triples, format=TRIPLE_WRITERS[fmt], prefixes=used)
    assert data is not None
    return data


def is_iri(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, iri: str) -> bool:
    """True when the engine's `term` is the IRI `iri`, not a literal that reads the same."""
    return isinstance(term, ox.NamedNode) and term.value == iri


def to_graph(triples: Triples) -> Graph:
    """The same triples as an rdflib Graph, for the HTML views: term by term, as parsing their
    N-Triples would give, at half the cost on a page's worth of triples."""
    graph = Graph()
    add = graph.add
    for triple in triples:
        add((_node(triple.subject), URIRef(triple.predicate.value), _node(triple.object)))
    return graph


def _node(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    raise ValueError(f"RDF-star triple terms are not shown on pages: {term}")


def triples_of(graph: Graph) -> Triples:
    """An rdflib Graph's triples as the engine's, for views that take a store's triples."""
    if not len(graph):
        return []
    data = graph.serialize(format="nt", encoding="utf-8")
    return sorted(
        (q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)),
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
