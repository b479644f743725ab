"""Run the SHACL shapes with pySHACL and return a typed report.

Knows nothing of HTTP or exit codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pyshacl
from rdflib import BNode, Dataset, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from . import uris

Locator = Callable[[str], "tuple[Path, int | None] | None"]


@dataclass(frozen=True)
class Violation:
    """One validation result, in words a curator can act on."""

    focus: str
    path: str | None
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
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
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    @property
    def errors(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "Violation")

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity != "Violation")

    def located(self, locate: Locator) -> Report:
        """The same report with each result pointing at the file and line of its focus node."""
        results = []
        for violation in self.violations:
            found = locate(violation.focus)
            where = None if found is None else f"{found[0]}:{found[1] or '?'}"
            results.append(replace(violation, where=where))
        return Report(self.conforms, tuple(results))


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


def validate(data: Graph, shapes: Graph) -> Report:
    """Validate `data` against `shapes`; warnings never make it non-conformant."""
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=True
    )
    assert isinstance(results, Graph)
    violations = sorted(_violations(results), key=lambda v: (v.severity, v.focus, v.path or ""))
    return Report(bool(conforms), tuple(violations))


def _violations(results: Graph) -> list[Violation]:
    found = []
    # Only the report's own results: nested sh:detail results repeat them on other nodes.
    for result in results.objects(None, SH.result):
        severity = results.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=_text(results.value(result, SH.resultPath)),
                message=str(results.value(result, SH.resultMessage) or "(no message)"),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                shape=_text(results.value(result, SH.sourceShape)),
                value=_text(results.value(result, SH.value)),
            )
        )
    return found


def _text(node: Node | None) -> str | None:
    """A result's term as text; blank nodes (anonymous paths, shapes) say nothing to a reader."""
    return None if node is None or isinstance(node, BNode) else str(node)
