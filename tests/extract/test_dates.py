"""Finding and resolving date expressions against a publication datetime."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from polybius.extract.dates import (
    DateMention,
    dateline_date,
    find_dates,
    find_dates_in_span,
    resolve_date_text,
)

SUNDAY = datetime(2024, 2, 18, 9, 30)  # Sunday 18 February 2024, morning
WEDNESDAY = datetime(2024, 10, 9, 15, 0)  # Wednesday 9 October 2024
MUC = datetime(1989, 4, 15)  # a MUC-4 era article


def only(text: str, published: datetime | None, offset: int = 0) -> DateMention:
    """The single date mention in `text`, checking its offsets."""
    mentions = find_dates(text, published, offset=offset)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert text[mention.start - offset : mention.end - offset] == mention.text
    return mention


@pytest.mark.parametrize(
    ("text", "published", "found", "value", "precision"),
    [
        # weekdays: the latest such day on or before publication
        ("Gunmen attacked the village on Saturday.", SUNDAY, "Saturday", "2024-02-17", "day"),
        ("The blast came on Wednesday.", WEDNESDAY, "Wednesday", "2024-10-09", "day"),
        ("Saturday evening", SUNDAY, "Saturday evening", "2024-02-17", "day"),
        ("It happened late Friday.", SUNDAY, "late Friday", "2024-02-16", "day"),
        ("on Friday night", SUNDAY, "Friday night", "2024-02-16", "day"),
        ("on Sunday", SUNDAY, "Sunday", "2024-02-18", "day"),
        ("last Sunday", SUNDAY, "last Sunday", "2024-02-11", "day"),
        ("Monday's premiere", SUNDAY, "Monday", "2024-02-12", "day"),
        # relative words
        ("today", SUNDAY, "today", "2024-02-18", "day"),
        ("tonight", SUNDAY, "tonight", "2024-02-18", "day"),
        ("this morning", SUNDAY, "this morning", "2024-02-18", "day"),
        ("yesterday", SUNDAY, "yesterday", "2024-02-17", "day"),
        ("yesterday morning", SUNDAY, "yesterday morning", "2024-02-17", "day"),
        ("last night", SUNDAY, "last night", "2024-02-17", "day"),
        ("three days ago", SUNDAY, "three days ago", "2024-02-15", "day"),
        ("last week", SUNDAY, "last week", "2024-02-05", "week"),  # Monday of that week
        ("over the weekend", datetime(2024, 2, 19), "over the weekend", "2024-02-12", "week"),
        ("last month", SUNDAY, "last month", "2024-01", "month"),
        ("earlier this month", SUNDAY, "earlier this month", "2024-02", "month"),
        ("last year", SUNDAY, "last year", "2023", "year"),
        # month-day: publication year, previous year if more than 7 days after publication
        ("Feb. 17", SUNDAY, "Feb. 17", "2024-02-17", "day"),
        ("February 17", SUNDAY, "February 17", "2024-02-17", "day"),
        ("17 February", SUNDAY, "17 February", "2024-02-17", "day"),
        ("the 22nd of March", SUNDAY, "22nd of March", "2023-03-22", "day"),
        ("Feb. 24", SUNDAY, "Feb. 24", "2024-02-24", "day"),  # 6 days ahead: kept
        ("Feb. 26", SUNDAY, "Feb. 26", "2023-02-26", "day"),  # 8 days ahead: last year
        ("Oct. 9", WEDNESDAY, "Oct. 9", "2024-10-09", "day"),
        ("Jan. 3", datetime(2024, 12, 28), "Jan. 3", "2025-01-03", "day"),
        ("Dec. 30", datetime(2025, 1, 2), "Dec. 30", "2024-12-30", "day"),
        # explicit dates
        ("March 22, 2024", SUNDAY, "March 22, 2024", "2024-03-22", "day"),
        ("22 March 2024", SUNDAY, "22 March 2024", "2024-03-22", "day"),
        ("March 2024", SUNDAY, "March 2024", "2024-03", "month"),
        ("in mid-March 2024", SUNDAY, "mid-March 2024", "2024-03", "month"),
        ("in 2019.", SUNDAY, "2019", "2019", "year"),
        ("since 2014 when", SUNDAY, "2014", "2014", "year"),
        ("2024-03-22", SUNDAY, "2024-03-22", "2024-03-22", "day"),
        ("22/03/2024", SUNDAY, "22/03/2024", "2024-03-22", "day"),
        ("03/04/2024", SUNDAY, "03/04/2024", "2024-04-03", "day"),  # day first
        ("03/22/2024", SUNDAY, "03/22/2024", "2024-03-22", "day"),  # day first impossible
        # bare months need a preposition or modifier
        ("in March", SUNDAY, "March", "2023-03", "month"),
        ("early February", SUNDAY, "early February", "2024-02", "month"),
        ("last February", SUNDAY, "last February", "2023-02", "month"),
        # MUC-4 style, upper- and lower-case
        ("SAN SALVADOR, 14 APR 89 (RADIO", MUC, "14 APR 89", "1989-04-14", "day"),
        ("the attack of 21 mar 90.", MUC, "21 mar 90", "1990-03-21", "day"),
        ("THE ATTACK TOOK PLACE ON 3 FEBRUARY", MUC, "3 FEBRUARY", "1989-02-03", "day"),
        ("the attack took place on 3 february", MUC, "3 february", "1989-02-03", "day"),
        ("ON 12 JANUARY 1990 GUERRILLAS", MUC, "12 JANUARY 1990", "1990-01-12", "day"),
        ("ON SATURDAY NIGHT", MUC, "SATURDAY NIGHT", "1989-04-15", "day"),
        ("ON 21 MAR 90 AT 2030", MUC, "21 MAR 90", "1990-03-21", "day"),
        # a weekday before a calendar date is one mention with the calendar date's value
        ("killed on Monday, 4 August.", MUC, "Monday, 4 August", "1988-08-04", "day"),
        ("on Tuesday, March 5, 2024,", SUNDAY, "Tuesday, March 5, 2024", "2024-03-05", "day"),
        ("ON FRIDAY, 16 MARCH, THE FMLN", MUC, "FRIDAY, 16 MARCH", "1989-03-16", "day"),
        # hours before publication: the publication day
        ("two Americans were killed in the last few hours", SUNDAY, "in the last few hours", "2024-02-18", "day"),
        ("a bomb exploded two hours ago", SUNDAY, "two hours ago", "2024-02-18", "day"),
        ("the blast 36 hours ago", SUNDAY, "36 hours ago", "2024-02-17", "day"),
        # invalid dates are found without a value
        ("February 30", SUNDAY, "February 30", None, "unknown"),
        ("30 February 2024", SUNDAY, "30 February 2024", None, "unknown"),
    ],
)
def test_find_dates_resolves(text: str, published: datetime, found: str, value: str | None, precision: str) -> None:
    """Each example holds exactly one date expression with this value."""
    mention = only(text, published)
    assert (mention.text, mention.value, mention.precision) == (found, value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "On a day that began like any other, the market was busy.",
        "the day",
        "He was held for 40 days.",
        "six weeks",
        "in the years to come",
        "a day earlier",
        "A 21-year-old man was arrested.",
        "after 9/11",
        "The attack cost 133 lives.",
        "Hours earlier, police had left.",
        "in 2000 people's homes",
        "these 3 may be the last",
        "they march 10 km a day",
        "in the 1990s",
        "call 12-05-1234",
        "members of the 19 April Movement",
    ],
)
def test_not_dates(text: str) -> None:
    """Durations, ages, counts and vague phrases are no dates."""
    assert find_dates(text, SUNDAY) == []


def test_offsets_point_into_the_document() -> None:
    """`offset` shifts start/end so they index the whole document."""
    doc = "Headline here. Gunmen struck on Saturday near the market, police said on Feb. 17."
    sentence_start = doc.index("Gunmen")
    mentions = find_dates(doc[sentence_start:], SUNDAY, offset=sentence_start)
    assert [m.text for m in mentions] == ["Saturday", "Feb. 17"]
    for mention in mentions:
        assert doc[mention.start : mention.end] == mention.text


def test_relative_flag() -> None:
    """Values depending on the publication date are marked relative."""
    saturday, explicit = find_dates("on Saturday, a year after March 22, 2024", SUNDAY)
    assert saturday.relative and not explicit.relative


@pytest.mark.parametrize("text", ["on Saturday", "yesterday", "last week", "Feb. 17", "on 3 february", "in March"])
def test_no_publication_date_never_guesses(text: str) -> None:
    """Without a publication date, relative expressions have no value."""
    mention = only(text, None)
    assert (mention.value, mention.precision, mention.relative) == (None, "unknown", True)


def test_no_publication_date_keeps_explicit_dates() -> None:
    """Explicit dates need no publication date; two-digit years 50-99 are 19xx."""
    assert only("March 22, 2024", None).value == "2024-03-22"
    assert only("14 APR 89 (RADIO", None).value == "1989-04-14"


def test_two_digit_year_nearest_publication() -> None:
    """A two-digit year takes the century nearest the publication year."""
    assert only("22/03/24", SUNDAY).value == "2024-03-22"
    assert only("14 APR 89.", SUNDAY).value == "1989-04-14"


def test_two_digit_year_needs_punctuation_after_it() -> None:
    """'3 february 12 people' is a year-less date followed by a count."""
    assert only("ON 3 FEBRUARY 12 PEOPLE DIED", MUC).text == "3 FEBRUARY"


def test_timezone_aware_publication_uses_its_own_date() -> None:
    """The publication date is the datetime's own calendar date."""
    published = datetime(2024, 2, 18, 1, 0, tzinfo=timezone(timedelta(hours=5)))
    assert only("yesterday", published).value == "2024-02-17"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Saturday", SUNDAY, ("2024-02-17", "day")),
        ("last week", SUNDAY, ("2024-02-05", "week")),
        ("Thursday, March 21, 2024", SUNDAY, ("2024-03-21", "day")),
        ("2019", SUNDAY, ("2019", "year")),
        ("March", SUNDAY, ("2023-03", "month")),
        ("March", None, (None, "unknown")),
        ("2024/03/22", SUNDAY, ("2024-03-22", "day")),  # odd format: strict dateparser
        ("the day", SUNDAY, (None, "unknown")),
        ("40 days", SUNDAY, (None, "unknown")),
        ("the past two weeks", SUNDAY, (None, "unknown")),
        ("Feb. 17", None, (None, "unknown")),
    ],
)
def test_resolve_date_text(text: str, published: datetime | None, expected: tuple) -> None:
    """One expression, such as a spaCy DATE entity, resolves to (value, precision)."""
    assert resolve_date_text(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "found", "value"),
    [
        ("MAIDUGURI, Nigeria, Feb. 17 (wire) - Gunmen killed", SUNDAY, "Feb. 17", "2024-02-17"),
        ("KABUL, Oct. 9 - A bomb exploded", WEDNESDAY, "Oct. 9", "2024-10-09"),
        ("KABUL, Oct. 9 - A bomb exploded", None, "Oct. 9", None),
        ("BOGOTÁ, July 13 (wire) — Attackers", datetime(2024, 7, 13), "July 13", "2024-07-13"),
        (
            "SAN SALVADOR, 14 APR 89 (RADIO VENCEREMOS) -- [TEXT] THE FMLN",
            MUC,
            "14 APR 89",
            "1989-04-14",
        ),
        (
            "san salvador, 14 apr 89 (radio venceremos) -- [text] the fmln",
            MUC,
            "14 apr 89",
            "1989-04-14",
        ),
    ],
)
def test_dateline_date(text: str, published: datetime | None, found: str, value: str | None) -> None:
    """The date of a dateline at the very start of an article."""
    mention = dateline_date(text, published)
    assert mention is not None
    assert (mention.text, mention.value) == (found, value)
    assert text[mention.start : mention.end] == found


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Police said",
        "Police said on Feb. 17 - nothing more",
        "Gunmen struck the town. Then, on Feb. 17, more came",
    ],
)
def test_no_dateline_date(text: str) -> None:
    """No date, or no dateline at the start: None."""
    assert dateline_date(text, SUNDAY) is None


