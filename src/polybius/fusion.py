"""Fusion against the store: a new document's reports join stored incidents or start new ones.

`polybius.fuse` decides (pure functions); this module reads the candidates from a store
transaction, applies the decisions and rewrites the incidents they touch. The pipeline's ingest
and the merge and split commands all go through these functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from polybius.errors import PolybiusError
from polybius.fuse import Profile, best_match, fuse_reports, profile_of, tag_evidence
from polybius.fuse.near_duplicates import Fingerprint, original_of
from polybius.fuse.profile import cluster_profile
from polybius.fuse.settings import settings
from polybius.fuse.tolls import as_of
from polybius.model import Document, DocumentRecord, Report, Source
from polybius.store import Transaction

UNDATED_LOOKBACK_DAYS = 4
ONE_DAY = timedelta(days=1)


def fingerprints(stored: dict[str, dict[str, Any]]) -> dict[str, Fingerprint]:
    """Stored fingerprints (their JSON form) by document id."""
    return {doc_id: Fingerprint.from_json(data) for doc_id, data in stored.items()}


def store_copy_or_document(tx: Transaction, document: Document, fingerprint: Fingerprint) -> str | None:
    """Store a near-duplicate as a copy of its original (returned), else as a new document (None)."""
    found = original_of(fingerprint, fingerprints(tx.sharing_bands(fingerprint.bands)))
    if found is None:
        tx.add_document(document, fingerprint.to_json(), fingerprint.bands)
        return None
    original, sim = found
    tx.add_copy(document, original, sim)
    for incident_id in tx.incidents_of_documents([original]):
        refuse(tx, incident_id)
    return original


def fuse_record(tx: Transaction, record: DocumentRecord) -> tuple[int, int]:
    """Attach each incident of a stored document to its stored incident or a new one: (new, merged)."""
    document = record.document
    source = Source(document_id=document.id, url=document.url, source=document.source,
                    published=document.published)
    created = merged = 0
    for position, incident in enumerate(record.incidents):
        tagged = tag_evidence(incident.model_copy(update={"sources": [source]}), document.id)
        report = Report(document=source, position=position, incident=tagged)
        match = _match(tx, profile_of(tagged, document.published))
        if match is None:
            incident_id = tx.free_id(incident.id, document.id)
            _save(tx, incident_id, [report])
            tx.add_report(report, incident_id)
            created += 1
        else:
            tx.add_report(report, match)
            refuse(tx, match)
            merged += 1
    return created, merged


def _match(tx: Transaction, profile: Profile) -> str | None:
    """The stored incident a report's profile belongs to, if any."""
    if profile.anchor is None or profile.country is None:  # an unplaced or undated report stands alone
        return None
    window = timedelta(days=settings()["window_days"])
    if profile.day:  # a dated report: incidents dated (or first reported) within the window
        start, end = profile.day - window, profile.day + window
    else:  # undated: anchored on publication, so the attack came before it, perhaps days before
        start, end = profile.anchor - window - timedelta(days=UNDATED_LOOKBACK_DAYS), profile.anchor + ONE_DAY
    found = tx.candidates(start, end, profile.country)
    return best_match(profile, [(cid, Profile.from_json(data)) for cid, data in found])


def refuse(tx: Transaction, incident_id: str) -> None:
    """Rebuild a stored incident from its reports and their copies."""
    _save(tx, incident_id, tx.reports(incident_id))


def _save(tx: Transaction, incident_id: str, reports: list[Report]) -> None:
    documents = sorted({r.document.document_id for r in reports})
    fused = fuse_reports(incident_id, reports, tx.copies_of(documents))
    dated = [r for r in reports if r.document.published]
    fused_profile = profile_of(fused, min(dated, key=as_of).document.published if dated else None)
    profile = cluster_profile(fused_profile, [profile_of(r.incident, r.document.published) for r in reports])
    tx.save_incident(fused, profile.anchor, profile.to_json())


def merge(tx: Transaction, refs: Sequence[str]) -> str:
    """Fuse incidents by hand into the first one named; the others are removed. Recorded."""
    ids = [_resolve(tx, ref) for ref in refs]
    if len(set(ids)) < 2:
        raise PolybiusError("merge needs at least two different incidents")
    keep, others = ids[0], ids[1:]
    for other in others:
        tx.move_reports(other, keep)
        tx.delete_incident(other)
    refuse(tx, keep)
    tx.record_edit("merge", {"into": keep, "merged": others})
    return keep


def split(tx: Transaction, ref: str, document_ids: Sequence[str]) -> str:
    """Move the reports of some documents out of an incident into a new one. Recorded."""
    incident_id = _resolve(tx, ref)
    reports = tx.reports(incident_id)
    moving = [r for r in reports if any(r.document.document_id.startswith(d) for d in document_ids)]
    if not moving:
        raise PolybiusError(f"incident {incident_id} has no report from {', '.join(document_ids)}")
    if len(moving) == len(reports):
        raise PolybiusError(f"splitting those documents off would leave incident {incident_id} empty")
    moved_docs = sorted({r.document.document_id for r in moving})
    seed = hashlib.sha1(f"{incident_id}:split:{','.join(moved_docs)}".encode()).hexdigest()[:16]
    new_id = tx.free_id(seed, moved_docs[0])
    _save(tx, new_id, moving)
    tx.move_reports(incident_id, new_id, moved_docs)
    refuse(tx, incident_id)
    tx.record_edit("split", {"from": incident_id, "into": new_id, "documents": moved_docs})
    return new_id


def _resolve(tx: Transaction, ref: str) -> str:
    found = tx.resolve(ref)
    if found is None:
        raise PolybiusError(f"no incident {ref!r}")
    return found
