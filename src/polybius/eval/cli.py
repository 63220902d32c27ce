"""`polybius eval`: score polybius on the gold sets of ../shared/datasets and on the examples.

Tables go to stdout (or JSON with --json), the progress bar and notes to stderr. Every command
reports the documents processed and the seconds and documents per second of extraction (model
loading excluded); with --predictions nothing is extracted and the timing is empty. A document
whose extraction raises or outlasts --doc-timeout gets no incidents and is listed as failed.

Prediction files (--out writes them, --predictions reads them):
* muc4: the layout of processed/*.json, {"docid", "templates"} per line (`muc4.write_predictions`);
* keys, wikievents, examples: {"docid", "incidents": [RECORD.md incidents]} per line (examples
  are named FOLDER-PARENT/FOLDER/NAME, e.g. "tests/examples/crocus-city-hall");
* geo: one toponym per line, {"dataset", "article", "start", "end", "name", "lat", "lon",
  "country_code"}; a gold toponym without a row is unresolved.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from polybius.errors import PolybiusError

eval_app = typer.Typer(
    help="Score polybius on gold data (MUC-4 templates and answer keys, WikiEvents, GeoWebNews "
         "and LGL) and on the acceptance examples. Test splits are held back: use train / dev.",
    no_args_is_help=True, add_completion=False)
err = Console(stderr=True)
T = TypeVar("T")
Json = dict[str, Any]

SHARED = Path("../shared/datasets")
SplitOption = Annotated[str, typer.Option("--split", help="train or dev (test is held back).")]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write predictions (JSON lines).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print results as JSON.")]
PredOption = Annotated[Path | None, typer.Option(
    "--predictions", help="Score this predictions file instead of running polybius.")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N docs.")]
TimeoutOption = Annotated[float, typer.Option(
    "--doc-timeout", min=0, help="Give up on a document after this many seconds (0: never).")]
DOC_TIMEOUT = 30.0


def _data_option(name: str) -> Any:
    """The --data option of a dataset folder under ../shared/datasets."""
    return typer.Option("--data", help=f"The {name} dataset folder.")


MucData = Annotated[Path, _data_option("muc4")]
WikiData = Annotated[Path, _data_option("wikievents")]
GeoData = Annotated[Path, _data_option("geoparsing")]


# ---------------------------------------------------------------- shared helpers


def _fail(message: str, code: int = 1) -> NoReturn:
    """Print an error to stderr and exit with `code`."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def check_split(split: str, allowed: tuple[str, ...], dataset: str) -> None:
    """Refuse the held-back test split and any split the dataset does not have."""
    if split == "test":
        _fail(f"the {dataset} test split is held back for independent evaluation and is not "
              f"available here: develop and report on {' / '.join(allowed)}", code=2)
    if split not in allowed:
        _fail(f"{dataset} has no split {split!r}: use {' / '.join(allowed)}", code=2)


def _guard(load: Callable[[], T]) -> T:
    """Run a loader, turning missing or unreadable data into a clean error."""
    try:
        return load()
    except (PolybiusError, OSError, ValueError, KeyError) as exc:
        _fail(f"cannot read the data: {exc}")


@contextmanager
def _progress(label: str, total: int) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr; yields the function that advances it by one."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


class DocTimeout(Exception):
    """One document took longer than --doc-timeout."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DocTimeout in the block after `seconds` (main thread on Unix only; else no limit)."""
    usable = seconds and hasattr(signal, "setitimer") \
        and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _raise(_signum: int, _frame: object) -> None:
        raise DocTimeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded_records(docs: list[Any], timeout: float | None) -> Iterator[tuple[int, Any, str]]:
    """(index, record or None, problem) per document from `process_many`, in order.

    A document that raises or runs past `timeout` seconds gets no record and a problem
    message; extraction resumes with the next document.
    """
    from polybius.pipeline import process_many

    start = 0
    while start < len(docs):
        records = process_many(iter(docs[start:]))
        try:
            while start < len(docs):
                with deadline(timeout):
                    record = next(records)
                yield start, record, ""
                start += 1
        except DocTimeout:
            yield start, None, f"timed out after {timeout:g} s"
            start += 1
        except Exception as exc:  # an extractor crash fails this document only
            yield start, None, f"extractor raised {type(exc).__name__}: {exc}"
            start += 1


