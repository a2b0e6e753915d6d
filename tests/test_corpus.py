"""The corpus layer: loaders, manifests, decoding, symbolic links, determinism."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.corpus import (
    ArticleLoader,
    CorpusLoad,
    CorpusReader,
    FileJob,
    LoadOptions,
    load_corpus,
)
from checker.corpus.decode import decode_source, read_source
from checker.corpus.loaders import (
    HtmlLoader,
    JsonLoader,
    MarkdownLoader,
    TextLoader,
    factcheck_register_loaders,
)
from checker.errors import CollectionError, SourceReadError
from checker.model import Article

LOADERS = [TextLoader(), MarkdownLoader(), HtmlLoader(), JsonLoader()]
REPO = Path(__file__).resolve().parent.parent

HR_TEXT = (
    "Kim pozvao Putina u Sjevernu Koreju\n"
    "Sjevernokorejski čelnik Kim Jong Un pozvao je ruskog predsjednika Vladimira Putina u svoju zemlju "
    "tijekom njihovih razgovora u Rusiji, izvijestili su u četvrtak državni mediji.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def load(tmp_path: Path, *paths: Path, loaders: list | None = None, **options) -> CorpusLoad:
    """Load with names relative to ``tmp_path`` and one cheap candidate language."""
    options.setdefault("languages", ["en"])
    return load_corpus(list(paths) or [tmp_path / "corpus"], loaders or LOADERS, LoadOptions(root=tmp_path, **options))


def by_source(result: CorpusLoad) -> dict[str, Article]:
    return {article.source: article for article in result.articles}


def errors(result: CorpusLoad) -> dict[str, str]:
    return {error.source: error.message for error in result.errors}


# -- the built-in plugin -------------------------------------------------------------


def test_builtin_loaders_register_through_the_hook():
    registered = []
    factcheck_register_loaders(registered.append)
    assert [(loader.name, loader.suffixes) for loader in registered] == [
        ("txt", (".txt",)),
        ("markdown", (".md", ".markdown")),
        ("html", (".html", ".htm")),
        ("json", (".json", ".jsonl")),
    ]
    assert all(isinstance(loader, ArticleLoader) for loader in registered)


def test_sample_corpus_loads_with_its_manifest():
    result = load_corpus([REPO / "seeds"], LOADERS, LoadOptions(root=REPO))
    assert result.errors == [] and result.warnings == []
    assert [(a.source, a.language, a.published, a.language_detected) for a in result.articles] == [
        ("seeds/hr-kim-putin-invitation.txt", "hr", dt.date(2023, 9, 14), False),
        ("seeds/ro-kim-putin-invitation.txt", "ro", dt.date(2023, 9, 14), False),
    ]


# -- plain text --------------------------------------------------------------------------


def test_text_file_headline_is_first_non_empty_line_and_text_is_the_whole_file(tmp_path):
    content = "\n\n  Kim met Putin  \nThe two leaders met on Wednesday.\n"
    write(tmp_path / "corpus" / "a.txt", content)
    article = by_source(load(tmp_path))["corpus/a.txt"]
    assert article.title == "Kim met Putin"
    assert article.text == content
    assert article.line_base == 0
    assert article.path == tmp_path / "corpus" / "a.txt"


# -- markdown --------------------------------------------------------------------------


def test_markdown_front_matter_states_metadata_and_body_keeps_file_lines(tmp_path):
    write(tmp_path / "corpus" / "a.md", (
        "---\n"
        "title: Kim i Putin\n"
        "language: hr-HR\n"
        "published: 2023-09-14T09:30:00+02:00\n"
        "outlet: Index\n"
        "url: https://example.hr/a\n"
        "desk: foreign\n"
        "---\n"
        "# Naslov\n"
        "\n"
        "Sastanak je bio u srijedu.\n"
    ))
    article = by_source(load(tmp_path))["corpus/a.md"]
    assert (article.title, article.language, article.published, article.outlet, article.url) == (
        "Kim i Putin", "hr", dt.date(2023, 9, 14), "Index", "https://example.hr/a",
    )
    assert article.meta == {"desk": "foreign", "locale": "hr_HR"}  # the whole tag, as the language states it
    assert article.line_base == 8
    assert article.text.split("\n")[2] == "Sastanak je bio u srijedu."  # file line 8 + 3
    assert not article.language_detected


def test_markdown_without_front_matter_takes_its_heading_as_title(tmp_path):
    write(tmp_path / "corpus" / "a.md", "## Kim met Putin ##\n\nThey met on Wednesday in Russia.\n")
    article = by_source(load(tmp_path))["corpus/a.md"]
    assert article.title == "Kim met Putin"
    assert article.line_base == 0
    assert article.text.startswith("## Kim met Putin")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("---\ntitle: ok\nlanguage: [hr\n---\nBody text.\n", "front matter line 4"),
        ("---\ntitle: a\n  bad: indentation\n---\nBody.\n", "front matter line 3"),
        ("---\n- a list\n---\nBody.\n", "front matter line 2: front matter must be a mapping"),
        ("---\ntitle: never closed\nBody.\n", "never closed"),
        ("---\ntitle: x\n---\n\n", "no text after the front matter"),
        ("---\n!!python/object:os.system {}\n---\nBody.\n", "front matter line 2"),
    ],
)
def test_broken_front_matter_is_a_source_error_naming_the_line(tmp_path, content, message):
    write(tmp_path / "corpus" / "bad.md", content)
    write(tmp_path / "corpus" / "good.txt", "Fine\nA readable article.\n")
    result = load(tmp_path)
    assert message in errors(result)["corpus/bad.md"]
    assert [a.source for a in result.articles] == ["corpus/good.txt"]


@pytest.mark.parametrize(
    ("line", "warning"),
    [
        ("published: last week", "front matter: published: 'last week' is not a date (write YYYY-MM-DD); ignored"),
        ("published: 2023-13-45", "front matter: published: '2023-13-45' is not a date (write YYYY-MM-DD); ignored"),
        ("outlet: [a, b]", "front matter: outlet: ['a', 'b'] is not a non-empty string; ignored"),
        ("language: 42", "front matter: language: 42 is not a language code (such as hr, ro, en-GB); ignored"),
    ],
)
def test_front_matter_value_of_the_wrong_kind_is_a_warning_and_the_article_stays(tmp_path, line, warning):
    write(tmp_path / "corpus" / "a.md", f"---\n{line}\n---\nThey met on Wednesday.\n")
    article = by_source(load(tmp_path))["corpus/a.md"]
    assert (article.published, article.outlet) == (None, None)
    assert warning in article.warnings


@pytest.mark.parametrize("content, warned", [
    ("---\nlanguage: en\npublished: 2026-11-23\n---\nHeadline\n\nThe vote was on Sunday.\n", True),
    ("---\ntitle: Vote\n---\nThe vote was on Sunday.\n", True),
    # a rule of dashes under a headline, or a block without a field of an article, is text
    ("---\nHeadline\n---\nThe vote was on Sunday.\n", False),
    ("Headline\n---\nThe vote was on Sunday.\n", False),
])
def test_front_matter_in_a_text_file_is_a_warning(tmp_path, content, warned):
    """A .txt file is read as text, front matter and all: its "published: 2026-11-23"
    would be read as a date of the event. The warning says why, and what to do."""
    write(tmp_path / "corpus" / "a.txt", content)
    article = by_source(load(tmp_path))["corpus/a.txt"]
    assert article.text == content and article.published is None
    assert any("rename it .md" in warning for warning in article.warnings) == warned


# -- html ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="hr-HR">
<head>
  <meta charset="utf-8">
  <title>Kim i Putin | Portal</title>
  <meta property="og:site_name" content="Portal">
  <meta property="article:published_time" content="2023-09-14T08:00:00+02:00">
  <link rel="canonical" href="https://portal.example/kim-putin">
  <style>p { color: red }</style>
  <script>document.write("<p>script text</p>")</script>
</head>
<body>
  <header><a>Portal</a><nav><a>Vijesti</a><a>Sport</a></nav></header>
  <main>
    <article>
      <h1>Kim   je <b>pozvao</b> Putina</h1>
      <p>Sjevernokorejski čelnik pozvao je ruskog predsjednika.<br>Sastali su se u srijedu.</p>
      <script>var tracking = "script text";</script>
      <aside>Pročitajte još: teaser text</aside>
      <form><label>Newsletter form text</label></form>
      <p>Putin je prihvatio poziv &amp; zahvalio.</p>
    </article>
    <article><p>Short teaser text</p></article>
  </main>
  <footer>Footer text</footer>
</body>
</html>
"""


