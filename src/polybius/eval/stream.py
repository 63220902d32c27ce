"""Seeded streams of news reports about invented incidents, with the truth, to score fusion.

    stream = generate_stream(n_incidents=1000, n_reports=10000, seed=0)
    stream.reports[0].document      # a polybius Document: headline, byline, 3-8 sentences
    stream.gold()                   # document id -> key of the true incident it reports

Reports read like wire copy: several templates per fact, varied order, tolls revised over time
("at least 12 killed", later "the toll rose to 19", sometimes "revised down from 21 to 19"),
blame that shifts (unidentified gunmen, a named group, a wrong group, a claim then a denial),
pairs of incidents on the same day in the same city, and wire stories republished by other
outlets with a new headline, byline or trailing line. Wording, places, outlets and proportions
are JSON under `eval/data/`; the places are ones polybius' gazetteer resolves.
"""

from __future__ import annotations

import json
import random
import re
import string
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from polybius.model import Document

DATA = Path(__file__).parent / "data"
Json = dict[str, Any]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@cache
def load(name: str) -> Json:
    """One JSON data file of eval/data (places, events, templates, outlets, stream)."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class TrueIncident:
    """What really happened: the answer a fused incident is scored against."""

    key: str
    when: datetime
    city: str
    admin1: str
    country: str
    country_code: str
    event_type: str
    record_type: str
    facility: str
    perpetrator: str | None
    perpetrator_kind: str
    storyline: str
    tolls: tuple[int, ...]
    injured: int
    hostages: int
    twin: str | None = None

    @property
    def date(self) -> date:
        """The day of the incident."""
        return self.when.date()

    @property
    def killed(self) -> int:
        """The final true toll: the value the latest reports give."""
        return self.tolls[-1]


@dataclass(frozen=True)
class Report:
    """One published document about one true incident."""

    document: Document
    incident: str
    stage: int
    date_phrase: str
    copy_of: str | None = None


@dataclass
class Stream:
    """True incidents by key and their reports in publication order."""

    incidents: dict[str, TrueIncident]
    reports: list[Report] = field(default_factory=list)

    def gold(self) -> dict[str, str]:
        """Document id -> key of the true incident it reports."""
        return {r.document.id: r.incident for r in self.reports}

    def head(self, n: int) -> Stream:
        """The first `n` reports and the incidents they report (a copy never precedes its original)."""
        reports = self.reports[:n]
        keys = {r.incident for r in reports}
        return Stream({k: v for k, v in self.incidents.items() if k in keys}, reports)


def generate_stream(n_incidents: int = 1000, n_reports: int = 10000, seed: int = 0) -> Stream:
    """A stream of `n_reports` reports about `n_incidents` incidents; the same seed, the same stream."""
    cfg = load("stream")
    if n_reports < n_incidents * cfg["min_reports_per_incident"]:
        raise ValueError(f"need at least {cfg['min_reports_per_incident']} reports per incident")
    rng = random.Random(seed)
    incidents = _incidents(rng, n_incidents)
    n_copies = round(n_reports * cfg["duplicate_share"])
    counts = _report_counts(rng, list(incidents), n_reports - n_copies)
    originals: list[Report] = []
    stage_starts: dict[str, list[datetime]] = {}
    for key, incident in list(incidents.items()):
        if len(incident.tolls) > counts[key]:  # fewer reports than tolls: the last tolls only
            incident = incidents[key] = replace(incident, tolls=incident.tolls[-counts[key]:])
        times = _publication_times(rng, incident.when, counts[key])
        starts = _stage_starts(rng, len(incident.tolls), len(times))
        stage_starts[key] = [times[i] for i in starts]
        plot = _Plot.draw(rng, incident, len(times))
        for i, published in enumerate(times):
            stage = sum(1 for s in starts if s <= i) - 1
            twin = incidents[incident.twin] if incident.twin else None
            originals.append(_compose(rng, incident, twin, published, stage, plot.at(i)))
    reports = originals + _copies(rng, originals, incidents, stage_starts, n_copies)
    reports.sort(key=lambda r: (r.document.published, r.document.id))
    return Stream(incidents, reports)


# ---------------------------------------------------------------- the incidents


def _incidents(rng: random.Random, n: int) -> dict[str, TrueIncident]:
    """`n` true incidents; twin_share of them come in pairs on one day in one city."""
    cfg = load("stream")
    pairs = round(n * cfg["twin_share"] / 2)
    out: dict[str, TrueIncident] = {}
    i = 0
    while len(out) < n:
        key = f"inc-{i:05d}"
        first = _incident(rng, key)
        out[key] = first
        i += 1
        if pairs and len(out) < n:
            second = _twin_of(rng, first, f"inc-{i:05d}")
            if second is not None:
                out[first.key] = replace(first, twin=second.key)
                out[second.key] = second
                pairs -= 1
                i += 1
    return out


def _incident(rng: random.Random, key: str, country: Json | None = None, city: list[str] | None = None,
              when: datetime | None = None, exclude: tuple[str, str] | None = None) -> TrueIncident:
    """One random incident (in `country` and `city`, at `when`, unlike `exclude` if given)."""
    cfg, events = load("stream"), load("events")["types"]
    countries = load("places")["countries"]
    country = country or rng.choices(countries, [c["weight"] for c in countries])[0]
    city = city or rng.choice(country["cities"])
    if when is None:
        day = date.fromisoformat(cfg["first_day"]) + timedelta(days=rng.randrange(cfg["days"]))
        when = datetime(day.year, day.month, day.day, rng.randint(*cfg["hours"]), rng.randrange(60), tzinfo=UTC)
    kinds = [k for k in country["events"] if not (k == "airstrike" and not country["states"])]
    if exclude:
        kinds = [k for k in kinds if k != exclude[0]] or kinds
    kind = rng.choices(kinds, [events[k]["weight"] for k in kinds])[0]
    spec = events[kind]
    facilities = [f for f in spec["facilities"] if not exclude or f[1] != exclude[1]]
    facility = rng.choice(facilities)
    actor = spec["actor"]
    storylines = cfg["storylines"][actor]
    storyline = rng.choices(list(storylines), list(storylines.values()))[0]
    pool = country["states"] if actor == "state" else country["groups"]
    perpetrator = rng.choice(pool)["name"]
    if storyline == "unknown" or (storyline == "false_claim" and rng.random() < 0.5):
        perpetrator = None
    killed = _toll(rng)
    injured = max(0, round(killed * rng.uniform(0.3, 2.5)) + rng.randint(-2, 6))
    hostages = rng.randint(5, 120) if spec["hostages"] else 0
    return TrueIncident(
        key=key, when=when, city=city[0], admin1=city[1], country=country["name"],
        country_code=country["code"], event_type=kind, record_type=spec["record"],
        facility=f"{facility[0]}|{facility[1]}",
        perpetrator=perpetrator, perpetrator_kind=actor if perpetrator else "unknown", storyline=storyline,
        tolls=_tolls(rng, killed), injured=injured, hostages=hostages)


def _twin_of(rng: random.Random, first: TrueIncident, key: str) -> TrueIncident | None:
    """Another incident in the same city on the same day, of another type at another place."""
    country = next(c for c in load("places")["countries"] if c["code"] == first.country_code)
    hours = load("stream")["hours"]
    choices = [h for h in range(hours[0], hours[1] + 1) if abs(h - first.when.hour) >= 2]
    if not choices:
        return None
    when = first.when.replace(hour=rng.choice(choices), minute=rng.randrange(60))
    twin = _incident(rng, key, country, [first.city, first.admin1], when,
                     exclude=(first.event_type, first.facility.split("|")[1]))
    return replace(twin, twin=first.key)


def _toll(rng: random.Random) -> int:
    """A final death toll: mostly a handful, sometimes dozens (log-normal)."""
    cfg = load("stream")
    return max(1, min(cfg["toll_max"], round(rng.lognormvariate(0, 0.9) * cfg["toll_median"])))


def _tolls(rng: random.Random, final: int) -> tuple[int, ...]:
    """The tolls reports give in turn, ending with `final`: rising, the last sometimes revised down."""
    cfg = load("stream")
    stages = rng.choices([1, 2, 3], cfg["stages"])[0]
    if stages == 1:
        return (final,)
    if rng.random() < cfg["down_share"]:
        above = final + rng.randint(1, max(2, final // 5))
        earlier = _rising(rng, above, stages - 1)
        return (*earlier, final)
    return _rising(rng, final, stages)


def _rising(rng: random.Random, final: int, stages: int) -> tuple[int, ...]:
    """`stages` strictly rising tolls ending at `final` (fewer when `final` is too small)."""
    values = {final}
    for _ in range(stages - 1):
        low = max(1, round(final * rng.uniform(0.35, 0.9)))
        if low < final:
            values.add(low)
    return tuple(sorted(values))


# ---------------------------------------------------------------- when reports appear


def _report_counts(rng: random.Random, keys: list[str], total: int) -> dict[str, int]:
    """Original reports per incident: at least the minimum, the rest drawn by a skewed weight."""
    least = load("stream")["min_reports_per_incident"]
    counts = dict.fromkeys(keys, least)
    weights = [rng.lognormvariate(0, 0.8) for _ in keys]
    for key in rng.choices(keys, weights, k=total - least * len(keys)):
        counts[key] += 1
    return counts


def _publication_times(rng: random.Random, when: datetime, n: int) -> list[datetime]:
    """`n` sorted times from half an hour after `when` to the end of the second day after it."""
    start = when + timedelta(minutes=30)
    end = datetime.combine(when.date() + timedelta(days=3), datetime.min.time(), UTC) - timedelta(minutes=1)
    span = (end - start).total_seconds()
    return sorted(start + timedelta(seconds=round(span * rng.random() ** 2)) for _ in range(n))


def _stage_starts(rng: random.Random, stages: int, n: int) -> list[int]:
    """Index of the first report of each toll stage; stage 0 starts with the first report."""
    return [0, *sorted(rng.sample(range(1, n), stages - 1))] if stages > 1 else [0]


@dataclass
class _Plot:
    """When, in report order, blame is first laid, a group claims and a wrong claim is denied."""

    suspect_at: int
    claim_at: int
    denial_at: int

    @classmethod
    def draw(cls, rng: random.Random, incident: TrueIncident, n: int) -> _Plot:
        """Random turning points of an incident's `n` reports."""
        a, b = sorted(rng.randint(0, n) for _ in range(2))
        return cls(suspect_at=rng.randint(0, n), claim_at=b, denial_at=max(a, 1))

    def at(self, i: int) -> dict[str, bool]:
        """What the `i`-th report knows."""
        return {"suspected": i >= self.suspect_at, "claimed": i >= self.claim_at, "denied": i >= self.denial_at}


