"""Reading the lexicons and pattern files that live in data/ beside the extractors."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_data(name: str) -> Any:
    """Parse `data/<name>` (JSON) once per process."""
    with resources.files("polybius.extract").joinpath("data", name).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def word_set(name: str, *keys: str) -> frozenset[str]:
    """A lower-case word set from a nested list in a data file, e.g. ('figures.json', 'kinds', 'killed')."""
    node = load_data(name)
    for key in keys:
        node = node[key]
    return frozenset(w.lower() for w in node)
