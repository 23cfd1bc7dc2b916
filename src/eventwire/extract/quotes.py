"""Quotations, their speakers, and reported speech.

Three steps, each a small function:

1. ``scan_quotations(text)`` finds direct quotations from the quote marks alone, paragraph by
   paragraph (a line is a paragraph): straight and curly double quotes, curly and straight single
   quotes told apart from apostrophes (it's, Kim's, '90s), quotes inside quotes kept inside the
   outer one, and quotations that run over paragraphs (an open quote at a paragraph end continues
   when the next paragraph opens with a quote mark) cut into one part per paragraph.
2. ``find_quotes`` decides what each one is (a statement, a quoted term, a slogan) and who said
   it, from the dependency parse: the speech verb that governs it, else a speech verb beside it in
   its sentence or "according to X", else the quotation it continues.
3. Indirect speech: each speech verb outside quotation marks that has a subject and a complement
   (ccomp, xcomp or object, per speech.yaml) that is not itself a quotation.

Words (speech verbs, naming verbs, banners and signs, pronouns) live in
``knowledge/data/speech.yaml``. Speakers are ``ActorMention``s from the actor resolver; where no
mention covers the subject, ``speaker_text`` keeps the words ("a spokesman").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventwire.errors import KnowledgeError
from eventwire.extract.types import ActorMention

DIRECT = "direct"
INDIRECT = "indirect"
TERM = "term"

TERM_MAX_WORDS = 4  # a quoted phrase this short, inside a sentence, may be a term
PRONOUN_WINDOW = 2  # sentences back where an unresolved pronoun looks for its actor
SUBJECT_CLIMB = 4  # heads climbed from "saying" to the verb with the subject ("was quoted as")

# rules that decided a speaker
RULE_AFTER = "subject-of-speech-verb-after"
RULE_BEFORE = "subject-of-speech-verb-before"
RULE_NAMING = "subject-of-naming-verb"
RULE_ACCORDING = "according-to"
RULE_PRONOUN_COREF = "pronoun-coref"
RULE_PRONOUN_NEAREST = "pronoun-nearest"
RULE_PRONOUN_UNRESOLVED = "pronoun-unresolved"
RULE_CONTINUATION = "paragraph-continuation"
RULE_SAME_PARAGRAPH = "same-paragraph"
RULE_NO_SPEECH_VERB = "no-speech-verb"
RULE_NONE = "none"

# cue kinds a token can carry
SPEECH, NAMING, DISPLAY, ACCORDING = "speech", "naming", "display", "according"

_SPEECH_DATA = "speech.yaml"


# --------------------------------------------------------------------------------------------
# public records


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quotation or reported statement in one document, with its speaker and why."""

    char_start: int
    char_end: int
    text: str
    kind: str  # "direct" | "indirect" | "term"
    sentence: int  # index in list(doc.sents) of the sentence where the quote starts
    speaker: ActorMention | None
    speaker_text: str | None  # the words naming the speaker when no ActorMention covers them
    speaker_span: tuple[int, int] | None  # char span of those words
    rule: str  # which rule decided the speaker


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """One direct quotation, or one paragraph's part of it, as its quote marks delimit it."""

    start: int  # first character of the quoted words
    end: int  # end (exclusive) of the quoted words, trailing comma and spaces trimmed
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when it runs to the paragraph end
    continues: bool  # this part continues the quotation left open by the previous paragraph


# --------------------------------------------------------------------------------------------
# the speech lexicon (speech.yaml)


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """How one speech verb reports speech: which dependents hold what was said."""

    lemma: str
    content: tuple[str, ...] = ("ccomp",)  # dep labels, or "prep:of" for a preposition
    requires: tuple[str, ...] = ()  # particles/prepositions without which it is no speech verb
    needs: tuple[str, ...] = ()  # content dependents one of which must be present


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    verbs: Mapping[str, SpeechVerb]
    naming_verbs: frozenset[str]
    display_verbs: frozenset[str]
    display_nouns: frozenset[str]
    scare_markers: tuple[str, ...]
    pronouns: Mapping[str, frozenset[str]]  # pronoun -> actor kinds it may stand for
    relative_pronouns: frozenset[str]


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise KnowledgeError(f"{_SPEECH_DATA}: {key!r} must be a list of words", code="E310")
    return frozenset(w.lower() for w in value)


def _speech_verb(lemma: str, spec: Any) -> SpeechVerb:
    if spec is None:
        spec = {}
    if not isinstance(spec, Mapping) or set(spec) - {"content", "requires", "needs"}:
        raise KnowledgeError(
            f"{_SPEECH_DATA}: speech verb {lemma!r} takes only content, requires, needs",
            code="E311",
        )
    fields: dict[str, tuple[str, ...]] = {}
    for key in ("content", "requires", "needs"):
        if key in spec:
            items = spec[key]
            if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                raise KnowledgeError(
                    f"{_SPEECH_DATA}: {lemma}.{key} must be a list of strings", code="E311"
                )
            fields[key] = tuple(items)
    return SpeechVerb(lemma=lemma, **fields)


