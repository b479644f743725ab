"""Synthetic figures: a number a bullet gives, worded so that its bkg:statedAs is in the text."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from rdflib.namespace import RDF, SDO

from ..core.namespaces import BKG
from .draft import Draft
from .nquads import integer, iri, mint, part, text
from .vocabulary import Term
from .words import Words, english_ordinal


@dataclass(frozen=True)
class _Figure:
    """A number drawn: its value and type, as the Dutch text states it, the phrase that says it."""

    value: int
    figure_type: str
    stated: str
    phrase: Words
    counts: str | None = None  # what it counts, in N-Triples form
    unit: bool = False  # in years


def figure(
    draft: Draft, achievement: str, events: tuple[str, ...], kind: Term, category: str
) -> Words:
    """A figure of the achievement (and of its first event, unless it is a duration): the phrase
    the description gives it in."""
    choices = ["countries", "participants", "anniversary", "duration"]
    if category == "event":
        choices.append("ordinal")
    choice = draft.rng.choice(choices)
    drawn = _DRAWS[choice](draft.rng, kind)
    node = part(achievement, "figure-1")
    draft.add(node, RDF.type, iri(BKG.Figure))
    draft.add(node, SDO.value, integer(drawn.value))
    draft.add(node, BKG.figureType, mint("figure-type", drawn.figure_type))
    draft.add(node, BKG.statedAs, text(drawn.stated, "nl"))
    if drawn.counts:
        draft.add(node, BKG.counts, drawn.counts)
    if drawn.unit:
        draft.add(node, SDO.unitCode, text("ANN"))
    owners = (achievement, *(events[:1] if choice != "duration" else []))
    for owner in owners:
        draft.add(owner, BKG.hasFigure, node)
    draft.add(node, BKG.figureOf, owners[-1])
    return drawn.phrase


def _countries(rng: random.Random, kind: Term) -> _Figure:
    value = rng.randint(3, 27)
    stated = f"{value} landen"
    phrase = Words(
        f", waaraan {stated} deelnamen",
        f", in which {value} countries took part",
        f", avec la participation de {value} pays",
    )
    return _Figure(value, "count", stated, phrase, counts=iri(BKG.Country))


def _participants(rng: random.Random, kind: Term) -> _Figure:
    value = rng.randint(12, 900)
    stated = f"{value} deelnemers"
    phrase = Words(
        f", met {stated}", f", with {value} participants", f", avec {value} participants"
    )
    return _Figure(value, "count", stated, phrase)


def _anniversary(rng: random.Random, kind: Term) -> _Figure:
    value = rng.randint(5, 150)
    stated = f"{value}e verjaardag"
    phrase = Words(
        f", ter gelegenheid van de {stated}",
        f", marking the {english_ordinal(value)} anniversary",
        f", à l’occasion du {value}e anniversaire",
    )
    return _Figure(value, "anniversary", stated, phrase, unit=True)


def _duration(rng: random.Random, kind: Term) -> _Figure:
    value = rng.randint(2, 80)
    stated = f"{value} jaar"
    phrase = Words(
        f", na {stated} samenwerking",
        f", after {value} years of cooperation",
        f", après {value} ans de coopération",
    )
    return _Figure(value, "duration", stated, phrase, unit=True)


def _ordinal(rng: random.Random, kind: Term) -> _Figure:
    """The how-manieth event of its `kind` it was."""
    value = rng.randint(2, 40)
    stated = f"{value}e editie"
    phrase = Words(
        f", de {stated}", f", the {english_ordinal(value)} edition", f", {value}e édition"
    )
    return _Figure(value, "ordinal", stated, phrase, counts=kind.iri)


_DRAWS: dict[str, Callable[[random.Random, Term], _Figure]] = {
    "countries": _countries,
    "participants": _participants,
    "anniversary": _anniversary,
    "duration": _duration,
    "ordinal": _ordinal,
}
