"""Latency of the cookbook queries through the HTTP endpoint (a benchmark, not a test).

Starts the publisher on a free loopback port from the build in build/, sends each cookbook query
ROUNDS times over one keep-alive connection, and prints p50 and p99 per query in milliseconds.
Run `make build` first, then `python bench/cookbook_latency.py [ROUNDS]`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import Server  # noqa: E402  (the same real-server helper the tests use)


def main(rounds: int = 200) -> None:
    server = Server(ROOT / "build")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as http:
            print(f"| query | p50 ms | p99 ms |  ({rounds} requests each, one connection)")
            print("|---|---:|---:|")
            for path in sorted((ROOT / "cookbook").glob("cq*.rq")):
                query = path.read_text(encoding="utf-8")
                timings = []
                for _ in range(rounds):
                    started = time.perf_counter()
                    response = http.post(
                        "/sparql",
                        data={"query": query},
                        headers={"Accept": "application/sparql-results+json"},
                    )
                    timings.append((time.perf_counter() - started) * 1000)
                    response.raise_for_status()
                timings.sort()
                p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
                print(f"| {path.stem} | {statistics.median(timings):.2f} | {p99:.2f} |")
    finally:
        server.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
