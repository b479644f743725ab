"""Triples between the engine, rdflib and bytes: for views that serialise or render them."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from .store import TRIPLE_FORMATS, Triples


def serialize_triples(triples: Triples, media_type: str, prefixes: dict[str, str]) -> bytes:
    """Triples in one of the RDF formats of TRIPLE_FORMATS, written by the engine, declaring
    only the prefixes the triples use."""
    iris = {
        term.value
        for t in triples
        for term in (t.subject, t.predicate, t.object)
        if isinstance(term, ox.NamedNode)
    }
    iris |= {t.object.datatype.value for t in triples if isinstance(t.object, ox.Literal)}
    used = {p: ns for p, ns in prefixes.items() if any(iri.startswith(ns) for iri in iris)}
    data = ox.serialize(triples, format=TRIPLE_FORMATS[media_type], prefixes=used)
    assert data is not None
    return data


def to_graph(triples: Triples) -> Graph:
    """The same triples as an rdflib Graph, for the HTML views."""
    graph = Graph()
    if triples:
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None
        graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def triples_of(graph: Graph) -> Triples:
    """An rdflib Graph's triples as the engine's, for views that take a store's triples."""
    if not len(graph):
        return []
    data = graph.serialize(format="nt", encoding="utf-8")
    return sorted(
        (q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)),
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
