"""Building one Incident record from the sentences of a segment."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Sequence
from datetime import datetime

from spacy.tokens import Doc, Span

from polybius.extract.actors import (
    ActorMention,
    group_perpetrators,
    identified_attackers,
    individual_perpetrators,
    state_perpetrators,
)
from polybius.extract.attackers import (
    as_state_forces,
    described_attackers,
    from_statements,
    lone_named_count,
    state_claims,
    unnamed_attackers,
    with_accomplice,
    with_unnamed,
)
from polybius.extract.dates import DateMention, incident_date, shifted
from polybius.extract.events import assassination_means, harmed_official, killings_as_assault
from polybius.extract.gazetteer import Gazetteer, load_gazetteer
from polybius.extract.kinds import FoundFigure, better_source, with_status
from polybius.extract.participants import (
    attackers_killed,
    described_perpetrator_count,
    find_targets,
    find_victims,
    harms_named_person,
    identified_dead,
    perpetrator_count,
)
from polybius.extract.places import (
    PlaceMention,
    attacked_object,
    choose_location,
    dateline_end,
    facility_heads,
    named_facility,
    where_arrested,
    where_treated,
)
from polybius.extract.resources import load_data, word_set
from polybius.extract.segment import RelativeDay, Segment
from polybius.extract.sentences import SentenceInfo
from polybius.extract.spans import (
    doc_text,
    entities,
    evidence,
    parsed_text,
    phrase,
    span_evidence,
    span_text,
    span_tokens,
)
from polybius.extract.totals import add_ups, figure_conflicts, live_updates, merged_qualifier, totals
from polybius.model import (
    Conflict,
    Count,
    DateValue,
    Document,
    EventType,
    Figure,
    Incident,
    Location,
    Perpetrator,
    Source,
    Statement,
    Target,
    Victim,
    Weapon,
)

MAX_EVIDENCE = 3
STATEMENT_VERBS = frozenset({"confirm", "announce", "publish", "release", "issue", "tell", "report"})
REVISION_VERBS = frozenset({"rise", "climb", "revise", "reach", "increase", "jump", "update"})
_NON_WORD = re.compile(r"[^\w']+")


def incident_id(document_id: str, n: int) -> str:
    """A stable id: the same document always gives the same ids."""
    return hashlib.sha1(f"{document_id}:{n}".encode()).hexdigest()[:16]


def _triggered(
    infos: Sequence[SentenceInfo], doc: Doc, table: str, make: Callable[[str, str | None], EventType | Weapon]
) -> list:
    """One item per trigger label of `table`, with up to MAX_EVIDENCE spans, from reported sentences."""
    found: dict[str, EventType | Weapon] = {}
    for info in infos:
        if not info.reported:
            continue
        for t in info.triggers:
            if t.table != table:
                continue
            span = doc[t.start : t.end]
            item = found.setdefault(t.label, make(t.label, span.text if t.named else None))
            if t.named and isinstance(item, Weapon) and item.detail is None:
                item.detail = span.text
            if len(item.evidence) < MAX_EVIDENCE:
                item.evidence.append(evidence(doc, span.start_char, span.end_char))
    return list(found.values())


FACILITY_PREPS = frozenset({"at", "in", "inside", "outside", "near", "on", "into"})


def _with_common_facility(location: Location, infos: Sequence[SentenceInfo]) -> Location:
    """'exploded at a crowded night market': with no named facility, the attacked place's noun phrase
    (not the hospital the wounded were taken to); one with a name ('at Harburg station') before a bare one,
    the story's before the headline's, whose phrases are clipped ('Lyari shop')."""
    if location.facility is not None:
        return location
    heads = facility_heads()
    found = [
        (not any(t.pos_ == "PROPN" for t in np), _headline_last(info), tok.i, np)
        for info in infos
        if info.violent
        for tok in span_tokens(info.span)
        if tok.lower_ in heads
        and tok.pos_ == "NOUN"
        and ((tok.dep_ == "pobj" and tok.head.lower_ in FACILITY_PREPS) or attacked_object(tok))
        and not where_treated(tok)
        and not where_arrested(tok)
        and not any(tok.i in c for c in info.actor_clauses)
        for np in [_named_or_common(_trimmed(phrase(tok, keep_preps=False)))]
    ]
    if not found:
        return location
    np = min(found, key=lambda f: f[:3])[3]
    return location.model_copy(update={"facility": np.text, "evidence": [*location.evidence, span_evidence(np)]})


def _headline_last(info: SentenceInfo) -> bool:
    """Sort key: the story's sentences before the headline, whose noun phrases are clipped ('Lyari shop')."""
    return info.paragraph == 0 or info.span.end_char <= dateline_end(info.span.doc)


