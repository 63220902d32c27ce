"""Error types with messages that name the input, so a user knows which file or line to fix."""

from __future__ import annotations


class PolybiusError(Exception):
    """Base of every error polybius raises on purpose."""


class InputError(PolybiusError):
    """An input (file, line, request body) that cannot be read as a document."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class StoreError(PolybiusError):
    """The database cannot be opened or written."""


class ModelMissingError(PolybiusError):
    """The spaCy English model package is not installed."""
