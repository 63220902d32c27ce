"""Rows for fusion: reports, fused incidents replaced in place, copies, MinHash bands and edits.

These run inside a session the caller commits, so attaching a report and rewriting its incident
happen in one transaction. Matching itself is not here: the store hands out stored profiles
and signatures as plain data and keeps whatever the caller decided.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from polybius.model import Document, Incident, Report, Source
from polybius.store import convert, schema

rep = schema.reports
inc = schema.incidents
copies_t = schema.document_copies
bands_t = schema.document_bands
sigs_t = schema.document_signatures


def report_id(document_id: str, position: int) -> str:
    """The id of a document's `position`-th report."""
    return f"{document_id}:{position}"


def add_report(session: Session, report: Report, incident_id: str) -> None:
    """Keep one document's account of an incident under the incident it belongs to."""
    session.execute(insert(rep), [{
        "id": report_id(report.document.document_id, report.position), "incident_id": incident_id,
        "document_id": report.document.document_id, "position": report.position,
        "published": report.document.published, "record": report.model_dump(mode="json"),
    }])


def reports(session: Session, incident_id: str) -> list[Report]:
    """The reports of an incident, in the order they were stored."""
    query = select(rep.c.record).where(rep.c.incident_id == incident_id).order_by(rep.c.published, rep.c.id)
    return [Report.model_validate(r) for r in session.execute(query).scalars()]


def move_reports(session: Session, source_id: str, target_id: str, document_ids: Sequence[str] | None = None) -> int:
    """Move an incident's reports (all, or those of some documents) to another incident."""
    query = update(rep).where(rep.c.incident_id == source_id)
    if document_ids is not None:
        query = query.where(rep.c.document_id.in_(list(document_ids)))
    return session.execute(query.values(incident_id=target_id)).rowcount


def save_incident(session: Session, incident: Incident, anchor: date | None, profile: dict[str, Any]) -> None:
    """Write a fused incident, replacing the stored one with the same id (reports stay attached)."""
    row = {**convert.incident_row(incident, incident.id), "anchor_date": anchor, "profile": profile}
    exists = session.execute(select(inc.c.id).where(inc.c.id == incident.id)).first()
    if exists:
        _delete_parts(session, incident.id)
        session.execute(update(inc).where(inc.c.id == incident.id).values(row))
    else:
        session.execute(insert(inc), [row])
    for table, rows in convert.part_rows(incident, incident.id):
        if rows:
            session.execute(insert(table), rows)
    source_rows = [{"incident_id": incident.id, "position": i, **s.model_dump()}
                   for i, s in enumerate(incident.sources)]
    if source_rows:
        session.execute(insert(schema.incident_sources), source_rows)


def delete_incident(session: Session, incident_id: str) -> None:
    """Remove an incident that has no reports left."""
    _delete_parts(session, incident_id)
    session.execute(delete(inc).where(inc.c.id == incident_id))


def _delete_parts(session: Session, incident_id: str) -> None:
    for table, _ in convert.PARTS.values():
        session.execute(delete(table).where(table.c.incident_id == incident_id))
    session.execute(delete(schema.incident_sources).where(schema.incident_sources.c.incident_id == incident_id))


def candidates(session: Session, start: date, end: date, country: str) -> list[tuple[str, dict[str, Any]]]:
    """(id, profile) of the incidents in `country` anchored from `start` to `end`."""
    query = select(inc.c.id, inc.c.profile).where(
        inc.c.anchor_date.between(start, end), inc.c.location_country_code == country)
    return [(r.id, r.profile) for r in session.execute(query) if r.profile is not None]


def incidents_of_documents(session: Session, document_ids: Sequence[str]) -> list[str]:
    """Ids of the incidents that reports of these documents belong to."""
    query = select(rep.c.incident_id).where(rep.c.document_id.in_(list(document_ids))).distinct()
    return sorted(session.execute(query).scalars())


def document_incidents(session: Session) -> dict[str, list[str]]:
    """Document id -> ids of the incidents its reports went into; a copy maps to its original's."""
    found: dict[str, list[str]] = defaultdict(list)
    for doc_id, incident_id in session.execute(select(rep.c.document_id, rep.c.incident_id).order_by(rep.c.id)):
        found[doc_id].append(incident_id)
    for copy_id, original in session.execute(select(copies_t.c.id, copies_t.c.duplicate_of)):
        found[copy_id] = list(found.get(original, []))
    return dict(found)


def add_signature(session: Session, document_id: str, signature: dict[str, Any], bands: list[str]) -> None:
    """Keep a document's MinHash signature and its band keys."""
    session.execute(insert(sigs_t), [{"document_id": document_id, "signature": signature}])
    session.execute(insert(bands_t), [{"band": b, "document_id": document_id} for b in dict.fromkeys(bands)])


def sharing_bands(session: Session, bands: list[str]) -> dict[str, dict[str, Any]]:
    """Signatures of the stored documents that share a band key with these."""
    ids = select(bands_t.c.document_id).where(bands_t.c.band.in_(bands)).distinct()
    query = select(sigs_t.c.document_id, sigs_t.c.signature).where(sigs_t.c.document_id.in_(ids))
    return {r.document_id: r.signature for r in session.execute(query)}


def add_copy(session: Session, document: Document, original_id: str, similarity: float, now: datetime) -> None:
    """Record a near-duplicate of a stored document: its provenance only."""
    session.execute(insert(copies_t), [{
        "id": document.id, "duplicate_of": original_id, "title": document.title, "url": document.url,
        "published": document.published, "source": document.source, "similarity": similarity, "ingested_at": now,
    }])


def copies_of(session: Session, document_ids: Sequence[str]) -> list[Source]:
    """The near-duplicate copies of these documents, as sources naming what they copy."""
    query = select(copies_t).where(copies_t.c.duplicate_of.in_(list(document_ids))).order_by(
        copies_t.c.published, copies_t.c.id)
    return [Source(document_id=r.id, url=r.url, source=r.source, published=r.published, duplicate_of=r.duplicate_of)
            for r in session.execute(query)]


def copy_counts(session: Session) -> dict[str, int]:
    """How many near-duplicate copies each document has (documents without any left out)."""
    query = select(copies_t.c.duplicate_of, func.count()).group_by(copies_t.c.duplicate_of)
    return {doc_id: n for doc_id, n in session.execute(query)}


def copy_exists(session: Session, document_id: str) -> bool:
    """Whether this text is stored as a copy of another document."""
    return session.execute(select(copies_t.c.id).where(copies_t.c.id == document_id)).first() is not None


def record_edit(session: Session, action: str, detail: dict[str, Any], now: datetime) -> None:
    """Log a merge or split done by hand."""
    session.execute(insert(schema.edits), [{"at": now, "action": action, "detail": detail}])


def edits(session: Session) -> list[dict[str, Any]]:
    """Every recorded merge and split, oldest first."""
    rows = session.execute(select(schema.edits).order_by(schema.edits.c.id)).mappings()
    return [{"at": r["at"], "action": r["action"], **r["detail"]} for r in rows]
