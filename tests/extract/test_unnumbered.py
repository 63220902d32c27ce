"""Counts without a number: one person killed, wounded or arrested."""

from __future__ import annotations

import pytest

from polybius.extract import load_nlp
from polybius.extract.unnumbered import unnumbered_figures
from polybius.pipeline import extract_text


def _figures(text: str) -> list[tuple[str, int]]:
    sent = next(load_nlp()(text).sents)
    return [(f.figure.kind, f.figure.value) for f in unnumbered_figures(sent, set())]


def test_a_single_victim_in_the_passive_counts_one() -> None:
    assert _figures("A police officer was killed when gunmen attacked the checkpoint.") == [("killed", 1)]


def test_a_named_person_shot_dead_counts_one() -> None:
    assert ("killed", 1) in _figures("Gunmen on a motorbike shot dead councillor John Okafor outside his home.")


def test_the_suspect_arrested_counts_one_arrest() -> None:
    assert _figures("The suspect was arrested at the scene.") == [("arrested", 1)]


def test_evidence_points_at_the_text() -> None:
    text = "A woman was wounded in the blast."
    sent = next(load_nlp()(text).sents)
    for found in unnumbered_figures(sent, set()):
        assert all(text[e.start : e.end] == e.text for e in found.figure.evidence)


def test_a_person_who_died_counts_one_killed() -> None:
    assert _figures("A 71-year-old woman died at the scene despite the efforts of paramedics.") == [("killed", 1)]


def test_police_arresting_a_man_counts_one_arrest() -> None:
    assert _figures("Police arrested a 34-year-old man near the scene about two hours after the fire.") == [
        ("arrested", 1)
    ]


def test_the_first_mention_of_a_driver_shot_and_wounded_counts_one() -> None:
    assert _figures("The bus driver, who tried to turn the vehicle around, was shot and wounded, it said.") == [
        ("injured", 1)
    ]


def test_harm_under_a_modal_verb_is_not_reported() -> None:
    assert _figures('A minister can announce that a target was "neutralised" without anyone asking.') == []


def test_another_who_sustained_injuries_counts_one_even_when_misparsed() -> None:
    text = "One guard was killed, while another sustained gunshot injuries and was taken to hospital."
    assert ("injured", 1) in _figures(text)
    assert ("injured", 1) in _figures("Two policemen were killed and another suffered gunshot wounds in the attack.")


def test_a_third_person_who_died_counts_three() -> None:
    sent = next(load_nlp()("A fourth victim died in hospital on Tuesday.").sents)
    found = unnumbered_figures(sent, set())
    assert [(f.figure.kind, f.figure.value, f.revision) for f in found] == [("killed", 4, True)]


def test_capturing_another_counts_one_arrest() -> None:
    assert _figures("Police killed one robber and captured another after a chase.") == [("arrested", 1)]


def _of(text: str) -> list[tuple[str, int, str]]:
    sent = next(load_nlp()(text).sents)
    return [(f.figure.kind, f.figure.value, f.figure.of) for f in unnumbered_figures(sent, set())]


def test_the_driver_who_set_off_the_bomb_is_no_victim() -> None:
    assert _of("The driver of the truck, who detonated the bomb at the gate, was killed.") == [
        ("killed", 1, "perpetrators")
    ]


def test_two_named_people_arrested_count_two() -> None:
    assert _figures("John Carter, 24, and Peter Miles, 31, were arrested on Friday.") == [("arrested", 2)]


def test_a_named_person_who_died_counts_one_killed() -> None:
    assert _figures("Maria Lopez, 22, died in hospital on Monday night.") == [("killed", 1)]


def test_the_assassination_of_a_named_person_counts_one_killed() -> None:
    text = "The government blamed the rebels for the assassination of Dr Jose Antonio Rodriguez Porth."
    sent = next(load_nlp()(text).sents)
    found = unnumbered_figures(sent, set())
    assert [(f.figure.kind, f.figure.value) for f in found] == [("killed", 1)]
    assert all(text[e.start : e.end] == e.text for f in found for e in f.figure.evidence)


