"""benelux-kg: the Benelux Union's yearly achievements as a linked-data knowledge graph.

The package imports nothing on its own: serving does not load the build's SHACL engine.
"""

__version__ = "0.1.0"
