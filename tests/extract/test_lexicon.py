"""Tests for the actor lexicon data and the spaCy actor matcher."""

from __future__ import annotations

import itertools
import time

import pytest
from spacy.language import Language

from polybius.extract import lexicon as lx
from polybius.extract.lexicon import ActorMention, actor_matcher, canonical, lookup, parent_of
from polybius.extract.nlp import load_nlp

TYPES = {
    "jihadist", "islamist", "insurgent", "separatist", "militia", "ethnic_militia",
    "paramilitary", "death_squad", "cartel", "gang", "far_right", "far_left", "single_issue",
    "cult", "pmc",
}  # fmt: skip
IS, AQ, FMLN, URNG = (
    "Islamic State",
    "al-Qaeda",
    "Farabundo Marti National Liberation Front",
    "Guatemalan National Revolutionary Unity",
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The shared English pipeline."""
    return load_nlp()


def find(nlp: Language, text: str, **kwargs: bool | None) -> list[ActorMention]:
    """Mentions in ``text``."""
    return actor_matcher(nlp)(nlp.make_doc(text), **kwargs)


def names(nlp: Language, text: str, **kwargs: bool | None) -> list[str]:
    """Canonical names of the mentions in ``text``."""
    return [m.name for m in find(nlp, text, **kwargs)]


# --------------------------------------------------------------------------- data integrity


def test_at_least_170_groups_and_media_and_generic() -> None:
    lex = lx.load_lexicon()
    assert len(lex.groups) >= 170
    assert lx.load_actors() == lex.groups
    assert len(lex.media) >= 10
    assert len(lex.generic) >= 10


def test_entry_schema() -> None:
    lex = lx.load_lexicon()
    assert {e.kind for e in lex.groups} == {"group"}
    assert {e.kind for e in lex.media} == {"media"}
    assert {e.kind for e in lex.generic} == {"unknown"}
    assert {e.type for e in lex.groups} <= TYPES
    assert all(e.region for e in lex.groups)
    for e in lex.entries:
        assert e.ambiguous <= set(e.forms()), e.name
        assert e.exact <= set(e.forms()), e.name


def test_names_unique_and_parents_exist() -> None:
    lex = lx.load_lexicon()
    group_names = [e.name for e in lex.groups]
    assert len(group_names) == len(set(group_names))
    for e in lex.groups + lex.media:
        assert e.parent is None or e.parent in group_names, (e.name, e.parent)
        assert e.parent != e.name
    assert all(e.parent is not None for e in lex.media)


def test_parent_chains_terminate() -> None:
    for e in lx.load_lexicon().groups:
        assert lx.lineage(e.name)[0] == e.name


def test_no_alias_shared_by_two_entries() -> None:
    sensitive: dict[str, str] = {}
    folded: dict[str, str] = {}
    for e in lx.load_lexicon().entries:
        for alias in e.forms():
            if e.case_sensitive(alias):
                assert sensitive.setdefault(lx.clean(alias), e.name) == e.name, alias
            else:
                assert folded.setdefault(lx.fold(alias), e.name) == e.name, alias
    for alias, owner in sensitive.items():
        assert folded.get(lx.fold(alias), owner) == owner, alias


def test_case_rules() -> None:
    assert lx.is_short_acronym("IS") and lx.is_short_acronym("M-19")
    assert lx.is_short_acronym("FARC") and not lx.is_short_acronym("ISWAP")
    assert not lx.is_short_acronym("LeT")
    ambiguous = lookup("IS").ambiguous
    assert "IS" in ambiguous and "The Base" in lookup("The Base").ambiguous
    assert "AQ" in lookup("al-Qaeda").ambiguous and "Contras" in lookup("contras").ambiguous


# --------------------------------------------------------------------------- coverage


@pytest.mark.parametrize(
    ("alias", "name", "parent"),
    [
        ("FMLN", FMLN, None),
        ("FPL", "Farabundo Marti Popular Liberation Forces", FMLN),
        ("ERP", "People's Revolutionary Army", FMLN),
        ("RN", "Armed Forces of National Resistance", FMLN),
        ("FARN", "Armed Forces of National Resistance", FMLN),
        ("PRTC", "Revolutionary Party of Central American Workers", FMLN),
        ("FPMR", "Manuel Rodriguez Patriotic Front", None),
        ("Manuel Rodriguez Patriotic Front", "Manuel Rodriguez Patriotic Front", None),
        ("MRTA", "Tupac Amaru Revolutionary Movement", None),
        ("Sendero Luminoso", "Shining Path", None),
        ("M-19", "April 19 Movement", None),
        ("EPL", "Popular Liberation Army", None),
        ("FARC", "Revolutionary Armed Forces of Colombia", None),
        ("ELN", "National Liberation Army", None),
        ("URNG", URNG, None),
        ("EGP", "Guerrilla Army of the Poor", URNG),
        ("ORPA", "Revolutionary Organization of People in Arms", URNG),
        ("FAR", "Rebel Armed Forces", URNG),
        ("Extraditables", "The Extraditables", "Medellin Cartel"),
        ("Medellín cartel", "Medellin Cartel", None),
        ("Cali cartel", "Cali Cartel", None),
        ("contras", "Contras", None),
        ("Maximiliano Hernandez Martinez Brigade", "Maximiliano Hernandez Martinez Brigade", None),
    ],
)
def test_muc4_groups(alias: str, name: str, parent: str | None) -> None:
    assert canonical(alias) == name
    assert parent_of(alias) == parent


@pytest.mark.parametrize(
    "alias",
    [
        "Islamic State", "ISIS", "IS", "ISIL", "Daesh", "Da'esh", "Da’esh", "Isis",
        "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
        "Islamic State group", "islamic state",
    ],
)  # fmt: skip
def test_islamic_state_aliases(alias: str) -> None:
    assert canonical(alias) == IS


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("ISIS-K", "Islamic State Khorasan Province"),
        ("ISKP", "Islamic State Khorasan Province"),
        ("IS-K", "Islamic State Khorasan Province"),
        ("ISIS-Khorasan", "Islamic State Khorasan Province"),
        ("Islamic State Khorasan", "Islamic State Khorasan Province"),
        ("ISWAP", "Islamic State West Africa Province"),
        ("ISGS", "Islamic State Sahel Province"),
        ("Islamic State in the Greater Sahara", "Islamic State Sahel Province"),
        ("ISCAP", "Islamic State Central Africa Province"),
        ("IS Mozambique", "Islamic State Mozambique Province"),
        ("IS Somalia", "Islamic State Somalia Province"),
        ("Wilayat Sinai", "Islamic State Sinai Province"),
        ("Ansar Bait al-Maqdis", "Islamic State Sinai Province"),
    ],
)
def test_islamic_state_provinces(alias: str, name: str) -> None:
    assert canonical(alias) == name
    assert parent_of(alias) == IS


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("AQAP", "al-Qaeda in the Arabian Peninsula"),
        ("AQIM", "al-Qaeda in the Islamic Maghreb"),
        ("al-Shabab", "al-Shabaab"),
        ("Harakat al-Shabaab al-Mujahideen", "al-Shabaab"),
        ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("AQIS", "al-Qaeda in the Indian Subcontinent"),
        ("Hurras al-Din", "Hurras al-Din"),
        ("Jabhat al-Nusra", "al-Nusra Front"),
    ],
)
def test_al_qaeda_affiliates(alias: str, name: str) -> None:
    assert canonical(alias) == name
    assert parent_of(alias) == AQ


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("al-Qaida", AQ), ("al Qaeda", AQ), ("AQ", AQ),
        ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"), ("HTS", "Hayat Tahrir al-Sham"),
        ("JAS", "Boko Haram"), ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram"),
        ("Afghan Taliban", "Taliban"), ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
        ("TTP", "Tehrik-i-Taliban Pakistan"), ("Haqqani network", "Haqqani network"),
        ("LeT", "Lashkar-e-Taiba"), ("Jaish-e-Mohammed", "Jaish-e-Mohammed"),
        ("BLA", "Balochistan Liberation Army"), ("Ansar Allah", "Houthis"),
        ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad"), ("Hezbollah", "Hezbollah"),
        ("PKK", "Kurdistan Workers' Party"), ("TAK", "Kurdistan Freedom Hawks"),
        ("YPG", "People's Protection Units"), ("ETA", "ETA"),
        ("Real IRA", "Real IRA"), ("New IRA", "New IRA"),
        ("IRA", "Provisional Irish Republican Army"),
        ("ADF", "Allied Democratic Forces"), ("M23", "M23"), ("March 23 Movement", "M23"), ("CODECO", "CODECO"),
        ("LRA", "Lord's Resistance Army"), ("Ambazonian separatists", "Ambazonian separatists"),
        ("NPA", "New People's Army"), ("Abu Sayyaf", "Abu Sayyaf"), ("Maute group", "Maute group"),
        ("BIFF", "Bangsamoro Islamic Freedom Fighters"), ("Jemaah Islamiyah", "Jemaah Islamiyah"),
        ("JAD", "Jamaah Ansharut Daulah"), ("ULFA", "United Liberation Front of Asom"),
        ("Naxalites", "Communist Party of India (Maoist)"),
        ("CPI (Maoist)", "Communist Party of India (Maoist)"),
        ("LTTE", "Liberation Tigers of Tamil Eelam"), ("Wagner Group", "Wagner Group"),
        ("Proud Boys", "Proud Boys"), ("Atomwaffen Division", "Atomwaffen Division"),
        ("The Base", "The Base"), ("Sinaloa cartel", "Sinaloa Cartel"),
        ("CJNG", "Jalisco New Generation Cartel"), ("Gulf Clan", "Clan del Golfo"),
        ("AGC", "Clan del Golfo"), ("MS-13", "MS-13"),
        ("Weichan Auka Mapu", "Weichan Auka Mapu"), ("IMP", "Ittehad-ul-Mujahideen Pakistan"),
        ("Ittehad ul Mujahideen Pakistan", "Ittehad-ul-Mujahideen Pakistan"),
        ("KNDF", "Karenni Nationalities Defence Force"),
        ("SSA-N", "Shan State Progress Party"), ("VDP", "Volunteers for the Defence of the Homeland"),
        ("FRPI", "Forces de résistance patriotiques de l'Ituri"),
        ("SPLM-N", "Sudan People's Liberation Movement-North"),
        ("Faylaq al-Sham", "Sham Legion"), ("Saraya Awliya al-Dam", "Saraya Awliya al-Dam"),
        ("Los Pachenca", "Autodefensas Conquistadores de la Sierra Nevada"), ("La Mayiza", "Los Mayos"),
        ("Kraze Baryè", "Kraze Barye"), ("Los Tiguerones", "Los Tiguerones"), ("Patriot Front", "Patriot Front"),
        ("Letzte Verteidigungswelle", "Last Defence Wave"), ("O9A", "Order of Nine Angles"),
    ],
)  # fmt: skip
def test_modern_groups(alias: str, name: str) -> None:
    assert canonical(alias) == name


def test_wings_and_pmc() -> None:
    assert parent_of("Izz ad-Din al-Qassam Brigades") == "Hamas"
    assert parent_of("Haqqani network") == "Taliban"
    assert lookup("Wagner Group").type == "pmc"
    assert lx.lineage("Katiba Macina") == [
        "Katiba Macina", "Jama'at Nusrat al-Islam wal-Muslimin", AQ,
    ]  # fmt: skip


# --------------------------------------------------------------------------- name lookup


def test_canonical_case_rules() -> None:
    assert canonical("is") is None
    assert canonical("far") is None
    assert canonical("isis") == IS
    assert canonical("the Taliban") == "Taliban"
    assert canonical("ISIS's") == IS
    assert canonical("(ISIS)") == IS
    assert canonical("Amaq") == "Amaq News Agency"
    assert canonical("Telegram") is None
    assert canonical("nonexistent brigade") is None
    assert parent_of("nonexistent brigade") is None


def test_generic_lookup() -> None:
    assert canonical("gunmen") is None
    gunmen = lookup("unidentified gunmen")
    assert gunmen is not None and gunmen.kind == "unknown" and gunmen.plural is True
    assert lookup("suicide bomber").plural is False
    phrases = "militants insurgents jihadists rebels bandits terrorists attackers assailants"
    for phrase in [*phrases.split(), "suicide bombers", "shooter", "gunman"]:
        assert lookup(phrase).kind == "unknown", phrase


# --------------------------------------------------------------------------- matcher


def test_possessive_media_and_parentheses(nlp: Language) -> None:
    found = find(nlp, "ISIS's Amaq news agency said (ISIS) fighters did it.")
    assert [(m.text, m.canonical, m.kind) for m in found] == [
        ("ISIS", IS, "group"),
        ("Amaq news agency", "Amaq News Agency", "media"),
        ("ISIS", IS, "group"),
    ]
    assert found[1].parent == IS


def test_longest_match_province(nlp: Language) -> None:
    found = find(nlp, "The Islamic State Khorasan Province (ISKP) claimed the Kabul bombing.")
    assert [m.name for m in found] == ["Islamic State Khorasan Province"] * 2
    assert found[0].text == "Islamic State Khorasan Province" and found[0].parent == IS


def test_boko_haram_loyal_to(nlp: Language) -> None:
    assert names(nlp, "Boko Haram loyal to Abubakar Shekau raided the town.") == ["Boko Haram"]


def test_lowercase_is_never_matches(nlp: Language) -> None:
    assert names(nlp, "This is what it is. Is it? The base is near the IS-held town.") == [IS]


def test_is_in_mixed_case_text(nlp: Language) -> None:
    found = find(nlp, "IS claimed the attack, AQAP and JNIM did not.")
    assert found[0].name == IS and found[0].ambiguous


def test_upper_case_text_skips_ambiguous_acronyms(nlp: Language) -> None:
    text = "THE FMLN SAID IT IS READY. THE FAR ATTACK WAS CLAIMED BY THE ERP."
    assert names(nlp, text) == [FMLN, "People's Revolutionary Army"]
    assert IS in names(nlp, text, upper_case=False)
    assert names(nlp, "IS claimed it", upper_case=True) == []


def test_case_insensitive_long_names(nlp: Language) -> None:
    text = "SHINING PATH AND TUPAC AMARU REVOLUTIONARY MOVEMENT, al qaeda and Al-Qa’ida"
    assert names(nlp, text) == [
        "Shining Path", "Tupac Amaru Revolutionary Movement", AQ, AQ,
    ]  # fmt: skip


def test_ambiguous_exact_aliases(nlp: Language) -> None:
    assert names(nlp, "Gunmen attacked the base.", generic=True) == ["gunmen"]
    found = find(nlp, "A member of The Base was arrested.")
    assert [(m.name, m.ambiguous) for m in found] == [("The Base", True)]


def test_generic_mentions(nlp: Language) -> None:
    text = "Unidentified gunmen and a suicide bomber hit the market."
    assert find(nlp, text) == []
    found = find(nlp, text, generic=True)
    assert [(m.canonical, m.kind, m.plural) for m in found] == [
        ("gunmen", "unknown", True),
        ("suicide bomber", "unknown", False),
    ]


def test_group_beats_generic_and_wings(nlp: Language) -> None:
    text = "Houthi rebels and the Izz ad-Din al-Qassam Brigades, Hamas's armed wing."
    found = find(nlp, text, generic=True)
    assert [(m.name, m.parent) for m in found] == [
        ("Houthis", None), ("Izz ad-Din al-Qassam Brigades", "Hamas"), ("Hamas", None),
    ]  # fmt: skip


def test_negated_and_ignored(nlp: Language) -> None:
    text = "The anti-ISIS coalition, a Roth IRA, North Sinai Province and Razavi Khorasan Province."
    assert names(nlp, text) == []


def test_attributive_affiliation(nlp: Language) -> None:
    found = find(nlp, "al-Shabaab, the al Qaeda-linked group, and ISIS-claimed attacks.")
    assert [(m.canonical, m.attributive) for m in found] == [
        ("al-Shabaab", False), (AQ, True), (IS, False),
    ]  # fmt: skip


def test_offsets_and_order(nlp: Language) -> None:
    doc = nlp.make_doc("Al-Shabaab and ISWAP; the Taliban, then HTS and M-19.")
    found = actor_matcher(nlp)(doc)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for m in found:
        assert doc.text[m.start_char : m.end_char] == m.text == doc[m.start : m.end].text
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_matcher_is_cached(nlp: Language) -> None:
    assert actor_matcher(nlp) is actor_matcher(nlp)


# --------------------------------------------------------------------------- performance


def test_build_under_one_second(nlp: Language) -> None:
    lexicon = lx.load_lexicon()
    start = time.perf_counter()
    lx.ActorMatcher(nlp, lexicon)
    assert time.perf_counter() - start < 1.0


def test_match_600_tokens_under_one_ms(nlp: Language) -> None:
    sentence = (
        "Gunmen from the Islamic State West Africa Province attacked a military base near "
        "Maiduguri on Tuesday, killing 12 soldiers, while Boko Haram fighters loyal to Shekau "
        "raided a village and al-Shabaab claimed a bombing in Mogadishu, Amaq said. "
    )
    doc = nlp.make_doc(sentence * 14)
    assert 600 <= len(doc) < 700
    matcher = actor_matcher(nlp)
    best = min(_time_per_call(matcher, doc) for _ in range(5))
    assert best < 1e-3


def _time_per_call(matcher: lx.ActorMatcher, doc: object, calls: int = 20) -> float:
    """Mean seconds per matcher call over ``calls`` calls."""
    start = time.perf_counter()
    for _ in range(calls):
        matcher(doc)
    return (time.perf_counter() - start) / calls


@pytest.mark.parametrize(
    "text",
    [
        '"We have formed several teams to trace them," the SSP said.',
        "The district SSP visited the spot on Wednesday.",
        "Senior Superintendent of Police (SSP) Aditya Sharma reached the spot with forensic teams.",
    ],
)
def test_a_police_superintendent_is_no_sipah_e_sahaba(nlp: Language, text: str) -> None:
    assert "Sipah-e-Sahaba Pakistan" not in names(nlp, text)


def test_sipah_e_sahaba_by_name_is_still_found(nlp: Language) -> None:
    assert "Sipah-e-Sahaba Pakistan" in names(nlp, "Police blamed the banned Sipah-e-Sahaba Pakistan (SSP).")
