"""Read a curated Turtle file; a mistake in it stops with the file, the line and the problem."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

from ..errors import BuildError

_LINE_IN_MESSAGE = re.compile(r"line (\d+)", re.IGNORECASE)


def read_turtle(path: Path, into: Graph | None = None) -> Graph:
    """The file's triples, parsed into `into` when given (in file order), else a new graph."""
    try:
        return (Graph() if into is None else into).parse(path, format="turtle")
    except Exception as exc:  # rdflib raises BadSyntax, ParserError, ValueError, even IndexError
        message = str(exc)
        match = _LINE_IN_MESSAGE.search(message)
        line = int(match.group(1)) if match else None
        raise BuildError(path, line, f"not valid Turtle: {_first_line(message)}") from exc


def _first_line(message: str) -> str:
    return " ".join(message.split())[:400]
