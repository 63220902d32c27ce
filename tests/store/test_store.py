"""The public Store API: round trip, idempotence, filters, prefixes, atomic failure, bad URLs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from polybius.errors import StoreError
from polybius.model import Document, DocumentRecord, Source
from polybius.store import DEFAULT_URL, Store, open_store, writes


def test_round_trip_gives_back_the_same_incident(store: Store, market: DocumentRecord) -> None:
    assert store.add(market) is True
    original = market.incidents[0]
    assert store.incident(original.id) == original


def test_round_trip_survives_reopening_the_file(db_path: Path, market: DocumentRecord) -> None:
    with open_store(str(db_path)) as store:
        store.add(market)
    with open_store(str(db_path)) as reopened:
        assert reopened.incident(market.incidents[0].id) == market.incidents[0]
        assert reopened.document(market.document.id) == market.document


def test_figures_keep_their_order_and_status(store: Store, market: DocumentRecord) -> None:
    store.add(market)
    figures = store.incident(market.incidents[0].id).figures
    assert [(f.kind, f.value, f.qualifier, f.status) for f in figures[:2]] == [
        ("killed", 23, "at_least", "current"), ("killed", 15, "exact", "superseded"),
    ]
    assert figures[1].evidence[0].text == "the number of dead at 15"


def test_adding_the_same_document_twice_changes_nothing(
    store: Store, market: DocumentRecord,
) -> None:
    assert store.add(market) is True
    before = store.counts()
    assert store.add(market) is False
    same_text = DocumentRecord(document=Document.from_text(market.document.text, title="again"))
    assert store.add(same_text) is False
    assert store.counts() == before == {"documents": 1, "incidents": 1}
    assert store.document(market.document.id).title == market.document.title


def test_document_lookups(store: Store, market: DocumentRecord, roundup: DocumentRecord) -> None:
    store.add(market)
    store.add(roundup)
    assert store.has_document(market.document.id)
    assert not store.has_document("0" * 64)
    assert store.document("0" * 64) is None
    stored = store.document(market.document.id)
    assert stored == market.document
    assert stored.text == market.document.text
    assert {d.id for d in store.documents()} == {market.document.id, roundup.document.id}
    assert len(store.documents(limit=1)) == 1
    assert store.counts() == {"documents": 2, "incidents": 3}


def test_incidents_filter_by_country_and_dates(
    store: Store, market: DocumentRecord, roundup: DocumentRecord,
) -> None:
    store.add(market)
    store.add(roundup)
    market_id = market.incidents[0].id
    kunduz_id, kabul_id = (i.id for i in roundup.incidents)
    assert [i.id for i in store.incidents(country="NG")] == [market_id]
    assert [i.id for i in store.incidents(country="ng")] == [market_id]
    assert {i.id for i in store.incidents(country="AF")} == {kunduz_id, kabul_id}
    assert {i.id for i in store.incidents(since=date(2024, 3, 1))} == {kunduz_id, kabul_id}
    assert [i.id for i in store.incidents(until=date(2024, 2, 17))] == [market_id]
    assert store.incidents(country="NG", since=date(2024, 2, 18)) == []
    assert store.incidents(country="FR") == []


def test_incidents_are_latest_first_then_by_id(
    store: Store, market: DocumentRecord, roundup: DocumentRecord,
) -> None:
    store.add(market)
    store.add(roundup)
    # Kabul's "2024-10" starts on Oct 1, before Kunduz's Oct 9.
    kunduz_id, kabul_id = (i.id for i in roundup.incidents)
    assert [i.id for i in store.incidents()] == [kunduz_id, kabul_id, market.incidents[0].id]
    assert [i.id for i in store.incidents(limit=2)] == [kunduz_id, kabul_id]


def test_incident_by_unique_prefix(
    store: Store, market: DocumentRecord, roundup: DocumentRecord,
) -> None:
    store.add(market)
    store.add(roundup)
    market_id = market.incidents[0].id
    assert store.incident(market_id[:4]) == market.incidents[0]
    assert store.incident(market_id[:4].upper()) is None
    assert store.incident("zz") is None
    assert store.incident("") is None
    with pytest.raises(StoreError, match="ambiguous"):
        store.incident("b7")


def test_sources_come_from_the_documents_table(store: Store, roundup: DocumentRecord) -> None:
    store.add(roundup)
    kunduz = store.incident(roundup.incidents[0].id)
    document = roundup.document
    assert kunduz.sources == [Source(document_id=document.id, url=document.url,
                                     published=document.published)]


def test_incident_documents_have_their_texts(store: Store, market: DocumentRecord) -> None:
    store.add(market)
    incident = market.incidents[0]
    [document] = store.incident_documents(incident.id[:5])
    span = incident.figures[0].evidence[0]
    assert document.text[span.start:span.end] == span.text == "At least 23"
    assert store.incident_documents("nope") == []


def test_an_id_used_by_another_document_gets_a_derived_id(
    store: Store, market: DocumentRecord, roundup: DocumentRecord,
) -> None:
    store.add(market)
    clash = roundup.model_copy(update={"incidents": [
        roundup.incidents[0].model_copy(update={"id": market.incidents[0].id}),
    ]})
    store.add(clash)
    new_id = writes.derived_id(market.incidents[0].id, roundup.document.id)
    assert store.counts() == {"documents": 2, "incidents": 2}
    assert store.incident(market.incidents[0].id) == market.incidents[0]
    moved = store.incident(new_id)
    expected = clash.incidents[0].model_copy(update={
        "id": new_id, "sources": [Source(document_id=roundup.document.id, url=roundup.document.url,
                                         published=roundup.document.published)],
    })
    assert moved == expected


def test_a_failure_mid_add_leaves_the_database_unchanged(
    store: Store, market: DocumentRecord, roundup: DocumentRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.add(market)
    before = store.counts()
    calls = []

    def fail_on_second(*args: object) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        original(*args)

    original = writes.insert_incident
    monkeypatch.setattr(writes, "insert_incident", fail_on_second)
    with pytest.raises(StoreError, match="disk on fire"):
        store.add(roundup)
    assert len(calls) == 2
    assert store.counts() == before
    assert not store.has_document(roundup.document.id)
    assert store.incident(roundup.incidents[0].id) is None
    assert store.incident(market.incidents[0].id) == market.incidents[0]
    monkeypatch.undo()
    assert store.add(roundup) is True


def test_a_document_stored_meanwhile_by_another_writer_gives_false(
    store: Store, market: DocumentRecord, monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.add(market)
    real, calls = writes.document_exists, []

    def miss_first(session: object, document_id: str) -> bool:
        calls.append(document_id)  # the first check misses it, as if another process raced us
        return len(calls) > 1 and real(session, document_id)

    monkeypatch.setattr(writes, "document_exists", miss_first)
    assert store.add(market) is False
    assert len(calls) == 2
    assert store.counts() == {"documents": 1, "incidents": 1}


@pytest.mark.parametrize("make", [
    lambda tmp: str(tmp / "missing" / "dir" / "polybius.db"),
    lambda tmp: f"sqlite:///{tmp / 'missing' / 'polybius.db'}",
])
def test_a_missing_directory_gives_store_error_naming_it(tmp_path: Path, make) -> None:
    target = make(tmp_path)
    with pytest.raises(StoreError) as caught:
        open_store(target)
    assert str(tmp_path / "missing") in str(caught.value)
    assert "does not exist" in str(caught.value)


def test_a_file_that_is_not_a_database_gives_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is not sqlite, " * 100)
    with pytest.raises(StoreError, match="not a database") as caught:
        open_store(str(path))
    assert str(path) in str(caught.value)


def test_an_unknown_url_scheme_gives_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="nosuchdb://"):
        open_store("nosuchdb://user@host/db")


def test_default_url_is_polybius_db_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store() as opened:
        assert opened.url == DEFAULT_URL == "sqlite:///polybius.db"
        assert opened.counts() == {"documents": 0, "incidents": 0}
    assert (tmp_path / "polybius.db").is_file()
