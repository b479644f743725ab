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
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from ...core.namespaces import BKG
from ...core.project import Project
from ...core.turtle import read_turtle
from ...errors import BuildError
from ..source import Span, read_source
from .graphs import graphs_file
from .layout import Layout, read_layout
from .suggestions import cues, instruments_by_party
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
    source = read_source(source_path)
    layout = read_layout(source)
    reference = _reference_graph(project)
    title = _title(layout)
    year = _year(title, source_path)
    country = _presidency_country(layout, reference)
    if report_id is None:
        if country is None:
            raise BuildError(source_path, None, "no presidency country found: give --id")
        report_id = f"{year}-{str(country).rsplit('/', 1)[1]}"
    writer = Writer(
        layout,
        year,
        report_id,
        country,
        f"source/{source_path.name}",
        cues(project),
        instruments_by_party(project),
    )
    files = {
        "report.ttl": writer.report_file(title),
        "achievements.ttl": writer.achievements_file(),
        "graphs.ttl": graphs_file(report_id, year),
    }
    notes = list(layout.notes)
    for reading, name in writer.unknown:
        notes.append(
            f"no entity found for “{name}” (in “{reading[:60]}…”): if it is a country, region,"
            " organisation or instrument, add it to data/reference/ and link it"
        )
    if country is None:
        notes.append("no presidency country found in the introduction: add bkg:heldBy")
    return ReportDraft(report_id, project.reports / report_id, files, tuple(notes))


def write_draft(project: Project, draft: ReportDraft, source_path: Path) -> list[Path]:
    """Write the draft's folder (and copy the source into data/source/); never overwrite."""
    if draft.folder.exists():
        raise BuildError(
            draft.folder, None, "exists already: the drafter never overwrites a folder"
        )
    target_source = project.sources / source_path.name
    if target_source.exists() and target_source.read_bytes() != source_path.read_bytes():
        raise BuildError(target_source, None, "exists already with other content")
    written = []
    if not target_source.exists():
        target_source.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_path, target_source)
        written.append(target_source)
    draft.folder.mkdir(parents=True)
    for name, text in draft.files.items():
        path = draft.folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _title(layout: Layout) -> Span | None:
    if not layout.title:
        return None
    start, end = layout.title[0].start, layout.title[-1].end
    return Span(start, end, layout.source.text[start:end])


def _year(title: Span | None, source_path: Path) -> str:
    for candidate in (title.reading if title else "", source_path.name):
        found = _YEAR.search(candidate)
        if found:
            return found.group(0)
    raise BuildError(source_path, None, "no year in the title or the file name: give --id")


def _reference_graph(project: Project) -> Graph:
    graph = Graph()
    for path in sorted(project.reference.glob("*.ttl")):
        read_turtle(path, into=graph)
    return graph


def _presidency_country(layout: Layout, reference: Graph) -> URIRef | None:
    """The country the introduction says holds the presidency ("bekleedde X het
    voorzitterschap")."""
    if layout.introduction is None:
        return None
    sentence = next(
        (s for s in re.split(r"(?<=\.)\s", layout.introduction.reading) if "voorzitter" in s), ""
    )
    for country in sorted(reference.subjects(RDF.type, BKG.Country), key=str):
        for label in reference.objects(country, RDFS.label):
            if getattr(label, "language", None) == "nl" and re.search(
                rf"(?<!\w){re.escape(str(label))}(?!\w)", sentence
            ):
                return URIRef(str(country))
    return None
