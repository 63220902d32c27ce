"""Figures across reports: a timeline per kind and low/best/high the way UCDP GED codes them.

Each report contributes its own best figure of a kind at its publication time. Walking the
reports in time order, the best is the latest figure unless a later report gives a lower one
without saying it was revised (a stale repeat, flagged as a conflict); an explicit revision down
("revised from 143 to 133") does replace it, and so do the last two precise reports when they
agree on the lower figure (a correction the extractor did not read as one). Low is the lowest
figure still current, high the highest ever reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from polybius.model import Conflict, Evidence, Figure, Range, Report, TimelinePoint

OPEN = frozenset({"at_least", "over"})
EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Point:
    """One report's figure of one kind."""

    order: int
    report: Report
    figure: Figure
    value: int
    revised_from: frozenset[int]

    @property
    def revised_down(self) -> bool:
        """The report itself says the figure was revised down from a higher one."""
        return any(v > self.value for v in self.revised_from)


def fused_totals(reports: list[Report]) -> tuple[dict[str, Range], list[TimelinePoint], list[Conflict]]:
    """Totals per kind, the timeline of every report's figure, and figures that disagree."""
    totals: dict[str, Range] = {}
    timeline: list[TimelinePoint] = []
    conflicts: list[Conflict] = []
    for kind, points in _points(reports).items():
        best = _best(points)
        superseded = {p.order for p in points if _is_superseded(p, points, best)}
        current = [p.value for p in points if p.order not in superseded]
        totals[kind] = Range(low=min(current, default=best.value), best=best.value,
                             high=max(p.value for p in points))
        timeline += [_timeline_point(kind, p, p.order in superseded) for p in points]
        conflicts += _stale(kind, points, best)
    return totals, timeline, conflicts


def as_of(report: Report) -> datetime:
    """When a report was published (the earliest instant if unknown), comparable across time zones."""
    when = report.document.published
    if when is None:
        return EARLIEST
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _points(reports: list[Report]) -> dict[str, list[Point]]:
    """Each kind's points, in publication order."""
    ordered = sorted(reports, key=as_of)
    by_kind: dict[str, list[Point]] = {}
    for order, report in enumerate(ordered):
        figures = [f for f in report.incident.figures if f.of == "victims"]
        for kind, bounds in report.incident.totals.items():
            if bounds.best is None:
                continue
            current = [f for f in figures if f.kind == kind and f.status == "current"]
            figure = next((f for f in current if f.value == bounds.best), None) or (current or [None])[0]
            if figure is None:
                continue
            revised = frozenset(f.value for f in figures if f.kind == kind and f.status == "superseded")
            by_kind.setdefault(kind, []).append(Point(order, report, figure, bounds.best, revised))
    return by_kind


def _is_superseded(point: Point, points: list[Point], best: Point) -> bool:
    """Whether the figure was overtaken: given before the best and different from it, revised away
    by a later report, or a vaguer lower figure ('at least 6') published after the best."""
    if point.order < best.order and point.value != best.value:
        return True
    if any(point.value in q.revised_from for q in points if q.order > point.order):
        return True
    return point.order > best.order and point.figure.qualifier in OPEN and point.value < best.value


def _best(points: list[Point]) -> Point:
    """The latest credible figure: later and higher, later and explicitly revised down, or lower
    but given by the last two precise reports alike (two sources agreeing on a correction)."""
    best = points[0]
    for p in points[1:]:
        if p.value >= best.value or p.revised_down:
            best = p
    tail = [p for p in points if p.order > best.order and p.figure.qualifier not in OPEN]
    if len(tail) >= 2 and tail[-1].value == tail[-2].value < best.value:
        return tail[-2]
    return best


def _stale(kind: str, points: list[Point], best: Point) -> list[Conflict]:
    """Exact figures published after a higher one without a revision: the sources disagree."""
    out = []
    for p in points:
        higher = [q for q in points if q.order < p.order and q.value > p.value]
        if higher and not p.revised_down and p.figure.qualifier not in OPEN and p.value != best.value:
            q = max(higher, key=lambda x: x.value)
            out.append(Conflict(field="figures", detail=(
                f"{kind}: {p.value} ({_who(p)}) after {q.value} ({_who(q)}), not given as a revision")))
    return out


def _who(p: Point) -> str:
    """The outlet and day of a point, for a conflict's text."""
    doc = p.report.document
    day = doc.published.date().isoformat() if doc.published else "undated"
    return f"{doc.source or doc.document_id[:12]}, {day}"


def _timeline_point(kind: str, p: Point, superseded: bool) -> TimelinePoint:
    doc = p.report.document
    evidence = [Evidence.model_validate(e.model_dump()) for e in p.figure.evidence]
    return TimelinePoint(
        kind=kind, as_of=doc.published, value=p.value, qualifier=p.figure.qualifier,
        status="superseded" if superseded else "current", document_id=doc.document_id,
        source=doc.source, evidence=evidence,
    )
