"""Main text and metadata of a web page, with the standard library's HTML parser.

Nothing is fetched and no entity is resolved beyond HTML's own character references.
What a reader does not see as the article is dropped: scripts, styles, navigation,
forms, asides, page headers and footers outside the article, and the page chrome a page
names in its classes, ids or ARIA roles (related stories, comments, sidebars, share bars,
menus). When a page marks its
article (``<article>``, else ``<main>``) only that is kept, so teasers and menus never
become evidence. Block elements become paragraph breaks (blank lines), which is how the
sentence splitter recognises paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Content never shown as the article's text.
_DROPPED = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "form", "svg", "math",
    "iframe", "object", "canvas", "button", "select", "textarea", "dialog", "title",
})
# Page chrome: dropped unless it belongs to the article (an article's own header
# carries its headline and byline).
_CHROME = frozenset({"header", "footer"})
_BLOCKS = frozenset({
    "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "ul", "header", "footer", "body", "caption",
})
# Page chrome that a page without those elements names in its classes, ids or ARIA
# roles: related stories, comments, sidebars, share bars, menus, most-read lists, ads,
# newsletter and cookie boxes. Their dates and figures are other stories' ("Related:
# Putin visits Beijing on 18 October"), or a reader's ("I think they met on the 12th").
# A name that also says it is the article's ("article-footer", "story-comments-count",
# "main-content has-sidebar") keeps it ("main-menu" does not), and so does the body,
# whose classes often name the layout ("with-sidebar"). Pages in other languages name
# the same parts in theirs, as their sites' templates do: comments ("kommentare",
# "commentaires", "comentarios", "commenti", "reacties", "komentarze", "komentari"),
# related and further reading ("verwandte", "relacionadas", "correlati", "gerelateerd",
# "powiazane", "lire-aussi", "leia-tambem", "leggi-anche"), most read ("meistgelesen",
# "mas-leidas", "mais-lidas", "piu-letti", "plus-lus") and sharing ("teilen", "partage",
# "compartir", "compartilhar", "condividi").
_CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:related|comments?|disqus|replies|sidebar|share|sharing|social|menu|navbar|breadcrumbs?"
    r"|newsletter|subscribe|subscription|cookies?|consent|gdpr|promo|promoted|advert\w*|ads?|sponsor\w*"
    r"|recommended|recommendations|trending|popular|most-?read|most-?viewed|outbrain|taboola|widget"
    r"|pagination|pager|footer|masthead|topbar"
    r"|kommentare?|commentaires?|comentarios?|coment[aá]rios?|commenti|reacties|komentarze|komentari"
    r"|verwandte|[aä]hnliche|relacionad[oa]s|correlati|gerelateerd|powi[aą]zane|povezan[oi]"
    r"|(?:a-)?lire-aussi|leia-tamb[eé]m|lea-tambi[eé]n|leggi-anche|lesen-sie-auch|articles-lies"
    r"|meistgelesen|m[aá]s-le[ií]d[oa]s|mais-lidas|pi[uù]-letti|plus-lus|najczesciej-czytane"
    r"|teilen|partage|partager|compartir|compartilhar|condividi|udostepnij)(?=$|[\s_-])", re.IGNORECASE)
_ARTICLE_NAMES = re.compile(r"(?:^|[\s_-])(?:article|body|content|story|text|entry"
                            r"|artikel|articolo|art[ií]culo|artigo|contenu|contenido|conte[uú]do|contenuto"
                            r"|inhalt|tekst|texto|testo|texte|noticia|notizia|nieuws)(?=$|[\s_-])",
                            re.IGNORECASE)
_CHROME_ROLES = frozenset({"navigation", "complementary", "search"})
_PAGE_ROLES = frozenset({"banner", "contentinfo"})  # a page's header and footer, as <header> and <footer>
_NEVER_CHROME = frozenset({"html", "body", "article", "main"})

# Elements that never have an end tag, so they must not open a nesting level.
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
})


@dataclass
class Page:
    """What a page says: its paragraphs (already reduced to the article when marked)
    and the metadata found in its head and body."""

    paragraphs: list[str]
    title: str | None = None
    language: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class _Paragraph:
    text: str
    article: int | None
    in_main: bool


class _PageParser(HTMLParser):
    """Collects paragraphs with the article/main region they belong to, the first-level
    headings, the ``<title>``, head metadata and ``<time>`` stamps, in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.dropped = 0
        self.pre = 0
        self.articles = 0
        self.article_stack: list[int] = []
        self.main = 0
        self.buffer: list[str] = []
        self.paragraphs: list[_Paragraph] = []
        self.heading: list[str] | None = None
        self.headings: list[_Paragraph] = []
        self.title: list[str] | None = None
        self.titles: list[str] = []
        self.meta: dict[str, str] = {}
        self.times: list[str] = []

    # -- structure ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._metadata(tag, values)
        if tag in _VOID:
            if tag == "br" and not self.dropped:
                self.buffer.append("\n")
            elif tag == "hr":
                self._flush()
            return
        if tag in _BLOCKS:
            self._flush()
        self.open.append(tag)
        if self.dropped or self._drops(tag, values):
            self.dropped += 1
            if tag == "title" and self.dropped == 1:
                self.title = []
            return
        if tag == "article":
            self.article_stack.append(self.articles)
            self.articles += 1
        elif tag == "main":
            self.main += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "h1":
            self.heading = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # ``<br/>`` and ``<meta .../>`` act as ever; ``<div/>`` opens nothing.
        if tag in _VOID:
            self.handle_starttag(tag, attrs)
        else:
            self._metadata(tag, {name: value or "" for name, value in attrs})

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return  # a stray end tag closes nothing
        while self.open:
            closed = self.open.pop()
            self._close(closed)
            if closed == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
        if self.dropped:
            self.dropped -= 1
            if tag == "title" and self.title is not None:
                self.titles.append(_collapse("".join(self.title)))
                self.title = None
            return
        if tag == "article" and self.article_stack:
            self.article_stack.pop()
        elif tag == "main":
            self.main -= 1
        elif tag == "pre":
            self.pre -= 1
        elif tag == "h1" and self.heading is not None:
            self.headings.append(self._paragraph(_collapse("".join(self.heading))))
            self.heading = None

    def close(self) -> None:
        """Finish the document, closing what a sloppy page left open."""
        super().close()
        while self.open:
            self._close(self.open.pop())
        self._flush()

    def _drops(self, tag: str, values: dict[str, str]) -> bool:
        if tag in _DROPPED:
            return True
        if tag in _NEVER_CHROME:
            return False
        role = values.get("role", "").lower()
        outside = not self.article_stack and not self.main
        if (tag in _CHROME or role in _PAGE_ROLES) and outside:
            return True  # a page's header and footer; the article's own are kept
        if role in _CHROME_ROLES:
            return True
        named = f"{values.get('class', '')} {values.get('id', '')}"
        return _CHROME_NAMES.search(named) is not None and _ARTICLE_NAMES.search(named) is None

    # -- text ----------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
        if self.dropped:
            return
        self.buffer.append(data if self.pre else _collapse_keep_edges(data))
        if self.heading is not None:
            self.heading.append(data)

    def _flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        lines = [line.strip() if not self.pre else line.rstrip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line).strip("\n")
        if text.strip():
            self.paragraphs.append(self._paragraph(text))

    def _paragraph(self, text: str) -> _Paragraph:
        outermost = self.article_stack[0] if self.article_stack else None
        return _Paragraph(text, outermost, self.main > 0)

    # -- metadata --------------------------------------------------------------------
    def _metadata(self, tag: str, values: dict[str, str]) -> None:
        if tag == "html" and values.get("lang"):
            self.meta.setdefault("lang", values["lang"])
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("http-equiv") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            if values.get("href"):
                self.meta.setdefault("canonical", values["href"].strip())
        elif tag == "time" and values.get("datetime") and not self.dropped:
            self.times.append(values["datetime"].strip())


