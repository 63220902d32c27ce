"""Targets, victims, attacker counts and attackers killed, read from single sentences."""

from __future__ import annotations

import pytest

from polybius.extract import load_nlp
from polybius.extract.participants import attackers_killed, find_victims


def _sent(text: str):
    return next(load_nlp()(text).sents)


def test_a_man_who_rammed_people_and_was_shot_dead_is_an_attacker_killed() -> None:
    sent = _sent(
        "A man drove his car into people waiting at a bus stop in Raanana on Wednesday, killing a woman "
        "before he was shot dead by an armed civilian, police said."
    )
    killed = attackers_killed(sent, None)
    assert killed is not None and (killed.value, killed.of) == (1, "perpetrators")


def test_the_driver_who_detonated_the_bomb_and_died_is_an_attacker_killed() -> None:
    text = "The driver of the vehicle, who detonated the bomb at the station's gate, was also killed, officials said."
    killed = attackers_killed(_sent(text), None)
    assert killed is not None and killed.value == 1
    assert text[killed.evidence[0].start : killed.evidence[0].end] == killed.evidence[0].text


def test_a_victim_killed_is_not_an_attacker() -> None:
    assert attackers_killed(_sent("The driver of the bus was killed when the bomb exploded."), None) is None


def test_the_dead_identified_by_name_are_victims() -> None:
    from polybius.extract.participants import find_victims

    sent = _sent("The dead were identified as Darnell Hughes, 19, Kiara Simmons, 22, and a 16-year-old boy.")
    names = {v.name for v in find_victims(sent, "killed")}
    assert {"Darnell Hughes", "Kiara Simmons"} <= names


def test_a_counted_noun_killed_is_a_victim_even_when_no_victim_word() -> None:
    from polybius.extract.participants import find_victims

    sent = _sent("An ambush on a patrol near Gao on Monday killed five fighters of a local militia.")
    names = [v.name for v in find_victims(sent, "killed")]
    assert any("fighters" in n for n in names)
    sent = _sent("Soldiers killed twelve militants in the raid, the army said.")
    assert not any("militants" in v.name for v in find_victims(sent, "killed"))


def test_a_list_of_the_people_counted_before_names_its_victims() -> None:
    from polybius.extract.participants import find_victims

    sent = _sent("Omar Khalil Hassan, a member of the Basra city council, and two of his bodyguards, police said.")
    names = {v.name for v in find_victims(sent, "killed", listing=True)}
    assert "Omar Khalil Hassan" in names
    assert "Omar Khalil Hassan" not in {v.name for v in find_victims(sent, "killed")}


def test_the_man_who_detonated_the_bomb_is_one_attacker() -> None:
    from polybius.extract.participants import perpetrator_count

    count = perpetrator_count(_sent("The man at the wheel, who detonated the explosives at the gate, also died."))
    assert count is not None and count.value == 1


def test_a_member_of_a_group_shot_dead_is_a_victim_named_with_the_group() -> None:
    from polybius.extract.participants import find_victims

    victims = find_victims(_sent("A member of the local hunters' militia was shot dead near the market."), None)
    assert any("militia" in v.name for v in victims)


def test_trucks_named_by_their_trade_are_a_business_target() -> None:
    from polybius.extract.participants import find_targets

    targets = find_targets(_sent("Gunmen burned nine timber trucks and a bus on the road to Temuco."), None)
    kinds = {t.name: t.kind for t in targets}
    assert kinds.get("nine timber trucks") == "business" and "transport" in kinds.values()


def test_a_named_person_who_died_is_a_victim() -> None:
    from polybius.extract.participants import find_victims

    victims = find_victims(_sent("Maria Lopez, 22, died in hospital on Monday night, police said."), None)
    assert [v.name for v in victims] == ["Maria Lopez"]


def test_the_person_named_in_a_murder_is_a_victim_killed_without_titles() -> None:
    from polybius.extract.participants import find_victims

    sent = _sent("The murder of Antioquia Governor Antonio Roldan Betancur shocked Medellin.")
    victims = {v.name: v.effect for v in find_victims(sent, None)}
    assert victims == {"Antonio Roldan Betancur": "killed"}


def test_a_person_shot_to_death_is_a_victim_killed() -> None:
    from polybius.extract.participants import find_victims

    victims = {v.name: v.effect for v in find_victims(_sent("Luis Morales was shot to death by gunmen."), None)}
    assert victims.get("Luis Morales") == "killed"


def test_a_victim_named_by_surname_gets_the_full_name_given_earlier() -> None:
    from polybius.extract.participants import find_victims

    doc = load_nlp()(
        "Rebels attacked the home of Jose Antonio Rodriguez Porth on Monday. "
        "The president blamed the rebels for Minister Rodriguez Porth's death."
    )
    sent = list(doc.sents)[-1]
    assert {v.name for v in find_victims(sent, None) if v.kind == "individual"} == {"Jose Antonio Rodriguez Porth"}


def test_homes_farms_and_power_installations_are_targets() -> None:
    from polybius.extract.participants import find_targets

    sent = _sent("Rebels burned a farm, dynamited two transformers and set fire to several houses near the town.")
    kinds = {t.name: t.kind for t in find_targets(sent, None)}
    assert kinds == {"farm": "business", "two transformers": "infrastructure", "several houses": "civilians"}


def test_people_named_in_apposition_to_the_dead_are_victims_killed() -> None:
    from polybius.extract.participants import find_victims

    sent = _sent("Two of her bodyguards, Dagoberto Rodriguez and Alfonso de Lima, were killed instantly.")
    victims = {v.name: v.effect for v in find_victims(sent, None) if v.kind == "individual"}
    assert victims == {"Dagoberto Rodriguez": "killed", "Alfonso de Lima": "killed"}


def test_people_taken_hostage_are_victims_kidnapped() -> None:
    from polybius.extract.participants import find_victims

    sent = _sent("Two engineers, Roberto Roascio and Mario Accurso, were taken hostage at the dam site.")
    victims = {v.name: v.effect for v in find_victims(sent, None) if v.kind == "individual"}
    assert victims.get("Roberto Roascio") == "kidnapped"


