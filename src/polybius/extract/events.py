"""Event types and weapons from trigger words and phrases (data/events.json, after GTD's types)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from polybius.extract.kinds import kind_of_token
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import parsed_text, per_doc, subject_of, tokens
from polybius.model import EventType, Figure, Target, Victim


@dataclass(frozen=True)
class Trigger:
    """One trigger match: which table ('event_types' or 'weapons'), its label and token span; `named` is
    false for a weapon only implied by a verb ('shot'), whose words are no weapon detail."""

    table: str
    label: str
    start: int
    end: int
    named: bool = True


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, list[tuple[str, str]]]:
    """lower-case word or lemma -> [(table, label)]."""
    data = load_data("events.json")
    index: dict[str, list[tuple[str, str]]] = {}
    for table in ("event_types", "weapons"):
        for label, spec in data[table].items():
            for word in spec["lemmas"]:
                index.setdefault(word.lower(), []).append((table, label))
    return index


@lru_cache(maxsize=4)
def _phrase_matcher(nlp: Language) -> PhraseMatcher:
    data = load_data("events.json")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for table in ("event_types", "weapons"):
        for label, spec in data[table].items():
            if spec["phrases"]:
                matcher.add(f"{table}|{label}", [nlp.make_doc(p) for p in spec["phrases"]])
    return matcher


def find_triggers(doc: Doc, nlp: Language) -> list[Trigger]:
    """Event-type and weapon triggers in a document; phrases win over the single words they contain."""
    found: list[Trigger] = []
    covered: set[tuple[str, int]] = set()
    for match_id, start, end in _phrase_matcher(nlp)(doc):
        table, label = nlp.vocab.strings[match_id].split("|")
        found.append(Trigger(table, label, start, end))
        covered.update((table, i) for i in range(start, end))
    index = _lemma_index()
    for tok in tokens(doc):
        for form in {tok.lower_, tok.lemma_.lower()}:
            for table, label in index.get(form, ()):
                if (table, tok.i) not in covered:
                    found.append(Trigger(table, label, tok.i, tok.i + 1))
                    covered.add((table, tok.i))
    found += _ramming(doc)
    found += _subject_acts(doc, "assault", "armed_assault")
    found += _subject_acts(doc, "aircraft_strike", "airstrike")
    found += _subject_acts(doc, "projectile_strike", "shelling")
    found += [t for t in _struck_with_aircraft(doc) if (t.table, t.start) not in covered]
    found += [t for t in _attacked_with_blade(doc) if (t.table, t.start) not in covered]
    found += [t for t in _fired_projectiles(doc) + _to_death(doc) if (t.table, t.start) not in covered]
    found += [t for t in _national_strikes(doc) if ("event_types", t.end - 1) not in covered]
    found += [t for t in _strikes_that_hit(doc) if ("event_types", t.start) not in covered]
    found += [t for t in _set_on_fire(doc) if (t.table, t.start) not in covered]
    found += [t for t in _gunshot_wounds(doc) + _hit_by_bullets(doc) if (t.table, t.start) not in covered]
    shots = [t for t in _shooting(doc) if (t.table, t.start) not in covered]
    found += shots + [
        Trigger("event_types", "armed_assault", t.start, t.end)
        for t in shots
        if ("event_types", t.start) not in covered and _shot_someone(doc[t.start])
    ]
    found += [t for t in _generic_acts(doc) if ("event_types", t.start) not in covered]
    found = [t for t in found if not _figurative_hostage(doc, t) and not _mining_site(doc, t) and not _spent(doc, t)]
    found = [t for t in found if not _response_fire(doc, t) and not _launched_grenade(doc, t)]
    found = [_dropped_bomb(doc, t) for t in found if not _habitual_kind(doc, t)]
    found.sort(key=lambda t: t.start)
    return found


def _figurative_hostage(doc: Doc, trigger: Trigger) -> bool:
    """'taken the market hostage': the thing held is not a person."""
    tok = doc[trigger.start]
    if trigger.label != "hostage_taking" or tok.lower_ not in ("hostage", "hostages", "captive"):
        return False
    verb = tok.head
    if verb.lemma_.lower() not in ("take", "hold"):
        return False
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i]
    held += [c for c in tok.children if c.dep_ in ("compound", "poss")]
    obj = held[0] if held else None
    if obj is None:
        return False
    people = load_data("participants.json")["victim_nouns"]
    return obj.pos_ == "NOUN" and obj.lower_ not in people and obj.ent_type_ != "PERSON"


def _mining_site(doc: Doc, trigger: Trigger) -> bool:
    """'the Grasberg copper and gold mine operated by Freeport', 'a friend of mine': a mine dug for minerals, or
    the pronoun, is no explosive."""
    tok = next((t for t in doc[trigger.start : trigger.end] if t.lower_ in ("mine", "mines")), None)
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return True  # 'a friend of mine'
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    spec = load_data("events.json")["mining"]
    before = [t for t in tok.subtree if t.i < tok.i] + [c for t in tok.subtree if t.i < tok.i for c in t.conjuncts]
    owned = any(c.dep_ == "acl" and c.lemma_.lower() in spec["owner_verbs"] for c in tok.children)
    return owned or any(t.lower_ in spec["minerals"] for t in before)


def _habitual_kind(doc: Doc, trigger: Trigger) -> bool:
    """'has long been the scene of clashes between security forces and Baloch armed groups', 'a spate of
    bombings': attacks of a kind told in the plural as a history are no event of this incident."""
    tok = doc[trigger.end - 1]
    if trigger.table != "event_types" or tok.tag_ != "NNS" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    frame = tok.head.head
    return frame.lemma_.lower() in load_data("events.json")["habitual_frames"]["nouns"]


