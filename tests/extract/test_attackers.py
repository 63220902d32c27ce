"""Tests for unnamed attackers as perpetrators."""

from __future__ import annotations

import pytest
from spacy.language import Language

from polybius.extract.attackers import (
    as_state_forces,
    from_statements,
    shared_attackers,
    unnamed_attackers,
    with_unnamed,
)
from polybius.extract.nlp import load_nlp
from polybius.extract.statements import FoundStatement
from polybius.model import EventType, Evidence, Incident, Perpetrator, Statement
from polybius.pipeline import extract_text


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The shared English pipeline."""
    return load_nlp()


def names(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(name, kind) of the unnamed attackers of the first sentence."""
    sent = next(iter(nlp(text).sents))
    return [(p.name, p.kind) for p in unnamed_attackers(sent, [])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Urban guerrillas attacked a police post in the capital.", [("Urban guerrillas", "unknown")]),
        ("The bomb was planted by unidentified individuals near the bank.", [("unidentified individuals", "unknown")]),
        ("Two police officers were shot dead by a group of terrorists last night.", [("terrorists", "unknown")]),
        ("A gunman opened fire on worshippers at the mosque.", [("gunman", "individual")]),
        ("Gunmen in a pickup truck blocked the patrol car and fired on it.", [("Gunmen", "unknown")]),
        ("Bandits surrounded the bus on the highway and kidnapped 18 passengers.", [("Bandits", "group")]),
        ("Armed bandits stormed the village and abducted 30 residents.", [("Armed bandits", "group")]),
        ("Militiamen attacked the displacement camp before dawn.", [("Militiamen", "group")]),
        ("Heavily armed militiamen killed 12 herders near the river.", [("Heavily armed militiamen", "group")]),
        ("Gunmen belonging to an armed group attacked the village.", [("Gunmen", "group")]),
        ("Gunmen believed to belong to a local gang killed a trader and wounded his son.", [("Gunmen", "group")]),
        ("Attackers suspected to belong to a jihadist cell ambushed the convoy.", [("Attackers", "group")]),
        ("Militants crossed the river at night and attacked the army post.", [("Militants", "unknown")]),
        ("Suspected Allied Democratic Forces (ADF) rebels attacked the village.", [("rebels", "unknown")]),
        ("Police said terrorists staged three bomb attacks against banks in Santiago.", [("terrorists", "unknown")]),
        ("Six priests were machinegunned by men wearing military uniforms.", [("men", "unknown")]),
        ("Two hundred people have been killed by drug traffickers this year.", [("drug traffickers", "unknown")]),
        ("Relatives said the farmers were murdered by death squads.", [("death squads", "unknown")]),
    ],
)
def test_attackers_of_an_attack_verb(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert names(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The guerrillas said they were ready for talks with the government.",
        "Soldiers killed two guerrillas in a clash near the border.",
        "Several men were detained after the attack on the market.",
        "Two police officers shot dead in Mexican state of Guerrero",
        "Three soldiers killed in roadside blast in Kashmir",
        "Four aid workers kidnapped near Maiduguri",
        "Nine soldiers were on patrol and were wounded when a bomb exploded.",
    ],
)
def test_no_attacker_without_an_attack_role(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_with_unnamed_merges_heads_and_keeps_named_individuals() -> None:
    named = Perpetrator(name="John Smith", kind="individual")
    unnamed = [
        Perpetrator(name="Unidentified gunmen", kind="unknown", mentions=["Unidentified gunmen"]),
        Perpetrator(name="gunmen", kind="unknown", mentions=["gunmen"]),
        Perpetrator(name="the gunman", kind="individual", mentions=["the gunman"]),
    ]
    merged = with_unnamed([named], unnamed)
    assert [p.name for p in merged] == ["John Smith", "Unidentified gunmen"]
    assert merged[1].mentions == ["Unidentified gunmen", "gunmen", "the gunman"]


def test_with_unnamed_leaves_the_lone_attacker_alone() -> None:
    lone = Perpetrator(name="A gunman", kind="individual")
    assert with_unnamed([lone], [Perpetrator(name="gunman", kind="individual")]) == [lone]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The army bombed the village of San Jose, killing 12 civilians.", [("army", "state")]),
        ("Israeli forces killed three Palestinians in Jenin on Monday.", [("Israel", "state")]),
        (
            "Indian troops fired on a passenger bus near the frontier.",
            [("Indian troops", "unknown"), ("India", "state")],
        ),
        (
            "Kyrgyz troops opened fire with heavy weapons on villages.",
            [("Kyrgyz troops", "unknown"), ("Kyrgyzstan", "state")],
        ),
        ("Soldiers opened fire on the demonstrators in the main square.", [("Soldiers", "unknown")]),
        (
            "Guatemalan army troops killed nine peasants by mistake.",
            [("Guatemalan army troops", "unknown"), ("army", "state")],
        ),
    ],
)
def test_state_forces_that_attack_are_perpetrators(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert names(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead the attacker outside the station.",
        "Security forces killed three militants in a raid on their hideout.",
        "Troops attacked rebel positions in the north of the province.",
    ],
)
def test_forces_striking_attackers_are_no_perpetrators(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_hedged_attack_makes_its_attackers_suspects(nlp: Language) -> None:
    sent = next(iter(nlp("The bomb was allegedly detonated by urban guerrillas near the power plant.").sents))
    [perp] = unnamed_attackers(sent, [])
    assert perp.name == "urban guerrillas" and perp.suspected


def _statement(
    kind: str, speaker: str | None = None, target: str | None = None, sentence: str = "", start: int = 0
) -> FoundStatement:
    """A statement found in `sentence`, which starts at `start` in the document."""
    ev = Evidence(start=start, end=start + len(sentence), text=sentence)
    return FoundStatement(Statement(type=kind, speaker=speaker, target=target, evidence=[ev]), 0)


def test_a_claim_by_the_unnamed_attackers_claims_for_the_group() -> None:
    group = Perpetrator(name="Zarate Willka Armed Forces of Liberation", kind="group", suspected=True)
    [perp] = from_statements([group], [_statement("claim_responsibility", speaker="the terrorists")])
    assert perp.claimed and not perp.suspected


def test_an_accused_force_is_a_suspected_perpetrator() -> None:
    sentence = "The command blamed certain officers of the armed forces for the murders."
    [perp] = from_statements([], [_statement("accusation", "The command", "certain officers", sentence, 40)])
    assert (perp.name, perp.kind, perp.suspected) == ("certain officers", "unknown", True)
    assert perp.evidence[0].start == 40 + sentence.index("certain officers")


def test_no_accused_phrase_is_added_once_a_group_claimed() -> None:
    group = Perpetrator(name="Tupac Amaru Revolutionary Movement", kind="group", claimed=True)
    found = [_statement("accusation", "sources", "the police", "Sources blamed the police.")]
    assert from_statements([group], found) == [group]


def test_a_state_force_that_claims_is_a_claimed_perpetrator() -> None:
    sentence = "The Salvadoran army admitted responsibility for the deaths."
    found = [_statement("claim_responsibility", "Salvadoran army", None, sentence, 10)]
    [perp] = from_statements([Perpetrator(name="a soldier", kind="individual")], found)[1:]
    assert (perp.name, perp.kind, perp.claimed) == ("Salvadoran army", "state", True)
    assert perp.evidence[0].start == 10 + sentence.index("Salvadoran army")


def test_members_of_a_force_responsible_for_a_massacre_are_suspects(nlp: Language) -> None:
    sent = next(iter(nlp("Cristiani acknowledged that members of the army were responsible for the massacre.").sents))
    [perp] = unnamed_attackers(sent, [])
    assert (perp.name, perp.kind, perp.suspected) == ("army", "state", True)


def test_the_attackers_blaming_others_add_no_perpetrator() -> None:
    ira = Perpetrator(name="Provisional Irish Republican Army", kind="group")
    sentence = "The IRA tried to blame the security forces for failing to act on warnings."
    blame = FoundStatement(
        Statement(
            type="accusation",
            speaker="IRA",
            target="security forces",
            evidence=[Evidence(start=0, end=len(sentence), text=sentence)],
        ),
        0,
        speaker_actor="Provisional Irish Republican Army",
    )
    assert from_statements([ira], [blame]) == [ira]


@pytest.mark.parametrize(
    "text",
    [
        "A man stabbed three people at a shopping centre before he was shot dead by police.",
        "Woman killed in shopping centre stabbing; attacker shot dead by police",
        "Police killed a man who had stabbed two people at the station.",
        "Gunman kills three at Ohio mall, shot dead by police",
        "Gunman holds four hostage at Texas church, killed by police",
        "Knifeman stabs two in Leeds before being shot by armed officers",
        "A Palestinian stabbed a border police officer at the checkpoint and was shot dead by troops.",
        "The army said its troops killed two of the attackers in the exchange of fire.",
    ],
)
def test_police_who_stop_the_attacker_are_no_perpetrators(nlp: Language, text: str) -> None:
    found = [p.name.lower() for s in nlp(text).sents for p in unnamed_attackers(s, [])]

    assert not [name for name in found if any(w in name for w in ("police", "officers", "troops"))]


def test_claiming_units_with_no_other_perpetrator_are_the_perpetrators() -> None:
    sentence = "Our units also sabotaged the electrical system."
    [perp] = from_statements([], [_statement("claim_responsibility", "units", None, sentence, 0)])
    assert (perp.name, perp.kind, perp.claimed) == ("units", "unknown", True)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Early today unidentified persons placed 11 bombs in bank branches.", [("unidentified persons", "unknown")]),
        (
            "National police members seized three university students on Monday.",
            [("National police members", "unknown"), ("police", "state")],
        ),
        ("The criminals, riding motorcycles, shot the driver.", [("criminals", "unknown")]),
    ],
)
def test_more_attackers_of_an_attack(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert names(nlp, text) == want


def test_a_force_claim_marks_the_named_state_claimed() -> None:
    israel = Perpetrator(name="Israel", kind="state")
    sentence = "The Israeli military said it had struck the building."
    [perp] = from_statements([israel], [_statement("claim_responsibility", "Israeli military", None, sentence, 0)])
    assert perp.name == "Israel" and perp.claimed


def test_the_organization_that_claimed_speaks_for_the_group() -> None:
    group = Perpetrator(name="Zarate Willka Armed Forces of Liberation", kind="group")
    [perp] = from_statements([group], [_statement("claim_responsibility", "this alleged organization")])
    assert perp.claimed


def test_our_forces_claiming_claims_for_the_group() -> None:
    group = Perpetrator(name="Farabundo Marti National Liberation Front", kind="group")
    [perp] = from_statements([group], [_statement("claim_responsibility", "our forces")])
    assert perp.claimed


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "EL FASHER, Sudan (Reuters) - Army drones struck a camp for displaced people near El Fasher on Friday, "
            "killing 30 people, activists said. The Sudanese Armed Forces (SAF) did not comment.",
            "Sudanese Armed Forces",
        ),
        (
            "MAIDUGURI, Nigeria (AP) - The army bombed a village in Borno state on Sunday, killing 16 civilians, "
            "residents said.",
            "Nigerian Armed Forces",
        ),
        (
            "Government forces shelled a market in Tarkwa on Monday, killing nine people. Myanmar's military denied "
            "targeting civilians.",
            "Myanmar Armed Forces",
        ),
        (
            "SAGAING, Myanmar (AP) - A junta airstrike on a monastery in Sagaing region killed 20 people on Tuesday, "
            "a local resistance group said.",
            "Myanmar Armed Forces",
        ),
        (
            "KADUNA, Nigeria (Reuters) - A military airstrike mistakenly killed 85 civilians at a religious "
            "gathering in Kaduna state on Sunday, officials said.",
            "Nigerian Armed Forces",
        ),
    ],
)
def test_a_force_named_by_a_common_noun_is_the_countrys_armed_forces(text: str, state: str) -> None:
    [incident] = extract_text(text).incidents
    forces = [p for p in incident.perpetrators if p.kind == "state"]

    assert [p.name for p in forces] == [state]
    assert forces[0].mentions and forces[0].mentions[0].lower() != state.lower()


