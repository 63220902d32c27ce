"""The one pipeline function that the CLI, the API and Dask workers call: document in, record out."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from polybius.errors import PolybiusError
from polybius.extract import incidents_from_doc, load_nlp
from polybius.ingest import iter_documents
from polybius.model import Document, DocumentRecord, Problem
from polybius.store import Store

BATCH_SIZE = 32
PARSE_LIMIT = 200_000
log = logging.getLogger(__name__)


def parse_text(text: str) -> str:
    """The part of a text that is parsed: all of a news article; the first PARSE_LIMIT characters
    (cut at a paragraph) of a huge document, so one 20 MB file cannot exhaust memory.

    Evidence offsets stay valid: the parsed text is a prefix of the document text.
    """
    if len(text) <= PARSE_LIMIT:
        return text
    cut = text.rfind("\n\n", 0, PARSE_LIMIT)
    if cut < PARSE_LIMIT // 2:
        cut = text.rfind(" ", 0, PARSE_LIMIT)
    log.warning("document of %d characters: extracting from the first %d", len(text), cut)
    return text[: max(cut, 1)]


def process(document: Document) -> DocumentRecord:
    """Extract the incident record of one document."""
    return next(process_many([document]))


def process_many(documents: Iterable[Document], *, n_process: int = 1) -> Iterator[DocumentRecord]:
    """Extract many documents, parsing them in batches (and processes) with spaCy's nlp.pipe."""
    nlp = load_nlp()
    pairs = ((parse_text(d.text), d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process):
        yield DocumentRecord(document=document, incidents=incidents_from_doc(doc, document, nlp))


def extract_text(text: str, *, published: datetime | None = None, url: str | None = None,
                 title: str | None = None, source: str | None = None) -> DocumentRecord:
    """Extract the record of a text given directly (tests, the API, `polybius extract -`)."""
    return process(Document.from_text(text, published=published, url=url, title=title, source=source))


@dataclass
class IngestReport:
    """What a batch ingest did: documents added, already stored, and inputs that failed."""

    added: int = 0
    unchanged: int = 0
    incidents: int = 0
    problems: list[Problem] = field(default_factory=list)


def ingest(paths: Iterable[str | Path], store: Store, *,
           progress: Callable[[str], None] | None = None) -> IngestReport:
    """Read, extract and store every document under `paths`; bad items are reported, not fatal.

    A document whose content hash is already stored is skipped, so re-ingesting changes nothing.
    """
    report = IngestReport()
    fresh = _fresh_documents(iter_documents(paths), store, report)
    for record in process_many(fresh):
        try:
            added = store.add(record)
        except PolybiusError as exc:
            report.problems.append(Problem(input=record.document.source or record.document.id,
                                           message=str(exc)))
            continue
        report.added += int(added)
        report.unchanged += int(not added)
        report.incidents += len(record.incidents) if added else 0
        if progress is not None:
            progress(record.document.title or record.document.url or record.document.id[:12])
    return report


def _fresh_documents(items: Iterable[Document | Problem], store: Store,
                     report: IngestReport) -> Iterator[Document]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
        elif item.id in seen or store.has_document(item.id):
            report.unchanged += 1
        else:
            seen.add(item.id)
            yield item
