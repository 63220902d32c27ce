"""Acceptance: the pipeline's record for every example text satisfies its expected file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from polybius.eval.examples import check, load_examples, published_of

SHARED = Path(__file__).parents[2] / "shared" / "examples"
OURS = Path(__file__).parent / "examples"
# Batches written blind by someone who never saw the extractor: heldout, heldout2, ... heldout10.
HELDOUTS = sorted(Path(__file__).parent.glob("heldout*"), key=lambda p: int(p.name[7:] or 1))

# Our own examples the extractor does not pass yet, each with what it gets wrong. Strict: an
# example that starts passing fails the run until it is taken off this list.
KNOWN_GAPS = {
    # Every tests/heldout* batch was written blind and scored once before any change (first contact: 1, 0, 1, 2, 2, 3,
    # 3, 1, 3, 3, 3, 3, 2, 2 of 8-12 for heldout..heldout14), then used to develop. Session 7 opened heldout12-14.
    "australia-iran-arson": (
        "4 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "cameroon-kumbo-kidnapping": (
        "1 failed check; first: incident (Kumbo): victim \"Cletus Fonyuy\": not found (record ha"
        "s: nine students; teacher\n\n; teacher; security guard; Pa Joseph Nyuydine; man; studen"
        "ts; Anglophone children; armed men)"
    ),
    "chilpancingo-mayor-killed": (
        "2 failed checks; first: incident 1 (Chilpancingo): statement {\"type\": \"accusation\", \""
        "speaker_contains\": \"analysts\", \"hedged\": true}: not found (record has: condemnation G"
        "uerrero Governor Evelyn Salgado False; condemnation President Claudia Sheinbaum False"
        "; dispute Los Ardillos True; other David Saucedo, a Mexico City-based security analys"
        "t True)"
    ),
    "colombia-two-attacks": (
        "3 failed checks; first: incident 1 (Cali): totals.killed.best: expected 6, record has"
        " 19"
    ),
    "copenhagen-stockholm-embassy": (
        "3 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "kankara-kidnapping": (
        "3 failed checks; first: incident (Kankara): location.name: expected \"Kankara\", record"
        " has \"Katsina\""
    ),
    "koya-iran-drone": (
        "2 failed checks; first: incident (Koya): location.lat: expected within [35.78, 36.38]"
        ", record has 33.01841"
    ),
    "mali-boni-convoy-ambush-jnim-two-tolls": (
        "1 failed check; first: incident (Boni): location.lon: expected within [-2.4, -1.5], r"
        "ecord has -2.9517"
    ),
    "mazar-governor-suicide-bombing": (
        "1 failed check; first: incident (Mazar-i-Sharif): location.name: expected \"Mazar-i-Sh"
        "arif\", record has \"Balkh\""
    ),
    "myanmar-singu-market-drone-strike": (
        "1 failed check; first: incident (Singu): location.lat: expected within [22.35, 22.75]"
        ", record has 21.28846"
    ),
    "nabatieh-safed": (
        "8 failed checks; first: incident 1 (Nabatieh/Nabatiye/Nabatiyeh/Nabatieh et Tahta/Nab"
        "atiye et Tahta/An Nabatiyah at Tahta): statement {\"type\": \"condemnation\", \"speaker_co"
        "ntains\": \"Mikati\"}: not found (record has: claim_responsibility Israeli military Fals"
        "e)"
    ),
    "philippine-mayors": (
        "6 failed checks; first: incident 2 (Tanauan/Tanauan City): location.name: expected [\""
        "Tanauan\", \"Tanauan City\"], record has \"Manila\""
    ),
    "reading-stabbing": (
        "1 failed check; first: incident (Reading): location.facility: expected to contain \"Fo"
        "rbury Gardens\", record has \"park\""
    ),
    "saada-prison-hodeidah-airstrikes": (
        "14 failed checks; first: incident 1 (Saada): location.name: expected \"Saada\", record "
        "has \"Saada city\""
    ),
    "srinagar-grenade-khanyar": (
        "4 failed checks; first: incident 2 (Srinagar/Khanyar): weapon firearm: not found (rec"
        "ord has: nothing)"
    ),
    "sydney-siege": (
        "1 failed check; first: incident (Sydney): date.value: expected \"2014-12-15\", record h"
        "as \"2014-12-16\""
    ),
    "tripoli-clashes": (
        "4 failed checks; first: incident (Tripoli): date.value: expected \"2023-08-14\", record"
        " has \"2023-08-16\""
    ),
    "zhob-garrison-sui-attacks": (
        "1 failed check; first: incident 1 (Zhob): figure {\"kind\": \"injured\", \"value\": 5, \"qua"
        "lifier\": \"exact\", \"status\": \"current\"}: not found (record has: killed 9 exact current"
        " victims; killed 4 exact superseded victims; killed 5 exact partial victims; injured "
        "6 exact current victims; injured 5 exact partial victims; injured 1 exact partial vic"
        "tims)"
    ),
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
    reason = KNOWN_GAPS.get(name) if label != "shared" else None
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    example_params(SHARED, "shared")
    + example_params(OURS, "tests")
    + [param for folder in HELDOUTS for param in example_params(folder, folder.name)],
)
def test_example(name: str, text: str, expected: dict[str, Any]) -> None:
    from polybius.pipeline import extract_text

    record = extract_text(text, published=published_of(expected))
    failures = check(record.model_dump(mode="json"), expected, text)
    assert failures == [], f"{name}: {len(failures)} failure(s):\n" + "\n".join(failures)
