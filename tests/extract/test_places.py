"""Place mentions: the text's countries and regions pick a namesake; continents are no incident place."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from spacy.tokens import Span

from polybius.extract.gazetteer import normalise
from polybius.extract.nlp import load_nlp
from polybius.extract.places import (
    _credit_line,
    _governing_prep,
    _launch_site,
    _member_of,
    _nationality,
    _other_event,
    _score,
    _speaker_place,
    dateline_end,
    find_place_mentions,
    main_country,
    place_context,
    where_arrested,
    where_treated,
)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    """The packaged spaCy pipeline, loaded once for the module."""
    return load_nlp()


def test_region_hints_come_from_the_places_named(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Two people were shot in Memphis, Tennessee, on Saturday, police in Memphis said.")
    context = place_context(doc)
    assert context.regions() == ["US.TN"] and context.regions("Memphis") == ["US.TN"]
    assert context.support() == {"US": 3} and context.support("Memphis") == {"US": 1}


def test_towns_the_text_names_pick_the_country_of_a_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Bombs exploded in Bogota and in Cartagena on Friday. The police in Bogota said a bomb went off "
        "at the Hilton hotel in Cartagena."
    )
    bogota = next(m for m in find_place_mentions(doc) if m.text == "Bogota")
    assert bogota.place is not None and bogota.place.country_code == "CO"


def test_a_small_namesake_abroad_of_a_text_about_one_country_is_a_local_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Rebels attacked an army post in Usulutan on Monday. Troops from San Miguel and Jucuapa pursued "
        "them to Noria, the army in San Miguel said."
    )
    noria = next(m for m in find_place_mentions(doc) if m.text == "Noria")
    assert noria.place is None and noria.settlement


def test_a_country_that_modifies_a_noun_is_no_incident_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Two U.S. citizens were killed on Sunday, the U.S. embassy in San Salvador said.")
    mentions = [m for m in find_place_mentions(doc) if m.text == "U.S."]
    assert mentions and all(_score(m, doc, True) < 0 for m in mentions)


def test_a_place_in_a_country_the_text_hardly_names_scores_lower(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Guerrillas attacked a bus in Usulutan and a patrol near San Miguel, Salvadoran troops said. "
        "A bomb also exploded in Caracas, killing one."
    )
    found = {m.text: m for m in find_place_mentions(doc)}
    assert found["Caracas"].support < 1.0 and found["San Miguel"].support == 1.0
    assert _score(found["Caracas"], doc, True) < _score(found["Usulutan"], doc, True)


def test_the_text_s_region_picks_the_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A gunman opened fire at a bar in Paris, a town of 10,000 people near Nashville, Tennessee.")
    paris = next(m for m in find_place_mentions(doc) if m.text == "Paris")
    assert paris.place is not None and paris.place.admin1_code == "US.TN"


def test_a_continent_is_no_incident_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Militants attacked a convoy in Africa on Monday, killing five soldiers.")
    africa = next(m for m in find_place_mentions(doc) if m.text == "Africa")
    assert africa.place is not None and africa.place.kind == "continent"
    assert _score(africa, doc, True) < 0


@pytest.mark.parametrize(
    ("text", "word", "treated"),
    [
        ("The wounded were taken to the hospital in Bandiagara.", "Bandiagara", True),
        ("Eight soldiers were treated at a clinic in Kumbo.", "clinic", True),
        ("Two more died in hospital in Mopti on Wednesday.", "Mopti", True),
        ("The attack took place in Bandiagara on Tuesday.", "Bandiagara", False),
        ("A bomb exploded at the hospital in Mopti.", "hospital", False),
        ("He was taken to hospital in Kumasi and was in a stable condition.", "Kumasi", True),
        ("The injured were rushed to a clinic in Garissa.", "Garissa", True),
        ("The bus was carrying miners to the morning shift near the town of Obuasi.", "Obuasi", False),
        ("Gunmen forced the villagers to walk to the river near Gidan Ruwa.", "Ruwa", False),
    ],
)
def test_where_victims_were_taken_or_treated(nlp, text: str, word: str, treated: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert where_treated(tok) is treated


def test_the_hospital_the_wounded_were_taken_to_is_not_the_facility() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Jihadists ambushed a convoy near Boni on Monday, killing 12 soldiers, and the wounded were treated "
        "at the hospital in Bandiagara."
    )
    location = extract_text(text).incidents[0].location
    assert location.name == "Boni" and location.facility is None


def test_the_dateline_after_a_headline_is_not_the_attack_place() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Insurgents abduct 11 in raid on coastal village\n\nPEMBA, Mozambique, June 12 (wire) - Insurgents "
        "abducted 11 people during a night raid on the village of Macomia in Cabo Delgado province on Monday."
    )
    assert extract_text(text).incidents[0].location.name == "Macomia"


def test_a_small_town_abroad_is_a_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Fighters raided a camp near the village of Lala in Ituri's Djugu territory, Congo, killing 14. "
        "Congo's army said the CODECO militia was behind it."
    )
    lala = next(m for m in find_place_mentions(doc) if m.text == "Lala")
    assert lala.place is None and lala.settlement


def test_a_name_before_region_is_the_region(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A drone dropped bombs on a market in the central Mandalay region of Myanmar on Monday.")
    mandalay = next(m for m in find_place_mentions(doc) if m.text == "Mandalay")
    assert mandalay.place is not None and mandalay.place.kind == "admin1"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen killed two guards at a prison in the town of Balashov, in Russia's Saratov region.", "Balashov"),
        ("A Ukrainian drone struck a refinery in the town of Syzran in Russia's Samara region on Saturday.", "Syzran"),
        ("Shelling killed three people in Shebekino in the Belgorod region overnight, the governor said.", "Shebekino"),
    ],
)
def test_a_region_named_after_its_capital_is_the_region_not_the_city(text: str, town: str) -> None:
    assert _place_names(text) == [town]


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "A Russian missile tore through a building in the central Ukrainian city of Uman, killing 20, officials "
            "said, as Moscow launched its first large wave of strikes on Ukrainian cities in months.",
            "Uman",
            "UA",
        ),
        (
            "Turkish drones killed four fighters near the town of Qamishli in northeastern Syria on Thursday. "
            "The SDF accused Ankara of targeting civilian infrastructure.",
            "Qamishli",
            "SY",
        ),
        (
            "A missile strike on the Ukrainian city of Odesa has killed 12 people, officials say. "
            "Kyiv urged Washington to speed up deliveries of air defence systems.",
            "Odesa",
            "UA",
        ),
        ("Moscow (AFP) - A gunman opened fire in a school in Moscow on Monday, killing two pupils.", "Moscow", "RU"),
    ],
)
def test_a_capital_acting_for_its_state_is_not_the_place(text: str, town: str, country: str) -> None:
    from polybius.pipeline import extract_text

    record = extract_text(text, published=datetime(2024, 5, 14, 10, tzinfo=UTC))
    assert [(i.location.name, i.location.country_code) for i in record.incidents] == [(town, country)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "ISLAMABAD (Reuters) - Separatist militants attacked a naval air station in the southwestern town of "
            "Turbat late on Monday, killing a soldier, the military said.",
            "Turbat",
        ),
        (
            "PORT-AU-PRINCE, Haiti (AP) — Gunmen killed four people and kidnapped a pastor in the Croix-des-Bouquets "
            "area on Saturday, police said.",
            "Croix-des-Bouquets",
        ),
    ],
)
def test_a_town_the_tagger_took_for_a_date_or_person_is_still_the_place(text: str, town: str) -> None:
    assert _place_names(text) == [town]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "Manila (AFP) - Gunmen kidnapped three fishermen from a beach resort on Samal island in the southern "
            "Philippines, the coast guard said on Thursday.",
            "Samal",
            id="'X island' with X tagged as a people",
        ),
        pytest.param(
            "ROME (Reuters) - A man stabbed two migrants at a reception centre on the island of Lampedusa on Tuesday, "
            "Italian police said.",
            "Lampedusa",
            id="'the island of X' with X tagged as a person",
        ),
        pytest.param(
            "ZAMBOANGA CITY, Philippines - Two marines were killed when militants attacked their detachment in Patikul "
            "town on Jolo island on Tuesday, military officials said.",
            "Patikul",
            id="a town on the island is closer",
        ),
    ],
)
def test_an_island_the_tagger_took_for_no_place_is_still_the_place(text: str, place: str) -> None:
    assert _place_names(text) == [place]


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Police detained a man who they said was a member of Svoboda, the nationalist party.", True),
        ("Gunmen killed two supporters of Likud at a rally on Friday, police said.", True),
        ("Gunmen killed two residents of Kandahar on Friday, police said.", False),
    ],
)
def test_what_someone_is_a_member_of_is_no_incident_place(nlp, text: str, member: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    name = next(e for e in doc.ents if e.text in ("Svoboda", "Likud", "Kandahar"))
    assert _member_of(name) is member


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "Niamey (AFP) - Suspected jihadists killed 14 soldiers in an attack on an army post at Tamalolo, in the "
            "Tillaberi region near the border with Burkina Faso, the defence ministry said on Wednesday.",
            "Tamalolo",
            id="a name a comma sets in a region is a settlement of it",
        ),
        pytest.param(
            "Police said the gunmen struck a bar in Ekangala, in the Gauteng province, killing five people.",
            "Ekangala",
            id="a known town stays the place",
        ),
        pytest.param(
            "Gunmen killed four farmers in Tamalolo village, in the Tillaberi region, the army said.",
            "Tamalolo",
            id="named without its settlement word",
        ),
    ],
)
def test_a_name_set_in_a_region_by_a_comma_is_the_place(text: str, place: str) -> None:
    assert _place_names(text) == [place]


def test_a_car_model_named_after_a_place_is_no_place() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Calgary police are investigating a string of attacks on Saturday night as terrorism. Police said a white "
        "Chevrolet Malibu rammed an officer outside a stadium and the driver stabbed him. A flag was found on the "
        "seat of the Malibu, the chief said."
    )
    record = extract_text(text, published=datetime(2024, 5, 12, 10, tzinfo=UTC))
    assert [i.location.name for i in record.incidents] == ["Calgary"]


@pytest.mark.parametrize(
    "second",
    [
        "Tamaulipas state Governor Americo Villarreal said the survivors were safe.",
        "The U.S. has a travel warning in place for Tamaulipas state.",
    ],
)
def test_a_region_the_tagger_missed_picks_its_namesake_town(second: str) -> None:
    from polybius.pipeline import extract_text

    text = f"Gunmen kidnapped four Americans in Matamoros on Friday and killed two of them, officials said. {second}"
    record = extract_text(text, published=datetime(2023, 3, 7, 10, tzinfo=UTC))
    assert [(i.location.name, i.location.admin1) for i in record.incidents] == [("Matamoros", "Tamaulipas")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Militant inmates killed three guards during a riot at a prison on the outskirts of Jakarta on Tuesday. "
            "The prison, in the satellite city of Bekasi in West Java, holds many convicted militants.",
            "Bekasi",
        ),
        (
            "Gunmen killed four people near Mexico City on Sunday, officials said. The attack happened at a bar in "
            "Ecatepec, a suburb in the State of Mexico.",
            "Ecatepec",
        ),
        ("Gunmen killed four people in a bar in Mexico City on Sunday, officials said.", "Mexico City"),
    ],
)
def test_a_town_named_beside_a_city_the_attack_was_near_is_the_place(text: str, town: str) -> None:
    assert _place_names(text) == [town]


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        pytest.param(
            "A town councillor was shot dead on Sunday morning at his home in Barangay Bagacay, Dauin town, police "
            "said.",
            datetime(2024, 5, 14, 10, tzinfo=UTC),
            "Dauin",
            id="a named part of a town is placed at the town named",
        ),
        pytest.param(
            "BAMAKO (AFP) - Jihadists killed nine soldiers in an attack on an army post in Farabougou on Sunday, the "
            "army said. Farabougou, some 400 km north-east of Bamako, lies in the Segou region.",
            datetime(2024, 5, 13, 12, tzinfo=UTC),
            "Farabougou",
            id="a far city a distance is measured from holds no village",
        ),
        pytest.param(
            "Colombia: a car bomb killed two soldiers on Saturday. The government suspended negotiations with the "
            "rebels being held in Havana, officials said.",
            datetime(2024, 5, 13, 12, tzinfo=UTC),
            "Colombia",
            id="where talks are held is not the attack place",
        ),
        pytest.param(
            "Military jets killed at least 20 people at a wedding in Myanmar's Kachin state on Saturday night. The "
            "strike took place in Mai Ja Yang village, in Hpakant township, residents said.",
            datetime(2024, 5, 13, 12, tzinfo=UTC),
            "Hpakant",
            id="a village in a township is placed at the township's town",
        ),
    ],
)
def test_the_incident_place_is_the_town_the_text_ties_to_the_attack(text: str, published: datetime, place: str) -> None:
    from polybius.pipeline import extract_text

    record = extract_text(text, published=published)
    assert [i.location.name for i in record.incidents] == [place]


def test_a_settlement_the_gazetteer_lacks_is_placed_at_its_container() -> None:
    from polybius.pipeline import extract_text

    text = (
        "Militia fighters raided a camp near the village of Lala in Ituri's Djugu territory late on Sunday, "
        "killing 14 civilians, the army's spokesman in Congo said. Congo's army blamed the CODECO militia."
    )
    location = extract_text(text).incidents[0].location
    assert location.name == "Lala" and location.country_code == "CD"
    assert location.lat is not None and 1.3 < location.lat < 2.3


def test_the_country_a_text_is_about_is_the_place_when_none_is_tied_to_the_attack() -> None:
    from polybius.pipeline import extract_text

    text = "Guerrillas killed two peasants in an attack on a bus on Sunday, Salvadoran army officers said."
    location = extract_text(text).incidents[0].location
    assert (location.country_code, location.precision, location.name) == ("SV", "country", "El Salvador")
    assert location.evidence[0].text == "Salvadoran"


def test_no_main_country_when_two_are_named_alike(nlp) -> None:  # type: ignore[no-untyped-def]
    assert main_country(nlp("Peruvian and Bolivian officials met on Monday.")) is None


def test_a_direction_word_that_makes_a_region_s_name_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Rebels attacked a convoy in central America and a bus in northern Nigeria on Monday.")
    found = {m.text: m for m in find_place_mentions(doc)}
    assert found["central America"].place is not None and found["central America"].place.kind == "continent"
    assert found["Nigeria"].place is not None and found["Nigeria"].place.country_code == "NG"
    assert place_context(doc).named == {"NG": 1}


def test_a_country_the_tagger_took_for_an_organisation_is_still_named(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("NIAMEY, Nov 11 (wire) - Jihadists killed 30 villagers in Bankilare in Niger's Tillaberi region.")
    assert any(e.text == "Niger" and e.label_ != "GPE" for e in doc.ents)
    assert place_context(doc).named.get("NE") == 1


def _mention_span(doc, name: str):  # type: ignore[no-untyped-def]
    """The words of `name` in a parsed sentence."""
    first = next(t.i for t in doc if t.text == name.split()[0])
    return doc[first : first + len(name.split())]


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Gunmen ambushed a patrol near Bama on Sunday, two days after a suicide bombing in Gwoza, officials said.",
            "Gwoza",
            True,
        ),
        (
            "Gunmen ambushed a patrol near Bama on Sunday, two days after a suicide bombing in Gwoza, officials said.",
            "Bama",
            False,
        ),
        ("A bomb exploded in a market in Jos, hours before a rally in Abuja.", "Abuja", True),
        ("A gunman opened fire in Kaduna a week before elections in Kano.", "Kano", True),
        ("Two soldiers were killed after an ambush in Tillia.", "Tillia", False),
        ("The raid on the village came after a suicide bombing at a market in Dikwa killed 12 people.", "Dikwa", True),
        ("Violence has escalated after a drone attack on the port of Mukalla killed three people.", "Mukalla", True),
        ("Fighting flared in Tripoli after gunmen seized a commander at the airport.", "Tripoli", False),
    ],
)
def test_a_place_timed_from_another_event_is_that_event_s(nlp, text: str, name: str, other: bool) -> None:  # type: ignore[no-untyped-def]
    assert _other_event(_mention_span(nlp(text), name)) is other


@pytest.mark.parametrize(
    ("text", "name", "speaker"),
    [
        ("Gunmen killed four traders near Dikwa on Monday, police in Kano said.", "Kano", True),
        ("Bandits abducted 20 villagers near Tsafe on Sunday, a police official in Gusau said.", "Gusau", True),
        ("The governor in Lagos said gunmen had killed two people in Ikorodu.", "Lagos", True),
        ("Gunmen killed four traders in Kano on Monday.", "Kano", False),
        ("Two aid workers were shot dead on Friday, the foreign ministry said in Paris.", "Paris", True),
        ("A missile hit a school in Kharkiv, Zelenskiy told reporters in Kyiv on Tuesday.", "Kyiv", True),
        ("Gunmen killed four engineers in a convoy on Sunday, Beijing said.", "Beijing", True),
        ("In Cucuta, a bomb killed two police officers, the police commander said.", "Cucuta", False),
        ("Houthis claim missile attack on a bulk carrier in Red Sea", "Red Sea", False),
    ],
)
def test_where_a_speaker_is_is_not_where_the_attack_was(nlp, text: str, name: str, speaker: bool) -> None:  # type: ignore[no-untyped-def]
    assert _speaker_place(_mention_span(nlp(text), name)) is speaker


@pytest.mark.parametrize(
    ("text", "name", "prep"),
    [
        ("The convoy was escorting tankers from Gao to the garrison town of Ansongo.", "Ansongo", "to"),
        ("A bomber struck a checkpoint at the entrance to the town of Balad.", "Balad", None),
        ("Militants attacked a police post in the Kupwara district.", "Kupwara", "in"),
        ("Rebels fled into the town of Bunia.", "Bunia", "into"),
    ],
)
def test_the_preposition_that_places_a_name(nlp, text: str, name: str, prep: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _governing_prep(_mention_span(nlp(text), name)) == prep


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed a teacher in Mazar-i-Sharif on Monday.", "Mazar-i-Sharif"),
        ("The blast at a mosque in Qala-i-Naw killed 12 on Friday.", "Qala-i-Naw"),
        ("A rocket hit a market in the city of Pul-e-Alam on Sunday, killing four.", "Pul-e-Alam"),
    ],
)
def test_a_hyphenated_name_is_read_whole(name: str, text: str) -> None:
    from polybius.pipeline import extract_text

    location = extract_text(text).incidents[0].location
    assert (location.name, location.country_code) == (name, "AF")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Interior Ministry condemned the bombing, which killed six people at a crowded bus station in "
        "Garissa on Friday.",
        "A car bomb killed nine people near a checkpoint in Baidoa on Thursday, a Defence Ministry spokesman said.",
        "A bomb exploded at a night market in Cotabato on Saturday, killing three. The Presidential Palace in Manila "
        "condemned the attack.",
    ],
)
def test_an_institution_that_speaks_is_no_facility(text: str) -> None:
    from polybius.pipeline import extract_text

    facility = extract_text(text).incidents[0].location.facility or ""
    assert "Ministry" not in facility and "Palace" not in facility


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Two suspects were arrested at a checkpoint near Bama on Sunday.", True),
        ("Soldiers detained the driver at a checkpoint outside Dikwa.", True),
        ("A suicide bomber blew himself up at a checkpoint near Bama on Sunday.", False),
    ],
)
def test_where_suspects_were_arrested(nlp, text: str, arrested: bool) -> None:  # type: ignore[no-untyped-def]
    tok = next(t for t in nlp(text) if t.text == "checkpoint")
    assert where_arrested(tok) is arrested


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "GOMBE, Nigeria (Reuters) - A bomb exploded at a busy bus station in Gombe on Monday, killing nine people, "
            "police said.\n\nPolice said three suspects believed to have planted the bomb were arrested at a "
            "checkpoint on the Biu road on Tuesday.",
            "busy bus station",
        ),
        (
            "Gunmen opened fire in a crowded bar in Kumasi late on Friday, killing four, police said.\n\nTwo men "
            "suspected of driving the gunmen to the shooting were detained at a roadblock on the Accra highway.",
            "crowded bar",
        ),
        ("Gunmen stormed a police checkpoint on the Maiduguri road on Sunday, killing four officers.", "checkpoint"),
    ],
)
def test_where_suspects_were_caught_is_not_the_place_attacked(text: str, facility: str) -> None:
    """'arrested at a checkpoint on the Biu road' tells where suspects were caught; the facility the bomb hit wins,
    though it has no name."""
    from polybius.pipeline import extract_text

    assert facility in (extract_text(text).incidents[0].location.facility or "")


def test_a_city_of_another_region_is_no_more_specific() -> None:
    from polybius.pipeline import extract_text

    text = (
        "A roadside bomb killed three policemen in Afghanistan's Helmand province on Monday. The governor "
        "condemned the attack, which came as talks resumed in Kabul."
    )
    location = extract_text(text).incidents[0].location
    assert (location.name, location.precision) == ("Helmand", "admin1")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Jihadists attacked Mali's Mopti on Monday. Violence in Mopti region has displaced thousands.",
            "Mopti",
            "admin1",
        ),
        (
            "Rebels attacked Yemen's Marib on Monday. Marib province holds the last government stronghold.",
            "Marib",
            "admin1",
        ),
        (
            "A bomber killed six people in Kandahar on Friday, the police chief of Kandahar province said.",
            "Kandahar",
            "city",
        ),
    ],
)
def test_a_bare_name_the_text_calls_a_region_is_the_region(nlp, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    bare = next(m for m in find_place_mentions(nlp(text)) if m.text == name)
    assert bare.place is not None and bare.place.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Unknown gunmen killed five people in an attack on Tse-Akaa, a farming village in Benue state, on Monday.",
            "Tse-Akaa",
        ),
        (
            "Herders killed seven people in an attack on Ukpabi, a farming village in Benue state, on Tuesday.",
            "Ukpabi",
        ),
        ("Soldiers raided Kilwe, a fishing village on Lake Mweru, on Sunday.", "Kilwe"),
        ("Gunmen killed 17 worshippers at the mosque of Zangarbou, a rural commune near the border.", "Zangarbou"),
        ("Jihadists attacked Kourbila, a municipality in the north, on Friday, killing 11.", "Kourbila"),
        ("A roadside bomb hit a patrol in Gandarwa, a remote district of the province, on Monday.", "Gandarwa"),
    ],
)
def test_a_name_called_a_village_is_a_settlement(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = next(m for m in find_place_mentions(nlp(text)) if m.text == name)
    assert found.settlement and found.place is None


@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        ("Gunmen attacked a village in Kangpokpi district of India's Manipur state on Monday.", (5, 7), "Kangpokpi"),
        ("Militants killed a policeman in Kulgam district in India on Friday.", (5, 7), "Kulgam"),
        ("Bandits attacked a village in Raichur district of India on Monday.", (5, 7), "Raichur"),
    ],
)
def test_a_district_the_gazetteer_lacks_is_its_namesake_town(nlp, text: str, words: tuple[int, int], town: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    doc.ents = [Span(doc, *words, label="GPE"), *(e for e in doc.ents if e.start >= words[1])]
    found = next(m for m in find_place_mentions(doc) if m.text.endswith(" district"))
    assert found.place is not None and found.place.country_code == "IN"
    assert normalise(found.place.name) == normalise(town)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Rebels attacked a post in the San Joaquin neighborhood of San Salvador, El Salvador, on Monday.",
            "San Joaquin",
            None,
        ),
        ("Gunmen opened fire in the Victoria neighbourhood of Lagos, Nigeria.", "Victoria", None),
        (
            "Gunmen shot dead three men in the Santa Ana neighborhood of Tegucigalpa, Honduras, on Sunday.",
            "Santa Ana",
            "HN",
        ),
    ],
)
def test_a_neighbourhood_is_no_town_abroad(nlp, text: str, name: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    found = next(m for m in find_place_mentions(nlp(text)) if m.text == name)
    assert (found.place.country_code if found.place else None) == country


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "Gunmen killed three villagers in Kangpokpi on Monday. The injured have been shifted to the Regional "
            "Institute of Medical Sciences in Imphal.",
            None,
        ),
        ("Gunmen killed four people in Kano. Two wounded were taken to the Murtala Specialist Hospital.", None),
        ("Gunmen killed four people in Kano. Two wounded were rushed to the Aminu Kano Teaching Hospital.", None),
        ("A bomb exploded at the Jinnah Hospital in Quetta on Monday, killing 12.", "the Jinnah Hospital"),
    ],
)
def test_a_named_hospital_the_wounded_were_taken_to_is_no_facility(text: str, facility: str | None) -> None:
    from polybius.pipeline import extract_text

    assert extract_text(text).incidents[0].location.facility == facility


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "Gunmen killed six villagers in an attack on the village of Nkambi in Cameroon's North-West region on "
            "Monday. Three wounded were taken to the hospital in Kumbo.",
            (6.1, 6.3),  # Kumbo, not the region's centre
            (10.6, 10.8),
        ),
        (
            "Gunmen killed eight people in the village of Gidan Bawa in Nigeria's Zamfara state on Sunday. Police "
            "in Gusau said the attackers fled on motorbikes.",
            (12.0, 12.3),  # Gusau
            (6.5, 6.8),
        ),
        (
            "Insurgents beheaded four men in the village of Nangade Sede in Mozambique's Cabo Delgado province on "
            "Friday. The wounded were taken to the hospital in Mueda.",
            (-11.8, -11.5),  # Mueda
            (39.4, 39.7),
        ),
    ],
)
def test_a_settlement_in_a_region_is_placed_at_a_town_of_that_region(
    text: str, lat: tuple[float, float], lon: tuple[float, float]
) -> None:
    from polybius.pipeline import extract_text

    location = extract_text(text).incidents[0].location
    assert location.lat is not None and lat[0] < location.lat < lat[1]
    assert location.lon is not None and lon[0] < location.lon < lon[1]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Militants killed nine villagers in the village of Kobe in Nigeria's Borno state on Tuesday.", "Kobe", None),
        ("Gunmen raided Kobe, a farming village in Adamawa state, Nigeria, killing three.", "Kobe", None),
        ("Gunmen attacked a bar in Kobe, Japan, killing three.", "Kobe", "JP"),
    ],
)
def test_a_village_is_no_city_abroad(nlp, text: str, name: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    found = next(m for m in find_place_mentions(nlp(text)) if m.text == name)
    assert (found.place.country_code if found.place else None) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen killed four engineers in a convoy on Sunday, urging China's citizens to be careful.", "China"),
        ("Two aid workers were shot dead on Friday, France's foreign ministry said.", "France"),
        ("A roadside bomb killed five soldiers on Monday, Kenya's army said.", "Kenya"),
    ],
)
def test_a_country_owning_the_people_or_body_named_is_no_incident_place(nlp, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    mention = next(m for m in find_place_mentions(doc) if m.text == country)
    assert _score(mention, doc, violent=True) < 0


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Two French aid workers were shot dead in Tagarrou on Friday, France's foreign ministry said in Paris. "
            "Officials said the killings in Tagarrou, in Niger's Tahoua region, were the work of jihadists.",
            "Tagarrou",
            "NE",
        ),
        (
            "Gunmen killed four Chinese engineers in Kotkai on Sunday, Beijing said. A Pakistani official said the "
            "ambush near Kotkai in Pakistan's South Waziristan district was the third this year.",
            "Kotkai",
            "PK",
        ),
        (
            "On Monday in Gandomak, a suicide bomber killed six U.S. service members, officials in Washington said. "
            "The White House said the bombing near Gandomak in Afghanistan was cowardly.",
            "Gandomak",
            "AF",
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_is_placed_by_the_text_not_by_its_speakers(
    text: str, name: str, country: str
) -> None:
    from polybius.pipeline import extract_text

    location = extract_text(text).incidents[0].location
    assert (location.name, location.country_code) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed six agents of the U.S. Air Force Office of Special Investigations near Bagram.",
        "Gunmen shot dead two managers of the First City Bank of Lagos in Kaduna on Tuesday.",
        "A bomb killed three staff of the Kenya Revenue Authority Office of Tax Compliance in Mandera.",
    ],
)
def test_an_institution_word_inside_an_organisation_name_is_no_facility(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [m.text for m in find_place_mentions(nlp(text)) if m.facility]


@pytest.mark.parametrize(("name", "region"), [("Darfur", True), ("Kordofan", True), ("Tagarrou", False)])
def test_a_name_that_is_part_of_a_region_s_name_is_no_settlement(name: str, region: bool) -> None:
    from polybius.extract.gazetteer import load_gazetteer

    assert load_gazetteer().in_region_name(name) is region


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Honduran troops attacked the hamlet of San Andres, in northern El Salvador, on Saturday, killing two.", "SV"),
        ("Gunmen killed 12 villagers in Kobe, in eastern Chad, on Monday, officials said.", "TD"),
        ("Gunmen shot dead a chief in the village of Durban, in Ghana's Upper East region, on Monday.", "GH"),
    ],
)
def test_the_country_named_right_after_a_place_rules_out_its_namesakes_abroad(text: str, country: str) -> None:
    from polybius.pipeline import extract_text

    assert extract_text(text).incidents[0].location.country_code == country


def test_a_list_of_countries_is_no_chain_of_containers(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Five student leaders have sought refuge in Panama, Costa Rica and Mexico after the killings.")
    panama = next(m for m in find_place_mentions(doc) if m.text == "Panama")
    assert panama.place is not None and panama.place.country_code == "PA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Two U.S. missionaries were shot dead last night. The U.S. embassy and U.S. officials condemned the "
            "murder, and Bolivian police opened an inquiry.",
            "BO",
        ),
        (
            "Gunmen killed three engineers on Sunday. China's embassy urged China's citizens to be careful, and "
            "police in Pakistan said they had arrested two men.",
            "PK",
        ),
        (
            "An aid worker was kidnapped on Friday. France's embassy and France's foreign ministry said they were in "
            "contact with the authorities in Mali.",
            "ML",
        ),
    ],
)
def test_a_country_named_only_as_an_owner_does_not_make_the_text_about_it(nlp, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = main_country(nlp(text))
    assert found is not None and found.place is not None and found.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Drones hit an army base in Catatumbo on Tuesday. The base lies in the Catatumbo region near Tibu.",
            "Catatumbo",
        ),
        ("Rebels killed four villagers in Masisi on Sunday, and fighting spread across the Masisi district.", "Masisi"),
        ("Militants ambushed a convoy in Oudalan on Saturday, the second attack in the Oudalan province.", "Oudalan"),
    ],
)
def test_a_name_the_text_calls_a_region_is_no_settlement(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in find_place_mentions(nlp(text)) if m.text == name]
    assert found and not any(m.settlement and m.weak for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted a 21-year-old student at Addis Ababa University from a bus near Debre Markos on Sunday.",
        "A nurse at the Kenyatta National Hospital was shot dead near her home in Kibera on Monday.",
        "Two engineers of the Tarbela Dam were killed when a bomb hit their van in Swabi on Friday.",
    ],
)
def test_where_a_victim_studies_or_works_is_no_facility_attacked(text: str) -> None:
    from polybius.pipeline import extract_text

    facility = extract_text(text).incidents[0].location.facility or ""
    assert not any(word in facility for word in ("University", "Hospital", "Dam"))


@pytest.mark.parametrize(
    ("people", "origins"),
    [
        (
            "The engineers, Roberto Roascio of Milan and Mario Accurso of Rome, worked for a Colombian firm.",
            {"Milan", "Rome"},
        ),
        ("The victims, John Smith of Leeds and Tom Brown of Hull, had worked for a Kenyan charity.", {"Leeds", "Hull"}),
        (
            "The hostage, Sophie Martin of Lyon, ran a Malian school; France's ambassador asked for calm.",
            {"Lyon", "France"},
        ),
    ],
)
def test_where_a_person_named_comes_from_is_no_incident_place(people: str, origins: set[str]) -> None:
    from polybius.pipeline import extract_text

    text = f"Gunmen kidnapped two foreigners near a dam on Friday, officials said. {people}"
    assert extract_text(text).incidents[0].location.name not in origins


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "Gunmen stormed St Mary's Catholic Church in Owo on Sunday, killing 40 worshippers, police said.",
            "St Mary's Catholic Church",
        ),
        (
            "Gunmen abducted 20 pupils from St Joseph's Secondary School in Kagoro on Monday, police said.",
            "St Joseph's Secondary School",
        ),
        (
            "Gunmen attacked the Bhaini Khan police post near Gurdaspur on Monday, wounding two policemen.",
            "Bhaini Khan police post",
        ),
        (
            "A bomb exploded at Moscow's Crocus City Hall on Friday, killing 12 people.",
            "Crocus City Hall",
        ),
    ],
)
def test_a_facility_keeps_its_patron_and_kind_words(text: str, facility: str) -> None:
    from polybius.pipeline import extract_text

    [incident] = extract_text(text).incidents
    assert incident.location.facility == facility


@pytest.mark.parametrize(
    ("text", "name", "launch"),
    [
        ("The rockets were fired from Khan Younis towards Ashkelon, the army said.", "Khan", True),
        (
            "Officials said the drone had been launched by the rebels from areas they hold near Hodeidah.",
            "Hodeidah",
            True,
        ),
        ("Russian forces fired missiles from the Belgorod region at Kharkiv overnight.", "Belgorod", True),
        ("A missile fired by the rebels slammed into a market in Saada.", "Saada", False),
        ("Gunmen shot dead a trader from Kano on the highway near Zaria.", "Kano", False),
    ],
)
def test_where_a_missile_was_fired_from_is_not_where_it_struck(nlp, text: str, name: str, launch: bool) -> None:  # type: ignore[no-untyped-def]
    assert _launch_site(_mention_span(nlp(text), name)) is launch


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("A drone struck the al-Hol camp in Hasakah province on Monday, killing three guards.", "al-Hol camp"),
        ("Gunmen attacked the Al-Noor mosque in Kirkuk on Friday, killing two worshippers.", "Al-Noor mosque"),
    ],
)
def test_the_arabic_article_stays_in_a_facility_name(text: str, facility: str) -> None:
    from polybius.pipeline import extract_text

    [incident] = extract_text(text).incidents
    assert incident.location.facility == facility


@pytest.mark.parametrize(
    "text",
    [
        "Officials blamed the BRN for the bomb that wounded three rangers in Narathiwat's Rueso district.",
        "IS claimed the bombing of a church in Jolo, the group's Amaq news agency said.",
    ],
)
def test_an_acronym_that_spells_an_iso_code_names_no_country(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert set(place_context(nlp(text)).named) <= {"TH", "PH"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Israeli shelling kills two in south Lebanon's Khiam", "Lebanon", "country"),
        ("A drone strike hit a car in southern Lebanon on Monday.", "Lebanon", "country"),
        ("Clashes erupted in South Sudan on Monday, the UN said.", "South Sudan", "country"),
        ("Gunmen attacked a bar in Northern Ireland on Friday.", "Northern Ireland", "admin1"),
    ],
)
def test_a_direction_before_a_country_names_a_part_of_it(nlp, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    [mention] = [m for m in find_place_mentions(nlp(text)) if m.place is not None]
    assert (mention.place.name, mention.place.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "A roadside bomb struck a pickup truck between the city of Mayadin and the village of Mahkan on Monday, "
            "killing two men.",
            "Mayadin",
            id="road-ends-known-town-1",
        ),
        pytest.param(
            "Gunmen ambushed a bus between Kaduna and the village of Gidan Waya on Sunday, killing four passengers.",
            "Kaduna",
            id="road-ends-known-town-2",
        ),
        pytest.param(
            "A mine blew up an army truck between the town of Gao and the hamlet of Tinhamabou on Friday, killing 3.",
            "Gao",
            id="road-ends-known-town-3",
        ),
        pytest.param(
            "The minibus was stopped on the highway some 40km north of Debre Markos on Sunday, and 23 were abducted.",
            "Debre Markos",
            id="distance-from-town-1",
        ),
        pytest.param(
            "A bomb hit a fuel tanker about 30 km south of Kandahar on Monday, killing three drivers.",
            "Kandahar",
            id="distance-from-town-2",
        ),
        pytest.param(
            "Gunmen ambushed a convoy 60 kilometres east of Gao in the Gao region on Friday, killing four.",
            "Gao",
            id="distance-from-town-3",
        ),
        pytest.param(
            "Bombs went off across Belfast on Friday, killing nine people. Gunmen later opened fire on soldiers in "
            "Anderstown, wounding two.",
            "Belfast",
            id="unknown-quarter-known-town-1",
        ),
        pytest.param(
            "A grenade blast killed two people at a bar in Nairobi on Saturday; the attackers fled in Kibra.",
            "Nairobi",
            id="unknown-quarter-known-town-2",
        ),
        pytest.param(
            "Gunmen killed four people in Karachi on Sunday. Police said the attack in Lyari was the third this week.",
            "Karachi",
            id="unknown-quarter-known-town-3",
        ),
        pytest.param(
            "Gunmen killed five farmers in Kadawa village in Gwarzo LGA of Kano State on Sunday, police said.",
            "Gwarzo",
            id="village-in-named-area-1",
        ),
        pytest.param(
            "Suspected herders attacked Angwan Rimi community in Kauru LGA of Kaduna State, killing seven people.",
            "Kauru",
            id="village-in-named-area-2",
        ),
        pytest.param(
            "Gunmen shot dead three traders in Unguwar Sarki village in Tsafe LGA of Zamfara State on Monday.",
            "Tsafe",
            id="village-in-named-area-3",
        ),
    ],
)
def test_the_incident_is_placed_at_the_town_a_coder_names(text: str, name: str) -> None:
    """Of a road's two ends the known town; the town a distance is measured from; the known town of an unknown
    quarter; the town of the named area a village the gazetteer lacks lies in."""
    from polybius.pipeline import extract_text

    assert extract_text(text).incidents[0].location.name == name


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("20:45 GMT - Death toll climbs to 14\nThe number of people killed has risen to 14, officials said.", 0),
        ("09:30 BST - Missile strike on Kharkiv\nA missile hit a building in Kharkiv.", 0),
        ("KHARKIV, Ukraine - A missile hit a building on Sunday, officials said.", len("KHARKIV, Ukraine")),
    ],
)
def test_a_live_update_time_is_no_dateline(nlp, text: str, end: int) -> None:  # type: ignore[no-untyped-def]
    assert dateline_end(nlp(text)) == end


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Three killed in grenade attack\n\nKARACHI: A hand grenade thrown at a crowded mobile phone shop in "
            "Lyari's Chakiwara area on Saturday evening left three people dead, police said.",
            "Karachi",
            "PK",
        ),
        (
            "Two worshippers shot dead\n\nPESHAWAR: Two worshippers were shot dead when gunmen opened fire outside "
            "a mosque on Friday afternoon, police said.",
            "Peshawar",
            "PK",
        ),
        (
            "RIYADH: A bomb hidden in a car exploded near a government office on Tuesday, killing two people.",
            "Riyadh",
            "SA",
        ),
    ],
)
def test_a_dateline_closed_by_a_colon_places_the_attack(text: str, name: str, country: str) -> None:
    """'KARACHI: ...' as Pakistani, Indian and Gulf papers write the dateline, with the city's own spelling."""
    from polybius.pipeline import extract_text

    location = extract_text(text).incidents[0].location
    assert (location.name, location.country_code) == (name, country)


