"""Event types and weapons: what kind of attack a reader would file the report under."""

from __future__ import annotations

import pytest

from polybius.model import Incident
from polybius.pipeline import extract_text


def _incident(text: str) -> Incident:
    record = extract_text(text)
    assert len(record.incidents) == 1
    incident = record.incidents[0]
    for item in [*incident.event_types, *incident.weapons]:
        for e in item.evidence:
            assert text[e.start : e.end] == e.text
    return incident


def _types(incident: Incident) -> set[str]:
    return {e.value for e in incident.event_types}


def _weapons(incident: Incident) -> set[str]:
    return {w.type for w in incident.weapons}


def test_car_bomb_is_a_bombing_with_explosives() -> None:
    incident = _incident("A car bomb exploded near a police station in Baghdad on Monday, killing five people.")

    assert "bombing" in _types(incident)
    assert "explosive" in _weapons(incident)
    bombing = next(e for e in incident.event_types if e.value == "bombing")
    assert bombing.evidence, "the event type points at the words that show it"


def test_opened_fire_is_an_armed_assault_with_firearms() -> None:
    incident = _incident("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing four people.")

    assert "armed_assault" in _types(incident)
    assert "firearm" in _weapons(incident)
    assert "bombing" not in _types(incident)


def test_ploughing_a_van_into_pedestrians_is_a_ramming() -> None:
    incident = _incident("A man ploughed a van into pedestrians in Barcelona on Thursday, killing 13 people.")

    assert "vehicle_ramming" in _types(incident)
    assert "vehicle" in _weapons(incident)


def test_warplanes_bombing_is_an_airstrike_not_a_bombing() -> None:
    incident = _incident("Russian warplanes bombed a market in Idlib on Monday, killing 15 civilians.")

    assert "airstrike" in _types(incident)
    assert "bombing" not in _types(incident)


def test_setting_homes_on_fire_is_arson_with_incendiary() -> None:
    incident = _incident(
        "Gunmen stormed a village in Plateau state on Monday, shooting residents and setting "
        "homes on fire, killing at least 27 people, officials said."
    )

    assert {"armed_assault", "arson"} <= _types(incident)
    assert "incendiary" in _weapons(incident)


def test_a_car_bomb_rammed_into_a_post_is_a_bombing_not_a_ramming() -> None:
    incident = _incident(
        "A suicide bomber rammed a bomb-laden truck into an army post in Mosul on Friday, killing six soldiers."
    )
    assert "bombing" in _types(incident) and "vehicle_ramming" not in _types(incident)


def test_rebels_who_raid_a_village_and_burn_it_make_an_armed_assault() -> None:
    incident = _incident(
        "Rebels raided the village of Kito in Ituri on Sunday, killing eight people, and set fire to their huts."
    )
    assert {"armed_assault", "arson"} <= _types(incident)


def test_a_jet_that_struck_a_village_is_an_airstrike() -> None:
    incident = _incident("A military jet struck a village near Idlib on Monday, killing five civilians.")
    assert "airstrike" in _types(incident)


def test_an_attack_of_no_named_kind_aimed_at_someone_is_other() -> None:
    incident = _incident("Subversives conducted an attack against the former defence minister on Monday.")
    assert _types(incident) == {"other"}


def test_an_attack_by_gunmen_is_an_armed_assault() -> None:
    incident = _incident("Gunmen carried out an attack on the mayor of the town on Monday, police said.")
    assert _types(incident) == {"armed_assault"}


def test_an_attack_ruled_out_reports_no_incident() -> None:
    assert extract_text("Investigators ruled out any criminal attack on the vehicle.").incidents == []


def test_the_killing_of_a_named_person_is_an_attack() -> None:
    incident = _incident("Guerrillas claimed the killing of Gustavo Alvarez, a former army chief, on Sunday.")
    assert _types(incident) == {"other"}


def test_a_named_person_killed_is_an_attack() -> None:
    incident = _incident("Gustavo Alvarez was murdered near his home in Tegucigalpa on Thursday.")
    assert _types(incident) == {"other"}


def test_shooting_people_is_a_firearm_without_a_weapon_detail() -> None:
    incident = _incident("Attackers on motorcycles shot two traders at a market in Gao on Sunday, killing one of them.")

    firearm = next(w for w in incident.weapons if w.type == "firearm")
    assert firearm.detail is None, "'shot' names no weapon"
    assert firearm.evidence[0].text == "shot"


