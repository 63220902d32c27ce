"""Words that name what a figure counts (killed, injured, arrested ...) and who gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from polybius.extract.numbers import vague_numbers
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import (
    QUOTE_MARKS,
    according_to_sources,
    agent_of,
    entities,
    padded_words,
    phrase,
    span_text,
    span_tokens,
    subject_of,
)
from polybius.extract.truecase import load_lexicon
from polybius.model import Figure

MAX_SOURCE_TOKENS = 14


@dataclass(frozen=True)
class FoundFigure:
    """A figure with where it stands: its sentence, token, head noun, whether it is a revision, whether
    it adds to the toll before it ('two guards were also killed'), whether a headline over two attacks
    gave it (a sum or a part the body may tell apart) and whether it counts attackers inside the toll before it
    ('The gunman was among the dead'); `earlier` marks a count told in the pluperfect ('17 soldiers had been
    killed'), which a toll risen above it replaces."""

    figure: Figure
    token: int
    noun: str | None
    revision: bool = False
    adds: bool = False
    summary: bool = False
    among: bool = False
    earlier: bool = False


@dataclass(frozen=True)
class PerpCount:
    """'Four gunmen': a count of attackers, not of victims."""

    value: int
    start_char: int
    end_char: int


_PADDED: list[tuple[Doc, dict[tuple[int, int], str]]] = []


def padded_sentence(sent: Span) -> str:
    """`padded_words` of a sentence, built once per span and Doc: segment and sentence rules read it many times."""
    if not _PADDED or _PADDED[0][0] is not sent.doc:
        _PADDED[:] = [(sent.doc, {})]
    cache = _PADDED[0][1]
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = padded_words(span_tokens(sent))
    return cache[key]


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    kinds = load_data("figures.json")["kinds"]
    return {w: kind for kind, words in kinds.items() for w in words}


def kind_of_token(tok: Token) -> str | None:
    """The figure kind a single token names, honouring words that need a cue ('loss of ... lives')."""
    words = _kind_words()
    if tok.dep_ == "compound" and tok.head.lower_ not in ("toll", "count", "tally"):
        return None
    for form in (tok.lower_, tok.lemma_.lower()):
        if form in words:
            weak = load_data("figures.json")["weak_kind_words"]
            if form in weak and not _has_cue(tok, weak[form]):
                return None
            return words[form]
    return None


def _has_cue(tok: Token, cues: list[str]) -> bool:
    if not cues:
        return tok.lower_ != "toll" or any(t.lower_ == "death" for t in tok.doc[max(0, tok.i - 2) : tok.i])
    window = tok.doc[max(tok.sent.start, tok.i - 6) : min(tok.sent.end, tok.i + 3)]
    return any(t.lower_ in cues or t.lemma_.lower() in cues for t in window)


STAMP_PREFIX = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,}\s*)?(?:[-\u2013\u2014:|]\s*|$)", re.I)

WIRE_SLUG = re.compile(
    r"^(?:UPDATE|REFILE|CORRECTED|URGENT|FLASH|BREAKING|EXCLUSIVE|WRAPUP)\b(?:\s*\d+)?\s*(?:[-\u2013\u2014:]\s*|$)"
)


def attribution(sent: Span, token: Token) -> str | None:
    """Who gives the figure (without a live update's time stamp or a wire's 'UPDATE 2-' slug the parser took into
    the phrase)."""
    source = _attribution(sent, token)
    source = STAMP_PREFIX.sub("", source) or None if source else source
    source = WIRE_SLUG.sub("", source) or None if source else source
    if source and source.count("(") > source.count(")"):
        source += ")"  # 'Medecins Sans Frontieres (MSF': the parser leaves the bracket's close outside the phrase
    return _title_holder(sent.doc, source) or source if source else source


TITLE_WORDS = 3


