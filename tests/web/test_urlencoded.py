"""Form and URL decoding: the quick way gives urllib's answer, or fails where urllib fails."""

from __future__ import annotations

from urllib.parse import parse_qs, quote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from publisher.web.sparql import urlencoded

RAW = st.text(alphabet=st.sampled_from("%+&=\\abcDEF0129xé \n✓"), max_size=40)
PAIRS = st.lists(st.tuples(st.text(max_size=10), st.text(max_size=30)), max_size=5)


def _urllib(text: str) -> dict[str, list[str]] | type[Exception]:
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        return UnicodeDecodeError


def _ours(text: str) -> dict[str, list[str]] | type[Exception]:
    try:
        return urlencoded.parse(text)
    except UnicodeDecodeError:
        return UnicodeDecodeError


@settings(max_examples=500, deadline=None)
@given(RAW)
def test_any_text_decodes_as_urllib_decodes_it(text: str) -> None:
    assert _ours(text) == _urllib(text)


@settings(max_examples=300, deadline=None)
@given(PAIRS)
def test_encoded_fields_come_back_as_they_were(pairs: list[tuple[str, str]]) -> None:
    text = "&".join(f"{quote_plus(name)}={quote_plus(value)}" for name, value in pairs)
    assert _ours(text) == _urllib(text)


@pytest.mark.parametrize("text", ["q=%FF", "q=%C3", "q=%E2%9C"])
def test_bytes_that_are_not_utf8_are_refused(text: str) -> None:
    with pytest.raises(UnicodeDecodeError):
        urlencoded.parse(text)
