"""The tables: one row per document and incident, one table per list part of an incident.

Only portable types (String, Text, Integer, Float, Boolean, Date, JSON) so the same schema
runs on SQLite and PostgreSQL. Evidence lists are JSON columns of `{start, end, text}`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = MetaData()


class IsoDateTime(TypeDecorator[datetime]):
    """A datetime kept as its ISO 8601 string, so a UTC offset survives on every backend."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        """Store the datetime as `isoformat()`, offset included."""
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        """Read the ISO string back into the same datetime."""
        return None if value is None else datetime.fromisoformat(value)


def _incident_fk() -> Column[str]:
    """The `incident_id` column of a part table: deleted with its incident."""
    return Column(
        "incident_id", String(200), ForeignKey("incidents.id", ondelete="CASCADE"),
        primary_key=True,
    )


def _position() -> Column[int]:
    """The `position` column: the part's index in its incident's list."""
    return Column("position", Integer, primary_key=True, autoincrement=False)


def _evidence() -> Column[list]:
    """The `evidence` column: a JSON list of spans."""
    return Column("evidence", JSON, nullable=False, default=list)


documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", IsoDateTime),
    Column("source", String(200)),
    Column("language", String(16), nullable=False),
    Column("ingested_at", IsoDateTime, nullable=False),
)

incidents = Table(
    "incidents", metadata,
    Column("id", String(200), primary_key=True),
    Column("date_value", String(40)),
    Column("date_precision", String(16), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_evidence", JSON, nullable=False),
    Column("location_name", Text),
    Column("location_facility", Text),
    Column("location_country_code", String(8)),
    Column("location_admin1", Text),
    Column("location_lat", Float),
    Column("location_lon", Float),
    Column("location_precision", String(16), nullable=False),
    Column("location_geonames_id", Integer),
    Column("location_evidence", JSON, nullable=False),
    Column("perpetrator_count", Integer),
    Column("perpetrator_count_evidence", JSON),
    Column("killed_low", Integer),
    Column("killed_best", Integer),
    Column("killed_high", Integer),
    Column("injured_low", Integer),
    Column("injured_best", Integer),
    Column("injured_high", Integer),
    Column("totals_other", JSON, nullable=False),
    # Fusion: the day a new report's candidate window is centred on (the incident's date, else its
    # first report's publication day) and the features matching compares (see polybius.fuse).
    Column("anchor_date", Date),
    Column("profile", JSON),
    Index("ix_incidents_country_code", "location_country_code"),
    Index("ix_incidents_date", "date_start", "date_end"),
    Index("ix_incidents_anchor", "anchor_date", "location_country_code"),
)

reports = Table(
    "reports", metadata,
    # One document's account of one incident, as extracted; the incident is their fusion.
    Column("id", String(100), primary_key=True),
    Column("incident_id", String(200), ForeignKey("incidents.id"), nullable=False, index=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("position", Integer, nullable=False),
    Column("published", IsoDateTime),
    Column("record", JSON, nullable=False),
)

document_copies = Table(
    "document_copies", metadata,
    # A near-duplicate of a stored document (a wire copy): its provenance, not its text again.
    Column("id", String(64), primary_key=True),
    Column("duplicate_of", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("title", Text),
    Column("url", Text),
    Column("published", IsoDateTime),
    Column("source", String(200)),
    Column("similarity", Float, nullable=False),
    Column("ingested_at", IsoDateTime, nullable=False),
)

document_bands = Table(
    "document_bands", metadata,
    # Locality-sensitive hash keys of each document's MinHash signature, to find near-duplicates.
    Column("band", String(40), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

document_signatures = Table(
    "document_signatures", metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", JSON, nullable=False),
)

edits = Table(
    "edits", metadata,
    # Merges and splits done by hand, kept so the history of an incident can be read back.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", IsoDateTime, nullable=False),
    Column("action", String(16), nullable=False),
    Column("detail", JSON, nullable=False),
)

incident_sources = Table(
    "incident_sources", metadata,
    _incident_fk(),
    _position(),
    # No foreign key: a fused incident may cite a document this store has not ingested;
    # then the columns below keep what the record said about it.
    Column("document_id", String(64), nullable=False, index=True),
    Column("url", Text),
    Column("source", String(200)),
    Column("published", IsoDateTime),
    Column("duplicate_of", String(64)),
)

event_types = Table(
    "event_types", metadata,
    _incident_fk(), _position(),
    Column("value", String(32), nullable=False),
    _evidence(),
)

weapons = Table(
    "weapons", metadata,
    _incident_fk(), _position(),
    Column("type", String(32), nullable=False),
    Column("detail", Text),
    _evidence(),
)

perpetrators = Table(
    "perpetrators", metadata,
    _incident_fk(), _position(),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("mentions", JSON, nullable=False),
    Column("claimed", Boolean, nullable=False),
    Column("suspected", Boolean, nullable=False),
    Column("parent", Text),
    _evidence(),
)

targets = Table(
    "targets", metadata,
    _incident_fk(), _position(),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    _evidence(),
)

victims = Table(
    "victims", metadata,
    _incident_fk(), _position(),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("effect", String(16), nullable=False),
    _evidence(),
)

figures = Table(
    "figures", metadata,
    _incident_fk(), _position(),
    Column("kind", String(16), nullable=False),
    Column("value", Integer, nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("of", String(16), nullable=False),
    Column("attributed_to", Text),
    _evidence(),
    Index("ix_figures_incident_id", "incident_id"),
)

statements = Table(
    "statements", metadata,
    _incident_fk(), _position(),
    Column("type", String(32), nullable=False),
    Column("speaker", Text),
    Column("target", Text),
    Column("content", Text),
    Column("hedged", Boolean, nullable=False),
    _evidence(),
)

timeline = Table(
    "timeline", metadata,
    _incident_fk(), _position(),
    Column("kind", String(16), nullable=False),
    Column("as_of", String(40)),  # ISO 8601 as the JSON form gives it
    Column("value", Integer, nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("document_id", String(64), nullable=False),
    Column("source", String(200)),
    _evidence(),
)

conflicts = Table(
    "conflicts", metadata,
    _incident_fk(), _position(),
    Column("field", String(64), nullable=False),
    Column("detail", Text, nullable=False),
)
