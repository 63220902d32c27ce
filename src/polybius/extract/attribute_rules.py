"""The model's attribute rules (tag to POS and morphology, lemma exceptions) applied by look-up.

spaCy's AttributeRuler runs a Matcher whose IN and REGEX predicates are evaluated in Python for
every token, a tenth of the model's time. Its rules read only four token attributes, so each
distinct combination is decided once per process and then looked up. The result is the same as
the ruler's (tests/extract/test_attribute_rules.py compares them token by token).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

FIELDS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
Key = tuple[str, str, str, bool]
Test = Callable[[Key], bool]
Match = tuple[int, Mapping[int, Any]]
Looked = tuple[list[Match], dict[int, Any], frozenset[tuple[int, int]]]


@dataclass(frozen=True)
class Rule:
    """One pattern of the ruler: its position (later rules win), token tests, target and attributes."""

    ordinal: int
    tests: tuple[Test, ...]
    index: int
    attrs: Mapping[int, Any]


def _check(field: int, value: Any) -> Test:
    """A test of one token attribute against a Matcher value (equal, IN, NOT_IN or REGEX)."""
    if not isinstance(value, dict):
        return lambda key: key[field] == value
    if len(value) != 1:
        raise ValueError(f"unsupported attribute-ruler predicate {value!r}")
    ((op, arg),) = value.items()
    if op == "IN":
        members = frozenset(arg)
        return lambda key: key[field] in members
    if op == "NOT_IN":
        excluded = frozenset(arg)
        return lambda key: key[field] not in excluded
    if op == "REGEX":
        regex = re.compile(arg)
        return lambda key: bool(regex.search(key[field]))
    raise ValueError(f"unsupported attribute-ruler predicate {op!r}")


def _token_test(spec: Mapping[str, Any]) -> Test:
    """All of a token spec's attribute tests; a spec reading any other attribute is refused."""
    unknown = set(spec) - set(FIELDS)
    if unknown:
        raise ValueError(f"unsupported attribute-ruler token attributes {sorted(unknown)}")
    checks = tuple(_check(FIELDS[attr], value) for attr, value in spec.items())
    return lambda key: all(check(key) for check in checks)


def compile_rules(vocab: Vocab, patterns: Iterable[Mapping[str, Any]]) -> list[Rule]:
    """The ruler's patterns (`AttributeRuler.patterns`) as rules, in the ruler's order."""
    rules = []
    for ordinal, pattern in enumerate(patterns):
        attrs = normalize_token_attrs(vocab, dict(pattern["attrs"]))
        for alternative in pattern["patterns"]:
            tests = tuple(_token_test(spec) for spec in alternative)
            rules.append(Rule(ordinal, tests, pattern.get("index", 0), attrs))
    return rules


class AttributeRules:
    """Drop-in replacement for the model's attribute_ruler, with the same patterns."""

    def __init__(self, vocab: Vocab, patterns: Iterable[Mapping[str, Any]]) -> None:
        """Compile the patterns; one-token rules are memoised per token key."""
        rules = compile_rules(vocab, patterns)
        self.vocab = vocab
        self.single = [rule for rule in rules if len(rule.tests) == 1]
        self.multi = [rule for rule in rules if len(rule.tests) > 1]
        self._cache: dict[tuple[int, int, int, int], Looked] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set POS, MORPH, LEMMA (and the DEP of spaces) as the model's rules would."""
        looked = [self._lookup(tuple(row)) for row in doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()]
        extra = self._multi_matches([parts for _, _, parts in looked])
        for token, (matches, merged, _) in zip(doc, looked, strict=True):
            if token.i in extra:
                merged = _merge(sorted(matches + extra[token.i], key=lambda match: match[0]))
            if merged:
                set_token_attrs(token, merged)
        return doc

    def _lookup(self, row: tuple[int, int, int, int]) -> Looked:
        """The one-token rules a token matches and the (rule, position) parts of multi-token rules it
        fits, decided once per distinct (lower, tag, dep, is_space)."""
        found = self._cache.get(row)
        if found is None:
            strings = self.vocab.strings
            key = (strings[row[0]], strings[row[1]] if row[1] else "", strings[row[2]] if row[2] else "", bool(row[3]))
            singles = [(rule.ordinal, rule.attrs) for rule in self.single if rule.tests[0](key)]
            parts = frozenset(
                (number, offset)
                for number, rule in enumerate(self.multi)
                for offset, test in enumerate(rule.tests)
                if test(key)
            )
            found = self._cache[row] = (singles, _merge(singles), parts)
        return found

    def _multi_matches(self, parts: list[frozenset[tuple[int, int]]]) -> dict[int, list[Match]]:
        """Matches of the few multi-token rules, by the index of the token each one sets."""
        extra: dict[int, list[Match]] = {}
        for start, first in enumerate(parts):
            for number, offset in first:
                rule = self.multi[number]
                width = len(rule.tests)
                if offset or start + width > len(parts):
                    continue
                if all((number, step) in parts[start + step] for step in range(1, width)):
                    target = start + rule.index if rule.index >= 0 else start + width + rule.index
                    extra.setdefault(target, []).append((rule.ordinal, rule.attrs))
        return extra


def _merge(matches: list[Match]) -> dict[int, Any]:
    """The attributes of matches applied in rule order: a later rule overrides an earlier one."""
    merged: dict[int, Any] = {}
    for _, attrs in matches:
        merged.update(attrs)
    return merged


@Language.factory("polybius_attribute_rules", default_config={"patterns": []})
def make_attribute_rules(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> AttributeRules:
    """spaCy factory: the look-up attribute rules over the given AttributeRuler patterns."""
    return AttributeRules(nlp.vocab, patterns)
