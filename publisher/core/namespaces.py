"""The canonical base, our ontology's terms as a closed namespace, and the one prefix table.

Every IRI the project mints starts with BASE. The namespaces below it are declared here; uris.py
mints things in them and maps them to URL paths.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    VANN,
    XSD,
    DefinedNamespace,
)

BASE = "https://w3id.org/benelux-kg/"
ID = Namespace(f"{BASE}id/")
GRAPH = Namespace(f"{BASE}graph/")
ONTOLOGY = URIRef(f"{BASE}def/bkg")
SHAPES = Namespace(f"{BASE}shapes/bkg#")

OA = Namespace("http://www.w3.org/ns/oa#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
EU = Namespace("http://publications.europa.eu/resource/authority/")
WD = Namespace("http://www.wikidata.org/entity/")
EUROVOC = Namespace("http://eurovoc.europa.eu/")


class BKG(DefinedNamespace):
    """Terms of ontology/bkg.ttl. An unknown term raises AttributeError."""

    _NS = Namespace(f"{BASE}def/bkg#")
    _fail = True

    # classes
    Achievement: URIRef
    Country: URIRef
    Event: URIRef
    Figure: URIRef
    HorizontalPriority: URIRef
    Initiative: URIRef
    Instrument: URIRef
    InstrumentStep: URIRef
    LegalInstrument: URIRef
    Place: URIRef
    PoliticalInstrument: URIRef
    Presidency: URIRef
    Region: URIRef
    Report: URIRef
    Section: URIRef
    SourcePassage: URIRef
    # properties
    actor: URIRef
    addressee: URIRef
    atEvent: URIRef
    authorityEntry: URIRef
    contributor: URIRef
    counterparty: URIRef
    counts: URIRef
    event: URIRef
    figureOf: URIRef
    figureType: URIRef
    firstLine: URIRef
    framework: URIRef
    hasFigure: URIRef
    hasPriority: URIRef
    hasStep: URIRef
    heldBy: URIRef
    inSection: URIRef
    initiative: URIRef
    instrument: URIRef
    involves: URIRef
    kind: URIRef
    lastLine: URIRef
    maxRequestBytes: URIRef
    maxResultBytes: URIRef
    onInstrument: URIRef
    organiser: URIRef
    participant: URIRef
    party: URIRef
    presidencyOf: URIRef
    queryTimeout: URIRef
    readingText: URIRef
    reportsOn: URIRef
    servesPriority: URIRef
    sourceFile: URIRef
    sourcePassage: URIRef
    sourceText: URIRef
    statedAs: URIRef
    underPresidency: URIRef


PREFIXES: dict[str, str] = {
    "bkg": str(BKG._NS),
    "id": str(ID),
    "adms": str(ADMS),
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "eli": str(ELI),
    "foaf": str(FOAF),
    "oa": str(OA),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SDO),
    "sd": str(SD),
    "sh": str(SH),
    "skos": str(SKOS),
    "spdx": str(SPDX),
    "vann": str(VANN),
    "vcard": str(VCARD),
    "void": str(VOID),
    "xsd": str(XSD),
    "wd": str(WD),
    "eurovoc": str(EUROVOC),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind our prefix table, replacing rdflib's defaults, so every dump reads the same."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for the prefix table, for queries written in code."""
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
