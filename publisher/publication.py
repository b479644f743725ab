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
    downloads = [describe_file(path, _format_of(path)) for path in files]
    digest = hashlib.sha256("".join(d.sha256 for d in downloads).encode("ascii"))
    modified = max(int(path.stat().st_mtime) for path in files)
    release = Release(digest.hexdigest()[:16], datetime.fromtimestamp(modified, tz=UTC))
    return Publication(release, downloads, Graph())


def prepare_on_disk(directory: Path) -> Publication:
    """Serving an on-disk store: nothing to download or catalogue. Its release is named after
    its files, which the engine never rewrites in place while a store is read-only."""
    files = sorted(f for f in directory.iterdir() if f.is_file())
    digest = hashlib.sha256("".join(f"{f.name}:{f.stat().st_size};" for f in files).encode())
    modified = max(int(f.stat().st_mtime) for f in files)
    release = Release(digest.hexdigest()[:16], datetime.fromtimestamp(modified, tz=UTC))
    return Publication(release, [], Graph())


def _format_of(path: Path) -> Format | None:
    suffix = path.name.removesuffix(".gz").rsplit(".", 1)[-1]
    return BY_SUFFIX.get(suffix)
