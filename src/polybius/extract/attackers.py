"""Unnamed attackers: 'guerrillas attacked the farm', 'the bomb was planted by unidentified individuals'.

Named groups, named individuals and states are found in actors.py. An attacker the text does not
name is still worth recording: a perpetrator of kind 'unknown' named by its noun phrase
('urban guerrillas', 'unidentified individuals'; kind 'individual' when singular: 'the gunman'),
when that phrase is the subject or the 'by' agent of an attack verb. State forces the text names
by a common noun are perpetrators the same way ('the army' of kind 'state', 'soldiers' of kind
'unknown'), unless the attack is aimed at attackers ('police shot dead the gunman'). The words
are in data/attackers.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from polybius.extract.actors import (
    attack_noun,
    attack_verbs,
    attributed,
    believed_attacker,
    directed,
    fights,
    fired_first,
    first_conjunct,
    left_weapon,
    named_attackers,
    responsible,
)
from polybius.extract.gazetteer import load_gazetteer
from polybius.extract.lexicon import active_in, canonical, parent_of
from polybius.extract.numbers import find_quantities
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import doc_text, entities, passive, per_doc, span_evidence, span_tokens
from polybius.extract.statements import FoundStatement
from polybius.model import Count, Evidence, Incident, Perpetrator

MAX_WORDS = 5
_NOT_CLAIMED = re.compile(r"\b(?:did|does|has|have|had)\s*(?:not|n't)\s+(?:yet\s+|immediately\s+)?claim", re.IGNORECASE)


def _attacker_head(tok: Token) -> bool:
    """A noun naming an attacker by its role ('guerrillas'), or a modified person noun ('armed men', 'a man armed
    with a knife')."""
    low = tok.lower_
    if low in word_set("attackers.json", "heads"):
        return True
    if low in word_set("attackers.json", "gang_heads"):  # 'a criminal gang shot', not 'a gang of robbers'
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    modifiers = word_set("attackers.json", "modifiers")
    return low in word_set("attackers.json", "modified_heads") and any(
        c.lower_ in modifiers and (c.i < tok.i or c.dep_ == "acl") for c in tok.children
    )


def _person_head(tok: Token) -> bool:
    """A plain person noun ('men wearing military uniforms', 'two men on a motorcycle', 'a woman', 'a 21-year-old
    refugee'), an attacker only when it did a clearly violent act (`_violent_act`)."""
    return tok.lower_ in word_set("attackers.json", "person_heads") or _aged(tok)


def _aged(tok: Token) -> bool:
    """'a 21-year-old Syrian refugee', 'a 17-year-old student': a noun given an age is a person."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ == "old" and any(g.lower_ in ("year", "years") for g in c.children)
        for c in tok.children
    )


def verb_lemmas(verb: Token) -> set[str]:
    """The tagger's lemma and the base forms of a regular past or participle, which the tagger misreads on
    rarer verbs ('staged' as 'stag', 'machinegunned' as 'machinegunne')."""
    low = verb.lower_
    lemmas = {verb.lemma_.lower()}
    if verb.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        lemmas |= {low[:-1], low[:-2]}
        if len(low) > 4 and low[-3] == low[-4]:
            lemmas.add(low[:-3])
    return lemmas


def _violent_act(verb: Token) -> bool:
    """'shot dead', 'stabbed', 'murdered', 'opened fire', 'set fire': an act only an attacker does, unlike
    'drove', 'carried' or 'hit'."""
    lemma = verb.lemma_.lower()
    if verb_lemmas(verb) & word_set("attackers.json", "person_attack_verbs"):
        return True
    return lemma in word_set("attackers.json", "fire_verbs") and any(
        c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children
    )


def _attack_verb(verb: Token) -> bool:
    """An attack verb ('attacked', 'set fire', 'staged', 'sabotaged') used as a verb."""
    return verb.pos_ in ("VERB", "AUX") and bool(verb_lemmas(verb) & attack_verbs())


def _passive(verb: Token) -> bool:
    """A verb with a 'by' agent, also where the parser leaves out the auxiliary (headline 'attacker shot
    dead by police')."""
    return any(c.dep_ == "agent" for c in verb.children)


def _shared_subject_verbs(verb: Token) -> list[Token]:
    """'Gunmen intercepted the car and fired on it': the active verbs joined to this one that share its
    subject ('were on a visit and were wounded' shares a patient)."""
    return [
        c
        for c in verb.conjuncts
        if c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children)
    ]


def _headline_passive(verb: Token) -> bool:
    """'Two police officers shot dead in Celaya': a verb that must have a victim as object, with none and no
    auxiliary, is a passive with its 'were' left out (headline style); its subject is the victim."""
    if verb.lemma_.lower() not in word_set("attackers.json", "victim_object_verbs"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not _objects(verb)


def _attack_of(tok: Token) -> Token | None:
    """The attack verb this token is the subject of (also through 'and', 'a group of' or the aircraft it
    names: 'army drones'; an attacker noun also of a verb joined to its own), or the passive attack verb
    it is the 'by' agent of; None otherwise."""
    node = first_conjunct(tok)
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and node.head.head.lower_ in word_set("attackers.json", "collectives")
    ):
        node = node.head.head
    if node.dep_ in ("compound", "amod") and _aircraft(node.head):
        node = node.head
    if _investigating(node):
        return None
    if node.dep_ == "nsubj":
        joined = _shared_subject_verbs(node.head) if _force_kind(tok) is None else []
        for verb in (node.head, *joined):
            if (
                not _passive(verb)
                and not _headline_passive(verb)
                and (_attack_verb(verb) or responsible(verb) or left_weapon(verb) or directed(verb) or fights(verb))
            ):
                return verb
        if _attacker_head(tok) and _held_hostage(node.head) and not _passive(node.head):
            return node.head
    hedged = _hedged_attack(node) or _accused_of(node)
    if hedged is not None:
        return hedged
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "by"
        and node.head.dep_ in ("agent", "prep")
        and (_attack_verb(node.head.head) or left_weapon(node.head.head) or _strike_noun(node.head.head))
    ):
        return node.head.head
    return None


def _strike_noun(noun: Token) -> bool:
    """'An air strike by the Saudi-led coalition', 'shelling by government forces': a strike noun whose 'by' names
    the force that carried it out."""
    return noun.pos_ == "NOUN" and noun.lower_ in word_set("attackers.json", "strike_nouns")


def _hedged_attack(node: Token) -> Token | None:
    """'Gunmen believed to be members of al-Shabaab stormed the hotel', 'guerrillas presumed to be ELN
    members dynamited the pipeline': the parser makes the attackers the subject of the hedge ('believed'),
    and the attack verb, left without a subject, a clause of it."""
    hedge = node.head
    if node.dep_ != "nsubj" or hedge.lemma_.lower() not in word_set("attackers.json", "hedge_verbs"):
        return None
    if not any(c.dep_ == "xcomp" for c in hedge.children):
        return None
    for clause in hedge.children:
        if clause.dep_ not in ("ccomp", "advcl", "conj") or any(c.dep_.startswith("nsubj") for c in clause.children):
            continue
        if _attack_verb(clause) and not _passive(clause):
            return clause
    return None


def _accused_of(node: Token) -> Token | None:
    """'militants were suspected of planting the device', 'two rebels accused of killing the mayor', 'gangs
    blamed for the bombing': the verb of suspicion, when what they are suspected of is an attack."""
    accusing = word_set("attackers.json", "accusing_verbs")
    verbs = [node.head] if node.dep_ == "nsubjpass" else []
    verbs += [c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for verb in (v for v in verbs if v.lemma_.lower() in accusing):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "in")):
            objs = [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
            if any(_attack_verb(o) or left_weapon(o) or _violent_act(o) or attack_noun(o) for o in objs):
                return verb
    return None


def _investigating(tok: Token) -> bool:
    """'Lethbridge police investigating deliberately set fire at mosque': a noun with a participle of
    investigating is the investigator, though the parser makes it the subject of the attack."""
    verbs = word_set("attackers.json", "investigation_verbs")
    return any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in tok.children)


def _force_adjective(tok: Token) -> bool:
    """'a junta airstrike', 'military drones': a force institution the tagger reads as an adjective of an
    aircraft or strike."""
    return tok.dep_ == "amod" and tok.lower_ in word_set("attackers.json", "force_institutions") and _aircraft(tok.head)


