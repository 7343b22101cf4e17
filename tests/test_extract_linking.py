"""The linking stage: which entity a surface refers to, and its span. Invented sentences per shape
(a capital as a place or as its government, later and shorter names of an entity named once, a new name
for an old entity, a country inside a law's title, a common word that completes a body's name), each with
cases that must not fire."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.base import Found
from spacekg.extract.coreference import Anaphora, learn_short_forms
from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def links(extractor: RuleExtractor, text: str) -> list[tuple[str, str]]:
    """(surface, entity) of every mention, in text order."""
    return [(text[m.start : m.end], m.entity) for m in run(extractor, text).mentions]


def linked(extractor: RuleExtractor, text: str, surface: str, nth: int = 0) -> str | None:
    """The entity of the nth mention whose surface is ``surface`` starting at the nth occurrence, or None."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    found = [m.entity for m in run(extractor, text).mentions if m.start == at and m.end == at + len(surface)]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("The launch range lies south of Ottawa, near the river.", "Ottawa", "ottawa"),  # a direction 'of'
        ("The test site is on the outskirts of Paris.", "Paris", "paris"),
        ("Tours to the cosmodrome usually leave from Moscow in the morning.", "Moscow", "moscow"),  # a journey's start
        ("Charter flights to the launch go from Tokyo.", "Tokyo", "tokyo"),
        (
            "FROM: Example Mission\nTO: Ministry of Example Affairs, Tokyo\nDATE: May\n\nThe test went well.",
            "Tokyo",
            "tokyo",
        ),  # an address line's city
        # must not fire: the government acting, or a city not ending an address line
        ("Support from Tokyo was decisive for the mission.", "Tokyo", "japan"),
        ("Pressure from Paris grew after the launch.", "Paris", "france"),
        ("It was agreed with the ministers, Tokyo said on Monday.", "Tokyo", "japan"),
    ],
)
def test_a_capital_is_the_city_where_the_text_puts_something(
    extractor: RuleExtractor, text: str, surface: str, entity: str
) -> None:
    assert linked(extractor, text, surface) == entity


def test_a_post_named_by_its_city_is_one_name(extractor: RuleExtractor) -> None:
    text = "FROM: Examplian Embassy Tokyo\nTO: Example Office\n\nThe Examplian Consulate General Paris agreed."
    found = links(extractor, text)
    assert ("Examplian Embassy Tokyo", "examplian-embassy-tokyo") in found
    assert ("Examplian Consulate General Paris", "examplian-consulate-general-paris") in found
    assert not any(surface in ("Tokyo", "Paris") for surface, _ in found)
    # not a post's name: the embassy 'in' a city, or a capital acting after the post's name
    text = "The Examplian Embassy in Tokyo closed. The Examplian Embassy said Tokyo objected."
    assert linked(extractor, text, "Tokyo") == "tokyo"
    assert linked(extractor, text, "Tokyo", 1) == "japan"


def test_a_known_capital_city_that_acts_is_its_country(extractor: RuleExtractor) -> None:
    # 'London' is a city the graph knows; where it acts it stands for the government
    assert linked(extractor, "London says it has paid for the satellites.", "London") == "united-kingdom"
    assert linked(extractor, "London has refused to pay for the study.", "London") == "united-kingdom"
    assert linked(extractor, "London would not take part in the program.", "London") == "united-kingdom"
    # must not fire: the city as a place, or described
    assert linked(extractor, "Officials in London agreed to the plan.", "London") == "london"
    assert linked(extractor, "London has many old parks and a museum.", "London") == "london"
    assert linked(extractor, "London is the seat of the agency.", "London") == "london"


def test_a_craft_named_in_full_is_named_again_by_its_name_proper(extractor: RuleExtractor) -> None:
    text = ("The Examplo Space Telescope was launched in 2031. Examplo took its first pictures in May. "
            "At first Examplo's mirror was blurred.")  # fmt: skip
    telescope = linked(extractor, text, "Examplo Space Telescope")
    assert telescope is not None
    assert linked(extractor, text, "Examplo", 1) == telescope
    assert linked(extractor, text, "Examplo", 2) == telescope  # before a possessive too
    # named after a person: the surname alone, and the person named after it, leave the telescope its name
    text = ("Meet the Jane Examplo Space Observatory. It is named after Jane Examplo, an astronomer. "
            "Examplo went up on a rocket in 2031.")  # fmt: skip
    observatory = linked(extractor, text, "Jane Examplo Space Observatory")
    assert observatory is not None
    assert linked(extractor, text, "Examplo", 2) == observatory
    # must not fire: a person named first keeps the surname
    text = "Jane Examplo led the agency in 1965. The Jane Examplo Space Telescope went up in 2031. Examplo said so in 1968."
    assert linked(extractor, text, "Examplo", 2) == linked(extractor, text, "Jane Examplo")


def test_an_adjective_opening_a_craft_name_is_no_short_form(extractor: RuleExtractor) -> None:
    text = "The Lunar Examplo Orbiter reached the Moon. Examplo scientists were pleased. Lunar science grew."
    assert linked(extractor, text, "Examplo", 1) is None
    assert linked(extractor, text, "Lunar", 1) is None


