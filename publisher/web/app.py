"""create_app(settings, store, runner, publication): the FastAPI application the server runs.

One application: its middleware (CORS and gzip, then the direct lane), one route table
(routes.py) and one error policy (error_responses.py). State is typed (state.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from fastapi import FastAPI
from fastapi.telemetry import TelemetryConfig
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from ..catalogue.publication import Publication
from ..core import uris
from ..core.formats import RDF_DOCUMENT_FORMATS
from ..core.hierarchy import super_properties
from ..core.project import Project
from ..core.serialize import serialize_graph
from ..engine.jobs import Runner
from ..engine.store import Store
from ..engine.terms import to_graph, triples_of
from ..errors import PublisherError
from ..settings import Settings
from .background import Background
from .error_responses import http_error, publisher_error
from .middleware import CorsAndGzip
from .pages import overview
from .pages.cookbook import read_cookbook
from .pages.report_sources import read_report_sources
from .response_cache import ResponseCache
from .routes import ROUTES, STATIC
from .routing import DirectLane, as_coroutine
from .state import AppState, app_state

#: FastAPI's own OpenTelemetry looks for configured providers on every request (5 to 15 µs
#: here); the publisher configures none.
NO_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}


def create_app(
    settings: Settings, store: Store, runner: Runner, publication: Publication
) -> FastAPI:
    """The application over `store`, running queries with `runner`, serving `publication`.

    The application closes `runner` when the server shuts it down."""
    app = FastAPI(
        title=settings.title,
        lifespan=_lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        telemetry=NO_TELEMETRY,
    )
    app.state.publisher = _state(settings, store, runner, publication)
    for route in ROUTES:
        if not route.direct:
            path = f"{route.path}{{below:path}}" if route.prefix else route.path
            app.add_api_route(
                path, as_coroutine(route), methods=sorted(route.methods), include_in_schema=False
            )
    prefix, package, folder = STATIC
    app.mount(prefix, _Static(packages=[(package, folder)]), name="static")
    app.add_exception_handler(PublisherError, publisher_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_middleware(DirectLane, routes=ROUTES)
    app.add_middleware(CorsAndGzip)  # added last: the outermost, around both lanes
    return app


class _Static(StaticFiles):
    """The pages' style sheet and icon, kept by browsers for a day (their names carry no
    version, so not for longer: a new release's style reaches readers the next day)."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "public, max-age=86400"
        return response


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app_state(app).runner.close()  # on the event loop, which the workers' connections belong to


def _state(settings: Settings, store: Store, runner: Runner, publication: Publication) -> AppState:
    return AppState(
        settings=settings,
        store=store,
        runner=runner,
        release=publication.release,
        downloads=publication.downloads,
        catalog_triples=triples_of(publication.catalog),
        catalog_bodies={
            fmt: serialize_graph(publication.catalog, fmt) for fmt in RDF_DOCUMENT_FORMATS
        },
        cookbook=read_cookbook(Project(settings.root).cookbook),
        sources=read_report_sources(store),
        hierarchy=super_properties(to_graph(store.graph_triples(str(uris.ONTOLOGY_GRAPH)))),
        graph_sizes=Background("graph sizes", store.graph_sizes),
        overview=Background("overview", partial(overview.compute, store)),
        response_cache=ResponseCache(settings.response_cache_bytes),
    )