# ---------------------------------------------------------------- wording


def _compose(rng: random.Random, incident: TrueIncident, twin: TrueIncident | None, published: datetime,
             stage: int, known: dict[str, bool]) -> Report:
    """One original report at toll `stage`, as an outlet would write it at `published`."""
    cfg, tpl = load("stream"), load("templates")
    outlet = rng.choice(load("outlets")["outlets"])
    slots, date_phrase = _slots(rng, incident, twin, published, stage, outlet["name"])
    kind = _revision(incident, stage)
    odds = cfg["sentences"]
    lead_kind = kind if kind != "first" and rng.random() < 0.6 else "first"
    lead = _fill(rng, tpl["leads"][lead_kind], slots)
    if rng.random() < odds["dateline"]:
        lead = f"{incident.city.upper()}, {incident.country} ({outlet['name']}) - {lead}"
    ranked: list[tuple[float, str]] = []

    def add(priority: float, sentence: str | None) -> None:
        if sentence:
            ranked.append((priority + rng.random() * 2, sentence))

    if kind != "first" and (lead_kind == "first" and (kind == "down" or rng.random() < odds["toll_note"])):
        add(0, _fill(rng, tpl["toll_notes"][kind], slots))
    for sentence in _attribution(rng, incident, known, slots):
        add(0.5, sentence)
    if incident.injured and rng.random() < odds["injured"]:
        add(0, _fill(rng, tpl["injured"], slots))
    if incident.hostages and rng.random() < odds["hostages"]:
        add(1, _fill(rng, tpl["hostages"], slots))
    spec = load("events")["types"][incident.event_type]
    optional = [("quote", 2, spec["quotes"]), ("detail", 2, tpl["details"]), ("reaction", 3, tpl["reactions"]),
                ("background", 4, _country(incident)["background"])]
    if twin is not None and twin.when < published:
        optional.append(("twin", 1, tpl["twin"]))
    for name, priority, pool in optional:
        if rng.random() < odds[name]:
            add(priority, _fill(rng, pool, slots))
    body = [lead] + [s for _, s in sorted(ranked)]
    body = _fit(rng, body, slots)
    headline_kind = kind if kind != "first" and rng.random() < 0.6 else "first"
    headline = _cap(_fill(rng, spec["headlines"][headline_kind], {**slots, "killed": str(slots["n_killed"])}))
    byline = _fill(rng, tpl["bylines"], slots) if rng.random() < odds["byline"] else None
    text = _text(headline, byline, body, rng)
    document = _document(text, outlet, published, headline)
    return Report(document=document, incident=incident.key, stage=stage, date_phrase=date_phrase)


