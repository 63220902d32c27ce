"""Which sentences report an incident, and where one incident ends and the next begins.

An article may report no attack (a film review), one, or several ('Two separate attacks ...'):
a new incident starts at a violent sentence that ties the attack to another city and signals a
new event (a new paragraph or a cue such as 'separate', 'hours earlier'), or at a paragraph that
reports harm done on a day of its own, at a place it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from polybius.extract.dates import dates_statement
from polybius.extract.places import TOWN_WORDS, PlaceMention, dateline_end
from polybius.extract.resources import load_data, word_set
from polybius.extract.sentences import SentenceInfo
from polybius.extract.spans import padded_words

PLACE_PREPS = frozenset({"in", "at", "near", "outside"})


@dataclass
class Segment:
    """The sentences of one incident and the city that anchors it."""

    sentences: list[SentenceInfo] = field(default_factory=list)
    city: PlaceMention | None = None


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
        if before in PLACE_PREPS or after == "'s" or town_of:
            return m
    return None


def _any_city(info: SentenceInfo) -> PlaceMention | None:
    return next((m for m in info.places if m.place is not None and m.place.kind == "city"), None)


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    if a.place and b.place:
        return a.place.geonames_id == b.place.geonames_id
    return a.text.lower() == b.text.lower()


def _new_event_cue(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    if previous is not None and previous.paragraph != info.paragraph:
        return True
    words = padded_words(info.span)
    return any(f" {cue} " in words for cue in load_data("segments.json")["new_incident_cues"])


def _opens_paragraph(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    return previous is not None and previous.paragraph != info.paragraph


def _harm(info: SentenceInfo) -> bool:
    return any(f.figure.kind in ("killed", "injured", "hostages") for f in info.figures)


def _starts_incident(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    """Harm, an act and a sign of a new event ('Hours earlier', a new paragraph)."""
    return _harm(info) and bool(info.event_types) and _new_event_cue(info, previous)


REGION_KINDS = frozenset({"country", "admin1", "admin2", "continent"})


def _act_days(info: SentenceInfo, unresolved: bool = False) -> set[str]:
    """Days a sentence gives for what happened, not for a statement ('officials said on Sunday'), a
    revision ('the toll rose to 19 on Monday') nor the dateline; with `unresolved`, a day named with no
    publication date to resolve it ('on 25 january') counts by its words."""
    doc = info.span.doc
    speech = word_set("statements.json", "speech_verbs") | word_set("segments.json", "report_verbs")
    line_end = dateline_end(doc)
    found = [d for d in info.dates if d.start >= line_end and not dates_statement(doc, d, speech)]
    days = {d.value for d in found if d.value and d.precision == "day"}
    if unresolved:
        days |= {_day_words(d.text) for d in found if d.value is None and _names_day(d.text)}
    return days


def _day_words(text: str) -> str:
    """'the 25 January' -> '25 january': a day's words without articles."""
    return " ".join(w for w in text.lower().split() if w not in ("the", "on", "of"))


def _names_day(text: str) -> bool:
    """A particular day: a month day ('25 january') or a weekday ('last Thursday')."""
    words = set(text.lower().split())
    return bool(words & word_set("segments.json", "day_words")) and (
        any(w.isdigit() for w in words) or bool(words & word_set("segments.json", "weekdays")))


def _other_day(info: SentenceInfo, current: Segment) -> bool:
    """'On 25 January commandos machinegunned the general' after an attack of 7 January: an act stated on
    a day the incident so far never gave, when it gave one, is another attack."""
    if not (info.violent and _event_stated(info, verbs_only=True)):
        return False
    days = _act_days(info, unresolved=True)
    known = set().union(*(_act_days(s, unresolved=True) for s in current.sentences if s.reported))
    return bool(days and known) and not days & known


def _names_a_place(info: SentenceInfo) -> bool:
    """A town, village or facility named outside the dateline (a country or region is not a scene)."""
    line_end = dateline_end(info.span.doc)
    return any(m.start_char >= line_end and (m.place is None or m.place.kind not in REGION_KINDS)
               for m in info.places)


