#!/bin/sh
# Rebuild the committed dataset in data/release/ (no quotes: offsets only, so
# no sentence of any source is committed). tests/test_export.py fails when
# these files are stale.
set -eu
cd "$(dirname "$0")/.."
spacekg build --out data/release/spacekg.ttl
spacekg export --graph data/release/spacekg.ttl --format jsonld --out data/release/spacekg.jsonld