def _revision(incident: TrueIncident, stage: int) -> str:
    """'first' for the first toll, 'down' for a toll lower than the one before, else 'up'."""
    if stage == 0:
        return "first"
    return "down" if incident.tolls[stage] < incident.tolls[stage - 1] else "up"


def _attribution(rng: random.Random, incident: TrueIncident, known: dict[str, bool],
                 slots: dict[str, str]) -> list[str]:
    """The sentences that say who did it, as known when the report is written."""
    blame = load("templates")["attribution"]
    story = incident.storyline
    out: list[str] = []
    if story == "state":
        if rng.random() < 0.8:
            out.append(_fill(rng, blame["state"], slots))
        if rng.random() < 0.4:
            out.append(_fill(rng, blame["state_denial"], slots))
        return out
    if story == "false_claim" and known["denied"]:
        if rng.random() < 0.5:
            out.append(_fill(rng, blame["false_claim"], slots))
        out.append(_fill(rng, blame["denial"], slots))
    elif story == "false_claim" and rng.random() < 0.7:
        out.append(_fill(rng, blame["false_claim"], slots))
    if incident.perpetrator and story in ("claimed", "false_claim") and known["claimed"] and rng.random() < 0.85:
        out.append(_fill(rng, blame["claimed"], slots))
    elif incident.perpetrator and known["suspected"] and rng.random() < 0.8:
        out.append(_fill(rng, blame["suspected"], slots))
    elif not out:
        out.append(_fill(rng, blame["unknown" if rng.random() < 0.6 else "generic"], slots))
    if story != "false_claim" and rng.random() < load("stream")["wrong_group_share"]:
        out.append(_fill(rng, blame["wrong"], slots))
    return out


