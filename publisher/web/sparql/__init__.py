"""The SPARQL 1.1 Protocol at /sparql: the request, the query's shape, running and answering."""