def test_html_keeps_the_article_text_and_its_metadata(tmp_path):
    write(tmp_path / "corpus" / "a.html", PAGE)
    article = by_source(load(tmp_path))["corpus/a.html"]
    assert article.text == (
        "Kim je pozvao Putina\n\n"
        "Sjevernokorejski čelnik pozvao je ruskog predsjednika.\nSastali su se u srijedu.\n\n"
        "Putin je prihvatio poziv & zahvalio."
    )
    for dropped in ("script text", "teaser text", "Newsletter", "Vijesti", "Footer", "color"):
        assert dropped not in article.text
    assert article.title == "Kim je pozvao Putina"
    assert (article.language, article.published, article.outlet, article.url) == (
        "hr", dt.date(2023, 9, 14), "Portal", "https://portal.example/kim-putin",
    )
    assert not article.language_detected


def test_html_without_article_markup_drops_page_chrome_and_uses_title_and_time(tmp_path):
    write(tmp_path / "corpus" / "b.htm", (
        "<html><head><meta http-equiv='Content-Language' content='ro'><title> Întâlnirea </title></head>"
        "<body><header>Site header</header><div>Putin și Kim s-au întâlnit miercuri."
        "<div>A doua parte.<br/>Rândul doi.</div></div><time datetime='2023-09-14'>joi</time>"
        "<noscript>enable js</noscript><footer>Site footer</footer>"
    ))
    article = by_source(load(tmp_path))["corpus/b.htm"]
    assert article.text == "Putin și Kim s-au întâlnit miercuri.\n\nA doua parte.\nRândul doi.\n\njoi"
    assert (article.title, article.language, article.published) == ("Întâlnirea", "ro", dt.date(2023, 9, 14))


