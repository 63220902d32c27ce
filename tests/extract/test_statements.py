"""Statements: who claimed, accused, denied or condemned, with hedges kept."""

from __future__ import annotations

import pytest

from polybius.model import Incident, Statement
from polybius.pipeline import extract_text


def _incident(text: str) -> Incident:
    record = extract_text(text)
    assert len(record.incidents) == 1
    incident = record.incidents[0]
    for s in incident.statements:
        for e in s.evidence:
            assert text[e.start : e.end] == e.text
    return incident


def _of_type(incident: Incident, kind: str) -> list[Statement]:
    return [s for s in incident.statements if s.type == kind]


def test_claim_of_responsibility_names_the_group_canonically() -> None:
    text = (
        "A suicide bomber killed 20 people at a mosque in Peshawar on Friday. "
        "The Islamic State (ISIS) claimed responsibility for the attack."
    )
    incident = _incident(text)

    [claim] = _of_type(incident, "claim_responsibility")
    assert claim.speaker == "Islamic State"
    assert not claim.hedged
    assert claim.evidence[0].text == "The Islamic State (ISIS) claimed responsibility for the attack."
    perpetrator = next(p for p in incident.perpetrators if p.name == "Islamic State")
    assert perpetrator.claimed


def test_no_group_claimed_is_not_a_claim() -> None:
    text = "A bomb exploded at a bus stop in Quetta on Monday, killing three people. No group claimed the blast."
    incident = _incident(text)

    assert _of_type(incident, "claim_responsibility") == []
    assert not any(p.claimed for p in incident.perpetrators)


def test_denial_is_spoken_by_the_accused() -> None:
    text = (
        "An explosion killed four people at a market in Belgorod on Monday. "
        "Russian officials accused Ukraine of the attack. Ukraine denied any involvement."
    )
    incident = _incident(text)

    [accusation] = _of_type(incident, "accusation")
    assert accusation.speaker == "Russian officials"
    assert accusation.target == "Ukraine"
    [denial] = _of_type(incident, "denial")
    assert denial.speaker == "Ukraine"
    assert denial.evidence[0].text == "Ukraine denied any involvement."


def test_condemnation() -> None:
    text = "A car bomb killed nine people in Mogadishu on Sunday. The United Nations condemned the bombing."
    incident = _incident(text)

    [condemnation] = _of_type(incident, "condemnation")
    assert condemnation.speaker == "United Nations"


def test_allegedly_marks_a_claim_as_hedged() -> None:
    text = (
        "Gunmen killed six policemen at a station in Cauca on Tuesday. "
        "The ELN allegedly claimed responsibility for the attack."
    )
    incident = _incident(text)

    [claim] = _of_type(incident, "claim_responsibility")
    assert claim.hedged
    assert claim.speaker == "National Liberation Army"


def test_officials_saying_an_attack_was_allegedly_carried_out_is_a_hedged_accusation() -> None:
    text = (
        "Gunmen killed six policemen at a station in Cauca on Tuesday. "
        "Officials said the attack was allegedly carried out by FARC dissidents."
    )
    incident = _incident(text)

    accusations = _of_type(incident, "accusation")
    assert accusations, "officials attributing the attack is an accusation"
    assert all(s.hedged for s in accusations)


def test_one_of_its_members_carried_out_the_attack_is_a_claim() -> None:
    text = (
        "A car bomb killed four people outside a police station in Diyarbakir on Thursday. "
        "The Kurdistan Freedom Falcons (TAK) said on its website that one of its members had carried out "
        "the bombing."
    )
    [claim] = _of_type(_incident(text), "claim_responsibility")
    assert claim.speaker is not None and "Kurdistan Freedom" in claim.speaker


def test_the_group_that_denies_is_the_group_named_before_it() -> None:
    text = (
        "A car bomb killed four people outside a police station in Diyarbakir on Thursday. "
        "A news agency close to the Kurdistan Workers' Party (PKK) published a statement in which the group "
        "denied any involvement."
    )
    [denial] = _of_type(_incident(text), "denial")
    assert denial.speaker == "Kurdistan Workers' Party"


def test_a_ransom_demand_is_a_threat_by_the_kidnappers() -> None:
    text = (
        "Gunmen kidnapped three teachers from a school in Kaduna on Tuesday. "
        "A relative said the abductors later called the family and demanded a ransom of 5 million naira."
    )
    incident = _incident(text)

    threats = _of_type(incident, "threat")
    assert any("abductors" in (t.speaker or "") for t in threats)


def test_an_attack_by_a_group_told_by_a_speaker_is_an_accusation_of_that_group() -> None:
    text = (
        "A roadside bomb killed three soldiers near Beledweyne on Monday. "
        "The army said in a statement that the soldiers had been killed in a cowardly attack "
        "by al-Shabaab militants."
    )
    incident = _incident(text)

    accusations = _of_type(incident, "accusation")
    assert any(a.speaker and "army" in a.speaker and a.target == "al-Shabaab" for a in accusations)


def test_a_denial_joined_to_the_reported_clause_is_the_speakers() -> None:
    text = (
        "Warplanes bombed a fuel depot in Kidal on Monday, killing six people, residents said. "
        'A military spokesman said in a statement that the air force had hit "terrorist positions" '
        "near Kidal and denied that any civilians had been killed."
    )
    incident = _incident(text)

    [denial] = _of_type(incident, "denial")
    assert "spokesman" in (denial.speaker or "")


def test_saying_the_real_toll_is_higher_disputes_it() -> None:
    text = (
        "Gunmen attacked a police post near Tillaberi on Sunday, killing four officers according to the "
        "interior ministry, while a local chief said the real toll was much higher."
    )
    incident = _incident(text)

    [dispute] = _of_type(incident, "dispute")
    assert "chief" in (dispute.speaker or "")


def test_the_speaker_of_a_passive_statement_is_its_agent() -> None:
    text = (
        "A car bomb killed seven people at a checkpoint in Mogadishu on Monday. "
        "The government's account was disputed by local elders."
    )
    incident = _incident(text)

    [dispute] = _of_type(incident, "dispute")
    assert dispute.speaker == "local elders"


def test_a_group_the_lexicon_lacks_that_claims_the_attack_is_a_claimed_perpetrator() -> None:
    text = (
        "Gunmen burned five trucks near Temuco on Sunday, injuring two drivers. "
        "Lafken Mapu Lelfun, a radical Mapuche group, claimed responsibility for the attack."
    )
    incident = _incident(text)

    [claim] = _of_type(incident, "claim_responsibility")
    assert claim.speaker == "Lafken Mapu Lelfun"
    perpetrator = next(p for p in incident.perpetrators if p.name == "Lafken Mapu Lelfun")
    assert perpetrator.kind == "group" and perpetrator.claimed


def test_a_group_saying_it_had_no_connection_to_the_attack_denies_it() -> None:
    text = (
        "A car bomb killed six people in Kohat on Monday. "
        "The Islamic State said in a statement that it had no connection to the bombing."
    )
    [denial] = _of_type(_incident(text), "denial")
    assert denial.speaker == "Islamic State"


def test_his_client_denied_is_told_by_the_lawyer() -> None:
    text = (
        "A gunman killed two people at a party in Memphis on Sunday. "
        "A lawyer for Smith said his client denied any involvement."
    )
    [denial] = _of_type(_incident(text), "denial")
    assert "lawyer for Smith" in (denial.speaker or "")


def test_the_network_is_the_named_network_before_it() -> None:
    text = (
        "A drone strike killed 12 people at a market in Nyala on Saturday, the Darfur Medics Network said. "
        "The network blamed the Rapid Support Forces."
    )
    accusation = next(s for s in _of_type(_incident(text), "accusation") if s.target == "Rapid Support Forces")
    assert accusation.speaker == "Darfur Medics Network"


def test_fighters_loyal_to_a_named_leader_accuse_the_leader() -> None:
    text = (
        "Gunmen abducted 20 people in Gusau on Friday. A resident said the raid was allegedly carried out "
        "by fighters loyal to Ado Aleru."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "Ado Aleru" and accusation.hedged


def test_attackers_believed_to_belong_to_a_group_is_a_hedged_accusation() -> None:
    text = (
        "Gunmen kidnapped eight miners in Durango on Monday. Relatives said the kidnappers were believed "
        "to belong to a faction of the Sinaloa Cartel."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "Sinaloa Cartel" and accusation.hedged


def test_an_acronym_the_text_defines_means_that_group() -> None:
    text = (
        "Gunmen killed nine villagers in Ndop on Sunday. The army blamed the Ambazonia Defence Forces (ADF). "
        "The ADF denied any involvement."
    )
    [denial] = _of_type(_incident(text), "denial")
    assert denial.speaker == "Ambazonia Defence Forces"


def test_a_denial_and_accusation_joined_to_the_reported_clause_are_the_speakers() -> None:
    text = (
        "Gunmen killed nine villagers in Ndop on Sunday. A rebel spokesman denied that his fighters had been "
        "involved and accused soldiers of carrying out the killings."
    )
    accusation = next(s for s in _of_type(_incident(text), "accusation") if s.target == "soldiers")
    assert accusation.speaker == "rebel spokesman"


def test_a_hedge_in_a_clause_about_a_noun_does_not_hedge_the_statement() -> None:
    text = (
        "Gunmen killed nine villagers in Ndop on Sunday. The rebels denied the attack on a village the "
        "army suspected of sheltering them."
    )
    [denial] = _of_type(_incident(text), "denial")
    assert not denial.hedged


def test_a_command_saying_its_forces_conducted_the_strike_claims_it() -> None:
    text = (
        "A drone strike killed two men in Marib on Tuesday. "
        "Africa Command said in a statement that its forces had conducted a precision strike near Marib."
    )
    [claim] = _of_type(_incident(text), "claim_responsibility")
    assert "Africa Command" in (claim.speaker or "")


def test_nothing_to_do_with_a_group_is_no_denial_of_the_attack() -> None:
    text = (
        "A drone strike killed two men in Marib on Tuesday. A relative said the driver had nothing to do with al Qaeda."
    )
    assert _of_type(_incident(text), "denial") == []


def test_suspected_members_of_a_group_killed_in_a_strike_are_not_suspected_perpetrators() -> None:
    text = "A drone strike killed three suspected members of al Qaeda in Marib on Tuesday."
    assert not any(p.name == "al-Qaeda" for p in _incident(text).perpetrators)


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        (
            "A car bomb killed six people in Kohat on Monday. Tehreek-e-Taliban Pakistan denied any involvement.",
            "denial",
            "Tehrik-i-Taliban Pakistan (Tehreek-e-Taliban Pakistan)",
        ),
        (
            "A roadside bomb killed four soldiers near Beledweyne on Friday. Al-Shabab claimed responsibility "
            "for the blast in a statement on a militant website.",
            "claim_responsibility",
            "al-Shabaab (Al-Shabab)",
        ),
        (
            "Gunmen killed 12 villagers in Borno state on Sunday. ISIS claimed the attack through its Amaq agency.",
            "claim_responsibility",
            "Islamic State",
        ),
    ],
)
def test_a_group_speaker_has_its_canonical_name_and_the_texts_spelling(text: str, kind: str, speaker: str) -> None:
    [statement] = _of_type(_incident(text), kind)
    assert statement.speaker == speaker


def test_claimed_credit_is_a_claim() -> None:
    text = (
        "A bomb exploded outside the Congress building in La Paz on Monday, injuring two guards. "
        "The Zarate Willka Armed Forces of Liberation claimed credit for the bombing."
    )
    incident = _incident(text)
    assert _of_type(incident, "claim_responsibility")
    assert any(p.claimed for p in incident.perpetrators if p.name == "Zarate Willka Armed Forces of Liberation")


def test_a_group_who_said_it_was_responsible_claimed() -> None:
    text = (
        "A bomb destroyed an airliner near Bogota on Monday, killing 107 people. A radio station "
        "received a call from The Extraditables, who said they were responsible for the attack."
    )
    [claim] = _of_type(_incident(text), "claim_responsibility")
    assert claim.speaker == "The Extraditables"


def test_claiming_to_be_the_assailants_claims_for_the_group() -> None:
    text = (
        "Two missionaries were shot to death last night in La Paz by a group of terrorists from the Zarate "
        "Willka Armed Forces of Liberation. Later the terrorists left messages with newspapers claiming to be "
        "the assailants."
    )
    incident = _incident(text)
    group = next(p for p in incident.perpetrators if p.name == "Zarate Willka Armed Forces of Liberation")
    assert group.claimed and not group.suspected


def test_a_communique_in_the_first_person_claims_the_attack() -> None:
    text = (
        "FMLN guerrillas bombed a bus in San Miguel on Monday, killing three passengers. "
        "We killed three policemen and wounded five."
    )
    incident = _incident(text)
    assert _of_type(incident, "claim_responsibility")
    assert next(p for p in incident.perpetrators if p.name == "Farabundo Marti National Liberation Front").claimed


