"""Write the JSON-LD context generated from the ontology to the package
(src/spacekg/ontology/context.jsonld) and to data/release/context.jsonld.

Run by scripts/release.sh; tests fail when either file is stale.
"""

from __future__ import annotations

from pathlib import Path

from spacekg.model.context import context_json

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    text = context_json()
    for target in (
        ROOT / "src" / "spacekg" / "ontology" / "context.jsonld",
        ROOT / "data" / "release" / "context.jsonld",
    ):
        target.write_text(text, encoding="utf-8")
        print(f"Wrote {target.relative_to(ROOT)}")