def test_a_name_without_its_last_surname_gets_the_full_name() -> None:
    from polybius.extract.participants import full_name

    doc = load_nlp()("Gunmen killed Governor Antonio Roldan Betancur in Medellin. Antonio Roldan was 40.")
    assert full_name("Antonio Roldan", doc) == "Antonio Roldan Betancur"


def test_groups_in_a_breakdown_are_named_without_the_total_or_the_other_parts() -> None:
    from polybius.extract.participants import find_victims

    names = {
        v.name for v in find_victims(_sent("The blast killed 12 people: seven policemen and five civilians."), "killed")
    }
    assert {"12 people", "seven policemen", "five civilians"} <= names
    names = {
        v.name for v in find_victims(_sent("The raid killed 9 people (4 soldiers and 5 farmers) on Sunday."), "killed")
    }
    assert {"9 people", "4 soldiers"} <= names
    names = {v.name for v in find_victims(_sent("The toll rose to 27 - 19 soldiers and eight militiamen."), "killed")}
    assert "19 soldiers" in names
    names = {v.name for v in find_victims(_sent("A gunman shot dead three co-workers at a depot."), "killed")}
    assert any("co-workers" in n for n in names), "a hyphen inside a word is no list mark"


def _names(text: str, hint: str | None = "killed") -> set[str]:
    from polybius.extract.participants import find_victims

    doc = load_nlp()(text)
    victims = [v for s in doc.sents for v in find_victims(s, hint)]
    assert all(text[v.evidence[0].start : v.evidence[0].end] == v.evidence[0].text for v in victims)
    return {v.name for v in victims}


def test_the_person_an_identification_names_is_a_victim_without_a_title() -> None:
    assert "Somchai Wongsa" in _names("The soldier who died was named as Private Somchai Wongsa, 22, from Udon.")
    assert "Ahmed Khalil" in _names("The dead officer was identified as Sergeant Ahmed Khalil.")
    assert "Omar al-Harbi" in _names("Local sources identified one of the dead as Omar al-Harbi, a tribal leader.")
    assert "Sarah Connolly" in _names("Police named the victim as Sarah Connolly, 41.")
    assert "John Smith" not in _names("Police identified the suspect as John Smith.")


def test_single_people_named_by_trade_or_kin_are_victims() -> None:
    names = _names("A 26-year-old waiter and a 31-year-old customer died at the scene in Lyon.")
    assert any("waiter" in n for n in names) and any("customer" in n for n in names)
    assert any(
        "elderly couple" in n
        for n in _names("Five people were killed, including an elderly couple who were burnt inside their house.")
    )
    assert any("volunteer" in n for n in _names("Three rangers and a village volunteer were wounded.", "injured"))


def test_a_noun_with_a_name_in_apposition_is_that_named_victim() -> None:
    assert "Maria Ortega" in _names("The mayor's wife, Maria Ortega, was shot dead outside her home.")
    names = _names("Gunmen shot dead city councillor Pedro Alvarez as he left his office.")
    assert "Pedro Alvarez" in names and not any(n.endswith("councillor Pedro Alvarez") for n in names)


def test_people_listed_with_their_home_towns_are_all_victims_named_without_nationality() -> None:
    names = _names(
        "The two engineers, Marco Bellini of Turin and Luca Ferri of Naples, together with Briton "
        "James Walker, were taken hostage at the dam.",
        None,
    )
    assert {"Marco Bellini", "Luca Ferri", "James Walker"} <= names


def test_people_placed_among_the_dead_are_victims() -> None:
    assert "Anna Petrova" in _names("Among those killed was journalist Anna Petrova, 45.", None)
    assert "Hassan Farah" in _names("Hassan Farah, a 45-year-old teacher, was among the dead.", None)
    assert "Juan Perez" in _names("One of those killed, Juan Perez, was a police officer.", None)
    assert "Maria Santos" in _names("Rescuers pulled the body of Maria Santos from the rubble.", None)


def test_those_who_identify_the_dead_are_no_victims() -> None:
    names = _names("Relatives identified the dead man as Karim Benali, a taxi driver.")
    assert "Karim Benali" in names and "Relatives" not in names


def test_those_who_give_a_toll_are_no_victims() -> None:
    assert "Civil defence officials" not in _names("Civil defence officials put the number of injured at 45.")
    assert "Police officers" not in _names("Police officers estimated that 20 people were killed.")


def test_people_shot_dead_are_killed_and_words_of_a_name_are_no_victims() -> None:
    from polybius.extract.participants import find_victims

    victims = {
        v.name: v.effect for v in find_victims(_sent("The attackers shot dead a village headman and his wife."), None)
    }
    assert victims.get("his wife") == "killed" and victims.get("village headman") == "killed"


def test_modern_groups_of_people_harmed_are_victims_and_their_sources_are_not() -> None:
    names = _names("A suicide bomber struck churchgoers leaving Sunday mass, killing 12, police and prosecutors said.")
    assert "churchgoers" in names and "prosecutors" not in names
    assert any("health workers" in n for n in _names("Gunmen shot dead three health workers at a vaccination centre."))
    assert any("firefighters" in n for n in _names("A second blast wounded four firefighters at the scene."))


def test_the_name_a_harmed_subject_is_equated_with_is_a_victim() -> None:
    assert "Rajesh Kumar" in _names("The slain officer was Constable Rajesh Kumar.")
    assert "Laura Mendes" in _names("The victim was Laura Mendes, a nurse.")
    assert "Tom Reed" not in _names("The attacker was Tom Reed.")


