"""Decoding bytes: UTF-8 (with and without BOM), Windows-1252, other charsets, binaries."""

from __future__ import annotations

import codecs

import pytest

from polybius.errors import InputError
from polybius.ingest.encoding import binary_kind, decode_bytes

FRENCH = "Explosion à la gare de Lyon : trois blessés, selon la préfecture. Le café a été évacué."
GERMAN = "Über 20 Menschen wurden bei dem Anschlag in Köln verletzt, teilte die Polizei mit."
QUOTES = "Police in São Paulo said the attack on the café left “three people” dead — officials."


def test_utf8_is_decoded() -> None:
    assert decode_bytes(FRENCH.encode("utf-8"), "a.txt") == FRENCH


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "a.txt") == FRENCH


def test_utf16_with_bom_is_decoded() -> None:
    assert decode_bytes(GERMAN.encode("utf-16"), "a.txt") == GERMAN


@pytest.mark.parametrize("text", [FRENCH, GERMAN, QUOTES])
def test_windows_1252_accents_and_quotes_are_decoded_right(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"), "a.txt") == text


@pytest.mark.parametrize("text", [FRENCH, GERMAN])
def test_latin1_is_decoded_right(text: str) -> None:
    assert decode_bytes(text.encode("latin-1"), "a.txt") == text


def test_cyrillic_windows_1251_is_detected() -> None:
    text = "Полиция сообщила, что при взрыве в Москве погибли три человека."
    assert decode_bytes(text.encode("cp1251"), "a.txt") == text


def test_declared_charset_is_used_when_utf8_fails() -> None:
    text = "Policja poinformowała, że w wybuchu w Łodzi zginęły trzy osoby."
    assert decode_bytes(text.encode("cp1250"), "a.txt", declared="windows-1250") == text


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = ("Bogotá: " + FRENCH).encode() + b" \xe9 " + "São Paulo".encode()
    text = decode_bytes(data, "a.txt")
    assert "Bogotá" in text and "São Paulo" in text


def test_cut_off_utf8_drops_the_split_character() -> None:
    data = "Kabul blast, café".encode()[:-1]
    assert decode_bytes(data, "a.txt", partial=True) == "Kabul blast, caf"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip archive or Office document"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (bytes(range(256)) * 4, "binary data"),
    ],
)
def test_binaries_are_named(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind
    with pytest.raises(InputError, match=f"photo.bin: binary file \\({kind}\\)"):
        decode_bytes(data, "photo.bin")


def test_a_stray_nul_does_not_make_text_binary() -> None:
    assert binary_kind(FRENCH.encode("utf-8") + b"\x00") is None
