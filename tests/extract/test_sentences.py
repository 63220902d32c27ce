"""Per-sentence analysis: flags that tie a sentence to the one before it."""

from __future__ import annotations

from polybius.extract import load_nlp
from polybius.extract.sentences import analyze
from polybius.pipeline import extract_text

SPLIT_LIST = ("Gunmen in a pickup truck shot dead three people near a market in Baquba on Monday: Ali Hussein "
              "al-Tamimi, a deputy governor of Diyala, and two of his guards, officials said.")


def test_the_sentence_after_a_violent_one_ending_in_a_colon_lists_its_victims() -> None:
    nlp = load_nlp()
    infos = analyze(nlp(SPLIT_LIST), nlp, None)
    assert len(infos) == 2
    assert [i.lists_victims for i in infos] == [False, True]


def test_a_named_official_in_the_list_is_a_victim_of_an_assassination() -> None:
    [incident] = extract_text(SPLIT_LIST).incidents
    names = [v.name for v in incident.victims]
    assert "Ali Hussein al-Tamimi" in names
    assert any("guards" in n for n in names)
    assert "assassination" in {e.value for e in incident.event_types}
