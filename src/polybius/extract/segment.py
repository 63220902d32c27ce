"""Which sentences report an incident, and where one incident ends and the next begins.

An article may report no attack (a film review), one, or several ('Two separate attacks ...'):
a new incident starts at a violent sentence that ties the attack to another city and signals a
new event (a new paragraph or a cue such as 'separate', 'hours earlier'), at a sentence opening on
such a cue ('The day before, ...'), or at a paragraph that reports harm done on a day of its own, at
a place it names. Inside a sentence, a clause 'and six died in a separate attack' is another incident
and 'a day after a grenade attack in Sopore' only refers to one (its scene joins that attack if the
text tells it later; with harm at a place no incident told it is an incident of its own). A later sentence
goes back to an incident it names by order ('In the first attack'), by a town or kind of act only that incident
has, or to all of them ('condemned both attacks'). A live blog is read update by update, oldest first; an update
stating an act in a town no incident named is another incident. A headline telling two attacks gives each its part.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from polybius.extract.dates import DateMention, clock_minutes, date_role, dates_statement, is_act, is_date_line
from polybius.extract.events import generic_attack_words
from polybius.extract.kinds import FoundFigure, padded_sentence
from polybius.extract.places import DISTANCE_UNITS, TOWN_WORDS, PlaceMention, dateline_end
from polybius.extract.resources import load_data, word_set
from polybius.extract.sentences import SentenceInfo
from polybius.extract.spans import doc_text, parsed_text, span_text, span_tokens, tokens

TIMESTAMP = re.compile(
    r"(\d{1,2})[:.](\d{2})\s*([ap])?\.?m?\.?(?:\s*[A-Z]{2,5})?(?:\s*[-\u2013\u2014:|]\s+\S.*)?\s*$", re.IGNORECASE
)
MIN_UPDATES = 3
PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
CONTRAST_WORDS = frozenset({"while", "whereas", "whilst"})
TIMING_VERBS = frozenset({"come", "follow"})


@dataclass
class Segment:
    """The sentences of one incident, the city that anchors it and, when the text dates it only against
    another incident ('A day earlier, ...'), that day."""

    sentences: list[SentenceInfo] = field(default_factory=list)
    city: PlaceMention | None = None
    relative: RelativeDay | None = None


@dataclass
class RelativeDay:
    """'A day earlier', 'the next morning': `days` from the date of the `base` incident, said at start:end
    (no span: the same day as the base's, as a clause of its sentence is)."""

    base: Segment
    days: int
    start: int | None = None
    end: int | None = None


def _relative_day(info: SentenceInfo, base: Segment) -> RelativeDay | None:
    """The day a sentence gives against the incident told before it ('The day before, ...')."""
    words = span_text(info.span).lower()
    for cue, days in load_data("segments.json")["relative_day_cues"].items():
        found = re.search(rf"\b{re.escape(cue)}\b", words)
        if found:
            return RelativeDay(base, days, info.span.start_char + found.start(), info.span.start_char + found.end())
    return None


def _reference_day(ref: SentenceInfo, base: Segment) -> RelativeDay | None:
    """'three days after the treasurer was shot dead' in a sentence on the base incident: the attack referred to
    was that many days before it ('a day before ...': after it)."""
    words = padded_sentence(ref.span)
    for cue, days in load_data("segments.json")["reference_day_cues"].items():
        found = re.match(rf" (?:just |only |barely )?{re.escape(cue)} ", words)
        if found:
            start = ref.span.start_char + span_text(ref.span).lower().find(cue)
            return RelativeDay(base, days, start, start + len(cue))
    return None


def _same_day(base: Segment, clause: bool) -> RelativeDay | None:
    """A clause of a sentence on the incident before is on its day."""
    return RelativeDay(base, 0) if clause else None


def _attack_city(info: SentenceInfo) -> PlaceMention | None:
    """The city a violent sentence places the attack in ('in Kunduz', "Kabul's ... district")."""
    doc = info.span.doc
    for m in info.places:
        if m.place is None or m.place.kind != "city":
            continue
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        before2 = doc[m.start - 2].lower_ if m.start > 1 else ""
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        town_of = before == "of" and before2 in TOWN_WORDS
        if before in PLACE_PREPS or after == "'s" or town_of or _act_on(doc[m.start - 1]):
            return m
    return None


def _act_on(prep: Token) -> bool:
    """'a drone attack on Dnipro', 'a raid on Gwoza': a town an act is on is where it was."""
    return prep.lower_ == "on" and prep.head.i != prep.i and is_act(prep.head)


def _any_city(info: SentenceInfo) -> PlaceMention | None:
    """The first city a sentence names, but not one a distance is measured from ('180 km south of Amman')."""
    doc = info.span.doc
    cities = (m for m in info.places if m.place is not None and m.place.kind == "city")
    return next((m for m in cities if not _measured_from(doc, m.start)), None)


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    if a.place and b.place:
        return a.place.geonames_id == b.place.geonames_id
    return a.text.lower() == b.text.lower()


def _elsewhere(city: PlaceMention, current: Segment) -> bool:
    """Is the city another place than the incident's: its city, else the villages it names ('stormed the
    village of Dansadau', which the gazetteer lacks)?"""
    if current.city is not None:
        return not _same_place(city, current.city)
    scenes = set().union(*(_scene_names(s) for s in current.sentences if s.violent))
    return bool(scenes) and city.text.lower() not in scenes


def _new_event_cue(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    if previous is not None and previous.paragraph != info.paragraph:
        return True
    words = padded_sentence(info.span)
    return any(f" {cue} " in words for cue in load_data("segments.json")["new_incident_cues"])


def _headline_only(current: Segment) -> bool:
    """Does the incident so far tell violence only in its headline ('Governor killed in Balkh bombing'), whose place
    is often the wider area or another name of the scene the first paragraph tells ('in Mazar-i-Sharif')?"""
    line_end = dateline_end(current.sentences[0].span.doc) if current.sentences else 0
    return all(_headline(s) or s.span.end_char <= line_end or not s.violent for s in current.sentences)


def _opens_paragraph(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    return previous is not None and previous.paragraph != info.paragraph


def _harm_kind(found: FoundFigure) -> bool:
    """A toll of people killed, injured or taken hostage."""
    return found.figure.kind in ("killed", "injured", "hostages")


def _harm(info: SentenceInfo) -> bool:
    return any(_harm_kind(f) and not _denied(info, f) for f in info.figures)


def _denied(info: SentenceInfo, found: FoundFigure) -> bool:
    """'No one was hurt', 'no one was killed', 'nobody was hurt' (an explicit zero): a toll denied is no harm."""
    tok = info.span.doc[found.token]
    return found.figure.value == 0 or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _fighting(current: Segment) -> bool:
    """Is the incident fighting between two forces ('fighting between Azerbaijani and Armenian forces raged for a third
    day')? Each side's shelling of a village on the front, told in a paragraph of its own, is part of it."""
    return any("clash" in s.event_types for s in current.sentences if s.reported and not _headline(s))


def _starts_incident(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    """Harm, an act and a sign of a new event ('Hours earlier', a new paragraph)."""
    return _harm(info) and bool(info.event_types) and _new_event_cue(info, previous)


REGION_KINDS = frozenset({"country", "admin1", "admin2", "continent"})


def _act_days(info: SentenceInfo, unresolved: bool = False, strict: bool = False) -> set[str]:
    """Days a sentence gives for what happened, not for a statement ('officials said on Sunday'), a
    revision ('the toll rose to 19 on Monday') nor the dateline or a date line; with `unresolved`, a day named with no
    publication date to resolve it ('on 25 january') counts by its words; with `strict`, only days the parse ties to
    an act (not 'Until Tuesday, officials had blamed the kidnapping', 'downgraded ties on Wednesday after blasts')."""
    found = _act_dates(info)
    if strict:
        found = [d for d in found if date_role(info.span.doc, d, _speech()) == "act"]
    days = {d.value for d in found if d.value and d.precision == "day"}
    if unresolved:
        days |= {_day_words(d.text) for d in found if d.value is None and _names_day(d.text)}
    return days


def _act_dates(info: SentenceInfo) -> list[DateMention]:
    """The date mentions of a sentence outside the dateline and date lines that date no statement."""
    if _stamp(info):
        return []
    doc = info.span.doc
    speech = _speech()
    line_end = dateline_end(doc)
    text = doc_text(doc)
    return [
        d
        for d in info.dates
        if d.start >= line_end
        and not dates_statement(doc, d, speech)
        and not is_date_line(text, d)
        and not _dates_other_act(doc, d)
        and not _since_clause(doc, d)
    ]


def _stamp(info: SentenceInfo) -> bool:
    """'| Mon, June 26, 2017 | 09:14 am': a line with no verb and no act is a publication stamp, dating nothing told."""
    return not info.triggers and not info.attack_words and not any(t.pos_ == "VERB" for t in info.span)


def _since_clause(doc: Doc, found: DateMention) -> bool:
    """'11 servicemen had been killed since the fighting erupted on Sunday', 'since Sunday': a day that starts a
    span of fighting dates no one act of it."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    for node in [span.root, *span.root.ancestors]:
        if node.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return True
        if node.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def _dates_other_act(doc: Doc, found: DateMention) -> bool:
    """'near the house of one of the victims of Sunday evening's attack': a day owning an act named inside a phrase
    dates that other act, not the sentence's."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1] if span[-1].dep_ == "poss" or span[-1].dep_ == "case" else span.root
    owner = last.head if last.dep_ == "poss" else last.head.head if last.dep_ == "case" else None
    return owner is not None and owner.dep_ == "pobj" and is_act(owner)


@cache
def _speech() -> frozenset[str]:
    """Verbs that date a statement or a report, not an act ('said', 'reported')."""
    return word_set("statements.json", "speech_verbs") | word_set("segments.json", "report_verbs")


def _day_words(text: str) -> str:
    """'the 25 January' -> '25 january': a day's words without articles."""
    return " ".join(w for w in text.lower().split() if w not in ("the", "on", "of"))


def _names_day(text: str) -> bool:
    """A particular day: a month day ('25 january') or a weekday ('last Thursday')."""
    words = set(text.lower().split())
    return bool(words & word_set("segments.json", "day_words")) and (
        any(w.isdigit() for w in words) or bool(words & word_set("segments.json", "weekdays"))
    )


def _other_day(info: SentenceInfo, current: Segment) -> bool:
    """'On 25 January commandos machinegunned the general' after an attack of 7 January: an act stated on
    a day the incident so far never gave, when it gave one, is another attack."""
    if not (info.violent and _event_stated(info, verbs_only=True)) or _in_told_act(info):
        return False
    days = _act_days(info, unresolved=True, strict=True)
    known = set().union(*(_act_days(s, unresolved=True) for s in current.sentences if s.reported and not _plans(s)))
    return bool(days and known) and not days & known and not all(_weekday_of(d, known) for d in days)


def _plans(info: SentenceInfo) -> bool:
    """'The prime minister is to address parliament on Monday', 'will visit on Tuesday': a sentence telling what is
    planned gives no day of anything done."""
    root = info.span.root
    blocked = word_set("segments.json", "unasserting_auxiliaries")
    if any(c.dep_ == "aux" and c.lower_ in blocked for c in root.children):
        return True
    return root.lemma_ == "be" and any(
        x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in root.children
    )


def _in_told_act(info: SentenceInfo) -> bool:
    """'Four soldiers were killed during the initial assault on Friday, when attackers opened fire on a patrol': harm
    placed in an act the text names as one already told ('the assault', not 'a second attack') is part of it."""
    nouns = word_set("segments.json", "incident_nouns") | word_set("segments.json", "other_incident_nouns")
    ordinals = set(load_data("segments.json")["ordinals"]) | word_set("segments.json", "other_markers")
    for tok in span_tokens(info.span):
        if tok.lower_ not in nouns or tok.dep_ != "pobj" or tok.head.lower_ not in ("during", "in"):
            continue
        words = {c.lower_ for c in tok.children}
        if "the" in words and not words & ordinals and _harm_verb(tok.doc[tok.head.head.i : tok.head.head.i + 1]):
            return True
    return False


def _weekday_of(day: str, known: set[str]) -> bool:
    """'a friday afternoon' after 'on 13 September 1974' (a Friday): a weekday no publication date resolves
    names the weekday of a day already given."""
    named = set(day.split()) & word_set("segments.json", "weekdays")
    weekdays = {_weekday(k) for k in known}
    return bool(named) and named <= weekdays


def _weekday(value: str) -> str:
    """The weekday of an ISO day ('1974-09-13' -> 'friday'), '' for anything else."""
    try:
        return date.fromisoformat(value).strftime("%A").lower()
    except ValueError:
        return ""


def _names_a_place(info: SentenceInfo) -> bool:
    """A town, village or facility named outside the dateline (a country or region is not a scene, nor the place of
    a speaker: 'a U.N. spokesman in New York said')."""
    line_end = dateline_end(info.span.doc)
    return any(
        m.start_char >= line_end
        and (m.place is None or m.place.kind not in REGION_KINDS)
        and not _speaker_place(info.span.doc[m.start])
        for m in info.places
    )


def _speaker_place(name: Token) -> bool:
    """'a U.N. spokesman in New York said', 'officials in Kabul told reporters': a place that says where a speaker
    is."""
    head = name.head if name.dep_ == "compound" else name
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in PLACE_PREPS:
        return False
    return prep.head.lower_ in word_set("segments.json", "speaker_nouns")


def _nouns(info: SentenceInfo) -> set[str]:
    """The sentence's nouns that can tie two mentions of one attack ('restaurant'; not 'people', 'hours')."""
    vague = word_set("segments.json", "vague_nouns")
    return {t.lemma_.lower() for t in span_tokens(info.span) if t.pos_ == "NOUN" and t.lemma_.lower() not in vague}


def _takes_up(paragraph: list[SentenceInfo], pending: list[SentenceInfo]) -> bool:
    """'The restaurant bombing happened late on Sunday' after a lead 'hours after a car bomb killed four at a
    restaurant': the paragraph tells an attack the text referred to before."""
    nouns = set().union(*(_nouns(p) for p in paragraph))
    return any(_nouns(ref) & nouns for ref in pending)


def _own_day_and_place(paragraph: list[SentenceInfo], current: Segment, pending: list[SentenceInfo]) -> bool:
    """'In the capital, mortar rounds landed ... late on Tuesday, wounding three' after a paragraph on
    Wednesday's car bomb: a paragraph that reports harm and an act, names its scene (or takes up an attack
    referred to before) and dates an act on a day the incident so far never gave is another attack (a
    follow-up on the same attack repeats its day or gives none; 'one of the wounded was critical on
    Saturday' dates no act; nor does 'the kidnappers called on Monday', an act already told and not one the
    text referred to before)."""
    reported = [p for p in paragraph if p.reported and not p.aggregate]
    told = [p for p in reported if _refers_back(p) and not _takes_up([p], pending)]
    acts = [p for p in reported if p.violent and p.event_types and not any(p is t for t in told)]
    if not acts or not any(_harm(p) or _abduction(p) for p in reported):
        return False
    if not any(_harm(p) or _abduction(p) for p in _unrecalled(reported)):
        return False
    days = set().union(*(_act_days(p) for p in [*_unrecalled(acts), *filter(_onset, reported[:1])]))
    known = set().union(*(_act_days(s) for s in current.sentences if s.reported and not _plans(s)))
    if days and not known:
        return _opens_on_day(paragraph[0]) and _new_scene(reported, current)
    return (
        bool(days and known)
        and not days & known
        and (any(_names_a_place(p) for p in reported) or _takes_up(acts, pending))
    )


def _onset(info: SentenceInfo) -> bool:
    """'The violence had begun on Friday in Zinder', 'The unrest erupted on Monday in Kisumu': a sentence telling
    when and where the violence the paragraph goes on to tell broke out dates its acts."""
    root = info.span.root
    data = load_data("segments.json")
    if root.lemma_.lower() not in data["onset_verbs"]:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in data["onset_nouns"] for c in root.children)


def _shifted_paragraph(paragraph: list[SentenceInfo], current: Segment, pending: list[SentenceInfo]) -> bool:
    """'Earlier on Wednesday, rockets slammed into Safed. One struck a base, killing a soldier', 'On Monday morning,
    the mayor of Tanauan was hit by a bullet', 'In Stockholm, police were called on Tuesday after shots were fired':
    a paragraph opening on a shift in time or on a town the incident never named, at a scene of its own, telling an
    act (not one already told) with harm, an attack the text referred to before, or an act on a day of its own."""
    first = paragraph[0]
    cue = _opens_on_cue(first)
    opening = cue or _opens_on_day(first, unresolved=True) or _opening_town(first) is not None
    if not opening or _refers_back(first) or not any(_act_told(p) for p in paragraph):
        return False
    body = Segment([s for s in current.sentences if s.paragraph > 0 and s.violent])
    if not _new_scene(paragraph, body) or _headline_told(paragraph, current):
        return False
    harm = any(_harm(p) or _harm_said(p.span) for p in paragraph)
    known = set().union(*(_act_days(s, unresolved=True) for s in current.sentences if s.reported))
    days = _act_days(first, unresolved=True)
    other_day = bool(days and known) and not days & known
    if cue or (_opens_on_day(first, unresolved=True) and other_day):
        return harm or _takes_up(paragraph, pending)
    return _opens_on_town(first, body) and (harm or other_day)


def _headline_told(paragraph: list[SentenceInfo], current: Segment) -> bool:
    """'In Musakhel, gunmen blocked the highway' under '23 shot dead in Musakhel; 14 killed in Bela camp attack': while
    the incident's text below the headline names no place within a country, a paragraph on a town the headline names
    tells that attack."""
    line_end = dateline_end(current.sentences[0].span.doc) if current.sentences else 0
    if any(_local_names(s) for s in current.sentences if s.span.start_char >= line_end):
        return False
    told = set().union(*(_local_names(s) for s in current.sentences))
    scenes = set().union(*(_scene_names(p) for p in paragraph))
    return bool(scenes) and scenes <= told


def _act_told(info: SentenceInfo) -> bool:
    """Does the sentence tell an act (a trigger or a word for an attack, 'shots'), not only name one told ('the
    blast')?"""
    fire = word_set("segments.json", "fire_words")
    words = info.attack_words > 0 or any(t.lower_ in fire for t in span_tokens(info.span))
    return (bool(info.triggers) or words) and not _refers_back(info)


def _days_before(ref: SentenceInfo) -> bool:
    """'three days after the city's secretary was shot dead': a reference that opens on a span of days before or
    after the attack told refers to an attack on another day that the story covers ('less than a week after gunmen
    stormed a cafe' recalls an earlier story's attack)."""
    units = word_set("segments.json", "day_units")
    timing = word_set("segments.json", "relative_time_words")
    opening = itertools.takewhile(lambda t: t.lower_ not in timing, ref.span)
    return any(t.lower_ in units for t in opening)


def _harm_said(span: Span) -> bool:
    """'He died in hospital', 'three were hurt', 'was shot dead' (not 'no one was hurt', 'was not injured'): harm
    stated by a verb."""
    verbs = word_set("segments.json", "harm_verbs")
    for verb in span:
        dead = verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children)
        if verb.pos_ != "VERB" or (verb.lemma_.lower() not in verbs and not dead):
            continue
        subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        denied = any(c.dep_ == "neg" for c in verb.children) or any(
            s.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in s.children) for s in subject
        )
        if not denied:
            return True
    return False


def _opens_on_cue(info: SentenceInfo) -> bool:
    """'Earlier on Wednesday, ...', 'Hours later, ...', 'The day before, ...': a sentence opening on a shift in time."""
    opening = padded_sentence(info.span)[:40]
    data = load_data("segments.json")
    cues = [*data["opening_cues"], *data["time_shift_cues"], *data["paragraph_shift_cues"]]
    return any(opening.startswith(f" {cue} ") for cue in cues)


def _opening_town(info: SentenceInfo) -> PlaceMention | None:
    """'In Stockholm, police said ...': the place a sentence opens on."""
    doc = info.span.doc
    first = info.span.start
    while first < info.span.end - 1 and doc[first].is_space:
        first += 1
    if doc[first].lower_ != "in":
        return None
    town = next((m for m in info.places if m.start == first + 1), None)
    return town if town is not None and town.end < len(doc) and doc[town.end].text == "," else None


def _opens_on_town(info: SentenceInfo, current: Segment) -> bool:
    """Does the sentence open on a town the incident never named?"""
    town = _opening_town(info)
    known = set().union(*(_scene_names(s) for s in current.sentences))
    return town is not None and town.text.lower() not in known


def _unrecalled(paragraph: list[SentenceInfo]) -> list[SentenceInfo]:
    """The paragraph's sentences without the clauses that only name a cause or an old attack ('responding to a
    bombing that killed six')."""
    return [part for p in paragraph for part, kind in carve(p) if kind != "recalled"]


def _opens_on_day(info: SentenceInfo, unresolved: bool = False) -> bool:
    """'On Saturday, ...', 'Late on Friday, ...': a paragraph that opens on the day of what it tells (with
    `unresolved`, also a day no publication date resolves)."""
    found = [
        d
        for d in _act_dates(info)
        if (d.value and d.precision == "day") or (unresolved and d.value is None and _names_day(d.text))
    ]
    if not found:
        return False
    before = span_text(info.span)[: min(d.start for d in found) - info.span.start_char].lower().split()
    return all(w in word_set("segments.json", "day_lead_words") for w in before)


def _new_scene(reported: list[SentenceInfo], current: Segment) -> bool:
    """Does the paragraph name a town or site the incident so far never named?"""
    known = set().union(*(_scene_names(s) for s in current.sentences))
    return any(_scene_names(p) - known for p in reported)


def _abduction(info: SentenceInfo) -> bool:
    """'a pastor and his son were abducted by armed men': people taken, counted or not, are harmed."""
    return "hostage_taking" in info.event_types and _event_stated(info, verbs_only=True)


def _concrete(info: SentenceInfo) -> bool:
    """A sentence that reports an act ('a second attack hit the academy'), not only mentions attacks in general."""
    return (
        bool(info.event_types)
        or info.struck
        or any(f.figure.kind in ("killed", "injured", "hostages") for f in info.figures)
    )


def _in_quotes(info: SentenceInfo, token_i: int) -> bool:
    doc = info.span.doc
    end = tokens(doc)[token_i].idx if token_i < len(doc) else len(parsed_text(doc))
    before = parsed_text(doc)[info.span.start_char : end]
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1


def _quoted(info: SentenceInfo) -> bool:
    """Does the sentence open on a quotation mark (a quote, whose places a speaker names)?"""
    return span_text(info.span).lstrip()[:1] in ('"', "\u201c")


def _compared(tok) -> bool:
    """'drones are more precise than artillery', 'as common as mortars': a weapon compared, not used."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("than", "as", "like")


def _event_stated(info: SentenceInfo, verbs_only: bool = False) -> bool:
    """An act reported as happening: a clause verb ('exploded', 'stormed') or, unless `verbs_only`, a
    singular event noun outside quotes, not plural talk of 'bombings' nor a mention of 'the gunman'."""
    doc = info.span.doc
    agents = word_set("segments.json", "agent_nouns")
    for t in info.triggers:
        tok = doc[t.start]
        if t.table != "event_types" or _in_quotes(info, t.start) or _compared(tok):
            continue
        if doc[t.start : t.end].text.lower() in agents or _intended(tok) or _defines_kind(tok):
            continue
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and _asserted(tok):
            return True
        if not verbs_only and ((tok.tag_ in ("NN", "NNP") and _particular(tok)) or t.end - t.start > 1):
            return True
    return False


INTENT_DEPTH = 8


def _defines_kind(act: Token) -> bool:
    """'Non-fatal shootings, in which someone was struck by gunfire, dropped to 97': an act in a clause that
    says what a kind of event is (plural, uncounted, no article) reports none."""
    for node in act.ancestors:
        if node.dep_ == "relcl":
            kind = node.head
            marked = any(c.dep_ in ("det", "nummod", "poss") for c in kind.children)
            return kind.tag_ == "NNS" and not marked
    return False


def _intended(act: Token) -> bool:
    """'on suspicion of planning a bomb attack', 'received a bomb threat', 'foiled a plot to attack': an
    act that is the object of a plan, threat or plot, not one that happened."""
    intent = word_set("segments.json", "intent_words")
    node = act
    for _ in range(INTENT_DEPTH):
        if node.dep_ in ("nsubj", "nsubjpass", "ROOT") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in intent:
            return True
    return False


def _asserted(verb: Token) -> bool:
    """'gunmen stormed' is a reported act; 'the rebels plan to burn', 'will be bombing', 'did not attack'
    and 'the danger of his being shot' are not."""
    blocked = word_set("segments.json", "unasserting_auxiliaries")
    if any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in blocked) for c in verb.children):
        return False
    return verb.tag_ != "VB" or any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children)


def _particular(noun: Token) -> bool:
    """'the bombing', 'an explosion', "Tuesday's attack" name one act; an act noun with no determiner
    ('incited assassination', 'social explosion'), 'there will be an explosion' or one that only dates
    something else ('laws passed after the shooting', unlike 'two days after the shooting') does not
    ('dynamite' names the weapon of an act, with or without one); nor does 'this is not the only explosion'."""
    act_noun = noun.lower_.endswith(("ion", "ing"))
    if act_noun and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in word_set("segments.json", "time_prepositions"):
        return _reference_range(noun.head) is not None
    head = noun.head
    blocked = word_set("segments.json", "unasserting_auxiliaries")
    return not (
        noun.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in blocked) for c in head.children)
    )


def is_concrete(seg: Segment) -> bool:
    """Does the segment report a particular attack (someone harmed, an act stated, not only an old one named, or
    shots fired)?"""
    return any(
        _harm(i) or (i.violent and _event_stated(i) and not _old_mention(i)) or _shots_fired(i) or _struck(i)
        for i in seg.sentences
    )


def _struck(info: SentenceInfo) -> bool:
    """'A second attack hit the police academy', told outside a quotation: an act stated by a generic word."""
    return info.struck and not _quoted(info) and not _old_mention(info)


def _shots_fired(info: SentenceInfo) -> bool:
    """'after reports of shots being fired at the embassy', 'shots were fired at a police car' (not 'no shots were
    fired', nor police firing warning shots: shots that are fired)."""
    if not info.reported:
        return False
    fire = word_set("segments.json", "fire_words")
    for tok in span_tokens(info.span):
        if tok.lower_ not in fire:
            continue
        verbs = [tok.head] if tok.dep_ == "nsubjpass" else [c for c in tok.children if c.dep_ == "acl"]
        for verb in (v for v in verbs if v.lemma_.lower() == "fire"):
            return not any(c.dep_ == "neg" or c.lower_ == "no" for c in [*verb.children, *tok.children])
    return False


def _old_mention(info: SentenceInfo) -> bool:
    """'had celebrated attacks abroad, including the mass shooting at a nightclub in Orlando last month': an act named
    as one known ('the shooting'), with no one harmed, dated only by a month or year, recalls an old story."""
    if not _refers_back(info) or _harm(info) or _harm_said(info.span):
        return False
    found = _act_dates(info)
    return bool(found) and all(d.value and d.precision in ("month", "year") for d in found)


ClauseKind = Literal["", "reference", "recalled", "separate"]


def _reference_range(word: Token) -> tuple[int, int] | None:
    """'killing two, a day after a grenade attack in Sopore', 'hours after bombs struck Zaporizhzhia': the
    tokens of a span of time before or after another event, which the sentence only refers to."""
    units = word_set("segments.json", "time_units")
    head = word.head
    if head.lower_ in units and head.dep_ == "npadvmod":
        return head.left_edge.i, head.right_edge.i + 1
    own = next((c for c in word.children if c.dep_ == "npadvmod" and c.lower_ in units), None)
    if own is not None:
        end = head.right_edge.i if word.dep_ == "mark" and head.dep_ != "ROOT" else word.right_edge.i
        return own.left_edge.i, end + 1
    unit = next((c for c in head.children if c.dep_ == "npadvmod" and c.lower_ in units and c.i < word.i), None)
    if unit is None or head.dep_ == "ROOT":
        return None
    end = head.right_edge.i if word.dep_ == "mark" else word.right_edge.i
    return unit.left_edge.i, end + 1


def _trailing_reference(info: SentenceInfo, word: Token) -> tuple[int, int] | None:
    """', police said, a day after another mayor was killed by a sniper', 'The attack came a day after a commander
    was killed in a gunfight': from a span of time after a comma or a timing verb to the sentence's end, found by
    words where the parse of such long sentences hangs the other act's verb elsewhere."""
    doc, span = info.span.doc, info.span
    units, lead = word_set("segments.json", "time_units"), word_set("segments.json", "span_lead_words")
    if word.i - 1 <= span.start or doc[word.i - 1].lower_ not in units:
        return None
    start = word.i - 1
    while start - 1 > span.start and (doc[start - 1].pos_ in ("DET", "NUM") or doc[start - 1].lower_ in lead):
        start -= 1
    before = doc[start - 1]
    if before.text != "," and before.lemma_.lower() not in TIMING_VERBS:
        return None
    end = span.end
    while end > word.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _cause_range(word: Token) -> tuple[int, int] | None:
    """'saying it was responding to a bombing in Istanbul that killed six', 'in retaliation for the killing of a
    commander', 'to avenge the deaths of': the act a reprisal answers, which the sentence names as its cause."""
    preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [c for c in word.children if c.dep_ == "dobj"] if word.pos_ == "VERB" else []
    return (objects[0].left_edge.i, max(word.right_edge.i, objects[0].right_edge.i) + 1) if objects else None


def _followed_range(verb: Token) -> tuple[int, int] | None:
    """'The attack follows the killing of a police officer in Saravena on Friday': the act a timing verb's
    object names, which the sentence only refers to (not when the verb is timed by 'after': 'It comes a few days after
    a teacher was stabbed in Arras, an attack ...', where the object is a misparsed apposition)."""
    timing = word_set("segments.json", "relative_time_words")
    if any(
        c.lower_ in timing or any(m.dep_ == "mark" and m.lower_ in timing for m in c.children) for c in verb.children
    ):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None if obj is None else (obj.left_edge.i, obj.right_edge.i + 1)


def _separate_range(marker: Token) -> tuple[int, int] | None:
    """'Gunmen killed 17 at a mosque, and six soldiers died when their vehicle hit a bomb in a separate
    attack': the coordinated clause that holds 'a separate attack' reports a second incident."""
    node = marker.head
    while node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("conj", "parataxis") and node.head.pos_ in ("VERB", "AUX"):
            return node.left_edge.i, node.right_edge.i + 1
        node = node.head
    return None


def _has_act(info: SentenceInfo, start: int, end: int) -> bool:
    """Does the token range hold an act or weapon word (a trigger or a word for an attack)?"""
    generic = generic_attack_words()
    return any(start <= t.start < end for t in info.triggers) or any(
        tok.lower_ in generic for tok in info.span.doc[start:end]
    )


def _marks_separate(tok: Token) -> bool:
    """'a separate attack', 'an unrelated shooting', 'another attack' (not 'another blast', which may be the
    same attack's second bomb)."""
    if tok.dep_ not in ("amod", "det"):
        return False
    if tok.lower_ in word_set("segments.json", "separate_markers"):
        return tok.head.lower_ in word_set("segments.json", "incident_nouns")
    return tok.lower_ in word_set("segments.json", "other_markers") and tok.head.lower_ in word_set(
        "segments.json", "other_incident_nouns"
    )


def _clause_range(info: SentenceInfo, after: int = 0) -> tuple[int, int, ClauseKind] | None:
    """The first clause of a violent sentence (from token `after` on) that refers to, or reports, another attack
    than the rest of the sentence does, if the rest reports an act of its own."""
    timing = word_set("segments.json", "relative_time_words")
    for tok in span_tokens(info.span):
        if tok.i < after:
            continue
        found: tuple[int, int] | None = None
        kind: ClauseKind = ""
        trailing = None
        if tok.lower_ in timing and tok.dep_ in ("prep", "mark"):
            found, kind = _reference_range(tok), "reference"
            if found is None or not _has_act(info, *found) or found[0] <= info.span.root.i < found[1]:
                trailing = _trailing_reference(info, tok)
                found = trailing or found
        elif tok.lemma_.lower() in TIMING_VERBS and tok.pos_ == "VERB":
            found, kind = _followed_range(tok), "reference"
        elif tok.lemma_.lower() in word_set("segments.json", "cause_words"):
            found, kind = _cause_range(tok), "recalled"
        elif _marks_separate(tok):
            found, kind = _separate_range(tok), "separate"
        if found is None:
            continue
        start, end = found
        if kind == "reference":
            old = word_set("segments.json", "old_time_units")
            kind = "recalled" if any(_span_back(t, old) for t in info.span.doc[start:end]) else kind
        rest = (
            _has_act(info, info.span.start, start)
            or _has_act(info, end, info.span.end)
            or any(_harm_kind(f) and not start <= f.token < end for f in info.figures)
        )
        acts = _has_act(info, start, end) or (kind != "separate" and _harm_said(info.span.doc[start:end]))
        if acts and (rest or kind != "separate") and (trailing is not None or not (start <= info.span.root.i < end)):
            return start, end, kind
    if after:
        return None
    parallel = _parallel_range(info)
    return None if parallel is None else (*parallel, "separate")


def _span_back(unit: Token, old: frozenset[str]) -> bool:
    """'two weeks after', 'less than a week after', 'months after', 'just days after': a span of a week or more back,
    or of days left uncounted, recalls an earlier story's attack ('the second attack this week after ...' is a span
    of the current week, not one back; 'two days after' counts days the story covers)."""
    if unit.lower_ in word_set("segments.json", "uncounted_span_units"):
        return not any(c.dep_ == "nummod" for c in unit.children)
    if unit.lower_ not in old:
        return False
    return unit.lemma_.lower() != "week" or not any(c.lower_ == "this" for c in unit.children)


def _parallel_range(info: SentenceInfo) -> tuple[int, int] | None:
    """'Gunmen killed five in Zurmi, while in Maiduguri a bomber killed three': a clause with a subject of its
    own that reports harm at another scene than the rest of the sentence reports harm at is another attack;
    'two were killed and three others were wounded when ...' goes on about the same people's attack."""
    speech = word_set("statements.json", "speech_verbs")
    for verb in span_tokens(info.span):
        if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl", "parataxis", "ccomp") or verb.head.pos_ != "VERB":
            continue
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech:  # 'police said two were killed'
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or _more_of_them(subject):
            continue
        start, end = verb.left_edge.i, verb.right_edge.i + 1
        if _apart(info, start, end):
            return start, end
    return _contrast_range(info)


def _apart(info: SentenceInfo, start: int, end: int) -> bool:
    """Do the tokens start:end report harm at a scene of their own, and the rest harm at another ('a soldier was
    killed in Kupwara, while two policemen died in a blast in Sopore': a harm verb without a count is harm too)?"""
    inside, outside = _part(info, start, end, inside=True), _part(info, start, end, inside=False)
    scenes, others = _scene_names(inside), _scene_names(outside)
    doc, span = info.span.doc, info.span
    hurt_in = _harm(inside) or _harm_verb(doc[start:end])
    hurt_out = _harm(outside) or _harm_verb(doc[span.start : start]) or _harm_verb(doc[end : span.end])
    return hurt_in and hurt_out and bool(scenes and others) and not scenes & others


def _harm_verb(span: Span) -> bool:
    """Does the span state harm with a verb ('killed', 'die', 'wounded')?"""
    verbs = word_set("segments.json", "harm_verbs")
    return any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in span)


def _contrast_range(info: SentenceInfo) -> tuple[int, int] | None:
    """'Seven soldiers were killed in an attack on a post in Mora, while a suicide bombing the same day in nearby
    Kolofata killed two': from 'while' or 'whereas' to the sentence's end, another scene's harm (found by words,
    as the parse of such long leads often goes wrong)."""
    doc = info.span.doc
    end = info.span.end
    while end > info.span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for tok in span_tokens(info.span):
        if tok.lower_ in CONTRAST_WORDS and tok.i > info.span.start and _has_act(info, tok.i, end):
            return (tok.i, end) if _apart(info, tok.i, end) else None
    return None


def _more_of_them(subject: Token) -> bool:
    """'three others', 'another', 'two more': people counted on from those harmed before."""
    words = {subject.lower_, *(c.lower_ for c in subject.children)}
    return bool(words & {"others", "other", "another", "more"})


def _part(info: SentenceInfo, start: int, end: int, inside: bool) -> SentenceInfo:
    """The sentence's findings inside (or outside) a token range; the inside part spans the range, the
    outside part keeps the sentence's span."""
    doc = info.span.doc
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])

    def keep(token: int) -> bool:
        return (start <= token < end) == inside

    def keep_char(char: int) -> bool:
        return (first <= char < last) == inside

    generic = generic_attack_words()
    words = sum(1 for t in doc[start:end] if t.lower_ in generic or t.lemma_.lower() in generic)
    return replace(
        info,
        span=doc[start:end] if inside else info.span,
        triggers=[t for t in info.triggers if keep(t.start)],
        figures=[f for f in info.figures if keep(f.token)],
        counts=[c for c in info.counts if keep_char(c.start_char)],
        statements=[s for s in info.statements if keep(s.token)],
        actors=[a for a in info.actors if keep(a.start)],
        places=[p for p in info.places if keep(p.start)],
        dates=[d for d in info.dates if keep_char(d.start)],
        attack_words=words if inside else max(0, info.attack_words - words),
    )