def test_a_force_named_with_its_nation_keeps_its_name() -> None:
    perps = [Perpetrator(name="Israeli forces", kind="state", mentions=["Israeli forces"])]

    assert [p.name for p in as_state_forces(perps, "Israeli forces raided Jenin. The army said ...", "PS")] == [
        "Israeli forces"
    ]


@pytest.mark.parametrize("name", ["police", "the government", "security forces", "National Guard"])
def test_police_or_a_government_are_not_renamed_as_the_armed_forces(name: str) -> None:
    perps = [Perpetrator(name=name, kind="state", mentions=[name])]

    assert [p.name for p in as_state_forces(perps, "Police opened fire on protesters in Khartoum.", "SD")] == [name]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Six priests were murdered at dawn by men wearing military uniforms.", [("men", "unknown")]),
        ("Men in military fatigues opened fire on a bus near Bamenda.", [("Men", "unknown")]),
        ("A woman stabbed two children at a nursery in Lyon on Friday.", [("woman", "individual")]),
        ("Two masked individuals set fire to the mayor's office in Tumaco.", [("Two masked individuals", "unknown")]),
    ],
)
def test_a_plain_person_noun_that_did_a_violent_act_is_an_attacker(
    nlp: Language, text: str, want: list[tuple[str, str]]
) -> None:
    assert names(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "A man drove his wounded neighbour to the hospital in Leeds.",
        "Two men carried the injured out of the rubble in Kharkiv.",
        "Three women were killed when the roof collapsed in Lagos.",
    ],
)
def test_a_plain_person_noun_with_no_violent_act_is_no_attacker(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lethbridge police investigating deliberately set fire at mosque as suspected hate crime",
        "Police probing the shooting at a bar in Tulsa arrested two men on Sunday.",
        "Detectives investigating the stabbing in Leeds released CCTV images on Monday.",
    ],
)
def test_police_investigating_an_attack_are_no_attackers(nlp: Language, text: str) -> None:
    found = [p.name.lower() for s in nlp(text).sents for p in unnamed_attackers(s, [])]

    assert not [name for name in found if "police" in name or "detectives" in name]


