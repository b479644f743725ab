"""A synthetic report's plan, drawn before anything else: priorities, sections, bullets."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .rotation import PRIORITIES
from .vocabulary import Term, Vocabulary
from .words import Words

#: A section: its top theme, the narrower themes of its sub-sections, the priority it serves.
Layout = list[tuple[Term, list[Term], int]]


@dataclass(frozen=True)
class Plan:
    """What a report will hold: drawn first, so that the same report cut to fewer achievements
    is the full one with its last bullets left out."""

    priorities: list[Words]
    layout: Layout
    bullets: list[int]  # how many stand under each leaf, in file order
    achievements: int


def draw_plan(rng: random.Random, vocabulary: Vocabulary) -> Plan:
    priorities = rng.sample(PRIORITIES, 3)
    layout = _sections(rng, vocabulary)
    bullets = _bullets(rng, layout, rng.randint(26, 34))
    return Plan(priorities, layout, bullets, sum(bullets))


def _sections(rng: random.Random, vocabulary: Vocabulary) -> Layout:
    """Five sections in a shuffled order, some sub-sections each, the priority each serves."""
    layout = []
    for top, narrower in rng.sample(vocabulary.themes, len(vocabulary.themes)):
        count = rng.randint(1, min(4, len(narrower))) if narrower else 0
        subs = rng.sample(narrower, count)
        layout.append((top, subs, rng.randrange(3)))
    return layout


def _bullets(rng: random.Random, layout: Layout, achievements: int) -> list[int]:
    """How many bullets stand under each leaf (sub-section, or section without any): one at
    least, so there may be more than `achievements` in all."""
    leaves = sum(len(subs) or 1 for _, subs, _ in layout)
    counts = [1] * leaves
    for _ in range(achievements - leaves):
        counts[rng.randrange(leaves)] += 1
    return counts
