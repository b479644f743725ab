"""What every response gets on its way out (CORS, gzip), and the documents kept between
requests."""

from __future__ import annotations

import gzip

import httpx
import pytest
from starlette.responses import Response

from publisher.web.response_cache import ResponseCache

ENTITY = "/doc/country/belgium"


def test_gzip_is_what_the_plain_body_compresses_to(client: httpx.Client) -> None:
    plain = client.get(ENTITY, headers={"Accept": "text/turtle", "Accept-Encoding": "identity"})
    raw = client.send(
        client.build_request(
            "GET", ENTITY, headers={"Accept": "text/turtle", "Accept-Encoding": "gzip"}
        ),
        stream=True,
    )
    compressed = b"".join(raw.iter_raw())
    raw.close()
    assert "content-encoding" not in plain.headers
    assert raw.headers["content-encoding"] == "gzip"
    assert int(raw.headers["content-length"]) == len(compressed) < len(plain.content)
    assert gzip.decompress(compressed) == plain.content
    assert raw.headers["vary"] == "Accept, Accept-Language, Accept-Encoding"


def test_small_bodies_are_not_compressed(client: httpx.Client) -> None:
    response = client.get(
        "/sparql",
        params={"query": "ASK {}"},
        headers={"Accept": "application/sparql-results+json", "Accept-Encoding": "gzip"},
    )
    assert response.status_code == 200
    assert "content-encoding" not in response.headers
    assert response.json() == {"head": {}, "boolean": True}


def test_large_query_results_are_gzipped(client: httpx.Client) -> None:
    response = client.get(
        "/sparql",
        params={"query": "SELECT * { ?s ?p ?o } LIMIT 500"},
        headers={"Accept-Encoding": "gzip"},
    )
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == "gzip"
    assert len(response.json()["results"]["bindings"]) == 500


@pytest.mark.parametrize(("path", "method"), [("/sparql", "POST"), (ENTITY, "GET")])
def test_cors_preflight_allows_what_was_asked(client: httpx.Client, path: str, method: str) -> None:
    preflight = client.options(
        path,
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "content-type, x-requested-with",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert preflight.headers["access-control-allow-headers"] == "content-type, x-requested-with"
    assert method in preflight.headers["access-control-allow-methods"]
    assert preflight.headers["access-control-max-age"] == "86400"


def test_errors_carry_cors_headers_too(client: httpx.Client) -> None:
    """A script on another site must be able to read why its query was refused."""
    error = client.get(
        "/sparql",
        params={"query": "SELECT"},
        headers={"Origin": "https://yasgui.example"},
    )
    assert error.status_code == 400
    assert error.headers["access-control-allow-origin"] == "*"
    assert "malformed query" in error.text


def test_cors_headers_only_for_cross_origin_requests(client: httpx.Client) -> None:
    same_origin = client.get(ENTITY)
    cross_origin = client.get(ENTITY, headers={"Origin": "https://a.example"})
    assert "access-control-allow-origin" not in same_origin.headers
    assert cross_origin.headers["access-control-allow-origin"] == "*"
    assert cross_origin.headers["access-control-expose-headers"] == "*"
    assert cross_origin.content == same_origin.content


def test_kept_documents_stay_true_to_their_negotiation(client: httpx.Client) -> None:
    """Asked in turn in several formats and languages, each answer is its own, every time."""
    asks = [
        ({"Accept": "text/turtle"}, "text/turtle", b"@prefix"),
        ({"Accept": "application/ld+json"}, "application/ld+json", b'"@id"'),
        ({"Accept": "text/html", "Accept-Language": "fr"}, "text/html", b'lang="fr"'),
        ({"Accept": "text/html", "Accept-Language": "nl"}, "text/html", b'lang="nl"'),
    ]
    first = {}
    for _ in range(3):
        for headers, media_type, marker in asks:
            response = client.get(ENTITY, headers=headers)
            assert response.headers["content-type"].startswith(media_type)
            assert marker in response.content
            key = tuple(headers.values())
            first.setdefault(key, response.content)
            assert response.content == first[key]
    conditional = client.get(ENTITY, headers={**headers, "If-None-Match": response.headers["etag"]})
    assert conditional.status_code == 304


def test_cache_drops_least_recently_used_past_its_budget() -> None:
    cache = ResponseCache(max_bytes=6000)
    for name in "abcd":
        cache.put((name, "", "", ""), Response(b"x" * 1500))
    assert cache.get(("a", "", "", "")) is not None  # a is now the most recently used
    cache.put(("e", "", "", ""), Response(b"x" * 1500))
    assert cache.get(("b", "", "", "")) is None
    assert [cache.get((n, "", "", "")) is not None for n in "acde"] == [True] * 4
    cache.put(("f", "", "", ""), Response(b"missing", status_code=404))
    cache.put(("g", "", "", ""), Response(b"x" * 1501))  # over a quarter of the budget
    assert cache.get(("f", "", "", "")) is None and cache.get(("g", "", "", "")) is None
    assert (cache.hits, cache.misses, len(cache)) == (5, 3, 4)