def _named_or_common(np: Span) -> Span:
    """The facility's own name where the text gives it (places.named_facility), else the noun phrase."""
    return named_facility(np) or np


def _trimmed(span: Span) -> Span:
    """The span without the line breaks a headline's last word carries."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[span.start : end]


def _event_types(infos: Sequence[SentenceInfo], doc: Doc) -> list[EventType]:
    """The incident's event types; 'other' (an attack of no named kind: 'its fighters carried out the
    attack') only when no sentence names the kind, as resolve_airstrikes does within one sentence."""
    found = _triggered(infos, doc, "event_types", lambda label, _text: EventType(value=label))
    named = [e for e in found if e.value != "other"]
    return named or found


def _sequel_events(segment: Segment, doc: Doc) -> list[EventType]:
    """'Suicide bombers hit two police sites ... Minutes later a second attack hit the academy': an act told only as
    the next attack of the same day, by a generic word, is of the kind of the incident it follows."""
    rel = segment.relative
    if rel is None or rel.days != 0 or not any(i.struck for i in segment.sentences):
        return []
    return _event_types(rel.base.sentences, doc)


def _weapons(infos: Sequence[SentenceInfo], doc: Doc) -> list[Weapon]:
    return _triggered(infos, doc, "weapons", lambda label, text: Weapon(type=label, detail=text))


def _events_from_weapons(weapons: list[Weapon]) -> list[EventType]:
    """'Insurgents armed with guns and machetes attacked a village': the weapon gives the GTD type."""
    out: dict[str, EventType] = {}
    for w in weapons:
        kind = load_data("segments.json")["weapon_events"].get(w.type)
        if kind and kind not in out:
            out[kind] = EventType(value=kind, evidence=list(w.evidence[:1]))
    return list(out.values())


def _implied_weapons(events: list[EventType], weapons: list[Weapon]) -> list[Weapon]:
    """An air strike, shelling or bombing used explosives even when no weapon word says so (GTD)."""
    have = {w.type for w in weapons}
    out = list(weapons)
    for event in events:
        kind = load_data("segments.json")["implied_weapons"].get(event.value)
        if kind and kind not in have:
            out.append(Weapon(type=kind, detail=None, evidence=list(event.evidence[:1])))
            have.add(kind)
    return out


def _assassination(
    events: list[EventType], targets: list[Target], victims: list[Victim], infos: Sequence[SentenceInfo]
) -> list[EventType]:
    """A named official shot or bombed is an assassination (GTD): an official harmed (events.harmed_official)
    and a person's name in a sentence about the attack; an official known only by title and name ('council
    chairman X') joins the targets as a government target."""
    if any(e.value == "assassination" for e in events) or not events:
        return events
    told = [i.span for i in infos if i.violent or i.lists_victims]
    official = harmed_official(targets, victims, told)
    named = any(ent.label_ == "PERSON" for span in told for ent in entities(span))
    if official is None or not named or not {e.value for e in events} & assassination_means():
        return events
    if all(t.name != official.name for t in targets):
        targets.append(official)
    return [*events, EventType(value="assassination", evidence=list(official.evidence))]


def _revise(figures: list[FoundFigure]) -> list[FoundFigure]:
    """A revised figure ('rose to', 'from X to Y') supersedes the totals of its kind told before it (in
    reading order, which in a live blog is not text order)."""
    out = list(figures)
    for n, rev in enumerate(figures):
        if not rev.revision:
            continue
        for i, f in enumerate(out[:n]):
            same = f.figure.kind == rev.figure.kind and f.figure.of == rev.figure.of
            earlier = f.figure.evidence[0].start != rev.figure.evidence[0].start
            if same and earlier and f.figure.status == "current" and f.figure.value != rev.figure.value:
                out[i] = with_status(f, "superseded")
    return out


