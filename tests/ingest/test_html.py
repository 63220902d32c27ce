"""HTML pages: main text without boilerplate, title, canonical URL, date; broken markup."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from polybius.errors import InputError
from polybius.ingest import html as html_module
from polybius.ingest.html import decode_html, extract_page, html_document, html_to_text

PARAGRAPHS = [
    "MAIDUGURI, Nigeria (Reuters) - Gunmen on motorcycles opened fire on a crowded market in "
    "northeastern Nigeria on Tuesday, killing at least 12 people and wounding 20 others, "
    "police said.",
    "No group has claimed responsibility for the attack, but police spokesman Abba Kyari said "
    "the assailants were suspected members of Boko Haram, which has waged an insurgency in the "
    "region since 2009.",
    '"The attackers arrived at about 3 p.m. and started shooting indiscriminately," said trader '
    "Musa Ibrahim, who escaped with a gunshot wound to the arm.",
]
PAGE = """<!DOCTYPE html>
<html><head>
<title>Gunmen kill 12 in Maiduguri market | Daily Wire News</title>
<meta property="og:title" content="Gunmen kill 12 in attack on market in Maiduguri">
<meta property="article:published_time" content="2024-03-05T14:30:00+01:00">
<link rel="canonical" href="https://news.example.com/africa/maiduguri-attack">
<script>trackPageView("maiduguri");</script>
<style>body { color: #333 }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<header><div class="logo">Daily Wire News</div></header>
<article>
<h1>Gunmen kill 12 in attack on market in Maiduguri</h1>
PARAGRAPHS
</article>
<aside><h3>Most read</h3><ul><li>Celebrity wedding photos</li></ul></aside>
<footer><p>&copy; 2024 Daily Wire News. All rights reserved. Privacy policy</p></footer>
</body></html>
""".replace("PARAGRAPHS", "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS))
BOILERPLATE = ("trackPageView", "color: #333", "Home", "Most read", "Celebrity", "All rights")


def no_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the lxml fallback extractor."""
    monkeypatch.setattr(html_module, "_trafilatura_text", lambda tree, size: None)


@pytest.fixture(params=["trafilatura", "fallback"])
def extractor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with trafilatura and again with the lxml fallback."""
    if request.param == "fallback":
        no_trafilatura(monkeypatch)
    return str(request.param)


def test_main_text_without_boilerplate(extractor: str) -> None:
    page = extract_page(PAGE, "page.html")
    for paragraph in PARAGRAPHS:
        assert f"{paragraph}\n\n" in page.text + "\n\n"
    for junk in BOILERPLATE:
        assert junk not in page.text


def test_metadata_from_meta_tags() -> None:
    doc = html_document(PAGE, name="page.html", source="page.html")
    assert doc.title == "Gunmen kill 12 in attack on market in Maiduguri"
    assert doc.url == "https://news.example.com/africa/maiduguri-attack"
    assert doc.published == datetime(2024, 3, 5, 14, 30, tzinfo=timezone(timedelta(hours=1)))
    assert doc.source == "page.html"
    assert "\n\n" in doc.text


def test_title_tag_and_time_element_when_no_meta_tags() -> None:
    page = (f"<html><head><title> Blast in Quetta </title></head><body><main><p>{PARAGRAPHS[0]}"
            '</p><time datetime="2024-03-06T08:00:00Z">6 March</time></main></body></html>')
    doc = html_document(page, name="quetta.html")
    assert (doc.title, doc.url) == ("Blast in Quetta", None)
    assert doc.published == datetime(2024, 3, 6, 8, tzinfo=UTC)


def test_json_ld_date_published() -> None:
    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
            '"@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-07T10:00:00Z"}]}'
            f"</script></head><body><p>{PARAGRAPHS[1]}</p></body></html>")
    assert html_document(page, name="a.html").published == datetime(2024, 3, 7, 10, tzinfo=UTC)


def test_given_url_wins_and_given_date_is_a_fallback() -> None:
    page = f"<html><body><p>{PARAGRAPHS[0]}</p></body></html>"
    doc = html_document(page, name="a.html", url="https://archive.example/x",
                        published="2024-03-08T00:00:00Z")
    assert doc.url == "https://archive.example/x"
    assert doc.published == datetime(2024, 3, 8, tzinfo=UTC)


def test_broken_markup_still_gives_text(extractor: str) -> None:
    broken = ("<html><body><div><p>Unclosed <b>bold <i>text. Police said three people were "
              "killed in the blast near the station on Monday evening.<p>A second paragraph"
              "<table><tr><td>garbage</div></span></html></body><<<>>>")
    text = extract_page(broken, "broken.html").text
    assert "Police said three people were killed" in text
    assert "A second paragraph" in text


def test_page_without_text_is_a_clear_input_error(extractor: str) -> None:
    with pytest.raises(InputError, match=r"empty\.html: no article text found"):
        extract_page("<html><head><script>var a = 1;</script></head><body></body></html>",
                     "empty.html")


@pytest.mark.parametrize("page", ["<!-- only a comment -->", "</p></div>", "<html>", "&nbsp;"])
def test_contentless_html_is_an_input_error(page: str) -> None:
    with pytest.raises(InputError, match=r"^x\.html: no (usable HTML|article text found)"):
        extract_page(page, "x.html")


def test_plain_text_in_an_html_file_is_kept() -> None:
    assert extract_page("Three killed in Kabul blast.", "a.html").text == (
        "Three killed in Kabul blast.")


def test_meta_charset_decodes_windows_1252() -> None:
    page = ('<html><head><meta charset="iso-8859-1"></head><body><p>Explosion à la gare : '
            "trois blessés, selon la préfecture. “Terrible”, a dit un témoin.</p></body></html>")
    text = decode_html(page.encode("cp1252"), "a.html")
    assert "blessés, selon la préfecture. “Terrible”" in text


def test_fragment_to_text_keeps_paragraphs() -> None:
    fragment = "<p>Three killed.</p><p>Police said <a href='/x'>more</a>.<br>Later update.</p>"
    assert html_to_text(fragment).strip() == "Three killed.\n\nPolice said more.\nLater update."


def test_typical_page_is_fast() -> None:
    extract_page(PAGE, "warm-up.html")
    started = time.perf_counter()
    for _ in range(20):
        extract_page(PAGE, "page.html")
    assert (time.perf_counter() - started) / 20 < 0.1


def test_article_header_keeps_the_headline_and_xhtml_declaration_is_fine(extractor: str) -> None:
    page = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><header>Site menu</header><article><header><h1>Café attack kills two</h1>"
            "</header><p>Two people were killed when gunmen attacked a café in Ouagadougou on "
            "Friday night, officials said.</p></article></body></html>")
    text = extract_page(page, "a.xhtml").text
    assert text.startswith("Café attack kills two\n\nTwo people were killed")
    assert "Site menu" not in text
