#!/bin/sh
# Rebuild the committed dataset in data/release/ (no quotes: offsets only, so
# no sentence of any source is committed). tests/test_export.py fails when
# these files are stale. The JSON-LD context is generated from the ontology
# first, as the JSON-LD export is compacted with it.
set -eu
cd "$(dirname "$0")/.."
python="python3"
[ -x .venv/bin/python ] && python=".venv/bin/python"
"$python" scripts/context.py
spacekg build --out data/release/spacekg.ttl
spacekg export --graph data/release/spacekg.ttl --format jsonld --out data/release/spacekg.jsonld
spacekg export --graph data/release/spacekg.ttl --format rdfxml --part ontology --out data/release/ontology.rdf
