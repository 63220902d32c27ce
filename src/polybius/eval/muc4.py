"""MUC-4 evaluation: read the processed GTT files, convert polybius records, score.

The gold is ../shared/datasets/muc4/processed/{train,dev}.json (one JSON object a line):
`docid`, `doctext`, `templates` with `incident_type` and the roles PerpInd, PerpOrg, Target,
Victim, Weapon, each a list of entities, an entity a list of coreferent `[text, char_offset]`
mentions. Predictions are written in the same layout. Scoring is `scorer.score_templates` (GTT)
and `scorer.score_role_fillers` (GRIT).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from polybius.errors import InputError
from polybius.eval import scorer
from polybius.eval.scorer import ROLES, TYPE_SLOT
from polybius.extract.truecase import cased_word

SPLITS = ("train", "dev")
# polybius event types -> MUC-4 incident types (MUC uses ATTACK only when nothing else fits).
EVENT_TYPE_TO_MUC = {
    "bombing": "bombing", "arson": "arson", "hostage_taking": "kidnapping",
    "armed_assault": "attack", "assassination": "attack", "shelling": "attack",
    "airstrike": "attack", "clash": "attack", "stabbing": "attack",
    "vehicle_ramming": "attack", "other": "attack",
}
MUC_TYPE_PRIORITY = ("bombing", "kidnapping", "arson", "attack")
# MUC-4's INSTRUMENT ID "applies to all incident types except ARSON and KIDNAPPING" (no train template has one).
NO_INSTRUMENT = frozenset({"arson", "kidnapping"})
# ... and PHYS TGT "is not applicable to KIDNAPPING incidents" (no train or dev template has one).
NO_PHYSICAL_TARGET = frozenset({"kidnapping"})
# Heads of descriptions MUC files under PERP: INDIVIDUAL ID even when a group ("guerrillas").
GENERIC_ATTACKERS = frozenset({
    "assailant", "assailants", "attacker", "attackers", "bomber", "bombers", "commando",
    "commandos", "criminal", "criminals", "extremist", "extremists", "gunman", "gunmen",
    "guerrilla", "guerrillas", "hitman", "hitmen", "individual", "individuals", "insurgent",
    "insurgents", "kidnapper", "kidnappers", "man", "men", "militant", "militants", "member",
    "members", "perpetrator", "perpetrators", "persons", "rebel", "rebels", "subversive",
    "subversives", "suspect", "suspects", "terrorist", "terrorists", "youth", "youths",
})
Mention = list[Any]  # [text, char_offset]


@dataclass(frozen=True)
class MucDoc:
    """One document of a processed MUC-4 file with its gold templates."""

    docid: str
    doctext: str
    templates: list[dict[str, Any]] = field(default_factory=list)


# ---------------------------------------------------------------- files


def split_path(data_dir: str | Path, split: str) -> Path:
    """processed/{split}.json under the muc4 folder (or under data_dir/muc4)."""
    if split == "test":
        raise ValueError("the MUC-4 test split (TST3+TST4) is held back for independent "
                         "evaluation and is not in shared/datasets: develop on 'train' and 'dev'")
    if split not in SPLITS:
        raise ValueError(f"unknown MUC-4 split {split!r}: use one of {', '.join(SPLITS)}")
    base = Path(data_dir)
    if not (base / "processed").is_dir() and (base / "muc4" / "processed").is_dir():
        base = base / "muc4"
    return base / "processed" / f"{split}.json"


def _json_lines(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(str(path), f"not JSON: {e.msg}", n) from e
            if not isinstance(obj, dict) or "docid" not in obj:
                raise InputError(str(path), "expected an object with a 'docid'", n)
            yield n, obj


def load_muc4(data_dir: str | Path, split: str) -> list[MucDoc]:
    """The documents of processed/{split}.json (split "train" or "dev"), in file order."""
    path = split_path(data_dir, split)
    if not path.is_file():
        raise InputError(str(path), f"MUC-4 {split} file not found; pass the folder that "
                         "holds processed/ (e.g. ../shared/datasets/muc4)")
    return [MucDoc(str(o["docid"]), o.get("doctext", ""), o.get("templates", []))
            for _, o in _json_lines(path)]


def _layout(template: Mapping[str, Any]) -> dict[str, Any]:
    """A template in the processed layout: the type, then the five roles of [text, offset]."""
    out: dict[str, Any] = {TYPE_SLOT: template.get(TYPE_SLOT)}
    for role in ROLES:
        out[role] = [[[m, None] if isinstance(m, str) else [m[0], m[1]] for m in entity]
                     for entity in template.get(role, [])]
    return out


def write_predictions(path: str | Path, preds: Mapping[str, list[Mapping[str, Any]]]) -> None:
    """Write docid -> templates as JSON lines in the layout of processed/*.json."""
    with Path(path).open("w", encoding="utf-8") as f:
        for docid, templates in preds.items():
            line = {"docid": docid, "templates": [_layout(t) for t in templates]}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


def read_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """docid -> templates from a predictions file; a repeated docid is an error."""
    path = Path(path)
    preds: dict[str, list[dict[str, Any]]] = {}
    for n, obj in _json_lines(path):
        docid = str(obj["docid"])
        if docid in preds:
            raise InputError(str(path), f"docid {docid} appears twice", n)
        preds[docid] = [_layout(t) for t in obj.get("templates", [])]
    return preds


# ---------------------------------------------------------------- scoring


def _prf(s: scorer.Scores) -> dict[str, float]:
    """A Scores as a plain dict (p, r, f1 in percent, and the counts)."""
    return asdict(s)


def score_predictions(gold_docs: Iterable[MucDoc],
                      pred_by_docid: Mapping[str, list[Mapping[str, Any]]], *,
                      one_to_one: bool = False) -> dict[str, Any]:
    """GTT template scores and GRIT role-filler scores of predictions against gold documents.

    Returns {"micro", "slots", "role_filler": {"micro", "slots"}, "docs", "missing_docs",
    "fallback_docs"}; every score is {"p", "r", "f1", "tp_pred", "pred", "tp_gold", "gold"}.
    """
    docs = list(gold_docs)
    golds = {d.docid: scorer.gold_templates(d.templates) for d in docs}
    preds = {d: scorer.pred_templates(pred_by_docid.get(d, [])) for d in golds}
    tf = scorer.score_templates(preds, golds, one_to_one=one_to_one)
    rf = scorer.score_role_fillers({d: scorer.role_fillers(t) for d, t in preds.items()},
                                   {d.docid: scorer.role_fillers(d.templates) for d in docs})
    return {
        "micro": _prf(tf.micro),
        "slots": {s: _prf(v) for s, v in tf.slots.items()},
        "role_filler": {"micro": _prf(rf.micro),
                        "slots": {s: _prf(v) for s, v in rf.slots.items()}},
        "docs": len(docs),
        "missing_docs": sorted(d for d in golds if d not in pred_by_docid),
        "fallback_docs": tf.fallback_docs,
    }


# ---------------------------------------------------------------- records -> templates


def muc_incident_type(event_types: Iterable[Mapping[str, Any]]) -> str:
    """The MUC type of a record's event types: the most specific, else "attack"."""
    found = {EVENT_TYPE_TO_MUC.get(e.get("value", ""), "attack") for e in event_types}
    return next((t for t in MUC_TYPE_PRIORITY if t in found), "attack")


def mention_offset(text: str, doctext: str, near: int | None) -> int | None:
    """Offset of `text` in the document: at `near` if it starts there, else the closest match."""
    if not text:
        return None
    lower, needle = doctext.lower(), text.lower()
    if near is not None and lower.startswith(needle, near):
        return near
    starts = [m.start() for m in re.finditer(re.escape(needle), lower)]
    if not starts:
        return None
    return min(starts, key=lambda s: abs(s - (near or 0)))


def _evidence_start(item: Mapping[str, Any]) -> int | None:
    """Start of an item's first evidence span, if any."""
    ev = item.get("evidence") or []
    return ev[0].get("start") if ev else None


def _entity(texts: Iterable[str | None], doctext: str, near: int | None) -> list[Mention]:
    """An entity of distinct mentions found in the text, in text order; unfound ones kept last."""
    found, lost, seen = [], [], set()
    for text in texts:
        if not text or text.lower() in seen:
            continue
        seen.add(text.lower())
        offset = mention_offset(text, doctext, near)
        (found if offset is not None else lost).append([text, -1 if offset is None else offset])
    return sorted(found, key=lambda m: m[1]) + lost


def _named_person(victim: Mapping[str, Any]) -> bool:
    """A victim MUC files as HUM TGT: NAME: one person named by a proper name, not a group ("Soviet Marines")."""
    return victim.get("kind") != "group" and is_personal_name(victim.get("name"))


def _is_generic(name: str) -> bool:
    """A description such as "armed men" or "FMLN guerrillas" rather than a name."""
    words = re.findall(r"[a-z]+", name.lower())
    return bool(words) and words[-1] in GENERIC_ATTACKERS


def _perp_mentions(perp: Mapping[str, Any]) -> list[str | None]:
    """A perpetrator's mentions; an unnamed attacker's phrase alone, since its other phrases were
    merged by head word ('terrorists', 'the terrorist'), not found to corefer."""
    unnamed = perp.get("kind") in ("unknown", "individual") and not is_personal_name(perp.get("name"))
    if unnamed or not perp.get("mentions"):
        return [perp.get("name")]
    return list(perp["mentions"])


def _shortest(entity: list[Mention]) -> list[Mention]:
    """A group's shortest mention found in the text, its acronym as a rule ("FMLN"): GTT's gold lists only the
    names the text gives, in its own wording ("army of national liberation" or "national liberation army"),
    and one mention not among them makes the whole entity wrong."""
    return [min(entity, key=lambda m: (m[1] == -1, len(m[0])))] if entity else entity


def _perp_entities(incident: Mapping[str, Any], doctext: str) -> tuple[list, list]:
    """PerpInd and PerpOrg entities of an incident's perpetrators."""
    ind, org = [], []
    for p in incident.get("perpetrators", []):
        texts = _perp_mentions(p)
        entity = _entity(texts, doctext, _evidence_start(p))
        group = p.get("kind") in ("group", "state") and not _is_generic(p.get("name", ""))
        if group and p.get("kind") == "state" and all(names_a_country(m[0]) for m in entity):
            continue
        (org if group else ind).append(_shortest(entity) if group else entity)
    count = incident.get("perpetrator_count") or {}
    for ev in count.get("evidence", []):
        if _is_generic(ev.get("text", "")):
            ind.append(_entity([ev.get("text")], doctext, ev.get("start")))
    groups = [m.lower() for p in incident.get("perpetrators", []) if p.get("kind") == "group"
              for m in (p.get("mentions") or [p.get("name")]) if m]
    return [_description(e, groups) for e in ind], org


def _description(entity: list[Mention], groups: list[str]) -> list[Mention]:
    """A one-mention PerpInd description without its leading hedges and group names (`bare_description`)."""
    if len(entity) != 1 or entity[0][1] < 0:
        return entity
    text, start = entity[0]
    bare = bare_description(text, groups)
    return [[bare, start + len(text) - len(bare)]]


def bare_description(text: str, groups: Iterable[str]) -> str:
    """An attacker description without a leading run of hedges ("alleged", "several") and of group names the
    incident gives ("alleged FMLN urban guerrillas" -> "urban guerrillas"), as GTT writes PerpInd."""
    words, lower = text.split(), text.lower().split()
    names = [g.split() for g in groups]
    n = 0
    while n < len(words) - 1:
        name = next((g for g in names if lower[n:n + len(g)] == g and n + len(g) < len(words)), None)
        if lower[n] not in _roles_data("perp_hedges") and name is None:
            break
        n += len(name) if name and lower[n] not in _roles_data("perp_hedges") else 1
    return " ".join(words[n:])


def names_a_country(text: str) -> bool:
    """A nationality word or country name ("Salvadoran", "U.S.", "Colombia"): MUC's PerpOrg holds the force
    ("Salvadoran army"), never the bare state a perpetrator was tied to by its adjective."""
    from polybius.extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    return bool(gazetteer.demonym(text) or gazetteer.country(text))


@cache
def _roles_data(key: str) -> frozenset[str]:
    """A word list of data/muc4_roles.json (what each processed MUC-4 role holds)."""
    path = resources.files("polybius.eval").joinpath("data", "muc4_roles.json")
    return frozenset(json.loads(path.read_text(encoding="utf-8"))[key])


def _words(text: str | None) -> list[str]:
    """The words of a name, as written."""
    return re.findall(r"[^\W\d_]+", text or "")


@cache
def target_heads() -> frozenset[str]:
    """Head nouns MUC-4 annotators file as physical targets, learned from train (bench/muc4_target_heads.py)."""
    path = resources.files("polybius.eval").joinpath("data", "muc4_target_heads.json")
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["heads"])


def is_physical_target(name: str | None) -> bool:
    """A thing MUC files as a target ("electric power substation", a "farmhouse" by its last part), not
    people ("government troops"), nor a place, party or title ("La Paz", "Arena", "presidential candidate")."""
    words = _words(name)
    head = words[-1].lower() if words else ""
    if not head or head in _roles_data("human_heads"):
        return False
    return head in target_heads() or any(len(h) >= 4 and head.endswith(h) for h in target_heads())


def is_personal_name(name: str | None) -> bool:
    """A proper name ("Luis Carlos Galan"), not a description ("two women", sentence-initial "Troops")."""
    words = _words(name)
    return bool(words) and words[-1][0].isupper() and cased_word(words[-1].lower()) is not None


def is_instrument(text: str | None) -> bool:
    """A weapon noun ("dynamite", "car bomb"), not the event's word ("bombed", "opened fire")."""
    words = [w.lower() for w in _words(text)]
    return bool(words) and not any(w.endswith(("ed", "ing")) or w in _roles_data("event_words") for w in words)


def _item_text(item: Mapping[str, Any], key: str) -> str | None:
    """An item's text from `key`, or else its first evidence."""
    ev = item.get("evidence") or []
    return item.get(key) or (ev[0].get("text") if ev else None)


def _simple_entities(items: Iterable[Mapping[str, Any]], key: str, doctext: str) -> list[list[Mention]]:
    """One single-mention entity per item, its text from `key` or else its first evidence."""
    return [_entity([_item_text(item, key)], doctext, _evidence_start(item)) for item in items]


def _target_entities(items: Iterable[Mapping[str, Any]], doctext: str) -> list[list[Mention]]:
    """One entity per physical target: its bare phrase (`bare_phrase`) with the "of" phrase that follows it in
    the text (`with_of_phrase`)."""
    out = []
    for item in items:
        if is_physical_target(item.get("name")):
            entity = _entity([bare_phrase(_item_text(item, "name"))], doctext, _evidence_start(item))
            out.append([with_of_phrase(m, doctext) for m in entity])
    return out


OF_PHRASE_END = re.compile(
    r"[,.;:()\"!?]|\s{2,}|\s(?:and|or|on|in|at|where|which|who|whose|that|with|near|located|was|were|is|are|by|from"
    r"|during|after|before|when|while|as|to|since|because|but)\s")
OF_PHRASE_MAX = 80


def with_of_phrase(mention: Mention, doctext: str) -> Mention:
    """A target mention with the "of" phrase after it, up to a clause break ("headquarters" -> "headquarters of
    the new liberalism party"): GTT's Targets keep the phrase that says whose building it is."""
    text, start = mention
    end = start + len(text)
    if start < 0 or not doctext.startswith(" of ", end):
        return mention
    stop = OF_PHRASE_END.search(doctext, end + 4)
    stop_at = stop.start() if stop else len(doctext)
    return [doctext[start:stop_at], start] if end + 4 < stop_at <= end + OF_PHRASE_MAX else mention


APPOSITION = re.compile(r"\s*(?:,|--|\(|;)\s*")
LEADING_NUMBER = re.compile(r"\d[\d,.]*$")


def name_part(text: str | None) -> str | None:
    """A person's name without the lower-case words before it ("her husband Victor Hugo Rodriguez" -> "Victor
    Hugo Rodriguez"): GTT's Victim is HUM TGT: NAME, the name alone."""
    return _without_leading((text or "").split(), lambda w: not w[:1].isupper()) or text


def bare_phrase(text: str | None) -> str | None:
    """A noun phrase before any apposition or aside (", Colombia's major oil pipeline", " (Ecopetrol)") and
    without its leading numerals, quantifiers and possessive determiners ("at least 30 stores" -> "stores",
    "his armored vehicle" -> "armored vehicle"), as GTT's Target mentions are written."""
    if not text:
        return text
    quantifiers = _roles_data("leading_quantifiers")
    words = (APPOSITION.split(text)[0] or text).split()
    return _without_leading(words, lambda w: w.lower() in quantifiers or bool(LEADING_NUMBER.match(w)))


def _without_leading(words: list[str], drop: Callable[[str], bool]) -> str:
    """The words joined after a leading run of those `drop` picks, the last word always kept."""
    n = 0
    while n < len(words) - 1 and drop(words[n]):
        n += 1
    return " ".join(words[n:])


def _weapons(items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Weapons whose detail (else evidence) names an instrument: MUC's Weapon is a noun ("dynamite",
    "rifles"), never the event's word a detail may hold ("bombed", "blew up", "opened fire")."""
    return [w for w in items if is_instrument(_item_text(w, "detail"))]


def _dedupe(entities: list[list[Mention]]) -> list[list[Mention]]:
    """Drop empty entities and those whose normalised mentions repeat an earlier entity."""
    out, seen = [], set()
    for e in entities:
        key = frozenset(scorer.normalize_string(m[0]) for m in e)
        if e and key not in seen:
            seen.add(key)
            out.append(e)
    return out


@cache
def rare_heads() -> dict[str, frozenset[str]]:
    """Per role, heads MUC-4 gold seldom keeps when polybius predicts them ("rifles", "artillery" as Weapon),
    learned from train (bench/muc4_role_heads.py)."""
    path = resources.files("polybius.eval").joinpath("data", "muc4_role_heads.json")
    return {role: frozenset(heads) for role, heads in json.loads(path.read_text(encoding="utf-8"))["drop"].items()}


def entity_head(entity: list[Mention]) -> str:
    """The last word of an entity's first mention, lower-cased and normalised as GTT compares them."""
    words = scorer.normalize_string(entity[0][0]).split() if entity else []
    return words[-1] if words else ""


def _kept(role: str, entities: list[list[Mention]]) -> list[list[Mention]]:
    """Entities whose head is not one the gold of this role seldom keeps."""
    rare = rare_heads().get(role, frozenset())
    return [e for e in entities if entity_head(e) not in rare]


def incident_to_template(incident: Mapping[str, Any], doctext: str, *,
                         single_mention: bool = False, learned: bool = True) -> dict[str, Any]:
    """One MUC template of one record incident (see `record_to_templates`); `learned=False` keeps the
    heads `rare_heads` would drop (to learn them)."""
    ind, org = _perp_entities(incident, doctext)
    roles = {
        "PerpInd": ind, "PerpOrg": org,
        "Target": _target_entities(incident.get("targets", []), doctext),
        "Victim": [_entity([name_part(_item_text(v, "name"))], doctext, _evidence_start(v))
                   for v in incident.get("victims", []) if _named_person(v)],
        "Weapon": _simple_entities(_weapons(incident.get("weapons", [])), "detail", doctext),
    }
    template: dict[str, Any] = {TYPE_SLOT: muc_incident_type(incident.get("event_types", []))}
    if template[TYPE_SLOT] in NO_INSTRUMENT:
        roles["Weapon"] = []
    if template[TYPE_SLOT] in NO_PHYSICAL_TARGET:
        roles["Target"] = []
    for role in ROLES:
        entities = _dedupe(_kept(role, roles[role]) if learned else roles[role])
        template[role] = [e[:1] for e in entities] if single_mention else entities
    return template


def record_to_templates(record: Mapping[str, Any] | Any, doctext: str, *,
                        single_mention: bool = False, learned: bool = True) -> list[dict[str, Any]]:
    """MUC templates of a polybius record (`DocumentRecord.model_dump`): one per incident, or one per
    MUC type of an incident whose types are reported in different sentences (`split_by_type`).

    Type: the most specific MUC type of the event types (bombing, kidnapping, arson, else
    attack). PerpInd: perpetrators of kind individual/unknown, groups named by a generic head
    ("guerrillas", "armed men") and the perpetrator-count phrase; PerpOrg: other groups and
    states; Target: names of targets that are things, not people (MUC's PHYS TGT); Victim: victims
    named by a proper name (GTT's files hold HUM TGT: NAME); Weapon: `detail`, or the evidence text
    when it is an instrument noun rather than the event word. Each mention is
    `[text, offset]`, the offset found at or nearest the item's first evidence start (-1 when
    the text is not in `doctext`). GTT counts an entity right only when all its mentions are
    gold mentions, so `single_mention=True` keeps only the earliest mention of each entity.
    Entities whose head train gold seldom keeps in their role are left out (`rare_heads`) unless
    `learned=False`. A bombing with no filler at all is left out: on train 5 of 50 matched a gold
    template (bombings talked about, aerial bombing, which MUC types as attack). A group (PerpOrg) is
    its shortest mention (`_shortest`). A `DocumentRecord` object is accepted too.
    """
    if hasattr(record, "model_dump"):
        record = record.model_dump(mode="json")
    templates = [incident_to_template(part, doctext, single_mention=single_mention, learned=learned)
                 for i in record.get("incidents", []) for part in split_by_type(i, doctext)]
    return [t for t in templates if t[TYPE_SLOT] != "bombing" or any(t[role] for role in ROLES)]


SPLIT_ITEMS = ("targets", "victims", "weapons")


def _muc_types(incident: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    """The incident's event types grouped by MUC type, most specific first."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for e in incident.get("event_types", []):
        groups.setdefault(EVENT_TYPE_TO_MUC.get(e.get("value", ""), "attack"), []).append(e)
    return {t: groups[t] for t in MUC_TYPE_PRIORITY if t in groups}


SENTENCE_END = re.compile(r"[.!?]\s|\s{3,}")


def _same_sentence(doctext: str, a: int, b: int) -> bool:
    """No sentence end or paragraph break between two offsets."""
    lo, hi = sorted((a, b))
    return SENTENCE_END.search(doctext, lo, hi) is None


def _merge_close(groups: dict[str, list[Mapping[str, Any]]], doctext: str) -> dict[str, list[Mapping[str, Any]]]:
    """'attacked a bus with a bomb': a type whose every event word shares a sentence with an event word
    of a more specific type names that same act."""
    out: dict[str, list[Mapping[str, Any]]] = {}
    for t, es in groups.items():
        mine = _starts(es)
        host = next((o for o, oes in out.items()
                     if mine and all(any(_same_sentence(doctext, m, s) for s in _starts(oes)) for m in mine)), None)
        if host is None:
            out[t] = list(es)
        else:
            out[host].extend(es)
    return out


def _starts(event_types: Iterable[Mapping[str, Any]]) -> list[int]:
    """Start offsets of every evidence span of some event types."""
    return [ev["start"] for e in event_types for ev in e.get("evidence", [])]


def _nearest_type(item: Mapping[str, Any], starts: Mapping[str, list[int]]) -> str:
    """The MUC type whose event evidence lies nearest the item's first evidence."""
    at = _evidence_start(item)
    if at is None:
        return next(iter(starts))
    return min(starts, key=lambda t: min((abs(s - at) for s in starts[t]), default=10**9))


def split_by_type(incident: Mapping[str, Any], doctext: str) -> list[Mapping[str, Any]]:
    """MUC codes a kidnapping and an arson at one farm as two templates: one part per MUC type, each
    with the targets, victims and weapons nearest its event words; perpetrators go to every part."""
    groups = _merge_close(_muc_types(incident), doctext)
    if len(groups) < 2:
        return [incident]
    starts = {t: _starts(es) for t, es in groups.items()}
    parts = {t: {**incident, "event_types": list(es), **{k: [] for k in SPLIT_ITEMS}} for t, es in groups.items()}
    for key in SPLIT_ITEMS:
        for item in incident.get(key, []):
            parts[_nearest_type(item, starts)][key].append(item)
    return list(parts.values())

