"""A query job, what came of it, and what runs jobs: the WorkerPool, or a RemoteRunner."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from ..core.formats import by_media_type
from ..errors import ResultTooLarge
from ..settings import Limits
from .store import OxigraphStore


@dataclass(frozen=True)
class Job:
    """One query to run: the text, the result format, the dataset the protocol asked for."""

    query: str
    media_type: str
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    declares_dataset: bool = False  # the query has FROM / FROM NAMED

    def as_header(self) -> dict[str, Any]:
        return dict(vars(self))  # the fields, without asdict's deep copy on every query


class Status(Enum):
    """How a job ended; the endpoint answers each with its own status code."""

    OK = "ok"
    SYNTAX = "syntax"  # the query is malformed: 400
    TOO_LARGE = "too-large"  # its result passed the cap: 400
    FAILED = "failed"  # the engine could not answer it: 400
    TIMEOUT = "timeout"  # it ran out of time and was stopped: 503
    DIED = "died"  # it ran out of memory and its worker died: 503
    BUSY = "busy"  # no worker came free in time, or the store is away: 503


@dataclass(frozen=True)
class Outcome:
    status: Status
    body: bytes = b""
    message: str = ""


class Runner(Protocol):
    """Runs protocol jobs: the WorkerPool (workers.py), or a RemoteRunner (remote_runner.py)."""

    async def run(self, job: Job) -> Outcome: ...
    def close(self) -> None: ...


def execute(store: OxigraphStore, job: Job, limits: Limits) -> Outcome:
    """Run `job` on `store` here and now: what a worker does with each job it is sent."""
    try:
        body = store.run_to_bytes(
            job.query,
            by_media_type(job.media_type),
            default_graphs=job.default_graphs,
            named_graphs=job.named_graphs,
            declares_dataset=job.declares_dataset,
            max_bytes=limits.max_result_bytes,
        )
    except SyntaxError as exc:
        return Outcome(Status.SYNTAX, message=str(exc))
    except ResultTooLarge as exc:
        return Outcome(Status.TOO_LARGE, message=exc.message)
    except (ValueError, OSError, TypeError) as exc:
        return Outcome(Status.FAILED, message=f"the query could not be answered: {exc}")
    return Outcome(Status.OK, body)
