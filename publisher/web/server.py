"""Start the publisher: open the store, start the query runner, run the HTTP server on it."""

from __future__ import annotations

import sys
import time
from functools import partial

import uvicorn
from fastapi import FastAPI

from ..catalogue.publication import Publication
from ..core import uris
from ..core.release import SERVED_DUMP
from ..engine.jobs import Runner
from ..engine.remote import RemoteStore
from ..engine.remote_runner import RemoteRunner
from ..engine.store import OxigraphStore
from ..engine.workers import WorkerPool
from ..errors import PublisherError
from ..settings import Settings
from .app import create_app
from .protocol import capped_protocol


def serve(settings: Settings) -> int:
    """Serve until stopped: the build (default), RDF files, an on-disk store or a remote one."""
    started = time.perf_counter()
    if settings.store_url:
        remote = RemoteStore(settings.store_url, timeout=settings.limits.timeout)
        runner: Runner = RemoteRunner(remote, settings.limits)
        app = create_app(settings, remote, runner, Publication.for_build(settings, remote))
        return _run(app, runner, settings, f"the store at {settings.store_url}", started)
    if settings.store_dir is not None:
        open_store = partial(OxigraphStore.open_on_disk, settings.store_dir)
        open_store()  # says now, not in a worker, if the folder holds no store
        # Fork before this process opens the store for good: each process has its own handle.
        runner = WorkerPool(open_store, settings.limits.query_workers, settings.limits).start()
        store = open_store()
        app = create_app(settings, store, runner, Publication.for_store_dir(settings.store_dir))
        return _run(app, runner, settings, f"{len(store)} triples on disk", started)
    store, publication = load_embedded(settings)
    runner = WorkerPool(lambda: store, settings.limits.query_workers, settings.limits).start()
    app = create_app(settings, store, runner, publication)
    return _run(app, runner, settings, f"{len(store)} triples loaded", started)


def load_embedded(settings: Settings) -> tuple[OxigraphStore, Publication]:
    """The embedded store, loaded from the files given or from the build's dump, and what it
    publishes (with the build, the catalogue, which the store then holds too)."""
    if settings.data_files:
        store = OxigraphStore.from_files(list(settings.data_files))
        return store, Publication.for_files(settings.data_files)
    dump = settings.dumps / SERVED_DUMP
    if not dump.is_file():
        raise PublisherError(f"{dump} does not exist: run `benelux-kg build` (or `make build`)")
    store = OxigraphStore.from_nquads(dump.read_bytes())
    publication = Publication.for_build(settings, store)
    store.add_graph(str(uris.CATALOG_GRAPH), publication.catalog)  # for SPARQL, before the fork
    return store, publication


def _run(app: FastAPI, runner: Runner, settings: Settings, what: str, started: float) -> int:
    elapsed = time.perf_counter() - started
    print(
        f"benelux-kg: {what} in {elapsed:.2f} s; serving on"
        f" http://{settings.host}:{settings.port}/sparql",
        file=sys.stderr,
        flush=True,
    )
    try:
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            log_level="warning",
            loop="uvloop",
            # The path's share on top of the longest query string the endpoint takes.
            http=capped_protocol(settings.limits.max_request_bytes + 2048),
            timeout_graceful_shutdown=5,
        )
    finally:
        runner.close()  # the app's shutdown has closed it, unless the server never started
    return 0
