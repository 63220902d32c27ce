"""Hand-computed cases for the GTT template metric and the GRIT role-filler metric."""

from __future__ import annotations

import itertools
import random

import pytest

from polybius.eval import scorer
from polybius.eval.scorer import ROLES, score_role_fillers, score_templates


def tpl(itype: str, **roles: list[list[str]]) -> dict:
    """A template with the given roles, the others empty."""
    return {"incident_type": itype, **{r: roles.get(r, []) for r in ROLES}}


def run(pred: list[dict], gold: list[dict], **kw) -> scorer.TemplateScores:
    """Score one document the way muc4.score_predictions does."""
    return score_templates({"d": scorer.pred_templates(pred)},
                           {"d": scorer.gold_templates(gold)}, **kw)


GOLD = tpl("attack", PerpInd=[["guerrillas", "guerrilla column"]], PerpOrg=[["fmln"]],
           Target=[["bus"]], Victim=[["mayor"]], Weapon=[["rifles"]])


def test_perfect_match_is_100() -> None:
    # 1 type + 5 entities on each side, all correct: P = R = 6/6.
    s = run([GOLD], [GOLD])
    assert (s.micro.p, s.micro.r, s.micro.f1) == (100.0, 100.0, 100.0)
    assert all(v.f1 == 100.0 for v in s.slots.values())
    assert (s.micro.tp_pred, s.micro.pred, s.micro.tp_gold, s.micro.gold) == (6, 6, 6, 6)


def test_empty_prediction_has_zero_recall() -> None:
    # Nothing predicted: 0/0 precision counts as 0 (GTT), recall 0/6.
    s = run([], [GOLD])
    assert (s.micro.p, s.micro.r, s.micro.f1) == (0.0, 0.0, 0.0)
    assert (s.micro.pred, s.micro.gold) == (0, 6)


def test_wrong_type_makes_the_pair_not_count() -> None:
    # bombing is not a substring of "attack": the pair is dropped, so the predicted type and
    # PerpInd are spurious (P = 0/2) and the gold type, PerpInd and Target missed (R = 0/3).
    gold = tpl("attack", PerpInd=[["guerrillas"]], Target=[["bus"]])
    s = run([tpl("bombing", PerpInd=[["guerrillas"]])], [gold])
    assert (s.micro.tp_pred, s.micro.pred, s.micro.tp_gold, s.micro.gold) == (0, 2, 0, 3)
    assert s.micro.f1 == 0.0


def test_two_gold_one_predicted_picks_the_best_mapping() -> None:
    # Gold A: type + PerpInd + Target (3 items); gold B: type + Victim (2 items).
    # Prediction: attack, Target "bus". Mapped to A: P = 2/2, R = 2/5 -> F1 = 4/7 = 57.14.
    # Mapped to B: P = 1/2, R = 1/5 -> F1 = 28.57; so A is kept.
    a = tpl("attack", PerpInd=[["guerrillas"]], Target=[["bus"]])
    b = tpl("attack", Victim=[["mayor"]])
    s = run([tpl("attack", Target=[["bus"]])], [b, a])
    assert (s.micro.tp_pred, s.micro.pred, s.micro.tp_gold, s.micro.gold) == (2, 2, 2, 5)
    assert s.micro.f1 == pytest.approx(400 / 7)
    assert s.slots["Target"].f1 == 100.0
    assert s.slots["incident_type"].r == 50.0


def test_entity_with_a_non_gold_mention_is_wrong() -> None:
    # Predicted {"guerrillas", "soldiers"}: "soldiers" is no mention of the gold entity, so
    # PerpInd is 0/1 both ways; the type still counts: P = R = 1/2 = 50.
    gold = tpl("attack", PerpInd=[["guerrillas", "guerrilla column"]])
    s = run([tpl("attack", PerpInd=[["guerrillas", "soldiers"]])], [gold])
    assert s.slots["PerpInd"].tp_pred == 0
    assert s.slots["PerpInd"].tp_gold == 0
    assert s.micro.f1 == 50.0
    # a subset of the gold mentions is right
    s = run([tpl("attack", PerpInd=[["guerrilla column"]])], [gold])
    assert s.micro.f1 == 100.0


