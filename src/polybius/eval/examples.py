"""Compare a program's record with an acceptance example's expected file.

The rules are those of shared/examples/README.md.

`check(record, expected, text)` returns human-readable failures (an empty list is a pass);
`load_examples` reads a folder of `NAME.txt` + `NAME.expected.json`; `run_examples` runs an
extractor over such a folder and checks every example.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

Json = dict[str, Any]
Score = tuple[int, int, int]
ExtractFn = Callable[[str, datetime | None], Any]

TOP_KEYS = {"text_file", "document", "incident_count", "incident", "incidents", "must_not", "notes"}
INCIDENT_KEYS = {
    "date", "location", "event_types", "weapons", "perpetrators", "perpetrator_count",
    "targets_kind", "targets_kind_any", "victims_include", "figures", "totals", "statements",
    "must_not", "notes",
}
ANY_INCIDENT_MUST_NOT = {
    "perpetrators.name", "perpetrators.claimed", "location.name", "event_types",
}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HYPHENS = re.compile(r"[-\u2010\u2011]")
MAX_PERMUTATIONS = 50_000


# --- comparison primitives -------------------------------------------------------------------


def norm(value: object) -> str:
    """Canonical string form: casefolded, hyphens as spaces, whitespace collapsed."""
    return " ".join(HYPHENS.sub(" ", str(value)).casefold().split())


def same(got: object, want: object) -> bool:
    """Equal, comparing strings in canonical form and other values exactly."""
    if isinstance(got, str) and isinstance(want, str):
        return norm(got) == norm(want)
    if isinstance(got, bool) or isinstance(want, bool):
        return got is want
    return got == want


def contains(got: object, want: object) -> bool:
    """True if `want` is not given, or `got` is a string containing it (canonical forms)."""
    if want is None:
        return True
    return isinstance(got, str) and norm(want) in norm(got)


def given_same(rec: Json, exp: Json, key: str, default: object = None) -> bool:
    """True if `exp` does not give `key`, or the record's value (or default) equals it."""
    return key not in exp or same(rec.get(key, default), exp[key])


def one_of(got: object, exp: Json, key: str) -> bool:
    """True if `got` equals `exp[key]`, or one of `exp[key_any]`, or neither is given."""
    if key in exp:
        return same(got, exp[key])
    if f"{key}_any" in exp:
        return any(same(got, v) for v in exp[f"{key}_any"])
    return True


def items(rec: Json, key: str) -> list[Json]:
    """The record's list under `key`, with null or missing read as empty."""
    return [i for i in rec.get(key) or [] if isinstance(i, dict)]


def as_list(value: object) -> list[Any]:
    """A scalar as a one-item list; a list as itself."""
    return list(value) if isinstance(value, list | tuple) else [value]


def having(found: list[Json], key: str, wanted: list[Any]) -> list[Json]:
    """The items whose `key` equals one of `wanted`."""
    return [i for i in found if any(same(i.get(key), w) for w in wanted)]


def show(value: object) -> str:
    """Compact JSON for a failure message."""
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def summary(found: Iterable[Json], keys: tuple[str, ...]) -> str:
    """A short listing of record items by the given keys, for failure messages."""
    rows = [" ".join(str(i.get(k)) for k in keys if i.get(k) is not None) for i in found]
    return "; ".join(rows) or "nothing"


# --- evidence -------------------------------------------------------------------------------


def span_ok(span: object, text: str) -> bool:
    """True if the span's `text` is exactly the document's slice at its offsets."""
    if not isinstance(span, dict):
        return False
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return False
    return text[start:end] == span.get("text")


def evidence_problem(item: Json, text: str) -> str | None:
    """None if the item carries at least one valid span, else what is wrong with its evidence."""
    spans = item.get("evidence") or []
    if any(span_ok(s, text) for s in spans):
        return None
    if not spans:
        return "has no evidence"
    bad = spans[0] if isinstance(spans[0], dict) else {}
    start, end = bad.get("start"), bad.get("end")
    actual = text[start:end] if isinstance(start, int) and isinstance(end, int) else None
    return (
        f"evidence does not match the text: {show(bad.get('text'))} at {start}:{end} "
        f"is {show(actual)}"
    )


def require(label: str, hits: list[Json], text: str, listing: str) -> list[str]:
    """Failures unless some hit exists and at least one hit carries valid evidence."""
    if not hits:
        return [f"{label}: not found (record has: {listing})"]
    problems = [evidence_problem(h, text) for h in hits]
    if any(p is None for p in problems):
        return []
    return [f"{label}: {problems[0]}"]


