"""The worker pool on its own: jobs run in forked workers; a worker that runs over its time is
killed and replaced; a job that finds no free worker in time is told so."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from publisher.engine.jobs import Job, Outcome, Status
from publisher.engine.store import OxigraphStore
from publisher.engine.workers import WorkerPool
from publisher.settings import Limits

from ..in_process import LoopThread

EX = "http://example.org/"
#: Enough triples that a cross product of them outlives a short timeout.
DATA = "".join(f'<{EX}s{i}> <{EX}p> "{i}" .\n' for i in range(3000)).encode()
RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = Job("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv")
LIMITS = Limits(timeout=0.5, queue_wait=0.2, query_workers=1)


class Pool:
    """A started pool and the one event loop it is spoken to from, as in the server."""

    def __init__(self, store: OxigraphStore, limits: Limits) -> None:
        self.loop = LoopThread()
        self.pool = WorkerPool(lambda: store, limits.query_workers, limits).start()

    def run(self, *jobs: Job) -> list[Outcome]:
        async def together() -> list[Outcome]:
            return list(await asyncio.gather(*(self.pool.run(job) for job in jobs)))

        return self.loop.run(together())

    def close(self) -> None:
        self.loop.call(self.pool.close)
        self.loop.close()


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    running = Pool(OxigraphStore.from_nquads(DATA), LIMITS)
    yield running
    running.close()


def test_a_job_is_answered_by_a_worker(pool: Pool) -> None:
    [outcome] = pool.run(COUNT)
    assert outcome.status is Status.OK
    assert outcome.body.decode().split() == ["n", "3000"]


def test_a_runaway_job_is_stopped_and_its_worker_replaced(pool: Pool) -> None:
    [stopped] = pool.run(Job(RUNAWAY, "text/csv"))
    assert stopped.status is Status.TIMEOUT and "was stopped" in stopped.message
    [after] = pool.run(COUNT)
    assert after.status is Status.OK


def test_a_job_that_finds_every_worker_busy_is_told_so(pool: Pool) -> None:
    stopped, waiting = pool.run(Job(RUNAWAY, "text/csv"), COUNT)
    assert stopped.status is Status.TIMEOUT
    assert waiting.status is Status.BUSY and "busy" in waiting.message


def test_a_closed_pool_can_be_closed_again() -> None:
    store = OxigraphStore.from_nquads(DATA)
    pool = WorkerPool(lambda: store, 1, LIMITS).start()
    pool.close()
    pool.close()
    WorkerPool(lambda: store, 1, LIMITS).close()  # never started