@dataclass
class Extraction:
    """Records by id, seconds taken, and the ids that failed with their problem."""

    records: dict[str, Json]
    seconds: float | None
    problems: dict[str, str] = field(default_factory=dict)


def extract_texts(items: list[tuple[str, str, datetime | None]], label: str,
                  timeout: float | None = None) -> Extraction:
    """Run polybius on (id, text, published) items; a failed document gets no incidents."""
    from polybius.extract import load_nlp
    from polybius.model import Document

    load_nlp()
    docs = [Document.from_text(text, published=when) for _, text, when in items]
    run = Extraction({}, None)
    start = time.perf_counter()
    with _progress(label, len(items)) as advance:
        for i, record, problem in guarded_records(docs, timeout):
            key = items[i][0]
            run.records[key] = record.model_dump(mode="json") if record else {"incidents": []}
            if problem:
                run.problems[key] = problem
                err.print(f"[yellow]warning:[/yellow] {key}: {problem}", highlight=False)
            advance()
    run.seconds = time.perf_counter() - start
    return run


def timing(docs: int, seconds: float | None) -> Json:
    """The docs / seconds / docs_per_s fields of every result."""
    rate = docs / seconds if seconds else None
    return {"docs": docs, "seconds": None if seconds is None else round(seconds, 2),
            "docs_per_s": None if rate is None else round(rate, 2)}


def _timing_line(result: Mapping[str, Any], what: str) -> str:
    """'200 docs; extraction 41.3 s, 4.84 docs/s' (or 'scored from FILE')."""
    if result.get("seconds") is None:
        return f"{result['docs']} {what}; scored from {result.get('source')}"
    line = (f"{result['docs']} {what}; extraction {result['seconds']:.1f} s, "
            f"{result['docs_per_s']:.2f} {what}/s")
    failed = result.get("failed_docs") or {}
    return line + (f"; {len(failed)} failed (no incidents): {', '.join(failed)}" if failed else "")


def _out() -> Console:
    """The stdout console: the terminal's width, or 120 columns when piped (rich says 80)."""
    console = Console()
    return console if console.is_terminal else Console(width=120)


def _show(renderable: Any) -> None:
    """Print a table to stdout."""
    _out().print(renderable)


def _emit(result: Json, as_json: bool, render: Callable[[Json], None]) -> None:
    """Print the result as JSON or with its table renderer."""
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        render(result)


def write_records(path: Path, records: Mapping[str, Json]) -> None:
    """Write id -> record as JSON lines {"docid", "incidents"}."""
    with path.open("w", encoding="utf-8") as f:
        for docid, record in records.items():
            line = {"docid": docid, "incidents": record.get("incidents", [])}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


def read_records(path: Path) -> dict[str, Json]:
    """id -> record from JSON lines with "docid" (or "doc_id") and "incidents"."""
    records: dict[str, Json] = {}
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            docid = obj.get("docid", obj.get("doc_id"))
            if docid is None:
                raise ValueError(f"{path}:{n}: no 'docid'")
            records[str(docid)] = obj
    return records


def _prf_table(title: str, rows: Iterable[tuple[str, Mapping[str, Any]]],
               first: str = "slot") -> Table:
    """A P / R / F1 table with the counts behind each score."""
    table = Table(first, "P", "R", "F1", "correct / pred", "found / gold", title=title)
    for name, s in rows:
        table.add_row(name, f"{s['p']:.2f}", f"{s['r']:.2f}", f"{s['f1']:.2f}",
                      f"{s['tp_pred']:g} / {s['pred']}", f"{s['tp_gold']:g} / {s['gold']}")
    return table


def _records_or_extract(predictions: Path | None, items: list[tuple[str, str, datetime | None]],
                        label: str, timeout: float) -> Extraction:
    """Records read from --predictions, or extracted now."""
    if predictions is not None:
        return Extraction(_guard(lambda: read_records(predictions)), None)
    return extract_texts(items, label, timeout or None)