def test_html_chrome_named_by_class_id_or_role_is_dropped(tmp_path):
    """A page built of <div>s names its related stories, comments, sidebars and menus in
    its classes: their dates are other stories' or a reader's, never the article's."""
    write(tmp_path / "corpus" / "c.html", (
        "<html lang='en'><body class='layout with-sidebar'>"
        "<div class='site-header'><ul class='main-menu'><li>Home</li><li>World</li></ul></div>"
        "<div id='content'><h1>Kim and Putin meet</h1>"
        "<div class='story-body'><p>They met on Wednesday at the Vostochny cosmodrome.</p></div>"
        "<div class='related-stories'><a>Putin visits Beijing on 18 October 2023</a></div>"
        "<div id='comments'><p>Reader: I think they met on 12 September.</p></div>"
        "<div class='share-tools'>Share</div><div role='complementary'>Most read: quake on 8 September</div>"
        "<div class='article-footer'>Published on 14 September 2023</div></div>"
        "<div class='col sidebar'><p>Trending: 2,900 dead</p></div>"
        "<div class='site-footer'>© 2024 Daily News</div></body></html>"
    ))
    article = by_source(load(tmp_path))["corpus/c.html"]
    assert article.text == (
        "Kim and Putin meet\n\nThey met on Wednesday at the Vostochny cosmodrome.\n\n"
        "Published on 14 September 2023"
    )


def test_html_chrome_named_in_the_pages_own_language_is_dropped(tmp_path):
    """Spanish, French and German templates name their related stories, comments, most-read
    lists and share bars in their language: "Lea también: … el 18 de octubre" was a date of
    the article."""
    write(tmp_path / "corpus" / "es.html", (
        "<html lang='es'><body><div class='contenido-noticia'><h1>Kim y Putin se reúnen</h1>"
        "<p>Se reunieron el miércoles en el cosmódromo de Vostochni.</p>"
        "<div class='noticias-relacionadas'><a>Putin visitará Pekín el 18 de octubre</a></div>"
        "<div id='comentarios'><p>Lector: creo que fue el 12 de septiembre.</p></div>"
        "<div class='bloque mas-leidas'>Terremoto el 8 de septiembre</div>"
        "<div class='botones-compartir'>Compartir</div></div></body></html>"
    ))
    write(tmp_path / "corpus" / "fr.html", (
        "<html lang='fr'><body><div class='texte'><p>Ils se sont rencontrés mercredi.</p>"
        "<div class='bloc a-lire-aussi'>Poutine à Pékin le 18 octobre</div>"
        "<div class='commentaires'>Le 12 septembre, selon moi</div></div></body></html>"
    ))
    write(tmp_path / "corpus" / "de.html", (
        "<html lang='de'><body><div class='artikel-text'><p>Sie trafen sich am Mittwoch.</p></div>"
        "<div class='box meistgelesen'>Erdbeben am 8. September</div>"
        "<div class='kommentare'>Leser: am 12. September</div><div class='teilen'>Teilen</div></body></html>"
    ))
    found = by_source(load(tmp_path))
    assert found["corpus/es.html"].text == (
        "Kim y Putin se reúnen\n\nSe reunieron el miércoles en el cosmódromo de Vostochni."
    )
    assert found["corpus/fr.html"].text == "Ils se sont rencontrés mercredi."
    assert found["corpus/de.html"].text == "Sie trafen sich am Mittwoch."


def test_html_with_no_text_is_a_source_error(tmp_path):
    page = "<html><head><script>x()</script></head><body><nav>menu</nav></body></html>"
    write(tmp_path / "corpus" / "empty.html", page)
    assert errors(load(tmp_path)) == {"corpus/empty.html": "no article text found in the HTML"}


# -- json ------------------------------------------------------------------------------


def test_json_object_is_one_source_named_by_the_file(tmp_path):
    write(tmp_path / "corpus" / "a.json", (
        '{"id": "x1", "title": "T", "text": "Kim met Putin.", "language": "en",'
        ' "published": "2023-09-14", "outlet": "Wire", "url": "https://w/x1", "desk": 3}'
    ))
    article = by_source(load(tmp_path))["corpus/a.json"]
    assert (article.title, article.text, article.language, article.published, article.outlet, article.url) == (
        "T", "Kim met Putin.", "en", dt.date(2023, 9, 14), "Wire", "https://w/x1",
    )
    assert article.meta == {"desk": 3}


def test_json_list_records_are_named_by_id_or_line(tmp_path):
    write(tmp_path / "corpus" / "list.json", (
        '[\n'
        '  {"id": "a", "text": "First article text."},\n'
        '  {"text": "Second article text."},\n'
        '  "not an object"\n'
        ']\n'
    ))
    result = load(tmp_path)
    assert [(a.source, a.line_base) for a in result.articles] == [("corpus/list.json#a", 1), ("corpus/list.json#L3", 2)]
    assert errors(result) == {"corpus/list.json#L4": "record is a string, not a JSON object"}


def test_invalid_json_file_is_one_source_error_with_its_position(tmp_path):
    write(tmp_path / "corpus" / "bad.json", '[\n {"text": "ok"},\n {"text": "broken"\n]\n')
    assert errors(load(tmp_path)) == {"corpus/bad.json": "invalid JSON at line 4 column 1: Expecting ',' delimiter"}


