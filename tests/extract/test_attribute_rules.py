"""The look-up attribute rules give exactly what the model's AttributeRuler gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from polybius.extract.attribute_rules import AttributeRules
from polybius.extract.nlp import MODEL_NAME, load_nlp

TEXTS = [
    "KABUL, Oct 8 (Reuters) - A suicide bomber killed at least 11 worshippers at a Shi'ite mosque on Friday.",
    "There is no evidence, the ministry said. \n\n  It's done; let's go, y'all.",
    "i ain't gonna do it, said the man who'd been hit. You gotta see it.",
    "gunmen killed five soldiers in san miguel department, the army said today.",
]


@pytest.fixture(scope="module")
def model() -> Language:
    """The model as installed, with its own AttributeRuler."""
    return spacy.load(MODEL_NAME)


def _annotations(nlp: Language, text: str, rules: object) -> list[tuple[str, str, str, str, str]]:
    doc = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    rules(doc)
    nlp.get_pipe("lemmatizer")(doc)
    return [(tok.pos_, tok.tag_, str(tok.morph), tok.lemma_, tok.dep_) for tok in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_the_models_attribute_ruler(model: Language, text: str) -> None:
    ruler = model.get_pipe("attribute_ruler")
    fast = AttributeRules(model.vocab, ruler.patterns)
    assert _annotations(model, text, fast) == _annotations(model, text, ruler)


def test_the_loaded_pipeline_uses_the_look_up_rules() -> None:
    nlp = load_nlp()
    assert "polybius_attribute_rules" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    doc = nlp("She ain't gonna stop the gunmen.")
    assert [tok.lemma_ for tok in doc][:4] == ["she", "be", "not", "go"]
    assert doc[0].pos_ == "PRON" and doc[0].morph.get("Case") == ["Nom"]


def test_an_unsupported_pattern_is_refused(model: Language) -> None:
    with pytest.raises(ValueError, match="ORTH"):
        AttributeRules(model.vocab, [{"patterns": [[{"ORTH": "x"}]], "attrs": {"POS": "X"}}])
