"""Every minted URI dereferences, for people and for machines; pages link to nothing broken."""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from publisher.core import uris
from publisher.core.formats import DUMP_FORMATS, RDF_DOCUMENT_FORMATS
from publisher.core.namespaces import BASE, BKG
from publisher.core.project import Project

from ..support import ROOT, parse_graph

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


def minted_paths(dataset: Dataset) -> list[str]:
    """The URL path of every IRI under the canonical base that the graph uses."""
    paths = set()
    for graph in dataset.graphs():
        for triple in graph:
            for node in triple:
                if isinstance(node, URIRef) and uris.is_ours(str(node)):
                    paths.add(uris.path_of(str(node)))
        paths.add(uris.path_of(str(graph.identifier)))
    return sorted(p for p in paths if p)


class Following:
    """The in-process client, following the 303s from things to their documents."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def get(self, path: str, **options: Any) -> httpx.Response:
        return self._client.get(path, follow_redirects=True, **options)

    def head(self, path: str, **options: Any) -> httpx.Response:
        return self._client.head(path, follow_redirects=True, **options)


@pytest.fixture(scope="module")
def http(client: httpx.Client) -> Following:
    return Following(client)


@pytest.mark.slow
def test_every_minted_uri_dereferences_in_every_format(http: Following, dataset: Dataset) -> None:
    paths = minted_paths(dataset)
    assert {uris.path_of(str(g.identifier)) for g in dataset.graphs() if len(g)} <= set(paths)
    failures = []
    for path in paths:
        iri = BASE + path.lstrip("/")
        for fmt in RDF_DOCUMENT_FORMATS:
            media_type = fmt.media_type
            response = http.get(path, headers={"Accept": media_type})
            if response.status_code != 200 or not response.headers["content-type"].startswith(
                media_type
            ):
                failures.append((path, media_type, response.status_code))
                continue
            graph = parse_graph(response.content, response.headers["content-type"])
            if not any(URIRef(iri) in (s, o) for s, _, o in graph) and not any(
                str(s).startswith(iri + "#") for s in graph.subjects()
            ):
                failures.append((path, media_type, "does not describe the IRI"))
        page = http.get(path, headers={"Accept": BROWSER, "Accept-Language": "fr"})
        if page.status_code != 200 or '<html lang="fr">' not in page.text:
            failures.append((path, "text/html", page.status_code))
    assert failures == []


def test_a_thing_answers_303_with_its_document(client: httpx.Client) -> None:
    response = client.get(
        "/id/country/belgium", headers={"Accept": "text/turtle"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/doc/country/belgium"


def test_the_page_has_the_label_in_the_readers_language(http: Following) -> None:
    for lang, name in (("nl", "België"), ("fr", "Belgique"), ("en", "Belgium")):
        page = http.get(
            "/id/country/belgium",
            headers={"Accept": BROWSER, "Accept-Language": f"{lang},en;q=0.5"},
        )
        assert f'<html lang="{lang}">' in page.text
        assert f"<title>{name} · " in page.text
        assert page.headers["content-language"] == lang
    switched = http.get(
        "/doc/country/belgium?lang=nl", headers={"Accept": BROWSER, "Accept-Language": "fr"}
    )
    assert "<title>België · " in switched.text


NEGOTIATION = [
    (BROWSER, "text/html"),
    ("*/*", "text/turtle"),
    (None, "text/turtle"),
    ("application/ld+json", "application/ld+json"),
    ("text/turtle;q=0, */*;q=0.5", "application/ld+json"),
    ("text/turtle;q=0.5, application/rdf+xml", "application/rdf+xml"),
    ("application/n-triples;q=0.9, text/html;q=0.8", "application/n-triples"),
    ("text/*", "text/turtle"),
    ("application/json", None),
    ("image/png", None),
]


@pytest.mark.parametrize(("accept", "expected"), NEGOTIATION)
def test_content_negotiation(
    client: httpx.Client, accept: str | None, expected: str | None
) -> None:
    request = client.build_request("GET", "/doc/country/belgium")
    del request.headers["accept"]
    if accept is not None:
        request.headers["accept"] = accept
    response = client.send(request)
    if expected is None:
        assert response.status_code == 406
        assert "available:" in response.text
    else:
        assert response.status_code == 200
        assert response.headers["content-type"].split(";")[0] == expected
        assert "Accept" in response.headers["vary"]


@pytest.mark.parametrize(
    ("suffix", "media_type"),
    [
        ("ttl", "text/turtle"),
        ("jsonld", "application/ld+json"),
        ("rdf", "application/rdf+xml"),
        ("nt", "application/n-triples"),
        ("html", "text/html"),
    ],
)
def test_extensions_and_format_parameter(http: Following, suffix: str, media_type: str) -> None:
    by_suffix = http.get(f"/doc/country/belgium.{suffix}", headers={"Accept": "image/png"})
    assert by_suffix.headers["content-type"].startswith(media_type)
    by_param = http.get(f"/doc/country/belgium?format={suffix}")
    assert by_param.headers["content-type"].startswith(media_type)


def test_headers_for_caches_and_crawlers(http: Following) -> None:
    response = http.get("/doc/country/belgium", headers={"Accept": "text/turtle"})
    assert response.headers["content-location"] == "/doc/country/belgium.ttl"
    assert f'<{BASE}id/country/belgium>; rel="describes"' in response.headers["link"]
    assert 'rel="alternate"; type="application/ld+json"' in response.headers["link"]
    etag, modified = response.headers["etag"], response.headers["last-modified"]
    assert "max-age" in response.headers["cache-control"]
    again = http.get(
        "/doc/country/belgium", headers={"Accept": "text/turtle", "If-None-Match": etag}
    )
    assert again.status_code == 304 and again.content == b""
    since = http.get(
        "/doc/country/belgium", headers={"Accept": "text/turtle", "If-Modified-Since": modified}
    )
    assert since.status_code == 304
    other = http.get(
        "/doc/country/belgium", headers={"Accept": "application/ld+json", "If-None-Match": etag}
    )
    assert other.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/browse",
        "/search?q=benelux",
        "/download/",
        "/def/bkg",
        "/id/country/belgium",
        "/doc/country/belgium",
        "/graph/schemes",
        "/shapes/bkg",
        "/sparql",
        "/download/benelux-kg.ttl",
    ],
)
def test_head_on_every_route(http: Following, path: str) -> None:
    head = http.head(path)
    get = http.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


def test_unknown_uris_get_404_with_a_page_for_browsers(http: Following) -> None:
    page = http.get("/id/country/atlantis", headers={"Accept": BROWSER})
    assert page.status_code == 404 and "Nothing is published here" in page.text
    text = http.get("/doc/country/atlantis", headers={"Accept": "text/turtle"})
    assert text.status_code == 404 and text.headers["content-type"].startswith("text/plain")
    assert http.get("/def/other").status_code == 404
    assert http.get("/graph/nothing").status_code == 404


def test_user_text_is_escaped(http: Following) -> None:
    page = http.get("/search", params={"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_downloads_list_sizes_and_checksums_and_serve_ranges(http: Following) -> None:
    listing = http.get("/download/").text
    names = re.findall(r'href="/download/([^"?]+)"', listing)  # the files, not the language links
    sources = [path.name for path in Project(ROOT).source_reports()]
    assert "benelux-kg.trig.gz" in names and set(sources) <= set(names)
    assert len(names) == 2 * len(DUMP_FORMATS) + len(sources)
    for name in names:
        body = http.get(f"/download/{name}").content
        assert hashlib.sha256(body).hexdigest() in listing
        assert f"<td>{len(body)}</td>" in listing
    partial = http.get("/download/benelux-kg.nt", headers={"Range": "bytes=0-99"})
    assert partial.status_code == 206 and len(partial.content) == 100
    source = http.get("/download/benelux-2025-luxembourg-presidency.nl.txt")
    assert source.headers["content-type"] == "text/plain; charset=utf-8"
    assert http.get("/download/..%2Fpyproject.toml").status_code == 404


def test_a_search_finds_labels_in_every_language(http: Following, union: Graph) -> None:
    instrument = sorted(union.subjects(RDF.type, BKG.LegalInstrument))[0]
    labels = [o for o in union.objects(instrument, RDFS.label) if isinstance(o, Literal)]
    assert {label.language for label in labels} == {"nl", "fr", "en"}
    for label in labels:
        words = str(label).split()
        wanted = " ".join(words[1:3]).upper() if len(words) > 2 else str(label).lower()
        page = http.get("/search", params={"q": wanted}).text
        assert f'href="{uris.href(str(instrument))}"' in page, (label.language, wanted)


#: A link in our pages: the templates quote every attribute with double quotes.
LINK = re.compile(r'\b(?:href|src)="([^"]+)"')


@pytest.mark.slow
def test_a_crawler_finds_no_broken_link(http: Following) -> None:
    seen, queue, broken = set(), ["/"], []
    while queue and len(seen) < 3000:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        response = http.get(path, headers={"Accept": BROWSER})
        if response.status_code >= 400:
            broken.append((path, response.status_code))
            continue
        if not response.headers["content-type"].startswith("text/html"):
            continue
        for link in LINK.findall(response.text):
            target = urljoin(path, html.unescape(link))
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or target.startswith("#"):
                continue  # outside links (Wikidata, EU tables) are not ours to serve
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == []
    assert len(seen) > 300


def test_an_earlier_version_iri_of_the_ontology_serves_that_version(client: httpx.Client) -> None:
    earlier = client.get("/def/bkg/1.0.0", headers={"Accept": "text/turtle"})
    assert earlier.status_code == 200
    graph = parse_graph(earlier.content, earlier.headers["content-type"])
    assert ('"1.0.0"' in earlier.text) and (None, RDFS.label, None) in graph
    assert (BKG.framework, None, None) not in graph  # a term 1.1.0 added
    current = client.get("/def/bkg/1.1.0", headers={"Accept": "text/turtle"})
    assert current.status_code == 200
    assert (BKG.framework, None, None) in parse_graph(current.content, "text/turtle")
    assert client.get("/def/bkg/0.9.0").status_code == 404


def test_a_page_says_each_link_once_in_its_most_specific_role(http: Following) -> None:
    # The build entails bkg:participant and bkg:involves from bkg:contributor; the page shows the
    # contributor and leaves out what it entails, out of the achievement and into the FAO.
    for path in ("/id/achievement/2025-sustainable-agriculture-conference", "/id/organisation/fao"):
        page = http.get(path, headers={"Accept": BROWSER, "Accept-Language": "en"})
        assert page.status_code == 200
        assert "contributor" in page.text
        assert f'href="{BKG.involves}"' not in page.text and ">involves<" not in page.text
    data = http.get("/id/organisation/fao", headers={"Accept": "text/turtle"})
    assert str(BKG.involves) in data.text or "bkg:involves" in data.text  # the data keeps it all
