"""The query engine: the stores (Oxigraph embedded, or a remote SPARQL endpoint), the worker
processes that run queries under limits, and the loader into production stores.

The only package that imports pyoxigraph.
"""
