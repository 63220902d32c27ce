"""A unit of work for fusion: everything one new document changes, committed together or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from polybius.model import Document, Incident, Report, Source
from polybius.store import convert, queries, reports, schema, writes


class Transaction:
    """Reads and writes of one session; `Store.transaction()` commits it on success."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.now = datetime.now(UTC)

    def has_document(self, document_id: str) -> bool:
        """Whether the text is stored, as a document or as a copy of one."""
        return writes.document_exists(self.session, document_id) or reports.copy_exists(self.session, document_id)

    def add_document(self, document: Document, signature: dict[str, Any], bands: list[str]) -> None:
        """Store a document with its near-duplicate signature."""
        self.session.execute(insert(schema.documents), [convert.document_row(document, self.now)])
        reports.add_signature(self.session, document.id, signature, bands)

    def add_copy(self, document: Document, original_id: str, similarity: float) -> None:
        """Store a document as a near-duplicate of a stored one."""
        reports.add_copy(self.session, document, original_id, similarity, self.now)

    def sharing_bands(self, bands: list[str]) -> dict[str, dict[str, Any]]:
        """Signatures of stored documents sharing a band key: near-duplicate candidates."""
        return reports.sharing_bands(self.session, bands)

    def candidates(self, start: date, end: date, country: str) -> list[tuple[str, dict[str, Any]]]:
        """Stored (incident id, profile) pairs in the country, anchored from `start` to `end`."""
        return reports.candidates(self.session, start, end, country)

    def add_report(self, report: Report, incident_id: str) -> None:
        """Attach a report to an incident (which `save_incident` then rewrites)."""
        reports.add_report(self.session, report, incident_id)

    def reports(self, incident_id: str) -> list[Report]:
        """The reports of an incident."""
        return reports.reports(self.session, incident_id)

    def copies_of(self, document_ids: Sequence[str]) -> list[Source]:
        """Near-duplicate copies of these documents."""
        return reports.copies_of(self.session, document_ids)

    def save_incident(self, incident: Incident, anchor: date | None, profile: dict[str, Any]) -> None:
        """Write (or rewrite) a fused incident."""
        reports.save_incident(self.session, incident, anchor, profile)

    def move_reports(self, source_id: str, target_id: str, document_ids: Sequence[str] | None = None) -> int:
        """Move reports from one incident to another; how many moved."""
        return reports.move_reports(self.session, source_id, target_id, document_ids)

    def delete_incident(self, incident_id: str) -> None:
        """Remove an incident left with no reports."""
        reports.delete_incident(self.session, incident_id)

    def incidents_of_documents(self, document_ids: Sequence[str]) -> list[str]:
        """Incidents that reports of these documents belong to."""
        return reports.incidents_of_documents(self.session, document_ids)

    def resolve(self, ref: str) -> str | None:
        """The incident id an id or unique prefix names."""
        return queries.resolve_incident_id(self.session, ref)

    def free_id(self, incident_id: str, document_id: str) -> str:
        """`incident_id`, or one derived from it if taken."""
        return writes.free_id(self.session, incident_id, document_id)

    def record_edit(self, action: str, detail: dict[str, Any]) -> None:
        """Log a merge or split done by hand."""
        reports.record_edit(self.session, action, detail, self.now)
