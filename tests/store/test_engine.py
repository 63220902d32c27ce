"""Opening a database: URLs and paths, and errors that name what could not be opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from polybius.errors import StoreError
from polybius.store import engine


@pytest.mark.parametrize(("target", "url"), [
    (None, "sqlite:///polybius.db"),
    ("incidents.db", "sqlite:///incidents.db"),
    ("/var/data/incidents.db", "sqlite:////var/data/incidents.db"),
    (Path("data/x.db"), "sqlite:///data/x.db"),
    ("sqlite:///other.db", "sqlite:///other.db"),
    ("postgresql+psycopg://u:p@localhost/polybius", "postgresql+psycopg://u:p@localhost/polybius"),
])
def test_to_url(target: str | Path | None, url: str) -> None:
    assert engine.to_url(target) == url


def test_to_url_refuses_an_empty_string() -> None:
    with pytest.raises(StoreError, match="empty"):
        engine.to_url("  ")


def test_shown_hides_the_password() -> None:
    shown = engine.shown("postgresql://polybius:s3cret@db.example.org/incidents")
    assert "s3cret" not in shown and "db.example.org/incidents" in shown


def test_connect_creates_the_file_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    created = engine.connect(f"sqlite:///{path}")
    try:
        assert path.is_file()
    finally:
        created.dispose()


def test_connect_in_memory() -> None:
    created = engine.connect("sqlite://")
    created.dispose()


def test_a_missing_driver_is_a_store_error_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        engine.connect("mysql+nosuchdriver://polybius:s3cret@localhost/db")
    message = str(caught.value)
    assert "localhost/db" in message and "s3cret" not in message


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=str(tmp_path)):
        engine.connect(f"sqlite:///{tmp_path}")


def test_reason_is_one_line() -> None:
    assert engine.reason(RuntimeError("boom\nmore")) == "RuntimeError: boom"
    assert engine.reason(RuntimeError()) == "RuntimeError"


def test_a_database_from_an_older_polybius_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE incidents (id TEXT PRIMARY KEY, date_value TEXT)")
    with pytest.raises(StoreError, match=r"made by an older polybius .*ingest into a new database"):
        engine.connect(f"sqlite:///{path}")
