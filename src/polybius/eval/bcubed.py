"""B-cubed precision, recall and F1 of a clustering (Bagga & Baldwin 1998; Amigo et al. 2009).

Each item is scored on its own: precision is the share of its predicted cluster that shares its
gold cluster, recall the share of its gold cluster that shares its predicted cluster; both are
averaged over items. Clusterings map item -> cluster id; the cluster ids of the two need not match.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class BCubed:
    """Item-averaged precision, recall and their harmonic mean, each in [0, 1]."""

    p: float
    r: float
    f1: float


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> BCubed:
    """Score `predicted` against `gold`; both must cluster exactly the same items."""
    if predicted.keys() != gold.keys():
        missing, extra = len(gold.keys() - predicted.keys()), len(predicted.keys() - gold.keys())
        raise ValueError(f"the clusterings hold different items: {missing} only in gold, {extra} only predicted")
    if not gold:
        raise ValueError("no items to score")
    both = Counter((predicted[item], gold[item]) for item in gold)
    sizes_p, sizes_g = Counter(predicted.values()), Counter(gold.values())
    p = sum(n * n / sizes_p[pc] for (pc, _), n in both.items()) / len(gold)
    r = sum(n * n / sizes_g[gc] for (_, gc), n in both.items()) / len(gold)
    return BCubed(p, r, f1(p, r))


def f1(p: float, r: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0
