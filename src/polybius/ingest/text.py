"""Normalise and cap document text, and build a Document from text plus its metadata."""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import datetime

from polybius.errors import InputError
from polybius.ingest.dates import DateInput, parse_date
from polybius.model import Document

MAX_CHARS = 2_000_000  # longer texts are cut at a paragraph boundary; news articles are far shorter

log = logging.getLogger("polybius.ingest")

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFC text, '\\n' newlines, no control characters but tabs, a blank line between paragraphs."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def truncate_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """Cut `text` to at most `max_chars`, at the last paragraph (or line) break when one is near."""
    if len(text) <= max_chars:
        return text
    for brk in ("\n\n", "\n", " "):
        cut = text.rfind(brk, 0, max_chars + 1)
        if cut >= max_chars // 2:
            return text[:cut].rstrip()
    return text[:max_chars]


def clean_field(value: object) -> str | None:
    """A metadata string on one line with single spaces; None for missing or blank values."""
    if value is None:
        return None
    value = _SPACES.sub(" ", _CONTROLS.sub("", str(value))).strip()
    return value or None


def read_text_input(
    text: str,
    *,
    source_name: str = "<stdin>",
    published: DateInput = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    line: int | None = None,
    max_chars: int = MAX_CHARS,
) -> Document:
    """Build a Document from raw text; InputError (naming `source_name`) if no text is left.

    A published date that cannot be read is logged as a warning and dropped: the text is
    still worth extracting. Texts longer than `max_chars` are truncated, with a warning.
    """
    body = normalise_text(text[: max_chars * 2])  # normalising only shrinks, so this is enough
    if not body:
        raise InputError(source_name, "empty text", line)
    if len(body) > max_chars or len(text) > max_chars * 2:
        log.warning("%s: text longer than %d characters, truncated", _where(source_name, line),
                    max_chars)
        body = truncate_text(body, max_chars)
    return Document.from_text(
        body,
        title=clean_field(title),
        url=clean_field(url),
        published=_published(published, source_name, line),
        source=clean_field(source),
    )


def _published(value: DateInput, source_name: str, line: int | None) -> datetime | None:
    """The parsed date, or None with a warning when it cannot be read."""
    try:
        return parse_date(value)
    except ValueError as err:
        log.warning("%s: ignoring unreadable published date: %s", _where(source_name, line), err)
        return None


def _where(source_name: str, line: int | None) -> str:
    """'file' or 'file:line', the way errors name a position."""
    return source_name if line is None else f"{source_name}:{line}"
