"""Casualty figures: value, qualifier, kind, status (current, superseded, partial) and attribution."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from polybius.extract.numbers import Quantity, find_quantities, vague_numbers
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import agent_of, evidence, phrase, subject_of
from polybius.model import Figure

LEFT_WINDOW = 4
RIGHT_WINDOW = 7
WEAK_PREDICATES = frozenset({"treat", "hold", "be"})
REVISED_FROM = frozenset({"rose", "risen", "climbed", "increased", "jumped", "revised", "up", "down", "lowered"})
MAX_SOURCE_TOKENS = 14
NOT_SOURCES = frozenset({"toll", "number", "figure", "it", "that", "which", "this", "death", "he", "she"})


@dataclass(frozen=True)
class FoundFigure:
    """A figure with where it stands: its sentence, token, head noun and whether it is a revision."""

    figure: Figure
    token: int
    noun: str | None
    revision: bool = False


@dataclass(frozen=True)
class PerpCount:
    """'Four gunmen': a count of attackers, not of victims."""

    value: int
    start_char: int
    end_char: int


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    kinds = load_data("figures.json")["kinds"]
    return {w: kind for kind, words in kinds.items() for w in words}


def _kind_of_token(tok: Token) -> str | None:
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


def _scan(sent: Span, q: Quantity, others: list[Quantity]) -> tuple[str | None, int | None]:
    """Nearest kind word left or right of the quantity, stopping at clause breaks and other numbers."""
    doc = sent.doc
    stops = word_set("figures.json", "stop_words")
    taken = {i for o in others if o is not q for i in range(o.start, o.end)}
    best: tuple[int, str, int] | None = None
    for step, rng in ((1, range(q.end, min(sent.end, q.end + RIGHT_WINDOW))),
                      (-1, range(q.qual_start - 1, max(sent.start, q.qual_start - LEFT_WINDOW) - 1, -1))):
        for dist, i in enumerate(rng):
            tok = doc[i]
            if i in taken or (tok.lower_ in stops and dist > 0) or (step < 0 and tok.lower_ in stops):
                break
            kind = _kind_of_token(tok)
            if kind:
                score = dist * 2 + (1 if step < 0 else 0)
                if best is None or score < best[0]:
                    best = (score, kind, i)
                break
    return (best[1], best[2]) if best else (None, None)


def _head_noun(sent: Span, q: Quantity) -> Token | None:
    doc = sent.doc
    last = doc[q.end - 1]
    if last.dep_ in ("nummod", "quantmod", "compound", "amod") and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.lower_ != "of":
        return nxt
    return None


SECURITY_NOUNS = frozenset({"troops", "army", "soldiers", "soldier", "police", "forces", "military", "officers",
                            "guards", "security", "army's", "jets", "aircraft", "drone", "airstrike", "operation"})


def _attacked_side(noun: Token) -> bool:
    """'a roadside bomb ... killing four fighters': fighters killed by a bomb are its victims; only
    'troops killed three militants' counts the other side's dead as attackers."""
    if noun.lower_ in _count_nouns() or noun.dep_ != "dobj":
        return False
    subj = subject_of(noun.head)
    return subj is not None and subj.lower_ not in SECURITY_NOUNS


def _of_attackers(sent: Span, q: Quantity) -> bool:
    """'killed three of the attackers': a count of attackers."""
    doc = sent.doc
    words = [t.lower_ for t in doc[q.end : min(sent.end, q.end + 3)]]
    return len(words) == 3 and words[:2] == ["of", "the"] and words[2] in word_set("figures.json", "perpetrator_nouns")


def _of_group(sent: Span, q: Quantity) -> str | None:
    """'42 of the injured': the kind of the group the number is taken from."""
    doc = sent.doc
    if q.end + 2 < sent.end and doc[q.end].lower_ == "of" and doc[q.end + 1].lower_ in ("the", "those"):
        group = doc[q.end + 2]
        if group.like_num and q.end + 3 < sent.end:
            group = doc[q.end + 3]
        return _kind_of_token(group)
    return None


