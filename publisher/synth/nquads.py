"""Terms in N-Triples form, written exactly as rdflib's own N-Quads writer writes them."""

from __future__ import annotations

from rdflib.namespace import XSD

from ..core import uris


def iri(node: str) -> str:
    return f"<{node}>"


def mint(kind: str, slug: str) -> str:
    """The IRI the publisher mints for a thing of `kind`, in N-Triples form."""
    return iri(uris.mint(kind, slug))


def part(node: str, name: str) -> str:
    """The IRI of a part of a thing (its #passage, #step-1, …), in N-Triples form."""
    return f"{node[:-1]}#{name}>"


def text(value: str, lang: str | None = None) -> str:
    """A string literal, escaped as rdflib's own N-Quads writer escapes it."""
    escaped = (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    )
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def integer(value: int) -> str:
    return f'"{value}"^^<{XSD.integer}>'
