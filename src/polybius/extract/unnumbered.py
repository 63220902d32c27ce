"""Counts without a number: 'a policeman was killed', 'shot dead councillor X', 'another sustained
injuries' each count one person."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from polybius.extract.actors import named_attackers
from polybius.extract.kinds import FoundFigure, attribution, kind_of_token, with_status
from polybius.extract.numbers import token_value
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import (
    entities,
    evidence,
    parsed_text,
    per_doc,
    pluperfect,
    span_tokens,
    subject_of,
    tokens,
)
from polybius.model import Figure


def reduced_passive(verb: Token) -> bool:
    """'their driver shot dead on Tuesday by gunmen', 'Man shot dead in Dublin': 'shot dead' with no object
    (or with a 'by' agent) reports the subject killed, not shooting."""
    if any(c.dep_ == "dobj" for c in verb.children) or _dead_then_object(verb):
        return False
    dead = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "dead"
    return dead or any(c.lower_ == "by" and c.dep_ in ("prep", "agent") for c in verb.children)


def _dead_then_object(verb: Token) -> bool:
    """'A gunman shot dead a security guard': 'dead' then a noun phrase (the parser often hangs the object on
    'dead') makes the verb active, its subject the killer."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "dead":
        return False
    nxt = doc[verb.i + 2]
    return nxt.tag_ in ("DT", "PRP$", "CD", "NNP") or nxt.lower_ in ("him", "her", "them")


def shot_dead_object(tok: Token) -> Token | None:
    """The verb that killed `tok` in 'shot dead a guard' when the parser made the guard an object of 'dead'
    ('shot/VBD dead/acomp a guard/pobj', 'shot/NN dead/ROOT a lawyer/dobj')."""
    dead = tok.head
    if tok.dep_ not in ("dobj", "pobj") or dead.lower_ != "dead" or dead.i == 0:
        return None
    verb = dead.doc[dead.i - 1]
    return verb if verb.lower_ in ("shot", "gunned") and _dead_then_object(verb) else None


def verb_harm(verb: Token) -> str | None:
    """The harm a verb names, with its complement: 'shot dead', 'beaten to death', 'taken to hospital with
    stab wounds', 'taken into custody'."""
    if to_death(verb) or _dead_then_object(verb):
        return "killed"
    kind = kind_of_token(verb)
    if kind in (None, "hospitalized") and with_wounds(verb):
        return "injured"
    if kind is None and _seized_by_attackers(verb):
        return "hostages"
    if kind is None and _hit_in_limb(verb):
        return "injured"
    if kind:
        return kind
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp", "dobj") and child.lower_ == "dead":
            return "killed"
        if child.dep_ == "conj" and kind_of_token(child) in ("killed", "injured", "arrested"):
            return kind_of_token(child)
        if verb.lemma_.lower() == "take" and child.lower_ in ("hostage", "captive") and child.dep_ != "nsubjpass":
            return "hostages"  # 'was taken hostage'
    if _led_to(verb, ("into", "in"), "arrested") or held_as_suspect(verb):
        return "arrested"
    return "hostages" if _taken_away(verb) else None


def _taken_away(verb: Token) -> bool:
    """'X was taken together with one of his farmhands from the ranch' in a report of a kidnapping: taken captive
    (not 'taken to hospital', 'taken into custody', which name where)."""
    if verb.lemma_.lower() != "take" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(
        c.dep_ == "prt" or (c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "for")) for c in verb.children
    ):
        return (
            False  # 'taken to hospital', 'taken into custody', 'taken in for questioning', 'taken away for treatment'
        )
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    person = subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in _person_nouns() or subj.tag_ == "PRP")
    return person and hostage_story(verb.doc)  # not 'a decision was taken'


def hostage_story(doc: Doc) -> bool:
    """Does the text tell of hostages or captives anywhere (once per Doc)?"""
    words = word_set("figures.json", "captive_words")
    return per_doc(doc, "polybius_hostage_story", lambda: any(t.lemma_.lower() in words for t in tokens(doc)))


def _seized_by_attackers(verb: Token) -> bool:
    """'X and his wife were seized by gunmen', 'snatched by armed men': taken by attackers, so taken captive."""
    if verb.lemma_.lower() not in word_set("figures.json", "captor_verbs"):
        return False
    agent = agent_of_any(verb)
    armed = agent is not None and any(c.lower_ in ("armed", "masked", "unidentified") for c in agent.children)
    return agent is not None and (agent.lower_ in word_set("figures.json", "perpetrator_nouns") or armed)


def held_as_suspect(verb: Token) -> bool:
    """'were being held in connection with the attack', 'was held for questioning', 'held on suspicion of
    murder': people held (not hostages) as suspects are arrested."""
    if verb.lemma_.lower() not in ("hold", "keep", "question"):
        return False
    cues = word_set("figures.json", "custody_cues")
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "on", "under")]
    return any(g.dep_ in ("pobj", "pcomp") and g.lower_ in cues for p in preps for g in p.children)


def agent_of_any(verb: Token) -> Token | None:
    """The 'by' agent of a passive verb or of the verb joined to it ('was shot and killed by an officer')."""
    for node in (verb, *(c for c in verb.children if c.dep_ == "conj")):
        agent = next((g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
    return None


def security_force(who: Token | None) -> bool:
    """Police, officers, troops, 'a police inspector': those who shoot an attacker, not attackers themselves."""
    nouns = word_set("figures.json", "security_subject_nouns") | word_set(
        "participants.json", "attacker_count", "security_agent_nouns"
    )
    if who is None:
        return False
    words = (who, *(c for c in who.children if c.dep_ == "compound" and c.i == who.i - 1))
    return any(w.lower_ in nouns or w.lemma_.lower() in nouns for w in words)


def _hit_in_limb(verb: Token) -> bool:
    """'was shot in the ankle', 'stabbed in the arm': shot or stabbed in a limb (not the head or chest, often fatal)
    is wounded."""
    if verb.lemma_.lower() not in ("shoot", "stab") or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    parts = (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children)
    return any(g.dep_ == "pobj" and g.lemma_.lower() in word_set("figures.json", "limb_words") for g in parts)


def with_wounds(verb: Token) -> bool:
    """'taken to hospital with stab wounds', 'treated for gunshot injuries': the verb's subject was wounded."""
    return _led_to(verb, ("with", "for"), "injured")


def _led_to(verb: Token, preps: tuple[str, ...], kind: str) -> bool:
    """'taken to hospital with stab wounds', 'treated for gunshot injuries', 'taken into custody': a phrase
    of the verb (or of its first object of a preposition) names the harm `kind`."""
    nodes = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]  # 'rushed to hospital' parsed as a verb
    nodes += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    found = [g for n in nodes for c in n.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children]
    return any(g.dep_ == "pobj" and kind_of_token(g) == kind for g in found)


def to_death(verb: Token) -> bool:
    """'was shot to death', 'hacked them to death', 'fatally shot', 'were sent to hell': the harm killed."""
    if any(c.dep_ == "advmod" and c.lower_ in word_set("figures.json", "fatal_adverbs") for c in verb.children):
        return True
    ends = word_set("figures.json", "death_destinations")  # 'sent to hell' (Pakistani military statements)
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in ends for g in c.children) for c in verb.children
    )


