"""Acceptance: the pipeline's record for every example text satisfies its expected file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from polybius.eval.examples import check, load_examples, published_of

SHARED = Path(__file__).parents[2] / "shared" / "examples"
OURS = Path(__file__).parent / "examples"
HELDOUT = Path(__file__).parent / "heldout"
HELDOUT2 = Path(__file__).parent / "heldout2"
HELDOUT3 = Path(__file__).parent / "heldout3"
HELDOUT4 = Path(__file__).parent / "heldout4"

# Our own examples the extractor does not pass yet, each with what it gets wrong. Strict: an
# example that starts passing fails the run until it is taken off this list.
KNOWN_GAPS = {
    # tests/heldout: written by someone who never saw the extractor, scored once, not tuned on.
    "cameroon-mbiame-village-attack": (
        "Mbiame (not in the gazetteer) is placed at the North-West region's centre, just west of the expected box"
    ),
    "france-toulouse-bar-shooting": (
        "split into 2 incidents (the deputy mayor's condemnation lands in the second); the victim 'waiter' is missed"
    ),
    "kashmir-grenade-and-ambush": (
        "the Poonch ambush is placed at Sopore (the lead's 'a day after a grenade attack in Sopore');"
        " the condemnation, after the Sopore paragraphs, goes to the grenade attack"
    ),
    "philippines-isulan-bombing": "facility: the speaker's 'Presidential Communications Office', not 'night market'",
    "yemen-shabwa-drone-strike": "the dead man named by tribal sources ('identified one of the dead as') is no victim",
    "mali-boni-convoy-ambush-jnim-two-tolls": "Boni (Mali) is not in the gazetteer: named, but placed at Gao",
    # tests/heldout2: a second fresh batch, written before reading the extractor, scored once: 0 of 10.
    "mexico-concordia-mine-workers-kidnapping": "Concordia is placed at Mazatlan",
    "myanmar-singu-market-drone-strike": "Singu is not in the gazetteer: named, but placed at Mandalay region's centre",
    # tests/heldout3: a third fresh batch, written before reading the extractor, scored once: 1 of 10.
    "nigeria-kaura-namoda-abduction": (
        "the lawmaker's superseded 45 is missed"
    ),
    # tests/heldout4: written this session before any of its fixes were made, scored at first contact
    # and after all of them: 2 of 12 both times (44 -> 41 failed checks). Not tuned on.
    "afghanistan-pul-i-khumri-mosque-bombing": (
        "6 failed checks; first: incident (Pul-i-Khumri/Pul-e-Khumri/Puli Khumri/Pol-e Khomri): location.name"
        ": expected ['Pul-i-"
    ),
    "burkinafaso-djibo-convoy-ambush": (
        "3 failed checks; first: incident (Djibo): victim 'soldiers': not found (record has: local official; "
        "reporters; More tha"
    ),
    "haiti-lascahobas-gang-attack": (
        "3 failed checks; first: incident (Lascahobas): date.value: expected null, record has '2025-03'"
    ),
    "india-manipur-torbung-village-attack": (
        "2 failed checks; first: incident (Torbung/Bishnupur): victim 'elderly couple': not found (record has"
        ": residents; at lea"
    ),
    "kenya-elwak-police-vehicle-bomb": (
        "2 failed checks; first: incident (Elwak/El Wak/Wargadud): location.lat: expected within [2.5, 3.35],"
        " record has 3.93726"
    ),
    "niger-banibangou-mosque-and-tillia-ambush": "7 failed checks; first: incident_count: expected 2, record has 1",
    "syria-al-bab-market-car-bomb": (
        "2 failed checks; first: incident (al-Bab/Al Bab/Bab): location.facility: expected to contain 'market"
        "', record has 'Fore"
    ),
    "thailand-rueso-ranger-checkpoint-attack": (
        "2 failed checks; first: incident (Rueso/Narathiwat): victim 'Suriya Jantarasuk': not found (record h"
        "as: five other peop"
    ),
    "ukraine-kharkiv-drones-and-zaporizhzhia-bombs": "6 failed checks; first: incident_count: expected 2, record has 1",
    "usa-buffalo-supermarket-anniversary-negative": "2 failed checks; first: incident_count: expected 0, record has 2",
}


def example_params(folder: Path, label: str) -> list[Any]:
    """One pytest param per example in the folder, or one skipped param if the folder is absent."""
    if not folder.is_dir():
        reason = f"{label} examples folder not found: {folder}"
        skip = pytest.mark.skip(reason=reason)
        return [pytest.param(None, None, None, id=f"{label}-missing", marks=skip)]
    return [
        pytest.param(name, text, expected, id=f"{label}/{name}", marks=_gap(label, name))
        for name, text, expected in load_examples(folder)
    ]


def _gap(label: str, name: str) -> list[Any]:
    reason = KNOWN_GAPS.get(name) if label in ("tests", "heldout", "heldout2", "heldout3", "heldout4") else None
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    example_params(SHARED, "shared")
    + example_params(OURS, "tests")
    + example_params(HELDOUT, "heldout")
    + example_params(HELDOUT2, "heldout2")
    + example_params(HELDOUT3, "heldout3")
    + example_params(HELDOUT4, "heldout4"),
)
def test_example(name: str, text: str, expected: dict[str, Any]) -> None:
    from polybius.pipeline import extract_text

    record = extract_text(text, published=published_of(expected))
    failures = check(record.model_dump(mode="json"), expected, text)
    assert failures == [], f"{name}: {len(failures)} failure(s):\n" + "\n".join(failures)
