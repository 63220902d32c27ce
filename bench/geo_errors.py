"""Bucket the geocoding misses of `polybius eval geo` by the gold place's kind, to see what to fix.

Usage: python bench/geo_errors.py [--data DIR] [--dataset gwn|lgl] [--top N]
A gold toponym's kind is that of the gazetteer row with its GeoNames id (continent, country, admin1, city),
else 'other' (continents, streets, buildings, natural features). Each toponym is a hit (within
161 km), a miss or unresolved; the biggest misses are listed by surface name.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from polybius.eval.geo import ACC_KM, DATASETS, errors_km, gazetteer_resolver, load_articles, resolve_article
from polybius.extract.gazetteer import load_gazetteer

SHARED = Path(__file__).parents[2] / "shared" / "datasets" / "geoparsing"


def gold_ids(path: Path) -> list[int | None]:
    """GeoNames ids of the scorable toponyms of a file, in document order."""
    out: list[int | None] = []
    for t in ET.parse(path).getroot().iter("toponym"):
        tag = t.find("gaztag")
        if tag is not None:
            if tag.findtext("lat") and (tag.findtext("phrase") or t.findtext("phrase") or "").strip():
                out.append(int(tag.get("geonameid") or 0) or None)
        elif t.find("phrase") is None and (t.findtext("latitude") or "").strip() \
                and (t.findtext("extractedName") or "").strip():
            out.append(int(t.findtext("geonamesID") or 0) or None)
    return out


def kinds_by_id() -> dict[int, str]:
    """GeoNames id -> the kind of its gazetteer row."""
    gaz = load_gazetteer()
    return {gaz.place(r).geonames_id: gaz.place(r).kind for r in range(len(gaz))}


def main() -> None:
    """Print hit / miss / unresolved counts by gold kind, and the biggest misses by name."""
    p = argparse.ArgumentParser()
    p.add_argument("--data", type=Path, default=SHARED)
    p.add_argument("--dataset", default="gwn")
    p.add_argument("--top", type=int, default=40)
    args = p.parse_args()
    articles = load_articles(args.data, args.dataset)
    ids = gold_ids(args.data / DATASETS[args.dataset])
    resolver = gazetteer_resolver(load_gazetteer())
    kinds = kinds_by_id()
    table: Counter[tuple[str, str]] = Counter()
    misses: dict[str, list[float | None]] = defaultdict(list)
    tops = [t for a in articles for t in a.toponyms]
    errs = [e for a in articles for e in errors_km(a.toponyms, resolve_article(a, resolver))]
    assert len(ids) == len(tops), (len(ids), len(tops))
    for gid, top, err in zip(ids, tops, errs, strict=True):
        kind = kinds.get(gid or -1, "other")
        outcome = "unresolved" if err is None else "hit" if err <= ACC_KM else "miss"
        table[kind, outcome] += 1
        if outcome != "hit":
            misses[f"{top.name} [{kind}]"].append(err)
    for kind in ("continent", "country", "admin1", "city", "other"):
        row = {o: table[kind, o] for o in ("hit", "miss", "unresolved")}
        print(f"{kind:8} {row}")
    worst = sorted(misses.items(), key=lambda kv: -len(kv[1]))[:args.top]
    for name, errs_ in worst:
        km = [e for e in errs_ if e is not None]
        print(f"{len(errs_):4}  {name:40} {'unresolved' if not km else f'{sum(km) / len(km):.0f} km'}")


if __name__ == "__main__":
    main()