def test_firing_at_houses_is_a_firearm() -> None:
    incident = _incident(
        "Armed men arrived in pickup trucks on Monday, firing at houses in Kidal and killing 11 people, officials said."
    )

    assert "firearm" in _weapons(incident)


def test_gunned_down_is_a_firearm() -> None:
    incident = _incident("A police officer was gunned down outside his home in Culiacan on Tuesday, prosecutors said.")

    assert "firearm" in _weapons(incident)


def test_firing_rockets_at_a_town_is_no_firearm() -> None:
    incident = _incident("Rebels fired rockets at the airport in Goma on Monday, killing two people.")

    assert "firearm" not in _weapons(incident)
    assert "explosive" in _weapons(incident)


def test_a_named_gun_gives_the_detail_after_a_shooting_verb() -> None:
    incident = _incident(
        "A man shot three people at a bar in Columbus, Ohio, on Friday with an assault rifle, "
        "killing two of them, police said."
    )

    firearm = next(w for w in incident.weapons if w.type == "firearm")
    assert firearm.detail == "assault rifle"


def test_beheading_is_a_melee_weapon() -> None:
    incident = _incident("Militants beheaded three villagers in Cabo Delgado, Mozambique, on Sunday, officials said.")

    assert "melee" in _weapons(incident)


def test_firing_shots_is_a_firearm() -> None:
    incident = _incident(
        "A man fired several shots at a crowd outside a bar in Malmo on Sunday, wounding three people, police said."
    )

    assert "firearm" in _weapons(incident)


def test_shooting_people_is_an_armed_assault_by_itself() -> None:
    incident = _incident("A man shot three people at a bar in Columbus, Ohio, on Friday night, police said.")

    assert "armed_assault" in _types(incident)
    assert "firearm" in _weapons(incident)


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones slammed into a residential building in Kharkiv overnight, killing three people, police said.",
        "A Russian drone hit a minibus in Kherson on Saturday morning, killing two women, the regional governor said.",
        "An Israeli strike on a school sheltering displaced families in Deir al-Balah killed at least 12 people on "
        "Thursday, the civil defence agency said.",
        "Russia's overnight strike on a residential building in Kharkiv killed four people, the mayor said.",
        "Turkish drones struck a car near Qamishli on Sunday, killing three members of a Kurdish-led militia.",
        "Explosive-laden drones hit a fuel depot in Port Sudan on Tuesday, killing two workers, the army said.",
    ],
)
def test_drones_and_a_states_strike_are_airstrikes_with_explosives(text: str) -> None:
    incident = _incident(text)

    assert "airstrike" in _types(incident)
    assert "bombing" not in _types(incident)
    assert "explosive" in _weapons(incident)


def test_a_missile_strike_stays_shelling() -> None:
    incident = _incident("A Russian missile strike on the city centre of Sumy killed 35 people on Sunday.")

    assert _types(incident) == {"shelling"}


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired dozens of rockets at northern Israel on Sunday, wounding three people, the army said.",
        "Militants fired mortar rounds at a military base in Kismayo on Monday, killing two soldiers.",
        "A Houthi missile struck a residential building in Ramat Gan on Sunday, injuring 16 people.",
    ],
)
def test_rockets_mortars_and_missiles_that_hit_are_shelling_with_explosives(text: str) -> None:
    incident = _incident(text)

    assert "shelling" in _types(incident)
    assert _weapons(incident) == {"explosive"}


@pytest.mark.parametrize(
    "text",
    [
        "Two Ukrainian drones crashed into an apartment block in Moscow on Tuesday, injuring five people.",
        "A quadcopter dropped a grenade on a market in Kherson on Friday, wounding four people, officials said.",
    ],
)
def test_drones_that_crash_into_or_drop_on_targets_are_airstrikes(text: str) -> None:
    assert _types(_incident(text)) == {"airstrike"}


def test_hacking_people_to_death_is_a_stabbing_with_a_blade() -> None:
    incident = _incident("Attackers armed with machetes hacked 12 villagers to death in Ituri province on Tuesday.")

    assert "stabbing" in _types(incident)
    assert "melee" in _weapons(incident)