# --- matching predicates --------------------------------------------------------------------


def figure_matches(exp: Json, rec: Json) -> bool:
    """True if the record figure satisfies every key the expected figure gives."""
    return (
        same(rec.get("kind"), exp.get("kind"))
        and same(rec.get("value"), exp.get("value"))
        and one_of(rec.get("qualifier", "exact"), exp, "qualifier")
        and one_of(rec.get("status", "current"), exp, "status")
        and same(rec.get("of") or "victims", exp.get("of", "victims"))
        and contains(rec.get("attributed_to"), exp.get("attributed_to_contains"))
    )


def perpetrator_matches(exp: Json, rec: Json) -> bool:
    """True if the record perpetrator has the expected name (or kind) and the given attributes."""
    key = "name" if "name" in exp else "kind"
    mentions = {norm(m) for m in rec.get("mentions") or []}
    return (
        same(rec.get(key), exp.get(key))
        and given_same(rec, exp, "kind", "unknown")
        and given_same(rec, exp, "claimed", False)
        and all(norm(m) in mentions for m in exp.get("mentions_include") or [])
    )


def speaker_ok(exp: Json, speaker: object) -> bool:
    """True if the speaker satisfies `speaker`, `speaker_contains` and `speaker_contains_any`."""
    if not contains(speaker, exp.get("speaker")):
        return False
    if not contains(speaker, exp.get("speaker_contains")):
        return False
    anyof = exp.get("speaker_contains_any")
    return anyof is None or any(contains(speaker, s) for s in anyof)


def statement_matches(exp: Json, rec: Json) -> bool:
    """True if the record statement has the type, speaker, target and hedging expected."""
    return (
        given_same(rec, exp, "type")
        and speaker_ok(exp, rec.get("speaker"))
        and contains(rec.get("target"), exp.get("target"))
        and given_same(rec, exp, "hedged", False)
    )


def location_name_ok(exp_loc: Json, name: object) -> bool:
    """True if the name equals the expected `name` or one of `name_any` (or neither is given)."""
    wanted = ([exp_loc["name"]] if "name" in exp_loc else []) + list(exp_loc.get("name_any") or [])
    return not wanted or any(same(name, w) for w in wanted)


# --- per-section checks of one expected incident against one record incident ---------------


def check_date(exp: Json, rec: Json, text: str) -> list[str]:
    """`date.value` equal; a non-null expected value must carry evidence."""
    want = exp.get("date") or {}
    if "value" not in want:
        return []
    date = rec.get("date") or {}
    got = date.get("value")
    if want["value"] is None:
        return [] if got is None else [f"date.value: expected null, record has {show(got)}"]
    if not same(got, want["value"]):
        return [f"date.value: expected {show(want['value'])}, record has {show(got)}"]
    problem = evidence_problem(date, text)
    return [f"date.value {got}: {problem}"] if problem else []


def location_value_failures(want: Json, loc: Json) -> list[str]:
    """Failures of name/name_any, facility, country_code and lat/lon ranges."""
    out = []
    if not location_name_ok(want, loc.get("name")):
        wanted = want.get("name", want.get("name_any"))
        out.append(f"location.name: expected {show(wanted)}, record has {show(loc.get('name'))}")
    if not contains(loc.get("facility"), want.get("facility")):
        out.append(
            f"location.facility: expected to contain {show(want['facility'])}, "
            f"record has {show(loc.get('facility'))}"
        )
    if "country_code" in want and not same(loc.get("country_code"), want["country_code"]):
        out.append(
            f"location.country_code: expected {show(want['country_code'])}, "
            f"record has {show(loc.get('country_code'))}"
        )
    for axis in ("lat", "lon"):
        out += range_failures(f"location.{axis}", want.get(f"{axis}_range"), loc.get(axis))
    return out


def range_failures(label: str, bounds: list[float] | None, got: object) -> list[str]:
    """A failure unless `got` is a number inside the inclusive bounds (or no bounds are given)."""
    if bounds is None:
        return []
    low, high = bounds
    if isinstance(got, int | float) and not isinstance(got, bool) and low <= got <= high:
        return []
    return [f"{label}: expected within {show(bounds)}, record has {show(got)}"]


def check_location(exp: Json, rec: Json, text: str) -> list[str]:
    """Location values as expected, and the location carries evidence."""
    want = exp.get("location")
    if not want:
        return []
    loc = rec.get("location") or {}
    problem = evidence_problem(loc, text)
    return location_value_failures(want, loc) + ([f"location: {problem}"] if problem else [])


