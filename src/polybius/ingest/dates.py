"""Parse publication dates from feeds, meta tags and data files into timezone-aware datetimes."""

from __future__ import annotations

import email.utils
import re
import warnings
from datetime import UTC, date, datetime

DateInput = str | date | int | float | None

_DEFAULT = datetime(2000, 1, 1)  # fills missing parts ("March 2024" -> 1 March), never "today"
_MS_EPOCH_FROM = 100_000_000_000  # numbers above this are epoch milliseconds, not seconds
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def parse_date(value: DateInput) -> datetime | None:
    """Return `value` as an aware datetime (UTC when it names no zone); ValueError if unreadable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, datetime):
        return _aware(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, int | float):
        return _from_epoch(value)
    if isinstance(value, str):
        return _aware(_parse_string(value.strip()))
    raise ValueError(f"not a date: {value!r}")


def _aware(moment: datetime) -> datetime:
    """Attach UTC to a naive datetime; keep the offset of an aware one."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _from_epoch(seconds: float) -> datetime:
    """Read a Unix timestamp in seconds (or milliseconds, when implausibly large for seconds)."""
    if abs(seconds) >= _MS_EPOCH_FROM:
        seconds = seconds / 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError) as err:
        raise ValueError(f"timestamp out of range: {seconds!r}") from err


def _parse_string(text: str) -> datetime:
    """Try ISO 8601, then RFC 2822 (feeds, e-mail), then dateutil's common formats."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_loose(text)


def _parse_loose(text: str) -> datetime:
    """Parse forms like '5 March 2024 14:30 GMT' or 'March 5, 2024' (month-first when ambiguous)."""
    if not _YEAR.search(text):
        raise ValueError(f"unrecognised date (no four-digit year): {text!r}")
    from dateutil import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown zone names: dateutil warns and returns naive
        try:
            moment: datetime = parser.parse(text, default=_DEFAULT)
            return moment
        except (ValueError, OverflowError, TypeError) as err:
            raise ValueError(f"unrecognised date: {text!r}") from err
