"""spacekg: a linked-data knowledge graph of space politics, with provenance."""

__version__ = "0.1.0"
