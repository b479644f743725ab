"""What a SPARQL request says before it runs: its form, and whether it asks to leave the server.

A light lexer, not a parser: it drops comments, strings and IRIs, then reads keywords. The query
engine parses the query for real; this only decides how to answer (which result formats apply)
and refuses what must never run here (updates, SERVICE) before any engine sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

_TOKENS = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<long_string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<variable>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<name>[A-Za-z_][\w\-.]*(?::[\w\-.:%\\]*)?|:[\w\-.:%\\]*)
  | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)

#: Comments, PREFIX and BASE declarations, then the first word: the common way queries begin.
_PROLOGUE_THEN_WORD = re.compile(
    r"""(?:\s+|\#[^\n\r]*|(?:PREFIX\s*(?:[A-Za-z][\w\-.]*)?:\s*|BASE\s*)<[^<>"{}|^`\\\s]*>)*
    ([A-Za-z]+)(?![\w:\-.])""",
    re.IGNORECASE | re.VERBOSE,
)

_UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)


class QueryForm(Enum):
    SELECT = "SELECT"
    ASK = "ASK"
    CONSTRUCT = "CONSTRUCT"
    DESCRIBE = "DESCRIBE"
    UPDATE = "UPDATE"
    UNKNOWN = "UNKNOWN"

    @property
    def gives_triples(self) -> bool:
        return self in (QueryForm.CONSTRUCT, QueryForm.DESCRIBE)


def keywords(text: str) -> list[str]:
    """The bare words of a query, upper-cased, outside comments, strings, IRIs and variables.

    >>> keywords('PREFIX s: <http://x/SERVICE> SELECT ?service { ?s s:SERVICE "SERVICE" } #SERVICE')
    ['PREFIX', 'S:', 'SELECT', 'S:SERVICE']
    """
    return list(_keywords(text))


def _keywords(text: str) -> Iterator[str]:
    for match in _TOKENS.finditer(text):
        if match.lastgroup == "name":
            yield match.group("name").upper()


@dataclass(frozen=True)
class QueryShape:
    """What the endpoint must know of a query before it runs."""

    form: QueryForm
    uses_service: bool  # SERVICE would make the server fetch from elsewhere
    declares_dataset: bool  # FROM or FROM NAMED


def shape_of(text: str) -> QueryShape:
    """The query's form (the first keyword after the prologue), SERVICE, FROM.

    >>> shape_of("PREFIX ex: <http://e/> BASE <http://b/> # comment\\n ask { ?s ?p ?o }").form
    <QueryForm.ASK: 'ASK'>
    >>> shape_of("DROP ALL").form
    <QueryForm.UPDATE: 'UPDATE'>
    >>> shape_of("SELECT * { SERVICE <http://127.0.0.1/sparql> { ?s ?p ?o } }").uses_service
    True
    >>> shape_of('SELECT * { ?s <http://x/SERVICE> "SERVICE" . ?s ex:service ?service }')
    QueryShape(form=<QueryForm.SELECT: 'SELECT'>, uses_service=False, declares_dataset=False)
    >>> shape_of("SELECT * FROM <http://e/g> { ?s ?p ?o }").declares_dataset
    True
    """
    form = _form_after_prologue(text) or _form(_keywords(text))
    # Most queries have neither word anywhere, even in IRIs or strings: lex them all only if so.
    upper = text.upper()
    maybe = _stands_alone(upper, "SERVICE") or _stands_alone(upper, "FROM")
    words = keywords(text) if maybe else []
    return QueryShape(form, "SERVICE" in words, "FROM" in words)


def _stands_alone(text: str, word: str) -> bool:
    """`word` in `text`, not as a part of a longer name (`prov:wasQuotedFrom`, `ex:service`)."""
    start = text.find(word)
    while start != -1:
        before, after = text[start - 1 : start], text[start + len(word) : start + len(word) + 1]
        if not _in_name(before) and not _in_name(after):
            return True
        start = text.find(word, start + 1)
    return False


def _in_name(character: str) -> bool:
    return character != "" and (character.isalnum() or character in "_:.-")


def _form_after_prologue(text: str) -> QueryForm | None:
    """The form from one match over the usual prologue; None when the lexer must decide."""
    found = _PROLOGUE_THEN_WORD.match(text)
    if found is None:
        return None
    word = found.group(1).upper()
    if word in QueryForm.__members__:
        return QueryForm[word]
    return QueryForm.UPDATE if word in _UPDATE_KEYWORDS else None


def _form(words: Iterator[str]) -> QueryForm:
    for word in words:
        if word == "PREFIX":
            next(words, None)  # the prefix name; its IRI is not a keyword
            continue
        if word == "BASE":
            continue
        if word in QueryForm.__members__:
            return QueryForm[word]
        if word in _UPDATE_KEYWORDS:
            return QueryForm.UPDATE
        return QueryForm.UNKNOWN
    return QueryForm.UNKNOWN
