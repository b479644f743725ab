"""The source reports' texts, read from the store once, for the passages pages show in context.

Fixed queries, over the default graph and the named graphs alike, so that a remote store whose
default graph is not the union finds them too; no request input ever reaches them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.namespaces import sparql_prologue
from ...core.uris import download_path
from ...engine.store import Store


@dataclass(frozen=True)
class ReportSources:
    texts: dict[str, str]  # report IRI -> the full text of its source file
    files: dict[str, str]  # report IRI -> its source file's name, as /download/ offers it

    def download_path(self, report: str) -> str | None:
        name = self.files.get(report)
        return download_path(name) if name is not None else None


def read_report_sources(store: Store) -> ReportSources:
    return ReportSources(
        texts={row["report"]: row["value"] for row in _values(store, "bkg:sourceText")},
        files={
            row["report"]: row["value"].rsplit("/", 1)[-1]
            for row in _values(store, "bkg:sourceFile")
        },
    )


def _values(store: Store, predicate: str) -> list[dict[str, str]]:
    return store.select(
        sparql_prologue()
        + f"""SELECT DISTINCT ?report ?value WHERE {{
        {{ ?report {predicate} ?value }} UNION {{ GRAPH ?g {{ ?report {predicate} ?value }} }}
        FILTER (isIRI(?report) && isLiteral(?value)) }}"""
    )
