"""Hand routes what create_app was given, from app.state."""

from __future__ import annotations

from fastapi import Request

from .settings import Limits, Settings
from .store import OxigraphStore
from .workers import WorkerPool


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def limits_of(request: Request) -> Limits:
    return settings_of(request).limits


def store_of(request: Request) -> OxigraphStore:
    store: OxigraphStore = request.app.state.store
    return store


def pool_of(request: Request) -> WorkerPool:
    pool: WorkerPool = request.app.state.pool
    return pool
