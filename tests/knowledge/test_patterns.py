"""The pattern language, the packaged verb/noun dictionaries, and their fit to spaCy parses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import KnowledgeError
from eventwire.knowledge.codebook import load_codebook
from eventwire.knowledge.patterns import (
    CHARACTERIZE,
    DOBJ,
    NONE,
    PREP,
    NounPattern,
    VerbPattern,
    build_pattern_set,
    load_patterns,
    parse_noun_phrase,
    parse_verb_phrase,
)

DATA = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "knowledge" / "data"
LEMMA = re.compile(r"^[a-z]+$")


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _raw(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text("utf-8"))


# ----------------------------------------------------------------------------- the grammar


def test_direct_object_target():
    (p,) = parse_verb_phrase("042", "visit {T}")
    assert (p.verb, p.target, p.prep, p.noun, p.particle, p.complement) == (
        "visit",
        DOBJ,
        None,
        None,
        None,
        (),
    )


def test_preposition_target():
    (p,) = parse_verb_phrase("042", "arrive in {T}")
    assert p.target == PREP and p.prep == frozenset({"in"}) and p.noun is None


def test_light_verb_with_noun_and_preposition():
    (p,) = parse_verb_phrase("040", "hold talk with {T}")
    assert p.noun == frozenset({"talk"}) and p.prep == frozenset({"with"}) and p.target == PREP


def test_alternatives_and_particle():
    (p,) = parse_verb_phrase("163", "impose sanction|embargo on|against {T}")
    assert p.noun == frozenset({"sanction", "embargo"}) and p.prep == frozenset({"on", "against"})
    (q,) = parse_verb_phrase("082", "call ~off strike")
    assert q.particle == "off" and q.noun == frozenset({"strike"}) and q.target == NONE
    (r,) = parse_verb_phrase("080", "back ~down")
    assert r.particle == "down" and r.noun is None and r.prep is None


def test_verb_alternatives_give_one_pattern_each():
    ps = parse_verb_phrase("111", "criticize|criticise {T}")
    assert sorted(p.verb for p in ps) == ["criticise", "criticize"]
    assert all(p.phrase == "criticize|criticise {T}" for p in ps)


def test_complements_follow_the_target():
    (p,) = parse_verb_phrase("112", "accuse {T} of")
    assert p.target == DOBJ and p.complement == ("of",)
    (q,) = parse_verb_phrase("020", "call on {T} to")
    assert q.target == PREP and q.prep == frozenset({"on"}) and q.complement == ("to",)


def test_phrases_without_target():
    (p,) = parse_verb_phrase("141", "protest")
    assert p.target == NONE and p.noun is None and p.prep is None
    (q,) = parse_verb_phrase("020", "call for")
    assert q.target == NONE and q.prep == frozenset({"for"}) and q.noun is None
    (r,) = parse_verb_phrase("015", "claim responsibility for")
    assert r.noun == frozenset({"responsibility"}) and r.prep == frozenset({"for"})
    (s,) = parse_verb_phrase("040", "hold talk")
    assert s.noun == frozenset({"talk"}) and s.prep is None


def test_noun_phrases():
    (p,) = parse_noun_phrase("042", "visit to {T}")
    assert isinstance(p, NounPattern) and p.prep == frozenset({"to"}) and p.target == PREP
    (q,) = parse_noun_phrase("195", "airstrike")
    assert q.target == NONE and q.prep is None
    assert {n.noun for n in parse_noun_phrase("163", "sanction|embargo on {T}")} == {
        "sanction",
        "embargo",
    }


def test_specificity_ranks_constraints():
    def spec(phrase: str) -> int:
        return parse_verb_phrase("010", phrase)[0].specificity

    assert spec("accuse {T} of") > spec("accuse {T}") > spec("accuse")
    assert spec("impose sanction on {T}") > spec("impose {T}")
    assert spec("call ~off strike") > spec("call for")


@pytest.mark.parametrize(
    "phrase,message",
    [
        ("hold talk {T}", "needs a preposition"),
        ("Visit {T}", "lowercase"),
        ("visit {T} {T}", "more than one"),
        ("step ~up ~down", "particle"),
        ("accuse {T} of|over", "complement"),
        ("hold big talk with {T}", "too many"),
        ("call with talk", "object noun"),
        ("hold talk|x1 with {T}", "lowercase"),
        ("hold talk upto {T}", "not a preposition"),
        ("", "empty"),
        ("visit-state {T}", "lowercase"),
    ],
)
def test_bad_verb_phrases_raise(phrase, message):
    with pytest.raises(KnowledgeError, match=message) as info:
        parse_verb_phrase("042", phrase, "my.yaml")
    assert "my.yaml" in str(info.value) and "042" in str(info.value)


@pytest.mark.parametrize("phrase", ["visit {T}", "visit to {T} now", "visit to from {T}", "Visit"])
def test_bad_noun_phrases_raise(phrase):
    with pytest.raises(KnowledgeError, match="nouns.yaml: code 042"):
        parse_noun_phrase("042", phrase, "nouns.yaml")


WORDS = st.sampled_from(["visit", "talk", "hold", "with", "on", "for", "{T}", "~up", "of", "a|b"])


@given(st.lists(WORDS, min_size=1, max_size=6))
def test_parser_result_is_consistent_or_a_knowledge_error(tokens):
    phrase = " ".join(tokens)
    try:
        parsed = parse_verb_phrase("010", phrase)
    except KnowledgeError as exc:
        assert phrase in str(exc)
        return
    for p in parsed:
        assert p.target in (DOBJ, PREP, NONE)
        assert (p.target == PREP) == (p.prep is not None and "{T}" in tokens)
        assert not p.complement or p.target != NONE
        if p.target == DOBJ:
            assert p.noun is None and p.prep is None


# ----------------------------------------------------------------------------- files and sets


def _build(verbs, nouns=None, name="x.yaml"):
    return build_pattern_set([(name, verbs)], [(name, nouns or {})])


def test_error_names_file_code_and_phrase():
    with pytest.raises(KnowledgeError, match=r"x\.yaml: code 111: phrase 'slam {T} \{T\}'"):
        _build({"111": ["slam {T} {T}"]})


def test_unquoted_code_is_refused():
    with pytest.raises(KnowledgeError, match="quoted"):
        _build(yaml.safe_load("111:\n  - slam {T}\n"))


def test_unknown_code_is_refused():
    with pytest.raises(KnowledgeError, match="not in the CAMEO codebook"):
        _build({"999": ["slam {T}"]})


def test_one_reading_with_two_codes_is_refused():
    with pytest.raises(KnowledgeError, match="two codes"):
        _build({"111": ["slam {T}"], "112": ["slam|blast {T}"]})


def test_patterns_sorted_most_specific_first():
    ps = _build({"112": ["accuse", "accuse {T}", "accuse {T} of"]})
    assert [p.phrase for p in ps.verbs["accuse"]] == ["accuse {T} of", "accuse {T}", "accuse"]


def test_extra_files_add_patterns_and_win_ties(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        'verbs:\n  "042":\n    - zoom to {T}\n  "043":\n    - visit {T}\n'
        'nouns:\n  "042":\n    - sojourn in {T}\n',
        "utf-8",
    )
    ps = load_patterns([extra])
    assert ps.verbs["zoom"][0].code == "042"
    assert "sojourn" in ps.nouns
    visit_dobj = [p for p in ps.verbs["visit"] if p.target == DOBJ and not p.complement]
    assert visit_dobj[0].code == "043"
    assert load_patterns([extra]) is ps
    bad = tmp_path / "bad.yaml"
    bad.write_text('"042":\n  - zoom to {T}\n', "utf-8")
    with pytest.raises(KnowledgeError, match="top-level"):
        load_patterns([bad])


def test_packaged_dictionaries_are_large(patterns):
    phrases = sum(len(v) for v in _raw("verbs.yaml").values())
    phrases += sum(len(v) for v in _raw("nouns.yaml").values())
    assert phrases >= 600
    assert len(patterns.verbs) >= 300 and len(patterns.nouns) >= 100


def test_every_root_has_patterns(patterns):
    roots = {code[:2] for code in patterns.codes()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for root in sorted(roots):
        verb_codes = {p.code[:2] for ps in patterns.verbs.values() for p in ps}
        assert root in verb_codes, f"no verb pattern for root {root}"


def test_every_code_is_in_the_codebook(patterns):
    book = load_codebook()
    assert patterns.codes() <= {c.code for c in book}
    for code in _raw("nouns.yaml"):
        assert code in book
    for code in _raw("verbs.yaml"):
        assert code in book or code == CHARACTERIZE


def test_all_words_are_lowercase_lemmas(patterns):
    for lemma, ps in patterns.verbs.items():
        for p in ps:
            words = [p.verb, *(p.noun or ()), *(p.prep or ()), *p.complement]
            words += [p.particle] if p.particle else []
            assert all(LEMMA.match(w) for w in words), p.phrase
            assert p.verb == lemma
    for lemma, ns in patterns.nouns.items():
        for n in ns:
            assert LEMMA.match(n.noun) and n.noun == lemma
            assert all(LEMMA.match(w) for w in n.prep or ())


def test_no_phrase_is_listed_twice():
    for name in ("verbs.yaml", "nouns.yaml"):
        for code, phrases in _raw(name).items():
            assert len(phrases) == len(set(phrases)), (name, code)


def test_every_lemma_is_sorted_by_specificity(patterns):
    for ps in [*patterns.verbs.values(), *patterns.nouns.values()]:
        specs = [p.specificity for p in ps]
        assert specs == sorted(specs, reverse=True)


def test_characterize_is_separate(patterns):
    assert {"describe", "characterize", "portray", "brand", "label"} <= patterns.characterize
    assert "describe" not in patterns.verbs
    for ps in patterns.characterize_patterns.values():
        assert all(p.code == CHARACTERIZE for p in ps)


def test_key_wordings_are_coded_as_cameo_says(patterns):
    def codes(lemma: str) -> set[str]:
        return {p.code for p in patterns.verbs[lemma]}

    assert "016" in codes("deny")
    assert "012" in {p.code for p in patterns.verbs["express"] if p.noun and "concern" in p.noun}
    assert "051" in {p.code for p in patterns.verbs["express"] if p.noun and "gratitude" in p.noun}
    assert "163" in {p.code for p in patterns.verbs["impose"] if p.noun and "sanction" in p.noun}
    assert codes("visit") == {"042"}
    assert codes("arrest") == {"173"}
    assert "190" in codes("attack") and "194" in codes("shell") and "195" in codes("bomb")


def test_load_patterns_is_cached(patterns):
    assert load_patterns() is patterns


def test_patterns_are_hashable_records():
    (p,) = parse_verb_phrase("042", "visit {T}")
    assert isinstance(p, VerbPattern) and hash(p) == hash(parse_verb_phrase("042", "visit {T}")[0])


# ----------------------------------------------------------------------------- fit to spaCy


def _fits(tok, p: VerbPattern) -> bool:
    """Whether the dependency tree around ``tok`` meets the pattern's constraints (a minimal
    reading of the grammar; the event coder implements the full one)."""
    kids = list(tok.children)
    if p.particle and not any(k.dep_ in ("prt", "advmod") and k.lower_ == p.particle for k in kids):
        return False
    heads = [tok]
    if p.noun:
        objects = [k for k in kids if k.dep_ in ("dobj", "nsubjpass") and k.lemma_ in p.noun]
        if not objects:
            return False
        heads.append(objects[0])
    if p.prep:
        preps = [
            k
            for h in heads
            for k in h.children
            if k.dep_ in ("prep", "dative", "agent") and k.lower_ in p.prep
        ]
        if not preps:
            return False
        if p.target == PREP and not any(c.dep_ == "pobj" for pr in preps for c in pr.children):
            return False
    elif p.target == DOBJ and not any(k.dep_ in ("dobj", "nsubjpass") for k in kids):
        return False
    subtree = {t.lower_ for t in tok.subtree}
    return all(word in subtree for word in p.complement)


# (sentence, event lemma, expected CAMEO code of the most specific fitting pattern)
VERB_SENTENCES = [
    ("The foreign minister visited Beijing on Monday.", "visit", "042"),
    ("The delegation arrived in Ankara late on Tuesday.", "arrive", "042"),
    ("The Chancellor hosted the Polish president in Berlin.", "host", "043"),
    ("Officials from both countries held talks with the rebels in Geneva.", "hold", "040"),
    ("The envoy met with rebel commanders.", "meet", "040"),
    ("Leaders of the two nations signed a trade agreement.", "sign", "057"),
    ("The ministry condemned the bombing of the embassy.", "condemn", "111"),
    ("The government was criticized by rights groups.", "criticize", "111"),
    ("Opposition leaders accused the ruling party of fraud.", "accuse", "112"),
    ("The army was accused of abuses by villagers.", "accuse", "112"),
    ("Washington imposed new sanctions on Caracas.", "impose", "163"),
    ("Police arrested dozens of protesters in the capital.", "arrest", "173"),
    ("Three journalists were detained by security forces.", "detain", "173"),
    ("Rebels attacked a military convoy near the border.", "attack", "190"),
    ("The town was shelled overnight by artillery units.", "shell", "194"),
    ("Fighter jets bombed rebel positions.", "bomb", "195"),
    ("The minister urged both sides to show restraint.", "urge", "020"),
    ("The union called for a general strike.", "call", "020"),
    ("Thousands of people protested against the new tax law.", "protest", "141"),
    ("Students demonstrated outside parliament.", "demonstrate", "141"),
    ("The council rejected the proposal.", "reject", "120"),
    ("The spokesman denied the allegations.", "deny", "016"),
    ("The government expressed concern about the rising violence.", "express", "012"),
    ("The prime minister praised the rescue workers.", "praise", "051"),
    ("The foreign ministry thanked Japan for its support.", "thank", "051"),
    ("Tokyo expressed gratitude to the donors.", "express", "051"),
    ("The militants threatened the villagers.", "threaten", "130"),
    ("The country expelled two diplomats.", "expel", "166"),
    ("Seoul recalled its ambassador from Tokyo.", "recall", "161"),
    ("Gunmen kidnapped an aid worker.", "kidnap", "181"),
    ("The hostages were released on Friday.", "release", "0841"),
    ("The two sides declared a ceasefire.", "declare", "0871"),
    ("The authorities launched an investigation into the killings.", "launch", "090"),
    ("The regime deployed troops to the border.", "deploy", "154"),
    ("The ministry summoned the ambassador.", "summon", "114"),
    ("The minister resigned after the scandal.", "resign", "0831"),
    ("Security forces cracked down on demonstrators.", "crack", "175"),
    ("The embassy was stormed by protesters.", "storm", "190"),
    ("The court sentenced the former mayor to ten years.", "sentence", "116"),
    ("The king pardoned the jailed activists.", "pardon", "056"),
    ("Moscow vetoed the draft resolution.", "veto", "129"),
    ("Protesters blocked the main highway.", "block", "144"),
    ("The government apologized to the victims.", "apologize", "055"),
    ("Jakarta granted asylum to the dissident.", "grant", "075"),
    ("The country cut ties with Taipei.", "cut", "161"),
    ("The group claimed responsibility for the bombing.", "claim", "015"),
    ("Norway mediated between the two factions.", "mediate", "045"),
    ("The union called off the strike.", "call", "082"),
    ("Aid agencies sent food to the refugees.", "send", "073"),
    ("The two armies exchanged fire along the border.", "exchange", "193"),
    ("The president was urged by lawmakers to resign.", "urge", "020"),
    ("Police fired tear gas at the crowd.", "fire", "175"),
]

NOUN_SENTENCES = [
    ("Putin's visit to Pyongyang drew criticism.", "visit", "042"),
    ("The Russian invasion of Ukraine began in 2022.", "invasion", "190"),
    ("UN sanctions on Iran remain in force.", "sanction", "163"),
    ("The talks with Hamas stalled.", "talk", "040"),
    ("The ceasefire collapsed within hours.", "ceasefire", "0871"),
    ("The airstrike on the hospital killed nine people.", "airstrike", "195"),
    ("The arrest of the opposition leader sparked protests.", "arrest", "173"),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence,lemma,code", VERB_SENTENCES)
def test_model_lemmas_reach_the_expected_verb_pattern(nlp, patterns, sentence, lemma, code):
    doc = nlp(sentence)
    tokens = [t for t in doc if t.lemma_ == lemma and t.pos_ == "VERB"]
    assert tokens, f"no verb with lemma {lemma!r}: {[(t.text, t.lemma_, t.pos_) for t in doc]}"
    assert lemma in patterns.verbs
    fitting = [p for t in tokens for p in patterns.verbs[lemma] if _fits(t, p)]
    assert fitting, [(t.text, t.dep_, t.head.i) for t in doc]
    assert fitting[0].code == code, [(p.code, p.phrase) for p in fitting]


@pytest.mark.model
@pytest.mark.parametrize("sentence,lemma,code", NOUN_SENTENCES)
def test_model_lemmas_reach_the_expected_noun_pattern(nlp, patterns, sentence, lemma, code):
    doc = nlp(sentence)
    assert any(t.lemma_ == lemma and t.pos_ == "NOUN" for t in doc), [
        (t.text, t.lemma_, t.pos_) for t in doc
    ]
    assert code in {p.code for p in patterns.nouns[lemma]}


@pytest.mark.model
def test_model_characterize_verbs(nlp, patterns):
    doc = nlp("The rebels were described as terrorists by the government.")
    assert any(t.lemma_ in patterns.characterize for t in doc)
