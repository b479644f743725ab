"""What the served dataset says about itself, made at start-up for the URL it is served at:
the Publication (the release and the files offered), the DCAT-AP catalogue, VoID, the SPARQL
service description."""
