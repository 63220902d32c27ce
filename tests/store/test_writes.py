"""Writing inside a session: id allocation and the already-stored check."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from polybius.model import DocumentRecord
from polybius.store import Store, schema, writes

NOW = datetime(2024, 2, 19, 8, 0, tzinfo=UTC)


def test_insert_record_writes_every_part(store: Store, market: DocumentRecord) -> None:
    with Session(store.engine) as session, session.begin():
        assert writes.insert_record(session, market, NOW) is True
    incident = market.incidents[0]
    with Session(store.engine) as session:
        for field, table in (("figures", schema.figures), ("statements", schema.statements),
                             ("perpetrators", schema.perpetrators)):
            count = session.execute(select(func.count()).select_from(table)).scalar_one()
            assert count == len(getattr(incident, field))
        ingested = session.execute(select(schema.documents.c.ingested_at)).scalar_one()
    assert ingested == NOW


def test_insert_record_refuses_a_stored_document(store: Store, market: DocumentRecord) -> None:
    store.add(market)
    with Session(store.engine) as session, session.begin():
        assert writes.insert_record(session, market, NOW) is False


def test_free_id_keeps_a_new_id_and_derives_a_taken_one(
    store: Store, market: DocumentRecord,
) -> None:
    store.add(market)
    taken = market.incidents[0].id
    with Session(store.engine) as session:
        assert writes.free_id(session, "fresh-id", "d" * 64) == "fresh-id"
        assert writes.free_id(session, taken, "d" * 64) == f"{taken}-dddddddddddd"


def test_free_id_never_returns_a_taken_derived_id(
    store: Store, market: DocumentRecord, roundup: DocumentRecord,
) -> None:
    taken = market.incidents[0].id
    store.add(market)
    derived = writes.derived_id(taken, roundup.document.id)
    clash = roundup.model_copy(update={"incidents": [
        roundup.incidents[0].model_copy(update={"id": derived}),
    ]})
    store.add(clash)
    with Session(store.engine) as session:
        assert writes.free_id(session, taken, roundup.document.id) == f"{derived}-2"


def test_duplicate_ids_within_one_record_are_both_kept(
    store: Store, roundup: DocumentRecord,
) -> None:
    first, second = roundup.incidents
    twice = roundup.model_copy(update={"incidents": [first, second.model_copy(
        update={"id": first.id})]})
    store.add(twice)
    assert store.counts()["incidents"] == 2
    assert store.incident(writes.derived_id(first.id, roundup.document.id)).location.name == "Kabul"
