"""The languages of the project: the three its readers read, and the report languages it tags.

The reports are written in Dutch, which is the authority; every label and summary is also given
in French and English, and pages are offered in all three.
"""

from __future__ import annotations

from rdflib import URIRef

from .namespaces import EU

#: The readers' languages, by BCP 47 tag, in the order the language switch shows them.
READER_LANGUAGES: dict[str, str] = {"nl": "Nederlands", "fr": "Français", "en": "English"}
#: The language a reader gets when they ask for none of the three.
DEFAULT_LANGUAGE = "en"
#: Where to look when a text is missing in the reader's language: English, then the reports'
#: own Dutch, then French.
FALLBACK_ORDER: tuple[str, ...] = ("en", "nl", "fr")
#: The order to show one text in all three languages: the authority first.
AUTHORITY_FIRST: tuple[str, ...] = ("nl", "en", "fr")

#: EU language-table entries of the report languages the build can tag, with their tags.
REPORT_LANGUAGE_TAGS: dict[URIRef, str] = {
    EU["language/NLD"]: "nl",
    EU["language/FRA"]: "fr",
    EU["language/ENG"]: "en",
    EU["language/DEU"]: "de",
}
