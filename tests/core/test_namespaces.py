"""The closed namespace: the code's term list and the ontology define the same terms."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from publisher.core.namespaces import BKG, ONTOLOGY


def _code_terms() -> set[URIRef]:
    return {BKG[name] for name in BKG.__annotations__}


def test_every_term_the_code_uses_is_defined_in_the_ontology(ontology: Graph) -> None:
    undefined = sorted(t for t in _code_terms() if (t, RDFS.isDefinedBy, ONTOLOGY) not in ontology)
    assert undefined == []


def test_every_term_of_the_ontology_is_known_to_the_code(ontology: Graph) -> None:
    namespace = str(BKG._NS)
    defined = {
        t for t in ontology.subjects(RDFS.isDefinedBy, ONTOLOGY) if str(t).startswith(namespace)
    }
    assert sorted(defined - _code_terms()) == []


def test_an_unknown_term_fails_at_once() -> None:
    import pytest

    with pytest.raises(AttributeError):
        BKG.Achievment  # noqa: B018
