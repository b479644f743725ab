"""Turn the samples into the Markdown report and the summary printed at the end.

Throughput counts only good answers (2xx within the time limit), so a server that fails fast
does not look fast; every failure is listed. Ratios are to Oxigraph server, the reference a user
would compare with, and summarised by their geometric mean, the mean that treats 2x faster and
2x slower symmetrically.
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path

from loadgen import Check, Sample
from procfs import Memory
from servers import OXIGRAPH, PUBLISHER
from workload import Workload


@dataclass
class Outcome:
    """One workload on one server across all rounds."""

    workload: Workload
    server: str
    check: Check | None = None
    mode: str = "wrk"  # "wrk", "single", "timeout" (never answered in time), "error"
    samples: list[Sample] = field(default_factory=list)
    timeout: float = 10.0

    @property
    def rate(self) -> float | None:
        """Good answers per second, median over the rounds."""
        rates = [s.good / s.seconds for s in self.samples if s.seconds > 0]
        return statistics.median(rates) if rates else None

    @property
    def bounded(self) -> bool:
        """True when the server never answered in time: its rate is at most one per timeout."""
        return self.mode == "timeout" or (self.rate == 0 and self.mode == "single")

    @property
    def rate_for_ratio(self) -> float | None:
        if self.bounded:
            return 1 / self.timeout
        return self.rate or None

    @property
    def p50_ms(self) -> float | None:
        values = [s.p50_ms for s in self.samples if s.good]
        return statistics.median(values) if values else None

    @property
    def p99_ms(self) -> float | None:
        values = [s.p99_ms for s in self.samples if s.good]
        if not values:
            return None
        return max(values) if self.mode == "single" else statistics.median(values)

    @property
    def cpu_ms_per_request(self) -> float | None:
        good = sum(s.good for s in self.samples)
        return 1000 * sum(s.cpu_seconds for s in self.samples) / good if good else None

    @property
    def failures(self) -> dict[str, int]:
        return {
            "non-2xx": sum(s.status_errors for s in self.samples),
            "socket errors": sum(s.socket_errors for s in self.samples),
            "timeouts": sum(s.timeouts for s in self.samples),
        }

    @property
    def peak(self) -> Memory:
        peak = Memory()
        for sample in self.samples:
            peak = peak.peak(sample.peak)
        return peak


@dataclass
class Run:
    """Everything a report needs about one dataset's run."""

    scale: str
    dataset: str
    quads: int
    servers: list[str]
    outcomes: dict[tuple[str, str], Outcome]
    workloads: list[Workload]
    machine: dict[str, str]
    versions: dict[str, str]
    commands: list[str]
    settings: dict[str, str]
    notes: list[str]
    idle_rss: dict[str, int]
    startup: dict[str, float]
    started: str
    wall_seconds: float = 0.0


def _number(value: float | None, bounded: bool = False) -> str:
    if value is None:
        return "—"
    if bounded:
        return f"<{value:.2g}"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def _ratio(top: Outcome | None, bottom: Outcome | None) -> tuple[float | None, str]:
    """top/bottom, and "≤" or "≥" when it is only a bound (one side never answered in time)."""
    if not top or not bottom or top.mode == "error" or bottom.mode == "error":
        return None, ""
    a, b = top.rate_for_ratio, bottom.rate_for_ratio
    if not a or not b or (top.bounded and bottom.bounded):
        return None, ""
    return a / b, "≤" if top.bounded else "≥" if bottom.bounded else ""


def _show_ratio(value: float | None, bound: str) -> str:
    return "—" if value is None else f"{bound}{value:.3g}×"


def _combined(bounds: set[str]) -> str:
    """A geometric mean of values some of which are bounds is itself a bound if they all lean
    the same way; otherwise it is only approximate."""
    bounds.discard("")
    return "" if not bounds else bounds.pop() if len(bounds) == 1 else "~"


def ratio_columns(run: Run) -> list[tuple[str, str, str]]:
    """(label, numerator, denominator): every server against Oxigraph server, and the publisher
    against each of the others."""
    columns = []
    if OXIGRAPH in run.servers:
        columns += [(f"{s}/{OXIGRAPH}", s, OXIGRAPH) for s in run.servers if s != OXIGRAPH]
    if PUBLISHER in run.servers:
        others = [s for s in run.servers if s not in (PUBLISHER, OXIGRAPH)]
        columns += [(f"{PUBLISHER}/{s}", PUBLISHER, s) for s in others]
    return columns


