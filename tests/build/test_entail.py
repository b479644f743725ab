"""The build materialises the ontology's property hierarchy into each report's entailments graph."""

from __future__ import annotations

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDFS, SDO

from publisher.build.entail import entail
from publisher.core import uris
from publisher.core.hierarchy import super_properties
from publisher.core.namespaces import BKG, ID

CONFERENCE = ID["event/2025-a-conference"]
UNION = ID["organisation/benelux-union"]
FAO = ID["organisation/fao"]


def _ontology() -> Graph:
    ontology = Graph()
    ontology.add((BKG.organiser, RDFS.subPropertyOf, BKG.participant))
    ontology.add((BKG.organiser, RDFS.subPropertyOf, SDO.organizer))
    ontology.add((BKG.participant, RDFS.subPropertyOf, BKG.involves))
    ontology.add((BKG.involves, RDFS.subPropertyOf, URIRef("http://purl.org/dc/terms/relation")))
    return ontology


def _dataset(report_id: str = "2025-x") -> Dataset:
    dataset = Dataset()
    ontology = dataset.graph(uris.ONTOLOGY_GRAPH)
    ontology += _ontology()
    graphs = uris.report_graphs(report_id)
    dataset.graph(graphs.stated).add((CONFERENCE, BKG.participant, FAO))
    dataset.graph(graphs.inferences).add((CONFERENCE, BKG.organiser, UNION))
    return dataset


def test_only_our_super_properties_nearest_first() -> None:
    hierarchy = super_properties(_ontology())
    assert hierarchy == {
        BKG.organiser: (BKG.participant, BKG.involves),
        BKG.participant: (BKG.involves,),
    }


def test_every_super_property_of_stated_and_inferred_roles_is_written() -> None:
    dataset = _dataset()
    entail(dataset, ["2025-x"])
    entailed = set(dataset.graph(uris.report_graphs("2025-x").entailments))
    assert entailed == {
        (CONFERENCE, BKG.involves, FAO),
        (CONFERENCE, BKG.participant, UNION),
        (CONFERENCE, BKG.involves, UNION),
    }


def test_what_a_report_already_says_is_not_repeated() -> None:
    dataset = _dataset()
    graphs = uris.report_graphs("2025-x")
    dataset.graph(graphs.stated).add((CONFERENCE, BKG.involves, FAO))
    dataset.graph(graphs.stated).add((CONFERENCE, BKG.participant, UNION))
    entail(dataset, ["2025-x"])
    assert set(dataset.graph(graphs.entailments)) == {(CONFERENCE, BKG.involves, UNION)}


def test_each_report_keeps_its_own_entailments() -> None:
    dataset = _dataset("2025-x")
    other = uris.report_graphs("2026-y")
    dataset.graph(other.stated).add((ID["event/2026-b"], BKG.organiser, FAO))
    entail(dataset, ["2025-x", "2026-y"])
    assert {s for s, _, _ in dataset.graph(uris.report_graphs("2025-x").entailments)} == {
        CONFERENCE
    }
    assert {s for s, _, _ in dataset.graph(other.entailments)} == {ID["event/2026-b"]}
