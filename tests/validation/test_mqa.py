"""The catalogue's quality score, as data.europa.eu's MQA computes it, and that it can fall."""

from __future__ import annotations

import httpx
import pytest
from rdflib import Graph
from rdflib.namespace import DCAT, DCTERMS

from publisher.core.project import Project
from publisher.validation import mqa
from publisher.validation.shacl import validate

from ..conftest import TEST_URL
from ..support import ROOT


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(Project(ROOT).catalog_shapes, format="turtle")


@pytest.fixture(scope="module")
def catalog(client: httpx.Client) -> Graph:
    response = client.get("/catalog", headers={"Accept": "text/turtle"})
    return Graph().parse(data=response.text, format="turtle")


def test_the_quality_score_is_excellent(client: httpx.Client, shapes: Graph) -> None:
    assessment = mqa.assess_url(f"{TEST_URL}/catalog", shapes, http=client)
    assert assessment.total >= 351, assessment.report()
    assert assessment.rating == "Excellent"
    assert [d.maximum for d in assessment.dimensions] == [100, 100, 110, 75, 20]


def test_the_quality_score_falls_when_a_property_goes(catalog: Graph, shapes: Graph) -> None:
    full = mqa.assess(catalog, lambda url: True, True).total
    for predicate in (DCAT.keyword, DCTERMS.license, DCAT.byteSize, DCAT.contactPoint):
        thinner = Graph() + catalog
        thinner.remove((None, predicate, None))
        compliant = validate(thinner, shapes).conforms
        assert mqa.assess(thinner, lambda url: True, compliant).total < full, predicate
    assert mqa.assess(catalog, lambda url: False, True).total < full


def test_an_empty_catalogue_scores_nothing() -> None:
    empty = mqa.assess(Graph(), lambda url: True, False)
    assert empty.total == 0 and empty.rating == "Bad"
