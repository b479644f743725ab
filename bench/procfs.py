"""CPU time and memory of a server's whole process tree, read from /proc.

The publisher forks query workers, so its own PID alone would miss most of the work; Oxigraph is
one process with threads. Summing over the tree treats both the same way.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Memory:
    """Sums over a process tree, in bytes. VmHWM double-counts pages shared by forked workers;
    PSS splits them between the processes that share them, so it is the fairer sum."""

    rss: int = 0
    hwm: int = 0
    pss: int = 0

    def peak(self, other: Memory) -> Memory:
        return Memory(max(self.rss, other.rss), max(self.hwm, other.hwm), max(self.pss, other.pss))


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name, which may itself hold spaces."""
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()


def process_tree(root: int) -> list[int]:
    """The root and all its live descendants (children are found through their parent PID)."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields:
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, []))
    return tree


def cpu_seconds(root: int) -> float:
    """User + system time of the live tree, plus what its reaped children used (cutime, cstime),
    so a query worker that was killed and replaced still counts."""
    ticks = 0
    for pid in process_tree(root):
        fields = _stat_fields(pid)
        if fields:
            # After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
            ticks += sum(int(value) for value in fields[11:15])
    return ticks / CLOCK_TICKS


def _status_kib(pid: int, *keys: str) -> dict[str, int]:
    values = dict.fromkeys(keys, 0)
    for name in ("status", "smaps_rollup"):
        try:
            lines = (PROC / str(pid) / name).read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            key, _, rest = line.partition(":")
            if key in values and rest.strip():
                values[key] = int(rest.split()[0])
    return values


def memory(root: int) -> Memory:
    """Resident memory of the tree now (RSS, PSS) and the sum of each process's peak (VmHWM)."""
    total = Memory()
    for pid in process_tree(root):
        kib = _status_kib(pid, "VmRSS", "VmHWM", "Pss")
        total = Memory(
            total.rss + kib["VmRSS"] * 1024,
            total.hwm + kib["VmHWM"] * 1024,
            total.pss + kib["Pss"] * 1024,
        )
    return total


class MemorySampler:
    """Samples a tree's memory in the background while a load runs: RSS of a sum of processes
    has no kernel-kept peak, so the peak has to be watched."""

    def __init__(self, root: int, interval: float = 0.25) -> None:
        self.root = root
        self.interval = interval
        self.peak = memory(root)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = self.peak.peak(memory(self.root))

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = self.peak.peak(memory(self.root))


def machine_busy_seconds() -> float:
    """CPU time the whole machine has spent busy (all cores), from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


def own_cpu_seconds() -> float:
    """This process and its reaped children (wrk): the harness's own share of the machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class ForeignCpu:
    """CPU used during a measurement by processes that are neither the servers nor the harness
    (someone's test suite, say): a benchmark run beside them measures them too, so the report
    says how much there was."""

    def __init__(self, roots: list[int]) -> None:
        self.roots = roots
        self.start = self._snapshot()
        self.started = time.monotonic()

    def _snapshot(self) -> float:
        servers = sum(cpu_seconds(root) for root in self.roots)
        return machine_busy_seconds() - own_cpu_seconds() - servers

    def share(self) -> float:
        """Their CPU time since the start, as a fraction of what all cores could have done."""
        wall = (time.monotonic() - self.started) * len(os.sched_getaffinity(0))
        return max(0.0, self._snapshot() - self.start) / wall if wall > 0 else 0.0