def test_the_parts_of_a_designation_with_a_slash_are_short_forms(extractor: RuleExtractor) -> None:
    linker = extractor.linker
    text = "The probe flew to 12X/Examplo-Doe."
    comet = Found(18, 33, "12x-examplo-doe", new=True, type="CelestialBody", label="12X/Examplo-Doe", rule="x")
    forms: dict[str, Found | None] = {}
    assert learn_short_forms(linker, text, [comet], forms, {})
    assert forms["12X"] is not None and forms["12X"].entity == "12x-examplo-doe"
    assert forms["Examplo-Doe"] is not None and forms["Examplo-Doe"].entity == "12x-examplo-doe"


def test_a_new_name_is_found_again_in_a_headline_in_capitals(extractor: RuleExtractor) -> None:
    text = "EXAMPLIA DROPS EXAMPLO DEAL\n\nExamplo, a private company, lost its contract with NASA on Monday."
    company = linked(extractor, text, "Examplo", 0)
    assert company is not None
    assert linked(extractor, text, "EXAMPLO") == company
    # not in a headline in ordinary case: there the existing rules apply
    assert linked(extractor, text, "EXAMPLIA") is None


def test_a_headline_speaker_before_the_full_name_is_that_person(extractor: RuleExtractor) -> None:
    text = ("EXAMPLIA LEAVES THE PROGRAM\n\nDoe: we will build our own system.\n\n"
            "Prime Minister Jane Doe said on Monday that Examplia would leave.")  # fmt: skip
    person = linked(extractor, text, "Jane Doe")
    assert person is not None
    assert linked(extractor, text, "Doe") == person
    # must not fire: a surname before the full name that is no speaker's label
    text = "Doe arrived on Monday. Later Prime Minister Jane Doe said that Examplia would leave."
    assert linked(extractor, text, "Doe") is None


def test_a_month_that_is_a_surname_stays_a_month(extractor: RuleExtractor) -> None:
    text = "Prime Minister Jane May spoke on Monday. In May 2019 she left. May said she would stay. On 3 May it ended."
    person = linked(extractor, text, "Jane May")
    assert person is not None
    assert linked(extractor, text, "May", 1) is None  # 'In May 2019'
    assert linked(extractor, text, "May", 2) == person  # 'May said'
    assert linked(extractor, text, "May", 3) is None  # 'On 3 May'


def test_a_word_completing_a_bodys_name_is_a_common_noun_before_a_noun(extractor: RuleExtractor) -> None:
    text = ("The Department of Example issued a note. Example television did not show the launch. "
            "Example said no. Example officials agreed.")  # fmt: skip
    body = linked(extractor, text, "Department of Example")
    assert body is not None
    assert linked(extractor, text, "Example", 1) is None  # 'Example television'
    assert linked(extractor, text, "Example", 2) == body  # 'Example said'
    assert linked(extractor, text, "Example", 3) == body  # 'Example officials'
    text = "The Chamber of Examples voted on Monday. Examples of the Example Party voted against. Examples said no."
    chamber = linked(extractor, text, "Chamber of Examples")
    assert chamber is not None
    assert linked(extractor, text, "Examples", 1) is None  # a plural head of its own phrase
    assert linked(extractor, text, "Examples", 2) == chamber


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "It was built by Example Aircraft Works, the state-owned company now called Example Aerospace Works.",
            "Example Aircraft Works",
            "Example Aerospace Works",
        ),
        (
            "The rocket came from Example Rocket Systems, later renamed Example Launch Industries.",
            "Example Rocket Systems",
            "Example Launch Industries",
        ),
        (
            "The deal went to Example Launch Industries, formerly Example Rocket Systems, in 2020.",
            "Example Launch Industries",
            "Example Rocket Systems",
        ),
        (
            "Title III. Renames the Office of Example Commercialization, in the Department of Commerce, as the "
            "Office of Example Commerce.",
            "Office of Example Commercialization",
            "Office of Example Commerce",
        ),
    ],
)
def test_a_new_name_of_an_entity_named_before_is_that_entity(
    extractor: RuleExtractor, text: str, old: str, new: str
) -> None:
    first = linked(extractor, text, old)
    assert first is not None and linked(extractor, text, new) == first
    # the later name found again is the same entity
    again = text + f" Since then {new} has grown."
    assert linked(extractor, again, new, 1) == first


def test_a_country_is_not_renamed_into_the_state_that_followed_it(extractor: RuleExtractor) -> None:
    text = "The Soviet Union, later called Russia by most of the world, launched the first satellite."
    assert linked(extractor, text, "Russia") == "russia"
    assert linked(extractor, text, "Soviet Union") != "russia"
    # a body 'named' for an office is no renaming
    text = "Example Launch Industries named Jane Doe its chief engineer."
    assert linked(extractor, text, "Jane Doe") != linked(extractor, text, "Example Launch Industries")


