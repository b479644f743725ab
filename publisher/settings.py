"""Deployment facts, read once from the environment and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Limits:
    """What one request may cost; stated in the service description."""

    timeout: float = 10.0  # seconds of query time; then the worker running it is killed
    max_result_bytes: int = 50 * 1024 * 1024
    max_request_bytes: int = 64 * 1024  # query text, form body or URL
    memory_bytes: int = 1024 * 1024 * 1024  # per worker, over what it shares with the store
    queue_wait: float = 30.0  # how long a request waits for a free query worker
    query_workers: int = 4


@dataclass(frozen=True)
class Settings:
    root: Path = Path(".")  # the project: ontology/, shapes/, data/
    output: Path = Path("build")  # where the build writes its dumps
    host: str = "127.0.0.1"
    port: int = 8000
    title: str = "Benelux achievements knowledge graph"
    public_url: str = ""  # where clients reach this publisher; default http://host:port
    data_files: tuple[Path, ...] = ()  # serve these RDF files instead of the build
    store_url: str = ""  # serve from this SPARQL endpoint instead of an embedded store
    store_dir: Path | None = None  # serve this on-disk store, read-only, instead of the build
    response_cache_bytes: int = 64 * 1024 * 1024  # documents kept for the next request; 0: none
    limits: Limits = field(default_factory=Limits)

    @property
    def base_url(self) -> str:
        """The public URL without a trailing slash: for links in the catalogue and VoID."""
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    @property
    def dumps(self) -> Path:
        return self.output / "dataset"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Settings from BENELUX_KG_* variables; anything unset keeps its default."""
        env = dict(os.environ if environ is None else environ)
        defaults = cls()
        return cls(
            root=Path(env.get("BENELUX_KG_ROOT", str(defaults.root))),
            output=Path(env.get("BENELUX_KG_OUTPUT", str(defaults.output))),
            host=env.get("BENELUX_KG_HOST", defaults.host),
            port=int(env.get("BENELUX_KG_PORT", str(defaults.port))),
            public_url=env.get("BENELUX_KG_PUBLIC_URL", ""),
            store_url=env.get("BENELUX_KG_STORE", ""),
            store_dir=Path(env["BENELUX_KG_STORE_DIR"])
            if env.get("BENELUX_KG_STORE_DIR")
            else None,
            response_cache_bytes=int(
                float(
                    env.get("BENELUX_KG_RESPONSE_CACHE_MB", defaults.response_cache_bytes / 2**20)
                )
                * 2**20
            ),
            limits=Limits(
                timeout=float(env.get("BENELUX_KG_QUERY_TIMEOUT", defaults.limits.timeout)),
                query_workers=int(
                    env.get("BENELUX_KG_QUERY_WORKERS", defaults.limits.query_workers)
                ),
            ),
        )
