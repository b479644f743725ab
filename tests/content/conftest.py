"""What the content tests read: each report with its source, and a store per report.

The tests named test_<year>_*.py hold one report's figures, written by hand from its text; they
run on a store of that report alone (with the shared ontology, schemes and reference data), so
that adding next year's report leaves them as they are. Add yours beside them.
"""

from __future__ import annotations

import pytest
from rdflib import Dataset

from publisher.engine.store import OxigraphStore

from .reports import Report, reports_of, store_of_one_report


@pytest.fixture(scope="session")
def reports(dataset: Dataset) -> list[Report]:
    return reports_of(dataset)


@pytest.fixture(scope="session")
def store_2025(dataset: Dataset) -> OxigraphStore:
    return store_of_one_report(dataset, "2025-luxembourg")


@pytest.fixture(scope="session")
def report_2025(reports: list[Report]) -> Report:
    return next(r for r in reports if r.folder == "2025-luxembourg")
