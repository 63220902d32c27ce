"""The `polybius` command line: extract, ingest, list, show and check. Data to stdout, messages to stderr."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from polybius.errors import PolybiusError

if TYPE_CHECKING:
    from polybius.model import Incident
    from polybius.store import Store

app = typer.Typer(help="News reports of violent incidents -> an evidence-linked incident database.",
                  no_args_is_help=True, add_completion=False)
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option("--db", envvar="POLYBIUS_DB",
                                               help="SQLAlchemy URL or SQLite file (default ./polybius.db).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print RECORD.md JSON instead of a table.")]


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(1)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{option} {value!r} is not a date (use YYYY-MM-DD)")
    return None


def _parse_published(value: str | None) -> datetime | None:
    if value is None:
        return None
    from polybius.ingest.dates import parse_date

    try:
        return parse_date(value)
    except (ValueError, PolybiusError) as exc:
        _fail(f"--published {value!r} is not a date: {exc}")
    return None


def _print_json(data: object) -> None:
    out.print_json(json.dumps(data, ensure_ascii=False), highlight=False) if sys.stdout.isatty() \
        else print(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A file, a folder, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="json or summary.")] = "json",
    published: Annotated[str | None, typer.Option(help="Publication date for relative dates.")] = None,
) -> None:
    """Print the incident record of each document under PATH (nothing is stored)."""
    from polybius.ingest import iter_documents
    from polybius.model import Problem
    from polybius.pipeline import process_many
    from polybius.summary import record_summary

    if fmt not in ("json", "summary"):
        _fail(f"--format {fmt!r}: use json or summary")
    when = _parse_published(published)
    problems: list[Problem] = []
    docs = []
    for item in iter_documents([path]):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            docs.append(item.model_copy(update={"published": when}) if when else item)
    records = list(process_many(docs))
    if fmt == "summary":
        for record in records:
            out.print(record_summary(record), highlight=False, markup=False)
    elif records:
        dumped = [r.model_dump(mode="json") for r in records]
        _print_json(dumped[0] if len(dumped) == 1 else dumped)
    _report_problems(problems)


def _report_problems(problems: list) -> None:
    for p in problems:
        where = f"{p.input}:{p.line}" if p.line is not None else p.input
        err.print(f"[red]failed:[/red] {where}: {p.message}", highlight=False)
    if problems:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (text, HTML, RSS/Atom, WARC, JSONL, CSV).")],
    db: DbOption = None,
    processes: Annotated[int, typer.Option("--processes", "-p", min=1,
                                           help="Extract in this many worker processes.")] = 1,
) -> None:
    """Extract and store every document; re-ingesting the same text changes nothing."""
    from polybius.pipeline import ingest as run_ingest

    store = _open(db)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        report = run_ingest(paths, store, progress=lambda _name: progress.advance(task), n_process=processes)
    counts = store.counts()
    err.print(f"added {report.added} document(s) and {report.copies} near-duplicate copy(ies); "
              f"{report.incidents} new incident(s), {report.merged} report(s) fused into stored ones; "
              f"{report.unchanged} already stored; database now holds {counts['documents']} "
              f"document(s), {counts['incidents']} incident(s)", highlight=False)
    _report_problems(report.problems)


def _open(db: str | None) -> Store:
    from polybius.store import open_store

    try:
        return open_store(db)
    except PolybiusError as exc:
        _fail(str(exc))


def sources_cell(incident: Incident) -> str:
    """'3' independent sources, '3 +2 copies' when wire copies were seen too."""
    copies = sum(1 for s in incident.sources if s.duplicate_of)
    return f"{len(incident.sources) - copies}" + (f" +{copies} copies" if copies else "")


@app.command()
def incidents(
    db: DbOption = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. NG.")] = None,
    since: Annotated[str | None, typer.Option(help="Only incidents on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only incidents on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List stored incidents, latest first."""
    store = _open(db)
    found = store.incidents(country=country, since=_parse_day(since, "--since"),
                            until=_parse_day(until, "--until"), limit=limit)
    if as_json:
        _print_json([i.model_dump(mode="json") for i in found])
        return
    table = Table("id", "date", "place", "type", "killed", "injured", "perpetrators", "sources", "flags")
    for i in found:
        table.add_row(i.id[:12], i.date.value or "?", i.location.name or "?",
                      ", ".join(e.value for e in i.event_types), _range(i, "killed"), _range(i, "injured"),
                      ", ".join(p.name for p in i.perpetrators), sources_cell(i),
                      ", ".join(sorted({c.field for c in i.conflicts})))
    out.print(table)
    err.print(f"{len(found)} incident(s)")


