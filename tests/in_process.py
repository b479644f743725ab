"""Calling async code from synchronous tests: an event loop in a thread of its own, and an httpx
transport that calls an ASGI application in this process as an HTTP server would.

The loop runs in its own thread so that it works whatever the test's thread is doing (the page
tests' Playwright keeps a loop running there), and everything bound to it (the query workers'
connections) stays on it for the session.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
from starlette.types import ASGIApp

from publisher.catalogue.publication import Publication
from publisher.engine.store import OxigraphStore
from publisher.engine.workers import WorkerPool
from publisher.settings import Settings
from publisher.web.app import create_app

T = TypeVar("T")


class LoopThread:
    """An event loop running in a daemon thread until closed."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run `coroutine` on the loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def call(self, work: Callable[[], T]) -> T:
        """Call `work` on the loop's thread (for what must be closed there) and wait."""

        async def call() -> T:
            return work()

        return self.run(call())

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


class InProcessTransport(httpx.BaseTransport):
    """httpx's ASGITransport, made synchronous on a LoopThread. As an HTTP server does, it sends
    no body in answer to HEAD. The application's lifespan is not run: the caller closes what the
    application would close on shutdown, with `loop.call`."""

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        self.loop = LoopThread()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self.loop.run(self._call(request))

    async def _call(self, request: httpx.Request) -> httpx.Response:
        response = await self._asgi.handle_async_request(request)
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(b"" if request.method == "HEAD" else raw),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.loop.close()


@contextmanager
def publisher_client(
    settings: Settings,
    served: tuple[OxigraphStore, Publication],
    runner: WorkerPool,
    url: str,
    keep_cookies: bool = False,
) -> Iterator[httpx.Client]:
    """A client of the publisher's app over `served`, in-process; on leaving, the runner is
    closed on the app's event loop, as the app's shutdown would. Unless `keep_cookies`, it
    forgets cookies, as a crawler does: one test's choice of language is not the next one's."""
    store, publication = served
    transport = InProcessTransport(create_app(settings, store, runner, publication))
    with httpx.Client(transport=transport, base_url=url, timeout=60) as client:
        if not keep_cookies:
            client.event_hooks["response"] = [lambda _: client.cookies.clear()]
        yield client
        transport.loop.call(runner.close)
