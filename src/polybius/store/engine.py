"""Opening a database: URL or path to a SQLAlchemy engine with the tables created."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from polybius.errors import StoreError
from polybius.store.schema import metadata

DEFAULT_URL = "sqlite:///polybius.db"


def to_url(target: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL: the default for None, `sqlite:///<path>` for a bare file path."""
    if target is None:
        return DEFAULT_URL
    text = os.fspath(target)
    if not text.strip():
        raise StoreError("cannot open database: empty URL or path")
    return text if "://" in text else f"sqlite:///{text}"


def shown(url: str) -> str:
    """The URL as put in messages, any password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def connect(url: str) -> Engine:
    """An engine for `url` with every table created; StoreError naming the URL if that fails."""
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {shown(url)}: {reason(exc)}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    try:
        metadata.create_all(engine)
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        hint = _sqlite_hint(engine)
        raise StoreError(f"cannot open database {shown(url)}: {reason(exc)}{hint}") from exc
    _check_columns(engine, url)
    return engine


def _check_columns(engine: Engine, url: str) -> None:
    """Refuse a database made by an older polybius, whose tables lack columns this one writes."""
    found = inspect(engine)
    missing = sorted(
        f"{table.name}.{column.name}" for table in metadata.sorted_tables
        for column in table.columns
        if column.name not in {c["name"] for c in found.get_columns(table.name)}
    )
    if missing:
        engine.dispose()
        raise StoreError(
            f"cannot open database {shown(url)}: it was made by an older polybius (missing "
            f"{', '.join(missing[:3])}{', ...' if len(missing) > 3 else ''}); ingest into a new database "
            "or delete this one and ingest again")


def reason(exc: BaseException) -> str:
    """The driver's own message when there is one, without SQLAlchemy's SQL and links."""
    original = getattr(exc, "orig", None) or exc
    lines = str(original).splitlines()
    text = lines[0] if lines else ""
    if isinstance(exc, SQLAlchemyError):
        return text or type(original).__name__
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _sqlite_hint(engine: Engine) -> str:
    """For a SQLite file whose directory is missing, say so."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return ""
    parent = Path(database).parent
    return "" if parent.is_dir() else f" (directory {str(parent)!r} does not exist)"


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    """Turn on foreign keys, which SQLite leaves off per connection."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
