"""Date expressions in news text, resolved against the document's publication datetime.

Only the publication *date* is used (its time of day and time zone are ignored), and nothing is
ever guessed: without a publication date every relative expression keeps value None.

Resolution rules:

- weekday ("on Saturday", "late Friday", "Friday night"): the latest such day on or before the
  publication date; "last/past Saturday" strictly before it, "next Saturday" strictly after it;
- today, tonight, this morning/afternoon/evening: the publication date; yesterday and
  last night: publication date - 1 day (even for an article published late in the evening);
- week precision ("last week", "this week", "over the weekend", "2 weeks ago"): the value is the
  ISO date of the Monday starting that week;
- month-day without a year ("Feb. 17", "on 3 february"): the year that puts it on or before
  publication + 7 days, trying next year (only reachable around New Year), then the publication
  year, then the previous one;
- a bare month after a preposition or modifier ("in March", "early March"): the latest such month
  on or before the publication month ("last March" strictly before it);
- two-digit years ("14 APR 89"): the century putting the year nearest the publication year
  (ties go to the past); without a publication date 50-99 -> 19xx and 00-49 -> 20xx;
- invalid dates ("February 30") are still found, with value None and precision 'unknown'.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol

from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import doc_text, inside_quote, per_doc, span_text, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Same values as polybius.model.Precision.
Precision = Literal["day", "week", "month", "year", "unknown"]
DateRole = Literal["act", "statement", "aside", "other"]
_Result = tuple[str | None, Precision, bool]  # value, precision, relative
_Handler = Callable[[re.Match[str], date | None], _Result | None]

_PRECISION_RANK: dict[str, int] = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
_WINDOW = timedelta(days=7)  # how far after publication a year-less month-day may fall


@dataclass(frozen=True)
class DateMention:
    """A date expression at `start:end` of the document, with its ISO value (None if unknown)."""

    start: int
    end: int
    text: str
    value: str | None  # 'YYYY-MM-DD' (day or week: the Monday) | 'YYYY-MM' | 'YYYY' | None
    precision: Precision
    relative: bool  # True when the value depends on the publication date


def _load_lexicon() -> dict[str, Any]:
    """The word lists of data/dates.json."""
    return load_data("dates.json")


_LEX = _load_lexicon()
_MONTHS: dict[str, int] = _LEX["months"]
_WEEKDAYS: dict[str, int] = _LEX["weekdays"]
_WEEKDAY_MODES: dict[str, str] = _LEX["weekday_modifiers"]
_RELATIVE: dict[str, list[Any]] = _LEX["relative"]
_NUMBER_WORDS: dict[str, int] = _LEX["number_words"]


# --- date arithmetic -------------------------------------------------------------------------


def _date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _monday(day: date) -> date:
    """The Monday starting the ISO week of `day`."""
    return day - timedelta(days=day.weekday())


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    y, m = divmod(year * 12 + month - 1 + delta, 12)
    return y, m + 1


def _ym(year: int, month: int) -> str:
    """ISO 'YYYY-MM'."""
    return f"{year:04d}-{month:02d}"


def _full_year(digits: str, pub: date | None) -> int:
    """A four-digit year from 2 or 4 digits (89 -> 1989)."""
    yy = int(digits)
    if len(digits) == 4:
        return yy
    if pub is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    return min((c + yy for c in (1800, 1900, 2000, 2100)), key=lambda y: (abs(y - pub.year), y))


def _weekday_date(pub: date, weekday: int, mode: str) -> date:
    """The weekday nearest `pub`: on or before, strictly before, or strictly after."""
    if mode == "after":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - weekday) % 7
    return pub - timedelta(days=back or (7 if mode == "before" else 0))


def _month_day_date(pub: date, month: int, day: int) -> date | None:
    """The year-less month-day at most 7 days after publication, latest first."""
    for year in (pub.year + 1, pub.year, pub.year - 1):
        found = _date(year, month, day)
        if found is not None and found <= pub + _WINDOW:
            return found
    return None


def _recent_month(pub: date, month: int, strict: bool) -> str:
    """The latest such month on (or, if strict, strictly) before the publication month."""
    past = month < pub.month or (month == pub.month and not strict)
    return _ym(pub.year if past else pub.year - 1, month)


# --- results ---------------------------------------------------------------------------------

_UNKNOWN_RELATIVE: _Result = (None, "unknown", True)


def _day(found: date | None, relative: bool) -> _Result:
    """A day-precision result, unknown when the date does not exist."""
    return (found.isoformat(), "day", relative) if found else (None, "unknown", relative)


def _month_number(word: str) -> int:
    """1-12 for a month name or abbreviation ('Feb.', 'SEPT')."""
    return _MONTHS[word.lower().rstrip(".")]


def _norm(words: str) -> str:
    """Lower-case with single spaces."""
    return " ".join(words.lower().split())


# --- handlers: one per pattern; None means "not a date after all" ------------------------------


def _h_iso(m: re.Match[str], pub: date | None) -> _Result:
    """2024-03-22."""
    return _day(_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])), False)


def _h_num(m: re.Match[str], pub: date | None) -> _Result | None:
    """22/03/2024, day first unless impossible; 2-digit years only with slashes."""
    if len(m["num_y"]) == 2 and m["num_s"] != "/":
        return None
    year, a, b = _full_year(m["num_y"], pub), int(m["num_a"]), int(m["num_b"])
    return _day(_date(year, b, a) or _date(year, a, b), False)


def _h_dmy(m: re.Match[str], pub: date | None) -> _Result:
    """22 March 2024, 14 APR 89."""
    year = _full_year(m["dmy_y"], pub)
    return _day(_date(year, _month_number(m["dmy_m"]), int(m["dmy_d"])), False)


def _h_mdy(m: re.Match[str], pub: date | None) -> _Result:
    """March 22, 2024."""
    year = int(m["mdy_y"])
    return _day(_date(year, _month_number(m["mdy_m"]), int(m["mdy_d"])), False)


def _month_day(pub: date | None, month: int, day: int) -> _Result:
    """A year-less month-day, unknown without a publication date or if impossible."""
    if pub is None:
        return _UNKNOWN_RELATIVE
    return _day(_month_day_date(pub, month, day), True)


def _h_dm(m: re.Match[str], pub: date | None) -> _Result:
    """17 February, on 3 february."""
    return _month_day(pub, _month_number(m["dm_m"]), int(m["dm_d"]))


def _h_md(m: re.Match[str], pub: date | None) -> _Result:
    """Feb. 17, October 9."""
    return _month_day(pub, _month_number(m["md_m"]), int(m["md_d"]))


def _h_my(m: re.Match[str], pub: date | None) -> _Result:
    """March 2024, mid-March 2024."""
    return _ym(int(m["my_y"]), _month_number(m["my_m"])), "month", False


def _relative_value(pub: date, unit: str, delta: int) -> tuple[str, Precision]:
    """The value of a relative phrase or 'N units ago'."""
    if unit == "minute":
        return pub.isoformat(), "day"
    if unit == "hour":
        return (pub - timedelta(days=-delta // 24)).isoformat(), "day"
    if unit == "day":
        return (pub + timedelta(days=delta)).isoformat(), "day"
    if unit == "week":
        return _monday(pub + timedelta(weeks=delta)).isoformat(), "week"
    if unit == "weekend":
        return _monday(_weekday_date(pub, 5, "on_or_before")).isoformat(), "week"
    if unit == "month":
        return _ym(*_shift_month(pub.year, pub.month, delta)), "month"
    return f"{pub.year + delta:04d}", "year"


def _h_rel(m: re.Match[str], pub: date | None) -> _Result:
    """Yesterday, last night, this morning, last week, earlier this month, ..."""
    if pub is None:
        return _UNKNOWN_RELATIVE
    unit, delta = _RELATIVE[_norm(m["rel_p"])]
    return (*_relative_value(pub, unit, delta), True)


def _h_ago(m: re.Match[str], pub: date | None) -> _Result | None:
    """Three days ago, 2 weeks ago, a year ago."""
    word = m["ago_n"].lower()
    count = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    if count == 0:
        return None
    if pub is None:
        return _UNKNOWN_RELATIVE
    return (*_relative_value(pub, m["ago_u"].lower(), -count), True)


def _h_wd(m: re.Match[str], pub: date | None) -> _Result:
    """On Saturday, late Friday, Friday night, last Sunday."""
    if pub is None:
        return _UNKNOWN_RELATIVE
    mode = _WEEKDAY_MODES.get(_norm(m["wd_mod"] or ""), "on_or_before")
    return _day(_weekday_date(pub, _WEEKDAYS[m["wd_d"].lower()], mode), True)


def _h_mo(m: re.Match[str], pub: date | None) -> _Result | None:
    """In March, early March, last March (a bare month needs one of these)."""
    if not (m["mo_prep"] or m["mo_mod"]):
        return None
    if pub is None:
        return _UNKNOWN_RELATIVE
    strict = _norm(m["mo_mod"] or "") == "last"
    return _recent_month(pub, _month_number(m["mo_m"]), strict), "month", True


def _h_yr(m: re.Match[str], pub: date | None) -> _Result:
    """In 2019, since 2014."""
    return m["yr_x"], "year", False


# --- patterns --------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of `words`, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _month_regex() -> str:
    """Month names; abbreviations may take a dot ('Feb.')."""
    longest: dict[int, str] = {}
    for name, number in _MONTHS.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    full = set(longest.values())
    abbr = set(_MONTHS) - full
    return rf"(?:(?:{_alt(full)})\b|(?:{_alt(abbr)})\b\.?)"


def _year_end(followers: Iterable[str]) -> str:
    """Lookahead for the end of a year: punctuation, line end or one of `followers`."""
    return rf"(?=\s*(?:[^\w\s]|$)|[ \t]*\n|\s+(?:{_alt(followers)})\b)"


def _patterns() -> list[tuple[str, str, _Handler]]:
    """(name, regex, handler), tried in this order at each position."""
    mon, wd = _month_regex(), _alt(_WEEKDAYS)
    day = r"(?:3[01]|[12]\d|0?[1-9])"
    nth = r"(?:st|nd|rd|th)?\b"
    lead = r"(?<![\w.,/:])"  # a number starting a date is not inside another number
    year4 = r"(?:1[89]|20)\d\d(?!\d)"
    # a year is followed by punctuation or a function word, not by a noun: '3 february 12 people'
    year_end = _year_end(_LEX["year_followers"])
    year2 = rf"\d\d{_year_end(_LEX['short_year_followers'])}"
    blockers = _alt(_LEX["day_blockers"])
    day_end = rf"(?![.,:]?\d)(?!\s*%)(?!\s+(?:{blockers})\b)"
    parts = _alt(_LEX["day_parts"])
    mod = r"(?:early|late|mid)(?:-|\s+)"
    return [
        ("iso", rf"(?<![\w.-])(?P<iso_y>{year4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)", _h_iso),
        (
            "num",
            r"(?<![\w.,/:-])(?P<num_a>\d{1,2})(?P<num_s>[/.-])(?P<num_b>\d{1,2})(?P=num_s)"
            rf"(?P<num_y>{year4}|\d\d)(?![\w/]|[.-]\d)",
            _h_num,
        ),
        (
            "dmy",
            rf"{lead}(?P<dmy_d>{day}){nth}(?:\s+|-)(?:of\s+)?(?P<dmy_m>{mon})(?:,\s*|\s+|-)"
            rf"(?P<dmy_y>{year4}|{year2})",
            _h_dmy,
        ),
        ("dm", rf"{lead}(?P<dm_d>{day}){nth}(?:\s+|-)(?:of\s+)?(?P<dm_m>{mon}){day_end}", _h_dm),
        (
            "mdy",
            rf"\b(?P<mdy_m>{mon})(?:\s+|-)(?:the\s+)?(?P<mdy_d>{day}){nth}(?:,\s*|\s+|-)"
            rf"(?P<mdy_y>{year4})",
            _h_mdy,
        ),
        ("my", rf"\b(?:{mod})?(?P<my_m>{mon})(?:,?\s+|\s+of\s+|-)(?P<my_y>{year4})", _h_my),
        ("md", rf"\b(?P<md_m>{mon})(?:\s+|-)(?:the\s+)?(?P<md_d>{day}){nth}{day_end}", _h_md),
        ("rel", rf"\b(?P<rel_p>{_alt(_RELATIVE)})(?:\s+(?:{parts}))?\b", _h_rel),
        (
            "ago",
            rf"(?<![\w.,])(?P<ago_n>\d{{1,3}}|{_alt(_NUMBER_WORDS)})\s+"
            r"(?P<ago_u>minute|hour|day|week|month|year)s?\s+ago\b",
            _h_ago,
        ),
        (
            "wd",
            rf"\b(?:(?P<wd_mod>{_alt(_WEEKDAY_MODES)})\s+(?:on\s+)?)?(?P<wd_d>{wd})"
            rf"(?:\s+(?:{parts}))?\b",
            _h_wd,
        ),
        (
            "mo",
            r"\b(?:(?P<mo_prep>in|since|during|until|by|from|before|after|of)\s+(?:the\s+)?)?"
            rf"(?P<mo_x>(?:(?P<mo_mod>early|late|mid|last|this)(?:-|\s+))?(?P<mo_m>{mon}))"
            r"(?!\s*-?\s*\d)(?!\s+of\s+\d)",
            _h_mo,
        ),
        (
            "yr",
            rf"\b(?:in|since|during|until|by|from|before|after)\s+(?:{mod})?(?P<yr_x>{year4})"
            rf"{year_end}",
            _h_yr,
        ),
    ]


def _compile() -> tuple[re.Pattern[str], dict[str, _Handler]]:
    """All patterns as one alternation over lower-cased text, and the handler of each name."""
    table = _patterns()
    alternatives = "|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in table)
    # Every date starts a word: testing that first skips most positions cheaply.
    return re.compile(rf"\b(?=\w)(?:{alternatives})"), {name: h for name, _, h in table}


_PATTERN, _HANDLERS = _compile()


# --- public API ------------------------------------------------------------------------------


def _pub_date(published: datetime | date | None) -> date | None:
    """The publication date (a datetime's own local date)."""
    if isinstance(published, datetime):
        return published.date()
    return published


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _lower(text: str) -> str:
    """Lower-cased `text` with unchanged offsets (patterns are lower-case, matching is faster)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _span(m: re.Match[str], name: str) -> tuple[int, int]:
    """The mention's span: the `<name>_x` group if the pattern has one, else the whole match."""
    core = f"{name}_x"
    if core in _PATTERN.groupindex and m.start(core) >= 0:
        return m.span(core)
    return m.span(name)


_CALENDAR = frozenset({"iso", "num", "dmy", "dm", "mdy", "md"})  # patterns naming the day of the month
_WEEKDAY_GAP = re.compile(r",?\s*(?:the\s+)?")  # 'Monday, 4 August', 'Tuesday the 5th of March'


def find_dates(text: str, published: datetime | None, *, offset: int = 0) -> list[DateMention]:
    """Date expressions in `text`, resolved against `published`; offsets shifted by `offset`. A weekday
    before a calendar date ('on Monday, 4 August') is one mention with the calendar date's value."""
    pub = _pub_date(published)
    mentions: list[DateMention] = []
    previous = ""
    for m in _PATTERN.finditer(_lower(text)):
        name = m.lastgroup or ""
        result = _HANDLERS[name](m, pub)
        if result is None:
            continue
        start, end = _span(m, name)
        if previous == "wd" and _joined(text, mentions[-1], name, start, offset):
            start = mentions.pop().start - offset
        mentions.append(DateMention(start + offset, end + offset, text[start:end], *result))
        previous = name
    return mentions


def _joined(text: str, weekday: DateMention, name: str, start: int, offset: int) -> bool:
    """Does a weekday mention make one date with the next ('Monday, 4 August'; 'the night from Saturday to
    Sunday')?"""
    if name in _CALENDAR:
        return bool(_WEEKDAY_GAP.fullmatch(text, weekday.end - offset, start))
    return name == "wd" and _night_between(text, weekday, start, offset)


_NIGHT_GAP = re.compile(r"\s+(?:to|into|and)\s+(?:early\s+)?", re.IGNORECASE)
_NIGHT_BEFORE = re.compile(r"(?:\b(?:night|hours)\s+(?:of|from|between)|\bovernight(?:\s+(?:on|from|between))?)\s+$")


def _night_between(text: str, first: DateMention, start: int, offset: int) -> bool:
    """'in the night from Saturday to Sunday', 'overnight Saturday into Sunday', 'Saturday night into Sunday': a
    night across two days is one mention, dated by the second (the attack is told in the small hours)."""
    end = first.end - offset
    if not _NIGHT_GAP.fullmatch(text, end, start):
        return False
    night = first.text.lower().endswith("night") and "and" not in text[end:start].lower()
    return night or bool(_NIGHT_BEFORE.search(_lower(text[max(0, first.start - offset - 30) : first.start - offset])))


def find_dates_in_span(span: Span, published: datetime | None) -> list[DateMention]:
    """Date expressions in a spaCy span, offsets into its Doc's text."""
    return find_dates(span_text(span), published, offset=span.start_char)


_BARE_YEAR = re.compile(r"(?:the\s+year\s+|in\s+)?((?:1[89]|20)\d\d)", re.IGNORECASE)
_BARE_MONTH = re.compile(rf"(?:the\s+month\s+of\s+)?({_month_regex()})", re.IGNORECASE)
_FULL_DATE_HINT = re.compile(
    rf"\b(?:1[89]|20)\d\d\b.*(?:\d[/.-]\d|{_month_regex()})"
    rf"|(?:\d[/.-]\d|{_month_regex()}).*\b(?:1[89]|20)\d\d\b",
    re.IGNORECASE | re.DOTALL,
)


def _mention_rank(mention: DateMention) -> tuple[bool, int, bool, int]:
    """Sort key preferring a value, finer precision, absolute dates, then longer text."""
    rank = _PRECISION_RANK[mention.precision]
    return mention.value is not None, rank, not mention.relative, len(mention.text)


def _resolve_bare(text: str, pub: date | None) -> tuple[str | None, Precision] | None:
    """A lone year ('2019') or month ('March'), as spaCy DATE entities often are."""
    if year := _BARE_YEAR.fullmatch(text):
        return year[1], "year"
    if month := _BARE_MONTH.fullmatch(text):
        if pub is None:
            return None, "unknown"
        return _recent_month(pub, _month_number(month[1]), strict=False), "month"
    return None


def _dateparser_full_date(text: str, published: datetime | None) -> str | None:
    """A complete day-month-year in an odd format ('2024/03/22'), via strict dateparser."""
    if not _FULL_DATE_HINT.search(text):
        return None  # dateparser invents dates for '40 days' etc.: only full dates go to it
    import dateparser  # slow import, rarely needed

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": True}
    if published is not None:
        settings["RELATIVE_BASE"] = published.replace(tzinfo=None)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def resolve_date_text(text: str, published: datetime | None) -> tuple[str | None, Precision]:
    """(value, precision) of one date expression such as a spaCy DATE entity's text."""
    mentions = find_dates(text, published)
    if mentions:
        best = max(mentions, key=_mention_rank)
        return best.value, best.precision
    bare = _resolve_bare(text.strip(), _pub_date(published))
    if bare is not None:
        return bare
    value = _dateparser_full_date(text, published)
    return (value, "day") if value else (None, "unknown")


_PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’-])*"  # letters of any script: 'BOGOTÁ', "N'DJAMENA"
_DATELINE_PLACE = re.compile(rf"\s*{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}\s*[,(]")
_DATELINE_DASH = re.compile(r"(?<=[\s)])(?:-{1,2}|[—–])(?=\s|$)|(?<=[\w)]):(?=\s)")
_DATELINE_MAX = 160


