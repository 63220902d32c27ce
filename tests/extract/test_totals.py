"""Totals from figures: only current victim figures count; qualifiers set the bounds."""

from __future__ import annotations

import pytest

from polybius.extract.totals import merged_qualifier, totals
from polybius.model import Figure, Range


def test_exact_figure_gives_a_closed_range() -> None:
    assert totals([Figure(kind="killed", value=7)]) == {"killed": Range(low=7, best=7, high=7)}


def test_superseded_figure_is_left_out() -> None:
    figures = [
        Figure(kind="killed", value=143, status="superseded"),
        Figure(kind="killed", value=133),
    ]
    assert totals(figures)["killed"] == Range(low=133, best=133, high=133)


def test_partial_counts_are_never_summed_into_a_total() -> None:
    figures = [
        Figure(kind="killed", value=133, qualifier="at_least"),
        Figure(kind="killed", value=28, status="partial"),
        Figure(kind="killed", value=14, status="partial"),
    ]
    assert totals(figures)["killed"].best == 133


def test_only_partial_counts_give_no_total() -> None:
    assert totals([Figure(kind="killed", value=28, status="partial")]) == {}


def test_over_107_means_at_least_108() -> None:
    rng = totals([Figure(kind="injured", value=107, qualifier="over")])["injured"]
    assert rng.low == 108
    assert rng.best == 108
    assert rng.high is None


def test_at_least_leaves_the_upper_bound_open() -> None:
    rng = totals([Figure(kind="killed", value=23, qualifier="at_least")])["killed"]
    assert (rng.low, rng.best, rng.high) == (23, 23, None)


def test_attackers_killed_do_not_enter_the_victim_total() -> None:
    figures = [Figure(kind="killed", value=9), Figure(kind="killed", value=3, of="perpetrators")]
    assert totals(figures)["killed"] == Range(low=9, best=9, high=9)


def test_kinds_are_kept_apart() -> None:
    figures = [Figure(kind="killed", value=7), Figure(kind="injured", value=9)]
    result = totals(figures)
    assert result["killed"].best == 7
    assert result["injured"].best == 9


def test_people_also_killed_add_to_the_toll_before_them() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Gunmen shot dead Interior Minister Antonio Perez outside his home in the capital on Monday, police said. "
        "Two of his bodyguards were also killed in the attack."
    )
    [incident] = extract_text(text).incidents
    assert incident.totals["killed"].best == 3
    for f in incident.figures:
        assert all(text[e.start : e.end] == e.text for e in f.evidence)


def test_a_figure_merely_connected_to_a_murder_adds_nothing() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Gunmen shot dead two police officers at a checkpoint in Medellin on Monday, police said. "
        "The suspects are also connected to the murder of a judge in Cali."
    )
    [incident] = extract_text(text).incidents
    assert incident.totals["killed"].best == 2


def test_an_earlier_count_of_one_part_of_a_sum_does_not_become_the_total() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Soldiers were blamed for the murder of six Jesuit priests at the university in San Salvador on Thursday. "
        "The six priests and two women were killed during the night, witnesses said."
    )
    [incident] = extract_text(text).incidents
    assert incident.totals["killed"].best == 8


def _killed_total(text: str) -> int | None:
    from polybius.pipeline import extract_text

    [incident] = extract_text(text).incidents
    killed = incident.totals.get("killed")
    return killed.best if killed else None


def test_a_group_that_is_no_perpetrator_may_give_the_toll() -> None:
    assert (
        _killed_total(
            "A suicide bomber blew himself up in a crowded mosque in Kunduz on Friday, killing 9 "
            "worshippers, Taliban officials said."
        )
        == 9
    )
    assert (
        _killed_total(
            "Government jets bombed a market in Kayah state on Monday, killing 12 people, a spokesman "
            "for the Karenni Army said."
        )
        == 12
    )
    assert (
        _killed_total(
            "A bomb exploded on a bus in Quetta on Tuesday, killing 6 passengers, according to "
            "Hezbollah's media office."
        )
        == 6
    )


def test_the_claimant_s_own_toll_does_not_set_the_total() -> None:
    text = (
        "A car bomb exploded outside a hotel in Mogadishu on Sunday, killing at least 8 people, police said. "
        "Al-Shabaab claimed the attack and said its fighters had killed 30 soldiers."
    )
    assert _killed_total(text) == 8


