"""Throughput of polybius extraction against spaCy alone, on generated ~600-token news articles.

Run as `.venv/bin/python bench/throughput.py` (`make bench`). One run measures, on the same
articles: (a) the spaCy tokenizer, (b) the full spaCy model, (c) `process_many` in one process and
(d) `process_many(docs, n_process=2)` (two forked worker processes extracting whole batches), and
prints a Markdown table with articles/s, tokens/s, time relative to the spaCy model and peak RSS.
`--profile 200` adds a cProfile of `process_many` on 200 articles (top polybius functions) and a
profiler-free wall-clock split by spaCy component and polybius.extract function. See README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import inspect
import json
import multiprocessing
import os
import platform
import pstats
import resource
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

IMPORT_START = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from articles import Article, generate  # noqa: E402
from spacy.language import Language  # noqa: E402

from polybius.extract.nlp import MODEL_NAME, load_nlp  # noqa: E402
from polybius.model import Document, DocumentRecord  # noqa: E402
from polybius.pipeline import BATCH_SIZE, process_many  # noqa: E402

IMPORT_S = time.perf_counter() - IMPORT_START

WARMUP_DOCS = 20
GIB_MIB = 1024.0
TARGET_RATIO = 1.5
TARGET_ONE = 15.0
TARGET_TWO = 25.0
TARGET_RSS_MIB = 1.5 * GIB_MIB


@dataclass
class Stage:
    """One timed stage: wall time over the articles and the peak RSS while it ran."""

    key: str
    name: str
    seconds: float
    cpu_s: float
    articles: int
    tokens: int
    rss_mib: float
    child_rss_mib: list[float] = field(default_factory=list)
    note: str = ""
    ratio: float = 0.0

    @property
    def articles_per_s(self) -> float:
        """Articles per second of wall time."""
        return self.articles / self.seconds

    @property
    def tokens_per_s(self) -> float:
        """spaCy tokens per second of wall time."""
        return self.tokens / self.seconds

    def as_dict(self) -> dict[str, Any]:
        """The stage as JSON-ready data, rates included."""
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 2),
                "tokens_per_s": round(self.tokens_per_s, 1)}


# -- memory -----------------------------------------------------------------------------------

def maxrss_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def reset_peak_rss() -> bool:
    """Reset this process's RSS high-water mark (Linux /proc/self/clear_refs), if allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# -- machine ----------------------------------------------------------------------------------

def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (or platform.processor())."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine(nlp: Language) -> dict[str, Any]:
    """CPU, cores, Python, spaCy and model versions."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    try:
        polybius_version = version("polybius")
    except PackageNotFoundError:
        polybius_version = "unknown"
    return {
        "cpu": cpu_model(), "cores": os.cpu_count(), "usable_cores": usable,
        "python": platform.python_version(), "spacy": spacy.__version__,
        "model": f"{MODEL_NAME} {nlp.meta.get('version', '?')}", "polybius": polybius_version,
        "platform": platform.platform(), "start_method": multiprocessing.get_start_method(),
    }


def loadavg() -> str:
    """The 1, 5 and 15-minute load averages, as /proc/loadavg shows them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


# -- stages -----------------------------------------------------------------------------------

