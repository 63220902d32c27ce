"""Targets (what was attacked), victims (who was harmed), attacker counts and attackers killed."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from polybius.extract.figures import attacked_side
from polybius.extract.kinds import kind_of_token, toll_giver
from polybius.extract.numbers import find_quantities
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import (
    entities,
    evidence,
    per_doc,
    phrase,
    span_evidence,
    span_tokens,
    subject_of,
    tokens,
)
from polybius.extract.unnumbered import (
    NON_PERSON_ENTS,
    agent_of_any,
    attacker_by_clause,
    deaths_in_nouns,
    noun_harm,
    reduced_passive,
    security_force,
    to_death,
    verb_harm,
    with_wounds,
)
from polybius.model import Count, Figure, Target, Victim

PRONOUNS = {"he": 1, "she": 1}
EFFECT_OF_KIND = {"hostages": "kidnapped"}
HOLDERS = ("police", "military", "government")
TITLE_SCOPES = frozenset({"of", "for", "in"})


def _lone_persons() -> frozenset[str]:
    """Nouns for one person who may be a lone attacker ('a man opened fire')."""
    return word_set("participants.json", "lone_person_nouns")


@lru_cache(maxsize=1)
def _target_kinds() -> dict[str, str]:
    table = load_data("participants.json")["target_nouns"]
    return {w: kind for kind, words in table.items() for w in words}


@lru_cache(maxsize=1)
def _source_verbs() -> frozenset[str]:
    """Verbs whose subject gives, finds or reacts to the news ('officials said', 'relatives identified the dead',
    'the chief minister condemned the bombing'): no victim."""
    return word_set("figures.json", "attribution_verbs") | word_set("participants.json", "reaction_verbs")


@lru_cache(maxsize=1)
def _harm_kinds() -> dict[str, str]:
    table = load_data("participants.json")["harm_verbs"]
    return {w: kind for kind, words in table.items() for w in words}


def target_kind(word: str) -> str | None:
    """GTD-style target kind of a noun ('mosque' -> religious), or None."""
    return _target_kinds().get(word.lower())


def find_targets(sent: Span, facility: str | None) -> list[Target]:
    """Targets named in a violent sentence: attacked objects and the places attacks happened at."""
    out: list[Target] = []
    for tok in span_tokens(sent):
        kind = _owned_place_kind(tok) or target_kind(tok.lower_) or target_kind(tok.lemma_) or _kind_of_modifier(tok)
        if kind is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        if _is_attacker_side(tok):
            continue
        np = phrase(tok, keep_preps=False)
        out.append(Target(name=np.text, kind=_owned_vehicle(tok, _held_by(tok, kind)), evidence=[span_evidence(np)]))
    if facility:
        kind = facility_kind(facility)
        start = sent.text.find(facility)
        if start >= 0:
            ev = evidence(sent.doc, sent.start_char + start, sent.start_char + start + len(facility))
            out.append(Target(name=facility, kind=kind, evidence=[ev]))
    return out


def _owned_place_kind(tok: Token) -> str | None:
    """'a Frontier Corps camp', 'an army camp' (military), 'penal colony IK-19' (government): a place noun whose
    kind is that of who holds it; a camp of no force is a civilian one ('a displaced persons camp')."""
    places = load_data("participants.json")["owned_places"]
    if tok.lower_ not in places:
        return None
    owners = load_data("participants.json")["owner_kinds"]
    words = [m for c in tok.children if c.dep_ in ("compound", "amod") for m in c.subtree]
    kinds = [owners.get(w.lower_) or target_kind(w.lower_) for w in words]
    return next((k for k in kinds if k in HOLDERS), None) or places[tok.lower_]


def _kind_of_modifier(tok: Token) -> str | None:
    """'a pre-trial detention centre', 'the customs complex': a bare facility noun takes the kind of the word
    that says what it is for."""
    if tok.lower_ not in word_set("participants.json", "generic_facility_heads"):
        return None
    return next((k for c in tok.children if c.dep_ == "compound" and (k := target_kind(c.lower_))), None)


def facility_kind(facility: str) -> str:
    """Target kind of a named facility: its head noun's ('Countdown supermarket': business), or, for a head that
    says only where ('detention centre', 'police station', 'Palace of Justice'), that of the body or use it names."""
    words = [w.strip("-.,'\"").lower() for w in facility.split()]
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1  # 'Palace of Justice', 'Ministry of Interior'
    head = target_kind(words[at])
    if head in (None, "transport", "military", "other"):
        owner = next((k for w in reversed(words[:at] + words[at + 1 :]) if (k := target_kind(w)) in HOLDERS), None)
        head = owner or head
    return head or "business"


def _held_by(tok: Token, kind: str) -> str:
    """'police station', 'police post', 'army truck', 'government building': a place or vehicle named by the
    force or body that holds it is a target of that kind, not of transport or the army's."""
    if kind not in ("transport", "military", "other"):
        return kind
    owner = next(
        (k for c in tok.children if c.dep_ in ("compound", "amod") and (k := target_kind(c.lower_)) in HOLDERS), None
    )
    return owner or kind


def _owned_vehicle(tok: Token, kind: str) -> str:
    """'17 logging trucks': a vehicle named by its trade belongs to a business (GTD), not to transport."""
    trade = word_set("participants.json", "business_vehicle_modifiers")
    if kind == "transport" and any(c.dep_ in ("compound", "amod") and c.lower_ in trade for c in tok.children):
        return "business"
    return kind


def _is_attacker_side(tok: Token) -> bool:
    """Nouns that are the subject of an attack verb or of speech ('police said') are not targets."""
    if tok.dep_ in ("nsubj",):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("by", "according")


def find_victims(sent: Span, effect_hint: str | None, listing: bool = False) -> list[Victim]:
    """People harmed: victim nouns ('worshippers', 'six children') and named people killed; with
    `listing`, the sentence lists the people the one before it counted, so the names it opens with
    are victims too."""
    victims = word_set("participants.json", "victim_nouns")
    out: list[Victim] = []
    for tok in span_tokens(sent):
        if (tok.lower_ not in victims and not _counted_harmed(tok)) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        source = _listed_head(tok.head if tok.dep_ == "compound" else tok)  # 'police and prosecutors said'
        told = source.dep_ == "dobj" and source.head.lemma_.lower() in word_set("figures.json", "attribution_verbs")
        told = told or (
            source.dep_ == "pobj" and source.head.dep_ == "agent" and source.head.head.lemma_.lower() in _source_verbs()
        )
        if told or (source.dep_ == "nsubj" and source.head.lemma_.lower() in _source_verbs()):
            continue  # 'officials said', 'told reporters', 'the minister condemned'
        if _acting_subject(source):
            continue  # 'Officers found X with gunshot wounds', 'Officers responding to reports ...'
        giver = toll_giver(source.head.head) if source.dep_ == "pobj" else None
        if giver is not None and giver.i == source.i:
            continue  # 'an earlier toll from the city's mayor'
        if _arrested(tok) or _attacker_person(tok) or (tok.dep_ == "compound" and tok.head.tag_ == "NNP"):
            continue  # 'a man was arrested'; 'Governor' of 'Governor Antonio Roldan' is a title
        if tok.ent_type_ == "ORG":
            continue  # 'Doctors Without Borders' is a name
        if tok.dep_ == "poss" and _person_noun(tok.head):
            continue  # 'the congregation's rabbi': the rabbi is the one harmed
        named = _named_apart(tok) or _title_holder(tok)
        np = named or _within_marks(phrase(tok, keep_preps=False), tok)
        out.append(
            Victim(
                name=np.text,
                kind="individual" if named else "group",
                effect=(named is not None and _own_clause_effect(named.root)) or _effect(tok, effect_hint),
                evidence=[span_evidence(np)],
            )
        )
        out += [_named_victim(name, effect_hint, tok) for name in _members_named(tok)]
    out += _one_of_a_group(sent)
    out += _dead_in_nouns(sent)
    out += [_named_victim(name, effect_hint, who) for name, who in _identified(sent)]
    listed = _listed_names(sent) if listing else []
    for ent in [*map(_untitled, entities(sent)), *_titled_untagged(sent)]:
        person = (
            ent.label_ == "PERSON"
            or (_aged_name(ent) and _opens_among_harmed(ent))
            or _name_shaped(ent)
            or _known_surname(ent)
        )
        if person and (_called_settlement(ent) or ent.text.lower() in word_set("participants.json", "platform_names")):
            continue  # 'posted on Twitter from the train'
        if person and not _spokesperson(ent) and (_harmed_person(ent) or ent.root.i in listed):
            out.append(_named_victim(_with_given_names(_without_labels(ent)), effect_hint, ent.root))
            out += [_named_victim(_name_span(c), effect_hint, c) for c in _untagged_conjuncts(ent)]
    out += [_named_victim(_name_span(t), effect_hint) for t in _unnamed_aged(sent)]
    out += _classes_of_people(out, sent.doc)
    return [_with_full_name(v, sent.doc) for v in out]


