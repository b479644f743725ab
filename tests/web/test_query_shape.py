"""The endpoint's reading of a query before it runs: its short cuts agree with the full lexer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from publisher.web.sparql.query_shape import QueryForm, _form, keywords, shape_of

PIECES = [
    "PREFIX ex: <http://e/> ",
    "prefix : <http://e/#> ",
    "BASE <http://b/> ",
    "# a comment FROM here\n",
    "SELECT ",
    "select ",
    "ASK ",
    "CONSTRUCT ",
    "DESCRIBE ",
    "INSERT DATA ",
    "WITH <g> ",
    "FROM <http://g/> ",
    "from named <http://g/> ",
    "SERVICE <http://127.0.0.1/> ",
    "service",
    "{",
    "}",
    "?s ?p ?o . ",
    "ex:service ",
    "prov:wasQuotedFrom ",
    '"SERVICE" ',
    "'''FROM''' ",
    "<http://x/SERVICE> ",
    "?from ",
    "é:x ",
    "*",
    "\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.booleans())
def test_shape_agrees_with_the_full_lexer(pieces: list[str], squeeze: bool) -> None:
    text = ("" if squeeze else " ").join(pieces)
    words = keywords(text)
    shape = shape_of(text)
    assert shape.form is _form(iter(words))
    assert shape.uses_service == ("SERVICE" in words)
    assert shape.declares_dataset == ("FROM" in words)


def test_a_query_ending_in_from_declares_a_dataset() -> None:
    shape = shape_of("SELECT * WHERE { ?s ?p ?o }FROM")
    assert shape.declares_dataset and shape.form is QueryForm.SELECT
