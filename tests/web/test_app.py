"""The application's lifespan: when the server shuts it down, it closes its query runner."""

from __future__ import annotations

from typing import Any

from publisher.catalogue.publication import Publication
from publisher.engine.store import OxigraphStore
from publisher.engine.workers import WorkerPool
from publisher.settings import Limits, Settings
from publisher.web.app import create_app

from ..in_process import LoopThread


async def lifespan(app: Any) -> list[str]:
    """Start the app up and shut it down, as uvicorn does; the messages it answers."""
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    answered: list[str] = []

    async def receive() -> dict[str, str]:
        return incoming.pop(0)

    async def send(message: dict[str, str]) -> None:
        answered.append(message["type"])

    await app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send)
    return answered


def test_shutting_the_app_down_closes_its_runner(
    settings: Settings, served: tuple[OxigraphStore, Publication]
) -> None:
    store, publication = served
    limits = Limits(query_workers=1)
    loop = LoopThread()
    runner = WorkerPool(lambda: store, 1, limits).start()
    try:
        app = create_app(settings, store, runner, publication)
        assert runner.running
        answered = loop.run(lifespan(app))
        assert answered == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
        assert not runner.running
    finally:
        loop.call(runner.close)
        loop.close()