_DATELINE_LINES = 3
_DATE_LINE_LINES = 6  # headline, byline, date line and the like


@lru_cache(maxsize=4)
def dateline_date(text: str, published: datetime | None) -> DateMention | None:
    """The date in a news dateline opening `text` ('KABUL, Oct. 9 -') or its first lines after a
    headline, if there is one; else a date line under the headline and byline ('21 April 2026',
    'Published On 4 Feb 2026')."""
    start = 0
    for _ in range(_DATELINE_LINES):
        found = _line_dateline_date(text, start, published)
        if found is not None:
            return found
        newline = text.find("\n", start)
        if newline < 0:
            break
        start = newline + 1
        while start < len(text) and text[start].isspace():
            start += 1
    head = text[: _line_start(text, _DATE_LINE_LINES)]
    return next((m for m in find_dates(head, published) if is_date_line(text, m)), None)


def _line_start(text: str, lines: int) -> int:
    """Where line number `lines` (counting non-blank lines from 0) of `text` starts, or its end."""
    start = 0
    for _ in range(lines):
        newline = text.find("\n", start)
        if newline < 0:
            return len(text)
        start = newline + 1
        while start < len(text) and text[start].isspace():
            start += 1
    return start


def is_date_line(text: str, mention: DateMention) -> bool:
    """Is the date alone on its line, bar words such as 'Published' or 'Updated', a time and a bracket ('21
    April 2026', 'Published On 4 Feb 2026 12:30 GMT', 'Last updated: 14 January 2026, 15:20 (Israel time)'):
    the report's own date, not an act's?"""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    rest = (text[start : mention.start] + " " + text[mention.end : end if end >= 0 else len(text)]).lower()
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ", rest))  # not '(Israel time)'
    if all(w in _DATE_LINE_WORDS for w in words):
        return True
    return len(words) <= _STAMP_WORDS and any(w in _STAMP_CUES for w in words)  # 'CBC News · Posted: Oct 01, 2017'


