"""Quotations, speakers and reported speech (eventwire.extract.quotes).

The first half needs no model: the quote-mark scanner and the speech lexicon. The second half
parses sentences written for these tests with the spaCy model; actor mentions come from spaCy's
entities through the benchmark's stand-in for the actor resolver.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import KnowledgeError
from eventwire.extract.quotes import (
    DIRECT,
    INDIRECT,
    TERM,
    FoundQuote,
    find_quotes,
    load_speech_lexicon,
    parse_speech_lexicon,
    scan_quotations,
)
from eventwire.extract.types import ActorMention

ROOT = Path(__file__).resolve().parents[2]


def _benchmark():
    """benchmarks/quote_accuracy.py, imported by path (benchmarks/ is not a package)."""
    name = "eventwire_quote_accuracy_benchmark"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks/quote_accuracy.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quotations(text)]


# ------------------------------------------------------------------------------------------
# quote marks (no model)


def test_curly_double_quotes():
    assert texts("“We will win,” he said.") == ["We will win"]


def test_straight_double_quotes_pair_in_order():
    text = '"We will win," he said, "and they know it."'
    assert texts(text) == ["We will win", "and they know it."]


def test_curly_single_quotes_are_quotes_and_apostrophes_are_not():
    text = "Kim’s aide said it’s ‘a turning point’ for the ’90s generation."
    assert texts(text) == ["a turning point"]


def test_straight_single_quotes_with_apostrophes():
    text = "The mayor's office called it 'a good day' and said it wasn't over."
    assert texts(text) == ["a good day"]


def test_plural_possessive_inside_single_quote_does_not_cut_it():
    text = "‘The leaders’ summit was a farce,’ she said."
    assert texts(text) == ["The leaders’ summit was a farce"]


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "“He told us ‘never again’ and then he left,” she said."
    assert texts(text) == ["He told us ‘never again’ and then he left"]
    british = "‘They call it “reform”, but it is a cut,’ he said."
    assert texts(british) == ["They call it “reform”, but it is a cut"]


def test_two_neighbouring_quotations_are_never_merged():
    text = "“Yes,” said Ana. “No,” said Ben."
    quotes = scan_quotations(text)
    assert [text[q.start : q.end] for q in quotes] == ["Yes", "No"]
    assert quotes[0].close_at is not None and quotes[0].close_at < quotes[1].open_at


def test_open_quote_continues_over_paragraphs():
    text = "“First part of it.\n“Second part.\n“Last part,” she said.\nNo quote here."
    quotes = scan_quotations(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "First part of it.",
        "Second part.",
        "Last part",
    ]
    assert [q.continues for q in quotes] == [False, True, True]
    assert quotes[0].close_at is None and quotes[2].close_at is not None


def test_unclosed_double_quote_ends_at_its_paragraph_without_continuing():
    text = "He said “we will see\nThe next paragraph is plain."
    quotes = scan_quotations(text)
    assert [text[q.start : q.end] for q in quotes] == ["we will see"]
    assert not any(q.continues for q in quotes)


def test_unclosed_single_mark_is_not_a_quote():
    assert texts("The ‘rebels say the town is theirs.\nNothing else.") == []


def test_empty_and_punctuation_only_quotes_are_skipped():
    assert texts('He said "" and “ , ” twice.') == []


_plain = st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), whitelist_characters=" ,.;-"),
    max_size=30,
)
_quoted = st.from_regex(r"[A-Za-z][A-Za-z ,.]{0,25}[a-z]", fullmatch=True)


@given(
    st.lists(st.tuples(_plain, _quoted, st.sampled_from(["“”", '""'])), min_size=1, max_size=5),
    _plain,
)
def test_property_every_written_quotation_is_found_whole(parts, tail):
    text, expected = "", []
    for before, inner, marks in parts:
        text += before + " " + marks[0] + inner + marks[1] + " "
        expected.append(inner.strip().rstrip(","))
    text += tail
    assert texts(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab ,.\n\"'“”‘’")), max_size=80))
def test_property_spans_are_ordered_disjoint_and_inside_one_line(text):
    quotes = scan_quotations(text)
    last_end = -1
    for q in quotes:
        assert 0 <= q.open_at < q.start < q.end <= len(text)
        assert q.start > last_end
        assert "\n" not in text[q.open_at : q.end]
        assert any(c.isalnum() for c in text[q.start : q.end])
        last_end = q.end if q.close_at is None else q.close_at


# ------------------------------------------------------------------------------------------
# speech lexicon (no model)


def test_speech_lexicon_has_the_speech_verbs_by_lemma():
    lex = load_speech_lexicon()
    for lemma in [
        "say",
        "tell",
        "add",
        "write",
        "state",
        "insist",
        "warn",
        "claim",
        "note",
        "stress",
        "announce",
        "declare",
        "argue",
        "explain",
        "call",
        "urge",
        "describe",
        "characterize",
        "accuse",
        "deny",
    ]:
        assert lemma in lex.verbs, lemma
    assert lex.verbs["call"].requires == ("for", "on", "upon")  # "on" is no YAML boolean
    assert "prep:as" in lex.verbs["describe"].content
    assert "call" in lex.naming_verbs and "read" in lex.display_verbs
    assert "banner" in lex.display_nouns and "so-called" in lex.scare_markers
    assert lex.pronouns["he"] == frozenset({"person"})


def test_speech_lexicon_words_are_lowercase_lemmas():
    lex = load_speech_lexicon()
    for lemma, verb in lex.verbs.items():
        assert lemma == verb.lemma == lemma.lower() and " " not in lemma
        assert set(verb.needs) <= set(verb.content)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"speech_verbs": ["say"], "pronoun_speakers": {}},
        {"speech_verbs": {"say": {"object": ["dobj"]}}, "pronoun_speakers": {}},
        {"speech_verbs": {"call": {"requires": [True]}}, "pronoun_speakers": {}},
    ],
)
def test_malformed_speech_lexicon_raises_knowledge_error(data):
    with pytest.raises(KnowledgeError):
        parse_speech_lexicon(data)


# ------------------------------------------------------------------------------------------
# find_quotes on parsed sentences


@pytest.fixture(scope="module")
def quotes_of(nlp):
    mentions_from_entities = _benchmark().mentions_from_entities

    def run(text: str, extra: list[ActorMention] | None = None) -> list[FoundQuote]:
        doc = nlp(text)
        found = find_quotes(doc, mentions_from_entities(doc) + (extra or []))
        for q in found:
            assert q.text == text[q.char_start : q.char_end]
            if q.speaker_span:
                assert q.speaker_text == text[q.speaker_span[0] : q.speaker_span[1]]
        return found

    return run


def one(found: list[FoundQuote], part: str, kind: str | None = None) -> FoundQuote:
    matches = [q for q in found if part in q.text and (kind is None or q.kind == kind)]
    assert matches, f"no quote with {part!r} in {[q.text for q in found]}"
    return min(matches, key=lambda q: len(q.text))


def who(q: FoundQuote) -> str | None:
    return q.speaker.name if q.speaker else q.speaker_text


@pytest.mark.model
def test_speaker_after_curly_quote(quotes_of):
    q = one(quotes_of("“The border will stay closed,” Lula da Silva said on Monday."), "border")
    assert (q.kind, who(q), q.rule) == (DIRECT, "Lula da Silva", "subject-of-speech-verb-after")


@pytest.mark.model
def test_inverted_said_name(quotes_of):
    q = one(quotes_of('"We expect an answer this week," said Olaf Scholz.'), "answer")
    assert (who(q), q.rule) == ("Olaf Scholz", "subject-of-speech-verb-after")


@pytest.mark.model
def test_speaker_before_with_colon_and_told_reporters(quotes_of):
    q = one(quotes_of("Emmanuel Macron told reporters: “France will send more aid.”"), "France")
    assert (q.kind, who(q), q.rule) == (DIRECT, "Emmanuel Macron", "subject-of-speech-verb-before")


@pytest.mark.model
def test_writes_and_statement_verbs(quotes_of):
    found = quotes_of(
        "In a letter to the council, Antonio Guterres wrote: “The world cannot look away.”\n"
        "“We stand ready to help,” the United Nations said in a statement."
    )
    assert who(one(found, "look away")) == "Antonio Guterres"
    assert who(one(found, "ready to help")) == "United Nations"


@pytest.mark.model
def test_according_to_gives_the_speaker_of_a_quote(quotes_of):
    q = one(quotes_of('"The road is open again," according to Reuters.'), "road")
    assert (q.kind, who(q), q.rule) == (DIRECT, "Reuters", "according-to")


@pytest.mark.model
def test_organisation_and_state_media_speakers(quotes_of):
    found = quotes_of(
        "“The drills are a rehearsal for invasion,” KCNA said.\n"
        "“The allegations are baseless,” the ministry said."
    )
    assert who(one(found, "drills")) == "KCNA"
    ministry = one(found, "allegations")
    assert ministry.speaker is None and ministry.speaker_text == "the ministry"


@pytest.mark.model
def test_pronoun_speaker_takes_the_nearest_person_before(quotes_of):
    text = (
        "Angela Merkel met Recep Tayyip Erdogan in Ankara on Friday.\n"
        "Mark Rutte arrived later. “We need more time,” he said."
    )
    q = one(quotes_of(text), "more time")
    assert (who(q), q.rule) == ("Mark Rutte", "pronoun-nearest")


@pytest.mark.model
def test_pronoun_prefers_the_last_speaker_to_a_name_inside_what_was_said(quotes_of):
    text = (
        "Dmitry Peskov said Vladimir Putin would attend the summit in Kazan.\n"
        "“It is an important meeting,” he added."
    )
    q = one(quotes_of(text), "important meeting")
    assert (who(q), q.rule) == ("Dmitry Peskov", "pronoun-nearest")


@pytest.mark.model
def test_apposition_names_the_speaker(quotes_of):
    text = "“Inspectors will return next week,” the agency's director, Rafael Grossi, said."
    assert who(one(quotes_of(text), "Inspectors")) == "Rafael Grossi"


@pytest.mark.model
def test_pronoun_speaker_uses_the_resolver_mention_when_there_is_one(nlp, quotes_of):
    text = "Mark Rutte arrived late. Erdogan spoke first. “We need more time,” he said."
    doc = nlp(text)
    he = next(t for t in doc if t.lower_ == "he")
    coref = ActorMention(
        start=he.i,
        end=he.i + 1,
        char_start=he.idx,
        char_end=he.idx + 2,
        text="he",
        code="NLD",
        role="GOV",
        kind="person",
        name="Mark Rutte",
        key="person:mark rutte",
        rule="coref:pronoun",
        head=he.i,
    )
    q = one(quotes_of(text, [coref]), "more time")
    assert (who(q), q.rule) == ("Mark Rutte", "pronoun-coref")


@pytest.mark.model
def test_pronoun_without_any_person_before_stays_words(quotes_of):
    q = one(quotes_of("“The market will recover,” she said."), "market")
    assert q.speaker is None and (q.speaker_text, q.rule) == ("she", "pronoun-unresolved")


@pytest.mark.model
def test_scare_quote_is_a_term_without_speaker(quotes_of):
    q = one(quotes_of("The so-called “peace plan” was published on Monday."), "peace plan")
    assert (q.kind, q.speaker, q.speaker_text, q.rule) == (TERM, None, None, "none")


@pytest.mark.model
def test_term_named_by_a_naming_verb_keeps_who_used_it(quotes_of):
    text = "Dmytro Kuleba called for unity against what he termed a “lonely bromance” in Moscow."
    q = one(quotes_of(text), "bromance")
    assert (q.kind, who(q)) == (TERM, "Dmytro Kuleba")


@pytest.mark.model
def test_slogan_on_a_banner_has_no_speaker(quotes_of):
    found = quotes_of(
        "Students carried a banner reading “Free elections now” through the square.\n"
        "Some wore shirts with the message “Stop the war”."
    )
    for part in ("Free elections now", "Stop the war"):
        q = one(found, part)
        assert (q.kind, q.speaker, q.rule) == (DIRECT, None, "no-speech-verb")


@pytest.mark.model
def test_nested_quote_is_part_of_the_outer_one(quotes_of):
    text = "“They keep saying ‘dialogue’, but nobody calls us,” Nikol Pashinyan said."
    found = [q for q in quotes_of(text) if q.kind != INDIRECT]
    assert len(found) == 1
    assert found[0].text == "They keep saying ‘dialogue’, but nobody calls us"
    assert who(found[0]) == "Nikol Pashinyan"


@pytest.mark.model
def test_partial_quote_in_a_reported_statement_is_direct(quotes_of):
    text = "Yoon Suk Yeol said the launch was “a grave provocation” against the region."
    q = one(quotes_of(text), "grave provocation", DIRECT)
    assert (q.kind, who(q)) == (DIRECT, "Yoon Suk Yeol")


@pytest.mark.model
def test_adjacent_quotes_by_different_speakers_are_not_merged(quotes_of):
    text = "“We agree,” said Pedro Sanchez. “We do not,” said Giorgia Meloni."
    found = [q for q in quotes_of(text) if q.kind == DIRECT]
    assert [(q.text, who(q)) for q in found] == [
        ("We agree", "Pedro Sanchez"),
        ("We do not", "Giorgia Meloni"),
    ]


@pytest.mark.model
def test_quote_split_by_its_attribution_gives_two_quotes_one_speaker(quotes_of):
    text = "“The talks were useful,” Wang Yi said, “but much remains to be done.”"
    found = [q for q in quotes_of(text) if q.kind == DIRECT]
    assert [q.text for q in found] == ["The talks were useful", "but much remains to be done."]
    assert {who(q) for q in found} == {"Wang Yi"}


@pytest.mark.model
def test_multi_paragraph_quote_parts_share_the_speaker(quotes_of):
    text = (
        "“We will rebuild every school,” Volodymyr Zelensky said. “Every hospital.\n"
        "“Every bridge that was destroyed.\n"
        "“And we will do it together.”\n"
        "The speech lasted ten minutes."
    )
    found = [q for q in quotes_of(text) if q.kind == DIRECT]
    assert [q.text for q in found] == [
        "We will rebuild every school",
        "Every hospital.",
        "Every bridge that was destroyed.",
        "And we will do it together.",
    ]
    assert {who(q) for q in found} == {"Volodymyr Zelensky"}
    assert [q.rule for q in found[2:]] == ["paragraph-continuation"] * 2
    assert [q.sentence for q in found] == sorted(q.sentence for q in found)


@pytest.mark.model
def test_multi_paragraph_quote_attributed_at_its_end(quotes_of):
    text = (
        "“Nobody expected the vote to pass.\n“Now we must work with the result,” Keir Starmer said."
    )
    found = [q for q in quotes_of(text) if q.kind == DIRECT]
    assert [who(q) for q in found] == ["Keir Starmer", "Keir Starmer"]
    assert found[0].rule == "paragraph-continuation"


@pytest.mark.model
def test_quote_paragraph_after_a_paragraph_ending_with_a_quote(quotes_of):
    text = (
        "“The ceasefire is holding,” Abiy Ahmed told parliament.\n"
        "“Our soldiers have returned to their barracks.”\n"
        "Residents of Mekelle said the roads were still closed."
    )
    q = one(quotes_of(text), "barracks")
    assert (who(q), q.rule) == ("Abiy Ahmed", "paragraph-continuation")


@pytest.mark.model
def test_quote_without_speech_verb_and_nothing_before_has_no_speaker(quotes_of):
    text = "Prices rose sharply in May.\n“Bread costs twice as much as last year.”"
    q = one(quotes_of(text), "Bread")
    assert (q.kind, q.speaker, q.speaker_text, q.rule) == (DIRECT, None, None, "none")


@pytest.mark.model
def test_dateline_is_not_the_speaker(quotes_of):
    text = "NAIROBI (Wire) — President William Ruto said on Monday that taxes would fall."
    q = one(quotes_of(text), "taxes would fall", INDIRECT)
    assert who(q) == "William Ruto"


@pytest.mark.model
def test_the_one_asked_is_not_the_speaker_of_the_question(quotes_of):
    text = "Asked whether the army would withdraw, Benjamin Netanyahu told reporters: “No.”"
    found = quotes_of(text)
    assert not [q for q in found if q.kind == INDIRECT and "army" in q.text]
    assert who(one(found, "No", DIRECT)) == "Benjamin Netanyahu"


# ------------------------------------------------------------------------------------------
# indirect speech


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Jens Stoltenberg said that the alliance would send more air defence.",
            "the alliance would send more air defence",
            "Jens Stoltenberg",
        ),
        (
            "Narendra Modi told the summit that India wanted a fair climate deal.",
            "India wanted a fair climate deal",
            "Narendra Modi",
        ),
        (
            "Antonio Guterres called for an immediate end to the fighting.",
            "an immediate end to the fighting",
            "Antonio Guterres",
        ),
        (
            "Cyril Ramaphosa described the agreement as a victory for Africa.",
            "the agreement as a victory for Africa",
            "Cyril Ramaphosa",
        ),
        (
            "Fumio Kishida warned of a severe security environment in East Asia.",
            "a severe security environment in East Asia",
            "Fumio Kishida",
        ),
        (
            "According to Al Jazeera, the convoy reached Rafah before dawn.",
            "the convoy reached Rafah before dawn",
            "Al Jazeera",
        ),
        (
            "The border will reopen next month, Recep Tayyip Erdogan said.",
            "The border will reopen next month",
            "Recep Tayyip Erdogan",
        ),
    ],
)
def test_indirect_speech_span_is_the_reported_clause(quotes_of, text, clause, speaker):
    found = [q for q in quotes_of(text) if q.kind == INDIRECT]
    assert [(q.text, who(q)) for q in found] == [(clause, speaker)]


@pytest.mark.model
def test_reported_clause_that_is_a_quotation_is_only_the_direct_quote(quotes_of):
    found = quotes_of("Javier Milei said: “The state is not the solution.”")
    assert [q.kind for q in found] == [DIRECT]


@pytest.mark.model
def test_speech_verbs_inside_quotations_report_nothing(quotes_of):
    found = quotes_of("“They said the plant was safe,” Rafael Grossi said.")
    assert [q.kind for q in found] == [DIRECT]
    assert who(found[0]) == "Rafael Grossi"


@pytest.mark.model
def test_speech_verb_without_subject_or_content_reports_nothing(quotes_of):
    assert quotes_of("It was announced on Tuesday. The minister said nothing.") == []


@pytest.mark.model
def test_second_speech_verb_in_a_reported_clause_keeps_the_outer_speaker(quotes_of):
    text = "Raila Odinga said the vote was rigged and called on supporters to stay calm."
    found = [q for q in quotes_of(text) if q.kind == INDIRECT]
    assert [(q.text, who(q)) for q in found] == [
        ("the vote was rigged", "Raila Odinga"),
        ("supporters to stay calm", "Raila Odinga"),
    ]


@pytest.mark.model
def test_inflected_speech_verbs_are_found_by_lemma(quotes_of):
    forms = "says told insisted warned wrote added stated claimed denied stresses explained"
    for form in forms.split():
        found = quotes_of(f"Pedro Sanchez {form} that the budget would pass.")
        assert [who(q) for q in found if q.kind == INDIRECT] == ["Pedro Sanchez"], form


@pytest.mark.model
def test_sentence_index_points_to_the_sentence_where_the_quote_starts(nlp, quotes_of):
    text = "The meeting ended early.\nLater, Gustavo Petro said: “We will keep talking.”"
    q = one(quotes_of(text), "keep talking")
    sents = list(nlp(text).sents)
    assert sents[q.sentence].start_char <= q.char_start < sents[q.sentence].end_char
    assert q.sentence == 1


@pytest.mark.model
def test_empty_document(nlp):
    assert find_quotes(nlp(""), []) == []


# ------------------------------------------------------------------------------------------
# the gold corpus


@pytest.mark.model
def test_gold_corpus_has_enough_quotations():
    bench = _benchmark()
    gold = bench.load_gold(bench.DEFAULT_CORPUS)
    assert len(gold) >= 40
    assert len({row["file"] for row in gold}) >= 8


@pytest.mark.model
def test_speaker_accuracy_on_the_gold_corpus(nlp):
    accuracy, outcomes, _ = _benchmark().run(nlp)
    misses = [(o.file, o.quote) for o in outcomes if not o.right]
    assert accuracy >= 0.9, misses


def test_speaker_accuracy_on_the_gold_corpus_with_the_real_resolver(nlp):
    """The same corpus with the project's actor resolver, as in the pipeline."""
    bench = _benchmark()
    accuracy, outcomes, _ = bench.run(nlp, mentions_of=bench.resolver_mentions())
    misses = [(o.file, o.quote) for o in outcomes if not o.right]
    assert accuracy >= 0.9, misses