@pytest.mark.parametrize("label", ["BREAKING: ", "WATCH: ", "UPDATE: "])
def test_a_label_before_a_colon_is_no_dateline(nlp, label: str) -> None:  # type: ignore[no-untyped-def]
    from polybius.extract.places import dateline_bounds

    assert dateline_bounds(nlp(f"{label}Gunmen kill four in Kaduna village")) == (0, 0)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "Three jawans were killed when Maoists blew up their vehicle in Chhattisgarh's Bijapur district on "
            "Thursday. Police in Bijapur said the IED was planted on the road.",
            "Bijapur",
            "Chhattisgarh",
        ),
        ("A bomb exploded in Bijapur, Chhattisgarh, killing three police officers.", "Bijapur", "Chhattisgarh"),
        ("A gunman opened fire at a church in Lebanon, Pennsylvania, killing one.", "Lebanon", "Pennsylvania"),
        (
            "A suicide bomber struck a market in Pakistan's Khyber Pakhtunkhwa province, killing five. The blast "
            "in Bannu also wounded 12.",
            "Bannu",
            "Khyber Pakhtunkhwa",
        ),
    ],
)
def test_a_region_named_as_owner_or_right_after_holds_the_place(text: str, name: str, admin1: str) -> None:
    """The region named as owner ("Chhattisgarh's Bijapur district") or right after ('Bijapur, Chhattisgarh')."""
    from polybius.pipeline import extract_text

    location = extract_text(text).incidents[0].location
    assert (location.name, location.admin1) == (name, admin1)


