"""Statements around an attack: claims, accusations, denials, disputes, condemnations, threats.

The speaker is the grammatical subject of the statement verb (climbing through participles), so
it is who said it, not who it is about; hedges are read in the statement's own clause only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from polybius.extract.actors import attack_verbs, habitual
from polybius.extract.gazetteer import load_gazetteer
from polybius.extract.lexicon import ActorMention
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import (
    according_to_sources,
    agent_of,
    entities,
    evidence,
    inside_quote,
    padded_words,
    parsed_text,
    passive,
    phrase,
    span_tokens,
    subject_of,
    tokens,
)
from polybius.model import Statement

OWN_PRONOUNS = frozenset({"it", "they", "we", "he"})
OWN_POSSESSIVES = frozenset({"its", "their", "our", "his"})
CLAIM_ACTS = frozenset({"carry", "conduct", "target", "launch", "strike", "perpetrate", "execute", "claim"})
SUBORDINATE = frozenset({"advcl", "relcl", "mark"})
MAX_CONTENT = 200
SPELLING_RATIO = 0.6
CLAUSE_STOPS = frozenset({",", ".", ";", ":", "!", "?"})
BRACKET_REACH = 6
CLAIM_REACH = 6
MAX_ACRONYM = 8
PERSON_PRONOUNS = frozenset({"he", "she"})
PRONOUN_REACH = 5
TIMESTAMP = re.compile(r"\d{1,2}[:.h]\d{2}")
TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "IST", "PKT", "local"})


def _force_noun(tok: Token) -> bool:
    """A noun for an armed force or its fighters ('troops', 'militants', 'the regime')."""
    return tok.lower_ in word_set("statements.json", "force_nouns")


def _own_noun(tok: Token) -> bool:
    """A noun by which a group speaks of itself ('the group', 'the movement')."""
    return tok.lower_ in word_set("statements.json", "own_nouns")


@dataclass(frozen=True)
class FoundStatement:
    """A statement with the token of its verb and the actor spans of its speaker and target."""

    statement: Statement
    token: int
    speaker_actor: str | None = None
    target_actor: str | None = None


@lru_cache(maxsize=1)
def _verb_types() -> dict[str, str]:
    verbs = load_data("statements.json")["verbs"]
    return {lemma: kind for kind, lemmas in verbs.items() for lemma in lemmas}


def _words(span: Span) -> list[Token]:
    """The tokens of a span without quotation marks ('could be linked" to' reads 'linked to') or hedging
    adverbs ('was "probably" behind it' reads 'was behind'; the hedge is read from the clause)."""
    hedges = word_set("statements.json", "hedges")
    return [t for t in span_tokens(span) if not t.is_quote and not _hedging_adverb(t, hedges)]


def _hedging_adverb(tok: Token, hedges: frozenset[str]) -> bool:
    """'probably', 'most likely': an adverb that hedges what follows."""
    if tok.pos_ != "ADV" and tok.dep_ != "acomp":
        return False
    if tok.lower_ in hedges:
        return True
    toks = tokens(tok.doc)
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
    return tok.lower_ in ("most", "more", "very", "quite") and nxt is not None and nxt.lower_ in hedges


def _lower_text(span: Span) -> str:
    return padded_words(_words(span))


def _negated(verb: Token) -> bool:
    """'No group claimed the blast', 'Nobody has claimed it', 'has not claimed', 'has yet to claim', 'neither
    claimed nor denied'."""
    negs = word_set("statements.json", "negations")
    if any(c.dep_ == "neg" or c.lower_ in ("yet", "neither", "nor") for c in verb.children):
        return True
    if verb.dep_ == "conj" and any(c.lower_ == "neither" for c in verb.head.children):
        return True
    subj = subject_of(verb)
    if subj is not None and any(c.lower_ in negs for c in subj.children if c.dep_ == "det"):
        return True
    if subj is not None and (
        subj.lower_ in negs or (subj.lower_ == "one" and subj.i > 0 and subj.nbor(-1).lower_ == "no")
    ):
        return True  # 'Nobody has claimed the killing', 'no one claimed it'
    head = verb.head
    return verb.dep_ == "xcomp" and any(c.lower_ in ("yet",) for c in head.children)


_CLAUSES: list[tuple[Doc, dict[tuple[int, str], list[Token]]]] = []


def _per_verb(verb: Token, part: str, build: Callable[[], list[Token]]) -> list[Token]:
    """A part of the verb's clause, built once per Doc (several statement rules read the same verb's clause)."""
    if not _CLAUSES or _CLAUSES[0][0] is not verb.doc:
        _CLAUSES[:] = [(verb.doc, {})]
    found = _CLAUSES[0][1]
    key = (verb.i, part)
    if key not in found:
        found[key] = build()
    return found[key]


def _clause_tokens(verb: Token, joined: bool = True) -> list[Token]:
    """The verb's own clause (see _own_clause)."""
    return _per_verb(verb, "joined" if joined else "own", lambda: _own_clause(verb, joined))


def _own_clause(verb: Token, joined: bool) -> list[Token]:
    """The verb's own clause: its subtree minus subordinate clauses hanging off it (and, unless joined,
    minus verbs joined to it or to what it reports: 'said ... and warned residents not to help the police')."""
    subtree = list(verb.subtree)
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in SUBORDINATE:
            skip.update(t.i for t in child.subtree)
    if not joined:
        for tok in subtree:
            if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX"):
                skip.update(t.i for t in tok.subtree)
    return [t for t in subtree if t.i not in skip]


def _said_tokens(verb: Token) -> list[Token]:
    """What a speech verb says (see _said)."""
    return _per_verb(verb, "said", lambda: _said(verb))


def _said(verb: Token) -> list[Token]:
    """What a speech verb says: its own clause without the speaker ('an official, who was not authorized
    to speak, said ...' says nothing negative)."""
    speakers = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return [t for t in _clause_tokens(verb, joined=False) if t.i not in speakers]


def _hedged(verb: Token) -> bool:
    """A hedge word in the statement's own clause, not in a clause describing one of its nouns
    ('a community the army suspected of sheltering separatists')."""
    hedges = word_set("statements.json", "hedges")
    if _believed(verb) or any(c.dep_ == "mark" and c.lower_ in hedges for c in verb.children):
        return True  # 'investigating whether the cartel was behind it'
    if verb.lower_ in hedges and _reporting(verb.lemma_.lower()):
        return True  # 'suggested that elements of the security forces were involved'
    return any(t.lower_ in hedges and not _in_noun_clause(t, verb) for t in _clause_tokens(verb) if t.i != verb.i)


def _believed(verb: Token) -> bool:
    """'Police suspect the attack was carried out by X': told by a verb of belief, not of knowledge."""
    beliefs = word_set("statements.json", "belief_verbs")
    teller = next((a for a in [verb, *verb.ancestors] if _reporting(a.lemma_.lower())), None)
    return teller is not None and teller.lemma_.lower() in beliefs and teller.pos_ == "VERB"


def _in_noun_clause(tok: Token, verb: Token) -> bool:
    """Is the token inside a clause (acl, relcl) that modifies the object of a preposition below the
    verb? A 'that' clause is what was said ('said in a statement that the attack "could be linked"'),
    however the parser hangs it."""
    node, in_clause = tok, False
    while node.i != verb.i and node.head.i != node.i:
        in_clause = in_clause or (node.dep_ in ("acl", "relcl") and not any(c.dep_ == "mark" for c in node.children))
        if in_clause and node.dep_ == "pobj":
            return True
        node = node.head
    return False


def _speaker(verb: Token, sent: Span) -> Token | None:
    """The verb's own subject (the agent of a passive: 'disputed by local officials'); else the
    nearest subject before it (the parser often misattaches participles like 'asserting'); else
    the subject found by climbing."""
    if (headed := _colon_teller(verb, sent)) is not None:
        return headed
    own = _antecedent(_own_subject(verb))
    if own is None and (inverted := _after_quote(verb)) is not None:
        return inverted
    if own is not None and own.dep_ == "nsubj" and own.pos_ == "NOUN" and _judged_act(own):
        return _teller(verb, sent) or _after_quote(verb.head)  # '"This act has no place here," X said'
    if own is not None and own.lemma_.lower() in word_set("statements.json", "cue_subjects"):
        return _teller(verb, sent)  # 'Suspicion fell on X': no one speaks but whoever reports it
    if own is not None and (outer := _capital_teller(own, verb, sent)) is not None:
        return outer
    if _tells_a_deed(verb, own):
        return _reporter(verb, sent)
    if own is not None and own.dep_ == "nsubjpass" and (agent := agent_of(verb)) is not None:
        return agent
    if own is not None and own.dep_ == "nsubjpass" and _reporting(verb.lemma_.lower()):
        return _reporter(verb, sent)
    if own is not None and (reporter := _reporter_of_relative(own, verb)) is not None:
        return reporter
    if own is not None and (own.lemma_.lower() in word_set("statements.json", "findings_nouns") or _bare_body(own)):
        teller = _teller(verb, sent)
        if teller is not None:
            return teller
    elif own is not None and own.pos_ != "PRON":
        return own
    if verb.dep_ == "conj":
        reporter = _reporter_of_conjunct(verb)
        if reporter is not None:
            return reporter
        shared = subject_of(verb.head)
        if shared is not None and shared.pos_ != "PRON":
            return shared
    return _nearest_subject(sent, verb.i) or subject_of(verb) or _named_before(sent, verb)


def _judged_act(tok: Token) -> bool:
    """'the attack', 'this act', 'the violence': a word for the deed, which speaks for no one."""
    return tok.lemma_.lower() in _judged_nouns() | word_set("statements.json", "judged_events")


def _colon_teller(verb: Token, sent: Span) -> Token | None:
    """'Premier Jane Roe: "I am horrified by this cowardly attack."': a live blog's quotation headed by its speaker's
    name and a colon is that person's word."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i > verb.i or colon.i == sent.start or colon.i + 1 >= sent.end:
        return None
    head = sent.doc[colon.i - 1]
    if not sent.doc[colon.i + 1].is_quote or head.ent_type_ not in ("PERSON", "ORG", "NORP"):
        return None
    heading = sent.doc[sent.start : colon.i]
    return head if all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART") for t in heading) else None


def _capital_teller(own: Token, verb: Token, sent: Span) -> Token | None:
    """'Foreign Minister X said Ottawa strongly condemns the attack': a capital or country speaking inside what a
    named person says is that person's word."""
    if own.ent_type_ != "GPE" or verb.dep_ != "ccomp" or not _reporting(verb.head.lemma_.lower()):
        return None
    outer = _speaker(verb.head, sent)
    return outer if outer is not None and outer.ent_type_ == "PERSON" else None


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gives it, the one after a semicolon ('Two policemen killed in
    grenade attack; Pakistani Taliban claim responsibility'), else the first ('Diyala governor Raad al-Obeidi')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2:
        return next(iter(subjects), None)
    first, last = subjects[0], subjects[-1]
    split = any(t.text in (";", ":") for t in verb.doc[first.i : last.left_edge.i])
    return last if split and last.i < verb.i else first


def _named_before(sent: Span, verb: Token) -> Token | None:
    """'In a post on X, Pakistan's foreign minister Ishaq Dar called the bombing a "heinous crime"', which the
    parser leaves without a subject: the last person named before the verb, with no other verb between."""
    people = [e for e in entities(sent) if e.label_ == "PERSON" and e.end <= verb.i]
    if not people or any(t.pos_ == "VERB" for t in sent.doc[people[-1].end : verb.i]):
        return None
    return people[-1].root


def _after_quote(verb: Token) -> Token | None:
    """'"Attacking a church is attacking all of Nice," reacted the mayor, Christian Estrosi, condemning "a
    despicable act"': after a quotation, the speaker follows the verb that introduces it (which the parser
    may read as its object)."""
    teller = verb.head if verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i else verb
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < teller.i for c in teller.children):
        return None
    after = [c for c in teller.children if c.dep_ in ("dobj", "attr", "npadvmod") and teller.i < c.i < verb.i + 1]
    after = after or [c for c in teller.children if c.dep_ in ("dobj", "attr") and c.i > teller.i]
    return next((c for c in after if c.pos_ in ("NOUN", "PROPN")), None)


def _reporting(lemma: str) -> bool:
    """A verb that reports a statement, a report or a belief ('said', 'reported', 'suspect')."""
    return lemma in _reporting_verbs()


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """The speech, report and belief verbs in one set."""
    keys = ("speech_verbs", "report_verbs", "belief_verbs")
    return frozenset().union(*(word_set("statements.json", key) for key in keys))


def _tells_a_deed(verb: Token, own: Token | None) -> bool:
    """'The attack was carried out by the ELN', 'the bombing was the work of X': a cue whose verb tells
    what happened (a copula, or a passive deed) has its speaker elsewhere, never its agent or subject."""
    lemma = verb.lemma_.lower()
    if _reporting(lemma) or lemma in _verb_types() or lemma in word_set("statements.json", "passive_speaker_verbs"):
        return False
    return lemma == "be" or (own is not None and own.dep_ == "nsubjpass")


