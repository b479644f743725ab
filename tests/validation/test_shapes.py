"""SHACL: the real data conforms, and every shape can fail.

Each file in cases/ adds resources to the real data. A valid case must keep it conformant; an
invalid case names, in `# expect: <focus> <path>` lines, exactly the results it must produce
(`-` for a result without a path).

Most cases only add nodes of their own (`…/case-…`): those are validated together, in one run
over the real data, and each case is given the results on its own nodes (a result on any other
node fails the batch). A case that touches nodes of the real data, or expects a result on a node
it does not describe, is validated alone.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from publisher.validation.shacl import ValidationReport, data_graph, shapes_graph, validate

CASES = Path(__file__).parent / "cases"
Results = set[tuple[str, str]]


def cases(kind: str) -> list[Path]:
    return sorted((CASES / kind).glob("*.ttl"))


def params(kind: str) -> list[object]:
    return [pytest.param(path, id=path.stem) for path in cases(kind)]


def expected(path: Path) -> Results:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        (parts[2].strip("<>"), parts[3].strip("<>"))
        for parts in (line.split() for line in lines if line.startswith("# expect:"))
    }


@cache
def case_graph(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def own_nodes(path: Path) -> set[str]:
    return {str(s) for s in case_graph(path).subjects()}


def results(report: ValidationReport, nodes: set[str] | None = None) -> Results:
    return {(r.focus, r.path or "-") for r in report.errors if nodes is None or r.focus in nodes}


@pytest.fixture(scope="module")
def shapes(dataset: Dataset) -> Graph:
    return shapes_graph(dataset)


@pytest.fixture(scope="module")
def data(dataset: Dataset) -> Graph:
    return data_graph(dataset)


@pytest.fixture(scope="module")
def batched(data: Graph, shapes: Graph) -> tuple[list[Path], ValidationReport]:
    """The cases that only add nodes of their own, validated in one run."""
    known = {str(s) for s in data.subjects()}
    together = [
        path
        for path in cases("valid") + cases("invalid")
        if not own_nodes(path) & known and {focus for focus, _ in expected(path)} <= own_nodes(path)
    ]
    merged = Graph()
    merged += data
    for path in together:
        merged += case_graph(path)
    return together, validate(merged, shapes)


def case_results(
    path: Path, batched: tuple[list[Path], ValidationReport], data: Graph, shapes: Graph
) -> Results:
    together, report = batched
    if path in together:
        return results(report, own_nodes(path))
    return results(validate(data + case_graph(path), shapes))


def test_the_real_data_conforms(data: Graph, shapes: Graph) -> None:
    report = validate(data, shapes)
    assert report.errors == (), "\n".join(map(str, report.errors))
    assert report.conforms


def test_there_are_cases_of_both_kinds() -> None:
    assert len(cases("valid")) >= 1 and len(cases("invalid")) >= 10


def test_the_batch_has_results_only_on_its_cases_nodes(
    batched: tuple[list[Path], ValidationReport],
) -> None:
    together, report = batched
    assert len(together) > len(cases("invalid")) // 2
    nodes = set().union(*(own_nodes(path) for path in together))
    assert results(report) == results(report, nodes)


@pytest.mark.parametrize("path", params("valid"))
def test_valid_case_conforms(
    path: Path, batched: tuple[list[Path], ValidationReport], data: Graph, shapes: Graph
) -> None:
    assert case_results(path, batched, data, shapes) == set()


@pytest.mark.parametrize("path", params("invalid"))
def test_invalid_case_reports_expected_results(
    path: Path, batched: tuple[list[Path], ValidationReport], data: Graph, shapes: Graph
) -> None:
    assert case_results(path, batched, data, shapes) == expected(path)
