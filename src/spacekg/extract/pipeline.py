"""The rule extractor: the stages in order, sentence by sentence so the work
stays linear in the length of the text.

text → :mod:`~spacekg.extract.sentences` → :mod:`~spacekg.extract.mentions`
(with :mod:`~spacekg.extract.linking` and :mod:`~spacekg.extract.coreference`)
→ :mod:`~spacekg.extract.relations` → :mod:`~spacekg.extract.claims` (and
:mod:`~spacekg.extract.attribution` for what its shapes leave) →
:mod:`~spacekg.extract.dates` → :class:`~spacekg.extract.base.Candidates`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacekg.extract import confidence
from spacekg.extract.attribution import arbitrate, attribute, document_voices
from spacekg.extract.base import Candidates, Found, slug
from spacekg.extract.careers import headline_records
from spacekg.extract.claims import (
    SPOKEN_OPENING,
    Discourse,
    answered_questions,
    claims,
    named_lines,
    proposal_items,
    quotation_goes_on,
)
from spacekg.extract.coreference import (
    GUESSED,
    Anaphora,
    People,
    ShortForms,
    nickname,
    post_as_author,
    renamed,
    series_classes,
    sign_off,
)
from spacekg.extract.dates import dates
from spacekg.extract.denials import no_share, none_of_them, undone_plans
from spacekg.extract.documents import (
    apposed_descriptions,
    formal_title,
    founders,
    quantified_relatives,
    resolution_numbers,
)
from spacekg.extract.learned import LearnedRelations, shipped
from spacekg.extract.linking import Linker, known_acronym_tails, shorter_acronyms
from spacekg.extract.mentions import acronyms, known_names, new_entities
from spacekg.extract.propernames import (
    country_companies,
    settle_as_read,
    settle_types,
    title_case,
    unexplained,
    with_article,
)
from spacekg.extract.relations import SentenceView, relations
from spacekg.extract.sentences import plain_spaces, sentences
from spacekg.extract.sources import source_lines
from spacekg.extract.speeches import speech_as_text
from spacekg.extract.spelled import spelled_out
from spacekg.extract.voices import one_claim_per_voice
from spacekg.model.facts import Dataset


class RuleExtractor:
    """Rules and the graph's names; no model, no network."""

    def __init__(self, dataset: Dataset, learned: LearnedRelations | bool = False) -> None:
        """``learned``: the learned relation stage after the rules (True: the shipped weights)."""
        self.linker = Linker(dataset)
        self.learned = LearnedRelations(shipped()) if learned is True else learned or None
        self.calibrated = confidence.table()
        self.entities = self.linker.entities

    def extract(self, text: str, name: str, sha256: str) -> Candidates:
        text = plain_spaces(text)  # (the same offsets: a no-break space or a tab between words reads as a space)
        linker = self.linker
        names = linker.names_for(sha256)
        spans = sentences(text)
        title = text.split("\n", 1)[0].strip()
        source: dict[str, Any] = {"id": slug(Path(name).stem), "type": "NewsArticle", "label": title[:120] or name,
                                  "sha256": sha256, "characters": len(text), "file": Path(name).name,
                                  "mention": [0, len(title)] if title and len(title) < 200 else list(spans[0]) if spans else [0, 1]}  # fmt: skip
        # Acronyms defined anywhere in the text name their entity everywhere in it.
        defined: list[Found] = []
        short: dict[str, str] = {}
        for start, end in spans:
            defined += acronyms(linker, text, start, end, names, short)
        names.update({k: (v, 0.9, "acronym") for k, v in short.items() if k not in names})
        # 'GA' after 'UN General Assembly (UNGA)': a shorter acronym of the defined name's last words
        long_names = {**{d.label: d.entity for d in defined if d.new and d.label}, **short}
        names.update(
            {k: (v, 0.8, "acronym") for k, v in shorter_acronyms(text, long_names, names, linker.gazetteer).items()}
        )
        # 'GA' beside 'UNGA' (a name the graph knows): the known acronym's end, after a name of its own
        names.update({k: (v, 0.8, "acronym") for k, v in known_acronym_tails(text, names, linker.gazetteer).items()})
        gazetteer = {k: v for k, v in linker.gazetteer.items() if k not in names}
        pattern = linker.pattern({**names, **gazetteer})
        candidates = Candidates(source=source, text=text)
        short_forms = ShortForms(linker, names)
        anaphora = Anaphora(linker)
        people = People()  # names of several words so far, for a person named again with a middle name
        resolutions: dict[str, str] = {}  # the id of each resolution number's first citation (documents.py)
        defined.sort(key=lambda m: m.start)
        definition = {d.entity: d for d in defined if d.new}
        next_defined = 0
        inner_names: dict[str, list[tuple[int, int, str, float, str]]] = {}
        interview = Discourse()
        quote_start: int | None = None
        # who opened the quotation running on ('X said: "A. B."'), where the sentences after it start, and the
        # first fact after it
        voice: Any = None
        voice_from, voice_facts = 0, 0
        quoted: list[dict[str, Any]] = []
        seen: list[tuple[int, int, list[Found]]] = []  # each sentence's mentions, for the learned stage
        new_so_far: dict[str, list[Found]] = {}  # each new entity's mentions so far (settle_as_read)
        for start, end in spans:
            local: list[Found] = []
            while next_defined < len(defined) and defined[next_defined].start < end:
                if defined[next_defined].start >= start:
                    local.append(defined[next_defined])
                next_defined += 1
            local += known_names(linker, text, start, end, pattern, names, gazetteer, inner_names)
            for mention in local:
                # An acronym the text defines ('SLIM', in the headline or after) names the new entity.
                if not mention.new and mention.entity in definition and mention.entity not in self.entities:
                    d = definition[mention.entity]
                    mention.new, mention.type, mention.label = True, d.type, d.label
            local += short_forms.find(text, start, end)
            # A document the text already names ('… international treaty on …') needs no description.
            documents = [m for m in local if linker.is_(m, "Document")]
            local += [f for f in new_entities(linker, text, start, end, names)
                      if f.rule != "document description" or not any(f.start < d.end and d.start < f.end for d in documents)]  # fmt: skip
            # 'Examplia Welcomes Lunar Consortium As Talks Resume': in a headline in title case every word is
            # capitalised, so a new name of several words there is one the body repeats
            headline = text[end:] if start == 0 and title_case(text[start:end]) else None
            local = linker.resolve_overlaps(_repeated(local, headline))
            local = sorted(
                local + _repeated(unexplained(text, start, end, local, names, linker.kind), headline),
                key=lambda m: (m.start, m.end),
            )
            with_article(text, start, end, local)  # 'firms such as The Example Company': the article is the name's
            local = country_companies(text, end, local, linker.kind)  # 'British Aerospace': one company
            local = formal_title(linker, text, start, end, local)  # 'The Agreement Governing …, usually called Y'
            local = apposed_descriptions(linker, text, local)  # 'the PPWT, the draft treaty on …': the PPWT
            local = spelled_out(linker, text, local)  # 'EXAMSAT, the European Organisation for …': EXAMSAT
            local = resolution_numbers(text, local, resolutions)  # 'A/RES/76/3' and 'resolution 76/3': one resolution
            local = renamed(linker, text, start, end, local)  # 'X, now called Y': one entity
            people.same_person(local)  # 'Jane Ann Example' after 'Jane Example': one person
            local = short_forms.again(text, start, end, local)  # learnt, and found again later in the sentence
            named = nickname(text, start, end, candidates.mentions, local, linker.is_)
            if named is not None and all(
                m.new and m.rule in GUESSED for m in local if m.start < named.end and named.start < m.end
            ):
                # 'critics called it "X"' (over a guess at the quoted words: 'Example Wars' a person's name)
                local = [m for m in local if not (m.start < named.end and named.start < m.end)]
                local = sorted([*local, named], key=lambda m: (m.start, m.end))
                short_forms.teach(text[named.start : named.end], named)
            if posts := post_as_author(linker, text, start, end, candidates.mentions, local):
                local = sorted(
                    local + posts, key=lambda m: (m.start, m.end)
                )  # 'Post does not expect': a cable's author
            candidates.mentions += local
            settle_as_read(text, local, new_so_far)  # a headline's guess at a name's class, corrected by this sentence
            people.add(local)
            view = SentenceView(linker, text, start, end, anaphora.refer(text, start, end, local, candidates.mentions))
            view.salience = anaphora.salience
            if self.learned is not None:
                seen.append((start, end, list(view.mentions)))
            first_fact = len(candidates.facts)
            relations(view, candidates, anaphora.document(local), candidates.mentions)
            # 'A and B, both of which the country has ratified': what the clause said of B, of each
            quantified_relatives(view, candidates.facts, first_fact, start, text[start:end])
            none_of_them(view, candidates, first_fact, candidates.mentions)  # '…, but none of them has signed X'
            no_share(view, candidates, first_fact, candidates.mentions)  # 'South Africa has no satellite in it'
            undone_plans(view, candidates, first_fact)  # 'had agreed to join X but withdrew': only the denial
            sentence = text[start:end]
            # Curly quotation marks open and close; an odd number of straight ones toggles.
            straight = sentence.count('"') % 2
            opens = sentence.count("“") + straight * (quote_start is None)
            if quote_start is not None and sentence[:1] in '"“' and text[:start].rstrip(" \t").endswith("\n"):
                # A quotation that runs on over paragraphs: each new paragraph opens with a quotation mark, and only
                # the last one closes ('"… crew.\n\n"What we lack is time," she said.'); that mark opens nothing
                # (speakers22)
                straight = (sentence.count('"') - (sentence[0] == '"')) % 2
                opens = sentence.count("“") - (sentence[0] == "“")
            closes = sentence.count("”") + straight * (quote_start is not None)
            if quote_start is None and opens > closes:
                # A quotation that goes on into the next sentences: its facts wait for the speaker.
                quote_start, quoted = start, candidates.facts[first_fact:]
            elif quote_start is not None and closes > opens:
                first_claim = len(candidates.claims)
                spoke = claims(view, candidates, candidates.mentions, first_fact, [quote_start, end], quoted, interview)
                if first_claim == len(candidates.claims):
                    # ('… Welcome to the Moon,” she told the crowd.': the general procedure, for the whole quotation)
                    spoke = attribute(view, candidates, candidates.mentions, first_fact, [quote_start, end]) or spoke
                else:  # the general procedure's reading of the speakers where it corrects the shapes'
                    arbitrate(view, candidates, candidates.mentions, first_fact, first_claim, [quote_start, end])
                if first_claim == len(candidates.claims) and voice is not None:
                    # 'Jane Doe said: "India will join X. It has not joined Y."': the sentences after the one
                    # that named the speaker are hers too (speakers23)
                    spoke = quotation_goes_on(candidates, voice, [voice_from, end], voice_facts) or spoke
                quote_start, quoted, voice = None, [], None
                if len(candidates.claims) > first_claim and isinstance(candidates.claims[-1].get("speaker"), str):
                    anaphora.salience.spoke(candidates.claims[-1]["speaker"])
                if spoke:
                    anaphora.update(local)
                    dates(text, start, end, candidates)
                    continue
            elif quote_start is not None and start - quote_start > 1500:
                quote_start, quoted, voice = None, [], None  # a quotation mark left open: give up on it
            elif quote_start is not None:
                quoted += candidates.facts[first_fact:]
                anaphora.update(local)
                dates(text, start, end, candidates)
                continue
            first_claim = len(candidates.claims)
            claims(view, candidates, candidates.mentions, first_fact, interview=interview)
            if first_claim == len(candidates.claims):
                # A sentence the claim shapes left without a claim: the general attribution procedure.
                attribute(view, candidates, candidates.mentions, first_fact)
            else:
                arbitrate(view, candidates, candidates.mentions, first_fact, first_claim)
            answered_questions(view, candidates, first_fact, first_claim)  # 'Asked whether …, X said it would not'
            if len(candidates.claims) > first_claim and isinstance(candidates.claims[-1].get("speaker"), str):
                anaphora.salience.spoke(candidates.claims[-1]["speaker"])  # who speaks, for a later 'he added'
            if quote_start == start and len(candidates.claims) > first_claim and SPOKEN_OPENING.search(sentence):
                voice, voice_from, voice_facts = candidates.claims[-1]["speaker"], end, len(candidates.facts)
            anaphora.update(local)
            dates(text, start, end, candidates)
        settle_types(text, candidates.mentions)  # 'from Example' (a town?) … 'the asteroid Example': the class named
        series_classes(candidates.mentions)  # 'Example Ghost', first a person's guess, opens 'Example Ghost Mission 1'
        candidates.mentions += sign_off(text, candidates.mentions, linker.is_)  # 'Jane' on a memo's last line
        named_lines(linker.is_, candidates, spans)  # 'May: …' in a deck, for the Theresa May named later
        source_lines(linker.is_, candidates, spans)  # quotations, then '— Jane Example, speech at …'
        speech_as_text(linker.is_, candidates, spans)  # 'Remarks by President Jane Example …' over the passages
        proposal_items(linker.is_, candidates, spans)  # '- Cancel X, …' in a summary of someone's request
        document_voices(linker.is_, candidates)  # 'The resolution welcomed …': the adopting body's words
        # A new name in the headline, before the text says what it is.
        if named_in_title := short_forms.in_title(text, candidates.mentions):
            candidates.mentions = sorted(candidates.mentions + named_in_title, key=lambda m: (m.start, m.end))
        if self.learned is not None:
            self.learned.add(candidates, seen, linker.is_)  # pairs the rules left unrelated
        # 'The signatories were: A; B' of an agreement that set up X: members of X too
        candidates.facts += founders(linker.is_, text, candidates.mentions, candidates.facts)
        # 'The first Examplian in space' over a profile opening with the person's name: her nationality
        candidates.facts += headline_records(linker.is_, text, candidates.mentions, spans)
        # What the text denies somewhere is not asserted from another sentence of it.
        denied = {
            (f["subject"], f["relation"], f["object"]) for f in candidates.facts if f.get("modality") == "negated"
        }
        candidates.facts = [
            f for f in candidates.facts if f.get("modality") or (f["subject"], f["relation"], f["object"]) not in denied
        ]
        candidates.facts = led_not_joined(candidates.facts)
        candidates.claims = one_claim_per_voice(candidates.claims)  # 'X said …, and she insisted …': one claim
        confidence.calibrate(candidates, self.calibrated)
        return candidates


def led_not_joined(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """No ``participatesIn`` beside a ``leads`` of the same pair with the same modality anywhere in the text: a
    leader takes part by leading (``leads`` is a kind of ``participatesIn`` in the ontology; GUIDELINES.md, the
    conventions settled while reconciling the development golds)."""
    led = {(f["subject"], f["object"], f.get("modality")) for f in facts if f["relation"] == "leads"}
    return [
        f
        for f in facts
        if not (f["relation"] == "participatesIn" and (f["subject"], f["object"], f.get("modality")) in led)
    ]


def _repeated(found: list[Found], body: str | None) -> list[Found]:
    """The mentions of a headline in title case (``body`` is the text after it; None for any other sentence):
    new names of one word, and new names of several words that the body repeats."""
    if body is None:
        return found
    return [m for m in found if not (m.new and m.label and " " in m.label and m.label not in body)]
