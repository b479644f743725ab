"""Synthetic benchmark data: as valid as the real data, true to its own text, reproducible."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF
from rdflib.term import Node

from publisher.build.source import read_source, reading_text
from publisher.core import uris
from publisher.core.namespaces import BKG, OA
from publisher.errors import PublisherError
from publisher.synth import FIRST_YEAR, ProgressBar, Synthesis, synthesize, write_synthetic
from publisher.validation.shacl import data_graph, shapes_graph, validate


@pytest.fixture(scope="module")
def small(dataset: Dataset) -> Synthesis:
    return synthesize(dataset, 10_000, seed=7)


@pytest.fixture(scope="module")
def parsed(small: Synthesis) -> Dataset:
    result = Dataset(default_union=True)
    result.parse(data="\n".join(small.lines), format="nquads")
    return result


def one(parsed: Dataset, subject: Node, predicate: URIRef) -> Node:
    return next(parsed.objects(subject, predicate))


def synthetic_reports(parsed: Dataset) -> dict[URIRef, str]:
    """Each synthetic report and its bkg:sourceText."""
    return {
        s: str(o)
        for s, _, o, _ in parsed.quads((None, BKG.sourceText, None, None))
        if isinstance(s, URIRef) and "-synthetic" in s
    }


def test_every_line_is_one_quad_of_the_expected_graphs(
    small: Synthesis, parsed: Dataset, dataset: Dataset
) -> None:
    assert small.reports >= 2
    assert len(parsed) == small.triples == len(set(small.lines))
    synthetic = {
        graph
        for year in range(FIRST_YEAR, FIRST_YEAR + small.reports)
        for graph in uris.report_graphs(f"{year}-synthetic")[:2]
    }
    curated = {g.identifier for g in dataset.graphs() if len(g)}
    assert {g.identifier for g in parsed.graphs() if len(g)} == curated | synthetic
    assert small.curated == sum(len(g) for g in dataset.graphs())


def test_the_synthetic_data_conforms_to_the_shapes(parsed: Dataset) -> None:
    report = validate(data_graph(parsed), shapes_graph(parsed))
    assert report.errors == (), "\n".join(map(str, report.errors[:20]))
    assert report.conforms


def test_every_passage_is_the_source_text_at_its_offsets(parsed: Dataset) -> None:
    reports = synthetic_reports(parsed)
    checked = 0
    for report, text in reports.items():
        for passage, _, _, _ in parsed.quads((None, PROV.wasQuotedFrom, report, None)):
            start, end = int(one(parsed, passage, OA.start)), int(one(parsed, passage, OA.end))
            exact = str(one(parsed, passage, OA.exact))
            assert text[start:end] == exact, passage
            lines = (one(parsed, passage, BKG.firstLine), one(parsed, passage, BKG.lastLine))
            assert tuple(map(int, lines)) == (
                text.count("\n", 0, start) + 1,
                text.count("\n", 0, end) + 1,
            )
            assert one(parsed, passage, BKG.readingText) == Literal(reading_text(exact), lang="nl")
            checked += 1
    assert checked > 30 * len(reports)


def test_the_bullets_of_the_text_are_the_achievements(parsed: Dataset, tmp_path: Path) -> None:
    """Read as a report file, the made-up text has one bullet per achievement, in order."""
    for report, text in synthetic_reports(parsed).items():
        path = tmp_path / "report.nl.txt"
        path.write_text(text, encoding="utf-8")
        bullets = [(b.start, b.end) for b in read_source(path).bullets]
        presidency = one(parsed, report, BKG.reportsOn)
        passages = sorted(
            (int(one(parsed, p, OA.start)), int(one(parsed, p, OA.end)))
            for a in parsed.subjects(BKG.underPresidency, presidency)
            for p in parsed.objects(a, BKG.sourcePassage)
        )
        assert bullets == passages, report


def test_the_reading_text_of_a_bullet_is_the_dutch_description(parsed: Dataset) -> None:
    for achievement, _, _, _ in parsed.quads((None, RDF.type, BKG.Achievement, None)):
        if "-synthetic-" not in achievement:
            continue
        passage = one(parsed, achievement, BKG.sourcePassage)
        descriptions = parsed.objects(achievement, DCTERMS.description)
        dutch = {o for o in descriptions if isinstance(o, Literal) and o.language == "nl"}
        assert {one(parsed, passage, BKG.readingText)} == dutch, achievement


def test_the_same_seed_gives_the_same_bytes(dataset: Dataset, tmp_path: Path) -> None:
    first, again, other = tmp_path / "a.nq", tmp_path / "b.nq", tmp_path / "c.nq"
    write_synthetic(dataset, first, 10_000, seed=3)
    write_synthetic(dataset, again, 10_000, seed=3)
    write_synthetic(dataset, other, 10_000, seed=4)
    assert first.read_bytes() == again.read_bytes()
    assert first.read_bytes() != other.read_bytes()
    assert first.read_text(encoding="utf-8").splitlines() == sorted(
        first.read_text(encoding="utf-8").splitlines()
    )


@pytest.mark.parametrize("scale", [10_000, 50_000])
def test_the_size_is_within_ten_percent_of_the_scale(dataset: Dataset, scale: int) -> None:
    made = synthesize(dataset, scale, seed=11)
    assert abs(made.triples - scale) <= scale // 10


def test_progress_is_reported_once_per_report_then_at_the_end(dataset: Dataset) -> None:
    calls: list[tuple[int, int, int | None]] = []
    made = synthesize(dataset, 20_000, seed=1, progress=lambda *call: calls.append(call))
    assert [year for _, _, year in calls] == [
        *range(FIRST_YEAR, FIRST_YEAR + made.reports),
        None,
    ]
    assert calls[-1] == (made.triples, 20_000, None)


def test_a_scale_below_the_curated_data_is_refused(dataset: Dataset) -> None:
    with pytest.raises(PublisherError, match="below the"):
        synthesize(dataset, 1000)


def test_progress_in_a_log_is_a_line_per_tenth_not_per_year() -> None:
    log = io.StringIO()  # not a terminal, as in CI
    progress = ProgressBar(log)
    for done in range(0, 1001, 7):
        progress(done, 1000, 3000 + done // 7)
    progress(1000, 1000, None)
    lines = log.getvalue().splitlines()
    assert 10 <= len(lines) <= 12
    assert "\r" not in log.getvalue()
    assert lines[-1].startswith("benelux-kg: synth [##############################] 100% 1000")
