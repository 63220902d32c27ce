"""RSS and Atom feeds: one document per item with content or summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest

from polybius.errors import InputError
from polybius.ingest.feeds import iter_feed

if TYPE_CHECKING:
    from .conftest import Split

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Sahel Monitor</title>
  <link>https://sahel.example.org/</link>
  <item>
    <title>Gunmen kill 12 in Maiduguri market</title>
    <link>https://sahel.example.org/2024/03/maiduguri</link>
    <pubDate>Tue, 05 Mar 2024 14:30:00 +0100</pubDate>
    <description>Gunmen killed 12 people at a market.</description>
    <content:encoded><![CDATA[<p>Gunmen on motorcycles opened fire on a crowded market in
      Maiduguri on Tuesday, killing at least 12 people, police said.</p>
      <p>No group has claimed responsibility.</p>]]></content:encoded>
  </item>
  <item>
    <title>Bomb kills four police officers in Quetta</title>
    <link>https://sahel.example.org/2024/03/quetta</link>
    <pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
    <description>A car bomb exploded outside a police station in Quetta &amp;amp; killed four.
    </description>
  </item>
  <item>
    <title>Photo gallery: the week in pictures</title>
    <link>https://sahel.example.org/gallery</link>
  </item>
</channel>
</rss>
"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Conflict Wire</title>
  <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
  <updated>2024-03-07T10:00:00Z</updated>
  <entry>
    <title>Three killed in Kabul blast</title>
    <link href="https://wire.example.com/kabul-blast"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2024-03-07T09:15:00+04:30</published>
    <updated>2024-03-07T10:00:00Z</updated>
    <content type="html">&lt;p&gt;A bomb exploded near a mosque in Kabul on Thursday,
      killing three worshippers.&lt;/p&gt;&lt;p&gt;Taliban officials blamed ISIS-K.&lt;/p&gt;
    </content>
  </entry>
  <entry>
    <title>Clashes in Khartoum</title>
    <link href="https://wire.example.com/khartoum"/>
    <id>urn:uuid:2225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2024-03-08T06:00:00Z</updated>
    <summary>Fighting between the army and the RSF killed at least 20 civilians.</summary>
  </entry>
</feed>
"""


def test_rss_items_become_documents(split: Split) -> None:
    docs, found = split(iter_feed(RSS, "sahel.rss"))
    assert [d.title for d in docs] == [
        "Gunmen kill 12 in Maiduguri market", "Bomb kills four police officers in Quetta"]
    first, second = docs
    assert first.text == ("Gunmen on motorcycles opened fire on a crowded market in Maiduguri "
                          "on Tuesday, killing at least 12 people, police said.\n\n"
                          "No group has claimed responsibility.")
    assert first.url == "https://sahel.example.org/2024/03/maiduguri"
    assert first.published == datetime(2024, 3, 5, 14, 30, tzinfo=timezone(timedelta(hours=1)))
    assert first.source == "Sahel Monitor"
    assert second.text == "A car bomb exploded outside a police station in Quetta & killed four."
    assert second.published == datetime(2024, 3, 6, 8, tzinfo=UTC)
    assert [(p.input, p.message) for p in found] == [("sahel.rss", (
        "feed item 3 (Photo gallery: the week in pictures) has no content or summary"))]


def test_atom_entries_become_documents(split: Split) -> None:
    docs, found = split(iter_feed(ATOM, "wire.atom"))
    assert found == []
    kabul, khartoum = docs
    assert kabul.text == ("A bomb exploded near a mosque in Kabul on Thursday, killing three "
                          "worshippers.\n\nTaliban officials blamed ISIS-K.")
    assert kabul.url == "https://wire.example.com/kabul-blast"
    assert kabul.published == datetime(2024, 3, 7, 9, 15,
                                       tzinfo=timezone(timedelta(hours=4, minutes=30)))
    assert khartoum.text.startswith("Fighting between the army and the RSF")
    assert khartoum.published == datetime(2024, 3, 8, 6, tzinfo=UTC)  # no <published>: updated
    assert kabul.source == "Conflict Wire"


def test_same_item_read_twice_has_the_same_id(split: Split) -> None:
    first, _ = split(iter_feed(RSS, "a.rss"))
    again, _ = split(iter_feed(RSS, "b.rss"))
    assert [d.id for d in first] == [d.id for d in again]


def test_xml_that_is_not_a_feed_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"notes\.xml: not an RSS or Atom feed"):
        list(iter_feed(b"<?xml version='1.0'?><notes><note>hi</note></notes>", "notes.xml"))


def test_malformed_feed_still_yields_its_items(split: Split) -> None:
    broken = RSS.replace(b"</channel>\n</rss>", b"<item><title>cut off")
    docs, _ = split(iter_feed(broken, "broken.rss"))
    assert len(docs) == 2
