"""Protocol jobs forwarded to a remote store, which enforces its own limits."""

from __future__ import annotations

import asyncio

import httpx

from ..errors import ResultTooLarge
from ..settings import Limits
from .jobs import Job, Outcome, Status
from .remote import RemoteStore


class RemoteRunner:
    """Runs protocol jobs on the remote store; a request to it carries the query timeout."""

    def __init__(self, store: RemoteStore, limits: Limits) -> None:
        self.store = store
        self.limits = limits

    async def run(self, job: Job) -> Outcome:
        return await asyncio.to_thread(self._run, job)

    def _run(self, job: Job) -> Outcome:
        try:
            response = self.store.post_query(
                job.query,
                job.media_type,
                default_graphs=job.default_graphs,
                named_graphs=job.named_graphs,
            )
        except httpx.TimeoutException:
            return Outcome(
                Status.TIMEOUT,
                message=f"the store did not answer within"
                f" {self.limits.timeout:g} s; narrow the query down",
            )
        except httpx.HTTPError as exc:
            return Outcome(Status.BUSY, message=f"the store did not answer: {exc}")
        return self._outcome(response)

    def _outcome(self, response: httpx.Response) -> Outcome:
        if response.status_code == 200:
            if len(response.content) > self.limits.max_result_bytes:
                too_large = ResultTooLarge(self.limits.max_result_bytes)
                return Outcome(Status.TOO_LARGE, message=too_large.message)
            return Outcome(Status.OK, response.content)
        if 400 <= response.status_code < 500:
            return Outcome(Status.SYNTAX, message=response.text[:1000])
        return Outcome(Status.BUSY, message=f"the store answered {response.status_code}")

    def close(self) -> None:
        self.store.close()
