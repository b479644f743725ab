"""The synthetic report file as it is written, laid out as the real report files are."""

from __future__ import annotations

import random


class Source:
    """The synthetic report file as it is written, with where each piece lands."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.length = 0
        self.line = 1

    def write(self, piece: str) -> tuple[int, int, int]:
        """Append `piece`; return its start and end (code points) and the line it starts on."""
        start, line = self.length, self.line
        self._parts.append(piece)
        self.length += len(piece)
        self.line += piece.count("\n")
        return start, self.length, line

    @property
    def text(self) -> str:
        return "".join(self._parts)


def wrap(text: str, rng: random.Random, width: int = 52) -> str:
    """Lay a bullet out as the report files do: a space before each line break, and now and
    then a long word split with a hyphen (never where the reading text would keep it)."""
    lines, line = [], ""
    for word in _words(text):
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        else:
            room = width - len(line) - 2
            if _splittable(word, room) and rng.random() < 0.5:
                lines.append(f"{line} {word[:room]}-\n")
                line = word[room:]
            else:
                lines.append(f"{line} \n")
                line = word
    return "".join(lines) + line


def _words(text: str) -> list[str]:
    """The words of `text`, one ending in a hyphen kept with the next: in "Voedsel- en" a line
    break after the hyphen would join the two words in the reading text."""
    words: list[str] = []
    for word in text.split(" "):
        if words and words[-1].endswith("-"):
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


def _splittable(word: str, room: int) -> bool:
    """Whether `word` may be split with a hyphen after its first `room` letters."""
    return word.isalpha() and word.islower() and room >= 4 and len(word) - room >= 3