def test_a_quoted_we_is_no_claim() -> None:
    text = (
        "A gunman killed two people at a bar in Oslo on Friday. "
        '"We killed the attacker within minutes," the police chief said.'
    )
    assert not _of_type(_incident(text), "claim_responsibility")


def test_neither_claimed_nor_denied_is_no_claim() -> None:
    text = (
        "A car bomb killed a judge in San Salvador on Monday. "
        "The rebels neither claimed nor denied responsibility for the attack."
    )
    incident = _incident(text)
    assert not _of_type(incident, "claim_responsibility") and not _of_type(incident, "denial")


def test_attributing_a_murder_to_a_group_accuses_it() -> None:
    text = (
        "Gunmen shot dead the attorney general in San Salvador on Wednesday. "
        "President Cristiani attributed the murder to the FMLN."
    )
    incident = _incident(text)
    [accusation] = _of_type(incident, "accusation")
    assert accusation.target == "Farabundo Marti National Liberation Front (FMLN)"
    group = next(p for p in incident.perpetrators if p.name == "Farabundo Marti National Liberation Front")
    assert group.suspected and not group.claimed


def test_a_group_claiming_it_attacked_claims_the_attack() -> None:
    text = (
        "Guerrillas attacked the 3d Infantry Brigade in San Miguel, El Salvador, on Monday, killing two soldiers. "
        "The FMLN claims it seized the El Salitre estate and attacked the brigade from there."
    )
    [claim] = _of_type(_incident(text), "claim_responsibility")
    assert claim.speaker == "Farabundo Marti National Liberation Front"


def test_a_message_from_the_kidnappers_claims_the_kidnapping() -> None:
    text = (
        "Guerrillas kidnapped three oil engineers near Barrancabermeja, Colombia, on Monday. "
        "The guerrillas sent a communique saying that they will release the engineers only after talks."
    )
    incident = _incident(text)
    assert _of_type(incident, "claim_responsibility")
    assert all(p.claimed for p in incident.perpetrators if p.kind == "unknown")


def test_a_group_statement_is_no_claim_by_itself() -> None:
    text = "A bomb killed four people at a market in Kabul on Monday. Hamas issued a statement condemning the attack."
    assert not _of_type(_incident(text), "claim_responsibility")


def _claimed(incident: Incident) -> set[str]:
    return {p.name for p in incident.perpetrators if p.claimed}


def test_a_leader_telling_his_fighters_took_a_town_claims_it_for_his_group() -> None:
    text = (
        "Gunmen stormed the town of Tessit in northern Mali on Monday, killing nine soldiers. "
        "In an audio message, Iyad Ag Ghaly, who leads Jama'at Nusrat al-Islam wal-Muslimin, said his fighters "
        "had taken control of the town and warned residents not to help the army."
    )
    incident = _incident(text)
    [claim] = _of_type(incident, "claim_responsibility")
    assert claim.speaker == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert _claimed(incident) == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_a_group_telling_its_fighters_overran_a_base_claims_it() -> None:
    text = (
        "Militants attacked an army base in Marte, Borno state, on Sunday, killing 12 soldiers. "
        "ISWAP said in a statement that its fighters had overrun the base."
    )
    assert _claimed(_incident(text)) == {"Islamic State West Africa Province"}


def test_a_commander_telling_his_troops_captured_a_post_claims_it_for_his_group() -> None:
    text = (
        "Fighters attacked a police post in Maungdaw, Myanmar, on Friday, killing six officers. "
        "A commander of the Arakan Army told reporters that his troops had captured the post."
    )
    assert "Arakan Army" in _claimed(_incident(text))


def test_a_group_that_often_claims_attacks_has_not_claimed_this_one() -> None:
    text = (
        "A roadside bomb killed four soldiers near Garissa, Kenya, on Tuesday, police said. "
        "Al-Shabaab often claims attacks on Kenyan forces through its radio station."
    )
    incident = _incident(text)
    assert not _of_type(incident, "claim_responsibility")
    assert not _claimed(incident)


def test_attacks_claimed_in_recent_months_are_no_claim_of_this_one() -> None:
    text = (
        "A bomb exploded at a market in Maiduguri, Nigeria, on Friday, killing five people. "
        "Boko Haram has claimed several attacks in the state in recent months."
    )
    assert not _of_type(_incident(text), "claim_responsibility")


def test_claiming_the_named_attacks_is_still_a_claim() -> None:
    text = (
        "Militants attacked two army bases in Borno state, Nigeria, on Sunday, killing 20 soldiers. "
        "ISWAP claimed the twin attacks on the bases."
    )
    assert _claimed(_incident(text)) == {"Islamic State West Africa Province"}


