"""Perpetrators read from arrests: named and unnamed people arrested or charged are individual suspects."""

from __future__ import annotations

import pytest

from polybius.model import Incident
from polybius.pipeline import extract_text


def _incident(text: str) -> Incident:
    record = extract_text(text)
    assert len(record.incidents) == 1
    return record.incidents[0]


def test_both_people_arrested_are_suspects() -> None:
    text = (
        "A gunman killed two people at a party in Memphis on Sunday. "
        "John Smith, 19, and Mark Jones, 18, were arrested on Tuesday and charged with murder."
    )
    names = {p.name for p in _incident(text).perpetrators if p.kind == "individual" and p.suspected}
    assert {"John Smith", "Mark Jones"} <= names


def test_an_unnamed_man_arrested_is_an_individual_suspect() -> None:
    text = (
        "An arson attack on a refugee shelter in Gera injured four people on Saturday. "
        "Police arrested a 40-year-old man near the scene."
    )
    [perp] = [p for p in _incident(text).perpetrators if p.kind == "individual"]
    assert perp.name == "a 40-year-old man" and perp.suspected


def test_a_group_that_murdered_is_a_perpetrator() -> None:
    text = "The Shining Path murdered two officials in Ayacucho on Sunday."
    assert "Shining Path" in {p.name for p in _incident(text).perpetrators}


def test_the_attack_by_a_group_makes_it_a_perpetrator() -> None:
    text = "Five soldiers died in Saturday's attack by the FMLN on a barracks in San Miguel."
    assert "Farabundo Marti National Liberation Front" in {p.name for p in _incident(text).perpetrators}


def test_guerrillas_presumed_to_be_members_of_a_group_make_it_suspected() -> None:
    text = (
        "Guerrillas presumed to be members of the pro-Castro National Liberation Army (ELN) dynamited the "
        "Cano Limon oil pipeline near Arauca on Tuesday."
    )
    perp = next(p for p in _incident(text).perpetrators if p.name == "National Liberation Army")
    assert perp.suspected and not perp.claimed


def test_police_who_shot_the_attacker_are_no_perpetrator() -> None:
    text = "A man stabbed three people at a train station in Hamburg on Friday before police shot dead the attacker."
    assert not [p for p in _incident(text).perpetrators if "police" in p.name.lower()]


def test_alleged_members_of_a_group_who_murdered_make_it_suspected() -> None:
    text = "On 10 March alleged Shining Path members murdered four members of a family in Huanuco, Peru."
    perp = next(p for p in _incident(text).perpetrators if p.name == "Shining Path")
    assert perp.suspected and not perp.claimed


def test_a_bomb_presumably_abandoned_by_a_group_makes_it_suspected() -> None:
    text = (
        "An explosive device presumably abandoned by the FMLN exploded near a bus stop in San Salvador on "
        "Friday, wounding three people."
    )
    perp = next(p for p in _incident(text).perpetrators if p.name == "Farabundo Marti National Liberation Front")
    assert perp.suspected and not perp.claimed


def test_force_members_charged_with_the_murders_are_suspects() -> None:
    text = (
        "Six Jesuit priests were shot dead at the university in San Salvador on 16 November. "
        "Two lieutenants and six soldiers were charged with the murders."
    )
    perps = {p.name: p for p in _incident(text).perpetrators}
    assert perps["six soldiers"].suspected and perps["Two lieutenants"].suspected


def test_soldiers_captured_by_guerrillas_are_no_suspects() -> None:
    text = (
        "Guerrillas attacked a bus in San Miguel, El Salvador, on Monday, killing two passengers. "
        "Six soldiers were captured by the guerrillas."
    )
    assert not [p for p in _incident(text).perpetrators if "soldiers" in p.name]


def test_a_group_that_planned_the_attack_is_a_suspected_perpetrator() -> None:
    text = (
        "A car bomb exploded outside the DAS building in Bogota on Wednesday, killing 52 people. "
        "Police said the Medellin Cartel planned the attack in September."
    )
    perp = next(p for p in _incident(text).perpetrators if p.name == "Medellin Cartel")
    assert perp.suspected and not perp.claimed


def test_a_group_responsible_for_the_attacks_is_a_suspected_perpetrator() -> None:
    text = (
        "A bomb destroyed a power pylon in San Salvador on Friday. The government said the FMLN is "
        "responsible for these attacks."
    )
    perp = next(p for p in _incident(text).perpetrators if p.name == "Farabundo Marti National Liberation Front")
    assert perp.suspected


def test_a_group_that_ordered_the_attack_is_a_suspected_perpetrator() -> None:
    text = (
        "Gunmen killed a journalist in Sinaloa on Monday. Prosecutors believe the killing was ordered by "
        "the Sinaloa Cartel."
    )
    group = next(p for p in _incident(text).perpetrators if p.name == "Sinaloa Cartel")
    assert group.suspected and not group.claimed


def test_a_group_that_masterminded_the_bombing_is_a_perpetrator() -> None:
    text = (
        "A car bomb killed six people in Mogadishu on Sunday. Officials said the bombing was masterminded by "
        "al-Shabaab commanders."
    )
    assert "al-Shabaab" in {p.name for p in _incident(text).perpetrators}


def test_soldiers_whose_arrest_is_announced_are_suspects() -> None:
    text = (
        "Six Jesuit priests were murdered in San Salvador on 16 November. The president announced the arrest "
        "of 45 soldiers for the killings."
    )
    names = {p.name for p in _incident(text).perpetrators if p.suspected}
    assert "45 soldiers" in names


def test_a_group_holding_the_kidnapped_is_a_perpetrator() -> None:
    text = (
        "Gunmen kidnapped two aid workers near Gao, Mali, on Monday. The two women have been held by JNIM "
        "since the attack, officials said."
    )
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in {p.name for p in _incident(text).perpetrators}


def test_an_area_held_by_a_group_makes_no_perpetrator() -> None:
    text = "A roadside bomb killed four soldiers near Kidal, Mali, on Monday. The area has long been held by JNIM."
    assert "Jama'at Nusrat al-Islam wal-Muslimin" not in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Russian drones slammed into a residential building in Kharkiv overnight, killing three people.", "Russia"),
        ("Israeli warplanes bombed a house in Khan Younis on Monday, killing seven people, medics said.", "Israel"),
        (
            "An Israeli strike on a school sheltering displaced families in Deir al-Balah killed at least 12 people "
            "on Thursday, the civil defence agency said.",
            "Israel",
        ),
        ("Turkish drones struck a car near Qamishli on Sunday, killing three people, a monitor said.", "Turkey"),
    ],
)
def test_a_nation_named_before_drones_or_a_strike_is_the_state_perpetrator(text: str, state: str) -> None:
    perps = _incident(text).perpetrators

    assert [(p.name, p.kind) for p in perps if p.kind == "state"] == [(state, "state")]


@pytest.mark.parametrize(
    ("text", "supported"),
    [
        (
            "A bomb exploded on a bus in Isulan on Monday, killing three people. The army blamed a pro-Islamic State "
            "faction for the attack.",
            "Islamic State",
        ),
        (
            "Gunmen killed 12 worshippers at a mosque in Tillaberi on Friday. Officials blamed a pro-al-Qaeda cell "
            "for the attack.",
            "al-Qaeda",
        ),
        (
            "A man stabbed three people at a train station in Villach on Saturday. Police said the suspect was a "
            "pro-ISIS extremist who had pledged allegiance to the group online.",
            "Islamic State",
        ),
    ],
)
def test_a_pro_group_faction_is_not_the_group_it_supports(text: str, supported: str) -> None:
    assert supported not in {p.name for p in _incident(text).perpetrators}