def harms_named_person(sent: Span) -> bool:
    """'Jeffery Woodke ... was seized in the town of Abalak', 'X, 33, was attacked by an armed commando', 'X suffered
    stab wounds': a sentence that tells harm done to a named person, though no word of it counts or types the attack."""
    if _named_subject_harmed(sent):
        return True
    assaults = word_set("participants.json", "assault_verbs")
    for ent in entities(sent):
        if not (ent.label_ == "PERSON" or _known_surname(ent)) or _spokesperson(ent):
            continue
        if _opens_among_harmed(ent) or (ent.root.dep_ in ("nsubj", "attr") and _among_effect(ent.root.head)):
            return True  # 'Among those held was the congregation's rabbi, X'
        if _attacked_while(_listed_head(ent.root)):
            return True
        node = _listed_head(ent.root)
        struck = node.dep_ in ("dobj", "nsubjpass") and (
            _verb_harm_kind(node.head) is not None or node.head.lemma_.lower() in assaults
        )
        if struck or _own_clause_effect(ent.root) not in (None, "unharmed"):
            return True
    return False


def _named_subject_harmed(sent: Span) -> bool:
    """A named person as the subject of an assault, abduction or harm ('was seized'), or who suffered a wound."""
    gate = load_data("participants.json")["person_harm"]
    for tok in span_tokens(sent):
        if tok.ent_type_ != "PERSON" or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb, lemma = tok.head, tok.head.lemma_.lower()
        if tok.dep_ == "nsubjpass" and lemma in gate["verbs"]:
            return True
        wounds = (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in gate["injury_nouns"])
        if tok.dep_ == "nsubj" and lemma in gate["suffer_verbs"] and any(wounds):
            return True
    return False


def _classes_of_people(found: list[Victim], doc: Doc) -> list[Victim]:
    """'Several people were injured' where the text says elsewhere 'one of the worshippers said', 'began attacking
    shoppers' or 'a heinous crime against detainees': people harmed told only as people are that class too."""
    generic = word_set("participants.json", "generic_people")
    vague = next((v for v in found if v.kind == "group" and v.name.split()[-1].lower() in generic), None)
    if vague is None:
        return []
    return [
        Victim(name=c.text, kind="group", effect=vague.effect, evidence=[span_evidence(c)])
        for c in _people_classes(doc)
    ]


def _people_classes(doc: Doc) -> list[Token]:
    """Class nouns the document gives the people at an attack: 'one of the X', X attacked, a crime against X
    (cached per document)."""
    return per_doc(doc, "polybius_people_classes", lambda: [t for t in tokens(doc) if _class_of_people(t)])


def _class_of_people(tok: Token) -> bool:
    """Is `tok` a plural class of people ('worshippers') the text counts the harmed among or tells attacked?"""
    if tok.tag_ != "NNS" or tok.lower_ not in word_set("participants.json", "class_nouns"):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one":
        return any(c.lower_ == "the" for c in tok.children)
    if tok.dep_ == "dobj" and head.lemma_.lower() in word_set("participants.json", "assault_verbs"):
        return True
    deeds = word_set("participants.json", "deed_nouns")
    return tok.dep_ == "pobj" and head.lower_ == "against" and head.head.lemma_.lower() in deeds


def _called_settlement(ent: Span) -> bool:
    """'Manbij has been hit by several car bombs', tagged a person, after 'the northern Syrian city of Manbij': a
    one-word name the text calls a city, town or village is that place."""
    if len(ent) != 1:
        return False
    nouns = word_set("participants.json", "settlement_nouns")
    name = ent.root.lower_
    return any(
        t.lower_ == name and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in nouns
        for t in tokens(ent.doc)
    )


def _unnamed_aged(sent: Span) -> list[Token]:
    """'opened fire on Abdulloh Mama, 52, the headman': a proper name the tagger left untagged, with an age
    in apposition, that was shot at."""
    out = []
    for tok in span_tokens(sent):
        if tok.tag_ != "NNP" or tok.ent_type_ or tok.dep_ != "pobj" or not _fired_on(tok.head):
            continue
        ages = [c for c in tok.children if c.dep_ == "appos" and c.tag_ == "CD" and c.text.isdigit()]
        if any(int(a.text) <= MAX_AGE for a in ages):
            out.append(tok)
    return out


def _acting_subject(tok: Token) -> bool:
    """Responders who act: the subject of 'found', 'responded', 'arrived' is no victim."""
    verbs = word_set("participants.json", "responder_verbs")
    if tok.dep_ != "nsubj" or any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in tok.head.children
    ):
        return False  # 'concertgoers found themselves in a nightmare'
    return tok.head.lemma_.lower() in verbs or any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in tok.children)


def _named_victim(name: Span, effect_hint: str | None, effect_token: Token | None = None) -> Victim:
    """A victim named by a person's name, with the effect read at `effect_token` (the name's root)."""
    return Victim(
        name=name.text,
        kind="individual",
        effect=_effect(effect_token if effect_token is not None else name.root, effect_hint),
        evidence=[span_evidence(name)],
    )


LIST_MARKS = frozenset({":", "-", "–", "—", ";"})


def _within_marks(np: Span, tok: Token) -> Span:
    """'19 soldiers' of '27 - 19 soldiers', '12 people' of '12 people: seven policemen': a group named
    without the total before a dash or the parts after a colon."""
    doc = np.doc
    marks = [t.i for t in np if (t.text in LIST_MARKS and (t.text != "-" or t.whitespace_)) or _opens_count(t)]
    start = max((i + 1 for i in marks if i < tok.i), default=np.start)
    end = min((i for i in marks if i > tok.i), default=np.end)
    return doc[start:end]


