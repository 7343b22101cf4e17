"""Facts files written by the YAML library read back equal, comments included."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacekg.cli import main
from spacekg.extract.yamlio import COMMENT, REVIEW, dump_facts, entry_comments
from spacekg.model.facts import SLUG, parse_facts

# Ids that a hand-written YAML file would read back as booleans, nulls,
# numbers or dates; all are valid facts-file ids.
TRICKY_IDS = ["no", "yes", "on", "off", "y", "n", "true", "false", "null", "nan", "inf", "1e3", "0x1f", "0o17",
              "1-000", "2021-01-01", "12", "0", "1-2"]  # fmt: skip
TRICKY_LABELS = ["~", "null", "no", "Yes", "ON", "1e3", "0x1F", ".inf", "-.5", "2021-01-01", "2021-01-01 10:00:00",
                 'say "no"', "it's", "'single'", "key: value", "a # b", "#hash", " leading", "trailing ", "a\nb",
                 "[list]", "{map}", "- dash", "? q", "& anchor", "* alias", "! tag", "| pipe", "> fold", "%percent",
                 "@at", "`tick`", "a:b", "x\u2028y", "tab\there", "Zoë Ünïcode", "\u00a0nbsp", "=", "<<", "c:\\path"]  # fmt: skip

ids = st.one_of(st.sampled_from(TRICKY_IDS), st.from_regex(SLUG, fullmatch=True))
labels = st.one_of(st.sampled_from(TRICKY_LABELS), st.text(min_size=1, max_size=30)).filter(lambda s: s.strip())
notes = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"), max_size=40
).map(str.strip)
LENGTH = 1000
spans = st.tuples(st.integers(0, LENGTH - 2), st.integers(1, 50)).map(lambda t: [t[0], min(LENGTH, t[0] + t[1])])


@st.composite
def facts_documents(draw: st.DrawFn) -> dict[str, Any]:
    def commented(entry: dict[str, Any]) -> dict[str, Any]:
        if draw(st.booleans()):
            entry[COMMENT] = draw(notes)
        if draw(st.booleans()):
            entry[REVIEW] = [draw(labels), draw(labels)]  # words of the source, possibly multi-line
        return entry

    entities = [
        commented(
            {
                "id": draw(ids),
                "type": draw(st.sampled_from(["Country", "City", ["SpaceAgency", "Person"]])),
                "label": draw(labels),
                "mention": draw(spans),
                "aliases": draw(st.lists(labels, max_size=2)),
                "status": "new",
                "confidence": draw(st.sampled_from([0.5, 0.75, 1])),
            }
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    facts = [
        commented(
            {
                "subject": draw(ids),
                "relation": draw(st.sampled_from(["signs", "partnerOf"])),
                "object": draw(ids),
                "evidence": draw(st.lists(spans, min_size=1, max_size=2, unique_by=tuple)),
                **({"modality": "negated"} if draw(st.booleans()) else {}),
            }
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    claims = [
        commented(
            {
                "id": draw(ids),
                "speaker": draw(st.lists(ids, min_size=1, max_size=2)),
                "summary": draw(labels),
                "proposition": {"subject": draw(ids), "relation": "signs", "object": draw(ids)},
                "evidence": [draw(spans)],
            }
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return {
        "spacekg": 1,
        "source": {
            "id": draw(ids),
            "type": "NewsArticle",
            "label": draw(labels),
            "sha256": "ab" * 32,
            "characters": LENGTH,
            "mention": [0, 5],
        },
        "entities": entities,
        "mentions": [commented({"entity": draw(ids), "span": draw(spans)}) for _ in range(draw(st.integers(0, 3)))],
        "facts": facts,
        "claims": claims,
        "dates": [{"span": draw(spans), "year": 2024, "month": draw(st.integers(1, 12))}],
    }


def data_only(document: dict[str, Any]) -> dict[str, Any]:
    return {
        key: [{k: v for k, v in e.items() if k not in (COMMENT, REVIEW)} for e in value]
        if isinstance(value, list)
        else value
        for key, value in document.items()
    }


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts_documents())
def test_facts_files_round_trip(document: dict[str, Any]) -> None:
    text = dump_facts(document, header=["candidates: review them"], section_comments={"entities": "new # ones"})
    assert dump_facts(document, header=["candidates: review them"], section_comments={"entities": "new # ones"}) == text
    assert yaml.safe_load(text) == data_only(document)  # read back equal
    facts = parse_facts(text, "c.yaml")  # and the facts loader agrees, ids and labels as written
    assert facts.source.id == document["source"]["id"] and facts.source.label == document["source"]["label"]
    assert [(e.id, e.label, list(e.aliases)) for e in facts.entities] == [
        (e["id"], e["label"], e["aliases"]) for e in document["entities"]
    ]
    assert [(f.subject, f.object, f.modality) for f in facts.facts] == [
        (f["subject"], f["object"], f.get("modality")) for f in document["facts"]
    ]
    assert [(c.id, list(c.speakers), c.summary) for c in facts.claims] == [
        (c["id"], c["speaker"], c["summary"]) for c in document["claims"]
    ]
    assert [m.entity for m in facts.mentions] == [m["entity"] for m in document["mentions"]]
    # Each entry's note comes back as its comment; the source's words (#>) do not.
    comments = entry_comments(text)
    for section in ("entities", "mentions", "facts", "claims"):
        expected = [[e[COMMENT]] if e.get(COMMENT) else [] for e in document[section]]
        assert comments.get(section, []) == expected, section


def test_hand_written_yaml_would_misread_these_ids() -> None:
    """What the library's quoting prevents: plain `no` is False, `1e3` a float in YAML 1.2 readers."""
    assert yaml.safe_load("id: no")["id"] is False
    text = dump_facts({"spacekg": 1, "entities": [{"id": i} for i in TRICKY_IDS]})
    assert [e["id"] for e in yaml.safe_load(text)["entities"]] == TRICKY_IDS
    for tricky in ("no", "1e3", "0x1f", "2021-01-01", "null"):
        assert f'id: "{tricky}"' in text