def check_event_types(exp: Json, rec: Json, text: str) -> list[str]:
    """Each expected event type is among the record's, with evidence."""
    found = items(rec, "event_types")
    listing = summary(found, ("value",))
    return [
        f
        for v in exp.get("event_types") or []
        for f in require(f"event_type {v}", having(found, "value", [v]), text, listing)
    ]


def check_weapons(exp: Json, rec: Json, text: str) -> list[str]:
    """Each expected weapon type is among the record's, with evidence."""
    found = items(rec, "weapons")
    listing = summary(found, ("type",))
    return [
        f
        for v in exp.get("weapons") or []
        for f in require(f"weapon {v}", having(found, "type", [v]), text, listing)
    ]


def check_perpetrators(exp: Json, rec: Json, text: str) -> list[str]:
    """Each expected perpetrator has a matching record perpetrator with evidence."""
    found = items(rec, "perpetrators")
    listing = summary(found, ("name", "kind", "claimed"))
    out = []
    for want in exp.get("perpetrators") or []:
        hits = [p for p in found if perpetrator_matches(want, p)]
        out += require(f"perpetrator {show(want)}", hits, text, listing)
    return out


def check_perpetrator_count(exp: Json, rec: Json, text: str) -> list[str]:
    """`perpetrator_count` equals the record's `perpetrator_count.value`, with evidence."""
    if "perpetrator_count" not in exp:
        return []
    want = exp["perpetrator_count"]
    want = want.get("value") if isinstance(want, dict) else want
    count = rec.get("perpetrator_count") or {}
    if not same(count.get("value"), want):
        return [f"perpetrator_count: expected {want}, record has {show(count.get('value'))}"]
    problem = evidence_problem(count, text)
    return [f"perpetrator_count {want}: {problem}"] if problem else []


def check_targets(exp: Json, rec: Json, text: str) -> list[str]:
    """`targets_kind` each, and `targets_kind_any` at least one, among the record's target kinds."""
    found = items(rec, "targets")
    listing = summary(found, ("kind", "name"))
    out = []
    for kind in exp.get("targets_kind") or []:
        out += require(f"target kind {kind}", having(found, "kind", [kind]), text, listing)
    anyof = exp.get("targets_kind_any")
    if anyof:
        label = f"target kind any of {show(anyof)}"
        out += require(label, having(found, "kind", anyof), text, listing)
    return out


def check_victims(exp: Json, rec: Json, text: str) -> list[str]:
    """Each `victims_include` string is contained in some record victim's name, with evidence."""
    found = items(rec, "victims")
    listing = summary(found, ("name",))
    return [
        f
        for s in exp.get("victims_include") or []
        for f in require(
            f"victim {show(s)}", [v for v in found if contains(v.get("name"), s)], text, listing
        )
    ]


def check_figures(exp: Json, rec: Json, text: str) -> list[str]:
    """Each expected figure is satisfied by some record figure carrying evidence."""
    found = items(rec, "figures")
    listing = summary(found, ("kind", "value", "qualifier", "status", "of"))
    out = []
    for want in exp.get("figures") or []:
        hits = [f for f in found if figure_matches(want, f)]
        out += require(f"figure {show(want)}", hits, text, listing)
    return out


def check_totals(exp: Json, rec: Json, text: str) -> list[str]:
    """Each listed total (e.g. `totals.killed.best`) equals the record's."""
    totals = rec.get("totals") or {}
    out = []
    for kind, ranges in (exp.get("totals") or {}).items():
        for field, want in ranges.items():
            got = (totals.get(kind) or {}).get(field)
            if not same(got, want):
                out.append(f"totals.{kind}.{field}: expected {show(want)}, record has {show(got)}")
    return out


def check_statements(exp: Json, rec: Json, text: str) -> list[str]:
    """Each expected statement has a matching record statement with evidence."""
    found = items(rec, "statements")
    listing = summary(found, ("type", "speaker", "target", "hedged"))
    out = []
    for want in exp.get("statements") or []:
        hits = [s for s in found if statement_matches(want, s)]
        out += require(f"statement {show(want)}", hits, text, listing)
    return out


SECTIONS: tuple[Callable[[Json, Json, str], list[str]], ...] = (
    check_date, check_location, check_event_types, check_weapons, check_perpetrators,
    check_perpetrator_count, check_targets, check_victims, check_figures, check_totals,
    check_statements,
)


def incident_failures(exp: Json, rec: Json, text: str) -> list[str]:
    """Every failure of one record incident against one expected incident (without must_not)."""
    unknown = sorted(set(exp) - INCIDENT_KEYS)
    out = [f"expected file: unknown incident key {k!r}" for k in unknown]
    for section in SECTIONS:
        out += section(exp, rec, text)
    return out