def _record_incident(text: str) -> Incident:
    """The one incident extracted from a text."""
    incidents = extract_text(text).incidents
    assert len(incidents) == 1
    return incidents[0]


@pytest.mark.parametrize(
    ("text", "force", "mention"),
    [
        (
            "Iran's Revolutionary Guards struck positions of a Kurdish opposition group near Koya in northern Iraq "
            "with drones on Tuesday, killing two people, Kurdish officials said. Iran's Islamic Revolutionary Guard "
            'Corps (IRGC) said in a statement that its ground forces had targeted "terrorist headquarters".',
            "Islamic Revolutionary Guard Corps",
            "IRGC",
        ),
        (
            "An airstrike on a school sheltering displaced families in Gaza City killed at least 15 people on "
            "Saturday, civil defence officials said. The Israel Defense Forces (IDF) said its aircraft had hit a "
            "Hamas command centre inside the compound.",
            "Israel Defense Forces",
            "IDF",
        ),
    ],
)
def test_a_state_force_that_says_it_struck_is_a_claimed_state_perpetrator(text: str, force: str, mention: str) -> None:
    perps = [p for p in _record_incident(text).perpetrators if p.name == force]

    assert [(p.kind, p.claimed) for p in perps] == [("state", True)]
    assert mention in perps[0].mentions


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "A Russian missile strike on an apartment block in Dnipro killed five people on Wednesday, Ukrainian "
            "officials said. Russia's defence ministry said its forces had struck Ukrainian military facilities.",
            "Russia",
        ),
        (
            "A Turkish drone strike on a car near Sulaimaniyah killed three people on Friday, a Kurdish security "
            "official said. Turkey's defence ministry said its forces had struck PKK terrorists in the area.",
            "Turkey",
        ),
        (
            "An Israeli drone strike on a car in southern Lebanon killed two people on Monday, Lebanon's health "
            "ministry said. The Israeli military said it struck a Hezbollah operative who was planning attacks.",
            "Israel",
        ),
    ],
)
def test_a_ministry_or_army_saying_its_forces_struck_makes_its_state_claim_the_attack(text: str, state: str) -> None:
    states = [(p.name, p.claimed) for p in _record_incident(text).perpetrators if p.kind == "state"]

    assert states == [(state, True)]


