"""Reading back: filters, order, prefixes and sources, on rows written by the store."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session

from polybius.errors import StoreError
from polybius.model import DocumentRecord, Incident, Source
from polybius.store import Store, convert, queries, schema


def _ids(store: Store, **filters: object) -> list[str]:
    with Session(store.engine) as session:
        return queries.incident_ids(session, **filters)


def test_month_precision_overlaps_a_range_inside_the_month(
    store: Store, roundup: DocumentRecord,
) -> None:
    store.add(roundup)
    kunduz_id, kabul_id = (i.id for i in roundup.incidents)
    assert _ids(store, since=date(2024, 10, 20)) == [kabul_id]
    assert _ids(store, until=date(2024, 10, 5)) == [kabul_id]
    assert _ids(store, since=date(2024, 10, 9), until=date(2024, 10, 9)) == [kunduz_id, kabul_id]
    assert _ids(store, since=date(2024, 11, 1)) == []


def test_undated_incidents_come_last_and_never_match_dates(
    store: Store, market: DocumentRecord, roundup: DocumentRecord,
) -> None:
    undated = roundup.model_copy(update={"incidents": [
        Incident(id="00-undated"), *roundup.incidents,
    ]})
    store.add(undated)
    store.add(market)
    ids = _ids(store)
    assert ids[-1] == "00-undated" and len(ids) == 4
    assert "00-undated" not in _ids(store, since=date(2000, 1, 1))


def test_prefix_is_literal_and_case_sensitive(store: Store, roundup: DocumentRecord) -> None:
    renamed = roundup.model_copy(update={"incidents": [
        roundup.incidents[0].model_copy(update={"id": "AB_1"}),
        roundup.incidents[1].model_copy(update={"id": "abc1"}),
    ]})
    store.add(renamed)
    with Session(store.engine) as session:
        assert queries.resolve_incident_id(session, "AB_") == "AB_1"
        assert queries.resolve_incident_id(session, "a") == "abc1"
        assert queries.resolve_incident_id(session, "A%") is None
        assert queries.resolve_incident_id(session, "abc1") == "abc1"


def test_an_exact_id_wins_over_longer_ids_it_prefixes(
    store: Store, roundup: DocumentRecord,
) -> None:
    renamed = roundup.model_copy(update={"incidents": [
        roundup.incidents[0].model_copy(update={"id": "c1"}),
        roundup.incidents[1].model_copy(update={"id": "c12"}),
    ]})
    store.add(renamed)
    with Session(store.engine) as session:
        assert queries.resolve_incident_id(session, "c1") == "c1"
        with pytest.raises(StoreError, match="'c' is ambiguous: c1, c12"):
            queries.resolve_incident_id(session, "c")


def test_incidents_keep_the_order_asked_and_skip_unknown_ids(
    store: Store, roundup: DocumentRecord, monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.add(roundup)
    monkeypatch.setattr(queries, "CHUNK", 1)
    kunduz_id, kabul_id = (i.id for i in roundup.incidents)
    with Session(store.engine) as session:
        found = queries.incidents(session, [kabul_id, "missing", kunduz_id])
    assert [i.id for i in found] == [kabul_id, kunduz_id]


def test_a_source_not_stored_keeps_what_the_record_said(
    store: Store, market: DocumentRecord,
) -> None:
    elsewhere = Source(document_id="e" * 64, url="https://example.org/elsewhere", source="AFP")
    incident = market.incidents[0]
    cited = market.model_copy(update={"incidents": [
        incident.model_copy(update={"sources": [*incident.sources, elsewhere]}),
    ]})
    store.add(cited)
    assert store.incident(incident.id).sources == [*incident.sources, elsewhere]
    assert store.incident_documents(incident.id) == [market.document]


def test_a_stored_document_overrides_a_stale_source_copy(
    store: Store, market: DocumentRecord,
) -> None:
    store.add(market)
    with Session(store.engine) as session, session.begin():
        session.execute(insert(schema.incident_sources), [{
            **convert.source_rows(market.incidents[0], "x", market.document)[0],
            "incident_id": market.incidents[0].id, "position": 5, "url": "stale",
        }])
    sources = store.incident(market.incidents[0].id).sources
    assert [s.url for s in sources] == [market.document.url] * 2


def test_counts(store: Store, market: DocumentRecord, roundup: DocumentRecord) -> None:
    with Session(store.engine) as session:
        assert queries.counts(session) == {"documents": 0, "incidents": 0}
    store.add(market)
    store.add(roundup)
    with Session(store.engine) as session:
        assert queries.counts(session) == {"documents": 2, "incidents": 3}
