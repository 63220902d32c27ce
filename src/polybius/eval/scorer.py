"""MUC-4 scorers of the published literature, as pure stdlib functions.

Two metrics, both on mention strings only (offsets are ignored, as in the originals):

* `score_templates`: the template metric of Du, Rush and Cardie (NAACL 2021, GTT), reported by
  GTT, TempGen and IterX. It follows `eval.py` of github.com/xinyadu/gtt line for line: strings
  normalised as in SQuAD; per document every one-to-one mapping of predicted to gold templates is
  tried and the one with the best document micro F1 kept (first one on ties, in the order of
  GTT's `itertools.product`); a mapped pair counts only when the predicted incident type is a
  substring of the gold one ("attack" in "bombing / attack"), and then the type is one correct
  item on both sides; inside a pair a predicted entity is correct when all its mentions are
  mentions of some gold entity of the role (GTT's `matching`, not one-to-one: a predicted entity
  is correct if it matches any gold entity, a gold entity is found if any predicted entity
  matches it; pass `one_to_one=True` for a CEAF-style best one-to-one entity assignment);
  unmapped templates count their type and entities in the denominators only.
* `score_role_fillers`: GRIT's metric (Du, Cardie and Rush, EACL 2021, github.com/xinyadu/
  grit_doc_event_entity `eval.py`, "phi_strict"): per document and role, predicted entities vs
  gold entities (union over templates, merged as GRIT's preprocess does), a predicted entity
  correct when all its mentions are mentions of the gold entity, best one-to-one assignment.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
TYPE_SLOT = "incident_type"
SLOTS: tuple[str, ...] = (TYPE_SLOT, *ROLES)
# Documents whose number of one-to-one template mappings exceeds this are aligned by the
# Hungarian fallback instead of GTT's exhaustive search (8 predicted x 8 gold = 1,441,729
# mappings, ~0.5 s, is still searched; 9 x 9 = 17.6 million is not).
DEFAULT_MAX_MAPPINGS = 2_000_000
_MAX_DEPTH = 200  # recursion guard: more predictions than this in one document use the fallback

Entity = list[str]
Template = dict[str, Any]
RoleEntities = dict[str, list[Entity]]

_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCTUATION = frozenset(string.punctuation)


# ---------------------------------------------------------------- counts and scores


@dataclass
class Counts:
    """GTT's four counters: correct predictions, predictions, gold items found, gold items."""

    p_num: float = 0
    p_den: int = 0
    r_num: float = 0
    r_den: int = 0

    def add(self, other: Counts) -> None:
        """Add another counter in place."""
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 in percent, with the counts they come from."""

    p: float
    r: float
    f1: float
    tp_pred: float
    pred: int
    tp_gold: float
    gold: int

    @classmethod
    def from_counts(cls, c: Counts) -> Scores:
        """Percentages from counters, with GTT's conventions for empty denominators."""
        p = 0.0 if c.p_num == 0 else c.p_num / c.p_den
        r = 0.0 if c.r_num == 0 else c.r_num / c.r_den
        f = _f1(c.p_num, c.p_den, c.r_num, c.r_den)
        return cls(100.0 * p, 100.0 * r, 100.0 * f, c.p_num, c.p_den, c.r_num, c.r_den)


@dataclass(frozen=True)
class TemplateScores:
    """Result of `score_templates`: per slot, micro over type + 5 roles, and search notes."""

    slots: dict[str, Scores]
    micro: Scores
    docs: int
    fallback_docs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RoleFillerScores:
    """Result of `score_role_fillers`: per role and micro over the 5 roles."""

    slots: dict[str, Scores]
    micro: Scores
    docs: int


def _f1(p_num: float, p_den: int, r_num: float, r_den: int) -> float:
    """GTT's `f1` (fractions, not percent), kept bit-identical so ties break the same way."""
    p = 0 if p_den == 0 else p_num / float(p_den)
    r = 0 if r_den == 0 else r_num / float(r_den)
    return 0 if p + r == 0 else 2 * p * r / (p + r)


def _new_counts(slots: Iterable[str]) -> dict[str, Counts]:
    """A zeroed counter per slot."""
    return {s: Counts() for s in slots}


def _micro(counts: Mapping[str, Counts]) -> Counts:
    """Sum of the counters of all slots."""
    total = Counts()
    for c in counts.values():
        total.add(c)
    return total


