"""The HTML report: content, escaping, its security policy, and how a browser renders it."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from checker.model import (
    Article,
    Evidence,
    Rule,
    RuleResult,
    RunReport,
    SourceError,
    SourceVerdict,
)
from checker.reporters.html import HtmlReporter, highlight, ordered, render_html

HR = "seeds/hr-kim-putin-invitation.txt"
RO = "seeds/ro-kim-putin-invitation.txt"
HR_DATE = (
    "Putin je u srijedu dao brojne nagovještaje da se razgovaralo o vojnoj suradnji, "
    "ali je otkrio nekoliko detalja."
)
# An article sentence with markup, a percent sign, a line break and a terminal colour code.
RO_DATE = (
    "Întâlnirea din 14 septembrie dintre cei doi președinți, 100% confirmată,\n"
    "<script>alert(1)</script> este prima după 2019. \x1b[31mroșu"
)
TRACEBACK = (
    "Traceback (most recent call last):\n"
    '  File "factcheck_plugins.py", line 9, in check\n'
    "ZeroDivisionError: division by zero"
)
CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (apt-get install chromium)"
)


def _evidence(
    source: str, line: int, sentence: str, matched: str, value: str, sentence_start: int = 500
) -> Evidence:
    """Evidence whose offsets count in the article, as the engine gives them."""
    start = sentence_start + sentence.index(matched)
    return Evidence(
        source=source,
        line=line,
        column=1,
        start=start,
        end=start + len(matched),
        sentence=sentence,
        text=matched,
        value=value,
        sentence_start=sentence_start,
        score=100.0,
    )


def _source(
    source: str, language: str | None, verdict: str, *evidence: Evidence, message: str | None = None
) -> SourceVerdict:
    values = [e.value for e in evidence if e.value]
    return SourceVerdict(
        source, language, verdict, values=values, evidence=list(evidence), message=message
    )


def _rule(rule_id: str, check: str, line: int, title: str, **options) -> Rule:
    return Rule(
        id=rule_id, check=check, file="rules/summit.yaml", line=line, title=title, **options
    )


def make_report() -> RunReport:
    """Rules that passed, failed (with and without ``expect``), errored and were skipped."""
    place = _rule(
        "meeting-place",
        "entity",
        3,
        "Every source names the Vostochny cosmodrome",
        expect="Vostochny",
        severity="warning",
    )
    date = _rule(
        "meeting-date",
        "date",
        12,
        "All sources agree the meeting was 13 September",
        expect="2023-09-13",
        tags=["summit", "dates"],
    )
    answer = _rule(
        "invitation-answer", "pattern", 24, "Sources agree on Putin's answer", severity="info"
    )
    toll = _rule("casualties", "number", 33, "Casualty count", expect=12)
    visit = _rule(
        "visit-date", "date", 41, "Date of the return visit", skip="no date announced yet"
    )
    hr_place = _evidence(
        HR,
        10,
        "Kim je bio upoznat s detaljima tijekom svog posjeta kozmodromu Vostočni.",
        "Vostočni",
        "Vostochny",
    )
    ro_place = _evidence(
        RO,
        35,
        "Vladimir Putin și Kim Jong Un s-au întâlnit la cosmodromul Vostohnîi din Rusia",
        "Vostohnîi",
        "Vostochny",
    )
    ro_place = dataclasses.replace(ro_place, score=91.6)  # a fuzzy match
    hr_answer = _evidence(
        HR, 3, "Vladimir Putin je prihvatio poziv, objavila je KCNA.", "prihvatio poziv", "accepted"
    )
    ro_answer = _evidence(
        RO,
        7,
        "„Putin a acceptat cu plăcere invitaţia”, a mai declarat agenţia.",
        "a acceptat",
        "accepted",
    )
    unclear = _evidence(RO, 20, "Nu se ştie dacă Putin va accepta.", "va accepta", "")
    results = [
        RuleResult(
            place,
            "passed",
            expected="Vostochny",
            sources=[_source(HR, "hr", "agrees", hr_place), _source(RO, "ro", "agrees", ro_place)],
        ),
        RuleResult(
            date,
            "failed",
            expected="2023-09-13",
            message="1 of 2 sources contradicts 2023-09-13",
            sources=[
                _source(HR, "hr", "agrees", _evidence(HR, 15, HR_DATE, "u srijedu", "2023-09-13")),
                _source(
                    RO,
                    "ro",
                    "contradicts",
                    _evidence(RO, 15, RO_DATE, "14 septembrie", "2023-09-14"),
                ),
            ],
        ),
        RuleResult(
            answer,
            "failed",
            expected="accepted",
            message="sources disagree",
            groups=[
                {"value": "accepted", "sources": [HR, RO]},
                {"value": "unclear", "sources": [RO]},
            ],
            sources=[
                _source(HR, "hr", "agrees", hr_answer),
                _source(
                    RO,
                    "ro",
                    "unclear",
                    ro_answer,
                    unclear,
                    message="states both an answer and doubt",
                ),
                _source("corpus/wire.jsonl#17", None, "silent"),
            ],
        ),
        RuleResult(toll, "error", message="plugin raised ZeroDivisionError", traceback=TRACEBACK),
        RuleResult(visit, "skipped", message="no date announced yet"),
    ]
    articles = [
        Article(source=HR, text="…", language="hr"),
        Article(source=RO, text="…", language="ro"),
    ]
    errors = [SourceError("seeds/broken.bin", "binary file <not text>")]
    return RunReport(
        results=results,
        articles=articles,
        source_errors=errors,
        exit_code=1,
        duration_s=0.4242,
        rule_files=["rules/summit.yaml"],
        warnings=["seeds/ro-kim-putin-invitation.txt: decoded as cp1250"],
    )


@pytest.fixture(scope="module")
def page() -> str:
    stream = io.StringIO()
    HtmlReporter(None, stream).factcheck_sessionfinish(make_report())
    return stream.getvalue()


def _card(page: str, rule_id: str) -> str:
    """The HTML of one rule's card."""
    for card in re.findall(r"<details class=\"rule.*?</details>", page, re.DOTALL):
        if f"<code>{rule_id}</code>" in card:
            return card
    raise AssertionError(f"no card for {rule_id}")