def _run_fields(run: Extraction, docs: int, predictions: Path | None) -> Json:
    """Timing, source and failed documents of a run, for the result."""
    return {**timing(docs, run.seconds), "source": str(predictions or "polybius"),
            "failed_docs": run.problems}


# ---------------------------------------------------------------- muc4


@eval_app.command()
def muc4(data: MucData = SHARED / "muc4", split: SplitOption = "dev", out_file: OutOption = None,
         as_json: JsonOption = False, predictions: PredOption = None, limit: LimitOption = None,
         doc_timeout: TimeoutOption = DOC_TIMEOUT,
         single_mention: Annotated[bool, typer.Option(
             help="Keep only each entity's first mention.")] = False) -> None:
    """MUC-4 template (GTT) and role-filler (GRIT) P/R/F1 on processed train or dev."""
    from polybius.eval.muc4 import (
        SPLITS,
        load_muc4,
        read_predictions,
        record_to_templates,
        score_predictions,
        write_predictions,
    )

    check_split(split, SPLITS, "MUC-4")
    docs = _guard(lambda: load_muc4(data, split))[:limit]
    if predictions is not None:
        preds, run = _guard(lambda: read_predictions(predictions)), Extraction({}, None)
    else:
        items = [(d.docid, d.doctext, None) for d in docs]
        run = extract_texts(items, "muc4", doc_timeout or None)
        preds = {d.docid: record_to_templates(run.records[d.docid], d.doctext,
                                              single_mention=single_mention) for d in docs}
    if out_file is not None:
        write_predictions(out_file, preds)
    result = score_predictions(docs, preds)
    result.update(_run_fields(run, len(docs), predictions), split=split)
    _emit(result, as_json, _render_muc4)


def _render_muc4(result: Json) -> None:
    """The template and role-filler tables."""
    _out().print(f"MUC-4 {result['split']}: {_timing_line(result, 'docs')}", highlight=False,
                 soft_wrap=True)
    rows = [*result["slots"].items(), ("micro", result["micro"])]
    _show(_prf_table("template metric (GTT, Du et al. 2021)", rows))
    rf = result["role_filler"]
    _show(_prf_table("role-filler metric (GRIT)", [*rf["slots"].items(), ("micro", rf["micro"])]))
    if result.get("missing_docs"):
        err.print(f"{len(result['missing_docs'])} doc(s) without predictions", highlight=False)


# ---------------------------------------------------------------- keys


@eval_app.command()
def keys(data: MucData = SHARED / "muc4", split: SplitOption = "dev", out_file: OutOption = None,
         as_json: JsonOption = False, predictions: PredOption = None, limit: LimitOption = None,
         doc_timeout: TimeoutOption = DOC_TIMEOUT,
         dateline: Annotated[bool, typer.Option(
             help="Give each document its raw dateline day as the publication date.")] = True,
         ) -> None:
    """Date, country, city, killed, injured and claim accuracy against the original MUC-4 keys."""
    from polybius.eval.keys_score import country_codes, load_datelines, predicted_of, score_keys
    from polybius.eval.muc4 import SPLITS, load_muc4
    from polybius.eval.muc_keys import load_keys

    check_split(split, SPLITS, "MUC-4")
    docs = _guard(lambda: load_muc4(data, split))[:limit]
    all_keys = _guard(lambda: load_keys(data, split))
    days = _guard(lambda: load_datelines(data, split)) if dateline else {}
    items = [(d.docid, d.doctext, _noon(days.get(d.docid))) for d in docs]
    run = _records_or_extract(predictions, items, "keys", doc_timeout)
    if out_file is not None:
        write_records(out_file, run.records)
    doc_keys = {d.docid: all_keys.get(d.docid, []) for d in docs}
    preds = {k: [predicted_of(i) for i in r.get("incidents", [])] for k, r in run.records.items()}
    result = score_keys(doc_keys, preds, country_codes(doc_keys, _country_code)).as_dict()
    result.update(_run_fields(run, len(docs), predictions), split=split,
                  dateline=dateline and predictions is None)
    _emit(result, as_json, _render_keys)


