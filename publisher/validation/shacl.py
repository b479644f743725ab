"""Run the SHACL shapes with pySHACL and return a typed report.

Knows nothing of HTTP or exit codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import pyshacl
from rdflib import BNode, Dataset, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from ..core import uris

Severity = Literal["Violation", "Warning", "Info"]
Locator = Callable[[str], "tuple[Path, int | None] | None"]


@dataclass(frozen=True)
class ValidationResult:
    """One validation result (a violation, a warning or an info), in words a curator can act on."""

    focus: str
    path: str | None
    message: str
    severity: Severity
    shape: str | None = None
    value: str | None = None
    where: str | None = None  # "file:line" of the curated data that describes the focus node

    def __str__(self) -> str:
        lines = [f"[{self.severity}] <{self.focus}>"]
        if self.path:
            lines.append(f"  path:    <{self.path}>")
        if self.value:
            lines.append(f"  value:   {self.value}")
        lines.append(f"  message: {self.message}")
        if self.shape:
            lines.append(f"  shape:   <{self.shape}>")
        if self.where:
            lines.append(f"  where:   {self.where}")
        return "\n".join(lines)


@dataclass(frozen=True)
class ValidationReport:
    """Whether the data conforms, and every result: only violations break conformance."""

    conforms: bool
    results: tuple[ValidationResult, ...]

    @property
    def errors(self) -> tuple[ValidationResult, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[ValidationResult, ...]:
        return tuple(r for r in self.results if r.severity != "Violation")

    def located(self, locate: Locator) -> ValidationReport:
        """The same report with each result pointing at the file and line of its focus node."""
        results = []
        for result in self.results:
            found = locate(result.focus)
            where = None if found is None else f"{found[0]}:{found[1] or '?'}"
            results.append(replace(result, where=where))
        return ValidationReport(self.conforms, tuple(results))


def data_graph(dataset: Dataset) -> Graph:
    """Everything but the shapes: the graph the shapes are run on."""
    data = Graph()
    for graph in dataset.graphs():
        if graph.identifier != uris.SHAPES_GRAPH:
            data += graph
    return data


def shapes_graph(dataset: Dataset) -> Graph:
    shapes = Graph()
    shapes += dataset.graph(uris.SHAPES_GRAPH)
    return shapes


def validate(data: Graph, shapes: Graph) -> ValidationReport:
    """Validate `data` against `shapes`; warnings never make it non-conformant."""
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=True
    )
    assert isinstance(results, Graph)
    found = sorted(_results(results), key=lambda r: (r.severity, r.focus, r.path or ""))
    return ValidationReport(bool(conforms), tuple(found))


def _results(report: Graph) -> list[ValidationResult]:
    found = []
    # Only the report's own results: nested sh:detail results repeat them on other nodes.
    for result in report.objects(None, SH.result):
        found.append(
            ValidationResult(
                focus=str(report.value(result, SH.focusNode)),
                path=_text(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or "(no message)"),
                severity=_severity(report.value(result, SH.resultSeverity)),
                shape=_text(report.value(result, SH.sourceShape)),
                value=_text(report.value(result, SH.value)),
            )
        )
    return found


def _severity(node: Node | None) -> Severity:
    if node == SH.Warning:
        return "Warning"
    if node == SH.Info:
        return "Info"
    return "Violation"


def _text(node: Node | None) -> str | None:
    """A result's term as text; blank nodes (anonymous paths, shapes) say nothing to a reader."""
    return None if node is None or isinstance(node, BNode) else str(node)
