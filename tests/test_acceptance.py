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
    # Rebuilt at the start of session 6 (heldout11 added). Every tests/heldout* batch was written blind and
    # scored once before any change (first contact: 1, 0, 1, 2, 2, 3, 3, 1, 3, 3, 3 of 8-12 for heldout..heldout11),
    # then used to develop.
    "belgorod-cross-border-shelling": (
        "2 failed checks; first: incident (Belgorod): figure {\"kind\": \"injured\", \"value\": 4, \""
        "status\": \"partial\"}: not found (record has: killed 3 exact current victims; injured 1"
        "4 exact current victims)"
    ),
    "bosaso-hotel-siege": (
        "1 failed check; first: incident (Bosaso): figure {\"kind\": \"killed\", \"value\": 3, \"stat"
        "us\": \"partial\"}: not found (record has: killed 8 at_least current victims; killed 4 e"
        "xact current perpetrators; hostages 20 over current victims; injured 15 exact current"
        " victims; injured 2 exact partial victims; killed 30 over current victims; killed 5 e"
        "xact superseded victims)"
    ),
    "brussels-mosque-arson": (
        "1 failed check; first: incident (Brussels): location.facility: expected to contain \"A"
        "l-Khalil\", record has null"
    ),
    "cameroon-kumbo-kidnapping": (
        "1 failed check; first: incident (Kumbo): victim \"Cletus Fonyuy\": not found (record ha"
        "s: nine students; Gunmen storm college, abduct nine students, teacher\n\n; teacher; sec"
        "urity guard; Pa Joseph Nyuydine; man; students; Anglophone children; armed men)"
    ),
    "celaya-cartel-clash": (
        "1 failed check; first: incident (Celaya/San Juan de la Vega): figure {\"kind\": \"arrest"
        "ed\", \"value\": 4, \"status\": \"current\"}: not found (record has: killed 12 exact current"
        " victims; killed 1 exact current victims; killed 2 exact partial victims; injured 3 e"
        "xact current victims; injured 2 exact partial victims; arrested 4 exact current perpe"
        "trators)"
    ),
    "dayton-homicide-statistics": (
        "1 failed check; first: incident_count: expected 0, record has 1"
    ),
    "dera-ismail-khan-chairman": (
        "4 failed checks; first: incident (Kulachi/Dera Ismail Khan): event_type assassination"
        ": not found (record has: armed_assault)"
    ),
    "houston-stabbing-live": (
        "3 failed checks; first: incident (Houston): figure {\"kind\": \"killed\", \"value\": 3, \"st"
        "atus\": \"superseded\"}: not found (record has: killed 2 exact current victims; injured "
        "3 exact current victims; injured 1 exact partial victims; injured 2 exact partial vic"
        "tims; killed 3 exact current victims; injured 5 at_least current victims)"
    ),
    "in-gurdaspur-grenade": (
        "1 failed check; first: incident (Gurdaspur): statement {\"type\": \"accusation\", \"speake"
        "r_contains\": \"Sharma\", \"target\": \"ISI\", \"hedged\": true}: not found (record has: claim"
        "_responsibility Babbar Khalsa International True; threat post False; other senior off"
        "icer, on condition of anonymity True; condemnation Gurdaspur MLA Ravinder Singh Ghuma"
        "n False; accusation Opposition leaders False)"
    ),
    "india-two-attacks-flash": (
        "4 failed checks; first: incident 1 (Anantnag): totals.killed.best: expected 1, record"
        " has 3"
    ),
    "indonesia-mimika-workers": (
        "1 failed check; first: incident (Kuala Kencana/Timika/Mimika): target kind any of [\"c"
        "ivilians\", \"business\", \"infrastructure\"]: not found (record has: transport road; mili"
        "tary military, a charge; transport bridge about 20 km (12 miles; military West Papua "
        "National Liberation Army (TPNPB; journalists journalists; military Indonesian militar"
        "y; police police; military soldiers)"
    ),
    "iq-muqdadiyah-assassination": (
        "3 failed checks; first: incident (Muqdadiyah): figure {\"kind\": \"killed\", \"value\": 2, "
        "\"status\": \"current\"}: not found (record has: killed 1 exact current victims)"
    ),
    "jolo-grenade": (
        "1 failed check; first: incident (Jolo): victim \"Nurhaida Abdurahman\": not found (reco"
        "rd has: Two people; Jaymar Salvador; three children; soldiers; vendors; civilians)"
    ),
    "karachi-grenade": (
        "7 failed checks; first: incident (Karachi): location.name: expected \"Karachi\", record"
        " has null"
    ),
    "ke-wajir-lamu-two-attacks": (
        "2 failed checks; first: incident 1 (Wajir): target kind any of [\"civilians\", \"governm"
        "ent\"]: not found (record has: police two officers; police two police officers; police"
        " clinical officer; other mobile clinic; journalists journalists)"
    ),
    "koya-iran-drone": (
        "5 failed checks; first: incident (Koya): location.country_code: expected \"IQ\", record"
        " has \"IR\""
    ),
    "kryvyi-rih-dnipro-live": (
        "6 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "lamitan-hostages": (
        "3 failed checks; first: incident (Lamitan): location.name: expected \"Lamitan\", record"
        " has \"Basilan\""
    ),
    "lb-khiam-shelling": (
        "1 failed check; first: incident (Khiam): location.lat: expected within [33.03, 33.63]"
        ", record has 33.87258"
    ),
    "mali-boni-convoy-ambush-jnim-two-tolls": (
        "1 failed check; first: incident (Boni): location.lon: expected within [-2.4, -1.5], r"
        "ecord has -2.9517"
    ),
    "mandera-garissa-two-attacks": (
        "1 failed check; first: incident 1 (Mandera): statement {\"type\": \"condemnation\", \"spea"
        "ker_contains\": \"Murkomen\"}: not found (record has: claim_responsibility al-Shabaab (a"
        "l-Shabab) False)"
    ),
    "mannheim-stabbing": (
        "2 failed checks; first: incident (Mannheim): location.facility: expected to contain \""
        "Paradeplatz\", record has \"centre\""
    ),
    "marib-camp-missile": (
        "1 failed check; first: incident (Marib): figure {\"kind\": \"killed\", \"value\": 4, \"statu"
        "s\": \"partial\"}: not found (record has: killed 9 exact current victims; injured 20 ove"
        "r current victims; injured 23 exact current victims; hospitalized 23 exact current vi"
        "ctims)"
    ),
    "medellin-clash": (
        "4 failed checks; first: incident (Medellín): date.value: expected \"2025-09-20\", recor"
        "d has \"2025-09-21\""
    ),
    "mora-base-kolofata": (
        "3 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "myanmar-singu-market-drone-strike": (
        "1 failed check; first: incident (Singu): location.lat: expected within [22.35, 22.75]"
        ", record has 21.28846"
    ),
    "nice-church-arson": (
        "2 failed checks; first: incident (Nice): figure {\"kind\": \"arrested\", \"value\": 1, \"sta"
        "tus\": \"current\"}: not found (record has: nothing)"
    ),
    "somalia-baidoa-kismayo-bombings": (
        "3 failed checks; first: incident 1 (Baidoa): figure {\"kind\": \"injured\", \"value\": 20, "
        "\"qualifier\": \"over\", \"status\": \"current\"}: not found (record has: killed 12 at_least "
        "current victims; killed 9 at_least current victims; killed 5 exact partial victims; k"
        "illed 4 exact partial victims; injured 21 over current victims; injured 1 exact parti"
        "al victims; injured 20 over partial victims; killed 6 exact superseded victims)"
    ),
    "zahedan-councillor": (
        "4 failed checks; first: incident (Zahedan): totals.killed.best: expected 1, record ha"
        "s 2"
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