def _title_holder(doc: Doc, source: str) -> str | None:
    """'the defense minister' -> 'Defense Minister Diego Molano', 'the state governor' -> 'Governor Babagana Zulum': a
    source given by a lower-case title alone is the one person the text names under that title (the title's words,
    or its head word alone, just before or at the start of a person's name)."""
    words = source.split("'s ")[-1].split()
    words = words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
    if not words or len(words) > TITLE_WORDS or any(not w.islower() for w in words):
        return None
    if words[-1] not in word_set("figures.json", "titled_source_heads"):
        return None
    for size in range(len(words), 0, -1):
        title = words[-size:]
        named = {_titled_name(doc, ent, title) for ent in entities(doc) if ent.label_ == "PERSON"} - {None}
        if len(named) == 1:
            return named.pop()
    return None


def _titled_name(doc: Doc, ent: Span, title: list[str]) -> str | None:
    """The name with its title ('Governor Babagana Zulum') if `title` stands just before the person or opens it."""
    inside = [t.lower_ for t in ent[: len(title)]]
    if inside == title and len(ent) > len(title):
        return ent.text
    start = ent.start - len(title)
    return doc[start : ent.end].text if start >= 0 and [t.lower_ for t in doc[start : ent.start]] == title else None


def _attribution(sent: Span, token: Token) -> str | None:
    """Who gives the figure: the speaker of the clause it stands in ('..., while rebels said the toll was 15'),
    'according to X', the subject of said/revised, or 'given by X'."""
    verbs = word_set("figures.json", "attribution_verbs")
    own = _own_giver(token)
    if own is not None:
        return own
    according = _according_to(sent)
    if according is not None:
        stop = next((a for a in according[1].ancestors if a.pos_ in ("VERB", "AUX")), None)
        for verb in token.ancestors:
            if stop is not None and verb.i == stop.i:
                break
            source = _source_of(verb, token) if verb.lemma_.lower() in verbs else None
            if source is not None:
                return source
        return according[0]
    candidates = [t for t in span_tokens(sent) if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX")]
    ancestors = set(a.i for a in token.ancestors)
    candidates.sort(key=lambda v: (v.i not in ancestors, abs(v.i - token.i)))
    found = next((source for verb in candidates if (source := _source_of(verb, token)) is not None), None)
    found = found or _trailing_speaker(candidates, token) or _quote_speaker(sent)
    return _cited(sent) or found if found else _tagged_source(sent, token)


TAG_MARKS = frozenset({":", "-", "–", "—", "("})
TAG_WORDS = 4


def _tag_mark(before: Token, mark: Token) -> bool:
    """A colon or bracket, or a dash set apart by spaces (' - police', not 'Sistan-Baluchestan')."""
    return mark.text in (":", "(") or bool(before.whitespace_ and mark.whitespace_)


def _tagged_source(sent: Span, token: Token) -> str | None:
    """'Israeli strike kills 22 in Gaza: health ministry', '... 17 dead in attack (government)', '... - police': a
    headline's source tagged on after a colon, dash or bracket at its end (a line of its own with no full stop)."""
    text = span_text(sent)
    line = text.rstrip()
    if line.endswith((".", "!", "?", '"', "\u201d")) or not (text.endswith("\n") or sent.end == len(sent.doc)):
        return None
    words = [t for t in span_tokens(sent) if not t.is_space]
    while words and words[-1].text in (")", ".", "'", '"'):
        words = words[:-1]
    reach = range(len(words) - 1, max(0, len(words) - TAG_WORDS - 2), -1)
    mark = next((i for i in reach if words[i].text in TAG_MARKS and _tag_mark(words[i - 1], words[i])), None)
    if mark is None or mark == len(words) - 1 or words[mark].i <= token.i:
        return None
    tag = words[mark + 1 :]
    head = tag[-1]
    ok = head.pos_ == "PROPN" or _source_head(head) or head.lower_ in ("say", "says", "said")
    return sent.doc[tag[0].i : tag[-1].i + 1].text if ok and not any(t.like_num for t in tag) else None


def _source_head(tok: Token) -> bool:
    """A name, or a word for those who give tolls ('a police source', 'hospital officials', 'the interior ministry')."""
    heads = word_set("figures.json", "cited_source_heads") | word_set("figures.json", "organisation_source_heads")
    return tok.pos_ == "PROPN" or tok.lower_ in heads | word_set("figures.json", "titled_source_heads")


def _cited(sent: Span) -> str | None:
    """'Nine people were killed, Reuters reported, citing a police source': the reporter's own source."""
    for tok in span_tokens(sent):
        if tok.lower_ == "citing":
            cited = next((c for c in tok.children if c.dep_ == "dobj"), None)
            return phrase(cited).text if _source_like(cited) and _source_head(cited) else None
    return None


def _trailing_speaker(verbs: list[Token], token: Token) -> str | None:
    """'The toll has climbed to seven, the head of the regional administration, Oleh Kiper, said': a speaker
    the parser hangs on the number as an apposition, just before a 'said' left without subject."""
    for verb in verbs:
        if verb.i < token.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        who = verb.doc[verb.i - 2] if verb.doc[verb.i - 1].text == "," else verb.doc[verb.i - 1]
        while who.dep_ == "appos" and who.head.i > token.i:
            who = who.head
        if who.i > token.i and who.dep_ == "appos" and _source_like(who):
            return phrase(who).text
    return None


QUOTE_TOKENS = 150
QUOTE_VERB_REACH = 8


def _quote_speaker(sent: Span) -> str | None:
    """'"We have now counted 11 dead. ... Seven others are wounded," Badae told AFP.': a sentence that opens a
    quotation is the speaker's who follows its closing mark (within a paragraph's reach)."""
    if not sent or sent[0].text not in QUOTE_MARKS:
        return None
    doc, verbs = sent.doc, word_set("figures.json", "attribution_verbs")
    close = next(
        (t for t in doc[sent.start + 1 : min(len(doc), sent.start + QUOTE_TOKENS)] if t.text in QUOTE_MARKS), None
    )
    if close is None:
        return None
    after = doc[close.i + 1 : min(close.sent.end, close.i + QUOTE_VERB_REACH)]  # '," Interior Minister X Y said'
    verb = next((t for t in after if t.lemma_.lower() in verbs), None)
    subject = subject_of(verb) if verb is not None else None
    return phrase(subject).text if subject is not None and _source_like(subject) else None


def _according_to(sent: Span) -> tuple[str, Token] | None:
    """'according to the health ministry': the source named and the word 'according'."""
    found = ((tok, source) for tok, source in according_to_sources(sent) if source is not None)
    return next(((phrase(source).text, tok) for tok, source in found), None)


def _source_of(verb: Token, token: Token) -> str | None:
    """The source-like subject or agent of a verb of saying or counting, unless it gives another number."""
    if _sets_other_count(verb, token):
        return None
    others = [c for c in verb.children if c.dep_ == "nsubj"]  # '40 were injured, 12 of them seriously, X said'
    subject = subject_of(verb)
    for who in (subject, agent_of(verb), *others, toll_giver(subject)):
        if who is not None and who.left_edge.i <= token.i <= who.right_edge.i:
            continue  # 'At least 4 people killed in shooting, police say': the counted people give no figure
        if who is not None and _counted_victims(who):
            continue  # 'Among the more than 60 wounded were three children, the governor said'
        issuer = _issuer(who)
        if issuer is not None:
            return issuer
        if _source_like(who):
            return phrase(who).text
        if who is not None and who.lower_ in word_set("figures.json", "source_pronouns") and who.pos_ == "PRON":
            return who.text  # 'He initially put the toll at 16': resolved to the last named source
    return None


def _counted_victims(who: Token) -> bool:
    """'three children': a count of harmed people, never a source."""
    counted = any(c.dep_ == "nummod" for c in who.children)
    return counted and who.lower_ in word_set("participants.json", "victim_nouns")


ISSUER_REACH = 2


def _issuer(who: Token | None) -> str | None:
    """'..., the statement said' after 'The SDF said in a statement that ...': who issued the statement."""
    if who is None or who.lower_ not in word_set("figures.json", "document_nouns"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in who.children):
        return None
    doc, start = who.doc, who.sent.start
    for _ in range(ISSUER_REACH + 1):
        sent = doc[start].sent
        for doc_noun in (t for t in sent if t.lower_ == who.lower_ and t.i != who.i):
            verb = doc_noun.head.head if doc_noun.dep_ == "pobj" else doc_noun.head
            subject = subject_of(verb)
            if (
                subject is not None
                and _source_like(subject)
                and subject.lower_ not in word_set("figures.json", "document_nouns")
            ):
                return phrase(subject).text
        if start == 0:
            return None
        start = doc[start - 1].sent.start
    return None


def _own_giver(token: Token) -> str | None:
    """'far higher than the figure of 25 announced by the government', 'the toll of 18 given by the army': the giver
    named on the toll the number is 'of' gives that number (not the speaker of the sentence)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    who = toll_giver(token.head.head)
    return phrase(who).text if who is not None and _source_like(who) else None


def toll_giver(noun: Token | None) -> Token | None:
    """'An earlier toll from the city's mayor', 'a toll given by the army': who gave a toll."""
    words = word_set("figures.json", "toll_nouns") | word_set("figures.json", "toll_report_nouns")
    if noun is None or noun.lower_ not in words:
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    preps += [
        g
        for c in noun.children
        if c.dep_ == "acl"
        for g in c.children
        if g.dep_ in ("agent", "prep") and g.lower_ == "by"
    ]
    events = word_set("figures.json", "event_nouns")
    return next((g for p in preps for g in p.children if g.dep_ == "pobj" and g.lower_ not in events), None)


def _sets_other_count(verb: Token, token: Token) -> bool:
    """'three killed ..., residents put the toll at five': a source that puts a toll at a number of its own
    gives that number, not another one in the sentence."""
    own = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "to")
        for g in c.children
        if g.dep_ == "pobj" and g.like_num
    ]
    return bool(own) and all(g.i != token.i for g in own)


