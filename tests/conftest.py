"""Session fixtures: the project built once from data/, its source, its store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from publisher import uris
from publisher.build import Built, build
from publisher.source import SourceText, read_source
from publisher.store import OxigraphStore

ROOT = Path(__file__).resolve().parents[1]
REPORT_SOURCE = ROOT / "data" / "source" / "benelux-2025-luxembourg-presidency.nl.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built() -> Built:
    return build(ROOT)


@pytest.fixture(scope="session")
def dataset(built: Built) -> Dataset:
    return built.dataset


@pytest.fixture(scope="session")
def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for named in dataset.graphs():
        graph += named
    return graph


@pytest.fixture(scope="session")
def ontology(dataset: Dataset) -> Graph:
    graph = Graph()
    graph += dataset.graph(uris.ONTOLOGY_GRAPH)
    return graph


@pytest.fixture(scope="session")
def source() -> SourceText:
    return read_source(REPORT_SOURCE)


@pytest.fixture(scope="session")
def store(dataset: Dataset) -> OxigraphStore:
    return OxigraphStore.from_dataset(dataset)


def copy_project(target: Path) -> Path:
    """A copy of the project's curated files, to break or extend without touching the real ones."""
    for folder in ("ontology", "shapes", "data"):
        shutil.copytree(ROOT / folder, target / folder)
    return target
