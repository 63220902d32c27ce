"""Unit tests of the acceptance-example checker on hand-made record dicts."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from polybius.eval.examples import check, load_examples, norm, published_of, run_examples

SHARED = Path(__file__).parents[3] / "shared" / "examples"

# A condensed copy of shared/examples/crocus-city-hall.txt: the sentences the record cites.
CROCUS_TEXT = (
    "In a harrowing act of violence that shook the international community, Moscow's Crocus "
    "City Hall became the scene of a devastating terrorist attack. Four assailants unleashed a "
    "barrage of gunfire, leading to the tragic loss of 133 lives and leaving over 107 "
    "individuals battling for survival in hospitals. The Islamic State (ISIS) swiftly claimed "
    "responsibility for this assault, marking a grim reminder of the group's continued threat "
    "despite its territorial defeats. Amidst the chaos, Russian officials pointed fingers at "
    "Ukraine, alleging complicity, though Ukraine vehemently denied such accusations.\n\n"
    "On a day that began like any other, concertgoers at Moscow's Crocus City Hall found "
    "themselves in the midst of a nightmare. The attackers utilized automatic weapons and "
    "incendiary devices, igniting a fire that contributed to the catastrophic death toll. "
    "The grim aftermath revealed 28 bodies discovered within a restroom and 14 on a staircase. "
    "In the immediate aftermath, confusion and horror gripped the nation as the death toll "
    "rose, with Russian authorities revising the number of deceased from an initial 143 to 133 "
    "after a meticulous search operation.\n\n"
    "Investigative efforts led to the swift arrest of four men, suspected of executing the "
    "attack. The international community watched closely as U.S. Vice President Kamala Harris "
    "and the White House National Security Council weighed in, asserting no evidence supported "
    "the claim of Ukraine's involvement in the attack.\n"
)

# The expected file shared/examples/crocus-city-hall.expected.json, as it stands.
CROCUS_EXPECTED: dict[str, Any] = {
    "text_file": "crocus-city-hall.txt",
    "document": {"published": None},
    "incident_count": 1,
    "incident": {
        "date": {"value": None, "precision": "unknown"},
        "location": {
            "name": "Moscow", "facility": "Crocus City Hall", "country_code": "RU",
            "lat_range": [55.4, 56.1], "lon_range": [37.0, 38.0],
        },
        "event_types": ["armed_assault", "arson"],
        "weapons": ["firearm", "incendiary"],
        "perpetrators": [
            {"name": "Islamic State", "kind": "group", "claimed": True,
             "mentions_include": ["ISIS"]}
        ],
        "perpetrator_count": 4,
        "targets_kind_any": ["civilians", "business"],
        "victims_include": ["concertgoers"],
        "figures": [
            {"kind": "killed", "value": 133, "qualifier": "exact", "status": "current",
             "attributed_to_contains": "Russian"},
            {"kind": "killed", "value": 143, "status": "superseded"},
            {"kind": "hospitalized", "value": 107, "qualifier": "over", "status": "current"},
            {"kind": "killed", "value": 28, "status": "partial"},
            {"kind": "killed", "value": 14, "status": "partial"},
            {"kind": "arrested", "value": 4, "status": "current"},
        ],
        "totals": {"killed": {"best": 133}},
        "statements": [
            {"type": "claim_responsibility", "speaker": "Islamic State"},
            {"type": "accusation", "speaker_contains": "Russian", "target": "Ukraine"},
            {"type": "denial", "speaker": "Ukraine"},
            {"type": "dispute",
             "speaker_contains_any": ["Kamala Harris", "National Security Council"],
             "hedged": False},
        ],
    },
    "must_not": {
        "totals.killed.best": [143, 28, 14, 42, 4, 107],
        "date.value": "anything but null: the text gives no date and the document has no date",
        "perpetrators.name": ["Ukraine", "Russia", "Kamala Harris", "Amaq"],
    },
}


def ev(text: str, phrase: str, nth: int = 0) -> list[dict[str, Any]]:
    """One evidence span: the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return [{"start": start, "end": start + len(phrase), "text": phrase}]