def test_dawlah_islamiyah_is_its_own_group_under_islamic_state() -> None:
    text = (
        "A bomb killed two soldiers in Datu Piang on Sunday. The military said Dawlah Islamiyah militants planted "
        "the device."
    )
    [perp] = [p for p in _incident(text).perpetrators if p.kind == "group"]

    assert (perp.name, perp.parent) == ("Dawlah Islamiyah", "Islamic State")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A roadside bomb killed eight policemen near Dantewada on Monday. The Dandakaranya Special Zonal "
            "Committee of the Communist Party of India (Maoist) claimed responsibility for the blast.",
            "Communist Party of India (Maoist)",
        ),
        (
            "Gunmen killed nine bus passengers near Noshki on Friday. The Eastern Command of the Balochistan "
            "Liberation Army claimed responsibility for the attack.",
            "Balochistan Liberation Army",
        ),
        (
            "A car bomb wounded 14 soldiers in Diyarbakir on Tuesday. The Southern Regional Council of the "
            "Kurdistan Workers' Party said it carried out the attack.",
            "Kurdistan Workers' Party",
        ),
    ],
)
def test_a_named_body_of_a_known_group_claims_for_the_group(text: str, group: str) -> None:
    claimed = [p.name for p in _incident(text).perpetrators if p.claimed]

    assert claimed == [group]


@pytest.mark.parametrize(
    "text",
    [
        "An airstrike killed 18 people at a market in Mrauk-U on Sunday, residents said. The Arakan Army has seized "
        "14 of Rakhine's 17 townships since launching an offensive in 2023.",
        "A roadside bomb killed four soldiers near Kidal on Tuesday. JNIM has killed hundreds of soldiers since "
        "it was formed in 2017, according to ACLED.",
        "Gunmen killed six farmers in Benue state on Friday. Boko Haram has abducted thousands of people since 2009.",
    ],
)
def test_a_groups_record_since_a_past_date_is_no_part_in_this_attack(text: str) -> None:
    groups = [p.name for p in _incident(text).perpetrators if p.kind == "group"]

    assert groups == []


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Insurgents killed 11 villagers near Macomia on Saturday. The Islamic State group claimed responsibility "
            "through its Amaq agency. The jihadists call their local branch Islamic State Mozambique Province.",
            "Islamic State Mozambique Province",
        ),
        (
            "Gunmen killed 30 soldiers in Borno state on Monday. Islamic State claimed the attack, which it said was "
            "carried out by fighters of its Islamic State West Africa Province.",
            "Islamic State West Africa Province",
        ),
    ],
)
def test_a_claim_by_islamic_state_is_its_named_provinces(text: str, province: str) -> None:
    claimed = [p for p in _incident(text).perpetrators if p.claimed]

    assert [(p.name, p.parent) for p in claimed] == [(province, "Islamic State")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A shooting at a block party in Lafayette killed three people on Saturday. Detectives arrested Deshawn "
            "Broussard, 19, and Tyrell Guidry, 22, early Sunday.",
            {"Deshawn Broussard"},
        ),
        (
            "A man stabbed two people outside a pub in Leeds on Friday. Police later charged Liam Carter with "
            "attempted murder.",
            {"Liam Carter"},
        ),
        (
            "Two people were shot dead at a petrol station in Durban on Monday. Officers arrested Sipho Ndlovu at his "
            "home in Umlazi on Wednesday.",
            {"Sipho Ndlovu"},
        ),
    ],
)
def test_people_arrested_or_charged_by_name_are_suspects(text: str, names: set[str]) -> None:
    suspects = {p.name for p in _incident(text).perpetrators if p.kind == "individual" and p.suspected}

    assert names <= suspects


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Israeli troops killed three Palestinians in a raid on the Jenin refugee camp on Tuesday, the Palestinian "
            "health ministry said.",
            "Israel",
        ),
        ("Two farmers were shot dead by Nigerian soldiers in Benue state on Monday, residents said.", "Nigeria"),
        ("Russian forces shelled the town of Kupiansk on Sunday, killing two civilians, officials said.", "Russia"),
    ],
)
def test_a_nations_forces_that_attack_make_the_state_the_perpetrator(text: str, state: str) -> None:
    perps = _incident(text).perpetrators

    assert (state, "state") in [(p.name, p.kind) for p in perps]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "A roadside bomb killed six soldiers and their driver near Kandahar on Monday. The driver was identified "
            "as Manoj Nag, a 29-year-old resident of a nearby village.",
            "Manoj Nag",
        ),
        (
            "Gunmen shot dead a bus conductor in Kano on Friday, police said. The conductor was named as Ali Hassan, "
            "35, by relatives.",
            "Ali Hassan",
        ),
        (
            "A man stabbed a nurse outside a hospital in Haifa on Sunday. The officer who stopped him was named as "
            "Sergeant David Mensah.",
            "David Mensah",
        ),
        (
            "Gunmen shot dead a tribal leader in Baquba on Monday. He and a bodyguard, identified by relatives as "
            "Hussein Ali, died at the scene.",
            "Hussein Ali",
        ),
    ],
)
def test_identifying_someone_who_is_no_attacker_makes_no_suspect(text: str, victim: str) -> None:
    names = {p.name for p in _incident(text).perpetrators}

    assert not any(victim in name for name in names)


@pytest.mark.parametrize(
    ("text", "suspect"),
    [
        (
            "A gunman killed two people at a bar in Dayton on Saturday. Police identified the gunman as Thomas "
            "Keller, 41.",
            "Thomas Keller",
        ),
        (
            "Three people were wounded in a shooting at a mall in Tulsa on Friday. The shooter was identified as "
            "Brandon Miles, 22, by the county sheriff.",
            "Brandon Miles",
        ),
    ],
)
def test_identifying_the_attacker_names_a_suspect(text: str, suspect: str) -> None:
    names = {p.name for p in _incident(text).perpetrators if p.kind == "individual"}

    assert suspect in names


@pytest.mark.parametrize(
    "text",
    [
        "A grenade was hurled at a police post in Gurdaspur on Tuesday, injuring two constables. A social media post "
        "purportedly by the banned Babbar Khalsa International (BKI) claimed responsibility for the attack.",
        "Two policemen were wounded when a grenade exploded at a police station in Amritsar on Friday. The BKI "
        "claimed the attack in a Facebook post.",
    ],
)
def test_babbar_khalsa_claiming_a_grenade_attack_is_its_perpetrator(text: str) -> None:
    claimed = [p.name for p in _incident(text).perpetrators if p.claimed]

    assert claimed == ["Babbar Khalsa International"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Eleven people were killed on Sunday when fighting broke out near Apatzingan between cells of the Jalisco "
            "New Generation Cartel (CJNG) and the Carteles Unidos alliance.",
            {"Jalisco New Generation Cartel", "Cárteles Unidos"},
        ),
        (
            "Fourteen civilians were killed in Maungdaw on Friday during clashes between the Arakan Army and the "
            "Arakan Rohingya Salvation Army, residents said.",
            {"Arakan Army", "Arakan Rohingya Salvation Army"},
        ),
        (
            "At least 20 people died in a gun battle between al-Shabaab and the Ma'awisley militia near Beledweyne "
            "on Tuesday.",
            {"al-Shabaab"},
        ),
    ],
)
def test_the_sides_of_a_clash_between_groups_are_perpetrators(text: str, sides: set[str]) -> None:
    assert sides <= {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three police officers at a checkpoint in Nalchik, Russia, on Monday. Islamic State claimed "
        "responsibility through its Amaq agency. Its Afghan branch, Islamic State Khorasan Province (ISKP), has been "
        "linked to several plots in Russia.",
        "A man stabbed two soldiers outside a barracks in Lyon, France, on Friday. The Islamic State group claimed "
        "the attack. Western officials have blamed ISIS-K for recent plots in Europe.",
        "A suicide bomber killed 14 people at a wedding in Gaziantep, Turkey, on Saturday, and the Islamic State "
        "claimed it. ISWAP, its West African affiliate, has grown stronger this year.",
    ],
)
def test_a_claim_by_islamic_state_stays_its_own_when_the_province_named_operates_elsewhere(text: str) -> None:
    claimed = [p.name for p in _incident(text).perpetrators if p.claimed]

    assert claimed == ["Islamic State"]


