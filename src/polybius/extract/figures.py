"""Casualty figures: value, qualifier, kind, status (current, superseded, partial) and attribution."""

from __future__ import annotations

import itertools
import re
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from polybius.extract.gazetteer import load_gazetteer
from polybius.extract.kinds import FoundFigure, PerpCount, attribution, kind_of_token, with_status
from polybius.extract.numbers import Quantity, find_quantities, token_value
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import (
    entities,
    evidence,
    padded_words,
    parsed_text,
    per_doc,
    pluperfect,
    span_tokens,
    subject_of,
    tokens,
)
from polybius.extract.unnumbered import (
    agent_of_any,
    dateline_place,
    headline_end,
    held_as_suspect,
    hostage_story,
    hypothetical,
    one_listed,
    one_person,
    person_start,
    security_force,
    to_death,
    unnumbered_figures,
    verb_harm,
)
from polybius.model import Figure

LEFT_WINDOW = 4


RIGHT_WINDOW = 7


def _scan(sent: Span, q: Quantity, others: list[Quantity]) -> tuple[str | None, int | None]:
    """Nearest kind word left or right of the quantity, stopping at clause breaks and other numbers."""
    doc = sent.doc
    stops = word_set("figures.json", "stop_words")
    taken = {i for o in others if o is not q and not _counts_things(sent, o) for i in range(o.start, o.end)}
    best: tuple[int, str, int] | None = None
    for step, rng in (
        (1, range(q.end, min(sent.end, q.end + RIGHT_WINDOW))),
        (-1, range(q.qual_start - 1, max(sent.start, q.qual_start - LEFT_WINDOW) - 1, -1)),
    ):
        for dist, i in enumerate(rng):
            tok = doc[i]
            if i in taken or (tok.lower_ in stops and dist > 0) or (step < 0 and tok.lower_ in stops):
                break
            kind = kind_of_token(tok)
            if kind:
                score = dist * 2 + (1 if step < 0 else 0)
                if best is None or score < best[0]:
                    best = (score, kind, i)
                break
    return (best[1], best[2]) if best else (None, None)


def _counts_things(sent: Span, q: Quantity) -> bool:
    """'taken to three hospitals', 'two cars': a number of things, which does not stand between a count of
    people and its kind word."""
    head = _head_noun(sent, q)
    return head is not None and head.lower_ in word_set("figures.json", "thing_nouns")


def _head_noun(sent: Span, q: Quantity) -> Token | None:
    doc = sent.doc
    last = doc[q.end - 1]
    if last.dep_ in ("nummod", "quantmod", "compound", "amod") and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.lower_ != "of":
        return nxt
    return None


def attacked_side(noun: Token) -> bool:
    """'a roadside bomb ... killing four fighters': fighters killed by a bomb are its victims; only
    'troops killed three militants' counts the other side's dead as attackers."""
    if noun.lower_ in _count_nouns():
        return False
    if noun.dep_ != "dobj":
        return _others_of_the_attacked(noun)
    subj = subject_of(noun.head)
    return subj is not None and subj.lower_ not in word_set("figures.json", "security_subject_nouns")


def _others_of_the_attacked(noun: Token) -> bool:
    """'at least five other fighters had been wounded' after 'militants killed 10 Peshmerga fighters': 'other' ties the
    noun to its last mention, and that one was the attacked side."""
    if not any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return False
    before = (t for t in reversed(tokens(noun.doc)[: noun.sent.start]) if t.lemma_ == noun.lemma_)
    last = next(before, None)
    return last is not None and last.dep_ == "dobj" and attacked_side(last)


def _of_attackers(sent: Span, q: Quantity) -> bool:
    """'killed three of the attackers', 'Five of the hostage-takers were killed': a count of attackers (not 'one of
    the wounded fighters', a count of the wounded)."""
    group = _group_noun(sent, q)
    if group is None or _group_kind(sent, q) is not None:
        return False
    return group.lower_ in word_set("figures.json", "perpetrator_nouns")


def _group_kind(sent: Span, q: Quantity) -> str | None:
    """The kind the first word after 'N of the' names ('wounded' of 'one of the wounded fighters')."""
    doc = sent.doc
    first = q.end + 3 if doc[q.end + 2].like_num and q.end + 3 < sent.end else q.end + 2
    return kind_of_token(doc[first])


def _group_noun(sent: Span, q: Quantity) -> Token | None:
    """The group after 'N of the' ('injured' of '42 of the injured', 'takers' of 'five of the hostage-takers',
    past a number: 'two of the three gunmen')."""
    doc = sent.doc
    if q.end + 2 >= sent.end or doc[q.end].lower_ != "of" or doc[q.end + 1].lower_ not in ("the", "those"):
        return None
    group = doc[q.end + 2]
    if group.like_num and q.end + 3 < sent.end:
        group = doc[q.end + 3]
    while group.dep_ in ("compound", "amod") and group.head.i > group.i and group.head.i - group.i <= 3:
        group = group.head
    return group


def _of_group(sent: Span, q: Quantity) -> str | None:
    """'42 of the injured': the kind of the group the number is taken from (none for attackers)."""
    group = _group_noun(sent, q)
    if group is None:
        return None
    own = _group_kind(sent, q)  # 'one of the missing men', 'one of the wounded fighters'
    return own or (None if group.lower_ in word_set("figures.json", "perpetrator_nouns") else kind_of_token(group))


def _kind(sent: Span, q: Quantity, qs: list[Quantity]) -> tuple[str | None, str, Token | None]:
    """(kind, of, head noun) for one quantity; kind None when it counts something else."""
    head = _head_noun(sent, q)
    things = word_set("figures.json", "event_nouns") | word_set("figures.json", "thing_nouns")
    if head is not None and head.lower_ in things:
        return None, "victims", None
    perp_nouns = word_set("figures.json", "perpetrator_nouns")
    of = "perpetrators" if head is not None and head.lower_ in perp_nouns and not attacked_side(head) else "victims"
    group = _of_group(sent, q)
    if group:
        later = _predicate_kind(sent, q.end + 3, group)
        return (later or group), of, head
    if _of_attackers(sent, q):
        kind, _ = _scan(sent, q, qs)
        return kind or _kind_before_including(sent, q) or _among_kind(sent, q), "perpetrators", head
    if head is not None and kind_of_token(head) and head.i >= q.end:
        return _harmed_captives(head) or kind_of_token(head), of, head
    kind = _toll_kind(sent, q)
    if kind is None:
        kind, _ = _scan(sent, q, qs)
    kind = kind or _among_kind(sent, q) or _among_before(sent, q) or _of_them(sent, q) or _verb_kind(sent, q, head)
    kind = kind or _included_kind(sent, q, head)
    kind = kind or _list_participle_kind(head) or _next_count_participle(sent, head, qs)
    if kind == "injured" and (_to_death(sent, q) or _clause_to_death(head)):
        kind = "killed"
    suspects = head is not None and head.lower_ in word_set("figures.json", "arrest_nouns")
    if kind is None and suspects and any(kind_of_token(t) == "arrested" for t in span_tokens(sent)):
        kind = "arrested"
    node = head if head is not None else sent.doc[q.end - 1]
    if kind == "arrested" and node.dep_ in ("nsubjpass", "dobj") and _in_hospital_place(node.head):
        kind = "hospitalized"  # 'Ninety six people were detained in hospital' (kept in, not held by police)
    return kind, of, head


