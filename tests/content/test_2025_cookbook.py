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


def slug(iri: str) -> str:
    """An IRI of ours without the base: "organisation/fao"."""
    return iri.removeprefix(ID)


def test_every_competency_question_has_a_query() -> None:
    files = sorted(COOKBOOK.glob("cq*.rq"))
    assert [f.name[:4] for f in files] == [f"cq{n:02d}" for n in range(1, 19)]
    for n, path in enumerate(files, start=1):
        assert path.read_text(encoding="utf-8").startswith(f"# CQ{n}. "), path.name


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

    # "Afronding van de onderhandelingen ..., definitieve goedkeuring van de teksten en het
    # ondertekeningsproces": the treaty is in its signing process, not signed.
    assert steps("benelux-treaty-social-fraud") == {
        "Conclusion of negotiations",
        "Approval",
        "Signing process",
    }
    # "Onthulling van een gedenkplaat ... ter ere van de 40e verjaardag van de Schengenakkoorden":
    # nothing happened to the agreements themselves; the anniversary is CQ17's.
    assert steps("schengen-agreements") == set()
    for partner in ("mongolia", "belize", "kyrgyzstan"):
        assert steps(f"readmission-visa-waiver-agreement-{partner}") == {"Signature"}
    accession = {
        r["actor"]
        for r in rows
        if r["instrument"] == f"{ID}instrument/treaty-automatic-recognition-diplomas"
    }
    assert accession == {f"{ID}country/poland", f"{ID}country/ireland"}


def test_cq04_partner_regions(store_2025: OxigraphStore) -> None:
    """26 "actieplan ... tussen de Benelux en Hauts-de-France"; 27 "de actoren van de Grande
    Région"; 28 "met deelname van Noordrijn-Westfalen en Hauts-de-France"; 19 "de Benelux+
    regio"."""
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
        (
            r["organisation"].removeprefix(f"{ID}organisation/"),
            r["roleLabel"],
            r["stated"],
        ): {int(p) for p in r["achievements"].split()}
        for r in rows
    }
    # The Union's own report of "sterke punten van de Benelux-samenwerking": it takes part in all.
    assert found.pop(("benelux-union", "participant", "true")) == set(range(1, 31))
    assert found == {
        # 10 "de “kernprestatie-indicatoren” van de Europese Commissie": named, no role said
        ("european-commission", "involves", "true"): {10},
        # 11 "een gezamenlijke brief ... aan de Europese Commissie"
        ("european-commission", "addressee", "true"): {11},
        # 25 "ondersteund door een thematische uitwisseling tussen de Benelux-landen, de FAO en de
        # Europese Commissie"
        ("european-commission", "contributor", "true"): {25},
        ("fao", "contributor", "true"): {25},
        # 5 "Deelname van de Benelux aan de vergaderingen van het netwerk van DG’s van crisiscentra"
        ("crisis-centres-network", "participant", "true"): {5},
        # 9 "de werkzaamheden van de Benelux-werkgroep inzake overheidsopdrachten"
        ("public-procurement-working-group", "participant", "true"): {9},
        # 8 "De betrokkenheid van de kmo-gezanten van de Benelux-landen werd versterkt."
        ("sme-envoys", "participant", "true"): {8},
        # "in het kader van": 2 "het Hazeldonk-overleg", 17 "de North Sea Energy Cooperation
        # (NSEC)"; 16 "in het kader van de 20e verjaardag van de Penta-samenwerking" frames the
        # anniversary, so Penta as the exercise's framework is a reading (the inferences file)
        ("hazeldonk-consultation", "framework", "true"): {2},
        ("pentalateral-energy-forum", "framework", "false"): {16},
        ("north-seas-energy-cooperation", "framework", "true"): {17},
    }
    # 12 "in het kader van de ontwikkeling van het EU-beleid" names a policy process, not the EU as
    # a body (editorial note on achievement 12): the European Union is involved in no achievement.
    assert not any(r["organisation"] == f"{ID}organisation/european-union" for r in rows)


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
    # The sub-section is "Politiële samenwerking en misdaadbestrijding": wider than EuroVoc 5551
    # (police cooperation alone), so a close match, not an exact one.
    assert police["closeMatches"] == "http://eurovoc.europa.eu/5551"
    assert not police.get("exactMatches")
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
        # "in het teken van 65 jaar vrij verkeer van personen": the Benelux Day celebrates the
        # 65 years, an anniversary (figure-type scheme), not a mere duration
        (30, 65, "Anniversary"),
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


