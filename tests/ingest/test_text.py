"""Text normalisation, truncation and read_text_input (stdin-style input)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from polybius.errors import InputError
from polybius.ingest import MAX_CHARS, normalise_text, read_text_input
from polybius.ingest.text import truncate_text
from polybius.model import content_hash


def test_newlines_controls_and_blank_lines_are_normalised() -> None:
    raw = "Three killed\x00 in\x07 Kabul\r\n\r\n\r\n\tA bomb exploded.  \rPolice said.\u2028End\n\n"
    assert normalise_text(raw) == "Three killed in Kabul\n\n\tA bomb exploded.\nPolice said.\nEnd"


def test_composed_and_decomposed_accents_give_one_text() -> None:
    assert normalise_text("Bogota\u0301") == normalise_text("Bogot\u00e1") == "Bogotá"


def test_read_text_input_keeps_paragraphs_and_metadata(article: str) -> None:
    doc = read_text_input(
        article, url=" https://news.example.com/a ", title="Gunmen kill 12\n in market",
        source="Reuters", published="2024-03-05T14:30:00Z",
    )
    assert doc.text == article
    assert doc.text.count("\n\n") == 1
    assert (doc.title, doc.url, doc.source) == (
        "Gunmen kill 12 in market", "https://news.example.com/a", "Reuters")
    assert doc.published == datetime(2024, 3, 5, 14, 30, tzinfo=UTC)


def test_first_line_is_not_taken_as_title(article: str) -> None:
    doc = read_text_input("Market attack\n\n" + article)
    assert doc.title is None
    assert doc.text.startswith("Market attack\n\n")


def test_id_is_the_content_hash_and_stable(article: str) -> None:
    first = read_text_input(article)
    again = read_text_input(article.replace("\n", "\r\n") + "\n\n", source="other")
    assert first.id == again.id == content_hash(article)


def test_naive_date_becomes_utc(article: str) -> None:
    assert read_text_input(article, published="2024-03-05 14:30").published == datetime(
        2024, 3, 5, 14, 30, tzinfo=UTC)


def test_bad_date_is_dropped_with_a_warning(article: str,
                                            caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="polybius.ingest"):
        doc = read_text_input(article, source_name="feed.jsonl", line=7, published="last Tuesday")
    assert doc.published is None
    assert "feed.jsonl:7" in caplog.text and "last Tuesday" in caplog.text


def test_empty_text_raises_input_error_naming_the_input() -> None:
    with pytest.raises(InputError, match="<stdin>: empty text"):
        read_text_input(" \n\x00\t\n")


def test_long_text_is_cut_at_a_paragraph(caplog: pytest.LogCaptureFixture) -> None:
    text = "\n\n".join(f"Paragraph {n} about the attack." for n in range(100))
    with caplog.at_level(logging.WARNING, logger="polybius.ingest"):
        doc = read_text_input(text, max_chars=200)
    assert len(doc.text) <= 200
    assert doc.text.endswith("attack.")
    assert "truncated" in caplog.text


def test_truncate_without_breaks_cuts_hard() -> None:
    assert truncate_text("x" * 50, 10) == "x" * 10
    assert MAX_CHARS == 2_000_000
