"""Counts without a number: one person killed, wounded or arrested."""

from __future__ import annotations

from polybius.extract import load_nlp
from polybius.extract.unnumbered import unnumbered_figures


def _figures(text: str) -> list[tuple[str, int]]:
    sent = next(load_nlp()(text).sents)
    return [(f.figure.kind, f.figure.value) for f in unnumbered_figures(sent, set())]


def test_a_single_victim_in_the_passive_counts_one() -> None:
    assert _figures("A police officer was killed when gunmen attacked the checkpoint.") == [("killed", 1)]


def test_a_named_person_shot_dead_counts_one() -> None:
    assert ("killed", 1) in _figures("Gunmen on a motorbike shot dead councillor John Okafor outside his home.")


def test_the_suspect_arrested_counts_one_arrest() -> None:
    assert _figures("The suspect was arrested at the scene.") == [("arrested", 1)]


def test_evidence_points_at_the_text() -> None:
    text = "A woman was wounded in the blast."
    sent = next(load_nlp()(text).sents)
    for found in unnumbered_figures(sent, set()):
        assert all(text[e.start : e.end] == e.text for e in found.figure.evidence)
