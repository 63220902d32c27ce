"""Near-duplicate documents: a wire story republished with a new headline is a copy."""

from polybius.fuse.near_duplicates import Fingerprint, is_copy, jaccard, original_of

WIRE = ("BAGHDAD (Reuters) - A car bomb exploded at a crowded market in eastern Baghdad on Tuesday, killing at "
        "least 12 people and wounding 30 others, police and medical sources said. No group immediately claimed "
        "responsibility for the attack, which bore the hallmarks of Islamic State. The blast struck shortly after "
        "noon as shoppers gathered before the holiday.")
REPUBLISHED = "Car bomb kills 12 in Baghdad market\n\n" + WIRE + "\n\nReporting by Ahmed Rasheed; editing by Tom Lee."
OTHER = ("A suicide bomber struck a market in Baghdad on Tuesday, killing 12 people, officials said; police said "
         "30 people were hurt and the market was closed for the day while investigators searched the area.")


def test_a_republished_wire_story_is_a_copy() -> None:
    a, b = Fingerprint.of(WIRE), Fingerprint.of(REPUBLISHED)
    assert is_copy(a, b)
    assert set(a.bands) & set(b.bands)
    assert original_of(b, {"other": Fingerprint.of(OTHER), "wire": a})[0] == "wire"


def test_another_story_of_the_same_attack_is_not_a_copy() -> None:
    a, b = Fingerprint.of(WIRE), Fingerprint.of(OTHER)
    assert jaccard(a, b) < 0.3
    assert not is_copy(a, b)
    assert original_of(b, {"wire": a}) is None


def test_a_long_article_that_quotes_a_brief_is_not_a_copy_of_it() -> None:
    long_story = WIRE + " " + OTHER + (
        " Analysts said the group had stepped up attacks in the capital since the spring, targeting markets,"
        " mosques and police posts in mainly Shi'ite districts. The interior ministry said security forces had"
        " arrested three suspects in a raid on a house in the south of the city overnight, and that a fourth man"
        " was being sought. Residents described scenes of panic as ambulances rushed the wounded to two nearby"
        " hospitals, where relatives gathered outside the gates waiting for news of the missing.")
    assert not is_copy(Fingerprint.of(WIRE), Fingerprint.of(long_story))


def test_fingerprints_are_the_same_in_every_process_and_survive_json() -> None:
    a = Fingerprint.of(WIRE)
    assert a == Fingerprint.of(WIRE) == Fingerprint.from_json(a.to_json())
    assert len(a.bands) == 21