def carve(info: SentenceInfo, first: bool = False) -> list[tuple[SentenceInfo, ClauseKind]]:
    """A violent sentence as its own clause and, if it has them, the clause about another attack (two when it times
    the attack against two: 'came two days after ... in Munich, and six days after ... near Wuerzburg'); the rest of a
    sentence that only times the attack told against another ('The blast came hours after gunmen shot two in
    Kunduz') tells nothing of its own; the `first` violent sentence's clause on how a victim died tells its act."""
    if not info.violent or info.aggregate:
        return [(info, "")]
    found = _sharpening_clause(info) or _clause_range(info) or (None if first else _victim_clause(info))
    if found is None:
        return [(info, "")]
    start, end, kind = found
    end = _coordinated_end(info, end) if kind in ("reference", "recalled") else end
    rest = _part(info, start, end, inside=False)
    parts = [(_part(info, start, end, inside=True), kind)]
    more = _clause_range(info, after=end) if kind in ("reference", "recalled") else None
    if more is not None and more[2] in ("reference", "recalled"):
        rest = _part(rest, more[0], more[1], inside=False)
        parts.append((_part(info, more[0], more[1], inside=True), more[2]))
    root = info.span.root
    main = [root, *(c for c in root.children if c.dep_ == "ccomp")]
    if kind in ("reference", "recalled") and any(v.lemma_.lower() in TIMING_VERBS for v in main) and not _harm(rest):
        rest = replace(rest, background=True)
    return [(rest, ""), *parts]


