"""Adding a report is data work: a made-up second report joins the graph, no code touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF

from publisher.build.assemble import Built, build_dataset
from publisher.catalogue.dcat import DATASET, VERSION, build_catalog, read_static
from publisher.catalogue.publication import covered_reports
from publisher.core.namespaces import BKG, ID
from publisher.core.project import Project
from publisher.core.release import Release
from publisher.engine.store import OxigraphStore
from publisher.validation.shacl import data_graph, shapes_graph, validate

from ..support import COOKBOOK, ROOT, SECOND_REPORT, copy_project, run_cli

MADE_UP = [ID["achievement/2099-made-up-conference"], ID["achievement/2099-made-up-recommendation"]]


@pytest.fixture(scope="module")
def with_second(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = copy_project(tmp_path_factory.mktemp("project"))
    shutil.copytree(SECOND_REPORT / "data", root / "data", dirs_exist_ok=True)
    return build_dataset(root)


def test_a_second_report_builds_and_conforms(with_second: Built, dataset: Dataset) -> None:
    report = validate(data_graph(with_second.dataset), shapes_graph(with_second.dataset))
    assert report.errors == (), "\n".join(map(str, report.errors))
    reports = set(with_second.dataset.subjects(RDF.type, BKG.Report))
    assert reports == set(dataset.subjects(RDF.type, BKG.Report)) | {ID["report/2099-example"]}
    achievements = set(with_second.dataset.subjects(RDF.type, BKG.Achievement))
    assert achievements == set(dataset.subjects(RDF.type, BKG.Achievement)) | set(MADE_UP)


def test_the_cookbook_answers_for_both_reports(with_second: Built, dataset: Dataset) -> None:
    query = (COOKBOOK / "cq01-achievements-by-section.rq").read_text(encoding="utf-8")
    before = OxigraphStore.from_dataset(dataset).select(query)
    after = OxigraphStore.from_dataset(with_second.dataset).select(query)
    assert {row["year"] for row in after} == {row["year"] for row in before} | {"2099"}
    made_up = [row["achievement"] for row in after if row["year"] == "2099"]
    assert made_up == [str(iri) for iri in MADE_UP]
    assert [row for row in after if row["year"] != "2099"] == before


def test_the_catalogue_follows_the_reports(with_second: Built) -> None:
    store = OxigraphStore.from_dataset(with_second.dataset)
    reports = covered_reports(store)
    assert {(str(r.iri), r.year) for r in reports} == {
        (str(ID["report/2025-luxembourg-presidency"]), 2025),
        (str(ID["report/2099-example"]), 2099),
    }
    static = read_static(Project(ROOT).catalog)
    release = Release.of("0" * 64, [catalog_file := Project(ROOT).catalog / "catalog.ttl"])
    catalog = build_catalog(static, "http://127.0.0.1:8000", [], release, reports)
    assert catalog_file.is_file()
    assert catalog.value(DATASET, VERSION) == Literal("2099")
    periods = {
        (str(catalog.value(p, DCAT.startDate)), str(catalog.value(p, DCAT.endDate)))
        for p in catalog.objects(DATASET, DCTERMS.temporal)
    }
    assert periods == {("2025-01-01", "2025-12-31"), ("2099-01-01", "2099-12-31")}  # no gap
    assert set(catalog.objects(DATASET, PROV.wasDerivedFrom)) == {r.iri for r in reports}
    assert (DATASET, VERSION, None) not in static  # nothing of it is kept by hand


def test_validate_reads_the_catalogue_and_names_a_slip(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    catalog = root / "data/catalog/catalog.ttl"
    catalog.write_text(catalog.read_text(encoding="utf-8") + "\n<oops> a .\n", encoding="utf-8")
    checked = run_cli("--root", str(root), "validate")
    assert checked.returncode == 2
    assert "data/catalog/catalog.ttl" in checked.stderr and "Traceback" not in checked.stderr
