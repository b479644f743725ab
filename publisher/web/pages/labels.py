"""Human names for nodes and properties, in the reader's language. Templates never choose.

Our own terms and things carry labels in nl, en and fr in the graph; the standard properties we
reuse get theirs from the table in property_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS
from rdflib.term import Node

from ...core.languages import DEFAULT_LANGUAGE, FALLBACK_ORDER
from .property_names import STANDARD_NAMES

LABEL_PROPERTIES = (SKOS.prefLabel, RDFS.label, DCTERMS.title)


def pick(values: Sequence[Node], lang: str) -> Literal | None:
    """The literal in `lang`, else in English, Dutch, French, else untagged or any."""
    literals = [v for v in values if isinstance(v, Literal)]
    for wanted in (lang, *FALLBACK_ORDER, None):
        for value in literals:
            if value.language == wanted:
                return value
    return literals[0] if literals else None


def label(graph: Graph, node: Node, lang: str = DEFAULT_LANGUAGE) -> str:
    """Best human label for `node`: preferred property first, then preferred language."""
    for prop in LABEL_PROPERTIES:
        found = pick(list(graph.objects(node, prop)), lang)
        if found is not None:
            return str(found)
    if isinstance(node, URIRef):
        return property_name(node, lang) if str(node) in STANDARD_NAMES else local_name(node)
    return str(node)


def property_name(predicate: URIRef, lang: str, graph: Graph | None = None) -> str:
    """A property's name: its label in the graph (our terms), the table, or its local name."""
    if graph is not None:
        found = pick(list(graph.objects(predicate, RDFS.label)), lang)
        if found is not None:
            return str(found)
    names = STANDARD_NAMES.get(str(predicate))
    if names is not None:
        return names.get(lang, names[DEFAULT_LANGUAGE])
    return local_name(predicate)


def local_name(iri: URIRef | str) -> str:
    """The last part of an IRI, made readable.

    >>> local_name("https://w3id.org/benelux-kg/def/bkg#servesPriority")
    'serves priority'
    >>> local_name("https://w3id.org/benelux-kg/id/country/belgium")
    'belgium'
    """
    tail = re.split(r"[#/]", str(iri).rstrip("/#"))[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tail).replace("_", " ").lower()
