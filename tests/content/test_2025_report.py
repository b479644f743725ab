"""The 2025 report (Luxembourg presidency) as read from its text: its bullets and headings, and
the passages that are hard to read, written by hand from the report."""

from __future__ import annotations

from rdflib import Graph

from publisher.core.namespaces import BKG

from .reports import Report


def test_the_report_has_thirty_bullets(report_2025: Report) -> None:
    assert len(report_2025.source.bullets) == 30


def test_a_bullet_split_by_a_blank_line_stays_one_bullet(report_2025: Report) -> None:
    digital = next(b for b in report_2025.source.bullets if b.exact.startswith("Uitbreiding"))
    assert "\n\n" in digital.exact
    assert digital.reading.endswith("rondetafelgesprek over digitale inclusie.")


def test_section_and_subsection_headings(report_2025: Report) -> None:
    headings = report_2025.source.headings
    sections = [h.reading for h in headings if h.level == 1 and h.start > 300]
    assert sections == [
        "SAMENWERKING OP HET GEBIED VAN VEILIGHEID",
        "BINNENLANDSE MARKT EN ECONOMIE",
        "DUURZAAMHEID",
        "FEESTELIJKHEDEN EN BELANGRIJKE MIJLPALEN",
        "SAMENWERKING MET DE BUURREGIO’S",
    ]
    subsections = [h.reading for h in headings if h.level == 2]
    assert subsections[0] == "Politiële samenwerking en misdaadbestrijding:"
    assert len(subsections) == 13


def test_the_presidency_sentence_is_not_a_heading(report_2025: Report) -> None:
    assert not any("voorzitterschap waren" in h.exact for h in report_2025.source.headings)


def test_the_police_treaty_passage_reads_tranche_and_keeps_compounds(union: Graph) -> None:
    readings = [str(r) for r in union.objects(None, BKG.readingText)]
    police = next(r for r in readings if r.startswith("Benelux-Politieverdrag"))
    assert "van de eerste tranche en start van de werkzaamheden van de tweede tranche" in police
    social = next(r for r in readings if "sociale fraude en arbeidsvoorwaarden" in r)
    assert "het Benelux-Verdrag inzake" in social
