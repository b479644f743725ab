"""Run SPARQL queries in worker processes that are killed when a query outlives its time.

Oxigraph cannot cancel a running query, so a deadline that "really stops the work" means a
process to kill. A zygote is forked once, while the server is still single-threaded, and forks
each worker on demand: workers share the loaded store copy-on-write, and a killed worker is
replaced in milliseconds. A worker answers one job at a time and serialises the results itself
(bytes cross the process boundary, not Python objects). Memory and result size are capped too.
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import os
import resource
import signal
import socket
import struct
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..settings import Limits
from .jobs import Job, Outcome, Status, execute
from .store import OxigraphStore

#: A job that ran this long has likely grown the heap: the worker trims it afterwards.
HEAVY_JOB_SECONDS = 0.05
#: A frame: the lengths of a JSON header and of a body, then both.
_LENGTHS = struct.Struct("!II")
_LIBC = ctypes.CDLL(None)


class _Worker:
    """The parent's end of one worker process, spoken to from the event loop."""

    def __init__(self, channel: socket.socket, pid: int) -> None:
        self.channel = channel
        self.pid = pid
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def run(self, job: Job, timeout: float) -> Outcome | None:
        """The outcome, or None if the worker ran out of time (it is then killed)."""
        try:
            async with asyncio.timeout(timeout):
                return await self._exchange(job)
        except TimeoutError:
            self.kill()
            return None
        except (asyncio.IncompleteReadError, OSError):
            self.kill()
            return Outcome(
                Status.DIED,
                message="the query stopped its worker: it needed more memory than a query may use",
            )

    async def _exchange(self, job: Job) -> Outcome:
        if self._streams is None:
            self._streams = await asyncio.open_unix_connection(sock=self.channel)
        reader, writer = self._streams
        writer.write(_frame(job.as_header()))
        await writer.drain()
        header, body = await _read_frame(reader)
        return Outcome(Status(header["status"]), body, header["message"])

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if self._streams is not None:
            try:
                self._streams[1].close()
            except RuntimeError:  # its event loop has ended (the server stopped): nothing to tell
                pass
        self.channel.close()


class WorkerPool:
    """A fixed number of query workers over one store, refilled as workers are killed.

    `start()` forks: call it while the process is still single-threaded, before the server
    starts threads of its own."""

    def __init__(self, open_store: Callable[[], OxigraphStore], size: int, limits: Limits) -> None:
        """`open_store` runs in each worker: it returns the store loaded before the fork (shared
        copy-on-write), or opens an on-disk store read-only (shared through the page cache)."""
        self.limits = limits
        self._open_store = open_store
        self._size = size
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._zygote_pid: int | None = None

    def start(self) -> WorkerPool:
        """Fork the zygote and the first workers; returns the pool, ready to run jobs."""
        self._folder = tempfile.mkdtemp(prefix="benelux-kg-")
        self._address = str(Path(self._folder) / "workers.sock")
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self._address)
        self._listener.listen(self._size * 2)
        self._listener.settimeout(30)
        self._zygote, zygote_end = socket.socketpair()
        self._zygote_pid = os.fork()
        if self._zygote_pid == 0:  # in the forked zygote, which never returns from here
            self._zygote.close()
            self._listener.close()
            _zygote_main(zygote_end, self._address, self._open_store, self.limits)
        zygote_end.close()
        for _ in range(self._size):
            self._idle.put_nowait(self._spawn())
        return self

    @property
    def running(self) -> bool:
        """True from start() to close()."""
        return self._zygote_pid is not None

    async def run(self, job: Job) -> Outcome:
        """Run `job` on the next free worker, waiting at most `queue_wait` for one."""
        try:
            worker = self._idle.get_nowait()
        except asyncio.QueueEmpty:
            try:
                worker = await asyncio.wait_for(self._idle.get(), self.limits.queue_wait)
            except TimeoutError:
                return Outcome(Status.BUSY, message="every query worker is busy; try again shortly")
        outcome = None
        try:
            outcome = await worker.run(job, self.limits.timeout)
        finally:
            if outcome is None or outcome.status is Status.DIED:  # killed, or cancelled mid-job
                worker.kill()
                self._all.discard(worker)
                worker = await asyncio.to_thread(self._spawn)
            self._idle.put_nowait(worker)
        if outcome is None:
            return Outcome(
                Status.TIMEOUT,
                message=f"the query ran over {self.limits.timeout:g} s and"
                " was stopped; narrow it down or add a LIMIT",
            )
        return outcome

    def close(self) -> None:
        """Kill every worker and the zygote; a pool never started, or closed, is left as it is."""
        if self._zygote_pid is None:
            return
        for worker in self._all:
            worker.kill()
        self._all.clear()
        self._zygote.close()
        try:
            os.kill(self._zygote_pid, signal.SIGKILL)
            os.waitpid(self._zygote_pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._zygote_pid = None
        self._listener.close()
        Path(self._address).unlink(missing_ok=True)
        os.rmdir(self._folder)

    def _spawn(self) -> _Worker:
        self._zygote.sendall(b"s")
        channel, _ = self._listener.accept()
        channel.settimeout(None)
        pid = int(_recv_frame(channel)[0]["pid"])
        channel.setblocking(False)
        worker = _Worker(channel, pid)
        self._all.add(worker)
        return worker


def _zygote_main(
    channel: socket.socket, address: str, open_store: Callable[[], OxigraphStore], limits: Limits
) -> None:
    """Fork a worker for every byte received; exit when the server goes away."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps dead workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while channel.recv(1):
        if os.fork() == 0:
            channel.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            _worker_main(address, open_store(), limits)
    os._exit(0)


def _worker_main(address: str, store: OxigraphStore, limits: Limits) -> None:
    """Answer jobs one at a time until the server closes the connection."""
    _cap_memory(limits.memory_bytes)
    channel = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    channel.connect(address)
    channel.sendall(_frame({"pid": os.getpid()}))
    while True:
        try:
            job = Job(**_recv_frame(channel)[0])
        except EOFError:
            os._exit(0)
        started = time.monotonic()
        outcome = execute(store, job, limits)
        header = {"status": outcome.status.value, "message": outcome.message}
        channel.sendall(_frame(header, outcome.body))
        if time.monotonic() - started > HEAVY_JOB_SECONDS:
            _give_back_memory()


def _give_back_memory() -> None:
    """Return the heap a heavy query freed to the system: glibc keeps it otherwise, and every
    idle worker would hold its largest query's memory."""
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)


def _cap_memory(extra: int) -> None:
    """Let a worker grow by `extra` bytes over what it shares with the store, no more."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    current = pages * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (current + extra, current + extra))


def _frame(header: dict[str, Any], body: bytes = b"") -> bytes:
    encoded = json.dumps(header).encode("utf-8")
    return _LENGTHS.pack(len(encoded), len(body)) + encoded + body


async def _read_frame(reader: asyncio.StreamReader) -> tuple[dict[str, Any], bytes]:
    header_size, body_size = _LENGTHS.unpack(await reader.readexactly(_LENGTHS.size))
    header = json.loads(await reader.readexactly(header_size))
    return header, await reader.readexactly(body_size)


def _recv_frame(channel: socket.socket) -> tuple[dict[str, Any], bytes]:
    header_size, body_size = _LENGTHS.unpack(_recv_exactly(channel, _LENGTHS.size))
    header = json.loads(_recv_exactly(channel, header_size))
    return header, _recv_exactly(channel, body_size)


def _recv_exactly(channel: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = channel.recv(min(size - len(data), 1 << 20))
        if not chunk:
            raise EOFError
        data += chunk
    return bytes(data)
