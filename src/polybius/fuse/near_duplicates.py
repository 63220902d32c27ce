"""Near-duplicate documents: wire copies that outlets republish with a new headline or byline.

A MinHash signature (datasketch) of word 5-shingles estimates the Jaccard similarity of two
texts; its values cut into bands give keys that near-duplicates share (locality-sensitive
hashing), so a store finds candidates with an indexed lookup instead of comparing texts. A copy
is a text that shares at least half of all shingles with the other and most of its own (a
headline or a byline changed); another outlet's story of the same attack shares under a fifth.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash

NUM_PERM = 63
BANDS = 21  # 21 bands of 3 rows: a pair at Jaccard 0.5 shares a band with probability 0.94
SHINGLE = 5
SEED = 1
MIN_JACCARD = 0.5
MIN_CONTAINMENT = 0.75  # share of the smaller text's shingles found in the other
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """A text's MinHash values, its number of distinct shingles and its band keys."""

    values: tuple[int, ...]
    size: int

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        """The fingerprint of a text's lower-cased word 5-shingles."""
        words = WORD.findall(text.lower())
        shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
        minhash.update_batch([s.encode("utf-8") for s in shingles])
        return cls(tuple(int(v) for v in minhash.hashvalues), len(shingles))

    @property
    def bands(self) -> list[str]:
        """One short key per band; near-duplicates share at least one."""
        rows = NUM_PERM // BANDS
        return [
            f"{b}:" + hashlib.blake2b(repr(self.values[b * rows:(b + 1) * rows]).encode(), digest_size=8).hexdigest()
            for b in range(BANDS)
        ]

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"size": self.size, "values": list(self.values)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fingerprint:
        """The fingerprint stored by `to_json`."""
        return cls(tuple(data["values"]), data["size"])


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    """The estimated Jaccard similarity of two texts' shingle sets."""
    return float(np.mean(np.asarray(a.values) == np.asarray(b.values)))


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """The estimated share of the smaller text's shingles that the other text holds too."""
    j = jaccard(a, b)
    shared = j * (a.size + b.size) / (1 + j)
    return min(1.0, shared / max(1, min(a.size, b.size)))


def is_copy(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one text is a near-duplicate of the other."""
    return jaccard(a, b) >= MIN_JACCARD and containment(a, b) >= MIN_CONTAINMENT


def original_of(fingerprint: Fingerprint, stored: dict[str, Fingerprint]) -> tuple[str, float] | None:
    """The stored document this one copies (the most similar), with the similarity, or None."""
    scored = [(jaccard(fingerprint, fp), doc_id) for doc_id, fp in stored.items() if is_copy(fingerprint, fp)]
    if not scored:
        return None
    sim, doc_id = max(scored)
    return doc_id, sim
