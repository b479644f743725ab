"""A value computed in a thread from start-up, for what the server can begin answering without.

On a large dataset, reading every label (the overview) or counting every graph takes seconds;
SPARQL and documents need neither, so the server serves them meanwhile, and the first request
that does need the value waits for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """`compute()`, run once in a daemon thread; `get` waits for it, or raises what it raised."""

    def __init__(self, name: str, compute: Callable[[], T]) -> None:
        self._compute = compute
        self._value: T | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def get(self) -> T:
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value

    def _run(self) -> None:
        try:
            self._value = self._compute()
        except BaseException as exc:  # handed to whoever asks, not lost with the thread
            self._error = exc
        finally:
            self._done.set()
