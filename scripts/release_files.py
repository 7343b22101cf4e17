"""Write the release files generated from the ontology alone:

- the JSON-LD context, to the package (src/spacekg/ontology/context.jsonld)
  and to data/release/context.jsonld;
- the ontology in RDF/XML, data/release/ontology.rdf (triples sorted, so
  the file only changes when the ontology does).

Run by scripts/release.sh; tests fail when any of them is stale.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from spacekg.core.namespaces import PREFIXES
from spacekg.core.resources import ontology_text
from spacekg.model.context import context_json

ROOT = Path(__file__).resolve().parent.parent


def ontology_rdfxml() -> bytes:
    triples = sorted(ox.parse(ontology_text().encode("utf-8"), format=ox.RdfFormat.TURTLE), key=str)
    return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)  # type: ignore[no-any-return]


if __name__ == "__main__":
    text = context_json()
    for target in (
        ROOT / "src" / "spacekg" / "ontology" / "context.jsonld",
        ROOT / "data" / "release" / "context.jsonld",
    ):
        target.write_text(text, encoding="utf-8")
        print(f"Wrote {target.relative_to(ROOT)}")
    (ROOT / "data" / "release" / "ontology.rdf").write_bytes(ontology_rdfxml())
    print("Wrote data/release/ontology.rdf")
