"""SHACL: the real data conforms, and every shape can fail.

Each file in tests/cases/ adds resources to the real data. A valid case must keep it conformant;
an invalid case names, in `# expect: <focus> <path>` lines, exactly the results it must produce
(`-` for a result without a path).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from publisher.validate import data_graph, shapes_graph, validate

CASES = Path(__file__).parent / "cases"


def cases(kind: str) -> list[object]:
    return [pytest.param(path, id=path.stem) for path in sorted((CASES / kind).glob("*.ttl"))]


def expected(path: Path) -> set[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        (parts[2].strip("<>"), parts[3].strip("<>"))
        for parts in (line.split() for line in lines if line.startswith("# expect:"))
    }


@pytest.fixture(scope="module")
def shapes(dataset: Dataset) -> Graph:
    return shapes_graph(dataset)


@pytest.fixture(scope="module")
def data(dataset: Dataset) -> Graph:
    return data_graph(dataset)


def test_the_real_data_conforms(data: Graph, shapes: Graph) -> None:
    report = validate(data, shapes)
    assert report.errors == (), "\n".join(map(str, report.errors))
    assert report.conforms


def test_there_are_cases_of_both_kinds() -> None:
    assert len(cases("valid")) >= 1 and len(cases("invalid")) >= 10


@pytest.mark.parametrize("path", cases("valid"))
def test_valid_case_conforms(path: Path, data: Graph, shapes: Graph) -> None:
    report = validate(data + Graph().parse(path), shapes)
    assert report.errors == (), "\n".join(map(str, report.errors))


@pytest.mark.parametrize("path", cases("invalid"))
def test_invalid_case_reports_expected_results(path: Path, data: Graph, shapes: Graph) -> None:
    report = validate(data + Graph().parse(path), shapes)
    assert not report.conforms
    found = {(v.focus, v.path or "-") for v in report.errors}
    assert found == expected(path), "\n".join(map(str, report.errors))
