"""Perpetrators: named armed groups, individual attackers and states, with claimed/suspected flags.

A group mentioned in an article is a perpetrator only when the text ties it to the attack: it
claims it, is accused of or suspected of it, or is the subject of an attack verb. Speakers who deny
or condemn, victims and media outlets (Amaq) are not perpetrators.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from polybius.extract.gazetteer import load_gazetteer
from polybius.extract.lexicon import ActorMention, actor_matcher, fold, lookup
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import (
    entities,
    parsed_text,
    passive,
    per_doc,
    pluperfect,
    span_evidence,
    span_tokens,
    tokens,
)
from polybius.model import Perpetrator

NOT_GROUPS = frozenset({"GPE", "NORP", "LOC", "DATE", "PERSON"})
CLAIM_ACTS = frozenset({"carry", "conduct", "launch", "perpetrate", "execute", "stage", "mount"})
# Lemmas _claims accepts besides speech verbs: a cheap first test before a verb's children are read.
_CLAIM_LEMMAS = frozenset({"claim", "take", "assume", "accept", "admit"})
CHARGED_VERBS = frozenset({"arrest", "charge", "indict"})
ACCUSED_VERBS = frozenset({"accuse", "suspect", "charge", "implicate"})
HELD_VERBS = frozenset({"arrest", "detain", "charge", "apprehend", "indict", "capture"})
ARREST_NOUNS = frozenset({"arrest", "indictment", "conviction", "prosecution"})


@lru_cache(maxsize=4)
def _matcher(nlp: Language):

    return actor_matcher(nlp)


def find_actor_mentions(doc: Doc, nlp: Language) -> list[ActorMention]:
    """Every known actor mentioned in the document, and unlisted named groups ('the Gran Grif gang')."""
    known = _defined_otherwise(doc, _as_defined(doc, list(_matcher(nlp)(doc))))
    covered = {i for a in known for i in range(a.start, a.end)}
    units = _numbered_units(doc, known, covered)
    known += units
    covered |= {i for a in units for i in range(a.start, a.end)}
    known += _acronyms_of_known(doc, known, covered)
    unlisted = _unlisted_groups(doc, covered)
    covered |= {i for a in unlisted for i in range(a.start, a.end)}
    unlisted += _introduced_groups(doc, covered)
    found = _units_of_groups(doc, known + unlisted + _claiming_groups(doc, covered))
    return sorted(found + _group_anaphora(doc, found), key=lambda a: a.start)


def _acronyms_of_known(doc: Doc, known: list[ActorMention], covered: set[int]) -> list[ActorMention]:
    """'the Turkish-backed Syrian National Army (SNA) ... The SNA said': an acronym the text gives a known group in
    brackets, which the lexicon lacks, names that group wherever it recurs."""
    out: list[ActorMention] = []
    for m in known:
        acronym = _bracketed_acronym(doc[m.start : m.end]) if m.kind == "group" else None
        if acronym is None or m.end + 1 in covered:
            continue
        for later in _later_mentions(doc, {acronym: m.canonical}, covered):
            out.append(replace(later, canonical=m.canonical, type=m.type, parent=m.parent))
    return out


def _units_of_groups(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """'a team from the group's "Immortals Battalion"', "Hamas's Qassam Brigades": a unit the text gives to a group
    (by its name, or as 'the group's' after one is named) is that group."""
    groups = sorted((m for m in found if m.kind == "group" and m.type != "unlisted"), key=lambda m: m.start)
    out = []
    for m in found:
        owner = next((c for c in doc[m.end - 1].children if c.dep_ == "poss"), None) if m.type == "unlisted" else None
        if owner is None:
            out.append(m)
            continue
        named = next((g for g in groups if g.start <= owner.i < g.end), None)
        if named is None and owner.lower_ in word_set("attackers.json", "group_nouns"):
            named = next((g for g in reversed(groups) if g.end <= owner.i), None)
        out.append(m if named is None else replace(m, canonical=named.canonical, type=named.type, parent=named.parent))
    return out


def _group_anaphora(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """'Matamoros is the stronghold of the Gulf Cartel ... whether the cartel's gunmen were responsible': 'the cartel',
    'the gang' or 'the militia' after one group of that kind is named stands for it."""
    heads = word_set("attackers.json", "anaphoric_group_heads")
    out = []
    for tok in tokens(doc):
        if tok.pos_ != "NOUN" or not any(c.lower_ == "the" for c in tok.children):
            continue
        claiming = _claiming_group_word(tok)
        if tok.lower_ not in heads and not claiming:
            continue
        groups = [m for m in found if m.end <= tok.i and m.kind == "group"]
        if claiming:
            last = max(groups, key=lambda m: m.end, default=None)
            before = {last.canonical: last} if last is not None else {}
        else:
            before = {m.canonical: m for m in groups if _of_kind(m, tok.lower_)}
        if len(before) == 1 and not any(m.start <= tok.i < m.end for m in found):
            span = doc[tok.i : tok.i + 1]
            out.append(
                replace(
                    next(iter(before.values())),
                    start=tok.i,
                    end=tok.i + 1,
                    text=span.text,
                    start_char=span.start_char,
                    end_char=span.end_char,
                )
            )
    return out


def _claiming_group_word(tok: Token) -> bool:
    """'The group said on X that it had carried out an attack': 'the group' opening a sentence that claims an attack
    stands for the armed group named last before it."""
    opens = tok.left_edge.i == tok.sent.start  # not 'Jaish al-Adl, the group Iran says it struck'
    return tok.lower_ == "group" and tok.dep_ == "nsubj" and opens and _says_it(tok.head)


def _of_kind(m: ActorMention, head: str) -> bool:
    """Is this a group of the kind a common noun names ('Gulf Cartel' a cartel, 'the Gran Grif gang' a gang)?"""
    return m.type.startswith(head) or m.type.endswith(head) or fold(m.text).split()[-1] == head


def _introduced_groups(doc: Doc, covered: set[int]) -> list[ActorMention]:
    """'the gang known as La Agonía', 'the rival group Los Mondongueros', 'rival gangs Grand Ravine and 5 Segonn':
    a proper name an armed group noun introduces names a group the lexicon lacks, here and wherever it recurs."""
    out: list[ActorMention] = []
    names: dict[str, str] = {}
    for tok in tokens(doc):
        if not _armed_group_noun(tok):
            continue
        for run in _introduced_names(tok):
            if any(t.i in covered for t in run) or not _introduced_name(run):
                continue
            out.append(_unlisted_mention(run, run.text))
            covered.update(range(run.start, run.end))
            names[run.text] = run.text
    return out + _later_mentions(doc, names, covered)


def _introduced_name(run: Span) -> bool:
    """A name a group noun introduces, unless a date or a state body ('the militia Saturday', 'the group Interior
    Ministry'); the tagger's person and place labels do not count against it ('the gang known as La Agonía')."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in run):
        return False
    return not any(t.lower_ in word_set("attackers.json", "state_name_words") for t in run)


def _armed_group_noun(tok: Token) -> bool:
    """'gang', 'cartel', or 'group'/'faction' said to be armed, rival or criminal ('the rival group', not 'the
    rights group')."""
    if tok.pos_ != "NOUN" or tok.lower_ not in word_set("attackers.json", "introducing_group_nouns"):
        return False
    modifiers = word_set("attackers.json", "armed_group_modifiers")
    return tok.lower_ in word_set("attackers.json", "armed_group_nouns") or any(
        c.lower_ in modifiers for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")
    )


def _introduced_names(tok: Token) -> list[Span]:
    """The names right after a group noun, alone or after 'known as', 'called', 'dubbed' ('gangs X and Y': both), or
    the name the group noun stands in apposition to ('Zaire, a self-defence militia')."""
    doc = tok.doc
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
        run = _name_run(tok.head)
        common = word_set("attackers.json", "member_nouns") | word_set("attackers.json", "collectives")
        return [run] if run is not None and not any(t.lower_ in common for t in run) else []
    at = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
    for words in load_data("attackers.json")["name_introducers"]:
        if [t.lower_ for t in doc[at : at + len(words)]] == words:
            at += len(words)
            break
    else:
        at = tok.i + 1
    first = _proper_run(doc, at)
    if first is None:
        return []
    if tok.tag_ == "NNS" and first.end < len(doc) and doc[first.end].lower_ == "and":
        second = _proper_run(doc, first.end + 1)
        return [first, second] if second is not None else [first]
    return [first]


def _proper_run(doc: Doc, start: int) -> Span | None:
    """The capitalised words from `start` ('La Agonía', '5 Segonn', 'Barrio 18', 'Clan del Golfo'), at most five."""
    particles = word_set("attackers.json", "name_particles")
    end = start
    while end < len(doc) and end - start < 5:
        tok = doc[end]
        before_capital = end + 1 < len(doc) and _capital(doc[end + 1])
        inner = (tok.lower_ in particles and end > start) or (tok.like_num and end > start) or _joiner(doc, end)
        if not (_capital(tok) or (tok.like_num and before_capital) or (inner and (before_capital or tok.like_num))):
            break
        end += 1
    while end > start and not (_capital(doc[end - 1]) or doc[end - 1].like_num):
        end -= 1
    run = doc[start:end]
    return run if any(_capital(t) for t in run) else None


def _numbered_units(doc: Doc, known: list[ActorMention], covered: set[int]) -> list[ActorMention]:
    """'the 33rd Front of the FARC dissidents': a numbered unit of a named group is that group, here
    and wherever else the text names the unit ('The 33rd Front did not respond')."""
    units = word_set("attackers.json", "unit_heads")
    names: dict[str, ActorMention] = {}
    for m in known:
        of = doc[max(0, m.start - 2) : m.start]
        at = m.start - (2 if of and of[-1].lower_ == "the" else 1)
        if m.kind != "group" or at < 2 or doc[at].lower_ != "of" or doc[at - 1].lower_ not in units:
            continue
        number = doc[at - 2]
        if number.ent_type_ == "ORDINAL" or re.fullmatch(r"\d+(st|nd|rd|th)?", number.lower_):
            names[doc[at - 2 : at].text] = m
    out = []
    for form, group in names.items():
        for match in re.finditer(rf"\b{re.escape(form)}\b", parsed_text(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is not None and not any(t.i in covered for t in span):
                out.append(
                    replace(
                        group,
                        start=span.start,
                        end=span.end,
                        start_char=span.start_char,
                        end_char=span.end_char,
                        text=span.text,
                    )
                )
    return out


def _as_defined(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """An acronym the text defines ('the Ambazonia Defence Forces (ADF)') means that group throughout
    the text, whichever other group the lexicon gives it (the DRC's Allied Democratic Forces)."""
    defined: dict[str, ActorMention] = {}
    for name, acronym in pairwise(mentions):
        bracketed = acronym.start == name.end + 1 and doc[name.end].text == "(" and acronym.text.isupper()
        if bracketed and acronym.canonical != name.canonical and acronym.kind == name.kind == "group":
            defined[acronym.text] = name
    return [
        replace(m, canonical=defined[m.text].canonical, type=defined[m.text].type, parent=defined[m.text].parent)
        if m.text in defined
        else m
        for m in mentions
    ]


def _defined_otherwise(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """An ambiguous acronym the text defines as something else ('Senior Superintendent of Police (SSP)',
    'Deputy Inspector General (DIG)') is no group anywhere in the text."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    other = {m.text for m in mentions if m.ambiguous and _spelled_out(doc, m, covered)}
    return [m for m in mentions if m.text not in other]


def _spelled_out(doc: Doc, m: ActorMention, covered: set[int]) -> bool:
    """'Senior Superintendent of Police (SSP)': the acronym in brackets after words (no group) it abbreviates."""
    if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" or doc[m.end].text != ")":
        return False
    words = doc[max(0, m.start - 1 - 2 * len(m.text)) : m.start - 1]
    if any(t.i in covered for t in words):
        return False
    initials = "".join(t.text[0] for t in words if t.is_alpha and t.text[0].isupper())
    return len(m.text) > 1 and initials.endswith(m.text)


def _unlisted_groups(doc: Doc, covered: set[int]) -> list[ActorMention]:
    """A proper name followed by gang, militia, cartel, brigade, faction or column names a group ('the Gran Grif
    gang', 'the 444 Brigade'), and so does one headed by Force(s) or Front in a text about armed groups ('the
    Special Deterrence Force', 'the Levant Front'); a name given after it ('also known as Rada'), and a name of two
    words or more ('members of Los Mexicles' after 'the Los Mexicles gang'), is the same group wherever it recurs."""
    out = []
    aliases: dict[str, str] = {}
    armed = None
    for tok in tokens(doc):
        if tok.i in covered or not _group_head(tok):
            continue
        start = _name_start(doc, tok, covered)
        if start is None:
            continue
        if tok.text[:1].isupper() and _state_unit(doc[start : tok.i]):
            continue
        if tok.lower_ in _capital_heads():
            armed = any(_armed_group_noun(t) for t in tokens(doc)) if armed is None else armed
            if not armed or not _force_name(doc[start : tok.i]):
                continue
        mention = _headed_mention(doc, start, tok)
        out.append(mention)
        out += _conjoined_names(doc, start, tok, covered) if tok.tag_ == "NNS" else []
        alias = _also_known_as(doc, tok.i + 1)
        if alias is not None:
            aliases[alias.text] = mention.canonical
    out = [replace(m, canonical=aliases[m.canonical]) if m.canonical in aliases else m for m in out]
    covered |= {i for a in out for i in range(a.start, a.end)}
    recurring = {m.canonical: m.canonical for m in out if len(m.canonical.split()) > 1}
    return out + _later_mentions(doc, recurring | aliases, covered)


def _group_head(tok: Token) -> bool:
    """'gang', 'brigade', 'tribe', 'the X and Y gangs' or a capitalised 'Force(s)' or 'Front' ending a group's name."""
    if tok.lower_ in word_set("attackers.json", "group_name_heads") or tok.lower_ in _kin_heads():
        return True
    if tok.tag_ == "NNS" and tok.lemma_.lower() in word_set("attackers.json", "group_name_heads"):
        return True
    return tok.text[:1].isupper() and tok.lower_ in _capital_heads()


@lru_cache(maxsize=1)
def _capital_heads() -> frozenset[str]:
    """'Force(s)', 'Front': capitalised heads that end an armed group's name only in a text about armed groups."""
    return word_set("attackers.json", "force_name_heads") | word_set("attackers.json", "front_name_heads")


def _name_start(doc: Doc, tok: Token, covered: set[int]) -> int | None:
    """Where the proper name before a group head starts (at most four words, or a number: '444 Brigade'; a person's
    name only before a capitalised head: `_barred_tags`), or None when there is none."""
    start = _name_walk(doc, tok, covered, frozenset())
    barred = _barred_tags(tok, doc[start : tok.i])
    start = _name_walk(doc, tok, covered, barred)
    number = doc[start - 1] if start > 0 else None
    if number is not None and number.text.isdigit() and start - 1 not in covered and tok.text[:1].isupper():
        start -= 1
    if start == tok.i or (doc[start].is_upper and len(doc[start]) < 3):
        return None
    return start


def _name_walk(doc: Doc, tok: Token, covered: set[int], barred: frozenset[str]) -> int:
    """How far back from a group head its name's words reach (at most four), stopping at a tag in `barred`."""
    start = tok.i
    while start > 0 and _name_word(doc, start - 1) and start - 1 not in covered and tok.i - start < 4:
        if doc[start - 1].ent_type_ in barred:
            break
        start -= 1
    return start


def _barred_tags(head: Token, name: Span) -> frozenset[str]:
    """The tagger's labels that end a name before a group head: a place's or a person's, except before a capitalised
    head ('the Tariq Bin Ziyad Brigade') or a kin group's ('the Sikin tribe'), or in a name a particle joins ('the
    Familia do Norte gang'), whose words the tagger labels at random."""
    particles = word_set("attackers.json", "name_particles")
    if head.lower_ in _kin_heads() or any(t.lower_ in particles and t.is_lower for t in name):
        return frozenset({"DATE", "TIME", "NORP"})
    if _article_name(name):
        return frozenset({"DATE", "TIME", "NORP"})
    return NOT_GROUPS - {"PERSON"} if head.text[:1].isupper() else NOT_GROUPS


def _article_name(name: Span) -> bool:
    """'the Los Mexicles and Los Chapos gangs': a name opening with a capitalised Spanish or Portuguese article
    that names no place the gazetteer knows ('Los Angeles'), whose words the tagger labels at random."""
    words = [t for t in name if not t.is_punct]
    if len(words) < 2 or words[0].is_lower or words[0].lower_ not in word_set("attackers.json", "name_articles"):
        return False
    return not load_gazetteer().lookup(" ".join(t.text for t in words))


@lru_cache(maxsize=1)
def _kin_heads() -> frozenset[str]:
    """'tribe', 'clans': heads of kin groups, whose names the tagger often takes for people's."""
    return word_set("attackers.json", "kin_group_heads")


def _name_word(doc: Doc, i: int) -> bool:
    """A word of a group's name: a proper noun, or a capitalised word between proper nouns that the tagger reads as
    something else ('A' of 'the Comando Classe A gang')."""
    tok = doc[i]
    inner = i > 0 and doc[i - 1].pos_ == "PROPN" and bool(doc[i - 1].whitespace_)
    capital = inner and tok.is_alpha and tok.text[:1].isupper()  # the tagger may even start a sentence there
    joined = inner and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and tok.is_lower
    return tok.pos_ == "PROPN" or capital or (joined and tok.lower_ in word_set("attackers.json", "name_particles"))


def _conjoined_names(doc: Doc, start: int, head: Token, covered: set[int]) -> list[ActorMention]:
    """'the Sikin and Kaekin tribes', 'the Los Shottas and Los Espartanos gangs': a plural head ends each name
    joined before it, every one a group of its own."""
    out = []
    barred = _barred_tags(head, doc[start : head.i])
    while start >= 2 and doc[start - 1].lower_ in ("and", ",") and start - 2 not in covered:
        end = start - 1
        start = end
        while start > 0 and _name_word(doc, start - 1) and doc[start - 1].ent_type_ not in barred:
            start -= 1
        if start < end and _article_name(doc[start - 1 : end]) and doc[start - 1].ent_type_ in barred:
            start -= 1
        if start == end or start - 1 in covered:
            break
        out.append(_unlisted_mention(doc[start:end], doc[start:end].text))
    return out


def _state_unit(name: Span) -> bool:
    """'the 101st Infantry Brigade', 'the Rapid Intervention Battalion', 'the Armed Police Battalion': a unit an
    ordinal or a state or army word marks is the state's, not an armed group."""
    words = {t.lower_ for t in name}
    blockers = word_set("attackers.json", "force_name_blockers") | word_set("attackers.json", "state_unit_words")
    return bool(words & (blockers | word_set("attackers.json", "state_name_words"))) or any(
        t.ent_type_ == "ORDINAL" or (t.lower_[-2:] in ("st", "nd", "rd", "th") and t.lower_[:1].isdigit()) for t in name
    )


def _force_name(name: Span) -> bool:
    """'Special Deterrence': a name before 'Force' that no state word marks ('Border Security', 'Nigerian Air')
    and that is more than generic words ('Special', 'Rapid Action')."""
    words = {t.lower_ for t in name}
    if words & (word_set("attackers.json", "force_name_blockers") | word_set("attackers.json", "state_name_words")):
        return False
    if any(t.ent_type_ in ("NORP", "GPE") for t in name):
        return False
    return bool(words - word_set("attackers.json", "force_name_generic"))


def _headed_mention(doc: Doc, start: int, head: Token) -> ActorMention:
    """The mention of a name and its head: a capitalised head is part of the name ('444 Brigade'), a lower-case
    one is not ('the Gran Grif gang': Gran Grif)."""
    name = doc[start : head.i + 1] if head.text[:1].isupper() else doc[start : head.i]
    span = doc[start : head.i + 1]
    return ActorMention(
        start, head.i + 1, span.start_char, span.end_char, span.text, name.text, "group", "unlisted", None
    )


def _also_known_as(doc: Doc, at: int) -> Span | None:
    """'..., also known as Rada', '... (Rada)': another name given right after a group's name."""
    at += at < len(doc) and doc[at].text == ","
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
        return _proper_run(doc, at + 1)
    for words in load_data("attackers.json")["name_introducers"]:
        if [t.lower_ for t in doc[at : at + len(words)]] == words:
            at += len(words)
            return _proper_run(doc, at + (at < len(doc) and doc[at].lower_ == "the"))
    return None


def _claiming_groups(doc: Doc, covered: set[int]) -> list[ActorMention]:
    """A capitalised name the lexicon lacks that claims an attack ('Weichan Auka Mapu claimed
    responsibility', 'Ittehad-ul-Mujahideen Pakistan (IMP) said it carried out the attack') names a
    group; its later mentions, by name or by the acronym given in brackets, are the same group."""
    out: list[ActorMention] = []
    names: dict[str, str] = {}
    for verb in tokens(doc):
        subj = _named_claimant(_claimant(verb)) if verb.pos_ in ("VERB", "AUX") else None
        run = _bracketed_name(subj) if subj is not None and subj.i not in covered else None
        if run is None or not _group_name(run) or any(t.i in covered for t in run) or _part_of_known(subj, covered):
            continue
        out.append(_unlisted_mention(run, run.text))
        covered.update(range(run.start, run.end))
        names[run.text] = run.text
        acronym = _bracketed_acronym(run)
        if acronym is not None:
            names[acronym] = run.text
    return out + _later_mentions(doc, names, covered)


def _named_claimant(subj: Token | None) -> Token | None:
    """'A little-known Fulani movement, the National Alliance for ... (ANSIPRJ), said it was behind the raid': the
    name set beside a group noun claims, not the noun."""
    if subj is None or subj.pos_ != "NOUN" or subj.lower_ not in word_set("attackers.json", "group_nouns"):
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)


def _bracketed_name(tok: Token) -> Span | None:
    """The capitalised run at a token, stretched over lower-case links ('for the', 'of', 'and the') to an acronym in
    brackets when one follows ('the National Alliance for the Safeguard of Fulani Identity (ANSIPRJ)')."""
    run = _name_run(tok)
    if run is None:
        return None
    doc, end = tok.doc, run.end
    links = {"of", "for", "the", "and"} | word_set("attackers.json", "name_particles")
    while end < min(len(doc), run.start + 16) and (_capital(doc[end]) or doc[end].lower_ in links):
        end += 1
    if end > run.end and _capital(doc[end - 1]) and _bracketed_acronym(doc[run.start : end]) is not None:
        return doc[run.start : end]
    return run


def _part_of_known(subj: Token, covered: set[int]) -> bool:
    """'the Dandakaranya Special Zonal Committee of the Communist Party of India (Maoist) claimed': a body of
    a group the lexicon knows speaks for that group."""
    return any(t.i in covered for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)


def _claimant(verb: Token) -> Token | None:
    """The subject of a claim of an attack: 'X claimed responsibility/the attack', 'X took responsibility',
    'X said it (had) carried out the attack'; None when negated or no noun subject."""
    lemma = verb.lemma_.lower()
    if lemma not in _CLAIM_LEMMAS and lemma not in word_set("statements.json", "speech_verbs"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not _claims(verb):
        return None
    return subj


def _claims(verb: Token) -> bool:
    """Does this verb claim an attack for its subject?"""
    lemma = verb.lemma_.lower()
    objs = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    if lemma == "claim" and objs & word_set("statements.json", "claim_objects"):
        return True
    if lemma in ("take", "assume", "accept", "admit") and "responsibility" in objs:
        return True
    if lemma not in word_set("statements.json", "speech_verbs"):
        return False
    acts = word_set("participants.json", "attack_verbs") | CLAIM_ACTS
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        own = subj is not None and subj.lower_ in _own_pronouns(verb)
        if (
            own
            and not any(c.dep_ == "neg" for c in clause.children)
            and not _inquiry(clause)
            and (clause.lemma_.lower() in acts or any(c.lower_ in ("responsible", "behind") for c in clause.children))
        ):
            return True
    return False


def _own_pronouns(verb: Token) -> tuple[str, ...]:
    """The pronouns by which a speaker tells of itself: 'they' only for a plural name ('the Forces said they
    attacked'), not 'Mondlane said: "They killed my lawyer"', where they are others."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    plural = subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_.endswith("s"))
    return ("it", "they", "we") if plural else ("it", "we")


def _inquiry(clause: Token) -> bool:
    """'The FBI said it had opened a civil rights investigation', 'it has launched a criminal case': an authority
    starting an inquiry claims no attack ('opened' is an attack verb only with 'fire')."""
    objects = {c.lower_ for c in clause.children if c.dep_ == "dobj"}
    return bool(objects & word_set("attackers.json", "inquiry_nouns")) or (
        clause.lemma_.lower() == "open" and "fire" not in objects
    )


def _name_run(tok: Token) -> Span | None:
    """The capitalised words around a token, in text order, joined by hyphens or particles
    ('Ittehad-ul-Mujahideen Pakistan'); None when the token is not capitalised."""
    doc = tok.doc
    if not _capital(tok):
        return None
    start, end = tok.i, tok.i + 1
    while start > 0 and (_capital(doc[start - 1]) or _joiner(doc, start - 1)):
        start -= 1
    while end < len(doc) and (_capital(doc[end]) or _joiner(doc, end)):
        end += 1
    while start < end and not _capital(doc[start]):
        start += 1
    while end > start and not _capital(doc[end - 1]):
        end -= 1
    return doc[start:end] if end > start else None


def _capital(tok: Token) -> bool:
    """A capitalised word that is not a sentence-initial article ('The')."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop


def _joiner(doc: Doc, i: int) -> bool:
    """A hyphen, or a lower-case particle between hyphens ('ul' in 'Ittehad-ul-Mujahideen')."""
    tok = doc[i]
    if tok.text == "-" and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
        return True
    return tok.is_lower and len(tok) <= 3 and 0 < i < len(doc) - 1 and doc[i - 1].text == "-" and doc[i + 1].text == "-"


def _group_name(run: Span) -> bool:
    """A name that can be an armed group: not a place, nationality, date or a person, and no state body nor a
    country the tagger left unlabelled ('Russia says it targeted a meeting of commanders')."""
    ents = {t.ent_type_ for t in run}
    if ents and ents <= {"GPE", "NORP", "LOC", "DATE", "TIME"}:
        return False
    if load_gazetteer().named_country(run.text) is not None:
        return False
    if any(t.lower_ in word_set("attackers.json", "state_name_words") for t in run):
        return False
    return "PERSON" not in ents or _called_group(run)


def _called_group(run: Span) -> bool:
    """'Weichan Auka Mapu, a radical Mapuche group': a name the tagger takes for a person, set beside a group noun."""
    heads = word_set("attackers.json", "group_nouns")
    return any(t.dep_ == "appos" and t.lower_ in heads for tok in run for t in tok.children)


def _bracketed_acronym(run: Span) -> str | None:
    """'Ittehad-ul-Mujahideen Pakistan (IMP)': the acronym in brackets right after a name."""
    doc = run.doc
    if run.end + 2 < len(doc) and doc[run.end].text == "(" and doc[run.end + 2].text == ")":
        word = doc[run.end + 1]
        if word.is_upper and word.is_alpha and len(word) >= 2:
            return word.text
    return None


def _later_mentions(doc: Doc, names: dict[str, str], covered: set[int]) -> list[ActorMention]:
    """Every other occurrence of a claiming group's name or acronym, as a mention of that group."""
    out = []
    for form, name in names.items():
        for match in re.finditer(rf"\b{re.escape(form)}\b", parsed_text(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(t.i in covered for t in span):
                continue
            out.append(_unlisted_mention(span, name))
            covered.update(range(span.start, span.end))
    return out


def _unlisted_mention(span: Span, name: str) -> ActorMention:
    """A mention of a group the lexicon lacks, under the name the text gives it."""
    return ActorMention(
        span.start, span.end, span.start_char, span.end_char, span.text, name, "group", "unlisted", None
    )


def _attack_role(head: Token, verbs: frozenset[str] | None = None) -> bool:
    """Is this token (or the noun it modifies) the subject or agent of an attack verb, or, with the default
    verbs, the doer of an attack noun ('the FMLN's attack', 'the attack by the FMLN')? 'members of X', 'a
    group of terrorists from X' and 'X guerrillas' lead to the noun they modify."""
    nouns = verbs is None
    verbs = verbs or attack_verbs()
    node = _acting_noun(head)
    if node.dep_ == "nsubj":
        acts = [v for v in _with_conjuncts(node.head) if v.lemma_.lower() in verbs]
        if acts:
            return not habitual(acts[0]) and not _perfect_record(acts[0])
    if nouns and (_fought_back(head) or _fought_back(node) or _between_sides(head)):
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "by":
        verb = node.head.head
        if (nouns and _record_of_attacks(verb)) or _provoked(verb):
            return False
        return verb.lemma_.lower() in verbs or (nouns and (attack_noun(verb) or left_weapon(verb) or _holds(verb)))
    clash = _side_of_clash(node) or _in_clash_subject(head) or _pitted(node)
    return nouns and ((node.dep_ == "poss" and attack_noun(node.head)) or clash)


def _with_conjuncts(verb: Token) -> list[Token]:
    """'members of X had forced their way into a cell block ... and opened fire': a verb and the verbs joined to it
    that have no subject of their own, which therefore share its subject."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [verb, *(c for c in joined if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]


def _provoked(verb: Token) -> bool:
    """'Junta spokesman X said troops had been attacked by fighters of the KIA': a state telling that its forces had
    been attacked before gives its reason for striking; those it names attacked earlier, not in this attack."""
    forces = _force_words()
    own = any(c.dep_ == "nsubjpass" and c.lower_ in forces for c in verb.children)
    earlier = pluperfect(verb)
    speech = verb.head
    if not (
        own
        and earlier
        and verb.dep_ == "ccomp"
        and speech.lemma_.lower() in word_set("statements.json", "speech_verbs")
    ):
        return False
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    state = forces | word_set("attackers.json", "state_speaker_heads") | word_set("attackers.json", "state_name_words")
    return speaker is not None and any(t.lower_ in state for t in speaker.subtree)


def _perfect_record(verb: Token) -> bool:
    """'The Islamic State group has also carried out bombings in the area in the past': attacks in the plural
    that a group has carried out, in a perfect tense, are its record, not this attack."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return perfect and any(o.tag_ == "NNS" and attack_noun(o) for o in objects)  # 'dozens of attacks' too


def _record_of_attacks(noun: Token) -> bool:
    """'The region has seen frequent attacks by X', 'previous attacks by X': attacks in the plural, told as a record
    (a word like 'frequent' or a perfect tense), are not this attack."""
    if not attack_noun(noun) or noun.tag_ != "NNS":
        return False
    if any(c.lower_ in word_set("attackers.json", "record_modifiers") for c in noun.children if c.dep_ == "amod"):
        return True
    verb = noun.head  # 'the region has seen / witnessed / suffered attacks by X'
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and noun.dep_ == "dobj" and verb.lemma_.lower() in ("see", "witness", "suffer", "experience", "face")


def _side_of_clash(node: Token) -> bool:
    """'clashes between X and Y', 'the fighting broke out between cells of the CJNG and the Carteles Unidos
    alliance', 'X clashed with Y', 'X and Y exchanged fire': a side named as the subject of a clash verb or after
    'between' or 'with' of a clash noun or verb (or of the verb a clash noun is subject of); 'fighting against X'
    names X as the target."""
    while node.dep_ in ("appos", "conj") and node.head is not node:
        node = node.head  # 'between rival gangs Grand Ravine and 5 Segonn', 'the army and the paramilitary RSF'
    if node.dep_ == "nsubj":
        return _clash_verb(node.head) and not habitual(node.head) and not _backdrop(node.head)
    if _fell_in_clash(node):
        return True
    if node.dep_ != "pobj" or node.head.lower_ not in ("between", "with"):
        return False
    owner = node.head.head  # 'clashes between', 'clashed with', or 'the fighting broke out between'
    subj = next((c for c in owner.children if c.dep_ == "nsubj"), None) if owner.pos_ == "VERB" else None
    if _backdrop(owner):
        return False
    return _clash_noun(owner) or _clash_verb(owner) or (subj is not None and _clash_noun(subj))


def _fell_in_clash(node: Token) -> bool:
    """'a top commander of the LeT was killed in a gunfight with security forces', 'X fighters were killed in clashes
    with the army': a group whose men fell in a clash with a state's forces was one of its sides."""
    verbs = [node.head] if node.dep_ == "nsubjpass" else [c for c in node.children if c.dep_ == "acl"]
    if node.dep_ == "pobj":  # 'after a commander of the LeT was killed', which the parser garbles
        after = node.doc[node.right_edge.i + 1 : min(node.sent.end, node.right_edge.i + 5)]
        verbs += [t for t in after if t.tag_ == "VBN"][:1]
    harm = word_set("attackers.json", "victim_object_verbs")
    clashes = [
        g
        for v in verbs
        if v.tag_ == "VBN" and v.lemma_.lower() in harm
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if _clash_noun(g)
    ]
    foes = [f for g in clashes for p in g.children if p.lower_ == "with" for f in p.children if f.dep_ == "pobj"]
    forces = _force_words()
    return any(f.lower_ in forces for f in foes)


def _backdrop(node: Token) -> bool:
    """'The strike came as Hezbollah and Israel traded fire across the border', 'the attack came amid clashes between
    X and Y', 'a state where X and Y fight for control': fighting told as the time or setting of the attack, or in
    the present of a clause describing a place, is its backdrop, not the attack."""
    if node.dep_ == "relcl" and node.tag_ in ("VB", "VBP", "VBZ") and not any(c.dep_ == "aux" for c in node.children):
        return True
    if node.dep_ == "pobj" and node.head.lower_ in ("amid", "amidst"):
        main = node.head.head
    elif node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in node.children):
        main = node.head
    else:
        return False
    return any(c.dep_ == "nsubj" and (attack_noun(c) or c.lower_ in ("it", "this")) for c in main.children)


def _pitted(node: Token) -> bool:
    """'The clashes pitted X against Y', 'X, battling Y since Monday': the object of 'pit', the side after its
    'against', and the object of a finite clash verb ('X fighters battled Y') are sides; not the foe of a relative
    clause in the present, which describes a war, not this attack."""
    while node.dep_ in ("appos", "conj") and node.head is not node:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "against":
        node = node.head.head
        while node.dep_ in ("acl", "relcl") and node.lemma_.lower() != "pit":
            node = node.head  # 'pitted X, led by Y, against Z', where the parser hangs 'against' on 'led'
        return node.lemma_.lower() == "pit" or (node.dep_ == "dobj" and node.head.lemma_.lower() == "pit")
    if node.dep_ != "dobj":
        return False
    verb = node.head
    # past the headline, a clash verb in the present ('its fighters also battle the Taliban') tells of a war
    told = verb.tag_ == "VBD" or (verb.tag_ in ("VBZ", "VBP") and verb.sent.start == 0)
    finite = told and verb.lemma_.lower() in word_set("attackers.json", "clash_verbs")
    described = verb.dep_ == "relcl" and verb.tag_ != "VBD"  # 'Somalia, where its troops fight al Shabaab'
    return verb.lemma_.lower() == "pit" or (finite and not described and any(c.dep_ == "nsubj" for c in verb.children))


def _between_sides(head: Token) -> bool:
    """'Clashes erupted on Friday in the X district between the G9 federation, led by ..., and the rival G-Pep
    alliance': a name after the 'between' of a clause about a clash is a side, wherever the parser hangs it."""
    sent = head.sent
    for tok in reversed(head.doc[max(sent.start, head.i - 25) : head.i]):
        if tok.lower_ == "between":
            return _in_clash_clause(tok)
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.text in (";", ":"):
            return False
    return False


def _in_clash_clause(tok: Token) -> bool:
    """Does the phrase of `tok` hang, within its own clause, on a clash ('clashes erupted in the district between'),
    not on a clause of its own ('fighting resumed after talks between X and Y collapsed')?"""
    for a in tok.ancestors:
        if _clash_noun(a) or _clash_verb(a) or _clash_subject(a):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _clash_subject(verb: Token) -> bool:
    """A verb whose subject is a clash noun ('fighting broke out', 'clashes erupted')."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and _clash_noun(c) for c in verb.children)


def _clash_noun(tok: Token) -> bool:
    """'clashes', 'a gunfight', 'an exchange of fire', 'fighting' (which the tagger may read as a verb)."""
    noun = tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
    return noun and tok.lower_ in word_set("attackers.json", "clash_nouns")


def fights(verb: Token) -> bool:
    """'Kyrgyz and Tajik forces fought', 'gunmen clashed with police': a clash verb told of this fighting, whose
    subject is a side of it."""
    return _clash_verb(verb) and not habitual(verb) and not _backdrop(verb)


def _clash_verb(verb: Token) -> bool:
    """'clashed', 'fought', 'exchanged fire', 'engaged in a shootout': a verb of two sides fighting."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in word_set("attackers.json", "clash_verbs"):
        return True
    fire = word_set("attackers.json", "fire_nouns")
    traded = verb.lemma_.lower() in ("exchange", "trade")
    if traded and any(c.lower_ in fire for c in verb.children if c.dep_ == "dobj"):
        return True
    return any(_clash_noun(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children)


def _fought_back(node: Token) -> bool:
    """'members of the Santa Rosa de Lima Cartel, which responded with high-calibre rifles', 'X returned fire', 'X
    fired back': the side that fought back is a side of the clash."""
    if node.dep_ == "nsubj" and _returned_fire(node.head):
        return True
    clauses = [c for c in node.children if c.dep_ == "relcl" and _returned_fire(c)]
    return any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for c in clauses for s in c.children)


def _returned_fire(verb: Token) -> bool:
    """'responded with rifles', 'returned fire', 'fired back', 'shot back', 'retaliated' (not negated)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    arms = word_set("attackers.json", "return_fire_nouns")
    if lemma == "respond":
        return any(g.lower_ in arms for c in verb.children if c.lower_ == "with" for g in c.children)
    if lemma == "return":
        return any(c.dep_ == "dobj" and c.lower_ in arms for c in verb.children)
    back = any(c.lower_ == "back" for c in verb.children)
    return lemma in ("retaliate", "counterattack") or (back and lemma in ("fire", "shoot"))


def _in_clash_subject(head: Token) -> bool:
    """'members of the gang known as X and of the rival group Y exchanged fire': a name anywhere in the subject of a
    clash verb, or before a clash verb the parser leaves without a subject (no other finite verb between), is a side."""
    if any(
        a.dep_ == "nsubj" and _clash_verb(a.head) and not habitual(a.head) and not _backdrop(a.head)
        for a in (head, *head.ancestors)
    ):
        return True
    for tok in head.doc[head.i + 1 : head.sent.end]:
        if _clash_verb(tok):  # a finite verb: not 'al-Shabaab, fighting the government since 2006'
            return tok.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.text in (";", ":"):
            return False
    return False


def _holds(verb: Token) -> bool:
    """'two women who have been held by the Extraditables since December', 'the hostages held by Hamas':
    people held by someone are their captives."""
    if verb.lemma_.lower() not in ("hold", "keep"):
        return False
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
    patients = [_antecedent_of(p) for p in patients]
    people = word_set("participants.json", "victim_nouns") | {"people", "women", "hostages", "captives"}
    return any(p.lower_ in people or p.ent_type_ == "PERSON" for p in patients)


def _antecedent_of(tok: Token) -> Token:
    """'women who have been held': the noun a relative pronoun stands for."""
    return tok.head.head if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" else tok


def _acting_noun(head: Token) -> Token:
    """The noun phrase a group mention acts through: 'X guerrillas', 'members of X', 'a group of
    terrorists from X', "X's gunmen", or the mention itself."""
    node = head
    for _ in range(4):
        if node.dep_ in ("compound", "amod", "nmod", "nummod") and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        elif _named_by(node):
            node = node.head.head if node.head.dep_ == "acl" else node.head.head.head
        elif (
            node.dep_ == "pobj"
            and node.head.lower_ in ("of", "from")
            and node.head.head.pos_ in ("NOUN", "PROPN")
            and not attack_noun(node.head.head)
        ):
            node = node.head.head
        elif node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        elif node.dep_ == "poss" and node.head.lower_ in _agent_nouns():
            node = node.head  # "the cartel's gunmen", "Hamas's fighters"
        else:
            break
    return node


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    """Nouns for the people through whom a group acts: attackers, members, fighters."""
    return word_set("attackers.json", "heads") | word_set("attackers.json", "member_nouns")


def _named_by(node: Token) -> bool:
    """'militiamen known as Macawisley', 'a gang called Los Pepes': the name stands for the noun it names."""
    verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "as" else node.head
    naming = node.dep_ in ("oprd", "dobj", "pobj") and verb.lemma_.lower() in ("know", "call", "name", "dub")
    return naming and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")


@lru_cache(maxsize=1)
def attack_verbs() -> frozenset[str]:
    """Verbs whose subject or 'by' agent attacked: those of participants.json and attackers.json."""
    return word_set("participants.json", "attack_verbs") | word_set("attackers.json", "verbs")


def left_weapon(verb: Token) -> bool:
    """'an explosive device abandoned by X', 'the bomb was placed by X', 'X placed 11 bombs': a weapon left
    by someone."""
    if verb.lemma_.lower() not in word_set("attackers.json", "weapon_verbs"):
        return False
    weapons = word_set("attackers.json", "weapon_nouns")
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        patients.append(verb.head)
    return any(p.lower_ in weapons for p in patients)


def attack_noun(tok: Token, person: bool = False) -> bool:
    """A noun naming an attack ('attack', 'bombing', 'murder'); for what a person ordered, not one of the
    nouns that also name police or army work ('operations', 'offensive')."""
    lemma = tok.lemma_.lower()
    if person and lemma in word_set("attackers.json", "campaign_nouns"):
        return False
    return tok.pos_ == "NOUN" and lemma in word_set("attackers.json", "attack_nouns")


def habitual(verb: Token) -> bool:
    """'have carried out attacks on security forces in recent months', 'has seized 14 townships since
    launching an offensive', 'has been fighting the military for decades' are a record, not this attack."""
    if any(c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() == "attack" for c in verb.children):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    since = [c for c in verb.children if c.lower_ == "since" and c.dep_ in ("prep", "mark")]
    since += [m for c in verb.children if c.dep_ == "advcl" for m in c.children if m.lower_ == "since"]
    lasting = word_set("attackers.json", "duration_nouns")
    since += [c for c in verb.children if c.lower_ == "for" and any(g.lower_ in lasting for g in c.children)]
    return perfect and bool(since)


def _suspected(doc: Doc, mention: ActorMention) -> bool:
    """'suspected Boko Haram fighters', 'believed to be ISWAP', 'apparently by ELN guerrillas', 'alleged Shining
    Path members murdered'; not 'suspected members of AQAP' or 'three suspected al Qaeda members' when they
    are not the attackers, which say who the victims of a strike were."""
    window = doc[max(0, mention.start - 4) : mention.start]
    members = word_set("attackers.json", "member_nouns")
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    if _presumed_members(doc, mention.start) or _attributed(doc[mention.end - 1]):
        return True
    root = _mention_root(doc, mention)
    if _inquiry_focus(doc, mention) or _linked_attackers(_acting_noun(root)) or _object_of_suspicion(root):
        return True
    if (after in members or any(t.lower_ in members for t in window)) and not _attack_role(doc[mention.end - 1]):
        return False
    cues = word_set("attackers.json", "suspect_cues")
    return any(t.lower_ in cues for t in window) and not any(t.dep_ == "neg" for t in window)


def _mention_root(doc: Doc, mention: ActorMention) -> Token:
    """The word of a mention the parse hangs the rest on ('State' in 'Islamic State in the Greater Sahara')."""
    span = doc[mention.start : mention.end]
    return next((t for t in span if not mention.start <= t.head.i < mention.end or t.head == t), span[-1])


def _inquiry_focus(doc: Doc, mention: ActorMention) -> bool:
    """'the New IRA was their main line of inquiry', 'treating ISGS as the main suspect', 'focusing their
    investigation on X', 'with the New IRA the focus of detectives': the group the investigation looks at."""
    node = _acting_noun(_mention_root(doc, mention))
    verb = node.head
    if node.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        return any(c.dep_ == "attr" and _focus_noun(c) for c in verb.children)
    if node.dep_ == "dobj" and verb.lemma_.lower() in word_set("attackers.json", "regarding_verbs"):
        return any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and _focus_noun(g) for g in c.children)
            for c in verb.children
        )
    if node.dep_ == "pobj" and verb.lower_ == "on":
        owner = verb.head.head if verb.head.dep_ == "dobj" else verb.head
        return owner.lemma_.lower() in word_set("attackers.json", "focusing_verbs")
    if node.dep_ == "pobj" and verb.lower_ == "with":
        after = next((t for t in doc[mention.end : mention.end + 4] if t.pos_ not in ("DET", "ADJ")), None)
        return after is not None and _focus_noun(after)
    return False


def _object_of_suspicion(tok: Token) -> bool:
    """'sources said they suspected fighters from Islamist groups, including the Macina Liberation Front': a group
    in what someone suspects (the object of 'suspect', through 'of', 'from', 'including' and lists)."""
    node = tok
    for _ in range(8):
        if node.dep_ == "dobj":
            verb = node.head
            return verb.lemma_.lower() == "suspect" and not any(c.dep_ == "neg" for c in verb.children)
        if node.dep_ not in ("pobj", "prep", "appos", "conj") or node.head is node:
            return False
        node = node.head
    return False


def _focus_noun(tok: Token) -> bool:
    """'focus', 'prime suspect', 'line of inquiry': what the investigation is said to look at."""
    if tok.lower_ in word_set("attackers.json", "focus_nouns"):
        return True
    inquiry = word_set("attackers.json", "inquiry_nouns")
    return tok.lower_ in ("line", "lines") and any(t.lower_ in inquiry for t in tok.subtree)


def _linked_attackers(node: Token) -> bool:
    """'the attackers were possibly working with fighters of Boko Haram', 'the gunmen were linked to Ansaru': a
    group the attackers are tied to is suspected."""
    if node.dep_ != "pobj" or node.head.lower_ not in ("with", "to"):
        return False
    verb = node.head.head
    if verb.lemma_.lower() not in word_set("attackers.json", "link_verbs") or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _attacker_nouns() for c in verb.children)


def attributed(head: Token) -> bool:
    """Is an attack laid at this name's door (`_attributed`)?"""
    return _attributed(head)


def _attributed(head: Token, person: bool = False) -> bool:
    """'the Medellin cartel planned the attack', 'X ordered the assassination', 'the attack was ordered by X',
    'X is responsible for these attacks', 'X are behind this criminal attack', 'following orders from X', 'X were
    involved': the attack is laid at X's door. A person acts as itself (not 'the name of X is behind it') and
    needs a clear attack ('ordered the killing', not 'directed operations' or 'was involved with criminals')."""
    node = head if person else _acting_noun(head)
    if node.dep_ == "pobj" and node.head.lower_ in ("from", "of") and node.head.head.lemma_.lower() == "order":
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "by" and _planned(node.head.head, person):
        return True
    if node.dep_ == "pobj" and _laid_on(node.head):
        return True
    if node.dep_ == "nsubjpass" and node.head.lemma_.lower() == "involve" and not person:
        return not any(c.dep_ == "neg" for c in node.head.children)
    if node.dep_ == "nsubjpass" and _hedged_behind(node.head, person):
        return True
    if node.dep_ == "pobj" and _suspicion_on(node.head):
        return True
    if node.dep_ != "nsubj":
        return False
    verb = node.head
    if verb.lemma_.lower() in word_set("attackers.json", "plan_verbs"):
        return any(c.dep_ == "dobj" and attack_noun(c, person) for c in verb.children)
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # 'the Taliban were not responsible'
    return responsible(verb, bare=not person) or (
        verb.lemma_.lower() == "be"
        and any(
            c.lower_ == "behind" and any(_the_attack(g, person) for g in c.children if g.dep_ == "pobj")
            for c in verb.children
        )
    )


def _hedged_behind(verb: Token, person: bool = False) -> bool:
    """'The X gang is believed to be behind the abduction', 'X is thought to be responsible', 'X is widely believed
    to have carried out the attack', 'X was suspected of carrying out the killing': a subject said by hedge to
    have done it."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma in ACCUSED_VERBS:
        done = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children]
        return any(attack_noun(g, person) or _attack_act(g) for g in done)
    if lemma not in word_set("attackers.json", "hedge_verbs"):
        return False
    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return False
    if clause.lemma_.lower() == "be":
        return responsible(clause, bare=True) or any(
            c.lower_ == "behind" and any(_the_attack(g, person) for g in c.children if g.dep_ == "pobj")
            for c in clause.children
        )
    return _attack_act(clause)


def _the_attack(tok: Token, person: bool = False) -> bool:
    """What one is behind: an attack noun, or 'it', 'this', 'them' standing for the attack."""
    return attack_noun(tok, person) or (tok.pos_ == "PRON" and tok.lower_ in ("it", "this", "them", "these"))


def _attack_act(verb: Token) -> bool:
    """'carried out', 'staged', 'planted', 'attacked': a verb that does an attack."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in attack_verbs() | CLAIM_ACTS


def _suspicion_on(prep: Token) -> bool:
    """'Suspicion immediately fell on Boko Haram', 'suspicion centred on the ELN', 'the finger was pointed at X':
    the one suspicion lands on is suspected."""
    pairs: dict[str, list[str]] = load_data("attackers.json")["suspicion_verbs"]
    verb = prep.head
    if prep.lower_ not in pairs.get(verb.lemma_.lower(), []) or any(c.dep_ == "neg" for c in verb.children):
        return False
    nouns = word_set("attackers.json", "suspicion_nouns")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in nouns for c in verb.children)


def _laid_on(prep: Token) -> bool:
    """'Petro blamed the attack on the EMC', 'officials pinned it on X', 'attributed the bombing to X': the 'on'
    or 'to' of a verb of blame whose object is the attack."""
    pairs: dict[str, list[str]] = load_data("attackers.json")["blame_verbs"]
    owner = prep.head
    verb = owner.head if owner.dep_ == "dobj" else owner
    if prep.lower_ not in pairs.get(verb.lemma_.lower(), []):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any((o.pos_ == "PRON" or attack_noun(o)) and not _earlier_act(o) for o in objects)


def _blamed_for_earlier(head: Token) -> bool:
    """'At the time, officials blamed that abduction on X': X is blamed for an earlier act, not for this one."""
    node = _acting_noun(head)
    if node.dep_ != "pobj" or node.head.lower_ not in ("on", "to"):
        return False
    owner = node.head.head
    verb = owner.head if owner.dep_ == "dobj" else owner
    if verb.lemma_.lower() not in load_data("attackers.json")["blame_verbs"]:
        return False
    return any(c.dep_ == "dobj" and _earlier_act(c) for c in verb.children)


def _earlier_act(noun: Token) -> bool:
    """'blamed that abduction on X', 'the earlier attack', 'the 2019 bombing': an act the text sets before this one."""
    words = word_set("attackers.json", "earlier_act_words")
    return any(
        (c.dep_ in ("det", "amod") and c.lower_ in words) or (c.like_num and len(c.text) == 4 and c.i < noun.i)
        for c in noun.children
    )


def _planned(verb: Token, person: bool = False) -> bool:
    """'the attack was ordered by X', 'a killing masterminded by X': an attack planned by someone."""
    if verb.lemma_.lower() not in word_set("attackers.json", "plan_verbs"):
        return False
    attack = any(c.dep_ == "nsubjpass" and attack_noun(c, person) for c in verb.children)
    return attack or attack_noun(verb.head, person)


def directed(verb: Token) -> bool:
    """'The IRGC directed the attack on the restaurant', 'Tehran orchestrated the arson attacks': the subject of a
    verb of planning whose object is an attack stands behind it."""
    if verb.lemma_.lower() not in word_set("attackers.json", "plan_verbs") or passive(verb):
        return False
    return any(c.dep_ == "dobj" and attack_noun(c) for c in verb.children)


def responsible(verb: Token, bare: bool = False) -> bool:
    """'members of the army were responsible for the massacre': 'be responsible for' names who attacked; with
    `bare`, also 'X is thought to be responsible' with nothing after it."""
    return verb.lemma_.lower() == "be" and any(
        c.lower_ == "responsible"
        and (any(p.lower_ == "for" for p in c.children) or (bare and not any(p.dep_ == "prep" for p in c.children)))
        for c in verb.children
    )


def _presumed_members(doc: Doc, start: int) -> bool:
    """'guerrillas presumed to be members of the ELN', 'believed to be from X', '"suspected to be foreign terrorists"
    of the Pakistan-based X': the attackers' group is inferred (ten words back, quotes and hyphens not counted)."""
    sent = doc[start].sent
    before = [t for t in tokens(doc)[max(sent.start, start - 20) : start] if not t.is_punct]
    text = " ".join(t.lower_ for t in before[-10:])
    return any(f"{cue} to be" in text for cue in ("presumed", "believed", "suspected", "thought"))


def group_perpetrators(
    sentences: Sequence[tuple[Span, list[ActorMention]]],
    claimed: set[str],
    accused: set[str],
    denied: set[str],
    all_mentions: Sequence[ActorMention],
) -> list[Perpetrator]:
    """Armed groups the incident's sentences tie to the attack, in order of first mention."""
    found: dict[str, Perpetrator] = {}
    feud = _feud(sent for sent, _ in sentences)
    for sent, mentions in sentences:
        doc = sent.doc
        for m in mentions:
            if _passed_over(doc, m):
                continue
            acting = _acting_noun(doc[m.end - 1])
            shown = _shown_claiming(acting) or _claimed_act(acting) or _claimed_by(doc, m) or _says_it_did(acting)
            role = (
                m.canonical in claimed
                or shown
                or _own_fighter_claim(doc[m.end - 1])
                or _attacker_member(doc, m)
                or m.canonical in accused
                or _suspected(doc, m)
                or (_attack_role(doc[m.end - 1]) and (m.canonical not in denied or _clash_side(doc[m.end - 1])))
                or (feud and m.kind == "group" and (_rival(doc, m) or _fighters_of(doc[m.end - 1])))
                or (m.kind == "group" and any(_clash_side(t) for t in _loose_words(doc, m)))
            )
            if not role:
                continue
            perp = found.get(m.canonical) or _new_group(m, all_mentions)
            perp.claimed = (
                perp.claimed
                or m.canonical in claimed
                or shown
                or _outlet_claim(doc[m.end - 1], m.canonical, mentions)
                or _own_fighter_claim(doc[m.end - 1])
            )
            perp.suspected = perp.suspected or (
                m.canonical not in claimed and (m.canonical in accused or _suspected(doc, m))
            )
            perp.evidence.append(span_evidence(doc[m.start : m.end]))
            found[m.canonical] = perp
    for name in claimed - set(found):
        match = [m for m in all_mentions if m.canonical == name]
        if match:
            perp = _new_group(match[0], all_mentions)
            perp.claimed = True
            found[name] = perp
    sides = None if found else _unnamed_sides(sent for sent, _ in sentences)
    if sides is not None:
        found[sides.name] = sides
    doc = sentences[0][0].doc if sentences else None
    return [_as_introduced(_as_spelled(_as_province(p, all_mentions)), all_mentions, doc) for p in found.values()]


def _passed_over(doc: Doc, m: ActorMention) -> bool:
    """An outlet, a group named only as an attribute, one blamed for an earlier act, or one a state says had attacked
    its forces before it struck ('troops had been attacked by fighters of X') is no perpetrator here."""
    if m.kind == "media" or m.attributive or _blamed_for_earlier(doc[m.end - 1]):
        return True
    last = doc[m.end - 1]
    node = _acting_noun(last.head if last.dep_ == "appos" else last)  # 'the Kachin Independence Army (KIA)'
    return node.dep_ == "pobj" and node.head.lower_ == "by" and _provoked(node.head.head)


def _attacker_member(doc: Doc, m: ActorMention) -> bool:
    """'police said the bomber was a member of the ADF', 'Matovu, the bomber, was on a wanted list as a member of
    X': a group the attacker (by noun or by the name the text gives him) belongs to."""
    node = _acting_noun(_mention_root(doc, m))
    if node.lower_ not in word_set("attackers.json", "member_nouns") | word_set("attackers.json", "own_fighter_nouns"):
        return False
    if node.dep_ == "pobj" and node.head.lower_ == "as":
        clause = next((a for a in node.head.ancestors if a.pos_ in ("VERB", "AUX")), node.head)
    elif node.dep_ == "attr":
        clause = node.head
    else:
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in _attacker_nouns() or subj.lower_ in named_attackers(doc))


def _outlet_claim(head: Token, group: str, mentions: Sequence[ActorMention]) -> bool:
    """'A news agency close to the PKK said a team from the group's battalion had carried out the attack': an outlet
    close to a group telling that the group did it claims the attack for it."""
    verb = _acting_noun(head).head
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in word_set("statements.json", "speech_verbs"):
        return False
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ not in word_set("attackers.json", "outlet_nouns"):
        return False
    ties = [t for t in speaker.subtree if t.lower_ in word_set("attackers.json", "affiliation_words")]
    own = {i for m in mentions if m.canonical == group for i in range(m.start, m.end)}
    return any(t.i in own for a in ties for t in a.subtree)


def _claimed_act(node: Token) -> bool:
    """'X, or DHKP-C, claimed the hostage-taking', 'X claimed the ambush': a group claiming the attack by its noun."""
    verb = node.head
    if node.dep_ != "nsubj" or verb.lemma_.lower() != "claim" or any(c.dep_ == "neg" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and (attack_noun(c) or _hostage_taking(c))]
    return any(_this_one(o) for o in objects)


def _says_it_did(node: Token) -> bool:
    """'X said it had carried out the attack', 'the group said they were behind it': a group telling of its own
    attack claims it."""
    return node.dep_ == "nsubj" and _says_it(node.head)


def _says_it(verb: Token) -> bool:
    """A speech verb that claims an attack for its subject ('said it had carried out'), not 'has claimed attacks'."""
    lemma = verb.lemma_.lower()
    return lemma not in _CLAIM_LEMMAS and lemma in word_set("statements.json", "speech_verbs") and _claims(verb)


def _claimed_by(doc: Doc, m: ActorMention) -> bool:
    """'"The attack was claimed by X," a source said', 'the bombing, claimed by X': a group that is the 'by' agent of
    claiming this attack claims it, whoever tells it."""
    node = _mention_root(doc, m)
    verb = node.head.head
    if node.dep_ != "pobj" or node.head.dep_ != "agent" or verb.lemma_.lower() != "claim":
        return False
    claimed = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
    return any(attack_noun(c) and _this_one(c) for c in claimed) and not any(c.dep_ == "neg" for c in verb.children)


def _this_one(noun: Token) -> bool:
    """'the hostage-taking', 'Sunday's attack', not 'attacks', 'previous attacks' or 'a 2018 bombing': one act, made
    definite, that is no earlier one."""
    definite = any((c.dep_ == "det" and c.lower_ in ("the", "this")) or c.dep_ == "poss" for c in noun.children)
    return noun.tag_ == "NN" and definite and not _earlier_act(noun)


def _hostage_taking(noun: Token) -> bool:
    """'the hostage-taking', 'the hostage taking': taking hostages, told as a noun."""
    return noun.lower_ == "taking" and any(c.lower_ in ("hostage", "hostages") for c in noun.lefts)


def _shown_claiming(node: Token) -> bool:
    """'A video purportedly showed members of X claiming the attack', 'footage shows X fighters claiming
    responsibility': a group seen or heard claiming the attack claims it."""
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in word_set("attackers.json", "showing_verbs"):
        return False
    clauses = [c for c in (*node.children, *verb.children) if c.dep_ in ("acl", "advcl") and c.lemma_ == "claim"]
    objects = [g for c in clauses for g in c.children if g.dep_ == "dobj"]
    return any(attack_noun(o) or o.lower_ == "responsibility" for o in objects)


def _own_fighter_claim(head: Token) -> bool:
    """'IS said through Amaq that the attacker was "one of its fighters"', 'the group said the bomber was one of its
    soldiers': a group saying the attacker was its own fighter claims the attack."""
    node = _acting_noun(head)
    if node.lower_ in ("soldier", "soldiers") and head.head.lower_ == "of":
        return _caliphate_soldier(node)
    speech = node.head
    if node.dep_ != "nsubj" or speech.lemma_.lower() not in word_set("statements.json", "speech_verbs"):
        return False
    return any(_attacker_is_own(c) for c in _said_clauses(speech))


def _said_clauses(speech: Token) -> list[Token]:
    """What a speech verb reports: its clause ('said that ...'), or the 'that' clause the parser hangs on the noun of
    'said in a statement that the gunman was one of its members'."""
    nouns = [g for p in speech.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    told = [a for g in nouns for a in g.children if a.dep_ in ("acl", "ccomp", "relcl")]
    return [c for c in speech.children if c.dep_ == "ccomp"] + [
        a for a in told if any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
    ]


def _caliphate_soldier(soldier: Token) -> bool:
    """'Amaq said the attacker was "a soldier of the Islamic State"', 'the group said "two soldiers of the Islamic
    State" had carried out the attack': the group's own formula of a claim, told by an outlet or group (not 'police
    said')."""
    clause = soldier.head
    if clause.dep_ != "ccomp":
        return False
    if not (soldier.dep_ == "attr" and _attacker_is_subject(clause)) and not (
        soldier.dep_ == "nsubj" and _attack_act(clause) and not any(c.dep_ == "neg" for c in clause.children)
    ):
        return False
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    speech = word_set("statements.json", "speech_verbs")
    if speaker is None or speaker.ent_type_ == "PERSON" or clause.head.lemma_.lower() not in speech:
        return False
    voices = word_set("attackers.json", "outlet_nouns") | word_set("attackers.json", "group_nouns")
    return speaker.lower_ in voices or speaker.ent_type_ in ("ORG", "PRODUCT")


@lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """Nouns for a state's forces ('troops', 'soldiers', 'army', 'police')."""
    return word_set("attackers.json", "force_members") | word_set("attackers.json", "force_institutions")


@lru_cache(maxsize=1)
def _attacker_nouns() -> frozenset[str]:
    """Nouns for the attackers ('gunman', 'bomber', 'assailant') as the subject a text tells about."""
    return word_set("attackers.json", "heads") | word_set("attackers.json", "claimed_attacker_nouns")


@lru_cache(maxsize=1)
def _identified_attacker_nouns() -> frozenset[str]:
    """Nouns for an attacker a name is given to ('the bomber, X', 'the gunman was X', 'identified the attacker as')."""
    return word_set("figures.json", "attacker_count_nouns") | word_set("attackers.json", "single_attackers")


def _attacker_is_subject(clause: Token) -> bool:
    """'the attacker was ...', 'the bomber is ...': a copula whose subject is the attacker."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _attacker_nouns() for c in clause.children)


def _attacker_is_own(clause: Token) -> bool:
    """'the attacker was one of its fighters', 'the gunman was a soldier of ours': the attacker is the speaker's
    own fighter ('its', 'our', 'their' before a fighter noun in what the attacker is said to be)."""
    if not _attacker_is_subject(clause):
        return False
    fighters = word_set("attackers.json", "own_fighter_nouns")
    return any(
        t.lower_ in fighters and any(p.dep_ == "poss" and p.lower_ in ("its", "our", "their") for p in t.children)
        for a in clause.children
        if a.dep_ == "attr"
        for t in a.subtree
    )


def _feud(sents: Iterable[Span]) -> bool:
    """'A fight between rival gangs', 'clashes between two factions', 'as the two sides battled': an incident told as
    a fight between groups."""
    fights = word_set("attackers.json", "clash_nouns") | word_set("attackers.json", "feud_nouns")
    for sent in sents:
        for tok in span_tokens(sent):
            if _sides_fought(tok):
                return True
            if tok.lower_ == "between" and tok.head.lower_ in fights:
                sides = [c for c in tok.children if c.dep_ == "pobj"]
                if any(c.tag_ == "NNS" or any(g.lower_ in ("rival", "two") for g in c.children) for c in sides):
                    return True
    return False


def _unnamed_sides(sents: Iterable[Span]) -> Perpetrator | None:
    """'a shootout between rival gangs', 'clashes between armed groups': with no group named, the unnamed sides of the
    fight the incident is are its perpetrator, a group."""
    clashes = word_set("attackers.json", "clash_nouns")
    sides = word_set("attackers.json", "gang_heads") | word_set("attackers.json", "group_nouns")
    for sent in sents:
        for tok in span_tokens(sent):
            if tok.lower_ != "between" or tok.head.lower_ not in clashes:
                continue
            side = next((c for c in tok.children if c.dep_ == "pobj" and c.tag_ == "NNS" and c.lower_ in sides), None)
            if side is not None:
                span = side.doc[side.left_edge.i : side.i + 1]
                ev = span_evidence(span)
                return Perpetrator(name=span.text, kind="group", mentions=[span.text], evidence=[ev])
    return None


def _clash_side(head: Token) -> bool:
    """A side of a clash ('fighting between the TNLA and the RCSS'), which stays one though it denies starting it:
    each side blames the other."""
    node = _acting_noun(head)
    return _side_of_clash(node) or _between_sides(head) or _in_clash_subject(head) or _pitted(node)


def _loose_words(doc: Doc, m: ActorMention) -> list[Token]:
    """The words of a name the parser hangs outside it, other than its last ('Familia' of 'Familia do Norte' read
    as a conjunct of the name before while 'Norte' is made an object)."""
    return [t for t in doc[m.start : m.end - 1] if not m.start <= t.head.i < m.end]


def _fighters_of(head: Token) -> bool:
    """'85 of them fighters of the SNA and 16 members of the SDF, as the two sides battled': in a fight between
    groups, a group whose fighters or members the article counts is a side."""
    node = _acting_noun(head)
    return node is not head and node.lower_ in word_set("attackers.json", "side_member_nouns")


def _sides_fought(tok: Token) -> bool:
    """'as the two sides battled', 'both groups clashed': a clash verb whose subject is two sides."""
    if not _clash_verb(tok):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in ("sides", "groups", "gangs", "factions")]
    return any(g.lower_ in ("two", "both") for c in subjects for g in c.children)


def _rival(doc: Doc, m: ActorMention) -> bool:
    """'members of the rival Comando Vermelho', 'the rival group Y': a group named as the rival of the attackers."""
    before = doc[max(0, m.start - 3) : m.start]
    return any(t.lower_ == "rival" for t in before) or any(
        c.lower_ == "rival" for t in doc[m.start : m.end] for c in t.children if c.dep_ == "amod"
    )


def _as_introduced(perp: Perpetrator, all_mentions: Sequence[ActorMention], doc: Doc | None) -> Perpetrator:
    """'the Abu Sayyaf Group (ASG)': the fuller name a text gives a group with its acronym in brackets is the name a
    reader copies, when it is the canonical one ('Abu Sayyaf') with a group word after it (`_suffixed`)."""
    if doc is None:
        return perp
    own = sorted((m for m in all_mentions if m.canonical == perp.name), key=lambda m: m.start)
    for name, acronym in pairwise(own):
        bracketed = acronym.start == name.end + 1 and doc[name.end].text == "(" and acronym.text.isupper()
        if bracketed and _suffixed(perp.name, name.text):
            perp.name = name.text
            break
    return perp


def _suffixed(canonical: str, fuller: str) -> bool:
    """'Abu Sayyaf Group' is 'Abu Sayyaf' with a group word after it; 'Islamic State of Iraq and the Levant' is more
    than 'Islamic State' with one, so RECORD.md's canonical name stands; so is 'the Islamic State group (IS)', whose
    lower-case 'group' is no part of a name."""
    short, long = fold(canonical), fold(fuller)
    extra = fuller.replace("-", " ").split()[len(short.split()) :] if long.startswith(short + " ") else []
    suffixes = word_set("attackers.json", "name_suffixes")
    return bool(extra) and all(w[:1].isupper() and w.lower() in suffixes for w in extra)


def _as_spelled(perp: Perpetrator) -> Perpetrator:
    """'Tehreek-e-Taliban Pakistan' where the text never writes 'Tehrik-i-Taliban Pakistan': a group's name of three
    or more words keeps the text's transliteration (the same consonants) when the canonical spelling is absent."""
    if any(_letters(m) == _letters(perp.name) for m in perp.mentions):
        return perp  # the canonical spelling, or it with other punctuation ('Kurdistan Workers Party')
    skeleton = _skeleton(perp.name)
    spelled = next((m for m in perp.mentions if len(fold(m).split()) >= 3 and _skeleton(m) == skeleton), None)
    spelled = spelled or next((m for m in perp.mentions if _variant_of(m, perp.name)), None)
    if spelled is not None and "'s " not in spelled.replace("\u2019", "'"):  # not "Islamic State's Sinai Province"
        perp.name = spelled
    return perp


def _variant_of(mention: str, name: str) -> bool:
    """'Baloch Liberation Army' for 'Balochistan Liberation Army': a full name of three or more words that ends
    as the canonical one does and differs in its first word only."""
    words, canon = fold(mention).split(), fold(name).split()
    return len(words) == len(canon) >= 3 and words[1:] == canon[1:] and words[0] != canon[0]


def _letters(name: str) -> str:
    """A name's letters and digits in lower case: spellings that differ only in punctuation are one spelling."""
    return "".join(c for c in name.lower() if c.isalnum())


def _skeleton(name: str) -> str:
    """The consonants of a name, doubled ones once ('thrktlbnpkstn' for both 'Tehreek-e-' and 'Tehrik-i-Taliban
    Pakistan')."""
    letters = [c for c in name.lower() if c.isalpha() and c not in "aeiouy"]
    return "".join(c for i, c in enumerate(letters) if i == 0 or letters[i - 1] != c)


def _as_province(perp: Perpetrator, all_mentions: Sequence[ActorMention]) -> Perpetrator:
    """'the Islamic State group claimed responsibility ... its local branch, Islamic State Mozambique Province':
    a group that claims through its provinces claimed for the one province the article names."""
    provinces = {m.canonical for m in all_mentions if m.parent == perp.name and "Province" in m.canonical}
    if not perp.claimed or len(provinces) != 1:
        return perp
    province = _new_group(next(m for m in all_mentions if m.canonical in provinces), all_mentions)
    province.mentions += [m for m in perp.mentions if m not in province.mentions]
    province.evidence = perp.evidence
    province.claimed = True
    return province


def _new_group(m: ActorMention, all_mentions: Sequence[ActorMention]) -> Perpetrator:
    forms = list(dict.fromkeys(a.text for a in all_mentions if a.canonical == m.canonical))
    return Perpetrator(name=m.canonical, kind="group", mentions=forms, parent=m.parent)


def individual_perpetrators(sent: Span) -> list[Perpetrator]:
    """Named attackers: 'the gunman, identified as John Smith', 'Smith opened fire'."""
    attackers = word_set("figures.json", "attacker_count_nouns")
    out, behind = [], []
    for ent in _person_names(sent):
        root = ent.root
        appos_attacker = _given_to_attacker(ent)
        named_as = _named_as(ent, sent)
        held = _held(root) or _arrested(root) or _defendant(root)
        if (
            appos_attacker
            or named_as
            or held
            or _attack_role(root, word_set("attackers.json", "physical_attack_verbs"))
            or (root.dep_ in ("compound",) and root.head.lower_ in attackers)
        ):
            out.append(_named_person(ent, suspected=held or named_as))
        elif _attributed_person(root):
            behind.append(_suspect(ent))
    return (out or arrested_suspects(sent)) + behind


def identified_attackers(sent: Span) -> list[Perpetrator]:
    """The attacker's name in a sentence told as background ('the man, who was named in the press as X, had been
    served with a deportation order in June last year'): a biography's old dates do not make its name another's."""
    return [
        _named_person(e, suspected=True) for e in _person_names(sent) if _given_to_attacker(e) or _named_as(e, sent)
    ]


def _person_names(sent: Span) -> list[Span]:
    """The people a sentence names, with first names the tagger left out (not 'the Northeast Cartel' it reads as a
    person)."""
    groups = word_set("attackers.json", "group_nouns")
    people = [
        _full_name(e)
        for e in entities(sent)
        if e.label_ == "PERSON" and e[-1].lower_ not in groups and not _names_a_group(e, groups)
    ]
    seen = {i for e in people for i in range(e.start, e.end)}
    return people + [n for n in _identified_names(sent) if n.root.i not in seen]


def _identified_names(sent: Span) -> list[Span]:
    """'whom he identified as Hamza Mohamed': a name of two or more capitalised words an identification gives,
    though the tagger reads it as an organisation."""
    out = []
    for tok in span_tokens(sent):
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.head.lower_ != "as":
            continue
        if tok.head.head.lemma_.lower() not in ("identify", "name") or tok.ent_type_ in ("GPE", "LOC", "NORP"):
            continue
        name = tok.doc[tok.left_edge.i : tok.i + 1]
        if len(name) >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in name) and lookup(name.text) is None:
            out.append(name)
    return out


def _names_a_group(ent: Span, groups: frozenset[str]) -> bool:
    """'members of the Barrio 18 gang', 'Al-Shabab fighters': a listed group the tagger reads as a person, or a name
    set before a group noun, names the group, not a person."""
    root = ent.root
    if lookup(ent.text) is not None:
        return True
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i > root.i and root.head.lower_ in groups


def _given_to_attacker(ent: Span) -> bool:
    """'the gunman, Salvador Ramos,', 'the shooter, 18-year-old X', 'the gunman was X': a name set beside the
    attacker word or said to be the attacker."""
    root = ent.root
    attackers = word_set("figures.json", "attacker_count_nouns")
    return (root.dep_ == "appos" and root.head.lower_ in attackers) or _after_attacker_noun(ent) or _attacker_was(root)


def _named_as(ent: Span, sent: Span) -> bool:
    """'suspect X', 'police identified the gunman as X', 'the man, who was named as X' (not 'identified one of the
    dead as X')."""
    doc = sent.doc
    before = " ".join(t.lower_ for t in doc[max(sent.start, ent.start - 3) : ent.start])
    window = " ".join(t.lower_ for t in doc[max(sent.start, ent.start - 10) : ent.start])
    victims = word_set("attackers.json", "victim_words")
    finite = ent.start > 0 and doc[ent.start - 1].tag_ in ("VBP", "VBZ", "VBD")  # 'police suspect X'
    return (before.endswith(("suspect", "suspected")) and not finite) or (
        before.endswith(" as")
        and any(w in window for w in ("identif", "named", "names"))
        and not any(w in victims for w in window.split())
        and _identifies_attacker(doc[ent.start - 1])
    )


def _named_person(ent: Span, suspected: bool) -> Perpetrator:
    """A named person as an individual perpetrator."""
    return Perpetrator(
        name=ent.text, kind="individual", mentions=[ent.text], suspected=suspected, evidence=[span_evidence(ent)]
    )


def _full_name(ent: Span) -> Span:
    """'identified as Abdulahi Hasan Sharif', where the tagger's name starts at 'Hasan' (or takes 'Willian' for a
    nationality): a capitalised first name left out just before it, after a lower-case word, belongs to it."""
    ent = _with_first_names(ent)
    doc = ent.doc
    at = ent.start - 1
    if at <= ent.sent.start or not doc[at].is_title or doc[at].tag_ != "NNP" or doc[at - 1].is_title:
        return ent
    if doc[at].ent_type_ not in ("", "NORP") or doc[at].lower_ in word_set("participants.json", "person_titles"):
        return ent
    if doc[at].ent_type_ == "NORP" and _demonym(doc[at].text):
        return ent
    return doc[at : ent.end]


def _with_first_names(ent: Span) -> Span:
    """'Marq Vincent Perez, 25, is accused ...', where the tagger's name starts at 'Vincent': capitalised words just
    before it that the parser joins to the name (no title, no nationality) are first names, at a sentence start too."""
    doc, start = ent.doc, ent.start
    titles = word_set("participants.json", "person_titles")
    while start > ent.sent.start:
        tok = doc[start - 1]
        if tok.dep_ != "compound" or not ent.start <= tok.head.i < ent.end or tok.tag_ != "NNP" or not tok.is_title:
            break
        if tok.ent_type_ not in ("", "PERSON") or tok.lower_ in titles or _demonym(tok.text):
            break
        start -= 1
    return doc[start : ent.end] if start < ent.start else ent


def _defendant(root: Token) -> bool:
    """'John Brittain appeared in court', 'X pleaded not guilty', 'X, 25, is accused of setting the fire', 'X was
    remanded in custody', 'X faces nine charges': a named person the courts deal with as the accused."""
    node = first_conjunct(root)
    verb = node.head
    lemma = verb.lemma_.lower()
    if node.dep_ == "nsubjpass":
        if lemma in word_set("attackers.json", "accused_passive_verbs"):
            return any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in verb.children)
        return lemma in word_set("attackers.json", "defendant_passive_verbs")
    rules = load_data("attackers.json")["defendant_verbs"]
    if node.dep_ != "nsubj" or lemma not in rules:
        return False
    wanted = set(rules[lemma])
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return not wanted or any(o.lemma_.lower() in wanted or o.lower_ in wanted for o in objects)


def _demonym(word: str) -> bool:
    """'Somali', 'Spanish': a word the gazetteer knows as a nationality."""
    return load_gazetteer().demonym(word) is not None


def _suspect(ent: Span) -> Perpetrator:
    """A named person as a suspected perpetrator."""
    return Perpetrator(
        name=ent.text, kind="individual", mentions=[ent.text], suspected=True, evidence=[span_evidence(ent)]
    )


def _attributed_person(root: Token) -> bool:
    """'Pablo Escobar ordered the assassination', 'the gang's leader, X, was behind the bombing', 'X and Y
    masterminded the attack': a named person the attack is laid at (also through the noun X stands beside)."""
    node = first_conjunct(root)
    return _attributed(node.head if node.dep_ == "appos" else node, person=True)


def _after_attacker_noun(ent: Span) -> bool:
    """'The shooter, 18-year-old Salvador Ramos, was killed': a name set after 'the gunman,' with only an age
    between, which the parser often fails to read as an apposition."""
    doc = ent.doc
    at = ent.start - 1
    while at > ent.sent.start and (doc[at].ent_type_ == "DATE" or doc[at].lower_ in ("a", "an", "-", "aged")):
        at -= 1
    if at <= ent.sent.start or doc[at].text != ",":
        return False
    noun = doc[at - 1]
    return noun.lower_ in _identified_attacker_nouns() and at >= 2 and doc[at - 2].lower_ == "the"


def named_attackers(doc: Doc) -> frozenset[str]:
    """The last words of the names a text gives its attacker ('the gunman was Man Haron Monis', 'the shooter,
    Salvador Ramos,'), once per Doc: a force that shoots one of them ends the attack, it does not carry it out."""
    return per_doc(doc, "polybius_named_attackers", lambda: _find_named_attackers(doc))


def _find_named_attackers(doc: Doc) -> frozenset[str]:
    """The last words of the person names the text ties to the attacker (see named_attackers)."""
    attackers = word_set("figures.json", "attacker_count_nouns")
    return frozenset(
        ent[-1].lower_
        for ent in entities(doc)
        if ent.label_ == "PERSON"
        and (
            _attacker_was(ent.root)
            or _named_as_attacker(ent.root)
            or _after_attacker_noun(ent)
            or (ent.root.dep_ in ("appos", "compound") and ent.root.head.lower_ in attackers)
            or (ent.start > 0 and doc[ent.start - 1].lower_ in attackers)
        )
    )


def _attacker_was(root: Token) -> bool:
    """'Police confirmed the gunman was Man Haron Monis', 'the bomber is believed to be Ali K.': a name said to be
    what the attacker was."""
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_.lower() != "be":
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("believe", "think", "say"):
        verb = verb.head  # 'the bomber is believed to be X'
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = subj is not None and subj.lower_ in _identified_attacker_nouns()
    return named and not any(c.dep_ == "neg" for c in verb.children)


def _named_as_attacker(root: Token) -> bool:
    """'the bomber, whom he named as Isaac Matovu', 'police identified the gunman as X': a name an identification
    gives the attacker."""
    verb = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ != "as" or verb.lemma_.lower() not in ("name", "identify"):
        return False
    who = verb.head if verb.dep_ in ("relcl", "acl") else next((c for c in verb.children if c.dep_ == "dobj"), None)
    return who is not None and who.lower_ in _identified_attacker_nouns()


def _identifies_attacker(as_tok: Token) -> bool:
    """'Police identified the gunman as X', not 'The driver was identified as X': the one an identification
    names must be an attacker or suspect word (a pronoun or an unparsed identification passes)."""
    verb = next((a for a in as_tok.ancestors if a.lemma_.lower() in ("identify", "name")), None)
    if verb is None:
        return True
    who = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if who is None and verb.dep_ == "acl":
        who = verb.head
    if who is None or who.pos_ == "PRON":
        return True
    attackers = _identified_attacker_nouns() | word_set("attackers.json", "heads")
    return who.lower_ in attackers | {"suspect", "suspects"}


def first_conjunct(tok: Token) -> Token:
    """The first of the words joined by 'and' that `tok` stands in ('Webb' of 'Webb and Moore')."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _arrested(tok: Token) -> bool:
    """'Detectives arrested Deshawn Broussard and Tyrell Guidry': people arrested or charged by name (not
    'detained': people detained in a conflict are often not suspects)."""
    first = first_conjunct(tok)
    return first.dep_ == "dobj" and first.head.lemma_.lower() in CHARGED_VERBS


def _held(tok: Token, deps: tuple[str, ...] = ("nsubjpass",)) -> bool:
    """'Webb and Moore were arrested': a person arrested or charged (also the second of two joined by
    'and' when charged or arrested: people 'captured' by troops in a conflict are often its victims);
    with deps ('nsubjpass', 'dobj') also 'Police arrested a man'."""
    first = first_conjunct(tok)
    verbs = HELD_VERBS if first is tok else CHARGED_VERBS
    return first.dep_ in deps and first.head.lemma_.lower() in verbs


def arrested_suspects(sent: Span) -> list[Perpetrator]:
    """'Police arrested a 34-year-old German man', 'six soldiers were charged with the murders', 'two
    officers accused of the killing', 'the arrest of 45 soldiers': an unnamed person or force member
    arrested, charged or accused is a suspect, named by the phrase (soldiers 'captured' or 'detained' in a
    conflict are often victims)."""
    out = []
    for tok in span_tokens(sent):
        if tok.pos_ != "NOUN" or tok.ent_type_ == "PERSON" or not _suspect_noun(tok):
            continue
        name = tok.doc[min(c.left_edge.i for c in [tok, *tok.lefts]) : tok.i + 1]
        kind = "individual" if tok.tag_ != "NNS" else "unknown"
        out.append(
            Perpetrator(name=name.text, kind=kind, mentions=[name.text], suspected=True, evidence=[span_evidence(name)])
        )
    return out


def _suspect_noun(tok: Token) -> bool:
    """A person noun arrested, charged or accused, or a force member charged or accused."""
    people = word_set("attackers.json", "arrested_people")
    members = word_set("attackers.json", "force_members")
    if tok.lower_ not in people | members:
        return False
    if _accused_nearby(tok) is not None or _arrest_of(tok) or _sought(tok) or believed_attacker(tok):
        return True
    if tok.lower_ in people:
        return _held(tok, ("nsubjpass", "dobj"))
    first = first_conjunct(tok)
    return first.dep_ in ("nsubjpass", "dobj") and first.head.lemma_.lower() in CHARGED_VERBS


def _sought(tok: Token) -> bool:
    """'The suspect is described as a man of medium build', 'the suspect fled on foot': one unnamed suspect
    the article speaks of is the attacker police are looking for."""
    return (
        tok.lower_ == "suspect" and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children)
    )


def believed_attacker(tok: Token) -> bool:
    """'a man believed to be responsible for the blast', 'a suspect thought to have planted the device': a person
    the police believe did it."""
    acts = attack_verbs() | word_set("attackers.json", "weapon_verbs")
    for clause in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("believe", "think", "suspect")):
        for verb in (c for c in clause.children if c.dep_ == "xcomp"):
            if verb.lemma_.lower() in acts or any(c.lower_ == "responsible" for c in verb.children):
                return True
    return False


def _arrest_of(tok: Token) -> bool:
    """'the arrest of 45 soldiers', 'the indictment of two men': a noun of arrest or charge names the held."""
    first = first_conjunct(tok)
    held = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    return held is not None and held.pos_ == "NOUN" and held.lemma_.lower() in ARREST_NOUNS


def _accused_nearby(tok: Token) -> Token | None:
    """'two officers accused of the killing', 'a man suspected of the attack': the participle that accuses."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "acl"
            and c.lemma_.lower() in ACCUSED_VERBS
            and any(p.dep_ == "prep" and p.lower_ in ("of", "in", "with") for p in c.children)
        ),
        None,
    )


def state_perpetrators(
    sent: Span, country_name: Callable[[str], str | None], strikes: bool = True
) -> list[Perpetrator]:
    """States named as the force behind an airstrike or shelling ('Israeli warplanes'; with `strikes`), or
    whose forces attack ('Israeli troops raided', 'Russian forces shelled', 'killed by Nigerian soldiers')."""
    out = []
    for ent in entities(sent):
        head = _modified_force(ent)
        if head is None or _source(head) or _harmed_force(head) or _strikes_over_time(head):
            continue
        if not (strikes and _striking_force(head)) and not _forces_attack(head):
            continue
        name = country_name(ent.text)
        if name:
            out.append(Perpetrator(name=name, kind="state", mentions=[ent.text], evidence=[span_evidence(ent)]))
    return out


def _modified_force(ent: Span) -> Token | None:
    """The noun a nationality or country modifies ('Israeli warplanes', "Russia's army"), or the strike noun the
    parser hangs on it as a clause ('Indian shelling killed three': 'Indian' read as the subject)."""
    if ent.label_ not in ("NORP", "GPE"):
        return None
    first = first_conjunct(ent.root)  # 'Indian and Pakistani soldiers': 'Pakistani' hangs on 'Indian'
    if first.dep_ in ("amod", "compound", "poss", "nmod") and (first.i == ent.root.i or first.head.pos_ == "NOUN"):
        return first.head
    strikes = word_set("attackers.json", "strike_nouns")
    return next((c for c in ent.root.children if c.dep_ == "acl" and c.lower_ in strikes and c.i == ent.end), None)


def _striking_force(head: Token) -> bool:
    """'Israeli warplanes', 'Russian missiles', or forces that strike ('Russian forces shelled the town', 'the
    attack by Turkish troops'), not forces merely named ('Jordanian forces were working with Washington')."""
    if head.lower_ not in word_set("attackers.json", "state_force_nouns"):
        return False
    forces = _force_words()
    if head.lower_ not in forces or _attack_role(head):
        return True
    blamed = head.dep_ == "dobj" and head.head.lemma_.lower() in ("blame", "accuse")
    return blamed or (head.dep_ == "nsubj" and head.head.lemma_.lower() in word_set("attackers.json", "strike_verbs"))


def _strikes_over_time(head: Token) -> bool:
    """'Turkish air strikes and artillery fire had killed dozens of civilians since Wednesday': strikes in the plural
    told over a period are a record (often the other side's count), not the attack reported."""
    node = first_conjunct(head)
    if head.tag_ != "NNS" or node.dep_ != "nsubj":
        return False
    return any(c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in node.head.children) or habitual(node.head)


def _harmed_force(head: Token) -> bool:
    """'Three US soldiers killed in a drone attack', 'wounded 40 US troops', 'attacks on US forces': a state's forces
    told as the harmed, not as those who struck."""
    forces = _force_words()
    if head.lower_ not in forces:
        return False
    harm = word_set("attackers.json", "victim_object_verbs")
    if head.dep_ == "nsubjpass" or (head.dep_ == "dobj" and head.head.lemma_.lower() in harm):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in ("on", "against"):
        return True
    if head.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ == "under" for c in head.head.children):
        return True  # 'US forces have come under more than 150 attacks'
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in harm for c in head.children)


def _source(head: Token) -> bool:
    """'according to the Thai army', 'the Israeli military said': a force quoted as a source is not thereby the
    one that struck."""
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    speech = word_set("statements.json", "speech_verbs")
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in speech


def _forces_attack(head: Token) -> bool:
    """'Israeli troops killed three', 'shot by Nigerian soldiers': a state's forces that are the subject or
    'by' agent of a physical attack."""
    forces = _force_words()
    named = any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children
    )  # 'the Colombian army of national liberation'
    acting = _attack_role(head, word_set("attackers.json", "physical_attack_verbs"))
    if head.dep_ == "nsubj" and fired_first(head.head):
        return False
    return head.lower_ in forces and not named and (acting or (head.dep_ == "nsubj" and directed(head.head)))


def fired_first(verb: Token) -> bool:
    """'Cambodia said Thai troops had opened fire first', 'each side says the other attacked first': who started
    the fighting is a claim in a dispute, not who carried out the attack reported."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return any(t.lower_ == "first" and t.dep_ == "advmod" for t in near)
