"""The endpoint stays up and unchanged whatever it is sent, and never reaches out."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import Server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def triples(server: Server) -> int:
    response = httpx.get(
        f"{server.url}/sparql", params={"query": COUNT}, headers={"Accept": "text/csv"}
    )
    return int(response.text.split()[1])


UPDATES = [
    ("form", {"content-type": "application/x-www-form-urlencoded"}, b"update=CLEAR%20ALL"),
    ("direct", {"content-type": "application/sparql-update"}, b"DROP ALL"),
    (
        "query-param-insert",
        {"content-type": "application/sparql-query"},
        b"INSERT DATA { <http://e/s> <http://e/p> <http://e/o> }",
    ),
    (
        "load-as-query",
        {"content-type": "application/sparql-query"},
        b"LOAD <http://127.0.0.1:9/data.ttl>",
    ),
    (
        "clear-in-form-query",
        {"content-type": "application/x-www-form-urlencoded"},
        b"query=CLEAR%20DEFAULT",
    ),
    ("delete-where", {"content-type": "application/sparql-query"}, b"DELETE WHERE { ?s ?p ?o }"),
]


@pytest.mark.parametrize(("name", "headers", "body"), UPDATES, ids=[u[0] for u in UPDATES])
def test_updates_are_refused_and_change_nothing(
    server: Server, name: str, headers: dict[str, str], body: bytes
) -> None:
    before = triples(server)
    response = httpx.post(f"{server.url}/sparql", headers=headers, content=body)
    assert 400 <= response.status_code < 500, response.text
    assert triples(server) == before


class Listener:
    """A TCP listener on loopback that records whether anybody connected."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.fixture
def listener() -> object:
    running = Listener()
    yield running
    running.close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "select * where {{ service <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "LOAD <http://127.0.0.1:{port}/data.ttl>",
        "DESCRIBE <http://127.0.0.1:{port}/thing>",
    ],
)
def test_nothing_is_fetched_from_elsewhere(
    server: Server, listener: Listener, template: str
) -> None:
    query = template.format(port=listener.port)
    response = httpx.get(f"{server.url}/sparql", params={"query": query})
    assert response.status_code < 500
    if "SERVICE" in query.upper() or "LOAD" in query:
        assert response.status_code == 400
    time.sleep(0.3)
    assert listener.connections == 0


def test_service_is_refused_with_a_clear_message(server: Server) -> None:
    response = httpx.get(
        f"{server.url}/sparql",
        params={"query": "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"},
    )
    assert response.status_code == 400
    assert "SERVICE is not allowed" in response.text


def test_a_runaway_query_is_stopped_while_others_are_answered(server: Server) -> None:
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        response = httpx.get(f"{server.url}/sparql", params={"query": RUNAWAY}, timeout=60)
        outcome["status"] = response.status_code
        outcome["text"] = response.text
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    slowest = 0.0
    while thread.is_alive():
        started = time.monotonic()
        assert triples(server) > 1000
        slowest = max(slowest, time.monotonic() - started)
        time.sleep(0.05)
    thread.join()
    assert outcome["status"] == 503
    assert "was stopped" in str(outcome["text"])
    assert float(outcome["seconds"]) < 3 + 5  # type: ignore[arg-type]
    assert slowest < 2.0, "ordinary queries waited for the runaway one"
    assert triples(server) > 1000  # the worker was replaced


def test_an_oversized_body_is_refused(server: Server) -> None:
    body = b"ASK {} #" + b"x" * (70 * 1024)
    response = httpx.post(
        f"{server.url}/sparql", content=body, headers={"content-type": "application/sparql-query"}
    )
    assert response.status_code == 413


@pytest.mark.parametrize("size", [65 * 1024, 70 * 1024, 1024 * 1024])
def test_an_oversized_url_is_refused_with_the_fix(server: Server, size: int) -> None:
    """Over the endpoint's limit, and over what the HTTP parser can read at all."""
    target = "/sparql?query=ASK%20%7B%7D%20%23" + "x" * size
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        raw.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        answer = raw.makefile("rb").read(4096).decode()
    assert answer.split()[1] == "414", answer
    assert "send the query by POST" in answer