def test_the_giver_of_a_toll_is_no_victim() -> None:
    names = _names("An earlier toll from the city's mayor put the number of dead at four.")
    assert not any("mayor" in n for n in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Two of the men were pronounced dead at the scene and the third died at a hospital. The county "
            "coroner identified them as Jaylen Harris, 18, DeShawn Moore, 20, and Marcus Whitfield, 21.",
            {"Jaylen Harris", "DeShawn Moore", "Marcus Whitfield"},
        ),
        (
            "Two women were shot dead in the car park. Police later named them as Grace Mwangi, 31, and "
            "Esther Njeri, 28.",
            {"Grace Mwangi", "Esther Njeri"},
        ),
        (
            "A man was stabbed to death in Croydon on Friday. Family members identified him as Tyrone Clarke, 27.",
            {"Tyrone Clarke"},
        ),
    ],
)
def test_the_people_a_pronoun_for_the_dead_is_identified_as_are_victims(text: str, names: set[str]) -> None:
    found = _names(text, None)
    assert names <= found
    assert not any("Family" in n for n in found), "those who identify are no victims"


def test_a_pronoun_for_an_arrested_man_names_no_victim() -> None:
    text = "A man was arrested hours after the shooting. Police identified him as Brandon Lee, 22."
    assert "Brandon Lee" not in _names(text, None)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Daniel Okafor, 19, and Kyle Bennett, 22, both from the city, were attacked on the high street, "
            "police said.",
            {"Daniel Okafor", "Kyle Bennett"},
        ),
        ("Priya Sharma, 26, was assaulted as she walked home from work, police said.", {"Priya Sharma"}),
        ("Carlos Mendez was ambushed on a rural road outside the town on Tuesday night.", {"Carlos Mendez"}),
    ],
)
def test_named_people_who_were_attacked_are_victims(text: str, names: set[str]) -> None:
    assert names <= _names(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "A 17-year-old boy and a 20-year-old man have been arrested on suspicion of murder.",
        "Officers detained the driver, a 44-year-old man from a neighbouring town, after he got out of the car.",
        "A teenager was taken into custody on Sunday, police said.",
    ],
)
def test_people_arrested_are_no_victims(text: str) -> None:
    assert not {"boy", "man", "driver", "teenager"} & {n.split()[-1] for n in _names(text, None)}


def test_one_person_taken_to_hospital_with_wounds_is_a_victim_injured() -> None:
    doc = load_nlp()("A third man, aged 24, was taken to hospital with stab wounds.")
    from polybius.extract.participants import find_victims

    assert [v.effect for s in doc.sents for v in find_victims(s, "killed")] == ["injured"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Closed-circuit television footage from the terminal showed a man in a cap placing the backpack on "
            "the bus minutes before the explosion, the police said.",
            1,
        ),
        ("Witnesses described a woman leaving a suitcase near the entrance shortly before the blast.", 1),
        ("Security cameras captured a young man planting the device under a car.", 1),
        ("Footage showed a woman leaving the hospital shortly after the blast.", None),
        ("Footage showed a man walking his dog past the station.", None),
    ],
)
def test_one_person_seen_leaving_a_bomb_is_one_attacker(text: str, count: int | None) -> None:
    from polybius.extract.participants import perpetrator_count

    found = perpetrator_count(_sent(text))
    assert (found.value if found else None) == count


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Among the dead were head constable Ramesh Kunjam, 38, and constables Lakhmu Markam and Joga "
            "Podiyami, all members of a state police unit.",
            {"Ramesh Kunjam", "Lakhmu Markam", "Joga Podiyami"},
        ),
        (
            "Among the dead were Jamarcus Thibodeaux, 17, a senior at a local high school; Kayla Richard, 24, "
            "a nursing assistant; and Darnell Savoy, 31.",
            {"Jamarcus Thibodeaux", "Kayla Richard", "Darnell Savoy"},
        ),
        ("Among the wounded was photographer Lucas Moreau, his agency said.", {"Lucas Moreau"}),
    ],
)
def test_names_in_a_sentence_opening_among_the_dead_are_victims(text: str, names: set[str]) -> None:
    assert names <= _names(text, None)


def test_a_spokesman_named_after_a_list_of_the_dead_is_no_victim() -> None:
    text = (
        "Among those killed were Fatima Hassan, a nurse, and her brother Ali, police spokesman Omar Said "
        "told reporters."
    )
    found = _names(text, None)
    assert {"Fatima Hassan", "Ali"} <= found and "Omar Said" not in found and "reporters" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rebels detonated a bomb under a vehicle, killing seven policemen and their civilian driver, officials "
            "said. The driver was identified as Manoj Nag, a 29-year-old resident of a nearby village.",
            {"Manoj Nag"},
        ),
        (
            "Gunmen killed four police officers on Monday. The funerals of the four officers, whom IRNA named as "
            "Lieutenant Hossein Rigi, Sergeant Mohammad Shahbakhsh, and officers Amir Nouri and Saeed Baluchzehi, "
            "are due to be held on Wednesday.",
            {"Hossein Rigi", "Mohammad Shahbakhsh", "Amir Nouri", "Saeed Baluchzehi"},
        ),
        (
            "Two soldiers were killed in the ambush. The soldiers, whom the army identified as Private Juan Ortiz "
            "and Corporal Luis Vega, were from Cali.",
            {"Juan Ortiz", "Luis Vega"},
        ),
        (
            "Police have named the dead as Yael Ben-David, 34, a nurse from Holon, and Moshe Levinson, 71.",
            {"Yael Ben-David", "Moshe Levinson"},
        ),
    ],
)
def test_people_named_as_those_the_article_said_were_harmed_are_victims(text: str, names: set[str]) -> None:
    assert names <= _names(text, None)


def test_a_driver_who_was_not_harmed_identified_by_name_is_no_victim() -> None:
    text = "A van ploughed into the crowd, injuring 12. The driver was identified as Karl Weber, 41."
    assert "Karl Weber" not in _names(text, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Relatives identified the man killed as Abdi Warsame.", "Abdi Warsame"),
        ("Sipho Dlamini, 45, was pronounced dead at the scene.", "Sipho Dlamini"),
        ("The dead include Pierre Lambert, a local baker.", "Pierre Lambert"),
        ("Officers found Kevin Brooks, 34, with multiple gunshot wounds.", "Kevin Brooks"),
    ],
)
def test_named_people_declared_dead_found_wounded_or_included_among_the_dead_are_victims(text: str, name: str) -> None:
    assert name in _names(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Officers found Kevin Brooks, 34, with multiple gunshot wounds.",
        "Paramedics rushed to the scene and treated the wounded.",
        "Police officers responding to reports of gunfire cordoned off the street.",
    ],
)
def test_responders_are_no_victims(text: str) -> None:
    assert not {"Officers", "Paramedics", "Police officers"} & _names(text, None)


