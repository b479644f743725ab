"""The errors the publisher expects, each with the HTTP status it maps to."""

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


class NotFound(PublisherError):
    status_code = 404


class NotAcceptable(PublisherError):
    status_code = 406


class PayloadTooLarge(PublisherError):
    status_code = 413


class UriTooLong(PublisherError):
    status_code = 414


class UnsupportedMediaType(PublisherError):
    status_code = 415
