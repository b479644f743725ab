"""The SPARQL 1.1 Protocol, in-process (real clients over sockets are in tests/server/).

The W3C protocol tests that apply to a read-only endpoint are re-implemented here, our own named
graphs standing in for the suite's data1/data2/data3 fixture graphs.
"""

from __future__ import annotations

import json

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from publisher.core import uris
from publisher.core.namespaces import BKG, SD

from ..conftest import LIMITS, TEST_URL
from ..support import parse_graph

ONTOLOGY, REFERENCE, SCHEMES = (
    str(g) for g in (uris.ONTOLOGY_GRAPH, uris.REFERENCE_GRAPH, uris.SCHEMES_GRAPH)
)
BELGIUM = str(uris.mint("country", "belgium"))
COUNTRY = str(BKG.Country)
THEMES = str(uris.mint("scheme", "theme"))
FORM_TYPE = "application/x-www-form-urlencoded"


# --- W3C SPARQL 1.1 Protocol tests (query and negative tests) ---------------------------------


def ask(
    client: httpx.Client,
    query: str,
    params: dict[str, str | list[str]] | None = None,
    method: str = "GET",
) -> bool:
    if method == "GET":
        response = client.get(
            "/sparql",
            params={**(params or {}), "query": query},
            headers={"Accept": "application/sparql-results+json"},
        )
    else:
        response = client.post(
            "/sparql",
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


def test_w3c_query_get(client: httpx.Client) -> None:
    assert ask(client, "ASK {}") is True


def test_w3c_query_post_form(client: httpx.Client) -> None:
    response = client.post(
        "/sparql",
        data={"query": "ASK {}"},
        headers={"Accept": "application/sparql-results+xml"},
    )
    assert response.status_code == 200
    assert "<boolean>true</boolean>" in response.text


def test_w3c_query_post_direct(client: httpx.Client) -> None:
    assert ask(client, "ASK {}", method="POST") is True


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_w3c_query_dataset_default_graphs(client: httpx.Client, method: str) -> None:
    params = {"default-graph-uri": [REFERENCE, ONTOLOGY]}
    assert ask(client, f"ASK {{ <{BELGIUM}> a ?t . <{COUNTRY}> a ?u }}", params, method)
    assert not ask(client, f"ASK {{ <{THEMES}> ?p ?o }}", params, method)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_w3c_query_dataset_named_graphs(client: httpx.Client, method: str) -> None:
    params = {"named-graph-uri": [REFERENCE, ONTOLOGY]}
    query = (
        f"ASK {{ GRAPH ?g1 {{ <{BELGIUM}> a ?t }} GRAPH ?g2 {{ <{COUNTRY}> a ?u }}"
        " FILTER(?g1 != ?g2) }"
    )
    assert ask(client, query, params, method)
    assert not ask(client, f"ASK {{ GRAPH ?g {{ <{THEMES}> ?p ?o }} }}", params, method)
    assert not ask(client, f"ASK {{ <{BELGIUM}> ?p ?o }}", params, method)  # empty default


def test_w3c_query_dataset_full(client: httpx.Client) -> None:
    params = {"default-graph-uri": SCHEMES, "named-graph-uri": [REFERENCE, ONTOLOGY]}
    query = (
        f"ASK {{ <{THEMES}> a ?type GRAPH ?g1 {{ <{BELGIUM}> a ?t }}"
        f" GRAPH ?g2 {{ <{COUNTRY}> a ?u }} }}"
    )
    assert ask(client, query, params, "POST")


def test_w3c_query_multiple_dataset_protocol_wins(client: httpx.Client) -> None:
    params = {"named-graph-uri": [REFERENCE, ONTOLOGY]}
    query = (
        f"ASK FROM <{SCHEMES}> {{ GRAPH ?g1 {{ <{BELGIUM}> a ?t }}"
        f" GRAPH ?g2 {{ <{COUNTRY}> a ?u }} }}"
    )
    assert ask(client, query, params, "POST")


def test_a_graph_in_from_is_used_not_fetched(client: httpx.Client) -> None:
    assert ask(client, f"ASK FROM <{REFERENCE}> {{ <{BELGIUM}> a ?t }}")
    assert not ask(client, f"ASK FROM <{ONTOLOGY}> {{ <{BELGIUM}> a ?t }}")


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
def test_w3c_query_content_type(
    client: httpx.Client, query: str, accept: str, allowed: set[str]
) -> None:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] in allowed
    assert "charset=utf-8" in response.headers["content-type"]