def _dropped_bomb(doc: Doc, trigger: Trigger) -> Trigger:
    """'The plane came very low and dropped two bombs', 'barrel bombs dropped by helicopters': bombs dropped from
    the air make an airstrike, not a bombing."""
    tok = doc[trigger.end - 1]
    if trigger.table != "event_types" or trigger.label != "bombing" or tok.lemma_.lower() != "bomb":
        return trigger
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else (tok.head.head if tok.dep_ == "conj" else None)
    dropped = tok.dep_ == "acl" or (verb is not None and verb.lemma_.lower() == "drop")
    dropped = dropped or any(c.dep_ == "acl" and c.lemma_.lower() == "drop" for c in tok.children)
    return Trigger(trigger.table, "airstrike", trigger.start, trigger.end) if dropped else trigger


def _launched_grenade(doc: Doc, trigger: Trigger) -> bool:
    """'attackers armed with AK-47 rifles and rocket-propelled grenades': a grenade fired from a launcher is a
    weapon of the assault, no bombing."""
    if trigger.table != "event_types" or trigger.label != "bombing":
        return False
    tok = doc[trigger.end - 1]
    mods = load_data("events.json")["launched_grenades"]
    before = doc[max(0, trigger.start - 3) : trigger.start].text.lower()
    return tok.lemma_.lower() == "grenade" and any(m in before for m in mods["modifiers"])


