"""The record types of RECORD.md: plain pydantic models, imported by every layer, importing nothing of ours.

Every value that came from text carries `evidence`: character spans into the document's text.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

EventTypeValue = Literal[
    "armed_assault", "bombing", "arson", "hostage_taking", "assassination", "stabbing",
    "vehicle_ramming", "shelling", "airstrike", "clash", "other",
]
WeaponType = Literal["firearm", "explosive", "incendiary", "melee", "vehicle", "chemical", "other"]
FigureKind = Literal["killed", "injured", "hospitalized", "missing", "hostages", "arrested"]
Qualifier = Literal["exact", "at_least", "over", "about", "up_to", "under"]
FigureStatus = Literal["current", "superseded", "partial"]
TargetKind = Literal[
    "civilians", "police", "military", "government", "religious", "business", "infrastructure",
    "transport", "journalists", "other",
]
StatementType = Literal[
    "claim_responsibility", "accusation", "denial", "dispute", "condemnation", "threat", "other",
]
Precision = Literal["day", "week", "month", "year", "unknown"]
PlacePrecision = Literal["facility", "city", "admin1", "country", "unknown"]


class Record(BaseModel):
    """Base for every record type: unknown keys are refused so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Evidence(Record):
    """A span of a document's text: `text == document.text[start:end]`.

    In a fused incident, which holds the reports of many documents, `document_id` names the
    document the span is in; in one document's record it is left out.
    """

    start: int
    end: int
    text: str
    document_id: str | None = None

    @model_serializer(mode="wrap")
    def _without_unset_document(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data = handler(self)
        if data.get("document_id") is None:
            data.pop("document_id", None)
        return data


class Document(Record):
    """One ingested text with its provenance; `id` is the sha256 of the text."""

    id: str
    text: str = Field(exclude=True, repr=False)
    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    source: str | None = None
    language: str = "en"

    @classmethod
    def from_text(cls, text: str, **meta: object) -> Document:
        """Build a document whose id is the content hash of `text`."""
        return cls(id=content_hash(text), text=text, **meta)


class DateValue(Record):
    value: str | None = None
    precision: Precision = "unknown"
    evidence: list[Evidence] = Field(default_factory=list)


class Location(Record):
    name: str | None = None
    facility: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = "unknown"
    geonames_id: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class EventType(Record):
    value: EventTypeValue
    evidence: list[Evidence] = Field(default_factory=list)


class Weapon(Record):
    type: WeaponType
    detail: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Perpetrator(Record):
    name: str
    kind: Literal["group", "individual", "state", "unknown"] = "unknown"
    mentions: list[str] = Field(default_factory=list)
    claimed: bool = False
    suspected: bool = False
    parent: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Count(Record):
    value: int
    evidence: list[Evidence] = Field(default_factory=list)


class Target(Record):
    name: str
    kind: TargetKind = "other"
    evidence: list[Evidence] = Field(default_factory=list)


class Victim(Record):
    name: str
    kind: Literal["individual", "group"] = "group"
    effect: Literal["killed", "injured", "kidnapped", "unharmed", "unknown"] = "unknown"
    evidence: list[Evidence] = Field(default_factory=list)


class Figure(Record):
    kind: FigureKind
    value: int
    qualifier: Qualifier = "exact"
    status: FigureStatus = "current"
    of: Literal["victims", "perpetrators"] = "victims"
    attributed_to: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Range(Record):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Source(Record):
    """A document that reported an incident; a near-duplicate copy names the document it copies."""

    document_id: str
    url: str | None = None
    source: str | None = None
    published: datetime | None = None
    duplicate_of: str | None = None


class Conflict(Record):
    field: str
    detail: str


class TimelinePoint(Record):
    """One source's figure of one kind at its publication time: how a toll moved as reports came in."""

    kind: FigureKind
    as_of: datetime | None = None
    value: int
    qualifier: Qualifier = "exact"
    status: Literal["current", "superseded"] = "current"
    document_id: str
    source: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Statement(Record):
    type: StatementType
    speaker: str | None = None
    target: str | None = None
    content: str | None = None
    hedged: bool = False
    evidence: list[Evidence] = Field(default_factory=list)


class Incident(Record):
    id: str
    date: DateValue = Field(default_factory=DateValue)
    location: Location = Field(default_factory=Location)
    event_types: list[EventType] = Field(default_factory=list)
    weapons: list[Weapon] = Field(default_factory=list)
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    perpetrator_count: Count | None = None
    targets: list[Target] = Field(default_factory=list)
    victims: list[Victim] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    totals: dict[str, Range] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    timeline: list[TimelinePoint] = Field(default_factory=list)


class Report(Record):
    """One document's account of an incident, as extracted: what fusion merges into an incident."""

    document: Source
    position: int = 0
    incident: Incident


class DocumentRecord(Record):
    """What `polybius extract` prints for one document: the document and its incidents."""

    document: Document
    incidents: list[Incident] = Field(default_factory=list)


class Problem(Record):
    """An input that could not be processed; batches collect these and go on."""

    input: str
    message: str
    line: int | None = None


def content_hash(text: str) -> str:
    """The sha256 hex digest of the UTF-8 text: a document's identity."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