def test_normalisation() -> None:
    assert scorer.normalize_string("The FMLN.") == "fmln"
    assert scorer.normalize_string("  an  Attack on the   BUS ") == "attack on bus"
    # punctuation goes before articles, as in GTT: "the-bus" -> "thebus" keeps its "the"
    assert scorer.normalize_string("the-bus") == "thebus"
    s = run([tpl("attack", PerpOrg=[["The FMLN."]])], [tpl("attack", PerpOrg=[["fmln"]])])
    assert s.micro.f1 == 100.0


def test_attack_is_contained_in_attack_bombing() -> None:
    gold = [tpl("attack / bombing", Target=[["bus"]])]
    assert run([tpl("attack", Target=[["bus"]])], gold).micro.f1 == 100.0
    assert run([tpl("bombing", Target=[["bus"]])], gold).micro.f1 == 100.0
    assert run([tpl("kidnapping", Target=[["bus"]])], gold).micro.f1 == 0.0
    # containment is a substring test, as in GTT: "attack / bombing" is not in "attack"
    assert run([tpl("attack / bombing")], [tpl("attack")]).micro.f1 == 0.0


def test_missing_type_defaults_to_attack() -> None:
    # GTT replaces a non-string predicted type by "attack".
    s = run([{"incident_type": None, "Target": [["bus"]]}], [tpl("attack", Target=[["bus"]])])
    assert s.micro.f1 == 100.0


def test_unmapped_prediction_is_spurious() -> None:
    # Second (kidnapping) prediction has no gold partner: P = 2/4 (type + Target of the first),
    # R = 2/2, F1 = 2 * .5 * 1 / 1.5 = 66.67.
    gold = [tpl("attack", Target=[["bus"]])]
    pred = [tpl("attack", Target=[["bus"]]), tpl("kidnapping", Victim=[["mayor"]])]
    s = run(pred, gold)
    assert (s.micro.tp_pred, s.micro.pred, s.micro.tp_gold, s.micro.gold) == (2, 4, 2, 2)
    assert s.micro.f1 == pytest.approx(200 / 3)


def test_gtt_entity_matching_is_not_one_to_one() -> None:
    # Two predicted entities both match the one gold entity. GTT: both correct (P = 2/2 for
    # PerpInd, so 3/3 micro), R = 2/2. One-to-one: one of them is wrong, P = 2/3.
    gold = [tpl("attack", PerpInd=[["guerrillas", "rebels"]])]
    pred = [tpl("attack", PerpInd=[["guerrillas"], ["rebels"]])]
    gtt = run(pred, gold)
    assert (gtt.micro.tp_pred, gtt.micro.pred, gtt.micro.tp_gold, gtt.micro.gold) == (3, 3, 2, 2)
    strict = run(pred, gold, one_to_one=True)
    assert (strict.micro.tp_pred, strict.micro.pred) == (2, 3)
    assert strict.micro.p == pytest.approx(200 / 3)


def test_gold_loader_drops_empty_entities_and_duplicate_templates() -> None:
    raw = [{"incident_type": "attack", "PerpInd": [[["guerrillas", 3]], []], "Target": []},
           {"incident_type": "attack", "PerpInd": [[["guerrillas", 90]]], "Target": []}]
    assert scorer.gold_templates(raw) == [tpl("attack", PerpInd=[["guerrillas"]])]


