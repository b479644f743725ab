"""How a route's handler is called, and the direct lane: the one place where requests skip
FastAPI's layers.

Measured in-process (an ASGI call with a no-op `send`, a handler returning a short text, best of
5 x 5000, three runs on this 2-core machine): through a FastAPI route, 55 to 65 µs; through this
lane, inside the same FastAPI application and its middleware, 8 to 12 µs. A cached document
costs about 130 µs in all and a lookup in the engine a few µs, so FastAPI's routing would add
half again to the requests crawlers and SPARQL clients make most; a page takes milliseconds to
render, so pages keep FastAPI's routing. Errors in both lanes become responses by one policy
(error_responses.py).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterable
from typing import cast

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import MethodNotAllowed, PublisherError
from .error_responses import error_response
from .response_cache import key_of
from .routes import Route
from .state import state_of

Endpoint = Callable[[Request], Awaitable[Response]]


def as_coroutine(route: Route) -> Endpoint:
    """The route's handler as a coroutine: a blocking one runs in a thread (it may wait on a
    remote store), and a kept route answers from the response cache when it can."""
    call = _awaitable(route)
    if not route.kept:
        return call

    async def answer_from_cache(request: Request) -> Response:
        cache = state_of(request).response_cache
        key = key_of(request) if cache.max_bytes else None
        if key is None:
            return await call(request)
        response = cache.get(key)
        if response is None:
            response = await call(request)
            cache.put(key, response)
        return response

    return answer_from_cache


def _awaitable(route: Route) -> Endpoint:
    if inspect.iscoroutinefunction(route.handler):
        return cast(Endpoint, route.handler)
    blocking = cast(Callable[[Request], Response], route.handler)

    async def in_thread(request: Request) -> Response:
        return await asyncio.to_thread(blocking, request)

    return in_thread


class DirectLane:
    """Answers the direct routes; hands every other request to the application behind."""

    def __init__(self, app: ASGIApp, routes: Iterable[Route]) -> None:
        self.app = app
        direct = [(route, as_coroutine(route)) for route in routes if route.direct]
        self._exact = {route.path: (route, call) for route, call in direct if not route.prefix}
        self._prefixes = tuple((route, call) for route, call in direct if route.prefix)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = self._match(scope["path"]) if scope["type"] == "http" else None
        if found is None:
            await self.app(scope, receive, send)
            return
        route, call = found
        request = Request(scope, receive)
        try:
            if request.method not in route.methods:
                raise MethodNotAllowed(request.method, route.methods)
            response = await call(request)
        except PublisherError as exc:
            response = error_response(request, exc)
        await response(scope, receive, send)

    def _match(self, path: str) -> tuple[Route, Endpoint] | None:
        found = self._exact.get(path)
        if found is not None:
            return found
        for route, call in self._prefixes:
            if path.startswith(route.path):
                return route, call
        return None
