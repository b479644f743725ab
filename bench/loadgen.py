"""Load one server with one workload and measure it: wrk for throughput and latency, /proc for
the server's CPU and memory; one plain request first, to check the answer and its size."""

from __future__ import annotations

import json
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph
from procfs import Memory, MemorySampler, cpu_seconds
from servers import Server
from workload import Request

LUA = Path(__file__).resolve().parent / "wrk" / "replay.lua"
# One client for every check: a new httpx client costs ~30 ms (TLS context), which would make
# every server look as slow as that in the one-request check.
_client: httpx.Client | None = None


def _http() -> httpx.Client:
    global _client
    if _client is None:
        _client = httpx.Client()
    return _client


@dataclass(frozen=True)
class Options:
    seconds: int
    threads: int
    connections: int
    timeout: float  # one request slower than this is a failure (the publisher's own limit: 10 s)


@dataclass
class Check:
    """The answer to one request: status, time, and how much came back (rows, triples, bytes)."""

    status: int | None
    seconds: float
    size: int | None = None
    unit: str = ""
    error: str = ""
    limit: float = 10.0

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def timed_out(self) -> bool:
        """No answer in time, or the server's own "too long" answer (the publisher stops a query
        after 10 s with a 503): either way the query could not be answered within the limit."""
        late = self.seconds >= 0.9 * self.limit
        return self.status is None or (self.status in (503, 504) and late)


@dataclass
class Sample:
    """One server, one workload, one round."""

    mode: str  # "wrk", or "single" for a server too slow for wrk to see more than a few answers
    requests: int
    seconds: float
    status_errors: int
    socket_errors: int
    timeouts: int
    p50_ms: float
    p99_ms: float
    cpu_seconds: float
    peak: Memory
    foreign_share: float = 0.0  # of the machine's CPU, taken by other processes meanwhile

    @property
    def good(self) -> int:
        """Answers that count: 2xx or 3xx within the time limit (wrk counts a slower answer as
        a timeout, and also every 2 s that a connection waits past the limit)."""
        return max(0, self.requests - self.status_errors - self.timeouts)


def _size(request: Request, body: bytes) -> tuple[int | None, str]:
    if request.accept.startswith("application/sparql-results+json"):
        answer = json.loads(body)
        if "boolean" in answer:
            return int(bool(answer["boolean"])), "boolean"
        return len(answer["results"]["bindings"]), "rows"
    if request.accept == "text/turtle":
        return len(list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE))), "triples"
    return len(body), "bytes"


def check(server: Server, request: Request, timeout: float) -> Check:
    """Send one request as wrk would (no compression) and look at the answer."""
    started = time.perf_counter()
    try:
        response = _http().request(
            request.method,
            server.url + request.target,
            headers={
                "Accept": request.accept,
                "Accept-Encoding": "identity",
                **({"Content-Type": request.content_type} if request.content_type else {}),
            },
            content=request.body.encode() if request.body else None,
            timeout=timeout,
        )
    except httpx.TimeoutException:
        elapsed = time.perf_counter() - started
        return Check(None, elapsed, error=f"no answer within {timeout:g} s", limit=timeout)
    except httpx.HTTPError as exc:
        elapsed = time.perf_counter() - started
        return Check(None, elapsed, error=f"{type(exc).__name__}: {exc}", limit=timeout)
    elapsed = time.perf_counter() - started
    if not 200 <= response.status_code < 300:
        message = response.text[:200].replace("\n", " ")
        return Check(response.status_code, elapsed, error=message, limit=timeout)
    try:
        size, unit = _size(request, response.content)
    except (ValueError, KeyError, SyntaxError) as exc:
        message = f"unreadable answer: {exc}"[:200]
        return Check(response.status_code, elapsed, error=message, limit=timeout)
    return Check(response.status_code, elapsed, size, unit, limit=timeout)


def write_requests(requests: list[Request], path: Path) -> Path:
    path.write_text("".join(request.line() + "\n" for request in requests), encoding="utf-8")
    return path


def wrk_command(server: Server, options: Options) -> list[str]:
    return [
        "wrk",
        "--threads",
        str(options.threads),
        "--connections",
        str(options.connections),
        "--duration",
        f"{options.seconds}s",
        "--timeout",
        f"{options.timeout:g}s",
        "--script",
        str(LUA),
        server.url,
    ]


def run_wrk(server: Server, requests_file: Path, options: Options) -> Sample:
    """wrk with the replay script; the server's CPU is read just before and just after."""
    environment = {**os.environ, "BENCH_REQUESTS": str(requests_file)}
    cpu_before = cpu_seconds(server.pid)
    with MemorySampler(server.pid) as sampler:
        result = subprocess.run(
            wrk_command(server, options), capture_output=True, text=True, env=environment
        )
    cpu = cpu_seconds(server.pid) - cpu_before
    line = next((x for x in result.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({result.returncode}): {result.stderr or result.stdout}")
    stats = json.loads(line.removeprefix("BENCH_JSON "))
    return Sample(
        mode="wrk",
        requests=stats["requests"],
        seconds=stats["duration_us"] / 1e6,
        status_errors=stats["status"],
        socket_errors=stats["connect"] + stats["read"] + stats["write"],
        timeouts=stats["timeout"],
        p50_ms=stats["p50_us"] / 1000,
        p99_ms=stats["p99_us"] / 1000,
        cpu_seconds=cpu,
        peak=sampler.peak,
    )


def run_single(server: Server, request: Request, options: Options) -> Sample:
    """One request at a time, for answers that take longer than a fraction of a wrk run."""
    cpu_before = cpu_seconds(server.pid)
    with MemorySampler(server.pid) as sampler:
        answer = check(server, request, options.timeout)
    cpu = cpu_seconds(server.pid) - cpu_before
    return Sample(
        mode="single",
        requests=1,
        seconds=answer.seconds,
        status_errors=0 if answer.ok or answer.timed_out else 1,
        socket_errors=0,
        timeouts=1 if answer.timed_out else 0,
        p50_ms=answer.seconds * 1000,
        p99_ms=answer.seconds * 1000,
        cpu_seconds=cpu,
        peak=sampler.peak,
    )
