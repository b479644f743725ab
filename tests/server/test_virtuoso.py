"""Virtuoso as the production store: the build pushed in by SPARQL Update, then SPARQL, documents
and pages served from it. Runs where Debian's virtuoso-opensource-7-bin is installed (.ci/run
installs it); a private database is started and stopped here."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from publisher.core.namespaces import BASE
from publisher.engine.store import OxigraphStore

from ..support import COOKBOOK, Server, count_triples, free_port, run_cli, wait_until

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
#: Triples in our graphs only: Virtuoso's default graph also holds its own system graphs.
OURS = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
    f' FILTER (STRSTARTS(STR(?g), "{BASE}")) }}'
)

SETTINGS = """\
[Database]
DatabaseFile = {folder}/db
ErrorLogFile = {folder}/log
LockFile = {folder}/lck
TransactionFile = {folder}/trx
xa_persistent_file = {folder}/pxa

[TempDatabase]
DatabaseFile = {folder}/temp-db
TransactionFile = {folder}/temp-trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 100000
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Virtuoso's SPARQL endpoint, writable by anonymous SPARQL Update (a test database only)."""
    if VIRTUOSO is None or ISQL is None:
        pytest.skip("Virtuoso is not installed (Debian: virtuoso-opensource-7-bin)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(
        SETTINGS.format(folder=folder, sql_port=sql_port, http_port=http_port)
    )
    process = subprocess.Popen(
        [VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{http_port}/sparql"
    try:
        _wait_for(endpoint, process)
        subprocess.run(
            [ISQL, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for(endpoint: str, process: subprocess.Popen[bytes]) -> None:
    def answers() -> bool:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {process.returncode}")
        return httpx.get(endpoint, params={"query": "ASK {}"}, timeout=2).status_code == 200

    wait_until(answers, "Virtuoso", seconds=120)


def _ours(endpoint: str) -> int:
    with httpx.Client(timeout=30) as http:
        return count_triples(http, endpoint, OURS)


def _load(build_output: Path, endpoint: str) -> None:
    arguments = ["load", "--endpoint", endpoint, "--protocol", "update"]
    loaded = run_cli(*arguments, "--output", str(build_output))
    assert loaded.returncode == 0, loaded.stderr


@pytest.fixture(scope="module")
def through_virtuoso(virtuoso: str, build_output: Path) -> Iterator[Server]:
    _load(build_output, virtuoso)
    running = Server(build_output, "--store", virtuoso)
    yield running
    running.stop()


def test_loading_twice_leaves_what_loading_once_does(
    virtuoso: str, build_output: Path, through_virtuoso: Server, store: OxigraphStore
) -> None:
    loaded = _ours(virtuoso)
    assert loaded == len(store)
    _load(build_output, virtuoso)
    assert _ours(virtuoso) == loaded


def _rows(server: Server, query: str) -> set[tuple[str, ...]]:
    answer = httpx.post(
        f"{server.url}/sparql",
        data={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    ).json()
    names = answer["head"]["vars"]
    return {
        tuple(row[n]["value"] for n in names if n in row) for row in answer["results"]["bindings"]
    }


@pytest.mark.parametrize("recipe", sorted(p.name for p in COOKBOOK.glob("cq*.rq")))
def test_the_cookbook_answers_as_the_embedded_store_does(
    through_virtuoso: Server, server: Server, recipe: str
) -> None:
    """Compared as sets: Virtuoso returns one row per branch of a property-path alternative
    (`a|b`) that reaches the same node, where Oxigraph returns one, so counts differ too; the
    order inside GROUP_CONCAT is the engine's own; Virtuoso writes a bound EXISTS as 1 or 0,
    not as a boolean; and the catalogue graph is the embedded store's only (added at start-up)."""
    query = (COOKBOOK / recipe).read_text(encoding="utf-8")
    remote, embedded = _rows(through_virtuoso, query), _rows(server, query)
    assert remote, f"{recipe} found nothing in Virtuoso"
    engine_specific = any(w in query for w in ("COUNT", "GROUP_CONCAT", "SUM(", "BIND (EXISTS"))
    if not engine_specific and "external-links" not in recipe:
        assert remote == embedded


def test_documents_and_pages_through_the_publisher(through_virtuoso: Server) -> None:
    with httpx.Client(base_url=through_virtuoso.url, follow_redirects=True, timeout=30) as http:
        turtle = http.get("/id/country/belgium", headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200 and "België" in turtle.text
        page = http.get("/doc/country/belgium?lang=fr", headers={"Accept": "text/html"})
        assert page.status_code == 200 and 'lang="fr"' in page.text
        assert http.get("/", headers={"Accept": "text/html"}).status_code == 200
