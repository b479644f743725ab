"""The templates: one autoescaping Jinja2 environment, and render() with what every page shows
(the site's title, the reader's language, the page words, the language switch)."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from ...core.languages import READER_LANGUAGES
from ...core.uris import href
from ..state import state_of
from .i18n import language, translator

TEMPLATES = Environment(
    loader=PackageLoader("publisher.web.pages", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.globals["href"] = href


def render(
    request: Request,
    template: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    lang = context.pop("lang", None) or language(request)
    html = TEMPLATES.get_template(template).render(
        title=state_of(request).settings.title,
        lang=lang,
        languages=READER_LANGUAGES,
        t=translator(lang),
        path=request.url.path,
        **context,
    )
    all_headers = {"Vary": "Accept, Accept-Language", "Content-Language": lang, **(headers or {})}
    return HTMLResponse(html, status_code=status, headers=all_headers)


def not_found_page(request: Request, message: str) -> HTMLResponse:
    return render(request, "not_found.html", status=404, message=message)
