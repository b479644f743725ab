"""Every route of the publisher, in one table: the path, the handler, the methods it allows,
which lane answers it, and whether its responses may be kept.

The direct lane (routing.py) answers the machine-facing routes that crawlers, harvesters and
SPARQL clients hit hardest, before FastAPI's layers; FastAPI answers the pages for people and
the static files. Both lanes call the handlers the same way (a Request in, a Response out; a
blocking handler runs in a thread) and answer errors with one policy (error_responses.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from ..core import uris
from . import linked_data
from .pages import site
from .sparql import endpoint

Handler = Callable[[Request], Response] | Callable[[Request], Awaitable[Response]]
READ = frozenset({"GET", "HEAD"})
READ_AND_POST = READ | {"POST"}
#: Where the stylesheet and icons are served from, and the package folder that holds them.
STATIC = ("/static", "publisher.web.pages", "static")


@dataclass(frozen=True)
class Route:
    path: str
    handler: Handler  # a coroutine function, or a plain function that may block (run in a thread)
    methods: frozenset[str] = READ
    prefix: bool = False  # also answers every path that starts with `path`
    direct: bool = False  # answered by the direct lane, not by FastAPI
    kept: bool = False  # its responses may be answered from the response cache


ROUTES: tuple[Route, ...] = (
    Route(uris.SPARQL_PATH, endpoint.sparql_endpoint, READ_AND_POST, direct=True),
    Route(uris.THINGS_PATH, linked_data.identify, prefix=True, direct=True, kept=True),
    Route(uris.DOCUMENTS_PATH, linked_data.document, prefix=True, direct=True, kept=True),
    Route("/def/", linked_data.ontology, prefix=True, direct=True, kept=True),
    Route("/shapes/", linked_data.shapes, prefix=True, direct=True, kept=True),
    Route("/graph/", linked_data.named_graph, prefix=True, direct=True, kept=True),
    Route(uris.CATALOG_PATH, linked_data.catalog, direct=True, kept=True),
    Route(f"{uris.CATALOG_PATH}.", linked_data.catalog, prefix=True, direct=True, kept=True),
    Route(uris.VOID_PATH, linked_data.well_known_void, direct=True, kept=True),
    Route(f"{uris.VOID_PATH}.", linked_data.well_known_void, prefix=True, direct=True, kept=True),
    Route("/", site.home),
    Route("/browse", site.browse),
    Route("/search", site.search),
    Route("/sitemap.xml", site.sitemap),
    Route("/robots.txt", site.robots),
    Route(uris.DOWNLOADS_PATH, site.downloads),
    Route(uris.DOWNLOADS_PATH, site.download, prefix=True),
)
