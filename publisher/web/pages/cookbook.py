"""The researcher cookbook: the .rq files of cookbook/, read once, shown as examples."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...core.languages import READER_LANGUAGES

#: A translation of the question, on a comment line of its own: "# nl: CQ1. …".
_TRANSLATED = re.compile(r"^# ([a-z]{2}): (.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Recipe:
    name: str  # the file name without .rq, e.g. "cq01-achievements-by-section"
    title: str  # the question, from the file's first comment line (English)
    query: str
    translated: tuple[tuple[str, str], ...] = ()  # (language, question) from "# nl: …" lines

    def title_in(self, lang: str) -> str:
        """The question in `lang`, in English where the file gives no translation."""
        return dict(self.translated).get(lang, self.title)


def read_cookbook(folder: Path) -> tuple[Recipe, ...]:
    """Every recipe of `folder`, in file-name order; none when the folder is absent."""
    recipes = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        title = first.lstrip("# ").strip() if first.startswith("#") else path.stem
        translated = tuple(
            (match.group(1), match.group(2).strip())
            for match in _TRANSLATED.finditer(text)
            if match.group(1) in READER_LANGUAGES
        )
        recipes.append(Recipe(path.stem, title, text, translated))
    return tuple(recipes)