@pytest.mark.parametrize(
    "text",
    [
        "A grenade hit a police post in Gurdaspur on Tuesday, injuring two constables, Senior Superintendent of "
        'Police (SSP) Aditya Sharma said. "We suspect the attack was planned by Pakistan\'s ISI," the SSP said.',
        "Gunmen killed four miners in Quetta on Monday, Senior Superintendent of Police (SSP) Imran Qureshi said. "
        "The SSP blamed the Balochistan Liberation Army for the attack.",
        "Senior Superintendent of Police (SSP) Imran Qureshi said gunmen killed four miners in Quetta on Monday. "
        "The SSP said the attack was carried out by the Balochistan Liberation Army.",
    ],
)
def test_an_ambiguous_acronym_the_text_spells_out_as_a_title_is_no_group(text: str) -> None:
    incident = _incident(text)
    named = {p.name for p in incident.perpetrators} | {s.speaker or "" for s in incident.statements}

    assert "Sipah-e-Sahaba Pakistan" not in named


@pytest.mark.parametrize(
    "text",
    [
        "A fire deliberately set at a mosque in Lethbridge badly damaged the prayer hall early Sunday. The suspect is "
        "described as a man of medium build wearing a dark hooded jacket.",
        "A man was stabbed outside a bar in Leeds on Friday night. The suspect fled on foot towards the station, "
        "police said.",
        "Two people were shot dead at a petrol station in Houston on Saturday. The suspect remains at large, the "
        "sheriff's office said.",
    ],
)
def test_the_one_suspect_police_are_looking_for_is_an_individual_perpetrator(text: str) -> None:
    perps = [(p.kind, p.suspected) for p in _incident(text).perpetrators]

    assert ("individual", True) in perps


@pytest.mark.parametrize(
    ("text", "group", "unit"),
    [
        (
            "Fighters of the 10th Front of the FARC dissidents attacked an army patrol in Arauca on Monday, killing "
            "three soldiers.",
            "FARC dissidents",
            "10th Front",
        ),
        (
            "The 36th Front of the FARC dissidents attacked a police convoy near Anori on Tuesday, killing two "
            "officers.",
            "FARC dissidents",
            "36th Front",
        ),
    ],
)
def test_a_numbered_unit_of_a_group_is_a_mention_of_it(text: str, group: str, unit: str) -> None:
    perpetrator = next(p for p in _incident(text).perpetrators if p.name == group)
    assert unit in perpetrator.mentions


def _groups(text: str) -> list[tuple[str, bool]]:
    """(name, claimed) of the group perpetrators of a one-incident text."""
    return [(p.name, p.claimed) for p in _incident(text).perpetrators if p.kind == "group"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Five people were killed on Sunday when members of the gang known as Los Chirizos and of the rival group "
            "Barrio 18 exchanged fire in a market in Tegucigalpa, police said.",
            ["Los Chirizos", "Barrio 18"],
        ),
        (
            "Seven inmates were killed on Friday when members of Los Lobos clashed with rivals from Los Choneros "
            "inside the Litoral penitentiary in Guayaquil, prison officials said.",
            ["Los Lobos", "Los Choneros"],
        ),
        (
            "At least 12 people were killed in fighting between rival gangs Grand Ravine and 5 Segonn in the "
            "Carrefour-Feuilles district of Port-au-Prince on Wednesday, residents said.",
            ["Grand Ravine", "5 Segond"],
        ),
        (
            "Al Shabaab fighters and clan militiamen known as Macawisley clashed in the village of Elbur on Monday, "
            "killing at least eight people, elders said.",
            ["al-Shabaab", "Macawisley"],
        ),
    ],
)
def test_both_named_sides_of_a_clash_are_unclaimed_group_perpetrators(text: str, sides: list[str]) -> None:
    assert _groups(text) == [(side, False) for side in sides]


@pytest.mark.parametrize(
    "text",
    [
        "The rights group Amnesty International said on Monday that gunmen had killed four villagers near Kidal.",
        "Gunmen killed four villagers near Kidal on Monday, the monitoring group Acled said.",
    ],
)
def test_a_name_after_a_group_noun_that_is_not_armed_makes_no_group(text: str) -> None:
    assert _groups(text) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A soldier was killed when terrorists fired on an army patrol in Kokernag on Thursday. The attackers, "
            'who officials said were "suspected to be foreign terrorists" of the Pakistan-based Lashkar-e-Taiba, '
            "escaped into the forest.",
            "Lashkar-e-Taiba",
        ),
        (
            "Gunmen shot dead two police officers in Sistan-Baluchestan on Tuesday. The attackers were thought to be "
            "members of the Sunni militant group Jaish al-Adl, a provincial official said.",
            "Jaish al-Adl",
        ),
    ],
)
def test_attackers_presumed_to_be_of_a_group_make_it_a_suspect_over_quotes_and_hyphens(text: str, group: str) -> None:
    assert (group, False) in _groups(text)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        (
            "Four policemen were killed when militants attacked a checkpost in Peshawar on Monday. The banned "
            "Tehreek-e-Taliban Pakistan claimed responsibility for the attack.",
            "Tehreek-e-Taliban Pakistan",
        ),
        (
            "Three soldiers were killed in an ambush in Kupwara on Friday. Police said the Lashkar-e-Tayyiba was "
            "responsible for the ambush.",
            "Lashkar-e-Tayyiba",
        ),
    ],
)
def test_a_long_group_name_keeps_the_texts_transliteration(text: str, spelled: str) -> None:
    assert [name for name, _ in _groups(text)] == [spelled]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in a rocket attack near Cizre. The army blamed the Kurdistan Workers Party.",
        "Two soldiers were killed in a rocket attack near Cizre. The army blamed the Kurdistan Workers\u2019 Party.",
    ],
)
def test_a_name_written_with_other_punctuation_keeps_the_canonical_spelling(text: str) -> None:
    assert [name for name, _ in _groups(text)] == ["Kurdistan Workers' Party"]


def test_a_fuller_name_that_is_more_than_a_group_word_stays_canonical() -> None:
    text = (
        "A suicide bomber killed 12 people at a checkpoint in Raqqa on Monday. The Islamic State of Iraq and the "
        "Levant (ISIL) claimed the attack."
    )

    assert [name for name, _ in _groups(text)] == ["Islamic State"]


def test_a_short_name_in_another_spelling_keeps_the_canonical_name() -> None:
    text = "Al-Shabab fighters attacked a police station in Mandera on Sunday, killing three officers."

    assert [name for name, _ in _groups(text)] == ["al-Shabaab"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Gunmen from the Jalisco New Generation Cartel opened fire on a convoy carrying members of the Gulf "
            "Cartel, who fired back, leaving nine dead in Reynosa on Saturday, state officials said.",
            ["Jalisco New Generation Cartel", "Gulf Cartel"],
        ),
        (
            "Six people were killed on Sunday when members of Los Zetas attacked a ranch near Nuevo Laredo. Members "
            "of the Cartel del Noreste returned fire, police said.",
            ["Los Zetas", "Cartel del Noreste"],
        ),
    ],
)
def test_the_side_that_fought_back_is_a_side_of_the_clash(text: str, sides: list[str]) -> None:
    assert [name for name, _ in _groups(text)] == sides


def test_a_group_that_did_not_respond_to_requests_for_comment_is_no_side() -> None:
    text = (
        "Gunmen killed four people at a car wash in Culiacan on Friday. Prosecutors blamed a dispute over drug "
        "sales; the Sinaloa Cartel did not respond to requests for comment."
    )

    assert _groups(text) == []


