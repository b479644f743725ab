"""The servers under test: how each is loaded, started, checked and stopped.

All of them serve the same N-Quads file on loopback ports, side by side, with the union of the
named graphs as the default graph, so the cookbook queries mean the same thing on each.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from environment import ROOT, VENV_BIN, log
from procfs import cpu_seconds, memory

PUBLISHER, OXIGRAPH, RDFLIB = "benelux-kg", "oxigraph", "rdflib-endpoint"
OXIGRAPH_MEMORY = "oxigraph-mem"
PUBLISHER_DISK = "benelux-kg-disk"
VIRTUOSO = "virtuoso"
READY_QUERY = "ASK { ?s ?p ?o }"
# A server that used more than one clock tick (10 ms) of CPU in a 0.2 s window is still busy.
IDLE_WINDOW, IDLE_CPU = 0.2, 0.011


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """One server process (and its children), started in its own session so that stopping it
    takes its query workers along."""

    name: str
    sparql_path: str
    command: list[str]
    log_path: Path
    ready_within: float
    prepare_commands: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    startup_seconds: float = 0.0
    load: Callable[[Server], None] | None = None  # data sent over HTTP once it answers

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def shown_command(self) -> str:
        """The command as the report shows it: temporary folders as $TMP, project paths relative."""
        text = " ".join(self.command).replace(str(self.log_path.parent), "$TMP")
        return text.replace(str(ROOT) + "/", "")

    def start(self) -> None:
        started = time.monotonic()
        with self.log_path.open("ab") as output:
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_until_ready()
        if self.load:
            self.load(self)
        self.startup_seconds = time.monotonic() - started

    def _wait_until_ready(self) -> None:
        """Ready means answering a SPARQL query, not merely listening (rdflib-endpoint parses the
        whole file before it binds its port; the publisher loads and forks first)."""
        deadline = time.monotonic() + self.ready_within
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                tail = self.log_path.read_text(errors="replace")[-800:]
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{tail}")
            try:
                response = httpx.get(
                    self.url + self.sparql_path,
                    params={"query": READY_QUERY},
                    headers={"Accept": "application/sparql-results+json"},
                    timeout=5,
                )
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer within {self.ready_within:.0f} s")

    def stop(self) -> None:
        """SIGTERM to the server's own process group, then SIGKILL to whatever of it is left
        (forked workers outliving their parent included)."""
        if self.process is None:
            return
        for sent in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.process.pid, sent)
            except ProcessLookupError:
                break
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                continue
        self.process.wait(timeout=10)

    def restart(self) -> None:
        """Used when a server keeps computing answers nobody waits for any more (rdflib-endpoint
        cannot cancel a query): it would steal CPU from the next measurement."""
        log(f"restarting {self.name} (still busy with abandoned requests)")
        self.stop()
        self.start()

    def wait_idle(self, limit: float) -> bool:
        """Wait until the process tree stops using CPU; False if it is still busy at `limit`."""
        deadline = time.monotonic() + limit
        before = cpu_seconds(self.pid)
        while time.monotonic() < deadline:
            time.sleep(IDLE_WINDOW)
            now = cpu_seconds(self.pid)
            if now - before < IDLE_CPU:
                return True
            before = now
        return False

    def idle_rss(self) -> int:
        return memory(self.pid).rss


def publisher(dataset: Path, work: Path) -> Server:
    """The project's own server; a synthetic file is put where `serve --output` looks for it."""
    output = ROOT / "build"
    if dataset.resolve() != (ROOT / "build" / "dataset" / "benelux-kg.nq").resolve():
        output = work / "publisher-output"
        (output / "dataset").mkdir(parents=True, exist_ok=True)
        link = output / "dataset" / "benelux-kg.nq"
        link.unlink(missing_ok=True)
        link.symlink_to(dataset.resolve())
    port = free_port()
    server = Server(
        PUBLISHER,
        "/sparql",
        _serve_command(port, "--output", str(output)),
        work / "publisher.log",
        ready_within=120 + dataset.stat().st_size / 1e6,
        notes=["default graph: the union of the named graphs (the publisher's own default)"],
    )
    server.port = port
    return server


def _serve_command(port: int, *source: str) -> list[str]:
    """`benelux-kg serve` on loopback, serving what `source` names."""
    return [
        str(VENV_BIN / "benelux-kg"),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        *source,
    ]


def publisher_on_disk(dataset: Path, work: Path) -> Server:
    """The project's server on an on-disk store that `load --into` made before the clock starts,
    every worker opening it read-only: the memory-lean way to serve a large dataset."""
    store = work / "publisher-store"
    load = [str(VENV_BIN / "benelux-kg"), "load", "--into", str(store), "--data", str(dataset)]
    if store.exists():
        shutil.rmtree(store)
    started = time.monotonic()
    subprocess.run(load, check=True, capture_output=True)
    loaded_in = time.monotonic() - started
    port = free_port()
    server = Server(
        PUBLISHER_DISK,
        "/sparql",
        _serve_command(port, "--on-disk", str(store)),
        work / "publisher-disk.log",
        ready_within=60,
        prepare_commands=[_shown(load, dataset, work)],
        notes=[f"`benelux-kg load --into` took {loaded_in:.1f} s before the server started"],
    )
    server.port = port
    return server


