"""The researcher cookbook on the 2025 report: each competency question's query, checked against
what the report says.

The expected values are written by hand from the report text, never generated from the graph.
They run on a store of the 2025 report alone (content/conftest.py): another report changes none.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from publisher.core.namespaces import ID as ID_NAMESPACE
from publisher.engine.store import OxigraphStore

from ..support import COOKBOOK

ID = str(ID_NAMESPACE)
Row = dict[str, str]


def run(store: OxigraphStore, name: str) -> list[Row]:
    """The query's solutions as plain strings (unbound variables left out)."""
    return store.select((COOKBOOK / name).read_text(encoding="utf-8"))


def positions(rows: list[Row], key: str, value: str) -> set[int]:
    return {int(r["position"]) for r in rows if r.get(key) == value}


def test_every_competency_question_has_a_query() -> None:
    assert len(sorted(COOKBOOK.glob("cq*.rq"))) == 12


def test_cq01_achievements_by_section_in_report_order(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq01-achievements-by-section.rq")
    assert [int(r["position"]) for r in rows] == list(range(1, 31))
    assert Counter(r["sectionLabel"] for r in rows) == {
        "Samenwerking op het gebied van veiligheid": 7,
        "Binnenlandse markt en economie": 8,
        "Duurzaamheid": 10,
        "Samenwerking met de buurregio’s": 3,
        "Feestelijkheden en belangrijke mijlpalen": 2,
    }
    subsections = [r.get("subsectionLabel", "-") for r in rows]
    expected = (
        ["Politiële samenwerking en misdaadbestrijding"] * 3
        + ["Veerkracht"] * 2
        + ["Sociale fraude", "Asiel en migratie"]
        + ["Interne markt"] * 4
        + ["Vervoer"] * 4
        + ["Energie en energietransitie"] * 3
        + ["Waterbeheer", "Natuur en biodiversiteit", "Duurzame luchtvaart"]
        + ["Erkenning van diploma’s"] * 2
        + ["Digitale agenda", "Landbouw"]
        + ["-"] * 5
    )
    assert subsections == expected


def test_cq02_members_and_third_countries(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq02-countries-per-achievement.rq")
    status = {r["countryLabel"]: r["status"] for r in rows}
    assert {c for c, s in status.items() if s == "member"} == {
        "Belgium",
        "Netherlands",
        "Luxembourg",
    }
    assert {c for c, s in status.items() if s == "third country"} == {
        "France",
        "Germany",
        "Mongolia",
        "Belize",
        "Kyrgyzstan",
        "Poland",
        "Ireland",
    }
    assert positions(rows, "countryLabel", "Mongolia") == {7}
    assert positions(rows, "countryLabel", "Kyrgyzstan") == {7}
    assert positions(rows, "countryLabel", "Poland") == {23}
    assert positions(rows, "countryLabel", "Ireland") == {23}
    assert positions(rows, "countryLabel", "Germany") == {16}
    members_per_achievement = defaultdict(set)
    for r in rows:
        if r["status"] == "member":
            members_per_achievement[int(r["position"])].add(r["countryLabel"])
    assert all(len(members_per_achievement[p]) == 3 for p in range(1, 31))


def test_cq03_instruments_and_what_happened(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq03-instruments.rq")
    instruments = {r["instrument"] for r in rows}
    assert len(instruments) == 18
    assert len({r["instrument"] for r in rows if r["legal"] == "true"}) == 9

    def steps(slug: str) -> set[str]:
        return {
            r["stepKindLabel"]
            for r in rows
            if r["instrument"] == f"{ID}instrument/{slug}" and "stepKindLabel" in r
        }

    assert steps("benelux-treaty-social-fraud") == {
        "Conclusion of negotiations",
        "Approval",
        "Signature",
    }
    assert steps("schengen-agreements") == {"Commemoration"}
    for partner in ("mongolia", "belize", "kyrgyzstan"):
        assert steps(f"readmission-visa-waiver-agreement-{partner}") == {"Signature"}
    accession = {
        r["actor"]
        for r in rows
        if r["instrument"] == f"{ID}instrument/treaty-automatic-recognition-diplomas"
    }
    assert accession == {f"{ID}country/poland", f"{ID}country/ireland"}


def test_cq04_partner_regions(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq04-partner-regions.rq")
    found = defaultdict(set)
    for r in rows:
        found[r["regionLabel"]].add(int(r["position"]))
    assert found == {
        "Hauts-de-France": {26, 28},
        "Greater Region": {27},
        "North Rhine-Westphalia": {28},
        "Benelux+ region": {19},
    }


def test_cq05_organisations_other_than_the_governments(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq05-organisations.rq")
    found = {
        r["organisation"].removeprefix(f"{ID}organisation/"): {
            int(p) for p in r["achievements"].split()
        }
        for r in rows
    }
    assert found.pop("benelux-union") == set(range(1, 31))
    assert found == {
        "european-commission": {10, 11, 25},
        "fao": {25},
        "crisis-centres-network": {5},
        "hazeldonk-consultation": {2},
        "public-procurement-working-group": {9},
        "sme-envoys": {8},
        "north-seas-energy-cooperation": {17},
        "pentalateral-energy-forum": {16},
        "european-union": {12},
    }


def test_cq06_the_three_horizontal_priorities(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq06-horizontal-priorities.rq")
    assert {r["nl"] for r in rows} == {
        "vooruitgang en welvaart door integratie en innovatie",
        "bevordering van de samenwerking met naburige regio’s",
        "bescherming van burgers en veiligheid",
    }
    assert all(r["en"] and r["fr"] for r in rows)


def test_cq07_where_an_achievement_stands(store_2025: OxigraphStore) -> None:
    [row] = run(store_2025, "cq07-source-of-an-achievement.rq")
    assert row["file"] == "source/benelux-2025-luxembourg-presidency.nl.txt"
    assert (row["firstLine"], row["lastLine"]) == ("183", "184")
    assert row["sectionLabel"] == "Feestelijkheden en belangrijke mijlpalen"
    assert row["exact"].startswith("Onthulling van een gedenkplaat in het Beneluxhuis")
    assert row["exact"].endswith("secretariaat-generaal zijn gesloten.")
    assert "\n" in row["exact"] and "\n" not in row["reading"]


def test_cq08_events_and_acts(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq08-events-and-acts.rq")
    events = positions(rows, "top", f"{ID}kind/event")
    acts = positions(rows, "top", f"{ID}kind/act")
    assert {2, 3, 4, 16, 17, 20, 24, 25, 29, 30} <= events
    assert {6, 7, 11, 12, 14, 15, 21, 22, 23, 26, 28} <= acts
    assert {int(r["position"]) for r in rows} == set(range(1, 31))


def test_cq09_themes_in_three_languages_with_matches(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq09-themes.rq")
    by_theme = {r["theme"].removeprefix(f"{ID}theme/"): r for r in rows}
    assert len(by_theme) == 18
    police = by_theme["police-cooperation"]
    assert police["nl"] == "Politiële samenwerking en misdaadbestrijding"
    assert police["broader"] == f"{ID}theme/security"
    assert police["exactMatches"] == "http://eurovoc.europa.eu/5551"
    tops = {t for t, r in by_theme.items() if "broader" not in r}
    assert tops == {
        "security",
        "internal-market-economy",
        "sustainability",
        "neighbouring-regions",
        "celebrations-milestones",
    }


def test_cq10_external_links(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq10-external-links.rq")
    links = {(r["entity"].removeprefix(ID), r["target"]) for r in rows}
    assert ("country/belgium", "http://www.wikidata.org/entity/Q31") in links
    assert ("country/luxembourg", "http://www.wikidata.org/entity/Q32") in links
    assert (
        "country/kyrgyzstan",
        "http://publications.europa.eu/resource/authority/country/KGZ",
    ) in links
    wikidata = {r["target"] for r in rows if r["link"].endswith("#sameAs")}
    checked = {
        f"http://www.wikidata.org/entity/Q{n}"
        for n in (
            13116,
            31,
            55,
            32,
            142,
            183,
            711,
            242,
            813,
            36,
            27,
            18677767,
            1198,
            8880,
            82151,
            458,
        )
    }
    assert wikidata <= checked


def test_cq11_figures_and_what_they_count(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq11-figures.rq")
    found = sorted((int(r["position"]), int(r["value"]), r["typeLabel"]) for r in rows)
    assert found == [
        (2, 8, "Count"),
        (4, 2, "Count"),
        (7, 3, "Count"),
        (16, 20, "Anniversary"),
        (17, 2, "Count"),
        (22, 2, "Count"),
        (29, 40, "Anniversary"),
        (30, 2, "Ordinal"),
        (30, 65, "Duration"),
    ]
    eight = next(r for r in rows if r["value"] == "8")
    assert eight["statedAs"] == "8 landen"
    assert eight["counts"] == "https://w3id.org/benelux-kg/def/bkg#Country"


@pytest.mark.parametrize("name", sorted(p.name for p in COOKBOOK.glob("cq*.rq")))
def test_every_query_runs_and_answers(store_2025: OxigraphStore, name: str) -> None:
    assert run(store_2025, name), f"{name} returned nothing"


def test_cq12_everything_about_france(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq12-everything-about.rq")
    pointing = {r["other"].removeprefix(ID) for r in rows if r["direction"] != "about it"}
    assert "achievement/2025-penta-electricity-crisis-exercise" in pointing
    assert "organisation/pentalateral-energy-forum" in pointing
    assert "region/hauts-de-france" in pointing
    about = {(r["property"], r["other"]) for r in rows if r["direction"] == "about it"}
    assert ("http://www.w3.org/2002/07/owl#sameAs", "http://www.wikidata.org/entity/Q142") in about