def _aircraft(tok: Token) -> bool:
    """A weapon or aircraft a force attacks with ('drones', 'jets', 'artillery'), not the force itself."""
    forces = word_set("attackers.json", "force_institutions") | word_set("attackers.json", "force_members")
    return tok.lower_ in word_set("attackers.json", "state_force_nouns") - forces


def _force_kind(tok: Token) -> str | None:
    """`force_kind` of a token, read with the words before it ('Israeli forces', 'army elements'); forces
    of no state ('rebel forces') attacking are left to the group lexicon."""
    mods = [c.lower_ for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod")]
    # 'Azerbaijani forces', whose nationality the tagger may label a person
    national = any(_national(c) for c in tok.children if c.i < tok.i)
    if tok.lower_ == "coalition" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # 'a coalition of armed groups'
    kind = force_kind(tok.lower_, mods, national)
    return None if kind == "unknown" and tok.lower_ in ("forces", "force", "guard") else kind


def _national(word: Token) -> bool:
    """'Israeli', 'Azerbaijani', 'Tajik': a word of nationality (tagged so, or a capitalised demonym)."""
    return word.ent_type_ in ("NORP", "GPE") or (word.is_title and bool(load_gazetteer().demonym(word.text)))


def force_kind(head: str, modifiers: Sequence[str], national: bool = False) -> str | None:
    """'state' for a state force named as a body ('the army', 'armed forces', 'Israeli forces'),
    'unknown' for its members ('soldiers', 'a colonel', 'army elements') and for forces of no state
    ('rebel forces'), None for any other word; a bare 'guard' or 'forces' names no force."""
    if head in word_set("attackers.json", "force_members"):
        return "unknown"
    institutions = word_set("attackers.json", "force_institutions")
    if head == "coalition" and not national and not set(modifiers) <= word_set("attackers.json", "coalition_modifiers"):
        return None  # 'the rebel coalition', 'the ruling coalition'
    if head in ("members", "member", "elements", "agents") and institutions.intersection(modifiers):
        return "unknown"
    if head not in institutions:
        return None
    if head in ("forces", "force", "guard"):
        if not modifiers and not national:
            return None
        state = national or word_set("attackers.json", "force_modifiers").intersection(modifiers)
        return "state" if state else "unknown"
    return "state"


def _against_combatants(verb: Token) -> bool:
    """Is the attack aimed at attackers or fighters ('police shot dead the attacker', 'soldiers
    killed two guerrillas', 'troops attacked rebel positions'), or at someone named by a pronoun
    (in news, mostly the attacker)? Then the force is no perpetrator."""
    words = word_set("attackers.json", "heads") | word_set("attackers.json", "combatants")
    if _after_own_attack(verb):
        return True
    for obj in _objects(verb) + _implied_patient(verb):
        if obj.lower_ in words or any(c.lower_ in words for c in obj.children if c.i < obj.i) or _share_of(obj, words):
            return True
        if obj.pos_ == "PRON" or any(c.dep_ == "relcl" and _attack_verb(c) for c in obj.children):
            return True  # 'before he was shot dead by police', 'police killed a man who had stabbed two people'
        if obj.pos_ == "PROPN" and obj.lower_ in named_attackers(obj.doc):
            return True  # 'Monis was shot dead by police', once the text has named him as the gunman
    return False


def _share_of(obj: Token, words: frozenset[str]) -> bool:
    """'killed two of the attackers', 'one of the militants': a part of a band of attackers."""
    return any(p.lower_ == "of" and any(g.lower_ in words for g in p.children) for p in obj.children)


def _implied_patient(verb: Token) -> list[Token]:
    """'A gunman killed four people before being shot dead by police': a passive clause with no subject of its own
    is about the subject of the clause it hangs on."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    owner = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return [c for c in owner.children if c.dep_ == "nsubj"] if owner is not None else []


def _after_own_attack(verb: Token) -> bool:
    """'A Palestinian stabbed an officer and was shot dead by troops', 'Knifeman stabs two before being shot by
    officers', 'Gunman kills three, shot dead by police': a force's passive act on whoever did the attack the
    clause hangs on (its subject) answers that attack."""
    if not _passive(verb) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    owner = next((a for a in verb.ancestors if any(c.dep_ == "nsubj" for c in a.children)), None)
    set_off = verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","  # 'holds four hostage, killed by'
    if owner is None or (verb.dep_ not in ("conj", "pcomp", "advcl") and not set_off):
        return False
    return _violent_act(owner) or bool(verb_lemmas(owner) & attack_verbs()) or _held_hostage(owner)


def _responding(verb: Token) -> bool:
    """'Police fired tear gas', 'fired warning shots into the air', 'special forces stormed the hotel and freed 80
    hostages': a force controlling a crowd or rescuing hostages responds to the attack."""
    words = word_set("attackers.json", "crowd_control_words")
    aimed = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    upward = any(c.lower_ == "into" and any(g.lower_ == "air" for g in c.children) for c in verb.children)
    rescues = word_set("attackers.json", "rescue_verbs")
    return upward or any(t.lower_ in words for t in aimed) or any(c.lemma_.lower() in rescues for c in verb.conjuncts)


def _police_entry(tok: Token, verb: Token) -> bool:
    """'Hostages died after police stormed the cafe', 'officers raided the house': police entering a place end an
    attack or make an arrest; they attack no one there (not 'police shot protesters')."""
    police = {tok.lower_, *(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound"))}
    if not police & (word_set("attackers.json", "civil_force_words") | {"officers", "policemen"}):
        return False
    if verb.lemma_.lower() not in word_set("attackers.json", "police_entry_verbs"):
        return False
    people = word_set("attackers.json", "counted_attackers") | word_set("participants.json", "victim_nouns")
    return not any(o.lower_ in people or o.ent_type_ == "PERSON" for o in _objects(verb))


def _objects(verb: Token) -> list[Token]:
    """The direct objects of a verb ('shot dead the attacker' too) and of 'on'/'at' ('opened fire on the
    gunmen'), with their conjuncts."""
    passive = _passive(verb)
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or (passive and c.dep_ == "nsubj")]
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        out += [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # 'was shot and wounded by police'
    out += [g for c in verb.children if c.dep_ in ("acomp", "oprd") for g in c.children if g.dep_ == "dobj"]
    out += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    out += [
        g
        for c in verb.children
        if c.dep_ == "dobj"
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("on", "at")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return out + [c for o in out for c in o.conjuncts]


def _suspected_attack(verb: Token) -> bool:
    """'allegedly detonated by urban guerrillas': a hedged attack names its attackers as suspects; so does
    'X were responsible for', which says who is blamed."""
    hedges = word_set("attackers.json", "suspect_hedges")
    deps = ("advmod", "amod", "aux", "neg", "acomp")
    if any(getattr(_hedged_attack(c), "i", None) == verb.i for c in verb.head.children if c.dep_ == "nsubj"):
        return True
    if verb.lemma_.lower() in word_set("attackers.json", "accusing_verbs"):
        return True
    return responsible(verb) or any(c.lower_ in hedges for c in verb.children if c.dep_ in deps)


def _hedged_name(tok: Token) -> bool:
    """'Suspected jihadists killed 15 civilians', 'alleged militants': the attackers are named as suspects."""
    cues = word_set("attackers.json", "suspect_cues")
    return any(c.lower_ in cues for c in tok.lefts if c.dep_ in ("amod", "advmod", "compound"))


def _name(tok: Token) -> Span:
    """The head with the adjectives, compounds and numbers before it ('150 urban guerrillas'), never from
    inside brackets ('Allied Democratic Forces (ADF) rebels' is cut after the bracket, not to 'Forces (ADF)')."""
    deps = ("amod", "compound", "nummod", "advmod")
    left = [c for c in tok.lefts if c.dep_ in deps and not c.is_punct and c.tag_ not in ("VBP", "VBZ", "VBD")]
    first = min((c.left_edge.i for c in left), default=tok.i)
    start = max(first, tok.i - MAX_WORDS + 1)
    while start - 2 >= first and tok.doc[start - 1].text == "-":
        start -= 2  # a hyphenated word is one: '21-year-old'
    closing = [t.i for t in tok.doc[start : tok.i] if t.text in ("(", ")")]
    start = max(start, closing[-1] + 1) if closing else start
    while start < tok.i and tok.doc[start].is_punct:
        start += 1
    return tok.doc[start : tok.i + 1]


def unnamed_attackers(sent: Span, named: Iterable[tuple[int, int]]) -> list[Perpetrator]:
    """Unnamed attackers tied to an attack verb in the sentence whose head is no named actor
    ('FMLN guerrillas' is one, beside the FMLN found by the lexicon)."""
    covered = {i for start, end in named for i in range(start, end)}
    forces = {span.root.i: (span, name) for span, name in _named_forces(sent)}
    out = []
    for tok in span_tokens(sent):
        if tok.i in forces and tok.i not in covered:
            force = _force_attacker(tok, *forces[tok.i])
            out += [force] if force is not None else []
            continue
        if (tok.pos_ not in ("NOUN", "PROPN") and not _force_adjective(tok)) or tok.i in covered:
            continue
        force = _force_kind(tok)
        if force is None and not _attacker_head(tok) and not _person_head(tok):
            continue
        if tok.lower_ in word_set("attackers.json", "gang_heads") and any(c.i in covered for c in tok.subtree):
            continue  # 'the Los Shottas and Los Espartanos gangs' are the named groups
        verb = _attack_of(tok)
        if verb is None or fired_first(verb):
            continue
        if force is not None and (_against_combatants(verb) or _responding(verb) or _police_entry(tok, verb)):
            continue
        if force is None and not _attacker_head(tok) and not _violent_act(verb):
            continue
        name = _name(tok)
        kind = force or _unnamed_kind(tok)
        suspected = _suspected_attack(verb) or _hedged_name(tok)
        nations = _nations_of_members(tok, suspected) if force == "state" and tok.lower_ in ("forces", "force") else []
        if nations:  # 'Tajik forces fought' names Tajikistan, not a force of its own ('the Guatemalan army')
            out += nations
            continue
        out.append(
            Perpetrator(
                name=name.text, kind=kind, mentions=[name.text], suspected=suspected, evidence=[span_evidence(name)]
            )
        )
        body = _body_of_members(tok) if force == "unknown" else None
        out += _nations_of_members(tok, suspected) if force == "unknown" and body is None else []
        if body is not None:
            out.append(
                Perpetrator(
                    name=body.text,
                    kind="state",
                    mentions=[body.text],
                    suspected=suspected,
                    evidence=[span_evidence(body)],
                )
            )
    return out


def _named_forces(sent: Span) -> list[tuple[Span, str]]:
    """The state forces a sentence names, found once per sentence (unnamed attackers and state claims both ask)."""
    found = per_doc(sent.doc, "polybius_named_forces", dict)
    key = (sent.start, sent.end)
    if key not in found:
        found[key] = _find_forces(sent)
    return found[key]


def _find_forces(sent: Span) -> list[tuple[Span, str]]:
    """The state forces a sentence names ('Iran's Revolutionary Guards', 'the IDF'), with their canonical names."""
    pattern, names = _force_finder()
    out = []
    for m in pattern.finditer(doc_text(sent.doc)[sent.start_char : sent.end_char]):
        start = sent.start_char + m.start()
        span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
        if span is not None:
            out.append((span, names[m.group(0).lower()]))
    return out


def _force_attacker(tok: Token, span: Span, name: str) -> Perpetrator | None:
    """'Iran's Revolutionary Guards struck positions', 'shelled by the IRGC': a state force named by its own name
    that attacks is a state perpetrator under its canonical name."""
    verb = _attack_of(tok)
    if verb is None or _against_combatants(verb) or fired_first(verb):
        return None
    return _state(name, span, suspected=_suspected_attack(verb) or directed(verb))


def state_claims(sent: Span) -> list[Perpetrator]:
    """'The IRGC said its ground forces had targeted ...', "Russia's defence ministry said it struck ...": a state
    force or ministry that says it (or its forces) attacked claims the attack, as a state perpetrator; one said to
    have directed it is a suspected one (`_directing_states`)."""
    forces = {span.root.i: (span, name) for span, name in _named_forces(sent)}
    claim = _state_claim(sent, forces)
    return ([claim] if claim is not None else []) + _directing_states(sent, forces)


@cache
def _directing_institutions() -> frozenset[str]:
    """The forces and bodies that can direct an attack ('the ministry', 'the Guards')."""
    return word_set("attackers.json", "force_institutions") | word_set("attackers.json", "directing_bodies")


def _directing_states(sent: Span, forces: dict[int, tuple[Span, str]]) -> list[Perpetrator]:
    """'Iran's Revolutionary Guard Corps had directed the attack', 'the Iranian government orchestrated the arson
    attacks', 'Iran was behind the attack', 'the attack was orchestrated by Iran': a state force or government the
    text lays an attack on is a suspected state perpetrator (the first one a sentence names)."""
    institutions = _directing_institutions()
    for tok in span_tokens(sent):
        country = tok.ent_type_ in ("GPE", "NORP") and tok.dep_ not in ("amod", "compound", "poss", "nmod")
        if not (tok.i in forces or country or tok.lower_ in institutions):  # not 'Cuban prime minister X'
            continue
        if not ((tok.dep_ == "nsubj" and directed(tok.head)) or attributed(tok) or (country and _accused_state(tok))):
            continue
        if tok.i in forces:
            return [_state(forces[tok.i][1], forces[tok.i][0], suspected=True)]
        country = _country_in(tok)
        if country is not None:
            return [_state(country[1], country[0], suspected=True)]
    return []


def _accused_state(tok: Token) -> bool:
    """'Hezbollah accused Israel of carrying out the strike', 'Kyiv blamed Moscow for the attack': a country accused
    of the attack (not of firing first, which is a dispute over who started a fight, nor of attacks in general)."""
    verb = tok.head
    if (
        tok.dep_ != "dobj"
        or verb.lemma_.lower() not in ("accuse", "blame")
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False  # 'officials have in the past blamed Ukraine for militant attacks': a record
    done = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over") for g in c.children]
    return any((_this_attack(g) or _attack_verb(g)) and not fired_first(g) for g in done)


def _this_attack(noun: Token) -> bool:
    """An attack noun for this attack: 'the strike', 'the attacks', not 'militant attacks' in general."""
    return attack_noun(noun) and (noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in noun.children))


def _country_in(tok: Token) -> tuple[Span, str] | None:
    """The country a subject names or belongs to ('Iran', 'the Iranian government', "Iran's regime"; its capital:
    'Tehran')."""
    gaz = load_gazetteer()
    capitals: dict[str, str] = load_data("attackers.json")["capital_states"]
    for ent in entities(tok.doc):
        if ent.label_ in ("GPE", "NORP") and tok.left_edge.i <= ent.start and ent.end <= tok.i + 1:
            place = gaz.country(capitals.get(ent.text) or gaz.demonym(ent.text) or ent.text)
            if place is not None:
                return ent, place.name
    return None


def _state_claim(sent: Span, forces: dict[int, tuple[Span, str]]) -> Perpetrator | None:
    """The state perpetrator a speaker of the sentence claims for (`state_claims`), if any."""
    for verb in span_tokens(sent):
        speaker = _claiming_speaker(verb)
        if speaker is None:
            continue
        inside = [v for i, v in forces.items() if speaker.left_edge.i <= i <= speaker.i]
        if inside:
            span, name = inside[0]
            return _state(name, span, claimed=True)
        country = _speaker_country(speaker)
        if country is not None:
            ent, name = country
            return _state(name, ent, claimed=True)
    return None


def _state(name: str, span: Span, claimed: bool = False, suspected: bool = False) -> Perpetrator:
    """A state perpetrator named in the text by `span`."""
    found = Perpetrator(name=name, kind="state", mentions=[span.text], evidence=[span_evidence(span)])
    found.claimed, found.suspected = claimed, suspected
    return found


def _claiming_speaker(verb: Token) -> Token | None:
    """The head of a state speaker who says it attacked ('the ministry said its forces had struck'), else None."""
    if verb.lemma_.lower() not in word_set("statements.json", "speech_verbs"):
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or (
        speaker.lower_ not in word_set("attackers.json", "state_speaker_heads") and not _land(speaker)
    ):
        return None
    acts = word_set("attackers.json", "claimed_acts")
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in acts):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        own = subj is not None and (
            subj.lower_ in word_set("attackers.json", "claiming_subjects")
            or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children)
        )
        if (
            own
            and not _counter_attack(clause)
            and not _policy(clause)
            and not any(c.dep_ == "neg" for c in clause.children)
        ):
            return speaker
    return None


def _land(speaker: Token) -> bool:
    """'Russia said it had struck ...': a country named as the speaker speaks for its forces."""
    return speaker.ent_type_ == "GPE" and load_gazetteer().named_country(speaker.text) is not None


def _policy(clause: Token) -> bool:
    """'its air force only targets "terrorist" positions': a present-tense act is a practice the speaker defends, not
    a claim of this attack ('its jets struck', 'have targeted'); the tagger often takes 'targets' for a noun."""
    return clause.tag_ in ("VBZ", "VBP", "NNS") and not any(c.dep_ == "aux" for c in clause.children)


def _counter_attack(clause: Token) -> bool:
    """'its forces later killed six of the attackers', 'its troops neutralised several terrorists': a force acting
    against the attackers responds to the attack (a strike on them, 'struck PKK terrorists', is still a claim)."""
    if clause.lemma_.lower() in word_set("attackers.json", "strike_verbs"):
        return False
    return _against_combatants(clause)  # 'six of the attackers': `_share_of`


def _speaker_country(speaker: Token) -> tuple[Span, str] | None:
    """'the Russian defence ministry', 'the Turkish military', 'Russia': the country of a state speaker."""
    gaz = load_gazetteer()
    last = speaker.i + 1 if _land(speaker) else speaker.i
    for ent in entities(speaker.doc):
        if ent.label_ in ("GPE", "NORP") and speaker.left_edge.i <= ent.start and ent.end <= last:
            place = gaz.country(gaz.demonym(ent.text) or ent.text)
            if place is not None:
                return ent, place.name
    return None


def _unnamed_kind(tok: Token) -> str:
    """'the gunman' is an individual, 'bandits' or 'militiamen' an armed gang (a group), 'gunmen' unknown; 'the
    gunmen' are a group also when the text said earlier that the gunmen belong to one."""
    if tok.lower_ in word_set("attackers.json", "gang_heads") or _belongs_to_a_group(tok):
        return "group"
    if tok.tag_ == "NNS" and any(t.lower_ == tok.lower_ and _belongs_to_a_group(t) for t in tok.doc[: tok.i]):
        return "group"
    return "individual" if _head_key(tok.lower_) == tok.lower_ else "unknown"


def _belongs_to_a_group(tok: Token) -> bool:
    """'gunmen belonging to an armed group', 'gunmen believed to belong to a bandit gang': attackers
    said to be members of a group (a noun of 'group_nouns') are that group."""
    verbs = [c for c in tok.children if c.dep_ == "acl"]
    verbs += [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head is not tok else []
    verbs += [x for v in verbs for x in v.children if x.dep_ == "xcomp"]
    groups = word_set("attackers.json", "group_nouns")
    return any(
        p.lower_ == "to" and o.lemma_.lower() in groups
        for v in verbs
        if v.lemma_ == "belong"
        for p in v.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _nations_of_members(tok: Token, suspected: bool) -> list[Perpetrator]:
    """'Indian troops fired on a bus', 'Kyrgyz and Tajik forces fought': the states whose nationality is set before
    the attacking members of a force."""
    gaz = load_gazetteer()
    before = tok.doc[tok.left_edge.i : tok.i]  # 'Turkish artillery units'
    nations = [c for c in before if _national(c) and c.dep_ in ("amod", "compound", "nmod")]
    out = []
    for word in (n for c in nations for n in (c, *c.conjuncts)):
        place = gaz.country(gaz.demonym(word.text) or word.text)
        if place is not None and all(p.name != place.name for p in out):
            ev = span_evidence(word.doc[word.i : word.i + 1])
            out.append(
                Perpetrator(name=place.name, kind="state", mentions=[word.text], suspected=suspected, evidence=[ev])
            )
    return out


def _body_of_members(tok: Token) -> Span | None:
    """'Guatemalan army troops': the state force the members belong to ('Guatemalan army')."""
    body = next((c for c in tok.children if c.dep_ == "compound" and _force_kind(c) == "state"), None)
    return _name(body) if body is not None else None


def _head_key(name: str) -> str:
    """The singular head word of an attacker phrase: 'Four gunmen' and 'a gunman' share 'gunman'."""
    words = name.lower().split()
    head = words[-1] if words else ""
    if head.endswith("men"):
        return head[:-3] + "man"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _merged(unnamed: list[Perpetrator]) -> list[Perpetrator]:
    """One perpetrator per head word: later phrases ('gunmen' after 'Unidentified gunmen') become
    mentions and evidence of the first."""
    first: dict[str, Perpetrator] = {}
    for p in unnamed:
        kept = first.setdefault(_head_key(p.name), p)
        if kept is not p:
            kept.mentions += [m for m in p.mentions if m not in kept.mentions]
            kept.evidence += p.evidence
            kept.claimed = kept.claimed or p.claimed
            kept.suspected = kept.suspected and not kept.claimed
    return list(first.values())


def with_unnamed(perps: list[Perpetrator], unnamed: list[Perpetrator]) -> list[Perpetrator]:
    """`perps` and the unnamed attackers that add to them: not one already there by name or head
    word ('A gunman' of the lone-attacker rule), nor a single unnamed attacker ('the gunman') when
    an individual is already named."""
    heads = {_head_key(p.name) for p in perps}
    names = {p.name.lower() for p in perps}
    has_individual = any(p.kind == "individual" for p in perps)
    has_state = any(p.kind == "state" for p in perps)
    merged = _claims_of_states(perps, _merged(unnamed))
    extra = [
        p
        for p in merged
        if _head_key(p.name) not in heads
        and p.name.lower() not in names
        and not (p.kind == "individual" and has_individual)
        and not (has_state and _is_force(p) and p.name not in _force_names())
    ]
    return perps + extra


def _claims_of_states(perps: list[Perpetrator], unnamed: list[Perpetrator]) -> list[Perpetrator]:
    """A state's own claim ('Russia's defence ministry said its forces struck') marks that state, already found
    as the attacker, as claiming; the claim is kept as a perpetrator of its own only when it is new."""
    out = []
    for p in unnamed:
        names = {p.name, _country_of_force(p.name)}
        same = [q for q in perps if q.kind == "state" and q.name in names] if p.kind == "state" else []
        for q in same:
            q.claimed, q.suspected = q.claimed or p.claimed, q.suspected and not p.claimed
            q.mentions += [m for m in p.mentions if m not in q.mentions]
        if not same:
            out.append(p)
    return out


def _country_of_force(name: str) -> str | None:
    """'Israel' for the Israel Defense Forces: the country whose regular armed forces (the first the data lists for
    it) bear this name; None for other forces ('Islamic Revolutionary Guard Corps')."""
    forces = load_data("attackers.json")["state_forces"]
    code = next((f["country"] for f in forces if f["name"] == name), None)
    if code is None or _country_force(code) != name:
        return None
    place = load_gazetteer().country(code)
    return place.name if place is not None else None


@cache
def _force_names() -> frozenset[str]:
    """The canonical names of the state forces the data lists."""
    return frozenset(f["name"] for f in load_data("attackers.json")["state_forces"])


def _is_force(perp: Perpetrator) -> bool:
    """A state force or its members ('Israeli troops'), which a state already named ('Israel') covers."""
    words = perp.name.lower().split()
    return bool(words) and (perp.kind == "state" or words[-1] in word_set("attackers.json", "force_members"))


def from_statements(perps: list[Perpetrator], found: Sequence[FoundStatement]) -> list[Perpetrator]:
    """The perpetrators with what the statements add: claims by unnamed attackers, a state force's own
    claim ('the army admitted that its soldiers fired': for the states named, or else the force) and,
    when no perpetrator is known for sure or by name, accused attackers or forces the lexicon does not name
    ('blamed certain officers of the armed forces'; 'the IRA tried to blame the security forces' adds no one)."""
    claims = [
        s for s in found if s.statement.type == "claim_responsibility" and not s.speaker_actor and not _disowned(s)
    ]
    claimants = [p for p in (_phrase_perpetrator(s, s.statement.speaker, "claimed") for s in claims) if p is not None]
    if not perps:  # 'our units also sabotaged the electrical system': the units claimed it
        perps = _add_new(perps, [p for p in claimants if p.kind in ("unknown", "group")])
    perps = claimed_by_attackers(perps, [s.statement.speaker for s in claims])
    forces = [p for p in claimants if p.kind == "state"]
    states = [p for p in perps if p.kind == "state"]
    for p in states if forces else []:  # 'the army admitted that an air force helicopter fired'
        p.claimed, p.suspected = True, False
    perps = perps if states else _add_new(perps, forces)
    if perps and not all(p.suspected or p.kind == "unknown" or p in claimants for p in perps):
        return perps  # the attackers' own claims add no one
    accusations = [s for s in found if s.statement.type == "accusation" and not s.target_actor and not _own_forces(s)]
    return _add_new(perps, [_phrase_perpetrator(s, s.statement.target, "suspected") for s in accusations])


def _disowned(found: FoundStatement) -> bool:
    """'The Iran-backed group, which has claimed near-daily attacks, did not claim the rocket fire': a claim the
    speaker is said not to have made claims nothing."""
    return any(_NOT_CLAIMED.search(e.text) for e in found.statement.evidence)


def _own_forces(found: FoundStatement) -> bool:
    """ "Special forces have stormed the detention centre, Russia's prison service said": a state body telling of
    forces it names by no other country reports its own side's operation, and so does a bare 'the government'
    telling of its nation's forces ('Malian special forces stormed the hotel, the government said')."""
    if found.speaker_actor:
        return False  # 'The Rapid Support Forces accused the army': a named armed group is no state body
    speaker = (found.statement.speaker or "").lower().replace("(", " ").split()
    target = (found.statement.target or "").lower().split()
    plain = word_set("attackers.json", "force_modifiers") | word_set("attackers.json", "civil_force_words")
    if not target or force_kind(target[-1], target[:-1]) != "state":
        return False
    bodies = word_set("attackers.json", "state_speaker_heads") | word_set("attackers.json", "state_name_words")
    if set(target[:-1]) <= plain | {"the"}:
        return bool(set(speaker) & bodies)
    return _national_forces(found.statement.target or "", plain) and set(speaker) <= bodies | {"the"}


def _national_forces(target: str, plain: set[str] | frozenset[str]) -> bool:
    """'Malian special forces': plain force words after one nationality (capitalised), as a bare 'the government'
    tells of its own country's forces."""
    words = [w for w in target.split()[:-1] if w.lower() not in plain and w.lower() != "the"]
    return len(words) == 1 and words[0][:1].isupper()


def _add_new(perps: list[Perpetrator], extra: Sequence[Perpetrator | None]) -> list[Perpetrator]:
    """`perps` and those of `extra` whose names are new."""
    names = {p.name.lower() for p in perps}
    out = list(perps)
    for p in extra:
        if p is not None and p.name.lower() not in names:
            out.append(p)
            names.add(p.name.lower())
    return out


def _phrase_perpetrator(found: FoundStatement, text: str | None, flag: str) -> Perpetrator | None:
    """A speaker's or accused phrase headed by an attacker or force noun ('certain officers', 'the
    Salvadoran army') as a perpetrator `flag` ('claimed' or 'suspected'), with its evidence in the
    statement's sentence."""
    words = (text or "").lower().split(" from ")[0].split()
    if not text or not words or not found.statement.evidence or words[0] in ("no", "none", "neither"):
        return None  # 'no group has said it did so'
    force = force_kind(words[-1], [w for w in words[:-1] if w not in ("the", "a", "an")]) or _force_craft(words)
    heads = word_set("attackers.json", "heads") | word_set("attackers.json", "accused_heads")
    if not (force or words[-1] in heads):
        return None
    sent = found.statement.evidence[0]
    at = sent.text.find(text)
    if at < 0:
        return None
    ev = Evidence(start=sent.start + at, end=sent.start + at + len(text), text=text)
    collective = words[-1] in word_set("attackers.json", "group_nouns")  # 'accused a group of young men'
    return Perpetrator(
        name=text,
        kind=force or ("group" if collective else "unknown"),
        mentions=[text],
        evidence=[ev],
        claimed=flag == "claimed",
        suspected=flag == "suspected",
    )


def _force_craft(words: Sequence[str]) -> str | None:
    """'an army drone', 'military jets': an aircraft or gun a state force owns names that force ('state')."""
    owners = set(words[:-1]) & word_set("attackers.json", "force_institutions")
    return "state" if owners and words[-1] in word_set("attackers.json", "state_force_nouns") else None


def claimed_by_attackers(perps: list[Perpetrator], speakers: Sequence[str | None]) -> list[Perpetrator]:
    """A claim made by the attackers without a name ('the terrorists left messages claiming to be the
    assailants', 'we killed three soldiers' in a communique) claims the attack for the incident's
    groups, or for its unnamed attackers when no group is named."""
    if not any(_attackers_speaking(s) for s in speakers):
        return perps
    groups = [p for p in perps if p.kind == "group"]
    for p in groups or [p for p in perps if p.kind == "unknown" and not _is_force(p)]:
        p.claimed, p.suspected = True, False
    return perps


def _attackers_speaking(speaker: str | None) -> bool:
    """'we', 'our forces', 'the terrorists', 'the group', 'an anonymous caller': a speaker who is the
    attackers or their voice."""
    words = (speaker or "").lower().split()
    if not words or words[0] in ("no", "none", "neither"):
        return False
    head = words[-1]
    return (
        head in ("we", "caller", "callers")
        or words[0] == "our"
        or any(head in word_set("attackers.json", key) for key in ("heads", "collectives", "claimant_nouns"))
    )


def as_state_forces(perps: list[Perpetrator], text: str, country: str | None) -> list[Perpetrator]:
    """A state perpetrator named as a state force ("Ukraine's military") has its canonical name; one named only
    by a common noun ('the army', 'army drones', 'government forces') is the state force the article names
    in full ('the Sudanese Armed Forces (SAF)'), or else its country's armed forces; mentions keep the text's
    words. A claimed province of a group active elsewhere is the group itself (`_province_abroad`)."""
    force = _named_force(text) or _country_force(country)
    out: list[Perpetrator] = []
    for p in [_province_abroad(p, country) for p in perps]:
        named = _named_force(p.name) if p.kind == "state" else None
        if named is not None:
            p.name = named  # "Ukraine's military"
        elif force is not None and p.kind == "state" and _bare_force(p.name):
            p.name = force
        p.mentions += [m for m in _force_mentions(p.name, text) if m not in p.mentions] if p.kind == "state" else []
        if all(q.name != p.name for q in out):
            out.append(p)
    return out


def _force_mentions(name: str, text: str) -> list[str]:
    """Every way the text names a state force ('IRGC', 'Revolutionary Guards'), for the force of that name."""
    pattern, names = _force_finder()
    return list(dict.fromkeys(m.group(0) for m in pattern.finditer(text) if names[m.group(0).lower()] == name))


def _province_abroad(perp: Perpetrator, country: str | None) -> Perpetrator:
    """A claim by Islamic State for an attack in Russia is Islamic State's, though the article names its Afghan
    branch (ISKP) in the background: a claimed province that does not operate in the incident's country is
    its parent."""
    if not perp.claimed or perp.parent is None or country is None or active_in(perp.name, country) is not False:
        return perp
    perp.name, perp.parent = perp.parent, parent_of(perp.parent)
    perp.mentions = [m for m in perp.mentions if canonical(m) == perp.name] or perp.mentions
    return perp


def _bare_force(name: str) -> bool:
    """'the army', 'army drones', 'government forces', 'the military': an armed force named by no proper name
    (not 'police', 'security forces' or 'the government' alone, which are not only the armed forces)."""
    words = name.split()
    common = (
        word_set("attackers.json", "force_institutions")
        | word_set("attackers.json", "force_modifiers")
        | word_set("attackers.json", "state_force_nouns")
        | {"the", "a", "an"}
    )
    military = common - word_set("attackers.json", "civil_force_words") - {"the", "a", "an"}
    lowered = {w.lower() for w in words}
    mixed = lowered & {"police", "policemen", "security"}
    return bool(words) and lowered <= common and bool(lowered & military) and not mixed


@lru_cache(maxsize=64)
def _named_force(text: str) -> str | None:
    """The state force the text first names in full ('Sudanese Armed Forces', 'SAF', 'Nigeria's army')."""
    pattern, names = _force_finder()
    m = pattern.search(text)
    return names[m.group(0).lower()] if m else None


@cache
def _force_finder() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every state force alias (longest first), and each alias's force, built once; the aliases
    are grouped by first letter so the search tries only those that can start where it stands."""
    forces = load_data("attackers.json")["state_forces"]
    names = {alias.lower(): force["name"] for force in forces for alias in force["aliases"]}
    aliases = sorted((a for f in forces for a in f["aliases"]), key=len, reverse=True)
    firsts = _letter_class(aliases)
    by_letter: dict[str, list[str]] = {}
    for alias in aliases:
        by_letter.setdefault(alias[0].lower(), []).append(alias)
    body = "|".join(map(_group_pattern, by_letter.values()))
    return re.compile(rf"\b(?={firsts})(?:{body})"), names


def _group_pattern(group: list[str]) -> str:
    """The aliases sharing a first letter, longest first, behind a check of that letter."""
    return rf"(?={_letter_class(group)})(?:{'|'.join(map(_alias_pattern, group))})"


def _letter_class(aliases: list[str]) -> str:
    """A character class of the letters a match of any of `aliases` can start with."""
    return "[" + re.escape("".join(sorted({c for a in aliases for c in _first_letters(a)}))) + "]"


def _alias_pattern(alias: str) -> str:
    """An alias as a pattern ending a word: an acronym as written ('SAF'), a name in any case ('Sudanese army')."""
    return rf"{re.escape(alias)}\b" if alias.isupper() else rf"(?i:{re.escape(alias)})\b"


def _first_letters(alias: str) -> set[str]:
    """The letters a match of `alias` can start with: the search skips every other position at once."""
    return {alias[0]} if alias.isupper() else {alias[0].lower(), alias[0].upper()}


def _country_force(country: str | None) -> str | None:
    """The armed forces of the incident's country, when the data names them."""
    forces = load_data("attackers.json")["state_forces"]
    return next((f["name"] for f in forces if country and f["country"] == country), None)


def described_attackers(sents: Sequence[Span]) -> Count | None:
    """The attackers' number in wordings the figure rules leave: 'a pair of gunmen', 'two men on a motorcycle',
    'the two suspects fled', 'a single attacker'."""
    for sent in sents:
        for tok in filter(_may_count, span_tokens(sent)):
            found = _band(tok) or _counted_riders(tok) or _counted_suspects(tok) or _single_attacker(tok)
            found = found or _one_believed(tok) or _sized_unit(tok) or _sought_people(tok) or _some_escaped(tok)
            found = found or _described_band(tok) or _arrested_suspects(tok) or _estimated_band(tok)
            found = found or _counted_agents(tok) or _counted_captors(tok) or _one_who_attacked(tok)
            found = found or _aged_attacker(tok) or _lone_captor(tok)
            if found is not None:
                return found
    agents = (_single_agent(t) for sent in sents for t in span_tokens(sent))
    return next((c for c in agents if c is not None), None)


def _may_count(tok: Token) -> bool:
    """A common noun or a word one of the count rules below starts from: every rule asks one of these, so the
    cheap test spares the other words of a text the fifteen rules."""
    return tok.tag_ in ("NN", "NNS") or tok.lower_ in _count_cue_words()


@cache
def _count_cue_words() -> frozenset[str]:
    """The words count rules start from whatever their tag: band sizes, single attackers, unit sizes, plural
    attacker nouns and 'others'."""
    sizes = frozenset(load_data("attackers.json")["band_sizes"])
    singles = word_set("attackers.json", "single_attackers") | word_set("attackers.json", "unit_sizes")
    plurals = {"suspects", "attackers", "assailants", "gunmen", "shooters", "militants", "raiders", "others"}
    return sizes | singles | plurals


def with_accomplice(count: Count | None, sents: Sequence[Span]) -> Count | None:
    """'the suspect arrived on a motorcycle driven by an accomplice', 'a second gunman waited in the car': one
    attacker and an accomplice are two."""
    ranked = _ranked_attackers(sents)
    if ranked is not None and ranked.value > (count.value if count else 1):
        return ranked
    if count is None or count.value != 1:
        return count
    pair = _pair_of_people(count, sents)
    if pair is not None:
        return pair
    for sent in sents:
        for tok in span_tokens(sent):
            if _accomplice(tok):
                first = min(c.i for c in (tok, *tok.lefts) if c.dep_ != "punct")
                return Count(value=2, evidence=[*count.evidence, span_evidence(tok.doc[first : tok.i + 1])])
    return count


def lone_named_count(count: Count | None, perps: Sequence[Perpetrator]) -> Count | None:
    """'Malik Faisal Akram, 44, held four people hostage', 'John Brittain appeared in court': with no count told,
    one attacker known by name and no band, group or force beside him (only descriptions of him) is one."""
    if count is not None or any(p.kind != "individual" for p in perps):
        return count
    named = [p for p in perps if _proper_name(p.name)]
    if len(named) != 1 or not named[0].evidence:
        return count
    return Count(value=1, evidence=[named[0].evidence[0]])


def _proper_name(name: str) -> bool:
    """'Malik Faisal Akram', 'Perez': a person's name, not a description ('A 68-year-old man', 'the suspect')."""
    words = name.split()
    people = word_set("attackers.json", "arrested_people") | word_set("attackers.json", "person_heads")
    if not words or words[0].lower() in ("a", "an", "the", "one", "his", "her", "their"):
        return False
    return all(w[:1].isupper() and w.lower() not in people for w in words)


def _ranked_attackers(sents: Sequence[Span]) -> Count | None:
    """'The first bomber detonated her explosives ... another attacker blew herself up ... and a third struck': the
    attackers told one by one in order are as many as the highest ordinal among them ('a third' standing for one)."""
    ranks: dict[str, int] = load_data("attackers.json")["attacker_ordinals"]
    best: Count | None = None
    for sent in sents:
        for tok in span_tokens(sent):
            rank = ranks.get(tok.lower_)
            if rank is None or (best is not None and best.value >= rank):
                continue
            noun = tok.head if tok.dep_ == "amod" else tok
            told = noun.lower_ in word_set("attackers.json", "single_attackers") and not _only_possible(noun)
            acting = tok.dep_ in ("nsubj", "npadvmod") and tok.head.lemma_.lower() in attack_verbs()
            alone = noun is tok and acting and _attackers_before(tok)
            if told or alone:
                best = _count(rank, tok.doc[min(tok.i, noun.i)], tok.doc[max(tok.i, noun.i)])
    return best


def _attackers_before(tok: Token) -> bool:
    """'another attacker blew herself up, and a third struck': an attacker word earlier in the sentence that a bare
    ordinal goes on counting."""
    return any(t.lower_ in word_set("attackers.json", "single_attackers") for t in tok.sent[: tok.i - tok.sent.start])


def _pair_of_people(count: Count, sents: Sequence[Span]) -> Count | None:
    """'A man and a woman carried out the attack': the one attacker counted has a second person joined by 'and'."""
    end = count.evidence[0].end if count.evidence else -1
    people = word_set("attackers.json", "person_heads") | word_set("attackers.json", "arrested_people")
    for sent in sents:
        tok = next((t for t in span_tokens(sent) if t.idx + len(t.text) == end), None)
        other = next((c for c in tok.children if c.dep_ == "conj"), None) if tok is not None else None
        if other is not None and other.tag_ == "NN" and other.lower_ in people:
            first = next((t for t in span_tokens(sent) if t.idx >= count.evidence[0].start), tok)
            return Count(value=2, evidence=[span_evidence(tok.doc[first.i : other.i + 1])])
    return None


def _accomplice(tok: Token) -> bool:
    """'an accomplice', 'his accomplice', 'a second gunman': one more attacker."""
    if tok.tag_ != "NN" or any(c.dep_ == "neg" for c in tok.head.children):
        return False
    if _only_possible(tok):
        return False
    if tok.lower_ == "accomplice":
        return True
    second = any(c.lower_ == "second" and c.i < tok.i for c in tok.children)
    return second and tok.lower_ in word_set("attackers.json", "single_attackers")


def _only_possible(tok: Token) -> bool:
    """'police searched buildings for a possible second attacker', 'hunting for any accomplices', 'whether there was
    a second gunman': an attacker only looked for or wondered about is not one more attacker."""
    if any(c.lower_ in word_set("attackers.json", "possible_words") for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    searched = tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in word_set("attackers.json", "search_verbs")
    wondered = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children)
    return searched or (tok.dep_ in ("attr", "nsubj") and wondered)


def _band(tok: Token) -> Count | None:
    """'A pair of gunmen shot dead', 'a trio of masked men attacked': a band of attackers by its size."""
    sizes: dict[str, int] = load_data("attackers.json")["band_sizes"]
    if tok.lower_ not in sizes or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj"):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    who = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if who is None or not (_attacker_head(who) or (_plural_attacker(who) and _acting(tok))):
        return None
    return _count(sizes[tok.lower_], tok.doc[min(c.i for c in (tok, *tok.lefts))], who)


def _counted_riders(tok: Token) -> Count | None:
    """'Two men on a motorcycle stopped outside the shop', 'two terrorists riding a motorcycle ambushed the van', 'two
    motorcycle-borne men lobbed a grenade':
    people counted as they arrive or ride, the subject of an active verb (not 'two men on a motorcycle were shot')."""
    if not _plural_attacker(tok) or not _acting(tok):
        return None
    rides = word_set("attackers.json", "riding_nouns")
    on = [g for c in tok.children if c.lower_ in ("on", "in", "aboard") for g in c.children]
    ridden = [g for c in tok.children if c.dep_ == "acl" and c.lower_ in ("riding", "ride", "rode") for g in c.children]
    borne = [g for c in tok.children if c.dep_ == "amod" and c.lower_ == "borne" for g in c.children]
    if not any(g.lower_ in rides for g in on + ridden + borne):  # 'two men on a motorcycle', 'motorcycle-borne men'
        return None
    return _numbered_count(tok)


def _counted_suspects(tok: Token) -> Count | None:
    """'The two suspects fled in a car', 'both attackers escaped': attackers counted with 'the' or 'both'."""
    if tok.lower_ not in ("suspects", "attackers", "assailants", "gunmen", "shooters") or not _acting(tok):
        return None
    if any(c.lower_ == "both" for c in tok.children):
        return _count(2, next(c for c in tok.children if c.lower_ == "both"), tok)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return _numbered_count(tok)


def _single_attacker(tok: Token) -> Count | None:
    """'a single attacker was involved', 'the lone assailant', 'only one gunman': one attacker."""
    if tok.lower_ not in word_set("attackers.json", "single_attackers"):
        return None
    single = word_set("attackers.json", "single_modifiers")
    mod = next((c for c in tok.children if c.lower_ in single and c.i < tok.i), None)
    one = next((c for c in tok.children if c.lower_ == "one" and c.dep_ == "nummod"), None)
    if mod is None and not (one is not None and any(c.lower_ == "only" for c in one.children)):
        return None
    first = min(c.i for c in (tok, *tok.lefts) if c.dep_ != "punct")
    return _count(1, tok.doc[first], tok)


def _single_agent(tok: Token) -> Count | None:
    """'the shot was fired by a sniper', 'killed by a lone gunman': one attacker as the agent of an attack (not 'a
    police sniper', who ends one), when no other wording counts them."""
    if tok.tag_ != "NN" or tok.lower_ not in word_set("attackers.json", "agent_attackers"):
        return None
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    forces = word_set("attackers.json", "force_institutions") | word_set("attackers.json", "force_modifiers")
    if det is None or tok.dep_ != "pobj" or tok.head.lower_ != "by" or any(c.lower_ in forces for c in tok.children):
        return None
    verb = tok.head.head
    acts = attack_verbs() | word_set("attackers.json", "band_attack_verbs")
    return _count(1, det, tok) if verb.tag_ == "VBN" and verb.lemma_.lower() in acts else None


def _one_believed(tok: Token) -> Count | None:
    """'Police were searching for a man believed to be responsible for the blast': one attacker; 'two brothers
    believed to be responsible': two."""
    if not believed_attacker(tok):
        return None
    if tok.tag_ == "NNS":
        return _numbered_count(tok)
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is None or tok.tag_ != "NN" or tok.lower_ not in word_set("attackers.json", "arrested_people"):
        return None
    return _count(1, det, tok)


def _sized_unit(tok: Token) -> Count | None:
    """'a three-man team of attackers', 'a five-member cell', 'a 10-strong commando': a unit by its size."""
    doc = tok.doc
    if tok.lower_ not in word_set("attackers.json", "unit_sizes") or tok.i < 2 or doc[tok.i - 1].text != "-":
        return None
    unit = next((t for t in doc[tok.i + 1 : tok.i + 3] if t.lower_ in word_set("attackers.json", "sized_units")), None)
    number = doc[tok.i - 2]
    value = next((q.value for q in find_quantities(tok.sent) if q.start <= number.i < q.end and not q.vague), None)
    return _count(value, number, unit) if unit is not None and value is not None and value > 1 else None


def _described_band(tok: Token) -> Count | None:
    """'The attackers, four men in military uniform, escaped': attackers described by a counted apposition."""
    if tok.lower_ not in ("attackers", "assailants", "gunmen", "suspects", "militants", "raiders"):
        return None
    described = next((c for c in tok.children if c.dep_ == "appos" and _plural_attacker(c)), None)
    return _numbered_count(described) if described is not None else None


def _estimated_band(tok: Token) -> Count | None:
    """'The attackers, estimated at about five, fled', 'gunmen numbering around 20 stormed the village': attackers
    by the number they are put at."""
    if tok.tag_ != "NNS" or tok.lower_ not in word_set("attackers.json", "counted_attackers"):
        return None
    clause = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("estimate", "number")), None)
    if clause is None:
        return None
    first, last = clause.left_edge.i, clause.right_edge.i
    q = next((q for q in find_quantities(tok.sent) if first <= q.start <= last and not q.vague), None)
    if q is None or q.value < 2:
        return None
    return _count(q.value, tok, tok.doc[min(q.end, last + 1) - 1])


def _counted_agents(tok: Token) -> Count | None:
    """'The mayor was shot dead by two men riding a motorcycle', 'were abducted by five gunmen', 'the attack was
    carried out by three militants': counted people as the agent of an attack in the passive."""
    if not _band_noun(tok) or tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return None
    verb = tok.head.head
    acts = word_set("attackers.json", "band_attack_verbs")
    carried = verb.lemma_.lower() in word_set("attackers.json", "claimed_acts") and any(
        c.dep_ == "nsubjpass" and attack_noun(c) for c in verb.children
    )
    return _numbered_count(tok) if verb.tag_ == "VBN" and (verb.lemma_.lower() in acts or carried) else None


def _counted_captors(tok: Token) -> Count | None:
    """'Six detainees have taken two guards hostage', 'some 100 jihadists on motorbikes attacked the village':
    counted people, inmates too, as the subject of a hostage-taking or an attack."""
    if not _band_noun(tok) and tok.lower_ not in word_set("attackers.json", "captive_doers"):
        return None
    if tok.tag_ != "NNS" or not _acting(tok):
        return None
    verb = tok.head
    acts = word_set("attackers.json", "band_attack_verbs")
    return _numbered_count(tok) if _takes_hostages(verb) or verb.lemma_.lower() in acts else None


def _one_who_attacked(tok: Token) -> Count | None:
    """'A man who held 37 people hostage on a bus', 'a gunman who opened fire at a school': one person a relative
    clause tells took hostages or attacked is one attacker."""
    people = word_set("attackers.json", "arrested_people") - {"suspect"}
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is None or tok.tag_ != "NN" or tok.lower_ not in people:
        return None
    acts = word_set("attackers.json", "band_attack_verbs") | {"open", "fire"}
    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        who = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)
        if who and (_held_hostage(clause) or clause.lemma_.lower() in acts) and not _passive(clause):
            return _count(1, det, tok)
    return None


def _aged_attacker(tok: Token) -> Count | None:
    """'A 21-year-old Syrian refugee killed a woman with a machete': one person given an age who did a violent act
    is one attacker."""
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is None or tok.tag_ != "NN" or not _aged(tok):
        return None
    verb = _attack_of(tok)
    return _count(1, det, tok) if verb is not None and _violent_act(verb) and not _passive(verb) else None


def _lone_captor(tok: Token) -> Count | None:
    """'An armed man took three bank employees hostage', 'a gunman held 17 people hostage': one attacker, named by a
    singular noun with 'a', who took hostages is one attacker."""
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is None or tok.tag_ != "NN" or tok.dep_ != "nsubj" or not (_attacker_head(tok) or _person_head(tok)):
        return None
    verb = tok.head
    return _count(1, det, tok) if _held_hostage(verb) and not _passive(verb) else None


def _held_hostage(verb: Token) -> bool:
    """`_takes_hostages`, also where the parser hangs 'hostage' elsewhere ('held 37 people hostage on a bus')."""
    if _takes_hostages(verb):
        return True
    after = verb.doc[verb.i + 1 : verb.i + 6]
    return verb.lemma_.lower() in ("take", "hold") and any(t.lower_ in ("hostage", "hostages") for t in after)


def _band_noun(tok: Token) -> bool:
    """A plural noun that can count a band of attackers ('men', 'gunmen', 'jihadists', 'rebels')."""
    return _plural_attacker(tok) or (tok.tag_ == "NNS" and tok.lower_ in word_set("attackers.json", "counted_bands"))


def _takes_hostages(verb: Token) -> bool:
    """'took two guards hostage', 'held the staff hostage', 'seized hostages' (the tagger may read 'hostage' as a
    verb of its own)."""
    if verb.lemma_.lower() not in ("take", "hold", "seize"):
        return False
    words = ("hostage", "hostages", "captive")
    objects = [t for c in verb.children if c.dep_ in ("dobj", "oprd") for t in c.subtree]
    return any(t.lower_ in words for t in (*verb.children, *objects)) and not _held_as_hostages(verb, objects)


def _held_as_hostages(verb: Token, objects: list[Token]) -> bool:
    """'All four people held hostage inside the synagogue are safe': a verb whose one object is the bare word
    'hostage' is a passive with 'were' dropped, so its subject is the hostages, not their captors."""
    return [t.lower_ for t in objects] in (["hostage"], ["captive"]) and not any(c.dep_ == "aux" for c in verb.children)


def _arrested_suspects(tok: Token) -> Count | None:
    """'Two suspects, aged 19 and 21, have been arrested', 'police detained three attackers': suspects held."""
    if tok.lower_ not in ("suspects", "attackers", "assailants", "gunmen") or tok.dep_ not in ("nsubjpass", "dobj"):
        return None
    held = tok.head.lemma_.lower() in ("arrest", "detain", "apprehend", "capture", "nab")
    return _numbered_count(tok) if held else None


def _sought_people(tok: Token) -> Count | None:
    """'Police were looking for three men who fled the scene', 'hunting two suspects': the people police seek."""
    if not _plural_attacker(tok):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
    verb = verb if tok.dep_ in ("pobj", "dobj") else None
    if verb is None or verb.lemma_.lower() not in word_set("attackers.json", "search_verbs"):
        return None
    strong = tok.lower_ in ("suspects", "attackers", "assailants", "gunmen", "shooters")
    return _numbered_count(tok) if strong or _police_searching(verb) else None


def _police_searching(verb: Token) -> bool:
    """'Police are hunting', 'police said they were looking for': police, not rescuers, do the searching."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "they" and verb.dep_ == "ccomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in word_set("attackers.json", "searchers")


def _some_escaped(tok: Token) -> Count | None:
    """'One of the attackers was shot dead while two others escaped': the attackers caught or killed and those who
    got away, added."""
    if tok.lower_ != "others" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in ("escape", "flee"):
        return None
    rest = _numbered_count(tok)
    sent = tok.sent
    first = next(
        (t for t in span_tokens(sent) if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and _of_attackers(t)), None
    )
    if rest is None or first is None:
        return None
    value = next((q.value for q in find_quantities(sent) if q.start <= first.i < q.end and not q.vague), None)
    value = 1 if first.lower_ == "one" else value
    return _count(value + rest.value, first, tok) if value is not None else None


def _of_attackers(tok: Token) -> bool:
    """'One of the attackers', 'two of the gunmen'."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    who = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return tok.like_num and who is not None and _attacker_head(who)


def _plural_attacker(tok: Token) -> bool:
    """A plural noun that can name attackers ('men', 'gunmen', 'suspects')."""
    return tok.tag_ == "NNS" and tok.lower_ in word_set("attackers.json", "counted_attackers")


def _acting(tok: Token) -> bool:
    """The subject of an active verb that is no victim's ('stopped', 'fled'; not 'were shot', 'died')."""
    verb = tok.head
    if tok.dep_ != "nsubj" or passive(verb):
        return False
    harmed = verb.lemma_.lower() in word_set("attackers.json", "victim_subject_verbs")
    return not harmed and not _headline_passive(verb)


def _numbered_count(tok: Token) -> Count | None:
    """A count from the number before a noun ('Two men', 'the four suspects'), more than one."""
    num = next((c for c in tok.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    value = next((q.value for q in find_quantities(tok.sent) if q.start <= num.i < q.end and not q.vague), None)
    return _count(value, num, tok) if value is not None and value > 1 else None


def _count(value: int, first: Token, last: Token) -> Count:
    """A count with the words from `first` to `last` as evidence."""
    return Count(value=value, evidence=[span_evidence(first.doc[first.i : last.i + 1])])


_EVERY_ATTACK = re.compile(
    r"\b(?:both|all|all the|the two|the three|the four|all three|all four)\s+(?:of the\s+)?(?:\w+\s+)?"
    r"(?:attacks|bombings|blasts|explosions|raids|assaults|shootings|killings)\b",
    re.IGNORECASE,
)


def _one_per_attack(incident: Incident, told: int) -> None:
    """'Two suicide bombers targeted police ... The first attacker blew himself up ... a second suicide bomber
    detonated his explosives': in an article told as several incidents, one told by its ordinal attacker ('the
    first attacker', 'a second bomber') had that one attacker, not the article's total or the rank."""
    ranks = {"first", *load_data("attackers.json")["attacker_ordinals"]}
    ranked = [p for p in incident.perpetrators if p.kind == "individual" and _ranked_name(p.name, ranks)]
    if told < 2 or len(ranked) != 1 or not ranked[0].evidence:
        return
    incident.perpetrator_count = Count(value=1, evidence=[ranked[0].evidence[0]])


def _ranked_name(name: str, ranks: set[str]) -> bool:
    """'first attacker', 'the second suicide bomber': an attacker named by its rank."""
    words = [w for w in name.lower().split() if w not in ("the", "a", "an")]
    return len(words) >= 2 and words[0] in ranks and words[-1] in word_set("attackers.json", "heads")


def _claims_for_all(incidents: list[Incident]) -> list[Incident]:
    """'Shebab insurgents claimed responsibility for both attacks': a group claiming all the attacks an article
    tells is the claimed perpetrator of each incident that names no group of its own."""
    claims = [s for i in incidents for s in i.statements if s.type == "claim_responsibility"]
    if len(incidents) < 2 or not any(_EVERY_ATTACK.search(e.text) for s in claims for e in s.evidence):
        return incidents
    claimed = [p for i in incidents for p in i.perpetrators if p.kind == "group" and p.claimed]
    if len({p.name for p in claimed}) != 1:
        return incidents
    for incident in incidents:
        if not any(p.kind == "group" for p in incident.perpetrators):
            incident.perpetrators = [claimed[0].model_copy(), *incident.perpetrators]
    return incidents


def shared_attackers(incidents: list[Incident]) -> list[Incident]:
    """'Robert Aaron Long ... was arrested' after shootings at three spas, 'a Russian missile strike on Uman ... In
    Dnipro, a missile hit a house': an incident with no perpetrator of its own, in an article whose other incidents
    name one person or one state between them (and no group), is that one's too (a spree, a wave of strikes); a group
    claiming all of them is each one's (`_claims_for_all`)."""
    for incident in _claims_for_all(incidents):
        _one_per_attack(incident, len(incidents))
        if incident.perpetrators:
            continue
        others = {p.name: p for i in incidents if i is not incident for p in i.perpetrators}
        strikes = {e.value for e in incident.event_types} & {"airstrike", "shelling"}
        named = [p for p in others.values() if p.kind == "individual" and _proper_name(p.name)]
        states = [p for p in others.values() if p.kind == "state"]
        if any(p.kind in ("group", "unknown") for p in others.values()) or len(named) + len(states) != 1:
            continue
        if named or strikes:
            incident.perpetrators = [(named or states)[0].model_copy(update={"claimed": False})]
    return incidents