def _slots(rng: random.Random, incident: TrueIncident, twin: TrueIncident | None, published: datetime,
           stage: int, outlet: str) -> tuple[dict[str, str], str]:
    """The values templates are filled with for one report, and the date phrase it uses."""
    tpl, country = load("templates"), _country(incident)
    spec = load("events")["types"][incident.event_type]
    facility, facility_short = incident.facility.split("|")
    date_phrase, date_poss = _date_phrase(rng, incident.when, published)
    killed, prev = incident.tolls[stage], incident.tolls[stage - 1] if stage else None
    actor = "state" if spec["actor"] == "state" else incident.event_type if incident.event_type in (
        "kidnapping", "shelling") else "group"
    attackers = rng.choice(tpl["generic_attackers"][actor])
    pool = country["states"] if spec["actor"] == "state" else country["groups"]
    named = next((g for g in pool if g["name"] == incident.perpetrator), None)
    others = [g for g in country["groups"] if g["name"] != incident.perpetrator] or _all_groups(incident)
    slots: dict[str, Any] = {
        "city": incident.city, "country": incident.country, "facility": facility, "facility_short": facility_short,
        "date": date_phrase, "date_poss": date_poss, "noun": rng.choice(spec["nouns"]),
        "killed": _number(rng, killed), "n_killed": killed, "attackers": attackers,
        "source": rng.choice(tpl["sources"]), "outlet": outlet, "region": country["region"],
        "official": country["official"], "person": rng.choice(country["people"]),
        "wrong": rng.choice(rng.choice(others)["forms"]),
        "name": rng.choice(tpl["reporters"]), "name2": rng.choice(tpl["reporters"]),
    }
    if prev is not None:
        slots["prev"] = str(prev)
    if incident.injured:
        slots["injured"] = _number(rng, incident.injured)
    if incident.hostages:
        slots["hostages"] = str(incident.hostages)
    if named:
        slots["group"] = rng.choice(named["forms"])
    if twin is not None:
        twin_facility = twin.facility.split("|")[0]
        short = rng.choice(load("events")["types"][twin.event_type]["short"])
        slots["twin"] = short.format(facility=twin_facility)
    clause_slots = {**slots, "attackers": slots["group"] if spec["actor"] == "state" and named else attackers}
    slots["clause"] = _fill(rng, spec["clauses"], clause_slots)
    for name in ("clause", "killed", "source", "group", "wrong", "official", "injured"):
        if name in slots:
            slots[name.capitalize()] = _cap(slots[name])
    return slots, date_phrase


