"""What the served dataset says about itself, made at start-up for the URL it is served at:
the release and its files, the DCAT-AP catalogue, VoID, the SPARQL service description."""
