"""Casualty figures as a reader checks them: value, qualifier, kind, status, and the words they came from."""

from __future__ import annotations

import pytest

from polybius.extract import load_nlp
from polybius.extract.figures import find_figures
from polybius.model import Figure
from polybius.pipeline import extract_text


def _victim_figures(text: str) -> list[Figure]:
    record = extract_text(text)
    assert len(record.incidents) == 1
    figures = [f for f in record.incidents[0].figures if f.of == "victims"]
    for f in figures:
        for e in f.evidence:
            assert text[e.start : e.end] == e.text
    return figures


def _one(figures: list[Figure], kind: str, value: int) -> Figure:
    found = [f for f in figures if f.kind == kind and f.value == value]
    assert len(found) == 1, f"no single {kind} {value} in {figures}"
    return found[0]


def test_at_least_killed_and_more_than_wounded() -> None:
    text = (
        "A suicide bomber blew himself up at a crowded market in Kabul on Tuesday. "
        "At least 23 people were killed and more than 40 wounded, police said."
    )
    figures = _victim_figures(text)

    killed = _one(figures, "killed", 23)
    assert (killed.qualifier, killed.status) == ("at_least", "current")
    assert "At least 23" in killed.evidence[0].text
    injured = _one(figures, "injured", 40)
    assert (injured.qualifier, injured.status) == ("over", "current")
    assert "40" in injured.evidence[0].text


def test_rising_death_toll_supersedes_the_initial_one() -> None:
    text = (
        "Gunmen attacked a hotel in Mogadishu on Friday. "
        "An initial toll given by police had put the number of dead at 12. "
        "Later on Saturday the death toll rose to 18, a police spokesman said."
    )
    figures = _victim_figures(text)

    assert _one(figures, "killed", 12).status == "superseded"
    assert _one(figures, "killed", 18).status == "current"
    killed = [f.value for f in figures if f.kind == "killed"]
    assert killed.index(12) < killed.index(18), "both figures stay, in the order reported"


def test_revised_from_an_initial_figure() -> None:
    text = (
        "Gunmen opened fire on concertgoers at Crocus City Hall near Moscow on Friday. "
        "Russian authorities said on Sunday they were revising the number of deceased "
        "from an initial 143 to 133."
    )
    figures = _victim_figures(text)

    assert _one(figures, "killed", 143).status == "superseded"
    current = _one(figures, "killed", 133)
    assert current.status == "current"
    assert current.evidence[0].text == "133"


def test_bodies_found_in_rooms_are_partial_counts() -> None:
    text = (
        "Gunmen opened fire on concertgoers at Crocus City Hall near Moscow. At least 133 people were killed. "
        "Rescuers said 28 bodies were discovered within a restroom and 14 on a staircase."
    )
    figures = _victim_figures(text)

    assert _one(figures, "killed", 28).status == "partial"
    assert _one(figures, "killed", 14).status == "partial"
    assert _one(figures, "killed", 133).status == "current"


def test_killing_and_wounding_participles() -> None:
    text = "A gunman opened fire at a bus station in Beersheba on Sunday, killing seven people and wounding nine."
    figures = _victim_figures(text)

    killed = _one(figures, "killed", 7)
    assert killed.qualifier == "exact"
    assert killed.evidence[0].text == "seven people"
    assert _one(figures, "injured", 9).evidence[0].text == "nine"


def test_number_written_in_words() -> None:
    text = (
        "Gunmen stormed a village near Arcahaie on Thursday. One hundred thirty-three people were killed, police said."
    )
    figures = _victim_figures(text)

    killed = _one(figures, "killed", 133)
    assert killed.evidence[0].text == "One hundred thirty-three people"


def test_among_them_is_a_sub_count() -> None:
    text = "A car bomb exploded outside a school in Quetta on Monday, killing 12 people, among them six children."
    figures = _victim_figures(text)

    assert _one(figures, "killed", 12).status == "current"
    assert _one(figures, "killed", 6).status == "partial"


def test_find_figures_on_one_parsed_sentence() -> None:
    text = "At least 23 people were killed and more than 40 wounded, police said."
    sent = next(iter(load_nlp()(text).sents))

    found, attackers = find_figures(sent)

    by_kind = {f.figure.kind: f.figure for f in found}
    assert (by_kind["killed"].value, by_kind["killed"].qualifier) == (23, "at_least")
    assert (by_kind["injured"].value, by_kind["injured"].qualifier) == (40, "over")
    assert attackers == []
    for f in found:
        for e in f.figure.evidence:
            assert text[e.start : e.end] == e.text


def test_suicide_bomber_is_counted_apart_from_victims() -> None:
    text = "A suicide bomber blew himself up at a crowded market in Kabul on Tuesday, killing 23 people, police said."
    incident = extract_text(text).incidents[0]

    assert incident.totals["killed"].best == 23
    assert all(f.value != 1 for f in incident.figures if f.of == "victims")


def test_between_two_numbers_is_a_range() -> None:
    figures = _victim_figures("Gunmen killed between 30 and 40 civilians in the village, local sources said.")

    assert _one(figures, "killed", 30).qualifier == "at_least"
    assert _one(figures, "killed", 40).qualifier == "up_to"


def test_money_and_durations_are_not_counts_of_people() -> None:
    figures = _victim_figures("Gunmen killed two guards at the bank, which had held 40,000 euros for 22 years.")

    assert {f.value for f in figures} == {2}


def test_a_conflict_running_total_is_not_the_attack_toll() -> None:
    text = (
        "A car bomb killed nine people in Mogadishu on Monday. "
        "The insurgency, which began in 2006, has killed more than 10,000 people."
    )
    incident = extract_text(text).incidents[0]

    assert incident.totals["killed"].best == 9
    assert 10000 not in {f.value for f in incident.figures}


def test_a_bare_number_tagged_as_a_date_still_counts_the_wounded() -> None:
    text = (
        "A car packed with explosives blew up outside a police station in Diyarbakir on Thursday, "
        "killing four people, including two police officers, and wounding 31, the governor's office said."
    )
    figures = _victim_figures(text)
    assert _one(figures, "injured", 31).status == "current"
    assert _one(figures, "killed", 4).status == "current"


def test_those_of_the_injured_taken_to_hospital_are_the_hospitalized_count() -> None:
    text = (
        "A fire deliberately set at a shelter in Apolda early on Saturday injured five residents, "
        "three of whom were taken to hospital with smoke inhalation, police said."
    )
    figures = _victim_figures(text)
    assert _one(figures, "injured", 5).status == "current"
    assert _one(figures, "hospitalized", 3).status == "current"


def test_of_them_takes_the_kind_of_the_nearest_count() -> None:
    text = (
        "Two gunmen opened fire on a crowded block party in Jackson, Mississippi, late on Saturday, "
        "killing three people and wounding 14 others, four of them teenagers, police said on Sunday."
    )
    figures = _victim_figures(text)
    assert _one(figures, "injured", 4).status == "partial"
    assert not [f for f in figures if f.kind == "killed" and f.value == 4]


def test_a_pronoun_source_is_the_source_named_before() -> None:
    text = (
        "Gunmen opened fire on residents in Hurti village on Sunday night, said Joshua Dakum, the chairman of the "
        "Bokkos council. He initially put the death toll at 16 but later said rescuers had found more bodies, "
        "raising the toll to 27."
    )
    sixteen = next(f for f in _victim_figures(text) if f.value == 16)
    assert sixteen.attributed_to is not None and "Dakum" in sixteen.attributed_to


def test_a_pronoun_with_no_source_before_it_gives_none() -> None:
    text = "He put the death toll at 16 after gunmen opened fire on residents in Hurti village on Sunday night."
    sixteen = next(f for f in _victim_figures(text) if f.value == 16)
    assert sixteen.attributed_to is None


def test_an_unnamed_source_is_the_organisation_named_next() -> None:
    text = (
        "Warplanes bombed a livestock market in the city of Nyala on Thursday, killing 19 civilians, a medical "
        "group said. The Sudan Doctors Network said the strike hit the market in the middle of the morning."
    )
    nineteen = next(f for f in _victim_figures(text) if f.value == 19)
    assert nineteen.attributed_to == "Sudan Doctors Network"


def test_an_unnamed_source_with_a_named_head_word_is_that_organisation() -> None:
    text = (
        "Gunmen stormed the town of Babanusa at dawn, according to the Kordofan Monitoring Network. "
        "At least 47 people were killed in the attack, the monitoring network said."
    )
    figure = next(f for f in _victim_figures(text) if f.value == 47)
    assert figure.attributed_to is not None and "Kordofan" in figure.attributed_to


def test_tolls_revised_down_keep_the_higher_figure_as_superseded() -> None:
    cases = {
        "The death toll from the air strike in Homs was revised down from 14 to 13, a security source said.": (13, 14),
        "The army revised the death toll from the bombing in Homs on Monday down to 13 from 14.": (13, 14),
        "Eight people died when a warplane struck a village in El Fasher, lowering an earlier toll of 9.": (8, 9),
        "Six people died in the blast at a mosque in Monguno. The earlier figure of 7 counted victims twice.": (6, 7),
    }
    for text, (current, earlier) in cases.items():
        figures = _victim_figures(text)
        assert _one(figures, "killed", current).status == "current", text
        assert _one(figures, "killed", earlier).status == "superseded", text


def test_two_men_who_arrived_and_one_of_whom_opened_fire_are_two_attackers() -> None:
    nlp = load_nlp()
    text = "Witnesses said two men rode up on a motorbike and the pillion rider shot the trader several times."
    _, counts = find_figures(next(nlp(text).sents))
    assert [c.value for c in counts] == [2]
    _, counts = find_figures(next(nlp("Two men were walking home and were shot.").sents))
    assert counts == []


def _sentence_figures(text: str) -> list[tuple[str, int, str]]:
    sent = next(load_nlp()(text).sents)
    figures, _ = find_figures(sent)
    return [(f.figure.kind, f.figure.value, f.figure.status) for f in figures]