def _noon(day: date | None) -> datetime | None:
    """A dateline day as a publication datetime."""
    return None if day is None else datetime(day.year, day.month, day.day, 12)


def _country_code(name: str) -> str | None:
    """ISO code of a key's country name ("EL SALVADOR" -> "SV") from the gazetteer."""
    from polybius.extract.gazetteer import load_gazetteer

    place = load_gazetteer().country(name.title())
    return place.country_code if place else None


def _render_keys(result: Json) -> None:
    """The per-slot accuracy table."""
    console = _out()
    console.print(f"MUC-4 keys {result['split']}: {_timing_line(result, 'docs')}",
                  highlight=False, soft_wrap=True)
    console.print(f"{result['templates']} key templates scored ({result['optional_skipped']} "
                  f"optional skipped; {result['without_prediction']} in docs without a predicted "
                  f"incident); dateline days as publication dates: {result['dateline']}",
                  highlight=False, soft_wrap=True)
    table = Table("slot", "accuracy %", "correct / key slots")
    for slot, s in result["slots"].items():
        table.add_row(slot, f"{s['pct']:.1f}", f"{s['correct']} / {s['total']}")
    _show(table)


# ---------------------------------------------------------------- wikievents


@eval_app.command()
def wikievents(data: WikiData = SHARED / "wikievents", split: SplitOption = "dev",
               out_file: OutOption = None, as_json: JsonOption = False,
               predictions: PredOption = None, limit: LimitOption = None,
               doc_timeout: TimeoutOption = DOC_TIMEOUT) -> None:
    """WikiEvents dev: Attacker / Target / Victim / Instrument / Place by head-word match."""
    from polybius.eval.wikievents import SPLITS, load_wikievents, predicted_arguments, score_documents

    check_split(split, SPLITS, "WikiEvents")
    docs = _guard(lambda: load_wikievents(data, split))[:limit]
    items = [(d.doc_id, d.text, None) for d in docs]
    run = _records_or_extract(predictions, items, "wikievents", doc_timeout)
    if out_file is not None:
        write_records(out_file, run.records)
    preds = {k: predicted_arguments(r) for k, r in run.records.items()}
    result = score_documents(preds, docs)
    result.update(_run_fields(run, len(docs), predictions), split=split)
    _emit(result, as_json, _render_wikievents)


def _render_wikievents(result: Json) -> None:
    """The per-role table."""
    _out().print(f"WikiEvents {result['split']}: {_timing_line(result, 'docs')}", highlight=False,
                 soft_wrap=True)
    rows = [*result["roles"].items(), ("micro", result["micro"])]
    _show(_prf_table("arguments, head-word match", rows, "role"))


# ---------------------------------------------------------------- geo


@eval_app.command()
def geo(data: GeoData = SHARED / "geoparsing", split: SplitOption = "dev",
        out_file: OutOption = None, as_json: JsonOption = False, predictions: PredOption = None,
        limit: LimitOption = None,
        dataset: Annotated[str, typer.Option(help="gwn, lgl or both.")] = "both") -> None:
    """Toponym resolution on GeoWebNews and LGL: accuracy at 161 km and error in km."""
    from polybius.eval.geo import DATASETS

    check_split(split, ("dev",), "GeoWebNews / LGL")
    names = list(DATASETS) if dataset == "both" else [dataset]
    if any(n not in DATASETS for n in names):
        _fail(f"--dataset {dataset!r}: use gwn, lgl or both", code=2)
    err.print("GWN and LGL have no splits: all of both is treated as dev data", highlight=False)
    rows = _guard(lambda: _jsonl_rows(predictions)) if predictions else None
    results, pred_rows = {}, []
    for name in names:
        results[name], found_rows = _geo_one(data, name, rows, limit)
        pred_rows += found_rows
    if out_file is not None:
        _write_jsonl(out_file, pred_rows)
    result = {"datasets": results, "split": "dev", "source": str(predictions or "polybius")}
    _emit(result, as_json, _render_geo)


