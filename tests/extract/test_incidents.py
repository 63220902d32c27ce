"""Incident assembly: which figures of a segment count towards its totals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from polybius.pipeline import extract_text


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A suicide bomber struck a wedding party in the town of Tal Afar on Saturday, killing at least 18 people "
            "and wounding 40, the district police chief said. The Islamic State group, also known as IS, claimed "
            "the attack.",
            18,
            40,
        ),
        (
            "Gunmen attacked a Sikh temple in Kabul on Wednesday, killing 25 worshippers, the Interior Minister said. "
            "Eight others were wounded, according to a hospital official. Islamic State (IS) claimed responsibility.",
            25,
            8,
        ),
    ],
)
def test_a_source_whose_name_contains_a_group_s_short_name_is_no_claimant(text: str, killed: int, injured: int) -> None:
    [incident] = extract_text(text).incidents
    assert incident.totals["killed"].best == killed
    assert incident.totals["injured"].best == injured


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gunmen abducted an American aid worker in the town of Abalak in central Niger on Friday night, officials "
            "said. Peter Kline, who has lived in Niger for 20 years, was seized at his home, a local official said.",
            "Peter Kline",
        ),
        (
            "Gunmen burst into the home of the new mayor of Tlaquiltenango on Saturday and shot her dead. Maria Lopez, "
            "41, a former lawmaker, was attacked in front of her family by an armed commando, the governor said.",
            "Maria Lopez",
        ),
    ],
)
def test_a_named_person_seized_or_attacked_in_a_sentence_of_no_attack_word_is_a_victim(text: str, name: str) -> None:
    [incident] = extract_text(text).incidents
    assert name in [v.name for v in incident.victims]


def test_a_named_person_harmed_in_a_relative_clause_is_a_victim() -> None:
    text = (
        "MADRID (Reuters) - A man armed with a machete attacked two churches in the southern Spanish town of "
        "Algeciras on Wednesday evening, police said.\n\n"
        "The attack left several people hurt. Police named a church caretaker, Antonio Ruiz, who was chased "
        "through the square and died of his wounds at the scene."
    )
    [incident] = extract_text(text, published=datetime(2023, 1, 26, tzinfo=UTC)).incidents
    assert "Antonio Ruiz" in {v.name for v in incident.victims}