def test_the_fuller_name_a_text_gives_with_the_acronym_is_the_groups_name() -> None:
    text = (
        "A grenade killed two people at a market in Jolo on Saturday. The army said the attack was likely the work "
        "of the Abu Sayyaf Group (ASG). The Abu Sayyaf has been weakened by years of offensives."
    )

    assert [name for name, _ in _groups(text)] == ["Abu Sayyaf Group"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 soldiers in an ambush near Tillaberi on Monday, the defence ministry said. The region has "
        "seen frequent attacks by both JNIM and the Islamic State Sahel Province.",
        "Gunmen killed five villagers near Djibo on Sunday, residents said. Previous attacks by JNIM in the area "
        "targeted army posts.",
    ],
)
def test_a_record_of_attacks_by_a_group_makes_it_no_perpetrator(text: str) -> None:
    assert _groups(text) == []


def test_this_attack_by_a_group_still_makes_it_a_perpetrator() -> None:
    text = "At least 20 people were killed in an attack by Boko Haram on a village near Gwoza on Saturday."

    assert [name for name, _ in _groups(text)] == ["Boko Haram"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A gunman killed 19 children and two teachers at a school in Uvalde on Tuesday. The shooter, 18-year-old "
            "Salvador Ramos, was killed by a Border Patrol agent.",
            "Salvador Ramos",
        ),
        (
            "Two people were shot dead at a bar in Tulsa on Friday night. The gunman, 34-year-old Michael Hayes, "
            "fled in a car and was arrested hours later.",
            "Michael Hayes",
        ),
    ],
)
def test_a_name_after_the_gunman_and_an_age_is_the_attacker(text: str, name: str) -> None:
    assert name in [p.name for p in _incident(text).perpetrators if p.kind == "individual"]


def test_a_side_of_fighting_named_after_its_description_is_a_perpetrator() -> None:
    text = (
        "At least 27 civilians were killed on Sunday when fighting between the Sudanese army and the paramilitary "
        "Rapid Support Forces (RSF) erupted in El Obeid, according to local medics."
    )

    assert [name for name, _ in _groups(text)] == ["Rapid Support Forces"]


def test_a_group_police_suspect_was_involved_is_a_suspected_perpetrator() -> None:
    text = (
        "Two policemen were killed when terrorists opened fire on a police van near Domel on Wednesday. Police "
        "suspect militants of the banned Lashkar-e-Jhangvi were involved, though no group has claimed it."
    )

    assert _groups(text) == [("Lashkar-e-Jhangvi", False)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Fighters from Zaire, a self-defence militia, attacked a village in Djugu territory on Monday, killing "
            "11 people, local officials said.",
            "Zaire",
        ),
        (
            "Gunmen from Los Pepes, a criminal gang that controls the port, shot dead three dock workers in "
            "Buenaventura on Sunday, police said.",
            "Los Pepes",
        ),
    ],
)
def test_a_name_set_beside_an_armed_group_noun_names_a_group(text: str, group: str) -> None:
    assert [name for name, _ in _groups(text)] == [group]


def test_members_beside_a_group_noun_are_no_group_name() -> None:
    text = (
        "Members of Los Pachenca, a drug trafficking gang that controls the Sierra Nevada, shot dead three farmers "
        "near Santa Marta on Sunday, police said."
    )

    assert "Members" not in [name for name, _ in _groups(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Prosecutors say Joaquin Guzman ordered the killing of the journalist, who was shot dead outside his "
            "home in Culiacan in May.",
            {"Joaquin Guzman"},
        ),
        (
            "The minister said Hassan Nasrallah and Ali Karaki were behind the bombing that killed 20 people in "
            "Beirut on Monday.",
            {"Hassan Nasrallah", "Ali Karaki"},
        ),
        (
            "Police said a local warlord, Ahmed Madobe, was behind the attack on the convoy that killed six soldiers.",
            {"Ahmed Madobe"},
        ),
        (
            "The assassination of the mayor, who was shot dead in his car on Friday, was ordered by Carlos Mendoza, "
            "prosecutors said.",
            {"Carlos Mendoza"},
        ),
    ],
)
def test_a_person_who_ordered_or_was_behind_the_attack_is_a_suspect(text: str, names: set[str]) -> None:
    suspects = {p.name for p in _incident(text).perpetrators if p.kind == "individual" and p.suspected}
    assert suspects == names


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Luis Ortega was directing operations against drug gangs when gunmen shot him dead in Cali on Tuesday.",
        "Some 2,000 agents are taking part in the search operations ordered by President Alan Garcia after gunmen "
        "kidnapped a businessman in Lima.",
        "The ambassador said Peter Hall was involved with the gang that bombed a bank in Quito on Monday, killing "
        "four people.",
        "The president said the name of Carlos Ruiz was behind the bombing that killed two guards in Lima.",
    ],
)
def test_a_person_directing_operations_or_involved_with_a_gang_is_no_suspect(text: str) -> None:
    assert [p.name for p in _incident(text).perpetrators if p.kind == "individual"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded at a market in Manbij on Tuesday, killing five civilians. The Islamic State group has "
        "also carried out bombings in the area in the past.",
        "A car bomb exploded at a market in Mogadishu on Tuesday, killing five civilians. Al-Shabaab has carried "
        "out dozens of attacks in the capital this year.",
    ],
)
def test_a_groups_record_of_attacks_in_a_perfect_tense_is_not_this_attack(text: str) -> None:
    assert _groups(text) == []


def test_a_group_that_carried_out_the_attack_is_still_its_perpetrator() -> None:
    text = (
        "A car bomb exploded at a market in Mogadishu on Tuesday, killing five civilians. Al-Shabaab carried out the "
        "attack, police said."
    )

    assert [name for name, _ in _groups(text)] == ["al-Shabaab"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The clashes pitted the 444 Brigade against the Special Deterrence Force in Tripoli on Monday, killing 27 "
            "people. The two armed groups had been rivals for months.",
            {"444 Brigade", "Special Deterrence Force"},
        ),
        (
            "Fighting erupted on Saturday in the Bel Air neighbourhood between the 400 Mawozo gang, led by a man known "
            "as Lanmo Sanjou, and the rival Chen Mechan gang, killing at least 15 people, police said.",
            {"400 Mawozo", "Chen Mechan"},
        ),
        (
            "At least 12 people were killed in fighting between the 166 Brigade and the Tariq Bin Ziyad Brigade in "
            "Benghazi on Tuesday, a hospital official said.",
            {"166 Brigade", "Tariq Bin Ziyad Brigade"},
        ),
        (
            "Two people were killed in Tripoli on Sunday when the Nawasi Brigade and the 301 Battalion exchanged fire "
            "near the port, the ambulance service said.",
            {"Nawasi Brigade", "301 Battalion"},
        ),
        (
            "Clashes erupted on July 8 in the Brooklyn neighbourhood of Cite Soleil between the G9 federation, led by "
            "Jimmy Cherizier, and the rival G-Pep alliance, killing at least 20 people, a rights group said.",
            {"G9", "G-Pep"},
        ),
    ],
)
def test_both_sides_of_a_clash_are_perpetrators(text: str, want: set[str]) -> None:
    assert want <= {p.name for p in _incident(text).perpetrators if p.kind == "group"}


