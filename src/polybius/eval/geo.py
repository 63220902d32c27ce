"""Toponym resolution scored on GeoWebNews and LGL (Gritta et al. 2019), as pure functions.

../shared/datasets/geoparsing/GWN.xml and lgl.xml hold articles whose toponyms carry a gold
span and coordinates; only toponyms with gold coordinates are scored (GWN: 2,601 of 6,612, the
others are non-toponyms, demonyms, languages, ...; LGL: 4,462 of 5,088). There is no split: both
sets are development data.

Each toponym's surface name is resolved in two passes: first alone, then with the context the
first pass gave the article's other toponyms (other names): their country codes and their region
(admin1) codes ('US.TN'), each weighted by its share of the other names' mentions, as the
extractor weighs its country and region hints. A name still unresolved
(a street, a building, a county) is placed at the article's focus (`gazetteer.focus`: its most
specific, most often named place). Scores:
accuracy at 161 km (100 miles) over all gold toponyms, an unresolved one counting as a miss; the
mean and median error in km over the resolved ones; coverage (resolved share).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from polybius.distance import haversine_km
from polybius.extract.gazetteer import focus

ACC_KM = 161.0
DATASETS = {"gwn": "GWN.xml", "lgl": "lgl.xml"}


@dataclass(frozen=True)
class Toponym:
    """A gold toponym: surface name, character span and gold coordinates."""

    name: str
    start: int
    end: int
    lat: float
    lon: float


@dataclass(frozen=True)
class Article:
    """One article of a geoparsing set with its scorable toponyms."""

    id: str
    toponyms: tuple[Toponym, ...]


@dataclass(frozen=True)
class Resolved:
    """A resolution of one toponym: coordinates, country and region code, or None when not found."""

    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    kind: str | None = None

    @property
    def country_code(self) -> str | None:
        """The country, by the name `gazetteer.focus` reads."""
        return self.country

    @property
    def admin1_code(self) -> str | None:
        """The region, by the name `gazetteer.focus` reads."""
        return self.admin1

    @property
    def found(self) -> bool:
        """Coordinates were found."""
        return self.lat is not None and self.lon is not None


Resolver = Callable[[str, Mapping[str, float]], Resolved]


# ---------------------------------------------------------------- files


def _float(text: str | None) -> float | None:
    """A float from XML text, None when empty or absent."""
    try:
        return float(text) if text and text.strip() else None
    except ValueError:
        return None


def _gwn_toponym(el: ET.Element) -> Toponym | None:
    """A GWN <toponym> with coordinates (extractedName, start, end, latitude, longitude)."""
    lat, lon = _float(el.findtext("latitude")), _float(el.findtext("longitude"))
    if lat is None or lon is None:
        return None
    return Toponym(el.findtext("extractedName") or "", int(el.findtext("start") or 0),
                   int(el.findtext("end") or 0), lat, lon)


def _lgl_toponym(el: ET.Element) -> Toponym | None:
    """An LGL <toponym> with a <gaztag> carrying lat / lon."""
    tag = el.find("gaztag")
    lat = _float(tag.findtext("lat")) if tag is not None else None
    lon = _float(tag.findtext("lon")) if tag is not None else None
    if lat is None or lon is None:
        return None
    return Toponym(el.findtext("phrase") or "", int(el.findtext("start") or 0),
                   int(el.findtext("end") or 0), lat, lon)


def parse_articles(root: ET.Element) -> list[Article]:
    """Articles of a parsed GWN or LGL file (told apart by their toponym elements)."""
    out = []
    for n, art in enumerate(root.iter("article")):
        aid = art.get("docid") or art.get("file") or str(n)
        tops = (_lgl_toponym(t) if t.find("phrase") is not None else _gwn_toponym(t)
                for t in art.iter("toponym"))
        out.append(Article(aid, tuple(t for t in tops if t is not None and t.name.strip())))
    return out


def load_articles(data_dir: str | Path, dataset: str) -> list[Article]:
    """The articles of dataset "gwn" or "lgl" under the geoparsing folder."""
    if dataset not in DATASETS:
        raise ValueError(f"unknown geoparsing set {dataset!r}: use one of {', '.join(DATASETS)}")
    return parse_articles(ET.parse(Path(data_dir) / DATASETS[dataset]).getroot())


# ---------------------------------------------------------------- resolution


def _key(name: str) -> str:
    """Case-folded, space-squeezed name: toponyms with equal keys share one resolution."""
    return " ".join(name.casefold().split())


def resolve_article(article: Article, resolve: Resolver) -> list[Resolved]:
    """Resolve every toponym, the second pass with the country and region codes of the article's
    other names (context codes: 'US', 'US.TN'), each weighted by its share of their mentions."""
    first: dict[str, Resolved] = {}
    for t in article.toponyms:
        if _key(t.name) not in first:
            first[_key(t.name)] = resolve(t.name, {})
    mentions = Counter(_key(t.name) for t in article.toponyms)
    out, cache = [], {}
    for t in article.toponyms:
        key = _key(t.name)
        if key not in cache:
            cache[key] = resolve(t.name, _context(first, mentions, key))
        out.append(cache[key])
    centre = focus(out)
    return [r if r.found or centre is None else replace(centre, kind=None) for r in out]


def _context(first: Mapping[str, Resolved], mentions: Mapping[str, int], key: str) -> dict[str, float]:
    """Country and region codes of the other names' first resolutions -> their mentions, as a share of
    the most mentioned code (so 1.0 for the article's main country)."""
    counts: Counter[str] = Counter()
    for other, found in first.items():
        if other != key:
            for code in {found.country, found.admin1} - {None}:
                counts[str(code)] += mentions[other]
    top = {dot: max((n for c, n in counts.items() if ("." in c) == dot), default=1) for dot in (False, True)}
    return {code: n / top["." in code] for code, n in counts.items()}


def gazetteer_resolver(gazetteer: Any) -> Resolver:
    """A Resolver over `polybius.extract.gazetteer.Gazetteer.resolve`; context codes with a dot
    are regions, the others countries with their weights."""
    def resolve(name: str, context: Mapping[str, float]) -> Resolved:
        countries = {c: w for c, w in context.items() if "." not in c}
        regions = {c: w for c, w in context.items() if "." in c}
        place = gazetteer.resolve(name, countries=countries, regions=regions)
        if place is None:
            return Resolved()
        return Resolved(place.lat, place.lon, place.country_code or None, place.admin1_code, place.kind)

    return resolve


# ---------------------------------------------------------------- scoring


def errors_km(gold: Iterable[Toponym], found: Iterable[Resolved]) -> list[float | None]:
    """Distance of each resolution from its gold point; None when unresolved."""
    return [_error(g, r) for g, r in zip(gold, found, strict=True)]


def _error(gold: Toponym, found: Resolved) -> float | None:
    """Distance of one resolution from the gold point, None when unresolved."""
    if found.lat is None or found.lon is None:
        return None
    return haversine_km((gold.lat, gold.lon), (found.lat, found.lon))


def score_errors(errors: Sequence[float | None]) -> dict[str, Any]:
    """Toponyms, resolved, coverage %, accuracy at 161 km % (misses count), mean/median km."""
    km = [e for e in errors if e is not None]
    n = len(errors)
    return {
        "toponyms": n, "resolved": len(km),
        "coverage": 100.0 * len(km) / n if n else 0.0,
        "acc161": 100.0 * sum(e <= ACC_KM for e in km) / n if n else 0.0,
        "mean_km": statistics.fmean(km) if km else None,
        "median_km": statistics.median(km) if km else None,
    }


def prediction_rows(dataset: str, articles: Iterable[Article],
                    found: Mapping[str, list[Resolved]]) -> list[dict[str, Any]]:
    """JSON-ready rows, one per toponym: dataset, article, span, name and the resolution."""
    return [{"dataset": dataset, "article": a.id, "start": t.start, "end": t.end,
             "name": t.name, "lat": r.lat, "lon": r.lon, "country_code": r.country}
            for a in articles for t, r in zip(a.toponyms, found[a.id], strict=True)]


def resolutions_from_rows(rows: Iterable[Mapping[str, Any]], dataset: str,
                          articles: Iterable[Article]) -> dict[str, list[Resolved]]:
    """Article id -> resolutions from prediction rows; a toponym without a row is unresolved."""
    by_span = {(str(r["article"]), int(r["start"]), int(r["end"])): r for r in rows
               if r.get("dataset", dataset) == dataset}
    out = {}
    for a in articles:
        out[a.id] = [_row_resolution(by_span.get((a.id, t.start, t.end))) for t in a.toponyms]
    return out


def _row_resolution(row: Mapping[str, Any] | None) -> Resolved:
    """A Resolved from one prediction row (or an unresolved one)."""
    if row is None:
        return Resolved()
    lat, lon = row.get("lat"), row.get("lon")
    return Resolved(None if lat is None else float(lat), None if lon is None else float(lon),
                    row.get("country_code"))
