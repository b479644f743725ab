"""HTML for people: Jinja2 templates with autoescaping, and the helpers they need."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from . import formats, uris
from .namespaces import BASE

TEMPLATES = Environment(
    loader=PackageLoader("publisher", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
MAX_ROWS_SHOWN = 1000


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = TEMPLATES.get_template(template).render(
        title=request.app.state.settings.title, **context
    )
    return HTMLResponse(html, status_code=status, headers={"Vary": "Accept"})


def href(iri: str) -> str:
    """Where a link to `iri` goes: our IRIs to this host, others as they are.

    >>> href("https://w3id.org/benelux-kg/id/country/belgium"), href("http://e.org/x")
    ('/id/country/belgium', 'http://e.org/x')
    """
    if iri.startswith(BASE):
        return iri[len(BASE) - 1 :]
    return iri


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
        error=error,
        query=query or _default_query(request),
        examples=request.app.state.cookbook,
        table=table,
        text=text,
        downloads=[(f.name, f.suffix) for f in offered] if query and not error else [],
        ours=uris.is_ours,
        href=href,
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