def test_the_other_two_are_a_part_of_the_wounded() -> None:
    assert _sentence_figures("The other three were only slightly hurt.") == [("injured", 3, "partial")]
    assert _sentence_figures("The remaining two were treated for minor injuries.")[0][2] == "partial"


def test_a_count_after_including_is_a_part_of_the_figure_before_it() -> None:
    found = _sentence_figures("The blast at the market killed nine people including four traders, police said.")
    assert ("killed", 9, "current") in found and ("killed", 4, "partial") in found


def test_n_more_adds_to_a_toll_stated_elsewhere() -> None:
    assert _sentence_figures("Two more succumbed to their wounds in hospital overnight.") == [("killed", 2, "partial")]


def test_wounded_still_under_treatment_are_hospitalized() -> None:
    found = _sentence_figures("Doctors said 17 of the wounded remained under treatment on Monday.")
    assert found[0][:2] == ("hospitalized", 17)


def test_a_toll_the_department_had_given_is_superseded() -> None:
    text = "A man died in hospital, and the police had given the toll as four dead until Monday."
    assert ("killed", 4, "superseded") in _sentence_figures(text)


def test_a_third_person_has_died_raises_the_toll_to_three() -> None:
    text = (
        "Gunmen opened fire at a wedding in Lagos on Saturday, killing two people. "
        "A third person has died in hospital, police said on Monday."
    )
    figures = _victim_figures(text)
    assert _one(figures, "killed", 3).status == "current"
    assert _one(figures, "killed", 2).status == "superseded"


def test_dozens_give_no_number() -> None:
    assert _sentence_figures("Dozens of other villagers were wounded in the raid.") == []


def test_two_of_the_rangers_are_a_part_when_the_others_follow() -> None:
    found = _sentence_figures("Two of the guards were seriously hurt; the other three had minor injuries.")
    assert [f[2] for f in found] == ["partial", "partial"]
    assert _sentence_figures("Gunmen killed 12 of the passengers.") == [("killed", 12, "current")]


def test_fighters_armed_with_rifles_who_entered_a_village_are_attackers() -> None:
    _, counts = find_figures(next(load_nlp()("Some 30 militants armed with machetes entered the town at dawn.").sents))
    assert [c.value for c in counts] == [30]


def test_a_number_of_people_assassinated_counts_the_dead() -> None:
    sent = next(load_nlp()("The assassination of six Jesuit priests shocked the country.").sents)
    figures, _ = find_figures(sent)
    assert [(f.figure.kind, f.figure.value) for f in figures] == [("killed", 6)]


def test_counts_joined_in_one_subject_add_up_and_become_parts() -> None:
    sent = next(load_nlp()("Two policemen and three civilians were killed in the blast.").sents)
    figures, _ = find_figures(sent)
    found = sorted((f.figure.value, f.figure.status) for f in figures)
    assert found == [(2, "partial"), (3, "partial"), (5, "current")]


def test_counts_in_two_places_are_not_summed_into_a_total() -> None:
    sent = next(load_nlp()("Rescuers found 28 bodies in a restroom and 14 on a staircase.").sents)
    figures, _ = find_figures(sent)
    assert all(f.figure.status == "partial" for f in figures)


def test_a_count_of_wounds_or_bombs_counts_no_people() -> None:
    for text in ("He suffered three bullet wounds in the attack.", "Rebels set off three dynamite charges."):
        figures, _ = find_figures(next(load_nlp()(text).sents))
        assert figures == []


def test_a_single_person_joined_to_a_count_adds_one() -> None:
    for text in (
        "A soldier and three civilians were killed in the blast.",
        "Three civilians and a soldier were killed in the blast.",
    ):
        figures, _ = find_figures(next(load_nlp()(text).sents))
        assert [f.figure.value for f in figures if f.figure.status == "current"] == [4]


def test_a_named_judge_and_two_bodyguards_killed_count_three() -> None:
    text = "Maria Elena Diaz Perez, a judge of public order, and two of her bodyguards were assassinated today."
    figures, _ = find_figures(next(load_nlp()(text).sents))
    assert [f.figure.value for f in figures if f.figure.status == "current"] == [3]
    assert all(text[e.start : e.end] == e.text for f in figures for e in f.figure.evidence)


def _all_figures(text: str) -> list[Figure]:
    """Every victim figure find_figures reads, sentence by sentence, with evidence checked."""
    doc = load_nlp()(text)
    figures = [f.figure for s in doc.sents for f in find_figures(s)[0] if f.figure.of == "victims"]
    for f in figures:
        assert all(text[e.start : e.end] == e.text for e in f.evidence)
    return figures


def _kvs(figures: list[Figure]) -> set[tuple[str, int, str]]:
    return {(f.kind, f.value, f.status) for f in figures}


def test_counts_after_a_dash_or_colon_that_add_up_are_parts_of_the_total() -> None:
    found = _kvs(_all_figures("The blast killed 12 people: seven policemen and five civilians."))
    assert {("killed", 12, "current"), ("killed", 7, "partial"), ("killed", 5, "partial")} <= found
    found = _kvs(_all_figures("Gunmen killed 9 people (4 soldiers, 3 women and 2 children) in the raid on Sunday."))
    assert {("killed", 9, "current"), ("killed", 4, "partial"), ("killed", 2, "partial")} <= found
    found = _kvs(_all_figures("The ambush left 14 dead - nine soldiers and five militiamen - according to the army."))
    assert {("killed", 14, "current"), ("killed", 9, "partial"), ("killed", 5, "partial")} <= found
    assert not any(v == 23 for _, v, _ in found), "a total and its parts are never summed"


def test_a_bare_number_or_figure_counts_what_was_counted_before() -> None:
    found = _kvs(
        _all_figures("Police first put the number of dead at 12. By Sunday the number had risen to 31, officials said.")
    )
    assert ("killed", 31, "current") in found
    found = _kvs(
        _all_figures("The mayor said 20 people were wounded in the blast. Doctors later put the figure at 26.")
    )
    assert ("injured", 26, "current") in found
    found = _kvs(_all_figures("Initially 11 people were reported injured, but the number rose to 15 overnight."))
    assert ("injured", 15, "current") in found and not any(k == "killed" for k, _, _ in found)


def test_a_later_count_revises_the_earlier_one() -> None:
    figures = _victim_figures(
        "Gunmen kidnapped dozens of villagers in Katsina state on Friday. A local chief said "
        "60 people had been abducted. Police later put the figure at 52."
    )
    assert _one(figures, "hostages", 60).status == "superseded"
    assert _one(figures, "hostages", 52).status == "current"


def test_people_taken_in_a_kidnapping_are_hostages() -> None:
    found = _kvs(
        _all_figures("Bandits abducted villagers in a night raid. The district head said 23 people had been taken.")
    )
    assert ("hostages", 23, "current") in found
    found = _kvs(_all_figures("Gunmen kidnapped a priest. Four people were taken to hospital."))
    assert not any(k == "hostages" and v == 4 for k, v, _ in found)


def test_a_count_joined_by_one_more_person_is_a_part_of_the_sum() -> None:
    found = _kvs(_all_figures("Four rangers and a village defence volunteer were wounded in the attack."))
    assert {("injured", 5, "current"), ("injured", 4, "partial")} <= found
    found = _kvs(_all_figures("Two policemen and a civilian were killed when the bomb went off."))
    assert {("killed", 3, "current"), ("killed", 2, "partial")} <= found
    found = _kvs(_all_figures("A waiter and a customer died at the scene, prosecutors said."))
    assert ("killed", 2, "current") in found
    found = _kvs(_all_figures("The six priests and two more persons were killed during the night."))
    assert ("killed", 8, "current") in found


def test_the_wounded_taken_to_or_received_by_a_hospital_are_also_hospitalized() -> None:
    found = _kvs(_all_figures("The director said the hospital had received 14 bodies and 33 wounded."))
    assert {("killed", 14, "current"), ("injured", 33, "current"), ("hospitalized", 33, "current")} <= found
    assert ("hospitalized", 14, "current") not in found
    found = _kvs(_all_figures("Nine injured people were rushed to the Aminu Kano hospital, police said."))
    assert ("hospitalized", 9, "current") in found and ("injured", 9, "current") in found
    found = _kvs(_all_figures("Twelve wounded were taken to hospital in Kano."))
    assert ("hospitalized", 12, "current") in found
    found = _kvs(_all_figures("Seven people were wounded and the attackers fled to the hospital compound."))
    assert not any(k == "hospitalized" for k, _, _ in found)


def test_a_count_after_an_opening_of_the_total_is_its_part() -> None:
    found = _kvs(_all_figures("Of the 27 people killed, 19 were soldiers."))
    assert {("killed", 27, "current"), ("killed", 19, "partial")} <= found
    found = _kvs(_all_figures("Of the 40 wounded, 12 were in critical condition, doctors said."))
    assert ("injured", 12, "current") not in found


def test_a_count_joined_by_and_to_a_harmed_person_takes_the_verb_s_kind() -> None:
    found = _kvs(_all_figures("The gunmen kidnapped a Catholic priest and two seminarians near Kaduna."))
    assert {("hostages", 3, "current"), ("hostages", 2, "partial")} <= found
    found = _kvs(_all_figures("Gunmen kidnapped four workers, two Chinese nationals, a Lebanese and an Indian."))
    assert ("hostages", 4, "current") in found and ("hostages", 6, "current") not in found


def test_a_family_is_never_counted_as_one_person() -> None:
    found = _kvs(_all_figures("Gunmen killed a family of five in their home."))
    assert ("killed", 5, "current") in found and ("killed", 1, "current") not in found
    assert ("killed", 1, "current") not in _kvs(_all_figures("A family was killed when their car hit a mine."))


