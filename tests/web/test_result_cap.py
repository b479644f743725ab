"""The result-size cap, end to end: a query whose answer would pass it gets 400 and the fix."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from publisher.catalogue.publication import Publication
from publisher.engine.store import OxigraphStore
from publisher.engine.workers import WorkerPool
from publisher.settings import Limits, Settings

from ..conftest import TEST_URL
from ..in_process import publisher_client

CAP = Limits(max_result_bytes=2000, query_workers=1)


@pytest.fixture(scope="module")
def capped(settings: Settings, served: tuple[OxigraphStore, Publication]) -> Iterator[httpx.Client]:
    store, _ = served
    runner = WorkerPool(lambda: store, CAP.query_workers, CAP).start()
    with publisher_client(replace(settings, limits=CAP), served, runner, TEST_URL) as client:
        yield client


def test_a_small_result_passes(capped: httpx.Client) -> None:
    response = capped.get("/sparql", params={"query": "ASK {}"})
    assert response.status_code == 200


@pytest.mark.parametrize("accept", ["text/csv", "application/n-triples"])
def test_a_result_over_the_cap_is_refused_with_the_fix(capped: httpx.Client, accept: str) -> None:
    query = (
        "SELECT * WHERE { ?s ?p ?o }"
        if accept == "text/csv"
        else "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    )
    response = capped.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 400
    assert response.text == f"the result is larger than {CAP.max_result_bytes} bytes; add a LIMIT\n"
