"""The fused incident: every source's values kept, with the document they came from."""

from polybius.fuse import fuse_reports, tag_evidence
from polybius.model import Evidence, Source


def test_values_of_all_reports_are_kept_once_with_their_sources(report) -> None:
    first = report("afp", "2024-03-05T08:00", killed=[(12, "at_least", "current")])
    later = report("ap", "2024-03-06T09:00", killed=[(19, "exact", "current")], events=("bombing", "armed_assault"),
                   perpetrators=(("Islamic State", True),))
    fused = fuse_reports("inc-1", [later, first])
    assert [s.document_id for s in fused.sources] == ["afp", "ap"]
    assert [e.value for e in fused.event_types] == ["bombing", "armed_assault"]
    assert [(f.value, f.status) for f in fused.figures] == [(12, "superseded"), (19, "current")]
    assert fused.totals["killed"].best == 19
    assert fused.perpetrators[0].claimed


def test_the_date_most_sources_give_wins(report) -> None:
    reports = [report("a", "2024-03-05T08:00"), report("b", "2024-03-05T09:00"),
               report("c", "2024-03-06T09:00", day="2024-03-06")]
    assert fuse_reports("inc-1", reports).date.value == "2024-03-05"


def test_copies_are_sources_that_name_their_original(report) -> None:
    copy = Source(document_id="yahoo", source="Yahoo News", duplicate_of="afp")
    fused = fuse_reports("inc-1", [report("afp", "2024-03-05T08:00")], [copy])
    assert [(s.document_id, s.duplicate_of) for s in fused.sources] == [("afp", None), ("yahoo", "afp")]


def test_tagged_evidence_names_its_document(report) -> None:
    r = report("afp", "2024-03-05T08:00")
    incident = r.incident.model_copy(update={"date": r.incident.date.model_copy(
        update={"evidence": [Evidence(start=0, end=7, text="Tuesday")]})})
    tagged = tag_evidence(incident, "afp")
    assert tagged.date.evidence[0].document_id == "afp"
    assert "document_id" not in incident.date.evidence[0].model_dump()
