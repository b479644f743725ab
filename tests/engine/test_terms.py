"""Triples from the engine to rdflib, for the pages: the quick way gives what parsing would."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from publisher.engine.store import OxigraphStore
from publisher.engine.terms import to_graph

from ..support import canonical


def test_every_graph_comes_across_as_its_ntriples_would(store: OxigraphStore) -> None:
    for name in store.graph_sizes():
        triples = store.graph_triples(name)
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None
        parsed = Graph().parse(data=data.decode("utf-8"), format="nt")
        converted = to_graph(triples)
        assert len(converted) == len(parsed) == len(triples), name
        assert canonical(converted) == canonical(parsed), name


def test_literals_keep_language_datatype_and_plain_strings() -> None:
    ex = "http://example.org/"
    triples = [
        ox.Triple(ox.NamedNode(ex + "s"), ox.NamedNode(ex + "p"), literal)
        for literal in (
            ox.Literal("plain"),
            ox.Literal("België", language="nl"),
            ox.Literal("007", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        )
    ]
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    assert set(to_graph(triples)) == set(Graph().parse(data=data.decode(), format="nt"))