def cpu_seconds() -> float:
    """User + system CPU seconds of this process and its reaped children so far."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class Timing:
    """What `timed` measured around one call."""

    result: Any
    seconds: float
    cpu: float
    rss_mib: float


def timed(run: Callable[[], Any]) -> Timing:
    """Run `run` after a gc and a peak-RSS reset: result, wall and CPU seconds, peak RSS (MiB)."""
    gc.collect()
    reset_peak_rss()
    cpu = cpu_seconds()
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    multiprocessing.active_children()  # reap finished workers so their CPU and RSS are counted
    return Timing(result, seconds, cpu_seconds() - cpu, maxrss_mib())


def _records_json(records: Sequence[DocumentRecord]) -> list[dict[str, Any]]:
    """Records as JSON-ready dicts, to compare runs."""
    return [r.model_dump(mode="json") for r in records]


@dataclass
class Results:
    """Everything one run measured."""

    command: str
    machine: dict[str, Any]
    n: int
    seed: int
    batch_size: int
    mean_tokens: float
    min_tokens: int
    max_tokens: int
    generate_s: float
    import_s: float
    load_s: float
    warmup_s: float
    rss_reset: bool
    load_before: str
    load_after: str
    stages: list[Stage]
    two_process_method: str
    two_process_log: list[str]
    incidents: int
    articles_without_incident: int
    targets: list[dict[str, Any]] = field(default_factory=list)
    profile: dict[str, Any] | None = None


def run(n: int, seed: int, profile_n: int, import_s: float) -> Results:
    """Generate the articles, warm up, and time every stage."""
    load_before = loadavg()
    t0 = time.perf_counter()
    articles: list[Article] = generate(n + WARMUP_DOCS, seed)
    generate_s = time.perf_counter() - t0
    warm, articles = articles[:WARMUP_DOCS], articles[WARMUP_DOCS:]
    texts = [a.text for a in articles]
    docs = [Document.from_text(a.text, published=a.published, url=a.url, title=a.title,
                               source=a.source) for a in articles]
    warm_docs = [Document.from_text(a.text, published=a.published) for a in warm]

    t0 = time.perf_counter()
    nlp = load_nlp()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    list(process_many(warm_docs))
    warmup_s = time.perf_counter() - t0
    rss_reset = reset_peak_rss()

    stages: dict[str, Stage] = {}

    def stage(key: str, name: str, t: Timing, child_rss: list[float] | None = None) -> None:
        """Record a stage and log its time to stderr."""
        stages[key] = Stage(key, name, t.seconds, t.cpu, n, tokens, t.rss_mib, child_rss or [])
        print(f"[{key}] {name}: {t.seconds:.2f}s wall, {t.cpu:.2f}s CPU", file=sys.stderr)

    # (a) tokenizer; its token counts are the tokens of every stage.
    t = timed(lambda: [len(d) for d in nlp.tokenizer.pipe(texts, batch_size=256)])
    lengths: list[int] = t.result
    tokens = sum(lengths)
    stage("a", "spaCy tokenizer only", t)

    # (c) and (d) run before (b): the list of parsed Docs that (b) keeps would otherwise stay in
    # the parent's heap and be inherited by the forked workers of (d).
    t = timed(lambda: list(process_many(docs)))
    stage("c", "polybius extract, 1 process", t)
    reference = _records_json(t.result)
    incidents = sum(len(r.incidents) for r in t.result)
    empty = sum(1 for r in t.result if not r.incidents)
    del t

    t = timed(lambda: list(process_many(docs, n_process=2)))
    same = _records_json(t.result) == reference
    t.result = None
    stage("d", "polybius extract, 2 processes (`process_many(n_process=2)`)", t,
          [maxrss_mib(resource.RUSAGE_CHILDREN)])
    log = [f"2 forked worker processes, batches of {BATCH_SIZE}; output identical to 1 process: "
           f"{'yes' if same else 'NO'}"]
    method = "process_many(n_process=2): a ProcessPoolExecutor of forked workers, each extracting whole batches"
    del reference

    # (b) the full spaCy model, keeping every Doc as asked: list(nlp.pipe(texts, batch_size=32)).
    t = timed(lambda: list(nlp.pipe(texts, batch_size=BATCH_SIZE)))
    t.result = None
    stage("b", "spaCy model only (nlp.pipe)", t)
    gc.collect()

    ordered = [stages[k] for k in ("a", "b", "c", "d")]
    for stage in ordered:
        stage.ratio = stage.seconds / stages["b"].seconds
    results = Results(
        command=shlex.join([sys.executable, *sys.argv]), machine=machine(nlp), n=n, seed=seed,
        batch_size=BATCH_SIZE, mean_tokens=statistics.mean(lengths), min_tokens=min(lengths),
        max_tokens=max(lengths), generate_s=generate_s, import_s=import_s, load_s=load_s,
        warmup_s=warmup_s, rss_reset=rss_reset, stages=ordered, two_process_method=method,
        two_process_log=log, incidents=incidents,
        articles_without_incident=empty, load_before=load_before, load_after=loadavg())
    results.targets = targets(results)
    if profile_n:
        results.profile = profile(docs[:profile_n])
        results.profile["wall_split"] = wall_split(docs[:profile_n], nlp)
    return results


def targets(res: Results) -> list[dict[str, Any]]:
    """The performance targets and whether this run met them."""
    by_key = {s.key: s for s in res.stages}
    one = by_key["c"]
    two = by_key.get("d")
    peak_self = max(s.rss_mib for s in res.stages)
    peak_child = max((r for s in res.stages for r in s.child_rss_mib), default=0.0)
    rows = [
        ("extract time within 1.5x of spaCy model alone", f"<= {TARGET_RATIO}x",
         f"{one.ratio:.2f}x", one.ratio <= TARGET_RATIO),
        ("articles/s, 1 process", f">= {TARGET_ONE:g}", f"{one.articles_per_s:.1f}",
         one.articles_per_s >= TARGET_ONE),
        ("articles/s, 2 processes", f">= {TARGET_TWO:g}",
         f"{two.articles_per_s:.1f}" if two else "no run",
         bool(two) and two.articles_per_s >= TARGET_TWO),
        ("peak RSS of any one process", "< 1536 MiB", f"{max(peak_self, peak_child):.0f} MiB",
         max(peak_self, peak_child) < TARGET_RSS_MIB),
    ]
    if two:
        summed = two.rss_mib + sum(two.child_rss_mib)
        rows.append(("peak RSS, 2-process run, parent + workers summed", "< 1536 MiB",
                     f"{summed:.0f} MiB", summed < TARGET_RSS_MIB))
    return [{"target": t, "goal": g, "measured": m, "met": ok} for t, g, m, ok in rows]


# -- profile ----------------------------------------------------------------------------------

def profile(docs: list[Document], top: int = 20) -> dict[str, Any]:
    """cProfile `process_many` on `docs`: the polybius functions by cumulative time."""
    prof = cProfile.Profile()
    prof.enable()
    list(process_many(docs))
    prof.disable()
    stats = pstats.Stats(prof)
    total: float = stats.total_tt
    entries = stats.stats
    rows: list[dict[str, Any]] = []
    extract_ct = 0.0
    for (path, line, func), (_cc, calls, tt, ct, _callers) in entries.items():
        path = path.replace("\\", "/")
        if "/polybius/" not in path:
            continue
        short = path.split("/polybius/", 1)[-1].removesuffix(".py")
        name = f"{short.replace('/', '.')}.{func}:{line}"
        if func == "incidents_from_doc":
            extract_ct = ct
        rows.append({"function": name, "calls": calls, "tottime": tt, "cumtime": ct,
                     "share": ct / total})
    rows.sort(key=lambda r: r["cumtime"], reverse=True)
    hot = sorted(({"function": f"{Path(p).name}:{ln}({fn})", "calls": nc, "tottime": tt,
                   "share": tt / total}
                  for (p, ln, fn), (_c, nc, tt, _ct, _cl) in entries.items()),
                 key=lambda r: r["tottime"], reverse=True)[:15]
    return {"articles": len(docs), "total_s": total, "extract_s": extract_ct,
            "spacy_s": total - extract_ct, "polybius": rows[:top], "self_time": hot}


def wall_split(docs: list[Document], nlp: Language, top: int = 25) -> dict[str, Any]:
    """Wall-clock time per polybius.extract function, with thin timers instead of a profiler.

    cProfile also hooks spaCy's Cython code (every Token created is a profiled call), which
    inflates polybius functions that touch many tokens; here the docs are parsed first, then every
    plain function of polybius.extract is wrapped with a perf_counter timer (inclusive time,
    recursion counted once) while `incidents_from_doc` runs on each.
    """
    import functools

    from polybius import extract

    texts = [d.text for d in docs]
    components: dict[str, float] = {}
    start = time.perf_counter()
    parsed = [nlp.make_doc(t) for t in texts]
    components["tokenizer"] = time.perf_counter() - start
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        pipe = getattr(proc, "pipe", None)
        parsed = list(pipe(parsed, batch_size=BATCH_SIZE)) if pipe else [proc(d) for d in parsed]
        components[name] = time.perf_counter() - t0
    spacy_s = time.perf_counter() - start
    spent: dict[str, float] = {}
    calls: dict[str, int] = {}
    active: dict[str, int] = {}

    def wrap(fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        """`fn` with a timer that adds its inclusive time to `spent[label]`."""
        @functools.wraps(fn)
        def timed_fn(*args: Any, **kwargs: Any) -> Any:
            calls[label] = calls.get(label, 0) + 1
            if active.get(label):
                return fn(*args, **kwargs)
            active[label] = 1
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - t0
                active[label] = 0
        return timed_fn

    modules = [m for name, m in list(sys.modules.items())
               if name.startswith("polybius.") and m is not None]
    originals: dict[int, tuple[Callable[..., Any], Callable[..., Any]]] = {}
    for mod in modules:
        if not mod.__name__.startswith("polybius.extract"):
            continue
        for name, fn in list(vars(mod).items()):
            if inspect.isfunction(fn) and fn.__module__ == mod.__name__ and \
                    not inspect.isgeneratorfunction(fn):
                label = f"{mod.__name__.removeprefix('polybius.')}.{name}"
                originals[id(fn)] = (fn, wrap(fn, label))
    patched: list[tuple[Any, str, Callable[..., Any]]] = []
    for mod in modules:
        for name, value in list(vars(mod).items()):
            if id(value) in originals and originals[id(value)][0] is value:
                setattr(mod, name, originals[id(value)][1])
                patched.append((mod, name, value))
    try:
        start = time.perf_counter()
        for doc, document in zip(parsed, docs, strict=True):
            extract.incidents_from_doc(doc, document, nlp)
        extract_s = time.perf_counter() - start
    finally:
        for mod, name, value in patched:
            setattr(mod, name, value)
    rows = [{"function": label, "calls": calls[label], "seconds": secs,
             "share_extract": secs / extract_s, "share_all": secs / (extract_s + spacy_s)}
            for label, secs in spent.items()]
    rows.sort(key=lambda r: r["seconds"], reverse=True)
    return {"articles": len(docs), "spacy_s": spacy_s, "extract_s": extract_s,
            "spacy_components": components, "functions": rows[:top]}


# -- output -----------------------------------------------------------------------------------

def _rss_cell(stage: Stage) -> str:
    """Peak RSS: the process itself, plus each worker's for the 2-process stages."""
    if not stage.child_rss_mib:
        return f"{stage.rss_mib:.0f}"
    workers = " + ".join(f"{r:.0f}" for r in stage.child_rss_mib)
    label = "workers" if len(stage.child_rss_mib) > 1 else "largest worker"
    return f"{stage.rss_mib:.0f} (parent); {workers} ({label})"


