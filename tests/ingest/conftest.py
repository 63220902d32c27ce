"""Shared fixtures for the ingest tests: a short news snippet, a file writer, a result splitter."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from polybius.model import Document, Problem

Split = Callable[[Iterable[Document | Problem]], tuple[list[Document], list[Problem]]]
Write = Callable[[str, str | bytes], Path]


@pytest.fixture
def article() -> str:
    """Two paragraphs of a wire report."""
    return (
        "MAIDUGURI, Nigeria - Gunmen on motorcycles opened fire on a crowded market in "
        "northeastern Nigeria on Tuesday, killing at least 12 people and wounding 20 others, "
        "police said.\n\n"
        "No group has claimed responsibility, but police spokesman Abba Kyari said the "
        "assailants were suspected members of Boko Haram."
    )


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write text (as UTF-8) or bytes to a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def split() -> Split:
    """Separate a batch's results into Documents and Problems, keeping their order."""

    def _split(items: Iterable[Document | Problem]) -> tuple[list[Document], list[Problem]]:
        found = list(items)
        return ([i for i in found if isinstance(i, Document)],
                [i for i in found if isinstance(i, Problem)])

    return _split