@dataclass(frozen=True)
class NounDeath:
    """'the assassination of Dr Jose Porth', 'Minister Porth's death', 'the wounding of two reporters': the
    harmed (head token of the first person named), how many, the figure kind, and the phrase's bounds."""

    person: Token
    count: int
    start: int
    end: int
    kind: str = "killed"
    counted: bool = True


NOUN_HARM_KINDS = {
    "death_nouns": "killed",
    "remains_nouns": "killed",
    "injury_nouns": "injured",
    "abduction_nouns": "hostages",
    "arrest_nouns": "arrested",
}


def noun_harm(noun: Token) -> str | None:
    """The figure kind a harm noun reports ('assassination' killed, 'wounding' injured, 'kidnapping' hostages)."""
    if noun.pos_ != "NOUN":
        return None
    return _harm_noun_kinds().get(noun.lower_)


@cache
def _harm_noun_kinds() -> dict[str, str]:
    """Each harm noun's figure kind, the first list naming it deciding (one lookup per noun)."""
    kinds: dict[str, str] = {}
    for key, kind in NOUN_HARM_KINDS.items():
        for word in word_set("participants.json", key):
            kinds.setdefault(word, kind)
    return kinds


NON_PERSON_ENTS = frozenset(
    {
        "GPE",
        "LOC",
        "ORG",
        "NORP",
        "FAC",
        "DATE",
        "TIME",
        "EVENT",
        "PRODUCT",
        "LAW",
        "WORK_OF_ART",
        "CARDINAL",
        "ORDINAL",
        "MONEY",
        "QUANTITY",
        "PERCENT",
    }
)


def deaths_in_nouns(sent: Span) -> list[NounDeath]:
    """People a harm noun reports dead, wounded or taken: 'the murder of Governor X', 'X's assassination',
    'the death of a civilian' (one each, two for 'X and Y'); not 'the attempted murder of X' nor 'a plot to ...'."""
    out = []
    for noun in span_tokens(sent):
        kind = noun_harm(noun)
        if kind is None or _averted(noun):
            continue
        for person, possessive in _dead_of(noun):
            people = _listed_people(person)
            if not people:
                continue
            last = max(people, key=lambda t: t.i)
            start, end = (
                (person.left_edge.idx, noun.idx + len(noun.text))
                if possessive
                else (noun.idx, last.idx + len(last.text))
            )
            remains = noun.lower_ in word_set("participants.json", "remains_nouns")
            out.append(NounDeath(person, len(people), start, end, kind, counted=not remains))
    return out


def _averted(noun: Token) -> bool:
    """'the attempted murder', 'an assassination attempt', 'a plot for the murder of': no one died."""
    cues = word_set("participants.json", "averted_death_cues")
    if any(c.lower_ in cues for c in noun.children if c.dep_ in ("amod", "compound", "nmod")):
        return True
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in cues:
        return True
    up = noun.head.head if noun.head.dep_ == "prep" else noun.head
    return up.lemma_.lower() in cues or up.lower_ in cues or _recalled(noun)


def _recalled(noun: Token) -> bool:
    """'revived memories of the assassination of X', 'the anniversary of X's murder': an earlier death."""
    cues = word_set("participants.json", "recalled_death_cues")
    near = [noun.head, noun.head.head, noun.head.head.head]
    return any(t.lower_ in cues or t.lemma_.lower() in cues for t in near)


