"""Check a running publisher's catalogue against the official DCAT-AP SHACL shapes.

Not part of the tests (which must not depend on files outside the project): give it the folder of
the official shapes (e.g. DCAT-AP 3.0.1 `html/shacl/`) and, optionally, a folder of EU authority
tables in RDF/XML, which are merged into the data graph as the mdr-vocabularies shapes require.

    python tools/check_dcat_ap.py http://127.0.0.1:8000/catalog SHAPES_DIR [TABLES_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import httpx
import pyshacl
from rdflib import Graph
from rdflib.namespace import SH, SKOS

SHAPE_FILES = (
    "shapes.ttl",
    "range.ttl",
    "mdr-vocabularies.shape.ttl",
    "shapes_recommended.ttl",
    "deprecateduris.ttl",
)


def main(url: str, shapes_dir: Path, tables_dir: Path | None) -> int:
    data = Graph().parse(
        data=httpx.get(url, headers={"Accept": "text/turtle"}).text, format="turtle"
    )
    catalogue_size = len(data)
    if tables_dir is not None:  # the tables' concepts and their scheme, as the mdr shapes check
        for table in sorted(tables_dir.glob("*.rdf")):
            entries = Graph().parse(table, format="xml")
            data += entries.triples((None, SKOS.inScheme, None))
    shapes = Graph()
    for name in SHAPE_FILES:
        if (shapes_dir / name).is_file():
            shapes.parse(shapes_dir / name, format="turtle")
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True
    )
    assert isinstance(results, Graph)
    by_severity: Counter[str] = Counter()
    messages: Counter[tuple[str, str]] = Counter()
    for result in results.objects(None, SH.result):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        by_severity[severity] += 1
        path = results.value(result, SH.resultPath)
        message = str(results.value(result, SH.resultMessage))
        messages[(severity, f"{path}: {message}"[:200])] += 1
    print(f"catalogue: {catalogue_size} triples; conforms: {conforms}; {dict(by_severity)}")
    for (severity, text), count in sorted(messages.items()):
        print(f"  {severity:9} x{count:<3} {text}")
    return 0 if by_severity["Violation"] == 0 else 1


if __name__ == "__main__":
    tables = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2]), tables))