def markdown(res: Results) -> str:
    """The report: machine, command, table, targets, notes and (optionally) the profile."""
    m = res.machine
    out = [
        f"# polybius throughput: {res.n} articles, seed {res.seed}",
        "",
        f"- machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), "
        f"{m['platform']}",
        f"- Python {m['python']}, spaCy {m['spacy']}, model {m['model']}, "
        f"polybius {m['polybius']}, start method {m['start_method']}",
        f"- command: `{res.command}`",
        f"- load average before the run {res.load_before}, after {res.load_after} "
        f"(other jobs on the machine slow the wall times; CPU s is user+system of the process "
        f"and its workers)",
        f"- articles: {res.n} distinct, mean {res.mean_tokens:.1f} spaCy tokens "
        f"(min {res.min_tokens}, max {res.max_tokens}), generated in {res.generate_s:.2f}s; "
        f"nlp.pipe batch size {res.batch_size}",
        f"- import polybius+spaCy {res.import_s:.2f}s; model load {res.load_s:.2f}s; warm-up "
        f"({WARMUP_DOCS} other articles through process_many) {res.warmup_s:.2f}s: not in the "
        f"timings below",
        f"- extraction found {res.incidents} incidents; {res.articles_without_incident} "
        f"articles had none",
        "",
        "| stage | articles/s | tokens/s | wall s | CPU s | time ÷ spaCy model | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for s in res.stages:
        name = f"{s.name} [{s.note}]" if s.note else s.name
        out.append(f"| {name} | {s.articles_per_s:.1f} | {s.tokens_per_s:,.0f} | "
                   f"{s.seconds:.2f} | {s.cpu_s:.2f} | {s.ratio:.{2 if s.ratio >= 0.01 else 4}f}x | "
                   f"{_rss_cell(s)} |")
    out += ["", "| target | goal | measured | met |", "|---|---|---|---|"]
    for t in res.targets:
        out.append(f"| {t['target']} | {t['goal']} | {t['measured']} | "
                   f"{'yes' if t['met'] else 'NO'} |")
    out += ["", f"Two-process method used: {res.two_process_method}."]
    out += [f"- {line}" for line in res.two_process_log]
    reset = ("reset before each stage, so each value is that stage's own peak"
             if res.rss_reset else "NOT resettable here, so each value is the peak so far")
    out += [
        "",
        f"Peak RSS is ru_maxrss: the parent's high-water mark was {reset}; run order a, c, d, b. "
        "The worker value is RUSAGE_CHILDREN's ru_maxrss, the largest worker's; forked workers share the "
        "parent's pages copy-on-write, so the summed target overstates real use.",
    ]
    if res.profile:
        out += profile_markdown(res.profile)
    return "\n".join(out)


def profile_markdown(p: dict[str, Any]) -> list[str]:
    """The profile as Markdown tables."""
    total = p["total_s"]
    out = [
        "",
        f"## cProfile of process_many on {p['articles']} articles (1 process)",
        "",
        f"Total {total:.2f}s under the profiler; polybius extraction (incidents_from_doc) "
        f"{p['extract_s']:.2f}s = {p['extract_s'] / total:.0%}, spaCy parsing and the rest "
        f"{p['spacy_s']:.2f}s = {p['spacy_s'] / total:.0%}. The profiler inflates Python-heavy "
        "code relative to spaCy's compiled code.",
        "",
        "| polybius function (by cumulative time) | calls | cumtime s | share of total | tottime s |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in p["polybius"]:
        out.append(f"| {r['function']} | {r['calls']} | {r['cumtime']:.2f} | {r['share']:.1%} | "
                   f"{r['tottime']:.2f} |")
    out += ["", "| any function (by self time) | calls | tottime s | share of total |",
            "|---|---:|---:|---:|"]
    for r in p["self_time"]:
        out.append(f"| {r['function']} | {r['calls']} | {r['tottime']:.2f} | {r['share']:.1%} |")
    w = p.get("wall_split")
    if w:
        both = w["spacy_s"] + w["extract_s"]
        out += [
            "",
            f"## Wall-clock split without a profiler, {w['articles']} articles",
            "",
            f"spaCy {w['spacy_s']:.2f}s ({w['spacy_s'] / both:.0%}: "
            + ", ".join(f"{k} {v:.2f}s" for k, v in w["spacy_components"].items())
            + f"); polybius "
            f"incidents_from_doc {w['extract_s']:.2f}s ({w['extract_s'] / both:.0%}), timed with "
            "thin wrappers on every polybius.extract function (inclusive times; a little "
            "wrapper overhead included).",
            "",
            "| polybius.extract function | calls | s | share of extraction | share of all |",
            "|---|---:|---:|---:|---:|",
        ]
        for r in w["functions"]:
            out.append(f"| {r['function']} | {r['calls']} | {r['seconds']:.3f} | "
                       f"{r['share_extract']:.1%} | {r['share_all']:.1%} |")
    return out


def as_json(res: Results) -> dict[str, Any]:
    """The results as JSON-ready data."""
    data = asdict(res)
    data["stages"] = [s.as_dict() for s in res.stages]
    return data


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles to time (default 1000)")
    ap.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    ap.add_argument("--json", action="store_true", help="also print the results as JSON")
    ap.add_argument("--out", type=Path, help="write the results as JSON to this file")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also cProfile process_many on the first N articles")
    args = ap.parse_args(argv)
    if args.n < 2:
        ap.error("--n must be at least 2")
    return args


def main(argv: Sequence[str] | None = None, import_s: float = 0.0) -> int:
    """Run the benchmark and print the report."""
    args = parse_args(argv)
    res = run(args.n, args.seed, args.profile, import_s)
    print(markdown(res))
    data = as_json(res)
    if args.json:
        print()
        print(json.dumps(data, indent=2, default=str))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(data, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(import_s=IMPORT_S))
