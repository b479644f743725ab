"""Synthetic acts: steps taken on an instrument, a real one or one made up for the report."""

from __future__ import annotations

from rdflib.namespace import DCTERMS, RDF, RDFS

from ..core.namespaces import BKG
from .draft import Draft, Gist
from .nquads import iri, mint, part
from .vocabulary import Term, Vocabulary
from .words import Words, kinds_phrase, lower

#: Which instrument types an act can be done to (by slug); other acts may concern any type.
_ACT_TYPES = {
    "signature": ("treaty", "agreement"),
    "common-position-adopted": ("common-position",),
    "declaration": ("declaration",),
    "recommendation": ("recommendation",),
    "letter": ("letter",),
    "action-plan": ("action-plan",),
    "negotiation-concluded": ("treaty", "agreement", "implementing-agreement"),
    "approval": ("treaty", "agreement", "implementing-agreement", "common-position"),
    "implementation": ("treaty", "implementing-agreement", "action-plan"),
    "accession-request": ("treaty", "agreement"),
    "extension": ("agreement", "action-plan"),
    "commemoration": ("treaty", "agreement"),
}
_LEGAL_TYPES = frozenset({"treaty", "agreement", "implementing-agreement"})
#: The kinds of act (by slug) that are addressed to someone.
ADDRESSED_ACTS = frozenset({"letter", "recommendation", "declaration"})


def act(draft: Draft, achievement: str, slug: str, theme: Term) -> Gist:
    """An act on one instrument, a real one or a new one, with one step per kind of act."""
    rng, v = draft.rng, draft.vocabulary
    kinds = [rng.choice(v.act_kinds)]
    instrument, type_slug = _instrument_for(draft, kinds[0], slug, theme)
    others = [k for k in v.act_kinds if k != kinds[0] and type_slug in _types_for(v, k)]
    if others and rng.random() < 0.25:
        kinds.append(rng.choice(others))
    draft.add(achievement, BKG.instrument, instrument.iri)
    for number, kind in enumerate(kinds, start=1):
        _step(draft, achievement, number, kind, instrument)
    done, name = kinds_phrase([kind.name for kind in kinds]), instrument.name
    label = Words(f"{done.nl}: {name.nl}", f"{done.en}: {name.en}", f"{done.fr} : {name.fr}")
    clause = Words(
        f"{done.nl} betreffende {name.nl}",
        f"{done.en} concerning {name.en}",
        f"{done.fr} concernant {name.fr}",
    )
    return Gist(kinds, label, clause)


def _instrument_for(draft: Draft, kind: Term, slug: str, theme: Term) -> tuple[Term, str]:
    """The instrument an act of `kind` is done to, and its type's slug."""
    rng = draft.rng
    types = _types_for(draft.vocabulary, kind)
    real = [
        (term, type_slug) for term, type_slug in draft.vocabulary.instruments if type_slug in types
    ]
    if real and rng.random() < 0.4:
        return rng.choice(real)
    type_slug = rng.choice(types)
    return _instrument(draft, slug, type_slug, theme), type_slug


def _types_for(vocabulary: Vocabulary, kind: Term) -> list[str]:
    known = [t for t in _ACT_TYPES.get(kind.slug, ()) if t in vocabulary.instrument_types]
    return known or sorted(vocabulary.instrument_types)


def _step(draft: Draft, achievement: str, number: int, kind: Term, instrument: Term) -> None:
    """One step of the act, perhaps with the members who took it."""
    rng, members = draft.rng, draft.vocabulary.members
    step = part(achievement, f"step-{number}")
    draft.add(step, RDF.type, iri(BKG.InstrumentStep))
    draft.add(step, BKG.onInstrument, instrument.iri)
    draft.add(step, BKG.kind, kind.iri)
    draft.add(step, DCTERMS.date, draft.date)
    draft.add(step, BKG.sourcePassage, part(achievement, "passage"))
    draft.say(
        step,
        RDFS.label,
        Words(
            f"{kind.name.nl} van {instrument.name.nl}",
            f"{kind.name.en} of {instrument.name.en}",
            f"{kind.name.fr} : {instrument.name.fr}",
        ),
    )
    if rng.random() < 0.3:
        for actor in rng.sample(members, rng.randint(1, len(members))):
            draft.add(step, BKG.actor, actor.iri)
    draft.add(achievement, BKG.hasStep, step)


def _instrument(draft: Draft, slug: str, kind: str, theme: Term) -> Term:
    """A new instrument, described in the report's graphs (real ones are in the reference)."""
    type_ = draft.vocabulary.instrument_types[kind]
    instrument = mint("instrument", slug)
    code, subject = f"S{slug.replace('-synthetic', '')}", lower(theme.name)
    name = Words(
        f"{type_.name.nl} {code} over {subject.nl}",
        f"{type_.name.en} {code} on {subject.en}",
        f"{type_.name.fr} {code} « {subject.fr} »",
    )
    legal = kind in _LEGAL_TYPES
    draft.add(instrument, RDF.type, iri(BKG.LegalInstrument if legal else BKG.PoliticalInstrument))
    draft.say(instrument, RDFS.label, name)
    draft.say(instrument, DCTERMS.description, _made_up(draft.year))
    draft.add(instrument, BKG.kind, type_.iri)
    if legal:
        _parties(draft, instrument)
    return Term(instrument, name, slug)


def _made_up(year: int) -> Words:
    return Words(
        f"Verzonnen instrument uit het synthetische verslag {year}.",
        f"Made-up instrument from the synthetic report {year}.",
        f"Instrument inventé du rapport synthétique {year}.",
    )


def _parties(draft: Draft, instrument: str) -> None:
    """The members are parties to a new legal instrument, now and then another country too."""
    rng, v = draft.rng, draft.vocabulary
    parties = [*v.members]
    if v.countries and rng.random() < 0.3:
        parties.append(rng.choice(v.countries))
    for party in parties:
        draft.add(instrument, BKG.party, party.iri)