def test_findings_speak_through_the_spokesman_who_reports_them() -> None:
    text = (
        "A car bomb killed eight people in Afrin, Syria, on Monday. A spokesman for the regional police, "
        "Ahmed Khalil, said initial investigations suggested the attack was probably carried out by the PKK."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert "Ahmed Khalil" in (accusation.speaker or "")
    assert accusation.target == "Kurdistan Workers' Party (PKK)"
    assert accusation.hedged


def test_preliminary_findings_are_no_speaker() -> None:
    text = (
        "Gunmen ambushed a convoy near Gao, Mali, on Sunday, killing seven soldiers. Military sources said "
        "preliminary findings suggested the ambush was likely carried out by JNIM."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "Military sources"
    assert accusation.hedged


def test_a_spokesman_speaking_for_the_government_is_the_speaker() -> None:
    text = (
        "Gunmen killed five villagers in Mindanao on Monday. Government spokesman Ali Hassan said the "
        "government strongly condemns the killings."
    )
    [condemnation] = _of_type(_incident(text), "condemnation")
    assert "Ali Hassan" in (condemnation.speaker or "")


def test_a_spokeswoman_speaking_for_the_administration_is_the_speaker() -> None:
    text = (
        "A gunman killed three people at a bar in Puebla on Saturday. A spokeswoman for the state governor, "
        "Ana Ruiz, said the administration condemned the shooting."
    )
    [condemnation] = _of_type(_incident(text), "condemnation")
    assert "Ana Ruiz" in (condemnation.speaker or "")


def test_quoted_we_is_the_one_the_quote_is_attributed_to() -> None:
    text = (
        "Gunmen shot dead a polio worker in Bannu, Pakistan, on Monday. "
        '"We deny any role in the killing," TTP spokesman Mohammad Khurasani said.'
    )
    [denial] = _of_type(_incident(text), "denial")
    assert "Mohammad Khurasani" in (denial.speaker or "")


def test_a_quoted_condemnation_is_the_ministers() -> None:
    text = (
        "A bomb killed four people at a bus stop in Quetta on Monday. "
        '"We condemn this cowardly attack," Interior Minister Ahmed Ali told reporters.'
    )
    [condemnation] = _of_type(_incident(text), "condemnation")
    assert condemnation.speaker == "Interior Minister Ahmed Ali"


def test_an_attack_said_to_be_carried_out_by_a_group_is_the_ministers_accusation() -> None:
    text = (
        "A bomb destroyed an oil pipeline in Arauca, Colombia, on Monday, killing two soldiers. "
        "The attack was carried out by the ELN, Defence Minister Pedro Sanchez said."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "Defence Minister Pedro Sanchez"
    assert accusation.target == "National Liberation Army"


def test_according_to_names_the_accuser() -> None:
    text = (
        "Militants ambushed a convoy near Afgoye, Somalia, on Sunday, killing seven soldiers. "
        "According to the army, the ambush was carried out by al-Shabaab fighters."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "army"
    assert accusation.target == "al-Shabaab"


def test_a_suspicion_is_a_hedged_accusation_by_the_suspecting() -> None:
    text = (
        "A suicide bomber killed 11 people at a mosque in Peshawar on Friday. "
        "Police suspect the attack was carried out by members of the Islamic State."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "Police"
    assert accusation.target == "Islamic State"
    assert accusation.hedged


def test_a_group_said_to_be_behind_an_attack_is_accused() -> None:
    text = (
        "A car bomb killed six people in Baidoa, Somalia, on Tuesday. "
        "Al-Shabaab was behind the attack, a police commander said."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "police commander"
    assert accusation.target == "al-Shabaab"


def test_an_affiliate_claiming_is_the_affiliate_not_its_parent() -> None:
    text = (
        "A suicide bomber killed nine soldiers at a checkpoint in Abyan, Yemen, on Monday. "
        "Al-Qaeda's branch in Yemen, al-Qaeda in the Arabian Peninsula (AQAP), claimed the attack."
    )
    incident = _incident(text)
    [claim] = _of_type(incident, "claim_responsibility")
    assert claim.speaker == "al-Qaeda in the Arabian Peninsula"
    assert "al-Qaeda in the Arabian Peninsula" in _claimed(incident)


def test_a_speaker_opening_a_bracket_closes_it() -> None:
    text = (
        "Gunmen killed 12 fishermen near Lake Chad on Sunday. Boko Haram carried out the attack, said Major "
        "Peter Obi, a spokesman for the Multinational Joint Task Force (MNJTF) Sector 3 Command, which oversees "
        "the lake."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "Major Peter Obi, a spokesman for the Multinational Joint Task Force (MNJTF)"
    assert accusation.target == "Boko Haram"


def test_a_group_telling_in_a_statement_that_its_fighters_struck_claims_it() -> None:
    text = (
        "Gunmen attacked a military post in Tillaberi, Niger, on Tuesday, killing ten soldiers. JNIM said in a "
        "statement that its fighters had stormed the post."
    )
    assert _claimed(_incident(text)) == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_gunmen_told_of_by_the_army_are_no_one_accused() -> None:
    text = (
        "About 20 gunmen opened fire on a checkpoint in Yala, Thailand, late on Monday, killing a ranger, "
        "an army spokesman said."
    )
    assert not _of_type(_incident(text), "accusation")


def test_gunmen_of_a_named_people_told_of_are_accused() -> None:
    text = (
        "Gunmen killed 14 farmers in Bokkos, Plateau state, on Sunday. Community leaders said Fulani gunmen "
        "had attacked the village."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert "Fulani" in (accusation.target or "")


def test_where_the_accused_come_from_is_part_of_the_accused() -> None:
    text = (
        "Gunmen killed a mayor in Guerrero, Mexico, on Monday. The prosecutor said gunmen from a rival "
        "cartel faction had carried out the killing."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "gunmen from a rival cartel faction"


def test_a_spokesman_telling_the_groups_forces_struck_claims_it() -> None:
    text = (
        "A drone struck an oil tanker in the Gulf of Aden on Tuesday, wounding two sailors. Houthi spokesman "
        "Yahya Saree said the group's forces had targeted the tanker with a drone."
    )
    assert "Houthis" in _claimed(_incident(text))


def test_the_terrorists_of_a_group_are_the_group() -> None:
    text = (
        "A suicide bomber killed nine soldiers in Mogadishu on Tuesday. The president blamed the attack on "
        "the terrorists of al-Shabaab."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "al-Shabaab"


def test_a_denial_made_in_the_past_is_no_denial_of_this_attack() -> None:
    text = (
        "A drone strike killed 12 people at a market in El Obeid, Sudan, on Saturday. The RSF has previously "
        "denied targeting civilians and accused the army of carrying out such strikes."
    )
    incident = _incident(text)
    assert not _of_type(incident, "denial")
    assert not _of_type(incident, "accusation")


def test_accused_of_harbouring_militants_is_no_accusation_of_the_attack() -> None:
    text = (
        "Militants attacked a police station in Bannu, Pakistan, on Thursday, killing six officers. "
        "Islamabad accuses the Afghan Taliban of sheltering TTP fighters."
    )
    incident = _incident(text)
    assert "Taliban" not in {p.name for p in incident.perpetrators}
    assert not _of_type(incident, "accusation")


def test_accused_of_carrying_out_the_attack_is_an_accusation() -> None:
    text = (
        "A car bomb killed nine people in Kirkuk on Monday. Iraqi officials accused the Islamic State of "
        "carrying out the bombing."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "Islamic State"


def test_being_accused_by_nobody_named_has_no_speaker_taken_from_the_accused() -> None:
    text = (
        "A drone strike killed 12 people at a wedding in Kordofan, Sudan, on Saturday. The army has also "
        "been accused of killing civilians in air raids."
    )
    assert not any(s.speaker == "army" for s in _incident(text).statements)


def test_a_ministry_telling_of_its_own_forces_accuses_no_one_and_denies_in_its_own_name() -> None:
    text = (
        "A missile strike killed seven people in Kharkiv on Monday. The Russian defence ministry said its "
        "forces had struck military targets, denying that civilians were hit."
    )
    incident = _incident(text)
    assert not any(s.target == "forces" for s in _of_type(incident, "accusation"))
    [denial] = _of_type(incident, "denial")
    assert denial.speaker == "Russian defence ministry"


def test_the_hallmarks_of_a_group_are_a_hedged_accusation() -> None:
    text = (
        "A suicide bomber killed 14 people at a hotel in Mogadishu on Friday. The attack bore the hallmarks "
        "of al-Shabaab, security analysts said."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "security analysts"
    assert accusation.target == "al-Shabaab"
    assert accusation.hedged


def test_an_al_qaeda_linked_group_is_not_al_qaeda() -> None:
    text = (
        "Gunmen ambushed an army convoy near Djibo, Burkina Faso, on Thursday, killing 20 soldiers. JNIM claimed "
        "the attack. The al Qaeda-linked group said its fighters had seized weapons and vehicles."
    )
    incident = _incident(text)
    assert "al-Qaeda" not in {p.name for p in incident.perpetrators}
    assert {s.speaker for s in _of_type(incident, "claim_responsibility")} == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_groups_linked_to_a_network_accuse_no_one() -> None:
    text = (
        "A roadside bomb killed four soldiers in Mopti, Mali, on Monday. Armed groups linked to al Qaeda and "
        "Islamic State control large parts of the region."
    )
    incident = _incident(text)
    assert not _of_type(incident, "accusation")
    assert not incident.perpetrators or "al-Qaeda" not in {p.name for p in incident.perpetrators}


def test_an_attack_linked_to_a_group_accuses_it() -> None:
    text = (
        "A bomb killed six people at a church in Mindanao on Sunday. Police said the bombing was linked to "
        "the Islamic State."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "Islamic State"


def test_warning_of_further_attacks_is_a_threat() -> None:
    text = (
        "Gunmen killed seven police officers in Zamora, Mexico, on Friday. The cartel warned of further "
        "attacks if the army did not withdraw."
    )
    assert _of_type(_incident(text), "threat")


def test_the_accused_members_keep_what_they_are_members_of() -> None:
    text = (
        "Gunmen killed nine villagers in Zamfara, Nigeria, on Monday. Residents blamed the attack on members "
        "of a local militia."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "members of a local militia"


def test_suspicion_falling_on_a_group_is_a_hedged_accusation() -> None:
    text = (
        "A bomb killed four soldiers in Antioquia, Colombia, on Monday. Suspicion fell on the Gulf Clan, "
        "which controls drug routes in the area."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "Clan del Golfo"
    assert accusation.hedged


def test_media_reporting_whom_the_attackers_belong_to_accuse_that_group() -> None:
    text = (
        "Gunmen killed five police officers in Jalisco, Mexico, on Sunday. Local media reported that the "
        "attackers belonged to the Jalisco New Generation Cartel."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "Local media"
    assert accusation.target == "Jalisco New Generation Cartel"


def test_an_attack_claimed_by_a_group_in_the_passive_is_its_claim() -> None:
    text = (
        "A suicide bomber killed 14 people at a mosque in Kunduz on Friday. The attack was claimed by Islamic "
        "State in a statement on Telegram."
    )
    assert _claimed(_incident(text)) == {"Islamic State"}


def test_lives_claimed_by_a_blast_are_no_claim() -> None:
    text = "A bomb exploded at a bus station in Quetta on Monday. The blast claimed the lives of 12 people."
    assert not _of_type(_incident(text), "claim_responsibility")


def test_a_group_distancing_itself_from_the_bombing_denies_it() -> None:
    text = (
        "A bomb killed nine people at a market in Peshawar on Sunday. The Pakistani Taliban distanced "
        "themselves from the bombing."
    )
    [denial] = _of_type(_incident(text), "denial")
    assert denial.speaker == "Tehrik-i-Taliban Pakistan"


def test_no_indication_of_a_motive_disputes_nothing() -> None:
    text = (
        "A man stabbed three people at a train station in Hamburg on Friday. Prosecutors said there was no "
        "indication of a political motive."
    )
    assert not _of_type(_incident(text), "dispute")


def test_no_evidence_for_a_claim_disputes_it() -> None:
    text = (
        "A car bomb killed six people in Belgorod on Monday. Russian officials blamed Ukraine. Kyiv said "
        "there was no evidence that its forces were involved."
    )
    [dispute] = _of_type(_incident(text), "dispute")
    assert dispute.speaker == "Kyiv"


def test_saying_one_was_not_behind_the_attack_accuses_no_one() -> None:
    text = (
        "A drone hit a cargo ship in the Red Sea on Monday, wounding two sailors. The Houthis said they were "
        "not behind the attack on the ship."
    )
    incident = _incident(text)
    assert not _of_type(incident, "accusation")
    assert _of_type(incident, "denial")


def test_the_army_telling_of_a_rebel_army_is_not_that_army() -> None:
    text = (
        "Fighters from the Arakan Army attacked a police post in Rakhine state on Friday, killing two "
        "officers, the army said."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "army"
    assert accusation.target == "Arakan Army"


def test_the_listener_of_a_speech_verb_is_not_accused() -> None:
    text = (
        'A car bomb killed five police officers in Diyarbakir on Monday. "This is the work of the PKK," '
        "the interior minister told reporters at the scene."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == "Kurdistan Workers' Party"


def test_a_rescuer_saying_we_carried_the_wounded_claims_nothing() -> None:
    text = (
        'A drone strike hit a market in El Fasher on Sunday, killing 20 people. "It was chaos. We carried '
        'the wounded on donkey carts," said a volunteer with a local emergency room.'
    )
    assert not _of_type(_incident(text), "claim_responsibility")


def test_the_subject_of_an_aside_does_not_speak_for_the_claimant() -> None:
    text = (
        "Rebels attacked a village in Beni, Congo, on Monday, killing 18 people. ISCAP, as the Islamic State "
        "calls its Congo branch, claimed the attack in a statement, saying its fighters had killed the villagers."
    )
    incident = _incident(text)
    assert "Islamic State" not in _claimed(incident)
    assert "Islamic State Central Africa Province" in _claimed(incident)


def test_a_nations_strike_told_by_an_official_accuses_the_nation() -> None:
    text = "A Russian missile strike killed five people in Dnipro on Monday, the regional governor said."
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "regional governor"
    assert accusation.target == "Russian"


def test_an_attack_of_no_named_side_accuses_no_one() -> None:
    text = "A bomb attack killed five people at a market in Maiduguri on Monday, police said."
    assert not _of_type(_incident(text), "accusation")


def test_an_attack_said_to_be_suspected_is_the_sayers_accusation() -> None:
    text = (
        "A roadside bomb killed five police officers in Mandera, Kenya, on Monday. Officials said the attack was "
        '"suspected to have been carried out by al-Shabaab terrorists."'
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.speaker == "Officials"
    assert accusation.target == "al-Shabaab"
    assert accusation.hedged


def test_holding_someone_responsible_accuses_them() -> None:
    text = (
        "A bomb exploded at a university in San Salvador on Saturday, wounding four students. The rebels said "
        "they hold the government and the army high command responsible for this new attack."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target is not None and accusation.target.startswith("government")
    assert "responsible" not in accusation.target


def test_holding_talks_accuses_no_one() -> None:
    text = (
        "A bomb killed four soldiers in Cauca, Colombia, on Monday. The government is holding talks with the "
        "rebels in Havana."
    )
    assert not _of_type(_incident(text), "accusation")


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed four police reservists in Mandera on Wednesday. Al-Shabaab claimed the bombing. "
        "The group, which is linked to al-Qaeda, often uses roadside bombs against patrols.",
        "Gunmen killed nine villagers in Zamfara state on Sunday. Police blamed Ansaru, a faction that is linked to "
        "al-Qaeda.",
        "A suicide bomber killed 14 people at a market in Mogadishu on Friday. Al-Shabaab, which is tied to al-Qaeda, "
        "said it carried out the attack.",
    ],
)
def test_a_group_described_as_linked_to_another_accuses_no_one(text: str) -> None:
    incident = _incident(text)

    assert not any(s.type == "accusation" and s.target in ("al-Qaeda", "Boko Haram") for s in incident.statements)
    assert not any(p.name in ("al-Qaeda", "Boko Haram") for p in incident.perpetrators)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Gunmen abducted nine men from a ranch near Culiacan on Sunday. A state security official, who was not "
            "authorized to speak publicly, said the gunmen were probably members of a cell loyal to Los Chapitos.",
            "security official",
            "Los Chapitos",
        ),
        (
            "A bomb killed five people at a bus stop in Peshawar on Monday. A senior police officer said the bombing "
            "appeared to be the work of the Pakistani Taliban.",
            "senior police officer",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "A drone strike hit a market in El Obeid on Friday, killing 14 people. A local rights group said the "
            "bombs appeared to have been dropped by a drone belonging to the Rapid Support Forces.",
            "local rights group",
            "Rapid Support Forces",
        ),
        (
            "An air strike killed 11 villagers in Sagaing region on Tuesday. Two sources, who asked not to be named, "
            "said the strike seemed to have been carried out by military jets.",
            "Two sources",
            "military jets",
        ),
    ],
)
def test_an_anonymous_or_hedged_source_naming_the_attackers_makes_a_hedged_accusation(
    text: str, speaker: str, target: str
) -> None:
    accusations = _of_type(_incident(text), "accusation")

    assert any(speaker in (s.speaker or "") and target in (s.target or "") and s.hedged for s in accusations)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A suicide bomber killed six NATO soldiers near Bagram on Monday. Zabihullah Mujahid, the spokesman for "
            "the Taliban, claimed they were responsible for the attack.",
            "Taliban",
        ),
        (
            "A car bomb killed 12 people in Mogadishu on Saturday. A spokesman for al-Shabaab, Abdiaziz Abu Musab, "
            "told Reuters the group was behind the blast.",
            "al-Shabaab",
        ),
        (
            "Gunmen killed nine policemen in Quetta on Friday. The Balochistan Liberation Army said in a statement it "
            "carried out the attack and was responsible for the deaths.",
            "Balochistan Liberation Army",
        ),
    ],
)
def test_a_group_saying_it_was_behind_the_attack_claims_it_and_accuses_no_one(text: str, group: str) -> None:
    incident = _incident(text)

    assert [s.speaker for s in incident.statements if s.type == "claim_responsibility"] == [group]
    assert not [s for s in incident.statements if s.type == "accusation"]
    assert [p.name for p in incident.perpetrators if p.claimed] == [group]


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Gunmen killed four police officers in Saravan on Monday. Alireza Marhamati, the deputy governor, told "
            'state television that "gunmen believed to belong to" the Jaish al-Adl group were most likely behind the '
            "attack.",
            "Marhamati",
            "Jaish al-Adl",
        ),
        (
            "A bomb killed six soldiers in Maiduguri on Friday. The army spokesman told reporters that fighters "
            "thought to be from ISWAP were probably behind the attack.",
            "army spokesman",
            "Islamic State West Africa Province",
        ),
    ],
)
def test_attackers_believed_to_belong_to_a_group_are_told_by_the_speaker(text: str, speaker: str, target: str) -> None:
    accusations = _of_type(_incident(text), "accusation")

    assert any(speaker in (s.speaker or "") and target in (s.target or "") and s.hedged for s in accusations)


@pytest.mark.parametrize(
    ("text", "target", "hedged"),
    [
        (
            "Gunmen killed eight worshippers at a church in Kaduna on Sunday. A senior police officer said the "
            "attackers were likely bandits from Zamfara.",
            "bandits from Zamfara",
            True,
        ),
        (
            "Gunmen abducted 23 bus passengers near Debre Markos on Saturday. A local official said the gunmen were "
            "Fano militiamen.",
            "Fano",
            False,
        ),
        (
            "Gunmen killed five soldiers near Kidal on Monday. Local sources said the assailants were jihadists "
            "linked to JNIM.",
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
            False,
        ),
    ],
)
def test_a_speaker_saying_who_the_attackers_were_accuses_them(text: str, target: str, hedged: bool) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert (accusation.target, accusation.hedged) == (target, hedged)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A car bomb killed nine soldiers in Cauca on Tuesday. Officials suspect the National Liberation Army "
            "(ELN) of being behind the attack.",
            "National Liberation Army (ELN)",
        ),
        (
            "A bomb killed four people in Quetta on Monday. Investigators suspect the Balochistan Liberation Army of "
            "planting the device.",
            "Balochistan Liberation Army",
        ),
        (
            "Gunmen killed a journalist in Karachi on Monday. Police suspect a local gang of the killing.",
            "local gang",
        ),
    ],
)
def test_suspecting_someone_of_the_attack_is_a_hedged_accusation(text: str, target: str) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert (accusation.target, accusation.hedged) == (target, True)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Police found the bodies of 13 miners in Pataz on Sunday. Police suspect the miners were abducted and "
            "killed by a criminal gang.",
            "Police",
            "criminal gang",
        ),
        (
            "Ten aid workers were found dead near Maiduguri on Friday. Authorities think the hostages were abducted "
            "and executed by Boko Haram fighters.",
            "Authorities",
            "Boko Haram",
        ),
        (
            "A shopkeeper was shot dead in Karachi on Monday. Police suspect he was robbed and killed by a street "
            "gang.",
            "Police",
            "street gang",
        ),
    ],
)
def test_a_suspected_doer_of_joined_passive_deeds_is_accused(text: str, speaker: str, target: str) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert (accusation.speaker, accusation.target, accusation.hedged) == (speaker, target, True)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Militants killed three soldiers in Kupwara on Sunday. Police said the militants were likely from the "
            "Jaish-e-Mohammed group.",
            "Jaish-e-Mohammed",
        ),
        (
            "Gunmen killed four policemen in Dera Ismail Khan on Monday. Police said the attackers were probably "
            "from the Pakistani Taliban.",
            "Tehrik-i-Taliban Pakistan",
        ),
    ],
)
def test_attackers_said_to_come_from_a_group_accuse_it(text: str, target: str) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert (accusation.target, accusation.hedged) == (target, True)


