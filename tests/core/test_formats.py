"""The one table of formats: every tuple drawn from it is complete for what reads it."""

from __future__ import annotations

import pytest

from publisher.core import formats
from publisher.core.formats import Format


@pytest.mark.parametrize("fmt", formats.DUMP_FORMATS, ids=lambda f: f.suffix)
def test_a_dump_format_can_be_written_and_catalogued(fmt: Format) -> None:
    assert fmt.rdflib_name and fmt.eu_file_type and fmt.w3c_name
    assert fmt.iana_uri == f"https://www.iana.org/assignments/media-types/{fmt.media_type}"


@pytest.mark.parametrize("fmt", formats.RESULT_FORMATS, ids=lambda f: f.suffix)
def test_a_result_format_has_its_w3c_name(fmt: Format) -> None:
    assert fmt.w3c_uri.startswith("http://www.w3.org/ns/formats/") and fmt.w3c_name


@pytest.mark.parametrize(
    "offered",
    [
        formats.DUMP_FORMATS,
        formats.DOCUMENT_FORMATS,
        formats.SOLUTION_FORMATS,
        formats.GRAPH_FORMATS,
    ],
    ids=["dumps", "documents", "solutions", "graphs"],
)
def test_suffixes_and_media_types_name_one_format_each(offered: tuple[Format, ...]) -> None:
    assert len({f.suffix for f in offered}) == len({f.media_type for f in offered}) == len(offered)


def test_documents_are_data_formats_and_a_page() -> None:
    assert formats.DOCUMENT_FORMATS[-1] is formats.HTML
    assert set(formats.RDF_DOCUMENT_FORMATS) <= set(formats.GRAPH_FORMATS)
    assert set(formats.DOCUMENT_BY_SUFFIX.values()) == set(formats.DOCUMENT_FORMATS)


def test_an_unknown_media_type_is_no_result_format() -> None:
    with pytest.raises(ValueError, match="image/png"):
        formats.by_media_type("image/png")
