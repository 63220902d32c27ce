"""Extract an article's main text and metadata (title, canonical URL, published date) from HTML."""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from polybius.errors import InputError
from polybius.ingest.dates import DateInput, parse_date
from polybius.ingest.encoding import decode_bytes
from polybius.ingest.text import MAX_CHARS, clean_field, normalise_text, read_text_input
from polybius.model import Document

if TYPE_CHECKING:
    from lxml.html import HtmlElement

TRAFILATURA_MAX_CHARS = 5_000_000  # bigger pages go to the simple extractor, which is linear-time

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "parsely-pub-date",
    "sailthru.date", "article.published", "published_time",
)
_BOILERPLATE_TAGS = (
    "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "iframe", "svg", "button", "select", "object", "embed", "canvas",
)
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu"}
_BLOCKS = {
    "address", "article", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
    "table", "tr", "ul",
}
_SPACES = re.compile(r"\s+")
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")


@dataclass(frozen=True)
class Page:
    """What an HTML page yields: its main text and whatever metadata it declares."""

    text: str
    title: str | None = None
    url: str | None = None
    published: datetime | None = None


def decode_html(data: bytes, name: str, *, declared: str | None = None,
                partial: bool = False) -> str:
    """Decode HTML bytes, using a charset from the HTTP header or <meta> when UTF-8 fails."""
    match = _META_CHARSET.search(data[:4096])
    meta = match.group(1).decode("ascii", "replace") if match else None
    return decode_bytes(data, name, declared=declared or meta, partial=partial)


def html_document(
    html: str,
    *,
    name: str,
    url: str | None = None,
    published: DateInput = None,
    source: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Document:
    """A Document from an HTML page; `url` overrides the page's own, `published` is a fallback."""
    page = extract_page(html, name)
    return read_text_input(
        page.text, source_name=name, title=page.title, url=url or page.url,
        published=page.published or published, source=source, max_chars=max_chars,
    )


def extract_page(html: str, name: str) -> Page:
    """Main text and metadata of a page; InputError naming `name` when no text can be found."""
    tree = parse_html(html, name)
    title, url, published = _title(tree), _canonical_url(tree), _published(tree)
    _drop_boilerplate(tree)
    text = _main_text(tree, len(html))
    if not text:
        raise InputError(name, "no article text found in the HTML")
    return Page(text=text, title=title, url=url, published=published)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), paragraphs kept."""
    try:
        tree = parse_html(fragment, "<fragment>")
    except InputError:
        return ""
    _drop_boilerplate(tree)
    return _fallback_text(tree)


def parse_html(html: str, name: str) -> HtmlElement:
    """Parse HTML leniently (lxml recovers from broken markup); InputError when nothing is left."""
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise InputError(name, f"no usable HTML ({err})") from err


def _metas(tree: HtmlElement) -> dict[str, str]:
    """<meta> contents keyed by lower-cased property/name/itemprop; the first of each wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _title(tree: HtmlElement) -> str | None:
    """og:title (no site-name suffix), else twitter:title, else <title>."""
    metas = _metas(tree)
    title = metas.get("og:title") or metas.get("twitter:title")
    if not title:
        element = tree.find(".//title")
        title = element.text_content() if element is not None else None
    return clean_field(title)


def _canonical_url(tree: HtmlElement) -> str | None:
    """<link rel="canonical">, else og:url."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return clean_field(link.get("href"))
    return clean_field(_metas(tree).get("og:url"))


def _published(tree: HtmlElement) -> datetime | None:
    """The first readable date among meta tags, JSON-LD datePublished and <time datetime>."""
    for candidate in _date_candidates(tree):
        try:
            moment = parse_date(candidate)
        except ValueError:
            continue
        if moment is not None:
            return moment
    return None


def _date_candidates(tree: HtmlElement) -> Iterator[str]:
    """Date strings in the order of how reliably they mean 'published'."""
    metas = _metas(tree)
    yield from (metas[key] for key in _DATE_KEYS if key in metas)
    yield from _json_ld_dates(tree)
    times = [t for t in tree.iter("time") if t.get("datetime")]
    times.sort(key=lambda t: t.get("pubdate") is None)  # <time pubdate> first
    yield from (t.get("datetime", "") for t in times)


def _json_ld_dates(tree: HtmlElement) -> Iterator[str]:
    """datePublished values from <script type="application/ld+json"> blocks."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _find_key(data, "datePublished", depth=6)


