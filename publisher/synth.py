"""Made-up benchmark data: the curated dataset plus years of synthetic reports, as N-Quads lines."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from . import uris
from .dumps import serialize
from .errors import PublisherError
from .formats import N_QUADS
from .namespaces import BKG, EU, OA, VOID
from .source import reading_text

#: The first synthetic year: far enough ahead that no one takes a synthetic report for a real one.
FIRST_YEAR = 3000
#: A long run reports (triples so far, triples asked for, year just made, or None when done).
Progress = Callable[[int, int, int | None], None]


@dataclass(frozen=True)
class Synthesis:
    """What a run made: the sorted N-Quads lines, and how many of them are made up."""

    lines: list[str]
    reports: int
    curated: int

    @property
    def triples(self) -> int:
        return len(self.lines)


@dataclass(frozen=True)
class Words:
    """One text in the three languages of the data."""

    nl: str
    en: str
    fr: str


@dataclass(frozen=True)
class _Term:
    iri: str  # in N-Triples form, <…>
    name: Words
    slug: str


@dataclass(frozen=True)
class _Member:
    slug: str
    adjective: Words  # "Belgisch voorzitterschap", "Belgian Presidency", "présidence belge"
    inflected: str  # "het Belgische voorzitterschap"


@dataclass(frozen=True)
class _Vocabulary:
    """The real concepts and entities synthetic reports point to, read from the curated dataset."""

    themes: tuple[tuple[_Term, tuple[_Term, ...]], ...]  # each top theme with its narrower ones
    event_kinds: tuple[_Term, ...]
    act_kinds: tuple[_Term, ...]
    activity_kinds: tuple[_Term, ...]
    instrument_types: dict[str, _Term]
    instruments: tuple[tuple[_Term, str], ...]  # a real instrument and its type's slug
    members: tuple[_Term, ...]  # in the order of _ROTATION
    countries: tuple[_Term, ...]  # other than the members
    regions: tuple[_Term, ...]
    organisations: tuple[_Term, ...]  # other than the union itself
    places: tuple[_Term, ...]
    initiatives: tuple[_Term, ...]
    union: str
    publisher: str


def _iri(node: str) -> str:
    return f"<{node}>"


def _part(iri: str, part: str) -> str:
    """The IRI of a part of a thing (its #passage, #step-1, …), in N-Triples form."""
    return f"{iri[:-1]}#{part}>"


def _text(value: str, lang: str | None = None) -> str:
    """A string literal, escaped as rdflib's own N-Quads writer escapes it."""
    escaped = (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    )
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def _integer(value: int) -> str:
    return f'"{value}"^^<{XSD.integer}>'


_A = _iri(RDF.type)
_LABEL = _iri(RDFS.label)
_TITLE = _iri(DCTERMS.title)
_DESCRIPTION = _iri(DCTERMS.description)
_DATE = _iri(DCTERMS.date)
_SUBJECT = _iri(DCTERMS.subject)
_HAS_PART = _iri(DCTERMS.hasPart)
_IS_PART_OF = _iri(DCTERMS.isPartOf)
_POSITION = _iri(SDO.position)
_PREF_LABEL = _iri(SKOS.prefLabel)
_KIND = _iri(BKG.kind)
_PARTICIPANT = _iri(BKG.participant)

_FIGURE_TYPES = ("count", "ordinal", "anniversary", "duration")
#: Who holds the presidency, year after year from 2025 (Luxembourg) on.
_ROTATION = (
    _Member("luxembourg", Words("Luxemburgs", "Luxembourg", "luxembourgeoise"), "Luxemburgse"),
    _Member("netherlands", Words("Nederlands", "Netherlands", "néerlandaise"), "Nederlandse"),
    _Member("belgium", Words("Belgisch", "Belgian", "belge"), "Belgische"),
)
_PRIORITIES = (
    Words("een veilige en veerkrachtige Benelux", "a safe and resilient Benelux",
          "un Benelux sûr et résilient"),
    Words("een duurzame en klimaatneutrale economie", "a sustainable and climate-neutral economy",
          "une économie durable et neutre pour le climat"),
    Words("grensoverschrijdende mobiliteit zonder hindernissen",
          "cross-border mobility without obstacles",
          "une mobilité transfrontalière sans obstacles"),
    Words("digitale samenwerking ten dienste van de burger", "digital cooperation serving citizens",
          "une coopération numérique au service des citoyens"),
    Words("sterkere banden met de buurregio’s", "stronger ties with neighbouring regions",
          "des liens plus forts avec les régions voisines"),
    Words("een wendbare interne markt", "an agile internal market", "un marché intérieur agile"),
    Words("bescherming van burgers en veiligheid", "protection of citizens and security",
          "protection des citoyens et sécurité"),
    Words("kennisdeling en innovatie", "knowledge sharing and innovation",
          "partage des connaissances et innovation"),
)  # fmt: skip
#: Which instrument types an act can be done to (by slug); other acts may concern any type.
_ACT_TYPES = {
    "signature": ("treaty", "agreement"),
    "common-position-adopted": ("common-position",),
    "declaration": ("declaration",),
    "recommendation": ("recommendation",),
    "letter": ("letter",),
    "action-plan": ("action-plan",),
    "negotiation-concluded": ("treaty", "agreement", "implementing-agreement"),
    "approval": ("treaty", "agreement", "implementing-agreement", "common-position"),
    "implementation": ("treaty", "implementing-agreement", "action-plan"),
    "accession-request": ("treaty", "agreement"),
    "extension": ("agreement", "action-plan"),
    "commemoration": ("treaty", "agreement"),
}
_LEGAL_TYPES = frozenset({"treaty", "agreement", "implementing-agreement"})
_ADDRESSED_ACTS = frozenset({"letter", "recommendation", "declaration"})


def synthesize(
    dataset: Dataset, scale: int, seed: int = 0, progress: Progress | None = None
) -> Synthesis:
    """The built dataset's quads plus synthetic reports, about `scale` triples in all, sorted."""
    curated = serialize(dataset, N_QUADS).decode("utf-8").splitlines()
    if scale < len(curated):
        raise PublisherError(
            f"--scale {scale} is below the {len(curated)} triples of the curated dataset,"
            " which every synthetic dataset includes"
        )
    vocabulary = _vocabulary(dataset)
    master = random.Random(seed)
    lines, reports = list(curated), 0
    while True:
        year, report_seed = FIRST_YEAR + reports, master.getrandbits(64)
        report = _Report(vocabulary, year, report_seed).lines()
        if len(lines) + len(report) > scale:
            report = _closest(vocabulary, year, report_seed, scale - len(lines))
        if not report:
            break
        lines += report
        reports += 1
        if progress:
            progress(len(lines), scale, year)
    if progress:
        progress(len(lines), scale, None)
    lines.sort()
    return Synthesis(lines, reports, len(curated))


def write_synthetic(
    dataset: Dataset, output: Path, scale: int, seed: int = 0, progress: Progress | None = None
) -> Synthesis:
    """Write the synthetic dataset to `output` as N-Quads, one sorted line per quad."""
    made = synthesize(dataset, scale, seed, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(f"{line}\n" for line in made.lines)
    return made


def progress_bar(done: int, total: int, year: int | None) -> None:
    """Redraw one line on stderr, so a long run shows it is moving."""
    share = min(done / total, 1.0) if total else 1.0
    filled = round(share * 30)
    bar = "#" * filled + "." * (30 - filled)
    where = f", year {year}" if year else ""
    end = "\n" if year is None else ""
    print(
        f"\rbenelux-kg: synth [{bar}] {share:4.0%} {done} triples{where}   ",
        end=end,
        file=sys.stderr,
        flush=True,
    )


def _closest(vocabulary: _Vocabulary, year: int, seed: int, room: int) -> list[str]:
    """The report cut to the number of achievements that comes closest to `room` triples.

    A cut report is its full self with its last achievements left out, so its size grows with
    the number kept; an empty list when leaving the report out comes closer still.
    """
    size = _Report(vocabulary, year, seed).achievements
    low, high = 0, size  # find the most achievements that still fit
    while low < high:
        middle = (low + high + 1) // 2
        if len(_Report(vocabulary, year, seed, middle).lines()) <= room:
            low = middle
        else:
            high = middle - 1
    candidates = [_Report(vocabulary, year, seed, kept).lines() for kept in {low, min(low + 1, size)}]
    best = min(candidates, key=lambda lines: (abs(room - len(lines)), len(lines)))
    return best if abs(room - len(best)) < room else []


class _Source:
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


class _Report:
    """One synthetic report: its source text and the quads of its graph and translations graph.

    Everything random is drawn from one generator seeded for the report, in document order, and
    the plan (sections, how many achievements in each) is drawn first: the same report cut to
    fewer achievements (`limit`) is the full one with its last bullets left out.
    """

    def __init__(
        self, vocabulary: _Vocabulary, year: int, seed: int, limit: int | None = None
    ) -> None:
        self._v = vocabulary
        self._rng = random.Random(seed)
        self._year = year
        self._id = f"{year}-synthetic"
        stated, translations, _ = uris.report_graphs(self._id)
        self._stated, self._translations = _iri(stated), _iri(translations)
        self._report = self._mint("report", self._id)
        self._presidency = self._mint("presidency", self._id)
        self._date = f'"{year}"^^<{XSD.gYear}>'
        self._member = _ROTATION[(year - 2025) % len(_ROTATION)]
        self._holder = vocabulary.members[(year - 2025) % len(_ROTATION)]
        self._priorities = self._rng.sample(_PRIORITIES, 3)
        self._layout = self._plan_sections()
        self.achievements = self._rng.randint(26, 34)
        self._per_leaf = self._plan_bullets()
        self._limit = self.achievements if limit is None else limit
        self._source = _Source()
        self._lines: list[str] = []

    def lines(self) -> list[str]:
        """The report's quads as N-Quads lines (no two alike)."""
        if not self._lines:
            self._front_matter()
            self._sections()
            self._describe_report()
            self._describe_graphs()
        return list(dict.fromkeys(self._lines))

    # --- writing quads ---------------------------------------------------------------------

    def _mint(self, kind: str, slug: str) -> str:
        return _iri(uris.mint(kind, slug))

    def _add(self, s: str, p: URIRef | str, o: str) -> None:
        predicate = p if isinstance(p, str) and p.startswith("<") else _iri(p)
        self._lines.append(f"{s} {predicate} {o} {self._stated} .")

    def _say(self, s: str, p: URIRef | str, words: Words) -> None:
        """Dutch in the report's graph, English and French in its translations graph."""
        predicate = p if isinstance(p, str) and p.startswith("<") else _iri(p)
        self._lines.append(f"{s} {predicate} {_text(words.nl, 'nl')} {self._stated} .")
        self._lines.append(f"{s} {predicate} {_text(words.en, 'en')} {self._translations} .")
        self._lines.append(f"{s} {predicate} {_text(words.fr, 'fr')} {self._translations} .")

    def _quote(self, owner: str, part: str, exact: str) -> None:
        """Write `exact` into the source text and describe it as the owner's source passage."""
        start, end, first = self._source.write(exact)
        passage = _part(owner, part)
        self._add(passage, _A, _iri(BKG.SourcePassage))
        self._add(passage, PROV.wasQuotedFrom, self._report)
        self._add(passage, OA.start, _integer(start))
        self._add(passage, OA.end, _integer(end))
        self._add(passage, OA.exact, _text(exact))
        self._add(passage, BKG.readingText, _text(reading_text(exact), "nl"))
        self._add(passage, BKG.firstLine, _integer(first))
        self._add(passage, BKG.lastLine, _integer(first + exact.count("\n")))
        self._add(owner, BKG.sourcePassage, passage)

    # --- the plan --------------------------------------------------------------------------

    def _plan_sections(self) -> list[tuple[_Term, list[_Term], int]]:
        """Five sections in a shuffled order, some sub-sections each, the priority each serves."""
        layout = []
        for top, narrower in self._rng.sample(self._v.themes, len(self._v.themes)):
            count = self._rng.randint(1, min(4, len(narrower))) if narrower else 0
            subs = self._rng.sample(narrower, count)
            layout.append((top, subs, self._rng.randrange(3)))
        return layout

    def _plan_bullets(self) -> list[int]:
        """How many bullets stand under each leaf (sub-section, or section without any)."""
        leaves = sum(len(subs) or 1 for _, subs, _ in self._layout)
        counts = [1] * leaves
        for _ in range(self.achievements - leaves):
            counts[self._rng.randrange(leaves)] += 1
        self.achievements = sum(counts)
        return counts

    # --- the report's structure --------------------------------------------------------------

    def _front_matter(self) -> None:
        year, adjective = self._year, self._member.adjective
        self._source.write(" ")
        self._quote(
            self._report,
            "title",
            f"SYNTHETISCH VERSLAG {year} OVER DE \nBENELUX-SAMENWERKING \n\n"
            f"ONDER {adjective.nl.upper()} \nVOORZITTERSCHAP",
        )
        self._source.write("\n\n ")
        self._quote(
            self._presidency,
            "passage",
            f"In {year} bekleedde {self._holder.name.nl} het voorzitterschap van de Benelux.",
        )
        self._source.write(" De horizontale prioriteiten \nvan het voorzitterschap waren:\n“")
        scheme = self._mint("scheme", f"priority-{self._id}")
        for index, words in enumerate(self._priorities):
            priority = self._mint("priority", f"{self._id}-{index + 1}")
            self._quote(priority, "passage", words.nl)
            self._source.write("”, “" if index == 0 else "” en “" if index == 1 else "”.\n\n")
            self._describe_priority(priority, scheme, words)
        self._add(scheme, _A, _iri(SKOS.ConceptScheme))
        self._say(
            scheme,
            _PREF_LABEL,
            Words(
                f"Horizontale prioriteiten van het {self._member.inflected}"
                f" Benelux-voorzitterschap {year}",
                f"Horizontal priorities of the {year} {adjective.en} Benelux Presidency",
                f"Priorités horizontales de la présidence {adjective.fr} du Benelux {year}",
            ),
        )
        self._describe_presidency()

    def _describe_priority(self, priority: str, scheme: str, words: Words) -> None:
        year, adjective = self._year, self._member.adjective
        self._add(priority, _A, _iri(BKG.HorizontalPriority))
        self._add(priority, _A, _iri(SKOS.Concept))
        self._say(priority, _PREF_LABEL, words)
        self._say(
            priority,
            SKOS.definition,
            Words(
                f"Horizontale prioriteit van het {self._member.inflected} voorzitterschap van de"
                f" Benelux in {year}: “{words.nl}”.",
                f"Horizontal priority of the {year} {adjective.en} Presidency of the Benelux:"
                f" “{words.en}”.",
                f"Priorité horizontale de la présidence {adjective.fr} du Benelux en {year} :"
                f" « {words.fr} ».",
            ),
        )
        self._add(priority, SKOS.inScheme, scheme)
        self._add(priority, SKOS.topConceptOf, scheme)
        self._add(scheme, SKOS.hasTopConcept, priority)
        self._add(self._presidency, BKG.hasPriority, priority)

    def _describe_presidency(self) -> None:
        adjective, year = self._member.adjective, self._year
        self._add(self._presidency, _A, _iri(BKG.Presidency))
        self._say(
            self._presidency,
            _LABEL,
            Words(
                f"{adjective.nl} voorzitterschap van de Benelux ({year})",
                f"{adjective.en} Presidency of the Benelux ({year})",
                f"Présidence {adjective.fr} du Benelux ({year})",
            ),
        )
        self._add(self._presidency, BKG.heldBy, self._holder.iri)
        self._add(self._presidency, BKG.presidencyOf, self._v.union)
        self._add(self._presidency, _DATE, self._date)

    def _describe_report(self) -> None:
        year, adjective, report = self._year, self._member.adjective, self._report
        title = Words(
            f"Synthetisch verslag {year}: Benelux-samenwerking onder"
            f" {adjective.nl.lower()} voorzitterschap",
            f"Synthetic report {year}: Benelux cooperation under the {adjective.en} Presidency",
            f"Rapport synthétique {year} : la coopération Benelux sous la présidence"
            f" {adjective.fr}",
        )
        self._add(report, _A, _iri(BKG.Report))
        self._say(report, _TITLE, title)
        self._say(report, _LABEL, title)
        self._add(report, DCTERMS.language, _iri(EU["language/NLD"]))
        self._add(report, BKG.sourceFile, _text(f"source/benelux-{year}-synthetic.nl.txt"))
        self._add(report, DCTERMS.publisher, self._v.publisher)
        self._add(report, _DATE, self._date)
        self._add(report, BKG.reportsOn, self._presidency)
        self._add(report, BKG.sourceText, _text(self._source.text))

    def _describe_graphs(self) -> None:
        """The two graphs as void:Datasets, in the three languages, as a report's graphs.ttl."""
        year = self._year
        for graph, label, description in (
            (
                self._stated,
                Words(f"Synthetisch verslag {year}", f"Synthetic report {year}",
                      f"Rapport synthétique {year}"),
                Words("Een verzonnen verslag voor benchmarks, in het Nederlands; niets ervan is echt.",
                      "A made-up report for benchmarks, in Dutch; none of it is real.",
                      "Un rapport inventé pour les bancs d’essai, en néerlandais ; rien n’y est réel."),
            ),
            (
                self._translations,
                Words(f"Synthetisch verslag {year}: vertalingen",
                      f"Synthetic report {year}: translations",
                      f"Rapport synthétique {year} : traductions"),
                Words("Engelse en Franse labels en beschrijvingen van het verzonnen verslag.",
                      "English and French labels and descriptions of the made-up report.",
                      "Libellés et descriptions anglais et français du rapport inventé."),
            ),
        ):  # fmt: skip
            self._add(graph, _A, _iri(VOID.Dataset))
            for lang in ("nl", "en", "fr"):
                self._add(graph, _LABEL, _text(getattr(label, lang), lang))
                self._add(graph, _DESCRIPTION, _text(getattr(description, lang), lang))
        self._add(self._stated, DCTERMS.source, self._report)
        self._add(self._translations, PROV.wasDerivedFrom, self._stated)

    def _sections(self) -> None:
        """Headings and bullets in file order; each leaf gets its planned number of bullets."""
        position, leaf = 0, 0
        for number, (top, subs, priority) in enumerate(self._layout, start=1):
            section = self._section(f"{self._id}-{number}", top, self._report, number)
            self._source.write("\n")
            self._quote(section, "heading", top.name.nl.upper())
            self._source.write("\n")
            leaves = []
            for place, sub in enumerate(subs, start=1):
                leaves.append((self._section(f"{self._id}-{number}-{place}", sub, section, place),
                               sub, f"\n{sub.name.nl}:"))  # fmt: skip
            for where, theme, heading in leaves or [(section, top, "")]:
                if heading:
                    self._source.write("\n")
                    self._quote(where, "heading", heading.strip())
                    self._source.write("\n")
                self._source.write("\n")
                for _ in range(self._per_leaf[leaf]):
                    position += 1
                    if position <= self._limit:
                        self._achievement(position, where, theme, priority)
                leaf += 1

    def _section(self, slug: str, theme: _Term, parent: str, position: int) -> str:
        section = self._mint("section", slug)
        self._add(parent, _HAS_PART, section)
        self._add(section, _A, _iri(BKG.Section))
        self._say(section, _LABEL, theme.name)
        self._add(section, _IS_PART_OF, parent)
        self._add(section, _POSITION, _integer(position))
        self._add(section, _SUBJECT, theme.iri)
        return section

    # --- achievements ------------------------------------------------------------------------

    def _achievement(self, position: int, section: str, theme: _Term, priority: int) -> None:
        rng, slug = self._rng, f"{self._id}-{position:03d}"
        achievement = self._mint("achievement", slug)
        participants = self._participants()
        category = rng.choices(("event", "act", "activity"), weights=(35, 35, 30))[0]
        if category == "event":
            kinds, label, clause, events = self._events(achievement, slug, theme, participants)
        elif category == "act":
            kinds, label, clause = self._act(achievement, slug, theme)
            events = []
        else:
            kinds, label, clause = self._activity(achievement, theme)
            events = []
        extra = _join_words([self._involves(achievement, participants)])
        if kinds[0].slug in _ADDRESSED_ACTS and rng.random() < 0.7:
            extra = _join_words([extra, self._addressee(achievement)])
        if rng.random() < 0.35:
            extra = _join_words([extra, self._figure(achievement, events, kinds[0], category)])
        names = [p.name for p in participants]
        description = Words(
            f"{clause.nl}, met {_listed([n.nl for n in names], 'en')}{extra.nl}.",
            f"{clause.en}, with {_listed([n.en for n in names], 'and')}{extra.en}.",
            f"{clause.fr}, avec {_listed([n.fr for n in names], 'et')}{extra.fr}.",
        )
        self._add(achievement, _A, _iri(BKG.Achievement))
        self._add(achievement, _POSITION, _integer(position))
        self._say(achievement, _LABEL, label)
        self._say(achievement, _DESCRIPTION, description)
        self._add(achievement, BKG.inSection, section)
        for kind in kinds:
            self._add(achievement, _KIND, kind.iri)
        self._add(achievement, BKG.underPresidency, self._presidency)
        self._add(achievement, _DATE, self._date)
        for subject in self._themes(theme):
            self._add(achievement, _SUBJECT, subject.iri)
        for participant in participants:
            self._add(achievement, _PARTICIPANT, participant.iri)
        for served in {priority, rng.randrange(3) if rng.random() < 0.15 else priority}:
            self._add(achievement, BKG.servesPriority, self._mint("priority", f"{self._id}-{served + 1}"))
        self._source.write("•\t ")
        self._quote(achievement, "passage", self._wrap(description.nl))
        self._source.write("\n\n")

    def _participants(self) -> list[_Term]:
        """The union always; then a few members, other countries, regions or organisations."""
        rng, v = self._rng, self._v
        chosen: list[_Term] = []
        groups = (v.members, v.countries, v.regions, v.organisations)
        for _ in range(rng.choices((0, 1, 2, 3, 4), weights=(15, 30, 30, 15, 10))[0]):
            group = rng.choices(groups, weights=(50, 15, 15, 20))[0]
            if group:
                candidate = rng.choice(group)
                if candidate not in chosen:
                    chosen.append(candidate)
        union = _Term(v.union, Words("de Benelux Unie", "the Benelux Union", "l’Union Benelux"), "")
        return [union, *chosen]

    def _themes(self, theme: _Term) -> list[_Term]:
        themes = [theme]
        if self._rng.random() < 0.2:
            other = self._rng.choice([t for top, subs in self._v.themes for t in (top, *subs)])
            if other != theme:
                themes.append(other)
        return themes

    def _events(
        self, achievement: str, slug: str, theme: _Term, participants: list[_Term]
    ) -> tuple[list[_Term], Words, Words, list[str]]:
        """An event or two the achievement happened through: kinds, label, clause, events."""
        rng, v, subject = self._rng, self._v, _lower(theme.name)
        kinds = [rng.choice(v.event_kinds)]
        location = rng.choice((*v.places, *v.members, *v.regions)) if rng.random() < 0.5 else None
        events = []
        for number in range(1, 3 if rng.random() < 0.2 else 2):
            kind = kinds[0] if number == 1 else rng.choice(v.event_kinds)
            if kind not in kinds:
                kinds.append(kind)
            event = self._mint("event", f"{slug}-{number}")
            events.append(event)
            self._add(event, _A, _iri(BKG.Event))
            self._say(event, _LABEL, _about(kind.name, subject, f" ({self._year})"))
            self._say(
                event,
                _DESCRIPTION,
                Words(
                    f"{kind.name.nl} over {subject.nl} in het synthetische verslag {self._year}.",
                    f"{kind.name.en} on {subject.en} in the synthetic report {self._year}.",
                    f"{kind.name.fr} « {subject.fr} » du rapport synthétique {self._year}.",
                ),
            )
            self._add(event, _KIND, kind.iri)
            self._add(event, _DATE, self._date)
            self._add(event, _SUBJECT, theme.iri)
            for participant in participants:
                if rng.random() < 0.5:
                    self._add(event, _PARTICIPANT, participant.iri)
            if location and number == 1:
                self._add(event, SDO.location, location.iri)
            self._add(achievement, BKG.event, event)
        label = _about(kinds[0].name, subject, "")
        where = (
            Words(f" in {location.name.nl}", f" in {location.name.en}", f" à {location.name.fr}")
            if location
            else Words("", "", "")
        )
        return kinds, label, _join_words([label, where]), events

    def _act(self, achievement: str, slug: str, theme: _Term) -> tuple[list[_Term], Words, Words]:
        """An act on one instrument, a real one or a new one, with one step per kind of act."""
        rng, v = self._rng, self._v
        kinds = [rng.choice(v.act_kinds)]
        types = self._types_for(kinds[0])
        real = [term for term, kind in v.instruments if kind in types]
        if real and rng.random() < 0.4:
            instrument = rng.choice(real)
            kind_of_instrument = dict((t.iri, k) for t, k in v.instruments)[instrument.iri]
        else:
            kind_of_instrument = rng.choice(types)
            instrument = self._instrument(slug, kind_of_instrument, theme)
        others = [k for k in v.act_kinds if k != kinds[0] and kind_of_instrument in self._types_for(k)]
        if others and rng.random() < 0.25:
            kinds.append(rng.choice(others))
        self._add(achievement, BKG.instrument, instrument.iri)
        for number, kind in enumerate(kinds, start=1):
            step = _part(achievement, f"step-{number}")
            self._add(step, _A, _iri(BKG.InstrumentStep))
            self._add(step, BKG.onInstrument, instrument.iri)
            self._add(step, _KIND, kind.iri)
            self._say(
                step,
                _LABEL,
                Words(
                    f"{kind.name.nl} van {instrument.name.nl}",
                    f"{kind.name.en} of {instrument.name.en}",
                    f"{kind.name.fr} : {instrument.name.fr}",
                ),
            )
            if rng.random() < 0.3:
                for actor in rng.sample(v.members, rng.randint(1, len(v.members))):
                    self._add(step, BKG.actor, actor.iri)
            self._add(achievement, BKG.hasStep, step)
        done = _kinds(kinds)
        label = Words(
            f"{done.nl}: {instrument.name.nl}",
            f"{done.en}: {instrument.name.en}",
            f"{done.fr} : {instrument.name.fr}",
        )
        clause = Words(
            f"{done.nl} betreffende {instrument.name.nl}",
            f"{done.en} concerning {instrument.name.en}",
            f"{done.fr} concernant {instrument.name.fr}",
        )
        return kinds, label, clause

    def _types_for(self, kind: _Term) -> list[str]:
        known = [t for t in _ACT_TYPES.get(kind.slug, ()) if t in self._v.instrument_types]
        return known or sorted(self._v.instrument_types)

    def _instrument(self, slug: str, kind: str, theme: _Term) -> _Term:
        """A new instrument, described in the report's graphs (real ones are in the reference)."""
        type_ = self._v.instrument_types[kind]
        instrument = self._mint("instrument", slug)
        code, subject = f"S{slug.replace('-synthetic', '')}", _lower(theme.name)
        name = Words(
            f"{type_.name.nl} {code} over {subject.nl}",
            f"{type_.name.en} {code} on {subject.en}",
            f"{type_.name.fr} {code} « {subject.fr} »",
        )
        legal = kind in _LEGAL_TYPES
        self._add(instrument, _A, _iri(BKG.LegalInstrument if legal else BKG.PoliticalInstrument))
        self._say(instrument, _LABEL, name)
        self._say(
            instrument,
            _DESCRIPTION,
            Words(
                f"Verzonnen instrument uit het synthetische verslag {self._year}.",
                f"Made-up instrument from the synthetic report {self._year}.",
                f"Instrument inventé du rapport synthétique {self._year}.",
            ),
        )
        self._add(instrument, _KIND, type_.iri)
        if legal:
            parties = [*self._v.members]
            if self._v.countries and self._rng.random() < 0.3:
                parties.append(self._rng.choice(self._v.countries))
            for party in parties:
                self._add(instrument, BKG.party, party.iri)
        return _Term(instrument, name, slug)

    def _activity(self, achievement: str, theme: _Term) -> tuple[list[_Term], Words, Words]:
        rng, v, subject = self._rng, self._v, _lower(theme.name)
        kinds = rng.sample(v.activity_kinds, rng.choice((1, 1, 2)))
        doing = _kinds(kinds)
        label = Words(
            f"{doing.nl} op het gebied van {subject.nl}",
            f"{doing.en} in the field of {subject.en}",
            f"{doing.fr} dans le domaine « {subject.fr} »",
        )
        if v.initiatives and rng.random() < 0.2:
            initiative = rng.choice(v.initiatives)
            self._add(achievement, BKG.initiative, initiative.iri)
            within = Words(
                f" in het kader van het {initiative.name.nl}",
                f" under the {initiative.name.en}",
                f" dans le cadre du {initiative.name.fr}",
            )
            return kinds, label, _join_words([label, within])
        return kinds, label, label

    def _involves(self, achievement: str, participants: list[_Term]) -> Words:
        organisations = [o for o in self._v.organisations if o not in participants]
        if not organisations or self._rng.random() >= 0.15:
            return Words("", "", "")
        involved = self._rng.choice(organisations)
        self._add(achievement, BKG.involves, involved.iri)
        name = involved.name
        return Words(f", in overleg met {name.nl}", f", in consultation with {name.en}",
                     f", en concertation avec {name.fr}")  # fmt: skip

    def _addressee(self, achievement: str) -> Words:
        addressed = self._rng.choice((*self._v.organisations, *self._v.regions))
        self._add(achievement, BKG.addressee, addressed.iri)
        name = addressed.name
        return Words(f", gericht aan {name.nl}", f", addressed to {name.en}",
                     f", à l’intention de {name.fr}")  # fmt: skip

    def _figure(self, achievement: str, events: list[str], kind: _Term, category: str) -> Words:
        """A number the bullet gives, worded so that its bkg:statedAs stands in the text."""
        rng = self._rng
        figure = _part(achievement, "figure-1")
        choices = ["countries", "participants", "anniversary", "duration"]
        if category == "event":
            choices.append("ordinal")
        choice = rng.choice(choices)
        counts: str | None = None
        unit = False
        if choice == "countries":
            value, figure_type, counts = rng.randint(3, 27), "count", _iri(BKG.Country)
            stated = f"{value} landen"
            phrase = Words(f", waaraan {stated} deelnamen", f", in which {value} countries took part",
                           f", avec la participation de {value} pays")  # fmt: skip
        elif choice == "participants":
            value, figure_type = rng.randint(12, 900), "count"
            stated = f"{value} deelnemers"
            phrase = Words(f", met {stated}", f", with {value} participants",
                           f", avec {value} participants")  # fmt: skip
        elif choice == "anniversary":
            value, figure_type, unit = rng.randint(5, 150), "anniversary", True
            stated = f"{value}e verjaardag"
            phrase = Words(f", ter gelegenheid van de {stated}",
                           f", marking the {_english_ordinal(value)} anniversary",
                           f", à l’occasion du {value}e anniversaire")  # fmt: skip
        elif choice == "duration":
            value, figure_type, unit = rng.randint(2, 80), "duration", True
            stated = f"{value} jaar"
            phrase = Words(f", na {stated} samenwerking", f", after {value} years of cooperation",
                           f", après {value} ans de coopération")  # fmt: skip
        else:
            value, figure_type, counts = rng.randint(2, 40), "ordinal", kind.iri
            stated = f"{value}e editie"
            phrase = Words(f", de {stated}", f", the {_english_ordinal(value)} edition",
                           f", {value}e édition")  # fmt: skip
        self._add(figure, _A, _iri(BKG.Figure))
        self._add(figure, SDO.value, _integer(value))
        self._add(figure, BKG.figureType, self._mint("figure-type", figure_type))
        self._add(figure, BKG.statedAs, _text(stated, "nl"))
        if counts:
            self._add(figure, BKG.counts, counts)
        if unit:
            self._add(figure, SDO.unitCode, _text("ANN"))
        for owner in (achievement, *(events[:1] if choice != "duration" else [])):
            self._add(owner, BKG.hasFigure, figure)
        return phrase

    def _wrap(self, text: str, width: int = 52) -> str:
        """Lay a bullet out as the report files do: a space before each line break, and now and
        then a long word split with a hyphen (never where the reading text would keep it)."""
        words: list[str] = []
        for word in text.split(" "):
            if words and words[-1].endswith("-"):  # "Voedsel- en": a line break there would join
                words[-1] = f"{words[-1]} {word}"
            else:
                words.append(word)
        lines, line = [], ""
        for word in words:
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line = f"{line} {word}"
            else:
                room = width - len(line) - 2
                if word.isalpha() and word.islower() and room >= 4 and len(word) - room >= 3:
                    if self._rng.random() < 0.5:
                        lines.append(f"{line} {word[:room]}-\n")
                        line = word[room:]
                        continue
                lines.append(f"{line} \n")
                line = word
        return "".join(lines) + line


def _vocabulary(dataset: Dataset) -> _Vocabulary:
    """What the synthetic reports may point to: only what the curated dataset describes."""
    schemes = dataset.graph(uris.SCHEMES_GRAPH)
    reference = dataset.graph(uris.REFERENCE_GRAPH)
    theme_scheme = uris.mint("scheme", "theme")
    themes = tuple(
        (_term(schemes, top, SKOS.prefLabel), _terms(schemes, schemes.subjects(SKOS.broader, top)))
        for top in sorted(schemes.objects(theme_scheme, SKOS.hasTopConcept), key=str)
    )

    def kinds_under(top: str) -> tuple[_Term, ...]:
        root = uris.mint("kind", top)
        below = set(schemes.transitive_subjects(SKOS.broader, root)) - {root}
        return _terms(schemes, below)

    types = _terms(schemes, schemes.subjects(SKOS.inScheme, uris.mint("scheme", "instrument-type")))
    typed = {
        cls: _terms(reference, reference.subjects(RDF.type, cls))
        for cls in (BKG.Country, BKG.Region, org := ORG.Organization, BKG.Place, BKG.Initiative)
    }
    members = tuple(_term(reference, uris.mint("country", m.slug), RDFS.label) for m in _ROTATION)
    union = uris.mint("organisation", "benelux-union")
    instruments = tuple(
        (_term(reference, node, RDFS.label), str(reference.value(node, BKG.kind)).rsplit("/", 1)[-1])
        for cls in (BKG.LegalInstrument, BKG.PoliticalInstrument)
        for node in sorted(reference.subjects(RDF.type, cls), key=str)
    )
    vocabulary = _Vocabulary(
        themes=themes,
        event_kinds=kinds_under("event"),
        act_kinds=kinds_under("act"),
        activity_kinds=kinds_under("activity"),
        instrument_types={t.slug: t for t in types},
        instruments=instruments,
        members=members,
        countries=tuple(c for c in typed[BKG.Country] if c not in members),
        regions=typed[BKG.Region],
        organisations=tuple(o for o in typed[org] if o.iri != _iri(union)),
        places=typed[BKG.Place],
        initiatives=typed[BKG.Initiative],
        union=_iri(union),
        publisher=_iri(uris.mint("organisation", "benelux-general-secretariat")),
    )
    _check(vocabulary, schemes, reference)
    return vocabulary


def _check(vocabulary: _Vocabulary, schemes: Graph, reference: Graph) -> None:
    """Stop with a plain message when the curated data lacks what every synthetic report uses."""
    needed = {
        "theme scheme top concepts": bool(vocabulary.themes),
        "kinds under kind:event, kind:act and kind:activity": all(
            (vocabulary.event_kinds, vocabulary.act_kinds, vocabulary.activity_kinds)
        ),
        "instrument types": bool(vocabulary.instrument_types),
        "the union and its secretariat": all(
            (URIRef(i[1:-1]), RDF.type, None) in reference
            for i in (vocabulary.union, vocabulary.publisher)
        ),
        "the figure types": all(
            (uris.mint("figure-type", t), RDF.type, None) in schemes for t in _FIGURE_TYPES
        ),
    }
    missing = [what for what, present in needed.items() if not present]
    if missing:
        raise PublisherError(f"the curated data lacks {', '.join(missing)}: synth needs them")


def _term(graph: Graph, node: Node, predicate: URIRef) -> _Term:
    names = {
        lit.language: str(lit) for lit in graph.objects(node, predicate) if isinstance(lit, Literal)
    }
    if not {"nl", "en", "fr"} <= names.keys():
        raise PublisherError(f"<{node}> lacks a {predicate} in nl, en or fr: synth needs all three")
    return _Term(_iri(str(node)), Words(names["nl"], names["en"], names["fr"]), str(node).rsplit("/", 1)[-1])


def _terms(graph: Graph, nodes: Iterable[Node]) -> tuple[_Term, ...]:
    predicate = RDFS.label if graph.identifier == uris.REFERENCE_GRAPH else SKOS.prefLabel
    return tuple(_term(graph, node, predicate) for node in sorted(set(nodes), key=str))


def _lower(words: Words) -> Words:
    """Each text with a lower-case first letter, to stand inside a sentence."""
    return Words(*(text[:1].lower() + text[1:] for text in (words.nl, words.en, words.fr)))


def _about(kind: Words, subject: Words, tail: str) -> Words:
    return Words(
        f"{kind.nl} over {subject.nl}{tail}",
        f"{kind.en} on {subject.en}{tail}",
        f"{kind.fr} « {subject.fr} »{tail}",
    )


def _kinds(kinds: list[_Term]) -> Words:
    """The kinds as one phrase: "Ondertekening en goedkeuring"."""
    first, rest = kinds[0].name, [_lower(k.name) for k in kinds[1:]]
    return Words(
        _listed([first.nl, *(w.nl for w in rest)], "en"),
        _listed([first.en, *(w.en for w in rest)], "and"),
        _listed([first.fr, *(w.fr for w in rest)], "et"),
    )


def _join_words(parts: list[Words]) -> Words:
    return Words(*("".join(getattr(p, lang) for p in parts) for lang in ("nl", "en", "fr")))


def _listed(items: list[str], conjunction: str) -> str:
    """
    >>> _listed(["België", "Frankrijk", "de Benelux Unie"], "en")
    'België, Frankrijk en de Benelux Unie'
    """
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _english_ordinal(number: int) -> str:
    """
    >>> [_english_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 112)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '112th']
    """
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
