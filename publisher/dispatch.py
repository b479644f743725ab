"""The ASGI application the server runs: the routes clients hit hardest are answered here, the
rest (pages, static files, downloads) by the FastAPI application behind.

A SPARQL query or an entity document would otherwise cross a dozen framework layers (routing,
dependency solving, exception middleware) that cost more than Oxigraph takes to answer a lookup.
These routes take a Starlette Request and return a Response, like any route, and raise the same
PublisherErrors; only the way to them is shorter.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import Receive, Scope, Send

from .errors import PublisherError

Handler = Callable[[Request], Awaitable[Response]]
ErrorHandler = Callable[[Request, PublisherError], Response]
READ = frozenset({"GET", "HEAD"})
POST = READ | {"POST"}


@dataclass(frozen=True)
class Route:
    """`path` is matched exactly, or as a prefix when it ends in "/" or "."."""

    path: str
    handler: Handler
    methods: frozenset[str] = READ

    @property
    def is_prefix(self) -> bool:
        return self.path.endswith(("/", "."))


class Dispatcher:
    """Sends a request to its route, or to `app` when no route is its."""

    def __init__(self, app: FastAPI, routes: Iterable[Route], on_error: ErrorHandler) -> None:
        self.app = app
        self.on_error = on_error
        routes = list(routes)
        self._exact = {r.path: r for r in routes if not r.is_prefix}
        self._prefixes = tuple(r for r in routes if r.is_prefix)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self._match(scope["path"]) if scope["type"] == "http" else None
        if route is None:
            await self.app(scope, receive, send)
            return
        scope["app"] = self.app
        request = Request(scope, receive)
        if request.method not in route.methods:
            allowed = ", ".join(sorted(route.methods))
            response: Response = PlainTextResponse(
                f"{request.method} is not allowed here; use {allowed}\n",
                status_code=405,
                headers={"Allow": allowed},
            )
        else:
            try:
                response = await route.handler(request)
            except PublisherError as exc:
                response = self.on_error(request, exc)
        await response(scope, receive, send)

    def _match(self, path: str) -> Route | None:
        route = self._exact.get(path)
        if route is not None:
            return route
        for candidate in self._prefixes:
            if path.startswith(candidate.path):
                return candidate
        return None


def in_thread(handler: Callable[[Request], Response]) -> Handler:
    """A handler that may wait on a store (a remote one waits on the network), off the loop."""

    async def run(request: Request) -> Response:
        return await asyncio.to_thread(handler, request)

    return run