def test_a_force_name_given_another_name_keeps_it_as_a_mention() -> None:
    text = (
        "Clashes between rival militias pitted the Radaa Force against another faction in Zawiya overnight, killing "
        "four civilians. The Radaa Force, also known as the Deterrence Force, controls the port."
    )
    perp = next(p for p in _incident(text).perpetrators if p.name == "Radaa Force")
    assert "Deterrence Force" in perp.mentions


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 villagers in Zamfara state on Tuesday. The Border Security Force and the Special Forces "
        "later pursued the armed groups behind the raid.",
        "A suicide bomber killed nine soldiers in North Waziristan on Monday. The Rapid Action Force was sent to the "
        "area, where armed groups are active.",
    ],
)
def test_state_forces_named_with_force_are_no_groups(text: str) -> None:
    assert not [p for p in _incident(text).perpetrators if p.kind == "group"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Petro blamed the attack on the "Jaime Martinez" front of the Estado Mayor Central (EMC). A truck bomb '
            "killed six people in Cali on Thursday.",
            "Estado Mayor Central",
        ),
        (
            "A bomb killed four soldiers in Arauca on Monday. The army attributed the bombing to the National "
            "Liberation Army.",
            "National Liberation Army",
        ),
    ],
)
def test_a_group_an_attack_is_blamed_on_is_suspected(text: str, want: str) -> None:
    perp = next(p for p in _incident(text).perpetrators if p.name == want)
    assert perp.suspected and not perp.claimed


def test_a_between_outside_the_clash_clause_names_no_side() -> None:
    text = (
        "Fighting resumed in Arauca on Monday after talks between the government and the ELN collapsed, killing "
        "four soldiers, the army said."
    )
    assert "National Liberation Army" not in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the 101st Infantry Brigade clashed with gunmen near Lamitan on Sunday, killing three. Armed groups "
        "are active in the area.",
        "Soldiers of the Rapid Intervention Battalion fought separatist fighters in Kumbo on Monday, killing four. "
        "Armed groups have attacked schools there.",
        "A gang attacked a village near Mirebalais on Friday, killing nine. The Gang Suppression Force said it had "
        "sent troops to the area.",
    ],
)
def test_army_units_named_with_brigade_battalion_or_force_are_no_groups(text: str) -> None:
    names = {p.name for p in _incident(text).perpetrators if p.kind == "group"}
    assert not names & {"101st Infantry Brigade", "Rapid Intervention Battalion", "Gang Suppression Force"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gunmen stormed a naval air base in Turbat on Monday night. The Baloch Liberation Army (BLA) claimed "
            "responsibility for the attack.",
            "Baloch Liberation Army",
        ),
        (
            "A bomb killed four police officers near an Eid gathering in Sholakia on Thursday. Police blamed the "
            "attack on Jamayetul Mujahideen Bangladesh.",
            "Jamayetul Mujahideen Bangladesh",
        ),
        (
            "A suicide car bomb killed 15 soldiers at a checkpoint near Rafah in Egypt's North Sinai on Saturday. "
            "Islamic State's Sinai Province claimed responsibility for the attack in a statement.",
            "Islamic State Sinai Province",
        ),
    ],
)
def test_a_group_keeps_the_full_name_the_text_writes(text: str, want: str) -> None:
    assert want in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A man stabbed a police officer and rammed pedestrians in Edmonton on Saturday. The suspect was "
            "identified on Sunday as Abdulahi Hasan Sharif, a refugee.",
            "Abdulahi Hasan Sharif",
        ),
        (
            "A gunman held 37 bus passengers hostage on a bridge in Rio de Janeiro on Tuesday before police shot him. "
            "The hijacker was identified as Willian Augusto da Silva, 20.",
            "Willian Augusto da Silva",
        ),
    ],
)
def test_a_named_attacker_keeps_the_first_name_the_tagger_drops(text: str, want: str) -> None:
    assert want in {p.name for p in _incident(text).perpetrators if p.kind == "individual"}


@pytest.mark.parametrize(
    ("text", "claimant", "claimed"),
    [
        (
            "A gunman killed three people at a store in Jacksonville on Saturday. The FBI said it had opened a civil "
            "rights investigation into the shooting.",
            "FBI",
            False,
        ),
        (
            "Inmates stabbed four guards to death at a penal colony in Surovikino, Volgograd region, on Sunday. The "
            "Investigative Committee says it has opened a criminal case.",
            "Investigative Committee",
            False,
        ),
        (
            "A suicide bomber killed nine soldiers at a checkpoint in Bannu on Monday. Ittehad-ul-Mujahideen "
            "Pakistan said it had carried out the operation.",
            "Ittehad-ul-Mujahideen Pakistan",
            True,
        ),
    ],
)
def test_an_authority_opening_an_inquiry_claims_nothing(text: str, claimant: str, claimed: bool) -> None:
    found = {p.name for p in _incident(text).perpetrators if p.claimed}
    assert (claimant in found) is claimed


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Gunmen abducted nine aid workers from a convoy near Mirebalais on Tuesday, an official said. The Ti Makak "
            "gang, which controls the road, is believed to be behind the abduction, the official said.",
            "Ti Makak",
        ),
        (
            "A suicide bomber killed 12 people at a market in Konduga on Friday, police said. Boko Haram is thought "
            "to be responsible for the bombing, a military source said.",
            "Boko Haram",
        ),
        (
            "Gunmen shot dead a local councillor in Reynosa on Sunday, officials said. The Northeast Cartel was "
            "suspected of carrying out the killing, prosecutors said.",
            "Cartel del Noreste",
        ),
        (
            "A car bomb killed five soldiers at a checkpoint in Mogadishu on Monday. Al-Shabaab is widely believed to "
            "have carried out the attack.",
            "al-Shabaab",
        ),
        (
            "A bomb ripped through a mosque in Gwoza on Friday, killing at least 20 worshippers, residents said. "
            "Suspicion immediately fell on Boko Haram, which has attacked mosques in the region before.",
            "Boko Haram",
        ),
        (
            "A roadside bomb killed three policemen in Bannu on Wednesday. Officials said they were investigating "
            "whether the Tehreek-e-Taliban Pakistan was responsible.",
            "Tehreek-e-Taliban Pakistan",
        ),
    ],
)
def test_a_group_believed_to_be_behind_the_attack_is_a_suspected_perpetrator(text: str, group: str) -> None:
    found = {p.name: p for p in _incident(text).perpetrators if p.kind == "group"}
    assert group in found and found[group].suspected and not found[group].claimed


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four villagers near Dori on Monday. Ansarul Islam was not responsible for the attack, the army "
        "said.",
        "A car bomb killed five soldiers at a checkpoint in Mogadishu on Monday, though no group has said it did so.",
    ],
)
def test_no_group_and_a_denied_responsibility_name_no_claimant(text: str) -> None:
    perps = _incident(text).perpetrators
    assert not any(p.claimed for p in perps) and "Ansarul Islam" not in {p.name for p in perps}


def test_a_lower_case_group_word_after_islamic_state_is_no_part_of_its_name() -> None:
    text = (
        "Jihadists of the Islamic State group (IS) attacked an army barracks in Ben Gardane on Monday, killing "
        "ten soldiers, the defence ministry said."
    )
    assert ("Islamic State", False) in _groups(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Police said 30 men were killed in an ambush in Enga province on Sunday, when fighters from the Yanda and "
            "Piwe tribes clashed over land.",
            {"Yanda", "Piwe"},
        ),
        (
            "MOGADISHU (AFP) - At least 15 people were killed when militias from the Habar Gidir and Abgal clans "
            "clashed in central Somalia on Tuesday, elders said.",
            {"Habar Gidir", "Abgal"},
        ),
        (
            "A fight between rival gangs at a prison in Amazonas left 40 inmates dead on Sunday. The clash broke out "
            "when inmates belonging to the Familia do Norte gang invaded a wing holding members of the rival Primeiro "
            "Comando da Capital, the prison authority said.",
            {"Familia do Norte", "Primeiro Comando da Capital"},
        ),
        (
            "A fight between rival gangs killed 57 inmates at a prison in Altamira on Monday. The clash broke out "
            "when inmates belonging to the Comando Classe A gang invaded a cell block holding members of the rival "
            "Comando Vermelho, officials said.",
            {"Comando Classe A", "Comando Vermelho"},
        ),
        (
            "At least 40 inmates were killed in a clash between rival gangs Primeiro Comando da Capital and Familia "
            "do Norte at a prison in Manaus on Monday.",
            {"Primeiro Comando da Capital", "Familia do Norte"},
        ),
        (
            "QUITO (AP) - Fifteen inmates were shot dead on Monday in a riot between rival gangs, Los Choneros and "
            "Los Lobos, at a prison in the coastal city of Guayaquil, officials said.",
            {"Los Choneros", "Los Lobos"},
        ),
    ],
)
def test_named_tribes_and_gangs_of_a_fight_are_both_sides(text: str, sides: set[str]) -> None:
    assert sides <= {name for name, _ in _groups(text)}


