"""Low/best/high totals per figure kind, in the way UCDP GED codes them, and figure conflicts.

Totals count victims only; superseded and partial figures never enter them. 'over 107' means at
least 108; an open-ended qualifier ('at least', 'over') leaves `high` unknown unless a closed
figure gives it.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from polybius.extract.dates import clock_minutes
from polybius.extract.kinds import FoundFigure, with_status
from polybius.extract.resources import word_set
from polybius.model import Conflict, Figure, Range

STAMP = re.compile(
    r"^[ \t]*(\d{1,2})[:.](\d{2})[ \t]*(?:([ap])\.?m\.?)?[ \t]*"
    r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|IST|local time|local)?[ \t]*$",
    re.I | re.M,
)
ZONES = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|local time|local)"
INLINE_STAMP = re.compile(
    r"^[ \t]*(?:UPDATE[ \t]*[:,]?[ \t]*)?\[?(\d{1,2})[:.](\d{2})[ \t]*(?:([ap])\.?m\.?)?\]?[ \t]*" + ZONES + r"?"
    r"[ \t]*(?:[A-Z]{3,}[ \t]*)?(?:[-\u2013\u2014:|][ \t]|\][ \t])",
    re.I | re.M,
)
OLD_VERSION = re.compile(
    r"^[ \t]*(?:EARLIER|PREVIOUS|OLDER) (?:VERSION|STORY|REPORT)\b.*?(?=^[ \t]*\((?:Reporting|Writing|Editing)|\Z)"
    r"|^[ \t]*(?:FLASH|URGENT|ALERT|BULLETIN|BREAKING)\b[ \t]*[-–—:].*?"
    r"(?=^[ \t]*(?:[-=*#~_][ \t]*)*UPDATED?\b|^[ \t]*(?:[-=*#~_][ \t]*){3,}$)"
    r"|^[ \t]*(?:FLASH|URGENT|ALERT|BULLETIN)\b[ \t]*[-–—:][^\n]*",
    re.I | re.M | re.S,
)


def _bounds(f: Figure) -> tuple[int, int | None]:
    """(lowest, highest) value a single figure allows."""
    v = f.value
    return {
        "exact": (v, v),
        "about": (v, v),
        "at_least": (v, None),
        "over": (v + 1, None),
        "up_to": (0, v),
        "under": (0, max(v - 1, 0)),
    }[f.qualifier]


AGREED_PAIRS = (frozenset({"over", "exact"}), frozenset({"over", "at_least"}))


def merged_qualifier(kept: str, f: Figure) -> str:
    """The qualifier of one value two sources give: 'more than 25' beside 'at least 25' or '25' is the 25-or-more
    they agree on (outlets write 'more than' loosely), not 26 and up; an exact figure yields to a qualified one."""
    if f.status == "partial":
        return kept
    if frozenset({kept, f.qualifier}) in AGREED_PAIRS:
        return "at_least"
    return f.qualifier if kept == "exact" else kept


def _range(figures: list[Figure]) -> Range:
    """Figures in text order: best is the first figure's value (the lead's toll, revised figures
    already superseded; a lone 'a policeman was killed' yields to a later count of several), low the
    lowest lower bound, high the highest closed bound if one exists."""
    lower = [f for f in figures if f.qualifier not in ("up_to", "under")]
    lows = [_bounds(f)[0] for f in lower]
    closed = [h for f in figures if (h := _bounds(f)[1]) is not None]
    low = min(lows) if lows else None
    plural = [lo for lo in lows if lo > 1]
    best = (plural or lows)[0] if lows else figures[0].value
    high = max(closed) if closed and max(closed) >= max(lows, default=0) else None
    if high is not None and any(_bounds(f)[1] is None and _bounds(f)[0] > high for f in lower):
        high = None
    return Range(low=low, best=best, high=high)


def totals(figures: list[Figure]) -> dict[str, Range]:
    """Totals of the current victim figures, one range per kind (pass only credible figures:
    a perpetrator's own claim of 23 dead is kept as a figure, not used as a total)."""
    by_kind: dict[str, list[Figure]] = {}
    for f in figures:
        if f.of == "victims" and f.status == "current":
            by_kind.setdefault(f.kind, []).append(f)
    return {kind: _range(_counted(figs)) for kind, figs in by_kind.items()}


def _counted(figures: list[Figure]) -> list[Figure]:
    """'Fortunately no one was hurt' beside 'a bomb ... injured a waiter': an explicit zero, told of one part of
    what the incident groups, yields to any count of people harmed."""
    return [f for f in figures if f.value > 0] or figures


def figure_conflicts(figures: list[Figure]) -> list[Conflict]:
    """Current totals of one kind that disagree beyond what their qualifiers allow."""
    out = []
    for kind in sorted({f.kind for f in figures}):
        exact = sorted(
            {
                f.value
                for f in figures
                if f.kind == kind
                and f.of == "victims"
                and f.status == "current"
                and f.qualifier == "exact"
                and f.value > 0
            }
        )
        if len(exact) > 1:
            out.append(Conflict(field="figures", detail=f"{kind}: sources give " + ", ".join(str(v) for v in exact)))
    return out


def add_ups(found: list[FoundFigure]) -> list[FoundFigure]:
    """'Minister Porth was killed ... Two of his bodyguards were also killed': a count that adds to the
    toll before it (in text order) makes a summed current figure; the two counts become its parts."""
    out: list[FoundFigure] = []
    for extra in found:
        f = extra.figure
        if extra.among:
            out = _less_attackers(out, f)
        adds = extra.adds and f.status == "current" and f.of == "victims"
        base = next((j for j in range(len(out) - 1, -1, -1) if _same_toll(out[j].figure, f)), None) if adds else None
        if base is not None and _rest_of(out, base, f):
            out.append(with_status(extra, "partial"))  # 'four killed, including two officers. Two residents were also'
            continue
        if base is None:
            out.append(extra)
            continue
        total = out[base]
        qualifier = total.figure.qualifier if f.qualifier == "exact" else f.qualifier
        summed = total.figure.model_copy(
            update={
                "value": total.figure.value + f.value,
                "qualifier": qualifier,
                "evidence": total.figure.evidence + f.evidence,
            }
        )
        out[base] = with_status(total, "partial")
        out.insert(base, FoundFigure(summed, total.token, total.noun))
        out.append(with_status(extra, "partial"))
    return _retold_parts(_narrower_parts(_counted_parts(out)))


NUMBER_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b", re.I)


def _retold_parts(found: list[FoundFigure]) -> list[FoundFigure]:
    """'two Catholic nuns were among the dead. Sister X and Sister Y ... were killed': the people named right after a
    part of a toll, as many as it counted, are that part again, not a toll of their own."""
    out = list(found)
    for i, f in enumerate(found):
        fig = f.figure
        if fig.status != "current" or f.revision or f.adds or NUMBER_WORD.search(fig.evidence[0].text):
            continue
        before = next((g for g in reversed(found[:i]) if g.figure.kind == fig.kind and g.figure.of == fig.of), None)
        if before is not None and before.figure.status == "partial" and before.figure.value == fig.value > 1:
            out[i] = with_status(f, "partial")
    return out


PEOPLE_OF_ONE_KIND = frozenset({"civilians", "others", "bodies"})


def _narrower_parts(found: list[FoundFigure]) -> list[FoundFigure]:
    """'leaving 28 people injured ... Fourteen police officers suffered minor injuries': after a toll of people at
    large, a smaller count of one group, of the same kind and told neither as more nor as a revision, is a part."""
    out = list(found)
    totals = word_set("figures.json", "total_nouns")
    at_large = totals - PEOPLE_OF_ONE_KIND  # not '4 civilians ... two children', another group
    for i, f in enumerate(found):
        fig = f.figure
        if fig.status != "current" or fig.of != "victims" or f.revision or f.adds or f.noun in (None, *totals):
            continue
        if any(
            _same_toll(g.figure, fig) and g.noun in at_large and not g.summary and g.figure.value > fig.value
            for g in found[:i]
        ):
            out[i] = with_status(f, "partial")
    return out


def _rest_of(found: list[FoundFigure], base: int, extra: Figure) -> bool:
    """'claimed the lives of four people, including two police officers ... Two residents were also killed': a count
    'also' harmed that makes up, with the parts told right after a toll, exactly that toll is the rest of it."""
    total = found[base].figure
    parts = list(itertools.takewhile(lambda g: g.figure.status == "partial", found[base + 1 :]))
    told = sum(g.figure.value for g in parts if g.figure.kind == total.kind)
    return bool(parts) and told + extra.value == total.value


def _less_attackers(found: list[FoundFigure], attackers: Figure) -> list[FoundFigure]:
    """'Five people died in the attack. The gunman was among the dead': the last toll before counts the attackers
    too; its victims are that many fewer."""
    n = next((i for i in range(len(found) - 1, -1, -1) if _same_toll(found[i].figure, attackers)), None)
    if n is None or found[n].figure.value <= attackers.value:
        return found
    base = found[n]
    fewer = base.figure.model_copy(update={"value": base.figure.value - attackers.value})
    return [*found[:n], dataclasses.replace(base, figure=fewer), *found[n + 1 :]]


def _counted_parts(found: list[FoundFigure]) -> list[FoundFigure]:
    """'the murder of the six Jesuits' beside 'the six Jesuits and two more persons were killed': a figure
    equal to a part of a larger sum elsewhere counted only that part."""
    sums = [
        (s.figure, [p.figure for p in found if p.figure.status == "partial" and _inside(p.figure, s.figure)])
        for s in found
        if s.figure.status == "current" and s.figure.of == "victims"
    ]
    out = list(found)
    for i, f in enumerate(found):
        fig = f.figure
        if fig.status != "current" or fig.of != "victims" or f.revision:
            continue  # 'police later put the figure at 25' is a new total, whatever it equals
        if any(
            total.kind == fig.kind
            and total.value > fig.value
            and not _inside(fig, total)
            and any(p.value == fig.value and p.kind == fig.kind for p in parts)
            for total, parts in sums
        ):
            out[i] = with_status(f, "partial")
    return out


def _inside(part: Figure, whole: Figure) -> bool:
    """Is the part's first evidence span within the whole's first one?"""
    a, b = part.evidence[0], whole.evidence[0]
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)


