"""The raw MUC-4 answer-key parser, on its notation and on real TST1/TST2 entries."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from polybius.eval import muc_keys
from polybius.eval.muc_keys import (
    DateFill,
    LocationFill,
    NumberFill,
    Place,
    load_keys,
    parse_date,
    parse_filler,
    parse_keys,
    parse_location,
    parse_number,
)

SHARED_MUC4 = Path(__file__).parents[3] / "shared" / "datasets" / "muc4"
needs_data = pytest.mark.skipif(not (SHARED_MUC4 / "raw" / "TASK" / "CORPORA").is_dir(),
                                reason="shared MUC-4 data not present")


@pytest.mark.parametrize(("text", "fill"), [
    ("7", NumberFill(7, 7)),
    ("~100", NumberFill(100, 100, approx=True)),
    ("6-8", NumberFill(6, 8)),
    ("23 -", NumberFill(23, None)),
    ("6-", NumberFill(6, None)),
    ("- 15", NumberFill(None, 15)),
    ("PLURAL", NumberFill(2, None, plural=True)),
    ("SEVEN", None),
])
def test_parse_number(text: str, fill: NumberFill | None) -> None:
    assert parse_number(text) == fill


def test_number_line_with_alternatives_and_referent() -> None:
    filler, numbers = muc_keys.parse_numbers('? 1 / PLURAL: "BODYGUARD" / "BODYGUARDS"')
    assert filler.optional and filler.refs == ("BODYGUARD", "BODYGUARDS")
    assert numbers == (NumberFill(1, 1), NumberFill(2, None, plural=True))
    _, numbers = muc_keys.parse_numbers('7: "SEVEN PEASANTS"')
    assert numbers == (NumberFill(7, 7),)
    assert numbers[0].best == 7


def test_parse_filler_with_escaped_quotes() -> None:
    f = parse_filler('REPORTED AS FACT / CLAIMED OR ADMITTED: "\\"THE EXTRADITABLES\\"" / "X"')
    assert f.values == ("REPORTED AS FACT", "CLAIMED OR ADMITTED")
    assert f.refs == ('"THE EXTRADITABLES"', "X")
    assert not f.optional


def test_parse_date_forms() -> None:
    feb2, feb4 = date(1990, 2, 2), date(1990, 2, 4)
    assert parse_date("02 FEB 90") == (DateFill(feb2, feb2),)
    assert parse_date("- 04 FEB 90") == (DateFill(None, feb4),)
    assert parse_date("31 MAR 90 - 01 APR 90") == (DateFill(date(1990, 3, 31), date(1990, 4, 1)),)
    alts = parse_date("(08 MAR 90) / (07 MAR 90 - 08 MAR 90)")
    assert [a.is_day for a in alts] == [True, False]
    assert alts[1].contains(date(1990, 3, 7)) and not alts[0].contains(date(1990, 3, 7))
    assert parse_date("-") == () and parse_date("*") == ()


def test_parse_location_forms() -> None:
    assert parse_location("PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)") == (LocationFill(
        "PERU", (Place("LIMA", ("CITY",)), Place("SAN ISIDRO", ("NEIGHBORHOOD",)))),)
    [between] = parse_location("CHILE: COPIAPO (CITY) - TALCA (CITY)")
    assert between.cities == ("COPIAPO", "TALCA")
    [both] = parse_location("EL SALVADOR: SAN SALVADOR (CITY / DEPARTMENT)")
    assert both.places == (Place("SAN SALVADOR", ("CITY", "DEPARTMENT")),)
    alts = parse_location("(EL SALVADOR: SAN SALVADOR (CITY)) / (EL SALVADOR)")
    assert [a.country for a in alts] == ["EL SALVADOR", "EL SALVADOR"]
    assert [a.cities for a in alts] == [("SAN SALVADOR",), ()]
    assert [a.country for a in parse_location("HONDURAS / EL SALVADOR")] == [
        "HONDURAS", "EL SALVADOR"]
    [dc] = parse_location("UNITED STATES: WASHINGTON D.C. (CITY)")
    assert dc.cities == ("WASHINGTON D.C.",)


KEY = """\
;;; a comment
0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
2.  INCIDENT: DATE                  - 08 DEC 89
3.  INCIDENT: LOCATION              COLOMBIA: BOGOTA (CITY)
4.  INCIDENT: TYPE                  BOMBING
11. PERP: ORGANIZATION CONFIDENCE   ? POSSIBLE: "ARMY"
                                    SUSPECTED OR ACCUSED: "FMLN"
21. HUM TGT: NUMBER                 20: "PERSONS"
                                    ~100: "PERSONS"
                                    PLURAL: "POLICEMEN"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "PERSONS"
                                    INJURY: "PERSONS"
                                    ? DEATH: "POLICEMEN"