def test_cq13_organisers_are_read_not_stated(store_2025: OxigraphStore) -> None:
    """Four bullets organise something, five events, and none names its organiser: "Organisatie
    van een grote conferentie" (3), "Organisatie van twee conferenties" (4), "de organisatie van
    een rondetafelgesprek" (24), "Organisatie van een conferentie over duurzame landbouw" (25).
    In the Benelux Union's own report the Union is read as the organiser of each: an inference,
    never stated."""
    rows = run(store_2025, "cq13-organisers.rq")
    assert Counter(int(r["position"]) for r in rows) == {3: 1, 4: 2, 24: 1, 25: 1}
    assert {r["level"] for r in rows} == {"event"}
    assert {slug(r["organiser"]) for r in rows} == {"organisation/benelux-union"}
    assert {r["stated"] for r in rows} == {"false"}
    # 25: the conference was organised; the thematic exchange that supported it was not
    organised_25 = {slug(r["activity"]) for r in rows if r["position"] == "25"}
    assert organised_25 == {"event/2025-sustainable-agriculture-conference"}


def test_cq14_frameworks_stated_where_the_text_says_in_het_kader_van_and_read_elsewhere(
    store_2025: OxigraphStore,
) -> None:
    rows = run(store_2025, "cq14-frameworks.rq")
    found = {(int(r["position"]), r["level"], slug(r["framework"]), r["stated"]) for r in rows}
    assert found == {
        # "de operaties “Etoile” tegen drugshandel in het kader van het Hazeldonk-overleg"
        (2, "achievement", "organisation/hazeldonk-consultation", "true"),
        (2, "event", "organisation/hazeldonk-consultation", "true"),
        # "In het kader van de 20e verjaardag van de Penta-samenwerking": what frames the exercise
        # is the anniversary; the Penta cooperation as its framework is a reading
        (16, "achievement", "organisation/pentalateral-energy-forum", "false"),
        (16, "event", "organisation/pentalateral-energy-forum", "false"),
        # "Twee ministeriële bijeenkomsten in het kader van de North Sea Energy Cooperation (NSEC)"
        (17, "achievement", "organisation/north-seas-energy-cooperation", "true"),
        (17, "event", "organisation/north-seas-energy-cooperation", "true"),
    }
    # The Hazeldonk frame is said of the Etoile operations, not of "Open Skies"; and 12 ("in het
    # kader van de ontwikkeling van het EU-beleid") names a policy process, not a framework body.
    events_2 = {slug(r["activity"]) for r in rows if r["position"] == "2" and r["level"] == "event"}
    assert events_2 == {"event/2025-operations-etoile"}


