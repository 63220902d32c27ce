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
    # Rebuilt at the end of session 6. Every tests/heldout* batch was written blind and scored once before any
    # change (first contact: 1, 0, 1, 2, 2, 3, 3, 1, 3, 3, 3, 3, 2, 2 of 8-12 for heldout..heldout14), then used to
    # develop, except heldout13 and heldout14 (real incidents, kept unseen: 3 and 2 of 12 at the end of session 6).
    "auckland-supermarket-stabbing": (
        "6 failed checks; first: incident_count: expected 1, record has 2"
    ),
    "australia-iran-arson": (
        "5 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "cameroon-kumbo-kidnapping": (
        "1 failed check; first: incident (Kumbo): victim \"Cletus Fonyuy\": not found (record ha"
        "s: nine students; teacher\n\n; teacher; security guard; Pa Joseph Nyuydine; man; studen"
        "ts; Anglophone children; armed men)"
    ),
    "chilpancingo-mayor-killed": (
        "4 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "cite-soleil-gang-war": (
        "2 failed checks; first: incident (Cite Soleil/Cité Soleil/Port-au-Prince): perpetrato"
        "r {\"name\": \"G9\", \"kind\": \"group\"}: not found (record has: nothing)"
    ),
    "colombia-two-attacks": (
        "5 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "copenhagen-stockholm-embassy": (
        "3 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "kankara-kidnapping": (
        "4 failed checks; first: incident_count: expected 1, record has 2"
    ),
    "kantharalak-border-rockets": (
        "3 failed checks; first: incident_count: expected 1, record has 2"
    ),
    "karkamis-cross-border-rockets": (
        "2 failed checks; first: incident_count: expected 1, record has 2"
    ),
    "kati-base-car-bombs": (
        "1 failed check; first: incident (Kati): figure {\"kind\": \"arrested\", \"value\": 8, \"of\":"
        " \"perpetrators\"}: not found (record has: killed 1 exact current victims; injured 6 ex"
        "act current victims; injured 2 exact partial victims; killed 7 exact current perpetra"
        "tors; arrested 8 exact current victims)"
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
        "4 failed checks; first: incident_count: expected 1, record has 2"
    ),
    "mpondwe-school-attack": (
        "1 failed check; first: incident (Mpondwe): perpetrator_count: expected 5, record has "
        "null"
    ),
    "myanmar-singu-market-drone-strike": (
        "1 failed check; first: incident (Singu): location.lat: expected within [22.35, 22.75]"
        ", record has 21.28846"
    ),
    "nabatieh-safed": (
        "2 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "philippine-mayors": (
        "3 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "reading-stabbing": (
        "1 failed check; first: incident (Reading): location.facility: expected to contain \"Fo"
        "rbury Gardens\", record has \"park\""
    ),
    "rostov-detention-centre-siege": (
        "3 failed checks; first: incident (Rostov-on-Don): perpetrator_count: expected 6, reco"
        "rd has null"
    ),
    "saada-prison-hodeidah-airstrikes": (
        "15 failed checks; first: incident 1 (Saada): location.name: expected \"Saada\", record "
        "has \"Saada city\""
    ),
    "sake-m23-wazalendo-clash": (
        "1 failed check; first: incident (Sake): perpetrator {\"name\": \"M23\", \"kind\": \"group\"}:"
        " not found (record has: March 23 Movement group False; Wazalendo group False; Democra"
        "tic Republic of the Congo state False)"
    ),
    "srinagar-grenade-khanyar": (
        "2 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "sydney-siege": (
        "7 failed checks; first: incident (Sydney): date.value: expected \"2014-12-15\", record "
        "has \"2014-12-16\""
    ),
    "tripoli-clashes": (
        "6 failed checks; first: incident (Tripoli): date.value: expected \"2023-08-14\", record"
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
