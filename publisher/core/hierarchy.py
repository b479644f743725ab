"""The ontology's hierarchy of our own properties: which bkg: properties each one entails.

The build writes what it entails (build/entail.py); the pages leave out a row a more specific
property already says (a contributor is not listed again as participant and as "involves").
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from .namespaces import BKG

Hierarchy = dict[URIRef, tuple[URIRef, ...]]


def super_properties(ontology: Graph) -> Hierarchy:
    """Each bkg: property that has bkg: super-properties, with all of them, nearest first."""
    ours = str(BKG._NS)
    hierarchy: Hierarchy = {}
    for prop in sorted(set(ontology.subjects(RDFS.subPropertyOf, None)), key=str):
        if not isinstance(prop, URIRef) or not str(prop).startswith(ours):
            continue
        above = [
            node
            for node in ontology.transitive_objects(prop, RDFS.subPropertyOf)
            if isinstance(node, URIRef) and node != prop and str(node).startswith(ours)
        ]
        if above:
            hierarchy[prop] = tuple(above)
    return hierarchy


def implied(hierarchy: Hierarchy, links: Iterable[tuple[Node, Node]]) -> set[tuple[Node, Node]]:
    """The (property, value) links that the given (property, value) links entail."""
    return {
        (above, value)
        for prop, value in links
        if isinstance(prop, URIRef)
        for above in hierarchy.get(prop, ())
    }