def _response_fire(doc: Doc, trigger: Trigger) -> bool:
    """'The suspect was shot dead by officers', 'attacker shot dead by police', 'the officer who fired the shots':
    police shooting the attacker is the response to the attack, no firearm attack of its own."""
    if trigger.label not in ("firearm", "armed_assault"):
        return False
    verb = next((t for t in doc[trigger.start : trigger.end] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() == "arm":
        return False  # 'the assailants, armed with guns' carry guns; no one shot them
    spec = load_data("events.json")["response_fire"]
    attackers = set(spec["shot_attackers"]) | word_set("attackers.json", "heads")
    shot, shooters = _shot_and_shooters(verb)
    if shot and all(s.lower_ in attackers for s in shot):
        return not any(r.lower_ in attackers for r in shooters)
    people = [s for s in shot if s.lower_ not in ("shots", "shot", "rounds", "bullets") and s.pos_ != "PRON"]
    return bool(shooters) and all(r.lower_ in spec["responders"] for r in shooters) and not people


def _shot_and_shooters(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who was shot and who shot, through a headline passive ('attacker shot dead by police'), a joined verb
    ('was shot and killed by an officer') and a relative clause ('the officer who fired')."""
    verbs = [verb, *verb.conjuncts]
    passive = any(c.dep_ == "agent" for v in verbs for c in v.children)
    shot_deps = ("nsubjpass", "dobj", "nsubj") if passive else ("nsubjpass", "dobj")
    shot = [c for c in verb.children if c.dep_ in shot_deps]
    shot += [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" and not shot else []
    shooters = [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not passive:
        shooters += [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("who", "that")]
    shooters += [verb.head] if verb.dep_ == "relcl" else []
    return shot, shooters


def _spent(doc: Doc, trigger: Trigger) -> bool:
    """'police collected 28 empty shells', 'bullet shells', 'shell casings': cases of fired rounds, no explosive."""
    tok = doc[trigger.start]
    if trigger.table != "weapons" or trigger.end - trigger.start != 1 or tok.lemma_.lower() != "shell":
        return False
    spec = load_data("events.json")["spent_rounds"]
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in spec["modifiers"]]
    return bool(mods) or (tok.dep_ in ("compound", "amod") and tok.head.lower_ in spec["heads"])


def _ramming(doc: Doc) -> list[Trigger]:
    """'A driver ploughed a van into pedestrians': a verb of driving, a vehicle, 'into' people."""
    spec = load_data("events.json")["ramming"]
    verbs, vehicles, victims = set(spec["verbs"]), set(spec["vehicles"]), set(spec["victims"])
    out: list[Trigger] = []
    for tok in tokens(doc):
        if tok.lemma_.lower() not in verbs:
            continue
        window = doc[tok.i + 1 : min(len(doc), tok.i + 10)]
        vehicle = next((t for t in window if t.lower_ in vehicles), None) or _driven(tok, vehicles)
        into = next((t for t in window if t.lower_ == "into"), None)
        if vehicle is None or into is None:
            continue
        who = next((t for t in doc[into.i + 1 : min(len(doc), into.i + 5)] if t.lower_ in victims), None)
        if who is not None:
            out.append(Trigger("event_types", "vehicle_ramming", tok.i, who.i + 1))
            out.append(Trigger("weapons", "vehicle", vehicle.i, vehicle.i + 1))
    return out


def _driven(verb: Token, vehicles: set[str]) -> Token | None:
    """'A grey SUV drove at speed into the crowd', 'a car driving into people': the vehicle is the verb's
    subject or the noun it describes."""
    nouns = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ in ("acl", "relcl") else [])
    return next((n for n in nouns if n.lower_ in vehicles), None)


def _subject_acts(doc: Doc, key: str, label: str) -> list[Trigger]:
    """'fighters armed with guns raided a camp, killing 14' (armed assault), 'a jet struck a village'
    (airstrike): an active verb of attack whose subject is one of the table's nouns (and that kills or
    wounds, or hits a garrison, when the table says so: 'guerrillas attacked a farm' may be arson), with the
    table's weapon if it has one ('drones slammed into' is an explosive)."""
    spec = load_data("events.json")[key]
    verbs, subjects, drone_verbs, drones = _act_words(key)
    acts = verbs | drone_verbs
    out: list[Trigger] = []
    for tok in per_doc(doc, "polybius_verbs", lambda: [t for t in tokens(doc) if t.pos_ == "VERB"]):
        lemma = tok.lemma_.lower()
        if lemma not in acts:
            continue
        own = subjects if lemma in verbs else drones  # 'drones crashed into', never 'a plane crashed'
        doers = _shared_subjects(tok) if key == "projectile_strike" else [c for c in tok.children if c.dep_ == "nsubj"]
        subj = next((c for c in doers if c.lower_ in own), None)
        harms = not spec.get("harm_needed") or any(_harm(c) for c in tok.children if c.dep_ in ("advcl", "conj"))
        harms = harms or any(c.dep_ == "dobj" and c.lemma_.lower() in spec.get("garrisons", []) for c in tok.children)
        if subj is not None and harms:
            out.append(Trigger("event_types", label, min(subj.i, tok.i), tok.i + 1))
            if "weapon" in spec:
                out.append(Trigger("weapons", spec["weapon"], subj.i, subj.i + 1, named=False))
    return out


@cache
def _act_words(key: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """A `_subject_acts` table's verbs, their subjects, and its drone verbs and drones, as sets built once."""
    spec = load_data("events.json")[key]
    subjects = spec.get("attackers", spec.get("aircraft", spec.get("projectiles", [])))
    return (
        frozenset(spec["verbs"]),
        frozenset(subjects),
        frozenset(spec.get("drone_verbs", [])),
        frozenset(spec.get("drones", [])),
    )


def _shared_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is joined to ('rockets fired from Tal Abyad hit the town'): read for
    projectiles only (aircraft that 'fly in circles and dive' strike nothing)."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBD")  # 'Shells fired ... struck homes'
    if own or not joined:
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _has_with_prep(verb: Token) -> bool:
    """Is there a 'with' phrase between the verb's edges (which hold its subtree)? Most verbs have none, and
    walking the subtree builds every token anew."""
    stretch = tokens(verb.doc)[verb.left_edge.i : verb.right_edge.i + 1]
    return any(t.lower_ == "with" and t.dep_ == "prep" for t in stretch)


def _struck_with_aircraft(doc: Doc) -> list[Trigger]:
    """'the Guards struck positions near Koya with drones and artillery', 'attacked the city with drones': an
    attack made with aircraft or drones is an airstrike with explosives."""
    spec = load_data("events.json")["aircraft_strike"]
    out: list[Trigger] = []
    told = (t for t in tokens(doc) if t.pos_ == "VERB" and t.lemma_.lower() in spec["verbs"] and not _reported(t))
    for verb in told:
        subtree = verb.subtree if _has_with_prep(verb) else ()
        for prep in (t for t in subtree if t.lower_ == "with" and t.dep_ == "prep" and _used_by(t, verb)):
            used = [g for g in prep.children if g.dep_ == "pobj"]
            used += [c for u in used for c in u.conjuncts]
            craft = next((u for u in used if u.lower_ in spec["aircraft"]), None)
            if craft is not None:
                out.append(Trigger("event_types", "airstrike", verb.i, craft.i + 1))
                out.append(Trigger("weapons", "explosive", craft.i, craft.i + 1, named=False))
    return out


def _attacked_with_blade(doc: Doc) -> list[Trigger]:
    """'a man attacked passers-by with a knife', 'wounded two officers with a machete': an attack made with a
    blade is a stabbing."""
    spec = load_data("events.json")["melee_attack"]
    out: list[Trigger] = []
    for verb in (t for t in tokens(doc) if t.pos_ == "VERB" and t.lemma_.lower() in spec["verbs"]):
        subtree = verb.subtree if _has_with_prep(verb) else ()
        for prep in (t for t in subtree if t.lower_ == "with" and t.dep_ == "prep" and _used_by(t, verb)):
            used = [g for g in prep.children if g.dep_ == "pobj"]
            blade = next(
                (u for u in [*used, *(c for u in used for c in u.conjuncts)] if u.lower_ in spec["blades"]), None
            )
            if blade is not None:
                out.append(Trigger("event_types", "stabbing", verb.i, blade.i + 1))
        blade = _blade_in_hand(verb, spec["blades"])
        if blade is not None and any(c.dep_ == "dobj" for c in verb.children):
            start, end = sorted((verb.i, blade.i))
            out.append(Trigger("event_types", "stabbing", start, end + 1))
    return out


def _blade_in_hand(verb: Token, blades: list[str]) -> Token | None:
    """'a man armed with a knife attacked passengers', 'took a knife from a display and began attacking shoppers':
    the blade the one who attacks holds, told beside the verb rather than with it."""
    acts = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    acts += [c for a in list(acts) for c in a.conjuncts]
    held = [c for a in acts for c in a.children if c.dep_ == "dobj" and c.lower_ in blades]
    subj = next((c for a in acts for c in a.children if c.dep_ == "nsubj"), None)
    armed = [c for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() == "arm"] if subj is not None else []
    held += [g for a in armed for p in a.children if p.lower_ == "with" for g in p.children if g.lower_ in blades]
    return held[0] if held else None


def _reported(verb: Token) -> bool:
    """'the army said it had struck the depot with drones': a strike a speaker tells of its own side is their
    claim (statements.py), not the narrative of the attack."""
    speech = word_set("statements.json", "speech_verbs")
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in speech
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
    )


def _used_by(prep: Token, verb: Token) -> bool:
    """'with drones' hangs on the verb, or on a noun of what it struck ('struck positions near Koya with
    drones', as the parser often attaches it), with no other verb between."""
    head = prep.head
    while head.i != verb.i:
        if head.pos_ not in ("NOUN", "PROPN", "ADP") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _fired_projectiles(doc: Doc) -> list[Trigger]:
    """'Hezbollah fired dozens of rockets at northern Israel', 'fired mortar rounds at a base': rockets,
    mortars or shells fired are shelling with explosives ('an aircraft firing rockets' describes an attacker
    whose own clause tells the attack)."""
    spec = load_data("events.json")["fired_projectiles"]
    out: list[Trigger] = []
    for verb in (t for t in tokens(doc) if t.pos_ == "VERB" and t.lemma_.lower() in spec["verbs"] and t.dep_ != "acl"):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            fired = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
            fired += [c for o in fired for c in o.children if c.dep_ == "compound"]
            hit = next((f for f in fired if f.lower_ in spec["objects"]), None)
            if hit is not None:
                out.append(Trigger("event_types", "shelling", verb.i, obj.i + 1))
                out.append(Trigger("weapons", "explosive", hit.i, hit.i + 1))
    return out


def _to_death(doc: Doc) -> list[Trigger]:
    """'hacked 12 villagers to death': a verb of cutting with 'to death' after it is a stabbing with a blade."""
    spec = load_data("events.json")["to_death"]
    out: list[Trigger] = []
    for tok in (t for t in tokens(doc) if t.pos_ == "VERB" and t.lemma_.lower() in spec["verbs"]):
        after = doc[tok.i + 1 : min(len(doc), tok.i + 2 + spec["max_gap"])]
        death = next((t for t in after if t.lower_ == "death" and t.i > 0 and doc[t.i - 1].lower_ == "to"), None)
        if death is not None:
            out.append(Trigger("event_types", "stabbing", tok.i, death.i + 1))
            out.append(Trigger("weapons", "melee", tok.i, tok.i + 1, named=False))
    return out


def _national_strikes(doc: Doc) -> list[Trigger]:
    """'An Israeli strike on a school', 'Russia's overnight strike', 'a separate coalition strike': a strike a nation,
    state or military coalition carried out is an airstrike with explosives (not a 'missile strike' or a 'hunger
    strike')."""
    spec = load_data("events.json")["national_strike"]
    out: list[Trigger] = []
    for tok in tokens(doc):
        if tok.pos_ != "NOUN" or tok.lower_ not in spec["nouns"]:
            continue
        before = [c for c in tok.children if c.i < tok.i]
        owner = next(
            (
                c
                for c in before
                if c.dep_ in ("amod", "compound", "poss")
                and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in spec["force_owners"])
            ),
            None,
        )
        told = any(c.lower_ in spec["determiners"] for c in before) or (owner is not None and owner.dep_ == "poss")
        if owner is not None and told and not any(c.lower_ in spec["not_after"] for c in before):
            out.append(Trigger("event_types", "airstrike", owner.i, tok.i + 1))
            out.append(Trigger("weapons", "explosive", tok.i, tok.i + 1, named=False))
    return out