def parse_speech_lexicon(data: Any) -> SpeechLexicon:
    """Build the lexicon from the parsed YAML; a malformed file raises ``KnowledgeError``."""
    if not isinstance(data, Mapping) or not isinstance(data.get("speech_verbs"), Mapping):
        raise KnowledgeError(f"{_SPEECH_DATA}: needs a 'speech_verbs' mapping", code="E310")
    pronouns = data.get("pronoun_speakers")
    if not isinstance(pronouns, Mapping):
        raise KnowledgeError(f"{_SPEECH_DATA}: needs a 'pronoun_speakers' mapping", code="E310")
    return SpeechLexicon(
        verbs={
            str(k).lower(): _speech_verb(str(k).lower(), v) for k, v in data["speech_verbs"].items()
        },
        naming_verbs=_words(data, "naming_verbs"),
        display_verbs=_words(data, "display_verbs"),
        display_nouns=_words(data, "display_nouns"),
        scare_markers=tuple(sorted(_words(data, "scare_markers"), key=len, reverse=True)),
        pronouns={str(p).lower(): _words(pronouns, p) for p in pronouns},
        relative_pronouns=_words(data, "relative_pronouns"),
    )


@lru_cache(maxsize=1)
def load_speech_lexicon() -> SpeechLexicon:
    """The speech lexicon shipped in knowledge/data/speech.yaml, read once per process."""
    path = resources.files("eventwire.knowledge").joinpath("data", _SPEECH_DATA)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {_SPEECH_DATA}: {exc}", code="E310") from exc
    return parse_speech_lexicon(data)


# --------------------------------------------------------------------------------------------
# step 1: quote marks


_MARK_RE = re.compile("[\"'\u201c\u201d\u2018\u2019]")
_PARAGRAPH_RE = re.compile(r"[^\r\n\u2029]+")
_OPEN_D, _CLOSE_D, _OPEN_S, _CLOSE_S = "\u201c", "\u201d", "\u2018", "\u2019"
# after an opening-position single mark these are elisions, not quotes: '90s, 'em, 'tis, 'n'
_ELISION_RE = re.compile(r"(?:\d\d?s?\b|em\b|tis\b|til\b|twas\b|n\W)", re.IGNORECASE)
_NO_OPEN_AFTER = ".,;:!?%)]}"
# "VINA DEL MAR (Wire) — ", "WASHINGTON, D.C. (AP) - ": the dateline that opens a story
_DATELINE_RE = re.compile(
    r"[ \t]*[A-Z][A-Z.'\u2019]+(?:[ ,/-]+[A-Z][A-Z.'\u2019]*)*\s*(?:\([^)\n]{1,40}\))?\s*"
    r"(?:\u2014|\u2013|--?)\s+"
)


def _mark_role(text: str, i: int) -> str:
    """What the mark at ``i`` does: open_d, close_d, toggle_d, open_s, close_s or none.

    A single mark between letters is an apostrophe (it's, Kim's); one after a space that starts an
    elision ('90s, 'em) is one too; a right mark after a word may close a single quote or be a
    plural possessive (leaders'), which the paragraph scan decides.
    """
    mark = text[i]
    if mark == _OPEN_D:
        return "open_d"
    if mark == _CLOSE_D:
        return "close_d"
    if mark == '"':
        return "toggle_d"
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return "none"
    if not prev.isalnum() and prev not in _NO_OPEN_AFTER and not nxt.isspace():
        if mark == _CLOSE_S or _ELISION_RE.match(text, i + 1):
            return "none"
        return "open_s"
    if mark != _OPEN_S and not prev.isspace():
        return "close_s"
    return "none"


def _is_possessive_s(text: str, i: int) -> bool:
    """``leaders' summit``: a right mark after -s followed by a word may be a plural possessive."""
    return (
        i > 0
        and text[i - 1] in "sS"
        and i + 2 < len(text)
        and text[i + 1] == " "
        and (text[i + 2].isalpha())
    )