@pytest.mark.parametrize(
    ("text", "target", "hedged"),
    [
        (
            "A drone strike killed three women in Kobani on Monday. The Syrian Democratic Forces (SDF) said in a "
            'statement that the drone "most likely" belonged to the Turkish army, which has carried out strikes in '
            "the area.",
            "Turkish army",
            True,
        ),
        (
            "A drone killed 12 people at a market in El Fasher on Sunday. The army said in a statement that the "
            "drone belonged to the Rapid Support Forces.",
            "Rapid Support Forces",
            False,
        ),
    ],
)
def test_a_statement_saying_whose_drone_struck_accuses_the_owner(text: str, target: str, hedged: bool) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert (accusation.target, accusation.hedged) == (target, hedged)


@pytest.mark.parametrize("origin", ["Zamfara", "neighbouring Niger"])
def test_attackers_said_to_come_from_a_place_accuse_nobody(origin: str) -> None:
    text = f"Gunmen killed 30 villagers in Zamfara on Sunday. A police officer said the gunmen were from {origin}."
    assert not _of_type(_incident(text), "accusation")


def test_joined_passive_verbs_that_are_no_attack_accuse_nobody() -> None:
    text = (
        "A shopkeeper was shot dead in Karachi on Monday. Police said the shop was searched and sealed by "
        "investigators."
    )
    assert not _of_type(_incident(text), "accusation")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "An explosion destroyed a fuel depot in Bryansk on Sunday, killing two workers. Ukraine's military said "
            "it had struck the depot with long-range drones.",
            "Armed Forces of Ukraine",
        ),
        (
            "An airstrike killed four people in the town of Nabatieh on Monday. The Israeli military said it hit a "
            "Hezbollah weapons depot in the area.",
            "Israel Defense Forces",
        ),
    ],
)
def test_a_nations_force_saying_it_struck_claims_the_strike(text: str, force: str) -> None:
    incident = _incident(text)

    assert [s.type for s in incident.statements] == ["claim_responsibility"]
    assert [(p.name, p.kind) for p in incident.perpetrators if p.claimed] == [(force, "state")]


def test_a_force_saying_it_killed_militants_claims_no_strike() -> None:
    text = (
        "Gunmen killed six villagers near Diffa on Sunday. The Nigerien army said it killed 20 militants in a "
        "pursuit operation."
    )
    assert not _of_type(_incident(text), "claim_responsibility")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A suicide bomber killed 20 people at a Shiite mosque in Kunduz on Friday. The Amaq news agency said an "
            "Islamic State fighter carried out the attack.",
            "Islamic State",
        ),
        (
            "A bomb killed five soldiers near Mogadishu on Sunday. Radio Andalus said al-Shabaab fighters had "
            "detonated the device.",
            "al-Shabaab",
        ),
    ],
)
def test_a_groups_outlet_telling_of_the_attack_claims_it_for_the_group(text: str, group: str) -> None:
    incident = _incident(text)

    assert _of_type(incident, "claim_responsibility")
    assert [p.name for p in incident.perpetrators if p.claimed] == [group]
    assert not any(p.name in ("Amaq News Agency", "Radio Andalus") for p in incident.perpetrators)


def test_one_attackers_identity_accuses_no_group() -> None:
    text = (
        "A man stabbed two people at a bus stop in Tel Aviv on Wednesday. Police said the attacker was a "
        "28-year-old man from Hebron."
    )
    assert not _of_type(_incident(text), "accusation")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A drone strike hit a market in El Obeid on Sunday, killing 12 people. The Emergency Lawyers, a rights "
            "group that documents abuses in the war, said the drone belonged to the Rapid Support Forces.",
            "Emergency Lawyers",
        ),
        (
            "Gunmen killed nine villagers in Zamfara state on Monday. The Zamfara Youth Forum, one of several local "
            "vigilance groups, blamed bandits loyal to Bello Turji for the attack.",
            "Zamfara Youth Forum",
        ),
        (
            "A car bomb killed five soldiers near Gao on Friday. The Kel Adagh Coalition, an alliance of Tuareg "
            "movements, accused the Islamic State Sahel Province of planting the bomb.",
            "Kel Adagh Coalition",
        ),
    ],
)
def test_a_description_after_a_named_speaker_is_no_part_of_the_name(text: str, speaker: str) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert accusation.speaker == speaker


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A drone strike hit a market in Mellit on Sunday, killing 9 people. Local activists said the drone "
            "belonged to the Sudanese Armed Forces.",
            "Sudanese Armed Forces",
        ),
        (
            "An airstrike killed 14 villagers in Sagaing region on Tuesday. A resident said the jet belonged to the "
            "Myanmar military.",
            "Myanmar",
        ),
        (
            "A drone dropped explosives on a wedding in Kauda on Friday, killing five. Witnesses said the drones "
            "belonged to the Rapid Support Forces.",
            "Rapid Support Forces",
        ),
    ],
)
def test_a_speaker_saying_whose_drone_struck_accuses_its_owner(text: str, target: str) -> None:
    accused = [s.target for s in _of_type(_incident(text), "accusation")]

    assert any(target in (t or "") for t in accused)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Gunmen killed 11 villagers in Ituri on Monday. The army said Allied Democratic Forces rebels were "
            "responsible.",
            "Allied Democratic Forces",
        ),
        (
            "A grenade hit a bar in Garissa on Tuesday, killing two people. Police said al-Shabaab was responsible.",
            "al-Shabaab",
        ),
        (
            "A car bomb killed nine soldiers in Kirkuk on Sunday. A security official said Islamic State militants "
            "were likely responsible.",
            "Islamic State",
        ),
    ],
)
def test_a_speaker_saying_who_was_responsible_accuses_them(text: str, target: str) -> None:
    accused = [s.target for s in _of_type(_incident(text), "accusation")]

    assert accused == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A roadside bomb killed four soldiers in Balochistan on Monday. Officials suspect the Balochistan "
            "Liberation Army.",
            "Balochistan Liberation Army",
        ),
        (
            "A bomb exploded at a bus terminal in Isulan on Monday, killing three people. Police suspect the "
            "Dawlah Islamiyah.",
            "Dawlah Islamiyah",
        ),
    ],
)
def test_suspecting_a_named_group_is_a_hedged_accusation(text: str, target: str) -> None:
    incident = _incident(text)
    [accusation] = _of_type(incident, "accusation")

    assert (accusation.target, accusation.hedged) == (target, True)
    assert [p.name for p in incident.perpetrators if p.kind == "individual"] == []


def test_no_one_said_to_be_responsible_is_no_accusation() -> None:
    text = (
        "A bomb exploded at a bus station in Isulan on Monday, killing three people. Police said no group was "
        "responsible."
    )

    assert _of_type(_incident(text), "accusation") == []


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed 12 people at a bus station in Quetta on Monday. Courts later dismissed the cases against two "
        "men held after the blast.",
        "A bomb killed 12 people at a bus station in Quetta on Monday. The Taliban rejected the peace plan on Tuesday.",
        "A bomb killed 12 people at a bus station in Quetta on Monday. The governor refuted the budget figures.",
    ],
)
def test_rejecting_something_no_one_said_is_no_denial(text: str) -> None:
    assert _of_type(_incident(text), "denial") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A bomb killed 12 people at a bus station in Quetta on Monday. The Pakistani Taliban rejected the "
            "accusation.",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "A bomb killed 12 people at a bus station in Quetta on Monday. The BLA dismissed reports that it was "
            "involved.",
            "Balochistan Liberation Army",
        ),
        (
            "A bomb killed 12 people at a bus station in Quetta on Monday. The Taliban rejected any role in the "
            "attack.",
            "Taliban",
        ),
    ],
)
def test_rejecting_an_accusation_or_a_role_is_a_denial(text: str, speaker: str) -> None:
    assert [s.speaker for s in _of_type(_incident(text), "denial")] == [speaker]


def test_what_is_alleged_is_no_accused() -> None:
    text = (
        "A bomb killed 12 people in Caracas on Monday. On Wednesday, the government sanctioned 13 officials, "
        "alleging violations of human rights."
    )

    assert [s.target for s in _of_type(_incident(text), "accusation") if s.target] == []


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a market in Jolo on Sunday, killing eight people. Authorities have not said who was behind "
        "the attack.",
        "A bomb exploded at a market in Jolo on Sunday, killing eight people. Police are investigating who was "
        "responsible for the attack.",
        "Gunmen killed six people at a bar in Celaya on Saturday. Prosecutors did not say who was behind the killings.",
    ],
)
def test_saying_or_asking_who_did_it_accuses_no_one(text: str) -> None:
    assert _of_type(_incident(text), "accusation") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gunmen shot dead a council head in Muqdadiyah on Monday. Diyala governor Raad al-Obeidi condemned the "
            "killing as a cowardly crime.",
            "Diyala governor Raad al-Obeidi",
        ),
        (
            "A bomb killed four people in Peshawar on Friday. Provincial minister Ali Amin condemned the attack.",
            "Provincial minister Ali Amin",
        ),
    ],
)
def test_a_title_keeps_the_name_that_follows_it(text: str, speaker: str) -> None:
    [condemnation] = _of_type(_incident(text), "condemnation")

    assert condemnation.speaker == speaker


def test_the_victim_driving_home_is_no_accused_attacker() -> None:
    text = (
        "Kareem al-Tamimi, 52, was driving home from a funeral in Muqdadiyah when gunmen opened fire with automatic "
        "rifles, a police colonel told Reuters."
    )

    assert [s.target for s in _of_type(_incident(text), "accusation")] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A drone exploded near the president in Caracas on Saturday, wounding seven soldiers. "The far right is '
            'behind this attack," Maduro said.',
            "Maduro",
        ),
        (
            'A bomb killed nine people at a rally in Quetta on Sunday. "Our enemies were behind the bombing," '
            "Sarfraz Bugti told reporters.",
            "Sarfraz Bugti",
        ),
    ],
)
def test_the_speaker_after_a_quote_is_never_the_accused(text: str, speaker: str) -> None:
    accused = [s.target for s in _of_type(_incident(text), "accusation")]

    assert speaker not in accused


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        (
            "A roadside bomb wounded three officers near Mpeketoni on Tuesday, Lamu County Police Commander Moses "
            'Kirui said. "This was clearly the work of al-Shabaab," the commander said.',
            "accusation",
            "Moses Kirui",
        ),
        (
            "Gunmen killed four labourers in Quetta on Monday, Deputy Inspector General Abdul Rauf told reporters. "
            "The DIG blamed the Balochistan Liberation Army for the attack.",
            "accusation",
            "Abdul Rauf",
        ),
        (
            "Gunmen shot dead a judge in Baqubah on Sunday, said Raad al-Tamimi, the provincial governor. The governor "
            "blamed Islamic State for the killing.",
            "accusation",
            "Raad al-Tamimi",
        ),
    ],
)
def test_a_speaker_named_by_a_title_is_the_person_given_that_title(text: str, kind: str, speaker: str) -> None:
    speakers = [s.speaker or "" for s in _of_type(_incident(text), kind)]

    assert any(speaker in s for s in speakers), speakers


