"""WikiEvents gold reading, head-word matching and scoring on a tiny hand-made document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from polybius.eval.wikievents import (
    WikiDoc,
    cluster_index,
    gold_arguments,
    head_match,
    load_wikievents,
    predicted_arguments,
    role_counts,
    score_documents,
)

SHARED = Path(__file__).parents[3] / "shared" / "datasets" / "wikievents"


def arg(mid: str, role: str, text: str) -> dict[str, str]:
    """One event argument."""
    return {"entity_id": f"d-{mid}", "role": role, "text": text}


DOC: dict[str, Any] = {
    "doc_id": "d",
    "text": "Gunmen attacked a church in Lagos. They killed 12 worshippers with rifles.",
    "event_mentions": [
        {"event_type": "Conflict.Attack.Unspecified",
         "arguments": [arg("T1", "Attacker", "Gunmen"), arg("T2", "Target", "church"),
                       arg("T3", "Place", "Lagos")]},
        {"event_type": "Life.Die.Unspecified",
         "arguments": [arg("T4", "Killer", "They"), arg("T5", "Victim", "worshippers"),
                       arg("T6", "Instrument", "rifles")]},
        {"event_type": "Conflict.Attack.DetonateExplode",
         "arguments": [arg("T7", "ExplosiveDevice", "bomb")]},
        {"event_type": "Contact.Contact.Meet", "arguments": [arg("T8", "Place", "Abuja")]},
    ],
}
CLUSTERS = [["d-T1", "d-T4"]]
RECORD: dict[str, Any] = {"incidents": [{
    "perpetrators": [{"name": "unidentified gunmen"}],
    "targets": [{"name": "St. Mary's church"}, {"name": "police"}],
    "victims": [{"name": "12 worshippers"}],
    "weapons": [{"type": "firearm", "detail": None,
                 "evidence": [{"start": 0, "end": 6, "text": "rifles"}]}],
    "location": {"name": "Lagos"},
}, {"perpetrators": [{"name": "Unidentified Gunmen"}], "location": {"name": None}}]}


def test_head_match_is_word_containment_after_normalisation() -> None:
    assert head_match("unidentified gunmen", "Gunmen")
    assert head_match("general", "Major General Vyacheslav Gladkikh")
    assert head_match("the church", "Church")
    assert not head_match("IS", "this")
    assert not head_match("", "church") and not head_match("a", "the")


def test_gold_keeps_attack_events_and_merges_coreference() -> None:
    gold = gold_arguments(DOC, cluster_index(CLUSTERS))
    assert gold["Attacker"] == [("Gunmen", "They")]
    assert gold["Target"] == [("church",)] and gold["Victim"] == [("worshippers",)]
    assert gold["Instrument"] == [("rifles",), ("bomb",)]
    assert gold["Place"] == [("Lagos",)]  # the meeting's Abuja is not an attack argument
    assert gold_arguments(DOC)["Attacker"] == [("Gunmen",), ("They",)]


def test_predictions_from_a_record() -> None:
    pred = predicted_arguments(RECORD)
    assert pred["Attacker"] == ["unidentified gunmen"]  # repeated name counted once
    assert pred["Instrument"] == ["rifles"] and pred["Place"] == ["Lagos"]


def test_counts_and_micro_scores() -> None:
    gold = gold_arguments(DOC, cluster_index(CLUSTERS))
    counts = role_counts(["St. Mary's church", "police"], gold["Target"])
    assert (counts.p_num, counts.p_den, counts.r_num, counts.r_den) == (1, 2, 1, 1)
    result = score_documents({"d": predicted_arguments(RECORD)}, [WikiDoc("d", "", gold)])
    assert result["roles"]["Instrument"]["tp_gold"] == 1 and result["roles"]["Instrument"]["gold"] == 2
    micro = result["micro"]
    assert (micro["tp_pred"], micro["pred"], micro["tp_gold"], micro["gold"]) == (5, 6, 5, 6)
    assert micro["f1"] == pytest.approx(100 * 5 / 6)
    assert score_documents({}, [WikiDoc("d", "", gold)])["micro"]["f1"] == 0.0


def test_load_with_coreference(tmp_path: Path) -> None:
    (tmp_path / "coref").mkdir()
    (tmp_path / "dev.jsonl").write_text(json.dumps(DOC) + "\n")
    (tmp_path / "coref" / "dev.jsonlines").write_text(
        json.dumps({"doc_key": "d", "clusters": CLUSTERS}) + "\n")
    [doc] = load_wikievents(tmp_path)
    assert doc.doc_id == "d" and doc.text.startswith("Gunmen")
    assert doc.gold["Attacker"] == [("Gunmen", "They")]
    with pytest.raises(ValueError, match="only"):
        load_wikievents(tmp_path, "train")


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared WikiEvents data not present")
def test_real_dev_file() -> None:
    docs = load_wikievents(SHARED)
    assert len(docs) == 20
    assert sum(len(d.gold["Victim"]) for d in docs) > 20