def _scan_paragraph(text: str, start: int, end: int) -> list[tuple[int, int | None, str]]:
    """Outermost quotations in one paragraph as (open mark, close mark or None, "d" | "s")."""
    marks = [(m.start(), _mark_role(text, m.start())) for m in _MARK_RE.finditer(text, start, end)]
    marks = [(pos, role) for pos, role in marks if role != "none"]
    found: list[tuple[int, int | None, str]] = []
    state: str | None = None
    open_at = depth = 0
    for n, (pos, role) in enumerate(marks):
        if state is None:
            if role in ("open_d", "toggle_d", "open_s"):
                state, open_at, depth = role[-1], pos, 0
        elif state == "d":
            if role == "open_d":
                depth += 1
            elif role == "close_d" and depth:
                depth -= 1
            elif role in ("close_d", "toggle_d"):
                found.append((open_at, pos, "d"))
                state = None
        elif role == "open_s":
            depth += 1
        elif role == "close_s":
            if depth:
                depth -= 1
            elif not (_is_possessive_s(text, pos) and _closes_later(marks, n)):
                found.append((open_at, pos, "s"))
                state = None
    if state is not None:
        found.append((open_at, None, state))
    return found


def _closes_later(marks: list[tuple[int, str]], n: int) -> bool:
    """Whether a single quote could still close after mark ``n`` (before any new opening)."""
    for _, role in marks[n + 1 :]:
        if role == "close_s":
            return True
        if role == "open_s":
            return False
    return False


def _opening_kind(text: str, start: int, end: int) -> str | None:
    """ "d" or "s" when the paragraph opens with a quote mark, else None."""
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    if first >= end or not _MARK_RE.match(text, first):
        return None
    role = _mark_role(text, first)
    return role[-1] if role in ("open_d", "toggle_d", "open_s") else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Quoted words without surrounding spaces or the comma that hands over to "he said"."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]


def scan_quotations(text: str) -> list[QuoteMarks]:
    """Direct quotations in ``text`` from the quote marks, in order, never across a line break.

    An unclosed double quote runs to the end of its paragraph; an unclosed single quote counts only
    when the next paragraph opens with a single quote (otherwise the mark was an apostrophe).
    """
    paragraphs = _paragraphs(text)
    out: list[QuoteMarks] = []
    left_open: str | None = None  # kind of quote the previous paragraph left open
    for p, (start, end) in enumerate(paragraphs):
        found = _scan_paragraph(text, start, end)
        opening = _opening_kind(text, start, end)
        following = _opening_kind(text, *paragraphs[p + 1]) if p + 1 < len(paragraphs) else None
        for n, (open_at, close_at, kind) in enumerate(found):
            if close_at is None and kind == "s" and following != "s":
                continue
            q_start, q_end = _trimmed(text, open_at + 1, end if close_at is None else close_at)
            if not any(c.isalnum() for c in text[q_start:q_end]):
                continue
            continues = n == 0 and left_open == kind and opening == kind
            out.append(QuoteMarks(q_start, q_end, open_at, close_at, continues))
        last = found[-1] if found else None
        left_open = last[2] if last and last[1] is None else None
    return out


# --------------------------------------------------------------------------------------------
# per-document context


_CUE_MATCHERS: dict[int, tuple[Vocab, Matcher]] = {}


def _cue_matcher(vocab: Vocab, lex: SpeechLexicon) -> Matcher:
    """One Matcher per vocab that finds speech, naming and display words and "according to"."""
    cached = _CUE_MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    matcher = Matcher(vocab)
    matcher.add(SPEECH, [[{"LEMMA": {"IN": sorted(lex.verbs)}, "POS": "VERB"}]])
    matcher.add(NAMING, [[{"LEMMA": {"IN": sorted(lex.naming_verbs)}, "POS": "VERB"}]])
    matcher.add(
        DISPLAY,
        [
            [{"LEMMA": {"IN": sorted(lex.display_verbs)}, "POS": "VERB"}],
            [{"LEMMA": {"IN": sorted(lex.display_nouns)}, "POS": {"IN": ["NOUN", "PROPN"]}}],
        ],
    )
    matcher.add(ACCORDING, [[{"LOWER": "according"}, {"LOWER": "to"}]])
    _CUE_MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def _has_particle(tok: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ in ("prep", "prt") and c.lower_ in words for c in tok.children)


def _cues(doc: Doc, lex: SpeechLexicon) -> dict[int, str]:
    """Token index -> cue kind for every speech, naming and display word and "according"."""
    labels: dict[int, set[str]] = {}
    for match_id, start, _ in _cue_matcher(doc.vocab, lex)(doc):
        labels.setdefault(start, set()).add(doc.vocab.strings[match_id])
    cues: dict[int, str] = {}
    for i, found in labels.items():
        tok = doc[i]
        verb = lex.verbs.get(tok.lemma_.lower())
        if ACCORDING in found:
            cues[i] = ACCORDING
        elif SPEECH in found and verb and (not verb.requires or _has_particle(tok, verb.requires)):
            cues[i] = SPEECH
        elif NAMING in found:
            cues[i] = NAMING
        elif DISPLAY in found and not any(c.dep_ == "poss" for c in tok.children):
            cues[i] = DISPLAY
    return cues


@dataclass(slots=True)
class _Speaker:
    mention: ActorMention | None
    text: str | None
    span: tuple[int, int] | None
    rule: str