def test_every_mention_of_a_held_name_is_the_held_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Maoists killed three jawans in Chhattisgarh's Bijapur district. The IED went off near Kutru in Bijapur.")
    assert {m.place.admin1 for m in find_place_mentions(doc) if m.text == "Bijapur" and m.place} == {"Chhattisgarh"}


def test_a_country_named_as_owner_rules_out_a_namesake_abroad(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Iranian drones struck a camp near Koya in Iraq's Kurdistan region on Tuesday, killing two people.")
    assert all(m.place is None or m.place.country_code == "IQ" for m in find_place_mentions(doc))


def test_a_list_of_regions_holds_none_of_its_members(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen attacked villages in Kano, Kaduna and Katsina, killing 12 people.")
    kano = next(m for m in find_place_mentions(doc) if m.text == "Kano")
    assert kano.place is not None and kano.place.admin1 == "Kano"


@pytest.mark.parametrize(
    ("text", "facility", "name"),
    [
        (
            "A fire that badly damaged a mosque in Brussels early on Friday was started deliberately, prosecutors "
            "say. Firefighters were called to the Al-Khalil mosque shortly after 04:00.",
            "Al-Khalil",
            "Brussels",
        ),
        (
            "A knife attack in the centre of Mannheim left a woman dead on Friday. The attack took place at "
            "Paradeplatz, a busy square in the city centre.",
            "Paradeplatz",
            "Mannheim",
        ),
        (
            "KARACHI: A hand grenade thrown at a crowded mobile phone shop on Saturday evening killed three people.",
            "mobile phone shop",
            "Karachi",
        ),
    ],
)
def test_the_facility_attacked_is_named_as_the_text_names_it(text: str, facility: str, name: str) -> None:
    """A name before a facility noun that is a namesake abroad ('the Al-Khalil mosque' is no Hebron), a name in
    apposition to a facility noun, a shop as a common facility."""
    from polybius.pipeline import extract_text

    location = extract_text(text).incidents[0].location
    assert location.facility is not None and facility in location.facility and location.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Teacher among 3 hurt in grenade blast\n\nCOTABATO CITY, Maguindanao - A grenade exploded outside a "
            "school in a village on the outskirts of this city on Sunday morning, wounding three people.",
            "Cotabato",
        ),
        (
            "Gunmen kill trader in Sulu\n\nJOLO, Sulu - Unidentified gunmen shot dead a fish trader at the public "
            "market of this town on Sunday, police said.",
            "Jolo",
        ),
        (
            "Troops end standoff in Basilan\n\nLAMITAN CITY, Basilan - Troops stormed a house in a village in the "
            "outskirts of this city where gunmen held five hostages, killing two kidnappers.",
            "Lamitan",
        ),
    ],
)
def test_this_city_is_the_dateline_s_city_and_the_province_after_it_no_town(text: str, name: str) -> None:
    """Local papers call the dateline's city 'this city'; the province named after it in the dateline is no town."""
    from polybius.pipeline import extract_text

    assert extract_text(text).incidents[0].location.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soldiers repelled an attack on a post, while a suicide bomber killed two in nearby Kolofata.", "Kolofata"),
        ("Two were killed in Diffa, and three more died in neighbouring Bosso the same day.", "Bosso"),
    ],
)
def test_a_name_after_nearby_is_a_settlement(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    mention = next(m for m in find_place_mentions(nlp(text)) if m.text == name)
    assert mention.place is not None or mention.settlement


def test_a_lone_name_tagged_as_a_building_is_a_place() -> None:
    from polybius.pipeline import extract_text

    text = "Gunmen killed 12 villagers in Nigeria's northwestern Zamfara state on Tuesday. The attack was in Maru."
    assert extract_text(text).incidents[0].location.name == "Maru"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian strike kills 5\n\nKharkiv, Ukraine (CNN) — A Russian glide bomb struck an apartment block on "
            "Tuesday, killing five people, the regional governor said.",
            "Kharkiv",
        ),
        (
            "Srinagar: Three soldiers were killed when militants ambushed an army patrol on Tuesday, police said.",
            "Srinagar",
        ),
        ("Lahore: A blast near a mosque killed two worshippers on Tuesday evening, rescue officials said.", "Lahore"),
    ],
)
def test_a_mixed_case_dateline_places_the_attack(text: str, name: str) -> None:
    """'Kharkiv, Ukraine (CNN) —' and the Indian papers' 'Srinagar:': a known city with its country or agency, or
    a big city alone before a colon."""
    from polybius.pipeline import extract_text

    assert extract_text(text).incidents[0].location.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A second attack struck Beledweyne later on Tuesday, when gunmen stormed a hotel and killed four guards.",
            "Beledweyne",
        ),
        ("Rebels shelled Goma on Monday, killing four civilians, the Congolese army said.", "Goma"),
    ],
)
def test_a_town_an_attack_struck_is_a_place_whatever_its_tag(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {m.text for m in find_place_mentions(nlp(text)) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Militants fired on a patrol in Jammu and Kashmir's Anantnag district on Thursday, killing a soldier.",
            "Anantnag",
        ),
        ("Gunmen attacked a police post in Jammu and Kashmir's Kupwara district, killing two policemen.", "Kupwara"),
    ],
)
def test_a_region_named_with_and_is_one_region(text: str, name: str) -> None:
    """'Jammu and Kashmir' is one region, not the city of Jammu beside Kashmir."""
    from polybius.pipeline import extract_text

    assert extract_text(text).incidents[0].location.name == name