def test_a_possessed_death_counts_one_killed() -> None:
    assert _figures("The president blamed the rebels for Minister Rodriguez Porth's death.") == [("killed", 1)]


def test_the_murder_of_a_governor_and_his_driver_counts_two() -> None:
    assert _figures("The murder of Governor Antonio Roldan and his driver shocked the city.") == [("killed", 2)]


def test_the_death_of_a_civilian_counts_one() -> None:
    assert _figures("The attack resulted in the death of a civilian who was passing by.") == [("killed", 1)]


def test_an_attempted_murder_kills_no_one() -> None:
    assert _figures("He was charged with the attempted murder of Governor Smith.") == []
    assert _figures("Police foiled a plot for the assassination of the mayor.") == []


def test_a_death_recalled_from_memory_is_not_counted() -> None:
    assert _figures("The shooting revived memories of the assassination of candidate Fernando Villavicencio.") == []


def test_a_named_person_shot_to_death_is_killed_not_injured() -> None:
    assert _figures("Luis Morales was shot to death by gunmen on Friday.") == [("killed", 1)]


def test_an_attempt_to_assassinate_a_named_person_kills_no_one() -> None:
    assert _figures("A car bomb attempt to assassinate Miguel Maza Marquez was foiled last May.") == []
    assert _figures("Gunmen tried to kill Senator Smith on Friday.") == []


def test_two_named_people_killed_count_two() -> None:
    text = "Gunmen killed John Smith and Peter Jones outside the bar."
    sent = next(load_nlp()(text).sents)
    [found] = unnumbered_figures(sent, set())
    assert (found.figure.kind, found.figure.value) == ("killed", 2)
    assert found.figure.evidence[0].text == "killed John Smith and Peter Jones"


def test_a_named_person_found_dead_counts_one() -> None:
    assert _figures("Police said the opposition leader Hector Oqueli was found dead on Saturday.") == [("killed", 1)]


def test_a_possessed_driver_killed_counts_one() -> None:
    assert _figures("It was an ambush in which the senator's driver was killed.") == [("killed", 1)]


def test_a_list_of_single_people_killed_counts_each() -> None:
    assert _figures("A police colonel, a judge, and candidate Luis Carlos Galan were murdered.") == [("killed", 3)]
    assert _figures("A soldier and a policeman were killed in the ambush.") == [("killed", 2)]


def test_a_person_described_in_apposition_counts_once() -> None:
    assert _figures("A local official, a member of the ruling party, was killed on Monday.") == [("killed", 1)]


def test_the_wounding_of_two_reporters_counts_two_injured() -> None:
    text = "There will be an investigation into the wounding of a Salvadoran reporter and a CBS reporter."
    assert _figures(text) == [("injured", 2)]


def test_the_kidnapping_of_a_named_person_counts_one_hostage() -> None:
    assert _figures("Police are investigating the kidnapping of businessman Hector Delgado.") == [("hostages", 1)]


def test_a_person_and_their_relative_are_two_people() -> None:
    assert ("killed", 2) in _figures("A man and his wife were killed in the attack.")
    assert ("killed", 2) in _figures("Gunmen killed village chief Moussa Diallo and his son.")
    assert ("injured", 2) in _figures("A teacher and her daughter were wounded.")