def test_find_dates_in_span() -> None:
    """The spaCy helper gives offsets into the Doc's text."""
    spacy = pytest.importorskip("spacy")
    doc = spacy.blank("en")("Officials said. Gunmen struck on Saturday night.")
    sentence = doc[3:]
    (mention,) = find_dates_in_span(sentence, SUNDAY)
    assert doc.text[mention.start : mention.end] == "Saturday night"


def test_fast_without_dates() -> None:
    """A 30-word sentence with no date is scanned in well under 0.1 ms."""
    text = (
        "The gunmen, who arrived in three pickup trucks, opened fire on worshippers at the "
        "mosque in the northern town, killing at least 133 people and wounding dozens more, "
        "officials said."
    )
    runs = 2000
    started = time.perf_counter()
    for _ in range(runs):
        find_dates(text, SUNDAY)
    per_call = (time.perf_counter() - started) / runs
    assert per_call < 0.0003  # budget 0.1 ms; slack for slow CI machines


def test_a_weekday_in_a_future_clause_does_not_date_the_attack() -> None:
    from polybius.pipeline import extract_text

    text = (
        "A man stabbed three people, one of them fatally, at a shopping centre in Geelong on Friday afternoon, "
        "police said. The centre will remain closed on Saturday while police examine the scene."
    )
    record = extract_text(text, published=datetime(2025, 8, 22, 11, tzinfo=timezone(timedelta(0))))
    assert record.incidents[0].date.value == "2025-08-22"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The death toll from Tuesday's suicide bombing at a Kabul market rose to 19, officials said on Wednesday.",
            datetime(2024, 3, 6, 9, tzinfo=UTC),
            "2024-03-05",
        ),
        (
            "Russian investigators revised the death toll from Friday's attack on Crocus City Hall to 139 on Sunday.",
            datetime(2024, 3, 24, 18, tzinfo=UTC),
            "2024-03-22",
        ),
    ],
)
def test_a_possessive_weekday_dates_the_attack_in_a_follow_up(text: str, published: datetime, expected: str) -> None:
    from polybius.pipeline import extract_text

    assert extract_text(text, published=published).incidents[0].date.value == expected