# Content and escaping


def test_article_markup_is_shown_as_text(page):
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert page.count("<script") == 1
    assert "binary file &lt;not text&gt;" in page


def test_control_characters_are_made_visible(page):
    assert "\x1b" not in page
    assert "\ufffd[31mroșu" in page


def test_csp_allows_only_the_page_own_blocks(page):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    assert "default-src 'none'" in csp
    for tag in ("style", "script"):
        block = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.DOTALL).group(1)
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in csp


def test_no_external_resources(page):
    assert "http://" not in page and "https://" not in page
    assert re.findall(r"\b(?:src|href|action)=\"([^\"]*)", page) == ["#unreadable"]
    assert "url(" not in page and "@import" not in page


def test_failed_rules_first_and_open(page):
    outcomes = re.findall(r'<details class="rule o-(\w+)"[^>]*?( open)?>', page)
    assert outcomes == [
        ("failed", " open"),
        ("failed", " open"),
        ("error", " open"),
        ("passed", ""),
        ("skipped", ""),
    ]
    assert [r.rule.id for r in ordered(make_report().results)][:2] == [
        "meeting-date",
        "invitation-answer",
    ]


def test_header_counts_sources_languages_and_duration(page):
    assert "3 of 5 rules need attention" in page
    assert "2 failed, 1 error, 1 passed, 1 skipped in 0.42s" in page
    assert "<dt>Sources</dt><dd>3</dd>" in page
    assert "<dt>Languages</dt><dd>hr, ro</dd>" in page
    assert "<dt>Duration</dt><dd>0.42s</dd>" in page


def test_failed_rule_card_shows_expected_value_and_each_source(page):
    card = _card(page, "meeting-date")
    assert (
        '<span class="fact-label">Expected</span><span class="fact-value">2023-09-13</span>' in card
    )
    assert "<code>rules/summit.yaml:12</code>" in card and "check: date" in card
    assert '<span class="severity s-error">severity: error</span>' in card
    assert card.count('<article class="source') == 2
    assert 'data-lang="hr"' in card and 'data-lang="ro"' in card
    assert (
        '<span class="badge v-contradicts">'
        '<span class="badge-icon" aria-hidden="true">\u2717</span>contradicts</span>' in card
    )
    assert "States <strong>2023-09-14</strong>" in card
    assert "Putin je <mark>u srijedu</mark> dao" in card
    assert "Întâlnirea din <mark>14 septembrie</mark> dintre" in card
    assert "line 15, column 1" in card


def test_rule_without_expect_shows_groups_and_unclear_source(page):
    card = _card(page, "invitation-answer")
    assert '<span class="fact-label">Majority</span>' in card
    assert f"<li><strong>accepted</strong> \u2014 {HR}, {RO}</li>" in card
    assert "unclear</span>" in card and "states both an answer and doubt" in card
    assert 'data-lang="und"' in card and "States nothing about this fact." in card
    assert "Nu se ştie dacă Putin <mark>va accepta</mark>." in card


def test_fuzzy_match_shows_its_score(page):
    card = _card(page, "meeting-place")
    assert "cosmodromul <mark>Vostohnîi</mark> din Rusia" in card
    assert "line 35, column 1 \u00b7 match 92%" in card
    assert "line 10, column 1</figcaption>" in card


def test_errored_rule_shows_traceback_and_skipped_rule_its_reason(page):
    assert "ZeroDivisionError: division by zero</pre>" in _card(page, "casualties")
    assert "Skipped: no date announced yet" in _card(page, "visit-date")