def _kind(sent: Span, q: Quantity, qs: list[Quantity]) -> tuple[str | None, str, Token | None]:
    """(kind, of, head noun) for one quantity; kind None when it counts something else."""
    head = _head_noun(sent, q)
    if head is not None and head.lower_ in word_set("figures.json", "event_nouns"):
        return None, "victims", None
    perp_nouns = word_set("figures.json", "perpetrator_nouns")
    of = "perpetrators" if head is not None and head.lower_ in perp_nouns and not _attacked_side(head) else "victims"
    group = _of_group(sent, q)
    if group:
        later = _predicate_kind(sent, q.end + 3, group)
        return (later or group), of, head
    if _of_attackers(sent, q):
        kind, _ = _scan(sent, q, qs)
        return kind, "perpetrators", head
    if head is not None and _kind_of_token(head) and head.i >= q.end:
        return _kind_of_token(head), of, head
    kind = _toll_kind(sent, q)
    if kind is None:
        kind, _ = _scan(sent, q, qs)
    kind = kind or _among_kind(sent, q) or _among_before(sent, q) or _verb_kind(sent, q, head) or _of_them(sent, q)
    if kind == "injured" and _to_death(sent, q):
        kind = "killed"
    suspects = head is not None and head.lower_ in word_set("figures.json", "arrest_nouns")
    if kind is None and suspects and any(_kind_of_token(t) == "arrested" for t in sent):
        kind = "arrested"
    return kind, of, head


def _among_before(sent: Span, q: Quantity) -> str | None:
    """'Among the dead were six children': the group named before the number; its kind."""
    doc = sent.doc
    window = doc[max(sent.start, q.qual_start - 6) : q.qual_start]
    for i, tok in enumerate(window):
        if tok.lower_ == "among" and i + 2 < len(window) and window[i + 1].lower_ in ("the", "those"):
            return _kind_of_token(window[i + 2]) or "killed"
    return None


def _of_them(sent: Span, q: Quantity) -> str | None:
    """'the wounded were taken to hospital, where three of them ...': the kind of the antecedent."""
    doc = sent.doc
    after = [t.lower_ for t in doc[q.end : min(sent.end, q.end + 2)]]
    if after not in (["of", "them"], ["of", "whom"]):
        return None
    before = doc[sent.start : q.start]
    groups = [k for t in before if t.i > 0 and doc[t.i - 1].lower_ == "the" and t.tag_ in ("JJ", "VBN", "NNS")
              and (k := _kind_of_token(t))]
    kinds = groups or [k for t in before if (k := _kind_of_token(t))]
    return kinds[-1] if kinds else None


def _to_death(sent: Span, q: Quantity) -> bool:
    """'stabbed four people to death', 'hacked two men to death'."""
    words = [t.lower_ for t in sent.doc[q.end : min(sent.end, q.end + 5)]]
    return any(a == "to" and b == "death" for a, b in itertools.pairwise(words))


def _among_kind(sent: Span, q: Quantity) -> str | None:
    """'Three police officers ... were among the dead': a sub-count of the dead."""
    doc = sent.doc
    for i in range(q.end, sent.end - 2):
        if doc[i].lower_ == "among" and doc[i + 1].lower_ in ("the", "those"):
            return _kind_of_token(doc[i + 2])
    return None


def _toll_kind(sent: Span, q: Quantity) -> str | None:
    """'the death toll had risen to 44': a number a toll rose (or was put) to counts the dead."""
    before = [t.lower_ for t in sent.doc[max(sent.start, q.qual_start - 2) : q.qual_start]]
    if before[-1:] not in (["to"], ["at"]):
        return None
    toll = next((t for t in sent.doc[sent.start : q.start] if t.lower_ in ("toll", "tally")), None)
    if toll is None:
        return None
    return next((k for t in toll.subtree if t is not toll and (k := _kind_of_token(t))), "killed")


