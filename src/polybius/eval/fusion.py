"""Score fusion on a generated report stream: do reports of one incident end up in one incident?

    stream = generate_stream(n_incidents=20, n_reports=80, seed=0)
    score = evaluate_fusion(stream, open_store("fusion.db"))
    score.bcubed.f1, score.best_killed_accuracy

Every report is ingested in publication order through `polybius.pipeline.ingest_documents`, then
each document's first stored incident is its predicted cluster (a document with no incident is a
cluster of its own; a wire copy has its original's incidents). B-cubed compares that clustering
with the true incidents. For each true incident the stored incident holding most of its reports
is its match, and the match's best killed total is compared with the final true toll.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from polybius.eval.bcubed import BCubed, bcubed
from polybius.eval.stream import Stream

if TYPE_CHECKING:
    from polybius.store import Store

NO_INCIDENT = "none:"
EXAMPLES = 5


@dataclass
class FusionScore:
    """B-cubed over reports, the share of incidents whose best killed total is right, and timing."""

    bcubed: BCubed
    best_killed_accuracy: float
    incidents: int
    reports: int
    no_incident: int
    seconds: float
    diagnostics: dict[str, Any] = field(default_factory=dict)

    @property
    def reports_per_s(self) -> float:
        """Reports ingested per second."""
        return self.reports / self.seconds if self.seconds else 0.0

    def as_json(self) -> dict[str, Any]:
        """The `polybius eval fusion --json` shape."""
        return {"bcubed": {"p": round(self.bcubed.p, 4), "r": round(self.bcubed.r, 4), "f1": round(self.bcubed.f1, 4)},
                "best_killed_accuracy": round(self.best_killed_accuracy, 2), "incidents": self.incidents,
                "reports": self.reports, "no_incident": self.no_incident, "seconds": round(self.seconds, 2),
                "reports_per_s": round(self.reports_per_s, 2), "diagnostics": self.diagnostics}


def evaluate_fusion(stream: Stream, store: Store, progress: Callable[[str], None] | None = None) -> FusionScore:
    """Ingest the stream's reports in publication order into `store` and score the fused incidents."""
    from polybius.extract import load_nlp
    from polybius.pipeline import ingest_documents

    load_nlp()  # model loading is not ingestion time
    start = time.perf_counter()
    ingested = ingest_documents([r.document for r in stream.reports], store, progress=progress)
    seconds = time.perf_counter() - start
    predicted = predicted_clusters(stream, store.document_incidents())
    gold = stream.gold()
    matches = majority_matches(predicted, gold)
    killed = {key: _best_killed(store, incident_id) for key, incident_id in matches.items() if incident_id}
    right = [key for key in stream.incidents if key in killed and killed[key] == stream.incidents[key].killed]
    diagnostics = _diagnostics(stream, predicted, matches, killed)
    diagnostics.update(copies_detected=ingested.copies, failed=len(ingested.problems))
    return FusionScore(
        bcubed=bcubed(predicted, gold), best_killed_accuracy=100 * len(right) / len(stream.incidents),
        incidents=len(stream.incidents), reports=len(stream.reports),
        no_incident=sum(1 for c in predicted.values() if c.startswith(NO_INCIDENT)), seconds=seconds,
        diagnostics=diagnostics)


def predicted_clusters(stream: Stream, document_incidents: dict[str, list[str]]) -> dict[str, str]:
    """Document id -> the stored incident its first incident went into, or a cluster of its own."""
    out: dict[str, str] = {}
    for report in stream.reports:
        doc_id = report.document.id
        found = document_incidents.get(doc_id) or []
        out[doc_id] = found[0] if found else NO_INCIDENT + doc_id
    return out


def majority_matches(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, str | None]:
    """True incident -> the stored incident holding most of its reports (None if none has any)."""
    votes: dict[str, Counter[str]] = {}
    for doc_id, key in gold.items():
        votes.setdefault(key, Counter())
        if not predicted[doc_id].startswith(NO_INCIDENT):
            votes[key][predicted[doc_id]] += 1
    return {key: (max(sorted(c), key=c.__getitem__) if c else None) for key, c in votes.items()}


def _best_killed(store: Store, incident_id: str) -> int | None:
    """The best killed total of a stored incident (None if it has none)."""
    incident = store.incident(incident_id)
    total = incident.totals.get("killed") if incident else None
    return total.best if total else None


def _diagnostics(stream: Stream, predicted: dict[str, str], matches: dict[str, str | None],
                 killed: dict[str, int | None]) -> dict[str, Any]:
    """What went wrong, counted, with a few examples: merged twins, split copies, wrong tolls."""
    twins = [(a.key, a.twin) for a in stream.incidents.values() if a.twin and a.key < a.twin]
    merged_twins = [(a, b) for a, b in twins if matches.get(a) and matches.get(a) == matches.get(b)]
    claimed: Counter[str] = Counter(m for m in matches.values() if m)
    by_id = {r.document.id: r for r in stream.reports}
    split_copies = [r for r in stream.reports if r.copy_of and predicted[r.document.id] != predicted[r.copy_of]]
    wrong_tolls = [(key, stream.incidents[key].killed, killed.get(key)) for key in stream.incidents
                   if killed.get(key) != stream.incidents[key].killed]
    return {
        "twin_pairs": len(twins), "twin_pairs_merged": len(merged_twins),
        "merged_twin_examples": [list(pair) for pair in merged_twins[:EXAMPLES]],
        "stored_incidents": len({c for c in predicted.values() if not c.startswith(NO_INCIDENT)}),
        "stored_incidents_matching_several_true": sum(1 for n in claimed.values() if n > 1),
        "true_incidents_split": sum(1 for clusters in _clusters_by_incident(stream, predicted).values()
                                    if len(clusters) > 1),
        "copies": sum(1 for r in stream.reports if r.copy_of), "copies_split_from_original": len(split_copies),
        "split_copy_examples": [[by_id[r.copy_of].document.url, r.document.url] for r in split_copies[:EXAMPLES]],
        "wrong_best_killed": len(wrong_tolls),
        "wrong_best_killed_examples": [{"incident": k, "true": t, "best": b} for k, t, b in wrong_tolls[:EXAMPLES]],
    }


def _clusters_by_incident(stream: Stream, predicted: dict[str, str]) -> dict[str, set[str]]:
    """True incident -> the predicted clusters its reports fall in."""
    out: dict[str, set[str]] = {}
    for report in stream.reports:
        out.setdefault(report.incident, set()).add(predicted[report.document.id])
    return out
