"""Extraction: a parsed document to incident records, one module per field family."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from polybius.extract.attackers import shared_attackers
from polybius.extract.dates import dateline_date
from polybius.extract.incidents import build_incident
from polybius.extract.nlp import load_nlp
from polybius.extract.places import dateline_place
from polybius.extract.segment import segment
from polybius.extract.sentences import analyze
from polybius.extract.spans import doc_text
from polybius.model import Document, Incident

__all__ = ["extract_incidents", "incidents_from_doc", "load_nlp"]


def incidents_from_doc(doc: Doc, document: Document, nlp: Language) -> list[Incident]:
    """The incidents a parsed document reports (none for an article about no attack)."""
    infos = analyze(doc, nlp, document.published)
    segments, aggregates = segment(infos)
    if not segments:
        return []
    dateline = dateline_date(doc_text(doc), document.published)
    place = dateline_place([p for info in infos for p in info.places], doc)
    actors = [a for info in infos for a in info.actors]
    return shared_attackers(
        [build_incident(seg, n, document, doc, aggregates, dateline, place, actors) for n, seg in enumerate(segments)]
    )