def test_people_who_found_themselves_in_an_attack_stay_victims() -> None:
    assert "concertgoers" in _names("On Friday concertgoers found themselves in the midst of a massacre.", "killed")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chhattisgarh's chief minister condemned the bombing.", "minister"),
        ("Local residents denounced the attack as cowardly.", "residents"),
        ("Shocked villagers described hearing several explosions before dawn.", "villagers"),
    ],
)
def test_people_who_react_to_an_attack_are_no_victims(text: str, absent: str) -> None:
    assert not any(absent in n for n in _names(text, "killed"))


def test_people_mourned_are_still_victims() -> None:
    assert any("teachers" in n for n in _names("Hundreds of residents mourned the three teachers killed.", "killed"))


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "Local media identified the slain officer as Sgt. Michael Carter, a 12-year veteran.",
            "Michael Carter",
            "Sgt",
        ),
        ("The girl, identified by her family as Amina Yusuf, 9, died in hospital.", "Amina Yusuf", "her family"),
        ("The woman, named by relatives as Grace Otieno, was shot dead outside her shop.", "Grace Otieno", "relatives"),
    ],
)
def test_identifications_in_a_clause_or_after_a_title_name_the_victim(text: str, name: str, absent: str) -> None:
    found = _names(text, None)
    assert name in found and absent not in found


def test_a_man_identified_and_arrested_is_no_victim() -> None:
    assert _names("The man, identified by police as Brandon Lee, 22, was arrested at the scene.", None) == set()


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Gunmen shot dead prominent activist Nomvula Dube outside her home.", "killed"),
        ("Gunmen shot and wounded councillor Peter Mwale.", "injured"),
    ],
)
def test_a_person_shot_dead_before_the_name_is_killed(text: str, effect: str) -> None:
    from polybius.extract.participants import find_victims

    doc = load_nlp()(text)
    assert {v.effect for s in doc.sents for v in find_victims(s, None) if v.kind == "individual"} == {effect}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "About two hours later, two gunmen on a motorcycle opened fire on Abdulloh Mama, 52, the headman of "
            "a village, police said.",
            "Abdulloh Mama",
        ),
        ("Gunmen opened fire on Maria Gomez, 34, outside her shop.", "Maria Gomez"),
    ],
)
def test_a_named_person_fired_on_is_a_victim(text: str, name: str) -> None:
    assert name in _names(text, None)


def test_a_person_police_fired_on_is_no_victim() -> None:
    assert "Jamal Baker" not in _names("Police opened fire on Jamal Baker after he refused to drop the knife.", None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said they were hunting the gunmen, who numbered around seven.", 7),
        ("The attackers numbered about 20, according to witnesses.", 20),
        ("Witnesses said the assailants, numbering some 30, arrived on motorcycles.", 30),
        ("They were about fifteen, some of them in military fatigues, the principal said.", 15),
        ("Two youths on a motorcycle were seen on the CCTV footage.", 2),
        ("Security camera footage showed three masked men fleeing the scene.", 3),
        ("Investigators recovered footage showing one person pouring an accelerant against the door.", 1),
        ("Detectives believe he was shot by a man he had argued with at the fuel pumps.", 1),
        ("The woman was stabbed by a man who fled on foot.", 1),
        ("The suspect is described as a man of medium build, wearing a dark hooded jacket.", 1),
        ("A 19-year-old man has been arrested on suspicion of murder, police said.", 1),
        ("Police later arrested a 26-year-old man in connection with the killing.", 1),
        ("The driver was detained at the scene by police officers on patrol.", 1),
        ("Officers arrested the driver after the car ploughed into the crowd.", 1),
        ("The man was arrested a short distance away, a police spokeswoman said.", 1),
        ("The driver and his passenger were arrested at the scene.", None),
        ("The victims were about fifteen years old.", None),
        ("They were about fifteen minutes from the town when the bomb went off.", None),
        ("Gunmen opened fire on the bus. Police arrested a man in connection with the attack.", None),
        ("Two men were arrested. The suspect was overpowered by a guard.", None),
    ],
)
def test_attackers_counted_outside_the_attack_sentence(text: str, count: int | None) -> None:
    from polybius.extract.participants import described_perpetrator_count

    found = described_perpetrator_count(list(load_nlp()(text).sents))
    assert (found.value if found else None) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A suicide car bomb exploded at a military checkpoint on Sunday.", 1),
        ("A suicide bombing at the market killed 14 people.", 1),
        ("A car bomb exploded near the market, killing five people.", None),
    ],
)
def test_a_suicide_bomb_is_one_bomber(text: str, count: int | None) -> None:
    from polybius.extract.participants import perpetrator_count

    found = perpetrator_count(_sent(text))
    assert (found.value if found else None) == count


@pytest.mark.parametrize(
    "text",
    [
        "An armed man who held six people hostage inside a credit union for five hours was shot dead when police "
        "stormed the building.",
        "A masked man who stabbed two shoppers was shot dead by police outside the station.",
        "An armed man was killed in an exchange of fire with officers after he opened fire at the checkpoint.",
    ],
)
def test_an_armed_man_shot_dead_is_an_attacker_killed(text: str) -> None:
    from polybius.extract.participants import attackers_killed

    killed = attackers_killed(_sent(text), None)
    assert killed is not None and killed.value == 1 and killed.of == "perpetrators"


