"""application/x-www-form-urlencoded, as queries come in URLs and forms: decoded in C.

urllib's unquote walks a query escape by escape in Python; a SPARQL query of 1 KB has hundreds
of escapes, and decoding them cost more than parsing the request. Here `%XX` becomes `\\xXX` and
the codec for Python escapes decodes the lot at once; anything it cannot read (a `%` without two
hex digits after it) goes the slow way, so the answer is urllib's in every case.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

#: A % that does not start an escape.
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def parse(text: str) -> dict[str, list[str]]:
    """Names and their values, in order; blank values kept; UnicodeDecodeError if not UTF-8.

    >>> parse("query=SELECT%20*%20%7B%7D&format=json&format=&x")
    {'query': ['SELECT * {}'], 'format': ['json', ''], 'x': ['']}
    >>> parse("q=a+b%2Bc&q=%C3%A9")
    {'q': ['a b+c', 'é']}
    """
    fields: dict[str, list[str]] = {}
    for pair in text.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        fields.setdefault(unquote_plus(name), []).append(unquote_plus(value))
    return fields


def unquote_plus(text: str) -> str:
    """`+` as a space and `%XX` as a byte, the bytes read as UTF-8 (strictly).

    >>> unquote_plus("100%25+sure%2C%20%E2%9C%93 %zz %4")
    '100% sure, ✓ %zz %4'
    """
    text = text.replace("+", " ")
    if "%" not in text:
        return text
    if not text.isascii() or _STRAY_PERCENT.search(text):
        return unquote_to_bytes(text).decode("utf-8")
    escaped = text.replace("\\", "\\\\").replace("%", "\\x")
    return escaped.encode("ascii").decode("unicode_escape").encode("latin-1").decode("utf-8")
