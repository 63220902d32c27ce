"""Number expressions in a sentence: digits, number words and vague quantities, with qualifiers."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token
from text_to_num import alpha2digit, text2num

from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import tokens

SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
BRIDGE = frozenset({"-", "and"})
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


@dataclass(frozen=True)
class Quantity:
    """A number expression: tokens [start, end) of the doc, its value and qualifier."""

    start: int
    end: int
    qual_start: int
    value: int
    qualifier: str
    vague: bool = False


@lru_cache(maxsize=1)
def vague_numbers() -> dict[str, tuple[int, str]]:
    """Vague quantity words and the value and qualifier they are coded as ('dozens' -> 12, at least)."""
    return {k: (v[0], v[1]) for k, v in load_data("figures.json")["vague_numbers"].items()}


@lru_cache(maxsize=1)
def _qualifiers() -> list[tuple[list[str], str]]:
    table = load_data("figures.json")["qualifiers"]
    pairs = [(phrase.split(), name) for name, phrases in table.items() for phrase in phrases]
    return sorted(pairs, key=lambda p: -len(p[0]))


NAME_ENTS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def _is_num(token: Token) -> bool:
    if token.ent_type_ in SKIP_ENTS and not _mistagged_count(token) and not _opens_a_sentence(token):
        return False
    if token.ent_type_ in NAME_ENTS and token.ent_iob_ == "I":
        return False  # 'Regional One Health', 'Channel 4 News': a word of a name
    if token.like_num:
        text = token.lower_
        return not (text.isdigit() and len(text) == 4 and text.startswith(("19", "20")))
    return False


@lru_cache(maxsize=1)
def _harm_words() -> frozenset[str]:
    kinds = load_data("figures.json")["kinds"]
    return frozenset(w for kind in ("killed", "injured") for w in kinds[kind])


def _mistagged_count(token: Token) -> bool:
    """'killing four people ... and wounding 31', 'they said 11 had been killed': a bare number the tagger took for
    a date or time, standing alone as the object or subject of a verb of harm, counts people; so do both numbers
    of a toll revised 'from 14 to 13' that the tagger read as a span of dates."""
    if not token.text.isdigit() or len(token.text) > 3:
        return False
    if _toll_change(token) or _counts_people(token):
        return True
    if token.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False  # 'killing 31', 'they said 11 had been killed': alone as object or subject of harm
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    alone = token.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I" or nxt.is_punct)  # 'injuring 14, hours after'
    return alone and token.head.lemma_.lower() in _harm_words()


RANGE_WORDS = frozenset({"and", "to", "-", "–", "or"})
PEOPLE_REACH = 4


def _counts_people(token: Token) -> bool:
    """'Between 20 and 30 people were killed': a number (or a range) the tagger took for a date, just before a
    word for people."""
    doc = token.doc
    for tok in doc[token.i + 1 : min(len(doc), token.i + PEOPLE_REACH)]:
        if tok.like_num or tok.lower_ in RANGE_WORDS:
            continue
        return tok.lower_ in word_set("participants.json", "victim_nouns")
    return False


def _opens_a_sentence(token: Token) -> bool:
    """'... shortly after 7 p.m. Four of the wounded were ...': a capitalised number word after a stop opens a
    sentence the parser ran on, even when the tagger took it into the time before."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_alpha and token.text[:1].isupper() and prev is not None and prev.text.endswith(".")


def _toll_change(token: Token) -> bool:
    """A number after 'from', 'to', 'at' or 'an earlier', or stated by 'was', in a sentence whose subject or object
    is a toll, tally or figure ('put the figure at 38', 'the final toll was 44, down from an earlier 47')."""
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1].lower_
    stated = token.dep_ == "attr" and token.head.lemma_ == "be"  # 'the final toll was 44'
    earlier = prev in word_set("figures.json", "superseded_adjectives")  # 'down from an earlier 47'
    if prev not in ("from", "to", "at") and not stated and not earlier:
        return False
    return any(t.lower_ in word_set("figures.json", "toll_nouns") for t in token.sent)


def _value(tokens: list[Token]) -> int | None:
    text = " ".join(t.text for t in tokens).replace(" - ", "-")
    compact = text.replace(",", "")
    if compact.isdigit():
        return int(compact)
    try:
        return int(text2num(text.lower(), "en"))
    except ValueError:
        pass
    converted = alpha2digit(text, "en", threshold=0).replace(",", "")
    digits = re.findall(r"\d+", converted)
    if len(digits) == 1 and not re.search(r"[a-z]", converted.replace("a ", "", 1)):
        return int(digits[0])
    return None


def token_value(tok: Token) -> int | None:
    """The value of one number token ('two', '14', '1,200'), or None."""
    return _value([tok]) if tok.like_num else None