_NO_SPEAKER = _Speaker(None, None, None, RULE_NONE)


class _Context:
    """Indexes of one document that every rule consults: tokens, sentences, quotes, mentions."""

    def __init__(self, doc: Doc, actors: Sequence[ActorMention], lex: SpeechLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.token_starts = doc.to_array("IDX").tolist()
        self.sent_starts = [s.start_char for s in doc.sents] or [0]
        self.paragraphs = _paragraphs(self.text)
        self.para_starts = [p[0] for p in self.paragraphs] or [0]
        self.dateline_ends = [self._dateline_end(p) for p in self.paragraphs]
        self.marks = scan_quotations(self.text)
        self.outer = [self._outer_tokens(q) for q in self.marks]
        self.outer_starts = [s for s, _ in self.outer]
        self.cues = _cues(doc, lex)
        self.actors = sorted(actors, key=lambda m: (m.char_start, -m.char_end))
        self.covering: dict[int, list[ActorMention]] = {}
        for m in self.actors:
            for i in range(m.start, m.end):
                self.covering.setdefault(i, []).append(m)

    # positions
    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.token_starts, char) - 1)

    def sentence_of(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect_right(self.para_starts, char) - 1)

    def _dateline_end(self, paragraph: tuple[int, int]) -> int:
        found = _DATELINE_RE.match(self.text, paragraph[0], paragraph[1])
        return found.end() if found else paragraph[0]

    def in_dateline(self, char: int) -> bool:
        return char < self.dateline_ends[self.paragraph_of(char)] if self.paragraphs else False

    def _outer_tokens(self, q: QuoteMarks) -> tuple[int, int]:
        last = q.close_at if q.close_at is not None else q.end - 1
        return self.token_at(q.open_at), self.token_at(last) + 1

    def quote_of_token(self, i: int) -> int | None:
        """Index of the quotation whose marks enclose token ``i``, if any."""
        n = bisect_right(self.outer_starts, i) - 1
        return n if n >= 0 and self.outer[n][0] <= i < self.outer[n][1] else None

    def sentence_tokens(self, char: int) -> tuple[int, int]:
        sent = self.doc[self.token_at(char)].sent
        return sent.start, sent.end

    # actors
    def mention_covering(self, i: int) -> ActorMention | None:
        found = self.covering.get(i)
        if not found:
            return None
        heads = [m for m in found if m.head == i]
        return heads[0] if heads else max(found, key=lambda m: m.end - m.start)


# --------------------------------------------------------------------------------------------
# speakers


def _climb_to_subject(verb: Token, lex: SpeechLexicon) -> Token | None:
    """The subject of a speech verb, climbing "smiled and said", "went on to say",
    "was quoted as saying" and "..., adding that" to the verb that has it."""
    v = verb
    for _ in range(SUBJECT_CLIMB):
        subjects = [
            c
            for c in v.children
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and v.lemma_ == "quote")
        ]
        if subjects:
            # two subjects happen when a dateline is parsed as one: the real one is nearer
            child = min(subjects, key=lambda c: abs(c.i - v.i))
            if child.lower_ in lex.relative_pronouns and v.dep_ == "relcl":
                return v.head
            return child
        if v.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or v.head.i == v.i:
            return None
        if v.dep_ == "advcl" and v.tag_ == "VBN":
            return None  # "Asked whether ..., Ruto said": the one asked is not the asker
        v = _outer_speech_verb(v, lex) or v.head
    return None


def _outer_speech_verb(verb: Token, lex: SpeechLexicon) -> Token | None:
    """ "X said the deal was illegal and called for ...": the parser often joins "called" to
    "was" inside the reported clause; a speech verb there goes with the outer speech verb."""
    head = verb.head
    if verb.dep_ == "conj" and verb.lemma_ in lex.verbs and head.dep_ == "ccomp":
        outer = head.head
        if outer.lemma_ in lex.verbs and outer.i != head.i:
            return outer
    return None


def _according_object(tok: Token) -> Token | None:
    """X in "according to X"."""
    for to in tok.children:
        if to.lower_ == "to":
            return next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        return next((c for c in nxt.children if c.dep_ == "pobj"), None)
    return None


_PHRASE_RIGHT_DEPS = frozenset({"prep", "pobj", "compound", "flat", "amod", "nummod", "poss"})


def _subject_phrase(head: Token) -> tuple[int, int]:
    """Token range of the words naming the speaker: the subject without its clauses."""
    right = head.i
    for child in head.rights:
        if child.dep_ in _PHRASE_RIGHT_DEPS:
            right = max(right, child.right_edge.i)
    left = head.left_edge.i
    while left < head.i and (head.doc[left].is_punct or head.doc[left].is_space):
        left += 1
    return left, right + 1


