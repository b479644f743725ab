"""The vocabulary every stage shares: IRIs, formats, languages, folder names, serialisation.

rdflib only: no query engine, no SHACL engine, no web framework.
"""
