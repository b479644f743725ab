"""An on-disk store, made once by `load --into` and opened read-only by every process that
serves it: the same answers as in memory, and workers that can be replaced at any time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..support import Server, count_triples, run_cli

EX = "http://example.org/"
#: Enough triples that a cross product of them outlives a short timeout.
QUADS = "".join(f'<{EX}s{i}> <{EX}p> "{i}" <{EX}g{i % 3}> .\n' for i in range(3000))
RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("on-disk")
    data = folder / "data.nq"
    data.write_text(QUADS, encoding="utf-8")
    made = run_cli("load", "--into", str(folder / "store"), "--data", str(data))
    assert made.returncode == 0, made.stderr
    assert "3000 quads" in made.stderr
    return folder / "store"


@pytest.fixture(scope="module")
def disk_server(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(
        tmp_path_factory.mktemp("unused"),
        "--on-disk",
        str(store_dir),
        "--workers",
        "2",
        "--timeout",
        "1",
    )
    yield running
    running.stop()


def _count(server: Server, pattern: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
    with httpx.Client(base_url=server.url, timeout=30) as http:
        return count_triples(http, "/sparql", query)


def test_the_store_answers_with_a_union_default_graph(disk_server: Server) -> None:
    assert _count(disk_server, "?s ?p ?o") == 3000
    assert _count(disk_server, f"GRAPH <{EX}g1> {{ ?s ?p ?o }}") == 1000


def test_a_killed_worker_is_replaced_by_one_that_opens_the_store(disk_server: Server) -> None:
    stopped = httpx.get(
        f"{disk_server.url}/sparql",
        params={"query": RUNAWAY},
        headers={"Accept": "text/csv"},
        timeout=30,
    )
    assert stopped.status_code == 503 and "stopped" in stopped.text
    for _ in range(4):  # through both workers, the new one included
        assert _count(disk_server, "?s ?p ?o") == 3000


def test_documents_and_pages_are_served_from_disk(disk_server: Server) -> None:
    assert httpx.get(f"{disk_server.url}/").status_code == 200
    catalogue = httpx.get(f"{disk_server.url}/catalog")
    assert catalogue.status_code == 404 and "--on-disk" in catalogue.text


def test_an_existing_store_is_never_overwritten(store_dir: Path) -> None:
    again = run_cli("load", "--into", str(store_dir), "--data", str(store_dir.parent / "data.nq"))
    assert again.returncode == 2
    assert "is not empty" in again.stderr


def test_a_folder_without_a_store_is_refused(tmp_path: Path) -> None:
    refused = run_cli("serve", "--port", "9", "--on-disk", str(tmp_path))
    assert refused.returncode == 2
    assert "holds no store" in refused.stderr and "load --into" in refused.stderr