def _same_toll(earlier: Figure, extra: Figure) -> bool:
    """An earlier current victim figure of the kind a later count adds to."""
    return earlier.kind == extra.kind and earlier.of == "victims" and earlier.status == "current"


def live_updates(found: list[FoundFigure], text: str) -> list[FoundFigure]:
    """Figures of a story told in versions: timed live-blog updates and earlier versions kept below an update."""
    return _before_the_rise(_earlier_versions(_timed_updates(_told_in_body(found), text), text))


def _before_the_rise(found: list[FoundFigure]) -> list[FoundFigure]:
    """'The toll rose to 18 on Monday ... Seventeen soldiers had been killed on Sunday', 'rose to 70 ... MSF said at
    least 52 people had been killed': a count told in the pluperfect below a toll that rose above it is the earlier
    toll, superseded."""
    rises = [f.figure for f in found if f.revision and f.figure.status == "current"]
    out = list(found)
    for i, f in enumerate(found):
        fig = f.figure
        if not f.earlier or f.revision or fig.status != "current":
            continue
        if any(r.kind == fig.kind and r.of == fig.of and r.value > fig.value for r in rises):
            out[i] = with_status(f, "superseded")
    return out


def _told_in_body(found: list[FoundFigure]) -> list[FoundFigure]:
    """A headline over two attacks ('Car bomb in Baidoa, blast near Kismayo kill 12') gives a figure only of a
    kind the body's own sentences leave uncounted for this attack (the headline's 12 may sum both tolls)."""
    told = {(f.figure.kind, f.figure.of) for f in found if not f.summary and f.figure.status == "current"}
    return [f for f in found if not (f.summary and (f.figure.kind, f.figure.of) in told)]


