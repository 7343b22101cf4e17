"""Who says what: the speaker is the subject of the speech act, a person when
one is named; reported relations become the claim's proposition (invented sentences)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def speakers(extractor: RuleExtractor, text: str) -> list[str]:
    return [c["speaker"] for c in run(extractor, text).claims if "opposes" not in c]


CASES = [
    ("NASA Administrator Jane Example said the agency was ready.", "jane-example"),  # the person, not NASA
    ("Jane Example, the head of Roscosmos, said Russia would build the station.", "jane-example"),
    ("“We are ready,” said Roscosmos Director General Jane Example.", "jane-example"),
    ("Russia would join the Lunar Gateway, said NASA Administrator Jane Example.", "jane-example"),
    ("According to NASA, the station is ready.", "nasa"),
    ("The station is ready, according to Roscosmos.", "roscosmos"),
    ("Russia told the council that it opposed weapons in orbit.", "russia"),
    ("Japan asked Canada to take part.", "japan"),
    ("NASA flew the mission. The agency said the results were good.", "nasa"),  # 'the agency' is NASA
    ("Roscosmos Director General Jane Example spoke in Moscow. She said the work would go on.", "jane-example"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES, ids=[c[0][:40] for c in CASES])
def test_speaker_is_the_subject_of_the_speech_act(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


def test_the_agency_is_the_nearest_compatible_mention(extractor: RuleExtractor) -> None:
    text = "NASA met China's delegation. The agency said it would publish the data."
    assert speakers(extractor, text) == ["nasa"]  # an agency, not the country named last


def test_states_as_a_noun_is_not_speech(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "Russia is calling on all states to reject weapons in orbit.") == []


def test_reported_relation_is_a_proposition_not_a_fact(extractor: RuleExtractor) -> None:
    text = "NASA Administrator Jane Example said Japan will join the Lunar Gateway."
    candidates = run(extractor, text)
    assert not [f for f in candidates.facts if f["relation"] == "participatesIn"]
    claim = next(c for c in candidates.claims if "proposition" in c)
    assert claim["speaker"] == "jane-example"
    assert claim["proposition"] == {"subject": "japan", "relation": "participatesIn", "object": "lunar-gateway"}
    assert claim["modality"] == "planned"


def test_author_voice_relation_beside_a_quote_stays_a_fact(extractor: RuleExtractor) -> None:
    text = "Canada joined the Lunar Gateway in 2020, and NASA said it was pleased."
    candidates = run(extractor, text)
    assert ("canada", "participatesIn", "lunar-gateway") in {
        (f["subject"], f["relation"], f["object"]) for f in candidates.facts
    }


def test_a_request_states_no_relation(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "NASA asked Japan to join the Lunar Gateway.")
    assert not candidates.facts and all("proposition" not in c for c in candidates.claims)


@pytest.mark.parametrize("verb", ["insisted", "countered", "tweeted", "pointed out", "welcomed the news and added"])
def test_more_speech_verbs(extractor: RuleExtractor, verb: str) -> None:
    assert speakers(extractor, f"Roscosmos Director General Jane Example {verb} that the work would go on.") == [
        "jane-example"
    ]


def all_speakers(extractor: RuleExtractor, text: str) -> list[str]:
    return [c["speaker"] for c in run(extractor, text).claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronoun right before the verb is its subject, not the name earlier in the clause
        ("Jane Example spoke in Ottawa. Much of Russia's programme, she said, was military.", "jane-example"),
        # present tense and a participle hanging on the clause
        ("Roscosmos replies that the station is ready.", "roscosmos"),
        ("Japan rejected the plan, arguing that it could not be verified.", "japan"),
        # the person nearest the verb heads the subject; an earlier name qualifies it
        ("In Ottawa, Canadian Space Agency adviser Jane Example said the work would go on.", "jane-example"),
        # a relative clause between subject and verb names someone else
        ("Jane Example, who had replaced John Example, told reporters the work would go on.", "jane-example"),
        # a message is speech too
        ("Roscosmos, whose own lander had crashed, also sent its congratulations to India.", "roscosmos"),
    ],
)
def test_speaker_of_other_speech_forms(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert speaker in all_speakers(extractor, text)
    assert len(set(all_speakers(extractor, text))) == 1


@pytest.mark.parametrize(
    "text", ["Russia vetoed a draft on weapons in orbit.", "Russia abstained.", "Russia objected to the report."]
)
def test_votes_and_objections_are_the_voters_claims(extractor: RuleExtractor, text: str) -> None:
    assert all_speakers(extractor, text) == ["russia"]


def test_veto_as_a_noun_and_an_infinitive_state_no_stance(extractor: RuleExtractor) -> None:
    assert all_speakers(extractor, "Russia has a veto in the council.") == []
    assert all_speakers(extractor, "Japan is calling on all states to reject weapons in orbit.") == []


@pytest.mark.parametrize("verb", ["denied", "revealed", "reported", "signalled", "concluded"])
def test_speech_verbs_of_reporting(extractor: RuleExtractor, verb: str) -> None:
    assert speakers(extractor, f"Roscosmos {verb} that the station was damaged.") == ["roscosmos"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jane Example put it bluntly: “We will not sign.”", "jane-example"),
        ("Roscosmos was clear: “The station is ours.”", "roscosmos"),
        ("NASA Administrator Jane Example spoke in May. Her message was simple: “We will go back.”", "jane-example"),
    ],
)
def test_a_quotation_after_a_colon_is_the_clause_subjects(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


@pytest.mark.parametrize("text", ["Japan backed the draft on weapons in orbit.", "Japan voted for the draft in May."])
def test_support_is_the_voters_claim(extractor: RuleExtractor, text: str) -> None:
    assert all_speakers(extractor, text) == ["japan"]


def test_an_infinitive_in_reported_speech_takes_the_reported_clauses_subject(extractor: RuleExtractor) -> None:
    candidates = run(
        extractor, "Jane Example said that Canada had no plans to join the International Lunar Research Station."
    )
    claim = next(c for c in candidates.claims if "proposition" in c)
    assert claim["speaker"] == "jane-example"
    assert claim["proposition"] == {"subject": "canada", "relation": "participatesIn", "object": "ilrs"}
    assert claim["modality"] == "negated"


def test_a_stance_in_the_passive_is_the_agents(extractor: RuleExtractor) -> None:
    assert sorted(all_speakers(extractor, "The draft was opposed by Russia and China.")) == ["china", "russia"]
    claims = run(extractor, "The Artemis Accords were rejected by Russia.").claims
    assert claims == [{"speaker": "russia", "opposes": "artemis-accords", "evidence": claims[0]["evidence"],
                       "confidence": 0.4}]  # fmt: skip


def test_a_stance_on_it_is_on_the_document_named_last(extractor: RuleExtractor) -> None:
    claims = run(extractor, "The Artemis Accords set rules. Russia rejected them.").claims
    assert [(c["speaker"], c.get("opposes")) for c in claims] == [("russia", "artemis-accords")]


def propositions(candidates: Candidates) -> list[tuple[str, tuple[str, str, str], str | None]]:
    return [
        (c["speaker"], (c["proposition"]["subject"], c["proposition"]["relation"], c["proposition"]["object"]),
         c.get("modality"))
        for c in candidates.claims if "proposition" in c
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # the quotation first, the attribution after it, in either order, with adverbials after the verb
        "“Examplia joined the Lunar Gateway in 2020,” Jane Example said.",
        "“Examplia joined the Lunar Gateway in 2020,” said Jane Example, the head of Roscosmos.",
        '"Examplia joined the Lunar Gateway in 2020," Jane Example told reporters on Tuesday.',
        # reported speech without quotation marks, the attribution after it
        "Examplia joined the Lunar Gateway in 2020, Jane Example said in a statement.",
        # a quotation the attribution splits
        "“We are ready,” Jane Example said, “and Examplia joined the Lunar Gateway in 2020.”",
    ],
)
def test_quoted_relation_before_the_attribution_is_the_speakers(extractor: RuleExtractor, text: str) -> None:
    candidates = run(extractor, "Examplia is a country. " + text)
    gateway = [f for f in candidates.facts if f["object"] == "lunar-gateway"]
    assert not gateway  # what someone says is not the author's fact
    assert ("jane-example", ("examplia", "participatesIn", "lunar-gateway"), None) in propositions(candidates)


def test_a_negated_quotation_keeps_its_modality_in_the_claim(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "Russia will not join the Lunar Gateway, Jane Example said on Tuesday.")
    assert propositions(candidates) == [("jane-example", ("russia", "participatesIn", "lunar-gateway"), "negated")]
    assert all(f.get("modality") == "negated" for f in candidates.facts if f["object"] == "lunar-gateway")


def test_a_quotation_in_straight_marks_over_several_sentences(extractor: RuleExtractor) -> None:
    text = (
        '"We are ready. Japan joined the Lunar Gateway in 2020," Jane Example said. Russia signed the Artemis Accords.'
    )
    candidates = run(extractor, text)
    assert propositions(candidates) == [("jane-example", ("japan", "participatesIn", "lunar-gateway"), None)]
    assert [(f["subject"], f["object"]) for f in candidates.facts] == [("russia", "artemis-accords")]
    claim = candidates.claims[0]
    assert claim["evidence"] == [[0, text.index(" Russia")]]  # both sentences of the quotation


@pytest.mark.parametrize(
    "text",
    [
        "India could sign the Artemis Accords in June, officials said.",  # unnamed speakers: no claim
        "Japan could sign the Artemis Accords in June, analysts say.",
    ],
)
def test_an_unnamed_speaker_after_a_comma_is_not_a_name_before_it(extractor: RuleExtractor, text: str) -> None:
    assert all_speakers(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russia, which is not a member, has long accused the alliance of plotting.", "russia"),
        ("Jane Example, Roscosmos director, said the work would go on.", "jane-example"),
        ("The agency's director, Jane Example, said the work would go on.", "jane-example"),
    ],
)
def test_the_subject_phrase_past_appositions_and_adverbs(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert all_speakers(extractor, text) == [speaker]


def test_he_said_is_the_subject_of_the_last_sentence_naming_a_person(extractor: RuleExtractor) -> None:
    text = (
        "Jane Example, the head of Roscosmos, told John Example that the station would close. "
        "“We have no money,” she said."
    )
    assert all_speakers(extractor, text) == ["jane-example", "jane-example"]
    # the nearest person when no one else is the subject
    text = "Jane Example spoke first. John Example, the head of Roscosmos, disagreed. “We will stay,” he said."
    assert all_speakers(extractor, text)[-1] == "john-example"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body named again by the last word of its name
        (
            "The Lunar Example Institute built the orbiter. Its mission was extended, the institute said.",
            "lunar-example-institute",
        ),
        (
            "The Lunar Example Institute built the orbiter. The institute said the mission was extended.",
            "lunar-example-institute",
        ),
        # a delegation or an embassy speaks for its country, a spokesman for his person
        ("Japan sent experts to the talks. According to its delegation, the test posed no threat.", "japan"),
        ("Japan sent experts to the talks. Its delegation said the test posed no threat.", "japan"),
        # a noun of speech with its speaker after 'by', or before it as a possessive
        (
            "It follows the announcement by President Jane Example, on Monday, that the command would be created.",
            "jane-example",
        ),
        (
            "NASA Administrator Jane Example spoke in May. It follows Jane Example's pledge that the station would fly.",
            "jane-example",
        ),
    ],
)
def test_speakers_named_by_a_noun(extractor: RuleExtractor, text: str, speaker: str) -> None:
    found = all_speakers(extractor, text)
    assert speaker in found
    assert set(found) == {speaker}


def test_a_noun_of_speech_without_a_that_clause_is_no_claim(extractor: RuleExtractor) -> None:
    assert all_speakers(extractor, "The statement by Japan was short.") == []


def test_according_to_a_new_name_opening_the_sentence_is_a_person(extractor: RuleExtractor) -> None:
    text = "According to Jane Example, the agency's head of operations, the thrusters could fail."
    candidates = run(extractor, text)
    assert all_speakers(extractor, text) == ["jane-example"]
    assert [m.type for m in candidates.mentions if m.entity == "jane-example"] == ["Person"]


INTERVIEW = """Five questions for the head of the Lunar Example Agency