def _parts_of_totals(figures: list[FoundFigure]) -> list[FoundFigure]:
    """'Seven died at the scene and two later in hospital' beside '9 killed': the parts are sub-counts."""
    out = list(figures)
    for total in figures:
        t = total.figure
        if t.status != "current" or t.of != "victims":
            continue
        parts = [
            i
            for i, f in enumerate(out)
            if f.figure.kind == t.kind
            and f.figure.of == t.of
            and f.figure.status == "current"
            and f.figure.value < t.value
        ]
        for size in (2, 3):
            for combo in itertools.combinations(parts, size):
                if sum(out[i].figure.value for i in combo) == t.value:
                    for i in combo:
                        out[i] = with_status(out[i], "partial")
                    break
    return out


def _words(text: str) -> str:
    """Lower-cased words of TEXT padded with spaces: a group name matches whole words only ("IS" not in "district")."""
    return f" {_NON_WORD.sub(' ', text.lower()).strip()} "


def _credible(figures: list[Figure], infos: Sequence[SentenceInfo], perps: list[Perpetrator]) -> list[Figure]:
    """Figures not given by an armed group about its own attack (al-Shabaab claiming 23 dead); a group
    that is no perpetrator here (the Taliban government, a resistance group reporting a strike) is a source."""
    groups = {_words(m) for p in perps if p.kind == "group" for m in [p.name, *p.mentions]} - {" "}
    claims = [i.span for i in infos if any(s.statement.type == "claim_responsibility" for s in i.statements)]

    def credible(f: Figure) -> bool:
        source = _words(f.attributed_to or "")
        if any(g in source for g in groups):
            return False
        return not all(any(c.start_char <= e.start < c.end_char for c in claims) for e in f.evidence)

    kept = [f for f in figures if credible(f)]
    return kept or figures


def _merge_figures(figures: list[Figure]) -> list[Figure]:
    """One figure per (kind, value, status, of), keeping every evidence span and the first source."""
    merged: dict[tuple, Figure] = {}
    for f in figures:
        key = (f.kind, f.value, f.status, f.of)
        old = merged.get(key)
        if old is None:
            merged[key] = f.model_copy(deep=True)
            continue
        old.evidence.extend(f.evidence)
        old.attributed_to = better_source(old.attributed_to, f.attributed_to)
        old.qualifier = merged_qualifier(old.qualifier, f)
    return list(merged.values())


def _figures(infos: Sequence[SentenceInfo], count: Count | None) -> list[Figure]:
    text = parsed_text(infos[0].span.doc) if infos else ""
    found = _parts_of_totals(_revise(live_updates(add_ups([f for info in infos for f in info.figures]), text)))
    figures = [f.figure for f in found]
    known = count.value if count else None
    for info in (i for i in infos if i.reported):
        killed = attackers_killed(info.span, known)
        if killed is not None:
            figures.append(killed)
    return _merge_figures(figures)


def _perpetrator_count(infos: Sequence[SentenceInfo], doc: Doc) -> Count | None:
    for info in infos:
        for c in info.counts:
            return Count(value=c.value, evidence=[evidence(doc, c.start_char, c.end_char)])
    for info in infos:
        if info.violent:
            single = perpetrator_count(info.span)
            if single is not None:
                return single
    sents = [info.span for info in infos]
    return described_perpetrator_count(sents) or described_attackers([i.span for i in infos if i.reported])


def _statements(infos: Sequence[SentenceInfo]) -> list[Statement]:
    """Statements about this attack: not those in sentences recalling earlier ones."""
    return [s.statement for info in infos if info.reported for s in info.statements]