def test_an_acronym_glued_to_a_town_s_name_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Three jawans die in Bijapur IED blast in Chhattisgarh")
    assert "Bijapur" in {m.text for m in find_place_mentions(doc) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Israeli artillery fire killed three people in the southern Lebanese town of Kassibeh, Lebanon's health "
            "ministry said. A correspondent in Marjayoun, reporting from about 8km (5 miles) west of Kassibeh, "
            "said the shelling went on.",
            "Marjayoun",
        ),
        (
            "Rebels burned the hamlet of Mbororo on Sunday, killing seven villagers, Congo's army said. Troops "
            "based in Bunia, 20 kilometres south of Mbororo, arrived hours later.",
            "Bunia",
        ),
    ],
)
def test_a_village_the_gazetteer_lacks_is_placed_at_a_town_a_short_way_off(text: str, town: str) -> None:
    """A town the text measures a short way (30 km) from the village stands nearest to it, not the country."""
    from polybius.extract.gazetteer import load_gazetteer
    from polybius.pipeline import extract_text

    location = extract_text(text).incidents[0].location
    near = next(p for p in load_gazetteer().lookup(town) if p.kind == "city")
    assert location.name != town and (location.lat, location.lon) == (near.lat, near.lon)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gunmen killed 20 people on Monday in the Brooklyn neighbourhood of Cite Soleil, Haitian police said. "
            "The gang has tried for weeks to drive its rivals out of Brooklyn, residents in Haiti said.",
            "Brooklyn",
        ),
        (
            "Five people were shot dead on Sunday in the Richmond quarter of Kibera in Nairobi, Kenya police said. "
            "Rival gangs have fought over Richmond for months.",
            "Richmond",
        ),
    ],
)
def test_a_name_called_a_neighbourhood_once_is_no_namesake_abroad_later(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """'the Brooklyn neighbourhood of Cite Soleil', then 'out of Brooklyn': neither is New York's Brooklyn."""
    assert all(m.place is None for m in find_place_mentions(nlp(text)) if m.text == name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Iran said its missiles hit militants in Pakistan. Iran's foreign ministry said Iran acted in "
            "self-defence and Iran would act again. A local official in Panjgur district, where the strikes hit, "
            "said two children were killed.",
            "Panjgur",
        ),
        (
            "Afghanistan denied firing rockets. Afghanistan's Taliban said Afghanistan respected the border with "
            "Pakistan. An official in Parachinar district said the rockets killed three people.",
            "Parachinar",
        ),
    ],
)
def test_a_name_called_a_district_is_placed_in_a_country_the_text_names_less(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """A text about a strike from Iran names Iran most; 'in Panjgur district' is still Pakistan's district."""
    found = [m for m in find_place_mentions(nlp(text)) if m.text == name]
    assert found and found[0].place is not None and found[0].place.country_code == "PK"


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("A man set fire to the synagogue in the French city of Rouen early on Friday, police said.", "synagogue"),
        ("Protesters torched a police station in the town of Sirajganj on Monday, killing 13 policemen.", "station"),
        (
            "Hooded gunmen burst into the studio of public broadcaster TC Television in Guayaquil on Tuesday and "
            "shot a cameraman, police said.",
            "TC Television",
        ),
        (
            "Armed men stormed the offices of local broadcaster Radio Formula in the city of Celaya on Friday, "
            "beating two journalists, prosecutors said.",
            "Radio Formula",
        ),
        (
            "Rebels attacked a secondary school in Mpondwe, Uganda, on Friday night, killing 41 people. Most of the "
            "dead were students at Lhubiriha Secondary School, officials said. The attackers fled back towards "
            "Virunga National Park.",
            "Lhubiriha Secondary School",
        ),
    ],
)
def test_the_facility_attacked_is_the_object_of_the_attack_or_its_named_version(text: str, facility: str) -> None:
    """'set fire to the synagogue', 'stormed the offices of broadcaster X', 'attacked a secondary school' with the
    school's name given once; not the park the attackers fled toward."""
    from polybius.pipeline import extract_text

    assert facility in (extract_text(text).incidents[0].location.facility or "")