def test_a_speaker_named_only_by_a_title_with_no_holder_keeps_it() -> None:
    text = (
        "Gunmen killed a judge in Baqubah on Sunday. Police arrested Ahmed Saleh on Monday. "
        "The police blamed Islamic State for the attack."
    )
    speakers = [s.speaker for s in _of_type(_incident(text), "accusation")]

    assert speakers == ["police"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gunmen killed a judge in Baqubah on Sunday. Diyala governor Raad al-Tamimi condemned the killing.", "Raad"),
        ("A bomb killed six people at a market in Kano. Kano state governor Abba Yusuf condemned the attack.", "Abba"),
        (
            "A gunman killed two people at a mosque in Lyon. Interior Minister Bruno Retailleau condemned the attack.",
            "Bruno",
        ),
    ],
)
def test_a_name_after_the_title_of_a_speaker_is_part_of_it(text: str, speaker: str) -> None:
    speakers = [s.speaker or "" for s in _of_type(_incident(text), "condemnation")]

    assert any(speaker in s for s in speakers), speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A drone strike killed 30 people at a market in Gojjam. The government denied that civilians had been "
            "targeted. In a statement, the Government Communication Service said the air force had hit a rebel camp.",
            "Government Communication Service",
        ),
        (
            "An airstrike killed 12 people at a wedding in Sagaing on Friday. The ministry denied that civilians had "
            "been hit. The Ministry of Information said the air force had struck a rebel base.",
            "Ministry of Information",
        ),
    ],
)
def test_a_summary_speaker_is_the_body_the_next_sentence_names(text: str, speaker: str) -> None:
    speakers = [s.speaker or "" for s in _of_type(_incident(text), "denial")]

    assert speakers == [speaker]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('Chancellor Olaf Berger called the attack "a horrible act" and said he was shocked.', "Olaf Berger"),
        ("Prime Minister Ana Costa described the stabbing as cowardly.", "Ana Costa"),
        ("President Emmanuel Dupont branded the shooting an act of terror.", "Emmanuel Dupont"),
        ("Interior Minister Lena Vogt labelled the bombing a cowardly crime against innocent people.", "Lena Vogt"),
    ],
)
def test_naming_the_attack_with_a_word_of_condemnation_condemns_it(second: str, speaker: str) -> None:
    text = f"An attacker killed two people at a railway station in Lyon on Friday. {second}"
    [condemnation] = _of_type(_incident(text), "condemnation")
    assert speaker in (condemnation.speaker or "")


@pytest.mark.parametrize(
    "second",
    ["Police called the scene chaotic.", "Witnesses described the attack as sudden and chaotic."],
)
def test_describing_the_attack_without_condemning_it_is_no_condemnation(second: str) -> None:
    text = f"An attacker killed two people at a railway station in Lyon on Friday. {second}"
    assert not _of_type(_incident(text), "condemnation")


@pytest.mark.parametrize(
    ("second", "target"),
    [
        ("An army spokesman blamed the BRN for the attack.", "Barisan Revolusi Nasional (BRN)"),
        ("Police blamed the Jaish-e-Mohammed (JeM) for the attack.", "Jaish-e-Mohammed (JeM)"),
        ("Police accused the Indigenous People of Biafra (IPOB) of the attack.", "Indigenous People of Biafra (IPOB)"),
    ],
)
def test_an_accused_group_written_as_an_acronym_keeps_it_in_brackets(second: str, target: str) -> None:
    text = f"A bomb killed three soldiers near a market on Tuesday. {second}"
    [accusation] = _of_type(_incident(text), "accusation")
    assert accusation.target == target


@pytest.mark.parametrize(
    ("second", "target"),
    [
        (
            "The method resembles that of the Support Group for Islam and Muslims (JNIM), linked to Al-Qaeda, a "
            'security source said, suggesting the group was "probably" behind it.',
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        ),
        ("A police officer said Boko Haram was probably behind it.", "Boko Haram"),
        ("Officials said the Islamic State was most likely behind the killings.", "Islamic State"),
    ],
)
def test_a_hedged_was_behind_accuses_its_subject(second: str, target: str) -> None:
    text = f"Gunmen killed 17 soldiers at an army base near Kaya on Sunday. {second}"
    [accusation] = _of_type(_incident(text), "accusation")
    assert (accusation.target, accusation.hedged) == (target, True)


@pytest.mark.parametrize(
    "second",
    [
        "In June 2024, militants attacked synagogues in Derbent, killing 20 people. That attack was claimed by the "
        "Islamic State.",
        "In 2022 a bombing killed 30 people at a school in the city; the Islamic State later claimed those attacks.",
        "Two years ago gunmen killed 12 worshippers at a mosque nearby. That shooting was claimed by the "
        "Islamic State.",
    ],
)
def test_a_claim_of_that_other_attack_is_not_a_claim_of_this_one(second: str) -> None:
    text = f"A bomb killed three police officers in Makhachkala on Sunday. {second}"
    incident = extract_text(text).incidents[0]
    assert not _of_type(incident, "claim_responsibility")
    assert not any(p.claimed for p in incident.perpetrators)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            'A police officer was killed in an attack on a checkpoint in Khash on Sunday. "The perpetrators of this '
            'crime are agents of foreign intelligence services," the provincial governor, Mansour Bijar, said.',
            "Mansour Bijar",
            "agents of foreign intelligence services",
        ),
        (
            "Gunmen shot dead a judge in Quetta on Monday. A police spokesman said those behind the attack were "
            "mercenaries of a foreign spy agency.",
            "police spokesman",
            "mercenaries of a foreign spy agency",
        ),
        (
            "Gunmen shot dead a city councillor in Zahedan on Tuesday, said the deputy governor, Ali Rezaei. Rezaei "
            'called the killing cowardly. "Those who carried out this crime are hirelings of foreign intelligence '
            'services," he said.',
            "Ali Rezaei",
            "hirelings of foreign intelligence services",
        ),
    ],
)
def test_saying_the_perpetrators_are_someones_agents_accuses_them(text: str, speaker: str, target: str) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert speaker in (accusation.speaker or "")
    assert (accusation.target, accusation.hedged) == (target, False)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "A grenade was lobbed at a police post in Pathankot district on Monday night, injuring two constables. "
            "Senior Superintendent of Police Raj Kumar said the module was believed to be operated by Pakistan's ISI.",
            "Raj Kumar",
            "ISI",
        ),
        (
            "Unidentified attackers threw a grenade at a police station in Amritsar on Tuesday, injuring a guard. "
            "Police officials said they suspected the hand of Pakistan's Inter-Services Intelligence agency in the "
            "attack.",
            "Police officials",
            "Inter-Services Intelligence",
        ),
        (
            "Two men on a motorcycle threw a grenade at a jewellery shop in Hyderabad on Saturday, killing two "
            "people. Police suspect the attack was ordered by gangster Rahim Dad's network.",
            "Police",
            "Rahim Dad",
        ),
        (
            "Gunmen killed a trader in Culiacan on Friday. Detectives believe members of the Sinaloa Cartel may have "
            "been behind the killing.",
            "Detectives",
            "Sinaloa Cartel",
        ),
        (
            "A grenade was thrown at a police post in Batala on Monday, wounding two officers. Senior Superintendent "
            'of Police (SSP) Gaurav Yadav visited the site. "We have formed teams to trace them. We suspect that the '
            'cell is being run by handlers in Pakistan," the SSP said.',
            "Gaurav Yadav",
            "handlers",
        ),
    ],
)
def test_a_suspected_backer_or_boss_is_a_hedged_accusation(text: str, speaker: str, target: str) -> None:
    [accusation] = _of_type(_incident(text), "accusation")

    assert speaker in (accusation.speaker or "")
    assert target in (accusation.target or "")
    assert accusation.hedged


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a shopkeeper in Peshawar on Friday. Police suspect the killing was linked to a land dispute.",
        "Gunmen killed a district official in Khash on Monday. The governor condemned the attack and said security "
        "forces had launched a manhunt to find the attackers.",
    ],
)
def test_a_motive_or_a_manhunt_accuses_no_one(text: str) -> None:
    assert _of_type(_incident(text), "accusation") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "An Israeli drone strike on a car in southern Lebanon killed two people on Sunday, the health ministry "
            "said. The Israeli military said its aircraft had struck a Hezbollah commander in the area.",
            "Israeli military",
        ),
        (
            "Drones struck a camp of a Kurdish opposition group near Koya on Tuesday, killing two people. Iran's "
            'Revolutionary Guards said in a statement that its ground forces had targeted "headquarters of '
            'separatist groups" in northern Iraq.',
            "Revolutionary Guards",
        ),
        (
            "US strikes hit a port in Hodeidah on Thursday, killing at least 20 people, Houthi-run media said. US "
            "Central Command said its forces had targeted Houthi fuel infrastructure at the port.",
            "Central Command",
        ),
    ],
)
def test_a_force_telling_that_its_forces_struck_a_place_claims_the_strike(text: str, speaker: str) -> None:
    [claim] = _of_type(_incident(text), "claim_responsibility")

    assert speaker in (claim.speaker or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A man stabbed three people at a train station in Hamburg on Friday. Olaf Scholz, the chancellor, said the "
            'attack was "a cowardly act of terror".',
            "Olaf Scholz",
        ),
        (
            "A gunman killed two people outside a bar in Lyon on Saturday. The city's mayor said the shooting was "
            '"barbaric and senseless".',
            "mayor",
        ),
        (
            "A suicide bomber killed 12 people at a mosque in Kunduz on Friday. In a post on X, Pakistan's foreign "
            'minister Ishaq Dar called the bombing a "heinous crime".',
            "Ishaq Dar",
        ),
    ],
)
def test_saying_the_attack_was_cowardly_condemns_it(text: str, speaker: str) -> None:
    [condemnation] = _of_type(_incident(text), "condemnation")

    assert speaker in (condemnation.speaker or "")


def test_saying_the_attack_was_terror_related_condemns_nothing() -> None:
    text = "A man stabbed two people in Leeds on Sunday. Police said the stabbing was terror-related."

    assert _of_type(_incident(text), "condemnation") == []


@pytest.mark.parametrize(
    "text",
    [
        "A court in Boston jailed a taxi driver on Wednesday for lying to investigators about his ties to the two men "
        "accused of carrying out the marathon bombing, which killed three people.",
        "A bomb exploded in a shopping street in Belfast on Friday, killing nine people. The IRA tried to blame the "
        "security forces for failing to act on its warnings.",
    ],
)
def test_men_accused_by_no_one_or_blamed_for_a_failure_are_no_accusation(text: str) -> None:
    assert _of_type(_incident(text), "accusation") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A gunman killed three people at a mosque in Quebec City on Sunday, police said. "This is a barbaric '
            'act," reacted the prime minister, Mark Carney, on X, condemning the shooting.',
            "Mark Carney",
        ),
        (
            "A man set fire to a synagogue in Rouen on Friday. A suspect was arrested, according to a source close "
            'to the investigation. "Nothing can justify such violence," reacted the mayor of Rouen, Nicolas '
            'Mayer-Rossignol, on X, denouncing "an odious act".',
            "Mayer-Rossignol",
        ),
    ],
)
def test_the_speaker_after_a_quotation_condemns(text: str, speaker: str) -> None:
    [condemnation] = _of_type(_incident(text), "condemnation")

    assert speaker in (condemnation.speaker or "")


def test_he_is_the_person_last_named_as_speaking() -> None:
    text = (
        "A barrage of rockets struck a residential area of Kursk on Friday, killing two people, the regional "
        "governor said. Governor Alexander Khinshtein said on Telegram that the rockets hit several apartment "
        "buildings. Three of the wounded were in serious condition, he said. He blamed the Ukrainian armed forces "
        "for the attack."
    )
    accusations = _of_type(_incident(text), "accusation")

    assert ("Alexander Khinshtein", "Ukrainian armed forces") in {(a.speaker, a.target) for a in accusations}


def test_an_accused_phrase_in_quotation_marks_keeps_both_marks() -> None:
    text = (
        "A car bomb killed four soldiers in Diyarbakir on Thursday. The PKK denied carrying out the attack, blaming "
        '"deep state" elements.'
    )
    [accusation] = _of_type(_incident(text), "accusation")

    assert accusation.target == '"deep state" elements'


@pytest.mark.parametrize("subject", ["Nobody has", "No one has", "None of the groups"])
def test_nobody_claiming_the_attack_is_no_claim(subject: str) -> None:
    text = f"Gunmen shot dead a city councillor in Cali on Monday. {subject} claimed the killing."

    assert _of_type(_incident(text), "claim_responsibility") == []


