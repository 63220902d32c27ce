"""The shared pipeline: scraped text with glued sentences and headings is split without changing the text."""

from __future__ import annotations

import pytest

from polybius.extract.nlp import load_nlp
from polybius.pipeline import extract_text


@pytest.mark.parametrize(
    ("text", "token", "sentence"),
    [
        ("The bombing was claimed by ETA.==Background==The group had killed 800 people.", "ETA", "The group had"),
        ("Three soldiers were killed.Police said the device was hidden in a cart.", "killed", "Police said"),
        ("The blast happened on May 4, 2018.Investigators found a timer.", "2018", "Investigators found"),
        ("Was it planned?Officials in Kabul say yes.", "planned", "Officials in Kabul"),
        ('He condemned the "bombing outrages"."They deplored the slaughter," he said.', "They", '"They deplored'),
        ("The attack was cowardly.\u201cWe will respond,\u201d he said.", "We", "\u201cWe will"),
    ],
)
def test_a_glued_stop_or_heading_splits_words_and_sentences(text: str, token: str, sentence: str) -> None:
    doc = load_nlp()(text)

    assert doc.text == text
    assert token in [t.text for t in doc]
    assert any(s.text.startswith(sentence) for s in doc.sents)


@pytest.mark.parametrize("word", ["U.S.A.", "Mr.", "p.m.", "Amazon.com"])
def test_abbreviations_and_domains_stay_whole(word: str) -> None:
    doc = load_nlp()("He met Mr. Lee of Amazon.com in the U.S.A. at 5 p.m. on Monday.")

    assert word in [t.text for t in doc]


def test_a_group_glued_to_a_heading_is_found() -> None:
    text = (
        "A car bomb exploded outside a police barracks in Vitoria, killing two officers. The attack was claimed "
        "by ETA.==Reactions==The government condemned the bombing."
    )
    record = extract_text(text)

    assert "ETA" in {p.name for i in record.incidents for p in i.perpetrators}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Police said Sgt. Juan Perez was shot dead near the market in Tegucigalpa on Tuesday.", "Sgt. Juan Perez"),
        ("Supt. Tom Mwangi told reporters that the bandits drove off 200 cattle.", "Supt. Tom Mwangi"),
        ("Pvt. James Lee and Cpl. Tom Hardy were killed when the convoy was ambushed.", "Cpl. Tom Hardy"),
        ("Brig. Gen. Mohammed Yerima said in Abuja that eight soldiers died in the raid.", "Brig. Gen. Mohammed"),
        ("The district's police chief, Insp. Gen. Usman Baba, ordered an inquiry.", "Insp. Gen. Usman Baba"),
        ("Lt. Col. Ahmed Khan, the sector commander, said three soldiers were killed.", "Lt. Col. Ahmed Khan"),
        ("The raid was led by Lt.-Col. Ahmed Khan, officials said.", "Lt.-Col. Ahmed Khan, officials"),
        ("Rebels ambushed Maj.-Gen. Peter Okello's convoy near Gulu.", "Maj.-Gen. Peter Okello's convoy"),
        ("The bomb went off at St. Mary's Church on Jan. 5 at 9 a.m. local time.", "St. Mary's Church on Jan. 5"),
        ("The shooting took place at No. 4 Market Road shortly after 10 p.m. on Sept. 12.", "No. 4 Market Road"),
        ("Elder Abdullahi M. Hassan said 20 villagers were abducted overnight.", "Abdullahi M. Hassan said"),
        ("Residents said U.S. troops and U.N. staff were evacuated from the base.", "U.S. troops and U.N. staff"),
        ("A 62-year-old man was stabbed to death in Leeds, police said.", "A 62-year-old man was"),
        ("The attack happened at 3 p.m. Tuesday in the capital, Bamako.", "3 p.m. Tuesday in"),
        ("The officer, Const. Brian Holt, suffered stab wounds to the face.", "Const. Brian Holt, suffered"),
        ("Cst. Amy Singh was struck by the fleeing car, police said.", "Cst. Amy Singh was"),
        ("Pfc. Daniel Ortiz was killed when the patrol was ambushed.", "Pfc. Daniel Ortiz was"),
    ],
)
def test_titles_abbreviations_and_initials_do_not_end_a_sentence(text: str, phrase: str) -> None:
    doc = load_nlp()(text)

    assert doc.text == text
    assert any(phrase in s.text for s in doc.sents)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The gunman opened fire at 3 p.m. They fled before police arrived.", "They fled"),
        ("The blast was reported at 4:40 a.m. It was heard across the city.", "It was heard"),
        ("Two soldiers were killed, said Capt. Ali Musa. He gave no other details.", "He gave"),
        ("They lived in the U.S. Both victims were students.", "Both victims"),
    ],
)
def test_a_real_stop_after_an_abbreviation_still_ends_a_sentence(text: str, second: str) -> None:
    doc = load_nlp()(text)

    assert any(s.text.startswith(second) for s in doc.sents)


def test_a_title_at_a_line_end_does_not_join_the_next_line() -> None:
    doc = load_nlp()("Police name victim as Insp.\nA roadside bomb killed two officers.")

    assert any(s.text.startswith("A roadside bomb") for s in doc.sents)


def test_a_title_keeps_its_name_in_the_record() -> None:
    text = "KANO, Nigeria - Gunmen shot dead Supt. Musa Adamu, a police divisional officer, in Kano on Monday."
    record = extract_text(text)

    assert any("Musa Adamu" in v.name for i in record.incidents for v in i.victims)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Insurgents attacked the base at about 2 a.m. and killed a farmer and Pvt. Musa Ibrahim, the army said.",
            "Musa Ibrahim",
        ),
        (
            "NAIROBI, Kenya, Jan. 14 (Reuters) - Bandits shot dead Insp. Peter Njoroge in Baringo on Sunday.",
            "Peter Njoroge",
        ),
    ],
)
def test_a_victim_named_after_a_title_is_kept_without_it(text: str, victim: str) -> None:
    record = extract_text(text)

    assert victim in {v.name for i in record.incidents for v in i.victims}


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("DERA ISMAIL KHAN: Unidentified gunmen shot dead a tehsil chairman on Tuesday, police said.", "Unidentified"),
        ("PESHAWAR: At least five policemen were martyred when militants attacked a checkpoint.", "At least five"),
        ("KUMBO: Gunmen storm college, abduct nine students\n\nPanic has gripped the town.", "Gunmen storm"),
    ],
)
def test_an_all_capitals_dateline_with_a_colon_is_a_sentence_of_its_own(text: str, lead: str) -> None:
    sents = [s.text for s in load_nlp()(text).sents]

    assert sents[0] == text[: text.index(":") + 1]
    assert sents[1].startswith(lead)


def test_a_colon_after_an_ordinary_subject_does_not_split() -> None:
    text = 'NATO said: "We condemn the attack on the convoy."'

    assert len(list(load_nlp()(text).sents)) == 1
