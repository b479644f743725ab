"""Dereferencing: a thing's IRI answers 303 See Other with its description document; documents,
the ontology, the shapes and the named graphs come in every RDF format and as HTML.

A description holds what store.describe() gathers (see docs/linked-data.md).
"""

from __future__ import annotations

from email.utils import format_datetime, parsedate_to_datetime

from rdflib.namespace import OWL
from starlette.requests import Request
from starlette.responses import Response

from . import formats, pages, uris
from .catalog import CATALOG
from .dependencies import graph_sizes_of, store_of
from .dumps import Release, all_prefixes
from .errors import NotAcceptable, NotFound
from .formats import Format
from .namespaces import BASE, ONTOLOGY
from .rdf_io import serialize_triples
from .store import Triples

#: What documents are offered in; the first is the answer to */* and to no Accept at all.
DOCUMENT_FORMATS: tuple[Format, ...] = (
    formats.TURTLE,
    formats.JSON_LD,
    formats.RDF_XML,
    formats.N_TRIPLES,
    formats.HTML,
)
BY_SUFFIX = {f.suffix: f for f in DOCUMENT_FORMATS}
CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800"


def identify(request: Request) -> Response:
    """A thing is not a document: send the client to the document that describes it."""
    path = _below(request, "/id/")
    if not store_of(request).contains(str(uris.iri_of(f"/id/{path}"))):
        raise NotFound(f"nothing is published as {BASE}id/{path}")
    query = f"?{request.url.query}" if request.url.query else ""
    return Response(
        status_code=303, headers={"Location": f"/doc/{path}{query}", "Cache-Control": CACHE_CONTROL}
    )


def document(request: Request) -> Response:
    stem, fixed = _split_suffix(_below(request, "/doc/"))
    iri = str(uris.iri_of(f"/id/{stem}"))
    triples = store_of(request).describe(iri)
    if not triples:
        raise NotFound(f"nothing is published as {iri}")
    return represent(request, iri, f"/doc/{stem}", triples, fixed)


def ontology(request: Request) -> Response:
    """The ontology, at its IRI and at its version IRI (`/def/bkg/1.0.0`)."""
    stem, fixed = _split_suffix(_below(request, "/def/"))
    iri = f"{BASE}def/{stem}"
    triples = store_of(request).graph_triples(str(uris.ONTOLOGY_GRAPH))
    version = f"<{OWL.versionIRI}>"
    known = iri == str(ONTOLOGY) or any(
        str(t.predicate) == version and str(t.object) == f"<{iri}>" for t in triples
    )
    if not known:
        raise NotFound(f"no vocabulary is published as {iri}")
    return represent(request, str(ONTOLOGY), f"/def/{stem}", triples, fixed, "ontology.html")


def shapes(request: Request) -> Response:
    stem, fixed = _split_suffix(_below(request, "/shapes/"))
    iri = f"{BASE}shapes/{stem}"
    triples = store_of(request).graph_triples(str(uris.SHAPES_GRAPH))
    if not any(str(t.subject) == f"<{iri}>" for t in triples):
        raise NotFound(f"no shapes are published as {iri}")
    return represent(request, iri, f"/shapes/{stem}", triples, fixed)


def named_graph(request: Request) -> Response:
    stem, fixed = _split_suffix(_below(request, "/graph/"))
    iri = f"{BASE}graph/{stem}"
    if iri not in graph_sizes_of(request):
        raise NotFound(f"no named graph is published as {iri}")
    store = store_of(request)
    triples = list(dict.fromkeys(store.describe(iri) + store.graph_triples(iri)))
    return represent(request, iri, f"/graph/{stem}", triples, fixed, "graph.html")


async def catalog(request: Request) -> Response:
    """The DCAT-AP catalogue, with the VoID description of the same dataset (/catalog.ttl, …)."""
    return _catalog_graph(request, "/catalog")


async def well_known_void(request: Request) -> Response:
    return _catalog_graph(request, "/.well-known/void")


