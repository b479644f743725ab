"""Bad curated input stops the build with the file, the line and what to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.build.assemble import build_dataset
from publisher.errors import BuildError

from ..support import copy_project

REPORT = Path("data/reports/2025-luxembourg")


def _break(root: Path, relative: Path, old: str, new: str) -> Path:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _first_ttl(root: Path, folder: Path) -> Path:
    return sorted((root / folder).glob("*.ttl"))[0].relative_to(root)


def test_a_turtle_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    path = root / "data/reference/countries.ttl"
    lines = path.read_text(encoding="utf-8").splitlines()
    broken_at = next(i for i, line in enumerate(lines) if line.startswith("country:")) + 1
    lines[broken_at - 1] = lines[broken_at - 1] + " ]] {"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert caught.value.path == path
    assert caught.value.line is not None and abs(caught.value.line - broken_at) <= 2
    assert "not valid Turtle" in caught.value.message


def test_an_unknown_ontology_term_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    relative = REPORT / "report.ttl"
    path = _break(root, relative, "bkg:reportsOn", "bkg:reportOn")
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert caught.value.path == path
    assert caught.value.line is not None
    assert "bkg:reportOn is not a term of the ontology" in caught.value.message
    assert "did you mean bkg:reportsOn?" in caught.value.message


def test_a_passage_that_is_not_at_its_offsets_says_where_it_is(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    relative = REPORT / "report.ttl"
    path = root / relative
    text = path.read_text(encoding="utf-8")
    start = text.index("oa:start ") + len("oa:start ")
    digits = text[start:].split()[0].rstrip(";")
    shifted = str(int(digits) + 1)
    path.write_text(text[:start] + shifted + text[start + len(digits) :], encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert caught.value.path == path
    assert f"oa:exact is not the file's text at {shifted}-" in caught.value.message
    assert f"the text stands at oa:start {digits} ;" in caught.value.message


def test_a_misspelt_reference_is_refused(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    relative = REPORT / "report.ttl"
    path = _break(root, relative, "country:luxembourg", "country:luxemburg")
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert caught.value.path == path
    assert "country/luxemburg> is used but described nowhere" in caught.value.message


def test_a_missing_source_file_is_named(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "data/source/benelux-2025-luxembourg-presidency.nl.txt").unlink()
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert "copy the report's text file into data/source/" in caught.value.message


def test_a_bullet_cited_by_two_achievements_is_refused(tmp_path: Path) -> None:
    from rdflib import Literal

    from publisher.build.source import read_source

    root = copy_project(tmp_path)
    source = read_source(root / "data/source/benelux-2025-luxembourg-presidency.nl.txt")
    first = source.bullets[0]
    iri = "https://w3id.org/benelux-kg/id/achievement/2025-cited-twice"
    duplicate = root / REPORT / "duplicate.ttl"
    duplicate.write_text(
        "@prefix bkg: <https://w3id.org/benelux-kg/def/bkg#> .\n"
        "@prefix oa: <http://www.w3.org/ns/oa#> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        f"<{iri}> a bkg:Achievement ;\n"
        f"    bkg:sourcePassage <{iri}#passage> .\n"
        f"<{iri}#passage> a bkg:SourcePassage ;\n"
        "    prov:wasQuotedFrom"
        " <https://w3id.org/benelux-kg/id/report/2025-luxembourg-presidency> ;\n"
        f"    oa:start {first.start} ; oa:end {first.end} ;\n"
        f"    oa:exact {Literal(first.exact).n3()} .\n",
        encoding="utf-8",
    )
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert "a bullet of the report is cited by one achievement only" in caught.value.message
    assert "2025-cited-twice" in caught.value.message


SOURCE_FILE = 'bkg:sourceFile "source/benelux-2025-luxembourg-presidency.nl.txt" ;'


def test_a_report_folder_without_its_report_says_so(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    _break(root, REPORT / "report.ttl", SOURCE_FILE, "")
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert "must describe exactly one bkg:Report" in caught.value.message
    assert caught.value.path == root / "data/reports/2025-luxembourg"


def test_a_source_file_named_wrong_points_at_the_file_that_names_it(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    path = _break(root, REPORT / "report.ttl", SOURCE_FILE, SOURCE_FILE.replace(".nl.", ".fr."))
    with pytest.raises(BuildError) as caught:
        build_dataset(root)
    assert caught.value.path == path and caught.value.line is not None
    assert "which does not exist" in caught.value.message
