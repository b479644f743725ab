"""The ontology's documentation page, as pyLODE or Widoco would lay it out: header, then terms."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from ...core.languages import AUTHORITY_FIRST
from ...core.namespaces import ONTOLOGY, PREFIXES
from . import labels


@dataclass(frozen=True)
class Term:
    anchor: str  # the local name: terms are <ontology>#<anchor>
    iri: str
    label: str
    definitions: tuple[tuple[str, str], ...]  # (language, text), the authority's first
    notes: tuple[str, ...]
    parents: tuple[tuple[str, str], ...]  # (label, href)
    domain: tuple[tuple[str, str], ...]
    range: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class OntologyView:
    title: str
    description: str
    version: str
    license: str
    classes: tuple[Term, ...]
    object_properties: tuple[Term, ...]
    datatype_properties: tuple[Term, ...]


def ontology_view(graph: Graph, lang: str) -> OntologyView:
    def text(predicate: URIRef) -> str:
        found = labels.pick(list(graph.objects(ONTOLOGY, predicate)), lang)
        return str(found) if found is not None else ""

    return OntologyView(
        title=text(DCTERMS.title),
        description=text(DCTERMS.description),
        version=str(graph.value(ONTOLOGY, OWL.versionInfo) or ""),
        license=str(graph.value(ONTOLOGY, DCTERMS.license) or ""),
        classes=_terms(graph, OWL.Class, RDFS.subClassOf, lang),
        object_properties=_terms(graph, OWL.ObjectProperty, RDFS.subPropertyOf, lang),
        datatype_properties=_terms(graph, OWL.DatatypeProperty, RDFS.subPropertyOf, lang),
    )


def _terms(graph: Graph, kind: URIRef, parent: URIRef, lang: str) -> tuple[Term, ...]:
    terms = []
    for term in graph.subjects(RDF.type, kind):
        if not isinstance(term, URIRef) or (term, RDFS.isDefinedBy, ONTOLOGY) not in graph:
            continue
        definitions = {
            d.language: str(d)
            for d in graph.objects(term, SKOS.definition)
            if isinstance(d, Literal)
        }
        terms.append(
            Term(
                anchor=str(term).rsplit("#", 1)[-1],
                iri=str(term),
                label=labels.label(graph, term, lang),
                definitions=tuple(
                    (code, definitions[code]) for code in AUTHORITY_FIRST if code in definitions
                ),
                notes=tuple(str(n) for n in graph.objects(term, SKOS.scopeNote)),
                parents=_links(graph, graph.objects(term, parent), lang),
                domain=_links(graph, graph.objects(term, RDFS.domain), lang),
                range=_links(graph, graph.objects(term, RDFS.range), lang),
            )
        )
    return tuple(sorted(terms, key=lambda t: t.anchor.lower()))


def _links(graph: Graph, nodes: object, lang: str) -> tuple[tuple[str, str], ...]:
    found = []
    for node in nodes:  # type: ignore[attr-defined]
        if isinstance(node, URIRef):
            found.append((_name(graph, node, lang), _href(node)))
        else:  # an owl:unionOf list
            members = graph.value(node, OWL.unionOf)
            if members is not None:
                found += [
                    (_name(graph, m, lang), _href(m))
                    for m in graph.items(members)
                    if isinstance(m, URIRef)
                ]
    return tuple(sorted(found))


def _name(graph: Graph, node: URIRef, lang: str) -> str:
    """Our terms by their label; the others by their usual prefixed name."""
    if str(node).startswith(f"{ONTOLOGY}#"):
        return labels.label(graph, node, lang)
    for prefix, namespace in PREFIXES.items():
        if str(node).startswith(namespace) and prefix != "bkg":
            return f"{prefix}:{str(node)[len(namespace) :]}"
    return str(node)


def _href(node: URIRef) -> str:
    if str(node).startswith(f"{ONTOLOGY}#"):
        return "#" + str(node).rsplit("#", 1)[-1]
    return str(node)
