"""The pages for people in a real headless browser: they render, link, and raise no errors."""

from __future__ import annotations

from typing import Any

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from publisher.core import uris
from publisher.core.namespaces import BKG, OA

from ..support import ARTIFACTS, Server


def test_the_home_page(server: Server, page: Any, union: Graph) -> None:
    achievements = set(union.subjects(RDF.type, BKG.Achievement))
    themes = set(union.subjects(SKOS.inScheme, uris.mint("scheme", "theme")))
    page.goto(f"{server.url}/")
    assert page.locator("h1").inner_text().startswith("What the Benelux Union achieved")
    assert page.locator("svg.diagram").count() == 2
    assert page.locator("ul.counts li").first.inner_text().split()[0] == str(len(achievements))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-page.png"), full_page=True)
    page.locator("a.card", has_text="Browse").click()
    page.wait_for_url("**/browse")
    assert page.locator("#themes li").count() == len(themes)
    assert page.console_errors == []


def test_an_achievement_page_in_dutch(server: Server, page: Any, union: Graph) -> None:
    """An achievement whose passage spans lines: its Dutch label, its text marked in context."""
    achievement, passage = next(
        (a, p)
        for a, p in sorted(union.subject_objects(BKG.sourcePassage))
        if int(union.value(p, BKG.lastLine)) > int(union.value(p, BKG.firstLine))  # type: ignore[arg-type]
    )
    path = uris.path_of(str(achievement))
    label = next(o for o in union.objects(achievement, RDFS.label) if o.language == "nl")  # type: ignore[attr-defined]
    exact = " ".join(str(union.value(passage, OA.exact)).split())
    lines = f"{union.value(passage, BKG.firstLine)}–{union.value(passage, BKG.lastLine)}"
    page.goto(f"{server.url}{path}?lang=nl")
    assert page.url.endswith(f"{uris.document_of(str(path))}?lang=nl")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text() == str(label)
    assert " ".join(page.locator("mark").inner_text().split()) == exact
    assert lines in page.locator(".passage p").first.inner_text()
    structured = page.locator('script[type="application/ld+json"]').inner_text()
    assert '"@type": ["Action"]' in structured
    page.screenshot(path=str(ARTIFACTS / "achievement-page.png"), full_page=True)
    page.locator("nav.languages a", has_text="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.console_errors == []


def test_the_ontology_documentation(server: Server, page: Any) -> None:
    page.goto(f"{server.url}/def/bkg#Achievement")
    assert page.locator("section.term#Achievement").is_visible()
    assert page.locator("section.term#Achievement p[lang=fr]").count() == 1
    assert page.console_errors == []