def _strikes_that_hit(doc: Doc) -> list[Trigger]:
    """'A strike hit a car near Tyre, killing two', 'US strikes hit a port in Hodeidah': a strike that hits or
    kills is an airstrike with explosives (not a 'missile strike', nor a hunger strike, which hit nothing)."""
    spec = load_data("events.json")["national_strike"]
    verbs = set(load_data("events.json")["projectile_strike"]["verbs"])
    out: list[Trigger] = []
    for tok in tokens(doc):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in spec["nouns"] or tok.dep_ != "nsubj":
            continue
        if tok.head.lemma_.lower() not in verbs or any(c.lower_ in spec["not_after"] for c in tok.children):
            continue
        out.append(Trigger("event_types", "airstrike", tok.i, tok.i + 1))
        out.append(Trigger("weapons", "explosive", tok.i, tok.i + 1, named=False))
    return out


def _harm(verb: Token) -> bool:
    """'..., killing 14 civilians': a verb that kills or wounds people."""
    return kind_of_token(verb) in ("killed", "injured")


def _set_on_fire(doc: Doc) -> list[Trigger]:
    """'setting homes on fire', 'set it alight': 'set', its object, then a fire complement a few words on."""
    spec = load_data("events.json")["set_on_fire"]
    complements = [c.split() for c in spec["complements"]]
    out: list[Trigger] = []
    for tok in tokens(doc):
        if tok.lower_ not in spec["verbs"]:
            continue
        for i in range(tok.i + 2, min(len(doc), tok.i + 2 + spec["max_gap"])):
            words = next((c for c in complements if [t.lower_ for t in doc[i : i + len(c)]] == c), None)
            if words is not None:
                out.append(Trigger("event_types", "arson", tok.i, i + len(words)))
                out.append(Trigger("weapons", "incendiary", tok.i, i + len(words)))
                break
            if doc[i].is_punct or doc[i].pos_ == "VERB":
                break
    return out


