"""How a report's text is laid out: title, introduction, sections, bullets under headings.

The drafter reads the segments build/source.py finds (the same the build checks passages
against) and places each bullet under the heading it stands under. What the layout leaves
uncertain it notes for the curator instead of guessing: a heading without bullets followed by
another (two boxes printed in the wrong order), an indented sub-section heading (a new column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..source import BULLET, Heading, SourceText, Span


@dataclass(frozen=True)
class Placed:
    """A bullet and the heading it stands under (None before the first section heading)."""

    bullet: Span
    section: Heading | None


@dataclass(frozen=True)
class Layout:
    """How the drafter reads a report's text: title, introduction, headings, bullets."""

    source: SourceText
    title: tuple[Heading, ...]
    introduction: Span | None
    sections: tuple[Heading, ...]  # level 1 and level 2 headings after the introduction
    placed: tuple[Placed, ...]
    notes: tuple[str, ...]  # what a curator should look at: the drafter did not guess


def read_layout(source: SourceText) -> Layout:
    """The report's parts, in file order, as the drafter places them."""
    text, headings = source.text, source.headings
    first_text = _first_running_text(source)
    if text.startswith(BULLET, first_text) and headings:
        # no introduction: the title is the first block of headings, up to a blank line
        first_text = min(first_text, _end_of_block(text, headings[0].start))
    title = tuple(h for h in headings if h.end <= first_text)
    body = [h for h in headings if h.start >= first_text]
    first_heading = body[0].start if body else len(text)
    opening = text[first_text:first_heading].strip()
    introduction = (
        _span(text, first_text + text[first_text:].index(opening[0]), first_heading)
        if opening and not opening.startswith(BULLET)
        else None
    )
    notes: list[str] = []
    placed: list[Placed] = []
    current: dict[int, Heading] = {}
    events = sorted([(h.start, 0, h) for h in body] + [(b.start, 1, b) for b in source.bullets])
    for _, kind, item in events:
        if kind == 0 and isinstance(item, Heading):
            current[item.level] = item
            if item.level == 1:
                current.pop(2, None)
            continue
        under = current.get(2) or current.get(1)
        placed.append(Placed(item, under))
        if under is None:
            notes.append(f"bullet at line {source.line_of(item.start)} stands before any heading")
    for heading, following in zip(body, [*body[1:], None][: len(body)], strict=True):
        has_bullets = any(p.section == heading for p in placed)
        if heading.level == 1 and not has_bullets and following is not None:
            if following.level == 1:
                notes.append(
                    f"heading “{heading.reading}” (line {source.line_of(heading.start)}) has no"
                    f" bullets and is followed by “{following.reading}”: two boxes of the layout"
                    " may have come out in the wrong order; move the bullets that belong to it"
                    " (bkg:inSection) and say why in a skos:editorialNote"
                )
        line_start = text.rfind("\n", 0, heading.start) + 1
        if (
            heading.level == 2
            and text[line_start : heading.start].strip() == ""
            and (heading.start > line_start)
        ):
            notes.append(
                f"sub-section heading “{heading.reading}” (line {source.line_of(heading.start)})"
                " is indented: it may start a new column of the layout, and belong to another"
                " section than the one above it"
            )
    before_sections = [
        h
        for h in body
        if h.level == 2 and not any(s.level == 1 and s.start < h.start for s in body)
    ]
    for heading in before_sections:
        notes.append(
            f"sub-section heading “{heading.reading}” (line {source.line_of(heading.start)}) stands"
            " before any section heading: it is drafted as a section of the report"
        )
    return Layout(source, title, introduction, tuple(body), tuple(placed), tuple(notes))


def _first_running_text(source: SourceText) -> int:
    """Where the first line that is neither blank nor a heading begins (the introduction)."""
    offset = 0
    heading_lines = {source.line_of(h.start) for h in source.headings} | {
        source.line_of(h.end) for h in source.headings
    }
    for number, line in enumerate(source.text.split("\n"), start=1):
        if line.strip() and number not in heading_lines:
            return offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
    return len(source.text)


def _span(text: str, start: int, end: int) -> Span:
    stretch = text[start:end]
    trimmed = stretch.rstrip()
    return Span(start, start + len(trimmed), trimmed)


def _end_of_block(text: str, start: int) -> int:
    """Where the block of lines from `start` ends: the first blank line after it."""
    blank = re.search(r"\n[ \t]*\n", text[start:])
    return start + blank.start() + 1 if blank else len(text)
