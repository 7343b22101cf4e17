"""Cue-gated rule dispatch (spacekg.extract.dispatch) changes how fast the candidates come, never what they are.

Every development text is extracted with gating off and on and the candidates YAML compared byte for byte;
with the audit on, every gated function also runs where its cues said it could not fire, and must give
nothing there. A cue list with one word missing is caught by the audit.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from spacekg.extract import dispatch, relations
from spacekg.extract.rules import RuleExtractor, to_yaml
from spacekg.extract.sentences import sentences

CORPUS = Path(__file__).resolve().parent / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))  # the development texts (not the held-out folder)


def candidates(extractor: RuleExtractor, path: Path) -> str:
    data = path.read_bytes()
    found = extractor.extract(data.decode("utf-8"), path.name, hashlib.sha256(data).hexdigest())
    return to_yaml(found, extractor.entities)


def extract_all(extractor: RuleExtractor, gating: bool, texts: list[Path] = TEXTS) -> dict[str, str]:
    dispatch.GATING[0] = gating
    try:
        return {path.name: candidates(extractor, path) for path in texts}
    finally:
        dispatch.GATING[0] = True


def test_every_registered_function_is_gated() -> None:
    """Each entry names a function relations.py gates, whose expressions have strings a match needs."""
    gated = {f"{f.__wrapped__.__module__}.{f.__wrapped__.__qualname__}": f
             for f in vars(relations).values() if callable(f) and hasattr(f, "strings")}  # fmt: skip
    assert set(dispatch.REGISTRY) == set(gated)
    for name, function in gated.items():
        assert dispatch.strings_of(function.__wrapped__, dispatch.REGISTRY[name]) == function.strings


def test_one_pass_finds_exactly_the_strings_in_each_sentence() -> None:
    """The combined pass (a lookahead at every place) finds every registered string a sentence holds,
    overlapping ones too ('astronaut' inside 'astronauts', 'part' inside 'departure'), and no other."""
    assert len(dispatch._STRINGS) > 50
    checked = 0
    for path in TEXTS[::4]:
        text = path.read_text(encoding="utf-8")
        for start, end in sentences(text):
            sentence = text[start:end]
            assert dispatch._present(sentence) == {s for s in dispatch._STRINGS if s in sentence}, sentence
            checked += 1
    assert checked > 500


def test_gating_changes_no_candidate_on_the_development_texts(extractor: RuleExtractor) -> None:
    assert len(TEXTS) > 150
    plain = extract_all(extractor, gating=False)
    with dispatch.audit() as wrong:
        gated = extract_all(extractor, gating=True)
    assert not wrong, f"gated functions fired without their cues: {wrong[:5]}"
    changed = [name for name in plain if plain[name] != gated[name]]
    assert not changed, f"gating changed the candidates of {changed[:10]}"


def test_a_wrong_cue_list_is_caught(extractor: RuleExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """deals registered without 'launch' ('Examplia bought two launches from Example Corp'): the sentences
    that hold only that word of its list are skipped, and the audit sees it."""
    name = "spacekg.extract.deals.deals"
    right = dispatch.REGISTRY[name]
    monkeypatch.setitem(dispatch.REGISTRY, name, dataclasses.replace(right, words=right.words[1:]))
    assert right.words[0] == "launch"
    monkeypatch.setattr(relations, "deals", dispatch.gated(relations.deals.__wrapped__))
    texts = [p for p in TEXTS if "launches" in p.read_text(encoding="utf-8")]
    with dispatch.audit() as wrong:
        extract_all(extractor, gating=True, texts=texts)
    # (the audit sees it even where another rule states the same fact, so the candidates stay the same)
    assert any(n == name for n, _ in wrong)
