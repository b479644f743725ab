"""Synthetic wording: one text in Dutch, English and French, and the phrases built of such texts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One text in the three languages of the data."""

    nl: str
    en: str
    fr: str

    def by_language(self) -> tuple[tuple[str, str], ...]:
        return (("nl", self.nl), ("en", self.en), ("fr", self.fr))


#: No text at all, in any language: what an optional phrase is when it is left out.
NOTHING = Words("", "", "")


def lower(words: Words) -> Words:
    """Each text with a lower-case first letter, to stand inside a sentence."""
    return Words(*(text[:1].lower() + text[1:] for text in (words.nl, words.en, words.fr)))


def about(kind: Words, subject: Words, tail: str) -> Words:
    return Words(
        f"{kind.nl} over {subject.nl}{tail}",
        f"{kind.en} on {subject.en}{tail}",
        f"{kind.fr} « {subject.fr} »{tail}",
    )


def kinds_phrase(names: list[Words]) -> Words:
    """The names of kinds as one phrase: "Ondertekening en goedkeuring"."""
    first, rest = names[0], [lower(name) for name in names[1:]]
    return Words(
        listed([first.nl, *(w.nl for w in rest)], "en"),
        listed([first.en, *(w.en for w in rest)], "and"),
        listed([first.fr, *(w.fr for w in rest)], "et"),
    )


def join_words(parts: list[Words]) -> Words:
    return Words(*("".join(getattr(p, lang) for p in parts) for lang in ("nl", "en", "fr")))


def listed(items: list[str], conjunction: str) -> str:
    """
    >>> listed(["België", "Frankrijk", "de Benelux Unie"], "en")
    'België, Frankrijk en de Benelux Unie'
    """
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def english_ordinal(number: int) -> str:
    """
    >>> [english_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 112)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '112th']
    """
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
