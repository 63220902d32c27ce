"""Place mentions resolved in the gazetteer, and the choice of an incident's place.

The incident's place is the one the text ties to the attack ('in Konduga', "Moscow's Crocus City
Hall"), not every place the article names ('35 km from Maiduguri', 'flee into Ukraine').
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from polybius.distance import haversine_km
from polybius.extract.dates import is_act
from polybius.extract.gazetteer import Place, load_gazetteer, normalise
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import doc_text, entities, evidence, per_doc, tokens
from polybius.model import Location

PLACE_LABELS = frozenset({"GPE", "LOC"})
MISLABELLED = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LANGUAGE"})
FACILITY_LABELS = frozenset({"FAC", "ORG"})
KIND_SCORE = {"city": 3.0, "admin1": 2.0, "country": 1.0}
AT_WORDS = frozenset({"in", "at", "near", "of", "outside", "inside", "across", "on"})
AWAY_WORDS = frozenset({"from", "into", "to", "toward", "towards", "via", "across"})


@dataclass(frozen=True)
class PlaceMention:
    """A toponym or named facility in the text, with its gazetteer entry when it has one."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    place: Place | None
    facility: bool = False
    settlement: bool = False  # 'the village of Mucojo', 'Singu town': a settlement the gazetteer lacks
    support: float = 1.0  # the text's support for the place's country, 1.0 for its main country
    weak: bool = False  # a settlement only because a preposition places it ('killed in Tagarrou')


def _country_counts(doc: Doc) -> dict[str, int]:
    """How often the text names each country (as a place or a demonym), also where the tagger took the
    country's name for a person or an organisation ('Niger' tagged ORG); not as a noun's owner ('two U.S.
    citizens', "China's citizens"), which tells whose, not where."""
    gaz = load_gazetteer()
    counts: dict[str, int] = {}
    for ent in entities(doc):
        code = gaz.demonym(ent.text) if ent.label_ == "NORP" else None
        if code is None and ent.label_ in PLACE_LABELS | MISLABELLED and not _nationality(ent):
            place = gaz.named_country(_with_direction(ent).text)
            code = place.country_code if place else None
        if code:
            counts[code] = counts.get(code, 0) + 1
    return counts


def _shares(counts: Mapping[str, int]) -> dict[str, float]:
    """Each country's share of the support of the most supported one (1.0 for that one)."""
    top = max(counts.values(), default=1)
    return {code: n / top for code, n in counts.items() if n > 0}


@dataclass(frozen=True)
class PlaceContext:
    """What a text says about where it is: the countries it names (as places or demonyms) and the place
    each of its place names has when resolved with those alone, with its number of mentions; a town or
    region counts for its country when it is big (a city of 50,000) or in a named country."""

    named: Mapping[str, int]
    first: Mapping[str, tuple[Place, int]]
    held: Mapping[str, Place | None] = field(default_factory=dict)  # names the text puts in a country or region

    def support(self, name: str = "") -> Counter[str]:
        """Mentions of each country: named, or holding one of the text's other towns and regions that is
        big or in a named country (a name is no evidence for itself, a village abroad little)."""
        counts = Counter(self.named)
        for other, (place, n) in self.first.items():
            if other != name.casefold() and self._evidence(place):
                counts[place.country_code] += n
        return counts

    def _evidence(self, place: Place) -> bool:
        """Does this first-pass place tell which country the text is about?"""
        big = (place.population or 0) >= FOREIGN_MAX_POPULATION
        return place.kind in ("city", "admin1") and (big or place.country_code in self.named)

    def countries(self, name: str = "") -> dict[str, float]:
        """The country weights to resolve `name` with."""
        return _shares(self.support(name))

    def regions(self, name: str = "") -> list[str]:
        """The regions of the text's other place names."""
        return sorted(
            {
                p.admin1_code
                for other, (p, _) in self.first.items()
                if other != name.casefold() and p.admin1_code and self._evidence(p)
            }
        )


def _mislabelled_region(ent: Span, countries: Mapping[str, float]) -> Place | None:
    """'Tamaulipas state' with the name tagged a person: the region, which tells which namesake town is meant."""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if after not in REGION_WORDS:
        return None
    region = load_gazetteer().resolve(f"{_resolve_text(ent)} {after}", countries=countries)
    return region if region is not None and region.kind == "admin1" else None


def place_context(doc: Doc) -> PlaceContext:
    """The document's place context, built once per Doc (place mentions and the main country both read it)."""
    return per_doc(doc, "polybius_place_context", lambda: _place_context(doc))


def _place_context(doc: Doc) -> PlaceContext:
    """Resolve every place name with the countries the text names, as context for the second pass."""
    gaz = load_gazetteer()
    named = _country_counts(doc)
    countries = _shares(named)
    first: dict[str, tuple[Place, int]] = {}
    held: dict[str, Place | None] = {}
    for ent in map(_named, entities(doc)):
        if ent.label_ not in PLACE_LABELS | MISLABELLED or _describes_town(ent):
            continue
        holders = [h for h in (_holder_before(ent), _region_after(ent)) if h is not None]
        inside = next((p for h in holders if (p := _resolve_within(ent, h)) is not None), None)
        if (inside or any(h.kind == "country" for h in holders)) and ent.text.casefold() not in held:
            held[ent.text.casefold()] = inside  # "Iraq's Kurdistan": none abroad either
        if ent.label_ not in PLACE_LABELS:
            if (region := _mislabelled_region(ent, countries)) is not None:
                first.setdefault(ent.text.casefold(), (region, 1))
            continue
        ent = _with_direction(ent)
        key = ent.text.casefold()
        if key in first:
            first[key] = (first[key][0], first[key][1] + 1)
        elif (place := gaz.resolve(_resolve_text(ent), countries=countries)) is not None:
            first[key] = (place, 1)
    for name, region in _untagged_regions(doc, countries):
        first.setdefault(name.casefold(), (region, 1))
    for key in held.keys() & first.keys():  # 'Kashmir', then 'Pakistan-administered Kashmir': never India's
        place, n = held[key], first.pop(key)[1]
        if place is not None:
            first[key] = (place, n)
    return PlaceContext(named, first, held)


def _untagged_regions(doc: Doc, countries: Mapping[str, float]) -> list[tuple[str, Place]]:
    """'Tamaulipas state Governor ...' with the name left untagged: regions named with their region word."""
    out = []
    for tok in tokens(doc):
        if tok.lower_ not in REGION_WORDS or tok.i == 0 or doc[tok.i - 1].pos_ != "PROPN" or doc[tok.i - 1].ent_type_:
            continue
        start = tok.i - 1
        while start > 0 and tok.i - start < 3 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
            start -= 1
        name = doc[start : tok.i].text
        region = load_gazetteer().resolve(f"{name} {tok.lower_}", countries=countries)
        if region is not None and region.kind == "admin1":
            out.append((name, region))
    return out


@cache
def facility_heads() -> frozenset[str]:
    """Nouns for a facility an attack hits ('mosque', 'market', 'shop')."""
    return word_set("participants.json", "facility_heads") | word_set("places.json", "facility_heads")


QUALIFIED_HEADS = {k: frozenset(v) for k, v in load_data("places.json")["qualified_facility_heads"].items()}
NUMBER_WORDS = word_set("places.json", "number_words")


def facility_head(tok: Token) -> bool:
    """Is the word a facility noun ('mosque'), or one only after its qualifier ('penal colony')?"""
    if tok.lower_ in facility_heads():
        return True
    qualifiers = QUALIFIED_HEADS.get(tok.lower_)
    return qualifiers is not None and tok.i > 0 and tok.doc[tok.i - 1].lower_ in qualifiers


def _code(tok: Token) -> bool:
    """A facility's code ('IK-19', 'B4'): capitals and digits."""
    return any(c.isdigit() for c in tok.text) and any(c.isupper() for c in tok.text)


def _number_end(doc: Doc, head: int) -> int:
    """Where a facility's number after its noun ends ('penal colony No. 19 (IK-19)', 'colony IK-19'), else head + 1."""
    end = head + 1
    if end < len(doc) and _code(doc[end]):
        return end + 1
    if end + 1 < len(doc) and doc[end].lower_ in NUMBER_WORDS:
        end += 2 if doc[end + 1].text == "." else 1
        if end >= len(doc) or not doc[end].like_num:
            return head + 1
        end += 1
        if end + 2 < len(doc) and doc[end].text == "(" and _code(doc[end + 1]) and doc[end + 2].text == ")":
            end += 3
        return end
    return head + 1


SIEGE_NOUNS = word_set("places.json", "siege_nouns")


def attacked_object(tok: Token) -> bool:
    """Is the noun what an attack verb acts on ('stormed a church', 'torched the school', 'set fire to the
    synagogue', 'laid siege to the barracks')?"""
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        return is_act(head)
    if tok.dep_ != "pobj" or head.lower_ != "to":
        return False
    return head.i > 0 and tok.doc[head.i - 1].lower_ in SIEGE_NOUNS


def named_facility(np: Span) -> Span | None:
    """'the studio of public broadcaster TC Television': the facility with its owner's name; 'an attack on a
    secondary school' in a text that names one 'Lhubiriha Secondary School' (also as where the victims
    studied): the facility's own name, when the text names exactly one of that kind."""
    owner = _owner_name(np.root)
    if owner is not None:
        return np.doc[np.start : owner.end]
    words = [t.lower_ for t in np if t.is_alpha and not t.is_stop]
    if not words or any(t.pos_ == "PROPN" for t in np):
        return None
    names = {
        e.text: e
        for e in np.doc.ents
        if e.label_ in FACILITY_LABELS and len(e) > len(words) and [t.lower_ for t in e[-len(words) :]] == words
    }
    return next(iter(names.values())) if len(names) == 1 else None


def _owner_name(head: Token, labels: frozenset[str] = FACILITY_LABELS) -> Span | None:
    """The organisation named in the facility noun's 'of' phrase ('the studio of broadcaster TC Television')."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for ent in head.doc.ents:
            if ent.label_ in labels and ent.root.head.i == prep.i:
                return ent
    return None


OWNER_LABELS = FACILITY_LABELS | {"PERSON"}  # 'the offices of the weekly Charlie Hebdo' (tagged as a person)


def _facility_ent(ent: Span) -> bool:
    """A named building or site ('Crocus City Hall'), not a village named with its kind ('Barangay Sabong') nor a
    lone town's name the tagger took for a building ('took place in Maru')."""
    lone = len(ent) == 1 and ent[0].pos_ == "PROPN" and ent.label_ == "FAC"
    named_town = _town_of(ent.doc, ent.start) or (ent.start > 1 and ent.doc[ent.start - 2].lower_ in VILLAGE_WORDS)
    town = lone and any(p.kind == "city" for p in load_gazetteer().lookup(ent.text))
    bare = len(ent) == 1 and ent[0].lower_ in word_set("places.json", "facility_heads")  # a byline's 'Newsroom'
    area = ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in DISTRICT_WORDS | REGION_WORDS  # 'the X district'
    if ent[0].lower_ in SETTLEMENT_WORDS or named_town or town or bare or area:
        return False
    return ent.label_ == "FAC" or (ent.label_ == "ORG" and ent[-1].lower_ in facility_heads()) or _called_facility(ent)


def _locative(ent: Span) -> bool:
    """Is a non-place entity used as a place ('in Quetta' tagged ORG, a dateline word, 'Ukpabi, a farming
    village', the object of an attack: 'struck Beledweyne')?"""
    doc = ent.doc
    lead = _skip_directions(doc, ent.start)
    before = doc[lead - 1].lower_ if lead > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    struck = ent.root.dep_ == "dobj" and is_act(ent.root.head)  # 'a second attack struck Beledweyne'
    area = before == "the" and after == "area" and lead > 1 and doc[lead - 2].lower_ in AT_WORDS  # 'in the Wana area'
    return (
        area
        or before in ("in", "at", "near", "outside", "of", "between", "into")
        or _attack_on(ent)
        or after in TOWN_WORDS | DISTRICT_WORDS | REGION_WORDS  # 'in the Alibori department' tagged ORG
        or in_dateline(doc, ent.start_char, ent.end_char)
        or _settlement(doc[ent.start : _hyphen_end(doc, ent.end)])
        or struck
        or _island(ent)
    )


STREET_WORDS = word_set("places.json", "street_words")


def _street_of(ent: Span) -> bool:
    """Is the name the street a facility the text names stands on ('the kosher cafe on Curlewis Street'): the
    facility is what was attacked, not the street?"""
    doc = ent.doc
    street = ent[-1].lower_ in STREET_WORDS or (ent.end < len(doc) and doc[ent.end].lower_ in STREET_WORDS)
    prep = ent.root.head
    return street and ent.root.dep_ == "pobj" and prep.dep_ == "prep" and facility_head(prep.head)


def _attack_on(ent: Span) -> bool:
    """Is the name what an attack was on ('the rocket attack on Safed', 'strikes on Nabatieh')?"""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ in ("on", "onto") and is_act(prep.head)


def _attacked_there(ent: Span) -> bool:
    """A named facility as a place ('at the Crocus City Hall', "Moscow's Crocus City Hall", 'stormed
    the Hotel X'), not as a speaker ('the Defense Ministry said') nor as where someone studies or works ('a
    student at Addis Ababa University')."""
    root = ent.root
    if _speaker(root) or _affiliation(root):
        return False
    if where_treated(root):
        return False
    if root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "inside", "outside", "near", "into", "on", "of"):
        return True
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "'s":
        return True
    return root.dep_ in ("dobj", "appos", "nsubjpass", "compound", "conj")


