"""SPARQLWrapper, the client researchers use most, in every mode, against a real server."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from SPARQLWrapper import (
    CSV,
    JSON,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)

from publisher.core import uris
from publisher.core.namespaces import BKG

from ..support import Server, parse_graph

BELGIUM = uris.mint("country", "belgium")
SELECT_COUNTRIES = f"SELECT ?c WHERE {{ ?c a <{BKG.Country}> }} ORDER BY ?c"
ENCODINGS = [("GET", URLENCODED), ("POST", URLENCODED), ("POST", POSTDIRECTLY)]
ENCODING_IDS = ["get", "post-form", "post-direct"]


def wrapper(server: Server, method: str, request_method: str) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{server.url}/sparql")
    if method == "POST":
        client.setMethod(POST)
        client.setRequestMethod(request_method)
    return client


@pytest.mark.parametrize(("method", "encoding"), ENCODINGS, ids=ENCODING_IDS)
@pytest.mark.parametrize("return_format", [JSON, XML, CSV, TSV])
def test_select(
    server: Server, union: Graph, method: str, encoding: str, return_format: str
) -> None:
    client = wrapper(server, method, encoding)
    client.setQuery(SELECT_COUNTRIES)
    client.setReturnFormat(return_format)
    converted = client.query().convert()
    if return_format == JSON:
        values = [b["c"]["value"] for b in converted["results"]["bindings"]]  # type: ignore[index]
    elif return_format == XML:
        values = [n.firstChild.data for n in converted.getElementsByTagName("uri")]  # type: ignore[union-attr]
    else:
        text = converted.decode() if isinstance(converted, bytes) else str(converted)
        values = [line.strip().strip("<>") for line in text.splitlines()[1:] if line.strip()]
    assert values == sorted(str(c) for c in set(union.subjects(RDF.type, BKG.Country)))


@pytest.mark.parametrize(("method", "encoding"), ENCODINGS, ids=ENCODING_IDS)
def test_ask(server: Server, method: str, encoding: str) -> None:
    client = wrapper(server, method, encoding)
    client.setQuery(f"ASK {{ <{BELGIUM}> a <{BKG.Country}> }}")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True  # type: ignore[index]


@pytest.mark.parametrize(("method", "encoding"), ENCODINGS, ids=ENCODING_IDS)
@pytest.mark.parametrize("return_format", [TURTLE, RDFXML, N3, "json-ld"])
@pytest.mark.parametrize("form", ["CONSTRUCT", "DESCRIBE"])
def test_graph_queries(
    server: Server, union: Graph, method: str, encoding: str, return_format: str, form: str
) -> None:
    client = wrapper(server, method, encoding)
    head = "CONSTRUCT { ?s ?p ?o } WHERE" if form == "CONSTRUCT" else "DESCRIBE ?s WHERE"
    client.setQuery(f"{head} {{ BIND(<{BELGIUM}> AS ?s) ?s ?p ?o }}")
    client.setReturnFormat(return_format)
    result = client.query()
    graph = parse_graph(result.response.read(), result.info()["content-type"])
    about: set[tuple[object, object, object]] = set(union.triples((URIRef(BELGIUM), None, None)))
    assert about and about <= set(graph)
    if form == "CONSTRUCT":
        assert len(graph) == len(about)
