"""B-cubed on clusterings whose scores are worked out by hand."""

from __future__ import annotations

import pytest

from polybius.eval.bcubed import bcubed

# Bagga & Baldwin (1998), figure 3: gold chains {1-5}, {6, 7}, {8, 9, A, B, C}.
GOLD = {**dict.fromkeys("12345", "g1"), **dict.fromkeys("67", "g2"), **dict.fromkeys("89ABC", "g3")}


def test_merging_the_two_smaller_chains_costs_precision_only() -> None:
    # Response {1-5}, {6-C}: items 6, 7 are right in 2 of 7, items 8-C in 5 of 7.
    predicted = {**dict.fromkeys("12345", "a"), **dict.fromkeys("6789ABC", "b")}
    score = bcubed(predicted, GOLD)
    assert score.p == pytest.approx((5 + 2 * 2 / 7 + 5 * 5 / 7) / 12)  # 0.762, as in the paper
    assert score.r == 1.0
    assert score.f1 == pytest.approx(2 * score.p / (score.p + 1))


def test_merging_the_two_larger_chains_costs_more() -> None:
    # Response {1-5, 8-C}, {6, 7}: ten items right in half their cluster, two in all of it.
    predicted = {**dict.fromkeys("1234589ABC", "a"), **dict.fromkeys("67", "b")}
    score = bcubed(predicted, GOLD)
    assert score.p == pytest.approx(7 / 12)  # 0.583, as in the paper
    assert score.r == 1.0


def test_singletons_have_full_precision_and_recall_one_over_cluster_size() -> None:
    predicted = {item: item for item in GOLD}
    score = bcubed(predicted, GOLD)
    assert score.p == 1.0
    assert score.r == pytest.approx((5 * 1 / 5 + 2 * 1 / 2 + 5 * 1 / 5) / 12)  # 3/12
    assert score.f1 == pytest.approx(2 * 0.25 / 1.25)


def test_a_split_and_a_merge_at_once() -> None:
    # gold {a, b, c} {d}; predicted {a, b} {c, d}
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    score = bcubed(predicted, gold)
    assert score.p == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert score.r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def test_cluster_ids_need_not_match_between_the_two() -> None:
    assert bcubed({"a": 7, "b": 7, "c": 9}, {"a": "x", "b": "x", "c": "y"}).f1 == 1.0


def test_everything_in_one_cluster() -> None:
    score = bcubed(dict.fromkeys(GOLD, 0), GOLD)
    assert score.r == 1.0
    assert score.p == pytest.approx((5 * 5 / 12 + 2 * 2 / 12 + 5 * 5 / 12) / 12)


def test_different_items_are_refused() -> None:
    with pytest.raises(ValueError, match="different items"):
        bcubed({"a": 1}, {"b": 1})
    with pytest.raises(ValueError, match="no items"):
        bcubed({}, {})