def test_another_harmed_after_one_is_one_more() -> None:
    assert ("injured", 1) in _figures("A security guard was shot dead during the raid and another was wounded.")
    assert ("arrested", 1) in _figures("Troops killed one attacker and captured another.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 17-year-old boy and a 20-year-old man have been arrested on suspicion of murder.", ("arrested", 2)),
        ("A teenager and a woman were taken into custody on Sunday, police said.", ("arrested", 2)),
        ("Officers detained the driver, a 44-year-old local man, after he got out of the car.", ("arrested", 1)),
        ("The driver was arrested at the scene, a police spokeswoman said.", ("arrested", 1)),
        ("A 50-year-old man was detained near the station hours later.", ("arrested", 1)),
        ("A soldier and a policeman were killed in the ambush on Tuesday.", ("killed", 2)),
    ],
)
def test_single_people_arrested_or_killed_are_counted_with_those_listed_with_them(
    text: str, expected: tuple[str, int]
) -> None:
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A third man, aged 24, was taken to hospital with stab wounds that are not thought to be life-threatening.",
        "A woman was treated for gunshot wounds at the scene, paramedics said.",
        "Police in Manchester said a 31-year-old woman was rushed to hospital with serious head injuries.",
        "A passer-by was airlifted to hospital with shrapnel wounds.",
    ],
)
def test_one_person_taken_or_treated_with_wounds_is_one_injured(text: str) -> None:
    assert _figures(text) == [("injured", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "An explosive device struck a pickup truck, killing two men and wounding a third, the Observatory said.",
        "Two soldiers were killed and a third was wounded when the convoy was ambushed.",
        "Gunmen shot dead a farmer and injured a second near the river.",
    ],
)
def test_a_bare_a_third_harmed_is_one_more_person(text: str) -> None:
    assert ("injured", 1) in _figures(text)


def test_a_bare_a_third_who_died_is_not_one_more_dead() -> None:
    assert ("killed", 1) not in _figures("Two people died at the scene and a third was killed in hospital.")


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested him at his home on Tuesday.",
        "Police detained her at the airport as she tried to board a flight.",
        "A man is being held on suspicion of murder, police said.",
    ],
)
def test_one_person_arrested_by_pronoun_or_held_as_a_suspect_is_one_arrest(text: str) -> None:
    assert _figures(text) == [("arrested", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both victims died at the scene.", [("killed", 2)]),
        ("Both men were killed instantly when the shell hit their car.", [("killed", 2)]),
        ("Both were wounded in the legs, the hospital said.", [("injured", 2)]),
        ("Both sides accused each other of starting the clashes.", []),
    ],
)
def test_both_people_harmed_count_two(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Another soldier was killed on Monday.", "killed"),
        ("Another man was arrested in Birmingham.", "arrested"),
        ("Police arrested another man on Saturday.", "arrested"),
    ],
)
def test_another_person_harmed_or_arrested_is_one_more(text: str, kind: str) -> None:
    sent = next(load_nlp()(text).sents)
    found = unnumbered_figures(sent, set())
    assert [(f.figure.kind, f.figure.value, f.adds) for f in found] == [(kind, 1, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Abdulloh sustained gunshot wounds to the head and chest and was pronounced dead at the district hospital.",
        "Smith was rushed to hospital and died hours later.",
    ],
)
def test_a_named_person_who_was_pronounced_dead_or_died_counts_one_killed(text: str) -> None:
    assert _figures(text) == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three health workers were abducted and their driver shot dead on Tuesday by gunmen.", 1),
        ("Two nurses were kidnapped and their guard shot dead outside the clinic, police said.", 1),
        ("Gunmen shot dead a teacher in Kandahar on Monday.", 1),
    ],
)
def test_a_person_shot_dead_without_was_is_one_killed(text: str, killed: int) -> None:
    from polybius.extract.figures import find_figures

    found = [f.figure for f in find_figures(next(load_nlp()(text).sents))[0] if f.figure.kind == "killed"]
    assert [f.value for f in found if f.of == "victims"] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "His bodyguard sustained gunshot wounds and was taken to hospital.",
        "Police constable Ramesh Yadav sustained bullet wounds in the leg.",
        "Their driver suffered serious injuries in the ambush, officials said.",
    ],
)
def test_one_person_who_sustained_wounds_is_one_injured(text: str) -> None:
    assert _figures(text) == [("injured", 1)]


