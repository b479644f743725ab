"""CPU time and memory of a server's whole process tree, read from /proc.

The publisher forks query workers, so its own PID alone would miss most of the work; Oxigraph is
one process with threads. Summing over the tree treats both the same way.
"""

from __future__ import annotations

import os
import threading
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
