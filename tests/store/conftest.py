"""Hand-built records of real-looking reports, and a store in a temporary SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from polybius.model import (
    Conflict,
    Count,
    DateValue,
    Document,
    DocumentRecord,
    EventType,
    Evidence,
    Figure,
    Incident,
    Location,
    Perpetrator,
    Range,
    Source,
    Statement,
    Target,
    Victim,
    Weapon,
)
from polybius.store import Store, open_store

MARKET_TEXT = (
    "MAIDUGURI, Nigeria, Feb. 17 (wire) - At least 23 people were killed and more than 40 "
    "wounded when two suicide bombers blew themselves up in a crowded fish market in Konduga, "
    "about 35 km from Maiduguri, on Saturday evening, emergency officials said on Sunday.\n\n"
    "An earlier toll given by a local militia leader, Babakura Kolo, had put the number of dead "
    'at 15. "We have now recovered 23 bodies, among them six children," said a spokesman for '
    "the State Emergency Management Agency, adding that 42 of the injured had been taken to "
    "hospitals in Maiduguri.\n\n"
    "Islamic State West Africa Province (ISWAP) said in a statement on its Amaq outlet that its "
    "fighters had carried out the attack. A faction of Boko Haram loyal to the late Abubakar "
    "Shekau also said it was responsible, according to a message seen by local journalists. "
    "Neither claim could be independently verified.\n\n"
    "Borno state governor Babagana Zulum condemned the bombing and accused the militants of "
    'targeting "innocent traders trying to feed their families". Police said two suspects '
    "believed to have transported the bombers had been arrested at a checkpoint on the Bama road."
)

ROUNDUP_TEXT = (
    "KABUL, Oct. 9 - Two separate attacks killed at least 11 people in Afghanistan on "
    "Wednesday, officials said.\n\n"
    "In the northern city of Kunduz, a gunman opened fire on worshippers at a Shiite mosque "
    "during evening prayers, killing seven people and wounding nine before he was shot dead by "
    "guards, a provincial police spokesman said. The Islamic State Khorasan Province claimed "
    "the attack in a post on its Telegram channel.\n\n"
    "Hours earlier, a magnetic bomb attached to a car exploded in Kabul's Shar-e Naw district, "
    "killing four people, among them a local official, Haji Ahmad Wardak, the city's police "
    "chief said. No group claimed the blast."
)

MARKET_ID = "a3f9c2e1d07b"
KUNDUZ_ID = "b71e0c44aa10"
KABUL_ID = "b7d2e9f01355"


def span(text: str, phrase: str, occurrence: int = 0) -> list[Evidence]:
    """Evidence for the `occurrence`-th appearance of `phrase` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return [Evidence(start=start, end=start + len(phrase), text=phrase)]


