"""Matching a new report to stored incidents: same attack joins, a different one stays apart."""

from polybius.fuse import best_match, profile_of, score
from polybius.fuse.profile import Profile, cluster_profile

MAZAR = {"name": "Mazar-i-Sharif", "country_code": "AF", "admin1": "Balkh", "lat": 36.71, "lon": 67.11,
         "precision": "city", "geonames_id": 1133453}


def profile(r) -> Profile:
    return profile_of(r.incident, r.document.published)


def test_two_reports_of_one_market_bombing_match(report) -> None:
    first = profile(report("afp", "2024-03-05T08:00", killed=[(12, "at_least", "current")], facility="market"))
    later = profile(report("ap", "2024-03-06T09:00", killed=[(19, "exact", "current")], facility="Kabul market",
                           perpetrators=(("Islamic State", True),)))
    assert score(later, first) >= 3.0
    assert best_match(later, [("inc-1", first)]) == "inc-1"


def test_two_attacks_in_one_city_on_one_day_stay_apart(report) -> None:
    bombing = profile(report("afp", "2024-03-05T08:00", killed=[(12, "exact", "current")], facility="market"))
    shooting = profile(report("bbc", "2024-03-05T12:00", killed=[(2, "exact", "current")],
                              events=("armed_assault",), facility="police checkpoint"))
    assert best_match(shooting, [("inc-1", bombing)]) is None


def test_another_city_never_matches(report) -> None:
    kabul = profile(report("afp", "2024-03-05T08:00", killed=[(12, "exact", "current")]))
    mazar = profile(report("bbc", "2024-03-05T12:00", killed=[(12, "exact", "current")], place=MAZAR))
    assert score(mazar, kabul) is None


def test_dates_beyond_the_window_never_match(report) -> None:
    early = profile(report("afp", "2024-03-01T08:00", day="2024-03-01"))
    late = profile(report("bbc", "2024-03-09T08:00", day="2024-03-09"))
    assert score(late, early) is None


def test_the_best_scoring_candidate_wins(report) -> None:
    new = profile(report("ap", "2024-03-06T09:00", facility="market", perpetrators=(("Islamic State", True),)))
    same = profile(report("afp", "2024-03-05T08:00", facility="market"))
    weaker = profile(report("bbc", "2024-03-05T08:00", day="2024-03-04"))
    assert best_match(new, [("weaker", weaker), ("same", same)]) == "same"


def test_a_profile_survives_its_json_form(report) -> None:
    p = profile(report("afp", "2024-03-05T08:00", facility="market", perpetrators=(("Islamic State", True),)))
    assert Profile.from_json(p.to_json()) == p


def test_an_undated_follow_up_does_not_join_an_attack_days_before_it(report) -> None:
    old = profile(report("afp", "2024-03-01T08:00", day="2024-03-01", facility="market"))
    follow_up = profile(report("ap", "2024-03-06T09:00", day=None))
    recent = profile(report("bbc", "2024-03-05T09:00", day="2024-03-05"))
    assert best_match(follow_up, [("old", old)]) is None
    assert score(follow_up, recent) > score(follow_up, old)


def test_an_incident_is_matched_on_what_most_of_its_reports_agree_on(report) -> None:
    church = [profile(report(d, "2024-02-11T10:00", events=("armed_assault",), facility="church")) for d in "abc"]
    mentions_kidnap = profile(report("d", "2024-02-11T12:00", events=("armed_assault", "hostage_taking"),
                                     facility="church"))
    stored = cluster_profile(church[0], [*church, mentions_kidnap])
    assert stored.events == ("armed_assault",)
