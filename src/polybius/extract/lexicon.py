"""Actor lexicon: armed groups, their media outlets and generic perpetrator phrases.

The data live in ``data/actors.json``. :func:`actor_matcher` builds a spaCy matcher that finds
non-overlapping, longest mentions; :func:`canonical`, :func:`parent_of` and :func:`lookup`
resolve a free-text name.

Case rules: an alias that is all capitals and at most four letters long (``IS``, ``ELN``,
``M-19``), or that an entry lists under ``exact`` (``LeT``, ``Isis``, ``The Base``), matches
case-sensitively; every other alias matches case-insensitively. Hyphen, apostrophe and accent
variants of case-insensitive aliases are generated here, not stored. In upper-case text (wire
copy, MUC-4) case-sensitive aliases marked ``ambiguous`` (``IS``, ``FAR``, ``RN``) are dropped,
since there every word is in capitals. ``ActorMatcher(doc, upper_case=...)``: None (default)
decides per match from the surrounding stop words and words of five or more letters, so nearby
acronyms ("IS, AQAP and JNIM") do not make mixed-case text look upper-case; True treats the
whole doc as upper-case; False never does. Mentions right after "anti-"/"counter-" are dropped.
Generic phrases ("unidentified gunmen", kind ``unknown``) are returned only with
``generic=True``, so callers that treat every mention as a named actor need not filter them.
``ActorMention.attributive`` marks affiliation compounds ("al Qaeda-linked al-Shabaab"), where
the named group describes another actor rather than acting itself.

Name lookup (:func:`lookup`, :func:`canonical`) follows the same case rules, except that
unambiguous acronyms also resolve in any case ("isis", "Fmln"); ambiguous ones ("is") never do.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

DATA_PACKAGE = "polybius.extract"
DATA_FILE = "data/actors.json"
IGNORE_KEY = "__ignore__"
NEGATORS = frozenset({"anti", "counter"})
AFFILIATION = frozenset({
    "linked", "affiliated", "allied", "aligned", "backed", "inspired", "connected", "tied",
    "leaning", "loyal", "sponsored", "supported",
})  # fmt: skip
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ash", "ar", "az"})
UPPER_WINDOW = 12
UPPER_RATIO = 0.6
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "—": "-", "‐": "-"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One lexicon entry: an armed group, a media outlet or a generic phrase."""

    name: str
    kind: str
    type: str
    aliases: tuple[str, ...]
    parent: str | None = None
    region: str | None = None
    ambiguous: frozenset[str] = frozenset()
    exact: frozenset[str] = frozenset()
    plural: bool | None = None
    countries: frozenset[str] = frozenset()

    def forms(self) -> tuple[str, ...]:
        """The name followed by every alias, without duplicates."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    def case_sensitive(self, alias: str) -> bool:
        """Whether ``alias`` must match with its exact capitalisation."""
        return alias in self.exact or is_short_acronym(alias)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A matched actor mention in a spaCy Doc."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    canonical: str
    kind: str
    type: str
    parent: str | None
    ambiguous: bool = False
    plural: bool | None = None
    attributive: bool = False

    @property
    def name(self) -> str:
        """Alias of ``canonical``."""
        return self.canonical


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All entries of actors.json plus lookup tables keyed by normalised alias."""

    groups: tuple[ActorEntry, ...]
    media: tuple[ActorEntry, ...]
    generic: tuple[ActorEntry, ...]
    ignore: tuple[str, ...]
    exact_index: dict[str, ActorEntry]
    folded_index: dict[str, ActorEntry]
    loose_index: dict[str, ActorEntry]

    @property
    def entries(self) -> tuple[ActorEntry, ...]:
        """Groups, media and generic entries in file order."""
        return self.groups + self.media + self.generic

    @property
    def by_name(self) -> dict[str, ActorEntry]:
        """Entries keyed by canonical name."""
        return {e.name: e for e in self.entries}


# --------------------------------------------------------------------------- text helpers


def is_short_acronym(alias: str) -> bool:
    """True for an all-caps alias of at most four letters (``IS``, ``FARC``, ``M-19``)."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters)


def strip_accents(text: str) -> str:
    """``Martí`` -> ``Marti``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean(text: str) -> str:
    """Straight quotes, ASCII hyphens, single spaces, no accents; case kept."""
    return " ".join(strip_accents(text.translate(_QUOTES)).split())


def fold(text: str) -> str:
    """Case- and punctuation-insensitive key: no apostrophes, hyphens as spaces."""
    return " ".join(clean(text).replace("'", "").replace("-", " ").casefold().split())


def variants(alias: str, case_sensitive: bool) -> set[str]:
    """Surface forms to match for one alias (accents, curly quotes, hyphens)."""
    forms = {alias, clean(alias), strip_accents(alias)}
    if not case_sensitive:
        forms |= {f.replace("'", "") for f in forms if "'" in f}
        forms |= {f.replace("-", " ") for f in forms if "-" in f}
    forms |= {f.replace("'", "’") for f in forms if "'" in f}
    return forms


