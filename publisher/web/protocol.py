"""The HTTP/1.1 protocol the server speaks: uvicorn's httptools parser, with the URL capped.

httptools cannot parse a request target over 64 KiB (its offsets are 16-bit) and uvicorn then
answers "Invalid HTTP request received.", which does not say what to fix; a query sent by GET
can be that long. This protocol stops reading a URL past the limit and answers 414 with the fix.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ..errors import UriTooLong

#: The longest URL httptools can parse.
PARSER_URL_LIMIT = 65535
#: How long the rest of a refused request is read and dropped, so that the client, still
#: sending, gets the answer rather than a reset connection.
LINGER_SECONDS = 2.0


class _UrlTooLong(Exception):
    """Raised from the parser's callback to stop reading the request."""


class CappedHttpProtocol(HttpToolsProtocol):
    """Refuses URLs longer than `max_url_bytes` with 414 URI Too Long."""

    max_url_bytes = PARSER_URL_LIMIT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._url_too_long = False

    def data_received(self, data: bytes) -> None:
        if not self._url_too_long:  # past a refused URL, the rest is dropped
            super().data_received(data)

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.max_url_bytes:
            self._url_too_long = True
            raise _UrlTooLong  # the parser stops and reports an error: send_400_response below

    def send_400_response(self, msg: str) -> None:
        if not self._url_too_long:
            super().send_400_response(msg)
            return
        body = (UriTooLong(self.max_url_bytes).message + "\n").encode("ascii")
        head = [b"HTTP/1.1 414 URI Too Long\r\n"]
        head += [
            name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers
        ]
        head += [
            b"content-type: text/plain; charset=utf-8\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.write_eof()
        asyncio.get_running_loop().call_later(LINGER_SECONDS, self.transport.close)


def capped_protocol(max_url_bytes: int) -> type[CappedHttpProtocol]:
    """The protocol class for uvicorn, refusing URLs over `max_url_bytes` (at most 64 KiB)."""
    limit = min(max_url_bytes, PARSER_URL_LIMIT)
    return type("CappedHttpProtocol", (CappedHttpProtocol,), {"max_url_bytes": limit})