def _place_names(text: str) -> list[str | None]:
    """The place name of each incident polybius extracts from `text`."""
    from polybius.pipeline import extract_text

    return [i.location.name for i in extract_text(text, published=datetime(2024, 5, 14, 10, tzinfo=UTC)).incidents]


def _location_of(text: str):  # type: ignore[no-untyped-def]
    """The location of the first incident polybius extracts from `text`."""
    from datetime import UTC, datetime

    from polybius.pipeline import extract_text

    return extract_text(text, published=datetime(2024, 6, 14, 12, tzinfo=UTC)).incidents[0].location


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state's bare name (in a quote) beside a town of that state: the town
        (
            'Gunmen kidnap dozens of worshippers in Kaduna\n\nKADUNA, Nigeria, Jan 9 (Reuters) - "Bandits are '
            'behind the attack in Kaduna," a state official said on Monday, after gunmen seized more than 40 '
            "worshippers from a Baptist church in Kajuru late on Sunday.\n\nThe gunmen stormed the church in Kajuru "
            "during the evening service, residents said. Kaduna state governor Uba Sani said security forces were "
            "pursuing the kidnappers.",
            "Kajuru",
        ),
        # the big city the text also calls a state stays the city when no town of the state is in the story
        (
            "KANO, Nigeria (AP) - A bomb exploded at a mosque in Kano on Friday, killing 15 worshippers, police in "
            "Kano state said. Last month, gunmen attacked a market in Wudil, also in Kano state.",
            "Kano",
        ),
        # the governor's seat is whose office it is; the blast was in the capital
        (
            "The Taliban-appointed governor of Balkh was killed along with two other people in an explosion at his "
            "office in Mazar-i-Sharif on Thursday, police said.",
            "Mazar-i-Sharif",
        ),
        # a suburb the gazetteer lacks: the city is the place
        (
            "KHARTOUM (Reuters) - At least 17 people were killed on Sunday when shells hit homes in the southern "
            "suburb of Mayo in Khartoum, medics said.",
            "Khartoum",
        ),
        # 'the city of X' beside 'the X region': the city
        (
            "Russian drones slammed into apartment blocks in the northeastern Ukrainian city of Sumy on Tuesday, "
            "killing nine people. Russia said it had struck military targets in the Sumy region.",
            "Sumy",
        ),
    ],
)
def test_the_town_of_the_attack_not_its_state_or_office(text: str, name: str) -> None:
    location = _location_of(text)
    assert location.name == name and location.precision == "city"


