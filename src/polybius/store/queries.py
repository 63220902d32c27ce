"""Reading: select statements and the rebuilding of Documents and Incidents from their rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from polybius.errors import StoreError
from polybius.model import Document, Incident, Record, Source
from polybius.store import convert, schema

CHUNK = 500  # ids per IN (...) query, well under SQLite's and PostgreSQL's parameter limits
AMBIGUOUS_SHOWN = 5  # candidate ids named in an ambiguous-prefix error

docs = schema.documents
inc = schema.incidents
src = schema.incident_sources


def document(session: Session, document_id: str) -> Document | None:
    """The stored document with this id, text included, or None."""
    row = session.execute(select(docs).where(docs.c.id == document_id)).mappings().first()
    return convert.document_from_row(row) if row else None


def documents(session: Session, limit: int | None = None) -> list[Document]:
    """Stored documents, most recently ingested first."""
    query = select(docs).order_by(docs.c.ingested_at.desc(), docs.c.id).limit(limit)
    return [convert.document_from_row(r) for r in session.execute(query).mappings()]


def counts(session: Session) -> dict[str, int]:
    """How many documents and incidents are stored."""
    return {
        "documents": session.execute(select(func.count()).select_from(docs)).scalar_one(),
        "incidents": session.execute(select(func.count()).select_from(inc)).scalar_one(),
    }


def incident_ids(
    session: Session, *, country: str | None = None, since: date | None = None,
    until: date | None = None, limit: int | None = None,
) -> list[str]:
    """Ids of incidents matching the filters, latest date first (undated last), then by id.

    An incident matches `since`/`until` when the period its date names (a day, week, month
    or year) overlaps the range; an undated incident matches neither.
    """
    query = select(inc.c.id)
    if country:
        query = query.where(inc.c.location_country_code.in_(sorted({country, country.upper()})))
    if since:
        query = query.where(inc.c.date_end >= since)
    if until:
        query = query.where(inc.c.date_start <= until)
    query = query.order_by(inc.c.date_start.desc().nulls_last(), inc.c.id).limit(limit)
    return list(session.execute(query).scalars())


def resolve_incident_id(session: Session, ref: str) -> str | None:
    """The id of the incident `ref` names exactly or as a unique prefix; StoreError if ambiguous."""
    if not ref:
        return None
    if session.execute(select(inc.c.id).where(inc.c.id == ref)).first():
        return ref
    query = select(inc.c.id).where(inc.c.id.startswith(ref, autoescape=True)).order_by(inc.c.id)
    # LIKE ignores ASCII case on SQLite; keep only true prefixes.
    matches = [i for i in session.execute(query).scalars() if i.startswith(ref)]
    if len(matches) > 1:
        shown = ", ".join(matches[:AMBIGUOUS_SHOWN])
        more = ", ..." if len(matches) > AMBIGUOUS_SHOWN else ""
        raise StoreError(f"incident id prefix {ref!r} is ambiguous: {shown}{more}")
    return matches[0] if matches else None


def incidents(session: Session, ids: Sequence[str]) -> list[Incident]:
    """The full Incidents with these ids, in the order given (unknown ids are skipped)."""
    built: dict[str, Incident] = {}
    for chunk in _chunks(ids):
        built.update(_load_chunk(session, chunk))
    return [built[i] for i in ids if i in built]


def incident_documents(session: Session, incident_id: str) -> list[Document]:
    """The stored documents an incident cites, in source order, texts included."""
    query = (
        select(docs).join(src, src.c.document_id == docs.c.id)
        .where(src.c.incident_id == incident_id).order_by(src.c.position)
    )
    rows = session.execute(query).mappings()
    return list({r["id"]: convert.document_from_row(r) for r in rows}.values())


def _load_chunk(session: Session, ids: Sequence[str]) -> dict[str, Incident]:
    """Rebuild the incidents of one chunk of ids with one query per table."""
    parts = {field: _parts(session, table, model, ids)
             for field, (table, model) in convert.PARTS.items()}
    sources = _sources(session, ids)
    rows = session.execute(select(inc).where(inc.c.id.in_(ids))).mappings()
    return {
        r["id"]: convert.incident_from_rows(
            r, {f: by_id.get(r["id"], []) for f, by_id in parts.items()}, sources.get(r["id"], []),
        )
        for r in rows
    }


def _parts(
    session: Session, table: Table, model: type[Record], ids: Sequence[str],
) -> dict[str, list[Record]]:
    """One part table's items for these incidents, grouped by incident id, in order."""
    query = (
        select(table).where(table.c.incident_id.in_(ids))
        .order_by(table.c.incident_id, table.c.position)
    )
    grouped: dict[str, list[Record]] = defaultdict(list)
    for row in session.execute(query).mappings():
        grouped[row["incident_id"]].append(convert.part_from_row(model, row))
    return grouped


def _sources(session: Session, ids: Sequence[str]) -> dict[str, list[Source]]:
    """Each incident's sources; a stored document's own metadata wins over the copy kept."""
    query = (
        select(src, docs.c.id.label("doc_id"), docs.c.url.label("doc_url"),
               docs.c.source.label("doc_source"), docs.c.published.label("doc_published"))
        .outerjoin(docs, docs.c.id == src.c.document_id)
        .where(src.c.incident_id.in_(ids)).order_by(src.c.incident_id, src.c.position)
    )
    grouped: dict[str, list[Source]] = defaultdict(list)
    for row in session.execute(query).mappings():
        pre = "doc_" if row["doc_id"] is not None else ""
        grouped[row["incident_id"]].append(Source(
            document_id=row["document_id"], url=row[f"{pre}url"], source=row[f"{pre}source"],
            published=row[f"{pre}published"], duplicate_of=row["duplicate_of"],
        ))
    return grouped


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    """Consecutive slices of at most CHUNK ids."""
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