def _find_key(data: Any, key: str, depth: int) -> Iterator[str]:
    """String values of `key` anywhere in nested JSON, to a bounded depth."""
    if depth < 0:
        return
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            yield data[key]
        values = list(data.values())
    elif isinstance(data, list):
        values = data
    else:
        return
    for value in values:
        yield from _find_key(value, key, depth - 1)


def _main_text(tree: HtmlElement, size: int) -> str:
    """Trafilatura's text; the fallback's when trafilatura fails or gives the same words unsplit."""
    text = _trafilatura_text(tree, size)
    if text and "\n" in text:
        return text
    fallback = _fallback_text(tree)
    if not text or _SPACES.sub(" ", fallback) == _SPACES.sub(" ", text):
        return fallback  # trafilatura's baseline mode joins short pages into one line
    return text


def _trafilatura_text(tree: HtmlElement, size: int) -> str | None:
    """Main text by trafilatura (boilerplate-aware), one paragraph per block; None if it fails."""
    if size > TRAFILATURA_MAX_CHARS:
        return None
    try:
        import trafilatura
    except ImportError:
        return None
    chatty = logging.getLogger("trafilatura")  # logs ERROR for pages it merely cannot use
    level = chatty.level
    chatty.setLevel(logging.CRITICAL)
    try:
        text = trafilatura.extract(
            copy.deepcopy(tree), output_format="txt", include_comments=False, include_images=False,
            include_links=False, deduplicate=False, with_metadata=False,
        )
    except Exception:  # a third-party parser must not stop a batch; the fallback takes over
        return None
    finally:
        chatty.setLevel(level)
    return normalise_text(text.replace("\n", "\n\n")) if text and text.strip() else None


def _fallback_text(tree: HtmlElement) -> str:
    """Main text without trafilatura: the blocks of the article (boilerplate already dropped)."""
    return normalise_text(_block_text(_main_container(tree)))


def _drop_boilerplate(tree: HtmlElement) -> None:
    """Remove scripts, styles, navigation, page headers, footers, sidebars and forms."""
    doomed = [el for el in tree.iter(*_BOILERPLATE_TAGS) if not _article_header(el)]
    doomed += [el for el in tree.iter() if (el.get("role") or "").lower() in _BOILERPLATE_ROLES]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the element's tail text


def _article_header(element: HtmlElement) -> bool:
    """A <header> inside an <article> or <main> holds the headline, not site chrome."""
    return element.tag == "header" and any(
        parent.tag in ("article", "main") for parent in element.iterancestors())


def _main_container(tree: HtmlElement) -> HtmlElement:
    """The longest <article>, else <main>, else the body."""
    articles = list(tree.iter("article"))
    if articles:
        return max(articles, key=lambda el: len(el.text_content()))
    main = next(tree.iter("main"), None)
    if main is not None:
        return main
    body = tree.find("body")
    return body if body is not None else tree


def _block_text(container: HtmlElement) -> str:
    """Text of `container` with block elements as paragraphs and <br> as line breaks."""
    from lxml import etree

    pieces: list[str] = []
    for event, element in etree.iterwalk(container, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            pieces.append(_opening(tag))
            if tag is not None and element.text:
                pieces.append(_SPACES.sub(" ", element.text))
        else:
            pieces.append("\n\n" if tag in _BLOCKS else "")
            if element.tail and element is not container:
                pieces.append(_SPACES.sub(" ", element.tail))
    return _SPACE_AROUND_NEWLINE.sub("\n", "".join(pieces))


def _opening(tag: str | None) -> str:
    """What an opening tag adds to the text: a paragraph break, a line break, a space or nothing."""
    if tag in _BLOCKS:
        return "\n\n"
    if tag == "br":
        return "\n"
    return " " if tag in ("td", "th") else ""