def _gunshot_wounds(doc: Doc) -> list[Trigger]:
    """'the officers had sustained gunshot wounds', 'two men died of gunshot wounds', 'found a man with gunshot wounds':
    people shot are an armed assault (not an attacker the police shot: 'the suspect suffered gunshot wounds'; not a
    wound told in passing in a relative clause, nor people a hospital treated for them)."""
    spec = load_data("events.json")["gunshot_wounds"]
    out: list[Trigger] = []
    for tok in tokens(doc):
        if tok.lemma_.lower() not in spec["nouns"] or not any(c.lower_ in spec["causes"] for c in tok.children):
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
        if verb is None or verb.lemma_.lower() not in spec["verbs"] or verb.dep_ == "relcl":
            continue  # 'one of whom sustained gunshot wounds, were evacuated' (in passing), 'treated people with ...'
        holder = _wounded(tok, verb)
        if holder is None or holder.lower_ not in spec["not_victims"]:
            out.append(Trigger("event_types", "armed_assault", tok.i - 1, tok.i + 1))
    return out


def _hit_by_bullets(doc: Doc) -> list[Trigger]:
    """'the mayor was hit in the chest by a single bullet', 'a boy was struck by sniper fire': someone hit by gunfire
    was shot, an armed assault with a firearm; a generic 'someone' (a statistic's definition) is no one shot."""
    spec = load_data("events.json")["hit_by_bullets"]
    out: list[Trigger] = []
    for verb in (t for t in tokens(doc) if t.pos_ == "VERB" and t.lemma_.lower() in spec["verbs"]):
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        shots = [
            a for a in agents if a.lemma_.lower() in spec["shots"] or any(c.lower_ in spec["shots"] for c in a.children)
        ]
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if shots and subjects and not any(c.lower_ in spec["generic_subjects"] for c in subjects):
            out.append(Trigger("event_types", "armed_assault", verb.i, shots[0].i + 1))
            out.append(Trigger("weapons", "firearm", shots[0].i, shots[0].i + 1, named=False))
    return out


