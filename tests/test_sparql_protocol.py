"""The SPARQL 1.1 Protocol against a real server on loopback, with real clients.

The W3C protocol tests that apply to a read-only endpoint are re-implemented here, our own named
graphs standing in for the suite's data1/data2/data3 fixture graphs.
"""

from __future__ import annotations

import json

import httpx
import pytest
from rdflib import Graph
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

from .conftest import Server

G = "https://w3id.org/benelux-kg/graph/"
ONTOLOGY, REFERENCE, SCHEMES = G + "ontology", G + "reference", G + "schemes"
BELGIUM = "https://w3id.org/benelux-kg/id/country/belgium"
COUNTRY = "https://w3id.org/benelux-kg/def/bkg#Country"
THEMES = "https://w3id.org/benelux-kg/id/scheme/theme"
SELECT_COUNTRIES = (
    "PREFIX bkg: <https://w3id.org/benelux-kg/def/bkg#> "
    "SELECT ?c WHERE { ?c a bkg:Country } ORDER BY ?c"
)


def client(server: Server, method: str = "GET", request_method: str = URLENCODED) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(f"{server.url}/sparql")
    if method == "POST":
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(request_method)
    return wrapper


ENCODINGS = [("GET", URLENCODED), ("POST", URLENCODED), ("POST", POSTDIRECTLY)]
ENCODING_IDS = ["get", "post-form", "post-direct"]


