"""MUC-4 files, predictions round trip, scoring and record conversion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polybius.errors import InputError
from polybius.eval import scorer
from polybius.eval.muc4 import (
    bare_description,
    bare_phrase,
    is_instrument,
    is_personal_name,
    is_physical_target,
    load_muc4,
    name_part,
    names_a_country,
    rare_heads,
    read_predictions,
    record_to_templates,
    score_predictions,
    write_predictions,
)
from polybius.model import (
    Count,
    DocumentRecord,
    EventType,
    Evidence,
    Incident,
    Perpetrator,
    Target,
    Victim,
    Weapon,
)
from polybius.model import Document as Doc

SHARED_MUC4 = Path(__file__).parents[3] / "shared" / "datasets" / "muc4"
ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")

TEXT_1 = "guerrillas of the fmln attacked a bus with rifles. the driver died."
TEXT_2 = "terrorists burned a house."


def tpl(itype: str, **roles: list) -> dict:
    """A processed-layout template with the given roles, the others empty."""
    return {"incident_type": itype, **{r: roles.get(r, []) for r in ROLES}}


GOLD_1 = tpl("attack", PerpInd=[[["guerrillas", 0]]], PerpOrg=[[["fmln", 18]]],
             Target=[[["bus", 34]]], Victim=[[["driver", 55]]], Weapon=[[["rifles", 43]]])
GOLD_2 = tpl("arson", PerpInd=[[["terrorists", 0]]], Target=[[["house", 20]]])


@pytest.fixture()
def muc_dir(tmp_path: Path) -> Path:
    """A tiny muc4 folder with processed/dev.json of two documents."""
    (tmp_path / "processed").mkdir()
    docs = [{"docid": "TST1-MUC3-0001", "doctext": TEXT_1, "templates": [GOLD_1]},
            {"docid": "TST1-MUC3-0002", "doctext": TEXT_2, "templates": [GOLD_2]},
            {"docid": "TST1-MUC3-0003", "doctext": "nothing happened.", "templates": []}]
    lines = "".join(json.dumps(d) + "\n" for d in docs)
    (tmp_path / "processed" / "dev.json").write_text(lines, encoding="utf-8")
    return tmp_path


def test_load_reads_json_lines(muc_dir: Path) -> None:
    docs = load_muc4(muc_dir, "dev")
    assert [d.docid for d in docs] == ["TST1-MUC3-0001", "TST1-MUC3-0002", "TST1-MUC3-0003"]
    assert docs[0].templates == [GOLD_1]
    # offsets of the hand-made gold are right
    assert TEXT_1[34:37] == "bus" and TEXT_1[55:61] == "driver" and TEXT_2[20:25] == "house"


def test_load_refuses_bad_splits(muc_dir: Path) -> None:
    with pytest.raises(ValueError, match="held back"):
        load_muc4(muc_dir, "test")
    with pytest.raises(ValueError, match="unknown MUC-4 split"):
        load_muc4(muc_dir, "tst3")
    with pytest.raises(InputError, match="not found"):
        load_muc4(muc_dir, "train")


def test_predictions_round_trip(tmp_path: Path) -> None:
    preds = {"TST1-MUC3-0001": [GOLD_1],
             "TST1-MUC3-0002": [{"incident_type": "arson", "Target": [["house"]]}]}
    path = tmp_path / "preds.jsonl"
    write_predictions(path, preds)
    back = read_predictions(path)
    assert back["TST1-MUC3-0001"] == [GOLD_1]
    # plain-string mentions get a null offset and the missing roles are written empty
    assert back["TST1-MUC3-0002"] == [tpl("arson", Target=[[["house", None]]])]
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == ["docid", "templates"]


def test_read_predictions_rejects_repeated_docids(tmp_path: Path) -> None:
    path = tmp_path / "preds.jsonl"
    path.write_text('{"docid": "a", "templates": []}\n{"docid": "a", "templates": []}\n')
    with pytest.raises(InputError, match="twice"):
        read_predictions(path)


def test_score_predictions(muc_dir: Path) -> None:
    # Doc 1 predicted exactly (6 items); doc 2 predicted as an attack on the house: the type
    # "attack" is not in "arson", so 2 spurious and 3 missed; doc 3 nothing either side.
    # Template metric: P = 6/8, R = 6/9, F1 = 2 * .75 * .6667 / 1.4167 = 70.59.
    # Role fillers (no types): the house is right there, so P = 6/6, R = 6/7, F1 = 12/13.
    docs = load_muc4(muc_dir, "dev")
    preds = {"TST1-MUC3-0001": [GOLD_1],
             "TST1-MUC3-0002": [tpl("attack", Target=[[["house", 20]]])]}
    result = score_predictions(docs, preds)
    assert result["docs"] == 3
    assert (result["micro"]["tp_pred"], result["micro"]["pred"]) == (6, 8)
    assert result["micro"]["f1"] == pytest.approx(2 * 0.75 * (6 / 9) / (0.75 + 6 / 9) * 100)
    assert result["slots"]["incident_type"]["r"] == 50.0
    assert result["role_filler"]["micro"]["f1"] == pytest.approx(1200 / 13)
    assert result["missing_docs"] == ["TST1-MUC3-0003"]
    assert set(result["slots"]) == {"incident_type", *ROLES}


def _ev(text: str, phrase: str) -> list[Evidence]:
    """Evidence of the first occurrence of phrase."""
    start = text.index(phrase)
    return [Evidence(start=start, end=start + len(phrase), text=phrase)]


def _record_object(text: str) -> DocumentRecord:
    """A record of `text` (TEXT_3) as polybius would build it."""
    incident = Incident(
        id="i1",
        event_types=[EventType(value="armed_assault", evidence=_ev(text, "attacked")),
                     EventType(value="bombing", evidence=_ev(text, "bomb"))],
        perpetrators=[
            Perpetrator(name="Farabundo Marti National Liberation Front", kind="group",
                        mentions=["FMLN", "Farabundo Marti National Liberation Front"],
                        evidence=_ev(text, "FMLN")),
            Perpetrator(name="urban guerrillas", kind="group",
                        evidence=_ev(text, "Urban guerrillas")),
        ],
        perpetrator_count=Count(value=4, evidence=_ev(text, "four armed men")),
        targets=[Target(name="bus", kind="transport", evidence=_ev(text, "bus")),
                 Target(name="The driver", kind="civilians", evidence=_ev(text, "The driver"))],
        victims=[Victim(name="the driver", effect="killed", evidence=_ev(text, "The driver")),
                 Victim(name="Jose Rodriguez", kind="individual", effect="killed",
                        evidence=_ev(text, "Jose Rodriguez"))],
        weapons=[Weapon(type="explosive", detail="bomb", evidence=_ev(text, "bomb")),
                 Weapon(type="firearm", evidence=_ev(text, "fled")),
                 Weapon(type="explosive", detail="attacked", evidence=_ev(text, "attacked"))],
    )
    return DocumentRecord(document=Doc.from_text(text), incidents=[incident])


def _record(text: str) -> dict:
    """The record of `_record_object` as JSON, as `polybius extract --format json` prints it."""
    return _record_object(text).model_dump(mode="json")


TEXT_3 = ("Urban guerrillas of the FMLN attacked a bus with a bomb; four armed men fled. "
          "The Farabundo Marti National Liberation Front denied it. The driver, Jose Rodriguez, died.")


def test_record_to_templates() -> None:
    [t] = record_to_templates(_record(TEXT_3), TEXT_3)
    assert t["incident_type"] == "bombing"  # the most specific of attack and bombing
    assert t["PerpOrg"] == [[["FMLN", 24]]]  # a group is its shortest mention, the acronym
    # a group named by a generic head and the perpetrator-count phrase go to PerpInd
    assert t["PerpInd"] == [[["urban guerrillas", 0]], [["four armed men", 57]]]
    # people are not MUC Targets; GTT's Victims are personal names; a verb is no Weapon
    assert t["Target"] == [[["bus", 40]]]
    assert t["Victim"] == [[["Jose Rodriguez", 147]]]
    assert t["Weapon"] == [[["bomb", 51]]]
    for entity in (e for r in ROLES for e in t[r]):
        for text, offset in entity:
            assert TEXT_3[offset:offset + len(text)].lower() == text.lower()


@pytest.mark.parametrize(("name", "physical"), [
    ("electric power substation", True), ("Sheraton hotel", True), ("government troops", False),
    ("civilian", False), ("Some army officers", False), ("", False), ("farmhouse", True),
    ("La Paz", False), ("presidential candidate", False), ("the 19 March elections", False)])
def test_physical_targets(name: str, physical: bool) -> None:
    assert is_physical_target(name) is physical


@pytest.mark.parametrize(("name", "personal"), [
    ("Luis Carlos Galan", True), ("Pardo Leal", True), ("two women", False), ("Troops", False),
    ("Many civilians", False), ("jesuit priests", False)])
def test_personal_names(name: str, personal: bool) -> None:
    assert is_personal_name(name) is personal


@pytest.mark.parametrize(("text", "instrument"), [
    ("dynamite", True), ("car bomb", True), ("AK-47", True), ("bombed", False), ("opened fire", False),
    ("blew up", False), ("explosions", False), ("shooting", False)])
def test_instruments(text: str, instrument: bool) -> None:
    assert is_instrument(text) is instrument


def test_record_to_templates_single_mention_and_scoring() -> None:
    [t] = record_to_templates(_record(TEXT_3), TEXT_3, single_mention=True)
    assert t["PerpOrg"] == [[["FMLN", 24]]]
    gold = [tpl("bombing", PerpOrg=[["fmln", "farabundo marti national liberation front"]],
                Target=[["bus"]])]
    s = scorer.score_templates({"d": scorer.pred_templates([t])},
                               {"d": scorer.gold_templates(gold)})
    assert s.slots["PerpOrg"].f1 == 100.0 and s.slots["Target"].f1 == 100.0


def test_record_without_incidents_gives_no_templates() -> None:
    record = DocumentRecord(document=Doc.from_text("quiet day."), incidents=[])
    assert record_to_templates(record.model_dump(mode="json"), "quiet day.") == []


@pytest.mark.skipif(not (SHARED_MUC4 / "processed" / "dev.json").is_file(),
                    reason="shared MUC-4 data not present")
def test_real_dev_gold_against_itself_is_100() -> None:
    docs = load_muc4(SHARED_MUC4, "dev")
    assert len(docs) == 200
    deduped = {d.docid: scorer.gold_templates(d.templates) for d in docs}
    result = score_predictions(docs, deduped)
    assert result["micro"]["f1"] == 100.0
    assert result["role_filler"]["micro"]["f1"] == 100.0
    assert all(s["f1"] == 100.0 for s in result["slots"].values())
    # GTT drops repeated gold templates but not repeated predictions: the raw gold, which
    # repeats 10 templates, scores below 100 against itself.
    raw = score_predictions(docs, {d.docid: d.templates for d in docs})
    assert raw["micro"]["pred"] > raw["micro"]["gold"]
    assert raw["micro"]["f1"] < 100.0


def test_record_object_is_accepted() -> None:
    record = _record_object(TEXT_3)
    assert record_to_templates(record, TEXT_3) == record_to_templates(_record(TEXT_3), TEXT_3)


def test_unnamed_attacker_keeps_its_own_phrase_only() -> None:
    text = "Terrorists attacked the bank. The terrorists fled. Police said the terrorist was armed."
    incident = Incident(id="i1", event_types=[EventType(value="armed_assault", evidence=_ev(text, "attacked"))],
                        perpetrators=[Perpetrator(name="Terrorists", kind="unknown",
                                                  mentions=["Terrorists", "the terrorist"],
                                                  evidence=_ev(text, "Terrorists"))])
    record = DocumentRecord(document=Doc.from_text(text), incidents=[incident])
    [t] = record_to_templates(record, text)
    assert t["PerpInd"] == [[["Terrorists", 0]]]


def test_kidnapping_and_arson_in_separate_sentences_are_two_templates() -> None:
    text = "Guerrillas kidnapped the farm owner. Later they burned the farmhouse with gasoline."
    incident = Incident(
        id="i1",
        event_types=[EventType(value="hostage_taking", evidence=_ev(text, "kidnapped")),
                     EventType(value="arson", evidence=_ev(text, "burned"))],
        perpetrators=[Perpetrator(name="Guerrillas", kind="unknown", evidence=_ev(text, "Guerrillas"))],
        targets=[Target(name="farmhouse", kind="business", evidence=_ev(text, "farmhouse"))],
        weapons=[Weapon(type="incendiary", detail="gasoline", evidence=_ev(text, "gasoline"))])
    record = DocumentRecord(document=Doc.from_text(text), incidents=[incident])
    kidnapping, arson = record_to_templates(record, text)
    assert (kidnapping["incident_type"], arson["incident_type"]) == ("kidnapping", "arson")
    assert kidnapping["PerpInd"] == arson["PerpInd"] == [[["Guerrillas", 0]]]
    assert kidnapping["Target"] == [] and arson["Target"] == [[["farmhouse", 59]]]
    assert arson["Weapon"] == []  # MUC-4 gives arson and kidnapping no instrument


@pytest.mark.parametrize(("name", "bare"), [
    ("two vehicles", "vehicles"), ("at least 30 stores", "stores"), ("his armored vehicle", "armored vehicle"),
    ("several public buses", "public buses"), ("7 hardware stores", "hardware stores"),
    ("power pylons", "power pylons"), ("the embassy", "embassy"), ("three", "three"),
    ("Cano Limon oil pipeline, Colombia's major pipeline", "Cano Limon oil pipeline"),
    ("the Chilean embassy -- a guarded building", "Chilean embassy")])
def test_bare_phrase_drops_leading_quantifiers(name: str, bare: str) -> None:
    assert bare_phrase(name) == bare


def test_target_mention_is_the_bare_phrase() -> None:
    text = "Rebels set fire to two buses and his car in Cali."
    incident = Incident(id="i1", event_types=[EventType(value="arson", evidence=_ev(text, "set fire"))],
                        targets=[Target(name="two buses", kind="transport", evidence=_ev(text, "two buses")),
                                 Target(name="his car", kind="transport", evidence=_ev(text, "his car"))])
    [t] = record_to_templates(DocumentRecord(document=Doc.from_text(text), incidents=[incident]), text)
    assert t["Target"] == [[["buses", 23]], [["car", 37]]]


@pytest.mark.parametrize(("text", "country"), [
    ("Salvadoran", True), ("Colombian", True), ("Peru", True), ("army", False), ("FMLN", False)])
def test_names_a_country(text: str, country: bool) -> None:
    assert names_a_country(text) is country


def test_state_named_by_its_adjective_is_no_perp_org() -> None:
    text = "Salvadoran troops bombed the village; the army denied it."
    incident = Incident(id="i1", event_types=[EventType(value="airstrike", evidence=_ev(text, "bombed"))],
                        perpetrators=[Perpetrator(name="El Salvador", kind="state", mentions=["Salvadoran"],
                                                  evidence=_ev(text, "Salvadoran")),
                                      Perpetrator(name="army", kind="state", mentions=["army"],
                                                  evidence=_ev(text, "army"))])
    [t] = record_to_templates(DocumentRecord(document=Doc.from_text(text), incidents=[incident]), text)
    assert t["PerpOrg"] == [[["army", 42]]]


def test_heads_gold_seldom_keeps_are_dropped_unless_learning() -> None:
    text = "Gunmen attacked the bus with rifles and a bomb."
    incident = Incident(id="i1", event_types=[EventType(value="armed_assault", evidence=_ev(text, "attacked"))],
                        weapons=[Weapon(type="firearm", detail="rifles", evidence=_ev(text, "rifles")),
                                 Weapon(type="explosive", detail="bomb", evidence=_ev(text, "bomb"))])
    record = DocumentRecord(document=Doc.from_text(text), incidents=[incident])
    assert "rifles" in rare_heads()["Weapon"] and "bomb" not in rare_heads()["Weapon"]
    [kept] = record_to_templates(record, text)
    [learning] = record_to_templates(record, text, learned=False)
    assert kept["Weapon"] == [[["bomb", 42]]]
    assert learning["Weapon"] == [[["rifles", 29]], [["bomb", 42]]]


def test_bombing_with_no_filler_gives_no_template() -> None:
    text = "The bombings must stop, the bishop said. Rebels kidnapped a mayor."
    incident = Incident(id="i1", event_types=[EventType(value="bombing", evidence=_ev(text, "bombings")),
                                              EventType(value="hostage_taking", evidence=_ev(text, "kidnapped"))])
    [t] = record_to_templates(DocumentRecord(document=Doc.from_text(text), incidents=[incident]), text)
    assert t["incident_type"] == "kidnapping"


@pytest.mark.parametrize(("name", "part"), [
    ("her husband Victor Hugo Rodriguez", "Victor Hugo Rodriguez"), ("priests Ignacio Ellacuria", "Ignacio Ellacuria"),
    ("Hector Oqueli", "Hector Oqueli"), ("businessman", "businessman")])
def test_name_part_drops_lower_case_words_before_the_name(name: str, part: str) -> None:
    assert name_part(name) == part


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("a bomb damaged the headquarters of the new liberalism party, whose leader is away.", "headquarters",
     "headquarters of the new liberalism party"),
    ("rebels bombed the house of judge ana torres and the offices of a lawyer.", "house", "house of judge ana torres"),
    ("the offices of a labor union on 31st street were bombed.", "offices", "offices of a labor union"),
    ("a bomb went off at the bank in quito.", "bank", "bank")])
def test_target_keeps_the_of_phrase_after_it(text: str, name: str, mention: str) -> None:
    incident = Incident(id="i1", event_types=[EventType(value="bombing", evidence=_ev(text, "bomb"))],
                        targets=[Target(name=name, kind="government", evidence=_ev(text, name))])
    [t] = record_to_templates(DocumentRecord(document=Doc.from_text(text), incidents=[incident]), text)
    assert t["Target"] == [[[mention, text.index(name)]]]


@pytest.mark.parametrize(("text", "groups", "bare"), [
    ("alleged urban guerrillas", [], "urban guerrillas"), ("FMLN subversives", ["fmln"], "subversives"),
    ("suspected Shining Path terrorists", ["shining path"], "terrorists"), ("several gunmen", [], "gunmen"),
    ("urban commandos", ["fmln"], "urban commandos"), ("guerrillas", [], "guerrillas")])
def test_bare_description_drops_hedges_and_group_names(text: str, groups: list[str], bare: str) -> None:
    assert bare_description(text, groups) == bare


def test_perp_ind_description_without_the_group_name() -> None:
    text = "ELN guerrillas dynamited the pipeline."
    incident = Incident(id="i1", event_types=[EventType(value="bombing", evidence=_ev(text, "dynamited"))],
                        perpetrators=[Perpetrator(name="ELN guerrillas", kind="unknown",
                                                  evidence=_ev(text, "ELN guerrillas")),
                                      Perpetrator(name="National Liberation Army", kind="group", mentions=["ELN"],
                                                  evidence=_ev(text, "ELN"))])
    [t] = record_to_templates(DocumentRecord(document=Doc.from_text(text), incidents=[incident]), text)
    assert t["PerpInd"] == [[["guerrillas", 4]]] and t["PerpOrg"] == [[["ELN", 0]]]


def test_victim_group_with_a_capitalised_name_is_no_victim() -> None:
    text = "Rebels shot Soviet Marines and killed Jose Perez."
    incident = Incident(id="i1", event_types=[EventType(value="armed_assault", evidence=_ev(text, "shot"))],
                        victims=[Victim(name="Soviet Marines", kind="group", effect="injured",
                                        evidence=_ev(text, "Soviet Marines")),
                                 Victim(name="Jose Perez", kind="individual", effect="killed",
                                        evidence=_ev(text, "Jose Perez"))])
    [t] = record_to_templates(DocumentRecord(document=Doc.from_text(text), incidents=[incident]), text)
    assert t["Victim"] == [[["Jose Perez", 38]]]


def test_kidnapping_has_no_target_nor_weapon() -> None:
    text = "Gunmen kidnapped the mayor from his car at gunpoint with pistols."
    incident = Incident(id="i1", event_types=[EventType(value="hostage_taking", evidence=_ev(text, "kidnapped"))],
                        targets=[Target(name="car", kind="transport", evidence=_ev(text, "car"))],
                        weapons=[Weapon(type="firearm", detail="pistols", evidence=_ev(text, "pistols"))])
    [t] = record_to_templates(DocumentRecord(document=Doc.from_text(text), incidents=[incident]), text)
    assert t["incident_type"] == "kidnapping" and t["Target"] == [] and t["Weapon"] == []