def _dead_of(noun: Token) -> list[tuple[Token, bool]]:
    """The people a death noun is about: its 'of' object or its possessor (not a pronoun)."""
    found = [
        (g, False)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return found + [(c, True) for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]


def _listed_people(person: Token) -> list[Token]:
    """The person and the people joined to them ('X and Y'), when each is one named or singular person;
    none for a counted group ('six priests', counted by its number) or an unnumbered plural."""
    out = []
    for tok in [person] + [c for c in person.children if c.dep_ == "conj"]:
        if not _one_person(tok):
            return []
        out.append(tok)
    return out


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns for one harmed person ('civilian', 'driver', 'body'): participants.json's victim and dead-person nouns."""
    return word_set("participants.json", "victim_nouns") | word_set("participants.json", "dead_person_nouns")


def _one_person(tok: Token) -> bool:
    """A single person: a proper name that is no place or organisation, or 'a civilian', 'the driver'."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.tag_ == "NNP":
        return tok.ent_type_ not in NON_PERSON_ENTS or tok.ent_type_ == "PERSON"
    if tok.tag_ != "NN":
        return False
    nouns = _person_nouns()
    det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    return tok.lower_ in nouns and det is not None and (det.lower_ in ("a", "an", "the", "one") or det.tag_ == "PRP$")


def one_person(tok: Token) -> bool:
    """One person: a name, 'the driver', 'a civilian', or the holder of an office ('the governor of Balkh')."""
    return _one_person(tok) or _office_holder(tok)


def _first_free(tok: Token, taken: set[int]) -> bool:
    """Is no number already counting this person?"""
    return not any(i in taken for i in range(tok.left_edge.i, tok.i + 1))


SUSTAINED_REACH = 4


def _sustained_object(tok: Token) -> Token | None:
    """What 'another' sustained: the verb's object when parsed as its subject; else, by word order,
    the noun after 'another sustained' (the parser often reads 'sustained gunshot injuries' as a
    noun phrase with 'another' its determiner)."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in word_set("figures.json", "sustain_verbs"):
        return next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lemma_.lower() not in word_set("figures.json", "sustain_verbs"):
        return None
    after = tok.doc[nxt.i + 1 : min(nxt.i + 1 + SUSTAINED_REACH, tok.sent.end)]
    return next((t for t in after if t.pos_ == "NOUN" and kind_of_token(t) in ("injured", "killed")), None)


def _one_sustained(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'while another sustained gunshot injuries', 'His bodyguard sustained gunshot wounds', 'A passer-by suffered
    burns': one more person injured (or killed)."""
    out = []
    for tok in span_tokens(sent):
        person = tok.dep_ == "nsubj" and one_listed(tok) and _first_free(tok, taken)
        if (tok.lower_ not in ("another", "one") and not person) or tok.i in taken:
            continue
        obj = _sustained_object(tok)
        kind = kind_of_token(obj) if obj is not None else None
        if kind in ("injured", "killed"):
            first = tok.left_edge if person else tok
            ev = evidence(sent.doc, first.idx, obj.idx + len(obj.text))
            out.append(
                FoundFigure(
                    Figure(kind=kind, value=1, attributed_to=attribution(sent, tok), evidence=[ev]), tok.i, tok.lower_
                )
            )
    return out


def _named_killed(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'... shot dead city councillor Jhon Fredy Salazar': one named person killed, by word order."""
    out = []
    for ent in entities(sent):
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start - 5, ent.end)):
            continue
        before = " ".join(t.lower_ for t in sent.doc[max(sent.start, ent.start - 5) : ent.start])
        cue = next((c for c in load_data("figures.json")["killed_before_name"] if f"{c} " in before + " "), None)
        if cue is None or "was " + cue in before or "were " + cue in before or _clause_between(sent, ent, before, cue):
            continue
        if _speaker(ent.root):
            continue  # 'The gunman was killed, police Chief Ray Dolan said'
        lo = max(sent.start, ent.start - 5)
        first = sent.doc[lo].idx + max(sent.doc[lo : ent.end].text.lower().find(cue), 0)
        fig = Figure(
            kind="killed",
            value=1,
            attributed_to=attribution(sent, ent.root),
            evidence=[evidence(sent.doc, first, ent.end_char)],
        )
        out.append(FoundFigure(fig, ent.start, ent.root.lower_))
        taken.update(range(ent.start, ent.end))
    return out


def _speaker(person: Token) -> bool:
    """'..., police Chief Michael Miller said': the person is the subject of a verb of saying, the source."""
    verb = person.head
    return person.dep_ == "nsubj" and verb.lemma_.lower() in word_set("figures.json", "attribution_verbs")


CLAUSE_OPENERS = frozenset({"as", "after", "when", "while", "before", "because", "since", "and", "but"})


def _clause_between(sent: Span, ent: Span, before: str, cue: str) -> bool:
    """'52 killed as suicide bomber strikes Prophet's procession': a verb or a word opening a clause between the
    killing and the name makes the name no object of it (unlike 'shot dead city councillor X')."""
    n = len(before[before.rfind(cue) + len(cue) :].split())
    between = sent.doc[max(sent.start, ent.start - n) : ent.start]
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and t.lemma_ != "be"]  # not 'Killed was officer X'
    return bool(verbs) or any(t.dep_ == "mark" or t.lower_ in CLAUSE_OPENERS for t in between)


def _dies(tok: Token, one: bool) -> bool:
    """'A 71-year-old woman died at the scene', 'X sustained gunshot wounds and was pronounced dead': one
    person, subject of 'die' or of a verb joined to 'was pronounced dead'."""
    if not one or tok.dep_ != "nsubj":
        return False
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")]
    verbs = [v for v in verbs if not any(c.dep_ == "dobj" for c in v.children)]  # 'A gunfight left four dead'
    dead = any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp") for v in verbs for c in v.children)
    return dead or any(v.lemma_.lower() in word_set("figures.json", "dying_verbs") for v in verbs)


def hypothetical(verb: Token) -> bool:
    """'A minister can announce that a target was neutralised', 'an attempt to assassinate X was foiled':
    harm under a modal, or meant but not done, is not reported."""
    modals = word_set("figures.json", "modal_verbs")
    if any(c.dep_ == "aux" and c.lower_ in modals for node in (verb, *verb.ancestors) for c in node.children):
        return True
    cues = word_set("participants.json", "averted_death_cues")
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return infinitive and (verb.head.lemma_.lower() in cues or verb.head.lower_ in cues)


def _named_in_apposition(tok: Token) -> bool:
    """'the city's newly appointed secretary, Francisco Tapia, was shot dead': one person named beside the noun."""
    of_nouns = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    nodes = [tok, *of_nouns]  # the parser hangs the name on 'council' in 'the head of the council, X,'
    return tok.tag_ == "NN" and any(c.dep_ == "appos" and _proper_person(c) for n in nodes for c in n.children)


def _first_mention(tok: Token) -> bool:
    """'The bus driver ... was shot and wounded' with no driver named before: a new person, not one
    a number earlier in the article already counted ('the victim was killed')."""
    if tok.lower_ not in word_set("participants.json", "victim_nouns") and tok.lower_ not in ("driver", "passenger"):
        return False
    if tok.lower_ in ("victim", "person", "man", "woman"):
        return False
    return not any(t.lemma_ == tok.lemma_ for t in tok.doc[: tok.i] if t.idx >= headline_end(tok.doc))


HEADLINE_LENGTH = 160


def headline_end(doc: Doc) -> int:
    """Where a headline line ('Aden governor killed in car bomb attack') ends: a short first line with no full stop
    names the people the body goes on to tell of, so a body's 'The governor' is still their first mention."""
    text = parsed_text(doc)
    end = text.find("\n")
    line = text[:end].rstrip()
    return end if 0 < len(line) <= HEADLINE_LENGTH and not line.endswith((".", '"', "'")) else 0


def attacker_by_clause(tok: Token) -> bool:
    """'The driver of the vehicle, who detonated the bomb, was also killed': a person whose relative
    clause makes them the attacker (an active attack verb), not a victim."""
    verbs = word_set("participants.json", "attack_verbs")
    of_nouns = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]  # the parser hangs the clause on 'vehicle' in 'the driver of the vehicle, who'
    for clause in (c for node in (tok, *of_nouns) for c in node.children if c.dep_ == "relcl"):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ == "who" and clause.lemma_.lower() in verbs:
            return True
    return False


def _another_taken(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'killing one attacker and capturing another', 'a guard was shot dead and another was wounded', 'killing
    two men and wounding a third': 'another' or a bare 'a third', object or passive subject of a verb of harm
    or arrest, is one more person (a bare ordinal never makes one more dead: 'a third died' is a new toll)."""
    out = []
    for tok in span_tokens(sent):
        nth = _bare_ordinal(tok)
        elided = tok.dep_ == "nsubj" and tok.head.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in tok.head.children)
        taken_as = tok.dep_ in ("dobj", "nsubjpass") or elided  # 'and another was wounded', 'and another injured'
        another = (tok.lower_ == "another" or nth) and taken_as
        kind = verb_harm(tok.head) if another else None
        if nth and kind == "killed":
            continue
        if kind in ("killed", "injured", "arrested", "hostages") and tok.i not in taken:
            first, last = sorted((_det_or(tok), tok.head), key=lambda t: t.i)
            ev = evidence(sent.doc, first.idx, last.idx + len(last.text))
            fig = Figure(kind=kind, value=1, attributed_to=attribution(sent, tok), evidence=[ev])
            others = any(kind_of_token(t) not in (None, kind) for t in sent.doc[sent.start : tok.i])
            out.append(FoundFigure(fig, tok.i, tok.lower_, adds=not others))  # one more of those counted before
    return out


def _one_more(sent: Span, found: FoundFigure) -> FoundFigure:
    """'Police arrested another man': one more of the kind counted before (unless the sentence counted
    another kind first: 'killing two people and injuring another man')."""
    det = next((c for c in sent.doc[found.token].children if c.dep_ == "det"), sent.doc[found.token])
    if det.lower_ != "another":
        return found
    others = any(kind_of_token(t) not in (None, found.figure.kind) for t in sent.doc[sent.start : found.token])
    return found if others else replace(found, adds=True)


def _bare_ordinal(tok: Token) -> bool:
    """'a third', 'a second' standing alone for a person ('wounding a third')."""
    if tok.lower_ not in load_data("figures.json")["ordinals"] or any(c.dep_ == "amod" for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _shot_by_security(tok: Token, named: bool) -> bool:
    """'Police shot dead a man who had stabbed six people', 'Police have shot dead a man after he stabbed six',
    'officers shot and killed the suspect': one person security forces killed whom the sentence makes the attacker
    (not 'Police shot dead a 17-year-old driver at a traffic stop')."""
    verb = tok.head
    if tok.dep_ != "dobj" or not security_force(subject_of(verb)):
        return False
    if "killed" not in (verb_harm(verb), "killed" if to_death(verb) else None):
        return False
    return tok.lower_ in _attacker_words() or ((named or tok.lower_ in _suspect_words()) and _acted(tok))


def _acted(tok: Token) -> bool:
    """'a man who had stabbed six people', 'a man after he stabbed six people': the person attacked (a relative
    clause, or a clause of the verb with a pronoun subject)."""
    attack = word_set("participants.json", "attack_verbs")
    clauses = [c for c in tok.children if c.dep_ == "relcl"] + [c for c in tok.head.children if c.dep_ == "advcl"]
    for clause in clauses:
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        harm = clause.lemma_.lower() in attack or kind_of_token(clause) in ("killed", "injured")
        if harm and subj is not None and subj.lower_ in ("who", "he", "she", "that"):
            return True
    return False


@cache
def _attacker_words() -> frozenset[str]:
    return word_set("participants.json", "singular_attacker_nouns")


@cache
def _suspect_words() -> frozenset[str]:
    """One person who may be the attacker: 'the suspect', 'the gunman'."""
    return word_set("figures.json", "arrested_person_nouns") | _attacker_words()


@cache
def _doer_words() -> frozenset[str]:
    """Words for attackers: 'militants', 'the gunman'."""
    return word_set("figures.json", "perpetrator_nouns") | _attacker_words()


def _attacker_killed(sent: Span, tok: Token) -> FoundFigure:
    """One attacker killed (GTD nkillter), evidence from the person to the verb."""
    first, last = min(tok.left_edge, tok.head, key=lambda t: t.i), max(tok, tok.head, key=lambda t: t.i)
    ev = evidence(sent.doc, first.idx, last.idx + len(last.text))
    fig = Figure(kind="killed", value=1, of="perpetrators", attributed_to=attribution(sent, tok), evidence=[ev])
    return FoundFigure(fig, tok.i, tok.lower_)


def _attacker_dead(sent: Span, dead: list[Token], taken: set[int]) -> list[FoundFigure]:
    """'The hostage-taker was killed', 'the suspect is dead', 'an officer shot Artan dead': the attacker the report
    names died (GTD nkillter), one figure of perpetrators per sentence."""
    for tok in (t for t in dead if t.i not in taken):
        end = _death_end(tok)
        ends = (_det_or(tok), end, *([tok.head] if tok.dep_ == "dobj" else []))
        first, last = min(ends, key=lambda t: t.i), max(tok, end, key=lambda t: t.i)
        ev = evidence(sent.doc, first.idx, last.idx + len(last.text))
        fig = Figure(kind="killed", value=1, of="perpetrators", attributed_to=attribution(sent, tok), evidence=[ev])
        return [FoundFigure(fig, tok.i, tok.lower_)]
    return []


def dead_attacker(tok: Token) -> bool:
    """Is `tok` the report's attacker, said to have died ('the gunman was killed', 'police shot Artan dead')?"""
    if not _the_attacker(tok) or hypothetical(tok.head) or any(c.dep_ == "neg" for c in tok.head.children):
        return False
    return _killed_subject(tok) or _killed_by_force(tok) or _killed_by_own_blast(tok)


def _the_attacker(tok: Token) -> bool:
    """'the gunman', 'a hostage-taker', 'the suspect', 'Artan' (a name the text gives its attacker), 'the man who
    held them' (a person whose clause makes them the attacker)."""
    if tok.tag_ == "NNP":
        last = tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
        return last and tok.lower_ in named_attackers(tok.doc)  # the tagger often reads a lone surname as a place
    if tok.tag_ != "NN":
        return False
    word = tok.lower_ in _attacker_words() or tok.lower_ in word_set("figures.json", "dead_attacker_nouns")
    if not word and not any(c.dep_ in ("relcl", "prep") for c in tok.children):
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("the", "a", "an", "this"):
        return False
    return word or attacker_by_clause(tok) or _captor_clause(tok)


def _captor_clause(tok: Token) -> bool:
    """'the man who held them', 'a man who took five people hostage': a person whose relative clause holds people."""
    verbs = word_set("figures.json", "captor_clause_verbs")
    for clause in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs):
        if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            return any(c.dep_ in ("dobj", "ccomp") for c in clause.children)
    return False


def _killed_subject(tok: Token) -> bool:
    """'The hostage-taker was killed', 'the gunman was shot dead by police', 'the suspect is dead', 'the bomber
    died': the subject killed (by no one but security forces) or dead."""
    verb = tok.head
    if tok.dep_ == "nsubjpass":
        agent = agent_of_any(verb)
        return verb_harm(verb) == "killed" and (agent is None or security_force(agent))
    if tok.dep_ != "nsubj" or _dead_then_object(verb) or any(c.dep_ in ("dobj", "pobj") for c in verb.children):
        return False  # 'The gunman shot dead three people'
    dead = word_set("figures.json", "dead_words")
    state = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in dead for c in verb.children)
    return state or verb.lemma_.lower() in word_set("figures.json", "dying_verbs")


def _killed_by_force(tok: Token) -> bool:
    """'Police shot and killed the gunman', 'an officer shot Artan dead': security forces killed the attacker."""
    if tok.dep_ != "dobj" or not security_force(subject_of(tok.head)):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    return verb_harm(tok.head) == "killed" or after.lower_ == "dead"


def _killed_by_own_blast(tok: Token) -> bool:
    """'The second explosion killed a soldier and the bomber herself': a blast killed the attacker among its dead."""
    obj = tok.head if tok.dep_ == "conj" else tok
    if obj.dep_ != "dobj" or verb_harm(obj.head) != "killed":
        return False
    subj = subject_of(obj.head)
    blasts = word_set("figures.json", "headline_attack_nouns")
    return subj is not None and subj.lower_ in blasts and tok.lower_ in _attacker_words()


def _death_end(tok: Token) -> Token:
    """The word that ends the telling of a death: 'dead' of 'is dead' or 'shot Artan dead', else the verb."""
    if tok.dep_ == "conj":  # 'killed a soldier and the bomber herself'
        return next((c for c in tok.children if c.lower_ in ("himself", "herself")), tok)
    dead = word_set("figures.json", "dead_words")
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    if tok.dep_ == "dobj" and after.lower_ in dead:
        return after
    return next((c for c in tok.head.children if c.lower_ in dead and c.i > tok.i), tok.head)


def _det_or(tok: Token) -> Token:
    """The article of a word ('a' of 'a third'), or the word itself."""
    return next((c for c in tok.children if c.dep_ == "det"), tok)


HARMED_ONE = ("killed", "injured", "hostages")
ONE_PERSON_TAGS = ("NN", "NNP", "PRP")  # every reading of _singular_victims needs one of these


def _singular_victims(sent: Span, taken: set[int], dead: set[int]) -> list[FoundFigure]:
    """'A policeman was killed', 'a female vaccinator was also wounded', 'The suspect ... was
    arrested': one person, no number (not the `dead` attackers)."""
    out = []
    perps = word_set("figures.json", "perpetrator_nouns") | word_set("figures.json", "arrest_nouns")
    for tok in span_tokens(sent):
        if tok.tag_ not in ONE_PERSON_TAGS or tok.i in dead:
            continue
        person = tok.tag_ == "NNP" and tok.ent_type_ == "PERSON"
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        one = tok.tag_ == "NN" and det is not None and det.lower_ in ("a", "an", "another")
        arrestee = tok.lower_ in word_set("figures.json", "arrested_person_nouns")
        named = _proper_person(tok) and not dateline_place(tok)
        reduced = tok.dep_ == "nsubj" and reduced_passive(tok.head)  # 'their driver shot dead on Tuesday'
        kin = tok.tag_ == "NN" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)  # 'His driver'
        titled = _named_in_apposition(tok)  # 'The head of the council, Ahmed Yusuf, died of his wounds'
        passive = (tok.dep_ == "nsubjpass" or reduced or _dies(tok, one or person or named or kin or titled)) and (
            tok.tag_ == "NN" or person or named
        )
        definite = tok.tag_ == "NN" and det is not None and det.lower_ == "the"
        pronoun = tok.tag_ == "PRP" and tok.lower_ in ("him", "her")  # 'Officers arrested him at his home'
        via = shot_dead_object(tok)
        if via is not None and security_force(subject_of(via) or subject_of(tok.head)):
            continue  # 'Police shot dead a man who ...', parsed with the man under 'dead'
        obj = tok.dep_ == "dobj" or via is not None
        if obj and _felled_by_security(tok, via or tok.head):
            continue  # 'before police killed the man': the attacker, counted apart
        if not (passive or (obj and (person or one or definite or pronoun))) or hypothetical(tok.head):
            continue
        agent = agent_of_any(tok.head) if passive else None
        machine = agent is not None and agent.lower_ in word_set("figures.json", "machine_agents")
        if (passive and security_force(agent) and not machine) or _shot_by_security(tok, person or named):
            killed = verb_harm(tok.head) == "killed"  # 'killed by a drone' is a victim's
            out += [_attacker_killed(sent, tok)] if killed and _first_free(tok, taken) else []
            continue  # 'The driver was shot dead by officers': the attacker, no victim
        if attacker_by_clause(tok) or _later_co_subject(tok):
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        kind = "killed" if _dies(tok, True) or via is not None else verb_harm(tok.head)
        verb = via or tok.head
        if obj:
            taker = _person_object(tok, verb)
            victim = (
                person or tok.lower_ in word_set("participants.json", "victim_nouns") or _office_holder(tok) or taker
            )
            joined = [c for c in tok.conjuncts if c.i > tok.i] if pronoun else []
            escort = [c for c in joined if not one_listed(c) and _companion_count(c)]  # 'him and his two bodyguards'
            victim = victim or bool(escort) or any(one_listed(c) for c in joined)  # 'killing him and his driver'
            if kind == "arrested" and (((one or definite) and arrestee) or pronoun) and _first_free(tok, taken):
                ev = evidence(sent.doc, tok.head.idx, tok.idx + len(tok.text))
                out.append(
                    FoundFigure(
                        Figure(kind=kind, value=1, attributed_to=attribution(sent, tok), evidence=[ev]),
                        tok.i,
                        tok.lower_,
                    )
                )
            collective = tok.lower_ in word_set("participants.json", "collective_nouns")
            if kind in HARMED_ONE and victim and not collective and _first_free(tok, taken):
                last = _last_conjunct(tok)
                extra = [c for c in companions(tok) if _companion_count(c)] + escort
                last = max([last, *(c.right_edge for c in extra)], key=lambda t: t.i)
                ev = evidence(sent.doc, verb.idx, last.idx + len(last.text))
                value = 1 + _named_conjuncts(tok)  # 'killed X ... and Y', 'shot dead a farmer and his wife'
                value += _unlisted_conjuncts(tok) if taker else 0
                value += sum(_companion_count(c) for c in extra)
                fig = Figure(kind=kind, value=value, attributed_to=attribution(sent, tok), evidence=[ev])
                out.append(FoundFigure(fig, tok.i, tok.lower_))
            continue
        possessed = any(c.dep_ == "poss" for c in tok.children)  # "Delgado's driver was killed"
        article = det.lower_ if det is not None else ("the" if possessed else "")
        first_mention = article == "the" and _first_mention(tok)
        named_died = (person or named or titled) and _dies(tok, True)  # 'Kameron Hill, 17, died in hospital'
        named_harmed = (
            named or person or _named_in_apposition(tok)
        ) and tok.dep_ == "nsubjpass"  # 'Guerrero ... was shot to death'
        collective = tok.lower_ in word_set("participants.json", "collective_nouns")
        harmed = (
            kind in HARMED_ONE
            and tok.lower_ not in perps
            and tok.lower_ not in word_set("figures.json", "toll_nouns")  # 'A total of 27 people were injured'
            and not collective
            and (article in ("a", "an", "another") or first_mention or named_died or named_harmed)
        )
        suspect = tok.lower_ in perps or arrestee
        arrested = kind == "arrested" and (person or (suspect and article in ("the", "a", "an", "another")))
        first = det if det is not None else _name_start(tok)
        if not (harmed or arrested) or first.i in taken:
            continue
        a, b = min(first, tok.head, key=lambda t: t.i), max(tok.head, *_co_subjects(tok), key=lambda t: t.i)
        party = _party(tok, taken) if kind in HARMED_ONE else []  # 'was kidnapped together with his farmhand'
        b = max([b, *(c.right_edge for c in party)], key=lambda t: t.i)
        ev = evidence(sent.doc, a.idx, b.idx + len(b.text))
        nth = _ordinal(tok) if article in ("a", "an") and _nth_of_toll(sent, tok, kind) else None
        value = nth or (1 + _named_conjuncts(tok) if person or named else 1 + _listed_after(tok))
        value += len(_co_subjects(tok)) - 1 + sum(_companion_count(c) for c in party)
        fig = Figure(kind=kind, value=value, attributed_to=attribution(sent, tok), evidence=[ev])
        out.append(FoundFigure(fig, first.i, tok.lower_, revision=nth is not None))
    return out


