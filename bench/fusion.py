"""How long fusing one new article takes when the store already holds many incidents.

    .venv/bin/python bench/fusion.py                      # 100,000 stored incidents, 100 new articles
    .venv/bin/python bench/fusion.py --incidents 20000 --articles 50 --json

1. Extracts `--articles` generated articles (bench/articles.py) and times that apart.
2. Fills a fresh SQLite store with `--incidents` fused incidents made from those records with
   their dates moved by up to a year and their tolls changed, so every new article meets a
   realistic crowd of same-country candidates in its date window (about `incidents / 730` a day
   per country group), each incident with its report row, profile and parts.
3. Times, per new article, what ingest does after extraction: the near-duplicate lookup, the
   candidate query, scoring, and writing the new or re-fused incident, each in one transaction.
Target (issue 4): under 1 s per new article with 100,000 incidents stored.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date as day
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from articles import generate

from polybius.fuse import fuse_reports, profile_of, tag_evidence
from polybius.fuse.near_duplicates import Fingerprint
from polybius.fusion import fuse_record, store_copy_or_document
from polybius.model import Document, DocumentRecord, Range, Report, Source
from polybius.pipeline import process_many
from polybius.store import open_store
from polybius.store import reports as report_rows

BATCH = 2000


def extract(n: int, seed: int) -> tuple[list[DocumentRecord], float]:
    """Records of `n` generated articles and the seconds extraction took."""
    docs = [Document.from_text(a.text, title=a.title, url=a.url, source=a.source, published=a.published)
            for a in generate(n, seed=seed)]
    start = time.perf_counter()
    records = list(process_many(docs))
    return records, time.perf_counter() - start


def synthetic(record: DocumentRecord, k: int, rng: random.Random) -> tuple[Report, str]:
    """A stored report like one of `record`'s incidents, moved in time and with another toll."""
    incident = rng.choice(record.incidents)
    shift = timedelta(days=rng.randint(-365, 365))
    doc_id = f"{k:064x}"
    published = record.document.published + shift if record.document.published else None
    source = Source(document_id=doc_id, source="bench", published=published)
    date = incident.date
    if date.value and date.precision == "day":
        date = date.model_copy(update={"value": (day.fromisoformat(date.value) + shift).isoformat()})
    killed = rng.randint(1, 60)
    totals = {**incident.totals, "killed": Range(low=killed, best=killed, high=killed)}
    moved = incident.model_copy(update={"id": f"bench{k:011d}", "date": date, "totals": totals, "sources": [source]})
    return Report(document=source, incident=tag_evidence(moved, doc_id)), moved.id


def fill(store_url: str, records: list[DocumentRecord], n: int, seed: int) -> float:
    """Store `n` synthetic fused incidents; the seconds it took."""
    rng = random.Random(seed)
    usable = [r for r in records if r.incidents]
    store = open_store(store_url)
    start = time.perf_counter()
    for first in range(0, n, BATCH):
        with store.transaction("fill") as tx:
            for k in range(first, min(n, first + BATCH)):
                report, incident_id = synthetic(rng.choice(usable), k, rng)
                doc = Document.from_text(f"bench document {k}", source="bench", published=report.document.published)
                doc = doc.model_copy(update={"id": report.document.document_id})
                tx.add_document(doc, Fingerprint.of(doc.text).to_json(), Fingerprint.of(doc.text).bands)
                fused = fuse_reports(incident_id, [report])
                profile = profile_of(fused, report.document.published)
                tx.save_incident(fused, profile.anchor, profile.to_json())
                report_rows.add_report(tx.session, report, incident_id)
        print(f"  stored {min(n, first + BATCH):,} incidents", file=sys.stderr)
    store.close()
    return time.perf_counter() - start


def fuse_new(store_url: str, records: list[DocumentRecord]) -> list[float]:
    """Seconds to fuse and store each new record (extraction excluded)."""
    store = open_store(store_url)
    times = []
    for record in records:
        start = time.perf_counter()
        with store.transaction("fuse") as tx:
            fingerprint = Fingerprint.of(record.document.text)
            if store_copy_or_document(tx, record.document, fingerprint) is None:
                fuse_record(tx, record)
        times.append(time.perf_counter() - start)
    store.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    records, extract_s = extract(args.articles, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        fill_s = fill(url, records, args.incidents, args.seed)
        size_mb = Path(tmp, "bench.db").stat().st_size / 2**20
        times = fuse_new(url, records)
    result = {
        "stored_incidents": args.incidents, "new_articles": len(records),
        "extract_s_per_article": round(extract_s / len(records), 4),
        "fuse_s_per_article": {"mean": round(statistics.mean(times), 4),
                               "p95": round(sorted(times)[int(0.95 * (len(times) - 1))], 4),
                               "max": round(max(times), 4)},
        "fill_s": round(fill_s, 1), "db_mib": round(size_mb, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        f = result["fuse_s_per_article"]
        print(f"{args.incidents:,} incidents stored ({result['db_mib']} MiB, filled in {result['fill_s']} s)")
        print(f"fuse + store per new article: mean {f['mean']} s, p95 {f['p95']} s, max {f['max']} s")
        print(f"extraction per article (apart): {result['extract_s_per_article']} s")


if __name__ == "__main__":
    main()