def test_a_state_force_that_denies_striking_claims_nothing() -> None:
    text = (
        "A drone strike on a market in Nyala killed 12 people on Sunday, local officials said. The Sudanese army "
        "said it had not carried out any strikes in the area."
    )

    assert not any(p.claimed for p in _record_incident(text).perpetrators)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A hand grenade thrown at a phone shop in Lyari left three people dead on Saturday, police said. Two men "
            "on a motorcycle stopped outside the shop and one of them lobbed the grenade inside.",
            2,
        ),
        ("A pair of gunmen shot dead a bank manager outside his home in Ikeja on Monday morning, police said.", 2),
        ("A man was shot dead outside a store in Houston on Saturday. The two suspects fled in a pickup truck.", 2),
        (
            "Three people were injured in a stabbing at a shopping centre in Bondi on Sunday. Police said a single "
            "attacker was involved.",
            1,
        ),
        (
            "A blast injured 13 people outside a bakery in Lyon on Friday. Police were searching for a man believed "
            "to be responsible for the blast.",
            1,
        ),
        (
            "A man who held 37 people hostage on a bus on a bridge in Rio de Janeiro has been shot dead by a police "
            "sniper, officials say.",
            1,
        ),
        ("A woman who stabbed three people at a train station in Hamburg was arrested on Friday, police said.", 1),
        ("An armed man took three bank employees hostage in Rotterdam on Tuesday, police said.", 1),
    ],
)
def test_the_number_of_attackers_as_outlets_word_it(text: str, count: int) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == count
    assert found.evidence[0].text == text[found.evidence[0].start : found.evidence[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a motorcycle were shot dead by gunmen in Karachi on Saturday, police said.",
        "Two men on a motorbike died when a bomb exploded beside the road in Quetta on Monday.",
    ],
)
def test_people_on_a_motorcycle_who_were_harmed_are_not_counted_as_attackers(text: str) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is None or found.value != 2


def test_the_gunmen_said_earlier_to_belong_to_a_gang_are_a_group_in_the_second_attack() -> None:
    text = (
        "Gunmen believed to belong to a bandit gang killed nine villagers in Malumfashi on Friday. The gunmen "
        "invaded the village and opened fire on farmers returning from the market."
    )

    assert [p.kind for p in _record_incident(text).perpetrators] == ["group"]


@pytest.mark.parametrize(
    "text",
    [
        "A schoolteacher was shot dead when unidentified motorcyclists opened fire on him near Sariab Road in Quetta "
        "on Monday, police said.",
        "Two bikers opened fire on a police van in Peshawar on Tuesday, killing a constable, officials said.",
    ],
)
def test_motorcyclists_who_open_fire_are_unnamed_attackers(text: str) -> None:
    assert [p.kind for p in _record_incident(text).perpetrators] == ["unknown"]


@pytest.mark.parametrize(
    "text",
    [
        "A man threw a hand grenade at a crowd near the market in Jolo on Saturday, killing two. Witnesses said the "
        "suspect arrived on a motorcycle driven by an accomplice.",
        "A gunman shot dead a shopkeeper in Soweto on Friday. Police said a second gunman waited in a car nearby.",
    ],
)
def test_one_attacker_and_an_accomplice_are_two(text: str) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A three-man team of attackers stormed a government compound in Jalalabad on Sunday, killing four guards.", 3),
        ("A five-member cell of militants carried out the bombing of a nightclub in Istanbul, killing 11 people.", 5),
    ],
)
def test_a_unit_counted_by_its_size_gives_the_number_of_attackers(text: str, count: int) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == count


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Armed herders killed at least 20 villagers in Plateau state on Sunday night.",
            [("Armed herders", "unknown")],
        ),
        ("Suspected herdsmen attacked a farming village in Benue, killing 12.", [("Suspected herdsmen", "unknown")]),
    ],
)
def test_armed_herders_are_unnamed_attackers(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert names(nlp, text) == want


def test_police_who_shot_and_wounded_the_attacker_are_no_perpetrator() -> None:
    text = (
        "Two police officers were stabbed outside a station in Paris on Wednesday. The attacker, a 25-year-old man, "
        "was shot and wounded by police."
    )

    assert "state" not in [p.kind for p in _record_incident(text).perpetrators]


def test_people_believed_responsible_are_counted() -> None:
    text = (
        "Three people were killed in a knife attack at a festival in Solingen on Friday. Police said they were "
        "searching for two brothers believed to be responsible for the attack."
    )
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == 2


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas to disperse a crowd that gathered after the blast in Nairobi on Tuesday.",
        "Soldiers fired warning shots into the air as residents fled the market in Goma.",
        "Malian special forces stormed the hotel in Bamako and freed 80 hostages held by gunmen.",
    ],
)
def test_a_force_controlling_a_crowd_or_freeing_hostages_is_no_attacker(nlp: Language, text: str) -> None:
    assert [kind for _, kind in names(nlp, text) if kind == "state"] == []
    assert not [name for name, _ in names(nlp, text) if name.lower().endswith(("police", "soldiers", "forces"))]


def test_a_force_that_fires_missiles_from_the_air_is_still_an_attacker(nlp: Language) -> None:
    assert names(nlp, "The army fired missiles from the air at a village near Maiduguri, killing 12.") == [
        ("army", "state")
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Militants attacked a police station in Bannu on Monday, killing two policemen. One of the attackers was "
            "shot dead while two others escaped, police said.",
            3,
        ),
        (
            "A man was shot dead in Hackney on Sunday night. Police said they were looking for three men who fled "
            "the scene in a dark car.",
            3,
        ),
        ("Two people were shot dead outside a nightclub in Dallas. Officers are hunting two suspects.", 2),
    ],
)
def test_attackers_counted_as_caught_and_escaped_or_sought(text: str, count: int) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == count


