"""The embedded store: queries within the result cap, descriptions as the policy says."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF

from publisher.core import formats
from publisher.core.namespaces import BKG
from publisher.engine import description
from publisher.engine.jobs import Job, Status, execute
from publisher.engine.results import SOLUTION_WRITERS, TRIPLE_WRITERS
from publisher.engine.store import OxigraphStore
from publisher.errors import ResultTooLarge
from publisher.settings import Limits

EVERYTHING = "SELECT * WHERE { ?s ?p ?o }"


def test_every_result_format_has_an_engine_writer() -> None:
    assert set(SOLUTION_WRITERS) == set(formats.SOLUTION_FORMATS)
    assert set(TRIPLE_WRITERS) == set(formats.GRAPH_FORMATS)


def test_a_result_within_the_cap_is_written_whole(store: OxigraphStore) -> None:
    body = store.run_to_bytes(EVERYTHING, formats.CSV)
    assert store.run_to_bytes(EVERYTHING, formats.CSV, max_bytes=len(body)) == body


def test_a_result_over_the_cap_is_stopped(store: OxigraphStore) -> None:
    whole = len(store.run_to_bytes(EVERYTHING, formats.CSV))
    with pytest.raises(ResultTooLarge, match=f"larger than {whole - 1} bytes; add a LIMIT"):
        store.run_to_bytes(EVERYTHING, formats.CSV, max_bytes=whole - 1)


def test_a_worker_reports_the_cap_as_its_outcome(store: OxigraphStore) -> None:
    outcome = execute(store, Job(EVERYTHING, "text/csv"), Limits(max_result_bytes=1000))
    assert outcome.status is Status.TOO_LARGE and "add a LIMIT" in outcome.message
    assert execute(store, Job("SELECT", "text/csv"), Limits()).status is Status.SYNTAX
    assert execute(store, Job("ASK {}", "text/turtle"), Limits()).status is Status.FAILED


def test_a_description_holds_what_the_policy_says(store: OxigraphStore, union: Graph) -> None:
    iri = min(union.subjects(RDF.type, BKG.Achievement))
    found = {(str(t.subject), str(t.predicate), str(t.object)) for t in store.describe(str(iri))}
    subjects = {s for s, _, _ in found}
    assert f"<{iri}>" in subjects
    assert any(s.startswith(f"<{iri}#") for s in subjects), "its parts"
    about = {(f"<{iri}>", f"<{p}>") for p in union.predicates(URIRef(iri), None)}
    assert about <= {(s, p) for s, p, _ in found}
    naming = {f"<{p}>" for p in description.NAMING_PREDICATES}
    around = [(s, p, o) for s, p, o in found if not s.startswith((f"<{iri}", "_:"))]
    assert around, "the things it links to, and the things that link to it"
    assert all(p in naming or o == f"<{iri}>" for s, p, o in around)


def test_incoming_links_are_capped(store: OxigraphStore, union: Graph) -> None:
    themes = set(union.objects(None, DCTERMS.subject))
    theme = str(max(themes, key=lambda t: len(set(union.subjects(DCTERMS.subject, t)))))
    assert len(set(union.subjects(None, URIRef(theme)))) > 3
    incoming = [t for t in store.describe(theme, max_incoming=3) if t.object == ox.NamedNode(theme)]
    assert len(incoming) == 3


def test_a_malformed_iri_describes_nothing(store: OxigraphStore) -> None:
    assert store.describe("not an iri") == [] and not store.contains("x> ?p ?o")
