"""A synthetic report's sections and sub-sections: their headings, and the bullets under them."""

from __future__ import annotations

from rdflib.namespace import DCTERMS, RDF, RDFS, SDO

from ..core.namespaces import BKG
from .achievements import achievement
from .draft import Draft
from .nquads import integer, iri, mint
from .plan import Plan
from .vocabulary import Term


def sections(draft: Draft, plan: Plan, limit: int) -> None:
    """Headings and bullets in file order; each leaf gets its planned number of bullets, but
    no bullet stands past the `limit`-th."""
    counts, last = iter(plan.bullets), 0
    for number, (top, subs, priority) in enumerate(plan.layout, start=1):
        for where, theme in _leaves(draft, number, top, subs):
            if subs:
                _heading(draft, where, f"{theme.name.nl}:")
            draft.source.write("\n")
            first, last = last + 1, last + next(counts)
            for position in range(first, min(last, limit) + 1):
                achievement(draft, position, where, theme, priority)


def _leaves(draft: Draft, number: int, top: Term, subs: list[Term]) -> list[tuple[str, Term]]:
    """Write a section's heading; return where its bullets go, each with its theme: its
    sub-sections, or the section itself when it has none."""
    section = _section(draft, f"{draft.id}-{number}", top, draft.report, number)
    _heading(draft, section, top.name.nl.upper())
    leaves = [
        (_section(draft, f"{draft.id}-{number}-{place}", sub, section, place), sub)
        for place, sub in enumerate(subs, start=1)
    ]
    return leaves or [(section, top)]


def _heading(draft: Draft, section: str, heading: str) -> None:
    draft.source.write("\n")
    draft.quote(section, "heading", heading)
    draft.source.write("\n")


def _section(draft: Draft, slug: str, theme: Term, parent: str, position: int) -> str:
    section = mint("section", slug)
    draft.add(parent, DCTERMS.hasPart, section)
    draft.add(section, RDF.type, iri(BKG.Section))
    draft.say(section, RDFS.label, theme.name)
    draft.add(section, DCTERMS.isPartOf, parent)
    draft.add(section, SDO.position, integer(position))
    draft.add(section, DCTERMS.subject, theme.iri)
    return section