def test_a_records_text_in_html_is_read_as_a_pages(tmp_path):
    """WordPress's REST API and many feeds give the body in HTML: its tags and entities
    were words of the article, its related-posts box a date of it, and an evidence
    sentence began "<p>Putin met"."""
    write(tmp_path / "corpus" / "feed.jsonl", (
        '{"id": "wp", "text": "<p>Putin met Kim on <strong>13 September</strong>.</p>'
        '<p>They talked for &quot;five hours&quot;.<br>Then they dined.</p>'
        '<div class=\\"related-posts\\"><a>Putin in Beijing on 18 October</a></div>"}\n'
        '{"id": "plain", "text": "Turnout was < 40 % and > 35 %: a <record> low."}\n'
        '{"id": "empty", "text": "<div class=\\"share\\"><a>Share</a></div><br>"}\n'
    ))
    result = load(tmp_path)
    articles = by_source(result)
    assert articles["corpus/feed.jsonl#wp"].text == (
        'Putin met Kim on 13 September.\n\nThey talked for "five hours".\nThen they dined.'
    )
    assert articles["corpus/feed.jsonl#plain"].text == "Turnout was < 40 % and > 35 %: a <record> low."
    assert errors(result) == {"corpus/feed.jsonl#empty": "record's text (field 'text') is HTML without article text"}


def test_jsonl_field_mapping_and_a_bad_record_that_does_not_stop_the_others(tmp_path):
    write(tmp_path / "corpus" / "feed.jsonl", (
        '{"uid": 7, "body": "Kim met Putin on Wednesday.\\r\\nSecond line.",'
        ' "date": "2023-09-14T23:50:00Z", "lang": "en"}\n'
        '{"uid": 8, "body": "broken\n'
        '\n'
        '{"body": "No id here.", "lang": "en"}\n'
        '{"uid": 9, "headline": "no text"}\n'
        '{"uid": 7, "body": "Same id again.", "lang": "en"}\n'
    ))
    fields = {"id": "uid", "text": "body", "published": "date", "language": "lang", "title": "headline"}
    result = load(tmp_path, json_fields=fields)
    articles = by_source(result)
    assert list(articles) == ["corpus/feed.jsonl#7", "corpus/feed.jsonl#L4"]
    first = articles["corpus/feed.jsonl#7"]
    assert first.text == "Kim met Putin on Wednesday.\nSecond line."
    assert (first.published, first.language, first.line_base) == (dt.date(2023, 9, 14), "en", 0)
    assert articles["corpus/feed.jsonl#L4"].line_base == 3
    assert errors(result) == {
        "corpus/feed.jsonl#L2": "invalid JSON at column 20: Unterminated string starting at",
        "corpus/feed.jsonl#9": "record has no text (field 'body')",
        "corpus/feed.jsonl#L6": "duplicate id (also on line 1)",
    }


# -- the manifest ------------------------------------------------------------------------


def test_manifest_gives_metadata_and_what_a_file_states_wins(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "corpus.yaml", (
        "plain.txt: {language: hr, published: 2023-09-14, outlet: Index, url: https://index.hr/1}\n"
        "stated.md: {language: hr, published: '2023-09-13T10:00:00', outlet: Manifest}\n"
        "sub/deep.txt:\n  language: ro\n"
        "feed.jsonl: {language: en, outlet: Wire}\n"
    ))
    write(corpus / "plain.txt", HR_TEXT)
    write(corpus / "stated.md", "---\nlanguage: en\noutlet: Own\n---\nThey met on Wednesday.\n")
    write(corpus / "sub" / "deep.txt", "Titlu\nPutin și Kim s-au întâlnit miercuri.\n")
    write(corpus / "feed.jsonl", (
        '{"id": "a", "text": "Kim met Putin."}\n'
        '{"id": "b", "text": "Putin met Kim.", "outlet": "AP"}\n'
    ))
    result = load(tmp_path)
    articles = by_source(result)
    plain = articles["corpus/plain.txt"]
    assert (plain.language, plain.published, plain.outlet, plain.url) == (
        "hr", dt.date(2023, 9, 14), "Index", "https://index.hr/1",
    )
    stated = articles["corpus/stated.md"]
    assert (stated.language, stated.outlet, stated.published) == ("en", "Own", dt.date(2023, 9, 13))
    assert articles["corpus/sub/deep.txt"].language == "ro"
    assert [(articles[f"corpus/feed.jsonl#{i}"].outlet) for i in "ab"] == ["Wire", "AP"]
    assert not any(a.language_detected for a in result.articles)
    assert result.warnings == []


