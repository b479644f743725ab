"""From a new report's text to a published second report, with no Python and no typed offset.

The made-up report (tests/fixtures/made-up-report/) is drafted with `benelux-kg draft`; the
curator's part is then applied as a curator does it: suggestions accepted (the `#?` removed),
changed or deleted, and a few hand-written files (translations, the organisation the reference
data lacked, themes where none was suggested). Both reports then build together, conform, answer
the cookbook, and every drafted passage is the text at its offsets. How much of the final Turtle
the drafter wrote and how much the curator did is printed (pytest -s).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from publisher.build.assemble import Built, build_dataset
from publisher.build.curated import DRAFT_MARK, drafts, open_suggestions
from publisher.core.namespaces import BKG, OA
from publisher.engine.store import OxigraphStore
from publisher.validation.shacl import data_graph, shapes_graph, validate

from ..support import COOKBOOK, copy_project, run_cli

FIXTURE = Path(__file__).parents[1] / "fixtures/made-up-report"
TEXT = FIXTURE / "benelux-2031-made-up.nl.txt"
FOLDER = "data/reports/2031-netherlands"

#: The curator's review of the suggestions, bullet by bullet: (bullet, suggested line, what to
#: write instead: the line accepted as it is, changed, or None to reject it).
REVIEW = [
    (1, "#?  bkg:kind kind:signature ;", "    bkg:kind kind:signature ;"),
    # "Ondertekening van een … overeenkomst met Ierland": suggested as the other side
    (1, "#?  bkg:counterparty country:ireland ;", None),
    (2, "#?  bkg:kind kind:conference ;", "    bkg:kind kind:conference ;"),
    (3, "#?  bkg:kind kind:cooperation-strengthened ;", None),  # accepted below, as it is
    (3, "#?  bkg:participant region:north-rhine-westphalia ;", None),
    (3, "#?  dcterms:subject theme:transport ;", None),
    (4, "#?  bkg:kind kind:celebration ;", "    bkg:kind kind:celebration ;"),
    # (not suggested: "gevierd in Luxemburg" says where, not who)
    # the bullet belongs to MIJLPALEN (the box the layout moved): not neighbouring regions
    (4, "#?  dcterms:subject theme:neighbouring-regions ;", ""),
    (
        4,
        "    bkg:inSection section:2031-samenwerking-met-de-buurregios ;",
        "    bkg:inSection section:2031-mijlpalen ;",
    ),
]


def _review_achievements(text: str) -> str:
    head, *numbered = re.split(r"(?m)^(# \d+\.)$", text)
    reviewed = [head]
    for marker, block in zip(numbered[::2], numbered[1::2], strict=True):
        number = int(marker[2:-1])
        for bullet, line, replacement in REVIEW:
            if bullet != number:
                continue
            found = next(full for full in block.splitlines() if full.startswith(line))
            written = found.replace("#?  ", "    ", 1) if replacement is None else replacement
            block = block.replace(found + "\n", written + "\n" if written else "", 1)
        reviewed += [marker, block]
    return "".join(reviewed)


def _review_report(text: str) -> str:
    line = "#?  dcterms:subject theme:neighbouring-regions ;"
    return text.replace(line, line.replace("#?  ", "    "), 1)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("made-up"))
    text = root / TEXT.name
    shutil.copyfile(TEXT, text)
    drafted = run_cli("--root", str(root), "draft", str(text))
    assert drafted.returncode == 0, drafted.stderr
    assert "MIJLPALEN" in drafted.stdout and "Noordse Raad" in drafted.stdout  # it said so
    (root / "drafted").mkdir()
    for path in sorted((root / FOLDER).glob("*.ttl")):
        shutil.copyfile(path, root / "drafted" / path.name)
    achievements, report = root / FOLDER / "achievements.ttl", root / FOLDER / "report.ttl"
    achievements.write_text(_review_achievements(achievements.read_text("utf-8")), "utf-8")
    report.write_text(_review_report(report.read_text("utf-8")), "utf-8")
    for path in sorted((root / FOLDER).glob("*.ttl")):  # reviewed: the draft mark goes
        lines = path.read_text("utf-8").split("\n", 1)
        assert lines[0].startswith(DRAFT_MARK)
        path.write_text(lines[1], "utf-8")
    for name in ("review.ttl", "report.translations.ttl", "achievements.translations.ttl"):
        shutil.copyfile(FIXTURE / "curator" / name, root / FOLDER / name)
    shutil.copyfile(FIXTURE / "curator/reference.ttl", root / "data/reference/made-up-report.ttl")
    return root


@pytest.fixture(scope="module")
def built(project: Path) -> Built:
    return build_dataset(project)


def test_both_reports_build_and_conform(built: Built) -> None:
    report = validate(data_graph(built.dataset), shapes_graph(built.dataset))
    assert report.errors == (), "\n".join(map(str, report.errors))
    assert len(set(built.dataset.subjects(RDF.type, BKG.Report))) == 2
    assert open_suggestions(built.files) == [] and drafts(built.files) == []  # all reviewed


def test_both_years_answer_the_cookbook(built: Built) -> None:
    store = OxigraphStore.from_dataset(built.dataset)
    rows = store.select((COOKBOOK / "cq01-achievements-by-section.rq").read_text("utf-8"))
    assert {r["year"] for r in rows} == {"2025", "2031"}
    made_up = [r for r in rows if r["year"] == "2031"]
    assert [r["position"] for r in made_up] == ["1", "2", "3", "4"]
    assert made_up[-1]["sectionLabel"] == "Mijlpalen"  # the moved box
    countries = store.select((COOKBOOK / "cq02-countries-per-achievement.rq").read_text("utf-8"))
    assert any(r["country"].endswith("/country/ireland") for r in countries)


#: The bullets of the made-up text as a reader copies them out of it, by hand.
BULLETS = [
    "Ondertekening van een verzonnen overeenkomst met Ierland over de uitwis-\n"
    "seling van gegevens tussen overheden.",
    "Organisatie van een verzonnen conferentie met de Noordse Raad over digitale \n\nidentiteit.",
    "Versterkte samenwerking met Noordrijn-Westfalen op het gebied van vervoer.",
    "Tweede verzonnen viering van de Benelux-dag, gevierd in Luxemburg.",
]


def test_every_drafted_passage_is_the_text_at_its_offsets(built: Built) -> None:
    text = TEXT.read_text("utf-8")
    graph = built.dataset
    exact = {
        (int(graph.value(p, OA.start)), int(graph.value(p, OA.end))): str(graph.value(p, OA.exact))
        for a in graph.subjects(RDF.type, BKG.Achievement)
        if "/2031-" in str(a)
        for p in [graph.value(a, BKG.sourcePassage)]
    }
    assert sorted(exact.values(), key=text.index) == BULLETS
    assert all(text[start:end] == passage for (start, end), passage in exact.items())


def test_the_build_writes_nothing_while_a_file_is_still_a_draft(
    project: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "project"
    shutil.copytree(project, copy)
    achievements = copy / FOLDER / "achievements.ttl"
    achievements.write_text(f"{DRAFT_MARK}: not reviewed\n" + achievements.read_text("utf-8"))
    refused = run_cli("--root", str(copy), "build", "--output", str(copy / "out"))
    assert refused.returncode == 1 and "not reviewed" in refused.stderr
    assert not (copy / "out").exists()
    (copy / FOLDER / "achievements.ttl").write_text(
        achievements.read_text("utf-8").split("\n", 1)[1]
    )
    built = run_cli("--root", str(copy), "build", "--output", str(copy / "out"))
    assert built.returncode == 0, built.stderr


def test_what_the_drafter_wrote_and_what_the_curator_did(project: Path) -> None:
    drafted = Graph()
    for path in sorted((project / "drafted").glob("*.ttl")):
        drafted.parse(path, format="turtle")
    final = Graph()
    for path in sorted((project / FOLDER).glob("*.ttl")):
        final.parse(path, format="turtle")
    final.parse(project / "data/reference/made-up-report.ttl", format="turtle")
    by_drafter = len(final & drafted)  # the suggestions were comments: not counted here
    suggested = [(line, new) for _, line, new in REVIEW if line.startswith("#?")]
    accepted = sum(1 for line, new in suggested if new in (None, line.replace("#?  ", "    ")))
    rejected = sum(1 for _, new in suggested if new == "")
    by_curator, changed = len(final) - by_drafter, len(suggested) - accepted - rejected
    share = f"{by_drafter / len(final):.0%} by the drafter, {by_curator / len(final):.0%} by hand"
    print(
        f"\nthe final Turtle: {len(final)} triples, {share}; of the curator's {by_curator},"
        f" {accepted} by accepting a suggestion as it was, {changed} by changing one;"
        f" {rejected} suggestions rejected"
    )
    assert by_drafter > 2 * by_curator
