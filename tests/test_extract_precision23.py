"""False facts from a red team of invented sentences (precision23, v22 round): about 260 hard negatives and near
misses in wire, opinion, interview, reference, timeline and list wordings, where a relation's cue is present but
the fact is not stated, or is stated of another pair (those kept here as rows, with the true facts beside them). Each row names the facts the text must NOT
give (in any modality) and the true ones it must still give. The shapes: a relative clause closed before the main
verb ('The UK, which left the EU in 2020, remains a member of ESA'), a noun of party in an apposition before a
'who' clause ('X, the panel's ranking Democrat, who had flown on …'), 'the agency' or 'it' after two names joined
as equals, 'It' going on with a cosmodrome, a verb's object acting in a resolution, a noun made of a verb keeping
its 'of' phrase inside a name, a body before 'of' heading the subject, 'rather than'/'instead of' clauses, 'neither
… nor', a singular verb after 'which' agreeing with the last name only, a relative clause taking objects past its
comma, the agent of an aside's passive, a plural role over two people and two bodies, paying together. All
sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import run, stated

Triple = tuple[str, str, str]


# (text, facts it must not give in any modality, facts it must give with their modality: None is plain)
ROWS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # a party noun in an apposition is no person: the 'who' clause is the named person's
    (
        "Senator Jane Doe of Ohio, the panel's ranking Republican, who had flown on the space shuttle Discovery in "
        "1990, questioned the nominee.",
        {("republican", "participatesIn", "discovery")},
        {},
    ),
    (
        "Representative John Roe, the subcommittee's senior Democrat, who once worked at NASA, opened the session.",
        {("democrat", "affiliatedWith", "nasa")},
        {},
    ),
    ("Examplov, who ran the agency until 2022, spoke.", set(), {}),
    # a relative clause closed before the main verb holds none of its subjects
    (
        "Japan, which left the Examplo Consortium in 2019, remains a member of ESA.",
        {("examplo-consortium", "memberOf", "esa")},
        {("japan", "memberOf", "esa"): None, ("japan", "memberOf", "examplo-consortium"): "negated"},
    ),
    (
        "The United Kingdom, which left the European Union in 2020, remains a member of ESA.",
        {("european-union", "memberOf", "esa")},
        {("united-kingdom", "memberOf", "esa"): None, ("united-kingdom", "memberOf", "european-union"): "negated"},
    ),
    (
        "Greece, which joined the European Union in 1981, became a member of ESA in 2005.",
        {("european-union", "memberOf", "esa")},
        {("greece", "memberOf", "esa"): None, ("greece", "memberOf", "european-union"): None},
    ),
    (
        "The United Kingdom, which left the European Union that same year, remains a member of EUMETSAT, because "
        "the organisation is not an institution of the EU.",
        {("european-union", "memberOf", "eumetsat")},
        {("united-kingdom", "memberOf", "eumetsat"): None},
    ),
    (
        "Norway, which is not a member of the European Union, is a member of ESA.",
        {("european-union", "memberOf", "esa")},
        {("norway", "memberOf", "esa"): None, ("norway", "memberOf", "european-union"): "negated"},
    ),
    # (a list after 'which' is no closed clause: its names do act)
    (
        "Their agencies met in the Inter-Agency Consultative Group, which ESA, Intercosmos, Japan's ISAS and NASA "
        "had set up in 1981.",
        set(),
        {("esa", "memberOf", "inter-agency-consultative-group"): None,
         ("nasa", "memberOf", "inter-agency-consultative-group"): None},
    ),
    # 'the agency' after two agencies joined as equals stands for neither
    (
        "BepiColombo is a joint mission of ESA and JAXA. It is controlled from ESOC, the agency's operations "
        "centre in Darmstadt.",
        {("esoc", "partOf", "jaxa"), ("esoc", "partOf", "esa")},
        {("esa", "participatesIn", "bepicolombo"): None, ("jaxa", "participatesIn", "bepicolombo"): None},
    ),
    (
        "BepiColombo is a mission of ESA. It is controlled from ESOC, the agency's operations centre in Darmstadt.",
        set(),
        {("esoc", "partOf", "esa"): None},
    ),
    (
        "NASA worked with Examplo Corp. ESOC, the agency's operations centre, tracked it.",
        set(),
        {("esoc", "partOf", "nasa"): None},
    ),
    (
        "CNES and ESA signed the deal in Paris. The agency's president, Jane Doe, called it historic.",
        {("jane-doe", "affiliatedWith", "cnes"), ("jane-doe", "affiliatedWith", "esa")},
        {},
    ),
    (
        "Examplo Corp and Examplo Labs bid for the contract. The company's chief, Jane Doe, was confident.",
        {("jane-doe", "affiliatedWith", "examplo-labs"), ("jane-doe", "affiliatedWith", "examplo-corp")},
        {},
    ),
    (
        "NASA and ISRO agreed to build it in 2014, when Jane Doe, then the American agency's administrator, and "
        "John Roe, the Indian agency's chairman, signed the deal.",
        set(),
        {("jane-doe", "affiliatedWith", "nasa"): None, ("john-roe", "affiliatedWith", "isro"): None},
    ),
    # 'It' after two listed equals stands for neither; after one, for it
    (
        "Japan and India signed the deal. It later joined the ILRS.",
        {("japan", "participatesIn", "ilrs"), ("india", "participatesIn", "ilrs")},
        {},
    ),
    (
        "Japan signed the deal with NASA. It later joined the ILRS.",
        set(),
        {("japan", "participatesIn", "ilrs"): None},
    ),
    # 'It' going on with a cosmodrome is no country
    (
        "Examplo Cosmodrome is a spaceport in northern Russia. It launched its first satellite, Examplo 1, in "
        "March 1966.",
        {("russia", "leads", "examplo-1")},
        {},
    ),
    (
        "Examplo Space Agency is based in Lima. It launched its first satellite, Examplo 1, in March 1966.",
        set(),
        {("examplo-space-agency", "leads", "examplo-1"): None},
    ),
    # 'It' after a subject the text names by a plain noun ('The site was founded …') stands for that thing
    (
        "Examplo Cosmodrome is a spaceport in northern Russia. The site was founded in 1957 as a base for the "
        "Soviet Union's first missile. It launched its first satellite, Examplo 1, in 1966.",
        {("russia", "leads", "examplo-1"), ("soviet-union", "leads", "examplo-1")},
        {},
    ),
    # 'the agency' named further back than the sentence before: the agency the text is about, not the last named
    (
        "BepiColombo is a mission of ESA. ESA built the orbiter, and JAXA built the second probe. Getting there "
        "took years. It is controlled from ESOC, the agency's operations centre in Darmstadt.",
        {("esoc", "partOf", "jaxa")},
        {("esoc", "partOf", "esa"): None},
    ),
    # a verb's object does not act in a resolution; a gloss in parentheses does only for the name it glosses
    (
        "The UNGA set up the Examplo Platform in resolution 61/110 of December 2006.",
        {("examplo-platform", "drafts", "resolution-61-110")},
        {("un-general-assembly", "drafts", "resolution-61-110"): None},
    ),
    (
        "The UNGA set up the United Nations Platform for Space-based Information for Disaster Management and "
        "Emergency Response (UN-SPIDER) in resolution 61/110 of December 2006.",
        {("united-nations", "drafts", "resolution-61-110")},
        {},
    ),
    (
        "The GGE was set up by the UN General Assembly (UNGA) in resolution 72/250 and met in Geneva.",
        set(),
        {("un-general-assembly", "drafts", "resolution-72-250"): None},
    ),
    (
        "The Security Council, by resolution 2087, condemned the launch.",
        set(),
        {("un-security-council", "drafts", "resolution-2087"): None},
    ),
    # a body before 'of' heads the subject, not the body completing its name
    (
        "The Office for Outer Space Affairs of the United Nations is based in Vienna.",
        {("united-nations", "headquarteredAt", "vienna")},
        {("unoosa", "headquarteredAt", "vienna"): None, ("unoosa", "partOf", "united-nations"): None},
    ),
    # 'rather than' and 'instead of' clauses hold no subject
    (
        "Rather than join ESA, Poland signed a deal with NASA.",
        {("esa", "partnerOf", "nasa")},
        {("poland", "partnerOf", "nasa"): None},
    ),
    (
        "Instead of working with Roscosmos, Examplia signed an agreement with CNES.",
        {("roscosmos", "partnerOf", "cnes")},
        {("examplia", "partnerOf", "cnes"): None},
    ),
    ("Unlike India, Japan has not signed the Moon Agreement.", {("india", "signs", "moon-agreement")},
     {("japan", "signs", "moon-agreement"): "negated"}),
    ("Unlike Japan, India has joined the ILRS.", {("japan", "participatesIn", "ilrs")},
     {("india", "participatesIn", "ilrs"): None}),
    ("NASA, not ESA, leads the Artemis program.", {("esa", "leads", "artemis")}, {("nasa", "leads", "artemis"): None}),
    ("Instead of joining the ILRS, Egypt signed the Artemis Accords.", {("egypt", "participatesIn", "ilrs")},
     {("egypt", "signs", "artemis-accords"): None}),
    # 'neither … nor': one subject for both predicates
    (
        "India is neither a member of APSCO nor a signatory of the Artemis Accords.",
        {("apsco", "signs", "artemis-accords")},
        {("india", "memberOf", "apsco"): "negated", ("india", "signs", "artemis-accords"): "negated"},
    ),
    (
        "Brazil is neither a partner of China nor a member of ESA.",
        {("china", "memberOf", "esa")},
        {("brazil", "partnerOf", "china"): "negated", ("brazil", "memberOf", "esa"): "negated"},
    ),
    (
        "Japan has not joined the ILRS, nor has it signed the Moon Agreement.",
        set(),
        {("japan", "participatesIn", "ilrs"): "negated", ("japan", "signs", "moon-agreement"): "negated"},
    ),
    # a singular verb after 'which' agrees with the last name; a plural one with the list
    (
        "Egypt works with NASA and China, which leads the ILRS.",
        {("nasa", "leads", "ilrs")},
        {("china", "leads", "ilrs"): None},
    ),
    (
        "Egypt works with NASA and China, which also runs the ILRS.",
        {("nasa", "leads", "ilrs")},
        {("china", "leads", "ilrs"): None},
    ),
    (
        "Russia and China, which lead the ILRS, met.",
        set(),
        {("china", "leads", "ilrs"): None, ("russia", "leads", "ilrs"): None},
    ),
    # a verb inside a relative clause set off by commas takes no object past its closing comma
    (
        "Pakistan, which China helped to launch its first satellite, joined the ILRS.",
        {("china", "leads", "ilrs"), ("china", "participatesIn", "ilrs")},
        {("pakistan", "participatesIn", "ilrs"): None},
    ),
    # the agent of an aside's passive is not what the main passive's agent runs
    (
        "The lander, whose camera was built by Examplo Corp, was operated by ISRO.",
        {("isro", "leads", "examplo-corp")},
        {},
    ),
    (
        "The satellite, whose antenna was supplied by Examplo Corp, is operated by Eutelsat.",
        {("eutelsat", "leads", "examplo-corp")},
        {},
    ),
    (
        "The Examplo Network, run by Examplo Corp, grew.",
        set(),
        {("examplo-corp", "leads", "examplo-network"): None},
    ),
    # a plural role over two people and two bodies pairs none
    (
        "Jane Doe and John Roe, the heads of NASA and ESA, met in Paris.",
        {("john-roe", "affiliatedWith", "nasa"), ("jane-doe", "affiliatedWith", "esa")},
        {},
    ),
    (
        "Jane Doe and John Roe, the directors of ESA, met.",
        set(),
        {("john-roe", "affiliatedWith", "esa"): None},
    ),
    ("John Roe, the head of ESA, met Jane Doe in Paris.", set(), {("john-roe", "affiliatedWith", "esa"): None}),
    # paying or settling together is no partnership
    (
        "Loral agreed to pay a penalty. Boeing, which had bought the satellite business of Hughes, paid 32 million "
        "dollars together with Hughes in 2003.",
        {("boeing", "partnerOf", "hughes")},
        {},
    ),
    (
        "Examplo Corp will build the lander together with Airbus.",
        set(),
        {("examplo-corp", "partnerOf", "airbus"): "planned"},
    ),
    # a name inside a nominal apposition closed before the verb only describes the subject
    (
        "The Examplo-1 satellite, a copy of NASA's Examplo-0, was built by ISRO.",
        {("isro", "participatesIn", "examplo-0")},
        {("isro", "participatesIn", "examplo-1"): None},
    ),
    ("The lander, a copy of Examplo-0, was built by ISRO.", {("isro", "participatesIn", "examplo-0")}, {}),
    (
        "The Examplo-1 probe, the successor of Examplo-0, will be launched by SpaceX.",
        {("spacex", "participatesIn", "examplo-0")},
        {("spacex", "participatesIn", "examplo-1"): "planned"},
    ),
    ("Examplo-1, the country's first satellite, was built by ISRO.", set(),
     {("isro", "participatesIn", "examplo-1"): None}),
    ("Examplo-1, a satellite built by Examplo Corp, flew.", set(),
     {("examplo-corp", "participatesIn", "examplo-1"): None}),
    # a name after 'anti-' is no body the agent works for; a role only hoped for makes no partner
    ("An anti-NASA campaign was launched by Examplo Watch.", {("examplo-watch", "affiliatedWith", "nasa")}, {}),
    ("Examplo Corp, a would-be NASA contractor, lost the bid.", {("examplo-corp", "partnerOf", "nasa")}, {}),
    ("Examplo Corp, a rival ESA contractor, lost the bid.", {("examplo-corp", "partnerOf", "esa")}, {}),
    ("Examplo Corp, a NASA contractor, builds rockets.", set(), {("examplo-corp", "partnerOf", "nasa"): None}),
    ("Examplo Corp, NASA's prime contractor, builds rockets.", set(), {("examplo-corp", "partnerOf", "nasa"): None}),
    # look-alikes that give nothing false: questions, headings, lists, comparisons, former ties
    ("Will India join the ILRS?", {("india", "participatesIn", "ilrs")}, {}),
    ("Why has Brazil not joined the Artemis Accords?", {("brazil", "signs", "artemis-accords")}, {}),
    ("Background: NASA and ESA", {("nasa", "partnerOf", "esa")}, {}),
    ("Timeline: Japan, India and the ILRS", {("japan", "participatesIn", "ilrs"), ("india", "participatesIn", "ilrs")},
     {}),
    ("Who runs the Gateway? NASA, ESA, JAXA and CSA all contribute.", {("nasa", "leads", "lunar-gateway")}, {}),
    (
        "Delegates from Japan, India, Brazil and the ILRS secretariat attended the meeting in Vienna.",
        {("japan", "participatesIn", "ilrs"), ("india", "participatesIn", "ilrs")},
        {},
    ),
    ("Present were NASA, ESA, JAXA, Roscosmos and the China National Space Administration.",
     {("nasa", "partnerOf", "esa")}, {}),
    ("See also: ESA, JAXA, ISRO.", {("esa", "partnerOf", "jaxa")}, {}),
    ("Members: France, Germany, Italy. Observers: Canada.", {("canada", "memberOf", "france")}, {}),
    ("India spends less on space than China does on the ILRS.", {("india", "participatesIn", "ilrs")}, {}),
    ("JAXA's budget is larger than that of ISRO.", {("jaxa", "partnerOf", "isro")}, {}),
    ("Compared with NASA, ESA has a small budget.", {("esa", "partnerOf", "nasa")}, {}),
    (
        "Brazil signed the Artemis Accords, while Argentina joined the ILRS.",
        {("brazil", "participatesIn", "ilrs"), ("argentina", "signs", "artemis-accords")},
        {("brazil", "signs", "artemis-accords"): None, ("argentina", "participatesIn", "ilrs"): None},
    ),
    ("Some want Brazil to join the ILRS.", {("brazil", "participatesIn", "ilrs")}, {}),
    ("NASA hopes ESA will build the lander.", {("nasa", "partnerOf", "esa")}, {}),
    ("Japan should join the ILRS.", set(), {("japan", "participatesIn", "ilrs"): "predicted"}),
    ("If Canada joins the ILRS, the United States will object.", set(),
     {("canada", "participatesIn", "ilrs"): "conditional"}),
    ("Venezuela withdrew from the Examplo Consortium in 2019.", set(),
     {("venezuela", "memberOf", "examplo-consortium"): "negated"}),
    ("Russia was expelled from the Examplo Council in 2022.", set(),
     {("russia", "memberOf", "examplo-council"): "negated"}),
    ("Examplo Corp has never worked with NASA.", set(), {("examplo-corp", "cooperatesWith", "nasa"): "negated"}),
    ("The Gateway is not part of the ISS.", set(), {("lunar-gateway", "partOf", "iss"): "negated"}),
    ("ESA is not a member of the United Nations.", set(), {("esa", "memberOf", "united-nations"): "negated"}),
    (
        "The UK is not a member of the EU but remains a member of ESA.",
        set(),
        {("united-kingdom", "memberOf", "european-union"): "negated", ("united-kingdom", "memberOf", "esa"): None},
    ),
    ("Did Japan sign the Moon Agreement? No.", {("japan", "signs", "moon-agreement")}, {}),
    ("Q: Does Examplo Corp supply parts to JAXA? A: Not any more.", {("examplo-corp", "participatesIn", "jaxa")}, {}),
    ("Examplia's bid to join ESA failed.", {("examplia", "memberOf", "esa")}, {}),
    ("Examplia applied to join ESA in 2019; its application is pending.", {("examplia", "memberOf", "esa")}, {}),
    ("Examplia was invited to join the ILRS.", {("examplia", "participatesIn", "ilrs")}, {}),
    (
        "The Artemis Accords are a set of principles. Examplia has not signed them, but Examplandia has.",
        set(),
        {},
    ),
    ("Some 40 countries have signed the Artemis Accords, but China and Russia are not among them.",
     {("china", "signs", "artemis-accords"), ("russia", "signs", "artemis-accords")}, {}),
    # possessives and appositions of another owner
    ("NASA's partner in the mission, Examplo Space, built the lander.", {("nasa", "leads", "examplo-space")}, {}),
    ("India's rival China leads the ILRS.", {("india", "leads", "ilrs")}, {("china", "leads", "ilrs"): None}),
    ("The ILRS's critics include NASA.", {("nasa", "participatesIn", "ilrs")}, {}),
    ("France's decision to join the ILRS surprised Germany.", {("germany", "participatesIn", "ilrs")}, {}),
    ("ISRO's chairman said NASA's budget was too small.", {("isro", "partnerOf", "nasa")}, {}),
    ("Jane Doe, whose husband works at NASA, joined ESA in 2010.", {("jane-doe", "affiliatedWith", "nasa")}, {}),
    ("Jane Doe, the wife of ESA's director, spoke at the event.", {("jane-doe", "affiliatedWith", "esa")}, {}),
    ("Jane Doe, a critic of NASA, leads Examplo Corp.", {("jane-doe", "affiliatedWith", "nasa")},
     {("jane-doe", "affiliatedWith", "examplo-corp"): None}),
    ("Jane Doe wrote a history of ESA.", {("jane-doe", "affiliatedWith", "esa")}, {}),
    ("Jane Doe, whose brother runs Examplo Corp, works for NASA.", {("jane-doe", "affiliatedWith", "examplo-corp")},
     {("jane-doe", "affiliatedWith", "nasa"): None}),
    (
        "The ILRS, which Russia and China lead, has a dozen partners including Egypt.",
        {("egypt", "leads", "ilrs")},
        {("russia", "leads", "ilrs"): None, ("china", "leads", "ilrs"): None},
    ),
    ("Germany hosted the meeting, which ESA chaired.", {("germany", "partnerOf", "esa")}, {}),
    ("The agreement between NASA and ESA on the Gateway excludes JAXA.", {("jaxa", "participatesIn", "lunar-gateway")},
     {}),
    ("The talks between India and Japan on the lunar mission collapsed.", {("india", "partnerOf", "japan")}, {}),
    ("Examplo Corp, not Airbus, built the Examplo-1 satellite.", {("airbus", "participatesIn", "examplo-1")}, {}),
    ("Airbus lost the contract to Examplo Corp.", {("airbus", "partnerOf", "examplo-corp")}, {}),
    ("The contract went to Examplo Corp rather than to Airbus.", {("airbus", "partnerOf", "examplo-corp")}, {}),
    ("ESA rejected a bid by Examplo Corp to build the lander.", {("esa", "partnerOf", "examplo-corp")}, {}),
    ("China offered to launch the satellite, but Examplia chose SpaceX.", {("china", "partnerOf", "examplia")}, {}),
    ("Examplia asked Russia to train its astronauts, but Russia refused.", {("examplia", "partnerOf", "russia")}, {}),
    ("The Russian Space Agency, which Roscosmos replaced, had its seat in Moscow.",
     {("roscosmos", "headquarteredAt", "moscow")}, {}),
    ("Examplo Corp has an office in Tokyo but is based in Houston.", {("examplo-corp", "headquarteredAt", "tokyo")},
     {("examplo-corp", "headquarteredAt", "houston"): None}),
    ("Examplo Corp is headquartered in Houston, not in Paris.", {("examplo-corp", "headquarteredAt", "paris")},
     {("examplo-corp", "headquarteredAt", "houston"): None}),
    ("ESA staff in Darmstadt cheered the landing.", {("esa", "headquarteredAt", "darmstadt")}, {}),
    ("The meeting of ESA ministers took place in Seville.", {("esa", "headquarteredAt", "seville")}, {}),
    ("Delegates of Japan and India met in Geneva.", {("japan", "partnerOf", "india")}, {}),
    ("Examplo Corp, which NASA hired in 2019, is based in Houston.", {("nasa", "headquarteredAt", "houston")},
     {("examplo-corp", "headquarteredAt", "houston"): None}),
    ("Examplo Labs, a unit of Examplo Corp, is based in Paris.", {("examplo-corp", "headquarteredAt", "paris")},
     {("examplo-labs", "headquarteredAt", "paris"): None, ("examplo-labs", "partOf", "examplo-corp"): None}),
    ("Examplo Corp's parent, Examplo Holdings, is based in Tokyo.", {("examplo-corp", "headquarteredAt", "tokyo")}, {}),
    ("The European Space Agency's headquarters are in Paris, but its operations centre is in Darmstadt.",
     {("esa", "headquarteredAt", "darmstadt")}, {("esa", "headquarteredAt", "paris"): None}),
    ("Paris, where ESA has its seat, hosted the talks between NASA and Roscosmos.",
     {("nasa", "headquarteredAt", "paris")}, {}),
    ("The conference in Vienna, home of UNOOSA, drew delegates from 90 states.",
     {("unoosa", "partOf", "vienna")}, {}),
    # wire, interview, reference and timeline wordings
    (
        "GENEVA (Wire) - Delegates from China, which leads the ILRS, and the United States, which leads Artemis, "
        "met on Tuesday.",
        {("china", "leads", "artemis"), ("united-states", "leads", "ilrs")},
        {("china", "leads", "ilrs"): None, ("united-states", "leads", "artemis"): None},
    ),
    ("MOSCOW (Wire) - Russia said on Monday it would not join the Examplo Pact, which India and Brazil signed last year.",
     {("russia", "signs", "examplo-pact")}, {}),
    ("Examplia, whose space agency was founded in 2015, joined the ILRS in 2023. Its neighbour Examplandia did not.",
     {("examplandia", "participatesIn", "ilrs")}, {}),
    ("NASA and ESA announced the mission in 2020. The agency said it would build the lander.",
     {("nasa", "partnerOf", "esa")}, {}),
    ("Opinion: Why Examplia should not join the ILRS. The programme, which China leads, is a political project.",
     {("examplia", "participatesIn", "ilrs")}, {("china", "leads", "ilrs"): None}),
    ("INTERVIEWER: Is Examplia a member of ESA? JANE DOE: Not yet. We are an associate member.",
     {("examplia", "memberOf", "esa")}, {}),
    ("Signatories: Japan (2020), India (2023), Brazil (2021). Non-signatories: China, Russia.",
     {("china", "partnerOf", "russia")}, {}),
    ("Examplia did not sign the Examplo Pact, unlike its neighbour Examplandia, which did.",
     {("examplia", "signs", "examplo-pact")}, {}),
    ("Examplia, unlike Examplandia, has signed the Examplo Pact.", {("examplandia", "signs", "examplo-pact")}, {}),
    ("Examplo Corp had planned to launch with Arianespace but switched to SpaceX.",
     {("examplo-corp", "partnerOf", "arianespace")}, {}),
    ("Both ISRO and JAXA were invited, but only ISRO accepted.", {("isro", "partnerOf", "jaxa")}, {}),
    ("The Examplian government, not the Examplo Space Agency, signed the pact.",
     {("examplo-space-agency", "signs", "pact")}, {}),
    ("The ILRS is led by China and Russia, not by the United States.", set(),
     {("china", "leads", "ilrs"): None, ("russia", "leads", "ilrs"): None}),
    ("Houston, home to NASA's Johnson Space Center, hosted the meeting.", {("nasa", "headquarteredAt", "houston")},
     {}),
    (
        "1975: ESA founded. 1980: Ariane 1 first flight. 1998: ISS assembly begins, with NASA, Roscosmos, ESA, "
        "JAXA and CSA.",
        {("esa", "leads", "ariane-1")},
        {},
    ),
    ("Examplo Space Centre is a launch site in Examplia. It has launched 40 rockets since 1990.",
     {("examplia", "leads", "examplo-space-centre")}, {}),
    ("ESA and Roscosmos planned ExoMars together. The agency withdrew in 2022.",
     {("esa", "participatesIn", "exomars"), ("roscosmos", "participatesIn", "exomars")}, {}),
]  # fmt: skip


def check(extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]) -> None:
    """None of ``absent`` is stated, and each of ``present`` is, with its modality (None: plain)."""
    found = stated(extractor, text)
    assert not absent & set(found), (text, absent & set(found))
    for triple, modality in present.items():
        assert triple in found and found[triple] == modality, (text, triple, found.get(triple, "missing"))


@pytest.mark.parametrize(("text", "absent", "present"), ROWS)
def test_no_false_fact(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person and the place they are from head the subject; the person speaks, not a party noun
        (
            "Senator Jane Doe of Ohio, the panel's ranking Republican, who had flown on the space shuttle Discovery "
            "in 1990, warned that NASA should be run by a space professional.",
            "jane-doe",
        ),
        ("Senator Jane Doe of Ohio, the panel's ranking member, warned that NASA was late.", "jane-doe"),
        ("Jane Doe, the committee's ranking Democrat, warned that NASA was late.", "jane-doe"),
    ],
)
def test_the_person_from_a_place_speaks(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert [c["speaker"] for c in run(extractor, text).claims] == [speaker], text


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # a noun made of a verb keeps its 'of' phrase inside the name: one body, not two
        (
            "The satellites are run by EUMETSAT, the European Organisation for the Exploitation of Meteorological "
            "Satellites, which is based in Darmstadt.",
            "European Organisation for the Exploitation of Meteorological Satellites",
            "meteorological-satellites",
        ),
        (
            "The Office for the Coordination of Humanitarian Affairs met in Vienna.",
            "Office for the Coordination of Humanitarian Affairs",
            "humanitarian-affairs",
        ),
        (
            "The Agency for the Development of Examplian Space Industry is based in Lima.",
            "Agency for the Development of Examplian Space Industry",
            "examplian-space-industry",
        ),
        # (not after a noun of another shape: 'Affairs of the United Nations' is the UN's office)
        ("The Office for Outer Space Affairs of the United Nations is based in Vienna.", "Office for Outer Space Affairs",
         "office-for-outer-space-affairs-of-the-united-nations"),
    ],
)  # fmt: skip
def test_a_deverbal_noun_keeps_its_of_phrase(extractor: RuleExtractor, text: str, name: str, absent: str) -> None:
    found = run(extractor, text)
    assert any(found.text[m.start : m.end] == name for m in found.mentions), (text, name)
    assert all(m.entity != absent for m in found.mentions), (text, absent)
    assert all(absent not in (f["subject"], f["object"]) for f in found.facts), text
