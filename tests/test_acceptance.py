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
    # Rebuilt on the merged code at the end of session 4 (tests/heldout..heldout4 were development
    # material this session; tests/heldout5 was written blind and scored once before any change: 2 of 12).
    "mandera-garissa-two-attacks": (
        "1 failed check; first: incident 1 (Mandera): statement {\"type\": \"condemnation\", "
        "\"speaker_contains\": \"Murkomen\"}: not found (record has: claim_responsibility al-"
    ),
    "myanmar-singu-market-drone-strike": (
        "1 failed check; first: incident (Singu): location.lat: expected within [22.35, 2"
        "2.75], record has 21.28846"
    ),
    "mali-boni-convoy-ambush-jnim-two-tolls": (
        "1 failed check; first: incident (Boni): location.lon: expected within [-2.4, -1."
        "5], record has -2.9517"
    ),
    # tests/heldout7, written blind in session 5 and scored once before any change (3 of 12), then development material.
    # tests/heldout6 and heldout8, written blind in session 5: first contact 3 and 1 of 12, after the session's
    # first merges (13d073b) 2 and 0 of 12; then opened as development material.
    "belgium-liege-ramming-live": (
        "1 failed check; first: incident (Liège/Liege): perpetrator_count: expected 1, record has n"
    ),
    "cameroon-kumbo-kidnapping": (
        "2 failed checks; first: incident (Kumbo): perpetrator_count: expected 15, record has null"
    ),
    "ethiopia-finote-selam-drone": (
        "1 failed check; first: incident (Finote Selam): statement {\"type\": \"denial\", \"speaker"
        "_contains\": \"Government Communication Se"
    ),
    "indonesia-mimika-workers": (
        "2 failed checks; first: incident (Kuala Kencana/Timika/Mimika): perpetrator_count: expecte"
    ),
    "russia-khasavyurt-police-post": (
        "2 failed checks; first: incident (Khasavyurt): perpetrator {\"name\": \"Islamic State\", "
        "\"kind\": \"group\", \"claimed\": true}: not f"
    ),
    "somalia-baidoa-kismayo-bombings": (
        "4 failed checks; first: incident 1 (Baidoa): perpetrator_count: expected 1, record has nul"
    ),
    "sweden-norrkoping-stabbing": (
        "1 failed check; first: incident (Norrköping/Norrkoping): perpetrator_count: expected 1, re"
    ),
    "us-memphis-two-shootings": (
        "2 failed checks; first: incident 1 (Whitehaven/Memphis): victim \"DeMarcus Hill\": not found"
    ),
    "ca-lethbridge-mosque-arson": (
        "2 failed checks; first: incident (Lethbridge): perpetrator {\"kind\": \"individual\"}: not f"
        "ound (record has: nothing)"
    ),
    "in-gurdaspur-grenade": (
        "3 failed checks; first: incident (Gurdaspur): perpetrator_count: expected 2, record has nu"
    ),
    "iq-muqdadiyah-assassination": (
        "5 failed checks; first: incident (Muqdadiyah): victim \"Kareem Jassim al-Tamimi\": not fou"
        "nd (record has: his bodyguards; local"
    ),
    "ke-wajir-lamu-two-attacks": (
        "4 failed checks; first: incident 1 (Wajir): target kind any of [\"civilians\", \"government\"]"
    ),
    "lb-khiam-shelling": (
        "2 failed checks; first: incident (Khiam): location.name: expected \"Khiam\", record has"
        " \"south Lebanon\""
    ),
    "ml-niono-bandiagara-two-attacks": (
        "1 failed check; first: incident 1 (Niono): event_type armed_assault: not found (record has"
    ),
    "mx-apatzingan-cartel-clash": (
        "3 failed checks; first: incident (Apatzing\u00e1n): perpetrator {\"name\": \"C\u00e1rteles Unidos\", \""
        "kind\": \"group\", \"claimed\": false}: no"
    ),
    "no-drammen-stabbing-flash": (
        "1 failed check; first: incident (Drammen): figure {\"kind\": \"injured\", \"value\": 2, \"qu"
        "alifier\": \"at_least\", \"status\": \"superse"
    ),
    "ua-odesa-drone-live": (
        "1 failed check; first: incident (Odesa/Odessa): figure {\"kind\": \"killed\", \"value\": 7, \"qua"
    ),
    "us-fayetteville-hostage-siege": (
        "4 failed checks; first: incident (Fayetteville): figure {\"kind\": \"killed\", \"value\": 1"
        ", \"status\": \"current\"}: not found (recor"
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
