"""Segmentation: how many incidents one article reports."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from polybius.extract import load_nlp
from polybius.extract.segment import _lists_scenes, carve, segment
from polybius.extract.sentences import analyze
from polybius.pipeline import extract_text

ROUNDUP = (
    "Two attacks in Nigeria and Pakistan killed dozens on Friday.\n\n"
    "In Maiduguri, a suicide bomber blew herself up at a crowded market, killing 12 people and "
    "wounding 30, police said.\n\n"
    "In Peshawar, gunmen opened fire on a police checkpoint, killing four officers, officials said."
)

FILM_REVIEW = (
    "The film, which opens on Friday in London, follows a detective haunted by a case that killed his career. "
    "The director shoots the story with a cool, steady eye, and the cast is superb. "
    "It is a killer of a thriller."
)


def test_roundup_of_two_attacks_gives_two_incidents() -> None:
    incidents = extract_text(ROUNDUP).incidents

    assert len(incidents) == 2
    by_place = {i.location.name: i for i in incidents}
    assert set(by_place) == {"Maiduguri", "Peshawar"}
    assert by_place["Maiduguri"].totals["killed"].best == 12
    assert "bombing" in {e.value for e in by_place["Maiduguri"].event_types}
    assert by_place["Peshawar"].totals["killed"].best == 4
    assert "armed_assault" in {e.value for e in by_place["Peshawar"].event_types}
    assert len({i.id for i in incidents}) == 2


def test_each_incident_keeps_its_own_figures() -> None:
    incidents = extract_text(ROUNDUP).incidents
    peshawar = next(i for i in incidents if i.location.name == "Peshawar")

    assert {f.value for f in peshawar.figures if f.of == "victims"} == {4}
    for f in peshawar.figures:
        for e in f.evidence:
            assert ROUNDUP[e.start : e.end] == e.text


def test_film_review_reports_no_incident() -> None:
    assert extract_text(FILM_REVIEW).incidents == []


def test_an_earlier_attack_recalled_in_background_is_not_an_incident() -> None:
    text = (
        "MALMO, Sweden - A man stabbed three people at the central station on Thursday, police said.\n\n"
        "In August 2023, two football fans were shot dead in Brussels by a gunman. "
        "Two months later, a bomb killed four people in Paris."
    )
    incidents = extract_text(text, published=datetime(2025, 9, 12, tzinfo=UTC)).incidents

    assert len(incidents) == 1
    assert incidents[0].location.country_code == "SE"
    assert incidents[0].location.precision == "city"
    assert "killed" not in incidents[0].totals


def test_a_court_report_on_an_old_shooting_reports_no_incident() -> None:
    text = (
        "A Dutch court on Tuesday sentenced a man to 22 years in prison for a shooting in 2021 that killed one man. "
        "The court found he had been paid for the killing. "
        "Prosecutors had demanded 26 years. "
        "A second defendant was acquitted. "
        "Both men can appeal the verdict."
    )
    assert extract_text(text, published=datetime(2025, 6, 10, tzinfo=UTC)).incidents == []


def test_weapons_named_only_in_a_comparison_report_no_incident() -> None:
    text = (
        "OPINION: The drone age has made killing feel cheap.\n\n"
        "Supporters argue that drones are more precise than artillery and keep soldiers out of harm's way. "
        'A minister can announce that a target was "neutralised" without anyone asking who else was there.'
    )
    assert extract_text(text).incidents == []


def test_an_attack_the_story_says_came_after_another_does_not_take_its_facility() -> None:
    text = (
        "Two people were killed when gunmen raided a village in Popayan and abducted 83 people on Sunday, "
        "a hospital official said.\n\n"
        "The kidnapping came hours after a shooting at a church elsewhere in Popayan."
    )
    (incident,) = extract_text(text, published=datetime(2024, 2, 12, tzinfo=UTC)).incidents

    assert incident.location.facility != "church elsewhere"
    assert "hostage_taking" in {e.value for e in incident.event_types}


def test_an_attack_said_to_be_unrelated_is_not_part_of_this_one() -> None:
    text = (
        "Gunmen abducted 12 farmers from a farming settlement near Homs on Monday, officials said.\n\n"
        "Officials said the attack was not linked to a shooting at a police station in Homs earlier that day."
    )
    (incident,) = extract_text(text, published=datetime(2024, 2, 6, tzinfo=UTC)).incidents

    assert incident.location.facility is None or "police" not in incident.location.facility


KENYA_TWO_DAYS = (
    "NAIROBI, March 11 (wire) - Gunmen killed six herders in an attack on a cattle camp near Mandera on Sunday, "
    "police said.\n\n"
    "The attackers fled across the border into Somalia, a police commander said.\n\n"
    "In the port city, a grenade thrown at the Kongowea market late on Saturday wounded four traders, "
    "a police spokesman said."
)


def test_a_paragraph_reporting_harm_on_a_day_and_at_a_place_of_its_own_is_another_incident() -> None:
    incidents = extract_text(KENYA_TWO_DAYS, published=datetime(2024, 3, 11, 12, tzinfo=UTC)).incidents

    assert len(incidents) == 2
    assert incidents[0].date.value == "2024-03-10"
    assert incidents[1].date.value == "2024-03-09"
    assert incidents[1].totals["injured"].best == 4
    assert "killed" not in incidents[1].totals
    assert incidents[0].totals["killed"].best == 6
    assert "injured" not in incidents[0].totals


def test_a_later_paragraph_on_the_same_day_and_attack_is_not_split_off() -> None:
    text = (
        "NAIROBI, March 11 (wire) - Gunmen killed six herders in an attack on a cattle camp near Mandera on Sunday, "
        "police said.\n\n"
        "The attack on the Kotulo camp began at dawn on Sunday and also wounded three children, a local chief said."
    )
    (incident,) = extract_text(text, published=datetime(2024, 3, 11, 12, tzinfo=UTC)).incidents

    assert incident.totals["injured"].best == 3


def test_a_mention_of_the_gunman_states_no_act() -> None:
    text = (
        "OSLO, May 14 (wire) - The case exposed failings at the police service, which had been told months "
        "earlier that the gunman had tried to buy a rifle abroad."
    )
    assert extract_text(text, published=datetime(2025, 5, 14, 12, tzinfo=UTC)).incidents == []


def test_a_toll_revised_on_a_later_day_is_not_another_attack() -> None:
    text = (
        "KABUL, March 12 (wire) - A suicide bomber killed 11 people at a wedding hall in Jalalabad on Sunday, "
        "police said.\n\n"
        "The toll from the bombing at the wedding hall in Jalalabad rose to 19 on Tuesday, a provincial health "
        "official said."
    )
    (incident,) = extract_text(text, published=datetime(2024, 3, 12, 12, tzinfo=UTC)).incidents

    assert incident.date.value == "2024-03-10"


TWO_DAYS = (
    "Gunmen shot dead a lawyer near his home in Tegucigalpa on 7 January. "
    "On 25 January, commandos machinegunned a retired general outside his residence in the capital."
)


def test_an_act_on_another_day_is_another_incident() -> None:
    incidents = extract_text(TWO_DAYS, published=datetime(2025, 2, 3, tzinfo=UTC)).incidents

    assert [i.date.value for i in incidents] == ["2025-01-07", "2025-01-25"]


def test_days_named_without_a_publication_date_still_separate_incidents() -> None:
    assert len(extract_text(TWO_DAYS).incidents) == 2


def test_a_statement_on_a_later_day_stays_in_the_incident() -> None:
    text = (
        "A bomb exploded at a market in Kano on Tuesday, killing five people. "
        "Police said on Wednesday that the bomb had been hidden in a cart."
    )
    assert len(extract_text(text, published=datetime(2025, 2, 6, tzinfo=UTC)).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader warned that without reforms there will be a social explosion in the country, "
        "and said the government had incited assassination.",
        "The rebels will bomb telephone lines during the strike, the army said.",
        "Rebels did not bomb the telephone lines, the army said.",
    ],
)
def test_acts_threatened_denied_or_talked_of_in_general_are_no_incident(text: str) -> None:
    assert extract_text(text).incidents == []


def test_an_act_reported_as_done_is_an_incident() -> None:
    incidents = extract_text("Rebels bombed telephone lines on Monday, the army said.").incidents
    assert [e.value for e in incidents[0].event_types] == ["bombing"]


@pytest.mark.parametrize(
    "follow_up",
    [
        "The attacker fired a dozen rounds at diners outside the cafe on Rua Augusta. "
        "Of the four wounded, two were still in intensive care on Sunday, the hospital said.",
        "The gunman shot at people queuing outside the club on Kings Road. "
        "One of the injured remained in a serious condition on Sunday, doctors said.",
        "The attacker stabbed passers-by near the fountain on Market Square. "
        "Three of the wounded were discharged on Sunday, a hospital spokesman said.",
    ],
)
def test_the_state_of_the_wounded_on_a_later_day_is_no_new_attack(follow_up: str) -> None:
    text = (
        "LISBON, June 9 (wire) - A man opened fire in central Lisbon on Saturday night, killing one person "
        "and wounding four others, police said on Sunday.\n\n" + follow_up
    )
    incidents = extract_text(text, published=datetime(2024, 6, 9, 18, tzinfo=UTC)).incidents

    assert len(incidents) == 1
    assert incidents[0].date.value == "2024-06-08"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "ORLANDO, June 12 (AP) - Hundreds gathered outside the nightclub on Wednesday to remember the 49 people "
            "shot dead there eight years ago.",
            datetime(2024, 6, 12, 18, tzinfo=UTC),
        ),
        (
            "CHRISTCHURCH, March 15 (wire) - At 1:40 p.m., the moment the attack began on March 15, 2019, the city "
            "fell silent as the names of the 51 victims were read out.",
            datetime(2024, 3, 15, 9, tzinfo=UTC),
        ),
        (
            "NICE, July 14 (wire) - Crowds lined the Promenade des Anglais on Sunday to honour the 86 people killed "
            "by a truck driver in 2016.",
            datetime(2024, 7, 14, 20, tzinfo=UTC),
        ),
    ],
)
def test_an_anniversary_of_an_old_attack_is_no_incident(text: str, published: datetime) -> None:
    assert extract_text(text, published=published).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "The council approved new rules on gun shows after the shooting, the mayor said.",
        "Security at the stadium has been tightened since the bombing, officials said.",
        "Schools reopened two weeks after the massacre, the ministry said.",
    ],
)
def test_an_act_named_only_to_date_something_else_is_no_incident(text: str) -> None:
    assert extract_text(text).incidents == []


def test_an_old_attack_recalled_beside_a_new_one_leaves_the_new_one() -> None:
    text = (
        "ISTANBUL, Oct 2 (wire) - A bomb exploded at a bus stop in Istanbul on Tuesday, wounding seven people, "
        "near the square where 12 tourists were killed in a suicide bombing in 2016."
    )
    (incident,) = extract_text(text, published=datetime(2024, 10, 2, 12, tzinfo=UTC)).incidents
    assert incident.date.value == "2024-10-01"


def _by_place(text: str, published: datetime) -> dict[str | None, object]:
    return {i.location.name: i for i in extract_text(text, published=published).incidents}


SEPARATE_IN_LEAD = (
    "MAIDUGURI, July 6 (wire) - Insurgents killed nine farmers near Konduga on Friday, and four policemen died "
    "on Saturday when their patrol was ambushed in a separate attack further north, officials said.\n\n"
    "In the first attack, fighters on motorcycles rounded up the farmers in their fields outside Konduga and shot "
    "them, a local leader said.\n\n"
    "In the second attack, gunmen opened fire on a police patrol near Gubio, killing four officers and wounding "
    "two, a police spokesman said.\n\n"
    "The governor condemned the killing of the farmers in Konduga."
)


def test_a_second_attack_coordinated_in_the_lead_is_its_own_incident() -> None:
    incidents = extract_text(SEPARATE_IN_LEAD, published=datetime(2024, 7, 6, 18, tzinfo=UTC)).incidents

    assert len(incidents) == 2
    first, second = incidents
    assert first.totals["killed"].best == 9
    assert second.totals["killed"].best == 4
    assert second.totals["injured"].best == 2
    assert "injured" not in first.totals


def test_the_first_attack_and_a_sentence_naming_its_town_go_back_to_it() -> None:
    first, _ = extract_text(SEPARATE_IN_LEAD, published=datetime(2024, 7, 6, 18, tzinfo=UTC)).incidents

    assert first.date.value == "2024-07-05"
    assert "condemnation" in [s.type for s in first.statements]


@pytest.mark.parametrize(
    ("lead", "scene"),
    [
        (
            "Drones struck a fuel depot in Mykolaiv early on Thursday, killing three people, hours after missiles "
            "hit a shopping centre in the eastern city of Dnipro, officials said.",
            "Mykolaiv",
        ),
        (
            "A car bomb killed five soldiers at a checkpoint in Bannu on Thursday, a day after a suicide attack "
            "on a police station in the northern town of Dera Ismail Khan, officials said.",
            "Bannu",
        ),
        (
            "Gunmen shot dead four villagers in Zurmi on Thursday, two days after a raid on a market in the town "
            "of Maru, police said.",
            "Zurmi",
        ),
    ],
)
def test_an_attack_the_lead_dates_another_by_is_not_its_scene(lead: str, scene: str) -> None:
    text = f"{lead}\n\nOfficials gave no further details."
    (incident,) = extract_text(text, published=datetime(2024, 6, 6, 12, tzinfo=UTC)).incidents

    assert incident.location.name == scene
    assert incident.date.value == "2024-06-06"


@pytest.mark.parametrize(
    "opening",
    [
        "The day before,",
        "In a separate attack,",
        "Elsewhere in the south,",
    ],
)
def test_a_paragraph_opening_on_another_event_starts_another_incident(opening: str) -> None:
    text = (
        "BEIRUT, Oct 8 (wire) - An air strike hit a house in Nabatieh on Tuesday, killing three people, the "
        "health ministry said.\n\n"
        "Rescuers searched the rubble for survivors.\n\n"
        f"{opening} a drone strike on a car on the coastal road killed two men and wounded a child, the ministry "
        "said."
    )
    incidents = extract_text(text, published=datetime(2024, 10, 8, 18, tzinfo=UTC)).incidents

    assert [i.totals["killed"].best for i in incidents] == [3, 2]
    assert "injured" not in incidents[0].totals


def test_a_statement_about_the_ambush_goes_back_to_the_ambush() -> None:
    text = (
        "KABUL, May 5 (wire) - Militants ambushed a police convoy in Ghazni province on Sunday, killing five "
        "officers, officials said.\n\n"
        "On Saturday evening, a roadside bomb wounded three civilians in the city of Kandahar, police said.\n\n"
        "The interior ministry condemned the ambush and promised to find those responsible."
    )
    incidents = extract_text(text, published=datetime(2024, 5, 5, 18, tzinfo=UTC)).incidents

    assert len(incidents) == 2
    assert "condemnation" in [s.type for s in incidents[0].statements]
    assert "condemnation" not in [s.type for s in incidents[1].statements]


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up at the gate of a Shiite mosque in Quetta on Friday, killing six "
        "people, and another blast hit the crowd that gathered minutes later, police said.",
        "Gunmen opened fire on a wedding party in Tirah on Friday, killing four guests.\n\n"
        "Meanwhile, doctors said the attack had also wounded nine people.",
        "A car bomb exploded outside a police station in Mardan on Friday, killing three officers.\n\n"
        "Earlier on Friday, police said the bombing had wounded eight passers-by.",
    ],
)
def test_a_second_blast_or_a_follow_up_on_the_same_attack_is_one_incident(text: str) -> None:
    incidents = extract_text(text, published=datetime(2024, 9, 7, 12, tzinfo=UTC)).incidents
    assert len(incidents) == 1


def test_a_roundup_paragraph_at_another_town_splits_even_when_the_first_village_is_unknown() -> None:
    text = (
        "Gunmen killed at least 15 people in two attacks in Nigeria's northwest on Sunday, officials said.\n\n"
        "In Zamfara state, bandits stormed the village of Dansadau, killing nine farmers, a local official said.\n\n"
        "In Katsina state, gunmen killed six worshippers at a mosque in the town of Funtua during evening "
        "prayers, police said."
    )
    incidents = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert [i.totals["killed"].best for i in incidents] == [9, 6]


@pytest.mark.parametrize(
    ("follow_up", "kills"),
    [
        ("Also on Monday, a roadside bomb killed two soldiers in Helmand province, the defence ministry said.", [7, 2]),
        ("Elsewhere, a bomb damaged an electricity pylon outside the city, cutting power to thousands of homes.", [7]),
        ("In a separate attack, gunmen set fire to a girls' school in Ghazni province.", [7]),
    ],
)
def test_a_paragraph_opening_on_another_event_reports_another_incident(follow_up: str, kills: list[int]) -> None:
    text = (
        "KABUL, Sept 9 (wire) - A suicide bomber killed seven people at a bank in Kandahar on Monday, officials "
        "said.\n\nThe bomber detonated his explosives among customers waiting to collect salaries.\n\n" + follow_up
    )
    incidents = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert len(incidents) == 2
    assert [i.totals["killed"].best for i in incidents if "killed" in i.totals] == kills


def test_an_attack_the_lead_referred_to_is_its_own_incident_when_told_later() -> None:
    text = (
        "MOGADISHU, Sept 9 (wire) - Al Shabaab fighters attacked a military base in the Lower Shabelle region on "
        "Monday, killing 12 soldiers, hours after a car bomb killed four people at a restaurant in the capital, "
        "officials said.\n\n"
        "The militants stormed the base at dawn after a suicide car bomb breached its gate, an officer said.\n\n"
        "The restaurant bombing happened late on Sunday when the restaurant was full of diners, police said. "
        "Four people were killed and 10 wounded."
    )
    base, restaurant = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert base.totals["killed"].best == 12
    assert "injured" not in base.totals
    assert restaurant.totals["killed"].best == 4
    assert restaurant.date.value == "2024-09-08"


@pytest.mark.parametrize(
    "statement",
    [
        "Al-Shabaab claimed both attacks in a statement.",
        "The president condemned the attacks and ordered an inquiry.",
        "The United Nations condemned the two bombings.",
    ],
)
def test_a_statement_on_all_the_attacks_belongs_to_each(statement: str) -> None:
    text = (
        "MOGADISHU, Sept 9 (wire) - A car bomb killed four people at a restaurant in Mogadishu on Monday, police "
        "said.\n\n"
        "In a separate attack, a roadside bomb killed two soldiers near Baidoa, officials said.\n\n" + statement
    )
    incidents = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert len(incidents) == 2
    assert all(i.statements for i in incidents)


@pytest.mark.parametrize(
    "summary",
    [
        "In all, seven people were killed.",
        "The attacks killed seven people, officials said.",
        "Altogether seven people died, according to the police.",
    ],
)
def test_a_toll_summed_over_several_attacks_is_none_of_theirs(summary: str) -> None:
    text = (
        "PESHAWAR, Sept 9 (wire) - Gunmen killed four policemen at a checkpoint in Bannu on Monday, and a "
        "roadside bomb killed three soldiers near Tank in a separate attack, officials said.\n\n" + summary
    )
    incidents = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert [i.totals["killed"].best for i in incidents] == [4, 3]
    assert all(f.value != 7 for i in incidents for f in i.figures)


@pytest.mark.parametrize(
    "text",
    [
        "German police arrested a 19-year-old man on Monday on suspicion of planning a bomb attack on a synagogue "
        "in Berlin, prosecutors said.",
        "The FBI said on Monday it had received a bomb threat against a polling station in Georgia, which was "
        "evacuated.",
        "Spanish police foiled a plot to attack a church in Seville and arrested four men, the ministry said.",
    ],
)
def test_a_plot_or_threat_of_an_attack_is_no_incident(text: str) -> None:
    assert extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Ten years after the Boston Marathon bombing killed three people, survivors gathered on Monday to run "
        "the course together.",
        "Two decades after gunmen killed 12 people at a magazine in Paris, its staff still work behind steel doors.",
        "Five years after a bomb killed 40 worshippers at a mosque in Quetta, the town has a new imam.",
        "Six months after gunmen killed 12 shoppers at a mall in Nairobi, its owners reopened it on Monday.",
    ],
)
def test_an_attack_years_before_another_event_is_only_recalled(text: str) -> None:
    assert extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Hours after a suicide bomber killed 20 people at a mosque in Kabul on Monday, the Taliban vowed to hunt "
            "down those responsible, a spokesman said.",
            20,
        ),
        ("Two days after gunmen shot dead six farmers in Zurmi, the governor visited the village.", 6),
        (
            "Police arrested two suspects a day after a grenade attack wounded five people at a bar in Cali, "
            "officials said.",
            None,
        ),
    ],
)
def test_an_attack_told_only_in_an_after_clause_of_a_follow_up_is_the_incident(text: str, killed: int | None) -> None:
    (incident,) = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents
    assert (incident.totals["killed"].best if "killed" in incident.totals else None) == killed


@pytest.mark.parametrize(
    "summary",
    [
        "Seven people were killed in both attacks, officials said.",
        "The two strikes killed seven people, the governor said.",
        "Seven people died in the two incidents.",
    ],
)
def test_a_toll_over_both_attacks_is_a_summary(summary: str) -> None:
    text = (
        "KYIV, Sept 9 (wire) - " + summary + "\n\n"
        "In Sumy, a drone hit a bus stop on Monday, killing four people.\n\n"
        "In Kherson, artillery shelling killed three people at a market on Monday."
    )
    incidents = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert sorted(i.totals["killed"].best for i in incidents) == [3, 4]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("A day earlier,", "2024-09-07"),
        ("On the same day,", "2024-09-08"),
        ("The next day,", "2024-09-09"),
    ],
)
def test_an_incident_dated_only_against_the_one_before_takes_that_day(opening: str, day: str) -> None:
    text = (
        "ABUJA, Sept 10 (wire) - Gunmen killed five villagers in Zurmi on Sunday, officials said.\n\n"
        f"{opening} a bomb killed three soldiers at a checkpoint in Maiduguri, the army said."
    )
    first, second = extract_text(text, published=datetime(2024, 9, 10, 12, tzinfo=UTC)).incidents

    assert first.date.value == "2024-09-08"
    assert second.date.value == day
    assert text[second.date.evidence[0].start : second.date.evidence[0].end] == second.date.evidence[0].text


@pytest.mark.parametrize(
    "lead",
    [
        "Gunmen killed five villagers in Zurmi on Sunday; hours earlier, a bomb killed three soldiers in Maiduguri, "
        "officials said.",
        "Gunmen killed five villagers in Zurmi on Sunday, while in Maiduguri a suicide bomber killed three soldiers "
        "at a checkpoint, officials said.",
        "Gunmen killed five villagers in Zurmi on Sunday, and in Maiduguri a suicide bomber killed three soldiers "
        "at a checkpoint, officials said.",
    ],
)
def test_a_clause_reporting_harm_at_another_scene_is_another_incident(lead: str) -> None:
    text = f"ABUJA, Sept 9 (wire) - {lead}"
    incidents = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert [(i.location.name, i.totals["killed"].best) for i in incidents] == [("Zurmi", 5), ("Maiduguri", 3)]
    assert [i.date.value for i in incidents] == ["2024-09-08", "2024-09-08"]


def test_one_attack_killing_at_two_spots_of_one_town_is_one_incident() -> None:
    text = "Gunmen killed five villagers in Zurmi on Sunday and wounded three others as they fled, officials said."
    assert len(extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Six soldiers were killed in a separate attack on an army base on Saturday, the army said.",
        "Two guards died when gunmen stormed a bank in another attack, police said.",
        "A bomb wounded four traders at a market in an unrelated incident, officials said.",
    ],
)
def test_a_sentence_telling_of_a_separate_attack_is_another_incident(second: str) -> None:
    text = (
        "ABUJA, Sept 9 (wire) - Gunmen killed five villagers in Zurmi on Sunday, police said.\n\n"
        "The attackers escaped on motorcycles.\n\n" + second
    )
    assert len(extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents) == 2


def test_a_separate_attack_already_told_is_not_told_twice() -> None:
    text = (
        "ABUJA, Sept 9 (wire) - Gunmen killed five villagers in Zurmi on Sunday, police said.\n\n"
        "In a separate attack, a bomb killed three soldiers at a checkpoint in Maiduguri.\n\n"
        "Police said the gunmen had killed five villagers in Zurmi, and three soldiers had died in a separate "
        "attack in Maiduguri."
    )
    incidents = extract_text(text, published=datetime(2024, 9, 9, 12, tzinfo=UTC)).incidents

    assert [i.location.name for i in incidents] == ["Zurmi", "Maiduguri"]


@pytest.mark.parametrize(
    "second",
    [
        "Earlier that morning, a roadside bomb killed three soldiers on a patrol near Maiduguri, the army said.",
        "Later that evening, gunmen killed four farmers in their fields outside Maiduguri, residents said.",
        "Earlier in the day, a suicide bomber killed six people at a mosque in Maiduguri, police said.",
    ],
)
def test_an_attack_told_against_the_one_before_on_that_day_shares_its_day(second: str) -> None:
    text = f"ABUJA, Sept 10 (wire) - Gunmen killed five villagers in Zurmi on Monday, officials said.\n\n{second}"
    incidents = extract_text(text, published=datetime(2024, 9, 10, 12, tzinfo=UTC)).incidents

    assert [i.date.value for i in incidents] == ["2024-09-09", "2024-09-09"]


def test_an_attack_the_lead_puts_hours_before_shares_its_day() -> None:
    text = (
        "ISLAMABAD, March 5 (wire) - A car bomb killed four policemen at a checkpoint in Bannu on Tuesday, hours "
        "after militants attacked a police post in Lakki Marwat, officials said.\n\n"
        "In Lakki Marwat, militants stormed the post with rifles and grenades before dawn, killing two "
        "constables, police said."
    )
    incidents = extract_text(text, published=datetime(2025, 3, 5, 9, tzinfo=UTC)).incidents

    assert sorted((i.location.name, i.date.value) for i in incidents) == [
        ("Bannu", "2025-03-04"),
        ("Lakki Marwat", "2025-03-04"),
    ]


@pytest.mark.parametrize(
    "follow_up",
    [
        "A relative of one of the hostages said the kidnappers called the family on Monday evening to demand a ransom.",
        "The kidnappers released two of the hostages near the town of Gulu on Monday, a local official said.",
        "The gunmen freed a woman and her baby at a roadside in Kara on Monday, her brother said.",
    ],
)
def test_news_of_the_kidnappers_on_a_later_day_is_no_new_attack(follow_up: str) -> None:
    text = (
        "Gunmen in the north have abducted more than 20 passengers from a bus and shot the driver dead on Sunday, "
        f"officials said.\n\n{follow_up}"
    )
    incidents = extract_text(text, published=datetime(2026, 4, 21, 12, tzinfo=UTC)).incidents
    assert len(incidents) == 1


@pytest.mark.parametrize(
    "second",
    [
        "About two hours later, two gunmen on a motorcycle opened fire on a village headman in Rueso district, police "
        "said. He died in hospital.",
        "Some 30 minutes later, militants ambushed a police patrol near Bannu. Three officers were wounded.",
        "Hours later, gunmen stormed a school in the town of Bacho, police said. A teacher was killed.",
    ],
)
def test_an_act_hours_later_at_another_scene_is_another_incident(second: str) -> None:
    text = (
        "SOUTHERN PROVINCE, Aug 5 (wire) - Insurgents killed two rangers with a roadside bomb in Tak Bai district on "
        f"Monday afternoon, officials said.\n\n{second}"
    )
    incidents = extract_text(text, published=datetime(2025, 8, 5, 9, tzinfo=UTC)).incidents
    assert len(incidents) == 2


def test_a_second_blast_minutes_later_at_the_same_scene_is_the_same_attack() -> None:
    text = (
        "KABUL, Aug 5 (wire) - A suicide bomber killed six people outside a mosque in Kabul on Monday, police said. "
        "Minutes later, a second blast hit the crowd that had gathered, wounding 12."
    )
    assert len(extract_text(text, published=datetime(2025, 8, 5, 9, tzinfo=UTC)).incidents) == 1


@pytest.mark.parametrize(
    "date_line",
    ["Tuesday 9 December 2025 09:55 GMT", "Published On 9 Dec 2025", "Last updated: 9 December 2025, 10:20"],
)
def test_the_report_s_date_line_gives_no_day_that_splits_the_attack(date_line: str) -> None:
    text = (
        f"Four police killed in attack on station in Iran's Sistan-Baluchestan\n\n{date_line}\n\n"
        "Gunmen attacked a police station in the southeastern city of Saravan overnight, killing four police "
        "officers, state media reported on Tuesday.\n\n"
        "The assailants opened fire on the station with automatic weapons at around 11:30 pm on Monday, the "
        "agency reported. Four officers were killed and two were hurt."
    )
    incidents = extract_text(text, published=datetime(2025, 12, 9, 12, tzinfo=UTC)).incidents
    assert [i.date.value for i in incidents] == ["2025-12-08"]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lahore arrested five men suspected of planning to bomb a crowded market with homemade rockets "
        "and explosive-laden drones, officials said on Monday. No one was hurt.",
        "Security forces foiled a plot to attack a military base with armed drones and car bombs, the ministry "
        "said. No one was injured.",
    ],
)
def test_a_foiled_plot_with_no_one_hurt_is_no_incident(text: str) -> None:
    assert extract_text(text).incidents == []


LIVE_BLOG = (
    "Live: shooting at shopping centre in Leeds\n\n"
    "9.45pm\nPolice now say three people have died and five were injured in the shooting.\n\n"
    "8.10pm\nOne person was killed and two were injured when a gunman opened fire at the shopping centre, "
    "police said.\n\n"
    "7.30pm\nReports are coming in of shots fired at a shopping centre in Leeds city centre."
)


def test_a_live_blog_is_read_oldest_update_first_so_the_latest_toll_is_current() -> None:
    [incident] = extract_text(LIVE_BLOG, published=datetime(2026, 3, 10, 22, tzinfo=UTC)).incidents
    assert (incident.totals["killed"].best, incident.totals["injured"].best) == (3, 5)
    assert {(f.kind, f.value) for f in incident.figures if f.status == "superseded"} == {("killed", 1), ("injured", 2)}


@pytest.mark.parametrize(
    "text",
    [
        "A pickup truck smashed into a group of people at a bus stop in Houston on Sunday, police said.",
        "Witnesses described a lorry ploughing into shoppers at a market in Lyon on Friday evening.",
    ],
)
def test_a_vehicle_that_drives_into_people_is_a_ramming(text: str) -> None:
    [incident] = extract_text(text).incidents
    assert "vehicle_ramming" in {e.value for e in incident.event_types}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnap two teachers in Kaduna as bomb kills three soldiers in Borno\n\n"
        "By Staff Reporter\n\nDaily News\n\n"
        "KADUNA, Tuesday - Gunmen abducted two teachers from a school in Kaduna on Monday, police said.\n\n"
        "Meanwhile, in Borno, three soldiers were killed and four others were wounded when their truck hit a "
        "roadside bomb near Konduga on Monday, the army said.",
        "Militants seize five aid workers in Mopti as blast kills four in Gao\n\n"
        "Wire report\n\nBAMAKO, Friday - Militants seized five aid workers on a road in Mopti on Thursday, "
        "officials said.\n\n"
        "In Gao, four civilians were killed and six others injured when a bomb exploded near a bus station "
        "on Thursday, officials said.",
    ],
)
def test_a_headline_naming_two_attacks_and_others_hurt_in_the_same_blast_give_two_incidents(text: str) -> None:
    assert len(extract_text(text).incidents) == 2


TWO_ATTACKS_ONE_LEAD = (
    "At least 20 soldiers were killed on Saturday in an attack on an army base in Diffa, and four civilians died "
    "on Sunday when their minibus hit a landmine near Bosso, security sources said.\n\n"
    'The assailants, riding motorcycles, attacked the base in Diffa at dawn. "They blew up a car bomb at the gate '
    'before the assault," a soldier said.\n\n'
    "A first toll on Saturday evening gave 12 dead among the soldiers.\n\n"
    "On Sunday, a minibus travelling to the market in Bosso hit a landmine on the road, a local official said."
)


def test_a_sentence_goes_on_with_its_paragraph_and_a_named_scene_goes_back_to_its_attack() -> None:
    first, second = extract_text(TWO_ATTACKS_ONE_LEAD).incidents
    assert (first.location.name, second.location.name) == ("Diffa", "Bosso")
    assert "car bomb" in [e.text for t in first.event_types for e in t.evidence]
    assert "car bomb" not in [e.text for t in second.event_types for e in t.evidence]


LIVE_TWO_TOWNS = [
    (
        "Russia-Ukraine war: Drone strike on Odesa kills three as Kharkiv toll rises\n\n"
        "Guardian staff | Sun 12 Apr 2026\n\n"
        "21:10 BST - Kharkiv toll rises to nine\n"
        "Regional governor Oleh Syniehubov said the number of people killed in the morning's missile strike on "
        "Kharkiv had risen to nine.\n\n"
        "17:45 BST - Zelenskyy calls for more air defence\n"
        "Volodymyr Zelenskyy said Ukraine needed more Patriot systems after the attacks.\n\n"
        "14:20 BST - Drones hit Odesa port\n"
        "Russian drones struck the port of Odesa on Sunday afternoon, killing three dock workers and wounding five, "
        "the regional governor said.\n\n"
        "09:30 BST - Missile strike on Kharkiv\n"
        "A Russian missile hit a residential building in Kharkiv on Sunday morning, killing at least four people "
        "and injuring 20, officials said.",
        {"Kharkiv": 9, "Odesa": 3},
    ),
    (
        "Live: Israeli strikes on Gaza and southern Lebanon\n\n"
        "Al Jazeera Staff | Published On 12 Apr 2026\n\n"
        "18:30 GMT - Death toll in Khan Younis strike rises to 12\n"
        "The Gaza health ministry said 12 people, including five children, were killed in the Israeli strike on a "
        "house in Khan Younis.\n\n"
        "15:05 GMT - Drone strike kills two in southern Lebanon\n"
        "An Israeli drone struck a car near Nabatieh in southern Lebanon, killing two people, Lebanon's health "
        "ministry said.\n\n"
        "11:40 GMT - Israeli strike hits house in Khan Younis\n"
        "An Israeli air strike hit a family home in Khan Younis in southern Gaza, killing at least seven people, "
        "medics said.",
        {"Khan Younis": 12, "Nabatieh": 2},
    ),
    (
        "LIVE: Shootings in Birmingham and Coventry\n\n"
        "By BBC News\n\n"
        "10:15 - Second shooting in Coventry\n"
        "Police in Coventry say a man was shot dead outside a shop on Far Gosford Street overnight, in what they "
        "believe is an unrelated attack.\n\n"
        "09:30 - Roads closed\n"
        "Several roads in Handsworth remain closed, West Midlands Police said.\n\n"
        "08:50 - Two injured in Birmingham shooting\n"
        "Two men were injured when shots were fired at a car in Handsworth, Birmingham, on Saturday night, police "
        "said.",
        {"Birmingham": None, "Coventry": 1},
    ),
]


@pytest.mark.parametrize(("text", "tolls"), LIVE_TWO_TOWNS)
def test_a_live_update_on_an_attack_in_another_town_is_another_incident(text: str, tolls: dict) -> None:
    incidents = extract_text(text, published=datetime(2026, 4, 12, 22, tzinfo=UTC)).incidents
    killed = {i.location.name: (i.totals["killed"].best if "killed" in i.totals else None) for i in incidents}
    assert killed == tolls


def test_live_updates_under_headed_time_stamps_are_read_oldest_first() -> None:
    text = (
        "Live: Knife attack in Lyon\n\n"
        "18:20 CET: Toll rises to three\n"
        "Prosecutors said a third victim had died in hospital.\n\n"
        "15:05 CET: Two dead\n"
        "Two people were killed and four injured when a man attacked shoppers with a knife at a market in Lyon, "
        "police said.\n\n"
        "14:30 CET: Police operation\n"
        "Police cordoned off a market in Lyon after reports of a stabbing."
    )
    [incident] = extract_text(text, published=datetime(2026, 3, 10, 20, tzinfo=UTC)).incidents
    assert incident.totals["killed"].best == 3
    assert {(f.kind, f.value) for f in incident.figures if f.status == "superseded"} == {("killed", 2)}


def test_a_live_update_on_the_same_town_goes_on_with_its_attack() -> None:
    text = (
        "As it happened: Stabbing in Mannheim\n\nDW News\n\n"
        "14:20 CET: Police name suspect\n"
        "Police said the suspect, a 25-year-old man from Ludwigshafen, was known to authorities.\n\n"
        "12:05 CET: One dead, three injured\n"
        "One person was killed and three others were wounded when a man attacked passersby with a knife near the "
        "Paradeplatz in Mannheim, police said.\n\n"
        "11:30 CET: Police operation in city centre\n"
        "Police say a large operation is under way in Mannheim city centre after reports of a stabbing."
    )
    assert len(extract_text(text, published=datetime(2026, 3, 10, 20, tzinfo=UTC)).incidents) == 1


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Gunmen kill four in Borno village; bomb wounds soldiers in Yobe\n\n"
            "MAIDUGURI, Nigeria (Reuters) - Suspected Islamist militants killed four farmers in a village near "
            "Konduga in Nigeria's Borno state on Monday, a local official said.\n\n"
            "In a separate incident, three soldiers were wounded on Monday when their vehicle hit a roadside bomb "
            "near Damaturu in neighbouring Yobe state, a military source said.",
            {"Konduga": {"armed_assault"}, "Damaturu": {"bombing"}},
        ),
        (
            "Two police officers shot dead in Kashmir, grenade attack wounds civilian in Pulwama\n\n"
            "SRINAGAR, India (AP) — Suspected militants shot dead two police officers at a checkpoint in Sopore "
            "on Tuesday, police said.\n\n"
            "Hours later, militants hurled a grenade at a market in Pulwama, wounding a civilian, police said.",
            {"Sopore": {"armed_assault"}, "Pulwama": {"bombing"}},
        ),
    ],
)
def test_a_headline_telling_two_attacks_gives_each_its_part(text: str, places: dict) -> None:
    incidents = extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents
    assert {i.location.name: {e.value for e in i.event_types} for i in incidents} == places


@pytest.mark.parametrize(
    "text",
    [
        "OUAGADOUGOU (AFP) — Gunmen killed 12 worshippers during Sunday mass at a church in the village of "
        "Essakane in northern Burkina Faso, security sources said on Monday.\n\n"
        "On Saturday, a pastor and his son were abducted by armed men near Djibo, a local official said.",
        "KANO, Nigeria (Reuters) - Gunmen killed nine worshippers at a mosque in the village of Mada in Zamfara "
        "state during dawn prayers, residents said on Tuesday.\n\n"
        "Late on Sunday, bandits kidnapped 14 travellers on the highway near Gusau, police said.",
    ],
)
def test_a_paragraph_opening_on_its_day_with_an_act_at_a_new_place_is_another_incident(text: str) -> None:
    assert len(extract_text(text, published=datetime(2026, 3, 10, 18, tzinfo=UTC)).incidents) == 2


def test_a_paragraph_opening_on_a_day_with_an_arrest_elsewhere_goes_on() -> None:
    text = (
        "QUETTA, Pakistan (AFP) - Militants stormed a police post in Kech district, killing four policemen, "
        "officials said on Thursday.\n\n"
        "On Wednesday, police in Turbat arrested two men suspected of supplying the attackers with weapons."
    )
    assert len(extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Rolando cafe bombing was an attack on 13 September 1974 at a cafe in Madrid which killed 13 people. "
        "The bomb was placed at the entrance and exploded on a Friday afternoon, during a busy lunchtime.",
        "The Mumbai attacks began on 26 November 2008, when gunmen killed 166 people across the city. "
        "The gunmen stormed the Taj hotel on Wednesday night, shooting guests in the lobby.",
    ],
)
def test_a_weekday_naming_the_day_already_dated_is_the_same_attack(text: str) -> None:
    assert len(extract_text(text).incidents) == 1


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "DERA ISMAIL KHAN: Unidentified gunmen shot dead a police constable near the Kotla Saidan area of Dera "
            "Ismail Khan on Monday, police said.\n\n"
            "Three days earlier, a lawyer was shot dead by unknown assailants in the same district, police said.",
            {"2026-03-09", "2026-03-06"},
        ),
        (
            "Gunmen killed four villagers in an attack on Kukawa on Friday, residents said.\n\n"
            "The next day, a bomb exploded at a market in Monguno, killing two traders, police said.",
            {"2026-03-06", "2026-03-07"},
        ),
    ],
)
def test_an_attack_told_days_before_or_after_is_another_incident(text: str, dates: set) -> None:
    incidents = extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents
    assert {i.date.value for i in incidents} == dates


def test_a_toll_revised_days_later_is_the_same_attack() -> None:
    text = (
        "Gunmen killed four villagers in an attack on Kukawa on Friday, residents said.\n\n"
        "Two days later, two of the wounded died in hospital, bringing the toll of the attack to six."
    )
    assert len(extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents) == 1


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "MAROUA (Cameroon), March 8, 2026 (AFP) - Seven soldiers were killed in the night from Saturday to Sunday "
            "in an attack by jihadists on a military post in Mora, security sources told AFP, while a suicide "
            "bombing the same day in nearby Kolofata killed two civilians.\n\nA first toll given on Sunday morning "
            "by a local official spoke of five soldiers killed.",
            "Mora",
            "Kolofata",
        ),
        (
            "NIAMEY, Feb 4 (AFP) - Jihadists killed 10 soldiers in an attack on an army post in Tillaberi late on "
            "Monday, the defence ministry said, while an explosive device in nearby Ouallam killed two civilians.",
            "Tillaberi",
            "Ouallam",
        ),
        (
            "Two soldiers died in an attack on a post in Diffa on Tuesday, while a bombing the same day in Bosso "
            "killed three civilians, officials said.",
            "Diffa",
            "Bosso",
        ),
    ],
)
def test_a_while_clause_at_another_scene_is_another_incident(text: str, first: str, second: str) -> None:
    """'X were killed in A, while a bombing in B killed two': two attacks; the story goes on with the first."""
    incidents = extract_text(text, published=datetime(2026, 3, 8, 18, tzinfo=UTC)).incidents
    assert [i.location.name for i in incidents] == [first, second]
    assert incidents[0].date.value == incidents[1].date.value


def test_a_village_in_a_while_clause_is_placed_near_the_town_of_the_clause_before() -> None:
    text = (
        "Seven soldiers were killed in an attack by jihadists on a military post in Mora, in Cameroon's Far North "
        "region, while a suicide bombing the same day in nearby Kolofata killed two civilians."
    )
    second = extract_text(text).incidents[1].location
    assert second.name == "Kolofata" and second.lat is not None and 10.8 < second.lat < 11.4


def test_a_live_update_on_a_drone_attack_on_another_city_is_another_incident() -> None:
    text = (
        "10:05 GMT - Missile hits Kryvyi Rih, at least six dead\n"
        "A Russian ballistic missile struck a residential neighbourhood in Kryvyi Rih, killing at least six "
        "people.\n\n"
        "07:15 GMT - Two killed in overnight drone attack on Dnipro\n"
        "Russian drones struck the city of Dnipro early on Saturday, killing two people and injuring nine."
    )
    names = [i.location.name for i in extract_text(text).incidents]
    assert len(names) == 2 and "Dnipro" in names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "PESHAWAR, Pakistan (AP) — Militants ambushed a police patrol in Lakki Marwat district on Thursday, "
            "killing two officers, police said.\n\n"
            "It was the second attack in the province this week after gunmen killed three police officers at a "
            "checkpoint in Kohat on Tuesday.",
            {"Lakki Marwat", "Kohat"},
        ),
        (
            "KABUL (Reuters) - A bomb hidden in a cart exploded at a market in Jalalabad on Sunday, wounding seven "
            "people, police said.\n\n"
            "The blast came hours after gunmen shot dead two aid workers in Kunduz, officials said.",
            {"Jalalabad", "Kunduz"},
        ),
        (
            "STOCKHOLM (Reuters) - A man was shot dead in a suburb of Stockholm late on Saturday, police said.\n\n"
            "The shooting in Rinkeby came a day after a teenager was stabbed to death in Uppsala, north of the "
            "capital.",
            {"Stockholm", "Uppsala"},
        ),
    ],
)
def test_an_attack_referred_to_with_harm_in_a_town_of_its_own_is_an_incident(text: str, places: set) -> None:
    incidents = extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents
    assert {i.location.name for i in incidents} == places


def test_an_attack_referred_to_in_the_town_of_the_incident_is_no_other() -> None:
    text = (
        "MOGADISHU (AP) — A car bomb killed five people at a checkpoint in Mogadishu on Sunday, police said.\n\n"
        "The blast came two days after gunmen killed a lawmaker in Mogadishu, police said."
    )
    incidents = extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents
    assert [i.totals["killed"].best for i in incidents] == [5]


@pytest.mark.parametrize(
    "text",
    [
        "Non-fatal shootings, in which someone was struck by gunfire but survived, dropped to 97 from 131 the year "
        "before, the police chief said.",
        "The program pairs detectives with outreach workers who contact young men at high risk of shooting or "
        "being shot.",
        "Robberies, in which a victim was threatened with a knife or a gun, fell by 12% last year, the report said.",
    ],
)
def test_statistics_that_define_a_kind_of_violence_report_no_incident(text: str) -> None:
    assert extract_text(text).incidents == []


def test_the_lead_under_a_headline_and_byline_dates_the_incident() -> None:
    text = (
        "Gang clash leaves four dead in Medellin\n\nBy Carlos Restrepo, El Colombiano\n\n"
        "MEDELLIN, Colombia, Sept. 21 - A gunfight between two rival gangs left four people dead on Saturday "
        "night, police said on Sunday.\n\n"
        "According to police, members of the two gangs exchanged fire for nearly 40 minutes, and a girl was "
        "killed in the crossfire."
    )
    record = extract_text(text, published=datetime(2025, 9, 21, 15, tzinfo=UTC))
    assert record.incidents[0].date.value == "2025-09-20"


@pytest.mark.parametrize(
    "second",
    [
        "A second attack struck Beledweyne later on Tuesday, when gunmen stormed a hotel and killed four guards.",
        "Another attack on Tuesday killed four guards at a hotel in Beledweyne, residents said.",
        "A separate attack in Beledweyne on Tuesday killed four guards at a hotel, residents said.",
    ],
)
def test_a_sentence_opening_on_a_second_attack_starts_another_incident(second: str) -> None:
    lead = (
        "MOGADISHU, Feb 4 (Reuters) - A suicide car bomb exploded at a checkpoint in Baidoa on Tuesday, killing six "
        "soldiers, officials said.\n\n"
    )
    incidents = extract_text(lead + second, published=datetime(2026, 2, 4, 18, tzinfo=UTC)).incidents
    assert [i.location.name for i in incidents] == ["Baidoa", "Beledweyne"]


@pytest.mark.parametrize("label", ["Related", "Read more", "Also read"])
def test_a_line_linking_to_another_story_is_no_part_of_the_incident(label: str) -> None:
    text = (
        "A roadside bomb killed three soldiers near Miranshah in North Waziristan on Tuesday, the army said.\n\n"
        f"{label}: Gunmen kill two in Quetta market shooting"
    )
    incidents = extract_text(text).incidents
    assert len(incidents) == 1 and incidents[0].location.name != "Quetta"


@pytest.mark.parametrize(
    ("headline", "first", "second"),
    [
        ("Soldier killed in Anantnag ambush, three jawans die in Bijapur IED blast", "Anantnag", "Bijapur"),
        ("Soldier killed in Kaduna attack, three policemen die in Gusau raid", "Kaduna", "Gusau"),
    ],
)
def test_each_half_of_a_headline_naming_two_attacks_goes_to_its_own_incident(
    headline: str, first: str, second: str
) -> None:
    """The headline's halves go to the incidents at their scenes: one half's toll never swells the other's."""
    text = (
        f"{headline}\n\nNEW DELHI, Oct 30 (PTI) - One soldier was killed when militants fired on a patrol in "
        f"{first} on Thursday, officials said.\n\nEarlier, in {second}, a bomb planted by insurgents went off under a "
        "police vehicle, killing three officers."
    )
    incidents = extract_text(text, published=datetime(2025, 10, 30, 10, tzinfo=UTC)).incidents
    assert [i.location.name for i in incidents] == [first, second]
    assert [i.totals["killed"].best for i in incidents] == [1, 3]


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA (AFP) - Two soldiers were killed on Sunday when suspected ELN rebels attacked an army patrol near "
        "Tame, the military said.\n\n"
        "The attack follows the killing of a police officer in Saravena on Friday, which authorities also blamed "
        "on the ELN.",
        "NAIROBI (Reuters) - Gunmen killed two police officers at a roadblock near Mandera on Tuesday, police "
        "said.\n\n"
        "The ambush followed the abduction of three teachers in Wajir last week, officials said.",
    ],
)
def test_an_attack_that_follows_another_keeps_its_own_toll(text: str) -> None:
    incidents = extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents
    first = incidents[0]
    assert first.totals["killed"].best == 2
    assert not [f for f in first.figures if f.kind == "killed" and f.value != 2]


