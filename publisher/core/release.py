"""What a build hands to serving: the dump files, the source reports offered beside them, and
the release they make, from which ETags and Last-Modified derive."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .formats import DUMP_BY_SUFFIX, DUMP_FORMATS, GZIP_MEDIA_TYPE, TEXT_MEDIA_TYPE, Format
from .project import Project

#: The dumps' file name before its suffixes: benelux-kg.ttl, benelux-kg.ttl.gz, ...
DUMP_NAME = "benelux-kg"
#: The dump serving loads: N-Quads keeps every named graph and loads fastest.
SERVED_DUMP = f"{DUMP_NAME}.nq"


@dataclass(frozen=True)
class DownloadFile:
    """One file offered at /download/, with what a catalogue says about it."""

    path: Path
    format: Format | None  # None for a source report (plain text)
    compressed: bool
    byte_size: int
    sha256: str

    @property
    def content_type(self) -> str:
        if self.compressed:
            return GZIP_MEDIA_TYPE
        if self.format is None:
            return f"{TEXT_MEDIA_TYPE}; charset=utf-8"
        return f"{self.format.media_type}; charset=utf-8"


@dataclass(frozen=True)
class Release:
    """Which build is being served."""

    version: str  # 16 hex digits: of the served dump's SHA-256, or of what else is served
    modified: datetime

    @classmethod
    def of(cls, digest: str, files: Iterable[Path]) -> Release:
        """Named by the first 16 hex digits of `digest`, dated by the newest of `files`."""
        modified = max(int(f.stat().st_mtime) for f in files)
        return cls(digest[:16], datetime.fromtimestamp(modified, tz=UTC))


def describe_file(path: Path, fmt: Format | None) -> DownloadFile:
    """Size and SHA-256 of a file as it is on disk, for listings and the catalogue."""
    data = path.read_bytes()
    compressed = path.suffix == ".gz"
    return DownloadFile(path, fmt, compressed, len(data), hashlib.sha256(data).hexdigest())


def offered_files(project: Project, dumps_folder: Path) -> list[DownloadFile]:
    """The build's dumps and the project's source reports, with their sizes and checksums."""
    found = []
    for fmt in DUMP_FORMATS:
        for name in (f"{DUMP_NAME}.{fmt.suffix}", f"{DUMP_NAME}.{fmt.suffix}.gz"):
            if (dumps_folder / name).is_file():
                found.append(describe_file(dumps_folder / name, fmt))
    for source in project.source_reports():
        found.append(describe_file(source, None))
    return found


def dump_format_of(path: Path) -> Format | None:
    """The dump format a file's name says it is in (`.ttl`, `.nq.gz`, ...), if any."""
    suffix = path.name.removesuffix(".gz").rsplit(".", 1)[-1]
    return DUMP_BY_SUFFIX.get(suffix)
