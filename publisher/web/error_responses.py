"""The one error policy: how a foreseen error, raised in either lane, or an HTTP error of the
framework (no such route, a method not allowed) becomes a response.

A browser that asks for a page that does not exist gets the not-found page; everyone else, and
every other error, gets the message as plain text with the error's status.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from ..core.formats import HTML, TURTLE, negotiate
from ..errors import MethodNotAllowed, NotFound, PublisherError
from .pages.render import not_found_page
from .routes import READ


def error_response(request: Request, error: PublisherError) -> Response:
    if error.status_code == 404 and _wants_html(request):
        return not_found_page(request, error.message)
    headers = {"Allow": error.allowed} if isinstance(error, MethodNotAllowed) else None
    return PlainTextResponse(error.message + "\n", status_code=error.status_code, headers=headers)


async def publisher_error(request: Request, exc: Exception) -> Response:
    """FastAPI's handler for PublisherError."""
    assert isinstance(exc, PublisherError)
    return error_response(request, exc)


async def http_error(request: Request, exc: Exception) -> Response:
    """FastAPI's handler for its own HTTP errors: no such route, a method not allowed (in the
    words of our errors), or another status, passed on as it came."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(request, NotFound(f"nothing is published at {request.url.path}"))
    if exc.status_code == 405:
        allow = (exc.headers or {}).get("Allow", "")
        # The static files answer GET and HEAD, and say so in no Allow header.
        allowed = frozenset(m.strip() for m in allow.split(",") if m.strip()) or READ
        return error_response(request, MethodNotAllowed(request.method, allowed))
    return PlainTextResponse(f"{exc.detail}\n", status_code=exc.status_code, headers=exc.headers)


def _wants_html(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return negotiate(accept, (TURTLE, HTML)) is HTML if accept else False