def test_people_treated_for_injuries_are_also_the_injured() -> None:
    found = _kvs(_all_figures("Medics said 112 people had been treated for injuries after the blast."))
    assert {("hospitalized", 112, "current"), ("injured", 112, "current")} <= found
    found = _kvs(_all_figures("Twenty people were treated for minor wounds at the scene."))
    assert ("injured", 20, "current") in found
    found = _kvs(_all_figures("Four people were hospitalised with gunshot wounds."))
    assert {("hospitalized", 4, "current"), ("injured", 4, "current")} <= found
    found = _kvs(_all_figures("Five people were treated in hospital for smoke inhalation."))
    assert ("injured", 5, "current") not in found


def test_a_breakdown_may_end_with_single_people() -> None:
    found = _kvs(_all_figures("The attack killed three people, two policemen and a civilian, officials said."))
    assert {("killed", 3, "current"), ("killed", 2, "partial")} <= found and not any(v == 5 for _, v, _ in found)
    found = _kvs(_all_figures("The attack killed 4 people: three soldiers and a teacher."))
    assert {("killed", 4, "current"), ("killed", 3, "partial")} <= found


def test_a_count_of_another_verb_does_not_inherit_the_kind_before_it() -> None:
    found = _kvs(_all_figures("Militants stormed the jail, killing four guards and freeing 112 inmates, police said."))
    assert ("killed", 4, "current") in found and not any(v == 112 for _, v, _ in found)


def test_the_body_of_a_person_recovered_is_not_counted_again() -> None:
    found = _kvs(_all_figures("The toll rose to four when rescuers recovered the body of a man from the rubble."))
    assert ("killed", 4, "current") in found and ("killed", 1, "current") not in found


def test_a_person_and_a_count_among_the_wounded_are_one_larger_part() -> None:
    found = _kvs(_all_figures("A police officer and three civilians were among those wounded."))
    assert ("injured", 4, "partial") in found and not any(s == "current" for _, _, s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A car bomb exploded near the terminal on Monday, killing two civilians and injuring 14, hours after "
            "a drone strike on a police station, officials said.",
            ("injured", 14, "current"),
        ),
        (
            "Militants stormed the camp, killing five and wounding 9, days after a similar raid.",
            ("injured", 9, "current"),
        ),
        (
            "Two men who were stabbed to death outside a nightclub in Leeds have been named by police.",
            ("killed", 2, "current"),
        ),
        (
            "Three teenagers who were beaten to death in a park on Friday were named on Sunday.",
            ("killed", 3, "current"),
        ),
    ],
)
def test_bare_counts_before_a_comma_and_the_dead_of_a_relative_clause(text: str, expected: tuple) -> None:
    found = _sentence_figures(text)
    assert expected in found
    assert not any(k == "injured" for k, _, _ in found if expected[0] == "killed")


@pytest.mark.parametrize(
    "text",
    [
        "Two of the men were pronounced dead at the scene and the third died at a hospital, the chief said.",
        "Three of the victims died at the scene and another died later in hospital.",
        "Four of the soldiers were killed instantly; the rest died of their wounds overnight.",
    ],
)
def test_part_of_a_group_whose_other_members_follow_is_a_sub_count(text: str) -> None:
    assert _sentence_figures(text)[0][2] == "partial"


def test_four_of_the_passengers_alone_counts_all_the_dead() -> None:
    assert _sentence_figures("Four of the passengers were killed, the airline said.") == [("killed", 4, "current")]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("There were eight women, a 10-year-old girl and four men injured.", ("injured", 13)),
        ("Eight women, a 10-year-old girl and four men were wounded, the prefecture said.", ("injured", 13)),
        ("Three soldiers, two policemen and a civilian were killed in the attack.", ("killed", 6)),
        ("The blast killed two soldiers, three policemen and four civilians.", ("killed", 9)),
        ("There were three soldiers and two civilians killed.", ("killed", 5)),
    ],
)
def test_a_list_of_counts_and_single_people_adds_up_to_one_total(text: str, total: tuple[str, int]) -> None:
    found = _sentence_figures(text)
    current = [(k, v) for k, v, status in found if status == "current"]
    assert current == [total]


def test_a_list_after_people_at_large_that_adds_up_is_their_breakdown() -> None:
    found = _sentence_figures("The attack killed 12 people, seven policemen and five civilians.")
    assert [(k, v) for k, v, status in found if status == "current"] == [("killed", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Three other commandos who were travelling in a second vehicle sustained splinter injuries.",
        "Three passengers suffered gunshot wounds, the railway operator said.",
        "Three firefighters sustained minor injuries while evacuating the building.",
    ],
)
def test_people_who_sustained_injuries_are_injured(text: str) -> None:
    assert ("injured", 3, "current") in _sentence_figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants stormed a checkpoint manned by Kurdish-led fighters late Monday, killing five of them.", "current"),
        ("Gunmen opened fire on the wedding guests, killing seven of them.", "current"),
        ("Twelve people were wounded, three of them seriously.", "partial"),
    ],
)
def test_n_of_them_is_the_toll_when_no_count_came_before(text: str, expected: str) -> None:
    assert [s for k, v, s in _sentence_figures(text) if v in (5, 7, 3)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier MDA had said one person was killed and five were injured.",
        "Earlier, police had said three people were killed.",
        "Officials earlier reported four dead.",
        "The health ministry earlier put the toll at 12.",
    ],
)
def test_a_count_a_source_had_given_earlier_is_superseded(text: str) -> None:
    assert {s for _, _, s in _sentence_figures(text)} == {"superseded"}


@pytest.mark.parametrize(
    ("text", "victims", "attackers"),
    [
        ("Two people killed, several wounded; attacker shot dead", [("killed", 2, "current")], []),
        ("Three people killed in Kabul market blast", [("killed", 3, "current")], []),
        ("Two men killed a guard and fled on a motorbike.", [("killed", 1, "current")], [2]),
    ],
)
def test_a_headline_passive_counts_the_harmed_not_attackers(
    text: str, victims: list[tuple[str, int, str]], attackers: list[int]
) -> None:
    figures, counts = find_figures(next(load_nlp()(text).sents))
    assert [(f.figure.kind, f.figure.value, f.figure.status) for f in figures] == victims
    assert [c.value for c in counts] == attackers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Authorities said five people were being held in connection with the attack.", 5),
        ("Three men were held for questioning after the blast.", 3),
        ("Two teenagers are being held on suspicion of attempted murder, police said.", 2),
    ],
)
def test_people_held_as_suspects_are_arrested(text: str, value: int) -> None:
    assert _sentence_figures(text) == [("arrested", value, "current")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The injured were taken to two hospitals in the city.", []),
        ("Eleven people were taken to three hospitals, officials said.", [("hospitalized", 11, "current")]),
        ("Four ambulances took the wounded to hospital.", []),
    ],
)
def test_a_number_of_hospitals_or_ambulances_counts_no_people(text: str, expected: list) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were shot, two of them fatally, police said.", [("injured", 5), ("killed", 2)]),
        ("Five people were shot, one fatally, at a party early Sunday.", [("injured", 4), ("killed", 1)]),
        (
            "A man armed with a kitchen knife stabbed three people, one of them fatally, at a shopping centre.",
            [("injured", 2), ("killed", 1)],
        ),
        ("A gunman fatally shot two people and wounded three others.", [("killed", 2), ("injured", 3)]),
        ("Two people were fatally shot on Sunday night.", [("killed", 2)]),
    ],
)
def test_the_fatally_harmed_are_killed_and_not_also_wounded(text: str, expected: list[tuple[str, int]]) -> None:
    found = [(k, v) for k, v, status in _sentence_figures(text) if status == "current"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were shot Saturday night, three of whom died.", {("injured", 6), ("killed", 3)}),
        (
            "Three people were shot outside a nightclub, police said. One of them later died in hospital.",
            {("injured", 3), ("killed", 1)},
        ),
        ("Two of the injured died overnight, the hospital said.", {("killed", 2)}),
    ],
)
def test_the_wounded_who_died_are_dead_of_this_attack(text: str, expected: set[tuple[str, int]]) -> None:
    assert {(f.kind, f.value) for f in _all_figures(text) if f.status == "current"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed in the attack. Two of them died on the spot.",
        "The toll rose to 18 on Monday after six of the wounded died in hospital.",
    ],
)
def test_the_dead_among_the_dead_or_behind_a_new_toll_add_no_one(text: str) -> None:
    assert not [f for f in _all_figures(text) if f.status == "current" and f.value in (2, 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people have died and three others are in a critical condition.", ("injured", 3, "current")),
        ("Three others remain in serious condition, the ministry said.", ("injured", 3, "current")),
        ("A total of 27 people were injured in the blast.", ("injured", 27, "current")),
    ],
)
def test_people_in_a_condition_are_wounded_and_a_total_is_no_person(text: str, expected: tuple) -> None:
    found = _sentence_figures(text)
    assert expected in found and ("injured", 1, "current") not in found


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Four people were arrested and two others detained for questioning.", 6),
        ("Two men were detained at the scene. A third was arrested later on Sunday.", 3),
        ("Two suspects were arrested on Friday. Police arrested another man on Saturday.", 3),
    ],
)
def test_others_and_one_more_of_a_kind_add_to_its_count(text: str, best: int) -> None:
    record = extract_text("LONDON (Reuters) - A gunman shot dead a man in a pub on Friday. " + text)
    assert record.incidents[0].totals["arrested"].best == best


def test_one_more_of_another_kind_adds_nothing() -> None:
    text = "BOGOTA (Reuters) - Three people were injured in the attacks. A bomb killed two people and injured another."
    assert extract_text(text).incidents[0].totals["injured"].best == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 people remain in captivity, the school's principal said.", ("hostages", 40, "current")),
        ("Nine aid workers are still in captivity, the charity said.", ("hostages", 9, "current")),
    ],
)
def test_people_in_captivity_are_hostages(text: str, expected: tuple) -> None:
    assert expected in _sentence_figures(text)