def test_dateline_date_after_a_headline() -> None:
    text = "Insurgents abduct 11 in raid on coastal village\n\nPEMBA, Mozambique, June 12 (wire) - Islamist insurgents"
    mention = dateline_date(text, datetime(2024, 6, 12, 9))
    assert mention is not None and mention.value == "2024-06-12"
    assert text[mention.start : mention.end] == "June 12"


def test_a_date_before_the_speaker_of_a_trailing_said_dates_the_reported_attack() -> None:
    from polybius.extract.dates import dates_statement
    from polybius.extract.nlp import load_nlp

    text = (
        "An air strike on a busy bus station in Kadugli killed at least 15 people, among them four women, "
        "on Friday, a rights group said on Saturday."
    )
    doc = load_nlp()(text)
    friday, saturday = find_dates(text, datetime(2024, 3, 10, 12))

    assert not dates_statement(doc, friday, frozenset({"say"}))
    assert dates_statement(doc, saturday, frozenset({"say"}))


def _incident_date(text: str, published: datetime) -> str | None:
    """The date of the first incident polybius extracts from `text`."""
    from polybius.pipeline import extract_text

    return extract_text(text, published=published).incidents[0].date.value


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the lead's act, not an earlier day recalled further down
        (
            "A bomb went off this morning near a power tower in San Salvador, leaving much of the city "
            "without power. On Friday, 16 March, the FMLN decreed a suspension of its attacks on the "
            "electrical system.",
            datetime(1990, 3, 19, 12, tzinfo=UTC),
            "1990-03-19",
        ),
        (
            "Guerrillas today once again dynamited the Cano Limon-Covenas oil pipeline, officials said. "
            "On 16 June, the ELN destroyed the pipeline's terminal.",
            datetime(1989, 7, 7, 12, tzinfo=UTC),
            "1989-07-07",
        ),
        # a day the parse ties to the killing beats one in a side trip
        (
            "Eleven bombs exploded in bank branches in Medellin early this morning, causing heavy damage. "
            "The justice minister went to the United States on 25 August to present a plan.",
            datetime(1989, 8, 27, 12, tzinfo=UTC),
            "1989-08-27",
        ),
        # 'since' bounds a period: the clashes' start is not the day of the murders
        (
            "Six Jesuit priests were murdered at dawn today by men wearing military uniforms, amid the clashes "
            "that have taken place since 11 November in San Salvador.",
            datetime(1989, 11, 16, 12, tzinfo=UTC),
            "1989-11-16",
        ),
        # the shooting that took place on a day dates the deaths reported later
        (
            "Two U.S. citizens have been killed in San Salvador. Jennifer Casolo was caught in the heavy "
            "shooting that took place on 11 November.",
            datetime(1989, 11, 13, 12, tzinfo=UTC),
            "1989-11-11",
        ),
    ],
)
def test_the_incident_date_is_the_day_of_the_act(text: str, published: datetime, expected: str) -> None:
    assert _incident_date(text, published) == expected


