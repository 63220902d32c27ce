"""`polybius eval` sub-commands on a few real documents, and the MUC-4 key scoring on hand-made cases."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from polybius.eval.cli import eval_app
from polybius.eval.keys_score import (
    Predicted,
    best_match,
    claim_outcome,
    count_outcome,
    country_codes,
    date_outcome,
    dateline_day,
    norm_place,
    parse_datelines,
    predicted_of,
    score_keys,
)
from polybius.eval.muc4 import load_muc4, write_predictions
from polybius.eval.muc_keys import (
    KeyTemplate,
    parse_date,
    parse_filler,
    parse_location,
    parse_numbers,
)

SHARED = Path(__file__).parents[3] / "shared"
DATASETS = SHARED / "datasets"
MUC4 = DATASETS / "muc4"
needs_shared = pytest.mark.skipif(not DATASETS.is_dir(), reason="shared datasets not present")
runner = CliRunner()
CODES = {"EL SALVADOR": "SV", "PERU": "PE"}


def run(*args: str) -> Any:
    """Invoke the eval app with the given arguments."""
    return runner.invoke(eval_app, list(args))


def run_json(*args: str) -> dict[str, Any]:
    """Invoke with --json; assert success and return the parsed stdout."""
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---------------------------------------------------------------- keys_score, hand-made


def key(*, dates: str = "-", location: str = "", confidence: tuple[str, ...] = (),
        numbers: tuple[str, ...] = (), effects: tuple[str, ...] = (),
        optional: bool = False) -> KeyTemplate:
    """A key template from slot texts in the key notation."""
    return KeyTemplate(
        docid="TST1-MUC3-0001", number=1, optional=optional, incident_types=("ATTACK",),
        stage=("ACCOMPLISHED",), dates=parse_date(dates),
        locations=parse_location(location) if location else (),
        org_confidence=tuple(parse_filler(c) for c in confidence),
        hum_numbers=tuple(parse_numbers(n) for n in numbers),
        hum_effects=tuple(parse_filler(e) for e in effects))


def test_predicted_of_reads_a_record_incident() -> None:
    incident = {
        "date": {"value": "1990-02-02", "precision": "day"},
        "location": {"name": "San Salvador", "country_code": "SV", "facility": "Hotel Sheraton"},
        "totals": {"killed": {"low": 3, "best": 4, "high": 5}},
        "perpetrators": [{"name": "FMLN", "claimed": True}, {"name": "army", "suspected": False}],
    }
    p = predicted_of(incident)
    assert p == Predicted(date(1990, 2, 2), "SV", ("san salvador", "hotel sheraton"), 4, None,
                          True, False)
    assert predicted_of({"date": {"value": "1990-02", "precision": "month"}}).day is None


def test_date_slot_needs_an_exact_day_in_the_key() -> None:
    k = key(dates="(02 FEB 90) / (01 FEB 90 - 02 FEB 90)")
    assert date_outcome(k, Predicted(day=date(1990, 2, 2))) is True
    assert date_outcome(k, Predicted(day=date(1990, 2, 1))) is True  # inside the span alternative
    assert date_outcome(k, Predicted(day=date(1990, 2, 3))) is False
    assert date_outcome(k, Predicted()) is False
    assert date_outcome(key(dates="- 04 FEB 90"), Predicted(day=date(1990, 2, 1))) is None


def test_place_slots_normalise_and_map_countries() -> None:
    k = key(location="EL SALVADOR: SAN SALVADOR (CITY): SAN MIGUELITO (NEIGHBORHOOD)")
    good = Predicted(country="SV", places=(norm_place("San  Salvador"),))
    scores = best_match(k, [good], CODES)
    assert scores["country"] is True and scores["city"] is True
    assert best_match(k, [Predicted(country="PE")], CODES)["country"] is False
    no_city = key(location="PERU: LIMA (DEPARTMENT)")
    assert best_match(no_city, [good], CODES)["city"] is None
    assert norm_place("Bogotá, D.C.") == "bogota d c"


def test_counts_use_the_key_range_or_its_best_figure() -> None:
    k = key(numbers=('6-8: "PEASANTS"', '1: "MAYOR"'),
            effects=('DEATH: "PEASANTS"', 'INJURY: "MAYOR"'))
    assert count_outcome(k, "killed", 7) is True
    assert count_outcome(k, "killed", 9) is False
    assert count_outcome(k, "killed", None) is False
    assert count_outcome(k, "injured", 1) is True
    vague = key(numbers=('PLURAL: "PEASANTS"',), effects=('DEATH: "PEASANTS"',))
    assert count_outcome(vague, "killed", 3) is None
    assert count_outcome(key(), "killed", 3) is None
    at_least = key(numbers=('23 -: "PEASANTS"',), effects=('DEATH: "PEASANTS"',))
    assert count_outcome(at_least, "killed", 40) is True


def test_claim_slot_compares_both_flags() -> None:
    claimed = key(confidence=('CLAIMED OR ADMITTED: "FMLN"',))
    assert claim_outcome(claimed, Predicted(claimed=True)) is True
    assert claim_outcome(claimed, Predicted(claimed=True, suspected=True)) is False
    suspected = key(confidence=('SUSPECTED OR ACCUSED BY AUTHORITIES: "FMLN"',))
    assert claim_outcome(suspected, Predicted(suspected=True)) is True
    assert claim_outcome(key(confidence=('REPORTED AS FACT: "FMLN"',)), Predicted()) is None
    assert claim_outcome(key(confidence=('? CLAIMED OR ADMITTED: "FMLN"',)), Predicted()) is None


def test_best_match_and_whole_score() -> None:
    k = key(dates="02 FEB 90", location="EL SALVADOR: SAN SALVADOR (CITY)")
    wrong = Predicted(day=date(1990, 1, 1), country="PE")
    right = Predicted(day=date(1990, 2, 2), country="SV", places=("san salvador",))
    assert best_match(k, [wrong, right], CODES) == {
        "date": True, "country": True, "city": True, "killed": None, "injured": None,
        "claim": None}
    keys = {"D1": [k, key(optional=True, location="PERU")], "D2": [k], "D3": []}
    score = score_keys(keys, {"D1": [wrong, right]}, CODES)
    assert (score.templates, score.optional_skipped, score.without_prediction) == (2, 1, 1)
    assert (score.slots["date"].correct, score.slots["date"].total) == (1, 2)
    assert score.slots["killed"].total == 0 and score.slots["killed"].pct == 0.0
    assert score.as_dict()["slots"]["country"]["pct"] == 50.0


def test_country_codes_and_datelines() -> None:
    keys = {"D": [key(location="EL SALVADOR"), key(location="ATLANTIS")]}
    assert country_codes(keys, {"EL SALVADOR": "SV"}.get) == {"EL SALVADOR": "SV"}
    raw = ("TST1-MUC3-0001\n\n   SAN SALVADOR, 4 FEB 90 (ACAN-EFE) -- [TEXT] 20 JAN 90 X\n"
           "TST1-MUC3-0002\n\n   CLANDESTINE, NO DATE (RADIO) -- [TEXT] 3 MAR 90\n")
    assert parse_datelines(raw) == {"TST1-MUC3-0001": date(1990, 2, 4)}


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("   PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] DEPORTED", date(1989, 6, 11)),
        ("   BOGOTA, 18 APRIL 89 (AFP) -- [TEXT] MULTI-PARTY TALKS", date(1989, 4, 18)),
        ("   TEGUCIGALPA, 7 FEB (REUTER) -- [TEXT] A BOMB BLAST ON 12 MAR 89", None),
    ],
)
def test_dateline_day_formats(line: str, day: date | None) -> None:
    assert dateline_day([line]) == day


# ---------------------------------------------------------------- the commands


@needs_shared
def test_muc4_json_has_the_scores() -> None:
    data = run_json("muc4", "--data", str(MUC4), "--split", "dev", "--limit", "5")
    assert {"micro", "slots", "role_filler", "docs", "seconds"} <= set(data)
    assert data["docs"] == 5 and data["seconds"] > 0
    assert set(data["micro"]) >= {"p", "r", "f1"}
    assert "micro" in data["role_filler"] and "Weapon" in data["slots"]


@needs_shared
def test_muc4_table_and_out_file(tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    result = run("muc4", "--data", str(MUC4), "--limit", "3", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "template metric" in result.stdout and "docs/s" in result.stdout
    assert len(out.read_text().splitlines()) == 3


@needs_shared
@pytest.mark.parametrize("command", ["muc4", "keys", "wikievents", "geo"])
def test_test_split_is_refused(command: str) -> None:
    result = run(command, "--split", "test", "--data", str(DATASETS / "x"))
    assert result.exit_code != 0
    assert "held back" in result.output


@needs_shared
def test_muc4_scores_a_predictions_file(tmp_path: Path) -> None:
    docs = load_muc4(MUC4, "dev")[:5]
    path = tmp_path / "gold.jsonl"
    write_predictions(path, {d.docid: d.templates for d in docs})
    data = run_json("muc4", "--data", str(MUC4), "--limit", "5", "--predictions", str(path))
    assert data["micro"]["f1"] > 99 and data["role_filler"]["micro"]["f1"] > 99
    assert data["seconds"] is None


@needs_shared
def test_keys_json_and_predictions(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    data = run_json("keys", "--data", str(MUC4), "--limit", "5", "--out", str(out))
    assert set(data["slots"]) == {"date", "country", "city", "killed", "injured", "claim"}
    assert data["docs"] == 5 and data["templates"] > 0
    again = run_json("keys", "--data", str(MUC4), "--limit", "5", "--predictions", str(out))
    assert again["slots"] == data["slots"]


@needs_shared
def test_wikievents_json() -> None:
    data = run_json("wikievents", "--data", str(DATASETS / "wikievents"), "--limit", "1")
    assert set(data["roles"]) == {"Attacker", "Target", "Victim", "Instrument", "Place"}
    assert data["docs"] == 1 and {"p", "r", "f1"} <= set(data["micro"])
    refused = run("wikievents", "--data", str(DATASETS / "wikievents"), "--split", "train")
    assert refused.exit_code != 0


@needs_shared
def test_geo_json_and_gold_predictions(tmp_path: Path) -> None:
    out = tmp_path / "geo.jsonl"
    data = run_json("geo", "--data", str(DATASETS / "geoparsing"), "--limit", "3",
                    "--out", str(out))
    assert set(data["datasets"]) == {"gwn", "lgl"} and data["split"] == "dev"
    assert {"acc161", "mean_km", "docs", "seconds"} <= set(data["datasets"]["lgl"])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(out.read_text())  # same rows, to check --predictions reads them back
    again = run_json("geo", "--data", str(DATASETS / "geoparsing"), "--limit", "3",
                     "--dataset", "lgl", "--predictions", str(gold))
    assert again["datasets"]["lgl"]["acc161"] == data["datasets"]["lgl"]["acc161"]


def write_example(folder: Path, name: str, text: str, expected: dict[str, Any]) -> None:
    """An acceptance example NAME.txt + NAME.expected.json."""
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_examples_pass_and_fail(tmp_path: Path) -> None:
    folder = tmp_path / "examples"
    write_example(folder, "quiet", "The council met on Tuesday to discuss the budget.",
                  {"incident_count": 0})
    result = run("examples", "--data", str(folder))
    assert result.exit_code == 0, result.output
    assert "1 passed, 0 failed" in result.stdout
    write_example(folder, "wants-one", "The council met on Tuesday.", {"incident_count": 1})
    data = json.loads(run("examples", "--data", str(folder), "--json").stdout)
    assert data["failed"] == 1 and data["examples"][f"{tmp_path.name}/examples/quiet"] == []
    assert run("examples", "--data", str(folder)).exit_code == 1


def test_examples_from_a_predictions_file(tmp_path: Path) -> None:
    folder = tmp_path / "examples"
    write_example(folder, "one", "Gunmen attacked a bus.", {"incident_count": 1})
    preds = tmp_path / "records.jsonl"
    preds.write_text(json.dumps({"docid": f"{tmp_path.name}/examples/one",
                                 "incidents": [{"id": "x"}]}) + "\n")
    result = run("examples", "--data", str(folder), "--predictions", str(preds), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["passed"] == 1