def test_people_rescuers_search_for_are_not_attackers() -> None:
    text = (
        "A bomb killed four people at a market in Istanbul on Tuesday. Rescuers said they were searching for three "
        "men missing under the rubble."
    )

    assert _record_incident(text).perpetrator_count is None


def test_attackers_riding_a_motorcycle_are_counted() -> None:
    text = (
        "Two policemen were martyred when terrorists opened fire on a police mobile near Domel on Wednesday. "
        "According to police, two terrorists riding a motorcycle ambushed the van and escaped after the attack."
    )
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == 2


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a checkpoint in North Waziristan on Monday, killing four soldiers. Pakistan's army said "
        "its forces later killed six of the attackers in a follow-up operation.",
        "Boko Haram fighters killed 12 farmers near Konduga on Saturday. The Nigerian military said its troops had "
        "neutralised several terrorists in a counter-attack.",
    ],
)
def test_a_force_saying_it_killed_the_attackers_claims_no_attack(text: str) -> None:
    assert "state" not in [p.kind for p in _record_incident(text).perpetrators]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Gunmen stormed a mosque in Kano state on Friday, killing six worshippers. The attackers, four men in "
            "military uniform, escaped on motorcycles.",
            4,
        ),
        (
            "Two police officers were wounded in a knife attack at a station in Paris on Monday. Police said a man "
            "and a woman carried out the attack and were both arrested.",
            2,
        ),
        ("A teenager was stabbed to death in Brixton on Friday. Two suspects, aged 19 and 21, have been arrested.", 2),
    ],
)
def test_attackers_counted_in_an_apposition_a_pair_or_an_arrest(text: str, count: int) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == count
    assert found.evidence[-1].text == text[found.evidence[-1].start : found.evidence[-1].end]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gunmen believed to be members of al-Shabaab stormed a hotel in Mogadishu on Friday.", "Gunmen"),
        ("Militants thought to belong to Islamic State attacked a checkpoint in Sinai.", "Militants"),
        ("Guerrillas presumed to be members of the ELN dynamited the oil pipeline again.", "Guerrillas"),
        ("Assailants said to be from a rival clan shot dead three traders at a market in Mandera.", "Assailants"),
        ("Suspected jihadists killed 15 civilians in an attack on a village in Burkina Faso.", "Suspected jihadists"),
        ("Suspected militants ambushed a police convoy in Khyber district on Tuesday.", "Suspected militants"),
        ("Two aid workers were abducted by alleged kidnappers near Gao.", "alleged kidnappers"),
        ("Police suspect drug traffickers carried out the bombing.", "drug traffickers"),
        ("Separatist militants were suspected of planting the device.", "Separatist militants"),
        ("Two rebels accused of killing the mayor were arrested on Monday.", "Two rebels"),
        ("Drug gangs blamed for the bombing have threatened the judge.", "Drug gangs"),
    ],
)
def test_attackers_said_to_be_of_a_group_or_called_suspected_are_suspects(nlp: Language, text: str, want: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert [(p.name, p.suspected) for p in unnamed_attackers(sent, [])] == [(want, True)]


def test_a_reported_attack_is_no_suspicion(nlp: Language) -> None:
    sent = next(iter(nlp("Police said gunmen stormed the hotel on Friday.").sents))
    assert [(p.name, p.suspected) for p in unnamed_attackers(sent, [])] == [("gunmen", False)]


def test_an_accused_phrase_is_added_when_the_only_perpetrators_are_suspects() -> None:
    colonel = Perpetrator(name="Hector Hernandez", kind="individual", suspected=True)
    sentence = "The command blamed certain officers of the armed forces for the murders."
    found = [_statement("accusation", "The command", "certain officers", sentence, 40)]
    assert [p.name for p in from_statements([colonel], found)] == ["Hector Hernandez", "certain officers"]


def test_an_accused_phrase_is_added_beside_unnamed_attackers() -> None:
    gunmen = Perpetrator(name="Gunmen", kind="unknown")
    sentence = "Police blamed the killings on bandits."
    found = [_statement("accusation", "Police", "bandits", sentence, 60)]
    assert [(p.name, p.suspected) for p in from_statements([gunmen], found)] == [("Gunmen", False), ("bandits", True)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police said the attackers, estimated at about five, had spent two days in Bunia before they set fire "
            "to the school on Friday.",
            5,
        ),
        ("Gunmen numbering about 30 stormed the village of Kuki in Zamfara state on Sunday, killing 11 people.", 30),
        ("A shopkeeper was shot dead by three men on motorcycles in the Lyari area of Karachi on Thursday.", 3),
        ("Two journalists were abducted by five armed men in the state of Guerrero on Saturday, prosecutors said.", 5),
        ("Four inmates took three prison officers hostage at a jail in Kherson region on Monday, officials said.", 4),
        (
            "The attack on the consulate in Karachi was carried out by three militants armed with rifles, police "
            "said. Two policemen were killed.",
            3,
        ),
        ("Some 100 jihadists on motorbikes attacked the village of Tchoma Bangou on Saturday, killing 70 people.", 100),
    ],
)
def test_attackers_counted_by_estimate_agent_or_hostage_taking(text: str, count: int) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == count
    assert found.evidence[0].text == text[found.evidence[0].start : found.evidence[0].end]


def test_prisoners_killed_in_an_attack_are_not_counted_as_attackers() -> None:
    text = "Six prisoners were killed when gunmen attacked a prison in Kano state on Monday, officials said."
    found = _record_incident(text).perpetrator_count

    assert found is None or found.value != 6


