"""Find the project's curated Turtle files, parse them, and say which named graph each one feeds.

Layout (relative to the project root)::

    ontology/*.ttl                      -> graph/ontology
    shapes/*.ttl                        -> graph/shapes
    data/schemes/*.ttl                  -> graph/schemes
    data/reference/*.ttl                -> graph/reference
    data/reports/<id>/*.ttl             -> graph/report/<id>
    data/reports/<id>/*.translations.ttl -> graph/report/<id>/translations
    data/reports/<id>/*.inferences.ttl  -> graph/report/<id>/inferences

Adding a report is adding a folder under data/reports/ (and its source file under data/source/).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from . import uris
from .errors import BuildError

TRANSLATIONS_SUFFIX = ".translations.ttl"
INFERENCES_SUFFIX = ".inferences.ttl"
_LINE_IN_MESSAGE = re.compile(r"line (\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class CuratedFile:
    """One Turtle file, parsed, with the named graph it belongs to."""

    path: Path
    graph_name: URIRef
    graph: Graph
    report_id: str | None = None

    def line_of(self, iri: str) -> int | None:
        """Line where `iri` first stands as a subject (written in full or with a prefix)."""
        return _line_of(self.path.read_text(encoding="utf-8"), iri, self.graph)


@dataclass(frozen=True)
class Layout:
    """Where the curated files of a project live."""

    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    def report_dirs(self) -> list[Path]:
        return sorted(p for p in (self.data / "reports").glob("*") if p.is_dir())

    def files(self) -> Iterator[tuple[Path, URIRef, str | None]]:
        """(path, graph, report id) for every curated file, in a fixed order."""
        for folder, graph in (
            ("ontology", uris.ONTOLOGY_GRAPH),
            ("shapes", uris.SHAPES_GRAPH),
            ("data/schemes", uris.SCHEMES_GRAPH),
            ("data/reference", uris.REFERENCE_GRAPH),
        ):
            for path in sorted((self.root / folder).glob("*.ttl")):
                yield path, graph, None
        for report_dir in self.report_dirs():
            stated, translations, inferences = uris.report_graphs(report_dir.name)
            for path in sorted(report_dir.glob("*.ttl")):
                if path.name.endswith(TRANSLATIONS_SUFFIX):
                    yield path, translations, report_dir.name
                elif path.name.endswith(INFERENCES_SUFFIX):
                    yield path, inferences, report_dir.name
                else:
                    yield path, stated, report_dir.name


def read_all(layout: Layout) -> list[CuratedFile]:
    """Parse every curated file; a syntax error stops with the file, line and problem."""
    return [
        CuratedFile(path, graph_name, parse_turtle(path), report_id)
        for path, graph_name, report_id in layout.files()
    ]


def parse_turtle(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises BadSyntax, ParserError, ValueError, even IndexError
        message = str(exc)
        match = _LINE_IN_MESSAGE.search(message)
        line = int(match.group(1)) if match else None
        raise BuildError(path, line, f"not valid Turtle: {_first_line(message)}") from exc


def _first_line(message: str) -> str:
    return " ".join(message.split())[:400]


def _line_of(text: str, iri: str, graph: Graph) -> int | None:
    candidates = [f"<{iri}>"]
    for prefix, namespace in graph.namespaces():
        if prefix and iri.startswith(str(namespace)):
            local = iri[len(str(namespace)) :]
            candidates.append(f"{prefix}:{local}")
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        if any(stripped.startswith(c) and _ends_term(stripped, len(c)) for c in candidates):
            return number
    for number, line in enumerate(text.splitlines(), start=1):
        if any(re.search(re.escape(c) + r"(?![\w\-.#/])", line) for c in candidates):
            return number
    return None


def _ends_term(line: str, at: int) -> bool:
    return at >= len(line) or not (line[at].isalnum() or line[at] in "-_#/")
