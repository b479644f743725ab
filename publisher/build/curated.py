"""Find the project's curated Turtle files, parse them, and say which named graph each one feeds.

Layout (relative to the project root)::

    ontology/*.ttl                      -> graph/ontology
    shapes/*.ttl                        -> graph/shapes
    data/schemes/*.ttl                  -> graph/schemes
    data/reference/*.ttl                -> graph/reference
    data/reports/<id>/*.ttl             -> graph/report/<id>
    data/reports/<id>/*.translations.ttl -> graph/report/<id>/translations
    data/reports/<id>/*.official-translations.ttl -> graph/report/<id>/official-translations
    data/reports/<id>/*.inferences.ttl  -> graph/report/<id>/inferences

Adding a report is adding a folder under data/reports/ (and its source file under data/source/).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from ..core import uris
from ..core.project import Project
from ..core.turtle import read_turtle

TRANSLATIONS_SUFFIX = ".translations.ttl"
OFFICIAL_TRANSLATIONS_SUFFIX = ".official-translations.ttl"
INFERENCES_SUFFIX = ".inferences.ttl"


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


def curated_files(project: Project) -> Iterator[tuple[Path, URIRef, str | None]]:
    """(path, graph, report id) for every curated file, in a fixed order."""
    for folder, graph in (
        (project.ontology, uris.ONTOLOGY_GRAPH),
        (project.shapes, uris.SHAPES_GRAPH),
        (project.schemes, uris.SCHEMES_GRAPH),
        (project.reference, uris.REFERENCE_GRAPH),
    ):
        for path in sorted(folder.glob("*.ttl")):
            yield path, graph, None
    for report_dir in project.report_dirs():
        graphs = uris.report_graphs(report_dir.name)
        for path in sorted(report_dir.glob("*.ttl")):
            if path.name.endswith(OFFICIAL_TRANSLATIONS_SUFFIX):
                yield path, graphs.official_translations, report_dir.name
            elif path.name.endswith(TRANSLATIONS_SUFFIX):
                yield path, graphs.translations, report_dir.name
            elif path.name.endswith(INFERENCES_SUFFIX):
                yield path, graphs.inferences, report_dir.name
            else:
                yield path, graphs.stated, report_dir.name


#: How a drafted suggestion stands in a file: a commented-out line, accepted by removing "#?".
SUGGESTION_MARK = "#?"
#: How a drafted file begins until a curator has reviewed it: the build writes nothing meanwhile.
DRAFT_MARK = "# DRAFT"


@dataclass(frozen=True)
class OpenSuggestions:
    path: Path
    first_line: int
    count: int


def open_suggestions(files: list[CuratedFile] | tuple[CuratedFile, ...]) -> list[OpenSuggestions]:
    """The suggestions `benelux-kg draft` wrote that nobody has accepted or rejected yet."""
    found = []
    for curated in files:
        lines = curated.path.read_text(encoding="utf-8").splitlines()
        marked = [n for n, line in enumerate(lines, start=1) if line.startswith(SUGGESTION_MARK)]
        if marked:
            found.append(OpenSuggestions(curated.path, marked[0], len(marked)))
    return found


def drafts(files: list[CuratedFile] | tuple[CuratedFile, ...]) -> list[Path]:
    """The files `benelux-kg draft` wrote that still begin with its mark: not reviewed yet."""
    return [
        curated.path
        for curated in files
        if curated.path.read_text(encoding="utf-8").startswith(DRAFT_MARK)
    ]


def read_all(project: Project) -> list[CuratedFile]:
    """Parse every curated file; a syntax error stops with the file, line and problem."""
    return [
        CuratedFile(path, graph_name, read_turtle(path), report_id)
        for path, graph_name, report_id in curated_files(project)
    ]


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
