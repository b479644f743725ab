"""Every kind of page fits a phone's 375 px without sideways scrolling (WCAG 1.4.10), in each
reader language, and the header leaves most of the screen to the page."""

from __future__ import annotations

from typing import Any

import pytest

from publisher.core.languages import READER_LANGUAGES

from ..support import Server

PAGE_KINDS = [
    "/",
    "/browse",
    "/sparql",
    "/sparql?query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%2030",
    "/search?q=water",
    "/doc/achievement/2025-water-crisis-stress-tests",
    "/doc/country/belgium",
    "/doc/organisation/benelux-union",
    "/doc/instrument/benelux-police-treaty",
    "/def/bkg",
    "/download/",
    "/catalog",
    "/no-such-page",
]


@pytest.fixture
def phone(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", READER_LANGUAGES)
def test_no_page_is_wider_than_a_phone(server: Server, phone: Any, lang: str) -> None:
    wider = {}
    for path in PAGE_KINDS:
        separator = "&" if "?" in path else "?"
        phone.goto(f"{server.url}{path}{separator}lang={lang}", wait_until="load")
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            wider[path] = width
    assert wider == {}, f"wider than 375 px in {lang}: {wider}"


def test_the_header_is_compact_on_a_phone(server: Server, phone: Any) -> None:
    """The header took 245 px of an 812 px screen in every language; it now takes at most 22 %."""
    heights = {}
    for lang in READER_LANGUAGES:
        phone.goto(f"{server.url}/?lang={lang}")
        heights[lang] = phone.evaluate(
            "document.querySelector('header.site').getBoundingClientRect().height"
        )
    assert all(height < 812 * 0.22 for height in heights.values()), heights
