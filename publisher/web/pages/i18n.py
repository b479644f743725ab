"""The reader's language, and the words of the pages themselves in each (the data brings its
own labels)."""

from __future__ import annotations

import tomllib
from importlib import resources

from starlette.requests import Request

from ...core.formats import parse_accept
from ...core.languages import DEFAULT_LANGUAGE, READER_LANGUAGES

#: The cookie that remembers a reader's choice of language, made when they choose one (?lang=).
LANGUAGE_COOKIE = "lang"


def chosen_language(request: Request) -> str | None:
    """The language the reader chose on this request (?lang=), if any."""
    asked = request.query_params.get("lang", "")
    return asked if asked in READER_LANGUAGES else None


def language(request: Request) -> str:
    """The reader's language: ?lang=, else the choice they made before (a cookie), else
    Accept-Language, else the default (English)."""
    for asked in (chosen_language(request), request.cookies.get(LANGUAGE_COOKIE)):
        if asked in READER_LANGUAGES:
            return str(asked)
    for language_range, quality in parse_accept(request.headers.get("accept-language", "")):
        primary = language_range.split("-")[0]
        if quality > 0 and primary in READER_LANGUAGES:
            return primary
    return DEFAULT_LANGUAGE


#: Every string a reader sees on the pages, in each reader language: a table a translator can
#: edit without reading Python.
TEXT: dict[str, dict[str, str]] = tomllib.loads(
    resources.files("publisher.web.pages").joinpath("interface.toml").read_text("utf-8")
)


def translator(lang: str) -> dict[str, str]:
    """The page words in `lang`, in the default language where a word is missing."""
    return {key: words.get(lang, words[DEFAULT_LANGUAGE]) for key, words in TEXT.items()}
