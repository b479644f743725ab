"""What many tests need: the project's paths, a copy of it to break, the command line, servers on
loopback, waiting for a service, reading RDF bodies."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pyoxigraph as ox
from rdflib import Dataset, Graph

from publisher.core import formats
from publisher.core.formats import Format

ROOT = Path(__file__).resolve().parents[1]
COOKBOOK = ROOT / "cookbook"
SECOND_REPORT = Path(__file__).parent / "fixtures" / "second-report"
#: Screenshots and other files tests leave for people to look at.
ARTIFACTS = ROOT / "test-artifacts"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def copy_project(target: Path) -> Path:
    """A copy of the project's curated files, to break or extend without touching the real ones."""
    for folder in ("ontology", "shapes", "data", "cookbook"):
        shutil.copytree(ROOT / folder, target / folder)
    return target


def run_cli(*arguments: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python -m publisher ARGUMENTS` from the project folder, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "publisher", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def free_port() -> int:
    """A loopback port nobody listens on, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until(answers: Callable[[], bool], what: str, seconds: float = 30) -> None:
    """Poll `answers` until it is true; a transport error counts as not yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if answers():
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not answer within {seconds:g} s")


def count_triples(http: httpx.Client, endpoint: str, query: str = COUNT) -> int:
    """The single number a COUNT query answers, read from its CSV result."""
    response = http.get(endpoint, params={"query": query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.text
    return int(response.text.split()[-1].strip('"'))


def rdf_format(content_type: str) -> Format:
    media_type = content_type.split(";")[0].strip()
    return next(f for f in formats.GRAPH_FORMATS if f.media_type == media_type)


def parse_graph(body: bytes, content_type: str) -> Graph:
    """A response body in the RDF format its Content-Type names."""
    return Graph().parse(data=body, format=rdf_format(content_type).rdflib_name)


def parse_dataset(body: bytes, content_type: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=body, format=rdf_format(content_type).rdflib_name)
    return dataset


class Server:
    """A real publisher on a loopback port, in its own process, as clients see it."""

    def __init__(self, output: Path, *options: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        arguments = ["serve", "--port", str(self.port), "--output", str(output), *options]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "publisher", *arguments],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            wait_until(self._answers, "the publisher")
        except RuntimeError:
            self.stop()
            raise

    def _answers(self) -> bool:
        if self.process.poll() is not None:
            error = self.process.stderr.read().decode() if self.process.stderr else ""
            raise RuntimeError(f"the publisher did not start:\n{error}")
        httpx.get(f"{self.url}/sparql", headers={"Accept": "text/turtle"}, timeout=1)
        return True

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()


def canonical(graph: Graph) -> frozenset[str]:
    """The graph's triples with blank nodes labelled by RDF Dataset Canonicalization (RDFC-1.0,
    the engine's implementation): two graphs are isomorphic when these are equal, and telling so
    takes a fraction of a second where rdflib's `isomorphic` takes seconds on our shapes."""
    data = graph.serialize(format="nt", encoding="utf-8")
    dataset = ox.Dataset(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return frozenset(str(quad) for quad in dataset)