def _victim_clause(info: SentenceInfo) -> tuple[int, int, ClauseKind] | None:
    """'The group said it was behind the killing of an aid worker, who was shot dead in Dhaka on Monday': a dated
    clause on how the victim of a killing the sentence names as known ('the killing of') died recalls that act."""
    for verb in span_tokens(info.span):
        if verb.dep_ != "relcl" or not _harm_said(verb.doc[verb.i : verb.i + 1]):
            continue
        victim = verb.head
        act = victim.head.head if victim.dep_ == "pobj" and victim.head.lower_ == "of" else None
        if act is None or not is_act(act) or not any(c.dep_ == "det" and c.lower_ == "the" for c in act.children):
            continue
        first, last = verb.doc[verb.left_edge.i].idx, verb.doc[verb.right_edge.i].idx
        start, end = victim.left_edge.i, verb.right_edge.i + 1
        if any(first <= d.start <= last and d.precision == "day" for d in info.dates):
            return start, end, "recalled"
    return None


def _coordinated_end(info: SentenceInfo, end: int) -> int:
    """'The killing came days after a mayor was shot dead in Tanauan, and a councillor was gunned down in Cabanatuan':
    a clause with a subject of its own joined to a timing verb after the act it is timed against is another such act."""
    root = info.span.root
    if root.lemma_.lower() not in TIMING_VERBS:
        return end
    for verb in (c for c in root.children if c.dep_ == "conj" and c.i >= end and c.pos_ == "VERB"):
        if any(s.dep_ in ("nsubj", "nsubjpass") for s in verb.children):
            end = max(end, verb.right_edge.i + 1)
    return end