def _verb_kind(sent: Span, q: Quantity, head: Token | None) -> str | None:
    """The kind named by the verb the counted noun is subject or object of ('four people ... arrested'),
    or by the subject of the verb the number hangs on ('the death toll rose to 18')."""
    node = head if head is not None else sent.doc[q.end - 1]
    if node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        kind = _kind_of_token(node.head)
        if kind:
            return kind
        people = node.lower_ in word_set("participants.json", "victim_nouns")
        if people and node.dep_ == "nsubjpass" and node.head.lemma_.lower() in ("hit", "shoot", "stab"):
            return "injured"
    for anc in node.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in ("toll", "number", "tally", "figure", "count"):
                return next((k for t in subj.subtree if (k := _kind_of_token(t)) and t is not subj),
                            "killed" if subj.lower_ == "toll" else None)
            return None
    return None


def _predicate_kind(sent: Span, start: int, group: str) -> str | None:
    """What happened to 'N of the injured': the verb ('died') or where it took them ('to hospital');
    being 'treated' for wounds keeps them a sub-count of the injured."""
    verb = next((t for t in sent.doc[start : min(sent.end, start + RIGHT_WINDOW)] if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    candidates = [verb] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
                           for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    for tok in candidates:
        kind = _kind_of_token(tok)
        if kind and kind != group and tok.lemma_.lower() not in WEAK_PREDICATES:
            return kind
    return None


def _partial(sent: Span, q: Quantity, head: Token | None) -> bool:
    """Sub-counts: 'among them six children', '28 bodies in a restroom', 'six of them'."""
    doc = sent.doc
    before = " ".join(t.lower_ for t in doc[max(sent.start, q.qual_start - 3) : q.qual_start])
    cues = load_data("figures.json")["partial_cues"]
    if any(before.endswith(c) for c in cues) or _among_before(sent, q):
        return True
    after = " ".join(t.lower_ for t in doc[q.end : min(sent.end, q.end + 2)])
    if after in ("of them", "of whom"):
        return True
    subloc = word_set("figures.json", "sub_locations")
    anchor = head.i if head is not None else q.end - 1
    for tok in doc[anchor + 1 : min(sent.end, anchor + 6)]:
        if tok.lower_ in subloc and tok.i > 0 and any(
            t.lower_ in ("in", "within", "inside", "on", "at", "under") for t in doc[anchor + 1 : tok.i]
        ):
            return True
        if tok.lower_ in (",", ";", "and"):
            break
    return False


def _sentence_status(sent: Span, before: int) -> tuple[bool, bool]:
    """(superseded cue, revision cue) in the sentence before token `before`: 'killing seven
    soldiers, raising an earlier toll of four' makes only the four superseded."""
    text = " " + " ".join(t.lower_ for t in sent.doc[sent.start : before]) + " "
    fig = load_data("figures.json")
    sup = any(f" {c} " in text for c in fig["superseded_cues"])
    rev = any(f" {c} " in text for c in fig["revision_cues"])
    return sup, rev


def _from_to(sent: Span, qs: list[Quantity]) -> dict[int, str]:
    """'from an initial 143 to 133': the first is superseded, the second a revision."""
    doc = sent.doc
    marks: dict[int, str] = {}
    for a, b in itertools.pairwise(qs):
        between = [t.lower_ for t in doc[a.end : b.qual_start]]
        before = [t.lower_ for t in doc[max(sent.start, a.qual_start - 3) : a.qual_start]]
        if between == ["to"] and "from" in before:
            marks[a.start], marks[b.start] = "superseded", "revision"
    for q in qs:
        before = [t.lower_ for t in doc[max(sent.start, q.qual_start - 2) : q.qual_start]]
        if before[-1:] == ["from"] and len(before) == 2 and before[0] in REVISED_FROM:
            marks.setdefault(q.start, "superseded")
    return marks


def _status(sent: Span, q: Quantity, head: Token | None, marks: dict[int, str]) -> tuple[str, bool]:
    if q.start in marks:
        return ("superseded", False) if marks[q.start] == "superseded" else ("current", True)
    group = _of_group(sent, q)
    if group and _predicate_kind(sent, q.end + 3, group) != "hospitalized":
        return "partial", False
    if _partial(sent, q, head) or _among_kind(sent, q):
        return "partial", False
    sup, rev = _sentence_status(sent, q.qual_start)
    before = " ".join(t.lower_ for t in sent.doc[max(sent.start, q.qual_start - 3) : q.qual_start])
    fig = load_data("figures.json")
    if any(before.endswith(c) for c in fig["revision_cues"]):
        return "current", True
    near = {t.lower_ for t in sent.doc[max(sent.start, q.qual_start - 2) : q.qual_start]}
    if near & set(fig["superseded_adjectives"]) or (sup and not rev):
        return "superseded", False
    return "current", False


def attribution(sent: Span, token: Token) -> str | None:
    """Who gives the figure: 'according to X', the subject of said/revised, or 'given by X'."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 2 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in sent.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                return phrase(obj).text
    verbs = word_set("figures.json", "attribution_verbs")
    candidates = [t for t in sent if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX")]
    ancestors = set(a.i for a in token.ancestors)
    candidates.sort(key=lambda v: (v.i not in ancestors, abs(v.i - token.i)))
    for verb in candidates:
        for who in (subject_of(verb), agent_of(verb)):
            if _source_like(who):
                return phrase(who).text
    return None


def _source_like(who: Token | None) -> bool:
    """A plausible source: a noun that is not a count ('a dozen'), a casualty word or a long clause."""
    if who is None or who.lower_ in NOT_SOURCES or who.pos_ not in ("NOUN", "PROPN"):
        return False
    if who.like_num or _kind_of_token(who) or who.lower_ in vague_numbers():
        return False
    return len(phrase(who)) <= MAX_SOURCE_TOKENS


def find_figures(sent: Span) -> tuple[list[FoundFigure], list[PerpCount]]:
    """The casualty figures and attacker counts stated in one sentence."""
    qs = find_quantities(sent)
    marks = _from_to(sent, qs)
    figures: list[FoundFigure] = []
    counts: list[PerpCount] = []
    previous: FoundFigure | None = None
    for q in qs:
        head = _head_noun(sent, q)
        if head is not None and ((head.dep_ == "nsubj" and _attacker_noun(head)) or _acts_next(sent, head)):
            counts.append(PerpCount(q.value, sent.doc[q.start].idx, head.idx + len(head.text)))
            continue
        kind, of, head = _kind(sent, q, qs)
        if kind is None and head is not None and _attacker_noun(head):
            counts.append(PerpCount(q.value, sent.doc[q.start].idx, head.idx + len(head.text)))
            continue
        status, revision = _status(sent, q, head, marks)
        if kind is None:
            people = head is None or head.lower_ in word_set("participants.json", "victim_nouns")
            previous = _inherit(sent, q, previous, status, revision, figures) if people else previous
            continue
        found = _make(sent, q, kind, of, status, head, revision)
        figures.append(found)
        previous = found
    figures += _singular_victims(sent, {f.token for f in figures})
    figures += _named_killed(sent, {f.token for f in figures})
    figures += _one_sustained(sent, {f.token for f in figures})
    return _link_from_to(figures, marks, sent, qs), counts


ATTACK_ACTS = frozenset({"shot", "opened", "stabbed", "attacked", "gunned", "stormed", "fired", "ambushed",
                         "hacked", "abducted", "kidnapped"})


def _acts_next(sent: Span, head: Token) -> bool:
    """'two men on a motorcycle shot dead ...': people followed by an active attack verb (no 'were'),
    read from the word order because the small parser often garbles such sentences."""
    if head.lower_ not in ("men", "people", "youths", "individuals", "assailants", "attackers", "gunmen"):
        return False
    for tok in sent.doc[head.i + 1 : min(sent.end, head.i + 7)]:
        if tok.lower_ in ("was", "were", "been", "had", ",", "and", "who"):
            return False
        if tok.lower_ in ATTACK_ACTS:
            return True
    return False


def _verb_harm(verb: Token) -> str | None:
    """The harm a verb names, with its complement: 'shot dead', 'beaten to death'."""
    kind = _kind_of_token(verb)
    if kind:
        return kind
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj") and child.lower_ == "dead":
            return "killed"
        if child.dep_ == "conj" and _kind_of_token(child) in ("killed", "injured", "arrested"):
            return _kind_of_token(child)
    return None


def _first_free(tok: Token, taken: set[int]) -> bool:
    """Is no number already counting this person?"""
    return not any(i in taken for i in range(tok.left_edge.i, tok.i + 1))


def _one_sustained(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'while another sustained gunshot injuries': one more person injured (or killed)."""
    out = []
    for tok in sent:
        if tok.lower_ not in ("another", "one") or tok.dep_ != "nsubj" or tok.i in taken:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in ("sustain", "suffer", "receive"):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        kind = _kind_of_token(obj) if obj is not None else None
        if kind in ("injured", "killed"):
            ev = evidence(sent.doc, tok.idx, obj.idx + len(obj.text))
            out.append(FoundFigure(Figure(kind=kind, value=1, attributed_to=attribution(sent, tok), evidence=[ev]),
                                   tok.i, tok.lower_))
    return out


KILLED_BEFORE_NAME = ("shot dead", "gunned down", "killed", "assassinated", "murdered", "shot and killed")


def _named_killed(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'... shot dead city councillor Jhon Fredy Salazar': one named person killed, by word order."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start - 5, ent.end)):
            continue
        before = " ".join(t.lower_ for t in sent.doc[max(sent.start, ent.start - 5) : ent.start])
        cue = next((c for c in KILLED_BEFORE_NAME if f"{c} " in before + " "), None)
        if cue is None or "was " + cue in before or "were " + cue in before:
            continue
        start = sent.doc[ent.start - 5 :].text.lower().find(cue) if ent.start >= 5 else -1
        first = sent.doc[max(sent.start, ent.start - 5)].idx + max(start, 0)
        fig = Figure(kind="killed", value=1, attributed_to=attribution(sent, ent.root),
                     evidence=[evidence(sent.doc, first, ent.end_char)])
        out.append(FoundFigure(fig, ent.start, ent.root.lower_))
        taken.update(range(ent.start, ent.end))
    return out


def _singular_victims(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'A policeman was killed', 'a female vaccinator was also wounded', 'The suspect ... was
    arrested': one person, no number."""
    out = []
    perps = word_set("figures.json", "perpetrator_nouns") | word_set("figures.json", "arrest_nouns")
    for tok in sent:
        person = tok.tag_ == "NNP" and tok.ent_type_ == "PERSON"
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        one = tok.tag_ == "NN" and det is not None and det.lower_ in ("a", "an")
        passive = tok.dep_ == "nsubjpass" and (tok.tag_ == "NN" or person)
        if not (passive or (tok.dep_ == "dobj" and (person or one))):
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        kind = _verb_harm(tok.head)
        if tok.dep_ == "dobj":
            victim = person or tok.lower_ in word_set("participants.json", "victim_nouns")
            if kind in ("killed", "injured") and victim and _first_free(tok, taken):
                ev = evidence(sent.doc, tok.head.idx, tok.idx + len(tok.text))
                fig = Figure(kind=kind, value=1, attributed_to=attribution(sent, tok), evidence=[ev])
                out.append(FoundFigure(fig, tok.i, tok.lower_))
            continue
        article = det.lower_ if det is not None else ""
        harmed = kind in ("killed", "injured") and tok.lower_ not in perps and article in ("a", "an")
        suspect = tok.lower_ in perps or tok.lower_ in ("man", "woman", "youth", "teenager")
        arrested = kind == "arrested" and (person or (suspect and article in ("the", "a", "an")))
        first = det if det is not None else tok
        if not (harmed or arrested) or first.i in taken:
            continue
        ev = evidence(sent.doc, first.idx, tok.head.idx + len(tok.head.text))
        fig = Figure(kind=kind, value=1, attributed_to=attribution(sent, tok), evidence=[ev])
        out.append(FoundFigure(fig, first.i, tok.lower_))
    return out


def _inherit(sent: Span, q: Quantity, previous: FoundFigure | None, status: str, revision: bool,
             figures: list[FoundFigure]) -> FoundFigure | None:
    """'28 bodies in a restroom and 14 on a staircase': the bare number takes its neighbour's kind."""
    if previous is None:
        return previous
    between = [t.lower_ for t in sent.doc[previous.token + 1 : q.qual_start]]
    linked = revision or ({"and", ","} & set(between))
    if len(between) > 8 or not linked:
        return previous
    if status == "current" and not revision:
        status = previous.figure.status
    found = _make(sent, q, previous.figure.kind, previous.figure.of, status, None, revision)
    figures.append(found)
    return found


def _link_from_to(figures: list[FoundFigure], marks: dict[int, str], sent: Span,
                  qs: list[Quantity]) -> list[FoundFigure]:
    """Give both ends of 'from X to Y' the kind found for either end."""
    by_token = {f.token: f for f in figures}
    out = list(figures)
    for a, b in itertools.pairwise(qs):
        if marks.get(a.start) == "superseded" and b.start in by_token and a.start not in by_token:
            src = by_token[b.start]
            out.append(_make(sent, a, src.figure.kind, src.figure.of, "superseded", None, False))
    out.sort(key=lambda f: f.token)
    return out


def _attacker_noun(head: Token) -> bool:
    """'four gunmen', 'six armed men', 'two masked men': a count of attackers."""
    if head.lower_ in _count_nouns():
        return True
    if head.lower_ not in ("men", "people", "individuals", "youths", "assailants"):
        return False
    armed = any(c.dep_ == "amod" and c.lower_ in ("armed", "masked", "unidentified", "hooded")
                for c in head.children)
    acting = head.dep_ == "nsubj" and head.head.lemma_.lower() in word_set("participants.json", "attack_verbs")
    return armed or acting


@lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    return word_set("figures.json", "attacker_count_nouns")


def _make(sent: Span, q: Quantity, kind: str, of: str, status: str, head: Token | None,
          revision: bool) -> FoundFigure:
    doc = sent.doc
    end_tok = head if head is not None and head.i >= q.end and head.i - q.end < 4 else doc[q.end - 1]
    extra, end_tok = _one_more(head, end_tok) if status != "partial" else (0, end_tok)
    start_char = doc[q.qual_start].idx
    ev = evidence(doc, start_char, end_tok.idx + len(end_tok.text))
    fig = Figure(kind=kind, value=q.value + extra, qualifier=q.qualifier, status=status, of=of,
                 attributed_to=attribution(sent, doc[q.start]), evidence=[ev])
    return FoundFigure(fig, q.start, head.lower_ if head is not None else None, revision)


def _one_more(head: Token | None, end_tok: Token) -> tuple[int, Token]:
    """'Two other guards and a soldier were wounded': a singular conjunct adds one to the count."""
    if head is None or head.i != end_tok.i:
        return 0, end_tok
    victims = word_set("participants.json", "victim_nouns")
    for conj in (c for c in head.children if c.dep_ == "conj" and c.tag_ == "NN"):
        det = next((c for c in conj.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("a", "an") and conj.lower_ in victims:
            return 1, conj
    return 0, end_tok


def with_status(found: FoundFigure, status: str) -> FoundFigure:
    """A copy of `found` with another status."""
    return replace(found, figure=found.figure.model_copy(update={"status": status}))