def test_a_language_tag_with_a_region_keeps_it_as_the_locale(tmp_path):
    """The language stays the primary subtag (rule scopes name it); the whole tag is kept
    as ``meta["locale"]``, which the number reader reads a local currency by."""
    corpus = tmp_path / "corpus"
    write(corpus / "corpus.yaml", "tw.txt: {language: zh-TW}\ncn.txt: {language: zh}\nown.md: {language: zh-TW}\n")
    write(corpus / "tw.txt", "台積電\n淨利達2,000億元。\n")
    write(corpus / "cn.txt", "公司\n净利润达120亿元。\n")
    write(corpus / "own.md", "---\nlanguage: zh-Hant-HK\n---\n港府撥款50億元。\n")
    articles = by_source(load(tmp_path))
    found = {name: (a.language, a.meta.get("locale")) for name, a in articles.items()}
    assert found == {"corpus/tw.txt": ("zh", "zh_TW"), "corpus/cn.txt": ("zh", None),
                     "corpus/own.md": ("zh", "zh_Hant_HK")}  # what the file states wins, its tag with it


def test_norwegian_is_no_boolean(tmp_path):
    """YAML 1.1 reads an unquoted "no" as false: Norwegian sources in a manifest or front
    matter were "False is not a language code". Only true and false are booleans."""
    corpus = tmp_path / "corpus"
    write(corpus / "corpus.yaml", "nyhet.txt: {language: no, outlet: NO}\n")
    write(corpus / "nyhet.txt", "Statsministeren sa fredag at regjeringen vil øke budsjettet.\n")
    write(corpus / "sak.md", "---\nlanguage: no\n---\nStortinget vedtok budsjettet torsdag.\n")
    result = load(tmp_path)
    articles = by_source(result)
    assert (articles["corpus/nyhet.txt"].language, articles["corpus/nyhet.txt"].outlet) == ("no", "NO")
    assert articles["corpus/sak.md"].language == "no"
    assert result.errors == []


def test_nearer_manifest_wins_field_by_field_and_unused_entries_are_reported(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "corpus.yaml", "sub/a.txt: {language: hr, outlet: Outer}\nmissing.txt: {language: hr}\n")
    write(corpus / "sub" / "corpus.yaml", "a.txt: {outlet: Inner}\n")
    write(corpus / "sub" / "a.txt", HR_TEXT)
    result = load(tmp_path)
    article = by_source(result)["corpus/sub/a.txt"]
    assert (article.language, article.outlet) == ("hr", "Inner")
    assert result.warnings == ["corpus/corpus.yaml:2:1: 'missing.txt' names no file of the corpus"]


def test_manifest_applies_to_a_file_named_on_its_own(tmp_path):
    write(tmp_path / "corpus" / "corpus.yaml", "a.txt: {language: hr, published: 2023-09-14}\n")
    path = write(tmp_path / "corpus" / "a.txt", HR_TEXT)
    result = load(tmp_path, path)
    assert [(a.source, a.language, a.published) for a in result.articles] == [
        ("corpus/a.txt", "hr", dt.date(2023, 9, 14)),
    ]
    assert result.warnings == []


@pytest.mark.parametrize(
    ("manifest", "location", "message"),
    [
        ("a.txt: {language: hr\n", "2:1", "expected ',' or '}'"),
        ("- a.txt\n- b.txt\n", "1:1", "must map file names to their metadata"),
        ("a.txt:\n  languge: hr\n", "2:3",
         "unknown key 'languge' (known: language, published, outlet, url); did you mean 'language'?"),
        ("a.txt:\n  published: 2023-13-45\n", "2:14", "published: '2023-13-45' is not a date"),
        ("a.txt: {published: 14.9.2023.}\n", "1:20", "is not a date (write YYYY-MM-DD)"),
        ("a.txt: {language: 42}\n", "1:19", "42 is not a language code"),
        ("../outside.txt: {language: hr}\n", "1:1", "points outside the corpus folder"),
        ("/etc/passwd: {language: hr}\n", "1:1", "points outside the corpus folder"),
        ("a.txt: {language: hr}\nb.txt: {}\na.txt: {language: ro}\n", "3:1",
         "duplicate entry 'a.txt' (first on line 1)"),
        ("a.txt: hr\n", "1:8", "expected a mapping of language, published, outlet, url"),
        ("a.txt: !!python/object/apply:os.system [echo]\n", "1:8", "could not determine a constructor"),
        ("a.txt: {language: hr}\n---\nb.txt: {language: ro}\n", "2:1", "but found another document"),
        ("a.txt: *shared\n", "1:8", "found undefined alias 'shared'"),
        ("---\n", "2:1", "must map file names to their metadata"),
    ],
)
def test_malformed_manifest_is_a_collection_error_with_file_line_and_column(tmp_path, manifest, location, message):
    write(tmp_path / "corpus" / "corpus.yaml", manifest)
    write(tmp_path / "corpus" / "a.txt", HR_TEXT)
    with pytest.raises(CollectionError) as excinfo:
        load(tmp_path)
    assert str(excinfo.value).startswith(f"corpus/corpus.yaml:{location}: ")
    assert message in str(excinfo.value)
    assert excinfo.value.exit_code == 2


def test_manifest_entries_may_share_metadata_through_anchors(tmp_path):
    """The manifest is read one entry at a time; an anchor set on one entry still
    serves the entries after it."""
    write(tmp_path / "corpus" / "corpus.yaml",
          "a.txt: &hr {language: hr, published: 2023-09-14}\nb.txt: *hr\n")
    write(tmp_path / "corpus" / "a.txt", HR_TEXT)
    write(tmp_path / "corpus" / "b.txt", HR_TEXT)
    result = load(tmp_path)
    assert [(a.source, a.language, a.published) for a in result.articles] == [
        ("corpus/a.txt", "hr", dt.date(2023, 9, 14)), ("corpus/b.txt", "hr", dt.date(2023, 9, 14))]


