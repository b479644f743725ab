"""The DCAT-AP 3 catalogue: the curated words of data/catalog/, plus what the running build knows.

Distributions get the URLs of the server they are served from, and the sizes and checksums of
the very files it serves. Pure: it reads its arguments and returns a Graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from ..core.formats import GZIP_MEDIA_TYPE, IANA, SPARQL_JSON, Format
from ..core.namespaces import EU, SPDX, bind_prefixes
from ..core.release import DownloadFile, Release
from ..core.turtle import read_turtle
from ..core.uris import (
    CATALOG,
    DOWNLOADS_PATH,
    SPARQL_PATH,
    VOID_PATH,
    download_path,
    mint,
    part,
)

DATASET = mint("dataset", "benelux-kg")
SERVICE = mint("service", "sparql")
SPARQL_DISTRIBUTION = mint("distribution", "sparql")
FILE_TYPES = EU["file-type"]
LICENCE = EU["licence/CC_BY_4_0"]
RIGHTS = part(DATASET, "rights")
AVAILABILITY = EU["planned-availability/STABLE"]
SHA256 = URIRef("https://spdx.org/rdf/terms#checksumAlgorithm_sha256")  # as DCAT-AP 3.0.1 checks
DCATAP = Namespace("http://data.europa.eu/r5r/")
VERSION = URIRef(f"{DCAT}version")  # DCAT 3, which rdflib's closed DCAT namespace lacks
FILE_TYPE_LABELS = {
    "RDF_TURTLE": "RDF Turtle",
    "RDF_N_TRIPLES": "RDF N-Triples",
    "RDF_TRIG": "RDF TriG",
    "RDF_N_QUADS": "RDF N-Quads",
    "JSON_LD": "JSON-LD",
    "RDF_XML": "RDF XML",
    "SPARQLQRES": "SPARQL results",
    "TXT": "Text",
}


def read_static(folder: Path) -> Graph:
    """The curated part of the catalogue (data/catalog/*.ttl); a slip names its file and line."""
    graph = Graph()
    for path in sorted(folder.glob("*.ttl")):
        read_turtle(path, into=graph)
    return graph


@dataclass(frozen=True)
class CoveredReport:
    """A report the served data holds, with the year it covers."""

    iri: URIRef
    year: int


def build_catalog(
    static: Graph,
    public_url: str,
    dumps: list[DownloadFile],
    release: Release,
    reports: Sequence[CoveredReport] = (),
) -> Graph:
    graph = bind_prefixes(Graph())
    graph += static
    _add_coverage(graph, reports)
    modified = Literal(release.modified.date().isoformat(), datatype=XSD.date)
    for node in (CATALOG, DATASET):
        graph.add((node, DCTERMS.modified, modified))
    for subject, predicate, page in (
        (CATALOG, FOAF.homepage, "/"),
        (DATASET, DCAT.landingPage, "/"),
        (DATASET, FOAF.page, DOWNLOADS_PATH),
    ):
        graph.add((subject, predicate, URIRef(public_url + page)))
        graph.add((URIRef(public_url + page), RDF.type, FOAF.Document))
    graph.add((CATALOG, RDFS.seeAlso, URIRef(public_url + VOID_PATH)))
    _add_service(graph, public_url)
    for dump in dumps:
        if dump.format is not None:
            _add_distribution(graph, public_url, dump, modified)
    return graph


def _add_coverage(graph: Graph, reports: Sequence[CoveredReport]) -> None:
    """What follows the reports in data/, not a hand-kept file: the dataset's version (the latest
    year it covers), its temporal coverage (each year a report covers, so that a gap between two
    reports is not claimed) and the reports it is derived from."""
    if not reports:
        return
    graph.add((DATASET, VERSION, Literal(str(max(r.year for r in reports)))))
    for year in sorted({r.year for r in reports}):
        period = part(DATASET, f"period-{year}")
        graph.add((DATASET, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        graph.add((period, DCAT.startDate, Literal(f"{year}-01-01", datatype=XSD.date)))
        graph.add((period, DCAT.endDate, Literal(f"{year}-12-31", datatype=XSD.date)))
    for report in sorted(reports, key=lambda r: (r.year, str(r.iri))):
        graph.add((DATASET, PROV.wasDerivedFrom, report.iri))


def _add_service(graph: Graph, public_url: str) -> None:
    endpoint = URIRef(public_url + SPARQL_PATH)
    graph.add((SERVICE, DCAT.endpointURL, endpoint))
    graph.add((SERVICE, DCAT.endpointDescription, endpoint))
    node = SPARQL_DISTRIBUTION
    graph.add((DATASET, DCAT.distribution, node))
    graph.add((node, RDF.type, DCAT.Distribution))
    graph.add((node, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
    graph.add(
        (
            node,
            DCTERMS.description,
            Literal(
                "Query the dataset with SPARQL 1.1; results as SPARQL JSON, XML, CSV or TSV.",
                lang="en",
            ),
        )
    )
    graph.add((node, DCAT.accessURL, endpoint))
    graph.add((node, DCAT.accessService, SERVICE))
    graph.add((node, DCTERMS.format, _file_type(graph, "SPARQLQRES")))
    graph.add((node, DCAT.mediaType, _media_type(graph, SPARQL_JSON.media_type)))
    graph.add((node, DCTERMS.license, LICENCE))
    graph.add((node, DCTERMS.rights, RIGHTS))
    graph.add((node, DCATAP.availability, AVAILABILITY))


def _add_distribution(graph: Graph, public_url: str, dump: DownloadFile, modified: Literal) -> None:
    assert dump.format is not None
    name = dump.path.name
    node = mint("distribution", name.replace(".", "-"))
    url = URIRef(public_url + download_path(name))
    packed = ", gzip" if dump.compressed else ""
    graph.add((DATASET, DCAT.distribution, node))
    graph.add((node, RDF.type, DCAT.Distribution))
    graph.add((node, DCTERMS.title, Literal(f"{dump.format.name} dump{packed}", lang="en")))
    graph.add((node, DCTERMS.description, Literal(_described(dump.format, packed), lang="en")))
    graph.add((node, DCAT.accessURL, url))
    graph.add((node, DCAT.downloadURL, url))
    graph.add((node, DCTERMS.format, _file_type(graph, dump.format.eu_file_type)))
    graph.add((node, DCAT.mediaType, _media_type(graph, dump.format.media_type)))
    if dump.compressed:
        graph.add((node, DCAT.compressFormat, _media_type(graph, GZIP_MEDIA_TYPE)))
    graph.add((node, DCAT.byteSize, Literal(dump.byte_size, datatype=XSD.nonNegativeInteger)))
    _add_checksum(graph, node, dump.sha256)
    graph.add((node, DCTERMS.license, LICENCE))
    graph.add((node, DCTERMS.rights, RIGHTS))
    graph.add((node, DCATAP.availability, AVAILABILITY))
    graph.add((node, DCTERMS.issued, modified))
    graph.add((node, DCTERMS.modified, modified))


def _described(fmt: Format, packed: str) -> str:
    graphs = ", every named graph kept." if fmt.keeps_graphs else ", the union of the named graphs."
    return f"The whole dataset in {fmt.name}{packed}{graphs}"


def _add_checksum(graph: Graph, distribution: URIRef, sha256: str) -> None:
    checksum = part(distribution, "checksum")
    graph.add((distribution, SPDX.checksum, checksum))
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SHA256))
    graph.add((checksum, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary)))


def _file_type(graph: Graph, code: str) -> URIRef:
    node = EU[f"file-type/{code}"]
    graph.add((node, RDF.type, DCTERMS.MediaTypeOrExtent))
    graph.add((node, RDF.type, SKOS.Concept))
    graph.add((node, SKOS.inScheme, FILE_TYPES))
    graph.add((node, SKOS.prefLabel, Literal(FILE_TYPE_LABELS.get(code, code), lang="en")))
    return node


def _media_type(graph: Graph, media_type: str) -> URIRef:
    node = URIRef(IANA + media_type)
    graph.add((node, RDF.type, DCTERMS.MediaType))
    return node
