"""The datasets to serve, and the IRIs the varying workloads draw from.

The build's own dump is always there (built if missing); synthetic dumps of 10k, 100k and 1M come
from `--data-*` files or from `benelux-kg synth` when that command exists.
"""

from __future__ import annotations

import random
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from environment import ROOT, VENV_BIN, log

BUILD_DUMP = ROOT / "build" / "dataset" / "benelux-kg.nq"
SYNTH_DIR = ROOT / "build" / "bench"
ID_PREFIX = "https://w3id.org/benelux-kg/id/"
SCALES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

PREFIXES = """
PREFIX bkg: <https://w3id.org/benelux-kg/def/bkg#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# One query per pool of constants the synthetic workload varies (see bench/queries/*.rq).
POOL_QUERIES = {
    "achievements": "SELECT DISTINCT ?x WHERE { ?x a bkg:Achievement ; bkg:sourcePassage ?p }",
    "things": """SELECT DISTINCT ?x WHERE {
        { ?x a ?class VALUES ?class { bkg:Country bkg:Region org:Organization } }
        UNION { ?a bkg:instrument ?x } }""",
    "themes": """SELECT DISTINCT ?x WHERE {
        ?x skos:inScheme <https://w3id.org/benelux-kg/id/scheme/theme> }""",
    "countries": "SELECT DISTINCT ?x WHERE { ?x a bkg:Country }",
    "documents": f"""SELECT DISTINCT ?x WHERE {{ ?x ?p ?o
        FILTER (isIRI(?x) && STRSTARTS(STR(?x), "{ID_PREFIX}") && !CONTAINS(STR(?x), "#")) }}""",
}
POOL_LIMIT = 2000  # enough variety to defeat any cache, small enough for wrk's Lua tables


@dataclass
class Dataset:
    """One N-Quads file to serve, with its size and the constants drawn from it."""

    scale: str
    path: Path
    quads: int = 0
    pools: dict[str, list[str]] = field(default_factory=dict)


def ensure_build() -> Path:
    """The project's own build, made with its own command when it is missing."""
    if not BUILD_DUMP.is_file():
        log("build/dataset/benelux-kg.nq is missing: running benelux-kg build")
        subprocess.run([str(VENV_BIN / "benelux-kg"), "build"], cwd=ROOT, check=True)
    return BUILD_DUMP


def synthesize(scale: str, fresh: bool) -> Path | None:
    """build/bench/synth-<scale>.nq, generated once and reused unless `fresh` is asked."""
    target = SYNTH_DIR / f"synth-{scale}.nq"
    if target.is_file() and not fresh:
        return target
    SYNTH_DIR.mkdir(parents=True, exist_ok=True)
    command = [str(VENV_BIN / "benelux-kg"), "synth", "--scale", str(SCALES[scale])]
    log(f"generating {target.relative_to(ROOT)}: {' '.join(command[1:])} --output …")
    result = subprocess.run([*command, "--output", str(target)], cwd=ROOT, check=False)
    if result.returncode != 0 or not target.is_file():
        log(f"benelux-kg synth failed for {scale} (exit {result.returncode}): skipped")
        return None
    return target


def choose(
    explicit: dict[str, str | None],
    with_1m: bool,
    quick: bool,
    fresh: bool,
    only: list[str] | None = None,
) -> tuple[list[Dataset], list[str]]:
    """The datasets of this run, in order of size, and notes on those left out."""
    datasets, notes = [], []
    if not only or "build" in only:
        datasets.append(Dataset("build", ensure_build()))
    for scale in SCALES:
        given = explicit.get(scale)
        if only and scale not in only:
            continue
        if given:
            if Path(given).is_file():
                datasets.append(Dataset(scale, Path(given).resolve()))
            else:
                notes.append(f"--data-{scale} {given}: no such file, skipped")
        elif scale == "1m" and not with_1m:
            continue
        elif quick:
            notes.append(f"{scale}: not run in --quick mode")
        else:
            path = synthesize(scale, fresh)
            if path:
                datasets.append(Dataset(scale, path))
            else:
                notes.append(f"{scale}: `benelux-kg synth` failed")
    return datasets, notes


def load_pools(dataset: Dataset, seed: int) -> None:
    """Count the quads and draw the IRIs the synthetic workloads pick from at random."""
    store = pyoxigraph.Store()
    store.load(path=str(dataset.path), format=pyoxigraph.RdfFormat.N_QUADS)
    dataset.quads = len(store)
    rng = random.Random(seed)
    for pool, query in POOL_QUERIES.items():
        solutions = store.query(PREFIXES + query, use_default_graph_as_union=True)
        iris = sorted(solution["x"].value for solution in solutions)
        rng.shuffle(iris)
        dataset.pools[pool] = iris[:POOL_LIMIT]
    del store