@pytest.mark.parametrize(
    "text",
    [
        "Three health workers were abducted and their driver shot dead on Tuesday by gunmen.",
        "Two nurses were kidnapped and their guard shot dead outside the clinic by the attackers.",
    ],
)
def test_a_person_shot_dead_by_attackers_is_no_attacker_killed(text: str) -> None:
    from polybius.extract.participants import attackers_killed

    assert attackers_killed(_sent(text), None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a village headman outside his home late on Sunday.",
        "Two headmen were killed when militants stormed the market.",
        "Suspected rebels ambushed the convoy of two provincial governors near the border.",
    ],
)
def test_headmen_and_governors_are_government_targets(text: str) -> None:
    from polybius.extract.participants import find_targets

    assert "government" in {t.kind for t in find_targets(_sent(text), None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two people were killed, among them a 16-year-old student at Central High School, Tyrone Banks.",
            "Tyrone Banks",
        ),
        ("Gunmen shot dead Tyrone Banks near the market.", "Tyrone Banks"),
        ("A driver, identified by his family as Omar Farouk, was killed in the blast.", "Omar Farouk"),
    ],
)
def test_a_name_the_tagger_calls_an_organisation_is_a_victim_where_a_person_would_be(text: str, name: str) -> None:
    assert name in [v.name for v in find_victims(_sent(text), None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked the Kenya Defence Forces camp, killing two soldiers.", "Kenya Defence Forces"),
        ("A bomb hit Hamilton Middle School on Monday, killing a guard.", "Hamilton Middle School"),
        (
            "Insurgents killed three soldiers of the Mechanised Infantry Brigade on Monday.",
            "Mechanised Infantry Brigade",
        ),
    ],
)
def test_an_organisation_or_unit_is_no_named_victim(text: str, name: str) -> None:
    assert not any(name in v.name for v in find_victims(_sent(text), None))


def _last_sent(text: str):
    return list(load_nlp()(text).sents)[-1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police named the driver as Ahmed Yusuf Kandahar, 40. Kandahar died in hospital on Monday.",
            "Ahmed Yusuf Kandahar",
        ),
        (
            "Officials named the victim as Peter Mwangi Nairobi. Nairobi was shot dead outside his home.",
            "Peter Mwangi Nairobi",
        ),
    ],
)
def test_a_surname_the_tagger_calls_a_place_is_the_person_named_earlier(text: str, name: str) -> None:
    assert name in [v.name for v in find_victims(_last_sent(text), None)]


def test_a_place_that_ends_no_earlier_name_is_no_victim() -> None:
    sent = _last_sent("Police named the driver as Ahmed Yusuf, 40. Kandahar died in hospital on Monday.")
    assert not any("Kandahar" in v.name for v in find_victims(sent, None))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The two constables, Gurpreet Singh and Rajinder Kumar, were wounded.", {"Gurpreet Singh", "Rajinder Kumar"}),
        ("Two soldiers, Tyrone Banks and Michael Ortiz, were killed in the ambush.", {"Tyrone Banks", "Michael Ortiz"}),
    ],
)
def test_the_members_a_counted_group_is_named_as_are_victims(text: str, names: set[str]) -> None:
    assert names <= {v.name for v in find_victims(_sent(text), None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamimi and a bodyguard, identified by relatives as Hussein Ali, died at the scene.", "Hussein Ali"),
        ("The mayor and a guard, identified by police as Juma Bakari, died at the scene.", "Juma Bakari"),
    ],
)
def test_a_name_identified_within_a_list_of_the_dead_is_a_victim(text: str, name: str) -> None:
    assert name in [v.name for v in find_victims(_sent(text), None)]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Unidentified men hurled a grenade at the Kotli police post late on Tuesday.", "Kotli police post", "police"),
        ("A suicide bomber rammed a car into a police station in Bannu on Monday.", "police station", "police"),
        (
            "Rebels shot dead three construction workers building a road near Timika.",
            "three construction workers",
            "civilians",
        ),
        ("Gunmen abducted two nurses from a mobile clinic near Wajir.", "two nurses", "civilians"),
        ("Gunmen shot dead a union council chairman in Bannu on Friday.", "union council chairman", "government"),
    ],
)
def test_workers_nurses_chairmen_and_police_posts_are_targets_of_their_kind(text: str, name: str, kind: str) -> None:
    from polybius.extract.participants import find_targets

    assert (name, kind) in {(t.name, t.kind) for t in find_targets(_sent(text), None)}


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("The suspect was shot and killed by a METRO police officer on the platform.", "The suspect was shot"),
        ("Police shot and killed the suspect outside the store.", "killed the suspect"),
        ("Officers shot dead the attacker at the scene, prosecutors said.", "shot dead the attacker"),
        ("The driver was shot dead by officers after he got out of the car.", "The driver was shot"),
    ],
)
def test_the_attacker_police_killed_is_an_attacker_killed(text: str, evidence: str) -> None:
    killed = attackers_killed(_sent(text), None)
    assert killed is not None and (killed.value, killed.of) == (1, "perpetrators")
    assert killed.evidence[0].text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed two people at a bar in Austin.",
        "Soldier killed in Kupwara ambush as militants open fire",
        "The officer was killed by the gunman.",
    ],
)
def test_no_attacker_died_when_the_attacker_killed_others(text: str) -> None:
    assert attackers_killed(_sent(text), None) is None


@pytest.mark.parametrize(
    ("text", "names", "effect"),
    [
        (
            "Six armed men seized the teachers, identified as Maricel Dela Cruz and Jonathan Hataman, at a checkpoint.",
            ["Maricel Dela Cruz", "Jonathan Hataman"],
            "kidnapped",
        ),
        (
            "Among the dead were the teenager, identified by her family as Valentina Arango Ríos, and three young men.",
            ["Valentina Arango Ríos"],
            "killed",
        ),
        (
            "Gunmen abducted two aid workers, identified as Juan Carlos Pérez Gómez and Ana María Rodríguez.",
            ["Juan Carlos Pérez Gómez", "Ana María Rodríguez"],
            "kidnapped",
        ),
    ],
)
def test_names_identified_for_the_harmed_are_victims(text: str, names: list[str], effect: str) -> None:
    found = {v.name: v.effect for v in find_victims(_sent(text), "killed")}
    assert all(found.get(n) == effect for n in names), found