JUNE_10 = datetime(2024, 6, 10, tzinfo=UTC)

SHIFTED_PARAGRAPHS = [
    (
        "Israeli strikes kill family in south Lebanon\n\n"
        "A strike on a house in the village of Kfar Kila on Monday evening killed five members of one family, "
        "Lebanon's state news agency reported.\n\n"
        "Earlier on Monday, an explosive-laden drone crashed into a military post in Nahariya. Three soldiers "
        "were wounded, one of them seriously, the army said.",
        {"Kfar Kila", "Nahariya"},
    ),
    (
        "Gunmen kill three in Kenyan border town\n\n"
        "MANDERA, Kenya (AP) - Gunmen killed three quarry workers in the town of Mandera on Tuesday, police said.\n\n"
        "Earlier in the day, a roadside bomb struck a police truck near the town of Lamu, wounding five officers, "
        "a police spokesman said.",
        {"Mandera", "Lamu"},
    ),
    (
        "OSLO (AFP) - A grenade exploded near the French consulate in Oslo early on Thursday, police said. A man "
        "was arrested hours later.\n\n"
        "In Helsinki, police said they were called to the consulate shortly after 11 p.m. on Wednesday after reports "
        "of gunfire. Officers found bullet holes in a window.",
        {"Oslo", "Helsinki"},
    ),
]


