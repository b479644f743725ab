"""The names of the standard properties and classes we reuse, in each reader's language, as
pyLODE ships background vocabularies: one line each, "prefixed name | en | nl | fr"."""

from __future__ import annotations

from ...core.namespaces import PREFIXES

_TABLE = """
rdf:type | type | type | type
rdfs:label | label | label | libellé
rdfs:seeAlso | see also | zie ook | voir aussi
rdfs:isDefinedBy | defined by | gedefinieerd in | défini par
rdfs:subClassOf | subclass of | subklasse van | sous-classe de
rdfs:subPropertyOf | subproperty of | subeigenschap van | sous-propriété de
rdfs:domain | domain | domein | domaine
rdfs:range | range | bereik | portée
owl:sameAs | same as (Wikidata) | zelfde als (Wikidata) | identique à (Wikidata)
skos:prefLabel | preferred label | voorkeurslabel | libellé préféré
skos:altLabel | also called | ook genoemd | aussi appelé
skos:definition | definition | definitie | définition
skos:scopeNote | scope note | toepassingsnotitie | note d'application
skos:editorialNote | editorial note | redactionele noot | note éditoriale
skos:broader | broader | ruimer | plus large
skos:narrower | narrower | enger | plus étroit
skos:inScheme | in scheme | in schema | dans le schéma
skos:topConceptOf | top concept of | topconcept van | concept de tête de
skos:hasTopConcept | top concept | topconcept | concept de tête
skos:exactMatch | exact match | exacte overeenkomst | correspondance exacte
skos:closeMatch | close match | nauwe overeenkomst | correspondance proche
dcterms:title | title | titel | titre
dcat:dataset | dataset | dataset | jeu de données
dcat:service | service | dienst | service
dcat:distribution | distribution | distributie | distribution
dcat:themeTaxonomy | theme taxonomy | themataxonomie | taxonomie des thèmes
dcat:theme | theme (EU) | thema (EU) | thème (UE)
dcat:keyword | keyword | trefwoord | mot-clé
dcat:contactPoint | contact point | contactpunt | point de contact
dcat:landingPage | landing page | landingspagina | page d'accueil
dcat:version | version | versie | version
dcat:startDate | start date | begindatum | date de début
dcat:endDate | end date | einddatum | date de fin
dcat:servesDataset | serves dataset | bedient dataset | sert le jeu de données
dcat:endpointURL | endpoint URL | URL van het eindpunt | URL du point d'accès
dcat:accessURL | access URL | toegangs-URL | URL d'accès
dcat:downloadURL | download URL | download-URL | URL de téléchargement
dcat:byteSize | size (bytes) | grootte (bytes) | taille (octets)
dcat:mediaType | media type | mediatype | type de média
foaf:homepage | home page | startpagina | page d'accueil
foaf:page | page | pagina | page
dcterms:issued | issued | uitgegeven | publié le
dcterms:modified | modified | gewijzigd | modifié le
dcterms:created | created | aangemaakt | créé le
dcterms:license | licence | licentie | licence
dcterms:spatial | place covered | gebied | couverture géographique
dcterms:temporal | period covered | periode | couverture temporelle
dcterms:creator | creator | maker | créateur
dcterms:source | source | bron | source
dcterms:accessRights | access rights | toegangsrechten | droits d'accès
dcterms:accrualPeriodicity | update frequency | bijwerkingsfrequentie | fréquence de mise à jour
dcterms:conformsTo | conforms to | voldoet aan | conforme à
dcterms:provenance | provenance | herkomst | provenance
dcterms:identifier | identifier | identificatie | identifiant
dcterms:format | format | formaat | format
dcterms:type | type | type | type
dcterms:rights | rights | rechten | droits
prov:wasDerivedFrom | derived from | afgeleid van | dérivé de
vann:preferredNamespacePrefix | preferred prefix | voorkeursprefix | préfixe préféré
vann:preferredNamespaceUri | namespace | naamruimte | espace de noms
owl:priorVersion | prior version | vorige versie | version précédente
owl:versionInfo | version | versie | version
owl:versionIRI | version IRI | versie-IRI | IRI de version
void:subset | subset | deelverzameling | sous-ensemble
void:exampleResource | example | voorbeeld | exemple
void:sparqlEndpoint | SPARQL endpoint | SPARQL-eindpunt | point d'accès SPARQL
void:dataDump | data dump | gegevensdump | export des données
dcterms:description | description | beschrijving | description
dcterms:subject | theme | thema | thème
dcterms:date | date | datum | date
dcterms:isPartOf | part of | deel van | partie de
dcterms:hasPart | has part | heeft als deel | a pour partie
dcterms:language | language | taal | langue
dcterms:publisher | publisher | uitgever | éditeur
org:hasMember | member | lid | membre
org:subOrganizationOf | part of organisation | onderdeel van | sous-organisation de
org:classification | type of organisation | soort organisatie | type d'organisation
prov:wasQuotedFrom | quoted from | geciteerd uit | cité de
oa:start | start offset | beginpositie | position de début
oa:end | end offset | eindpositie | position de fin
oa:exact | exact text | exacte tekst | texte exact
schema:position | position | positie | position
schema:location | location | locatie | lieu
schema:value | value | waarde | valeur
schema:unitCode | unit | eenheid | unité
schema:containedInPlace | located in | gelegen in | situé dans
eli:based_on | based on | gebaseerd op | fondé sur
"""


def _parsed(table: str) -> dict[str, dict[str, str]]:
    names = {}
    for line in table.strip().splitlines():
        term, en, nl, fr = (cell.strip() for cell in line.split("|"))
        prefix, local = term.split(":", 1)
        names[PREFIXES[prefix] + local] = {"en": en, "nl": nl, "fr": fr}
    return names


#: By full IRI: {"en": …, "nl": …, "fr": …}.
STANDARD_NAMES: dict[str, dict[str, str]] = _parsed(_TABLE)