def test_a_building_that_sustained_damage_injures_no_one() -> None:
    assert _figures("The police station sustained heavy damage in the blast.") == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot dead the head of the town council late on Monday, along with one of his bodyguards.", 2),
        ("Militants killed the village chief along with two of his sons on Friday.", 3),
        ("A roadside bomb killed the district governor together with his driver.", 2),
        ("Gunmen killed a local councillor along with his wife and daughter.", 3),
        ("Assailants shot dead the chairman of the traders' union on Tuesday.", 1),
    ],
)
def test_people_killed_along_with_the_one_named_add_to_the_toll(text: str, killed: int) -> None:
    assert ("killed", killed) in _figures(text)


def test_a_surname_tagged_as_a_place_is_the_person_named_before() -> None:
    text = (
        "Kareem Jassim al-Tamimi, 52, was driving home when gunmen opened fire. "
        "Tamimi and a bodyguard, identified by relatives as Hussein Ali, died at the scene."
    )
    doc = load_nlp()(text)
    sent = list(doc.sents)[-1]
    assert [(f.figure.kind, f.figure.value) for f in unnumbered_figures(sent, set())] == [("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "The attack killed four people, among them a policeman.",
        "Gunmen killed five villagers, among them a pregnant woman, on Friday.",
    ],
)
def test_one_person_after_among_them_is_a_part_of_the_count(text: str) -> None:
    sent = next(load_nlp()(text).sents)
    found = unnumbered_figures(sent, set())
    assert found and all(f.figure.status == "partial" for f in found)


def _sides(text: str) -> list[tuple[str, int, str]]:
    sent = next(load_nlp()(text).sents)
    return [(f.figure.kind, f.figure.value, f.figure.of) for f in unnumbered_figures(sent, set())]


@pytest.mark.parametrize(
    "text",
    [
        "The driver was shot dead by officers after he got out of the car.",
        "The suspect was shot and killed by a police officer on the platform.",
        "Khaled Mansour was shot dead by police during the raid on the flat.",
        "The person was shot and killed by police within a minute, the commissioner said.",
        "Armed officers shot dead a man after he stabbed three shoppers in the store.",
        "French police shot dead a man who had stabbed two passers-by near the station.",
    ],
)
def test_the_attacker_shot_dead_by_police_is_an_attacker_killed(text: str) -> None:
    assert _sides(text) == [("killed", 1, "perpetrators")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were stabbed in the store. Police now say a seventh person was injured.", [("injured", 7)]),
        ("Two men died at the scene. A third man was wounded, police said.", [("injured", 1)]),
    ],
)
def test_an_ordinal_person_hurt_after_a_count_of_the_hurt_is_the_new_count(
    text: str, expected: list[tuple[str, int]]
) -> None:
    sent = list(load_nlp()(text).sents)[-1]
    assert [(f.figure.kind, f.figure.value) for f in unnumbered_figures(sent, set())] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The dead were Maria Lopez, a nurse, and her son Carlos.",
        "The victims were named as Fatima Bello, 41, and Aisha Musa, 19.",
        "Sergeant Mark Smith and Constable Paul Jones died at the scene.",
        "Gunmen shot dead a farmer and his wife in the village of Kuru.",
    ],
)
def test_two_people_listed_as_the_dead_count_two(text: str) -> None:
    assert _figures(text) == [("killed", 2)]


def test_evidence_of_a_name_after_a_harm_word_starts_at_that_word() -> None:
    doc = load_nlp()("Police gave no other details. Killed was police officer John Doe.")
    sent = list(doc.sents)[-1]
    ev = [e for f in unnumbered_figures(sent, set()) for e in f.figure.evidence]
    assert ev and all(e.text.startswith("Killed") for e in ev)


@pytest.mark.parametrize(
    "text",
    [
        "The fire was set on Wednesday, an attack which led to the arrest of a man in his twenties.",
        "Police announced the arrest of a 19-year-old student on Friday.",
    ],
)
def test_the_arrest_of_one_person_is_one_arrest(text: str) -> None:
    assert _figures(text) == [("arrested", 1)]


