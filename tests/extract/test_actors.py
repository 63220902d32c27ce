"""Perpetrators read from arrests: named and unnamed people arrested or charged are individual suspects."""

from __future__ import annotations

from polybius.model import Incident
from polybius.pipeline import extract_text


def _incident(text: str) -> Incident:
    record = extract_text(text)
    assert len(record.incidents) == 1
    return record.incidents[0]


def test_both_people_arrested_are_suspects() -> None:
    text = ("A gunman killed two people at a party in Memphis on Sunday. "
            "John Smith, 19, and Mark Jones, 18, were arrested on Tuesday and charged with murder.")
    names = {p.name for p in _incident(text).perpetrators if p.kind == "individual" and p.suspected}
    assert {"John Smith", "Mark Jones"} <= names


def test_an_unnamed_man_arrested_is_an_individual_suspect() -> None:
    text = ("An arson attack on a refugee shelter in Gera injured four people on Saturday. "
            "Police arrested a 40-year-old man near the scene.")
    [perp] = [p for p in _incident(text).perpetrators if p.kind == "individual"]
    assert perp.name == "a 40-year-old man" and perp.suspected
