"""What a running publisher serves besides the query engine: which build, which files, and the
DCAT-AP catalogue with VoID, made for the URL it is reached at."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph

from . import uris, void
from .catalog import build_catalog, read_static
from .dumps import DUMP_NAME, Dump, Release, describe_file, release_of
from .formats import BY_SUFFIX, Format
from .settings import Settings
from .site import offered_files
from .store import OxigraphStore, Store


@dataclass(frozen=True)
class Publication:
    release: Release
    downloads: list[Dump]
    catalog: Graph  # exact datatypes, for /catalog; the store holds a copy for SPARQL


def prepare(settings: Settings, store: Store) -> Publication:
    """Describe the build being served; an embedded store also gets the catalogue as a graph."""
    release = release_of(settings.dumps / f"{DUMP_NAME}.nq")
    downloads = offered_files(settings.root, settings.dumps)
    static = read_static(settings.root / "data" / "catalog")
    catalog = build_catalog(static, settings.base_url, downloads, release)
    catalog += void.describe(store, settings.base_url, downloads)
    if isinstance(store, OxigraphStore):
        store.add_graph(str(uris.CATALOG_GRAPH), catalog)
    return Publication(release, downloads, catalog)


def prepare_files(files: tuple[Path, ...]) -> Publication:
    """Serving someone's own RDF files: they are the downloads; there is no catalogue of them."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    modified = max(int(path.stat().st_mtime) for path in files)
    release = Release(digest.hexdigest()[:16], datetime.fromtimestamp(modified, tz=UTC))
    downloads = [describe_file(path, _format_of(path)) for path in files]
    return Publication(release, downloads, Graph())


def _format_of(path: Path) -> Format | None:
    suffix = path.name.removesuffix(".gz").rsplit(".", 1)[-1]
    return BY_SUFFIX.get(suffix)
