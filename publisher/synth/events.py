"""Synthetic events: the meetings and conferences an achievement happened through."""

from __future__ import annotations

from rdflib.namespace import DCTERMS, RDF, RDFS, SDO

from ..core.namespaces import BKG
from .draft import Draft, Gist
from .nquads import iri, mint, part
from .vocabulary import Term
from .words import NOTHING, Words, about, join_words, lower


def events(
    draft: Draft, achievement: str, slug: str, theme: Term, participants: list[Term]
) -> Gist:
    """An event or two the achievement happened through, the first one perhaps somewhere."""
    rng, v = draft.rng, draft.vocabulary
    kinds = [rng.choice(v.event_kinds)]
    location = rng.choice((*v.places, *v.members, *v.regions)) if rng.random() < 0.5 else None
    nodes = []
    for number in range(1, 3 if rng.random() < 0.2 else 2):
        kind = kinds[0] if number == 1 else rng.choice(v.event_kinds)
        if kind not in kinds:
            kinds.append(kind)
        where = location if number == 1 else None
        event = _event(draft, f"{slug}-{number}", kind, theme, participants, where)
        draft.add(event, BKG.sourcePassage, part(achievement, "passage"))
        nodes.append(event)
        draft.add(achievement, BKG.event, event)
    label = about(kinds[0].name, lower(theme.name), "")
    return Gist(kinds, label, join_words([label, _at(location)]), tuple(nodes))


def _event(
    draft: Draft,
    slug: str,
    kind: Term,
    theme: Term,
    participants: list[Term],
    location: Term | None,
) -> str:
    """One event, each participant of the achievement taking part in it or not."""
    year, subject = draft.year, lower(theme.name)
    event = mint("event", slug)
    draft.add(event, RDF.type, iri(BKG.Event))
    draft.say(event, RDFS.label, about(kind.name, subject, f" ({year})"))
    draft.say(
        event,
        DCTERMS.description,
        Words(
            f"{kind.name.nl} over {subject.nl} in het synthetische verslag {year}.",
            f"{kind.name.en} on {subject.en} in the synthetic report {year}.",
            f"{kind.name.fr} « {subject.fr} » du rapport synthétique {year}.",
        ),
    )
    draft.add(event, BKG.kind, kind.iri)
    draft.add(event, DCTERMS.date, draft.date)
    draft.add(event, DCTERMS.subject, theme.iri)
    for participant in participants:
        if draft.rng.random() < 0.5:
            draft.add(event, BKG.participant, participant.iri)
    if location:
        draft.add(event, SDO.location, location.iri)
    return event


def _at(location: Term | None) -> Words:
    if not location:
        return NOTHING
    name = location.name
    return Words(f" in {name.nl}", f" in {name.en}", f" à {name.fr}")
