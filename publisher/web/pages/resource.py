"""The page of one entity, of the ontology, and of a named graph (the catalogue is one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rdflib import Graph
from starlette.requests import Request
from starlette.responses import HTMLResponse

from ...core.formats import DUMP_FORMATS, RDF_DOCUMENT_FORMATS
from ...core.uris import href
from ...engine.store import Triples
from ...engine.terms import to_graph
from ..state import state_of
from . import labels
from .entity import EntityView, entity_view
from .ontology import ontology_view
from .render import render

#: A page of a document: (request, the document's IRI, its triples, language, headers).
Page = Callable[[Request, str, Triples, str, dict[str, str]], HTMLResponse]
#: The data formats a page links to, in the order the page lists them.
ALTERNATES = tuple(f for f in DUMP_FORMATS if f in RDF_DOCUMENT_FORMATS)


def entity_page(
    request: Request, iri: str, triples: Triples, lang: str, headers: dict[str, str]
) -> HTMLResponse:
    view, _ = _view(request, iri, triples, lang)
    return _render(request, "resource.html", view, lang, headers)


def ontology_page(
    request: Request, iri: str, triples: Triples, lang: str, headers: dict[str, str]
) -> HTMLResponse:
    view, graph = _view(request, iri, triples, lang)
    ontology = ontology_view(graph, lang)
    return _render(request, "ontology.html", view, lang, headers, ontology=ontology)


def graph_page(
    request: Request, iri: str, triples: Triples, lang: str, headers: dict[str, str]
) -> HTMLResponse:
    view, graph = _view(request, iri, triples, lang)
    subjects = sorted(
        {
            (labels.label(graph, s, lang), href(str(s)))
            for s in graph.subjects()
            if str(s).startswith("https://")
        }
    )
    return _render(request, "graph.html", view, lang, headers, size=len(triples), subjects=subjects)


def _view(request: Request, iri: str, triples: Triples, lang: str) -> tuple[EntityView, Graph]:
    graph = to_graph(triples)
    state = state_of(request)
    return entity_view(graph, iri, lang, state.sources, state.hierarchy), graph


def _render(
    request: Request,
    template: str,
    view: EntityView,
    lang: str,
    headers: dict[str, str],
    **extra: Any,
) -> HTMLResponse:
    path = headers["Content-Location"].rsplit(".", 1)[0]
    alternates = [(fmt, f"{path}.{fmt.suffix}") for fmt in ALTERNATES]
    return render(
        request, template, headers=headers, lang=lang, view=view, alternates=alternates, **extra
    )
