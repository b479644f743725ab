"""Human names for nodes and properties, in the reader's language. Templates never choose.

Our own terms and things carry labels in nl, en and fr in the graph; the standard properties we
reuse get theirs from the table below, as pyLODE ships background vocabularies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS
from rdflib.term import Node

LANGUAGES = ("en", "nl", "fr")
LABEL_PROPERTIES = (SKOS.prefLabel, RDFS.label, DCTERMS.title)

_STANDARD: dict[str, tuple[str, str, str]] = {  # IRI -> (en, nl, fr)
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": ("type", "type", "type"),
    "http://www.w3.org/2000/01/rdf-schema#label": ("label", "label", "libellé"),
    "http://www.w3.org/2000/01/rdf-schema#seeAlso": ("see also", "zie ook", "voir aussi"),
    "http://www.w3.org/2000/01/rdf-schema#isDefinedBy": (
        "defined by",
        "gedefinieerd in",
        "défini par",
    ),
    "http://www.w3.org/2000/01/rdf-schema#subClassOf": (
        "subclass of",
        "subklasse van",
        "sous-classe de",
    ),
    "http://www.w3.org/2000/01/rdf-schema#subPropertyOf": (
        "subproperty of",
        "subeigenschap van",
        "sous-propriété de",
    ),
    "http://www.w3.org/2000/01/rdf-schema#domain": ("domain", "domein", "domaine"),
    "http://www.w3.org/2000/01/rdf-schema#range": ("range", "bereik", "portée"),
    "http://www.w3.org/2002/07/owl#sameAs": (
        "same as (Wikidata)",
        "zelfde als (Wikidata)",
        "identique à (Wikidata)",
    ),
    "http://www.w3.org/2004/02/skos/core#prefLabel": (
        "preferred label",
        "voorkeurslabel",
        "libellé préféré",
    ),
    "http://www.w3.org/2004/02/skos/core#altLabel": ("also called", "ook genoemd", "aussi appelé"),
    "http://www.w3.org/2004/02/skos/core#definition": ("definition", "definitie", "définition"),
    "http://www.w3.org/2004/02/skos/core#scopeNote": (
        "scope note",
        "toepassingsnotitie",
        "note d'application",
    ),
    "http://www.w3.org/2004/02/skos/core#editorialNote": (
        "editorial note",
        "redactionele noot",
        "note éditoriale",
    ),
    "http://www.w3.org/2004/02/skos/core#broader": ("broader", "ruimer", "plus large"),
    "http://www.w3.org/2004/02/skos/core#narrower": ("narrower", "enger", "plus étroit"),
    "http://www.w3.org/2004/02/skos/core#inScheme": ("in scheme", "in schema", "dans le schéma"),
    "http://www.w3.org/2004/02/skos/core#topConceptOf": (
        "top concept of",
        "topconcept van",
        "concept de tête de",
    ),
    "http://www.w3.org/2004/02/skos/core#hasTopConcept": (
        "top concept",
        "topconcept",
        "concept de tête",
    ),
    "http://www.w3.org/2004/02/skos/core#exactMatch": (
        "exact match",
        "exacte overeenkomst",
        "correspondance exacte",
    ),
    "http://www.w3.org/2004/02/skos/core#closeMatch": (
        "close match",
        "nauwe overeenkomst",
        "correspondance proche",
    ),
    "http://purl.org/dc/terms/title": ("title", "titel", "titre"),
    "http://purl.org/dc/terms/description": ("description", "beschrijving", "description"),
    "http://purl.org/dc/terms/subject": ("theme", "thema", "thème"),
    "http://purl.org/dc/terms/date": ("date", "datum", "date"),
    "http://purl.org/dc/terms/isPartOf": ("part of", "deel van", "partie de"),
    "http://purl.org/dc/terms/hasPart": ("has part", "heeft als deel", "a pour partie"),
    "http://purl.org/dc/terms/language": ("language", "taal", "langue"),
    "http://purl.org/dc/terms/publisher": ("publisher", "uitgever", "éditeur"),
    "http://www.w3.org/ns/org#hasMember": ("member", "lid", "membre"),
    "http://www.w3.org/ns/org#subOrganizationOf": (
        "part of organisation",
        "onderdeel van",
        "sous-organisation de",
    ),
    "http://www.w3.org/ns/org#classification": (
        "type of organisation",
        "soort organisatie",
        "type d'organisation",
    ),
    "http://www.w3.org/ns/prov#wasQuotedFrom": ("quoted from", "geciteerd uit", "cité de"),
    "http://www.w3.org/ns/oa#start": ("start offset", "beginpositie", "position de début"),
    "http://www.w3.org/ns/oa#end": ("end offset", "eindpositie", "position de fin"),
    "http://www.w3.org/ns/oa#exact": ("exact text", "exacte tekst", "texte exact"),
    "https://schema.org/position": ("position", "positie", "position"),
    "https://schema.org/location": ("location", "locatie", "lieu"),
    "https://schema.org/value": ("value", "waarde", "valeur"),
    "https://schema.org/unitCode": ("unit", "eenheid", "unité"),
    "https://schema.org/containedInPlace": ("located in", "gelegen in", "situé dans"),
    "http://data.europa.eu/eli/ontology#based_on": ("based on", "gebaseerd op", "fondé sur"),
}


def pick(values: Sequence[Node], lang: str) -> Literal | None:
    """The literal in `lang`, else in English, Dutch, French, else untagged or any."""
    literals = [v for v in values if isinstance(v, Literal)]
    for wanted in (lang, *LANGUAGES, None):
        for value in literals:
            if value.language == wanted:
                return value
    return literals[0] if literals else None


def label(graph: Graph, node: Node, lang: str = "en") -> str:
    """Best human label for `node`: preferred property first, then preferred language."""
    for prop in LABEL_PROPERTIES:
        found = pick(list(graph.objects(node, prop)), lang)
        if found is not None:
            return str(found)
    if isinstance(node, URIRef):
        return property_name(node, lang) if str(node) in _STANDARD else local_name(node)
    return str(node)


def property_name(predicate: URIRef, lang: str, graph: Graph | None = None) -> str:
    """A property's name: its label in the graph (our terms), the table, or its local name."""
    if graph is not None:
        found = pick(list(graph.objects(predicate, RDFS.label)), lang)
        if found is not None:
            return str(found)
    names = _STANDARD.get(str(predicate))
    if names is not None:
        return names[LANGUAGES.index(lang) if lang in LANGUAGES else 0]
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
