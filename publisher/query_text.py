"""What a SPARQL request says before it runs: its form, and whether it asks to leave the server.

A light lexer, not a parser: it drops comments, strings and IRIs, then reads keywords. The query
engine parses the query for real; this only decides how to answer (which result formats apply)
and refuses what must never run here (updates, SERVICE) before any engine sees it.
"""

from __future__ import annotations

import re
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
    return [
        match.group("name").upper() for match in _TOKENS.finditer(text) if match.lastgroup == "name"
    ]


@dataclass(frozen=True)
class QueryShape:
    """What the endpoint must know of a query before it runs, read in one pass."""

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
    words = keywords(text)
    return QueryShape(_form(words), "SERVICE" in words, "FROM" in words)


def _form(keywords: list[str]) -> QueryForm:
    words = iter(keywords)
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
