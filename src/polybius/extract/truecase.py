"""Restoring capitals in case-less text (all lower case or all upper case) before spaCy parses it.

The small English model finds almost no named entities, and the armed-group lexicon no acronyms
("fmln"), in text without capitals, such as MUC-4 wire copy. `truecase` gives such text back the
capitals a news writer would use, one character for one character, so every offset into the
truecased text is an offset into the original and evidence can slice the original text.

A word is capitalised when it starts a sentence, when a lexicon phrase covers it ("shining path"
-> "Shining Path", "san salvador"), when the lexicon gives it a cased form ("salvador", "fmln",
"february", "salvadoran"), when it is no common English word at all, nor an affixed form, British
spelling or compound of one (names such as "cerezo"; acronym-shaped ones such as "urng" go to
capitals), or when it is a common word that is also a name, inside a name ("travis dean koller").
The lexicon (data/truecase.json and the common-word list data/truecase_common.txt.gz) is built
by bench/truecase_build.py.

`is_caseless` decides whether a text needs this: mixed-case news never goes through it.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from polybius.extract.resources import load_data

WORD = re.compile(r"[^\W_]+")  # letters and digits: "m23", "50th" are one word
DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")  # u.s., u.n.
VOWELS = frozenset("aeiouy")
DIGRAPHS = re.compile("th|ch|sh|ph|gh|ck")
SAMPLE_CHARS = 20_000
MIN_WORDS = 20  # shorter texts (headlines, lexicon patterns) are never truecased
CAPITAL_SHARE = 0.05  # fewer words than this starting with a capital: lower-case text
UPPER_SHARE = 0.8  # more words than this in capitals: upper-case text
MAX_PHRASE = 6
SENTENCE_END = frozenset(".!?")
OPENERS = frozenset("\"'([\u201c\u2018- ")
ABBREVIATIONS = frozenset({
    "col", "gen", "lt", "capt", "maj", "sgt", "msgr", "mr", "mrs", "ms", "dr", "st", "no", "vs",
    "sen", "rep", "gov", "adm", "cmdr", "prof", "rev", "fr", "jr", "sr", "inc", "co", "corp",
})  # fmt: skip
TITLES = frozenset({
    "president", "judge", "colonel", "col", "general", "gen", "minister", "mayor", "senator", "deputy",
    "father", "bishop", "archbishop", "msgr", "dr", "mr", "mrs", "captain", "capt", "lieutenant", "lt",
    "major", "sergeant", "sgt", "commander", "governor", "ambassador", "priest", "journalist", "attorney",
})  # fmt: skip
PREFIXES = ("anti", "counter", "non", "pro", "pre", "post", "re", "un", "ex", "semi", "multi", "para", "narco")
BRITISH = (("our", "or"), ("tre", "ter"), ("isa", "iza"), ("ise", "ize"), ("isi", "izi"), ("yse", "yze"),
           ("ence", "ense"), ("ll", "l"), ("ogue", "og"), ("ae", "e"), ("oe", "e"))
SUFFIXES = ("s", "es", "ed", "ing", "ly", "al", "ist", "ists", "ism", "ic", "er", "ers")


@dataclass(frozen=True)
class Lexicon:
    """Cased forms of words and phrases, and the common lower-case words."""

    words: dict[str, str]
    phrases: dict[str, str]
    twins: dict[str, str]
    common: frozenset[str]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The truecasing lexicon from data/, read once per process."""
    data = load_data("truecase.json")
    with resources.files("polybius.extract").joinpath("data", "truecase_common.txt.gz").open("rb") as fh:
        common = frozenset(gzip.decompress(fh.read()).decode("utf-8").split())
    return Lexicon(data["words"], data["phrases"], data["twins"], common)


def is_caseless(text: str) -> bool:
    """True for text in one case: few words start with a capital, or nearly all are in capitals."""
    words = WORD.findall(text[:SAMPLE_CHARS])
    if len(words) < MIN_WORDS:
        return False
    capital = sum(w[0].isupper() for w in words)
    upper = sum(w.isupper() for w in words)
    return capital < CAPITAL_SHARE * len(words) or upper > UPPER_SHARE * len(words)


