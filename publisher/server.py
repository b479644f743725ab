"""Start the publisher: load the built dataset, fork the query workers, run the HTTP server."""

from __future__ import annotations

import sys
import time
from functools import partial

import uvicorn
from starlette.types import ASGIApp

from .app import create_app
from .dumps import DUMP_NAME
from .errors import PublisherError
from .http_protocol import capped_protocol
from .publication import prepare, prepare_files, prepare_on_disk
from .remote import RemoteRunner, RemoteStore
from .settings import Settings
from .store import OxigraphStore
from .workers import WorkerPool


def serve(settings: Settings) -> int:
    started = time.perf_counter()
    if settings.store_url:
        remote = RemoteStore(settings.store_url, timeout=settings.limits.timeout)
        publication = prepare(settings, remote)
        app = create_app(settings, remote, RemoteRunner(remote, settings.limits), publication)
        return _run(app, settings, f"the store at {settings.store_url}", started)
    if settings.store_dir is not None:
        open_store = partial(OxigraphStore.open_on_disk, settings.store_dir)
        open_store()  # says now, not in a worker, if the folder holds no store
        # Fork before this process opens the store for good: each process has its own handle.
        pool = WorkerPool(open_store, settings.limits.query_workers, settings.limits)
        store = open_store()
        app = create_app(settings, store, pool, prepare_on_disk(settings.store_dir))
        return _run(app, settings, f"{len(store)} triples on disk", started)
    if settings.data_files:
        store = OxigraphStore.from_files(list(settings.data_files))
        publication = prepare_files(settings.data_files)
    else:
        dump = settings.dumps / f"{DUMP_NAME}.nq"
        if not dump.is_file():
            raise PublisherError(f"{dump} does not exist: run `benelux-kg build` (or `make build`)")
        store = OxigraphStore.from_nquads(dump.read_bytes())
        publication = prepare(settings, store)
    pool = WorkerPool(lambda: store, settings.limits.query_workers, settings.limits)  # forks
    app = create_app(settings, store, pool, publication)
    return _run(app, settings, f"{len(store)} triples loaded", started)


def _run(app: ASGIApp, settings: Settings, what: str, started: float) -> int:
    elapsed = time.perf_counter() - started
    print(
        f"benelux-kg: {what} in {elapsed:.2f} s; serving on"
        f" http://{settings.host}:{settings.port}/sparql",
        file=sys.stderr,
        flush=True,
    )
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
    return 0
