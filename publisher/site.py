"""The pages around the data: home, browse, search and downloads."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse

from . import diagrams, pages
from .background import Background
from .dumps import Dump, describe_file
from .errors import NotFound
from .formats import DUMP_FORMATS
from .overview import Overview

router = APIRouter()
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@router.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
def home(request: Request) -> Response:
    overview = _overview(request)
    lang = pages.language(request)
    return pages.render(
        request,
        "home.html",
        lang=lang,
        overview=overview,
        recipes=request.app.state.cookbook,
        bars=diagrams.theme_bars(overview.themes, lang),
        connections=diagrams.connections(overview, lang),
    )


@router.api_route("/browse", methods=["GET", "HEAD"], include_in_schema=False)
def browse(request: Request) -> Response:
    return pages.render(request, "browse.html", overview=_overview(request))


@router.api_route("/search", methods=["GET", "HEAD"], include_in_schema=False)
def search(request: Request, q: str = "") -> Response:
    overview = _overview(request)
    return pages.render(request, "search.html", q=q[:200], hits=overview.search(q[:200]))


@router.api_route("/download/", methods=["GET", "HEAD"], include_in_schema=False)
def downloads(request: Request) -> Response:
    return pages.render(request, "downloads.html", files=request.app.state.downloads)


@router.api_route("/download/{name}", methods=["GET", "HEAD"], include_in_schema=False)
def download(name: str, request: Request) -> Response:
    """One file of the build or one source report, with ranges, as FileResponse serves them."""
    files: dict[str, Dump] = {d.path.name: d for d in request.app.state.downloads}
    found = files.get(name) if _SAFE_NAME.fullmatch(name) else None
    if found is None:
        raise NotFound(f"no file {name} is offered: see /download/")
    return FileResponse(
        found.path,
        media_type=media_type_of(found),
        headers={"Cache-Control": "public, max-age=86400"},
    )


def media_type_of(dump: Dump) -> str:
    if dump.compressed:
        return "application/gzip"
    if dump.format is None:
        return "text/plain; charset=utf-8"
    return f"{dump.format.media_type}; charset=utf-8"


def offered_files(request_root: Path, dumps_folder: Path) -> list[Dump]:
    """The build's dumps and the source reports, with their sizes and checksums."""
    found = []
    for fmt in DUMP_FORMATS:
        for name in (f"benelux-kg.{fmt.suffix}", f"benelux-kg.{fmt.suffix}.gz"):
            if (dumps_folder / name).is_file():
                found.append(describe_file(dumps_folder / name, fmt))
    for source in sorted((request_root / "data" / "source").glob("*.txt")):
        found.append(describe_file(source, None))
    return found


def _overview(request: Request) -> Overview:
    """Waits, the first time after start-up, until the overview is computed."""
    computing: Background[Overview] = request.app.state.overview
    return computing.get()
