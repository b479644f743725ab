"""Anyone's RDF files can be served instead of the build, to compare servers on one's own data."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..support import Server, run_cli

TRIPLES = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(50))
EX = "http://example.org/"
QUADS = f"<{EX}a> <{EX}p> <{EX}b> <{EX}g1> .\n<{EX}b> <{EX}p> <{EX}c> <{EX}g2> .\n"
TRIG = "@prefix ex: <http://example.org/> .\nex:g3 { ex:x ex:p ex:y . }\n"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("data")
    (folder / "one.nt").write_text(TRIPLES, encoding="utf-8")
    (folder / "two.nq.gz").write_bytes(gzip.compress(QUADS.encode()))
    (folder / "three.trig").write_text(TRIG, encoding="utf-8")
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def data_server(files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("unused"), "--data", *map(str, files))
    yield running
    running.stop()


def test_the_files_are_queried_with_a_union_default_graph(data_server: Server) -> None:
    count = httpx.get(
        f"{data_server.url}/sparql",
        headers={"Accept": "text/csv"},
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
    )
    assert count.text.split()[1] == "53"
    graphs = httpx.get(
        f"{data_server.url}/sparql",
        headers={"Accept": "text/csv"},
        params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
    )
    assert {"http://example.org/g1", "http://example.org/g2", "http://example.org/g3"} <= set(
        graphs.text.split()
    )


def test_pages_and_catalogue_degrade_gracefully(data_server: Server) -> None:
    assert httpx.get(f"{data_server.url}/").status_code == 200
    catalogue = httpx.get(f"{data_server.url}/catalog")
    assert catalogue.status_code == 404 and "--data" in catalogue.text
    listing = httpx.get(f"{data_server.url}/download/").text
    assert "one.nt" in listing and "two.nq.gz" in listing
    assert httpx.get(f"{data_server.url}/download/one.nt").text == TRIPLES


def test_a_bad_file_is_refused_with_its_name(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://e/s> <http://e/p> .\n", encoding="utf-8")
    result = run_cli("serve", "--port", "9", "--data", str(broken), timeout=60)
    assert result.returncode == 2
    assert "broken.ttl: not valid RDF" in result.stderr