_DATE_LINE_WORDS = frozenset(_LEX["date_line_words"]) | {z.lower() for z in _LEX["time_zones"]}
_STAMP_CUES = frozenset({"posted", "updated", "published"})
_STAMP_WORDS = 10


def _line_dateline_date(text: str, start: int, published: datetime | None) -> DateMention | None:
    """The date of a dateline that opens the line at `start`."""
    dash = _DATELINE_DASH.search(text, start, start + _DATELINE_MAX)
    if dash is None:
        return None
    head = text[start : dash.start()]
    if "\n" in head.strip() or not _DATELINE_PLACE.match(head):
        return None
    mentions = find_dates(head, published, offset=start)
    return mentions[0] if mentions else None


_ZONE = re.compile(rf"\b(?:{_alt(_LEX['time_zones'])})\b", re.IGNORECASE)


def zone_conversion(text: str, mention: DateMention) -> bool:
    """'shortly after 2 a.m. (2300 GMT on Tuesday)': a date in brackets that restates a time in another
    time zone is not the local day of the act."""
    opened = text.rfind("(", 0, mention.start)
    closed = text.find(")", mention.end)
    if opened < 0 or closed < 0 or ")" in text[opened : mention.start] or "(" in text[mention.end : closed]:
        return False
    return bool(_ZONE.search(text, opened, closed))


