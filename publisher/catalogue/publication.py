"""What a running publisher serves besides the query engine: which release, which files, and the
DCAT-AP catalogue with VoID, made for the URL it is reached at."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from ..core.namespaces import BKG
from ..core.project import Project
from ..core.release import (
    SERVED_DUMP,
    DownloadFile,
    Release,
    describe_file,
    dump_format_of,
    offered_files,
)
from ..engine.store import Store
from ..errors import PublisherError
from ..settings import Settings
from .dcat import CoveredReport, build_catalog, read_static
from .void import build_void


@dataclass(frozen=True)
class Publication:
    release: Release
    downloads: list[DownloadFile]
    catalog: Graph  # exact datatypes, for /catalog; an embedded store also holds it, for SPARQL

    @classmethod
    def for_build(cls, settings: Settings, store: Store) -> Publication:
        """The build being served, with the catalogue and VoID counted from `store`."""
        project = Project(settings.root)
        downloads = offered_files(project, settings.dumps)
        dump = next((d for d in downloads if d.path.name == SERVED_DUMP), None)
        if dump is None:
            raise PublisherError(f"no {SERVED_DUMP} in {settings.dumps}: run `benelux-kg build`")
        release = Release.of(dump.sha256, [dump.path])
        catalog = build_catalog(
            read_static(project.catalog),
            settings.base_url,
            downloads,
            release,
            covered_reports(store),
        )
        catalog += build_void(store, settings.base_url, downloads)
        return cls(release, downloads, catalog)

    @classmethod
    def for_files(cls, files: tuple[Path, ...]) -> Publication:
        """Someone's own RDF files: they are the downloads; there is no catalogue of them."""
        downloads = [describe_file(path, dump_format_of(path)) for path in files]
        digest = hashlib.sha256("".join(d.sha256 for d in downloads).encode("ascii"))
        return cls(Release.of(digest.hexdigest(), files), downloads, Graph())

    @classmethod
    def for_store_dir(cls, directory: Path) -> Publication:
        """An on-disk store: nothing to download or catalogue. Its release is named after its
        files, which the engine never rewrites in place while a store is read-only."""
        files = sorted(f for f in directory.iterdir() if f.is_file())
        digest = hashlib.sha256("".join(f"{f.name}:{f.stat().st_size};" for f in files).encode())
        return cls(Release.of(digest.hexdigest(), files), [], Graph())


def covered_reports(store: Store) -> list[CoveredReport]:
    """The reports the store holds and the year each covers (dcterms:date, an xsd:gYear)."""
    rows = store.select(
        f"SELECT ?report ?year WHERE {{ ?report a <{BKG.Report}> ; <{DCTERMS.date}> ?year }}"
    )
    return [
        CoveredReport(URIRef(row["report"]), int(row["year"][:4]))
        for row in rows
        if row.get("year", "")[:4].isdigit()
    ]
