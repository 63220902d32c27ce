"""Hand-built reports for the fusion tests: what the extractor would give for short wire stories."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from polybius.model import (
    DateValue,
    EventType,
    Figure,
    Incident,
    Location,
    Perpetrator,
    Range,
    Report,
    Source,
    Statement,
)

KABUL = {"name": "Kabul", "country_code": "AF", "admin1": "Kabul", "lat": 34.53, "lon": 69.17,
         "precision": "city", "geonames_id": 1138958}


def build_report(doc: str, published: str, *, killed: list[tuple[int, str, str]] = (), day: str | None = "2024-03-05",
           events: tuple[str, ...] = ("bombing",), facility: str | None = None, place: dict | None = None,
           perpetrators: tuple[tuple[str, bool], ...] = (), statements: tuple[Statement, ...] = (),
           source: str | None = None) -> Report:
    """A report of document `doc`; `killed` holds (value, qualifier, status) figures in text order."""
    figures = [Figure(kind="killed", value=v, qualifier=q, status=s) for v, q, s in killed]
    current = [f.value for f in figures if f.status == "current"]
    location = Location(**(place or KABUL), facility=facility)
    incident = Incident(
        id=f"{doc}-0",
        date=DateValue(value=day, precision="day" if day else "unknown"),
        location=location,
        event_types=[EventType(value=e) for e in events],
        perpetrators=[Perpetrator(name=n, kind="group", claimed=c, suspected=not c) for n, c in perpetrators],
        figures=figures,
        totals={"killed": Range(low=min(current), best=current[0], high=max(current))} if current else {},
        statements=list(statements),
    )
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return Report(document=Source(document_id=doc, published=when, source=source or doc), incident=incident)


@pytest.fixture
def report() -> Callable[..., Report]:
    """The report builder: `report("afp", "2024-03-05T08:00", killed=[(12, "at_least", "current")])`."""
    return build_report
