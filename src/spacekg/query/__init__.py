"""Querying: stores behind one interface, named queries, result formats, and the SPARQL endpoint.

Imports from :mod:`spacekg.core` and :mod:`spacekg.model`.
"""