def test_the_subject_who_seized_people_is_no_victim() -> None:
    names = {v.name for v in find_victims(_sent("At least six armed men seized two farmers at a checkpoint."), None)}
    assert "two farmers" in names and not any("armed men" in n for n in names)


def test_a_name_parsed_as_a_conjunct_of_killed_is_a_victim() -> None:
    text = (
        "Killed in the blast were Corporal Jaymar Salvador, who was on patrol, and fish vendor Nurhaida Abdurahman, 43."
    )
    names = {v.name for v in find_victims(_sent(text), "killed")}
    assert {"Jaymar Salvador", "Nurhaida Abdurahman"} <= names


def test_a_man_whose_arrest_is_reported_is_no_victim() -> None:
    sent = _sent("The attack led to the arrest of Karim Benali, 24, on Wednesday.")
    assert all(v.effect != "arrested" for v in find_victims(sent, None))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The village head, Musa Garba, refused to open the gate, so the gunmen shot him in the head.", "Musa Garba"),
        ("John Okoro tried to flee but the attackers caught him and killed him.", "John Okoro"),
    ],
)
def test_a_person_named_as_subject_and_harmed_as_him_is_a_victim(text: str, name: str) -> None:
    assert name in {v.name for v in find_victims(_sent(text), None)}


def test_a_speaker_who_says_the_gunmen_shot_him_is_no_victim_of_that_clause() -> None:
    assert find_victims(_sent("Ali Musa told reporters the gunmen shot him twice."), None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenya: Police officer killed, another injured in Garissa attack",
        "Soldier killed in Kupwara ambush",
    ],
)
def test_a_headline_harm_without_its_was_kills_no_attacker(text: str) -> None:
    assert attackers_killed(_sent(text), None) is None


@pytest.mark.parametrize(
    ("text", "name", "taken"),
    [
        ("The village chief, Musa Bello, came out to talk to the gunmen, but they took him away.", "Musa Bello", True),
        ("Our teacher, Mr. Cletus Fonyuy, tried to plead with them, and they took him too.", "Cletus Fonyuy", True),
        ("The suspect, Ali Hassan, tried to run, but police officers took him away.", "Ali Hassan", False),
    ],
)
def test_a_person_the_attackers_took_away_is_a_victim(text: str, name: str, taken: bool) -> None:
    assert (name in {v.name for v in find_victims(_sent(text), None)}) == taken


def test_a_town_the_text_calls_a_city_is_no_victim_whatever_the_tagger_says() -> None:
    from polybius.pipeline import extract_text

    text = (
        "A car bomb exploded at a market in the northern Syrian city of Manbij on Tuesday, killing five civilians, "
        "the civil defence said.\n\nManbij has been hit by several car and motorcycle bombs since control of the "
        "city changed hands in December."
    )
    [incident] = extract_text(text).incidents
    assert [v.name for v in incident.victims] == ["five civilians"]


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        (
            "The mayor of Mogadishu, Abdirahman Osman, was wounded in a suicide bombing at his office.",
            "Abdirahman Osman",
            "mayor",
        ),
        (
            "The police chief of Kandahar province, Abdul Raziq, was shot dead at a meeting.",
            "Abdul Raziq",
            "police chief",
        ),
        (
            "The governor of Balkh, Dawood Muzammil, was killed along with two other people.",
            "Dawood Muzammil",
            "governor",
        ),
    ],
)
def test_a_title_of_a_place_followed_by_a_name_is_that_named_victim(text: str, name: str, not_name: str) -> None:
    names = _names(text)
    assert name in names and not_name not in names


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (
            "Several people were injured when someone threw a firebomb into a mosque in Orebro. "
            "One of the worshippers, who gave only his first name, said the room filled with smoke.",
            "worshippers",
        ),
        (
            "Five people were wounded at a supermarket in Leeds on Friday. "
            "The man took a knife from a shelf and began attacking shoppers, police said.",
            "shoppers",
        ),
        (
            "An air strike on a jail in Taiz killed at least 40 people, medics said. "
            "Officials accused the air force of a massacre against detainees held at the site.",
            "detainees",
        ),
    ],
)
def test_people_harmed_told_as_people_take_the_class_the_text_gives_them(text: str, cls: str) -> None:
    assert cls in _names(text, "injured")


def test_a_class_of_people_is_no_victim_where_the_harmed_are_already_named_by_class() -> None:
    doc = load_nlp()(
        "Three soldiers were killed in an ambush near Gao. "
        "One of the villagers said he heard gunfire through the night."
    )
    first = next(doc.sents)
    assert {v.name for v in find_victims(first, "killed")} == {"Three soldiers"}


@pytest.mark.parametrize(
    ("facility", "kind"),
    [
        ("pre-trial detention centre", "government"),
        ("police station", "police"),
        ("Countdown supermarket", "business"),
        ("Al-Noor mosque", "religious"),
        ("Crocus City Hall", "business"),
    ],
)
def test_a_facility_takes_the_kind_of_its_head_or_of_the_body_it_serves(facility: str, kind: str) -> None:
    from polybius.extract.participants import facility_kind

    assert facility_kind(facility) == kind


