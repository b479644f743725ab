"""Query results in bytes: which engine writer serves each result format, and the cap on size."""

from __future__ import annotations

import io

import pyoxigraph as ox

from ..core import formats
from ..core.formats import Format
from ..errors import ResultTooLarge

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

#: The engine's writer for each format of SELECT and ASK results.
SOLUTION_WRITERS: dict[Format, ox.QueryResultsFormat] = {
    formats.SPARQL_JSON: ox.QueryResultsFormat.JSON,
    formats.SPARQL_XML: ox.QueryResultsFormat.XML,
    formats.CSV: ox.QueryResultsFormat.CSV,
    formats.TSV: ox.QueryResultsFormat.TSV,
}
#: The engine's writer for each format of triples (CONSTRUCT and DESCRIBE, documents).
TRIPLE_WRITERS: dict[Format, ox.RdfFormat] = {
    formats.TURTLE: ox.RdfFormat.TURTLE,
    formats.N_TRIPLES: ox.RdfFormat.N_TRIPLES,
    formats.JSON_LD: ox.RdfFormat.JSON_LD,
    formats.RDF_XML: ox.RdfFormat.RDF_XML,
    formats.TRIG: ox.RdfFormat.TRIG,
    formats.N_QUADS: ox.RdfFormat.N_QUADS,
}


def write_result(result: QueryResult, fmt: Format, max_bytes: int | None) -> bytes:
    """`result` in `fmt`, stopped with ResultTooLarge as soon as it passes `max_bytes`."""
    writers = TRIPLE_WRITERS if isinstance(result, ox.QueryTriples) else SOLUTION_WRITERS
    if fmt not in writers:
        raise ValueError(f"this query's results cannot be written as {fmt.media_type}")
    output = _BoundedOutput(max_bytes)
    try:
        result.serialize(output, format=writers[fmt])  # type: ignore[arg-type]
    except OSError as exc:
        if output.exceeded and max_bytes is not None:
            raise ResultTooLarge(max_bytes) from exc
        raise
    return output.getvalue()


class _BoundedOutput(io.BytesIO):
    """A buffer that refuses to grow past a limit: the engine stops serialising there."""

    def __init__(self, limit: int | None) -> None:
        super().__init__()
        self._limit = limit
        self.exceeded = False

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self._limit is not None and self.tell() + len(data) > self._limit:
            self.exceeded = True
            raise OSError("result size limit reached")
        return super().write(data)