# --- best match ------------------------------------------------------------------------------


def match_score(exp: Json, rec: Json, text: str) -> Score:
    """How well a record incident matches: same place, then same figures, then fewest failures."""
    loc = exp.get("location") or {}
    place = (rec.get("location") or {}).get("name")
    named = ("name" in loc or "name_any" in loc) and location_name_ok(loc, place)
    figures = sum(
        any(figure_matches(f, r) for r in items(rec, "figures")) for f in exp.get("figures") or []
    )
    return int(named), figures, -len(incident_failures(exp, rec, text))


def assign(scores: list[list[Score]]) -> list[int | None]:
    """One-to-one assignment of expected (rows) to record incidents (columns), best total score."""
    n_exp = len(scores)
    n_rec = len(scores[0]) if scores else 0
    options: list[int | None] = [*range(n_rec), *[None] * max(0, n_exp - n_rec)]
    if math.perm(len(options), n_exp) > MAX_PERMUTATIONS:
        return assign_greedy(scores)
    best: tuple[Score, tuple[int | None, ...]] | None = None
    for perm in itertools.permutations(options, n_exp):
        total = total_score(scores, perm)
        if best is None or total > best[0]:
            best = (total, perm)
    return list(best[1]) if best else []


def total_score(scores: list[list[Score]], perm: tuple[int | None, ...]) -> Score:
    """The element-wise sum of the scores of an assignment (unassigned rows score zero)."""
    chosen = [scores[i][j] for i, j in enumerate(perm) if j is not None]
    return (
        sum(s[0] for s in chosen), sum(s[1] for s in chosen), sum(s[2] for s in chosen)
    )


def assign_greedy(scores: list[list[Score]]) -> list[int | None]:
    """Best pairs first, each expected and record incident used once (for very many incidents)."""
    pairs = sorted(
        ((s, i, j) for i, row in enumerate(scores) for j, s in enumerate(row)),
        key=lambda p: (p[0], -p[1], -p[2]),
        reverse=True,
    )
    result: list[int | None] = [None] * len(scores)
    used: set[int] = set()
    for _, i, j in pairs:
        if result[i] is None and j not in used:
            result[i] = j
            used.add(j)
    return result


# --- must_not --------------------------------------------------------------------------------


def must_not_failures(must_not: Json, matched: list[Json], incidents: list[Json]) -> list[str]:
    """Failures for values that must not appear (on matched incidents, or on any incident)."""
    out = []
    for key, values in must_not.items():
        if key.startswith("totals."):
            out += forbidden_totals(key, as_list(values), matched)
        elif key == "date.value":
            out += forbidden_dates(values, matched)
        elif key in ANY_INCIDENT_MUST_NOT:
            out += forbidden_anywhere(key, values, incidents)
        else:
            out.append(f"expected file: unknown must_not key {key!r}")
    return out


def forbidden_totals(key: str, values: list[Any], matched: list[Json]) -> list[str]:
    """`totals.KIND.FIELD` must not equal any listed value on a matched incident."""
    parts = key.split(".")
    if len(parts) != 3:
        return [f"expected file: must_not key {key!r} is not totals.KIND.FIELD"]
    _, kind, field = parts
    out = []
    for rec in matched:
        got = ((rec.get("totals") or {}).get(kind) or {}).get(field)
        if got is not None and any(same(got, v) for v in values):
            out.append(f"must_not {key}: record has {show(got)}")
    return out


def forbidden_dates(values: object, matched: list[Json]) -> list[str]:
    """`date.value`: listed ISO dates must not appear; a prose string means it must be null."""
    out = []
    for rec in matched:
        got = (rec.get("date") or {}).get("value")
        for value in as_list(values):
            if date_forbidden(value, got):
                out.append(f"must_not date.value ({show(value)}): record has {show(got)}")
    return out


def date_forbidden(value: object, got: object) -> bool:
    """True if the record date `got` is what the must_not entry `value` forbids."""
    if value is None:
        return got is None
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        return same(got, value.strip())
    return got is not None


def forbidden_anywhere(key: str, values: object, incidents: list[Json]) -> list[str]:
    """perpetrators.name / perpetrators.claimed / location.name / event_types on any incident."""
    out = []
    for n, rec in enumerate(incidents, 1):
        for bad in forbidden_values(key, values, rec):
            out.append(f"must_not {key}: record incident {n} has {show(bad)}")
    return out