@pytest.mark.parametrize(
    ("text", "kind", "value", "status"),
    [
        ("One hostage, a bank employee, had been killed by the gunman in the standoff.", "killed", 1, "current"),
        ("Two of the captives were wounded during the rescue, the army said.", "injured", 2, "partial"),
        ("Two hostages were wounded in the crossfire, police said.", "injured", 2, "current"),
        ("The five remaining hostages were freed, one of them with a minor injury.", "injured", 1, "current"),
        ("The five remaining hostages were freed, one of them with a minor injury.", "hostages", 5, "partial"),
        ("Twelve kidnapped workers were released on Sunday, two of whom were wounded.", "injured", 2, "current"),
    ],
)
def test_hostages_harmed_are_counted_as_killed_or_injured(text: str, kind: str, value: int, status: str) -> None:
    assert (kind, value, status) in _sentence_figures(text)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A further seven people were taken to the regional hospital in Apatzingan with gunshot wounds.", 7),
        ("Four passengers were rushed to hospital with bullet wounds, police said.", 4),
        ("Twelve residents were taken to the general hospital with machete injuries.", 12),
        ("Five people were taken to hospital for observation, police said.", None),
    ],
)
def test_people_taken_to_hospital_with_wounds_are_injured(text: str, injured: int | None) -> None:
    values = [value for kind, value, _ in _sentence_figures(text) if kind == "injured"]
    assert (values[0] if values else None) == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen on a motorbike threw a grenade at a police post in Quetta on Monday, killing three "
            "policemen, officials said, in the latest in a string of attacks on security forces.",
            3,
        ),
        (
            "A roadside bomb struck an army convoy near Gao on Sunday, killing four soldiers. The blast was "
            "the latest in a series of attacks on troops in the region.",
            4,
        ),
        (
            "Suspected rebels killed two farmers in a village outside Beni on Thursday, the most recent in a "
            "wave of attacks blamed on the ADF, local officials said.",
            2,
        ),
    ],
)
def test_the_latest_in_a_string_of_attacks_keeps_its_own_toll(text: str, killed: int) -> None:
    record = extract_text(text)
    assert record.incidents[0].totals["killed"].best == killed


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The village chief was shot dead by two men on a motorcycle outside his home, police said.", 2),
        ("A shopkeeper was stabbed to death by three youths outside his store on Saturday.", 3),
        ("The journalist was killed by four gunmen who stormed his house in Mogadishu.", 4),
        ("Two officers were ambushed by five militants near the border post.", 5),
    ],
)
def test_people_after_the_by_of_a_passive_killing_are_the_attackers(text: str, count: int) -> None:
    figures, counts = find_figures(next(load_nlp()(text).sents))
    assert [c.value for c in counts] == [count]
    assert count not in [f.figure.value for f in figures]


def test_a_number_of_bullets_after_by_counts_no_one() -> None:
    figures, counts = find_figures(next(load_nlp()("The soldier was killed by two bullets to the chest.").sents))
    assert counts == []
    assert [f.figure.value for f in figures] == [1]


def test_people_after_the_by_of_a_passive_non_harm_verb_are_no_attackers() -> None:
    sent = next(load_nlp()("The vigil was attended by several hundred people on Sunday evening.").sents)
    assert find_figures(sent)[1] == []


@pytest.mark.parametrize(
    "background",
    [
        "The area is gripped by an insurgency, which has claimed the lives of over 7,000 people since it flared.",
        "Kidnappings are common in the conflict, which has killed more than 40,000 people over two decades.",
        "Officials blame the rebellion, which has left more than 2,000 people dead, for most such attacks.",
    ],
)
def test_a_conflict_toll_in_a_relative_clause_is_not_the_attacks_toll(background: str) -> None:
    text = f"A village chief was shot dead outside his home in Bakassi on Sunday night, police said. {background}"
    assert extract_text(text).incidents[0].totals["killed"].best == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("All three attackers were killed and the hostages were freed, officials said.", 3),
        ("The four assailants were later arrested at a farm outside the city.", 4),
        ("Special forces killed all five militants after a six-hour siege.", 5),
        ("Security forces killed five militants in the clash.", None),
    ],
)
def test_all_of_a_numbered_band_of_attackers_is_their_count(text: str, count: int | None) -> None:
    _, counts = find_figures(next(load_nlp()(text).sents))
    assert [c.value for c in counts] == ([count] if count else [])


def _totals(text: str, published: str | None = None) -> list[dict[str, int | None]]:
    record = extract_text(text, published=published) if published else extract_text(text)
    return [{k: r.best for k, r in i.totals.items()} for i in record.incidents]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Nigeria: Attacks in Borno and Zamfara leave 15 dead\n\n"
            "MAIDUGURI, Nigeria (AP) - Suspected jihadists attacked a village in Borno state on Saturday, killing nine "
            "farmers, residents said.\n\nSeparately, bandits killed two people in a raid on a village in Zamfara.",
            9,
        ),
        (
            "Soldier killed in Kupwara ambush, three policemen die in Sukma IED blast\n\n"
            "SRINAGAR, May 2 (PTI) - One soldier was killed when militants fired on an army patrol in Kupwara on "
            "Friday, officials said.\n\nIn Sukma, a roadside bomb killed three policemen.",
            1,
        ),
    ],
    ids=["sum-of-two-attacks", "two-tolls"],
)
def test_a_headline_over_two_towns_yields_to_the_bodys_toll(text: str, killed: int) -> None:
    assert _totals(text)[0]["killed"] == killed


def test_a_two_town_headline_gives_the_toll_the_body_leaves_uncounted() -> None:
    text = (
        "Congo: 11 villagers killed in raid near Oicha, traders abducted near Lubero\n\n"
        "OICHA (AFP) - Rebels attacked the village of Mamove near Oicha on Monday night with machetes, local sources "
        "said.\n\nIn a separate attack near Lubero, gunmen abducted at least five traders on Tuesday, an official said."
    )
    assert _totals(text)[0]["killed"] == 11


@pytest.mark.parametrize(
    "link",
    [
        "Read more: Iran executes two men over deadly police station attack",
        "Related: Gunmen killed five traders at a market in Jos last year",
        "ALSO READ: A bomb killed 12 soldiers near the border in March",
    ],
)
def test_a_link_to_another_story_gives_no_figure(link: str) -> None:
    assert find_figures(next(load_nlp()(link).sents)) == ([], [])


@pytest.mark.parametrize(
    ("text", "current", "superseded"),
    [
        ("Correction: An earlier version of this story incorrectly said four people were killed.", None, 4),
        ("An earlier update said three people had died.", None, 3),
        ("Police now say two, not three, people were killed in the attack.", 2, 3),
        ("The death toll is five rather than six, the ministry said.", 5, 6),
        ("This story has been corrected: seven people died, not eight.", 7, 8),
    ],
)
def test_a_corrected_figure_supersedes_the_old_one(text: str, current: int | None, superseded: int) -> None:
    found = _sentence_figures(text)
    assert ("killed", superseded, "superseded") in found
    assert current is None or ("killed", current, "current") in found


def test_a_figure_after_a_semicolon_is_not_the_old_version_it_follows() -> None:
    found = _sentence_figures("A previous version of this report mistakenly said 12 people were injured; 10 were hurt.")
    assert ("injured", 12, "superseded") in found and ("injured", 10, "current") in found


@pytest.mark.parametrize(
    "text",
    [
        "Memorial Hermann says it received three patients from the scene.",
        "The city's main hospital admitted three people after the blast, a doctor said.",
        "St Thomas' Hospital took in three casualties from the bridge.",
        "Hospital officials said they were treating three patients.",
    ],
)
def test_people_a_hospital_received_are_hospitalized(text: str) -> None:
    assert ("hospitalized", 3, "current") in _sentence_figures(text)


def test_a_hospital_receiving_calls_counts_no_one() -> None:
    assert _sentence_figures("Police received 40 calls about the gunman.") == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("A missile hit the camp, killing several people, including four children, officials said.", 4),
        ("A bomb exploded in a market, killing several people, including two police officers.", 2),
        ("The attack killed at least 12 people, including three children.", 3),
    ],
)
def test_a_count_after_including_is_a_part_of_the_dead_even_when_their_number_is_vague(text: str, part: int) -> None:
    assert ("killed", part, "partial") in _sentence_figures(text)


def test_one_person_among_the_dead_is_no_more_wounded() -> None:
    text = "The blast left nine people dead, among them a tea seller, and more than 20 others were wounded."
    found = _sentence_figures(text)
    assert ("injured", 20, "current") in found
    assert not any(kind == "injured" and status == "current" and value != 20 for kind, value, status in found)


@pytest.mark.parametrize(
    ("text", "killed", "hospitalized"),
    [
        (
            "LIVE: Stabbing at Leeds station\n\n2:10 PM - Police say two people died.\n\n"
            "12:30 PM - St James's Hospital says it received four patients.\n\n"
            "11:05 AM - Police say three people died in the attack at the station in Leeds.",
            2,
            4,
        ),
        (
            "Live: Shooting in Lyon\n\n16.40: The prefecture now says four people were killed.\n\n"
            "14.15: Five people were killed in a shooting at a bar in Lyon, police said.",
            4,
            None,
        ),
    ],
    ids=["am-pm-dash", "european-colon"],
)
def test_inline_live_blog_stamps_order_the_updates(text: str, killed: int, hospitalized: int | None) -> None:
    figures = extract_text(text).incidents[0].figures
    current = {f.value for f in figures if f.kind == "killed" and f.status == "current" and f.of == "victims"}
    assert current == {killed}
    assert hospitalized is None or any(f.kind == "hospitalized" and f.value == hospitalized for f in figures)


@pytest.mark.parametrize(
    ("text", "of"),
    [
        (
            "Three militants tried to plant a bomb on the road. The device went off early, killing the three.",
            "perpetrators",
        ),
        ("Two soldiers were on patrol near the village. A mine exploded, killing the two instantly.", "victims"),
    ],
)
def test_the_three_with_no_noun_counts_those_numbered_before(text: str, of: str) -> None:
    sent = list(load_nlp()(text).sents)[-1]
    assert [f.figure.of for f in find_figures(sent)[0]] == [of]


