"""Walk the given files and folders and hand each file to the reader for its format."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from polybius.errors import InputError
from polybius.ingest.encoding import decode_bytes
from polybius.ingest.text import MAX_CHARS, read_text_input
from polybius.ingest.warc import unzipped_head
from polybius.model import Document, Problem

Item = Document | Problem
STDIN = "-"
_SUFFIX_KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
    ".warc": "warc",
}
_BLANK = b" \t\r\n\x0b\x0c\xef\xbb\xbf"  # whitespace, and the bytes of a UTF-8 BOM
_SNIFF_BYTES = 2048

log = logging.getLogger("polybius.ingest")


def iter_documents(paths: Iterable[str | Path], *, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Documents from files, folders (recursively, sorted, hidden names skipped) and '-' (stdin).

    Inputs that cannot be read yield a Problem naming the file (and line) and the batch goes on.
    """
    for path in paths:
        if str(path) == STDIN:
            yield from _guarded("<stdin>", _read_stdin(max_chars))
            continue
        for found in iter_files(Path(path)):
            if isinstance(found, Problem):
                yield found
            else:
                yield from _guarded(str(found), read_file(found, max_chars=max_chars))


def iter_files(path: Path) -> Iterator[Path | Problem]:
    """`path` if it is a file, else the files under it in sorted order, hidden ones skipped."""
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield path
    else:
        yield Problem(input=str(path), message="no such file or folder")


def _walk(folder: Path) -> Iterator[Path | Problem]:
    """Depth-first, name-sorted walk; symlinked folders are not followed (no loops)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as err:
        yield Problem(input=str(folder), message=f"cannot read folder: {_reason(err)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def read_file(path: Path, *, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """The documents of one file, read by its extension or else by what its content looks like."""
    from polybius.ingest import feeds, html, tabular, warc

    name = str(path)
    kind = file_kind(path)
    if kind == "warc":
        yield from warc.iter_warc(path, max_chars=max_chars)
        return
    limit = max_chars * 4 if kind == "text" else None  # a UTF-8 character is at most 4 bytes
    data = _read_bytes(path, limit)
    if not data.strip(_BLANK):
        raise InputError(name, "empty file")
    if kind == "feed":
        yield from feeds.iter_feed(data, name, max_chars=max_chars)
    elif kind == "html":
        yield html.html_document(html.decode_html(data, name), name=name, source=name,
                                 max_chars=max_chars)
    elif kind in ("jsonl", "csv"):
        reader = tabular.iter_jsonl if kind == "jsonl" else tabular.iter_csv
        yield from reader(decode_bytes(data, name), name, max_chars=max_chars)
    else:
        partial = limit is not None and len(data) > limit
        text = decode_bytes(data[:limit], name, partial=partial)
        yield read_text_input(text, source_name=name, source=name, max_chars=max_chars)


def file_kind(path: Path) -> str:
    """'text', 'html', 'feed', 'jsonl', 'csv' or 'warc': by extension, else by the first bytes."""
    lower = path.name.lower()
    if lower.endswith((".warc", ".warc.gz")):
        return "warc"
    kind = _SUFFIX_KINDS.get(path.suffix.lower())
    if kind is not None:
        return kind
    return sniff_kind(_read_bytes(path, _SNIFF_BYTES))


def sniff_kind(head: bytes) -> str:
    """Guess a format from a file's first bytes: WARC, feed, HTML, else plain text."""
    start = unzipped_head(head).lstrip(_BLANK)[:_SNIFF_BYTES].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start[:512]:
        return "html"
    return "text"


def _read_bytes(path: Path, limit: int | None) -> bytes:
    """The file's bytes, or its first `limit` + 1 (so a caller can tell it was cut)."""
    with path.open("rb") as stream:
        return stream.read() if limit is None else stream.read(limit + 1)


def _read_stdin(max_chars: int) -> Iterator[Item]:
    """Standard input as one plain-text document."""
    buffer = getattr(sys.stdin, "buffer", None)
    data = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
    if not data.strip(_BLANK):
        raise InputError("<stdin>", "empty input")
    yield read_text_input(decode_bytes(data, "<stdin>"), max_chars=max_chars)


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """Pass a reader's items on, turning its failure into a Problem so the batch goes on."""
    try:
        yield from items
    except InputError as err:
        yield Problem(input=err.source, message=err.reason, line=err.line)
    except OSError as err:
        yield Problem(input=name, message=f"cannot read file: {_reason(err)}")
    except Exception as err:  # a bug or library failure on one input must not stop the batch
        log.debug("unexpected error reading %s", name, exc_info=True)
        yield Problem(input=name, message=f"unexpected error: {type(err).__name__}: {err}")


def _reason(err: OSError) -> str:
    """'permission denied' and the like, without the errno noise."""
    return (err.strerror or str(err)).lower()
