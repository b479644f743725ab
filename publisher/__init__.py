"""benelux-kg: the Benelux Union's yearly achievements as a linked-data knowledge graph."""

from .build import Built, build
from .validate import Report, validate

__version__ = "0.1.0"
__all__ = ["Built", "Report", "build", "validate", "__version__"]