def _own_day_and_place(paragraph: list[SentenceInfo], current: Segment) -> bool:
    """'In the capital, mortar rounds landed ... late on Tuesday, wounding three' after a paragraph on
    Wednesday's car bomb: a paragraph that reports harm and an act, names its scene and dates an act on
    a day the incident so far never gave is another attack (a follow-up on the same attack repeats its day
    or gives none; 'one of the wounded was critical on Saturday' dates no act)."""
    reported = [p for p in paragraph if p.reported and not p.aggregate]
    acts = [p for p in reported if p.violent and p.event_types]
    if not any(_harm(p) for p in reported) or not acts:
        return False
    days = set().union(*(_act_days(p) for p in acts))
    known = set().union(*(_act_days(s) for s in current.sentences if s.reported))
    return bool(days and known) and not days & known and any(_names_a_place(p) for p in reported)


def _concrete(info: SentenceInfo) -> bool:
    """A sentence that reports an act, not only mentions attacks in general."""
    return bool(info.event_types) or any(
        f.figure.kind in ("killed", "injured", "hostages") for f in info.figures)


def _in_quotes(info: SentenceInfo, token_i: int) -> bool:
    doc = info.span.doc
    before = doc[info.span.start : token_i].text
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1


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
        if doc[t.start : t.end].text.lower() in agents:
            continue
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and _asserted(tok):
            return True
        if not verbs_only and ((tok.tag_ in ("NN", "NNP") and _particular(tok)) or t.end - t.start > 1):
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
    something else ('laws passed after the shooting') does not ('dynamite' names the weapon of an act,
    with or without one)."""
    act_noun = noun.lower_.endswith(("ion", "ing"))
    if act_noun and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in word_set("segments.json", "time_prepositions"):
        return False
    head = noun.head
    return not (noun.dep_ == "attr" and head.lemma_ == "be"
                and any(c.dep_ == "aux" and c.lower_ in word_set("segments.json", "unasserting_auxiliaries")
                        for c in head.children))


def is_concrete(seg: Segment) -> bool:
    """Does the segment report a particular attack (someone harmed, or an act stated)?"""
    return any(_harm(i) or (i.violent and _event_stated(i)) for i in seg.sentences)


LEAD_PARAGRAPHS = 2


def _lead_in(preamble: list[SentenceInfo], first: SentenceInfo) -> list[SentenceInfo]:
    """What comes before the first violent sentence belongs to the incident when it is the headline
    and lead; in an article about something else, only the same paragraph does."""
    if first.paragraph <= LEAD_PARAGRAPHS:
        return preamble
    return [p for p in preamble if p.paragraph == first.paragraph]


def segment(infos: list[SentenceInfo]) -> tuple[list[Segment], list[SentenceInfo]]:
    """Group sentences into incidents; returns the segments and the aggregate sentences."""
    aggregates = [i for i in infos if i.aggregate and i.violent]
    paragraphs: dict[int, list[SentenceInfo]] = {}
    for info in infos:
        paragraphs.setdefault(info.paragraph, []).append(info)
    segments: list[Segment] = []
    preamble: list[SentenceInfo] = []
    previous: SentenceInfo | None = None
    for info in infos:
        if info in aggregates:
            previous = info
            continue
        city = _attack_city(info) if info.violent and _concrete(info) else None
        current = segments[-1] if segments else None
        if current is None:
            if info.violent and _concrete(info):
                segments.append(Segment([*_lead_in(preamble, info), info], city or _any_city(info)))
            else:
                preamble.append(info)
        elif city and current.city and not _same_place(city, current.city) and _starts_incident(info, previous):
            segments.append(Segment([info], city))
        elif (_opens_paragraph(info, previous) and _own_day_and_place(paragraphs[info.paragraph], current)) \
                or _other_day(info, current):
            segments.append(Segment([info], city or _any_city(info)))
        else:
            current.sentences.append(info)
            current.city = current.city or city or (_any_city(info) if info.violent else None)
        previous = info
    return [seg for seg in segments if is_concrete(seg)], aggregates
