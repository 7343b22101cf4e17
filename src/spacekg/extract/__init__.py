"""Growing the graph from new texts: extract candidates, evaluate them against gold, ingest reviewed ones.

Imports from :mod:`spacekg.model` and :mod:`spacekg.core`.
"""
