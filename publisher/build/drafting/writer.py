"""The report folder's Turtle: the report, presidency, priorities and sections; the achievements."""

from __future__ import annotations

from rdflib import URIRef

from ...core import uris
from ..curated import SUGGESTION_MARK
from ..source import Heading, Span
from .introduction import Introduction
from .layout import Layout
from .suggestions import Cue, Suggestion, suggest, suggest_instruments
from .text import DRAFT_LINE, DUTCH, PREFIXES, SECRETARIAT, UNION, drafted_label, iri, literal, slug


class Writer:
    """Turtle for one report's draft; IRIs minted once, in file order."""

    def __init__(
        self,
        layout: Layout,
        introduction: Introduction,
        year: str,
        report_id: str,
        source: str,
        cues: tuple[Cue, ...],
        instruments: dict[str, dict[URIRef, tuple[URIRef, ...]]],
    ) -> None:
        self.layout, self.introduction, self.year = layout, introduction, year
        self.source_file, self.cues, self.instruments = source, cues, instruments
        #: What each bullet's words suggest, and each heading's themes: read once, written twice.
        self.named = [suggest(p.bullet.reading, cues) for p in layout.placed]
        self.heading_themes = {
            h: [s for s in suggest(h.reading.rstrip(":"), cues) if s.predicate == "dcterms:subject"]
            for h in layout.sections
        }
        self.report = uris.mint("report", f"{report_id}-presidency")
        self.presidency = uris.mint("presidency", report_id)
        taken: set[str] = set()
        self.sections = {
            h: uris.mint("section", slug(year, h.reading, taken)) for h in layout.sections
        }
        self.achievements = [
            uris.mint("achievement", slug(year, p.bullet.reading, taken)) for p in layout.placed
        ]
        self.priorities = [
            (uris.mint("priority", slug(year, q.reading, taken)), q)
            for q in introduction.priorities
        ]
        self.scheme = uris.mint("scheme", f"priority-{report_id}")

    def minted(self) -> list[URIRef]:
        """Every IRI the draft mints, to check that none is taken."""
        return [
            self.report,
            self.presidency,
            self.scheme,
            *self.sections.values(),
            *self.achievements,
            *(p for p, _ in self.priorities),
        ]

    def _passage(self, node: URIRef, span: Span) -> str:
        return (
            f"{iri(node)} a bkg:SourcePassage ;\n"
            f"    prov:wasQuotedFrom {iri(self.report)} ;\n"
            f"    oa:start {span.start} ; oa:end {span.end} ;\n"
            f"    oa:exact {literal(span.exact)} .\n"
        )

    def report_file(self, title: Span | None) -> str:
        out = [
            DRAFT_LINE
            + f"# Written by `benelux-kg draft` from data/{self.source_file}: the report, its\n"
            "# presidency and priorities, its sections and sub-sections in file order, each with\n"
            "# the passage it is read from. To review: the presidency's country, the section\n"
            "# themes (dcterms:subject, required; #? lines are suggestions), and the notes the\n"
            "# drafter printed. English and French go in report.translations.ttl. Offsets are\n"
            "# the drafter's: do not retype them.\n\n",
            PREFIXES,
            "\n# --- Report ---\n\n",
        ]
        tops = [self.sections[h] for h in self.layout.sections if self._parent(h) == self.report]
        title_text = title.reading if title else self.report
        title_node = uris.part(str(self.report), "title")
        out.append(
            f"{iri(self.report)} a bkg:Report ;\n"
            f"    dcterms:title {literal(str(title_text), 'nl')} ;\n"
            f"    rdfs:label {literal(str(title_text), 'nl')} ;\n"
            f"    dcterms:language <{DUTCH}> ;\n"
            f"    bkg:sourceFile {literal(self.source_file)} ;\n"
            f"    dcterms:publisher {iri(SECRETARIAT)} ;\n"
            f'    dcterms:date "{self.year}"^^xsd:gYear ;\n'
            f"    bkg:reportsOn {iri(self.presidency)} ;\n"
            + (f"    dcterms:hasPart {', '.join(map(iri, tops))} ;\n" if tops else "")
            + (f"    bkg:sourcePassage {iri(title_node)} .\n\n" if title else "    .\n\n")
        )
        if title:
            out.append(self._passage(title_node, title) + "\n")
        out.append(self._presidency())
        out.append("\n# --- Sections and sub-sections, in file order ---\n")
        out.extend(self._section(h) for h in self.layout.sections)
        return "".join(out)

    def _presidency(self) -> str:
        passage = uris.part(str(self.presidency), "passage")
        country, stated = self.introduction.country, self.introduction.stated
        mark = "    " if stated else f"{SUGGESTION_MARK}  "
        held = f"{mark}bkg:heldBy {iri(country)} ;\n" if country else ""
        priorities = (
            f"    bkg:hasPriority {', '.join(iri(p) for p, _ in self.priorities)} ;\n"
            if self.priorities
            else ""
        )
        sentence = self.introduction.sentence
        out = [
            "# --- Presidency and its horizontal priorities ---\n\n",
            f"{iri(self.presidency)} a bkg:Presidency ;\n"
            f"    rdfs:label {literal(f'Voorzitterschap van de Benelux ({self.year})', 'nl')} ;\n"
            f"{held}"
            f"    bkg:presidencyOf {iri(UNION)} ;\n"
            f'    dcterms:date "{self.year}"^^xsd:gYear ;\n'
            f"{priorities}"
            + (f"    bkg:sourcePassage {iri(passage)} .\n\n" if sentence else "    .\n\n"),
        ]
        if sentence:
            out.append(self._passage(passage, sentence) + "\n")
        if self.priorities:
            members = ", ".join(iri(p) for p, _ in self.priorities)
            out.append(
                f"{iri(self.scheme)} a skos:ConceptScheme ;\n"
                f"    skos:prefLabel {literal(self._scheme_label(), 'nl')} ;\n"
                f"    skos:hasTopConcept {members} .\n\n"
            )
        for priority, span in self.priorities:
            node = uris.part(str(priority), "passage")
            out.append(
                f"{iri(priority)} a bkg:HorizontalPriority, skos:Concept ;\n"
                f"    skos:prefLabel {literal(span.reading, 'nl')} ;\n"
                f"    skos:inScheme {iri(self.scheme)} ;\n"
                f"    skos:topConceptOf {iri(self.scheme)} ;\n"
                f"    bkg:sourcePassage {iri(node)} .\n\n" + self._passage(node, span) + "\n"
            )
        return "".join(out)

    def _scheme_label(self) -> str:
        return f"Horizontale prioriteiten van het voorzitterschap {self.year}"

    def _section(self, heading: Heading) -> str:
        node = self.sections[heading]
        parent = self._parent(heading)
        children = [
            self.sections[h]
            for h in self.layout.sections
            if h.level == 2 and self._parent(h) == node
        ]
        position = 1 + [h for h in self.layout.sections if self._parent(h) == parent].index(heading)
        label = heading.reading.rstrip(":").strip()
        label = label[:1] + label[1:].lower() if label.isupper() else label
        passage = uris.part(str(node), "heading")
        return (
            f"\n{iri(node)} a bkg:Section ;\n"
            f"    rdfs:label {literal(label, 'nl')} ;\n"
            f"    dcterms:isPartOf {iri(parent)} ;\n"
            + (f"    dcterms:hasPart {', '.join(map(iri, children))} ;\n" if children else "")
            + f"    schema:position {position} ;\n"
            + "".join(
                f"{SUGGESTION_MARK}  {s.predicate} {iri(s.value)} ;  # {s.because}\n"
                for s in self.heading_themes[heading]
            )
            + f"    bkg:sourcePassage {iri(passage)} .\n\n"
            + self._passage(passage, heading)
        )

    def _suggestions(self, index: int, section: Heading | None) -> str:
        """Suggested links of the index-th bullet as `#?` lines: remove the `#?` to accept one,
        delete the line to reject it."""
        reading, named = self.layout.placed[index].bullet.reading, self.named[index]
        found = list(named)
        for extra in suggest_instruments(reading, named, self.instruments):
            if all(s.value != extra.value for s in found):
                found.append(extra)
        headings = [section] if section else []
        if section and section.level == 2:
            parent = self._parent(section)
            headings += [h for h, node in self.sections.items() if node == parent]
        themes = [s for s in found if s.predicate == "dcterms:subject"]
        for heading in headings if not themes else []:
            by_heading = [
                Suggestion(s.predicate, s.value, f"the heading “{heading.reading}”")
                for s in self.heading_themes[heading]
            ]
            if by_heading:
                found.extend(by_heading[:1])
                break
        return "".join(
            f"{SUGGESTION_MARK}  {s.predicate} {iri(s.value)} ;  # {s.because}\n" for s in found
        )

    def _parent(self, heading: Heading) -> URIRef:
        if heading.level == 1:
            return self.report
        above = [h for h in self.layout.sections if h.level == 1 and h.start < heading.start]
        return self.sections[above[-1]] if above else self.report

    def achievements_file(self) -> str:
        out = [
            DRAFT_LINE
            + f"# Written by `benelux-kg draft` from data/{self.source_file}: one achievement\n"
            "# per bullet, in report order, under the heading it stands under, with its passage.\n"
            "# The label and summary are drafted from the text: shorten the label, keep the\n"
            "# summary faithful. Lines starting with #? are suggestions: remove the #? to accept\n"
            "# one, delete the line to reject it. To add: the roles the text states, events,\n"
            "# instruments, steps and figures (docs/data-model.md). The Benelux Union's part in\n"
            "# every achievement is the documented rule, written here.\n\n",
            PREFIXES,
        ]
        for position, (placed, node) in enumerate(
            zip(self.layout.placed, self.achievements, strict=True), start=1
        ):
            reading = placed.bullet.reading
            passage = uris.part(str(node), "passage")
            section = (
                f"    bkg:inSection {iri(self.sections[placed.section])} ;\n"
                if placed.section
                else ""
            )
            out.append(
                f"\n# {position}.\n"
                f"{iri(node)} a bkg:Achievement ;\n"
                f"    schema:position {position} ;\n"
                f"    rdfs:label {literal(drafted_label(reading), 'nl')} ;\n"
                f"    dcterms:description {literal(reading, 'nl')} ;\n"
                f"{section}"
                f"    bkg:underPresidency {iri(self.presidency)} ;\n"
                f'    dcterms:date "{self.year}"^^xsd:gYear ;\n'
                f"    bkg:participant {iri(UNION)} ;\n"
                + self._suggestions(position - 1, placed.section)
                + f"    bkg:sourcePassage {iri(passage)} .\n\n"
                + self._passage(passage, placed.bullet)
            )
        return "".join(out)
