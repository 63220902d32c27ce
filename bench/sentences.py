"""Suspicious sentence boundaries over real and acceptance texts (a measurement aid for extract/nlp.py).

Lists sentences that end in a known abbreviation, title or initial, that start with a lower-case word or a
'62-year-old' fragment, or that are shorter than three tokens and not a line of their own.
Run: PYTHONPATH=src python bench/sentences.py [--show]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Span

from polybius.extract.nlp import load_nlp
from polybius.extract.resources import load_data

ROOT = Path(__file__).resolve().parent.parent
DATASETS = Path("/work/shared/datasets")
EXAMPLE_DIRS = [ROOT / "tests" / "examples", Path("/work/shared/examples")]


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) for WikiEvents dev, 200 MUC-4 train documents and every acceptance text."""
    for line in (DATASETS / "wikievents" / "dev.jsonl").open():
        row = json.loads(line)
        yield "wiki:" + row["doc_id"], row["text"]
    with (DATASETS / "muc4" / "processed" / "train.json").open() as handle:
        for _, line in zip(range(200), handle, strict=False):
            row = json.loads(line)
            yield "muc:" + row["docid"], row["doctext"]
    folders = EXAMPLE_DIRS + sorted((ROOT / "tests").glob("heldout*"))
    for folder in folders:
        if folder.name in {"heldout12", "heldout13"}:
            continue
        for path in sorted(folder.glob("*.txt")):
            yield f"{folder.name}:{path.stem}", path.read_text()


def _abbreviations() -> set[str]:
    """The titles and abbreviations that must not end a sentence."""
    data = load_data("tokenizer.json").get("no_break_after", {})
    return {w.lower() for words in data.values() if isinstance(words, list) for w in words} | {
        "mr.", "mrs.", "dr.", "sgt.", "lt.", "col.", "gov.", "sen.", "rep.", "gen.", "capt.", "insp.", "supt.",
        "st.", "mt.", "no.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "u.s.",
        "u.n.", "ltd.", "co.", "jr.", "maj.", "cpl.", "pte.", "pvt.", "brig.", "prof.", "rev.", "ft.",
    }  # fmt: skip


def _suspicion(sent: Span, nxt: Span | None, abbrevs: set[str]) -> str | None:
    """Why a sentence boundary looks wrong, or None."""
    last = [t for t in sent if not t.is_space]
    if not last:
        return None
    end = last[-1]
    line_end = nxt is None or "\n" in sent.text[len(sent.text.rstrip()) :] or nxt.text[:1] == "\n"
    if nxt is not None and not line_end:
        if end.text.lower() in abbrevs:
            return "ends-abbrev"
        if len(end.text) == 2 and end.text[0].isupper() and end.text[1] == ".":
            return "ends-initial"
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is not None and first.text[:1].islower() and not line_end and sent.start > 0:
        prev = sent.doc[sent.start - 1]
        if "\n" not in prev.text:
            return "starts-lower"
    if (first is not None and "-year" in first.text.lower()) or sent.text.lstrip()[:5].lower() == "year-":
        return "starts-year-fragment"
    words = [t for t in sent if not t.is_space and not t.is_punct]
    alone = sent.start == 0 or "\n" in sent.doc[sent.start - 1].text or sent.doc[sent.start - 1].text == "\n"
    if len(words) < 3 and not alone and not line_end:
        return "short"
    return None


def scan(show: bool) -> Counter[str]:
    """Count suspicious boundaries per kind (and print them with --show)."""
    nlp = load_nlp()
    abbrevs = _abbreviations()
    counts: Counter[str] = Counter()
    started = time.process_time()
    for name, text in texts():
        source = name.split(":")[0] if name.startswith(("wiki", "muc")) else "acceptance"
        sents = list(nlp(text).sents)
        for sent, nxt in zip(sents, [*sents[1:], None], strict=False):
            kind = _suspicion(sent, nxt, abbrevs)
            if kind:
                counts[f"{source}:{kind}"] += 1
                if show:
                    tail = nxt.text[:40] if nxt is not None else ""
                    print(f"{name}\t{kind}\t...{sent.text[-60:]!r} | {tail!r}")
    print(f"cpu seconds: {time.process_time() - started:.1f}", file=sys.stderr)
    return counts


if __name__ == "__main__":
    for key, value in sorted(scan("--show" in sys.argv).items()):
        print(key, value)
