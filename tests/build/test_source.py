"""Reading a report file: bullets, headings and reading text, on made-up texts laid out as the
reports are (the 2025 report's own figures are in tests/content/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.build.source import SourceText, read_source, reading_text
from publisher.core.project import Project

from ..support import ROOT

TEXT = """\
JAARVERSLAG

Inleiding in lopende tekst, over meer
dan een regel. De prioriteiten van het voorzitterschap waren:
• eerste prioriteit;
• tweede prioriteit.

SAMENWERKING OP HET GEBIED VAN VEILIGHEID
Politiële samenwerking en misdaad-
bestrijding:
• Ondertekening van het Benelux-
Verdrag over de eerste tran-
che.

  Vervolgd na een witregel.
• Een tweede punt.

Vervoer:
• Een derde punt.
"""


@pytest.fixture
def made_up(tmp_path: Path) -> SourceText:
    path = tmp_path / "verslag.nl.txt"
    path.write_text(TEXT, encoding="utf-8")
    return read_source(path)


def test_each_bullet_runs_from_its_first_word_to_its_last(made_up: SourceText) -> None:
    assert [(b.exact.split()[0], b.exact.split()[-1]) for b in made_up.bullets] == [
        ("eerste", "prioriteit;"),
        ("tweede", "prioriteit."),
        ("Ondertekening", "witregel."),
        ("Een", "punt."),
        ("Een", "punt."),
    ]
    assert made_up.bullets[0].start == TEXT.index("eerste prioriteit")


def test_a_bullet_split_by_a_blank_line_stays_one_bullet(made_up: SourceText) -> None:
    treaty = made_up.bullets[2]
    assert "\n\n" in treaty.exact
    assert treaty.reading == (
        "Ondertekening van het Benelux-Verdrag over de eerste tranche. Vervolgd na een witregel."
    )


def test_sections_subsections_and_a_hyphenated_heading(made_up: SourceText) -> None:
    assert [(h.level, h.reading) for h in made_up.headings] == [
        (1, "JAARVERSLAG"),
        (1, "SAMENWERKING OP HET GEBIED VAN VEILIGHEID"),
        (2, "Politiële samenwerking en misdaadbestrijding:"),
        (2, "Vervoer:"),
    ]


def test_a_sentence_ending_with_a_colon_is_not_a_heading(made_up: SourceText) -> None:
    assert not any("voorzitterschap waren" in h.exact for h in made_up.headings)


def test_lines_count_from_one(made_up: SourceText) -> None:
    assert made_up.line_of(0) == 1
    assert made_up.line_of(made_up.bullets[-1].start) == TEXT.count("\n")


@pytest.mark.parametrize("path", Project(ROOT).source_reports(), ids=lambda p: p.name)
def test_every_report_of_the_project_reads(path: Path) -> None:
    source = read_source(path)
    assert source.bullets and source.headings
    for bullet in source.bullets:
        assert bullet.exact == bullet.exact.strip(), "a bullet starts and ends with a word"
        assert not bullet.exact.startswith("•") and "\n•" not in bullet.exact


def test_reading_text_joins_split_words_and_keeps_compounds() -> None:
    assert reading_text("tweede \ntran-\nche") == "tweede tranche"
    assert reading_text("het Benelux-\nVerdrag") == "het Benelux-Verdrag"
    assert reading_text("de Penta-\nsamenwerking") == "de Penta-samenwerking"
    assert reading_text("een rondetafel-\ngesprek") == "een rondetafelgesprek"
    assert reading_text("natuur- en milieueducatie") == "natuur- en milieueducatie"