def _perpetrators(
    infos: Sequence[SentenceInfo], all_actors: Sequence[ActorMention], count: Count | None
) -> list[Perpetrator]:
    """Groups tied to the attack, named attackers, states behind air and artillery strikes; a lone
    unnamed attacker ('A man opened fire') is an individual perpetrator; other unnamed attackers
    of an attack verb ('guerrillas attacked') are added by `with_unnamed`."""
    found = [s for info in infos if info.reported for s in info.statements]
    claimed = {s.speaker_actor for s in found if s.statement.type == "claim_responsibility" and s.speaker_actor}
    accused = {s.target_actor for s in found if s.statement.type == "accusation" and s.target_actor}
    denied = {s.speaker_actor for s in found if s.statement.type == "denial" and s.speaker_actor}
    perps = group_perpetrators([(i.span, i.actors) for i in infos if i.reported], claimed, accused, denied, all_actors)
    seen = {p.name.lower() for p in perps}
    gaz = load_gazetteer()
    unnamed: list[Perpetrator] = []
    for info in infos:
        if not info.reported:
            perps += [p for p in identified_attackers(info.span) if info.background and p.name.lower() not in seen]
            seen |= {p.name.lower() for p in perps}
            continue
        extra = individual_perpetrators(info.span)
        if info.violent:
            strikes = bool(info.event_types & {"airstrike", "shelling", "clash"})
            extra += state_perpetrators(info.span, lambda t: _country_name(gaz, t), strikes)
        if info.violent:
            unnamed += unnamed_attackers(info.span, [(a.start, a.end) for a in info.actors if a.kind != "unknown"])
        unnamed += state_claims(info.span)
        for p in extra:
            if p.name.lower() not in seen:
                perps.append(p)
                seen.add(p.name.lower())
    if not perps and count is not None and count.value == 1:
        perps.append(
            Perpetrator(
                name=count.evidence[0].text,
                kind="individual",
                mentions=[count.evidence[0].text],
                evidence=list(count.evidence),
            )
        )
    return from_statements(with_unnamed(perps, unnamed), found)


def _country_name(gaz: Gazetteer, text: str) -> str | None:
    code = gaz.demonym(text)
    place = gaz.country(code or text)
    return place.name if place else None


def _targets_victims(
    infos: Sequence[SentenceInfo], facility: str | None, figures: list[Figure]
) -> tuple[list[Target], list[Victim]]:
    hint = next((f.kind for f in figures if f.of == "victims" and f.kind in ("killed", "injured")), None)
    targets, victims = {}, {}
    for info in infos:
        mentions_facility = facility is not None and facility in span_text(info.span)
        harm = (
            any(f.figure.kind in ("killed", "injured") for f in info.figures)
            or any(t.lower_ in ("victims", "victim", "wounded", "injured", "dead") for t in span_tokens(info.span))
            or bool(identified_dead(info.span))
            or harms_named_person(info.span)
        )
        if not (info.violent or mentions_facility or harm or info.lists_victims):
            continue
        for t in find_targets(info.span, facility if mentions_facility else None):
            targets.setdefault(t.name.lower(), t)
        for v in find_victims(info.span, hint if info.violent or info.lists_victims else None, info.lists_victims):
            victims.setdefault(v.name.lower(), v)
    return list(targets.values()), list(victims.values())


def _conflicts(perps: list[Perpetrator], statements: list[Statement], figures: list[Figure]) -> list[Conflict]:
    out = []
    claimed = [p.name for p in perps if p.claimed]
    if len(claimed) > 1:
        out.append(Conflict(field="perpetrators", detail="competing claims: " + "; ".join(claimed)))
    denials = {(s.speaker or "").lower() for s in statements if s.type == "denial"}
    for name in claimed:
        if name.lower() in denials:
            out.append(Conflict(field="perpetrators", detail=f"claimed by {name}; denied by {name}"))
    return out + figure_conflicts(figures)


def _date(
    segment: Segment,
    aggregates: Sequence[SentenceInfo],
    dateline: DateMention | None,
    doc: Doc,
    published: datetime | None,
) -> DateValue:
    """The attack's date, else a day given against the incident before it ('A day earlier, ...'; also over a bare
    year or month, or over a day said only after the sentence that times it so), else the dateline's."""
    best = _dated(segment.sentences, aggregates, dateline, doc, published)
    rel = segment.relative
    if rel is not None and _timed_by_relative(segment, rel, best, dateline):
        best = _shifted_date(rel, aggregates, dateline, doc, published, best)
    if best is None or not best.value:
        return DateValue()
    return DateValue(value=best.value, precision=best.precision, evidence=[evidence(doc, best.start, best.end)])


def _dated(
    sentences: Sequence[SentenceInfo],
    aggregates: Sequence[SentenceInfo],
    dateline: DateMention | None,
    doc: Doc,
    published: datetime | None,
) -> DateMention | None:
    """The date these sentences give the attack (dates.incident_date), reported speech and revisions read as such."""
    speech = word_set("statements.json", "speech_verbs") | REVISION_VERBS | STATEMENT_VERBS
    return incident_date(
        doc, sentences, aggregates, published, line_end=dateline_end(doc), speech=speech, dateline=dateline
    )


