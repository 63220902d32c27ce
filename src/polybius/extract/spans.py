"""Small helpers over spaCy tokens: evidence spans and readable noun phrases."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from polybius.model import Evidence

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "cc", "mark", "prep", "case"})
LEADING_DROP = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})


_ENTS: list[tuple[Doc, tuple[Span, ...], list[int]]] = []
_TOKENS: list[tuple[Doc, list[Token]]] = []
QUOTE_MARKS = ('"', "\u201c", "\u201d")
T = TypeVar("T")


def per_doc(doc: Doc, key: str, build: Callable[[], T]) -> T:
    """A value built once per Doc and kept in its user_data under `key` (rules ask for it sentence by sentence)."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = build()
    return found


def inside_quote(text: str, start: int, at: int) -> bool:
    """Is position `at` inside a quotation opened after `start` (an odd number of quotation marks between them)?"""
    return sum(text.count(q, start, at) for q in QUOTE_MARKS) % 2 == 1


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, built once per Doc: iterating a Doc makes a new Token object for every word each time,
    and rules that scan the whole text (event triggers, untagged places) did so a dozen times."""
    if not _TOKENS or _TOKENS[0][0] is not doc:
        _TOKENS[:] = [(doc, list(doc))]
    return _TOKENS[0][1]


def span_tokens(span: Span) -> list[Token]:
    """The span's tokens from the one-per-Doc list: iterating a Span builds every Token anew, and statement and
    participant rules scan each sentence many times."""
    return tokens(span.doc)[span.start : span.end]


def entities(where: Doc | Span) -> tuple[Span, ...]:
    """The named entities of a Doc or of a span of it, from one list per Doc: spaCy builds a Span for
    every entity of the document on each `.ents`, which made sentence-by-sentence reads quadratic."""
    doc = where if isinstance(where, Doc) else where.doc
    if not _ENTS or _ENTS[0][0] is not doc:
        ents = tuple(doc.ents)
        _ENTS[:] = [(doc, ents, [e.start for e in ents])]
    _, ents, starts = _ENTS[0]
    if where is doc:
        return ents
    inside = []
    for ent in ents[bisect_left(starts, where.start) :]:
        if ent.end > where.end:
            break
        inside.append(ent)
    return tuple(inside)


def parsed_text(doc: Doc) -> str:
    """The text the model read (truecased for a case-less document), built once per Doc."""
    return per_doc(doc, "polybius_parsed_text", lambda: doc.text)


def span_text(span: Span) -> str:
    """The span's text as `span.text` gives it, sliced from the one parsed-text join per Doc (`span.text` joins
    the span's tokens anew on every read)."""
    return parsed_text(span.doc)[span.start_char : span.end_char]


def doc_text(doc: Doc) -> str:
    """The document text: the original of a truecased document, else the parsed text (spaCy joins every token on
    each `doc.text`, so both share one join per Doc)."""
    text = doc.user_data.get("polybius_text")
    return parsed_text(doc) if text is None else text


def according_to_sources(sent: Span) -> Iterator[tuple[Token, Token | None]]:
    """Each 'according to X' in the sentence: the word 'according' and X (None when the parse gives no object)."""
    words = tokens(sent.doc)
    for tok in words[sent.start : sent.end]:
        if tok.lower_ == "according" and tok.i + 2 < sent.end and words[tok.i + 1].lower_ == "to":
            yield tok, next((c for c in words[tok.i + 1].children if c.dep_ == "pobj"), None)


def padded_words(tokens: Iterable[Token]) -> str:
    """Lower-case words joined and padded with spaces, so ' earlier toll ' matches whole words only."""
    return " " + " ".join([t.lower_ for t in tokens]) + " "


def evidence(doc: Doc, start_char: int, end_char: int) -> Evidence:
    """An evidence span over the document text (offsets are str indices)."""
    return Evidence(start=start_char, end=end_char, text=doc_text(doc)[start_char:end_char])


def span_evidence(span: Span | Token) -> Evidence:
    """Evidence for a spaCy span or token."""
    if isinstance(span, Token):
        return evidence(span.doc, span.idx, span.idx + len(span.text))
    return evidence(span.doc, span.start_char, span.end_char)


def _phrase_tokens(token: Token, keep_preps: bool, keep_conj: bool, depth: int = 0) -> list[int]:
    """Token indices of a noun phrase, skipping clauses at every level."""
    idx = [token.i]
    if depth > 6:
        return idx
    for child in token.children:
        if child.dep_ == "prep" and keep_preps and child.i > token.i:
            pass
        elif child.dep_ in CLAUSE_DEPS or (child.dep_ == "conj" and not keep_conj):
            continue
        idx += _phrase_tokens(child, keep_preps, keep_conj, depth + 1)
    return idx


def phrase(token: Token, *, keep_preps: bool = True, keep_conj: bool = False) -> Span:
    """The noun phrase headed by `token`: modifiers, appositions and 'of' phrases, no clauses."""
    idx = _phrase_tokens(token, keep_preps, keep_conj)
    head = token.head.i
    if min(idx) < head < max(idx):  # 'three children were killed ..., UNICEF said': an apposition hung past the verb
        idx = [i for i in idx if (i < head) == (token.i < head)]
    lo, hi = min(idx), max(idx)
    doc = token.doc
    words = tokens(doc)
    while hi > lo and words[hi].is_punct:
        hi -= 1
    while lo < hi and (words[lo].is_punct or words[lo].lower_ in LEADING_DROP):
        lo += 1
    while lo >= 2 and words[lo - 1].text == "-" and not words[lo - 1].whitespace_ and not words[lo - 2].whitespace_:
        lo -= 2
    return doc[lo : hi + 1]


def subject_of(verb: Token) -> Token | None:
    """The subject (or passive agent) of `verb`, climbing through participles and conjuncts."""
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            return None
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "expl":
                return child
        if node.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and node.head is not node:
            node = node.head
            continue
        return None
    return None


def passive(verb: Token) -> bool:
    """A verb in the passive, with its passive auxiliary or subject ('was ordered', 'is believed to be')."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def pluperfect(verb: Token) -> bool:
    """A verb with 'had' as its auxiliary ('had been killed', 'had told'): what it tells came before the report's
    time."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """The 'by X' agent of a passive or participle verb."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None
