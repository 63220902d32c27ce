"""Turn raw bytes into text: BOMs, UTF-8, Windows-1252, then charset detection; refuse binaries."""

from __future__ import annotations

import codecs
import re

from polybius.errors import InputError

SAMPLE_BYTES = 65_536  # how much of a file the binary and encoding heuristics look at

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive or Office document"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "audio or video file"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_MAX_CONTROL_RATIO = 0.05
# Characters a genuine Windows-1252 news text plausibly holds outside ASCII: Latin letters,
# typographic quotes and dashes, currency, degree, guillemets and the like.
_WESTERN = re.compile("[\u00a0\u00a1\u00a3\u00a7\u00a9\u00aa\u00ab\u00ad\u00ae\u00b0\u00b4\u00b7"
                      "\u00ba\u00bb\u00bc-\u00bf\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
                      "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2022\u2026\u20ac\u2122]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161"
                           "\u0178\u017d\u017e]")
_MAX_ACCENTED_RATIO = 0.3
_LATIN1_LABELS = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "us-ascii", "ascii", "cp1252"}


def binary_kind(data: bytes) -> str | None:
    """Name what `data` looks like when it is not text (image, archive, ...), else None."""
    head = data[:SAMPLE_BYTES]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.count(b"\x00") > 1 + len(head) // 100:  # a stray NUL is noise; many mean binary
        return "binary data"
    if head and len(_CONTROL.findall(head)) / len(head) > _MAX_CONTROL_RATIO:
        return "binary data"
    return None


def decode_bytes(data: bytes, name: str, *, declared: str | None = None,
                 partial: bool = False) -> str:
    """Decode file bytes to text or raise InputError naming the file when they are not text.

    `declared` is a charset named by the input itself (HTTP header, <meta charset>), tried
    after UTF-8; `partial` means the bytes were cut off, so a split last character is dropped.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(name, f"binary file ({kind}), not text")
    for decode in (_by_bom, _utf8, _declared, _mostly_utf8, _windows_1252, _detected):
        text = decode(data, partial, declared)
        if text is not None:
            return text
    raise InputError(name, "cannot detect the text encoding (not UTF-8, nor a known charset)")


def _by_bom(data: bytes, partial: bool, _label: str | None) -> str | None:
    """Decode by byte-order mark, when there is one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, partial, errors="replace")
    return None


def _utf8(data: bytes, partial: bool, _label: str | None) -> str | None:
    """Strict UTF-8: most inputs are, and it never misreads another encoding."""
    try:
        return _decode(data, "utf-8", partial, errors="strict")
    except UnicodeDecodeError:
        return None


def _declared(data: bytes, partial: bool, label: str | None) -> str | None:
    """The charset the input declares (latin-1 read as cp1252, as browsers do)."""
    encoding = _codec(label)
    return None if encoding is None else _decode(data, encoding, partial, errors="replace")


def _codec(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes, partial: bool, _label: str | None) -> str | None:
    """UTF-8 with a few stray bytes (mixed sources): keep it, replacing the bad bytes."""
    head = data[:SAMPLE_BYTES]
    sample = _decode(head, "utf-8", True, errors="replace")
    replaced = sample.count("\ufffd")
    bad = replaced - head.count(b"\xef\xbf\xbd")  # U+FFFD already in the text is no error
    good = len(_NON_ASCII.findall(sample)) - replaced
    return _decode(data, "utf-8", partial, errors="replace") if good > 2 * bad else None


def _windows_1252(data: bytes, partial: bool, _label: str | None) -> str | None:
    """Windows-1252 when the result reads like Western text (detectors often miss it)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:SAMPLE_BYTES]
    foreign = [c for c in _NON_ASCII.findall(sample) if not _WESTERN.match(c)]
    letters = _LATIN_LETTER.findall(sample)
    accented = sum(1 for c in letters if c > "\x7f")
    if foreign or not letters or accented / len(letters) > _MAX_ACCENTED_RATIO:
        return None
    return text


def _detected(data: bytes, partial: bool, _label: str | None) -> str | None:
    """Let charset-normalizer guess; None when it finds no plausible encoding."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: SAMPLE_BYTES * 4]).best()
    return None if best is None else _decode(data, best.encoding, partial, errors="replace")


def _decode(data: bytes, encoding: str, partial: bool, errors: str) -> str:
    """Decode, dropping an incomplete last character when the bytes were cut off."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    return decoder.decode(data, final=not partial)
