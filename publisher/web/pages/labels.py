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

from ...core.languages import DEFAULT_LANGUAGE, FALLBACK_ORDER

LABEL_PROPERTIES = (SKOS.prefLabel, RDFS.label, DCTERMS.title)

#: Names of the standard properties and classes we reuse, in each reader's language.
STANDARD_NAMES: dict[str, dict[str, str]] = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": {"en": "type", "nl": "type", "fr": "type"},
    "http://www.w3.org/2000/01/rdf-schema#label": {"en": "label", "nl": "label", "fr": "libellé"},
    "http://www.w3.org/2000/01/rdf-schema#seeAlso": {
        "en": "see also",
        "nl": "zie ook",
        "fr": "voir aussi",
    },
    "http://www.w3.org/2000/01/rdf-schema#isDefinedBy": {
        "en": "defined by",
        "nl": "gedefinieerd in",
        "fr": "défini par",
    },
    "http://www.w3.org/2000/01/rdf-schema#subClassOf": {
        "en": "subclass of",
        "nl": "subklasse van",
        "fr": "sous-classe de",
    },
    "http://www.w3.org/2000/01/rdf-schema#subPropertyOf": {
        "en": "subproperty of",
        "nl": "subeigenschap van",
        "fr": "sous-propriété de",
    },
    "http://www.w3.org/2000/01/rdf-schema#domain": {
        "en": "domain",
        "nl": "domein",
        "fr": "domaine",
    },
    "http://www.w3.org/2000/01/rdf-schema#range": {"en": "range", "nl": "bereik", "fr": "portée"},
    "http://www.w3.org/2002/07/owl#sameAs": {
        "en": "same as (Wikidata)",
        "nl": "zelfde als (Wikidata)",
        "fr": "identique à (Wikidata)",
    },
    "http://www.w3.org/2004/02/skos/core#prefLabel": {
        "en": "preferred label",
        "nl": "voorkeurslabel",
        "fr": "libellé préféré",
    },
    "http://www.w3.org/2004/02/skos/core#altLabel": {
        "en": "also called",
        "nl": "ook genoemd",
        "fr": "aussi appelé",
    },
    "http://www.w3.org/2004/02/skos/core#definition": {
        "en": "definition",
        "nl": "definitie",
        "fr": "définition",
    },
    "http://www.w3.org/2004/02/skos/core#scopeNote": {
        "en": "scope note",
        "nl": "toepassingsnotitie",
        "fr": "note d'application",
    },
    "http://www.w3.org/2004/02/skos/core#editorialNote": {
        "en": "editorial note",
        "nl": "redactionele noot",
        "fr": "note éditoriale",
    },
    "http://www.w3.org/2004/02/skos/core#broader": {
        "en": "broader",
        "nl": "ruimer",
        "fr": "plus large",
    },
    "http://www.w3.org/2004/02/skos/core#narrower": {
        "en": "narrower",
        "nl": "enger",
        "fr": "plus étroit",
    },
    "http://www.w3.org/2004/02/skos/core#inScheme": {
        "en": "in scheme",
        "nl": "in schema",
        "fr": "dans le schéma",
    },
    "http://www.w3.org/2004/02/skos/core#topConceptOf": {
        "en": "top concept of",
        "nl": "topconcept van",
        "fr": "concept de tête de",
    },
    "http://www.w3.org/2004/02/skos/core#hasTopConcept": {
        "en": "top concept",
        "nl": "topconcept",
        "fr": "concept de tête",
    },
    "http://www.w3.org/2004/02/skos/core#exactMatch": {
        "en": "exact match",
        "nl": "exacte overeenkomst",
        "fr": "correspondance exacte",
    },
    "http://www.w3.org/2004/02/skos/core#closeMatch": {
        "en": "close match",
        "nl": "nauwe overeenkomst",
        "fr": "correspondance proche",
    },
    "http://purl.org/dc/terms/title": {"en": "title", "nl": "titel", "fr": "titre"},
    "http://www.w3.org/ns/dcat#dataset": {"en": "dataset", "nl": "dataset", "fr": "jeu de données"},
    "http://www.w3.org/ns/dcat#service": {"en": "service", "nl": "dienst", "fr": "service"},
    "http://www.w3.org/ns/dcat#distribution": {
        "en": "distribution",
        "nl": "distributie",
        "fr": "distribution",
    },
    "http://www.w3.org/ns/dcat#themeTaxonomy": {
        "en": "theme taxonomy",
        "nl": "themataxonomie",
        "fr": "taxonomie des thèmes",
    },
    "http://www.w3.org/ns/dcat#theme": {"en": "theme (EU)", "nl": "thema (EU)", "fr": "thème (UE)"},
    "http://www.w3.org/ns/dcat#keyword": {"en": "keyword", "nl": "trefwoord", "fr": "mot-clé"},
    "http://www.w3.org/ns/dcat#contactPoint": {
        "en": "contact point",
        "nl": "contactpunt",
        "fr": "point de contact",
    },
    "http://www.w3.org/ns/dcat#landingPage": {
        "en": "landing page",
        "nl": "landingspagina",
        "fr": "page d'accueil",
    },
    "http://www.w3.org/ns/dcat#version": {"en": "version", "nl": "versie", "fr": "version"},
    "http://www.w3.org/ns/dcat#startDate": {
        "en": "start date",
        "nl": "begindatum",
        "fr": "date de début",
    },
    "http://www.w3.org/ns/dcat#endDate": {"en": "end date", "nl": "einddatum", "fr": "date de fin"},
    "http://www.w3.org/ns/dcat#servesDataset": {
        "en": "serves dataset",
        "nl": "bedient dataset",
        "fr": "sert le jeu de données",
    },
    "http://www.w3.org/ns/dcat#endpointURL": {
        "en": "endpoint URL",
        "nl": "URL van het eindpunt",
        "fr": "URL du point d'accès",
    },
    "http://www.w3.org/ns/dcat#accessURL": {
        "en": "access URL",
        "nl": "toegangs-URL",
        "fr": "URL d'accès",
    },
    "http://www.w3.org/ns/dcat#downloadURL": {
        "en": "download URL",
        "nl": "download-URL",
        "fr": "URL de téléchargement",
    },
    "http://www.w3.org/ns/dcat#byteSize": {
        "en": "size (bytes)",
        "nl": "grootte (bytes)",
        "fr": "taille (octets)",
    },
    "http://www.w3.org/ns/dcat#mediaType": {
        "en": "media type",
        "nl": "mediatype",
        "fr": "type de média",
    },
    "http://xmlns.com/foaf/0.1/homepage": {
        "en": "home page",
        "nl": "startpagina",
        "fr": "page d'accueil",
    },
    "http://xmlns.com/foaf/0.1/page": {"en": "page", "nl": "pagina", "fr": "page"},
    "http://purl.org/dc/terms/issued": {"en": "issued", "nl": "uitgegeven", "fr": "publié le"},
    "http://purl.org/dc/terms/modified": {"en": "modified", "nl": "gewijzigd", "fr": "modifié le"},
    "http://purl.org/dc/terms/created": {"en": "created", "nl": "aangemaakt", "fr": "créé le"},
    "http://purl.org/dc/terms/license": {"en": "licence", "nl": "licentie", "fr": "licence"},
    "http://purl.org/dc/terms/spatial": {
        "en": "place covered",
        "nl": "gebied",
        "fr": "couverture géographique",
    },
    "http://purl.org/dc/terms/temporal": {
        "en": "period covered",
        "nl": "periode",
        "fr": "couverture temporelle",
    },
    "http://purl.org/dc/terms/creator": {"en": "creator", "nl": "maker", "fr": "créateur"},
    "http://purl.org/dc/terms/source": {"en": "source", "nl": "bron", "fr": "source"},
    "http://purl.org/dc/terms/accessRights": {
        "en": "access rights",
        "nl": "toegangsrechten",
        "fr": "droits d'accès",
    },
    "http://purl.org/dc/terms/accrualPeriodicity": {
        "en": "update frequency",
        "nl": "frequentie van bijwerking",
        "fr": "fréquence de mise à jour",
    },
    "http://purl.org/dc/terms/conformsTo": {
        "en": "conforms to",
        "nl": "voldoet aan",
        "fr": "conforme à",
    },
    "http://purl.org/dc/terms/provenance": {
        "en": "provenance",
        "nl": "herkomst",
        "fr": "provenance",
    },
    "http://purl.org/dc/terms/identifier": {
        "en": "identifier",
        "nl": "identificatie",
        "fr": "identifiant",
    },
    "http://purl.org/dc/terms/format": {"en": "format", "nl": "formaat", "fr": "format"},
    "http://purl.org/dc/terms/type": {"en": "type", "nl": "type", "fr": "type"},
    "http://purl.org/dc/terms/rights": {"en": "rights", "nl": "rechten", "fr": "droits"},
    "http://www.w3.org/ns/prov#wasDerivedFrom": {
        "en": "derived from",
        "nl": "afgeleid van",
        "fr": "dérivé de",
    },
    "http://purl.org/vocab/vann/preferredNamespacePrefix": {
        "en": "preferred prefix",
        "nl": "voorkeursprefix",
        "fr": "préfixe préféré",
    },
    "http://purl.org/vocab/vann/preferredNamespaceUri": {
        "en": "namespace",
        "nl": "naamruimte",
        "fr": "espace de noms",
    },
    "http://www.w3.org/2002/07/owl#priorVersion": {
        "en": "prior version",
        "nl": "vorige versie",
        "fr": "version précédente",
    },
    "http://www.w3.org/2002/07/owl#versionInfo": {"en": "version", "nl": "versie", "fr": "version"},
    "http://www.w3.org/2002/07/owl#versionIRI": {
        "en": "version IRI",
        "nl": "versie-IRI",
        "fr": "IRI de version",
    },
    "http://rdfs.org/ns/void#subset": {
        "en": "subset",
        "nl": "deelverzameling",
        "fr": "sous-ensemble",
    },
    "http://rdfs.org/ns/void#exampleResource": {
        "en": "example",
        "nl": "voorbeeld",
        "fr": "exemple",
    },
    "http://rdfs.org/ns/void#sparqlEndpoint": {
        "en": "SPARQL endpoint",
        "nl": "SPARQL-eindpunt",
        "fr": "point d'accès SPARQL",
    },
    "http://rdfs.org/ns/void#dataDump": {
        "en": "data dump",
        "nl": "gegevensdump",
        "fr": "export des données",
    },
    "http://purl.org/dc/terms/description": {
        "en": "description",
        "nl": "beschrijving",
        "fr": "description",
    },
    "http://purl.org/dc/terms/subject": {"en": "theme", "nl": "thema", "fr": "thème"},
    "http://purl.org/dc/terms/date": {"en": "date", "nl": "datum", "fr": "date"},
    "http://purl.org/dc/terms/isPartOf": {"en": "part of", "nl": "deel van", "fr": "partie de"},
    "http://purl.org/dc/terms/hasPart": {
        "en": "has part",
        "nl": "heeft als deel",
        "fr": "a pour partie",
    },
    "http://purl.org/dc/terms/language": {"en": "language", "nl": "taal", "fr": "langue"},
    "http://purl.org/dc/terms/publisher": {"en": "publisher", "nl": "uitgever", "fr": "éditeur"},
    "http://www.w3.org/ns/org#hasMember": {"en": "member", "nl": "lid", "fr": "membre"},
    "http://www.w3.org/ns/org#subOrganizationOf": {
        "en": "part of organisation",
        "nl": "onderdeel van",
        "fr": "sous-organisation de",
    },
    "http://www.w3.org/ns/org#classification": {
        "en": "type of organisation",
        "nl": "soort organisatie",
        "fr": "type d'organisation",
    },
    "http://www.w3.org/ns/prov#wasQuotedFrom": {
        "en": "quoted from",
        "nl": "geciteerd uit",
        "fr": "cité de",
    },
    "http://www.w3.org/ns/oa#start": {
        "en": "start offset",
        "nl": "beginpositie",
        "fr": "position de début",
    },
    "http://www.w3.org/ns/oa#end": {
        "en": "end offset",
        "nl": "eindpositie",
        "fr": "position de fin",
    },
    "http://www.w3.org/ns/oa#exact": {
        "en": "exact text",
        "nl": "exacte tekst",
        "fr": "texte exact",
    },
    "https://schema.org/position": {"en": "position", "nl": "positie", "fr": "position"},
    "https://schema.org/location": {"en": "location", "nl": "locatie", "fr": "lieu"},
    "https://schema.org/value": {"en": "value", "nl": "waarde", "fr": "valeur"},
    "https://schema.org/unitCode": {"en": "unit", "nl": "eenheid", "fr": "unité"},
    "https://schema.org/containedInPlace": {
        "en": "located in",
        "nl": "gelegen in",
        "fr": "situé dans",
    },
    "http://data.europa.eu/eli/ontology#based_on": {
        "en": "based on",
        "nl": "gebaseerd op",
        "fr": "fondé sur",
    },
}


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