def _reporter(verb: Token, sent: Span) -> Token | None:
    """Who tells of a deed: the subject of a speech verb joined to it ('..., the minister said'), of
    one above it ('Police suspect the attack was carried out by ...'), or 'according to X'."""
    for child in verb.children:
        if child.dep_ in ("conj", "parataxis", "advcl") and _reporting(child.lemma_.lower()):
            subj = next((c for c in child.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if subj is not None:
                return subj
    above = next((a for a in verb.ancestors if _reporting(a.lemma_.lower())), None)
    if above is not None:
        return _speaker(above, sent)
    return according_to(sent)


def according_to(sent: Span) -> Token | None:
    """'According to the army, ...': the source named after 'according to'."""
    return next((source for _, source in according_to_sources(sent)), None)


def _bare_body(tok: Token) -> bool:
    """'the government', 'the ministry': an institution named by its common noun alone, whose spokesman
    ('spokesman X said the government condemns the attack') is the one who speaks."""
    return tok.lower_ in word_set("statements.json", "institution_nouns") and all(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )


def _teller(verb: Token, sent: Span) -> Token | None:
    """'The ministry said initial findings suggested ...': findings, evidence or an inquiry speak through
    whoever reports them, the speaker of the speech verb above."""
    said = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "conj") or said.i == verb.i:
        return None
    if not _reporting(said.lemma_.lower()) and said.lemma_.lower() not in _verb_types():
        return None
    return _speaker(said, sent)


def _antecedent(subj: Token | None) -> Token | None:
    """'The Extraditables, who said they were responsible': the noun a relative pronoun stands for."""
    relative = subj is not None and subj.lower_ in word_set("statements.json", "relative_pronouns")
    if relative and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def _reporter_of_relative(own: Token, verb: Token) -> Token | None:
    """'A lawyer for Webb said his client denied any involvement': a speaker known only by a
    possessive ('his client', 'their son') is told of by the reporter, who is named."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in own.children) or verb.dep_ != "ccomp":
        return None
    said = verb.head
    if said.lemma_.lower() not in word_set("statements.json", "speech_verbs"):
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _named_source(tok: Token) -> Span | None:
    """'The network blamed ...' after 'The Sudan Doctors Network had reported ...': a definite common
    noun is the last proper name before it with the same head word; not 'the army' after 'the National
    Liberation Army' (a state force is no rebel group that shares its head word)."""
    if tok.pos_ != "NOUN" or not any(c.lower_ == "the" for c in tok.children) or len(list(tok.children)) > 1:
        return None
    if _force_noun(tok):
        return None
    for cand in reversed(tok.doc[: tok.i]):
        if cand.lower_ == tok.lower_ and cand.pos_ == "PROPN" and cand.text[:1].isupper():
            start = cand.i
            while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].text[:1].isupper():
                start -= 1
            if start < cand.i:
                return tok.doc[start : cand.i + 1]
    return None


def _named_next(tok: Token) -> Span | None:
    """'The government denied ... In a statement, the Government Communication Service said': a summary
    speaker is the body of the same word that the next sentence names as speaking."""
    if tok.pos_ != "NOUN" or [c.lower_ for c in tok.children] != ["the"]:
        return None
    sent = tok.sent
    nxt = tok.doc[sent.end].sent if sent.end < len(tok.doc) else None
    for ent in entities(nxt) if nxt is not None else ():
        words = [t.lower_ for t in ent if t.pos_ == "PROPN" and t.text[:1].isupper()]
        subject = ent.root.dep_ == "nsubj" and _reporting(ent.root.head.lemma_.lower())
        if ent.label_ == "ORG" and len(words) > 1 and tok.lower_ in words and subject:
            return tok.doc[ent.start + (ent[0].lower_ == "the") : ent.end]
    return None


def _title_holder(tok: Token) -> Span | None:
    """'..., the SSP said' after 'Senior Superintendent of Police (SSP) Aditya Sharma', 'the governor said'
    after 'Diyala governor Raad al-Obeidi' or 'Raad al-Obeidi, the governor,': a speaker named only by a title
    is the person the article gave that title, the nearest before (else after)."""
    if tok.pos_ not in ("NOUN", "PROPN") or any(c.lower_ != "the" for c in tok.children) or tok.ent_type_ == "PERSON":
        return None
    people = [e for e in entities(tok.doc) if e.label_ == "PERSON" and len(e) > 1 and e.end <= tok.i]
    people += [e for e in entities(tok.doc) if e.label_ == "PERSON" and len(e) > 1 and e.start > tok.i]
    for ent in sorted(people, key=lambda e: (e.start > tok.i, abs(e.start - tok.i))):
        if any(t.i != tok.i and _same_title(t, tok) for t in _titles_of(ent)):
            return ent
    return None


