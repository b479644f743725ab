"""A production triple store as the publisher's store: everything through the SPARQL 1.1 Protocol.

`benelux-kg serve --store URL` serves pages, SPARQL and the catalogue from any endpoint (Oxigraph
server, Virtuoso, Fuseki, QLever, ...). The store keeps its own limits; requests carry a timeout.
IRIs from requests reach query text only after a strict check, so no request can rewrite a query.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pyoxigraph as ox

from ..core.formats import N_TRIPLES, SPARQL_JSON
from ..errors import PublisherError
from . import description
from .store import Triples

#: The naming predicates of a description, as a VALUES list.
_NAMING = " ".join(f"<{iri}>" for iri in description.NAMING_PREDICATES)
_SAFE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\]*")


def safe_iri(value: str) -> str | None:
    """`value` when it can stand between < and > in a query as it is, else None.

    >>> safe_iri("https://w3id.org/benelux-kg/id/country/belgium") is not None
    True
    >>> safe_iri("x> ?p ?o } #") is None
    True
    """
    return value if _SAFE_IRI.fullmatch(value) else None


class RemoteStore:
    """The store API of the publisher, answered by a remote SPARQL endpoint."""

    def __init__(self, endpoint: str, timeout: float = 30.0) -> None:
        self.endpoint = endpoint
        self._http = httpx.Client(timeout=timeout)

    def _post(self, sparql: str, accept: str) -> httpx.Response:
        try:
            response = self._http.post(
                self.endpoint, data={"query": sparql}, headers={"Accept": accept}
            )
        except httpx.HTTPError as exc:
            raise PublisherError(f"the store at {self.endpoint} did not answer: {exc}") from exc
        return response

    def select(self, sparql: str) -> list[dict[str, str]]:
        response = self._post(sparql, SPARQL_JSON.media_type)
        if response.status_code != 200:
            raise PublisherError(
                f"the store refused a query ({response.status_code}): {response.text[:300]}"
            )
        try:
            document: dict[str, Any] = json.loads(response.content)
            return [
                {name: cell["value"] for name, cell in row.items()}
                for row in document["results"]["bindings"]
            ]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise PublisherError(
                f"the store at {self.endpoint} did not answer SPARQL JSON"
            ) from exc

    def construct(self, sparql: str) -> Triples:
        response = self._post(sparql, N_TRIPLES.media_type)
        if response.status_code != 200:
            raise PublisherError(f"the store refused a query ({response.status_code})")
        try:
            quads = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
            return [quad.triple for quad in quads]
        except SyntaxError as exc:
            raise PublisherError(f"the store at {self.endpoint} did not answer N-Triples") from exc

    def close(self) -> None:
        self._http.close()

    def post_query(
        self,
        sparql: str,
        media_type: str,
        *,
        default_graphs: tuple[str, ...] | None,
        named_graphs: tuple[str, ...] | None,
    ) -> httpx.Response:
        """The store's answer to a protocol request, as it came (the caller reads its status)."""
        form: dict[str, str | list[str]] = {"query": sparql}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            form["named-graph-uri"] = list(named_graphs)
        return self._http.post(self.endpoint, data=form, headers={"Accept": media_type})

    def describe(self, iri: str, max_incoming: int = description.MAX_INCOMING) -> Triples:
        """The description of `iri`, as engine/description.py defines it, in three CONSTRUCTs."""
        if safe_iri(iri) is None:
            return []
        about = self.construct(f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
            {{ GRAPH ?g {{ <{iri}> ?p ?o }} BIND (<{iri}> AS ?s) }} UNION
            {{ GRAPH ?g {{ <{iri}> ?link ?s . ?s ?p ?o }}
               FILTER (isBlank(?s) || STRSTARTS(STR(?s), "{iri}#")) }} }}""")
        if not about:
            return []
        names = self.construct(f"""CONSTRUCT {{ ?x ?l ?v }} WHERE {{
            {{ GRAPH ?g {{ <{iri}> ?p ?x }} }} UNION {{ GRAPH ?g {{ <{iri}> ?x ?o }} }} UNION
            {{ GRAPH ?g {{ ?in ?x <{iri}> }} }} UNION
            {{ SELECT ?x WHERE {{ GRAPH ?g {{ ?x ?ip <{iri}> }} }} LIMIT {max_incoming} }}
            GRAPH ?h {{ ?x ?l ?v }} VALUES ?l {{ {_NAMING} }} }}""")
        incoming = self.construct(f"""CONSTRUCT {{ ?in ?ip <{iri}> }} WHERE {{ {{
            SELECT ?in ?ip WHERE {{ GRAPH ?g {{ ?in ?ip <{iri}> }} }} LIMIT {max_incoming} }} }}""")
        return list(dict.fromkeys(about + names + incoming))

    def graph_triples(self, graph_iri: str) -> Triples:
        if safe_iri(graph_iri) is None:
            return []
        return self.construct(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"
        )

    def contains(self, iri: str) -> bool:
        if safe_iri(iri) is None:
            return False
        return bool(self.select(f"SELECT ?p WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} }} LIMIT 1"))

    def graph_sizes(self) -> dict[str, int]:
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return dict(sorted((row["g"], int(row["n"])) for row in rows))

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0