# --- which clause a date dates -----------------------------------------------------------------


def _mention_span(doc: Doc, mention: DateMention) -> Span | None:
    """The tokens of a date mention, found once per Doc: several checks of one candidate date read them."""
    spans: dict[tuple[int, int], Span | None] = per_doc(doc, "date_mention_spans", dict)
    key = (mention.start, mention.end)
    if key not in spans:
        spans[key] = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return spans[key]


def dated_verb(doc: Doc, mention: DateMention) -> Token | None:
    """The verb a date hangs on in the parse ('killed ... on Saturday' -> killed), if any."""
    span = _mention_span(doc, mention)
    if span is None:
        return None
    node = span.root
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def dates_reported_clause(doc: Doc, mention: DateMention, verb: Token) -> bool:
    """'A strike killed 24 civilians, on Saturday, a medical group said on Sunday': a date the parser
    hangs on a trailing speech verb but that comes after the reported clause and before the speaker
    dates what was reported, not the statement (which has its own date, after the verb, if any)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or mention.end > subject.left_edge.idx:
        return False
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.idx < mention.start for c in verb.children)


def dates_statement(doc: Doc, mention: DateMention, speech: frozenset[str]) -> bool:
    """'officials said on Sunday': a date on a speech verb dates the statement, not the attack (also when the
    parser hangs it on the reported verb: 'rebels said on Tuesday they had killed three')."""
    verb = dated_verb(doc, mention)
    if verb is not None and _after_speech_verb(mention, verb, speech):
        return True
    if verb is None or verb.lemma_.lower() not in speech:
        return False
    return not dates_reported_clause(doc, mention, verb)


# --- the incident's date, as a coder chooses it --------------------------------------------------


class DatedSentence(Protocol):
    """What choosing an incident's date needs of a sentence (a sentences.SentenceInfo)."""

    dates: list[DateMention]
    span: Span

    @property
    def violent(self) -> bool:
        """Does the sentence report violence?"""
        ...

    @property
    def reported(self) -> bool:
        """Does the sentence report current events (not a past attack recalled)?"""
        ...


