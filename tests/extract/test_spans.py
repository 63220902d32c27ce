"""Helpers over spaCy spans: the cached entity list must read exactly as spaCy's own `.ents`."""

import pytest

from polybius.extract.nlp import load_nlp
from polybius.extract.spans import entities, passive, pluperfect, tokens

TEXT = (
    "KABUL, March 3 (Reuters) - A suicide bomber struck a mosque in Kunduz on Friday, killing 12 people. "
    "The Taliban government's spokesman Zabihullah Mujahid condemned the attack. "
    "Islamic State's Amaq news agency said its fighter Abu Omar al-Khorasani carried it out."
)


def test_entities_of_each_sentence_are_spacys_own() -> None:
    doc = load_nlp()(TEXT)
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in entities(sent)] == [(e.start, e.end, e.label_) for e in sent.ents]


def test_entities_of_the_document_follow_the_document_asked_about() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp("Gunmen killed three police officers in Peshawar on Sunday.")
    assert [e.text for e in entities(first)] == [e.text for e in first.ents]
    assert [e.text for e in entities(second)] == [e.text for e in second.ents]
    assert "Peshawar" in [e.text for e in entities(second)]


def test_tokens_are_the_documents_own_and_follow_the_document_asked_about() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp("Gunmen killed three police officers in Peshawar on Sunday.")
    assert [(t.i, t.text) for t in tokens(first)] == [(t.i, t.text) for t in first]
    assert [t.text for t in tokens(second)][:3] == ["Gunmen", "killed", "three"]
    assert tokens(second) is tokens(second)


def test_a_phrase_never_reaches_past_its_own_verb() -> None:
    from polybius.extract.spans import phrase

    doc = load_nlp()(
        "In a separate strike on Friday, three children were killed while playing football, "
        "the UN children's agency UNICEF and Save the Children said."
    )
    children = next(t for t in doc if t.lower_ == "children")
    assert phrase(children).text == "three children"


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("The attack was ordered by the group's commander.", "ordered", True),
        ("Al-Shabaab is believed to be behind the blast.", "believed", True),
        ("The commander ordered the attack on Tuesday.", "ordered", False),
    ],
)
def test_a_passive_verb_has_its_passive_auxiliary_or_subject(sentence: str, verb: str, expected: bool) -> None:
    [tok] = [t for t in load_nlp()(sentence) if t.text == verb]
    assert passive(tok) is expected


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("Officials said 17 soldiers had been killed in the ambush.", "killed", True),
        ("A military source had told AFP that eight soldiers died.", "told", True),
        ("Officials said 17 soldiers were killed in the ambush.", "killed", False),
        ("The governor has condemned the attack.", "condemned", False),
    ],
)
def test_a_pluperfect_verb_has_had_as_its_auxiliary(sentence: str, verb: str, expected: bool) -> None:
    [tok] = [t for t in load_nlp()(sentence) if t.text == verb]
    assert pluperfect(tok) is expected
