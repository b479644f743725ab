"""Deployment facts, read once from the environment and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    root: Path = Path(".")  # the project: ontology/, shapes/, data/
    output: Path = Path("build")  # where the build writes its dumps
    host: str = "127.0.0.1"
    port: int = 8000
    title: str = "Benelux achievements knowledge graph"

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
        )