@pytest.mark.parametrize(
    "text",
    [
        "Two hostages died after police stormed the cafe in Martin Place early on Tuesday.",
        "A gunman held customers at a supermarket in Trebes for three hours before officers raided the shop.",
    ],
)
def test_police_storming_a_place_are_no_perpetrators(nlp: Language, text: str) -> None:
    assert not [n for n in names(nlp, text) if "police" in n[0].lower() or "officers" in n[0].lower()]


def test_police_shooting_people_are_still_perpetrators(nlp: Language) -> None:
    text = "Police shot dead three protesters in Nairobi on Tuesday as officers stormed a rally against tax rises."
    assert ("Police", "state") in names(nlp, text)


def test_police_who_shot_the_named_gunman_are_no_perpetrators() -> None:
    text = (
        "A gunman held 17 people hostage in a cafe in Sydney on Monday. Police confirmed the gunman was Man Haron "
        "Monis, 50. Monis was shot dead by police during the raid."
    )
    perps = {(p.name, p.kind) for p in _record_incident(text).perpetrators}
    assert ("Man Haron Monis", "individual") in perps
    assert not [p for p in perps if p[1] == "state"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "An air strike by the Saudi-led coalition on a prison in Saada killed at least 70 people on Friday.",
            "Saudi-led coalition",
        ),
        ("A US-led coalition air strike killed 12 civilians near Raqqa on Monday, activists said.", "US-led coalition"),
    ],
)
def test_a_led_coalition_is_a_state_perpetrator(text: str, want: str) -> None:
    assert (want, "state") in {(p.name, p.kind) for p in _record_incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The spy agency concluded that Iran's Islamic Revolutionary Guard Corps had directed the arson attack on "
            "a synagogue in Melbourne on December 6.",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "Police said on Thursday that Russian military intelligence had orchestrated an arson attack on a "
            "warehouse in east London in March.",
            "Russia",
        ),
        (
            "An arson attack destroyed a kosher restaurant in Bondi in October. Australia's spy agency said on "
            "Tuesday that Iran was behind the attack.",
            "Iran",
        ),
        (
            "A hand grenade was thrown at the Israeli embassy in Stockholm on Tuesday. Swedish police said the attack "
            "was orchestrated by Iran using local criminal gangs.",
            "Iran",
        ),
    ],
)
def test_a_state_that_directed_an_attack_is_a_suspected_perpetrator(text: str, want: str) -> None:
    perp = next(p for p in _record_incident(text).perpetrators if want in p.name)
    assert perp.kind == "state" and perp.suspected and not perp.claimed


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed nine people at a market in Quetta on Monday. Iran condemned the attack.",
        "LA PAZ (AP) - A former intelligence officer said on Monday that Cuban prime minister Fidel Castro ordered "
        "the killing of Bolivian general Joaquin Zenteno Anaya in Paris in 1976.",
    ],
)
def test_no_state_from_a_condemnation_or_a_leader_named_by_nationality(text: str) -> None:
    assert not [p for p in _record_incident(text).perpetrators if p.kind == "state"]


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Rockets fired from Cambodia struck a petrol station in Sisaket province on Thursday, killing six "
            "people, according to the Thai army.",
            None,
            "Thailand",
        ),
        (
            "Indian shelling across the Line of Control killed three civilians in the Neelum valley on Sunday, "
            "according to the Pakistani army.",
            "India",
            "Pakistan",
        ),
    ],
)
def test_a_force_quoted_as_a_source_is_no_perpetrator(text: str, want: str | None, not_want: str) -> None:
    perps = {p.name for p in _record_incident(text).perpetrators}
    assert not_want not in perps
    assert want is None or want in perps


def test_the_side_said_to_have_fired_first_is_no_perpetrator(nlp: Language) -> None:
    text = "Cambodia's defence ministry said Thai troops had opened fire first near the temple on Thursday."
    assert not names(nlp, text)


@pytest.mark.parametrize(
    ("speaker", "target", "sentence", "added"),
    [
        (
            "Russia's prison service (FSIN)",
            "Special forces",
            "Special forces have stormed the detention centre, Russia's prison service (FSIN) said.",
            False,
        ),
        (
            "the interior ministry",
            "Security forces",
            "Security forces stormed the hotel where gunmen held guests, the interior ministry said.",
            False,
        ),
        (
            "Pakistan's foreign ministry",
            "Afghan forces",
            "Pakistan's foreign ministry accused Afghan forces of shelling the village.",
            True,
        ),
    ],
)
def test_a_state_body_reporting_its_own_forces_accuses_no_one(
    speaker: str, target: str, sentence: str, added: bool
) -> None:
    perps = from_statements([], [_statement("accusation", speaker, target, sentence, 0)])
    assert bool(perps) is added


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Saudi-led coalition has stepped up its campaign this month. On Friday a coalition air strike killed "
            "three children playing football in Hodeidah, the UN children's agency said.",
            {"Saudi-led coalition"},
        ),
        (
            "The US-led coalition said it was investigating. Coalition warplanes struck a building in western Mosul "
            "on Friday, killing at least 20 civilians, residents said.",
            {"US-led coalition"},
        ),
        ("A coalition of armed groups attacked the town of Damboa on Sunday, killing 12 villagers.", set()),
        ("The rebel coalition attacked the town of Bouar on Sunday, killing five civilians.", set()),
    ],
)
def test_the_coalition_is_the_military_coalition_the_text_names(text: str, want: set[str]) -> None:
    assert {p.name for p in _record_incident(text).perpetrators if p.kind == "state"} == want


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("A gunman killed four people in central Vienna on Monday night before being shot dead by police.", False),
        ("A demonstrator died in hospital in Kisumu on Tuesday after being shot by police.", True),
    ],
)
def test_police_who_shot_the_subject_of_an_attack_clause(nlp: Language, text: str, police: bool) -> None:
    assert (("police", "state") in names(nlp, text)) is police


