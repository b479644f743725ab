"""Materialise the ontology's property hierarchy, so that one triple pattern finds every role.

`?activity bkg:involves ?body` should answer "everything this body is involved in" without a
property path, on the embedded store and on any production store, with or without reasoning.
So the build writes, for every triple of a bkg: property, the same triple with each bkg:
super-property the ontology gives it (rdfs:subPropertyOf, transitively): `bkg:organiser`
entails `bkg:participant` and `bkg:involves`. The entailed triples go to a graph of their own,
`…/graph/report/<id>/entailments`, so the graph a role was stated in (the report's graph or its
inferences graph) still says whether the report states it, and a report's graphs stay its own.
Only bkg: super-properties are written: the standard ones above them (dcterms:relation,
prov:wasAssociatedWith, schema:organizer) are left to a reasoner, as their vocabularies intend.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset

from ..core import uris
from ..core.hierarchy import super_properties


def entail(dataset: Dataset, report_ids: Iterable[str]) -> int:
    """Write the entailments of each report's graph and inferences graph; return how many."""
    hierarchy = super_properties(dataset.graph(uris.ONTOLOGY_GRAPH))
    written = 0
    for report_id in report_ids:
        graphs = uris.report_graphs(report_id)
        sources = [dataset.graph(graphs.stated), dataset.graph(graphs.inferences)]
        target = dataset.graph(graphs.entailments)
        for source in sources:
            for prop, above in hierarchy.items():
                for subject, value in source.subject_objects(prop):
                    for entailed in above:
                        triple = (subject, entailed, value)
                        if not any(triple in graph for graph in sources):
                            target.add(triple)
        written += len(target)
    return written