@pytest.mark.parametrize(("text", "places"), SHIFTED_PARAGRAPHS)
def test_a_paragraph_opening_on_a_shift_to_another_scene_is_another_incident(text: str, places: set[str]) -> None:
    incidents = extract_text(text, published=JUNE_10).incidents
    assert {i.location.name for i in incidents} == places


def test_a_headline_naming_the_wider_area_is_the_lead_s_incident() -> None:
    text = (
        "Police shoot dead knifeman after four stabbed in Melbourne shopping centre\n\n"
        "Police have shot dead a man after he stabbed four people at a supermarket in the Melbourne suburb of "
        "Frankston this afternoon, police said.\n\n"
        "The man took a knife from a display and began attacking shoppers, officers said."
    )
    assert len(extract_text(text, published=JUNE_10).incidents) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Until Friday, officials had blamed the abduction on bandits, the gangs raiding villages and kidnapping "
        "for ransom.",
        "As of Friday, officials had blamed the abduction on bandits, who have been raiding villages and "
        "kidnapping for ransom.",
    ],
)
def test_a_day_that_dates_no_act_starts_no_incident(sentence: str) -> None:
    text = (
        "Gunmen stormed a boarding school in the town of Kankara on Tuesday night and abducted dozens of pupils, "
        "police said.\n\n"
        f"{sentence}"
    )
    assert len(extract_text(text, published=JUNE_10).incidents) == 1


