"""iter_documents: files, folders, stdin; dispatch by extension and content; problems per file."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from polybius.ingest import MAX_CHARS, file_kind, iter_documents
from polybius.ingest import dispatch as dispatch_module
from polybius.model import Document, Problem, content_hash

if TYPE_CHECKING:
    from .conftest import Split, Write

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Quetta bomb</title><link>https://wire.example/quetta</link>
<description>A car bomb killed four police officers in Quetta.</description></item>
</channel></rss>"""
HTML = ("<!DOCTYPE html><html><head><title>Kabul blast</title></head><body><nav>Home</nav>"
        "<p>A bomb exploded near a mosque in Kabul on Thursday, killing three.</p></body></html>")


def test_plain_text_file(write: Write, article: str, split: Split) -> None:
    path = write("report.txt", "Market attack\n\n" + article + "\n")
    docs, found = split(iter_documents([path]))
    assert found == []
    assert docs[0].text == "Market attack\n\n" + article
    assert docs[0].title is None and docs[0].source == str(path)
    assert docs[0].id == content_hash(docs[0].text)


def test_utf8_bom_and_windows_1252_files(write: Write, split: Split) -> None:
    text = "Explosion à la gare de Lyon : trois blessés, selon la préfecture. « Terrible », dit-il."
    bom = write("bom.txt", b"\xef\xbb\xbf" + text.encode())
    cp = write("cp1252.md", text.encode("cp1252"))
    latin = write("latin1", text.replace("« ", "").replace(" »", "").encode("latin-1"))
    docs, found = split(iter_documents([bom, cp, latin]))
    assert found == []
    assert [d.text for d in docs] == [text, text, text.replace("« ", "").replace(" »", "")]
    assert docs[0].id == docs[1].id


def test_rereading_gives_the_same_id(write: Write, article: str, split: Split) -> None:
    path = write("a.txt", article)
    first, _ = split(iter_documents([path]))
    again, _ = split(iter_documents([str(path)]))
    assert first[0].id == again[0].id


def test_binary_and_empty_files_are_problems_naming_the_file(write: Write, split: Split) -> None:
    png = write("photo.png", PNG)
    disguised = write("notes.txt", PNG)
    empty = write("empty.txt", "")
    blank = write("blank.txt", " \n\t\r\n")
    docs, found = split(iter_documents([png, disguised, empty, blank]))
    assert docs == []
    assert [(p.input, p.message) for p in found] == [
        (str(png), "binary file (PNG image), not text"),
        (str(disguised), "binary file (PNG image), not text"),
        (str(empty), "empty file"),
        (str(blank), "empty file"),
    ]


def test_missing_path_is_a_problem(tmp_path: Path, split: Split) -> None:
    _, found = split(iter_documents([tmp_path / "nowhere.txt"]))
    assert [(p.input, p.message) for p in found] == [(str(tmp_path / "nowhere.txt"),
                                                      "no such file or folder")]


def test_folder_is_walked_sorted_skipping_hidden(write: Write, tmp_path: Path,
                                                 split: Split) -> None:
    write("b.txt", "Second report: two killed in Herat.")
    write("a/z.txt", "First report: a blast in Kandahar.")
    write("a/.cache/x.txt", "hidden folder")
    write(".hidden.txt", "hidden file")
    write("c.jsonl", json.dumps({"text": "Third report: clashes in Khartoum."}) + "\n")
    docs, found = split(iter_documents([tmp_path]))
    assert found == []
    assert [Path(d.source or "").relative_to(tmp_path).as_posix() for d in docs] == [
        "a/z.txt", "b.txt", "c.jsonl"]


def test_every_format_through_one_call(write: Write, tmp_path: Path, split: Split) -> None:
    write("1.html", HTML)
    write("2.rss", RSS)
    write("3.csv", "text,title\n\"Gunmen killed five in Bamako, police said.\",Bamako\n")
    write("4.jsonl", '{"text": "Three killed in Goma."}\n{oops\n')
    write("5.md", "# Update\n\nThe death toll rose to 14.")
    docs, found = split(iter_documents([tmp_path]))
    assert [d.text.split("\n")[0][:20] for d in docs] == [
        "A bomb exploded near", "A car bomb killed fo", "Gunmen killed five i",
        "Three killed in Goma", "# Update"]
    assert [(Path(p.input).name, p.line) for p in found] == [("4.jsonl", 2)]


