"""`make bench`: the publisher against the servers users would pick instead, side by side.

Starts benelux-kg, Oxigraph server and rdflib-endpoint on the same N-Quads file, loads them in
alternation (A B C A B C …) with wrk for several rounds — the 12 cookbook queries, the same shapes
with constants that change from request to request, entity descriptions and the catalogue — and
writes bench/results/<date>-<scale>.md with requests/s, p50/p99, CPU per request and memory.

    .venv/bin/python bench/run.py            # build data, 10k and 100k (about 25 minutes)
    .venv/bin/python bench/run.py --quick    # build data only, one short round (2 minutes)
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import environment
import httpx
import inputs
import loadgen
import procfs
import report
import servers
import workload
from environment import ROOT, log

RESULTS = Path(__file__).resolve().parent / "results"
MAX_SECONDS = 10
PER_RUN_OVERHEAD = 0.3  # idle check, wrk start-up and /proc sampling around each run


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, help="rounds of A B C … (default 3; --quick: 1)")
    parser.add_argument(
        "--seconds",
        type=int,
        help=f"seconds of wrk per server per workload per round (default: {MAX_SECONDS}, "
        "or less so that the whole run fits in --budget-minutes; --quick: 1)",
    )
    parser.add_argument("--budget-minutes", type=float, default=25, help="default 25")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections (default 4)")
    parser.add_argument(
        "--timeout", type=float, default=10, help="seconds before a request counts as failed"
    )
    parser.add_argument("--quick", action="store_true", help="2-minute smoke run on build data")
    parser.add_argument("--data-10k", metavar="FILE", help="synthetic N-Quads of ~10k triples")
    parser.add_argument("--data-100k", metavar="FILE", help="synthetic N-Quads of ~100k triples")
    parser.add_argument("--data-1m", metavar="FILE", help="synthetic N-Quads of ~1M triples")
    parser.add_argument("--with-1m", action="store_true", help="also generate and run 1M")
    parser.add_argument("--fresh-synth", action="store_true", help="regenerate synthetic files")
    parser.add_argument(
        "--only", nargs="+", metavar="SCALE", help="run only these scales (build 10k 100k 1m)"
    )
    parser.add_argument(
        "--with-oxigraph-memory",
        action="store_true",
        help="also Oxigraph's server on an in-memory store, as the publisher holds its data",
    )
    parser.add_argument(
        "--with-on-disk",
        action="store_true",
        help="also the publisher on an on-disk store (`load --into`, `serve --on-disk`)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random choice of IRIs (default 1)")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.seconds = args.rounds or 1, args.seconds or 1
    args.rounds = args.rounds or 3
    args.fitted = False  # set once the first dataset has fitted --seconds to the budget
    return args


def estimated_overhead(dataset: inputs.Dataset) -> float:
    """Time a dataset takes besides its wrk runs: loading, checks and slow single requests."""
    size = dataset.quads or dataset.path.stat().st_size / 230  # ~230 bytes per quad
    # Measured here at 100k: checks, restarts and the one-at-a-time runs of the slow servers.
    return 30 + size * 2.5e-3


def fit_seconds(
    args: argparse.Namespace, deadline: float, runs: int, fixed: float, later: list[inputs.Dataset]
) -> int:
    """Seconds per wrk run so that all datasets end by the deadline (1 to 10 s). Fitted once, on
    the first dataset, and kept for the others: runs of one length compare across scales."""
    if args.seconds:
        return int(args.seconds)
    later_cost = sum(estimated_overhead(d) for d in later)
    total_runs = args.rounds * runs * (1 + len(later))
    available = deadline - time.monotonic() - fixed - later_cost - total_runs * PER_RUN_OVERHEAD
    args.seconds = max(1, min(MAX_SECONDS, round(available / total_runs)))
    args.fitted = True
    return int(args.seconds)


def start_servers(
    dataset: inputs.Dataset,
    wanted: list[str],
    work: Path,
    notes: list[str],
    running: dict[str, servers.Server],
) -> None:
    """Start every server that can be, adding each to `running` as soon as its process exists so
    that the caller's `finally` stops it whatever happens next. The publisher failing is fatal;
    the others are noted and left out."""
    for name in wanted:
        log(f"starting {name} on {dataset.scale}")
        try:
            server = servers.FACTORIES[name](dataset.path, work)
            running[name] = server
            server.start()
            log(f"{name} answers on {server.url} after {server.startup_seconds:.1f} s")
        except (RuntimeError, OSError, subprocess.SubprocessError, httpx.HTTPError) as exc:
            if name == servers.PUBLISHER:
                raise
            notes.append(f"{name} could not be started: {exc}".replace("\n", " ")[:400])
            if name in running:
                running.pop(name).stop()


def check_all(
    workloads: list[workload.Workload], running: dict[str, servers.Server], timeout: float
) -> dict[tuple[str, str], report.Outcome]:
    """One request per workload and server: the answer's size, and how slow it is."""
    outcomes = {}
    for item in workloads:
        for name, requests in item.requests.items():
            if name not in running:
                continue
            server = running[name]
            answer = loadgen.check(server, requests[0], timeout)
            mode = "wrk" if answer.ok else ("timeout" if answer.timed_out else "error")
            outcomes[item.name, name] = report.Outcome(item, name, answer, mode, timeout=timeout)
            if answer.timed_out:
                server.restart()
    return outcomes


