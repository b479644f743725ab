"""Made-up benchmark data: the curated dataset plus years of synthetic reports, as N-Quads lines."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rdflib import Dataset

from ..core.formats import N_QUADS
from ..core.serialize import serialize
from ..errors import PublisherError
from .report import Report, closest
from .vocabulary import read_vocabulary

__all__ = ["FIRST_YEAR", "Progress", "Synthesis", "ProgressBar", "synthesize", "write_synthetic"]

#: The first synthetic year: far enough ahead that no one takes a synthetic report for a real one.
FIRST_YEAR = 3000
#: A long run reports (triples so far, triples asked for, year just made, or None when done).
Progress = Callable[[int, int, int | None], None]


@dataclass(frozen=True)
class Synthesis:
    """What a run made: the sorted N-Quads lines, and how many of them are made up."""

    lines: list[str]
    reports: int
    curated: int

    @property
    def triples(self) -> int:
        return len(self.lines)


def synthesize(
    dataset: Dataset, scale: int, seed: int = 0, progress: Progress | None = None
) -> Synthesis:
    """The built dataset's quads plus synthetic reports, about `scale` triples in all, sorted."""
    curated = _curated(dataset, scale)
    vocabulary = read_vocabulary(dataset)
    master = random.Random(seed)
    lines, reports, full = list(curated), 0, True
    while full:
        year, report_seed = FIRST_YEAR + reports, master.getrandbits(64)
        report = Report(vocabulary, year, report_seed).lines()
        full = len(lines) + len(report) < scale
        if len(lines) + len(report) > scale:
            report = closest(vocabulary, year, report_seed, scale - len(lines))
        if report:
            lines += report
            reports += 1
            if progress:
                progress(len(lines), scale, year)
    if progress:
        progress(len(lines), scale, None)
    lines.sort()
    return Synthesis(lines, reports, len(curated))


def write_synthetic(
    dataset: Dataset, output: Path, scale: int, seed: int = 0, progress: Progress | None = None
) -> Synthesis:
    """Write the synthetic dataset to `output` as N-Quads, one sorted line per quad."""
    made = synthesize(dataset, scale, seed, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(f"{line}\n" for line in made.lines)
    return made


class ProgressBar:
    """Shows a long run moving: one line redrawn on a terminal; elsewhere (a CI log), a line
    each tenth of the way, not one per year."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self._stream = stream
        self._redraw = stream.isatty()
        self._tenths_shown = -1

    def __call__(self, done: int, total: int, year: int | None) -> None:
        share = min(done / total, 1.0) if total else 1.0
        tenths = int(share * 10)
        if not self._redraw and year is not None and tenths == self._tenths_shown:
            return
        self._tenths_shown = tenths
        filled = round(share * 30)
        bar = "#" * filled + "." * (30 - filled)
        where = f", year {year}" if year else ""
        line = f"benelux-kg: synth [{bar}] {share:4.0%} {done} triples{where}"
        if self._redraw:
            end = "\n" if year is None else ""
            print(f"\r{line}   ", end=end, file=self._stream, flush=True)
        else:
            print(line, file=self._stream, flush=True)


def _curated(dataset: Dataset, scale: int) -> list[str]:
    """The built dataset's quads as N-Quads lines, which must not outnumber `scale`."""
    curated = serialize(dataset, N_QUADS).decode("utf-8").splitlines()
    if scale < len(curated):
        raise PublisherError(
            f"--scale {scale} is below the {len(curated)} triples of the curated dataset,"
            " which every synthetic dataset includes"
        )
    return curated