def _felled_by_security(tok: Token, verb: Token) -> bool:
    """'before police killed the man', 'officers shot dead the suspect': a suspect-like person (not 'a protester')
    killed by security forces is the attacker."""
    return tok.lower_ in _suspect_words() and kind_of_token(verb) == "killed" and security_force(subject_of(verb))


def _person_object(tok: Token, verb: Token) -> bool:
    """'kidnapped a rancher', 'abducted the pastor', 'murdered a lawyer': one singular object of a verb that takes
    only people is a person, in no list of people words (not 'troops killed a commander', nor an attacker)."""
    if tok.tag_ != "NN" or verb.lemma_.lower() not in word_set("figures.json", "person_object_verbs"):
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # 'killing off the contest'
    det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    if det is None or (det.dep_ == "det" and det.lower_ not in ("a", "an", "the")):
        return False
    attackers = _doer_words()
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    if tok.lower_ in attackers or any(c.lower_ in attackers or c.ent_type_ == "ORG" for c in modifiers):
        return False
    return not security_force(subject_of(verb))


def _unlisted_conjuncts(tok: Token) -> int:
    """'kidnapped a rancher and his farmhand': singular nouns joined to a person object, in no list of people
    words, each one more person (those in a list are counted as named conjuncts)."""
    attackers = _doer_words()
    joined = [c for c in tok.children if c.dep_ == "conj" and c.tag_ == "NN" and not one_listed(c)]
    joined = [c for c in joined if c.lower_ not in attackers]  # 'killed a soldier and the bomber herself'
    owned = [c for c in joined if any(d.dep_ in ("det", "poss") for d in c.children)]
    return sum(1 + _unlisted_conjuncts(c) for c in owned)