0.  MESSAGE: ID                     TST9-MUC4-0002
1.  MESSAGE: TEMPLATE               *
4.  INCIDENT: TYPE                  *
"""


def test_parse_keys_synthetic() -> None:
    keys = parse_keys(KEY)
    assert keys["TST9-MUC4-0002"] == []  # irrelevant article
    [t] = keys["TST9-MUC4-0001"]
    assert (t.number, t.optional, t.incident_types) == (2, True, ("BOMBING",))
    assert t.suspected and not t.claimed
    # 20 PERSONS died for sure; the PLURAL POLICEMEN may have died ("?"): high bound open.
    assert t.killed == muc_keys.CountRange(20, 20, None)
    assert t.killed.contains(25) and not t.killed.contains(19)
    # the second PERSONS line (~100) pairs with the second PERSONS effect (INJURY)
    assert t.injured == muc_keys.CountRange(100, 100, 100)


@needs_data
def test_dev_keys_cover_the_processed_dev_file() -> None:
    keys = load_keys(SHARED_MUC4, "dev")
    assert len(keys) == 200 and sum(map(len, keys.values())) == 191
    with (SHARED_MUC4 / "processed" / "dev.json").open(encoding="utf-8") as f:
        processed = {d["docid"]: d["templates"] for d in map(json.loads, f)}
    assert set(keys) == set(processed)
    for docid, templates in keys.items():
        types = [" / ".join(t.incident_types).lower() for t in templates]
        assert types == [t["incident_type"] for t in processed[docid]], docid


@needs_data
def test_tst1_0001() -> None:
    # key-tst1.v7: templates 1, 3, 4, 5, 6 (2 deleted); template 1 is the ATTACK on the
    # "santo tomas" farm, 02 FEB 90, GUATEMALA: SANTO TOMAS (FARM), URNG "REPORTED AS FACT /
    # CLAIMED OR ADMITTED", HUM TGT 1: "CEREZO" NO INJURY and 1: "CIVILIAN" DEATH.
    ts = load_keys(SHARED_MUC4, "dev")["TST1-MUC3-0001"]
    assert [t.number for t in ts] == [1, 3, 4, 5, 6]
    t = ts[0]
    assert t.incident_types == ("ATTACK",) and not t.optional
    assert t.dates == (DateFill(date(1990, 2, 2), date(1990, 2, 2)),)
    assert t.countries == {"GUATEMALA"} and t.cities == frozenset()
    assert t.locations[0].places == (Place("SANTO TOMAS", ("FARM",)),)
    assert t.claimed and not t.suspected
    assert t.killed == muc_keys.CountRange(1, 1, 1) and t.injured is None
    # template 5: the peasant killed in Flores, El Peten, on or before 04 FEB 90
    t5 = ts[3]
    assert t5.dates == (DateFill(None, date(1990, 2, 4)),)
    assert t5.cities == {"FLORES"}
    assert t5.killed == muc_keys.CountRange(1, 1, 1)


@needs_data
def test_tst2_counts() -> None:
    keys = load_keys(SHARED_MUC4, "dev")
    # TST2-MUC4-0017: truck bomb in Bogota, 23 -: "PEOPLE" DEATH, 1000: "PEOPLE" INJURY.
    [t] = keys["TST2-MUC4-0017"]
    assert t.killed == muc_keys.CountRange(23, 23, None)
    assert t.injured == muc_keys.CountRange(1000, 1000, 1000)
    assert t.cities == {"BOGOTA"} and t.dates == (DateFill(None, date(1989, 12, 8)),)
    # TST2-MUC4-0048 template 1: attorney general killed, 2 bodyguards injured, driver unhurt;
    # the FMLN SUSPECTED OR ACCUSED BY AUTHORITIES.
    t = keys["TST2-MUC4-0048"][0]
    assert t.killed == muc_keys.CountRange(1, 1, 1)
    assert t.injured == muc_keys.CountRange(2, 2, 2)
    assert t.suspected and not t.claimed
    assert t.countries == {"EL SALVADOR"} and t.cities == {"SAN SALVADOR"}


@needs_data
def test_train_keys_match_processed_train() -> None:
    keys = load_keys(SHARED_MUC4, "train")
    assert len(keys) == 1300 and sum(map(len, keys.values())) == 1114
    assert "DEV-MUC3-0001" in keys  # the "(NCCOSC)" site tag is dropped


def test_unknown_split() -> None:
    with pytest.raises(ValueError, match="no MUC-4 keys"):
        load_keys(SHARED_MUC4, "test")
