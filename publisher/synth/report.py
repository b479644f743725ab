"""One synthetic report, whole or cut to its first achievements, as N-Quads lines."""

from __future__ import annotations

import random

from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from ..core.namespaces import BKG, EU, VOID
from .draft import Draft
from .front_matter import front_matter
from .nquads import iri, text
from .plan import draw_plan
from .sections import sections
from .vocabulary import Vocabulary
from .words import Words

_STATED = Words(
    "Een verzonnen verslag voor benchmarks, in het Nederlands; niets is echt.",
    "A made-up report for benchmarks, in Dutch; nothing is real.",
    "Un rapport inventé pour les bancs d’essai, en néerlandais ; rien n’est réel.",
)
_TRANSLATIONS = Words(
    "Engelse en Franse labels en beschrijvingen van het verzonnen verslag.",
    "English and French labels and descriptions of the made-up report.",
    "Libellés et descriptions anglais et français du rapport inventé.",
)


class Report:
    """One synthetic report: its source text and the quads of its graph and translations graph.

    Everything random is drawn from one generator seeded for the report, in document order, and
    the plan (sections, how many achievements in each) is drawn first: the same report cut to
    fewer achievements (`limit`) is the full one with its last bullets left out.
    """

    def __init__(
        self, vocabulary: Vocabulary, year: int, seed: int, limit: int | None = None
    ) -> None:
        self._draft = Draft(vocabulary, year, random.Random(seed))
        self._plan = draw_plan(self._draft.rng, vocabulary)
        self.achievements = self._plan.achievements
        self._limit = self.achievements if limit is None else limit

    def lines(self) -> list[str]:
        """The report's quads as N-Quads lines (no two alike)."""
        draft = self._draft
        if not draft.lines:
            front_matter(draft, self._plan.priorities)
            sections(draft, self._plan, self._limit)
            _describe_report(draft)
            _describe_graphs(draft)
        return list(dict.fromkeys(draft.lines))


def closest(vocabulary: Vocabulary, year: int, seed: int, room: int) -> list[str]:
    """The report cut to the number of achievements that comes closest to `room` triples.

    A cut report is its full self with its last achievements left out, so its size grows with
    the number kept; an empty list when leaving the report out comes closer still.
    """
    size = Report(vocabulary, year, seed).achievements
    low, high = 0, size  # find the most achievements that still fit
    while low < high:
        middle = (low + high + 1) // 2
        if len(Report(vocabulary, year, seed, middle).lines()) <= room:
            low = middle
        else:
            high = middle - 1
    candidates = [
        Report(vocabulary, year, seed, kept).lines() for kept in sorted({low, min(low + 1, size)})
    ]
    best = min(candidates, key=lambda lines: (abs(room - len(lines)), len(lines)))
    return best if abs(room - len(best)) < room else []


def _describe_report(draft: Draft) -> None:
    year, adjective, report = draft.year, draft.member.adjective, draft.report
    title = Words(
        f"Synthetisch verslag {year}: Benelux-samenwerking onder"
        f" {adjective.nl.lower()} voorzitterschap",
        f"Synthetic report {year}: Benelux cooperation under the {adjective.en} Presidency",
        f"Rapport synthétique {year} : la coopération Benelux sous la présidence {adjective.fr}",
    )
    draft.add(report, RDF.type, iri(BKG.Report))
    draft.say(report, DCTERMS.title, title)
    draft.say(report, RDFS.label, title)
    draft.add(report, DCTERMS.language, iri(EU["language/NLD"]))
    draft.add(report, BKG.sourceFile, text(f"source/benelux-{year}-synthetic.nl.txt"))
    draft.add(report, DCTERMS.publisher, draft.vocabulary.publisher)
    draft.add(report, DCTERMS.date, draft.date)
    draft.add(report, BKG.reportsOn, draft.presidency)
    draft.add(report, BKG.sourceText, text(draft.source.text))


def _describe_graphs(draft: Draft) -> None:
    """The two graphs as void:Datasets, in the three languages, as a report's graphs.ttl."""
    year = draft.year
    stated = Words(
        f"Synthetisch verslag {year}", f"Synthetic report {year}", f"Rapport synthétique {year}"
    )
    translations = Words(
        f"Synthetisch verslag {year}: vertalingen",
        f"Synthetic report {year}: translations",
        f"Rapport synthétique {year} : traductions",
    )
    _describe_graph(draft, draft.stated, stated, _STATED)
    _describe_graph(draft, draft.translations, translations, _TRANSLATIONS)
    draft.add(draft.stated, DCTERMS.source, draft.report)
    draft.add(draft.translations, PROV.wasDerivedFrom, draft.stated)


def _describe_graph(draft: Draft, graph: str, label: Words, description: Words) -> None:
    """One graph, labelled and described in all three languages in the report's own graph."""
    draft.add(graph, RDF.type, iri(VOID.Dataset))
    for lang, value in label.by_language():
        draft.add(graph, RDFS.label, text(value, lang))
    for lang, value in description.by_language():
        draft.add(graph, DCTERMS.description, text(value, lang))
