"""Where the reports of one incident disagree: who did it, a claim and a denial, where, when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date

from rapidfuzz import fuzz

from polybius.fuse.match import km
from polybius.fuse.profile import profile_of
from polybius.fuse.settings import settings
from polybius.model import Conflict, Report

SAME_NAME_RATIO = 90


def report_conflicts(reports: list[Report]) -> list[Conflict]:
    """Every disagreement between (or within) the reports, each once."""
    found = [c for r in reports for c in r.incident.conflicts]
    found += attribution(reports) + claim_and_denial(reports) + places(reports) + dates(reports)
    return list({(c.field, c.detail): c for c in found}.values())


def same_name(a: str | None, b: str | None) -> bool:
    """Two names of one actor: equal, or one contained in the other ('ADF' vs 'the ADF rebels')."""
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a == b or (fuzz.partial_ratio(a, b) >= SAME_NAME_RATIO and min(len(a), len(b)) >= 3)


def attribution(reports: list[Report]) -> list[Conflict]:
    """Armed groups that different sources hold responsible, when neither is the other's parent."""
    named = _by_value(reports, lambda r: {p.name for p in r.incident.perpetrators if p.kind == "group"})
    parents = {p.name: p.parent for r in reports for p in r.incident.perpetrators if p.parent}
    names = sorted(named)
    related = {frozenset((n, parents[n])) for n in names if n in parents}
    clash = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]
             if frozenset((a, b)) not in related and named[a] != named[b]]
    if not clash:
        return []
    return [Conflict(field="perpetrators", detail="sources disagree on who did it: " + _listing(named))]


def claim_and_denial(reports: list[Report]) -> list[Conflict]:
    """A group that claimed the attack or was accused of it, and a denial by that same actor."""
    statements = [s for r in reports for s in r.incident.statements]
    claimed = {p.name for r in reports for p in r.incident.perpetrators if p.claimed}
    claimed |= {s.speaker for s in statements if s.type == "claim_responsibility" and s.speaker}
    accused = {s.target for s in statements if s.type == "accusation" and s.target}
    out = []
    for denial in (s for s in statements if s.type == "denial" and s.speaker):
        for name in sorted(claimed):
            if same_name(name, denial.speaker):
                out.append(Conflict(field="statements", detail=f"claimed by {name}; denied by {denial.speaker}"))
        for name in sorted(accused):
            if same_name(name, denial.speaker):
                out.append(Conflict(field="statements", detail=f"{name} accused; denied by {denial.speaker}"))
    return out


def places(reports: list[Report]) -> list[Conflict]:
    """Reports that put the attack in other countries or more than `conflict_km` apart."""
    profiles = {r.document.document_id: profile_of(r.incident) for r in reports}
    limit = settings()["conflict_km"]
    for a in profiles.values():
        for b in profiles.values():
            distance = km(a, b)
            if (a.country and b.country and a.country != b.country) or (distance and distance > limit):
                named = _by_value(reports, lambda r: {_place(r)} - {None})
                return [Conflict(field="location", detail="sources disagree on the place: " + _listing(named))]
    return []


def dates(reports: list[Report]) -> list[Conflict]:
    """Reports whose day-precise dates are more than one day apart."""
    named = _by_value(reports, lambda r: {r.incident.date.value} if r.incident.date.precision == "day" else set())
    days = sorted(date.fromisoformat(d) for d in named if d)
    if len(days) > 1 and (days[-1] - days[0]).days > 1:
        return [Conflict(field="date", detail="sources disagree on the date: " + _listing(named))]
    return []


def _place(report: Report) -> str | None:
    loc = report.incident.location
    return ", ".join(p for p in (loc.name, loc.country_code) if p) or None


def _by_value(reports: Iterable[Report], values: Callable[[Report], set]) -> dict[str, set[str]]:
    """Each value some report gives, with the documents that give it."""
    found: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        for value in values(r):
            found[value].add(r.document.document_id)
    return dict(found)


def _listing(named: dict[str, set[str]]) -> str:
    """'Islamic State (3 sources); Hamas (1 source)', most reported first."""
    ranked = sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return "; ".join(f"{name} ({len(docs)} source{'s' if len(docs) != 1 else ''})" for name, docs in ranked)