def _wounded(wound: Token, verb: Token) -> Token | None:
    """Who has the wound: the subject of 'sustained'/'died of' (which the parser may hang on its auxiliary), the
    object of 'found ... with'."""
    if wound.dep_ == "pobj" and wound.head.lower_ == "with":
        held = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if held is not None:
            return held
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return subject_of(verb) or next((c for a in auxiliaries for c in a.children if c.dep_ == "nsubj"), None)


def _shooting(doc: Doc) -> list[Trigger]:
    """'shot those who resisted', 'firing at houses': a verb of shooting at someone or something is a
    firearm, unless what was fired is a missile or shell."""
    spec = load_data("events.json")["shooting"]
    return [
        Trigger("weapons", "firearm", tok.i, tok.i + 1, named=False)
        for tok in tokens(doc)
        if tok.pos_ == "VERB" and _shoots(tok, spec)
    ]


def _shot_someone(verb: Token) -> bool:
    """'shot three people', 'two officers were shot', 'fired shots at a crowd': a shooting that hit people or
    was aimed at someone is an armed assault ('fired three shots but hit no one' is not yet one)."""
    spec = load_data("events.json")["shooting"]
    if verb.lemma_.lower() in spec["fire_verbs"]:
        return any(c.dep_ == "prep" and c.lower_ in spec["preps"] for c in verb.children)
    hit = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(h.lower_ in _people_nouns() or h.ent_type_ == "PERSON" for h in hit)


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people who can be shot: the victim nouns, 'people' and 'person'."""
    return word_set("participants.json", "victim_nouns") | {"people", "person"}


def _shoots(verb: Token, spec: dict) -> bool:
    """A verb of 'shooting' with something shot at: its object, its passive subject or 'at'/'on' a target."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    aimed = any(c.dep_ == "prep" and c.lower_ in spec["preps"] for c in verb.children)
    shot = [*objs, *(c for o in objs for c in o.children if c.dep_ == "compound")]  # 'mortar rounds'
    shot += [c for c in verb.children if c.dep_ == "nsubj"]  # 'rockets fired from the town hit ...'
    if any(o.lemma_.lower() in spec["not_shot"] for o in shot):
        return False
    if lemma in spec["shoot_verbs"]:
        return bool(objs) or aimed
    if lemma not in spec["fire_verbs"]:
        return False
    fired = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lower_ in spec["rounds"] for o in fired) or (aimed and not fired)


def _generic_acts(doc: Doc) -> list[Trigger]:
    """'subversives conducted an attack against the former minister', 'the attack on the nuns': an
    attack whose kind the words do not name (event type 'other'), aimed at someone or carried out."""
    spec = load_data("events.json")["generic_acts"]
    nouns = set(spec["nouns"])
    verbs = set(spec["person_verbs"])
    acts = set(spec["attacker_verbs"])
    return [
        Trigger("event_types", "other", tok.i, tok.i + 1)
        for tok in tokens(doc)
        if _generic_act(tok, tok.lemma_.lower(), spec, (nouns, verbs, acts))
    ]


def _generic_act(tok: Token, lemma: str, spec: dict, words: tuple[set[str], set[str], set[str]]) -> bool:
    """Is the token an attack noun aimed or carried out, a verb harming a person, or attackers harming people?"""
    nouns, verbs, acts = words
    return (
        (tok.tag_ == "NN" and lemma in nouns and _aimed_or_carried(tok, spec))
        or (lemma in verbs and _person_harmed(tok))
        or (lemma in acts and _attackers_harmed_people(tok))
    )


def _attackers_harmed_people(verb: Token) -> bool:
    """'Jihadists killed 12 villagers', 'bandits abducted 30 pupils', 'two soldiers were killed by
    militants', 'Israeli forces killed three Palestinians': attackers named by their role, or a nation's
    forces, harmed people, though no weapon is named."""
    if verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False  # 'police said the gunmen had killed five villagers': an act told before, retold
    attackers = (set(load_data("events.json")["assault"]["attackers"]) - {"men"}) | word_set("attackers.json", "heads")
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actors = [*agents, subj] if subj is not None else agents
    harmed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(a.lower_ in attackers or _national_force(a) for a in actors) and any(_people(h) for h in harmed)


