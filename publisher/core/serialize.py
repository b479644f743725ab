"""rdflib graphs and datasets in any RDF format, byte for byte reproducibly.

Line-based formats are sorted; JSON-LD gets an inline context (no remote context is ever
referenced) and a fixed key and array order; RDF/XML lists subjects in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from rdflib import Dataset, Graph
from rdflib.term import Node

from .formats import TURTLE, Format
from .namespaces import PREFIXES, bind_prefixes
from .uris import turtle_prefixes


def all_prefixes() -> dict[str, str]:
    """The prefix table and a prefix per kind of thing, as the data files declare them."""
    return {**PREFIXES, **turtle_prefixes()}


def serialize(dataset: Dataset, fmt: Format) -> bytes:
    """The dataset in `fmt`: formats without graphs get the union of all graphs."""
    if fmt.keeps_graphs:
        return _serialize_dataset(dataset, fmt)
    union = Graph()
    for prefix, namespace in all_prefixes().items():
        union.bind(prefix, namespace, override=True, replace=True)
    for triple in sorted({t for graph in dataset.graphs() for t in graph}):
        union.add(triple)
    return serialize_graph(union, fmt)


def serialize_graph(graph: Graph, fmt: Format) -> bytes:
    """One graph in a triple format, deterministically."""
    if fmt.rdflib_name == "nt":
        return _sorted_lines(graph.serialize(format="nt", encoding="utf-8"))
    if fmt.rdflib_name == "json-ld":
        return _json_ld(graph)
    if fmt.rdflib_name == "xml":
        graph = _SubjectsInOrder(
            store=graph.store,
            identifier=graph.identifier,
            namespace_manager=graph.namespace_manager,
        )
    bind_prefixes(graph)
    for prefix, namespace in turtle_prefixes().items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph.serialize(format=fmt.rdflib_name, encoding="utf-8")


def _serialize_dataset(dataset: Dataset, fmt: Format) -> bytes:
    if fmt.rdflib_name == "nquads":
        return _sorted_lines(dataset.serialize(format="nquads", encoding="utf-8"))
    if fmt.rdflib_name == "json-ld":
        return _json_ld(dataset)
    return _trig(dataset)


def _trig(dataset: Dataset) -> bytes:
    """TriG: the prefixes once, then each graph's Turtle in a GRAPH block, sorted by name."""
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(all_prefixes().items()))
    blocks = [prefixes]
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not len(graph):
            continue
        turtle = serialize_graph(_copy(graph), TURTLE).decode("utf-8")
        # Not indented: that would change the text of multi-line literals.
        body = "\n".join(line for line in turtle.splitlines() if not line.startswith("@prefix"))
        blocks.append(f"GRAPH <{graph.identifier}> {{\n{body.strip()}\n}}\n")
    return "\n".join(blocks).encode("utf-8")


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for triple in sorted(graph):
        copy.add(triple)
    return copy


class _SubjectsInOrder(Graph):
    """A graph view whose subjects come sorted: rdflib's RDF/XML writer follows store order."""

    def subjects(  # type: ignore[override]
        self, predicate: Node | None = None, object: Node | None = None, unique: bool = False
    ) -> Iterator[Node]:
        return iter(sorted(set(super().subjects(predicate, object)), key=str))


def _json_ld(graph: Graph | Dataset) -> bytes:
    """JSON-LD with the prefix table as an inline context, keys and arrays in a fixed order."""
    text = graph.serialize(format="json-ld", context=all_prefixes(), auto_compact=True)
    document = json.loads(text)
    return (
        json.dumps(_ordered(document), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    ).encode("utf-8")


def _ordered(value: object) -> object:
    """Sort JSON arrays of objects by their serialised form, so their order never varies."""
    if isinstance(value, dict):
        return {k: v if k == "@list" else _ordered(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_ordered(v) for v in value]
        if value and isinstance(value[0], dict) and "@context" not in value[0]:
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return items
    return value


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(line for line in data.decode("utf-8").splitlines() if line.strip()))
    return ("\n".join(lines) + "\n").encode("utf-8")
