"""The tables: real columns and indexes, and DDL that PostgreSQL accepts too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from polybius.store import Store, open_store, schema

PART_TABLES = ("event_types", "weapons", "perpetrators", "targets", "victims", "figures",
               "statements", "conflicts")


def test_every_table_is_created(store: Store) -> None:
    names = set(inspect(store.engine).get_table_names())
    assert {"documents", "incidents", "incident_sources", *PART_TABLES} <= names


def test_incidents_are_indexed_by_country_and_date(store: Store) -> None:
    indexes = {i["name"]: i["column_names"] for i in inspect(store.engine).get_indexes("incidents")}
    assert indexes["ix_incidents_country_code"] == ["location_country_code"]
    assert indexes["ix_incidents_date"][0] == "date_start"


def test_figures_are_indexed_by_incident(store: Store) -> None:
    indexes = {i["name"]: i["column_names"] for i in inspect(store.engine).get_indexes("figures")}
    assert indexes["ix_figures_incident_id"] == ["incident_id"]


@pytest.mark.parametrize("table", PART_TABLES)
def test_part_tables_have_incident_position_and_evidence(table: str) -> None:
    columns = schema.metadata.tables[table].c
    assert {"incident_id", "position"} <= set(columns.keys())
    assert [c.name for c in schema.metadata.tables[table].primary_key] == ["incident_id",
                                                                           "position"]
    assert table == "conflicts" or "evidence" in columns  # a Conflict has no evidence


def test_totals_have_their_own_columns() -> None:
    columns = set(schema.incidents.c.keys())
    assert {f"{k}_{b}" for k in ("killed", "injured") for b in ("low", "best", "high")} <= columns


def test_sqlite_enforces_foreign_keys(db_path: Path) -> None:
    with open_store(str(db_path)) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_part_tables_cascade_with_their_incident() -> None:
    [fk] = schema.figures.foreign_keys
    assert fk.column is schema.incidents.c.id and fk.ondelete == "CASCADE"


@pytest.mark.parametrize("dialect", [postgresql.dialect(), sqlite.dialect()])
def test_ddl_compiles_for_postgresql_and_sqlite(dialect) -> None:
    for table in schema.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert table.name in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