def test_a_suicide_bomber_is_no_aircraft() -> None:
    incident = _incident("A suicide bomber killed nine soldiers at an army checkpoint in Beledweyne on Monday.")

    assert "airstrike" not in _types(incident)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Jihadists killed 12 villagers in Burkina Faso's Seno province on Sunday, officials said.", "Jihadists"),
        ("Bandits abducted 30 pupils from a school in Kebbi state on Monday, police said.", "Bandits"),
        ("Two soldiers were killed by militants in Khyber district on Monday, the army said.", "militants"),
        ("Islamists killed 12 villagers in Cabo Delgado on Sunday, officials said.", "Islamists"),
    ],
)
def test_attackers_who_harmed_people_report_an_attack_with_no_weapon_named(text: str, attacker: str) -> None:
    incident = _incident(text)

    assert attacker in {p.name for p in incident.perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed the peace deal in parliament on Monday, officials said.",
        "Militants said on Monday they would attend the talks in Doha.",
    ],
)
def test_attackers_who_harmed_no_one_report_no_attack(text: str) -> None:
    assert extract_text(text).incidents == []


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Israeli forces killed three Palestinians in Jenin on Tuesday, the health ministry said.", "Israel"),
        ("Russian troops killed two civilians in the village of Bilozerka on Sunday, officials said.", "Russia"),
        ("Two farmers were shot dead by Nigerian soldiers in Benue state on Monday, residents said.", "Nigeria"),
    ],
)
def test_a_nations_forces_that_killed_people_report_an_attack(text: str, state: str) -> None:
    assert state in {p.name for p in _incident(text).perpetrators}


def test_troops_that_killed_rebels_report_no_attack() -> None:
    assert extract_text("Colombian troops killed five rebels in Cauca on Sunday, the army said.").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Seventeen soldiers were killed on Sunday in an attack on a base near Kaya. Residents heard heavy weapons "
        "firing from dawn until nine o'clock.",
        "Heavily armed militants stormed a police station in Dera Ismail Khan on Tuesday, killing six officers.",
        "Four soldiers died in a firefight with rebels near Beni on Monday.",
        "Police exchanged fire with the attackers for two hours after they stormed a hotel in Mogadishu, killing nine.",
    ],
)
def test_fighting_told_without_naming_a_gun_is_a_firearm(text: str) -> None:
    assert "firearm" in _weapons(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "The assailants, arriving on motorbikes and in pick-up trucks, attacked the army camp in Niono at dawn on "
        "Sunday, a security source said.",
        "Jihadists attacked a military base in Djibo on Friday, the army said.",
        "Insurgents attacked a police checkpoint near Zhob on Monday night, officials said.",
    ],
)
def test_attackers_who_attack_a_garrison_make_an_armed_assault(text: str) -> None:
    assert "armed_assault" in _types(_incident(text))


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "A car bomb exploded outside a police station in Kirkuk on Monday, killing nine people. Islamic State "
            "said its fighters had carried out the attack.",
            ["bombing"],
        ),
        (
            "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing six. Police said the attack "
            "lasted ten minutes.",
            ["armed_assault"],
        ),
        ("An attack on a village in Borno on Sunday killed 12 people, officials said.", ["other"]),
    ],
)
def test_an_attack_of_no_named_kind_is_other_only_when_no_sentence_names_the_kind(text: str, types: list) -> None:
    assert [e.value for e in extract_text(text).incidents[0].event_types] == types


@pytest.mark.parametrize(
    "text",
    [
        "Iran's Revolutionary Guards struck positions of a Kurdish opposition group near Koya with drones and "
        "artillery on Tuesday, killing two people.",
        "The Rapid Support Forces hit a power station in Atbara with suicide drones on Sunday, killing three guards, "
        "officials said.",
        "Russia attacked Kyiv overnight with drones and ballistic missiles, killing four people and injuring 20, the "
        "city's mayor said.",
    ],
)
def test_an_attack_made_with_drones_is_an_airstrike(text: str) -> None:
    assert "airstrike" in _types(_incident(text))


def test_a_gold_mine_is_no_explosive() -> None:
    text = (
        "Gunmen killed 12 people at an artisanal gold mine in northern Mali on Sunday, local officials said. The "
        "region is home to a large copper mine operated by a Canadian company."
    )
    assert "explosive" not in _weapons(_incident(text))


@pytest.mark.parametrize("mine", ["a mine", "a landmine", "a land mine"])
def test_a_vehicle_striking_a_mine_is_a_bombing(mine: str) -> None:
    text = (
        f"Four soldiers were killed on Tuesday when their vehicle struck {mine} near Boni, in central Mali, the army "
        "said. Two others were wounded."
    )
    incident = _incident(text)

    assert ("bombing", "explosive") in {(t, w) for t in _types(incident) for w in _weapons(incident)}