_RECENT_DAYS = 31  # an older date recalls something else, unless nothing recent dates the incident
_BOUND = re.compile(rf"\b(?:{_alt(_LEX['period_bounds'])})\s+(?:the\s+)?$")


@cache
def _act_words() -> tuple[frozenset[str], frozenset[str]]:
    """(act words, occurrence verbs): words for the violent act itself ('killed', 'bombing',
    'exploded'; not the attackers: 'gunmen', 'insurgents'), and verbs that date the act they have as
    subject ('the attack took place')."""
    events = load_data("events.json")
    words = {w for spec in events["event_types"].values() for w in spec["lemmas"]}
    words |= set(events["generic_attack"]) | set(_LEX["act_words"])
    agents = word_set("segments.json", "agent_nouns") | set(_LEX["agent_words"])
    return frozenset(w.lower() for w in words) - agents, frozenset(_LEX["occurrence_verbs"])


def is_act(token: Token) -> bool:
    """A violent act word, or an occurrence verb whose subject is an act, not an attacker ('the blast
    occurred', 'the shooting that took place'; not 'the insurgents began')."""
    acts, occurs = _act_words()
    if token.lemma_.lower() in acts or token.lower_ in acts:
        return True
    if token.lemma_.lower() not in occurs:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "relcl":
        subjects.append(token.head)
    if token.dep_ == "conj" and not subjects:  # 'the clashes pitted A against B and erupted on Monday'
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in acts or s.lower_ in acts for s in subjects)


def date_role(doc: Doc, mention: DateMention, speech: frozenset[str]) -> DateRole:
    """What a date dates, from the parse: an act ('killed on Monday', "Monday's bombing", 'a strike
    that set the ship on fire on Tuesday'), a statement ('officials said on Sunday', also when the
    parser hangs it on the reported clause; not "killed 24, on Saturday, a group said"), an aside on
    someone or something named ('the group that disarmed on 9 March') or other."""
    span = _mention_span(doc, mention)
    if span is None:
        return "other"
    node = span.root
    while node.head.i != node.i:
        below, node = node, node.head
        if node.pos_ in ("NOUN", "PROPN") and is_act(node):
            return "other" if below.dep_ == "prep" and _topic_of_talk(node) else "act"
        if node.pos_ in ("VERB", "AUX"):
            return _verb_role(doc, mention, node, speech)
    return "other"


