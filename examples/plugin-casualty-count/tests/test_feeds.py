"""RSS 2.0 and Atom feeds: one source per item, HTML stripped, metadata read, and
nothing an XML file declares ever expanded."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from checker.corpus import LoadOptions, load_corpus
from checker.errors import SourceReadError
from checker.model import Article, SourceError

from factcheck_casualty_count.feeds import FeedLoader, html_to_text, parse_published

DATA = Path(__file__).parent / "data"


def load(name: str, text: str) -> list[Article | SourceError]:
    return FeedLoader().load(Path(name), text, name, LoadOptions())


def test_rss_items_are_sources_with_their_metadata() -> None:
    first, second = load("wire.rss", (DATA / "feeds" / "wire.rss").read_text(encoding="utf-8"))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source == "wire.rss#wire-station-1"
    assert first.title == "Strike on railway station"
    assert first.text == ("Strike on railway station\n\nAt least 50 people were killed in the missile strike on "
                          "the railway station, regional officials said.\n\nDozens more were taken to hospital.")
    assert (first.language, first.published, first.outlet) == ("en", dt.date(2022, 4, 8), "World Wire")
    assert first.url == "https://wire.example/station-1"
    # content:encoded wins over description; scripts are dropped, inline markup kept as text
    assert second.text.endswith("More than 40 dead after the strike on the station, emergency services said.")


def test_atom_entries_take_their_own_language_and_dates() -> None:
    hr, ro = load("regional.atom", (DATA / "feeds" / "regional.atom").read_text(encoding="utf-8"))
    assert isinstance(hr, Article) and isinstance(ro, Article)
    assert (hr.source, hr.language, hr.published) == ("regional.atom#urn:example:regional:kolodvor", "hr",
                                                      dt.date(2022, 4, 8))
    assert (ro.language, ro.url, ro.outlet) == ("ro", "https://regional.example/gara", "Regionalne vijesti")
    assert ro.text == "Atac asupra gării\n\nCel puțin 50 de morți după atacul cu rachete asupra gării."


RSS = """<rss version="2.0"><channel><title>T</title>{items}</channel></rss>"""


def test_items_without_guid_are_numbered_and_bad_items_are_errors_of_their_own() -> None:
    items = ("<item><title>One</title><description>First text.</description></item>"
             "<item><guid>x</guid><description>Second.</description></item>"
             "<item><guid>x</guid><description>Again.</description></item>"
             "<item><guid>y</guid><title>Only a title</title></item>"
             "<item><description>Dated.</description><pubDate>someday</pubDate></item>")
    loaded = load("f.rss", RSS.format(items=items))
    assert [x.source for x in loaded] == ["f.rss#1", "f.rss#x", "f.rss#3", "f.rss#y", "f.rss#5"]
    assert loaded[2] == SourceError("f.rss#3", "duplicate guid 'x' (also item 2)")
    assert loaded[3] == SourceError("f.rss#y", "item has no text (no description or content)")
    assert isinstance(loaded[4], Article) and loaded[4].published is None
    assert loaded[4].warnings == ["item 5: published date 'someday' not understood; ignored"]


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><item><description>&lol3;</description></item></channel></rss>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><description>&secret;</description></item></channel></rss>
"""


@pytest.mark.parametrize("text", [BOMB, EXTERNAL, '<!DOCTYPE rss SYSTEM "http://example.invalid/rss.dtd"><rss/>'])
def test_a_doctype_is_refused_before_any_entity_is_read(text: str) -> None:
    with pytest.raises(SourceReadError, match="declares a DOCTYPE; refused"):
        load("evil.rss", text)


@pytest.mark.parametrize("text, message", [
    ("<rss><channel><item>", "not well-formed XML at line 1, column 21: no element found"),
    ("<html><body>Hi</body></html>", "not an RSS 2.0 or Atom feed (root element <html>)"),
    ('<rss version="2.0"><channel><title>Empty</title></channel></rss>', "the feed has no items"),
])
def test_what_is_not_a_feed_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(SourceReadError, match=re.escape(message)):
        load("bad.rss", text)


def test_through_the_corpus_a_refused_feed_is_one_source_error_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "evil.rss").write_text(BOMB, encoding="utf-8")
    (tmp_path / "wire.rss").write_text((DATA / "feeds" / "wire.rss").read_text(encoding="utf-8"), encoding="utf-8")
    loaded = load_corpus([tmp_path], [FeedLoader()], LoadOptions(root=tmp_path))
    assert [a.source for a in loaded.articles] == ["wire.rss#wire-station-1", "wire.rss#wire-station-2"]
    assert [e.source for e in loaded.errors] == ["evil.rss"]
    assert "DOCTYPE" in loaded.errors[0].message


def test_html_is_reduced_to_paragraphs_of_text() -> None:
    markup = "<div><p>One &amp; <b>two</b></p><script>x()</script><p>Three<br>four</p></div><style>p{}</style>"
    assert html_to_text(markup) == "One & two\n\nThree\nfour"


@pytest.mark.parametrize("value, day", [
    ("Wed, 13 Sep 2023 23:30:00 -0400", dt.date(2023, 9, 13)),  # the day as the feed wrote it
    ("2023-09-13T08:00:00Z", dt.date(2023, 9, 13)),
    ("2023-09-13", dt.date(2023, 9, 13)),
])
def test_feed_dates(value: str, day: dt.date) -> None:
    assert parse_published(value) == day