def test_files_stating_the_same_metadata_keep_their_own_when_a_nearer_manifest_adds_to_one(tmp_path):
    """Entries that state the same values share them; a nearer manifest's values merged
    over one file's never reach the other file."""
    corpus = tmp_path / "corpus"
    write(corpus / "corpus.yaml", "a.txt: {language: hr, outlet: Outer}\nsub/b.txt: {language: hr, outlet: Outer}\n"
                                  "sub/c.txt: {language: hr, outlet: Outer}\n")
    write(corpus / "sub" / "corpus.yaml", "b.txt: {outlet: Inner}\n")
    for name in ("a.txt", "sub/b.txt", "sub/c.txt"):
        write(corpus / name, HR_TEXT)
    result = load(tmp_path)
    assert [(a.source, a.language, a.outlet) for a in result.articles] == [
        ("corpus/a.txt", "hr", "Outer"), ("corpus/sub/b.txt", "hr", "Inner"), ("corpus/sub/c.txt", "hr", "Outer")]


def test_a_corpus_named_relative_to_the_working_folder_keeps_its_names_as_written(tmp_path, monkeypatch):
    """Outside the project root, sources are named as the user wrote the corpus path:
    ``.`` gives ``a.txt`` (not ``./a.txt``), a parent folder keeps its ``..``."""
    corpus = tmp_path / "elsewhere" / "corpus"
    write(corpus / "corpus.yaml", "sub/b.txt: {language: ro}\n")
    write(corpus / "a.txt", HR_TEXT)
    write(corpus / "sub" / "b.txt", HR_TEXT)
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(corpus)
    result = load(root, Path("."))
    assert [(a.source, a.language) for a in result.articles] == [("a.txt", "en"), ("sub/b.txt", "ro")]
    monkeypatch.chdir(root)
    result = load(root, Path("../elsewhere/corpus/sub"), Path("../elsewhere/corpus/a.txt"))
    assert [(a.source, a.language) for a in result.articles] == [
        ("../elsewhere/corpus/a.txt", "en"), ("../elsewhere/corpus/sub/b.txt", "en")]
    assert result.warnings == []


def test_listed_jobs_are_handed_over_one_at_a_time(tmp_path):
    """A run takes the reader's jobs as a queue that lets each go once taken: a large
    corpus is not held to the end of the run."""
    corpus = tmp_path / "corpus"
    write(corpus / "corpus.yaml", "b.txt: {language: ro, published: 2023-09-14}\n")
    for name in ("c.txt", "a.txt", "b.txt"):
        write(corpus / name, HR_TEXT)
    reader = CorpusReader([corpus], LOADERS, LoadOptions(root=tmp_path, languages=["en"]))
    assert [(job.source, job.path, job.metadata) for job in reader.jobs()] == [
        ("corpus/a.txt", corpus / "a.txt", {}),
        ("corpus/b.txt", corpus / "b.txt", {"language": "ro", "published": dt.date(2023, 9, 14)}),
        ("corpus/c.txt", corpus / "c.txt", {}),
    ]
    queue = reader.take_jobs()
    assert (len(queue), len(reader), reader.jobs()) == (3, 0, [])
    taken = iter(queue)
    first = next(taken)
    assert isinstance(first, FileJob) and first.source == "corpus/a.txt"
    assert len(queue) == 2
    assert [job.source for job in taken] == ["corpus/b.txt", "corpus/c.txt"]
    assert len(queue) == 0 and list(queue) == []


def test_manifest_is_not_read_as_an_article_even_when_named(tmp_path):
    manifest = write(tmp_path / "corpus" / "corpus.yaml", "a.txt: {language: hr}\n")
    write(tmp_path / "corpus" / "a.txt", HR_TEXT)
    result = load(tmp_path, manifest, tmp_path / "corpus")
    assert [a.source for a in result.articles] == ["corpus/a.txt"]
    assert result.errors == []


# -- decoding --------------------------------------------------------------------------

CROATIAN = "Šef države Đuro Ćosić žustro je odgovorio: „Čekamo četvrtak.” Sjevernokorejski čelnik je stigao.\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + CROATIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + CROATIAN.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + CROATIAN.encode("utf-16-be"), "utf-16-be"),
        (CROATIAN.encode("utf-8"), "utf-8"),
    ],
)
def test_unicode_files_decode_without_warning_and_with_unix_newlines(data, encoding):
    decoded = decode_source(data)
    assert decoded.text == CROATIAN.replace("\r\n", "\n")
    assert (decoded.encoding, decoded.warnings) == (encoding, [])


def test_cp1250_croatian_is_decoded_by_detection_with_a_warning(tmp_path):
    text = "Kim i Putin\r\n" + CROATIAN * 3
    write(tmp_path / "corpus" / "legacy.txt", text.encode("cp1250"))
    article = by_source(load(tmp_path))["corpus/legacy.txt"]
    assert article.text == text.replace("\r\n", "\n")
    assert article.warnings[0] == "decoded as cp1250 (not UTF-8)"