#: The W3C negative tests, and the update tests a read-only endpoint must refuse: each request with
#: the status the protocol and HTTP name for what is wrong with it.
BAD_REQUESTS = {
    "bad_query_method": ("PUT", "?query=ASK%20%7B%7D", {"content-type": FORM_TYPE}, b"", 405),
    "bad_multiple_queries": (
        "GET",
        "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D",
        {},
        b"",
        400,
    ),
    "bad_query_wrong_media_type": ("POST", "", {"content-type": "text/plain"}, b"ASK {}", 415),
    "bad_query_missing_form_type": ("POST", "", {}, b"query=ASK%20%7B%7D", 415),
    "bad_query_missing_direct_type": ("POST", "", {}, b"ASK {}", 415),
    "bad_query_non_utf8": (
        "POST",
        "",
        {"content-type": "application/sparql-query; charset=UTF-16"},
        "ASK {}".encode("utf-16"),
        415,
    ),
    "bad_query_syntax": ("GET", "?query=ASK%20%7B", {}, b"", 400),
    "bad_update_get": ("GET", "?update=CLEAR%20ALL", {}, b"", 400),
    "bad_multiple_updates": (
        "POST",
        "",
        {"content-type": FORM_TYPE},
        b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
        400,
    ),
    "bad_update_wrong_media_type": (
        "POST",
        "",
        {"content-type": "text/plain"},
        b"CLEAR NAMED",
        415,
    ),
    "bad_update_missing_form_type": ("POST", "", {}, b"update=CLEAR%20NAMED", 415),
    "bad_update_non_utf8": (
        "POST",
        "",
        {"content-type": "application/sparql-update; charset=UTF-16"},
        "CLEAR NAMED".encode("utf-16"),
        415,
    ),
    "bad_update_syntax": ("POST", "", {"content-type": FORM_TYPE}, b"update=CLEAR%20XYZ", 400),
    "bad_update_dataset_conflict": (
        "POST",
        "?using-graph-uri=http%3A%2F%2Fexample%2Fg",
        {"content-type": "application/sparql-update"},
        b"DELETE { ?s ?p ?o } USING <http://example/g> WHERE { ?s ?p ?o }",
        400,
    ),
    "update_post_form": ("POST", "", {"content-type": FORM_TYPE}, b"update=CLEAR%20ALL", 400),
    "update_post_direct": (
        "POST",
        "",
        {"content-type": "application/sparql-update"},
        b"CLEAR ALL",
        400,
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_REQUESTS))
def test_w3c_negative_and_update_requests_get_their_4xx(client: httpx.Client, name: str) -> None:
    method, query_string, headers, body, status = BAD_REQUESTS[name]
    request = client.build_request(method, f"/sparql{query_string}", headers=headers, content=body)
    if "content-type" not in headers:
        request.headers.pop("content-type", None)
    response = client.send(request)
    assert response.status_code == status, (name, response.status_code, response.text)
    assert response.text.strip(), "a 4xx must say what is wrong"


def test_a_syntax_error_says_where(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert "malformed query" in response.text and "1:" in response.text


# --- Service description (W3C sparql11-service-description tests) ----------------------------


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "application/ld+json"])
def test_service_description_is_rdf_with_matching_endpoint(
    client: httpx.Client, accept: str
) -> None:
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    graph = parse_graph(response.content, response.headers["content-type"])
    assert {str(o) for o in graph.objects(None, SD.endpoint)} == {f"{TEST_URL}/sparql"}


def test_service_description_conforms_to_the_schema(client: httpx.Client) -> None:
    graph = Graph().parse(
        data=client.get("/sparql", headers={"Accept": "text/turtle"}).content, format="turtle"
    )
    [service] = list(graph.subjects(RDF.type, SD.Service))
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    result_formats = set(graph.objects(service, SD.resultFormat))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in result_formats
    names = {str(n) for n in graph.objects(None, SD.name)}
    assert {ONTOLOGY, REFERENCE, SCHEMES} <= names
    assert float(graph.value(service, BKG.queryTimeout)) == LIMITS.timeout  # type: ignore[arg-type]
    max_request = int(graph.value(service, BKG.maxRequestBytes))  # type: ignore[arg-type]
    assert max_request == LIMITS.max_request_bytes
