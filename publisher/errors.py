"""Every error the publisher foresees, each with the HTTP status it maps to.

PublisherError                 500  a foreseen failure; its message says what to fix
├── BuildError                      curated input that cannot be built (file, line, problem)
├── BadRequest                 400
│   └── ResultTooLarge         400  a query's serialised result passed the cap
├── NotFound                   404
├── MethodNotAllowed           405  carries the methods that are allowed
├── NotAcceptable              406
├── PayloadTooLarge            413
├── UriTooLong                 414
├── UnsupportedMediaType       415
├── QueryStopped               503  a query ran out of time or memory and its worker was killed
└── WorkersBusy                503  no query worker came free in time, or the store is away
"""

from __future__ import annotations

from pathlib import Path


class PublisherError(Exception):
    """An error we foresaw: its message is written for the person who must fix it."""

    status_code = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BuildError(PublisherError):
    """Curated input that cannot be built: says which file, where, and what to fix."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = Path(path)
        self.line = line
        self.problem = problem


class BadRequest(PublisherError):
    status_code = 400


class ResultTooLarge(BadRequest):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the result is larger than {limit} bytes; add a LIMIT")


class NotFound(PublisherError):
    status_code = 404


class MethodNotAllowed(PublisherError):
    status_code = 405

    def __init__(self, method: str, allowed: frozenset[str]) -> None:
        self.allowed = ", ".join(sorted(allowed))
        super().__init__(f"{method} is not allowed here; use {self.allowed}")


class NotAcceptable(PublisherError):
    status_code = 406


class PayloadTooLarge(PublisherError):
    status_code = 413


class UriTooLong(PublisherError):
    status_code = 414

    def __init__(self, limit: int) -> None:
        super().__init__(f"the URL is longer than {limit} bytes; send the query by POST")


class UnsupportedMediaType(PublisherError):
    status_code = 415


class QueryStopped(PublisherError):
    status_code = 503


class WorkersBusy(PublisherError):
    status_code = 503