def test_comments_are_placed_above_their_entry_and_hash_in_strings_is_not_one() -> None:
    document = {
        "spacekg": 1,
        "entities": [
            {"id": "a", "label": "A # not a comment", COMMENT: ["first", "second"], REVIEW: "The A said so."},
            {"id": "b", "label": "B"},
        ],
    }
    text = dump_facts(document, section_comments={"entities": "not in the graph yet"})
    assert "entities:  # not in the graph yet\n  #> The A said so.\n  # first\n  # second\n  - id: a\n" in text
    assert entry_comments(text) == {"entities": [["first", "second"], []]}
    # A reviewer's comment at the end of an entry's line belongs to that entry.
    edited = text.replace("  - id: b\n", "  - id: b  # checked by hand\n")
    assert entry_comments(edited)["entities"] == [["first", "second"], ["checked by hand"]]


def test_norwegian_space_office_extract_and_evaluate(tmp_path: Path) -> None:
    """The issue's example: the acronym id `no` used to read back as False."""
    source = tmp_path / "no.txt"
    source.write_text("The Norwegian Space Office (NO) signed it.\n", encoding="utf-8")
    candidates = tmp_path / "no.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(source), "--out", str(candidates)])
    assert result.exit_code == 0, result.output
    facts = parse_facts(candidates.read_text(encoding="utf-8"), str(candidates))
    assert facts.source.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert "no" in {e.id for e in facts.entities}
    scored = runner.invoke(main, ["evaluate", str(candidates), str(candidates)])
    assert scored.exit_code == 0, scored.output
    assert "links (exact)" in scored.output


flow_scalars = st.one_of(
    ids,
    labels,
    st.text(max_size=12),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e-05, 1e16, 0.5, True, False, None]),
)
flow_values = st.recursive(flow_scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=6)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.one_of(st.sampled_from(["entity", "span", "y", "no", "a: b", "#k"]), labels), flow_values,
                       min_size=1, max_size=5))  # fmt: skip
