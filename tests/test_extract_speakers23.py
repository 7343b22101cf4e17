"""Who says what, and with what modality, round 23 (invented sentences, a grid per construction): speech verbs
of every kind, speakers introduced by role then name, quotation layouts (quote first, speaker in the middle, a
quotation over sentences, a transcript's labels), 'in a statement', 'according to', questions, plans in reported
speech, predictions, conditions and denials; each grid with look-alikes that must give nothing (a quoted title, a
name with 'Says' in it, the noun 'states', the person named inside a quotation).

Each row is a text and what must hold of its candidates, one expectation a string:
- ``claim SPEAKER``: a claim of that speaker; ``claim SPEAKER: S R O [MODALITY]``: with that proposition;
- ``no claim``: no claim at all; ``claims at most N``; ``no speaker X``: no claim of X;
- ``fact S R O [MODALITY]``: a fact (plain when no modality is given);
- ``no fact S R O``: no plain fact of that triple (a modal one may be there).
"""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def _speakers(claim: dict[str, object]) -> set[str]:
    speaker = claim["speaker"]
    return set(speaker) if isinstance(speaker, list) else {str(speaker)}


def check(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    found = run(extractor, text)
    claims = []
    for claim in found.claims:
        prop = claim.get("proposition")
        triple = f"{prop['subject']} {prop['relation']} {prop['object']}" if prop else ""
        modality = claim.get("modality") or ""
        for speaker in _speakers(claim):
            claims.append((speaker, " ".join(w for w in (triple, modality) if w)))
    facts = {" ".join(w for w in (f["subject"], f["relation"], str(f.get("object")), f.get("modality") or "") if w)
             for f in found.facts}  # fmt: skip
    plain = {f"{f['subject']} {f['relation']} {f.get('object')}" for f in found.facts if not f.get("modality")}
    for expectation in expected:
        kind, _, rest = expectation.partition(" ")
        if expectation == "no claim":
            assert not claims, (text, claims)
        elif expectation.startswith("claims at most "):
            assert len(found.claims) <= int(expectation.split()[-1]), (text, claims)
        elif kind == "claims":
            assert len(found.claims) == int(rest), (text, claims)
        elif kind == "claim":
            speaker, _, said = rest.partition(":")
            if said.strip():
                assert (speaker.strip(), said.strip()) in claims, (text, expectation, claims)
            else:
                assert any(s == speaker.strip() for s, _ in claims), (text, expectation, claims)
        elif expectation.startswith("no speaker "):
            who = expectation.removeprefix("no speaker ")
            assert all(s != who for s, _ in claims), (text, expectation, claims)
        elif kind == "fact":
            assert rest in facts, (text, expectation, facts)
        elif expectation.startswith("no fact "):
            assert expectation.removeprefix("no fact ") not in plain, (text, expectation, plain)
        else:
            raise AssertionError(f"unknown expectation {expectation!r}")


# -- speech verbs of every kind, the speaker before the verb ---------------------------------------------------

VERBS = [
    ("Jane Doe, the director of the Examplo Space Agency, insisted that India would join the ILRS.",
     ["claim jane-doe: india participatesIn ilrs planned", "no fact india participatesIn ilrs"]),
    ("Mark Ostrander argued that NASA should leave the Gateway.",
     ["claim mark-ostrander: nasa participatesIn lunar-gateway negated"]),
    ("Mark Ostrander cautioned that India could join the ILRS.",
     ["claim mark-ostrander: india participatesIn ilrs predicted"]),
    ("Mark Ostrander testified that NASA had not joined the ILRS.",
     ["claim mark-ostrander: nasa participatesIn ilrs negated", "no fact nasa participatesIn ilrs"]),
    ("NASA Administrator Jane Doe told lawmakers that the agency would lead the Gateway.",
     ["claim jane-doe: nasa leads lunar-gateway planned", "no speaker nasa"]),
    ("Jane Doe told members of the committee that Japan would join the Gateway.",
     ["claim jane-doe: japan participatesIn lunar-gateway planned"]),
    ("Jane Doe acknowledged that India had not signed the Artemis Accords.",
     ["claim jane-doe: india signs artemis-accords negated"]),
    ("Jane Doe denied that India had joined the ILRS.", ["claim jane-doe: india participatesIn ilrs negated"]),
    ("Jane Doe dismissed reports that India would join the ILRS.",
     ["claim jane-doe: india participatesIn ilrs negated"]),
    ("Jane Doe pointed out that India had joined the ILRS.",
     ["claim jane-doe: india participatesIn ilrs", "no fact india participatesIn ilrs"]),
    ("Jane Doe reiterated that India would sign the Artemis Accords.",
     ["claim jane-doe: india signs artemis-accords planned"]),
    ("Jane Doe vowed that Japan would sign the Artemis Accords.",
     ["claim jane-doe: japan signs artemis-accords planned"]),
    ("Jane Doe recalled that India had signed the Outer Space Treaty.",
     ["claim jane-doe: india signs outer-space-treaty"]),
    ("Speaking to reporters, Jane Doe said Japan would join the Gateway.",
     ["claim jane-doe: japan participatesIn lunar-gateway planned"]),
    ("Writing in the Examplo Times, Jane Doe argued that Japan should leave the ILRS.",
     ["claim jane-doe: japan participatesIn ilrs negated"]),
    # writing words is no drafting of the document the words name
    ("Mark Ostrander wrote that Japan would sign the Artemis Accords.",
     ["claim mark-ostrander: japan signs artemis-accords planned", "no fact mark-ostrander drafts artemis-accords"]),
    ("Jane Doe wrote to the council that India had signed the Outer Space Treaty.",
     ["claim jane-doe: india signs outer-space-treaty", "no fact jane-doe drafts outer-space-treaty"]),
    ("In a letter to the council, Jane Doe wrote that Japan would join the Gateway.",
     ["claim jane-doe: japan participatesIn lunar-gateway planned"]),
    # the seat a reported clause gives its own subject is not the speaker's
    ("Jane Doe maintained that India was a member of ESA.",
     ["claim jane-doe: india memberOf esa", "no fact jane-doe affiliatedWith esa"]),
    ("Mark Ostrander insisted that Japan was a member of the Examplo Council.",
     ["no fact mark-ostrander affiliatedWith examplo-council"]),
    ("Jane Doe, a member of the Examplo Council, said that India had joined the ILRS.",
     ["fact jane-doe affiliatedWith examplo-council", "claim jane-doe: india participatesIn ilrs"]),
    # near-misses: the author of a text wrote it; a year after 'wrote in' is no speech
    ("Jane Doe wrote the Examplo Charter in 1998.", ["fact jane-doe drafts examplo-charter", "no claim"]),
    ("The Examplo Charter, which Jane Doe wrote in 1998, was signed by India.",
     ["fact jane-doe drafts examplo-charter", "no claim"]),
    ("The treaty says that states shall not place weapons in orbit.", ["no claim"]),
    ("Simon Says Space, a start-up, joined the ILRS.", ["no claim"]),
    ('"Says Who?" is the title of a documentary about NASA.', ["no claim"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_speech_verbs(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- a speaker introduced by role then name, with appositions and relative clauses -----------------------------

ROLES = [
    ("Senator Jane Doe of Ohio, the committee's ranking Republican, who had flown on the space shuttle Columbia "
     "in 1986, warned that NASA should leave the Gateway.",
     ["claim jane-doe: nasa participatesIn lunar-gateway negated", "no speaker republican"]),
    ("Jane Doe of Ohio, the committee's ranking Republican, who had flown on a shuttle, warned that NASA should "
     "leave the Gateway.", ["claim jane-doe", "no speaker republican"]),
    ("Representative Mark Ostrander of Texas, a Democrat who sits on the science committee, said that NASA would "
     "lead the Gateway.", ["claim mark-ostrander: nasa leads lunar-gateway planned"]),
    ("Jane Doe of the Examplo Space Agency, who leads its lunar programme, said that Japan would join the Gateway.",
     ["claim jane-doe: japan participatesIn lunar-gateway planned", "no speaker examplo-space-agency"]),
    ("Mark Ostrander from the Examplo Institute, a former NASA engineer, who joined ESA in 2001, told reporters "
     "that Japan would join the Gateway.", ["claim mark-ostrander", "no speaker nasa", "no speaker esa"]),
    ("Jane Doe, the committee's ranking Republican, who had flown on the space shuttle Columbia, warned that "
     "NASA should leave the Gateway.", ["claim jane-doe"]),
    ("Jane Doe, Examplo's minister, who visited Japan in May, said that India would join the Gateway.",
     ["claim jane-doe: india participatesIn lunar-gateway planned", "no speaker japan"]),
    ("The head of MDA, Jane Doe, told reporters that India would join the Gateway.", ["claim jane-doe"]),
    ("A NASA spokesman, Mark Ostrander, said Japan had joined the Gateway.",
     ["claim mark-ostrander: japan participatesIn lunar-gateway", "no speaker nasa"]),
    ("Mark Ostrander, Russia's envoy to the UN, told the Security Council that Russia would leave the ISS.",
     ["claim mark-ostrander: russia participatesIn iss negated"]),
    # a nation's people in a place are no speaker, nor is the place
    ("Jane Doe met Mark Ostrander of Ohio in Tokyo.", ["no claim"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_speaker_by_role_then_name(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- statements, letters and reports: their authors speak ------------------------------------------------------

AUTHORS = [
    ("The statement, signed by Jane Doe, said that India had joined the ILRS.",
     ["claim jane-doe: india participatesIn ilrs", "no fact india participatesIn ilrs"]),
    ("The letter, signed by the Examplo Space Agency, said that India had joined the ILRS.",
     ["claim examplo-space-agency: india participatesIn ilrs", "no fact india participatesIn ilrs"]),
    ("The report, written by Jane Doe and Mark Ostrander, concluded that Japan would join the Gateway.",
     ["claim jane-doe: japan participatesIn lunar-gateway planned", "no fact japan participatesIn lunar-gateway"]),
    ("A statement signed by Jane Doe said that India had joined the ILRS.",
     ["claim jane-doe: india participatesIn ilrs"]),
    ("In a statement, the Examplo Space Agency said it would join the ILRS.",
     ["claim examplo-space-agency: examplo-space-agency participatesIn ilrs planned"]),
    ("A statement from the Examplo Space Agency said Japan had joined the Gateway.",
     ["claim examplo-space-agency: japan participatesIn lunar-gateway"]),
    ("According to a statement from the Examplo Space Agency, India has joined the ILRS.",
     ["claim examplo-space-agency: india participatesIn ilrs", "no fact india participatesIn ilrs"]),
    ("India has joined the ILRS, according to Jane Doe.",
     ["claim jane-doe: india participatesIn ilrs", "no fact india participatesIn ilrs"]),
    # an unnamed voice of the body that opens the sentence speaks for it; a named one is the person
    ("NASA will not join the ILRS, its administrator said.",
     ["claim nasa: nasa participatesIn ilrs negated", "no speaker ilrs", "no fact nasa participatesIn ilrs"]),
    ("NASA will not join the ILRS, its spokesman said on Friday.",
     ["claim nasa: nasa participatesIn ilrs negated", "no speaker ilrs"]),
    ("Japan will send an astronaut to the Gateway, its science minister said on Tuesday.",
     ["claim japan: japan participatesIn lunar-gateway planned", "no speaker lunar-gateway"]),
    ("NASA will not join the ILRS, said its administrator, Jane Doe.",
     ["claim jane-doe: nasa participatesIn ilrs negated", "no speaker nasa", "fact jane-doe affiliatedWith nasa"]),
    # (the denial of the clause before is not her office's: she is the agency's administrator, plainly)
    ("NASA will not join the ILRS, its administrator, Jane Doe, said on Friday.",
     ["claim jane-doe: nasa participatesIn ilrs negated", "fact jane-doe affiliatedWith nasa"]),
    ("NASA will not join the ILRS, the agency's administrator, Jane Doe, said.",
     ["claim jane-doe", "fact jane-doe affiliatedWith nasa"]),
    ("Jane Doe was not appointed head of NASA.", ["no fact jane-doe affiliatedWith nasa"]),
    # near-misses: a thing built by someone says nothing; an unsigned statement is no one's named words
    ("The rocket, built by Examplo Aerospace, carried a satellite for the ILRS.", ["no claim"]),
    ("The statement said that India had joined the ILRS.",
     ["no fact india participatesIn ilrs", "fact india participatesIn ilrs predicted"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AUTHORS)
def test_authors_of_statements(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- quotation layouts -----------------------------------------------------------------------------------------

QUOTES = [
    ('"NASA is a partner of Japan," Jane Doe said.', ["claim jane-doe: nasa partnerOf japan"]),
    ('"The programme," said Jane Doe, the agency\'s chief, "is the most important thing we do."',
     ["claim jane-doe"]),
    ('"India will join the ILRS," Jane Doe said. "It is a partner of China."',
     ["claim jane-doe: india participatesIn ilrs planned"]),
    ('Jane Doe said: "India will join the ILRS."', ["claim jane-doe: india participatesIn ilrs planned"]),
    ("India, Jane Doe said, has joined the ILRS.",
     ["claim jane-doe: india participatesIn ilrs", "no fact india participatesIn ilrs"]),
    # a quotation over sentences: the ones after the sentence naming the speaker are the speaker's too
    ('Jane Doe, ISRO\'s chairman, said: "India will join the Gateway. It has not joined the ILRS."',
     ["claim jane-doe: india participatesIn lunar-gateway planned",
      "claim jane-doe: india participatesIn ilrs negated", "no fact india participatesIn ilrs"]),
    ('Jane Doe told the crowd: "Japan will sign the Artemis Accords. Canada has joined the Gateway."',
     ["claim jane-doe: japan signs artemis-accords planned", "claim jane-doe: canada participatesIn lunar-gateway",
      "no fact canada participatesIn lunar-gateway"]),
    ('Mark Ostrander added: "India has joined the ILRS. The country will also sign the Artemis Accords."',
     ["claim mark-ostrander: india participatesIn ilrs", "claim mark-ostrander: india signs artemis-accords planned",
      "no fact india participatesIn ilrs"]),
    # a quotation's opening 'It' goes on about what the text is about
    ('"India will join the Gateway," Jane Doe said. "It has not joined the ILRS."',
     ["claim jane-doe: india participatesIn ilrs negated", "no fact india participatesIn ilrs"]),
    ('Jane Doe spoke about India. "It has not joined the ILRS," she said.',
     ["claim jane-doe: india participatesIn ilrs negated"]),
    ('India will join the Gateway. "It is not a member of ESA," Jane Doe said.',
     ["claim jane-doe: india memberOf esa negated", "no fact india memberOf esa"]),
    # an unnamed speaker's quotation is still someone's words: never a plain fact
    ('"India has joined the ILRS," the minister said.', ["no fact india participatesIn ilrs"]),
    ('"India has joined the ILRS," the minister told reporters on Monday.', ["no fact india participatesIn ilrs"]),
    ('"India has joined the ILRS," said the minister.', ["no fact india participatesIn ilrs"]),
    ('"India has joined the ILRS," an official said.', ["no fact india participatesIn ilrs"]),
    # near-misses: the writer's own sentence before a quotation stays a fact; a quoted title says nothing; an
    # advertisement quoted is no one's speech going on; a judging 'It' opens no proposition
    ('India has joined the ILRS. "It was a long process," the minister said.', ["fact india participatesIn ilrs"]),
    ('She said the "Artemis Accords" were a good idea.', ["no fact india participatesIn ilrs"]),
    ('Jane Doe heard an advertisement on the radio: "Astronauts wanted. No experience necessary."',
     ["claims at most 1"]),
    ('Jane Doe spoke at the Examplo Space Forum.\n\n"It is the policy of this government to join the ILRS."',
     ["no speaker examplo-space-forum"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotation_layouts(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- transcripts: a line's label names its speaker -------------------------------------------------------------

HEARING = "A hearing with Jane Doe, the head of the Examplo Space Agency, and Senator Mark Ostrander.\n\n"
TRANSCRIPTS = [
    (HEARING + "JANE DOE: Japan will sign the Artemis Accords next year.\n\nOSTRANDER: India has not joined the ILRS.",
     ["claim jane-doe: japan signs artemis-accords planned", "claim mark-ostrander: india participatesIn ilrs negated",
      "no fact india participatesIn ilrs"]),
    (HEARING + "SENATOR OSTRANDER: Will Japan sign the Artemis Accords?\n\nDR. DOE: Japan will sign the Artemis "
     "Accords next year. India has not joined the ILRS.",
     ["claim jane-doe: japan signs artemis-accords planned", "claim jane-doe: india participatesIn ilrs negated"]),
    (HEARING + "Ostrander: Will Japan sign the Artemis Accords?\n\nDoe: Japan will sign the Artemis Accords next "
     "year. It will also join the Gateway.",
     ["claim jane-doe: japan signs artemis-accords planned",
      "claim jane-doe: japan participatesIn lunar-gateway planned"]),
    # near-misses: a press release's boilerplate labels are no speakers
    ("Note: Japan signed the Artemis Accords in 2020.", ["no claim", "fact japan signs artemis-accords"]),
    ("Background: India has not joined the ILRS.", ["no claim", "fact india participatesIn ilrs negated"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPTS)
def test_transcript_labels(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- 'the government' speaks for the country the text is about ------------------------------------------------

GOVERNMENTS = [
    ("Indonesia launched its first satellite in 1976 on an American rocket. The government has said that it wants "
     "to join the ILRS.",
     ["claim indonesia: indonesia participatesIn ilrs planned", "no speaker united-states"]),
    ("Indonesia launched its first satellite in 1976 on an American rocket. The government wants to join the ILRS.",
     ["fact indonesia participatesIn ilrs planned", "no fact united-states participatesIn ilrs"]),
    ("Kenya launched its first satellite in 2018 with a Japanese partner. The government said that the country "
     "would sign the Artemis Accords.", ["claim kenya", "no speaker japan"]),
    ("Peru launched its first satellite in 2016 on a French rocket. The government said that it would join "
     "the ILRS.", ["claim peru: peru participatesIn ilrs planned", "no speaker france"]),
    ("The satellite was built by a Chinese company for Brazil. The Brazilian government said it would join the "
     "ILRS.", ["claim brazil: brazil participatesIn ilrs planned"]),
    ("Interview: Kenya in space\n\nQ: Can Kenya launch satellites?\nA: No. Its satellites have flown on American, "
     "Indian and Chinese rockets.\n\nQ: Will that change?\nA: The government has said that it wants to build a "
     "spaceport on the coast.", ["claim kenya", "no speaker china", "no speaker india"]),
    ("Q: What about Peru?\nA: Peru bought its first satellite from a French maker in 2016. The government has said "
     "that it will sign the Artemis Accords.", ["claim peru", "no speaker france"]),
    # near-miss: a government named with its adjective is that country's
    ("India works with Japan on the Gateway. The Japanese government said that it would sign the Artemis Accords.",
     ["claim japan", "no speaker india"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOVERNMENTS)
def test_the_government_speaks_for_the_country_in_focus(
    extractor: RuleExtractor, text: str, expected: list[str]
) -> None:
    check(extractor, text, expected)


# -- plans, predictions, conditions and denials: facts with their modality -------------------------------------

MODALITY = [
    ("Japan expects to sign the Artemis Accords next year.", ["fact japan signs artemis-accords planned"]),
    ("Japan aims to join the ILRS by 2030.", ["fact japan participatesIn ilrs planned"]),
    ("India is expected to join the ILRS.", ["fact india participatesIn ilrs planned"]),
    ("India is likely to join the ILRS.", ["fact india participatesIn ilrs predicted"]),
    ("India is unlikely to join the ILRS.", ["fact india participatesIn ilrs unlikely"]),
    ("If funding is approved, India would join the ILRS.", ["fact india participatesIn ilrs conditional"]),
    ("Should Russia agree, India would join the ILRS.", ["fact india participatesIn ilrs conditional"]),
    ("Unless Russia objects, India will join the ILRS in 2026.", ["fact india participatesIn ilrs conditional"]),
    ("India has not joined the ILRS.", ["fact india participatesIn ilrs negated"]),
    ("India declined to join the ILRS.", ["fact india participatesIn ilrs negated"]),
    ("India never signed the Outer Space Treaty.", ["fact india signs outer-space-treaty negated"]),
    ("India is no longer part of the ILRS.", ["fact india participatesIn ilrs negated"]),
    ("India has yet to sign the Artemis Accords.", ["fact india signs artemis-accords negated"]),
    ("India chose not to join the ILRS.", ["no fact india participatesIn ilrs"]),
    ("Neither India nor Japan has signed the Artemis Accords.",
     ["fact india signs artemis-accords negated", "fact japan signs artemis-accords negated"]),
    ("India joined the ILRS, but Japan has not.",
     ["fact india participatesIn ilrs", "fact japan participatesIn ilrs negated"]),
    ("India announced that it would join the ILRS.", ["claim india: india participatesIn ilrs planned"]),
    ("Officials said Japan would join the Gateway.", ["no fact japan participatesIn lunar-gateway"]),
    ("Japan would join the Gateway, officials said.", ["no fact japan participatesIn lunar-gateway"]),
    ("India joined the ILRS in 2023 after years of not taking part.", ["fact india participatesIn ilrs"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MODALITY)
def test_modality_in_the_authors_voice(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- denials the relation rules cannot read off a subject: 'none of them', 'has no satellite in it', a plan
# reversed, no plans at all --------------------------------------------------------------------------------------

DENIALS = [
    ("Egypt, Ethiopia and Iran joined BRICS in 2024, but none of them has signed the Artemis Accords.",
     ["fact egypt signs artemis-accords negated", "fact ethiopia signs artemis-accords negated",
      "fact iran signs artemis-accords negated", "fact egypt memberOf brics", "no fact iran signs artemis-accords"]),
    ("Egypt, Ethiopia and Iran joined BRICS in 2024; none of them has joined the ILRS.",
     ["fact egypt participatesIn ilrs negated", "fact iran participatesIn ilrs negated"]),
    ("Egypt, Ethiopia and Iran joined BRICS in 2024. None of them has signed the Artemis Accords.",
     ["fact ethiopia signs artemis-accords negated", "no fact ethiopia signs artemis-accords"]),
    ("India and Japan are members of ESA, but neither has signed the Moon Agreement.",
     ["fact india signs moon-agreement negated", "fact japan signs moon-agreement negated",
      "fact india memberOf esa"]),
    ("Kenya has no instrument on the Gateway.", ["fact kenya participatesIn lunar-gateway negated"]),
    ("India has no plans to leave ESA, and it has no satellite in the ILRS.",
     ["fact india participatesIn ilrs negated", "fact india memberOf esa"]),
    ("There are no plans for India to join the ILRS.", ["fact india participatesIn ilrs negated"]),
    ("There are no firm plans for India to sign the Artemis Accords.", ["fact india signs artemis-accords negated"]),
    ("Russia had agreed to join the Gateway but later withdrew from it.",
     ["fact russia participatesIn lunar-gateway negated", "no fact russia participatesIn lunar-gateway"]),
    ("Russia had at first agreed to join the Gateway, but withdrew.",
     ["fact russia participatesIn lunar-gateway negated"]),
    ("India chose not to join the ILRS.", ["fact india participatesIn ilrs negated"]),
    # near-misses: a plan that stands, a denial then a plan, a list of others, no share of anything named
    ("There are plans for India to join the ILRS.", ["fact india participatesIn ilrs planned"]),
    ("Russia agreed to join the Gateway in 2020.", ["fact russia participatesIn lunar-gateway planned"]),
    ("Russia had agreed to join the Gateway but later pulled out of the ILRS.",
     ["fact russia participatesIn lunar-gateway planned"]),
    ("India has not joined the ILRS but plans to join it in 2030.",
     ["fact india participatesIn ilrs negated", "no fact india participatesIn ilrs"]),
    ("India and Japan signed the Artemis Accords, and none of them regrets it.",
     ["fact india signs artemis-accords", "fact japan signs artemis-accords"]),
    ("NASA, ESA and JAXA lead the Gateway; none of them has said when it will be finished.",
     ["fact nasa leads lunar-gateway", "fact jaxa leads lunar-gateway"]),
    ("Neither India nor Japan has joined the ILRS.",
     ["fact india participatesIn ilrs negated", "fact japan participatesIn ilrs negated"]),
    ("The Gateway has no airlock on the Japanese module.", ["no fact lunar-gateway participatesIn japan"]),
    ("Kenya has no doubt about the ILRS.", ["no fact kenya participatesIn ilrs"]),
    ("NASA picked Examplo Aerospace to build the lander, and the company chose to build it in Ohio.",
     ["no fact nasa participatesIn ilrs"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_denials_of_groups_shares_and_plans(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- a role noun is the person the text gave the role; an answer takes up the question it answers ---------------

ROLES_AND_ANSWERS = [
    ("Mark Ostrander, NASA's administrator, met Jane Doe, Japan's minister, in Tokyo. The administrator said that "
     "Japan would join the Gateway.", ["claim mark-ostrander: japan participatesIn lunar-gateway planned",
                                       "no speaker jane-doe"]),
    ("Mark Ostrander, NASA's administrator, met Jane Doe, Japan's minister, in Tokyo. The minister said that "
     "Japan would join the Gateway.", ["claim jane-doe", "no speaker mark-ostrander"]),
    ("NASA Administrator Mark Ostrander met Japan's science minister, Jane Doe, on Monday. The administrator told "
     "reporters that Japan would join the Gateway.", ["claim mark-ostrander", "no speaker jane-doe"]),
    ("Jane Doe, the head of ESA, and Mark Ostrander, a senator, met in Paris. The senator said that India would "
     "join the ILRS.", ["claim mark-ostrander: india participatesIn ilrs planned"]),
    ("Asked whether India would join the ILRS, Jane Doe said it would not.",
     ["claim jane-doe: india participatesIn ilrs negated", "no fact india participatesIn ilrs"]),
    ("Asked whether India would join the ILRS, Jane Doe said that it would.",
     ["claim jane-doe: india participatesIn ilrs planned", "no fact india participatesIn ilrs"]),
    ("Asked if Japan would sign the Artemis Accords, the minister, Jane Doe, said it would.",
     ["claim jane-doe: japan signs artemis-accords planned", "no fact japan signs artemis-accords"]),
    ("Asked by reporters whether Canada had joined the Gateway, Jane Doe replied that it had not.",
     ["claim jane-doe: canada participatesIn lunar-gateway negated"]),
    # a nominee's backers: a president's nomination, a chamber's confirmation (claims of theirs)
    ("Jane Doe, a former pilot, had been nominated by President Mark Ostrander in September.",
     ["claim mark-ostrander", "no speaker jane-doe"]),
    ("President Mark Ostrander nominated Jane Doe to lead NASA in September.", ["claim mark-ostrander"]),
    ("Jane Doe was confirmed by the Examplo Senate in May.", ["claim examplo-senate"]),
    ("The rocket was nominated for an award by the Examplo Society.", ["no speaker examplo-society"]),
    # near-misses: a question no one answers is no relation; a question with a full answer keeps the answer's own
    ("Jane Doe asked whether India would join the ILRS.", ["no fact india participatesIn ilrs"]),
    ("Asked about the ILRS, Jane Doe said that India had joined it.",
     ["claim jane-doe: india participatesIn ilrs"]),
    ("It is not clear whether India will join the ILRS.", ["no fact india participatesIn ilrs"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROLES_AND_ANSWERS)
def test_role_holders_and_answered_questions(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)
