"""WikiEvents (Li, Ji and Han 2021) argument scoring of polybius records, by head-word match.

Gold: the arguments of the attack events of ../shared/datasets/wikievents/dev.jsonl (event types
Conflict.Attack.*, Life.Die.*, Life.Injure.*), roles mapped to ours: Attacker (also Killer and
Injurer), Target, Victim, Instrument (also ExplosiveDevice, the instrument role of
Conflict.Attack.DetonateExplode), Place. Argument mentions of one coreference cluster
(coref/dev.jsonlines) are one gold entity; without coreference, equal strings are one entity.

Predicted: perpetrator names -> Attacker, target names -> Target, victim names -> Victim, weapon
`detail` (else its first evidence text) -> Instrument, location `name` -> Place, over all
incidents of the record, equal strings counted once.

Match ("head-word match"): after SQuAD normalisation (lower case, punctuation and articles
removed) the word sequence of one string occurs inside the other's. A predicted string is
correct when it matches some gold entity of its role; a gold entity is found when some
predicted string matches one of its mentions. Per role and micro P/R/F1 in percent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polybius.eval.scorer import Counts, Scores, normalize_string

ROLES: tuple[str, ...] = ("Attacker", "Target", "Victim", "Instrument", "Place")
ROLE_MAP = {
    "Attacker": "Attacker", "Killer": "Attacker", "Injurer": "Attacker", "Target": "Target",
    "Victim": "Victim", "Instrument": "Instrument", "ExplosiveDevice": "Instrument",
    "Place": "Place",
}
EVENT_PREFIXES: tuple[str, ...] = ("Conflict.Attack.", "Life.Die.", "Life.Injure.")
SPLITS = ("dev",)
GoldEntity = tuple[str, ...]


@dataclass(frozen=True)
class WikiDoc:
    """One WikiEvents document: its text and gold entities by role."""

    doc_id: str
    text: str
    gold: dict[str, list[GoldEntity]] = field(default_factory=dict)


# ---------------------------------------------------------------- gold


def words(text: str) -> list[str]:
    """The normalised words of a string (SQuAD normalisation)."""
    return normalize_string(text).split()


def _contains(outer: list[str], inner: list[str]) -> bool:
    """`inner` occurs as a contiguous word sequence of `outer`."""
    n = len(inner)
    return n > 0 and any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def head_match(pred: str, gold: str) -> bool:
    """One string's words occur inside the other's, after normalisation."""
    p, g = words(pred), words(gold)
    return _contains(g, p) or _contains(p, g)


def cluster_index(clusters: Iterable[Iterable[str]]) -> dict[str, int]:
    """Entity-mention id -> cluster number."""
    return {mid: n for n, cluster in enumerate(clusters) for mid in cluster}


def gold_arguments(doc: Mapping[str, Any],
                   clusters: Mapping[str, int] | None = None) -> dict[str, list[GoldEntity]]:
    """Role -> gold entities (tuples of mention strings) of the document's attack events."""
    grouped: dict[str, dict[Any, list[str]]] = {r: {} for r in ROLES}
    for event in doc.get("event_mentions", []):
        if not str(event.get("event_type", "")).startswith(EVENT_PREFIXES):
            continue
        for arg in event.get("arguments", []):
            role = ROLE_MAP.get(arg.get("role", ""))
            text = arg.get("text") or ""
            if role is None or not words(text):
                continue
            key = _entity_key(arg, text, clusters)
            mentions = grouped[role].setdefault(key, [])
            if text not in mentions:
                mentions.append(text)
    return {r: [tuple(m) for m in grouped[r].values()] for r in ROLES}


def _entity_key(arg: Mapping[str, Any], text: str, clusters: Mapping[str, int] | None) -> Any:
    """The coreference cluster of an argument, else its normalised text."""
    mid = arg.get("entity_id")
    if clusters is not None and mid in clusters:
        return ("cluster", clusters[mid])
    return ("text", normalize_string(text))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_wikievents(data_dir: str | Path, split: str = "dev") -> list[WikiDoc]:
    """The documents of {split}.jsonl with gold entities, coreference from coref/ if present."""
    if split not in SPLITS:
        raise ValueError(f"WikiEvents has only the split(s) {', '.join(SPLITS)}, not {split!r}")
    base = Path(data_dir)
    coref_path = base / "coref" / f"{split}.jsonlines"
    coref = {c["doc_key"]: cluster_index(c["clusters"]) for c in _jsonl(coref_path)} \
        if coref_path.is_file() else {}
    return [WikiDoc(d["doc_id"], d.get("text", ""), gold_arguments(d, coref.get(d["doc_id"])))
            for d in _jsonl(base / f"{split}.jsonl")]


# ---------------------------------------------------------------- predictions


def _weapon_text(weapon: Mapping[str, Any]) -> str | None:
    """A weapon's detail, else its first evidence text."""
    ev = weapon.get("evidence") or []
    return weapon.get("detail") or (ev[0].get("text") if ev else None)


def _incident_strings(incident: Mapping[str, Any]) -> dict[str, list[str | None]]:
    """Role -> predicted strings of one incident."""
    return {
        "Attacker": [p.get("name") for p in incident.get("perpetrators", [])],
        "Target": [t.get("name") for t in incident.get("targets", [])],
        "Victim": [v.get("name") for v in incident.get("victims", [])],
        "Instrument": [_weapon_text(w) for w in incident.get("weapons", [])],
        "Place": [(incident.get("location") or {}).get("name")],
    }


def predicted_arguments(record: Mapping[str, Any] | Any) -> dict[str, list[str]]:
    """Role -> distinct predicted strings (by normalised form) over a record's incidents."""
    if hasattr(record, "model_dump"):
        record = record.model_dump(mode="json")
    out: dict[str, dict[str, str]] = {r: {} for r in ROLES}
    for incident in record.get("incidents", []):
        for role, texts in _incident_strings(incident).items():
            for text in texts:
                if text and words(text):
                    out[role].setdefault(normalize_string(text), text)
    return {r: list(v.values()) for r, v in out.items()}


# ---------------------------------------------------------------- scoring


def role_counts(pred: list[str], gold: list[GoldEntity]) -> Counts:
    """Correct predictions, predictions, gold entities found and gold entities of one role."""
    def hit(p: str, g: GoldEntity) -> bool:
        return any(head_match(p, m) for m in g)

    return Counts(
        p_num=sum(any(hit(p, g) for g in gold) for p in pred), p_den=len(pred),
        r_num=sum(any(hit(p, g) for p in pred) for g in gold), r_den=len(gold),
    )


def score_documents(preds: Mapping[str, Mapping[str, list[str]]],
                    docs: Iterable[WikiDoc]) -> dict[str, Any]:
    """Per-role and micro P/R/F1 (percent, with counts) of predictions (doc_id -> role -> strings)."""
    totals = {r: Counts() for r in ROLES}
    n = 0
    for doc in docs:
        n += 1
        pred = preds.get(doc.doc_id, {})
        for role in ROLES:
            totals[role].add(role_counts(pred.get(role, []), doc.gold.get(role, [])))
    micro = Counts()
    for c in totals.values():
        micro.add(c)
    return {"micro": _scores(micro), "roles": {r: _scores(c) for r, c in totals.items()},
            "docs": n}


def _scores(c: Counts) -> dict[str, float]:
    """Counts as a plain dict of percent scores and counts."""
    s = Scores.from_counts(c)
    return {"p": s.p, "r": s.r, "f1": s.f1, "tp_pred": s.tp_pred, "pred": s.pred,
            "tp_gold": s.tp_gold, "gold": s.gold}
