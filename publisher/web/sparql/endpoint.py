"""The SPARQL 1.1 Protocol at /sparql: read the request, run it on the runner, negotiate the
result; without a query, the service description (or the query page for a browser).

Read-only and closed to the outside: updates and SERVICE are refused before any engine sees them.
"""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import Response

from ...catalogue.service_description import build_service_description
from ...core import formats
from ...core.formats import DOCUMENT_FORMATS, HTML, SPARQL_JSON, TURTLE, Format
from ...core.serialize import serialize_graph
from ...engine.jobs import Job, Outcome, Status
from ...errors import BadRequest, NotAcceptable, PublisherError, QueryStopped, WorkersBusy
from ..pages.query import query_page
from ..state import state_of
from .query_shape import QueryForm, QueryShape, shape_of
from .request import READ_ONLY, ProtocolRequest, read_request


async def sparql_endpoint(request: Request) -> Response:
    protocol = await read_request(request, state_of(request).settings.limits)
    if protocol.query is None:
        if request.method == "POST":
            raise BadRequest("a POST to /sparql needs a 'query' (form field or request body)")
        # The graph sizes are counted in the background after start-up: wait for them off the loop.
        return await asyncio.to_thread(service_description, request)
    return await answer_query(request, protocol)


def service_description(request: Request) -> Response:
    """The description in an RDF format, or the query page for a browser."""
    chosen = formats.negotiate(request.headers.get("accept"), DOCUMENT_FORMATS)
    if chosen is None:
        raise NotAcceptable("available: " + ", ".join(f.media_type for f in DOCUMENT_FORMATS))
    if chosen is HTML:
        return query_page(request)
    state = state_of(request)
    endpoint = str(request.url.replace(query="", fragment=""))
    graph = build_service_description(endpoint, state.graph_sizes.get(), state.settings.limits)
    return Response(
        serialize_graph(graph, chosen),
        media_type=f"{chosen.media_type}; charset=utf-8",
        headers={"Vary": "Accept"},
    )


async def answer_query(request: Request, protocol: ProtocolRequest) -> Response:
    shape = shape_of(protocol.query or "")
    if shape.form is QueryForm.UPDATE:
        raise BadRequest(READ_ONLY)
    if shape.uses_service:
        raise BadRequest("SERVICE is not allowed: this endpoint never queries other endpoints")
    chosen = choose_format(request, protocol.formats, shape.form)
    if chosen is HTML:
        return await _answer_page(request, protocol, shape)
    outcome = await _run(request, protocol, shape, chosen)
    return _response(outcome, chosen)


async def _run(
    request: Request, protocol: ProtocolRequest, shape: QueryShape, chosen: Format
) -> Outcome:
    dataset_given = bool(protocol.default_graphs or protocol.named_graphs)
    job = Job(
        protocol.query or "",
        chosen.media_type,
        protocol.default_graphs if dataset_given else None,
        protocol.named_graphs if dataset_given else None,
        shape.declares_dataset,
    )
    return await state_of(request).runner.run(job)


async def _answer_page(request: Request, protocol: ProtocolRequest, shape: QueryShape) -> Response:
    """A browser asked: the query page with the results as a table, or what went wrong."""
    data_format = TURTLE if shape.form.gives_triples else SPARQL_JSON
    outcome = await _run(request, protocol, shape, data_format)
    query = protocol.query or ""
    try:
        _response(outcome, data_format)
    except PublisherError as exc:
        return query_page(request, query, error=exc.message, status=exc.status_code)
    # Reading and laying out a large result takes long: off the event loop.
    return await asyncio.to_thread(query_page, request, query, outcome.body, data_format)


def choose_format(request: Request, names: tuple[str, ...], form: QueryForm) -> Format:
    """The result format: by `format` parameter, else by Accept (HTML last, for browsers)."""
    offered = formats.GRAPH_FORMATS if form.gives_triples else formats.SOLUTION_FORMATS
    if names:
        found = formats.by_name(list(names), offered)
        if found is None:
            raise NotAcceptable(_offer(f"format={names[0]} does not fit this query", offered))
        return found
    found = formats.negotiate(request.headers.get("accept"), (*offered, HTML))
    if found is None:
        raise NotAcceptable(_offer("no acceptable result format", offered))
    return found


def _response(outcome: Outcome, chosen: Format) -> Response:
    """The result, or the error its outcome stands for."""
    if outcome.status is Status.OK:
        media_type = chosen.media_type
        if media_type.startswith("text/") or media_type.endswith(("+json", "+xml", "json")):
            media_type += "; charset=utf-8"
        return Response(outcome.body, media_type=media_type, headers={"Vary": "Accept"})
    if outcome.status is Status.SYNTAX:
        raise BadRequest(f"malformed query: {outcome.message}")
    if outcome.status in (Status.TOO_LARGE, Status.FAILED):
        raise BadRequest(outcome.message)
    if outcome.status is Status.BUSY:
        raise WorkersBusy(outcome.message)
    raise QueryStopped(outcome.message)


def _offer(problem: str, offered: tuple[Format, ...]) -> str:
    return f"{problem}; available: " + ", ".join(f.media_type for f in offered)
