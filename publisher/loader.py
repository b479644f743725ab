"""Push the built dataset into a production triple store, graph by graph, over the standard
protocols: the SPARQL 1.1 Graph Store Protocol (PUT replaces a graph) or SPARQL Update (DROP,
then INSERT DATA). Both are idempotent: loading twice leaves the store as loading once.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

import httpx

from .errors import PublisherError
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
    _check(http.put(url, content=data, headers={"Content-Type": "application/n-triples"}), graph)


def _update(http: httpx.Client, endpoint: str, graph: str, data: bytes) -> None:
    headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
    _check(
        http.post(endpoint, content=f"DROP SILENT GRAPH <{graph}>".encode(), headers=headers), graph
    )
    lines = data.decode("utf-8").splitlines(keepends=True)
    chunk: list[str] = []
    size = 0
    for line in lines + [""]:
        if (not line or size + len(line) > CHUNK) and chunk:
            body = f"INSERT DATA {{ GRAPH <{graph}> {{\n{''.join(chunk)}}} }}"
            _check(http.post(endpoint, content=body.encode("utf-8"), headers=headers), graph)
            chunk, size = [], 0
        if line:
            chunk.append(line)
            size += len(line)


def _check(response: httpx.Response, graph: str) -> None:
    if not response.is_success:
        raise PublisherError(
            f"the store refused {graph} ({response.status_code}): {response.text[:300]}"
        )