@pytest.mark.parametrize(
    "lead",
    [
        "A bomb planted on a motorcycle exploded near a bus stop in Quetta on Monday, wounding eight people, police "
        "said. The blast came two days after a senior police officer was killed in a gun attack in the city on "
        "Saturday.",
        "A bomb planted on a motorcycle exploded near a bus stop in Quetta on Monday, wounding eight people, police "
        "said, two days after a senior police officer was killed in a gun attack in the city on Saturday.",
    ],
)
def test_an_attack_a_sentence_times_against_on_a_day_of_its_own_is_another_incident(lead: str) -> None:
    dates = {str(i.date.value) for i in extract_text(lead, published=JUNE_10).incidents}
    assert dates == {"2024-06-10", "2024-06-08"}


def test_the_attack_a_reprisal_answers_is_no_incident_of_its_own() -> None:
    text = (
        "Mortar rounds fired from across the border struck the town of Akcakale on Tuesday, killing two people, "
        "officials said.\n\n"
        "The army carried out air strikes on Monday on militant bases across the border, saying it was responding "
        "to a bombing in Ankara on May 28 that killed nine people."
    )
    assert [i.location.name for i in extract_text(text, published=JUNE_10).incidents] == ["Akcakale"]


def test_a_killing_timed_days_after_another_is_dated_against_it_at_its_town() -> None:
    text = (
        "TEGUCIGALPA (AP) - The mayor of the Honduran town of Choloma was killed on Saturday, police said.\n\n"
        "The killing came four days after the town's treasurer, Ana Lopez, was shot dead outside her home.\n\n"
        "President Xiomara Castro condemned the killing."
    )
    incidents = extract_text(text, published=JUNE_10).incidents
    assert [(str(i.date.value), i.location.name) for i in incidents] == [
        ("2024-06-08", "Choloma"),
        ("2024-06-04", "Choloma"),
    ]


