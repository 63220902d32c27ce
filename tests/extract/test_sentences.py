"""Per-sentence analysis: flags that tie a sentence to the one before it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from polybius.extract import load_nlp
from polybius.extract.sentences import analyze
from polybius.pipeline import extract_text

SPLIT_LIST = (
    "Gunmen in a pickup truck shot dead three people near a market in Baquba on Monday: Ali Hussein "
    "al-Tamimi, a deputy governor of Diyala, and two of his guards, officials said."
)


def test_the_sentence_after_a_violent_one_ending_in_a_colon_lists_its_victims() -> None:
    nlp = load_nlp()
    infos = analyze(nlp(SPLIT_LIST), nlp, None)
    assert len(infos) == 2
    assert [i.lists_victims for i in infos] == [False, True]


def test_a_named_official_in_the_list_is_a_victim_of_an_assassination() -> None:
    [incident] = extract_text(SPLIT_LIST).incidents
    names = [v.name for v in incident.victims]
    assert "Ali Hussein al-Tamimi" in names
    assert any("guards" in n for n in names)
    assert "assassination" in {e.value for e in incident.event_types}


def test_a_court_ruling_on_an_attack_dated_years_back_recounts_it() -> None:
    text = (
        "BRUSSELS, May 14 (wire) - A Belgian appeals court on Tuesday upheld the 30-year sentence of a man who "
        "helped the bomber who killed 16 people at a metro station in March 2016.\n\n"
        "The man had driven the bomber to the station, the judges found. The group behind the attack was never "
        "identified."
    )
    assert extract_text(text, published=datetime(2025, 5, 14, 12, tzinfo=UTC)).incidents == []


def test_an_attacker_with_an_old_conviction_still_reports_the_attack() -> None:
    text = (
        "HAMBURG, May 14 (wire) - A man who was convicted of assault in 2015 stabbed three people at a bus stop "
        "in Hamburg on Monday, police said."
    )
    [incident] = extract_text(text, published=datetime(2025, 5, 14, 12, tzinfo=UTC)).incidents
    assert incident.totals["injured"].best == 3


def test_an_attack_dated_by_an_earlier_month_is_recalled_not_added() -> None:
    text = (
        "LYON, Sept 13 (wire) - A man stabbed two people at a tram stop in Lyon on Friday evening, police said.\n\n"
        "The attack revived a debate over knife crime. Last August, a man killed three people and wounded eight "
        "in a knife attack at a festival in Grenoble."
    )
    [incident] = extract_text(text, published=datetime(2025, 9, 13, 12, tzinfo=UTC)).incidents
    assert "killed" not in incident.totals
    assert incident.totals["injured"].best == 2


@pytest.mark.parametrize(
    "recall",
    [
        "In April, a missile strike on the city centre on Palm Sunday killed 35 people.",
        "Last March, on a Friday night, gunmen killed 12 worshippers at a mosque in the same town.",
        "In June a suicide bomber struck the same market on a Tuesday morning, killing 20 shoppers.",
    ],
)
def test_a_weekday_inside_an_earlier_month_recalls_an_attack_not_a_new_one(recall: str) -> None:
    text = (
        "KYIV, Oct 22 (wire) - Drones struck apartment blocks in the city of Kharkiv late on Tuesday, killing "
        f"seven people, officials said on Wednesday.\n\nThe city has been hit repeatedly this year. {recall}"
    )
    [incident] = extract_text(text, published=datetime(2025, 10, 22, 15, tzinfo=UTC)).incidents
    assert incident.date.value == "2025-10-21"
    assert incident.totals["killed"].best == 7


PUBLISHED = datetime(2026, 3, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal thrash Spurs in north London derby rout as Saka fires double\n\n"
        "LONDON, March 8 - Arsenal destroyed Tottenham 4-0 at the Emirates on Sunday, with striker Bukayo Saka "
        "scoring twice in a derby the visitors will want to forget.\n\n"
        'Spurs were blown away from the first whistle. "We killed the game in the first half," Saka said. '
        "The visitors' defence was shot to pieces and a bomb went off in their dressing room, figuratively.",
        "Jailed for life: judge sentences man over 2019 shopping centre shooting\n\n"
        "A judge at Leeds Crown Court on Monday sentenced a 38-year-old man to life in prison for shooting dead "
        "three shoppers at a shopping centre in June 2019.\n\n"
        "The gunman opened fire in a food court, killing three people and wounding six, the court heard.",
        "Kenyan court upholds death sentence over 2022 church attack\n\n"
        "NAIROBI, March 9 - Kenya's Court of Appeal on Monday upheld the death sentence of a man convicted over "
        "the 2022 attack on a church in Mombasa, court officials said.\n\n"
        "Gunmen stormed the church during a Sunday service, killing 11 worshippers and wounding 20.",
    ],
)
def test_a_sports_or_court_story_frame_reports_no_incident(text: str) -> None:
    assert extract_text(text, published=PUBLISHED).incidents == []


def test_a_court_story_about_this_weeks_attack_still_reports_it() -> None:
    text = (
        "Gunmen storm courthouse in Karachi, killing four\n\n"
        "KARACHI, March 9 - Gunmen stormed a court in Karachi on Monday during the trial of a man accused over "
        "a 2019 bombing, killing four policemen, officials said."
    )
    assert len(extract_text(text, published=PUBLISHED).incidents) == 1


@pytest.mark.parametrize(
    ("sentence", "aggregate"),
    [
        ("Gunmen shot dead two soldiers in Kidal on Monday, the latest in a string of attacks on the army.", False),
        ("A car bomb killed four people in Mogadishu on Friday, part of a wave of attacks on hotels.", False),
        ("A suicide bomber killed six police officers in Quetta on Sunday amid a spate of attacks.", False),
        ("The blast was the most recent in a series of attacks on polling stations in Kano.", False),
        ("Two separate attacks killed at least 11 people in Borno on Monday, officials said.", True),
        ("A wave of attacks across the north killed 30 people last week.", True),
    ],
)
def test_one_attack_placed_in_a_series_is_no_sum(sentence: str, aggregate: bool) -> None:
    nlp = load_nlp()
    [info] = analyze(nlp(sentence), nlp, None)
    assert info.aggregate is aggregate


def test_the_lead_of_an_attack_in_a_series_dates_it() -> None:
    text = (
        "QUETTA, Pakistan, March 4 (wire) - Gunmen opened fire on a police van in Quetta late on Monday, killing "
        "three officers, police said, the latest in a spate of attacks in Balochistan.\n\n"
        "No arrests had been made by Tuesday morning, a police official said."
    )
    [incident] = extract_text(text, published=datetime(2025, 3, 4, 6, tzinfo=UTC)).incidents
    assert incident.date.value == "2025-03-03"
    assert incident.totals["killed"].best == 3


STATISTICS = [
    "Chicago homicides fall to lowest level in more than a decade\n\n"
    "CHICAGO (AP) — Chicago recorded 416 homicides last year, the fewest since 2014 and a 27% drop from the year "
    "before, police said Wednesday.\n\n"
    "Shootings also declined, with 1,850 people shot in 2025 compared with 2,450 in 2024, according to police data.",
    "Knife crime: London teenage killings at lowest level for a decade\n\nBy Sarah Smith, BBC News\n\n"
    "The number of teenagers killed in London fell to 11 last year, the lowest figure in more than a decade, the "
    "Metropolitan Police has said.\n\n"
    "In 2021, a record 30 teenagers were murdered in the capital.",
    "Mexico's murder rate falls for third straight year, government says\n\n"
    "MEXICO CITY, Jan 8 (Reuters) - Mexico recorded 24,300 homicides in 2025, a decline of 15% from the previous "
    "year, the government said on Thursday.\n\n"
    "The daily average of murders fell to 66 from 78, Security Minister Omar Garcia Harfuch told a news conference.",
    "South Africa's murder rate rises again as police release quarterly crime figures\n\n"
    "Johannesburg, South Africa – South Africa recorded 6,953 murders between October and December, an increase "
    "of 3.2 percent, according to police statistics released on Friday.\n\n"
    "Police Minister Firoz Cachalia said most murders were committed with firearms. Attempted murders rose to 7,200.",
    "Philadelphia shootings down 40% this year, city says\n\nBy Staff, The Philadelphia Inquirer\n\n"
    "Philadelphia has seen 40% fewer shootings so far this year than in the same period of 2024, Mayor Cherelle "
    "Parker said Monday.\n\n"
    "As of Sunday, 412 people had been shot in the city this year, 98 of them fatally, according to police data.",
    "Nigeria kidnappings rise as police publish annual crime figures\n\n"
    "More than 40 people killed every week in the last six months of 2025\n\n"
    "ABUJA (Reuters) - Nigeria recorded 4,100 kidnappings last year, a rise of about 9 percent, the police said on "
    "Tuesday.",
]


@pytest.mark.parametrize("text", STATISTICS)
def test_a_crime_statistics_story_reports_no_incident(text: str) -> None:
    assert extract_text(text, published=datetime(2026, 1, 22, 12, tzinfo=UTC)).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Teen shot dead in Englewood as city touts drop in homicides\n\n"
        "CHICAGO (AP) — A 16-year-old boy was shot and killed Saturday night in the city's Englewood neighborhood, "
        "police said.\n\n"
        "Chicago recorded 416 homicides last year, the fewest since 2014.",
        "Memphis homicides fell 20% last year, police say\n\n"
        "MEMPHIS, Tenn. (AP) — Homicides in Memphis fell by 20% last year to 230, the lowest number since 2019, "
        "police said Tuesday.\n\n"
        "Early Sunday, a man was shot dead outside a convenience store on Lamar Avenue in what police described as "
        "a robbery.",
    ],
)
def test_an_attack_told_on_its_day_in_a_statistics_story_is_reported(text: str) -> None:
    [incident] = extract_text(text, published=datetime(2026, 1, 20, 12, tzinfo=UTC)).incidents
    assert incident.totals["killed"].best == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kenya marks 10 years since Garissa University attack\n\n"
        "GARISSA, Kenya (AFP) - Hundreds of students and relatives gathered on Wednesday at Garissa University to "
        "mark ten years since al-Shabaab gunmen killed 148 people, most of them students.",
        "Westgate survivors remember victims five years on\n\n"
        "NAIROBI (Reuters) - Survivors gathered in Nairobi on Saturday, five years after al-Shabaab gunmen killed "
        "67 people at the Westgate shopping mall.",
        "Iraqis mark anniversary of Karrada bombing\n\n"
        "BAGHDAD (AFP) - Relatives laid flowers on Sunday on the first anniversary of the truck bombing that killed "
        "more than 300 people in Baghdad's Karrada district.\n\n"
        "The suicide bomber detonated a refrigerator truck packed with explosives on a busy shopping street.",
        "Vigil held for victims of Buffalo supermarket shooting\n\n"
        "BUFFALO, N.Y. (AP) — Hundreds of people held a candlelight vigil on Thursday outside the Tops supermarket "
        "where a gunman killed 10 Black people two years ago.",
    ],
)
def test_a_story_remembering_an_attack_of_years_ago_reports_no_incident(text: str) -> None:
    assert extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Bomb kills four at ceremony marking Beslan anniversary\n\n"
            "VLADIKAVKAZ, Russia (Reuters) - A bomb exploded on Sunday at a ceremony in the town of Beslan marking 20 "
            "years since the school siege, killing four people and wounding 12, officials said.",
            4,
        ),
        (
            "Gunmen open fire on mourners at Kerman memorial\n\n"
            "TEHRAN (AFP) - Gunmen opened fire on mourners gathered at a memorial for victims of a bombing two years "
            "ago in the city of Kerman, killing three people, state media reported on Friday.",
            3,
        ),
    ],
)
def test_an_attack_on_a_memorial_is_still_reported(text: str, killed: int) -> None:
    [incident] = extract_text(text, published=datetime(2026, 3, 12, 18, tzinfo=UTC)).incidents
    assert incident.totals["killed"].best == killed


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("KABUL, March 7 (Reuters) - A bomb exploded at a mosque today, killing six worshippers.", "2026-03-07"),
        ("KABUL, March 7 (Reuters) - A bomb exploded at a mosque yesterday, killing six worshippers.", "2026-03-06"),
        (
            "Blast kills six\n\nPublished On 7 Mar 2026\n\nA bomb exploded at a mosque in Kabul today, killing six.",
            "2026-03-07",
        ),
    ],
)
def test_relative_days_count_from_the_story_s_day_when_posted_later(text: str, day: str) -> None:
    """A wire story dated March 7 and posted on March 9: its 'today' is March 7."""
    record = extract_text(text, published=datetime(2026, 3, 9, 15, tzinfo=UTC))
    assert record.incidents[0].date.value == day


def test_an_attack_by_named_attackers_in_a_lead_on_rising_killings_is_reported() -> None:
    text = (
        "Killings surge in Haiti capital as gangs attack police station\n\n"
        "PORT-AU-PRINCE (Reuters) - Armed gangs attacked a police station in the Haitian capital Port-au-Prince, "
        "killing three officers, police said, as homicides in the city rose 40% last year.\n\n"
        "The attackers set fire to vehicles parked outside the station, a police spokesman said."
    )
    assert len(extract_text(text, published=datetime(2026, 1, 22, 12, tzinfo=UTC)).incidents) == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Armed gangs attacked a police station in Port-au-Prince on Monday, killing three officers, police said, "
            "as homicides in the city rose 40% last year.",
            3,
        ),
        (
            "Gunmen killed four villagers in an attack on Tsafe in Zamfara state on Sunday, police said, as bandit "
            "raids in the state have grown since the start of the year.",
            4,
        ),
    ],
)
def test_a_running_total_in_an_aside_leaves_the_attack_toll(text: str, killed: int) -> None:
    [incident] = extract_text(text, published=datetime(2026, 1, 22, 12, tzinfo=UTC)).incidents
    assert incident.totals["killed"].best == killed


def test_a_running_total_told_by_the_main_verb_is_background() -> None:
    text = (
        "More than 7,000 people have been killed since the separatist insurgency reignited in 2004, according to "
        "Deep South Watch."
    )
    assert extract_text(text, published=datetime(2026, 1, 22, 12, tzinfo=UTC)).incidents == []


TOLL_IN_TOLD_ACT = [
    (
        "Lebanon said it would complain to the UN Security Council after Israel carried out missile strikes on its "
        "territory.\n\nFour civilians were killed and nine wounded in the strikes on the town of Nabatieh on Monday "
        "evening, the health ministry said.",
        "2024-03-04",
    ),
    (
        "Ukraine's air force said Russia had launched ballistic missile strikes on Kharkiv.\n\nTwo people died in "
        "the strikes late on Friday, Mayor Ihor Terekhov said on Telegram.",
        "2024-03-01",
    ),
    (
        "Iraq summoned the Turkish envoy after Turkish drone strikes hit the Kurdistan region.\n\nThree members of a "
        "family were killed during the strikes near the town of Zakho on Wednesday, the regional government said.",
        "2024-02-28",
    ),
]


@pytest.mark.parametrize(("text", "day"), TOLL_IN_TOLD_ACT)
def test_a_toll_in_an_act_told_before_reports_that_act(text: str, day: str) -> None:
    nlp = load_nlp()
    infos = analyze(nlp(text), nlp, datetime(2024, 3, 5, tzinfo=UTC))
    assert infos[-1].violent
    [incident] = extract_text(text, published=datetime(2024, 3, 5, tzinfo=UTC)).incidents
    assert incident.date.value == day


def test_a_toll_in_strikes_never_told_as_attacks_reports_no_act() -> None:
    text = (
        "Dock workers began a wave of strikes at the port on Monday over pay.\n\n"
        "Two people were hurt in the strikes on Tuesday, police said."
    )
    nlp = load_nlp()
    assert not analyze(nlp(text), nlp, datetime(2024, 3, 5, tzinfo=UTC))[-1].violent


SINCE_RECALLED = [
    "Tensions have run high along the frontier since a soldier was killed in a clash with border guards in March.",
    "Security has been tightened across the capital since gunmen shot dead a judge outside his home in January.",
    "Relations between the two countries have been frozen since a diplomat was kidnapped in Kabul last February.",
]


@pytest.mark.parametrize("text", SINCE_RECALLED)
def test_harm_in_a_since_clause_dated_months_back_is_recalled(text: str) -> None:
    nlp = load_nlp()
    [info] = analyze(nlp(text), nlp, datetime(2025, 7, 24, tzinfo=UTC))
    assert info.background and not info.violent


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        (
            "The mayor of the town of Choloma was killed on Saturday, police said. President Xiomara Castro "
            "condemned the killing and ordered an investigation.",
            True,
        ),
        (
            "A prison guard was killed on Friday near the city of Kandy, officials said. His family demanded "
            "justice for his murder.",
            True,
        ),
        (
            "A former footballer was killed on Saturday in a crash on the highway near Kumasi. Police are "
            "investigating the killing of a man found in a river the same day.",
            False,
        ),
        ("A former footballer was killed on Saturday on the highway near Kumasi, police said.", False),
    ],
)
def test_a_death_the_article_calls_a_killing_is_violence(text: str, violent: bool) -> None:
    nlp = load_nlp()
    first = analyze(nlp(text), nlp, datetime(2024, 6, 10, tzinfo=UTC))[0]
    assert first.violent is violent


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        ("More than 200 people have been killed in Lebanon since then, according to a tally.", True),
        ("At least 40 civilians have been killed in the province since March, the UN said.", True),
        ("Five people were killed in the blast on Sunday, police said.", False),
        ("Three people have been killed, police said on Sunday.", False),
        # the toll of one attack, or of a few days, is no running total
        ("A suicide bomb attack on a mosque in Peshawar has killed more than 30 people, officials say.", False),
        ("A car bombing outside a police station in Kirkuk has killed more than a dozen people, police said.", False),
        ("Fighting between the army and rebels around Sake has killed more than 60 people in two days.", False),
        ("Fighting between militias in Tripoli has killed at least 27 people since Monday, officials said.", False),
        ("The insurgency in Cabo Delgado has killed more than 4,000 people since 2017, according to monitors.", True),
        ("Gang violence in Port-au-Prince has killed more than 2,500 people so far this year, the UN said.", True),
        ("Israeli strikes on Gaza have killed more than 100 people over the past month, officials said.", True),
    ],
)
def test_a_toll_counted_since_a_point_in_the_past_is_a_running_total(sentence: str, background: bool) -> None:
    nlp = load_nlp()
    [info] = analyze(nlp(sentence), nlp, datetime(2024, 6, 10, tzinfo=UTC))
    assert info.background is background


@pytest.mark.parametrize(
    ("headline", "background"),
    [
        ("Clashes between army and rebels kill over 60 in eastern Congo", False),
        ("Air strikes on a crowded market kill at least 40 in Sudan", False),
        ("Militia attacks kill at least 23 in eastern Congo", True),
    ],
)
def test_a_headline_toll_of_one_clash_or_one_target_is_no_running_total(headline: str, background: bool) -> None:
    nlp = load_nlp()
    info = analyze(nlp(headline + "\n\nPublished on 4 May 2024"), nlp, datetime(2024, 5, 4, tzinfo=UTC))[0]
    assert info.background is background


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Air strike on wedding party kills 30\n\nMilitary jets bombed an anniversary celebration of a local "
            "resistance group in central Myanmar, killing at least 30 people, witnesses say.\n\n"
            "The attack took place on Saturday night in a village in Sagaing region.",
            1,
        ),
        (
            "Jets strike festival in Kachin state\n\nMilitary aircraft struck a crowd gathered for the 60th "
            "anniversary of the founding of a political party late on Monday, killing at least 40 people.",
            1,
        ),
        (
            "Kenya marks ten years since Garissa attack\n\nSurvivors gathered on Tuesday to mark the tenth "
            "anniversary of the attack on Garissa University College, in which gunmen killed 148 people.",
            0,
        ),
        (
            "Families remember Beslan victims\n\nMothers laid flowers at the school on the 20th anniversary of "
            "the siege, in which more than 330 people were killed.",
            0,
        ),
    ],
)
def test_only_an_anniversary_of_an_attack_makes_a_story_of_remembrance(text: str, count: int) -> None:
    assert len(extract_text(text, published=datetime(2024, 5, 15, tzinfo=UTC)).incidents) == count


@pytest.mark.parametrize(
    "sentence",
    [
        "Ansar Dine, one of the groups that seized northern Mali in 2012, said its fighters had carried out the raid.",
        "Al-Shabaab, which was driven out of Mogadishu in 2011, said in a statement that it had attacked the base.",
        "Boko Haram, which abducted 276 schoolgirls from Chibok in 2014, was blamed for the raid.",
    ],
)
def test_a_past_act_in_a_clause_on_a_named_group_is_no_recalled_attack(sentence: str) -> None:
    nlp = load_nlp()
    [info] = analyze(nlp(sentence), nlp, datetime(2024, 6, 10, tzinfo=UTC))
    assert not info.background


def test_the_toll_in_a_clause_on_a_named_group_is_no_toll_of_the_attack() -> None:
    text = (
        "A suicide bomber rammed a car into a police post in Bannu on Tuesday, killing nine officers, police said. "
        "The Pakistani Taliban, a group that killed more than 140 people at a Peshawar school in 2014, claimed the "
        "bombing in a statement."
    )
    [incident] = extract_text(text, published=datetime(2024, 6, 5, tzinfo=UTC)).incidents
    assert incident.totals["killed"].best == 9


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Counter-terror police arrest five over alleged plot to attack Jewish sites\n\nCounter-terrorism police "
            "have arrested five men on suspicion of preparing acts of terrorism against Jewish sites in Manchester, "
            "police said on Friday. Officers seized firearms and explosives during raids in Bolton.",
            0,
        ),
        (
            "Police in Kenya say they have thwarted a plan by militants to blow up a bridge in Garissa. Two suspects "
            "were arrested with a car packed with explosives on Sunday. Officials said the men wanted to carry out a "
            "large-scale attack during the holidays.",
            0,
        ),
        (
            "U.S. charges man over plot to kidnap state official\n\nFederal agents arrested a man on Thursday and "
            "charged him with conspiring to kidnap a state official, prosecutors said. He had bought an explosive "
            "device from an undercover agent.",
            0,
        ),
        (
            "Belgian police arrest four over suspected plot to attack Christmas market\n\nBRUSSELS (AFP) - Belgian "
            "police on Tuesday arrested four men suspected of preparing an attack on a Christmas market in Liege, "
            "prosecutors said.\n\nOne officer was lightly wounded during Monday's raid on a flat in the city's "
            "Droixhe district, prosecutors said.",
            0,
        ),
        (
            "Police foil plot to bomb Jakarta church\n\nJAKARTA (Reuters) - Indonesian police arrested three "
            "suspected militants planning to bomb a church in Jakarta, police said on Tuesday.\n\nTwo officers were "
            "injured on Monday in the operation in Bekasi when one suspect threw a homemade grenade, a spokesman said.",
            0,
        ),
        (
            "Police foiled a second attack after a bomb killed four people at a bus station in Peshawar on Monday, "
            "officials said. A second device was defused nearby.",
            1,
        ),
        (
            "Police say truck bomb was planned for months\n\nThe truck bomb that destroyed the police headquarters "
            "in Medellin on Tuesday had been planned for months, investigators said on Thursday.",
            1,
        ),
        (
            "Suicide bomber kills five in Mali; army says it thwarted second attack\n\nA suicide bomber killed five "
            "soldiers at a checkpoint near Gao on Sunday, the army said, adding it had thwarted a second attack.",
            1,
        ),
    ],
)
def test_a_story_of_a_plot_foiled_with_no_act_done_reports_no_attack(text: str, count: int) -> None:
    assert len(extract_text(text, published=datetime(2024, 5, 15, tzinfo=UTC)).incidents) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Gunmen killed five worshippers at a church in Owo on Sunday, police said.\n\nIt was the third attack on "
            "a church in Ondo state this month. On June 1, gunmen stormed a chapel in Akure, killing two people.",
            1,
        ),
        (
            "A car bomb killed seven people near a police station in Kabul on Monday, officials said.\n\nIt was the "
            "second attack in the capital that day. Earlier on Monday, gunmen shot dead three police officers at a "
            "checkpoint in the west of the city.",
            2,
        ),
    ],
    ids=["an-earlier-one-of-the-series", "another-the-same-day"],
)
def test_the_dated_attack_after_one_placed_in_a_series_is_an_earlier_one(text: str, count: int) -> None:
    assert len(extract_text(text, published=datetime(2024, 6, 11, 12, tzinfo=UTC)).incidents) == count


@pytest.mark.parametrize(
    ("sentence", "struck"),
    [
        ("Minutes later a second attack hit the police academy on the other side of the city.", True),
        ("The first attack hit the Sharada police station shortly after dusk.", True),
        ("Hours later, another assault targeted an army post near the border.", True),
        ("A second cyber attack hit the ticketing systems of the rail operator.", False),
        ("The attack targeted a software subcontractor of the operator.", False),
        ("A second attack could hit the capital, officials warned.", False),
    ],
)
def test_one_of_several_attacks_said_to_strike_something_is_an_act(sentence: str, struck: bool) -> None:
    nlp = load_nlp()
    [info] = analyze(nlp(sentence), nlp, None)
    assert info.struck is struck
    assert info.violent is struck