def _is_main_subject(ctx: _Context, m: ActorMention) -> bool:
    """The mention is (in apposition to) the subject of a main clause or of a speech verb, not a
    word inside a reported clause: the usual antecedent of "he said" in news."""
    doc = ctx.doc
    tok = doc[m.head] if 0 <= m.head < len(doc) else doc[m.start]
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return verb.dep_ in ("ROOT", "conj") or ctx.cues.get(verb.i) == SPEECH


def _nearest_preceding(ctx: _Context, tok: Token, kinds: frozenset[str]) -> ActorMention | None:
    """The closest mention before ``tok`` in this and the previous two sentences, outside quotes;
    a main-clause subject is preferred to a mention inside a clause ("Peskov said Putin would
    come. 'It matters,' he added" is Peskov)."""
    first_sent = max(0, ctx.sentence_of(tok.idx) - PRONOUN_WINDOW)
    lo = ctx.sent_starts[first_sent]
    candidates = [
        m
        for m in ctx.actors
        if lo <= m.char_start
        and m.char_end <= tok.idx
        and m.kind in kinds
        and ctx.quote_of_token(m.start) is None
    ]
    subjects = [m for m in candidates if _is_main_subject(ctx, m)]
    pool = subjects or candidates
    return max(pool, key=lambda m: m.char_end) if pool else None


def _past_dateline(ctx: _Context, head: Token) -> Token:
    """The parser takes a dateline ("HANOI (Wire) — President X said") for the subject, with the
    real subject as its apposition: use that."""
    if not ctx.in_dateline(head.idx):
        return head
    for child in head.children:
        if child.dep_ == "appos" and not ctx.in_dateline(child.idx):
            return child
    return head


def _resolve_speaker(ctx: _Context, head: Token, rule: str) -> _Speaker:
    """Turn the head of a speaker phrase into a mention, or keep its words."""
    lex = ctx.lex
    head = _past_dateline(ctx, head)
    covering = ctx.mention_covering(head.i)
    is_pronoun = head.pos_ == "PRON" and head.lower_ in lex.pronouns
    if covering is not None:
        return _Speaker(covering, None, None, RULE_PRONOUN_COREF if is_pronoun else rule)
    span = (head.idx, head.idx + len(head.text))
    if is_pronoun:
        nearest = _nearest_preceding(ctx, head, lex.pronouns[head.lower_])
        if nearest is not None:
            return _Speaker(nearest, None, None, RULE_PRONOUN_NEAREST)
        return _Speaker(None, head.text, span, RULE_PRONOUN_UNRESOLVED)
    for child in head.children:
        named = ctx.mention_covering(child.i) if child.dep_ == "appos" else None
        if named is not None:  # "the agency's director, Jane Doe, said": the apposition
            return _Speaker(named, None, None, rule)
    left, right = _subject_phrase(head)
    inside = [m for m in ctx.actors if left <= m.start and m.end <= right]
    words = ctx.doc[left:right]
    span = (words.start_char, words.end_char)
    if inside:
        nearest = min(inside, key=lambda m: abs((m.head if m.head >= 0 else m.start) - head.i))
        return _Speaker(nearest, words.text, span, rule)
    return _Speaker(None, words.text, span, rule)


def _speaker_of_cue(ctx: _Context, tok: Token, kind: str, rule: str) -> _Speaker | None:
    """Speaker named by a cue word: the subject of a speech/naming verb, X of "according to X",
    nobody for a banner. None when the cue names no one (a speech verb without subject)."""
    if kind == DISPLAY:
        return _Speaker(None, None, None, RULE_NO_SPEECH_VERB)
    if kind == ACCORDING:
        obj = _according_object(tok)
        return _resolve_speaker(ctx, obj, RULE_ACCORDING) if obj is not None else None
    subject = _climb_to_subject(tok, ctx.lex)
    if subject is None:
        return None
    return _resolve_speaker(ctx, subject, RULE_NAMING if kind == NAMING else rule)


# --------------------------------------------------------------------------------------------
# step 2: direct quotations


def _governing_cue(ctx: _Context, n: int, ts: int, te: int) -> tuple[str, Token] | None:
    """The nearest cue word above the quotation in the parse (its governing verb or noun)."""
    doc = ctx.doc
    lo, hi = ctx.outer[n]
    best: tuple[int, str, Token] | None = None
    for tok in doc[ts:te]:
        if tok.is_punct or tok.is_space or (lo <= tok.head.i < hi and tok.head.i != tok.i):
            continue
        h, steps = tok, 0
        while h.head.i != h.i:
            h, steps = h.head, steps + 1
            if lo <= h.i < hi or ctx.quote_of_token(h.i) is not None:
                continue
            kind = ctx.cues.get(h.i)
            if kind in (SPEECH, NAMING, DISPLAY):
                if best is None or steps < best[0]:
                    best = (steps, kind, h)
                break
    return (best[1], best[2]) if best else None