@pytest.mark.parametrize(
    "text",
    [
        "At least eight people were killed in the attack, which began on Sunday, including three hotel guards.",
        "Nine people died in the assault on the camp, police said, including three soldiers.",
    ],
)
def test_a_count_after_including_takes_the_kind_of_the_verb_it_hangs_on(text: str) -> None:
    assert ("killed", 3, "partial") in _sentence_figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers arrived around midnight and arrested four suspected gunmen who were trying to escape.",
        "Police detained four militants at a checkpoint on Sunday.",
    ],
)
def test_arrests_are_counted_as_such_whoever_was_held(text: str) -> None:
    figures, _ = find_figures(next(load_nlp()(text).sents))
    assert [(f.figure.kind, f.figure.value, f.figure.of) for f in figures] == [("arrested", 4, "victims")]


def test_a_sentence_after_pm_still_counts_its_opening_number() -> None:
    text = "The rockets hit a playground shortly after 7 p.m. Four of the wounded were in serious condition, he said."
    sents = list(load_nlp()(text).sents)
    figures = [(f.figure.kind, f.figure.value, f.figure.status) for s in sents for f in find_figures(s)[0]]
    assert ("injured", 4, "partial") in figures


@pytest.mark.parametrize(
    ("text", "victims", "attacker"),
    [
        ("Five people, including the gunman, were killed when a man opened fire during a Sunday service.", 4, True),
        ("A suicide bomber struck a market, killing 12 people including the bomber, police said.", 11, True),
        ("The blast killed nine people, among them the attacker.", 8, True),
        ("Gunmen killed five people, including the village chief.", 5, False),
    ],
)
def test_a_toll_including_the_attacker_counts_him_apart(text: str, victims: int, attacker: bool) -> None:
    figures, _ = find_figures(next(load_nlp()(text).sents))
    dead = {(f.figure.value, f.figure.of) for f in figures if f.figure.kind == "killed"}
    assert (victims, "victims") in dead
    assert ((1, "perpetrators") in dead) == attacker


def test_a_count_a_source_later_gave_revises_the_first() -> None:
    text = (
        "Gunmen attacked a hospital in Kabul on Wednesday, wounding more than 50 people, officials said. "
        "The health ministry later said 49 people had been wounded."
    )
    injured = [f for f in _victim_figures(text) if f.kind == "injured"]
    assert {(f.value, f.status) for f in injured} == {(50, "superseded"), (49, "current")}


@pytest.mark.parametrize(
    "text",
    [
        "One worshipper who tried to escape was shot dead.",
        "Two guards who tried to stop the attackers were shot dead, police said.",
    ],
)
def test_people_shot_dead_past_a_relative_clause_are_killed(text: str) -> None:
    assert _sentence_figures(text)[0][0] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "The toll was updated from 32 earlier in the day.",
        "The death toll, raised from 32 on Sunday, now stands at 34.",
    ],
)
def test_a_toll_updated_from_a_number_supersedes_it(text: str) -> None:
    assert ("killed", 32, "superseded") in _sentence_figures(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Two CRPF jawans were martyred and three others injured in the blast, police said.", "killed", 2),
        ("At least 54 persons, including local party leaders, lost their lives in the bombing.", "killed", 54),
    ],
)
def test_south_asian_wordings_of_the_dead(text: str, kind: str, value: int) -> None:
    assert (kind, value, "current") in _sentence_figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to police figures, 43 policemen were killed in the district in 2025.",
        "Security forces have stepped up operations, killing more than 200 suspected Maoists this year.",
        "At least 60 people were killed in the camps last year, according to police data.",
        "More than 7,000 people have been killed since 2019.",
    ],
)
def test_a_count_over_a_year_is_a_running_total(text: str) -> None:
    assert _sentence_figures(text) == []


def test_an_attack_dated_by_its_year_still_has_a_toll() -> None:
    assert _sentence_figures("The bombing in 2025 killed nine people.") == [("killed", 9, "current")]


def test_one_of_the_wounded_who_died_past_an_apposition_is_dead() -> None:
    text = "One of the injured, a 62-year-old vendor, succumbed to his injuries at the hospital late on Tuesday night."
    assert _sentence_figures(text) == [("killed", 1, "current")]


@pytest.mark.parametrize(
    ("text", "current", "earlier"),
    [
        (
            "The death toll from the attack on a school in western Uganda has risen to 42, officials said. "
            "By Saturday evening, the toll had been given as 41.",
            42,
            41,
        ),
        (
            "The number of people killed in the train attack rose to 17 on Tuesday, the governor said. "
            "On Monday the toll had stood at 12.",
            17,
            12,
        ),
        (
            "At least 30 people were killed in a suicide bombing at a rally in Bajaur, officials said. "
            "The toll had been put at 20 on Sunday night.",
            30,
            20,
        ),
        (
            "Eleven soldiers were killed in the ambush near the border, the army said on Friday. "
            "The number of dead had been estimated at eight by local officials on Thursday.",
            11,
            8,
        ),
    ],
)
def test_a_toll_told_in_the_pluperfect_is_an_earlier_one(text: str, current: int, earlier: int) -> None:
    figures = _victim_figures(text)
    assert _one(figures, "killed", current).status == "current"
    assert _one(figures, "killed", earlier).status == "superseded"


@pytest.mark.parametrize(
    ("text", "kind", "other"),
    [
        (
            "Armed men stormed a television studio in Guayaquil on Tuesday. No one was killed, police said.",
            "killed",
            None,
        ),
        ("A bomb exploded outside a bank in central Athens on Sunday. Nobody was hurt in the blast.", "injured", None),
        (
            "A rocket struck a bus depot in Sderot on Monday. None of the drivers was hurt, police said.",
            "injured",
            None,
        ),
        (
            "Gunmen opened fire on a police checkpoint in Peshawar on Monday. Two officers were wounded but no-one "
            "was killed, a police spokesman told AFP.",
            "killed",
            ("injured", 2),
        ),
    ],
)
def test_no_one_harmed_is_an_explicit_zero(text: str, kind: str, other: tuple[str, int] | None) -> None:
    record = extract_text(text)
    totals = record.incidents[0].totals
    assert totals[kind].best == 0
    if other is not None:
        assert totals[other[0]].best == other[1]


def test_no_one_else_harmed_adds_no_count() -> None:
    text = "Three people were killed when a car bomb exploded in a market in Mogadishu. No one else was hurt."
    totals = extract_text(text).incidents[0].totals
    assert totals["killed"].best == 3 and "injured" not in totals


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two soldiers embraced martyrdom during an exchange of fire with terrorists in North Waziristan.", 2),
        ("Three jawans attained martyrdom when militants ambushed an army vehicle in Poonch on Thursday.", 3),
        ("Five policemen lost their lives when gunmen attacked a checkpoint in Lakki Marwat.", 5),
    ],
)
def test_a_subject_whose_verb_takes_a_death_was_killed(text: str, value: int) -> None:
    assert _one(_victim_figures(text), "killed", value).status == "current"


def test_a_toll_initially_given_in_martyrdom_words_is_superseded() -> None:
    text = (
        "The military had initially said four soldiers embraced martyrdom in the attack on the post in Kech. "
        "Later it said the toll had risen to seven."
    )
    figures = _victim_figures(text)
    assert _one(figures, "killed", 4).status == "superseded"
    assert _one(figures, "killed", 7).status == "current"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At least 16 people were listed as missing and 74 others sustained gunshot wounds.",
            ("missing", 16, "current"),
        ),
        (
            "Officials said 23 soldiers were classified as missing in action after the battle.",
            ("missing", 23, "current"),
        ),
        ("The Red Cross listed 40 people as missing after the attack on the camp.", ("missing", 40, "current")),
    ],
)
def test_people_listed_as_a_kind_are_counted_as_that_kind(text: str, figure: tuple[str, int, str]) -> None:
    assert figure in _sentence_figures(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Srinagar, Nov 3: At least twelve civilians, among them women and a teenager, were injured when militants "
            "lobbed a grenade near a market, officials said.",
            ("injured", 12, "at_least"),
        ),
        (
            "Peshawar, March 12: Four policemen were killed when gunmen attacked a checkpoint on the outskirts of the "
            "city late on Sunday.",
            ("killed", 4, "exact"),
        ),
    ],
)
def test_a_dateline_read_into_the_sentence_is_no_victim(text: str, figure: tuple[str, int, str]) -> None:
    figures = _victim_figures(text)
    assert [(f.kind, f.value, f.qualifier) for f in figures if f.status == "current"] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered the armed forces to neutralise 22 criminal gangs operating in the country.",
        "The army said it had eliminated four armed factions in the province.",
        "Police said they had dismantled three drug cartels behind the killings.",
    ],
)
def test_a_number_of_gangs_or_factions_counts_no_people(text: str) -> None:
    assert _sentence_figures(text) == []


