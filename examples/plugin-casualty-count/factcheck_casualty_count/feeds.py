"""RSS 2.0 and Atom feeds as corpus files: each item or entry is one source.

A feed ``world.rss`` gives sources ``world.rss#<guid>`` (``#<n>``, counted from 1, for
an item without a guid or Atom id). Each source's text is its title, a blank line, and
its content (``content:encoded`` or ``description``; Atom ``content`` or ``summary``)
with the HTML stripped by the standard library's parser. Its language comes from the
item's own ``xml:lang`` or ``dc:language``, else the channel's ``<language>`` or the
feed's ``xml:lang``; its date from ``pubDate``, ``dc:date``, ``published`` or
``updated``; its URL from its link; its outlet from the channel or feed title.

Feeds are parsed with ElementTree, and a feed that declares a DOCTYPE is refused
before its declarations are read: entities (external files, or the nested definitions
of an expansion bomb) can only be declared inside a DOCTYPE, so none is ever resolved.
Nothing is fetched. Evidence lines and columns count in the source's extracted text.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from checker.corpus import LoadOptions
from checker.errors import SourceReadError
from checker.model import Article, SourceError

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class FeedLoader:
    """Loads ``.rss`` and ``.atom`` files; see the module docstring."""

    name: str = "feed"
    suffixes: tuple[str, ...] = (".rss", ".atom")

    def load(self, path: Path, text: str, source: str, options: LoadOptions) -> list[Article | SourceError]:
        root = parse_feed(text)
        if root.tag == "rss":
            channel = root.find("channel")
            if channel is None:
                raise SourceReadError("RSS feed without a <channel>")
            feed = _Feed(_text(channel, "title"), _language(channel.findtext("language"), root.get(XML_LANG),
                                                            channel.get(XML_LANG), channel.findtext(f"{DC}language")))
            entries = [_rss_entry(item, feed) for item in channel.findall("item")]
        elif root.tag == f"{ATOM}feed":
            feed = _Feed(_text(root, f"{ATOM}title"), _language(root.get(XML_LANG)))
            entries = [_atom_entry(entry, feed) for entry in root.findall(f"{ATOM}entry")]
        else:
            raise SourceReadError(f"not an RSS 2.0 or Atom feed (root element <{root.tag}>)")
        if not entries:
            raise SourceReadError("the feed has no items")
        return _articles(entries, path, source)


class _NoDoctype(ET.TreeBuilder):
    """A tree builder that refuses any DOCTYPE as soon as the parser meets it."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise SourceReadError("the feed declares a DOCTYPE; refused, so that no entity is ever expanded")


def parse_feed(text: str) -> ET.Element:
    """The feed's root element; :class:`SourceReadError` for a DOCTYPE or bad XML."""
    parser = ET.XMLParser(target=_NoDoctype())
    try:
        parser.feed(text)
        return parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        raise SourceReadError(f"not well-formed XML at line {line}, column {column + 1}: {reason}") from None


@dataclass
class _Feed:
    """What a channel or feed says about all its entries."""

    outlet: str | None
    language: str | None


@dataclass
class _Entry:
    """One item or entry, read but not yet an article."""

    guid: str | None
    title: str | None
    body: str
    language: str | None
    published: str | None
    url: str | None
    feed: _Feed


def _rss_entry(item: ET.Element, feed: _Feed) -> _Entry:
    content = item.findtext(f"{CONTENT}encoded") or item.findtext("description") or ""
    return _Entry(
        guid=_text(item, "guid"), title=_text(item, "title"), body=html_to_text(content),
        language=_language(item.get(XML_LANG), item.findtext(f"{DC}language")),
        published=_text(item, "pubDate") or _text(item, f"{DC}date"), url=_text(item, "link"), feed=feed)


def _atom_entry(entry: ET.Element, feed: _Feed) -> _Entry:
    content = entry.find(f"{ATOM}content")
    if content is None:
        content = entry.find(f"{ATOM}summary")
    return _Entry(
        guid=_text(entry, f"{ATOM}id"), title=_text(entry, f"{ATOM}title"),
        body=_atom_text(content) if content is not None else "",
        language=_language(entry.get(XML_LANG), content.get(XML_LANG) if content is not None else None),
        published=_text(entry, f"{ATOM}published") or _text(entry, f"{ATOM}updated"),
        url=_atom_link(entry), feed=feed)


def _atom_text(element: ET.Element) -> str:
    """Atom text constructs: ``text`` as is, ``html`` escaped markup, ``xhtml`` a div."""
    kind = element.get("type", "text")
    if kind == "xhtml":
        return html_to_text("".join(ET.tostring(child, encoding="unicode") for child in element))
    if kind == "html":
        return html_to_text(element.text or "")
    return _paragraphs(element.text or "")


def _atom_link(entry: ET.Element) -> str | None:
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _articles(entries: list[_Entry], path: Path, source: str) -> list[Article | SourceError]:
    loaded: list[Article | SourceError] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, 1):
        name = f"{source}#{entry.guid or number}"
        if name in seen:
            loaded.append(SourceError(f"{source}#{number}", f"duplicate guid {entry.guid!r} (also item {seen[name]})"))
            continue
        seen[name] = number
        text = "\n\n".join(part for part in (entry.title, entry.body) if part)
        if not entry.body.strip():
            loaded.append(SourceError(name, "item has no text (no description or content)"))
            continue
        article = Article(source=name, text=text, title=entry.title, path=path, url=entry.url,
                          outlet=entry.feed.outlet, language=entry.language or entry.feed.language)
        if entry.published:
            try:
                article.published = parse_published(entry.published)
            except ValueError:
                article.warnings.append(f"item {number}: published date {entry.published!r} not understood; ignored")
        loaded.append(article)
    return loaded


def parse_published(value: str) -> dt.date:
    """A feed date: RFC 822 (``Wed, 13 Sep 2023 10:00:00 +0000``) or ISO 8601; the day
    as the feed wrote it, in its own time zone."""
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"{value!r} is not a date") from None


def _text(element: ET.Element, tag: str) -> str | None:
    found = element.findtext(tag)
    return found.strip() or None if found else None


def _language(*candidates: str | None) -> str | None:
    """The first usable language tag, reduced to its primary subtag (``en-US`` → ``en``)."""
    for candidate in candidates:
        match = _LANGUAGE_TAG.fullmatch((candidate or "").strip())
        if match:
            return match.group(1).lower()
    return None


class _TextExtractor(HTMLParser):
    """Visible text of an HTML fragment; block elements end paragraphs."""

    BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                        "section", "article", "figure", "figcaption", "table", "tr", "pre", "header", "footer"})
    HIDDEN = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by blank lines."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return _paragraphs("".join(extractor.parts))


def _paragraphs(text: str) -> str:
    """Runs of spaces collapsed, lines trimmed, paragraphs separated by one blank line."""
    blocks = re.split(r"\n\s*\n", text)
    cleaned = ("\n".join(_SPACES.sub(" ", line).strip() for line in block.split("\n") if line.strip())
               for block in blocks)
    return "\n\n".join(block for block in cleaned if block)
