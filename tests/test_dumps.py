"""Every dump round-trips to the same graph, and two builds are byte-identical."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from publisher.dumps import DUMP_NAME, serialize, write_dumps
from publisher.formats import DUMP_FORMATS, JSON_LD, Format

from .conftest import ROOT


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
            assert isomorphic(parsed.graph(name), dataset.graph(name)), name
    else:
        parsed_graph = Graph().parse(path, format=fmt.rdflib_name)
        assert isomorphic(parsed_graph, union)


def test_json_ld_has_an_inline_context_only(dataset: Dataset) -> None:
    text = serialize(dataset, JSON_LD).decode("utf-8")
    assert '"@context": {' in text
    assert "http://schema.org/docs" not in text and '"@context": "http' not in text


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "publisher", "build", "--output", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        outputs.append(out / "dataset")
    first = sorted(p.name for p in outputs[0].iterdir())
    assert first == sorted(p.name for p in outputs[1].iterdir())
    assert len(first) == 2 * len(DUMP_FORMATS)
    for name in first:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name