def _titles_of(ent: Span) -> list[Token]:
    """The title just before a name ('governor' of 'Diyala governor X', 'SSP' of '... (SSP) X') and the heads
    of its appositions ('X, the provincial governor,')."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text == ")" and ent.start > 1:
        before = doc[ent.start - 2]
    titles = [before] if before is not None and before.pos_ in ("NOUN", "PROPN") else []
    return titles + [c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end]


def _same_title(title: Token, tok: Token) -> bool:
    """'Commander' and 'the commander'; 'DIG' and 'Deputy Inspector General'."""
    if title.lower_ == tok.lower_:
        return True
    if not (tok.text.isupper() and len(tok.text) > 1):
        return False
    run = title.doc[max(title.sent.start, title.i - 2 * len(tok.text)) : title.i + 1]
    initials = "".join(t.text[0] for t in run if t.is_alpha and t.text[0].isupper())
    return initials.endswith(tok.text)


def _reporter_of_conjunct(verb: Token) -> Token | None:
    """'An army spokesman said the air force had struck military targets and denied that civilians
    had been hit': the parser joins 'denied' to the reported 'had struck', but a statement verb
    in the speaker's own tense, without the reported clause's auxiliary, is the speaker's second act."""
    reported = verb.head
    said = reported.head
    said_lemma = said.lemma_.lower()
    if reported.dep_ != "ccomp" or (
        said_lemma not in word_set("statements.json", "speech_verbs")
        and said_lemma not in _verb_types()
        and said_lemma not in word_set("statements.json", "confirming_verbs")
    ):
        return None
    own_act = verb.lemma_.lower() in _verb_types() and verb.tag_ in ("VBD", "VBN") and said.tag_ == "VBD"
    if (verb.tag_ != said.tag_ and not own_act) or any(c.dep_ == "aux" for c in verb.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") for c in reported.children):
        return None
    subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _nearest_subject(sent: Span, before: int) -> Token | None:
    """The closest preceding noun subject in the sentence, for verbs the parser left without one; not the
    subject of what someone reported or of an aside ('said its forces had struck targets, denying ...' is
    the sayer's)."""
    best = None
    verb = sent.doc[before]
    for tok in span_tokens(sent):
        if tok.i >= before:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("PROPN", "NOUN") and not _aside_subject(tok, verb):
            best = tok
    return best


def _aside_subject(tok: Token, verb: Token) -> bool:
    """The subject of a clause reported by a speech verb ('the ministry said its forces had struck') or of an
    aside before the verb's governor ('ISCAP, as the Islamic State calls the ADF, claimed ..., saying')."""
    clause = tok.head
    if clause.dep_ == "ccomp" and _reporting(clause.head.lemma_.lower()):
        return True
    above = {a.i for a in verb.ancestors}
    return clause.dep_ in ("advcl", "relcl", "acl") and clause.i not in above and clause.i < verb.head.i


def _content(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp"):
            text = phrase(child).text if child.dep_ == "dobj" else " ".join(t.text for t in child.subtree)
            return text[:MAX_CONTENT]
    return None


def _target(verb: Token, kind: str, actors: Sequence[ActorMention]) -> Token | None:
    """Who is accused: the object of accuse/blame, 'at X' of pointing fingers, 'on X' of blame."""
    if kind == "condemnation":
        return _condemned_party(verb, actors)
    if kind != "accusation":
        return None
    reported = (
        _sponsor_of_attackers(verb)
        or _reported_attacker(verb)
        or _attack_by(verb, actors)
        or _belonging_attacker(verb)
        or _identified_attackers(verb, actors)
    )
    if reported is not None or (reported := _said_responsible(verb, actors)) is not None:
        return reported
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    said += [g for c in said if _reduced(c) for g in c.children if g.dep_ == "ccomp"]
    copulas = [v for v in [verb, *said] if v.lemma_.lower() == "be"]
    for copula in copulas:
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subj is None and _reduced(copula.head):
            subj = _believed_origin(copula.head)
        if subj is not None and (_accusable(subj) or _actor_at(actors, _subtree(subj)) is not None):
            return subj
    suspected = _suspected_of(verb) or _harbourer(verb, actors)
    if suspected is not None or _reporting(verb.lemma_.lower()):
        return suspected
    objs = [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("at", "on"):
            objs += [g for g in child.children if g.dep_ == "pobj"]
    lemma = verb.lemma_.lower()
    if lemma == "hold":
        return _holds_responsible(verb)
    if lemma == "attribute":
        to = [
            g
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return to[0] if to else None
    if lemma == "blame":
        objs += [
            g
            for o in list(objs)
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        on = [o for o in objs if o.head.lower_ == "on"]
        return on[0] if on else (objs[0] if objs else None)
    people = [o for o in objs if o.lower_ not in ("fingers", "finger", "complicity", "responsibility")]
    people = [o for o in people if _blamable(o, actors)]
    return people[0] if people else None


def _harbourer(verb: Token, actors: Sequence[ActorMention]) -> Token | None:
    """'said Afghanistan was providing shelter to those who shed the blood', 'Kabul harbours the militants, the
    ministry said': the named state or group a speaker says harbours or shelters the attackers."""
    said = _said_clauses(verb, ("ccomp", "parataxis"))
    said += [c for s in said for c in s.children if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        said.append(verb.head)
    for clause in said:
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None and clause.dep_ in ("conj", "xcomp"):
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and _named_party(subj, actors) and _harbours(clause) and not _negated(clause):
            return subj
    return _haven_country(verb)


def _haven_country(verb: Token) -> Token | None:
    """'said the militants enjoyed safe havens in Pakistan', '"... concerns on the safe havens available to the
    TTP in Afghanistan," the army said': the country a speaker says gives the attackers sanctuary."""
    havens = word_set("statements.json", "haven_nouns")
    for clause in _said_clauses(verb, ("ccomp", "parataxis")):
        for noun in (t for t in clause.subtree if t.lower_ in havens and not _negated(clause)):
            holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
            preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "across")]
            places = [g for p in preps for g in p.children]
            country = next((g for g in places if g.dep_ == "pobj" and _country_named(g)), None)
            if country is not None:
                return country
    return None


def _country_named(tok: Token) -> bool:
    """Is the token a country's name ('Afghanistan'), not a province ('Balochistan')?"""
    return tok.ent_type_ == "GPE" and load_gazetteer().named_country(tok.text) is not None


def _harbours(clause: Token) -> bool:
    """'harbours militants', 'was providing shelter to', 'gives safe haven to'."""
    lemma = clause.lemma_.lower()
    if lemma in word_set("statements.json", "harbouring_verbs"):
        return True
    gifts = word_set("statements.json", "harbouring_gifts")
    objs = [c for c in clause.children if c.dep_ == "dobj"]
    return lemma in word_set("statements.json", "giving_verbs") and any(o.lower_ in gifts for o in objs)


def _condemned_party(verb: Token, actors: Sequence[ActorMention]) -> Token | None:
    """Who a condemnation is aimed at: 'condemned Iran', 'condemned Iran's violation', 'condemned the strikes
    by Iran', 'denounced Russia for the attack': a state, people or group named as the doer of the deed."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    doers = [o for o in objs if o.pos_ == "PROPN"]
    doers += [g for o in objs for g in o.children if g.dep_ == "poss" and g.pos_ == "PROPN"]
    doers += [
        g
        for o in objs
        for c in o.subtree
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next((d for d in doers if _named_party(d, actors)), None)


def _named_party(tok: Token, actors: Sequence[ActorMention]) -> bool:
    """A state, people or group: 'Iran', 'Hamas', 'Iranian forces'."""
    if tok.ent_type_ in ("GPE", "NORP", "ORG") or _actor_at(actors, _subtree(tok)) is not None:
        return True
    rulers = _force_noun(tok) or tok.lower_ in word_set("statements.json", "ruler_nouns")
    return rulers and any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.children)


def _blamable(tok: Token, actors: Sequence[ActorMention]) -> bool:
    """Who can be the object of an accusation: a name, a group, armed men or forces, a pronoun; not
    'alleging violations of human rights' or 'blamed the attack'."""
    words = (
        word_set("attackers.json", "heads")
        | word_set("attackers.json", "accused_heads")
        | word_set("statements.json", "force_nouns")
        | word_set("statements.json", "anonymous_attackers")
        | word_set("statements.json", "part_nouns")
        | word_set("statements.json", "accused_bodies")
    )
    if tok.pos_ in ("PROPN", "PRON") or tok.lower_ in words or _accusable(tok):
        return True
    return _actor_at(actors, _subtree(tok)) is not None or any(c.lower_ in words for c in tok.children)


def _suspected_of(verb: Token) -> Token | None:
    """'Officials suspect the ELN of being behind the attack': whom a verb of belief suspects of it."""
    if verb.lemma_.lower() not in word_set("statements.json", "belief_verbs"):
        return None
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    named = [o for o in objs if verb.lemma_.lower() == "suspect" and o.pos_ == "PROPN" and not _anonymous(o)]
    of = [o for o in objs if any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)]
    return next(iter(of + named), None)


def _said_responsible(verb: Token, actors: Sequence[ActorMention]) -> Token | None:
    """'The army said ADF rebels were responsible', 'police said the gang was responsible', 'said its line of inquiry
    was that X were responsible': a speaker naming who was responsible accuses them, with or without 'for the
    attack'."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [n for c in clauses if c.lemma_.lower() == "be" for n in c.children if n.dep_ == "ccomp"]
    for clause in (c for c in clauses if c.lemma_.lower() in ("be", "involve")):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or _negated(clause) or not _told_responsible(clause):
            continue
        if _accusable(_whole_of(subj)) or _actor_at(actors, _subtree(subj)) is not None:
            return subj
    return None


def _whole_of(tok: Token) -> Token:
    """'elements of the security forces', 'a faction of the army': the force a part belongs to; the token else."""
    if tok.lower_ not in word_set("statements.json", "part_nouns"):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), tok) if of is not None else tok


def _told_responsible(clause: Token) -> bool:
    """'X was responsible', 'X were involved' (in the attack): a clause that lays the attack on its subject."""
    if clause.lemma_.lower() == "involve":
        return passive(clause) and not any(c.dep_ == "prep" and c.lower_ != "in" for c in clause.children)
    return any(c.lower_ in ("responsible", "involved") for c in clause.children)


def _subtree(tok: Token) -> Span:
    """The whole subtree of a token ('a man who identified himself as a Gran Grif commander')."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def _actor_at(actors: Sequence[ActorMention], span: Span) -> ActorMention | None:
    """The actor a phrase names: 'the al Qaeda-linked al-Shabaab group' is al-Shabaab, 'an al Qaeda-linked
    group' none; 'Islamic State's affiliate, ISKP' is ISKP, not the owner."""
    inside = [a for a in actors if a.kind != "media" and span.start <= a.start < span.end]
    named = [a for a in inside if not a.attributive]
    doc = span.doc
    owned = [a for a in named if a.end < len(doc) and doc[a.end].tag_ == "POS"]
    return ([a for a in named if a not in owned] or named or [None])[0]


def _make(kind: str, verb: Token, sent: Span, actors: Sequence[ActorMention]) -> FoundStatement:
    speaker_tok = _speaker(verb, sent)
    speaker_tok = _quoted_teller(speaker_tok, sent) if speaker_tok is not None else None
    speaker_tok = _known_as(speaker_tok) if speaker_tok is not None else None
    speaker_tok = _described_before(speaker_tok) if speaker_tok is not None else None
    speaker_span = _bracketed(phrase(speaker_tok, keep_conj=True)) if speaker_tok is not None else None
    speaker_span = _undescribed(speaker_span, speaker_tok) if speaker_span is not None else None
    speaker_span = _with_name_after(speaker_span) if speaker_span is not None else None
    speaker_span = _person_meant(speaker_span) if speaker_span is not None else None
    speaker_span = _after_timestamp(speaker_span) if speaker_span is not None else None
    speaker_span = _fuller_earlier(speaker_span) if speaker_span is not None else None
    speaker_actor = _actor_at(actors, speaker_span) if speaker_span is not None else None
    holder = _title_holder(speaker_tok) if speaker_tok is not None else None
    if holder is not None and speaker_actor is not None and speaker_actor.ambiguous:
        speaker_actor = None  # 'the SSP said' after 'Senior Superintendent of Police (SSP) Aditya Sharma'
    if speaker_actor is None and kind == "claim_responsibility" and speaker_tok is not None:
        speaker_actor = _actor_at(actors, _subtree(speaker_tok))
    if speaker_actor is None and speaker_tok is not None:
        speaker_actor = _the_group(speaker_tok, actors)
    if speaker_actor is None and kind == "claim_responsibility":
        speaker_actor = _close_outlet(speaker_tok, actors)
    outlet = _outlet_of(speaker_tok, actors) if speaker_actor is None and kind == "claim_responsibility" else None
    speaker = speaker_span.text if speaker_span is not None else None
    if speaker_span is not None and speaker_actor is None:
        speaker = _named_in_full(speaker_span) or speaker
    if speaker_actor is None and speaker_tok is not None and _the_own_group(speaker_tok):
        speaker = _group_named_before(speaker_tok) or speaker
    named = (_named_source(speaker_tok) or _named_next(speaker_tok)) if speaker_tok and not speaker_actor else None
    if named is not None:
        speaker = named.text
    if holder is not None and speaker_actor is None and holder.text not in (speaker or ""):
        speaker = f"{named.text if named is not None else speaker_tok.text} {holder.text}"

    if (
        speaker_actor is not None
        and not _person_of_group(kind, speaker_tok, speaker_actor)
        and (kind == "claim_responsibility" or speaker_tok.i < speaker_actor.end or _own_noun(speaker_tok))
    ):
        speaker = as_written(speaker_actor)
    target_tok = _target(verb, kind, actors)
    target_tok = _leader_of(target_tok) if target_tok is not None else None
    target_tok = _known_as(target_tok) if target_tok is not None else None
    target_tok = _named_earlier(target_tok) if target_tok is not None else None
    target_span = _with_origin(phrase(target_tok, keep_preps=False)) if target_tok is not None else None
    target_span = _bracketed(_before_responsible(target_span)) if target_span is not None else None
    target_span = _unhedged(target_span) if target_span is not None else None
    target_span = _whole_quote(target_span) if target_span is not None else None
    target_actor = _actor_at(actors, target_span) if target_span is not None else None
    if target_actor is None and target_tok is not None:
        target_actor = _the_group(target_tok, actors)
    target = target_span.text if target_span is not None else None
    if target_actor is not None:
        target = _with_short_form(as_written(target_actor), target_actor, sent.doc)
    ev = evidence(sent.doc, sent.start_char, sent.end_char)
    st = Statement(
        type=kind, speaker=speaker, target=target, content=_content(verb), hedged=_hedged(verb), evidence=[ev]
    )
    owner = speaker_actor.canonical if speaker_actor else (outlet.parent if outlet else None)
    return FoundStatement(st, verb.i, owner, target_actor.canonical if target_actor else None)


def _person_of_group(kind: str, tok: Token, actor: ActorMention) -> bool:
    """'Zabihullah Mujahid, the chief Taliban spokesman, condemned the attack': a named person of a group speaks
    for himself (a claim, denial or accusation is the group's word)."""
    return kind == "condemnation" and tok.ent_type_ == "PERSON" and not actor.start <= tok.i < actor.end


def _known_as(tok: Token) -> Token:
    """'The ISIL affiliate in Afghanistan, known as Islamic State Khorasan Province, claimed': a speaker described by a
    common noun, then named after 'known as' or 'called' (which the parser may hang on its place), is the one
    named."""
    if tok.pos_ == "PROPN":
        return tok  # 'Tehreek-e-Taliban Pakistan, known as the Pakistani Taliban': named already
    verbs = word_set("statements.json", "naming_verbs")
    scopes = [tok] + [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for acl in (c for t in scopes for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in verbs):
        for c in acl.children:
            name = next((g for g in c.children if g.dep_ == "pobj"), None) if c.lower_ == "as" else None
            name = c if c.dep_ in ("oprd", "attr", "dobj") else name
            if name is not None and name.pos_ == "PROPN":
                return name
    return tok


def _described_before(tok: Token) -> Token:
    """'"...," the spokesman said' just after 'a spokesman for the Wazalendo coalition blamed the rebels': a bare
    definite title is the one described in the sentence before (not a person given that title further on)."""
    if tok.pos_ != "NOUN" or [c.lower_ for c in tok.children] != ["the"]:
        return tok
    sent = tok.sent
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    for cand in reversed([*(before or []), *tok.doc[sent.start : tok.i]]):
        if cand.lower_ == tok.lower_ and any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in cand.children):
            return cand
    return tok


def _named_earlier(tok: Token) -> Token:
    """'blamed the rebels' after 'fighting between M23 rebels and ...': a bare definite force noun is the one the
    text named last before it by its group or nation ('M23 rebels', 'Congolese soldiers')."""
    forces = word_set("statements.json", "force_nouns")
    if tok.lower_ not in forces or [c.lower_ for c in tok.children] != ["the"]:
        return tok
    for cand in reversed(tokens(tok.doc)[: tok.i]):
        if cand.lower_ == tok.lower_ and any(
            c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ == "NORP") for c in cand.children
        ):
            return cand
    return tok


def _fuller_earlier(span: Span) -> Span:
    """'the ministry had condemned' after 'according to Pakistan's foreign ministry': a bare institution is the
    one the text named before with its owner or kind."""
    words = [t for t in span_tokens(span) if t.dep_ != "det" and not t.is_punct]
    if len(words) != 1 or words[0].lower_ not in word_set("statements.json", "institution_nouns"):
        return span
    head = words[0]
    for tok in reversed(tokens(span.doc)[: span.start]):
        if tok.lower_ != head.lower_:
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
        if mods:
            return span.doc[min(c.left_edge.i for c in mods) : tok.i + 1]
    return span


def _named_in_full(span: Span) -> str | None:
    """'Lt Gen Singh said' after 'Lt Gen Ranbir Singh told reporters', 'Sinha said' after 'Lieutenant Governor Manoj
    Sinha condemned': a person named by title and surname is the one the text named in full before (of two with
    that surname, the nearest with the same title)."""
    words = [t for t in span if not t.is_punct and t.dep_ != "det"]
    labels = word_set("participants.json", "person_titles")
    if not words or not _surname_like(words[-1]) or any(t.lower_ not in labels for t in words[:-1]):
        return None
    surname, title = words[-1], {t.lower_ for t in words[:-1]}
    runs = [_name_run(t, labels) for t in tokens(span.doc)[: span.start] if t.text == surname.text]
    runs = [r for r in runs if len(r) > 1]
    titled = [r for r in runs if title & {t.lower_ for t in span.doc[max(0, r.start - len(title)) : r.start]}]
    if not runs:
        return None
    before = span.doc[span.start : surname.i].text
    return f"{before} {(titled or runs)[-1].text}".strip()


def _surname_like(tok: Token) -> bool:
    """A capitalised proper noun that may be a person's surname (not a place, group or nation)."""
    tagged = tok.tag_ in ("NNP", "NNPS") or (tok.tag_ == "NNS" and not tok.is_sent_start)  # 'Sinha' read as plural
    return tagged and tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ in ("PERSON", "")


def _name_run(surname: Token, labels: frozenset[str]) -> Span:
    """'Ranbir Singh' of 'Lt Gen Ranbir Singh': the proper nouns ending at `surname`, without titles."""
    start = surname.i
    while start > 0 and _surname_like(surname.doc[start - 1]) and surname.doc[start - 1].lower_ not in labels:
        start -= 1
    return surname.doc[start : surname.i + 1]


def _undescribed(span: Span, head: Token) -> Span:
    """'the Nyala Resistance Committee, one of the neighbourhood groups', 'the Sudan Doctors Network, a medical
    group': a description set after a named body is no part of its name (a person's role, 'X, a spokesman for
    the Taliban', stays: it says whom they speak for)."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return span
    described = [c.left_edge.i for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ != "PROPN"]
    end = min(described, default=span.end)
    while end > span.start + 1 and (span.doc[end - 1].text in (",", "-", "–", "—") or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[span.start : end] if span.start < end <= span.end else span


def _with_name_after(span: Span) -> Span:
    """'Diyala governor Raad al-Obeidi condemned', which the parser splits into two subjects: a title
    followed at once by a person's name takes the name."""
    if span.root.pos_ != "NOUN":
        return span
    name = next((e for e in entities(span.doc) if e.start == span.end and e.label_ == "PERSON"), None)
    if name is None or name.start != span.end or name.root.head.i != span.root.head.i:
        return span
    return span.doc[span.start : name.end]


def _person_meant(span: Span) -> Span:
    """'He blamed the Ukrainian armed forces' after 'Gov. Vyacheslav Gladkov said ...': 'he' or 'she' is the
    person last named in a sentence that reports speech a few sentences before, else the last named as a subject."""
    if len(span) != 1 or span[0].lower_ not in PERSON_PRONOUNS:
        return span
    doc, sent = span.doc, span[0].sent
    starts = sorted({s.start for s in doc.sents if s.start < sent.start})[-PRONOUN_REACH:]
    earlier = [e for e in entities(doc) if e.label_ == "PERSON" and starts and starts[0] <= e.start < sent.start]
    for ent in reversed(earlier):
        if any(_reporting(t.lemma_.lower()) or t.lemma_.lower() in _told_verbs() for t in ent.sent):
            return ent
    subjects = [e for e in earlier if "nsubj" in (e.root.dep_, e.root.head.dep_)]  # 'head Sergei Melikov has spoken'
    return subjects[-1] if subjects else span


def _after_timestamp(span: Span) -> Span:
    """'Canada's Foreign Minister X' of '20:45 - Canada's Foreign Minister X': a live-blog entry's time is no part
    of the speaker the tagger joins it to."""
    if len(span) < 2 or not TIMESTAMP.fullmatch(span[0].text):
        return span
    start = span.start + 1
    while start < span.end - 1 and (span.doc[start].is_punct or span.doc[start].text in TIME_ZONES):
        start += 1
    return span.doc[start : span.end]


@lru_cache(maxsize=1)
def _told_verbs() -> frozenset[str]:
    """Verbs by which a named person speaks other than reporting ones: 'condemned', 'confirms'."""
    return frozenset(_verb_types()) | word_set("statements.json", "confirming_verbs")


def _whole_quote(span: Span) -> Span:
    """'blaming "deep state" elements': a phrase that closes a quotation opened just before it opens it too."""
    marks = [t for t in span if t.is_quote and t.text not in ("'", "'s")]
    if len(marks) % 2 == 1 and span.start > 0 and span.doc[span.start - 1].is_quote:
        return span.doc[span.start - 1 : span.end]
    return span


def _unhedged(span: Span) -> Span:
    """'likely bandits from Zamfara' names 'bandits from Zamfara': the hedge belongs to the statement."""
    hedges = word_set("statements.json", "hedges")
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in hedges:
        start += 1
    end = span.end
    while end > start + 1 and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def _outlet_of(tok: Token | None, actors: Sequence[ActorMention]) -> ActorMention | None:
    """'The Amaq news agency said ...': a group's own media outlet speaking (it speaks for its parent group)."""
    if tok is None:
        return None
    span = _subtree(tok)
    return next((a for a in actors if a.kind == "media" and a.parent and span.start <= a.start < span.end), None)


def _close_outlet(tok: Token | None, actors: Sequence[ActorMention]) -> ActorMention | None:
    """'A news agency close to the PKK said a team from the group had carried out the attack': an outlet close to
    or affiliated with a group, telling the attack, speaks for that group."""
    if tok is None or tok.lower_ not in word_set("statements.json", "outlet_nouns"):
        return None
    ties = word_set("statements.json", "affiliation_words")
    for tie in (c for c in tok.children if c.lower_ in ties):
        for prep in (c for c in tie.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
            span = _subtree(prep)
            found = next((a for a in actors if span.start <= a.start < span.end and a.kind != "media"), None)
            if found is not None:
                return found
    return None


def _tells_an_attack(verb: Token) -> bool:
    """'Amaq said an Islamic State fighter carried out the attack': the speech reports an attack, unnegated."""
    acts = attack_verbs() | CLAIM_ACTS
    return any(
        c.lemma_.lower() in acts and not any(g.dep_ == "neg" for g in c.children)
        for c in _said_clauses(verb, ("ccomp",))
    )


def _with_origin(span: Span) -> Span:
    """'troops from that security corps', 'gunmen from the Fulani community', 'members of a local militia':
    where the accused come from, or what they are part of, is part of who they are."""
    root = span.root
    preps = ("from", "of") if root.lower_ in word_set("statements.json", "part_nouns") else ("from",)
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in preps and c.i >= span.end), None)
    origin = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if origin is None or prep.i != span.end or origin.lower_ in word_set("statements.json", "attack_nouns"):
        return span  # 'suspect a local gang of the killing': the deed, not where the gang comes from
    return span.doc[span.start : phrase(origin, keep_preps=False).end]


def _bracketed(span: Span) -> Span:
    """A phrase that opens a bracket closes it: 'the Internal Security Operations Command (ISOC)' (a
    bracket left open a few words on is closed, one farther off is cut)."""
    opened = [t for t in span if t.text == "("]
    if not opened or any(t.text == ")" and t.i > opened[-1].i for t in span):
        return span
    doc = span.doc
    close = next((t for t in doc[span.end : min(len(doc), span.end + BRACKET_REACH)] if t.text == ")"), None)
    if close is not None:
        return doc[span.start : close.i + 1]
    return doc[span.start : opened[-1].i] if opened[-1].i > span.start else span


def _quoted_teller(tok: Token, sent: Span) -> Token:
    """'"We deny any link to this attack," SDF spokesman Farhad Shami wrote': 'we' or 'I' inside quotation
    marks is the one the quotation is attributed to, the subject of a speech verb outside the quotes (in a
    sentence after it when the quotation runs on)."""
    own_voice = tok.lower_ in ("we", "i") or _collective_voice(tok)
    if not own_voice or not (_quoted(tok, sent) or _in_open_quote(tok)):
        return tok
    speech = word_set("statements.json", "speech_verbs")
    for verb in span_tokens(sent):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() in speech and subj is not None and _teller_subject(subj) and not _quoted(verb, sent):
            return subj
    teller = _quote_teller(sent)  # '"We believe it was X. They are homegrown," the minister told reporters.'
    subj = subject_of(teller) if teller is not None else None
    return subj if subj is not None and _teller_subject(subj) else tok


def _teller_subject(subj: Token) -> bool:
    """A quotation's teller: a noun or name, or 'he'/'she' (resolved to the person named before)."""
    return subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in PERSON_PRONOUNS


def _collective_voice(tok: Token) -> bool:
    """'the whole nation condemns it', 'our country mourns': a collective the speaker of a quotation speaks for."""
    return tok.lower_ in word_set("statements.json", "collective_voices")


def _in_open_quote(tok: Token) -> bool:
    """Is the token inside a quotation opened in an earlier sentence of its paragraph ('"... loved this town. I
    condemn this act," Chan said')? Counts quotation marks from the paragraph's start."""
    text = parsed_text(tok.doc)
    start = text.rfind("\n\n", 0, tok.idx) + 1
    return inside_quote(text, start, tok.idx)


def _quoted(tok: Token, sent: Span) -> bool:
    """Is the token between quotation marks (an odd number of them before it in the sentence, counting one more
    when the sentence opens inside a quotation closed in it: '... we suspect X," the SSP said')?"""
    marks = [t for t in span_tokens(sent) if t.is_quote and t.text not in ("'", "'s")]
    opened = len(marks) % 2 == 1 and marks[0].tag_ == "''"
    return (opened + sum(t.i < tok.i for t in marks)) % 2 == 1


def _leader_of(tok: Token) -> Token:
    """'fighters loyal to Bello Turji', 'a faction of the Sinaloa Cartel', 'gunmen linked to X': the
    accused is the named leader or group the unnamed ones belong to."""
    ties = word_set("statements.json", "affiliation_words")
    if tok.lower_ in word_set("statements.json", "indirect_accused"):
        tok = _whose(tok)
    for child in tok.children:
        if child.dep_ in ("amod", "acl") and child.lower_ in ties:
            prep = next((p for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "with")), None)
            named = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if named is not None and named.pos_ == "PROPN":
                return named
        if child.dep_ == "prep" and child.lower_ == "of" and tok.lower_ in word_set("statements.json", "part_nouns"):
            named = next((g for g in child.children if g.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "PROPN":
                return named
    return tok


def _whose(tok: Token) -> Token:
    """'the hand of Pakistan's spy agency', "Iran's involvement": whose hand or role it was."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if owner is None and of is not None:
        owner = next((g for g in of.children if g.dep_ == "pobj"), None)
    return owner if owner is not None else tok


def as_written(actor: ActorMention) -> str:
    """The group's canonical name, like a perpetrator's; when the text writes that name in another
    transliteration ('Tehreek-e-Taliban Pakistan' for Tehrik-i-Taliban Pakistan, 'al-Shabab') the text's
    spelling follows in brackets, as coders quote it; other aliases ('Pakistani Taliban', 'ISIS') add nothing."""
    written, name = actor.text.removeprefix("the ").removeprefix("The "), actor.canonical
    words = [w for w in re.split(r"[\s-]+", written.lower()) if w]
    canon = [w for w in re.split(r"[\s-]+", name.lower()) if w]
    if len(words) != len(canon) or words == canon or written.isupper() or written.lower() in name.lower():
        return name
    close = all(_same_word(a, b) for a, b in zip(words, canon, strict=True))
    return f"{name} ({written})" if close else name


def _short_form(actor: ActorMention, doc: Doc) -> str | None:
    """The form an article uses for a group other than its canonical name: an acronym it is written as
    ('the BRN') or one given in brackets after it ('Barisan Revolusi Nasional (BRN)')."""
    written = actor.text.removeprefix("the ").removeprefix("The ")
    if _acronym(written):
        return written
    after = doc[actor.end : actor.end + 3]
    if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and _acronym(after[1].text):
        return after[1].text
    return None


def _acronym(text: str) -> bool:
    """'BRN', 'JeM', 'TTP': one short word of two or more capitals."""
    return " " not in text and len(text) <= MAX_ACRONYM and sum(c.isupper() for c in text) >= 2


def _with_short_form(name: str, actor: ActorMention, doc: Doc) -> str:
    """A named target as coders quote it: the canonical name, then the text's acronym in brackets
    ('Barisan Revolusi Nasional (BRN)'), so that either form is found in it."""
    short = _short_form(actor, doc)
    seen = short is not None and re.search(rf"\b{re.escape(short)}\b", name, re.IGNORECASE) is not None
    return f"{name} ({short})" if short and not seen else name


def _same_word(a: str, b: str) -> bool:
    """Two spellings of one word ('tehreek', 'tehrik'); any two one-letter particles ('e', 'i')."""
    return (len(a) == len(b) == 1) or SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


GROUP_REACH = 120


def _group_named_before(tok: Token) -> str | None:
    """'... blamed the Red-Tabara rebel group. The group said it had carried out the attack': a group no lexicon
    knows, named a few sentences earlier by a proper name before the same noun."""
    doc = tok.doc
    for prev in reversed(doc[max(0, tok.i - GROUP_REACH) : tok.i]):
        if prev.lemma_.lower() != tok.lemma_.lower() or prev.pos_ != "NOUN":
            continue  # 'the SITE Intelligence Group' is a name of its own
        names = [c for c in prev.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < prev.i]
        if names:
            return doc[names[0].left_edge.i : names[-1].right_edge.i + 1].text
    return None


def _the_group(tok: Token, actors: Sequence[ActorMention]) -> ActorMention | None:
    """'a statement in which the group denied any involvement': 'the group' is the armed group named
    last before it in the sentence."""
    if not _own_noun(tok) or not any(c.lower_ == "the" for c in tok.children):
        return None
    before = [a for a in actors if a.kind == "group" and a.end <= tok.i and not a.attributive]
    before = [a for a in before if not _affiliate(a, tok.doc)] or before
    return before[-1] if before else None


def _affiliate(actor: ActorMention, doc: Doc) -> bool:
    """'JNIM, linked to Al-Qaeda': the group another is linked to is not the one spoken of next."""
    words = [t.lower_ for t in doc[max(0, actor.start - 3) : actor.start] if t.lower_ != "the"]
    affiliations = word_set("statements.json", "affiliation_words")
    return len(words) >= 2 and words[-1] in ("to", "with") and words[-2] in affiliations


def _classify(verb: Token, sent: Span, actors: Sequence[ActorMention]) -> str | None:
    lemma = verb.lemma_.lower()
    data = load_data("statements.json")
    kind = _verb_types().get(lemma)
    if kind is not None and (_habitual(verb) or (kind == "accusation" and _accused_of_other(verb))):
        return None
    if kind is not None and _unspoken(verb):
        return None
    if kind == "claim_responsibility":
        if _habitual_claim(verb) or _claims_that_other_attack(verb):
            return None
        objs = {t.lower_ for c in verb.children if c.dep_ in ("dobj", "ccomp") for t in _with_compounds(c)}
        clause = padded_words(_clause_tokens(verb))
        if objs & set(data["claim_objects"]) or "responsib" in clause or _claims_role(verb) or _claimed_by(verb):
            return kind
        subj = _antecedent(subject_of(verb))
        own = subj is not None and _actor_at(actors, _subtree(subj)) is not None
        return kind if own and _claims_own_act(verb, subj, actors) else None
    if kind in (None, "threat") and _vows_justice(verb):
        return "condemnation"
    if kind == "threat" and not _names_threat_object(verb):
        return None
    if kind == "denial" and not _denies_what_was_said(verb):
        return None
    if kind is None and _holds_responsible(verb) is not None:
        return "accusation"
    if kind is None and _demands_ransom(verb):
        return "threat"
    if kind is None and (_judges_the_attack(verb) or _slams_the_attack(verb)):
        return "condemnation"
    if kind is None and _reporting(lemma):
        subj = _antecedent(subject_of(verb))
        group = subj is not None and (_actor_at(actors, _subtree(subj)) is not None or _bare_own_group(subj))
        said = padded_words(t for t in _said_tokens(verb) if not _contrast(t))
        negated = any(f" {w} " in said for w in ("none", "not", "no", "never", "n't", "nobody"))
        # a passive ('X is believed to be behind it') tells what others say of the group, no word of its own
        if group and not negated and not passive(verb) and _claims_own_act(verb, subj, actors):
            return "claim_responsibility"
        if _harbourer(verb, actors) is not None:
            return "accusation"
        if not negated and _calls_reports_false(verb):
            return "denial"
        if _denies_a_deed(verb):
            return "denial"
        outlet = _outlet_of(subj, actors) or _close_outlet(subj, actors)
        if not negated and outlet is not None and _tells_an_attack(verb):
            return "claim_responsibility"
        if not negated and (_own_forces_struck(verb) or _state_media_strike(verb)):
            return "claim_responsibility"
        if not negated and (
            _sponsor_of_attackers(verb) is not None
            or _reported_attacker(verb) is not None
            or _attack_by(verb, actors) is not None
            or _belonging_attacker(verb) is not None
            or _identified_attackers(verb, actors) is not None
            or _suspected_of(verb) is not None
            or _said_responsible(verb, actors) is not None
        ):
            return "accusation"
        if _threatens(verb):
            return "threat"
    if kind is None and (_reacts_to_attack(verb) or _offers_condolences(verb)):
        return "condemnation"
    return kind


def _with_compounds(noun: Token) -> list[Token]:
    """A noun with the compound words before it ('the hostage-taking', read as a compound of the object)."""
    return [noun, *(t for c in noun.children if c.dep_ == "compound" and c.i < noun.i for t in _with_compounds(c))]


def _contrast(tok: Token) -> bool:
    """'fired on by security forces, not by terrorists': a 'not' that sets an alternative aside, no negated clause."""
    return tok.dep_ == "neg" and tok.head.pos_ not in ("VERB", "AUX")


def _vows_justice(verb: Token) -> bool:
    """'said the perpetrators would be pursued', 'vowed that those responsible would be hunted down and punished',
    'said the attackers would face justice': promising that whoever did it will be caught or punished condemns it."""
    lemma = verb.lemma_.lower()
    if not any(lemma in word_set("statements.json", key) for key in ("speech_verbs", "vow_verbs")):
        return False
    for clause in _said_clauses(verb, ("ccomp",)):
        subj = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        future = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "must", "shall", "'ll") for c in clause.children)
        if subj is None or not future or not _perpetrators(subj) or _negated(clause):
            continue
        if any(_brought_to_justice(v, subj) for v in [clause, *clause.conjuncts]):
            return True
    return False


def _brought_to_justice(clause: Token, subj: Token) -> bool:
    """'be pursued', 'be hunted down and punished' (the perpetrators passive), 'face justice', 'face the full force of
    the law' (active)."""
    if subj.dep_ == "nsubjpass":
        return clause.lemma_.lower() in word_set("statements.json", "justice_verbs")
    objects = word_set("statements.json", "justice_objects")
    faced = (t for c in clause.children if c.dep_ == "dobj" for t in c.subtree)
    return clause.lemma_.lower() == "face" and any(t.lower_ in objects for t in faced)


def _offers_condolences(verb: Token) -> bool:
    """'sent condolences to the families', 'expressed his horror', 'voiced solidarity with the victims': a leader's
    reaction to the attack, recorded with condemnations."""
    if verb.lemma_.lower() not in word_set("statements.json", "condolence_verbs") or _negated(verb):
        return False
    felt = word_set("statements.json", "sympathy_nouns")
    objs = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return any(o.lemma_.lower() in felt or o.lower_ in felt for o in objs)


def _names_threat_object(verb: Token) -> bool:
    """A threat verb whose own clause names what is threatened ('threatened more attacks')."""
    clause = padded_words(_clause_tokens(verb))
    return any(f" {w} " in clause for w in load_data("statements.json")["threat_objects"])


def _calls_reports_false(verb: Token) -> bool:
    """'said reports of the strike on the prison were "baseless"', 'said the accusations were lies': a speaker
    calling what was reported or alleged false denies it."""
    data = load_data("statements.json")
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if subj is not None and subj.lemma_.lower() in data["reported_things"]:
            return any(c.lower_ in data["falsity_words"] for c in said) and not _negated(clause)
    for told in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in data["reported_things"]):
        return any(t.dep_ in ("acomp", "attr") and t.lower_ in data["falsity_words"] for t in told.subtree)
    return False  # 'said reports that its jets had struck the wedding were "unfounded"', misparsed as an object


def _slams_the_attack(verb: Token) -> bool:
    """'President X slammed the "cowardly" attack': a verb that condemns only an attack as its object (a drone
    that 'slammed into' a building condemns nothing)."""
    if verb.lemma_.lower() not in word_set("statements.json", "condemning_object_verbs"):
        return False
    nouns = word_set("statements.json", "attack_nouns") | word_set("statements.json", "judged_words")
    return any(c.dep_ == "dobj" and (c.lower_ in nouns or c.lemma_.lower() in nouns) for c in verb.children)


@lru_cache(maxsize=1)
def _judged_nouns() -> frozenset[str]:
    """The words naming an attack or a deed a speaker may judge ('attack', 'act')."""
    data = load_data("statements.json")
    return frozenset(data["attack_nouns"]) | frozenset(data["judged_words"])


def _judges_the_attack(verb: Token) -> bool:
    """'called the attack "a horrible act"', 'described the stabbing as cowardly', 'branded it a
    barbaric act of terror': naming the attack with a word of condemnation condemns it."""
    data = load_data("statements.json")
    attacks = _judged_nouns()
    if _said_it_was(verb, attacks, data):
        return True
    if verb.lemma_.lower() not in data["judging_verbs"]:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if _called_what(verb, objs, attacks, data):
        return True
    judged = attacks | word_set("statements.json", "judged_events")
    small = [(o, n) for o in objs for n in o.children if n.dep_ == "nsubj" and n.lower_ in judged]
    named = [n for _, n in small] + [o for o in objs if o.lower_ in judged]
    if not named:
        return False
    after = [t for c in verb.children if c.dep_ in ("oprd", "prep", "xcomp", "acomp") for t in c.subtree]
    after += [t for o, n in small for t in o.subtree if t not in set(n.subtree)]
    after += [t for o in objs for c in o.children if c.dep_ in ("npadvmod", "appos", "oprd", "dobj") for t in c.subtree]
    after += [t for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
    if any(n.lower_ in attacks for n in named):
        return any(t.lower_ in data["condemning_words"] for t in after)
    return _morally_judged(after, data)


def _morally_judged(words: list[Token], data: dict) -> bool:
    """'called the incident "an act of barbarism"', 'an act of terror': a word of moral condemnation, or terror only
    as the 'act of' it was ('described the incident as a terrorist attack' is an assessment, not a condemnation)."""
    assessing = set(data["assessing_words"])
    moral = set(data["condemning_words"]) - assessing
    return any(
        t.lower_ in moral or (t.lower_ in assessing and t.dep_ == "pobj" and t.head.head.lower_ == "act") for t in words
    )


def _called_what(verb: Token, objs: list[Token], attacks: frozenset[str], data: dict) -> bool:
    """'foiling what he called a "cowardly" attack': the attack named, with its epithet, after 'what'."""
    if not any(o.lower_ == "what" for o in objs):
        return False
    named = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.lower_ in attacks]
    return any(t.lower_ in data["condemning_words"] for n in named for t in n.subtree)


def _reacts_to_attack(verb: Token) -> bool:
    """'said he was heartbroken', '"A barbaric attack was perpetrated ...," the president said': a speaker
    voicing grief or shock, or calling the attack by an epithet of condemnation, condemns it."""
    if verb.lemma_.lower() not in word_set("statements.json", "speech_verbs") or _negated(verb):
        return False
    return _voices_grief(verb) or _says_epithet(verb) or _names_barbarism(verb)


def _names_barbarism(verb: Token) -> bool:
    """'"Barbarism has struck again," the president told reporters': a noun only condemnation uses ('barbarism',
    'savagery', 'cowardice'), in what the speaker says."""
    nouns = word_set("statements.json", "condemning_nouns")
    return any(t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "PROPN") for t in _said_tokens(verb) if t.i != verb.i)


