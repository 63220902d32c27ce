"""Tests for restoring capitals in case-less text before parsing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from polybius.extract.lexicon import actor_matcher
from polybius.extract.nlp import load_nlp
from polybius.extract.spans import doc_text, span_evidence
from polybius.extract.truecase import cased_word, is_caseless, truecase

LOWER = (
    "heavy fighting with air support raged last night in northwestern san salvador when members of "
    "the farabundo marti national liberation front (fmln) attacked an electric power substation.  "
    "according to preliminary reports, a soldier guarding the substation was wounded.  president "
    "cristiani said the shining path and the urng had nothing to do with it."
)
MIXED = (
    "Gunmen killed 12 people at a market in Maiduguri on Sunday, police said. The Islamic State "
    "West Africa Province claimed the attack in a statement, and the army said troops were deployed "
    "to the area after the shooting."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The shared English pipeline."""
    return load_nlp()


def test_lower_and_upper_case_text_is_caseless() -> None:
    assert is_caseless(LOWER)
    assert is_caseless(LOWER.upper())


def test_mixed_case_news_and_short_texts_are_not_caseless() -> None:
    assert not is_caseless(MIXED)
    assert not is_caseless("FMLN")
    assert not is_caseless("shining path")


def test_truecase_keeps_length_and_letters() -> None:
    for text in (LOWER, LOWER.upper(), "straße İstanbul " * 10):
        cased = truecase(text)
        assert len(cased) == len(text)
        assert cased.lower() == text.lower() or len(text.lower()) != len(text)


def test_names_acronyms_phrases_and_sentence_starts_get_capitals() -> None:
    cased = truecase(LOWER)
    assert cased.startswith("Heavy fighting")
    assert "San Salvador" in cased
    assert "Farabundo Marti National Liberation Front (FMLN)" in cased
    assert "According to" in cased
    assert "President Cristiani" in cased or "president Cristiani" in cased
    assert "Shining Path" in cased and "URNG" in cased


def test_common_words_stay_lower_case() -> None:
    cased = truecase(LOWER)
    for phrase in ("attacked an electric power substation", "a soldier guarding the substation"):
        assert phrase in cased


def test_upper_case_text_comes_out_mixed() -> None:
    cased = truecase(LOWER.upper())
    assert "San Salvador" in cased and "FMLN" in cased and "attacked an electric" in cased


def test_abbreviation_does_not_start_a_sentence() -> None:
    text = "the spokesman, col. isaacs, said the attack was repelled by the troops. " * 3
    assert "col. Isaacs" in truecase(text)


def test_parsed_case_less_doc_finds_entities_and_keeps_original_evidence(nlp: Language) -> None:
    doc = nlp(LOWER)
    assert doc_text(doc) == LOWER
    assert any(ent.text == "San Salvador" for ent in doc.ents)
    mentions = actor_matcher(nlp)(doc)
    assert {m.canonical for m in mentions} >= {"Farabundo Marti National Liberation Front", "Shining Path"}
    for ent in doc.ents:
        ev = span_evidence(ent)
        assert ev.text == LOWER[ev.start : ev.end]


def test_mixed_case_doc_is_parsed_as_written(nlp: Language) -> None:
    doc = nlp(MIXED)
    assert "polybius_truecased" not in doc.user_data
    assert doc.text == MIXED


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("galan", "Galan"),
        ("porth", "Porth"),
        ("urng", "URNG"),
        ("fmln", "FMLN"),
        ("salvador", "Salvador"),
        ("counterinsurgency", None),
        ("machinegunned", None),
        ("kidnappers", None),
        ("peasants", None),
    ],
)
def test_word_forms(word: str, form: str | None) -> None:
    assert cased_word(word) == form


def test_words_with_digits_come_from_the_lexicon_only() -> None:
    cased = truecase("the m23 rebels attacked a shop on 50th street in the 1980s, the army said on monday. " * 2)
    assert "The M23 rebels" in cased and "50th street" in cased and "1980s" in cased and "Monday" in cased


def test_common_words_inside_names_and_british_spellings() -> None:
    text = (
        "police chief daniel whitford identified the gunman as travis dean koller of spokane. "
        "the centre of the neighbourhood was closed, said judge hector larios. the dean said they may come. "
    )
    cased = truecase(text * 2)
    assert "Travis Dean Koller" in cased and "judge Hector Larios" in cased and "Daniel Whitford" in cased
    assert "centre of the neighbourhood" in cased and "The dean said they may come" in cased


def test_phrases_learned_from_cased_news() -> None:
    assert "the United Nations said" in truecase("the envoy of the united nations said the talks would go on. " * 3)


def test_truecasing_tokenizer_survives_pickling(nlp: Language) -> None:
    import pickle

    tokenizer = pickle.loads(pickle.dumps(nlp.tokenizer))
    doc = tokenizer(LOWER)
    assert doc.user_data["polybius_text"] == LOWER and "San Salvador" in doc.text