def geometric_means(run: Run, group: str | None) -> dict[str, tuple[float | None, int, str]]:
    """Per ratio column: geometric mean, how many workloads it covers, whether bounds entered."""
    means = {}
    for label, top, bottom in ratio_columns(run):
        values, bounds = [], set()
        for workload in run.workloads:
            if group and workload.group != group:
                continue
            value, bound = _ratio(
                run.outcomes.get((workload.name, top)), run.outcomes.get((workload.name, bottom))
            )
            if value:
                values.append(math.log(value))
                bounds.add(bound)
        mean = math.exp(sum(values) / len(values)) if values else None
        means[label] = (mean, len(values), _combined(bounds))
    return means


def throughput_table(run: Run) -> list[str]:
    columns = ratio_columns(run)
    head = ["workload", *[f"{s} req/s" for s in run.servers], *[label for label, _, _ in columns]]
    lines = [_row(head), _row(["---"] + ["---:"] * (len(head) - 1))]
    for workload in run.workloads:
        cells = [workload.name]
        for server in run.servers:
            outcome = run.outcomes.get((workload.name, server))
            cells.append(_rate_cell(outcome))
        for _, top, bottom in columns:
            cells.append(
                _show_ratio(
                    *_ratio(
                        run.outcomes.get((workload.name, top)),
                        run.outcomes.get((workload.name, bottom)),
                    )
                )
            )
        lines.append(_row(cells))
    for group in (None, "cookbook", "synthetic", "dereferencing"):
        means = geometric_means(run, group)
        cells = [f"**geomean {group or 'all'}**"] + [""] * len(run.servers)
        for label, _, _ in columns:
            mean, count, bound = means[label]
            shown = _show_ratio(mean, bound)
            cells.append(f"**{shown}** ({count})" if mean else "—")
        lines.append(_row(cells))
    return lines


def _rate_cell(outcome: Outcome | None) -> str:
    if outcome is None:
        return "n/a"
    if outcome.mode == "error":
        status = outcome.check.status if outcome.check else "?"
        return f"error {status}"
    text = _number(outcome.rate_for_ratio, outcome.bounded)
    if outcome.mode == "single" and not outcome.bounded:
        text += "¹"
    if any(outcome.failures.values()):
        text += " ⚠"
    return text


def spread_line(run: Run) -> str:
    """How much the rounds disagree: (max - min) / median of each workload's rates, the median
    of that over the workloads, per server. Ratios smaller than this are noise."""
    parts = []
    for server in run.servers:
        spreads = []
        for (_, name), outcome in run.outcomes.items():
            rates = [s.good / s.seconds for s in outcome.samples if s.seconds > 0]
            if name == server and outcome.mode == "wrk" and len(rates) > 1:
                middle = statistics.median(rates)
                if middle > 0:
                    spreads.append((max(rates) - min(rates)) / middle)
        if spreads:
            parts.append(f"{server} {100 * statistics.median(spreads):.0f} %")
    if not parts:
        return "Spread between rounds: one round only."
    return (
        "Spread between rounds ((max - min) / median, median over workloads): "
        + ", ".join(parts)
        + "."
    )


def foreign_line(run: Run) -> str:
    """Share of the machine's CPU that other processes took while the servers were measured."""
    shares = [s.foreign_share for outcome in run.outcomes.values() for s in outcome.samples]
    if not shares:
        return ""
    mean = 100 * statistics.mean(shares)
    text = (
        f"Other processes on the machine used {mean:.1f} % of its CPU during the measurements "
        f"(at worst {100 * max(shares):.0f} % during one run)."
    )
    if mean > 5:
        text = "**Warning: the machine was not quiet.** " + text + " The numbers are disturbed."
    return text


def latency_table(run: Run) -> list[str]:
    head = ["workload", *[f"{s} p50 / p99 ms" for s in run.servers]]
    head += [f"{s} CPU ms/req" for s in run.servers]
    lines = [_row(head), _row(["---"] + ["---:"] * (len(head) - 1))]
    for workload in run.workloads:
        cells = [workload.name]
        outcomes = [run.outcomes.get((workload.name, s)) for s in run.servers]
        for outcome in outcomes:
            if outcome is None or outcome.p50_ms is None:
                cells.append("n/a" if outcome is None else "—")
            else:
                cells.append(f"{_number(outcome.p50_ms)} / {_number(outcome.p99_ms)}")
        for outcome in outcomes:
            cells.append(_number(outcome.cpu_ms_per_request) if outcome else "n/a")
        lines.append(_row(cells))
    return lines


def answers_table(run: Run) -> list[str]:
    """What one request returned on each server, to see that they answer the same thing."""
    head = ["workload", "group", *run.servers, "note"]
    lines = [_row(head), _row(["---"] * len(head))]
    for workload in run.workloads:
        cells = [workload.name, workload.group]
        sizes = set()
        for server in run.servers:
            outcome = run.outcomes.get((workload.name, server))
            check = outcome.check if outcome else None
            if check is None:
                cells.append("n/a")
            elif check.error:
                cells.append(f"{check.status or 'no answer'}: {check.error}"[:80])
            else:
                sizes.add((check.size, check.unit))
                cells.append(f"{check.size} {check.unit} in {check.seconds * 1000:.0f} ms")
        note = workload.note
        if workload.group in ("cookbook", "synthetic") and len(sizes) > 1:
            note = (note + "; " if note else "") + "**answers differ**"
        lines.append(_row([*cells, note]))
    return lines


