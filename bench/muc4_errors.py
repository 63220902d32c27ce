"""Count the MUC-4 converter's errors by category on a split (train to decide, dev to confirm).

Aligns predicted and gold templates as GTT's scorer does, then counts: documents by (predicted, gold)
template numbers; templates left unmapped on each side; and per role, every predicted entity as right,
"other-template" (right in another gold template of the document), "extra-mention" (one of its mentions
is gold, another is not), "span-differs" (a mention overlaps a gold one), "wrong-role" (gold in another
role), "not-gold", or, in an unmapped template, "spurious-tpl"; every gold entity as found,
"missed-in-mapped" or "unmapped-tpl". Examples of one category are printed with --show ROLE:SIDE:CATEGORY.

Run `.venv/bin/python bench/muc4_errors.py --split train [--records FILE] [--save FILE]`: --records reads
JSON lines of {"docid", "incidents"}, --save writes the extracted ones for the next run (~3-5 min on train).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from muc4_role_heads import best_mapping, extract

from polybius.eval import muc4, scorer

Template = dict[str, Any]
Example = tuple[str, list[str], list[list[str]]]


def entity_category(entity: list[str], gold: Template | None, doc_gold: list[Template], role: str) -> str:
    """Why a predicted entity is right or wrong, given its aligned gold template (None: unmapped)."""
    in_doc = any(scorer.entity_matches(g, entity) for t in doc_gold for g in t[role])
    if gold is None:
        return "spurious-tpl:in-doc-gold" if in_doc else "spurious-tpl:not-gold"
    if any(scorer.entity_matches(g, entity) for g in gold[role]):
        return "ok"
    if in_doc:
        return "other-template"
    if any(m in g for g in gold[role] for m in entity):
        return "extra-mention"
    if any(
        scorer.entity_matches(g, [m]) for t in doc_gold for r in scorer.ROLES if r != role for g in t[r] for m in entity
    ):
        return "wrong-role"
    if any(m in gm or gm in m for g in gold[role] for gm in g for m in entity):
        return "span-differs"
    return "not-gold"


def count_document(
    pred: list[Template], gold: list[Template], counts: Counter[Any], examples: dict[Any, list[Example]], docid: str
) -> None:
    """Add one document's categories (and examples) to the tallies."""
    counts[f"docs pred{min(len(pred), 3)} gold{min(len(gold), 3)}"] += 1
    mapping = best_mapping(pred, gold) if pred and gold else (-1,) * len(pred)
    for template, g in zip(pred, mapping, strict=True):
        counts["pred template unmapped"] += g == -1
        aligned = gold[g] if g != -1 else None
        for role in scorer.ROLES:
            for entity in template[role]:
                category = entity_category(entity, aligned, gold, role)
                counts[(role, "P", category)] += 1
                examples[(role, "P", category)].append((docid, entity, aligned[role] if aligned else []))
    mapped = set(mapping)
    for j, template in enumerate(gold):
        counts["gold template unmapped"] += j not in mapped
        for role in scorer.ROLES:
            for entity in template[role]:
                found = j in mapped and any(
                    scorer.entity_matches(entity, e) for i, t in enumerate(pred) if mapping[i] == j for e in t[role]
                )
                category = "ok" if found else ("missed-in-mapped" if j in mapped else "unmapped-tpl")
                counts[(role, "R", category)] += 1
                examples[(role, "R", category)].append((docid, entity, []))


def main() -> None:
    """Extract (or read) a split's records, convert them, print the error categories."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    ap.add_argument("--split", default="train", choices=muc4.SPLITS)
    ap.add_argument("--records", type=Path, help="records as JSON lines, instead of extracting")
    ap.add_argument("--save", type=Path, help="write the extracted records here")
    ap.add_argument("--show", help="print examples of ROLE:SIDE:CATEGORY, e.g. Target:P:span-differs")
    args = ap.parse_args()
    docs = muc4.load_muc4(args.shared / "datasets" / "muc4", args.split)
    records = extract(docs, args.records)
    if args.save:
        args.save.write_text("".join(json.dumps({"docid": k, **r}) + "\n" for k, r in records.items()), "utf-8")
    counts: Counter[Any] = Counter()
    examples: dict[Any, list[Example]] = defaultdict(list)
    for doc in docs:
        pred = scorer._normalized(scorer.pred_templates(muc4.record_to_templates(records[doc.docid], doc.doctext)))
        count_document(pred, scorer._normalized(scorer.gold_templates(doc.templates)), counts, examples, doc.docid)
    for key, n in sorted(counts.items(), key=str):
        print(n, *key) if isinstance(key, tuple) else print(n, key)
    if args.show:
        for example in examples[tuple(args.show.split(":"))][:60]:
            print(*example)


if __name__ == "__main__":
    main()