def _voices_grief(verb: Token) -> bool:
    """'said she was heartbroken', 'said they were shocked and saddened by the killing': the speaker's own
    (pronoun or bare institution) grief or outrage."""
    grief = word_set("statements.json", "grief_words")
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and not _negated(c)):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.pos_ == "PRON" or _bare_body(subj)):
            continue
        felt = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "conj", "attr"))]
        if any(t.lower_ in grief for t in felt):
            return True
    return False


def _says_epithet(verb: Token) -> bool:
    """'"A cowardly attack was perpetrated this morning," X said', 'said the heinous act would not go
    unanswered': what the speaker says names the attack with an epithet only condemnation uses."""
    attacks = _judged_nouns()
    epithets = word_set("statements.json", "condemning_epithets")
    said = [t for t in _said_tokens(verb) if t.i != verb.i and t.lower_ in attacks]
    return any(c.dep_ == "amod" and c.lower_ in epithets for t in said for c in t.children)


def _said_it_was(verb: Token, attacks: frozenset[str], data: dict) -> bool:
    """'X, the chancellor, said the attack was "a cowardly act"', 'said the killing was barbaric': a speaker
    saying the attack was something morally condemned condemns it (not 'was terror-related', an assessment)."""
    if verb.lemma_.lower() not in word_set("statements.json", "speech_verbs"):
        return False
    moral = set(data["condemning_words"]) - set(data["assessing_words"])
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        said = [t for c in clause.children if c.dep_ in ("attr", "acomp") for t in c.subtree]
        if subj is not None and subj.lower_ in attacks and any(t.lower_ in moral for t in said):
            return not _negated(clause)
    return False