def test_a_country_opening_a_laws_title_is_a_mention_of_it(extractor: RuleExtractor) -> None:
    text = "The Japan Example Resources Act was passed in 2021. The U.S. Example Launch Act of 2015 followed."
    found = links(extractor, text)
    assert ("Japan", "japan") in found and ("U.S.", "united-states") in found
    assert any(surface == "Japan Example Resources Act" for surface, _ in found)
    # not in an agency's or a meeting's name
    text = "The Japan Example Exploration Agency agreed. The US-Example Summit ended."
    found = links(extractor, text)
    assert ("Japan", "japan") not in found and ("US", "united-states") not in found


def test_the_mission_is_not_the_rocket_it_flew_on(extractor: RuleExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []
    refer = Anaphora.refer

    def spy(self: Anaphora, text: str, start: int, end: int, mentions: list[Found],
            history: list[Found] | None = None) -> list[Found]:  # fmt: skip
        out = refer(self, text, start, end, mentions, history)
        seen.extend((text[m.start : m.end], m.entity) for m in out if m.rule == "anaphor")
        return out

    monkeypatch.setattr(Anaphora, "refer", spy)
    for text in ("Examplia launched the Example-3 mission on an Example-5 rocket. The mission landed near the pole.",
                 "Examplia built the Example-3 orbiter. It went up aboard an Example-5 rocket. The mission ended.",
                 "The Example-3 probe flew atop an Example-5 launcher in May. The probe reached Mars."):  # fmt: skip
        seen.clear()
        run(extractor, text)
        assert seen and seen[-1][1] == "example-3", (text, seen)
    # must not fire: a rocket alone is still what 'the program' stands for
    seen.clear()
    run(extractor, "The Example-5 rocket flew again. The program will end in 2030.")
    assert seen == [("The program", "example-5")]


def test_a_short_form_is_found_again_later_in_the_sentence_that_taught_it(extractor: RuleExtractor) -> None:
    text = "Examplia asked Russia to fly fewer Examplon rockets, since an Examplon crashed in 2013."
    rocket = linked(extractor, text, "Examplon")
    assert rocket is not None and linked(extractor, text, "Examplon", 1) == rocket
    text = "The rule, which the Example Commission had proposed, is clear: the Commission leads the work."
    body = linked(extractor, text, "Example Commission")
    assert body is not None and linked(extractor, text, "Commission", 1) == body
    # must not fire: the form inside the name that taught it, or before it
    assert [surface for surface, _ in links(extractor, text)].count("Commission") == 1


def test_a_documents_head_word_names_it_again(extractor: RuleExtractor) -> None:
    text = "The Example Charter turned ten. Three agencies drafted the Charter in 1999. The Charter is no treaty."
    charter = linked(extractor, text, "Example Charter")
    assert charter is not None
    assert linked(extractor, text, "Charter", 1) == charter and linked(extractor, text, "Charter", 2) == charter
    # two such documents: neither
    text = "The Example Charter and the Examplo Charter were signed. The Charter is short."
    assert linked(extractor, text, "Charter", 2) is None


def test_a_company_or_a_launch_site_is_named_again_by_its_first_word(extractor: RuleExtractor) -> None:
    text = "Engineers from Examplor Electronics helped. The firm later paid Examplor a fee of 32 million dollars."
    company = linked(extractor, text, "Examplor Electronics")
    assert company is not None and linked(extractor, text, "Examplor", 1) == company
    text = "The Examplo Launch Center opened in 1990. If Examplo wins a small share of the market, fine."
    site = linked(extractor, text, "Examplo Launch Center")
    assert site is not None and linked(extractor, text, "Examplo", 1) == site
    # must not fire: a company of three words, or a first word that is a generic one
    text = "The Examplo Deep Space Industries and General Examplor Dynamics met. Examplo and General said no."
    assert linked(extractor, text, "Examplo", 1) is None and linked(extractor, text, "General", 1) is None


def test_a_name_given_by_calling_it_is_the_thing_named_before(extractor: RuleExtractor) -> None:
    text = "Its official name was the Example Orbiter Mission; at home everyone called it Examplyaan. Examplyaan flew."
    mission = linked(extractor, text, "Example Orbiter Mission")
    assert mission is not None
    assert linked(extractor, text, "Examplyaan") == mission and linked(extractor, text, "Examplyaan", 1) == mission
    # must not fire: the subject of 'called' is who calls it
    text = "The agency launched the Example Orbiter Mission in 2014. NASA called it Examplyaan."
    assert linked(extractor, text, "Examplyaan") != "nasa"


def test_an_acronym_in_title_case_as_the_british_press_writes_it(extractor: RuleExtractor) -> None:
    found = links(extractor, "Nasa agreed. Isro's chairman, V. Narayanan, spoke, and Jaxa was pleased.")
    assert ("Nasa", "nasa") in found and ("Isro", "isro") in found and ("Jaxa", "jaxa") in found
    # a country's or a place's short name, or a given name, is no acronym in title case
    found = links(extractor, "Kari Example spoke.")
    assert all(entity != "kari" for _, entity in found)
