"""Tests for unnamed attackers as perpetrators."""

from __future__ import annotations

import pytest
from spacy.language import Language

from polybius.extract.attackers import unnamed_attackers, with_unnamed
from polybius.extract.nlp import load_nlp
from polybius.model import Perpetrator


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The shared English pipeline."""
    return load_nlp()


def names(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(name, kind) of the unnamed attackers of the first sentence."""
    sent = next(iter(nlp(text).sents))
    return [(p.name, p.kind) for p in unnamed_attackers(sent, [])]


@pytest.mark.parametrize(("text", "want"), [
    ("Urban guerrillas attacked a police post in the capital.", [("Urban guerrillas", "unknown")]),
    ("The bomb was planted by unidentified individuals near the bank.", [("unidentified individuals", "unknown")]),
    ("Two police officers were shot dead by a group of terrorists last night.", [("terrorists", "unknown")]),
    ("A gunman opened fire on worshippers at the mosque.", [("gunman", "individual")]),
])
def test_attackers_of_an_attack_verb(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert names(nlp, text) == want


@pytest.mark.parametrize("text", [
    "The guerrillas said they were ready for talks with the government.",
    "Soldiers killed two guerrillas in a clash near the border.",
    "Several men were detained after the attack on the market.",
])
def test_no_attacker_without_an_attack_role(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_with_unnamed_merges_heads_and_keeps_named_individuals() -> None:
    named = Perpetrator(name="John Smith", kind="individual")
    unnamed = [Perpetrator(name="Unidentified gunmen", kind="unknown", mentions=["Unidentified gunmen"]),
               Perpetrator(name="gunmen", kind="unknown", mentions=["gunmen"]),
               Perpetrator(name="the gunman", kind="individual", mentions=["the gunman"])]
    merged = with_unnamed([named], unnamed)
    assert [p.name for p in merged] == ["John Smith", "Unidentified gunmen"]
    assert merged[1].mentions == ["Unidentified gunmen", "gunmen", "the gunman"]


def test_with_unnamed_leaves_the_lone_attacker_alone() -> None:
    lone = Perpetrator(name="A gunman", kind="individual")
    assert with_unnamed([lone], [Perpetrator(name="gunman", kind="individual")]) == [lone]
