"""Turn files, folders, feeds, web archives and stdin into Documents; bad inputs become Problems.

`import polybius.ingest` stays cheap: lxml, trafilatura, feedparser, warcio and
charset-normalizer are imported only by the readers that need them.
"""

from polybius.ingest.dispatch import file_kind, iter_documents, iter_files, read_file
from polybius.ingest.text import MAX_CHARS, normalise_text, read_text_input

__all__ = [
    "MAX_CHARS",
    "file_kind",
    "iter_documents",
    "iter_files",
    "normalise_text",
    "read_file",
    "read_text_input",
]
