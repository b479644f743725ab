"""One application, one route table, one error policy: both lanes answer alike."""

from __future__ import annotations

import httpx
import pytest

from publisher.web.routes import ROUTES, Route

BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"


def reachable_path(route: Route) -> str:
    """A path the route answers: itself, or one below it for a prefix route."""
    below = {
        "/id/": "country/belgium",
        "/doc/": "country/belgium",
        "/def/": "bkg",
        "/shapes/": "bkg",
        "/graph/": "schemes",
        "/catalog.": "ttl",
        "/.well-known/void.": "ttl",
        "/download/": "benelux-kg.ttl",
    }
    return route.path + below[route.path] if route.prefix else route.path


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.path}{'*' if r.prefix else ''}")
def test_every_route_of_the_table_answers(client: httpx.Client, route: Route) -> None:
    response = client.get(reachable_path(route))
    assert response.status_code in (200, 303), response.text


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.path}{'*' if r.prefix else ''}")
def test_a_method_a_route_does_not_allow_gets_405_with_allow(
    client: httpx.Client, route: Route
) -> None:
    response = client.request("PUT", reachable_path(route))
    allowed = ", ".join(sorted(route.methods))
    assert response.status_code == 405
    assert response.headers["allow"] == allowed
    assert response.text == f"PUT is not allowed here; use {allowed}\n"


@pytest.mark.parametrize(
    "path",
    [
        "/doc/country/atlantis",
        "/id/country/atlantis",
        "/nothing-here",
        "/download/nope",
        "/static/x",
    ],
)
def test_not_found_is_a_page_for_browsers_and_text_for_the_rest(
    client: httpx.Client, path: str
) -> None:
    page = client.get(path, headers={"Accept": BROWSER})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Nothing is published here" in page.text
    text = client.get(path, headers={"Accept": "text/turtle"})
    assert text.status_code == 404 and text.headers["content-type"].startswith("text/plain")
    assert text.text.strip() and text.text.strip() in page.text


def test_the_static_files_are_served_and_refuse_writes(client: httpx.Client) -> None:
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    refused = client.post("/static/style.css")
    assert refused.status_code == 405 and refused.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    ("path", "status"),
    [("/sparql?query=SELECT", 400), ("/doc/country/atlantis", 404), ("/nothing-here", 404)],
)
def test_errors_of_both_lanes_carry_cors_headers(
    client: httpx.Client, path: str, status: int
) -> None:
    response = client.get(path, headers={"Origin": "https://yasgui.example"})
    assert response.status_code == status
    assert response.headers["access-control-allow-origin"] == "*"
