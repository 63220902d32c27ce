"""Tolls across reports: the timeline and low/best/high of a fused incident."""

from polybius.fuse.tolls import fused_totals


def test_a_rising_toll_supersedes_the_early_counts(report) -> None:
    reports = [
        report("afp", "2024-03-05T08:00", killed=[(12, "at_least", "current")]),
        report("reuters", "2024-03-05T18:00", killed=[(19, "exact", "current")]),
        report("ap", "2024-03-06T09:00", killed=[(31, "exact", "current")]),
    ]
    totals, timeline, conflicts = fused_totals(reports)
    assert totals["killed"].model_dump() == {"low": 31, "best": 31, "high": 31}
    assert [(p.value, p.status) for p in timeline] == [(12, "superseded"), (19, "superseded"), (31, "current")]
    assert conflicts == []


def test_a_toll_revised_down_replaces_the_higher_one_and_keeps_it_as_high(report) -> None:
    reports = [
        report("tass", "2024-03-23T08:00", killed=[(143, "exact", "current")]),
        report("rt", "2024-03-25T08:00", killed=[(143, "exact", "superseded"), (133, "exact", "current")]),
    ]
    totals, timeline, conflicts = fused_totals(reports)
    assert totals["killed"].model_dump() == {"low": 133, "best": 133, "high": 143}
    assert [p.status for p in timeline] == ["superseded", "current"]
    assert conflicts == []


def test_a_later_lower_figure_without_revision_is_a_conflict_not_the_best(report) -> None:
    reports = [
        report("reuters", "2024-03-05T18:00", killed=[(19, "exact", "current")]),
        report("blog", "2024-03-06T09:00", killed=[(12, "exact", "current")]),
    ]
    totals, _, conflicts = fused_totals(reports)
    assert totals["killed"].best == 19
    assert totals["killed"].low == 12
    assert conflicts and "12 (blog, 2024-03-06) after 19 (reuters, 2024-03-05)" in conflicts[0].detail


def test_a_later_open_ended_figure_below_the_toll_agrees_with_it(report) -> None:
    reports = [
        report("reuters", "2024-03-05T18:00", killed=[(19, "exact", "current")]),
        report("afp", "2024-03-06T09:00", killed=[(12, "at_least", "current")]),
    ]
    totals, timeline, conflicts = fused_totals(reports)
    assert totals["killed"].model_dump() == {"low": 19, "best": 19, "high": 19}
    assert conflicts == []
    assert timeline[1].status == "superseded"


def test_two_later_sources_agreeing_on_a_lower_toll_correct_it(report) -> None:
    reports = [
        report("a", "2024-03-20T15:00", killed=[(6, "exact", "current")]),
        report("b", "2024-03-21T03:00", killed=[(9, "exact", "current")]),
        report("c", "2024-03-22T09:00", killed=[(8, "exact", "current")]),
        report("d", "2024-03-22T11:00", killed=[(8, "exact", "current")]),
    ]
    totals, timeline, conflicts = fused_totals(reports)
    assert totals["killed"].model_dump() == {"low": 8, "best": 8, "high": 9}
    assert [p.status for p in timeline] == ["superseded", "superseded", "current", "current"]
    assert conflicts == []