def test_a_day_said_before_the_reported_clause_dates_the_statement() -> None:
    text = (
        "Yemen's Houthis said on Wednesday they had attacked a bulk carrier in the Red Sea with a drone, "
        "in a strike that set the vessel on fire late on Tuesday and injured two of its crew."
    )
    assert _incident_date(text, datetime(2025, 9, 24, 12, tzinfo=UTC)) == "2025-09-23"


def test_a_later_death_does_not_date_the_shooting() -> None:
    text = (
        "A third person has died from wounds suffered when gunfire erupted at a graduation party in Jackson, "
        "Mississippi, early Sunday, police said on Wednesday. Kameron Hill, 17, died at the medical centre on "
        "Tuesday night."
    )
    assert _incident_date(text, datetime(2025, 6, 11, 20, tzinfo=UTC)) == "2025-06-08"


def test_a_day_after_publication_is_no_incident_date() -> None:
    text = (
        "Guerrillas attacked an army post in Usulutan, killing two soldiers. "
        "The government will resume talks with the rebels on 3 November."
    )
    assert _incident_date(text, datetime(1989, 11, 1, 12, tzinfo=UTC)) is None


def test_a_day_inside_a_reported_clause_dates_the_act() -> None:
    text = (
        "Police announced that, early this morning, unidentified persons placed 11 bombs in bank branches "
        "in Medellin, wounding three people."
    )
    assert _incident_date(text, datetime(1989, 8, 27, 12, tzinfo=UTC)) == "1989-08-27"


def test_an_old_day_of_the_killing_stays_the_incident_date_of_a_later_report() -> None:
    text = (
        "A government commission today continued its inquiry into the case of the six Jesuits who were shot "
        "to death on 16 November at the Central American University."
    )
    assert _incident_date(text, datetime(1990, 1, 8, 12, tzinfo=UTC)) == "1989-11-16"


def test_the_day_of_the_act_beats_a_month_recalled() -> None:
    text = (
        "A bomb destroyed a police post in Medellin this evening. Precisely one month ago the same post had "
        "been destroyed by a bomb while it was being built."
    )
    assert _incident_date(text, datetime(1989, 9, 4, 12, tzinfo=UTC)) == "1989-09-04"


def test_a_day_in_a_clause_modifying_the_attackers_of_a_named_act_dates_the_act() -> None:
    text = (
        "Guillermo Ungo left El Salvador after the assassination of six Jesuits by individuals wearing military "
        "uniforms on 15 November, and arrived in Panama City today."
    )
    assert _incident_date(text, datetime(1989, 11, 18, 12, tzinfo=UTC)) == "1989-11-15"


def test_a_day_in_a_clause_on_someone_named_is_an_aside() -> None:
    text = (
        "Carlos Pizarro, the leader of the guerrilla group that laid down its weapons on 9 March, died today "
        "when gunmen opened fire on him aboard a plane."
    )
    assert _incident_date(text, datetime(1990, 4, 26, 12, tzinfo=UTC)) == "1990-04-26"


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO, Feb 3 (wire) - Jihadists attacked a village in central Mali, killing 12 people, officials said "
        "on Monday. "
        "They did not say when the attack took place.",
        "LAGOS, Feb 3 (wire) - Bandits abducted 40 worshippers from a church in Kaduna state, the police said on "
        "Monday. It was not immediately clear when the raid happened.",
        "GOMA, Feb 3 (wire) - Rebels killed at least nine farmers near Beni, the army said in a statement on Monday "
        "that gave no date for the killings.",
    ],
)
def test_a_text_saying_the_time_is_unknown_gives_no_date(text: str) -> None:
    assert _incident_date(text, datetime(2025, 2, 3, 18, tzinfo=UTC)) is None


def test_a_day_tied_to_the_act_still_dates_it_when_the_hour_is_unknown() -> None:
    text = (
        "Gunmen killed five traders at a market in Kano on Sunday, police said on Monday. "
        "It was not clear when the gunmen arrived."
    )
    assert _incident_date(text, datetime(2025, 2, 3, 18, tzinfo=UTC)) == "2025-02-02"


