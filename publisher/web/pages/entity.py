"""What an entity page shows, computed from its description graph; templates only print it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, SDO, SKOS
from rdflib.term import Node

from ...core.hierarchy import Hierarchy, implied
from ...core.namespaces import BKG, OA
from ...core.uris import href
from . import labels
from .report_sources import ReportSources

#: Properties shown in their own sections rather than in the table.
EXTERNAL = (OWL.sameAs, BKG.authorityEntry, SKOS.exactMatch, SKOS.closeMatch)
HIDDEN = (RDF.type, *labels.LABEL_PROPERTIES, DCTERMS.description, *EXTERNAL)
#: schema.org types for the embedded JSON-LD that search engines read.
SCHEMA_TYPES = {
    BKG.Achievement: "Action",
    BKG.Event: "Event",
    BKG.Country: "Country",
    BKG.Region: "AdministrativeArea",
    BKG.Place: "Place",
    BKG.Report: "Report",
    URIRef("http://www.w3.org/ns/org#Organization"): "Organization",
    BKG.Instrument: "Legislation",
    BKG.LegalInstrument: "Legislation",
    BKG.PoliticalInstrument: "CreativeWork",
    SKOS.Concept: "DefinedTerm",
}


@dataclass(frozen=True)
class Value:
    text: str
    href: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Row:
    name: str
    iri: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Passage:
    before: str
    exact: str
    after: str
    first_line: int
    last_line: int
    report: Value
    text_href: str | None  # the report's text file, as downloads offer it


@dataclass
class EntityView:
    iri: str
    label: str
    types: list[Value]
    description: str | None
    rows: list[Row] = field(default_factory=list)
    incoming: list[Row] = field(default_factory=list)
    external: list[Value] = field(default_factory=list)
    passage: Passage | None = None
    json_ld: str = "{}"


def entity_view(
    graph: Graph, iri: str, lang: str, sources: ReportSources, hierarchy: Hierarchy | None = None
) -> EntityView:
    """What the page of `iri` shows, from its description `graph`, in `lang`. A link that a more
    specific one entails (`bkg:involves` beside `bkg:contributor`) is left out: the page says each
    link once, in its most specific role."""
    node = URIRef(iri)
    view = EntityView(
        iri=iri,
        label=labels.label(graph, node, lang),
        types=[_value(graph, t, lang) for t in sorted(graph.objects(node, RDF.type), key=str)],
        description=_text(graph, node, DCTERMS.description, lang),
    )
    view.rows = _rows(graph, node, lang, hierarchy or {})
    view.incoming = _incoming(graph, node, lang, hierarchy or {})
    view.external = [
        Value(str(o), str(o)) for p in EXTERNAL for o in sorted(graph.objects(node, p), key=str)
    ]
    view.passage = _passage(graph, node, lang, sources)
    view.json_ld = _json_ld(graph, node, view, lang)
    return view


def _rows(graph: Graph, node: URIRef, lang: str, hierarchy: Hierarchy) -> list[Row]:
    rows = []
    entailed = implied(hierarchy, graph.predicate_objects(node))
    for predicate in sorted(set(graph.predicates(node, None)), key=str):
        if predicate in HIDDEN or not isinstance(predicate, URIRef):
            continue
        objects = [o for o in graph.objects(node, predicate) if (predicate, o) not in entailed]
        if not objects:
            continue
        values = _values(graph, objects, lang)
        rows.append(Row(labels.property_name(predicate, lang, graph), str(predicate), values))
    return sorted(rows, key=lambda r: r.name.lower())


def _incoming(graph: Graph, node: URIRef, lang: str, hierarchy: Hierarchy) -> list[Row]:
    rows = []
    entailed = implied(hierarchy, ((p, s) for s, p in graph.subject_predicates(node)))
    for predicate in sorted(set(graph.predicates(None, node)), key=str):
        if not isinstance(predicate, URIRef):
            continue
        subjects = [
            s
            for s in graph.subjects(predicate, node)
            if not str(s).startswith(f"{node}#") and (predicate, s) not in entailed
        ]
        if subjects:
            values = _values(graph, subjects, lang)
            rows.append(Row(labels.property_name(predicate, lang, graph), str(predicate), values))
    return sorted(rows, key=lambda r: r.name.lower())


def _values(graph: Graph, nodes: list[Node], lang: str) -> tuple[Value, ...]:
    literals = [n for n in nodes if isinstance(n, Literal)]
    if literals and all(n.language for n in literals):
        best = labels.pick(literals, lang)  # one language, the reader's, for text values
        nodes = [n for n in nodes if not isinstance(n, Literal) or n == best]
    return tuple(sorted((_value(graph, n, lang) for n in nodes), key=lambda v: v.text.lower()))


def _value(graph: Graph, node: Node, lang: str) -> Value:
    if isinstance(node, Literal):
        return Value(str(node), None, node.language)
    if isinstance(node, BNode):
        return Value(labels.label(graph, node, lang))
    return Value(labels.label(graph, node, lang), href(str(node)))


def _text(graph: Graph, node: URIRef, predicate: URIRef, lang: str) -> str | None:
    found = labels.pick(list(graph.objects(node, predicate)), lang)
    return str(found) if found is not None else None


def _passage(graph: Graph, node: URIRef, lang: str, sources: ReportSources) -> Passage | None:
    """The passage an achievement cites, in its report's text, with 240 characters around it."""
    passage = graph.value(node, BKG.sourcePassage)
    report = graph.value(passage, PROV.wasQuotedFrom) if passage is not None else None
    if passage is None or report is None or str(report) not in sources.texts:
        return None
    start, end = _int(graph.value(passage, OA.start)), _int(graph.value(passage, OA.end))
    text = sources.texts[str(report)]
    first, last = (
        _int(graph.value(passage, BKG.firstLine)),
        _int(graph.value(passage, BKG.lastLine)),
    )
    return Passage(
        text[max(0, start - 240) : start],
        text[start:end],
        text[end : end + 240],
        first,
        last,
        _value(graph, report, lang),
        sources.download_path(str(report)),
    )


def _int(node: Node | None) -> int:
    return int(node) if isinstance(node, Literal) else 0


def _json_ld(graph: Graph, node: URIRef, view: EntityView, lang: str) -> str:
    types = [
        SCHEMA_TYPES[t]
        for t in graph.objects(node, RDF.type)
        if isinstance(t, URIRef) and t in SCHEMA_TYPES
    ]
    document: dict[str, object] = {
        "@context": {"@vocab": "https://schema.org/"},
        "@id": view.iri,
        "@type": sorted(set(types)) or "Thing",
        "name": view.label,
        "inLanguage": lang,
    }
    if view.description:
        document["description"] = view.description
    if view.external:
        document["sameAs"] = [v.text for v in view.external]
    position = graph.value(node, SDO.position)
    if position is not None:
        document["position"] = _int(position)
    return json.dumps(document, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
