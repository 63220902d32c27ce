"""What a figure counts and who gives it."""

from __future__ import annotations

import pytest

from polybius.extract import load_nlp
from polybius.extract.kinds import attribution, better_source, kind_of_token


def test_words_name_figure_kinds() -> None:
    doc = load_nlp()("Four people were killed, two wounded and three detained.")
    kinds = {t.text: kind_of_token(t) for t in doc if kind_of_token(t)}
    assert kinds == {"killed": "killed", "wounded": "injured", "detained": "arrested"}


def test_lives_count_only_when_lost() -> None:
    doc = load_nlp()("The attack claimed 12 lives. Doctors saved many lives.")
    lives = [kind_of_token(t) for t in doc if t.lower_ == "lives"]
    assert lives == ["killed", None]


def test_the_source_of_a_figure() -> None:
    sent = next(load_nlp()("At least 23 people were killed, emergency officials said.").sents)
    assert attribution(sent, sent[2]) == "emergency officials"


def test_according_to_names_the_source() -> None:
    sent = next(load_nlp()("Nine people died, according to the health ministry.").sents)
    assert attribution(sent, sent[0]) == "health ministry"


def test_a_source_that_puts_the_toll_at_its_own_number_gives_only_that_number() -> None:
    doc = load_nlp()("Three killed as gunmen attack a village near Imphal, residents put the toll at five.")
    three, five = next(t for t in doc if t.lower_ == "three"), next(t for t in doc if t.lower_ == "five")
    assert attribution(doc[:], three) != "residents"
    assert attribution(doc[:], five) == "residents"
    doc = load_nlp()("Police put the number of dead at 12, while the mayor said at least 20 people were killed.")
    twenty = next(t for t in doc if t.text == "20")
    assert attribution(doc[:], twenty) == "mayor"


def test_the_more_specific_of_two_sources_is_kept() -> None:
    assert better_source("officials", "country's civil protection agency") == "country's civil protection agency"
    assert (
        better_source("country's civil protection agency", "Directorate of Civil Protection")
        == "Directorate of Civil Protection"
    )
    assert better_source("Interior Ministry", "officials") == "Interior Ministry"
    assert better_source(None, "police") == "police"


def test_the_source_is_found_past_a_count_parsed_as_a_second_subject() -> None:
    doc = load_nlp()("At least 40 people were injured, 12 of them seriously, the health ministry said.")
    forty = next(t for t in doc if t.text == "40")
    assert attribution(doc[:], forty) == "health ministry"


def test_a_speaker_in_the_figure_s_own_clause_outranks_according_to() -> None:
    text = "At least nine people were killed, according to local officials, while rebels said the toll was 15."
    doc = load_nlp()(text)
    nine, fifteen = next(t for t in doc if t.lower_ == "nine"), next(t for t in doc if t.text == "15")
    assert attribution(doc[:], nine) == "local officials"
    assert attribution(doc[:], fifteen) == "rebels"
    doc = load_nlp()("According to police, the gunmen killed 12 people.")
    assert attribution(doc[:], next(t for t in doc if t.text == "12")) == "police"


def test_the_giver_of_a_toll_is_its_source() -> None:
    doc = load_nlp()("An earlier toll from the city's mayor put the number of dead at four.")
    assert attribution(doc[:], next(t for t in doc if t.lower_ == "four")) == "city's mayor"
    doc = load_nlp()("A first toll given by the army on Friday put the number of dead at 12.")
    assert attribution(doc[:], next(t for t in doc if t.text == "12")) == "army"


def test_a_noun_with_a_whose_clause_gives_no_figure() -> None:
    doc = load_nlp()("The suspect, whose name was not released, was taken into custody on Sunday.")
    sent = next(doc.sents)
    suspect = next(t for t in sent if t.lower_ == "suspect")
    assert attribution(sent, suspect) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The SDF said in a statement that militants had attacked the position. Five of its fighters were "
            "killed, the statement said.",
            "SDF",
        ),
        ("The army issued a statement on Monday. Three soldiers died in the ambush, the statement said.", "army"),
    ],
)
def test_the_statement_as_a_source_is_whoever_issued_it(text: str, source: str) -> None:
    from polybius.extract.figures import find_figures

    doc = load_nlp()(text)
    sources = {f.figure.attributed_to for s in doc.sents for f in find_figures(s)[0]}
    assert sources == {source}


def test_a_quotation_gives_its_figures_to_the_speaker_after_it() -> None:
    from polybius.extract.figures import find_figures

    text = (
        'Authorities had initially reported six dead. "We have now counted 11 dead, including three women. '
        'Seven others are wounded," Badae told AFP by telephone.'
    )
    doc = load_nlp()(text)
    found = {(f.figure.value, f.figure.attributed_to) for s in doc.sents for f in find_figures(s)[0]}
    assert {(6, "Authorities"), (11, "Badae"), (7, "Badae")} <= found


