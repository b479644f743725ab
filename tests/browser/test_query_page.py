"""The query page in a real headless browser: it renders, runs the cookbook, shows errors."""

from __future__ import annotations

from typing import Any

from rdflib import Graph
from rdflib.namespace import RDF

from publisher.core.namespaces import BKG
from publisher.engine.store import OxigraphStore

from ..support import ARTIFACTS, COOKBOOK, Server


def test_the_query_page_runs_a_cookbook_example(
    server: Server, page: Any, store: OxigraphStore
) -> None:
    regions = store.select((COOKBOOK / "cq04-partner-regions.rq").read_text(encoding="utf-8"))
    page.goto(f"{server.url}/sparql")
    assert "SPARQL query" in page.title()
    assert page.locator("html").get_attribute("lang") == "en"
    assert "SELECT" in page.locator("textarea#query").input_value()
    examples = page.locator(".examples a")
    assert examples.count() == len(list(COOKBOOK.glob("*.rq")))
    page.locator(".examples a", has_text="Which partner regions").click()
    page.wait_for_selector(".results table")
    assert page.locator(".results tbody tr").count() == len(regions)
    assert (
        page.locator(".results a", has_text="hauts-de-france").first.get_attribute("href")
        == "/id/region/hauts-de-france"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "query-page.png"), full_page=True)
    assert page.console_errors == []


def test_the_results_download_in_each_format(server: Server, page: Any, union: Graph) -> None:
    page.goto(f"{server.url}/sparql")
    page.locator("textarea#query").fill(
        "SELECT ?s WHERE { ?s a <https://w3id.org/benelux-kg/def/bkg#Country> }"
    )
    page.locator("form.query button[type=submit]").click()
    page.wait_for_selector(".results table")
    links = page.locator(".downloads a")
    assert links.count() == 4
    href = page.locator(".downloads a", has_text="CSV").get_attribute("href")
    response = page.request.get(f"{server.url}{href}")
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/csv")
    countries = set(union.subjects(RDF.type, BKG.Country))
    assert len(response.text().splitlines()) == 1 + len(countries)


def test_a_malformed_query_shows_what_is_wrong(server: Server, page: Any) -> None:
    page.goto(f"{server.url}/sparql")
    page.locator("textarea#query").fill("SELECT * WHERE { ?s ?p }")
    with page.expect_response(lambda r: "/sparql?" in r.url) as answer:
        page.locator("form.query button[type=submit]").click()
    assert answer.value.status == 400
    alert = page.locator("[role=alert]")
    assert "malformed query" in alert.inner_text()
    assert page.locator("textarea#query").input_value() == "SELECT * WHERE { ?s ?p }"


def test_user_text_is_escaped(server: Server, page: Any) -> None:
    page.goto(
        f"{server.url}/sparql?query="
        + "SELECT%20(%22%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%20AS%20%3Fx)%20%7B%7D"
    )
    page.wait_for_selector(".results table")
    assert page.locator(".results td").first.inner_text() == "<script>alert(1)</script>"
    assert page.console_errors == []