def test_cq15_counterparties_and_their_instruments(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq15-counterparties.rq")
    found = {
        (int(r["position"]), slug(r["counterparty"]), slug(r["instrument"]), r["stated"])
        for r in rows
    }
    assert found == {
        # "Ondertekening van drie overname- en visumvrijstellingsovereenkomsten met Mongolië,
        # Belize en Kirgizië": one agreement, and one counterparty, each
        (7, "country/mongolia", "instrument/readmission-visa-waiver-agreement-mongolia", "true"),
        (7, "country/belize", "instrument/readmission-visa-waiver-agreement-belize", "true"),
        (
            7,
            "country/kyrgyzstan",
            "instrument/readmission-visa-waiver-agreement-kyrgyzstan",
            "true",
        ),
        # "Ondertekening van een actieplan ... tussen de Benelux en Hauts-de-France"
        (26, "region/hauts-de-france", "instrument/action-plan-benelux-hauts-de-france", "true"),
    }
    assert {r["stepKindLabel"] for r in rows} == {"Signature"}
    members = {f"{ID}country/{c}" for c in ("belgium", "netherlands", "luxembourg")}
    for r in rows:
        parties = set(r["parties"].split())
        assert r["counterparty"] in parties
        # the Benelux side: the three members of a Benelux agreement; "de Benelux" of the plan
        benelux_side = members if r["position"] == "7" else {f"{ID}organisation/benelux-union"}
        assert parties == benelux_side | {r["counterparty"]}


def test_cq16_signed_and_in_signing_process(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq16-signed-and-signing.rq")
    signed = {(int(r["position"]), slug(r["instrument"])) for r in rows if r["status"] == "signed"}
    assert signed == {
        # "Ondertekening van drie overname- en visumvrijstellingsovereenkomsten"
        (7, "instrument/readmission-visa-waiver-agreement-mongolia"),
        (7, "instrument/readmission-visa-waiver-agreement-belize"),
        (7, "instrument/readmission-visa-waiver-agreement-kyrgyzstan"),
        # "Ondertekening van een aanbeveling inzake duurzame luchtvaart"
        (21, "instrument/recommendation-sustainable-aviation"),
        # "Ondertekening van een actieplan ter versterking van de samenwerking tussen de Benelux
        # en Hauts-de-France"
        (26, "instrument/action-plan-benelux-hauts-de-france"),
    }
    # "definitieve goedkeuring van de teksten en het ondertekeningsproces": not (yet) signed
    in_process = {(int(r["position"]), slug(r["instrument"])) for r in rows} - signed
    assert in_process == {(6, "instrument/benelux-treaty-social-fraud")}
    assert all(
        r["status"] == "in signing process"
        for r in rows
        if r["instrument"] == f"{ID}instrument/benelux-treaty-social-fraud"
    )
    statuses = [r["status"] for r in rows]
    assert statuses == sorted(statuses, key=lambda s: s != "signed"), "signed ones first"


def test_cq17_what_each_anniversary_commemorates(store_2025: OxigraphStore) -> None:
    rows = run(store_2025, "cq17-anniversaries.rq")
    found = [
        (int(r["position"]), int(r["years"]), slug(r["commemorated"]), r["statedAs"]) for r in rows
    ]
    assert found == [
        # "In het kader van de 20e verjaardag van de Penta-samenwerking"
        (16, 20, "organisation/pentalateral-energy-forum", "20e verjaardag"),
        # "ter ere van de 40e verjaardag van de Schengenakkoorden"
        (29, 40, "instrument/schengen-agreements", "40e verjaardag"),
        # "Tweede officiële Benelux-dag ... in het teken van 65 jaar vrij verkeer van personen"
        (
            30,
            65,
            "initiative/benelux-free-movement-of-persons",
            "65 jaar vrij verkeer van personen",
        ),
    ]
    # the events that mark them: the exercise, the unveiling of the plaque, the Benelux Day
    assert [r["events"] for r in rows] == [
        f"{ID}event/2025-penta-electricity-crisis-exercise",
        f"{ID}event/2025-schengen-plaque-unveiling",
        f"{ID}event/2025-benelux-day",
    ]


def test_cq18_acts_taken_during_an_event(store_2025: OxigraphStore) -> None:
    """An act on an instrument "tijdens" an event: only 15 and 28 ("Bewustmaking van jongeren
    tijdens een seminar", 20, is no act on an instrument)."""
    rows = run(store_2025, "cq18-acts-at-events.rq")
    found = [
        (int(r["position"]), slug(r["instrument"]), slug(r["event"]), r["stated"]) for r in rows
    ]
    assert found == [
        # "Formalisering van een gemeenschappelijk standpunt over de preventie van fietsdiefstal
        # tijdens de Benelux-fietsdag"
        (15, "instrument/common-position-bicycle-theft", "event/2025-benelux-bicycle-day", "true"),
        # "Verklaring van de premiers tijdens de Benelux-top"
        (28, "instrument/declaration-benelux-summit-2025", "event/2025-benelux-summit", "true"),
    ]
    assert [r["stepKindLabel"] for r in rows] == ["Adoption of a common position", "Declaration"]
