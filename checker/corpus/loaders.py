"""The built-in loaders, registered as a plugin like any team's loader would be.

Each loader turns one decoded file into articles. Evidence points into the file itself
wherever the article text is the file's own text (``.txt``, ``.md``), through
``Article.line_base`` where the text starts below a header (front matter, earlier JSON
Lines records).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import hookimpl
from ..errors import CollectionError, SourceReadError
from ..model import Article, SourceError
from ..yamlsafe import load_yaml_text
from .base import ArticleLoader, LoadOptions
from .decode import normalise_newlines
from .fields import METADATA_FIELDS, coerce_field, language_locale
from .htmltext import parse_page
from .jsonrecords import JsonRecord, json_records, jsonl_records

_FENCE = re.compile(r"---[ \t]*\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_ATX_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$")


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped: the headline of a plain-text article."""
    return next((line.strip() for line in text.split("\n") if line.strip()), None)


def apply_stated(article: Article, stated: dict[str, Any], where: str) -> None:
    """Set the metadata a file states about itself (``title`` and
    :data:`METADATA_FIELDS`); a value that does not fit is a warning, not a lost article."""
    for name in ("title", *METADATA_FIELDS):
        value = stated.get(name)
        if value is None:
            continue
        try:
            setattr(article, name, coerce_field(name, value))
            if name == "language" and (locale := language_locale(value)):
                article.meta["locale"] = locale
        except ValueError as exc:
            article.warnings.append(f"{where}: {name}: {exc}; ignored")


class TextLoader:
    """Plain text: the first non-empty line is the headline; the whole file is the text."""

    name: str = "txt"
    suffixes: tuple[str, ...] = (".txt",)

    def load(self, path: Path, text: str, source: str, options: LoadOptions) -> list[Article | SourceError]:
        article = Article(source=source, text=text, title=first_line(text), path=path)
        if _FENCE.match(text) and _states_metadata(text):
            # its "published: 2026-11-23" would be read as a date of what the article tells
            article.warnings.append("line 1: front matter is read only in a Markdown file: this one is read as "
                                    "text, its language and date ignored (rename it .md)")
        return [article]


def _states_metadata(text: str) -> bool:
    """Whether ``text`` opens with front matter that states an article's metadata."""
    try:
        stated, _, _ = _split_front_matter(text)
    except SourceReadError:
        return False
    return any(name in stated for name in ("title", *METADATA_FIELDS))


class MarkdownLoader:
    """Markdown with optional YAML front matter between ``---`` lines.

    The front matter's ``title``, ``language``, ``published``, ``outlet`` and ``url`` are
    the article's own metadata; other keys are kept in ``meta``. The text is the body
    after the front matter, left as written so that lines and columns stay the file's.
    """

    name: str = "markdown"
    suffixes: tuple[str, ...] = (".md", ".markdown")

    def load(self, path: Path, text: str, source: str, options: LoadOptions) -> list[Article | SourceError]:
        stated, body, line_base = _split_front_matter(text)
        if not body.strip():
            raise SourceReadError("no text after the front matter")
        article = Article(source=source, text=body, path=path, line_base=line_base)
        apply_stated(article, stated, "front matter")
        article.meta.update({k: v for k, v in stated.items() if k not in ("title", *METADATA_FIELDS)})
        if article.title is None:
            headline = first_line(body)
            heading = _ATX_HEADING.match(headline or "")
            article.title = heading.group(1) if heading else headline
        return [article]


