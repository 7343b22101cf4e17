"""Lists of members, authors and signatories in the shapes the v18 texts
showed and the other wordings a reporter would use for them (lists19): a
group counted in one sentence and named in a later one ('Fourteen agencies
released X. The fourteen were: A; B; …'), names with a country's possessive
before them ('France's CNES'), a verb of joining or founding before a colon
or a counted group; near-misses where nothing may be read (a count that does
not match, a group with no act of signing, drafting or joining). Invented
sentences, none taken from the corpus."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated
from tests.test_extract_lists17 import doers


def test_a_counted_group_named_in_a_later_sentence(extractor: RuleExtractor) -> None:
    # a colon and semicolons, acronyms in brackets, a country's possessive before an item
    text = (
        "In 2031 four space agencies released the Example Exploration Strategy, a short text on the Moon.\n\n"
        "The four were: the Italian Space Agency (ASI); France's CNES; NASA; and Roscosmos.\n"
    )
    assert doers(stated(extractor, text), "drafts", "example-exploration-strategy") == {
        "asi",
        "cnes",
        "nasa",
        "roscosmos",
    }
    # no colon, the noun repeated, commas and 'and'
    text = "In 2031 three agencies published the Example Strategy. The three agencies are NASA, ESA and JAXA."
    assert doers(stated(extractor, text), "drafts", "example-strategy") == {"nasa", "esa", "jaxa"}
    # signing; a refusal makes each negated
    text = "Five countries signed the Artemis Accords in 2031. The five were Japan, India, Canada, Brazil and Peru."
    assert doers(stated(extractor, text), "signs", "artemis-accords") == {"japan", "india", "canada", "brazil", "peru"}
    text = "Three countries refused to sign the Artemis Accords in 2031. The three were Japan, India and Canada."
    found = stated(extractor, text)
    assert doers(found, "signs", "artemis-accords") == set()
    assert doers(found, "signs", "artemis-accords", "negated") == {"japan", "india", "canada"}


def test_a_counted_group_that_joined_or_founded_a_body(extractor: RuleExtractor) -> None:
    text = (
        "Three countries joined the Lunar Coordination Council (LCC) in 2031. The three were Japan, India and Canada."
    )
    assert doers(stated(extractor, text), "memberOf", "lcc") == {"japan", "india", "canada"}
    text = "In 2031 three agencies set up the Lunar Coordination Council (LCC). The three were NASA, ESA and JAXA."
    assert doers(stated(extractor, text), "memberOf", "lcc") == {"nasa", "esa", "jaxa"}
    # the list after a colon in the same sentence
    text = "The Lunar Coordination Council (LCC) met in 2030. Three countries joined the LCC in 2031: Japan, India and Peru."
    assert doers(stated(extractor, text), "memberOf", "lcc") == {"japan", "india", "peru"}


def test_no_counted_group_no_list(extractor: RuleExtractor) -> None:
    # the count does not match the group counted before
    text = "In 2031 fourteen agencies released the Example Strategy. The three were NASA, ESA and JAXA."
    assert doers(stated(extractor, text), "drafts", "example-strategy") == set()
    # a group with no act of drafting, signing or joining
    text = "Three astronauts flew on Example-5 in 2031. The three were NASA, ESA and JAXA."
    found = stated(extractor, text)
    assert not {k for k in found if k[0] in ("nasa", "esa", "jaxa") and k[1] in ("drafts", "signs", "memberOf")}
    # bidders are no signatories of what they bid for
    text = "Three companies bid for the Example Treaty contract in 2031. The three were Boeing, SpaceX and Airbus."
    found = stated(extractor, text)
    assert not {k for k in found if k[1] in ("drafts", "signs")}


COUNCIL = "The Lunar Coordination Council (LCC) was set up in 2031. "


def test_members_named_by_the_people_they_send(extractor: RuleExtractor) -> None:
    found = stated(extractor, COUNCIL + "Its members included experts from Japan, India and Canada.")
    assert doers(found, "memberOf", "lcc") == {"japan", "india", "canada"}
    found = stated(extractor, COUNCIL + "The members are officials from NASA, ESA and JAXA.")
    assert doers(found, "memberOf", "lcc") == {"nasa", "esa", "jaxa"}
    # a second part of the list after 'as well as from'
    found = stated(extractor, COUNCIL + "Its members are delegates of Japan and India as well as from Canada.")
    assert doers(found, "memberOf", "lcc") == {"japan", "india", "canada"}
    # a counted class of another body's members in apposition, then 'and from'
    text = COUNCIL + (
        "Its members included experts from the five permanent members of the Security Council, China, France, "
        "Russia, the United Kingdom and the United States, and from Brazil, Nigeria and Ukraine."
    )
    found = stated(extractor, text)
    assert doers(found, "memberOf", "lcc") == {
        "china", "france", "russia", "united-kingdom", "united-states", "brazil", "nigeria", "ukraine",
    }  # fmt: skip
    assert doers(found, "memberOf", "un-security-council") == {
        "china", "france", "russia", "united-kingdom", "united-states",
    }  # fmt: skip


def test_people_from_places_are_no_list_of_members(extractor: RuleExtractor) -> None:
    found = stated(extractor, COUNCIL + "Its members included experts from universities in Japan and India.")
    assert doers(found, "memberOf", "lcc") == set()
    found = stated(extractor, COUNCIL + "Experts from Japan and India attended its first meeting.")
    assert doers(found, "memberOf", "lcc") == set()
    # the list ends at the semicolon
    found = stated(
        extractor, COUNCIL + "Its members included experts from Japan and India; its chair came from Canada."
    )
    assert doers(found, "memberOf", "lcc") == {"japan", "india"}


def test_a_counted_class_of_members_in_apposition(extractor: RuleExtractor) -> None:
    text = (
        "The vote was close. The three members of the Security Council, China, France and Russia, abstained, "
        "while Brazil voted against."
    )
    assert doers(stated(extractor, text), "memberOf", "un-security-council") == {"china", "france", "russia"}
    # the count does not match the names: an enumeration of something else
    text = "The vote was close. Two members of the Security Council, China, France and Russia, abstained."
    assert doers(stated(extractor, text), "memberOf", "un-security-council") == set()


GROUP = "In 2031 the agencies set up the Example Coordination Group (ECG). The group meets twice a year. "


def test_members_of_a_body_the_agencies_set_up(extractor: RuleExtractor) -> None:
    found = stated(extractor, GROUP + "NASA and CNSA are both members, although they rarely talk.")
    assert doers(found, "memberOf", "ecg") == {"nasa", "cnsa"}
    found = stated(extractor, GROUP + "Several agencies have joined since, including JAXA and CNSA.")
    assert doers(found, "memberOf", "ecg") == {"jaxa", "cnsa"}
    # joining with a document named before: the body joined, not the document signed
    text = (
        "In 2031 the Example Space Treaty was signed, and the agencies set up the Example Coordination Group (ECG). "
        "Other agencies have joined since, among them JAXA."
    )
    found = stated(extractor, text)
    assert doers(found, "memberOf", "ecg") == {"jaxa"}
    assert doers(found, "signs", "example-space-treaty") == set()


def test_no_body_set_up_by_states(extractor: RuleExtractor) -> None:
    # a body that companies set up is not read as one whose members are named without it
    text = "In 2031 the companies set up the Example Coordination Group (ECG). Boeing and Airbus are both members."
    assert doers(stated(extractor, text), "memberOf", "ecg") == set()
    # joining after a treaty, with no body set up: signing it
    text = (
        "The Example Space Treaty was opened for signature in 2031. Forty states have joined since, among them Japan."
    )
    assert doers(stated(extractor, text), "signs", "example-space-treaty") == {"japan"}
    found = stated(extractor, GROUP + "Japan and India have not joined.")
    assert doers(found, "memberOf", "ecg") == set()


def test_joined_by(extractor: RuleExtractor) -> None:
    found = stated(extractor, COUNCIL + "It was joined by Japan and India in 2032.")
    assert doers(found, "memberOf", "lcc") == {"japan", "india"}
    text = "The Lunar Coordination Council (LCC) was set up in 2031 by Japan and India, and was later joined by Canada."
    assert doers(stated(extractor, text), "memberOf", "lcc") == {"japan", "india", "canada"}
    text = "The Artemis Accords were signed in 2031. They have since been joined by Peru and Chile."
    assert doers(stated(extractor, text), "signs", "artemis-accords") == {"peru", "chile"}
    # a company or agency joined by another in some work is no body with members
    text = "NASA was joined by ESA in the search for the probe."
    assert not {k for k in stated(extractor, text) if k[1] == "memberOf"}


def test_authors_of_a_document(extractor: RuleExtractor) -> None:
    opening = "The Example Exploration Strategy came out in 2031. "
    found = stated(extractor, opening + "Its authors were NASA, ESA and JAXA.")
    assert doers(found, "drafts", "example-exploration-strategy") == {"nasa", "esa", "jaxa"}
    # active and passive verbs of putting a document out, a date before the subjects
    text = "In 2031 NASA, ESA and JAXA released the Example Exploration Strategy."
    assert doers(stated(extractor, text), "drafts", "example-exploration-strategy") == {"nasa", "esa", "jaxa"}
    text = "The Example Exploration Strategy was published by NASA, ESA and JAXA."
    assert doers(stated(extractor, text), "drafts", "example-exploration-strategy") == {"nasa", "esa", "jaxa"}
    text = "In 2031 the Example Exploration Strategy was published by fourteen agencies, among them NASA and JAXA."
    assert doers(stated(extractor, text), "drafts", "example-exploration-strategy") == {"nasa", "jaxa"}
    # what is released is no document: no author
    text = "In 2031 NASA released new images of the Moon."
    assert not {k for k in stated(extractor, text) if k[1] == "drafts"}


def test_buyers_listed_who_ordered_from_a_company(extractor: RuleExtractor) -> None:
    text = "Venezuela, Nigeria and Laos ordered communications satellites from SpaceX."
    found = stated(extractor, text)
    assert {s for (s, r, o) in found if r == "partnerOf" and o == "spacex"} == {"venezuela", "nigeria", "laos"}
    # the company named before, by a definite noun ('the same company')
    text = (
        "Example Orbital, a state company, built the first satellite. Venezuela, Nigeria and Laos also "
        "ordered communications satellites from the same company."
    )
    found = stated(extractor, text)
    assert {s for (s, r, o) in found if r == "partnerOf" and o == "example-orbital"} == {"venezuela", "nigeria", "laos"}
    # an order that is no purchase from an agent
    assert not {k for k in stated(extractor, "The general ordered troops from the region.") if k[1] == "partnerOf"}


def test_a_counted_class_above_five(extractor: RuleExtractor) -> None:
    text = (
        "The vote was close. The six founding members of the Lunar Coordination Council (LCC), Japan, India, Canada, "
        "Brazil, Peru and Chile, abstained."
    )
    assert doers(stated(extractor, text), "memberOf", "lcc") == {"japan", "india", "canada", "brazil", "peru", "chile"}


def test_a_sentence_opening_count_and_a_joined_document(extractor: RuleExtractor) -> None:
    text = "The vote was close. Two members of the Security Council, China and Russia, vetoed the draft."
    assert doers(stated(extractor, text), "memberOf", "un-security-council") == {"china", "russia"}
    # joining a treaty is signing it, for a group counted before and named later
    text = "Five countries joined the Artemis Accords in 2031. The five were Japan, India, Canada, Brazil and Peru."
    assert doers(stated(extractor, text), "signs", "artemis-accords") == {"japan", "india", "canada", "brazil", "peru"}
    # a group counted and then only talked about
    text = "In 2031 three agencies released the Example Strategy. The three were later criticised by Japan and India."
    assert doers(stated(extractor, text), "drafts", "example-strategy") == set()


def test_members_who_make_up_a_body_and_a_list_between_dashes(extractor: RuleExtractor) -> None:
    text = "Japan, India and Canada make up the Lunar Coordination Council (LCC)."
    assert doers(stated(extractor, text), "memberOf", "lcc") == {"japan", "india", "canada"}
    found = stated(extractor, COUNCIL + "Its three members - Japan, India and Canada - voted against.")
    assert doers(found, "memberOf", "lcc") == {"japan", "india", "canada"}
    # making up a difference is no membership
    found = stated(extractor, COUNCIL + "Japan and India made up the difference.")
    assert doers(found, "memberOf", "lcc") == set()