def _topic_of_talk(act: Token) -> bool:
    """'questions about the strike on Wednesday', 'an inquiry into the bombing on Friday': an act named as the
    topic of talk or inquiry, whose trailing date may as well date the talk, does not date the act."""
    return act.dep_ == "pobj" and act.head.lower_ in _LEX["topic_prepositions"]


def _verb_role(doc: Doc, mention: DateMention, verb: Token, speech: frozenset[str]) -> DateRole:
    """The role of a date that hangs on `verb` (see date_role)."""
    if verb.lemma_.lower() in speech and not dates_reported_clause(doc, mention, verb):
        return "statement"
    if _after_speech_verb(mention, verb, speech):
        return "statement"
    if is_act(verb) or (verb.dep_ == "relcl" and is_act(verb.head)) or _perpetrated_act(mention, verb):
        return "act"
    if verb.dep_ not in ("relcl", "acl"):
        return "other"
    return "act" if _act_noun_above(verb) or _struck_gathering(verb) else "aside"


_GATHERINGS = frozenset(_LEX["struck_gatherings"])


def _struck_gathering(verb: Token) -> bool:
    """'Two explosions tore through a rally held in Bukavu on Thursday': the day a gathering an act struck was held
    is the act's day."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in _GATHERINGS:
        return False
    act = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return act is not None and is_act(act)


_PERPETRATION = frozenset(_LEX["perpetration_verbs"])


def _perpetrated_act(mention: DateMention, verb: Token) -> bool:
    """'the IRGC had directed the attack on the cafe in Bondi on October 20': a date after the act a verb of having
    it done takes as object dates that act, though the parser hangs it on the verb."""
    if verb.lemma_.lower() not in _PERPETRATION:
        return False
    return any(c.dep_ == "dobj" and is_act(c) and c.idx < mention.start for c in verb.children)


def _act_noun_above(verb: Token) -> bool:
    """'the assassination of six Jesuits by men wearing uniforms on 15 November': the noun phrase a
    modifier clause hangs in names the act (up through nouns and prepositions, never another verb)."""
    node = verb.head
    while node.pos_ in ("NOUN", "PROPN", "ADP", "PRON", "NUM"):
        if node.pos_ == "NOUN" and is_act(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _after_speech_verb(mention: DateMention, verb: Token, speech: frozenset[str]) -> bool:
    """'Houthis said on Wednesday they had attacked': a date between a speech verb and the subject of
    the clause it reports dates the speech, though the parser hangs it on the reported verb."""
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_.lower() not in speech or said.idx > mention.start:
        return False
    if any(c.dep_ == "mark" and c.idx < mention.start for c in verb.children):
        return False  # 'police announced that, early this morning, gunmen placed': inside the report
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and mention.end <= subject.left_edge.idx


def _bounds_period(text: str, mention: DateMention) -> bool:
    """'clashes since 11 November': a date that bounds a period is not the day of an act."""
    return bool(_BOUND.search(_lower(text[max(0, mention.start - 20) : mention.start])))


def _since_act(doc: Doc, mention: DateMention) -> bool:
    """'risen sharply since the Hamas attack on Israel on October 7', 'since the 2021 coup': a date of an act that
    bounds a period ('since', 'until' governing the act's noun) recalls an earlier event."""
    span = _mention_span(doc, mention)
    node = span.root if span is not None else None
    while node is not None and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "pobj" and node.head.lower_ in _LEX["period_bounds"]:
            return True
        node = node.head
    return False


def _recent_cutoff(published: datetime | None) -> str:
    """The earliest month still recent: dates before it recall something, not the attack reported."""
    if published is None:
        return ""
    return (published - timedelta(days=_RECENT_DAYS)).date().isoformat()[:7]


def _candidates(
    doc: Doc,
    sentences: Sequence[DatedSentence],
    aggregate: bool,
    line_end: int,
    speech: frozenset[str],
    cutoff: str = "",
) -> Iterator[tuple[int, DateMention]]:
    """(tier, mention) for every date that may be the incident's: 0 dates an act, 1 stands in a
    violent sentence, 2 in another of the incident's sentences, 3 in a summary sentence, 4 bounds a
    period ('since 11 November') or dates a step taken after the act ('the suspect was identified on Sunday');
    a relative day a quoted speaker gives ('"Today's shooting ..."') counts at most as tier 2; statement dates and
    the dateline are left out."""
    text = doc_text(doc)
    for info in sentences:
        for m in info.dates:
            if not m.value or m.start < line_end or is_date_line(text, m):
                continue
            role = date_role(doc, m, speech)
            if role == "statement":
                continue
            if _in_cause(doc, m):
                continue
            role = "other" if role == "act" and (_unviolent_deed(doc, info, m) or _known_act_named(doc, m)) else role
            violent = info.violent and _acts_anew(info.span)
            tier = 3 if aggregate else 0 if role == "act" else 1 if violent and role == "other" else 2
            bound = _bounds_period(text, m) or (str(m.value)[:7] < cutoff and _since_act(doc, m))
            quoted = m.relative and inside_quote(text, info.span.start_char, m.start)  # '"Today's shooting ..."'
            yield (4 if bound or (role == "other" and _follow_up(doc, m)) else max(tier, 2) if quoted else tier), m


def _in_cause(doc: Doc, mention: DateMention) -> bool:
    """'targeted Kiryat Shmona in response to Israeli strikes on villages, including one on Monday', 'in retaliation
    for the killing of a commander on Friday': a date in the act a reprisal answers dates that act, not this one."""
    span = _mention_span(doc, mention)
    if span is None:
        return False
    causes = word_set("segments.json", "cause_words")
    if any(a.lemma_.lower() in causes and a.dep_ == "pobj" for a in span.root.ancestors):
        return True
    sent = span.root.sent
    cause = next((t for t in sent if t.i < span.start and t.dep_ == "pobj" and t.lemma_.lower() in causes), None)
    between = doc[cause.i + 1 : span.start] if cause is not None else []
    return cause is not None and not any(t.pos_ in ("VERB", "AUX") and t.lemma_ != "include" for t in between)


def _known_act_named(doc: Doc, mention: DateMention) -> bool:
    """'near the house of one of the victims of Sunday evening's attack': an act named by its day, in a phrase on
    something else, is one known already, not the act the sentence tells."""
    span = _mention_span(doc, mention)
    if span is None or span.end >= len(doc) or doc[span.end].tag_ != "POS":
        return False
    act = span.root.head
    return is_act(act) and act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.pos_ in ("NOUN", "PRON")


def _unviolent_deed(doc: Doc, info: DatedSentence, mention: DateMention) -> bool:
    """'In Rwangoma on Monday, angry young men threw stones at a military vehicle': stones thrown, in a sentence that
    reports no violence (a protest after the massacre), do not date the attack."""
    verb = dated_verb(doc, mention) if not info.violent else None
    missiles = _LEX["protest_missiles"]
    return verb is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in missiles for c in verb.children)


