"""The model: the ontology's vocabulary, the facts format, and the build that turns facts into a validated RDF graph.

Imports only from :mod:`spacekg.core`.
"""