def test_declared_html_charset_is_honoured(tmp_path):
    page = f"<html><head><meta charset='windows-1250'></head><body><p>{CROATIAN}</p></body></html>"
    write(tmp_path / "corpus" / "legacy.html", page.encode("cp1250"))
    article = by_source(load(tmp_path))["corpus/legacy.html"]
    assert article.text == CROATIAN.strip()
    assert article.warnings[0] == "decoded as cp1250 (not UTF-8)"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("nul.txt", b"text with a \x00 NUL byte", "binary file (contains NUL bytes), not text"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary file (PDF document), not text"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
        ("photo.md", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image), not text"),
        ("archive.json", b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive or office document), not text"),
        ("data.jsonl", b"\x1f\x8b\x08\x00\x00\x00", "binary file (gzip archive), not text"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \r\n\t\n", "file contains only whitespace"),
        ("bad16.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "invalid UTF-16-LE"),
    ],
)
def test_unreadable_content_is_a_source_error_and_the_run_goes_on(tmp_path, name, data, message):
    write(tmp_path / "corpus" / name, data)
    write(tmp_path / "corpus" / "ok.txt", "Fine\nA readable article.\n")
    result = load(tmp_path)
    assert message in errors(result)[f"corpus/{name}"]
    assert [a.source for a in result.articles] == ["corpus/ok.txt"]


def test_oversize_file_is_refused_before_it_is_read(tmp_path):
    write(tmp_path / "corpus" / "big.txt", "x" * 2048)
    write(tmp_path / "corpus" / "small.txt", "Fine\nshort\n")
    result = load(tmp_path, max_bytes=1024)
    assert errors(result) == {"corpus/big.txt": "file is 2.0 KB, over the 1.0 KB limit"}
    assert [a.source for a in result.articles] == ["corpus/small.txt"]


def test_directories_and_pipes_are_not_read_as_files(tmp_path):
    with pytest.raises(SourceReadError, match="is a directory"):
        read_source(tmp_path, 1024)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = load(tmp_path, fifo)
    assert errors(result) == {"pipe.txt": "not a regular file (a device, socket or pipe)"}


def test_unreadable_file_is_a_source_error(tmp_path, monkeypatch):
    secret = write(tmp_path / "corpus" / "secret.txt", "Title\ntext\n")
    write(tmp_path / "corpus" / "ok.txt", "Fine\nA readable article.\n")
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self == secret:  # as if permissions forbade it (tests may run as root)
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    result = load(tmp_path)
    assert errors(result) == {"corpus/secret.txt": "cannot read: Permission denied"}
    assert [a.source for a in result.articles] == ["corpus/ok.txt"]


# -- finding files -------------------------------------------------------------------------


def test_hidden_files_and_unknown_suffixes_are_skipped_in_folders_but_not_when_named(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / ".draft.txt", "hidden")
    write(corpus / ".git" / "x.txt", "hidden")
    write(corpus / "notes.docx", "not an article")
    write(corpus / "A.TXT", "Upper\ncase suffix\n")
    result = load(tmp_path)
    assert [a.source for a in result.articles] == ["corpus/A.TXT"]
    assert result.errors == []
    named = load(tmp_path, corpus / "notes.docx", tmp_path / "nowhere")
    assert errors(named) == {
        "corpus/notes.docx":
            "no loader for this kind of file (known: .htm, .html, .json, .jsonl, .markdown, .md, .txt)",
        "nowhere": "no such file or directory",
    }


def test_symbolic_link_leaving_the_corpus_is_not_followed_unless_asked(tmp_path):
    outside = write(tmp_path / "private" / "secret.txt", "Secret\nnot part of the corpus\n")
    write(tmp_path / "private" / "more" / "x.txt", "More\nsecret\n")
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", "Inside\nan article\n")
    (corpus / "leak.txt").symlink_to(outside)
    (corpus / "leakdir").symlink_to(tmp_path / "private" / "more")
    (corpus / "alias.txt").symlink_to(corpus / "a.txt")
    result = load(tmp_path)
    assert [a.source for a in result.articles] == ["corpus/a.txt"]  # the alias is the same file
    assert set(errors(result)) == {"corpus/leak.txt", "corpus/leakdir"}
    assert "leads out of the corpus folder" in errors(result)["corpus/leak.txt"]
    followed = load(tmp_path, follow_symlinks=True)
    assert [a.source for a in followed.articles] == ["corpus/a.txt", "corpus/leak.txt", "corpus/leakdir/x.txt"]
    assert followed.errors == []


def _denied_beyond(monkeypatch, locked: Path) -> None:
    """Paths through ``locked`` cannot be resolved or looked at, as a link into another
    user's folder or into /proc is not, even for a link's owner."""
    import os

    realpath = os.path.realpath

    def guard(real):
        def denied(path, *args, **kwargs):
            if realpath(path).startswith(str(locked)):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)
        return denied

    monkeypatch.setattr(os.path, "realpath", guard(realpath))
    monkeypatch.setattr(os, "stat", guard(os.stat))