def test_members_of_a_rival_gang_killed_in_an_attack_that_is_no_fight_are_victims() -> None:
    text = (
        "Gunmen from the Los Lobos gang shot dead five members of the rival Los Choneros gang in Guayaquil on "
        "Sunday, police said."
    )
    assert [name for name, _ in _groups(text)] == ["Los Lobos"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Gunmen kidnapped four Americans in Matamoros on Friday, killing two of them. Matamoros is the stronghold "
            "of factions of the Gulf Cartel, and officials said they were investigating whether the cartel's gunmen "
            "were responsible.",
            "Gulf Cartel",
        ),
        (
            "A mayor was shot dead at her home in Temixco on Saturday. Investigators were looking at whether the gang "
            "known as Los Rojos, which fights rival cartels for control of the region, was behind it, the governor "
            "said.",
            "Los Rojos",
        ),
    ],
)
def test_a_group_named_once_and_then_as_the_cartel_or_behind_it_is_a_suspect(text: str, group: str) -> None:
    assert group in {p.name for p in _incident(text).perpetrators if p.kind == "group" and p.suspected}


def test_a_side_of_a_clash_that_denies_starting_it_stays_a_perpetrator() -> None:
    text = (
        "At least three civilians were killed on Tuesday when fighting between two ethnic armed organisations, the "
        "Arakan Army (AA) and the Kachin Independence Army (KIA), reached villages near Lashio. A KIA spokesman "
        "denied that the group had started the clashes."
    )
    assert {"Arakan Army", "Kachin Independence Army"} <= {name for name, _ in _groups(text)}


def test_a_group_whose_fighters_are_counted_in_a_battle_of_two_sides_is_a_side() -> None:
    from polybius.extract.actors import find_actor_mentions, group_perpetrators
    from polybius.extract.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp(
        "At least 101 people were killed near Manbij on Sunday, 85 of them fighters of the Turkish-backed Syrian "
        "National Army (SNA) and 16 members of the US-backed Syrian Democratic Forces (SDF), as the two sides "
        "battled for control of villages south of the town."
    )
    mentions = find_actor_mentions(doc, nlp)
    perps = group_perpetrators([(doc[:], mentions)], set(), set(), set(), mentions)
    assert {"Syrian National Army", "Syrian Democratic Forces"} <= {p.name for p in perps}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "ANKARA (Reuters) - Two attackers blew themselves up near the Interior Ministry in Ankara on Sunday, "
            "wounding two police officers. A news agency close to the Kurdistan Workers Party (PKK) militant group "
            'said later that a team from the group\'s "Immortals Battalion" had carried out the attack.',
            "Kurdistan Workers' Party",
        ),
        (
            "Gunmen killed 12 soldiers at a base near Menaka on Tuesday. A website linked to the Islamic State in the "
            "Greater Sahara said fighters from the group's Tilla Brigade had carried out the raid.",
            "Islamic State Sahel Province",
        ),
    ],
)
def test_an_outlet_close_to_a_group_telling_its_unit_did_it_claims_for_the_group(text: str, group: str) -> None:
    assert (group, True) in _groups(text)


def test_an_outlet_close_to_a_group_that_names_no_doer_claims_nothing() -> None:
    text = (
        "Gunmen killed five people in Kirkuk on Friday. A news agency close to the Kurdistan Workers Party said the "
        "attackers were unknown."
    )
    assert not any(p.claimed for p in _incident(text).perpetrators)


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        (
            "A gunman shot dead two tourists in central Brussels on Monday. "
            "Islamic State said in a statement on Telegram that the gunman was one of its fighters.",
            True,
        ),
        (
            "A suicide bomber blew himself up at a wedding hall in Kabul on Saturday, killing 12 people. "
            "The Islamic State group said the bomber was one of its militants.",
            True,
        ),
        (
            "A man stabbed a teacher to death at a school in Arras on Friday. The Islamic State group said through "
            'its news agency that the attacker was "a soldier of the Islamic State".',
            True,
        ),
        (
            "A man stabbed a police officer to death in Paris on Thursday. "
            "Prosecutors said the attacker was a soldier of the Islamic State, citing a letter he carried.",
            False,
        ),
    ],
)
def test_a_group_saying_the_attacker_was_its_fighter_claims_the_attack(text: str, claimed: bool) -> None:
    groups = [p for p in _incident(text).perpetrators if p.name == "Islamic State"]
    assert any(p.claimed for p in groups) is claimed


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "A bomb damaged an oil pipeline near Warri on Friday, killing two guards. A previously unknown group, the "
            "Niger Delta Freedom Fighters for the Liberation of the Creeks (NDFFLC), said it was behind the attack. "
            "The NDFFLC threatened further attacks.",
            "Niger Delta Freedom Fighters for the Liberation of the Creeks",
            "NDFFLC",
        ),
        (
            "Fighters of the Turkish-backed Syrian National Army (SNA) attacked the village of Tal Tamr on Monday, "
            "killing six civilians. The SNA said it had targeted Kurdish fighters.",
            "Syrian National Army",
            "SNA",
        ),
    ],
)
def test_an_acronym_the_text_gives_a_group_names_it_later(text: str, name: str, acronym: str) -> None:
    [perp] = [p for p in _incident(text).perpetrators if p.name == name]
    assert acronym in perp.mentions


def test_a_kidnapping_claimed_by_the_epp_names_the_paraguayan_peoples_army() -> None:
    text = (
        "A rancher was kidnapped near Concepcion on Wednesday by the Paraguayan People's Army (EPP), police said. "
        "The EPP left a pamphlet claiming the abduction."
    )
    assert "Paraguayan People's Army" in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "name", "claimed"),
    [
        (
            "A journalist was shot dead outside his home in Conakry on Tuesday. Opposition leader Cellou Diallo "
            'said the murder was political. "They killed him because he exposed corruption," Diallo said.',
            "Diallo",
            False,
        ),
        (
            "A homemade bomb exploded at a market in Bamenda on Monday, killing three traders. "
            "The Ambazonia Self-Defence Councils said they carried out the bombing.",
            "Ambazonia Self-Defence Councils",
            True,
        ),
    ],
)
def test_they_claims_for_a_plural_name_only(text: str, name: str, claimed: bool) -> None:
    names = {p.name for p in _incident(text).perpetrators if p.claimed}
    assert any(name in n for n in names) is claimed