def crocus_incident(text: str) -> dict[str, Any]:
    """The record incident a careful coder would produce for the Crocus article, by hand."""
    return {
        "id": "crocus",
        "date": {"value": None, "precision": "unknown", "evidence": []},
        "location": {
            "name": "Moscow", "facility": "Crocus City Hall", "country_code": "RU",
            "admin1": "Moscow", "lat": 55.75, "lon": 37.62, "precision": "facility",
            "geonames_id": 524901, "evidence": ev(text, "Moscow's Crocus City Hall"),
        },
        "event_types": [
            {"value": "armed_assault", "evidence": ev(text, "barrage of gunfire")},
            {"value": "arson", "evidence": ev(text, "igniting a fire")},
        ],
        "weapons": [
            {"type": "firearm", "detail": "automatic weapons",
             "evidence": ev(text, "automatic weapons")},
            {"type": "incendiary", "detail": None, "evidence": ev(text, "incendiary devices")},
        ],
        "perpetrators": [
            {"name": "Islamic State", "kind": "group", "mentions": ["Islamic State", "ISIS"],
             "claimed": True, "suspected": False, "parent": None,
             "evidence": ev(text, "The Islamic State (ISIS)")},
        ],
        "perpetrator_count": {"value": 4, "evidence": ev(text, "Four assailants")},
        "targets": [
            {"name": "concertgoers", "kind": "civilians", "evidence": ev(text, "concertgoers")},
        ],
        "victims": [
            {"name": "concertgoers", "kind": "group", "effect": "killed",
             "evidence": ev(text, "concertgoers")},
        ],
        "figures": crocus_figures(text),
        "totals": {"killed": {"low": 133, "best": 133, "high": 133},
                   "hospitalized": {"low": 107, "best": 107, "high": None}},
        "sources": [],
        "conflicts": [],
        "statements": crocus_statements(text),
    }


