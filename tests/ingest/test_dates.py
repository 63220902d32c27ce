"""Publication dates: ISO, RFC 2822, common formats, epochs; always timezone-aware."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from polybius.ingest.dates import DateInput, parse_date

CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-05T14:30:00+01:00", datetime(2024, 3, 5, 14, 30, tzinfo=CET)),
        ("2024-03-05T13:30:00Z", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 13:30:00 GMT", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("5 March 2024 13:30", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("March 5, 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("March 2024", datetime(2024, 3, 1, tzinfo=UTC)),
        (1709645400, datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        (1709645400000, datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        (date(2024, 3, 5), datetime(2024, 3, 5, tzinfo=UTC)),
        (datetime(2024, 3, 5, 13, 30), datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
    ],
)
def test_dates_are_parsed_timezone_aware(raw: DateInput, expected: datetime) -> None:
    parsed = parse_date(raw)
    assert parsed == expected
    assert parsed is not None and parsed.tzinfo is not None


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_missing_dates_are_none(raw: str | None) -> None:
    assert parse_date(raw) is None


@pytest.mark.parametrize("raw", ["yesterday", "not a date", "March 5", "31/31/2024", True])
def test_unreadable_dates_raise_value_error(raw: DateInput) -> None:
    with pytest.raises(ValueError):
        parse_date(raw)
