"""The query engine: an embedded Oxigraph store loaded with the built dataset.

The only module (with sparql.py) that imports pyoxigraph. The default graph of every query is the
union of the named graphs.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Dataset

from .dumps import serialize
from .formats import N_QUADS

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


class OxigraphStore:
    """A read-only view of the dataset in an in-memory Oxigraph store."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> OxigraphStore:
        store = ox.Store()
        store.bulk_load(serialize(dataset, N_QUADS), format=ox.RdfFormat.N_QUADS)
        return cls(store)

    def query(self, sparql: str) -> QueryResult:
        """Run a query over the union of the graphs; raises SyntaxError on a malformed query."""
        return self._store.query(sparql, use_default_graph_as_union=True)

    def __len__(self) -> int:
        return len(self._store)