def settle(server: servers.Server, limit: float) -> None:
    """Make sure the next measurement starts on an idle server."""
    if server.process is not None and server.process.poll() is not None:
        log(f"{server.name} died (exit {server.process.returncode}); starting it again")
        server.start()
    elif not server.wait_idle(limit):
        server.restart()


def choose_modes(outcomes: dict[tuple[str, str], report.Outcome], seconds: int) -> None:
    """wrk for servers that answer at least ~10 times in a run; one request at a time below."""
    for outcome in outcomes.values():
        if outcome.mode == "wrk" and outcome.check and outcome.check.seconds * 10 > seconds:
            outcome.mode = "single"


def measure(
    workloads: list[workload.Workload],
    running: dict[str, servers.Server],
    outcomes: dict[tuple[str, str], report.Outcome],
    options: loadgen.Options,
    rounds: int,
    work: Path,
) -> None:
    """Round after round, each workload on A, then B, then C, so drift hits all alike."""
    files = {}
    for item in workloads:
        for name, requests in item.requests.items():
            path = work / f"requests-{item.name}-{name}.tsv"
            files[item.name, name] = loadgen.write_requests(requests, path)
    for round_number in range(1, rounds + 1):
        for item in workloads:
            rates = []
            for name, server in running.items():
                outcome = outcomes.get((item.name, name))
                if outcome is None or outcome.mode not in ("wrk", "single"):
                    continue
                others = procfs.ForeignCpu([s.pid for s in running.values()])
                sample = measure_once(server, outcome, files[item.name, name], options)
                sample.foreign_share = others.share()
                rates.append(f"{name} {sample.good / max(sample.seconds, 1e-9):.1f}/s")
            log(f"round {round_number}/{rounds} {item.name}: {', '.join(rates)}")


def measure_once(
    server: servers.Server, outcome: report.Outcome, requests: Path, options: loadgen.Options
) -> loadgen.Sample:
    """One sample; a wrk run that saw less than one answer per connection is redone one request
    at a time (and so are the later rounds), and a request that times out is not retried."""
    if outcome.mode == "wrk":
        sample = loadgen.run_wrk(server, requests, options)
        settle(server, max(5.0, options.timeout))
        if sample.good >= options.connections or sample.status_errors:
            outcome.samples.append(sample)
            return sample
        log(f"{server.name} gave {sample.good} answers to wrk: timing single requests instead")
        outcome.mode = "single"
    sample = loadgen.run_single(server, outcome.workload.requests[server.name][0], options)
    outcome.samples.append(sample)
    if sample.timeouts:
        outcome.mode = "timeout"
        server.restart()
    else:
        settle(server, max(5.0, options.timeout))
    return sample


def commands_for(running: dict[str, servers.Server], options: loadgen.Options) -> list[str]:
    lines = []
    for server in running.values():
        lines += server.prepare_commands
        lines.append(server.shown_command())
    any_server = next(iter(running.values()))
    wrk = " ".join(loadgen.wrk_command(any_server, options)).replace(str(ROOT) + "/", "")
    lines.append(f"BENCH_REQUESTS=requests-<workload>-<server>.tsv {wrk}")
    return lines


def wanted_servers(setup: environment.Setup, args: argparse.Namespace) -> list[str]:
    wanted = [servers.PUBLISHER]
    if args.with_on_disk:
        wanted.append(servers.PUBLISHER_DISK)
    if "oxigraph" in setup.available:
        wanted.append(servers.OXIGRAPH)
        if args.with_oxigraph_memory:
            wanted.append(servers.OXIGRAPH_MEMORY)
    if "rdflib-endpoint" in setup.available:
        wanted.append(servers.RDFLIB)
    if "virtuoso" in setup.available:
        wanted.append(servers.VIRTUOSO)
    return wanted


def plan(
    args: argparse.Namespace,
    deadline: float,
    outcomes: dict[tuple[str, str], report.Outcome],
    later: list[inputs.Dataset],
    notes: list[str],
) -> loadgen.Options:
    """The length of the wrk runs, from the budget and what the checks showed, and which pairs
    are too slow for wrk."""
    measured = [o for o in outcomes.values() if o.mode == "wrk"]
    slow_cost = args.rounds * sum(o.check.seconds for o in measured if o.check)
    seconds = fit_seconds(args, deadline, len(measured), slow_cost, later)
    choose_modes(outcomes, seconds)
    if args.fitted and seconds < MAX_SECONDS:
        full = args.rounds * len(measured) * (MAX_SECONDS + PER_RUN_OVERHEAD) / 60
        notes.append(
            f"{seconds} s per run, not {MAX_SECONDS}: chosen so that the whole run fits "
            f"--budget-minutes {args.budget_minutes:g}; {MAX_SECONDS} s runs would take "
            f"about {full:.0f} min for this dataset alone (--seconds {MAX_SECONDS})."
        )
    return loadgen.Options(seconds, args.threads, args.connections, args.timeout)


