"""Learn which heads MUC-4 gold seldom keeps when polybius predicts them in a role, from the train split.

Runs the extractor on the 1,300 train documents, converts the records to templates with every head kept
(`record_to_templates(..., learned=False)`), aligns them with the gold templates as GTT's scorer does,
and counts per role and head (last word of the entity's first mention) how many predicted entities there
were and how many were right. A head seen MIN_PRED times or more and right less than MAX_PRECISION of the
time is written to src/polybius/eval/data/muc4_role_heads.json ("rifles" as Weapon: 0 of 26); eval/muc4.py
drops such entities. MAX_PRECISION is half a template F1 of about 0.4: below it an entity costs the
micro F1 more than it brings. Only ROLES are learned: lists for PerpInd, PerpOrg and Target did not help on a
two-fold split of train (PerpOrg +0.05, then dev -0.1). Only common words are kept, never names ("farc").

Run `make learned` (or `.venv/bin/python bench/muc4_role_heads.py [--shared ../shared]
[--records FILE]`): the extraction is deterministic, so the same code and train file give the same list;
`--records` reuses JSON lines of {"docid", "incidents"} instead of extracting (~3-5 min). The dev score
runs the extractor on the 200 dev documents.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from learned import provenance, write_learned

from polybius.eval import muc4, scorer
from polybius.extract.truecase import cased_word

OUT = Path(__file__).parents[1] / "src" / "polybius" / "eval" / "data" / "muc4_role_heads.json"
ROLES = ("Weapon",)
MIN_PRED = 8
MAX_PRECISION = 0.2
ABOUT = (
    "Per MUC-4 role, common-word heads (last word of an entity's first mention) that polybius predicted at "
    "least min_pred times on the train split and GTT's gold kept less than max_precision of the time, "
    "with [predicted, right] "
    "counts. eval/muc4.py leaves such entities out of that role. Built by bench/muc4_role_heads.py from "
    "polybius' own train predictions; not used by the extractor."
)


def best_mapping(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[int, ...]:
    """GTT's alignment of normalised predicted templates to gold ones (-1: not mapped, also when the search
    paired templates of different types, which GTT then scores as unmapped)."""
    table = [[scorer._pair_counts(p, g, False) for g in gold] for p in pred]
    sums = [[scorer._sums(pc) for pc in row] for row in table]
    p_den = scorer._micro(scorer._unmapped_counts(pred, "pred")).p_den
    r_den = scorer._micro(scorer._unmapped_counts(gold, "gold")).r_den
    exhaustive = scorer.count_mappings(len(pred), len(gold)) <= scorer.DEFAULT_MAX_MAPPINGS
    search = scorer._exhaustive_mapping if exhaustive else scorer._fallback_mapping
    mapping = search(sums, p_den, r_den, len(gold))
    return tuple(g if g != -1 and table[i][g] is not None else -1 for i, g in enumerate(mapping))


def count_heads(docs: list[muc4.MucDoc], records: Mapping[str, Any]) -> dict[str, dict[str, list[int]]]:
    """Per role and head, [predicted entities, entities right in their aligned gold template]."""
    counts: dict[str, dict[str, Counter[str]]] = {r: {"pred": Counter(), "right": Counter()} for r in ROLES}
    for doc in docs:
        raw = muc4.record_to_templates(records.get(doc.docid, {}), doc.doctext, learned=False)
        pred = scorer._normalized(scorer.pred_templates(raw))
        gold = scorer._normalized(scorer.gold_templates(doc.templates))
        mapping = best_mapping(pred, gold) if pred and gold else (-1,) * len(pred)
        for template, g in zip(pred, mapping, strict=True):
            for role in ROLES:
                for entity in template[role]:
                    head = entity_head(entity)
                    counts[role]["pred"][head] += 1
                    counts[role]["right"][head] += g != -1 and any(
                        scorer.entity_matches(x, entity) for x in gold[g][role]
                    )
    return {r: {h: [n, c["right"][h]] for h, n in sorted(c["pred"].items())} for r, c in counts.items()}


def entity_head(entity: list[str]) -> str:
    """The last word of a normalised entity's first mention."""
    words = entity[0].split() if entity else []
    return words[-1] if words else ""


def rare(counts: dict[str, dict[str, list[int]]]) -> dict[str, dict[str, list[int]]]:
    """The common-word heads seen MIN_PRED times or more and right less than MAX_PRECISION of the time."""
    return {
        r: {
            h: c for h, c in heads.items() if c[0] >= MIN_PRED and c[1] / c[0] < MAX_PRECISION and cased_word(h) is None
        }
        for r, heads in counts.items()
    }


def extract(docs: list[muc4.MucDoc], records_file: Path | None) -> dict[str, Any]:
    """docid -> record, read from `records_file` or extracted now."""
    if records_file is not None:
        lines = records_file.read_text(encoding="utf-8").splitlines()
        return {str(o["docid"]): o for o in map(json.loads, filter(None, lines))}
    from polybius.model import Document
    from polybius.pipeline import process_many

    records = process_many(Document.from_text(d.doctext) for d in docs)
    return {d.docid: r.model_dump(mode="json") for d, r in zip(docs, records, strict=True)}


def dev_score(shared: Path) -> dict[str, float]:
    """Template F1 (and the learned roles) on dev with the list just written."""
    muc4.rare_heads.cache_clear()
    docs = muc4.load_muc4(shared / "datasets" / "muc4", "dev")
    records = extract(docs, None)
    result = muc4.score_predictions(
        docs, {d.docid: muc4.record_to_templates(records[d.docid], d.doctext) for d in docs}
    )
    return {
        "template_f1": round(result["micro"]["f1"], 2),
        **{f"{r.lower()}_f1": round(result["slots"][r]["f1"], 2) for r in ROLES},
    }


def main() -> None:
    """Count the heads on train, write the rare ones with their provenance, then score dev with them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    ap.add_argument("--records", type=Path, help="train records as JSON lines, instead of extracting")
    args = ap.parse_args()
    data = args.shared / "datasets" / "muc4"
    train = muc4.load_muc4(data, "train")
    drop = rare(count_heads(train, extract(train, args.records)))
    built = provenance(muc4.split_path(data, "train"), min_pred=MIN_PRED, max_precision=MAX_PRECISION)
    dev = write_learned(OUT, {"about": ABOUT, "built": built, "drop": drop}, lambda: dev_score(args.shared))
    print(f"{sum(map(len, drop.values()))} heads -> {OUT}; dev {dev}")


if __name__ == "__main__":
    main()
