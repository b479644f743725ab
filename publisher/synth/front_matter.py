"""A synthetic report's opening: its title, the presidency, and the presidency's priorities."""

from __future__ import annotations

from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ..core.namespaces import BKG
from .draft import Draft
from .nquads import iri, mint
from .words import Words

#: What follows each of the three priorities in the opening sentence.
_AFTER_PRIORITY = ("”, “", "” en “", "”.\n\n")


def front_matter(draft: Draft, priorities: list[Words]) -> None:
    """The title and the opening sentences, quoted, and what they name, described."""
    year, adjective = draft.year, draft.member.adjective
    draft.source.write(" ")
    draft.quote(
        draft.report,
        "title",
        f"SYNTHETISCH VERSLAG {year} OVER DE \nBENELUX-SAMENWERKING \n\n"
        f"ONDER {adjective.nl.upper()} \nVOORZITTERSCHAP",
    )
    draft.source.write("\n\n ")
    draft.quote(
        draft.presidency,
        "passage",
        f"In {year} bekleedde {draft.holder.name.nl} het voorzitterschap van de Benelux.",
    )
    draft.source.write(" De horizontale prioriteiten \nvan het voorzitterschap waren:\n“")
    _priorities(draft, priorities)
    _describe_presidency(draft)


def _priorities(draft: Draft, priorities: list[Words]) -> None:
    """The three priorities, quoted in turn, as the top concepts of the presidency's scheme."""
    scheme = mint("scheme", f"priority-{draft.id}")
    for index, words in enumerate(priorities):
        priority = mint("priority", f"{draft.id}-{index + 1}")
        draft.quote(priority, "passage", words.nl)
        draft.source.write(_AFTER_PRIORITY[index])
        _describe_priority(draft, priority, scheme, words)
    _describe_scheme(draft, scheme)


def _describe_scheme(draft: Draft, scheme: str) -> None:
    year, adjective = draft.year, draft.member.adjective
    draft.add(scheme, RDF.type, iri(SKOS.ConceptScheme))
    draft.say(
        scheme,
        SKOS.prefLabel,
        Words(
            f"Horizontale prioriteiten van het {draft.member.inflected}"
            f" Benelux-voorzitterschap {year}",
            f"Horizontal priorities of the {year} {adjective.en} Benelux Presidency",
            f"Priorités horizontales de la présidence {adjective.fr} du Benelux {year}",
        ),
    )


def _describe_priority(draft: Draft, priority: str, scheme: str, words: Words) -> None:
    year, adjective = draft.year, draft.member.adjective
    draft.add(priority, RDF.type, iri(BKG.HorizontalPriority))
    draft.add(priority, RDF.type, iri(SKOS.Concept))
    draft.say(priority, SKOS.prefLabel, words)
    draft.say(
        priority,
        SKOS.definition,
        Words(
            f"Horizontale prioriteit van het {draft.member.inflected} voorzitterschap van de"
            f" Benelux in {year}: “{words.nl}”.",
            f"Horizontal priority of the {year} {adjective.en} Presidency of the Benelux:"
            f" “{words.en}”.",
            f"Priorité horizontale de la présidence {adjective.fr} du Benelux en {year} :"
            f" « {words.fr} ».",
        ),
    )
    draft.add(priority, SKOS.inScheme, scheme)
    draft.add(priority, SKOS.topConceptOf, scheme)
    draft.add(scheme, SKOS.hasTopConcept, priority)
    draft.add(draft.presidency, BKG.hasPriority, priority)


def _describe_presidency(draft: Draft) -> None:
    adjective, year = draft.member.adjective, draft.year
    draft.add(draft.presidency, RDF.type, iri(BKG.Presidency))
    draft.say(
        draft.presidency,
        RDFS.label,
        Words(
            f"{adjective.nl} voorzitterschap van de Benelux ({year})",
            f"{adjective.en} Presidency of the Benelux ({year})",
            f"Présidence {adjective.fr} du Benelux ({year})",
        ),
    )
    draft.add(draft.presidency, BKG.heldBy, draft.holder.iri)
    draft.add(draft.presidency, BKG.presidencyOf, draft.vocabulary.union)
    draft.add(draft.presidency, DCTERMS.date, draft.date)
