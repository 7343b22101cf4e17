"""Documents and who signs, joins, ratifies, leaves, adopts and drafts them
(issue #11, signs15): each construction read over names of the right classes,
with the document in focus across sentences; invented sentences, several
wordings each, and look-alikes that must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import run, stated

OPENING = "The Example Treaty entered into force in 1990. "


def test_a_counted_list_of_parties_signs_the_document_in_focus(extractor: RuleExtractor) -> None:
    for text in (
        "That left seventeen parties: Armenia, Peru, Chile and Kenya.",
        "It now has four parties: Armenia, Peru, Chile and Kenya.",
        "The treaty has four states parties, namely Armenia, Peru, Chile and Kenya.",
        "States parties include Armenia, Peru, Chile and Kenya.",
        "Four states have ratified it: Armenia, Peru, Chile and Kenya.",
        "Four countries have since joined the treaty: Armenia, Peru, Chile and Kenya.",
        "Among the parties are Armenia, Peru, Chile and Kenya.",
    ):
        found = stated(extractor, OPENING + text)
        for country in ("armenia", "peru", "chile", "kenya"):
            assert found.get((country, "signs", "example-treaty"), "x") is None, text
    found = stated(extractor, "States parties to the Example Treaty include Armenia and Peru.")
    assert found.get(("armenia", "signs", "example-treaty"), "x") is None
    found = stated(extractor, OPENING + "Two states have not signed it: Armenia and Peru.")
    assert found[("peru", "signs", "example-treaty")] == "negated"
    # the parties of talks, of a dispute: not of the treaty
    for text in (
        "The talks had two parties: NASA and the Example Space Agency.",
        "The dispute has two parties: Peru and Chile.",
        "Among the parties to the dispute are Peru and Chile.",
        "The parties to the dispute include Peru and Chile.",
    ):
        assert not any(r == "signs" for _, r, _ in stated(extractor, OPENING + text)), text


def test_it_after_a_verb_of_signing_is_the_document_in_focus(extractor: RuleExtractor) -> None:
    # three sentences without a name between the document and the pronoun
    text = (
        "The Example Treaty entered into force in 1990. Peru ratified the treaty in 1992. "
        "Few states followed. None of them send people into orbit. "
        "The United States and China have not signed it, and neither has Japan."
    )
    found = stated(extractor, text)
    for country in ("united-states", "china", "japan"):
        assert found[(country, "signs", "example-treaty")] == "negated"
    # a program named lately is what 'it' stands for, not the document
    found = stated(extractor, OPENING + "China leads the International Lunar Research Station. Peru has joined it.")
    assert ("peru", "signs", "example-treaty") not in found
    # 'them': the document with a plural name, before a singular one named since
    found = stated(
        extractor,
        "Peru signed the Artemis Accords in 2020. It says the accords put the Outer Space Treaty into practice. "
        "China has declined to sign them.",
    )
    assert found[("china", "signs", "artemis-accords")] == "negated"
    assert ("china", "signs", "outer-space-treaty") not in found


def test_withdrawing_from_a_document_is_signs_negated(extractor: RuleExtractor) -> None:
    for text in (
        "Norway withdrew from it in January 2023.",
        "Norway pulled out of it in 2019.",
        "Norway withdrew from the Example Treaty in 2019.",
        "Norway gave notice of its withdrawal from the Example Treaty in 2021.",
        "Norway is no longer a party to it.",
    ):
        found = stated(extractor, OPENING + text)
        assert found.get(("norway", "signs", "example-treaty")) == "negated", text
    # leaving something else to someone, withdrawing support: no relation to the treaty
    for text in ("The Example Agency left it to the ministry to decide.", "Norway withdrew its support for it."):
        assert not any(r == "signs" for _, r, _ in stated(extractor, OPENING + text)), text


def test_becoming_a_party_or_acceding_without_an_object(extractor: RuleExtractor) -> None:
    for text in (
        "Peru became a party in 1995.",
        "Peru became its 20th party in 1995.",
        "Peru acceded in 2009.",
        "Peru became a party to it in 1995.",
    ):
        assert stated(extractor, OPENING + text).get(("peru", "signs", "example-treaty"), "x") is None, text
    assert stated(extractor, OPENING + "Peru is not a party.")[("peru", "signs", "example-treaty")] == "negated"
    assert stated(extractor, OPENING + "Peru plans to ratify it next year.")[("peru", "signs", "example-treaty")] == (
        "planned"
    )
    # a political party is no party to the treaty
    found = stated(extractor, OPENING + "The Example Party is the ruling party in Peru.")
    assert not any(r == "signs" for _, r, _ in found)


def test_the_author_of_a_document_in_a_relative_clause_without_its_pronoun(extractor: RuleExtractor) -> None:
    for text in (
        "Several countries have signed the Artemis Accords, the framework the United States launched in 2020.",
        "Peru signed the Artemis Accords, the set of principles the United States drew up.",
        "Peru signed the Artemis Accords, the rules that the United States drafted in 2020.",
    ):
        found = stated(extractor, text)
        assert found.get(("united-states", "drafts", "artemis-accords"), "x") is None, text
    found = stated(extractor, "Peru signed the Artemis Accords, the rules the United States proposed in 2020.")
    assert found.get(("united-states", "proposes", "artemis-accords"), "x") is None
    # a signer in the relative clause signs: no drafting
    found = stated(extractor, "Peru signed the Artemis Accords, the framework the United States signed in 2020.")
    assert ("united-states", "drafts", "artemis-accords") not in found


def test_adopted_by_a_body_whose_name_holds_another(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Moon Agreement was adopted by the UN General Assembly in 1979.")
    assert found.get(("un-general-assembly", "drafts", "moon-agreement"), "x") is None
    assert ("united-nations", "drafts", "moon-agreement") not in found
    # a country adopting guidelines is no author of them
    assert not any(r == "drafts" for _, r, _ in stated(extractor, "Japan adopted the Artemis Accords in 2020."))


def test_a_passive_with_a_place_and_a_time_before_its_agents(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Convention was signed in Beijing in October 2005 by Peru, Chile and Iran.",
        "The Example Treaty was drafted in 1962. It was signed in Moscow on 5 August 1963 by Peru, Chile and Iran.",
    ):
        found = stated(extractor, text)
        document = "example-convention" if "Convention" in text else "example-treaty"
        for country in ("peru", "chile", "iran"):
            assert found.get((country, "signs", document), "x") is None, text


def test_a_described_agreement_that_two_sign_is_a_document(extractor: RuleExtractor) -> None:
    for text, document in (
        ("NASA and Roscosmos signed an integrated crew agreement in July 2022.", "integrated-crew-agreement"),
        (
            "NASA and Roscosmos signed a data sharing memorandum that lets both read the data.",
            "data-sharing-memorandum",
        ),
        (
            "In 2004 NASA and Roscosmos signed an agreement to make their docking ports work together.",
            "agreement-to-make-their-docking-ports-work-together",
        ),
    ):
        found = stated(extractor, text)
        for party in ("nasa", "roscosmos"):
            assert found.get((party, "signs", document), "x") is None, text
    found = stated(extractor, "Israel signed a framework cooperation agreement with ESA in 2011.")
    assert ("israel", "signs", "framework-cooperation-agreement") in found
    assert ("esa", "signs", "framework-cooperation-agreement") in found
    # an agreement with a partner and no description, a journalist's adjective: partners, no document
    for text in (
        "Japan signed an agreement with NASA to take part in the Lunar Gateway.",
        "Japan signed a landmark agreement with NASA in 2020.",
    ):
        found = stated(extractor, text)
        assert ("japan", "partnerOf", "nasa") in found, text
        assert not any(r == "signs" for _, r, _ in found), text


def test_a_glossary_entry_is_about_the_term_that_heads_it(extractor: RuleExtractor) -> None:
    text = (
        "Example Treaty. A treaty of 1967.\n\nExample Accords. Principles for lunar exploration, drafted by NASA "
        "and first signed in 2020 by eight countries, among them Peru, Chile and Kenya."
    )
    found = stated(extractor, text)
    assert ("nasa", "drafts", "example-accords") in found
    assert {s for s, r, o in found if r == "signs" and o == "example-accords"} == {"peru", "chile", "kenya"}
    # a sentence with its own subject is not the heading's
    found = stated(extractor, "Example Accords. The Example Treaty, drafted by NASA, was signed in 1967.")
    assert ("nasa", "drafts", "example-accords") not in found


def test_a_formal_title_usually_called_by_a_short_name_is_that_document(extractor: RuleExtractor) -> None:
    for text in (
        "The Agreement on the Peaceful Exploration of Example Worlds, usually called the Example Agreement, "
        "was adopted by the UN General Assembly in 1979.",
        "The Treaty Banning Example Tests in the Atmosphere, in Outer Space and Under Water, often called "
        "the Example Agreement, was adopted by the UN General Assembly.",
    ):
        run_ = run(extractor, text)
        title = next(m for m in run_.mentions if m.rule == "formal title")
        assert title.entity == "example-agreement" and text[title.start : title.start + 6] in ("Agreem", "Treaty")
        # the capitals inside the title are no bodies or persons of their own
        assert not any(m.new and m.type in ("Person", "Organization") for m in run_.mentions), text
        found = {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in run_.facts}
        assert found.get(("un-general-assembly", "drafts", "example-agreement"), "x") is None, text
    # a body 'known as' a short name, a call made: no title
    run_ = run(extractor, "The Example Space Agency, known as ESA, called the Example Agreement a mistake.")
    assert not any(m.rule == "formal title" for m in run_.mentions)


def test_so_did_repeats_a_refusal_or_a_signing(extractor: RuleExtractor) -> None:
    found = stated(extractor, OPENING + "France, which was building a test site, refused to sign, and so did China.")
    assert found[("china", "signs", "example-treaty")] == "negated"
    found = stated(extractor, OPENING + "France signed it in 1991, as did China.")
    assert found.get(("china", "signs", "example-treaty"), "x") is None
    found = stated(extractor, OPENING + "France will sign it next year, and so will China.")
    assert found[("china", "signs", "example-treaty")] == "planned"
    # 'neither' repeats only a denial
    found = stated(extractor, OPENING + "France signed it in 1991, and neither has China.")
    assert ("china", "signs", "example-treaty") not in found


def test_a_document_named_by_a_programme_or_body_and_its_kind_in_lower_case(extractor: RuleExtractor) -> None:
    for text, document in (
        ("Under the Gateway treaty that Peru signed with Chile in 2020, an astronaut will fly.", "gateway-treaty"),
        ("Peru signed the Gateway agreement with Chile in 2020.", "gateway-agreement"),
        ("Peru and Chile signed the ESA convention in 1975.", "esa-convention"),
    ):
        found = stated(extractor, text)
        assert found.get(("peru", "signs", document), "x") is None, text
        assert found.get(("chile", "signs", document), "x") is None, text
    # a country's or a person's name before the noun is no document's name
    for text in ("Peru signed the Chile agreement in 2020.", "Peru signed the Jane Doe memorandum."):
        assert not any(r == "signs" for _, r, _ in stated(extractor, text)), text


def test_signed_but_not_ratified_and_a_party_in_apposition(extractor: RuleExtractor) -> None:
    for text in (
        OPENING + "Peru has signed but not ratified the treaty.",
        OPENING + "Peru signed but never ratified it.",
        "Peru has signed and ratified the Example Treaty.",
        "Peru, a party to the Example Treaty since 1967, voted against the resolution.",
        "Peru, one of the original signatories of the Example Treaty, voted.",
    ):
        assert stated(extractor, text).get(("peru", "signs", "example-treaty"), "x") is None, text
    assert (
        stated(extractor, "Peru may have signed but not ratified the Example Treaty.")[
            ("peru", "signs", "example-treaty")
        ]
        == "predicted"
    )
    # a party to a dispute, neither signed nor ratified: no signing
    for text in ("Peru, a party to the dispute, voted.", OPENING + "Peru has not signed or ratified it."):
        assert stated(extractor, text).get(("peru", "signs", "example-treaty")) in (None, "negated"), text
        assert (("peru", "signs", "example-treaty"), None) not in stated(extractor, text).items(), text


def test_a_legislature_drafts_the_law_it_passes(extractor: RuleExtractor) -> None:
    for text in (
        "The Examplian Parliament passed the Example Space Act in 2019.",
        "The Examplian Parliament answered with the Example Space Act in 2017.",
        "In 2019 the Examplian Parliament enacted the Example Space Act.",
    ):
        found = stated(extractor, text)
        assert found.get(("examplian-parliament", "drafts", "example-space-act"), "x") is None, text
    found = stated(extractor, "The Examplian Parliament has not passed the Example Space Act.")
    assert found[("examplian-parliament", "drafts", "example-space-act")] == "negated"
    # an agreement approved, a law adopted by an agency: no drafting
    for text in (
        "The Examplian Parliament approved the Artemis Accords in 2019.",
        "The Examplian Parliament passed the Example Treaty in 2019.",
        "The Example Space Agency adopted the Example Space Act.",
    ):
        assert not any(r == "drafts" for _, r, _ in stated(extractor, text)), text
