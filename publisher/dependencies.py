"""Hand routes what create_app was given, from app.state."""

from __future__ import annotations

from starlette.requests import Request

from .background import Background
from .settings import Limits, Settings
from .store import Store
from .workers import Runner


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def limits_of(request: Request) -> Limits:
    return settings_of(request).limits


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def pool_of(request: Request) -> Runner:
    pool: Runner = request.app.state.pool
    return pool


def graph_sizes_of(request: Request) -> dict[str, int]:
    """Named graph IRI -> triples; waits, the first time after start-up, for the count."""
    sizes: Background[dict[str, int]] = request.app.state.graph_sizes
    return sizes.get()
