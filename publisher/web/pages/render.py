"""The templates: one autoescaping Jinja2 environment, and render() with what every page shows
(the site's title, the reader's language, the page words, the language switch)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from ...core.languages import READER_LANGUAGES
from ...core.uris import href
from ...settings import Settings
from ..state import state_of
from .i18n import LANGUAGE_COOKIE, chosen_language, language, translator

#: How long a reader's choice of language is remembered: a year.
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600

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
    words = translator(lang)
    settings = state_of(request).settings
    title = settings.title
    html = TEMPLATES.get_template(template).render(
        title=words["site_title"] if title == Settings.title else title,
        lang=lang,
        languages=READER_LANGUAGES,
        t=words,
        path=request.url.path,
        switch=lambda code: _in_language(request, code),
        base_url=settings.base_url,
        **context,
    )
    all_headers = {
        "Vary": "Accept, Accept-Language, Cookie",
        "Content-Language": lang,
        **(headers or {}),
    }
    response = HTMLResponse(html, status_code=status, headers=all_headers)
    chosen = chosen_language(request)
    if chosen is not None:  # remembered, so that the next page and a search keep it
        response.set_cookie(LANGUAGE_COOKIE, chosen, max_age=LANGUAGE_COOKIE_AGE, samesite="lax")
    return response


def _in_language(request: Request, code: str) -> str:
    """This page in another language: its query kept, `lang` replaced."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return f"{request.url.path}?{urlencode([*kept, ('lang', code)])}"


def not_found_page(request: Request, message: str) -> HTMLResponse:
    return render(request, "not_found.html", status=404, message=message)
