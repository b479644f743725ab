"""Draft a new report folder from a report's plain text: everything the text alone gives.

The curator's yearly work starts from this draft instead of an empty folder. The drafter writes
what can be derived: the report and its title, the presidency and its priorities where the
introduction states them, the sections and sub-sections with their headings as passages, one
achievement per bullet under the heading it stands under, with its passage (offsets and exact
text, segmented by build/source.py, as the build checks them), a Dutch label and summary drafted
from the text, its position, and the Benelux Union's part (docs/data-model.md, "Roles"). What
needs judgement (kinds, themes, roles, translations) it leaves to the curator, and `validate`
lists it. What it could not place it says, instead of guessing.

Deterministic: the same text gives the same files. It never overwrites a folder.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from ...core import uris
from ...core.project import Project
from ...core.turtle import read_turtle
from ...errors import BuildError
from ..source import Span, read_source
from .graphs import graphs_file
from .introduction import read_introduction
from .layout import Layout, read_layout
from .suggestions import cues, instruments_by_party, unknown_names, vocabulary
from .writer import Writer

_YEAR = re.compile(r"\b(19|20)\d\d\b")


@dataclass(frozen=True)
class ReportDraft:
    """The files of a new report folder, by name, and what the drafter could not place."""

    report_id: str
    folder: Path
    files: dict[str, str]
    notes: tuple[str, ...]


def draft_report(project: Project, source_path: Path, report_id: str | None = None) -> ReportDraft:
    """The draft of the report whose text is `source_path` (copied into data/source/ if needed)."""
    if not project.reference.is_dir():
        raise BuildError(
            project.root, None, "not a project folder (no data/reference/): check --root"
        )
    source = read_source(source_path)
    if not source.bullets:
        raise BuildError(source_path, None, "no bullet (•) in the text: is it a report?")
    layout = read_layout(source)
    known = vocabulary(project)
    introduction = read_introduction(layout, known)
    title = _title(layout)
    year = _year(title, source_path, report_id)
    if report_id is None:
        if introduction.country is None:
            raise BuildError(source_path, None, "no presidency country found: give --id")
        report_id = f"{year}-{str(introduction.country).rsplit('/', 1)[1]}"
    if not uris.is_slug(report_id):
        raise BuildError(
            source_path, None, f"--id {report_id!r}: use lower-case ASCII words joined by '-'"
        )
    cue_list = cues(known)
    writer = Writer(
        layout,
        introduction,
        year,
        report_id,
        f"source/{source_path.name}",
        cue_list,
        instruments_by_party(known),
    )
    _check_not_taken(project, writer.minted(), source_path)
    files = {
        "report.ttl": writer.report_file(title),
        "achievements.ttl": writer.achievements_file(),
        "graphs.ttl": graphs_file(report_id, year),
    }
    notes = [*layout.notes, *introduction.notes]
    for placed, named in zip(layout.placed, writer.named, strict=True):
        reading = placed.bullet.reading
        for name in unknown_names(reading, named, cue_list):
            notes.append(
                f"no entity found for “{name}” (in “{reading[:60]}…”): if it is a country,"
                " region, organisation or instrument, add it to data/reference/ and link it"
            )
    return ReportDraft(report_id, project.reports / report_id, files, tuple(notes))


def write_draft(project: Project, draft: ReportDraft, source_path: Path) -> list[Path]:
    """Write the draft's folder (and copy the source into data/source/); never overwrite. The
    folder is written under another name and renamed, so a failure leaves none behind."""
    if draft.folder.exists():
        raise BuildError(
            draft.folder, None, "exists already: the drafter never overwrites a folder"
        )
    target_source = project.sources / source_path.name
    if target_source.exists() and target_source.read_bytes() != source_path.read_bytes():
        raise BuildError(target_source, None, "exists already with other content")
    draft.folder.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{draft.folder.name}-", dir=draft.folder.parent))
    try:
        for name, text in draft.files.items():
            (partial / name).write_text(text, encoding="utf-8")
        partial.rename(draft.folder)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    written = [draft.folder / name for name in draft.files]
    if not target_source.exists():
        target_source.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_path, target_source)
        written.insert(0, target_source)
    return written


def _check_not_taken(project: Project, minted: list[URIRef], source_path: Path) -> None:
    """A drafted IRI must be new: drafting the same text twice under two names would merge them."""
    taken: set[str] = set()
    for path in sorted(project.reports.glob("*/*.ttl")):
        taken.update(str(s) for s in read_turtle(path).subjects() if isinstance(s, URIRef))
    clash = [str(iri) for iri in minted if str(iri) in taken]
    if clash:
        raise BuildError(
            source_path,
            None,
            f"<{clash[0]}> is described in data/reports/ already ({len(clash)} drafted IRIs"
            " are): is this report drafted there under another name?",
        )


def _title(layout: Layout) -> Span | None:
    if not layout.title:
        return None
    start, end = layout.title[0].start, layout.title[-1].end
    return Span(start, end, layout.source.text[start:end])


def _year(title: Span | None, source_path: Path, report_id: str | None) -> str:
    """The year the report covers: from --id when it starts with one, else the title or file."""
    for candidate in (report_id or "", title.reading if title else "", source_path.name):
        found = _YEAR.search(candidate)
        if found:
            return found.group(0)
    raise BuildError(
        source_path, None, "no year in the title or the file name: give an --id that starts with it"
    )
