"""Conflict flags: who did it, a claim and its denial, where, when."""

from polybius.fuse.conflicts import attribution, claim_and_denial, dates, places
from polybius.model import Statement

LAHORE = {"name": "Lahore", "country_code": "PK", "admin1": "Punjab", "lat": 31.55, "lon": 74.34,
          "precision": "city", "geonames_id": 1172451}


def test_two_groups_blamed_by_different_sources(report) -> None:
    reports = [report("a", "2024-03-05T08:00", perpetrators=(("Islamic State", True),)),
               report("b", "2024-03-05T09:00", perpetrators=(("Taliban", False),))]
    assert "Islamic State (1 source); Taliban (1 source)" in attribution(reports)[0].detail


def test_a_claim_then_a_denial_by_the_same_group(report) -> None:
    denial = Statement(type="denial", speaker="the Taliban", content="any role in the attack")
    reports = [report("a", "2024-03-05T08:00", perpetrators=(("Taliban", True),)),
               report("b", "2024-03-06T09:00", statements=(denial,))]
    assert [c.detail for c in claim_and_denial(reports)] == ["claimed by Taliban; denied by the Taliban"]


def test_an_accused_state_that_denies(report) -> None:
    accusation = Statement(type="accusation", speaker="Russian officials", target="Ukraine")
    denial = Statement(type="denial", speaker="Ukraine")
    reports = [report("a", "2024-03-23T08:00", statements=(accusation,)),
               report("b", "2024-03-23T09:00", statements=(denial,))]
    assert [c.detail for c in claim_and_denial(reports)] == ["Ukraine accused; denied by Ukraine"]


def test_places_in_two_countries_and_dates_days_apart(report) -> None:
    reports = [report("a", "2024-03-05T08:00"), report("b", "2024-03-05T09:00", place=LAHORE, day="2024-03-08")]
    assert places(reports)[0].field == "location"
    assert dates(reports)[0].detail == "sources disagree on the date: 2024-03-05 (1 source); 2024-03-08 (1 source)"


def test_agreeing_reports_raise_no_flag(report) -> None:
    reports = [report("a", "2024-03-05T08:00", perpetrators=(("Taliban", True),)),
               report("b", "2024-03-06T09:00", perpetrators=(("Taliban", False),))]
    assert attribution(reports) + claim_and_denial(reports) + places(reports) + dates(reports) == []