def test_a_result_over_the_cap_is_refused(server: Server) -> None:
    from publisher.settings import Limits

    assert Limits().max_result_bytes > 0  # the real cap is tested on the store in test_store.py


# --- Fuzzing: thousands of generated requests, never a 5xx ------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "SELECT",
        "ASK",
        "CONSTRUCT",
        "DESCRIBE",
        "WHERE",
        "{",
        "}",
        "?s",
        "?p",
        "?o",
        "<",
        ">",
        "<http://e/x>",
        "FILTER",
        "(",
        ")",
        "regex(",
        '"',
        "'",
        "'''",
        "#",
        "\n",
        "PREFIX",
        "ex:",
        "BASE",
        "GRAPH",
        "OPTIONAL",
        "UNION",
        "LIMIT",
        "1",
        "-1",
        "99999999999999999999",
        "OFFSET",
        "ORDER BY",
        "GROUP BY",
        "COUNT(*)",
        "AS",
        "VALUES",
        "UNDEF",
        "BIND",
        "*",
        ".",
        ";",
        ",",
        "a",
        "SERVICE",
        "INSERT",
        "DATA",
        "FROM",
        "NAMED",
        "\\u0000",
        "\u00e9",
        "\ud7ff",
        "@en",
        "^^",
        "true",
        "NOT EXISTS",
        "MINUS",
        "+",
        "/",
        "|",
        "^",
        "!",
        "STRLEN(",
        "SUBSTR(",
        "LANG(",
    ]
)
QUERIES = st.one_of(
    st.lists(FRAGMENTS, max_size=25).map(" ".join),
    st.text(max_size=200),
)
PARAMS = st.dictionaries(
    st.sampled_from(
        [
            "query",
            "format",
            "default-graph-uri",
            "named-graph-uri",
            "update",
            "output",
            "x",
            "timeout",
        ]
    ),
    st.text(max_size=40),
    max_size=4,
)
HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60).map(
    str.strip
)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "Accept": st.one_of(
            HEADER_TEXT,
            st.sampled_from(
                [
                    "text/html",
                    "*/*",
                    "application/sparql-results+json;q=0.1, text/csv;q=0",
                    "image/png",
                    "text/turtle;q=abc",
                    ",,,",
                    "application/*",
                ]
            ),
        ),
        "Content-Type": st.one_of(
            HEADER_TEXT,
            st.sampled_from(
                [
                    "application/sparql-query",
                    "application/x-www-form-urlencoded",
                    "application/sparql-query; charset=latin1",
                    "multipart/form-data; boundary=x",
                ]
            ),
        ),
        "Accept-Encoding": st.sampled_from(["gzip", "br", "identity", "*"]),
    },
)
FUZZ = settings(
    max_examples=700,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@FUZZ
@given(query=QUERIES, params=PARAMS, headers=HEADERS)
def test_fuzz_get_never_fails_on_the_server(
    server: Server, query: str, params: dict[str, str], headers: dict[str, str]
) -> None:
    with httpx.Client(timeout=30) as http:
        response = http.get(
            f"{server.url}/sparql", params={**params, "query": query}, headers=headers
        )
    assert response.status_code < 500 or response.status_code == 503, response.text


@FUZZ
@given(query=QUERIES, params=PARAMS, headers=HEADERS, raw=st.binary(max_size=200))
def test_fuzz_post_never_fails_on_the_server(
    server: Server, query: str, params: dict[str, str], headers: dict[str, str], raw: bytes
) -> None:
    body = (
        raw
        if headers.get("Content-Type", "").startswith("multipart")
        else query.encode("utf-8", "surrogatepass")
    )
    with httpx.Client(timeout=30) as http:
        response = http.post(f"{server.url}/sparql", params=params, content=body, headers=headers)
    assert response.status_code < 500, response.text