def _claims_that_other_attack(verb: Token) -> bool:
    """'That attack was claimed by X', 'X claimed those attacks': a distal 'that'/'those' points back to
    another attack the text has just told (a past one), not the attack being reported."""
    nouns = word_set("statements.json", "attack_nouns") | word_set("statements.json", "judged_words")
    claimed = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in nouns]
    return any(d.dep_ == "det" and d.lower_ in ("that", "those") for c in claimed for d in c.children)


def _denies_what_was_said(verb: Token) -> bool:
    """'rejected the accusation', 'dismissed reports that', 'refuted it': a verb of rejecting denies only
    something said, not 'courts dismissed the cases' or 'rejected the peace plan'."""
    if verb.lemma_.lower() not in word_set("statements.json", "rejecting_verbs"):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return not objs or any(o.lemma_.lower() in word_set("statements.json", "denial_objects") for o in objs)


def _claimed_by(verb: Token) -> bool:
    """'The attack was claimed by Islamic State', 'a bombing claimed by the group': a claimed attack with
    its claimant as agent (not 'the lives claimed by the blast')."""
    agent = agent_of(verb)
    if agent is None or agent.lower_ in word_set("statements.json", "attack_nouns"):
        return False
    claimed = next((c for c in verb.children if c.dep_ == "nsubjpass"), verb.head if verb.dep_ == "acl" else None)
    return claimed is not None and claimed.lower_ in word_set("statements.json", "claim_objects")


def _habitual(verb: Token) -> bool:
    """'Al-Shabaab often claims attacks', 'the group has previously denied targeting civilians and accused
    the army': an adverb of frequency tells of a habit, not of a statement about this attack."""
    habits = word_set("statements.json", "habitual_adverbs")
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "advmod" and c.lower_ in habits for v in verbs for c in v.children)


def _unspoken(verb: Token) -> bool:
    """'The army has also been accused of killing civilians': a passive statement verb with no 'by' agent
    says nobody spoke (a cue phrase such as 'was blamed on' is read apart)."""
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # 'the two men accused of carrying out the bombing'
    return (reduced or any(c.dep_ == "nsubjpass" for c in verb.children)) and agent_of(verb) is None


def _accused_of_other(verb: Token) -> bool:
    """'Pakistan accuses Kabul of harbouring militants', 'blamed the security forces for failing to act': accused
    of a deed that is no attack (harbouring, backing, failing) says who helps whom, not who carried out this
    attack."""
    acts = word_set("participants.json", "attack_verbs") | word_set("attackers.json", "verbs") | CLAIM_ACTS
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    deeds = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for g in c.children
        if g.dep_ == "pcomp" and g.pos_ == "VERB"
    ]
    tried = [d for d in deeds if d.lemma_.lower() in ("try", "attempt", "seek")]  # 'of trying to seize a position'
    deeds += [x for d in tried for x in d.children if x.dep_ == "xcomp"]
    return bool(deeds) and not any(d.lemma_.lower() in acts or _seizes(d) for d in deeds)


def _habitual_claim(verb: Token) -> bool:
    """'IS has claimed several attacks in the area': attacks counted vaguely are a group's habit of claiming,
    not a claim of this attack."""
    data = load_data("statements.json")
    nouns = word_set("statements.json", "attack_nouns")
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.lower_ in nouns):
        dets = [c.lower_ for c in obj.children if c.dep_ in ("det", "amod", "nummod", "poss", "compound")]
        if not dets or any(d in data["habitual_determiners"] for d in dets):
            return True
    return False


def _holds_responsible(verb: Token) -> Token | None:
    """'We hold the government and the high command responsible for this attack', 'police held the gang
    responsible': the one held responsible (however the parser hangs 'responsible')."""
    if verb.lemma_.lower() != "hold" or verb.pos_ != "VERB":
        return None
    small = next((c for c in verb.children if c.lower_ == "responsible"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and small is not None:
        obj = next((c for c in small.children if c.dep_ == "nsubj"), None)
    if obj is None:
        return None
    near = [*verb.children, *(t for o in [obj, *obj.conjuncts] for t in o.subtree)]
    return obj if any(t.lower_ == "responsible" for t in near) else None


def _before_responsible(span: Span) -> Span:
    """'the gang responsible' -> 'the gang': the accused without the word that accuses them."""
    cut = next((t.i for t in span if t.lower_ == "responsible" and t.i > span.start), None)
    return span.doc[span.start : cut] if cut is not None else span


def _claims_role(verb: Token) -> bool:
    """'claiming to be the assailants', 'claimed to be the authors of the attack'."""
    roles = word_set("statements.json", "claim_roles")
    return any(
        c.lemma_.lower() == "be" and any(a.dep_ in ("attr", "acomp") and a.lower_ in roles for a in c.children)
        for c in verb.children
        if c.dep_ == "xcomp"
    )


def _claims_own_act(verb: Token, speaker: Token, actors: Sequence[ActorMention]) -> bool:
    """'ISWAP said its fighters had carried out the attack', 'the Houthis said they had attacked a
    ship', 'said it was responsible': the speaker's own side is the subject of an attack or of
    'responsible'. 'said four of its fighters had been martyred' is not a claim."""
    acts = word_set("participants.json", "attack_verbs") | CLAIM_ACTS
    own = _actor_at(actors, _subtree(speaker))
    for clause in _said_clauses(verb, ("ccomp", "xcomp")):
        if _done_by_own(clause, own, actors) or _attacker_was_own(clause, own, actors):
            return True
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None and clause.dep_ == "xcomp":
            subj = speaker
        if subj is None:
            continue
        subj = _member_of(subj)
        the_group = _the_own_group(subj) or any(c.dep_ == "poss" and _the_own_group(c) for c in subj.children)
        person = own.kind == "individual" if own is not None else speaker.ent_type_ == "PERSON"
        others = (person and subj.lower_ in ("they", "it")) or _done_to_own(clause)  # '"They killed my lawyer"'
        mine = (
            (subj.lower_ in OWN_PRONOUNS and not others)
            or the_group
            or any(c.lower_ in OWN_POSSESSIVES for c in subj.children)
            or (own is not None and _same_actor(_actor_at(actors, _subtree(subj)), own))
            or _own_member(subj, own, actors)
        )
        responsible = any(c.lower_ in ("responsible", "behind") for c in clause.children)
        act = any(
            (v.lemma_.lower() in acts or _seizes(v)) and v.tag_ not in ("VBZ", "VBP")
            for v in [clause, *clause.conjuncts]
        )
        if mine and (act or responsible):
            return True
    return False


def _same_actor(found: ActorMention | None, own: ActorMention) -> bool:
    """Two mentions of one group ('the Islamic State group said ... two soldiers of the Islamic State')."""
    return found is not None and found.canonical == own.canonical


def _own_member(tok: Token, own: ActorMention | None, actors: Sequence[ActorMention]) -> bool:
    """'its fighters', 'one of our mujahideen', 'two soldiers of the Islamic State' (the speaker's own group): the
    speaker's own men."""
    tok = _member_of(tok)
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES | {"our"} for c in tok.children):
        return tok.lower_ in word_set("statements.json", "member_nouns")
    owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return own is not None and any(_same_actor(_actor_at(actors, _subtree(g)), own) for g in owners)


def _done_by_own(clause: Token, own: ActorMention | None, actors: Sequence[ActorMention]) -> bool:
    """'"The attack was carried out by one of our infiltrators," the spokesman said': an attack done by the speaker's
    own men, told in the passive."""
    acts = attack_verbs() | CLAIM_ACTS
    if clause.lemma_.lower() not in acts or _negated(clause):
        return False
    agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_own_member(a, own, actors) for a in agents)


def _attacker_was_own(clause: Token, own: ActorMention | None, actors: Sequence[ActorMention]) -> bool:
    """'said the attacker was "one of its fighters"', 'said the gunman was a soldier of the Islamic State': the
    attacker named as one of the speaker's own claims the attack."""
    if clause.lemma_.lower() != "be" or _negated(clause):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    attackers = word_set("attackers.json", "heads") | word_set("statements.json", "perpetrator_nouns")
    if subj is None or subj.lower_ not in attackers:
        return False
    return any(_own_member(c, own, actors) for c in clause.children if c.dep_ == "attr")


def _done_to_own(clause: Token) -> bool:
    """'They killed my lawyer', 'they attacked our positions': a deed done to the speaker's own is no claim."""
    objs = [c for c in clause.children if c.dep_ == "dobj"]
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for o in objs for c in o.children)