@pytest.mark.parametrize(
    ("text", "assassination"),
    [
        (
            "Gunmen shot dead a city councillor, Jhon Salazar, in Cali on Monday. Police said the killers fled on a "
            "motorcycle.",
            True,
        ),
        (
            "Gunmen shot dead a district governor, Abdul Rahman Khan, in Ghazni on Monday along with his driver, "
            "police said.",
            True,
        ),
        (
            "Union council chairman Malik Sher Khan and his guard were shot dead when gunmen opened fire on their car "
            "near Bannu on Tuesday, police said.",
            True,
        ),
        (
            "Attorney general Roberto Mendez was killed when a bomb placed on his car exploded in San Salvador.",
            True,
        ),
        (
            "A car bomb killed four people outside a police station in Van on Thursday, the provincial governor's "
            "office said. Interior Minister Ali Kaya said the attackers would be found.",
            False,
        ),
        (
            'A gunman killed three people at a mosque in Quebec City on Sunday, police said. "This is a barbaric '
            'act," reacted the prime minister, Mark Carney, on X, condemning the shooting.',
            False,
        ),
        (
            "A suicide bomber killed 12 people at a mosque in Kunduz on Friday. In a post on X, Pakistan's foreign "
            'minister Ishaq Dar called the bombing a "heinous crime".',
            False,
        ),
        (
            "A bus struck an improvised explosive device near Bandiagara on Monday, killing six passengers, according "
            "to a local official.",
            False,
        ),
        (
            "The city's newly appointed secretary, Francisco Tapia, was shot dead by gunmen in Chilpancingo on "
            "Thursday, local officials said.",
            True,
        ),
        (
            "Gunmen on a motorcycle shot dead municipal treasurer Jose Luis Ramirez outside his home in Uruapan on "
            "Monday, state prosecutors said.",
            True,
        ),
        (
            "Gunmen shot dead Maria Lopez, the secretary of a local transport company, in Celaya on Monday, police "
            "said.",
            False,
        ),
        (
            "FLASH - France: gunman who attacked Lyon mosque shot dead by police (minister)",
            False,
        ),
    ],
)
def test_an_assassination_harms_an_official_not_one_who_speaks(text: str, assassination: bool) -> None:
    assert ("assassination" in _types(_incident(text))) is assassination


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a tehsil chairman in Kulachi on Tuesday. Police collected 28 empty shells from the spot.",
        "Gunmen killed two police officers in Celaya on Monday. Investigators found bullet shells and shell casings "
        "at the scene.",
    ],
)
def test_spent_shells_are_no_explosive(text: str) -> None:
    assert "explosive" not in _weapons(_incident(text))


@pytest.mark.parametrize("label", ["Related", "Read more", "See also"])
def test_a_link_to_another_article_adds_no_event_type(label: str) -> None:
    text = (
        "A man stabbed five people in a square in Mannheim on Friday before police shot him, officials said.\n\n"
        f"{label}: Mannheim car ramming: driver jailed for life\n"
    )
    assert _types(_incident(text)) & {"vehicle_ramming"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "A man stabbed three people at a train station in Hamburg on Friday before he was shot dead by police, "
        "officials said.",
        "Two killed in knife attack at Harburg station, attacker shot dead by police\n\nA man stabbed two women at "
        "the station on Thursday evening, police said.",
        "A man stabbed a woman in a square in Mannheim on Friday. The suspect was shot and killed by a police officer "
        "on the platform, officials said.",
    ],
)
def test_police_shooting_the_attacker_is_no_armed_assault(text: str) -> None:
    assert _types(_incident(text)) == {"stabbing"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead two police officers at a checkpoint in Quetta on Monday, police said.",
        "Security forces opened fire on protesters in Khartoum on Sunday, killing five people, medics said.",
    ],
)
def test_shooting_police_or_protesters_stays_an_armed_assault(text: str) -> None:
    assert "armed_assault" in _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "A man attacked passers-by with a knife in Solingen on Friday, killing three, police said.",
        "An assailant wounded two police officers with a machete outside a station in Brussels on Monday.",
    ],
)
def test_an_attack_with_a_blade_is_a_stabbing(text: str) -> None:
    assert "stabbing" in _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "Attackers armed with AK-47 rifles and rocket-propelled grenades stormed a police station in Zhob on Monday, "
        "killing four officers.",
        "Militants attacked a checkpoint in Zhob with rocket-propelled grenades on Monday, killing four officers.",
    ],
)
def test_rocket_propelled_grenades_arm_an_assault_not_a_bombing(text: str) -> None:
    incident = _incident(text)

    assert ("armed_assault" in _types(incident), "bombing" in _types(incident)) == (True, False)
    assert "explosive" in _weapons(incident)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A strike hit a car near Tyre on Sunday, killing two people, the health ministry said.", "airstrike"),
        (
            "US strikes hit a port in Hodeidah on Thursday, killing at least 20 people, Houthi-run media said.",
            "airstrike",
        ),
        ("A Russian missile strike hit an apartment block in Dnipro on Friday, killing 12 people.", "shelling"),
    ],
)
def test_a_strike_that_hits_is_an_airstrike_unless_a_missile(text: str, kind: str) -> None:
    assert kind in _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters dropped barrel bombs on Aleppo on Sunday, killing 20 people, activists said.",
        "The plane came very low and dropped two bombs on the village of Tar Taw on Tuesday, killing nine people, "
        "residents said.",
    ],
)
def test_bombs_dropped_from_the_air_are_an_airstrike(text: str) -> None:
    assert _types(_incident(text)) == {"airstrike"}


