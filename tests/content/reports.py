"""The reports of the project, each with its source text, and a store per report."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from publisher.build.source import SourceText, read_source
from publisher.core import uris
from publisher.core.namespaces import BKG
from publisher.core.project import Project
from publisher.engine.store import OxigraphStore

from ..support import ROOT


@dataclass(frozen=True)
class Report:
    folder: str  # its folder under data/reports/, which names its graphs
    iri: URIRef
    source: SourceText
    graph: Graph  # the report's stated graph


def reports_of(dataset: Dataset) -> list[Report]:
    found = []
    project = Project(ROOT)
    for folder in project.report_dirs():
        stated = dataset.graph(uris.report_graphs(folder.name).stated)
        [iri] = [r for r in stated.subjects(RDF.type, BKG.Report) if isinstance(r, URIRef)]
        source = read_source(project.data / str(stated.value(iri, BKG.sourceFile)))
        found.append(Report(folder.name, iri, source, stated))
    return found


def store_of_one_report(dataset: Dataset, folder: str) -> OxigraphStore:
    """The dataset with the graphs of every other report left out."""
    kept = Dataset()
    for graph in dataset.graphs():
        if uris.report_of_graph(str(graph.identifier)) not in (None, folder):
            continue
        target = kept.graph(graph.identifier)
        target += graph
    return OxigraphStore.from_dataset(kept)