def oxigraph(dataset: Path, work: Path) -> Server:
    """Oxigraph's own server on a RocksDB store loaded (and compacted, as `load` advises for
    read-heavy use) before the clock starts."""
    binary = str(VENV_BIN / "oxigraph")
    store = work / "oxigraph-store"
    load = [binary, "load", "--location", str(store), "--file", str(dataset)]
    optimize = [binary, "optimize", "--location", str(store)]
    started = time.monotonic()
    for step in (load, optimize):
        subprocess.run(step, check=True, capture_output=True)
    loaded_in = time.monotonic() - started
    port = free_port()
    server = Server(
        OXIGRAPH,
        "/query",
        [
            binary,
            "serve-read-only",
            "--location",
            str(store),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        work / "oxigraph.log",
        ready_within=60,
        prepare_commands=[_shown(load, dataset, work), _shown(optimize, dataset, work)],
        notes=[
            "default graph: the union of the named graphs (--union-default-graph)",
            f"`oxigraph load` and `optimize` took {loaded_in:.1f} s before the server started",
        ],
    )
    server.port = port
    return server


def oxigraph_memory(dataset: Path, work: Path) -> Server:
    """Oxigraph's server on an in-memory store, as the publisher keeps its data: the same engine
    without RocksDB in the way (not a read-only mode: the file is POSTed to /store once)."""
    port = free_port()

    def load(server: Server) -> None:
        with dataset.open("rb") as body:
            response = httpx.post(
                f"{server.url}/store",
                content=body,
                headers={"Content-Type": "application/n-quads"},
                timeout=600,
            )
        response.raise_for_status()

    server = Server(
        OXIGRAPH_MEMORY,
        "/query",
        [
            str(VENV_BIN / "oxigraph"),
            "serve",
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        work / "oxigraph-mem.log",
        ready_within=60,
        prepare_commands=[
            "# once it answers: curl -X POST -H 'Content-Type: application/n-quads' "
            "--data-binary @$DATA http://127.0.0.1:PORT/store"
        ],
        notes=["in-memory store (no --location), loaded with POST /store; union default graph"],
        load=load,
    )
    server.port = port
    return server


def rdflib_endpoint(dataset: Path, work: Path) -> Server:
    """rdflib-endpoint's CLI parses the file into an in-memory rdflib Dataset."""
    port = free_port()
    server = Server(
        RDFLIB,
        "/",
        [
            str(VENV_BIN / "rdflib-endpoint"),
            "serve",
            str(dataset),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        work / "rdflib-endpoint.log",
        ready_within=120 + dataset.stat().st_size / 1e5,
        notes=[
            "default graph: the union of the named graphs - its `serve` command builds "
            "`rdflib.Dataset(default_union=True)`, so nothing had to be changed"
        ],
    )
    server.port = port
    return server


def _shown(command: list[str], dataset: Path, work: Path) -> str:
    text = " ".join(command).replace(str(work), "$TMP").replace(str(dataset), "$DATA")
    return text.replace(str(ROOT) + "/", "")


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = ., {folder}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


def virtuoso(dataset: Path, work: Path) -> Server:
    """OpenLink Virtuoso, only where Debian's virtuoso-t is already installed: a private database
    in the work folder, the N-Quads bulk-loaded (ld_dir, rdf_loader_run) once it answers. No
    row limit and no "anytime" time limit, which would return partial answers that look fast."""
    folder = work / "virtuoso"
    folder.mkdir(exist_ok=True)
    (folder / "data.nq").unlink(missing_ok=True)
    (folder / "data.nq").symlink_to(dataset.resolve())
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port))
    isql = shutil.which("isql-vt") or shutil.which("isql") or "isql-vt"
    statements = (
        f"ld_dir('{folder}', 'data.nq', 'urn:bench:default'); rdf_loader_run(); checkpoint;"
    )
    shown_load = f'{Path(isql).name} 127.0.0.1:PORT dba dba exec="{statements}"'
    loaded: list[bool] = []

    def load(server: Server) -> None:
        if loaded:  # the database keeps the data across a restart
            return
        command = [isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={statements}"]
        subprocess.run(command, check=True, capture_output=True, timeout=3600)
        loaded.append(True)

    server = Server(
        VIRTUOSO,
        "/sparql",
        [shutil.which("virtuoso-t") or "virtuoso-t", "+foreground", "+configfile", str(ini)],
        work / "virtuoso.log",
        ready_within=120,
        prepare_commands=[f"# once it answers: {shown_load.replace(str(work), '$TMP')}"],
        notes=[
            "default graph: all graphs (Virtuoso's default without FROM), its own system "
            "graphs included; ResultSetMaxRows 10000000, MaxQueryExecutionTime 0"
        ],
        load=load,
    )
    server.port = http_port
    return server


FACTORIES = {
    PUBLISHER: publisher,
    PUBLISHER_DISK: publisher_on_disk,
    OXIGRAPH: oxigraph,
    OXIGRAPH_MEMORY: oxigraph_memory,
    RDFLIB: rdflib_endpoint,
    VIRTUOSO: virtuoso,
}
