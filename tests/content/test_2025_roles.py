"""Roles, acts, events and figures of the 2025 report, checked against what its text says.

Every expected value is written by hand from the report (data/source/…2025….nl.txt) and from the
readings its inferences files give; none is read from the graph. Things are written as
`<kind>/<slug>` (`achievement/2025-…#step-1`, `organisation/fao`).
"""

from __future__ import annotations

import pytest

from publisher.core.namespaces import ID as ID_NAMESPACE
from publisher.engine.store import OxigraphStore

ID = str(ID_NAMESPACE)
STATED = "https://w3id.org/benelux-kg/graph/report/2025-luxembourg"
INFERRED = f"{STATED}/inferences"
PREFIXES = """PREFIX bkg: <https://w3id.org/benelux-kg/def/bkg#>
PREFIX kind: <https://w3id.org/benelux-kg/id/kind/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
BENELUX = ["country/belgium", "country/netherlands", "country/luxembourg"]
UNION = "organisation/benelux-union"
LETTER = "achievement/2025-joint-letter-territorial-supply-constraints"
AGREEMENTS = "achievement/2025-readmission-visa-waiver-agreements"
ACTION_PLAN = "achievement/2025-hauts-de-france-action-plan"
AGRICULTURE = "2025-sustainable-agriculture-conference"


def short(iri: str) -> str:
    return iri.removeprefix(ID)


def select(store: OxigraphStore, query: str) -> list[dict[str, str]]:
    return store.select(PREFIXES + query)


def holders(store: OxigraphStore, graph: str, role: str) -> set[tuple[str, str]]:
    rows = select(store, f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s bkg:{role} ?o }} }}")
    return {(short(r["s"]), short(r["o"])) for r in rows}


def pairs(subjects: list[str], bodies: list[str]) -> set[tuple[str, str]]:
    return {(s, b) for s in subjects for b in bodies}


def test_frameworks_are_what_happened_in_het_kader_van(store_2025: OxigraphStore) -> None:
    # 2 "de operaties “Etoile” … in het kader van het Hazeldonk-overleg"; 17 "in het kader van
    # de North Sea Energy Cooperation"
    nsec = "2025-nsec-ministerial-meetings"
    assert holders(store_2025, STATED, "framework") == {
        ("achievement/2025-joint-police-checks", "organisation/hazeldonk-consultation"),
        ("event/2025-operations-etoile", "organisation/hazeldonk-consultation"),
        (f"achievement/{nsec}", "organisation/north-seas-energy-cooperation"),
        (f"event/{nsec}", "organisation/north-seas-energy-cooperation"),
    }
    # 16 "In het kader van de 20e verjaardag van de Penta-samenwerking": the anniversary frames
    # the exercise; the Penta cooperation as its framework is a reading
    penta = "2025-penta-electricity-crisis-exercise"
    assert holders(store_2025, INFERRED, "framework") == pairs(
        [f"achievement/{penta}", f"event/{penta}"], ["organisation/pentalateral-energy-forum"]
    )


def test_counterparties_contributors_and_addressees(store_2025: OxigraphStore) -> None:
    # 7 "overeenkomsten met Mongolië, Belize en Kirgizië"; 26 "tussen de Benelux en Hauts-de-France"
    assert holders(store_2025, STATED, "counterparty") == {
        (AGREEMENTS, "country/mongolia"),
        (AGREEMENTS, "country/belize"),
        (AGREEMENTS, "country/kyrgyzstan"),
        (f"{AGREEMENTS}#step-1", "country/mongolia"),
        (f"{AGREEMENTS}#step-2", "country/belize"),
        (f"{AGREEMENTS}#step-3", "country/kyrgyzstan"),
        (ACTION_PLAN, "region/hauts-de-france"),
        (f"{ACTION_PLAN}#step-1", "region/hauts-de-france"),
    }
    # 25 "ondersteund door een thematische uitwisseling tussen …, de … (FAO) en de Europese
    # Commissie"
    assert holders(store_2025, STATED, "contributor") == pairs(
        [f"achievement/{AGRICULTURE}", f"event/{AGRICULTURE}"],
        ["organisation/fao", "organisation/european-commission"],
    )
    # 11 "een gezamenlijke brief … aan de Europese Commissie"
    assert holders(store_2025, STATED, "addressee") == pairs(
        [LETTER, f"{LETTER}#step-1"], ["organisation/european-commission"]
    )


def test_actors_are_stated_where_named_and_inferred_behind_a_collective_name(
    store_2025: OxigraphStore,
) -> None:
    # 23 "Indiening door Polen …" and "verzoek tot toetreding van Ierland"
    assert holders(store_2025, STATED, "actor") == {
        ("achievement/2025-diploma-treaty-accession-requests#step-1", "country/poland"),
        ("achievement/2025-diploma-treaty-accession-requests#step-2", "country/ireland"),
    }
    # 11 the letter "van de Benelux-landen"; 7 the Benelux side of the agreements; 28 "de premiers";
    # 26 the Benelux side of a plan "tussen de Benelux en Hauts-de-France"
    steps = [f"{AGREEMENTS}#step-{n}" for n in (1, 2, 3)]
    assert holders(store_2025, INFERRED, "actor") == pairs(
        [f"{LETTER}#step-1", *steps, "achievement/2025-benelux-summit-declaration#step-1"],
        BENELUX,
    ) | {(f"{ACTION_PLAN}#step-1", UNION)}


def test_organisers_are_inferred_where_the_bullet_names_no_organiser(
    store_2025: OxigraphStore,
) -> None:
    assert holders(store_2025, STATED, "organiser") == set()
    # 3 "Organisatie van een grote conferentie", 4 "Organisatie van twee conferenties",
    # 24 "de organisatie van een rondetafelgesprek", 25 "Organisatie van een conferentie"
    events = [
        "2025-conference-organised-crime",
        "2025-conference-resilience-crisis-situations",
        "2025-conference-resilience-democracy",
        "2025-digital-inclusion-round-table",
        AGRICULTURE,
    ]
    assert holders(store_2025, INFERRED, "organiser") == pairs(
        [f"event/{e}" for e in events], [UNION]
    )


def test_the_benelux_union_takes_part_in_every_achievement(store_2025: OxigraphStore) -> None:
    rows = select(
        store_2025,
        f"SELECT ?a WHERE {{ ?a a bkg:Achievement . GRAPH <{STATED}> {{ ?a bkg:participant "
        f"<{ID}{UNION}> }} }}",
    )
    assert len(rows) == 30


@pytest.mark.parametrize(
    "achievement",
    [
        "2025-sme-cooperation",  # 8 "kmo-gezanten van de Benelux-landen"
        "2025-joint-letter-territorial-supply-constraints",  # 11 "brief van de Benelux-landen"
        "2025-penta-electricity-crisis-exercise",  # 16 the Penta partners
        AGRICULTURE,  # 25 "uitwisseling tussen de Benelux-landen, …"
    ],
)
def test_members_read_from_a_collective_name_are_inferred(
    store_2025: OxigraphStore, achievement: str
) -> None:
    subject = f"achievement/{achievement}"
    stated = {b for s, b in holders(store_2025, STATED, "participant") if s == subject}
    inferred = {b for s, b in holders(store_2025, INFERRED, "participant") if s == subject}
    assert not stated & {*BENELUX, "country/france", "country/germany"}
    assert set(BENELUX) <= inferred


def test_one_triple_pattern_finds_everything_a_body_is_involved_in(
    store_2025: OxigraphStore,
) -> None:
    rows = select(
        store_2025, f"SELECT DISTINCT ?x WHERE {{ ?x bkg:involves <{ID}organisation/fao> }}"
    )
    assert {short(r["x"]) for r in rows} == {
        f"achievement/{AGRICULTURE}",
        f"event/{AGRICULTURE}",
        "event/2025-sustainable-agriculture-thematic-exchange",
    }


def test_acts_link_to_the_event_during_which_they_happened(store_2025: OxigraphStore) -> None:
    rows = select(store_2025, "SELECT ?step ?event WHERE { ?step bkg:atEvent ?event }")
    # 15 "Formalisering … tijdens de Benelux-fietsdag"; 28 "Verklaring … tijdens de Benelux-top"
    assert {(short(r["step"]), short(r["event"])) for r in rows} == {
        ("achievement/2025-common-position-bicycle-theft#step-1", "event/2025-benelux-bicycle-day"),
        ("achievement/2025-benelux-summit-declaration#step-1", "event/2025-benelux-summit"),
    }


def test_a_treaty_in_its_signing_process_is_not_signed(store_2025: OxigraphStore) -> None:
    rows = select(
        store_2025,
        "SELECT DISTINCT ?instrument WHERE { ?a bkg:hasStep ?s . "
        "?s bkg:kind/skos:broader* kind:signature ; bkg:onInstrument ?instrument }",
    )
    # 7 the three agreements, 21 the recommendation, 26 the action plan: "Ondertekening van …";
    # not 6, whose treaty is in "het ondertekeningsproces"
    assert {short(r["instrument"]) for r in rows} == {
        "instrument/readmission-visa-waiver-agreement-mongolia",
        "instrument/readmission-visa-waiver-agreement-belize",
        "instrument/readmission-visa-waiver-agreement-kyrgyzstan",
        "instrument/recommendation-sustainable-aviation",
        "instrument/action-plan-benelux-hauts-de-france",
    }


def test_every_figure_says_what_it_measures(store_2025: OxigraphStore) -> None:
    rows = select(
        store_2025,
        "SELECT ?stated ?of ?type WHERE { ?f a bkg:Figure ; bkg:statedAs ?stated ; "
        "bkg:figureOf ?of ; bkg:figureType ?type }",
    )
    assert {(r["stated"], short(r["of"]), short(r["type"]).split("/")[1]) for r in rows} == {
        ("8 landen", "event/2025-operation-open-skies", "count"),
        ("twee conferenties", "achievement/2025-resilience-conferences", "count"),
        ("drie overname- en visumvrijstellingsovereenkomsten", AGREEMENTS, "count"),
        ("Twee ministeriële bijeenkomsten", "event/2025-nsec-ministerial-meetings", "count"),
        ("20e verjaardag", "organisation/pentalateral-energy-forum", "anniversary"),
        (
            "twee actieplannen",
            "achievement/2025-professional-qualifications-action-plans",
            "count",
        ),
        ("40e verjaardag", "instrument/schengen-agreements", "anniversary"),
        ("Tweede officiële Benelux-dag", "event/2025-benelux-day", "ordinal"),
        (
            "65 jaar vrij verkeer van personen",
            "initiative/benelux-free-movement-of-persons",
            "anniversary",
        ),
    }


def test_figures_about_an_occurrence_sit_on_its_event_too(store_2025: OxigraphStore) -> None:
    rows = select(
        store_2025,
        "SELECT ?e ?stated WHERE { ?e a bkg:Event ; bkg:hasFigure/bkg:statedAs ?stated }",
    )
    assert {(short(r["e"]), r["stated"]) for r in rows} == {
        ("event/2025-operation-open-skies", "8 landen"),
        ("event/2025-penta-electricity-crisis-exercise", "20e verjaardag"),
        ("event/2025-nsec-ministerial-meetings", "Twee ministeriële bijeenkomsten"),
        ("event/2025-schengen-plaque-unveiling", "40e verjaardag"),
        ("event/2025-benelux-day", "Tweede officiële Benelux-dag"),
        ("event/2025-benelux-day", "65 jaar vrij verkeer van personen"),
    }


def test_every_event_and_step_carries_its_passage(store_2025: OxigraphStore) -> None:
    rows = select(
        store_2025,
        "SELECT ?x WHERE { { ?x a bkg:Event } UNION { ?x a bkg:InstrumentStep } "
        "FILTER NOT EXISTS { ?x bkg:sourcePassage ?p } }",
    )
    assert rows == []
