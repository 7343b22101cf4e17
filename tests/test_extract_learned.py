"""The learned relation stage: features of invented sentences, deterministic
training, the shipped weights, negation, and the CLI switch."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.extract.base import Found
from spacekg.extract.learned import (
    LEARNED_CONFIDENCE,
    MODEL_FILE,
    NONE,
    Classes,
    LearnedRelations,
    Model,
    coordinated,
    features,
    pairs,
    parse_label,
    shipped,
    stem,
    train,
)
from spacekg.extract.rules import Candidates, RuleExtractor
from spacekg.model.facts import Dataset


def mention(text: str, name: str, entity: str, kind: str) -> Found:
    start = text.index(name)
    return Found(start, start + len(name), entity, new=True, type=kind, label=name)


def kinds() -> Classes:
    return Classes(lambda m, c: m.type == c)


def test_features_are_general_words_and_classes() -> None:
    text = "Freedonia formally signed the Example Accords in March."
    a = mention(text, "Freedonia", "freedonia", "Country")
    b = mention(text, "Example Accords", "example-accords", "Document")
    found = features(text, (0, len(text)), a, b, [a, b], kinds())
    for expected in ("T=Country>Document", "w=signed", "s=sign", "f=formally", "l=the", "a=in", "b=<s>", "D=3-4"):
        assert expected in found, expected
    # no entity id or name is a feature: they do not carry over to other texts
    assert not any("freedonia" in f or "example" in f.lower() for f in found)
    assert "negation" not in found and "modal" not in found


def test_features_mark_negation_modals_and_other_mentions() -> None:
    text = "Freedonia, which Sylvania joined, will not sign the Example Accords."
    a = mention(text, "Freedonia", "freedonia", "Country")
    c = mention(text, "Sylvania", "sylvania", "Country")
    b = mention(text, "Example Accords", "example-accords", "Document")
    found = features(text, (0, len(text)), a, b, [a, c, b], kinds())
    assert {"negation", "modal", "relative", "comma", "mention-between", "w=<Country>"} <= set(found)
    assert "w=sylvania" not in found  # a mention between is replaced by its class


def test_conjunctions_with_the_class_pair() -> None:
    text = "The Example Accords were formally signed by Freedonia in March."
    a = mention(text, "Example Accords", "example-accords", "Document")
    b = mention(text, "Freedonia", "freedonia", "Country")
    found = features(text, (0, len(text)), a, b, [a, b], kinds())
    # the word before a passive's 'by', the verb-like words nearest each mention ('were' is no verb of its own)
    for expected in ("by=sign", "Tby=Document>Country|sign", "Tv1=Document>Country|sign", "Tv2=Document>Country|sign"):
        assert expected in found, expected
    assert any(f.startswith("Tcue=Document>Country|") for f in found)  # the rules' signing cue, with the pair
    assert not any(f.startswith("Tv1=Document>Country|were") for f in found)


def test_conjunctions_do_not_fire_without_their_words() -> None:
    text = "Freedonia and Sylvania met in March; Freedonia, which Sylvania joined, hosted it."
    a = mention(text, "Freedonia", "freedonia", "Country")
    b = mention(text, "Sylvania", "sylvania", "Country")
    found = features(text, (0, len(text)), a, b, [a, b], kinds())
    assert not any(f.startswith(("by=", "Tby=", "Tv1=", "Tv2=", "Tcue=")) for f in found)
    # a relative pronoun is the verb-like word when it opens the words between
    again = Found(text.index("Freedonia", 10), text.index("Freedonia", 10) + 9, "freedonia", True, "Country")
    other = Found(text.index("Sylvania", 40), text.index("Sylvania", 40) + 8, "sylvania", True, "Country")
    found = features(text, (0, len(text)), again, other, [again, other], kinds())
    assert "Tv1=Country>Country|which" in found and "by=" not in " ".join(found)


def test_stems_and_labels() -> None:
    assert stem("signed") == stem("signs") == stem("signing") == "sign"
    assert stem("is") == "is"
    assert parse_label("leads<") == ("leads", False)
    assert parse_label("partnerOf") == ("partnerOf", True)


def test_pairs_keep_the_closest_mentions_and_skip_far_ones() -> None:
    text = "Freedonia and Sylvania met; Freedonia " + "talked at length " * 10 + "about Ruritania."
    first = mention(text, "Freedonia", "freedonia", "Country")
    second = mention(text, "Sylvania", "sylvania", "Country")
    again = Found(text.index("Freedonia", 20), text.index("Freedonia", 20) + 9, "freedonia", True, "Country")
    far = mention(text, "Ruritania", "ruritania", "Country")
    found = pairs(text, [first, second, again, far])
    assert [(a.entity, b.entity) for a, b in found] == [("freedonia", "sylvania")]
    assert found[0][0] is first  # 'Freedonia and Sylvania': the closest pair of the two


def test_coordinated_names() -> None:
    text = "Freedonia, Sylvania and Ruritania signed it with Grand Fenwick."
    names = [mention(text, n, n.lower(), "Country") for n in ("Freedonia", "Sylvania", "Ruritania", "Grand Fenwick")]
    joined = coordinated(text, names)
    assert [m.entity for m in joined[id(names[0])]] == ["sylvania", "ruritania"]
    assert joined[id(names[3])] == []


EXAMPLES = [
    (["T=Country>Document", "w=signed", "s=sign"], "signs>"),
    (["T=Country>Document", "w=rejected", "negation"], NONE),
    (["T=Document>Country", "w=by", "s=sign"], "signs<"),
    (["T=Country>Country", "w=and"], NONE),
    (["T=Country>Country", "w=with", "s=work"], "partnerOf"),
] * 5


def test_training_is_deterministic_and_round_trips() -> None:
    one, two = train(EXAMPLES, epochs=5), train(EXAMPLES, epochs=5)
    assert one == two
    # the weights kept are the mean over the last epochs: not those of the last epoch alone
    assert train(EXAMPLES, epochs=5, average=1) != one
    assert one.best(["T=Country>Document", "w=signed", "s=sign"])[0] == "signs>"
    assert one.best(["T=Country>Document", "w=rejected", "negation"])[0] == NONE
    again = Model.from_tsv(one.to_tsv("a header"))
    assert again is not None and again.labels == one.labels
    probabilities = again.probabilities(["T=Document>Country", "w=by"])
    assert probabilities == pytest.approx(one.probabilities(["T=Document>Country", "w=by"]), abs=0.01)


def test_the_shipped_weights_load_and_are_used(dataset: Dataset) -> None:
    model = shipped()
    assert model is not None and NONE in model.labels and len(model.weights) > 100
    text = (Path(__file__).parent.parent / "src" / "spacekg" / "lexicon" / MODEL_FILE).read_text(encoding="utf-8")
    assert "python -m bench.extract_learned --write" in text  # how to regenerate them
    assert RuleExtractor(dataset).learned is None  # off unless asked
    stage = RuleExtractor(dataset, learned=True).learned
    assert stage is not None and stage.model == model


# A model that reads every country before a program as taking part in it, whatever the words.
EAGER = Model(("NONE", "participatesIn>"), [0.0, -5.0], {"T1=Country": [0.0, 12.0]})


def run(dataset: Dataset, text: str) -> Candidates:
    extractor = RuleExtractor(dataset, learned=LearnedRelations(EAGER, threshold=0.5))
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def test_a_learned_fact_is_marked_and_checked(dataset: Dataset) -> None:
    found = run(dataset, "India and the International Lunar Research Station were in the news on Monday.")
    learned = [f for f in found.facts if f["rule"] == "learned"]
    assert [(f["subject"], f["relation"], f["object"]) for f in learned] == [("india", "participatesIn", "ilrs")]
    # the confidence is the stage's measured share right on unseen prose, not the model's probability
    assert learned[0]["confidence"] == LEARNED_CONFIDENCE and learned[0]["probability"] > 0.9
    assert "modality" not in learned[0]
    # a country never takes part in a person: the signature check drops it
    found = run(dataset, "India and Jane Example were in the news on Monday.")
    assert not [f for f in found.facts if f["rule"] == "learned"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither India nor the International Lunar Research Station came up on Monday.",
        "India, never a friend of the International Lunar Research Station, was in the news.",
        "India has no place in the International Lunar Research Station.",
    ],
)
def test_a_negated_sentence_never_gives_a_learned_positive_fact(dataset: Dataset, text: str) -> None:
    found = run(dataset, text)
    assert not [f for f in found.facts if f["rule"] == "learned" and not f.get("modality")]


def test_a_plan_keeps_its_modality(dataset: Dataset) -> None:
    found = run(dataset, "India, the minister said, will be part of the International Lunar Research Station.")
    assert all(f.get("modality") for f in found.facts if f["rule"] == "learned")


def test_cli_switch(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("India and the International Lunar Research Station were in the news on Monday.\n")
    runner = CliRunner()
    for choice in ("rules", "rules+learned"):
        out = tmp_path / f"{choice}.yaml"
        done = runner.invoke(main, ["extract", str(article), "--out", str(out), "--relations", choice, "--quiet"])
        assert done.exit_code == 0, done.output
        assert out.exists()
    done = runner.invoke(main, ["extract", str(article), "--out", str(tmp_path / "x.yaml"), "--relations", "model"])
    assert done.exit_code == 2 and "rules+learned" in done.output


def test_the_stage_is_off_by_default_and_on_when_asked(tmp_path: Path) -> None:
    """`spacekg extract` gives the rules alone unless asked for the learned stage (the shipped weights)."""
    article = tmp_path / "a.txt"
    article.write_text("The Senate heard the nomination of Jane Example as NASA Administrator on Monday.\n")
    runner = CliRunner()
    found = {}
    for options in ([], ["--relations", "rules+learned"]):
        out = tmp_path / f"{len(options)}.yaml"
        done = runner.invoke(main, ["extract", str(article), "--out", str(out), "--quiet", *options])
        assert done.exit_code == 0, done.output
        found[len(options)] = out.read_text(encoding="utf-8")
    assert "relation: affiliatedWith" not in found[0]
    assert "relation: affiliatedWith" in found[2] and "#> (learned stage) The Senate heard" in found[2], found[2]
    assert f"confidence: {LEARNED_CONFIDENCE}" in found[2]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Is India a member of the International Lunar Research Station?", False),
        ("Which station will India join, the International Lunar Research Station or another?", False),
        ("Q: does India take part in the International Lunar Research Station?", False),
        ("A rover was built; India and the International Lunar Research Station were in the news on Monday.", True),
        ("India builds a rover; the International Lunar Research Station is in the news.", False),
        ("India and the International Lunar Research Station were in the news (who knew?) on Monday.", True),
        ("India and the International Lunar Research Station: what comes next?", True),
    ],
)
def test_no_learned_fact_in_a_question_or_across_a_semicolon(dataset: Dataset, text: str, kept: bool) -> None:
    found = run(dataset, text)
    learned = [(f["subject"], f["object"]) for f in found.facts if f["rule"] == "learned"]
    assert (("india", "ilrs") in learned) is kept, learned


# The nearest guard (learned24): no learned fact between two mentions with a third one between them, whatever
# its shape (a list, an apposition, 'like X', 'of X'); neighbours are related as before.
@pytest.mark.parametrize(
    ("text", "near", "anywhere"),
    [
        ("India and Japan were in the news with the International Lunar Research Station on Monday.",
         {"japan"}, {"india", "japan"}),
        ("India, like Japan, was in the news with the International Lunar Research Station on Monday.",
         {"japan"}, {"india", "japan"}),
        ("India, a partner of NASA, was in the news with the International Lunar Research Station.", set(), {"india"}),
        ("India, which NASA courted, was in the news with the International Lunar Research Station.", set(), {"india"}),
        ("India was in the news with the International Lunar Research Station on Monday.", {"india"}, {"india"}),
        ("On Monday India and the International Lunar Research Station were in the news.", {"india"}, {"india"}),
        ("India was in the news with the International Lunar Research Station and Japan.", {"india"}, {"india"}),
    ],
)  # fmt: skip
def test_the_nearest_guard_relates_only_neighbours(
    dataset: Dataset, text: str, near: set[str], anywhere: set[str]
) -> None:
    for nearest, expected in ((True, near), (False, anywhere)):
        extractor = RuleExtractor(dataset, learned=LearnedRelations(EAGER, threshold=0.5, nearest=nearest))
        found = extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())
        learned = {f["subject"] for f in found.facts if f["rule"] == "learned" and f["object"] == "ilrs"}
        assert learned == expected, (nearest, learned)


def test_across_reads_only_mentions_between_the_two() -> None:
    text = "Freedonia, Sylvania and Ruritania signed it with Grand Fenwick."
    names = [mention(text, n, n.lower(), "Country") for n in ("Freedonia", "Sylvania", "Ruritania", "Grand Fenwick")]
    assert LearnedRelations.across(names[0], names[2], names)  # Sylvania between
    assert not LearnedRelations.across(names[2], names[3], names)  # neighbours
    assert not LearnedRelations.across(names[0], names[1], names)