def test_a_town_called_city_is_the_town_of_the_text_s_country() -> None:
    location = _location_of(
        "An air strike hit a prison in Saada city, the stronghold of the Iran-aligned Houthi movement, in "
        "northern Yemen late on Friday, killing at least 70 people."
    )
    assert (location.name, location.country_code, location.precision) == ("Saada", "YE", "city")


@pytest.mark.parametrize(("text", "name"), [("the Iran-aligned Houthis", "Iran"), ("US-backed forces", "US")])
def test_a_place_joined_by_a_hyphen_to_a_word_only_qualifies_it(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(f"Fighters of {text} attacked the town on Monday.")
    span = next(e for e in doc.ents if e.text == name)
    assert _nationality(span)


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Three people were stabbed in Victoria Gardens in Brighton on Saturday evening, police said.", "Gardens"),
        ("A man opened fire on a crowd in Kossuth Square in Budapest on Friday, wounding four people.", "Square"),
    ],
)
def test_a_named_park_or_square_is_the_facility(text: str, facility: str) -> None:
    location = _location_of(text)
    assert location.facility is not None and location.facility.endswith(facility)


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        ("(Reporting by Omar Fahmy in Cairo; Additional reporting by Lina Haddad in Amman)", "Amman", True),
        ("AP writer Samy Magdy in Cairo contributed to this report.", "Cairo", True),
        ("A car bomb killed seven people in Cairo on Monday, police said.", "Cairo", False),
    ],
)
def test_a_place_in_the_credit_line_is_where_a_reporter_was(nlp, text: str, name: str, credit: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    span = next(e for e in doc.ents if e.text == name)
    assert _credit_line(span) is credit


@pytest.mark.parametrize(
    ("text", "facility", "name"),
    [
        # a name in apposition to 'one of' facility nouns
        (
            "KARACHI, Pakistan (AP) - Militants armed with rockets attacked PNS Mehran, one of the navy's main air "
            "stations in Karachi, late Sunday, killing 10 security personnel, officials said.",
            "PNS Mehran",
            "Karachi",
        ),
        # a facility named after a quarter, in a city the text names: the facility's name, the city's place
        (
            "BOGOTA (Reuters) - A bomb exploded at a police station in Colombia's port city of Cali on Friday. "
            "The blast ripped through the San Pedro police station in the east of the city, killing three officers.",
            "San Pedro police station",
            "Cali",
        ),
        # a facility noun with its number after it
        (
            "Inmates took two guards hostage at pretrial detention centre No. 1 in the southern city of "
            "Rostov-on-Don on Sunday, the prison service said.",
            "detention centre No. 1",
            "Rostov-on-Don",
        ),
        (
            "Inmates took two guards hostage at penal colony IK-7 in the town of Kopeysk on Tuesday and stabbed one of "
            "them, officials said.",
            "penal colony IK-7",
            "Kopeysk",
        ),
        # a saint's name before the facility noun
        (
            "A suicide bomber blew himself up at the gates of St Peter's Cathedral in Tanta on Sunday, killing 12.",
            "St Peter's Cathedral",
            "Tanta",
        ),
        # a facility named by its owner in its 'of' phrase (tagged as a person)
        (
            "Masked gunmen stormed the offices of the satirical weekly Charlie Hebdo in central Paris on Wednesday, "
            "killing 12 people, police said.",
            "Charlie Hebdo",
            "Paris",
        ),
        # the inner of two facilities the text sets one inside the other
        (
            "A bomb exploded at Notre Dame University in Cotabato on Sunday. The blast struck worshippers at the "
            "Santos Gymnasium on the campus of Notre Dame University, killing two, police said.",
            "Santos Gymnasium",
            "Cotabato",
        ),
        # a name that 'the' continues
        (
            "Gunmen opened fire on worshippers at Christ the King Catholic Church in Owerri on Sunday, killing two.",
            "Christ the King Catholic Church",
            "Owerri",
        ),
        # an Indian word for a building
        (
            "The attack took place around 11 am at the Nirankari Bhawan in Jalandhar, where 200 devotees had gathered, "
            "when men hurled a grenade.",
            "Nirankari Bhawan",
            "Jalandhar",
        ),
    ],
)
def test_a_facility_is_taken_as_news_names_it(text: str, facility: str, name: str) -> None:
    """Apposition ('X, one of the largest air bases'), a quarter's name before kind words, a number after the noun,
    a patron saint, an owner, the inner of two facilities, 'bhawan'."""
    location = _location_of(text)
    assert location.facility is not None and facility in location.facility and location.name == name


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside a hotel in the Caribbean port city of Cartagena on Tuesday, killing five people.",
        "Panic has gripped the town of Kumbo, headquarters of Bui Division, after gunmen stormed a school on Monday.",
    ],
)
def test_a_town_described_by_a_facility_word_is_no_facility(text: str) -> None:
    """'the Caribbean port city of X' is a town, not a port; 'X, headquarters of Y Division' is a town's title."""
    facility = _location_of(text).facility or ""
    assert "port" not in facility and "headquarters" not in facility


def test_a_sea_describing_a_port_city_is_no_place() -> None:
    """'the Red Sea port city of Hodeidah': Hodeidah, not Sudan's Red Sea state."""
    text = "A car bomb exploded outside a hotel in the Red Sea port city of Hodeidah on Tuesday, killing five people."
    assert _location_of(text).name == "Hodeidah"


