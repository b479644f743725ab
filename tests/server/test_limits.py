"""The endpoint's limits on a real server: it stays up and unchanged whatever it is sent, stops
a runaway query while others are answered, refuses what is too large, and never reaches out."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from ..support import Server, count_triples

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


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
    http: httpx.Client, name: str, headers: dict[str, str], body: bytes
) -> None:
    before = count_triples(http, "/sparql")
    response = http.post("/sparql", headers=headers, content=body)
    assert response.status_code == 400, response.text
    assert "read-only" in response.text
    assert count_triples(http, "/sparql") == before


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
def listener() -> Iterator[Listener]:
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
    http: httpx.Client, listener: Listener, template: str
) -> None:
    query = template.format(port=listener.port)
    response = http.get("/sparql", params={"query": query})
    assert response.status_code < 500
    if "SERVICE" in query.upper() or "LOAD" in query:
        assert response.status_code == 400
    time.sleep(0.3)
    assert listener.connections == 0


def test_service_is_refused_with_a_clear_message(http: httpx.Client) -> None:
    response = http.get(
        "/sparql",
        params={"query": "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"},
    )
    assert response.status_code == 400
    assert "SERVICE is not allowed" in response.text


def test_a_runaway_query_is_stopped_while_others_are_answered(
    server: Server, http: httpx.Client
) -> None:
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
        assert count_triples(http, "/sparql") > 1000
        slowest = max(slowest, time.monotonic() - started)
        time.sleep(0.05)
    thread.join()
    assert outcome["status"] == 503
    assert "was stopped" in str(outcome["text"])
    assert float(outcome["seconds"]) < 3 + 5  # type: ignore[arg-type]
    assert slowest < 2.0, "ordinary queries waited for the runaway one"
    assert count_triples(http, "/sparql") > 1000  # the worker was replaced


def test_an_oversized_body_is_refused(http: httpx.Client) -> None:
    body = b"ASK {} #" + b"x" * (70 * 1024)
    response = http.post(
        "/sparql", content=body, headers={"content-type": "application/sparql-query"}
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
