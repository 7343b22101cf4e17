"""Who signs, joins, adopts and drafts documents, and who founded a body (issue #11, documents18): accession
verbs with the document in focus ('subscribed to it', 'India subscribed in 2016'), a denial carried to a list
joined by 'or' ('neither have A, B or C'), relative clauses over a list of documents ('both of which'), a body
that adopts or passes a text, one founder named among several, people signing for their governments, 'the
country' as the country a text is about; invented sentences, several wordings each, and look-alikes that must
not fire."""

from __future__ import annotations

from spacekg.extract.documents import RESOLUTION_SYMBOL_NUMBER
from spacekg.extract.rules import RuleExtractor
from spacekg.extract.sentences import sentences
from tests.test_extract_clauses import plain, run, stated

ACCORDS = "The Artemis Accords were opened for signature in Washington in 2020. "
TREATY = "The Outer Space Treaty was opened for signature in 1967. "
ACT = "The Example Space Act was drafted by the ministry in 2007. "


def test_subscribing_to_a_code_is_signing_it(extractor: RuleExtractor) -> None:
    for text in (
        "Eight states subscribed to them on that day, among them Japan, Italy and Canada.",
        "Eight states subscribed to the Accords that day, including Japan, Italy and Canada.",
        "Japan, Italy and Canada subscribed to the Artemis Accords in 2020.",
    ):
        found = plain(stated(extractor, ACCORDS + text))
        for country in ("japan", "italy", "canada"):
            assert (country, "signs", "artemis-accords") in found, text
    for text in ("India subscribed in June 2023.", "India subscribed on 5 June.", "India subscribes too."):
        assert ("india", "signs", "artemis-accords") in plain(stated(extractor, ACCORDS + text)), text


def test_what_is_no_subscribing_to_a_document(extractor: RuleExtractor) -> None:
    for text in (
        "India subscribed to a newspaper in 2023.",
        "India subscribed to the view that the rules were too loose.",
        "India subscribes to the idea that the Moon belongs to no one.",
        "India signed off on the budget in May.",
        "India joined the call on Monday.",
    ):
        assert not any(r == "signs" and s == "india" for s, r, _ in stated(extractor, ACCORDS + text)), text
    found = stated(extractor, ACCORDS + "India has not yet decided whether to sign them.")
    assert not any(s == "india" for s, _, _ in found)


def test_a_prose_sentence_with_subscribe_is_no_page_form() -> None:
    text = "States that subscribe promise to give notice. Subscribe to our newsletter. Japan subscribed in 2003."
    assert [text[s:e] for s, e in sentences(text)] == [
        "States that subscribe promise to give notice.",
        "Japan subscribed in 2003.",
    ]


def test_neither_and_nor_deny_every_item_of_a_list_joined_by_or(extractor: RuleExtractor) -> None:
    for text in (
        "China has not subscribed, and neither have Pakistan, Iran or North Korea.",
        "China has not signed the Accords, and neither have Pakistan, Iran, or North Korea.",
        "China has never joined them, nor have Pakistan, Iran or North Korea.",
    ):
        found = stated(extractor, ACCORDS + text)
        for country in ("china", "pakistan", "iran", "north-korea"):
            assert found.get((country, "signs", "artemis-accords")) == "negated", (text, country)
    found = stated(extractor, ACCORDS + "China has not signed them, and neither has Iran or Pakistan.")
    assert found.get(("pakistan", "signs", "artemis-accords")) == "negated"


def test_or_outside_a_denial_names_no_one_for_sure(extractor: RuleExtractor) -> None:
    found = stated(extractor, ACCORDS + "China has signed them, and so has Iran or Pakistan, officials said.")
    assert ("pakistan", "signs", "artemis-accords") not in plain(found)


def test_a_relative_clause_on_a_list_of_documents_is_about_each(extractor: RuleExtractor) -> None:
    for text in (
        "Kenya must meet its duties under the Outer Space Treaty and the Liability Convention, both of which "
        "the country has ratified.",
        "Kenya cited the Outer Space Treaty and the Liability Convention, both of which Kenya has signed.",
        "Kenya cited the Moon Agreement, the Outer Space Treaty and the Liability Convention, all of which "
        "Kenya has joined.",
    ):
        found = plain(stated(extractor, text))
        assert ("kenya", "signs", "outer-space-treaty") in found, text
        assert ("kenya", "signs", "liability-convention") in found, text
    found = stated(
        extractor, "Kenya cited the Outer Space Treaty and the Liability Convention, neither of which Kenya has signed."
    )
    assert found.get(("kenya", "signs", "outer-space-treaty")) == "negated"
    assert found.get(("kenya", "signs", "liability-convention")) == "negated"
    # ('neither of which it has ratified' says nothing against having signed)
    found = stated(
        extractor,
        "Kenya cited the Outer Space Treaty and the Liability Convention, neither of which Kenya has ratified.",
    )
    assert ("kenya", "signs", "outer-space-treaty") not in plain(found)
    found = stated(
        extractor,
        "Kenya cited the Outer Space Treaty and the Artemis Accords, both of which were drawn up by the United States.",
    )
    assert {("united-states", "drafts", "outer-space-treaty"), ("united-states", "drafts", "artemis-accords")} <= set(
        found
    )


