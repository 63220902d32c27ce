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
HELDOUT5 = Path(__file__).parent / "heldout5"

# Our own examples the extractor does not pass yet, each with what it gets wrong. Strict: an
# example that starts passing fails the run until it is taken off this list.
KNOWN_GAPS = {
    # Rebuilt on the merged code at the end of session 4 (tests/heldout..heldout4 were development
    # material this session; tests/heldout5 was written blind and scored once before any change: 2 of 12).
    "bielefeld-street-festival-car": (
        "1 failed check; first: incident (Bielefeld): figure {\"kind\": \"arrested\", \"value\": 1"
        "}: not found (record has: killed 2 exact"
    ),
    "cauca-valle-two-attacks": (
        "3 failed checks; first: incident 1 (Jamundí/Jamundi): figure {\"kind\": \"injured\", \"va"
        "lue\": 14, \"qualifier\": \"exact\", \"status\""
    ),
    "culiacan-family-abduction": (
        "1 failed check; first: incident (Culiacán/Culiacan/Culiacán Rosales/Culiacan Rosale"
        "s): statement {\"type\": \"accusation\", \"sp"
    ),
    "isulan-bus-terminal-bomb": (
        "3 failed checks; first: incident (Isulan): perpetrator_count: expected 1, record has"
        " null"
    ),
    "mandera-garissa-two-attacks": (
        "2 failed checks; first: incident 1 (Mandera): statement {\"type\": \"claim_responsibili"
        "ty\", \"speaker\": \"al-Shabaab\"}: not found"
    ),
    "nyala-livestock-market-strike": (
        "2 failed checks; first: incident (Nyala): perpetrator {\"name\": \"Sudanese Armed Force"
        "s\", \"kind\": \"state\", \"claimed\": false}: "
    ),
    "rockford-house-party-shooting": (
        "4 failed checks; first: incident (Rockford): victim \"Jaylen Harris\": not found (reco"
        "rd has: three young men; at least seven "
    ),
    "sumy-drone-strike-children": (
        "4 failed checks; first: incident_count: expected 1, record has 2"
        ""
    ),
    "wolverhampton-double-stabbing": (
        "5 failed checks; first: incident (Wolverhampton): victim \"Daniel Okafor\": not found "
        "(record has: Two men; both men; third ma"
    ),
    "niger-banibangou-mosque-and-tillia-ambush": (
        "4 failed checks; first: incident 1 (Banibangou): location.name: expected \"Banibangou"
        "\", record has \"Ouallam\""
    ),
    "myanmar-singu-market-drone-strike": (
        "1 failed check; first: incident (Singu): location.lat: expected within [22.35, 22.7"
        "5], record has 21.28846"
    ),
    "mali-boni-convoy-ambush-jnim-two-tolls": (
        "1 failed check; first: incident (Boni): location.lon: expected within [-2.4, -1.5],"
        " record has -2.9517"
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
    + example_params(HELDOUT, "heldout")
    + example_params(HELDOUT2, "heldout2")
    + example_params(HELDOUT3, "heldout3")
    + example_params(HELDOUT4, "heldout4")
    + example_params(HELDOUT5, "heldout5"),
)
def test_example(name: str, text: str, expected: dict[str, Any]) -> None:
    from polybius.pipeline import extract_text

    record = extract_text(text, published=published_of(expected))
    failures = check(record.model_dump(mode="json"), expected, text)
    assert failures == [], f"{name}: {len(failures)} failure(s):\n" + "\n".join(failures)