def _window_cues(ctx: _Context, n: int, before: bool) -> Iterator[tuple[str, Token]]:
    """Cue words beside quotation ``n`` in its sentence, nearest first, up to another quotation."""
    lo, hi = ctx.outer[n]
    q = ctx.marks[n]
    if before:
        s_lo, _ = ctx.sentence_tokens(q.open_at)
        indices: range = range(lo - 1, s_lo - 1, -1)
    else:
        if q.close_at is None:
            return
        _, s_hi = ctx.sentence_tokens(q.close_at)
        indices = range(hi, s_hi)
    for i in indices:
        if ctx.quote_of_token(i) is not None:
            return
        kind = ctx.cues.get(i)
        if kind in (SPEECH, ACCORDING, DISPLAY):
            yield kind, ctx.doc[i]


def _previous_sentence_cues(ctx: _Context, n: int) -> Iterator[tuple[str, Token]]:
    """Cues of the sentence before a quotation when it ends with a colon ("He told reporters:")."""
    q = ctx.marks[n]
    sent = ctx.sentence_of(q.open_at)
    if sent == 0:
        return
    prev = ctx.doc[ctx.token_at(ctx.sent_starts[sent] - 1)].sent
    words = [t for t in prev if not t.is_space]
    if not words or words[-1].text != ":":
        return
    for tok in reversed(words):
        kind = ctx.cues.get(tok.i)
        if kind in (SPEECH, ACCORDING) and ctx.quote_of_token(tok.i) is None:
            yield kind, tok


def _starts_sentence(ctx: _Context, n: int) -> bool:
    """No words of its sentence stand before the quotation."""
    lo, _ = ctx.outer[n]
    s_lo, _ = ctx.sentence_tokens(ctx.marks[n].open_at)
    return all(t.is_punct or t.is_space for t in ctx.doc[s_lo:lo])


def _introduced_by_punctuation(ctx: _Context, n: int) -> bool:
    """A colon or comma right before the quotation hands over from a speech verb ("said: “No.”")."""
    lo, _ = ctx.outer[n]
    prev = next((t for t in reversed(ctx.doc[:lo]) if not t.is_space), None)
    return prev is not None and prev.text in (":", ",")


def _scare_marked(ctx: _Context, q: QuoteMarks) -> bool:
    before = ctx.text[max(0, q.open_at - 20) : q.open_at].lower().rstrip()
    return any(before.endswith(marker) for marker in ctx.lex.scare_markers)


def _first_speaker(ctx: _Context, cues: Iterator[tuple[str, Token]], rule: str) -> _Speaker | None:
    for kind, tok in cues:
        speaker = _speaker_of_cue(ctx, tok, kind, rule)
        if speaker is not None:
            return speaker
    return None


def _side(ctx: _Context, tok: Token, n: int) -> str:
    return RULE_AFTER if tok.i >= ctx.outer[n][1] else RULE_BEFORE


def _attribute(ctx: _Context, n: int) -> tuple[str, _Speaker | None]:
    """Kind of quotation ``n`` and the speaker its own sentence gives (None: look elsewhere)."""
    q = ctx.marks[n]
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    ts, te = (span.start, span.end) if span is not None else ctx.outer[n]
    words = sum(1 for t in ctx.doc[ts:te] if not (t.is_punct or t.is_space))
    governing = _governing_cue(ctx, n, ts, te)
    gov_speaker = None
    if governing is not None:
        kind, tok = governing
        gov_speaker = _speaker_of_cue(ctx, tok, kind, _side(ctx, tok, n))
        if kind == DISPLAY:
            return DIRECT, gov_speaker
    embedded = (
        words <= TERM_MAX_WORDS
        and not q.continues
        and q.close_at is not None
        and not _starts_sentence(ctx, n)
    )
    if embedded:
        if _scare_marked(ctx, q) or governing is None or governing[0] == NAMING:
            return TERM, gov_speaker
        if gov_speaker is not None:
            return DIRECT, gov_speaker
        if _introduced_by_punctuation(ctx, n):
            return DIRECT, _first_speaker(ctx, _window_cues(ctx, n, True), RULE_BEFORE)
        return TERM, None
    if gov_speaker is not None:
        return DIRECT, gov_speaker
    speaker = (
        _first_speaker(ctx, _window_cues(ctx, n, False), RULE_AFTER)
        or _first_speaker(ctx, _window_cues(ctx, n, True), RULE_BEFORE)
        or _first_speaker(ctx, _previous_sentence_cues(ctx, n), RULE_BEFORE)
    )
    return DIRECT, speaker


def _as(speaker: _Speaker, rule: str) -> _Speaker:
    return _Speaker(speaker.mention, speaker.text, speaker.span, rule)


