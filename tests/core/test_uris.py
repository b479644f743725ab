"""IRIs and URL paths: one module maps them both ways."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from publisher.core import uris
from publisher.core.namespaces import BASE

SLUGS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)


@settings(max_examples=50)
@given(st.sampled_from(sorted(uris.KINDS)), SLUGS, st.sampled_from(["", "#passage", "#step-1"]))
def test_a_minted_iri_is_served_at_its_path_and_back(kind: str, slug: str, part: str) -> None:
    iri = f"{uris.mint(kind, slug)}{part}"
    path = uris.path_of(iri)
    assert path == f"/id/{kind}/{slug}"
    assert uris.iri_of(path) == uris.mint(kind, slug)
    assert uris.href(iri) == f"{path}{part}"


def test_iris_of_others_are_left_as_they_are() -> None:
    other = "http://www.wikidata.org/entity/Q31"
    assert uris.path_of(other) is None and uris.href(other) == other and not uris.is_ours(other)


def test_every_kind_has_its_turtle_prefix() -> None:
    prefixes = uris.turtle_prefixes()
    assert len(prefixes) == len(uris.KINDS)
    assert all(namespace.startswith(f"{BASE}id/") for namespace in prefixes.values())