def test_his_nephew_who_sustained_wounds_is_one_injured() -> None:
    text = "His nephew, Shahzeb Baloch, who was driving the car, sustained bullet wounds and was taken to hospital."
    assert _figures(text) == [("injured", 1)]


def test_names_after_killed_were_count_each_person() -> None:
    text = (
        "Killed in the blast were Corporal Jaymar Salvador, who was on patrol, and fish vendor Nurhaida Abdurahman, 43."
    )
    assert _figures(text) == [("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "A police officer was killed and another injured on Wednesday night, officials said.",
        "One soldier died and another wounded when the convoy hit a mine.",
    ],
)
def test_another_with_its_was_dropped_is_one_more_harmed(text: str) -> None:
    assert ("injured", 1) in _figures(text)


def test_a_list_of_the_dead_counts_each_name_once() -> None:
    text = (
        "The deceased have been identified as Yumnam Jiten, 45, his son Yumnam Premkumar, 22, and a neighbour, "
        "Thokchom Ibomcha, 51."
    )
    assert _figures(text) == [("killed", 3)]


def test_an_attack_that_left_people_dead_is_not_itself_dead() -> None:
    assert _figures("A gunfight between two rival gangs left four people dead on Saturday night.") == []


def test_one_person_killed_by_a_drone_is_a_victim() -> None:
    assert _sides("A local commander was killed by a drone in the village.") == [("killed", 1, "victims")]


def test_a_person_police_shot_dead_who_attacked_no_one_stays_a_victim() -> None:
    assert _sides("Police shot dead a 17-year-old driver at a traffic stop on Tuesday.") == [("killed", 1, "victims")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city's newly appointed secretary, Francisco Tapia, was shot dead on Thursday.", [("killed", 1)]),
        ("The party's regional coordinator, Maria Lopez, was wounded in the attack.", [("injured", 1)]),
    ],
)
def test_a_person_named_beside_the_noun_counts_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_a_pronoun_harmed_with_a_person_joined_counts_both() -> None:
    text = "The car bomb hit the governor's vehicle on Tuesday, killing him and his driver, a spokesman said."
    assert _figures(text) == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman shot dead a security guard outside a nightclub on Saturday, police said.", [("killed", 1)]),
        ("A masked gunman shot dead a man in a pub in the north of the city last night.", [("killed", 1)]),
        ("Unidentified assailants gunned down a police constable in the market on Friday.", [("killed", 1)]),
    ],
)
def test_shot_dead_or_gunned_down_before_the_object_counts_one_killed(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped a German aid worker from her office in the town on Friday, officials said.",
        "A French journalist was abducted by armed men in the northern town on Saturday.",
        "An American contractor was taken hostage by insurgents in the eastern province, officials said.",
    ],
)
def test_one_person_kidnapped_counts_one_hostage(text: str) -> None:
    assert _figures(text) == [("hostages", 1)]


def test_a_pronoun_harmed_with_counted_companions_counts_them_all() -> None:
    text = (
        "A roadside bomb struck the police chief's car on Monday, killing him and his two bodyguards, officials said."
    )
    assert _figures(text) == [("killed", 3)]


def test_a_person_named_in_the_headline_is_still_first_mentioned_in_the_body() -> None:
    text = (
        "Provincial governor killed in car bombing\n\n"
        "The governor of the province was killed on Sunday when a car bomb exploded beside his convoy, officials said."
    )
    doc = load_nlp()(text)
    body = list(doc.sents)[-1]
    assert [(f.figure.kind, f.figure.value) for f in unnumbered_figures(body, set())] == [("killed", 1)]


