"""The command line as a user runs it: extract a file, ingest a folder, list, show, check, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from polybius.cli import app

BOMBING = (
    "A car bomb exploded outside a busy restaurant in Mogadishu on Saturday, killing at least nine people "
    "and wounding 14, police said. Al-Shabaab claimed responsibility for the attack."
)
SHOOTING = "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing four people, police said."

runner = CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "mogadishu.txt"
    path.write_text(BOMBING, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database holding two ingested reports."""
    root = tmp_path_factory.mktemp("cli")
    folder = root / "news"
    folder.mkdir()
    (folder / "mogadishu.txt").write_text(BOMBING, encoding="utf-8")
    (folder / "kano.txt").write_text(SHOOTING, encoding="utf-8")
    path = str(root / "polybius.db")
    result = runner.invoke(app, ["ingest", str(folder), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def test_extract_prints_the_record_as_json(article: Path) -> None:
    result = runner.invoke(app, ["extract", str(article)])

    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert "incidents" in record
    assert len(record["incidents"]) == 1
    incident = record["incidents"][0]
    assert incident["location"]["name"] == "Mogadishu"
    for figure in incident["figures"]:
        for e in figure["evidence"]:
            assert BOMBING[e["start"]:e["end"]] == e["text"]


def test_extract_with_published_resolves_the_weekday(article: Path) -> None:
    result = runner.invoke(app, ["extract", str(article), "--published", "2024-03-24"])

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["incidents"][0]["date"]["value"] == "2024-03-23"


def test_extract_summary_is_readable_text(article: Path) -> None:
    result = runner.invoke(app, ["extract", str(article), "--format", "summary"])

    assert result.exit_code == 0, result.output
    assert "Mogadishu" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


def test_extract_refuses_an_unknown_format(article: Path) -> None:
    result = runner.invoke(app, ["extract", str(article), "--format", "xml"])

    assert result.exit_code == 1
    assert "xml" in result.stderr


def test_incidents_json_is_a_list(db: str) -> None:
    result = runner.invoke(app, ["incidents", "--db", db, "--json"])

    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert isinstance(listed, list)
    assert {i["location"]["name"] for i in listed} == {"Mogadishu", "Kano"}


def test_show_an_incident_by_id_and_by_prefix(db: str) -> None:
    listed = json.loads(runner.invoke(app, ["incidents", "--db", db, "--json"]).stdout)
    incident_id = next(i["id"] for i in listed if i["location"]["name"] == "Mogadishu")

    shown = runner.invoke(app, ["show", incident_id, "--db", db, "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["id"] == incident_id

    text = runner.invoke(app, ["show", incident_id[:12], "--db", db])
    assert text.exit_code == 0, text.output
    assert "Mogadishu" in text.stdout


def test_show_an_unknown_id_fails(db: str) -> None:
    result = runner.invoke(app, ["show", "doesnotexist", "--db", db])

    assert result.exit_code == 1
    assert "doesnotexist" in result.stderr


def test_documents_json_lists_both_reports(db: str) -> None:
    result = runner.invoke(app, ["documents", "--db", db, "--json"])

    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 2


def test_check_passes(db: str) -> None:
    result = runner.invoke(app, ["check", "--db", db])

    assert result.exit_code == 0, result.output
    assert "FAIL" not in result.stdout
    assert "[ok  ] model" in result.stdout


def test_check_names_the_fix_for_a_database_it_cannot_open(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--db", str(tmp_path / "missing" / "x.db")])

    assert result.exit_code == 1
    assert "[FAIL] database" in result.stdout
    assert "fix:" in result.stdout


def test_ingest_reports_bad_files_and_keeps_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(BOMBING, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "photo.bin").write_bytes(bytes(range(256)) * 8)
    path = str(tmp_path / "p.db")

    result = runner.invoke(app, ["ingest", str(folder), "--db", path])

    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "photo.bin" in result.stderr
    stored = json.loads(runner.invoke(app, ["documents", "--db", path, "--json"]).stdout)
    assert len(stored) == 1
    listed = json.loads(runner.invoke(app, ["incidents", "--db", path, "--json"]).stdout)
    assert [i["location"]["name"] for i in listed] == ["Mogadishu"]


def test_ingest_in_two_processes_stores_every_document(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n, town in enumerate(["Mogadishu", "Kismayo", "Baidoa"]):
        (folder / f"{town}.txt").write_text(BOMBING.replace("Mogadishu", town).replace("nine", str(n + 3)),
                                            encoding="utf-8")
    path = str(tmp_path / "p.db")

    result = runner.invoke(app, ["ingest", str(folder), "--db", path, "--processes", "2"])

    assert result.exit_code == 0, result.output
    listed = json.loads(runner.invoke(app, ["incidents", "--db", path, "--json"]).stdout)
    assert sorted(i["location"]["name"] for i in listed) == ["Baidoa", "Kismayo", "Mogadishu"]


def test_ingest_again_adds_nothing(db: str, tmp_path: Path) -> None:
    again = tmp_path / "again.txt"
    again.write_text(BOMBING, encoding="utf-8")
    before = json.loads(runner.invoke(app, ["incidents", "--db", db, "--json"]).stdout)

    result = runner.invoke(app, ["ingest", str(again), "--db", db])

    assert result.exit_code == 0, result.output
    after = json.loads(runner.invoke(app, ["incidents", "--db", db, "--json"]).stdout)
    assert len(after) == len(before)


def test_incidents_since_must_be_a_date(db: str) -> None:
    result = runner.invoke(app, ["incidents", "--db", db, "--since", "notadate"])

    assert result.exit_code != 0
    assert "notadate" in result.stderr


FOLLOW_UP = (
    "MOGADISHU - The death toll from the car bomb outside a restaurant in Mogadishu rose to 12, police said "
    "on Sunday. Al-Shabaab said it carried out the attack."
)


@pytest.fixture
def fused_db(tmp_path: Path) -> str:
    """A database where two reports of the Mogadishu bombing are one incident and Kano another."""
    for name, text in (("a.jsonl", BOMBING), ("b.jsonl", FOLLOW_UP), ("c.jsonl", SHOOTING)):
        published = "2024-03-23T10:00:00Z" if name != "b.jsonl" else "2024-03-24T10:00:00Z"
        line = {"text": text, "published": published, "source": name[0].upper() + " Wire"}
        (tmp_path / name).write_text(json.dumps(line) + "\n", encoding="utf-8")
    path = str(tmp_path / "fused.db")
    result = runner.invoke(app, ["ingest", *(str(tmp_path / n) for n in ("a.jsonl", "b.jsonl", "c.jsonl")),
                                 "--db", path])
    assert result.exit_code == 0, result.output
    assert "1 report(s) fused into stored ones" in " ".join(result.output.split())
    return path


def test_show_prints_the_sources_and_the_toll_timeline(fused_db: str) -> None:
    listed = json.loads(runner.invoke(app, ["incidents", "--db", fused_db, "--json"]).stdout)
    mogadishu = next(i for i in listed if i["location"]["name"] == "Mogadishu")
    result = runner.invoke(app, ["show", mogadishu["id"], "--db", fused_db])
    assert result.exit_code == 0, result.output
    assert "A Wire" in result.stdout and "B Wire" in result.stdout
    assert "killed 9 (at_least)  superseded  A Wire" in result.stdout
    assert "killed 12  current  B Wire" in result.stdout
    assert mogadishu["totals"]["killed"]["best"] == 12


def test_merge_then_split_from_the_command_line(fused_db: str) -> None:
    listed = json.loads(runner.invoke(app, ["incidents", "--db", fused_db, "--json"]).stdout)
    ids = [i["id"] for i in listed]
    merged = runner.invoke(app, ["merge", *ids, "--db", fused_db])
    assert merged.exit_code == 0, merged.output
    assert len(json.loads(runner.invoke(app, ["incidents", "--db", fused_db, "--json"]).stdout)) == 1
    kano = next(s["document_id"] for i in listed for s in i["sources"] if i["location"]["name"] == "Kano")
    split = runner.invoke(app, ["split", merged.stdout.strip(), "--document", kano[:12], "--db", fused_db])
    assert split.exit_code == 0, split.output
    assert len(json.loads(runner.invoke(app, ["incidents", "--db", fused_db, "--json"]).stdout)) == 2


def test_merge_of_an_unknown_incident_fails_and_changes_nothing(fused_db: str) -> None:
    result = runner.invoke(app, ["merge", "nosuchid", "alsonone", "--db", fused_db])
    assert result.exit_code == 1
    assert "no incident 'nosuchid'" in result.output
    assert len(json.loads(runner.invoke(app, ["incidents", "--db", fused_db, "--json"]).stdout)) == 2


def test_documents_counts_the_copies_of_a_wire_story(tmp_path: Path) -> None:
    original = {"text": BOMBING, "published": "2024-03-23T10:00:00Z", "source": "Wire"}
    copy = {"text": "Car bomb kills nine in Mogadishu\n\n" + BOMBING, "published": "2024-03-23T11:00:00Z",
            "source": "Portal"}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(original) + "\n" + json.dumps(copy) + "\n", encoding="utf-8")
    db = str(tmp_path / "copies.db")
    assert runner.invoke(app, ["ingest", str(feed), "--db", db]).exit_code == 0

    result = runner.invoke(app, ["documents", "--db", db])
    assert result.exit_code == 0, result.output
    (row,) = [line for line in result.stdout.splitlines() if "Wire" in line]
    assert " 1 " in row
    assert len(json.loads(runner.invoke(app, ["documents", "--db", db, "--json"]).stdout)) == 1
