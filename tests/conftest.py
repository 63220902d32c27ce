"""A throwaway PostgreSQL server for the store and fusion tests, started and stopped by the tests.

`POLYBIUS_TEST_DATABASE_URL` names an existing server instead. Without either (no PostgreSQL
binaries on the machine, or psycopg missing), the PostgreSQL variants are skipped, not failed.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from polybius.store import Store, open_store
from polybius.store.schema import metadata

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _pg_tool(name: str) -> str | None:
    """The path of a PostgreSQL server program, from PATH or Debian's versioned folder."""
    found = shutil.which(name)
    if found:
        return found
    return next((str(d / name) for d in PG_BIN_DIRS if (d / name).exists()), None)


def _as_postgres(command: list[str]) -> list[str]:
    """Run as the postgres user when we are root: initdb and postgres refuse to run as root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A URL of an empty PostgreSQL database that lives as long as the test session."""
    if os.environ.get("POLYBIUS_TEST_DATABASE_URL"):
        yield os.environ["POLYBIUS_TEST_DATABASE_URL"]
        return
    pytest.importorskip("psycopg")
    initdb, pg_ctl = _pg_tool("initdb"), _pg_tool("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL is not installed (make test-postgres installs it)")
    root = Path(tempfile.mkdtemp(prefix="polybius-pg-"))  # not under pytest's root-only folder
    data, port = root / "data", _free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    subprocess.run(_as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    # The server's output goes to a log file: a pipe it inherited would never close.
    subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start"]),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_store(postgres_url: str) -> Iterator[Store]:
    """An empty store on the test PostgreSQL server; its tables are dropped afterwards."""
    with open_store(postgres_url) as opened:
        metadata.drop_all(opened.engine)
        metadata.create_all(opened.engine)
        try:
            yield opened
        finally:
            metadata.drop_all(opened.engine)