def _lower(text: str) -> str:
    """Lower case of the same length (characters whose lower case is longer are kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _derived(word: str, common: frozenset[str]) -> bool:
    """A common word with an affix or a compound of two ("counterinsurgency", "machineguns")."""
    for suffix in SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and (stem in common or stem + "e" in common):
            return True
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3 and word[len(prefix) :] in common:
            return True
    return any(word[:i] in common and (word[i:] in common or _inflected(word[i:], common))
               for i in range(5, len(word) - 2))


def _british(word: str, common: frozenset[str]) -> bool:
    """A British spelling of a common word ('centre', 'neighbourhoods', 'radicalisation', 'defence')."""
    for old, new in BRITISH:
        if old in word:
            american = word.replace(old, new)
            if american in common or _derived(american, common):
                return True
    return False


def _inflected(word: str, common: frozenset[str]) -> bool:
    """A common word plus a plural or past ending."""
    return any(word.endswith(s) and word[: -len(s)] in common for s in ("s", "es", "ed", "ned"))


def _acronym(word: str) -> bool:
    """Letters no English word has: no vowel, or three consonants in a row ("fmln", "urng"; "porth"
    has two, counting "th" as one)."""
    if not 2 <= len(word) <= 5:
        return False
    if not any(c in VOWELS for c in word):
        return True
    run = 0
    for c in DIGRAPHS.sub("t", word):
        run = 0 if c in VOWELS else run + 1
        if run >= 3:
            return True
    return False


@lru_cache(maxsize=65536)
def cased_word(word: str) -> str | None:
    """The cased form of a lower-case word inside a sentence, or None to keep it as it is."""
    lex = load_lexicon()
    form = lex.words.get(word)
    if form is not None or not word.isalpha():
        return form  # "m23" from the lexicon; "50th", "1980s" as they are
    if len(word) < 3 or word in lex.common or _derived(word, lex.common) or _british(word, lex.common):
        return None
    return word.upper() if _acronym(word) else word.capitalize()


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence: text start, a line or paragraph, or after . ! ?"""
    i = start - 1
    while i >= 0 and text[i] in OPENERS:
        if text[i] == " " and i > 0 and text[i - 1] == " ":
            return True
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] not in SENTENCE_END:
        return False
    before = WORD.findall(text[max(0, i - 12) : i])
    return not (text[i] == "." and before and (before[-1] in ABBREVIATIONS or len(before[-1]) == 1))


def truecase(text: str) -> str:
    """`text` with capitals restored; the result has the same length and the same letters."""
    low = _lower(text)
    chars = list(low)
    words = list(WORD.finditer(low))
    covered = _apply_phrases(low, words, chars)
    named: set[int] = set()
    for n, m in enumerate(words):
        word = m.group()
        if n in covered:
            continue
        form = cased_word(word) or (word.upper() if word == "i" else None)
        if form is not None and form[0].isupper():
            named.add(n)
        if form is None and _sentence_start(low, m.start()):
            form = word.capitalize()
        _put(chars, m.start(), word, form)
    _name_twins(low, words, named, covered, chars)
    for m in DOTTED.finditer(low):
        chars[m.start() : m.end()] = m.group().upper()
    for n, m in enumerate(words):
        if n not in covered and _sentence_start(low, m.start()):
            chars[m.start()] = chars[m.start()].upper()
    return "".join(chars)


def _name_twins(low: str, words: list[re.Match[str]], named: set[int], covered: set[int],
                chars: list[str]) -> None:
    """A common word that is also a name is one inside a name: between two capitalised words
    ("travis dean koller"), or after a title and before one ("judge hector larios")."""
    twins = load_lexicon().twins
    for n in range(1, len(words) - 1):
        word = words[n].group()
        if n in covered or n in named or word not in twins or n + 1 not in named:
            continue
        gaps = (low[words[n - 1].end() : words[n].start()], low[words[n].end() : words[n + 1].start()])
        if gaps != (" ", " "):
            continue
        if n - 1 in named or words[n - 1].group() in TITLES:
            _put(chars, words[n].start(), word, twins[word])


def _put(chars: list[str], start: int, word: str, form: str | None) -> None:
    """Write `form` over `word` when it is the same word in another case."""
    if form and len(form) == len(word) and form.lower() == word:
        chars[start : start + len(word)] = form


def _apply_phrases(low: str, words: list[re.Match[str]], chars: list[str]) -> set[int]:
    """Case lexicon phrases (longest first); the indices of the words they cover."""
    phrases = load_lexicon().phrases
    covered: set[int] = set()
    n = 0
    while n < len(words):
        size = _phrase_at(low, words, n, phrases)
        if size:
            form = phrases[" ".join(m.group() for m in words[n : n + size])].split()
            for m, part in zip(words[n : n + size], form, strict=True):
                _put(chars, m.start(), m.group(), part)
            covered.update(range(n, n + size))
            n += size
        else:
            n += 1
    return covered


def _phrase_at(low: str, words: list[re.Match[str]], n: int, phrases: dict[str, str]) -> int:
    """Length of the longest lexicon phrase starting at word n (words joined by spaces or hyphens)."""
    best = 0
    for size in range(2, min(MAX_PHRASE, len(words) - n) + 1):
        gap = low[words[n + size - 2].end() : words[n + size - 1].start()]
        if gap not in (" ", "-"):
            break
        if " ".join(m.group() for m in words[n : n + size]) in phrases:
            best = size
    return best
