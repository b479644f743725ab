"""The DCAT-AP catalogue as a portal harvests it, its VoID, and its quality score."""

from __future__ import annotations

import gzip
import hashlib

import httpx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, RDF

from publisher import mqa, uris
from publisher.namespaces import SPDX, VOID
from publisher.validate import validate

from .conftest import ROOT, Server

RDF_PARSERS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/trig": "trig",
    "application/n-quads": "nquads",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


@pytest.fixture(scope="module")
def catalog(server: Server) -> Graph:
    response = httpx.get(f"{server.url}/catalog", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    return Graph().parse(data=response.text, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "shapes" / "catalog.shapes.ttl", format="turtle")


def test_the_catalogue_conforms_to_our_dcat_ap_shapes(catalog: Graph, shapes: Graph) -> None:
    report = validate(catalog, shapes)
    assert report.conforms, "\n".join(map(str, report.violations))
    assert report.warnings == ()


@pytest.mark.parametrize(
    ("predicate", "subject_type"),
    [
        (DCTERMS.title, DCAT.Dataset),
        (DCAT.accessURL, DCAT.Distribution),
        (DCAT.endpointURL, DCAT.DataService),
        (DCTERMS.accessRights, DCAT.Dataset),
    ],
)
def test_a_missing_mandatory_property_is_a_violation(
    catalog: Graph, shapes: Graph, predicate: URIRef, subject_type: URIRef
) -> None:
    broken = Graph() + catalog
    subject = next(broken.subjects(RDF.type, subject_type))
    broken.remove((subject, predicate, None))
    report = validate(broken, shapes)
    assert not report.conforms
    assert {(v.focus, v.path) for v in report.errors} == {(str(subject), str(predicate))}


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "application/ld+json"])
def test_the_catalogue_in_each_format(server: Server, catalog: Graph, accept: str) -> None:
    response = httpx.get(f"{server.url}/catalog", headers={"Accept": accept})
    assert response.headers["content-type"].startswith(accept)
    assert isomorphic(Graph().parse(data=response.content, format=RDF_PARSERS[accept]), catalog)


def test_a_harvest_like_a_portal(server: Server, catalog: Graph) -> None:
    """Follow every URL with HEAD and GET; check sizes and checksums; compare the dumps' triples
    with what the SPARQL endpoint serves."""
    urls = {
        str(o)
        for p in (
            DCAT.accessURL,
            DCAT.downloadURL,
            DCAT.endpointURL,
            DCAT.landingPage,
            DCAT.endpointDescription,
        )
        for o in catalog.objects(None, p)
    }
    assert len(urls) > 12
    with httpx.Client(timeout=30) as http:
        for url in sorted(urls):
            assert url.startswith(server.url)
            assert http.head(url).status_code == 200, url
            assert http.get(url).status_code == 200, url
        distributions = list(catalog.subjects(DCAT.downloadURL, None))
        assert len(distributions) == 12
        for distribution in distributions:
            body = http.get(str(catalog.value(distribution, DCAT.downloadURL))).content
            assert int(catalog.value(distribution, DCAT.byteSize)) == len(body)  # type: ignore[arg-type]
            checksum = catalog.value(distribution, SPDX.checksum)
            assert (
                str(catalog.value(checksum, SPDX.checksumValue)) == hashlib.sha256(body).hexdigest()
            )
            url = str(catalog.value(distribution, DCAT.downloadURL))
            if catalog.value(distribution, DCAT.compressFormat) is not None:
                plain = http.get(url.removesuffix(".gz")).content
                assert gzip.decompress(body) == plain, "a .gz holds its plain file, byte for byte"
                continue
            media = str(catalog.value(distribution, DCAT.mediaType)).rsplit("media-types/", 1)[1]
            _same_as_the_endpoint(http, server, body, RDF_PARSERS[media])


def _same_as_the_endpoint(http: httpx.Client, server: Server, body: bytes, parser: str) -> None:
    def construct(where: str) -> Graph:
        response = http.post(
            f"{server.url}/sparql",
            headers={"Accept": "application/n-triples"},
            data={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"},
        )
        return Graph().parse(data=response.text, format="nt")

    if parser in ("trig", "nquads", "json-ld"):
        dump = Dataset()
        dump.parse(data=body, format=parser)
        for graph in dump.graphs():
            if len(graph):
                served = construct(f"GRAPH <{graph.identifier}> {{ ?s ?p ?o }}")
                assert isomorphic(graph, served), (parser, graph.identifier)
    else:
        dump_graph = Graph().parse(data=body, format=parser)
        served = construct(f"GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{uris.CATALOG_GRAPH}>)")
        assert isomorphic(dump_graph, served), parser


def test_void_describes_the_dataset(server: Server) -> None:
    response = httpx.get(f"{server.url}/.well-known/void", headers={"Accept": "text/turtle"})
    void = Graph().parse(data=response.text, format="turtle")
    dataset = URIRef("https://w3id.org/benelux-kg/id/dataset/benelux-kg")
    assert int(void.value(dataset, VOID.triples)) > 4000  # type: ignore[arg-type]
    assert int(void.value(dataset, VOID.entities)) > 250  # type: ignore[arg-type]
    assert len(list(void.objects(dataset, VOID.classPartition))) > 15
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(f"{server.url}/sparql")
    linksets = {
        str(void.value(s, VOID.objectsTarget)): int(void.value(s, VOID.triples))  # type: ignore[arg-type]
        for s in void.subjects(RDF.type, VOID.Linkset)
    }
    assert linksets["https://www.wikidata.org/"] == 16
    assert len(list(void.objects(dataset, VOID.dataDump))) == 6


def test_the_quality_score_is_excellent(server: Server, shapes: Graph) -> None:
    assessment = mqa.assess_url(f"{server.url}/catalog", shapes)
    assert assessment.total >= 351, assessment.report()
    assert assessment.rating == "Excellent"


def test_the_quality_score_falls_when_a_property_goes(catalog: Graph, shapes: Graph) -> None:
    full = mqa.assess(catalog, lambda url: True, True).total
    for predicate in (DCAT.keyword, DCTERMS.license, DCAT.byteSize, DCAT.contactPoint):
        thinner = Graph() + catalog
        thinner.remove((None, predicate, None))
        compliant = validate(thinner, shapes).conforms
        assert mqa.assess(thinner, lambda url: True, compliant).total < full, predicate
    assert mqa.assess(catalog, lambda url: False, True).total < full