def _named(speaker: _Speaker | None) -> bool:
    return speaker is not None and (speaker.mention is not None or speaker.text is not None)


def _borrowed_speaker(
    ctx: _Context, n: int, speakers: list[_Speaker | None], kinds: list[str]
) -> _Speaker | None:
    """A statement with no speech verb of its own: the speaker of the quotation it continues."""
    q = ctx.marks[n]
    if n == 0:
        return None
    prev = n - 1
    if q.continues and _named(speakers[prev]):
        return _as(speakers[prev], RULE_CONTINUATION)  # type: ignore[arg-type]
    para = ctx.paragraph_of(q.open_at)
    p_start = ctx.paragraphs[para][0]
    starts_paragraph = not ctx.text[p_start : q.open_at].strip()
    if starts_paragraph and para > 0:
        # the previous paragraph must end with a quotation: its last sentence holds one
        p_end = ctx.paragraphs[para - 1][1]
        last_sent = ctx.sentence_of(p_end - 1)
        for m in range(prev, -1, -1):
            if ctx.paragraph_of(ctx.marks[m].open_at) != para - 1 or kinds[m] != DIRECT:
                continue
            ends_there = ctx.sentence_of(ctx.marks[m].end - 1) == last_sent
            if ends_there and _named(speakers[m]):
                return _as(speakers[m], RULE_CONTINUATION)  # type: ignore[arg-type]
            break
    if _starts_sentence(ctx, n):
        for m in range(prev, -1, -1):
            if ctx.paragraph_of(ctx.marks[m].open_at) != para:
                break
            if kinds[m] == DIRECT and _named(speakers[m]):
                return _as(speakers[m], RULE_SAME_PARAGRAPH)  # type: ignore[arg-type]
    return None


def _backfill_chains(ctx: _Context, speakers: list[_Speaker | None], kinds: list[str]) -> None:
    """Parts of a many-paragraph quotation said before its attribution take its speaker."""
    for n in range(len(ctx.marks) - 2, -1, -1):
        follows = ctx.marks[n + 1].continues and _named(speakers[n + 1])
        if follows and kinds[n] == DIRECT and not _named(speakers[n]):
            speakers[n] = _as(speakers[n + 1], RULE_CONTINUATION)  # type: ignore[arg-type]