def _sides(text: str) -> list[tuple[str, int, str]]:
    figures, _ = find_figures(next(load_nlp()(text).sents))
    return [(f.figure.kind, f.figure.value, f.figure.of) for f in figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven assailants were killed and eight others were arrested, the statement added.",
            [("killed", 7, "perpetrators"), ("arrested", 8, "perpetrators")],
        ),
        (
            "Police said three of the attackers were arrested after a gunfight.",
            [("arrested", 3, "perpetrators")],
        ),
        (
            "Two gunmen were shot dead and three others were captured by the troops.",
            [("killed", 2, "perpetrators"), ("arrested", 3, "perpetrators")],
        ),
        (
            "Five of the hostage-takers were killed and one was wounded, the prison service said.",
            [("killed", 5, "perpetrators"), ("injured", 1, "perpetrators")],
        ),
        (
            "All four of the captors were killed when special forces stormed the building.",
            [("killed", 4, "perpetrators")],
        ),
        ("Two suspects were detained, one of them caught by residents.", [("arrested", 2, "victims")]),
    ],
)
def test_attackers_killed_or_captured_in_the_attack_are_counted_apart(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _sides(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "victims", "attackers"),
    [
        ('"Three people have died," a police spokesman says, including the gunman.', 2, 1),
        ("Five people died in a blast at a market on Monday, police said, including the suicide bomber.", 4, 1),
        ("Police say 21 people were killed in the attack on the hotel, including the five gunmen.", 16, 5),
        ("Twelve people were killed, including two of the attackers, officials said.", 10, 2),
        ("The blast killed 14 people including the bomber.", 13, 1),
    ],
)
def test_attackers_named_among_the_dead_leave_the_toll(text: str, victims: int, attackers: int) -> None:
    sides = _sides(text)
    assert ("killed", victims, "victims") in sides and ("killed", attackers, "perpetrators") in sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Katrina Dawson, 38, a barrister and mother of three, died in the raid.", ("killed", 1)),
        ("NSW Police have named the two hostages who died.", ("killed", 2)),
        ("Three hostages who were wounded in the raid are in hospital.", ("injured", 3)),
    ],
)
def test_family_sizes_are_no_count_and_hostages_who_died_are_dead(text: str, expected: tuple[str, int]) -> None:
    assert [(k, v) for k, v, _ in _sides(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The governor of the province was killed along with at least two other people in the blast.", 3),
        ("The mayor was shot dead alongside three of his bodyguards.", 4),
        ("Police chief Omar Said was shot dead along with two of his guards on Friday, prosecutors said.", 3),
        ("Two soldiers were killed together with four civilians.", 6),
    ],
)
def test_a_count_along_with_the_subject_adds_to_it(text: str, total: int) -> None:
    current = [(k, v) for k, v, status in _sentence_figures(text) if status == "current"]
    assert current == [("killed", total)]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Police said the attackers, estimated at about five, had spent two days in the town.", 5),
        ("The gunmen, numbering about 20, arrived on motorcycles.", 20),
        ("The assailants, believed to number around 12, fled into the forest.", 12),
    ],
)
def test_the_size_of_a_band_of_attackers_told_beside_it_is_their_count(text: str, size: int) -> None:
    figures, counts = find_figures(next(load_nlp()(text).sents))
    assert [c.value for c in counts] == [size] and figures == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces killed four militants and arrested two.", ("arrested", 2, "perpetrators")),
        ("Two gunmen were arrested at the scene.", ("arrested", 2, "perpetrators")),
        (
            "The gunman killed five people, including the gunman's estranged wife, before he fled.",
            ("killed", 5, "victims"),
        ),
    ],
)
def test_who_a_count_after_attackers_counts(text: str, expected: tuple[str, int, str]) -> None:
    assert _sides(text)[-1] == expected


def test_an_earlier_figure_counts_what_the_sentence_counted_before_it() -> None:
    text = "Officials said 31 people were injured, revising an earlier figure of 24."
    assert _sentence_figures(text) == [("injured", 31, "current"), ("injured", 24, "superseded")]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("A suicide bomber struck a mosque, killing the imam and four worshippers.", 5),
        ("The blast killed the district police chief and two of his guards.", 3),
        ("Gunmen shot dead the village head and his two sons.", 3),
        ("The explosion killed the mayor and at least two others, officials said.", 3),
    ],
)
def test_one_person_harmed_and_a_count_joined_to_them_add_up(text: str, total: int) -> None:
    current = [(k, v) for k, v, status in _sentence_figures(text) if status == "current"]
    assert current == [("killed", total)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Five hostages ran from the cafe in the space of an hour.", "partial"),
        ("Seven hostages were freed by the police on Tuesday.", "partial"),
        ("All 26 hostages were released unharmed, the ministry said.", "current"),
        ("Gunmen took 30 people hostage at the hotel.", "current"),
    ],
)
def test_hostages_who_got_out_are_some_of_them(text: str, status: str) -> None:
    assert [s for k, _, s in _sentence_figures(text) if k == "hostages"] == [status]


def test_a_person_told_of_before_still_adds_to_the_count_along_with_them() -> None:
    doc = load_nlp()(
        "The governor of the province was holding a meeting on Thursday. "
        "The governor of the province was killed along with at least two other people in the blast."
    )
    figures, _ = find_figures(list(doc.sents)[-1])
    current = [(f.figure.kind, f.figure.value, f.figure.qualifier) for f in figures if f.figure.status == "current"]
    assert current == [("killed", 3, "at_least")]


def test_a_headline_toll_over_two_attacks_yields_to_the_body() -> None:
    text = (
        "Peru: car bomb in Lima and ambush on army patrol leave at least 15 dead\n\n"
        "LIMA (AFP) - At least four people were killed on Monday when a car packed with explosives blew up outside a "
        "police station in Lima, authorities said.\n"
    )
    [incident] = extract_text(text).incidents
    assert incident.totals["killed"].best == 4 and all(f.value != 15 for f in incident.figures)


