"""One incident out of all its reports: every reported value kept with the document it came from."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from typing import Any

from polybius.fuse.conflicts import report_conflicts
from polybius.fuse.tolls import as_of, fused_totals
from polybius.model import (
    Count,
    DateValue,
    Figure,
    Incident,
    Location,
    Record,
    Report,
    Source,
    TimelinePoint,
)

DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
PLACE_RANK = {"facility": 4, "city": 3, "admin1": 2, "country": 1, "unknown": 0}


def tag_evidence(incident: Incident, document_id: str) -> Incident:
    """A copy of an incident whose every evidence span names its document."""
    return Incident.model_validate(_tagged(incident.model_dump(), document_id))


def _tagged(node: Any, document_id: str) -> Any:
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            return {**node, "document_id": node.get("document_id") or document_id}
        return {k: _tagged(v, document_id) for k, v in node.items()}
    if isinstance(node, list):
        return [_tagged(v, document_id) for v in node]
    return node


def fuse_reports(incident_id: str, reports: list[Report], copies: list[Source] = ()) -> Incident:
    """The incident all these reports tell of; `copies` are near-duplicate documents of their sources."""
    ordered = sorted(reports, key=as_of)
    incidents = [r.incident for r in ordered]
    totals, timeline, toll_conflicts = fused_totals(ordered)
    return Incident(
        id=incident_id,
        date=_date(incidents),
        location=_location(incidents),
        event_types=_union(incidents, "event_types", lambda e: e.value),
        weapons=_union(incidents, "weapons", lambda w: w.type),
        perpetrators=_perpetrators(incidents),
        perpetrator_count=_count(incidents),
        targets=_union(incidents, "targets", lambda t: t.name.lower()),
        victims=_union(incidents, "victims", lambda v: (v.name.lower(), v.effect)),
        figures=_figures(ordered, timeline),
        totals=totals,
        sources=_sources(ordered, copies),
        conflicts=report_conflicts(ordered) + toll_conflicts,
        statements=_union(incidents, "statements", lambda s: (s.type, (s.speaker or "").lower(),
                                                               (s.target or "").lower(), s.hedged)),
        timeline=timeline,
    )


def _date(incidents: list[Incident]) -> DateValue:
    """The most precise date, the one most reports give; its evidence from all of them."""
    dated = [i.date for i in incidents if i.date.value]
    if not dated:
        return DateValue()
    top = max(DATE_RANK[d.precision] for d in dated)
    votes = Counter(d.value for d in dated if DATE_RANK[d.precision] == top)
    value = max(votes, key=lambda v: (votes[v], -[d.value for d in dated].index(v)))
    chosen = [d for d in dated if d.value == value]
    return DateValue(value=value, precision=chosen[0].precision, evidence=[e for d in chosen for e in d.evidence])


def _location(incidents: list[Incident]) -> Location:
    """The place most reports give (ties: the more precise), with the most reported facility."""
    placed = [i.location for i in incidents if i.location.name or i.location.country_code]
    if not placed:
        return Location()
    def key(loc: Location) -> Hashable:
        return loc.geonames_id or ((loc.name or "").lower(), loc.country_code)
    votes = Counter(key(loc) for loc in placed)
    best = max(placed, key=lambda loc: (votes[key(loc)], PLACE_RANK[loc.precision]))
    same = [loc for loc in placed if key(loc) == key(best)]
    facilities = Counter(loc.facility for loc in placed if loc.facility)
    facility = facilities.most_common(1)[0][0] if facilities else None
    precision = "facility" if facility and best.precision == "city" else best.precision
    return best.model_copy(update={
        "facility": facility, "precision": precision,
        "evidence": [e for loc in same for e in loc.evidence]
        + [e for loc in placed if loc.facility == facility and loc not in same for e in loc.evidence],
    })


def _union(incidents: list[Incident], field: str, key: Callable[[Any], Hashable]) -> list:
    """The items of one list field across reports, one per key, their evidence pooled."""
    merged: dict[Hashable, Record] = {}
    for incident in incidents:
        for item in getattr(incident, field):
            k = key(item)
            if k in merged:
                merged[k] = merged[k].model_copy(update={"evidence": merged[k].evidence + item.evidence})
            else:
                merged[k] = item
    return list(merged.values())


def _perpetrators(incidents: list[Incident]) -> list:
    """Perpetrators by canonical name: mentions and evidence pooled, claimed if any source says so."""
    merged = {}
    for p in (p for i in incidents for p in i.perpetrators):
        if p.name not in merged:
            merged[p.name] = p
            continue
        q = merged[p.name]
        merged[p.name] = q.model_copy(update={
            "mentions": list(dict.fromkeys(q.mentions + p.mentions)), "claimed": q.claimed or p.claimed,
            "suspected": q.suspected or p.suspected, "evidence": q.evidence + p.evidence,
            "kind": q.kind if q.kind != "unknown" else p.kind,
        })
    return list(merged.values())


def _count(incidents: list[Incident]) -> Count | None:
    """The attacker count the most reports give (the latest on a tie)."""
    counts = [i.perpetrator_count for i in incidents if i.perpetrator_count]
    if not counts:
        return None
    votes = Counter(c.value for c in counts)
    return max(reversed(counts), key=lambda c: votes[c.value])


def _figures(reports: list[Report], timeline: list[TimelinePoint]) -> list[Figure]:
    """Every report's figures; a current one whose source's toll was overtaken later is superseded."""
    overtaken = {(p.document_id, p.kind) for p in timeline if p.status == "superseded"}
    out = []
    for r in reports:
        for f in r.incident.figures:
            stale = f.status == "current" and f.of == "victims" and (r.document.document_id, f.kind) in overtaken
            out.append(f.model_copy(update={"status": "superseded"}) if stale else f)
    return out


def _sources(reports: list[Report], copies: list[Source]) -> list[Source]:
    """One source per reporting document, in publication order, then the copies of them."""
    seen = {r.document.document_id: r.document for r in reports}
    return list(seen.values()) + [c for c in copies if c.document_id not in seen]