# --------------------------------------------------------------------------- loading


def _entry(raw: dict[str, Any]) -> ActorEntry:
    """Build an ActorEntry from one JSON object."""
    return ActorEntry(
        name=raw["name"],
        kind=raw["kind"],
        type=raw.get("type", "generic"),
        aliases=tuple(raw.get("aliases", ())),
        parent=raw.get("parent"),
        region=raw.get("region"),
        ambiguous=frozenset(raw.get("ambiguous", ())),
        exact=frozenset(raw.get("exact", ())),
        plural=raw.get("plural"),
        countries=frozenset(raw.get("countries", ())),
    )


def _claim(index: dict[str, ActorEntry], key: str, entry: ActorEntry) -> None:
    """Register ``key`` for ``entry``; a key claimed by two entries is a data error."""
    owner = index.setdefault(key, entry)
    if owner is not entry:
        raise ValueError(f"alias {key!r} is shared by {owner.name!r} and {entry.name!r}")


def _indexes(entries: Iterable[ActorEntry]) -> tuple[dict[str, ActorEntry], dict[str, ActorEntry]]:
    """Exact-case and folded alias tables; raises on an alias shared by two entries."""
    exact: dict[str, ActorEntry] = {}
    folded: dict[str, ActorEntry] = {}
    for entry in entries:
        for alias in entry.forms():
            if entry.case_sensitive(alias):
                _claim(exact, clean(alias), entry)
            else:
                _claim(folded, fold(alias), entry)
    return exact, folded


def load_actors() -> tuple[ActorEntry, ...]:
    """The armed groups of the lexicon (no media outlets, no generic phrases)."""
    return load_lexicon().groups


def _loose_index(entries: Iterable[ActorEntry], folded: dict[str, ActorEntry]) -> dict[str, ActorEntry]:
    """Folded keys of unambiguous short acronyms ("isis", "Farc"), for name lookup only."""
    loose: dict[str, ActorEntry | None] = {}
    for entry in entries:
        for alias in entry.forms():
            key = fold(alias)
            if is_short_acronym(alias) and alias not in entry.ambiguous and key not in folded:
                loose[key] = entry if loose.get(key, entry) is entry else None
    return {k: e for k, e in loose.items() if e is not None}