@pytest.mark.parametrize(
    "text",
    [
        "Chief Constable Ian Hopkins said the death toll of 22 did not include the attacker.",
        "Five people were killed, not including the gunman.",
    ],
)
def test_a_toll_that_leaves_the_attacker_out_is_all_victims(text: str) -> None:
    assert all(of == "victims" for _, _, of in _sides(text)) and len(_sides(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said the final toll was 44, down from an earlier 47.",
            [("killed", 44, "current"), ("killed", 47, "superseded")],
        ),
        ("The number of injured was 31, the ministry said.", [("injured", 31, "current")]),
        (
            "Six people - four men and two women - were shot.",
            [("injured", 6, "current"), ("injured", 4, "partial"), ("injured", 2, "partial")],
        ),
    ],
)
def test_a_toll_stated_by_was_and_a_count_before_dashes(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Paramedics said six people were taken to Auckland City, Middlemore and Waitakere hospitals.",
        "Eleven people were rushed to the Civil Hospital and the Lady Reading Hospital, officials said.",
    ],
)
def test_people_taken_to_named_hospitals_are_hospitalized(text: str) -> None:
    assert [(k, s) for k, _, s in _sentence_figures(text)] == [("hospitalized", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunman Man Haron Monis and two hostages dead after police end siege",
        "The bomber and two policemen were killed in the blast.",
    ],
)
def test_an_attacker_listed_with_the_dead_is_no_victim(text: str) -> None:
    figures = find_figures(next(load_nlp()(text).sents))[0]
    victims = [(f.figure.kind, f.figure.value) for f in figures if f.figure.of == "victims"]
    assert [(k, v) for k, v in victims if k == "killed"] == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants storm prison, kill four guards and free 112 inmates", [("killed", 4, "victims")]),
        (
            "The toll rose to four after one of the wounded fighters died of his injuries in hospital.",
            [("killed", 4, "victims"), ("killed", 1, "victims")],
        ),
    ],
)
def test_counts_that_are_neither_more_dead_nor_attackers(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil bus hijacker shot dead by police sniper on Rio bridge", [("killed", 1, "perpetrators")]),
        ("Knifeman killed by officers after stabbing spree in Lyon", [("killed", 1, "perpetrators")]),
        ("The group has struck often since the 2002 Bali bombings that killed 202 people.", []),
        ("The city has been on alert since the 2008 Mumbai attacks in which 166 people died.", []),
        ("The 2016 truck attack on the seafront killed 86 people.", []),
        ("France has been on alert since the November 2015 Paris attacks, which killed 130 people.", []),
        ("He is not charged over the April 15, 2013, attack, which killed three people.", [("killed", 3, "victims")]),
        ("The city is still recovering from the arena bombing of 2017, which killed 22 people.", []),
        ("The group also carried out a 2018 bombing of an election rally that killed more than 140 people.", []),
        ("Tension has been high since the 2019 attack on a paramilitary convoy in Pulwama that killed 40 troops.", []),
        ("The group was behind the 2015 massacre at a university in Garissa where 148 people were killed.", []),
        (
            "Police pursued the gunmen to a village, where one suspect was killed in a shootout.",
            [("killed", 1, "perpetrators")],
        ),
        ("One prisoner was shot dead by guards as the riot was put down.", [("killed", 1, "perpetrators")]),
        ("Two protesters were shot dead by police during the march.", [("killed", 2, "victims")]),
        ("Two youths were shot dead by police during the riot.", [("killed", 2, "victims")]),
    ],
)
def test_headline_attackers_shot_by_police_and_past_attacks_named_by_year(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man drove a van into pedestrians on the main street on Monday, striking six people before he was "
            "arrested.",
            [("injured", 6, "victims"), ("arrested", 1, "victims")],
        ),
        (
            "A car ploughed into a crowd in a shopping street on Wednesday, hitting eight people.",
            [("injured", 8, "victims")],
        ),
        ("A driver mowed down four cyclists outside parliament on Tuesday morning.", [("injured", 4, "victims")]),
        ("Five pedestrians were struck by a car that mounted the footpath.", [("injured", 5, "victims")]),
        ("The rocket hit two villages near the border on Sunday.", []),
    ],
)
def test_people_a_vehicle_hits_are_injured(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sides(text) == expected


def test_attackers_a_headline_describes_as_dead_are_killed_attackers() -> None:
    text = "Two attackers dead after bomb attack near ministry in the capital; rebels claim"
    assert _sides(text) == [("killed", 2, "perpetrators")]


def test_attackers_sent_to_hell_are_attackers_killed() -> None:
    text = "Seven soldiers were martyred in the attack, while 12 terrorists were sent to hell in the retaliatory fire."
    assert _sides(text) == [("killed", 7, "victims"), ("killed", 12, "perpetrators")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man opened fire inside a grocery store on Sunday, killing two shoppers before taking his own life.",
            [("killed", 2, "victims"), ("killed", 1, "perpetrators")],
        ),
        (
            "A gunman killed four people at an office park and then turned the gun on himself as officers closed in.",
            [("killed", 4, "victims"), ("killed", 1, "perpetrators")],
        ),
        ("The gunman later shot himself in a side street, police said.", [("killed", 1, "perpetrators")]),
        ("The gunman shot himself and was taken to hospital in critical condition.", []),
        ("A man who threatened to kill himself held three people hostage at a bank.", [("hostages", 3, "victims")]),
    ],
)
def test_an_attacker_who_killed_himself_is_one_attacker_killed(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sides(text) == expected


def test_his_driver_also_died_adds_one_to_the_victim_before() -> None:
    text = (
        "Judge shot dead in Peshawar\n\nPESHAWAR: A senior judge was shot dead by gunmen outside his home on Tuesday, "
        "police said. His driver also died in the attack."
    )
    assert extract_text(text).incidents[0].totals["killed"].best == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six attackers were involved and all of them were killed, the military said.",
            [("killed", 6, "perpetrators")],
        ),
        ("Two gunmen opened fire on the crowd and both were shot dead by police.", [("killed", 2, "perpetrators")]),
        ("Three attackers stormed the hotel; all three were killed by commandos.", [("killed", 3, "perpetrators")]),
        ("Four gunmen shot five people in the market, and all of them were killed.", []),
        ("A security source put the number of assailants killed at 20.", [("killed", 20, "perpetrators")]),
        ("The number of militants killed in the fighting rose to 35, the army said.", [("killed", 35, "perpetrators")]),
        ("Police put the number of people killed at 12.", [("killed", 12, "victims")]),
    ],
)
def test_a_band_all_killed_and_a_toll_of_attackers_count_attackers(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The monitor said 101 people had been killed, 85 of them fighters of the Turkish-backed Syrian National Army "
        "(SNA) and 16 members of the US-backed Syrian Democratic Forces (SDF).",
        "The army said 23 people were killed, among them 15 soldiers of the 4th Infantry Regiment based in the town "
        "and eight civilians.",
    ],
)
def test_the_second_part_of_a_toll_after_a_long_first_part_is_a_part(text: str) -> None:
    statuses = [s for kind, _, s in _sentence_figures(text) if kind == "killed"]
    assert statuses == ["current", "partial", "partial"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The explosion killed two and injured 14, including three children.",
            [("killed", 2, "current"), ("injured", 14, "current"), ("injured", 3, "partial")],
        ),
        (
            "The gunman shot dead three people and wounded four more before fleeing.",
            [("killed", 3, "current"), ("injured", 4, "current")],
        ),
        ("Rescuers found two more bodies in the rubble.", [("killed", 2, "partial")]),
    ],
)
def test_a_part_after_including_and_more_of_another_kind(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials had initially reported 14 dead before revising the figure to 19.",
            [("killed", 14, "superseded"), ("killed", 19, "current")],
        ),
        (
            "At least 27 people were killed, according to a new toll, revised upwards from 20.",
            [("killed", 27, "current"), ("killed", 20, "superseded")],
        ),
        (
            "The death toll now stands at 21, the provincial governor said, revising an earlier count of 18.",
            [("killed", 21, "current"), ("killed", 18, "superseded")],
        ),
        (
            "The number of dead climbed to 45 on Sunday, the ministry said, up from a previous toll of 38.",
            [("killed", 45, "current"), ("killed", 38, "superseded")],
        ),
    ],
)
def test_a_toll_revised_in_its_sentence_supersedes_the_earlier_one(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party won votes compared to their tally of 5,622,844 at the last election.", []),
        (
            "In one incident, a man was killed and five more were wounded in a battle between troops and gunmen.",
            [("killed", 1, "current"), ("injured", 5, "current")],
        ),
        (
            "Rescuers reached the scene, leading to initial estimates of a death toll of 11.",
            [("killed", 11, "superseded")],
        ),
        ("Ninety six people were detained in hospital after the blast.", [("hospitalized", 96, "current")]),
        ("Two suspects were detained in Kabul after the blast.", [("arrested", 2, "current")]),
    ],
)
def test_tallies_more_earlier_estimates_and_kept_in_hospital(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram and its rival have killed more than 36,000 people and displaced around two million in "
            "northeast Nigeria since the conflict began in 2009.",
            [],
        ),
        ("It has killed at least 5,000 people and driven more than 5 million from their homes.", []),
        ("More than 400 civilians and about 175 soldiers have been killed in the conflict.", []),
        ("Gunmen have killed 12 people in an attack on a village in Zamfara state.", [("killed", 12, "current")]),
        ("At least 20 people have been killed since the clashes erupted on Sunday.", [("killed", 20, "current")]),
        ("More than 80 people were killed and over 50,000 displaced in the offensive.", [("killed", 80, "current")]),
        (
            "Taliban fighters attacked a base, killing at least 140 soldiers in the deadliest assault on an Afghan "
            "military installation since the start of the war, officials said.",
            [("killed", 140, "current")],
        ),
    ],
)
def test_a_war_s_running_toll_is_no_attack_s_toll(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers among 11 killed in Balochistan attacks", [("killed", 2, "partial"), ("killed", 11, "current")]),
        ("Three children among 20 people killed in Kabul blast", [("killed", 3, "partial"), ("killed", 20, "current")]),
    ],
)
def test_a_headline_count_among_a_toll_is_its_part(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits seized 45 passengers from a bus on the highway.", [("hostages", 45, "current")]),
        ("Twenty workers were seized by gunmen at the mine.", [("hostages", 20, "current")]),
        ("Police seized 12 rifles and two vehicles.", []),
    ],
)
def test_people_seized_are_hostages(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack comes after the killings of two foreigners in recent weeks.", []),
        ("Five soldiers were killed in similar attacks in recent months.", []),
        ("Airstrikes killed 40 people in the past 24 hours, the ministry said.", [("killed", 40, "current")]),
    ],
)
def test_deaths_over_recent_weeks_are_no_attack_s_toll(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunman killed after shooting at Texas mall\n\nMore follows.", [("killed", 1, "perpetrators")]),
        ("Gunman kills 3 at Texas mall\n\nMore follows.", [("killed", 3, "victims")]),
        ("The gunman killed after the police arrived.", []),
    ],
)
def test_a_headline_s_attacker_killed_is_an_attacker_dead(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3 soldiers, 2 civilians killed in Kashmir attack",
            [("killed", 3, "partial"), ("killed", 5, "current"), ("killed", 2, "partial")],
        ),
        (
            "Gunmen kill 5 soldiers, 3 civilians in Mali",
            [("killed", 5, "partial"), ("killed", 8, "current"), ("killed", 3, "partial")],
        ),
        ("The blast killed 12 people, seven of them children.", [("killed", 12, "current"), ("killed", 7, "partial")]),
    ],
)
def test_a_pair_of_counts_of_different_people_adds_up(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


def test_a_count_among_a_counted_group_named_before_it_is_its_part() -> None:
    found = _sentence_figures("Among the more than 60 wounded were three children, the regional governor said.")
    assert found == [("injured", 60, "current"), ("injured", 3, "partial")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Britons among dead in Bangkok hotel fire", [("killed", 2, "partial")]),
        ("Four nurses among injured as shells hit Aleppo hospital", [("injured", 4, "partial")]),
    ],
)
def test_a_headline_count_among_the_dead_without_the_is_a_part(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday night a police source had told Reuters that nine people had been killed in the raid.",
            [("killed", 9, "superseded")],
        ),
        (
            "Local officials had put the toll at 11, but the governor said on Wednesday that 19 people had died.",
            [("killed", 11, "superseded"), ("killed", 19, "current")],
        ),
        (
            "The ministry said 52 people had been wounded, up from 30 announced on Sunday.",
            [("injured", 52, "current"), ("injured", 30, "superseded")],
        ),
    ],
)
def test_an_earlier_toll_given_in_the_pluperfect_or_before_but_is_superseded(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _sentence_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose on Friday to nine after a wounded guard died.",
        "The number of dead climbed overnight to 21, officials said.",
    ],
)
def test_a_toll_rising_to_a_number_with_words_between_is_a_revision(text: str) -> None:
    figures, _ = find_figures(next(load_nlp()(text).sents))
    assert figures[0].figure.status == "current" and figures[0].revision


def test_a_count_of_people_before_a_comma_heads_its_breakdown() -> None:
    text = "Thirty people, eight policemen and 22 militia volunteers, were killed in the ambush, the army said."
    assert ("killed", 30, "current") in _sentence_figures(text)
    assert ("killed", 38, "current") not in _sentence_figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials believe six people, including the bank manager, are being held inside.",
        "Three employees were being held in the back office, police said.",
    ],
)
def test_people_being_held_in_a_hostage_report_are_hostages(text: str) -> None:
    doc = load_nlp()("Gunman takes hostages at bank\n\n" + text)
    sent = list(doc.sents)[-1]
    assert [(f.figure.kind, f.figure.status) for f in find_figures(sent)[0]] == [("hostages", "current")]


def test_people_held_at_a_police_station_are_no_hostages() -> None:
    doc = load_nlp()("Gunman takes hostages at bank\n\nTwo men were being held at a police station.")
    assert not [f for f in find_figures(list(doc.sents)[-1])[0] if f.figure.kind == "hostages"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Two men with knives stormed a chapel in Nantes and took four people hostage before being shot dead.",
            2,
        ),
        ("Three gunmen attacked the checkpoint and were later killed by soldiers.", 3),
    ],
)
def test_a_counted_band_killed_later_in_its_own_clause_is_attackers_killed(text: str, value: int) -> None:
    assert ("killed", value, "perpetrators") in _sides(text)


