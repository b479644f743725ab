"""Graph -> report: the SHACL shapes run on the build (`validate`), and a catalogue scored as
data.europa.eu does (`mqa`). The only package that imports pySHACL; serving never imports it."""
