"""One synthetic report as it is written: what it is about, its random draws, text and quads."""

from __future__ import annotations

import random
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import PROV, RDF, XSD

from ..build.source import reading_text
from ..core import uris
from ..core.namespaces import BKG, OA
from .nquads import integer, iri, mint, part, text
from .report_text import Source
from .rotation import ROTATION, in_office
from .vocabulary import Term, Vocabulary
from .words import Words


@dataclass(frozen=True)
class Gist:
    """What one bullet says happened: its kinds, its label, the clause its description opens with,
    and the events it happened through (if any)."""

    kinds: list[Term]
    label: Words
    clause: Words
    events: tuple[str, ...] = ()


class Draft:
    """One synthetic report as it is written: its year and presidency, the one generator all its
    random draws come from, its source text, and the quads of its graph and translations graph."""

    def __init__(self, vocabulary: Vocabulary, year: int, rng: random.Random) -> None:
        self.vocabulary = vocabulary
        self.rng = rng
        self.year = year
        self.id = f"{year}-synthetic"
        stated, translations = uris.report_graphs(self.id)[:2]
        self.stated, self.translations = iri(stated), iri(translations)
        self.report = mint("report", self.id)
        self.presidency = mint("presidency", self.id)
        self.date = f'"{year}"^^<{XSD.gYear}>'
        self.member = ROTATION[in_office(year)]
        self.holder = vocabulary.members[in_office(year)]
        self.source = Source()
        self.lines: list[str] = []

    def add(self, s: str, p: URIRef, o: str) -> None:
        self.lines.append(f"{s} <{p}> {o} {self.stated} .")

    def say(self, s: str, p: URIRef, words: Words) -> None:
        """Dutch in the report's graph, English and French in its translations graph."""
        self.lines.append(f"{s} <{p}> {text(words.nl, 'nl')} {self.stated} .")
        self.lines.append(f"{s} <{p}> {text(words.en, 'en')} {self.translations} .")
        self.lines.append(f"{s} <{p}> {text(words.fr, 'fr')} {self.translations} .")

    def quote(self, owner: str, name: str, exact: str) -> None:
        """Write `exact` into the source text and describe it as the owner's source passage."""
        start, end, first = self.source.write(exact)
        passage = part(owner, name)
        self.add(passage, RDF.type, iri(BKG.SourcePassage))
        self.add(passage, PROV.wasQuotedFrom, self.report)
        self.add(passage, OA.start, integer(start))
        self.add(passage, OA.end, integer(end))
        self.add(passage, OA.exact, text(exact))
        self.add(passage, BKG.readingText, text(reading_text(exact), "nl"))
        self.add(passage, BKG.firstLine, integer(first))
        self.add(passage, BKG.lastLine, integer(first + exact.count("\n")))
        self.add(owner, BKG.sourcePassage, passage)
