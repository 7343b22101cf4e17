"""Graph projections: the networkx view of the knowledge graph, its analytics and its interactive HTML view.

Imports from :mod:`spacekg.query` and below.
"""
