"""Writing a list learned from MUC-4 train with its sidecar: provenance first, then its dev score."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any


def provenance(train_path: Path, **params: Any) -> dict[str, Any]:
    """Which train file (and its hash), with which parameters, by which polybius, on which day."""
    return {
        "data": "muc4/processed/train.json",
        "sha256": hashlib.sha256(train_path.read_bytes()).hexdigest(),
        **params,
        "polybius": version("polybius"),
        "date": datetime.now(UTC).date().isoformat(),
    }


def write_learned(out: Path, doc: dict[str, Any], dev_score: Callable[[], dict[str, float]]) -> dict[str, float]:
    """Write `doc` (about, built, the list), score dev with the list now on disk, and write the score into
    `built`: the converter reads the file, so the score must come after the first write."""
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    doc["built"]["dev"] = dev_score()
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    return doc["built"]["dev"]