def _catalog_graph(request: Request, path: str) -> Response:
    suffix = request.url.path.removeprefix(path).removeprefix(".")
    if request.url.path != path and not suffix:
        raise NotFound(f"nothing is published at {request.url.path}")
    if suffix and suffix not in BY_SUFFIX:
        raise NotFound(f"no catalogue in .{suffix}: " + ", ".join(sorted(BY_SUFFIX)))
    triples: Triples = request.app.state.catalog_triples
    if not triples:
        raise NotFound(
            "no catalogue: this publisher serves data given at start-up"
            " (--data or --on-disk), not a build"
        )
    return represent(
        request,
        str(CATALOG),
        path,
        triples,
        BY_SUFFIX.get(suffix),
        "graph.html",
        exact=request.app.state.catalog_bodies,
    )


def represent(
    request: Request,
    iri: str,
    path: str,
    triples: Triples,
    fixed: Format | None,
    template: str = "resource.html",
    exact: dict[str, bytes] | None = None,
) -> Response:
    """The document in the format asked for, with the headers caches and crawlers use.

    `exact`, when given, holds the RDF bodies by media type, served instead of `triples`: the
    store keeps integer subtypes as xsd:integer, and the catalogue must reach harvesters unchanged.
    """
    chosen = fixed or _negotiate(request)
    lang = pages.language(request) if chosen is formats.HTML else None
    release: Release = request.app.state.release
    headers = {
        "Vary": "Accept, Accept-Language" if fixed is None else "Accept-Language",
        "Content-Location": f"{path}.{chosen.suffix}",
        "Link": _links(iri, path),
        "ETag": f'"{release.version}-{chosen.suffix}{"-" + lang if lang else ""}"',
        "Last-Modified": format_datetime(release.modified, usegmt=True),
        "Cache-Control": CACHE_CONTROL,
    }
    if _not_modified(request, headers["ETag"], release):
        return Response(status_code=304, headers=headers)
    if chosen is formats.HTML:
        assert lang is not None
        return pages.resource_page(request, iri, triples, lang, headers, template)
    if exact is not None:
        body = exact[chosen.media_type]
    else:
        body = serialize_triples(triples, chosen.media_type, all_prefixes())
    return Response(body, media_type=f"{chosen.media_type}; charset=utf-8", headers=headers)


def _negotiate(request: Request) -> Format:
    names = request.query_params.getlist("format")
    if names:
        found = formats.by_name(names, DOCUMENT_FORMATS)
        if found is None:
            raise NotAcceptable(_available(f"format={names[0]} is not offered"))
        return found
    found = formats.negotiate(request.headers.get("accept"), DOCUMENT_FORMATS)
    if found is None:
        raise NotAcceptable(_available("no acceptable format"))
    return found


def _available(problem: str) -> str:
    return f"{problem}; available: " + ", ".join(f.media_type for f in DOCUMENT_FORMATS)


def _below(request: Request, prefix: str) -> str:
    return request.url.path.removeprefix(prefix)


def _split_suffix(path: str) -> tuple[str, Format | None]:
    """'country/belgium.ttl' -> ('country/belgium', Turtle); no known suffix -> (path, None)."""
    stem, dot, suffix = path.rpartition(".")
    if dot and suffix in BY_SUFFIX and "/" not in suffix:
        return stem, BY_SUFFIX[suffix]
    return path, None


def _links(iri: str, path: str) -> str:
    alternates = [
        f'<{path}.{f.suffix}>; rel="alternate"; type="{f.media_type}"' for f in DOCUMENT_FORMATS
    ]
    return ", ".join([f'<{iri}>; rel="describes"', *alternates])


def _not_modified(request: Request, etag: str, release: Release) -> bool:
    match = request.headers.get("if-none-match")
    if match is not None:
        return match.strip() == "*" or etag in [
            m.strip().removeprefix("W/") for m in match.split(",")
        ]
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return parsedate_to_datetime(since) >= release.modified
        except (TypeError, ValueError):
            return False
    return False
