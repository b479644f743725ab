"""The one table of formats: every RDF, result and page format the project writes or serves.

Each `Format` carries what every stage needs of it (media type, suffix, rdflib plugin, EU file
type, W3C format name); the tuples below choose from it, and nothing else lists formats.
"""

from __future__ import annotations

from dataclasses import dataclass

IANA = "https://www.iana.org/assignments/media-types/"
#: Media types of files that are no RDF format: compressed dumps and the source reports.
GZIP_MEDIA_TYPE = "application/gzip"
TEXT_MEDIA_TYPE = "text/plain"
W3C_FORMATS = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    suffix: str
    rdflib_name: str = ""  # the rdflib plugin that reads and writes it; "" when rdflib does not
    eu_file_type: str = ""  # code in the EU Publications Office file-type table
    w3c_name: str = ""  # local name under http://www.w3.org/ns/formats/
    keeps_graphs: bool = False  # True when the format can carry named graphs

    @property
    def iana_uri(self) -> str:
        return IANA + self.media_type

    @property
    def w3c_uri(self) -> str:
        return W3C_FORMATS + self.w3c_name


TURTLE = Format("Turtle", "text/turtle", "ttl", "turtle", "RDF_TURTLE", "Turtle")
N_TRIPLES = Format("N-Triples", "application/n-triples", "nt", "nt", "RDF_N_TRIPLES", "N-Triples")
RDF_XML = Format("RDF/XML", "application/rdf+xml", "rdf", "xml", "RDF_XML", "RDF_XML")
JSON_LD = Format("JSON-LD", "application/ld+json", "jsonld", "json-ld", "JSON_LD", "JSON-LD", True)
TRIG = Format("TriG", "application/trig", "trig", "trig", "RDF_TRIG", "TriG", True)
N_QUADS = Format("N-Quads", "application/n-quads", "nq", "nquads", "RDF_N_QUADS", "N-Quads", True)

SPARQL_JSON = Format(
    "SPARQL JSON", "application/sparql-results+json", "json", "", "JSON", "SPARQL_Results_JSON"
)
SPARQL_XML = Format(
    "SPARQL XML", "application/sparql-results+xml", "xml", "", "XML", "SPARQL_Results_XML"
)
CSV = Format("CSV", "text/csv", "csv", "", "CSV", "SPARQL_Results_CSV")
TSV = Format("TSV", "text/tab-separated-values", "tsv", "", "TSV", "SPARQL_Results_TSV")
HTML = Format("HTML", "text/html", "html", "", "HTML")

#: Every dump of the build, in the order listings show them.
DUMP_FORMATS: tuple[Format, ...] = (TURTLE, N_TRIPLES, TRIG, N_QUADS, JSON_LD, RDF_XML)
DUMP_BY_SUFFIX = {f.suffix: f for f in DUMP_FORMATS}

#: What a document (a description, the ontology, the shapes, a named graph, the catalogue, the
#: service description) is offered in as data; the first answers */* and no Accept at all.
RDF_DOCUMENT_FORMATS: tuple[Format, ...] = (TURTLE, JSON_LD, RDF_XML, N_TRIPLES)
#: ... and as a page for people.
DOCUMENT_FORMATS: tuple[Format, ...] = (*RDF_DOCUMENT_FORMATS, HTML)
DOCUMENT_BY_SUFFIX = {f.suffix: f for f in DOCUMENT_FORMATS}

#: Result formats for SELECT and ASK, the first being the default.
SOLUTION_FORMATS: tuple[Format, ...] = (SPARQL_JSON, SPARQL_XML, CSV, TSV)
#: Result formats for CONSTRUCT and DESCRIBE, the first being the default.
GRAPH_FORMATS: tuple[Format, ...] = (TURTLE, N_TRIPLES, JSON_LD, RDF_XML, TRIG, N_QUADS)
#: Every format a query's results can come in.
RESULT_FORMATS: tuple[Format, ...] = (*SOLUTION_FORMATS, *GRAPH_FORMATS)

#: Media types clients send for these formats besides the registered one.
_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/json+ld": "application/ld+json",
    "application/x-trig": "application/trig",
    "text/x-nquads": "application/n-quads",
    "text/tsv": "text/tab-separated-values",
    "application/turtle": "text/turtle",
    "text/n3": "text/turtle",  # Turtle is N3 without its extensions
    "text/rdf+n3": "text/turtle",
    "application/n3": "text/turtle",
}
#: Short names clients put in a `format` parameter (SPARQLWrapper, YASGUI, hand-written URLs).
_FORMAT_NAMES = {
    "rdf+xml": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "turtle": "text/turtle",
    "n3": "text/turtle",
    "ntriples": "application/n-triples",
    "n-triples": "application/n-triples",
    "json-ld": "application/ld+json",
    "nquads": "application/n-quads",
    "n-quads": "application/n-quads",
}


def parse_accept(header: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first; ties keep the header's order.

    >>> parse_accept("text/html;q=0.5, text/turtle, */*;q=0.1")
    [('text/turtle', 1.0), ('text/html', 0.5), ('*/*', 0.1)]
    >>> parse_accept("text/turtle;q=abc, application/n-triples;q=0")
    [('text/turtle', 0.0), ('application/n-triples', 0.0)]
    """
    ranges = []
    for index, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media_range = pieces[0].lower()
        if not media_range:
            continue
        quality = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((media_range, quality, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media_range, quality) for media_range, quality, _ in ranges]


def negotiate(accept: str | None, offered: tuple[Format, ...]) -> Format | None:
    """The offered format the client likes best; the first offered for */* or no header; None: 406.

    >>> negotiate("application/sparql-results+xml;q=0.9, text/csv", SOLUTION_FORMATS).name
    'CSV'
    >>> negotiate("image/png", SOLUTION_FORMATS) is None
    True
    """
    if not accept or not accept.strip():
        return offered[0]
    ranges = parse_accept(accept)
    refused = {_canonical(m) for m, q in ranges if q == 0}
    for media_range, quality in ranges:
        if quality == 0:
            continue
        for fmt in offered:
            if fmt.media_type in refused:
                continue
            if _matches(_canonical(media_range), fmt.media_type):
                return fmt
    return None


def by_name(names: list[str], offered: tuple[Format, ...]) -> Format | None:
    """The first format named by `format` parameters: a suffix (`json`, `ttl`), a short name
    (`turtle`, `rdf+xml`) or a media type.

    >>> by_name(["ttl"], GRAPH_FORMATS).media_type
    'text/turtle'
    >>> by_name(["rdf+xml", "application/rdf+xml"], GRAPH_FORMATS).suffix
    'rdf'
    >>> by_name(["application/sparql-results+json"], SOLUTION_FORMATS).suffix
    'json'
    """
    for name in names:
        wanted = name.strip().lower()
        wanted = _canonical(_FORMAT_NAMES.get(wanted, wanted))
        for fmt in offered:
            if wanted in (fmt.suffix, fmt.media_type, fmt.rdflib_name):
                return fmt
    return None


def by_media_type(media_type: str) -> Format:
    """The result format registered under `media_type`; ValueError for any other.

    >>> by_media_type("text/csv").name
    'CSV'
    """
    for fmt in RESULT_FORMATS:
        if fmt.media_type == media_type:
            return fmt
    raise ValueError(f"no result format has the media type {media_type}")


def _canonical(media_type: str) -> str:
    return _ALIASES.get(media_type, media_type)


def _matches(media_range: str, media_type: str) -> bool:
    if media_range == "*/*":
        return True
    if media_range.endswith("/*"):
        return media_type.startswith(media_range[:-1])
    return media_range == media_type