def test_a_name_after_another_clause_is_no_one_killed() -> None:
    doc = load_nlp()("Pakistan: 52 killed as suicide bomber strikes Prophet's birthday procession in Balochistan")
    ones = [f for sent in doc.sents for f in unnumbered_figures(sent, set()) if f.figure.value == 1]
    assert ones == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Mexican mayoral candidate shot dead on first day of campaign in Guanajuato", [("killed", 1)]),
        ("Police officer killed in Kashmir militant attack", [("killed", 1)]),
        ("Colombian mayor gunned down in Cauca", [("killed", 1)]),
        ("Journalist kidnapped in northern Mali", [("hostages", 1)]),
        ("Teenager among three killed in Chicago shooting", []),
    ],
)
def test_a_headline_s_bare_person_harmed_is_one(headline: str, expected: list[tuple[str, int]]) -> None:
    doc = load_nlp()(headline + "\n\nThe attack happened on Monday.")
    sent = next(doc.sents)
    taken = {t.i for t in sent if t.pos_ == "NUM"}
    found = [(f.figure.kind, f.figure.value) for f in unnumbered_figures(sent, taken) if f.summary]
    assert found == expected


def test_a_headline_s_one_person_yields_to_the_body_s_count() -> None:
    text = (
        "Ecuador congressional candidate shot and wounded at campaign rally\n\n"
        "MACHALA, Ecuador - A candidate was shot and wounded at a campaign rally in Machala on Saturday, police said. "
        "Two supporters were also wounded."
    )
    [incident] = extract_text(text).incidents
    assert incident.totals["injured"].best == 3
    assert not [f for f in incident.figures if f.kind == "injured" and f.status == "current" and f.value == 1]


def test_an_office_holder_named_beside_the_office_who_died_is_one_killed() -> None:
    doc = load_nlp()("The head of the village council, Ahmed Yusuf, died of his wounds in hospital after the attack.")
    found = [(f.figure.kind, f.figure.value) for f in unnumbered_figures(next(doc.sents), set())]
    assert found == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The army said a Kenyan national had been arrested at the scene in connection with the attack.",
        "A French citizen was detained at the airport after the bombing.",
    ],
)
def test_one_person_of_a_nationality_arrested_is_one_arrest(text: str) -> None:
    found = [(f.figure.kind, f.figure.value) for f in unnumbered_figures(next(load_nlp()(text).sents), set())]
    assert found == [("arrested", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former vice-president Oscar Denis was kidnapped on Wednesday together with one of his farmhands.", 2),
        ("A local politician was abducted along with his driver.", 2),
    ],
)
def test_one_person_harmed_together_with_companions_counts_them(text: str, expected: int) -> None:
    found = [f.figure.value for f in unnumbered_figures(next(load_nlp()(text).sents), set())]
    assert found == [expected]


def test_a_dateline_with_an_agency_in_brackets_is_no_one_killed() -> None:
    doc = load_nlp()("Caracas (AFP) - Twenty-nine detainees were killed on Friday in police holding cells.")
    assert unnumbered_figures(next(doc.sents), set()) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hostage-taker was killed, the police chief said.",
        "Officials said the suspect is dead.",
        '"The suspect is deceased," the sheriff said.',
        "The bomber also died in the blast.",
        "The man who held them is dead, officials said.",
        "Police shot and killed the gunman outside the store.",
    ],
)
def test_the_attacker_who_died_is_a_perpetrator_killed(text: str) -> None:
    assert _of(text) == [("killed", 1, "perpetrators")]


@pytest.mark.parametrize(
    "text",
    [
        "The gunman shot dead a security guard outside the bank.",
        "The suspect was shot by an officer and taken to hospital.",
        "The assailant was not killed, police said.",
    ],
)
def test_an_attacker_who_killed_or_survived_is_no_dead_attacker(text: str) -> None:
    assert ("killed", 1, "perpetrators") not in _of(text)


def test_a_speaker_after_a_killing_is_no_person_killed() -> None:
    assert _of("The gunman was killed, police Chief Dana Ortiz said.") == [("killed", 1, "perpetrators")]