def _geo_one(data: Path, name: str, rows: list[Json] | None,
             limit: int | None) -> tuple[Json, list[Json]]:
    """Score one geoparsing set: its result and its prediction rows."""
    from polybius.eval.geo import errors_km, load_articles, prediction_rows, resolutions_from_rows, score_errors

    articles = _guard(lambda: load_articles(data, name))[:limit]
    if rows is not None:
        found, seconds = resolutions_from_rows(rows, name, articles), None
    else:
        found, seconds = _resolve_all(articles, name)
    errors = [e for a in articles for e in errors_km(a.toponyms, found[a.id])]
    result = {**score_errors(errors), **timing(len(articles), seconds)}
    return result, prediction_rows(name, articles, found)


def _resolve_all(articles: list, label: str) -> tuple[dict[str, list], float]:
    """Resolve every article's toponyms with the packaged gazetteer, timed."""
    from polybius.eval.geo import gazetteer_resolver, resolve_article
    from polybius.extract.gazetteer import load_gazetteer

    resolver = gazetteer_resolver(load_gazetteer())
    found = {}
    start = time.perf_counter()
    with _progress(label, len(articles)) as advance:
        for article in articles:
            found[article.id] = resolve_article(article, resolver)
            advance()
    return found, time.perf_counter() - start


def _jsonl_rows(path: Path) -> list[Json]:
    """The objects of a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _write_jsonl(path: Path, rows: Iterable[Json]) -> None:
    """Write objects as JSON lines."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _km(value: float | None) -> str:
    """A distance for the table."""
    return "-" if value is None else f"{value:.0f}"


def _render_geo(result: Json) -> None:
    """One row per dataset."""
    _out().print("geoparsing (no split: treated as dev)", highlight=False)
    table = Table("set", "articles", "toponyms", "resolved %", "acc@161 km %", "mean km",
                  "median km", "seconds", "articles/s",
                  title="toponym resolution (gazetteer.resolve, the article's countries and regions as context)")
    for name, r in result["datasets"].items():
        rate = "-" if r["docs_per_s"] is None else f"{r['docs_per_s']:.1f}"
        secs = "-" if r["seconds"] is None else f"{r['seconds']:.1f}"
        table.add_row(name, str(r["docs"]), str(r["toponyms"]), f"{r['coverage']:.1f}",
                      f"{r['acc161']:.1f}", _km(r["mean_km"]), _km(r["median_km"]), secs, rate)
    _show(table)


# ---------------------------------------------------------------- examples


DEFAULT_EXAMPLES = (Path("tests/examples"), Path("../shared/examples"))


@eval_app.command()
def examples(data: Annotated[list[Path] | None, typer.Option(
                 "--data", help="Example folder(s) (default tests/examples, ../shared/examples).")
             ] = None,
             out_file: OutOption = None, as_json: JsonOption = False,
             predictions: PredOption = None, limit: LimitOption = None,
             doc_timeout: TimeoutOption = DOC_TIMEOUT) -> None:
    """Check polybius against the acceptance examples (NAME.txt + NAME.expected.json)."""
    from polybius.eval.examples import published_of

    items = _guard(lambda: _example_items(data))[:limit]
    texts = [(name, text, published_of(expected)) for name, text, expected in items]
    run = _records_or_extract(predictions, texts, "examples", doc_timeout)
    if out_file is not None:
        write_records(out_file, run.records)
    results = _check_examples(items, run)
    result = {"examples": results, "passed": sum(not f for f in results.values()),
              "failed": sum(bool(f) for f in results.values()),
              **_run_fields(run, len(items), predictions)}
    _emit(result, as_json, _render_examples)
    if result["failed"]:
        raise typer.Exit(1)


def _example_items(folders: list[Path] | None) -> list[tuple[str, str, Json]]:
    """(folder/name, text, expected) for every example of the folders that exist."""
    from polybius.eval.examples import load_examples

    chosen = folders or [f for f in DEFAULT_EXAMPLES if f.is_dir()]
    missing = [str(f) for f in chosen if not f.is_dir()]
    if missing or not chosen:
        raise ValueError(f"no example folder: {', '.join(missing) or 'none of the defaults'}")
    return [(f"{folder.parent.name}/{folder.name}/{name}", text, expected)
            for folder in chosen for name, text, expected in load_examples(folder)]


