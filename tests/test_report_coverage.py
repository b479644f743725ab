"""The graph covers the report: each bullet cited by exactly one achievement, at its place."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from publisher.namespaces import BKG, OA, SDO
from publisher.source import SourceText


def _achievement_spans(union: Graph) -> dict[URIRef, tuple[int, int, str]]:
    spans = {}
    for achievement in union.subjects(RDF.type, BKG.Achievement):
        assert isinstance(achievement, URIRef)
        passage = union.value(achievement, BKG.sourcePassage)
        start, end, exact = (union.value(passage, p) for p in (OA.start, OA.end, OA.exact))
        assert isinstance(start, Literal) and isinstance(end, Literal), achievement
        spans[achievement] = (int(start), int(end), str(exact))
    return spans


def test_every_bullet_is_cited_by_exactly_one_achievement(union: Graph, source: SourceText) -> None:
    cited = sorted((start, end) for start, end, _ in _achievement_spans(union).values())
    bullets = sorted((b.start, b.end) for b in source.bullets)
    assert cited == bullets


def test_every_cited_passage_matches_the_file(union: Graph, source: SourceText) -> None:
    for passage in union.subjects(RDF.type, BKG.SourcePassage):
        start, end, exact = (union.value(passage, p) for p in (OA.start, OA.end, OA.exact))
        assert source.span(int(start), int(end)) == str(exact), passage  # type: ignore[arg-type]


def test_achievements_are_numbered_in_report_order(union: Graph) -> None:
    spans = _achievement_spans(union)
    by_offset = sorted(spans, key=lambda a: spans[a][0])
    positions = [int(union.value(a, SDO.position)) for a in by_offset]  # type: ignore[arg-type]
    assert positions == list(range(1, 31))


def test_reading_text_is_derived_for_every_passage(union: Graph) -> None:
    for passage in union.subjects(RDF.type, BKG.SourcePassage):
        reading = union.value(passage, BKG.readingText)
        assert isinstance(reading, Literal) and reading.language == "nl", passage
        assert "\n" not in reading and "tran-" not in reading


def test_the_police_treaty_passage_reads_tranche_and_keeps_compounds(union: Graph) -> None:
    readings = [str(r) for r in union.objects(None, BKG.readingText)]
    police = next(r for r in readings if r.startswith("Benelux-Politieverdrag"))
    assert "van de eerste tranche en start van de werkzaamheden van de tweede tranche" in police
    social = next(r for r in readings if "sociale fraude en arbeidsvoorwaarden" in r)
    assert "het Benelux-Verdrag inzake" in social
