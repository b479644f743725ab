"""Start the publisher: load the built dataset, fork the query workers, run the HTTP server."""

from __future__ import annotations

import sys
import time

import uvicorn

from .app import create_app
from .dumps import DUMP_NAME
from .errors import PublisherError
from .publication import prepare, prepare_files
from .settings import Settings
from .store import OxigraphStore
from .workers import WorkerPool


def serve(settings: Settings) -> int:
    started = time.perf_counter()
    if settings.data_files:
        store = OxigraphStore.from_files(list(settings.data_files))
        publication = prepare_files(settings.data_files)
    else:
        dump = settings.dumps / f"{DUMP_NAME}.nq"
        if not dump.is_file():
            raise PublisherError(f"{dump} does not exist: run `benelux-kg build` (or `make build`)")
        store = OxigraphStore.from_nquads(dump.read_bytes())
        publication = prepare(settings, store)
    pool = WorkerPool(store, settings.limits.query_workers, settings.limits)  # forks: do it first
    app = create_app(settings, store, pool, publication)
    elapsed = time.perf_counter() - started
    print(
        f"benelux-kg: {len(store)} triples loaded in {elapsed:.2f} s; serving on"
        f" http://{settings.host}:{settings.port}/sparql",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        # Let long URLs reach the endpoint, which refuses them with a clear message.
        h11_max_incomplete_event_size=settings.limits.max_request_bytes + 16 * 1024,
        timeout_graceful_shutdown=5,
    )
    return 0