def _included_kind(sent: Span, q: Quantity, head: Token | None) -> str | None:
    """'killing several people, including four children', 'wounded dozens, among them two police officers': a
    count inside the group a verb of harm took is a part of that group, of its kind."""
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in ("including", "among", "incl"):
        return None
    counted = _count_before(head.head)
    if counted is not None:
        return counted
    group = head.head.head
    kind = _verb_kind(sent, q, group) if group.pos_ in ("NOUN", "PRON", "NUM") else None
    verb = next((a for a in head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)  # '..., including three guards'
    kind = kind or (kind_of_token(verb) if verb is not None else None)
    before = reversed(sent.doc[sent.start : head.head.i])  # 'Nine people died ..., police said, including three'
    return kind or next((k for t in before if (k := kind_of_token(t))), None)


def _count_before(cue: Token) -> str | None:
    """'killed two and injured 14, including three children': the count just before 'including' (or its noun) is
    the group, of the kind of the verb or word just before that count, however the parser hangs 'including'."""
    doc = cue.doc
    prev = doc[cue.i - 2] if cue.i >= 2 and doc[cue.i - 1].is_punct else doc[cue.i - 1]
    number = prev if prev.like_num else next((c for c in prev.children if c.dep_ == "nummod" and c.like_num), None)
    if number is None or number.i == 0:
        return None
    window = doc[max(cue.sent.start, number.i - LEFT_WINDOW) : number.i]
    return next((k for t in reversed(window) if (k := kind_of_token(t)) in ("killed", "injured")), None)


def _kind_before_including(sent: Span, q: Quantity) -> str | None:
    """'Twelve people were killed, including two of the attackers': a count after 'including' has the kind of the
    nearest kind word before it."""
    doc = sent.doc
    if q.qual_start == sent.start or doc[q.qual_start - 1].lower_ not in ("including", "them"):
        return None
    return next((k for t in reversed(doc[sent.start : q.qual_start]) if (k := kind_of_token(t))), None)


def _harmed_captives(head: Token) -> str | None:
    """'One hostage had been killed by the gunman', 'two captives were wounded', 'the two hostages who died':
    hostages whose verb (or relative clause) killed or wounded them are counted as killed or injured."""
    if kind_of_token(head) != "hostages":
        return None
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.lower_ in ("dead", "killed", "wounded", "injured", "hurt"):
        return kind_of_token(nxt)  # headline style: 'Gunman and two hostages dead after police end siege'
    clauses = [c for c in head.children if c.dep_ == "relcl"]  # 'named the two hostages who died'
    verbs = clauses + ([head.head] if head.dep_ in ("nsubj", "nsubjpass") else [])
    return next((k for v in verbs if (k := kind_of_token(v)) in ("killed", "injured")), None)


def _list_participle_kind(head: Token | None) -> str | None:
    """'There were eight women, a 10-year-old girl and four men injured': the participle after a list
    (which the parser hangs on one item) tells what happened to all of it."""
    if head is None:
        return None
    items = [head, *_list_items(head)]
    kinds = [kind_of_token(c) for t in items for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return next((k for k in kinds if k in ("killed", "injured")), None)


def _next_count_participle(sent: Span, head: Token | None, qs: list[Quantity]) -> str | None:
    """'Town mourns 2 officers, 2 residents killed in shooting': a count of people, a comma, and a count whose
    participle names the harm of both (by word order, as such headlines parse badly)."""
    if head is None or head.i + 2 >= sent.end or sent.doc[head.i + 1].text != ",":
        return None
    nxt = next((q for q in qs if q.qual_start == head.i + 2), None)
    other = _head_noun(sent, nxt) if nxt is not None else None
    if other is None or head.lower_ not in _people_nouns() or other.lower_ not in _people_nouns():
        return None
    return _list_participle_kind(other)


def _among_before(sent: Span, q: Quantity) -> str | None:
    """'Among the dead were six children', 'Among the more than 60 wounded were three children': the group named
    before the number (past a count of it); its kind."""
    doc = sent.doc
    window = doc[max(sent.start, q.qual_start - AMONG_REACH) : q.qual_start]
    for i, tok in enumerate(window):
        if tok.lower_ == "among" and i + 2 < len(window) and window[i + 1].lower_ in ("the", "those"):
            group = next((k for t in window[i + 2 :] if (k := kind_of_token(t))), None)
            return group or "killed"
    return None


AMONG_REACH = 9


def _whole_group_among(head: Token | None) -> bool:
    """'Among the wounded were 14 people': a count of plain people after 'among the wounded' is the whole group
    (not 'two people who had nothing to do with it' or 'two foreign people': a described part)."""
    if head is None or head.lower_ not in word_set("figures.json", "generic_count_nouns"):
        return False
    return not any(c.dep_ in ("relcl", "acl", "amod", "prep", "compound") for c in head.children)


def _of_them(sent: Span, q: Quantity) -> str | None:
    """'the wounded were taken to hospital, where three of them ...': the kind of the antecedent."""
    doc = sent.doc
    after = [t.lower_ for t in doc[q.end : min(sent.end, q.end + 2)]]
    if after not in (["of", "them"], ["of", "whom"]):
        return None
    before = doc[sent.start : q.start]
    groups = [
        k
        for t in before
        if t.i > 0 and doc[t.i - 1].lower_ == "the" and t.tag_ in ("JJ", "VBN", "NNS") and (k := kind_of_token(t))
    ]
    kinds = groups or [k for t in before if (k := kind_of_token(t))]
    return kinds[-1] if kinds else None


def _to_death(sent: Span, q: Quantity) -> bool:
    """'stabbed four people to death', 'hacked two men to death'."""
    words = [t.lower_ for t in sent.doc[q.end : min(sent.end, q.end + 5)]]
    return any(a == "to" and b == "death" for a, b in itertools.pairwise(words))


def _clause_to_death(head: Token | None) -> bool:
    """'Two men who were stabbed to death': the counted noun's relative clause killed them."""
    return head is not None and any(c.dep_ in ("relcl", "acl") and to_death(c) for c in head.children)


HEADLINE_AMONG_REACH = 3


def _among_kind(sent: Span, q: Quantity) -> str | None:
    """'Three police officers ... were among the dead', 'Two soldiers among 11 killed in attacks', 'Nine children among
    dead' (headlines): a sub-count of the dead."""
    doc = sent.doc
    for i in range(q.end, sent.end - 1):
        near = doc[i].lower_ == "among" and q.end + HEADLINE_AMONG_REACH >= i
        if near and doc[i + 1].tag_ in ("JJ", "VBN", "NN", "NNS") and kind_of_token(doc[i + 1]):
            return kind_of_token(doc[i + 1])  # 'Nine children among dead in missile strike' (a headline)
        if i + 2 >= sent.end:
            break
        if near and doc[i + 1].like_num:
            group = doc[i + 2]
            return kind_of_token(group) or next((k for c in group.children if (k := kind_of_token(c))), None)
        if doc[i].lower_ == "among" and doc[i + 1].lower_ in ("the", "those"):
            group = doc[i + 3] if doc[i + 2].like_num and i + 3 < sent.end else doc[i + 2]
            clauses = (c for c in group.children if c.dep_ in ("acl", "relcl"))  # 'among the 14 people killed'
            return kind_of_token(group) or next((k for c in clauses if (k := kind_of_token(c))), None)
    return None


def _toll_kind(sent: Span, q: Quantity) -> str | None:
    """'the death toll had risen to 44', 'revised down from 14 to 13', 'lowering an earlier toll of 9',
    'the earlier figure of 7': a number a toll rose to, fell from, or was put at counts the dead."""
    before = [t.lower_ for t in sent.doc[max(sent.start, q.qual_start - 2) : q.qual_start]]
    if before[-1:] == ["of"] and before[:1] in (["toll"], ["tally"], ["figure"], ["count"]):
        return _kind_of_total(sent, sent.doc[q.qual_start - 2])
    if before[-1:] not in (["to"], ["at"], ["from"]):
        return None
    toll = next((t for t in sent.doc[sent.start : q.start] if t.lower_ in ("toll", "tally")), None)
    toll = toll or next((t for t in sent.doc[sent.start : q.start] if _bare_count_noun(t)), None)
    if toll is None:
        return None
    return _kind_of_total(sent, toll)


def _kind_of_total(sent: Span, noun: Token) -> str | None:
    """The kind a toll, tally or figure counts: its own modifier ('injury toll'), else the dead for a
    toll; a bare 'the number' or 'the figure' counts what the sentences before counted, another figure what the
    sentence counted before it ('31 people were injured, revising an earlier figure of 24'), else the dead for a
    sentence about the dead or victims."""
    own = next((k for t in noun.subtree if t is not noun and (k := kind_of_token(t))), None)
    if own or noun.lower_ == "toll":
        return own or "killed"  # not 'their tally of 5,622,844 votes': a tally counts the dead only where told
    earlier = _antecedent_kind(sent, noun) if _bare_count_noun(noun) else None
    before = next((k for t in reversed(sent.doc[sent.start : noun.i]) if (k := kind_of_token(t))), None)
    deaths = any(kind_of_token(t) == "killed" or t.lemma_.lower() in ("victim", "death") for t in span_tokens(sent))
    return earlier or before or ("killed" if deaths else None)


ANTECEDENT_REACH = 2
_LOOKING_BACK: ContextVar[bool] = ContextVar("looking_back", default=False)


def _bare_count_noun(tok: Token) -> bool:
    """'the number had risen to 27', 'police later put the figure at 38': a count named by no kind of its own."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    bare = not any(c.dep_ in ("prep", "amod", "compound") for c in tok.children)
    return _toll_word(tok) and det is not None and det.lower_ == "the" and bare


def _antecedent_kind(sent: Span, noun: Token) -> str | None:
    """The kind of the last whole count before `noun`, in its sentence or the ones just before: 'put the
    number of dead at 12. ... the number had risen to 27' counts the dead, '11 people were wounded, but
    the number rose to 14' the wounded."""
    if _LOOKING_BACK.get():
        return None
    token = _LOOKING_BACK.set(True)
    try:
        doc, start = sent.doc, sent.start
        same = [f.figure.kind for f in find_figures(doc[sent.start : noun.i])[0] if f.figure.status != "partial"]
        if same:
            return same[-1]
        for _ in range(ANTECEDENT_REACH):
            if start == 0:
                return None
            prev = doc[start - 1].sent
            kinds = [f.figure.kind for f in find_figures(prev)[0] if f.figure.status != "partial"]
            if kinds:
                return kinds[-1]
            start = prev.start
        return None
    finally:
        _LOOKING_BACK.reset(token)


def _verb_kind(sent: Span, q: Quantity, head: Token | None) -> str | None:
    """The kind named by the verb the counted noun is subject or object of ('four people ... arrested'),
    or by the subject of the verb the number hangs on ('the death toll rose to 18')."""
    node = head if head is not None else sent.doc[q.end - 1]
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN") and _joined_by_and(node):
        node = node.head  # 'kidnapped a priest and two seminarians': the list's verb
    node = _past_dateline(node)
    if node.dep_ == "npadvmod" and any(c.dep_ == "auxpass" for c in node.head.children):
        shot = node.head.lemma_.lower() in ("hit", "shoot", "stab")  # 'Six people - four men and two women - were shot'
        return kind_of_token(node.head) or ("injured" if shot else None)
    listed = _object_listed(node)
    if listed is not None:
        return listed
    if node.dep_ in ("nsubjpass", "dobj") and (to_death(node.head) or _shot_dead(node.head)):
        return "killed"  # 'fatally shot two people', 'One worshipper who tried to flee was shot dead'
    if node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        kind = kind_of_token(node.head) or _sustained(node) or ("arrested" if held_as_suspect(node.head) else None)
        kind = kind or (_in_condition(node.head) if node.dep_ == "nsubj" else None) or _admitted(node)
        kind = kind or _lost_lives(node) or _listed_as(node)
        if kind:
            return kind
        people = node.lower_ in word_set("participants.json", "victim_nouns")
        if people and _taken_in(node):
            return "hospitalized"
        if people and node.dep_ == "nsubjpass" and node.head.lemma_.lower() in ("hit", "shoot", "stab", "strike"):
            return "injured"
        if people and node.dep_ == "dobj" and _hit_by_vehicle(sent, node.head):
            return "injured"  # 'ploughed into a crowd, hitting eight people'
        if people and node.dep_ == "nsubjpass" and (_taken_captive(node.head) or _held_in_siege(node.head)):
            return "hostages"
        if people and node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in _captor_verbs():
            return "hostages"  # 'Bandits seized 45 passengers from a bus'
    for anc in node.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in ("toll", "number", "tally", "figure", "count"):
                own = next((k for t in subj.subtree if (k := kind_of_token(t)) and t is not subj), None)
                return own or ("killed" if subj.lower_ == "toll" else _kind_of_total(sent, subj))
            return None
    return None


def _in_hospital_place(verb: Token) -> bool:
    """'detained in hospital', 'kept in hospital overnight' (British usage): kept in a hospital, not arrested there."""
    if verb.lemma_.lower() not in ("detain", "keep", "hold"):
        return False
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    return any(g.lower_ in word_set("figures.json", "hospital_nouns") for g in places)


def _held_in_siege(verb: Token) -> bool:
    """'Four people, including the rabbi, are being held inside': people held (not in custody, not in a jail) in a
    report of hostage-taking are hostages."""
    if verb.lemma_.lower() != "hold" or held_as_suspect(verb):
        return False
    jails = word_set("figures.json", "custody_places")
    places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return not any(g.lower_ in jails for g in places) and hostage_story(verb.doc)


def _captor_verbs() -> frozenset[str]:
    return word_set("figures.json", "captor_verbs")


def _hit_by_vehicle(sent: Span, verb: Token) -> bool:
    """'drove a van into pedestrians, striking six people', 'A driver mowed down four cyclists': a verb of
    striking in a sentence that tells of a vehicle or its driver wounds the people it hits."""
    if verb.lemma_.lower() not in word_set("figures.json", "vehicle_hit_verbs"):
        return False
    vehicles = word_set("figures.json", "vehicle_words")
    return any(t.lower_ in vehicles for t in span_tokens(sent))


def _object_listed(node: Token) -> str | None:
    """'killed the mayor and at least two others', 'killed the police chief and two of his guards': a count the
    parser joins to the verb after its object is more of the object, harmed as the verb says."""
    verb = node.head
    if node.dep_ != "conj" or verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.i < node.i for c in verb.children):
        return None
    if any(c.dep_ == "amod" and c.i < node.left_edge.i + 1 for c in node.children):
        return None  # 'kill four guards and free 112 inmates': a verb the tagger took for an adjective
    kind = "killed" if to_death(verb) or _shot_dead(verb) else kind_of_token(verb)
    return kind if kind in ("killed", "injured", "hostages") else None


def _past_dateline(node: Token) -> Token:
    """'Srinagar, Nov 3: At least twelve civilians were injured': a dateline the parser took for the subject,
    with the counted people as its apposition, leaves the verb to the dateline's place."""
    place = node.head
    return place if node.dep_ == "appos" and node.pos_ == "NOUN" and dateline_place(place) else node


def _admitted(node: Token) -> str | None:
    """'Memorial Hermann said it received three patients', 'the hospital admitted 14 people', 'St Mary's took in
    six casualties': people a hospital received from the attack are hospitalized."""
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in word_set("figures.json", "admission_verbs"):
        return None
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return None  # 'took in six casualties', not 'took 12 patients hostage'
    subject = subject_of(verb)
    hospital = subject is not None and (
        subject.lower_ in word_set("figures.json", "hospital_nouns") or subject.ent_type_ in ("ORG", "FAC")
    )
    patients = node.lower_ in word_set("figures.json", "patient_nouns")
    return "hospitalized" if patients or hospital else None


def _lost_lives(subject: Token) -> str | None:
    """'At least 54 persons, including local leaders, lost their lives', 'four soldiers embraced martyrdom': a
    subject whose verb's object is a death."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in word_set("figures.json", "death_object_verbs"):
        return None
    return "killed" if any(c.dep_ == "dobj" and kind_of_token(c) == "killed" for c in verb.children) else None


def _listed_as(node: Token) -> str | None:
    """'At least 16 people were listed as missing', 'nine were counted as dead', 'registered as injured': the
    kind after 'as' on the verb of the counted people."""
    for prep in (c for c in node.head.children if c.dep_ == "prep" and c.lower_ == "as"):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp", "acomp", "amod")):
            if kind := kind_of_token(obj):
                return kind
    return None


def _shot_dead(verb: Token) -> bool:
    """'was shot dead', 'left dead': 'dead' completes the verb."""
    return any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp") for c in verb.children)


STATE_KINDS = {"condition": "injured", "captivity": "hostages"}


def _in_condition(verb: Token) -> str | None:
    """'three others are in a critical condition' (wounded), 'At least 40 people remain in captivity'
    (hostages): the state people are in after an attack."""
    if verb.lemma_.lower() not in ("be", "remain", "stay", "lie"):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    states = [g.lemma_.lower() for p in preps for g in p.children if g.dep_ == "pobj"]
    return next((STATE_KINDS[w] for w in states if w in STATE_KINDS), None)


def _sustained(subject: Token) -> str | None:
    """'Three other commandos ... sustained splinter injuries', 'five people suffered burns': the wound the
    subject's verb takes as its object."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in word_set("figures.json", "sustain_verbs"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return "injured" if any(kind_of_token(o) == "injured" for o in objects) else None


def _joined_by_and(conj: Token) -> bool:
    """'a priest and two seminarians', not 'four workers, two Chinese nationals' (parts after a comma)."""
    start = conj.left_edge.i
    return conj.head.i < conj.i and start > 0 and conj.doc[start - 1].lower_ in ("and", "or")


def _taken_captive(verb: Token) -> bool:
    """'45 people had been taken' in a report of a kidnapping: taken captive (not 'taken to hospital')."""
    if verb.lemma_.lower() != "take" or any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children):
        return False
    return any(t.lemma_.lower() in word_set("figures.json", "captive_words") for t in verb.doc)


def _subject_verb(number: Token) -> Token | None:
    """The verb a count is the subject of, past any apposition ('One of the injured, a 62-year-old vendor,
    succumbed')."""
    return number.head if number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB" else None


def _predicate_kind(sent: Span, start: int, group: str) -> str | None:
    """What happened to 'N of the injured' (`start` is the token after 'injured'): the verb ('died') or where it
    took them ('to hospital', 'under treatment'); being 'treated' for wounds keeps them a sub-count of the injured."""
    verb = _subject_verb(sent.doc[start - 4]) or next(
        (t for t in sent.doc[start : min(sent.end, start + RIGHT_WINDOW)] if t.pos_ == "VERB"), None
    )
    if verb is None:
        return None
    candidates = [verb] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "in", "into", "under")
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]
    for tok in candidates:
        kind = kind_of_token(tok)
        if kind and kind != group and tok.lemma_.lower() not in word_set("figures.json", "weak_predicates"):
            return kind
    return None