@pytest.mark.parametrize(
    "history",
    [
        "The province has long been the scene of clashes between security forces and Baloch armed groups.",
        "The city has seen a spate of bombings in recent months.",
    ],
)
def test_a_history_of_attacks_adds_no_event_type(history: str) -> None:
    text = f"Gunmen shot dead a city councillor in Zahedan on Tuesday, police said. {history}"

    assert _types(_incident(text)) & {"clash", "bombing"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Attackers armed with guns and machetes stormed a school in Kasese on Friday night, killing 20 students.",
        "Militants armed with assault rifles raided a village in Borno on Sunday, killing 20 people, residents said.",
        "Witnesses said the assailants, armed with guns and machetes, set fire to a dormitory in Kasese, killing 20.",
    ],
)
def test_attackers_armed_with_guns_are_an_armed_assault(text: str) -> None:
    assert "armed_assault" in _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "In a separate coalition strike on the port city of Mocha on Friday, three children were killed while playing "
        "football near a telecommunications building, UNICEF said.",
        "A NATO strike on a compound in Kunar province left five civilians dead, local officials said.",
    ],
)
def test_a_strike_by_a_military_coalition_is_an_airstrike(text: str) -> None:
    assert _types(_incident(text)) == {"airstrike"}


@pytest.mark.parametrize(
    "text",
    [
        "A man armed with a knife attacked passengers on a train near Lyon on Sunday, wounding four, police said.",
        "A teenager armed with a machete attacked pupils at a primary school in Henan on Tuesday, wounding seven.",
        "The man took a knife from a display in the store and began attacking shoppers, wounding six, police said.",
    ],
)
def test_an_attack_by_someone_holding_a_blade_is_a_stabbing(text: str) -> None:
    assert "stabbing" in _types(_incident(text))


def test_a_man_armed_with_a_knife_who_attacked_no_one_is_no_stabbing() -> None:
    record = extract_text(
        "A man armed with a knife was arrested outside the parliament building on Monday, police said."
    )
    assert not any("stabbing" in {e.value for e in i.event_types} for i in record.incidents)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police patrol in Karak on Sunday and then barricaded themselves inside the castle, "
        "trapping tourists inside, officials said.",
        "A gunman barricaded himself inside a bank in Lyon on Monday with six employees after shooting a guard, "
        "police said.",
    ],
)
def test_attackers_who_barricade_themselves_in_take_hostages(text: str) -> None:
    assert "hostage_taking" in _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "April 1 (Reuters) - A candidate for mayor of the Mexican city of Irapuato was shot dead on Tuesday while "
        "campaigning, authorities said. Gunmen shot Maria Lopez, 38, hours after she launched her bid.",
        "Gunmen killed the mayor of a small town in Oaxaca on Sunday, state prosecutors said. The gunmen shot Juan "
        "Perez outside his home.",
    ],
)
def test_an_official_killed_by_title_is_an_assassination(text: str) -> None:
    incident = _incident(text)

    assert "assassination" in _types(incident)
    assert any(t.kind == "government" for t in incident.targets)


