"""The build materialises the ontology's property hierarchy into each report's entailments."""

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


def test_what_is_stated_and_what_is_inferred_entail_into_graphs_of_their_own() -> None:
    dataset = _dataset()
    graphs = uris.report_graphs("2025-x")
    entail(dataset, ["2025-x"])
    assert set(dataset.graph(graphs.entailments)) == {(CONFERENCE, BKG.involves, FAO)}
    assert set(dataset.graph(graphs.inferred_entailments)) == {
        (CONFERENCE, BKG.participant, UNION),
        (CONFERENCE, BKG.involves, UNION),
    }


def test_an_inference_entails_nothing_the_report_already_entails() -> None:
    dataset = _dataset()
    graphs = uris.report_graphs("2025-x")
    dataset.graph(graphs.stated).add((CONFERENCE, BKG.participant, UNION))
    entail(dataset, ["2025-x"])
    assert (CONFERENCE, BKG.involves, UNION) in dataset.graph(graphs.entailments)
    assert set(dataset.graph(graphs.inferred_entailments)) == set()


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
