"""Materialise the ontology's property hierarchy, so that one triple pattern finds every role.

`?activity bkg:involves ?body` should answer "everything this body is involved in" without a
property path, on the embedded store and on any production store, with or without reasoning.
So the build writes, for every triple of a bkg: property, the same triple with each bkg:
super-property the ontology gives it (rdfs:subPropertyOf, transitively): `bkg:organiser`
entails `bkg:participant` and `bkg:involves`. What the report's graph entails goes to
`…/graph/report/<id>/entailments`, what only its inferences graph entails to
`…/graph/report/<id>/inferences/entailments`: the graph still says whether the report states a
link or a reading infers it, for the entailed triple as for the role it comes from. Only bkg:
super-properties are written: the standard ones above them (dcterms:relation,
prov:wasAssociatedWith, schema:organizer) are left to a reasoner, as their vocabularies intend.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Graph
from rdflib.term import Node

from ..core import uris
from ..core.hierarchy import Hierarchy, implied, super_properties


def entail(dataset: Dataset, report_ids: Iterable[str]) -> int:
    """Write the entailments of each report's graph and of its inferences; return how many."""
    hierarchy = super_properties(dataset.graph(uris.ONTOLOGY_GRAPH))
    written = 0
    for report_id in report_ids:
        graphs = uris.report_graphs(report_id)
        known = [dataset.graph(graphs.stated), dataset.graph(graphs.inferences)]
        for source, target in (
            (dataset.graph(graphs.stated), dataset.graph(graphs.entailments)),
            (dataset.graph(graphs.inferences), dataset.graph(graphs.inferred_entailments)),
        ):
            for triple in sorted(_entailed(source, hierarchy)):
                if not any(triple in graph for graph in known):
                    target.add(triple)
            known.append(target)
            written += len(target)
    return written


def _entailed(source: Graph, hierarchy: Hierarchy) -> set[tuple[Node, Node, Node]]:
    return {
        (subject, above, value)
        for subject in set(source.subjects())
        for above, value in implied(hierarchy, source.predicate_objects(subject))
    }