@pytest.mark.parametrize(
    "text",
    [
        "KHARTOUM, Sudan - A drone strike on a market in southern Khartoum killed at least 40 people on Sunday, "
        "a volunteer group said. The Rapid Support Forces (RSF) accused the army of carrying out the strike.",
        "KHARTOUM, Sudan - A drone strike on a market in southern Khartoum killed at least 40 people on Sunday, "
        "a volunteer group said. Activists said the strike was carried out by an army drone.",
    ],
)
def test_the_army_an_armed_group_or_witnesses_accuse_is_the_state_perpetrator(text: str) -> None:
    perps = extract_text(text).incidents[0].perpetrators
    assert [(p.name, p.kind, p.claimed) for p in perps] == [("Sudanese Armed Forces", "state", False)]


def test_a_person_who_was_taken_hostage_is_no_attacker_counted() -> None:
    text = (
        "A man who was taken hostage at a bank in Zurich was freed unharmed on Monday after police stormed the "
        "building, police said."
    )
    assert _record_incident(text).perpetrator_count is None


def test_a_group_the_police_say_the_attackers_belong_to_is_a_group_perpetrator() -> None:
    text = (
        "Two police officers were killed on Thursday when armed men attacked three police stations in the town of "
        "Mocimboa da Praia, the police said. The police spokesman said the attackers belonged to a group of young men "
        "who follow a radical religious doctrine."
    )
    assert "group" in {p.kind for p in _record_incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Arsonists set fire to a synagogue in Melbourne on Friday, police said. Australian intelligence officials "
            "said Tehran had directed the arson attack through criminal proxies.",
            "Iran",
        ),
        (
            "A drone strike hit an apartment block in Kharkiv on Sunday, killing five people, officials said. Kyiv "
            "blamed Moscow for the attack.",
            "Russia",
        ),
        (
            "An air strike killed 12 people in Beirut on Monday. Hezbollah accused Israel of carrying out the strike.",
            "Israel",
        ),
        (
            "A North Korean defector was stabbed in Seoul on Friday. South Korean officials said they suspected "
            "Pyongyang was behind the attack.",
            "North Korea",
        ),
    ],
)
def test_a_state_or_its_capital_accused_of_the_attack_is_a_suspected_state(text: str, state: str) -> None:
    assert state in {p.name for p in _record_incident(text).perpetrators if p.kind == "state" and not p.claimed}


def test_a_state_blamed_in_the_past_for_attacks_in_general_is_no_perpetrator() -> None:
    text = (
        "Gunmen killed two police officers at a post in Khasavyurt on Monday. Russian officials have in the past "
        "blamed Ukraine for militant attacks on Russian soil."
    )
    assert "Ukraine" not in {p.name for p in _record_incident(text).perpetrators}


def test_the_governments_own_national_forces_ending_a_siege_are_no_perpetrator() -> None:
    text = (
        "Gunmen seized a hotel in Mopti on Friday and held guests hostage. Malian special forces stormed the hotel "
        "on Saturday, ending the siege and freeing four hostages, the government said."
    )
    assert not [p for i in extract_text(text).incidents for p in i.perpetrators if p.kind == "state"]


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        (
            "An air strike hit a market in Ariha on Monday, killing seven civilians. "
            "Russia's defence ministry said its jets struck a militant command post in the area.",
            True,
        ),
        (
            "An air strike hit a market in Ariha on Monday, killing seven civilians. Russia's defence ministry has "
            'in the past said its air force only targets "terrorist" positions in the province.',
            False,
        ),
    ],
)
def test_a_state_telling_what_its_forces_do_as_a_practice_claims_nothing(text: str, claimed: bool) -> None:
    states = [p for i in extract_text(text).incidents for p in i.perpetrators if p.kind == "state"]
    assert any(p.claimed for p in states) is claimed


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed on Sunday when two motorcycle-borne men lobbed a grenade at a hall in Amritsar.",
        "Two bike-borne assailants shot dead a shopkeeper in Karachi's Orangi Town on Friday night, police said.",
    ],
)
def test_attackers_counted_as_borne_by_a_motorcycle_are_counted(text: str) -> None:
    [incident] = extract_text(text).incidents
    assert incident.perpetrator_count is not None and incident.perpetrator_count.value == 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A 24-year-old Eritrean asylum seeker stabbed two commuters at Duisburg station on Friday, police said.",
            "asylum seeker",
        ),
        ("A 34-year-old nurse was shot dead outside a clinic in Malmo on Friday, police said.", None),
    ],
)
def test_a_person_given_an_age_who_attacked_is_an_individual_perpetrator(text: str, want: str | None) -> None:
    [incident] = extract_text(text).incidents
    names = [p.name for p in incident.perpetrators if p.kind == "individual"]
    assert any(n.endswith(want) for n in names) if want else not names


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 24-year-old Eritrean asylum seeker stabbed two commuters at Duisburg station on Friday, police said.", 1),
        ("A 34-year-old nurse was shot dead outside a clinic in Malmo on Friday, police said.", None),
    ],
)
def test_one_person_given_an_age_who_attacked_is_one_attacker(text: str, count: int | None) -> None:
    [incident] = extract_text(text).incidents
    assert (incident.perpetrator_count.value if incident.perpetrator_count else None) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A man stabbed three people at a shopping centre in Stockholm on Friday, police said. Investigators were "
            "trying to establish whether there was a second attacker.",
            1,
        ),
        (
            "A gunman opened fire at a mosque in Quebec City on Sunday, killing six people. Police said they were "
            "looking for a possible accomplice.",
            1,
        ),
        (
            "All five people held hostage at a bank in Dortmund were freed unharmed on Thursday after police stormed "
            "the building. Police named the captor as Jens Mahler, 41.",
            1,
        ),
        (
            "A man armed with a knife wounded four people at a bus stop in Lyon on Friday before being shot by "
            "police. Prosecutors named him as Karim Laouari.",
            1,
        ),
    ],
)
def test_hostages_victims_and_possible_accomplices_are_not_counted_as_attackers(text: str, count: int) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == count
    assert found.evidence[0].text == text[found.evidence[0].start : found.evidence[0].end]


