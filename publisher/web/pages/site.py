"""The pages around the data: home, browse, search and downloads."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response

from ...core.languages import READER_LANGUAGES
from ...core.namespaces import ID
from ...core.uris import CATALOG_PATH, DOWNLOADS_PATH, SPARQL_PATH, document_of, path_of
from ...errors import NotFound
from ..state import state_of
from . import diagrams
from .i18n import language
from .render import render

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: The longest search text that is looked for; the rest is dropped.
MAX_SEARCH = 200


def home(request: Request) -> Response:
    state = state_of(request)
    overview = state.overview.get()
    lang = language(request)
    return render(
        request,
        "home.html",
        lang=lang,
        overview=overview,
        recipes=state.cookbook,
        bars=diagrams.theme_bars(overview.themes, lang),
        connections=diagrams.connections(overview, lang),
    )


def browse(request: Request) -> Response:
    return render(request, "browse.html", overview=state_of(request).overview.get())


def search(request: Request) -> Response:
    q = request.query_params.get("q", "")[:MAX_SEARCH]
    hits = state_of(request).overview.get().search(q)
    return render(request, "search.html", q=q, hits=hits)


def downloads(request: Request) -> Response:
    return render(request, "downloads.html", files=state_of(request).downloads)


def download(request: Request) -> Response:
    """One file of the build or one source report, with ranges, as FileResponse serves them."""
    name = request.url.path.removeprefix(DOWNLOADS_PATH)
    files = {d.path.name: d for d in state_of(request).downloads}
    found = files.get(name) if _SAFE_NAME.fullmatch(name) else None
    if found is None:
        raise NotFound(f"no file {name} is offered: see {DOWNLOADS_PATH}")
    return FileResponse(
        found.path,
        media_type=found.content_type,
        headers={"Cache-Control": "public, max-age=86400"},
    )


#: A sitemap holds at most this many URLs (sitemaps.org); a larger dataset lists its first ones.
SITEMAP_LIMIT = 50_000
_PAGES = ("/", "/browse", SPARQL_PATH, DOWNLOADS_PATH, "/def/bkg", CATALOG_PATH)


def sitemap(request: Request) -> Response:
    """Every page and every thing's page, each with its versions in the three languages, so that
    a crawler finds them all without following links."""
    state = state_of(request)
    base = state.settings.base_url
    rows = state.store.select(
        f'SELECT DISTINCT ?s WHERE {{ ?s ?p ?o FILTER (STRSTARTS(STR(?s), "{ID}")'
        f' && !CONTAINS(STR(?s), "#")) }} ORDER BY ?s LIMIT {SITEMAP_LIMIT - len(_PAGES)}'
    )
    paths = [*_PAGES, *(document_of(path_of(row["s"]) or "/") for row in rows if row.get("s"))]
    entries = []
    for path in paths:
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href="{escape(base + path)}'
            f'?lang={code}"/>'
            for code in READER_LANGUAGES
        )
        entries.append(f"<url><loc>{escape(base + path)}</loc>{alternates}</url>")
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(entries) + "\n</urlset>\n"
    )
    return Response(body, media_type="application/xml")


def robots(request: Request) -> Response:
    """Everything may be crawled; the sitemap says where it all is."""
    base = state_of(request).settings.base_url
    return PlainTextResponse(f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n")