def _national_force(tok: Token) -> bool:
    """'Israeli forces', 'Russian troops', 'Nigerian soldiers': a nation's armed men."""
    forces = word_set("attackers.json", "force_members") | word_set("attackers.json", "force_institutions")
    return tok.lower_ in forces and any(c.ent_type_ in ("NORP", "GPE") for c in tok.children if c.i < tok.i)


def _people(tok: Token) -> bool:
    """A noun for people ('12 villagers', 'a teacher', 'Ali Hassan', 'three Palestinians')."""
    counted = tok.ent_type_ == "NORP" and any(c.dep_ == "nummod" for c in tok.children)
    people = _people_nouns()
    return counted or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in people or tok.lower_ in people


def _person_harmed(verb: Token) -> bool:
    """'guerrillas killed General Gustavo Alvarez', 'Jaime Pardo Leal was murdered': a past verb of
    killing whose object or passive subject is a person's name."""
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children))
    return done and any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON" for c in verb.children)


def _aimed_or_carried(noun: Token, spec: dict) -> bool:
    """'an attack against the minister', 'the ambush on the convoy', 'staged an ambush'; not 'any attack'."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if not dets or any(d.lower_ in spec["unreal_determiners"] for d in dets):
        return False
    aimed = any(
        c.dep_ == "prep" and (c.lower_ in spec["preps"] or (c.lower_ == "of" and _names_person(c)))
        for c in noun.children
    )
    carried = noun.dep_ == "dobj" and noun.head.lemma_.lower() in spec["carry_verbs"]
    return aimed or carried


def _names_person(prep: Token) -> bool:
    """'the murder of Jaime Pardo Leal': the object of 'of' is a person's name."""
    return any(c.dep_ == "pobj" and c.ent_type_ == "PERSON" for c in prep.children)


def resolve_airstrikes(found: list[Trigger]) -> list[Trigger]:
    """'Warplanes bombed the town' is an airstrike, not a bombing; 'rammed an explosives-laden car into
    a checkpoint' is a bombing, the vehicle its delivery, not a ramming; 'gunmen carried out an attack' is
    an attack of the kind the sentence names, not also one of no kind ('other') (applied per sentence)."""
    labels = {t.label for t in found if t.table == "event_types"}
    if "other" in labels and len(labels) > 1:
        labels.discard("other")
        named = next(iter(labels)) if len(labels) == 1 else None
        found = [
            Trigger(t.table, named, t.start, t.end) if t.label == "other" and named else t
            for t in found
            if t.label != "other" or named
        ]
    if "airstrike" in labels and "bombing" in labels:
        return [t for t in found if not (t.table == "event_types" and t.label == "bombing")]
    if "vehicle_ramming" in labels and "bombing" in labels:
        return [t for t in found if t.label not in ("vehicle_ramming", "vehicle")]
    return found


def killings_as_assault(events: list[EventType], figures: Sequence[Figure]) -> list[EventType]:
    """'Terrorists stormed the village, killed 18 civilians and set fire to houses': people killed or wounded in an
    attack whose only named kinds are ones that need not harm anyone (arson, hostage-taking), or that no trigger
    typed at all, were assaulted (GTD armed assault); an attack told of no kind ('other') stays so."""
    if {e.value for e in events} - set(load_data("events.json")["harmless_kinds"]):
        return events
    harm = next((f for f in figures if f.of == "victims" and f.kind in ("killed", "injured") and f.value), None)
    if harm is None or not harm.evidence or harm.status == "partial":
        return events
    return [*events, EventType(value="armed_assault", evidence=list(harm.evidence[:1]))]


def assassination_means() -> frozenset[str]:
    """The kinds of attack on a named official that make it an assassination (GTD: shot, bombed or stabbed)."""
    return frozenset(load_data("events.json")["official_titles"]["assassination_means"])


def generic_attack_words() -> frozenset[str]:
    """Words that signal an attack without naming its type."""
    return frozenset(load_data("events.json")["generic_attack"])


