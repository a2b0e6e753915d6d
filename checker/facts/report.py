"""What ``factcheck facts`` prints: every fact the extractors find, per article."""

from __future__ import annotations

from typing import Any

from ..model import Article, SourceError
from ..text.fuzzy import PhraseIndex
from ..text.normalise import strip_controls
from .article import ArticleFacts


def _item(facts: ArticleFacts, mention: Any, value: Any) -> dict[str, Any]:
    line, column = facts.line_col(mention.start)
    return {"text": mention.text, "start": mention.start, "end": mention.end,
            "line": line, "column": column, "value": value}


def _number(facts: ArticleFacts, mention: Any) -> dict[str, Any]:
    """A number, and the words it may count when a rule names them as its unit: the noun
    after a number that may be a year ("1500 ljudi"), the counter written on a figure in
    Chinese, Japanese or Korean ("250人"), the noun before it where it comes first
    ("watu 1,500")."""
    item = _item(facts, mention, mention.value.to_json())
    counts = mention.counted_words(facts.text)
    if counts is not None:
        item["counts"] = counts
    return item


def article_facts(article: Article) -> tuple[ArticleFacts, dict[str, Any]]:
    facts = ArticleFacts(article, PhraseIndex(()))
    data = {
        "source": article.source,
        "language": article.language,
        "language_detected": article.language_detected,
        "published": article.published.isoformat() if article.published else None,
        "title": article.title,
        "outlet": article.outlet,
        "dates": [_item(facts, d, d.value.to_json()) for d in facts.dates],
        "numbers": [_number(facts, n) for n in facts.numbers],
        "names": [_item(facts, n, n.value) for n in facts.names],
        "sentences": [{"start": s.start, "end": s.end, "line": facts.line_col(s.start)[0],
                       "text": facts.text[s.start:s.end]} for s in facts.sentences],
        "warnings": list(article.warnings),
    }
    return facts, data


def facts_json(articles: list[Article], errors: list[SourceError]) -> dict[str, Any]:
    data: dict[str, Any] = {"sources": [article_facts(a)[1] for a in articles]}
    if errors:
        data["errors"] = [{"source": e.source, "message": e.message} for e in errors]
    return data


def facts_text(articles: list[Article], errors: list[SourceError]) -> str:
    out: list[str] = []
    for article in articles:
        _, data = article_facts(article)
        detected = " (detected)" if data["language_detected"] else ""
        out.append(f"== {data['source']}")
        out.append(f"language: {data['language'] or '?'}{detected}   published: {data['published'] or '?'}")
        if data["title"]:
            out.append(f"title: {strip_controls(data['title'])}")
        for warning in data["warnings"]:
            out.append(f"warning: {strip_controls(warning)}")
        for kind in ("dates", "numbers", "names"):
            out.append(f"{kind}:")
            for item in data[kind]:
                value = item["value"]
                shown = value.get("iso") or value if isinstance(value, dict) else value
                counts = f"  (may count {strip_controls(item['counts'])!r})" if "counts" in item else ""
                out.append(f"  {item['line']}:{item['column']}  {strip_controls(item['text'])!r} -> {shown}{counts}")
        out.append("sentences:")
        for sentence in data["sentences"]:
            out.append(f"  {sentence['line']}: {strip_controls(sentence['text'])}")
        out.append("")
    for error in errors:
        out.append(f"error: {error.source}: {strip_controls(error.message)}")
    return "\n".join(out) + ("\n" if out else "")
