"""The SPARQL 1.1 Service Description of /sparql: what the endpoint offers and what it limits."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ..core.formats import RESULT_FORMATS
from ..core.namespaces import BKG, SD, VOID, bind_prefixes
from ..core.uris import CATALOG_PATH, SPARQL_PATH, VOID_PATH, part
from ..settings import Limits


def build_service_description(endpoint: str, graph_sizes: dict[str, int], limits: Limits) -> Graph:
    """The service: endpoint, language, formats, features, dataset with graph sizes, limits."""
    graph = bind_prefixes(Graph())
    service = part(endpoint, "service")
    dataset, default = BNode("dataset"), BNode("default-graph")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, URIRef(endpoint)))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for fmt in RESULT_FORMATS:
        graph.add((service, SD.resultFormat, URIRef(fmt.w3c_uri)))
    graph.add((service, SD.defaultDataset, dataset))
    base = endpoint.removesuffix(SPARQL_PATH)
    graph.add((service, RDFS.seeAlso, URIRef(base + VOID_PATH)))
    graph.add((service, RDFS.seeAlso, URIRef(base + CATALOG_PATH)))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, VOID.triples, Literal(sum(graph_sizes.values()))))
    for name, size in graph_sizes.items():
        named, inner = BNode(f"graph-{len(graph)}"), BNode(f"size-{len(graph)}")
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
        graph.add((named, SD.graph, inner))
        graph.add((inner, RDF.type, SD.Graph))
        graph.add((inner, VOID.triples, Literal(size)))
    _add_limits(graph, service, limits)
    return graph


def _add_limits(graph: Graph, service: URIRef, limits: Limits) -> None:
    count = XSD.nonNegativeInteger
    graph.add((service, BKG.queryTimeout, Literal(str(limits.timeout), datatype=XSD.decimal)))
    graph.add((service, BKG.maxResultBytes, Literal(limits.max_result_bytes, datatype=count)))
    graph.add((service, BKG.maxRequestBytes, Literal(limits.max_request_bytes, datatype=count)))