@pytest.mark.parametrize(("method", "encoding"), ENCODINGS, ids=ENCODING_IDS)
@pytest.mark.parametrize("return_format", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select(
    server: Server, method: str, encoding: str, return_format: str
) -> None:
    wrapper = client(server, method, encoding)
    wrapper.setQuery(SELECT_COUNTRIES)
    wrapper.setReturnFormat(return_format)
    result = wrapper.query()
    converted = result.convert()
    if return_format == JSON:
        values = [b["c"]["value"] for b in converted["results"]["bindings"]]  # type: ignore[index]
    elif return_format == XML:
        values = [n.firstChild.data for n in converted.getElementsByTagName("uri")]  # type: ignore[union-attr]
    else:
        text = converted.decode() if isinstance(converted, bytes) else str(converted)
        values = [line.strip() for line in text.splitlines()[1:] if line.strip()]
        values = [v.strip("<>") for v in values]
    assert len(values) == 10 and BELGIUM in values


@pytest.mark.parametrize(("method", "encoding"), ENCODINGS, ids=ENCODING_IDS)
def test_sparqlwrapper_ask(server: Server, method: str, encoding: str) -> None:
    wrapper = client(server, method, encoding)
    wrapper.setQuery(f"ASK {{ <{BELGIUM}> a <{COUNTRY}> }}")
    wrapper.setReturnFormat(JSON)
    assert wrapper.query().convert()["boolean"] is True  # type: ignore[index]


@pytest.mark.parametrize(("method", "encoding"), ENCODINGS, ids=ENCODING_IDS)
@pytest.mark.parametrize("return_format", [TURTLE, RDFXML, N3, "json-ld"])
@pytest.mark.parametrize("form", ["CONSTRUCT { ?s ?p ?o } WHERE", "DESCRIBE ?s WHERE"])
def test_sparqlwrapper_graph_queries(
    server: Server, method: str, encoding: str, return_format: str, form: str
) -> None:
    wrapper = client(server, method, encoding)
    wrapper.setQuery(f"{form} {{ BIND(<{BELGIUM}> AS ?s) ?s ?p ?o }}")
    wrapper.setReturnFormat(return_format)
    result = wrapper.query()
    body = result.response.read()
    content_type = result.info()["content-type"].split(";")[0]
    graph = Graph().parse(
        data=body,
        format={
            "text/turtle": "turtle",
            "application/rdf+xml": "xml",
            "application/ld+json": "json-ld",
            "application/n-triples": "nt",
        }[content_type],
    )
    assert (None, None, None) in graph
    assert len(list(graph.triples((None, None, None)))) >= 10


# --- W3C SPARQL 1.1 Protocol tests (query and negative tests) ---------------------------------


def ask(
    server: Server,
    query: str,
    params: dict[str, str | list[str]] | None = None,
    method: str = "GET",
) -> bool:
    if method == "GET":
        response = httpx.get(
            f"{server.url}/sparql",
            params={**(params or {}), "query": query},
            headers={"Accept": "application/sparql-results+json"},
        )
    else:
        response = httpx.post(
            f"{server.url}/sparql",
            params=params or {},
            content=query,
            headers={
                "Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json",
            },
        )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    return bool(json.loads(response.content)["boolean"])


def test_w3c_query_get(server: Server) -> None:
    assert ask(server, "ASK {}") is True


def test_w3c_query_post_form(server: Server) -> None:
    response = httpx.post(
        f"{server.url}/sparql",
        data={"query": "ASK {}"},
        headers={"Accept": "application/sparql-results+xml"},
    )
    assert response.status_code == 200
    assert "<boolean>true</boolean>" in response.text


def test_w3c_query_post_direct(server: Server) -> None:
    assert ask(server, "ASK {}", method="POST") is True


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_w3c_query_dataset_default_graphs(server: Server, method: str) -> None:
    params = {"default-graph-uri": [REFERENCE, ONTOLOGY]}
    assert ask(server, f"ASK {{ <{BELGIUM}> a ?t . <{COUNTRY}> a ?u }}", params, method)
    assert not ask(server, f"ASK {{ <{THEMES}> ?p ?o }}", params, method)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_w3c_query_dataset_named_graphs(server: Server, method: str) -> None:
    params = {"named-graph-uri": [REFERENCE, ONTOLOGY]}
    query = (
        f"ASK {{ GRAPH ?g1 {{ <{BELGIUM}> a ?t }} GRAPH ?g2 {{ <{COUNTRY}> a ?u }}"
        " FILTER(?g1 != ?g2) }"
    )
    assert ask(server, query, params, method)
    assert not ask(server, f"ASK {{ GRAPH ?g {{ <{THEMES}> ?p ?o }} }}", params, method)
    assert not ask(server, f"ASK {{ <{BELGIUM}> ?p ?o }}", params, method)  # empty default


def test_w3c_query_dataset_full(server: Server) -> None:
    params = {"default-graph-uri": SCHEMES, "named-graph-uri": [REFERENCE, ONTOLOGY]}
    query = (
        f"ASK {{ <{THEMES}> a ?type GRAPH ?g1 {{ <{BELGIUM}> a ?t }}"
        f" GRAPH ?g2 {{ <{COUNTRY}> a ?u }} }}"
    )
    assert ask(server, query, params, "POST")


def test_w3c_query_multiple_dataset_protocol_wins(server: Server) -> None:
    params = {"named-graph-uri": [REFERENCE, ONTOLOGY]}
    query = (
        f"ASK FROM <{SCHEMES}> {{ GRAPH ?g1 {{ <{BELGIUM}> a ?t }}"
        f" GRAPH ?g2 {{ <{COUNTRY}> a ?u }} }}"
    )
    assert ask(server, query, params, "POST")


def test_a_graph_in_from_is_used_not_fetched(server: Server) -> None:
    assert ask(server, f"ASK FROM <{REFERENCE}> {{ <{BELGIUM}> a ?t }}")
    assert not ask(server, f"ASK FROM <{ONTOLOGY}> {{ <{BELGIUM}> a ?t }}")


@pytest.mark.parametrize(
    ("query", "accept", "allowed"),
    [
        (
            "SELECT * { ?s ?p ?o } LIMIT 1",
            "*/*",
            {
                "application/sparql-results+json",
                "application/sparql-results+xml",
                "text/csv",
                "text/tab-separated-values",
            },
        ),
        (
            "ASK { ?s ?p ?o }",
            "*/*",
            {"application/sparql-results+json", "application/sparql-results+xml"},
        ),
        (
            f"DESCRIBE <{BELGIUM}>",
            "*/*",
            {"application/rdf+xml", "text/turtle", "application/n-triples"},
        ),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
            "*/*",
            {"application/rdf+xml", "text/turtle", "application/n-triples"},
        ),
    ],
    ids=["select", "ask", "describe", "construct"],
)
def test_w3c_query_content_type(server: Server, query: str, accept: str, allowed: set[str]) -> None:
    response = httpx.get(
        f"{server.url}/sparql", params={"query": query}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] in allowed
    assert "charset=utf-8" in response.headers["content-type"]