def test_a_lone_attacker_known_by_name_is_one_attacker() -> None:
    text = (
        "Four people were shot dead at two homes in Kelowna on Monday. Gordon Wilkes, 70, appeared in court on "
        "Tuesday charged with four counts of murder."
    )
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == 1 and found.evidence[0].text == "Gordon Wilkes"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The first bomber detonated her explosives at a wedding in Konduga on Saturday. Minutes later another "
            "attacker blew herself up near the market, and a third struck at the hospital.",
            3,
        ),
        (
            "Two female suicide bombers blew themselves up at a market in Kano on Wednesday, killing 15 people. A "
            "third bomber was arrested before she could detonate her explosives, police said.",
            3,
        ),
        ("A gunman shot dead two people at a cafe in Malmo on Saturday. A third died later in hospital.", 1),
    ],
)
def test_attackers_told_one_by_one_are_counted_by_the_highest_ordinal(text: str, count: int) -> None:
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == count


def test_one_attacker_as_the_agent_of_the_attack_is_one() -> None:
    text = "A mayor was shot dead in Batangas on Monday. Police said the shot was fired by a sniper from a field."
    found = _record_incident(text).perpetrator_count

    assert found is not None and found.value == 1 and found.evidence[0].text == "a sniper"


def test_a_police_sniper_is_no_attacker_counted() -> None:
    text = "A hostage-taker was shot dead by a police sniper at a bank in Lyon on Friday after holding four people."
    found = _record_incident(text).perpetrator_count

    assert found is None or "sniper" not in found.evidence[0].text


def _incident_with(perps: list[Perpetrator], event: str = "armed_assault") -> Incident:
    return Incident(id=event, event_types=[EventType(value=event)], perpetrators=perps)


@pytest.mark.parametrize(
    ("others", "event", "want"),
    [
        ([Perpetrator(name="Daniel Roy Keller", kind="individual")], "armed_assault", "Daniel Roy Keller"),
        ([Perpetrator(name="Russia", kind="state", claimed=True)], "airstrike", "Russia"),
        ([Perpetrator(name="Russia", kind="state")], "armed_assault", None),
        ([Perpetrator(name="a man", kind="individual")], "armed_assault", None),
        (
            [Perpetrator(name="Daniel Roy Keller", kind="individual"), Perpetrator(name="ELN", kind="group")],
            "armed_assault",
            None,
        ),
    ],
)
def test_an_incident_without_a_perpetrator_shares_the_one_the_others_name(
    others: list[Perpetrator], event: str, want: str | None
) -> None:
    bare = _incident_with([], event)
    shared_attackers([_incident_with(others), bare])

    assert [p.name for p in bare.perpetrators] == ([want] if want else [])
    assert not any(p.claimed for p in bare.perpetrators)


def test_a_group_said_not_to_have_claimed_the_attack_claims_nothing() -> None:
    text = (
        "A rocket barrage from Lebanon killed a soldier in Safed on Wednesday. The Israeli army blamed Hezbollah. The "
        "Iran-backed group, which has claimed near-daily attacks on army posts, did not claim the rocket fire."
    )
    assert not any(p.claimed for p in _record_incident(text).perpetrators)


def test_a_group_claiming_both_attacks_is_the_claimed_perpetrator_of_each() -> None:
    text = (
        "Two bombings hit Nigerian city of Maiduguri\n\n"
        "MAIDUGURI, Nigeria (Reuters) - A suicide bomber killed five people at a mosque in Maiduguri on Friday, and "
        "hours later a second blast at a market in the town of Konduga killed three, police said.\n\n"
        "Islamic State West Africa Province claimed both attacks in a statement on Saturday."
    )
    incidents = extract_text(text).incidents

    assert len(incidents) == 2
    assert all(any(p.claimed and p.kind == "group" for p in i.perpetrators) for i in incidents)


def test_an_attack_of_a_twin_bombing_told_by_its_ranked_bomber_had_one_attacker() -> None:
    text = (
        "Twin suicide blasts hit Kano, killing six\n\n"
        "KANO, Nigeria (Reuters) - Two suicide bombers struck in the northern Nigerian city of Kano on Tuesday, "
        "killing six people, police said.\n\n"
        "The first bomber blew himself up at the gate of a mosque in the Fagge district, killing four worshippers, "
        "police said.\n\n"
        "About 30 minutes later, a second suicide bomber detonated explosives at a bus station in the Sabon Gari "
        "area, killing two people and wounding 11."
    )
    incidents = extract_text(text).incidents
    second = next(i for i in incidents if any("second" in p.name for p in i.perpetrators))

    assert len(incidents) == 2
    assert second.perpetrator_count is not None and second.perpetrator_count.value == 1