def test_a_headline_claim_after_a_semicolon_is_the_groups() -> None:
    text = (
        "Two policemen killed in grenade attack on Bannu checkpost; Pakistani Taliban claim responsibility\n\n"
        "Militants hurled a grenade at a police checkpost in Bannu on Monday, killing two policemen, police said."
    )
    speakers = {s.speaker for s in _of_type(_incident(text), "claim_responsibility")}

    assert speakers and all("Taliban" in (s or "") for s in speakers)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            'A grenade exploded at a market in Jolo on Sunday, wounding nine people. "It appears that the ASG '
            'remnants are behind this," the army commander, Gen. Romeo Santos, said, adding that troops had set up '
            "checkpoints at all exit points of the town.",
            "ASG",
        ),
        (
            "A grenade exploded at a market in Cotabato on Sunday, wounding nine people. Police said it appeared that "
            "extortion gangs were behind the blast.",
            "extortion gangs",
        ),
    ],
)
def test_those_said_to_be_behind_it_are_accused_not_troops_at_checkpoints(text: str, target: str) -> None:
    targets = [a.target or "" for a in _of_type(_incident(text), "accusation")]

    assert any(target in t for t in targets) and not any("troops" in t for t in targets)


def test_he_is_the_person_last_named_as_a_subject_before_a_long_quotation() -> None:
    text = (
        "Gunmen seized hostages at a police station in Derbent on Sunday. Dagestan's head Sergei Melikov has spoken to "
        'reporters at the scene. "The bandits have been liquidated. Not one hostage was killed. I thank our security '
        'forces," he said. He said the attackers were "followers of an international terrorist organisation".'
    )
    [accusation] = _of_type(_incident(text), "accusation")

    assert accusation.speaker == "Sergei Melikov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A bomb killed ten people at a market in Maiduguri on Friday. President Bola Tinubu slammed the "cowardly" '
            "attack and ordered security chiefs to hunt down the perpetrators.",
            "Bola Tinubu",
        ),
        (
            "A gunman killed five worshippers at a church in Kaduna on Sunday. The Christian Association of Nigeria "
            "expressed outrage at the killings.",
            "Christian Association of Nigeria",
        ),
    ],
)
def test_slamming_the_attack_or_expressing_outrage_condemns_it(text: str, speaker: str) -> None:
    [condemnation] = _of_type(_incident(text), "condemnation")

    assert speaker in (condemnation.speaker or "")


def test_a_drone_that_slammed_into_a_building_condemns_nothing() -> None:
    text = "A drone slammed into an apartment building in Kyiv on Monday, killing three people, officials said."

    assert _of_type(_incident(text), "condemnation") == []


@pytest.mark.parametrize(
    ("reaction", "speaker"),
    [
        ('President Samia Hassan described the attack as "desperate, cowardly and useless".', "Samia Hassan"),
        ('Prime Minister Jean Dupont called it "an intolerable attempt" to sow fear.', "Jean Dupont"),
        ("Chancellor Karl Weber described the massacre in the village as a callous act.", "Karl Weber"),
    ],
)
def test_describing_the_attack_as_cowardly_or_intolerable_condemns_it(reaction: str, speaker: str) -> None:
    text = f"Gunmen killed 12 villagers in an attack on a village near Bunia on Friday, officials said. {reaction}"

    [condemnation] = _of_type(_incident(text), "condemnation")

    assert speaker in (condemnation.speaker or "")


@pytest.mark.parametrize(
    ("reaction", "target"),
    [
        ("Egypt strongly condemned the air strikes by Israel on the camp.", "Israel"),
        ("The foreign ministry in Kyiv condemned Russia's missile attack on the city.", "Russia"),
        ('The ministry condemned "the unprovoked violation of its airspace by Iran".', "Iran"),
    ],
)
def test_the_condemned_doer_is_the_condemnation_target(reaction: str, target: str) -> None:
    text = f"A missile strike killed four civilians in a village near the border on Tuesday, officials said. {reaction}"

    [condemnation] = _of_type(_incident(text), "condemnation")

    assert condemnation.target == target


@pytest.mark.parametrize(
    ("reaction", "speaker", "target"),
    [
        (
            'Defence Minister Ali Khan said Afghanistan was "not fulfilling its obligations" and was providing '
            "shelter to the militants.",
            "Ali Khan",
            "Afghanistan",
        ),
        (
            "The interior minister said Afghanistan continued to harbour the militants behind the attack.",
            "minister",
            "Afghanistan",
        ),
        (
            '"Kabul is giving safe haven to these terrorists," Interior Minister Omar Baig told reporters.',
            "Omar Baig",
            "Kabul",
        ),
        ("India's foreign ministry said the militants enjoyed safe havens in Pakistan.", "ministry", "Pakistan"),
        (
            '"These terrorists have sanctuaries across the border in Afghanistan," the interior minister said.',
            "minister",
            "Afghanistan",
        ),
    ],
)
def test_saying_a_state_shelters_the_militants_accuses_it(reaction: str, speaker: str, target: str) -> None:
    text = f"Militants attacked an army post in Zhob on Wednesday, killing five soldiers, the army said. {reaction}"

    accusations = [s for s in _of_type(_incident(text), "accusation") if s.target == target]

    assert accusations and speaker in (accusations[0].speaker or "")


@pytest.mark.parametrize(
    ("reaction", "place"),
    [
        ("A Taliban spokesman said Afghanistan was not harbouring any militants.", "Afghanistan"),
        ("Police said the gang had safe havens in Balochistan.", "Balochistan"),
    ],
)
def test_no_harbouring_or_a_province_haven_accuses_no_state(reaction: str, place: str) -> None:
    text = f"Militants attacked an army post in Zhob on Wednesday, killing five soldiers, the army said. {reaction}"

    assert not [s for s in _of_type(_incident(text), "accusation") if s.target == place]


@pytest.mark.parametrize(
    "report",
    [
        "Iranian state media reported that the country's forces had used missiles to destroy two strongholds.",
        "Russian state television said Russian forces struck the depot overnight.",
    ],
)
def test_state_media_telling_of_the_countrys_forces_striking_claims_it(report: str) -> None:
    text = f"Missiles struck a depot near the border on Tuesday night, killing two guards, officials said. {report}"

    claims = _of_type(_incident(text), "claim_responsibility")

    assert any("state" in (c.speaker or "") for c in claims)


def test_state_media_telling_of_the_enemys_strike_claims_nothing() -> None:
    text = (
        "Missiles struck a building in Damascus on Tuesday night, killing two guards, officials said. "
        "Syrian state media said Israeli forces struck the building."
    )

    assert _of_type(_incident(text), "claim_responsibility") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two children were killed in a missile strike on a village near Panjgur, according to Pakistan's foreign "
            "ministry. The ministry condemned the strike by Iran.",
            "Pakistan's foreign ministry",
        ),
        (
            "A drone struck a power plant in Odesa on Monday, killing two workers, the Ukrainian energy ministry "
            "said. The ministry condemned the attack as a barbaric act.",
            "Ukrainian energy ministry",
        ),
    ],
)
def test_a_bare_ministry_speaking_is_the_one_named_before(text: str, speaker: str) -> None:
    [condemnation] = _of_type(_incident(text), "condemnation")

    assert condemnation.speaker == speaker


@pytest.mark.parametrize(
    "said",
    [
        "A militia spokesman denied any role, telling Reuters the attack may have been staged by the army.",
        "Separatist commanders said soldiers may have staged the kidnapping to tarnish their cause.",
    ],
)
def test_saying_the_attack_may_have_been_staged_by_someone_is_a_hedged_accusation(said: str) -> None:
    incident = _incident("Gunmen kidnapped 15 pupils from a school in Kumba on Tuesday, officials said. " + said)
    accusations = _of_type(incident, "accusation")
    assert any(s.target and ("army" in s.target or "soldiers" in s.target) and s.hedged for s in accusations)


def test_a_protest_staged_by_students_accuses_no_one() -> None:
    incident = _incident(
        "Gunmen killed four traders at a market in Bukavu on Tuesday, officials said. "
        "On Wednesday a march staged by students went ahead in the town."
    )
    assert not _of_type(incident, "accusation")


def test_a_claimant_described_then_named_is_the_group_named() -> None:
    incident = _incident(
        "A suicide bomber killed 12 people at a mosque in Kunduz on Friday, officials said. "
        "The Islamic State affiliate in Afghanistan, known as Islamic State Khorasan Province (ISKP), "
        "claimed responsibility for the attack."
    )
    assert {s.speaker for s in _of_type(incident, "claim_responsibility")} == {"Islamic State Khorasan Province"}


@pytest.mark.parametrize(
    "said",
    [
        'A coalition spokesman said reports of the strike on the prison were "baseless".',
        "The government said the allegations were false.",
        'A coalition spokesman said reports that its jets had struck the prison were "unfounded".',
    ],
)
def test_calling_reports_of_the_attack_false_is_a_denial_not_a_dispute(said: str) -> None:
    incident = _incident("An air strike hit a prison in Saada on Friday, killing 40 detainees, medics said. " + said)
    assert _of_type(incident, "denial") and not _of_type(incident, "dispute")


def test_a_group_accusing_the_coalition_names_it_as_the_accused() -> None:
    incident = _incident(
        "An air strike hit a prison in Saada on Friday, killing 40 detainees, medics said. "
        'The Houthis accused the coalition of committing "a heinous crime" against detainees.'
    )
    assert any(s.target == "coalition" for s in _of_type(incident, "accusation"))


def test_the_rebels_blamed_are_the_rebels_named_before_and_the_spokesman_the_one_described() -> None:
    incident = _incident(
        "Heavy fighting between M23 rebels and local militias raged near Sake on Wednesday, killing five civilians. "
        "A spokesman for the Wazalendo militia blamed the rebels. "
        '"They are bombing civilians," the spokesman said. '
        "Later, M23 spokesman Lawrence Kanyuka denied targeting civilians."
    )
    accusations = _of_type(incident, "accusation")
    assert any(s.target and "M23" in s.target for s in accusations)
    assert not any(s.speaker and "Kanyuka" in s.speaker for s in accusations)


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        (
            '"We will not be intimidated," he said. "This was a cowardly attack by al Shabaab terrorists."',
            "Mohamud",
        ),
        (
            '"Love always wins," he said. "This was an unsuccessful attempt by forces who want to divide us.',
            "Mohamud",
        ),
    ],
)
def test_a_quotation_going_on_after_its_attribution_accuses_for_its_speaker(quote: str, speaker: str) -> None:
    incident = _incident(
        "A car bomb killed 14 people near a police station in Mogadishu on Monday, officials said.\n\n"
        "President Hassan Sheikh Mohamud visited the wounded in hospital. " + quote
    )
    accusations = _of_type(incident, "accusation")
    assert any(s.speaker and speaker in s.speaker and not s.hedged for s in accusations)


def test_an_attempt_by_police_to_rescue_is_no_accusation() -> None:
    incident = _incident(
        "Gunmen seized 20 hostages at a bank in Quito on Monday, officials said. "
        '"It was a brave attempt by police to rescue them," the minister said. "This was an attempt by police to '
        "rescue the hostages."
    )
    assert not _of_type(incident, "accusation")


def test_attackers_said_to_have_been_paid_by_someone_accuse_the_payer_hedged() -> None:
    incident = _incident(
        "A grenade exploded at a rally in Addis Ababa on Saturday, killing two people. "
        "The attorney general said the attackers had allegedly been paid to carry out the attack by people "
        "opposed to the reforms."
    )
    accusations = _of_type(incident, "accusation")
    assert any(s.speaker and "attorney general" in s.speaker.lower() and s.hedged for s in accusations)


def test_a_source_saying_the_attack_was_carried_out_by_its_own_drones_accuses_no_one() -> None:
    incident = _incident(
        "A drone struck a fuel depot in Belgorod on Sunday, injuring three workers, the governor said. "
        "A source in Ukraine's military intelligence said the attack was carried out by its drones."
    )
    assert not _of_type(incident, "accusation")


def test_an_attack_linked_to_a_gang_feud_is_a_hedged_accusation_and_a_contested_town_no_dispute() -> None:
    incident = _incident(
        "Gunmen shot dead the mayor of Chilpancingo on Sunday, officials said. "
        "Chilpancingo has long been disputed by two drug gangs, and security analysts said the killing was "
        "probably linked to that struggle."
    )
    assert any(s.speaker and "analysts" in s.speaker and s.hedged for s in _of_type(incident, "accusation"))
    assert not _of_type(incident, "dispute")


def test_an_attack_linked_to_extortion_accuses_no_one() -> None:
    incident = _incident(
        "Gunmen shot dead a shopkeeper in Acapulco on Sunday, officials said. "
        "Police said the killing was linked to extortion."
    )
    assert not _of_type(incident, "accusation")