def test_a_revised_figure_is_the_total_even_when_it_equals_a_part() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Gunmen stormed a boarding school in Kajuru and abducted 25 pupils and two teachers, police said. "
        "The principal said 31 students had been taken, but police later put the figure at 25."
    )
    [incident] = extract_text(text).incidents
    assert incident.totals["hostages"].best == 25


LIVE_NEWEST_FIRST = """Live: Missile strike on Kharkiv

18:10 GMT
Kharkiv toll rises to 11

Regional governor Oleh Synehubov said 11 people had been killed in the missile strike on Kharkiv.

12:40 GMT
Eight dead in Kharkiv

Emergency services said eight people were killed in the missile strike on Kharkiv.

07:05 GMT
At least four killed

At least four people were killed when a missile hit Kharkiv overnight, officials said.
"""

LIVE_OLDEST_FIRST = """Live updates: shooting at a Nashville school

9.15am
Police say at least two people were killed in a shooting at a school in Nashville.

11.30am
Police now say six people were killed in the shooting at the school in Nashville.
"""


LIVE_PAST_MIDNIGHT = """Gunman holds diners hostage in Brussels restaurant: as it happened

4:20am: Police confirm the siege is over. Police say three people were killed in the restaurant.

1:15am: Police say 23 people were held hostage in the restaurant.

11:50pm: Six hostages run from the restaurant.

9:30pm: A gunman takes customers hostage in a restaurant in central Brussels.
"""


LIVE_ONE_NAMED_LATER = """Live: Gunmen storm hotel in Mogadishu

15:30 - Police say at least eight people have been killed in the attack on the hotel in Mogadishu.

17:10 - The toll has risen to 12, a police commander tells reporters.

17:45 - The government confirms a senior official of the trade ministry was killed in the attack on the hotel.
"""


@pytest.mark.parametrize(
    ("text", "best"), [(LIVE_NEWEST_FIRST, 11), (LIVE_OLDEST_FIRST, 6), (LIVE_ONE_NAMED_LATER, 12)]
)
def test_the_newest_update_of_a_live_blog_gives_the_toll(text: str, best: int) -> None:
    assert _killed_total(text) == best


def test_a_live_blog_newest_first_stays_in_page_order_past_midnight() -> None:
    from polybius.pipeline import extract_text

    [incident] = extract_text(LIVE_PAST_MIDNIGHT).incidents
    assert incident.totals["hostages"].best == 23


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The death toll from the drone attack has climbed to seven, the head of the regional military "
            "administration, Oleh Kiper, said on Telegram.",
            "Oleh Kiper",
        ),
        ("Eleven people were killed in a bombing, the spokesman for the provincial police, Ahmad Zia, said.", "Zia"),
        (
            "The toll from the missile strike has risen to 23, the governor of the region, Oleh Synehubov, "
            "told reporters.",
            "Synehubov",
        ),
    ],
)
def test_a_speaker_after_the_toll_gives_it(text: str, source: str) -> None:
    from polybius.pipeline import extract_text

    [incident] = extract_text(text).incidents
    assert any(source in (f.attributed_to or "") for f in incident.figures if f.kind == "killed")


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "UPDATE 1 - Gunman kills four at Ohio bar\n\nCOLUMBUS, Ohio - A gunman killed four people at a bar in "
            "Columbus on Saturday, police said.\n\nEARLIER VERSION:\n\nFLASH - Ohio police say at least two "
            "people killed in shooting at Columbus bar\n",
            4,
        ),
        (
            "URGENT - At least three killed in Lahore blast - police\n\nLAHORE - A bomb exploded at a market in "
            "Lahore on Monday, killing seven people, police said.\n",
            7,
        ),
        (
            "URGENT - Three killed in shooting at a school: police\n\nA man opened fire at a school on Wednesday, "
            "killing three people, police said.\n\n- - -\n\nUPDATE 2 - Nine killed in school shooting\n\nA teenager "
            "opened fire at a school on Wednesday, killing nine people, police said.\n",
            9,
        ),
        (
            "BREAKING: Gunman kills one in Hamburg church\n\nHAMBURG (dpa) - One person was killed when a gunman "
            "opened fire in a church in Hamburg on Thursday evening, police said.\n\n***\n\nUPDATED: Hamburg church "
            "shooting death toll rises to seven\n\nHAMBURG (dpa) - A gunman killed seven people at a church in "
            "Hamburg on Thursday evening, police said.\n",
            7,
        ),
        (
            "URGENT - Niger: at least 12 soldiers killed in attack (army)\n\nNIAMEY (AFP) - At least 12 soldiers were "
            "killed in an attack on an army post in western Niger, the army said.\n\n=== UPDATE ===\n\nNiger: 16 "
            "soldiers killed in attack\n\nNIAMEY (AFP) - Sixteen soldiers were killed when jihadists attacked an army "
            "post in western Niger, the defence ministry said.\n",
            16,
        ),
        (
            "FLASH: Explosion at Lahore market kills 3\n\nLAHORE (AP) - An explosion at a market in Lahore killed "
            "three people on Monday, officials said.\n\n*** UPDATE 1 ***\n\nLAHORE (AP) - A bomb blast at a market "
            "in Lahore killed at least seven people on Monday, police said.\n",
            7,
        ),
        (
            "FLASH - At least three killed in Lahore blast - police\n\nLAHORE - Police later said the blast at the "
            "market in Lahore killed three people and that rescuers were still searching.\n",
            3,
        ),
    ],
)
def test_a_flash_or_earlier_version_gives_way_to_the_updated_story(text: str, best: int) -> None:
    assert _killed_total(text) == best


