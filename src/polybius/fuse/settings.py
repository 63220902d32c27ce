"""The matching parameters of data/matching.json, read once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def settings() -> dict[str, Any]:
    """The parsed data/matching.json: window, threshold, distances and feature weights."""
    with resources.files("polybius.fuse").joinpath("data", "matching.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def compatible_events() -> frozenset[frozenset[str]]:
    """Pairs of event types one attack is often reported as (a bombing and a shelling)."""
    return frozenset(frozenset(pair) for pair in settings()["compatible_events"])


@cache
def place_nouns() -> frozenset[str]:
    """Nouns that tell one attack's target from another's: market, church, checkpoint, convoy."""
    return frozenset(settings()["place_nouns"])
