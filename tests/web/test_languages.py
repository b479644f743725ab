"""The reader's language: chosen with ?lang=, remembered, and every interface word in it
(code, such as a query's text, and what is tagged as another language's data are not).

The shared in-process client forgets cookies between requests (tests/in_process.py); a browser
keeps them, which the requests here do by sending the cookie the first response set.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import httpx
import pytest

from publisher.web.pages.cookbook import read_cookbook
from publisher.web.pages.i18n import TEXT
from publisher.web.pages.property_names import STANDARD_NAMES as STANDARD

from ..support import COOKBOOK

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
#: One page of each kind whose words come from the table of interface strings.
PAGES = [
    "/",
    "/browse",
    "/search?q=benelux",
    "/search",
    "/sparql",
    "/sparql?query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fbenelux-kg%2Fdef%2Fbkg%23Report%3E%20%7D",
    "/download/",
    "/id/country/atlantis",
    "/doc/achievement/2025-benelux-day",
]


def visible(page: str, lang: str = "en") -> str:
    """The page's text, without what is tagged as being in another language (a data label)."""
    body = re.sub(r"<(script|style|textarea|pre|code)\b.*?</\1>", " ", page, flags=re.S)
    other = rf'<(\w+)\b[^>]*\blang="(?!{lang}")[a-z]{{2}}"[^>]*>.*?</\1>'
    body = re.sub(other, " ", body, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def test_a_choice_of_language_is_remembered_on_the_next_pages(client: httpx.Client) -> None:
    chosen = client.get("/?lang=fr", headers={"Accept": BROWSER})
    cookie = chosen.headers["set-cookie"]
    assert cookie.startswith("lang=fr;") and "samesite=lax" in cookie.lower()
    for path in ("/browse", "/search?q=Belgi", "/sparql", "/id/country/atlantis"):
        page = client.get(
            path,
            headers={"Accept": BROWSER, "Accept-Language": "en", "Cookie": "lang=fr"},
            follow_redirects=True,
        )
        assert '<html lang="fr">' in page.text, path
        assert "Cookie" in page.headers["vary"]
    english = client.get("/browse", headers={"Accept": BROWSER, "Accept-Language": "en"})
    assert '<html lang="en">' in english.text  # no cookie: the browser's language


@pytest.mark.parametrize("path", PAGES)
def test_every_page_switches_language_and_keeps_its_query(client: httpx.Client, path: str) -> None:
    page = client.get(path, headers={"Accept": BROWSER}, follow_redirects=True).text
    links = re.findall(r'<a lang="(nl|fr)" hreflang="\1" href="([^"]+)"', page)
    assert {code for code, _ in links} == {"nl", "fr"}, path
    asked = parse_qs(urlsplit(path).query)
    for code, link in links:
        kept = parse_qs(urlsplit(html.unescape(link)).query)
        assert kept.pop("lang") == [code] and kept == asked, link


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize("path", PAGES)
def test_no_interface_word_is_left_in_english(client: httpx.Client, path: str, lang: str) -> None:
    page = client.get(path, headers={"Accept": BROWSER, "Cookie": f"lang={lang}"})
    text = visible(page.text, lang)
    fragments = {
        fragment.strip(" .,;:")
        for words in TEXT.values()
        if words["en"] != words[lang]
        for fragment in re.split(r"\{\w+\}", words["en"])
    }
    left = sorted(
        fragment
        for fragment in fragments
        if len(fragment) >= 8 and re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text)
    )
    assert left == [], f"{path} in {lang}: {left}"


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_cookbook_questions_are_in_the_readers_language(
    client: httpx.Client, lang: str
) -> None:
    recipes = read_cookbook(COOKBOOK)
    assert all(recipe.title_in(lang) != recipe.title for recipe in recipes)
    for path in ("/", "/sparql"):
        page = client.get(path, headers={"Accept": BROWSER, "Cookie": f"lang={lang}"})
        text = visible(page.text, lang)
        for recipe in recipes:
            assert recipe.title_in(lang) in text and recipe.title not in text, (path, recipe.name)


def test_every_page_names_its_canonical_url_and_its_other_languages(client: httpx.Client) -> None:
    for path in PAGES:
        headers = {"Accept": BROWSER, "Cookie": "lang=nl"}
        page = client.get(path, headers=headers, follow_redirects=True).text
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', page)
        )
        assert set(alternates) == {"nl", "fr", "en", "x-default"}, path
        assert all(url.startswith("http://testserver/") for url in alternates.values())
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page)
        assert canonical and canonical.group(1) == alternates["nl"], path
        assert re.search(r'<meta name="description" content="[^"]{40,}"', page), path


def test_the_style_sheet_is_kept_by_browsers(client: httpx.Client) -> None:
    style = client.get("/static/style.css")
    assert style.status_code == 200 and "max-age=86400" in style.headers["cache-control"]


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize(
    "path", ["/catalog", "/def/bkg", "/graph/schemes", "/doc/dataset/benelux-kg"]
)
def test_property_names_are_in_the_readers_language(
    client: httpx.Client, path: str, lang: str
) -> None:
    headers = {"Accept": BROWSER, "Cookie": f"lang={lang}"}
    page = client.get(path, headers=headers, follow_redirects=True)
    assert page.status_code == 200, path
    names = {
        html.unescape(re.sub(r"<[^>]+>", "", n)).strip()
        for n in re.findall(r"<dt[^>]*>(.*?)</dt>", page.text, flags=re.S)
    }
    english = {words["en"] for words in STANDARD.values() if words["en"] != words[lang]}
    assert names and not names & english, (path, sorted(names & english))


def test_the_sitemap_lists_every_page_in_each_language(client: httpx.Client) -> None:
    robots = client.get("/robots.txt")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.text
    sitemap = client.get("/sitemap.xml")
    assert sitemap.headers["content-type"].startswith("application/xml")
    root = ElementTree.fromstring(sitemap.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = root.findall("s:url", ns)
    locs = [u.findtext("s:loc", namespaces=ns) or "" for u in urls]
    achievements = [loc for loc in locs if "/doc/achievement/2025-" in loc]
    assert len(achievements) == 30 and len(locs) == len(set(locs))
    assert all(len(u.findall("x:link", ns)) == 3 for u in urls)
    for loc in [locs[0], achievements[0], locs[-1]]:
        page = client.get(loc.removeprefix("http://testserver"), headers={"Accept": BROWSER})
        assert page.status_code == 200, loc