def harmed_official(targets: Sequence[Target], victims: Sequence[Victim], sentences: Sequence[Span]) -> Target | None:
    """The official an attack harmed (GTD assassination): a victim killed or wounded named after an official's
    title, or a government target told in the same sentence as a victim named by a person's name or by the same
    words ('gunmen shot dead councillor X'); not a minister who condemned it or a council that gave the toll."""
    harmed = [v for v in victims if v.kind == "individual" and v.evidence and v.effect in ("killed", "injured")]
    titled = next((v for v in harmed if _titled(v, sentences)), None)
    if titled is not None:
        return Target(name=titled.name, kind="government", evidence=list(titled.evidence))
    doc = sentences[0].doc if sentences else None
    for target in (t for t in targets if t.kind == "government" and t.evidence):
        told = target.evidence[0]
        whole = doc.char_span(told.start, told.end, alignment_mode="expand") if doc is not None else None
        if whole is not None and _official_harmed(whole.root):
            return target  # 'A candidate for mayor of Celaya was shot dead'
        sent = next((s for s in sentences if s.start_char <= told.start < s.end_char), None)
        words = whole if sent is not None else None
        if words is None or words.root.tag_ in ("NNS", "NNPS") or _owner(words) or _source(words.root):
            continue  # 'officials', 'prosecutors'; "the governor's office said"; 'according to a local official'
        if _bracketed_source(words):
            continue  # a wire flash's source: '... shot dead by police (minister)'
        if _reaction(sent):
            continue  # 'Pakistan's foreign minister X called the bombing a "heinous crime"'
        for victim in (v for v in victims if v.evidence):
            seen = victim.evidence[0]
            same = seen.start < told.end and told.start < seen.end
            if sent.start_char <= seen.start < sent.end_char and (victim.kind == "individual" or same):
                return target
    return None


def _official_harmed(tok: Token) -> bool:
    """'A candidate for mayor was shot dead', 'gunmen killed the mayor': one official, by title, the passive subject
    or object of a verb that kills or wounds."""
    if tok.tag_ != "NN" or tok.lower_ not in _titles() or tok.head.pos_ != "VERB":
        return False
    table = load_data("participants.json")["harm_verbs"]
    if not (_harm(tok.head) or tok.head.lemma_.lower() in {*table["killed"], *table["injured"]}):
        return False
    headline = tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in tok.head.children)  # 'candidate shot dead'
    return tok.dep_ in ("nsubjpass", "dobj") or headline


def _titled(victim: Victim, sentences: Sequence[Span]) -> bool:
    """'the killing of attorney general Roberto Garcia Alvarado', 'Mayor Luis Pineda was shot': a victim named
    right after an official's title, in a sentence about the attack."""
    seen = victim.evidence[0]
    sent = next((s for s in sentences if s.start_char <= seen.start < s.end_char), None)
    if sent is None or _reaction(sent):
        return False
    words = parsed_text(sent.doc)[sent.start_char : seen.start].replace(",", " ").split()
    while words and words[-1][:1].isupper() and words[-1].lower() not in _titles():
        words.pop()  # 'Sardar Amanullah' of a name whose evidence starts at 'Khan Baloch'
    before = " ".join(words).lower()
    return any(before.endswith(f" {t}") or before == t for t in _titles()) or _local_office(before)


def _local_office(before: str) -> bool:
    """'the city's newly appointed secretary', 'the municipal treasurer': an office a city or state government
    holds, owned by it a few words before the title."""
    spec = load_data("events.json")["official_titles"]
    title = next((t for t in spec["office_titles"] if before.endswith(f" {t}") or before == t), None)
    if title is None:
        return False
    owners = before[: -len(title)].split()[-4:]
    return any(w in spec["government_owners"] for w in owners)


def _reaction(sent: Span) -> bool:
    """'"This is a barbaric act," reacted the prime minister, X, condemning the shooting', 'foreign minister X
    called the bombing a "heinous crime"': a sentence that reacts to the attack and tells no harm."""
    table = load_data("participants.json")["harm_verbs"]
    harms = set(table["killed"]) | set(table["injured"])
    if any(t.pos_ == "VERB" and (t.lemma_.lower() in harms or _harm(t)) for t in sent):
        return False
    data = load_data("statements.json")
    reacting = set(data["verbs"]["condemnation"]) | set(data["judging_verbs"]) | set(data["condemning_object_verbs"])
    return any(t.pos_ == "VERB" and t.lemma_.lower() in reacting | {"react"} for t in sent)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(load_data("events.json")["official_titles"]["titles"])


def _source(tok: Token) -> bool:
    """'according to a local official', 'the governor said': who tells of the attack."""
    speech = word_set("statements.json", "speech_verbs") | word_set("statements.json", "report_verbs")
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in speech:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _bracketed_source(words: Span) -> bool:
    """'man shot dead by police (minister)': a title alone in brackets names who told the news (a wire flash)."""
    doc = words.doc
    opens = words.start > 0 and doc[words.start - 1].text == "("
    return opens and words.end < len(doc) and doc[words.end].text == ")"


def _owner(words: Span) -> bool:
    """The words own what follows ('the provincial governor's office')."""
    doc = words.doc
    return words.end < len(doc) and doc[words.end].tag_ == "POS"