def parse_page(html: str) -> Page:
    """Extract the article text and metadata of an HTML document."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    chosen = _choose(parser.paragraphs)
    headings = _choose(parser.headings) or parser.headings
    meta = parser.meta
    title = next((h.text for h in headings if h.text), None) or meta.get("og:title")
    title = title or next((t for t in parser.titles if t), None)
    return Page(
        paragraphs=[p.text for p in chosen],
        title=title,
        language=meta.get("lang") or meta.get("content-language"),
        published=meta.get("article:published_time") or (parser.times[0] if parser.times else None),
        outlet=meta.get("og:site_name"),
        url=meta.get("canonical") or meta.get("og:url"),
    )


def _choose(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """Keep the page's article when it marks one: the ``<article>`` with the most text
    (a page may also mark teasers as articles), else ``<main>``, else everything."""
    sizes: dict[int, int] = {}
    for paragraph in paragraphs:
        if paragraph.article is not None:
            sizes[paragraph.article] = sizes.get(paragraph.article, 0) + len(paragraph.text)
    if sizes:
        largest = max(sizes, key=lambda index: (sizes[index], -index))
        return [p for p in paragraphs if p.article == largest]
    in_main = [p for p in paragraphs if p.in_main]
    return in_main or paragraphs


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _collapse_keep_edges(text: str) -> str:
    """Collapse runs of whitespace to one space but keep a space at either edge, so that
    ``<b>Kim</b> met`` stays two words."""
    if not text:
        return text
    core = " ".join(text.split())
    lead = " " if text[0].isspace() else ""
    tail = " " if text[-1].isspace() and core else ""
    return f"{lead}{core}{tail}"
