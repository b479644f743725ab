"""A production store behind the publisher: load the build into a real Oxigraph server with the
standard protocols, then serve SPARQL, pages and the catalogue from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from publisher.core import uris
from publisher.core.namespaces import BKG
from publisher.engine.store import OxigraphStore

from ..support import COOKBOOK, Server, count_triples, free_port, run_cli, wait_until

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server (read-write, union default graph), started and stopped here."""
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen(
        [
            OXIGRAPH,
            "serve",
            "--location",
            str(tmp_path_factory.mktemp("oxigraph")),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(
            lambda: httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1).is_success,
            "the Oxigraph server",
        )
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def count(url: str) -> int:
    with httpx.Client(timeout=30) as http:
        return count_triples(http, url)


def load(build_output: Path, endpoint: str, protocol: str) -> None:
    arguments = ["load", "--endpoint", endpoint, "--protocol", protocol]
    loaded = run_cli(*arguments, "--output", str(build_output), timeout=120)
    assert loaded.returncode == 0, loaded.stderr


def test_loading_is_idempotent_with_either_protocol(
    oxigraph: str, build_output: Path, store: OxigraphStore
) -> None:
    load(build_output, f"{oxigraph}/store", "gsp")
    loaded = count(f"{oxigraph}/query")
    assert loaded == len(store)
    load(build_output, f"{oxigraph}/store", "gsp")
    assert count(f"{oxigraph}/query") == loaded
    load(build_output, f"{oxigraph}/update", "update")
    assert count(f"{oxigraph}/query") == loaded


@pytest.fixture(scope="module")
def remote_server(oxigraph: str, build_output: Path) -> Iterator[Server]:
    load(build_output, f"{oxigraph}/store", "gsp")
    running = Server(build_output, "--store", f"{oxigraph}/query")
    yield running
    running.stop()


def test_sparql_through_the_publisher(
    remote_server: Server, oxigraph: str, store: OxigraphStore
) -> None:
    assert count(f"{remote_server.url}/sparql") == count(f"{oxigraph}/query")
    query = (COOKBOOK / "cq04-partner-regions.rq").read_text(encoding="utf-8")
    rows = httpx.post(
        f"{remote_server.url}/sparql",
        data={"query": query},
        headers={"Accept": "application/sparql-results+json"},
    ).json()
    assert len(rows["results"]["bindings"]) == len(store.select(query)) > 0
    refused = httpx.get(f"{remote_server.url}/sparql", params={"query": "DROP ALL"})
    assert refused.status_code == 400
    assert count(f"{oxigraph}/query") > 4000


def test_pages_and_dereferencing_through_the_publisher(remote_server: Server, union: Graph) -> None:
    achievement = uris.path_of(str(min(union.subjects(RDF.type, BKG.Achievement))))
    with httpx.Client(base_url=remote_server.url, follow_redirects=True) as http:
        turtle = http.get("/id/country/belgium", headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200 and "België" in turtle.text
        page = http.get(f"{achievement}?lang=nl", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "<mark>" in page.text
        assert http.get("/", headers={"Accept": "text/html"}).status_code == 200
        assert http.get("/id/country/atlantis").status_code == 404
        assert http.get("/catalog", headers={"Accept": "text/turtle"}).status_code == 200
