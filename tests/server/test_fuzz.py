"""Fuzzing the endpoint of a real server: thousands of generated requests, never a 5xx.

One HTTP client for all of them: a client per request costs more than the request."""

from __future__ import annotations

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRAGMENTS = st.sampled_from(
    [
        "SELECT",
        "ASK",
        "CONSTRUCT",
        "DESCRIBE",
        "WHERE",
        "{",
        "}",
        "?s",
        "?p",
        "?o",
        "<",
        ">",
        "<http://e/x>",
        "FILTER",
        "(",
        ")",
        "regex(",
        '"',
        "'",
        "'''",
        "#",
        "\n",
        "PREFIX",
        "ex:",
        "BASE",
        "GRAPH",
        "OPTIONAL",
        "UNION",
        "LIMIT",
        "1",
        "-1",
        "99999999999999999999",
        "OFFSET",
        "ORDER BY",
        "GROUP BY",
        "COUNT(*)",
        "AS",
        "VALUES",
        "UNDEF",
        "BIND",
        "*",
        ".",
        ";",
        ",",
        "a",
        "SERVICE",
        "INSERT",
        "DATA",
        "FROM",
        "NAMED",
        "\\u0000",
        "\u00e9",
        "\ud7ff",
        "@en",
        "^^",
        "true",
        "NOT EXISTS",
        "MINUS",
        "+",
        "/",
        "|",
        "^",
        "!",
        "STRLEN(",
        "SUBSTR(",
        "LANG(",
    ]
)
QUERIES = st.one_of(
    st.lists(FRAGMENTS, max_size=25).map(" ".join),
    st.text(max_size=200),
)
PARAMS = st.dictionaries(
    st.sampled_from(
        [
            "query",
            "format",
            "default-graph-uri",
            "named-graph-uri",
            "update",
            "output",
            "x",
            "timeout",
        ]
    ),
    st.text(max_size=40),
    max_size=4,
)
HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60).map(
    str.strip
)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "Accept": st.one_of(
            HEADER_TEXT,
            st.sampled_from(
                [
                    "text/html",
                    "*/*",
                    "application/sparql-results+json;q=0.1, text/csv;q=0",
                    "image/png",
                    "text/turtle;q=abc",
                    ",,,",
                    "application/*",
                ]
            ),
        ),
        "Content-Type": st.one_of(
            HEADER_TEXT,
            st.sampled_from(
                [
                    "application/sparql-query",
                    "application/x-www-form-urlencoded",
                    "application/sparql-query; charset=latin1",
                    "multipart/form-data; boundary=x",
                ]
            ),
        ),
        "Accept-Encoding": st.sampled_from(["gzip", "br", "identity", "*"]),
    },
)
FUZZ = settings(
    max_examples=700,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@FUZZ
@given(query=QUERIES, params=PARAMS, headers=HEADERS)
def test_fuzz_get_never_fails_on_the_server(
    http: httpx.Client, query: str, params: dict[str, str], headers: dict[str, str]
) -> None:
    response = http.get("/sparql", params={**params, "query": query}, headers=headers)
    assert response.status_code < 500 or response.status_code == 503, response.text


@FUZZ
@given(query=QUERIES, params=PARAMS, headers=HEADERS, raw=st.binary(max_size=200))
def test_fuzz_post_never_fails_on_the_server(
    http: httpx.Client, query: str, params: dict[str, str], headers: dict[str, str], raw: bytes
) -> None:
    body = (
        raw
        if headers.get("Content-Type", "").startswith("multipart")
        else query.encode("utf-8", "surrogatepass")
    )
    response = http.post("/sparql", params=params, content=body, headers=headers)
    assert response.status_code < 500, response.text
