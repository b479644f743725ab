"""What a SPARQL request says before it runs: its form, and whether it asks to leave the server.

A light lexer, not a parser: it drops comments, strings and IRIs, then reads keywords. The query
engine parses the query for real; this only decides how to answer (which result formats apply)
and refuses what must never run here (updates, SERVICE) before any engine sees it.
"""

from __future__ import annotations

import re
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


def form_of(text: str) -> QueryForm:
    """The query form: the first keyword after the prologue.

    >>> form_of("PREFIX ex: <http://e/> BASE <http://b/> # comment\\n ask { ?s ?p ?o }")
    <QueryForm.ASK: 'ASK'>
    >>> form_of("DROP ALL")
    <QueryForm.UPDATE: 'UPDATE'>
    """
    words = iter(keywords(text))
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


def asks_for_service(text: str) -> bool:
    """True when the query uses SERVICE, which would make the server fetch from elsewhere.

    >>> asks_for_service("SELECT * { SERVICE <http://127.0.0.1/sparql> { ?s ?p ?o } }")
    True
    >>> asks_for_service('SELECT * { ?s <http://x/SERVICE> "SERVICE" . ?s ex:service ?service }')
    False
    """
    return "SERVICE" in keywords(text)


def declares_dataset(text: str) -> bool:
    """True when the query names its own dataset with FROM or FROM NAMED.

    >>> declares_dataset("SELECT * FROM <http://e/g> { ?s ?p ?o }"), declares_dataset("SELECT * {}")
    (True, False)
    """
    return "FROM" in keywords(text)
