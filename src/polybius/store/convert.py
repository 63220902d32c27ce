"""Model <-> rows: turn a Document or Incident into table rows and rebuild it from them."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table

from polybius.model import (
    Conflict,
    Count,
    DateValue,
    Document,
    EventType,
    Evidence,
    Figure,
    Incident,
    Location,
    Perpetrator,
    Range,
    Record,
    Source,
    Statement,
    Target,
    TimelinePoint,
    Victim,
    Weapon,
)
from polybius.store import schema

Row = dict[str, Any]

# Incident list field -> (its table, its model); each row is the model's fields plus
# `incident_id` and `position`, so a row dumps and validates without a field map.
PARTS: dict[str, tuple[Table, type[Record]]] = {
    "event_types": (schema.event_types, EventType),
    "weapons": (schema.weapons, Weapon),
    "perpetrators": (schema.perpetrators, Perpetrator),
    "targets": (schema.targets, Target),
    "victims": (schema.victims, Victim),
    "figures": (schema.figures, Figure),
    "statements": (schema.statements, Statement),
    "conflicts": (schema.conflicts, Conflict),
    "timeline": (schema.timeline, TimelinePoint),
}
LOCATION_FIELDS = (
    "name", "facility", "country_code", "admin1", "lat", "lon", "precision", "geonames_id",
)
COLUMN_TOTALS = ("killed", "injured")  # the totals with their own columns; others go to JSON
BOUNDS = ("low", "best", "high")
ROW_KEYS = frozenset({"incident_id", "position"})

_UNITS = ("day", "week", "month", "year")
_DATE_FORMATS = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "day"),
    (re.compile(r"(\d{4})-W(\d{2})$"), "week"),
    (re.compile(r"(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"(\d{4})$"), "year"),
)


def spans(evidence: list[Evidence]) -> list[Row]:
    """Evidence as the plain dicts of a JSON column."""
    return [e.model_dump() for e in evidence]


def document_row(document: Document, ingested_at: datetime) -> Row:
    """The `documents` row of a document, text included."""
    return {**document.model_dump(), "text": document.text, "ingested_at": ingested_at}


def document_from_row(row: Mapping[str, Any]) -> Document:
    """Rebuild a Document (with its text) from its row."""
    return Document.model_validate({k: v for k, v in row.items() if k != "ingested_at"})


def incident_row(incident: Incident, incident_id: str) -> Row:
    """The `incidents` row: date, location, perpetrator count and totals as columns."""
    start, end = date_range(incident.date.value, incident.date.precision)
    count = incident.perpetrator_count
    return {
        "id": incident_id,
        "date_value": incident.date.value,
        "date_precision": incident.date.precision,
        "date_start": start,
        "date_end": end,
        "date_evidence": spans(incident.date.evidence),
        **{f"location_{f}": getattr(incident.location, f) for f in LOCATION_FIELDS},
        "location_evidence": spans(incident.location.evidence),
        "perpetrator_count": count.value if count else None,
        "perpetrator_count_evidence": spans(count.evidence) if count else None,
        **totals_columns(incident.totals),
    }


def totals_columns(totals: dict[str, Range]) -> Row:
    """Killed and injured ranges as columns; other kinds (and all-empty ranges) as JSON."""
    columns: Row = {f"{kind}_{b}": None for kind in COLUMN_TOTALS for b in BOUNDS}
    other: Row = {}
    for kind, bounds in totals.items():
        if kind in COLUMN_TOTALS and bounds != Range():
            columns.update({f"{kind}_{b}": getattr(bounds, b) for b in BOUNDS})
        else:
            other[kind] = bounds.model_dump()
    return {**columns, "totals_other": other}


def part_rows(incident: Incident, incident_id: str) -> list[tuple[Table, list[Row]]]:
    """The rows of every part table, in list order, for one incident."""
    return [
        (table, [
            {"incident_id": incident_id, "position": i, **item.model_dump(mode="json")}
            for i, item in enumerate(getattr(incident, field))
        ])
        for field, (table, _) in PARTS.items()
    ]


def source_rows(incident: Incident, incident_id: str, document: Document) -> list[Row]:
    """The `incident_sources` rows: the incident's sources, plus its document if missing."""
    sources = list(incident.sources)
    if all(s.document_id != document.id for s in sources):
        sources.append(source_of(document))
    return [
        {"incident_id": incident_id, "position": i, **s.model_dump()}
        for i, s in enumerate(sources)
    ]


def source_of(document: Document) -> Source:
    """The Source entry that cites a document."""
    return Source(
        document_id=document.id, url=document.url, source=document.source,
        published=document.published,
    )


def part_from_row(model: type[Record], row: Mapping[str, Any]) -> Record:
    """Rebuild one list item (a Figure, a Weapon...) from its row."""
    return model.model_validate({k: v for k, v in row.items() if k not in ROW_KEYS})


def incident_from_rows(
    row: Mapping[str, Any], parts: Mapping[str, list[Record]], sources: list[Source],
) -> Incident:
    """Rebuild an Incident from its row, its part items by field and its sources."""
    count = None
    if row["perpetrator_count"] is not None:
        count = Count(value=row["perpetrator_count"], evidence=row["perpetrator_count_evidence"])
    return Incident(
        id=row["id"],
        date=DateValue(
            value=row["date_value"], precision=row["date_precision"],
            evidence=row["date_evidence"],
        ),
        location=Location(
            **{f: row[f"location_{f}"] for f in LOCATION_FIELDS},
            evidence=row["location_evidence"],
        ),
        perpetrator_count=count,
        totals=totals_from_row(row),
        sources=sources,
        **{field: parts.get(field, []) for field in PARTS},
    )


def totals_from_row(row: Mapping[str, Any]) -> dict[str, Range]:
    """The totals dict from the range columns and the JSON of other kinds."""
    totals: dict[str, Range] = {}
    for kind in COLUMN_TOTALS:
        bounds = {b: row[f"{kind}_{b}"] for b in BOUNDS}
        if any(v is not None for v in bounds.values()):
            totals[kind] = Range(**bounds)
    totals.update({k: Range.model_validate(v) for k, v in (row["totals_other"] or {}).items()})
    return totals


def date_range(value: str | None, precision: str) -> tuple[date | None, date | None]:
    """First and last day a date value can mean, for filtering and sorting; None if unparsed."""
    parsed = _parse_date(value)
    if parsed is None:
        return None, None
    day, unit = parsed
    if precision in _UNITS and _UNITS.index(precision) > _UNITS.index(unit):
        unit = precision
    return _period(day, unit)


def _parse_date(value: str | None) -> tuple[date, str] | None:
    """The first day of an ISO date, week, month or year string, and which of those it is."""
    for pattern, unit in _DATE_FORMATS:
        match = pattern.match(value or "")
        if not match:
            continue
        numbers = [int(n) for n in match.groups()]
        try:
            if unit == "week":
                return date.fromisocalendar(numbers[0], numbers[1], 1), unit
            return date(*numbers, *[1] * (3 - len(numbers))), unit
        except ValueError:
            return None
    return None


def _period(day: date, unit: str) -> tuple[date, date]:
    """The first and last day of the day, ISO week, month or year that contains `day`."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day
