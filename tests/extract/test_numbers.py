"""Number expressions as a reader sees them: one number per count, hyphenated words kept whole."""

from __future__ import annotations

import pytest

from polybius.extract import load_nlp
from polybius.extract.numbers import find_quantities


def _values(text: str) -> list[int]:
    doc = load_nlp()(text)
    return [q.value for s in doc.sents for q in find_quantities(s)]


def test_a_hyphenated_number_word_is_one_number() -> None:
    assert _values("Twenty-one people died in the fire.") == [21]
    assert _values("Police said forty-five villagers were missing.") == [45]


def test_a_spaced_dash_between_digits_separates_a_total_from_its_parts() -> None:
    assert _values("The toll rose to 27 - 19 soldiers and eight volunteers.") == [27, 19, 8]
    assert _values("The attack killed 14 - nine soldiers and five civilians.") == [14, 9, 5]


def test_a_number_after_at_with_a_figure_is_a_count_not_a_time() -> None:
    assert _values("Police later put the figure at 38 after a headcount.") == [38]


def test_a_number_of_dozens_is_multiplied_out() -> None:
    assert _values("Two dozen people remain missing after the attack.") == [24]
    assert _values("Gunmen abducted three dozen students and a dozen teachers.") == [36, 12]


def test_a_number_inside_a_name_is_no_count() -> None:
    assert _values("A woman died later at Regional One Health, police said.") == []
    assert 3 in _values("Three people died at the Memorial Hermann hospital.")


@pytest.mark.parametrize(
    "text",
    [
        "The wounded, who range in age from 16 to 24, were taken to two hospitals.",
        "The injured, aged between 18 and 30, included two off-duty soldiers.",
        "Those hurt were aged 19 to 45, the health ministry said.",
    ],
)
def test_both_ends_of_a_span_of_ages_are_no_counts(text: str) -> None:
    assert not {16, 24, 18, 30, 19, 45} & set(_values(text))


@pytest.mark.parametrize(
    "text",
    [
        "One soldier later succumbed at the Army's 92 Base Hospital in Srinagar.",
        "Troops of the 3 Commando Brigade were deployed to the area.",
    ],
)
def test_a_number_opening_a_units_or_hospitals_name_counts_no_one(text: str) -> None:
    assert _values(text) in ([], [1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed 30-40 people, witnesses said.", [(30, "at_least"), (40, "up_to")]),
        ("Gunmen killed 10 to 15 villagers in the raid.", [(10, "at_least"), (15, "up_to")]),
        ("Between 20 and 30 people were killed.", [(20, "at_least"), (30, "up_to")]),
        ("The toll was revised from 14 to 13.", [(14, "exact"), (13, "exact")]),
        (
            "Police said 27 - 19 soldiers and eight volunteers - were killed.",
            [(27, "exact"), (19, "exact"), (8, "exact")],
        ),
    ],
)
def test_a_range_of_people_gives_a_lower_and_an_upper_bound(text: str, expected: list[tuple[int, str]]) -> None:
    doc = load_nlp()(text)
    assert [(q.value, q.qualifier) for q in find_quantities(doc[:])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The elite counterterrorism squad Densus 88 has arrested hundreds of suspects.", [100]),
        ("In Gao 14 were killed and 20 wounded.", [14, 20]),
    ],
)
def test_a_number_closing_a_name_is_no_count(text: str, expected: list[int]) -> None:
    assert _values(text) == expected


def test_an_age_after_younger_or_older_than_is_no_count() -> None:
    assert _values("Gunmen seized 80 pupils, many of them younger than 10.") == [80]
    assert _values("Most of the 14 victims were older than 60.") == [14]


@pytest.mark.parametrize(
    "text",
    ["UPDATE 2-Bomb kills three at market in Peshawar", "REFILE-UPDATE 3-Three dead in shooting at Lyon cafe"],
)
def test_a_wire_story_s_update_number_is_no_count(text: str) -> None:
    assert _values(text) == [3]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Both attackers were killed by special forces.", [2]),
        ("Police later shot dead both gunmen near the border.", [2]),
        ("Both victims were in their twenties.", []),
        ("Both sides blamed each other for the clash.", []),
    ],
)
def test_both_counts_two_attackers_only(text: str, values: list[int]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    "text",
    ["On Saturday they said 11 had been killed.", "He said 11 had been killed in the blast."],
)
def test_a_bare_number_tagged_as_a_date_that_was_killed_is_a_count(text: str) -> None:
    assert _values(text) == [11]
