"""Mint IRIs and map them to URL paths. The only module that knows the URI pattern.

Things live at ``<BASE>id/<kind>/<slug>``, their parts at ``…#<part>``, named graphs at
``<BASE>graph/<name>``; a publisher on any host serves ``<BASE><path>`` at ``/<path>``, and a
thing's description at ``/doc/<kind>/<slug>``. The service's own paths are named here too.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from rdflib import URIRef

from .namespaces import BASE, GRAPH, ID

CATALOG = ID["catalog"]  # the DCAT catalogue the publisher makes at start-up
ONTOLOGY_GRAPH = GRAPH["ontology"]
SHAPES_GRAPH = GRAPH["shapes"]
SCHEMES_GRAPH = GRAPH["schemes"]
REFERENCE_GRAPH = GRAPH["reference"]
CATALOG_GRAPH = GRAPH["catalog"]  # made by the publisher at start-up, with its own URLs
_REPORT_GRAPHS = f"{GRAPH}report/"

#: Paths of the running service, below its public URL.
SPARQL_PATH = "/sparql"
DOWNLOADS_PATH = "/download/"
CATALOG_PATH = "/catalog"
VOID_PATH = "/.well-known/void"
THINGS_PATH = "/id/"
DOCUMENTS_PATH = "/doc/"

#: The kinds of thing we mint, each with the Turtle prefix the data files use for it.
KINDS: dict[str, str] = {
    "achievement": "achievement",
    "catalog": "catalog",
    "country": "country",
    "dataset": "dataset",
    "distribution": "distribution",
    "event": "event",
    "figure-type": "figuretype",
    "initiative": "initiative",
    "instrument": "instrument",
    "instrument-type": "instrumenttype",
    "kind": "kind",
    "organisation": "organisation",
    "organisation-type": "organisationtype",
    "place": "place",
    "presidency": "presidency",
    "priority": "priority",
    "region": "region",
    "report": "report",
    "scheme": "scheme",
    "section": "section",
    "service": "service",
    "theme": "theme",
}

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(text: str) -> str:
    """Lower-case ASCII kebab-case.

    >>> slugify("Benelux-Politieverdrag (2018)")
    'benelux-politieverdrag-2018'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def is_slug(text: str) -> bool:
    """Lower-case ASCII words joined by "-", as every slug and folder name of ours is.

    >>> is_slug("2026-netherlands"), is_slug("Report 2026")
    (True, False)
    """
    return bool(_SLUG.fullmatch(text))


def mint(kind: str, slug: str) -> URIRef:
    """The IRI of a thing.

    >>> mint("country", "luxembourg")
    rdflib.term.URIRef('https://w3id.org/benelux-kg/id/country/luxembourg')
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {sorted(KINDS)}")
    if not is_slug(slug):
        raise ValueError(f"{slug!r} is not a slug: use lower-case ASCII words joined by '-'")
    return ID[f"{kind}/{slug}"]


class ReportGraphs(NamedTuple):
    """The named graphs one report's folder feeds."""

    stated: URIRef  # the report as it stands, in its own language
    translations: URIRef  # the editors' translations
    official_translations: URIRef  # translations published by an authority, cited there
    inferences: URIRef  # links a reading supports but the report does not state
    entailments: URIRef  # derived by the build from the stated graph: see build/entail.py
    inferred_entailments: URIRef  # derived by the build from the inferences graph


def report_graphs(report_id: str) -> ReportGraphs:
    """The graphs of one report.

    >>> [str(g).rsplit("/graph/report/2025-lu", 1)[1] for g in report_graphs("2025-lu")]
    ['', '/translations', '/official-translations', '/inferences', '/entailments', \
'/inferences/entailments']
    """
    stated = GRAPH[f"report/{report_id}"]
    return ReportGraphs(
        stated,
        URIRef(f"{stated}/translations"),
        URIRef(f"{stated}/official-translations"),
        URIRef(f"{stated}/inferences"),
        URIRef(f"{stated}/entailments"),
        URIRef(f"{stated}/inferences/entailments"),
    )


def report_of_graph(graph_iri: str) -> str | None:
    """The report a named graph belongs to (its folder name), or None for the shared graphs.

    >>> report_of_graph("https://w3id.org/benelux-kg/graph/report/2025-lu/translations")
    '2025-lu'
    >>> report_of_graph("https://w3id.org/benelux-kg/graph/schemes") is None
    True
    """
    if not graph_iri.startswith(_REPORT_GRAPHS):
        return None
    return graph_iri[len(_REPORT_GRAPHS) :].split("/", 1)[0]


def graph_slug(graph_iri: str) -> str:
    """A named graph's name as one word, for the blank nodes the build names after it.

    >>> graph_slug("https://w3id.org/benelux-kg/graph/report/2025-lu/inferences")
    'report-2025-lu-inferences'
    """
    return graph_iri.rsplit("/graph/", 1)[-1].replace("/", "-")


def part(iri: str, name: str) -> URIRef:
    """A part of the thing `iri`: its passage, a step, the checksum of a distribution.

    >>> part("https://w3id.org/benelux-kg/id/dataset/x", "rights")
    rdflib.term.URIRef('https://w3id.org/benelux-kg/id/dataset/x#rights')
    """
    return URIRef(f"{iri}#{name}")


def is_ours(iri: str) -> bool:
    return iri.startswith(BASE)


def href(iri: str) -> str:
    """The link to `iri` from a page: ours to this host (fragment kept), others as they are.

    >>> href("https://w3id.org/benelux-kg/id/country/belgium#x"), href("http://e.org/x")
    ('/id/country/belgium#x', 'http://e.org/x')
    """
    return iri[len(BASE) - 1 :] if is_ours(iri) else iri


def path_of(iri: str) -> str | None:
    """The URL path that serves `iri` on any host, or None if the IRI is not ours.

    >>> path_of("https://w3id.org/benelux-kg/id/achievement/2025-x#passage")
    '/id/achievement/2025-x'
    >>> path_of("http://www.wikidata.org/entity/Q31") is None
    True
    """
    return href(iri).split("#", 1)[0] if is_ours(iri) else None


def iri_of(path: str) -> URIRef:
    """The IRI a URL path on any host stands for.

    >>> iri_of("/id/country/belgium")
    rdflib.term.URIRef('https://w3id.org/benelux-kg/id/country/belgium')
    """
    return URIRef(BASE + path.lstrip("/"))


def document_of(thing_path: str) -> str:
    """Where a thing's description is served: what `/id/…` answers 303 with.

    >>> document_of("/id/country/belgium")
    '/doc/country/belgium'
    """
    return DOCUMENTS_PATH + thing_path.removeprefix(THINGS_PATH)


def thing_of(document_path: str) -> str:
    """The path of the thing a description document describes.

    >>> thing_of("/doc/country/belgium")
    '/id/country/belgium'
    """
    return THINGS_PATH + document_path.removeprefix(DOCUMENTS_PATH)


def download_path(name: str) -> str:
    return DOWNLOADS_PATH + name


def turtle_prefixes() -> dict[str, str]:
    """Prefix → namespace for every kind, as the data files declare them."""
    return {prefix: str(ID[f"{kind}/"]) for kind, prefix in KINDS.items()}
