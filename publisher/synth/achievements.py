"""A synthetic achievement: one bullet of a report, described in its graphs and its text."""

from __future__ import annotations

from rdflib.namespace import DCTERMS, RDF, RDFS, SDO

from ..core.namespaces import BKG
from .activities import activity
from .acts import ADDRESSED_ACTS, act
from .draft import Draft, Gist
from .events import events
from .figures import figure
from .nquads import integer, iri, mint
from .report_text import wrap
from .vocabulary import Term
from .words import NOTHING, Words, join_words, listed

#: The three kinds of achievement, by how often each is drawn.
_CATEGORIES, _WEIGHTS = ("event", "act", "activity"), (35, 35, 30)


def achievement(draft: Draft, position: int, section: str, theme: Term, priority: int) -> None:
    """The `position`-th bullet, under `section`, on `theme`, serving the priority numbered."""
    slug = f"{draft.id}-{position:03d}"
    node = mint("achievement", slug)
    participants = _participants(draft)
    category = draft.rng.choices(_CATEGORIES, weights=_WEIGHTS)[0]
    gist = _gist(draft, category, node, slug, theme, participants)
    extra = _extra(draft, node, participants, gist, category)
    names = [p.name for p in participants]
    description = Words(
        f"{gist.clause.nl}, met {listed([n.nl for n in names], 'en')}{extra.nl}.",
        f"{gist.clause.en}, with {listed([n.en for n in names], 'and')}{extra.en}.",
        f"{gist.clause.fr}, avec {listed([n.fr for n in names], 'et')}{extra.fr}.",
    )
    _describe(draft, node, position, section, gist, description)
    _relate(draft, node, theme, participants, priority)
    draft.source.write("•\t ")
    draft.quote(node, "passage", wrap(description.nl, draft.rng))
    draft.source.write("\n\n")


def _gist(
    draft: Draft, category: str, node: str, slug: str, theme: Term, participants: list[Term]
) -> Gist:
    if category == "event":
        return events(draft, node, slug, theme, participants)
    if category == "act":
        return act(draft, node, slug, theme)
    return activity(draft, node, theme)


def _extra(draft: Draft, node: str, participants: list[Term], gist: Gist, category: str) -> Words:
    """What the description adds after the participants: who else took part, to whom the act
    was addressed, a number; each only now and then."""
    rng = draft.rng
    extra = _involves(draft, node, participants)
    if gist.kinds[0].slug in ADDRESSED_ACTS and rng.random() < 0.7:
        extra = join_words([extra, _addressee(draft, node)])
    if rng.random() < 0.35:
        extra = join_words([extra, figure(draft, node, gist.events, gist.kinds[0], category)])
    return extra


def _describe(
    draft: Draft, node: str, position: int, section: str, gist: Gist, description: Words
) -> None:
    draft.add(node, RDF.type, iri(BKG.Achievement))
    draft.add(node, SDO.position, integer(position))
    draft.say(node, RDFS.label, gist.label)
    draft.say(node, DCTERMS.description, description)
    draft.add(node, BKG.inSection, section)
    for kind in gist.kinds:
        draft.add(node, BKG.kind, kind.iri)
    draft.add(node, BKG.underPresidency, draft.presidency)
    draft.add(node, DCTERMS.date, draft.date)


def _relate(draft: Draft, node: str, theme: Term, participants: list[Term], priority: int) -> None:
    """The achievement's subjects, participants and the priorities it serves."""
    rng = draft.rng
    for subject in _themes(draft, theme):
        draft.add(node, DCTERMS.subject, subject.iri)
    for participant in participants:
        draft.add(node, BKG.participant, participant.iri)
    for served in {priority, rng.randrange(3) if rng.random() < 0.15 else priority}:
        draft.add(node, BKG.servesPriority, mint("priority", f"{draft.id}-{served + 1}"))


def _participants(draft: Draft) -> list[Term]:
    """The union always; then a few members, other countries, regions or organisations."""
    rng, v = draft.rng, draft.vocabulary
    chosen: list[Term] = []
    groups = (v.members, v.countries, v.regions, v.organisations)
    for _ in range(rng.choices((0, 1, 2, 3, 4), weights=(15, 30, 30, 15, 10))[0]):
        group = rng.choices(groups, weights=(50, 15, 15, 20))[0]
        if group:
            candidate = rng.choice(group)
            if candidate not in chosen:
                chosen.append(candidate)
    union = Term(v.union, Words("de Benelux Unie", "the Benelux Union", "l’Union Benelux"), "")
    return [union, *chosen]


def _themes(draft: Draft, theme: Term) -> list[Term]:
    themes = [theme]
    if draft.rng.random() < 0.2:
        other = draft.rng.choice([t for top, subs in draft.vocabulary.themes for t in (top, *subs)])
        if other != theme:
            themes.append(other)
    return themes


def _involves(draft: Draft, node: str, participants: list[Term]) -> Words:
    organisations = [o for o in draft.vocabulary.organisations if o not in participants]
    if not organisations or draft.rng.random() >= 0.15:
        return NOTHING
    involved = draft.rng.choice(organisations)
    draft.add(node, BKG.involves, involved.iri)
    name = involved.name
    return Words(
        f", in overleg met {name.nl}",
        f", in consultation with {name.en}",
        f", en concertation avec {name.fr}",
    )


def _addressee(draft: Draft, node: str) -> Words:
    addressed = draft.rng.choice((*draft.vocabulary.organisations, *draft.vocabulary.regions))
    draft.add(node, BKG.addressee, addressed.iri)
    name = addressed.name
    return Words(
        f", gericht aan {name.nl}", f", addressed to {name.en}", f", à l’intention de {name.fr}"
    )
