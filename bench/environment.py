"""Install the competitors if missing and describe the machine and versions for the report.

A benchmark result is only worth what its set-up says: every version and the machine go into the
report, and the tools install themselves from here so a fresh machine can rerun it.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.prefix) / "bin"
PIP_PACKAGES = {
    # package: the requirement installed when it is missing (same series as pyoxigraph's pin)
    "oxigraph": "oxigraph>=0.5,<0.6",
    "rdflib-endpoint": "rdflib-endpoint>=0.6,<0.7",
}


@dataclass
class Setup:
    """What could be installed, and what could not (reported, and those servers are skipped)."""

    wrk: str | None = None
    available: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


STARTED = time.monotonic()


def log(message: str) -> None:
    """Progress on stderr, with minutes:seconds since the start, to see where the time goes."""
    elapsed = int(time.monotonic() - STARTED)
    print(f"bench {elapsed // 60:02d}:{elapsed % 60:02d} {message}", file=sys.stderr, flush=True)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def ensure_wrk(setup: Setup) -> None:
    """wrk comes from Debian; apt's lists may be missing on a fresh machine, hence the update."""
    if not shutil.which("wrk"):
        log("installing wrk (apt-get install -y wrk)")
        if _run("apt-get", "install", "-y", "wrk").returncode != 0:
            _run("apt-get", "update")
            result = _run("apt-get", "install", "-y", "wrk")
            if result.returncode != 0:
                setup.problems.append(f"apt-get install wrk failed: {result.stderr.strip()[-300:]}")
    setup.wrk = shutil.which("wrk")


def ensure_pip_package(setup: Setup, name: str) -> None:
    """Install into the venv the bench runs in; a failure is reported, not fatal."""
    try:
        importlib.metadata.version(name)
        setup.available.add(name)
        return
    except importlib.metadata.PackageNotFoundError:
        pass
    pip = [sys.executable, "-m", "pip"]
    offered = _run(*pip, "index", "versions", name)
    if offered.returncode != 0:
        setup.problems.append(f"pip index versions {name}: {_last_line(offered)}")
        return
    log(f"installing {PIP_PACKAGES[name]} ({_first_line(offered)})")
    result = _run(*pip, "install", "--quiet", PIP_PACKAGES[name])
    if result.returncode != 0:
        setup.problems.append(f"pip install {PIP_PACKAGES[name]} failed: {_last_line(result)}")
        return
    importlib.invalidate_caches()
    setup.available.add(name)


def _first_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return lines[0] if lines else ""


def _last_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (result.stderr + result.stdout).splitlines() if line.strip()]
    return lines[-1] if lines else f"exit {result.returncode}"


def prepare() -> Setup:
    setup = Setup()
    ensure_wrk(setup)
    for name in PIP_PACKAGES:
        ensure_pip_package(setup, name)
    if shutil.which("virtuoso-t"):
        setup.available.add("virtuoso")
    else:
        setup.problems.append("Virtuoso: not installed (virtuoso-t not found), not measured")
    return setup


def machine() -> dict[str, str]:
    """nproc, memory and CPU model, as the report's first lines."""
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kib = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    return {
        "nproc": str(len(os.sched_getaffinity(0))),
        "memory": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "cpu": model,
        "kernel": platform.release(),
    }


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _command_version(*command: str, lines: int = 1) -> str:
    if not shutil.which(command[0]):
        return "not installed"
    result = _run(*command)
    return " ".join((result.stdout or result.stderr).strip().splitlines()[:lines]) or "?"


def project_commit() -> str:
    """The commit checked out, read from .git's files (the bench never runs git)."""
    git = ROOT / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        loose = git / ref
        if loose.is_file():
            return loose.read_text().strip()[:12]
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:12]
    except OSError:
        pass
    return "unknown"


def versions() -> dict[str, str]:
    oxigraph = VENV_BIN / "oxigraph"
    return {
        "python": platform.python_version(),
        "benelux-kg": f"{_package_version('benelux-kg')} (commit {project_commit()})",
        "pyoxigraph": _package_version("pyoxigraph"),
        "oxigraph server": _command_version(str(oxigraph), "--version")
        if oxigraph.exists()
        else "not installed",
        "rdflib-endpoint": _package_version("rdflib-endpoint"),
        "rdflib": _package_version("rdflib"),
        "uvicorn": _package_version("uvicorn"),
        "wrk": _command_version("wrk", "-v"),
        "virtuoso": _command_version("virtuoso-t", "--version", lines=2),
    }
