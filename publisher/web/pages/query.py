"""The query page: the editor with the cookbook's examples, and a query's results as a table."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from ...core.formats import GRAPH_FORMATS, SOLUTION_FORMATS, SPARQL_JSON, Format
from ..state import state_of
from .render import render

MAX_ROWS_SHOWN = 1000
DEFAULT_QUERY = "SELECT * WHERE { ?s ?p ?o } LIMIT 10"


def query_page(
    request: Request,
    query: str = "",
    results: bytes | None = None,
    result_format: Format | None = None,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    """The query editor with the cookbook examples, and the results of `query` if it ran."""
    recipes = state_of(request).cookbook
    solutions = results is not None and result_format is SPARQL_JSON
    table = _table(results) if solutions and results is not None else None
    text = results.decode("utf-8") if results is not None and table is None else None
    offered = GRAPH_FORMATS if text is not None else SOLUTION_FORMATS
    return render(
        request,
        "query.html",
        status=status,
        error=error,
        query=query or (recipes[0].query if recipes else DEFAULT_QUERY),
        examples=recipes,
        table=table,
        text=text,
        downloads=[(f.name, f.suffix) for f in offered] if query and not error else [],
    )


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
