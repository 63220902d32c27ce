"""Per-sentence analysis: what each sentence says (triggers, figures, places, dates, statements).

Incidents are then built from groups of sentences, so each field's evidence is a sentence's span.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from polybius.extract.actors import find_actor_mentions
from polybius.extract.dates import (
    DateMention,
    date_role,
    dated_verb,
    dateline_date,
    find_dates,
    is_act,
    zone_conversion,
)
from polybius.extract.events import Trigger, find_triggers, generic_attack_words, resolve_airstrikes
from polybius.extract.figures import find_figures
from polybius.extract.kinds import FoundFigure, PerpCount, attribution, padded_sentence
from polybius.extract.lexicon import ActorMention
from polybius.extract.places import PlaceMention, find_place_mentions
from polybius.extract.resources import load_data, word_set
from polybius.extract.spans import doc_text, span_text, span_tokens
from polybius.extract.statements import FoundStatement, find_statements

PAST_DAYS = 30
RECALLED_DAYS = 365
SERIES_DAYS = 2
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "nights", "mornings", "evenings"})
LEGAL_SHARE = 0.4
PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
CONFLICT_NOUNS = word_set("segments.json", "conflict_nouns")
EVENT_NOUNS = word_set("segments.json", "event_nouns")
INCIDENT_NOUNS = word_set("segments.json", "incident_nouns")
WEEKDAYS = word_set("segments.json", "weekdays")
SHORT_SPAN_UNITS = word_set("segments.json", "short_span_units")
STRUCK_ACTS = word_set("segments.json", "struck_acts")
STRUCK_VERBS = word_set("segments.json", "struck_verbs")
STRUCK_ORDERS = word_set("segments.json", "ordinals") | {"another"}
HARMLESS_ATTACK_KINDS = word_set("segments.json", "harmless_attack_kinds")
NUMBER_WORDS = {w: n for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven"))}
WEEK_DAYS = 7
ACTOR_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})
HARM_KINDS = frozenset({"killed", "injured", "hospitalized", "hostages"})
RELATIVE_TIME = re.compile(
    r"^\W*(?:(?:\w+ )?(?:days?|weeks?|months?|years?) (?:later|earlier|after|before)"
    r"|(?:that|the same|the following|the next|the previous) (?:day|week|month|year)|later that)",
    re.IGNORECASE,
)
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
YEARS_AGO = re.compile(r" \S+ (?:years|decades|months) (?:since|after|ago|on) ")
FRAME_WORDS = 6
FRAME_SIZE = 2


@dataclass
class SentenceInfo:
    """Everything the incident builder needs to know about one sentence."""

    index: int
    span: Span
    paragraph: int
    triggers: list[Trigger] = field(default_factory=list)
    figures: list[FoundFigure] = field(default_factory=list)
    actor_clauses: list[range] = field(default_factory=list)  # 'a group that killed 140 at a school in 2014'
    counts: list[PerpCount] = field(default_factory=list)
    statements: list[FoundStatement] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    fiction: bool = False
    background: bool = False
    aggregate: bool = False
    attack_words: int = 0
    lists_victims: bool = False
    struck: bool = False

    @property
    def event_types(self) -> set[str]:
        """Event-type labels triggered in this sentence."""
        return {t.label for t in self.triggers if t.table == "event_types"}

    @property
    def reported(self) -> bool:
        """Does the sentence report current events (not fiction, not a past attack recalled)?"""
        return not (self.fiction or self.background)

    @property
    def violent(self) -> bool:
        """Does the sentence itself report violence (not merely mention it figuratively)?"""
        if not self.reported:
            return False
        harm = any(f.figure.kind in ("killed", "injured", "hostages") for f in self.figures)
        return (
            bool(self.event_types)
            or (harm and self.attack_words > 0)
            or (self.attack_words > 0 and bool(self.counts))
            or self.struck
        )


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]


def _paragraph_of(starts: list[int], char: int) -> int:
    n = 0
    for i, start in enumerate(starts):
        if start <= char:
            n = i
    return n


def _is_fiction(sent: Span) -> bool:
    """Film plots, box-office reports and sports write-ups use violent words that report nothing."""
    cues = word_set("segments.json", "fiction_cues")
    return any((t.lower_ in cues or t.lemma_.lower() in cues) and not _cue_in_name(t) for t in span_tokens(sent))


def _cue_in_name(tok: Token) -> bool:
    """'the Awami League', 'the Arab League' (a name, no sports); 'episodes of terror' (a figure of speech)."""
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    named = tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "NORP", "GPE", "FAC")
    return named or (after is not None and after.lower_ == "of" and tok.tag_ == "NNS")


def _is_background(sent: Span) -> bool:
    """'The insurgency, which began in 2017, has killed more than 5,000', 'Israeli strikes since the
    truce have killed dozens': a conflict's running total, not this attack's toll."""
    text = padded_sentence(sent)
    harm = ("kill", "claim", "displace")
    verbs = [tok for tok in span_tokens(sent) if tok.lemma_.lower() in harm]
    own_toll = any(_short_span(v) or _one_act_subject(v) for v in verbs)
    toll_cues = load_data("segments.json")["toll_cues"]
    cues = [c for c in load_data("segments.json")["background_cues"] if c in text and not (own_toll and c in toll_cues)]
    if any(not _aside(sent, text, cue) for cue in cues) or _link_line(sent):
        return True
    return any(
        (_cumulative_subject(v) and not _headline_present(v)) or _running_since(v) for v in verbs if not _short_span(v)
    )


