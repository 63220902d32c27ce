"""The one pipeline the CLI and the evals call: documents in, records out, fused into a store."""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path

from polybius.errors import PolybiusError
from polybius.extract import incidents_from_doc, load_nlp
from polybius.fuse.near_duplicates import Fingerprint, original_of
from polybius.fusion import fingerprints, fuse_record, store_copy_or_document
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
    """Extract many documents in order, parsing them in batches with spaCy's nlp.pipe; with
    `n_process` > 1, batches go to that many worker processes, each doing the whole extraction."""
    if n_process > 1:
        yield from _process_in_workers(documents, n_process)
        return
    nlp = load_nlp()
    pairs = ((parse_text(d.text), d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        yield DocumentRecord(document=document, incidents=incidents_from_doc(doc, document, nlp))


def _process_in_workers(documents: Iterable[Document], n_process: int) -> Iterator[DocumentRecord]:
    """Batches of BATCH_SIZE documents extracted by a process pool, yielded in input order, with at
    most two batches per worker in flight so a long stream is never read ahead into memory.

    spaCy's own `n_process` parallelises only the model and leaves our rules (a third of the time)
    to the parent; forked workers inherit the loaded model and gazetteer instead of loading them."""
    load_nlp()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    stream = iter(documents)
    batches = iter(lambda: list(islice(stream, BATCH_SIZE)), [])
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        pending: deque[Future[list[DocumentRecord]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_process_batch, batch))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _process_batch(batch: list[Document]) -> list[DocumentRecord]:
    """One worker's batch, extracted in one process."""
    return list(process_many(batch))


def extract_text(text: str, *, published: datetime | None = None, url: str | None = None,
                 title: str | None = None, source: str | None = None) -> DocumentRecord:
    """Extract the record of a text given directly (tests, the API, `polybius extract -`)."""
    return process(Document.from_text(text, published=published, url=url, title=title, source=source))


@dataclass
class IngestReport:
    """What a batch ingest did: documents added, copies and repeats found, incidents made, failures."""

    added: int = 0
    unchanged: int = 0
    copies: int = 0
    incidents: int = 0
    merged: int = 0
    problems: list[Problem] = field(default_factory=list)


def ingest(paths: Iterable[str | Path], store: Store, *,
           progress: Callable[[str], None] | None = None, n_process: int = 1) -> IngestReport:
    """Read, extract, fuse and store every document under `paths`; bad items are reported, not fatal."""
    return ingest_documents(iter_documents(paths), store, progress=progress, n_process=n_process)


def ingest_documents(items: Iterable[Document | Problem], store: Store, *,
                     progress: Callable[[str], None] | None = None, n_process: int = 1) -> IngestReport:
    """Extract each new document, store it and fuse its incidents with the stored ones, in order.

    A text already stored is skipped (content hash), so re-ingesting changes nothing; a near-duplicate
    of a stored document (a wire copy) is kept as a copy of it, a source that is not extracted again.
    Each document is one transaction: a failure stores nothing of it and the batch goes on.
    """
    report = IngestReport()
    fresh = _Fresh(store, report)
    for record in process_many(fresh.documents(items), n_process=n_process):
        _store(store, record.document, fresh.fingerprints.pop(record.document.id), record, report, progress)
    for document, fingerprint in fresh.deferred:  # copies of documents met earlier in this batch
        _store(store, document, fingerprint, None, report, progress)
    return report


def _store(store: Store, document: Document, fingerprint: Fingerprint, record: DocumentRecord | None,
           report: IngestReport, progress: Callable[[str], None] | None) -> None:
    """Store one document in its own transaction: as a copy of a stored original, or else extracted
    (here, if `record` is None: a copy set aside whose original failed) and fused."""
    try:
        with store.transaction(f"store document {document.id}") as tx:
            original = store_copy_or_document(tx, document, fingerprint)
            created = merged = 0
            if original is None:
                created, merged = fuse_record(tx, record if record is not None else process(document))
    except PolybiusError as exc:
        report.problems.append(Problem(input=_label(document), message=str(exc)))
        return
    report.added += int(original is None)
    report.copies += int(original is not None)
    report.incidents += created
    report.merged += merged
    if progress is not None:
        progress(_label(document))


def _label(document: Document) -> str:
    return document.source or document.title or document.url or document.id[:12]


class _Fresh:
    """Filters a stream down to documents worth extracting: new texts that copy no stored or earlier one."""

    def __init__(self, store: Store, report: IngestReport) -> None:
        self.store, self.report = store, report
        self.fingerprints: dict[str, Fingerprint] = {}
        self.bands: dict[str, set[str]] = {}
        self.deferred: list[tuple[Document, Fingerprint]] = []
        self.seen: set[str] = set()

    def documents(self, items: Iterable[Document | Problem]) -> Iterator[Document]:
        """The documents to extract; problems, repeats and copies are counted or set aside."""
        for item in items:
            if isinstance(item, Problem):
                self.report.problems.append(item)
            elif item.id in self.seen or self.store.has_document(item.id):
                self.report.unchanged += 1
            else:
                self.seen.add(item.id)
                fingerprint = Fingerprint.of(item.text)
                stored = fingerprints(self.store.sharing_bands(fingerprint.bands))
                if self._copies_earlier(fingerprint) or original_of(fingerprint, stored) is not None:
                    self.deferred.append((item, fingerprint))
                    continue
                self.fingerprints[item.id] = fingerprint
                for band in fingerprint.bands:
                    self.bands.setdefault(band, set()).add(item.id)
                yield item

    def _copies_earlier(self, fingerprint: Fingerprint) -> bool:
        """Whether the document copies one met earlier in this batch (not stored yet)."""
        ids = {d for band in fingerprint.bands for d in self.bands.get(band, ())}
        earlier = {d: self.fingerprints[d] for d in ids if d in self.fingerprints}
        return original_of(fingerprint, earlier) is not None
