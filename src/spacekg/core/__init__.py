"""The ground floor: names, package files, source texts, safe output, RDF file syntaxes.

Nothing here imports from any other room of spacekg.
"""