def failures_lines(run: Run) -> list[str]:
    lines = []
    for (name, server), outcome in run.outcomes.items():
        counts = {k: v for k, v in outcome.failures.items() if v}
        if outcome.mode in ("error", "timeout") and outcome.check:
            lines.append(f"- {name} on {server}: {outcome.check.error or outcome.mode}")
        elif counts:
            shown = ", ".join(f"{v} {k}" for k, v in counts.items())
            total = sum(s.requests for s in outcome.samples)
            lines.append(f"- {name} on {server}: {shown} (of {total} requests)")
    return lines or ["- none"]


def memory_table(run: Run) -> list[str]:
    lines = [
        "| server | start-up s | RSS idle MiB | peak RSS MiB (tree, sampled) | peak PSS MiB | "
        "Σ VmHWM MiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for server in run.servers:
        peak = Memory()
        for (_, name), outcome in run.outcomes.items():
            if name == server:
                peak = peak.peak(outcome.peak)
        lines.append(
            _row(
                [
                    server,
                    f"{run.startup.get(server, 0):.1f}",
                    _mib(run.idle_rss.get(server, 0)),
                    _mib(peak.rss),
                    _mib(peak.pss),
                    _mib(peak.hwm),
                ]
            )
        )
    return lines


def _mib(value: int) -> str:
    return f"{value / 2**20:.0f}"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def markdown(run: Run) -> str:
    settings = ", ".join(f"{k} {v}" for k, v in run.settings.items())
    parts = [
        f"# Benchmark: benelux-kg against Oxigraph server and rdflib-endpoint ({run.scale})",
        "",
        f"Run {run.started}, {run.wall_seconds / 60:.1f} min. Dataset `{run.dataset}`: "
        f"{run.quads} quads. {settings}.",
        "",
        "## Machine and versions",
        "",
        *[f"- {k}: {v}" for k, v in run.machine.items()],
        *[f"- {k}: {v}" for k, v in run.versions.items()],
        "",
        "## Throughput (good answers per second) and ratios",
        "",
        "Ratio > 1: the first server is faster. `⚠`: some requests failed (below); `¹`: too slow "
        "for wrk, timed one request at a time; `<x`: no answer within the time limit, so at most "
        "one per limit, and ratios with it are bounds (`≤`, `≥`; `~` when a mean mixes both). "
        "doc-turtle compares the publisher's `/doc/…` Turtle with a CONSTRUCT of the entity's "
        "triples on the others.",
        "",
        *throughput_table(run),
        "",
        spread_line(run),
        "",
        foreign_line(run),
        "",
        "## Latency and CPU per request",
        "",
        "p50/p99: median over the rounds of each round's percentile (wrk's histogram). CPU: user + "
        "system time of the server's process tree (forked workers included) per good answer.",
        "",
        *latency_table(run),
        "",
        "## Memory",
        "",
        "RSS sums the tree's processes (the publisher's forked workers share the store "
        "copy-on-write, which RSS counts once per process and PSS splits between them).",
        "",
        *memory_table(run),
        "",
        "## Failures",
        "",
        *failures_lines(run),
        "",
        "## One request each, before the runs",
        "",
        *answers_table(run),
        "",
        "## Commands",
        "",
        "```sh",
        *run.commands,
        "```",
        "",
        "## Notes",
        "",
        *[f"- {note}" for note in run.notes],
        "",
    ]
    return "\n".join(parts)


def summary(run: Run) -> str:
    lines = [f"== {run.scale}: {run.quads} quads, {run.settings.get('rounds')} rounds =="]
    return "\n".join([*lines, *throughput_table(run), spread_line(run), foreign_line(run)])


def raw(run: Run) -> str:
    """Every sample, for anyone who wants to recompute the tables differently."""
    data = {
        "scale": run.scale,
        "quads": run.quads,
        "settings": run.settings,
        "versions": run.versions,
        "machine": run.machine,
        "outcomes": [
            {
                "workload": name,
                "server": server,
                "mode": outcome.mode,
                "check": asdict(outcome.check) if outcome.check else None,
                "samples": [asdict(sample) for sample in outcome.samples],
            }
            for (name, server), outcome in run.outcomes.items()
        ],
    }
    return json.dumps(data, indent=1)


def write(run: Run, folder: Path, stem: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stem}.md"
    target.write_text(markdown(run), encoding="utf-8")
    (folder / f"{stem}.json").write_text(raw(run), encoding="utf-8")
    return target
