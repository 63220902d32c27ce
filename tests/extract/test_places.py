"""Place mentions: the text's countries and regions pick a namesake; continents are no incident place."""

from __future__ import annotations

import pytest

from polybius.extract.nlp import load_nlp
from polybius.extract.places import _score, find_place_mentions, main_country, place_context, where_treated


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
    doc = nlp("Bombs exploded in Bogota and in Cartagena on Friday. The police in Bogota said a bomb went off "
              "at the Hilton hotel in Cartagena.")
    bogota = next(m for m in find_place_mentions(doc) if m.text == "Bogota")
    assert bogota.place is not None and bogota.place.country_code == "CO"


def test_a_small_namesake_abroad_of_a_text_about_one_country_is_a_local_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Rebels attacked an army post in Usulutan on Monday. Troops from San Miguel and Jucuapa pursued "
              "them to Noria, the army in San Miguel said.")
    noria = next(m for m in find_place_mentions(doc) if m.text == "Noria")
    assert noria.place is None and noria.settlement


def test_a_country_that_modifies_a_noun_is_no_incident_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Two U.S. citizens were killed on Sunday, the U.S. embassy in San Salvador said.")
    mentions = [m for m in find_place_mentions(doc) if m.text == "U.S."]
    assert mentions and all(_score(m, doc, True) < 0 for m in mentions)


def test_a_place_in_a_country_the_text_hardly_names_scores_lower(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Guerrillas attacked a bus in Usulutan and a patrol near San Miguel, Salvadoran troops said. "
              "A bomb also exploded in Caracas, killing one.")
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


@pytest.mark.parametrize(("text", "word", "treated"), [
    ("The wounded were taken to the hospital in Bandiagara.", "Bandiagara", True),
    ("Eight soldiers were treated at a clinic in Kumbo.", "clinic", True),
    ("Two more died in hospital in Mopti on Wednesday.", "Mopti", True),
    ("The attack took place in Bandiagara on Tuesday.", "Bandiagara", False),
    ("A bomb exploded at the hospital in Mopti.", "hospital", False),
])
def test_where_victims_were_taken_or_treated(nlp, text: str, word: str, treated: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert where_treated(tok) is treated


def test_the_hospital_the_wounded_were_taken_to_is_not_the_facility() -> None:
    from polybius.pipeline import extract_text

    text = ("Jihadists ambushed a convoy near Boni on Monday, killing 12 soldiers, and the wounded were treated "
            "at the hospital in Bandiagara.")
    location = extract_text(text).incidents[0].location
    assert location.name == "Boni" and location.facility is None


def test_the_dateline_after_a_headline_is_not_the_attack_place() -> None:
    from polybius.pipeline import extract_text

    text = ("Insurgents abduct 11 in raid on coastal village\n\nPEMBA, Mozambique, June 12 (wire) - Insurgents "
            "abducted 11 people during a night raid on the village of Macomia in Cabo Delgado province on Monday.")
    assert extract_text(text).incidents[0].location.name == "Macomia"


def test_a_small_town_abroad_is_a_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Fighters raided a camp near the village of Lala in Ituri's Djugu territory, Congo, killing 14. "
              "Congo's army said the CODECO militia was behind it.")
    lala = next(m for m in find_place_mentions(doc) if m.text == "Lala")
    assert lala.place is None and lala.settlement


def test_a_name_before_region_is_the_region(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A drone dropped bombs on a market in the central Mandalay region of Myanmar on Monday.")
    mandalay = next(m for m in find_place_mentions(doc) if m.text == "Mandalay")
    assert mandalay.place is not None and mandalay.place.kind == "admin1"


def test_a_settlement_the_gazetteer_lacks_is_placed_at_its_container() -> None:
    from polybius.pipeline import extract_text

    text = ("Militia fighters raided a camp near the village of Lala in Ituri's Djugu territory late on Sunday, "
            "killing 14 civilians, the army's spokesman in Congo said. Congo's army blamed the CODECO militia.")
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
