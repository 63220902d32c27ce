"""Which sentences report an incident, and where one incident ends and the next begins.

An article may report no attack (a film review), one, or several ('Two separate attacks ...'):
a new incident starts at a violent sentence that ties the attack to another city and signals a
new event (a new paragraph or a cue such as 'separate', 'hours earlier').
"""

from __future__ import annotations

from dataclasses import dataclass, field

from polybius.extract.places import TOWN_WORDS, PlaceMention
from polybius.extract.resources import load_data
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


def _harm(info: SentenceInfo) -> bool:
    return any(f.figure.kind in ("killed", "injured", "hostages") for f in info.figures)


def _starts_incident(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    """Harm, an act and a sign of a new event ('Hours earlier', a new paragraph)."""
    return _harm(info) and bool(info.event_types) and _new_event_cue(info, previous)


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


def _event_stated(info: SentenceInfo) -> bool:
    """An act reported as happening: a clause verb ('exploded', 'stormed') or a singular event noun
    outside quotes, not plural talk of 'bombings' or 'gunmen' in general."""
    doc = info.span.doc
    for t in info.triggers:
        tok = doc[t.start]
        if t.table != "event_types" or _in_quotes(info, t.start) or _compared(tok):
            continue
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            return True
        if tok.tag_ in ("NN", "NNP") or t.end - t.start > 1:
            return True
    return False


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
        else:
            current.sentences.append(info)
            current.city = current.city or city or (_any_city(info) if info.violent else None)
        previous = info
    return [seg for seg in segments if is_concrete(seg)], aggregates