def test_an_explicit_zero_yields_to_a_count_of_people_harmed() -> None:
    zero = Figure(kind="injured", value=0)
    one = Figure(kind="injured", value=1)
    assert totals([zero, one])["injured"].best == 1
    assert totals([zero])["injured"].best == 0


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Five people died in the attack on the market. The gunman was among the dead, police said.", 4),
        (
            "Four people were shot dead at the mall. The attacker, a 24-year-old man, was among those killed.",
            3,
        ),
        ("Five people died in the attack on the market. The victims were among the dead, police said.", 5),
    ],
)
def test_an_attacker_among_the_dead_leaves_the_toll_before(text: str, best: int) -> None:
    assert _killed_total(text) == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "Twelve people were killed in the hotel attack. Among the dead were three of the gunmen, police said.",
            9,
        ),
        ("Two of the attackers were among the 14 people killed in the raid on the base.", 12),
    ],
)
def test_attackers_among_the_dead_leave_the_toll_they_are_part_of(text: str, best: int) -> None:
    assert _killed_total(text) == best


def test_people_also_harmed_who_make_up_the_toll_with_its_part_are_its_rest() -> None:
    from polybius.pipeline import extract_text

    text = (
        "A shooting at an apartment complex in Fredericton claimed the lives of four people on Friday, including two "
        "police officers. Two residents were also killed, police said."
    )
    [incident] = extract_text(text).incidents
    assert incident.totals["killed"].best == 4


def test_a_smaller_count_of_one_group_after_a_toll_of_people_is_its_part() -> None:
    from polybius.pipeline import extract_text

    text = (
        "A car bomb exploded outside the police command in San Lorenzo on Saturday, leaving 28 people injured, the "
        "ministry said. Fourteen police officers suffered minor injuries."
    )
    [incident] = extract_text(text).incidents
    officers = [f for f in incident.figures if f.kind == "injured" and f.value == 14]
    assert officers and officers[0].status == "partial"
    assert incident.totals["injured"].best == 28


def test_people_named_after_a_part_of_the_toll_are_that_part() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Gangs stormed the town of Mirebalais on Monday. Church officials confirmed that two Catholic nuns were among "
        "the dead. Sister Evanette Onezaire and Sister Jeanne Voltaire were killed in the house where they had taken "
        "refuge, the statement said."
    )
    [incident] = extract_text(text).incidents
    assert "killed" not in incident.totals


@pytest.mark.parametrize(
    ("kept", "other", "expected"),
    [
        ("over", "at_least", "at_least"),
        ("over", "exact", "at_least"),
        ("exact", "over", "at_least"),
        ("exact", "about", "about"),
    ],
)
def test_more_than_n_beside_another_source_s_n_is_n_or_more(kept: str, other: str, expected: str) -> None:
    assert merged_qualifier(kept, Figure(kind="killed", value=20, qualifier=other)) == expected


def test_a_partial_figure_leaves_the_qualifier_as_it_was() -> None:
    assert merged_qualifier("over", Figure(kind="killed", value=20, status="partial")) == "over"