def _affiliation(root: Token) -> bool:
    """'a 21-year-old student at Addis Ababa University', 'a nurse at the Kenyatta hospital', 'the Ohio State University
    student': the place a person named by a role belongs to."""
    prep = root.head
    roles = word_set("places.json", "affiliation_roles")
    if root.dep_ == "compound" and prep.lower_ in roles:  # 'the Ohio State University student who plowed his car'
        return True
    return root.dep_ == "pobj" and prep.lower_ in ("at", "of") and prep.head.lower_ in roles


def _speaker(root: Token) -> bool:
    """Is this word the subject of a statement ('Turkey's Foreign Ministry condemned the bombing', 'the
    Communications Office in Manila said') or a speaker's employer ('Interior Ministry spokesman'), an
    institution that speaks, not the place attacked?"""
    if root.dep_ == "compound" and root.head.lower_ in word_set("places.json", "speaker_roles"):
        return True
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = word_set("places.json", "speaker_verbs") | word_set("statements.json", "speech_verbs")
    verb = root.head
    return verb.lemma_.lower() in verbs or any(c.dep_ == "conj" and c.lemma_.lower() in verbs for c in verb.children)


def _care_phrase(verb: Token, care_nouns: frozenset[str]) -> bool:
    """Does the verb have an 'in hospital' phrase ('died in hospital in Mopti')?"""
    return any(c.dep_ == "prep" and any(g.lower_ in care_nouns for g in c.children) for c in verb.children)


def where_treated(tok: Token) -> bool:
    """Is this word where victims were taken or treated, not where the attack was ('the wounded were
    taken to the hospital in Bandiagara', 'treated at a clinic', 'died in hospital in Mopti'), not a place
    the destination is near ('carrying workers to the shift near the town of Concordia')?"""
    care, moved = word_set("places.json", "care_verbs"), word_set("places.json", "moved_verbs")
    to_preps, deaths = word_set("places.json", "moved_preps"), word_set("places.json", "death_verbs")
    care_nouns = word_set("places.json", "care_nouns")
    node, via_to, via_care, placed = tok, False, tok.lower_ in care_nouns, False
    while node.head.i != node.i:
        child, node = node, node.head
        if node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if lemma in care or node.lower_ in care:
                return True
            if lemma in moved and (via_to or _care_phrase(node, care_nouns)):
                return not any(c.dep_ == "dobj" and c.lower_ == "place" for c in node.children)
            return lemma in deaths and (via_care or _care_phrase(node, care_nouns))
        if node.pos_ == "ADP":
            via_to = via_to or (node.lower_ in to_preps and (not placed or child.lower_ in care_nouns))
            placed = placed or not (node.lower_ == "of" and node.head.lower_ in TOWN_WORDS)
        via_care = via_care or node.lower_ in care_nouns
    return False


def where_arrested(tok: Token) -> bool:
    """Is this word where suspects were caught ('arrested at a checkpoint on the Bama road'), not the place
    attacked?"""
    verb = tok.head.head
    return tok.dep_ == "pobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in word_set("places.json", "arrest_verbs")


def _resolve_text(ent: Span) -> str:
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return text.title() if text.isupper() and len(text) > 3 else text


FOREIGN_MAX_POPULATION = 50000
BIG_CITY = 300000
NEIGHBOURHOOD_WORDS = word_set("places.json", "neighbourhood_words")
DISTRICT_WORDS = word_set("places.json", "district_words")
REGION_WORDS = word_set("places.json", "region_words")


def _local(place: Place | None, counts: Mapping[str, int], district: bool = False) -> Place | None:
    """A small town outside the countries a text names repeatedly is a namesake, not the place meant
    ('Lala' in a text about Congo is not Lāla, India; 'Boni' in a text about Mali that mentions France
    once is not Bonnut, France); one called a district needs its country named once ('in Panjgur district')."""
    if place is None or not counts or place.kind != "city" or (place.population or 0) >= FOREIGN_MAX_POPULATION:
        return place
    top = max(counts.values())
    return place if top < 2 or counts.get(place.country_code or "", 0) >= (1 if district else 2) else None


def _resolve_ent(ent: Span, context: PlaceContext) -> Place | None:
    """A place name resolved with the text's other places; 'the Mandalay region': a name before a
    region word is the region, not its capital city; 'Bishnupur district', which the gazetteer lacks, is
    placed at its namesake town in a country the text names."""
    gaz = load_gazetteer()
    hints, regions = context.countries(ent.text), context.regions(ent.text)
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if after in REGION_WORDS:
        region = gaz.resolve(f"{_resolve_text(ent)} {after}", countries=hints, regions=regions)
        if region is not None and region.kind == "admin1":
            return region
        if (named := _region_named_after(ent, hints, regions)) is not None:
            return named
    if ent.text.casefold() in context.held:  # "Chhattisgarh's Bijapur district", then 'in Bijapur'
        return context.held[ent.text.casefold()]
    if after in CITY_WORDS and not gaz.demonym(ent.text) and (town := _town_before_word(ent, after, hints)) is not None:
        return town
    within = _country_after(ent) or _demonym_before(ent)
    if within is not None:
        place = gaz.resolve(_resolve_text(ent), countries={within: 1.0}, regions=regions)
        if place is not None and place.country_code == within:
            return place
    place = gaz.resolve(_resolve_text(ent), countries=hints, regions=regions)
    words = _resolve_text(ent).split()
    if place is None and len(words) > 1 and words[-1].lower() in DISTRICT_WORDS:
        return _named_country(gaz.resolve(" ".join(words[:-1]), countries=hints, regions=regions), hints)
    return place


CITY_WORDS = frozenset({"city", "town"})


def _region_named_after(ent: Span, hints: Mapping[str, float], regions: Mapping[str, float]) -> Place | None:
    """'Russia's Saratov region' (Saratovskaya oblast), which the gazetteer lacks under that name: the region
    of the city it is named after, when the region's own name starts like the city's."""
    gaz = load_gazetteer()
    city = gaz.resolve(_resolve_text(ent), countries=hints, regions=regions)
    if city is None or city.kind != "city":
        return None
    region = gaz.region_of(city)
    stem = normalise(city.name)[: min(5, len(city.name) - 1)]
    return region if region is not None and len(stem) >= 4 and normalise(region.name).startswith(stem) else None


def _town_before_word(ent: Span, word: str, hints: Mapping[str, float]) -> Place | None:
    """'Quezon City' (a city of that whole name), else 'Marib city' (the town Marib, not the region of that name)."""
    whole = load_gazetteer().resolve(f"{_resolve_text(ent)} {word.title()}", countries=hints)
    known = whole is not None and whole.kind == "city" and hints.get(whole.country_code or "", 0.0) > 0
    return whole if known else _city_called(_resolve_text(ent), hints)


def _city_called(name: str, hints: Mapping[str, float]) -> Place | None:
    """'Saada city', 'Kandahar town' where the gazetteer knows the name without its word: the town of that name in
    the country the text names most, not a namesake abroad nor the region of the same name."""
    towns = [p for p in load_gazetteer().lookup(name) if p.kind == "city" and hints.get(p.country_code or "", 0.0) > 0]
    return max(towns, key=lambda p: hints.get(p.country_code or "", 0.0), default=None) if hints else None


CHAIN_WORDS = frozenset({",", "in", "of", "the"})
CHAIN_WINDOW = 10
HOLDER_GAP = 3


def _resolve_within(ent: Span, holder: Place) -> Place | None:
    """The place of the name inside a country or region the text puts it in, if the gazetteer has one there."""
    region = holder.admin1_code if holder.kind == "admin1" else None
    found = load_gazetteer().lookup(_resolve_text(ent))
    inside = [p for p in found if p.country_code == holder.country_code and region in (None, p.admin1_code)]
    return next((p for p in inside if p.geonames_id != holder.geonames_id), None)


def _holder_before(ent: Span) -> Place | None:
    """The country or region named as the owner right before a place, which holds it ("Chhattisgarh's Bijapur
    district", "Iraq's northern Kurdistan region", "Nigeria's restive Borno state"; no namesake elsewhere)."""
    doc, start = ent.doc, ent.start
    while start > 0 and start - ent.start < HOLDER_GAP and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_lower:
        start -= 1
    if start >= 3 and doc[start - 1].lower_ in ADMINISTERING and doc[start - 2].text == "-":
        return _administering(doc, start - 2)
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES:
        return None
    owner = next((e for e in doc.ents if e.end == start - 1 and e.label_ in PLACE_LABELS), None)
    return _holder(owner.text) if owner is not None else None


ADMINISTERING = word_set("places.json", "administering_verbs")


def _administering(doc: Doc, end: int) -> Place | None:
    """The country that runs a disputed area ('Pakistan-administered Kashmir', 'Indian-administered Kashmir'),
    named or by its nationality word right before `end`."""
    owner = next((e for e in doc.ents if e.end == end and e.label_ in PLACE_LABELS | {"NORP"}), None)
    if owner is None:
        return None
    gaz = load_gazetteer()
    code = gaz.demonym(owner.text) if owner.label_ == "NORP" else None
    return gaz.country(code) if code else _holder(owner.text)


def _holder(name: str) -> Place | None:
    """A country or first-level region called `name`."""
    found = load_gazetteer().lookup(name.title() if name.isupper() else name)
    return next((p for p in found if p.kind in ("country", "admin1")), None)


def _listed(doc: Doc, end: int) -> bool:
    """Does a list of names go on after `end` ('Kaduna and Katsina', 'Kaduna, Katsina')?"""
    after = doc[end].lower_ if end < len(doc) else ""
    comma_name = after == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ in PLACE_LABELS
    return after in ("and", "or", "&") or comma_name


def _region_after(ent: Span) -> Place | None:
    """'Bijapur, Chhattisgarh', 'Bijapur district in Chhattisgarh', 'San Lorenzo, in the northern province of
    Esmeraldas' (tagged as a group): a first-level region named in the chain right after a place holds it."""
    doc = ent.doc
    end = min(ent.end + CHAIN_WINDOW, ent.sent.end)
    for tok in doc[ent.end : end]:
        linking = tok.lower_ in CHAIN_WORDS or tok.lower_ in DIRECTIONS or tok.lower_ in REGION_WORDS
        if not (linking or tok.pos_ == "PROPN" or tok.lower_ in DISTRICT_WORDS):
            return None
        called = tok.i > 1 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ in REGION_WORDS
        if (tok.ent_type_ == "GPE" or (called and tok.ent_type_)) and tok.ent_iob_ == "B":  # 'province of Esmeraldas'
            name = next(e for e in doc.ents if e.start == tok.i)
            region = _holder(_resolve_text(name))
            listed = _listed(doc, name.end)  # 'in Kano, Kaduna and Katsina'
            return region if region is not None and region.kind == "admin1" and not listed else None
    return None


def _demonym_before(ent: Span) -> str | None:
    """'the Ukrainian city of Odesa', 'the southern Lebanese town of Nabatieh': the country a nationality
    word before the town word puts the town in."""
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].lower_ != "of" or doc[ent.start - 2].lower_ not in TOWN_WORDS:
        return None
    words = doc[max(ent.start - 5, 0) : ent.start - 2]
    return next((code for t in reversed(words) if (code := load_gazetteer().demonym(t.text))), None)


def _country_after(ent: Span) -> str | None:
    """'the hamlet of San Andres, San Miguel department, in northern El Salvador', 'Jalapa, in Honduras': the
    country a chain of names right after a place puts it in."""
    doc, gaz = ent.doc, load_gazetteer()
    if gaz.named_country(_resolve_text(ent)) is not None:
        return None  # 'refuge in Panama, Costa Rica and Mexico': a list of countries
    end = min(ent.end + CHAIN_WINDOW, ent.sent.end)
    for tok in doc[ent.end : end]:
        linking = tok.lower_ in CHAIN_WORDS or tok.lower_ in DIRECTIONS or tok.lower_ in REGION_WORDS
        if not (linking or tok.pos_ == "PROPN"):
            return None
        if tok.ent_type_ == "GPE" and tok.ent_iob_ == "B":
            name = next(e for e in doc.ents if e.start == tok.i)
            country = gaz.named_country(_resolve_text(name))
            if country is not None:
                return country.country_code
    return None


def _outside_its_chain(place: Place | None, ent: Span) -> bool:
    """'San Andres, in northern El Salvador' when the gazetteer knows only a San Andres in Honduras: a namesake
    outside the country the text puts the place in."""
    within = _country_after(ent) if place is not None else None
    return within is not None and place is not None and place.country_code != within


