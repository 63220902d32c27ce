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
