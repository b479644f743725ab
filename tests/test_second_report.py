"""Adding a report is data work: a made-up second report joins the graph, no code touched."""

from __future__ import annotations

import shutil
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDF

from publisher.build import build
from publisher.namespaces import BKG, ID
from publisher.store import OxigraphStore
from publisher.validate import data_graph, shapes_graph, validate

from .conftest import ROOT, copy_project

FIXTURE = Path(__file__).parent / "fixtures" / "second-report"
COOKBOOK = ROOT / "cookbook"


def _with_second_report(tmp_path: Path) -> Path:
    root = copy_project(tmp_path)
    shutil.copytree(FIXTURE / "data", root / "data", dirs_exist_ok=True)
    return root


def test_a_second_report_builds_and_conforms(tmp_path: Path) -> None:
    built = build(_with_second_report(tmp_path))
    report = validate(data_graph(built.dataset), shapes_graph(built.dataset))
    assert report.errors == (), "\n".join(map(str, report.errors))
    reports = set(built.dataset.subjects(RDF.type, BKG.Report))
    assert reports == {ID["report/2025-luxembourg-presidency"], ID["report/2099-example"]}
    achievements = set(built.dataset.subjects(RDF.type, BKG.Achievement))
    assert len(achievements) == 32


def test_the_cookbook_answers_for_both_reports(tmp_path: Path) -> None:
    store = OxigraphStore.from_dataset(build(_with_second_report(tmp_path)).dataset)
    query = (COOKBOOK / "cq01-achievements-by-section.rq").read_text(encoding="utf-8")
    rows = list(store.query(query))  # type: ignore[arg-type]
    years = {str(row["year"].value) for row in rows}
    assert years == {"2025", "2099"}
    made_up = [row for row in rows if str(row["year"].value) == "2099"]
    assert [str(row["achievement"].value) for row in made_up] == [
        str(URIRef(ID["achievement/2099-made-up-conference"])),
        str(URIRef(ID["achievement/2099-made-up-recommendation"])),
    ]