def test_a_mayor_who_speaks_is_no_assassination() -> None:
    text = (
        "A gunman killed three customers at a bar in Leon on Sunday, police said. Mayor Juan Perez said the city "
        "would increase patrols."
    )
    assert "assassination" not in _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rockets launched from Gaza hit a house in the southern Israeli city of Sderot on Monday, wounding three "
        "people, the army said.",
        "On Thursday, rockets fired from the Syrian town of Tal Abyad hit the Turkish town of Ceylanpinar, killing "
        "two civilians, the governor's office said.",
    ],
)
def test_rockets_fired_from_across_the_border_that_hit_a_town_are_shelling_not_a_shooting(text: str) -> None:
    incident = _incident(text)
    assert "shelling" in _types(incident) and "armed_assault" not in _types(incident)
    assert "explosive" in _weapons(incident) and "firearm" not in _weapons(incident)


@pytest.mark.parametrize(
    ("text", "shot"),
    [
        (
            "Three police officers were found dead inside their burned patrol car near Temuco on Saturday. "
            "Prosecutors said the officers had sustained gunshot wounds before the vehicle was set on fire.",
            True,
        ),
        (
            "Two men were found dead in a field outside Culiacan on Tuesday, police said. "
            "Both had died of gunshot wounds to the head.",
            True,
        ),
        (
            "A man stabbed three people at a bus station in Bremen on Friday before police shot him. "
            "The suspect suffered gunshot wounds and was taken to hospital.",
            False,
        ),
        (
            "A bomb exploded at a crowded market in Maiduguri on Monday, killing five people. "
            "Doctors said they had treated dozens of people with gunshot wounds at the city hospital this month.",
            False,
        ),
    ],
)
def test_victims_with_gunshot_wounds_make_an_armed_assault_but_a_suspect_shot_by_police_does_not(
    text: str, shot: bool
) -> None:
    assert ("armed_assault" in _types(_incident(text))) is shot


def test_a_mayor_stabbed_to_death_is_an_assassination() -> None:
    text = (
        "Mayor Tomasz Nowak of Sopot was stabbed on stage at a charity concert on Sunday evening and died in hospital "
        "on Monday, officials said."
    )
    assert {"stabbing", "assassination"} <= _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen people were killed on Friday in a confrontation between villagers and members of a criminal gang "
        "who had come to collect extortion payments, officials said.",
        "Nine soldiers and 12 rebels were killed in an armed confrontation between the army and ELN guerrillas in "
        "Arauca on Sunday.",
    ],
)
def test_a_confrontation_between_two_armed_sides_is_a_clash(text: str) -> None:
    assert "clash" in _types(_incident(text))


@pytest.mark.parametrize(
    "text",
    [
        "A councillor, Jose Ramos, was hit in the chest by a single bullet as he stood outside the town hall of "
        "Lipa on Monday, police said.",
        "A 12-year-old boy was struck by sniper fire while walking to school in Kherson on Tuesday, officials said.",
        "Three people were struck by gunfire outside a bar in Leeds late on Saturday, police said.",
    ],
)
def test_someone_hit_by_a_bullet_or_sniper_fire_was_shot(text: str) -> None:
    incident = _incident(text)
    assert "armed_assault" in _types(incident) and "firearm" in _weapons(incident)


def test_a_generic_someone_struck_by_gunfire_in_a_statistic_was_not_shot() -> None:
    text = (
        "Non-fatal shootings, in which someone was struck by gunfire but survived, dropped to 84 from 102 the year "
        "before, the mayor said."
    )
    assert extract_text(text).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Thirty civilians were killed on Thursday in an attack by terrorists on the village of Kalou in western Niger, "
        "the government said. The attackers also set fire to granaries.",
        "Two tourists and their guide were killed in an attack in Kibale National Park on Tuesday, police said. "
        "The attackers set fire to their safari vehicle.",
    ],
)
def test_people_killed_in_an_attack_otherwise_told_only_as_arson_were_assaulted(text: str) -> None:
    assert {"arson", "armed_assault"} <= _types(_incident(text))


def test_a_fire_that_harmed_no_one_is_arson_alone() -> None:
    text = "Arsonists set fire to a mosque in the town of Digana on Monday night, police said. No one was hurt."
    assert _types(_incident(text)) == {"arson"}