DATELINE_ENDS = frozenset({":", "-", "–", "—", "("})
AGENCY_REACH = 5
DATE_WORD = re.compile(r"^(?:\d{1,4}|[A-Z][a-z]{2,8}\.?|,)$")


def dateline_place(tok: Token) -> bool:
    """'Peshawar, March 12: Four policemen were killed', 'Caracas (AFP) - Twenty-nine detainees were killed': a name
    opening the sentence, with a date after its comma or an agency in brackets, then a colon or dash, is a dateline
    the parser read into the sentence, no one harmed."""
    doc, sent = tok.doc, tok.sent
    if tok.i != sent.start or tok.i + 2 >= sent.end:
        return False
    if doc[tok.i + 1].text == "(":
        close = next((t.i for t in doc[tok.i + 2 : min(sent.end, tok.i + AGENCY_REACH)] if t.text == ")"), None)
        return close is not None and close + 1 < sent.end and doc[close + 1].text in DATELINE_ENDS
    if doc[tok.i + 1].text != ",":
        return False
    j = tok.i + 2
    while j < sent.end and (doc[j].ent_type_ == "DATE" or DATE_WORD.match(doc[j].text)):
        j += 1
    return j > tok.i + 2 and j < sent.end and doc[j].text in DATELINE_ENDS


