"""The folders of a project, named once: the build, the catalogue, the pages and the command
line all find their files here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    """A project folder: the curated files, the source reports and the cookbook."""

    root: Path

    @property
    def ontology(self) -> Path:
        return self.root / "ontology"

    @property
    def shapes(self) -> Path:
        return self.root / "shapes"

    @property
    def catalog_shapes(self) -> Path:
        """The DCAT-AP shapes the catalogue is scored against (`benelux-kg mqa`)."""
        return self.shapes / "catalog.shapes.ttl"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def schemes(self) -> Path:
        return self.data / "schemes"

    @property
    def reference(self) -> Path:
        return self.data / "reference"

    @property
    def reports(self) -> Path:
        return self.data / "reports"

    @property
    def sources(self) -> Path:
        """The source reports, byte for byte; `bkg:sourceFile` paths are relative to `data`."""
        return self.data / "source"

    @property
    def catalog(self) -> Path:
        """The curated words of the DCAT-AP catalogue, completed by the publisher at start-up."""
        return self.data / "catalog"

    @property
    def cookbook(self) -> Path:
        return self.root / "cookbook"

    def report_dirs(self) -> list[Path]:
        """One folder per report, in name order."""
        return sorted(p for p in self.reports.glob("*") if p.is_dir())

    def source_reports(self) -> list[Path]:
        return sorted(self.sources.glob("*.txt"))