def test_a_titled_speaker_after_a_quotation_is_its_source() -> None:
    from polybius.extract.figures import find_figures

    text = (
        '"Eleven people are dead, among them three children. Six people have been pulled from the rubble," '
        "Emergency Minister Petro Hrytsenko said on Telegram."
    )
    doc = load_nlp()(text)
    found = {(f.figure.value, f.figure.attributed_to) for s in doc.sents for f in find_figures(s)[0]}
    assert (11, "Emergency Minister Petro Hrytsenko") in found


@pytest.mark.parametrize(
    ("first", "other", "best"),
    [("local official", "Badae", "Badae"), ("Authorities", "police officials", "police officials")],
)
def test_a_surname_is_a_more_specific_source_than_a_description(first: str, other: str, best: str) -> None:
    from polybius.extract.kinds import better_source

    assert better_source(first, other) == best


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("1:47 PM - Houston police said two people died.", "Houston police"),
        ("11:05 AM CORRECTION - Police said three people were killed.", "Police"),
        ("16:35 GMT: The health ministry said 12 people were killed.", None),
    ],
)
def test_a_live_updates_time_stamp_is_no_part_of_the_source(text: str, source: str | None) -> None:
    sent = next(load_nlp()(text).sents)
    number = next(t for t in sent if t.lower_ in ("two", "three", "12"))
    assert attribution(sent, number) == source


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: At least 4 people killed in shooting at Ohio mall, police say",
        "Six soldiers killed in ambush near Kidal, army says",
    ],
)
def test_the_counted_people_are_never_their_own_source(text: str) -> None:
    doc = load_nlp()(text)
    number = next(t for t in doc if t.like_num)
    assert attribution(doc[:], number) in ("police", "army")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Fighting has left at least 23 people dead, the defense minister said. The bodies were found in rural "
            "areas, Defense Minister Diego Molano told journalists.",
            "Defense Minister Diego Molano",
        ),
        (
            "Gunmen killed 14 farmers near Maiduguri, the state governor said. Governor Babagana Zulum visited the "
            "village on Sunday.",
            "Governor Babagana Zulum",
        ),
    ],
)
def test_a_source_given_by_title_is_the_person_named_with_it(text: str, source: str) -> None:
    doc = load_nlp()(text)
    number = next(t for t in doc if t.like_num)
    assert attribution(next(doc.sents), number) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nine people were killed, Reuters reported, citing a police source.", "police source"),
        ("State television, citing the interior ministry, said 14 people were wounded.", "interior ministry"),
        ("The group said it killed 12 soldiers, citing revenge for the raids.", "group"),
    ],
)
def test_a_reporter_citing_a_source_gives_that_source(text: str, source: str) -> None:
    doc = load_nlp()(text)
    number = next(t for t in doc if t.like_num)
    assert attribution(doc[:], number) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Israeli strike kills 22 in Gaza, including 9 children: health ministry\n\nMore follows.", "health ministry"),
        ("Burkina: at least 17 dead in attack on Ouagadougou restaurant (government)\n\nMore follows.", "government"),
        ("The troops killed 5 members of the Islamic State (IS).", None),
        ("Four police killed in attack on station in Iran's Sistan-Baluchestan\n\nMore follows.", None),
        ("At least three killed in Lahore blast - police\n\nMore follows.", "police"),
    ],
)
def test_a_headline_s_tagged_source_gives_its_figures(text: str, source: str | None) -> None:
    doc = load_nlp()(text)
    sent = next(s for s in doc.sents if any(t.like_num for t in s))
    number = next(t for t in sent if t.like_num)
    assert attribution(sent, number) == source


def test_of_two_named_sources_the_fuller_gives_the_figure() -> None:
    assert better_source("Kenya", "President William Ruto") == "President William Ruto"
    assert better_source("Interior Minister Ahmad Vahidi", "Iran") == "Interior Minister Ahmad Vahidi"


def test_a_source_that_holds_the_other_is_the_more_specific() -> None:
    assert better_source("Kyrgyzstan", "Kyrgyzstan's health ministry") == "Kyrgyzstan's health ministry"
    assert better_source("the Pakistani military", "military") == "the Pakistani military"


def test_a_wire_update_slug_is_no_source() -> None:
    sent = next(load_nlp()("UPDATE 2-Kyrgyzstan says 24 killed as border fighting escalates").sents)
    number = next(t for t in sent if t.text == "24")
    assert attribution(sent, number) != "UPDATE"