def test_a_detention_centre_attacked_is_a_government_target() -> None:
    from polybius.extract.participants import find_targets

    sent = _sent("Inmates seized two guards at a pre-trial detention centre in Rostov on Sunday.")
    assert {t.kind for t in find_targets(sent, None) if "centre" in t.name} == {"government"}


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "The mayor of a small town in Guerrero has been shot dead, officials said. "
            "The mayor, Juan Perez Lopez, had received threats from a local gang.",
            "Juan Perez Lopez",
        ),
        (
            "Gunmen abducted nine students and a teacher from a college in Kumbo. "
            "Our teacher of mathematics, Mr. Cletus Fonyuy, tried to plead with them, and they took him too.",
            "Cletus Fonyuy",
        ),
        (
            "The hitman is accused of killing a mayor and several journalists. "
            "Medellin mayor Juan Gomez insisted today on a dialogue with the traffickers.",
            "mayor",
        ),
        (
            "A provincial governor was killed in a bomb attack on Thursday. "
            "Governor Abdul Karim Haidari was attending a ceremony. Kabul's governor, Ahmad Noori, condemned it.",
            "provincial governor",
        ),
    ],
)
def test_a_title_harmed_is_the_one_person_the_text_gives_that_title(text: str, victim: str) -> None:
    first = next(load_nlp()(text).sents)
    assert victim in {v.name for v in find_victims(first, "killed")}


@pytest.mark.parametrize(
    ("facility", "kind"),
    [
        ("University of Nairobi", "other"),
        ("Church of the Nativity", "religious"),
        ("Ministry of Interior", "government"),
    ],
)
def test_a_facility_named_x_of_y_takes_the_kind_of_x(facility: str, kind: str) -> None:
    from polybius.extract.participants import facility_kind

    assert facility_kind(facility) == kind


@pytest.mark.parametrize(
    ("text", "name", "effect"),
    [
        ("Ahmed Karimi sustained serious injuries in the blast, his brother said.", "Ahmed Karimi", "injured"),
        ("The reporter, Tom Hale, received shrapnel wounds to his leg.", "Tom Hale", "injured"),
        ("Police said Jana Novak was unhurt.", "Jana Novak", "unharmed"),
        (
            "Sarah Bello is unharmed and Marcus Lee suffered a gunshot wound, the governor said.",
            "Marcus Lee",
            "injured",
        ),
        (
            "Sarah Bello is unharmed and Marcus Lee suffered a gunshot wound, the governor said.",
            "Sarah Bello",
            "unharmed",
        ),
        ("He attacked the caretaker, Manuel Ortega, who died at the scene, police said.", "Manuel Ortega", "killed"),
        ("The victims included Paulo Reis, who was shot in the back.", "Paulo Reis", "injured"),
        (
            "He chased the sacristan, Diego Ruiz, who was cornered in the square and died of his wounds.",
            "Diego Ruiz",
            "killed",
        ),
    ],
)
def test_a_named_persons_own_clause_tells_what_happened_to_them(text: str, name: str, effect: str) -> None:
    assert (name, effect) in {(v.name, v.effect) for v in find_victims(_sent(text), None)}


def test_inmates_who_take_guards_hostage_are_no_victims() -> None:
    names = {v.name for v in find_victims(_sent("Inmates took two guards hostage at the prison on Sunday."), None)}
    assert "Inmates" not in names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Militants stormed a Frontier Corps camp in Bela on Monday.", "Frontier Corps camp", "military"),
        ("Gunmen attacked an army camp near Kunduz, killing six soldiers.", "army camp", "military"),
        ("Inmates seized guards at penal colony IK-19 in Surovikino.", "penal colony IK-19", "government"),
        ("An air strike hit a camp for displaced people in Rafah.", "camp", "civilians"),
    ],
)
def test_a_camp_or_colony_takes_the_kind_of_who_holds_it(text: str, name: str, kind: str) -> None:
    from polybius.extract.participants import find_targets

    assert (name, kind) in {(t.name, t.kind) for t in find_targets(_sent(text), None)}


@pytest.mark.parametrize(
    ("text", "harmed"),
    [
        ("Peter Kline, who has lived in Niger for 20 years, was seized at his home in Agadez, officials said.", True),
        ("Maria Lopez, 41, a former lawmaker, was attacked in the morning by an armed commando.", True),
        ("The officer, Brian Holt, suffered stab wounds to the neck.", True),
        ("Ahmed Musa was snatched from his car on the highway.", True),
        ("Omar Haddad received a fracture to his skull.", True),
        ("Maria Lopez, a former lawmaker, said the town needed more police.", False),
        ("Police said Jana Novak was unhurt.", False),
    ],
)
def test_a_sentence_telling_harm_to_a_named_person_is_about_the_attack(text: str, harmed: bool) -> None:
    from polybius.extract.participants import harms_named_person

    assert harms_named_person(_sent(text)) is harmed


def test_a_name_before_its_title_is_the_title_holder_harmed() -> None:
    text = "The bomb struck as Nisar Ahmadi, the province's deputy governor, was on his way to his office."
    assert "Nisar Ahmadi" in {v.name for v in find_victims(_sent(text), "killed")}


def test_a_shot_told_in_passing_about_one_of_the_dead_leaves_him_killed() -> None:
    sent = _sent("The dead included Jerome Watts, 45, who was shot in the parking lot.")
    assert ("Jerome Watts", "killed") in {(v.name, v.effect) for v in find_victims(sent, "killed")}


@pytest.mark.parametrize(
    ("text", "name", "effect"),
    [
        ("A riot at the prison left 57 inmates dead on Monday, officials said.", "57 inmates", "killed"),
        ("The clashes left 30 miners dead and dozens missing.", "30 miners", "killed"),
    ],
)
def test_people_an_attack_left_dead_are_victims(text: str, name: str, effect: str) -> None:
    assert (name, effect) in {(v.name, v.effect) for v in find_victims(_sent(text), None)}