def test_a_band_that_killed_others_is_no_band_killed() -> None:
    assert _sides("Two gunmen opened fire on the crowd, killing five people before fleeing.") == [
        ("killed", 5, "victims")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man with a knife wounded five people before being shot by police.", [("injured", 5, "current")]),
        ("The attacker stabbed four people before officers shot him dead.", [("injured", 4, "current")]),
    ],
)
def test_people_harmed_before_the_attacker_was_shot_are_victims_not_attackers(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    figures, counts = find_figures(next(load_nlp()(text).sents))
    assert [(f.figure.kind, f.figure.value, f.figure.status) for f in figures if f.figure.of == "victims"] == expected
    assert counts == []


@pytest.mark.parametrize(
    "text",
    [
        "The two countries fought a war in the 1980s that claimed some 20,000 lives.",
        "The rebels fought a long war with the army which killed about 40,000 people.",
    ],
)
def test_a_past_war_s_toll_in_a_relative_clause_is_no_figure(text: str) -> None:
    assert _sentence_figures(text) == []


def test_a_toll_since_fighting_began_beside_a_hyphenated_age_is_the_clash_s_toll() -> None:
    text = "The army said 14 soldiers had been killed since the clashes began, and that a 60-year-old farmer had died."
    assert ("killed", 14, "current") in _sentence_figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested two men on Friday night and a third suspect on Saturday.", [("arrested", 3, "current")]),
        (
            "Rebels kidnapped two engineers at the mine and a third worker at a checkpoint.",
            [("hostages", 3, "current")],
        ),
    ],
)
def test_a_count_and_a_next_ordinal_count_one_more(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [f for f in _sentence_figures(text) if f[2] == "current"] == expected


def test_wounding_a_third_is_no_one_more_of_the_dead() -> None:
    assert ("killed", 3, "current") not in _sentence_figures("Gunmen killed two soldiers and wounded a third.")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("A shell hit the market on Sunday, killing three people, including a child, officials said.", ("killed", 1)),
        ("The blast wounded nine people, among them a nurse and a driver.", ("injured", 2)),
    ],
)
def test_single_people_after_including_are_a_part_of_the_count(text: str, part: tuple[str, int]) -> None:
    assert (*part, "partial") in _sentence_figures(text)


def test_other_fighters_after_fighters_killed_by_militants_are_victims() -> None:
    doc = load_nlp()(
        "Militants killed six Kurdish fighters in an attack on a village. At least four other fighters were wounded."
    )
    figures, _ = find_figures(list(doc.sents)[-1])
    assert [(f.figure.kind, f.figure.value, f.figure.of) for f in figures] == [("injured", 4, "victims")]


def test_the_toll_of_a_militant_attack_counts_its_victims() -> None:
    text = "The death toll in Friday's militant attack on a police post rose to 11 on Saturday, officials said."
    assert _sides(text) == [("killed", 11, "victims")]


def test_one_more_death_that_raised_a_toll_is_inside_it() -> None:
    figures, _ = find_figures(
        next(load_nlp()("The toll rose to nine on Monday after another wounded guard died in hospital.").sents)
    )
    assert [(f.figure.value, f.figure.status, f.adds) for f in figures] == [
        (9, "current", False),
        (1, "partial", False),
    ]


def test_a_headline_s_two_counts_side_by_side_before_their_participle_add_up() -> None:
    text = "City mourns 3 police officers, 2 residents killed in shooting"
    assert ("killed", 5, "current") in _sentence_figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Six people were shot dead at two locations in the city on Sunday night.",
        "Coordinated bombings in four provinces killed 31 people, officials said.",
    ],
)
def test_a_number_of_places_counts_no_people(text: str) -> None:
    assert len(_sentence_figures(text)) == 1


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Three people are dead, including the suspect, after a shooting at a flat in Aurora, police said.", 2),
        ("Five people were killed in a shooting at a depot in Phoenix. The suspect is among the dead, police said.", 4),
        ("Six people died in the shooting at a bar in Dallas, police said. The dead include the gunman.", 5),
    ],
)
def test_the_suspect_named_among_the_dead_is_counted_apart(text: str, victims: int) -> None:
    record = extract_text(text)
    figures = record.incidents[0].figures
    assert record.incidents[0].totals["killed"].best == victims
    assert any(f.kind == "killed" and f.value == 1 and f.of == "perpetrators" for f in figures)


def test_both_attackers_killed_by_troops_are_two_attackers() -> None:
    text = "Gunmen stormed a hotel in Bamako on Friday, killing three guests before soldiers killed both attackers."
    figures = extract_text(text).incidents[0].figures
    assert any(f.kind == "killed" and f.value == 2 and f.of == "perpetrators" for f in figures)
    assert not any(f.kind == "killed" and f.value == 2 and f.of == "victims" for f in figures)


@pytest.mark.parametrize(
    ("text", "earlier", "risen"),
    [
        (
            "The death toll from Sunday's raid on a police academy in Quetta rose to 18 on Monday, officials said. "
            "Seventeen cadets had been killed on Sunday when three militants stormed the academy.",
            17,
            18,
        ),
        (
            "The death toll from an air strike on a market in Hajjah rose to 70 on Wednesday, a local official said. "
            "The charity MSF said on Tuesday that at least 52 people had been killed.",
            52,
            70,
        ),
    ],
)
def test_a_pluperfect_count_below_a_risen_toll_is_superseded(text: str, earlier: int, risen: int) -> None:
    figures = _victim_figures(text)
    assert _one(figures, "killed", earlier).status == "superseded"
    assert _one(figures, "killed", risen).status == "current"


def test_a_pluperfect_count_with_no_rise_stays_current() -> None:
    text = "Seventeen soldiers had been killed on Sunday when militants stormed a base in Uri, the army said."
    assert _one(_victim_figures(text), "killed", 17).status == "current"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen stopped two buses, forced 14 passengers off and shot them dead, officials said.", ("killed", 14)),
        ("Militants abducted 11 miners from a coal field and killed them, police said.", ("killed", 11)),
    ],
)
def test_people_counted_then_harmed_as_them_are_that_many_harmed(sentence: str, expected: tuple[str, int]) -> None:
    assert (*expected, "current") in _sentence_figures(sentence)


def test_them_harmed_after_a_count_of_attackers_is_no_victim_toll() -> None:
    sent = next(load_nlp()("Troops surrounded four gunmen and shot them dead.").sents)
    figures, _ = find_figures(sent)
    assert not [f for f in figures if f.figure.kind == "killed" and f.figure.of == "victims"]


def test_a_figure_a_toll_is_compared_with_is_the_other_source_s_superseded_one() -> None:
    text = (
        "The death toll from the assault on an army camp in western Niger has risen to 89 soldiers, security sources "
        "said on Monday, far higher than the figure of 25 announced by the government."
    )
    earlier = _one(_victim_figures(text), "killed", 25)
    assert earlier.status == "superseded"
    assert earlier.attributed_to == "government"


@pytest.mark.parametrize(
    ("sentence", "attackers"),
    [
        ("A gunman opened fire near the embassy before being killed by police, officials said.", 1),
        ("Two gunmen stormed the hotel and killed 12 guests before being shot dead by troops.", 2),
    ],
)
def test_attackers_killed_before_being_is_told_are_attackers_killed(sentence: str, attackers: int) -> None:
    figures, _ = find_figures(next(load_nlp()(sentence).sents))
    assert [f.figure.value for f in figures if f.figure.of == "perpetrators" and f.figure.kind == "killed"] == [
        attackers
    ]


def test_it_as_a_source_is_the_organisation_named_before() -> None:
    text = (
        'Troops fired on a passenger bus in the Neelum valley on Wednesday. "The troops targeted a civilian bus," '
        "the army's media wing said in a statement. Nine passengers were killed and 11 wounded, it said."
    )
    nine = _one(_victim_figures(text), "killed", 9)
    assert nine.attributed_to is not None and "media wing" in nine.attributed_to


def test_some_of_them_in_a_list_is_not_added_to_the_toll() -> None:
    found = _sentence_figures("There were 22 people killed, 14 of them children, and two pregnant women.")
    assert ("killed", 22, "current") in found
    assert not [f for f in found if f[0] == "killed" and f[1] > 22]


@pytest.mark.parametrize(
    ("text", "kind", "total"),
    [
        ("Two foreign tourists and their Ugandan guide were killed in the attack, police said.", "killed", 3),
        ("Two soldiers on patrol and a civilian were killed by the blast.", "killed", 3),
        ("The militants killed two aid workers and their interpreter, the agency said.", "killed", 3),
        ("Five soldiers and an interpreter died when their convoy hit a roadside bomb.", "killed", 6),
        ("Gunmen shot dead two engineers and their chauffeur on the highway.", "killed", 3),
        ("The bomber blew himself up, wounding two other policemen as well as three civilians.", "injured", 5),
        ("The strike killed three soldiers as well as two civilians, the army said.", "killed", 5),
        ("Two officers and three soldiers were killed in the ambush, the army said.", "killed", 5),
    ],
)
def test_listed_parts_add_up_to_the_total(text: str, kind: str, total: int) -> None:
    current = [(k, v) for k, v, status in _sentence_figures(text) if status == "current"]
    assert current == [(kind, total)]


@pytest.mark.parametrize(
    ("text", "kind", "total"),
    [
        ("Eight people were killed, among them five policemen and a judge.", "killed", 8),
        ("At least 12 people were killed, among them three children and a pregnant woman.", "killed", 12),
        ("Ten people died, including four policemen and a local official.", "killed", 10),
        ("Nine were wounded, among them two children and their mother.", "injured", 9),
        ("At least 22 civilians, including 14 children, were killed in the attack.", "killed", 22),
        ("The attack killed 30 people, including 12 soldiers and 18 civilians.", "killed", 30),
    ],
)
def test_sub_counts_of_a_stated_total_are_not_added(text: str, kind: str, total: int) -> None:
    current = [(k, v) for k, v, status in _sentence_figures(text) if status == "current"]
    assert current == [(kind, total)]


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        ("Among the wounded were 14 people, several of them with gunshot wounds, an official said.", 14, "current"),
        ("Among the injured were 23 people, most of them women.", 23, "current"),
        ("Among those hurt were 40 people, the Red Cross said.", 40, "current"),
        ("Among the wounded were six children.", 6, "partial"),
        ("Among the wounded were two people who had nothing to do with the fighting.", 2, "partial"),
        ("Among the wounded were 9 people from the same family.", 9, "partial"),
    ],
)
def test_among_the_wounded_plain_people_are_the_whole_group(text: str, value: int, status: str) -> None:
    assert ("injured", value, status) in _sentence_figures(text)
