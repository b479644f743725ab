"""HTTP: the SPARQL endpoint, dereferencing, the catalogue and the pages, as one FastAPI app.

Reads through engine/ and catalogue/; never imports the build or pySHACL.
"""