def _qualifier(sent: Span, start: int) -> tuple[str, int]:
    """The qualifier phrase ending right before token `start`, and where it begins; in 'between 30
    and 40' the first is a lower and the second an upper bound."""
    doc = tokens(sent.doc)
    if start > sent.start and doc[start - 1].lower_ == "between":
        return "at_least", start - 1
    if (
        start - 2 >= sent.start
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].like_num
        and start - 3 >= sent.start
        and doc[start - 3].lower_ == "between"
    ):
        return "up_to", start
    span = _range_end(sent, start)
    if span:
        return span, start
    longest = len(_qualifiers()[0][0])
    before = [t.lower_ for t in doc[max(sent.start, start - longest) : start]]
    for words, name in _qualifiers():
        if len(words) <= len(before) and before[len(before) - len(words) :] == words:
            return name, start - len(words)
    return "exact", start


def _range_end(sent: Span, start: int) -> str | None:
    """'killed 30 to 40 people', 'killed 30-40 people': the first number of a range is a lower bound, the second
    an upper one (not 'from 14 to 13', a revision, nor a number the toll rose 'to')."""
    doc = tokens(sent.doc)
    if start + 2 < sent.end and _range_link(doc[start], doc[start + 1]) and doc[start + 2].like_num:
        return "at_least" if _range_of_people(sent, start) else None
    if start - 2 >= sent.start and _range_link(doc[start - 2], doc[start - 1]) and doc[start - 2].like_num:
        return "up_to" if _range_of_people(sent, start - 2) else None
    return None


def _range_link(first: Token, link: Token) -> bool:
    """'to' between two numbers, or a dash written tight ('30-40'; '27 - 19 soldiers' opens a breakdown)."""
    tight = not first.whitespace_ and not link.whitespace_
    return link.lower_ == "to" or (link.text in ("-", "–") and tight)


def _range_of_people(sent: Span, first: int) -> bool:
    """Is the range at `first` no revision ('from 14 to 13') and followed by the people counted?"""
    doc = tokens(sent.doc)
    if first > sent.start and doc[first - 1].lower_ in ("from", "between"):
        return False
    low, high = token_value(doc[first]), token_value(doc[first + 2])
    end = first + 3
    rising = low is not None and high is not None and low < high  # '27-19 soldiers and ...' is a breakdown
    return rising and end < sent.end and doc[end].pos_ == "NOUN"


def _both_attackers(tok: Token) -> bool:
    """'Both attackers were killed', 'troops shot dead both gunmen': 'both' before a word for attackers counts two
    (before other nouns it mostly points back to a count already given)."""
    if tok.lower_ != "both" or tok.dep_ not in ("det", "predet"):
        return False
    head = tok.head
    return head.i == tok.i + 1 and head.lower_ in word_set("figures.json", "attacker_count_nouns")


def _run_end(sent: Span, i: int) -> int:
    doc = tokens(sent.doc)
    j = i + 1
    while j < sent.end:
        bridge = doc[j].lower_ in BRIDGE and j + 1 < sent.end and _is_num(doc[j + 1])
        if doc[j].lower_ == "and" and doc[j - 1].lower_ not in word_set("figures.json", "magnitude_words"):
            bridge = False
        if doc[j].lower_ == "-" and not _hyphenated(doc[j - 1], doc[j]):
            bridge = False
        if _is_num(doc[j]) or (bridge and doc[j - 1].lower_ != ","):
            j += 1
        else:
            break
    return j


def _hyphenated(before: Token, dash: Token) -> bool:
    """'twenty-one' is one number; '27 - 19 soldiers' and '27-19' are two."""
    return not before.whitespace_ and not dash.whitespace_ and before.is_alpha


def find_quantities(sent: Span) -> list[Quantity]:
    """Every number expression in `sent`, left to right."""
    words = tokens(sent.doc)
    vague = vague_numbers()
    found: list[Quantity] = []
    i = sent.start
    while i < sent.end:
        tok = words[i]
        low = tok.lower_
        if low == "a" and i + 1 < sent.end and words[i + 1].lower_ in word_set("figures.json", "magnitude_words"):
            end = _run_end(sent, i + 1)
            value = 12 if words[i + 1].lower_ == "dozen" else _value(words[i + 1 : end])
            if value is not None:
                qual, qs = _qualifier(sent, i)
                found.append(Quantity(i, end, qs, value, qual))
            i = end
            continue
        if _both_attackers(tok):
            found.append(Quantity(i, i + 1, i, 2, "exact"))
            i += 1
            continue
        zero, counts = _nobody(sent, i)
        if zero:
            if counts:
                found.append(Quantity(i, i + zero, i, 0, "exact"))
            i += zero
            continue
        if low in vague and tok.ent_type_ not in SKIP_ENTS and _vague_ok(words, i, sent):
            value, qual = vague[low]
            q, qs = _qualifier(sent, i)
            found.append(Quantity(i, i + 1, qs, value, qual if q == "exact" else q, vague=True))
            i += 1
            continue
        if _is_num(tok) and not _is_age_or_unit(words, i, sent):
            end = _run_end(sent, i)
            value = _value(words[i:end])
            if value is not None and end < sent.end and words[end].lower_ == "dozen":
                value, end = value * 12, end + 1  # 'two dozen people'
            if value is not None:
                qual, qs = _qualifier(sent, i)
                found.append(Quantity(i, end, qs, value, qual))
            i = end
            continue
        i += 1
    return found


