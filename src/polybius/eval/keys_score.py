"""Score polybius records against the original MUC-4 answer keys (`muc_keys`).

Each relevant, non-optional key template is compared with the best-matching predicted incident
of its document (the one agreeing on the most slots; many key templates may pick the same
incident). Slots and their denominators, all "% of key templates that give the slot":

* date: key templates with an exact-day alternative; correct when the incident's date has day
  precision and falls inside some date alternative of the key;
* country: key templates with a location; the incident's country code is a key country's code;
* city: key templates naming a CITY / TOWN / VILLAGE / ... place; the incident's location name
  (or facility) equals one of them after normalisation;
* killed, injured: key templates whose count has a number (not only PLURAL); correct when the
  incident's `totals` best value lies in the key's [low, high] or equals its best figure;
* claim: key templates whose sure ORGANIZATION CONFIDENCE says CLAIMED OR ADMITTED or SUSPECTED
  OR ACCUSED (BY AUTHORITIES); correct when "any perpetrator claimed" and "any perpetrator
  suspected" of the incident both equal the key's flags.

A document without predicted incidents counts every slot of its key templates wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from polybius.eval.muc_keys import KeyTemplate, parse_day

SLOTS: tuple[str, ...] = ("date", "country", "city", "killed", "injured", "claim")
RAW_TEXT_FILES = {"dev": ("tst1/tst1-muc3", "tst2/tst2-muc4"), "train": ("dev/dev-muc3-*",)}
_DOCID_LINE = re.compile(r"^([A-Z0-9]+-MUC\d-\d{4})\b")
_DATELINE_DAY = re.compile(r"(\d{1,2}) ([A-Z]{3})[A-Z]* (\d{2})\b|([A-Z]{3})[A-Z]* (\d{1,2}) (\d{2})\b")
Outcome = bool | None  # None: the key does not give this slot


@dataclass(frozen=True)
class Predicted:
    """The parts of one predicted incident that the keys can check."""

    day: date | None = None
    country: str | None = None
    places: tuple[str, ...] = ()
    killed: int | None = None
    injured: int | None = None
    claimed: bool = False
    suspected: bool = False


@dataclass
class SlotTally:
    """Correct and scored key slots."""

    correct: int = 0
    total: int = 0

    @property
    def pct(self) -> float:
        """Accuracy in percent (0 when nothing was scored)."""
        return 100.0 * self.correct / self.total if self.total else 0.0


@dataclass
class KeysScore:
    """Per-slot accuracy over the scored key templates, with what was left out."""

    slots: dict[str, SlotTally] = field(default_factory=lambda: {s: SlotTally() for s in SLOTS})
    templates: int = 0
    optional_skipped: int = 0
    without_prediction: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return {
            "slots": {s: {"correct": t.correct, "total": t.total, "pct": t.pct} for s, t in self.slots.items()},
            "templates": self.templates,
            "optional_skipped": self.optional_skipped,
            "without_prediction": self.without_prediction,
        }


# ---------------------------------------------------------------- predictions


def norm_place(name: str | None) -> str:
    """Lower-case, accents and punctuation removed, spaces collapsed: "San Salvador"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _day(value: Mapping[str, Any]) -> date | None:
    """The date of a RECORD date value when its precision is a day."""
    if value.get("precision") != "day" or not value.get("value"):
        return None
    try:
        return date.fromisoformat(str(value["value"])[:10])
    except ValueError:
        return None


def _total(totals: Mapping[str, Any], kind: str) -> int | None:
    """The best figure of totals[kind], if any."""
    rng = totals.get(kind) or {}
    return rng.get("best")


def predicted_of(incident: Mapping[str, Any]) -> Predicted:
    """A Predicted from one RECORD.md incident (a JSON dict)."""
    loc = incident.get("location") or {}
    perps = incident.get("perpetrators") or []
    totals = incident.get("totals") or {}
    places = tuple(p for p in (norm_place(loc.get("name")), norm_place(loc.get("facility"))) if p)
    return Predicted(
        day=_day(incident.get("date") or {}),
        country=(loc.get("country_code") or None),
        places=places,
        killed=_total(totals, "killed"),
        injured=_total(totals, "injured"),
        claimed=any(p.get("claimed") for p in perps),
        suspected=any(p.get("suspected") for p in perps),
    )


# ---------------------------------------------------------------- slot outcomes


def date_outcome(key: KeyTemplate, pred: Predicted) -> Outcome:
    """Day-exact date slot: None unless the key gives some exact day."""
    if not any(d.is_day for d in key.dates):
        return None
    return pred.day is not None and any(d.contains(pred.day) for d in key.dates)


def country_outcome(key: KeyTemplate, pred: Predicted, codes: Mapping[str, str]) -> Outcome:
    """Country slot: the predicted code is the code of one of the key's countries."""
    if not key.locations:
        return None
    return pred.country is not None and pred.country.upper() in {codes.get(c, "").upper() for c in key.countries}


