"""The few features of an incident that decide whether two reports tell of the same attack."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any

from polybius.fuse.settings import place_nouns
from polybius.model import Incident

POINT_PRECISIONS = frozenset({"facility", "city"})
NAMED_KINDS = frozenset({"group", "state"})  # 'a suicide bomber' describes, it does not name
WORD = re.compile(r"[a-z][a-z'-]{3,}")


@dataclass(frozen=True)
class Profile:
    """An incident reduced to what matching compares; stored beside each incident as JSON."""

    day: date | None = None
    anchor: date | None = None
    country: str | None = None
    admin1: str | None = None
    place_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    point: bool = False
    facility: str | None = None
    events: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()
    killed: int | None = None
    injured: int | None = None
    words: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings)."""
        data = asdict(self)
        for key in ("day", "anchor"):
            data[key] = data[key].isoformat() if data[key] else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        """The profile stored by `to_json`."""
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        for key in ("day", "anchor"):
            values[key] = date.fromisoformat(values[key]) if values.get(key) else None
        return cls(**values)


def profile_of(incident: Incident, published: datetime | None = None) -> Profile:
    """The profile of an incident; `published` (its earliest report) anchors an undated one."""
    loc = incident.location
    day = _day(incident.date.value) if incident.date.precision == "day" else None
    real_docs = [s.document_id for s in incident.sources if s.duplicate_of is None]
    killed, injured = incident.totals.get("killed"), incident.totals.get("injured")
    return Profile(
        day=day,
        anchor=day or (published.date() if published else None),
        country=loc.country_code,
        admin1=loc.admin1,
        place_id=loc.geonames_id if loc.precision in POINT_PRECISIONS else None,
        lat=loc.lat, lon=loc.lon, point=loc.precision in POINT_PRECISIONS and loc.lat is not None,
        facility=loc.facility.lower() if loc.facility else None,
        events=tuple(sorted({e.value for e in incident.event_types if e.value != "other"})),
        weapons=tuple(sorted({w.type for w in incident.weapons if w.type != "other"})),
        perpetrators=tuple(sorted({p.name.lower() for p in incident.perpetrators if p.kind in NAMED_KINDS})),
        killed=killed.best if killed else None,
        injured=injured.best if injured else None,
        words=tuple(sorted(_words(incident))),
        documents=tuple(sorted(set(real_docs))),
    )


def _day(value: str | None) -> date | None:
    """The date of an ISO day string, None if it is not one."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _words(incident: Incident) -> set[str]:
    """The place nouns of the facility, targets and victims: 'market', 'checkpoint', 'worshippers'."""
    texts = [t.name for t in incident.targets] + [v.name for v in incident.victims]
    if incident.location.facility:
        texts.append(incident.location.facility)
    return {w for text in texts for w in WORD.findall(text.lower()) if w in place_nouns()}


def cluster_profile(fused: Profile, members: list[Profile]) -> Profile:
    """The profile a stored incident is matched by: what most of its reports agree on, not the
    union of everything any report said (a report that mentions another attack would otherwise
    make the incident match that attack too)."""
    if len(members) < 2:
        return fused
    return replace(
        fused,
        events=_agreed([m.events for m in members]),
        words=_agreed([m.words for m in members]),
    )


def _agreed(values: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Items that at least half of the non-empty lists hold (at least the most common one)."""
    given = [set(v) for v in values if v]
    if not given:
        return ()
    counts = Counter(x for v in given for x in v)
    top = max(counts.values())
    return tuple(sorted(x for x, n in counts.items() if 2 * n >= len(given) or n == top))
