"""What a running publisher serves besides the query engine: which build, which files, and the
DCAT-AP catalogue with VoID, made for the URL it is reached at."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph

from . import uris, void
from .catalog import build_catalog, read_static
from .dumps import DUMP_NAME, Dump, Release, describe_file
from .errors import PublisherError
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
    downloads = offered_files(settings.root, settings.dumps)
    dump = next((d for d in downloads if d.path.name == f"{DUMP_NAME}.nq"), None)
    if dump is None:
        raise PublisherError(f"no {DUMP_NAME}.nq in {settings.dumps}: run `benelux-kg build`")
    release = _release(dump.sha256, [dump.path])
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
    return Publication(_release(digest.hexdigest(), files), downloads, Graph())


def prepare_on_disk(directory: Path) -> Publication:
    """Serving an on-disk store: nothing to download or catalogue. Its release is named after
    its files, which the engine never rewrites in place while a store is read-only."""
    files = sorted(f for f in directory.iterdir() if f.is_file())
    digest = hashlib.sha256("".join(f"{f.name}:{f.stat().st_size};" for f in files).encode())
    return Publication(_release(digest.hexdigest(), files), [], Graph())


def _release(digest: str, files: Iterable[Path]) -> Release:
    """Named by the first 16 hex digits of `digest`, dated by the newest of `files`."""
    modified = max(int(f.stat().st_mtime) for f in files)
    return Release(digest[:16], datetime.fromtimestamp(modified, tz=UTC))


def _format_of(path: Path) -> Format | None:
    suffix = path.name.removesuffix(".gz").rsplit(".", 1)[-1]
    return BY_SUFFIX.get(suffix)
