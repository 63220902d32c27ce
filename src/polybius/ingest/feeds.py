"""Read RSS and Atom feeds: each item with content or a summary becomes a Document."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from polybius.errors import InputError
from polybius.ingest.dates import parse_date
from polybius.ingest.html import html_to_text
from polybius.ingest.text import MAX_CHARS, clean_field, read_text_input
from polybius.model import Document, Problem


def iter_feed(data: bytes, name: str, *,
              max_chars: int = MAX_CHARS) -> Iterator[Document | Problem]:
    """Documents for the items of an RSS/Atom feed; a Problem for each item without text."""
    import feedparser

    # A stream, never a string: feedparser fetches strings that look like URLs.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(name, "not an RSS or Atom feed" + (f" ({reason})" if reason else ""))
    source = clean_field(parsed.feed.get("title")) or name
    for number, entry in enumerate(parsed.entries, start=1):
        yield _item(entry, number, name, source, max_chars)


def _item(entry: Any, number: int, name: str, source: str,
          max_chars: int) -> Document | Problem:
    """The Document of one feed item, or a Problem saying which item had no text."""
    what = clean_field(entry.get("title")) or entry.get("link") or "untitled"
    label = f"feed item {number} ({what})"
    text = _item_text(entry)
    if not text.strip():
        return Problem(input=name, message=f"{label} has no content or summary")
    try:
        return read_text_input(
            text, source_name=f"{name} {label}", title=entry.get("title"),
            url=entry.get("link"), published=_item_date(entry), source=source,
            max_chars=max_chars,
        )
    except InputError as err:
        return Problem(input=name, message=f"{label}: {err.reason}")


def _item_text(entry: Any) -> str:
    """The longest of the item's full content and summary, as plain text."""
    parts = [(c.get("value", ""), c.get("type", "")) for c in entry.get("content", [])]
    summary = entry.get("summary_detail") or {}
    parts.append((entry.get("summary", ""), summary.get("type", "text/html")))
    texts = [html_to_text(value) if "html" in kind else value for value, kind in parts if value]
    return max(texts, key=len, default="")


def _item_date(entry: Any) -> datetime | None:
    """The item's published (else updated) date with its zone; feedparser's UTC parse as backup."""
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        try:
            moment = parse_date(entry.get(raw))
        except ValueError:
            moment = None
        if moment is None and entry.get(parsed):
            year, month, day, hour, minute, second = entry[parsed][:6]
            moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        if moment is not None:
            return moment
    return None