def _partial(sent: Span, q: Quantity, head: Token | None) -> bool:
    """Sub-counts: 'among them six children', '28 bodies in a restroom', 'six of them'."""
    doc = sent.doc
    before = " ".join(t.lower_ for t in doc[max(sent.start, q.qual_start - 3) : q.qual_start])
    cues = load_data("figures.json")["partial_cues"]
    if any(before.endswith(c) for c in cues) or _of_a_total_before(sent, q):
        return True
    if _among_before(sent, q) and not _whole_group_among(head):
        return True
    after = " ".join(t.lower_ for t in doc[q.end : min(sent.end, q.end + 2)])
    of_them = after in ("of them", "of whom") and not _harmed_of_them(sent, q)
    more = after.split()[:1] == ["more"] and not _more_of_another_kind(sent, q)
    if of_them or more or after.split()[:1] == ["remaining"] or _of_the_group(sent, q):
        return True  # 'three of them'; 'two more bodies'; 'the five remaining hostages' (the rest of a count)
    subloc = word_set("figures.json", "sub_locations")
    anchor = head.i if head is not None else q.end - 1
    for tok in doc[anchor + 1 : min(sent.end, anchor + 6)]:
        if (
            tok.lower_ in subloc
            and tok.i > 0
            and any(t.lower_ in ("in", "within", "inside", "on", "at", "under") for t in doc[anchor + 1 : tok.i])
        ):
            return True
        if tok.lower_ in (",", ";", "and"):
            break
    return False


MORE_REACH = 3


def _more_of_another_kind(sent: Span, q: Quantity) -> bool:
    """'shot dead three people and wounded four more', 'a man was killed and five more were wounded': 'more' of one
    kind, when the sentence counted another kind before, means others (a whole count), not more of a toll ('two
    more bodies were found')."""
    doc = sent.doc
    verb = doc[q.qual_start - 1] if q.qual_start > sent.start else None
    kind = kind_of_token(verb) if verb is not None and verb.pos_ == "VERB" else None
    after = doc[q.end + 1 : min(sent.end, q.end + 1 + MORE_REACH)]
    kind = kind or next((k for t in after if t.pos_ == "VERB" and (k := kind_of_token(t))), None)
    before = doc[sent.start : q.qual_start]
    return kind is not None and any(k not in (None, kind) for t in before if (k := kind_of_token(t)))


def _some_set_free(sent: Span, q: Quantity, head: Token | None) -> bool:
    """'Five hostages ran from the cafe', 'Seven hostages were freed': hostages who got out are some of them, not the
    count held ('All 26 hostages were released' is the whole)."""
    node = head if head is not None and head.i >= q.end else sent.doc[q.end - 1]
    if node.dep_ not in ("nsubj", "nsubjpass") or node.head.lemma_.lower() not in word_set(
        "figures.json", "release_verbs"
    ):
        return False
    before = sent.doc[q.qual_start - 1].lower_ if q.qual_start > sent.start else ""
    return before not in ("all", "the", "its", "their")


def _of_a_total_before(sent: Span, q: Quantity) -> bool:
    """'Of the 27 people killed, 19 were soldiers': a count after the opening 'Of the N ...,' is its part."""
    doc = sent.doc
    words = [t.lower_ for t in doc[sent.start : min(sent.end, sent.start + 2)]]
    if words[:1] != ["of"] or words[1:2] not in (["the"], ["those"]):
        return False
    opening = doc[sent.start : q.start]
    total = next((t for t in opening if t.like_num), None)
    return total is not None and any(t.text == "," and t.i > total.i for t in opening)


def _harmed_of_them(sent: Span, q: Quantity) -> bool:
    """'stormed a checkpoint manned by fighters, killing five of them': the object of a harm verb taken from
    a group never counted before in the sentence is the toll itself, not a part of one."""
    tok = sent.doc[q.end - 1]
    counted_before = any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in sent.doc[sent.start : q.start])
    harm = tok.dep_ == "dobj" and kind_of_token(tok.head) in ("killed", "injured")
    return harm and not counted_before


def _of_the_group(sent: Span, q: Quantity) -> bool:
    """'Two of the rangers were seriously hurt; the other three had minor injuries', 'Two of the men died at
    the scene and the third in hospital': a group split in parts ('12 of the passengers were killed' alone
    counts all the dead)."""
    doc = sent.doc
    if q.end + 2 >= sent.end or doc[q.end].lower_ != "of" or doc[q.end + 1].lower_ not in ("the", "those"):
        return False
    group = doc[q.end + 2]
    rest = padded_words(doc[q.end + 3 : sent.end])
    others = ("other", "remaining", "rest", *load_data("figures.json")["ordinals"])  # 'and the third died in hospital'
    split = any(f" the {w} " in rest for w in others) or " another " in rest
    return split and group.tag_ == "NNS" and group.lower_ not in word_set("figures.json", "perpetrator_nouns")


def _sentence_status(sent: Span, before: int) -> tuple[bool, bool]:
    """(superseded cue, revision cue) in the sentence before token `before`: 'killing seven
    soldiers, raising an earlier toll of four' makes only the four superseded; 'officials had put the toll at 18, but
    X said 32 had died' ends the earlier toll's clause at 'but'."""
    start = max((t.i + 1 for t in sent.doc[sent.start : before] if t.text == ";" or _contrast(t)), default=sent.start)
    text = padded_words(sent.doc[start:before])
    fig = load_data("figures.json")
    sup = any(f" {c} " in text for c in fig["superseded_cues"])
    rev = any(f" {c} " in text for c in fig["revision_cues"])
    return sup, rev


def _contrast(tok: Token) -> bool:
    """'but' joining two clauses (not 'all but', 'but also')."""
    return tok.lower_ == "but" and tok.dep_ == "cc" and tok.i > 0 and tok.doc[tok.i - 1].text == ","


EARLIER_REACH = 6


def _earlier_toll_of(sent: Span, q: Quantity) -> bool:
    """'initial estimates of a death toll of 11', 'a first count of 7': a toll 'of' the number, named under an
    earlier estimate's adjective a few words before."""
    doc = sent.doc
    if q.qual_start - 2 < sent.start or doc[q.qual_start - 1].lower_ != "of" or not _toll_word(doc[q.qual_start - 2]):
        return False
    window = doc[max(sent.start, q.qual_start - 2 - EARLIER_REACH) : q.qual_start - 2]
    return any(t.lower_ in word_set("figures.json", "superseded_adjectives") for t in window)


def _risen_to(sent: Span, q: Quantity) -> bool:
    """'The toll rose on Friday to seven', 'the number of dead climbed overnight to 21': a toll's verb of rising
    with words between it and 'to' the number."""
    if q.qual_start <= sent.start:
        return False
    prep = sent.doc[q.qual_start - 1]
    if prep.lower_ != "to" or prep.dep_ != "prep" or not any(c.dep_ == "pobj" for c in prep.children):
        return False
    return prep.head.lemma_.lower() in word_set("figures.json", "rising_verbs")


def _told_before(number: Token) -> bool:
    """'a military source had told AFP that eight soldiers had been killed', 'officials had announced 12 dead': a
    count its source gave in the pluperfect is an earlier one."""
    verbs = word_set("figures.json", "attribution_verbs")
    speech = next((a for a in number.ancestors if a.lemma_.lower() in verbs and a.pos_ == "VERB"), None)
    return speech is not None and pluperfect(speech)


def _revised_later(sent: Span, q: Quantity) -> bool:
    """'Police later put the figure at 38': a later count revises those given before."""
    text = padded_words(sent.doc[sent.start : q.qual_start])
    return any(f" {c} " in text for c in load_data("figures.json")["revision_phrases"])


def _from_to(sent: Span, qs: list[Quantity]) -> dict[int, str]:
    """'from an initial 143 to 133' (and 'down to 133 from 143'): the earlier figure is superseded,
    the other a revision."""
    doc = sent.doc
    marks: dict[int, str] = {}
    for a, b in itertools.pairwise(qs):
        between = [t.lower_ for t in doc[a.end : b.qual_start]]
        before = [t.lower_ for t in doc[max(sent.start, a.qual_start - 3) : a.qual_start]]
        if between == ["to"] and "from" in before:
            marks[a.start], marks[b.start] = "superseded", "revision"
        elif (between == ["from"] and "to" in before) or _instead_of(between):  # 'down to 13 from 14'
            marks[a.start], marks[b.start] = "revision", "superseded"
    for q in qs:
        if _up_from(sent, q):
            marks.setdefault(q.start, "superseded")
    return marks


def _up_from(sent: Span, q: Quantity) -> bool:
    """'up from 34', 'revised from 14': the number a toll was changed from."""
    before = [t.lower_ for t in sent.doc[max(sent.start, q.qual_start - 2) : q.qual_start]]
    return before[-1:] == ["from"] and len(before) == 2 and before[0] in word_set("figures.json", "revised_from_words")


CORRECTION_REACH = 4


def _instead_of(between: list[str]) -> bool:
    """'two, not three, people died', 'seven people died, not eight', 'five rather than six': the second
    number is the one corrected away."""
    if between[-2:] in (["rather", "than"], ["instead", "of"]) and len(between) <= CORRECTION_REACH:
        return True
    return between[-1:] == ["not"] and len(between) <= CORRECTION_REACH and (len(between) == 1 or between[-2] == ",")


def _hospitalized_of_them(sent: Span, q: Quantity, kind: str | None) -> bool:
    """'injured five residents, three of whom were taken to hospital', 'five hostages were freed, one of them
    with a minor injury': a count of its own kind, not a part of one (as '42 of the injured' taken to hospital)."""
    after = [t.lower_ for t in sent.doc[q.end : min(sent.end, q.end + 2)]]
    if after not in (["of", "them"], ["of", "whom"]):
        return False
    whole = _of_them(sent, q)
    harmed_captives = kind in ("killed", "injured") and whole in ("hostages", "kidnapped")
    return (kind == "hospitalized" and whole != kind) or harmed_captives  # 'five hostages freed, one of them hurt'


def _status(
    sent: Span, q: Quantity, head: Token | None, marks: dict[int, str], kind: str | None = None
) -> tuple[str, bool]:
    if q.start in marks:
        return ("superseded", False) if marks[q.start] == "superseded" else ("current", True)
    group = _of_group(sent, q)
    if group and _predicate_kind(sent, q.end + 3, group) != "hospitalized":
        return "partial", False
    if (_partial(sent, q, head) or _among_kind(sent, q)) and not _hospitalized_of_them(sent, q, kind):
        return "partial", False
    sup, rev = _sentence_status(sent, q.qual_start)
    before = " ".join(t.lower_ for t in sent.doc[max(sent.start, q.qual_start - 4) : q.qual_start])
    fig = load_data("figures.json")
    toll_of = before.removesuffix(" of")  # 'up from a previous toll of 38', 'revising an earlier count of 18'
    earlier = _earlier_toll_of(sent, q) or _told_before(sent.doc[q.end - 1])
    if any(before.endswith(c) or toll_of.endswith(c) for c in fig["superseded_cues"]) or earlier:
        return "superseded", False  # 'the toll had stood at 12': a pluperfect toll is an earlier one
    if any(before.endswith(c) for c in fig["revision_cues"]) or _revised_later(sent, q) or _risen_to(sent, q):
        return "current", True
    near = {t.lower_ for t in sent.doc[max(sent.start, q.qual_start - 2) : q.qual_start]}
    if near & set(fig["superseded_adjectives"]) or (sup and not rev):
        return "superseded", False
    return "current", False


def find_figures(sent: Span) -> tuple[list[FoundFigure], list[PerpCount]]:
    """The casualty figures and attacker counts stated in one sentence."""
    if link_line(sent):
        return [], []
    figures, counts = _sentence_figures(sent)
    if _two_place_headline(sent) or _two_attack_headline(sent):
        figures = [replace(f, summary=True) for f in figures]
    return figures, counts