def test_the_town_of_a_multiword_name_tagged_as_a_building_is_the_place() -> None:
    """'the town of Santa Rosa del Sur' is a town even when the tagger calls it a facility."""
    text = (
        "Two police officers were killed on Sunday when a bomb went off near their patrol in the town of San Juan "
        "del Cesar in La Guajira province, police said."
    )
    location = _location_of(text)
    assert location.name == "San Juan del Cesar" and location.facility is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a suburb of a big city that the dateline names
        (
            "PLANO, Texas (AP) - A gunman opened fire at a crowded restaurant in a Dallas suburb on Saturday night, "
            "killing three people before officers shot him, police said.",
            "Plano",
        ),
        # a city the attack was in the suburbs of, and a suburb the dateline names
        (
            "NAPERVILLE, Ill. (AP) - A gunman killed three people at a warehouse in suburban Chicago on Friday before "
            "police shot him dead, authorities said.",
            "Naperville",
        ),
        # a bearing's point of reference is not the place
        (
            "Mayor Juan Cruz of Lipa City in Batangas province, south of Manila, was shot dead on Monday by a gunman "
            "during a flag ceremony, police said.",
            "Lipa",
        ),
        # what a rocket slammed into, untagged
        (
            "A rocket fired from Gaza slammed into Sderot on Wednesday, wounding two people, the Israeli army said.",
            "Sderot",
        ),
        # what an attack was on, tagged as a person
        (
            "Police said the Islamic State group claimed the rocket attack on Kiryat Shmona, which wounded three "
            "people on Thursday.",
            "Kiryat Shmona",
        ),
        # a town spelt with another vowel than the gazetteer's ('Rajouri', 'Rajauri')
        ("Three civilians were killed in an IED blast in Rajouri district on Monday, police said.", "Rajouri"),
    ],
)
def test_the_town_of_the_attack_beats_a_bigger_or_reference_place(text: str, name: str) -> None:
    """'a Dallas suburb' under a suburb's dateline, 'south of Manila', 'slammed into Sderot', 'the rocket attack on
    X', a vowel variant."""
    assert _location_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a part of a town named by 'area of'
        (
            "QUETTA, Pakistan (AP) - A suicide bomber struck a Shiite mosque in the Hazara Town area of Quetta on "
            "Friday, killing 20 worshippers, police said.",
            "Quetta",
        ),
        # a town tagged as a person, named as 'the X area'
        (
            "Three soldiers were killed when militants attacked a checkpoint in the Wana area of South Waziristan "
            "district on Monday, the military said.",
            "Wana",
        ),
        # the city a facility's name opens with, when the text names no other place
        ("Gunmen stormed the Kabul Serena hotel on Thursday evening, killing nine people, officials said.", "Kabul"),
    ],
)
def test_a_town_told_by_its_area_or_its_facility_s_name(text: str, name: str) -> None:
    """'the X area of Quetta' is Quetta; 'in the Wana area' is Wana; 'the Kabul Serena hotel' alone is in Kabul."""
    assert _location_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country the tagger took for a person, after a direction word
        (
            "BAMAKO (AFP) - Jihadists killed 14 soldiers in an attack on an army camp in central Mali on Sunday "
            "night, the army said Monday.",
            "Mali",
        ),
        # a town the tagger took for a date
        (
            "ISLAMABAD, March 26 (Reuters) - Pakistani security forces repelled an overnight attack by militants on a "
            "naval base in Turbat, killing all four attackers, the military said on Tuesday.",
            "Turbat",
        ),
    ],
)
def test_a_place_the_tagger_mislabelled_beats_the_dateline(text: str, name: str) -> None:
    """'in central Mali' tagged as a person, 'in Turbat' tagged as a date: the place, not the dateline's city."""
    assert _location_of(text).name == name


def test_the_city_named_in_the_facility_attacked_beats_a_town_in_a_side_phrase() -> None:
    """'the bombing of the Oklahoma City federal building' ties Oklahoma City to the act closer than 'a rental agency
    in Junction City' does; a city named after its state keeps its 'City'."""
    text = (
        "The owner of a truck rental agency in Junction City, Kan., identified the man who rented the truck used in "
        "the bombing of the Oklahoma City federal building, which killed 168 people."
    )
    assert _location_of(text).name == "Oklahoma City"


def test_the_street_a_facility_stands_on_is_no_facility() -> None:
    """'the kosher cafe on Curlewis Street': the cafe was attacked, not the street."""
    text = "Arsonists set fire to the kosher cafe on Glenayr Street in Bondi overnight, police said on Monday."
    facility = _location_of(text).facility or ""
    assert "Street" not in facility and "cafe" in facility


def test_a_town_tagged_as_a_language_is_a_place() -> None:
    """'in Odesa' tagged LANGUAGE: the city, not the Kyiv dateline."""
    text = "KYIV (Reuters) - Russian drones struck an apartment building in Odesa overnight, killing eight people."
    assert _location_of(text).name == "Odesa"


def test_a_village_of_a_town_beats_the_seat_of_a_victim_s_office() -> None:
    """'Vice Mayor X of Aparri town' names his seat; the ambush 'in Barangay Baretbet, Bagabag town' was in Bagabag;
    a name glued to 'in' ('Laiza in Kachin' tagged as one body) is the town before it."""
    text = (
        "Vice Mayor Rommel Cruz of Lal-lo town in Cagayan province and five companions were killed when gunmen "
        "ambushed their van on the national highway in Barangay Baretbet, Bagabag town, on Sunday morning."
    )
    assert _location_of(text).name == "Bagabag"


@pytest.mark.parametrize(
    ("text", "name", "facility"),
    [
        # a country describing the state named after it
        (
            "URUAPAN, Mexico (AP) - The mayor of a town in the western Mexico state of Jalisco was shot to death "
            "Monday. Maria Lopez, the mayor of Tecalitlan, was attacked by gunmen in the town, prosecutors said.",
            "Tecalitlan",
            None,
        ),
        # a town named inside the attacked facility's name, in the region the text names
        (
            "A police officer was shot at the Youth Sport Omagh complex on Wednesday evening. Police in Northern "
            "Ireland said the attack was carried out by dissident republicans.",
            "Omagh",
            "Youth Sport Omagh complex",
        ),
        # a facility name that goes on with 'of'; a place in a phrase dated by a year of its own
        (
            "MAKASSAR, Indonesia (AP) - Two bombers tried to enter the compound of the Sacred Heart of Jesus Cathedral "
            "in Makassar on Sunday, wounding 20 people. Indonesia has cracked down on militants since the 2002 "
            "bombings on the resort island of Bali that killed 202 people.",
            "Makassar",
            "Sacred Heart of Jesus Cathedral",
        ),
    ],
)
def test_the_town_and_facility_of_round_two_phrasings(text: str, name: str, facility: str | None) -> None:
    """'the western Mexico state of X', 'the Youth Sport Omagh complex', 'the Sacred Heart of Jesus Cathedral' and
    'since the 2002 bombings on ... Bali'."""
    location = _location_of(text)
    assert location.name == name and (facility is None or facility in (location.facility or ""))


def test_a_town_the_text_puts_in_a_province_is_no_namesake_abroad() -> None:
    """'San Lorenzo, in the northern province of Esmeraldas' (the province tagged as a group) is the Ecuadorean town,
    though the text names only Colombia as a country; 'treated at the San Lorenzo hospital' names no facility hit;
    a byline's 'Newsroom' is no facility."""
    text = (
        "Esmeraldas | Saturday, 27 January 2018 | Newsroom\n\nA car bomb exploded early on Saturday outside the police "
        "command in San Lorenzo, in the northern province of Esmeraldas, injuring 28 people, a few kilometres from "
        "the border with Colombia. The wounded were treated at the San Lorenzo hospital."
    )
    location = _location_of(text)
    assert location.country_code == "EC" and "hospital" not in (location.facility or "")
    assert "Newsroom" not in (location.facility or "")


def test_a_town_measured_a_short_way_from_a_settlement_is_near_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """'The hotel is in Kereni, ... about 10 km from the city of Mopti': Mopti stands nearest to Kereni."""
    from polybius.extract.places import PlaceMention, _measured_near

    doc = nlp(
        "Soldiers stormed a hotel in the town of Kereni. The hotel is in Kereni, some 600 km northeast of the "
        "capital Bamako and about 10 km from the city of Mopti."
    )
    kereni = next(t for t in doc if t.text == "Kereni")
    settlement = PlaceMention(kereni.i, kereni.i + 1, kereni.idx, kereni.idx + 6, "Kereni", None, settlement=True)
    near = _measured_near(settlement, "ML", doc)
    assert near is not None and near.text == "Mopti"


def test_countries_hostages_come_from_are_governed_by_from(nlp) -> None:  # type: ignore[no-untyped-def]
    """'hostages, from South Africa, Ukraine and Russia': every country of the list is where they come from."""
    doc = nlp("He said the four freed hostages, from South Africa, Ukraine and Russia, were unharmed.")
    ukraine = next(e for e in doc.ents if e.text == "Ukraine")
    assert _governing_prep(ukraine) == "from"