def figure(kind: str, value: int, evidence: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A record figure with the model's defaults."""
    base = {"kind": kind, "value": value, "qualifier": "exact", "status": "current",
            "of": "victims", "attributed_to": None, "evidence": evidence}
    return base | extra


def crocus_figures(text: str) -> list[dict[str, Any]]:
    """The Crocus figures, in order, with superseded and partial counts kept apart."""
    return [
        figure("killed", 143, ev(text, "an initial 143"), status="superseded",
               attributed_to="Russian authorities"),
        figure("killed", 133, ev(text, "loss of 133 lives"), attributed_to="Russian authorities"),
        figure("hospitalized", 107, ev(text, "over 107 individuals"), qualifier="over"),
        figure("killed", 28, ev(text, "28 bodies"), status="partial"),
        figure("killed", 14, ev(text, "14 on a staircase"), status="partial"),
        figure("arrested", 4, ev(text, "arrest of four men")),
    ]


def crocus_statements(text: str) -> list[dict[str, Any]]:
    """The claim, the accusation, the denial and the US dispute."""
    return [
        {"type": "claim_responsibility", "speaker": "Islamic State", "target": None,
         "content": None, "hedged": False, "evidence": ev(text, "swiftly claimed responsibility")},
        {"type": "accusation", "speaker": "Russian officials", "target": "Ukraine",
         "content": "complicity", "hedged": False, "evidence": ev(text, "alleging complicity")},
        {"type": "denial", "speaker": "Ukraine", "target": None, "content": None,
         "hedged": False, "evidence": ev(text, "Ukraine vehemently denied")},
        {"type": "dispute",
         "speaker": "U.S. Vice President Kamala Harris and the White House "
                    "National Security Council",
         "target": "Russian officials", "content": None, "hedged": False,
         "evidence": ev(text, "asserting no evidence supported")},
    ]


def crocus_record(text: str = CROCUS_TEXT) -> dict[str, Any]:
    """A whole document record for the Crocus text."""
    return {
        "document": {"id": "x", "title": None, "url": None, "published": None, "source": None,
                     "language": "en"},
        "incidents": [crocus_incident(text)],
    }


def incident_of(record: dict[str, Any]) -> dict[str, Any]:
    """The record's only incident."""
    return record["incidents"][0]


def test_hand_made_record_passes() -> None:
    assert check(crocus_record(), CROCUS_EXPECTED, CROCUS_TEXT) == []


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared examples not found at {SHARED}")
def test_hand_made_record_passes_on_the_shared_file() -> None:
    expected = json.loads((SHARED / "crocus-city-hall.expected.json").read_text(encoding="utf-8"))
    text = (SHARED / "crocus-city-hall.txt").read_text(encoding="utf-8")
    assert check(crocus_record(text), expected, text) == []


def test_wrong_total_is_reported() -> None:
    record = crocus_record()
    incident_of(record)["totals"]["killed"]["best"] = 143
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert any("totals.killed.best: expected 133, record has 143" in f for f in failures)
    assert any("must_not totals.killed.best" in f for f in failures)


def test_missing_total_is_reported() -> None:
    record = crocus_record()
    incident_of(record)["totals"] = {}
    assert check(record, CROCUS_EXPECTED, CROCUS_TEXT) == [
        "incident (Moscow): totals.killed.best: expected 133, record has null"
    ]


def test_missing_evidence_is_reported() -> None:
    record = crocus_record()
    incident_of(record)["figures"][1]["evidence"] = []
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert len(failures) == 1
    assert '"value": 133' in failures[0] and "has no evidence" in failures[0]


def test_evidence_text_mismatch_is_reported() -> None:
    record = crocus_record()
    span = incident_of(record)["location"]["evidence"][0]
    span["start"] += 1
    span["end"] += 1
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert len(failures) == 1
    assert failures[0].startswith("incident (Moscow): location: evidence does not match the text")


def test_one_valid_span_is_enough() -> None:
    record = crocus_record()
    weapon = incident_of(record)["weapons"][0]
    weapon["evidence"].insert(0, {"start": 0, "end": 5, "text": "wrong"})
    assert check(record, CROCUS_EXPECTED, CROCUS_TEXT) == []


def test_missing_statement_evidence_is_reported() -> None:
    record = crocus_record()
    incident_of(record)["statements"][2]["evidence"] = []
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert len(failures) == 1 and '"type": "denial"' in failures[0]


def test_must_not_perpetrator_on_any_incident_is_reported() -> None:
    record = crocus_record()
    incident_of(record)["perpetrators"].append(
        {"name": "Ukraine", "kind": "state", "mentions": ["Ukraine"], "claimed": False,
         "suspected": True, "evidence": ev(CROCUS_TEXT, "Ukraine")}
    )
    assert check(record, CROCUS_EXPECTED, CROCUS_TEXT) == [
        'must_not perpetrators.name: record incident 1 has "Ukraine"'
    ]


def test_must_not_claimed_forms() -> None:
    record = crocus_record()
    expected = copy.deepcopy(CROCUS_EXPECTED)
    expected["must_not"] = {"perpetrators.claimed": {"islamic-state": True}}
    assert len(check(record, expected, CROCUS_TEXT)) == 1
    expected["must_not"] = {"perpetrators.claimed": [False]}
    assert check(record, expected, CROCUS_TEXT) == []


def test_must_not_prose_date_means_null() -> None:
    record = crocus_record()
    incident_of(record)["date"] = {"value": "2024-03-22", "precision": "day",
                                   "evidence": ev(CROCUS_TEXT, "On a day")}
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert 'incident (Moscow): date.value: expected null, record has "2024-03-22"' in failures
    assert any(f.startswith("must_not date.value") for f in failures)


def test_wrong_perpetrator_attributes_are_reported() -> None:
    record = crocus_record()
    incident_of(record)["perpetrators"][0]["claimed"] = False
    incident_of(record)["perpetrators"][0]["mentions"] = ["Islamic State"]
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert len(failures) == 1 and "perpetrator" in failures[0] and "not found" in failures[0]


def test_wrong_incident_count_is_reported() -> None:
    record = crocus_record()
    extra = copy.deepcopy(incident_of(record))
    extra["location"]["name"] = "Krasnogorsk"
    extra["figures"] = []
    record["incidents"].append(extra)
    assert check(record, CROCUS_EXPECTED, CROCUS_TEXT) == [
        "incident_count: expected 1, record has 2"
    ]


def test_no_incidents_at_all() -> None:
    record = crocus_record()
    record["incidents"] = []
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert failures[:2] == [
        "incident_count: expected 1, record has 0",
        "incident (Moscow): no record incident left to match it",
    ]


def test_strings_compare_canonically() -> None:
    assert norm("  Islamic-State\n ") == norm("islamic state")
    record = crocus_record()
    incident_of(record)["perpetrators"][0]["name"] = "ISLAMIC-state"
    incident_of(record)["location"]["name"] = "moscow"
    assert check(record, CROCUS_EXPECTED, CROCUS_TEXT) == []


def test_location_out_of_range_and_facility() -> None:
    record = crocus_record()
    incident_of(record)["location"]["lat"] = 59.9
    incident_of(record)["location"]["facility"] = None
    failures = check(record, CROCUS_EXPECTED, CROCUS_TEXT)
    assert len(failures) == 2
    assert any("location.lat" in f for f in failures)
    assert any("location.facility" in f for f in failures)


def test_unknown_expected_key_is_reported() -> None:
    expected = copy.deepcopy(CROCUS_EXPECTED)
    expected["incident"]["victim_include"] = ["concertgoers"]
    assert check(crocus_record(), expected, CROCUS_TEXT) == [
        "incident (Moscow): expected file: unknown incident key 'victim_include'"
    ]


# --- two incidents: each expected incident is compared with its best match -----------------

ROUNDUP_TEXT = (
    "KABUL, Oct. 9 - Two separate attacks killed at least 11 people in Afghanistan on Wednesday. "
    "In the northern city of Kunduz, a gunman opened fire on worshippers, killing seven people. "
    "Hours earlier, a magnetic bomb exploded in Kabul's Shar-e Naw district, killing four people."
)

ROUNDUP_EXPECTED: dict[str, Any] = {
    "document": {"published": "2024-10-09T19:00:00Z"},
    "incident_count": 2,
    "incidents": [
        {"date": {"value": "2024-10-09"}, "location": {"name": "Kunduz", "country_code": "AF"},
         "event_types": ["armed_assault"], "figures": [{"kind": "killed", "value": 7}],
         "totals": {"killed": {"best": 7}}},
        {"date": {"value": "2024-10-09"}, "location": {"name": "Kabul", "country_code": "AF"},
         "event_types": ["bombing"], "figures": [{"kind": "killed", "value": 4}],
         "totals": {"killed": {"best": 4}}},
    ],
    "must_not": {"totals.killed.best": [11], "location.name": ["Afghanistan"]},
}


def roundup_incident(place: str, event: str, cue: str, killed: int, phrase: str) -> dict[str, Any]:
    """One incident of the roundup, with evidence looked up in the text."""
    text = ROUNDUP_TEXT
    return {
        "id": place,
        "date": {"value": "2024-10-09", "precision": "day", "evidence": ev(text, "Wednesday")},
        "location": {"name": place, "country_code": "AF", "evidence": ev(text, place)},
        "event_types": [{"value": event, "evidence": ev(text, cue)}],
        "figures": [figure("killed", killed, ev(text, phrase))],
        "totals": {"killed": {"low": killed, "best": killed, "high": killed}},
    }


def roundup_record() -> dict[str, Any]:
    """The two incidents, Kabul listed first so order alone would mismatch them."""
    return {"incidents": [
        roundup_incident("Kabul", "bombing", "magnetic bomb", 4, "killing four people"),
        roundup_incident("Kunduz", "armed_assault", "opened fire", 7, "killing seven people"),
    ]}


def test_best_match_ignores_order() -> None:
    assert check(roundup_record(), ROUNDUP_EXPECTED, ROUNDUP_TEXT) == []


def test_best_match_prefers_same_figures_when_places_tie() -> None:
    record = roundup_record()
    for incident in record["incidents"]:
        incident["location"]["name"] = "Afghanistan"
        incident["location"]["evidence"] = ev(ROUNDUP_TEXT, "Afghanistan")
    failures = check(record, ROUNDUP_EXPECTED, ROUNDUP_TEXT)
    wrong = 'location.name: expected "{}", record has "Afghanistan"'
    assert f"incident 1 (Kunduz): {wrong.format('Kunduz')}" in failures
    assert f"incident 2 (Kabul): {wrong.format('Kabul')}" in failures
    assert not any("totals" in f or "figure" in f or "event_type" in f for f in failures)
    assert sum(f.startswith("must_not location.name") for f in failures) == 2


def test_best_match_is_one_to_one() -> None:
    record = roundup_record()
    record["incidents"][1] = copy.deepcopy(record["incidents"][0])
    failures = check(record, ROUNDUP_EXPECTED, ROUNDUP_TEXT)
    assert not any(f.startswith("incident 2 (Kabul)") for f in failures)
    assert any(f.startswith("incident 1 (Kunduz): location.name") for f in failures)


def test_aggregate_total_on_an_incident_is_forbidden() -> None:
    record = roundup_record()
    record["incidents"][1]["totals"]["killed"]["best"] = 11
    failures = check(record, ROUNDUP_EXPECTED, ROUNDUP_TEXT)
    assert "must_not totals.killed.best: record has 11" in failures


# --- folders -----------------------------------------------------------------------------------


def write_example(folder: Path, name: str, text: str, expected: dict[str, Any]) -> None:
    """Write NAME.txt and NAME.expected.json."""
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_load_and_run_examples(tmp_path: Path) -> None:
    write_example(tmp_path, "crocus", CROCUS_TEXT, CROCUS_EXPECTED | {"text_file": "crocus.txt"})
    write_example(tmp_path, "roundup", ROUNDUP_TEXT, ROUNDUP_EXPECTED)
    loaded = load_examples(tmp_path)
    assert [name for name, _, _ in loaded] == ["crocus", "roundup"]
    assert loaded[1][1] == ROUNDUP_TEXT
    seen: list[datetime | None] = []

    def extract(text: str, published: datetime | None) -> dict[str, Any]:
        seen.append(published)
        return crocus_record() if text == CROCUS_TEXT else roundup_record()

    assert run_examples(tmp_path, extract) == {"crocus": [], "roundup": []}
    assert seen == [None, datetime(2024, 10, 9, 19, 0, tzinfo=UTC)]


def test_run_examples_reports_a_crashing_extractor(tmp_path: Path) -> None:
    write_example(tmp_path, "roundup", ROUNDUP_TEXT, ROUNDUP_EXPECTED)

    def extract(text: str, published: datetime | None) -> dict[str, Any]:
        raise ValueError("boom")

    assert run_examples(tmp_path, extract) == {"roundup": ["extractor raised ValueError: boom"]}


def test_published_of() -> None:
    assert published_of({"document": {"published": None}}) is None
    assert published_of({}) is None
    assert published_of(ROUNDUP_EXPECTED) == datetime(2024, 10, 9, 19, tzinfo=UTC)