@pytest.mark.parametrize(
    ("said", "speaker", "target"),
    [
        (
            '"Hezbollah will pay a heavy price for this aggression," Defence Minister Yoav Gallant said.',
            "Gallant",
            "Hezbollah",
        ),
        (
            '"The terrorists and their facilitators will pay a heavy price," Prime Minister Shehbaz Sharif said.',
            "Sharif",
            "terrorists",
        ),
    ],
)
def test_saying_someone_will_pay_a_heavy_price_threatens_them(said: str, speaker: str, target: str) -> None:
    incident = _incident("A rocket killed 12 children at a football pitch in Majdal Shams on Saturday. " + said)
    threats = _of_type(incident, "threat")
    assert any(s.speaker and speaker in s.speaker and s.target and target in s.target for s in threats)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A gunman killed five people at a mosque in Quebec City on Sunday. Prime Minister Justin Trudeau said he "
            'was "outraged" by what he called a terrorist attack on Muslims.',
            "Justin Trudeau",
        ),
        (
            "Gunmen killed a mayor in Temixco, Morelos, on Saturday. Governor Graco Ramirez said those responsible "
            "for this cowardly murder will be punished.",
            "Graco Ramirez",
        ),
        (
            "A bomb killed 14 people at a bus station in Abuja on Monday. President Muhammadu Buhari vowed to bring "
            "the perpetrators to justice.",
            "Muhammadu Buhari",
        ),
        (
            "Gunmen killed seven people at a castle in Karak, Jordan, on Sunday. Foreign Minister Stephane Dion said "
            'Ottawa "strongly condemns" the attack.',
            "Stephane Dion",
        ),
        (
            "A bomb killed a deputy governor in Faizabad, Afghanistan, on Thursday. Zabihullah Mujahid, the chief "
            "Taliban spokesman, condemned the attack.",
            "Zabihullah Mujahid",
        ),
    ],
)
def test_outrage_vows_of_punishment_and_spokesmen_condemn_in_their_own_name(text: str, speaker: str) -> None:
    assert any(speaker in (s.speaker or "") for s in _of_type(_incident(text), "condemnation"))


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Gunmen kidnapped six aid workers in Diffa, Niger, on Tuesday. Boko Haram is believed to be behind the "
            "abduction, a local official said.",
            "official",
            "Boko Haram",
        ),
        (
            "Gunmen shot dead a mayor in Iguala, Guerrero, on Sunday. Police said they were investigating whether "
            "the cartel known as Los Viagras was behind the killing.",
            "Police",
            "Los Viagras",
        ),
        (
            'A bomb killed 20 worshippers at a mosque in Sylhet on Friday. "We believe the attackers were most likely '
            'members of JMB. They are homegrown militants," Home Minister Asaduzzaman Khan told reporters.',
            "Asaduzzaman Khan",
            "JMB",
        ),
    ],
)
def test_what_officials_believe_or_investigate_is_a_hedged_accusation_not_a_claim(
    text: str, speaker: str, target: str
) -> None:
    incident = _incident(text)

    assert not _of_type(incident, "claim_responsibility")
    accusations = _of_type(incident, "accusation")
    assert any(speaker in (s.speaker or "") and target in (s.target or "") and s.hedged for s in accusations)


def test_suspicion_falling_on_a_group_is_a_hedged_accusation_with_no_speaker_of_its_own() -> None:
    text = (
        "A bomb exploded at a market in Maiduguri on Monday, killing 12 people. Suspicion immediately fell on "
        "Boko Haram, which has carried out similar attacks."
    )
    [accusation] = _of_type(_incident(text), "accusation")
    assert (accusation.speaker, accusation.target, accusation.hedged) == (None, "Boko Haram", True)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Shelling killed four civilians in Poonch, Kashmir, on Friday. The Indian Army said Pakistani troops "
            "resorted to unprovoked firing across the Line of Control.",
            "Indian Army",
            "Pakistani troops",
        ),
        (
            "Shelling killed two soldiers near Tovuz on Sunday. Armenia's defence ministry said Azerbaijani forces "
            "violated the ceasefire overnight.",
            "defence ministry",
            "Azerbaijani forces",
        ),
    ],
)
def test_a_side_said_to_have_fired_or_broken_a_ceasefire_is_accused(text: str, speaker: str, target: str) -> None:
    accusations = _of_type(_incident(text), "accusation")
    assert any(speaker in (s.speaker or "") and target in (s.target or "") for s in accusations)


def test_a_live_blog_minister_who_confirms_and_says_his_capital_condemns_is_the_speaker() -> None:
    text = (
        "Gunmen killed seven people at a castle in Karak, Jordan, on Sunday.\n\n20:45 - Foreign Minister Stephane "
        'Dion confirms a Canadian citizen was killed and says Ottawa "strongly condemns" the attack.'
    )
    speakers = [s.speaker or "" for s in _of_type(_incident(text), "condemnation")]
    assert any(speaker.startswith("Foreign Minister Stephane Dion") for speaker in speakers)


def test_he_who_vows_punishment_is_the_person_who_confirmed_the_deaths_just_before() -> None:
    text = (
        "Gunmen kidnapped four Americans in Matamoros on Friday.\n\n17:48 GMT - State prosecutor Ramon Ortiz says "
        "the four were found in a house, he says.\n\n17:20 GMT - President Luis Herrera confirms two of the "
        'Americans are dead. "We are very sorry about this," he tells reporters, adding that those responsible '
        "would be punished."
    )
    assert any("Herrera" in (s.speaker or "") for s in _of_type(_incident(text), "condemnation"))


def test_a_news_agency_close_to_a_group_telling_its_unit_carried_out_the_attack_claims_for_the_group() -> None:
    text = (
        "A suicide bomber blew himself up outside a ministry in Ankara on Sunday, wounding two police officers. "
        "A news agency close to the Kurdistan Workers Party (PKK) said a team from the group had carried out "
        "the attack."
    )
    incident = _incident(text)
    assert any("Kurdistan Workers" in (s.speaker or "") for s in _of_type(incident, "claim_responsibility"))


def test_an_unlisted_movement_saying_it_was_behind_the_raid_claims_it() -> None:
    text = (
        "Gunmen attacked an army camp in Nampala, Mali, on Tuesday, killing 17 soldiers. A little-known herders' "
        "movement, the Alliance for the Defence of Herders (ADH), said it was behind the raid."
    )
    claims = _of_type(_incident(text), "claim_responsibility")
    assert any("Alliance for the Defence of Herders" in (s.speaker or "") for s in claims)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            'A suicide bomber killed a police officer in Bandung on Wednesday. "He had been in contact with the JAD '
            'network," police chief Budi Santoso said.',
            "Jamaah Ansharut Daulah",
        ),
        (
            "A gunman killed four people at a synagogue in Vienna on Monday. Police said the gunman had been in touch "
            "with Islamic State handlers in Syria.",
            "Islamic State",
        ),
    ],
)
def test_an_attacker_said_to_be_in_contact_with_a_group_accuses_it(text: str, target: str) -> None:
    assert any(target in (s.target or "") for s in _of_type(_incident(text), "accusation"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A gunman opened fire at a shopping mall in Uvalde on Sunday, killing four people, police said. "
            "Texas Governor Greg Abbott said he was heartbroken by the shooting.",
            "Greg Abbott",
        ),
        (
            "Two soldiers were killed when militants attacked an army post near Djibo on Monday. "
            '"A cowardly attack was perpetrated this morning against our soldiers," Prime Minister '
            "Apollinaire Kyelem said in a statement.",
            "Apollinaire Kyelem",
        ),
        (
            "Militants stormed a hotel in Bamako on Friday, killing five guests, officials said. Interior Minister "
            'Salif Traore praised the security forces for repelling what he called a "heinous" attack.',
            "Salif Traore",
        ),
        (
            "Gunmen killed a district official in Jalalabad on Monday. "
            '"He was a loyal servant of this province. I condemn this senseless act. Such violence has no place '
            'here," Governor Ziaul Haq Amarkhil said in a statement.',
            "Amarkhil",
        ),
        (
            "A bomb exploded at a mosque in Dhaka on Friday, killing three worshippers, police said. Prime Minister "
            'Sheikh Hasina visited the wounded. "The attack on our worshippers is a despicable act, and the whole '
            'country condemns it," she said in a televised address.',
            "Sheikh Hasina",
        ),
    ],
)
def test_an_officials_reaction_condemns_the_attack(text: str, speaker: str) -> None:
    condemnations = _of_type(_incident(text), "condemnation")

    assert any(speaker in (s.speaker or "") for s in condemnations)
    assert all(s.speaker not in ("I", "whole country") for s in condemnations)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the brutal attack left five people dead in the village of Tunga on Sunday.",
        "Gunmen shot dead two men in Tunga on Sunday. Police said they were not aware of any threat.",
    ],
)
def test_a_narrated_attack_is_no_condemnation(text: str) -> None:
    assert _of_type(_incident(text), "condemnation") == []


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            'A church bomb killed 14 people in Kasindi on Sunday. "It is indeed a terrorist act committed by the '
            'ADF," army spokesman Captain Antony Mualushayi told AFP.',
            "Mualushayi",
            "ADF",
        ),
        (
            'A bomb killed nine people at a market in Maiduguri on Monday. "This was a cowardly act perpetrated by '
            'Boko Haram," the governor said.',
            "governor",
            "Boko Haram",
        ),
        (
            "A shell hit a camp near Laiza on Monday, killing 29 people. Col. Naw Bu, a spokesperson for the Kachin "
            "Independence Army, said the blast was caused by an artillery shell fired by the military.",
            "Kachin Independence Army",
            "military",
        ),
        (
            "Gunmen killed six pupils at a school in Kumba on Saturday. Communication Minister Rene Emmanuel Sadi "
            "said that the attackers appeared to have been separatist fighters.",
            "Sadi",
            "separatist",
        ),
    ],
)
def test_a_deed_told_with_its_doer_accuses_the_doer(text: str, speaker: str, target: str) -> None:
    accusations = _of_type(_incident(text), "accusation")

    assert any(speaker in (s.speaker or "") and target in (s.target or "") for s in accusations)


def test_a_deed_done_to_the_speakers_own_is_no_claim() -> None:
    text = (
        "Two opposition officials were shot dead in their car in Maputo on Friday. "
        '"They killed my lawyer because he was preparing our legal challenges," Mondlane said on social media.'
    )
    assert _of_type(_incident(text), "claim_responsibility") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Two opposition officials were shot dead in their car in Maputo on Friday. Mondlane said the killings "
            'were the work of "death squads" and suggested that elements of the security forces were involved.',
            "security forces",
        ),
        (
            "A bomb killed four people in Quetta on Monday. A provincial official suggested that militants of the "
            "Baloch Liberation Army were involved.",
            "Baloch",
        ),
    ],
)
def test_suggesting_who_was_involved_is_a_hedged_accusation(text: str, target: str) -> None:
    accusations = _of_type(_incident(text), "accusation")

    assert any(target in (s.target or "") and s.hedged for s in accusations)


def test_no_one_else_involved_accuses_no_one() -> None:
    text = "A man was stabbed to death in Leeds on Sunday. Police said no other people were involved."
    assert _of_type(_incident(text), "accusation") == []


def test_condolences_to_the_families_are_a_condemnation() -> None:
    text = (
        "A man rammed his car into pedestrians and stabbed passersby in Ashdod on Tuesday, killing four people. "
        "Prime Minister Yair Lapid praised the civilians who stopped the attacker and sent condolences to the families."
    )
    [condemnation] = _of_type(_incident(text), "condemnation")
    assert "Yair Lapid" in (condemnation.speaker or "")


def test_an_accusation_told_with_behind_is_one_statement_not_a_second_speakerless_one() -> None:
    incident = _incident(
        "A car bomb exploded at a bus station in Azaz on Sunday, killing six people, the civil defence said. "
        "The town's council accused the Kurdish-led YPG of being behind the bombing."
    )
    accusations = _of_type(incident, "accusation")
    assert len(accusations) == 1
    assert accusations[0].speaker == "town's council" and "YPG" in accusations[0].target


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A suicide bomber killed 14 people at a wedding hall in Kabul on Saturday. "
            'President Ashraf Ghani called the incident "an act of barbarism" and ordered an investigation.',
            "Ashraf Ghani",
        ),
        (
            "Gunmen killed nine people at a bar in Juarez on Friday night. "
            'Governor Maria Campos, in a video statement, described the violence as "an act of terror".',
            "Maria Campos",
        ),
        (
            "A man stabbed three worshippers at a mosque in Leicester on Friday. "
            'Prime Minister Keir Starmer labelled the incident a "senseless act of hatred".',
            "Keir Starmer",
        ),
    ],
)
def test_calling_the_incident_an_act_of_barbarism_or_terror_is_a_condemnation(text: str, speaker: str) -> None:
    [condemnation] = _of_type(_incident(text), "condemnation")
    assert speaker in (condemnation.speaker or "")


