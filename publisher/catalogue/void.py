"""The VoID description of the dataset: sizes, partitions, linksets, endpoint and dumps.

Computed from the store with fixed queries; no request input ever reaches them.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS, XSD

from ..core.namespaces import (
    BKG,
    EU,
    EUROVOC,
    ID,
    PREFIXES,
    VOID,
    WD,
    bind_prefixes,
    sparql_prologue,
)
from ..core.release import DownloadFile
from ..core.uris import SPARQL_PATH, download_path, part
from ..engine.store import Store
from .dcat import DATASET

#: Link predicates to other datasets, with the dataset each points into and where that starts.
LINK_TARGETS = (
    ("wikidata", OWL.sameAs, str(WD), "https://www.wikidata.org/"),
    (
        "eu-authority-tables",
        BKG.authorityEntry,
        str(EU),
        str(EU).rstrip("/"),
    ),
    ("eurovoc", BKG.authorityEntry, str(EUROVOC), str(EUROVOC)),
    ("eurovoc-exact", SKOS.exactMatch, str(EUROVOC), str(EUROVOC)),
    ("eurovoc-close", SKOS.closeMatch, str(EUROVOC), str(EUROVOC)),
    (
        "eu-data-theme",
        SKOS.closeMatch,
        str(EU),
        str(EU).rstrip("/"),
    ),
)
COUNT = XSD.integer
#: The vocabularies the data uses, by prefix.
VOCABULARIES = ("bkg", "skos", "dcterms", "org", "prov", "oa", "schema", "owl", "eli")


def build_void(store: Store, public_url: str, dumps: list[DownloadFile]) -> Graph:
    """The dataset as a void:Dataset, counted from the store being served."""
    graph = bind_prefixes(Graph())
    graph.add((DATASET, RDF.type, VOID.Dataset))
    _sizes(graph, store)
    _access(graph, public_url, dumps)
    _partitions(graph, store)
    _linksets(graph, store)
    for row in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"):
        graph.add((DATASET, VOID.subset, URIRef(row["g"])))
    return graph


def _sizes(graph: Graph, store: Store) -> None:
    totals = _one(
        store,
        """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
        (COUNT(DISTINCT ?o) AS ?objects) (COUNT(DISTINCT ?p) AS ?properties)
        WHERE { GRAPH ?g { ?s ?p ?o } }""",
    )
    entities = _one(
        store,
        f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER STRSTARTS(STR(?s), "{ID}") }}""",
    )
    for key, term in (
        ("triples", VOID.triples),
        ("subjects", VOID.distinctSubjects),
        ("objects", VOID.distinctObjects),
        ("properties", VOID.properties),
    ):
        graph.add((DATASET, term, Literal(int(totals[key]), datatype=COUNT)))
    graph.add((DATASET, VOID.entities, Literal(int(entities["n"]), datatype=COUNT)))


def _access(graph: Graph, public_url: str, dumps: list[DownloadFile]) -> None:
    """Where the dataset is: its URI space, endpoint, dumps, vocabularies (its example things
    are curated, in data/catalog/)."""
    graph.add((DATASET, VOID.uriSpace, Literal(str(ID))))
    graph.add((DATASET, VOID.sparqlEndpoint, URIRef(public_url + SPARQL_PATH)))
    for dump in dumps:
        if dump.format is not None and not dump.compressed:
            graph.add((DATASET, VOID.dataDump, URIRef(public_url + download_path(dump.path.name))))
    for namespace in VOCABULARIES:
        graph.add((DATASET, VOID.vocabulary, URIRef(PREFIXES[namespace])))


def _one(store: Store, query: str) -> dict[str, str]:
    return store.select(sparql_prologue() + query)[0]


def _partitions(graph: Graph, store: Store) -> None:
    classes = store.select("""SELECT ?class (COUNT(DISTINCT ?s) AS ?n)
        WHERE { GRAPH ?g { ?s a ?class } } GROUP BY ?class ORDER BY ?class""")
    graph.add((DATASET, VOID.classes, Literal(len(classes), datatype=COUNT)))
    for row in classes:
        node = part(DATASET, f"class-{_slug(row['class'])}")
        graph.add((DATASET, VOID.classPartition, node))
        graph.add((node, VOID["class"], URIRef(row["class"])))
        graph.add((node, VOID.entities, Literal(int(row["n"]), datatype=COUNT)))
    properties = store.select("""SELECT ?p (COUNT(*) AS ?n)
        WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p""")
    for row in properties:
        node = part(DATASET, f"property-{_slug(row['p'])}")
        graph.add((DATASET, VOID.propertyPartition, node))
        graph.add((node, VOID.property, URIRef(row["p"])))
        graph.add((node, VOID.triples, Literal(int(row["n"]), datatype=COUNT)))


def _linksets(graph: Graph, store: Store) -> None:
    for name, predicate, prefix, target in LINK_TARGETS:
        row = _one(
            store,
            f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }}
            FILTER (STRSTARTS(STR(?s), "{ID}") && STRSTARTS(STR(?o), "{prefix}")) }}""",
        )
        if int(row["n"]) == 0:
            continue
        node = part(DATASET, f"linkset-{name}")
        graph.add((node, RDF.type, VOID.Linkset))
        graph.add((DATASET, VOID.subset, node))
        graph.add((node, VOID.subjectsTarget, DATASET))
        graph.add((node, VOID.objectsTarget, URIRef(target)))
        graph.add((node, VOID.linkPredicate, predicate))
        graph.add((node, VOID.triples, Literal(int(row["n"]), datatype=COUNT)))


def _slug(iri: str) -> str:
    """'https://w3id.org/benelux-kg/def/bkg#Achievement' -> 'bkg-Achievement'."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}-{iri[len(namespace) :]}"
    return "".join(c if c.isalnum() else "-" for c in iri.split("//", 1)[-1])