@pytest.mark.parametrize(
    ("text", "group", "kept"),
    [
        (
            "Gunmen shot dead a town councillor in Chilapa on Tuesday. He had survived an ambush in 2021. "
            "At the time, authorities blamed that attack on Los Ardillos, a gang that controls the region.",
            "Los Ardillos",
            False,
        ),
        (
            "A car bomb exploded outside a military base in Jamundi on Thursday, killing two soldiers. "
            "The defence minister blamed the attack on the FARC dissidents.",
            "FARC dissidents",
            True,
        ),
    ],
)
def test_a_group_blamed_for_that_earlier_act_is_no_perpetrator(text: str, group: str, kept: bool) -> None:
    assert (group in {p.name for p in _incident(text).perpetrators}) is kept


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A police officer was shot and wounded in Strabane on Friday night. "
            "Police said the New IRA was their main line of inquiry.",
            "New IRA",
        ),
        (
            "A police officer was shot and wounded in Strabane on Friday night. "
            "Detectives are focusing their investigation on the New IRA, a senior officer said.",
            "New IRA",
        ),
        (
            "Gunmen ambushed an army patrol near Tillaberi on Tuesday, killing seven soldiers. "
            "Investigators are treating the Islamic State in the Greater Sahara as the main suspect.",
            "Islamic State Sahel Province",
        ),
        (
            "Gunmen attacked a bus on the Gusau-Funtua road on Sunday, killing nine passengers. "
            "Some officials said the attackers were possibly working with fighters of Ansaru.",
            "Ansaru",
        ),
    ],
)
def test_a_group_the_inquiry_looks_at_or_the_attackers_work_with_is_suspected(text: str, group: str) -> None:
    [perp] = [p for p in _incident(text).perpetrators if p.name == group]
    assert perp.suspected and not perp.claimed


def test_a_group_the_attackers_were_not_linked_to_is_no_suspect() -> None:
    text = (
        "Gunmen attacked a bus on the Gusau-Funtua road on Sunday, killing nine passengers. "
        "Police said the gunmen were not linked to Ansaru."
    )
    assert "Ansaru" not in {p.name for p in _incident(text).perpetrators}


def test_the_group_a_named_bomber_was_a_member_of_is_a_perpetrator() -> None:
    text = (
        "A bomb exploded on a bus near Masaka on Monday, injuring six passengers. Police said the bomber, whom "
        "they named as Joseph Kato, died in the blast. "
        "Kato was on a wanted list as a member of the Allied Democratic Forces."
    )
    assert "Allied Democratic Forces" in {p.name for p in _incident(text).perpetrators}


def test_the_foe_of_troops_in_a_present_relative_clause_is_no_side() -> None:
    text = (
        "A bomb exploded in a bar in Kampala on Saturday, killing one woman. Islamic State claimed the attack. "
        "Uganda has long been a target because of its troops in Somalia, where they fight al Shabaab."
    )
    assert "al-Shabaab" not in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "group", "suspected"),
    [
        (
            "Gunmen killed six miners near Segovia on Sunday. "
            "Police said they suspected members of the Gulf Clan, which controls mining in the area.",
            "Clan del Golfo",
            True,
        ),
        (
            "Gunmen attacked a hotel in Mopti on Friday, killing five guests. Security sources said they suspected "
            "fighters from jihadist groups active in the region, including the Macina Liberation Front.",
            "Katiba Macina",
            True,
        ),
        (
            "Gunmen killed six miners near Segovia on Sunday. Police said they did not suspect the Gulf Clan.",
            "Clan del Golfo",
            False,
        ),
    ],
)
def test_a_group_in_what_someone_suspects_is_suspected(text: str, group: str, suspected: bool) -> None:
    perps = [p for p in _incident(text).perpetrators if p.name == group]
    assert any(p.suspected for p in perps) is suspected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Five people were killed in a gunfight between rival gangs in Guayaquil on Sunday, police said.",
            "rival gangs",
        ),
        (
            "At least 12 villagers were killed near Bambari on Tuesday in clashes between armed groups, the UN said.",
            "armed groups",
        ),
        (
            "Gunmen shot dead a shopkeeper in Culiacan on Monday. "
            "The city has been shaken for months by a war between rival cartels.",
            None,
        ),
    ],
)
def test_the_unnamed_sides_of_a_fight_are_a_group_perpetrator(text: str, want: str | None) -> None:
    groups = [p.name for p in _incident(text).perpetrators if p.kind == "group"]
    assert groups == ([want] if want else [])


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Jets bombed a wedding in Hpakant township on Sunday, killing 40 guests. The bride's family backs the "
            "Kachin Independence Army, which has been fighting the military for decades.",
            False,
        ),
        (
            "Fighters of the Kachin Independence Army clashed with the military near Hpakant on Sunday, "
            "killing six soldiers, the group said.",
            True,
        ),
    ],
)
def test_a_group_fighting_for_decades_is_no_side_of_this_attack(text: str, side: bool) -> None:
    assert ("Kachin Independence Army" in {p.name for p in _incident(text).perpetrators}) is side


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A 41-year-old man has been charged with murder after three people were stabbed to death at a house in "
            "Leeds on Saturday. Daniel Okoro appeared at Leeds Magistrates' Court on Monday.",
            "Daniel Okoro",
        ),
        (
            "A fire destroyed a mosque in Austin in January. Trevor Lee Haskins, 31, is accused of breaking into the "
            "building and setting it on fire.",
            "Trevor Lee Haskins",
        ),
        (
            "Two people were shot dead outside a nightclub in Dallas on Sunday. Terrence Maddox, 29, pleaded not "
            "guilty on Monday.",
            "Terrence Maddox",
        ),
        (
            "Two soldiers were stabbed at a recruitment centre in Toronto on Monday. Ayanle Hassan Ali, 28, faces "
            "nine charges.",
            "Ayanle Hassan Ali",
        ),
        (
            "A shopkeeper was shot dead in Dayton last month. Jamal Whitfield was remanded in custody on Wednesday.",
            "Jamal Whitfield",
        ),
    ],
)
def test_a_person_named_as_the_accused_in_court_is_a_suspect(text: str, name: str) -> None:
    perp = next(p for p in _incident(text).perpetrators if p.kind == "individual" and p.name == name)
    assert perp.suspected


def test_a_victim_named_in_court_news_is_no_suspect() -> None:
    text = (
        "Two people were shot dead outside a nightclub in Dallas on Sunday. Police named one of the victims as "
        "Maria Lopez, 24. A man appeared in court on Monday charged with murder."
    )
    assert "Maria Lopez" not in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "group", "claimed"),
    [
        (
            "Inmates were killed in a riot at a prison in La Ceiba on Tuesday. The prisons chief said members of the "
            "MS-13 gang had forced their way into a cell block and opened fire.",
            "MS-13",
            False,
        ),
        (
            "Gunmen killed 12 people at a town hall in Guerrero on Wednesday. A video on social media purportedly "
            "showed members of Los Rojos, a local gang, claiming the attack.",
            "Los Rojos",
            True,
        ),
        (
            "Eight inmates died when members of the Los Aztecas and Los Artistas gangs clashed inside a prison in "
            "Chihuahua on Monday.",
            "Los Artistas",
            False,
        ),
        (
            "Fighters killed 14 people near Azaz on Friday as rebel factions fought. The clashes pitted the Sham "
            "Legion, backed by Ankara, against the Hamza Front, a rival rebel faction.",
            "Hamza Front",
            False,
        ),
        (
            "A gunman killed three people in Hadera on Sunday. The Al-Aqsa Martyrs' Brigades, an armed group linked "
            "to Fatah, said in a statement that the gunman was one of its members.",
            "al-Aqsa Martyrs' Brigades",
            True,
        ),
        (
            "Two attackers stabbed a guard at a church in Lyon on Tuesday. The Islamic State group said through "
            'its Amaq agency that "two soldiers of the Islamic State" had carried out the attack.',
            "Islamic State",
            True,
        ),
    ],
)
def test_groups_tied_to_the_attack_as_outlets_word_it(text: str, group: str, claimed: bool) -> None:
    perp = next(p for p in _incident(text).perpetrators if p.name.lower() == group.lower())
    assert perp.kind == "group" and perp.claimed == claimed