# ---------------------------------------------------------------- strings and inputs


def normalize_string(s: str) -> str:
    """Lower-case, drop ASCII punctuation, then the articles a/an/the, then squeeze spaces."""
    s = "".join(ch for ch in s.lower() if ch not in _PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", s).split())


def _mention_text(mention: Any) -> str:
    """A mention given as a string or as processed-file `[text, offset]`."""
    return mention if isinstance(mention, str) else str(mention[0])


def to_string_entities(entities: Iterable[Sequence[Any]]) -> list[Entity]:
    """Entities with offsets stripped; empty entities dropped as GTT's gold loader does."""
    out = [[_mention_text(m) for m in entity] for entity in entities]
    return [e for e in out if e]


def gold_templates(templates: Iterable[Mapping[str, Any]]) -> list[Template]:
    """GTT's gold loader: mention strings only, empty entities dropped, duplicates removed."""
    out: list[Template] = []
    for raw in templates:
        t: Template = {TYPE_SLOT: raw.get(TYPE_SLOT)}
        for role in ROLES:
            t[role] = to_string_entities(raw.get(role, []))
        if t not in out:
            out.append(t)
    return out


def pred_templates(templates: Iterable[Mapping[str, Any]]) -> list[Template]:
    """Predicted templates as GTT reads them: mention strings, no deduplication.

    A missing or non-string incident type becomes "attack", as in GTT's `score`.
    """
    out: list[Template] = []
    for raw in templates:
        itype = raw.get(TYPE_SLOT)
        t: Template = {TYPE_SLOT: itype if isinstance(itype, str) else "attack"}
        for role in ROLES:
            t[role] = [[_mention_text(m) for m in e] for e in raw.get(role, [])]
        out.append(t)
    return out


def _normalized(templates: Iterable[Template]) -> list[Template]:
    """Copies with every mention normalised (the type string is left as it is, as in GTT)."""
    out = []
    for t in templates:
        n: Template = {TYPE_SLOT: t[TYPE_SLOT]}
        for role in ROLES:
            n[role] = [[normalize_string(m) for m in e] for e in t.get(role, [])]
        out.append(n)
    return out


# ---------------------------------------------------------------- assignment


def max_weight_assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Rows matched to columns one-to-one with the largest total weight (Hungarian method).

    Stdlib stand-in for `scipy.optimize.linear_sum_assignment(-weights)`; returns (row, col)
    pairs, as many as min(rows, cols).
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    if n > m:
        flipped = [[weights[i][j] for i in range(n)] for j in range(m)]
        return sorted((i, j) for j, i in max_weight_assignment(flipped))
    cost = [[-w for w in row] for row in weights]
    col_owner = _hungarian(cost, n, m)
    return sorted((col_owner[j] - 1, j - 1) for j in range(1, m + 1) if col_owner[j])


def _hungarian(cost: list[list[float]], n: int, m: int) -> list[int]:
    """Minimum-cost assignment of n rows into m >= n columns; owner row (1-based) per column."""
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [math.inf] * (m + 1), [False] * (m + 1)
        while owner[j0]:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return owner


# ---------------------------------------------------------------- template metric (GTT)


def entity_matches(gold_entity: Sequence[str], pred_entity: Sequence[str]) -> bool:
    """GTT's `matching`: every mention of the predicted entity is a mention of the gold one."""
    return all(m in gold_entity for m in pred_entity)


def _role_counts(pred: list[Entity], gold: list[Entity], one_to_one: bool) -> Counts:
    """Counters of one role inside a mapped template pair."""
    if one_to_one:
        w = [[1.0 if entity_matches(g, p) else 0.0 for g in gold] for p in pred]
        hits = sum(w[i][j] for i, j in max_weight_assignment(w))
        return Counts(hits, len(pred), hits, len(gold))
    p_num = sum(any(entity_matches(g, p) for g in gold) for p in pred)
    r_num = sum(any(entity_matches(g, p) for p in pred) for g in gold)
    return Counts(p_num, len(pred), r_num, len(gold))


def _pair_counts(pred: Template, gold: Template, one_to_one: bool) -> dict[str, Counts] | None:
    """Counters of a mapped pair; None when the predicted type is not in the gold type."""
    if pred[TYPE_SLOT] not in gold[TYPE_SLOT]:
        return None
    counts = {TYPE_SLOT: Counts(1, 1, 1, 1)}
    for role in ROLES:
        counts[role] = _role_counts(pred.get(role, []), gold.get(role, []), one_to_one)
    return counts


def _unmapped_counts(templates: list[Template], side: str) -> dict[str, Counts]:
    """Denominators of templates left out of every pair (spurious or missing)."""
    counts = _new_counts(SLOTS)
    for t in templates:
        for slot in SLOTS:
            n = 1 if slot == TYPE_SLOT else len(t.get(slot, []))
            if side == "pred":
                counts[slot].p_den += n
            else:
                counts[slot].r_den += n
    return counts


def count_mappings(n_pred: int, n_gold: int) -> int:
    """Number of one-to-one partial mappings of n_pred templates into n_gold (GTT's search)."""
    k_max = min(n_pred, n_gold)
    return sum(math.comb(n_pred, k) * math.perm(n_gold, k) for k in range(k_max + 1))


PairSums = tuple[float, float] | None


def _sums(pc: dict[str, Counts] | None) -> PairSums:
    """Micro numerators (precision side, recall side) of a mapped pair; None if not a pair."""
    if pc is None:
        return None
    return sum(c.p_num for c in pc.values()), sum(c.r_num for c in pc.values())


def _exhaustive_mapping(sums: list[list[PairSums]], p_den: int, r_den: int,
                        n_gold: int) -> tuple[int, ...]:
    """GTT's search: the first mapping, in `itertools.product` order, with the best F1.

    GTT enumerates product([0..n_gold-1, -1], repeat=n_pred) and skips mappings that send two
    predictions to one gold template; this depth-first walk visits the valid ones in that order.
    """
    choices = [*range(n_gold), -1]
    used = [False] * n_gold
    mapping: list[int] = []
    best: list[Any] = [(), -1.0]

    def visit(i: int, pn: float, rn: float) -> None:
        if i == len(sums):
            f = _f1(pn, p_den, rn, r_den)
            if f > best[1]:
                best[0], best[1] = tuple(mapping), f
            return
        for g in choices:
            if g != -1 and used[g]:
                continue
            s = sums[i][g] if g != -1 else None
            if g != -1:
                used[g] = True
            mapping.append(g)
            visit(i + 1, pn + (s[0] if s else 0), rn + (s[1] if s else 0))
            mapping.pop()
            if g != -1:
                used[g] = False

    visit(0, 0, 0)
    return best[0]


def _fallback_mapping(sums: list[list[PairSums]], p_den: int, r_den: int,
                      n_gold: int) -> tuple[int, ...]:
    """Hungarian alignment on each pair's share of P + R (a linear proxy of the F1)."""
    weights = [[0.0 if s is None else s[0] / max(p_den, 1) + s[1] / max(r_den, 1)
                for s in row] for row in sums]
    mapping = [-1] * len(sums)
    for i, g in max_weight_assignment(weights):
        if sums[i][g] is not None:
            mapping[i] = g
    return tuple(mapping)


def score_document(pred: list[Template], gold: list[Template], *, one_to_one: bool = False,
                   max_mappings: int = DEFAULT_MAX_MAPPINGS) -> tuple[dict[str, Counts], bool]:
    """Counters of the best template alignment of one document, and whether it was exhaustive.

    Templates must already be normalised. Up to `max_mappings` candidate mappings GTT's full
    search is run (8 predicted x 8 gold still is); beyond it (e.g. 9 x 9) the Hungarian method
    on pair weights P_share + R_share picks the alignment, which may fall below GTT's optimum.
    """
    table = [[_pair_counts(p, g, one_to_one) for g in gold] for p in pred]
    p_den = _micro(_unmapped_counts(pred, "pred")).p_den
    r_den = _micro(_unmapped_counts(gold, "gold")).r_den
    exhaustive = (count_mappings(len(pred), len(gold)) <= max_mappings
                  and len(pred) <= _MAX_DEPTH)
    search = _exhaustive_mapping if exhaustive else _fallback_mapping
    mapping = search([[_sums(pc) for pc in row] for row in table], p_den, r_den, len(gold))
    return _mapping_counts(table, mapping, pred, gold), exhaustive


def _mapping_counts(table: list[list[dict[str, Counts] | None]], mapping: Sequence[int],
                    pred: list[Template], gold: list[Template]) -> dict[str, Counts]:
    """Per-slot counters of one alignment: pairs scored, the rest spurious or missing."""
    counts = _new_counts(SLOTS)
    mapped_pred, mapped_gold = set(), set()
    for i, g in enumerate(mapping):
        pc = table[i][g] if g != -1 else None
        if pc is not None:
            mapped_pred.add(i)
            mapped_gold.add(g)
            for slot in SLOTS:
                counts[slot].add(pc[slot])
    rest = (_unmapped_counts([t for i, t in enumerate(pred) if i not in mapped_pred], "pred"),
            _unmapped_counts([t for j, t in enumerate(gold) if j not in mapped_gold], "gold"))
    for part in rest:
        for slot in SLOTS:
            counts[slot].add(part[slot])
    return counts


def score_templates(preds: Mapping[str, list[Template]], golds: Mapping[str, list[Template]],
                    *, one_to_one: bool = False,
                    max_mappings: int = DEFAULT_MAX_MAPPINGS) -> TemplateScores:
    """GTT's template metric over the gold documents (predictions for other ids are ignored).

    `golds` should come through `gold_templates` and `preds` through `pred_templates`; a gold
    document without predictions counts as predicting nothing.
    """
    totals = _new_counts(SLOTS)
    fallback: list[str] = []
    for docid, gold in golds.items():
        pred = _normalized(preds.get(docid, []))
        counts, exhaustive = score_document(pred, _normalized(gold), one_to_one=one_to_one,
                                            max_mappings=max_mappings)
        if not exhaustive:
            fallback.append(docid)
        for slot in SLOTS:
            totals[slot].add(counts[slot])
    slots = {s: Scores.from_counts(c) for s, c in totals.items()}
    return TemplateScores(slots, Scores.from_counts(_micro(totals)), len(golds), fallback)


# ---------------------------------------------------------------- role-filler metric (GRIT)


def _is_subset(a: Sequence[str], b: Sequence[str]) -> bool:
    """Every mention of a is in b."""
    return all(m in b for m in a)


def role_fillers(templates: Iterable[Mapping[str, Any]]) -> RoleEntities:
    """Per role, the entities of all templates merged as GRIT's preprocess merges them.

    An entity is added unless it is a subset or a superset of one already kept (the first seen
    wins); empty entities are dropped.
    """
    merged: RoleEntities = {role: [] for role in ROLES}
    for t in templates:
        for role in ROLES:
            for entity in to_string_entities(t.get(role, [])):
                kept = merged[role]
                if not any(_is_subset(entity, e) or _is_subset(e, entity) for e in kept):
                    kept.append(entity)
    return merged


def _ceaf_strict(pred: list[Entity], gold: list[Entity]) -> Counts:
    """GRIT's `ceaf` with `phi_strict`: best one-to-one assignment of predicted to gold."""
    w = [[1.0 if entity_matches(g, p) else 0.0 for p in pred] for g in gold]
    hits = sum(w[i][j] for i, j in max_weight_assignment(w))
    return Counts(hits, len(pred), hits, len(gold))


def score_role_fillers(preds: Mapping[str, RoleEntities],
                       golds: Mapping[str, RoleEntities]) -> RoleFillerScores:
    """GRIT's role-filler metric (phi_strict) over the gold documents."""
    totals = _new_counts(ROLES)
    for docid, gold in golds.items():
        pred = preds.get(docid, {})
        for role in ROLES:
            g = [[normalize_string(m) for m in e] for e in gold.get(role, [])]
            p = [[normalize_string(m) for m in e] for e in pred.get(role, [])]
            totals[role].add(_ceaf_strict(p, g))
    slots = {s: Scores.from_counts(c) for s, c in totals.items()}
    return RoleFillerScores(slots, Scores.from_counts(_micro(totals)), len(golds))


__all__ = [
    "DEFAULT_MAX_MAPPINGS", "ROLES", "SLOTS", "TYPE_SLOT", "Counts", "RoleFillerScores", "Scores",
    "TemplateScores", "count_mappings", "entity_matches", "gold_templates",
    "max_weight_assignment", "normalize_string", "pred_templates", "role_fillers",
    "score_document", "score_role_fillers", "score_templates", "to_string_entities",
]
