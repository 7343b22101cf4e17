"""Check that an extractor change keeps its output byte for byte.

Writes the candidates YAML of every development text (and, with
``--with-heldout``, every held-out text: compared only, never read), the seed article and the speed benchmark's
0.25 MB text into a folder outside the repository (they quote the texts'
sentences), and compares them with a folder saved before the change:

    python scripts/extract_identical.py save /tmp/extract-before
    # ... change the extractor ...
    python scripts/extract_identical.py check /tmp/extract-before   # exit 1 on any difference
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from spacekg.extract.rules import RuleExtractor, to_yaml
from spacekg.model.facts import load_dataset

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SEED = ROOT.parent / "shared" / "seeds" / "000_814fbd7705b27452.txt"


def outputs(with_heldout: bool = False) -> dict[str, str]:
    extractor = RuleExtractor(load_dataset([ROOT / "data" / "facts"]))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    if with_heldout:  # opt in: a held-out set being written must not be read
        texts |= {
            f"heldout-{p.name}": p.read_text(encoding="utf-8") for p in sorted((CORPUS / "heldout").glob("*.txt"))
        }
    if SEED.is_file():
        texts[SEED.name] = SEED.read_text(encoding="utf-8")
    paragraph = "\n".join(texts[n] for n in sorted(texts) if not n.startswith(("heldout-", SEED.name)))
    texts["bench-0.25MB.txt"] = (paragraph * (250_000 // len(paragraph) + 1))[:250_000]
    result = {}
    for name, text in texts.items():
        candidates = extractor.extract(text, name, hashlib.sha256(text.encode()).hexdigest())
        result[name.removesuffix(".txt") + ".candidates.yaml"] = to_yaml(candidates, extractor.entities)
    return result


def main(argv: list[str]) -> int:
    with_heldout = "--with-heldout" in argv
    argv = [a for a in argv if a != "--with-heldout"]
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "save":
        folder.mkdir(parents=True, exist_ok=True)
        for name, yaml in outputs(with_heldout).items():
            (folder / name).write_text(yaml, encoding="utf-8")
        print(f"saved {len(list(folder.iterdir()))} files in {folder}")
        return 0
    different = []
    produced = outputs(with_heldout)
    for name, yaml in produced.items():
        saved = folder / name
        if not saved.is_file() or saved.read_text(encoding="utf-8") != yaml:
            different.append(name)
            (folder / (name + ".new")).write_text(yaml, encoding="utf-8")
    missing = sorted({p.name for p in folder.glob("*.candidates.yaml")} - set(produced))
    for name in different:
        print(f"DIFFERENT: {name} (new output beside it as {name}.new)")
    for name in missing:
        print(f"MISSING: {name}")
    print(f"{len(produced) - len(different)} of {len(produced)} identical")
    return 1 if different or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