def _split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """Split ``text`` into its front matter mapping, its body and the number of lines
    the front matter takes; a file without front matter is all body."""
    opening = _FENCE.match(text)
    if not opening:
        return {}, text, 0
    closing = _FENCE_END.search(text, opening.end())
    if not closing:
        raise SourceReadError("front matter opened on line 1 is never closed with ---")
    block = text[opening.end():closing.start()]
    try:
        stated = load_yaml_text(block, "front matter", lenient_dates=True)
    except CollectionError as exc:
        line = exc.location.line + 1 if exc.location else 1  # after the opening ---
        raise SourceReadError(f"front matter line {line}: {exc.bare_message}") from None
    if stated is None:
        stated = {}
    if not isinstance(stated, dict):
        raise SourceReadError("front matter line 2: front matter must be a mapping of keys to values")
    end = closing.end() + 1 if text[closing.end():closing.end() + 1] == "\n" else closing.end()
    return {str(k): v for k, v in stated.items()}, text[end:], text.count("\n", 0, end)


class HtmlLoader:
    """A web page: its article text, headline, language, date, outlet and canonical URL."""

    name: str = "html"
    suffixes: tuple[str, ...] = (".html", ".htm")

    def load(self, path: Path, text: str, source: str, options: LoadOptions) -> list[Article | SourceError]:
        page = parse_page(text)
        if not page.text.strip():
            raise SourceReadError("no article text found in the HTML")
        article = Article(source=source, text=page.text, path=path)
        stated = {
            "title": page.title, "language": page.language, "published": page.published,
            "outlet": page.outlet, "url": page.url,
        }
        apply_stated(article, stated, "HTML")
        if article.title is None:
            article.title = first_line(page.text)
        return [article]


class JsonLoader:
    """JSON (one object or a list of objects) and JSON Lines (one object a line).

    Each record is a source of its own, named ``file.jsonl#<id>`` (``#L<line>`` when it
    has no id). Field names follow ``options.json_fields``. A bad record is a source
    error of its own; the others still load.
    """

    name: str = "json"
    suffixes: tuple[str, ...] = (".json", ".jsonl")

    def load(self, path: Path, text: str, source: str, options: LoadOptions) -> list[Article | SourceError]:
        lines = path.name.lower().endswith(".jsonl")
        records = jsonl_records(text) if lines else json_records(text)
        single = not lines and len(records) == 1 and records[0].single
        loaded: list[Article | SourceError] = []
        names: dict[str, int] = {}
        for record in records:
            name = source if single else f"{source}#{record.key(options.json_fields)}"
            if name in names:
                loaded.append(SourceError(f"{source}#L{record.line}", f"duplicate id (also on line {names[name]})"))
                continue
            names[name] = record.line
            loaded.append(_record_article(record, name, path, options))
        return loaded


# A record's text written in HTML: a closing tag of a paragraph, block or inline element,
# or a line break (a bare "<" or ">" is plain text: "x < 5").
_MARKUP = re.compile(r"</(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|span|a|strong"
                     r"|em|b|i|u|table|td|tr)>|<br\s*/?>", re.IGNORECASE)


def _record_article(record: JsonRecord, name: str, path: Path, options: LoadOptions) -> Article | SourceError:
    """One record as an article; ``line_base`` puts its first line where it is in the file."""
    if record.error:
        return SourceError(name, record.error)
    fields = {ours: options.json_fields.get(ours, ours) for ours in ("id", "title", "text", *METADATA_FIELDS)}
    data = record.data
    text = data.get(fields["text"])
    if not isinstance(text, str) or not text.strip():
        return SourceError(name, f"record has no text (field {fields['text']!r})")
    if _MARKUP.search(text):  # an HTML body, as WordPress's REST API and many feeds give it
        text = parse_page(text).text
        if not text.strip():
            return SourceError(name, f"record's text (field {fields['text']!r}) is HTML without article text")
    article = Article(source=name, text=normalise_newlines(text), path=path, line_base=record.line - 1)
    apply_stated(article, {ours: data.get(theirs) for ours, theirs in fields.items()}, f"line {record.line}")
    article.meta.update({k: v for k, v in data.items() if k not in fields.values()})
    return article


@hookimpl
def factcheck_register_loaders(register: Callable[[ArticleLoader], None]) -> None:
    for loader in (TextLoader(), MarkdownLoader(), HtmlLoader(), JsonLoader()):
        register(loader)