def test_a_date_in_a_sentence_recalling_earlier_events_does_not_date_the_attack() -> None:
    text = (
        "Gang members stormed the town of Saut-d'Eau, killing 11 people, officials said. "
        "Officials did not say when the attack took place.\n\n"
        "Gangs have expanded into the region over the past two years, seizing towns including Mirebalais in "
        "March 2025."
    )
    assert _incident_date(text, datetime(2026, 10, 16, 18, tzinfo=UTC)) is None


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Aug 21 (wire) - Drones hit a block of flats in Sumy shortly after 1 a.m. (2200 GMT on Tuesday), "
        "killing two people, officials said.",
        "SEOUL, Aug 21 (wire) - A man stabbed three commuters at a subway station at 7:40 a.m. (2240 GMT Tuesday), "
        "police said.",
        "TOKYO, Aug 21 (wire) - A bomb exploded outside a shrine at 3 a.m. local time (1800 UTC on Tuesday), "
        "wounding one guard, police said.",
    ],
)
def test_a_time_restated_in_another_zone_does_not_date_the_act(text: str) -> None:
    assert _incident_date(text, datetime(2024, 8, 21, 9, tzinfo=UTC)) == "2024-08-21"


def test_the_dateline_beats_a_month_recalled_in_background() -> None:
    text = (
        "KHERSON, Sept 3 (wire) - Shelling killed two people in Kherson, the governor said.\n\n"
        "The city has been shelled almost daily since Russian forces withdrew in November 2022."
    )
    assert _incident_date(text, datetime(2024, 9, 3, 12, tzinfo=UTC)) == "2024-09-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen opened fire on a wedding party in Kandahar late on Monday, killing six guests, police said. "
            "The interior ministry declined to answer questions about the attack on Wednesday.",
            "2025-03-10",
        ),
        (
            "A car bomb exploded near a police station in Quetta on Monday, killing four officers. Lawmakers "
            "demanded an inquiry into the bombing on Wednesday.",
            "2025-03-10",
        ),
        (
            "Militants stormed a checkpoint in Bannu on Monday, killing two soldiers. The army said little "
            "regarding the raid on Wednesday, citing an ongoing operation.",
            "2025-03-10",
        ),
    ],
)
def test_a_day_after_an_act_named_as_a_topic_of_talk_does_not_date_it(text: str, expected: str) -> None:
    assert _incident_date(text, datetime(2025, 3, 12, 15, tzinfo=UTC)) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Gunmen kidnap 20 bus passengers\n\nBy A Reporter, BBC News\n\n21 April 2026\n\nGunmen abducted ...",
            "2026-04-21",
        ),
        ("Israeli strikes kill 12 in Gaza\n\nPublished On 4 Feb 2026\n\nIsraeli air strikes killed ...", "2026-02-04"),
        (
            "LIVE: Attack in Tel Aviv\n\nLast updated: 14 January 2026, 15:20 (Israel time)\n\nKey points ...",
            "2026-01-14",
        ),
    ],
)
def test_a_date_on_a_line_of_its_own_under_the_headline_is_the_report_s_date(text: str, value: str) -> None:
    found = dateline_date(text, datetime(2026, 4, 21, 12, tzinfo=UTC))
    assert found is not None and found.value == value


def test_the_report_s_date_line_does_not_date_the_attack_told_later() -> None:
    text = (
        "Gunmen kidnap bus passengers in Amhara\n\nBy A Reporter, BBC News\n\n21 April 2026\n\n"
        "Gunmen have abducted more than 20 passengers from a bus, officials said.\n\n"
        "The bus was stopped on the highway north of Debre Markos on Sunday afternoon, they said."
    )
    assert _incident_date(text, datetime(2026, 4, 21, 12, tzinfo=UTC)) == "2026-04-19"


@pytest.mark.parametrize(
    "closing",
    [
        "Monday's violence came a day after the army chief visited the region.",
        "Monday's bombing came a day after peace talks stalled in the capital.",
        "Monday's attack came just days after the new governor took office.",
    ],
)
def test_the_attack_s_own_day_in_a_closing_aside_beats_the_report_s_date_line(closing: str) -> None:
    text = (
        "Rangers killed in the south\n\nPublished 08:10 GMT, 5 August 2025\n\n"
        f"Insurgents killed two rangers with a roadside bomb, officials said.\n\n{closing}"
    )
    assert _incident_date(text, datetime(2025, 8, 5, 8, 10, tzinfo=UTC)) == "2025-08-04"