def test_a_toll_two_joined_attacks_leave_is_neither_incident_s() -> None:
    text = (
        "Pakistan: truck bomb in Quetta and grenade attack on police post leave at least 11 dead\n\n"
        "ISLAMABAD (AFP) - At least seven people were killed on Monday when a truck packed with explosives blew up "
        "near a paramilitary base in the southwestern city of Quetta, officials said.\n\n"
        "Earlier in the day, in the town of Gwadar, militants threw grenades at a police post, killing four "
        "officers, a police spokesman said."
    )
    incidents = extract_text(text, published=JUNE_10).incidents
    assert [(i.location.name, i.totals["killed"].best) for i in incidents] == [("Quetta", 7), ("Gwadar", 4)]


def test_a_toll_of_the_second_act_in_a_time_clause_stays_with_it() -> None:
    text = (
        "KARACHI, Pakistan (Reuters) - A bomb exploded at a crowded bus stop in Karachi on Wednesday, killing five "
        "people, police said.\n\n"
        "Security was tightened across Sindh province after the blast and a grenade attack on a police station in "
        "Hyderabad on Tuesday night that wounded two officers."
    )
    incidents = extract_text(text, published=JUNE_10).incidents
    assert [i.location.name for i in incidents] == ["Karachi", "Hyderabad"]
    assert incidents[1].totals["injured"].best == 2


