"""create_app(settings, store, runner, publication): the ASGI application the server runs.

Edge (CORS, gzip) -> Dispatcher (the SPARQL endpoint and linked-data routes) -> FastAPI (pages).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, Response
from starlette.exceptions import HTTPException
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from . import linked_data, overview, pages, site, sparql
from .background import Background
from .cookbook import read_cookbook
from .dispatch import POST, Dispatcher, Route, in_thread
from .dumps import serialize_graph
from .edge import Edge
from .errors import PublisherError
from .formats import HTML, JSON_LD, N_TRIPLES, RDF_XML, TURTLE, negotiate
from .publication import Publication
from .rdf_io import triples_of
from .response_cache import ResponseCache, cached
from .settings import Settings
from .store import Store
from .workers import Runner

#: The routes answered before the FastAPI application: the busiest, and the machine-facing ones.
ROUTES = (
    Route("/sparql", sparql.sparql_endpoint, POST),
    Route("/id/", cached(in_thread(linked_data.identify))),
    Route("/doc/", cached(in_thread(linked_data.document))),
    Route("/def/", cached(in_thread(linked_data.ontology))),
    Route("/shapes/", cached(in_thread(linked_data.shapes))),
    Route("/graph/", cached(in_thread(linked_data.named_graph))),
    Route("/catalog", cached(linked_data.catalog)),
    Route("/catalog.", cached(linked_data.catalog)),
    Route("/.well-known/void", cached(linked_data.well_known_void)),
    Route("/.well-known/void.", cached(linked_data.well_known_void)),
)


def create_app(settings: Settings, store: Store, pool: Runner, publication: Publication) -> ASGIApp:
    app = FastAPI(
        title=settings.title, lifespan=_lifespan, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.settings = settings
    app.state.store = store
    app.state.pool = pool
    app.state.graph_sizes = Background("graph sizes", store.graph_sizes)
    app.state.cookbook = read_cookbook(settings.root / "cookbook")
    app.state.release = publication.release
    app.state.catalog_triples = triples_of(publication.catalog)
    app.state.catalog_bodies = {
        fmt.media_type: serialize_graph(publication.catalog, fmt)
        for fmt in (TURTLE, JSON_LD, RDF_XML, N_TRIPLES)
    }
    app.state.sources = store.report_texts()
    app.state.source_files = store.report_files()
    app.state.overview = Background("overview", partial(overview.compute, store))
    app.state.downloads = publication.downloads
    app.state.response_cache = ResponseCache(settings.response_cache_bytes)
    app.include_router(site.router)
    app.mount("/static", StaticFiles(packages=[("publisher", "static")]), name="static")
    app.add_exception_handler(PublisherError, _publisher_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    return Edge(Dispatcher(app, ROUTES, publisher_error))


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.pool.close()


async def _publisher_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PublisherError)
    return publisher_error(request, exc)


def publisher_error(request: Request, exc: PublisherError) -> Response:
    """A foreseen error: its message as text, or the not-found page for a browser."""
    if exc.status_code == 404 and _wants_html(request):
        return pages.not_found_page(request, exc.message)
    return PlainTextResponse(exc.message + "\n", status_code=exc.status_code)


def _wants_html(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return negotiate(accept, (TURTLE, HTML)) is HTML if accept else False


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404 and _wants_html(request):
        return pages.not_found_page(request, f"nothing is published at {request.url.path}")
    return PlainTextResponse(
        f"{exc.detail}\n", status_code=exc.status_code, headers=dict(exc.headers or {})
    )


async def _validation_error(request: Request, exc: Exception) -> PlainTextResponse:
    return PlainTextResponse(f"bad request: {exc}\n", status_code=400)