def _said_clauses(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The clauses a speech verb reports: its complements, and the 'that' clause the parser hangs on the
    statement it was said in ('said in a statement that its fighters had overrun the base')."""
    clauses = [c for c in verb.children if c.dep_ in deps]
    nouns = word_set("statements.json", "message_nouns") | {"statement", "statements", "post"}
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in nouns):
            clauses += [
                a
                for a in noun.children
                if a.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
            ]
    return clauses


def _the_own_group(tok: Token) -> bool:
    """'the group', 'the movement' ('the group's naval forces'): the speaker's own organisation."""
    return _own_noun(tok) and any(c.lower_ == "the" for c in tok.children)


def _bare_own_group(tok: Token) -> bool:
    """'The group said it had carried out the attack': 'the group' alone, not 'the group Iran says it struck' nor 'the
    al Qaeda-linked group' (its affiliate)."""
    return _the_own_group(tok) and all(c.dep_ in ("det", "relcl", "punct") for c in tok.children)


def _seizes(verb: Token) -> bool:
    """'his fighters had taken control of the town', 'its men overran the base': seizing a place by force
    is the attack itself when a group tells of it."""
    lemma = verb.lemma_.lower()
    if lemma in word_set("statements.json", "seizure_verbs"):
        return True
    nouns = word_set("statements.json", "control_nouns")
    return lemma in word_set("statements.json", "control_verbs") and any(
        c.dep_ == "dobj" and c.lower_ in nouns for c in verb.children
    )


def _own_forces_struck(verb: Token) -> bool:
    """'CENTCOM said its forces had conducted a precision strike', '"We conducted the strike," the
    command said': any speaker (an army, a ministry) telling of its own forces' single strike claims it."""
    nouns = word_set("statements.json", "attack_nouns")
    strikes = word_set("statements.json", "force_strike_verbs")
    for clause in _said_clauses(verb, ("ccomp", "parataxis")):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        strikers = word_set("statements.json", "own_strikers")
        own = subj is not None and (
            subj.lower_ == "we"
            or (
                (_force_noun(subj) or subj.lower_ in strikers)
                and any(c.lower_ in OWN_POSSESSIVES | {"our"} for c in subj.children)
            )
        )
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        act = clause.lemma_.lower() in CLAIM_ACTS and obj is not None and obj.lower_ in nouns and obj.tag_ == "NN"
        aimed_at = obj is not None and (obj.ent_type_ != "PERSON" or (subj is not None and subj.lower_ in strikers))
        struck = clause.lemma_.lower() in strikes and aimed_at  # 'its aircraft had struck Maqdah': a targeted strike
        if ((own and (act or struck)) or _force_struck_it(verb, subj, clause, obj)) and not any(
            c.dep_ == "neg" for c in clause.children
        ):
            return True
    return False


def _state_media_strike(verb: Token) -> bool:
    """'Iranian state media reported that the country's forces had destroyed two strongholds', 'Russian state
    TV said Russian troops struck a depot': a state's media telling of that state's own forces striking."""
    outlet = subject_of(verb)
    data = load_data("statements.json")
    if outlet is None or outlet.lower_ not in data["state_media_nouns"]:
        return False
    if not any(c.lower_ in ("state", "state-run", "official") for c in outlet.children):
        return False
    nation = {c.lower_ for c in outlet.children if c.ent_type_ in ("NORP", "GPE")}
    strikes = set(data["force_strike_verbs"]) | set(data["state_strike_verbs"]) | CLAIM_ACTS
    for clause in _said_clauses(verb, ("ccomp",)):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        own = (
            subj is not None
            and _force_noun(subj)
            and any(c.lower_ in nation or c.lower_ in data["own_country_words"] for c in subj.children)
        )
        acts = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj", "advcl"))]
        if own and any(a.lemma_.lower() in strikes and not _negated(a) for a in acts):
            return True
    return False


def _force_struck_it(verb: Token, subj: Token | None, clause: Token, obj: Token | None) -> bool:
    """'Ukraine's military said it had struck the depot', 'the Israeli army said it hit a Hezbollah site': a
    state's force telling that it struck a place claims the strike (not 'it killed ten militants')."""
    speaker = subject_of(verb)
    if subj is None or subj.lower_ not in ("it", "they") or speaker is None or not _force_noun(speaker):
        return False
    national = any(c.ent_type_ in ("NORP", "GPE") for c in speaker.children)
    strikes = word_set("statements.json", "force_strike_verbs")
    return national and clause.lemma_.lower() in strikes and obj is not None and obj.ent_type_ != "PERSON"


def _member_of(subj: Token) -> Token:
    """'one of its members', 'two of our fighters': the group a counted subject belongs to."""
    if subj.lemma_.lower() not in ("one", "some", "two", "three", "several", "many") and subj.pos_ != "NUM":
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), subj) if of is not None else subj


def _demands_ransom(verb: Token) -> bool:
    """'the kidnappers called the family and demanded a ransom': a ransom demand threatens the
    hostages, so it is a threat by whoever demands it."""
    if verb.lemma_.lower() not in word_set("statements.json", "ransom_verbs"):
        return False
    nouns = word_set("statements.json", "ransom_nouns")
    return any(t.lemma_.lower() in nouns for t in _clause_tokens(verb) if t.i != verb.i)


def _threatens(verb: Token) -> bool:
    """'They said they would kill the hostages': a speaker announcing violence to come."""
    harm = word_set("participants.json", "attack_verbs") | {"kill", "behead", "execute", "harm"}
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in harm):
        if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in clause.children):
            return True
    return False


def _passive_conjunct(clause: Token) -> bool:
    """'the guards were abducted and killed by a gang': a verb joined to a passive one shares its auxiliary."""
    return clause.dep_ == "conj" and passive(clause.head) and clause.tag_ == "VBN"


def _reported_attacker(verb: Token) -> Token | None:
    """'The mayor said Ukrainian forces had fired rockets at the city', 'He suggested the damage was
    caused by a Russian missile', 'said soldiers may have staged the kidnapping': a speaker naming who attacked
    is an accusation of them ('its forces struck' tells of the speaker's own side)."""
    if not _reporting(verb.lemma_.lower()):
        return None
    attack = (
        word_set("participants.json", "attack_verbs")
        | word_set("statements.json", "dropped_verbs")
        | word_set("statements.json", "staging_verbs")
        | word_set("statements.json", "killing_verbs")
    )
    clauses = [_past_seeming(c) for c in _said_clauses(verb, ("ccomp",))]
    clauses += [c for said in clauses for c in said.conjuncts if c.pos_ == "VERB" and c.i > said.i]
    for clause in (c for c in clauses if c.lemma_.lower() in attack or c.lower_ in attack or _used_force(c)):
        if habitual(clause):
            continue
        if passive(clause) or _passive_conjunct(clause):
            agent = next(
                (g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
            )
            agent = _aircraft_owner(agent) if agent is not None else None
            own = agent is not None and any(c.lower_ in OWN_POSSESSIVES for c in agent.children)
            if agent is not None and not own and _accusable(agent) and not _anonymous(agent):
                return agent
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None and clause.dep_ == "conj":  # '... had forced their way in and opened fire'
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or clause.lemma_.lower() == "cause" or any(c.lower_ in OWN_POSSESSIVES for c in subj.children):
            continue
        if not _aimed(clause) or _searches(clause):
            continue
        if subj.lower_ in word_set("statements.json", "attack_nouns"):
            subj = _attack_owner(subj)
        if subj is not None and _accusable(_whole_of(subj)) and not _anonymous(subj):
            return subj
    return None


def _deed_lemmas() -> frozenset[str]:
    """Verbs telling the attack itself ('fired', 'dropped', 'staged', 'murdered')."""
    return (
        word_set("participants.json", "attack_verbs")
        | word_set("statements.json", "dropped_verbs")
        | word_set("statements.json", "staging_verbs")
        | word_set("statements.json", "killing_verbs")
        | word_set("statements.json", "force_strike_verbs")
    )


def _denies_a_deed(verb: Token) -> bool:
    """'said the Myanmar air force had not dropped bombs on Chinese territory', 'said its jets had not struck any
    target': a speaker saying a named side (its own, or one it speaks for) did not do the attack denies it."""
    for clause in (c for c in _said_clauses(verb, ("ccomp",)) if _negated(c)):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or clause.lemma_.lower() not in _deed_lemmas() or habitual(clause):
            continue
        own = subj.lower_ in ("it", "we") or any(c.lower_ in OWN_POSSESSIVES | {"our"} for c in subj.children)
        if own or (_accusable(_whole_of(subj)) and not _anonymous(subj) and subj.ent_type_ != "PERSON"):
            return True
    return False


def _used_force(verb: Token) -> bool:
    """'police may have used excessive force against detainees', 'used live ammunition against protesters': force
    used against people is the attack told."""
    if verb.lemma_.lower() != "use" or not any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return False
    means = word_set("statements.json", "force_means")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in means for c in verb.children)


def _sponsor_of_attackers(verb: Token) -> Token | None:
    """'said the attackers had allegedly been paid to carry out the attack by people opposed to the reforms', 'said
    the gunmen were hired by a local politician': whoever paid, hired or sent the attackers is accused."""
    if not _reporting(verb.lemma_.lower()):
        return None
    attackers = word_set("attackers.json", "heads") | word_set("statements.json", "perpetrator_nouns")
    clauses = _said_clauses(verb, ("ccomp",))
    clauses += [c for s in clauses for c in s.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for clause in (c for c in clauses if c.lemma_.lower() in word_set("statements.json", "sponsor_verbs")):
        paid = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        if paid is None or paid.lower_ not in attackers or _negated(clause):
            continue
        by = next((t for t in clause.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")), None)
        sponsor = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if sponsor is not None and sponsor.pos_ in ("NOUN", "PROPN"):
            return sponsor
    return None


def _searches(verb: Token) -> bool:
    """'Security forces had launched an operation to find the perpetrators', 'police launched a manhunt', 'troops
    had set up checkpoints': a search for the attackers, not an attack."""
    nouns = word_set("statements.json", "search_nouns")
    particles = load_data("statements.json")["harmless_phrasal"].get(verb.lemma_.lower(), [])
    if any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _aimed(verb: Token) -> bool:
    """'had fired rockets at the city', 'shot the guard'; not 'was driving home': an act with an object or a
    target, unless the verb is violent in itself ('the gunmen struck')."""
    if verb.lemma_.lower() in word_set("attackers.json", "person_attack_verbs"):
        return True
    return any(
        c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "against"))
        for c in verb.children
    )


def _past_seeming(clause: Token) -> Token:
    """'the bombs appeared to have been dropped by X', 'the shells were believed to have been fired by X': the verb
    a verb of seeming (or a passive verb of belief) leads to."""
    believed = passive(clause) and clause.lemma_.lower() in word_set("statements.json", "belief_verbs")
    if clause.lemma_.lower() not in word_set("statements.json", "seem_verbs") and not believed:
        return clause
    return next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), clause)


def _aircraft_owner(agent: Token) -> Token:
    """'dropped by a drone belonging to the Sudanese Armed Forces', 'a jet flown by the air force': the
    aircraft's owner, who attacked; the agent itself otherwise."""
    launchers = word_set("attackers.json", "state_force_nouns") | word_set("statements.json", "projectile_nouns")
    if agent.lower_ not in launchers:
        return agent
    for verb in (
        c for c in agent.children if c.dep_ == "acl" and c.lemma_.lower() in word_set("statements.json", "owner_verbs")
    ):
        owner = next(
            (g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"), None
        )
        if owner is not None:
            return owner
    return agent


def _attack_owner(attack: Token) -> Token | None:
    """'Myanmar military drone strike kills 11, group says', 'a Russian strike killed five': whose attack it
    was, a nation or force named before the attack noun; None when none is named."""
    before = [t for t in attack.subtree if t.i < attack.i]
    return next((t for t in before if t.ent_type_ in ("NORP", "GPE", "ORG") or _force_noun(t)), None)


def _belonging_attacker(verb: Token) -> Token | None:
    """'Relatives said the kidnappers were believed to belong to a faction of the Sinaloa Cartel': a
    speaker saying whom the attackers, or the drone or jet that struck ('said the drone belonged to the
    RSF'), belong to or are members of accuses that group."""
    if not _reporting(verb.lemma_.lower()):
        return None
    attackers = (
        word_set("attackers.json", "heads")
        | word_set("statements.json", "force_nouns")
        | word_set("attackers.json", "state_force_nouns")
    )
    for clause in _said_clauses(verb, ("ccomp",)):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in attackers:
            continue
        for tok in clause.subtree:
            cue = (tok.lemma_.lower() == "belong" and "to") or (tok.lemma_.lower() == "member" and "of")
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == cue), None) if cue else None
            group = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if group is not None:
                return group
        if (group := _attackers_from(clause)) is not None:
            return group
    return None


def _attackers_from(clause: Token) -> Token | None:
    """'said the militants were likely from the Jaish-e-Mohammed group': attackers said to come from a group (not a
    place: 'were from Zamfara') are said to belong to it."""
    if clause.lemma_.lower() != "be":
        return None
    holders = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    froms = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    groups = [g for p in froms for g in p.children if g.dep_ == "pobj" and _accusable(g)]
    return next((g for g in groups if g.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")), None)


def _identified_attackers(verb: Token, actors: Sequence[ActorMention]) -> Token | None:
    """'A police officer said the attackers were likely bandits from Zamfara', 'the gunmen were Fano
    militiamen': a speaker saying which group or side the attackers were accuses them ('the attacker was a
    28-year-old man' tells who one attacker was)."""
    if not _reporting(verb.lemma_.lower()):
        return None
    attackers = word_set("attackers.json", "heads") | word_set("statements.json", "anonymous_attackers")
    for said in (c for c in verb.children if c.dep_ == "ccomp"):
        clause = _seemed_to_be(said)
        if clause is None:
            continue
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in clause.children if c.dep_ == "attr"), None)
        if subj is None or attr is None or not (subj.lower_ in attackers or _perpetrators(subj)) or _negated(clause):
            continue
        if _actor_at(actors, _subtree(attr)) is not None or (attr.tag_ == "NNS" and _named_side(attr, attackers)):
            return attr
        if _perpetrators(subj) and (_serves(attr) or (_accusable(attr) and not _anonymous(attr))):
            return attr  # '"The organisers of the provocation are Svoboda," the minister said'
    return None


def _seemed_to_be(said: Token) -> Token | None:
    """The copula of 'the attackers were X' or of 'the attackers appeared to have been X' (hedged by the seem
    verb), else None."""
    if said.lemma_.lower() == "be":
        return said
    if said.lemma_.lower() not in word_set("statements.json", "seem_verbs"):
        return None
    return next((c for c in said.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), None)


def _perpetrators(subj: Token) -> bool:
    """'the perpetrators of this crime', 'those who carried out this crime', 'those behind the attack': who
    did it, named by the deed ('those' and 'people' only with a clause that tells it)."""
    if subj.lower_ not in word_set("statements.json", "perpetrator_nouns"):
        return False
    if subj.lower_ not in ("those", "people", "ones"):
        return True
    if any(c.lower_ == "responsible" for c in subj.children):
        return True  # 'those responsible'
    acts = attack_verbs() | CLAIM_ACTS | {"do", "commit"}
    told = any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in acts for c in subj.children)
    return told or any(c.dep_ == "prep" and c.lower_ == "behind" for c in subj.children)


