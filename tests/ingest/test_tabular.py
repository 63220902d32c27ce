"""JSON Lines and CSV inputs: one document per line/row, problems carry line numbers."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from polybius.errors import InputError
from polybius.ingest.tabular import iter_csv, iter_jsonl

if TYPE_CHECKING:
    from .conftest import Split

QUETTA = "A car bomb exploded outside a police station in Quetta, killing four officers."


def rows(article: str) -> list[dict[str, str]]:
    """Two JSONL records: one with every field, one with text only."""
    return [
        {"text": article, "url": "https://news.example.com/1", "title": "Market attack",
         "published": "2024-03-05T14:30:00Z", "source": "Reuters"},
        {"text": QUETTA},
    ]


def test_jsonl_lines_become_documents_with_metadata(article: str, split: Split) -> None:
    text = "\n".join(json.dumps(row) for row in rows(article)) + "\n"
    docs, found = split(iter_jsonl(text, "news.jsonl"))
    assert [d.text for d in docs] == [article, QUETTA] and found == []
    assert (docs[0].url, docs[0].title, docs[0].source) == (
        "https://news.example.com/1", "Market attack", "Reuters")
    assert docs[0].published == datetime(2024, 3, 5, 14, 30, tzinfo=UTC)
    assert docs[1].source == "news.jsonl"


def test_jsonl_bad_lines_are_problems_with_line_numbers(article: str, split: Split) -> None:
    first, last = (json.dumps(row) for row in rows(article))
    lines = [first, "{not json", "", json.dumps({"title": "no body"}), "[1, 2]",
             json.dumps({"text": 42}), last]
    docs, found = split(iter_jsonl("\n".join(lines), "news.jsonl"))
    assert [d.text for d in docs] == [article, QUETTA]
    assert [(p.input, p.line) for p in found] == [
        ("news.jsonl", 2), ("news.jsonl", 4), ("news.jsonl", 5), ("news.jsonl", 6)]
    assert "not valid JSON" in found[0].message
    assert found[1].message == "no 'text' field"


def test_jsonl_bad_date_keeps_the_document(article: str, split: Split) -> None:
    docs, found = split(iter_jsonl(json.dumps({"text": article, "published": "soon"}), "a.jsonl"))
    assert len(docs) == 1 and docs[0].published is None and found == []


def test_csv_rows_become_documents(article: str, split: Split) -> None:
    quoted = article.replace('"', '""')
    text = ('title,text,url,published\r\n'
            f'"Market attack","{quoted}",https://n.example/1,5 March 2024\r\n'
            'Quetta,"A car bomb exploded, killing four.",,\r\n')
    docs, found = split(iter_csv(text, "news.csv"))
    assert [d.title for d in docs] == ["Market attack", "Quetta"] and found == []
    assert docs[0].text == article
    assert docs[0].published == datetime(2024, 3, 5, tzinfo=UTC)
    assert docs[1].url is None and docs[1].published is None


def test_csv_semicolons_and_empty_rows_report_their_line(split: Split) -> None:
    text = "Text;Source\n\"Multi-line\ntext here\";AP\n;AP\n"
    docs, found = split(iter_csv(text, "news.csv"))
    assert [(d.text, d.source) for d in docs] == [("Multi-line\ntext here", "AP")]
    assert [(p.input, p.line, p.message) for p in found] == [("news.csv", 4, "empty text")]


def test_csv_without_text_header_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"news\.csv:1: CSV header has no 'text' column"):
        list(iter_csv("Gunmen killed five,police said\n", "news.csv"))


def test_csv_accepts_cells_over_the_default_field_limit(split: Split) -> None:
    long_text = "Police said. " * 20_000  # 260 KB: the csv module's default limit is 128 KB
    docs, _ = split(iter_csv(f'text\n"{long_text}"\n', "big.csv"))
    assert docs[0].text == long_text.strip()