def _with_direction(ent: Span) -> Span:
    """The name with the direction word before it when that makes another place's name ('Central'
    before 'America', 'South' before 'Sudan'); 'northern Mali' stays Mali, and 'south Lebanon' Lebanon (a
    country's part, not a town abroad of that name)."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in DIRECTIONS:
        return ent
    longer = doc[ent.start - 1 : ent.end]
    found = load_gazetteer().lookup(_resolve_text(longer))
    if load_gazetteer().named_country(_resolve_text(ent)) is not None:  # 'south Lebanon' is no US town
        found = [p for p in found if p.kind != "city"]
    return longer if found else ent


def _name_part(ent: Span) -> Span:
    """A mislabelled entity up to its last proper noun ('Macomia' of 'Macomia in'), before an 'in' ('Laiza' of 'Laiza in
    Kachin'), without an acronym glued to a town's name ('Bijapur' of 'Bijapur IED', 'Quetta' of 'Quetta IED blast')."""
    end = next((t.i for t in ent[1:] if t.lower_ == "in" or _area_tail(t)), ent.end)  # 'Laiza' of 'Laiza in Kachin'
    start = ent.start + (ent[0].lower_ == "the" and len(ent) > 1)  # 'the Al-Hamra' (district) tagged a building
    while end > start + 1 and (ent.doc[end - 1].pos_ != "PROPN" or _glued_acronym(ent.doc[start:end])):
        end -= 1
    return ent.doc[start:end]


def _area_tail(tok: Token) -> bool:
    """Does an area's kind start at the word ('Local' of 'Talata Mafara Local Government Area')?"""
    return tok.lower_ == "local" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "government"


def _glued_acronym(span: Span) -> bool:
    """Does the span end in an acronym after a name the gazetteer knows ('Bijapur IED')?"""
    last = span[-1]
    if not last.is_upper or len(last) < 2 or len(span) < 2 or last.lower_ in DISTRICT_WORDS | REGION_WORDS:
        return False  # 'Kauru LGA' names the area
    return bool(load_gazetteer().lookup(span[:-1].text))


def _placed_in(ent: Span) -> bool:
    """'killed in Tagarrou', 'near Kotkai': a name the tagger took for a town, that a preposition of place
    governs, is a settlement even when the gazetteer lacks it."""
    node = ent.root
    if ent.label_ != "GPE" or node.dep_ != "pobj" or node.head.lower_ not in ("in", "near", "outside"):
        return False
    return not _neighbourhood(ent) and not load_gazetteer().in_region_name(ent.text) and not _called_area(ent)


def _called_region(span: Span) -> bool:
    """Does the text call the name a state or province somewhere ('Katsina state', 'the state of Katsina')?"""
    doc, name = span.doc, span.text.lower()
    for tok in tokens(doc):
        if tok.lower_ not in REGION_WORDS:
            continue
        before = doc[max(tok.i - len(span), 0) : tok.i].text.lower()
        after = doc[tok.i + 2 : tok.i + 2 + len(span)].text.lower() if tok.i + 1 < len(doc) else ""
        if before == name or (doc[tok.i + 1 : tok.i + 2].text == "of" and after == name):
            return True
    return False


def _called_area(ent: Span) -> bool:
    """Does the text call the name a region or district somewhere ('in Catatumbo' beside 'the Catatumbo
    region')?"""
    doc, words = ent.doc, len(ent)
    areas = REGION_WORDS | DISTRICT_WORDS
    return any(
        doc[i : i + words].text.lower() == ent.text.lower() and doc[i + words].lower_ in areas
        for i in range(len(doc) - words)
    )


def _settlement(span: Span) -> bool:
    """Is the name a settlement by its wording ('the village of Mbiame', 'Singu town', 'Torbung, a farming
    village', 'Gorom, a rural commune')?"""
    doc = span.doc
    local = SETTLEMENT_WORDS | DISTRICT_WORDS
    named_as = doc[span.start - 2].lower_ in TOWN_WORDS | local if span.start > 1 else False
    town_of = named_as and doc[span.start - 1].lower_ == "of"
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    called = any(c.dep_ == "appos" and c.lower_ in local | PLACE_NOUNS for c in span.root.children)
    kind_after = after in DISTRICT_WORDS | REGION_WORDS | facility_heads()  # 'neighbouring Shah Wali Kot district'
    placed = span.start > 1 and doc[span.start - 2].lower_ in AT_WORDS | AWAY_WORDS  # 'in nearby Kolofata'
    nearby = placed and doc[span.start - 1].lower_ in NEARBY_WORDS and not kind_after
    return town_of or after in SETTLEMENT_WORDS or called or nearby or _measured_after(span) or _set_in_region(span)


def _set_in_region(span: Span) -> bool:
    """Does a comma set the name in a region or district ('the camp at Chinagodrar, in the Tillaberi region', 'Niono,
    in the Segou region'): a settlement of it?"""
    doc, end = span.doc, span.end
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "in" or span[0].ent_type_ in ACTOR_LABELS:
        return False  # not 'attacks by Boko Haram, in the Lake Chad region'
    return any(t.lower_ in REGION_WORDS | DISTRICT_WORDS for t in doc[end + 3 : end + REGION_GAP])


def _measured_after(span: Span) -> bool:
    """Is the name set a distance or a bearing from another place right after it ("entered Saut-d'Eau, some 15 km
    west of Mirebalais", 'abducted in Ganthier, a community east of Port-au-Prince', 'in X, some 150 km to the
    east'): a settlement?"""
    doc, end = span.doc, span.end
    if end + 3 >= len(doc) or doc[end].text != ",":
        return False
    unit = any(t.lower_.lstrip("0123456789.") in DISTANCE_UNITS for t in doc[end + 1 : end + 4])
    window = doc[end + 2 : end + MEASURE_WINDOW]
    bearing = any(t.lower_ in DIRECTIONS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" for t in window)
    away = any(t.lower_ in ("of", "from") or t.lower_ in DIRECTIONS for t in window)  # 'some 150 km to the east'
    return (unit and away) or bearing


PLACE_NOUNS = word_set("places.json", "place_nouns")
ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP"})
REGION_GAP = 7  # ', in the Tillaberi region', ', in the far northern Tahoua region'
ISLAND_WORDS = word_set("places.json", "island_words")
MEASURE_WINDOW = 10  # ', some 15 km (9 miles) west of': the words of a distance phrase


def find_place_mentions(doc: Doc) -> list[PlaceMention]:
    """Every GPE/LOC resolved in the gazetteer, every named facility, and place names the
    tagger mislabelled (ORG or PERSON used after 'in', or in the dateline)."""
    context = place_context(doc)
    hints = context.countries()
    parts = _neighbourhood_names(doc)
    found: list[PlaceMention] = []
    for ent in map(_named, entities(doc)):
        if _describes_town(ent) or _patron(ent) or _surname(ent):
            continue
        if ent.label_ in PLACE_LABELS and _names_facility(ent, context):
            named = ent if _called_facility(ent) or _site_name(ent) else ent.doc[ent.start : ent.end + 1]
            found.append(
                PlaceMention(named.start, named.end, named.start_char, named.end_char, named.text, None, facility=True)
            )
        elif ent.label_ in PLACE_LABELS:
            ent = _with_direction(ent)
            namesake = _resolve_ent(ent, context)
            held = context.held.get(ent.text.casefold()) is not None  # the text puts it in a region: no namesake
            place = namesake if held else _local(namesake, context.support(ent.text), _called_district(ent))
            abroad = place is not None and context.countries(ent.text).get(place.country_code, 0) < 1
            if abroad and (_neighbourhood(ent) or normalise(ent.text) in parts):
                place = namesake = None
            elif (abroad and _village(ent)) or _outside_its_chain(place, ent):
                place = None
            found.append(
                PlaceMention(
                    ent.start,
                    ent.end,
                    ent.start_char,
                    ent.end_char,
                    ent.text,
                    place,
                    settlement=place is None
                    and not _named_region(ent)
                    and (namesake is not None or _settlement(ent) or _placed_in(ent)),
                    weak=place is None and namesake is None and not _settlement(ent),
                )
            )
        elif ent.label_ in MISLABELLED and _locative(ent) and not _facility_ent(ent):
            person, ent = ent.label_ == "PERSON", _name_part(doc[ent.start : _hyphen_end(doc, ent.end)])
            place = _local(_resolve_ent(ent, context), context.support(ent.text), _called_district(ent))
            place = _named_country(place, hints) if place is not None and not _own_name(place, ent.text) else place
            place = None if place is not None and _province_by_alias(ent, place) else place
            place = None if _outside_its_chain(place, ent) else place
            big = (place.population or 0) >= 5000 if place is not None else False
            area = _called_district(ent)
            area = area or (ent.end < len(doc) and doc[ent.end].lower_ == "area")
            country = load_gazetteer().named_country(ent.text) if person else None
            if country is not None:  # 'in central Mali' with 'Mali' tagged as a person
                ent = _with_direction(ent)
                found.append(PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, country))
            elif place is not None and _placed_by_name(place, big or area or _settlement(ent) or _island(ent), ent):
                found.append(PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, place))
            elif place is None and (_settlement(ent) or _called_local_area(ent)):
                found.append(
                    PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, None, settlement=True)
                )
        elif ent.label_ in FACILITY_LABELS and _facility_ent(ent) and _attacked_there(ent) and not _street_of(ent):
            named = _with_patron(ent)
            found.append(
                PlaceMention(named.start, named.end, named.start_char, named.end_char, named.text, None, facility=True)
            )
    found += _dateline_city(doc, hints, found)
    found += _untagged_places(doc, hints, found)
    found += _untagged_facilities(doc, found) + _town_named_facilities(doc, found) + _facilities_known_as(doc, found)
    found = _dateline_areas(found, doc) + _this_city(found, doc)
    models = _model_names(doc)
    found = _without_foreign_namesakes([m for m in found if m.facility or m.text.casefold() not in models], context)
    return sorted((_supported(m, hints) for m in _as_named_regions(found, doc)), key=lambda m: m.start)


@cache
def _sole_place(name: str) -> bool:
    """Is exactly one place in the gazetteer called this name?"""
    return len(load_gazetteer().lookup(name)) == 1


def _without_foreign_namesakes(found: list[PlaceMention], context: PlaceContext) -> list[PlaceMention]:
    """In a text that names no country, towns whose names only one place has ('Leigh-on-Sea') tell its
    country: a small namesake town elsewhere of another name it uses ('Essex', Maryland, in a British
    story) is unplaced rather than put abroad."""
    if context.named:
        return found
    homes = {m.place.country_code for m in found if m.place and m.place.kind == "city" and _home_evidence(m)}
    if len(homes) != 1:
        return found
    return [m if not _foreign_namesake(m, homes) else replace(m, place=None) for m in found]


def _home_evidence(mention: PlaceMention) -> bool:
    """Does the town tell the text's country: its name is the only place of that name, or it is a big city
    ('SANAA (Reuters)' beside a background 'Jamundi' is a text on two countries)?"""
    big = (mention.place.population or 0) >= FOREIGN_MAX_POPULATION if mention.place else False
    return big or _sole_place(mention.text)


def _foreign_namesake(mention: PlaceMention, homes: set[str]) -> bool:
    """Is the mention a small town outside the text's home country whose name other places share?"""
    place = mention.place
    if place is None or place.kind != "city" or place.country_code in homes:
        return False
    return (place.population or 0) < FOREIGN_MAX_POPULATION and not _sole_place(mention.text)


def _surname(ent: Span) -> bool:
    """'Police identified the attacker as Abdul Razak Ali Artan' ... 'an officer shot Artan dead': a lone name that
    ends a person's full name given before is that person, though the gazetteer has a village of it (not after a
    preposition of place: 'in Washington' in a text on George Washington)."""
    if len(ent) != 1 or ent.label_ not in PLACE_LABELS or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in AT_WORDS):
        return False
    return any(end <= ent.start and last == ent[0].lower_ for end, last in _full_names(ent.doc))


def _full_names(doc: Doc) -> list[tuple[int, str]]:
    """Where each person's name of two words or more ends, and its last word, found once per Doc."""
    return per_doc(
        doc,
        "polybius_place_full_names",
        lambda: [(e.end, e[-1].lower_) for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1],
    )


def _placed_by_name(place: Place, town: bool, ent: Span) -> bool:
    """Does a mislabelled name resolve to a town it is said to be ('in Quetta', 'Ukpabi, a farming village') or a
    region called a district ('the Tovuz district' tagged as a person)?"""
    return (place.kind == "city" and town) or (place.kind == "admin1" and _called_district(ent))


def _describes_town(ent: Span) -> bool:
    """Is the name a word describing the town named after it ('the Red Sea port city of Hodeidah', 'the Caribbean
    port of Barranquilla', 'the Donetsk region town of Bakhmut', 'the western Mexico state of Michoacan'), not a place
    of its own?"""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end <= MAX_KIND_WORDS and doc[end].is_lower and doc[end].dep_ == "compound":
        end += 1
    kind = doc[end].lower_ if end < len(doc) else ""
    country = kind in REGION_WORDS and load_gazetteer().named_country(ent.text) is not None  # 'the Mexico state of'
    town = kind in TOWN_KINDS | {"port"} or country
    return town and end + 1 < len(doc) and doc[end + 1].lower_ == "of" and doc[end + 1].head.i == end


def _patron(ent: Span) -> bool:
    """Is the name a saint's or person's a facility is named after ("St Peter's Cathedral")?"""
    doc = ent.doc
    end = ent.end if ent[-1].lower_ in POSSESSIVES else ent.end + 1
    if ent.label_ != "PERSON" or end >= len(doc) or doc[end - 1].lower_ not in POSSESSIVES:
        return False
    return any(facility_head(t) for t in doc[end : end + 2])


POSSESSIVES = frozenset({"'s", "\u2019s"})


def _dateline_parts(doc: Doc) -> list[str]:
    """The names of a dateline after its city ('Basilan' of 'LAMITAN CITY, Basilan -'), casefolded."""
    start, end = dateline_bounds(doc)
    parts = doc_text(doc)[start:end].split(",")[1:]
    return [p.split("(")[0].strip().casefold() for p in parts if p.strip() and not any(c.isdigit() for c in p)]