def _opens_count(tok: Token) -> bool:
    """A bracket opening a count ('9 people (4 soldiers and 5 farmers)'), not a name's gloss ('the FARC (...)')."""
    return tok.text == "(" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Words before a name that are no part of it: titles and nationalities ('Spaniard Francisco Puja')."""
    return word_set("participants.json", "person_titles") | word_set("gazetteer_demonyms.json")


def _title_of(tok: Token) -> Token:
    """'Deputy Superintendent of Police X': the title a name hangs on through 'of', which stands in the list; the
    name else."""
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lower_ in word_set("participants.json", "person_titles")
    ):
        return tok.head.head
    return tok


def _untitled(ent: Span) -> Span:
    """A tagged name without a title the tagger took in with its stop ('Const. Robb Costello'), whose
    parse hangs on the title, not on the name."""
    if ent.label_ != "PERSON" or not ent[0].text.endswith(".") or len(ent) < 3:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


GIVEN_NAMES = 2


def _with_given_names(name: Span) -> Span:
    """'Yolanda Sánchez Figueroa' of which the tagger took 'Yolanda' for a place: the capitalised words just before
    a tagged name that the parser joins to it (not a title or nationality) are its given names."""
    start, doc = name.start, name.doc
    odd = _label_words() | word_set("participants.json", "non_person_name_words")
    while start > name.sent.start and name.start - start < GIVEN_NAMES:
        prev = doc[start - 1]
        joined = prev.dep_ == "compound" and name.start <= prev.head.i < name.end
        if not joined or prev.tag_ != "NNP" or not prev.is_title or prev.lower_ in odd:
            break
        start -= 1
    return doc[start : name.end]


def _untagged_conjuncts(ent: Span) -> list[Token]:
    """'Sister Evanette Onezaire and Sister Jeanne Voltaire were killed': a proper name joined to a harmed person
    that the tagger left untagged is a harmed person too."""
    return [
        c
        for c in ent.root.children
        if c.dep_ == "conj" and c.tag_ == "NNP" and not c.ent_type_ and any(g.dep_ == "compound" for g in c.children)
    ]


def _without_labels(name: Span) -> Span:
    """A tagged name without the titles and nationalities the tagger took into it."""
    start = name.start
    while start < name.end - 1 and (name.doc[start].lower_ in _label_words() or name.doc[start].is_punct):
        start += 1
    return name.doc[start : name.end]


MAX_NAME_WORDS = 6


def _with_full_name(victim: Victim, doc: Doc) -> Victim:
    """'Rodriguez Porth', named in full elsewhere ('Jose Antonio Rodriguez Porth'): the full name."""
    if victim.kind != "individual":
        return victim
    full = full_name(victim.name, doc)
    return victim if full is None else victim.model_copy(update={"name": full})


def full_name(name: str, doc: Doc) -> str | None:
    """The longest name in the document (a run of proper nouns, without titles, places or organisations)
    that holds the words of `name` in a row ('Rodriguez Porth', 'Antonio Roldan' of 'Antonio Roldan Betancur')."""
    words = name.lower().split()
    best: list[Token] = []
    for run in _name_runs(doc):
        if MAX_NAME_WORDS >= len(run) > max(len(words), len(best)) and _holds(run, words):
            best = run
    return doc[best[0].i : best[-1].i + 1].text if best else None


def _holds(run: list[Token], words: list[str]) -> bool:
    """Do the run's words include `words` in a row?"""
    lower = [t.lower_ for t in run]
    return any(lower[i : i + len(words)] == words for i in range(len(lower) - len(words) + 1))


def _name_runs(doc: Doc) -> list[list[Token]]:
    """Runs of proper nouns that may be a person's name."""
    labels = _label_words()
    runs: list[list[Token]] = [[]]
    for tok in tokens(doc):
        if tok.tag_ == "NNP" and tok.lower_ not in labels and tok.ent_type_ not in NON_PERSON_ENTS:
            runs[-1].append(tok)
        elif runs[-1]:
            runs.append([])
    odd = word_set("participants.json", "non_person_name_words")
    trimmed = [r[next((i for i, t in enumerate(r) if not (t.is_punct or t.lower_ in odd)), len(r)) :] for r in runs]
    return [r for r in trimmed if r]  # 'Police Nawaz Gishkori' of 'Superintendent of Police Nawaz Gishkori'


def _dead_in_nouns(sent: Span) -> list[Victim]:
    """'the assassination of Dr Jose Antonio Rodriguez Porth', 'Minister Porth's death': the named dead,
    without their titles."""
    out = []
    for death in deaths_in_nouns(sent):
        if death.kind == "arrested":
            continue  # 'the arrest of X' names a suspect
        for person in [death.person] + [c for c in death.person.children if c.dep_ == "conj"]:
            if person.tag_ == "NNP":
                name = bare_name(person)
                effect = EFFECT_OF_KIND.get(death.kind, death.kind)
                out.append(Victim(name=name.text, kind="individual", effect=effect, evidence=[span_evidence(name)]))
    return out


