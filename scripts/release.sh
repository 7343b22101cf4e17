#!/bin/sh
# Rebuild the committed dataset in data/release/ (no quotes: offsets only, so
# no sentence of any source is committed). tests/test_export.py fails when
# these files are stale. The JSON-LD context (and the ontology in RDF/XML)
# are generated from the ontology first, as the JSON-LD export is compacted
# with the context.
set -eu
cd "$(dirname "$0")/.."
python="python3"
[ -x .venv/bin/python ] && python=".venv/bin/python"
"$python" scripts/release_files.py
spacekg build --out data/release/spacekg.ttl
spacekg export --graph data/release/spacekg.ttl --format jsonld --out data/release/spacekg.jsonld