def test_a_village_set_a_distance_from_a_town_is_the_place() -> None:
    """ "gunmen entered Saut-d'Eau, some 15 km west of Mirebalais" with the village tagged as a person: the village
    is where the attack was, Mirebalais only measures."""
    text = (
        "Gunmen also entered Boucan-Carre, some 15 km (9 miles) west of Mirebalais, early on Tuesday and set fire to "
        "the town's police station, the deputy mayor said."
    )
    assert _location_of(text).name == "Boucan-Carre"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "NEW DELHI (Reuters) - Militants attacked an army camp in Uri in Indian Kashmir before dawn on Sunday, "
            'killing 17 soldiers. "Four terrorists were killed," a senior army officer in New Delhi said.',
            "Uri",
            id="officials-capital-1",
        ),
        pytest.param(
            "JAMMU, India (Reuters) - Heavily armed militants attacked the Nagrota army base before dawn on Tuesday, "
            'killing seven soldiers. "The operation is over," a defence ministry official in New Delhi said.',
            "Jammu",
            id="officials-capital-2",
        ),
        pytest.param(
            "Gunmen kill 12 in Niger State\n\nBy Our Correspondent, Minna\n\nGunmen on Wednesday attacked a village "
            "in Rafi Local Government Area of Niger State, killing 12 people, the police said.",
            "Rafi",
            id="byline-and-lga-1",
        ),
        pytest.param(
            "Gunmen on Sunday night killed eight people in Unguwar Rimi village in Faskari Local Government Area of "
            "Katsina State, residents said. The police spokesman said in a statement in Katsina that troops had "
            "been deployed.",
            "Unguwar Rimi",
            id="byline-and-lga-2",
        ),
        pytest.param(
            "BAGHDAD (Reuters) - Gunmen stormed an army post in the Al-Hamra district of Diyala province on Friday, "
            "killing four soldiers. The attackers struck the post in farmland some 120 km (75 miles) north of "
            "Baghdad, security sources said.",
            "Al-Hamra",
            id="far-reference-1",
        ),
        pytest.param(
            "BAKU (AFP) - Armenian shelling killed two soldiers on Tuesday in the Tovuz district, some 400 kilometres "
            "west of the capital, the defence ministry said.",
            "Tovuz",
            id="district-tagged-person-1",
        ),
        pytest.param(
            "COTONOU (AFP) - Eight soldiers were killed on Thursday in an attack in the Alibori department, near the "
            "border with Niger, a military source told AFP.",
            "Alibori",
            id="district-tagged-person-2",
        ),
        pytest.param(
            "PORT-AU-PRINCE, Haiti (AP) - A gang kidnapped 12 aid workers on Saturday. They were abducted in "
            "Ganthier, a community east of Port-au-Prince, after their bus was stopped by armed men.",
            "Ganthier",
            id="appositive-bearing-1",
        ),
        pytest.param(
            "QUETTA (Reuters) - A bomb went off near an election office in Qilla Saifullah, some 150 km to the "
            "northeast, on Wednesday, killing 10 people.",
            "Qilla Saifullah",
            id="measured-to-the-east-1",
        ),
        pytest.param(
            "N'DJAMENA (AFP) - Jihadists attacked an army post at Kaiga, an island in the Lake province, overnight, "
            "killing 12 soldiers, the army said on Tuesday.",
            "Kaiga",
            id="appositive-island-1",
        ),
        pytest.param(
            "BAMAKO (Reuters) - Gunmen attacked a convoy near the northern Malian city of Gao on Friday, killing 20 "
            "people. The vehicles were travelling from Gao towards the town of Ansongo, in the Gao region, when they "
            "came under fire, a local official said.",
            "Gao",
            id="city-named-like-its-region-1",
        ),
        pytest.param(
            "At least nine people were killed when military jets bombed a school in Let Yet Kone village, in the "
            "Kanbalu area of Sagaing region, on Tuesday, local media reported.",
            "Let Yet Kone",
            id="village-words-parsed-apart-1",
        ),
    ],
)
def test_the_town_of_the_attack_sentence_beats_where_officials_speak(text: str, name: str) -> None:
    """A place where officials or the reporter speak ('an officer in New Delhi said', 'By Our Correspondent, Minna'),
    a far point of reference ('120 km north of Baghdad') or a region give way to the town, district or village the
    attack sentence names, however the tagger labels it ('the Tovuz district' as a person, 'Ganthier, a community
    east of X' as a group, 'Let Yet Kone village' parsed as a verb)."""
    assert _location_of(text).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "COLUMBUS, Ohio (AP) - Police identified the attacker as Abdul Razak Ali Artan, a student. Eleven people "
            "were hurt in the attack outside Watts Hall before an officer shot Artan dead.",
            "Columbus",
            id="surname-in-gazetteer-1",
        ),
        pytest.param(
            "MINNEAPOLIS (AP) - Authorities identified the man who stabbed 10 people at a mall in St. Cloud as Dahir "
            "Ahmed Adan. An off-duty officer shot Adan dead inside the mall, police said.",
            "St. Cloud",
            id="surname-in-gazetteer-2",
        ),
        pytest.param(
            "A student rammed his car into a crowd at Ohio State University in Columbus on Monday, wounding 11. "
            '"We are looking at everything," said the special agent in charge of the FBI\'s Cincinnati office.',
            "Columbus",
            id="branch-office-1",
        ),
        pytest.param(
            "An arsonist set fire to the Victoria Islamic Center early on Saturday, gutting the mosque, the U.S. "
            "Attorney's Office for the Southern District of Texas said.",
            "Victoria",
            id="town-in-facility-namesakes-1",
        ),
    ],
)
def test_a_person_or_an_office_named_like_a_place_is_no_scene(text: str, name: str) -> None:
    """A surname that ends a full name given before ('Artan', a Turkish village too), a body's branch ("the FBI's
    Cincinnati office") place nothing; the town inside the attacked facility's name is the one of the region the text
    names ('the Victoria Islamic Center' with Texas: not Victoria, Hong Kong)."""
    location = _location_of(text)
    assert location.name == name


def test_an_untagged_town_outside_which_an_act_took_place_is_its_place() -> None:
    """'abducted a police officer on a road outside Pathankot' with the town left untagged: the town, not the
    country."""
    text = (
        "Police in India believe the gunmen crossed the border and abducted a senior police officer on a road outside "
        "Pathankot early on Friday, seizing his car."
    )
    assert _location_of(text).name == "Pathankot"


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        pytest.param(
            "ADEN (AP) - A missile struck the al-Anad air base in the southern province of Lahj on Sunday, killing 30 "
            "soldiers, officials said.",
            "al-Anad air base",
            id="hyphenated-name-1",
        ),
        pytest.param(
            "An unidentified man hurled a grenade inside a mosque in Zamboanga City early Wednesday, killing two "
            "teachers, according to a report from the Zamboanga City Police Office.",
            "mosque",
            id="reporting-body-1",
        ),
        pytest.param(
            "Gunmen stormed a church in Kaduna on Sunday, killing three worshippers, according to the Kaduna State "
            "Police Command.",
            "church",
            id="reporting-body-2",
        ),
        pytest.param(
            "AMMAN (AP) - Three U.S. troops were killed when a drone struck their living quarters at the base, known "
            "as Tower 22, near Rukban on Sunday, officials said.",
            "Tower 22",
            id="known-as-1",
        ),
        pytest.param(
            "BEIRUT (Reuters) - A drone struck a training camp, known as Camp Falcon, near the Syrian border on "
            "Tuesday, killing six fighters, a security source said.",
            "Camp Falcon",
            id="known-as-dateline-only-1",
        ),
    ],
)
def test_the_facility_hit_not_the_body_reporting_it(text: str, facility: str) -> None:
    """'the al-Anad air base' and 'the base, known as Tower 22' name the facility hit, also when only the dateline
    places it; 'a report from the Zamboanga City Police Office' names a source, not a facility."""
    assert facility in (_location_of(text).facility or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "BAGHDAD (AFP) - A suicide bomber blew himself up at a market in Iraq on Friday, killing at least 18 "
            "people in the capital, officials said.",
            "Baghdad",
            id="dateline-capital-1",
        ),
        pytest.param(
            "KABUL, Afghanistan (AP) - A grenade thrown during a protest outside Afghanistan's parliament killed "
            "three guards, the worst unrest in the capital in months. Fighting goes on in eastern Afghanistan.",
            "Kabul",
            id="dateline-capital-2",
        ),
        pytest.param(
            "NAIROBI, Kenya (AP) - Gunmen attacked a bus across Kenya's north-east on Tuesday, killing 12 "
            "passengers, police said.",
            "Kenya",
            id="country-part-far-from-dateline-1",
        ),
        pytest.param(
            "MOGADISHU (Reuters) - Militants overran an army base in Somalia on Friday, killing 20 soldiers. The "
            "base lies some 90 km (56 miles) west of the capital, residents said.",
            "Somalia",
            id="measured-from-the-capital-1",
        ),
    ],
)
def test_an_attack_placed_only_by_its_country_is_at_the_dateline_town(text: str, name: str) -> None:
    """An attack the text places only at its country is at the dateline's town of that country, unless a part
    of the country is named and 'the capital' never is ('across Kenya's north-east' under NAIROBI)."""
    assert _location_of(text).name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "A councillor was stabbed at a meeting with constituents in Essex on Friday. He was attacked at a "
            "church hall in Leigh-on-Sea, where he met residents. Essex Police arrested a man.",
            "GB",
            id="namesake-abroad-1",
        ),
    ],
)
def test_a_small_namesake_abroad_gives_way_to_the_text_s_sole_named_towns(text: str, country: str) -> None:
    """In a text that names no country, a small town abroad sharing a name the text uses ('Essex', Maryland)
    places nothing when the text's towns of a single name all lie in one country (Leigh-on-Sea, England)."""
    assert _location_of(text).country_code == country


def test_a_name_in_a_country_administered_area_has_no_namesake_abroad() -> None:
    """'Kashmir' in 'Pakistan-administered Kashmir' is no namesake in India: the town the attack sentence measures
    from ('near Kel, some 80 km north of Muzaffarabad') places the settlement the gazetteer lacks."""
    text = (
        "Shells hit a van in the Kel area of Pakistan-administered Kashmir on Monday, killing four people, the "
        "Pakistani army said.\n\nThe van was struck near Dhakki Bala, some 80 km north of Muzaffarabad, officials "
        "said. India said two of its soldiers were killed in Kupwara."
    )
    assert _location_of(text).country_code == "PK"