def _date_phrase(rng: random.Random, when: datetime, published: datetime) -> tuple[str, str]:
    """How a report published at `published` names the day of `when`, plain and possessive."""
    cfg, forms = load("stream")["date_styles"], load("templates")["dates"]
    styles = [s for s in cfg if s != "yesterday" or (published.date() - when.date()).days == 1]
    style = rng.choices(styles, [cfg[s] for s in styles])[0]
    part = _part_of_day(when.hour)
    late = "late" if when.hour >= 20 else "early" if when.hour < 9 else None
    values = {"month": MONTHS[when.month - 1], "day": str(when.day), "year": str(when.year),
              "weekday": WEEKDAYS[when.weekday()], "part": part, "late": late}
    templates = [t for t in forms[style] if "{late}" not in t or late]
    phrase = rng.choice(templates).format(**values)
    if style == "yesterday" and part == "night":
        phrase = "yesterday"
    return phrase, forms["possessive"][style].format(**values)


def _part_of_day(hour: int) -> str:
    """morning, afternoon, evening or night."""
    return "morning" if hour < 12 else "afternoon" if hour < 17 else "evening" if hour < 21 else "night"


def _number(rng: random.Random, n: int) -> str:
    """A count as reporters write it: small numbers often in words."""
    words = load("templates")["numbers"]
    return words[n] if n < len(words) and rng.random() < 0.4 else str(n)


def _fill(rng: random.Random, templates: list[str], slots: dict[str, Any]) -> str:
    """One of the `templates` whose slots are all known, filled in ('' if none fits)."""
    usable = [t for t in templates if _fields(t) <= slots.keys()]
    return rng.choice(usable).format(**slots) if usable else ""


@cache
def _fields(template: str) -> frozenset[str]:
    """The slot names a template uses."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _cap(text: str) -> str:
    """The text with its first letter upper-cased ('al-Shabaab said' -> 'Al-Shabaab said')."""
    return text[:1].upper() + text[1:]


def _fit(rng: random.Random, body: list[str], slots: dict[str, Any]) -> list[str]:
    """Trim or pad the body to the configured sentence count and word range."""
    cfg, tpl = load("stream"), load("templates")
    low, high = cfg["sentence_count"]
    min_words, max_words = cfg["words"]
    body = body[:high]
    spare = [s for s in (_fill(rng, [d], slots) for d in tpl["details"] + tpl["reactions"]) if s and s not in body]
    rng.shuffle(spare)
    while (len(body) < low or _words(body) < min_words) and spare and len(body) < high:
        body.append(spare.pop())
    while _words(body) > max_words - 15 and len(body) > low:
        body.pop()
    return body


def _words(sentences: list[str]) -> int:
    """Words in some sentences."""
    return sum(len(s.split()) for s in sentences)


def _text(headline: str, byline: str | None, body: list[str], rng: random.Random) -> str:
    """Headline, optional byline, and the body in paragraphs of one or two sentences."""
    paragraphs: list[str] = []
    i = 0
    while i < len(body):
        step = 2 if i and rng.random() < 0.4 else 1
        paragraphs.append(" ".join(body[i:i + step]))
        i += step
    return "\n\n".join([headline, *([byline] if byline else []), *paragraphs])


def _document(text: str, outlet: Json, published: datetime, headline: str) -> Document:
    """A Document as an outlet publishes it, with a URL made from the day and the headline."""
    slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
    url = f"https://{outlet['domain']}/{published:%Y/%m/%d}/{slug}-{Document.from_text(text).id[:8]}"
    return Document.from_text(text, url=url, source=outlet["name"], published=published, title=headline)


def _country(incident: TrueIncident) -> Json:
    """The places.json entry of the incident's country."""
    return next(c for c in load("places")["countries"] if c["code"] == incident.country_code)