@pytest.mark.parametrize(
    "follow_up",
    [
        "The kidnappers called the family on Monday evening to demand a ransom.",
        "The hostages were seen on Monday being marched into the hills, a farmer said.",
        "The blast was still being felt on Monday, when schools in the district stayed shut.",
    ],
)
def test_a_later_day_in_a_sentence_only_referring_to_the_attack_does_not_date_it(follow_up: str) -> None:
    text = (
        "Gunmen have abducted more than 20 passengers from a bus, officials said.\n\n"
        f"The bus was stopped on the highway north of the town on Sunday afternoon, they said. {follow_up}"
    )
    assert _incident_date(text, datetime(2026, 4, 21, 12, tzinfo=UTC)) == "2026-04-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two people were shot dead in Chicago over the weekend, police said Monday. The shooting happened "
            "shortly after 2 a.m. Sunday outside a bar on the South Side.",
            "2026-10-25",
        ),
        (
            "Gunmen killed three villagers in Zamfara state at the weekend, residents said. The gunmen arrived on "
            "motorcycles on Saturday night and opened fire on the villagers.",
            "2026-10-24",
        ),
    ],
)
def test_a_day_inside_the_weekend_says_which_day_it_was(text: str, expected: str) -> None:
    from polybius.pipeline import extract_text

    record = extract_text(text, published=datetime(2026, 10, 26, 15, tzinfo=UTC))
    assert record.incidents[0].date.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "Separatist rebels in Indonesia's Papua region said on Tuesday they had killed three construction workers.",
        "The Islamic State group said on Tuesday its fighters had killed two soldiers near Tillaberi.",
        "Houthi rebels said on Tuesday they had attacked a cargo ship in the Red Sea with drones.",
    ],
)
def test_a_day_right_after_said_dates_the_statement_not_the_act(text: str) -> None:
    from polybius.extract import load_nlp
    from polybius.extract.dates import dates_statement, find_dates
    from polybius.extract.resources import word_set

    doc = load_nlp()(text)
    [mention] = find_dates(text, datetime(2026, 9, 15, 15, tzinfo=UTC))
    assert dates_statement(doc, mention, word_set("statements.json", "speech_verbs"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Seven soldiers were killed in the night from Saturday to Sunday in an attack", "Saturday to Sunday"),
        ("Jihadists attacked an army camp overnight Saturday into Sunday, killing 10", "Saturday into Sunday"),
        ("Gunmen raided the village on Saturday night into Sunday, residents said", "Saturday night into Sunday"),
        ("Nine villagers died in the night of Saturday to Sunday when fighters raided Kawuri", "Saturday to Sunday"),
        ("The clashes broke out overnight between Saturday and Sunday near the border", "Saturday and Sunday"),
    ],
)
def test_a_night_across_two_days_is_dated_by_the_second(text: str, found: str) -> None:
    """A night across two days is one mention dated by the morning after (the attack is told in the small hours)."""
    mention = only(text, SUNDAY)
    assert (mention.text, mention.value) == (found, "2024-02-18")


def test_two_days_named_together_stay_two_days() -> None:
    values = [m.value for m in find_dates("Protests were held on Saturday and Sunday.", SUNDAY)]
    assert values == ["2024-02-17", "2024-02-18"]


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("SRINAGAR, Oct. 9: Three soldiers were injured", "Oct. 9", "2024-10-09"),
        ("NEW DELHI, Oct 9 (PTI): A blast hit", "Oct 9", "2024-10-09"),
    ],
)
def test_a_dateline_closed_by_a_colon(text: str, found: str, value: str) -> None:
    """South Asian papers close the dateline with a colon ('SRINAGAR, Oct 9:')."""
    mention = dateline_date(text, WEDNESDAY)
    assert mention is not None and (mention.text, mention.value) == (found, value)


@pytest.mark.parametrize(
    "later",
    [
        "The home ministry has set a deadline of March 2026 to end the insurgency.",
        "Elections are due in November 2026, and the army has promised to secure the polls.",
    ],
)
def test_a_month_after_publication_is_no_date_of_the_attack(later: str) -> None:
    from polybius.pipeline import extract_text

    text = f"Maoists blew up a police vehicle near Kutru, killing three officers. {later}"
    record = extract_text(text, published=datetime(2025, 10, 30, 10, tzinfo=UTC))
    assert not str(record.incidents[0].date.value).startswith("2026")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "A man set fire to a mosque in the English town of Bradford early on Saturday, police said. Attacks "
            "on Muslims in Britain have risen sharply since the Hamas attack on Israel on October 7, campaigners said.",
            datetime(2024, 6, 2, tzinfo=UTC),
            "2024-06-01",
        ),
        (
            "A gunman shot dead a guard outside a synagogue in Vienna on Friday, police said. Attacks on Jewish "
            "sites have surged since the assault on southern Israel on October 7, 2023.",
            datetime(2024, 3, 2, tzinfo=UTC),
            "2024-03-01",
        ),
        (
            "Soldiers opened fire on protesters in the central town of Myingyan on Wednesday, killing eight people, "
            "witnesses said. More than 5,000 people have been killed since the military coup of February 1, 2021, "
            "according to a rights group.",
            datetime(2024, 6, 6, tzinfo=UTC),
            "2024-06-05",
        ),
    ],
)
def test_an_old_act_after_since_bounds_a_period(text: str, published: datetime, expected: str) -> None:
    """'risen since the Hamas attack on Israel on October 7': an earlier act that starts a period is not the one
    reported."""
    assert _incident_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a standoff that began one evening and ended the next morning: its first day
        (
            "PARIS (AFP) - French police on Thursday freed four hostages held by an armed man at a post office "
            "in the suburb of Colombes, ending a standoff that started on Wednesday evening, the ministry said.",
            datetime(2019, 3, 7, 15, tzinfo=UTC),
            "2019-03-06",
        ),
        # a siege told from its end: the day it began
        (
            "A hostage died after police stormed the cafe early this morning, ending the siege.\n\n"
            "Monday, 9:45am: A gunman armed with a shotgun has taken 17 people hostage at a cafe in the city.",
            datetime(2014, 12, 16, 12, tzinfo=UTC),
            "2014-12-15",
        ),
        # a prison standoff told from its end, its start in a sentence without violence
        (
            "Police stormed a prison on Thursday, killing four inmates who had shot dead two guards and held a "
            "warden hostage, ending a standoff.\n\nThe uprising began on Tuesday evening when inmates seized guns.",
            datetime(2024, 5, 16, 12, tzinfo=UTC),
            "2024-05-14",
        ),
    ],
)
def test_a_siege_is_dated_by_its_first_day(text: str, published: datetime, expected: str) -> None:
    assert _incident_date(text, published) == expected


