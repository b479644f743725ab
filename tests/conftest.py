"""Session fixtures: the project built once from data/, its store, and the publisher serving it,
in-process (`client`, through the ASGI app) and on a loopback port (`server`, marked).

Tests under tests/server/ start real servers and are marked `server`; tests under
tests/browser/ drive Chromium and are marked `browser`. `make test-fast` runs the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph

from publisher.build.assemble import Built, build_dataset
from publisher.build.dumps import write_dumps
from publisher.catalogue.publication import Publication
from publisher.core import uris
from publisher.engine.store import OxigraphStore
from publisher.engine.workers import WorkerPool
from publisher.settings import Limits, Settings
from publisher.web.server import load_embedded

from .in_process import publisher_client
from .support import ROOT, Server

#: The in-process client's host: the catalogue's URLs point at it.
TEST_URL = "http://testserver"
#: Limits of the in-process publisher: a short timeout keeps runaway tests short.
LIMITS = Limits(timeout=3.0, query_workers=2)
MARKED_FOLDERS = {"server": "server", "browser": "browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by the folder it lives in."""
    tests = Path(__file__).parent
    for item in items:
        path = Path(str(item.path))
        if path.is_relative_to(tests) and path.relative_to(tests).parts[0] in MARKED_FOLDERS:
            item.add_marker(MARKED_FOLDERS[path.relative_to(tests).parts[0]])


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built() -> Built:
    return build_dataset(ROOT)


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
def store(dataset: Dataset) -> OxigraphStore:
    """The built dataset alone, as the engine holds it (no catalogue graph)."""
    return OxigraphStore.from_dataset(dataset)


@pytest.fixture(scope="session")
def build_output(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dumps of the build, written once for the publishers of the session."""
    output = tmp_path_factory.mktemp("build")
    write_dumps(built.dataset, output / "dataset")
    return output


@pytest.fixture(scope="session")
def settings(build_output: Path) -> Settings:
    return Settings(root=ROOT, output=build_output, public_url=TEST_URL, limits=LIMITS)


@pytest.fixture(scope="session")
def served(settings: Settings) -> tuple[OxigraphStore, Publication]:
    """The store and publication `benelux-kg serve` makes from the build: the catalogue too."""
    return load_embedded(settings)


@pytest.fixture(scope="session")
def runner(served: tuple[OxigraphStore, Publication]) -> Iterator[WorkerPool]:
    """Real query workers, forked from this process before any app starts a thread."""
    store, _ = served
    pool = WorkerPool(lambda: store, LIMITS.query_workers, LIMITS).start()
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def client(
    settings: Settings, served: tuple[OxigraphStore, Publication], runner: WorkerPool
) -> Iterator[httpx.Client]:
    """The publisher's ASGI app, called in-process: every route, middleware and error policy."""
    with publisher_client(settings, served, runner, TEST_URL) as in_process:
        yield in_process


@pytest.fixture(scope="session")
def server(build_output: Path) -> Iterator[Server]:
    """One publisher on a loopback port for the session, with a short query timeout."""
    running = Server(build_output, "--timeout", "3", "--workers", "3")
    yield running
    running.stop()


@pytest.fixture(scope="session")
def http(server: Server) -> Iterator[httpx.Client]:
    """One HTTP client for the session's server: a client per request costs ~50 ms."""
    with httpx.Client(base_url=server.url, timeout=30) as shared:
        yield shared
