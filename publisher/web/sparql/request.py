"""A SPARQL protocol request, read from any of its three encodings: GET parameters, a form body,
or the query as the body. Every way a request can be malformed is refused here with what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from ...errors import BadRequest, PayloadTooLarge, UnsupportedMediaType, UriTooLong
from ...settings import Limits
from . import urlencoded

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


async def read_request(request: Request, limits: Limits) -> ProtocolRequest:
    """The protocol request from GET parameters, a form body or a direct body."""
    if len(request.url.query) > limits.max_request_bytes:
        raise UriTooLong(limits.max_request_bytes)
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
