"""Assemble the publishable dataset from the curated files and the report sources.

Pure apart from reading its inputs: the curated files and each report's source file. It checks
what SHACL cannot point at a file and line for (terms outside the ontology, references to things
nobody describes, passages that are not where they say), derives what must not be typed by hand
(a passage's reading text and lines, the report's full text, the super-properties of every role),
and names blank nodes canonically so that the same inputs always give the same dataset.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from ..core import uris
from ..core.languages import REPORT_LANGUAGE_TAGS
from ..core.namespaces import BKG, ID, OA
from ..core.project import Project
from ..errors import BuildError
from .curated import CuratedFile, read_all
from .entail import entail
from .source import SourceText, read_source, reading_text


@dataclass(frozen=True)
class Built:
    """The dataset, and the files it came from (to point a problem at its file and line)."""

    dataset: Dataset
    files: tuple[CuratedFile, ...]

    def where(self, iri: str) -> tuple[Path, int | None] | None:
        """The curated file (and line) that describes `iri`, if any."""
        subject = URIRef(iri)
        for curated in self.files:
            if (subject, None, None) in curated.graph:
                return curated.path, curated.line_of(iri)
        return None


def build_dataset(root: Path) -> Built:
    """Build the dataset of the project at `root`."""
    project = Project(root)
    files = tuple(read_all(project))
    ontology_terms = _ontology_terms(f.graph for f in files if f.graph_name == uris.ONTOLOGY_GRAPH)
    for curated in files:
        if curated.graph_name != uris.ONTOLOGY_GRAPH:
            _check_terms(curated, ontology_terms)
    _check_references(files)
    dataset = Dataset(default_union=True)
    for curated in files:
        target = dataset.graph(curated.graph_name)
        target += curated.graph
    report_ids = [report_dir.name for report_dir in project.report_dirs()]
    for report_id in report_ids:
        _derive_from_source(dataset, files, project, report_id)
    entail(dataset, report_ids)
    return Built(_canonical(dataset), files)


def _ontology_terms(graphs: Iterable[Graph]) -> set[URIRef]:
    terms: set[URIRef] = set()
    for graph in graphs:
        terms.update(s for s in graph.subjects(RDFS.isDefinedBy, None) if isinstance(s, URIRef))
    return terms


def _check_terms(curated: CuratedFile, defined: set[URIRef]) -> None:
    """Every bkg: term a data file uses must be a term of the ontology."""
    namespace = str(BKG._NS)
    for term in sorted({n for t in curated.graph for n in t if isinstance(n, URIRef)}):
        if str(term).startswith(namespace) and term not in defined:
            local = str(term)[len(namespace) :]
            names = [str(t)[len(namespace) :] for t in defined]
            close = difflib.get_close_matches(local, names, n=1)
            hint = f"; did you mean bkg:{close[0]}?" if close else ""
            raise BuildError(
                curated.path,
                _line_of_text(curated.path, f"bkg:{local}"),
                f"bkg:{local} is not a term of the ontology (ontology/bkg.ttl){hint}",
            )


def _check_references(files: tuple[CuratedFile, ...]) -> None:
    """Every thing of ours that a file points to must be typed in some file (no dangling links)."""
    typed = {s for f in files for s in f.graph.subjects(RDF.type, None)}
    for curated in files:
        for _, _, obj in sorted(curated.graph):
            if isinstance(obj, URIRef) and str(obj).startswith(str(ID)) and obj not in typed:
                raise BuildError(
                    curated.path,
                    curated.line_of(str(obj)),
                    f"<{obj}> is used but described nowhere: check its spelling, or describe it"
                    " (with rdf:type) in data/",
                )


def _derive_from_source(
    dataset: Dataset, files: tuple[CuratedFile, ...], project: Project, report_id: str
) -> None:
    stated = uris.report_graphs(report_id).stated
    graph = dataset.graph(stated)
    curated = [f for f in files if f.graph_name == stated]
    report, source = _report_and_source(graph, curated, project, report_id)
    tagged = graph.value(report, DCTERMS.language)
    language = REPORT_LANGUAGE_TAGS.get(tagged) if isinstance(tagged, URIRef) else None
    graph.add((report, BKG.sourceText, Literal(source.text)))
    for passage in sorted(graph.subjects(PROV.wasQuotedFrom, report), key=str):
        if isinstance(passage, URIRef):
            _derive_passage(graph, passage, source, language, curated)
    _check_cited_once(graph, curated)


def _report_and_source(
    graph: Graph, curated: list[CuratedFile], project: Project, report_id: str
) -> tuple[URIRef, SourceText]:
    """The one bkg:Report a report folder describes, and its source file, read."""
    reports = sorted(graph.subjects(BKG.sourceFile, None), key=str)
    if len(reports) != 1 or not isinstance(reports[0], URIRef):
        described_in = ", ".join(
            str(f.path) for f in curated if any(f.graph.subjects(BKG.sourceFile, None))
        )
        raise BuildError(
            described_in or project.reports / report_id,
            None,
            f"a report folder must describe exactly one bkg:Report"
            f" with bkg:sourceFile; found {len(reports)}",
        )
    report = reports[0]
    source_path = project.data / str(graph.value(report, BKG.sourceFile))
    if not source_path.is_file():
        path, line = _where(curated, report)
        raise BuildError(
            path,
            line,
            f"bkg:sourceFile names {source_path}, which does not"
            f" exist: copy the report's text file into"
            f" {project.sources.relative_to(project.root)}/",
        )
    return report, read_source(source_path)


# Line numbers are xsd:integer, not xsd:positiveInteger: Oxigraph stores every integer subtype as
# xsd:integer, and the endpoint must serve what the dumps hold.
def _derive_passage(
    graph: Graph,
    passage: URIRef,
    source: SourceText,
    language: str | None,
    curated: list[CuratedFile],
) -> None:
    start, end, exact = (graph.value(passage, p) for p in (OA.start, OA.end, OA.exact))
    if not (isinstance(start, Literal) and isinstance(end, Literal) and exact is not None):
        _fail_passage(passage, curated, "a passage needs oa:start, oa:end and oa:exact")
    begin, finish, quoted = int(start), int(end), str(exact)
    if source.span(begin, finish) != quoted:
        found = _occurrences(source.text, quoted)
        hint = (
            f"; the text stands at oa:start {found[0]} ; oa:end {found[0] + len(quoted)}"
            if len(found) == 1
            else "; the text is not in the file as written"
            if not found
            else f"; the text stands {len(found)} times in the file"
        )
        _fail_passage(
            passage,
            curated,
            f"oa:exact is not the file's text at {begin}-{finish} of {source.path.name}{hint}",
        )
    graph.add((passage, BKG.readingText, Literal(reading_text(quoted), lang=language)))
    graph.add((passage, BKG.firstLine, Literal(source.line_of(begin), datatype=XSD.integer)))
    graph.add(
        (
            passage,
            BKG.lastLine,
            Literal(source.line_of(max(begin, finish - 1)), datatype=XSD.integer),
        )
    )


def _check_cited_once(graph: Graph, curated: list[CuratedFile]) -> None:
    """No two achievements may cite overlapping passages: each bullet is one achievement."""
    spans = []
    for achievement in graph.subjects(RDF.type, BKG.Achievement):
        passage = graph.value(achievement, BKG.sourcePassage)
        start, end = graph.value(passage, OA.start), graph.value(passage, OA.end)
        if isinstance(start, Literal) and isinstance(end, Literal):
            spans.append((int(start), int(end), str(achievement)))
    spans.sort()
    for (_, first_end, first), (second_start, _, second) in zip(spans, spans[1:], strict=False):
        if second_start < first_end:
            _fail_passage(
                URIRef(f"{second}"),
                curated,
                f"cites text that <{first}> cites"
                " too: a bullet of the report is cited by one achievement only",
            )


def _fail_passage(passage: URIRef, curated: list[CuratedFile], problem: str) -> NoReturn:
    path, line = _where(curated, passage)
    raise BuildError(path, line, f"<{passage}>: {problem}")


def _where(curated: list[CuratedFile], subject: URIRef) -> tuple[Path | str, int | None]:
    """The report's file (and line) that describes `subject`; the report folder if none does."""
    for file in curated:
        if (subject, None, None) in file.graph:
            return file.path, file.line_of(str(subject))
    return curated[0].path.parent, None


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0 and needle:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _line_of_text(path: Path, needle: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return None


def _canonical(dataset: Dataset) -> Dataset:
    """The same dataset with blank nodes named from their content, triples in a fixed order."""
    result = Dataset(default_union=True)
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        name = uris.graph_slug(str(graph.identifier))
        target = result.graph(graph.identifier)
        canonical = to_canonical_graph(graph)
        for s, p, o in sorted(canonical, key=_sort_key):
            target.add((_rename(s, name), p, _rename(o, name)))
    return result


def _rename(node: Node, graph_name: str) -> Node:
    return BNode(f"{graph_name}-{node}") if isinstance(node, BNode) else node


def _sort_key(triple: tuple[Node, Node, Node]) -> tuple[str, ...]:
    return tuple(node.n3() for node in triple)
