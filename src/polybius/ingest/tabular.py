"""Read JSON Lines and CSV files: one document per line or row, with per-line problems."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Protocol, cast

from polybius.errors import InputError
from polybius.ingest.dates import DateInput
from polybius.ingest.text import MAX_CHARS, read_text_input
from polybius.model import Document, Problem

FIELDS = ("text", "url", "title", "published", "source")
_DELIMITERS = ",;\t"


class _RowReader(Protocol):
    """What the csv module's reader offers: rows, and the line it has read up to."""

    line_num: int

    def __next__(self) -> list[str]: ...


def iter_jsonl(text: str, name: str, *, max_chars: int = MAX_CHARS) -> Iterator[Document | Problem]:
    """A Document per JSON object line; a Problem (with its line number) per bad line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _jsonl_line(line, name, number, max_chars)


def _jsonl_line(line: str, name: str, number: int, max_chars: int) -> Document | Problem:
    """The Document of one JSONL line, or the Problem with it."""
    try:
        row = json.loads(line)
    except ValueError as err:
        return Problem(input=name, line=number, message=f"not valid JSON: {err}")
    if not isinstance(row, dict):
        return Problem(input=name, line=number, message="not a JSON object")
    return row_document(row, name, number, max_chars)


def iter_csv(text: str, name: str, *, max_chars: int = MAX_CHARS) -> Iterator[Document | Problem]:
    """A Document per CSV row; the header must name a 'text' column (url, title, ... optional)."""
    header_line = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header_line.count)
    csv.field_size_limit(max(csv.field_size_limit(), max_chars * 2))  # the default is 128 KB
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip().lower() for c in next(reader, [])]
    if "text" not in columns:
        found = ", ".join(c for c in columns if c) or "nothing"
        raise InputError(name, f"CSV header has no 'text' column (found: {found})", 1)
    yield from _csv_rows(reader, columns, name, max_chars)


def _csv_rows(reader: _RowReader, columns: list[str], name: str,
              max_chars: int) -> Iterator[Document | Problem]:
    """Documents for the data rows, numbered by the line each row starts on."""
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Problem(input=name, line=start, message=f"bad CSV row: {err}")
        else:
            if any(cell.strip() for cell in cells):
                yield row_document(dict(zip(columns, cells, strict=False)), name, start, max_chars)
        start = reader.line_num + 1


def row_document(row: Mapping[str, object], name: str, line: int,
                 max_chars: int = MAX_CHARS) -> Document | Problem:
    """The Document of a record with a 'text' field, or a Problem naming the file and line."""
    text = row.get("text")
    if not isinstance(text, str):
        reason = "no 'text' field" if text is None else "'text' is not a string"
        return Problem(input=name, line=line, message=reason)
    try:
        return read_text_input(
            text, source_name=name, line=line, title=_string(row.get("title")),
            url=_string(row.get("url")), published=cast(DateInput, row.get("published")),
            source=_string(row.get("source")) or name, max_chars=max_chars,
        )
    except InputError as err:
        return Problem(input=name, line=line, message=err.reason)


def _string(value: object) -> str | None:
    """A metadata value as a string (numbers too); None when missing."""
    return None if value is None or isinstance(value, dict | list) else str(value)