def bare_name(tok: Token) -> Span:
    """A proper name without the titles and places before it: 'Antonio Roldan Betancur' of 'Antioquia
    Governor Antonio Roldan Betancur'."""
    titles = word_set("participants.json", "person_titles")
    compounds = {c.i for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNP"}
    start = tok.i
    while (
        start - 1 in compounds
        and tok.doc[start - 1].lower_ not in titles
        and tok.doc[start - 1].ent_type_ not in NON_PERSON_ENTS
        and not tok.doc[start - 1].is_punct
    ):
        start -= 1
    return tok.doc[start : tok.i + 1]


def _named_apart(tok: Token) -> Span | None:
    """'the colonel's wife, Angela Guerrero,', 'councillor Jhon Salazar', 'the governor of Balkh, Mohammad
    Dawood Muzammil,', 'our teacher of mathematics, Mr. X,' (the name set after what the title is of, unless that
    is a person: 'the daughter of the ambassador, X,'), or 'X, the province's deputy governor,': one person whose
    name follows or comes before; the victim is the name."""
    scopes = [tok] + [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in TITLE_SCOPES
        for g in c.children
        if g.dep_ == "pobj" and not _person_noun(g)
    ]
    name = next((c for t in scopes for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if name is None and tok.dep_ == "appos" and (tok.head.ent_type_ == "PERSON" or _untagged_name(tok.head)):
        name = tok.head  # 'as Nisar Ahmadi, the province's deputy governor, was on his way'
    if tok.tag_ != "NN" or name is None:
        return None
    ent = next((e for e in entities(tok.doc) if e.start <= name.i < e.end and e.label_ == "PERSON"), None)
    if ent is None and _untagged_name(name):
        return _name_span(name)  # 'Carmen Lopez Ruiz, the mayor of X, was shot dead', the tagger blind to it
    return _without_labels(ent) if ent is not None else None


def _untagged_name(tok: Token) -> bool:
    """A proper name of two or more words the tagger left untagged ('Carmen Lopez Ruiz')."""
    if tok.tag_ != "NNP" or tok.ent_type_:
        return False
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    odd = word_set("participants.json", "non_person_name_words")
    return bool(words) and all(c.tag_ == "NNP" and not c.ent_type_ and c.lower_ not in odd for c in [*words, tok])


def _titled_untagged(sent: Span) -> list[Span]:
    """'Vice Mayor Rommel Alameda of Aparri ... were killed': a name after a title that the tagger left untagged,
    as a person span (without the title)."""
    titles = word_set("participants.json", "person_titles")
    odd = word_set("participants.json", "non_person_name_words")
    out = []
    for tok in span_tokens(sent):
        titled = any(c.lower_ in titles for c in tok.children if c.dep_ == "compound")
        office = _title_of(tok) is not tok
        if tok.tag_ != "NNP" or tok.ent_type_ or not (titled or office):
            continue  # 'Vice Mayor X', 'Deputy Superintendent of Police X'
        name = _name_span(tok)
        start = name.start
        while start < name.end - 1 and tok.doc[start].lower_ in odd:
            start += 1
        if name.end - start > 1 and not any(t.ent_type_ or t.lower_ in titles for t in tok.doc[start : name.end]):
            out.append(Span(tok.doc, start, name.end, label="PERSON"))
    return out


def _title_holder(tok: Token) -> Span | None:
    """'The Taliban governor of Balkh has been killed' where the text names 'the governor of Balkh, Mohammad Dawood
    Muzammil,' elsewhere, 'a teacher' where 'our teacher of mathematics, Mr. X,': one person harmed by a title or
    role the document gives one name is that name."""
    roles = word_set("participants.json", "person_titles") | word_set("participants.json", "victim_nouns")
    if tok.tag_ != "NN" or tok.lower_ not in roles or tok.lower_ in _lone_persons():
        return None  # 'a man was killed' may be another man than 'the man, X,'
    holders = {n.text: n for t in tokens(tok.doc) if t.lower_ == tok.lower_ and t.i != tok.i for n in _titled(t)}
    if len(holders) != 1:
        return None
    holder = next(iter(holders.values()))
    return None if _speaks(holder.root) else holder  # 'a mayor' killed is not 'Mayor X insisted on dialogue'


def _speaks(tok: Token) -> bool:
    """Is `tok` the subject of a verb of speech or reaction ('Mayor X insisted', 'the governor, X, condemned')?"""
    verbs = _source_verbs() | word_set("statements.json", "speech_verbs")
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs


def _titled(tok: Token) -> list[Span]:
    """The name a title is given: in apposition ('the governor of Balkh, X,'), or after it ('Governor X')."""
    if tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON":
        ent = next((e for e in entities(tok.doc) if e.start <= tok.head.i < e.end and e.label_ == "PERSON"), None)
        return [_without_labels(ent)] if ent is not None else []
    named = _named_apart(tok)
    return [named] if named is not None else []


def _person_noun(tok: Token) -> bool:
    """A common noun for a person ('ambassador', 'officer'), who may be the one a name after it is given to."""
    words = word_set("participants.json", "victim_nouns") | word_set("participants.json", "dead_person_nouns")
    return tok.pos_ == "NOUN" and (tok.lower_ in words or tok.lower_ in _label_words())


def _members_named(tok: Token) -> list[Span]:
    """'the two constables, Gurpreet Singh and Rajinder Kumar,': the people a counted group is named as, each
    a victim as the group is (the tagger may take a name for an organisation)."""
    if tok.tag_ != "NNS":
        return []
    first = next((c for c in tok.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
    names = [_person_entity(t) for t in _listed(first)]
    return [n for n in names if n is not None]


def _person_entity(tok: Token) -> Span | None:
    """The person's name `tok` ends, read from the tagger or from the name's shape."""
    ent = next((e for e in entities(tok.doc) if e.start <= tok.i < e.end), None)
    if ent is None or ent.root.i != tok.i or not (ent.label_ == "PERSON" or _name_shaped(ent)):
        return None
    return _without_labels(ent)


def _one_of_a_group(sent: Span) -> list[Victim]:
    """'a member of a local vigilante group ... was shot dead': one of a group harmed, named with
    the group."""
    out = []
    members = word_set("participants.json", "group_member_nouns")
    for tok in span_tokens(sent):
        if tok.lower_ not in members:
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an", "one"):
            continue
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _harm_kinds():
            np = phrase(tok)
            out.append(Victim(name=np.text, kind="individual", effect=_effect(tok, None), evidence=[span_evidence(np)]))
    return out


def _counted_harmed(tok: Token) -> bool:
    """'killing four fighters', 'three guards were wounded': a counted plural noun that a harm verb
    takes as its object (or passive subject) names victims even when it is no victim word; fighters
    or militants count only when a bomb or an attacker harmed them ('troops killed two militants'
    counts attackers, as in the figures)."""
    if tok.tag_ != "NNS" or not any(c.dep_ == "nummod" and c.like_num for c in tok.children):
        return False
    if tok.lower_ in word_set("figures.json", "perpetrator_nouns") and not attacked_side(tok):
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _harm_kinds():
        return True
    return tok.dep_ in ("dobj", "nsubj") and _left_harmed(tok.head)  # 'left 57 inmates dead'


def _left_harmed(verb: Token) -> bool:
    """'The riot left 57 inmates dead', 'left 12 people wounded': 'leave' with a harm word after its object."""
    return verb.lemma_.lower() == "leave" and any(
        c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and _token_harm(c) in ("killed", "injured") for c in verb.children
    )


def _listed_names(sent: Span) -> set[int]:
    """'...shot dead three people as they left a house: | Yassin al-Jubouri, a council member, and
    two of his bodyguards, officials said.': the parser ends the sentence at the colon, so the list
    is the next sentence; its items are the noun it opens with and that noun's appositions and
    conjuncts (not a name inside them, like the council's province)."""
    first = next((t for t in span_tokens(sent) if not (t.is_punct or t.is_space)), None)
    if first is None:
        return set()
    top = first
    while top.head.i != top.i and top.head.i < sent.end and top.dep_ in ("compound", "punct", "det", "amod"):
        top = top.head
    return {t.i for t in _listed(top)}


def _attacker_person(tok: Token) -> bool:
    """'The attacker, a man in his 30s', 'a man with a large knife lunged': the attacker, not a victim."""
    verbs = word_set("participants.json", "attack_verbs")
    if tok.dep_ == "appos" and tok.head.lower_ in word_set("figures.json", "perpetrator_nouns"):
        return True
    harming = _verb_harm_kind(tok.head) is not None and any(c.dep_ == "dobj" for c in tok.head.children)
    if tok.dep_ == "nsubj" and _headline_passive(tok.head):
        return False  # 'Seven coca farmers killed in clash': the farmers were killed
    return tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in verbs or harming)  # 'six armed men seized X'


def _headline_passive(verb: Token) -> bool:
    """'Seven farmers killed in clash', 'Two soldiers wounded in ambush': a past participle with no auxiliary and no
    object, the passive of a headline, whose subject underwent the harm."""
    if verb.tag_ != "VBN" or _verb_harm_kind(verb) is None:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)


def _harmed_person(ent: Span) -> bool:
    """A named person who is the object of a harm verb, who died, or listed among the dead."""
    node = _listed_head(_title_of(ent.root))
    if node.dep_ in ("dobj", "nsubjpass") and _verb_harm_kind(node.head):
        return True
    assaulted = node.head.lemma_.lower() in word_set("participants.json", "assault_verbs")
    if assaulted and node.dep_ == "nsubjpass" and node.ent_type_ == "PERSON":
        return True  # 'X, 19, and Y, 22, were attacked on Lichfield Street'
    if node.dep_ == "nsubj" and node.head.lemma_.lower() in ("die", "perish", "succumb"):
        return True  # 'Kameron Hill, 17, died at the medical center on Tuesday'
    if node.dep_ == "pobj" and _fired_on(node.head):
        return True  # 'two gunmen on a motorcycle opened fire on Abdulloh Mama, 52'
    if node.dep_ in ("dobj", "nsubjpass") and (_pronounced_dead(node.head) or with_wounds(node.head)):
        return True  # 'X, 45, was pronounced dead at the scene', 'Officers found X with gunshot wounds'
    included = node.dep_ == "dobj" and node.head.lemma_.lower() == "include"
    if included and (subject := subject_of(node.head)) is not None and _victim_word(subject):
        return True  # 'The dead include Pierre Lambert'
    if ent.root.dep_ == "appos" and _victim_word(ent.root.head):
        return True  # 'One of those killed, Juan Perez, was a police officer'
    if ent.root.dep_ == "conj" and ent.root.head.tag_ == "VBN" and _verb_harm_kind(ent.root.head):
        return True  # 'Killed in the blast were X, ..., and fish vendor Y', Y parsed as the verb's conjunct
    if node.dep_ in ("nsubj", "attr") and _among_harmed(node.head):
        return True  # 'Hassan Farah, a teacher, was among the dead', 'Among those killed was X'
    if _attacked_while(node):
        return True
    if _harmed_as_pronoun(ent, node) or _own_clause_effect(ent.root) is not None:
        return True
    window = " ".join(t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 8) : ent.start])
    return "among them" in window or "including" in window or "victims" in window or _opens_among_harmed(ent)


def _own_clause_effect(tok: Token) -> str | None:
    """'X suffered a gunshot wound', 'X sustained serious injuries' (injured), 'X is unharmed' (unharmed), 'X, who
    died of his wounds', 'X, who was shot in the back': what the person's own clause says happened to them."""
    node = _listed_head(tok)
    verb = node.head
    if node.dep_ == "nsubj" and verb.lemma_.lower() in word_set("figures.json", "sustain_verbs"):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(kind_of_token(o) == "injured" for d in objects for o in (d, *d.conjuncts)):
            return "injured"
    if node.dep_ == "nsubj" and any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in word_set("participants.json", "unharmed_words")
        for c in verb.children
    ):
        return "unharmed"
    if node.dep_ in ("nsubj", "attr") and (among := _among_effect(verb)) is not None:
        return among  # 'Among those held was the rabbi, X'
    if node.dep_ in ("nsubj", "nsubjpass") and _died_after(verb):
        return "killed"
    return _relative_effect(tok)


def _attacked_while(node: Token) -> bool:
    """'X was talking with residents when a gunman approached and fired', 'Mayor X was meeting officials when a group
    of armed men opened fire': the subject of what was going on when attackers struck."""
    if node.dep_ != "nsubj":
        return False
    verbs = word_set("participants.json", "attack_verbs")
    for clause in (c for c in node.head.children if c.dep_ == "advcl"):
        if not any(m.lower_ in ("when", "as") and m.dep_ in ("mark", "advmod") for m in clause.children):
            continue
        subj = subject_of(clause)
        if (
            subj is not None
            and _attackers_named(subj)
            and any(a.lemma_.lower() in verbs for a in [clause, *clause.conjuncts])
        ):
            return True
    return False


