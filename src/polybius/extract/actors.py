"""Perpetrators: named armed groups, individual attackers and states, with claimed/suspected flags.

A group mentioned in an article is a perpetrator only when the text ties it to the attack: it
claims it, is accused of or suspected of it, or is the subject of an attack verb. Speakers who deny
or condemn, victims and media outlets (Amaq) are not perpetrators.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from polybius.extract.lexicon import ActorMention, actor_matcher
from polybius.extract.resources import word_set
from polybius.extract.spans import span_evidence
from polybius.model import Perpetrator

GROUP_HEADS = frozenset({"gang", "militia", "cartel", "brigade", "brigades", "faction", "column", "battalion"})
NOT_GROUPS = frozenset({"GPE", "NORP", "LOC", "DATE", "PERSON"})
PHYSICAL_ATTACKS = frozenset({"shoot", "stab", "kill", "murder", "detonate", "bomb", "storm", "ram", "behead",
                              "execute", "kidnap", "abduct", "massacre", "gun", "slash", "hack", "plough", "plow"})
HELD_VERBS = frozenset({"arrest", "detain", "charge", "apprehend", "indict", "capture"})
SUSPECT_CUES = frozenset({"suspected", "suspect", "believed", "blamed", "alleged", "presumed", "likely"})
STATE_FORCE_NOUNS = frozenset({
    "warplanes", "warplane", "jets", "jet", "aircraft", "drone", "drones", "forces", "army", "military",
    "troops", "artillery", "navy", "airstrike", "airstrikes", "strike", "strikes", "helicopter",
    "helicopters", "air", "soldiers", "coalition", "shelling",
})




@lru_cache(maxsize=4)
def _matcher(nlp: Language):

    return actor_matcher(nlp)


def find_actor_mentions(doc: Doc, nlp: Language) -> list[ActorMention]:
    """Every known actor mentioned in the document, and unlisted named groups ('the Gran Grif gang')."""
    known = list(_matcher(nlp)(doc))
    covered = {i for a in known for i in range(a.start, a.end)}
    return sorted(known + _unlisted_groups(doc, covered), key=lambda a: a.start)


def _unlisted_groups(doc: Doc, covered: set[int]) -> list[ActorMention]:
    """A proper name followed by gang, militia, cartel, brigade, faction or column names a group."""
    out = []
    for tok in doc:
        if tok.lower_ not in GROUP_HEADS or tok.i in covered:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ not in NOT_GROUPS \
                and start - 1 not in covered and tok.i - start < 4:
            start -= 1
        if start == tok.i or (doc[start].is_upper and len(doc[start]) < 3):
            continue
        name = doc[start : tok.i]
        out.append(ActorMention(start, tok.i + 1, name.start_char, tok.idx + len(tok.text),
                                doc[start : tok.i + 1].text, name.text, "group", "unlisted", None))
    return out


def _attack_role(head: Token, verbs: frozenset[str] | None = None) -> bool:
    """Is this token (or the noun it modifies) the subject or agent of an attack verb?"""
    verbs = verbs or word_set("participants.json", "attack_verbs")
    node = head
    if node.dep_ in ("compound", "amod", "poss", "nmod") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head
    if node.dep_ in ("nsubj",) and node.head.lemma_.lower() in verbs:
        return not habitual(node.head)
    if node.dep_ == "pobj" and node.head.lower_ == "by":
        verb = node.head.head
        return verb.lemma_.lower() in verbs
    return False


def habitual(verb: Token) -> bool:
    """'have carried out attacks on security forces in recent months' is a record, not this attack."""
    return any(c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() == "attack" for c in verb.children)


def _suspected(doc: Doc, mention: ActorMention) -> bool:
    window = doc[max(0, mention.start - 4) : mention.start]
    return any(t.lower_ in SUSPECT_CUES for t in window)


def group_perpetrators(sentences: Sequence[tuple[Span, list[ActorMention]]], claimed: set[str],
                       accused: set[str], denied: set[str], all_mentions: Sequence[ActorMention]
                       ) -> list[Perpetrator]:
    """Armed groups the incident's sentences tie to the attack, in order of first mention."""
    found: dict[str, Perpetrator] = {}
    for sent, mentions in sentences:
        doc = sent.doc
        for m in mentions:
            if m.kind == "media" or m.attributive:
                continue
            role = m.canonical in claimed or m.canonical in accused or _suspected(doc, m) or (
                _attack_role(doc[m.end - 1]) and m.canonical not in denied)
            if not role:
                continue
            perp = found.get(m.canonical) or _new_group(m, all_mentions)
            perp.claimed = perp.claimed or m.canonical in claimed
            perp.suspected = perp.suspected or (m.canonical not in claimed and (
                m.canonical in accused or _suspected(doc, m)))
            perp.evidence.append(span_evidence(doc[m.start : m.end]))
            found[m.canonical] = perp
    for name in claimed - set(found):
        match = [m for m in all_mentions if m.canonical == name]
        if match:
            perp = _new_group(match[0], all_mentions)
            perp.claimed = True
            found[name] = perp
    return list(found.values())


def _new_group(m: ActorMention, all_mentions: Sequence[ActorMention]) -> Perpetrator:
    forms = list(dict.fromkeys(a.text for a in all_mentions if a.canonical == m.canonical))
    return Perpetrator(name=m.canonical, kind="group", mentions=forms, parent=m.parent)


def individual_perpetrators(sent: Span) -> list[Perpetrator]:
    """Named attackers: 'the gunman, identified as John Smith', 'Smith opened fire'."""
    attackers = word_set("figures.json", "attacker_count_nouns")
    out = []
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        before = " ".join(t.lower_ for t in sent.doc[max(sent.start, ent.start - 3) : ent.start])
        appos_attacker = root.dep_ == "appos" and root.head.lower_ in attackers
        window = " ".join(t.lower_ for t in sent.doc[max(sent.start, ent.start - 6) : ent.start])
        named_as = before.endswith(("suspect", "suspected")) or (before.endswith(" as") and any(
            w in window for w in ("identified", "named")))
        held = root.dep_ == "nsubjpass" and root.head.lemma_.lower() in HELD_VERBS
        if appos_attacker or named_as or held or _attack_role(root, PHYSICAL_ATTACKS) or (
                root.dep_ in ("compound",) and root.head.lower_ in attackers):
            out.append(Perpetrator(name=ent.text, kind="individual", mentions=[ent.text],
                                   suspected=held or named_as, evidence=[span_evidence(ent)]))
    return out


def state_perpetrators(sent: Span, country_name: Callable[[str], str | None]) -> list[Perpetrator]:
    """States named as the force behind an airstrike or shelling: 'Israeli warplanes'."""
    out = []
    for ent in sent.ents:
        if ent.label_ not in ("NORP", "GPE"):
            continue
        head = ent.root.head
        if ent.root.dep_ in ("amod", "compound", "poss", "nmod") and head.lower_ in STATE_FORCE_NOUNS:
            name = country_name(ent.text)
            if name:
                out.append(Perpetrator(name=name, kind="state", mentions=[ent.text],
                                       evidence=[span_evidence(ent)]))
    return out