def _serves(attr: Token) -> bool:
    """'mercenaries of foreign intelligence services', 'agents of the enemy': the ones the attackers serve."""
    if attr.lower_ not in word_set("statements.json", "part_nouns"):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pobj" for g in c.children)
        for c in attr.children
    )


def _named_side(attr: Token, attackers: frozenset[str]) -> bool:
    """'bandits from Zamfara', 'Fulani herders': attackers named by a side, not one person's identity."""
    return _accusable(attr) or (attr.lower_ in attackers and not _anonymous(attr))


def _attack_by(verb: Token, actors: Sequence[ActorMention]) -> Token | None:
    """'The SDF said four of its fighters were killed in a "cowardly attack" by "Daesh sleeper
    cells"': a speaker telling of an attack by someone accuses them (whatever the parser makes of
    the clause, the attack noun's nearest speech verb is this one)."""
    if not _reporting(verb.lemma_.lower()):
        return None
    nouns = _attack_or_attempt_nouns()
    span = tokens(verb.doc)[verb.left_edge.i : verb.right_edge.i + 1]  # holds the subtree: skip it if no noun
    if not any(t.lower_ in nouns and t.pos_ == "NOUN" for t in span):
        return None
    for noun in (t for t in verb.subtree if t.lower_ in nouns and t.pos_ == "NOUN"):
        said = next((a for a in noun.ancestors if _reporting(a.lemma_.lower())), None)
        if said is None or said.i != verb.i:
            continue
        if any(c.dep_ == "acl" and c.lemma_.lower() not in _deed_verbs() for c in noun.children):
            continue  # 'a brave attempt by police to rescue them'
        agent = _deed_doer(noun)
        if agent is not None and (_accusable(agent) or _actor_at(actors, _subtree(agent)) is not None):
            return agent
    return None


@lru_cache(maxsize=1)
def _attack_or_attempt_nouns() -> frozenset[str]:
    """The nouns for an attack or an attempt at one."""
    return word_set("statements.json", "attack_nouns") | word_set("statements.json", "attempt_nouns")


def _deed_doer(noun: Token) -> Token | None:
    """'an attack by X', 'a terrorist act committed by X', 'a cowardly act perpetrated by X': who did the deed."""
    doers = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _deed_verbs()):
        doers += [c for c in acl.children if c.dep_ == "agent"]
    return next((g for by in doers for g in by.children if g.dep_ == "pobj"), None)


@lru_cache(maxsize=1)
def _deed_verbs() -> frozenset[str]:
    """Participles telling who did a deed ('committed by', 'carried out by', 'perpetrated by')."""
    return attack_verbs() | word_set("statements.json", "staging_verbs") | CLAIM_ACTS | {"commit"}


def _anonymous(tok: Token) -> bool:
    """'About 15 gunmen opened fire, the army said': attackers known only as gunmen or militants are the
    story told, not someone accused; 'Fulani gunmen', 'fighters loyal to X', 'gunmen from a rival gang'
    name a side."""
    if tok.lower_ not in word_set("attackers.json", "heads") | word_set("statements.json", "anonymous_attackers"):
        return False
    named = any(
        c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN" or (c.dep_ == "prep" and c.lower_ == "from")
        for c in tok.children
    )
    return not named and _leader_of(tok) is tok


def _accusable(tok: Token) -> bool:
    """Someone who can be blamed: a named actor, a nation's forces, armed men; not 'a bomb', nor 'Barbarism' (struck
    again), which the parser may take for a name."""
    if tok.lemma_.lower() in word_set("statements.json", "condemning_nouns"):
        return False
    if tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
        return True
    if _force_noun(tok) or _armed_body(tok):
        return True
    return any(c.ent_type_ in ("NORP", "GPE") for c in tok.children)


def _armed_body(tok: Token) -> bool:
    """'the terrorist organisation', 'an extremist group': a body named by what it is as an armed group."""
    bodies = word_set("statements.json", "armed_bodies")
    kinds = word_set("statements.json", "armed_body_kinds")
    return tok.lower_ in bodies and any(c.dep_ in ("amod", "compound") and c.lower_ in kinds for c in tok.children)


def find_statements(sent: Span, actors: Sequence[ActorMention]) -> list[FoundStatement]:
    """Statements made in one sentence, one per (type, speaker)."""
    found: list[FoundStatement] = []
    for tok in span_tokens(sent):
        if tok.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        kind = _classify(tok, sent, actors) if tok.pos_ != "NOUN" else None
        if kind is None or _negated(tok):
            continue
        found.append(_make(kind, tok, sent, actors))
        if kind == "condemnation" and _reporting(tok.lemma_.lower()) and _attack_by(tok, actors) is not None:
            found.append(_make("accusation", tok, sent, actors))  # '"a cowardly act perpetrated by X," he said'
    found += _phrase_statements(sent, actors, found)
    if not any(f.statement.type == "claim_responsibility" for f in found):
        found += _first_person_claims(sent) or _attackers_messages(sent)
    if not found:
        found += _hedged_assessments(sent, actors) or _quoted_accusations(sent, actors)
    return _dedupe(found)


QUOTE_REACH = 3


def _quoted_accusations(sent: Span, actors: Sequence[ActorMention]) -> list[FoundStatement]:
    """'"Love always wins," he said. "This was an unsuccessful attempt by forces who do not want to see Ethiopia
    united."': a sentence wholly inside a quotation that tells of the attack by someone accuses them, spoken by
    whoever the quotation is attributed to in the same paragraph."""
    first = next((t for t in span_tokens(sent) if not t.is_space), None)
    if (
        first is None
        or not (first.is_quote or _in_open_quote(first))
        or any(not _quoted(t, sent) for t in span_tokens(sent) if _reporting(t.lemma_.lower()))
    ):
        return []
    agent = _deed_agent(sent) or _cleft_agent(sent)
    teller = _quote_teller(sent) if agent is not None else None
    if agent is None or teller is None:
        return []
    found = _make("accusation", teller, teller.sent, actors)
    target = _bracketed(_unhedged(phrase(agent, keep_preps=False)))
    actor = _actor_at(actors, target)
    root = sent.root
    st = found.statement.model_copy(
        update={
            "target": as_written(actor) if actor is not None else target.text,
            "content": sent.text.strip().strip('"“”')[:MAX_CONTENT],
            "hedged": _hedged(root),
            "evidence": [evidence(sent.doc, sent.start_char, sent.end_char)],
        }
    )
    return [FoundStatement(st, root.i, found.speaker_actor, actor.canonical if actor is not None else None)]


def _deed_agent(sent: Span) -> Token | None:
    """'an attempt by forces who ...', 'a cowardly attack by terrorists' (not 'an attempt by police to rescue them'):
    who did the deed the sentence names."""
    nouns = word_set("statements.json", "attack_nouns") | word_set("statements.json", "attempt_nouns")
    for noun in (t for t in span_tokens(sent) if t.pos_ == "NOUN" and t.lower_ in nouns):
        if any(c.dep_ == "acl" and c.lemma_.lower() not in attack_verbs() for c in noun.children):
            continue  # 'an attempt by police to rescue the hostages'
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if agent is not None and _accusable(agent):
            return agent
    return None


