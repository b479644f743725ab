"""The reader's language, and the words of the pages themselves in each (the data brings its
own labels)."""

from __future__ import annotations

from starlette.requests import Request

from ...core.formats import parse_accept
from ...core.languages import DEFAULT_LANGUAGE, READER_LANGUAGES


def language(request: Request) -> str:
    """The reader's language: ?lang=, else Accept-Language, else the default (English)."""
    asked = request.query_params.get("lang", "")
    if asked in READER_LANGUAGES:
        return asked
    for language_range, quality in parse_accept(request.headers.get("accept-language", "")):
        primary = language_range.split("-")[0]
        if quality > 0 and primary in READER_LANGUAGES:
            return primary
    return DEFAULT_LANGUAGE


TEXT: dict[str, dict[str, str]] = {
    "browse": {"en": "Browse", "nl": "Bladeren", "fr": "Parcourir"},
    "query": {"en": "Query", "nl": "Bevragen", "fr": "Interroger"},
    "download": {"en": "Download", "nl": "Downloaden", "fr": "Télécharger"},
    "ontology": {"en": "Ontology", "nl": "Ontologie", "fr": "Ontologie"},
    "search": {"en": "Search", "nl": "Zoeken", "fr": "Rechercher"},
    "search_placeholder": {
        "en": "Search in nl, fr, en",
        "nl": "Zoeken in nl, fr, en",
        "fr": "Chercher en nl, fr, en",
    },
    "skip": {"en": "Skip to content", "nl": "Naar de inhoud", "fr": "Aller au contenu"},
    "footer": {
        "en": "Data: the Benelux Union's yearly reports, curated as linked data. Licence CC BY "
        "4.0. The Dutch text of each report is the authority; English and French are "
        "translations.",
        "nl": "Gegevens: de jaarverslagen van de Benelux Unie, als linked data bewerkt. Licentie "
        "CC BY 4.0. De Nederlandse tekst van elk verslag is gezaghebbend; Engels en Frans "
        "zijn vertalingen.",
        "fr": "Données : les rapports annuels de l'Union Benelux, éditées en données liées. "
        "Licence CC BY 4.0. Le texte néerlandais de chaque rapport fait foi ; l'anglais et "
        "le français sont des traductions.",
    },
    "in_report": {"en": "In the report", "nl": "In het verslag", "fr": "Dans le rapport"},
    "lines": {"en": "lines", "nl": "regels", "fr": "lignes"},
    "the_report": {"en": "the report", "nl": "het verslag", "fr": "le rapport"},
    "its_text": {"en": "its text", "nl": "de tekst", "fr": "son texte"},
    "properties": {"en": "Properties", "nl": "Eigenschappen", "fr": "Propriétés"},
    "linked_from": {"en": "Linked from", "nl": "Verwezen vanuit", "fr": "Cité par"},
    "elsewhere": {"en": "Elsewhere", "nl": "Elders", "fr": "Ailleurs"},
    "as_data": {"en": "As data", "nl": "Als gegevens", "fr": "En données"},
    "not_found": {
        "en": "Nothing is published here",
        "nl": "Hier is niets gepubliceerd",
        "fr": "Rien n'est publié ici",
    },
    "home_title": {
        "en": "What the Benelux Union achieved, as linked data",
        "nl": "Wat de Benelux Unie bereikte, als linked data",
        "fr": "Ce que l'Union Benelux a réalisé, en données liées",
    },
    "achievements": {"en": "achievements", "nl": "prestaties", "fr": "réalisations"},
    "events": {"en": "events", "nl": "gebeurtenissen", "fr": "événements"},
    "instruments": {
        "en": "treaties and other instruments",
        "nl": "verdragen en andere instrumenten",
        "fr": "traités et autres instruments",
    },
    "countries": {"en": "countries", "nl": "landen", "fr": "pays"},
    "regions": {"en": "regions", "nl": "regio's", "fr": "régions"},
    "organisations": {"en": "organisations", "nl": "organisaties", "fr": "organisations"},
    "ways_in": {"en": "Three ways in", "nl": "Drie ingangen", "fr": "Trois entrées"},
    "sources": {
        "en": "Where it comes from",
        "nl": "Waar het vandaan komt",
        "fr": "D'où cela vient",
    },
    "per_theme": {
        "en": "Achievements per theme",
        "nl": "Prestaties per thema",
        "fr": "Réalisations par thème",
    },
    "connections": {
        "en": "Who and what connect to which themes",
        "nl": "Wie en wat met welke thema's verbonden is",
        "fr": "Qui et quoi se relient à quels thèmes",
    },
    "cookbook": {
        "en": "The researcher cookbook",
        "nl": "Het kookboek voor onderzoekers",
        "fr": "Le livre de recettes des chercheurs",
    },
    "themes": {"en": "Themes", "nl": "Thema's", "fr": "Thèmes"},
    "reports_sections": {
        "en": "Reports and their sections",
        "nl": "Verslagen en hun onderdelen",
        "fr": "Rapports et leurs sections",
    },
}


def translator(lang: str) -> dict[str, str]:
    """The page words in `lang`, in the default language where a word is missing."""
    return {key: words.get(lang, words[DEFAULT_LANGUAGE]) for key, words in TEXT.items()}