def _sharpening_clause(info: SentenceInfo) -> tuple[int, int, ClauseKind] | None:
    """'Violence has escalated in recent weeks after a drone attack killed three in Abu Dhabi', 'Tensions have soared
    since gunmen killed four': a sentence about a conflict at large only recalls the attack that sharpened it."""
    root = info.span.root
    nouns = word_set("segments.json", "conflict_nouns") | word_set("segments.json", "trend_subjects")
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(c.lower_ in nouns or c.lemma_.lower() in nouns for c in subjects):
        return None
    timing = word_set("segments.json", "time_prepositions")
    for clause in root.children:
        marked = clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in timing for m in clause.children)
        if marked or (clause.dep_ == "prep" and clause.lower_ in timing):
            return clause.left_edge.i, _trailing_participle(root, clause.right_edge.i + 1), "recalled"
    return None


def _trailing_participle(root: Token, end: int) -> int:
    """'Tension has been high since May 14, when a bomber hit a convoy, killing 40': a participle that the parse hangs
    on a sentence about a conflict at large, after the act it recalls, tells that act's harm."""
    for clause in root.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i >= end:
            end = max(end, clause.right_edge.i + 1)
    return end


LEAD_PARAGRAPHS = 2


def _lead_in(preamble: list[SentenceInfo], first: SentenceInfo) -> list[SentenceInfo]:
    """What comes before the first violent sentence belongs to the incident when it is the headline
    and lead (counted from the dateline's paragraph, below a headline and byline), or, without the headline, when the
    lead tells harm; in an article about something else, only the same paragraph does."""
    line_end = dateline_end(first.span.doc)
    dated = [p.paragraph for p in preamble if line_end and p.span.start_char < line_end <= p.span.end_char]
    fillers = {p.paragraph for p in preamble if dated and p.paragraph > dated[0] and _date_line(p)}
    lead = max(LEAD_PARAGRAPHS, dated[0] + 1 + len(fillers) if dated else 0)
    if first.paragraph <= lead:
        return preamble
    if any(_harm(p) for p in preamble if p.paragraph <= lead):  # 'Twenty-nine detainees were killed on Friday'
        return [p for p in preamble if not _headline(p)]
    return [p for p in preamble if p.paragraph == first.paragraph]