def _dateline_areas(found: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """'LAMITAN CITY, Basilan - ...': the name after the dateline's city is the province or country that holds
    it, so wherever the text names it ('a standoff in Basilan'), it is no town more specific than the city
    (though the gazetteer may know a town by that name)."""
    city = next((m for m in found if m.place is not None and in_dateline(doc, m.start_char, m.end_char)), None)
    areas = _dateline_parts(doc) if city is not None and city.place is not None else []
    out = []
    for m in found:
        town = m.place is not None and m.place.kind == "city" and not in_dateline(doc, m.start_char, m.end_char)
        if town and m.text.casefold() in areas:
            m = replace(m, place=None, settlement=False, weak=True)
        out.append(m)
    return out


def _this_city(found: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """'in the outskirts of this city', 'here in this town': local papers call the dateline's city so."""
    city = next((m for m in found if m.place is not None and in_dateline(doc, m.start_char, m.end_char)), None)
    if city is None or city.place is None or city.place.kind != "city":
        return []
    out = []
    for tok in tokens(doc):
        if tok.lower_ in THIS_CITY_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "this" and tok.dep_ == "pobj":
            span = doc[tok.i - 1 : tok.i + 1]
            at = {"start": span.start, "end": span.end, "start_char": span.start_char, "end_char": span.end_char}
            out.append(replace(city, **at))
    return out


def _names_facility(ent: Span, context: PlaceContext) -> bool:
    """'the Al-Khalil mosque', 'the Al-Noor pharmacy': a name after 'the' and before a facility noun is the
    facility's own name when it is no place of a country the text is about (unlike 'the Kabul airport'); so is
    a name the gazetteer lacks that the text calls a facility ('at Paradeplatz, a busy square')."""
    doc = ent.doc
    if _called_facility(ent) or _site_name(ent):
        return _resolve_ent(ent, context) is None
    if ent.end >= len(doc) or ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    head = doc[ent.end]
    if head.lower_ not in facility_heads() or head.pos_ != "NOUN" or _town_kind(head) or where_treated(head):
        return False
    place = _resolve_ent(ent, context)
    if place is not None and place.kind != "city":
        return False  # 'the U.S. embassy': whose, not a name
    return place is None or context.countries(ent.text).get(place.country_code, 0.0) < 1.0


def _site_name(ent: Span) -> bool:
    """Is the name a site's own, ending in its kind ('Forbury Gardens', 'Tahrir Square', 'Jaffa Market')?"""
    return len(ent) > 1 and ent[-1].lower_ in facility_heads() and not ent[-1].is_upper


def _called_facility(ent: Span) -> bool:
    """Is the name in apposition to a facility noun ('Paradeplatz, a busy square', 'PNS Siddique, one of the
    largest naval air bases')?"""
    return any(c.dep_ == "appos" and _facility_noun(c) for c in ent.root.children)


def _facility_noun(tok: Token) -> bool:
    """A facility noun, or 'one of' facility nouns ('one of the country's largest air bases')."""
    if tok.lower_ == "one":
        return any(p.lower_ == "of" and any(_facility_noun(o) for o in p.children) for p in tok.children)
    heads = facility_heads()
    plural = tok.pos_ == "NOUN" and (tok.lemma_.lower() in heads or tok.lower_[:-1] in heads)  # 'bases'
    return tok.lower_ in heads or plural


def _region_name(mention: PlaceMention, doc: Doc) -> str | None:
    """The normalised name of a region named with its region word ('Deir ez-Zor province'), else None."""
    if mention.place is None or mention.place.kind != "admin1":
        return None
    words = mention.text.split()
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        return normalise(" ".join(words[:-1]))
    return normalise(mention.text) if after in REGION_WORDS else None


def _as_named_regions(found: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """A bare name the text also calls a region ('Syria's Deir ez-Zor' beside 'Deir ez-Zor province') is
    that region, not its capital city or a namesake abroad, unless called a city or town there ('Deir ez-Zor
    city', 'the city of Sumy') or a big city ('Kandahar') alone of its region in the text."""
    regions = {name: m.place for m in found if (name := _region_name(m, doc)) is not None}
    untagged = _untagged_region_names(doc, found)
    out = []
    for m in found:
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        bare = m.place.kind == "city" if m.place is not None else not m.facility
        region = regions.get(normalise(m.text)) if bare else None
        if bare and region is None and m.place is not None and normalise(m.text) in untagged:
            region = _region_of(m.text, m.place.country_code)
        if region is not None and m.place is not None and m.place.population >= BIG_CITY:
            region = None
        called_town = after in TOWN_WORDS or _town_of(doc, m.start)
        out.append(replace(m, place=region, settlement=False) if region is not None and not called_town else m)
    return out


def _town_of(doc: Doc, start: int) -> bool:
    """Does 'the city of' or 'the town of' stand before the name ('the northeastern Ukrainian city of Sumy')?"""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in CITY_WORDS


def _untagged_region_names(doc: Doc, found: list[PlaceMention]) -> frozenset[str]:
    """Names the text calls a region where the tagger took them for no place ("Afghanistan's Balkh province"
    tagged PERSON), normalised."""
    taken = {m.start for m in found}
    return frozenset(
        normalise(doc[tok.i - 1].text)
        for tok in tokens(doc)
        if tok.lower_ in REGION_WORDS and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and tok.i - 1 not in taken
    )


def _region_of(name: str, country: str | None) -> Place | None:
    """The first-level region called `name` in the country."""
    found = load_gazetteer().lookup(name)
    return next((p for p in found if p.kind == "admin1" and p.country_code == country), None)


def _neighbourhood_names(doc: Doc) -> frozenset[str]:
    """Names the text calls a part of a town somewhere ('the Brooklyn neighbourhood of Cite Soleil'), so that
    their bare mentions later ('drive them out of Brooklyn') are no namesake city abroad either."""
    found = {normalise(e.text) for e in entities(doc) if e.label_ in PLACE_LABELS and _neighbourhood(e)}
    for tok in tokens(doc):
        if tok.lower_ in NEIGHBOURHOOD_WORDS and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            found.add(normalise(doc[tok.i - 1].text))  # 'the Richmond quarter' tagged DATE
    return frozenset(found)


def _neighbourhood(ent: Span) -> bool:
    """Is the name a part of a town ('the San Joaquin neighborhood', 'the Mejicanos sector')?"""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return after in NEIGHBOURHOOD_WORDS


def _village(span: Span) -> bool:
    """Is the name called a village ('the village of Kobe', 'Kobe village', 'Kobe, a fishing village'), so
    that a city of that name abroad is a namesake?"""
    doc = span.doc
    before = doc[span.start - 2 : span.start].text.lower() if span.start > 1 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    called = any(c.dep_ == "appos" and c.lower_ in VILLAGE_WORDS for c in span.root.children)
    return (before.split(" ")[0] in VILLAGE_WORDS and before.endswith(" of")) or after in VILLAGE_WORDS or called


def _named_region(ent: Span) -> bool:
    """Is the name called a province, state or region ('Batangas province'): an area, never a village?"""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return ent[-1].lower_ in REGION_WORDS or after in REGION_WORDS


def _province_by_alias(ent: Span, place: Place) -> bool:
    """Is the name called a province or state but found only as another town's alternate name ('Cagayan province'
    is no 'Mapun', once 'Cagayan de Tawi-Tawi')?"""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return place.kind == "city" and after in REGION_WORDS and not _own_name(place, ent.text)


def _own_name(place: Place, text: str) -> bool:
    """Is `text` the place's own name, not one of its alternate names ('Boni' for Bonn)?"""
    return normalise(place.name) == normalise(text)


def _named_country(place: Place | None, countries: Mapping[str, float]) -> Place | None:
    """A place in a country the text names (any place when it names none): a word the tagger did not take
    for a place is no namesake abroad ('the central town of Boni' in a text about Mali is not Bonn)."""
    if place is None or not countries or countries.get(place.country_code, 0.0) > 0:
        return place
    return None


def _supported(mention: PlaceMention, countries: Mapping[str, float]) -> PlaceMention:
    """The mention with the text's support for its country (1.0 when the text names no country)."""
    if mention.place is None or not countries:
        return mention
    return replace(mention, support=countries.get(mention.place.country_code, 0.0))


def _dateline_city(doc: Doc, hints: dict[str, float], found: list[PlaceMention]) -> list[PlaceMention]:
    """'MALMO, Sweden -': the dateline's city, which the tagger often leaves untagged in capitals."""
    line_start, line_end = dateline_bounds(doc)
    if line_end == 0:
        return []
    head = doc_text(doc)[line_start:line_end]
    name = head.split(",")[0].split("(")[0].split("/")[0].strip()
    if not name or any(m.start_char == line_start for m in found):
        return []
    span = doc.char_span(line_start, line_start + len(name), alignment_mode="expand")
    place = load_gazetteer().resolve(name.title() if name.isupper() else name, countries=hints)
    if span is None or place is None:
        return []
    return [PlaceMention(span.start, span.end, span.start_char, span.end_char, span.text, place)]


NAME_LINKS = word_set("places.json", "name_links")
MAX_KIND_WORDS = 2


def _untagged_facilities(doc: Doc, found: list[PlaceMention]) -> list[PlaceMention]:
    """'the Cantina del Rey bar', "St Mark's Cathedral": a proper name before a facility word, which the tagger
    missed; 'penal colony IK-19': a facility word and its number; 'the offices of the weekly Charlie Hebdo': its
    owner's name."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for tok in tokens(doc):
        head = facility_head(tok) or _guard_post(tok)
        if not head or tok.i in taken or tok.i == 0 or _speaker(tok) or where_treated(tok):
            continue
        if _inside_organisation(tok) or _affiliation(tok) or _fled_to(tok) or _town_kind(tok) or _acting_body(tok):
            continue
        if _reporting_body(tok):
            continue
        kind = _kind_words_before(tok)
        start = _patron_start(doc, _name_start(doc, kind))
        overlap = any(i in taken for i in range(start, tok.i))
        own = _own_facility(doc, kind, tok) if start == kind and not overlap else None
        if own is not None:
            out.append(PlaceMention(own.start, own.end, own.start_char, own.end_char, own.text, None, facility=True))
            continue
        if (
            start == kind
            or (kind < tok.i and not all(t.dep_ in ("compound", "amod") or _name_hyphen(t) for t in doc[start:kind]))
            or overlap
            or doc[start].ent_type_ in ("GPE", "DATE")
            or _one_word_norp(doc[start])
        ):
            continue
        if tok.i - start == 1 and load_gazetteer().lookup(doc[start].text):
            continue
        span = doc[start : tok.i + 1]
        out.append(PlaceMention(span.start, span.end, span.start_char, span.end_char, span.text, None, facility=True))
    return out


def _name_hyphen(tok: Token) -> bool:
    """Is the token the hyphen inside a proper name ('al-Anad'), not of a common compound ('high-security')?"""
    doc = tok.doc
    return tok.text == "-" and 0 < tok.i < len(doc) - 1 and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i - 1].is_alpha


REPORT_NOUNS = word_set("places.json", "report_nouns")


def _reporting_body(tok: Token) -> bool:
    """Is the facility word the body a report comes from ('according to a report from the Zamboanga City Police
    Office', 'according to the Interior Ministry'), a source, not the place attacked?"""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("from", "to", "by", "of"):
        return False
    return prep.head.lower_ in REPORT_NOUNS or (prep.lower_ == "to" and prep.head.lower_ == "according")


NAMING_VERBS = frozenset({"know", "call", "name", "dub", "nickname"})


def _facilities_known_as(doc: Doc, found: list[PlaceMention]) -> list[PlaceMention]:
    """'struck their quarters at the base, known as Tower 22', 'a camp called Al-Hol': the name a facility word is
    given by 'known as' or 'called'."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for tok in tokens(doc):
        if tok.dep_ != "acl" or tok.lemma_.lower() not in NAMING_VERBS or not facility_head(tok.head):
            continue
        after = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("as", "locally"))
        after += after < len(doc) and doc[after].lower_ == "as"
        end = after
        while end < len(doc) and end - after < MAX_NAME_WORDS and (doc[end].pos_ == "PROPN" or doc[end].like_num):
            end += 1
        if end > after and doc[after].pos_ == "PROPN" and not any(i in taken for i in range(after, end)):
            name = doc[after:end]
            out.append(PlaceMention(after, end, name.start_char, name.end_char, name.text, None, facility=True))
    return out


def _town_named_facilities(doc: Doc, found: list[PlaceMention]) -> list[PlaceMention]:
    """'the San Jose police station', 'the Kabul police headquarters': a facility named after a town or quarter;
    the name stays a place too (the facility's name says where it is only when the text names no other town)."""
    out = []
    for m in found:
        if m.facility or (m.place is not None and m.place.kind != "city") or m.start == 0 or m.end >= len(doc):
            continue
        end = m.end
        while end < len(doc) and end - m.end < MAX_KIND_WORDS and doc[end].is_lower and doc[end].dep_ == "compound":
            end += 1
        head = doc[min(end, len(doc) - 1)]
        if doc[m.start - 1].lower_ != "the" or end == m.end or not _attacked_facility(head) or not _hit_there(head):
            continue
        span = doc[m.start : head.i + 1]
        out.append(PlaceMention(span.start, span.end, span.start_char, span.end_char, span.text, None, facility=True))
    return out


def _hit_there(head: Token) -> bool:
    """Is the facility noun where an attack was ('ripped through the X police station', 'at the X hotel') or what
    it acted on ('stormed the X police post')?"""
    return attacked_object(head) or (head.dep_ == "pobj" and head.head.lower_ in HIT_PREPS)


HIT_PREPS = frozenset({"at", "in", "inside", "outside", "near", "into", "on", "through", "of"})


def _attacked_facility(head: Token) -> bool:
    """Is the word a facility noun for a place attacked, not one where someone speaks, works or was treated?"""
    if not facility_head(head) or head.pos_ != "NOUN" or _town_kind(head) or _speaker(head):
        return False
    return not (where_treated(head) or _affiliation(head) or _fled_to(head) or _inside_organisation(head))


def _acting_body(tok: Token) -> bool:
    """Is the institution's word the subject of what it does ("the Public Prosecutor's office has delivered the
    file"), a body acting, not a building attacked?"""
    return tok.dep_ == "nsubj" and tok.lower_ in word_set("places.json", "institution_heads")


def _name_start(doc: Doc, start: int) -> int:
    """Where the proper name before a facility's kind words begins ('Cantina del Rey', 'al-Hol')."""
    while start > 0 and (
        doc[start - 1].pos_ == "PROPN"
        or (doc[start - 1].lower_ in NAME_LINKS and start > 1 and doc[start - 2].pos_ == "PROPN")
        or (doc[start - 1].lower_ == "the" and start > 1 and _name_before_the(doc[start - 2]))  # 'Christ the King'
        or (start > 1 and _hyphen_joined(doc, start - 1) and doc[start - 2].is_alpha)  # 'al-Hol camp'
    ):
        start -= 1
    return start


def _name_before_the(tok: Token) -> bool:
    """Is the word a name that 'the' continues ('Christ the King', 'John the Baptist'), not a date or place?"""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "ORG", "NORP")


def _own_facility(doc: Doc, kind: int, head: Token) -> Span | None:
    """A facility with no name before it that has a number after it ('penal colony No. 19') or an owner named in
    its 'of' phrase ('the headquarters of the police Mobile Brigade')."""
    end = _number_end(doc, head.i)
    if end > head.i + 1:
        return doc[kind:end]
    owner = _owner_name(head, OWNER_LABELS)
    if owner is None or owner.end - head.i > OWNER_WINDOW or _seat_of(head, owner):
        return None
    return doc[kind : _of_name_end(doc, owner.end)]


def _seat_of(head: Token, owner: Span) -> bool:
    """Is 'headquarters of X' a town's title ('Kumbo, headquarters of Bui Division'), not a building?"""
    area = owner[-1].lower_ in REGION_WORDS | DISTRICT_WORDS | {"division"}
    return area or (head.dep_ == "appos" and head.head.pos_ == "PROPN")


OWNER_WINDOW = 8
TOWN_KINDS = frozenset({"city", "town", "village", "township"})


def _town_kind(tok: Token) -> bool:
    """Is the facility word what a town is known for ('the Caribbean port city of Barranquilla', 'a market
    town', 'the garrison town of Bannu'), not a facility?"""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in TOWN_KINDS


FLIGHT = word_set("places.json", "flight_verbs")


def _fled_to(tok: Token) -> bool:
    """Is the facility where attackers went after the attack ('fled back towards Virunga National Park',
    'retreated into the forest reserve', 'escaped to the game park'), not the place hit?"""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in AWAY_WORDS:
        return False
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
    return verb.lemma_.lower() in FLIGHT


def _with_patron(ent: Span) -> Span:
    """The saint or person a facility is named after belongs to its name ("St Augustine's Bilingual College",
    "St Mary's Catholic Church", 'Christ the King Church'), unlike the city in "Moscow's Crocus City Hall"."""
    doc = ent.doc
    end = _of_name_end(doc, ent.end)
    if ent[0].lower_ == "the" and ent.start > 0 and _name_before_the(doc[ent.start - 1]):
        return doc[ent.start - 1 : end]
    return doc[_patron_start(doc, ent.start) : end]


def _of_name_end(doc: Doc, end: int) -> int:
    """Where a facility's name ends that goes on with 'of' and names up to its noun ('the Sacred Heart' + 'of Jesus
    Cathedral'), else `end`."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    last = end + 1
    while last < len(doc) and last - end <= MAX_NAME_WORDS and doc[last].pos_ == "PROPN":
        if facility_head(doc[last]):
            return last + 1
        last += 1
    return end


def _patron_start(doc: Doc, start: int) -> int:
    """Where a facility's name starts when a person's name and "'s" stand before `start`."""
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES:
        return start
    first = start - 1
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ not in PLACE_LABELS:
        first -= 1
    return first if first < start - 1 else start


def _guard_post(tok: Token) -> bool:
    """'the Bhaini Mian Khan police post', 'a border post': a post that police or soldiers hold."""
    return tok.lower_ == "post" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in word_set("places.json", "post_holders")


def _kind_words_before(head: Token) -> int:
    """Where the lower-case words saying what kind of facility it is begin ('police' in 'the Bhaini Mian Khan
    police post', 'military' in 'the Al-Amal military hospital'): a name may stand before them."""
    start = head.i
    while start > 0 and head.i - start < MAX_KIND_WORDS and head.doc[start - 1].dep_ in ("compound", "amod"):
        if not head.doc[start - 1].is_lower:
            break
        start -= 1
    return start


def _inside_organisation(tok: Token) -> bool:
    """'the U.S. Air Force Office of Special Investigations', 'the Central Bank of Nigeria': an institution's
    word inside an organisation's name that goes on after it names the organisation, not a building."""
    if tok.ent_type_ != "ORG" or tok.lower_ not in word_set("places.json", "institution_heads"):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.end > tok.i + 1


def _one_word_norp(tok: Token) -> bool:
    """A one-word group name ('a Shi'ite mosque', 'the Catholic church') describes a facility; a longer one
    tagged as a group ('the Imam Zaman mosque') names it."""
    if tok.ent_type_ != "NORP":
        return False
    ent = next((e for e in entities(tok.doc) if e.start <= tok.i < e.end), None)
    return ent is None or len(ent) == 1


TOWN_WORDS = word_set("places.json", "town_words")
VILLAGE_WORDS = word_set("places.json", "village_words")
SETTLEMENT_WORDS = word_set("places.json", "settlement_words")


MISTAGS = frozenset({"", "DATE", "TIME", "PERSON", "ORG"})
AREA_WORDS = DISTRICT_WORDS | {"area"}


def _model_names(doc: Doc) -> set[str]:
    """Names the text gives a maker's product ('a white Chevrolet Malibu', then 'the Malibu'): a car or
    weapon model named after a place, in every mention."""
    return {
        t.head.text.casefold()
        for t in tokens(doc)
        if t.ent_type_ == "ORG"
        and t.dep_ == "compound"
        and t.head.i == t.i + 1
        and t.head.pos_ == "PROPN"
        and t.head.dep_ != "compound"  # not 'a Taliban Kandahar commander'
        and t.head.ent_iob_ != "I"  # not the name of one body: 'the Civil Hospital Karachi'
    }


def _untagged_places(doc: Doc, hints: dict[str, float], found: list[PlaceMention]) -> list[PlaceMention]:
    """Place names the tagger left untagged or took for a date or person, after 'the town of', 'in' or 'near'
    (e.g. 'Sake', 'the town of Turbat' tagged DATE, 'in the Croix-des-Bouquets area')."""
    gaz = load_gazetteer()
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for tok in tokens(doc):
        if tok.pos_ != "PROPN" or tok.ent_type_ not in MISTAGS or tok.i in taken or tok.i < 2:
            continue
        if _hyphen_joined(doc, tok.i):
            continue
        lead = _skip_directions(doc, tok.i)
        before, before2 = doc[lead - 1].lower_, doc[lead - 2].lower_
        end = _hyphen_end(doc, tok.i + 1)
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end - tok.i < 4:
            end = _hyphen_end(doc, end + 1)
        named_as = doc[end].lower_ if end < len(doc) and doc[tok.i - 1].pos_ != "PROPN" else ""
        town_of = before == "of" and before2 in TOWN_WORDS
        if tok.ent_type_ and not (town_of or _hyphen_end(doc, tok.i + 1) > tok.i + 1 or _no_date(tok, before)):
            continue  # a name the tagger took for a date or person only after 'the town of' or hyphenated
        area = before == "the" and named_as in AREA_WORDS  # 'in the Croix-des-Bouquets area', 'the Al-Azim district'
        placed = before in ("in", "near", "around", "between", "outside") or _impact_into(doc, lead)
        if not (town_of or area or placed or named_as in TOWN_WORDS):
            continue
        span = doc[tok.i : end]
        place = gaz.resolve(f"{span.text} {named_as}" if named_as in REGION_WORDS else span.text, countries=hints)
        needed = _needed_support("town" if town_of else named_as)
        if place is not None and (not hints or hints.get(place.country_code, 0.0) >= needed):
            out.append(PlaceMention(span.start, span.end, span.start_char, span.end_char, span.text, place))
            taken.update(range(span.start, span.end))
        elif (before == "of" and before2 in SETTLEMENT_WORDS) or named_as in VILLAGE_WORDS or area:
            span = doc[_capitalised_start(doc, tok.i, taken) : end]
            out.append(
                PlaceMention(span.start, span.end, span.start_char, span.end_char, span.text, None, settlement=True)
            )
            taken.update(range(span.start, span.end))
    return out


def _capitalised_start(doc: Doc, i: int, taken: set[int]) -> int:
    """Where a village's name starts, back over capitalised words the parser took for others ('Let Yet' of 'Let Yet
    Kone village')."""
    start = i
    while start > 1 and i - start < 2 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
        if doc[start - 1].ent_type_ or start - 1 in taken:
            break
        start -= 1
    return start


DATE_WORDS = word_set("dates.json", "months") | word_set("dates.json", "weekdays")


def _no_date(tok: Token, before: str) -> bool:
    """Is a word the tagger took for a date no date at all ('a naval base in Turbat' tagged DATE)?"""
    return tok.ent_type_ == "DATE" and before == "in" and tok.lower_ not in DATE_WORDS


def _called_district(ent: Span) -> bool:
    """Is the name called a district, inside the tag or after it ('in Kauru LGA', 'in Panjgur district' tagged ORG)?"""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    tail = ent.end < len(ent.doc) and _area_tail(ent.doc[ent.end])  # 'Faskari Local Government Area'
    return ent[-1].lower_ in DISTRICT_WORDS or after in DISTRICT_WORDS | REGION_WORDS or tail


def _called_local_area(ent: Span) -> bool:
    """Is the name called a district, not a region ('the Al-Hamra district', 'Rafi Local Government Area'; not
    'Cagayan province'): an area the gazetteer may lack, placed like a settlement?"""
    doc = ent.doc
    return ent.end < len(doc) and (doc[ent.end].lower_ in DISTRICT_WORDS or _area_tail(doc[ent.end]))


def _needed_support(named_as: str) -> float:
    """How much the text must name a country for an untagged name to be placed there: any mention when the
    name is called a town or district ('in Panjgur district' in a text naming Iran more than Pakistan, 'the
    Ukrainian city of Uman' in a text naming Russia more)."""
    return 0.3 if named_as in TOWN_WORDS else 1.0


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Is token i the hyphen of a hyphenated word, or a part after one ('Khumri' of 'Pul-i-Khumri')?"""
    words = tokens(doc)
    at = words[i - 1] if i > 0 and words[i].text != "-" else words[i]
    return at.text == "-" and at.i > 0 and not words[at.i - 1].whitespace_ and not at.whitespace_


def _named(ent: Span) -> Span:
    """The entity without the line breaks the tagger leaves on a headline's last word ('Sulu\n\n'), read whole,
    with the other half of a region's name joined by 'and' ('Jammu' of 'Jammu and Kashmir')."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return _without_city_word(
        _whole_name(_and_joined(_with_rest(ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_))))
    )


NAME_REST = 2


def _with_rest(ent: Span) -> Span:
    """'Unguwar Rimi village' with only 'Unguwar' tagged: the untagged proper nouns after the entity, up to the word
    that calls them a settlement or district, are the rest of its name."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < NAME_REST and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    if end == ent.end or end >= len(doc) or doc[end].lower_ not in SETTLEMENT_WORDS | DISTRICT_WORDS:
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def _without_city_word(ent: Span) -> Span:
    """'Saada city', 'Mannheim city' (of 'Mannheim city centre') tagged whole: the town's name without its word, when
    the gazetteer has no place of the whole name ('Quezon City' stays)."""
    if len(ent) < 2 or ent[-1].lower_ not in CITY_WORDS or ent.label_ not in PLACE_LABELS:
        return ent
    if load_gazetteer().lookup(_resolve_text(ent)):
        return ent
    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)


def _and_joined(ent: Span) -> Span:
    """'Jammu and Kashmir', 'Trinidad and Tobago': a name, 'and' and a name that together name a region or country
    the gazetteer knows."""
    doc = ent.doc
    if ent.label_ not in PLACE_LABELS or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ent
    other = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ in PLACE_LABELS), None)
    if other is None:
        return ent
    joined = doc[ent.start : other.end]
    regions = [p for p in load_gazetteer().lookup(joined.text) if p.kind in ("admin1", "country")]
    return Span(doc, ent.start, other.end, label=ent.label_) if regions else ent


def _whole_name(ent: Span) -> Span:
    """The entity with the hyphenated parts the tagger left out when that names a place ('Mazar' of
    'Mazar-i-Sharif'; not 'Kabul-based')."""
    doc, start, end = ent.doc, ent.start, _hyphen_end(ent.doc, ent.end)
    while start >= 2 and _hyphen_joined(doc, start - 1) and doc[start - 2].is_alpha:
        start -= 2
    if (start, end) == (ent.start, ent.end) or not load_gazetteer().lookup(doc[start:end].text):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _hyphen_end(doc: Doc, end: int) -> int:
    """The end of a hyphenated name that starts before `end` ('Pul-i-Khumri', 'Ras al-Ain')."""
    while end + 1 < len(doc) and _hyphen_joined(doc, end) and doc[end + 1].text.replace("'", "").isalpha():
        end += 2
    return end


DIRECTIONS = word_set("places.json", "directions")
LATE_TOKENS = 400
FAR_KM = 100  # 'some 120 km north of Baghdad': a far point of reference, not the nearest town ('40km north of X')
FOREIGN_PENALTY = 1.0  # a place in a country the text hardly names is seldom where its attack was


NEARBY_WORDS = word_set("places.json", "nearby_words")
THIS_CITY_NOUNS = frozenset({"city", "town", "capital", "municipality"})


def _skip_directions(doc: Doc, start: int) -> int:
    """'in north Leeds', 'in nearby Kolofata': the preposition before a direction word counts for the place
    after it."""
    while start > 0 and doc[start - 1].lower_ in DIRECTIONS | NEARBY_WORDS:
        start -= 1
    return start


def _nationality(span: Span) -> bool:
    """Is a country name a noun's modifier, telling whose it is rather than where ('two U.S. citizens',
    'the U.S. embassy'), not "Syria's" or 'in Syria'?"""
    root = span.root
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    owned = root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end
    hyphened = span.end + 1 < len(span.doc) and _hyphen_joined(span.doc, span.end)  # 'Iran-aligned', 'US-backed'
    return (root.dep_ in ("compound", "amod") and owned and after != "'s") or _owner(span, after) or hyphened


def _owner(span: Span, after: str) -> bool:
    """A country whose people or institution a possessive names ("China's citizens", "France's foreign
    ministry", "Kenya's army"), not where the attack was (unlike "Syria's Deir ez-Zor" or "Kenya's north")."""
    head = span.root.head
    owned = word_set("places.json", "owned_nouns") | word_set("places.json", "speaker_roles")
    return after == "'s" and head.i > span.end and head.lower_ in owned


DISTANCE_UNITS = word_set("places.json", "distance_units")
OTHER_EVENT_PENALTY = 3.0
SPEAKER_PLACE_PENALTY = 3.0


def _governing_prep(span: Span) -> str | None:
    """The preposition that places a name, through its noun ('in the Poonch district') or a settlement
    word ('to the garrison town of Hombori') or the first of a list ('from South Africa, Ukraine and Russia'); None
    when none does, or a noun's ('the entrance to')."""
    node = span.root
    while node.dep_ in ("compound", "nmod", "amod") and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in TOWN_WORDS:
        node = node.head.head
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "PROPN":  # 'from A, B and C'
        node = node.head
    if node.dep_ != "pobj" or node.head.pos_ != "ADP":
        return None
    prep = node.head
    origin = prep.lower_ == "from" and prep.head.lower_ not in DISTANCE_UNITS
    noun_away = prep.lower_ in AWAY_WORDS and not origin and prep.head.pos_ in ("NOUN", "PROPN")
    return None if noun_away else prep.lower_  # 'hostages from Ukraine' is where they come from


OTHER_EVENT_VERBS = word_set("places.json", "other_event_verbs")


def _marked(verb: Token, links: frozenset[str]) -> bool:
    """Is the clause introduced by one of the words ('after a bombing killed 12')?"""
    return any(c.dep_ == "mark" and c.lower_ in links for c in verb.children)


def _other_event(span: Span) -> bool:
    """Is the name inside a phrase timed from another event ('a day after a grenade attack in Sopore',
    'hours before a bombing in Quetta', 'the raid came after a bombing in Gwoza'), so that it is that event's place?"""
    links, units = word_set("places.json", "other_event_links"), word_set("places.json", "time_units")
    doc = span.doc
    for tok in span.root.ancestors:
        timed = (tok.i > 0 and doc[tok.i - 1].lower_ in units) or any(
            c.dep_ == "npadvmod" and c.lower_ in units for c in tok.children
        )
        if tok.lower_ in links and tok.dep_ == "prep" and (timed or tok.head.lemma_.lower() in OTHER_EVENT_VERBS):
            return True
        if tok.lower_ in links and tok.dep_ == "prep" and any(_year_dated(o) for o in tok.children):
            return True  # 'a crackdown since the 2002 bombings on the island of Bali'
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in OTHER_EVENT_VERBS and _marked(tok, links):
            return True  # 'The raid came after a bombing in Gwoza killed 12'
    return False


def _year_dated(noun: Token) -> bool:
    """Is the noun dated by a year of its own ('the 2002 bombings')?"""
    return any(c.like_num and len(c.text) == 4 and c.text.isdigit() and c.i < noun.i for c in noun.children)


TALKS_NOUNS = word_set("places.json", "talks_nouns")


def _talks_venue(span: Span) -> bool:
    """Is the name where talks are held ('suspended peace talks with the rebels in Caracas', 'negotiations with the
    ELN being held in Quito'), not where the attack was?"""
    for tok in span.root.ancestors:
        if tok.lower_ in TALKS_NOUNS:
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acl":
            return False
    return False


_OBJECTS = ("dobj", "nsubj", "nsubjpass", "attr")


def _launch_site(span: Span) -> bool:
    """Is the name where a missile or shell was fired from ('fired from areas under their control in Sirwah',
    'rockets launched from Gaza'), not where it struck?"""
    came_from = False
    for tok in span.root.ancestors:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "relcl":  # 'from areas they hold near Hodeidah'
            return came_from and tok.lemma_.lower() in word_set("places.json", "launch_verbs")
        came_from = came_from or (tok.lower_ == "from" and tok.dep_ == "prep" and tok.head.dep_ not in _OBJECTS)
    return False


def _origin(span: Span, after: str) -> bool:
    """'Roberto Roascio of Milan', "Rome's ambassador": where a person named comes from, or whose official
    or body it is, not where the attack was."""
    node = span.root
    person = node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.ent_type_ == "PERSON"
    return (person and not _office_holder(node.head.head)) or _owner(span, after)


MAX_NAME_WORDS = 4


def _office_holder(name: Token) -> bool:
    """Is the person named with an office held over a place ('Mayor Antonio Halili of Tanauan'): its seat, not
    where the person comes from?"""
    doc, first = name.doc, name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and name.i - first < MAX_NAME_WORDS:
        first -= 1
        if doc[first].lower_ in OFFICE_TITLES:
            return True
    return first > 0 and doc[first - 1].lower_ in OFFICE_TITLES


CREDIT_CUES = tuple(sorted(word_set("places.json", "credit_cues")))


def _credit_line(span: Span) -> bool:
    """Is the name in the story's credit line ('Additional reporting by Aziz El Yaakoubi in Riyadh'), where a
    reporter was?"""
    sent = span.sent.text.lower()
    return any(cue in sent for cue in CREDIT_CUES) or _byline(span.sent)


BYLINE_WORDS = 12


def _byline(sent: Span) -> bool:
    """Is the sentence a byline ('By Our Correspondent, Minna', 'By Ahmed Rasheed, Baghdad'), whose place is the
    reporter's base?"""
    return sent[0].lower_ == "by" and len(sent) <= BYLINE_WORDS and "\n" in sent.text


def _speaker_place(span: Span) -> bool:
    """Is the name where a speaker is or speaks ('an army spokesman in Jammu said', 'police in Kabul said',
    'the ministry said in Paris', 'told reporters in Kyiv'), or a capital speaking for its state ('Beijing
    said'), not where the attack was?"""
    node = span.root
    if _speaker(node):
        return True
    if node.dep_ != "pobj" or node.head.lower_ not in ("in", "at", "from") or node.head.head.i == node.head.i:
        return False
    speaker = node.head.head
    if speaker.pos_ in ("VERB", "AUX"):
        acts = any(is_act(t) for c in speaker.children if c.dep_ == "dobj" for t in c.subtree)
        after = node.i > speaker.i  # not 'In Cucuta, a bomb killed two, police said', fronted
        return speaker.lemma_.lower() in word_set("statements.json", "speech_verbs") and after and not acts
    return speaker.pos_ in ("NOUN", "PROPN") and (
        speaker.lower_ in word_set("places.json", "speaker_roles") or _speaker(speaker)
    )


def _score(mention: PlaceMention, doc: Doc, violent: bool) -> float:
    """How strongly the text ties this place to the attack."""
    place = mention.place
    if (place is None and not mention.settlement) or (place is not None and place.kind == "continent"):
        return -1.0  # 'in Africa' places no incident
    if place is not None and place.kind == "country" and _nationality(doc[mention.start : mention.end]):
        return -1.0
    if _origin(doc[mention.start : mention.end], doc[mention.end].lower_ if mention.end < len(doc) else ""):
        return -1.0
    if place is not None and place.kind in ("city", "country") and _state_actor(doc[mention.start : mention.end]):
        return -1.0
    if _member_of(doc[mention.start : mention.end]):
        return -1.0
    kind = place.kind if place is not None else "city"
    score = KIND_SCORE.get(str(kind), 1.0) + (3.0 if violent else 0.0) - FOREIGN_PENALTY * (1.0 - mention.support)
    score -= min(doc[mention.start].sent.start / LATE_TOKENS, 1.5)
    lead = _skip_directions(doc, mention.start)
    before = _governing_prep(doc[mention.start : mention.end]) or (doc[lead - 1].lower_ if lead > 0 else "")
    before = "in" if _impact_into(doc, lead) else before
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    at = before in AT_WORDS and not _office_of(doc[mention.start : mention.end])
    if _names_facility_hit(doc[mention.start : mention.end]):
        score += FACILITY_HIT_BONUS
    elif at or after == "'s":
        score += 1.5
    measured = any(t.lower_ in DISTANCE_UNITS for t in doc[max(lead - 4, 0) : lead]) or _bearing_from(doc, lead)
    if before in AWAY_WORDS or (measured and _other_scene(mention, doc)) or _far_reference(mention, doc, FAR_KM):
        score -= 4.0
    if _other_event(doc[mention.start : mention.end]) or _talks_venue(doc[mention.start : mention.end]):
        score -= OTHER_EVENT_PENALTY
    if _launch_site(doc[mention.start : mention.end]):
        score -= 4.0
    if not violent and _branch_office(doc[mention.start : mention.end]):
        return -1.0
    credit = _credit_line(doc[mention.start : mention.end])
    if credit or _speaker_place(doc[mention.start : mention.end]):
        if not violent and (credit or _seat_of_officials(place)):
            return -1.0  # 'a senior official in New Delhi said', 'By Our Correspondent, Minna': where talk was
        score -= SPEAKER_PLACE_PENALTY
    if in_dateline(doc, mention.start_char, mention.end_char):
        score -= 3.0
    if where_treated(doc[mention.end - 1]):
        score -= 4.0
    return score


MEMBER_NOUNS = word_set("places.json", "member_nouns")


def _member_of(span: Span) -> bool:
    """Is the name what someone is a member or supporter of ('a member of Svoboda', 'supporters of Likud'): a party or
    a group that shares a place's name, not where the attack was?"""
    node = span.root
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in MEMBER_NOUNS


def _island(span: Span) -> bool:
    """Is the name called an island ('on Basilan island', 'the island of Jolo'): an area holding towns, which a town
    the text also names places more closely?"""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in ISLAND_WORDS or (
        span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ISLAND_WORDS
    )


BRANCH_NOUNS = word_set("places.json", "branch_nouns")


def _branch_office(span: Span) -> bool:
    """Does the name say which branch of a body speaks ('the FBI's Cincinnati office', "Reuters' Nairobi bureau"), not
    where the attack was?"""
    head = span.root.head
    return span.root.dep_ in ("compound", "nmod") and head.lower_ in BRANCH_NOUNS and head.i > span.root.i


def _seat_of_officials(place: Place | None) -> bool:
    """Is the place a region, a country or a big city, where officials speaking of an attack sit (not a town whose
    'community leader in Tame said' speaks from the scene)?"""
    return place is None or place.kind != "city" or (place.population or 0) >= BIG_CITY


OFFICE_TITLES = word_set("places.json", "office_titles")
STATE_ACTS = word_set("places.json", "state_acts")
STATE_BLAMED = word_set("places.json", "state_blamed")


IMPACT_VERBS = word_set("places.json", "impact_verbs")


def _impact_into(doc: Doc, lead: int) -> bool:
    """Is the place what something crashed into ('rockets slammed into Safed', 'a truck ploughed into Nice's
    promenade'), not where someone went ('fled into Niger')?"""
    if lead < 1 or doc[lead - 1].lower_ not in ("into", "onto"):
        return False
    verb = doc[lead - 1].head
    return verb.lemma_.lower() in IMPACT_VERBS or verb.lower_ in IMPACT_VERBS


FACILITY_HIT_BONUS = 2.0  # the name of what the attack hit ties the place to it closer than an 'in' phrase does


def _names_facility_hit(span: Span) -> bool:
    """Does the place name the facility an attack hit ('the bombing of the Oklahoma City federal building', 'stormed
    the Kabul airport')?"""
    head = span.root.head
    if span.root.dep_ not in ("compound", "nmod") or not facility_head(head):
        return False
    prep = head.head
    return attacked_object(head) or (head.dep_ == "pobj" and prep.lower_ in ("of", "on") and is_act(prep.head))


def _bearing_from(doc: Doc, lead: int) -> bool:
    """Is the place a bearing's point of reference ('Tanauan, south of Manila', 'a village north of Jos'), not what
    lies 'in the south of' it?"""
    if lead < 2 or doc[lead - 1].lower_ != "of" or doc[lead - 2].lower_ not in DIRECTIONS:
        return False
    return lead < 3 or doc[lead - 3].lower_ not in ("the", "its")


def _state_actor(span: Span) -> bool:
    """Is the name its state acting or blamed ('as Moscow launched its biggest wave of strikes', 'the SDF
    accused Ankara of backing the rebels'), a government, not the place attacked?"""
    node = span.root
    verb = node.head.lemma_.lower()
    return (node.dep_ == "nsubj" and verb in STATE_ACTS) or (node.dep_ == "dobj" and verb in STATE_BLAMED)


def _office_of(span: Span) -> bool:
    """Is the name the seat of an office ('the governor of Balkh', 'the mayor of Tanauan', 'Vice Mayor X of Aparri'),
    which says whose office it is, not where the attack was?"""
    node = span.root
    if node.dep_ == "compound" and node.head.lower_ in TOWN_WORDS:  # 'Vice Mayor X of Aparri town'
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    holder = node.head.head
    return holder.lower_ in OFFICE_TITLES or (holder.pos_ == "PROPN" and _office_holder(holder))


def _other_scene(mention: PlaceMention, doc: Doc) -> bool:
    """Does the sentence name a town or site besides the place (not an area: 'in East Gojjam zone')? '35 km
    from Maiduguri' after 'the village of Kaga' only measures; alone ('stopped 40 km north of Debre Markos')
    it is the nearest named point."""
    sent = doc[mention.start].sent
    areas = REGION_WORDS | DISTRICT_WORDS
    for ent in sent.ents:
        if ent.start != mention.start and _settlement(doc[ent.start : _hyphen_end(doc, ent.end)]):
            return True  # "entered Saut-d'Eau, some 15 km west of Mirebalais" with the village tagged as a person
        if ent.start == mention.start or ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        known = load_gazetteer().lookup(ent.text)
        if ent[-1].lower_ not in areas and after not in areas and not (known and known[0].kind != "city"):
            return True
    return False


def choose_location(
    mentions: Sequence[tuple[PlaceMention, bool]],
    doc: Doc,
    dateline: PlaceMention | None,
    context: Sequence[PlaceMention] = (),
) -> Location:
    """The incident's place: the best-scored mention; a named facility beside it; else the dateline (a name
    that is a settlement only by its preposition counts in sentences on the attack, and gives way to the
    known town that holds it: 'in Anderstown' in a text on Belfast); `context` places may hold a settlement
    but are not the incident's own ('..., while a bombing in nearby Kolofata killed two': Mora of the clause
    before)."""
    mentions = [(m, violent) for m, violent in mentions if violent or not m.weak]
    scored = [(m, _score(m, doc, violent)) for m, violent in mentions if m.place or m.settlement]
    scored = sorted([(m, s) for m, s in scored if s > 0], key=lambda ms: -ms[1])
    resolved = [m for m, _ in mentions if m.place and m.place.kind != "continent"] + list(context)
    if dateline is not None and dateline.place is not None:
        resolved.append(dateline)
    if not scored or not resolved:
        facilities = [m for m, _ in mentions if m.facility]
        named = next((t for f in facilities if (t := _town_in_name(f, doc)) is not None), None)
        if named is not None:  # 'gunmen stormed the Kabul Serena hotel'
            return _location(named, _facility_near(named, facilities, facilities, doc), doc)
        if dateline is None or dateline.place is None:
            dateline = next((m for m in resolved if _speaker_place(doc[m.start : m.end])), None)
        if dateline is None or dateline.place is None:
            return Location()
        in_violent = [m for m, violent in mentions if m.facility and violent]
        return _location(_town_in_facility(dateline, in_violent, doc), next(iter(in_violent), None), doc)
    best = scored[0][0]
    if best.place is None:
        best = _known_end_of_route(best, [m for m, _ in scored if m.place], doc) or best
    facilities = [m for m, _ in mentions if m.facility]
    in_violent = [m for m, violent in mentions if m.facility and violent]
    ranked = [m for m, _ in scored if m.place] + resolved
    settlement = next((m for m, _ in scored if m.settlement), None)
    if best.place is None or (settlement and best.place.kind != "city"):
        assert settlement is not None
        container = _container(settlement, ranked, doc)
        if container.place is not None and in_dateline(doc, container.start_char, container.end_char):
            container = _measured_near(settlement, container.place.country_code, doc) or container
        if best.place is None or _same_country(container, best):
            district = container.text.split()[-1].lower() in DISTRICT_WORDS  # 'a village in Tsafe LGA'
            weak = settlement.weak and not in_dateline(doc, container.start_char, container.end_char)
            weak = weak and container not in _short_way_off(settlement, ranked, doc)  # '8km west of Khiam'

            part = _part_of_town(settlement, doc)  # 'the southeastern suburb of Ain Zara': the city is the place
            town = (weak or district or part) and container.place is not None and container.place.kind == "city"
            facility = _facility_near(settlement, facilities, in_violent, doc)
            return _location(container, facility, doc, name=None if town else settlement)
    best = _town_of_state(best, [m for m, _ in scored], doc)
    nearby = [m for m, _ in scored if not where_treated(doc[m.end - 1])] + ([dateline] if dateline else [])
    best = _town_beyond_outskirts(best, nearby, doc)
    best = _more_specific(best, [m for m, _ in scored if m.place and not where_treated(doc[m.end - 1])])
    best = _dateline_town(best, dateline, doc, [m for m, _ in mentions])
    best = _town_in_facility(best, in_violent, doc)
    return _location(best, _facility_near(best, facilities, in_violent, doc), doc)


TOWN_IN_NAME_POPULATION = 100000


def _first_city(name: str) -> Place | None:
    """The gazetteer's first town or city of that name, whatever its country."""
    return next((p for p in load_gazetteer().lookup(name) if p.kind == "city"), None)


def _town_in_name(facility: PlaceMention, doc: Doc) -> PlaceMention | None:
    """The city a facility's name opens with ('the Kabul Serena hotel', 'the Quetta Press Club'), a big one."""
    start = facility.start + (doc[facility.start].lower_ == "the")
    for end in (start + 2, start + 1):
        if end >= facility.end:
            continue
        span = doc[start:end]
        town = _first_city(span.text)
        if town is not None and (town.population or 0) >= TOWN_IN_NAME_POPULATION:
            return PlaceMention(span.start, span.end, span.start_char, span.end_char, span.text, town)
    return None


def _town_in_facility(best: PlaceMention, facilities: list[PlaceMention], doc: Doc) -> PlaceMention:
    """'Northern Ireland' and 'the Youth Sport Omagh complex': a town of the chosen region or country named inside
    the attacked facility's name is more specific."""
    place = best.place
    if place is None or place.kind not in ("admin1", "country"):
        return best
    same = "admin1_code" if place.kind == "admin1" else "country_code"
    for fac in facilities:
        for tok in doc[fac.start : fac.end]:
            if tok.pos_ != "PROPN" or tok.is_upper:
                continue
            towns = (p for p in load_gazetteer().lookup(tok.text) if p.kind == "city")
            town = next((p for p in towns if getattr(p, same) == getattr(place, same)), None)  # Victoria, Texas
            if town is not None:
                return PlaceMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, town)
    return best


CONTAINER_WINDOW = 12
OUTSKIRTS_WORDS = word_set("places.json", "outskirts_words")
OUTSKIRTS_KM = 60
METROPOLIS_POPULATION = 500000


def _town_beyond_outskirts(best: PlaceMention, scored: list[PlaceMention], doc: Doc) -> PlaceMention:
    """'a prison on the outskirts of Jakarta' then 'the prison, in the satellite city of Bekasi', or 'ALLEN, Texas -
    ... a mall in a Dallas suburb': a big city the attack is only near gives way to a smaller town near it (60 km)
    that the incident's sentences or the dateline name."""
    city = best.place
    before = doc[best.start - 2 : best.start] if best.start > 1 else None
    if city is None or city.kind != "city" or city.lat is None or city.lon is None or before is None:
        return best
    if (city.population or 0) < METROPOLIS_POPULATION:
        return best  # 'a camp near Ahoada': a small town is where the attack was
    near = before[1].lower_ in OUTSKIRTS_WORDS or (before[1].lower_ == "of" and before[0].lower_ in OUTSKIRTS_WORDS)
    if not (near or (best.end < len(doc) and doc[best.end].lower_ in OUTSKIRTS_WORDS)):  # 'a Dallas suburb'
        return best
    for m in scored:
        town = m.place
        if town is None or town.kind != "city" or town.geonames_id == city.geonames_id or town.lat is None:
            continue
        if (town.population or 0) >= (city.population or 0):
            continue
        if town.lon is not None and haversine_km((town.lat, town.lon), (city.lat, city.lon)) <= OUTSKIRTS_KM:
            return m
    return best


def _town_of_state(best: PlaceMention, scored: list[PlaceMention], doc: Doc) -> PlaceMention:
    """'the kidnapping in Katsina' beside 'Katsina state' and 'stormed the school in Kankara': a city's bare name that
    is also its state's, which the text calls a state, is the state when the incident's sentences name a town of it,
    and the town is the place (a town named only in background sentences is not among them)."""
    city = best.place
    if city is None or city.kind != "city" or in_dateline(doc, best.start_char, best.end_char):
        return best
    if _town_of(doc, best.start):  # 'near the northern Malian city of Gao'
        return best
    if normalise(city.admin1 or "") != normalise(best.text) or not _called_region(doc[best.start : best.end]):
        return best
    towns = [
        m
        for m in scored
        if m.place is not None
        and m.place.kind == "city"
        and m.place.admin1_code == city.admin1_code
        and m.place.geonames_id != city.geonames_id
    ]
    return towns[0] if towns else best


def _part_of_town(settlement: PlaceMention, doc: Doc) -> bool:
    """Is the settlement called a part of a town ('the suburb of Ain Zara', 'the Kibera neighbourhood', 'Barangay
    San Isidro')?"""
    before = doc[settlement.start - 2 : settlement.start] if settlement.start > 1 else None
    after = doc[settlement.end].lower_ if settlement.end < len(doc) else ""
    called = before is not None and before[1].lower_ == "of" and before[0].lower_ in NEIGHBOURHOOD_WORDS
    prefixed = doc[settlement.start].lower_ in word_set("places.json", "subunit_prefixes")  # 'Barangay San Isidro'
    return called or prefixed or after in NEIGHBOURHOOD_WORDS or _area_of_town(doc, settlement.end)


def _area_of_town(doc: Doc, end: int) -> bool:
    """Does 'area of' follow the name ('the Hazara Town area of Quetta'): a part of the town named next?"""
    words = [t.lower_ for t in doc[end : end + 3]]
    return words[:2] == ["area", "of"] or (words[:1] in (["town"], ["city"]) and words[1:3] == ["area", "of"])


def _known_end_of_route(settlement: PlaceMention, placed: list[PlaceMention], doc: Doc) -> PlaceMention | None:
    """'between the city of Mayadin and the village of Mahkan': of the two ends of a stretch of road, the
    town the gazetteer knows places the attack better than a village it lacks."""
    sent = doc[settlement.start].sent
    between = [t for t in sent if t.lower_ == "between" and t.i < settlement.start]
    if not between:
        return None
    start = between[-1].i
    ends = [m for m in placed if start < m.start < settlement.start and m.place and m.place.kind == "city"]
    joined = ends and all(t.lower_ not in (",", ";") or t.i < start for t in doc[start : settlement.start])
    return ends[-1] if joined else None


def _container(settlement: PlaceMention, resolved: list[PlaceMention], doc: Doc) -> PlaceMention:
    """The gazetteer place that holds a settlement it lacks: the most specific one named right after
    it ('Mucojo in northern Mozambique's Cabo Delgado province', 'Lala in Ituri's Djugu territory') or after
    another mention of its name ('Bagram Airfield in Afghanistan'), else one in its sentence, else the most
    specific in the country of the text's best-tied place (a far point of reference in its sentence before one
    elsewhere); for a region, a town of that region the text names
    (not the dateline's: where the reporter is)."""
    order = {"city": 0, "admin1": 1, "country": 2}
    sent = doc[settlement.start].sent
    placing = [m for m in resolved if not _speaks_or_owns(m, doc)] or resolved
    measured, placing = placing, [m for m in placing if not _far_reference(m, doc)] or placing
    after = [m for m in placing if settlement.end <= m.start < settlement.end + CONTAINER_WINDOW and m.start < sent.end]
    near = (
        after or _placed_elsewhere(settlement, placing, doc) or [m for m in placing if sent.start <= m.start < sent.end]
    )
    near = near or [m for m in measured if sent.start <= m.start < sent.end]  # 'near X, some 90 km north of Y'
    near = near or [m for m in placing if _same_country(m, placing[0])]
    best = min(near, key=lambda m: (order.get(str(m.place.kind if m.place else ""), 3), resolved.index(m)))
    if best.place is not None and best.place.kind != "city":
        best = next(iter(_short_way_off(settlement, resolved, doc)), best)
    towns = [m for m in resolved if _town_in_region(m, best) and not in_dateline(doc, m.start_char, m.end_char)]
    return towns[0] if towns else best


NEAR_KM = 30
MILES_KM = 1.6


def _short_way_off(settlement: PlaceMention, resolved: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """'a correspondent in Marjayoun, reporting from about 8km west of Khiam': a town the text puts a short way
    (30 km) from a settlement the gazetteer lacks, in the sentence that measures it, stands nearest to it."""
    name = settlement.text.lower()
    for sent in doc.sents:
        at = next((t.i for t in sent if doc[t.i : t.i + len(settlement.text.split())].text.lower() == name), None)
        if at is None or at < sent.start + 3 or doc[at - 1].lower_ not in ("of", "from"):
            continue
        km = _distance_before(doc, at - 1)
        towns = [m for m in resolved if sent.start <= m.start < sent.end and m.place and m.place.kind == "city"]
        if km is not None and km <= NEAR_KM and towns:
            return towns[:1]
    return []


def _measured_near(settlement: PlaceMention, country: str | None, doc: Doc) -> PlaceMention | None:
    """'The hotel is in Sevare, some 600 km northeast of the capital Bamako and about 10 km from the city of Mopti':
    a town of the country the text puts a short way (30 km) from a settlement the gazetteer lacks, anywhere in the
    text, places it better than the dateline."""
    name = settlement.text.lower()
    for sent in doc.sents:
        if name not in sent.text.lower():
            continue
        for ent in sent.ents:
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            town_of = before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in CITY_WORDS
            lead = ent.start - 3 if town_of else ent.start - 1
            lead -= 1 if lead > 0 and doc[lead].lower_ == "the" else 0  # 'from the city of Mopti'
            if ent.label_ not in PLACE_LABELS or lead < 1 or doc[lead].lower_ not in ("of", "from"):
                continue
            km = _distance_before(doc, lead)
            town = _first_city(ent.text)
            if km is not None and km <= NEAR_KM and town is not None and town.country_code == country:
                return PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, town)
    return None


def _far_reference(mention: PlaceMention, doc: Doc, far: float = NEAR_KM) -> bool:
    """Is the place a far point a distance is measured from ('Nampala, some 500 km north-east of Bamako'), which
    holds nothing?"""
    if mention.start == 0 or doc[mention.start - 1].lower_ not in ("of", "from"):
        return False
    km = _distance_before(doc, mention.start - 1)
    return km is not None and km > far


def _distance_before(doc: Doc, of: int) -> float | None:
    """The distance in km given just before 'of'/'from' ('8km (5 miles) west of', '20 kilometres from')."""
    for tok in doc[max(of - 8, 0) : of]:
        unit = tok.lower_.lstrip("0123456789.")
        number = tok.text[: len(tok.text) - len(unit)] if unit else ""
        if not number and tok.i > 0 and tok.lower_ in DISTANCE_UNITS and doc[tok.i - 1].like_num:
            number, unit = doc[tok.i - 1].text, tok.lower_
        if number and unit in DISTANCE_UNITS:
            try:
                value = float(number.replace(",", ""))
            except ValueError:
                continue
            return value * (MILES_KM if unit.startswith("mi") else 1.0)
    return None


def _speaks_or_owns(mention: PlaceMention, doc: Doc) -> bool:
    """A place named as a speaker or where one speaks ('Beijing said', 'said in Paris') or as an owner
    ("China's citizens"): it tells no settlement's whereabouts."""
    span = doc[mention.start : mention.end]
    country = mention.place is not None and mention.place.kind == "country"
    return _speaker_place(span) or (country and _nationality(span))


def _placed_elsewhere(settlement: PlaceMention, resolved: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """'On December 21 in Bagram, a bomber ...' then '... the attack near Bagram Airfield in Afghanistan': the
    places named right after another mention of the settlement's name, in that mention's sentence."""
    size, name = settlement.end - settlement.start, settlement.text.lower()
    out = []
    for tok in tokens(doc):
        if tok.i == settlement.start or doc[tok.i : tok.i + size].text.lower() != name:
            continue
        end = tok.i + size
        out += [m for m in resolved if end <= m.start < min(end + CONTAINER_WINDOW, tok.sent.end)]
    return out


def _town_in_region(town: PlaceMention, region: PlaceMention) -> bool:
    """Is `town` a city of the region `region` names (a settlement's nearest point the text gives: 'the
    village of Mbiame in the North-West region' with 'taken to the hospital in Kumbo, 25 km away')?"""
    a, b = town.place, region.place
    return (
        a is not None and b is not None and a.kind == "city" and b.kind == "admin1" and a.admin1_code == b.admin1_code
    )


def _same_country(a: PlaceMention, b: PlaceMention) -> bool:
    return a.place is not None and b.place is not None and a.place.country_code == b.place.country_code


def _country_part(mention: PlaceMention, doc: Doc) -> bool:
    """Does the text name a part of the country ('northern Kenya', "Kenya's north-east"), not the country as such?"""
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    after = [t.lower_ for t in doc[mention.end : mention.end + 2]]
    return before in DIRECTIONS or (len(after) == 2 and after[0] in POSSESSIVES and after[1] in DIRECTIONS)


def _says_capital(mentions: Sequence[PlaceMention], doc: Doc) -> bool:
    """Do the sentences of the incident's places call where it was 'the capital' ('in the Tunisian capital')?"""
    sents = {doc[m.start].sent.start: doc[m.start].sent for m in mentions}
    return any(t.lower_ == "capital" for sent in sents.values() for t in sent)


def _measured_from_capital(doc: Doc) -> bool:
    """Does the text set a place a distance or bearing from the capital ('some 120 km southwest of the capital'):
    the attack was away from the dateline's city?"""
    return any(
        tok.lower_ == "capital"
        and tok.i >= 3
        and doc[tok.i - 2].lower_ in ("of", "from")
        and (doc[tok.i - 3].lower_ in DIRECTIONS or doc[tok.i - 3].lower_ in DISTANCE_UNITS)
        for tok in tokens(doc)
    )


def _dateline_town(
    best: PlaceMention, dateline: PlaceMention | None, doc: Doc, mentions: Sequence[PlaceMention]
) -> PlaceMention:
    """An attack the text places only by its country ('outside Ukraine's parliament', 'in the Tunisian capital')
    under a dateline naming a town of that country: the dateline's town, not the country's centre; not when
    the text names a part of the country ('in Kenya's north-east' under NAIROBI) and never says 'the capital', nor
    when it measures a place from the capital."""
    if best.place is None or best.place.kind != "country" or dateline is None or dateline.place is None:
        return best
    if (_country_part(best, doc) and not _says_capital(mentions, doc)) or _measured_from_capital(doc):
        return best
    town = dateline.place.kind == "city" and dateline.place.country_code == best.place.country_code
    return dateline if town else best


def _more_specific(best: PlaceMention, others: list[PlaceMention]) -> PlaceMention:
    """Prefer a city inside the chosen country or region when the text names one (not a city of another
    region: Kabul is no more specific than Baghlan province), else a region inside the chosen country
    ("Afghanistan's southern Kandahar province")."""
    if best.place is None or best.place.kind == "city":
        return best
    same = "country_code" if best.place.kind == "country" else "admin1_code"
    for kind in ("city", "admin1") if best.place.kind == "country" else ("city",):
        for m in others:
            if m.place and m.place.kind == kind and getattr(m.place, same) == getattr(best.place, same):
                return m
    return best


def _facility_near(
    place: PlaceMention, facilities: list[PlaceMention], in_violent: list[PlaceMention], doc: Doc
) -> PlaceMention | None:
    """A named facility right after "<place>'s", else the first one a sentence about the attack names (or an
    attack acts on: 'tried to storm PNS Siddique'), the body's before the headline's; not one the text sets
    another inside ('the gymnasium on the campus of X University': X University holds the place attacked)."""
    for fac in facilities:
        if fac.start in (place.end + 1, place.end) and doc[place.end].lower_ == "'s":
            return fac
    held = _containers(facilities, doc)
    facilities = [f for f in facilities if normalise(f.text) not in held] or facilities
    in_violent = [f for f in in_violent if normalise(f.text) not in held]
    sent = doc[place.start].sent
    same = [f for f in in_violent if sent.start <= f.start < sent.end]
    acted_on = [f for f in facilities if attacked_object(doc[f.end - 1])]
    ranked = [f for group in (same, acted_on, in_violent, facilities) for f in group]
    return min(ranked, key=lambda f: _in_headline(doc, f.start_char), default=None)


CONTAINER_LINKS = word_set("places.json", "container_links")
CONTAINER_GAP = 5


def _containers(facilities: list[PlaceMention], doc: Doc) -> frozenset[str]:
    """The names of facilities the text sets another one inside ('the Dimaporo Gymnasium on the campus of
    Mindanao State University')."""
    out = set()
    for inner, outer in itertools.pairwise(sorted(facilities, key=lambda f: f.start)):
        gap = doc[inner.end : outer.start]
        if 0 < len(gap) <= CONTAINER_GAP and all(t.lower_ in CONTAINER_LINKS for t in gap):
            out.add(normalise(outer.text))
    return frozenset(out)


def _in_headline(doc: Doc, start_char: int) -> bool:
    """Is the character in a headline, the first line when it has no full stop?"""
    text = doc_text(doc)
    end = text.find("\n")
    return 0 <= start_char < end and _headline(text[:end])


def _town_name(mention: PlaceMention) -> str:
    """A town's name without the district word of the area named after it ('Malumfashi' of 'Malumfashi LGA'), a
    settlement's without its settlement word ('Lembantongoa' of 'Lembantongoa village'), or
    the 'City' the Philippine press adds to a one-word city's name ('Lamitan City', 'Davao City'; not 'Mexico
    City', named after a country, nor 'Kansas City', after a state)."""
    words = mention.text.split()
    place = mention.place
    if place is None and len(words) > 1 and words[-1].lower() in SETTLEMENT_WORDS:  # 'Lembantongoa village'
        return " ".join(words[:-1])
    town = place is not None and place.kind == "city" and len(words) > 1
    if town and words[-1].lower() in DISTRICT_WORDS:
        return " ".join(words[:-1])
    if town and len(words) == 2 and words[-1].lower() == "city" and place is not None:
        short = load_gazetteer().lookup(words[0].title() if words[0].isupper() else words[0])
        region = any(p.kind in ("admin1", "country") for p in short) and "City" in place.name.split()  # 'Oklahoma City'
        if any(p.geonames_id == place.geonames_id for p in short) and short[0].kind == "city" and not region:
            return words[0]
    return mention.text


def _location(
    mention: PlaceMention, facility: PlaceMention | None, doc: Doc, name: PlaceMention | None = None
) -> Location:
    """The Location of a resolved mention; `name` is a settlement it holds, named instead (its point
    is the container's, so the precision stays the container's)."""
    place = mention.place
    assert place is not None
    shown = name or mention
    named = place.name if place.kind == "country" and load_gazetteer().demonym(shown.text) else _town_name(shown)
    if named.isupper() and name is None:  # 'KARACHI:' in a dateline
        named = place.name if normalise(place.name) == normalise(named) else named.title()
    spans = [evidence(doc, shown.start_char, shown.end_char)]
    if name is not None:
        spans.append(evidence(doc, mention.start_char, mention.end_char))
    if facility is not None:
        spans.append(evidence(doc, facility.start_char, facility.end_char))
    return Location(
        name=named,
        facility=facility.text if facility else None,
        country_code=place.country_code,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        precision=place.kind if place.kind in ("city", "admin1", "country") else "unknown",
        geonames_id=None if name is not None else place.geonames_id,
        evidence=spans,
    )


DATELINE_LINES = 5


def dateline_bounds(doc: Doc) -> tuple[int, int]:
    """Where a news dateline starts and ends, found once per document text (rules ask it for every sentence)."""
    text = doc_text(doc)
    cached = doc.user_data.get("polybius_dateline")
    if cached is None or cached[0] is not text:
        cached = doc.user_data["polybius_dateline"] = (text, _dateline_bounds(text))
    return cached[1]


def _dateline_bounds(text: str) -> tuple[int, int]:
    """Where a news dateline ('KABUL, Oct. 9 -', 'Kharkiv, Ukraine (CNN) —', 'KARACHI:') starts and ends: at the
    top, or on a line after the headline ('Gunmen kill 12 ...' then 'PEMBA, Mozambique, June 12 (wire) -'), not a
    live update's time ('20:45 GMT - Toll rises'); (0, 0) if none."""
    start = 0
    for _ in range(DATELINE_LINES):
        while start < len(text) and text[start].isspace():
            start += 1
        line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
        head = line[:120]
        for sep in (" - ", " -- ", " — ", " – ", ": "):
            pos = head.find(sep)
            colon = sep == ": "
            timed = head[:1].isdigit()  # '20:45 GMT - Toll rises'
            if 0 < pos < 80 and not timed and _dateline_head(head[:pos], colon) and not (colon and _headline(line)):
                return start, start + pos
        start += len(line)
    return 0, 0


def _headline(line: str) -> bool:
    """Does the line end without a full stop, as a headline does ('Hamburg: Two killed in knife attack')?"""
    return not line.rstrip().rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))


WIRE_LABELS = word_set("places.json", "wire_labels")
DATELINE_CITY_POPULATION = 100000  # a mixed-case 'Srinagar:' must be a real city, not a label ('Watch:')


def _dateline_head(head: str, colon: bool) -> bool:
    """Is `head` a dateline's place: in capitals ('KABUL, Oct. 9', 'KARACHI'; before a colon only a known city, not
    'BREAKING'), or a known city in mixed case with its country or an agency ('Kharkiv, Ukraine (CNN)') or, before
    a colon, a big city alone ('Srinagar', as Indian papers write it)?"""
    parts = head.split(",")
    name = parts[0].split("(")[0].strip()
    if name.split() and name.split()[0].lower() in WIRE_LABELS:
        return False  # 'FLASH -- Gunmen attack ...', 'UPDATE 2 -- ...': a wire's label, not a place
    if name.isupper() and len(name) >= 3:
        return not colon or any(p.kind == "city" for p in load_gazetteer().lookup(name.title()))
    words = name.split()
    if not words or len(words) > 3 or not all(w[0].isupper() for w in words):
        return False
    cities = [p for p in load_gazetteer().lookup(name) if p.kind == "city"]
    if colon:
        return len(parts) == 1 and any((p.population or 0) >= DATELINE_CITY_POPULATION for p in cities)
    held = len(parts) > 1 and _holder(parts[1].split("(")[0].strip()) is not None
    return bool(cities) and (held or "(" in head)


def dateline_end(doc: Doc) -> int:
    """Where a news dateline ends, or 0 if the text has none."""
    return dateline_bounds(doc)[1]


def in_dateline(doc: Doc, start_char: int, end_char: int) -> bool:
    """Is this stretch of text inside the dateline?"""
    start, end = dateline_bounds(doc)
    return start <= start_char and end_char <= end and end > 0


def dateline_place(mentions: Sequence[PlaceMention], doc: Doc) -> PlaceMention | None:
    """The place of the dateline, else the country the text is about, used only when the text ties no
    place to the attack."""
    for m in mentions:
        if m.place is not None and in_dateline(doc, m.start_char, m.end_char):
            return m
    return main_country(doc)


def main_country(doc: Doc) -> PlaceMention | None:
    """The first naming ('El Salvador', 'Salvadoran') of the one country the text supports most (named,
    or holding its towns), not as a noun's owner ('U.S. citizens'); None on a tie or without one."""
    ranked = place_context(doc).support().most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    gaz = load_gazetteer()
    place = gaz.country(ranked[0][0])
    for ent in entities(doc):
        if ent.label_ in PLACE_LABELS and not _nationality(ent):
            named = gaz.named_country(ent.text)
            code = named.country_code if named is not None else None
        elif ent.label_ == "NORP":
            code = gaz.demonym(ent.text)
        else:
            continue
        if place is not None and code == place.country_code:
            return PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, place)
    return None
