"""What the application holds for its requests, typed: made once by create_app, read by every
route through `state_of`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.requests import Request

from ..core.formats import Format
from ..core.hierarchy import Hierarchy
from ..core.release import DownloadFile, Release
from ..engine.jobs import Runner
from ..engine.store import Store, Triples
from ..settings import Settings
from .background import Background
from .response_cache import ResponseCache

if TYPE_CHECKING:  # the pages read the state: only their types are named here
    from .pages.cookbook import Recipe
    from .pages.overview import Overview
    from .pages.report_sources import ReportSources


@dataclass(frozen=True)
class AppState:
    settings: Settings
    store: Store
    runner: Runner  # runs SPARQL protocol jobs: the WorkerPool, or a RemoteRunner
    release: Release  # ETags and Last-Modified derive from it
    downloads: list[DownloadFile]
    catalog_triples: Triples  # empty when no build is served (--data, --on-disk)
    catalog_bodies: dict[Format, bytes]  # the catalogue serialised once, exact datatypes kept
    cookbook: tuple[Recipe, ...]
    sources: ReportSources
    hierarchy: Hierarchy  # the ontology's, so that a page says each link in its most specific role
    graph_sizes: Background[dict[str, int]]
    overview: Background[Overview]
    response_cache: ResponseCache


def app_state(app: Starlette) -> AppState:
    state = app.state.publisher
    assert isinstance(state, AppState)
    return state


def state_of(request: Request) -> AppState:
    return app_state(request.app)