def test_calling_the_incident_a_terrorist_attack_is_an_assessment_not_a_condemnation() -> None:
    text = (
        "A man stabbed two people at a railway station in Hamburg on Friday. "
        "Police described the incident as a terrorist attack."
    )
    assert _of_type(_incident(text), "condemnation") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gunmen stormed a hotel in Mogadishu on Friday, killing nine people. "
            "Prime Minister Hamza Barre visited the scene and said the perpetrators would be hunted down and punished.",
            "Hamza Barre",
        ),
        (
            "A bomb killed six soldiers near Tikrit on Monday. "
            'Interior Minister Ahmed Fiqi vowed that those responsible would be pursued "wherever they hide".',
            "Ahmed Fiqi",
        ),
        (
            "Gunmen killed four farmers in Benue on Sunday. "
            "The state governor said the attackers would face the full force of the law.",
            "governor",
        ),
    ],
)
def test_a_vow_that_the_perpetrators_will_be_punished_is_a_condemnation(text: str, speaker: str) -> None:
    [condemnation] = _of_type(_incident(text), "condemnation")
    assert speaker in (condemnation.speaker or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A man armed with a knife wounded five people at a festival in Solingen on Friday night. "
            'The Islamic State group said through its Amaq news agency that the attacker was "a soldier of the '
            'Islamic State".',
            "Islamic State",
        ),
        (
            "A gunman killed two people at a bus stop in Jerusalem on Monday. "
            "Hamas said in a statement that the gunman was one of its members.",
            "Hamas",
        ),
        (
            "A suicide bomber killed 12 people at a checkpoint in Kandahar on Sunday. "
            '"The attack was carried out by one of our mujahideen," Taliban spokesman Zabihullah Mujahid said.',
            "Taliban",
        ),
        (
            "Two men stormed a church in Normandy and killed a priest on Tuesday. "
            'The Islamic State group said through Amaq that "two soldiers of the Islamic State" had carried out '
            "the attack.",
            "Islamic State",
        ),
    ],
)
def test_a_group_saying_the_attacker_was_one_of_its_men_claims_the_attack(text: str, speaker: str) -> None:
    claims = _of_type(_incident(text), "claim_responsibility")
    assert any(speaker in (c.speaker or "") for c in claims)


def test_claiming_the_hostage_taking_is_a_claim() -> None:
    text = (
        "Gunmen took a judge hostage at a courthouse in Izmir on Tuesday. "
        "The outlawed DHKP-C claimed the hostage-taking hours later."
    )
    [claim] = _of_type(_incident(text), "claim_responsibility")
    assert "Revolutionary People's Liberation" in (claim.speaker or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Militants stormed an army camp in Kashmir on Sunday, killing 11 soldiers. "
            "Director General of Military Operations Lt Gen Anil Chauhan briefed reporters in New Delhi. "
            '"All four attackers belonged to Jaish-e-Mohammed," Lt Gen Chauhan said.',
            "Lt Gen Anil Chauhan",
        ),
        (
            "Gunmen shot dead four villagers in Rajouri on Sunday. Lieutenant Governor Arun Mehta visited the village. "
            '"Those behind this dastardly attack will not go unpunished," Mehta said.',
            "Arun Mehta",
        ),
    ],
)
def test_a_speaker_named_by_surname_is_the_person_named_in_full_before(text: str, speaker: str) -> None:
    incident = _incident(text)
    assert any(s.speaker == speaker for s in incident.statements)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Gunmen killed 46 women at a prison in Tamara on Tuesday. The head of the prison system, Ana Ruiz, said "
            "members of the MS-13 gang had forced their way into a cell block and opened fire.",
            "Ana Ruiz",
            "MS-13",
        ),
        (
            "A boy was shot dead in Izeh on Wednesday. At his funeral, his father said the car had been fired on by "
            "security forces, not by militants.",
            "father",
            "security forces",
        ),
        (
            "Two soldiers were killed when artillery shells hit a village near Tavush on Sunday. Yerevan accused "
            "Azerbaijani forces of trying to seize an Armenian position.",
            "Yerevan",
            "Azerbaijan",
        ),
    ],
)
def test_a_speaker_telling_who_opened_fire_or_tried_to_seize_a_position_accuses_them(
    text: str, speaker: str, target: str
) -> None:
    accusations = _of_type(_incident(text), "accusation")
    assert any(speaker in (s.speaker or "") and target in (s.target or "") for s in accusations)


def test_a_minister_saying_the_terrorist_organisation_is_targeting_civilians_accuses_it() -> None:
    text = (
        "Mortar shells fired from Syria killed three civilians in the border town of Kilis on Friday. "
        '"The terrorist organisation is deliberately targeting our civilians," Interior Minister Ali Kaya said.'
    )
    accusations = _of_type(_incident(text), "accusation")
    assert any("Ali Kaya" in (s.speaker or "") and "terrorist organisation" in (s.target or "") for s in accusations)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Arsonists set fire to a mosque in the village of Aqraba on Tuesday. "
            '"They came at night and poured petrol on the carpets," said Omar Saleh, the village council head. '
            '"We have no doubt who did this. It is the settlers from the outposts around us who do this again and '
            'again."',
            "Omar Saleh",
            "settlers",
        ),
        (
            "Rockets struck a kindergarten in Sderot on Monday, wounding four children. "
            '"The children were in the yard," said Miriam Cohen, the director. '
            '"It was Hamas that fired these rockets, and the world must know it."',
            "Miriam Cohen",
            "Hamas",
        ),
    ],
)
def test_a_quoted_cleft_naming_who_did_it_accuses_them(text: str, speaker: str, target: str) -> None:
    accusations = _of_type(_incident(text), "accusation")
    assert any(speaker in (s.speaker or "") and target in (s.target or "") for s in accusations)


@pytest.mark.parametrize(
    ("text", "speaker", "target", "hedged"),
    [
        (
            "Guards opened fire on inmates at a jail in Acarigua on Friday, killing 29 detainees. The monitor's "
            "director, Luis Prado, wrote on Twitter, suggesting that police may have used excessive force against "
            "detainees.",
            "Luis Prado",
            "police",
            True,
        ),
        (
            "Eleven protesters were shot dead in Khartoum on Monday. "
            "Human Rights Watch said security forces used lethal force against peaceful protesters.",
            "Human Rights Watch",
            "security forces",
            False,
        ),
    ],
)
def test_saying_someone_used_force_against_people_accuses_them(
    text: str, speaker: str, target: str, hedged: bool
) -> None:
    accusations = _of_type(_incident(text), "accusation")
    assert any(speaker in (s.speaker or "") and target in (s.target or "") and s.hedged is hedged for s in accusations)


def test_paying_a_heavy_price_in_the_fight_threatens_no_one() -> None:
    text = (
        "Forty soldiers and auxiliaries were killed in an attack on a base near Djibo on Saturday. "
        "The auxiliaries, who receive two weeks of training, pay a heavy price in the fight against the jihadists."
    )
    assert _of_type(_incident(text), "threat") == []


def test_an_army_saying_its_aircraft_struck_a_named_commander_claims_the_strike() -> None:
    text = (
        "A drone strike on a car in the Lebanese city of Tyre killed a commander of an armed group on Wednesday. "
        "The Israeli military said in a statement that its aircraft had struck Hassan Jaber."
    )
    claims = _of_type(_incident(text), "claim_responsibility")
    assert any("Israeli military" in (c.speaker or "") for c in claims)


def test_a_group_saying_its_commander_was_assassinated_by_the_enemy_accuses_it() -> None:
    text = (
        "A drone strike on a car in the Lebanese city of Tyre killed a commander of an armed group on Wednesday. "
        'The group\'s armed wing said Hassan Jaber was "assassinated by the Israeli enemy" and vowed to respond.'
    )
    accusations = _of_type(_incident(text), "accusation")
    assert any("Israeli enemy" in (s.target or "") for s in accusations)


@pytest.mark.parametrize(
    ("reaction", "speaker"),
    [
        ("President Ana Lopes said her thoughts were with the families of the victims.", "Ana Lopes"),
        ('"Our hearts go out to the families of those killed," Prime Minister Tom Reyes said on Twitter.', "Tom Reyes"),
        ('Prime Minister Ravi Menon tweeted that he was "pained by the loss of lives".', "Ravi Menon"),
        ('President Paul Girard expressed his "horror" at the attack and his solidarity with the families.', "Girard"),
        ('"There can be no justification for such violence," Foreign Minister Mei Tan said.', "Mei Tan"),
        ('Premier Jane Roe: "I am horrified by this cowardly attack on innocent people."', "Jane Roe"),
        ('Interior Minister Eva Brandt called the stabbing an "Islamist act of terror".', "Eva Brandt"),
        ('"This senseless act of violence has no place in our state," Governor Lena Park said.', "Lena Park"),
    ],
)
def test_a_leaders_reaction_of_sympathy_or_outrage_is_a_condemnation(reaction: str, speaker: str) -> None:
    text = f"A gunman killed six people at a shopping centre in Brookfield on Saturday, police said. {reaction}"
    condemnations = _of_type(_incident(text), "condemnation")
    assert [c.speaker for c in condemnations if speaker in (c.speaker or "")]
    assert all(c.speaker and "act" not in c.speaker for c in condemnations)


@pytest.mark.parametrize(
    ("told", "speaker", "target"),
    [
        (
            "Police said their main line of inquiry was that dissident republicans were responsible.",
            "Police",
            "dissident republicans",
        ),
        (
            "The ministry said the shells were believed to have been fired by Myanmar's armed forces.",
            "ministry",
            "Myanmar's armed forces",
        ),
        (
            "Police chief Budi Santoso said the two attackers were suspected of links to Jamaah Ansharut Daulah.",
            "Budi Santoso",
            "Jamaah Ansharut Daulah",
        ),
    ],
)
def test_a_speaker_laying_the_attack_on_a_party_indirectly_accuses_it(told: str, speaker: str, target: str) -> None:
    text = f"Gunmen killed 11 people in an attack on a village near Bokkos on Sunday, residents said. {told}"
    accusations = _of_type(_incident(text), "accusation")
    assert any(speaker in (a.speaker or "") and target in (a.target or "") for a in accusations)


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ('"Barbarism has struck our schools again," Prime Minister Paul Denis told reporters.', "Paul Denis"),
        ('"This is savagery, pure and simple," said the town\'s mayor, Marc Lefort.', "Marc Lefort"),
    ],
)
def test_a_quote_naming_barbarism_condemns_and_accuses_no_one(quote: str, speaker: str) -> None:
    incident = _incident(f"A man stabbed a teacher to death at a school in Lens on Friday, prosecutors said. {quote}")
    assert any(speaker in (c.speaker or "") for c in _of_type(incident, "condemnation"))
    assert _of_type(incident, "accusation") == []


@pytest.mark.parametrize(
    "told",
    [
        '"The organisers of the provocation are Svoboda," Interior Minister Ivan Petrenko said.',
        "Interior Minister Ivan Petrenko said the masterminds of the attack were Svoboda.",
    ],
)
def test_a_speaker_naming_the_organisers_of_the_attack_accuses_them(told: str) -> None:
    text = f"A grenade thrown at a protest in Kyiv on Monday killed a guardsman, officials said. {told}"
    [accusation] = _of_type(_incident(text), "accusation")
    assert "Petrenko" in (accusation.speaker or "") and accusation.target == "Svoboda"


@pytest.mark.parametrize(
    ("told", "speaker"),
    [
        (
            "Spokesman Zaw Htay said on Facebook that the Myanmar air force had not dropped bombs on Chinese soil.",
            "Zaw",
        ),
        ("The Myanmar military said its jets had not struck any target inside China.", "Myanmar military"),
    ],
)
def test_a_side_said_not_to_have_done_the_attack_denies_it(told: str, speaker: str) -> None:
    text = (
        f"Bombs dropped by a warplane killed four farmers in a field near Mengding on Friday, state media said. {told}"
    )
    [denial] = _of_type(_incident(text), "denial")
    assert speaker in (denial.speaker or "")


def test_the_group_named_earlier_claims_when_it_says_it_carried_out_the_attack() -> None:
    text = (
        "Gunmen killed 20 people in the village of Vugizo on Friday, officials said. Officials blamed the Red-Tabara "
        "rebel group. The group said on X that it had carried out an attack on a border post at Vugizo."
    )
    [claim] = _of_type(_incident(text), "claim_responsibility")
    assert claim.speaker is not None and claim.speaker.lower() == "red-tabara"  # the lexicon spells it RED-Tabara


@pytest.mark.parametrize(
    ("reaction", "speaker"),
    [
        ("The Arab League condemned the bombing and called for calm.", "Arab League"),
        ('President Musa Bala condemned what he called "isolated episodes of terror".', "Musa Bala"),
    ],
)
def test_a_condemnation_naming_a_league_or_episodes_is_no_sports_or_fiction_line(reaction: str, speaker: str) -> None:
    text = f"A suicide bomber killed 12 people at a market in Bama on Saturday, police said. {reaction}"
    assert any(speaker in (c.speaker or "") for c in _of_type(_incident(text), "condemnation"))