_FOLLOW_UP_VERBS = frozenset(_LEX["follow_up_verbs"])


def _follow_up(doc: Doc, mention: DateMention) -> bool:
    """Does the date hang on a step taken after the act ('identified', 'arrested', 'charged', 'buried')?"""
    verb = dated_verb(doc, mention)
    return verb is not None and verb.lemma_.lower() in _FOLLOW_UP_VERBS


def _acts_anew(sent: Span) -> bool:
    """Does a sentence state an act of its own, not only refer to one told ('the kidnappers called the family
    on Monday evening', 'the blast was heard across the city')?"""
    acts = [t for t in sent if is_act(t)]
    return any(not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) for t in acts)


def _rank(tier: int, mention: DateMention, cutoff: str) -> tuple[bool, bool, bool, int, bool, int]:
    """Sort key of a candidate date: recent dates or act-dated days first (the 16 November murders
    stay the incident of a January article on their inquiry); then a day of the act or a violent
    sentence over a coarser date ('this evening' over '1 month ago'); then tier, recency, position."""
    old = str(mention.value)[:7] < cutoff
    act_day = tier == 0 and mention.precision == "day"
    return old and not act_day, tier > 1, mention.precision != "day", tier, old, mention.start


def _after_publication(mention: DateMention, published: date | None) -> bool:
    """'The talks resume on 3 November', 'a deadline of March 2026' in October 2025: a day, month or year after
    publication's is no reported act's."""
    size = {"day": 10, "month": 7, "year": 4}.get(mention.precision)
    return published is not None and size is not None and str(mention.value)[:size] > published.isoformat()[:size]


def incident_date(
    doc: Doc,
    sentences: Sequence[DatedSentence],
    aggregates: Sequence[DatedSentence],
    published: datetime | None,
    *,
    line_end: int,
    speech: frozenset[str],
    dateline: DateMention | None = None,
) -> DateMention | None:
    """The date a coder gives the incident: a day dating the act itself, else one in a violent
    sentence, then in its other sentences or summary sentences; of those the first written (the lead
    reports the attack; earlier attacks recalled come later); dates over a month old only when nothing
    recent is, unless they date the act; never a day after publication; when the text says the time is
    not known, only a date the parse ties to the act in a sentence not recalling earlier events. The
    `dateline` stands in when nothing else dates the act, or beats a date over a month old that dates no
    act or one in a sentence recalling earlier events ('since the invasion in February 2022')."""
    pub = _pub_date(published)
    cutoff = _recent_cutoff(published)
    unknown = time_unknown(sentences)
    groups = [([i for i in sentences if i.reported], False)] if unknown else [(sentences, False), (aggregates, True)]
    found = [
        (_rank(tier, m, cutoff), m)
        for group, aggregate in groups
        for tier, m in _candidates(doc, group, aggregate, line_end, speech, cutoff)
        if not _after_publication(m, pub) and not (unknown and tier > 0)
    ]
    if unknown:
        return min(found, key=lambda c: c[0])[1] if found else None
    if not found:
        return dateline or _same_day_update(doc, sentences, pub, line_end)
    rank, best = _first_day(_refined(min(found, key=lambda c: c[0]), found), found, sentences)
    earlier = _day_before_steps(rank, best, found)
    if earlier is not None:
        return earlier
    act_day = rank[3] == 0 and best.precision == "day"  # "Monday's violence came a day after ...": the act's own day
    recalled = not act_day and any(best in info.dates for info in sentences if not info.reported)
    return dateline if dateline is not None and (rank[0] or recalled) else best


_STEPS_DAYS = 366


