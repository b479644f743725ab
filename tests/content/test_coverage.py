"""Every report is covered: each bullet cited by exactly one achievement, in its order, and every
cited passage is the text at its offsets. Runs for every report in data/reports/."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SDO

from publisher.core.namespaces import BKG, OA

from .reports import Report


def achievement_spans(report: Report) -> dict[URIRef, tuple[int, int]]:
    graph = report.graph
    spans = {}
    for achievement in graph.subjects(RDF.type, BKG.Achievement):
        assert isinstance(achievement, URIRef)
        passage = graph.value(achievement, BKG.sourcePassage)
        start, end = graph.value(passage, OA.start), graph.value(passage, OA.end)
        assert isinstance(start, Literal) and isinstance(end, Literal), achievement
        spans[achievement] = (int(start), int(end))
    return spans


def test_every_bullet_is_cited_by_exactly_one_achievement(reports: list[Report]) -> None:
    assert reports
    for report in reports:
        cited = sorted(achievement_spans(report).values())
        assert cited == sorted((b.start, b.end) for b in report.source.bullets), report.folder


def test_achievements_are_numbered_in_report_order(reports: list[Report]) -> None:
    for report in reports:
        spans = achievement_spans(report)
        in_order = sorted(spans, key=lambda a: spans[a][0])
        positions = [int(report.graph.value(a, SDO.position)) for a in in_order]  # type: ignore[arg-type]
        assert positions == list(range(1, len(in_order) + 1)), report.folder


def test_every_cited_passage_matches_the_file(reports: list[Report], union: Graph) -> None:
    for report in reports:
        for passage in union.subjects(PROV.wasQuotedFrom, report.iri):
            start, end, exact = (union.value(passage, p) for p in (OA.start, OA.end, OA.exact))
            assert report.source.span(int(start), int(end)) == str(exact), passage  # type: ignore[arg-type]


def test_reading_text_is_derived_for_every_passage(union: Graph) -> None:
    for passage in union.subjects(RDF.type, BKG.SourcePassage):
        reading = union.value(passage, BKG.readingText)
        assert isinstance(reading, Literal) and reading.language, passage
        assert "\n" not in reading