def test_flow_entries_are_written_as_pyyaml_writes_them(entry: dict[str, Any]) -> None:
    """Mentions, facts and dates are joined from scalars PyYAML wrote once (speed): byte for byte
    what PyYAML writes for the whole entry, or left to PyYAML."""
    from spacekg.extract.yamlio import _Flow, _flow_entry, _Items, _yaml

    written = _flow_entry(_Flow(entry))
    assert written is None or written == _yaml(_Items([_Flow(entry)]))


def test_usual_flow_entries_take_the_fast_path() -> None:
    from spacekg.extract.yamlio import _Flow, _flow_entry, _Items, _yaml

    for entry in ({"entity": "nasa", "span": [10, 14], "confidence": 0.9},
                  {"subject": "no", "relation": "signs", "object": "artemis-accords", "modality": "negated",
                   "evidence": [[0, 42], [50, 80]], "confidence": 0.55},
                  {"span": [3, 16], "year": 2024, "month": 4}):  # fmt: skip
        assert _flow_entry(_Flow(entry)) == _yaml(_Items([_Flow(entry)]))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.one_of(st.sampled_from(["id", "label", "y", "no", "a: b", "#k", "- k"]), labels), flow_values,
                       min_size=1, max_size=5))  # fmt: skip
def test_block_entries_are_written_as_pyyaml_writes_them(entry: dict[str, Any]) -> None:
    """New entities and claims are joined from keys and scalars PyYAML wrote once (speed): byte
    for byte what PyYAML writes for the whole entry, or left to PyYAML."""
    from spacekg.extract.yamlio import _Block, _block_entry, _Items, _yaml

    written = _block_entry(_Block(entry))
    assert written is None or written == _yaml(_Items([_Block(entry)]))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["id", "label", "no", "a: b"]), flow_values, min_size=1, max_size=4),
                min_size=1, max_size=6), st.booleans())  # fmt: skip
def test_scalars_learnt_together_are_those_learnt_alone(entries: list[dict[str, Any]], flow: bool) -> None:
    """A section's scalars are learnt from one run of PyYAML: each as it is learnt alone."""
    from spacekg.extract import yamlio

    for cache in (yamlio._flow_values, yamlio._flow_keys, yamlio._block_values, yamlio._block_keys):
        cache.clear()
    yamlio._learn_section(entries, flow)
    together = [dict(c) for c in (yamlio._flow_values, yamlio._flow_keys, yamlio._block_values, yamlio._block_keys)]
    for cache in (yamlio._flow_values, yamlio._flow_keys, yamlio._block_values, yamlio._block_keys):
        cache.clear()
    for entry in entries:
        if flow:
            yamlio._flow_entry(yamlio._Flow(entry))
        else:
            yamlio._block_entry(yamlio._Block(entry))
        for key in entry:
            yamlio._flow_key(key) if flow else yamlio._block_entry(yamlio._Block({key: 0}))
    alone = [yamlio._flow_values, yamlio._flow_keys, yamlio._block_values, yamlio._block_keys]
    for learnt, single in zip(together, alone, strict=True):
        assert all(single.get(key, value) == value for key, value in learnt.items())


def test_usual_block_entries_take_the_fast_path() -> None:
    from spacekg.extract.yamlio import _Block, _block_entry, _Items, _yaml

    for entry in ({"id": "no", "type": "Country", "label": "Example: a name", "mention": [32, 38], "status": "new",
                   "confidence": 0.99},
                  {"id": "x-claim-1", "speaker": ["nasa"], "summary": "TO REVIEW: what NASA says here, in your words",
                   "evidence": [[824, 997]], "confidence": 0.6}):  # fmt: skip
        assert _block_entry(_Block(entry)) == _yaml(_Items([_Block(entry)]))


def test_the_learnt_scalars_stay_bounded(monkeypatch: Any) -> None:
    """A long-lived process (a notebook, a service) does not keep every label it ever wrote."""
    from spacekg.extract import yamlio

    monkeypatch.setattr(yamlio, "_CACHE_LIMIT", 8)
    for number in range(50):
        entry = yamlio._Flow({f"key{number}": f"label {number}", "span": [number, number + 1]})
        assert yamlio._flow_entry(entry) == yamlio._yaml(yamlio._Items([entry]))
    assert len(yamlio._flow_values) <= 8 and len(yamlio._flow_keys) <= 8