def test_a_group_named_again_without_its_head_noun_is_the_same_group() -> None:
    text = (
        "Two inmates died when members of the Los Aztecas and Los Artistas gangs clashed inside a prison in "
        "Chihuahua on Monday. Prosecutors said members of Los Aztecas were behind later shootings."
    )
    assert {"Los Aztecas", "Los Artistas"} <= {p.name for p in _incident(text).perpetrators}


def test_a_country_that_says_it_struck_is_a_state_not_a_group() -> None:
    text = (
        "A missile strike killed nine people in Zaporizhzhia on Friday. Russia said it had struck a meeting of "
        "Ukrainian commanders in the city."
    )
    kinds = {p.name: p.kind for p in _incident(text).perpetrators}
    assert kinds.get("Russia") == "state"


def test_a_states_harmed_forces_do_not_make_it_a_perpetrator() -> None:
    text = (
        "Two US soldiers were killed in a drone attack on a base in Syria on Sunday. US forces have come under "
        "dozens of attacks since October."
    )
    assert "United States" not in {p.name for p in _incident(text).perpetrators}


def test_forces_by_a_nationality_the_tagger_misses_are_a_state() -> None:
    text = "Twelve soldiers were killed overnight when Azerbaijani forces shelled positions near the border."
    assert "state" in {p.kind for p in _incident(text).perpetrators}


def test_fighting_told_as_the_backdrop_of_a_strike_makes_no_side_a_perpetrator() -> None:
    text = (
        "An Israeli drone strike killed a commander in Tyre on Tuesday. The strike came as Hezbollah and Israel "
        "traded fire across the border."
    )
    assert "Hezbollah" not in {p.name for p in _incident(text).perpetrators}


def test_a_group_claiming_the_hostage_taking_claims_the_attack() -> None:
    text = (
        "Gunmen took a judge hostage at a courthouse in Ankara on Tuesday. The outlawed DHKP-C claimed the "
        "hostage-taking, posting a photograph on a website close to the group."
    )
    perp = next(p for p in _incident(text).perpetrators if "DHKP-C" in p.mentions)
    assert perp.claimed


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Gunmen shot dead the mayor of Zamora on Sunday. Michoacan is a state where the Jalisco New Generation "
            "Cartel and local gangs fight for control of drug routes.",
            "Jalisco New Generation Cartel",
        ),
        (
            "Mortar shells fired from Syria killed five civilians in Kilis on Friday. A Kurdish spokesman said Turkish "
            "air strikes had killed dozens of civilians since Wednesday.",
            "Turkey",
        ),
        (
            "Gunmen killed three guards at a camp checkpoint in Sidon on Sunday. Officials blamed members of al-Shabab "
            "al-Muslim, a small armed group in the camp.",
            "al-Shabaab",
        ),
        (
            "A bomb killed nine police officers in Mandera on Monday. No group has claimed it. Al-Shabaab has claimed "
            "many previous attacks on police in the county.",
            "",
        ),
    ],
)
def test_groups_told_only_as_background_are_no_perpetrators(text: str, absent: str) -> None:
    perps = _incident(text).perpetrators
    assert absent not in {p.name for p in perps} if absent else not any(p.claimed for p in perps)


def test_groups_a_state_says_had_attacked_its_troops_are_not_its_strikes_perpetrators() -> None:
    text = (
        "A military airstrike killed 11 villagers in Sagaing on Friday. Junta spokesman Zaw Min Tun said troops had "
        "been attacked by fighters of the Kachin Independence Army (KIA), who he said were hiding in the village."
    )
    assert "Kachin Independence Army" not in {p.name for p in _incident(text).perpetrators}


def test_the_attackers_name_in_a_biography_with_old_dates_is_a_suspect() -> None:
    text = (
        "A man killed a sacristan with a machete at a church in Cadiz on Wednesday, police said. The interior "
        "ministry said the man, who was named in the Spanish press as Karim Benhadi, had been served with a "
        "deportation order in June last year."
    )
    assert "Karim Benhadi" in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        "A top commander of Hizbul Mujahideen was killed in a gunfight with security forces in Sopore on Saturday.",
        "Three Hizbul Mujahideen fighters were killed in clashes with the army in Sopore on Saturday.",
    ],
)
def test_a_group_whose_men_fell_in_a_gunfight_was_a_side(text: str) -> None:
    assert "Hizbul Mujahideen" in {p.name for p in _incident(text).perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed nine worshippers at a church in eastern Burkina Faso on Sunday. "
        '"The attack was claimed by the Islamic State in the Greater Sahara," one security source told AFP.',
        "A car bomb killed 12 soldiers at a base near Mogadishu on Friday. The attack was claimed by al-Shabaab.",
    ],
)
def test_a_group_that_is_the_agent_of_claiming_the_attack_claims_it(text: str) -> None:
    assert any(p.claimed for p in _incident(text).perpetrators if p.kind == "group")


def test_both_nations_of_conjoined_soldiers_that_exchanged_fire_are_perpetrators() -> None:
    text = (
        "Indian and Pakistani soldiers exchanged fire across the Line of Control in Kashmir on Sunday, killing two "
        "Indian soldiers and a Pakistani civilian, officials said."
    )
    assert {"India", "Pakistan"} <= {p.name for p in _incident(text).perpetrators if p.kind == "state"}


@pytest.mark.parametrize(
    "text",
    [
        "TEGUCIGALPA (AP) - Members of the Barrio 18 gang stormed a cell block at a women's prison on Tuesday and "
        "shot dead 46 inmates, officials said.",
        "Al-Shabab fighters stormed a hotel in Mogadishu on Friday night, killing nine people, police said.",
    ],
)
def test_a_group_the_tagger_reads_as_a_person_is_no_individual(text: str) -> None:
    assert not [p.name for p in _incident(text).perpetrators if p.kind == "individual"]


@pytest.mark.parametrize(
    "text",
    [
        "BUJUMBURA (AFP) - Gunmen killed 20 people in Gatumba on Friday. Officials blamed the Red-Tabara rebel group. "
        "The group said on X that it had carried out an attack on a border post at Vugizo.",
        "MOGADISHU (AFP) - Gunmen killed 20 people in Baidoa on Friday. "
        "The Shebab said they had carried out the attack.",
    ],
)
def test_a_group_saying_it_carried_out_the_attack_claims_it(text: str) -> None:
    assert any(p.claimed for p in _incident(text).perpetrators if p.kind == "group")


def test_a_group_that_did_something_else_claims_nothing() -> None:
    text = (
        "NAIROBI (AFP) - Gunmen killed 20 people in Mandera on Friday. Human Rights Watch condemned the killings. "
        "The group said it had documented 30 similar attacks."
    )
    assert not [p for p in _incident(text).perpetrators if p.kind == "group"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DAR ES SALAAM (Reuters) - A gunman killed three police officers outside the French embassy on Wednesday. "
            "Police chief Simon Sirro said the attacker, whom he identified as Hamza Mohamed, a resident of Upanga, "
            "first attacked two officers with a knife.",
            "Hamza Mohamed",
        ),
        (
            "KYIV (AP) - A grenade thrown at police outside parliament killed one officer on Monday. Police detained a "
            "suspect. The minister identifies him as Ihor Humeniuk, a member of a nationalist party.",
            "Ihor Humeniuk",
        ),
    ],
)
def test_the_name_an_identification_gives_the_attacker_is_a_named_suspect(text: str, name: str) -> None:
    assert name in {p.name for p in _incident(text).perpetrators if p.kind == "individual"}


def test_a_group_the_attackers_fight_in_an_ongoing_war_is_no_perpetrator() -> None:
    text = (
        "JALALABAD (Reuters) - A suicide bomber killed four people at an aid office in Jalalabad on Wednesday. "
        "Islamic State Khorasan said it carried out the attack. Its fighters also battle the Taliban for control "
        "of several districts."
    )
    assert "Taliban" not in {p.name for p in _incident(text).perpetrators}
