"""The pipeline as callers use it: a text in, a record out; a folder into a store, idempotently."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from polybius.model import Document, content_hash
from polybius.pipeline import BATCH_SIZE, extract_text, ingest, process_many
from polybius.store import open_store

BOMBING = (
    "A car bomb exploded outside a busy restaurant in Mogadishu on Saturday, killing at least nine people "
    "and wounding 14, police said. Al-Shabaab claimed responsibility for the attack."
)
SUNDAY = datetime(2024, 3, 24, 9, 0, tzinfo=UTC)

SHOOTING = (
    "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing four people, police said."
)


def test_extract_text_gives_one_incident_dated_from_the_publication_day() -> None:
    record = extract_text(BOMBING, published=SUNDAY)

    assert record.document.id == content_hash(BOMBING)
    assert record.document.published == SUNDAY
    assert len(record.incidents) == 1
    incident = record.incidents[0]
    assert incident.date.value == "2024-03-23"
    assert incident.date.precision == "day"
    [when] = incident.date.evidence
    assert BOMBING[when.start:when.end] == when.text
    assert "Saturday" in when.text
    assert incident.location.name == "Mogadishu"
    assert "bombing" in {e.value for e in incident.event_types}
    assert incident.totals["killed"].low == 9


def test_without_a_publication_date_a_weekday_stays_unresolved() -> None:
    incident = extract_text(BOMBING).incidents[0]

    assert incident.date.value is None
    assert incident.date.precision == "unknown"


def test_same_text_gives_the_same_ids() -> None:
    first = extract_text(BOMBING, published=SUNDAY)
    second = extract_text(BOMBING, published=SUNDAY)

    assert first.document.id == second.document.id
    assert [i.id for i in first.incidents] == [i.id for i in second.incidents]


def test_every_evidence_span_points_into_the_text() -> None:
    record = extract_text(BOMBING, published=SUNDAY)
    dumped = record.incidents[0].model_dump()

    def spans(value: object) -> list[dict]:
        if isinstance(value, dict):
            own = value.get("evidence", [])
            return own + [s for k, v in value.items() if k != "evidence" for s in spans(v)]
        if isinstance(value, list):
            return [s for v in value for s in spans(v)]
        return []

    found = spans(dumped)
    assert found
    for e in found:
        assert BOMBING[e["start"]:e["end"]] == e["text"]


def test_ingest_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "mogadishu.txt").write_text(BOMBING, encoding="utf-8")
    (folder / "kano.txt").write_text(SHOOTING, encoding="utf-8")
    store = open_store(tmp_path / "polybius.db")
    try:
        first = ingest([folder], store)
        after_first = store.counts()
        second = ingest([folder], store)
        after_second = store.counts()
    finally:
        store.close()

    assert first.added == 2
    assert first.problems == []
    assert after_first["documents"] == 2
    assert after_first["incidents"] >= 2
    assert second.added == 0
    assert second.unchanged == 2
    assert second.incidents == 0
    assert after_second == after_first


def test_a_huge_document_is_extracted_from_its_beginning(monkeypatch) -> None:
    import polybius.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PARSE_LIMIT", 3_000)
    lead = "A car bomb exploded outside a police station in Kirkuk on Monday, killing four officers.\n\n"
    filler = "The city council met again to discuss the budget for road repairs.\n\n" * 2_000
    record = pipeline.extract_text(lead + filler)
    assert len(record.incidents) == 1
    for figure in record.incidents[0].figures:
        assert all(e.end <= 3_000 for e in figure.evidence)
    assert record.incidents[0].totals["killed"].best == 4


def test_two_worker_processes_give_the_same_records_in_the_same_order() -> None:
    towns = ["Kano", "Maiduguri", "Kaduna", "Jos", "Sokoto", "Gombe", "Bauchi", "Yola"]
    texts = [SHOOTING.replace("Kano", town).replace("four", str(n + 2))
             for n in range(BATCH_SIZE // len(towns) + 2) for town in towns]
    docs = [Document.from_text(t, published=SUNDAY) for t in texts]

    alone = [r.model_dump() for r in process_many(docs)]
    pooled = [r.model_dump() for r in process_many(iter(docs), n_process=2)]

    assert len(docs) > BATCH_SIZE
    assert pooled == alone
    assert [r["document"]["id"] for r in pooled] == [d.id for d in docs]