def _source_like(who: Token | None) -> bool:
    """A plausible source: a noun that is not a count ('a dozen'), a casualty word or a long clause."""
    if who is None or who.lower_ in word_set("figures.json", "not_source_words") or who.pos_ not in ("NOUN", "PROPN"):
        return False
    if who.like_num or kind_of_token(who) or who.lower_ in vague_numbers():
        return False
    if any(c.lower_ == "whose" for c in who.children):
        return False  # 'The suspect, whose name was not released, ...'
    return len(phrase(who)) <= MAX_SOURCE_TOKENS


def better_source(first: str | None, other: str | None) -> str | None:
    """Of two sources given for one figure, the more specific: a named one ('Directorate of Civil
    Protection') over a described one ('the country's civil protection agency') over a bare 'officials'; of two
    named ones, the fuller ('Prime Minister Nikol Pashinyan' over a headline's 'Armenia'); of two where one holds the
    other, the longer ('Kyrgyzstan's health ministry' over 'Kyrgyzstan')."""
    if first and other and (first in other or other in first):
        return max(first, other, key=len)  # 'Kyrgyzstan's health ministry' over 'Kyrgyzstan'
    a, b = _specificity(first), _specificity(other)
    if a == b == NAMED and first and other:
        return first if len(first.split()) >= len(other.split()) else other
    return first if a >= b else other


NAMED = 3


def _specificity(source: str | None) -> int:
    if not source:
        return 0
    words = source.split()
    named = any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and len(words[0]) > 1 and words[0].isupper())
    surname = len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in load_lexicon().common  # 'Badae'
    return 3 if named or surname else 2 if len(words) > 1 else 1


def with_status(found: FoundFigure, status: str) -> FoundFigure:
    """A copy of `found` with another status."""
    return replace(found, figure=found.figure.model_copy(update={"status": status}))
