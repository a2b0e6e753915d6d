"""The extractors never raise on any Unicode string, and what they return points into
the text they were given.

Hypothesis properties over arbitrary strings (every code point, lone surrogates
included where the function handles them), over news-like text built from the sample
articles and from date, number and name fragments in many languages and scripts, and
over every language code an article may carry: ``find_dates``, ``find_numbers``,
``tokenize``/``fold``, sentence and paragraph splitting, the phrase matcher
(``word_score``, ``PhraseIndex``), and ``ArticleFacts`` built with a ``PhraseIndex`` of
every phrase of the sample rules, then checked by the engine with those rules.

Budget: fixed and derandomized for CI. ``FACTCHECK_FUZZ_EXAMPLES=N`` scales every
fuzzed property so that the main ones run ``N`` examples where CI runs 100
(``FACTCHECK_FUZZ_EXAMPLES=2000`` is a 20x long run); see ``budget()``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fuzzing import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from checker.cli import main
from checker.facts.article import ArticleFacts
from checker.facts.dates import find_dates
from checker.facts.numbers import find_numbers
from checker.model import Article
from checker.text.fuzzy import PhraseIndex, word_score
from checker.text.normalise import fold, fold_words, tokenize
from checker.text.sentences import split_paragraphs, split_sentences

ROOT = Path(__file__).resolve().parent.parent


# -- text --------------------------------------------------------------------------------
SAMPLE_WORDS = sorted({word for path in sorted((ROOT / "seeds").glob("*.txt"))
                       for word in re.split(r"(\s+)", path.read_text(encoding="utf-8"))})
FRAGMENTS = st.sampled_from([
    # dates and numbers as newsrooms write them, in several languages and scripts
    "13. rujna 2023.", "13.09.2023.", "13/09/2023", "2023-09-13", "September 13, 2023", "13 septembrie",
    "13 сентября 2023 г.", "2023年9月13日", "١٣ سبتمبر ٢٠٢٣", "13 בספטמבר", "๑๓ กันยายน ๒๕๖๖", "u srijedu",
    "miercuri", "в среду", "yesterday", "jučer", "ieri", "вчера", "dan nakon", "the day before", "31.02.2023.",
    "00.00.0000", "29. veljače 2023.", "9999-12-31", "0001-01-01", "99999999-99-99", "1.000,5", "1,000.5",
    "1 000 000", "1'000", "१२३४", "٣٫٥", "½", "⅔", "1e400", "9" * 60, "-0", "−5", "više od 18 mjeseci",
    "peste 18 luni", "более 18 месяцев", "a year and a half", "about 50", "18-24", "18–24 %", "10 %", "10%",
    "$5bn", "5 mlrd. kn", "€1.5m", "godinu i pol", "pola", "dvadeset i pet", "douăzeci și cinci",
    "двадцать пять", "stotinu", "tisuću", "milijun", "KCNA", "Vostočni", "Восточный", "Kim Jong Un",
    "DNRK", "Putin", "Pjongjang", "Phenian", "Пхеньян",
    # separators, marks and the unexpected
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2028", "\u2029", "\x85",
    ".", "...", "…", "!", "?", ";", ":", ",", "-", "–", "—", "/", "'", "’", '"', "»", "«", "„", "“", "(", ")",
    "\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd", "\x00",
    "\x1b[31m", "\x07", "\u0301", "\u0301" * 30, "\u0489", "ǅ", "ß", "İ", "ı", "ﬁ", "Ⅻ", "𝟏𝟑", "🇭🇷", "👨‍👩‍👧",
    "\U0010ffff", "\ue000", "\ufdd0",
])
NEWSY = st.lists(st.one_of(FRAGMENTS, st.sampled_from(SAMPLE_WORDS)), max_size=60).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300)
WITH_SURROGATES = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)
TEXTS = st.one_of(NEWSY, ANY_TEXT, st.tuples(NEWSY, ANY_TEXT, NEWSY).map("".join))
LANGUAGES = st.sampled_from([None, "", "hr", "sr", "bs", "sl", "ro", "en", "ru", "uk", "bg", "de", "fr", "tr", "el",
                             "ar", "he", "fa", "hi", "ja", "zh", "th", "ko", "vi", "zz", "und", "x"])
PUBLISHED = st.one_of(st.none(), st.dates(), st.just(dt.date(1, 1, 1)), st.just(dt.date(9999, 12, 31)),
                      st.just(dt.date(2023, 9, 14)))


def assert_spans(spans: list[Any], text: str, *, disjoint: bool = False) -> None:
    """Spans lie inside ``text``, in order (and apart, when ``disjoint``)."""
    previous = None
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text), (span, len(text))
        if previous is not None:
            assert (previous.start, previous.end) <= (span.start, span.end)
            if disjoint:
                assert previous.end <= span.start, (previous, span)
        previous = span


# -- the extractors ------------------------------------------------------------------------
@fuzz_settings(300)
@given(text=st.one_of(TEXTS, WITH_SURROGATES), language=LANGUAGES, published=PUBLISHED)
def test_find_dates_never_raises_and_points_into_the_text(text: str, language: str | None,
                                                          published: dt.date | None) -> None:
    mentions = find_dates(text, language, published)
    assert_spans(mentions, text)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text and mention.start < mention.end
        value = mention.value
        assert value.month is None or 1 <= value.month <= 12
        assert value.day is None or 1 <= value.day <= 31
        assert value.weekday is None or 1 <= value.weekday <= 7
        if value.iso:
            dt.date.fromisoformat(value.iso)
        str(value), value.to_json()


@fuzz_settings(300)
@given(text=st.one_of(TEXTS, WITH_SURROGATES), language=LANGUAGES)
def test_find_numbers_never_raises_and_points_into_the_text(text: str, language: str | None) -> None:
    mentions = find_numbers(text, language)
    assert_spans(mentions, text)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text and mention.start < mention.end
        low, high = mention.value.min, mention.value.max
        assert low is None or high is None or low <= high, mention


@fuzz_settings(300)
@given(text=st.one_of(TEXTS, WITH_SURROGATES))
def test_tokens_and_folding_never_raise_and_agree(text: str) -> None:
    tokens = tokenize(text)
    assert_spans(tokens, text, disjoint=True)
    for token in tokens:
        assert token.start < token.end and token.key == fold(text[token.start:token.end])
    assert fold_words(text) == [token.key for token in tokens]
    folded = fold(text)
    assert isinstance(folded, str) and fold(folded) == folded


@fuzz_settings(300)
@given(text=st.one_of(TEXTS, WITH_SURROGATES))
def test_paragraphs_are_trimmed_spans_in_order(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert_spans(paragraphs, text, disjoint=True)
    for span in paragraphs:
        assert span.start < span.end
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()


@fuzz_settings(300)
@given(text=TEXTS, language=LANGUAGES)
def test_sentences_are_trimmed_spans_inside_paragraphs(text: str, language: str | None) -> None:
    sentences = split_sentences(text, language)
    paragraphs = split_paragraphs(text)
    assert_spans(sentences, text, disjoint=True)
    for span in sentences:
        assert span.start < span.end
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        assert any(p.start <= span.start and span.end <= p.end for p in paragraphs), span


# -- the phrase matcher ----------------------------------------------------------------------
WORDS = st.one_of(st.sampled_from(SAMPLE_WORDS), st.text(max_size=12), FRAGMENTS)


@fuzz_settings(300)
@given(anchor=WORDS, word=WORDS)
def test_word_score_is_a_score(anchor: str, word: str) -> None:
    a, w = fold(anchor), fold(word)
    score = word_score(a, w)
    assert 0.0 <= score <= 100.0
    assert word_score(a, a) == 100.0


@fuzz_settings(200)
@given(phrases=st.lists(st.lists(WORDS, min_size=1, max_size=4).map(" ".join), max_size=8),
       text=TEXTS, min_score=st.floats(0, 100))
def test_phrase_index_finds_hits_inside_the_tokens(phrases: list[str], text: str, min_score: float) -> None:
    index = PhraseIndex(phrases, min_score=min_score)
    tokens = tokenize(text)
    hits = index.find(index.token_scores([token.key for token in tokens]))
    for phrase, found in hits.items():
        assert phrase in phrases
        for hit in found:
            assert 0 <= hit.first <= hit.last < len(tokens)
            assert hit.score <= 100.0


# -- an article, analysed and checked by every sample rule -----------------------------------
@functools.cache
def sample_rules() -> tuple[Any, list[Any], PhraseIndex]:
    from checker.session import build_index
    from checker.testing import load_rules, make_host

    host = make_host()
    rules = [rule for path in sorted((ROOT / "rules").glob("*.yaml"))
             for rule in load_rules(path.read_text(encoding="utf-8"), host=host, name=f"rules/{path.name}")]
    return host, rules, build_index(rules, host.rule_types)


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@fuzz_settings(200)
@given(text=TEXTS, language=LANGUAGES, published=PUBLISHED)
def test_article_facts_and_every_sample_rule_handle_any_text(text: str, language: str | None,
                                                             published: dt.date | None) -> None:
    from checker.engine import check_article

    host, rules, index = sample_rules()
    article = Article(source="fuzz.txt", text=text, language=language, published=published)
    facts = ArticleFacts(article, index)
    assert_spans(facts.sentences, text, disjoint=True)
    for item in (*facts.dates, *facts.numbers, *facts.names):
        assert text[item.start:item.end] == item.text
    for phrase, hits in facts.hits.items():
        for hit in hits:
            span = facts.hit_span(hit)
            assert 0 <= span.start < span.end <= len(text), (phrase, hit)
    verdicts = check_article(facts, rules, host.rule_types)
    assert len(verdicts) == len(rules)
    assert [v.message for v in verdicts if v.verdict == "error"] == []
    for verdict in verdicts:
        assert verdict.verdict in ("agrees", "contradicts", "silent", "unclear")
        for evidence in verdict.evidence:
            assert text[evidence.start:evidence.end] == evidence.text
            assert evidence.sentence in text
            assert (evidence.line, evidence.column) == line_and_column(text, evidence.start)


# -- lone surrogates (a JSON escape cut from its pair) never end the run ---------------
def test_lone_surrogates_split_into_sentences() -> None:
    text = "Putin je rekao \ud83d da je sastanak bio 13. rujna. Kim \udfff je otišao."
    assert_spans(split_sentences(text, "hr"), text, disjoint=True)


def test_lone_surrogates_in_article_facts() -> None:
    _, _, index = sample_rules()
    ArticleFacts(Article(source="x.txt", text="The leaders met \ud800 at the cosmodrome.", language="en"), index)


@pytest.mark.parametrize("name, data", [
    ("escaped.jsonl", b'{"id": "a", "language": "en", "text": "They met at the Baikonur cosmodrome \\ud83d."}\n'),
    # A page that declares a codec that is no web charset: decoding makes the surrogate.
    ("declared.html", (b"<html><head><meta charset=unicode_escape></head><body><p>They met at the Baikonur "
                       b"cosmodrome \\ud800 on Wednesday \xff.</p></body></html>")),
], ids=["json-escape", "declared-codec"])
def test_lone_surrogates_in_an_article_do_not_end_the_run(tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch,
                                                          name: str, data: bytes) -> None:
    shutil.copytree(root / "rules", tmp_path / "rules")
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds" / name).write_bytes(data)
    result = CliRunner().invoke(main, ["run", "--format", "json", "--no-cache"])
    assert result.exit_code in (0, 1), result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert {s["source"] for r in report["results"] for s in r["sources"]} >= {
        "seeds/hr-kim-putin-invitation.txt", "seeds/ro-kim-putin-invitation.txt"}
