"""Read web archives (WARC, optionally gzipped): each HTML or text response becomes a Document."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from polybius.errors import InputError
from polybius.ingest.encoding import decode_bytes
from polybius.ingest.html import decode_html, html_document
from polybius.ingest.text import MAX_CHARS, read_text_input
from polybius.model import Document, Problem

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_HEAD_BYTES = 2048


@dataclass(frozen=True)
class Response:
    """The parts of a WARC record a Document is made of."""

    uri: str | None
    date: str | None
    kind: str  # "html" or "text"
    charset: str | None
    body: bytes
    partial: bool


def iter_warc(path: Path, *, max_chars: int = MAX_CHARS) -> Iterator[Document | Problem]:
    """Documents for the HTML/text responses of a WARC file; other records are skipped."""
    with path.open("rb") as stream:
        if not unzipped_head(stream.read(_HEAD_BYTES)).startswith(b"WARC/"):
            raise InputError(str(path), "not a WARC file (no WARC/1.x header)")
        stream.seek(0)
        for response in iter_responses(stream, str(path), max_body=max_chars * 4):
            yield _document(response, str(path), max_chars)


def unzipped_head(head: bytes) -> bytes:
    """The first bytes of a file, decompressed if it is gzip (to spot a .warc.gz)."""
    if not head.startswith(b"\x1f\x8b"):
        return head
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _HEAD_BYTES)
    except zlib.error:
        return head


def iter_responses(stream: IO[bytes], name: str, *, max_body: int) -> Iterator[Response]:
    """The successful HTML/text responses of a WARC stream; InputError if the archive is damaged."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(stream):
            response = _response(record, max_body)
            if response is not None:
                yield response
    except ArchiveLoadFailed as err:
        raise InputError(name, f"not a readable WARC file: {err}") from err
    except Exception as err:  # warcio fails in many ways on cut or corrupt archives
        raise InputError(name, f"damaged WARC file ({type(err).__name__}: {err})") from err


def _response(record: Any, max_body: int) -> Response | None:
    """A Response for a 2xx response (or resource) record holding HTML or plain text, else None."""
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if record.rec_type not in ("response", "resource") or headers is None:
        return None
    if record.rec_type == "response" and not headers.get_statuscode().startswith("2"):
        return None
    mime, charset = _content_type(headers.get_header("Content-Type") or "")
    kind = "html" if mime in _HTML_TYPES else "text" if mime in _TEXT_TYPES else None
    if kind is None:
        return None
    body = record.content_stream().read(max_body + 1)
    return Response(
        uri=record.rec_headers.get_header("WARC-Target-URI"),
        date=record.rec_headers.get_header("WARC-Date"),
        kind=kind, charset=charset, body=body[:max_body], partial=len(body) > max_body,
    )


def _content_type(value: str) -> tuple[str, str | None]:
    """The media type and charset parameter of a Content-Type header."""
    mime, *params = value.split(";")
    charset = None
    for param in params:
        key, _, found = param.partition("=")
        if key.strip().lower() == "charset":
            charset = found.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _document(response: Response, name: str, max_chars: int) -> Document | Problem:
    """The Document of one response: url from WARC-Target-URI, WARC-Date if the page has no date."""
    label = f"{name} {response.uri or 'record without URI'}"
    try:
        if response.kind == "html":
            html = decode_html(response.body, label, declared=response.charset,
                               partial=response.partial)
            return html_document(html, name=label, url=response.uri, published=response.date,
                                 source=name, max_chars=max_chars)
        text = decode_bytes(response.body, label, declared=response.charset,
                            partial=response.partial)
        return read_text_input(text, source_name=label, url=response.uri,
                               published=response.date, source=name, max_chars=max_chars)
    except InputError as err:
        return Problem(input=name, message=f"{response.uri}: {err.reason}")