def _cleft_agent(sent: Span) -> Token | None:
    """'It is the settlers from the settlements around us who do this', 'It was Hamas that fired the rockets': the one
    a cleft sentence singles out as the doer of the deed."""
    root = sent.root
    if root.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children):
        return None
    deeds = _deed_verbs() | {"do"}
    named = next((c for c in root.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    if named is None:
        return None
    clauses = [t for t in root.subtree if t.i > named.i and t.dep_ in ("relcl", "ccomp") and _relative_subject(t)]
    clause = next(iter(clauses), None)  # the parser may hang it on a noun after the named one, or on the copula
    return named if clause is not None and clause.lemma_.lower() in deeds and not _negated(clause) else None


def _relative_subject(verb: Token) -> bool:
    """'who do this', 'that fired the rockets': a clause whose subject is a relative pronoun."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in verb.children)


def _quote_teller(sent: Span) -> Token | None:
    """The speech verb a quotation is attributed to: in the sentence that closes it ('..., he said'), or, for a
    quotation that goes on from one attributed just before, in that sentence; in the same paragraph."""
    doc = sent.doc
    after, at = [], sent.end
    while at < len(doc) and len(after) < QUOTE_REACH and "\n\n" not in doc[at - 1].whitespace_ + doc[at - 1].text:
        after.append(doc[at].sent)
        at = after[-1].end
    for other in after:
        verb = _after_closing_quote(other)
        if verb is not None:
            return verb
        if any(t.is_quote for t in other):
            break  # closed with no attribution: it goes on from the one before
    return _teller_before(sent)


def _teller_before(sent: Span) -> Token | None:
    """'"They came in the night," X said. "... We have no doubt who did this. It is the settlers ..."': a quotation
    that goes on from one attributed a few sentences before in the same paragraph."""
    doc, at = sent.doc, sent.start
    for _ in range(QUOTE_REACH):
        if at == 0 or "\n\n" in doc[at - 1].text:
            return None
        before = doc[at - 1].sent
        verb = _after_closing_quote(before)
        if verb is not None:
            return verb
        at = before.start
    return None


def _after_closing_quote(sent: Span) -> Token | None:
    """'..., he said': a speech verb with its subject after a quotation mark in the sentence."""
    marks = [t.i for t in span_tokens(sent) if t.is_quote]
    verb = next((t for t in span_tokens(sent) if _reporting(t.lemma_.lower()) and marks and marks[0] < t.i), None)
    return verb if verb is not None and subject_of(verb) is not None else None


def _first_person_claims(sent: Span) -> list[FoundStatement]:
    """'we killed three soldiers' outside quotation marks (not a quotation closing later in the sentence): a
    group's own communique claims the attack; 'we carried the wounded' is no attack."""
    acts = attack_verbs()
    for tok in span_tokens(sent):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ == "VERB" else None
        if subj is None or tok.lemma_.lower() not in acts or _negated(tok) or not _first_person(subj):
            continue
        carried = tok.lemma_.lower() != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
        text = parsed_text(sent.doc)
        before, after = text[sent.start_char : subj.idx], text[subj.idx : sent.end_char]
        if carried and before.count('"') % 2 == 0 and after.count('"') % 2 == 0:
            ev = evidence(sent.doc, sent.start_char, sent.end_char)
            return [
                FoundStatement(
                    Statement(type="claim_responsibility", speaker=subj.text, hedged=_hedged(tok), evidence=[ev]), tok.i
                )
            ]
    return []


def _attackers_messages(sent: Span) -> list[FoundStatement]:
    """'the guerrillas sent a communique', 'the kidnappers released a video': a message from the unnamed
    attackers claims the attack (GTD's letter, call, video or note)."""
    heads = word_set("attackers.json", "heads")
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("statements.json", "message_verbs"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        sent_msg = any(
            c.dep_ == "dobj" and c.lower_ in word_set("statements.json", "message_nouns") for c in verb.children
        )
        if subj is not None and subj.lower_ in heads and sent_msg and not _negated(verb):
            ev = evidence(sent.doc, sent.start_char, sent.end_char)
            return [
                FoundStatement(
                    Statement(
                        type="claim_responsibility", speaker=phrase(subj).text, hedged=_hedged(verb), evidence=[ev]
                    ),
                    verb.i,
                )
            ]
    return []


def _first_person(subj: Token) -> bool:
    """'we', or a noun of 'our' ('our forces', 'our units')."""
    return subj.lower_ == "we" or any(c.lower_ == "our" and c.dep_ == "poss" for c in subj.children)


def _hedged_assessments(sent: Span, actors: Sequence[ActorMention]) -> list[FoundStatement]:
    """'Police said the attack was "possibly" terror-related': a hedged statement about the attack,
    kept (type other) so the hedge is not lost."""
    speech = word_set("statements.json", "speech_verbs")
    about = word_set("statements.json", "assessment_words")
    out = []
    for verb in span_tokens(sent):
        if verb.lemma_.lower() not in speech or verb.pos_ != "VERB":
            continue
        clause = _clause_tokens(verb)
        if _hedged(verb) and any(t.lemma_.lower() in about for t in clause):
            out.append(_make("other", verb, sent, actors))
            break
    return out


def _phrase_statements(sent: Span, actors: Sequence[ActorMention], found: list[FoundStatement]) -> list[FoundStatement]:
    """Multi-word cues: 'took responsibility', 'pointed fingers at', 'no evidence'."""
    data = load_data("statements.json")
    text = _lower_text(sent)
    words = set(text.split(" "))
    out: list[FoundStatement] = []
    for kind, key in (
        ("claim_responsibility", "take_responsibility"),
        ("accusation", "accusation_phrases"),
        ("denial", "denial_phrases"),
        ("dispute", "dispute_phrases"),
        ("condemnation", "condemnation_phrases"),
        ("threat", "threat_phrases"),
    ):
        for cue in (cue for cue, first, padded in _padded_cues(key) if first in words and padded in text):
            verb = _cue_verb(sent, cue)
            if kind == "dispute" and cue in data["falsity_words"] and any(f.statement.type == "denial" for f in found):
                break  # 'said reports of the strike were "baseless"': the speaker's denial already
            if kind == "denial" and not _about_the_attack(sent, cue):
                continue
            if cue in data["link_cues"] and not _link_to_the_attack(sent, cue):
                continue
            if kind == "dispute" and _place_contested(sent, cue):
                continue
            if cue in data["evidence_cues"] and not _against_a_claim(sent, cue):
                continue
            if kind == "accusation" and (_cue_negated(sent, cue) or _asked_who(sent, cue) or _own_agent(sent, cue)):
                break
            if verb is not None and not (kind == "claim_responsibility" and _negated(verb)):
                claims = kind == "accusation" and _says_itself_behind(verb, sent, cue)
                found_st = _make("claim_responsibility" if claims else kind, verb, sent, actors)
                if kind == "accusation" and found_st.statement.target is None:
                    found_st = _with_cue_target(found_st, sent, cue, actors)
                if kind == "threat" or cue in data["deed_cues"]:  # 'said Pakistan resorted to firing': X is accused
                    teller = _teller_of(verb)
                    if teller is verb and (kind != "threat" or _unspoken_threat(verb, sent)):
                        break  # 'the volunteers pay a heavy price in the fight': nobody threatens
                    found_st = _with_threatened(_make(kind, teller, sent, actors), sent, cue, actors)
                unlinked = found_st.statement.target is None and cue in data["link_cues"]
                if kind == "accusation" and unlinked and not _linked_to_a_feud(sent, cue):
                    continue
                if not _adds_to(found_st, found):
                    break
                out.append(found_st)
            break
    return out


def _unspoken_threat(verb: Token, sent: Span) -> bool:
    """'The volunteers pay a heavy price in the fight against the jihadists': a threat phrase neither quoted nor told by
    a verb of threatening ('vowed that X would pay dearly') describes, it threatens no one."""
    threats = {v for v, kind in _verb_types().items() if kind == "threat"}
    if _quoted(verb, sent) or _in_open_quote(verb) or _reporting(verb.lemma_.lower()):
        return False  # '"...," he said', 'says the attack "will not go unpunished"'
    return not any(a.lemma_.lower() in threats for a in [verb, *verb.ancestors])


def _adds_to(new: FoundStatement, found: list[FoundStatement]) -> bool:
    """False for a cue's statement with neither speaker nor target when the verbs already gave one of its type:
    'The council accused the SDF of being behind the bombing' is one accusation, not a second, speakerless one
    that a later step would hand to the previous sentence's source."""
    st = new.statement
    return st.speaker is not None or st.target is not None or all(f.statement.type != st.type for f in found)


@lru_cache(maxsize=16)
def _padded_cues(key: str) -> tuple[tuple[str, str, str], ...]:
    """Each cue of a statements.json list with its first word (a set lookup rules most cues out) and its
    space-padded form, built once (not per cue per sentence)."""
    return tuple((cue, cue.split(" ")[0], f" {cue} ") for cue in load_data("statements.json")[key])


def _says_itself_behind(verb: Token, sent: Span, cue: str) -> bool:
    """'A little-known Fulani movement, the National Alliance ... (ANSIPRJ), also said it was behind the raid': a
    group saying 'it' or 'we' was behind the attack claims it, though no lexicon knows the group."""
    speaker = subject_of(verb) if _reporting(verb.lemma_.lower()) else None
    if speaker is None or speaker.lemma_.lower() not in word_set("statements.json", "own_nouns"):
        return False
    first = next((t for t in span_tokens(sent) if t.lower_ == cue.split()[0] and t.i > verb.i), None)
    subject = subject_of(first) if first is not None else None
    return subject is not None and subject.lower_ in ("it", "we", "they")


def _teller_of(verb: Token) -> Token:
    """The speech verb that reports `verb` ('"Hezbollah will pay," the minister said'), else `verb`."""
    return next((a for a in verb.ancestors if _reporting(a.lemma_.lower())), verb)


def _with_threatened(found: FoundStatement, sent: Span, cue: str, actors: Sequence[ActorMention]) -> FoundStatement:
    """'"Hezbollah will pay a heavy price," the minister said': the threatened is the subject of the cue's verb."""
    first = cue.split()[0]
    verb = next((t for t in span_tokens(sent) if t.lower_ == first and t.pos_ in ("VERB", "AUX")), None)
    subj = subject_of(verb) if verb is not None else None
    if subj is None or subj.pos_ == "PRON":
        return found
    span = phrase(subj, keep_preps=False)
    actor = _actor_at(actors, span)
    target = as_written(actor) if actor is not None else span.text
    st = found.statement.model_copy(update={"target": target})
    return FoundStatement(st, found.token, found.speaker_actor, actor.canonical if actor is not None else None)


def _cue_followers(sent: Span, cue: str, reach: int) -> list[Token] | None:
    """The `reach` words after the cue's first occurrence in the sentence; None when it does not occur."""
    words = cue.split()
    toks = _words(sent)
    for i in range(len(toks) - len(words) + 1):
        if [t.lower_ for t in toks[i : i + len(words)]] == words:
            return toks[i + len(words) : i + len(words) + reach]
    return None


def _linked_to_a_feud(sent: Span, cue: str) -> bool:
    """'analysts said the killing was probably linked to that struggle' (between two gangs): an attack linked to a
    feud or turf war blames its sides, even unnamed."""
    after = _cue_followers(sent, cue, 4) or []
    head = next((t for t in after if t.pos_ == "NOUN"), None)
    return head is not None and head.lemma_.lower() in word_set("statements.json", "feud_nouns")


def _place_contested(sent: Span, cue: str) -> bool:
    """'Chilpancingo has long been disputed by two drug gangs', 'gangs dispute the area': a place fought over (by
    gangs or forces), no statement disputed."""
    verb = next((t for t in span_tokens(sent) if t.lower_ == cue.split()[0] and t.pos_ == "VERB"), None)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    places = word_set("participants.json", "settlement_nouns") | word_set("statements.json", "territory_nouns")
    if subj is not None and (subj.ent_type_ in ("GPE", "LOC", "FAC") or subj.lemma_.lower() in places):
        return True
    fighters = word_set("statements.json", "force_nouns") | word_set("attackers.json", "heads")
    agent = agent_of(verb)
    return agent is not None and (agent.lemma_.lower() in fighters or agent.lower_ in fighters)


def _own_agent(sent: Span, cue: str) -> bool:
    """'a source in Ukraine's military intelligence said the attack was carried out by its drones': what the cue
    names is the speaker's own ('its', 'their', 'our'), no one accused."""
    words = cue.split()
    toks = _words(sent)
    for i in range(len(toks) - len(words) + 1):
        if [t.lower_ for t in toks[i : i + len(words)]] == words:
            after = toks[i + len(words) : i + len(words) + 4]
            head = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)
            return head is not None and any(c.lower_ in OWN_POSSESSIVES for c in head.children)
    return False


def _asked_who(sent: Span, cue: str) -> bool:
    """'Authorities have not said who was behind the attack', 'it was unclear who carried out the attack':
    a cue whose subject is 'who' asks who did it, or says no one knows."""
    first = cue.split()[0]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whoever", "what")
        for t in span_tokens(sent)
        if t.lower_ == first
        for c in (t.children if t.pos_ in ("VERB", "AUX") else t.head.children)
    )


def _cue_negated(sent: Span, cue: str) -> bool:
    """'they were not behind the attack', 'was never linked to': a cue with a negation just before it."""
    words = cue.split()
    toks = _words(sent)
    negs = word_set("statements.json", "negations")
    for i in range(len(toks) - len(words) + 1):
        if [t.lower_ for t in toks[i : i + len(words)]] == words:
            return any(t.lower_ in negs for t in toks[max(0, i - 2) : i])
    return False


def _against_a_claim(sent: Span, cue: str) -> bool:
    """'no evidence supported the claim', 'no indication that Ukraine was involved'; not 'no indication
    of a political motive' (what the police do not know) or 'gave no evidence' (said of an accuser)."""
    words = cue.split()
    toks = _words(sent)
    disputed = word_set("statements.json", "disputed_things")
    for i in range(len(toks) - len(words) + 1):
        if [t.lower_ for t in toks[i : i + len(words)]] == words:
            after = toks[i + len(words) : i + len(words) + CLAIM_REACH]
            return any(t.lower_ in disputed or t.lemma_.lower() in disputed for t in after)
    return False


def _link_to_the_attack(sent: Span, cue: str) -> bool:
    """'the attack was linked to X', 'gunmen linked to X'; not 'armed groups linked to al Qaeda control the
    north' (who is allied with whom)."""
    first = cue.split()[0]
    attackers = word_set("attackers.json", "heads") | word_set("statements.json", "anonymous_attackers")
    nouns = word_set("statements.json", "attack_nouns")
    for tok in (t for t in span_tokens(sent) if t.lower_ == first):
        said_of = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if said_of is None and tok.dep_ in ("acl", "amod"):
            said_of = tok.head
        if said_of is None and tok.dep_ == "xcomp":  # 'the module was believed to be operated by X'
            said_of = next((c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if said_of is None and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
            said_of = subject_of(tok.head)  # 'He had been in contact with the JAD network'
        said_of = _antecedent(said_of)
        plots = word_set("statements.json", "plot_nouns")
        if said_of is not None and (
            said_of.lower_ in nouns or said_of.lower_ in attackers or said_of.lower_ in plots or said_of.pos_ == "PRON"
        ):
            return True
    return False


def _about_the_attack(sent: Span, cue: str) -> bool:
    """'no connection to the bombing', 'nothing to do with it'; not 'nothing to do with al Qaeda' (who
    a victim was)."""
    words = cue.split()
    toks = _words(sent)
    nouns = word_set("statements.json", "attack_nouns")
    for i in range(len(toks) - len(words) + 1):
        if [t.lower_ for t in toks[i : i + len(words)]] == words:
            after = toks[i + len(words) : i + len(words) + 4]
            head = next((t for t in after if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            return head is not None and (head.lower_ in nouns or head.lower_ in ("it", "this", "that"))
    return False


def _with_cue_target(found: FoundStatement, sent: Span, cue: str, actors: Sequence[ActorMention]) -> FoundStatement:
    """'... was the work of the Dagoberto Ramos column': the accused is the phrase after the cue."""
    words = cue.split()
    toks = _words(sent)
    for i in range(len(toks) - len(words) + 1):
        if [t.lower_ for t in toks[i : i + len(words)]] != words:
            continue
        after = toks[i + len(words) : i + len(words) + 15]
        stop = next((n for n, t in enumerate(after) if t.text in CLAUSE_STOPS or t.is_quote), len(after))
        after = after[:stop]  # '... is behind this attack," Maduro said': the accused is not past the clause
        named = next((a for a in actors if a.kind == "group" and after and after[0].i <= a.start <= after[-1].i), None)
        things = word_set("statements.json", "attack_nouns")
        nouns = [t for t in after[:8] if t.pos_ in ("NOUN", "PROPN")]
        deed = bool(nouns) and (nouns[0].lower_ in things or nouns[0].lemma_.lower() in things)
        noun = next((t for t in nouns if t.lower_ not in things), None)
        if named is None and (noun is None or deed):  # 'the group was behind the twin bombings'
            return _with_subject_target(found, sent, toks[i], actors)
        if named is None and cue in word_set("statements.json", "link_cues") and not _blamable(_np_head(noun), actors):
            return found  # 'the attack was linked to extortion': a motive, no one accused
        span = sent.doc[named.start : named.end] if named is not None else phrase(_np_head(noun), keep_preps=False)
        actor = named or _actor_at(actors, span)
        target = actor.canonical if actor else span.text
        return FoundStatement(
            found.statement.model_copy(update={"target": target}),
            found.token,
            found.speaker_actor,
            actor.canonical if actor else None,
        )
    return found


def _np_head(tok: Token) -> Token:
    """'Pakistan' of "Pakistan's ISI", 'gangster' of "gangster Uzair Baloch's network": the head of the noun
    phrase a possessor or compound word opens."""
    while tok.dep_ in ("poss", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _with_subject_target(
    found: FoundStatement, sent: Span, cue: Token, actors: Sequence[ActorMention]
) -> FoundStatement:
    """'... suggesting the group was probably behind it', 'it appears that the ASG remnants are behind this': the
    accused of 'was behind it' is its subject, 'the group' being the group named before it."""
    subj = subject_of(cue) if cue.pos_ in ("AUX", "VERB") else None
    actor = (_the_group(subj, actors) or _actor_at(actors, _subtree(subj))) if subj is not None else None
    if actor is None and subj is not None and subj.pos_ != "PRON" and not _own_noun(subj) and _blamable(subj, actors):
        named = _bracketed(_unhedged(phrase(subj, keep_preps=False)))
        return FoundStatement(
            found.statement.model_copy(update={"target": named.text}), found.token, found.speaker_actor
        )
    if actor is None:
        return found
    target = _with_short_form(actor.canonical, actor, sent.doc)
    return FoundStatement(
        found.statement.model_copy(update={"target": target}), found.token, found.speaker_actor, actor.canonical
    )


def _cue_verb(sent: Span, cue: str) -> Token | None:
    """The verb a cue phrase hangs on: the cue's own verb, or the speech verb that governs it."""
    first = cue.split()[0]
    toks = [t for t in span_tokens(sent) if t.lower_ == first]
    if not toks:
        return None
    tok = toks[0]
    reported = next((anc for anc in tok.ancestors if _reporting(anc.lemma_.lower()) and not _reduced(anc)), None)
    if tok.pos_ in ("VERB", "AUX") and first not in ("no", "not", "without"):
        own = tok.lemma_ != "be" and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)
        return tok if own or reported is None else reported
    if reported is not None:
        return reported
    return next((anc for anc in tok.ancestors if anc.pos_ in ("VERB", "AUX")), tok)


def _believed_origin(participle: Token) -> Token | None:
    """'fighters thought to be from ISWAP were behind it' (the copula left without its subject): whom the
    attackers are believed to come from or belong to."""
    for comp in (c for c in participle.children if c.dep_ == "xcomp"):
        for prep in (c for c in comp.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "of")):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _reduced(verb: Token) -> bool:
    """'gunmen believed to belong to X': a participle with no auxiliary (which the parser may read as a past
    verb with a 'to' complement) describes its noun; it says nothing."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.tag_ == "VBN" or any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _dedupe(found: list[FoundStatement]) -> list[FoundStatement]:
    """Keep one statement per (type, speaker), preferring the one that names a target; a claimant saying it
    was 'responsible for' or 'behind' the attack claims it, it accuses no one."""
    best: dict[tuple[str, str | None, bool], FoundStatement] = {}
    for f in found:
        key = (f.statement.type, (f.statement.speaker or "").lower(), f.statement.hedged)
        old = best.get(key)
        if old is None or (old.statement.target is None and f.statement.target is not None):
            best[key] = f if old is None else _merge(old, f)
    claimants = {key[1] for key in best if key[0] == "claim_responsibility"}
    kept = [f for key, f in best.items() if not (key[0] == "accusation" and key[1] in claimants)]
    return sorted(kept, key=lambda f: f.token)


def _merge(old: FoundStatement, new: FoundStatement) -> FoundStatement:
    st = old.statement.model_copy(
        update={"target": new.statement.target, "content": old.statement.content or new.statement.content}
    )
    return FoundStatement(st, old.token, old.speaker_actor, new.target_actor)
