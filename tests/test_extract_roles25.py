"""Running something together and a person's post named in apposition, by grid (roles25, v24 round).

- co-runners (the object relative of undertakings.py since corunners26): a relative clause that runs something with another body makes both lead it and
  partners (GUIDELINES: 'a programme that A runs with B is leads for both and partnerOf', 'which NSF's NOIRLab runs
  together with the SKA Observatory', 'the laboratory it runs with Roscosmos, ESA, Japan and Canada'); coordinated
  runners of a relative clause ('which A and B run together') each lead it;
- a post in apposition: a possessor's role of up to four words ("NASA's space station programme manager"), a title
  in capitals after 'whose' ('whose Director General, Jane Doe'), and where the post is held ("India's ambassador in
  Washington, Jane Doe") still make the person the possessor's (GUIDELINES: an organization before a person's name,
  a person 'of' a body);
- 'it' after a craft launched on a rocket ('X was launched on a Vega rocket. A built it, and B operates it'): the
  craft, not the rocket it rode, also in a clause of its own after a comma (relations.object_antecedent).

All sentences are invented; each construction has look-alike rows that must give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated

Fact = tuple[str, str, str]


def either_way(fact: Fact) -> set[Fact]:
    """A fact and, for partners, its converse (partners are read in either order)."""
    subject, relation, obj = fact
    return {fact, (obj, relation, subject)} if relation == "partnerOf" else {fact}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # co-runners after 'with' in a relative clause: 'which', 'that', a contact relative, a pronoun runner
        (
            "The Examplo Deep Sky Centre, which NSF's NOIRLab runs together with the Examplo Space Agency, opened.",
            [
                ("noirlab", "leads", "examplo-deep-sky-centre"),
                ("examplo-space-agency", "leads", "examplo-deep-sky-centre"),
                ("noirlab", "partnerOf", "examplo-space-agency"),
            ],
        ),
        (
            "The International Space Station, the laboratory NASA runs with Roscosmos, ESA, Japan and Canada, will "
            "be retired around 2030.",
            [
                ("nasa", "leads", "iss"),
                ("roscosmos", "leads", "iss"),
                ("esa", "leads", "iss"),
                ("japan", "leads", "iss"),
                ("canada", "leads", "iss"),
                ("nasa", "partnerOf", "canada"),
            ],
        ),
        (
            "NASA will use the new stations after the International Space Station, the laboratory it runs with "
            "Roscosmos, ESA, Japan and Canada, is retired.",
            [
                ("roscosmos", "leads", "iss"),
                ("esa", "leads", "iss"),
                ("japan", "leads", "iss"),
                ("canada", "leads", "iss"),
            ],
        ),
        ("The Examplo Station, the laboratory it runs with Japan, is old.", [("japan", "leads", "examplo-station")]),
        (
            "Examplosat-5, a satellite that ISRO operates with CNES, maps forests.",
            [("isro", "leads", "examplosat-5"), ("cnes", "leads", "examplosat-5"), ("isro", "partnerOf", "cnes")],
        ),
        (
            "The Examplo Programme, which NASA manages with JAXA and ESA, began in 2001.",
            [
                ("nasa", "leads", "examplo-programme"),
                ("jaxa", "leads", "examplo-programme"),
                ("esa", "leads", "examplo-programme"),
            ],
        ),
        (
            "The Examplo Cosmodrome, which Roscosmos ran jointly with the Examplo Space Agency until 2010, closed.",
            [
                ("roscosmos", "leads", "examplo-cosmodrome"),
                ("examplo-space-agency", "leads", "examplo-cosmodrome"),
                ("roscosmos", "partnerOf", "examplo-space-agency"),
            ],
        ),
        (
            "The Examplo Station, which the Examplo Space Agency has long run with JAXA, is old.",
            [("examplo-space-agency", "leads", "examplo-station"), ("jaxa", "leads", "examplo-station")],
        ),
        (
            "The Examplo-7 mission, which JAXA operates together with the Examplo Space Agency, reached orbit.",
            [("jaxa", "leads", "examplo-7"), ("examplo-space-agency", "leads", "examplo-7")],
        ),
        (
            "Kenya has kept the Kenya-Brazil Earth Satellite (KBES) programme, which it has run jointly with Brazil "
            "since 1988.",
            [("brazil", "leads", "kbes")],
        ),
        # coordinated runners of a relative clause
        (
            "The Examplo Relay network, which the Examplo Space Agency and CNES run together, carries data.",
            [("examplo-space-agency", "leads", "examplo-relay"), ("cnes", "leads", "examplo-relay")],
        ),
        (
            "The Examplo Observatory programme, which CNES and DLR operate jointly, ended.",
            [("cnes", "leads", "examplo-observatory"), ("dlr", "leads", "examplo-observatory")],
        ),
        # a post in apposition: a long role after a possessor, a capitalised title after 'whose', where it is held
        (
            '"The crew was never in danger," Joel Doe, NASA\'s space station programme manager, told reporters.',
            [("joel-doe", "affiliatedWith", "nasa")],
        ),
        (
            "Jane Doe, Roscosmos's deputy chief flight director, said the launch was on time.",
            [("jane-doe", "affiliatedWith", "roscosmos")],
        ),
        (
            "The European Space Agency, whose Director General, Josef Doe, has made debris a cause, drafted a charter.",
            [("josef-doe", "affiliatedWith", "esa")],
        ),
        (
            "Examplo Corp, whose Chief Executive, Jane Doe, founded it in 2010, builds rockets.",
            [("jane-doe", "affiliatedWith", "examplo-corp")],
        ),
        (
            "NASA, whose Administrator, Jane Doe, visited Kenya, signed the deal.",
            [("jane-doe", "affiliatedWith", "nasa")],
        ),
        (
            "India's ambassador in Washington, Jane Doe, signed the Accords the day before.",
            [("jane-doe", "affiliatedWith", "india")],
        ),
        ("Kenya's ambassador to the United Nations, John Roe, spoke first.", [("john-roe", "affiliatedWith", "kenya")]),
        (
            "Brazil's envoy to the Examplo Council, Jane Doe, voted against it.",
            [("jane-doe", "affiliatedWith", "brazil")],
        ),
        (
            "Jane Doe met India's ambassador in Washington, John Roe, on Monday.",
            [("john-roe", "affiliatedWith", "india")],
        ),
        # 'it' after a craft launched on a rocket: the craft, not the rocket it rode, in a clause of its own too
        (
            "Examplosat-1 was launched in 2016 on a Vega rocket. Airbus built it, and KESA operates it.",
            [("kesa", "leads", "examplosat-1")],
        ),
        (
            "Examplosat-1 was launched in 2016 on a Vega rocket. Airbus built it, and the Kenyan space agency, KESA, "
            "operates it.",
            [("kesa", "leads", "examplosat-1")],
        ),
        (
            "Examplosat-2 lifted off on a Falcon 9 rocket in 2019. Thales built it, and the Examplo Space Agency runs it.",
            [("examplo-space-agency", "leads", "examplosat-2")],
        ),
        (
            "Examplosat-3, Chile's first satellite, went up on a Long March rocket in 2020. China paid for it, and the "
            "Chilean Space Agency operates it.",
            [("chilean-space-agency", "leads", "examplosat-3")],
        ),
        (
            "Examplosat-4 reached orbit on an Ariane 5 in 2018; Airbus built it, and ESA manages it.",
            [("esa", "leads", "examplosat-4")],
        ),
        (
            "The Examplo-9 probe was launched on a Soyuz rocket. Russia built it, and the Examplo Space Agency "
            "operates it.",
            [("examplo-space-agency", "leads", "examplo-9")],
        ),
        # (no craft rode it: the rocket itself)
        (
            "The Vega rocket first flew in 2012. Avio builds it, and Arianespace operates it.",
            [("arianespace", "leads", "vega")],
        ),
    ],
)
def test_co_runners_and_posts_are_read(extractor: RuleExtractor, text: str, expected: list[Fact]) -> None:
    found = plain(stated(extractor, text))
    for one in expected:
        assert either_way(one) & found, (text, one, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a main clause's 'with' (taking part, GUIDELINES v17), another verb, a person, a possessor, a company run
        ("NASA runs the Examplo mission with ESA.", ("esa", "leads", "examplo")),
        ("The Examplo Station, which NASA visited with ESA, was closed.", ("esa", "leads", "examplo-station")),
        (
            "The Examplo Station, which the agency runs with Jane Doe, is closed.",
            ("jane-doe", "leads", "examplo-station"),
        ),
        (
            "The Examplo Programme, which ISRO runs with NASA's help, began in 2001.",
            ("nasa", "leads", "examplo-programme"),
        ),
        (
            "Examplo Corp, a company that Alpha Space runs with Beta Space, builds rockets.",
            ("beta-space", "leads", "examplo-corp"),
        ),
        (
            "The Examplo Station, which NASA runs, will close; Japan took part with ESA.",
            ("esa", "leads", "examplo-station"),
        ),
        ("Examplosat-2, which ISRO built with CNES, reached orbit.", ("cnes", "leads", "examplosat-2")),
        ("The Examplo-5 satellite was operated by ISRO, with data shared with CNES.", ("cnes", "leads", "examplo-5")),
        ("The Examplo Panel, which Jane Doe runs with John Roe, met in May.", ("john-roe", "leads", "examplo-panel")),
        (
            "The Examplo Station, which NASA runs, is old, and Japan works with ESA.",
            ("japan", "leads", "examplo-station"),
        ),
        # a possessor before a word that is no post, a post not in apposition to the person
        (
            "Jane Doe, who visited NASA's space station programme office, said it was small.",
            ("jane-doe", "affiliatedWith", "nasa"),
        ),
        ("Jane Doe, NASA's fiercest critic, said the plan would fail.", ("jane-doe", "affiliatedWith", "nasa")),
        (
            "Jane Doe, a critic of NASA's space station programme, said the plan would fail.",
            ("jane-doe", "affiliatedWith", "nasa"),
        ),
        ("Kenya's road to the United Nations, Jane Doe argued, was long.", ("jane-doe", "affiliatedWith", "kenya")),
        (
            "Jane Doe met India's ambassador in Washington, John Roe, on Monday.",
            ("jane-doe", "affiliatedWith", "india"),
        ),
        (
            "The agency, whose Director General visited Kenya in May, signed a deal with Jane Doe.",
            ("jane-doe", "affiliatedWith", "kenya"),
        ),
        # the rocket a craft rode is not what 'it' stands for
        (
            "Examplosat-1 was launched in 2016 on a Vega rocket. Airbus built it, and KESA operates it.",
            ("kesa", "leads", "vega"),
        ),
        (
            "Examplosat-2 lifted off on a Falcon 9 rocket in 2019. Thales built it, and the Examplo Space Agency runs it.",
            ("examplo-space-agency", "leads", "falcon-9"),
        ),
        (
            "Examplosat-4 reached orbit on an Ariane 5 in 2018; Airbus built it, and ESA manages it.",
            ("esa", "leads", "ariane-5"),
        ),
    ],
)
def test_look_alikes_give_nothing(extractor: RuleExtractor, text: str, absent: Fact) -> None:
    assert not either_way(absent) & set(stated(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        (
            "The Examplo Station, which NASA will run with ESA from 2030, is planned.",
            ("esa", "leads", "examplo-station"),
            "planned",
        ),
        (
            "The Examplo Earth Observatory programme, which Kenya does not run with Brazil, is new.",
            ("brazil", "leads", "examplo-earth-observatory"),
            "negated",
        ),
        (
            "Examplosat-5 was launched on a Vega rocket in 2016. Airbus built it, but KESA does not operate it.",
            ("kesa", "leads", "examplosat-5"),
            "negated",
        ),
    ],
)
def test_denied_or_planned_running_is_never_plain(
    extractor: RuleExtractor, text: str, fact: Fact, modality: str
) -> None:
    found = stated(extractor, text)
    assert found.get(fact, "absent") == modality, (text, found)  # type: ignore[call-overload]