def _attackers_named(subj: Token) -> bool:
    """'a gunman', 'a group of armed men', 'masked assailants': a subject that names attackers."""
    heads = word_set("attackers.json", "heads")
    return any(
        t.lower_ in heads or (t.dep_ == "amod" and t.lower_ in ("armed", "masked", "hooded")) for t in subj.subtree
    )


def _died_after(verb: Token) -> bool:
    """'X was rushed to hospital but died', 'X was taken to a hospital, where he died': a death that follows what
    the verb's subject did or underwent."""
    dying = word_set("figures.json", "dying_verbs")
    if any(c.lemma_.lower() in dying and subject_of(c) in (None, subject_of(verb)) for c in verb.conjuncts):
        return True
    places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        r.dep_ == "relcl" and r.lemma_.lower() in dying and any(c.lower_ in ("he", "she") for c in r.children)
        for p in places
        for r in p.children
    )


def _among_effect(verb: Token) -> str | None:
    """'Among the dead was X' (killed), 'Among those held was X' (kidnapped), 'X was among the wounded' (injured): the
    harm of the group the verb places its subject among."""
    groups = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"
    ]
    for group in groups:
        told = [group, *(c for c in group.children if c.dep_ in ("acl", "relcl", "amod"))]
        kind = next(filter(None, (_token_harm(t) for t in told)), None) or _relative_effect(group)
        if kind is not None and kind != "arrested":
            return kind
    return None


def _relative_effect(tok: Token) -> str | None:
    """The harm told by a relative clause on the name ('X, who died of his wounds')."""
    return next(filter(None, (_relative_harm(c) for c in tok.children if c.dep_ == "relcl")), None)


def _relative_harm(clause: Token) -> str | None:
    """'who died at the scene' (killed), 'who was shot as he walked in' (injured, unless 'shot dead'): the harm a
    relative clause on a name tells."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("who", "that"):
        return None
    kinds = [_clause_harm(v, subject) for v in (clause, *clause.conjuncts)]  # 'who was chased out and died'
    return "killed" if "killed" in kinds else next(filter(None, kinds), None)


def _clause_harm(verb: Token, shared: Token) -> str | None:
    """The harm one verb of a relative clause does its subject (its own, else the clause's `shared` one)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), shared)
    if subject.dep_ == "nsubj" and (verb.lemma_.lower() in word_set("figures.json", "dying_verbs") or _lost_life(verb)):
        return "killed"
    if subject.dep_ != "nsubjpass" or _verb_harm_kind(verb) is None:
        return None
    return _effect_at(verb) or _verb_harm_kind(verb)


def _lost_life(verb: Token) -> bool:
    """'who lost their lives', 'who lost his life': dying, told as a loss."""
    return verb.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


MAX_AGE = 110


def _harmed_as_pronoun(ent: Span, node: Token) -> bool:
    """'The village head, Musa Garba, refused to open the gate, so the gunmen shot him', 'X tried to flee but the
    attackers caught him and killed him': the subject named first is the 'him' or 'her' a harm verb takes later."""
    if node.dep_ != "nsubj" or node.head.lemma_.lower() in _source_verbs():
        return False  # 'Ali Musa said the gunmen shot him' speaks of another
    later = ent.doc[ent.end : ent.sent.end]
    return any(
        t.lower_ in ("him", "her") and t.dep_ == "dobj" and _verb_harm_kind(t.head) and subject_of(t.head) is not node
        for t in later
    )


def _aged_name(ent: Span) -> bool:
    """'Darnell Savoy, 31', tagged an organisation: proper nouns with an age in apposition name a person."""
    if ent.label_ != "ORG" or not all(t.tag_ == "NNP" for t in ent):
        return False
    ages = [c for c in ent.root.children if c.dep_ == "appos" and c.tag_ == "CD" and c.text.isdigit()]
    return any(int(a.text) <= MAX_AGE for a in ages)


MIN_NAME_WORDS, MAX_SHAPED_WORDS = 2, 4


def _name_shaped(ent: Span) -> bool:
    """'DeMarcus Hill', 'Rajinder Kumar' tagged an organisation: two to four capitalised proper nouns with no
    organisation or place word read as a person's name (only where a named victim would stand)."""
    words = [t for t in ent if not t.is_punct]
    if ent.label_ != "ORG" or not MIN_NAME_WORDS <= len(words) <= MAX_SHAPED_WORDS:
        return False
    shaped = all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and not t.is_upper for t in words)
    return shaped and not any(t.lower_ in word_set("participants.json", "non_person_name_words") for t in words)


def _known_surname(ent: Span) -> bool:
    """'Tamimi and a bodyguard died', tagged a place: one proper noun that ends a person's name given
    earlier ('Kareem Jassim al-Tamimi, 52, was driving home') is that person."""
    if ent.label_ == "PERSON" or len(ent) != 1 or ent.root.tag_ != "NNP":
        return False
    earlier = [e for e in entities(ent.doc) if e.label_ == "PERSON" and e.end <= ent.start and len(e) > 1]
    return any(e[-1].lower_ == ent.root.lower_ for e in earlier)


def _spokesperson(ent: Span) -> bool:
    """'police spokesman Omar Said told reporters': a name under a speaker's title is a source, not a victim."""
    speakers = word_set("participants.json", "speaker_titles")
    return any(c.dep_ == "compound" and c.lower_ in speakers for c in ent.root.children)


def _opens_among_harmed(ent: Span) -> bool:
    """'Among the dead were head constable X, 38, and constables Y and Z': a sentence that opens by placing
    what follows among the harmed names victims however the parser reads the list (not its source, unless the name
    follows the copula at once: 'Among the dead was X, ..., her employer confirmed')."""
    sent = ent.sent
    words = [t for t in sent[:4] if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "among" or words[1].lower_ not in ("the", "those"):
        return False
    source = ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in _source_verbs()
    placed = ent.start > 0 and ent.doc[ent.start - 1].lemma_ == "be"
    harmed = _victim_word(words[2]) or words[2].lower_ in word_set("participants.json", "harmed_adjectives")
    return harmed and ent.start > words[2].i and (placed or not source)


def _fired_on(prep: Token) -> bool:
    """'opened fire on', 'fired at', 'shot at': a preposition whose object was shot at."""
    if prep.lower_ not in ("on", "at", "upon"):
        return False
    head = prep.head
    opened = head.lemma_.lower() == "open" and any(c.lower_ == "fire" for c in head.children)
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    shooter = subject_of(verb)  # not 'police opened fire on the man'
    security = shooter is not None and shooter.lower_ in word_set("figures.json", "security_subject_nouns")
    return (opened or head.lemma_.lower() in ("fire", "shoot")) and not security


def _pronounced_dead(verb: Token) -> bool:
    """'was pronounced dead', 'was declared dead', 'was found dead': the verb's subject died."""
    return any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod") for c in verb.children)


def _among_harmed(verb: Token) -> bool:
    """'was among the dead', 'Among those killed was': the verb places its subject among the harmed."""
    groups = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"
    ]
    return any(_victim_word(g) for g in groups)


LIST_CLIMBS = 8


def _listed_head(tok: Token) -> Token:
    """The head of the list a name stands in: 'X and Y have been killed', 'Two guards, X and Y, were killed',
    'X of Milan and Y of Rome, together with Z, were taken hostage' (the parser hangs Y on Milan)."""
    node = tok
    for _ in range(LIST_CLIMBS):
        prep = node.head
        origin = node.dep_ == "pobj" and prep.lower_ == "of" and node.ent_type_ in ("GPE", "LOC")
        along = node.dep_ == "pobj" and prep.lower_ == "with" and any(c.lower_ == "together" for c in prep.children)
        origin = origin or (node is not tok and _named_place_object(node))
        if node.dep_ in ("appos", "conj") and node.head.i != node.i:
            node = node.head
        elif (origin or along) and prep.head.pos_ in ("NOUN", "PROPN"):
            node = prep.head
        else:
            break
    return node


