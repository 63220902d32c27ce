"""The original MUC-4 answer keys: the slots the processed GTT files drop.

Reads raw/TASK/CORPORA/{tst1,tst2}/key-* (split "dev", TST1 + TST2, 191 templates) and
dev/key-dev-* (split "train", 1,114 templates), whose message ids are exactly the processed
docids (TST1-MUC3-0001, DEV-MUC3-0001; a trailing "(NCCOSC)" site tag is dropped). The key
notation is that of raw/TASK/TASKDOC/templ-doc-basic/template-doc-part1.v7 (sections 4.2, 7):
"/" separates alternative correct fills, a leading "?" marks an optional fill, "(OPTIONAL)" after
the template number an optional template, "-" is null and "*" inapplicable; a template whose
type is "*" stands for an irrelevant article and is not returned. Relevant templates keep the
key's order, which is also the order of the templates of processed/{split}.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

SPLIT_FILES = {"dev": ("tst1/key-tst1.v7", "tst2/key-tst2.v4"), "train": ("dev/key-dev-*.muc4",)}
CITY_TYPES = frozenset({"CITY", "TOWN", "VILLAGE", "MUNICIPALITY", "HAMLET", "PORT"})
CLAIMED = "CLAIMED OR ADMITTED"
SUSPECTED = ("SUSPECTED OR ACCUSED", "SUSPECTED OR ACCUSED BY AUTHORITIES")
_MONTHS = {
    m: i
    for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1)
}
_SLOT_LINE = re.compile(r"^(\d+)\.\s+([A-Z][A-Z ]*: [A-Z][A-Z ]*?)(?:\s{2,}(.*?))?\s*$")
_DAY = re.compile(r"(\d{1,2}) ([A-Z]{3})[A-Z]* (\d{2})")
_NUMBER = re.compile(r"^(~)?(\d+)?\s*(-)?\s*(\d+)?$")


# ---------------------------------------------------------------- fill types


@dataclass(frozen=True)
class DateFill:
    """One date alternative: a day (earliest == latest), a span, or "on or before" (no earliest)."""

    earliest: date | None
    latest: date

    @property
    def is_day(self) -> bool:
        """The key gives one exact day."""
        return self.earliest == self.latest

    def contains(self, day: date) -> bool:
        """The day falls inside this fill (on-or-before fills accept any earlier day)."""
        return (self.earliest is None or self.earliest <= day) and day <= self.latest


@dataclass(frozen=True)
class Place:
    """A named place of a location fill with its type(s), e.g. SAN SALVADOR (CITY / DEPARTMENT)."""

    name: str
    types: tuple[str, ...]


@dataclass(frozen=True)
class LocationFill:
    """One location alternative: the country, then places from general to specific."""

    country: str
    places: tuple[Place, ...] = ()

    @property
    def cities(self) -> tuple[str, ...]:
        """Names of the places typed CITY, TOWN, VILLAGE, MUNICIPALITY, HAMLET or PORT."""
        return tuple(p.name for p in self.places if CITY_TYPES & set(p.types))


@dataclass(frozen=True)
class NumberFill:
    """A HUM TGT / PHYS TGT NUMBER fill: 7, ~100 (approx), 6-8, 23 - (at least), PLURAL."""

    low: int | None
    high: int | None
    approx: bool = False
    plural: bool = False

    @property
    def best(self) -> int | None:
        """The figure a coder would record: the exact or low value; None for PLURAL / "- N"."""
        return None if self.plural else self.low


@dataclass(frozen=True)
class Filler:
    """One line of a cross-referenced slot: set-fill alternatives and the referent strings."""

    values: tuple[str, ...]
    refs: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class CountRange:
    """A killed or injured count: bounds and the coder's figure (None when the key is vague)."""

    low: int
    best: int | None
    high: int | None

    def contains(self, n: int) -> bool:
        """n lies within the bounds (an open high bound accepts any n >= low)."""
        return self.low <= n and (self.high is None or n <= self.high)


@dataclass(frozen=True)
class KeyTemplate:
    """One relevant template of the answer key, with the slots a polybius record can match."""

    docid: str
    number: int
    optional: bool
    incident_types: tuple[str, ...]
    stage: tuple[str, ...]
    dates: tuple[DateFill, ...]
    locations: tuple[LocationFill, ...]
    org_confidence: tuple[Filler, ...]
    hum_numbers: tuple[tuple[Filler, tuple[NumberFill, ...]], ...]
    hum_effects: tuple[Filler, ...]
    raw: dict[int, list[str]] = field(repr=False, default_factory=dict)

    @property
    def countries(self) -> frozenset[str]:
        """Every country any location alternative names."""
        return frozenset(loc.country for loc in self.locations)

    @property
    def cities(self) -> frozenset[str]:
        """Every city-level place any location alternative names."""
        return frozenset(c for loc in self.locations for c in loc.cities)

    @property
    def confidences(self) -> frozenset[str]:
        """Every ORGANIZATION CONFIDENCE value of a sure (not "?") filler, alternatives too."""
        return frozenset(v for f in self.org_confidence if not f.optional for v in f.values)

    @property
    def claimed(self) -> bool:
        """CLAIMED OR ADMITTED is a correct confidence for some perpetrator organisation."""
        return CLAIMED in self.confidences

    @property
    def suspected(self) -> bool:
        """SUSPECTED OR ACCUSED (BY AUTHORITIES) is a correct confidence for some organisation."""
        return bool(self.confidences & set(SUSPECTED))

    @property
    def killed(self) -> CountRange | None:
        """Sum of HUM TGT: NUMBER over the targets whose effect is DEATH; None if none is."""
        return count_effect(self, "DEATH")

    @property
    def injured(self) -> CountRange | None:
        """Sum of HUM TGT: NUMBER over the targets whose effect is INJURY; None if none is."""
        return count_effect(self, "INJURY")


