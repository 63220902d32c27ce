"""Fusion on ingest, end to end: short wire stories in, one incident per attack out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from polybius.errors import PolybiusError
from polybius.fusion import merge, split
from polybius.model import Document
from polybius.pipeline import ingest_documents
from polybius.store import Store, open_store


def doc(published: str, source: str, text: str) -> Document:
    return Document.from_text(text, source=source, published=datetime.fromisoformat(published))


MARKET_EARLY = doc("2024-03-05T08:00:00+00:00", "AFP", (
    "KABUL - A suicide bomber blew himself up at a crowded market in Kabul on Tuesday, killing at least "
    "12 people and wounding 30, police said. No group immediately claimed responsibility."))
MARKET_LATER = doc("2024-03-05T18:00:00+00:00", "Reuters", (
    "KABUL (Reuters) - The death toll from Tuesday's suicide bombing at a Kabul market rose to 19, health "
    "officials said. Islamic State claimed responsibility for the attack in a statement on Telegram."))
CHECKPOINT = doc("2024-03-05T12:00:00+00:00", "BBC", (
    "KABUL - Gunmen opened fire on a police checkpoint in Kabul on Tuesday, killing two police officers, "
    "the interior ministry said."))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store in a SQLite file, then in PostgreSQL (its tables dropped afterwards)."""
    if request.param == "sqlite":
        yield open_store(tmp_path / "fusion.db")
        return
    yield request.getfixturevalue("postgres_store")


def incident_of(store: Store, document: Document):
    (incident_id,) = store.document_incidents()[document.id]
    return store.incident(incident_id)


def test_two_reports_of_one_attack_become_one_incident_with_the_latest_toll(store: Store) -> None:
    report = ingest_documents([MARKET_EARLY, MARKET_LATER], store)
    assert (report.incidents, report.merged) == (1, 1)
    incident = incident_of(store, MARKET_LATER)
    assert [s.source for s in incident.sources] == ["AFP", "Reuters"]
    assert incident.totals["killed"].best == 19
    assert [(p.source, p.value, p.status) for p in incident.timeline if p.kind == "killed"] == [
        ("AFP", 12, "superseded"), ("Reuters", 19, "current")]
    assert {e.document_id for e in incident.event_types[0].evidence} == {MARKET_EARLY.id, MARKET_LATER.id}


def test_two_attacks_in_one_city_on_one_day_stay_apart(store: Store) -> None:
    ingest_documents([MARKET_EARLY, CHECKPOINT, MARKET_LATER], store)
    assert store.counts()["incidents"] == 2
    assert incident_of(store, CHECKPOINT).totals["killed"].best == 2
    assert incident_of(store, MARKET_LATER).totals["killed"].best == 19


def test_a_toll_revised_down(store: Store) -> None:
    first = doc("2024-03-23T08:00:00+00:00", "TASS", (
        "MOSCOW - Gunmen attacked the Crocus City Hall concert venue near Moscow on Friday, killing 143 "
        "people, officials said."))
    revised = doc("2024-03-26T08:00:00+00:00", "Interfax", (
        "MOSCOW - Russian investigators revised the death toll from Friday's attack on Crocus City Hall near "
        "Moscow from 143 to 139, saying some victims had been counted twice."))
    ingest_documents([first, revised], store)
    incident = incident_of(store, revised)
    assert incident.totals["killed"].model_dump() == {"low": 139, "best": 139, "high": 143}
    assert not [c for c in incident.conflicts if c.field == "figures"]


def test_a_claim_then_a_denial(store: Store) -> None:
    claim = doc("2024-06-02T08:00:00+00:00", "AFP", (
        "PESHAWAR - A bomb exploded at a police station in Peshawar on Saturday, killing four officers. The "
        "Pakistani Taliban claimed responsibility for the attack."))
    denial = doc("2024-06-02T15:00:00+00:00", "Dawn", (
        "PESHAWAR - The Pakistani Taliban denied any role in Saturday's bombing of a police station in "
        "Peshawar that killed four officers."))
    ingest_documents([claim, denial], store)
    incident = incident_of(store, denial)
    assert len(incident.sources) == 2
    assert any(c.field == "statements" and "denied" in c.detail for c in incident.conflicts)


def test_a_duplicate_wire_story_is_one_source_not_two(store: Store) -> None:
    copy = doc("2024-03-05T09:30:00+00:00", "Yahoo News", (
        "Suicide bomber kills 12 at Kabul market\n\n" + MARKET_EARLY.text + "\n\nReporting by the Kabul bureau."))
    report = ingest_documents([MARKET_EARLY, copy], store)
    assert (report.added, report.copies) == (1, 1)
    incident = incident_of(store, copy)
    assert [(s.source, s.duplicate_of) for s in incident.sources] == [("AFP", None), ("Yahoo News", MARKET_EARLY.id)]
    assert ingest_documents([copy], store).unchanged == 1


def test_reingesting_changes_nothing(store: Store) -> None:
    ingest_documents([MARKET_EARLY, MARKET_LATER], store)
    before = [i.model_dump() for i in store.incidents()]
    again = ingest_documents([MARKET_LATER, MARKET_EARLY], store)
    assert (again.added, again.unchanged) == (0, 2)
    assert [i.model_dump() for i in store.incidents()] == before


def test_merge_and_split_by_hand_are_recorded(store: Store) -> None:
    ingest_documents([MARKET_EARLY, CHECKPOINT], store)
    market, checkpoint = (store.document_incidents()[d.id][0] for d in (MARKET_EARLY, CHECKPOINT))
    with store.transaction("merge") as tx:
        kept = merge(tx, [market, checkpoint[:8]])
    assert kept == market and store.counts()["incidents"] == 1
    with store.transaction("split") as tx:
        new_id = split(tx, market, [CHECKPOINT.id[:10]])
    assert store.document_incidents()[CHECKPOINT.id] == [new_id]
    assert store.incident(new_id).totals["killed"].best == 2
    assert [e["action"] for e in store.edits()] == ["merge", "split"]


def test_a_split_that_would_empty_the_incident_is_refused(store: Store) -> None:
    ingest_documents([MARKET_EARLY], store)
    (incident_id,) = store.document_incidents()[MARKET_EARLY.id]
    with pytest.raises(PolybiusError, match="empty"), store.transaction("split") as tx:
        split(tx, incident_id, [MARKET_EARLY.id])
    assert store.counts()["incidents"] == 1