def _office_holder(tok: Token) -> bool:
    """'shot dead the head of the town council', 'killed the village chief': one person named by the office
    they held."""
    offices = word_set("figures.json", "office_nouns")
    held = any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "compound" for c in tok.children)
    return tok.lower_ in offices and held


def companions(tok: Token) -> list[Token]:
    """'shot dead the mayor along with one of his bodyguards', '... together with his driver': the nouns after
    'along with' or 'together with' that hang on the harmed object or on its verb."""
    heads = (tok, tok.head)
    withs = [g for n in heads for c in n.children for g in (c, *c.children) if g.lower_ == "with" and _joined_along(g)]
    items = [g for w in withs for g in w.children if g.dep_ == "pobj"]
    return [t for g in items for t in (g, *(c for c in g.children if c.dep_ == "conj"))]


def _party(tok: Token, taken: set[int]) -> list[Token]:
    """The people harmed along with a passive subject ('X was kidnapped together with one of his farmhands'), when
    no number of theirs is counted already."""
    found = [c for c in companions(tok) if _companion_count(c)]
    return [c for c in found if not any(t.i in taken for t in c.subtree)]


def _joined_along(prep: Token) -> bool:
    """Is 'with' the second word of 'along with' / 'together with'?"""
    return prep.dep_ == "prep" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("along", "together")


def _companion_count(noun: Token) -> int:
    """How many people 'one of his bodyguards', 'two aides', 'his driver', 'daughter' stand for (0 for no
    people)."""
    if noun.like_num:
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        return _small_number(noun) if any(_people_word(g) for g in of) else 0
    num = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
    if num is not None:
        return _small_number(num) if _people_word(noun) else 0
    return 1 if one_listed(noun) or (noun.tag_ == "NN" and _people_word(noun)) else 0


def _people_word(tok: Token) -> bool:
    return tok.lower_ in _person_nouns() or tok.lemma_.lower() in _person_nouns()


def _small_number(tok: Token) -> int:
    """The value of a number word or digits ('two', '3'), 0 if it is neither."""
    return token_value(tok) or 0


def _co_subjects(tok: Token) -> list[Token]:
    """'A teenager and a woman were taken into custody', parsed as two passive subjects of one verb: the
    single people who share the verb with `tok` (`tok` itself included)."""
    if tok.dep_ != "nsubjpass":
        return [tok]
    joined = [c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i and _named(c)]  # '..., and Y'
    return [c for c in tok.head.children if c.dep_ == "nsubjpass" and (c.i == tok.i or one_listed(c))] + joined


def _later_co_subject(tok: Token) -> bool:
    """Is `tok` a passive subject listed after another one of the same verb (counted with the first)?"""
    return _co_subjects(tok)[0].i != tok.i


def _proper_person(tok: Token) -> bool:
    """A bare proper name that is no place or organisation ('Guerrero', untagged in case-less text)."""
    if tok.tag_ != "NNP":
        return False
    no_det = not any(c.dep_ in ("det", "poss") for c in tok.children)
    return (tok.ent_type_ not in NON_PERSON_ENTS or _earlier_surname(tok)) and no_det


def _earlier_surname(tok: Token) -> bool:
    """'Tamimi and a bodyguard died', tagged a place: a lone proper noun that ends a person's full name given
    earlier ('Kareem Jassim al-Tamimi, 52, was driving home') is that person."""
    return tok.ent_iob_ != "I" and any(end <= tok.i and last == tok.lower_ for end, last in _full_names(tok.doc))