def _short_span(verb: Token) -> bool:
    """'has killed more than 60 people in two days', 'since Monday', 'over the weekend', 'in the past 24 hours': a toll
    counted over a few days is one clash's toll, not a conflict's running total."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "over", "since", "within")):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lower_ in WEEKDAYS or (noun.lower_ in SHORT_SPAN_UNITS and _few(noun)):
                return True
    return False


def _few(noun: Token) -> bool:
    """'two days', '48 hours', 'the weekend', 'the past day': a count of at most a week (hours: any count)."""
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    if not counts:
        return True
    value = NUMBER_WORDS.get(counts[0].lower_) or (int(counts[0].text) if counts[0].text.isdigit() else 99)
    return noun.lemma_.lower() == "hour" or value <= WEEK_DAYS


def _one_act_subject(verb: Token) -> bool:
    """'A suicide bomb attack on a mosque has killed more than 30 people': the toll of one attack, not a total."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ != "NN" or subj.lower_ not in INCIDENT_NOUNS:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("this", "that") for c in subj.children)


def _headline_present(verb: Token) -> bool:
    """'Clashes between army and rebels kill over 60': a headline's present tense tells this clash's toll (unlike
    'Militia attacks kill 23', several acts)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in word_set("segments.json", "clash_nouns"):
        return False
    return verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _running_since(verb: Token) -> bool:
    """'More than 200 people have been killed in Lebanon since then', 'have died since October': a perfect tense
    counted from a point in the past is a running total, not one attack's toll ('two of the wounded have since
    died' counts no span)."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and any(c.dep_ in ("prep", "advmod") and c.lower_ == "since" and c.n_rights for c in verb.children)