def test_files_without_known_extension_are_sniffed(write: Write) -> None:
    assert file_kind(write("page", HTML)) == "html"
    assert file_kind(write("feed.php", RSS)) == "feed"
    assert file_kind(write("notes.log", "Police said three were killed.")) == "text"
    assert file_kind(write("crawl.WARC.GZ", b"")) == "warc"


def test_unreadable_file_is_a_problem_and_the_batch_goes_on(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: Split,
) -> None:
    locked = write("locked.txt", "Secret report.")
    write("open.txt", "Two killed in Herat.")
    real = dispatch_module._read_bytes

    def refuse(path: Path, limit: int | None) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, limit)

    monkeypatch.setattr(dispatch_module, "_read_bytes", refuse)
    docs, found = split(iter_documents([tmp_path]))
    assert [d.text for d in docs] == ["Two killed in Herat."]
    assert [(p.input, p.message) for p in found] == [
        (str(locked), "cannot read file: permission denied")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_chmod_000_file_is_a_problem(write: Write, split: Split) -> None:
    locked = write("locked.txt", "Secret report.")
    locked.chmod(0)
    try:
        _, found = split(iter_documents([locked]))
    finally:
        locked.chmod(0o644)
    assert [(p.input, p.message) for p in found] == [
        (str(locked), "cannot read file: permission denied")]


def test_a_failing_reader_does_not_stop_the_batch(
    write: Write, monkeypatch: pytest.MonkeyPatch, split: Split,
) -> None:
    bad, good = write("bad.html", HTML), write("good.txt", "Two killed in Herat.")

    def explode(*args: object, **kwargs: object) -> Document:
        raise RuntimeError("parser crashed")

    monkeypatch.setattr("polybius.ingest.html.html_document", explode)
    docs, found = split(iter_documents([bad, good]))
    assert [d.text for d in docs] == ["Two killed in Herat."]
    assert [(p.input, p.message) for p in found] == [
        (str(bad), "unexpected error: RuntimeError: parser crashed")]


def test_stdin_is_plain_text(monkeypatch: pytest.MonkeyPatch, article: str,
                             split: Split) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(article.encode("cp1252") + b"\r\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    docs, _ = split(iter_documents(["-"]))
    assert docs[0].text == article and docs[0].source is None


def test_empty_stdin_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert list(iter_documents(["-"])) == [Problem(input="<stdin>", message="empty input")]


def test_20_mb_text_is_capped_quickly(tmp_path: Path, split: Split) -> None:
    paragraph = ("Gunmen opened fire on a crowded market in Maiduguri on Tuesday, killing at "
                 "least 12 people and wounding 20 others, police said. " * 4 + "\n\n")
    path = tmp_path / "huge.txt"
    path.write_text(paragraph * (20_000_000 // len(paragraph) + 1))
    started = time.perf_counter()
    docs, found = split(iter_documents([path]))
    elapsed = time.perf_counter() - started
    assert found == [] and len(docs) == 1
    assert MAX_CHARS - len(paragraph) <= len(docs[0].text) <= MAX_CHARS
    assert docs[0].text.endswith("police said.")
    assert elapsed < 3, f"took {elapsed:.1f}s"


def test_max_chars_is_configurable(write: Write, split: Split) -> None:
    path = write("a.txt", "First paragraph about the attack.\n\nSecond paragraph, much longer.")
    docs, _ = split(iter_documents([path], max_chars=40))
    assert docs[0].text == "First paragraph about the attack."


def test_warc_without_extension_is_sniffed_and_read(tmp_path: Path, split: Split) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl-0001"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://wire.example/kabul", "response", payload=io.BytesIO(HTML.encode()),
            http_headers=headers))
    docs, found = split(iter_documents([tmp_path]))
    assert found == []
    assert [(d.url, d.text) for d in docs] == [
        ("https://wire.example/kabul",
         "A bomb exploded near a mosque in Kabul on Thursday, killing three.")]
