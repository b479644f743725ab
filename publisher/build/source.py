"""Read a report's plain-text source into bullets and headings with exact character offsets.

The only module that knows how a report file is laid out: bullets start with "•", headings are
lines in capitals or lines ending with ":". Offsets count Unicode code points from 0, end
exclusive, as Web Annotation's TextPositionSelector and SPARQL's SUBSTR do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

BULLET = "•"
_LINE_HYPHEN = re.compile(r"(\S*?)-[ \t]*\n[ \t]*(?=\S)")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Span:
    """A stretch of the source text: what it says, where it stands."""

    start: int
    end: int
    exact: str

    @property
    def reading(self) -> str:
        return reading_text(self.exact)


@dataclass(frozen=True)
class Heading(Span):
    level: int  # 1 for a section (capitals), 2 for a sub-section (ends with ":")


@dataclass(frozen=True)
class SourceText:
    """The whole text of one source file, with its bullets and headings in file order."""

    path: Path
    text: str
    bullets: tuple[Span, ...]
    headings: tuple[Heading, ...]

    def line_of(self, offset: int) -> int:
        """1-based line number of the character at `offset`."""
        return self.text.count("\n", 0, offset) + 1

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]


def read_source(path: Path) -> SourceText:
    """Read and segment a source file (UTF-8)."""
    text = path.read_text(encoding="utf-8")
    return SourceText(path, text, tuple(_bullets(text)), tuple(_headings(text)))


def reading_text(exact: str) -> str:
    """Undo the line layout: join words split at a line end, keep compound hyphens, fold spaces.

    A hyphen at a line end splits a word unless a capital stands on either side of it, as in
    "Benelux-" or "-Verdrag": those are compounds with a proper noun.

    >>> reading_text("eerste tran-\\nche en de Benelux-\\nwerkgroep")
    'eerste tranche en de Benelux-werkgroep'
    >>> reading_text("misdaad- \\nbestrijding:  \\n")
    'misdaadbestrijding:'
    """

    def join(match: re.Match[str]) -> str:
        word = match.group(1)
        following = exact[match.end()]
        keep = word[:1].isupper() or following.isupper()
        return f"{word}-" if keep else word

    return _SPACES.sub(" ", _LINE_HYPHEN.sub(join, exact)).strip()


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line, newline excluded."""
    offset, lines = 0, []
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped.startswith(BULLET):
        return False
    letters = [c for c in stripped if c.isalpha()]
    capitals = bool(letters) and all(c.isupper() for c in letters)
    return capitals or stripped.endswith(":")


def _continues_paragraph(line: str, previous: str) -> bool:
    """A line ending with ":" right under running text ends a sentence, not a heading."""
    return bool(previous.strip()) and not _is_heading(previous) and line.strip().endswith(":")


def _bullets(text: str) -> list[Span]:
    """Each bullet runs from its first word to its last, up to the next bullet or heading."""
    spans: list[Span] = []
    start: int | None = None
    end = 0
    for offset, line in _lines(text):
        stripped = line.strip()
        if stripped.startswith(BULLET) or _is_heading(line):
            if start is not None:
                spans.append(Span(start, end, text[start:end]))
                start = None
        if stripped.startswith(BULLET):
            marker = offset + line.index(BULLET) + 1
            start = marker + (len(line[marker - offset :]) - len(line[marker - offset :].lstrip()))
        if start is not None and stripped and not _is_heading(line):
            end = offset + len(line.rstrip())
    if start is not None:
        spans.append(Span(start, end, text[start:end]))
    return spans


def _headings(text: str) -> list[Heading]:
    """Headings, with a sub-section heading continued on the next line when it is hyphenated."""
    headings: list[Heading] = []
    lines = _lines(text)
    index = 0
    while index < len(lines):
        offset, line = lines[index]
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        previous = lines[index - 1][1] if index > 0 else ""
        if _continues_paragraph(line, previous):
            index += 1
            continue
        if line.rstrip().endswith("-") and following.strip().endswith(":"):
            start = offset + len(line) - len(line.lstrip())
            end = lines[index + 1][0] + len(following.rstrip())
            headings.append(Heading(start, end, text[start:end], level=2))
            index += 2
            continue
        if _is_heading(line):
            start = offset + len(line) - len(line.lstrip())
            end = offset + len(line.rstrip())
            level = 2 if line.strip().endswith(":") else 1
            headings.append(Heading(start, end, text[start:end], level=level))
        index += 1
    return headings
