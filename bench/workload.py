"""What is asked of the servers: the cookbook, the same shapes with varying constants, entity
descriptions and the catalogue, each written as the HTTP requests every server understands."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from environment import ROOT
from inputs import ID_PREFIX, Dataset
from servers import OXIGRAPH, OXIGRAPH_MEMORY, PUBLISHER, PUBLISHER_DISK, RDFLIB, VIRTUOSO

COOKBOOK = ROOT / "cookbook"
TEMPLATES = Path(__file__).resolve().parent / "queries"
SPARQL_JSON = "application/sparql-results+json"
TURTLE = "text/turtle"
FORM = "application/x-www-form-urlencoded"
SPARQL_SERVERS = (PUBLISHER, PUBLISHER_DISK, OXIGRAPH, OXIGRAPH_MEMORY, RDFLIB, VIRTUOSO)
#: The publisher's variants, which have its documents, pages and catalogue too.
PUBLISHERS = (PUBLISHER, PUBLISHER_DISK)
DESCRIBE = "CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}"
VARIANTS = 500  # requests per varying workload: enough that no two in a row are alike


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    accept: str
    content_type: str = ""
    body: str = ""

    def line(self) -> str:
        """One line of the file bench/wrk/replay.lua reads."""
        return "\t".join((self.method, self.target, self.accept, self.content_type, self.body))


@dataclass
class Workload:
    """One row of the report: for each server that can answer it, the requests to replay."""

    name: str
    group: str
    requests: dict[str, list[Request]] = field(default_factory=dict)
    note: str = ""


def sparql_path(server: str) -> str:
    paths = {OXIGRAPH: "/query", OXIGRAPH_MEMORY: "/query", RDFLIB: "/"}
    return paths.get(server, "/sparql")  # the publisher's and Virtuoso's


def post_query(server: str, query: str, accept: str = SPARQL_JSON) -> Request:
    """SPARQL 1.1 Protocol, query via POST with a URL-encoded form, as clients usually send it."""
    return Request("POST", sparql_path(server), accept, FORM, urlencode({"query": query}))


def get_query(server: str, query: str, accept: str) -> Request:
    return Request("GET", f"{sparql_path(server)}?{urlencode({'query': query})}", accept)


def cookbook() -> list[Workload]:
    """The 12 cookbook queries, verbatim, on every server."""
    workloads = []
    for path in sorted(COOKBOOK.glob("cq*.rq")):
        query = path.read_text(encoding="utf-8")
        requests = {server: [post_query(server, query)] for server in SPARQL_SERVERS}
        workloads.append(Workload(path.stem.split("-")[0], "cookbook", requests))
    return workloads


def _template(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    pool = text.splitlines()[0].removeprefix("# pool:").strip()
    return pool, text


def synthetic(dataset: Dataset, rng: random.Random) -> list[Workload]:
    """Each template of bench/queries/ with a random IRI of its pool in every request."""
    workloads = []
    for path in sorted(TEMPLATES.glob("synth-*.rq")):
        pool, text = _template(path)
        iris = dataset.pools.get(pool, [])
        if not iris:
            continue
        picks = [rng.choice(iris) for _ in range(VARIANTS)]
        queries = [text.replace("{{iri}}", iri) for iri in picks]
        requests = {server: [post_query(server, q) for q in queries] for server in SPARQL_SERVERS}
        note = f"{len(set(picks))} distinct {pool}"
        workloads.append(Workload(path.stem, "synthetic", requests, note))
    return workloads


def dereferencing(dataset: Dataset, rng: random.Random) -> list[Workload]:
    """Random entity descriptions: the publisher's /doc/ pages against the nearest thing the
    others have, a CONSTRUCT of the entity's own triples (the publisher's description holds more:
    labels of what it links to and incoming links)."""
    iris = [iri for iri in dataset.pools.get("documents", []) if iri.startswith(ID_PREFIX)]
    if not iris:
        return []
    picks = [rng.choice(iris) for _ in range(VARIANTS)]
    docs = ["/doc/" + iri.removeprefix(ID_PREFIX) for iri in picks]
    describe = [DESCRIBE.format(iri=iri) for iri in picks]
    turtle = {p: [Request("GET", doc, TURTLE) for doc in docs] for p in PUBLISHERS}
    construct = {}
    for server in SPARQL_SERVERS:
        construct[server] = [get_query(server, query, TURTLE) for query in describe]
        if server not in PUBLISHERS:
            turtle[server] = construct[server]
    distinct = f"{len(set(picks))} distinct entities"
    return [
        Workload("doc-turtle", "dereferencing", turtle, f"{distinct}; others: CONSTRUCT via GET"),
        Workload(
            "doc-html",
            "dereferencing",
            {p: [Request("GET", d, "text/html") for d in docs] for p in PUBLISHERS},
            distinct,
        ),
        Workload("construct", "dereferencing", construct, f"{distinct}; CONSTRUCT via GET"),
    ]


def catalogue() -> list[Workload]:
    """The DCAT-AP catalogue only the publisher has."""
    requests = {p: [Request("GET", "/catalog", TURTLE)] for p in PUBLISHERS}
    return [Workload("catalog", "catalogue", requests)]


def everything(dataset: Dataset, seed: int) -> list[Workload]:
    rng = random.Random(seed)
    return [*cookbook(), *synthetic(dataset, rng), *dereferencing(dataset, rng), *catalogue()]