# ---------------------------------------------------------------- low-level parsing


def split_alternatives(text: str) -> list[str]:
    """Split on " / " (or "/") outside parentheses and quotes; strip one wrapping paren pair."""
    parts, depth, quoted, cur = [], 0, False, []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and quoted:
            cur.append(text[i : i + 2])
            i += 2
            continue
        quoted ^= ch == '"'
        depth += (ch == "(") - (ch == ")") if not quoted else 0
        if ch == "/" and depth == 0 and not quoted:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return [_unwrap(p.strip()) for p in parts if p.strip()]


def _unwrap(text: str) -> str:
    """ "(A: B (C))" -> "A: B (C)" when the outer parentheses enclose the whole text."""
    if not (text.startswith("(") and text.endswith(")")):
        return text
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and i < len(text) - 1:
            return text
    return text[1:-1].strip()


def _optional(text: str) -> tuple[str, bool]:
    """Strip a leading "?" (optional fill)."""
    return (text[1:].strip(), True) if text.startswith("?") else (text, False)


def _strings(text: str) -> tuple[str, ...]:
    """The quoted strings of '"A" / "B"', unescaped."""
    return tuple(s.replace('\\"', '"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text))


def parse_filler(line: str) -> Filler:
    """'? SET A / SET B: "REF" / "REF2"' -> Filler; a line without ":" has no referent."""
    text, optional = _optional(line.strip())
    head, sep, tail = text.partition(': "')
    if not sep:
        return Filler(tuple(split_alternatives(text)), (), optional)
    return Filler(tuple(split_alternatives(head)), _strings('"' + tail), optional)


def parse_day(text: str) -> date | None:
    """ "02 FEB 90" -> date(1990, 2, 2); the keys' two-digit years are all 19xx."""
    m = _DAY.fullmatch(text.strip().upper())
    if not m or m.group(2) not in _MONTHS:
        return None
    try:
        return date(1900 + int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def parse_date(text: str) -> tuple[DateFill, ...]:
    """INCIDENT: DATE with its forms DD MMM YY, A - B, - B and "(X) / (Y)" alternatives."""
    fills = []
    for alt in split_alternatives(_optional(text)[0]):
        start, _, end = alt.partition("-") if "-" in alt else (alt, "", alt)
        first, last = parse_day(start) if start.strip() else None, parse_day(end)
        if last is not None and (first is not None or not start.strip()):
            fills.append(DateFill(first, last))
    return tuple(fills)


def _place(text: str) -> Place:
    """ "SAN SALVADOR (CITY / DEPARTMENT)" -> Place."""
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", text.strip())
    if not m:
        return Place(text.strip(), ())
    return Place(m.group(1).strip(), tuple(split_alternatives(m.group(2))))


def parse_location(text: str) -> tuple[LocationFill, ...]:
    """INCIDENT: LOCATION: alternatives of COUNTRY: PLACE (TYPE): PLACE (TYPE) [- PLACE (TYPE)]."""
    fills = []
    for alt in split_alternatives(_optional(text)[0]):
        country, *levels = [p.strip() for p in alt.split(": ")]
        places = [_place(p) for level in levels for p in re.split(r"(?<=\))\s+-\s+", level)]
        fills.append(LocationFill(country, tuple(places)))
    return tuple(fills)


def parse_number(text: str) -> NumberFill | None:
    """One NUMBER alternative: 7, ~100, 5-10, 23 -, - 15, PLURAL; None if unreadable."""
    text = text.strip()
    if text == "PLURAL":
        return NumberFill(2, None, plural=True)
    m = _NUMBER.fullmatch(text)
    if not m or not (m.group(2) or m.group(4)):
        return None
    approx, low, dash, high = bool(m.group(1)), m.group(2), m.group(3), m.group(4)
    if not dash:
        return NumberFill(int(low), int(low), approx)
    if low is None:
        return NumberFill(None, int(high), approx)
    return NumberFill(int(low), int(high) if high else None, approx)


def parse_numbers(line: str) -> tuple[Filler, tuple[NumberFill, ...]]:
    """A HUM TGT: NUMBER line: its filler and the readable number alternatives."""
    filler = parse_filler(line)
    numbers = (parse_number(v) for v in filler.values)
    return filler, tuple(n for n in numbers if n is not None)


# ---------------------------------------------------------------- counts


def _pair_numbers(t: KeyTemplate) -> Iterator[tuple[Filler, tuple[NumberFill, ...]]]:
    """Each effect line with the number line of the same referent (k-th with k-th)."""
    unused = list(t.hum_numbers)
    for effect in t.hum_effects:
        match = next((n for n in unused if n[0].refs == effect.refs), None)
        if match is None:
            match = next((n for n in unused if set(n[0].refs) & set(effect.refs)), None)
        if match is not None:
            unused.remove(match)
        yield effect, match[1] if match else ()


def count_effect(t: KeyTemplate, effect: str) -> CountRange | None:
    """Sum the numbers of the human targets whose effect alternatives include `effect`.

    A sure target adds its first number alternative to every bound; an optional one ("?") only
    to the high bound; PLURAL, "N -" and a missing number leave the high bound open, and the
    figure is None when any sure number is not exact (PLURAL or "- N").
    """
    low, best, high, seen = 0, 0, 0, False
    for filler, numbers in _pair_numbers(t):
        if effect not in filler.values:
            continue
        seen = True
        n = numbers[0] if numbers else NumberFill(1, None, plural=True)
        high = None if high is None or n.high is None else high + n.high
        if filler.optional:
            continue
        low += n.low if n.low is not None else 1
        best = None if best is None or n.best is None else best + n.best
    return CountRange(low, best, high) if seen else None


# ---------------------------------------------------------------- templates and files


def _blocks(text: str) -> Iterator[dict[int, list[str]]]:
    """Slot number -> value lines, one dict per template of a key file."""
    slots: dict[int, list[str]] = {}
    last = None
    for line in text.splitlines():
        m = _SLOT_LINE.match(line)
        if m:
            if m.group(1) == "0" and slots:
                yield slots
                slots = {}
            last = int(m.group(1))
            slots[last] = [m.group(3)] if m.group(3) else []
        elif line.startswith(" ") and line.strip() and last is not None:
            slots[last].append(line.strip())
    if slots:
        yield slots


def _one(slots: dict[int, list[str]], n: int) -> str:
    """The single-line value of slot n ("-" when absent)."""
    return slots.get(n, ["-"])[0] if slots.get(n) else "-"


def _fillers(slots: dict[int, list[str]], n: int) -> tuple[Filler, ...]:
    """Cross-referenced fillers of slot n, nulls ("-", "*") left out."""
    return tuple(parse_filler(v) for v in slots.get(n, []) if v not in ("-", "*"))


def parse_template(slots: dict[int, list[str]]) -> KeyTemplate | None:
    """A KeyTemplate from one block; None for an irrelevant article's "*" template."""
    number = _one(slots, 1)
    if number.startswith("*") or _one(slots, 4) == "*":
        return None
    return KeyTemplate(
        docid=_one(slots, 0).split()[0],
        number=int(number.split()[0]),
        optional="OPTIONAL" in number,
        incident_types=tuple(split_alternatives(_optional(_one(slots, 4))[0])),
        stage=tuple(split_alternatives(_optional(_one(slots, 5))[0])),
        dates=parse_date(_one(slots, 2)),
        locations=parse_location(_one(slots, 3)),
        org_confidence=_fillers(slots, 11),
        hum_numbers=tuple(parse_numbers(v) for v in slots.get(21, []) if v not in ("-", "*")),
        hum_effects=_fillers(slots, 23),
        raw=slots,
    )


def parse_keys(text: str) -> dict[str, list[KeyTemplate]]:
    """Every message of a key file: docid -> relevant templates (empty list if irrelevant)."""
    keys: dict[str, list[KeyTemplate]] = {}
    for slots in _blocks(text):
        docid = _one(slots, 0).split()[0]
        keys.setdefault(docid, [])
        template = parse_template(slots)
        if template is not None:
            keys[docid].append(template)
    return keys


def key_files(data_dir: str | Path, split: str) -> list[Path]:
    """The raw key files of a split under data_dir (the muc4 folder)."""
    if split not in SPLIT_FILES:
        raise ValueError(f"no MUC-4 keys for split {split!r}: use one of {sorted(SPLIT_FILES)}")
    corpora = Path(data_dir) / "raw" / "TASK" / "CORPORA"
    files = sorted(p for pattern in SPLIT_FILES[split] for p in corpora.glob(pattern))
    if not files:
        raise FileNotFoundError(f"no key files for split {split!r} under {corpora}")
    return files


def load_keys(data_dir: str | Path, split: str = "dev") -> dict[str, list[KeyTemplate]]:
    """docid -> relevant key templates, in key order, for every message of the split."""
    keys: dict[str, list[KeyTemplate]] = {}
    for path in key_files(data_dir, split):
        for docid, templates in parse_keys(path.read_text(encoding="latin-1")).items():
            keys.setdefault(docid, []).extend(templates)
    return keys