def test_an_occurrence_verb_joined_to_its_subject_s_first_verb_dates_the_act() -> None:
    text = (
        "TRIPOLI, Aug 16 (Reuters) - Calm returned to the capital on Wednesday. The clashes pitted two armed "
        "groups against each other, killing 27 people, and erupted on Monday night after a commander was detained."
    )
    assert _incident_date(text, datetime(2023, 8, 16, 12, tzinfo=UTC)) == "2023-08-14"


def test_a_day_after_the_act_a_verb_of_having_it_done_takes_dates_that_act() -> None:
    text = (
        "Spy agency finds foreign state behind bakery arson\n\nSYDNEY, Aug 26 (AAP) - The prime minister said on "
        "Tuesday that intelligence showed a foreign agency had directed the arson attack on a kosher bakery in Bondi "
        "on October 20 last year, which injured two workers."
    )
    assert _incident_date(text, datetime(2025, 8, 26, 12, tzinfo=UTC)) == "2024-10-20"


@pytest.mark.parametrize(
    ("hour", "expected"),
    [(" The drone struck shortly after 3:00 am as residents slept.", "2024-03-02"), ("", None)],
)
def test_a_same_day_toll_update_dates_an_act_given_only_an_hour(hour: str, expected: str | None) -> None:
    text = (
        "Odesa (AFP) - The death toll from a Russian drone strike that hit an apartment block in the southern city of "
        f"Odesa rose to 12 on Saturday, officials said.{hour}"
    )
    assert _incident_date(text, datetime(2024, 3, 2, 18, tzinfo=UTC)) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "KABUL, Dec 3 (Reuters) - A blast tore through a crowded mosque in the northern city of Kunduz on Sunday "
            "morning, killing 12 worshippers, officials said. Police said the attack may have been carried out by "
            "remnants of a local cell whose commander had been killed in a raid on Friday."
        ),
        (
            "An explosion ripped through a market in Maiduguri on Sunday, killing six people, police said. The army "
            "said the bombers belonged to a faction whose leader had been captured on Thursday."
        ),
    ],
)
def test_a_blast_that_tore_through_a_place_dates_the_act(text: str) -> None:
    """'An explosion tore through X on Sunday' dates the act, before a day recalled of the attackers' past."""
    assert _incident_date(text, datetime(2023, 12, 3, 12, tzinfo=UTC)) == "2023-12-03"


def test_a_step_after_the_act_gives_way_to_the_attack_s_day() -> None:
    """'The suspect was identified on Sunday' dates no act: the 'Saturday night' of the attacks does."""
    text = (
        "Ottawa police officer stabbed, 3 pedestrians hit by van in 'act of terrorism'\n\nOttawa police are "
        "investigating a string of attacks Saturday night - in which an officer was stabbed outside a stadium and "
        "three pedestrians were struck by a rented van downtown - as acts of terrorism.\n\nThe suspect was "
        "identified on Sunday as a 28-year-old man, police said. The officer was treated in hospital and released."
    )
    assert _incident_date(text, datetime(2017, 10, 1, 10, tzinfo=UTC)) == "2017-09-30"


@pytest.mark.parametrize(
    "line",
    ["CBC News · Posted: Oct 01, 2017 4:12 AM MT | Last Updated: October 1, 2017", "Published 1 October 2017 BST"],
)
def test_an_outlet_s_posted_line_is_a_date_line(line: str) -> None:
    """'CBC News · Posted: Oct 01, 2017 4:12 AM MT': the report's own date, not an act's."""
    from polybius.extract.dates import is_date_line

    text = f"Officer stabbed in Edmonton\n\n{line}\n\nPolice are investigating."
    mention = find_dates(text, datetime(2017, 10, 1, 12, tzinfo=UTC))[0]
    assert is_date_line(text, mention)


def test_a_wire_label_line_is_no_dateline() -> None:
    """'FLASH -- Gunmen attack ...' opens no dateline: the real one ('LAGOS, March 29 (Reuters) -') is left out and
    the act's 'Monday night' dates the attack."""
    text = (
        "FLASH -- Gunmen attack passenger train in northwest Nigeria - railway official\n\nUPDATE 2 -- Eight killed as "
        "gunmen attack Nigerian train\n\nLAGOS, March 29 (Reuters) - Gunmen blew up a section of railway track and "
        "attacked a passenger train travelling to the city of Kaduna on Monday night, killing at least eight people."
    )
    assert _incident_date(text, datetime(2022, 3, 29, 14, tzinfo=UTC)) == "2022-03-28"


