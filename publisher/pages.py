"""HTML for people: autoescaping Jinja2 templates, the reader's language, and the page routes."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from . import formats, labels, ontology_doc
from .rdf_io import to_graph
from .store import Triples
from .ui_text import translator
from .views import entity_view, href

TEMPLATES = Environment(
    loader=PackageLoader("publisher", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.globals["href"] = href
MAX_ROWS_SHOWN = 1000
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


def language(request: Request) -> str:
    """The reader's language among nl, fr and en: ?lang=, else Accept-Language, else English."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGE_NAMES:
        return asked
    for language_range, quality in formats.parse_accept(request.headers.get("accept-language", "")):
        primary = language_range.split("-")[0]
        if quality > 0 and primary in LANGUAGE_NAMES:
            return primary
    return "en"


def render(
    request: Request,
    template: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    lang = context.pop("lang", None) or language(request)
    html = TEMPLATES.get_template(template).render(
        title=request.app.state.settings.title,
        lang=lang,
        languages=LANGUAGE_NAMES,
        t=translator(lang),
        path=request.url.path,
        **context,
    )
    all_headers = {"Vary": "Accept, Accept-Language", "Content-Language": lang, **(headers or {})}
    return HTMLResponse(html, status_code=status, headers=all_headers)


def resource_page(
    request: Request, iri: str, triples: Triples, lang: str, headers: dict[str, str], template: str
) -> HTMLResponse:
    """The page of one entity, the ontology or a named graph."""
    graph = to_graph(triples)
    view = entity_view(graph, iri, lang, request.app.state.sources, request.app.state.source_files)
    extra: dict[str, Any] = {}
    if template == "ontology.html":
        extra["ontology"] = ontology_doc.ontology_view(graph, lang)
    if template == "graph.html":
        extra["size"] = len(triples)
        extra["subjects"] = sorted(
            {
                (labels.label(graph, s, lang), href(str(s)))
                for s in graph.subjects()
                if str(s).startswith("https://")
            }
        )
    path = headers["Content-Location"].rsplit(".", 1)[0]
    alternates = [
        (f.name, f"{path}.{f.suffix}")
        for f in formats.DUMP_FORMATS
        if f in (formats.TURTLE, formats.JSON_LD, formats.RDF_XML, formats.N_TRIPLES)
    ]
    return render(
        request, template, headers=headers, lang=lang, view=view, alternates=alternates, **extra
    )


def not_found_page(request: Request, message: str) -> HTMLResponse:
    return render(request, "not_found.html", status=404, message=message)


def query_page(
    request: Request,
    query: str = "",
    results: bytes | None = None,
    result_format: formats.Format | None = None,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    """The query editor with the cookbook examples, and the results of `query` if it ran."""
    solutions = results is not None and result_format is formats.SPARQL_JSON
    table = _table(results) if solutions and results is not None else None
    text = results.decode("utf-8") if results is not None and table is None else None
    offered = formats.GRAPH_FORMATS if text is not None else formats.SOLUTION_FORMATS
    return render(
        request,
        "query.html",
        status=status,
        lang="en",
        error=error,
        query=query or _default_query(request),
        examples=request.app.state.cookbook,
        table=table,
        text=text,
        downloads=[(f.name, f.suffix) for f in offered] if query and not error else [],
    )


def _default_query(request: Request) -> str:
    recipes = request.app.state.cookbook
    return recipes[0].query if recipes else "SELECT * WHERE { ?s ?p ?o } LIMIT 10"


def _table(results: bytes) -> dict[str, Any]:
    document = json.loads(results)
    if "boolean" in document:
        return {"boolean": document["boolean"], "variables": [], "rows": []}
    variables = document["head"]["vars"]
    bindings = document["results"]["bindings"]
    rows = [[row.get(v) for v in variables] for row in bindings[:MAX_ROWS_SHOWN]]
    return {
        "variables": variables,
        "rows": rows,
        "total": len(bindings),
        "cut": len(bindings) > MAX_ROWS_SHOWN,
    }
