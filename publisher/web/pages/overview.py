"""What the home, browse and search pages show, computed once from the store.

The computation reads every label: on a large dataset it takes seconds, so the server runs it
in the background (web/background.py).

Fixed queries only: no request input ever reaches this module's SPARQL.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from ...core.languages import DEFAULT_LANGUAGE, FALLBACK_ORDER, READER_LANGUAGES
from ...core.namespaces import sparql_prologue
from ...core.uris import mint
from ...engine.store import Store

THEME_SCHEME = mint("scheme", "theme")


@dataclass(frozen=True)
class Item:
    iri: str
    labels: dict[str, str]  # language -> label

    def label(self, lang: str) -> str:
        for code in (lang, *FALLBACK_ORDER):
            if code in self.labels:
                return self.labels[code]
        return self.iri.rsplit("/", 1)[-1]


@dataclass
class Theme:
    item: Item
    count: int  # achievements with this theme
    children: list[Theme] = field(default_factory=list)


class Section(NamedTuple):
    section: Item
    achievements: list[Item]  # in report order


class ReportOutline(NamedTuple):
    report: Item
    sections: list[Section]


class Link(NamedTuple):
    """A country, region or instrument and a top theme, with the achievements that join them."""

    who: str
    theme: str
    achievements: int


class IndexEntry(NamedTuple):
    folded: str  # the label, lower case and without accents
    lang: str
    iri: str
    label: str


class Hit(NamedTuple):
    iri: str
    label: str
    lang: str


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]
    themes: list[Theme]
    groups: dict[str, list[Item]]  # "countries", "regions", ... -> items
    reports: list[ReportOutline]
    links: list[Link]  # for the diagram
    index: list[IndexEntry]  # for search

    def item(self, iri: str) -> Item | None:
        for items in self.groups.values():
            for item in items:
                if item.iri == iri:
                    return item
        return None

    def search(self, text: str, limit: int = 100) -> list[Hit]:
        """The things whose labels contain `text`, accents and case ignored."""
        wanted = fold(text)
        if not wanted:
            return []
        hits: dict[str, Hit] = {}
        for folded, lang, iri, label in self.index:
            if wanted in folded and iri not in hits:
                hits[iri] = Hit(iri, label, lang)
        return sorted(hits.values(), key=lambda h: h.label.lower())[:limit]


GROUPS = {
    "countries": "bkg:Country",
    "regions": "bkg:Region",
    "organisations": "org:Organization",
    "instruments": "bkg:Instrument",
    "events": "bkg:Event",
    "achievements": "bkg:Achievement",
}


def fold(text: str) -> str:
    """Lower case without accents, for matching.

    >>> fold("Politiële Samenwerking")
    'politiele samenwerking'
    """
    if text.isascii():
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def compute(store: Store) -> Overview:
    labels = _labels(store)
    items = {iri: Item(iri, by_lang) for iri, by_lang in labels.items()}
    groups = {
        name: sorted(
            (items[i] for i in _instances(store, cls) if i in items),
            key=lambda item: item.label(DEFAULT_LANGUAGE).lower(),
        )
        for name, cls in GROUPS.items()
    }
    counts = {name: len(members) for name, members in groups.items()}
    counts["triples"] = len(store)
    return Overview(
        counts=counts,
        themes=_themes(store, items),
        groups=groups,
        reports=_reports(store, items),
        links=_links(store),
        index=[
            IndexEntry(fold(label), lang, iri, label)
            for iri, by_lang in labels.items()
            for lang, label in by_lang.items()
        ],
    )


def _select(store: Store, query: str) -> list[dict[str, str]]:
    return store.select(sparql_prologue() + query)


def _labels(store: Store) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    query = """SELECT ?s ?label WHERE { ?s rdfs:label|skos:prefLabel ?label .
               FILTER (isIRI(?s) && STRSTARTS(STR(?s), STR(id:))) }"""
    for row in _select(
        store, query.replace("?label WHERE", "(LANG(?label) AS ?lang) ?label WHERE")
    ):
        if row.get("lang") in READER_LANGUAGES:
            found.setdefault(row["s"], {}).setdefault(row["lang"], row["label"])
    return found


def _instances(store: Store, cls: str) -> list[str]:
    query = f"SELECT DISTINCT ?s WHERE {{ ?s a/rdfs:subClassOf* {cls} FILTER isIRI(?s) }}"
    return [row["s"] for row in _select(store, query)]


def _themes(store: Store, items: dict[str, Item]) -> list[Theme]:
    rows = _select(
        store,
        f"""SELECT ?theme ?broader (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        ?theme skos:inScheme <{THEME_SCHEME}> . OPTIONAL {{ ?theme skos:broader ?broader }}
        OPTIONAL {{ ?a a bkg:Achievement ; dcterms:subject ?theme }} }}
        GROUP BY ?theme ?broader""",
    )
    themes = {
        r["theme"]: Theme(items[r["theme"]], int(r["n"])) for r in rows if r["theme"] in items
    }
    top: list[Theme] = []
    for row in rows:
        theme = themes.get(row["theme"])
        if theme is None:
            continue
        parent = themes.get(row.get("broader", ""))
        (parent.children if parent else top).append(theme)
    for theme in themes.values():
        theme.children.sort(key=lambda t: t.item.label(DEFAULT_LANGUAGE))
    return sorted(top, key=lambda t: t.item.label(DEFAULT_LANGUAGE))


def _reports(store: Store, items: dict[str, Item]) -> list[ReportOutline]:
    rows = _select(
        store,
        """SELECT ?report ?section ?a WHERE {
        ?report a bkg:Report . ?a a bkg:Achievement ; schema:position ?n ; bkg:inSection ?section .
        ?section dcterms:isPartOf+ ?report } ORDER BY ?report ?n""",
    )
    reports: dict[str, dict[str, list[Item]]] = {}
    for row in rows:
        sections = reports.setdefault(row["report"], {})
        sections.setdefault(row["section"], []).append(items[row["a"]])
    return [
        ReportOutline(items[report], [Section(items[s], a) for s, a in sections.items()])
        for report, sections in reports.items()
    ]


def _links(store: Store) -> list[Link]:
    rows = _select(
        store,
        f"""SELECT ?who ?theme (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        ?a a bkg:Achievement ; dcterms:subject/skos:broader* ?theme ;
           (bkg:participant|bkg:involves|bkg:addressee|bkg:instrument) ?who .
        ?theme skos:topConceptOf <{THEME_SCHEME}> .
        ?who a ?type .
        VALUES ?type {{ bkg:Country bkg:Region bkg:LegalInstrument bkg:PoliticalInstrument }}
        }} GROUP BY ?who ?theme""",
    )
    return sorted(Link(r["who"], r["theme"], int(r["n"])) for r in rows)