def test_an_officer_who_shot_the_named_attacker_dead_killed_an_attacker() -> None:
    text = (
        "A man stabbed four people at a bus station in Leeds on Friday. Police identified the attacker as Marek "
        "Dunsby.\n\nThe four were hurt before a police officer shot Dunsby dead outside the station."
    )
    record = extract_text(text)
    assert any(f.kind == "killed" and f.of == "perpetrators" for i in record.incidents for f in i.figures)
    assert not any(f.kind == "killed" and f.of == "victims" for i in record.incidents for f in i.figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A village priest was seized by gunmen outside his church.", [("hostages", 1, "victims")]),
        ("A nurse was snatched by armed men near the clinic.", [("hostages", 1, "victims")]),
        ("A truck was seized by police at the border.", []),
    ],
)
def test_a_person_seized_by_attackers_is_taken_hostage(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _of(text) == expected


def _story_figures(text: str) -> list[tuple[str, int]]:
    doc = load_nlp()("Rancher kidnapped in northern Paraguay\n\n" + text)
    return [(f.figure.kind, f.figure.value) for f in unnumbered_figures(list(doc.sents)[-1], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luis Ortega, 62, was taken together with his driver from the ranch, police said.", [("hostages", 2)]),
        ("A decision was taken to close the ranch.", []),
        ("The driver was taken to hospital with gunshot wounds.", [("injured", 1)]),
    ],
)
def test_a_person_taken_in_a_kidnapping_report_is_a_hostage(text: str, expected: list[tuple[str, int]]) -> None:
    assert _story_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The explosion killed a guard and the bomber himself.", "The blast killed the bomber and two guards."],
)
def test_a_bomber_killed_by_the_blast_is_an_attacker_killed(text: str) -> None:
    assert ("killed", 1, "perpetrators") in _of(text)


def test_a_bomber_killed_by_the_blast_is_no_victim() -> None:
    assert _of("The blast also killed the bomber.") == [("killed", 1, "perpetrators")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The man stabbed two commuters before he was arrested by officers.",
        "She was taken into custody after a brief standoff, police said.",
        "A 17-year-old suspect is in custody, police said.",
        "The suspect remains in police custody.",
        "Officers overpowered and arrested the attacker outside the shop.",
    ],
)
def test_one_person_held_without_a_number_counts_one_arrest(sentence: str) -> None:
    assert ("arrested", 1) in _figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was arrested in 2016 for assault and later released.",
        "She had previously been detained over a protest.",
        "He is in hospital in a critical condition.",
    ],
)
def test_an_earlier_arrest_or_a_hospital_stay_is_no_arrest(sentence: str) -> None:
    assert ("arrested", 1) not in _figures(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Guerrillas kidnapped a rancher and his farmhand from a farm near the border.", ("hostages", 2)),
        ("Gunmen abducted a pastor on the highway on Sunday.", ("hostages", 1)),
        ("Unknown assailants murdered a lawyer outside the court.", ("killed", 1)),
    ],
)
def test_the_object_of_a_verb_that_takes_only_people_is_a_person(sentence: str, expected: tuple[str, int]) -> None:
    assert expected in _figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A first-half blitz killing off the contest before the break.",
        "The gang abducted the kidnapper of its leader, police said.",
    ],
)
def test_no_person_object_for_a_thing_or_an_attacker(sentence: str) -> None:
    assert not [f for f in _figures(sentence) if f[0] in ("killed", "hostages")]


def test_the_man_police_killed_is_no_victim() -> None:
    found = unnumbered_figures(next(load_nlp()("Police killed the man after a short chase.").sents), set())
    assert not [f for f in found if f.figure.kind == "killed" and f.figure.of == "victims"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A school security officer, Bruce Carter, was shot in the ankle.", [("injured", 1)]),
        ("A constable was shot in the leg, police said.", [("injured", 1)]),
        ("A constable was shot in the head, police said.", []),
    ],
)
def test_shot_in_a_limb_is_wounded(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [f for f in _figures(sentence) if f[0] == "injured"] == expected
