"""Model <-> rows: each part lands in its columns and comes back equal."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from polybius.model import Document, DocumentRecord, Incident, Range, Source
from polybius.store import convert, schema

INGESTED = datetime(2024, 2, 19, tzinfo=UTC)


def _rebuild(incident: Incident) -> Incident:
    """Rows of an incident turned back into an Incident, with no database between."""
    parts = {
        field: [convert.part_from_row(model, r) for r in rows]
        for (field, (_, model)), (_, rows) in zip(
            convert.PARTS.items(), convert.part_rows(incident, incident.id), strict=True,
        )
    }
    return convert.incident_from_rows(
        convert.incident_row(incident, incident.id), parts, incident.sources,
    )


def test_incident_rows_rebuild_the_incident(market: DocumentRecord) -> None:
    assert _rebuild(market.incidents[0]) == market.incidents[0]


def test_incident_row_has_flat_columns(market: DocumentRecord) -> None:
    row = convert.incident_row(market.incidents[0], "x1")
    assert row["id"] == "x1"
    assert (row["location_country_code"], row["location_name"]) == ("NG", "Konduga")
    assert (row["date_start"], row["date_end"]) == (date(2024, 2, 17), date(2024, 2, 17))
    assert (row["killed_low"], row["killed_best"], row["killed_high"]) == (23, 23, None)
    assert row["totals_other"] == {"hospitalized": {"low": 42, "best": 42, "high": 42}}
    assert row["perpetrator_count"] == 2
    start = market.document.text.index("Saturday evening")
    assert row["date_evidence"] == [{"start": start, "end": start + 16, "text": "Saturday evening"}]


def test_figure_rows_keep_order_and_every_field(market: DocumentRecord) -> None:
    rows = dict(convert.part_rows(market.incidents[0], "x1"))
    superseded = rows[schema.figures][1]
    assert superseded["position"] == 1
    assert superseded["incident_id"] == "x1"
    assert (superseded["value"], superseded["status"], superseded["of"]) == (
        15, "superseded", "victims")
    assert superseded["attributed_to"] == "Babakura Kolo"


@pytest.mark.parametrize("totals", [
    {},
    {"killed": Range()},
    {"injured": Range(high=9), "missing": Range(best=3), "hostages": Range()},
])
def test_totals_survive_columns_and_json(totals: dict[str, Range]) -> None:
    assert convert.totals_from_row(convert.totals_columns(totals)) == totals


def test_missing_perpetrator_count_stays_none(roundup: DocumentRecord) -> None:
    kabul = roundup.incidents[1]
    assert kabul.perpetrator_count is None
    assert _rebuild(kabul) == kabul


def test_document_row_keeps_the_text() -> None:
    document = Document.from_text("Gunmen attacked a bus.", published=datetime(2024, 1, 2))
    row = convert.document_row(document, INGESTED)
    assert row["text"] == "Gunmen attacked a bus." and row["ingested_at"] == INGESTED
    assert convert.document_from_row(row) == document


def test_source_rows_add_the_document_when_not_cited(roundup: DocumentRecord) -> None:
    incident = roundup.incidents[0]
    assert incident.sources == []
    [row] = convert.source_rows(incident, "x1", roundup.document)
    assert row["document_id"] == roundup.document.id and row["position"] == 0


def test_source_rows_keep_cited_sources_in_order(market: DocumentRecord) -> None:
    other = Source(document_id="f" * 64, url="https://example.org/other")
    incident = market.incidents[0].model_copy(
        update={"sources": [other, *market.incidents[0].sources]})
    rows = convert.source_rows(incident, "x1", market.document)
    assert [r["document_id"] for r in rows] == ["f" * 64, market.document.id]


@pytest.mark.parametrize(("value", "precision", "expected"), [
    ("2024-02-17", "day", (date(2024, 2, 17), date(2024, 2, 17))),
    ("2024-02-17", "unknown", (date(2024, 2, 17), date(2024, 2, 17))),
    ("2024-02-17T18:00:00", "day", (date(2024, 2, 17), date(2024, 2, 17))),
    ("2024-02-17", "week", (date(2024, 2, 12), date(2024, 2, 18))),
    ("2024-02-17", "month", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024-02", "month", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024-02", "day", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024-W07", "week", (date(2024, 2, 12), date(2024, 2, 18))),
    ("2024", "year", (date(2024, 1, 1), date(2024, 12, 31))),
    ("2024-02-30", "day", (None, None)),
    ("last Friday", "unknown", (None, None)),
    (None, "unknown", (None, None)),
])
def test_date_range(value: str | None, precision: str, expected: tuple) -> None:
    assert convert.date_range(value, precision) == expected
