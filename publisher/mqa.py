"""Score a DCAT-AP catalogue as data.europa.eu's Metadata Quality Assessment does.

Five dimensions, 405 points: findability 100, accessibility 100, interoperability 110,
reusability 75, contextuality 20. Dataset metrics count when the dataset has the property;
distribution metrics count in proportion to the distributions that pass. Rating: Excellent from
351, Good from 221, Sufficient from 121, else Bad.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF
from rdflib.term import Node

EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
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


@dataclass
class Dimension:
    name: str
    metrics: list[tuple[str, float, int]] = field(default_factory=list)  # metric, points, max

    @property
    def points(self) -> float:
        return sum(points for _, points, _ in self.metrics)

    @property
    def maximum(self) -> int:
        return sum(maximum for _, _, maximum in self.metrics)


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
            lines += [f"  {m}: {p:.1f} / {w}" for m, p, w in dimension.metrics]
        lines.append(f"total: {self.total:.0f} / 405, rating: {self.rating}")
        return "\n".join(lines)


def assess(catalog: Graph, reachable: Callable[[str], bool], compliant: bool) -> Assessment:
    """`reachable(url)` answers whether a URL answers 2xx (the portal asks with HEAD)."""
    dataset = catalog.value(None, RDF.type, DCAT.Dataset)
    distributions = sorted(catalog.objects(dataset, DCAT.distribution), key=str) if dataset else []

    def has(prop: URIRef) -> bool:
        return dataset is not None and catalog.value(dataset, prop) is not None

    def share(test: Callable[[Node], bool]) -> float:
        return sum(1 for d in distributions if test(d)) / len(distributions) if distributions else 0

    def values(node: Node, prop: URIRef) -> list[str]:
        return [str(v) for v in catalog.objects(node, prop)]

    def code(node: Node) -> str:
        return next((v.rsplit("/", 1)[-1] for v in values(node, DCTERMS["format"])), "")

    findability = Dimension(
        "findability",
        [
            ("keywords", 30 * has(DCAT.keyword), 30),
            ("categories", 30 * has(DCAT.theme), 30),
            ("geo search", 20 * has(DCTERMS.spatial), 20),
            ("time-based search", 20 * has(DCTERMS.temporal), 20),
        ],
    )
    accessibility = Dimension(
        "accessibility",
        [
            (
                "access URL accessible",
                50
                * share(
                    lambda d: (
                        all(reachable(u) for u in values(d, DCAT.accessURL))
                        and bool(values(d, DCAT.accessURL))
                    )
                ),
                50,
            ),
            ("download URL", 20 * share(lambda d: bool(values(d, DCAT.downloadURL))), 20),
            (
                "download URL accessible",
                30
                * share(
                    lambda d: (
                        bool(values(d, DCAT.downloadURL))
                        and all(reachable(u) for u in values(d, DCAT.downloadURL))
                    )
                ),
                30,
            ),
        ],
    )
    interoperability = Dimension(
        "interoperability",
        [
            ("format", 20 * share(lambda d: bool(values(d, DCTERMS["format"]))), 20),
            ("media type", 10 * share(lambda d: bool(values(d, DCAT.mediaType))), 10),
            (
                "format / media type from vocabulary",
                10
                * share(
                    lambda d: (
                        all(v.startswith(f"{EU}file-type/") for v in values(d, DCTERMS["format"]))
                        and all(v.startswith(IANA) for v in values(d, DCAT.mediaType))
                    )
                ),
                10,
            ),
            ("non-proprietary", 20 * share(lambda d: code(d) in NON_PROPRIETARY), 20),
            ("machine-readable", 20 * share(lambda d: code(d) in MACHINE_READABLE), 20),
            ("DCAT-AP compliance", 30 * compliant, 30),
        ],
    )
    rights = values(dataset, DCTERMS.accessRights) if dataset else []
    reusability = Dimension(
        "reusability",
        [
            ("licence information", 20 * share(lambda d: bool(values(d, DCTERMS.license))), 20),
            (
                "licence vocabulary",
                10
                * share(
                    lambda d: any(v.startswith(f"{EU}licence/") for v in values(d, DCTERMS.license))
                ),
                10,
            ),
            ("access restrictions", 10 * bool(rights), 10),
            (
                "access restrictions vocabulary",
                5 * any(v.startswith(f"{EU}access-right/") for v in rights),
                5,
            ),
            ("contact point", 20 * has(DCAT.contactPoint), 20),
            ("publisher", 10 * has(DCTERMS.publisher), 10),
        ],
    )
    contextuality = Dimension(
        "contextuality",
        [
            ("rights", 5 * share(lambda d: bool(values(d, DCTERMS.rights))), 5),
            ("file size", 5 * share(lambda d: bool(values(d, DCAT.byteSize))), 5),
            ("date of issue", 5 * share(lambda d: bool(values(d, DCTERMS.issued))), 5),
            ("modification date", 5 * share(lambda d: bool(values(d, DCTERMS.modified))), 5),
        ],
    )
    return Assessment([findability, accessibility, interoperability, reusability, contextuality])


def assess_url(url: str, shapes: Graph) -> Assessment:
    """Fetch the catalogue at `url` and assess it, checking every URL with HEAD as a portal does."""
    import httpx

    from .validate import validate

    with httpx.Client(timeout=30, follow_redirects=False) as http:
        catalog = Graph().parse(
            data=http.get(url, headers={"Accept": "text/turtle"}).text, format="turtle"
        )
        checked: dict[str, bool] = {}

        def reachable(target: str) -> bool:
            if target not in checked:
                try:
                    checked[target] = http.head(target).is_success
                except httpx.HTTPError:
                    checked[target] = False
            return checked[target]

        return assess(catalog, reachable, validate(catalog, shapes).conforms)
