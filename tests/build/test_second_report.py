"""Adding a report is data work: a made-up second report joins the graph, no code touched."""

from __future__ import annotations

import shutil

import pytest
from rdflib import Dataset
from rdflib.namespace import RDF

from publisher.build.assemble import Built, build_dataset
from publisher.core.namespaces import BKG, ID
from publisher.engine.store import OxigraphStore
from publisher.validation.shacl import data_graph, shapes_graph, validate

from ..support import COOKBOOK, SECOND_REPORT, copy_project

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