def _earlier_versions(found: list[FoundFigure], text: str) -> list[FoundFigure]:
    """'EARLIER VERSION: FLASH - police say at least two people injured': a victim figure in an earlier
    version (or a flash line) kept below an updated story is superseded by another value of its kind above."""
    old = [(m.start(), m.end()) for m in OLD_VERSION.finditer(text)]
    if not old:
        return found

    def older(f: FoundFigure) -> bool:
        start = f.figure.evidence[0].start
        return any(a <= start < b for a, b in old)

    out = list(found)
    for i, f in enumerate(found):
        fig = f.figure
        if fig.status != "current" or fig.of != "victims" or not older(f):
            continue
        if any(_same_kind(g, f) and not older(g) and g.figure.value != fig.value for g in found):
            out[i] = dataclasses.replace(with_status(f, "superseded"), revision=False)
    return out


def _timed_updates(found: list[FoundFigure], text: str) -> list[FoundFigure]:
    """A live blog's timed updates ('16:35 GMT' ... '09:45 GMT'), newest first or last: a victim figure in an
    older update is superseded by another value of its kind in a newer one (or in the summary above them)."""
    stamps = _update_order(
        sorted((m.start(), clock_minutes(m)) for pattern in (STAMP, INLINE_STAMP) for m in pattern.finditer(text))
    )
    if len(stamps) < 2:
        return found
    when = {id(f): _update_time(f.figure.evidence[0].start, stamps) for f in found}
    out = list(found)
    for i, f in enumerate(found):
        fig = f.figure
        if fig.status != "current" or fig.of != "victims" or when[id(f)] is None:
            continue
        if any(_newer(g, f, when) and g.figure.value != fig.value for g in found):
            out[i] = dataclasses.replace(with_status(f, "superseded"), revision=False)
    return out


