"""Documents and the lists of those who sign, draft and pass them: a list
after a colon (in its sentence or standing as the next one) takes the act and
the document of the clause that introduces it; being a party or among the
signatories of a document; a legislature named in apposition; the author of a
relative clause after a document's name (invented sentences, several wordings
each, and near-misses where nothing may be read; none taken from the corpus)."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def doers(
    found: dict[tuple[str, str, str], str | None], relation: str, obj: str, modality: str | None = None
) -> set[str]:
    return {s for (s, r, o), said in found.items() if r == relation and o == obj and said == modality}


OPENING = "Delegates met in Quito in May 2031 and adopted the Quito Treaty on orbital data. "


def test_a_list_after_a_colon_in_the_same_sentence(extractor: RuleExtractor) -> None:
    # semicolons and an apposition after an item
    found = stated(extractor, OPENING + "Four countries signed it: Chile, the host; Peru; Bolivia; Ecuador.")
    assert doers(found, "signs", "quito-treaty") == {"chile", "peru", "bolivia", "ecuador"}
    # a passive with a 'for' phrase after each item (the places in them are no items)
    found = stated(extractor, "The Lima Treaty was drafted by three agencies: NASA for the United States, ESA for "
                              "Europe and JAXA for Japan.")  # fmt: skip
    assert doers(found, "drafts", "lima-treaty") == {"nasa", "esa", "jaxa"}
    # a parenthesis after each item
    found = stated(extractor, "The Lima Treaty was drawn up by three agencies: NASA (for the United States), ESA "
                              "(for Europe) and JAXA (for Japan).")  # fmt: skip
    assert doers(found, "drafts", "lima-treaty") == {"nasa", "esa", "jaxa"}


def test_a_list_standing_as_its_own_sentence(extractor: RuleExtractor) -> None:
    text = OPENING + "The signatories were:\n\nChile, the host;\nPeru;\nBolivia;\nEcuador.\n"
    assert doers(stated(extractor, text), "signs", "quito-treaty") == {"chile", "peru", "bolivia", "ecuador"}
    # a bulleted list after a passive with a count
    text = "The Quito Treaty was signed in 2031 by four countries:\n\n- Chile\n- Peru\n- Bolivia\n- Ecuador\n"
    assert doers(stated(extractor, text), "signs", "quito-treaty") == {"chile", "peru", "bolivia", "ecuador"}
    # commas and 'and', after an active clause with a pronoun for the document
    text = OPENING + "Three states ratified it that year:\n\nChile, Peru and Bolivia.\n"
    assert doers(stated(extractor, text), "signs", "quito-treaty") == {"chile", "peru", "bolivia"}


def test_a_list_of_refusals_or_of_plans(extractor: RuleExtractor) -> None:
    found = stated(extractor, OPENING + "Two countries refused to sign it: Mexico and Cuba.")
    assert doers(found, "signs", "quito-treaty", "negated") == {"mexico", "cuba"}
    assert not doers(found, "signs", "quito-treaty")
    found = stated(extractor, OPENING + "The countries that did not sign it were:\n\nMexico;\nCuba.\n")
    assert doers(found, "signs", "quito-treaty", "negated") == {"mexico", "cuba"}
    assert not doers(found, "signs", "quito-treaty")
    found = stated(extractor, OPENING + "Three more states will sign it in June: Chile, Peru and Bolivia.")
    assert doers(found, "signs", "quito-treaty", "planned") == {"chile", "peru", "bolivia"}


def test_lists_after_a_colon_that_name_no_signatories(extractor: RuleExtractor) -> None:
    # places
    found = stated(extractor, OPENING + "The delegates then visited three cities: Lima, Santiago and Bogotá.")
    assert not doers(found, "signs", "quito-treaty")
    # the partners of a named signer, not signers
    found = stated(extractor, OPENING + "The United States signed agreements under it with three countries: Chile, "
                                        "Peru and Bolivia.")  # fmt: skip
    assert not {"chile", "peru", "bolivia"} & doers(found, "signs", "quito-treaty")
    # the parties to something else
    found = stated(extractor, OPENING + "The parties to the conflict were:\n\nChile;\nPeru.\n")
    assert not doers(found, "signs", "quito-treaty")
    # a list that does not fill the rest of the sentence
    found = stated(extractor, OPENING + "Four countries signed it: Chile and Peru said Bolivia would follow.")
    assert not doers(found, "signs", "quito-treaty")


def test_a_party_to_or_among_the_signatories_of_a_document(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Japan has been a party to the Outer Space Treaty since 1967, and it was among the eight "
                              "founding signatories of the Artemis Accords.")  # fmt: skip
    assert ("japan", "signs", "outer-space-treaty") in found
    assert ("japan", "signs", "artemis-accords") in found
    found = stated(extractor, "Peru remains one of the original parties to the Outer Space Treaty.")
    assert found.get(("peru", "signs", "outer-space-treaty"), "missing") is None
    found = stated(extractor, "The Philippines is now among the signatories of the Artemis Accords.")
    assert ("philippines", "signs", "artemis-accords") in found
    # negated
    found = stated(extractor, "India is not a party to the Moon Agreement.")
    assert found[("india", "signs", "moon-agreement")] == "negated"


def test_parties_to_what_is_no_document_or_not_after_a_copula(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Chile became a party to the conflict in 1879.")
    assert not any(r == "signs" for _, r, _ in found)
    # the parties one asks are not what the asker is
    found = stated(extractor, "Brazil asked the parties to the Outer Space Treaty to meet again.")
    assert ("brazil", "signs", "outer-space-treaty") not in found


def test_a_legislature_named_in_apposition_passes_a_law(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Chile's parliament, the National Congress, enacted the Example Space Law in 2020.")
    assert ("national-congress", "drafts", "example-space-law") in found
    found = stated(extractor, "The legislature, the National Congress, has passed the Example Space Act.")
    assert ("national-congress", "drafts", "example-space-act") in found
    # passing something that is no law
    found = stated(extractor, "Chile's parliament, the National Congress, passed the hat in 2020.")
    assert not any(r == "drafts" for _, r, _ in found)


def test_a_state_that_declared_a_moratorium_drafts_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The strategy backs the moratorium on destructive anti-satellite missile tests that the "
                              "United States declared in April 2022.")  # fmt: skip
    assert ("united-states", "drafts", "moratorium-on-destructive-anti-satellite-missile-tests") in found
    found = stated(extractor, "The moratorium on debris-creating tests which Japan declared in 2023 still holds.")
    assert ("japan", "drafts", "moratorium-on-debris-creating-tests") in found
    # the active voice, the passive, and a negation
    found = stated(extractor, "The United States declared a moratorium on destructive missile tests in April 2022.")
    assert found[("united-states", "drafts", "moratorium-on-destructive-missile-tests")] is None
    found = stated(extractor, "The moratorium on debris-creating tests, declared by Canada in 2022, still holds.")
    assert ("canada", "drafts", "moratorium-on-debris-creating-tests") in found
    found = stated(extractor, "France has not declared a moratorium on destructive missile tests.")
    assert found[("france", "drafts", "moratorium-on-destructive-missile-tests")] == "negated"
    # declaring a treaty void is no drafting
    found = stated(extractor, "NASA declared the Outer Space Treaty outdated in 2031.")
    assert ("nasa", "drafts", "outer-space-treaty") not in found
    # a treaty a country signed is signed, not drafted
    found = stated(extractor, "The strategy supports the Outer Space Treaty, which the Soviet Union signed in 1967.")
    assert ("soviet-union", "drafts", "outer-space-treaty") not in found


def test_a_possessor_opening_an_apposition_after_by_drafts_nothing(extractor: RuleExtractor) -> None:
    text = ("The Example Space Strategy, prepared jointly by the European Commission and Jane Example, the EU's High "
            "Representative for Foreign Affairs, was unveiled in Brussels.")  # fmt: skip
    found = stated(extractor, text)
    drafters = {s for (s, r, _), said in found.items() if r == "drafts" and said is None}
    assert "european-commission" in drafters
    assert "european-union" not in drafters


def test_those_among_them_named_after_a_count(extractor: RuleExtractor) -> None:
    text = "Forty states have signed the Moon Agreement. Austria, Belgium and Chile are among them."
    assert doers(stated(extractor, text), "signs", "moon-agreement") == {"austria", "belgium", "chile"}
    text = "Forty states have refused to sign the Moon Agreement. Among them are India and China."
    found = stated(extractor, text)
    assert doers(found, "signs", "moon-agreement", "negated") == {"india", "china"}
    assert not doers(found, "signs", "moon-agreement")
    found = stated(extractor, "Among those that signed the Outer Space Treaty were Bolivia and Ecuador.")
    assert doers(found, "signs", "outer-space-treaty") == {"bolivia", "ecuador"}


def test_those_among_them_of_no_signing(extractor: RuleExtractor) -> None:
    # the partners of a named signer
    found = stated(extractor, "NASA signed the Moon Agreement with many partners. ESA and JAXA are among them.")
    assert not {"esa", "jaxa"} & doers(found, "signs", "moon-agreement")
    # places; and no list after 'Among them,'
    found = stated(extractor, "The delegates visited three cities. Lima and Quito were among them.")
    assert not any(r == "signs" for _, r, _ in found)
    found = stated(extractor, "Forty states have signed the Moon Agreement. Among them, Chile stands out.")
    assert ("chile", "signs", "moon-agreement") not in found


def test_negotiated_by_drafts(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Moon Agreement was negotiated by Austria and India.")
    assert doers(found, "drafts", "moon-agreement") == {"austria", "india"}


def test_parties_of_no_document_introduce_no_list(extractor: RuleExtractor) -> None:
    text = OPENING + "Three parties entered parliament: Labour, the Greens and the Liberal Democrats."
    assert not doers(stated(extractor, text), "signs", "quito-treaty")
    found = stated(extractor, OPENING + "The parties to the Quito Treaty are: Chile, Peru and Bolivia.")
    assert doers(found, "signs", "quito-treaty") == {"chile", "peru", "bolivia"}


def test_a_name_is_no_verb_of_stopping(extractor: RuleExtractor) -> None:
    # 'Quito' is no 'quit', 'Severn' no 'sever'
    found = stated(extractor, "The parties to the Quito Treaty are Chile, Peru and Bolivia.")
    assert doers(found, "signs", "quito-treaty") == {"chile", "peru", "bolivia"}
    found = stated(extractor, "Peru has quit the Quito Treaty.")
    assert found[("peru", "signs", "quito-treaty")] == "negated"