def _verb_harm_kind(verb: Token) -> str | None:
    """The effect a verb has on its object: 'killed' killed, 'taken hostage' kidnapped."""
    kind = _harm_kinds().get(verb.lemma_.lower())
    if (
        kind is None
        and verb.lemma_.lower() == "take"
        and any(c.lower_ in ("hostage", "captive", "prisoner") for c in verb.children)
    ):
        return "kidnapped"
    return kind or ("kidnapped" if _taken_away(verb) else None)


def _taken_away(verb: Token) -> bool:
    """'They took him too', 'the gunmen took her away with them': people the attackers took off with are
    kidnapped, not those taken to hospital or by the police into custody."""
    if verb.lemma_.lower() != "take" or any(c.dep_ == "prep" and c.lower_ != "with" for c in verb.children):
        return False
    away = any(c.lower_ in word_set("participants.json", "taken_away_words") for c in verb.children)
    return away and not security_force(subject_of(verb))


def identified_dead(sent: Span) -> list[Span]:
    """'The dead were identified as Darnell Hughes, 19, Kiara Simmons, 22', 'The slain officer was Constable
    Rajesh Kumar': the names listed after 'identified as', 'named as' or 'was' when the dead, wounded or
    victims are its subject (the tagger often takes such names for organisations, so proper nouns are read
    from the parse)."""
    return [name for name, _ in _identified(sent)]


def _identified(sent: Span) -> list[tuple[Span, Token]]:
    """The names `identified_dead` reads, each with the word for the harmed it names ('the teachers')."""
    out: list[tuple[Span, Token]] = []
    for cue in span_tokens(sent):
        lemma = cue.lemma_.lower()
        if lemma == "be":  # 'The slain officer was Constable Rajesh Kumar'
            who = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            first = next((c for c in cue.children if c.dep_ == "attr"), None)
        elif lemma in ("identify", "name"):
            who = next((c for c in cue.children if c.dep_ in ("nsubjpass", "dobj")), None)
            who = who if who is not None else _whom_before(cue)
            if who is None and cue.dep_ in ("acl", "relcl"):
                who = cue.head  # 'The girl, identified by her family as Amina Yusuf, 9, died'
            if who is not None and who.lower_ in ("whom", "who"):
                who = _antecedent_of(who)  # 'the four officers, whom IRNA named as Lieutenant X, ...'
            clauses = [c for c in (who.children if who is not None else []) if c.dep_ in ("acl", "relcl")]
            agents = [g for c in cue.children if c.dep_ == "agent" for g in c.children]  # 'named by relatives as X'
            holders = [cue, *clauses, *agents]  # 'identified the man killed as X': the parser hangs 'as' on 'killed'
            prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        else:
            continue
        if (
            who is not None
            and first is not None
            and (_victim_word(who) or _harmed_pronoun(who) or _harmed_before(who) or _harmed_here(who))
        ):
            out += [(_name_span(t), who) for t in _listed(first) if t.tag_ == "NNP"]
            out += [(_name_span(t), who) for t in _listed_after(first, sent)]
    return out


def _listed_after(first: Token, sent: Span) -> list[Token]:
    """'named as A, 49, a mother of three; B, 43; C, 67; and Rabbi D, 50': names listed after the first
    that the parser hangs elsewhere than on it (a list split by semicolons)."""
    own = {t.i for t in _listed(first)}
    return [
        t
        for t in span_tokens(sent)[first.i - sent.start + 1 :]
        if t.tag_ == "NNP"
        and t.dep_ in ("conj", "appos")
        and t.i not in own
        and t.ent_type_ in ("PERSON", "ORG", "")
        and (t.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.tag_ == "NNP" for c in t.children))
    ]


WHOM_REACH = 4


def _whom_before(cue: Token) -> Token | None:
    """'whom IRNA named as', which the parser may read as no clause at all: 'whom' a few words before the verb."""
    doc = cue.doc
    return next((t for t in doc[max(cue.sent.start, cue.i - WHOM_REACH) : cue.i] if t.lower_ == "whom"), None)