def _sentence_figures(sent: Span) -> tuple[list[FoundFigure], list[PerpCount]]:
    """The figures and attacker counts of one sentence, as its words give them."""
    qs = find_quantities(sent)
    marks = _from_to(sent, qs)
    figures: list[FoundFigure] = []
    counts: list[PerpCount] = []
    previous: FoundFigure | None = None
    for q in qs:
        if q.vague:
            continue  # 'dozens of other soldiers were wounded' gives no number (GTD leaves such counts unknown)
        band = _band_size(sent, q)
        if band is not None:
            counts.append(PerpCount(q.value, band.idx, sent.doc[q.end - 1].idx + len(sent.doc[q.end - 1].text)))
            continue
        head = _head_noun(sent, q)
        if head is not None and (
            (head.dep_ == "nsubj" and _attacker_noun(head) and not _described_harmed(head))
            or _acts_next(sent, head)
            or _passive_agent(head)
        ):
            counts.append(PerpCount(q.value, sent.doc[q.start].idx, head.idx + len(head.text)))
            continue
        if _conflict_toll(sent, q) or _period_total(sent, q) or _family_size(sent, q) or _running_total(sent, q):
            continue
        kind, of, head = _kind(sent, q, qs)
        again = _band_again(sent, q, counts) or _attackers_named_before(sent, q)
        of = "perpetrators" if head is None and again else of
        of = "perpetrators" if kind == "killed" and _toll_of_attackers(sent, q) else of
        more = _others_of_attackers(q, head, figures)
        of = "perpetrators" if more else of
        of = "victims" if kind == "arrested" and not (more or _attackers_held(sent, q, head)) else of
        of = "perpetrators" if _felled_attackers(head, kind) else of
        if kind is None and head is not None and _attacker_noun(head):
            counts.append(PerpCount(q.value, sent.doc[q.start].idx, head.idx + len(head.text)))
            continue
        status, revision = _status(sent, q, head, marks, kind)
        status = "partial" if kind == "hostages" and status == "current" and _some_set_free(sent, q, head) else status
        if kind is None:
            people = head is None or head.lower_ in word_set("participants.json", "victim_nouns")
            previous = _inherit(sent, q, previous, status, revision, figures) if people else previous
            continue
        found = _make(sent, q, kind, of, status, head, revision)
        if of == "perpetrators" and kind == "killed" and status == "partial" and _among_the_dead(sent, q):
            found = replace(with_status(found, "current"), among=True)  # 'Two of the attackers were among the dead'
        figures.append(found)
        if of == "perpetrators" and head is not None and _whole_band(sent, q, head):
            counts.append(PerpCount(q.value, sent.doc[q.start].idx, head.idx + len(head.text)))
        if found.figure.value != q.value:  # 'Four rangers and a volunteer were wounded': five, the four a part
            figures.append(_make(sent, q, kind, of, "partial", head, False))
        previous = found
    figures, listed = _breakdowns(sent, _attackers_among_dead(sent, figures))
    figures, listed = _long_list_sums(sent, figures, listed)
    figures = _fatal_parts(sent, figures)
    figures = _wounded_who_died(sent, figures)
    figures = _one_plus_count(sent, _sum_conjoined(sent, figures, listed), listed)
    figures = _and_the_next(sent, _comma_pair(sent, figures))
    figures += _including_one(sent, figures)
    figures += _in_hospital(sent, figures)
    figures += unnumbered_figures(sent, {f.token for f in figures})
    figures = _object_and_count(sent, _along_with(sent, _subjects_of_one_verb(sent, figures)))
    figures = _others_of_a_kind(sent, _link_from_to(figures, marks, sent, qs))
    taken = {f.token for f in figures}
    figures += _attacker_among_dead(sent, taken) + _attacker_shot_by_police(sent, taken) + _own_death(sent, taken)
    figures += _killed_after_acting(sent, taken | {f.token for f in figures})
    figures = _band_all_killed(sent, counts, figures)
    figures += _then_harmed_them(sent, qs, figures)
    figures += _band_killed_later(sent, counts, figures)
    figures = _among_this_toll(figures)
    return _within_revision([_mark_also(sent, f) for f in figures]), counts


def _then_harmed_them(sent: Span, qs: list[Quantity], figures: list[FoundFigure]) -> list[FoundFigure]:
    """'forced 14 passengers off the bus and shot them dead', 'abducted 11 miners and killed them': people counted
    as the object of one verb and harmed as 'them' by the verb joined to it are that many harmed."""
    out = []
    for q in qs:
        head = _head_noun(sent, q)
        attackers = head is not None and head.lower_ in word_set("figures.json", "perpetrator_nouns")
        if q.vague or head is None or head.dep_ != "dobj" or attackers:
            continue
        for verb in (c for c in head.head.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            them = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "them"), None)
            kind = verb_harm(verb) if them is not None else None
            if kind in ("killed", "injured") and not any(f.figure.kind == kind and f.token == q.start for f in figures):
                end = max([them, *(c for c in verb.children if c.lower_ == "dead")], key=lambda t: t.i)
                ev = evidence(sent.doc, sent.doc[q.qual_start].idx, end.idx + len(end.text))
                fig = Figure(kind=kind, value=q.value, qualifier=q.qualifier, attributed_to=attribution(sent, head))
                out.append(FoundFigure(fig.model_copy(update={"evidence": [ev]}), q.start, head.lower_))
    return out


def _within_revision(figures: list[FoundFigure]) -> list[FoundFigure]:
    """'The toll rose to 18 after another soldier succumbed': the one more is inside the revised toll beside it, a
    part of it, not one to add."""
    revised = {f.figure.kind for f in figures if f.revision and f.figure.status == "current"}
    return [
        replace(with_status(f, "partial"), adds=False) if f.adds and f.figure.kind in revised else f for f in figures
    ]


def link_line(sent: Span) -> bool:
    """'Read more: Iran executes two men over ...', 'Related: Man arrested after fight ...': a link to another
    story, whose people and numbers are not this report's."""
    words = [t.lower_ for t in sent[:4] if not t.is_space]
    colon = next((n for n, w in enumerate(words) if w == ":"), None)
    return colon is not None and " ".join(words[:colon]) in word_set("figures.json", "link_line_cues")


def _two_place_headline(sent: Span) -> bool:
    """'Soldier killed in Anantnag, three die in Bijapur blast', 'Car bomb in Baidoa, blast near Kismayo kill 12':
    a headline (the first line) that places attacks in two towns may sum or split the tolls of each."""
    end, two_places = _headline_places(sent.doc)
    return two_places and sent.start_char < end


def _two_attack_headline(sent: Span) -> bool:
    """'Truck bomb in Cali and drone attack on police helicopter leave at least 19 dead': a headline toll over two
    attacks joined by 'and' may sum them; the body's own tolls come first."""
    end, _ = _headline_places(sent.doc)
    if sent.start_char >= end:
        return False
    line = list(itertools.takewhile(lambda t: t.idx < end and not t.like_num, sent))
    nouns = word_set("figures.json", "headline_attack_nouns")
    acts = [t.i for t in line if t.lower_ in nouns]
    return len(acts) >= 2 and any(t.lower_ == "and" and acts[0] < t.i < acts[-1] for t in line)


def _headline_places(doc: Doc) -> tuple[int, bool]:
    """Where the first line ends, and whether it is a headline naming two towns; read once per Doc."""
    return per_doc(doc, "polybius_headline_places", lambda: _read_headline_places(doc))


def _read_headline_places(doc: Doc) -> tuple[int, bool]:
    """The first line's end and whether its locative phrases name two towns or more."""
    text = parsed_text(doc)
    end = text.find("\n")
    headline = end >= 0 and not text[:end].rstrip().endswith((".", "!", "?", '"', "\u201d"))
    preps = word_set("figures.json", "locative_prepositions")
    line = itertools.takewhile(lambda t: t.idx < end, doc) if headline else ()
    places = {p for t in line if t.lower_ in preps for p in _places_after(t)}
    return end, len(places) >= 2


def _places_after(prep: Token) -> list[str]:
    """The towns or regions (not countries) named after 'in', 'near': 'in Borno and Zamfara' gives both."""
    out: list[str] = []
    i = prep.i + 1
    while i < len(prep.doc):
        run = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.is_alpha, prep.doc[i : i + 3]))
        name = next((n for k in range(len(run), 0, -1) if (n := _town(prep.doc[i : i + k].text))), None)
        if name is None:
            return out
        out.append(name)
        i += len(run)
        if i + 1 >= len(prep.doc) or prep.doc[i].lower_ != "and":
            return out
        i += 1
    return out


def _town(name: str) -> str | None:
    """`name` if the gazetteer knows it as a place below a country."""
    found = load_gazetteer().lookup(name)
    return name.lower() if found and found[0].kind not in ("country", "continent") else None


BREAKDOWN_MARKS = frozenset({":", "-", "–", "—", "(", ","})
BREAKDOWN_REACH = 3


def _breakdowns(sent: Span, figures: list[FoundFigure]) -> tuple[list[FoundFigure], set[int]]:
    """'the toll rose to 27 - 19 soldiers and eight volunteers', 'killing 12 people: seven police and five
    civilians': counts after a dash, colon or bracket that add up to the number before it are its parts;
    also the tokens of the totals and parts so split."""
    out = list(figures)
    listed: set[int] = set()
    for n, total in enumerate(figures):
        mark = _breakdown_mark(sent, total, figures[n + 1 :])
        if total.figure.status == "partial" or mark is None or _list_not_total(sent, total, mark):
            continue
        parts, value = [], 0
        for part in figures[n + 1 :]:
            if part.token < mark or value >= total.figure.value:
                continue
            if part.figure.kind != total.figure.kind and part.noun not in _people_nouns():
                break
            parts.append(part)
            value += part.figure.value
        value += _single_people_after(sent, parts[-1].token) if parts and value < total.figure.value else 0
        if parts and (len(parts) >= 2 or value > parts[0].figure.value) and value == total.figure.value:
            update = {"status": "partial", "kind": total.figure.kind, "of": total.figure.of}
            out = [replace(f, figure=f.figure.model_copy(update=update)) if f in parts else f for f in out]
            listed |= {total.token, *(p.token for p in parts)}
    return out, listed


def _list_not_total(sent: Span, total: FoundFigure, mark: int) -> bool:
    """'Three soldiers, two policemen and a civilian': after a comma, counts split a total only when it names
    people at large ('12 people, seven policemen and five civilians'); else the comma runs a list."""
    noun = _counted_noun(sent, total)
    return (
        sent.doc[mark].text == "," and noun is not None and noun.lower_ not in word_set("figures.json", "total_nouns")
    )


def _single_people_after(sent: Span, start: int) -> int:
    """'two policemen and a civilian': the single people listed after a count, up to the list's end."""
    doc = sent.doc
    end = next((t.i for t in doc[start : sent.end] if t.text in (",", ";", ")")), sent.end)
    return sum(1 for t in doc[start + 1 : end] if one_listed(t))


def _breakdown_mark(sent: Span, total: FoundFigure, later: list[FoundFigure]) -> int | None:
    """The dash, colon or bracket a few words after a count, before any other count, that opens its parts."""
    doc = sent.doc
    stop = min([f.token for f in later] + [sent.end, total.token + BREAKDOWN_REACH + 1])
    return next(
        (t.i for t in doc[total.token + 1 : stop] if t.text in BREAKDOWN_MARKS and (t.text != "-" or t.whitespace_)),
        None,
    )


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return word_set("participants.json", "victim_nouns")


HOSPITAL_REACH = 3