def _victim_names(text: str) -> set[str]:
    from polybius.pipeline import extract_text

    [incident] = extract_text(text).incidents
    return {v.name for v in incident.victims}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Four people were killed in Moncton on Friday. Const. Anne Leblanc, 38, and Const. Marc Doiron, 51, were "
            "shot after arriving at the apartment complex.",
            {"Anne Leblanc", "Marc Doiron"},
        ),
        (
            "Gunmen killed two nuns in Jacmel on Monday, church officials said. Sister Marie Joseph and Sister Claire "
            "Pierre, of the Congregation of the Holy Cross, were shot dead in their convent.",
            {"Marie Joseph", "Claire Pierre"},
        ),
        (
            "A gunman opened fire in a residential street in Tulsa on Monday. Police said the victims were all "
            "women in their 70s. Authorities later identified them as Mary Lou Hart, 73, and Dorothy Ames, 91.",
            {"Mary Lou Hart", "Dorothy Ames"},
        ),
        (
            "Carmen Lopez Ruiz, the mayor of Tepalcatepec, was shot dead by gunmen in the town on Sunday, "
            "prosecutors said.",
            {"Carmen Lopez Ruiz"},
        ),
        (
            "Vice Mayor Ramon Cruz of Tuguegarao and four of his companions were killed when gunmen ambushed their "
            "van on Sunday, police said.",
            {"Ramon Cruz"},
        ),
        (
            "A mob set fire to a mosque in Teldeniya on Monday, killing one man. The body of a young man was pulled "
            "from the ruins of a burnt building on Tuesday, police said. He was named locally as Mohamed Rizwan, 27.",
            {"Mohamed Rizwan"},
        ),
    ],
)
def test_named_victims_the_tagger_half_misses(text: str, names: set[str]) -> None:
    assert names <= _victim_names(text)


def test_a_platform_is_no_victim() -> None:
    text = (
        "Gunmen killed 12 passengers on a train near Kaduna on Monday. Among the dead was Amina Bello, a young "
        "doctor who had posted on Twitter from the train."
    )
    names = _victim_names(text)
    assert "Amina Bello" in names and "Twitter" not in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A man rammed his car into pedestrians in Ashdod on Tuesday, killing four people. The victims were named "
            "as Dina Levi, 49, a mother of three; Rachel Amar, 43; Yosef Katz, 67; and Rabbi David Stern, 50, a "
            "father of four.",
            {"Dina Levi", "Rachel Amar", "Yosef Katz", "David Stern"},
        ),
        (
            "A suicide bomber killed 30 people at a procession in Kalat on Friday, and the dead included a senior "
            "police officer, Deputy Superintendent of Police Imran Baloch, local officials said.",
            {"Imran Baloch"},
        ),
    ],
)
def test_named_victims_in_lists_and_behind_offices(text: str, names: set[str]) -> None:
    found = _victim_names(text)

    assert all(any(name in f for f in found) for name in names)
    assert not any(n.startswith("Police ") for n in found)


def _record_victims(text: str) -> dict[str, str]:
    from polybius.pipeline import extract_text

    [incident] = extract_text(text).incidents
    return {v.name: v.effect for v in incident.victims}


@pytest.mark.parametrize(
    ("text", "name", "effect"),
    [
        (
            "A gunman took four people hostage at a synagogue in Colleyville, Texas, on Saturday. "
            "Among those held was the congregation's rabbi, Ethan Marks. All the hostages were later released.",
            "Ethan Marks",
            "kidnapped",
        ),
        (
            "Gunmen attacked a passenger train near Kaduna on Monday night, killing eight people. "
            "Among the dead was Amina Bello, a young doctor, her employer confirmed.",
            "Amina Bello",
            "killed",
        ),
        (
            "Militants attacked an army camp near Uri on Tuesday, killing seven soldiers, officials said. "
            "Two officers, Major Vikram Rao and Captain Sunil Das, were among the soldiers who lost their lives.",
            "Sunil Das",
            "killed",
        ),
        (
            "Militants attacked an army camp near Uri on Tuesday, killing seven soldiers, officials said. "
            "Major Vikram Rao was among the troops who lost their lives.",
            "Vikram Rao",
            "killed",
        ),
    ],
)
def test_a_named_person_placed_among_the_harmed_is_a_victim_with_their_harm(text: str, name: str, effect: str) -> None:
    assert _record_victims(text).get(name) == effect


def test_the_congregation_whose_rabbi_was_held_is_no_victim() -> None:
    sent = _sent("Among those held was the congregation's rabbi, Ethan Marks.")
    assert "congregation" not in {v.name for v in find_victims(sent, None)}


def test_names_given_to_those_killed_in_the_same_sentence_are_victims() -> None:
    text = (
        "A man shot dead four neighbours in Kelowna on Monday. "
        '"They were good people," a neighbour said. '
        "Police have not released the names of those killed, but relatives identified them as Margaret Doyle, 73, "
        "and Peter Lang, 71."
    )
    assert {"Margaret Doyle", "Peter Lang"} <= set(_record_victims(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The mayor of Manta was shot dead on Sunday, police said. Pedro Salcedo, 38, was talking with residents "
            "when a gunman approached and fired several times. Salcedo was taken to a hospital, where he died.",
            "Pedro Salcedo",
        ),
        (
            "Gunmen opened fire on a bus in Zamfara on Tuesday, officials said. The driver, Musa Abdullahi, was rushed "
            "to hospital but died of his wounds.",
            "Musa Abdullahi",
        ),
    ],
)
def test_a_named_person_taken_to_hospital_who_died_there_was_killed(text: str, name: str) -> None:
    assert _record_victims(text).get(name) == "killed"


def test_a_named_person_going_about_their_day_when_gunmen_opened_fire_is_a_victim() -> None:
    text = (
        "Gunmen killed a mayor and 18 other people in the southern state of Guerrero on Wednesday, officials said. "
        "Mayor Rafael Ortiz was meeting with local officials when a group of armed men arrived and opened fire."
    )
    assert "Rafael Ortiz" in _record_victims(text)


def test_the_one_named_among_the_dead_is_a_victim_though_the_parser_makes_her_the_source() -> None:
    sent = _sent(
        "Among the dead was Ngozi Eze, a young nurse who had posted from the train that she had been shot, her "
        "employer, a hospital in Abuja, confirmed."
    )
    assert "Ngozi Eze" in {v.name for v in find_victims(sent, "killed")}


def test_the_subject_of_a_headline_passive_is_harmed_not_the_attacker() -> None:
    sent = _sent("Seven coca farmers killed in clash in Colombia's Tumaco, residents blame police")
    assert ("Seven coca farmers", "killed") in {(v.name, v.effect) for v in find_victims(sent, None)}