def _aside(sent: Span, text: str, cue: str) -> bool:
    """'Armed gangs attacked a police station, killing three, as homicides rose 40% last year': a background cue in
    a clause of another verb than the sentence's main act verb is an aside on the attack the sentence tells."""
    root = sent.root
    main = [root, *(c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB")]
    acts = [v for v in main if is_act(v) and v.pos_ == "VERB"]
    if not acts:
        return False
    start = text.index(cue) + cue.startswith(" ")
    index = text[:start].count(" ") - 1
    if not 0 <= index < len(sent):
        return False
    node = sent[index]
    while node.pos_ != "VERB" and node.head.i != node.i:
        node = node.head
    return node not in acts


def _link_line(sent: Span) -> bool:
    """'Related: Mannheim car ramming: driver jailed for life', 'Read more: ...': a link to another article."""
    label, colon, _ = span_text(sent).partition(":")
    return bool(colon) and label.strip().lower() in word_set("segments.json", "link_labels")


def _cumulative_subject(verb: Token) -> bool:
    """'The insurgency has killed 5,000', 'Israeli strikes have killed dozens': a conflict's or a series' toll."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    counted = any(c.dep_ == "nummod" for c in subj.children)
    return lemma in CONFLICT_NOUNS or (
        subj.tag_ == "NNS" and lemma in EVENT_NOUNS and not counted and not _on_one_target(subj)
    )


def _on_one_target(noun: Token) -> bool:
    """'air strikes on a concert kill at least 50': strikes on one target are one attack, not a running total."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "at")), None)
    if prep is None:
        return False
    phrase = [t for t in noun.doc[prep.i + 1 : noun.head.i] if t.dep_ not in ("aux", "auxpass", "punct")]
    return bool(phrase) and phrase[-1].tag_ == "NN"


def _resolve_pronoun_speakers(infos: list[SentenceInfo]) -> None:
    """'He blamed the ELN' after '..., the city's police commander said': he is the commander.
    Sources are looked up only for sentences before a statement that needs one."""
    for n, info in enumerate(infos):
        for found in info.statements:
            st = found.statement
            if st.speaker is None or st.speaker.lower() in PRONOUNS:
                st.speaker = _last_source(infos[:n]) or st.speaker


def _resolve_pronoun_sources(infos: list[SentenceInfo]) -> None:
    """'He initially put the toll at 16' after '..., said Joshua Dakum, the council chairman': the
    figure is the chairman's; a pronoun with no source before it gives no source."""
    for n, info in enumerate(infos):
        for i, found in enumerate(info.figures):
            source = found.figure.attributed_to
            if source is not None and source.lower() in PRONOUNS:
                figure = found.figure.model_copy(update={"attributed_to": _last_source(infos[:n])})
                info.figures[i] = replace(found, figure=figure)


VAGUE_SOURCE_WINDOW = 3


def _resolve_vague_sources(infos: list[SentenceInfo]) -> None:
    """An unnamed organisation as a source is the one the text names: 'the monitoring network' is the
    named source with that head word ('the Kordofan Monitoring Network'), and '..., a medical group
    said.' is the organisation named as a source in the next sentences ('The Sudan Doctors Network said')."""
    heads = word_set("figures.json", "organisation_source_heads")
    named: list[tuple[int, str]] | None = None
    for n, info in enumerate(infos):
        for i, found in enumerate(info.figures):
            source = found.figure.attributed_to
            if source is None or _has_name(source) or source.split()[-1].lower() not in heads:
                continue
            named = _named_sources(infos) if named is None else named
            resolved = _named_like(source, n, named) or _named_next(source, info, n, named)
            if resolved is not None:
                info.figures[i] = replace(found, figure=found.figure.model_copy(update={"attributed_to": resolved}))


def _named_sources(infos: list[SentenceInfo]) -> list[tuple[int, str]]:
    """The named source of each sentence that has one, by sentence number (read only when a vague source needs it:
    finding every sentence's source is costly)."""
    return [
        (n, src) for n, info in enumerate(infos) if (src := attribution(info.span, info.span.root)) and _has_name(src)
    ]


def _has_name(source: str) -> bool:
    return any(w[:1].isupper() for w in source.split() if w.lower() != "the")


def _named_like(source: str, n: int, named: list[tuple[int, str]]) -> str | None:
    """The nearest named source with the same head word ('network' -> 'Kordofan Monitoring Network')."""
    head = source.split()[-1].lower()
    same = [(abs(m - n), src) for m, src in named if head in re.findall(r"\w+", src.lower())]
    return min(same)[1] if same else None


def _named_next(source: str, info: SentenceInfo, n: int, named: list[tuple[int, str]]) -> str | None:
    """'a medical group said': an indefinite source is named in the next sentences."""
    text = f" {span_text(info.span).lower()} "
    if f" a {source.lower()}" not in text and f" an {source.lower()}" not in text:
        return None
    return next((src for m, src in named if n < m <= n + VAGUE_SOURCE_WINDOW), None)


def _mark_victim_lists(infos: list[SentenceInfo]) -> None:
    """'gunmen shot dead three people as they left a house: X, a councillor, and two of his
    bodyguards, officials said': the parser ends a sentence at the colon, so the sentence after a
    violent one ending in a colon lists the people it harmed."""
    for before, info in itertools.pairwise(infos):
        if before.violent and span_text(before.span).rstrip().endswith(":"):
            info.lists_victims = True


def _mark_harm_in_told_act(infos: list[SentenceInfo]) -> None:
    """'Two children were killed in the strikes on a village': a toll told of an act the article already
    named ('Tehran launched missile and drone strikes') reports that act, though the noun alone triggers nothing."""
    told: set[str] = set()
    for info in infos:
        if info.reported and not info.event_types and not info.attack_words and _harm_in(info, told):
            info.attack_words = 1
        if info.reported:
            told |= {noun for t in info.triggers if (noun := _act_noun(info.span.doc[t.end - 1], t.table))}


def _mark_killing_told(infos: list[SentenceInfo]) -> None:
    """'The mayor was killed Sunday' in an article that goes on about 'the killing' or 'his murder': a death it
    names as a killing is violence, though its own sentence has no word for an attack (not a crash or a flood)."""
    if not any(i.reported and (i.attack_words or i.event_types) and _names_the_killing(i.span) for i in infos):
        return
    mishaps = word_set("segments.json", "mishap_words")
    for info in infos:
        bare = info.reported and not info.event_types and not info.attack_words
        if bare and any(f.figure.kind == "killed" for f in info.figures):
            info.attack_words = 0 if any(t.lemma_.lower() in mishaps for t in span_tokens(info.span)) else 1


def _names_the_killing(sent: Span) -> bool:
    """'the killing of Alejandro Arcos', 'this murder', "the mayor's assassination": one killing, named."""
    nouns = word_set("segments.json", "killing_nouns")
    return any(
        t.lower_ in nouns and any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in t.children)
        for t in span_tokens(sent)
    )


def _act_noun(word: Token, table: str) -> str:
    """The noun an act trigger names: its own word, or for a weapon the act it modifies ('missile strikes')."""
    if table == "event_types":
        return word.lemma_.lower()
    return word.head.lemma_.lower() if word.dep_ == "compound" and word.head.pos_ == "NOUN" else ""


def _harm_in(info: SentenceInfo, told: set[str]) -> bool:
    """Is a harm figure's verb set 'in the <act>' whose noun names an act told before?"""
    preps = word_set("segments.json", "harm_act_preps")
    for found in info.figures:
        if found.figure.kind not in ("killed", "injured"):
            continue
        for verb in _harm_verbs(info.span.doc[found.token]):
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
                if any(o.lemma_.lower() in told and _definite(o) for o in prep.children if o.dep_ == "pobj"):
                    return True
    return False


def _harm_verbs(tok: Token) -> list[Token]:
    """The verb a figure counts the harm of, with the verbs joined to it ('were killed and ... wounded in')."""
    verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    first = verb.head if verb.dep_ == "conj" else verb
    return [first, *first.conjuncts]


def _definite(noun: Token) -> bool:
    """'the strikes', 'Tuesday's blast', 'that attack': a noun that refers back."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


def _last_source(before: list[SentenceInfo]) -> str | None:
    """The source of the nearest earlier sentence that names one (a pronoun names no one)."""
    for info in reversed(before):
        source = attribution(info.span, info.span.root)
        if source is not None and source.lower() not in PRONOUNS:
            return source
    return None


def _dated_in_past(dates: list[DateMention], published: datetime | None, sent: Span) -> bool:
    """A sentence whose main verb is dated over a month before publication recalls an earlier event
    ('In December, a similar attack killed 44'); a past date in a side clause ('since a ceasefire
    took effect in November') does not."""
    if published is None:
        return False
    valued = [d for d in dates if d.value]
    if not valued or any(_recent_value(d, published) for d in valued):
        return False
    return any(_dates_main_verb(sent, d) for d in valued)


def _recent_value(mention: DateMention, published: datetime) -> bool:
    """A day within a month of publication, or the month of publication itself: a month named
    before it ('Last August, a man killed three' in September) dates an attack recalled, since a
    report of a recent one names its day."""
    value = mention.value or ""
    if mention.precision == "month":
        return value >= published.date().isoformat()[:7]
    return _period_end(value) >= (published - timedelta(days=PAST_DAYS)).date().isoformat()


def _act_recalled(doc: Doc, dates: list[DateMention], published: datetime | None) -> bool:
    """'Hundreds gathered on Thursday to remember the 10 people killed there four years ago': a sentence
    whose acts are dated over a year back, and none within a month, recalls an old attack (a year, since
    a report of an inquiry or trial months later still dates the act it is about)."""
    if published is None:
        return False
    speech = word_set("statements.json", "speech_verbs")
    acts = [d for d in dates if d.value and date_role(doc, d, speech) == "act"]
    cutoff = (published - timedelta(days=RECALLED_DAYS)).date().isoformat()
    old = [d for d in acts if _period_end(str(d.value)) < cutoff and _actor_clause(doc, d) is None]
    return bool(old) and not _recent(acts, published)


def _actor_clause(doc: Doc, mention: DateMention) -> Token | None:
    """'Ansar Dine, one of the groups that seized northern Mali in 2012, said ...': the verb of a clause on a named
    group or person that a past date dates; it says who they are, not what happened."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    verb = None if span is None else next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ not in ("relcl", "acl"):
        return None
    node = verb.head
    while node.ent_type_ not in ACTOR_ENTITIES and node.dep_ in ("pobj", "prep", "appos") and node.head.i != node.i:
        node = node.head
    named = node.ent_type_ in ACTOR_ENTITIES or any(
        c.dep_ == "appos" and c.ent_type_ in ACTOR_ENTITIES for c in node.children
    )
    return verb if named else None


def _actor_clauses(doc: Doc, dates: list[DateMention], published: datetime | None) -> list[range]:
    """'The Pakistani Taliban, a group that killed 140 at a Peshawar school in 2014, claimed the bombing': the token
    ranges of clauses on a group that an old date dates; their tolls and places are an old attack's."""
    if published is None:
        return []
    old = [d for d in dates if d.value and not _recent_value(d, published)]
    verbs = [v for d in old if (v := _actor_clause(doc, d)) is not None]
    return [range(v.left_edge.i, v.right_edge.i + 1) for v in verbs]


def _new_act_beside(info: SentenceInfo, published: datetime | None) -> bool:
    """'Gunmen opened fire on mourners at a memorial for victims of a bombing two years ago': the main verb tells an
    act the old date does not date, so the sentence reports a new attack beside the one it recalls."""
    old = [d for d in info.dates if d.value and published is not None and not _recent_value(d, published)]
    return _main_act(info) and not any(_dates_main_verb(info.span, d) for d in old)


def _legal_recount(dates: list[DateMention], published: datetime | None, sent: Span) -> bool:
    """'The Supreme Court on Tuesday upheld the life sentence of a man who helped the gunman who killed
    four in November 2020': a court's act on an attack dated over a month back recounts that attack."""
    if published is None or not any(d.value and not _recent_value(d, published) for d in dates):
        return False
    legal = word_set("segments.json", "legal_cues")
    root = sent.root
    main = [root, *(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(t.lower_ in legal or t.lemma_.lower() in legal for t in main)


def _harm_since(dates: list[DateMention], published: datetime | None, sent: Span) -> bool:
    """'Tensions have been high since a soldier was killed in a clash in May': a harm dated over a month back
    in a 'since' clause is what the present state is counted from, an act recalled, not reported."""
    if published is None:
        return False
    old = [d for d in dates if d.value and not _recent_value(d, published)]
    return any(_since_clause_harm(_date_verb(sent, d)) for d in old)


def _since_clause_harm(verb: Token | None) -> bool:
    """Is `verb` a harm verb that a 'since' clause opens with ('since a soldier was killed')?"""
    if verb is None or verb.i == verb.sent.root.i:
        return False
    harm = word_set("segments.json", "since_harm_verbs")
    return verb.lemma_.lower() in harm and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _date_verb(sent: Span, mention: DateMention) -> Token | None:
    """The verb a date expression dates (its nearest verb ancestor)."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _dates_main_verb(sent: Span, mention: DateMention) -> bool:
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i and (node.pos_ not in ("VERB", "AUX") or node.dep_ == "xcomp"):
        node = node.head
    return node.i == sent.root.i


def _sentence_dates(sent: Span, dates: list[DateMention], published: datetime | None) -> list[DateMention]:
    """'In March, gunmen killed 44 during Friday prayers': the month dates it; the weekday that
    names the prayers does not (alone, 'during Friday prayers' still dates the attack); a weekday in a
    future clause or a time restated in another zone ('(2300 GMT on Tuesday)') never does."""
    doc = sent.doc
    text = doc_text(doc)
    dates = [d for d in dates if not _future(doc, d) and not zone_conversion(text, d)]
    adjectival = [d for d in dates if _weekday_as_adjective(doc, d)]
    others = [d for d in dates if d not in adjectival and d.value]
    kept = [d for d in dates if d not in adjectival] if others else dates
    return _weekdays_of_earlier_period(sent, kept, published)


def _weekdays_of_earlier_period(sent: Span, dates: list[DateMention], published: datetime | None) -> list[DateMention]:
    """'In April, a missile strike on Palm Sunday killed 35', 'Last March, on a Friday, gunmen ...': a weekday
    in a sentence whose main verb is dated to a month or year over a month back is a day of that period, not
    of the past week (unlike 'on Tuesday, near the square where 12 died in 2016')."""
    if published is None:
        return dates
    old = any(
        d.value and d.precision in ("month", "year") and not _recent_value(d, published) and _dates_main_verb(sent, d)
        for d in dates
    )
    if not old:
        return dates
    return [replace(d, value=None, precision="unknown") if _bare_weekday(d) else d for d in dates]


def _bare_weekday(mention: DateMention) -> bool:
    """A weekday resolved against publication ('Sunday', 'on a Friday night'), with no month day of its own."""
    words = mention.text.lower().split()
    return (
        mention.relative
        and any(w.rstrip("s") in WEEKDAYS for w in words)
        and not any(c.isdigit() for c in mention.text)
    )


def _future(doc: Doc, mention: DateMention) -> bool:
    """'The centre will remain closed on Saturday': a weekday in a future clause is not the attack's
    (it would resolve to the past week)."""
    if not any(w.rstrip("s") in WEEKDAYS for w in mention.text.lower().split()):
        return False
    verb = dated_verb(doc, mention)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)


def _weekday_as_adjective(doc: Doc, mention: DateMention) -> bool:
    """'during Friday prayers', 'the Sunday market': a weekday naming a custom, not a date."""
    if mention.text.lower().rstrip("s") not in WEEKDAYS:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.pos_ == "NOUN" and nxt.lower_ not in TIMES_OF_DAY


def _recent(dates: list[DateMention], published: datetime | None) -> bool:
    """Does the sentence give a date within a month of publication?"""
    if published is None:
        return False
    cutoff = (published - timedelta(days=PAST_DAYS)).date().isoformat()
    return any(d.value and _period_end(d.value) >= cutoff for d in dates)


def _period_end(value: str) -> str:
    """The last day a date value can mean: '2024' -> '2024-12-31', '2024-03' -> '2024-03-31'."""
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        return f"{value}-31"
    return value


def _is_aggregate(sent: Span) -> bool:
    """'Two separate attacks killed at least 11': a sum over several incidents; not 'the latest in a string of
    attacks', one attack placed in a series."""
    text = padded_sentence(sent)
    return any(_sums(text, cue) for cue in word_set("segments.json", "aggregate_cues"))


def _sums(text: str, cue: str) -> bool:
    """Does `cue` stand in padded `text` other than after words placing one attack in a series?"""
    if f" {cue} " not in text:
        return False
    series = _series_context()
    return any(not series.search(text[: m.start() + 1]) for m in re.finditer(re.escape(f" {cue} "), text))


@cache
def _series_context() -> re.Pattern[str]:
    """Words before a cue that place one attack in a series ('the latest in a string of'), built once."""
    context = "|".join(re.escape(w) for w in sorted(word_set("segments.json", "series_context_words")))
    return re.compile(rf" (?:{context}) (?:(?:a|an|the) )?(?:[a-z]+ )?$")


STORY_DAYS = 7


def story_day(doc: Doc, published: datetime | None) -> datetime | None:
    """The day relative dates count from: the dateline's ('KABUL, March 7 -' then 'today', 'yesterday') when it is
    a few days before publication (a wire story posted later), else the publication's."""
    line = dateline_date(doc_text(doc), published)
    if published is None or line is None or line.precision != "day" or not line.value:
        return published
    day = date.fromisoformat(line.value)
    if 0 < (published.date() - day).days <= STORY_DAYS:
        return datetime.combine(day, published.timetz())
    return published


def analyze(doc: Doc, nlp: Language, published: datetime | None) -> list[SentenceInfo]:
    """Analyse every sentence of a parsed document (relative dates counted from the story's day)."""
    published = story_day(doc, published)
    starts = _paragraph_starts(doc_text(doc))
    triggers = find_triggers(doc, nlp)
    actors = find_actor_mentions(doc, nlp)
    places = find_place_mentions(doc)
    generic = generic_attack_words()
    infos = []
    for n, sent in enumerate(doc.sents):
        info = SentenceInfo(n, sent, _paragraph_of(starts, sent.start_char))
        info.triggers = resolve_airstrikes([t for t in triggers if sent.start <= t.start < sent.end])
        info.actors = [a for a in actors if sent.start <= a.start < sent.end]
        info.places = [p for p in places if sent.start <= p.start < sent.end]
        info.dates = _sentence_dates(sent, find_dates(span_text(sent), published, offset=sent.start_char), published)
        info.background = (
            _is_background(sent)
            or _dated_in_past(info.dates, published, sent)
            or _legal_recount(info.dates, published, sent)
            or _harm_since(info.dates, published, sent)
            or (_act_recalled(doc, info.dates, published) and not _new_act_beside(info, published))
        )
        info.figures, info.counts = ([], []) if info.background else find_figures(sent)
        info.actor_clauses = _actor_clauses(doc, info.dates, published)
        if info.actor_clauses:
            info.figures = [f for f in info.figures if not any(f.token in c for c in info.actor_clauses)]
            info.places = [p for p in info.places if not any(p.start in c for c in info.actor_clauses)]
        info.statements = find_statements(sent, info.actors)
        info.fiction = _is_fiction(sent)
        info.aggregate = _is_aggregate(sent)
        info.attack_words = sum(1 for t in span_tokens(sent) if t.lower_ in generic or t.lemma_.lower() in generic)
        info.struck = info.attack_words > 0 and _attack_struck(sent)
        infos.append(info)
    _resolve_pronoun_speakers(infos)
    _resolve_pronoun_sources(infos)
    _resolve_vague_sources(infos)
    _mark_victim_lists(infos)
    _mark_harm_in_told_act(infos)
    _mark_killing_told(infos)
    for before, info in itertools.pairwise(infos):
        if _in_series(before.span) and _earlier_days(info.dates, published) and not info.background:
            info.background, info.figures, info.counts = True, [], []
        same_paragraph = (
            before.paragraph == info.paragraph and not _recent(info.dates, published) and not info.statements
        )
        if before.background and not info.background and (RELATIVE_TIME.match(span_text(info.span)) or same_paragraph):
            info.background, info.figures, info.counts = True, [], []
    legal = word_set("segments.json", "legal_cues")
    frame = _frame(infos)
    legal_count = sum(any(t.lower_ in legal for t in span_tokens(i.span)) for i in infos)
    legal_share = legal_count >= max(3, LEGAL_SHARE * len(infos))
    if legal_share or _legal_frame(frame, published):
        for info in infos:
            info.background, info.figures, info.counts = True, [], []
    if _plot_frame(frame):
        for info in infos:
            if not (_recent_act(info, published) and _harm_figure(info)) or _police_harm(info):
                info.background, info.figures, info.counts = True, [], []
    if _statistics_frame(frame):
        for info in infos:
            if _counts_crimes(info.span) or not _particular_act(info):
                info.background, info.figures, info.counts = True, [], []
    if _memorial_frame(frame, published):
        for info in infos:
            if not _recent_act(info, published):
                info.background, info.figures, info.counts = True, [], []
    if sum(i.fiction for i in infos) >= max(2, 0.3 * len(infos)) or _fiction_frame(frame):
        for info in infos:
            info.fiction = True
    return infos


def _attack_struck(sent: Span) -> bool:
    """'A second attack hit the police academy', 'the first assault targeted a checkpoint': one of several attacks,
    named by a generic word and its order, that the sentence says struck something is an act told (not 'the attack
    targeted a subcontractor' in a story on hackers, nor 'a second cyber attack hit the servers')."""
    for tok in span_tokens(sent):
        if tok.lemma_.lower() not in STRUCK_ACTS:
            continue
        subject = tok.head if tok.dep_ == "appos" else tok  # 'Minutes later a second attack hit' parses as appos
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.tag_ != "VBD":
            continue
        ordered = any(c.lower_ in STRUCK_ORDERS for c in tok.children)
        if ordered and verb.lemma_.lower() in STRUCK_VERBS and any(c.dep_ == "dobj" for c in verb.children):
            return not any(c.lower_ in HARMLESS_ATTACK_KINDS for c in tok.children)
    return False


def _earlier_days(dates: list[DateMention], published: datetime | None) -> bool:
    """Does the sentence date something, all of it days before the story's ('On March 27', 'Last week'; not 'Earlier
    on Monday', the story's own day)?"""
    if not dates or published is None:
        return bool(dates)
    cutoff = (published - timedelta(days=SERIES_DAYS)).date().isoformat()
    return all(d.value and _period_end(d.value) < cutoff for d in dates)


def _in_series(sent: Span) -> bool:
    """'The attack was the second on a school in Brazil in little more than a week', 'It was the third major attack on
    a security installation in two months': the attack told is placed in a series, so a dated sentence after it tells
    an earlier one ('On March 27, a student stabbed a teacher ...')."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subject is None or not (subject.pos_ == "PRON" or is_act(subject)):
        return False
    ordinals = word_set("segments.json", "precedent_ordinals")
    attrs = [c for c in root.children if c.dep_ == "attr"]
    return any(a.lower_ in ordinals or any(c.lower_ in ordinals for c in a.children) for a in attrs)


def _frame(infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """The headline and the lead: the first sentences of some length (not the byline or the dateline),
    which say what kind of story the article is."""
    long = [i for i in infos if sum(t.is_alpha for t in span_tokens(i.span)) >= FRAME_WORDS]
    return long[:FRAME_SIZE]


def _fiction_frame(frame: list[SentenceInfo]) -> bool:
    """'Flamengo demolish Vasco in derby massacre' over 'striker Pedro firing a hat-trick': a headline and lead
    about sport, film or markets make the article's violent words figures of speech."""
    return len(frame) == FRAME_SIZE and all(i.fiction and not i.event_types for i in frame)


def _legal_frame(frame: list[SentenceInfo], published: datetime | None) -> bool:
    """'Court jails four for life over 2023 bus ambush' over 'The High Court has sentenced four men ... over the
    August 2023 ambush': a headline and lead about a court's act on an attack of an earlier year report no new
    attack (its toll and quotes recount the old one); the lead's main clause, or the one it reports, is the court's."""
    if published is None or len(frame) < FRAME_SIZE:
        return False
    legal = word_set("segments.json", "legal_cues")
    headline, lead = frame[0], frame[-1]
    root = lead.span.root
    verbs = [root, *(c for c in root.children if c.dep_ == "ccomp")]
    actors = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return (
        any(t.lower_ in legal or t.lemma_.lower() in legal for t in headline.span)
        and any(t.lower_ in legal or t.lemma_.lower() in legal for t in actors)
        and any(_names_earlier_year(i, published) for i in frame)
    )


def _plot_frame(frame: list[SentenceInfo]) -> bool:
    """'FBI foils militia plot to kidnap governor' over 'Police arrested seven men suspected of preparing a major
    attack': a headline or lead about a plot foiled, neither telling an act done nor anyone harmed, tells no attack."""
    if len(frame) < FRAME_SIZE:
        return False
    words = word_set("segments.json", "plot_words")
    plotted = any(t.lemma_.lower() in words or t.lower_ in words for i in frame for t in i.span)
    return plotted and not any(_main_act(i) or _harm_figure(i) or _act_done(i) for i in frame)


def _police_harm(info: SentenceInfo) -> bool:
    """'A police officer was slightly injured during Saturday's raid', 'hurt in the operation': harm placed in a police
    action."""
    actions = word_set("segments.json", "police_actions")
    return any(
        t.lower_ in actions and t.dep_ == "pobj" and t.head.lower_ in ("during", "in") for t in span_tokens(info.span)
    )


def _act_done(info: SentenceInfo) -> bool:
    """'the car bomb attack which destroyed the building had been planned since September', 'who was kidnapped last
    Friday': an act verb in the past, in any clause, tells an act done."""
    doc = info.span.doc
    acts = [doc[t.end - 1] for t in info.triggers if t.table == "event_types"]
    verbs = [*acts, *(c for a in acts for c in a.children if c.dep_ == "relcl")]
    verbs += [a.head for a in acts if a.dep_ == "nsubj"]
    return any(v.tag_ in ("VBD", "VBN") and not any(c.dep_ == "neg" for c in v.children) for v in verbs)


def _harm_figure(info: SentenceInfo) -> bool:
    """Does the sentence give anyone killed, injured or taken ('a bomb killed four')?"""
    return any(f.figure.kind in HARM_KINDS and f.figure.value > 0 for f in info.figures)


def _names_earlier_year(info: SentenceInfo, published: datetime) -> bool:
    """'the 2017 attack', 'in August 2023': a year before publication, or a date over a month back."""
    years = [int(m) for m in YEAR.findall(span_text(info.span))]
    old = any(d.value and not _recent_value(d, published) for d in info.dates)
    return old or any(y < published.year for y in years)


def _statistics_frame(frame: list[SentenceInfo]) -> bool:
    """'Dayton homicides drop to lowest level in a decade' over 'Homicides in Dayton fell by nearly a third last
    year': a headline or lead counting crimes, neither telling a particular attack, make a statistics story whose
    tolls are counts of many crimes (an attack it tells on a day of its own is still reported)."""
    return (
        len(frame) == FRAME_SIZE
        and any(_counts_crimes(i.span) for i in frame)
        and not any(_particular_act(i) for i in frame)
    )


def _counts_crimes(sent: Span) -> bool:
    """'homicides fell 12%', 'recorded 416 homicides', 'shootings also down': crimes in the plural with a word
    of a count or its change."""
    nouns = word_set("segments.json", "statistics_nouns")
    trend = word_set("segments.json", "trend_words")
    words = span_tokens(sent)
    return any(t.lower_ in nouns for t in words) and any(t.lower_ in trend or t.lemma_.lower() in trend for t in words)


def _particular_act(info: SentenceInfo) -> bool:
    """'A boy was shot dead on Saturday night', 'an attack', 'Gunman kills three at bar': a sentence telling one
    act, dated to its day (not also to a year: 'As of Sunday, 412 people had been shot this year'), named as one,
    or done by someone."""
    doc = info.span.doc
    speech = word_set("statements.json", "speech_verbs")
    acts = [d for d in info.dates if d.value and date_role(doc, d, speech) == "act"]
    if acts:
        return all(d.precision == "day" for d in acts)
    words = [doc[t.start] for t in info.triggers if t.table == "event_types"]
    verbs = (t for t in span_tokens(info.span) if t.pos_ == "VERB" and is_act(t))
    return any(_one_act(tok) for tok in [*words, *verbs])


def _one_act(tok: Token) -> bool:
    """An act noun with an article or owner ('a shooting', "Sunday's attack"), an act verb whose subject is one
    person or thing ('a gunman opened fire') or an act done by named attackers ('gangs attacked a police station';
    not '1,850 people were shot', a count, nor the headline's passive 'More than 80 people killed every day')."""
    if tok.tag_ in ("NN", "NNP"):
        return any(c.dep_ in ("det", "poss") for c in tok.children)
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    nouns = word_set("segments.json", "statistics_nouns")
    if tok.pos_ != "VERB" or tok.lower_ in nouns or subject is None:
        return False
    agent = subject.dep_ == "nsubj" and subject.tag_ in ("NNS", "NNPS") and subject.lower_ not in nouns
    return (agent and not _counted_passive(tok, subject)) or subject.tag_ in ("NN", "NNP")


def _counted_passive(verb: Token, subject: Token) -> bool:
    """'More than 80 people killed every day': a counted subject of a past participle with no object is a headline's
    passive count of those harmed, not attackers acting ('Three gunmen killed a guard' has an object)."""
    counted = any(c.dep_ == "nummod" for c in subject.children)
    return counted and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "dobj" for c in verb.children)


def _memorial_frame(frame: list[SentenceInfo], published: datetime | None) -> bool:
    """'Kenya marks 10 years since Garissa University attack' over 'Survivors gathered on Saturday, five years after
    gunmen killed 67 people': a headline or lead about remembering an attack of years ago, neither dating an act to
    the past weeks, tells no new attack."""
    if published is None or len(frame) < FRAME_SIZE:
        return False
    words = word_set("segments.json", "memorial_words")
    remembers = any(t.lower_ in words or t.lemma_.lower() in words for i in frame for t in i.span)
    told = any(_recent_act(i, published) or _main_act(i) for i in frame)
    return remembers and any(_years_ago(i.span) for i in frame) and not told


def _main_act(info: SentenceInfo) -> bool:
    """'Gunmen opened fire on mourners at a memorial', '... killing three, state media reported': the sentence's main
    verb, or the one it reports, is a violent act (unlike 'Survivors gathered, five years after gunmen killed 67')."""
    root = info.span.root
    main = [root, *(c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ == "VERB")]
    doc = info.span.doc
    return any(doc[t.start] in main for t in info.triggers if t.table == "event_types" and doc[t.start].pos_ == "VERB")


def _years_ago(sent: Span) -> bool:
    """'the first anniversary', 'ten years since', 'two years ago', 'five years on': a time long past."""
    return any(_remembered_anniversary(t) for t in span_tokens(sent) if t.lower_ == "anniversary") or bool(
        YEARS_AGO.search(padded_sentence(sent))
    )


def _remembered_anniversary(tok: Token) -> bool:
    """'the tenth anniversary of the attack', 'on the first anniversary': a time long past; not 'the 62nd anniversary
    of the founding of a group' nor 'bombed an anniversary celebration', which an attack may strike."""
    if tok.dep_ == "compound":
        return False
    remembered = word_set("segments.json", "remembered_nouns")
    objects = [g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return not objects or any(g.lemma_.lower() in remembered for g in objects)


def _recent_act(info: SentenceInfo, published: datetime | None) -> bool:
    """Does the sentence date an act to a day of the past month ('gunmen attacked on Sunday')?"""
    if published is None:
        return False
    doc = info.span.doc
    speech = word_set("statements.json", "speech_verbs")
    cutoff = (published - timedelta(days=PAST_DAYS)).date().isoformat()
    return any(
        d.value and d.precision == "day" and d.value >= cutoff and date_role(doc, d, speech) == "act"
        for d in info.dates
    )