def city_outcome(key: KeyTemplate, pred: Predicted) -> Outcome:
    """City slot: the predicted place name equals one of the key's cities."""
    cities = {norm_place(c) for c in key.cities}
    if not cities:
        return None
    return bool(cities & set(pred.places))


def count_outcome(key: KeyTemplate, kind: str, got: int | None) -> Outcome:
    """Killed / injured slot: None unless the key has a number for it."""
    rng = key.killed if kind == "killed" else key.injured
    if rng is None or (rng.best is None and rng.high is None):
        return None
    return got is not None and (rng.contains(got) or got == rng.best)


def claim_outcome(key: KeyTemplate, pred: Predicted) -> Outcome:
    """Claimed vs suspected: None unless the key says claimed or suspected."""
    if not (key.claimed or key.suspected):
        return None
    return pred.claimed == key.claimed and pred.suspected == key.suspected


def outcomes(key: KeyTemplate, pred: Predicted | None, codes: Mapping[str, str]) -> dict[str, Outcome]:
    """Every slot's outcome for one key template against one incident (None: all scored wrong)."""
    p = pred or Predicted()
    found = {
        "date": date_outcome(key, p),
        "country": country_outcome(key, p, codes),
        "city": city_outcome(key, p),
        "killed": count_outcome(key, "killed", p.killed),
        "injured": count_outcome(key, "injured", p.injured),
        "claim": claim_outcome(key, p),
    }
    if pred is None:
        found = {s: (None if v is None else False) for s, v in found.items()}
    return found


def best_match(key: KeyTemplate, preds: list[Predicted], codes: Mapping[str, str]) -> dict[str, Outcome]:
    """Outcomes against the incident agreeing on the most slots (first one on ties)."""
    if not preds:
        return outcomes(key, None, codes)
    results = [outcomes(key, p, codes) for p in preds]
    return max(results, key=lambda r: sum(v is True for v in r.values()))


# ---------------------------------------------------------------- whole split


def country_codes(keys: Mapping[str, list[KeyTemplate]], to_code: Callable[[str], str | None]) -> dict[str, str]:
    """Key country name -> ISO code for every country the keys name (unknown ones left out)."""
    names = {c for ts in keys.values() for t in ts for c in t.countries}
    return {n: code for n in sorted(names) if (code := to_code(n))}


def score_keys(
    keys: Mapping[str, list[KeyTemplate]],
    preds: Mapping[str, list[Predicted]],
    codes: Mapping[str, str],
    *,
    include_optional: bool = False,
) -> KeysScore:
    """Per-slot accuracy of the predictions (docid -> incidents) over the key templates."""
    score = KeysScore()
    for docid, templates in keys.items():
        doc_preds = preds.get(docid, [])
        for key in templates:
            if key.optional and not include_optional:
                score.optional_skipped += 1
                continue
            score.templates += 1
            score.without_prediction += not doc_preds
            _tally(score, best_match(key, doc_preds, codes))
    return score


def _tally(score: KeysScore, found: Mapping[str, Outcome]) -> None:
    """Add one key template's outcomes to the tallies."""
    for slot, ok in found.items():
        if ok is not None:
            score.slots[slot].total += 1
            score.slots[slot].correct += bool(ok)


# ---------------------------------------------------------------- datelines


def dateline_day(lines: Iterable[str]) -> date | None:
    """The day of a message's dateline ("SAN SALVADOR, 3 JAN 90 (RADIO) -- ...", also "JUNE 11 89");
    None if NO DATE or without a year ("7 FEB": the keys then give the year as 00, unknown)."""
    for line in lines:
        if line.strip():
            head = line.split(" -- ")[0]
            m = _DATELINE_DAY.search(head.upper())
            return parse_day(" ".join(m.group(1, 2, 3) if m.group(1) else m.group(5, 4, 6))) if m else None
    return None


def parse_datelines(text: str) -> dict[str, date]:
    """docid -> dateline day for every message of a raw MUC corpus file."""
    days: dict[str, date] = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _DOCID_LINE.match(line)
        if m:
            day = dateline_day(lines[i + 1 : i + 4])
            if day is not None:
                days[m.group(1)] = day
    return days


def load_datelines(data_dir: str | Path, split: str) -> dict[str, date]:
    """docid -> dateline day from the raw texts of a split (the publication date of each message)."""
    corpora = Path(data_dir) / "raw" / "TASK" / "CORPORA"
    days: dict[str, date] = {}
    for pattern in RAW_TEXT_FILES.get(split, ()):
        for path in sorted(corpora.glob(pattern)):
            days.update(parse_datelines(path.read_text(encoding="latin-1")))
    return days
