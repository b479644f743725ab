"""Score a DCAT-AP catalogue as data.europa.eu's Metadata Quality Assessment does.

Five dimensions, 405 points: findability 100, accessibility 100, interoperability 110,
reusability 75, contextuality 20. Dataset metrics count when the dataset has the property;
distribution metrics count in proportion to the distributions that pass. Rating: Excellent from
351, Good from 221, Sufficient from 121, else Bad.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF
from rdflib.term import Node

from ..core.formats import IANA, TURTLE
from ..core.namespaces import EU
from .shacl import validate

#: EU file-type codes the MQA counts as non-proprietary and as machine-readable.
NON_PROPRIETARY = {
    "RDF_TURTLE",
    "RDF_N_TRIPLES",
    "JSON_LD",
    "RDF_XML",
    "RDF_TRIG",
    "RDF_N_QUADS",
    "CSV",
    "TSV",
    "JSON",
    "XML",
    "HTML",
    "TXT",
}
MACHINE_READABLE = NON_PROPRIETARY - {"HTML", "TXT"} | {"SPARQLQ", "SPARQLQRES", "RDF"}
RATINGS = ((351, "Excellent"), (221, "Good"), (121, "Sufficient"), (0, "Bad"))
Reachable = Callable[[str], bool]


@dataclass(frozen=True)
class Metric:
    name: str
    points: float
    maximum: int


@dataclass
class Dimension:
    name: str
    metrics: list[Metric] = field(default_factory=list)

    @property
    def points(self) -> float:
        return sum(m.points for m in self.metrics)

    @property
    def maximum(self) -> int:
        return sum(m.maximum for m in self.metrics)


@dataclass
class Assessment:
    dimensions: list[Dimension]

    @property
    def total(self) -> float:
        return sum(d.points for d in self.dimensions)

    @property
    def rating(self) -> str:
        return next(name for floor, name in RATINGS if round(self.total) >= floor)

    def report(self) -> str:
        lines = []
        for dimension in self.dimensions:
            lines.append(f"{dimension.name}: {dimension.points:.0f} / {dimension.maximum}")
            lines += [f"  {m.name}: {m.points:.1f} / {m.maximum}" for m in dimension.metrics]
        lines.append(f"total: {self.total:.0f} / 405, rating: {self.rating}")
        return "\n".join(lines)


class _Catalogue:
    """The questions the metrics ask of one catalogue's dataset and its distributions."""

    def __init__(self, graph: Graph, reachable: Reachable) -> None:
        self.graph = graph
        self.reachable = reachable
        self.dataset = graph.value(None, RDF.type, DCAT.Dataset)
        found = graph.objects(self.dataset, DCAT.distribution) if self.dataset else ()
        self.distributions = sorted(found, key=str)

    def has(self, prop: URIRef) -> bool:
        return self.dataset is not None and self.graph.value(self.dataset, prop) is not None

    def values(self, node: Node | None, prop: URIRef) -> list[str]:
        return [str(v) for v in self.graph.objects(node, prop)] if node is not None else []

    def share(self, test: Callable[[Node], bool]) -> float:
        """The fraction of the distributions that pass `test`."""
        if not self.distributions:
            return 0
        return sum(1 for d in self.distributions if test(d)) / len(self.distributions)

    def file_type(self, distribution: Node) -> str:
        formats = self.values(distribution, DCTERMS["format"])
        return formats[0].rsplit("/", 1)[-1] if formats else ""

    def all_reachable(self, distribution: Node, prop: URIRef) -> bool:
        urls = self.values(distribution, prop)
        return bool(urls) and all(self.reachable(u) for u in urls)

    def from_vocabularies(self, distribution: Node) -> bool:
        formats = self.values(distribution, DCTERMS["format"])
        media_types = self.values(distribution, DCAT.mediaType)
        return all(v.startswith(f"{EU}file-type/") for v in formats) and all(
            v.startswith(IANA) for v in media_types
        )


def assess(catalog: Graph, reachable: Reachable, compliant: bool) -> Assessment:
    """`reachable(url)` answers whether a URL answers 2xx (the portal asks with HEAD)."""
    c = _Catalogue(catalog, reachable)
    return Assessment(
        [
            _findability(c),
            _accessibility(c),
            _interoperability(c, compliant),
            _reusability(c),
            _contextuality(c),
        ]
    )