def test_documents_are_summed_and_extra_predictions_ignored() -> None:
    # d1 perfect (2/2), d2 missing from the predictions (0 of 2 gold); "zz" is not gold.
    golds = {"d1": [tpl("attack", Target=[["bus"]])], "d2": [tpl("arson", Target=[["house"]])]}
    preds = {"d1": [tpl("attack", Target=[["bus"]])], "zz": [tpl("attack")]}
    s = score_templates(preds, golds)
    assert (s.micro.tp_pred, s.micro.pred, s.micro.tp_gold, s.micro.gold) == (2, 2, 2, 4)
    assert s.docs == 2


def test_search_follows_gtt_product_order_and_count() -> None:
    for n_pred, n_gold in [(0, 3), (2, 0), (3, 2), (3, 4)]:
        valid = [m for m in itertools.product([*range(n_gold), -1], repeat=n_pred)
                 if len({g for g in m if g != -1}) == sum(g != -1 for g in m)]
        assert scorer.count_mappings(n_pred, n_gold) == len(valid)


def test_fallback_alignment_when_the_search_is_capped() -> None:
    gold = [tpl("attack", Target=[[f"t{i}"]]) for i in range(4)]
    pred = list(reversed(gold))
    s = run(pred, gold, max_mappings=0)
    assert s.micro.f1 == 100.0
    assert s.fallback_docs == ["d"]


def test_hungarian_matches_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(200):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([0, 0, 1, 2.5, rng.random()]) for _ in range(m)] for _ in range(n)]
        pairs = scorer.max_weight_assignment(w)
        assert len(pairs) == min(n, m)
        assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
        best = max(sum(w[i][j] for i, j in zip(rows, cols, strict=False))
                   for rows in itertools.permutations(range(n), min(n, m))
                   for cols in itertools.permutations(range(m), min(n, m)))
        assert sum(w[i][j] for i, j in pairs) == pytest.approx(best)


# ---------------------------------------------------------------- GRIT role fillers


def test_role_fillers_merge_templates_like_grit() -> None:
    # "guerrillas" (t2) is a subset of {"guerrillas", "guerrilla column"} (t1): not added again.
    t1 = tpl("attack", PerpInd=[["guerrillas", "guerrilla column"]], Target=[["bus"]])
    t2 = tpl("arson", PerpInd=[["guerrillas"]], Target=[["house"]])
    merged = scorer.role_fillers([t1, t2])
    assert merged["PerpInd"] == [["guerrillas", "guerrilla column"]]
    assert merged["Target"] == [["bus"], ["house"]]


def test_role_filler_metric() -> None:
    # Gold: PerpInd {guerrillas, guerrilla column}, Target {bus}, {house}.
    # Predicted: PerpInd "The guerrilla column" (right), "guerrillas" again (a second entity for
    # one gold entity: one-to-one, so wrong), Target "bus" (right), Victim "mayor" (spurious).
    # P = 2/4, R = 2/3, F1 = 2 * .5 * .6667 / 1.1667 = 57.14.
    gold = {"d": {"PerpInd": [["guerrillas", "guerrilla column"]],
                  "Target": [["bus"], ["house"]]}}
    pred = {"d": {"PerpInd": [["The guerrilla column"], ["guerrillas"]], "Target": [["bus"]],
                  "Victim": [["mayor"]]}}
    s = score_role_fillers(pred, gold)
    assert (s.micro.tp_pred, s.micro.pred, s.micro.tp_gold, s.micro.gold) == (2, 4, 2, 3)
    assert s.micro.f1 == pytest.approx(400 / 7)
    assert s.slots["Target"].r == 50.0
    assert set(s.slots) == set(ROLES)


def test_role_filler_needs_all_predicted_mentions_in_gold() -> None:
    gold = {"d": {"PerpOrg": [["fmln", "farabundo marti national liberation front"]]}}
    assert score_role_fillers({"d": {"PerpOrg": [["FMLN"]]}}, gold).micro.f1 == 100.0
    wrong = {"d": {"PerpOrg": [["fmln", "urng"]]}}
    assert score_role_fillers(wrong, gold).micro.f1 == 0.0
