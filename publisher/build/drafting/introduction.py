"""What a report's introduction states: who holds the presidency, and its horizontal priorities.

Read, not guessed: the country is the one the sentence "In <jaar> bekleedde <land> het
voorzitterschap" names; when the introduction names countries without that pattern, the drafter
suggests one (a `#?` line) and says why. The priorities are the quoted phrases of the sentence
that speaks of "prioriteiten", up to its full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ...core.namespaces import BKG
from ..source import Span
from .layout import Layout

_SENTENCE = re.compile(r"[^.]+\.?")
_HOLDS = re.compile(r"bekleedde\s+(.+?)\s+het\s+voorzitterschap", re.IGNORECASE)
_QUOTED = re.compile(r"[“„\"«]([^”“„\"«»]+)[”\"»]")


@dataclass(frozen=True)
class Introduction:
    sentence: Span | None  # the sentence about the presidency, the presidency's passage
    country: URIRef | None
    stated: bool  # the country is the one "bekleedde … het voorzitterschap" names
    priorities: tuple[Span, ...]
    notes: tuple[str, ...]


def read_introduction(layout: Layout, reference: Graph) -> Introduction:
    intro = layout.introduction
    if intro is None:
        return Introduction(None, None, False, (), ("no introduction: add the presidency",))
    sentences = [_trimmed(intro, m) for m in _SENTENCE.finditer(intro.exact)]
    about = [
        s for s in sentences if "voorzitterschap" in s.exact.lower() and _countries(s, reference)
    ]
    notes: list[str] = []
    sentence, country, stated = (about[0] if about else None), None, False
    if sentence is not None:
        holds = _HOLDS.search(sentence.reading)
        named = _countries(Span(0, 0, holds.group(1)), reference) if holds else []
        everywhere = _countries(sentence, reference)
        if len(named) == 1:
            country, stated = named[0], True
        else:  # the country named last before "voorzitterschap": the one taking it over
            before = sentence.reading.lower().index("voorzitterschap")
            ahead = [c for c, at in _positions(sentence, reference) if at < before]
            country = ahead[-1] if ahead else everywhere[0]
            notes.append(
                f"the presidency's country is a guess ({', '.join(_slug(c) for c in everywhere)}"
                f" named in “{sentence.reading}”): check the #? bkg:heldBy line in report.ttl"
            )
    else:
        notes.append(
            "no sentence of the introduction names the presidency's country: add bkg:heldBy"
        )
    priorities = _priorities(intro)
    if not priorities and "prioriteit" in intro.exact.lower():
        notes.append("the introduction speaks of priorities but quotes none: add them by hand")
    return Introduction(sentence, country, stated, priorities, tuple(notes))


def _trimmed(intro: Span, match: re.Match[str]) -> Span:
    raw = match.group(0)
    lead = len(raw) - len(raw.lstrip())
    start = intro.start + match.start() + lead
    exact = raw.strip()
    return Span(start, start + len(exact), exact)


def _priorities(intro: Span) -> tuple[Span, ...]:
    """The quoted phrases from the word "prioriteit" to the end of its sentence (a full stop
    inside quotation marks does not end it)."""
    lowered = intro.exact.lower()
    if "prioriteit" not in lowered:
        return ()
    begin = lowered.index("prioriteit")
    end, inside = len(intro.exact), False
    for index in range(begin, len(intro.exact)):
        char = intro.exact[index]
        if char in "“„«":
            inside = True
        elif char in "”»":
            inside = False
        elif char == '"':
            inside = not inside
        elif char == "." and not inside:
            end = index
            break
    return tuple(
        Span(intro.start + m.start(1), intro.start + m.end(1), m.group(1))
        for m in _QUOTED.finditer(intro.exact, begin, end + 1)
    )


def _countries(span: Span, reference: Graph) -> list[URIRef]:
    """The countries whose Dutch name stands in the span, in the order they stand there."""
    return [country for country, _ in _positions(span, reference)]


def _positions(span: Span, reference: Graph) -> list[tuple[URIRef, int]]:
    found = []
    for country in reference.subjects(RDF.type, BKG.Country):
        for label in reference.objects(country, RDFS.label):
            if isinstance(label, Literal) and label.language == "nl":
                match = re.search(rf"(?<!\w){re.escape(str(label))}(?!\w)", span.reading)
                if match:
                    found.append((match.start(), str(country)))
    return [(URIRef(iri), at) for at, iri in sorted(found)]


def _slug(country: URIRef) -> str:
    return str(country).rsplit("/", 1)[-1]