def test_a_link_that_cannot_be_read_is_a_source_error_and_the_rest_is_read(tmp_path, monkeypatch):
    write(tmp_path / "corpus" / "a.txt", "Inside\nan article\n")
    locked = tmp_path / "locked"
    write(locked / "b.txt", "Behind\na locked door\n")
    (tmp_path / "corpus" / "door").symlink_to(locked)
    (tmp_path / "corpus" / "b.txt").symlink_to(locked / "b.txt")
    _denied_beyond(monkeypatch, locked)
    result = load(tmp_path)
    assert [a.source for a in result.articles] == ["corpus/a.txt"]
    assert errors(result) == {"corpus/b.txt": "cannot read: Permission denied",
                              "corpus/door": "cannot read: Permission denied"}
    followed = load(tmp_path, follow_symlinks=True)
    assert [a.source for a in followed.articles] == ["corpus/a.txt"]
    assert errors(followed) == {"corpus/b.txt": "cannot read: Permission denied",
                                "corpus/door": "cannot read folder: Permission denied"}
    named = load(tmp_path, locked / "b.txt", tmp_path / "corpus" / "a.txt")
    assert [a.source for a in named.articles] == ["corpus/a.txt"]
    assert errors(named) == {"locked/b.txt": "cannot read: Permission denied"}


def test_a_folder_linking_to_itself_is_read_once(tmp_path):
    write(tmp_path / "corpus" / "a.txt", "A\ntext\n")
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")
    result = load(tmp_path)
    assert [a.source for a in result.articles] == ["corpus/a.txt"]


def test_order_and_content_do_not_depend_on_listing_or_argument_order(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    for name in ("b.txt", "a.md", "sub/c.txt", "sub/a.json", "z.html"):
        suffix = Path(name).suffix
        body = {".json": '{"text": "json text"}', ".html": "<p>html text</p>"}.get(suffix, f"{name}\ntext\n")
        write(corpus / name, body)
    first = load(tmp_path, corpus / "sub", corpus)

    real_scandir = os.scandir

    def reversed_scandir(path):
        return iter(sorted(real_scandir(path), key=lambda entry: entry.name, reverse=True))

    monkeypatch.setattr(os, "scandir", reversed_scandir)
    second = load(tmp_path, corpus, corpus / "sub")
    assert [a.source for a in first.articles] == [
        "corpus/a.md", "corpus/b.txt", "corpus/sub/a.json", "corpus/sub/c.txt", "corpus/z.html",
    ]
    assert first == second


def test_reading_never_changes_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "corpus.yaml", "a.txt: {language: hr}\n")
    write(corpus / "a.txt", HR_TEXT)
    write(corpus / "b.md", "---\ntitle: x\n---\nbody\n")
    write(corpus / "c.jsonl", '{"text": "one"}\nbroken\n')
    write(corpus / "d.txt", CROATIAN.encode("cp1250"))
    write(corpus / "e.txt", b"%PDF-1.4")

    def snapshot() -> dict[str, tuple[str, int]]:
        return {
            str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(corpus.rglob("*")) if p.is_file()
        }

    before = snapshot()
    load(tmp_path)
    assert snapshot() == before
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt", "b.md", "c.jsonl", "corpus.yaml", "d.txt", "e.txt"]


# -- third-party loaders -----------------------------------------------------------------


class FeedLoader:
    name = "feed"
    suffixes = (".feed.txt",)

    def load(self, path, text, source, options):
        return [Article(source=f"{source}#{i}", text=item) for i, item in enumerate(text.split("\n\n"))]


class BrokenLoader:
    name = "broken"
    suffixes = (".broken",)

    def load(self, path, text, source, options):
        raise RuntimeError("plugin bug")


def test_plugin_loaders_get_the_longest_suffix_and_a_failing_one_does_not_stop_the_run(tmp_path):
    write(tmp_path / "corpus" / "x.feed.txt", "Kim met Putin.\n\nPutin met Kim.")
    write(tmp_path / "corpus" / "y.broken", "whatever")
    result = load(tmp_path, loaders=[*LOADERS, FeedLoader(), BrokenLoader()])
    assert [a.source for a in result.articles] == ["corpus/x.feed.txt#0", "corpus/x.feed.txt#1"]
    assert all(a.path == tmp_path / "corpus" / "x.feed.txt" for a in result.articles)
    assert errors(result) == {"corpus/y.broken": "loader 'broken' failed: RuntimeError: plugin bug"}


# -- any input ---------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from([
    "---\n", "title: x\n", "<p>", "</p>", "<script>", "<article>", "</div>", "<br>", "&amp;", "{", "}",
    '"text": "a"', "[", "]", ",", "\n", "\r\n", "Kim", "š", "\x00", "\ufeff", "published: 2023-02-30\n",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]),
    content=st.one_of(st.binary(max_size=200), st.lists(_FRAGMENTS, max_size=30).map("".join).map(str.encode)),
)
def test_any_file_content_loads_or_becomes_a_source_error(tmp_path, suffix, content):
    path = write(tmp_path / f"input{suffix}", content)
    result = load(tmp_path, path)
    assert len(result.articles) + len(result.errors) >= 1
    assert all(article.text.strip() for article in result.articles)