def test_source_errors_and_warnings_are_listed(page):
    assert "Sources that could not be read" in page
    assert "<code>seeds/broken.bin</code>" in page
    assert "decoded as cp1250" in page


def test_filters_offer_each_outcome_severity_and_language(page):
    form = re.search(r'<form id="filters".*?</form>', page, re.DOTALL).group(0)
    assert " hidden>" in form.split(">", 1)[0] + ">"
    for name, value in [
        ("outcome", "failed"),
        ("outcome", "skipped"),
        ("severity", "info"),
        ("lang", "ro"),
        ("lang", "und"),
    ]:
        assert f'name="{name}" value="{value}" checked' in form


def test_highlight_follows_the_offsets_when_they_land_on_the_text():
    sentence = "Pe 14 septembrie, nu pe 13, ci pe 14 septembrie"
    second = sentence.rindex("14 septembrie")
    evidence = Evidence(
        RO, 1, 1, 700 + second, 700 + second + 13, sentence, "14 septembrie", sentence_start=700
    )
    assert highlight(evidence) == "Pe 14 septembrie, nu pe 13, ci pe <mark>14 septembrie</mark>"


def test_highlight_finds_the_text_when_the_offsets_miss_the_sentence():
    evidence = Evidence(
        RO, 1, 1, 3, 16, "Din 14 septembrie & după", "14 septembrie", sentence_start=700
    )
    assert highlight(evidence) == "Din <mark>14 septembrie</mark> &amp; după"


def test_highlight_without_a_match_shows_the_plain_sentence():
    evidence = Evidence(RO, 1, 1, 0, 5, "a <b> sentence", "elsewhere", sentence_start=900)
    assert highlight(evidence) == "a &lt;b&gt; sentence"


def test_a_rule_over_many_sources_shows_every_contradiction_first_and_counts_the_rest():
    sources = (
        [_source(f"a{n:03d}.txt", "hr", "agrees") for n in range(60)]
        + [_source("x.txt", "ro", "contradicts"), _source("y.txt", "ro", "unclear")]
        + [_source(f"s{n:03d}.txt", "en", "silent") for n in range(25)]
    )
    result = RuleResult(_rule("venue", "entity", 1, "Venue"), "failed", expected="Vostochny", sources=sources)
    report = RunReport(results=[result], articles=[], source_errors=[], exit_code=1, duration_s=0.0)
    html = render_html(report)
    cards = re.findall(r'<article class="source v-(\w+)"', html)
    assert cards[:3] == ["contradicts", "unclear", "agrees"]  # what needs a reader's eye first
    assert (cards.count("agrees"), cards.count("contradicts"), cards.count("unclear"), cards.count("silent")) == (
        50, 1, 1, 20)
    assert "a049.txt" in html and "a050.txt" not in html and "s019.txt" in html and "s020.txt" not in html
    assert ("And 10 more that agree and 5 more that state nothing about this fact "
            "(the JSON report lists every source).") in html


def test_empty_run_still_renders():
    report = RunReport(results=[], articles=[], source_errors=[], exit_code=5, duration_s=0.0)
    html = render_html(report)
    assert "No rules ran" in html and "No rules were selected." in html


# In a browser


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture
def report_file(tmp_path: Path, page: str) -> Path:
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


@needs_chromium
def test_browser_runs_the_script_and_keeps_the_evidence(tmp_path, report_file):
    dom = _chromium(tmp_path, "--dump-dom", report_file.as_uri()).stdout
    assert 'data-ready="true"' in dom.split(">", 2)[1]  # the script ran: the policy let it
    assert (
        '<form id="filters" class="filters" aria-label="Filter rules">' in dom
    )  # and showed the filters
    assert "5 of 5 rules shown" in dom
    assert "<mark>14 septembrie</mark>" in dom and "<mark>u srijedu</mark>" in dom
    assert "contradicts</span>" in dom and "All sources agree the meeting was 13 September" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom


@needs_chromium
def test_browser_filter_preselected_from_the_url(tmp_path, report_file):
    dom = _chromium(tmp_path, "--dump-dom", report_file.as_uri() + "#outcome=failed&lang=ro").stdout
    assert "2 of 5 rules shown" in dom
    assert re.search(r'<details class="rule o-passed"[^>]* hidden', dom)
    assert not re.search(r'<details class="rule o-failed"[^>]* hidden', dom)
    assert re.search(r'<article class="source v-agrees" data-lang="hr" hidden', dom)


@needs_chromium
@pytest.mark.parametrize("size", ["390,844", "1280,1600"], ids=["phone", "desktop"])
def test_browser_screenshot(tmp_path, report_file, size):
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", f"--window-size={size}", report_file.as_uri())
    assert shot.stat().st_size > 10_000