BAD_REQUESTS = {
    "bad_query_method": ("PUT", "?query=ASK%20%7B%7D", {"content-type": FORM_TYPE}, b"")
    if (FORM_TYPE := "application/x-www-form-urlencoded")
    else None,
    "bad_multiple_queries": ("GET", "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", {}, b""),
    "bad_query_wrong_media_type": ("POST", "", {"content-type": "text/plain"}, b"ASK {}"),
    "bad_query_missing_form_type": ("POST", "", {}, b"query=ASK%20%7B%7D"),
    "bad_query_missing_direct_type": ("POST", "", {}, b"ASK {}"),
    "bad_query_non_utf8": (
        "POST",
        "",
        {"content-type": "application/sparql-query; charset=UTF-16"},
        "ASK {}".encode("utf-16"),
    ),
    "bad_query_syntax": ("GET", "?query=ASK%20%7B", {}, b""),
    "bad_update_get": ("GET", "?update=CLEAR%20ALL", {}, b""),
    "bad_multiple_updates": (
        "POST",
        "",
        {"content-type": FORM_TYPE},
        b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
    ),
    "bad_update_wrong_media_type": ("POST", "", {"content-type": "text/plain"}, b"CLEAR NAMED"),
    "bad_update_missing_form_type": ("POST", "", {}, b"update=CLEAR%20NAMED"),
    "bad_update_non_utf8": (
        "POST",
        "",
        {"content-type": "application/sparql-update; charset=UTF-16"},
        "CLEAR NAMED".encode("utf-16"),
    ),
    "bad_update_syntax": ("POST", "", {"content-type": FORM_TYPE}, b"update=CLEAR%20XYZ"),
    "bad_update_dataset_conflict": (
        "POST",
        "?using-graph-uri=http%3A%2F%2Fexample%2Fg",
        {"content-type": "application/sparql-update"},
        b"DELETE { ?s ?p ?o } USING <http://example/g> WHERE { ?s ?p ?o }",
    ),
    "update_post_form": ("POST", "", {"content-type": FORM_TYPE}, b"update=CLEAR%20ALL"),
    "update_post_direct": ("POST", "", {"content-type": "application/sparql-update"}, b"CLEAR ALL"),
}


@pytest.mark.parametrize("name", sorted(BAD_REQUESTS))
def test_w3c_negative_and_update_requests_get_4xx(server: Server, name: str) -> None:
    method, query_string, headers, body = BAD_REQUESTS[name]
    response = httpx.request(
        method, f"{server.url}/sparql{query_string}", headers=headers, content=body
    )
    assert 400 <= response.status_code < 500, (name, response.status_code, response.text)
    assert response.text.strip(), "a 4xx must say what is wrong"


def test_a_syntax_error_says_where(server: Server) -> None:
    response = httpx.get(f"{server.url}/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert "malformed query" in response.text and "1:" in response.text


# --- Service description (W3C sparql11-service-description tests) ----------------------------


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "application/ld+json"])
def test_service_description_is_rdf_with_matching_endpoint(server: Server, accept: str) -> None:
    response = httpx.get(f"{server.url}/sparql", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    graph = Graph().parse(
        data=response.content,
        format={
            "text/turtle": "turtle",
            "application/rdf+xml": "xml",
            "application/ld+json": "json-ld",
        }[accept],
    )
    sd = "http://www.w3.org/ns/sparql-service-description#"
    endpoints = {str(o) for o in graph.objects(None, __import__("rdflib").URIRef(sd + "endpoint"))}
    assert endpoints == {f"{server.url}/sparql"}


def test_service_description_conforms_to_the_schema(server: Server) -> None:
    from rdflib import URIRef
    from rdflib.namespace import RDF

    sd = "http://www.w3.org/ns/sparql-service-description#"
    graph = Graph().parse(
        data=httpx.get(f"{server.url}/sparql", headers={"Accept": "text/turtle"}).content,
        format="turtle",
    )
    [service] = list(graph.subjects(RDF.type, URIRef(sd + "Service")))
    assert (service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph
    assert (service, URIRef(sd + "feature"), URIRef(sd + "UnionDefaultGraph")) in graph
    formats = set(graph.objects(service, URIRef(sd + "resultFormat")))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    names = {str(n) for n in graph.objects(None, URIRef(sd + "name"))}
    assert {ONTOLOGY, REFERENCE, SCHEMES} <= names
    bkg = "https://w3id.org/benelux-kg/def/bkg#"
    assert float(graph.value(service, URIRef(bkg + "queryTimeout"))) == 3.0  # type: ignore[arg-type]
    assert int(graph.value(service, URIRef(bkg + "maxRequestBytes"))) > 0  # type: ignore[arg-type]
