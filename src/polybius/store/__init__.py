"""The incident database: documents and incidents kept as tables, read back as model records.

    store = open_store()                       # ./polybius.db, tables created if missing
    store.add(record)                          # a DocumentRecord; False if already stored
    store.incidents(country="NG", since=date(2024, 1, 1))
    store.incident("3fa9")                     # exact id or a unique prefix
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from polybius.errors import StoreError
from polybius.model import Document, DocumentRecord, Incident, Report
from polybius.store import engine as _engine
from polybius.store import queries, reports, writes
from polybius.store.transaction import Transaction

__all__ = ["DEFAULT_URL", "Store", "StoreError", "Transaction", "open_store"]

DEFAULT_URL = _engine.DEFAULT_URL
T = TypeVar("T")


def open_store(url: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating tables if missing) the database at a SQLAlchemy URL or SQLite file path."""
    full = _engine.to_url(url)
    return Store(_engine.connect(full), full)


class Store:
    """Documents and incidents in a SQL database; every method is its own transaction."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = _engine.shown(url)

    def add(self, record: DocumentRecord) -> bool:
        """Store a document and its incidents as they are, unfused, in one transaction; False if already
        stored. `pipeline.ingest_documents` is what matches them against the stored incidents."""
        document_id = record.document.id
        try:
            with Session(self.engine) as session, session.begin():
                return writes.insert_record(session, record, datetime.now(UTC))
        except IntegrityError as exc:
            if self.has_document(document_id):  # stored meanwhile by another writer
                return False
            raise self._error(f"store document {document_id}", exc) from exc
        except StoreError:
            raise
        except Exception as exc:  # the transaction is rolled back: nothing half-written
            raise self._error(f"store document {document_id}", exc) from exc

    @contextmanager
    def transaction(self, action: str) -> Iterator[Transaction]:
        """One unit of work (fusing a document, a merge): committed on success, rolled back on error."""
        try:
            with Session(self.engine) as session, session.begin():
                yield Transaction(session)
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise self._error(action, exc) from exc

    def has_document(self, document_id: str) -> bool:
        """Whether a text with this id (its sha256) is stored, as a document or as a copy of one."""
        return self._read("read documents", lambda s: Transaction(s).has_document(document_id))

    def copy_counts(self) -> dict[str, int]:
        """Document id -> how many near-duplicate copies of it were ingested."""
        return self._read("read copies", reports.copy_counts)

    def sharing_bands(self, bands: list[str]) -> dict[str, dict[str, Any]]:
        """MinHash signatures of stored documents that share a band key: near-duplicate candidates."""
        return self._read("read signatures", lambda s: reports.sharing_bands(s, bands))

    def document_incidents(self) -> dict[str, list[str]]:
        """Document id -> the incidents its reports went into; a near-duplicate maps to its original's."""
        return self._read("read reports", reports.document_incidents)

    def reports(self, incident_id: str) -> list[Report]:
        """The per-document reports fused into an incident (id or unique prefix)."""
        def load(session: Session) -> list[Report]:
            found = queries.resolve_incident_id(session, incident_id)
            return reports.reports(session, found) if found else []
        return self._read("read reports", load)

    def edits(self) -> list[dict[str, object]]:
        """The merges and splits done by hand, oldest first."""
        return self._read("read edits", reports.edits)

    def document(self, document_id: str) -> Document | None:
        """The stored document with this id, text included, or None."""
        return self._read("read documents", lambda s: queries.document(s, document_id))

    def documents(self, limit: int | None = None) -> list[Document]:
        """Stored documents, texts included, most recently ingested first."""
        return self._read("read documents", lambda s: queries.documents(s, limit))

    def incidents(
        self, *, country: str | None = None, since: date | None = None,
        until: date | None = None, limit: int | None = None,
    ) -> list[Incident]:
        """Incidents by country code and date range, latest first (undated last), then by id."""
        def load(session: Session) -> list[Incident]:
            ids = queries.incident_ids(
                session, country=country, since=since, until=until, limit=limit,
            )
            return queries.incidents(session, ids)
        return self._read("read incidents", load)

    def incident(self, incident_id: str) -> Incident | None:
        """The incident with this id or unique id prefix; None if none, StoreError if ambiguous."""
        def load(session: Session) -> Incident | None:
            found = queries.resolve_incident_id(session, incident_id)
            return next(iter(queries.incidents(session, [found])), None) if found else None
        return self._read("read incidents", load)

    def incident_documents(self, incident_id: str) -> list[Document]:
        """The stored documents that report an incident (id or unique prefix), with their texts."""
        def load(session: Session) -> list[Document]:
            found = queries.resolve_incident_id(session, incident_id)
            return queries.incident_documents(session, found) if found else []
        return self._read("read documents", load)

    def counts(self) -> dict[str, int]:
        """How many documents and incidents are stored."""
        return self._read("count rows", queries.counts)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def _read(self, action: str, read: Callable[[Session], T]) -> T:
        """Run `read` in a session, database failures raised as StoreError."""
        with self._errors(action), Session(self.engine) as session:
            return read(session)

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn SQLAlchemy failures into StoreError naming the database."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise self._error(action, exc) from exc

    def _error(self, action: str, exc: BaseException) -> StoreError:
        """A StoreError saying what could not be done where, and why."""
        return StoreError(f"{self.url}: cannot {action}: {_engine.reason(exc)}")
