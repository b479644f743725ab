"""Push the built dataset into a production triple store, graph by graph, over the standard
protocols: the SPARQL 1.1 Graph Store Protocol (PUT replaces a graph) or SPARQL Update (DROP,
then INSERT DATA). Both are idempotent: loading twice leaves the store as loading once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import quote

import httpx

from ..core.formats import N_TRIPLES
from ..errors import PublisherError
from .store import OxigraphStore

#: SPARQL Update requests stay under this many bytes of N-Triples each.
CHUNK = 4 * 1024 * 1024


def load(
    store: OxigraphStore, endpoint: str, protocol: str, progress: Callable[[str], None]
) -> dict[str, int]:
    """Graph name -> bytes sent. `protocol` is "gsp" (endpoint: the store's GSP URL, such as
    Oxigraph's /store) or "update" (endpoint: its SPARQL Update URL)."""
    sent = {}
    with httpx.Client(timeout=300) as http:
        for graph, data in store.graphs_as_ntriples().items():
            progress(f"{graph}: {len(data)} bytes")
            if protocol == "gsp":
                _put(http, endpoint, graph, data)
            else:
                _update(http, endpoint, graph, data)
            sent[graph] = len(data)
    return sent


def _put(http: httpx.Client, endpoint: str, graph: str, data: bytes) -> None:
    separator = "&" if "?" in endpoint else "?"
    url = f"{endpoint}{separator}graph={quote(graph, safe='')}"
    _check(http.put(url, content=data, headers={"Content-Type": N_TRIPLES.media_type}), graph)


def _update(http: httpx.Client, endpoint: str, graph: str, data: bytes) -> None:
    """DROP the graph, then INSERT DATA in chunks. Triples with blank nodes go together in one
    INSERT … WHERE {}: a blank node must be the same node in each of its triples, which only
    one request can ensure, and some stores (Virtuoso) refuse blank nodes in INSERT DATA."""
    _post_update(http, endpoint, graph, f"DROP SILENT GRAPH <{graph}>")
    lines = data.decode("utf-8").splitlines(keepends=True)
    plain = [line for line in lines if "_:" not in line]
    with_blank_nodes = [line for line in lines if "_:" in line]
    for chunk in _chunks(plain):
        _post_update(http, endpoint, graph, f"INSERT DATA {{ GRAPH <{graph}> {{\n{chunk}}} }}")
    if with_blank_nodes:
        triples = "".join(with_blank_nodes)
        _post_update(
            http, endpoint, graph, f"INSERT {{ GRAPH <{graph}> {{\n{triples}}} }} WHERE {{}}"
        )


def _chunks(lines: list[str]) -> Iterator[str]:
    """The lines in runs of at most CHUNK bytes (a longer line makes a run of its own)."""
    chunk: list[str] = []
    size = 0
    for line in lines:
        if chunk and size + len(line) > CHUNK:
            yield "".join(chunk)
            chunk, size = [], 0
        chunk.append(line)
        size += len(line)
    if chunk:
        yield "".join(chunk)


def _post_update(http: httpx.Client, endpoint: str, graph: str, update: str) -> None:
    headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
    _check(http.post(endpoint, content=update.encode("utf-8"), headers=headers), graph)


def _check(response: httpx.Response, graph: str) -> None:
    if not response.is_success:
        raise PublisherError(
            f"the store refused {graph} ({response.status_code}): {response.text[:300]}"
        )
