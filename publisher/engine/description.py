"""What a description of a thing holds, for every store (see "What a description holds" in
docs/linked-data.md):

- every triple about the thing, about its parts (`<thing>#...`) and about the blank nodes
  reachable from them;
- the labels and types (NAMING_PREDICATES) of everything those triples point to, predicates
  included;
- up to MAX_INCOMING triples that point to the thing, with the labels and types of their subjects.

Both stores gather it from triple patterns or fixed query text into which only a checked IRI is
put, never from request text.
"""

from __future__ import annotations

from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

#: Triples that point to a thing, at most, in its description.
MAX_INCOMING = 500
#: What a description adds about each thing it links to, so that pages can name it.
NAMING_PREDICATES: tuple[str, ...] = (
    str(RDFS.label),
    str(SKOS.prefLabel),
    str(DCTERMS.title),
    str(RDF.type),
)


def is_part(iri: str, of: str) -> bool:
    """True when `iri` names a part of the thing `of` (`of#passage`, `of#step-1`)."""
    return iri.startswith(of + "#")