def _full_names(doc: Doc) -> list[tuple[int, str]]:
    """Where each person's name of two words or more ends and its last word, found once per Doc."""
    return per_doc(
        doc,
        "polybius_full_names",
        lambda: [(e.end, tokens(doc)[e.end - 1].lower_) for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1],
    )


def _named(tok: Token) -> bool:
    """A person's name: tagged PERSON, a bare proper name that is no place or organisation, or a name under a
    person's title ('Constable Paul Jones')."""
    return tok.ent_type_ == "PERSON" or _proper_person(tok) or _titled(tok)


def _named_conjuncts_of(tok: Token) -> list[Token]:
    """The people joined to `tok` by 'and' or a comma ('Peter Jones' of 'John Smith and Peter Jones', 'his son'
    of 'X and his son')."""
    return [c for c in tok.children if c.dep_ == "conj" and one_listed(c)]


def _last_conjunct(tok: Token) -> Token:
    """The last of the people joined to `tok` ('Peter Jones' of 'John Smith and Peter Jones')."""
    conj = _named_conjuncts_of(tok)
    return _last_conjunct(conj[-1]) if conj else tok


def _name_start(tok: Token) -> Token:
    """The first word of a name ('Luis' of 'Luis Morales'), or the token itself."""
    return min((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i), key=lambda c: c.i, default=tok)


def _named_conjuncts(name: Token) -> int:
    """'Darius Webb, 19, and Tyrell Moore, 18, were arrested': the other people named with the subject."""
    return sum(1 + _named_conjuncts(c) for c in _named_conjuncts_of(name))


def _listed_after(tok: Token) -> int:
    """'A police colonel, a judge, and candidate Luis Carlos Galan were murdered': a singular subject of a
    plural verb heads a list; the people joined to it by commas (parsed as appositions) or 'and'."""
    plural_verb = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "have") for c in tok.head.children)
    links = ("conj", "appos") if plural_verb and tok.dep_ in ("nsubj", "nsubjpass") else ("conj",)
    items = [c for c in tok.children if c.dep_ in links and one_listed(c)]
    return sum(1 + _listed_after(c) for c in items)


