"""The pages around the data: home, browse, search and downloads."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from ...core.uris import DOWNLOADS_PATH
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