def market_record() -> DocumentRecord:
    """The Konduga fish-market bombing: every field of the incident filled."""
    t = MARKET_TEXT
    document = Document.from_text(
        t, title="Suicide bombers kill at least 23 at Nigerian fish market",
        url="https://example.org/2024/02/18/konduga", source="wire",
        published=datetime(2024, 2, 18, 9, 0, tzinfo=UTC),
    )
    incident = Incident(
        id=MARKET_ID,
        date=DateValue(value="2024-02-17", precision="day", evidence=span(t, "Saturday evening")),
        location=Location(
            name="Konduga", facility="fish market", country_code="NG", admin1="Borno",
            lat=11.6533, lon=13.4179, precision="facility", geonames_id=2334802,
            evidence=span(t, "a crowded fish market in Konduga"),
        ),
        event_types=[EventType(value="bombing", evidence=span(t, "blew themselves up"))],
        weapons=[Weapon(type="explosive", detail="suicide bombs",
                        evidence=span(t, "two suicide bombers"))],
        perpetrators=[
            Perpetrator(
                name="Islamic State West Africa Province", kind="group",
                mentions=["Islamic State West Africa Province", "ISWAP"], claimed=True,
                parent="Islamic State",
                evidence=span(t, "Islamic State West Africa Province (ISWAP)"),
            ),
            Perpetrator(name="Boko Haram", kind="group", mentions=["Boko Haram"], claimed=True,
                        suspected=True, evidence=span(t, "A faction of Boko Haram")),
        ],
        perpetrator_count=Count(value=2, evidence=span(t, "two suicide bombers")),
        targets=[
            Target(name="fish market", kind="business", evidence=span(t, "crowded fish market")),
            Target(name="traders", kind="civilians", evidence=span(t, "innocent traders")),
        ],
        victims=[
            Victim(name="people", effect="killed", evidence=span(t, "23 people were killed")),
            Victim(name="six children", effect="killed", evidence=span(t, "six children")),
        ],
        figures=[
            Figure(kind="killed", value=23, qualifier="at_least",
                   attributed_to="emergency officials", evidence=span(t, "At least 23")),
            Figure(kind="killed", value=15, status="superseded", attributed_to="Babakura Kolo",
                   evidence=span(t, "the number of dead at 15")),
            Figure(kind="injured", value=40, qualifier="over", evidence=span(t, "more than 40")),
            Figure(kind="hospitalized", value=42, evidence=span(t, "42 of the injured")),
            Figure(kind="killed", value=6, status="partial", evidence=span(t, "six children")),
            Figure(kind="killed", value=2, of="perpetrators",
                   evidence=span(t, "blew themselves up")),
            Figure(kind="arrested", value=2, attributed_to="Police",
                   evidence=span(t, "two suspects")),
        ],
        totals={
            "killed": Range(low=23, best=23, high=None),
            "injured": Range(low=41, best=None, high=None),
            "hospitalized": Range(low=42, best=42, high=42),
        },
        sources=[Source(document_id=document.id, url=document.url, source="wire",
                        published=document.published)],
        conflicts=[Conflict(field="perpetrators",
                            detail="claimed by Islamic State West Africa Province; "
                                   "claimed by Boko Haram")],
        statements=[
            Statement(type="claim_responsibility", speaker="Islamic State West Africa Province",
                      content="its fighters had carried out the attack",
                      evidence=span(t, "its fighters had carried out the attack")),
            Statement(type="claim_responsibility", speaker="Boko Haram",
                      content="it was responsible", hedged=True,
                      evidence=span(t, "also said it was responsible")),
            Statement(type="condemnation", speaker="Babagana Zulum", target="the militants",
                      evidence=span(t, "Babagana Zulum condemned the bombing")),
        ],
    )
    return DocumentRecord(document=document, incidents=[incident])


def roundup_record() -> DocumentRecord:
    """Two attacks in Afghanistan in one report: a dated mosque shooting and a car bomb."""
    t = ROUNDUP_TEXT
    document = Document.from_text(t, url="https://example.org/afghanistan-roundup",
                                  published=datetime(2024, 10, 9, 18, 30))
    kunduz = Incident(
        id=KUNDUZ_ID,
        date=DateValue(value="2024-10-09", precision="day", evidence=span(t, "Wednesday")),
        location=Location(name="Kunduz", country_code="AF", precision="city",
                          evidence=span(t, "Kunduz")),
        event_types=[EventType(value="armed_assault", evidence=span(t, "opened fire"))],
        perpetrators=[Perpetrator(name="Islamic State Khorasan Province", kind="group",
                                  claimed=True, parent="Islamic State",
                                  evidence=span(t, "The Islamic State Khorasan Province"))],
        figures=[Figure(kind="killed", value=7, evidence=span(t, "killing seven people"))],
        totals={"killed": Range(low=7, best=7, high=7)},
    )
    kabul = Incident(
        id=KABUL_ID,
        date=DateValue(value="2024-10", precision="month"),
        location=Location(name="Kabul", admin1="Kabul", country_code="AF", precision="city",
                          evidence=span(t, "Kabul's Shar-e Naw district")),
        event_types=[EventType(value="bombing", evidence=span(t, "exploded"))],
        weapons=[Weapon(type="explosive", detail="magnetic bomb",
                        evidence=span(t, "a magnetic bomb"))],
        figures=[Figure(kind="killed", value=4, evidence=span(t, "killing four people"))],
    )
    return DocumentRecord(document=document, incidents=[kunduz, kabul])


@pytest.fixture
def market() -> DocumentRecord:
    """The Konduga market bombing record."""
    return market_record()


@pytest.fixture
def roundup() -> DocumentRecord:
    """The Afghanistan two-attack roundup record."""
    return roundup_record()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh SQLite database file."""
    return tmp_path / "polybius.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Store]:
    """An empty store: a temporary SQLite file, then a PostgreSQL database (tests/conftest.py)."""
    if request.param == "sqlite":
        with open_store(str(db_path)) as opened:
            yield opened
        return
    yield request.getfixturevalue("postgres_store")
