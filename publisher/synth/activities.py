"""Synthetic activities: ongoing work on a theme, now and then within a real initiative."""

from __future__ import annotations

from ..core.namespaces import BKG
from .draft import Draft, Gist
from .vocabulary import Term
from .words import Words, join_words, kinds_phrase, lower


def activity(draft: Draft, achievement: str, theme: Term) -> Gist:
    rng, v, subject = draft.rng, draft.vocabulary, lower(theme.name)
    kinds = rng.sample(v.activity_kinds, min(len(v.activity_kinds), rng.choice((1, 1, 2))))
    doing = kinds_phrase([kind.name for kind in kinds])
    label = Words(
        f"{doing.nl} op het gebied van {subject.nl}",
        f"{doing.en} in the field of {subject.en}",
        f"{doing.fr} dans le domaine « {subject.fr} »",
    )
    if v.initiatives and rng.random() < 0.2:
        initiative = rng.choice(v.initiatives)
        draft.add(achievement, BKG.initiative, initiative.iri)
        within = Words(
            f" in het kader van het {initiative.name.nl}",
            f" under the {initiative.name.en}",
            f" dans le cadre du {initiative.name.fr}",
        )
        return Gist(kinds, label, join_words([label, within]))
    return Gist(kinds, label, label)