def _findability(c: _Catalogue) -> Dimension:
    return Dimension(
        "findability",
        [
            Metric("keywords", 30 * c.has(DCAT.keyword), 30),
            Metric("categories", 30 * c.has(DCAT.theme), 30),
            Metric("geo search", 20 * c.has(DCTERMS.spatial), 20),
            Metric("time-based search", 20 * c.has(DCTERMS.temporal), 20),
        ],
    )


def _accessibility(c: _Catalogue) -> Dimension:
    return Dimension(
        "accessibility",
        [
            Metric(
                "access URL accessible",
                50 * c.share(lambda d: c.all_reachable(d, DCAT.accessURL)),
                50,
            ),
            Metric("download URL", 20 * c.share(lambda d: bool(c.values(d, DCAT.downloadURL))), 20),
            Metric(
                "download URL accessible",
                30 * c.share(lambda d: c.all_reachable(d, DCAT.downloadURL)),
                30,
            ),
        ],
    )


def _interoperability(c: _Catalogue, compliant: bool) -> Dimension:
    return Dimension(
        "interoperability",
        [
            Metric("format", 20 * c.share(lambda d: bool(c.values(d, DCTERMS["format"]))), 20),
            Metric("media type", 10 * c.share(lambda d: bool(c.values(d, DCAT.mediaType))), 10),
            Metric("format / media type from vocabulary", 10 * c.share(c.from_vocabularies), 10),
            Metric(
                "non-proprietary", 20 * c.share(lambda d: c.file_type(d) in NON_PROPRIETARY), 20
            ),
            Metric(
                "machine-readable", 20 * c.share(lambda d: c.file_type(d) in MACHINE_READABLE), 20
            ),
            Metric("DCAT-AP compliance", 30 * compliant, 30),
        ],
    )


def _reusability(c: _Catalogue) -> Dimension:
    rights = c.values(c.dataset, DCTERMS.accessRights)

    def licensed(distribution: Node) -> bool:
        return any(v.startswith(f"{EU}licence/") for v in c.values(distribution, DCTERMS.license))

    return Dimension(
        "reusability",
        [
            Metric(
                "licence information",
                20 * c.share(lambda d: bool(c.values(d, DCTERMS.license))),
                20,
            ),
            Metric("licence vocabulary", 10 * c.share(licensed), 10),
            Metric("access restrictions", 10 * bool(rights), 10),
            Metric(
                "access restrictions vocabulary",
                5 * any(v.startswith(f"{EU}access-right/") for v in rights),
                5,
            ),
            Metric("contact point", 20 * c.has(DCAT.contactPoint), 20),
            Metric("publisher", 10 * c.has(DCTERMS.publisher), 10),
        ],
    )


def _contextuality(c: _Catalogue) -> Dimension:
    def present(prop: URIRef) -> float:
        return c.share(lambda d: bool(c.values(d, prop)))

    return Dimension(
        "contextuality",
        [
            Metric("rights", 5 * present(DCTERMS.rights), 5),
            Metric("file size", 5 * present(DCAT.byteSize), 5),
            Metric("date of issue", 5 * present(DCTERMS.issued), 5),
            Metric("modification date", 5 * present(DCTERMS.modified), 5),
        ],
    )


def assess_url(url: str, shapes: Graph, http: httpx.Client | None = None) -> Assessment:
    """Fetch the catalogue at `url` and assess it, checking every URL with HEAD as a portal does.

    `http` is the client to ask with (any httpx client, an in-process one too); by default, a
    new one."""
    client = http or httpx.Client(timeout=30)
    try:
        response = client.get(url, headers={"Accept": TURTLE.media_type})
        catalog = Graph().parse(data=response.text, format="turtle")
        checked: dict[str, bool] = {}

        def reachable(target: str) -> bool:
            if target not in checked:
                try:
                    checked[target] = client.head(target).is_success
                except httpx.HTTPError:
                    checked[target] = False
            return checked[target]

        return assess(catalog, reachable, validate(catalog, shapes).conforms)
    finally:
        if http is None:
            client.close()