def test_a_body_that_adopts_or_passes_a_text_drafts_it(extractor: RuleExtractor) -> None:
    for text in (
        "On 25 October 2021 the UN General Assembly adopted resolution 76/3 without a vote.",
        "The UN General Assembly unanimously adopted resolution 76/3 in October.",
        "In 2021 the UN General Assembly adopted resolution 76/3, which sets out the agenda.",
    ):
        assert ("un-general-assembly", "drafts", "resolution-76-3") in plain(stated(extractor, text)), text
    for text in ("Parliament passed it after years of debate.", "The Bundestag passed the act in May.",
                 "The Senate approved it on Tuesday."):  # fmt: skip
        found = plain(stated(extractor, ACT + text))
        assert any(r == "drafts" and o == "example-space-act" and s != "ministry" for s, r, o in found), text


def test_what_is_no_adopting_or_drafting(extractor: RuleExtractor) -> None:
    for text in (
        "The UN General Assembly adopted a cautious tone on the Outer Space Treaty.",
        "The Senate passed over the Example Space Act in May.",
        # (another drafter named: the adopter only voted the text in)
        "The UN General Assembly adopted resolution 77/41, drafted by the United States.",
        # (approving an agreement between others is ratifying it, a stance)
        "The Senate approved the Outer Space Treaty in 1967.",
        # (a state or a person adopting is no body drafting)
        "Japan adopted the Outer Space Treaty in 1967.",
        # (a treaty or guidelines others wrote, voted in)
        "The UN General Assembly adopted the Outer Space Treaty in 1966.",
    ):
        found = stated(extractor, ACT + text)
        assert not any(r == "drafts" and s in ("un-general-assembly", "senate", "japan") for s, r, _ in found), text
        assert ("united-states", "drafts", "resolution-77-41") in found or "77/41" not in text


def test_one_founder_named_among_several_is_a_member(extractor: RuleExtractor) -> None:
    for text in (
        "India joined the Missile Technology Control Regime (MTCR), an export-control group that the United "
        "States and six partners had founded in 1987.",
        "India joined the Missile Technology Control Regime, a group that the United States and several other "
        "countries founded in 1987.",
        "The United States co-founded the Missile Technology Control Regime in 1987.",
    ):
        found = plain(stated(extractor, text))
        assert any(s == "united-states" and r == "memberOf" for s, r, _ in found), text
    # (one founder alone: a country founding a body of its own is no member of a body of states)
    found = stated(extractor, "The United States founded the Example Space Council in 1987.")
    assert not any(s == "united-states" and r == "memberOf" for s, r, _ in found)


def test_people_who_sign_for_their_governments_sign_the_text_in_focus(extractor: RuleExtractor) -> None:
    for text in (
        "Antony Blinken and Yoshimasa Hayashi signed for their governments.",
        "Antony Blinken and Yoshimasa Hayashi signed for the two countries, with officials looking on.",
    ):
        found = plain(
            stated(extractor, "Japan and the United States signed the Framework Agreement on Monday. " + text)
        )
        assert {("antony-blinken", "signs", "framework-agreement"), ("yoshimasa-hayashi", "signs",
                "framework-agreement")} <= found, text  # fmt: skip
    found = stated(extractor, "Japan signed the Framework Agreement. Antony Blinken signed for a newspaper in 1999.")
    assert ("antony-blinken", "signs", "framework-agreement") not in found


def test_the_country_with_no_country_near_is_the_one_the_text_is_about(extractor: RuleExtractor) -> None:
    for text in (
        "Saudi Arabia waited. The kingdom set up the Saudi Space Commission in 2018. In July 2022 the country "
        "signed the Artemis Accords.",
        "Saudi Arabia waited. The kingdom set up the Saudi Space Commission in 2018. The kingdom signed the "
        "Artemis Accords in 2022.",
    ):
        assert ("saudi-arabia", "signs", "artemis-accords") in plain(stated(extractor, text)), text


