"""What every response gets on its way out: CORS for browsers' scripts, gzip for who accepts it.

One thin ASGI middleware instead of Starlette's two, because it runs on every request: a request
with neither an Origin nor gzip in Accept-Encoding passes through untouched.
"""

from __future__ import annotations

import gzip

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Bodies smaller than this are sent as they are: gzip would not pay for itself.
GZIP_MIN_BYTES = 1024
#: Compression level: most of level 9's gain at a fraction of its time.
GZIP_LEVEL = 5
PREFLIGHT_MAX_AGE = "86400"
ALLOWED_METHODS = "GET, POST, HEAD, OPTIONS"
_COMPRESSIBLE = (b"text/", b"application/")
_ALREADY_COMPRESSED = (b"application/gzip", b"application/zip", b"application/octet-stream")


class CorsAndGzip:
    """Answers CORS preflights, adds CORS headers, gzips whole bodies."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = gzip_accepted = False
        preflight_headers: bytes | None = None
        preflight = False
        for name, value in scope["headers"]:
            if name == b"origin":
                origin = True
            elif name == b"accept-encoding":
                gzip_accepted = gzip_accepted or b"gzip" in value.lower()
            elif name == b"access-control-request-method":
                preflight = True
            elif name == b"access-control-request-headers":
                preflight_headers = value
        if origin and preflight and scope["method"] == "OPTIONS":
            await _answer_preflight(send, preflight_headers)
            return
        if not origin and not gzip_accepted:
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _Outgoing(send, origin, gzip_accepted))


class _Outgoing:
    """The `send` the application sees when headers may have to change."""

    def __init__(self, send: Send, cors: bool, gzip_accepted: bool) -> None:
        self._send = send
        self._cors = cors
        self._gzip = gzip_accepted
        self._start: Message | None = None

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            if self._cors:
                headers += [
                    (b"access-control-allow-origin", b"*"),
                    (b"access-control-expose-headers", b"*"),
                ]
            message = {**message, "headers": headers}
            if self._gzip and _compressible(headers):
                self._start = message  # held back until the body shows whether to compress
                return
            await self._send(message)
            return
        if message["type"] == "http.response.body" and self._start is not None:
            start, self._start = self._start, None
            body: bytes = message.get("body", b"")
            if not message.get("more_body", False) and len(body) >= GZIP_MIN_BYTES:
                compressed = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
                start["headers"] = [
                    (k, v) for k, v in start["headers"] if k not in (b"content-length", b"vary")
                ] + [
                    (b"content-encoding", b"gzip"),
                    (b"content-length", str(len(compressed)).encode()),
                    (b"vary", _vary_with_encoding(start["headers"])),
                ]
                message = {**message, "body": compressed}
            await self._send(start)
        await self._send(message)


def _compressible(headers: list[tuple[bytes, bytes]]) -> bool:
    media_type = b""
    for name, value in headers:
        if name == b"content-encoding":
            return False
        if name == b"content-type":
            media_type = value.lower()
    return media_type.startswith(_COMPRESSIBLE) and not media_type.startswith(_ALREADY_COMPRESSED)


def _vary_with_encoding(headers: list[tuple[bytes, bytes]]) -> bytes:
    vary = [v for k, v in headers if k == b"vary"]
    return b", ".join([*vary, b"Accept-Encoding"])


async def _answer_preflight(send: Send, requested_headers: bytes | None) -> None:
    headers = [
        (b"access-control-allow-origin", b"*"),
        (b"access-control-allow-methods", ALLOWED_METHODS.encode()),
        (b"access-control-max-age", PREFLIGHT_MAX_AGE.encode()),
        (b"vary", b"Origin"),
        (b"content-length", b"0"),
    ]
    if requested_headers:
        headers.append((b"access-control-allow-headers", requested_headers))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