def _all_groups(incident: TrueIncident) -> list[Json]:
    """Every group of every country but the incident's perpetrator."""
    return [g for c in load("places")["countries"] for g in c["groups"] if g["name"] != incident.perpetrator]


# ---------------------------------------------------------------- wire copies


def _copies(rng: random.Random, originals: list[Report], incidents: dict[str, TrueIncident],
            stage_starts: dict[str, list[datetime]], n: int) -> list[Report]:
    """`n` republished copies of original reports, mostly of wire agencies' stories.

    A copy appears minutes to hours after its original, never after the toll it carries has been
    revised, so the latest reports of an incident always give its final toll.
    """
    cfg, tpl = load("stream"), load("templates")
    outlets = load("outlets")["outlets"]
    wire = {o["name"] for o in outlets if o["wire"]}
    weights = [4.0 if r.document.source in wire else 1.0 for r in originals]
    copies: list[Report] = []
    seen = {r.document.id for r in originals}
    while len(copies) < n:
        original = rng.choices(originals, weights)[0]
        incident = incidents[original.incident]
        published = original.document.published
        assert published is not None
        starts = stage_starts[incident.key]
        limit = starts[original.stage + 1] if original.stage + 1 < len(starts) else _last_minute(incident.when)
        limit = min(limit, _next_midnight(published))  # 'yesterday' stays true on the day it is republished
        for _ in range(min(rng.choice(cfg["copies_per_original"]), n - len(copies))):
            delay = timedelta(minutes=rng.randint(*cfg["copy_delay_minutes"]))
            when = min(published + delay, limit - timedelta(minutes=1))
            if when <= published:
                break
            outlet = rng.choice([o for o in outlets if o["name"] != original.document.source])
            text = _retouched(rng, original, outlet, incident, tpl)
            if Document.from_text(text).id in seen:
                continue
            seen.add(Document.from_text(text).id)
            title = text.split("\n", 1)[0]
            copies.append(Report(document=_document(text, outlet, when, title), incident=original.incident,
                                 stage=original.stage, date_phrase=original.date_phrase,
                                 copy_of=original.document.id))
    return copies


def _retouched(rng: random.Random, original: Report, outlet: Json, incident: TrueIncident, tpl: Json) -> str:
    """The original's text with a new headline, a new or no byline line, or an added last line."""
    text = original.document.text
    headline, rest = text.split("\n\n", 1)
    paragraphs = rest.split("\n\n")
    names = {"name": rng.choice(tpl["reporters"]), "name2": rng.choice(tpl["reporters"]),
             "outlet": outlet["name"], "city": incident.city}
    changes = rng.sample(["headline", "byline", "trailer"], rng.randint(1, 2))
    if "headline" in changes:
        spec = load("events")["types"][incident.event_type]
        kind = _revision(incident, original.stage)
        slots = {"city": incident.city, "country": incident.country, "killed": str(incident.tolls[original.stage]),
                 "facility_short": incident.facility.split("|")[1], "hostages": str(incident.hostages)}
        headline = _cap(_fill(rng, spec["headlines"][kind] + spec["headlines"]["first"], slots))
    if "byline" in changes:
        line = rng.choice(tpl["bylines"]).format(**names)
        has_byline = paragraphs[0].startswith("By ") or paragraphs[0].endswith(" staff")
        paragraphs = [line, *paragraphs[1:]] if has_byline else [line, *paragraphs]
    if "trailer" in changes:
        paragraphs.append(rng.choice(tpl["trailers"]).format(**names))
    return "\n\n".join([headline, *paragraphs])


def _last_minute(when: datetime) -> datetime:
    """The end of the second day after `when`: no report is published later."""
    return datetime.combine(when.date() + timedelta(days=3), datetime.min.time(), UTC)


def _next_midnight(when: datetime) -> datetime:
    """The start of the day after `when`."""
    return datetime.combine(when.date() + timedelta(days=1), datetime.min.time(), UTC)
