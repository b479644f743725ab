"""The SPARQL 1.1 Protocol at /sparql: read the request, run it on a worker, negotiate the result.

Read-only and closed to the outside: updates and SERVICE are refused before any engine sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from . import formats, pages, service_description, urlencoded
from .dependencies import limits_of, pool_of
from .errors import (
    BadRequest,
    NotAcceptable,
    PayloadTooLarge,
    PublisherError,
    UnsupportedMediaType,
    UriTooLong,
)
from .formats import Format
from .http_protocol import url_too_long
from .query_text import QueryForm, QueryShape, shape_of
from .workers import Job, Outcome

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted"


@dataclass(frozen=True)
class ProtocolRequest:
    """A query request as the protocol defines it, whatever encoding it came in."""

    query: str | None
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    formats: tuple[str, ...]


class QueryTimeout(PublisherError):
    status_code = 503


class WorkersBusy(PublisherError):
    status_code = 503


async def sparql_endpoint(request: Request) -> Response:
    protocol = await read_request(request)
    if protocol.query is None:
        if request.method == "POST":
            raise BadRequest("a POST to /sparql needs a 'query' (form field or request body)")
        return service_description.respond(request)
    return await answer(request, protocol)


async def read_request(request: Request) -> ProtocolRequest:
    """The protocol request from GET parameters, a form body or a direct body."""
    limits = limits_of(request)
    if len(request.url.query) > limits.max_request_bytes:
        raise UriTooLong(url_too_long(limits.max_request_bytes))
    params = _params(request.url.query)
    if "update" in params:
        raise BadRequest(READ_ONLY)
    if request.method != "POST":
        return _protocol_request(params, params.get("query"))
    body = await _body(request, limits.max_request_bytes)
    content_type, _, parameters = request.headers.get("content-type", "").partition(";")
    content_type = content_type.strip().lower()
    _check_charset(parameters)
    if content_type == FORM:
        form = _params(_decode(body, "the form body"))
        if "update" in form:
            raise BadRequest(READ_ONLY)
        if "query" in params:
            raise BadRequest("give the query in the form body or in the URL, not both")
        return _protocol_request({**params, **form}, form.get("query"))
    if content_type == DIRECT:
        if "query" in params:
            raise BadRequest("a direct POST carries the query in its body, not in the URL")
        return _protocol_request(params, [_decode(body, "the query")])
    if content_type == UPDATE:
        raise BadRequest(READ_ONLY)
    shown = content_type or "none"
    raise UnsupportedMediaType(
        f"Content-Type {shown} is not a SPARQL query: send {FORM}"
        f" (query=...) or {DIRECT} (the query as the body, UTF-8)"
    )


async def answer(request: Request, protocol: ProtocolRequest) -> Response:
    shape = shape_of(protocol.query or "")
    if shape.form is QueryForm.UPDATE:
        raise BadRequest(READ_ONLY)
    if shape.uses_service:
        raise BadRequest("SERVICE is not allowed: this endpoint never queries other endpoints")
    chosen = choose_format(request, protocol.formats, shape.form)
    if chosen is formats.HTML:
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
    return await pool_of(request).run(job)


async def _answer_page(request: Request, protocol: ProtocolRequest, shape: QueryShape) -> Response:
    """A browser asked: the query page with the results as a table, or what went wrong."""
    data_format = formats.TURTLE if shape.form.gives_triples else formats.SPARQL_JSON
    outcome = await _run(request, protocol, shape, data_format)
    try:
        _response(outcome, data_format)
    except PublisherError as exc:
        return pages.query_page(
            request, protocol.query or "", error=exc.message, status=exc.status_code
        )
    return pages.query_page(request, protocol.query or "", outcome.body, data_format)


def choose_format(request: Request, names: tuple[str, ...], form: QueryForm) -> Format:
    """The result format: by `format` parameter, else by Accept (HTML last, for browsers)."""
    offered = formats.GRAPH_FORMATS if form.gives_triples else formats.SOLUTION_FORMATS
    if names:
        found = formats.by_name(list(names), offered)
        if found is None:
            raise NotAcceptable(_offer(f"format={names[0]} does not fit this query", offered))
        return found
    found = formats.negotiate(request.headers.get("accept"), (*offered, formats.HTML))
    if found is None:
        raise NotAcceptable(_offer("no acceptable result format", offered))
    return found


def _response(outcome: Outcome, chosen: Format) -> Response:
    if outcome.status == "ok":
        media_type = chosen.media_type
        if media_type.startswith("text/") or media_type.endswith(("+json", "+xml", "json")):
            media_type += "; charset=utf-8"
        return Response(outcome.body, media_type=media_type, headers={"Vary": "Accept"})
    if outcome.status == "syntax":
        raise BadRequest(f"malformed query: {outcome.message}")
    if outcome.status in ("too-large", "failed"):
        raise BadRequest(outcome.message)
    if outcome.status == "busy":
        raise WorkersBusy(outcome.message)
    raise QueryTimeout(outcome.message)


def _offer(problem: str, offered: tuple[Format, ...]) -> str:
    return f"{problem}; available: " + ", ".join(f.media_type for f in offered)


def _protocol_request(params: dict[str, list[str]], queries: list[str] | None) -> ProtocolRequest:
    if queries is not None and len(queries) != 1:
        raise BadRequest("give exactly one 'query' parameter")
    return ProtocolRequest(
        query=queries[0] if queries else None,
        default_graphs=tuple(params.get("default-graph-uri", [])),
        named_graphs=tuple(params.get("named-graph-uri", [])),
        formats=tuple(params.get("format", [])),
    )


def _params(text: str) -> dict[str, list[str]]:
    try:
        return urlencoded.parse(text)
    except UnicodeDecodeError as exc:
        raise BadRequest("the parameters are not valid UTF-8 once percent-decoded") from exc


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body is larger than {limit} bytes")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise PayloadTooLarge(f"the request body is larger than {limit} bytes")
    return body


def _check_charset(parameters: str) -> None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        charset = value.strip().strip('"').lower()
        if name.strip().lower() == "charset" and charset not in ("utf-8", "utf8"):
            raise UnsupportedMediaType(
                f"charset={charset} is not accepted: send the query as UTF-8"
            )


def _decode(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"{what} is not valid UTF-8 (byte {exc.start})") from exc
