"""The reader's language, and the words of the pages themselves in each (the data brings its
own labels)."""

from __future__ import annotations

from starlette.requests import Request

from ...core.formats import parse_accept
from ...core.languages import DEFAULT_LANGUAGE, READER_LANGUAGES

#: The cookie that remembers a reader's choice of language, made when they choose one (?lang=).
LANGUAGE_COOKIE = "lang"


def chosen_language(request: Request) -> str | None:
    """The language the reader chose on this request (?lang=), if any."""
    asked = request.query_params.get("lang", "")
    return asked if asked in READER_LANGUAGES else None


def language(request: Request) -> str:
    """The reader's language: ?lang=, else the choice they made before (a cookie), else
    Accept-Language, else the default (English)."""
    for asked in (chosen_language(request), request.cookies.get(LANGUAGE_COOKIE)):
        if asked in READER_LANGUAGES:
            return str(asked)
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
    "site_title": {
        "en": "Benelux achievements knowledge graph",
        "nl": "Kennisgraaf van de Benelux-prestaties",
        "fr": "Graphe de connaissances des réalisations Benelux",
    },
    "site_description": {
        "en": "The achievements of Benelux cooperation, report by report, as linked data: each"
        " traced to its passage, in Dutch, French and English, with a SPARQL endpoint.",
        "nl": "De prestaties van de Benelux-samenwerking, verslag per verslag, als linked data:"
        " elk herleid tot zijn passage, in het Nederlands, Frans en Engels, met een"
        " SPARQL-eindpunt.",
        "fr": "Les réalisations de la coopération Benelux, rapport par rapport, en données liées :"
        " chacune rattachée à son passage, en néerlandais, français et anglais, avec un point"
        " d'accès SPARQL.",
    },
    "query_title": {"en": "SPARQL query", "nl": "SPARQL-query", "fr": "Requête SPARQL"},
    "query_heading": {
        "en": "Query the graph with SPARQL",
        "nl": "De graaf bevragen met SPARQL",
        "fr": "Interroger le graphe en SPARQL",
    },
    "query_intro": {
        "en": "The default graph is the union of all named graphs. Results open here; the links"
        " below the results give them in each format. Researchers' tools can send the same query"
        " to /sparql (SPARQL 1.1 Protocol).",
        "nl": "De standaardgraaf is de vereniging van alle benoemde grafen. De resultaten openen"
        " hier; de links eronder geven ze in elk formaat. Onderzoekstools kunnen dezelfde query"
        " naar /sparql sturen (SPARQL 1.1-protocol).",
        "fr": "Le graphe par défaut est l'union de tous les graphes nommés. Les résultats"
        " s'affichent ici ; les liens qui les suivent les donnent dans chaque format. Les outils"
        " des chercheurs peuvent envoyer la même requête à /sparql (protocole SPARQL 1.1).",
    },
    "query_label": {"en": "Query", "nl": "Query", "fr": "Requête"},
    "run_query": {"en": "Run query", "nl": "Query uitvoeren", "fr": "Exécuter la requête"},
    "query_failed": {
        "en": "The query could not be answered",
        "nl": "De query kon niet beantwoord worden",
        "fr": "La requête n'a pas pu recevoir de réponse",
    },
    "results": {"en": "Results", "nl": "Resultaten", "fr": "Résultats"},
    "answer_yes": {"en": "yes (true)", "nl": "ja (true)", "fr": "oui (true)"},
    "answer_no": {"en": "no (false)", "nl": "nee (false)", "fr": "non (false)"},
    "one_row": {"en": "1 row", "nl": "1 rij", "fr": "1 ligne"},
    "rows": {"en": "{n} rows", "nl": "{n} rijen", "fr": "{n} lignes"},
    "first_shown": {
        "en": "the first {n} shown",
        "nl": "de eerste {n} getoond",
        "fr": "les {n} premières affichées",
    },
    "download_results": {
        "en": "Download the results",
        "nl": "De resultaten downloaden",
        "fr": "Télécharger les résultats",
    },
    "examples": {
        "en": "Examples: the researcher cookbook",
        "nl": "Voorbeelden: het kookboek voor onderzoekers",
        "fr": "Exemples : le livre de recettes des chercheurs",
    },
    "one_hit": {
        "en": "1 result for {q} in the labels (nl, fr, en).",
        "nl": "1 resultaat voor {q} in de labels (nl, fr, en).",
        "fr": "1 résultat pour {q} dans les libellés (nl, fr, en).",
    },
    "hits": {
        "en": "{n} results for {q} in the labels (nl, fr, en).",
        "nl": "{n} resultaten voor {q} in de labels (nl, fr, en).",
        "fr": "{n} résultats pour {q} dans les libellés (nl, fr, en).",
    },
    "search_hint": {
        "en": "Type a word in the box above: a country, a treaty, a theme, an organisation.",
        "nl": "Typ een woord in het vak hierboven: een land, een verdrag, een thema, een"
        " organisatie.",
        "fr": "Tapez un mot dans la case ci-dessus : un pays, un traité, un thème, une"
        " organisation.",
    },
    "downloads_intro": {
        "en": "The whole graph, every named graph included, as the build writes it; formats"
        " without named graphs (Turtle, N-Triples, RDF/XML) hold their union. The same inputs"
        " always give the same bytes.",
        "nl": "De hele graaf, met alle benoemde grafen, zoals het bouwproces hem schrijft; formaten"
        " zonder benoemde grafen (Turtle, N-Triples, RDF/XML) bevatten hun vereniging. Dezelfde"
        " invoer geeft altijd dezelfde bytes.",
        "fr": "Le graphe entier, tous les graphes nommés compris, tel que la construction"
        " l'écrit ; les formats sans graphes nommés (Turtle, N-Triples, RDF/XML) en contiennent"
        " l'union. Les mêmes entrées donnent toujours les mêmes octets.",
    },
    "harvest": {
        "en": "Portals harvest the {catalogue}; the {void} gives sizes, partitions and linksets.",
        "nl": "Portalen oogsten de {catalogue}; de {void} geeft groottes, partities en linksets.",
        "fr": "Les portails moissonnent le {catalogue} ; la {void} donne tailles, partitions et"
        " jeux de liens.",
    },
    "catalogue_link": {
        "en": "DCAT-AP catalogue",
        "nl": "DCAT-AP-catalogus",
        "fr": "catalogue DCAT-AP",
    },
    "void_link": {
        "en": "VoID description",
        "nl": "VoID-beschrijving",
        "fr": "description VoID",
    },
    "file": {"en": "File", "nl": "Bestand", "fr": "Fichier"},
    "format": {"en": "Format", "nl": "Formaat", "fr": "Format"},
    "size_bytes": {"en": "Size (bytes)", "nl": "Grootte (bytes)", "fr": "Taille (octets)"},
    "source_report": {
        "en": "Source report (text)",
        "nl": "Bronverslag (tekst)",
        "fr": "Rapport source (texte)",
    },
    "not_found_title": {"en": "Not found", "nl": "Niet gevonden", "fr": "Introuvable"},
    "not_found_help": {
        "en": "Try the {home}, {browse} by theme, country or organisation, search the labels"
        " above, or ask the {sparql}.",
        "nl": "Probeer de {home}, {browse} per thema, land of organisatie, zoek in de labels"
        " hierboven, of vraag het aan het {sparql}.",
        "fr": "Essayez la {home}, {browse} par thème, pays ou organisation, cherchez dans les"
        " libellés ci-dessus, ou interrogez le {sparql}.",
    },
    "home_page": {"en": "home page", "nl": "startpagina", "fr": "page d'accueil"},
    "browse_lower": {"en": "browse", "nl": "bladeren", "fr": "parcourez"},
    "sparql_endpoint": {
        "en": "SPARQL endpoint",
        "nl": "SPARQL-eindpunt",
        "fr": "point d'accès SPARQL",
    },
    "language": {"en": "Language", "nl": "Taal", "fr": "Langue"},
    "home_intro": {
        "en": "Every achievement of the Benelux Union's yearly reports, traced to the exact passage"
        " of the Dutch source, labelled in Dutch, French and English, and linked to Wikidata and"
        " the EU authority tables. The graph has {n} triples.",
        "nl": "Elke prestatie uit de jaarverslagen van de Benelux Unie, herleid tot de exacte"
        " passage van de Nederlandse bron, met labels in het Nederlands, Frans en Engels, en"
        " verbonden met Wikidata en de EU-autoriteitstabellen. De graaf telt {n} triples.",
        "fr": "Chaque réalisation des rapports annuels de l'Union Benelux, rattachée au passage"
        " exact de la source néerlandaise, avec des libellés en néerlandais, français et anglais,"
        " et liée à Wikidata et aux tables d'autorité de l'UE. Le graphe compte {n} triplets.",
    },
    "browse_card": {
        "en": "by report section, theme, country, region, organisation and instrument",
        "nl": "per onderdeel van het verslag, thema, land, regio, organisatie en instrument",
        "fr": "par section du rapport, thème, pays, région, organisation et instrument",
    },
    "query_card": {
        "en": "with SPARQL 1.1, from the page or from any client",
        "nl": "met SPARQL 1.1, vanaf de pagina of vanuit elke client",
        "fr": "en SPARQL 1.1, depuis la page ou depuis tout client",
    },
    "download_card": {
        "en": "the whole graph in six RDF formats, and the source reports",
        "nl": "de hele graaf in zes RDF-formaten, en de bronverslagen",
        "fr": "le graphe entier en six formats RDF, et les rapports sources",
    },
    "connections_help": {
        "en": "Countries and regions on the left, treaties and other instruments on the right,"
        " the report's themes in the middle; a line for each pair that share achievements,"
        " thicker for more.",
        "nl": "Landen en regio's links, verdragen en andere instrumenten rechts, de thema's van"
        " het verslag in het midden; een lijn voor elk paar met gedeelde prestaties, dikker"
        " naarmate het er meer zijn.",
        "fr": "Pays et régions à gauche, traités et autres instruments à droite, les thèmes du"
        " rapport au milieu ; une ligne pour chaque paire qui partage des réalisations, plus"
        " épaisse quand elles sont plus nombreuses.",
    },
    "links_title": {
        "en": "Countries and regions (left) and instruments (right) linked to the themes (middle)",
        "nl": "Landen en regio's (links) en instrumenten (rechts) verbonden met de thema's"
        " (midden)",
        "fr": "Pays et régions (à gauche) et instruments (à droite) reliés aux thèmes (au milieu)",
    },
    "main_nav": {"en": "Main", "nl": "Hoofdmenu", "fr": "Menu principal"},
}


def translator(lang: str) -> dict[str, str]:
    """The page words in `lang`, in the default language where a word is missing."""
    return {key: words.get(lang, words[DEFAULT_LANGUAGE]) for key, words in TEXT.items()}