def _read_data() -> dict[str, Any]:
    """Parse actors.json from the installed package."""
    path = resources.files(DATA_PACKAGE).joinpath(DATA_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The actor lexicon, read and validated once per process."""
    data = _read_data()
    groups, media, generic = (tuple(_entry(r) for r in data.get(k, ())) for k in ("groups", "media", "generic"))
    entries = groups + media + generic
    exact, folded = _indexes(entries)
    ignore = tuple(data.get("ignore", ()))
    return Lexicon(groups, media, generic, ignore, exact, folded, _loose_index(entries, folded))


# --------------------------------------------------------------------------- name lookup


def _candidates(name: str) -> Iterator[str]:
    """The name as given, then without a leading "the" and a trailing possessive."""
    text = clean(name).strip(" \"',.;:")
    if text[:1] + text[-1:] in ("()", "[]"):
        text = text[1:-1].strip()
    yield text
    bare = text[4:] if text.lower().startswith("the ") else text
    for suffix in ("'s", "'"):
        bare = bare.removesuffix(suffix)
    if bare != text:
        yield bare


def lookup(name: str) -> ActorEntry | None:
    """The entry (group, media outlet or generic phrase) that ``name`` refers to."""
    lex = load_lexicon()
    for text in _candidates(name):
        key = fold(text)
        entry = lex.exact_index.get(text) or lex.folded_index.get(key) or lex.loose_index.get(key)
        if entry is not None:
            return entry
    return None


def canonical(name: str) -> str | None:
    """Canonical name of the armed group or media outlet ``name`` refers to, else None."""
    entry = lookup(name)
    return entry.name if entry is not None and entry.kind != "unknown" else None


def parent_of(name: str) -> str | None:
    """Canonical name of the parent organisation of ``name``, if any."""
    entry = lookup(name)
    return entry.parent if entry is not None else None


def active_in(name: str, country: str) -> bool | None:
    """Whether the group ``name`` operates in ``country`` (ISO code), or None when the lexicon does not say."""
    entry = lookup(name)
    return country in entry.countries if entry is not None and entry.countries else None


def lineage(name: str) -> list[str]:
    """``name`` and its ancestors, nearest first (ISKP -> [ISKP, Islamic State])."""
    by_name = load_lexicon().by_name
    chain: list[str] = []
    current = canonical(name)
    while current is not None and current not in chain:
        chain.append(current)
        current = by_name[current].parent
    return chain


# --------------------------------------------------------------------------- matcher


def _patterns(entry: ActorEntry) -> Iterator[tuple[str, bool, bool]]:
    """(surface form, case-sensitive, ambiguous) for every form of an entry."""
    for alias in entry.forms():
        sensitive = entry.case_sensitive(alias)
        for form in variants(alias, sensitive):
            yield form, sensitive, alias in entry.ambiguous


class ActorMatcher:
    """Finds actor mentions (groups, media outlets, generic phrases) in a Doc."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        """Compile every alias of ``lexicon`` into two PhraseMatchers."""
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._labels: dict[int, tuple[ActorEntry | None, bool]] = {}
        self._compile(nlp, lexicon)

    def _compile(self, nlp: Language, lexicon: Lexicon) -> None:
        """Tokenise all patterns in one pass and add them by (entry, ambiguous) key."""
        rows = [(e, *p) for e in lexicon.entries for p in _patterns(e)]
        rows += [(None, text, False, False) for text in lexicon.ignore]
        docs = nlp.tokenizer.pipe(text for _, text, _, _ in rows)
        buckets: dict[tuple[str, bool], list[Doc]] = {}
        for (entry, _, sensitive, ambiguous), doc in zip(rows, docs, strict=True):
            key = self._key(nlp, entry, ambiguous)
            buckets.setdefault((key, sensitive), []).append(doc)
        for (key, sensitive), patterns in buckets.items():
            (self._orth if sensitive else self._lower).add(key, patterns)

    def _key(self, nlp: Language, entry: ActorEntry | None, ambiguous: bool) -> str:
        """Match label for an entry; registers its hash -> (entry, ambiguous)."""
        key = IGNORE_KEY if entry is None else f"{entry.kind}:{entry.name}:{int(ambiguous)}"
        self._labels[nlp.vocab.strings.add(key)] = (entry, ambiguous)
        return key

    def __call__(self, doc: Doc, *, generic: bool = False, upper_case: bool | None = None) -> list[ActorMention]:
        """Longest non-overlapping mentions in text order; see module doc for the options."""
        spans = [Span(doc, s, e, label=m) for m, s, e in self._lower(doc) if generic or self._named(m)]
        spans += [
            Span(doc, s, e, label=m)
            for m, s, e in self._orth(doc)
            if not (self._labels[m][1] and _in_upper_case(doc, s, e, upper_case))
        ]
        kept = sorted(filter_spans(spans), key=lambda sp: sp.start)
        return [self._mention(sp) for sp in kept if self._wanted(sp)]

    def _named(self, label: int) -> bool:
        """False for generic phrases ("gunmen"), which are opt-in."""
        entry = self._labels[label][0]
        return entry is None or entry.kind != "unknown"

    def _wanted(self, span: Span) -> bool:
        """Drop ignore-list phrases and negated mentions such as "anti-ISIS"."""
        entry, _ = self._labels[span.label]
        return entry is not None and not _negated(span.doc, span.start) and not _name_goes_on(span.doc, span.end)

    def _mention(self, span: Span) -> ActorMention:
        """ActorMention for a kept span."""
        entry, ambiguous = self._labels[span.label]
        assert entry is not None
        return ActorMention(
            start=span.start,
            end=span.end,
            start_char=span.start_char,
            end_char=span.end_char,
            text=span.text,
            canonical=entry.name,
            kind=entry.kind,
            type=entry.type,
            parent=entry.parent,
            ambiguous=ambiguous,
            plural=entry.plural,
            attributive=_attributive(span.doc, span.end) or _supporter(span.doc, span.start),
        )


def _negated(doc: Doc, start: int) -> bool:
    """True when the mention is the object of an "anti-"/"counter-" prefix."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NEGATORS


def _name_goes_on(doc: Doc, end: int) -> bool:
    """True when an Arabic article glued to a capitalised word follows ("al-Shabab al-Muslim", "Jaish al-Adl"): the
    match is only the start of a longer name, another group's."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ARABIC_ARTICLES or doc[end + 1].text != "-":
        return False
    glued = not doc[end].whitespace_ and not doc[end + 1].whitespace_
    return bool(doc[end - 1].whitespace_) and glued and doc[end + 2].text[:1].isupper()


def _attributive(doc: Doc, end: int) -> bool:
    """True for an affiliation compound such as "al-Qaeda-linked" or "Iran-backed"."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in AFFILIATION


def _supporter(doc: Doc, start: int) -> bool:
    """True for a "pro-" prefix ("a pro-Islamic State faction"): a supporter of the group, not the group."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro"


def _in_upper_case(doc: Doc, start: int, end: int, upper_case: bool | None) -> bool:
    """Whether stop words and 5+ letter words around the match are mostly capitals."""
    if upper_case is not None:
        return upper_case
    window = [*doc[max(0, start - UPPER_WINDOW) : start], *doc[end : end + UPPER_WINDOW]]
    words = [t for t in window if t.is_alpha and (t.is_stop or len(t) >= 5)]
    return bool(words) and sum(t.is_upper for t in words) >= UPPER_RATIO * len(words)


@lru_cache(maxsize=4)
def actor_matcher(nlp: Language) -> ActorMatcher:
    """The ActorMatcher for ``nlp``, built once per pipeline."""
    return ActorMatcher(nlp, load_lexicon())
