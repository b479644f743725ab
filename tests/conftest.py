"""Session fixtures: the project built once from data/, its source, its store."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph

from publisher import uris
from publisher.build import Built, build
from publisher.dumps import write_dumps
from publisher.source import SourceText, read_source
from publisher.store import OxigraphStore

from .browser import browser, page  # noqa: F401  (fixtures for the page tests)

ROOT = Path(__file__).resolve().parents[1]
REPORT_SOURCE = ROOT / "data" / "source" / "benelux-2025-luxembourg-presidency.nl.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built() -> Built:
    return build(ROOT)


@pytest.fixture(scope="session")
def dataset(built: Built) -> Dataset:
    return built.dataset


@pytest.fixture(scope="session")
def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for named in dataset.graphs():
        graph += named
    return graph


@pytest.fixture(scope="session")
def ontology(dataset: Dataset) -> Graph:
    graph = Graph()
    graph += dataset.graph(uris.ONTOLOGY_GRAPH)
    return graph


@pytest.fixture(scope="session")
def source() -> SourceText:
    return read_source(REPORT_SOURCE)


@pytest.fixture(scope="session")
def store(dataset: Dataset) -> OxigraphStore:
    return OxigraphStore.from_dataset(dataset)


def copy_project(target: Path) -> Path:
    """A copy of the project's curated files, to break or extend without touching the real ones."""
    for folder in ("ontology", "shapes", "data"):
        shutil.copytree(ROOT / folder, target / folder)
    return target


def free_port() -> int:
    """A loopback port nobody listens on, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """A real publisher on a loopback port, in its own process, as clients see it."""

    def __init__(self, output: Path, *options: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "publisher",
                "serve",
                "--port",
                str(self.port),
                "--output",
                str(output),
                *options,
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"the publisher did not start:\n{error}")
            try:
                httpx.get(f"{self.url}/sparql", headers={"Accept": "text/turtle"}, timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the publisher did not answer within 30 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()


@pytest.fixture(scope="session")
def build_output(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dumps of the build, written once for the servers of the session."""
    output = tmp_path_factory.mktemp("build")
    write_dumps(built.dataset, output / "dataset")
    return output


@pytest.fixture(scope="session")
def server(build_output: Path) -> Iterator[Server]:
    """One publisher for the session, with a short query timeout so runaway tests stay short."""
    running = Server(build_output, "--timeout", "3", "--workers", "3")
    yield running
    running.stop()
