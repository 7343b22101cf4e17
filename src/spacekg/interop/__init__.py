"""Interoperability: exports to other tools' formats and the ontology's HTML documentation.

Imports from :mod:`spacekg.graphs` and below.
"""
