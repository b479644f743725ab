"""Every dump round-trips to the same graphs, and two builds are byte-identical."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from publisher.build.dumps import write_dumps
from publisher.core.formats import DUMP_FORMATS, JSON_LD, Format
from publisher.core.release import DUMP_NAME
from publisher.core.serialize import serialize

from ..support import ROOT, canonical

#: Builds the dataset and writes its dumps, as `benelux-kg build` does once it has validated.
BUILD = (
    "import sys; from pathlib import Path;"
    "from publisher.build.assemble import build_dataset;"
    "from publisher.build.dumps import write_dumps;"
    "write_dumps(build_dataset(Path(sys.argv[1])).dataset, Path(sys.argv[2]))"
)


@pytest.fixture(scope="module")
def dumps(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dumps")
    write_dumps(dataset, folder)
    return folder


@pytest.mark.parametrize("fmt", DUMP_FORMATS, ids=lambda f: f.suffix)
def test_dump_round_trips(fmt: Format, dumps: Path, dataset: Dataset, union: Graph) -> None:
    path = dumps / f"{DUMP_NAME}.{fmt.suffix}"
    assert gzip.decompress((dumps / f"{path.name}.gz").read_bytes()) == path.read_bytes()
    if fmt.keeps_graphs:
        parsed = Dataset()
        parsed.parse(path, format=fmt.rdflib_name)
        names = {g.identifier for g in dataset.graphs() if len(g)}
        assert {g.identifier for g in parsed.graphs() if len(g)} == names
        for name in names:
            assert canonical(parsed.graph(name)) == canonical(dataset.graph(name)), name
    else:
        assert canonical(Graph().parse(path, format=fmt.rdflib_name)) == canonical(union)


def test_json_ld_has_an_inline_context_only(dataset: Dataset) -> None:
    text = serialize(dataset, JSON_LD).decode("utf-8")
    assert '"@context": {' in text
    assert "http://schema.org/docs" not in text and '"@context": "http' not in text


def test_builds_are_byte_identical_whatever_the_hash_seed(dumps: Path, tmp_path: Path) -> None:
    """Two builds in processes with other hash seeds, side by side, write the bytes this one did."""
    outputs = [tmp_path / f"seed-{seed}" for seed in ("1", "2")]
    builds = [
        subprocess.Popen(
            [sys.executable, "-c", BUILD, str(ROOT), str(output)],
            env={**os.environ, "PYTHONHASHSEED": output.name.removeprefix("seed-")},
            stderr=subprocess.PIPE,
        )
        for output in outputs
    ]
    for build in builds:
        _, error = build.communicate(timeout=300)
        assert build.returncode == 0, error.decode()
    names = sorted(p.name for p in dumps.iterdir())
    assert len(names) == 2 * len(DUMP_FORMATS)
    for output in outputs:
        assert sorted(p.name for p in output.iterdir()) == names
        for name in names:
            assert (output / name).read_bytes() == (dumps / name).read_bytes(), name
