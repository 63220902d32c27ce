"""The generated report stream: seeded, with the twins, copies and revisions the issue asks for."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

import pytest

from polybius.eval.stream import MONTHS, WEEKDAYS, Report, Stream, TrueIncident, generate_stream


@pytest.fixture(scope="module")
def stream() -> Stream:
    return generate_stream(n_incidents=400, n_reports=4000, seed=7)


def test_the_same_seed_gives_the_same_stream_and_another_seed_another() -> None:
    first, again = generate_stream(50, 300, seed=3), generate_stream(50, 300, seed=3)
    assert [r.document.id for r in first.reports] == [r.document.id for r in again.reports]
    assert first.incidents == again.incidents
    other = generate_stream(50, 300, seed=4)
    assert {r.document.id for r in other.reports}.isdisjoint({r.document.id for r in first.reports})


def test_sizes_and_publication_order(stream: Stream) -> None:
    assert len(stream.incidents) == 400
    assert len(stream.reports) == 4000
    assert len(stream.gold()) == 4000  # every text is distinct, so every document id too
    published = [r.document.published for r in stream.reports]
    assert published == sorted(published)
    assert all(p is not None and p.utcoffset() == timedelta(0) for p in published)
    assert min(Counter(r.incident for r in stream.reports).values()) >= 2


def test_about_five_percent_of_incidents_have_a_twin_the_same_day_in_the_same_city(stream: Stream) -> None:
    twins = [i for i in stream.incidents.values() if i.twin]
    assert len(twins) / len(stream.incidents) == pytest.approx(0.05, abs=0.01)
    for incident in twins:
        other = stream.incidents[incident.twin]
        assert other.twin == incident.key
        assert (other.city, other.date) == (incident.city, incident.date)
        assert other.event_type != incident.event_type
        assert other.facility.split("|")[1] != incident.facility.split("|")[1]


def test_about_ten_percent_of_reports_republish_another_with_a_small_change(stream: Stream) -> None:
    by_id = {r.document.id: r for r in stream.reports}
    copies = [r for r in stream.reports if r.copy_of]
    assert len(copies) / len(stream.reports) == pytest.approx(0.10, abs=0.005)
    for copy in copies:
        original = by_id[copy.copy_of]
        assert copy.incident == original.incident
        assert copy.document.source != original.document.source
        assert copy.document.published > original.document.published
        assert copy.document.text != original.document.text
        assert _body_sentences(original) <= _body_sentences(copy)  # same story, only a line changed


def test_tolls_rise_and_some_are_revised_down(stream: Stream) -> None:
    incidents = list(stream.incidents.values())
    revised = [i for i in incidents if len(i.tolls) > 1]
    down = [i for i in revised if i.tolls[-1] < i.tolls[-2]]
    assert 0.3 < len(revised) / len(incidents) < 0.7
    assert 0.03 < len(down) / len(incidents) < 0.15
    assert all(list(i.tolls[:-1]) == sorted(set(i.tolls[:-1])) for i in incidents)
    texts = " ".join(r.document.text for r in stream.reports)
    assert "revised down" in texts and "rose to" in texts


def test_the_latest_report_of_every_incident_gives_its_final_toll(stream: Stream) -> None:
    latest: dict[str, Report] = {}
    for report in stream.reports:
        latest[report.incident] = report
    for key, report in latest.items():
        incident = stream.incidents[key]
        assert incident.tolls[report.stage] == incident.killed


def test_reports_appear_from_the_day_of_the_incident_to_two_days_after(stream: Stream) -> None:
    for report in stream.reports:
        incident = stream.incidents[report.incident]
        assert report.document.published > incident.when
        assert (report.document.published.date() - incident.date).days <= 2


def test_every_report_names_its_place_and_its_day(stream: Stream) -> None:
    for report in stream.reports:
        incident = stream.incidents[report.incident]
        text = report.document.text
        assert incident.city in text
        assert _names_day(text, incident, report), (report.date_phrase, text)


def test_the_day_is_given_as_a_date_a_weekday_or_yesterday(stream: Stream) -> None:
    styles = Counter(_style(r.date_phrase) for r in stream.reports)
    assert set(styles) == {"absolute", "weekday", "yesterday"}
    assert min(styles.values()) / len(stream.reports) > 0.05


def test_blame_varies_unnamed_named_claimed_wrong_and_denied(stream: Stream) -> None:
    texts = [r.document.text for r in stream.reports]
    assert sum("claimed responsibility" in t or "claimed the" in t for t in texts) > 200
    assert sum("denied any involvement" in t or "rejected claims" in t or "nothing to do" in t for t in texts) > 50
    assert sum("gunmen" in t for t in texts) > 500
    storylines = Counter(i.storyline for i in stream.incidents.values())
    assert {"unknown", "suspected", "claimed", "false_claim"} <= set(storylines)
    assert sum(1 for i in stream.incidents.values() if i.perpetrator is None) > 50


def test_variety_of_places_outlets_events_and_wording(stream: Stream) -> None:
    incidents = stream.incidents.values()
    assert len({i.country_code for i in incidents}) >= 10
    assert len({i.city for i in incidents}) >= 60
    assert {i.record_type for i in incidents} >= {"bombing", "armed_assault", "hostage_taking", "arson", "airstrike",
                                                   "shelling"}
    assert len({r.document.source for r in stream.reports}) >= 30
    leads = Counter(_first_words(r) for r in stream.reports if not r.copy_of)
    assert leads.most_common(1)[0][1] / len(stream.reports) < 0.2


def test_reports_have_a_headline_and_three_to_eight_sentences_of_60_to_250_words(stream: Stream) -> None:
    for report in stream.reports:
        text = report.document.text
        assert text.split("\n\n", 1)[0] == report.document.title
        assert 60 <= len(text.split()) <= 250
        assert 3 <= len(_body_sentences(report)) <= 9  # eight sentences, plus a copy's trailing line


def test_too_few_reports_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 2 reports"):
        generate_stream(n_incidents=10, n_reports=15)


def _names_day(text: str, incident: TrueIncident, report: Report) -> bool:
    """The text gives the incident's date, its weekday, or 'yesterday' published the day after."""
    month, day = MONTHS[incident.date.month - 1], incident.date.day
    if re.search(rf"\b({month} {day}|{day} {month})\b", text):
        return True
    if WEEKDAYS[incident.date.weekday()] in text:
        return True
    published = report.document.published
    return "yesterday" in text.lower() and published is not None and (published.date() - incident.date).days == 1


def _style(phrase: str) -> str:
    if "yesterday" in phrase:
        return "yesterday"
    return "weekday" if any(day in phrase for day in WEEKDAYS) else "absolute"


def _body_sentences(report: Report) -> set[str]:
    """The sentences of the body (byline and headline aside)."""
    paragraphs = report.document.text.split("\n\n")[1:]
    body = [p for p in paragraphs if not p.startswith("By ") and not p.endswith(" staff")]
    sentences: set[str] = set()
    for paragraph in body:
        pieces, current = re.split(r"(?:(?<=[.!?])|(?<=[.!?]\"))\s+(?=[A-Z\"0-9])", paragraph), ""
        for piece in pieces:  # a quotation of two sentences is one sentence of the report
            current = f"{current} {piece}".strip()
            if current.count('"') % 2 == 0:
                sentences.add(current)
                current = ""
    return sentences


def _first_words(report: Report) -> str:
    lead = report.document.text.split("\n\n")[1:]
    lead = [p for p in lead if not p.startswith("By ") and not p.endswith(" staff")]
    words = re.sub(r"^[A-Z' -]+, [A-Za-z ]+ \([^)]*\) - ", "", lead[0]).split()
    return " ".join(words[:3])
