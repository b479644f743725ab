"""The query engine: an Oxigraph store holding the built dataset.

With sparql.py and workers.py, the only modules that touch pyoxigraph. The default graph of a query
is the union of the named graphs unless the request names its own dataset.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from .dumps import serialize
from .formats import N_QUADS

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

#: Media types of query results, by the kind of result they can carry.
SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
TRIPLE_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}


class ResultTooLarge(Exception):
    """The serialised result would pass the configured cap."""


class OxigraphStore:
    """A read-only view of the dataset in an Oxigraph store (in memory, or on disk)."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> OxigraphStore:
        return cls.from_nquads(serialize(dataset, N_QUADS))

    @classmethod
    def from_nquads(cls, data: bytes) -> OxigraphStore:
        store = ox.Store()
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        return cls(store)

    @classmethod
    def from_files(cls, paths: list[Path]) -> OxigraphStore:
        """Load RDF files, each in the format its extension names (.nq, .trig, .ttl, .nt, …)."""
        store = ox.Store()
        for path in paths:
            store.bulk_load(path=str(path), format=_format_of(path))
        return cls(store)

    def query(self, sparql: str) -> QueryResult:
        """Run a query over the union of the graphs; raises SyntaxError on a malformed query."""
        return self._store.query(sparql, use_default_graph_as_union=True)

    def answer(
        self,
        sparql: str,
        media_type: str,
        *,
        default_graphs: tuple[str, ...] | None = None,
        named_graphs: tuple[str, ...] | None = None,
        own_dataset: bool = False,
        max_bytes: int | None = None,
    ) -> bytes:
        """Run a query and serialise its result in `media_type`, within `max_bytes`.

        The protocol's graphs take precedence over the query's FROM, which takes precedence
        over the union default graph.
        """
        if default_graphs is None and named_graphs is None:
            result = self._store.query(sparql) if own_dataset else self.query(sparql)
        else:
            result = self._store.query(
                sparql,
                default_graph=[ox.NamedNode(g) for g in default_graphs or ()],
                named_graphs=[ox.NamedNode(g) for g in named_graphs or ()],
            )
        output = _BoundedOutput(max_bytes)
        table = TRIPLE_FORMATS if isinstance(result, ox.QueryTriples) else SOLUTION_FORMATS
        if media_type not in table:
            raise ValueError(f"this query's results cannot be written as {media_type}")
        try:
            result.serialize(output, format=table[media_type])  # type: ignore[arg-type]
        except OSError as exc:
            if output.exceeded:
                raise ResultTooLarge(
                    f"the result is larger than {max_bytes} bytes; add a LIMIT"
                ) from exc
            raise
        return output.getvalue()

    def graph_sizes(self) -> dict[str, int]:
        """Named graph IRI → number of triples."""
        query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        rows = self._store.query(query)
        assert isinstance(rows, ox.QuerySolutions)
        sizes = {str(row["g"].value): int(row["n"].value) for row in rows}
        return dict(sorted(sizes.items()))

    def __len__(self) -> int:
        return len(self._store)


class _BoundedOutput(io.BytesIO):
    """A buffer that refuses to grow past a limit: the engine stops serialising there."""

    def __init__(self, limit: int | None) -> None:
        super().__init__()
        self._limit = limit
        self.exceeded = False

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self._limit is not None and self.tell() + len(data) > self._limit:
            self.exceeded = True
            raise OSError("result size limit reached")
        return super().write(data)


def _format_of(path: Path) -> ox.RdfFormat:
    name = path.name.removesuffix(".gz")
    extension = name.rsplit(".", 1)[-1]
    found = ox.RdfFormat.from_extension(extension)
    if found is None:
        raise ValueError(f"{path}: unknown RDF file extension .{extension}")
    return found