def _date_line(info: SentenceInfo) -> bool:
    """Is the sentence a line giving the report's date ('Published 21/10/2025 at 14:10 GMT')?"""
    text = doc_text(info.span.doc)
    return any(is_date_line(text, d) for d in info.dates)


def _refers_back(info: SentenceInfo) -> bool:
    """'Meanwhile, rescuers said the blast killed 12': every act word is a noun phrase for an act already
    told ('the blast', 'this attack')."""
    doc = info.span.doc
    acts = [doc[t.start] for t in info.triggers if t.table == "event_types"]
    heads = [tok.head if tok.dep_ == "compound" else tok for tok in acts]
    return bool(heads) and all(
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children) for h in heads
    )


def _new_segment_cue(info: SentenceInfo) -> bool:
    """'The day before, ...', 'Also on Monday, ...': a sentence that opens on a cue for another event and
    reports harm done by an act it states (not one already told) starts another incident; after 'In a
    separate attack' or 'Elsewhere' the act alone does ('Elsewhere, a bomb damaged a pylon'), and so does
    'in a separate attack' anywhere ('Six soldiers died in a separate attack on a base')."""
    if not _event_stated(info) or _refers_back(info):
        return False
    words = padded_sentence(info.span)
    opening = words[:40]
    data = load_data("segments.json")
    if any(opening.startswith(f" {cue} ") for cue in data["strong_opening_cues"]):
        return True
    if any(f" {cue} " in words for cue in data["separate_attack_cues"]):
        return True
    return _harm(info) and any(opening.startswith(f" {cue} ") for cue in data["opening_cues"])


def _reply(info: SentenceInfo) -> bool:
    """'In response, Turkish artillery shelled IS positions in northern Syria', 'In retaliation, the army launched air
    strikes on rebel camps': a sentence opening on a reply that states shelling or an air strike tells the other
    side's attack ('In response, police sealed off the area' tells none)."""
    opening = padded_sentence(info.span)[:30]
    if not any(opening.startswith(f" {cue} ") for cue in load_data("segments.json")["retaliation_openings"]):
        return False
    acts = word_set("segments.json", "retaliation_acts")
    return bool(info.event_types & acts) and _event_stated(info) and not _refers_back(info)


def _later_elsewhere(info: SentenceInfo, current: Segment) -> bool:
    """'About two hours later and 25 km to the south, gunmen opened fire on a village headman in Sungai Kolok
    district': a sentence opening on a shift in time that states an act at a scene the incident never named
    is another attack ('Minutes later, a second blast hit the crowd' names no new scene)."""
    opening = re.sub(_approximate(), " ", padded_sentence(info.span)[:60], count=1)
    if not any(opening.startswith(f" {cue} ") for cue in load_data("segments.json")["time_shift_cues"]):
        return False
    scenes = _scene_names(info)
    known = set().union(*(_scene_names(s) for s in current.sentences if not _lists_scenes(s)))
    elsewhere = (bool(scenes) and not scenes & known) or _distance_away(info)
    return _event_stated(info) and not _refers_back(info) and elsewhere


def _distance_away(info: SentenceInfo, units: frozenset[str] = DISTANCE_UNITS) -> bool:
    """'some 150 km to the east', 'about a kilometre away', '30 miles north of the city': a sentence that puts
    what it tells at a distance from the scene told before (the town may be one the gazetteer lacks)."""
    after = word_set("segments.json", "distance_followers")
    for tok in span_tokens(info.span):
        if tok.lower_ in units and tok.i + 1 < info.span.end and tok.i > info.span.start:
            amount = tok.doc[tok.i - 1]
            if (amount.like_num or amount.lower_ in ("a", "an")) and tok.doc[tok.i + 1].lower_ in after:
                return True
    return False


def _announced(info: SentenceInfo) -> int:
    """'Two bombs exploded an hour apart', 'Twin blasts kill 14', 'attacks on two schools', 'attacked police in two
    towns': how many separate acts a headline or lead counts (0 when it counts none; 'dropped four bombs' is one)."""
    counts = load_data("segments.json")["act_counts"]
    acts, sites = word_set("segments.json", "announced_acts"), word_set("segments.json", "site_nouns")
    twin = word_set("segments.json", "twin_words")
    if " apart " in padded_sentence(info.span):
        acts = acts | word_set("segments.json", "apart_devices")
    for tok in span_tokens(info.span):
        if tok.tag_ != "NNS" or (tok.lower_ not in acts and tok.lower_ not in sites):
            continue
        n = max((counts.get(c.lower_, 0) for c in tok.children if c.dep_ == "nummod"), default=0)
        n = n or (2 if any(c.lower_ in twin for c in tok.children) else 0)
        if n and (tok.lower_ in acts or _hit_sites(tok)):
            return n
    return 0


def _hit_sites(site: Token) -> bool:
    """'attacks on two schools', 'attacked police in two towns', 'struck two police buildings': sites an act hits."""
    head = site.head.head if site.dep_ == "pobj" else site.head if site.dep_ == "dobj" else None
    return head is not None and is_act(head)


def _next_announced(info: SentenceInfo, current: Segment) -> bool:
    """With fewer incidents told than the lead counts: 'About an hour later, a woman set off explosives near a bank a
    few hundred metres away', 'He then drove to a school about a kilometre away, where he shot dead a pupil', 'Minutes
    later a second attack hit the academy on the other side of the city' tell the next act at a scene or with a toll
    of its own ('Minutes later, police were called to a second home a short distance away', 'He then fired at
    officers', 'Hours later, the gunmen set fire to houses' do not)."""
    if _refers_back(info) or not (_act_told(info) or _harm(info) or _harm_said(info.span)):
        return False
    data = load_data("segments.json")
    words = padded_sentence(info.span)
    opening = re.sub(_approximate(), " ", words[:60], count=1)
    known = set().union(*(_scene_names(s) for s in current.sentences))
    far = _distance_away(info, _near_units()) or any(f" {p} " in words for p in data["far_phrases"])
    if any(opening.startswith(f" {cue} ") for cue in data["hour_shift_cues"]):
        return far or bool(_scene_names(info) - known) or _harm(info)
    shifted = any(opening.startswith(f" {cue} ") for cue in data["minute_shift_cues"])
    shifted = shifted or any(t.lower_ == "then" and t.dep_ == "advmod" for t in span_tokens(info.span))
    return shifted and (far or bool(_towns(info) - known))


@cache
def _near_units() -> frozenset[str]:
    """Units of a distance from the scene, down to metres ('a few hundred metres away')."""
    return DISTANCE_UNITS | word_set("segments.json", "short_distance_units")


def _lists_scenes(info: SentenceInfo) -> bool:
    """'Deadly blasts hit Coptic churches in Tanta and Alexandria': a sentence naming towns joined by 'and' sums up
    several scenes, so it makes none of them the current incident's."""
    doc = info.span.doc
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for m in info.places for c in doc[m.end - 1].children)


@cache
def _approximate() -> re.Pattern[str]:
    """An approximate count before 'hours'/'minutes' at the start of padded words ('about two ', 'some 30 ',
    'about half an ')."""
    words = "|".join(re.escape(w) for w in load_data("segments.json")["approximators"])
    return re.compile(rf"^ (?:(?:{words}) )?(?:half an |\S+ )?(?=(?:hours?|minutes?) )")


