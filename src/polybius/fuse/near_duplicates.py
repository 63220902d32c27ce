"""Near-duplicate documents: wire copies that outlets republish with a new headline or byline.

A MinHash signature (datasketch) of word 5-shingles estimates the Jaccard similarity of two
texts; its values cut into bands give keys that near-duplicates share (locality-sensitive
hashing), so a store can find candidates with an indexed lookup instead of comparing texts.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard share a band with high probability
SHINGLE = 5
THRESHOLD = 0.7  # estimated Jaccard at or above which a document is a copy
SEED = 1
WORD = re.compile(r"\w+")


def signature(text: str) -> list[int]:
    """The MinHash values of a text's word 5-shingles (lower-cased)."""
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in minhash.hashvalues]


def band_keys(values: list[int]) -> list[str]:
    """One short key per band of the signature; near-duplicates share at least one."""
    rows = len(values) // BANDS
    return [
        f"{b}:" + hashlib.blake2b(repr(values[b * rows:(b + 1) * rows]).encode(), digest_size=8).hexdigest()
        for b in range(BANDS)
    ]


def similarity(a: list[int], b: list[int]) -> float:
    """The estimated Jaccard similarity of the texts behind two signatures."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def is_copy(a: list[int], b: list[int]) -> bool:
    """Whether two signatures belong to near-duplicate texts."""
    return similarity(a, b) >= THRESHOLD
