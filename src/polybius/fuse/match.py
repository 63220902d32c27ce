"""Does a new report tell of a stored incident? A score over profiles, and the best candidate.

Hard limits first (no place or another country, too far apart, dates beyond the window, the same
document):
those pairs never match. Then each agreeing feature adds its weight and each disagreeing one
takes it away (data/matching.json); the best candidate at or above the threshold wins.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from polybius.distance import haversine_km
from polybius.fuse.profile import Profile
from polybius.fuse.settings import compatible_events, settings


def km(a: Profile, b: Profile) -> float | None:
    """Great-circle distance between two profiles' points, None unless both have one."""
    if not (a.point and b.point) or None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine_km((a.lat, a.lon), (b.lat, b.lon))


def apart(a: Profile, b: Profile) -> bool:
    """Whether two profiles cannot be one incident: other country, far apart, days apart, same article."""
    cfg = settings()
    if not (a.country and b.country) or a.country != b.country:  # unplaced: too little to go on
        return True
    distance = km(a, b)
    if distance is not None and distance > cfg["max_km"]:
        return True
    if a.day and b.day and abs((a.day - b.day).days) > cfg["window_days"]:
        return True
    return bool(set(a.documents) & set(b.documents))


def score(report: Profile, incident: Profile) -> float | None:
    """How strongly the features of two profiles agree; None when they cannot be one incident."""
    if apart(report, incident):
        return None
    return _when(report, incident) + _where(report, incident) + _what(report, incident) + _who(report, incident)


def best_match(report: Profile, candidates: Iterable[tuple[str, Profile]]) -> str | None:
    """The id of the candidate incident the report belongs to, or None for a new incident."""
    threshold = settings()["threshold"]
    scored = [(s, c.anchor.toordinal() if c.anchor else 0, cid) for cid, c in candidates
              if (s := score(report, c)) is not None and s >= threshold]
    return max(scored)[2] if scored else None


def _when(a: Profile, b: Profile) -> float:
    cfg, w = settings(), settings()["weights"]
    if not (a.day and b.day):
        undated, dated = (a, b) if b.day else (b, a)
        stale = dated.day and undated.anchor and (undated.anchor - dated.day).days > cfg["undated_max_gap_days"]
        return w["stale_undated"] if stale else 0.0
    gap = abs((a.day - b.day).days)
    return w["same_day"] if gap == 0 else w["next_day"] if gap == 1 else 0.0


def _where(a: Profile, b: Profile) -> float:
    cfg, w = settings(), settings()["weights"]
    total = 0.0
    distance = km(a, b)
    if a.place_id and a.place_id == b.place_id:
        total += w["same_place"]
    elif distance is not None and distance <= cfg["near_km"]:
        total += w["near_place"]
    elif a.admin1 and a.admin1 == b.admin1:
        total += w["same_admin1"]
    if a.facility and b.facility:
        total += w["same_facility"] if same_facility(a.facility, b.facility) else w["other_facility"]
    return total


def same_facility(a: str, b: str) -> bool:
    """'crowded market' and 'Kabul market' are one place; 'market' and 'police checkpoint' are not."""
    if a.split()[-1] == b.split()[-1]:
        return True
    return fuzz.token_set_ratio(a, b) >= settings()["facility_ratio"]


def _what(a: Profile, b: Profile) -> float:
    w = settings()["weights"]
    total = 0.0
    if a.events and b.events:
        shared = set(a.events) & set(b.events)
        if shared:  # scaled by overlap: {armed_assault} and {armed_assault, bombing} agree only half
            total += w["shared_event"] * len(shared) / len(set(a.events) | set(b.events))
        elif not any(frozenset((x, y)) in compatible_events() for x in a.events for y in b.events):
            total += w["other_event"]
    total += _overlap(a.weapons, b.weapons, w["shared_weapon"], w["other_weapon"])
    total += _overlap(a.words, b.words, w["shared_words"], w["other_words"])
    return total + _tolls(a.killed, b.killed)


def _who(a: Profile, b: Profile) -> float:
    w = settings()["weights"]
    return _overlap(a.perpetrators, b.perpetrators, w["shared_perpetrator"], w["other_perpetrator"])


def _overlap(a: tuple[str, ...], b: tuple[str, ...], shared: float, other: float) -> float:
    """`shared` if two non-empty sets meet, `other` if they are disjoint, 0 if either is empty."""
    if not (a and b):
        return 0.0
    return shared if set(a) & set(b) else other


def _tolls(a: int | None, b: int | None) -> float:
    """Close death tolls agree a little; tolls far apart disagree (tolls rise, so not strongly)."""
    cfg, w = settings(), settings()["weights"]
    if not (a and b):
        return 0.0
    ratio = max(a, b) / min(a, b)
    if ratio <= cfg["close_toll_ratio"]:
        return w["close_toll"]
    return w["far_toll"] if ratio > cfg["far_toll_ratio"] else 0.0
