"""Reading the report file: bullets, headings, reading text."""

from __future__ import annotations

from publisher.source import SourceText, reading_text


def test_the_report_has_thirty_bullets(source: SourceText) -> None:
    assert len(source.bullets) == 30


def test_bullet_spans_are_the_file_text_without_the_marker(source: SourceText) -> None:
    for bullet in source.bullets:
        assert source.text[bullet.start : bullet.end] == bullet.exact
        assert not bullet.exact.startswith(("•", " ", "\t"))
        assert bullet.exact == bullet.exact.rstrip()


def test_a_bullet_split_by_a_blank_line_stays_one_bullet(source: SourceText) -> None:
    digital = next(b for b in source.bullets if b.exact.startswith("Uitbreiding"))
    assert "\n\n" in digital.exact
    assert digital.reading.endswith("rondetafelgesprek over digitale inclusie.")


def test_section_and_subsection_headings(source: SourceText) -> None:
    sections = [h.reading for h in source.headings if h.level == 1 and h.start > 300]
    assert sections == [
        "SAMENWERKING OP HET GEBIED VAN VEILIGHEID",
        "BINNENLANDSE MARKT EN ECONOMIE",
        "DUURZAAMHEID",
        "FEESTELIJKHEDEN EN BELANGRIJKE MIJLPALEN",
        "SAMENWERKING MET DE BUURREGIO’S",
    ]
    subsections = [h.reading for h in source.headings if h.level == 2]
    assert subsections[0] == "Politiële samenwerking en misdaadbestrijding:"
    assert len(subsections) == 13


def test_a_sentence_ending_with_a_colon_is_not_a_heading(source: SourceText) -> None:
    assert not any("voorzitterschap waren" in h.exact for h in source.headings)


def test_reading_text_joins_split_words_and_keeps_compounds() -> None:
    assert reading_text("tweede \ntran-\nche") == "tweede tranche"
    assert reading_text("het Benelux-\nVerdrag") == "het Benelux-Verdrag"
    assert reading_text("de Penta-\nsamenwerking") == "de Penta-samenwerking"
    assert reading_text("een rondetafel-\ngesprek") == "een rondetafelgesprek"
    assert reading_text("natuur- en milieueducatie") == "natuur- en milieueducatie"