def person_start(tok: Token) -> Token:
    """Where a single person's phrase starts: its article ('A soldier') or the first word of the name."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    return det if det is not None else _name_start(tok)


def one_listed(tok: Token) -> bool:
    """One person in a list: a name, or a singular person noun with 'a', 'an', 'another' or a possessive
    ('his wife', 'their driver')."""
    if _named(tok):
        return True
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
    nouns = _person_nouns()
    return (
        tok.tag_ == "NN"
        and ((det is not None and det.lower_ in ("a", "an", "another")) or owned)
        and (tok.lower_ in nouns or tok.lower_ in word_set("participants.json", "person_titles"))
    )


def _nth_of_toll(sent: Span, tok: Token, kind: str | None) -> bool:
    """'A third person has died', 'Police now say a seventh person was injured' (after a count of the injured): an
    ordinal person killed, or hurt after the hurt were counted, raises that count ('Two men died at the scene. A
    third man was wounded' is one more hurt)."""
    if kind == "killed":
        return True
    if kind != "injured":
        return False
    doc = sent.doc
    near = doc[doc[sent.start - 1].sent.start if sent.start else 0 : tok.i]
    if any(kind_of_token(t) == "killed" for t in near):
        return False
    return any(kind_of_token(t) == "injured" for t in doc[: tok.i])


def _ordinal(noun: Token) -> int | None:
    """'A third person has died': the toll is now three, a revision of any earlier total."""
    ordinals = load_data("figures.json")["ordinals"]
    return next((ordinals[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in ordinals), None)


def _noun_deaths(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'the assassination of Dr Jose Antonio Rodriguez Porth': one killed (two for 'X and Y')."""
    out = []
    for death in deaths_in_nouns(sent):
        if not death.counted or not _first_free(death.person, taken) or death.person.i in taken:
            continue  # 'recovered the body of a man' names one of the dead counted elsewhere
        fig = Figure(
            kind=death.kind,
            value=death.count,
            attributed_to=attribution(sent, death.person),
            evidence=[evidence(sent.doc, death.start, death.end)],
        )
        out.append(FoundFigure(fig, death.person.i, death.person.lower_))
    return out


def unnumbered_figures(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """Figures of one person each, for people no number in the sentence counts already."""
    dead = [t for t in span_tokens(sent) if t.tag_ in ("NN", "NNP") and dead_attacker(t)]
    found = _attacker_dead(sent, dead, taken)
    found += [
        _one_more(sent, f) for f in _singular_victims(sent, taken | {f.token for f in found}, {t.i for t in dead})
    ]
    found += _noun_deaths(sent, taken | {f.token for f in found})
    found += _named_killed(sent, taken | {f.token for f in found})
    found += _one_sustained(sent, taken | {f.token for f in found})
    found += _another_taken(sent, taken | {f.token for f in found})
    found += _both_harmed(sent, taken | {f.token for f in found})
    found += _named_list(sent, taken | {f.token for f in found})
    found += _headline_one(sent, taken | {f.token for f in found})
    held = any(f.figure.kind == "arrested" for f in found)
    found += [] if held else _held_one(sent, taken | {f.token for f in found})
    return [with_status(f, "partial") if _listed_part(sent, f.token) else f for f in found]


HELD_PRONOUNS = frozenset({"he", "she"})
STILL_HELD_VERBS = frozenset({"be", "remain", "stay"})


def _held_one(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'before he was arrested', 'He was taken into custody', 'A 17-year-old suspect is in custody', 'the suspect
    remains in police custody', 'Officers arrested the attacker': one person held, told without a number."""
    out = []
    for tok in span_tokens(sent):
        if tok.i in taken or not _held_person(tok):
            continue
        verb = tok.head
        if hypothetical(verb) or _held_before(verb):
            continue
        passive = tok.dep_ == "nsubjpass" and verb_harm(verb) == "arrested"
        held = tok.dep_ == "nsubj" and verb.lemma_ in STILL_HELD_VERBS and _led_to(verb, ("in",), "arrested")
        caught = tok.dep_ == "dobj" and tok.lower_ in _attacker_words() and verb_harm(verb) == "arrested"
        if passive or held or caught:
            a, b = min(tok.left_edge, verb, key=lambda t: t.i), max(tok, verb, key=lambda t: t.i)
            ev = evidence(sent.doc, a.idx, b.idx + len(b.text))
            fig = Figure(kind="arrested", value=1, attributed_to=attribution(sent, tok), evidence=[ev])
            out.append(FoundFigure(fig, tok.i, tok.lower_))
    return out


def _held_person(tok: Token) -> bool:
    """'he', 'she', 'the suspect', 'a 17-year-old suspect', 'the attacker': one person who can be held."""
    if tok.lower_ in HELD_PRONOUNS:
        return True
    if tok.tag_ != "NN" or tok.lower_ not in _suspect_words():
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ in ("the", "a", "an")


def _held_before(verb: Token) -> bool:
    """'he was arrested in 2016', 'she had previously been detained': an earlier arrest, not this attack's."""
    if pluperfect(verb):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("previously", "once", "twice") for c in verb.children):
        return True
    years = (g for c in verb.children if c.dep_ == "prep" for g in c.children)
    return any(g.ent_type_ == "DATE" and g.text.isdigit() and len(g.text) == 4 for g in years)


HEADLINE_HARMS = ("killed", "injured", "hostages")


def _headline_one(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'Mexican mayoral candidate shot dead on first day of campaign', 'Police officer killed in Kashmir attack',
    'Journalist kidnapped in Mali': a headline drops the article, so one bare singular person harmed (the subject of
    a verb of harm with no object, or its participle) is one person, when no count in the headline is given; the
    person the body tells of again, so the figure stands only where the body counts none of its kind."""
    end = headline_end(sent.doc)
    if sent.start_char >= end or any(sent.start <= i < sent.end for i in taken):
        return []
    doers = word_set("figures.json", "perpetrator_nouns") | word_set("figures.json", "arrest_nouns") | _attacker_words()
    for tok in span_tokens(sent):
        if tok.idx >= end or not _bare_person(tok) or tok.lower_ in doers:
            continue
        verbs = [tok.head] if tok.dep_ == "nsubj" else []
        verbs += [c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
        verb = next((v for v in verbs if not any(c.dep_ in ("dobj", "ccomp") for c in v.children)), None)
        kind = verb_harm(verb) if verb is not None else None
        if kind not in HEADLINE_HARMS or hypothetical(verb) or security_force(agent_of_any(verb)):
            continue
        ends = [c for c in verb.children if c.lower_ == "dead" or c.dep_ == "prt"]
        ends += [g for c in verb.children if c.lower_ == "to" for g in c.children if g.lower_ == "death"]
        last = max([verb, *ends], key=lambda t: t.i)
        ev = evidence(sent.doc, tok.left_edge.idx, last.idx + len(last.text))
        fig = Figure(kind=kind, value=1, attributed_to=attribution(sent, tok), evidence=[ev])
        return [FoundFigure(fig, tok.i, tok.lower_, summary=True)]  # the body's own count of the kind comes first
    return []


def _bare_person(tok: Token) -> bool:
    """A singular person noun with no article, number or owner ('candidate', 'Priest' opening a headline)."""
    singular = tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.i == tok.sent.start and tok.ent_type_ != "PERSON")
    owned = any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)
    return singular and not owned and tok.lower_ in _person_nouns()


PART_CUE_REACH = 3


def _listed_part(sent: Span, token: int) -> bool:
    """'killing four people, among them a policeman', 'including a child': one person after 'among them' or
    'including' is a part of the count before, not one more."""
    start = person_start(sent.doc[token]).i
    before = " ".join(t.lower_ for t in sent.doc[max(sent.start, start - PART_CUE_REACH) : start])
    return any(before.endswith(c) for c in load_data("figures.json")["partial_cues"])


def _named_list(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'The dead were Maria Lopez, a nurse, and her son Carlos', 'The victims were named as X, 41, and Y, 19':
    the people a sentence lists as the dead or wounded, counted (a description in apposition is the same
    person)."""
    out = []
    for verb in span_tokens(sent):
        subject, first = _list_frame(verb)
        kind = _LISTED_KINDS.get(subject.lower_) if subject is not None else None
        if kind is None or first is None or first.i in taken or not _one_named(first):
            continue
        people = _people_joined(first)
        last = max((p.right_edge for p in people), key=lambda t: t.i)
        while last.i > first.i and (last.is_punct or last.is_space):
            last = last.nbor(-1)
        fig = Figure(
            kind=kind,
            value=len(people),
            attributed_to=attribution(sent, first),
            evidence=[evidence(sent.doc, subject.left_edge.idx, last.idx + len(last.text))],
        )
        out.append(FoundFigure(fig, first.i, first.lower_))
    return out


_LISTED_KINDS = {
    "dead": "killed",
    "killed": "killed",
    "deceased": "killed",
    "victims": "killed",
    "slain": "killed",
    "wounded": "injured",
    "injured": "injured",
}


def _list_frame(verb: Token) -> tuple[Token | None, Token | None]:
    """(subject, first person listed) of 'The dead were X ...' or 'The victims were identified as X ...'."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject, next((c for c in verb.children if c.dep_ == "attr"), None)
    if lemma in ("identify", "name"):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return subject, next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return None, None


def _one_named(tok: Token) -> bool:
    """A person listed by name, or one described ('her son')."""
    return _named(tok) or _titled(tok) or one_listed(tok)


def _people_joined(first: Token, link: str = "") -> list[Token]:
    """The people listed from `first` by 'and', commas and appositions: each name, and each person described
    with no name of their own ('his son Y' counts Y; 'X, a nurse,' describes X; 'X, his son Y' adds Y)."""
    named = _named(first) or _titled(first)
    person = first.tag_ == "NN" and (one_listed(first) or first.lower_ in _person_nouns())
    has_name = any(c.dep_ == "appos" and (_named(c) or _titled(c)) for c in first.children)
    owned = any(c.dep_ == "poss" for c in first.children)
    described = link == "appos" and not owned
    out = [first] if named or (person and not has_name and not described) else []
    for child in (c for c in first.children if c.dep_ in ("conj", "appos")):
        out += _people_joined(child, child.dep_)
    return out


def _titled(tok: Token) -> bool:
    """'Constable Paul Jones' tagged an organisation: a proper name under a person's title."""
    titles = word_set("participants.json", "person_titles")
    return tok.tag_ == "NNP" and any(c.dep_ == "compound" and c.lower_ in titles for c in tok.children)


def _both_harmed(sent: Span, taken: set[int]) -> list[FoundFigure]:
    """'Both victims died at the scene', 'both men were killed', 'Both were wounded': two people harmed."""
    out = []
    for tok in span_tokens(sent):
        noun = tok.head if tok.dep_ in ("det", "predet") else tok
        if tok.lower_ != "both" or noun.dep_ not in ("nsubj", "nsubjpass") or tok.i in taken:
            continue
        people = noun.i == tok.i or noun.lower_ in _person_nouns() or noun.lower_ in ("men", "women", "victims")
        kind = "killed" if _dies(noun, True) else verb_harm(noun.head)
        if people and kind in ("killed", "injured") and (noun.dep_ == "nsubjpass" or kind == "killed"):
            ev = evidence(sent.doc, tok.idx, noun.head.idx + len(noun.head.text))
            fig = Figure(kind=kind, value=2, attributed_to=attribution(sent, noun), evidence=[ev])
            out.append(FoundFigure(fig, tok.i, noun.lower_))
    return out
