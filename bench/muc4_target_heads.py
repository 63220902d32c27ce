"""Learn which head nouns MUC-4 annotators file as physical targets (PHYS TGT), from the train split.

Writes src/polybius/eval/data/muc4_target_heads.json: the heads (last word of a gold Target mention)
seen in at least MIN_COUNT train entities, lower-case common words only (the truecase lexicon leaves
them uncapitalised, so proper names such as one newspaper's are left out), with how the list was
built and its dev score. eval/muc4.py turns a polybius target into a MUC Target only when its head is
one of these, which keeps cities, parties and people's titles out of a slot that holds things.

Run `make learned` (or `.venv/bin/python bench/muc4_target_heads.py [--shared ../shared]`): the same
train file gives the same list; the dev score runs the extractor on the 200 dev documents (~30 s).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from learned import provenance, write_learned

from polybius.eval import muc4
from polybius.extract.truecase import cased_word

OUT = Path(__file__).parents[1] / "src" / "polybius" / "eval" / "data" / "muc4_target_heads.json"
MIN_COUNT = 2
ABOUT = (
    "Head nouns of MUC-4 PHYS TGT mentions in the processed train split (GTT's files), each seen in at "
    "least min_count train entities and written lower-case in news (common nouns). eval/muc4.py makes a "
    "polybius target a MUC Target only when its last word is one of these or ends with one of 4+ letters "
    "('farmhouse'). Built by "
    "bench/muc4_target_heads.py; not used by the extractor."
)


def head(text: str) -> str | None:
    """The last word of a mention, lower-cased, or None when it has no word."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return words[-1] if words else None


def learn(train: list[muc4.MucDoc]) -> Counter[str]:
    """How many train Target entities each common-noun head names (an entity counts once per head)."""
    counts: Counter[str] = Counter()
    for doc in train:
        for template in doc.templates:
            for entity in template["Target"]:
                counts.update({h for h in (head(m[0]) for m in entity) if h and cased_word(h) is None})
    return counts


def dev_score(shared: Path) -> dict[str, float]:
    """Template F1 (and the Target slot) on dev with the list just written."""
    from polybius.pipeline import extract_text

    muc4.target_heads.cache_clear()
    docs = muc4.load_muc4(shared / "datasets" / "muc4", "dev")
    preds = {d.docid: muc4.record_to_templates(extract_text(d.doctext), d.doctext) for d in docs}
    result = muc4.score_predictions(docs, preds)
    return {"template_f1": round(result["micro"]["f1"], 2), "target_f1": round(result["slots"]["Target"]["f1"], 2)}


def main() -> None:
    """Learn the heads, write them with their provenance, then score dev with them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    args = ap.parse_args()
    train_path = muc4.split_path(args.shared / "datasets" / "muc4", "train")
    counts = learn(muc4.load_muc4(args.shared / "datasets" / "muc4", "train"))
    heads = {h: n for h, n in sorted(counts.items()) if n >= MIN_COUNT}
    built = provenance(train_path, min_count=MIN_COUNT)
    dev = write_learned(OUT, {"about": ABOUT, "built": built, "heads": heads}, lambda: dev_score(args.shared))
    print(f"{len(heads)} heads -> {OUT}; dev {dev}")


if __name__ == "__main__":
    main()
