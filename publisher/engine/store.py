"""The store protocol the views read through, and the embedded store: Oxigraph, in memory or on
disk, holding the built dataset. Requests never change it; before serving, the publisher adds
the catalogue it makes (add_graph), and only then forks the query workers.

The default graph of a query is the union of the named graphs unless the request names its own
dataset.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ..core.formats import N_QUADS, Format
from ..core.serialize import serialize
from ..errors import PublisherError
from . import description
from .results import QueryResult, write_result

Triples = list[ox.Triple]
_NAMING = tuple(ox.NamedNode(iri) for iri in description.NAMING_PREDICATES)


class Store(Protocol):
    """What the views need of a store: the embedded OxigraphStore, or a remote endpoint."""

    def select(self, sparql: str) -> list[dict[str, str]]: ...
    def describe(self, iri: str, max_incoming: int = description.MAX_INCOMING) -> Triples: ...
    def graph_triples(self, graph_iri: str) -> Triples: ...
    def contains(self, iri: str) -> bool: ...
    def graph_sizes(self) -> dict[str, int]: ...
    def __len__(self) -> int: ...


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
        _load_files(store, paths)
        return cls(store)

    @classmethod
    def write_on_disk(cls, directory: Path, paths: list[Path]) -> int:
        """A new on-disk store in `directory` holding the files' quads, compacted for reading;
        returns how many quads it holds."""
        if directory.exists() and any(directory.iterdir()):
            raise PublisherError(f"{directory} is not empty: remove it or choose another folder")
        store = ox.Store(str(directory))
        _load_files(store, paths)
        store.optimize()
        store.flush()
        return len(store)

    @classmethod
    def open_on_disk(cls, directory: Path) -> OxigraphStore:
        """An on-disk store, read-only: any number of processes may open it at once."""
        if not (directory / "CURRENT").is_file():
            raise PublisherError(
                f"{directory} holds no store: make one with `benelux-kg load --into {directory}`"
            )
        try:
            return cls(ox.Store.read_only(str(directory)))
        except OSError as exc:
            raise PublisherError(f"{directory}: the store cannot be opened: {exc}") from exc

    def query(self, sparql: str) -> QueryResult:
        """Run a query over the union of the graphs; raises SyntaxError on a malformed query."""
        return self._store.query(sparql, use_default_graph_as_union=True)

    def run_to_bytes(
        self,
        sparql: str,
        fmt: Format,
        *,
        default_graphs: tuple[str, ...] | None = None,
        named_graphs: tuple[str, ...] | None = None,
        declares_dataset: bool = False,
        max_bytes: int | None = None,
    ) -> bytes:
        """Run a query and serialise its result in `fmt`, within `max_bytes`.

        The protocol's graphs take precedence over the query's FROM (`declares_dataset`), which
        takes precedence over the union default graph.
        """
        if default_graphs is None and named_graphs is None:
            result = self._store.query(sparql) if declares_dataset else self.query(sparql)
        else:
            result = self._store.query(
                sparql,
                default_graph=[ox.NamedNode(g) for g in default_graphs or ()],
                named_graphs=[ox.NamedNode(g) for g in named_graphs or ()],
            )
        return write_result(result, fmt, max_bytes)

    def describe(self, iri: str, max_incoming: int = description.MAX_INCOMING) -> Triples:
        """The description of `iri`, as engine/description.py defines it, in a fixed order."""
        try:
            subject = ox.NamedNode(iri)
        except ValueError:
            return []
        found: dict[ox.Triple, None] = {}
        self._closure(subject, iri, found, set())
        if not found:
            return []
        linked = {t.object for t in found if isinstance(t.object, ox.NamedNode)}
        linked |= {t.predicate for t in found}
        incoming = [
            quad.triple
            for _, quad in zip(
                range(max_incoming),
                self._store.quads_for_pattern(None, None, subject),
                strict=False,
            )
        ]
        found.update(dict.fromkeys(incoming))
        linked |= {t.subject for t in incoming if isinstance(t.subject, ox.NamedNode)}
        for node in linked:
            for predicate in _NAMING:
                for quad in self._store.quads_for_pattern(node, predicate, None):
                    found[quad.triple] = None
        return sorted(found, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))

    def _closure(
        self,
        node: ox.NamedNode | ox.BlankNode,
        iri: str,
        found: dict[ox.Triple, None],
        seen: set[object],
    ) -> None:
        if node in seen:
            return
        seen.add(node)
        for quad in self._store.quads_for_pattern(node, None, None):
            found[quad.triple] = None
            target = quad.object
            if isinstance(target, ox.BlankNode) or (
                isinstance(target, ox.NamedNode) and description.is_part(target.value, iri)
            ):
                self._closure(target, iri, found, seen)

    def graph_triples(self, graph_iri: str) -> Triples:
        """Every triple of one named graph, in a fixed order."""
        quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))
        return sorted((q.triple for q in quads), key=lambda t: (str(t.subject), str(t.predicate)))

    def add_graph(self, name: str, graph: Graph) -> None:
        """Put `graph` into the store as the named graph `name` (before workers are forked)."""
        data = graph.serialize(format="nt", encoding="utf-8")
        self._store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))

    def graphs_as_ntriples(self) -> dict[str, bytes]:
        """Each named graph's triples as N-Triples, for loading into another store."""
        graphs: dict[str, list[ox.Triple]] = {}
        for quad in self._store.quads_for_pattern(None, None, None):
            if isinstance(quad.graph_name, ox.NamedNode):
                graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
        result = {}
        for name, triples in sorted(graphs.items()):
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            assert data is not None
            result[name] = data
        return result

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT over the union graph, each value as plain text (unbound left out)."""
        rows = self.query(sparql)
        if not isinstance(rows, ox.QuerySolutions):
            raise ValueError("select() runs SELECT queries only")
        names = [v.value for v in rows.variables]
        return [{n: str(row[n].value) for n in names if row[n] is not None} for row in rows]

    def contains(self, iri: str) -> bool:
        """True when `iri` is the subject of some triple."""
        try:
            subject = ox.NamedNode(iri)
        except ValueError:
            return False
        return next(iter(self._store.quads_for_pattern(subject, None, None)), None) is not None

    def graph_sizes(self) -> dict[str, int]:
        """Named graph IRI → number of triples."""
        query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        rows = self._store.query(query)
        assert isinstance(rows, ox.QuerySolutions)
        sizes = {str(row["g"].value): int(row["n"].value) for row in rows}
        return dict(sorted(sizes.items()))

    def __len__(self) -> int:
        return len(self._store)


def _load_files(store: ox.Store, paths: list[Path]) -> None:
    for path in paths:
        if not path.is_file():
            raise PublisherError(f"{path}: no such file")
        try:
            if path.suffix == ".gz":
                store.bulk_load(gzip.decompress(path.read_bytes()), format=_format_of(path))
            else:
                store.bulk_load(path=str(path), format=_format_of(path))
        except SyntaxError as exc:
            raise PublisherError(f"{path}: not valid RDF: {exc}") from exc


def _format_of(path: Path) -> ox.RdfFormat:
    name = path.name.removesuffix(".gz")
    extension = name.rsplit(".", 1)[-1]
    found = ox.RdfFormat.from_extension(extension)
    if found is None:
        raise PublisherError(
            f"{path}: unknown RDF file extension .{extension}: use .nt, .nq,"
            " .ttl or .trig (optionally .gz)"
        )
    return found