def _update_order(stamps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each update's place in time: a blog whose clock times mostly fall (or rise) down the page runs newest first
    (or last) throughout, past midnight too ('2:10am', '12:40am', 'Monday, 4:58pm'); else the clock time itself."""
    pairs = list(itertools.pairwise(t for _, t in stamps))
    falling = sum(1 for a, b in pairs if b < a)
    rising = sum(1 for a, b in pairs if b > a)
    if falling == rising:
        return stamps
    n = len(stamps)
    return [(start, n - i if falling > rising else i) for i, (start, _) in enumerate(stamps)]


def _update_time(pos: int, stamps: list[tuple[int, int]]) -> float | None:
    """The time of the update a text position falls in; the summary above the first update is newest."""
    before = [t for start, t in stamps if start <= pos]
    if not before:
        return float("inf")
    return before[-1]


def _newer(g: FoundFigure, f: FoundFigure, when: dict[int, float | None]) -> bool:
    """Is g a current victim figure of f's kind from a newer update? One person told of later ('Canada confirms a
    Canadian citizen was killed') is one of the dead, not a new toll, unless the text revises to it."""
    a, b = when[id(g)], when[id(f)]
    lone = g.figure.value == 1 < f.figure.value and not g.revision
    return _same_kind(g, f) and a is not None and b is not None and a > b and not lone


def _same_kind(g: FoundFigure, f: FoundFigure) -> bool:
    """Is g a current figure of f's kind, about the same side?"""
    return g.figure.kind == f.figure.kind and g.figure.of == f.figure.of and g.figure.status == "current"