Jane Example, who has run the Lunar Example Agency since 2020, spoke to us in Ottawa.

Q: Will Japan join the Lunar Gateway?
A: Yes. Japan will build a rover for the Lunar Gateway.

Q: And Russia?
A: Russia has not joined the Lunar Gateway.
"""


def test_an_interviews_answers_are_the_interviewees_claims(extractor: RuleExtractor) -> None:
    candidates = run(extractor, INTERVIEW)
    assert set(all_speakers(extractor, INTERVIEW)) == {"jane-example"}
    assert propositions(candidates) == [
        ("jane-example", ("japan", "participatesIn", "lunar-gateway"), "planned"),
        ("jane-example", ("russia", "participatesIn", "lunar-gateway"), "negated"),
    ]
    # the question states nothing; the answers are hers (the introduction states her office: 'who has run')
    assert [(f["subject"], f["relation"], f["object"]) for f in candidates.facts] == [
        ("jane-example", "affiliatedWith", "lunar-example-agency")
    ]


def test_an_explainers_answers_are_the_authors(extractor: RuleExtractor) -> None:
    text = INTERVIEW.replace("Jane Example, who has run the Lunar Example Agency since 2020, spoke to us in Ottawa.",
                             "The Lunar Example Agency has existed since 2020.")  # fmt: skip
    candidates = run(extractor, text)
    assert all_speakers(extractor, text) == []
    assert stated_facts(candidates) == {
        ("japan", "participatesIn", "lunar-gateway"): "planned",
        ("russia", "participatesIn", "lunar-gateway"): "negated",
    }


def stated_facts(candidates: Candidates) -> dict[tuple[str, str, str], str | None]:
    return {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in candidates.facts}


def test_a_question_states_no_fact(extractor: RuleExtractor) -> None:
    assert run(extractor, "Has Japan joined the Lunar Gateway? Nobody knows.").facts == []


def test_a_transcript_line_names_its_speaker(extractor: RuleExtractor) -> None:
    text = "A transcript of the hearing\n\nSenator Jane Example opened the hearing.\nEXAMPLE: We will not cut the budget.\n"
    claims = run(extractor, text).claims
    assert [(c["speaker"], text[c["evidence"][0][0] : c["evidence"][0][1]]) for c in claims] == [
        ("jane-example", "EXAMPLE: We will not cut the budget.")
    ]


def test_a_quotation_right_after_someones_speech_goes_on_with_their_words(extractor: RuleExtractor) -> None:
    text = "“We are ready,” said Jane Example.\n\n“Japan will join the Lunar Gateway.”\n"
    assert propositions(run(extractor, text)) == [
        ("jane-example", ("japan", "participatesIn", "lunar-gateway"), "planned")
    ]
    # not after a sentence in the author's voice
    text = "Jane Example said the agency would go on. Japan built a rover. “Japan will join the Lunar Gateway.”"
    assert propositions(run(extractor, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example, 54, said the agency was ready.",  # an age between commas
        "The agency is ready, said the minister, Jane Example.",  # the name after the role
        "“We are ready,” said Dr. Jane Example, who leads the Lunar Example Agency.",  # a title's full stop
    ],
)
def test_the_speaker_past_ages_roles_and_titles(extractor: RuleExtractor, text: str) -> None:
    assert all_speakers(extractor, text) == ["jane-example"]


@pytest.mark.parametrize(
    "text",
    [
        "The Lunar Example Agency built telescopes to track objects in orbit.",  # the noun 'objects'
        "The Lunar Example Agency wrote the original guidelines.",  # writing a text is not speech
        "Jane Example wrote to John Example on Monday.",
        "Moscow has never explained the approach.",  # a speech act that did not happen
        "Roscosmos declined to comment.",
        "Jane Example spoke first. Her counterpart at NASA said the work would go on.",  # described, not named
    ],
)
def test_no_speech_act_no_claim(extractor: RuleExtractor, text: str) -> None:
    assert all_speakers(extractor, text) == []


def test_names_in_a_relative_clause_do_not_speak_with_its_head(extractor: RuleExtractor) -> None:
    text = "The Lunar Example Agency, whose members include Japan and India, said the work would go on."
    assert all_speakers(extractor, text) == ["lunar-example-agency"]
    assert sorted(all_speakers(extractor, "Japan and India said the work would go on.")) == ["india", "japan"]


def test_pressing_for_something_is_a_stance(extractor: RuleExtractor) -> None:
    assert all_speakers(extractor, "France had pressed for more money for the Lunar Gateway.") == ["france"]


@pytest.mark.parametrize(
    "text",
    [
        "Roscosmos denied that Japan had joined the Lunar Gateway.",
        "Roscosmos on Monday dismissed reports that Japan had joined the Lunar Gateway.",
    ],
)
def test_a_denied_statement_is_a_negated_proposition(extractor: RuleExtractor, text: str) -> None:
    candidates = run(extractor, text)
    assert ("roscosmos", ("japan", "participatesIn", "lunar-gateway"), "negated") in propositions(candidates)
    assert not [f for f in candidates.facts if f["object"] == "lunar-gateway"]


def test_a_denied_negation_states_no_proposition(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "Roscosmos denied that Japan had left the Lunar Gateway.")
    assert propositions(candidates) == [] and all_speakers(extractor, "Roscosmos denied it.") == ["roscosmos"]


def test_the_agency_a_text_is_about_speaks_for_it(extractor: RuleExtractor) -> None:
    text = (
        "The Lunar Example Agency (LEA) landed a rover. LEA said the rover was well. LEA thanked its engineers. "
        "Roscosmos, whose own lander had crashed, also sent its congratulations. "
        "The rover rolled onto the soil, the agency said."
    )
    assert all_speakers(extractor, text)[-1] == "lea"  # named three times before, not Roscosmos named last


def test_a_pronoun_stance_inside_reported_words_is_the_speakers(extractor: RuleExtractor) -> None:
    text = (
        "The Lunar Example Agency (LEA) will not join the Lunar Gateway. Canada signed the Artemis Accords. "
        "In a statement, the agency said it backed the plan."
    )
    assert all_speakers(extractor, text) == ["lea"]  # not Canada, the country named before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jane Example was quoted by the Example Times as saying that the agency was ready.", "jane-example"),
        ("As Jane Example put it, the agency was ready.", "jane-example"),
        ("Jane Example testified that the agency was ready.", "jane-example"),
    ],
)
def test_more_speech_acts_of_this_round(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert all_speakers(extractor, text) == [speaker]


def test_a_pledge_is_the_speakers_own_plan(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "Japan pledged to join the Lunar Gateway.")
    assert propositions(candidates) == [("japan", ("japan", "participatesIn", "lunar-gateway"), "planned")]
    assert all_speakers(extractor, "France pledged 3.2 billion euros.") == []  # money, not words


def test_an_opening_time_clause_is_the_authors_not_the_protesters(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "When India signed the Artemis Accords, Pakistan protested.")
    assert ("india", "signs", "artemis-accords") in {
        (f["subject"], f["relation"], f["object"]) for f in candidates.facts
    }
    assert propositions(candidates) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural subject's present tense, 'made clear', 'echoed'
        ("Officials at the Lunar Example Agency insist the rover is safe.", ["lunar-example-agency"]),
        ("Russia and China deny plans to put weapons in orbit.", ["china", "russia"]),
        ("Jane Example made clear that the agency was ready.", ["jane-example"]),
        ("Japan echoed that view.", ["japan"]),
        # a statement issued, named in a phrase, or a view stated
        ("The Lunar Example Agency issued a statement saying the rover was safe.", ["lunar-example-agency"]),
        ("In the words of Jane Example, the treaty is dead.", ["jane-example"]),
        ("In Jane Example's words, the treaty is dead.", ["jane-example"]),
        ("Russia's position is that the treaty is sufficient.", ["russia"]),
        ("The Chinese and Russian position: the treaty is sufficient.", ["china", "russia"]),
        ("Jane Example's message to the council was clear: the agency needs more money.", ["jane-example"]),
        ("Jane Example's position on the list is fifth.", []),  # a rank, not a view
        # told: who is told does not speak
        ("“We will not join,” the head of Roscosmos, Jane Example, told Interfax.", ["jane-example"]),
    ],
)
def test_speech_without_said(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


def test_the_statement_speaks_for_its_maker(extractor: RuleExtractor) -> None:
    text = "The Lunar Example Agency issued a statement on Monday. The statement said the crew was safe."
    assert all_speakers(extractor, text) == ["lunar-example-agency", "lunar-example-agency"]
    # not when another actor was named in between
    text = "The Lunar Example Agency issued a statement. Japan built a rover. The statement said the crew was safe."
    assert all_speakers(extractor, text) == ["lunar-example-agency"]


def test_a_quotation_alone_after_a_sentence_about_a_person_is_theirs(extractor: RuleExtractor) -> None:
    text = "Jane Example was blunt. “Japan will not join the Lunar Gateway.”"
    assert propositions(run(extractor, text)) == [
        ("jane-example", ("japan", "participatesIn", "lunar-gateway"), "negated")
    ]
    # not after a sentence about a country, nor when the quotation is only part of the sentence
    assert all_speakers(extractor, "Japan built a rover. “It works.”") == []
    assert all_speakers(extractor, "Jane Example was blunt. “The rover” is a name for it.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Beijing played the danger down.",
        "Russia blocked consensus on the draft.",
        "Berlin never hid its doubts about the price.",
        "Japan made no secret of its frustration.",
    ],
)
def test_a_stance_in_the_authors_words_is_the_subjects_claim(extractor: RuleExtractor, text: str) -> None:
    assert len(all_speakers(extractor, text)) == 1


def test_a_stance_does_not_reach_into_the_next_clause(extractor: RuleExtractor) -> None:
    claims = run(extractor, "The United States and Japan tabled it. Russia vetoed it, and China abstained.").claims
    assert not [c for c in claims if c.get("opposes") == "china"]


def test_the_agency_is_not_a_possessor(extractor: RuleExtractor) -> None:
    text = (
        "The Indian Space Research Organisation built the orbiter. It ran it, while NASA's network tracked it. "
        "In 2022 the agency said that contact had been lost."
    )
    assert all_speakers(extractor, text) == ["isro"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jane Example, who heads NASA, and John Example, the head of Roscosmos, said the station was safe.",
            ["jane-example", "john-example"],
        ),
        (
            "Russian President John Example and Chinese President Jane Example said the station was safe.",
            ["jane-example", "john-example"],
        ),
        ("Jane Example met John Example in Tokyo and said the station was safe.", ["jane-example"]),
        ("“The station is safe,” Jane Example continued.", ["jane-example"]),
    ],
)
def test_people_who_speak_together(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


def test_who_is_told_is_no_party_to_what_is_said(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "NASA's Jane Example told Reuters that Japan would join the Lunar Gateway.")
    assert propositions(candidates) == [("jane-example", ("japan", "participatesIn", "lunar-gateway"), "planned")]


def test_a_passive_rejection_is_no_stance_of_its_subject(extractor: RuleExtractor) -> None:
    assert all_speakers(extractor, "Japan's bid to join the ILRS was rejected.") == []
    assert all_speakers(extractor, "Japan rejected the bid.") == ["japan"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'she said' is the subject of the last sentence naming a person, not one in an opening
        # subordinate clause, nor a possessor
        ("After John Example spoke, Jane Example took the floor. She said the deal was historic.", ["jane-example"]),
        ("John Example's successor, Jane Example, took office in May. She said costs would fall.", ["jane-example"]),
        # a role named alone is the person last named; a possessor's envoy speaks for it
        ("Jane Example heads the Lunar Example Agency. The agency chief said the rover was ready.", ["jane-example"]),
        ("Jane Example heads the Lunar Example Agency. Its chief said the rover was ready.", ["jane-example"]),
        ("Russia's UN envoy said the draft was one-sided.", ["russia"]),
    ],
)
def test_who_a_pronoun_or_a_role_stands_for(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert all_speakers(extractor, text) == speaker


def test_reported_words_are_a_clause_of_their_own(extractor: RuleExtractor) -> None:
    # 'welcomed' inside her words has its own subject, not the person named before 'said'
    text = "Jane Example said the United States welcomed the decision."
    assert all_speakers(extractor, text) in (["jane-example"], ["jane-example", "united-states"])
    # a stance inside someone's words is theirs to report, not the actor's claim
    assert all_speakers(extractor, "Jane Example told the council that Russia opposed the draft.") == ["jane-example"]


def test_an_interview_without_q_and_a_marks(extractor: RuleExtractor) -> None:
    text = (
        "Five questions for Jane Example\n\nWe asked Jane Example, the head of the Lunar Example Agency, about the rover.\n\n"
        "Will Japan join the ILRS?\n\nNo. We will stay with the Artemis Accords.\n\n"
        "Japan will not join the ILRS.\n\nAnd the Lunar Gateway?\n\nJapan will join the Lunar Gateway.\n"
    )
    candidates = run(extractor, text)
    assert set(all_speakers(extractor, text)) == {"jane-example"}
    # an answer goes on over its paragraphs, up to the next question
    assert propositions(candidates) == [
        ("jane-example", ("japan", "participatesIn", "ilrs"), "negated"),
        ("jane-example", ("japan", "participatesIn", "lunar-gateway"), "planned"),
    ]
    assert [f for f in candidates.facts if f["relation"] != "affiliatedWith"] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a communiqué: its members speak as their body, in the present tense too
        ("NATO met in Brussels. The leaders agreed that space was an operational domain.", ["nato"]),
        ("NATO met in Brussels. The allies also welcomed the new space policy.", ["nato"]),
        ("We, the leaders of NATO, reaffirm our commitment to the Outer Space Treaty.", ["nato"]),
        ("Japan and Russia met in Tokyo. The leaders agreed that talks would go on.", []),  # no body named
        # a hearing: who was asked replies
        (
            "At the hearing, Senator Jane Example pressed John Example on the cost. He replied that the budget was tight.",
            ["jane-example", "john-example"],
        ),
        ("Senator Jane Example pressed for more money.", ["jane-example"]),  # a stance
    ],
)
def test_communiques_and_hearings(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert all_speakers(extractor, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capitalised role in apposition: the person, not the country the role names
        (
            "Jane Example, President of the Lunar Example Agency, told journalists that Examplia would help Japan.",
            ["jane-example"],
        ),
        # an unnamed spokesman of a named body: the body speaks
        (
            "In a statement, a spokesman of the Lunar Example Agency said that the launch was legal.",
            ["lunar-example-agency"],
        ),
        # the longer name, not the known name inside it
        ("According to the UN Office for Outer Space Affairs, Japan has never withdrawn from the treaty.", ["unoosa"]),
        # 'it' in a relative clause is not the noun the clause hangs on
        ("With Japan, India leads the Lunar Example Programme, which it says is open to all countries.", ["india"]),
        # someone spoke and the sentence does not say what; no one spoke; not speech verbs here
        ("The Lunar Example Agency answered within days.", []),
        ("But no Indian official has claimed the crater.", []),
        ("Below it sit agreements that NASA concluded with each cooperating agency: ESA and JAXA.", []),
        ("Jane Example observed the launch on the spot and met the engineers.", []),
        # a participle after 'by'
        ("Senator Jane Example opened by warning that Examplia was trying to land first.", ["jane-example"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_subjects_of_speech_in_unusual_shapes(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert all_speakers(extractor, text) == speaker


def test_a_fact_checks_who_said_it_line_names_the_claims_speaker(extractor: RuleExtractor) -> None:
    text = (
        'Claim: "Examplia will own the Moon."\nWho said it: NASA Administrator Jane Example, in an interview in July.\n'
    )
    candidates = run(extractor, text)
    assert [c["speaker"] for c in candidates.claims] == ["jane-example"]
    claim_line, who_line = candidates.claims[0]["evidence"]
    assert text[claim_line[0] : claim_line[1]].startswith("Claim:") and text[who_line[0] :].startswith("Who said")
    assert ("jane-example", "affiliatedWith", "nasa") in {
        (f["subject"], f["relation"], f["object"]) for f in candidates.facts
    }


def test_a_speaker_label_after_a_question_on_the_same_line(extractor: RuleExtractor) -> None:
    text = (
        "Speakers: NASA Administrator John Roe and Jane Example.\n\n"
        "Q: Who will build the lander? Example: One option reuses an old lander from industry.\n\n"
        "Q: Is Japan in? Example: Yes.\n"
    )
    # one claim for the answer with content; 'Yes.' alone is evidence, not a claim of its own
    assert all_speakers(extractor, text) == ["jane-example"]


def test_a_joint_statement_speaks_for_its_group_over_sentences(extractor: RuleExtractor) -> None:
    text = (
        "The Lunar Example Alliance met in Paris.\n\n"
        "In their joint statement, the leaders agreed to set up a working group. They said the group would share "
        "data with Japan. Data would be offered to others, the statement added, if they asked.\n"
    )
    candidates = run(extractor, text)
    assert [c["speaker"] for c in candidates.claims] == ["lunar-example-alliance"] * 3


def test_he_after_a_sentence_that_refers_to_him_by_him(extractor: RuleExtractor) -> None:
    text = (
        "John Example ran the Lunar Example Agency for years. Peter Roe appointed him director in 2018. "
        "Under him the agency grew; in 2020 he called the plan too costly and said Japan would not join. "
        "After the war he halted launches and held back a satellite, demanding that Examplia give up its stake."
    )
    assert set(all_speakers(extractor, text)) == {"john-example"}
    assert len(all_speakers(extractor, text)) == 2


def test_an_agency_that_concluded_memorandums_says_nothing(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "NASA concluded memorandums with each cooperating agency: ESA and JAXA.")
    # 'concluded' an agreement is no speech, and 'each cooperating agency' no cooperation of NASA's
    assert candidates.claims == []
    assert [f for f in candidates.facts if f["relation"] == "cooperatesWith"] == []


def test_she_is_not_a_man_the_text_calls_he(extractor: RuleExtractor) -> None:
    text = (
        "John Roe opened the meeting with his plan. Later John Roe met Jane Example in Paris. "
        "She said the talks went well."
    )
    assert all_speakers(extractor, text) == ["jane-example"]  # the subject of the sentence before is a 'he'


def test_a_name_with_commas_speaks_whole(extractor: RuleExtractor) -> None:
    text = (
        "The Senate Subcommittee on Commerce, Justice, and Science, chaired by Jane Example, had warned in July "
        "that the mission could be cancelled."
    )
    assert all_speakers(extractor, text) == ["senate-subcommittee-on-commerce-justice-and-science"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a quotation, a dash and who said it
        ("“The test was safe.” — Jane Example, NASA administrator", ["jane-example"]),
        # a counted plural and 'they' stand for the group named before
        ("Japan and India signed the Artemis Accords. Both countries said the deal was fair.", ["india", "japan"]),
        ("Russia and China launched the probe in May. They said the launch had been a success.", ["china", "russia"]),
        # 'the minister' named last by a country's possessive and no name speaks for the country
        (
            "NASA Administrator Jane Example met Japan's science minister on Monday. The minister said the talks "
            "went well.",
            ["japan"],
        ),
        (
            "Jane Example, Japan's science minister, met NASA on Monday. The minister said the talks went well.",
            ["jane-example"],
        ),
        # an organization in parentheses after a person is whom she works for, not a definition
        ("Jane Example (NASA) said the launch had failed.", ["jane-example"]),
        # 'described' reports speech only as 'described … as'
        ("NASA and ESA signed it. The two agencies described robotic missions to the Moon.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_groups_roles_and_attributions(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'who asked not to be named' is no speech, and the body's unnamed official speaks for it
        ("A Roscosmos official, who asked not to be named, told me that the launch had failed.", ["roscosmos"]),
        # a court's finding; 'the court' is the Court of … named before
        (
            "The Federal Court of Example heard the case. The court held that the Lunar Example Agency had breached "
            "the contract.",
            ["federal-court-of-example"],
        ),
        # a transcript's labels with a title or a first name
        (
            "Our guest is Dr. Jane Example, a space lawyer.\n\nDr. Example: It bans weapons of mass destruction in "
            "orbit.\n\nJANE: Yes, it bans them all in orbit.\n",
            ["jane-example", "jane-example"],
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_notebooks_rulings_and_transcripts(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert all_speakers(extractor, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause holding a list between the subject and its speech verb is skipped, and its names do not speak
        (
            "The Lunar Example Agency, which had bid together with NASA, ESA and JAXA, protested to the council.",
            ["lunar-example-agency"],
        ),
        ("Jane Example, who has worked with NASA, ESA and JAXA, said the station was safe.", ["jane-example"]),
        (
            "Jane Example, whose agency signed with Japan, China and India, insisted that the station was safe.",
            ["jane-example"],
        ),
        # a passive speech verb inside the relative clause opens no clause of its own
        ("Jane Example, who was praised by Japan, China and India, said the station was safe.", ["jane-example"]),
        # 'and so did X', 'as did X and Y': second subjects of the same act
        ("Japan protested to the council, as did India and Brazil.", ["brazil", "india", "japan"]),
        ("NASA said the station was safe, and so did ESA.", ["esa", "nasa"]),
        # an offer and a letter are speech acts
        (
            "Jane Example, the head of the Lunar Example Agency, offered in an open letter to pay for the launch.",
            ["jane-example"],
        ),
        ("Jane Example offered to share the data with Japan.", ["jane-example"]),
        ("John Roe wrote in a blog post that the station was safe.", ["john-roe"]),
        ("Jane Example, a former astronaut, warned in an interview that the station was unsafe.", ["jane-example"]),
        # 'X, who said': the name the relative clause hangs on speaks
        ("That view was shared by John Roe, who said the station was safe.", ["john-roe"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_the_speaker_is_the_main_clause_subject(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Japan offered the contract to India.",  # an offer of a thing, not to do something
        "India proposed to the committee a new text.",
        "NASA signed the deal in a ceremony in Washington.",  # a ceremony is no medium of speech
    ],
)
def test_offers_of_things_and_ceremonies_are_no_speech(extractor: RuleExtractor, text: str) -> None:
    assert all_speakers(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attribution inside the clause it reports: the clause keeps its own subject
        (
            "India, Jane Example said, has no plans to join the ILRS.",
            ("jane-example", ("india", "participatesIn", "ilrs"), "negated"),
        ),
        (
            "India, NASA said on Monday, will join the Artemis program.",
            ("nasa", ("india", "participatesIn", "artemis"), "planned"),
        ),
        (
            "Japan, according to Jane Example, will join the Artemis program.",
            ("jane-example", ("japan", "participatesIn", "artemis"), "planned"),
        ),
        # a name in 'according to X' is no subject of what X says
        (
            "According to NASA, Japan will join the Artemis program.",
            ("nasa", ("japan", "participatesIn", "artemis"), "planned"),
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_an_attribution_inside_its_clause(extractor: RuleExtractor, text: str, expected: tuple[object, ...]) -> None:
    candidates = run(extractor, text)
    assert propositions(candidates) == [expected]
    assert not [f for f in candidates.facts if f["relation"] == "participatesIn"]


def test_a_participle_after_a_noun_reports_nothing(extractor: RuleExtractor) -> None:
    # 'a contract announced on 19 May': no unnamed speaker, so nothing it qualifies becomes 'predicted'
    text = "NASA chose SpaceX to build a lander, under a contract announced on 19 May 2023. Japan joined the Artemis program."
    assert all_speakers(extractor, text) == []
    text = "Japan joined the Artemis program under a deal announced in May 2023 at a ceremony in Tokyo."
    facts = {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in run(extractor, text).facts}
    assert facts.get(("japan", "participatesIn", "artemis"), "missing") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'it', 'they', 'the agency' opening a speech act: the subject of the sentence before, not its object
        ("NASA signed a contract with SpaceX. It said the lander would be ready in 2025.", ["nasa"]),
        ("Japan held talks with India in Tokyo. It said the station was ready.", ["japan"]),
        (
            "Russia and China signed a deal with Belarus. They said the station would be open to all.",
            ["china", "russia"],
        ),
        ("ESA worked with NASA on the probe. The agency said the data were good.", ["esa"]),
        ("NASA gave ESA a seat on the flight. The agency said it was proud.", ["nasa"]),
        # a role noun stands for the person named in it, after the verb too
        ("Jane Example is Japan's science minister. “We are ready,” said the minister.", ["jane-example"]),
        ("Jane Example runs the Lunar Example Agency. “We are ready,” the agency's chief said.", ["jane-example"]),
        ("Jane Example is the head of NASA. “We are ready,” the NASA chief said.", ["jane-example"]),
        ("Jane Example is Japan's prime minister. The prime minister said the station was safe.", ["jane-example"]),
        ("Judge Jane Example heard the case. The judge wrote that NASA had acted lawfully.", ["jane-example"]),
        ("Jane Example commanded the flight. The cosmonaut said the station was safe.", ["jane-example"]),
        # a nationality before a noun qualifies the noun: the agency speaks, not the country
        ("Roscosmos was asked about the delay. The Russian agency said the station was safe.", ["roscosmos"]),
        ("Japan was asked about the delay. The Japanese government said the station was safe.", ["japan"]),
        # more forms of the class of speech verbs
        ("Jane Example recalls that the flight was hard.", ["jane-example"]),
        ("Jane Example admits that the flight was hard.", ["jane-example"]),
        ("Jane Example mentioned that the flight was hard.", ["jane-example"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_anaphoric_and_role_speakers(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


def test_it_said_after_a_program_is_no_speech_of_the_program(extractor: RuleExtractor) -> None:
    text = "The Artemis program began in 2017 under NASA. It said the first landing would come in 2024."
    assert all_speakers(extractor, text) != ["artemis"]


# The grammar of a speech report, beyond 'said' (claims10): the subject of the clause a participle
# hangs on, not the verb's object; telling someone that … in any tense; lawsuits; a speech verb after a
# modal or 'to' is no speech that took place; a report's subject does not speak for the names of what it
# is about; a possessor's promise or threat to do something; a capitalised role for the person named in it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In 2019 Norway sued the Lunar Example Agency, arguing that the contract was unfair.", ["norway"]),
        ("Roscosmos met NASA in March, saying that the station was unsafe.", ["roscosmos"]),
        ("Jane Example met John Roe in Tokyo, insisting that the lander was ready.", ["jane-example"]),
        (
            "When NASA cancelled the deal, Roscosmos protested to ESA, warning that the station would suffer.",
            ["roscosmos"],
        ),
        ("The Example Corporation sued the Lunar Example Agency in 2021.", ["example-corporation"]),
        ("Norway filed a lawsuit against Roscosmos over the launch.", ["norway"]),
        ("Norway informs the UN Secretary-General that it will leave the Moon Agreement.", ["norway"]),
        ("Canada notified the United Nations that the satellite had been lost.", ["canada"]),
        ("Jane Example calls it the most important treaty since 1967.", ["jane-example"]),
        ("Jane Example, who writes for The Example Post, tells how a few rich men changed the industry.", []),
        ("The United States should take the rule to COPUOS and argue for it there.", []),
        ("Japan will announce its decision next week.", []),
        ("NASA must explain why the lander failed.", []),
        ("Jane Example went on to say that the lander was ready.", ["jane-example"]),
        ("Sir, your report on the deal between NASA and SpaceX rightly called it a first.", []),
        ("The article about Roscosmos claimed that the station was unsafe.", []),
        ("A letter from NASA said the lander was ready.", ["nasa"]),
        ("Jane Example's promise to land people on Mars is repeated.", ["jane-example"]),
        ("Roscosmos's threat to leave the station worried Japan.", ["roscosmos"]),
        ("Japan's plan to build a lander was approved.", []),  # a plan is no speech
        ("Chair: Jane Example.\nSecretary: John Roe.\nThe Chair said that the budget was too small.", ["jane-example"]),
        (
            "The board is chaired by Jane Example. John Roe, the secretary, read the agenda. The Chair asked him to "
            "report back.",
            ["jane-example"],
        ),
        (
            "Jane Example, the administrator, met John Roe. The Administrator said the lander was ready.",
            ["jane-example"],
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_speech_report_grammar(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert all_speakers(extractor, text) == speaker


def test_a_pronoun_speaker_goes_on_with_the_person_speaking(extractor: RuleExtractor) -> None:
    text = (
        "Chair: Jane Example.\nJohn Roe opened the meeting. The Chair said that the budget was too small. "
        "She added that NASA would need more."
    )
    assert all_speakers(extractor, text) == ["jane-example", "jane-example"]
    # not when another person is named in between
    text = "Jane Example said the lander was ready. John Roe spoke next. He added that NASA would lead."
    assert all_speakers(extractor, text) == ["jane-example", "john-roe"]


def test_what_is_told_about_it_is_the_tellers(extractor: RuleExtractor) -> None:
    """'X informs Y that it will withdraw': the pronoun is the teller, never the one told."""
    for text in (
        "Norway informs the UN Secretary-General that it will withdraw from the Moon Agreement.",
        "Norway notified the United Nations that it would leave the Moon Agreement.",
    ):
        candidates = run(extractor, text)
        assert not candidates.facts
        [claim] = candidates.claims
        assert claim["speaker"] == "norway"
        assert claim["proposition"] == {"subject": "norway", "relation": "signs", "object": "moon-agreement"}
        assert claim["modality"] == "negated"


def test_asking_to_join_is_a_plan_of_ones_own(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "Norway asked to join the European Space Agency in 2004.")
    [claim] = candidates.claims
    assert claim["speaker"] == "norway" and claim["modality"] == "planned"
    assert claim["proposition"] == {"subject": "norway", "relation": "memberOf", "object": "esa"}
    # asking another to join is a request: no relation at all
    candidates = run(extractor, "Norway asked Canada to join the European Space Agency.")
    assert all("proposition" not in c for c in candidates.claims) and not candidates.facts
    # a request in a relative clause leaves the main clause in the author's voice
    candidates = run(extractor, "Norway is not a member of the European Space Agency, which it asked to join in 2004.")
    assert stated(candidates) == {("norway", "memberOf", "esa"): "negated"}
    assert [c["speaker"] for c in candidates.claims] == ["norway"]


def stated(candidates: Candidates) -> dict[tuple[str, str, str], str | None]:
    return {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in candidates.facts}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a speech verb in the passive with its agent: the agent speaks (not without one)
        ("John Roe was told by Jane Example that the lander was ready.", ["jane-example"]),
        ("It was announced by NASA on Monday that the lander was ready.", ["nasa"]),
        ("John Roe was told that the lander was ready.", []),
        # 'per X' is 'according to X'; 'per cent' is not
        ("Per NASA, the lander is ready.", ["nasa"]),
        ("The lander is ready, per the Lunar Example Agency.", ["lunar-example-agency"]),
        ("NASA's budget rose by 3 per cent in 2024.", []),
        # a source that is no one's words
        ("According to documents seen by The Example Post, the lander is ready.", []),
        ("According to people familiar with NASA's plans, the lander is ready.", []),
        # a stated certainty
        ("Jane Example is confident that the lander will be ready.", ["jane-example"]),
        ("Jane Example was adamant the lander would be ready.", ["jane-example"]),
        ("Jane Example is confident in the lander.", []),
        # joint speakers past their apposition, not the apposition's names
        ("Japan and Canada, both partners of NASA, said the lander was ready.", ["canada", "japan"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_passive_per_sources_certainty_and_joint_speakers(
    extractor: RuleExtractor, text: str, speaker: list[str]
) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle hangs on its clause's subject phrase: the person named in it, past a role or an apposition
        ("NASA Administrator Jane Example visited Tokyo, saying the lander was ready.", ["jane-example"]),
        (
            "Russia's ambassador, Jane Example, addressed the council, arguing that the treaty was unfair.",
            ["jane-example"],
        ),
        # and after a speech act, the participle goes on with its speaker
        ("Japan will join the Artemis program, NASA said, adding that Canada would pay.", ["nasa"]),
        # naming a thing so: 'called' + what is named; not a call made to someone
        ("Japan has called China's test reckless.", ["japan"]),
        ("Japan called its test a success.", ["japan"]),
        ("Japan called NASA on Monday.", []),
        # an active 'quoted X as saying': the one quoted speaks, not the paper
        ("The Example Post quoted Jane Example as saying that the lander was ready.", ["jane-example"]),
        ("Japan requested that the council meet.", ["japan"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_participles_naming_and_quoting(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the verbs of saying in the forms the first list lacked, before 'that' or a quotation's punctuation
        ("Jane Example concedes that the lander was late.", ["jane-example"]),
        ("Jane Example disputes that the lander was late.", ["jane-example"]),
        ("“The lander is late,” Jane Example quips.", ["jane-example"]),
        ("Jane Example reveals that the lander was late.", ["jane-example"]),
        ("The member states that signed the treaty met in Vienna.", []),  # 'states' the noun
        # a stated feeling, belief or view
        ("Japan is concerned that the test created debris.", ["japan"]),
        ("Jane Example was pleased that the lander had landed.", ["jane-example"]),
        ("Jane Example thinks the lander will be ready in May.", ["jane-example"]),
        ("Japan sees the test as reckless.", ["japan"]),
        # a feeling about a thing is a stance told in the author's words, like 'were uneasy' (stances.py)
        ("Japan is concerned about the test.", ["japan"]),
        # a body named by what it is: the nearest company or government body named before
        ("SpaceX won the contract from NASA. The firm said the lander would be ready in 2026.", ["spacex"]),
        ("DISH paid the Federal Communications Commission. The regulator said the case was a first.", ["fcc"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_more_verbs_views_and_bodies_by_kind(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a stance that ranks, presents or credits something is the subject's claim, whatever the verb
        ("Japan counts the Example Lander as its first lunar mission.", ["japan"]),
        ("Both Japan and India presented their landers as contributions to the Artemis program.", ["india", "japan"]),
        ("Roscosmos credits the Example Lander with finding water.", ["roscosmos"]),
        ("NASA considers the test to be reckless.", ["nasa"]),
        ("Jane Example branded the test as a threat to every satellite.", ["jane-example"]),
        ("Roscosmos portrayed the flight as a triumph.", ["roscosmos"]),
        # ... but not membership, a passive, a handing over or 'as of'
        ("ESA counts Norway and Japan among its members.", []),
        ("The Example Lander was credited with finding water.", []),
        ("Japan presented the award to Jane Example in Tokyo.", []),
        ("NASA has counted twenty partners as of 2020.", []),
        # not admitting, acknowledging or accepting something is a stance on it
        ("For years Russia does not admit that its lander had crashed.", ["russia"]),
        ("Japan refused to approve the budget.", ["japan"]),
        ("The Congress did not accept the cancellation as proposed.", ["congress"]),
        ("Japan has not admitted liability.", []),
        ("NASA has not accepted any bids yet.", []),
        ("Moscow never explained the delay.", []),
        # a stated wish for a thing is a stance; an intention to act is a fact's modality
        ("The EU, which is drafting a code of conduct, wants wider rules.", ["european-union"]),
        ("Japan wanted a binding instrument.", ["japan"]),
        ("NASA wants to join the Lunar Gateway.", []),
        ("A company that wants a licence must be based in Luxembourg.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_stances_of_ranking_crediting_and_not_admitting(
    extractor: RuleExtractor, text: str, speaker: list[str]
) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a speech act named by its noun, its maker after 'of'/'from' and what it says after 'that'
        (
            "The paper printed the news, reproducing the statement of Roscosmos that the lander had landed.",
            ["roscosmos"],
        ),
        ("Analysts cited a warning from NASA that the Lunar Gateway would be late.", ["nasa"]),
        ("The declaration of principles that guides the Artemis program was signed in 2020.", []),
        # a paper quoting people it does not name is the only named source of the words
        ("Xinhua quoted space officials as saying that a second flight would follow.", ["xinhua"]),
        ("Xinhua quoted Jane Example as saying that a second flight would follow.", ["jane-example"]),
        # a capital that speaks stands for its country, a capital as a place does not speak
        ("London says it has put money into Galileo since the start.", ["united-kingdom"]),
        ("The talks began when leaders meeting in London declared space a domain of operations.", []),
        # 'which' is no person: the body a participle phrase describes; 'who' is the person
        (
            "The Review Committee, chaired by Jane Example, which reported in May that the Lunar Gateway was late, met.",
            ["review-committee"],
        ),
        ("NASA hired Jane Example, who said the Lunar Gateway was late.", ["jane-example"]),
        # a long apposition with a relative clause of its own between the person and the verb
        (
            "Jane Example, a senator from Texas, where NASA's Johnson Space Center manages the big Example rockets,"
            " said the plan would end America's human spaceflight program.",
            ["jane-example"],
        ),
        # 'The text' after a declaration goes on with its maker's words
        (
            "The UN General Assembly declares 12 April a day of space flight. The text credits the Vostok flight"
            " with opening space to all.",
            ["un-general-assembly", "un-general-assembly"],
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_nominal_speech_quoting_papers_capitals_and_relative_speakers(
    extractor: RuleExtractor, text: str, speaker: list[str]
) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


def test_a_headline_surname_and_colon_is_the_person_named_later(extractor: RuleExtractor) -> None:
    text = (
        "EXAMPLE QUITS THE LUNAR GATEWAY\n\nExample: our astronauts won't depend on the Lunar Gateway.\n\n"
        "Prime Minister Jane Example said on Monday that Canada would not join the Lunar Gateway.\n"
    )
    claims = run(extractor, text).claims
    line = text.index("Example:")
    assert [(c["speaker"], c["evidence"]) for c in claims][:1] == [("jane-example", [[line, text.index("\n", line)]])]
    assert {c["speaker"] for c in claims} == {"jane-example"}
    # a label line, or a word no person of the text is called, speaks for no one
    for text in (
        "Vehicle: Ariane 5 with two boosters and a new fairing.\n\nESA launched the Example Probe.\n",
        "Notes: the launch was delayed twice in May.\n\nJane Example said the probe was ready.\n",
        "Chair: Jane Example, the head of the council.\n\nJane Example opened the meeting.\n",
    ):
        assert all(c["evidence"][0][0] > 0 for c in run(extractor, text).claims), text


def test_a_negated_admission_denies_what_it_reports(extractor: RuleExtractor) -> None:
    claims = run(extractor, "Roscosmos never acknowledged that Japan had joined the Lunar Gateway.").claims
    assert [(c["speaker"], c.get("proposition", {}).get("subject"), c.get("modality")) for c in claims] == [
        ("roscosmos", "japan", "negated")
    ]


def test_the_items_of_a_submitted_request_are_its_proposers_claims(extractor: RuleExtractor) -> None:
    text = (
        "Budget summary: the Lunar Example Agency\n\n"
        "Submitted: 3 March 2030, when President Jane Example sent Congress her budget request.\n\n"
        "Background. The agency's staff grew in 2029.\n\n"
        "Main proposals\n- Landers. Cancel the Lunar Gateway, the program begun under John Example.\n"
        "- Stations. Keep the ISS in operation until 2035, with the current partners.\n"
        "- Extend the Artemis program to Mars.\n"
    )

    def claimed(text: str) -> list[str]:
        spans = [(c["speaker"], c["evidence"][0]) for c in run(extractor, text).claims]
        return [w for w in ("Cancel", "Keep", "Extend", "grew") for who, (a, b) in spans if a <= text.index(w) < b]

    assert claimed(text) == ["Cancel", "Keep", "Extend"]
    assert {c["speaker"] for c in run(extractor, text).claims} == {"jane-example"}
    # the same list with no one named as sending or presenting a plan: a brief's own recommendations
    assert claimed(text.replace("sent Congress her budget request", "spoke in Congress")) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body's members deciding together: the body speaks
        ("At a summit in Seville, ESA member states agree to pay more to keep the Example Rocket flying.", ["esa"]),
        ("NATO defence ministers agreed to set up a space centre in Ramstein.", ["nato"]),
        ("At the summit ESA member states agree to pay more. They also decide that Japan will join.", ["esa", "esa"]),
        # one country's 'agreed to' is its own plan, a fact with its modality, no claim
        ("Japan agreed to join the Lunar Gateway.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_members_deciding_together_speak_as_their_body(extractor: RuleExtractor, text: str, speaker: list[str]) -> None:
    assert sorted(all_speakers(extractor, text)) == speaker


def test_a_where_clause_has_its_own_subject(extractor: RuleExtractor) -> None:
    text = "Jane Example, a senator from Texas, where the Example Center manages the Artemis program, said it was late."
    assert not [f for f in run(extractor, text).facts if f["subject"] == "jane-example" and f["relation"] == "leads"]
    text = "Jane Example works in Toulouse, where CNES runs the Example Probe."
    assert ("cnes", "leads", "example-probe") in {
        (f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts
    }


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a name inside an attribution is its source, never a party of what it reports
        ("According to documents seen by The Example Post, NASA will join the Lunar Gateway.", "example-post"),
        ("According to people familiar with Roscosmos, Japan will join the Lunar Gateway.", "roscosmos"),
        ("Japan will join the Lunar Gateway, according to NASA.", "nasa"),
        ("According to NASA, which leads the Artemis program, Japan will join the Lunar Gateway.", "nasa"),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_a_source_is_no_party_to_what_it_reports(extractor: RuleExtractor, text: str, party: str) -> None:
    candidates = run(extractor, text)
    stated = [f for f in candidates.facts if f["relation"] != "affiliatedWith"]
    stated += [c["proposition"] for c in candidates.claims if "proposition" in c]
    assert stated and all(party not in (s["subject"], s["object"]) or s.get("relation") == "leads" for s in stated)


def test_a_participle_of_telling_or_admitting_before_a_that_clause_is_speech(extractor: RuleExtractor) -> None:
    text = "Senator Jane Tarvi disagreed, telling reporters that the ban protected American technology."
    assert speakers(extractor, text) == ["jane-tarvi"]
    assert speakers(extractor, "ESA agreed, admitting that the plan was late.") == ["esa"]
    # without a 'that' clause the participle is no speech
    assert speakers(extractor, "NASA flew the probe, writing its own software.") == []
    assert speakers(extractor, "NASA flew the probe, telling time by the stars.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from Ghana and Senegal welcomed the new consortium on Tuesday.",
        "Officials in Chile and Peru said the consortium was welcome.",
        "Diplomats of Ghana and Senegal warned that the plan would fail.",
    ],
)
def test_people_from_several_states_speak_for_each(extractor: RuleExtractor, text: str) -> None:
    # (lead16) the states after 'delegates from', 'officials in': each speaks, not only the last one named
    assert len(set(speakers(extractor, text))) == 2


def test_a_state_after_a_preposition_that_is_no_group_of_its_people_does_not_speak(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "A letter to Chile and Peru from Ghana said the dam was safe.") == ["ghana"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The African Space Agency opened in 2023. Critics, among them the astronomer Jane Hollis, say the agency "
         "has moved too slowly.", "jane-hollis"),
        ("The agency opened in 2023. Several scientists, including Jane Hollis, said the agency was too slow.",
         "jane-hollis"),
    ],
)  # fmt: skip
def test_people_named_as_examples_of_a_plural_subject_speak(extractor: RuleExtractor, text: str, speaker: str) -> None:
    # (lead16) not the agency the reported clause names after the verb
    assert speakers(extractor, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's ambassador to the United Nations said that the plan was premature.",
        "Russia's delegation to the Legal Subcommittee of COPUOS said in 2017 that the law was premature.",
        "The Russian delegation to COPUOS said that the law was premature.",
        "Russia's envoys at the conference told reporters the draft was one-sided.",
    ],
)
def test_an_envoy_speaks_for_the_state_that_sent_it_not_the_body_it_is_sent_to(
    extractor: RuleExtractor, text: str
) -> None:
    # (lead18) the possessor or the nationality adjective before the envoy, not the body after 'to'/'at'
    assert speakers(extractor, text) == ["russia"]


def test_an_envoy_of_a_body_still_speaks_for_it(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "A representative of the European Union to the conference said it was late.") == [
        "european-union"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's former president, Jair Example, was not consulted, aides said.",
        "Jane Example, a former minister, was not told about the deal, two senior officials said.",
    ],
)
def test_people_the_text_leaves_unnamed_speak_not_a_name_before_them(extractor: RuleExtractor, text: str) -> None:
    # (lead18) the subject of 'said' is 'aides': the name in the clause before is what they speak about
    assert speakers(extractor, text) == []


def test_a_name_in_apposition_to_a_role_before_the_verb_still_speaks(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "Jane Example, chief executive of Orbitex, said the deal was dead.") == ["jane-example"]


def test_a_long_relative_clause_before_the_verb_keeps_the_subject(extractor: RuleExtractor) -> None:
    # (lead18) the relative clause does not count in the subject phrase's length; the addressee never speaks
    text = (
        "China and Russia, which tabled the draft Treaty on the Prevention of the Placement of Weapons in Outer "
        "Space in 2008 and revised it in 2014, urged the United States to negotiate."
    )
    assert sorted(speakers(extractor, text)) == ["china", "russia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India abstained on the procedural vote, as did Brazil and Chile.", ["brazil", "chile", "india"]),
        ("India, which tested a missile in 2019, abstained, as did Brazil.", ["brazil", "india"]),
    ],
)
def test_as_did_gives_a_stance_without_an_object_to_the_second_subject(
    extractor: RuleExtractor, text: str, expected: list[str]
) -> None:
    # (lead18) 'A abstained, as did B': B abstained too
    assert sorted(speakers(extractor, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If Russia endorses the principles, they would go to the General Assembly.",
        "Unless China backs the draft, it will fail.",
        "The draft will pass if China backs it.",
        "Whether Japan supports the draft is unclear.",
    ],
)
def test_a_stance_inside_a_condition_is_not_taken(extractor: RuleExtractor, text: str) -> None:
    # (lead18) no one has backed or endorsed anything yet
    assert speakers(extractor, text) == []


def test_a_stance_after_a_condition_in_someones_words_stays_the_speakers(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "Russia said that if China backs the draft, it will pass.") == ["russia"]
    assert speakers(extractor, "China backed the draft, and it passed.") == ["china"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb coordinated after a comma shares the clause's subject, not the object nearest it
        ("Jane Example declined to discuss the report, but said the tests worried Japan.", "jane-example"),
        ("Jane Example refused to name the source, but said the tests worried Japan.", "jane-example"),
        ("After the launch, NASA thanked the crew, but said more tests were needed.", "nasa"),
        ("NASA press secretary Jane Example smiled, and added that Canada would join.", "jane-example"),
        # a pronoun after an adverbial holding a name stands for one named before the sentence
        (
            "The United States backed the report. In the CD, however, it went on rejecting the draft, arguing that "
            "it could not be verified.",
            "united-states",
        ),
        (
            "The United States backed the report. In the CD it rejected the draft, arguing that it could not be "
            "verified.",
            "united-states",
        ),
        (
            "The United States backed the report. In 2010 it went on rejecting the draft, arguing that it was vague.",
            "united-states",
        ),
        # a hope stated now is a claim
        ("Japan hopes the framework will bring more joint missions.", "japan"),
        ("Japan hopes the new lunar framework will bring more joint missions.", "japan"),
        # joining or breaking a consensus is a stance on the text
        ("The United States had joined the consensus on the report.", "united-states"),
        ("Brazil broke with the consensus on the text.", "brazil"),
    ],
)
def test_coordinated_verbs_pronouns_after_adverbials_hopes_and_consensus(
    extractor: RuleExtractor, text: str, speaker: str
) -> None:
    assert speakers(extractor, text)[-1:] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Russia signed the deal, and China said it would follow.",  # the second clause has a subject of its own
        "The Tokyo-based company had hoped to make the first landing on the Moon.",  # a hope that failed
        "The hope to finish the station by 2030 faded in Japan.",  # the noun
        "Japan hopes to launch the Example Rover in 2028.",  # the author's planned fact, no one's words
        "The consensus on the report was fragile, Japan noted.",  # no one joins it: only Japan's own words
    ],
)
def test_near_misses_of_coordinated_verbs_and_hopes(extractor: RuleExtractor, text: str) -> None:
    said = speakers(extractor, text)
    assert said in ([], ["china"], ["japan"])
    assert "russia" not in said


def test_a_part_of_a_month_opening_a_line_is_a_date_not_a_speaker(extractor: RuleExtractor) -> None:
    text = "Late July 2020 - The Russian Ministry of Defence says that its satellite moved. Early March - It said so."
    candidates = run(extractor, text)
    assert not any(text[m.start : m.end] in ("Late July", "Early March") for m in candidates.mentions)
    assert speakers(extractor, text)[:1] == ["russian-ministry-of-defence"]


def test_a_company_named_without_its_legal_form_is_the_same_company(extractor: RuleExtractor) -> None:
    text = ("The regulator denied a protest by Sierra Nevada Corporation against NASA. Sierra Nevada, which had "
            "offered its spaceplane, argued that the evaluation had been flawed. Blue Harbor Inc. won. "
            "Blue Harbor said it was pleased.")  # fmt: skip
    candidates = run(extractor, text)
    short = {text[m.start : m.end]: m.entity for m in candidates.mentions}
    assert short["Sierra Nevada"] == "sierra-nevada-corporation"  # not the state of Nevada inside it
    assert short["Blue Harbor"] == short["Blue Harbor Inc"] == "blue-harbor-inc"
    assert speakers(extractor, text) == ["sierra-nevada-corporation", "blue-harbor-inc"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a body named by its class speaks through its officials
        ("The Example Space Agency launched a probe. Agency officials said it was healthy.", ["example-space-agency"]),
        (
            "The Example Space Agency launched a probe. The agency's spokesman said it was healthy.",
            ["example-space-agency"],
        ),
        # the authors of a statement 'by' or 'from' several bodies each speak
        ("A joint statement by Norway and Chile said the probe was a success.", ["chile", "norway"]),
        ("A joint statement by Norway and Chile welcomed the probe.", ["chile", "norway"]),
        ("A letter from Norway and Chile to Peru said the probe was a success.", ["chile", "norway"]),  # not Peru
    ],
)
def test_a_body_named_by_its_class_and_the_authors_of_a_statement_speak(
    extractor: RuleExtractor, text: str, said: list[str]
) -> None:
    assert sorted(set(speakers(extractor, text))) == said


def test_unnamed_voices_of_no_class_still_name_no_one(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "The Example Space Agency launched a probe. Two officials said it was healthy.") == []


@pytest.mark.parametrize(
    "text",
    [
        # every example of a plural subject speaks, and a relative clause with 'both' hangs on the names before it
        "Several countries, including Peru and Chile, said the probe was unsafe.",
        "Peru and Chile, which had both protested, said the probe was unsafe.",
        "Peru, along with Chile, said the probe was unsafe.",
    ],
)
def test_every_listed_example_and_the_names_before_a_relative_speak(extractor: RuleExtractor, text: str) -> None:
    assert {"peru", "chile"} <= set(speakers(extractor, text))