def _direct_quotes(ctx: _Context) -> list[FoundQuote]:
    kinds: list[str] = []
    speakers: list[_Speaker | None] = []
    for n in range(len(ctx.marks)):
        kind, speaker = _attribute(ctx, n)
        if kind == DIRECT and speaker is None:
            speaker = _borrowed_speaker(ctx, n, speakers, kinds)
        kinds.append(kind)
        speakers.append(speaker)
    _backfill_chains(ctx, speakers, kinds)
    out = []
    for q, kind, speaker in zip(ctx.marks, kinds, speakers, strict=True):
        s = speaker or _NO_SPEAKER
        out.append(
            FoundQuote(
                char_start=q.start,
                char_end=q.end,
                text=ctx.text[q.start : q.end],
                kind=kind,
                sentence=ctx.sentence_of(q.start),
                speaker=s.mention,
                speaker_text=s.text,
                speaker_span=s.span,
                rule=s.rule,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# step 3: indirect speech


def _that_clause_on_object(verb: Token) -> list[Token]:
    """ "told the summit that India wanted ...": the parser often hangs the that-clause on the
    object as a relative clause; one with its own subject is the reported clause."""
    found = []
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for clause in obj.children:
            deps = {c.dep_ for c in clause.children if c.i > obj.i}
            marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            if clause.dep_ == "relcl" and marked and "nsubj" in deps:
                found.append(clause)
    return found


def _content_children(verb: Token, spec: SpeechVerb) -> list[Token]:
    chosen = [] if "ccomp" not in spec.content else _that_clause_on_object(verb)
    for child in verb.children:
        for dep in spec.content:
            if dep.startswith("prep:"):
                if child.dep_ in ("prep", "prt") and child.lower_ == dep[5:]:
                    chosen.append(child)
            elif child.dep_ == dep:
                chosen.append(child)
    return chosen


def _needs_met(verb: Token, spec: SpeechVerb, chosen: list[Token]) -> bool:
    if not spec.needs:
        return True
    for need in spec.needs:
        if need.startswith("prep:"):
            if any(c.dep_ in ("prep", "prt") and c.lower_ == need[5:] for c in chosen):
                return True
        elif any(c.dep_ == need for c in chosen):
            return True
    return False


def _one_side(verb: Token, chosen: list[Token]) -> list[Token]:
    """Keep the content on one side of the verb, the side with the most words."""
    left = [c for c in chosen if c.i < verb.i]
    right = [c for c in chosen if c.i > verb.i]
    if not left or not right:
        return chosen
    size = sum(len(list(c.subtree)) for c in left) - sum(len(list(c.subtree)) for c in right)
    return left if size > 0 else right


def _trim_tokens(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Drop the complementizer "that" and edge punctuation from a reported clause."""
    while lo < hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or (doc[lo].lower_ == "that" and (doc[lo].pos_ == "SCONJ" or doc[lo].dep_ == "mark"))
    ):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    return lo, hi


def _substantial(doc: Doc, lo: int, hi: int) -> bool:
    """A reported clause says something: not just "it" or "so"."""
    return any(t.pos_ not in ("PRON", "DET", "PUNCT", "SPACE", "ADV", "PART") for t in doc[lo:hi])


def _mostly_quoted(ctx: _Context, start: int, end: int) -> bool:
    """Half or more of the characters lie inside direct quotation marks."""
    covered = 0
    for q in ctx.marks:
        q_lo, q_hi = q.open_at, (q.close_at + 1 if q.close_at is not None else q.end)
        covered += max(0, min(end, q_hi) - max(start, q_lo))
    return covered * 2 >= end - start


def _joined_speech(ctx: _Context, clause: Token) -> list[Token]:
    """Speech verbs joined to a reported clause ("... was illegal and called for ...")."""
    return [k for k in clause.children if k.dep_ == "conj" and ctx.cues.get(k.i) == SPEECH]


def _reported_clause(ctx: _Context, tok: Token, kind: str) -> tuple[int, int] | None:
    """Token range of what a speech verb or "according to" reports."""
    doc = ctx.doc
    if kind == ACCORDING:
        head = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.sent.root
        if head.i == tok.i:
            return None
        a_lo, a_hi = tok.left_edge.i, tok.right_edge.i + 1
        h_lo, h_hi = head.left_edge.i, head.right_edge.i + 1
        if a_lo <= h_lo:
            return a_hi, h_hi
        if a_hi >= h_hi - 1:
            return h_lo, a_lo
        return h_lo, h_hi
    spec = ctx.lex.verbs[tok.lemma_.lower()]
    chosen = _content_children(tok, spec)
    if not chosen or not _needs_met(tok, spec, chosen):
        return None
    chosen = _one_side(tok, chosen)
    if any(ctx.cues.get(c.i) == SPEECH for c in chosen):
        return None  # "X said Y told him ...": Y's statement is reported on its own
    lo, hi = min(c.left_edge.i for c in chosen), max(c.right_edge.i for c in chosen) + 1
    hi = min([hi] + [k.left_edge.i for c in chosen for k in _joined_speech(ctx, c)])
    if doc[lo].dep_ == "prep" and doc[lo].head.i == tok.i and hi - lo > 1:
        lo += 1  # "called for calm" reports "calm"
    return lo, hi


def _indirect_quotes(ctx: _Context) -> list[FoundQuote]:
    doc = ctx.doc
    out: list[FoundQuote] = []
    for i, kind in sorted(ctx.cues.items()):
        if kind not in (SPEECH, ACCORDING) or ctx.quote_of_token(i) is not None:
            continue
        tok = doc[i]
        clause = _reported_clause(ctx, tok, kind)
        if clause is None:
            continue
        lo, hi = _trim_tokens(doc, *clause)
        if lo >= hi or not _substantial(doc, lo, hi):
            continue
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        if _mostly_quoted(ctx, start, end):
            continue
        rule = RULE_AFTER if i >= hi else RULE_BEFORE
        speaker = _speaker_of_cue(ctx, tok, kind, rule)
        if not _named(speaker):
            continue
        assert speaker is not None
        out.append(
            FoundQuote(
                char_start=start,
                char_end=end,
                text=ctx.text[start:end],
                kind=INDIRECT,
                sentence=ctx.sentence_of(start),
                speaker=speaker.mention,
                speaker_text=speaker.text,
                speaker_span=speaker.span,
                rule=speaker.rule,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# entry point


def find_quotes(doc: Doc, actors: Sequence[ActorMention]) -> list[FoundQuote]:
    """Direct quotations, quoted terms and reported statements of ``doc``, in text order, each
    with its speaker among ``actors`` (from the actor resolver) and the rule that chose it."""
    if not doc.text.strip():
        return []
    ctx = _Context(doc, actors, load_speech_lexicon())
    found = _direct_quotes(ctx) + _indirect_quotes(ctx)
    return sorted(found, key=lambda q: (q.char_start, q.char_end, q.kind))


__all__ = [
    "DIRECT",
    "INDIRECT",
    "TERM",
    "FoundQuote",
    "QuoteMarks",
    "SpeechLexicon",
    "SpeechVerb",
    "find_quotes",
    "load_speech_lexicon",
    "parse_speech_lexicon",
    "scan_quotations",
]
