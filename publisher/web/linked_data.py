"""Dereferencing: a thing's IRI answers 303 See Other with its description document; documents,
the ontology, the shapes, the named graphs and the catalogue come in every RDF format and as HTML.

A description holds what the store's describe() gathers (engine/description.py).
"""

from __future__ import annotations

from email.utils import format_datetime, parsedate_to_datetime
from functools import lru_cache

from rdflib.namespace import OWL
from starlette.requests import Request
from starlette.responses import Response

from ..core import formats, uris
from ..core.formats import DOCUMENT_BY_SUFFIX, DOCUMENT_FORMATS, HTML, Format
from ..core.namespaces import ONTOLOGY
from ..core.project import Project
from ..core.release import Release
from ..core.serialize import all_prefixes
from ..core.turtle import read_turtle
from ..engine.store import Triples
from ..engine.terms import is_iri, serialize_triples, triples_of
from ..errors import NotAcceptable, NotFound
from .pages import resource
from .pages.i18n import language
from .state import state_of

CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800"


def identify(request: Request) -> Response:
    """A thing is not a document: send the client to the document that describes it."""
    path = request.url.path
    iri = str(uris.iri_of(path))
    if not state_of(request).store.contains(iri):
        raise NotFound(f"nothing is published as {iri}")
    query = f"?{request.url.query}" if request.url.query else ""
    location = uris.document_of(path) + query
    return Response(status_code=303, headers={"Location": location, "Cache-Control": CACHE_CONTROL})


def document(request: Request) -> Response:
    path, suffix_format = _split_suffix(request.url.path)
    iri = str(uris.iri_of(uris.thing_of(path)))
    triples = state_of(request).store.describe(iri)
    if not triples:
        raise NotFound(f"nothing is published as {iri}")
    return represent(request, iri, path, triples, suffix_format, resource.entity_page)


def ontology(request: Request) -> Response:
    """The ontology, at its IRI and its version IRI (`/def/bkg/1.1.0`); an earlier version IRI
    (owl:priorVersion) serves that version as archived in ontology/archive/."""
    path, suffix_format = _split_suffix(request.url.path)
    iri = str(uris.iri_of(path))
    triples = state_of(request).store.graph_triples(str(uris.ONTOLOGY_GRAPH))
    version, prior = str(OWL.versionIRI), str(OWL.priorVersion)
    if any(is_iri(t.predicate, prior) and is_iri(t.object, iri) for t in triples):
        archived = _archived_version(Project(state_of(request).settings.root), iri)
        if archived is None:
            return _superseded()
        return represent(request, iri, path, archived, suffix_format, resource.ontology_page)
    known = iri == str(ONTOLOGY) or any(
        is_iri(t.predicate, version) and is_iri(t.object, iri) for t in triples
    )
    if not known:
        raise NotFound(f"no vocabulary is published as {iri}")
    return represent(request, str(ONTOLOGY), path, triples, suffix_format, resource.ontology_page)


@lru_cache(maxsize=8)
def _archived_version(project: Project, iri: str) -> Triples | None:
    """An earlier version of the ontology as it was published, from ontology/archive/: a version
    IRI names that version's text, which the current ontology replaces but does not change."""
    path = project.ontology / "archive" / f"bkg-{iri.rsplit('/', 1)[-1]}.ttl"
    return triples_of(read_turtle(path)) if path.is_file() else None


def _superseded() -> Response:
    """An earlier version whose text is not archived: its IRI leads to the current version."""
    return Response(
        status_code=302,
        headers={"Location": uris.href(str(ONTOLOGY)), "Cache-Control": "no-cache"},
    )


def shapes(request: Request) -> Response:
    path, suffix_format = _split_suffix(request.url.path)
    iri = str(uris.iri_of(path))
    triples = state_of(request).store.graph_triples(str(uris.SHAPES_GRAPH))
    if not any(is_iri(t.subject, iri) for t in triples):
        raise NotFound(f"no shapes are published as {iri}")
    return represent(request, iri, path, triples, suffix_format, resource.entity_page)


def named_graph(request: Request) -> Response:
    path, suffix_format = _split_suffix(request.url.path)
    iri = str(uris.iri_of(path))
    state = state_of(request)
    if iri not in state.graph_sizes.get():
        raise NotFound(f"no named graph is published as {iri}")
    triples = list(dict.fromkeys(state.store.describe(iri) + state.store.graph_triples(iri)))
    return represent(request, iri, path, triples, suffix_format, resource.graph_page)


def catalog(request: Request) -> Response:
    """The DCAT-AP catalogue, with the VoID description of the same dataset (/catalog.ttl, …)."""
    return _catalog_graph(request, uris.CATALOG_PATH)


def well_known_void(request: Request) -> Response:
    return _catalog_graph(request, uris.VOID_PATH)


def _catalog_graph(request: Request, path: str) -> Response:
    suffix = request.url.path.removeprefix(path).removeprefix(".")
    if request.url.path != path and not suffix:
        raise NotFound(f"nothing is published at {request.url.path}")
    if suffix and suffix not in DOCUMENT_BY_SUFFIX:
        raise NotFound(f"no catalogue in .{suffix}: " + ", ".join(sorted(DOCUMENT_BY_SUFFIX)))
    state = state_of(request)
    if not state.catalog_triples:
        raise NotFound(
            "no catalogue: this publisher serves data given at start-up"
            " (--data or --on-disk), not a build"
        )
    return represent(
        request,
        str(uris.CATALOG),
        path,
        state.catalog_triples,
        DOCUMENT_BY_SUFFIX.get(suffix),
        resource.graph_page,
        bodies=state.catalog_bodies,
    )


def represent(
    request: Request,
    iri: str,
    path: str,
    triples: Triples,
    suffix_format: Format | None,
    page: resource.Page,
    bodies: dict[Format, bytes] | None = None,
) -> Response:
    """The document in the format asked for, with the headers caches and crawlers use.

    `suffix_format` is the format the URL's suffix names, which wins over negotiation. `bodies`,
    when given, holds the RDF bodies already serialised, served instead of `triples`: the store
    keeps integer subtypes as xsd:integer, and the catalogue must reach harvesters unchanged.
    """
    chosen = suffix_format or _negotiate(request)
    lang = language(request) if chosen is HTML else None
    release = state_of(request).release
    headers = {
        "Vary": "Accept, Accept-Language" if suffix_format is None else "Accept-Language",
        "Content-Location": f"{path}.{chosen.suffix}",
        "Link": _links(iri, path),
        "ETag": f'"{release.version}-{chosen.suffix}{"-" + lang if lang else ""}"',
        "Last-Modified": format_datetime(release.modified, usegmt=True),
        "Cache-Control": CACHE_CONTROL,
    }
    if _not_modified(request, headers["ETag"], release):
        return Response(status_code=304, headers=headers)
    if lang is not None:
        return page(request, iri, triples, lang, headers)
    if bodies is not None:
        body = bodies[chosen]
    else:
        body = serialize_triples(triples, chosen, all_prefixes())
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


def _split_suffix(path: str) -> tuple[str, Format | None]:
    """'country/belgium.ttl' -> ('country/belgium', Turtle); no known suffix -> (path, None)."""
    stem, dot, suffix = path.rpartition(".")
    if dot and suffix in DOCUMENT_BY_SUFFIX and "/" not in suffix:
        return stem, DOCUMENT_BY_SUFFIX[suffix]
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
