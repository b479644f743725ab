"""What a running publisher serves besides the query engine: which build, which files, and the
DCAT-AP catalogue with VoID, made for the URL it is reached at."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from . import uris, void
from .catalog import build_catalog, read_static
from .dumps import DUMP_NAME, Dump, Release, release_of
from .settings import Settings
from .site import offered_files
from .store import OxigraphStore


@dataclass(frozen=True)
class Publication:
    release: Release
    downloads: list[Dump]
    catalog: Graph  # exact datatypes, for /catalog; the store holds a copy for SPARQL


def prepare(settings: Settings, store: OxigraphStore) -> Publication:
    """Describe the build being served and put its catalogue into the store's catalog graph."""
    release = release_of(settings.dumps / f"{DUMP_NAME}.nq")
    downloads = offered_files(settings.root, settings.dumps)
    static = read_static(settings.root / "data" / "catalog")
    catalog = build_catalog(static, settings.base_url, downloads, release)
    catalog += void.describe(store, settings.base_url, downloads)
    store.add_graph(str(uris.CATALOG_GRAPH), catalog)
    return Publication(release, downloads, catalog)
