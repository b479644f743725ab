"""The RDF formats we write and serve: media type, rdflib plugin, file suffix, EU file type.

No framework imports: dumps, the catalogue and the HTTP views all read this one table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    rdflib_name: str
    suffix: str
    eu_file_type: str  # code in the EU Publications Office file-type table
    keeps_graphs: bool = False  # True when the format can carry named graphs

    @property
    def iana_uri(self) -> str:
        return f"https://www.iana.org/assignments/media-types/{self.media_type}"


TURTLE = Format("Turtle", "text/turtle", "turtle", "ttl", "RDF_TURTLE")
N_TRIPLES = Format("N-Triples", "application/n-triples", "nt", "nt", "RDF_N_TRIPLES")
RDF_XML = Format("RDF/XML", "application/rdf+xml", "xml", "rdf", "RDF_XML")
JSON_LD = Format("JSON-LD", "application/ld+json", "json-ld", "jsonld", "JSON_LD", True)
TRIG = Format("TriG", "application/trig", "trig", "trig", "RDF_TRIG", True)
N_QUADS = Format("N-Quads", "application/n-quads", "nquads", "nq", "RDF_N_QUADS", True)

#: Every dump of the build, in the order listings show them.
DUMP_FORMATS: tuple[Format, ...] = (TURTLE, N_TRIPLES, TRIG, N_QUADS, JSON_LD, RDF_XML)
BY_SUFFIX = {f.suffix: f for f in DUMP_FORMATS}