def _ordinal(info: SentenceInfo, count: int, current: int) -> int | None:
    """'In the first attack, ...', 'The second attack ...', 'Minutes later a second attack hit ...': the incident a
    sentence opens by its order (not 'a second blast', maybe the same attack's second bomb)."""
    words = padded_sentence(info.span)[:60]
    shift = next((f" {c} " for c in load_data("segments.json")["time_shift_cues"] if words.startswith(f" {c} ")), None)
    if shift is not None:
        words = words[len(shift) - 1 :]
    for word, n in load_data("segments.json")["ordinals"].items():
        definite, indefinite = _ordinal_openings(word)
        if words.startswith(definite):
            return (1 - current if count == 2 else None) if n < 0 else n
        if n > 0 and words.startswith(indefinite):
            return n
    return None


@cache
def _ordinal_openings(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The padded openings naming an incident by this ordinal: ' in the second attack ', and ' a second attack ',
    ' in a second incident '."""
    nouns = word_set("segments.json", "other_incident_nouns")
    definite = tuple(f" {lead}the {word} {noun} " for lead in ("", "in ", "during ") for noun in nouns)
    return definite, tuple(f" {lead}a {word} {noun} " for lead in ("", "in ") for noun in nouns)


def _act_keys(info: SentenceInfo) -> set[str]:
    """What a sentence says the act was: its event labels and words for a kind of attack ('ambush')."""
    distinct = word_set("segments.json", "distinct_attack_words")
    keys = {label for label in info.event_types if label != "other"}
    return keys | {t.lemma_.lower() for t in span_tokens(info.span) if t.lemma_.lower() in distinct}


def _scene_names(info: SentenceInfo) -> set[str]:
    """The towns and sites a sentence names (not countries or regions, not the dateline, not a point a distance is
    measured from)."""
    line_end = dateline_end(info.span.doc)
    return {
        m.text.lower()
        for m in info.places
        if m.start_char >= line_end
        and (m.place is None or m.place.kind not in REGION_KINDS)
        and not _measured_from(info.span.doc, m.start)
    }


def _towns(info: SentenceInfo) -> set[str]:
    """The towns and cities a sentence names outside the dateline (not a point a distance is measured from)."""
    line_end = dateline_end(info.span.doc)
    return {
        m.text.lower()
        for m in info.places
        if m.start_char >= line_end
        and m.place is not None
        and m.place.kind == "city"
        and not _measured_from(info.span.doc, m.start)
        and not _part_of_town(info.span.doc, m.end)
    }


def _part_of_town(doc: Doc, end: int) -> bool:
    """'the Erebuni district of the capital', 'Kibera, a neighbourhood of the city': a place named as a part of the
    town the story is set in is no other town."""
    words = [t.lower_ for t in doc[end : end + 6]]
    if words[:1] == [","]:
        words = words[1:]
    if words[:1] in (["a"], ["an"]):
        words = words[1:]
    parts, towns = word_set("segments.json", "town_part_nouns"), word_set("segments.json", "home_town_nouns")
    return len(words) >= 4 and words[0] in parts and words[1:3] == ["of", "the"] and words[3] in towns


def _measured_from(doc: Doc, start: int) -> bool:
    """'about 120 km south of Amman', '30 miles from Kabul', 'north of the capital, Bamako': a town a distance or
    direction is measured from is no scene."""
    n = start - 1
    while n > 0 and doc[n].lower_ in ("the", "capital", "city", "town", ","):
        n -= 1
    if n < 1 or doc[n].lower_ not in ("of", "from"):
        return False
    before = doc[n - 1].lower_
    return before in DISTANCE_UNITS or before in word_set("segments.json", "directions")


def _evidence(info: SentenceInfo, n: int, seg: Segment, owners: dict[str, int]) -> int:
    """How much a sentence shares with incident `n`: scenes first named in it and kinds of act it says."""
    acts = set().union(*(_act_keys(s) for s in seg.sentences if s.reported))
    return sum(owners.get(name) == n for name in _scene_names(info)) + len(_act_keys(info) & acts)


def _referred(info: SentenceInfo, segments: list[Segment], current: int, owners: dict[str, int]) -> int | None:
    """'The governor condemned the ambush', '... sent reinforcements to Banibangou' after a paragraph on
    another attack: a sentence sharing nothing with the current incident and something with exactly one
    other goes back to that one, and so does one naming only a scene of another (a sentence goes on with its
    paragraph, so only one opening a paragraph)."""
    if len(segments) < 2 or not info.reported:
        return None
    named = {owners[name] for name in _scene_names(info) if name in owners}
    if len(named) == 1 and current not in named:
        return named.pop()
    if _evidence(info, current, segments[current], owners):
        return None
    others = [n for n, seg in enumerate(segments) if n != current and _evidence(info, n, seg, owners)]
    return others[0] if len(others) == 1 else None


def _names_them_all(info: SentenceInfo) -> bool:
    """'both attacks', 'the strikes', 'the two bombings': the attacks told, in the plural (not 'one of the deadliest
    incidents of the war', a superlative class, nor 'the retaliatory strikes', a reply's)."""
    plural = word_set("segments.json", "plural_incident_nouns")
    reply = word_set("segments.json", "reply_adjectives")
    return any(
        t.lower_ in plural
        and any(c.lower_ in ("the", "both", "these", "those") or c.dep_ == "nummod" for c in t.children)
        and not any(c.tag_ == "JJS" or c.lower_ in reply for c in t.children)
        for t in span_tokens(info.span)
    )


def _headline_towns(info: SentenceInfo) -> int:
    """How many towns a headline names ('Rockets hit Kiryat Shmona, drone strike near Tyre': two, the towns of two
    attacks, so the first incident's town is the one its text names); 0 for any other sentence."""
    if not _headline(info):
        return 0
    return len({m.text.lower() for m in info.places if m.place is None or m.place.kind not in REGION_KINDS})


def _lead_count(infos: list[SentenceInfo]) -> int:
    """How many separate acts the headline and lead count ('Two bombs exploded an hour apart in Jolo')."""
    line_end = dateline_end(infos[0].span.doc) if infos else 0
    first = next((i for i in infos if i.violent and i.span.start_char >= line_end and not _headline(i)), None)
    if first is None:
        return 0
    return max((_announced(i) for i in infos if i.paragraph <= first.paragraph and i.reported), default=0)


class _Segmenter:
    """Sentences in reading order into incidents: which incident each sentence belongs to."""

    def __init__(self, infos: list[SentenceInfo]) -> None:
        self.paragraphs: dict[int, list[SentenceInfo]] = {}
        for info in infos:
            self.paragraphs.setdefault(info.paragraph, []).append(info)
        self.segments: list[Segment] = []
        self.current = 0
        self.preamble: list[SentenceInfo] = []
        self.pending: list[SentenceInfo] = []
        self.previous: SentenceInfo | None = None
        self.owners: dict[str, int] = {}
        self.updates: dict[int, list[SentenceInfo]] = {}
        self.bases: dict[int, int] = {}
        self.announced = _lead_count(infos)
        self.reply: tuple[int, int] | None = None

    def append(self, n: int, info: SentenceInfo) -> None:
        """Add a sentence to incident `n`, which owns the scenes it is first to name (not in a headline that
        names the scenes of several attacks: 'Three abducted in Wajir as IED kills two in Lamu', nor in a quote)."""
        self.segments[n].sentences.append(info)
        scenes = _scene_names(info)
        if info.span.end_char <= dateline_end(info.span.doc) or (info.paragraph == 0 and len(scenes) > 1):
            return
        if _in_quotes(info, info.span.end - 1) or _quoted(info):
            return  # '"We are investigating a link to the incident in Stockholm," he said' names no scene of its own
        for name in scenes:
            self.owners.setdefault(name, n)

    def start(
        self, info: SentenceInfo, city: PlaceMention | None, lead: Sequence[SentenceInfo] = (), clause: bool = False
    ) -> None:
        """A new incident from this sentence (after its `lead`), with the references to it made earlier ('a
        day after a grenade attack in Sopore') when the paragraph names their scene or what was attacked; a
        `clause` of a sentence on the incident before shares its day unless it gives another, and so does an
        attack the sentence or a reference to it times against the one before ('hours after a drone struck')."""
        paragraph = self.paragraphs.get(info.paragraph, [info])
        text = " ".join(span_text(p.span).lower() for p in paragraph)
        refs = [r for r in self.pending if any(name in text for name in _scene_names(r)) or _takes_up(paragraph, [r])]
        self.pending = [r for r in self.pending if not any(r is ref for ref in refs)]
        base = self.segments[self.current] if self.segments else None
        said = (_relative_day(part, base) for part in [info, *refs]) if base else iter(())
        timed = (_reference_day(ref, base) for ref in refs) if base else iter(())
        relative = base and (next((r for r in itertools.chain(said, timed) if r), None) or _same_day(base, clause))
        self.segments.append(Segment([], None if _headline_towns(info) > 1 else city or _any_city(info), relative))
        self.current = len(self.segments) - 1
        for part in sorted([*refs, *lead, info], key=lambda p: p.span.start_char):
            self.append(self.current, part)

    def finish(self) -> None:
        """'Hours after a bomb killed 20 in Kabul, the Taliban vowed revenge': in an article that reports no
        attack of its own, an attack it refers to is the incident (one per scene or thing attacked); in one that
        does, each attack referred to that is one of its own (two references to it are one)."""
        if self.segments:
            told = len(self.segments)
            for ref in [r for r in self.pending if self.own_attack(r)]:
                if not any(r is ref for r in self.pending):
                    continue  # taken up with an earlier one
                self.pending = [r for r in self.pending if r is not ref]
                same = [n for n in range(told, len(self.segments)) if _takes_up(self.segments[n].sentences, [ref])]
                if same:
                    self.append(same[0], ref)
                    continue
                base = self.segments[self.bases.get(id(ref), self.current)]
                self.start(ref, _any_city(ref))
                self.segments[-1].relative = self.segments[-1].relative or _reference_day(ref, base)
            return
        for ref in [r for r in self.pending if r.violent and _concrete(r)]:
            same = [n for n, seg in enumerate(self.segments) if _takes_up(seg.sentences, [ref])]
            if same:
                self.append(same[0], ref)
            else:
                self.start(ref, _any_city(ref), [] if self.segments else _lead_in(self.preamble, ref))

    def own_attack(self, ref: SentenceInfo) -> bool:
        """'It was the second attack this week after gunmen killed three police officers in Kohat on Tuesday': an
        attack the text only refers to, with harm in a town of its own that no incident told or on a day of its own,
        is one."""
        scenes = _scene_names(ref)
        if not ref.violent:
            return False
        if _harm(ref) and scenes and not any(t in self.owners for t in scenes):
            return True
        return (_harm(ref) or _harm_said(ref.span)) and (self.day_apart(ref) or _days_before(ref))

    def day_apart(self, ref: SentenceInfo) -> bool:
        """'The grenade attack came a day after a commander was killed in a gunfight in the city on Saturday': an
        attack referred to on a day of its own, which no incident told gives, is another one."""
        days = _act_days(ref, strict=True)
        known = set().union(*(_act_days(s) for seg in self.segments for s in seg.sentences if s.reported))
        return bool(days and known) and not days & known

    def about_all(self, info: SentenceInfo) -> bool:
        """'Al-Shabaab claimed both attacks', 'The president condemned the strikes': once several incidents
        are told, a statement on them all, giving no figure, belongs to each."""
        return (
            len(self.segments) > 1
            and info.reported
            and bool(info.statements)
            and not info.figures
            and _names_them_all(info)
        )

    def starts_another(self, info: SentenceInfo, city: PlaceMention | None, current: Segment) -> bool:
        """Does the sentence report another attack than the current incident: at another city after a cue
        (not one an earlier incident took place in), after a cue opening the sentence, on a day of its own at
        a scene of its own, or on another day?"""
        told = self.owners.get(city.text.lower()) if city else None
        moved = city and _elsewhere(city, current) and not _headline_only(current)
        if moved and _starts_incident(info, self.previous) and told is None and not _fighting(current):
            return True
        if _new_segment_cue(info) or _other_day(info, current) or _later_elsewhere(info, current) or _reply(info):
            return True
        if self.update_elsewhere(info, current):
            return True
        if len(self.segments) < self.announced and _next_announced(info, current) and not _headline_only(current):
            return True  # not the lead that counts the acts, told after a headline
        if not _opens_paragraph(info, self.previous) or self.first_site(current):
            return False
        paragraph = self.paragraphs[info.paragraph]
        if _own_day_and_place(paragraph, current, self.pending):
            return True
        reported = [p for p in paragraph if p.reported and not p.aggregate]
        return bool(reported) and _shifted_paragraph(reported, current, self.pending) and not self.owned(reported)

    def first_site(self, current: Segment) -> bool:
        """'Gunmen attacked police posts in two towns' and then 'In Derbent, two men opened fire': while the lead
        counts acts at sites it does not name, the first paragraph naming one tells the first act."""
        return len(self.segments) == 1 < self.announced and not set().union(
            *(_scene_names(s) for s in current.sentences)
        )

    def sequel(self, info: SentenceInfo, current: Segment) -> bool:
        """Is the sentence the next of the acts the lead counts, told against the one before it (so on its day and,
        naming no town, in its town)?"""
        return len(self.segments) < self.announced and _next_announced(info, current) and not _towns(info)

    def owned(self, paragraph: list[SentenceInfo]) -> bool:
        """Does the paragraph name a scene another incident than the current one owns?"""
        return any(self.owners.get(name, self.current) != self.current for p in paragraph for name in _scene_names(p))

    def update_elsewhere(self, info: SentenceInfo, current: Segment) -> bool:
        """'14:20 GMT - Drones hit Odesa port' in a live blog on a strike on Kharkiv: an update that states an act
        (not one told: 'the strike') in a town neither the current incident nor another one has named is
        another attack; updates on the toll, the suspect or reactions go on with the incident they name."""
        block = self.updates.get(info.index)
        known = {name for name, n in self.owners.items() if n == self.current}
        known |= {current.city.text.lower()} if current.city else set()
        if not block or not known:
            return False
        for s in block:
            towns = _towns(s)
            acts = s.violent and _event_stated(s) and not _refers_back(s)
            if acts and towns and not towns & known and not any(t in self.owners for t in towns):
                return True
        return False

    def goes_on(self, info: SentenceInfo) -> bool:
        """A sentence in the paragraph of the one before, naming no scene of another incident, goes on with it
        ('The enemy used a car bomb at the entrance of the camp', after the camp's attack)."""
        scenes = _scene_names(info)
        elsewhere = any(self.owners.get(name, self.current) != self.current for name in scenes)
        return self.previous is not None and self.previous.paragraph == info.paragraph and not elsewhere

    def add(self, info: SentenceInfo, kind: ClauseKind) -> None:
        """Place one sentence (or clause) in an incident."""
        headline = info.span.end_char <= dateline_end(info.span.doc)
        if kind == "reference" or (kind == "separate" and headline):
            self.pending.append(info)
            self.bases[id(info)] = self.current
            return
        if kind == "recalled":
            return
        city = _attack_city(info) if info.violent and _concrete(info) else None
        if not self.segments:
            if info.violent and _concrete(info):
                self.start(info, city, _lead_in(self.preamble, info))
            else:
                self.preamble.append(info)
            return
        if self.reply is not None and info.paragraph != self.reply[0]:
            self.current, self.reply = self.reply[1], None  # the story goes back to the attack replied to
        current = self.segments[self.current]
        order = _ordinal(info, len(self.segments), self.current)
        told = next((self.owners[name] for name in _scene_names(info) if name in self.owners), None)
        if kind == "separate" and told is not None and told != self.current:
            self.segments[told].sentences.append(info)
        elif kind == "separate":
            main = self.current
            self.start(info, city, clause=True)
            self.current = main  # the sentence's main clause goes on: 'X was attacked, while in Y ...'
        elif order == len(self.segments) and is_concrete(Segment([info])):
            self.start(info, city, clause=True)  # 'In a second incident, ...' shares the day and town it gives not
        elif order is not None and order < len(self.segments):
            self.current = order
            self.append(order, info)
        elif self.starts_another(info, city, current):
            base = self.current
            self.start(info, city, clause=self.sequel(info, current))
            self.reply = (info.paragraph, base) if _reply(info) else None
        else:
            referred = None if self.goes_on(info) else _referred(info, self.segments, self.current, self.owners)
            self.current = self.current if referred is None else referred
            current = self.segments[self.current]
            self.append(self.current, info)
            current.city = current.city or city or (_any_city(info) if info.violent else None)


def segment(infos: list[SentenceInfo]) -> tuple[list[Segment], list[SentenceInfo]]:
    """Group sentences into incidents; returns the segments and the aggregate sentences."""
    echoes = _echoes(infos)
    infos = chronological([_with_echoes(i, echoes) for i in infos])
    aggregates = [i for i in infos if i.aggregate and i.violent]
    segmenter = _Segmenter(infos)
    segmenter.updates = _update_blocks(infos)
    held: list[SentenceInfo] = []
    for info in infos:
        if segmenter.segments and _crosshead(info, segmenter.paragraphs, segmenter.segments[segmenter.current]):
            held.append(info)
        elif segmenter.about_all(info):
            for seg in segmenter.segments:
                seg.sentences.append(info)
        elif not any(info is a for a in aggregates):
            for part, kind in carve(info, first=not segmenter.segments):
                segmenter.add(part, kind)
        segmenter.previous = info
    segmenter.finish()
    for head in held:
        _place_crosshead(head, segmenter.segments)
    _share_headlines(segmenter.segments)
    segments = [seg for seg in segmenter.segments if is_concrete(seg)]
    sums = _summed(segments)
    for seg in segments:
        seg.sentences = [
            _without_echoes(replace(i, figures=[], counts=[]) if any(i is s for s in sums) else i, echoes)
            for i in seg.sentences
        ]
    return segments, [_without_echoes(a, echoes) for a in aggregates]


def _summed(segments: list[Segment]) -> list[SentenceInfo]:
    """In an article telling several attacks, the sentences whose toll is summed over them, with a headline that
    repeats such a sum ('8 dead in shootings at Atlanta-area spas' over 'shootings at three businesses left eight
    dead')."""
    if len(segments) < 2:
        return []
    infos = [i for seg in segments for i in seg.sentences]
    sums = [i for i in infos if _sums_them(i, len(segments))]
    values = {f.figure.value for i in sums for f in i.figures if _harm_kind(f)}
    repeated = [
        i
        for i in infos
        if _headline(i) and _harm(i) and all(f.figure.value in values for f in i.figures if _harm_kind(f))
    ]
    return sums + repeated


CROSSHEAD_WORDS = 12


def _crosshead(info: SentenceInfo, paragraphs: dict[int, list[SentenceInfo]], current: Segment) -> bool:
    """'Candidate killed in Lashkar Gah' between two sections: a short line of its own in the body, with no full stop,
    naming places the incident told before it never named, heads the section after it."""
    text = span_text(info.span).strip()
    alone = len(paragraphs.get(info.paragraph, [])) == 1 and info.paragraph > 0
    if not (alone and info.violent) or text.endswith((".", "!", "?", ":", '"', "\u201d")):
        return False
    names = _local_names(info)
    short = sum(t.is_alpha for t in span_tokens(info.span)) <= CROSSHEAD_WORDS
    return short and bool(names) and not any(names & _local_names(s) for s in current.sentences)


def _place_crosshead(head: SentenceInfo, segments: list[Segment]) -> None:
    """A crosshead goes with the incident whose text names its town ('... in the provincial capital, Lashkar Gah'),
    else with the incident of the first sentence after it."""
    names = _local_names(head)
    named = [seg for seg in segments if any(names & _local_names(s) for s in seg.sentences)] if names else []
    after = [seg for seg in segments if any(s.span.start_char > head.span.start_char for s in seg.sentences)]
    later = sorted(
        after, key=lambda seg: min(s.span.start_char for s in seg.sentences if s.span.start_char > head.span.start_char)
    )
    target = named[0] if len(named) == 1 else later[0] if later else None
    if target is not None:
        target.sentences = sorted([*target.sentences, head], key=lambda s: s.span.start_char)


HEADLINE_BREAKS = frozenset({";", ",", "as", "while", "after", "and"})


def _share_headlines(segments: list[Segment]) -> None:
    """'Gunmen kill four in Borno village; bomb wounds soldiers in Yobe', '14 killed near Beni, farmers kidnapped near
    Butembo': a headline telling two incidents gives each the part that names its town (unless the first would
    then tell no attack)."""
    if len(segments) < 2:
        return
    line_end = dateline_end(segments[0].sentences[0].span.doc) if segments[0].sentences else 0
    texts = [" ".join(padded_sentence(s.span) for s in seg.sentences if _told_below(s, line_end)) for seg in segments]
    for n, seg in enumerate(segments):
        for i, info in enumerate(seg.sentences):
            split = _headline_parts(info, texts) if _headline(info) else None
            if split is None or split[2] == n:
                continue
            first, second, owner = split
            rest = [*seg.sentences[:i], first, *seg.sentences[i + 1 :]]
            if is_concrete(Segment(rest)):
                seg.sentences = rest
                segments[owner].sentences.insert(0, second)
            return


def _told_below(info: SentenceInfo, line_end: int) -> bool:
    """Is the sentence part of the text below the headline and dateline that tells an incident (not a quote, whose
    speaker may name another incident's town)?"""
    return info.span.start_char >= line_end and not _headline(info) and not _quoted(info)


def _headline(info: SentenceInfo) -> bool:
    """A line of the text's first paragraph, standing alone without a full stop: its headline (after a kicker such as
    'LIVE:')."""
    text = span_text(info.span).rstrip(" ")
    return info.paragraph == 0 and text.endswith("\n") and not text.strip().endswith(".")


def _headline_parts(info: SentenceInfo, texts: list[str]) -> tuple[SentenceInfo, SentenceInfo, int] | None:
    """The headline cut where its second part, telling an act or harm, names a place only one incident's text
    names, and the first part none of that incident's places: the two parts and that incident."""
    for tok in span_tokens(info.span):
        if tok.lower_ not in HEADLINE_BREAKS or tok.i == info.span.start:
            continue
        first = _part(info, info.span.start, tok.i, inside=True)
        second = _part(info, tok.i + 1, info.span.end, inside=True)
        owners = [n for n, text in enumerate(texts) if any(f" {name} " in text for name in _local_names(second))]
        acts = _harm(second) or _has_act(info, tok.i + 1, info.span.end)
        if len(owners) == 1 and acts and not any(f" {name} " in texts[owners[0]] for name in _local_names(first)):
            return first, second, owners[0]
    return None


def _local_names(info: SentenceInfo) -> set[str]:
    """The places a sentence names, smaller than a country ('Pulwama', 'Yobe')."""
    return {m.text.lower() for m in info.places if m.place is None or m.place.kind not in ("country", "continent")}


def _echoes(infos: list[SentenceInfo]) -> list[PlaceMention]:
    """'Death toll in missile strike on Kryvyi Rih rises' (the tagger takes the town for a person) when the text
    places a mention of the same town elsewhere: each other occurrence of a town the text names is that town,
    for telling which incident a sentence is about (the record's places stay the place finder's)."""
    if not infos:
        return []
    doc = infos[0].span.doc
    found = [m for i in infos for m in i.places]
    towns = {m.text: m for m in found if m.place is not None and m.place.kind == "city"}
    taken = {t for m in found for t in range(m.start, m.end)}
    line_end, text = dateline_end(doc), doc_text(doc)
    out = []
    for name, town in towns.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or match.start() < line_end or taken & set(range(span.start, span.end)):
                continue
            if not _inside_longer_name(span):
                out.append(
                    replace(town, start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char)
                )
    return out


def _inside_longer_name(span: Span) -> bool:
    """'Dayton Daily News', 'George Washington': a town's name as part of a longer name (a capitalised word
    next to it in the same entity)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 and doc[span.start].ent_iob_ == "I" else None
    after = doc[span.end] if span.end < len(doc) and doc[span.end].ent_iob_ == "I" else None
    return any(t is not None and t.is_alpha and t.text[:1].isupper() for t in (before, after))


def _with_echoes(info: SentenceInfo, echoes: list[PlaceMention]) -> SentenceInfo:
    """The sentence with the echoes of towns that fall inside it among its places."""
    inside = [e for e in echoes if info.span.start <= e.start < info.span.end]
    return replace(info, places=sorted([*info.places, *inside], key=lambda m: m.start)) if inside else info


def _without_echoes(info: SentenceInfo, echoes: list[PlaceMention]) -> SentenceInfo:
    """The sentence with only the places the place finder found."""
    ids = {id(e) for e in echoes}
    kept = [p for p in info.places if id(p) not in ids]
    return replace(info, places=kept) if len(kept) != len(info.places) else info


def _sums_them(info: SentenceInfo, told: int) -> bool:
    """'In all, 11 people were killed', 'The attacks killed 20 people': in an article telling several
    attacks, a toll summed over them is none of theirs (the sentence's other findings stay)."""
    words = padded_sentence(info.span)
    cues = word_set("segments.json", "sum_cues")
    summed = any(f" {cue} " in words for cue in cues) or _names_them_all(info) or _acts_joined(info)
    summed = summed or _announced(info) > 1 or _over_days(info)
    return _harm(info) and (summed or _acts_counted(info, told))


def _over_days(info: SentenceInfo) -> bool:
    """'Ten people were killed during two days of riots', 'five dead over three days of clashes': in an article telling
    several attacks, a toll counted over days of violence is summed over the attacks of those days."""
    counts = load_data("segments.json")["act_counts"]
    units = word_set("segments.json", "day_units")
    for tok in span_tokens(info.span):
        counted = any(c.dep_ == "nummod" and c.lower_ in counts for c in tok.children)
        if counted and tok.lower_ in units and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "over"):
            return True
    return False


def _acts_counted(info: SentenceInfo, told: int) -> bool:
    """'28 killed as twin blasts hit election offices', 'killed when two bombs exploded outside offices in Pishin and
    Qilla Saifullah' in an article telling two attacks: a toll of as many acts as the incidents told (or 'twin',
    'both') is summed over them ('dropped four bombs on the plant, killing two' is one attack's; attackers are no
    acts)."""
    several = word_set("segments.json", "several_act_modifiers")
    agents = word_set("segments.json", "agent_nouns")
    numbers = load_data("segments.json")["act_counts"]
    doc = info.span.doc
    for trigger in info.triggers:
        tok = doc[trigger.end - 1]
        if trigger.table != "event_types" or tok.tag_ != "NNS" or tok.lower_ in agents:
            continue
        for c in tok.children:
            if (c.dep_ == "nummod" and numbers.get(c.lower_) == told) or c.lower_ in several:
                return True
    return False


def _acts_joined(info: SentenceInfo) -> bool:
    """'Truck bomb in Cali and drone attack on police helicopter leave 19 dead', 'A car bomb in Mogadishu and an
    ambush near Kismayo killed 23': two acts joined as the subject, each placed or aimed by a preposition, share one
    toll (not 'the bombing and shooting', one attack's two acts, nor 'after the blast and a grenade attack on a post
    that wounded two')."""
    subjects = ("nsubj", "nsubjpass")
    for act in span_tokens(info.span):
        subject = act.dep_ in subjects or (act.dep_ == "appos" and act.head.dep_ in subjects)
        if act.pos_ != "NOUN" or not subject or not is_act(act):
            continue
        joined = [c for c in act.children if c.dep_ == "conj" and c.pos_ == "NOUN" and is_act(c)]
        heads = (act, *joined)
        if joined and any(child.dep_ == "prep" for head in heads for child in head.children):
            return True
    return False


def chronological(infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """A live blog tells its updates newest first under time stamps ('22:40 CET', '9.15am'): its blocks are
    read oldest first, so the incident starts where the events did and later tolls revise earlier ones."""
    stamps = _update_stamps(infos)
    if len(stamps) < MIN_UPDATES or any(a[1] <= b[1] for a, b in itertools.pairwise(stamps)):
        return infos
    starts = [n for n, _ in stamps] + [len(infos)]
    blocks = [infos[a:b] for a, b in itertools.pairwise(starts)]
    return infos[: starts[0]] + _updated([i for block in reversed(blocks) for i in block])


def _update_blocks(infos: list[SentenceInfo]) -> dict[int, list[SentenceInfo]]:
    """A live blog's updates (at least MIN_UPDATES), by the index of the sentence each opens on."""
    stamps = _update_stamps(infos)
    if len(stamps) < MIN_UPDATES:
        return {}
    starts = [n for n, _ in stamps] + [len(infos)]
    return {infos[a].index: infos[a:b] for a, b in itertools.pairwise(starts)}


def _updated(infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """In a live blog, a toll given in a later update than one of its kind revises it ('Police now say three
    people have died' after 'One person was killed')."""
    told: set[str] = set()
    out = []
    for info in infos:
        later = [f for f in info.figures if f.figure.status == "current" and f.figure.of == "victims"]
        revised = [replace(f, revision=True) if f in later and f.figure.kind in told else f for f in info.figures]
        told |= {f.figure.kind for f in later}
        out.append(replace(info, figures=revised) if revised != info.figures else info)
    return out


def _update_stamps(infos: list[SentenceInfo]) -> list[tuple[int, int]]:
    """The sentences that open a paragraph on a line holding a time of day, alone or before the update's heading
    ('20:45 GMT - Death toll climbs to 14'), with that time in minutes."""
    text = doc_text(infos[0].span.doc) if infos else ""
    out = []
    for n, info in enumerate(infos):
        if n and infos[n - 1].paragraph == info.paragraph:
            continue
        start = info.span.start_char
        end = text.find("\n", start)
        match = TIMESTAMP.fullmatch(text[start : end if end >= 0 else len(text)].strip())
        if match:
            out.append((n, clock_minutes(match)))
    return out
