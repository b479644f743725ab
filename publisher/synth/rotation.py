"""Who holds the Benelux presidency year after year, and the priorities a presidency may pick."""

from __future__ import annotations

from dataclasses import dataclass

from .words import Words


@dataclass(frozen=True)
class Member:
    slug: str
    adjective: Words  # "Belgisch voorzitterschap", "Belgian Presidency", "présidence belge"
    inflected: str  # "het Belgische voorzitterschap"


#: Who holds the presidency, year after year from 2025 (Luxembourg) on.
ROTATION = (
    Member("luxembourg", Words("Luxemburgs", "Luxembourg", "luxembourgeoise"), "Luxemburgse"),
    Member("netherlands", Words("Nederlands", "Netherlands", "néerlandaise"), "Nederlandse"),
    Member("belgium", Words("Belgisch", "Belgian", "belge"), "Belgische"),
)
PRIORITIES = (
    Words(
        "een veilige en veerkrachtige Benelux",
        "a safe and resilient Benelux",
        "un Benelux sûr et résilient",
    ),
    Words(
        "een duurzame en klimaatneutrale economie",
        "a sustainable and climate-neutral economy",
        "une économie durable et neutre pour le climat",
    ),
    Words(
        "grensoverschrijdende mobiliteit zonder hindernissen",
        "cross-border mobility without obstacles",
        "une mobilité transfrontalière sans obstacles",
    ),
    Words(
        "digitale samenwerking ten dienste van de burger",
        "digital cooperation serving citizens",
        "une coopération numérique au service des citoyens",
    ),
    Words(
        "sterkere banden met de buurregio’s",
        "stronger ties with neighbouring regions",
        "des liens plus forts avec les régions voisines",
    ),
    Words("een wendbare interne markt", "an agile internal market", "un marché intérieur agile"),
    Words(
        "bescherming van burgers en veiligheid",
        "protection of citizens and security",
        "protection des citoyens et sécurité",
    ),
    Words(
        "kennisdeling en innovatie",
        "knowledge sharing and innovation",
        "partage des connaissances et innovation",
    ),
)


def in_office(year: int) -> int:
    """The index in ROTATION (and in the vocabulary's members) of the member presiding `year`."""
    return (year - 2025) % len(ROTATION)
