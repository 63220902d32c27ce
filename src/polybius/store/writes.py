"""Writing a DocumentRecord inside a session the caller commits or rolls back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from polybius.model import Document, DocumentRecord, Incident, Report
from polybius.store import convert, reports, schema


def insert_record(session: Session, record: DocumentRecord, now: datetime) -> bool:
    """Insert the document and its incidents; False (and nothing written) if already stored."""
    document = record.document
    if document_exists(session, document.id):
        return False
    session.execute(insert(schema.documents), [convert.document_row(document, now)])
    for position, incident in enumerate(record.incidents):
        incident_id = free_id(session, incident.id, document.id)
        insert_incident(session, incident, incident_id, document)
        report = Report(document=convert.source_of(document), position=position, incident=incident)
        reports.add_report(session, report, incident_id)
    return True


def insert_incident(
    session: Session, incident: Incident, incident_id: str, document: Document,
) -> None:
    """Insert one incident under `incident_id`: its row, part rows and source rows."""
    session.execute(insert(schema.incidents), [convert.incident_row(incident, incident_id)])
    for table, rows in convert.part_rows(incident, incident_id):
        if rows:
            session.execute(insert(table), rows)
    sources = convert.source_rows(incident, incident_id, document)
    session.execute(insert(schema.incident_sources), sources)


def free_id(session: Session, incident_id: str, document_id: str) -> str:
    """`incident_id` if unused, else one derived from it and the document id; never a taken id."""
    candidate, attempt = incident_id, 0
    while incident_exists(session, candidate):
        attempt += 1
        candidate = derived_id(incident_id, document_id, attempt)
    return candidate


def derived_id(incident_id: str, document_id: str, attempt: int = 1) -> str:
    """The id an incident gets when another document already used its id."""
    suffix = "" if attempt == 1 else f"-{attempt}"
    return f"{incident_id}-{document_id[:12]}{suffix}"


def document_exists(session: Session, document_id: str) -> bool:
    """Whether a document with this id is stored."""
    query = select(schema.documents.c.id).where(schema.documents.c.id == document_id)
    return session.execute(query).first() is not None


def incident_exists(session: Session, incident_id: str) -> bool:
    """Whether an incident with this id is stored."""
    query = select(schema.incidents.c.id).where(schema.incidents.c.id == incident_id)
    return session.execute(query).first() is not None