def _nobody(sent: Span, i: int) -> tuple[int, bool]:
    """'No one was killed', 'nobody was hurt', 'no-one was injured': (token length, counts as an explicit zero);
    'no one else was hurt' adds nothing to a count told elsewhere, and its 'one' counts no one."""
    if tokens(sent.doc)[i].lower_ not in _zero_starts():
        return 0, False
    words = [t.lower_ for t in tokens(sent.doc)[i : min(sent.end, i + 4)]]
    for phrase in load_data("figures.json")["zero_words"]:
        n = len(phrase.split())
        if words[:n] == phrase.split():
            return n, words[n : n + 1] not in (["else"], ["other"], ["but"], ["except"])
    return 0, False


@lru_cache(maxsize=1)
def _zero_starts() -> frozenset[str]:
    """The first words of the zero phrases: most tokens start none, and are passed at once."""
    return frozenset(p.split()[0] for p in load_data("figures.json")["zero_words"])


def _vague_ok(doc: list[Token], i: int, sent: Span) -> bool:
    """'dozens' and 'hundreds' count only as quantities of something ('dozens of people', 'dozens were')."""
    if doc[i].lower_ == "dozen":
        return i > sent.start and doc[i - 1].lower_ in ("a", "half")
    return True


def _is_age_or_unit(doc: list[Token], i: int, sent: Span) -> bool:
    """'21-year-old', '35 km', '9/11', 'No. 4', 'younger than 12', 'UPDATE 2-' are not counts of people."""
    nxt = doc[i + 1].lower_ if i + 1 < sent.end else ""
    if nxt == "-" and i + 2 < sent.end and doc[i + 2].lower_.startswith("year"):
        return True
    if nxt in word_set("figures.json", "unit_words"):
        return True
    prev = doc[i - 1].lower_ if i > sent.start else ""
    compared = prev == "than" and i - 2 >= sent.start and doc[i - 2].lower_ in ("younger", "older")  # 'younger than 12'
    if prev == "update" and nxt == "-" and not doc[i].whitespace_:
        return True  # a wire story's version, 'UPDATE 2-Gdansk mayor dies ...'
    named = prev in ("no.", "route", "highway", "$", "#", "page", "aged", "age") or _in_a_name(doc, i, sent) or compared
    return named or _age_range(doc, i, sent) or _closes_a_name(doc, i, sent)


def _closes_a_name(doc: list[Token], i: int, sent: Span) -> bool:
    """'The elite squad Densus 88 has arrested hundreds': a number closing a proper name, before the name's verb."""
    if i - 1 <= sent.start or i + 1 >= sent.end:
        return False
    prev, nxt = doc[i - 1], doc[i + 1]
    placed = doc[i - 2].pos_ == "ADP"  # 'In Gao 14 were killed': a place, then the count
    return prev.tag_ == "NNP" and prev.text[:1].isupper() and nxt.pos_ == "AUX" and not placed


NAME_REACH = 3


def _in_a_name(doc: list[Token], i: int, sent: Span) -> bool:
    """'the Army's 92 Base Hospital', '3 Commando Brigade', 'the 5 Field Regiment': a number that opens the
    capitalised name of a hospital or a unit."""
    words = doc[i + 1 : min(sent.end, i + 1 + NAME_REACH)]
    run = [t for t in itertools.takewhile(lambda t: t.is_alpha and t.text[:1].isupper(), words)]
    return any(t.lower_ in word_set("figures.json", "named_unit_heads") for t in run)


AGE_RANGE_REACH = 5


def _age_range(doc: list[Token], i: int, sent: Span) -> bool:
    """'who range in age from 16 to 24', 'aged between 18 and 30': both ends of a span of ages are no counts."""
    before = [t.lower_ for t in doc[max(sent.start, i - AGE_RANGE_REACH) : i]]
    if not any(w in ("age", "aged", "ages") for w in before):
        return False
    prev = before[-1] if before else ""
    if prev in ("from", "between"):
        return True
    return prev in ("to", "and", "-") and i - 2 >= sent.start and doc[i - 2].like_num