def _day_before_steps(rank: tuple, best: DateMention, found: list[tuple[tuple, DateMention]]) -> DateMention | None:
    """'A Victoria man was indicted Tuesday ...' then 'accused of ... setting it on fire early on Jan. 28': when only a
    step taken after the act (tier 4) dates anything recently, the first earlier day (within a year) a violent
    sentence gives, or any of the incident's sentences in the month the act is dated by ('the fire that gutted a
    temple in February' ... 'early on Feb. 6'), is the act's."""
    if rank[3] != 4 or best.precision != "day" or not best.value:
        return None
    day = date.fromisoformat(str(best.value))
    act_months = {str(c[1].value)[:7] for c in found if c[0][3] == 0 and c[1].precision == "month"}
    earlier = [
        c
        for c in found
        if c[0][3] <= 1 or (c[0][3] == 2 and str(c[1].value)[:7] in act_months)  # 'destroyed ... in January'
        if c[1].precision == "day" and c[1].value and c[1].value < best.value
        if (day - date.fromisoformat(str(c[1].value))).days <= _STEPS_DAYS
    ]
    return min(earlier, key=lambda c: c[1].start)[1] if earlier else None


_SAME_DAY_CUES = tuple(_LEX["same_day_cues"])
_MORNING_CLOCK = re.compile(r"\d\s?(?:am|a\.m\.)(?![a-z])")


def _same_day_update(
    doc: Doc, sentences: Sequence[DatedSentence], pub: date | None, line_end: int
) -> DateMention | None:
    """'The death toll from a missile strike that tore through a building ... climbed to 20 on Friday' with the
    strike 'shortly after 4:00 am': a report that gives the act only an hour and updates it on the day it is
    published tells of that day's act."""
    if pub is None or not sentences:
        return None
    texts = " ".join(span_text(info.span).lower() for info in sentences[:6])
    if not any(cue in texts for cue in _SAME_DAY_CUES) and not _MORNING_CLOCK.search(texts):
        return None
    today = pub.isoformat()
    lead = (m for info in sentences[:3] if info.violent for m in info.dates if m.start >= line_end)
    return next((m for m in lead if m.precision == "day" and m.value == today), None)


def _refined(best: tuple[tuple, DateMention], found: list[tuple[tuple, DateMention]]) -> tuple[tuple, DateMention]:
    """'killed over the weekend' then 'The deadlier shooting happened shortly before midnight Saturday': a day
    of the incident's sentences inside the week chosen says which day it was."""
    period = best[1]
    if period.precision != "week" or not period.value:
        return best
    days = [c for c in found if c[1].precision == "day" and c[0][3] <= 2 and _within(str(c[1].value), period)]
    return min(days, key=lambda c: c[0]) if days else best


_LASTING_DAYS = 3


def _first_day(
    best: tuple[tuple, DateMention], found: list[tuple[tuple, DateMention]], sentences: Sequence[DatedSentence]
) -> tuple[tuple, DateMention]:
    """'the siege began on Monday morning' and 'police stormed the cafe early this morning' (Tuesday): a siege or
    standoff is dated by its first day, given in a sentence tied to it as closely as the day chosen (or on the
    violence, or saying when it began) up to three days before that day."""
    if best[1].precision != "day" or not best[1].value or not _lasting(sentences):
        return best
    day, doc = date.fromisoformat(str(best[1].value)), sentences[0].span.doc
    earlier = [
        c
        for c in found
        if c[0][3] <= max(best[0][3], 1) or (c[0][3] <= 2 and _onset(doc, c[1]))
        if c[1].precision == "day" and c[1].value and c[1].value < best[1].value
        if (day - date.fromisoformat(str(c[1].value))).days <= _LASTING_DAYS
    ]
    return min(earlier, key=lambda c: (c[1].value, c[0])) if earlier else best


def _onset(doc: Doc, mention: DateMention) -> bool:
    """Does the date say when something began ('The riot erupted on Tuesday night', 'the siege started on Monday')?"""
    verb = dated_verb(doc, mention)
    return verb is not None and verb.lemma_.lower() in _ONSET_VERBS


_ONSET_VERBS = frozenset(_LEX["onset_verbs"])


def _lasting(sentences: Sequence[DatedSentence]) -> bool:
    """Do the incident's sentences call it a siege or standoff?"""
    words = _LASTING_WORDS
    return any(t.lower_ in words or t.lemma_.lower() in words for info in sentences for t in span_tokens(info.span))


_LASTING_WORDS = frozenset(_LEX["lasting_events"])


def _within(day: str, period: DateMention) -> bool:
    """Does a day fall in a week (its value is the Monday)?"""
    start = date.fromisoformat(str(period.value))
    return start <= date.fromisoformat(day) < start + timedelta(days=7)


def shifted(mention: DateMention, days: int, start: int, end: int, text: str) -> DateMention | None:
    """'A day earlier' said at start:end of `text`, against a day-precise `mention`: that day moved by `days`."""
    if mention.precision != "day" or not mention.value:
        return None
    day = date.fromisoformat(mention.value) + timedelta(days=days)
    return DateMention(start, end, text[start:end], day.isoformat(), "day", True)


def clock_minutes(stamp: re.Match[str]) -> int:
    """Minutes after midnight of a matched time of day, groups hour, minute and 'a'/'p' ('4.35 pm' is 16:35);
    live updates are ordered by it."""
    hour = int(stamp[1]) % 12 + 12 if (stamp[3] or "").lower() == "p" else int(stamp[1])
    return hour * 60 + int(stamp[2])


def time_unknown(sentences: Sequence[DatedSentence]) -> bool:
    """'Officials did not say when the attack took place': the text says the act's time is not known,
    so only a date the parse ties to the act may date it (never a statement's day or the dateline)."""
    cues = _LEX["unknown_time_cues"]
    texts = (" ".join(span_text(info.span).lower().split()) for info in sentences)
    return any(cue in text for text in texts for cue in cues)