def bench_dataset(
    dataset: inputs.Dataset,
    setup: environment.Setup,
    args: argparse.Namespace,
    deadline: float,
    later: list[inputs.Dataset],
) -> report.Run:
    """Start the servers on one dataset, check them, measure them, stop them (whatever happens)."""
    begun, started_at = time.monotonic(), datetime.now().isoformat(timespec="seconds")
    log(f"{dataset.scale}: reading {dataset.path} for the IRIs to vary")
    inputs.load_pools(dataset, args.seed)
    workloads = workload.everything(dataset, args.seed)
    notes = list(setup.problems)
    with tempfile.TemporaryDirectory(prefix="benelux-bench-") as tmp:
        work = Path(tmp)
        running: dict[str, servers.Server] = {}
        try:
            start_servers(dataset, wanted_servers(setup, args), work, notes, running)
            idle = {name: server.idle_rss() for name, server in running.items()}
            log(f"{dataset.scale}: one request per workload and server")
            outcomes = check_all(workloads, running, args.timeout)
            options = plan(args, deadline, outcomes, later, notes)
            log(f"{dataset.scale}: {args.rounds} rounds × {options.seconds} s per run")
            measure(workloads, running, outcomes, options, args.rounds, work)
            commands = commands_for(running, options)
            for server in running.values():
                notes += [f"{server.name}: {note}" for note in server.notes]
        finally:
            log(f"{dataset.scale}: stopping {', '.join(running) or 'nothing'}")
            for server in running.values():
                server.stop()
    return report.Run(
        scale=dataset.scale,
        dataset=_shown_path(dataset.path),
        quads=dataset.quads,
        servers=list(running),
        outcomes=outcomes,
        workloads=workloads,
        machine=environment.machine(),
        versions=environment.versions(),
        commands=commands,
        settings={
            "rounds": str(args.rounds),
            "seconds per run": str(options.seconds),
            "wrk threads": str(args.threads),
            "connections": str(args.connections),
            "request time limit": f"{args.timeout:g} s",
        },
        notes=notes + standard_notes(options.seconds),
        idle_rss=idle,
        startup={name: server.startup_seconds for name, server in running.items()},
        started=started_at,
        wall_seconds=time.monotonic() - begun,
    )


def _shown_path(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def standard_notes(seconds: int) -> list[str]:
    return [
        "All servers run at once on the same 2-core machine as wrk, which takes CPU from them; "
        "only one server is loaded at a time.",
        "Requests: SPARQL as POST application/x-www-form-urlencoded with Accept "
        "application/sparql-results+json; CONSTRUCT and /doc/ as GET with Accept text/turtle; "
        "no compression asked for.",
        "Synthetic workloads: bench/queries/synth-*.rq, each request with an IRI drawn at random "
        "(bench/wrk/replay.lua) from IRIs of the dataset, so no result cache helps.",
        "Answers that differ, seen on the build data: rdflib-endpoint (and Virtuoso, where "
        "installed) return one row per branch of a property-path alternative (`a|b`) that "
        "reaches the same node (cq02, cq04, synth-country), Oxigraph and so the publisher one "
        "per node; the publisher's default "
        "graph also holds the catalogue graph it adds at start-up (cq10: one more row).",
        "The publisher runs Oxigraph's engine (pyoxigraph) on an in-memory store; Oxigraph "
        "server reads a RocksDB store (`--location`), which costs it most on the heavier "
        "queries. `--with-oxigraph-memory` adds Oxigraph's server on an in-memory store, to "
        "tell the engine from the storage; `--with-on-disk` adds the publisher on an on-disk "
        "store (benelux-kg-disk), to weigh memory against speed.",
        "With a synthetic file the publisher's output folder holds only that .nq, so /catalog "
        "lists fewer distributions than with the real build.",
        f"Each run lasts {seconds} s; after each, the harness waits until the server is idle "
        "(a server still busy with abandoned requests is restarted) so it cannot slow the next.",
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    # Turn SIGTERM into an exception so that the servers are stopped by the `finally` blocks.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    deadline = time.monotonic() + args.budget_minutes * 60
    setup = environment.prepare()
    if not setup.wrk:
        log("wrk is not available: " + "; ".join(setup.problems))
        return 2
    explicit = {"10k": args.data_10k, "100k": args.data_100k, "1m": args.data_1m}
    datasets, skipped = inputs.choose(
        explicit, args.with_1m, args.quick, args.fresh_synth, args.only
    )
    for note in skipped:
        log(note)
    summaries = []
    for index, dataset in enumerate(datasets):
        run = bench_dataset(dataset, setup, args, deadline, datasets[index + 1 :])
        run.notes += skipped
        stem = f"{datetime.now():%Y-%m-%d}-{dataset.scale}" + ("-quick" if args.quick else "")
        path = report.write(run, RESULTS, stem)
        log(f"wrote {path.relative_to(ROOT)}")
        summaries.append(report.summary(run))
    print("\n\n".join(summaries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