def _range(incident: Incident, kind: str) -> str:
    """'19 (12-21)' for a best with another low or high, '19' alone, '' when none."""
    bounds = incident.totals.get(kind)
    if bounds is None or bounds.best is None:
        return ""
    spread = {b for b in (bounds.low, bounds.high) if b is not None} - {bounds.best}
    return f"{bounds.best} ({bounds.low}-{bounds.high})" if spread else str(bounds.best)


@app.command()
def show(
    incident_id: Annotated[str, typer.Argument(help="An incident id or a unique prefix of one.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one incident with the evidence for each value highlighted in its source text."""
    from rich.markup import escape

    from polybius.evidence import evidence_lines
    from polybius.summary import history_lines, incident_lines

    store = _open(db)
    try:
        incident = store.incident(incident_id)
    except PolybiusError as exc:
        _fail(str(exc))
    if incident is None:
        _fail(f"no incident {incident_id!r} in {store.url}")
    if as_json:
        _print_json(incident.model_dump(mode="json"))
        return
    out.print("\n".join(incident_lines(incident) + history_lines(incident)), highlight=False, markup=False)
    for document in store.incident_documents(incident.id):
        label = " ".join(p for p in (document.source, document.url) if p) or document.id[:12]
        out.print(f"\n[bold]evidence in[/bold] {escape(label)} ({document.id[:12]})", highlight=False)
        for line in evidence_lines(incident, document.text, document.id):
            out.print(line, highlight=False)


@app.command()
def merge(
    incident_ids: Annotated[list[str], typer.Argument(help="Two or more incident ids or prefixes; the first is kept.")],
    db: DbOption = None,
) -> None:
    """Fuse incidents that are one attack into the first one named; the merge is recorded."""
    from polybius.fusion import merge as run_merge

    store = _open(db)
    try:
        with store.transaction("merge incidents") as tx:
            kept = run_merge(tx, incident_ids)
    except PolybiusError as exc:
        _fail(str(exc))
    err.print(f"merged into {kept}", highlight=False)
    print(kept)


@app.command()
def split(
    incident_id: Annotated[str, typer.Argument(help="The incident (id or prefix) that holds two attacks.")],
    document: Annotated[list[str], typer.Option("--document", "-d", help="A document id (or prefix) to move out.")],
    db: DbOption = None,
) -> None:
    """Move the reports of some documents out of an incident into a new one; the split is recorded."""
    from polybius.fusion import split as run_split

    store = _open(db)
    try:
        with store.transaction("split incident") as tx:
            new_id = run_split(tx, incident_id, document)
    except PolybiusError as exc:
        _fail(str(exc))
    err.print(f"split off as {new_id}", highlight=False)
    print(new_id)


@app.command()
def documents(db: DbOption = None, limit: Annotated[int | None, typer.Option()] = None,
              as_json: JsonOption = False) -> None:
    """List stored documents, with how many near-duplicate copies of each were seen."""
    store = _open(db)
    docs = store.documents(limit=limit)
    if as_json:
        _print_json([d.model_dump(mode="json") for d in docs])
        return
    copies = store.copy_counts()
    table = Table("id", "published", "source", "copies", "title")
    for d in docs:
        table.add_row(d.id[:12], d.published.date().isoformat() if d.published else "", d.source or "",
                      str(copies.get(d.id, "")), d.title or d.text[:60].replace("\n", " "))
    out.print(table)


@app.command()
def check(db: DbOption = None) -> None:
    """Report whether the model, gazetteer, lexicons and database are usable, each with its fix."""
    from polybius.health import run_checks

    failed = False
    for name, ok, detail in run_checks(db):
        mark = "[green]\\[ok  ][/green]" if ok else "[red]\\[FAIL][/red]"
        out.print(f"{mark} {name}: {detail}", highlight=False)
        failed |= not ok
    if failed:
        raise typer.Exit(1)


def _add_eval() -> None:
    from polybius.eval.cli import eval_app

    app.add_typer(eval_app, name="eval")


_add_eval()


def main() -> None:
    """Entry point that turns polybius errors into a message and exit code 1."""
    try:
        app()
    except PolybiusError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
