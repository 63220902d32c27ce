"""Geoparsing files, two-pass resolution with article countries, and the km scores."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace

import pytest

from polybius.eval.geo import (
    Article,
    Resolved,
    Toponym,
    errors_km,
    gazetteer_resolver,
    haversine_km,
    load_articles,
    parse_articles,
    prediction_rows,
    resolutions_from_rows,
    resolve_article,
    score_errors,
)

SHARED = Path(__file__).parents[3] / "shared" / "datasets" / "geoparsing"

GWN = """<articles><article file="7"><title>t</title><text>Paris and Texas.</text><toponyms>
<toponym><extractedName>Paris</extractedName><type>Literal</type><start>0</start><end>5</end>
<geonamesID>4717560</geonamesID><latitude>33.66</latitude><longitude>-95.55</longitude></toponym>
<toponym><extractedName>Texan</extractedName><type>Demonym</type><start>10</start><end>15</end>
<geonamesID/><latitude/><longitude/></toponym>
</toponyms></article></articles>"""
LGL = """<articles><article docid="41"><text>Alexandria</text><toponyms count="2">
<toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
<gaztag geonameid="1"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon></gaztag>
</toponym>
<toponym><start>20</start><end>24</end><phrase>Mars</phrase></toponym>
</toponyms></article></articles>"""
PARIS_TX = Toponym("Paris", 0, 5, 33.66, -95.55)
TEXAS = Toponym("Texas", 10, 15, 31.25, -99.25)


def test_haversine() -> None:
    assert haversine_km((51.5074, -0.1278), (48.8566, 2.3522)) == pytest.approx(343.5, abs=1)
    assert haversine_km((0, 0), (0, 0)) == 0


def test_parse_gwn_and_lgl_keep_toponyms_with_coordinates() -> None:
    [gwn] = parse_articles(ET.fromstring(GWN))
    assert gwn == Article("7", (PARIS_TX,))
    [lgl] = parse_articles(ET.fromstring(LGL))
    assert lgl == Article("41", (Toponym("Alexandria", 0, 10, 31.3113, -92.4451),))


def test_second_pass_uses_the_countries_of_other_names() -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []
    places = {"paris": {(): Resolved(48.85, 2.35, "FR"), ("US",): Resolved(33.66, -95.55, "US")},
              "texas": {(): Resolved(31.25, -99.25, "US"), ("FR",): Resolved(31.25, -99.25, "US")}}

    def resolve(name: str, countries: Mapping[str, float]) -> Resolved:
        calls.append((name, tuple(countries)))
        return places[name.lower()][tuple(countries)]

    article = Article("a", (PARIS_TX, TEXAS, PARIS_TX))
    found = resolve_article(article, resolve)
    assert [r.country for r in found] == ["US", "US", "US"]
    assert ("Paris", ("US",)) in calls and ("Texas", ("FR",)) in calls
    assert len(calls) == 4  # two first-pass look-ups, one second pass per distinct name
    assert errors_km(article.toponyms, found) == [0.0, 0.0, 0.0]


def test_context_weighs_codes_by_the_mentions_of_other_names() -> None:
    seen: dict[str, dict[str, float]] = {}
    found = {"Memphis": Resolved(35.15, -90.05, "US", "US.TN", "city"),
             "Paris": Resolved(48.85, 2.35, "FR", "FR.11", "city")}

    def resolve(name: str, context: Mapping[str, float]) -> Resolved:
        seen[name] = dict(context)
        return found.get(name, Resolved())

    names = ["Memphis", "Memphis", "Paris", "Beale Street"]
    resolve_article(Article("c", tuple(Toponym(n, 0, len(n), 35.1, -90.0) for n in names)), resolve)
    assert seen["Beale Street"] == {"US": 1.0, "US.TN": 1.0, "FR": 0.5, "FR.11": 0.5}
    assert seen["Paris"] == {"US": 1.0, "US.TN": 1.0}


def test_scores_count_unresolved_as_misses() -> None:
    errors = errors_km([PARIS_TX, PARIS_TX, TEXAS],
                       [Resolved(33.66, -95.55, "US"), Resolved(48.85, 2.35, "FR"), Resolved()])
    assert errors[0] == 0 and errors[1] > 7000 and errors[2] is None
    s = score_errors(errors)
    assert (s["toponyms"], s["resolved"]) == (3, 2)
    assert s["acc161"] == pytest.approx(100 / 3) and s["coverage"] == pytest.approx(200 / 3)
    assert s["mean_km"] == pytest.approx(errors[1] / 2)
    assert score_errors([])["mean_km"] is None


def test_gazetteer_resolver_and_prediction_rows_round_trip() -> None:
    class FakeGazetteer:
        def resolve(self, name: str, *, countries: Mapping[str, float], regions: Mapping[str, float]) -> object:
            if name == "Nowhere":
                return None
            assert (countries, regions) == ({"US": 1.0}, {"US.TX": 0.5})
            return SimpleNamespace(lat=33.66, lon=-95.55, country_code="US", admin1_code="US.TX", kind="city")

    resolve = gazetteer_resolver(FakeGazetteer())
    assert resolve("Paris", {"US": 1.0, "US.TX": 0.5}) == Resolved(33.66, -95.55, "US", "US.TX", "city")
    assert resolve("Nowhere", {}) == Resolved()
    article = Article("a", (PARIS_TX, TEXAS))
    found = {"a": [Resolved(33.66, -95.55, "US"), Resolved()]}  # rows keep the point and country only
    rows = prediction_rows("gwn", [article], found)
    assert rows[0] == {"dataset": "gwn", "article": "a", "start": 0, "end": 5, "name": "Paris",
                       "lat": 33.66, "lon": -95.55, "country_code": "US"}
    assert resolutions_from_rows(rows, "gwn", [article]) == found
    assert resolutions_from_rows(rows, "lgl", [article]) == {"a": [Resolved(), Resolved()]}


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared geoparsing data not present")
def test_real_files() -> None:
    gwn = load_articles(SHARED, "gwn")
    lgl = load_articles(SHARED, "lgl")
    assert (len(gwn), len(lgl)) == (200, 588)
    assert sum(len(a.toponyms) for a in gwn) == 2601
    assert sum(len(a.toponyms) for a in lgl) == 4462
    with pytest.raises(ValueError):
        load_articles(SHARED, "wiki")


def test_second_pass_context_has_regions_and_unknown_names_go_to_the_focus() -> None:
    memphis = Resolved(35.15, -90.05, "US", "US.TN", "city")
    seen: dict[str, dict[str, float]] = {}

    def resolve(name: str, context: Mapping[str, float]) -> Resolved:
        seen[name] = dict(context)
        return {"Memphis": memphis, "Tennessee": Resolved(35.8, -86.4, "US", "US.TN", "admin1")}.get(
            name, Resolved())

    street = Toponym("Beale Street", 20, 32, 35.14, -90.05)
    article = Article("b", (Toponym("Memphis", 0, 7, 35.15, -90.05), Toponym("Tennessee", 9, 18, 35.8, -86.4),
                            street))
    found = resolve_article(article, resolve)
    assert seen["Beale Street"] == {"US": 1.0, "US.TN": 1.0}
    assert found[2] == Resolved(35.15, -90.05, "US", "US.TN")  # not in any gazetteer: the article's city
    assert errors_km([street], [found[2]])[0] < 161