def _check_examples(items: list[tuple[str, str, Json]], run: Extraction) -> dict[str, list[str]]:
    """Failures by example; one without a record, or whose extraction failed, fails."""
    from polybius.eval.examples import check

    results = {}
    for name, text, expected in items:
        if name in run.problems:
            results[name] = [run.problems[name]]
        elif name not in run.records:
            results[name] = ["no record in the predictions file"]
        else:
            results[name] = check(run.records[name], expected, text)
    return results


def _render_examples(result: Json) -> None:
    """Pass / fail per example with its failures."""
    _out().print(f"examples: {_timing_line(result, 'examples')}",
                 highlight=False, soft_wrap=True)
    table = Table("example", "result", "failures")
    table.columns[0].overflow = "fold"
    for name, failures in result["examples"].items():
        mark = "[red]FAIL[/red]" if failures else "[green]pass[/green]"
        table.add_row(name, mark, "\n".join(failures))
    _show(table)
    _out().print(f"{result['passed']} passed, {result['failed']} failed", highlight=False)


# ---------------------------------------------------------------- fusion on a generated stream


@eval_app.command()
def fusion(incidents: Annotated[int, typer.Option("--incidents", min=1, help="True incidents.")] = 1000,
           reports: Annotated[int, typer.Option("--reports", min=2, help="Reports about them.")] = 10000,
           seed: Annotated[int, typer.Option("--seed", help="Seed of the generated stream.")] = 0,
           db: Annotated[str | None, typer.Option(
               "--db", help="Store to ingest into (default: a temporary SQLite file).")] = None,
           as_json: JsonOption = False, limit: LimitOption = None) -> None:
    """Fusion on a generated report stream: B-cubed P/R/F1 over reports, best-killed accuracy."""
    import tempfile

    from polybius.eval.fusion import evaluate_fusion
    from polybius.eval.stream import generate_stream
    from polybius.store import open_store

    stream = _guard(lambda: generate_stream(n_incidents=incidents, n_reports=reports, seed=seed))
    if limit is not None:
        stream = stream.head(limit)
    with tempfile.TemporaryDirectory(prefix="polybius-fusion-") as tmp:
        store = _guard(lambda: open_store(db or Path(tmp) / "fusion.db"))
        try:
            with _progress("fusion", len(stream.reports)) as advance:
                score = evaluate_fusion(stream, store, progress=lambda _label: advance())
        finally:
            store.close()
    result = score.as_json()
    result.update(seed=seed, db=db)
    _emit(result, as_json, _render_fusion)


def _render_fusion(result: Json) -> None:
    """B-cubed and best-killed accuracy, then what went wrong."""
    out = _out()
    out.print(f"fusion: {result['reports']} reports of {result['incidents']} incidents (seed {result['seed']}); "
              f"ingest {result['seconds']:.1f} s, {result['reports_per_s']:.2f} reports/s; "
              f"{result['no_incident']} reports without an incident", highlight=False, soft_wrap=True)
    table = Table("metric", "value")
    for name in ("p", "r", "f1"):
        table.add_row(f"B-cubed {name.upper()}", f"{100 * result['bcubed'][name]:.1f}")
    table.add_row("best killed = true toll (% of incidents)", f"{result['best_killed_accuracy']:.1f}")
    diag = result["diagnostics"]
    table.add_row("twin pairs merged", f"{diag['twin_pairs_merged']} of {diag['twin_pairs']}")
    table.add_row("copies detected (ingest)", f"{diag['copies_detected']} of {diag['copies']}")
    table.add_row("copies in another cluster than their original", str(diag["copies_split_from_original"]))
    table.add_row("true incidents split over several clusters", str(diag["true_incidents_split"]))
    table.add_row("stored incidents matched by several true ones", str(diag["stored_incidents_matching_several_true"]))
    _show(table)
