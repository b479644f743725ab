"""benelux-kg: the Benelux Union's yearly achievements as a linked-data knowledge graph.

The names in `__all__` are the package's public surface, for Python users; everything else may
change between releases. They are imported when first used, so that importing the package (or
serving) does not load the build's SHACL engine.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_HOMES = {
    "Settings": "publisher.settings",
    "Limits": "publisher.settings",
    "PublisherError": "publisher.errors",
    "BuildError": "publisher.errors",
    "build_dataset": "publisher.build.assemble",
    "Built": "publisher.build.assemble",
    "write_dumps": "publisher.build.dumps",
    "validate": "publisher.validation.shacl",
    "ValidationReport": "publisher.validation.shacl",
    "OxigraphStore": "publisher.engine.store",
    "RemoteStore": "publisher.engine.remote",
    "WorkerPool": "publisher.engine.workers",
    "Publication": "publisher.catalogue.publication",
    "create_app": "publisher.web.app",
    "serve": "publisher.web.server",
}
__all__ = ["__version__", *_HOMES]

if TYPE_CHECKING:  # what type checkers see at the top, where users import it
    from .build.assemble import Built as Built
    from .build.assemble import build_dataset as build_dataset
    from .build.dumps import write_dumps as write_dumps
    from .catalogue.publication import Publication as Publication
    from .engine.remote import RemoteStore as RemoteStore
    from .engine.store import OxigraphStore as OxigraphStore
    from .engine.workers import WorkerPool as WorkerPool
    from .errors import BuildError as BuildError
    from .errors import PublisherError as PublisherError
    from .settings import Limits as Limits
    from .settings import Settings as Settings
    from .validation.shacl import ValidationReport as ValidationReport
    from .validation.shacl import validate as validate
    from .web.app import create_app as create_app
    from .web.server import serve as serve


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'publisher' has no attribute {name!r}")
    return getattr(import_module(home), name)