def test_a_quoted_today_gives_way_to_the_act_s_weekday() -> None:
    """'"Today's shooting is a heartbreaking reminder," the governor said' in a story stamped after midnight UTC: the
    lead's 'Monday' dates the act, not the quoted speaker's 'today'."""
    text = (
        "A gunman opened fire in a residential neighborhood in the city of Farmington on Monday, killing three "
        'people, police said.\n\n"Today\'s shooting is a heartbreaking reminder that gun violence is an epidemic," '
        "the governor said in a statement."
    )
    assert _incident_date(text, datetime(2023, 5, 16, 1, tzinfo=UTC)) == "2023-05-15"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "A Waco man was indicted Tuesday on federal hate crime and arson charges in connection with the fire that "
            "destroyed a mosque in January, prosecutors announced.\n\nJohn Doe, 30, is accused of breaking into the "
            "mosque on Elm Street and setting it on fire early on Jan. 14. The blaze gutted the building.",
            datetime(2017, 6, 28, 12, tzinfo=UTC),
            "2017-01-14",
            id="indicted-then-act-day-1",
        ),
        pytest.param(
            "A Brampton man was charged Thursday with arson in connection with the fire that gutted a Sikh temple in "
            "February, police announced.\n\nRaj Malhotra, 41, is accused of pouring gasoline at the back door of the "
            "temple and setting it alight early on Feb. 6. Nobody was hurt.",
            datetime(2019, 5, 10, 12, tzinfo=UTC),
            "2019-02-06",
            id="indicted-then-act-day-2",
        ),
    ],
)
def test_a_step_after_the_act_gives_way_to_the_earlier_day_of_the_act(
    text: str, published: datetime, expected: str
) -> None:
    """'indicted Tuesday' dates the indictment: the earlier day a violent sentence gives ('setting it on fire early on
    Jan. 14') dates the attack."""
    assert _incident_date(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gunmen opened fire on shoppers at a market in Izeh on Wednesday evening, killing seven people, state "
            "media said.\n\nIn a separate attack the same night, two militiamen were shot dead in the city of Shiraz "
            "by assailants on motorcycles.",
            id="the-same-night-1",
        ),
        pytest.param(
            "A car bomb killed five soldiers at a checkpoint in Kirkuk on Wednesday, police said.\n\nThat same night, "
            "gunmen killed two policemen in a raid on a police post in Tikrit.",
            id="that-same-night-1",
        ),
    ],
)
def test_the_same_night_dates_an_attack_by_the_one_before(text: str) -> None:
    """'In a separate attack the same night': the second incident is dated by the first one's day, not the story's."""
    from polybius.pipeline import extract_text

    incidents = extract_text(text, published=datetime(2022, 11, 17, 12, tzinfo=UTC)).incidents
    assert [i.date.value for i in incidents] == ["2022-11-16", "2022-11-16"]


def test_a_gunbattle_is_dated_by_the_day_the_attackers_went_in() -> None:
    """'attackers entered the base before dawn on Tuesday, triggering a gunbattle' then 'Gunfire could be heard ... on
    Wednesday afternoon': a gunbattle lasts, and is dated by the day it began."""
    text = (
        "NAGROTA, India (Reuters) - The death toll in an assault by militants on an army base rose to seven on "
        "Wednesday, as troops hunted the last gunmen.\n\nHeavily armed attackers entered the base before dawn on "
        "Tuesday, triggering a gunbattle that lasted most of the day. Gunfire could be heard from the camp on "
        "Wednesday afternoon."
    )
    assert _incident_date(text, datetime(2016, 11, 30, 12, tzinfo=UTC)) == "2016-11-29"


TUESDAY = datetime(2024, 5, 14, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two explosions tore through a rally held by the opposition in the city of Bukavu on Thursday, killing "
            "11 people. The blasts went off near the stage of the square, which rebels seized earlier this month.",
            "2024-05-09",
        ),
        (
            "A roadside bomb struck a wedding party held in the village of Qaraqosh on Saturday evening, killing "
            "six guests, Iraqi officials said.",
            "2024-05-11",
        ),
        (
            "Officials lodged a protest on Tuesday after a bomb dropped by a warplane killed four farmers in a field. "
            "The bomb landed on Monday afternoon near the town of Mengding, the ministry said.",
            "2024-05-13",
        ),
    ],
)
def test_the_day_a_struck_gathering_was_held_or_a_bomb_landed_dates_the_act(text: str, expected: str) -> None:
    assert _incident_date(text, TUESDAY) == expected


SATURDAY = datetime(2019, 5, 25, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venezuela: 29 detainees killed in police cells\n\nAFP - Published on 25/05/2019 at 03:12\n\n"
            "Caracas (AFP) - Twenty-nine detainees were killed and 19 officers wounded on Friday in police cells in "
            "the city of Acarigua, officials said.\n\nThe violence broke out in the cells of the state police "
            "command.\n\nAccording to the state government, detainees armed with guns and grenades tried to break "
            "out, and officers opened fire on them.",
            "2019-05-24",
        ),
        (
            "Assailants armed with machetes went from house to house in the Ngadi district of Beni late on "
            "Wednesday, hacking residents to death, officials said. The toll rose to 36.\n\n"
            "On Friday, angry young men threw stones at a military vehicle and burned tyres in protest.",
            "2019-05-22",
        ),
    ],
)
def test_a_lead_telling_harm_dates_the_attack_and_a_later_protest_does_not(text: str, expected: str) -> None:
    assert _incident_date(text, SATURDAY) == expected


@pytest.mark.parametrize(
    "reprisal",
    [
        "The group said its fighters had fired rockets at the town in response to Israeli strikes on villages, "
        "including one on Monday that it said killed civilians.",
        "The militants said they attacked the post in retaliation for the killing of their commander on Monday.",
    ],
)
def test_a_date_in_the_act_a_reprisal_answers_does_not_date_the_reprisal(reprisal: str) -> None:
    text = f"Rockets hit the town of Metula, lightly wounding two people, medics said. {reprisal}"
    assert _incident_date(text, datetime(2024, 6, 5, 15, tzinfo=UTC)) != "2024-06-03"


def test_an_attack_named_by_its_day_in_a_phrase_on_something_else_does_not_date_the_new_one() -> None:
    text = (
        "A bomb went off near the home of one of the victims of Saturday night's shooting in the village of "
        "Kotli on Monday morning, killing two children, police said."
    )
    assert _incident_date(text, datetime(2024, 5, 13, 18, tzinfo=UTC)) == "2024-05-13"