def _antecedent_of(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the word before it, past a comma."""
    prev = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else pronoun
    if prev.is_punct and prev.i > 0:
        prev = pronoun.doc[prev.i - 1]
    return prev


def _harmed_before(who: Token) -> bool:
    """'... killing seven policemen and their civilian driver. ... The driver was identified as Manoj Nag':
    a person named by a noun ('the driver') that the article earlier said was killed or wounded."""
    det = next((c for c in who.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or who.lower_ not in word_set("participants.json", "victim_nouns"):
        return False
    earlier = [t for t in who.doc[: who.sent.start] if t.lower_ == who.lower_]
    return any(_effect(t, None) in ("killed", "injured") for t in earlier)


def _harmed_here(who: Token) -> bool:
    """'The girl, identified by her family as X, died in hospital', 'gunmen seized the teachers, identified as X and
    Y': the person identified is harmed in the same clause; 'Tamimi and a bodyguard, identified as X, died': or
    the list it stands in is."""
    who = _listed_head(who)
    if who.dep_ == "nsubj" and who.head.lemma_.lower() in word_set("figures.json", "dying_verbs"):
        return True
    if who.dep_ in ("nsubj", "attr") and _among_harmed(who.head):
        return True  # 'Among the dead were the teenager, identified by her family as X'
    return who.dep_ in ("nsubjpass", "dobj") and _verb_harm_kind(who.head) is not None  # 'seized the teachers, ...'


def _harmed_pronoun(who: Token) -> bool:
    """'The coroner identified them as X, Y and Z', 'Relatives named him as X': a pronoun that stands for the
    harmed, when the sentence before reports deaths or wounds and no arrest."""
    if who.tag_ != "PRP" or who.lower_ not in ("them", "him", "her", "they", "he", "she"):
        return False
    own = list(who.doc[who.sent.start : who.i])  # 'the names of those killed, but relatives identified them as'
    if who.sent.start == 0 and not own:
        return False
    before = [*(who.doc[who.sent.start - 1].sent if who.sent.start > 0 else []), *own]
    kinds = {_token_harm(t) for t in before}
    found = word_set("participants.json", "remains_nouns") | {"victim", "victims"}
    victims = any(t.lemma_.lower() in found for t in before)  # 'the victims were all women', 'the body of a man'
    return bool(kinds & {"killed", "injured"} or victims) and "arrested" not in kinds


def _several(tok: Token) -> bool:
    """'the attackers', 'Two men were arrested': the report speaks of more than one attacker or suspect."""
    held = tok.tag_ == "NNS" and tok.lower_ in _counting("seen_person_nouns") and _arrested(tok)
    return tok.lower_ in _counting("plural_attacker_nouns") or held


def _arrested(tok: Token) -> bool:
    """'A 17-year-old boy and a 20-year-old man have been arrested', 'Officers detained the driver': a suspect."""
    node = _listed_head(tok)
    return node.dep_ in ("nsubjpass", "dobj") and "arrested" in (_token_harm(node.head), verb_harm(node.head))


def _token_harm(tok: Token) -> str | None:
    """The harm one word names ('died', 'dead', 'wounded', 'arrested'), if any."""
    if tok.lower_ == "dead":
        return "killed"
    return _harm_kinds().get(tok.lemma_.lower()) or (
        "arrested" if tok.lemma_.lower() in word_set("figures.json", "kinds", "arrested") else None
    )


def _named_place_object(node: Token) -> bool:
    """'a student at Whitehaven High School, DeMarcus Hill': a name in apposition to a named school, shop or
    town after 'at', 'of' or 'from' stands beside the noun before it (an organisation has no personal name)."""
    places = ("ORG", "FAC", "GPE", "LOC")
    return node.dep_ == "pobj" and node.head.lower_ in ("at", "of", "from") and node.ent_type_ in places


def _victim_word(tok: Token) -> bool:
    """Words for the harmed: 'the victims', 'the dead', 'the dead ranger', 'the officer who died', 'one of the
    dead' (of those an identification names)."""
    if (
        tok.lower_ in ("victims", "victim", "wounded", "injured", "dead", "deceased")
        or tok.lemma_.lower() in _harm_kinds()
    ):
        return True
    if any(c.dep_ == "amod" and c.lower_ in word_set("participants.json", "harmed_adjectives") for c in tok.children):
        return True
    if any(c.dep_ in ("relcl", "acl") and (_verb_harm_kind(c) or _relative_harm(c)) for c in tok.children):
        return True  # 'the soldiers who lost their lives'
    return tok.like_num and any(
        g.dep_ == "pobj" and _victim_word(g) for c in tok.children if c.lower_ == "of" for g in c.children
    )


def _listed(first: Token | None) -> list[Token]:
    """A noun and the nouns listed after it (appositions and conjuncts)."""
    if first is None:
        return []
    out = [first]
    for child in first.children:
        if child.dep_ in ("appos", "conj"):
            out += _listed(child)
    return out


def _name_span(tok: Token) -> Span:
    """A name from its proper-noun compounds, without the titles before it ('Sergeant Ahmed Khalil')."""
    person = next((e for e in entities(tok.doc) if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    if person is not None and person.end == tok.i + 1 and person.end - person.start > 1:
        return _without_labels(person)  # 'Yael Ben-David', whose hyphen the parser splits off
    titles = word_set("participants.json", "person_titles")
    if tok.lower_ in titles or f"{tok.lower_}." in titles:  # 'as Sgt. Michael Carter', split at the stop
        after = next((e for e in entities(tok.doc) if tok.i < e.start <= tok.i + 2 and e.label_ == "PERSON"), None)
        if after is not None:
            return _without_labels(after)
    start = min([c.i for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNP"] + [tok.i])
    while start < tok.i and tok.doc[start].lower_ in titles:
        start += 1
    return tok.doc[start : tok.i + 1]


def _effect(tok: Token, hint: str | None) -> str:
    """What happened to a victim: the harm verb (or death noun) it hangs on, 'shot to death' killed."""
    own = _own_clause_effect(tok)
    if own is not None and (own != "injured" or _relative_effect(tok) is None):
        return own  # 'The dead included X, who was shot in the lot': a shot told in passing defers to the list
    tok = _listed_head(tok)
    along = tok.head.lower_ == "with" and tok.head.head.lower_ in ("along", "together")
    for node in (tok.head, tok.head.head, *([tok.head.head.head] if along else [])):  # 'seized X along with Y'
        kind = _effect_at(node)
        if kind:
            return kind
    return hint or own or "unknown"


def _effect_at(node: Token) -> str | None:
    """The harm one verb or noun above a victim tells: 'shot to death', 'taken hostage', 'with stab wounds'."""
    shot_dead = node.pos_ == "VERB" and node.i + 1 < len(node.doc) and node.doc[node.i + 1].lower_ == "dead"
    if to_death(node) or shot_dead or any(c.lower_ == "dead" and c.dep_ != "nsubj" for c in node.children):
        return "killed"  # 'shot to death', 'shot dead a headman and his wife'
    if node.lemma_.lower() == "take" and _verb_harm_kind(node):
        return "kidnapped"
    if with_wounds(node):
        return "injured"  # 'A third man was taken to hospital with stab wounds'
    figure_kind = noun_harm(node)
    if figure_kind and figure_kind != "arrested":  # 'the arrest of a man' harmed no one
        return EFFECT_OF_KIND.get(figure_kind, figure_kind)
    return _harm_kinds().get(node.lemma_.lower())


def perpetrator_count(sent: Span) -> Count | None:
    """'a gunman opened fire', 'A man opened fire' -> 1: a singular attacker (or a person who is
    the subject of an attack verb) with an indefinite article."""
    verbs = word_set("participants.json", "attack_verbs")
    singular = word_set("participants.json", "singular_attacker_nouns")
    for tok in span_tokens(sent):
        person_attacker = tok.lower_ in _lone_persons() and (
            (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs) or _seen_placing(tok)
        )
        if (tok.lower_ in singular or person_attacker) and tok.tag_ == "NN":
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            definite = det is not None and det.lower_ == "the" and tok.lower_ in singular
            if det is not None and (det.lower_ in ("a", "an", "one") or definite):
                start = det.i
                return Count(value=1, evidence=[evidence(sent.doc, sent.doc[start].idx, tok.idx + len(tok.text))])
        if tok.tag_ == "NN" and attacker_by_clause(tok):
            return Count(value=1, evidence=[span_evidence(phrase(tok))])
        if _suicide_bomb(tok):
            return Count(value=1, evidence=[span_evidence(phrase(tok))])
    return None


def _suicide_bomb(tok: Token) -> bool:
    """'A suicide car bomb exploded', 'a suicide bombing', 'a suicide bomber': one bomber."""
    if tok.tag_ != "NN" or tok.lower_ not in _counting("single_bomb_nouns"):
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    suicide = any(c.lower_ == "suicide" for c in tok.children if c.dep_ in ("compound", "amod"))
    return suicide and det is not None and det.lower_ in ("a", "an")


def _counting(key: str) -> frozenset[str]:
    """One word list of the attacker-count rules."""
    return word_set("participants.json", "attacker_count", key)


def described_perpetrator_count(sents: Sequence[Span]) -> Count | None:
    """The attackers' number told outside the attack sentences: 'the gunmen, who numbered around seven',
    'They were about fifteen', 'two youths on a motorcycle were seen on CCTV', or one suspect only ever
    named in the singular ('the suspect', 'shot by a man', 'a 19-year-old man has been arrested')."""
    for sent in sents:
        found = _numbered(sent) or _seen_count(sent)
        if found is not None:
            return found
    if any(_several(t) for s in sents for t in s):
        return None
    return next((c for c in map(_lone_suspect, sents) if c is not None), None)


def _value_at(sent: Span, tok: Token) -> int | None:
    """The value of the number expression that contains a token."""
    return next((q.value for q in find_quantities(sent) if q.start <= tok.i < q.end and not q.vague), None)


def _numbered(sent: Span) -> Count | None:
    """'the gunmen, who numbered around seven', 'They were about fifteen, some in fatigues': attackers
    (or 'they') given a bare number by 'number' or 'be'."""
    attackers = _counting("plural_attacker_nouns") | {"they", "men", "gunmen"}
    for tok in span_tokens(sent):
        if tok.tag_ != "CD" or any(c.dep_ in ("compound", "nummod") for c in tok.children):
            continue
        verb = next((a for a in (tok.head, tok.head.head) if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or tok.i < verb.i or tok.i - verb.i > 3:
            continue
        numbering = verb.lemma_.lower() in _counting("numbering_verbs")
        subj = subject_of(verb) or (verb.head if verb.dep_ in ("xcomp", "relcl", "acl") else None)
        if numbering and subj is not None and subj.dep_ == "nsubj" and subj.head.dep_ == "relcl":
            subj = subj.head.head  # 'the gunmen, who he said numbered around seven'
        if subj is None or subj.lower_ not in attackers or not (numbering or verb.lemma_ == "be"):
            continue
        value = _value_at(sent, tok)
        if value is not None and value > 1:
            return Count(value=value, evidence=[evidence(sent.doc, min(subj.idx, tok.idx), tok.idx + len(tok.text))])
    return None


def _seen_count(sent: Span) -> Count | None:
    """'Two youths on a motorcycle were seen on the footage', 'CCTV captured two men', 'footage showing one
    person pouring fuel': the number of people seen on camera near an attack."""
    words = {t.lower_ for t in span_tokens(sent)}
    for tok in span_tokens(sent):
        if tok.lower_ not in _counting("seen_person_nouns") or tok.pos_ != "NOUN":
            continue
        verb = tok.head
        seen = verb.lemma_.lower() in _counting("seen_verbs") and tok.dep_ in ("nsubjpass", "dobj")
        if not seen or not (words & _counting("footage_words") or any(c.tag_ == "VBG" for c in verb.children)):
            continue
        num = next((c for c in tok.children if c.dep_ == "nummod" or c.lower_ in ("a", "an", "one")), None)
        value = 1 if num is not None and num.lower_ in ("a", "an", "one") else None
        value = value or (_value_at(sent, num) if num is not None else None)
        if value is not None:
            return Count(value=value, evidence=[evidence(sent.doc, num.idx, tok.idx + len(tok.text))])
    return None


def _lone_suspect(sent: Span) -> Count | None:
    """'The suspect was overpowered', 'he was shot by a man', 'a 19-year-old man has been arrested', 'the
    driver was detained at the scene': one attacker, when the report never speaks of several."""
    for tok in span_tokens(sent):
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or tok.tag_ != "NN":
            continue
        suspect = det.lower_ == "the" and tok.lower_ in _counting("suspect_nouns")
        agent = det.lower_ in ("a", "an") and tok.dep_ == "pobj" and tok.head.dep_ == "agent"
        agent = agent and tok.lower_ in _lone_persons() and tok.head.head.lemma_.lower() in _harm_kinds()
        held = det.lower_ in ("a", "an") and tok.lower_ in _lone_persons() and _arrested(tok)
        alone = tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.children)
        named = det.lower_ == "the" and tok.lower_ in _counting("held_person_nouns") and alone
        held = held or (named and _arrested(tok))
        if suspect or agent or held:
            return Count(value=1, evidence=[evidence(sent.doc, det.idx, tok.idx + len(tok.text))])
    return None


def _seen_placing(tok: Token) -> bool:
    """'Footage showed a man in a cap placing the backpack on the bus', 'a woman seen planting the device': a
    person described leaving a bomb or attacking (a participle clause)."""
    verbs = word_set("participants.json", "placing_verbs")
    worn = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "with") for g in c.children]
    clauses = [c for n in (tok, *worn) for c in n.children if c.dep_ == "acl"]  # 'a man in a cap placing'
    if tok.dep_ == "dobj":  # the parser often hangs the participle on 'showed'
        clauses += [c for c in tok.head.children if c.dep_ == "advcl" and c.i > tok.i]
    return any(c.tag_ == "VBG" and c.lemma_.lower() in verbs and _object_no_place(c) for c in clauses)


def _object_no_place(verb: Token) -> bool:
    """'leaving a suitcase', not 'leaving the mall': the act's object, if any, is no place or building."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is None or target_kind(obj.lemma_) is None


def attackers_killed(sent: Span, known_count: int | None) -> Figure | None:
    """'before he was shot dead', 'blew themselves up', 'The driver, who detonated the bomb, was
    also killed': attackers who died (GTD nkillter)."""
    text = " ".join(t.lower_ for t in span_tokens(sent))
    has_attacker: bool | None = None
    lone = known_count == 1 and sent[0].lower_ in PRONOUNS
    for cue in load_data("participants.json")["perpetrator_killed"]:
        pos = text.find(cue)
        if pos < 0:
            continue
        subject = _cue_subject(sent, cue)
        if subject is None:
            continue
        has_attacker = _names_attacker(sent) if has_attacker is None else has_attacker
        if not (has_attacker or lone or _attacking_person(subject)) or _killer(subject, cue):
            continue
        value = _subject_count(subject, known_count)
        if value is None:
            continue
        start = min(subject.idx, _cue_start(sent, cue))
        end = _cue_end(sent, cue)
        return Figure(kind="killed", value=value, of="perpetrators", evidence=[evidence(sent.doc, start, end)])
    return _killed_by_security(sent)


def _names_attacker(sent: Span) -> bool:
    """Does the sentence name an attacker ('the gunman', 'a man drove his car into ...')? Asked only once a cue of
    an attacker's death is found."""
    singular = word_set("participants.json", "singular_attacker_nouns")
    words = span_tokens(sent)
    return any(t.lemma_.lower() in singular or t.lower_ in singular for t in words) or any(
        _attacking_person(t) for t in words
    )


def _killer(subject: Token, cue: str) -> bool:
    """'A gunman killed two people': the subject of an active verb of killing with an object killed others."""
    verb = subject.head
    own = cue.split()[-1] in ("himself", "herself", "themselves", "life", "up", "his", "her")
    return not own and subject.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)


def _killed_by_security(sent: Span) -> Figure | None:
    """'The suspect was shot and killed by a police officer', 'Police shot dead the attacker', 'The driver was
    shot dead by officers': the one person security forces killed in an attack report is its attacker."""
    for tok in span_tokens(sent):
        if not _the_suspect(tok):
            continue
        verb = tok.head
        passive = tok.dep_ == "nsubjpass" and security_force(agent_of_any(verb))
        active = tok.dep_ == "dobj" and security_force(subject_of(verb))
        if (passive or active) and "killed" in (verb_harm(verb), _verb_harm_kind(verb)):
            first, last = min(tok.left_edge, verb, key=lambda t: t.i), max(tok, verb, key=lambda t: t.i)
            ev = evidence(sent.doc, first.idx, last.idx + len(last.text))
            return Figure(kind="killed", value=1, of="perpetrators", evidence=[ev])
    return None


def _the_suspect(tok: Token) -> bool:
    """'the suspect', 'the attacker', 'the driver', 'him': one person the report has already named as the
    attacker (a definite noun or a pronoun)."""
    if tok.lower_ in ("him", "he"):
        return True
    nouns = (word_set("participants.json", "singular_attacker_nouns"), _counting("killed_suspect_nouns"))
    if tok.tag_ != "NN" or not any(tok.lower_ in words for words in nouns):
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ == "the"


def _attacking_person(tok: Token) -> bool:
    """'A man drove his car into ...', 'the driver, who detonated the bomb': a person who is the
    subject of an attack verb, in the clause or in a relative clause about them."""
    if tok.lower_ not in _lone_persons() or tok.tag_ != "NN":
        return False
    verbs = word_set("participants.json", "attack_verbs")
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs:
        return not reduced_passive(tok.head) and not _headline_participle(tok.head)
    if tok.lower_ not in _counting("armed_by_trade") and any(
        c.dep_ == "amod" and c.lower_ in _counting("attacker_adjectives") for c in tok.children
    ):
        return True  # 'An armed man who held six people hostage was shot dead'
    nouns = [tok] + [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "relcl" and c.lemma_.lower() in verbs for n in nouns for c in n.children)


def _headline_participle(verb: Token) -> bool:
    """'Soldier killed in Kashmir ambush', 'Police officer killed, another injured': a participle (or a harm verb the
    tagger read as past tense) with no object and no 'has' is a passive with its 'was' dropped."""
    no_aux = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_.lower() in _harm_kinds())
    return participle and no_aux and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def _cue_tokens(sent: Span, cue: str) -> tuple[int, int] | None:
    words = cue.split()
    toks = list(sent)
    for i in range(len(toks) - len(words) + 1):
        if [t.lower_ for t in toks[i : i + len(words)]] == words:
            return toks[i].i, toks[i + len(words) - 1].i
    return None


def _cue_start(sent: Span, cue: str) -> int:
    span = _cue_tokens(sent, cue)
    return sent.doc[span[0]].idx if span else sent.start_char


def _cue_end(sent: Span, cue: str) -> int:
    span = _cue_tokens(sent, cue)
    if span is None:
        return sent.end_char
    last = sent.doc[span[1]]
    return last.idx + len(last.text)


def _cue_subject(sent: Span, cue: str) -> Token | None:
    span = _cue_tokens(sent, cue)
    if span is None:
        return None
    for tok in sent.doc[span[0] : span[1] + 1]:
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return _nominal(child)
        if tok.head.i < span[0] and tok.head.pos_ in ("VERB", "AUX"):
            for child in tok.head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < span[0]:
                    return child
    return None


def _nominal(subject: Token) -> Token:
    """A subject the parser took for a verb ('An armed man who held six people hostage was shot dead', with
    'hostage' a verb): the noun that is its own subject."""
    if subject.pos_ != "VERB":
        return subject
    return next((c for c in subject.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), subject)


def _subject_count(subject: Token, known: int | None) -> int | None:
    """How many attackers the subject of 'was shot dead' stands for."""
    low = subject.lower_
    if low in PRONOUNS or low in word_set("participants.json", "singular_attacker_nouns") or _attacking_person(subject):
        return 1
    if low in ("they", "themselves") or low in word_set("figures.json", "attacker_count_nouns"):
        nums = [c for c in subject.children if c.dep_ == "nummod" and c.like_num]
        if nums and nums[0].text.isdigit():
            return int(nums[0].text)
        return known
    return None