def _in_hospital(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'33 wounded were taken to hospital', 'the hospital received 14 bodies and 33 wounded': the wounded
    counted in hospital are also the hospitalized count."""
    out = []
    for found in figures:
        f = found.figure
        if f.of != "victims" or f.status == "superseded":
            continue
        if f.kind == "injured" and _taken_in(sent.doc[found.token]):
            out.append(replace(found, figure=f.model_copy(update={"kind": "hospitalized"})))
        if f.kind == "hospitalized" and _treated_for_injuries(sent.doc[found.token]):
            out.append(replace(found, figure=f.model_copy(update={"kind": "injured"})))  # '112 treated for injuries'
    return out


def _treated_for_injuries(tok: Token) -> bool:
    """'112 people were treated for injuries', 'five were hospitalised with gunshot wounds', 'seven people were
    taken to hospital with gunshot wounds': those treated are also the injured."""
    taken = _taken_in(tok)
    for verb in list(tok.ancestors)[:HOSPITAL_REACH]:
        places = [t for t in verb.subtree if t.lower_ in word_set("figures.json", "hospital_nouns")]
        causes = [g for n in (verb, *places) for c in n.children if c.lower_ in ("for", "with") for g in c.children]
        taken_to = (taken or bool(places)) and verb.lemma_.lower() in _hospital_verbs()
        hospital = kind_of_token(verb) == "hospitalized" or taken_to
        if hospital and any(kind_of_token(g) == "injured" for g in causes):
            return True
    return False


def _hospital_verbs() -> frozenset[str]:
    """Verbs that take people to hospital ('taken', 'rushed', 'admitted')."""
    return word_set("figures.json", "hospital_verbs")


def _taken_in(tok: Token) -> bool:
    """Is the count the subject or object of a verb that takes people to (or into) a hospital ('taken to Auckland
    City, Middlemore and Waitakere hospitals': any place in the list)?"""
    nouns = word_set("figures.json", "hospital_nouns")
    for verb in list(tok.ancestors)[:HOSPITAL_REACH]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("figures.json", "hospital_verbs"):
            continue
        places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        places += [c for p in places for c in (*p.conjuncts, *p.children) if c.dep_ in ("conj", "appos")]
        places += [c for c in verb.children if c.dep_ == "nsubj"]
        if any(p.lower_ in nouns for p in places):
            return True
    return False


def _others_of_a_kind(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Four people were arrested and two others detained for questioning': 'others' of the kind a count
    before them in the sentence has already given add to it (6 arrests)."""
    out = []
    for n, found in enumerate(figures):
        noun = _counted_noun(sent, found)
        same = any(
            f.figure.kind == found.figure.kind and f.figure.status == "current" and f.token < found.token
            for f in figures[:n]
        )
        others = noun is not None and noun.lower_ == "others" and found.figure.status == "current"
        out.append(replace(found, adds=True) if others and same else found)
    return out


def _mark_also(sent: Span, found: FoundFigure) -> FoundFigure:
    """'Two of his bodyguards were also killed': the figure adds to the toll stated before it."""
    verb = next((t for t in sent.doc[found.token].ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return found
    killing = to_death(verb) or any(c.lower_ == "dead" for c in verb.children)
    if kind_of_token(verb) != found.figure.kind and not killing:
        return found  # 'they are also connected to the murder of ...' adds no one
    return replace(found, adds=True)


def _counted_noun(sent: Span, found: FoundFigure) -> Token | None:
    """The noun a figure's number modifies ('six' -> 'Jesuits'), if the number is its nummod."""
    tok = sent.doc[found.token]
    while tok.dep_ in ("compound", "quantmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") else None


def _sum_conjoined(sent: Span, figures: list[FoundFigure], listed: set[int]) -> list[FoundFigure]:
    """'The six Jesuits and two more persons were killed', 'two policemen and three civilians': counts of
    one kind joined in one noun phrase add up to the total; the counts themselves become sub-counts (not
    those `listed` as the parts of a total already given)."""
    heads = {n.i: f for f in figures if (n := _counted_noun(sent, f)) is not None}
    out = list(figures)
    for first in figures:
        noun = _counted_noun(sent, first)
        if noun is None or first.figure.status != "current" or first.token in listed or noun.dep_ == "conj":
            continue  # a later item of a list is summed with the list's head
        parts = [heads[c.i] for c in noun.conjuncts if c.i > noun.i and c.i in heads]
        parts = [p for p in parts if (p.figure.kind, p.figure.of) == (first.figure.kind, first.figure.of)]
        if not parts or any(
            p.figure.status == "superseded" or p.token in listed or _some_of_them(sent, p) for p in parts
        ):
            continue  # '22 people killed, 14 of them children, and two pregnant women': a part is not added
        if _people_then_comma(noun):  # 'Forty people, six soldiers and 34 auxiliaries, were killed': its parts
            out = [with_status(f, "partial") if f in parts else f for f in out]
            continue
        out = [with_status(f, "partial") if f is first or f in parts else f for f in out]
        out.append(_summed(sent, [first, *parts]))
    return out


def _some_of_them(sent: Span, found: FoundFigure) -> bool:
    """'14 of them children', 'nine of whom': a count of some of the people counted before."""
    after = [t.lower_ for t in sent.doc[found.token + 1 : min(sent.end, found.token + 3)]]
    return after in (["of", "them"], ["of", "whom"])


def _people_then_comma(noun: Token) -> bool:
    """'Forty people, six soldiers and ...': a count of people at large before a comma heads its own breakdown."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
    return after.text == "," and noun.lower_ in word_set("figures.json", "total_nouns")


def _long_list_sums(sent: Span, figures: list[FoundFigure], listed: set[int]) -> tuple[list[FoundFigure], set[int]]:
    """'Eight women, a 10-year-old girl and four men were wounded', 'Three soldiers, two policemen and a
    civilian were killed': a list of three or more counts and single people of one kind adds up to one
    total (13, 6); every figure inside the list becomes a part (its tokens are added to `listed`). A list of
    counts alone is _sum_conjoined's; one after a count that adds up to it is that count's breakdown."""
    heads = {n.i: f for f in figures if (n := _counted_noun(sent, f)) is not None}
    out = list(figures)
    for first in figures:
        noun = _counted_noun(sent, first)
        if noun is None or first.figure.status != "current" or first.token in listed or noun.dep_ in ("conj", "appos"):
            continue
        items = _list_items(noun)
        counts = [heads[t.i] for t in items if t.i in heads and heads[t.i].figure.kind == first.figure.kind]
        singles = [t for t in items if t.i not in heads and one_listed(t)]
        mixed = singles or any(t.dep_ == "appos" for t in items)
        size = _list_size(noun, items) if counts and not singles else 2
        if len(counts) + len(singles) != len(items) or len(items) < size or not mixed:
            continue
        rest = sum(f.figure.value for f in counts) + len(singles)
        split = items[0].dep_ == "appos" or noun.lower_ in word_set("figures.json", "total_nouns")
        if (split and rest == first.figure.value) or any(f.token in listed for f in counts):
            continue  # '12 people, seven policemen and five civilians': the parts of the 12
        if any(f.figure.status == "partial" for f in counts):
            continue  # 'Eight people were killed, among them five policemen and a judge': a sub-count is not added
        last = max(items, key=lambda t: t.i)
        inside = range(first.token, last.i + 1)
        out = [with_status(f, "partial") if f.token in inside or f is first else f for f in out]
        ev = evidence(sent.doc, first.figure.evidence[0].start, last.idx + len(last.text))
        fig = first.figure.model_copy(
            update={"value": first.figure.value + rest, "status": "current", "evidence": [ev]}
        )
        out.append(FoundFigure(fig, first.token, first.noun, first.revision))
        listed = listed | {first.token, *(f.token for f in counts), *(t.i for t in singles)}
    return out, listed


def _list_size(noun: Token, items: list[Token]) -> int:
    """How many items after the first make a list: two ('Eight women, a girl and four men'), or one for a pair of
    counts of different people set side by side ('3 soldiers, 2 civilians killed'), never a count of people at large
    ('12 people, seven policemen' splits the 12)."""
    totals = word_set("figures.json", "total_nouns")
    pair = len(items) == 1 and items[0].dep_ == "appos" and items[0].lemma_ != noun.lemma_
    pair = pair and all(t.text == "," or t.i >= items[0].left_edge.i for t in noun.doc[noun.i + 1 : items[0].i])
    return 1 if pair and noun.lower_ not in totals else 2


def _fatal_parts(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Seven people were shot, two of them fatally', 'stabbed three people, one fatally': the fatal part is
    killed, and the people hit count as wounded only without it (5 and 2); the dead are not also injured."""
    out = list(figures)
    for n, part in enumerate(figures):
        if not _fatal_after(sent, part):
            continue
        hit = next(
            (f for f in reversed(figures[:n]) if f.figure.kind == "injured" and f.figure.status == "current"), None
        )
        if hit is None or hit.figure.value <= part.figure.value:
            continue
        end = next(t for t in sent.doc[part.token : sent.end] if t.lower_ in word_set("figures.json", "fatal_adverbs"))
        ev = evidence(sent.doc, hit.figure.evidence[0].start, end.idx + len(end.text))
        rest = hit.figure.model_copy(update={"value": hit.figure.value - part.figure.value, "evidence": [ev]})
        dead = part.figure.model_copy(update={"kind": "killed", "status": "current"})
        out = [replace(hit, figure=rest) if f is hit else replace(part, figure=dead) if f is part else f for f in out]
    return out


def _wounded_who_died(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Nine people were shot, three of whom died', 'One of them later died in hospital' (after a count of the
    wounded), 'Two of the injured died': the dead among the wounded are this attack's dead, adding to any toll
    given before; in one sentence with the count of the hit, they leave it (6 wounded)."""
    out = list(figures)
    for n, found in enumerate(figures):
        if found.figure.kind != "killed" or found.figure.status != "partial" or not _dying_of_wounded(sent, found):
            continue
        if any(f.figure.kind == "killed" and f.figure.status != "partial" for f in figures):
            continue  # 'the toll rose to 18 after six of the wounded died': the six explain the new toll
        hit = next(
            (f for f in reversed(figures[:n]) if f.figure.kind == "injured" and f.figure.status == "current"), None
        )
        dead = replace(found, figure=found.figure.model_copy(update={"status": "current"}), adds=hit is None)
        out = [dead if f is found else f for f in out]
        if hit is not None and hit.figure.value > found.figure.value:
            rest = hit.figure.model_copy(update={"value": hit.figure.value - found.figure.value})
            out = [replace(hit, figure=rest) if f is hit else f for f in out]
    return out


def _dying_of_wounded(sent: Span, found: FoundFigure) -> bool:
    """'three of whom died', 'one of them later died', 'two of the injured died': a count taken from the
    wounded (named, or counted in this or the sentence before) whose verb is dying, with no other part after
    it ('and the third died in hospital' splits a group of the dead)."""
    doc = sent.doc
    after = [t.lower_ for t in doc[found.token + 1 : min(sent.end, found.token + 4)]]
    wounded = after[:2] == ["of", "the"] and after[2:3] and kind_of_token(doc[found.token + 3]) == "injured"
    pronoun = after[:2] in (["of", "them"], ["of", "whom"]) and _wounded_before(sent, found.token)
    start = found.token + 4 if wounded else found.token + 1
    verb = _subject_verb(doc[found.token]) or next(
        (t for t in doc[start : min(sent.end, start + RIGHT_WINDOW)] if t.pos_ == "VERB"), None
    )
    dying = verb is not None and verb.lemma_.lower() in word_set("figures.json", "dying_verbs")
    split = any(f" the {w} " in padded_words(doc[found.token : sent.end]) for w in ("other", "rest", "remaining"))
    return bool(wounded or pronoun) and dying and not split


def _wounded_before(sent: Span, token: int) -> bool:
    """Was the last count before `token` (in its sentence or the one before) a count of the wounded?"""
    return _antecedent_kind(sent, sent.doc[token]) == "injured"


def _fatal_after(sent: Span, found: FoundFigure) -> bool:
    """Is a count followed by 'fatally' ('two fatally', 'two of them fatally')?"""
    after = [t.lower_ for t in sent.doc[found.token + 1 : min(sent.end, found.token + 4)]]
    if after[2:3] and after[:2] in (["of", "them"], ["of", "whom"]):
        after = after[2:]
    return bool(after) and after[0] in word_set("figures.json", "fatal_adverbs")


def _list_items(noun: Token) -> list[Token]:
    """The nouns listed after `noun` by commas and 'and' (conjuncts, and appositions the parser makes of
    list items), in order."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("conj", "appos") and child.i > noun.i:
            out += [child, *_list_items(child)]
    return sorted(out, key=lambda t: t.i)


def _one_plus_count(sent: Span, figures: list[FoundFigure], listed: set[int]) -> list[FoundFigure]:
    """'A soldier and three civilians were killed', 'Judge X and two of her bodyguards were assassinated':
    single people joined to a count add to it; the count becomes a part of the sum (which is itself a part
    when the count was one)."""
    out = list(figures)
    for found in figures:
        joined = _counted_noun(sent, found) or sent.doc[found.token]
        head = joined.head
        if joined.dep_ != "conj" or found.figure.status == "superseded" or not one_listed(head) or head.i in listed:
            continue  # a part stays a part: 'A police officer and three civilians were among the wounded'
        if _named_attacker(head):
            continue  # 'Gunman Man Haron Monis and two hostages dead': the attacker is no victim
        others = [c for c in head.children if c.dep_ == "conj" and c.i != joined.i and one_listed(c)]
        first = person_start(head)
        f = found.figure
        ev = evidence(sent.doc, first.idx, max(f.evidence[0].end, first.idx))
        fig = f.model_copy(update={"value": f.value + 1 + len(others), "evidence": [ev]})
        out = [with_status(g, "partial") if g is found else g for g in out]
        out.append(FoundFigure(fig, first.i, head.lower_, found.revision))
    return out


INCLUDING_REACH = 4


def _including_one(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'killing two people, including a child', 'five people, among them a police officer and a teacher': single people
    named after a count's 'including' are a part of it."""
    out = []
    taken = {f.token for f in figures}
    for found in [f for f in figures if f.figure.status == "current" and f.figure.of == "victims"]:
        noun = _counted_noun(sent, found) or sent.doc[found.token]
        start = noun.i + 1
        cue = next((t for t in sent.doc[start : min(sent.end, start + INCLUDING_REACH)] if _part_cue(t)), None)
        if cue is None:
            continue
        det = sent.doc[cue.i + 1] if cue.i + 1 < sent.end else cue
        window = sent.doc[det.i + 1 : min(sent.end, det.i + 4)]
        person = next((t for t in window if t.pos_ == "NOUN" and t.dep_ != "compound"), None)
        if det.lower_ not in ("a", "an") or person is None or person.i in taken or not one_listed(person):
            continue
        people = [person, *(c for c in person.conjuncts if c.i > person.i and one_listed(c))]
        ev = evidence(sent.doc, det.idx, people[-1].idx + len(people[-1].text))
        fig = found.figure.model_copy(update={"value": len(people), "status": "partial", "evidence": [ev]})
        out.append(FoundFigure(fig, person.i, person.lower_))
    return out


def _part_cue(tok: Token) -> bool:
    """'including' or the 'them' of 'among them'."""
    return tok.lower_ == "including" or (tok.lower_ == "them" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "among")


def _comma_pair(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'mourns 2 officers, 2 residents killed in shooting': two counts of people side by side, the second's participle
    naming the harm, add up (the parser joins them to the verb, not to each other)."""
    for a, b in itertools.pairwise(figures):
        if not (_same_toll(a, b) and a.figure.qualifier == b.figure.qualifier == "exact"):
            continue
        first, second = _counted_noun(sent, a), _counted_noun(sent, b)
        if first is None or second is None or _list_items(first) or first.i + 2 >= sent.end:
            continue
        if sent.doc[first.i + 1].text == "," and second.i <= first.i + 4 and _list_participle_kind(second):
            out = [with_status(f, "partial") if f is a or f is b else f for f in figures]
            return [*out, _summed(sent, [a, b])]
    return figures


ORDINAL_REACH = 16


def _and_the_next(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'detained two young men near the scene and a third suspect later in the morning': a count, then 'and a' with
    the next ordinal and no verb of its own, counts one more of the same kind (the count becomes a part)."""
    ordinals = load_data("figures.json")["ordinals"]
    out = list(figures)
    for found in figures:
        f = found.figure
        if f.status != "current" or f.qualifier != "exact":
            continue
        words = sent.doc[found.token + 1 : min(sent.end, found.token + ORDINAL_REACH)]
        for a, b, c in zip(words, words[1:], words[2:], strict=False):
            if a.lower_ == "and" and b.lower_ in ("a", "an") and ordinals.get(c.lower_) == f.value + 1:
                noun = c.head if c.dep_ == "amod" else c
                if any(t.pos_ == "VERB" or t.like_num for t in sent.doc[found.token + 1 : a.i]):
                    break  # 'killing two men and wounding a third' is another kind, told by its own verb
                ev = evidence(sent.doc, f.evidence[0].start, noun.idx + len(noun.text))
                fig = f.model_copy(update={"value": f.value + 1, "evidence": [ev]})
                out = [with_status(g, "partial") if g is found else g for g in out]
                out.append(FoundFigure(fig, found.token, found.noun, found.revision))
                break
    return out


def _named_attacker(person: Token) -> bool:
    """'Gunman Man Haron Monis', 'the attacker, Ali K.': a person the text names as the attacker."""
    words = word_set("participants.json", "singular_attacker_nouns")
    near = [c for c in person.subtree if c.dep_ in ("compound", "appos") and c.i != person.i]
    return person.lower_ in words or any(c.lower_ in words for c in near) or person.head.lower_ in words


def _subject(sent: Span, found: FoundFigure) -> Token | None:
    """The subject token a figure counts, if it is a subject ('Judge X' or 'two of her bodyguards')."""
    tok = sent.doc[found.token]
    while tok.dep_ in ("compound", "det", "nummod", "quantmod", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.dep_ in ("nsubj", "nsubjpass") else None


def _counted_people(subj: Token) -> bool:
    """A subject that is people: one person named or described, or a number of something."""
    return one_listed(subj) or subj.like_num or any(c.dep_ == "nummod" for c in subj.children)


def _subjects_of_one_verb(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Judge Maria Diaz, ..., and two of her bodyguards were assassinated', parsed as two subjects of one
    verb: their counts add up (the parser's 'and' is lost), each becoming a part."""
    groups: dict[tuple[int, str], list[FoundFigure]] = {}
    for found in figures:
        subj = _subject(sent, found)
        if (
            subj is not None
            and _counted_people(subj)
            and found.figure.status == "current"
            and found.figure.of == "victims"
        ):
            groups.setdefault((subj.head.i, found.figure.kind), []).append(found)
    out = list(figures)
    for parts in groups.values():
        subjects = {_subject(sent, p).i for p in parts}
        starts = {p.figure.evidence[0].start for p in parts}
        if len(parts) < 2 or len(subjects) < len(parts) or len(starts) < len(parts):
            continue
        parts.sort(key=lambda p: p.figure.evidence[0].start)
        out = [with_status(f, "partial") if any(f is p for p in parts) else f for f in out]
        out.append(_summed(sent, parts))
    return out


def _along_with(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'The governor ... was killed along with at least two other people', 'The mayor was shot dead alongside three
    of his bodyguards': a count joined to the subject of its verb by 'along with', 'together with' or 'alongside'
    adds to the one the subject counts (3); both become parts."""
    out = list(figures)
    for found in figures:
        verb = _companion_verb(sent, found)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subj is None or found.figure.status != "current":
            continue
        span = range(subj.left_edge.i, subj.right_edge.i + 1)
        base = next((g for g in out if g is not found and g.token in span and _same_toll(g, found)), None)
        if base is None and not _harmed_person(subj, found):
            continue
        out = [with_status(g, "partial") if g is base or g is found else g for g in out]
        parts = [base, found] if base is not None else [found]
        summed = _summed(sent, sorted(parts, key=lambda g: g.figure.evidence[0].start))
        out.append(_with_person(sent, summed, subj if base is None else None))
    return out


def _harmed_person(person: Token, found: FoundFigure) -> bool:
    """One person the sentence harms with a count ('the governor of Balkh' of 'The governor of Balkh was killed along
    with two others'), a current victim count of killed or injured."""
    f = found.figure
    harmed = f.kind in ("killed", "injured") and f.of == "victims" and f.status == "current"
    return harmed and one_person(person) and not _named_attacker(person)


def _with_person(sent: Span, summed: FoundFigure, person: Token | None) -> FoundFigure:
    """The sum plus one person no figure counted yet, the evidence from the person on."""
    if person is None:
        return summed
    f = summed.figure
    start = min(person.left_edge.idx, f.evidence[0].start)
    ev = evidence(sent.doc, start, max(f.evidence[0].end, start))
    return replace(summed, figure=f.model_copy(update={"value": f.value + 1, "evidence": [ev]}))


def _object_and_count(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'killing the imam and four worshippers', 'killed the mayor and at least two others', 'shot dead the village
    head and his two sons': one person harmed and a count joined to them add up (5, 3, 3); both become parts."""
    out = list(figures)
    for found in figures:
        joined = _counted_noun(sent, found) or sent.doc[found.token]
        if joined.dep_ != "conj" or found.figure.status != "current" or found.figure.of != "victims":
            continue
        head = joined.head
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < joined.i] if head.pos_ == "VERB" else [head]
        spans = [range(o.left_edge.i, o.i + 1) for o in objects]
        one = next(
            (g for g in out if g.figure.value == 1 and any(g.token in r for r in spans) and _same_toll(g, found)), None
        )
        person = next((o for o in objects if _harmed_person(o, found)), None) if one is None else None
        if one is not None or person is not None:
            out = [with_status(g, "partial") if g is one or g is found else g for g in out]
            parts = [one, found] if one is not None else [found]
            out.append(_with_person(sent, _summed(sent, parts), person))
    return out


def _companion_verb(sent: Span, found: FoundFigure) -> Token | None:
    """The verb a count hangs on by 'along with', 'together with' or 'alongside'."""
    noun = _counted_noun(sent, found) or sent.doc[found.token]
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    joined = prep.lower_ == "with" and prep.i > 0 and sent.doc[prep.i - 1].lower_ in ("along", "together")
    verb = prep.head.head if joined and prep.head.lower_ in ("along", "together") else prep.head
    return verb if (joined or prep.lower_ == "alongside") and verb.pos_ in ("VERB", "AUX") else None


def _same_toll(a: FoundFigure, b: FoundFigure) -> bool:
    """Two current victim figures of one kind."""
    return (
        (a.figure.kind, a.figure.of, a.figure.status)
        == (b.figure.kind, b.figure.of, b.figure.status)
        == (
            b.figure.kind,
            "victims",
            "current",
        )
    )


def _summed(sent: Span, parts: list[FoundFigure]) -> FoundFigure:
    """One current figure counting all `parts`, its evidence running from the first to the last."""
    first, last = parts[0].figure, parts[-1].figure
    exact = all(p.figure.qualifier == "exact" for p in parts)
    ev = evidence(sent.doc, first.evidence[0].start, last.evidence[0].end)
    fig = first.model_copy(
        update={
            "value": sum(p.figure.value for p in parts),
            "status": "current",
            "qualifier": "exact" if exact else "at_least",
            "evidence": [ev],
        }
    )
    return FoundFigure(fig, parts[0].token, parts[0].noun, parts[0].revision)


def _acts_next(sent: Span, head: Token) -> bool:
    """'two men on a motorcycle shot dead ...': people followed by an active attack verb (no 'were'),
    read from the word order because the small parser often garbles such sentences."""
    if head.lower_ not in ("men", "people", "youths", "individuals", "assailants", "attackers", "gunmen"):
        return False
    if head.dep_ == "dobj":
        return False  # 'a man ... wounded six people before being shot by police'
    for tok in sent.doc[head.i + 1 : min(sent.end, head.i + 7)]:
        if tok.lower_ in ("was", "were", "been", "being", "had", ",", "and", "who"):
            return False
        if tok.lower_ in word_set("figures.json", "attack_act_words"):
            return True
    return False


PART_REACH = 3
AS_WELL_AS = ["as", "well", "as"]


def _inherit(
    sent: Span, q: Quantity, previous: FoundFigure | None, status: str, revision: bool, figures: list[FoundFigure]
) -> FoundFigure | None:
    """'28 bodies in a restroom and 14 on a staircase', '40 had been injured in the attack, up from 34': the bare
    number takes its neighbour's kind."""
    if previous is None:
        return previous
    between = [t.lower_ for t in sent.doc[previous.token + 1 : q.qual_start]]
    part_of = status == "partial" and len(between) <= PART_REACH  # 'killing eight people including five policemen'
    opens_parts = bool(BREAKDOWN_MARKS - {","} & set(between)) and len(between) <= BREAKDOWN_REACH
    linked = revision or part_of or opens_parts or ({"and", ","} & set(between)) or between[-3:] == AS_WELL_AS
    far = len(between) > 8 and not (_next_part(sent, previous, q) or _up_from(sent, q))
    if far or not linked or _other_verb(sent.doc[previous.token], sent.doc[q.start]) or _own_participle(sent, q):
        return previous
    if opens_parts:
        status = "partial"  # 'killed 12 people: seven policemen and five civilians'
    elif status == "current" and not revision:
        status = previous.figure.status
    found = _make(sent, q, previous.figure.kind, previous.figure.of, status, None, revision)
    figures.append(found)
    return found


LIST_REACH = 16
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _own_participle(sent: Span, q: Quantity) -> bool:
    """'80 people were killed and over 50,000 displaced': a participle after the number that names no harm tells
    what befell that count."""
    nxt = sent.doc[q.end] if q.end < sent.end else None
    verb = nxt is not None and nxt.tag_ in ("VBN", "VBD") and nxt.pos_ == "VERB"  # not 'and three were civilians'
    told = verb and nxt.lemma_.lower() in word_set("figures.json", "attribution_verbs")  # 'up from 34 reported'
    return verb and not told and kind_of_token(nxt) is None


def _next_part(sent: Span, previous: FoundFigure, q: Quantity) -> bool:
    """'101 killed, 85 of them fighters of the Turkish-backed Syrian National Army (SNA) and 16 members of the SDF': a
    count after 'and' that closes a long part of a toll, with no clause between, is the next part."""
    between = sent.doc[previous.token + 1 : q.qual_start]
    if previous.figure.status != "partial" or len(between) > LIST_REACH or between[-1:].text != "and":
        return False
    return not any(t.tag_ in FINITE_TAGS for t in between)


def _other_verb(before: Token, after: Token) -> bool:
    """'killing four guards and freeing 112 inmates': the second count is the object of another verb."""
    verbs = [_direct_verb(t) for t in (before, after)]
    return None not in verbs and verbs[0].i != verbs[1].i


def _direct_verb(number: Token) -> Token | None:
    """The verb whose subject or object the counted noun is ('112' of 'freeing 112 inmates')."""
    noun = number.head if number.dep_ == "nummod" else number
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    return None


def _link_from_to(
    figures: list[FoundFigure], marks: dict[int, str], sent: Span, qs: list[Quantity]
) -> list[FoundFigure]:
    """Give both ends of 'from X to Y' the kind found for either end."""
    by_token = {f.token: f for f in figures}
    out = list(figures)
    for a, b in itertools.pairwise(qs):
        if a.start not in marks or b.start not in marks:
            continue
        for this, other in ((a, b), (b, a)):
            if other.start in by_token and this.start not in by_token:
                src, revised = by_token[other.start], marks[this.start] == "revision"
                status = "current" if revised else "superseded"
                out.append(_make(sent, this, src.figure.kind, src.figure.of, status, None, revised))
    out.sort(key=lambda f: f.token)
    return out


BARE_REACH = 2


def _attackers_named_before(sent: Span, q: Quantity) -> bool:
    """'Three militants tried to plant a bomb ... It went off, killing the three on the spot': 'the three' with no
    noun stands for the last count of that number in the sentences before, here attackers."""
    doc = sent.doc
    if q.start == sent.start or doc[q.start - 1].lower_ not in ("the", "all") or q.qual_start != q.start:
        return False
    start = sent.start
    for _ in range(BARE_REACH):
        if start == 0:
            return False
        prev = doc[start - 1].sent
        nouns = [_head_noun(prev, p) for p in find_quantities(prev) if p.value == q.value]
        if any(n is not None for n in nouns):
            return any(n is not None and n.lower_ in word_set("figures.json", "perpetrator_nouns") for n in nouns)
        start = prev.start
    return False


def _band_again(sent: Span, q: Quantity, counts: list[PerpCount]) -> bool:
    """'Three attackers stormed the hotel; all three were killed': 'all three' or 'the three' with no noun, after a
    band of that size in the sentence, is the band."""
    doc = sent.doc
    if q.start == sent.start or doc[q.start - 1].lower_ not in ("the", "all") or q.qual_start != q.start:
        return False
    return any(c.value == q.value and c.end_char <= doc[q.start].idx for c in counts)


def _attackers_among_dead(sent: Span, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Five people, including the gunman, were killed', '"Three people have died," a spokesman says, including the
    gunman', '21 people were killed, including the five gunmen': the dead a toll counts less the attackers it names
    after 'including' (kept apart as attackers killed)."""
    out = list(figures)
    for total in figures:
        f = total.figure
        if f.kind != "killed" or f.of != "victims" or f.status != "current" or f.value < 2:
            continue
        cue = _including_cue(sent, total.token, figures)
        named = _attackers_named(sent, cue, figures) if cue is not None else None
        if named is None or named[0] >= f.value:
            continue
        n, part = named
        victims = replace(total, figure=f.model_copy(update={"value": f.value - n}))
        attackers = f.model_copy(update={"value": n, "of": "perpetrators", "qualifier": "exact"})
        out = [victims if g is total else g for g in out if g is not part]
        out.append(
            replace(part, figure=attackers.model_copy(update={"evidence": part.figure.evidence}))
            if part is not None
            else replace(total, figure=attackers)
        )
    return out


def _attacker_among_dead(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'The gunman was among the dead', 'The attacker, a 24-year-old man, was among those killed': one attacker
    counted inside the toll told before (which `among` takes him out of)."""
    out = []
    attackers = _dead_attacker_words()
    for tok in span_tokens(sent):
        if tok.lower_ not in attackers or tok.i in taken:
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the":
            continue
        dead = _dead_around(tok)
        if dead is not None:
            start, end = min(det, dead, key=lambda t: t.i), max(dead.right_edge, tok, key=lambda t: t.i)
            ev = evidence(sent.doc, start.idx, end.idx + len(end.text))
            fig = Figure(kind="killed", value=1, of="perpetrators", attributed_to=attribution(sent, tok), evidence=[ev])
            out.append(FoundFigure(fig, tok.i, tok.lower_, among=True))
    return out


@lru_cache(maxsize=1)
def _dead_attacker_words() -> frozenset[str]:
    """One attacker as a toll names him: 'the gunman', 'the suspect', 'the killer'."""
    return word_set("participants.json", "singular_attacker_nouns") | word_set("figures.json", "dead_attacker_nouns")


def _dead_around(tok: Token) -> Token | None:
    """'the dead' of 'The gunman was among the dead' or of 'The dead include the suspect' around an attacker word."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_ == "be":
        return next((g for p in verb.children if p.lower_ == "among" for g in p.children if _the_dead(g)), None)
    if tok.dep_ == "dobj" and verb.lemma_ == "include":
        return next((s for s in verb.children if s.dep_ == "nsubj" and _the_dead(s)), None)
    return None


def _among_the_dead(sent: Span, q: Quantity) -> bool:
    """'Two of the attackers were among the dead', 'Among the dead were three of the gunmen'."""
    return "killed" in (_among_kind(sent, q), _among_before(sent, q))


def _among_this_toll(figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Two of the attackers were among the 14 people killed': attackers among the dead of a toll in their own
    sentence leave it there (12); those among a toll told before leave that one (totals.add_ups)."""
    out = list(figures)
    for part in figures:
        total = next((g for g in out if g is not part and _same_toll(g, g) and g.figure.kind == "killed"), None)
        if not part.among or total is None or total.figure.value <= part.figure.value:
            continue
        fewer = total.figure.model_copy(update={"value": total.figure.value - part.figure.value})
        out = [replace(g, figure=fewer) if g is total else replace(g, among=False) if g is part else g for g in out]
    return out


def _band_all_killed(sent: Span, counts: list[PerpCount], figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Six attackers were involved and all of them were killed', 'Two gunmen opened fire and both were shot dead':
    a band counted in the sentence, then all of it killed, with no other count between (attackers killed, as many
    as the band; not a count of victims)."""
    if not counts:
        return figures
    doc, first = sent.doc, min(c.end_char for c in counts)
    for tok in span_tokens(sent):
        if tok.lower_ not in ("all", "both") or tok.idx < first:
            continue
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "advmod", "dep", "appos") or verb.pos_ not in ("VERB", "AUX"):
            continue
        band = next(c for c in reversed(counts) if c.end_char <= tok.idx)
        if any(t.like_num for t in doc[sent.start : tok.i] if band.end_char <= t.idx):
            return figures  # 'Four gunmen shot five people, and all of them died': the victims
        if kind_of_token(verb) == "killed" or _shot_dead(verb) or to_death(verb):
            ev = evidence(doc, tok.idx, verb.idx + len(verb.text))
            fig = Figure(
                kind="killed", value=band.value, of="perpetrators", attributed_to=attribution(sent, tok), evidence=[ev]
            )
            return [f for f in figures if f.token != tok.i] + [FoundFigure(fig, tok.i, tok.lower_)]
    return figures


def _band_killed_later(sent: Span, counts: list[PerpCount], figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Two men armed with knives burst into a church ... before being shot dead by police', 'Three gunmen attacked
    the post and were later killed': a band counted as the subject, killed by a later verb of its own clause."""
    if any(f.figure.of == "perpetrators" and f.figure.kind == "killed" for f in figures):
        return []
    for band in counts:
        noun = next((t for t in span_tokens(sent) if t.idx + len(t.text) == band.end_char), None)
        if noun is None or noun.dep_ != "nsubj":
            continue
        verb = next((v for v in span_tokens(sent) if v.i > noun.i and _killed_later(v, noun)), None)
        if verb is not None:
            words = [verb, *(c for c in verb.children if c.lower_ == "dead" or c.dep_ == "auxpass")]
            first, last = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
            ev = evidence(sent.doc, first.idx, last.idx + len(last.text))
            fig = Figure(kind="killed", value=band.value, of="perpetrators", attributed_to=attribution(sent, noun))
            return [FoundFigure(fig.model_copy(update={"evidence": [ev]}), verb.i, noun.lower_)]
    return []


def _killed_later(verb: Token, noun: Token) -> bool:
    """Is `verb` a passive killing ('being shot dead by police', 'were later killed') or a death with no subject of
    its own, in a clause whose subject is `noun`?"""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or hypothetical(verb):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) and verb_harm(verb) == "killed"
    if not passive and verb.lemma_.lower() not in word_set("figures.json", "dying_verbs"):
        return False
    agent = agent_of_any(verb)
    if agent is not None and not security_force(agent):
        return False
    owner = next((a for a in verb.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
    return owner is not None and noun.head.i == owner.i


def _toll_of_attackers(sent: Span, q: Quantity) -> bool:
    """'put the number of assailants killed at 20', 'the number of militants killed rose to 35': a toll of attackers
    (the number's 'at' or 'to' hangs on the toll's verb or on its own participle)."""
    node = sent.doc[q.end - 1]
    if node.dep_ != "pobj" or node.head.lower_ not in ("at", "to"):
        return False
    perps = word_set("figures.json", "perpetrator_nouns")
    for anc in list(node.head.ancestors)[:TOLL_REACH]:
        if anc.lower_ in perps and anc.head.lower_ == "of" and _toll_word(anc.head.head):
            return True
        tolls = [c for c in anc.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and _toll_word(c)]
        counted = (g for t in tolls for g in t.subtree if g.i < node.i and g.dep_ not in ("amod", "compound", "poss"))
        if any(g.lower_ in perps for g in counted):  # not 'the toll in Sunday's militant attack'
            return True
    return False


TOLL_REACH = 3


def _toll_word(tok: Token) -> bool:
    """A word for a count of people ('toll', 'number', 'figure')."""
    return tok.lower_ in word_set("figures.json", "toll_nouns")


def _attacker_shot_by_police(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'Bus hijacker shot dead by police sniper on Rio bridge', 'Knifeman killed by officers', 'Trebes: gunman killed,
    three dead': an attacker noun with a participle of killing by security forces (headline style), or with none in a
    headline, is one attacker killed."""
    out = []
    attackers = word_set("participants.json", "singular_attacker_nouns") | word_set("figures.json", "perpetrator_nouns")
    for tok in span_tokens(sent):
        if tok.tag_ not in ("NN", "NNP") or tok.lower_ not in attackers or tok.i in taken:
            continue
        verb = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
        headline = tok.idx < headline_end(tok.doc)
        bare = tok.dep_ in ("nsubj", "nsubjpass") and _headline_passive(tok.head) and headline
        verb = tok.head if verb is None and bare else verb  # 'Hostage-taking in Trebes: gunman killed, three dead'
        if verb is None or "killed" not in (kind_of_token(verb), "killed" if _shot_dead(verb) else None):
            continue
        if security_force(agent_of_any(verb)) or (headline and agent_of_any(verb) is None):
            ev = evidence(sent.doc, tok.idx, verb.idx + len(verb.text))
            fig = Figure(kind="killed", value=1, of="perpetrators", evidence=[ev])
            out.append(FoundFigure(fig, tok.i, tok.lower_))
    return out


def _killed_after_acting(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'a gunman opened fire near the embassy before being killed by police', 'two attackers stormed the hotel before
    being shot dead': the attackers who acted, killed (by security forces, or by no one named) as 'before being'
    tells it."""
    out = []
    attackers = _dead_attacker_words() | word_set("figures.json", "perpetrator_nouns")
    for tok in span_tokens(sent):
        if tok.lower_ != "being" or tok.dep_ != "auxpass":
            continue
        verb = tok.head
        if verb.dep_ != "pcomp" or verb.head.lower_ != "before":
            continue
        if not (kind_of_token(verb) == "killed" or _shot_dead(verb)) or hypothetical(verb):
            continue
        actor = subject_of(verb.head.head)
        agent = agent_of_any(verb)
        if (
            actor is None
            or actor.lower_ not in attackers
            or actor.i in taken
            or not (agent is None or security_force(agent))
        ):
            continue
        number = next((c for c in actor.children if c.dep_ == "nummod" and c.like_num), None)
        value = token_value(number) if number is not None else 1 if actor.tag_ == "NN" else None
        if value is None:
            continue
        end = max(verb, *(c for c in verb.children if c.lower_ == "dead" or c.dep_ == "agent"), key=lambda t: t.i)
        end = end.right_edge if end.dep_ == "agent" else end
        ev = evidence(sent.doc, tok.idx, end.idx + len(end.text))
        fig = Figure(kind="killed", value=value, of="perpetrators", attributed_to=attribution(sent, tok), evidence=[ev])
        out.append(FoundFigure(fig, actor.i, actor.lower_))
    return out


OWN_DEATH_WORDS = frozenset({"life", "lives", "himself", "herself"})


def _own_death(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'before taking his own life', 'the gunman had shot himself', 'then turned the gun on himself': the attacker
    killed himself (one attacker dead)."""
    out = []
    for tok in span_tokens(sent):
        if tok.lower_ not in OWN_DEATH_WORDS:
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        own = tok.lower_ in ("life", "lives") and lemma == "take" and any(c.lower_ == "own" for c in tok.children)
        reflexive = tok.lower_ in ("himself", "herself") and tok.dep_ == "dobj"
        selfharm = reflexive and lemma in word_set("figures.json", "self_killing_verbs")
        turned = tok.lower_ in ("himself", "herself") and verb.lower_ == "on" and verb.head.lemma_.lower() == "turn"
        if not (own or selfharm or turned) or tok.i in taken or hypothetical(verb) or _survived(sent, tok):
            continue
        first = verb.head if turned else verb
        ev = evidence(sent.doc, first.idx, tok.idx + len(tok.text))
        fig = Figure(kind="killed", value=1, of="perpetrators", attributed_to=attribution(sent, tok), evidence=[ev])
        out.append(FoundFigure(fig, tok.i, tok.lower_))
    return out[:1]


def _survived(sent: Span, tok: Token) -> bool:
    """'shot himself and was taken to hospital in critical condition': the attacker lived, wounded."""
    return any(kind_of_token(t) in ("injured", "hospitalized") for t in sent.doc[tok.i + 1 : sent.end])


def _the_dead(group: Token) -> bool:
    """'the dead', 'the victims', 'those killed', 'the people who died'."""
    if group.lower_ in ("dead", "killed", "victims", "fatalities"):
        return True
    return group.lower_ in ("those", "people") and any(
        c.dep_ in ("acl", "relcl") and kind_of_token(c) == "killed" for c in group.children
    )


def _including_cue(sent: Span, start: int, figures: list[FoundFigure]) -> int | None:
    """The token after 'including', 'includes' or 'among them' that follows a toll (after its clause, a comma or a
    speech tag), with no other count between."""
    doc = sent.doc
    counted = {g.token for g in figures}
    for tok in doc[start + 1 : sent.end]:
        if tok.i in counted:
            return None
        if tok.lower_ in ("including", "includes", "included", "include"):
            negated = any(c.dep_ == "neg" for c in tok.children) or doc[tok.i - 1].lower_ in ("not", "n't")
            return None if negated else tok.i + 1  # 'The toll of 12 includes the two bombers', not 'did not include'
        if tok.lower_ == "among" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "them":
            return tok.i + 2
    return None


def _attackers_named(sent: Span, cue: int, figures: list[FoundFigure]) -> tuple[int, FoundFigure | None] | None:
    """How many attackers the words after 'including' name ('the gunman' 1, 'the suicide bomber' 1, 'the five
    gunmen' 5, 'two of the attackers' 2), with the figure already made of their count."""
    doc = sent.doc
    part = next((g for g in figures if cue <= g.token < cue + ATTACKER_CUE_REACH), None)
    if part is not None and (
        part.figure.of == "perpetrators" or part.noun in word_set("figures.json", "perpetrator_nouns")
    ):
        return part.figure.value, part
    if part is not None or cue >= sent.end or doc[cue].lower_ not in ("the", "a", "an", "one"):
        return None
    noun = doc[cue + 1] if cue + 1 < sent.end else None
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    if noun is None or noun.dep_ == "poss":
        return None  # 'including the gunman's wife'
    return (1, None) if noun.lower_ in _dead_attacker_words() else None


ATTACKER_CUE_REACH = 6


PERIOD = re.compile(
    r"^(?:(?:so far |earlier )?(?:this|last|the past|the previous) (?:year|month|decade)|(?:19|20)\d{2}|"
    r"(?:the )?(?:past|last) (?:two|three|four|five|several|\d+) (?:years|months|decades)|since .*|"
    r"recent (?:weeks|months|years)|(?:the )?(?:past|last) (?:few |several )?(?:weeks|months))$",
    re.I,
)


def _period_total(sent: Span, q: Quantity) -> bool:
    """'43 policemen were martyred in the district in 2025', 'killing more than 200 suspected Maoists this year', 'the
    killings of two foreigners in recent weeks': a count over a year or a span of weeks or years (on its verb or its
    noun) is a running total, not an attack's toll."""
    chain = list(itertools.takewhile(lambda a: a.pos_ not in ("VERB", "AUX"), sent.doc[q.end - 1].ancestors))
    verb = next((a for a in sent.doc[q.end - 1].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    nodes = {verb.i, *(a.i for a in chain)}  # 'the killings of two foreigners in recent weeks'
    periods = [e for e in entities(sent) if e.label_ == "DATE" and PERIOD.match(e.text.strip())]
    return any(e.root.head.i in nodes or (e.root.head.dep_ == "prep" and e.root.head.head.i in nodes) for e in periods)


RUNNING_SIZE = 1000


def _running_total(sent: Span, q: Quantity) -> bool:
    """'have killed more than 36,000 people ... since the conflict began', '400 civilians ... have been killed in the
    conflict', 'It has killed at least 5,000 people': a toll counted since a time, over a war told with the perfect,
    or of thousands in the perfect, is a running total, not an attack's toll."""
    verb = next((a for a in sent.doc[q.end - 1].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    wars = word_set("figures.json", "running_total_nouns")
    spans = [c for v in verbs for c in v.children if c.lower_ == "since" and c.dep_ == "prep"]
    spans += [
        c for v in verbs for c in v.children if c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children)
    ]
    spans = [c for c in spans if not any(t.tag_ == "JJS" for t in sent.doc[q.end : c.i])]  # 'the deadliest ... since'
    since = any(_span_of_time(t, wars) for c in spans for t in c.subtree)
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for v in verbs for c in v.children
    )
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for g in c.children]
    in_war = any(g.lemma_.lower() in wars for g in places)
    return since or (perfect and (in_war or q.value >= RUNNING_SIZE))


SPAN_WORDS = frozenset({"year", "years", "decade", "decades", "months"})


def _span_of_time(tok: Token, wars: frozenset[str]) -> bool:
    """A word of a 'since' phrase that makes it a span of years or a war ('since 2009', 'since the war began'), not
    an attack ('since Friday's attack')."""
    hyphened = tok.i > 0 and tok.doc[tok.i - 1].text == "-"  # 'a 76-year-old civilian' is no span of years
    return bool(YEAR.match(tok.text)) or tok.lemma_.lower() in wars or (tok.lower_ in SPAN_WORDS and not hyphened)


def _family_size(sent: Span, q: Quantity) -> bool:
    """'a Sydney barrister and mother of three, died': the children of a parent described, no count of the harmed."""
    doc = sent.doc
    before = [t.lower_ for t in doc[max(sent.start, q.qual_start - 2) : q.qual_start]]
    return len(before) == 2 and before[1] == "of" and before[0] in word_set("figures.json", "family_heads")


def _conflict_toll(sent: Span, q: Quantity) -> bool:
    """'the insurgency, which has claimed the lives of more than 7,500 people', 'the 2002 Bali bombings that killed
    202 people': a conflict's running toll, or a past attack's named by its year, told in a relative clause beside
    the attack, no figure of it."""
    node = sent.doc[q.end - 1]
    while node.dep_ not in ("relcl", "ROOT") and node.head is not node:
        node = node.head
    if node.dep_ != "relcl":
        verb = next((a for a in sent.doc[q.end - 1].ancestors if a.pos_ == "VERB"), None)
        return verb is not None and _dated_attack(subject_of(verb))  # 'The 2016 truck attack killed 86 people'
    return any(_past_event(event) for event in _clause_nouns(node.head)) or _war_before_clause(node)


WAR_REACH = 5


def _war_before_clause(clause: Token) -> bool:
    """'fought a war in the 1990s that claimed some 30,000 lives': a war a few words before the relative pronoun,
    however the parser hung the clause."""
    pron = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")), None)
    if pron is None:
        return False
    wars = word_set("figures.json", "running_total_nouns")
    return any(t.lemma_.lower() in wars for t in clause.doc[max(clause.sent.start, pron.i - WAR_REACH) : pron.i])


def _past_event(event: Token) -> bool:
    """'the 2002 Bali bombings', 'the insurgency': a conflict, or an act dated by a year or period before it."""
    dated = any(c.ent_type_ == "DATE" and c.i < event.i and PERIOD.match(c.text) for c in event.children)
    return event.lemma_.lower() in word_set("segments.json", "conflict_nouns") or dated or _dated_attack(event)


CLAUSE_NOUN_REACH = 3


def _clause_nouns(noun: Token) -> list[Token]:
    """The noun a relative clause hangs on and the nouns it is the object of ('a 2018 bombing of an election rally
    that killed 140', 'the 2019 attack on a convoy in Pulwama that killed 40'): the parser hangs the clause on
    the last noun of the phrase, the act named first."""
    out = [noun]
    while len(out) <= CLAUSE_NOUN_REACH and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
        out.append(noun)
    return out


YEAR = re.compile(r"^(?:19|20)\d{2}$")


def _dated_attack(event: Token | None) -> bool:
    """'the 2008 Mumbai attacks', 'the Manchester Arena bombing of 2017': a past attack named by its year."""
    if event is None or event.lower_ not in word_set("figures.json", "event_nouns"):
        return False
    after = [g for c in event.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    years = [*event.doc[event.left_edge.i : event.i], *after]
    return any(t.ent_type_ == "DATE" and YEAR.match(t.text) and not _day_before(t) for t in years)


def _day_before(year: Token) -> bool:
    """'the April 15, 2013, attack': a year after a day names the day of an attack still told of (a trial's), unlike
    'the November 2015 Paris attacks'."""
    before = year.doc[year.i - 1] if year.i > 0 else year
    return before.ent_type_ == "DATE" and (before.text == "," or before.like_num)


def _described_harmed(noun: Token) -> bool:
    """'Two attackers dead after bomb attack ...; PKK claims': attackers a harm word describes were harmed, whatever
    verb the headline's parse hangs them on."""
    return any(c.dep_ in ("amod", "acl") and kind_of_token(c) in ("killed", "injured") for c in noun.children)


def _felled_attackers(head: Token | None, kind: str | None) -> bool:
    """'where one suspect was killed in a shootout', 'One inmate was shot dead by guards': suspects, or people
    (not a victim word) whom security forces killed or wounded, are the attack's side."""
    if head is None or kind not in ("killed", "injured"):
        return False
    if head.lemma_.lower() in ("suspect", "suspects"):
        return True
    victims = word_set("participants.json", "victim_nouns") | word_set("figures.json", "shot_by_security_victims")
    if head.lower_ in victims or head.dep_ != "nsubjpass":
        return False
    agent = agent_of_any(head.head)
    machine = agent is not None and agent.lower_ in word_set("figures.json", "machine_agents")
    return security_force(agent) and not machine


def _whole_band(sent: Span, q: Quantity, head: Token) -> bool:
    """'All three attackers were killed', 'the four assailants were arrested': a number of attackers given
    as all of them."""
    before = sent.doc[q.start - 1].lower_ if q.start > sent.start else ""
    return before in ("all", "the") and head.lower_ in word_set("figures.json", "perpetrator_nouns")


BAND_REACH = 5


def _band_size(sent: Span, q: Quantity) -> Token | None:
    """'the attackers, estimated at about five,', 'The gunmen, numbering about 20,': the size of a band of attackers
    told beside it; the attacker noun."""
    doc = sent.doc
    before = doc[max(sent.start, q.qual_start - BAND_REACH) : q.qual_start]
    comma = next((t for t in reversed(before) if t.text == ","), None)
    if comma is None or comma.i == sent.start:
        return None
    cues = word_set("figures.json", "band_size_cues")
    noun = doc[comma.i - 1]
    doers = word_set("figures.json", "perpetrator_nouns") | _count_nouns()
    return noun if noun.lower_ in doers and any(t.lower_ in cues for t in doc[comma.i + 1 : q.qual_start]) else None


def _passive_agent(head: Token) -> bool:
    """'was shot dead by two men', 'stabbed to death by three youths': people after the 'by' of a passive
    verb are those who did it."""
    harm = load_data("participants.json")["harm_verbs"]
    verbs = {*harm["killed"], *harm["injured"], *word_set("figures.json", "agent_attack_verbs")}
    if head.dep_ != "pobj" or head.head.dep_ != "agent" or head.head.head.lemma_.lower() not in verbs:
        return False
    people = word_set("figures.json", "perpetrator_nouns") | _count_nouns()
    return head.lower_ in people or head.lower_ in ("men", "people", "individuals", "youths", "persons")


def _attacker_noun(head: Token) -> bool:
    """'four gunmen', 'six armed men', 'two masked men', '20 fighters armed with rifles entered': a count
    of attackers."""
    if head.lower_ in _count_nouns():
        return True
    fighters = head.lower_ in word_set("figures.json", "perpetrator_nouns") and head.dep_ == "nsubj"
    if head.lower_ not in ("men", "people", "individuals", "youths", "assailants") and not fighters:
        return False
    armed = any(
        c.dep_ in ("amod", "acl") and c.lower_ in ("armed", "masked", "unidentified", "hooded") for c in head.children
    )  # 'six armed men', 'About 20 fighters armed with rifles'
    if fighters:
        return armed
    acting = head.dep_ == "nsubj" and head.head.lemma_.lower() in word_set("participants.json", "attack_verbs")
    acting = acting and not _headline_passive(head.head)
    return armed or acting or (head.dep_ == "nsubj" and _member_attacks(head.head))


def _headline_passive(verb: Token) -> bool:
    """'Two people killed, several wounded': a verb of harm with no object after a subject is a passive with
    its 'were' dropped (headline style), so its subject is the harmed, not attackers."""
    harm = kind_of_token(verb) in ("killed", "injured")
    return harm and verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def _member_attacks(verb: Token) -> bool:
    """'two men arrived on a motorcycle and the passenger opened fire', '... and opened fire': an
    attack verb joined to the group's verb, with no subject of its own or one of the group as subject."""
    attack = word_set("participants.json", "attack_verbs")
    members = word_set("figures.json", "group_member_subjects")
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in attack):
        if any(c.dep_ == "auxpass" for c in conj.children):
            continue
        subj = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in members:
            return True
    return False


@lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    return word_set("figures.json", "attacker_count_nouns")


def _make(sent: Span, q: Quantity, kind: str, of: str, status: str, head: Token | None, revision: bool) -> FoundFigure:
    doc = sent.doc
    end_tok = head if head is not None and head.i >= q.end and head.i - q.end < 4 else doc[q.end - 1]
    extra, end_tok = _one_more(head, end_tok) if status != "partial" else (0, end_tok)
    start_char = doc[q.qual_start].idx
    ev = evidence(doc, start_char, end_tok.idx + len(end_tok.text))
    fig = Figure(
        kind=kind,
        value=q.value + extra,
        qualifier=q.qualifier,
        status=status,
        of=of,
        attributed_to=attribution(sent, doc[q.start]),
        evidence=[ev],
    )
    node = head if head is not None else doc[q.end - 1]
    return FoundFigure(fig, q.start, head.lower_ if head is not None else None, revision, earlier=_pluperfect(node))


def _pluperfect(node: Token) -> bool:
    """'Seventeen soldiers had been killed on Sunday', 'MSF said at least 52 people had died': the verb of the
    counted words is in the pluperfect (a count from before the time the report speaks of)."""
    if node.dep_ == "nummod":
        node = node.head
    if node.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = node.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(pluperfect(v) for v in verbs)


def _others_of_attackers(q: Quantity, head: Token | None, figures: list[FoundFigure]) -> bool:
    """'Seven assailants were killed and eight others were arrested', 'Five of the hostage-takers were killed and
    one was wounded': 'others', or a bare number no larger, after a count of attackers are more of them."""
    last = next((f for f in reversed(figures) if f.token < q.start), None)
    if last is None or last.figure.of != "perpetrators" or last.noun in ("suspect", "suspects"):
        return False  # 'one suspect was killed and three others were arrested': the arrests count as such
    return (head is None and q.value <= last.figure.value) or (head is not None and head.lower_ in ("others", "more"))


def _attackers_held(sent: Span, q: Quantity, head: Token | None) -> bool:
    """'three of the attackers were arrested', 'two gunmen were captured', 'seven assailants were killed and eight
    others arrested': an arrest counts attackers apart only when the text names them as this attack's doers (not
    'two suspects', 'four suspected gunmen' or 'militants detained at a checkpoint': those count the arrests)."""
    if _of_attackers(sent, q):
        return True
    doers = head is not None and head.lower_ in _count_nouns()
    return doers and not any(c.lower_ in ("suspected", "alleged", "presumed") for c in head.children)


def _one_more(head: Token | None, end_tok: Token) -> tuple[int, Token]:
    """'Two other guards and a soldier were wounded': a singular conjunct adds one to the count."""
    if head is None or head.i != end_tok.i:
        return 0, end_tok
    victims = word_set("participants.json", "victim_nouns")
    for conj in (c for c in head.children if c.dep_ == "conj" and c.tag_ == "NN"):
        if (one_listed(conj) and conj.lower_ in victims) or _one_more_person(conj):
            return 1, conj
    return 0, end_tok


def _one_more_person(tok: Token) -> bool:
    """'their Ugandan guide', 'an interpreter': one person named by a role the victim lexicon lacks, with 'a',
    'an', 'another' or a possessive, as a list's last item."""
    if tok.lower_ not in word_set("figures.json", "listed_person_nouns"):
        return False
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
    return owned or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children)
