"""The DCAT-AP catalogue as a portal harvests it, and its VoID, from the in-process publisher."""

from __future__ import annotations

import gzip
import hashlib

import httpx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF

from publisher.catalogue.publication import Publication
from publisher.core import formats, uris
from publisher.core.namespaces import ID, SPDX, VOID, WD
from publisher.core.project import Project
from publisher.engine.store import OxigraphStore
from publisher.validation.shacl import validate

from ..conftest import TEST_URL
from ..support import ROOT, canonical, parse_dataset, parse_graph

DATASET = uris.mint("dataset", "benelux-kg")


@pytest.fixture(scope="module")
def catalog(client: httpx.Client) -> Graph:
    response = client.get("/catalog", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    return Graph().parse(data=response.text, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(Project(ROOT).catalog_shapes, format="turtle")


def test_the_catalogue_conforms_to_our_dcat_ap_shapes(catalog: Graph, shapes: Graph) -> None:
    report = validate(catalog, shapes)
    assert report.conforms, "\n".join(map(str, report.results))
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
    assert {(r.focus, r.path) for r in report.errors} == {(str(subject), str(predicate))}


@pytest.mark.parametrize("fmt", formats.RDF_DOCUMENT_FORMATS, ids=lambda f: f.suffix)
def test_the_catalogue_in_each_format_is_the_one_made_at_start_up(
    client: httpx.Client, served: tuple[OxigraphStore, Publication], fmt: formats.Format
) -> None:
    _, publication = served
    for response in (
        client.get("/catalog", headers={"Accept": fmt.media_type}),
        client.get(f"/catalog.{fmt.suffix}"),
    ):
        assert response.headers["content-type"] == f"{fmt.media_type}; charset=utf-8"
        received = parse_graph(response.content, response.headers["content-type"])
        assert canonical(received) == canonical(publication.catalog)


def test_a_harvest_like_a_portal(client: httpx.Client, catalog: Graph) -> None:
    """Follow every URL with HEAD and GET; check sizes and checksums; compare each dump's
    triples with what the SPARQL endpoint serves."""
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
    assert urls and all(url.startswith(TEST_URL) for url in urls)
    for url in sorted(urls):
        assert client.head(url).status_code == 200, url
        assert client.get(url).status_code == 200, url
    distributions = list(catalog.subjects(DCAT.downloadURL, None))
    assert len(distributions) == 2 * len(formats.DUMP_FORMATS)
    for distribution in distributions:
        url = str(catalog.value(distribution, DCAT.downloadURL))
        body = client.get(url).content
        assert int(catalog.value(distribution, DCAT.byteSize)) == len(body)  # type: ignore[arg-type]
        checksum = catalog.value(distribution, SPDX.checksum)
        assert str(catalog.value(checksum, SPDX.checksumValue)) == hashlib.sha256(body).hexdigest()
        if catalog.value(distribution, DCAT.compressFormat) is not None:
            plain = client.get(url.removesuffix(".gz")).content
            assert gzip.decompress(body) == plain, "a .gz holds its plain file, byte for byte"
            continue
        media = str(catalog.value(distribution, DCAT.mediaType)).removeprefix(formats.IANA)
        _same_as_the_endpoint(client, body, media)


def _same_as_the_endpoint(client: httpx.Client, body: bytes, media_type: str) -> None:
    def construct(where: str) -> Graph:
        response = client.post(
            "/sparql",
            headers={"Accept": "application/n-triples"},
            data={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"},
        )
        return Graph().parse(data=response.text, format="nt")

    fmt = next(f for f in formats.DUMP_FORMATS if f.media_type == media_type)
    if fmt.keeps_graphs:
        for graph in parse_dataset(body, media_type).graphs():
            if len(graph):
                served = construct(f"GRAPH <{graph.identifier}> {{ ?s ?p ?o }}")
                assert canonical(graph) == canonical(served), (media_type, graph.identifier)
    else:
        served = construct(f"GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{uris.CATALOG_GRAPH}>)")
        assert canonical(parse_graph(body, media_type)) == canonical(served), media_type


def test_void_counts_the_dataset(client: httpx.Client, dataset: Dataset, union: Graph) -> None:
    """Counted before the catalogue joins the store: the built dataset's own figures."""
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    void = Graph().parse(data=response.text, format="turtle")
    assert int(void.value(DATASET, VOID.triples)) == sum(len(g) for g in dataset.graphs())  # type: ignore[arg-type]
    entities = {s for s in union.subjects() if str(s).startswith(str(ID))}
    assert int(void.value(DATASET, VOID.entities)) == len(entities)  # type: ignore[arg-type]
    classes = set(union.objects(None, RDF.type))
    assert len(list(void.objects(DATASET, VOID.classPartition))) == len(classes)
    assert void.value(DATASET, VOID.sparqlEndpoint) == URIRef(f"{TEST_URL}/sparql")
    linksets = {
        str(void.value(s, VOID.objectsTarget)): int(void.value(s, VOID.triples))  # type: ignore[arg-type]
        for s in void.subjects(RDF.type, VOID.Linkset)
    }
    to_wikidata = [o for s, o in union.subject_objects(OWL.sameAs) if str(o).startswith(str(WD))]
    assert linksets["https://www.wikidata.org/"] == len(to_wikidata) > 0
    assert len(list(void.objects(DATASET, VOID.dataDump))) == len(formats.DUMP_FORMATS)


def test_downloads_are_what_the_catalogue_lists(client: httpx.Client) -> None:
    """Each dump is listed and served with its content type, gzip for the packed ones."""
    listing = client.get("/download/").text
    for fmt in formats.DUMP_FORMATS:
        for name, compressed in (
            (f"benelux-kg.{fmt.suffix}", False),
            (f"benelux-kg.{fmt.suffix}.gz", True),
        ):
            assert f'href="/download/{name}"' in listing
            response = client.get(f"/download/{name}")
            expected = "application/gzip" if compressed else f"{fmt.media_type}; charset=utf-8"
            assert response.headers["content-type"] == expected
