"""The researcher cookbook: the .rq files of cookbook/, read once, shown as examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Recipe:
    name: str  # the file name without .rq, e.g. "cq01-achievements-by-section"
    title: str  # the question, from the file's first comment line
    query: str


def read_cookbook(folder: Path) -> tuple[Recipe, ...]:
    """Every recipe of `folder`, in file-name order; none when the folder is absent."""
    recipes = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        title = first.lstrip("# ").strip() if first.startswith("#") else path.stem
        recipes.append(Recipe(path.stem, title, text))
    return tuple(recipes)