@pytest.mark.parametrize(
    ("sentence", "lists"),
    [
        ("Deadly blasts hit mosques in Kano and Zaria", True),
        ("Gunmen attacked police posts in Lahore and Quetta on Sunday.", True),
        ("A bomb exploded at a market in Kano on Friday.", False),
    ],
)
def test_a_sentence_naming_towns_joined_by_and_sums_up_several_scenes(sentence: str, lists: bool) -> None:
    nlp = load_nlp()
    [info] = analyze(nlp(sentence), nlp, None)
    assert _lists_scenes(info) is lists


@pytest.mark.parametrize(
    "reference",
    [
        "Friday's attack came less than a week after gunmen stormed a restaurant in Dhaka, killing 20 hostages.",
        "The blast came two weeks after fighters overran a military base in Lower Shabelle, killing dozens.",
    ],
)
def test_an_attack_referred_to_a_week_or_more_back_is_no_incident_of_its_own(reference: str) -> None:
    text = (
        "Militants attacked a police post near a Hindu temple in Dinajpur on Friday, killing one officer, police "
        f"said. {reference}"
    )
    assert [i.location.name for i in extract_text(text, published=JUNE_10).incidents] == ["Dinajpur"]


def test_a_second_attack_minutes_later_at_another_site_of_the_city_is_another_incident() -> None:
    text = (
        "KABUL, Afghanistan (AP) — Two suicide bombers struck police targets in the Afghan capital on Monday. The "
        "first attacker blew himself up at the gate of the police headquarters, killing six officers. Minutes later "
        "a second attack hit the police training academy on the other side of the city, killing four recruits."
    )
    incidents = extract_text(text, published=datetime(2024, 5, 13, 18, tzinfo=UTC)).incidents
    assert [i.totals["killed"].best for i in incidents] == [6, 4]


def test_one_of_the_deadliest_incidents_keeps_the_lead_toll_of_its_attack() -> None:
    text = (
        "An air strike on a prison in Saada killed at least 70 people and wounded more than 138, a charity said on "
        "Saturday, in one of the deadliest incidents of the war.\n\n"
        "In a separate strike on the port city of Hodeidah on Friday, three children were killed."
    )
    incidents = extract_text(text, published=datetime(2022, 1, 22, tzinfo=UTC)).incidents
    saada = next(i for i in incidents if i.location.name == "Saada")
    assert saada.totals["injured"].best == 139


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "QUETTA, Pakistan (Reuters) - A suicide bomber blew himself up at the gate of a police training college "
            "in Quetta on Monday, killing nine recruits, officials said.\n\n"
            "The bombing comes only days after gunmen shot dead four customs officers in Turbat.",
            "Quetta",
        ),
        (
            "JERUSALEM - A gunman opened fire at a bus stop in Ra'anana on Wednesday, wounding two people before he "
            "was shot by a security guard.\n\n"
            "The shooting came mere days after two Israelis were killed in a stabbing attack in Beersheba.",
            "Ra'anana",
        ),
        (
            "LYON (AFP) - A man armed with a knife wounded three passers-by in Lyon on Tuesday before being "
            "arrested, police said.\n\n"
            "It comes a few days after a teacher was stabbed to death at a school in Arras, an attack claimed by "
            "no group.",
            "Lyon",
        ),
        (
            "A bomb exploded at a bus station in Kano on Friday, killing six people, police said.\n\n"
            "The attack happened just days after bandits kidnapped 30 worshippers from a mosque in Gusau.",
            "Kano",
        ),
    ],
)
def test_an_attack_recalled_days_uncounted_before_is_no_incident(text: str, place: str) -> None:
    incidents = extract_text(text, published=datetime(2024, 6, 10, 12, tzinfo=UTC)).incidents
    assert [i.location.name for i in incidents] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU (Reuters) - A car bomb exploded outside a hotel in Mogadishu on Sunday morning, killing seven "
        "people, police said.\n\n"
        "About two hours later, a second bomb went off at a checkpoint some 30 km to the south, killing three "
        "soldiers, a military officer said.",
        "MAIDUGURI, Nigeria (AP) - A suicide bomber blew herself up at a mosque in the town of Konduga on Sunday "
        "evening, killing nine worshippers, residents said.\n\n"
        "Minutes later, another bomber detonated explosives at a market about 20 kilometres away, killing four "
        "traders.",
        "KABUL (AFP) - A suicide bomber struck a police post in Ghazni on Sunday, killing five officers, the "
        "interior ministry said.\n\n"
        "An hour later, gunmen ambushed a convoy 40 miles north of the city, killing two soldiers, officials said.",
    ],
)
def test_an_act_later_at_a_distance_is_another_incident_on_the_same_day(text: str) -> None:
    incidents = extract_text(text, published=JUNE_10).incidents
    assert [str(i.date.value) for i in incidents] == ["2024-06-09", "2024-06-09"]


def test_a_second_blast_minutes_later_at_the_same_market_is_the_same_attack() -> None:
    text = (
        "BAGHDAD - A bomb hidden in a parked car exploded at a busy market in Baghdad's Sadr City on Monday, "
        "killing 12 people.\n\nMinutes later, a second blast hit the same market, wounding dozens more, police said."
    )
    assert len(extract_text(text, published=JUNE_10).incidents) == 1


def test_a_toll_of_as_many_blasts_as_attacks_told_is_neither_attack_s() -> None:
    text = (
        "QUETTA (Dawn) - At least 20 people were killed on Sunday when two bombs exploded at rallies in the towns "
        "of Pishin and Chaman.\n\n"
        "The first blast took place at a rally in Pishin, killing 12 people, police said.\n\n"
        "An hour later, a second explosion hit a rally some 100 km to the north, killing eight people."
    )
    incidents = extract_text(text, published=JUNE_10).incidents
    assert [i.totals["killed"].best for i in incidents] == [12, 8]


def test_harm_during_the_assault_already_told_is_no_attack_of_its_own_day() -> None:
    text = (
        "BAMAKO (Reuters) - Soldiers stormed a hotel in the town of Mopti on Sunday, ending a siege by gunmen that "
        "began the previous morning, officials said.\n\n"
        "Among the dead were three contractors, a U.N. spokesman in New York said. Four soldiers were killed "
        "during the initial assault on Saturday, when attackers opened fire on a patrol near the hotel."
    )
    assert len(extract_text(text, published=JUNE_10).incidents) == 1


