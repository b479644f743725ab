"""Run SPARQL queries in worker processes that are killed when a query outlives its time.

Oxigraph cannot cancel a running query, so a deadline that "really stops the work" means a
process to kill. A zygote is forked once, while the server is still single-threaded, and forks
each worker on demand: workers share the loaded store copy-on-write, and a killed worker is
replaced in milliseconds. A worker answers one job at a time and serialises the results itself
(bytes cross the process boundary, not Python objects). Memory and result size are capped too.
"""

from __future__ import annotations

import json
import os
import queue
import resource
import signal
import socket
import tempfile
import threading
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from .settings import Limits
from .store import OxigraphStore, ResultTooLarge


@dataclass(frozen=True)
class Job:
    """One query to run: the text, the result format, the dataset the protocol asked for."""

    query: str
    media_type: str
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    own_dataset: bool = False  # the query has FROM / FROM NAMED


@dataclass(frozen=True)
class Outcome:
    """What came of a job: `status` is ok, syntax, too-large, failed, timeout, died or busy."""

    status: str
    body: bytes = b""
    message: str = ""


class Runner(Protocol):
    """Runs protocol jobs: the worker pool, or a remote store's endpoint."""

    def run(self, job: Job) -> Outcome: ...
    def close(self) -> None: ...


class _Worker:
    """The parent's end of one worker process."""

    def __init__(self, connection: Connection, pid: int) -> None:
        self.connection = connection
        self.pid = pid

    def run(self, job: Job, timeout: float) -> Outcome | None:
        """The outcome, or None if the worker died or ran out of time (it is then killed)."""
        try:
            self.connection.send_bytes(json.dumps(asdict(job)).encode("utf-8"))
            if not self.connection.poll(timeout):
                self.kill()
                return None
            header = json.loads(self.connection.recv_bytes())
            body = self.connection.recv_bytes()
        except (EOFError, OSError):
            self.kill()
            return Outcome(
                "died",
                message="the query stopped its worker: it needed more memory than a query may use",
            )
        return Outcome(header["status"], body, header["message"])

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.connection.close()


class WorkerPool:
    """A fixed number of query workers over one store, refilled as workers are killed."""

    def __init__(self, store: OxigraphStore, size: int, limits: Limits) -> None:
        self.limits = limits
        self._folder = tempfile.mkdtemp(prefix="benelux-kg-")
        self._address = str(Path(self._folder) / "workers.sock")
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self._address)
        self._listener.listen(size * 2)
        self._listener.settimeout(30)
        self._zygote, zygote_end = socket.socketpair()
        self._zygote_pid = os.fork()
        if self._zygote_pid == 0:  # pragma: no cover - runs in the forked zygote
            self._zygote.close()
            self._listener.close()
            _zygote_main(zygote_end, self._address, store, limits)
        zygote_end.close()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._spawn_lock = threading.Lock()
        for _ in range(size):
            self._idle.put(self._spawn())

    def run(self, job: Job) -> Outcome:
        """Run `job` on the next free worker; blocks the calling thread (call it from a thread)."""
        try:
            worker = self._idle.get(timeout=self.limits.queue_wait)
        except queue.Empty:
            return Outcome("busy", message="every query worker is busy; try again shortly")
        outcome = worker.run(job, self.limits.timeout)
        if outcome is None or outcome.status == "died":
            worker = self._spawn()
        self._idle.put(worker)
        if outcome is None:
            return Outcome(
                "timeout",
                message=f"the query ran over {self.limits.timeout:g} s and"
                " was stopped; narrow it down or add a LIMIT",
            )
        return outcome

    def close(self) -> None:
        while not self._idle.empty():
            self._idle.get_nowait().kill()
        self._zygote.close()
        try:
            os.kill(self._zygote_pid, signal.SIGKILL)
            os.waitpid(self._zygote_pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._listener.close()
        Path(self._address).unlink(missing_ok=True)
        os.rmdir(self._folder)

    def _spawn(self) -> _Worker:
        with self._spawn_lock:
            self._zygote.sendall(b"s")
            connection, _ = self._listener.accept()
        channel = Connection(connection.detach())
        pid = int(channel.recv_bytes())
        return _Worker(channel, pid)


def _zygote_main(
    channel: socket.socket, address: str, store: OxigraphStore, limits: Limits
) -> None:  # pragma: no cover - runs in the forked zygote
    """Fork a worker for every byte received; exit when the server goes away."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps dead workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while channel.recv(1):
        if os.fork() == 0:
            channel.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            _worker_main(address, store, limits)
    os._exit(0)


def _worker_main(address: str, store: OxigraphStore, limits: Limits) -> None:  # pragma: no cover
    """Answer jobs one at a time until the server closes the connection."""
    _cap_memory(limits.memory_bytes)
    raw = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    raw.connect(address)
    channel = Connection(raw.detach())
    channel.send_bytes(str(os.getpid()).encode())
    while True:
        try:
            job = Job(**json.loads(channel.recv_bytes()))
        except EOFError:
            os._exit(0)
        outcome = _execute(store, job, limits)
        header = {"status": outcome.status, "message": outcome.message}
        channel.send_bytes(json.dumps(header).encode("utf-8"))
        channel.send_bytes(outcome.body)


def _execute(store: OxigraphStore, job: Job, limits: Limits) -> Outcome:
    try:
        body = store.answer(
            job.query,
            job.media_type,
            default_graphs=job.default_graphs,
            named_graphs=job.named_graphs,
            own_dataset=job.own_dataset,
            max_bytes=limits.max_result_bytes,
        )
    except SyntaxError as exc:
        return Outcome("syntax", message=str(exc))
    except ResultTooLarge as exc:
        return Outcome("too-large", message=str(exc))
    except (ValueError, OSError, TypeError) as exc:
        return Outcome("failed", message=f"the query could not be answered: {exc}")
    return Outcome("ok", body)


def _cap_memory(extra: int) -> None:  # pragma: no cover - runs in a worker
    """Let a worker grow by `extra` bytes over what it shares with the store, no more."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    current = pages * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (current + extra, current + extra))