def test_a_resolution_by_its_symbol_and_by_its_number_is_one(extractor: RuleExtractor) -> None:
    for words in ("A/RES/76/3", "resolution 76/3", "Resolution 76/3", "S/RES/76/3 (2021)"):
        match = RESOLUTION_SYMBOL_NUMBER.fullmatch(words)
        assert match is not None and match.group(1) == "76/3", words
    assert RESOLUTION_SYMBOL_NUMBER.fullmatch("A/C.1/78/L.52") is None
    text = "A/RES/76/3 explained\n\nThe UN General Assembly adopted resolution 76/3 in October."
    ids = {m.entity for m in run(extractor, text).mentions if "76" in text[m.start : m.end]}
    assert len(ids) == 1


def test_a_weekday_after_a_document_name_ends_the_sentence_without_error(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Japan and the United States signed the Framework Agreement on Monday.")
    assert ("japan", "signs", "framework-agreement") in found


def test_a_recurring_filing_is_no_document(extractor: RuleExtractor) -> None:
    text = ACCORDS + "States file an annual declaration on their space policies. India subscribed in 2023."
    found = stated(extractor, text)
    assert ("india", "signs", "artemis-accords") in found
    assert not any(o.startswith("declaration") for _, _, o in found)


def test_a_pronoun_or_a_count_before_a_signing_passive(extractor: RuleExtractor) -> None:
    for text in (
        "The Outer Space Treaty was drafted in 1966.\n\n3. The text. It was signed in Moscow by Kenya, Peru and Chile.",
        "The Outer Space Treaty has been ratified by more than 110 countries, including Kenya, Peru and Chile.",
        "The Outer Space Treaty was signed by 93 states on that day, among them Kenya, Peru and Chile.",
    ):
        found = plain(stated(extractor, text))
        for country in ("kenya", "peru", "chile"):
            assert (country, "signs", "outer-space-treaty") in found, (text, country)
    found = stated(extractor, "The Outer Space Treaty was praised by many countries, including Kenya.")
    assert ("kenya", "signs", "outer-space-treaty") not in found


def test_withdrawing_a_signature_is_no_signing(extractor: RuleExtractor) -> None:
    for text in (
        "Kenya withdrew its signature from the Artemis Accords in 2024.",
        "Kenya has withdrawn its signature from the Artemis Accords.",
        "Kenya revoked its accession to the Outer Space Treaty.",
    ):
        found = stated(extractor, text)
        assert any(s == "kenya" and r == "signs" and m == "negated" for (s, r, _), m in found.items()), text
    # (a ratification revoked leaves the signature: nothing either way)
    found = stated(extractor, "Russia revoked its ratification of the Outer Space Treaty.")
    assert not any(s == "russia" and r == "signs" for s, r, _ in found)


def test_a_led_compound_leads_what_it_describes(extractor: RuleExtractor) -> None:
    for text in (
        "In 2022 Kenya signed the Artemis Accords, the American-led set of principles for exploring the Moon.",
        "Kenya signed the US-led Artemis Accords.",
        "The Artemis Accords, an American-led framework, have 50 signatories.",
    ):
        assert ("united-states", "leads", "artemis-accords") in plain(stated(extractor, text)), text
    for text in (
        "The NASA-led mission to Mars began in 2020.",
        "SpaceX, the Musk-led company, launched it.",
        "A US-led team of engineers and Japan built it.",
    ):
        found = stated(extractor, text)
        assert not any(r == "leads" and s in ("nasa", "united-states") for s, r, _ in found), text


def test_a_resolution_adopted_with_its_quoted_title_drafts_both(extractor: RuleExtractor) -> None:
    for text in (
        'In 2007 the UN General Assembly adopted resolution 62/217, "The Example Space Charter", without a vote.',
        "In 2007 the UN General Assembly adopted resolution 62/217, “Example Space Charter”, without a vote.",
    ):
        found = plain(stated(extractor, text))
        assert ("un-general-assembly", "drafts", "resolution-62-217") in found, text
        assert ("un-general-assembly", "drafts", "example-space-charter") in found, text
    # (a second text joined by 'and' is no title)
    found = stated(
        extractor, "In 2007 the UN General Assembly adopted resolution 62/217 and the Example Space Charter."
    )
    assert ("un-general-assembly", "drafts", "example-space-charter") not in found


def test_not_a_member_of_the_body_in_focus(extractor: RuleExtractor) -> None:
    opening = "The Asia-Pacific Space Cooperation Organization (APSCO) has eight members. "
    for text in ("Indonesia is not a member.", "Indonesia is no longer a member.", "Indonesia is still not a member."):
        assert stated(extractor, opening + text).get(("indonesia", "memberOf", "apsco")) == "negated", text
    assert stated(extractor, opening + "Indonesia is a member.").get(("indonesia", "memberOf", "apsco"), "x") is None