def test_an_attack_timed_against_two_earlier_ones_tells_neither_as_its_own() -> None:
    text = (
        "BRUSSELS (Reuters) - A man wounded three people with a knife at a tram stop in Ghent on Sunday, police "
        "said.\n\n"
        "The stabbing came three days after a 19-year-old gunman killed four people at a cafe in Antwerp, and five "
        "days after a 22-year-old man injured six people with a hammer on a train near Liege, an attack also "
        "claimed by Islamic State."
    )
    assert [i.location.name for i in extract_text(text, published=JUNE_10).incidents] == ["Ghent"]


def test_an_old_attack_named_in_a_story_of_arrests_is_no_incident() -> None:
    text = (
        "Spain arrests four suspected jihadists ahead of festival\n\n"
        "MADRID (Reuters) - Spanish police arrested four men suspected of discussing attacks during the San Fermin "
        "festival, the interior ministry said on Monday.\n\n"
        "The interior minister told reporters the suspects had praised attacks abroad, including the mass shooting "
        "at a concert hall in Moscow last month and the truck attack in Magdeburg."
    )
    assert extract_text(text, published=JUNE_10).incidents == []


@pytest.mark.parametrize(
    "background",
    [
        "Violence has escalated in recent weeks after a missile attack on Riyadh killed two people.",
        "Fighting in the region intensified after a car bomb wounded 12 people in Jamundi on Saturday.",
    ],
)
def test_the_attack_that_sharpened_a_conflict_is_no_incident(background: str) -> None:
    text = (
        "SANAA (Reuters) - A coalition air strike hit a market in Hajjah on Sunday, killing 12 people, medics "
        f"said.\n\n{background}"
    )
    assert [i.location.name for i in extract_text(text, published=JUNE_10).incidents] == ["Hajjah"]


def test_a_town_a_distance_is_measured_from_is_no_scene_of_a_live_update() -> None:
    text = (
        "LIVE: Gunmen attack police station in Irbid\n\n"
        "14:05 - Reports of gunfire at a police station in the northern city of Irbid.\n\n"
        "14:40 - Witnesses say gunmen have opened fire on officers near the city's old fort, a landmark about 70 km "
        "north of Amman.\n\n"
        "15:30 - Police say two officers were killed and several wounded."
    )
    assert len(extract_text(text, published=JUNE_10).incidents) == 1


def test_a_day_of_a_plan_told_after_the_attack_makes_no_other_day_for_a_recap() -> None:
    text = (
        "AMMAN (AP) - Gunmen opened fire on a police patrol in Tafilah, killing three officers, police said.\n\n"
        "The prime minister is to address parliament on Monday.\n\n"
        "A recap: gunmen attacked police in Tafilah on Sunday afternoon and then barricaded themselves in a house, "
        "killing three officers."
    )
    assert len(extract_text(text, published=JUNE_10).incidents) == 1


def test_a_day_owning_another_act_in_the_lead_is_not_the_lead_s_day() -> None:
    text = (
        "SRINAGAR, June 10: Three people were killed when a grenade exploded outside the home of one of the victims "
        "of Sunday's shooting in Kulgam town on Monday morning.\n\n"
        "On Sunday evening, two gunmen had opened fire on a wedding party in a village near Kulgam, killing four "
        "guests, police said."
    )
    incidents = extract_text(text, published=JUNE_10).incidents
    assert [i.totals["killed"].best for i in incidents] == [3, 4]


@pytest.mark.parametrize(
    "text",
    [
        "Two bombs exploded about an hour apart in the town of Konduga on Saturday, killing nine people, police "
        "said.\n\nThe first bomb went off outside a fuel station, killing five traders.\n\n"
        "About an hour later, a teenage girl detonated explosives near a mosque a few hundred metres away. The second "
        "blast killed three worshippers, police said.",
        "Gunmen attacked police posts in two towns in Dagestan on Sunday, killing four officers, officials said.\n\n"
        "In Derbent, two men opened fire on a traffic police post, killing two officers.\n\n"
        "Less than two hours later, in Kizlyar, a man armed with a rifle attacked a police patrol. Two officers "
        "were killed, the ministry said.",
        "A gunman has killed three people in attacks on two schools in the town of Marion, police say.\n\n"
        "The attacker first entered Lincoln Middle School on Tuesday morning and opened fire, killing two teachers.\n\n"
        "He then drove to Harding High School, about two kilometres away, where he shot dead a pupil.",
    ],
    ids=["an-hour-later", "hours-later-in-another-town", "then-a-kilometre-away"],
)
def test_a_lead_counting_two_acts_and_a_second_told_later_or_farther_gives_two_incidents(text: str) -> None:
    assert len(extract_text(text, published=datetime(2024, 5, 6, 12, tzinfo=UTC)).incidents) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A man has been charged after shots were fired at three homes in the city of Red Deer on Monday night.\n\n"
        "Police say the first calls came in at about 9 p.m., reporting gunshots at a home on Elm Street, where a man "
        "was wounded. Minutes later, officers were called to a second home a short distance away, where a woman had "
        "been shot dead.",
        "Twin blasts ripped through a market in Baghdad on Thursday, killing 20 people, police said.\n\n"
        "About an hour later, police sealed off the area and ambulances took the wounded to hospital.",
        "Gunmen attacked two villages in Zamfara state on Sunday, killing 30 people, police said.\n\nThe attackers "
        "stormed Kurfa village at about 6 p.m., shooting residents as they fled, a police spokesman said.\n\nHours "
        "later, the gunmen set fire to houses and shops before fleeing into the forest.",
    ],
    ids=["minutes-later-a-short-distance-away", "an-hour-later-no-act", "hours-later-the-same-attack-goes-on"],
)
def test_a_lead_counting_acts_with_no_act_later_or_farther_gives_one_incident(text: str) -> None:
    assert len(extract_text(text, published=datetime(2024, 5, 6, 12, tzinfo=UTC)).incidents) == 1


def test_the_toll_a_lead_and_headline_sum_over_two_acts_is_neither_incidents() -> None:
    text = (
        "Twin blasts kill nine in Konduga\n\n"
        "Two bombs exploded about an hour apart in the town of Konduga on Saturday, killing nine people, police "
        "said.\n\nThe first bomb went off outside a fuel station, killing five traders.\n\n"
        "About an hour later, a teenage girl detonated explosives near a mosque a few hundred metres away. The second "
        "blast killed three worshippers, police said."
    )
    incidents = extract_text(text, published=datetime(2024, 5, 6, 12, tzinfo=UTC)).incidents
    assert [i.totals["killed"].best for i in incidents] == [5, 3]


def test_a_paragraph_on_a_town_only_the_headline_named_tells_the_headlines_attack() -> None:
    text = (
        "Nine shot dead in Kidal; six soldiers killed in Gao base attack\n\n"
        "BAMAKO (wire) - At least 15 people were killed by militants in northern Mali on Monday, officials said.\n\n"
        "In Kidal, gunmen stopped a bus on the main road and shot nine passengers dead, officials said.\n\n"
        "In the second attack, militants stormed an army base in Gao after a car bomb hit its gate, killing six "
        "soldiers, the army said."
    )
    incidents = extract_text(text, published=datetime(2024, 5, 7, 12, tzinfo=UTC)).incidents
    assert [i.location.name for i in incidents] == ["Kidal", "Gao"]


def test_a_live_blog_whose_headline_names_two_attacks_towns_gives_each_its_own() -> None:
    text = (
        "LIVE:\nRockets hit Metula, drone strike near Nabatieh\n\nAll times local (GMT+3).\n\n"
        "18:00\nAn Israeli drone struck a motorbike near Nabatieh, killing one man, Lebanese state media reported.\n\n"
        "10:30\nRockets fired from Lebanon hit the town of Metula, wounding two people, Magen David Adom said.\n\n"
        "09:50\nSirens sounded in Metula and across the Galilee panhandle.\n"
    )
    incidents = extract_text(text, published=datetime(2024, 6, 4, 16, tzinfo=UTC)).incidents
    assert [i.location.name for i in incidents] == ["Metula", "Nabatieh"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Palestinian militants fired rockets at the Israeli town of Sderot on Tuesday, wounding two people, police "
            "said.\n\nIn response, Israeli aircraft struck Hamas positions in the northern Gaza Strip, killing one "
            "militant, the army said.\n\nNo group claimed the rocket fire, which set a house in Sderot on fire.",
            2,
        ),
        (
            "Suspected militants fired mortar shells at an army post in Kupwara on Sunday, wounding three soldiers, "
            "officials said.\n\nIn retaliation, the army shelled militant launch pads across the Line of Control, a "
            "defence spokesman said.",
            2,
        ),
        (
            "A bomb exploded at a market in Quetta on Monday, killing six people, police said.\n\nIn response, police "
            "sealed off the area and launched a search operation in nearby neighbourhoods.",
            1,
        ),
    ],
    ids=["air-strikes-in-response", "shelling-in-retaliation", "police-response"],
)
def test_a_reply_in_kind_is_the_other_sides_incident(text: str, count: int) -> None:
    incidents = extract_text(text, published=datetime(2024, 5, 8, 12, tzinfo=UTC)).incidents
    assert len(incidents) == count
    assert len({i.date.value for i in incidents}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "BAKU (AFP) - Fighting between Azerbaijani and Armenian troops killed two soldiers in the Tovuz district on "
        "Tuesday, the defence ministry said.\n\nThe ministry said seven Azerbaijani soldiers had been killed in Tovuz "
        "since the clashes erupted on Sunday, and that a civilian died when shells hit the village of Dondar "
        "Gushchu.\n",
        "YEREVAN, Sept 13 (AFP) - Three Armenian soldiers were killed on Tuesday as fighting between Armenian and "
        "Azerbaijani forces raged along their border, Yerevan said.\n\nThe defence ministry in Yerevan said the "
        "soldiers were killed near the town of Jermuk as Azerbaijani forces shelled Armenian positions with "
        "artillery.\n\nAzerbaijan's defence ministry said two of its soldiers had been killed on Tuesday and accused "
        "Armenia of shelling the border town of Kalbajar.\n",
    ],
    ids=["since-the-clashes-erupted", "each-side-shelling-a-town"],
)
def test_fighting_between_two_forces_told_side_by_side_is_one_incident(text: str) -> None:
    assert len(extract_text(text, published=datetime(2022, 9, 13, 18, tzinfo=UTC)).incidents) == 1


