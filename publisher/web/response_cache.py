"""Responses that only a new build can change, kept and sent again as they were.

While the server runs, the dataset does not change: a document's response depends on its URL and
on the headers it varies with (Accept, Accept-Language), nothing else. Keeping the most recently
used responses, within a byte budget, spares the store and the serialisers the same work for the
next crawler or browser, as a CDN in front would. SPARQL results are never kept: a query must
reach the engine. Which routes are kept is said in the route table (routes.py).
"""

from __future__ import annotations

from collections import OrderedDict

from starlette.requests import Request
from starlette.responses import Response

Key = tuple[str, str, str, str, str]
#: Statuses worth keeping: a document, or the 303 from a thing to its document.
KEPT_STATUSES = frozenset({200, 303})


class ResponseCache:
    """The least recently used responses go first once `max_bytes` of bodies are kept."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.hits = self.misses = 0
        self._bytes = 0
        self._kept: OrderedDict[Key, tuple[int, dict[str, str], bytes]] = OrderedDict()

    def get(self, key: Key) -> Response | None:
        found = self._kept.get(key)
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        self._kept.move_to_end(key)
        status, headers, body = found
        return Response(body, status_code=status, headers=headers)

    def put(self, key: Key, response: Response) -> None:
        body = bytes(response.body)
        if response.status_code not in KEPT_STATUSES or len(body) > self.max_bytes // 4:
            return
        headers = {k: v for k, v in response.headers.items() if k != "content-length"}
        if key in self._kept:
            self._bytes -= len(self._kept.pop(key)[2])
        self._kept[key] = (response.status_code, headers, body)
        self._bytes += len(body)
        while self._bytes > self.max_bytes:
            _, (_, _, dropped) = self._kept.popitem(last=False)
            self._bytes -= len(dropped)

    def __len__(self) -> int:
        return len(self._kept)


def key_of(request: Request) -> Key | None:
    """What the response depends on; None for conditional requests, which are cheap anyway."""
    headers = request.headers
    if "if-none-match" in headers or "if-modified-since" in headers:
        return None
    return (
        request.url.path,
        request.url.query,
        headers.get("accept", ""),
        headers.get("accept-language", ""),
        request.cookies.get("lang", ""),  # the reader's remembered language (pages/i18n.py)
    )
