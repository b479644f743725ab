"""create_app(settings, store, runner, publication): the FastAPI application, routers, errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.staticfiles import StaticFiles

from . import linked_data, overview, pages, site, sparql
from .cookbook import read_cookbook
from .dumps import serialize_graph
from .errors import PublisherError
from .formats import HTML, JSON_LD, N_TRIPLES, RDF_XML, TURTLE, negotiate
from .publication import Publication
from .rdf_io import triples_of
from .settings import Settings
from .store import Store
from .workers import Runner


def create_app(settings: Settings, store: Store, pool: Runner, publication: Publication) -> FastAPI:
    app = FastAPI(
        title=settings.title, lifespan=_lifespan, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.settings = settings
    app.state.store = store
    app.state.pool = pool
    app.state.graph_sizes = store.graph_sizes()
    app.state.cookbook = read_cookbook(settings.root / "cookbook")
    app.state.release = publication.release
    app.state.catalog_triples = triples_of(publication.catalog)
    app.state.catalog_bodies = {
        fmt.media_type: serialize_graph(publication.catalog, fmt)
        for fmt in (TURTLE, JSON_LD, RDF_XML, N_TRIPLES)
    }
    app.state.sources = store.report_texts()
    app.state.source_files = store.report_files()
    app.state.overview = overview.compute(store)
    app.state.downloads = publication.downloads
    app.include_router(sparql.router)
    app.include_router(linked_data.router)
    app.include_router(site.router)
    app.mount("/static", StaticFiles(packages=[("publisher", "static")]), name="static")
    app.add_exception_handler(PublisherError, _publisher_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST", "HEAD"],
        allow_headers=["*"],
        expose_headers=["*"],
        max_age=86400,
    )
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.pool.close()


async def _publisher_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PublisherError)
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