def forbidden_values(key: str, values: object, rec: Json) -> list[Any]:
    """The record incident's values that the must_not entry forbids."""
    wanted = as_list(values)
    if key == "perpetrators.name":
        return [p.get("name") for p in having(items(rec, "perpetrators"), "name", wanted)]
    if key == "perpetrators.claimed":
        return forbidden_claims(values, items(rec, "perpetrators"))
    if key == "location.name":
        name = (rec.get("location") or {}).get("name")
        return [name] if name is not None and any(same(name, w) for w in wanted) else []
    return [e.get("value") for e in having(items(rec, "event_types"), "value", wanted)]


def forbidden_claims(values: object, perpetrators: list[Json]) -> list[Any]:
    """`perpetrators.claimed`: a bool (or list) forbids that value on any perpetrator;
    a {name: bool} mapping forbids it on the named perpetrator only."""
    out = []
    for p in perpetrators:
        claimed = bool(p.get("claimed", False))
        if isinstance(values, dict):
            bad = [as_list(v) for name, v in values.items() if same(p.get("name"), name)]
            hit = any(claimed in group for group in bad)
        else:
            hit = claimed in as_list(values)
        if hit:
            out.append({"name": p.get("name"), "claimed": claimed})
    return out


# --- the whole document ----------------------------------------------------------------------


def expected_incidents(expected: Json) -> list[Json]:
    """The expected incidents, from `incidents` (several) or `incident` (one)."""
    if "incidents" in expected:
        return list(expected["incidents"] or [])
    return [expected["incident"]] if expected.get("incident") else []


def incident_label(exp: Json, n: int, total: int) -> str:
    """How failures name an expected incident: 'incident 2 (Kabul)'."""
    loc = exp.get("location") or {}
    place = loc.get("name") or "/".join(loc.get("name_any") or []) or "?"
    return f"incident ({place})" if total == 1 else f"incident {n} ({place})"


def as_json(record: object) -> Json:
    """A record as its JSON dict (pydantic models are dumped in JSON mode)."""
    dump = getattr(record, "model_dump", None)
    return dump(mode="json") if callable(dump) else record  # type: ignore[return-value]


def check(record: Json, expected: Json, text: str) -> list[str]:
    """Every way the record falls short of the expected file; an empty list is a pass."""
    record = as_json(record)
    incidents = items(record, "incidents")
    out = [f"expected file: unknown key {k!r}" for k in sorted(set(expected) - TOP_KEYS)]
    want_count = expected.get("incident_count")
    if want_count is not None and len(incidents) != want_count:
        out.append(f"incident_count: expected {want_count}, record has {len(incidents)}")
    wanted = expected_incidents(expected)
    scores = [[match_score(exp, rec, text) for rec in incidents] for exp in wanted]
    matched: list[Json] = []
    for n, (exp, j) in enumerate(zip(wanted, assign(scores), strict=True), 1):
        label = incident_label(exp, n, len(wanted))
        if j is None:
            out.append(f"{label}: no record incident left to match it")
            continue
        matched.append(incidents[j])
        out += [f"{label}: {f}" for f in incident_failures(exp, incidents[j], text)]
        own = must_not_failures(exp.get("must_not") or {}, [incidents[j]], incidents)
        out += [f"{label}: {f}" for f in own]
    return out + must_not_failures(expected.get("must_not") or {}, matched, incidents)


# --- folders of examples ---------------------------------------------------------------------


def load_examples(folder: str | Path) -> list[tuple[str, str, Json]]:
    """(name, text, expected) for every `NAME.expected.json` in the folder, sorted by name."""
    folder = Path(folder)
    out = []
    for path in sorted(folder.glob("*.expected.json")):
        name = path.name.removesuffix(".expected.json")
        expected = json.loads(path.read_text(encoding="utf-8"))
        text_path = folder / expected.get("text_file", f"{name}.txt")
        out.append((name, text_path.read_text(encoding="utf-8"), expected))
    return out


def published_of(expected: Json) -> datetime | None:
    """The expected file's `document.published` as a datetime, or None."""
    value = (expected.get("document") or {}).get("published")
    return datetime.fromisoformat(value) if value else None


def run_examples(folder: str | Path, extract_fn: ExtractFn) -> dict[str, list[str]]:
    """Run `extract_fn(text, published)` on every example and check it: {name: failures}."""
    results: dict[str, list[str]] = {}
    for name, text, expected in load_examples(folder):
        try:
            record = as_json(extract_fn(text, published_of(expected)))
        except Exception as exc:
            results[name] = [f"extractor raised {type(exc).__name__}: {exc}"]
            continue
        results[name] = check(record, expected, text)
    return results