def test_a_crosshead_naming_another_town_heads_the_section_after_it() -> None:
    text = (
        "Gunmen kill mayor in Mexican town\n\nMEXICO CITY (Reuters) - Gunmen shot dead the mayor of Tacambaro in "
        "Michoacan state on Sunday, officials said.\n\nThe mayor was leaving a restaurant when two men on a "
        "motorcycle opened fire, prosecutors said.\n\nCandidate shot dead in Iguala\n\nThe killing came a day after "
        "a council candidate was shot in neighbouring Guerrero state.\n\nRamon Ortiz died on Saturday when gunmen "
        "fired on his car outside his campaign office in the city of Iguala, police said.\n"
    )
    nlp = load_nlp()
    segments, _ = segment(analyze(nlp(text), nlp, datetime(2024, 6, 10, 12, tzinfo=UTC)))
    owner = {part: n for n, seg in enumerate(segments) for s in seg.sentences for part in [s.span.text[:20]]}
    assert (owner["Candidate shot dead "], owner["The killing came a d"]) == (1, 0)


def test_shots_fired_at_a_scene_of_their_own_are_an_incident_even_with_no_one_hurt() -> None:
    text = (
        "Grenade thrown at Israeli embassy in Oslo; shots fired at consulate in Gothenburg\n\n"
        "OSLO (Reuters) - Norwegian police arrested a 17-year-old on Thursday after a hand grenade exploded outside "
        "the Israeli embassy in Oslo overnight, causing no injuries.\n\n"
        '"We are looking at whether there is a connection to the incident in Gothenburg," a police spokesman said.\n\n'
        "In Gothenburg, Swedish police said officers were called to the Israeli consulate on Wednesday evening after "
        "reports of shots being fired. Cartridge cases were found nearby, but no one was hurt.\n"
    )
    incidents = extract_text(text, published=datetime(2024, 10, 3, 12, tzinfo=UTC)).incidents
    assert [i.location.name for i in incidents] == ["Oslo", "Gothenburg"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor shot dead in Mindanao\n\nCOTABATO CITY — Mayor Ramon Dalut of Datu Piang was shot dead by unidentified "
        "gunmen on Tuesday morning, police said.\n\nDalut was inside his car near the town hall when the gunmen opened "
        "fire, police said.\n\nThe killing came days after Sultan Kudarat Mayor Jose Amil was shot dead by a sniper "
        "during a parade in Isulan, and Tacurong Vice Mayor Lino Baraguir was gunned down in Koronadal City, South "
        "Cotabato.\n",
        "Aid worker shot dead in Burkina Faso\n\nOUAGADOUGOU (AFP) - A Spanish aid worker was shot dead by gunmen in "
        "the northern town of Djibo on Saturday, security sources said.\n\nThe gunmen arrived on motorbikes and fired "
        "on his car, a source said.\n\nAl-Qaeda's Sahel branch said it was behind the killing of Canadian geologist "
        "Marc Tremblay, who was shot dead while driving near the town of Dori on Wednesday.\n",
        "Police officer stabbed at checkpoint in Makassar\n\nThe Jakarta Post\nMakassar | Tue, March 14, 2023 | "
        "10:02 am\n\nA police officer was stabbed by a man at a checkpoint in Makassar, South Sulawesi, on Monday "
        "evening, police said.\n\nThe attacker was arrested at the scene.\n",
    ],
    ids=["came-after-one-and-another", "behind-the-killing-of-someone-who-died", "publication-stamp"],
)
def test_earlier_killings_recounted_as_background_are_no_incident_of_their_own(text: str) -> None:
    assert len(extract_text(text, published=datetime(2023, 3, 14, 12, tzinfo=UTC)).incidents) == 1


def test_the_first_sentences_clause_on_how_the_victim_died_dates_the_incident() -> None:
    text = (
        "KARACHI (Dawn) - Police on Tuesday said they had arrested two suspects over the killing of lawyer Ahmed Raza, "
        "who was shot dead outside his home in Karachi on Sunday.\n"
    )
    incidents = extract_text(text, published=datetime(2023, 3, 14, 12, tzinfo=UTC)).incidents
    assert [i.date.value for i in incidents if i.date] == ["2023-03-12"]


def test_a_toll_hung_on_a_sentence_about_tension_belongs_to_the_act_it_recalls() -> None:
    text = (
        "QUETTA (Reuters) - A grenade killed a shopkeeper at a market in Quetta on Friday, police said.\n\n"
        "Tension has been high in the region since May 20, when a suicide bomber rammed an explosives-laden truck into "
        "a police convoy in Mastung, killing 31 officers.\n"
    )
    nlp = load_nlp()
    infos = analyze(nlp(text), nlp, datetime(2023, 6, 10, 12, tzinfo=UTC))
    info = next(i for i in infos if i.span.text.startswith("Tension"))
    (rest, _), (recalled, kind) = carve(info, first=False)[:2]
    assert (kind, [f.figure.value for f in rest.figures], [f.figure.value for f in recalled.figures]) == (
        "recalled",
        [],
        [31],
    )


def test_a_second_blast_half_an_hour_later_is_the_second_of_two_counted() -> None:
    text = (
        "LAHORE (Reuters) - Five people were killed in two separate explosions in Lahore on Sunday evening, police "
        "said.\n\nThe first blast went off at a bus stop in the old city, killing three people.\n\nAbout half an hour "
        "later, a second explosion near a roadside shop in the north of the city killed two people, police said.\n"
    )
    assert len(extract_text(text, published=datetime(2023, 3, 14, 12, tzinfo=UTC)).incidents) == 2


TWO_SITES = (
    "Militants strike twice in Quetta\n\n"
    "QUETTA, Pakistan (Reuters) - Suicide bombers attacked two police buildings in Quetta on Friday, killing at "
    "least 15 people, officials said.\n\n"
    "The first bomber struck at the police headquarters on Zarghoon Road in the morning. Minutes later a second "
    "attack hit the police training college on the other side of the city.\n\n"
    "Provincial home minister Ziaullah Langove condemned the attacks."
)


def test_a_second_attack_told_by_a_generic_word_is_the_next_incident_in_its_city() -> None:
    incidents = extract_text(TWO_SITES, published=datetime(2023, 5, 5, 18, tzinfo=UTC)).incidents

    assert len(incidents) == 2
    assert [i.location.name for i in incidents] == ["Quetta", "Quetta"]
    assert "training college" in (incidents[1].location.facility or "")
    assert [e.value for e in incidents[1].event_types] == ["bombing"]
    assert incidents[1].date.value == incidents[0].date.value == "2023-05-05"


RIOTS_IN_TWO_CITIES = (
    "Kenya: five dead in two days of riots\n\n"
    "NAIROBI, July 9 (AFP) - Five people were killed during two days of riots over fuel prices, police said on "
    "Tuesday.\n\n"
    "In Nairobi on Tuesday, rioters set fire to a police post and looted a supermarket. Two protesters were shot "
    "dead in the Kibera district, a police spokesman said.\n\n"
    "The unrest had begun on Monday in Kisumu, some 350 km west of the capital. Protesters there torched a "
    "government office. Three people were killed in Kisumu, the Kenya Red Cross said."
)


def test_a_paragraph_telling_when_and_where_violence_began_elsewhere_is_another_incident() -> None:
    incidents = extract_text(RIOTS_IN_TWO_CITIES, published=datetime(2019, 7, 9, 18, tzinfo=UTC)).incidents

    assert [(i.location.name, i.date.value) for i in incidents] == [
        ("Nairobi", "2019-07-09"),
        ("Kisumu", "2019-07-08"),
    ]
    assert [i.totals["killed"].best for i in incidents] == [2, 3]


SECOND_INCIDENT = (
    "Gunmen attacked a police post in the town of Bunia on Sunday, killing two officers, police said.\n\n"
    "In a second incident, four farmers were abducted from a field near the post as the attackers fled, "
    "a local official said."
)


def test_a_second_incident_named_by_its_order_shares_the_day_and_town_it_does_not_give() -> None:
    incidents = extract_text(SECOND_INCIDENT, published=datetime(2024, 3, 4, 9, tzinfo=UTC)).incidents

    assert len(incidents) == 2
    assert [i.location.name for i in incidents] == ["Bunia", "Bunia"]
    assert [i.date.value for i in incidents] == ["2024-03-03", "2024-03-03"]
    assert "hostage_taking" in {e.value for e in incidents[1].event_types}


HEADLINE_THEN_COUNTING_LEAD = (
    "Gunmen raid gun shops, attack army base in Kazakh city; six dead\n\n"
    "ALMATY, June 5 (Reuters) - Gunmen in the Kazakh city of Aktobe attacked two gun shops and then a National "
    "Guard unit on Sunday, killing at least six people, the interior ministry said.\n\n"
    "The attackers then rammed a bus through the gates of the base and opened fire on soldiers."
)
LIVE_PAGE_DISTRICT = (
    "LIVE: Gunmen seize police station in Nairobi\n\n"
    "18:05 - Negotiations with the gunmen are continuing, police say.\n\n"
    "12:30 - The interior minister has called an emergency meeting.\n\n"
    "09:10 - Police say about a dozen armed men stormed a police station in the Langata district of the capital "
    "before dawn and took several officers hostage.\n\n"
)
LIVE_PAGE_ASIDE = (
    "LIVE: Twin blasts hit Thai resort town, one dead\n\n"
    "02:35 - Police say 19 people were injured in the two explosions in the town centre of Hua Hin.\n\n"
    "00:50 - This is not the only explosion in Thailand today. Earlier on Thursday, a bomb exploded at a market in "
    "the town of Trang, killing one person.\n\n"
    "23:50 - Reports of two loud explosions in the centre of Hua Hin.\n\n"
)


@pytest.mark.parametrize(
    ("text", "published", "places"),
    [
        pytest.param(
            HEADLINE_THEN_COUNTING_LEAD,
            datetime(2016, 6, 5, 18, tzinfo=UTC),
            ["Aktobe"],
            id="the lead counting acts under a headline tells the headline's attack",
        ),
        pytest.param(
            LIVE_PAGE_DISTRICT,
            datetime(2024, 7, 17, 18, tzinfo=UTC),
            ["Nairobi"],
            id="an update on a district of the capital is no other town",
        ),
        pytest.param(
            LIVE_PAGE_ASIDE,
            datetime(2016, 8, 11, 19, tzinfo=UTC),
            ["Hua Hin", "Trang"],
            id="an act noun denied by a copula tells no attack",
        ),
    ],
)
def test_one_incident_per_attack_the_page_tells(text: str, published: datetime, places: list[str]) -> None:
    incidents = extract_text(text, published=published).incidents

    assert [i.location.name for i in incidents] == places
