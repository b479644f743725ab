"""The SPARQL 1.1 Service Description of /sparql, and the query page browsers get instead."""

from __future__ import annotations

from fastapi import Request, Response
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from . import formats, pages
from .dependencies import graph_sizes_of, limits_of
from .dumps import serialize_graph
from .errors import NotAcceptable
from .formats import Format
from .namespaces import BKG, SD, VOID, bind_prefixes
from .settings import Limits

W3C_FORMATS = "http://www.w3.org/ns/formats/"
#: The W3C format IRI of each result format the endpoint can write.
RESULT_FORMAT_IRIS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
    "TriG",
    "N-Quads",
)
DESCRIPTION_FORMATS = (formats.TURTLE, formats.RDF_XML, formats.JSON_LD, formats.N_TRIPLES)


def respond(request: Request) -> Response:
    """The description in an RDF format, or the query page for a browser."""
    offered = (*DESCRIPTION_FORMATS, formats.HTML)
    chosen = formats.negotiate(request.headers.get("accept"), offered)
    if chosen is None:
        raise NotAcceptable("available: " + ", ".join(f.media_type for f in offered))
    if chosen is formats.HTML:
        return pages.query_page(request)
    graph = describe(endpoint_url(request), graph_sizes_of(request), limits_of(request))
    return Response(
        serialize_graph(graph, chosen), media_type=_with_charset(chosen), headers={"Vary": "Accept"}
    )


def endpoint_url(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


def describe(endpoint: str, graph_sizes: dict[str, int], limits: Limits) -> Graph:
    """The service: endpoint, language, formats, features, dataset with graph sizes, limits."""
    graph = bind_prefixes(Graph())
    service = URIRef(f"{endpoint}#service")
    dataset, default = BNode("dataset"), BNode("default-graph")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, URIRef(endpoint)))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in RESULT_FORMAT_IRIS:
        graph.add((service, SD.resultFormat, URIRef(W3C_FORMATS + name)))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((service, RDFS.seeAlso, URIRef(endpoint.rsplit("/", 1)[0] + "/.well-known/void")))
    graph.add((service, RDFS.seeAlso, URIRef(endpoint.rsplit("/", 1)[0] + "/catalog")))
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


def _with_charset(fmt: Format) -> str:
    return f"{fmt.media_type}; charset=utf-8"
