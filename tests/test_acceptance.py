"""Acceptance: the pipeline's record for every example text satisfies its expected file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from polybius.eval.examples import check, load_examples, published_of

SHARED = Path(__file__).parents[2] / "shared" / "examples"
OURS = Path(__file__).parent / "examples"
# Batches written blind by someone who never saw the extractor: heldout, heldout2, ... heldout10.
HELDOUTS = sorted(Path(__file__).parent.glob("heldout*"), key=lambda p: int(p.name[7:] or 1))

# Our own examples the extractor does not pass yet, each with what it gets wrong. Strict: an
# example that starts passing fails the run until it is taken off this list.
KNOWN_GAPS = {
    # Every tests/heldout* batch was written blind and scored once before any change (first contact:
    # 1, 0, 1, 2, 2, 3, 3, 1, 3, 3, 3, 3, 2, 2, 3, 2, 2, 0, 2 of 8-12 for heldout..heldout19;
    # 3, 3, 4, 4, 4, 3, 2 of 12 for heldout20..26; 1, 3, 4, 3, 3, 2 of 12 for heldout27..32;
    # 3, 3, 3, 4, 2, 3 of 12 for heldout33..38), then used to develop. Kept unseen through a whole
    # session, then added: heldout16 (session 7: 2 of 12 at first contact and at the end); heldout22,
    # 25, 26 (session 8: 9 of 36, then 10); heldout29, 32 (session 9: 6 of 24, then 6); heldout34, 36
    # (session 10: 7 of 24, then 7).
    "adliwal-grenade-attack": (
        "1 failed check; first: incident (Adliwal/Rajasansi/Amritsar): statement {\"type\": \"acc"
        "usation\", \"speaker_contains\": \"Amarinder\", \"hedged\": true}: not found (record has: co"
        "ndemnation Opposition leaders False)"
    ),
    "australia-iran-arson": (
        "3 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "balochistan-highway-camp-attacks": (
        "1 failed check; first: incident 1 (Musakhel/Rarasham): figure {\"kind\": \"killed\", \"val"
        "ue\": 23, \"qualifier\": \"at_least\", \"status\": \"current\"}: not found (record has: killed"
        " 23 exact current victims)"
    ),
    "belgorod-shelling-live": (
        "1 failed check; first: incident (Belgorod): event_type shelling: not found (record ha"
        "s: airstrike; armed_assault)"
    ),
    "ben-guerdane-barracks": (
        "3 failed checks; first: incident (Ben Guerdane): location.lat: expected within [32.85"
        ", 33.45], record has 34.08647"
    ),
    "chad-ndjamena-twin-bombings": (
        "1 failed check; first: incident 2 (N'Djamena/Ndjamena): perpetrator {\"name\": \"Boko Ha"
        "ram\", \"kind\": \"group\", \"claimed\": false}: not found (record has: nothing)"
    ),
    "copenhagen-stockholm-embassy": (
        "1 failed check; first: incident 1 (Copenhagen): figure {\"kind\": \"arrested\", \"value\": "
        "2, \"of\": \"perpetrators\"}: not found (record has: arrested 2 exact current victims; in"
        "jured 0 exact current victims)"
    ),
    "enga-tribal-ambush": (
        "2 failed checks; first: incident (Wapenamanda/Akom): location.lat: expected within [-"
        "5.95, -5.3], record has -5.25"
    ),
    "h20-afghanistan-khost-paktika-strikes": (
        "2 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "h20-bangladesh-dhaka-shia-grenades": (
        "1 failed check; first: incident (Dhaka): statement {\"type\": \"denial\", \"speaker_contai"
        "ns_any\": [\"Asaduzzaman Khan\", \"Home Minister\"]}: not found (record has: claim_respons"
        "ibility Islamic State False; claim_responsibility Intelligence Group False; denial Ba"
        "ngladesh's government False; accusation Home Minister Asaduzzaman Khan domestic milit"
        "ants True; accusation Asaduzzaman Khan local militants False; condemnation Prime Mini"
        "ster Sheikh Hasina False; denial Bangladesh's government False)"
    ),
    "h20-france-trebes-supermarket-siege": (
        "4 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "h20-myanmar-laiza-camp-shelling": (
        "2 failed checks; first: incident (Laiza/Mung Lai Hkyet): location.lat: expected withi"
        "n [24.45, 25.05], record has 19.75"
    ),
    "h20-pakistan-mianwali-airbase": (
        "1 failed check; first: incident (Mianwali): location.facility: expected to contain \"M"
        "ianwali Training Air Base\", record has \"Pakistan air force training base\""
    ),
    "h21-burkina-arbinda-attack": (
        "2 failed checks; first: incident (Arbinda): figure {\"kind\": \"killed\", \"value\": 35, \"s"
        "tatus\": \"current\"}: not found (record has: killed 35 exact partial victims; killed 42"
        " exact current victims; killed 7 exact partial victims; killed 31 exact partial victi"
        "ms; killed 80 exact current perpetrators; killed 4 exact partial victims; killed 3 ex"
        "act partial victims; injured 20 about current victims)"
    ),
    "h21-drc-kasindi-church-bomb": (
        "2 failed checks; first: incident (Kasindi): location.lat: expected within [-0.25, 0.3"
        "5], record has -1.42514"
    ),
    "h21-mali-bourem-boat-attacks": (
        "5 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "h22-iraq-alazim-army-post": (
        "2 failed checks; first: incident (Al-Azim): location.lat: expected within [34.1, 34.9"
        "], record has 34.05"
    ),
    "h22-lebanon-ain-al-hilweh-clashes": (
        "1 failed check; first: incident (Ain al-Hilweh): figure {\"kind\": \"injured\", \"value\": "
        "40, \"qualifier\": \"over\", \"status\": \"current\"}: not found (record has: killed 1 exact "
        "partial victims; killed 5 exact superseded victims; killed 4 exact partial victims; k"
        "illed 9 at_least current victims; killed 6 exact superseded victims; injured 1 exact "
        "current victims; killed 1 exact current perpetrators)"
    ),
    "h22-russia-chechnya-police-attacks": (
        "2 failed checks; first: incident 2 (Grozny): event_type stabbing: not found (record h"
        "as: armed_assault)"
    ),
    "h23-gb-omagh-officer-shot": (
        "2 failed checks; first: incident (Omagh): target kind any of [\"police\"]: not found (r"
        "ecord has: civilians his car; transport Killyclogher Road; business Youth Sport Omagh"
        " complex; civilians car; civilians 29 people)"
    ),
    "h23-us-sacramento-gang-shootout": (
        "1 failed check; first: incident (Sacramento): statement {\"type\": \"accusation\", \"speak"
        "er_contains_any\": [\"Lester\", \"police\"], \"hedged\": true}: not found (record has: nothi"
        "ng)"
    ),
    "h24-brazil-aracruz-schools": (
        "4 failed checks; first: incident 1 (Aracruz): figure {\"kind\": \"killed\", \"value\": 2, \""
        "status_any\": [\"superseded\", \"partial\"]}: not found (record has: killed 2 exact curren"
        "t victims; injured 11 exact current victims)"
    ),
    "h24-paraguay-ybyyau-kidnapping": (
        "1 failed check; first: incident (Yby Yau/Yby Yaú): weapon firearm: not found (record "
        "has: nothing)"
    ),
    "h24-venezuela-acarigua-cells": (
        "1 failed check; first: incident (Acarigua): victim \"detainees\": not found (record has"
        ": 19 police officers; more than 500 people; officers; 19 wounded officers; Relatives)"
    ),
    "h25-af-kandahar-police-chief": (
        "6 failed checks; first: incident 1 (Kandahar): location.name: expected \"Kandahar\", re"
        "cord has \"Helmand\""
    ),
    "h25-ca-penticton-shooting": (
        "1 failed check; first: incident (Penticton): figure {\"kind\": \"killed\", \"value\": 2, \"s"
        "tatus\": \"partial\"}: not found (record has: killed 4 exact current victims; killed 2 e"
        "xact current victims; killed 1 exact partial victims)"
    ),
    "h25-in-pathankot-airbase": (
        "6 failed checks; first: incident 1 (Pathankot): perpetrator {\"name\": \"Jaish-e-Mohamma"
        "d\", \"kind\": \"group\", \"claimed\": false}: not found (record has: one more gunman indivi"
        "dual False; suspected Islamist militants unknown False)"
    ),
    "h26-af-herat-mosque-cleric": (
        "1 failed check; first: incident (Herat/Herāt): figure {\"kind\": \"killed\", \"value\": 18,"
        " \"qualifier\": \"exact\", \"status\": \"current\"}: not found (record has: killed 1 exact pa"
        "rtial victims; killed 18 at_least current victims; killed 17 at_least partial victims"
        "; injured 23 exact current victims)"
    ),
    "h26-mm-tabayin-school-airstrike": (
        "4 failed checks; first: incident (Let Yet Kone/Tabayin/Depayin): location.lat: expect"
        "ed within [22.4, 23.0], record has 24.46428"
    ),
    "h26-us-colleyville-synagogue": (
        "1 failed check; first: incident (Colleyville): victim \"Charlie Cytron-Walker\": not fo"
        "und (record has: several people; about 26,000 people northeast; man; three remaining "
        "hostages; reporters; All hostages)"
    ),
    "h27-benin-park-w-soldiers": (
        "1 failed check; first: incident (W National Park/W Park/Alibori): location.lat: expec"
        "ted within [11.2, 12.4], record has 11.16667"
    ),
    "h27-germany-aschaffenburg-stabbing": (
        "3 failed checks; first: incident (Aschaffenburg): location.facility: expected to cont"
        "ain \"Schoental\", record has \"park\""
    ),
    "h27-nigeria-sokoto-airstrike": (
        "2 failed checks; first: incident (Silame/Gidan Sama/Rumtuwa/Sokoto): statement {\"type"
        "\": \"accusation\", \"speaker_contains\": \"Amnesty\"}: not found (record has: accusation re"
        "sidents Nigerian military airstrike False; accusation residents and a local official "
        "Nigerian military airstrike False)"
    ),
    "h28-colombia-tumaco-farmers": (
        "1 failed check; first: incident (Tumaco/San Andres de Tumaco/El Tandil): statement {\""
        "type\": \"accusation\", \"speaker_contains_any\": [\"defense ministry\", \"ministry\"]}: not f"
        "ound (record has: accusation residents police False; denial national police False; co"
        "ndemnation President Juan Manuel Santos False)"
    ),
    "h28-syria-afrin-factions": (
        "4 failed checks; first: incident (Afrin): victim \"civilians\": not found (record has: "
        "families; his pregnant wife; members)"
    ),
    "h28-turkey-kilis-rockets": (
        "3 failed checks; first: incident 2 (?): perpetrator {\"kind\": \"state\"}: not found (rec"
        "ord has: Turkish artillery units unknown False)"
    ),
    "h29-afghanistan-bamiyan-tourists": (
        "1 failed check; first: incident (Bamiyan): statement {\"type\": \"claim_responsibility\","
        " \"speaker\": \"Islamic State Khorasan Province\"}: not found (record has: condemnation P"
        "rime Minister Pedro Sanchez False; claim_responsibility group's Amaq news agency Fals"
        "e; condemnation United Nations mission in Afghanistan False)"
    ),
    "h29-bangladesh-rangpur-japanese-shot": (
        "1 failed check; first: incident (Kaunia/Rangpur): victim \"Kunio Hoshi\": not found (re"
        "cord has: when three masked men; Cesare Tavella)"
    ),
    "h29-germany-kassel-official-shot": (
        "1 failed check; first: incident (Wolfhagen/Istha): victim \"Walter Luebcke\": not found"
        " (record has: prosecutors; senior local official; man)"
    ),
    "h29-india-jammu-bus-stand-grenade": (
        "3 failed checks; first: incident (Jammu): location.facility: expected to contain \"bus"
        " stand\", record has \"crowded bus station\""
    ),
    "h29-india-sukma-ied-crpf": (
        "1 failed check; first: incident (Kistaram/Sukma): victim \"personnel\": not found (reco"
        "rd has: nothing)"
    ),
    "h29-nepal-kathmandu-twin-blasts": (
        "1 failed check; first: incident 1 (Kathmandu/Ghattekulo): perpetrator {\"name\": \"Commu"
        "nist Party of Nepal\", \"claimed\": false}: not found (record has: nothing)"
    ),
    "h29-tajikistan-danghara-cyclists": (
        "2 failed checks; first: incident (Danghara): figure {\"kind\": \"injured\", \"value\": 2, \""
        "status\": \"current\"}: not found (record has: killed 4 exact current victims; killed 2 "
        "exact current victims; injured 1 exact current victims; killed 4 exact current perpet"
        "rators; arrested 1 exact current victims)"
    ),
    "h29-usa-opelousas-church-fire": (
        "2 failed checks; first: incident_count: expected 1, record has 0"
    ),
    "h30-ca-morinville-church-fire": (
        "2 failed checks; first: incident_count: expected 1, record has 0"
    ),
    "h30-mx-juarez-prison-clash-shootings": (
        "3 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "h30-us-atlanta-area-spa-shootings": (
        "4 failed checks; first: incident 1 (Acworth/Cherokee County/Woodstock): location.name"
        ": expected [\"Acworth\", \"Cherokee County\", \"Woodstock\"], record has \"Atlanta\""
    ),
    "h31-azerbaijan-tovuz-border-clash": (
        "5 failed checks; first: incident (Tovuz): location.name: expected \"Tovuz\", record has"
        " \"Aghdam\""
    ),
    "h31-colombia-diaz-father-kidnapping": (
        "1 failed check; first: incident (Barrancas): statement {\"type\": \"accusation\", \"speake"
        "r_contains\": \"military sources\", \"target\": \"National Liberation Army\", \"hedged\": true"
        "}: not found (record has: accusation William Salamanca armed group True)"
    ),
    "h31-ukraine-kryvyi-rih-missile": (
        "1 failed check; first: incident (Kryvyi Rih/Kryvyy Rih/Krivoy Rog): statement {\"type\""
        ": \"dispute\", \"speaker_contains\": \"General Staff\"}: not found (record has: claim_respo"
        "nsibility Russia's Ministry of Defence False; denial Ukraine's General Staff False)"
    ),
    "h31-zimbabwe-bulawayo-rally-blast": (
        "2 failed checks; first: incident (Bulawayo): target kind any of [\"government\"]: not f"
        "ound (record has: civilians Bulawayo rally; business stadium; civilians campaign rall"
        "y; civilians people; business White City Stadium; civilians 49 people; other hospital"
        ")"
    ),
    "h32-australia-wieambilla-police-shooting": (
        "3 failed checks; first: incident (Wieambilla): figure {\"kind\": \"killed\", \"value\": 3, "
        "\"of\": \"perpetrators\"}: not found (record has: killed 1 exact partial victims; killed "
        "2 exact partial victims; killed 6 exact current victims; killed 3 exact partial victi"
        "ms; injured 1 exact current victims; killed 5 exact partial victims)"
    ),
    "h32-bangladesh-ghumdhum-border-shelling": (
        "3 failed checks; first: incident (Ghumdhum): location.name: expected \"Ghumdhum\", reco"
        "rd has \"Bandarban\""
    ),
    "h32-indonesia-medan-police-stabbing": (
        "1 failed check; first: incident (Medan): perpetrator_count: expected 2, record has 1"
    ),
    "h32-mozambique-chipene-mission-arson": (
        "3 failed checks; first: incident (Chipene): location.name: expected \"Chipene\", record"
        " has \"Nacala\""
    ),
    "h32-nigeria-rann-airstrike-maiduguri-bombing": (
        "1 failed check; first: incident 2 (Maiduguri): location.facility: expected to contain"
        " \"University of Maiduguri\", record has \"mosque\""
    ),
    "h32-philippines-samal-resort-kidnapping": (
        "1 failed check; first: must_not totals.killed.best: record has 4"
    ),
    "h32-philippines-trece-martires-vice-mayor": (
        "2 failed checks; first: incident (Trece Martires): location.name: expected \"Trece Mar"
        "tires\", record has \"Cavite\""
    ),
    "h32-somalia-buulo-mareer-base": (
        "4 failed checks; first: incident (Buulo Mareer): location.name: expected \"Buulo Maree"
        "r\", record has \"Somalia\""
    ),
    "h33-afghanistan-jalalabad-aid-office-siege": (
        "1 failed check; first: incident (Jalalabad): perpetrator {\"name\": \"Islamic State\", \"k"
        "ind\": \"group\", \"claimed\": true}: not found (record has: Islamic State Khorasan Provin"
        "ce group True; Afghanistan state False; Islamic State militants unknown False; suicid"
        "e bomber individual False)"
    ),
    "h33-bangladesh-gaibandha-mp-shot": (
        "1 failed check; first: incident (Sundarganj/Gaibandha/Sahabaz): perpetrator_count: ex"
        "pected 3, record has null"
    ),
    "h33-nepal-tikapur-police-killed": (
        "1 failed check; first: incident (Tikapur): statement {\"type\": \"accusation\", \"speaker_"
        "contains\": \"Tharuhat\", \"target\": \"administration\"}: not found (record has: condemnati"
        "on Prime Minister Sushil Koirala False; denial Leaders of the Tharuhat Struggle Commi"
        "ttee False)"
    ),
    "h33-niger-charlie-hebdo-church-burnings": (
        "2 failed checks; first: incident 1 (Niamey): statement {\"type\": \"condemnation\", \"spea"
        "ker_contains\": \"Issoufou\"}: not found (record has: nothing)"
    ),
    "h33-pakistan-neelum-bus-loc-firing": (
        "4 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "h33-pakistan-ormara-highway-passengers": (
        "1 failed check; first: incident (Ormara/Buzi Top): statement {\"type\": \"accusation\", \""
        "speaker_contains_any\": [\"foreign ministry\", \"Pakistan\"], \"target\": \"Iran\"}: not found"
        " (record has: claim_responsibility Baloch Raaji Aajoi Sangar False; claim_responsibil"
        "ity Baloch Raaji Aajoi Sangar False; threat Baloch Raaji Aajoi Sangar False; condemna"
        "tion Prime Minister Imran Khan False)"
    ),
    "h33-ukraine-kyiv-rada-grenade": (
        "5 failed checks; first: incident (Kyiv/Kiev): location.name: expected [\"Kyiv\", \"Kiev\""
        "], record has null"
    ),
    "h33-us-garland-cartoon-contest-shooting": (
        "1 failed check; first: incident (Garland): statement {\"type\": \"dispute\", \"speaker_con"
        "tains\": \"FBI\"}: not found (record has: claim_responsibility Islamic State False; clai"
        "m_responsibility Islamic State False; accusation Islamic State two soldiers False; cl"
        "aim_responsibility Islamic State False; condemnation Local Muslim leaders False)"
    ),
    "h34-colombia-bogota-grenade-kennedy": (
        "2 failed checks; first: incident (Bogota): victim \"Emilia Elena Bermúdez\": not found "
        "(record has: Woman; two police officers; two patrol officers; both officers; eight ci"
        "vilians; two officers; people; some 8 million people)"
    ),
    "h34-egypt-bir-al-abd-army-camp": (
        "3 failed checks; first: incident (Bir al-Abd): totals.killed.best: expected 5, record"
        " has 18"
    ),
    "h34-iraq-irgc-missiles-erbil-idlib": (
        "7 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "h34-israel-jerusalem-ramot-ramming": (
        "4 failed checks; first: incident (Jerusalem): location.name: expected \"Jerusalem\", re"
        "cord has \"Palestinian Territory\""
    ),
    "h34-lebanon-beirut-tayouneh-clashes": (
        "3 failed checks; first: incident (Beirut): event_type clash: not found (record has: a"
        "rmed_assault; bombing)"
    ),
    "h34-libya-misrata-mayor-abducted-killed": (
        "2 failed checks; first: incident (Misrata): date.value: expected \"2017-12-17\", record"
        " has \"2017-12-18\""
    ),
    "h34-syria-kobani-drone-strike-women": (
        "1 failed check; first: incident (Kobani): perpetrator {\"name\": \"Turkey\", \"kind\": \"st"
        "ate\", \"claimed\": false}: not found (record has: Turkish Armed Forces state False)"
    ),
    "h34-tunisia-tunis-twin-suicide-blasts": (
        "3 failed checks; first: incident 1 (Tunis): statement {\"type\": \"condemnation\", \"speaker_"
        "contains_any\": [\"Chahed\", \"Prime Minister\"]}: not found (record has: claim_responsibi"
        "lity Islamic State False)"
    ),
    "h34-turkey-gebze-factory-hostages": (
        "2 failed checks; first: incident (Gebze): date.value: expected \"2024-02-01\", record h"
        "as \"2023-10-07\""
    ),
    "h35-burundi-gatumba-red-tabara": (
        "1 failed check; first: incident (Gatumba): figure {\"kind\": \"killed\", \"value\": 20, \"qu"
        "alifier\": \"exact\", \"status\": \"current\", \"attributed_to_contains\": \"Niyonzima\"}: not f"
        "ound (record has: killed 20 exact current victims; killed 12 exact partial victims; k"
        "illed 3 exact partial victims; injured 9 exact current victims; killed 10 exact parti"
        "al victims; killed 9 exact partial victims)"
    ),
    "h35-car-bambari-chinese-miners": (
        "2 failed checks; first: incident_count: expected 1, record has 2"
    ),
    "h35-drc-bukavu-rally-grenades": (
        "1 failed check; first: incident (Bukavu): figure {\"kind\": \"arrested\", \"value\": 2}: no"
        "t found (record has: killed 11 exact current victims; injured 65 exact current victim"
        "s; arrested 2 exact current perpetrators)"
    ),
    "h35-ethiopia-gimbi-amhara-killings": (
        "1 failed check; first: incident (Gimbi): victim \"Amhara\": not found (record has: wome"
        "n; children; civilians)"
    ),
    "h35-india-jiribam-militants-abduction": (
        "3 failed checks; first: incident 1 (Jiribam): event_type armed_assault: not found (re"
        "cord has: clash; arson)"
    ),
    "h35-somalia-lasanod-clash": (
        "1 failed check; first: incident (Las Anod): perpetrator {\"name\": \"SSC-Khatumo\", \"kind"
        "\": \"group\", \"claimed\": false}: not found (record has: Somaliland army state False)"
    ),
    "h35-uganda-qenp-tourists": (
        "3 failed checks; first: incident (Queen Elizabeth National Park/Kasese): totals.kille"
        "d.best: expected 3, record has 2"
    ),
    "h36-af-kabul-drone-rockets": (
        "5 failed checks; first: incident_count: expected 2, record has 1"
    ),
    "h36-br-guaruja-police-operation": (
        "1 failed check; first: incident_count: expected 1, record has 2"
    ),
    "h36-ca-quebec-sword-attack": (
        "1 failed check; first: incident (Quebec City/Quebec/Québec): event_type stabbing: not"
        " found (record has: armed_assault)"
    ),
    "h36-co-catatumbo-clashes": (
        "2 failed checks; first: incident (Catatumbo/Teorama/El Tarra/Norte de Santander): wea"
        "pon firearm: not found (record has: nothing)"
    ),
    "h36-il-metula-kiryat-ata-rockets": (
        "6 failed checks; first: incident 1 (Metula): totals.killed.best: expected 5, record h"
        "as 7"
    ),
    "h36-mx-coyuca-ambush": (
        "1 failed check; first: incident (Coyuca de Benitez/Coyuca de Benítez/El Papayo): vict"
        "im \"public security secretary\": not found (record has: 13 police; police officers; se"
        "nior local security official; officers; several state police officers; 13th officer)"
    ),
    "h36-pe-pataz-miners": (
        "4 failed checks; first: incident (Pataz): location.lat: expected within [-8.1, -7.4],"
        " record has -9.59578"
    ),
    "h36-us-louisville-bank": (
        "1 failed check; first: incident (Louisville): statement {\"type\": \"condemnation\", \"spe"
        "aker_contains\": \"Greenberg\"}: not found (record has: threat Connor Sturgeon False)"
    ),
    "h37-afghanistan-kabul-drone-strike": (
        "1 failed check; first: incident (Kabul): statement {\"type\": \"denial\", \"speaker_contai"
        "ns_any\": [\"Emal\", \"relatives\", \"Ahmadi\"]}: not found (record has: accusation Family U"
        "S False; accusation relatives United False; denial Naser False; condemnation Taliban "
        "spokesman Zabihullah Mujahid False)"
    ),
    "h37-armenia-yerevan-police-seizure": (
        "4 failed checks; first: incident (Yerevan): location.facility: expected to contain \"p"
        "olice patrol regiment\", record has \"compound\""
    ),
    "h37-kazakhstan-aktobe-base-attack": (
        "1 failed check; first: must_not perpetrators.name: record incident 1 has \"Islamic Sta"
        "te\""
    ),
    "h37-kyrgyzstan-batken-border-fighting": (
        "1 failed check; first: incident (Batken): event_type clash: not found (record has: sh"
        "elling; armed_assault)"
    ),
    "h37-mexico-salvatierra-posada-shooting": (
        "1 failed check; first: incident (Salvatierra): location.facility: expected to contain"
        " \"Hacienda San José del Carmen\", record has \"Santa Rosa de Lima Cartel\""
    ),
    "h37-russia-kizlyar-church-shooting": (
        "1 failed check; first: incident (Kizlyar): location.facility: expected to contain \"St"
        " George\", record has \"Orthodox church\""
    ),
    "h37-tunisia-tunis-twin-bombings": (
        "1 failed check; first: incident 1 (Tunis): location.facility: expected to contain \"Ch"
        "arles de Gaulle\", record has null"
    ),
    "h37-ukraine-kyiv-rada-grenade": (
        "1 failed check; first: incident (Kyiv): totals.injured.best: expected 141, record has"
        " 101"
    ),
    "h38-cameroon-ngarbuh-killings": (
        "1 failed check; first: incident (Ngarbuh): location.lon: expected within [10.45, 11.1"
        "], record has 10.25"
    ),
    "h38-indonesia-sigi-village-church": (
        "3 failed checks; first: incident (Lembantongoa): location.lon: expected within [119.6"
        ", 120.5], record has 121.27778"
    ),
    "h38-malaysia-puchong-grenade": (
        "1 failed check; first: incident (Puchong): perpetrator_count: expected 2, record has "
        "null"
    ),
    "h38-mali-kangaba-resort-siege": (
        "3 failed checks; first: incident (Bamako): perpetrator {\"name\": \"Group for the Suppor"
        "t of Islam and Muslims\", \"kind\": \"group\", \"claimed\": true, \"mentions_include\": [\"JNIM"
        "\"]}: not found (record has: Jama'at Nusrat al-Islam wal-Muslimin group True; suspecte"
        "d jihadists unknown False)"
    ),
    "h38-niger-chinagodrar-base": (
        "4 failed checks; first: incident (Chinagodrar): location.lat: expected within [14.4, "
        "15.6], record has 14.15909"
    ),
    "h38-nigeria-ekiti-bus-kings": (
        "2 failed checks; first: incident 2 (Ikole): victim \"Olatunde Olatunji\": not found (re"
        "cord has: two traditional rulers; herders)"
    ),
    "h38-nigeria-owerri-gulak": (
        "1 failed check; first: incident (Owerri): statement {\"type\": \"accusation\", \"speaker_c"
        "ontains_any\": [\"Elkana\", \"Police\"], \"target\": \"Indigenous People of Biafra\", \"hedged\""
        ": true}: not found (record has: denial Indigenous People of Biafra False; accusation "
        "Indigenous People of Biafra Indigenous People of Biafra (IPOB) False; condemnation Im"
        "o State Governor, Hope Uzodimma False; condemnation President Muhammadu Buhari False;"
        " accusation security agencies Indigenous People of Biafra (IPOB) False; denial group "
        "False)"
    ),
    "h38-thailand-huahin-trang-live": (
        "4 failed checks; first: incident 1 (Hua Hin): figure {\"kind\": \"injured\", \"value\": 19,"
        " \"status\": \"current\"}: not found (record has: killed 1 exact current victims)"
    ),
    "koya-iran-drone": (
        "2 failed checks; first: incident (Koya): location.lat: expected within [35.78, 36.38]"
        ", record has 33.01841"
    ),
    "mali-boni-convoy-ambush-jnim-two-tolls": (
        "1 failed check; first: incident (Boni): location.lon: expected within [-2.4, -1.5], r"
        "ecord has -2.9517"
    ),
    "mali-nampala-camp": (
        "2 failed checks; first: incident (Nampala): location.lat: expected within [14.98, 15."
        "58], record has 17.13389"
    ),
    "mastung-hangu-blasts": (
        "1 failed check; first: incident 1 (Mastung): statement {\"type\": \"denial\", \"speaker_co"
        "ntains_any\": [\"Taliban\", \"TTP\"]}: not found (record has: condemnation Balochistan's c"
        "aretaker information minister Jan Achakzai False; condemnation Interior Minister Sarf"
        "raz Bugti False)"
    ),
    "mozambique-mocimboa-police-stations": (
        "1 failed check; first: incident (Mocímboa da Praia/Mocimboa da Praia/Mocímboa): weapo"
        "n melee: not found (record has: firearm)"
    ),
    "myanmar-singu-market-drone-strike": (
        "1 failed check; first: incident (Singu): location.lat: expected within [22.35, 22.75]"
        ", record has 21.28846"
    ),
    "nabatieh-safed": (
        "1 failed check; first: incident 2 (Safed/Zefat/Tsfat/Tzfat): statement {\"type\": \"thre"
        "at\", \"speaker_contains\": \"Gallant\", \"target\": \"Hezbollah\"}: not found (record has: ac"
        "cusation Israeli army Hezbollah False)"
    ),
    "rajouri-dangri-twin-attacks": (
        "3 failed checks; first: incident 1 (Dangri/Upper Dangri/Rajouri): statement {\"type\": "
        "\"condemnation\", \"speaker_contains\": \"Manoj Sinha\"}: not found (record has: condemnati"
        "on Political parties across the spectrum False)"
    ),
    "saada-prison-hodeidah-airstrikes": (
        "1 failed check; first: incident 1 (Saada): statement {\"type\": \"accusation\", \"speaker_"
        "contains\": \"Houthi\", \"target\": \"coalition\"}: not found (record has: accusation aid gr"
        "oups Saudi False; denial Coalition spokesman Brigadier General Turki al-Maliki False;"
        " condemnation UN Secretary-General Antonio Guterres False)"
    ),
    "srinagar-grenade-khanyar": (
        "3 failed checks; first: incident 2 (Srinagar/Khanyar): weapon firearm: not found (rec"
        "ord has: nothing)"
    ),
    "uman-missile-strike": (
        "1 failed check; first: incident 2 (Dnipro): date.value: expected \"2023-04-28\", record"
        " has null"
    ),
    "zhob-garrison-sui-attacks": (
        "1 failed check; first: incident 1 (Zhob): figure {\"kind\": \"injured\", \"value\": 5, \"qua"
        "lifier\": \"exact\", \"status\": \"current\"}: not found (record has: killed 9 exact current"
        " victims; killed 4 exact superseded victims; killed 5 exact partial victims; injured "
        "6 exact current victims; injured 5 exact partial victims; injured 1 exact partial vic"
        "tims)"
    ),
}


def example_params(folder: Path, label: str) -> list[Any]:
    """One pytest param per example in the folder, or one skipped param if the folder is absent."""
    if not folder.is_dir():
        reason = f"{label} examples folder not found: {folder}"
        skip = pytest.mark.skip(reason=reason)
        return [pytest.param(None, None, None, id=f"{label}-missing", marks=skip)]
    return [
        pytest.param(name, text, expected, id=f"{label}/{name}", marks=_gap(label, name))
        for name, text, expected in load_examples(folder)
    ]


def _gap(label: str, name: str) -> list[Any]:
    reason = KNOWN_GAPS.get(name) if label != "shared" else None
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    example_params(SHARED, "shared")
    + example_params(OURS, "tests")
    + [param for folder in HELDOUTS for param in example_params(folder, folder.name)],
)
def test_example(name: str, text: str, expected: dict[str, Any]) -> None:
    from polybius.pipeline import extract_text

    record = extract_text(text, published=published_of(expected))
    failures = check(record.model_dump(mode="json"), expected, text)
    assert failures == [], f"{name}: {len(failures)} failure(s):\n" + "\n".join(failures)
