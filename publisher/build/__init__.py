"""Source -> curated records -> graph -> dump files: everything `benelux-kg build` does but
validate (validation/). Never imports the query engine or the web stack."""