def _timed_by_relative(
    segment: Segment, rel: RelativeDay, best: DateMention | None, dateline: DateMention | None
) -> bool:
    """Does the day given against another incident date this one: over the dateline, a bare year or month, or a day
    said after the sentence that times it so?"""
    if best is None or best is dateline:
        return best is dateline
    return best.precision in ("year", "month") or _after_opening(segment, rel, best)


def _shifted_date(
    rel: RelativeDay,
    aggregates: Sequence[SentenceInfo],
    dateline: DateMention | None,
    doc: Doc,
    published: datetime | None,
    best: DateMention | None,
) -> DateMention | None:
    """The base incident's date moved by the days the text gives against it ('A day earlier', 'An hour later')."""
    base = _dated(rel.base.sentences, aggregates, dateline, doc, published)
    if base is None:
        return best
    start, end = (base.start, base.end) if rel.start is None or rel.end is None else (rel.start, rel.end)
    return shifted(base, rel.days, start, end, doc_text(doc)) or best


def _after_opening(segment: Segment, rel: RelativeDay, found: DateMention) -> bool:
    """'An hour later, a second bomb exploded in X' ... 'The attacks came ahead of Thursday's elections': is the date
    said after a whole sentence that opens the incident and times it against another (not a clause 'hours after
    shells struck the airport', whose act the text dates later)?"""
    opening = next((s for s in segment.sentences if s.violent), None)
    if opening is None or rel.start is None or opening.span.start != opening.span.sent.start:
        return False
    return opening.span.start_char <= rel.start < opening.span.end_char <= found.start


def _clause_context(segment: Segment) -> list[PlaceMention]:
    """The town of the incident whose sentence holds this one as a clause ('..., while a bombing in nearby
    Kolofata killed two'), or that this one follows on the same day naming no town ('He then drove to a school a
    kilometre away'): it may place a village the gazetteer lacks, and it places a clause that names no place
    ('three days after the city's secretary was shot dead') better than the dateline does."""
    rel = segment.relative
    if rel is None or rel.base.city is None or rel.base.city.place is None:
        return []
    shared = {s.index for s in rel.base.sentences} & {s.index for s in segment.sentences}
    unplaced = not any(info.places for info in segment.sentences)  # 'Minutes later a second attack hit the academy'
    return [rel.base.city] if shared or (rel.days == 0 and (rel.start is None or unplaced)) else []


def build_incident(
    segment: Segment,
    n: int,
    document: Document,
    doc: Doc,
    aggregates: Sequence[SentenceInfo],
    dateline: DateMention | None,
    dateline_place: PlaceMention | None,
    all_actors: Sequence[ActorMention],
) -> Incident:
    """Assemble every field of one incident from its sentences."""
    infos = segment.sentences
    mentions = [(m, info.violent) for info in infos if not info.background for m in info.places]
    context = _clause_context(segment)
    placed = any(m.place is not None or m.settlement for m, _ in mentions)
    fallback = context[0] if context and not placed else dateline_place
    location = _with_common_facility(choose_location(mentions, doc, fallback, context), infos)
    count = with_accomplice(_perpetrator_count(infos, doc), [i.span for i in infos if i.reported])
    figures = _figures(infos, count)
    statements = _statements(infos)
    perps = as_state_forces(_perpetrators(infos, all_actors, count), parsed_text(doc), location.country_code)
    count = lone_named_count(count, perps)
    targets, victims = _targets_victims(infos, location.facility, figures)
    weapons = _weapons(infos, doc)
    events = _event_types(infos, doc) or _events_from_weapons(weapons) or _sequel_events(segment, doc)
    events = _assassination(killings_as_assault(events, figures), targets, victims, infos)
    return Incident(
        id=incident_id(document.id, n),
        date=_date(segment, aggregates, dateline, doc, document.published),
        location=location,
        event_types=events,
        weapons=_implied_weapons(events, weapons),
        perpetrators=perps,
        perpetrator_count=count,
        targets=targets,
        victims=victims,
        figures=figures,
        totals=totals(_credible(figures, infos, perps)),
        statements=statements,
        conflicts=_conflicts(perps, statements, figures),
        sources=[
            Source(document_id=document.id, url=document.url, source=document.source, published=document.published)
        ],
    )
