"""WARC archives: HTML and text responses become documents; other records are skipped."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from polybius.errors import InputError
from polybius.ingest.warc import iter_warc

if TYPE_CHECKING:
    from .conftest import Split, Write

ARTICLE_HTML = """<html><head><title>Blast in Kabul | Wire</title>
<meta property="og:title" content="Three killed in Kabul blast"></head>
<body><nav>Home | World | Sport</nav><article><h1>Three killed in Kabul blast</h1>
<p>A bomb exploded near a mosque in Kabul on Thursday, killing three worshippers and
wounding eight, police said.</p><p>No group has claimed responsibility.</p></article>
<footer>Copyright Wire</footer></body></html>"""
DATED_HTML = ('<html><head><meta property="article:published_time" content="2024-03-01T12:00:00Z">'
              "</head><body><p>Clashes in Khartoum killed at least 20 civilians.</p></body></html>")


def response(writer: WARCWriter, uri: str, body: bytes, content_type: str,
             status: str = "200 OK", date: str = "2024-03-07T11:00:00Z") -> None:
    """Append an HTTP response record."""
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                       http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def make_warc(path: Path, gzip: bool) -> Path:
    """A small crawl: two articles, a plain-text page, an image, a redirect and an empty page."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        response(writer, "https://wire.example.com/kabul", ARTICLE_HTML.encode(),
                 "text/html; charset=utf-8")
        response(writer, "https://wire.example.com/logo.png", b"\x89PNG\r\n\x1a\n\x00", "image/png")
        response(writer, "https://wire.example.com/old", b"", "text/html", status="301 Moved")
        response(writer, "https://wire.example.com/khartoum", DATED_HTML.encode(), "text/html")
        response(writer, "https://wire.example.com/brief.txt",
                 "Explosion à Lyon : trois blessés.".encode("cp1252"),
                 "text/plain; charset=windows-1252")
        response(writer, "https://wire.example.com/blank", b"<html><body></body></html>",
                 "text/html")
    return path


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_responses_become_documents(tmp_path: Path, name: str, split: Split) -> None:
    path = make_warc(tmp_path / name, gzip=name.endswith(".gz"))
    docs, found = split(iter_warc(path))
    assert [d.url for d in docs] == ["https://wire.example.com/kabul",
                                     "https://wire.example.com/khartoum",
                                     "https://wire.example.com/brief.txt"]
    kabul, khartoum, brief = docs
    assert kabul.title == "Three killed in Kabul blast"
    assert "killing three worshippers" in kabul.text and "Sport" not in kabul.text
    assert kabul.published == datetime(2024, 3, 7, 11, tzinfo=UTC)  # WARC-Date
    assert khartoum.published == datetime(2024, 3, 1, 12, tzinfo=UTC)  # the page's own date
    assert brief.text == "Explosion à Lyon : trois blessés."
    assert kabul.source == str(path)
    assert [(p.input, p.message) for p in found] == [
        (str(path), "https://wire.example.com/blank: no article text found in the HTML")]


def test_not_a_warc_is_an_input_error(write: Write) -> None:
    path = write("fake.warc", "This is not an archive, just a note about the Kabul blast.\n")
    with pytest.raises(InputError, match=r"fake\.warc: not a WARC file"):
        list(iter_warc(path))


def test_corrupt_record_gives_the_earlier_documents_then_an_input_error(tmp_path: Path) -> None:
    data = make_warc(tmp_path / "crawl.warc.gz", gzip=True).read_bytes()
    corrupt = tmp_path / "corrupt.warc.gz"
    corrupt.write_bytes(data + b"this is not a record\r\n\r\n")
    read: list[object] = []
    with pytest.raises(InputError, match=r"corrupt\.warc\.gz: not a readable WARC file"):
        read.extend(iter_warc(corrupt))
    assert len(read) == 4  # three documents and the empty page's problem
