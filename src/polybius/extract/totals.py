"""Low/best/high totals per figure kind, in the way UCDP GED codes them, and figure conflicts.

Totals count victims only; superseded and partial figures never enter them. 'over 107' means at
least 108; an open-ended qualifier ('at least', 'over') leaves `high` unknown unless a closed
figure gives it.
"""

from __future__ import annotations

from polybius.model import Conflict, Figure, Range


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


def _range(figures: list[Figure]) -> Range:
    lows = [_bounds(f)[0] for f in figures]
    highs = [_bounds(f)[1] for f in figures]
    low = max(min(lows), 0)
    best = max(lows) if any(f.qualifier != "up_to" for f in figures) else max(f.value for f in figures)
    closed = [h for h in highs if h is not None]
    high = max(closed) if closed and all(h is not None for h in highs) else None
    if high is not None and high < best:
        high = best
    return Range(low=low, best=best, high=high)


def totals(figures: list[Figure]) -> dict[str, Range]:
    """Totals of the current victim figures, one range per kind."""
    by_kind: dict[str, list[Figure]] = {}
    for f in figures:
        if f.of == "victims" and f.status == "current":
            by_kind.setdefault(f.kind, []).append(f)
    return {kind: _range(figs) for kind, figs in by_kind.items()}


def figure_conflicts(figures: list[Figure]) -> list[Conflict]:
    """Current totals of one kind that disagree beyond what their qualifiers allow."""
    out = []
    for kind, rng in totals(figures).items():
        exact = sorted({f.value for f in figures if f.kind == kind and f.of == "victims"
                        and f.status == "current" and f.qualifier == "exact"})
        if len(exact) > 1:
            out.append(Conflict(field="figures", detail=f"{kind}: sources give " +
                                ", ".join(str(v) for v in exact)))
        del rng
    return out
