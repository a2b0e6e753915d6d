"""Every hook, implemented by an inline plugin, and every way a plugin is found,
blocked or fails."""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checker import Finding, hookimpl
from checker.cli import main
from checker.config import Config
from checker.errors import CollectionError
from checker.model import Article, Rule, RunReport, SourceError
from checker.plugins import DISABLE_AUTOLOAD_ENV, get_plugin_manager
from checker.reporters.base import Reporter
from checker.ruletypes.base import RuleType, as_str, option
from checker.session import Session
from checker.testing import article, load_rules, make_host, result, run_rules, verdicts


class MentionRuleType(RuleType):
    """``check: mentions``: the source names ``word``; the smallest useful rule type."""

    name = "mentions"
    description = "the source mentions a word"

    @dataclasses.dataclass
    class Options:
        word: str = option(convert=as_str, doc="the word the source must mention")

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        start = ctx.text.find(rule.options.word)
        if start < 0:
            return []
        return [Finding(value=rule.options.word, evidence=ctx.evidence(start, start + len(rule.options.word)))]


MENTIONS = "- id: names-kim\n  check: mentions\n  word: Kim\n  require: all\n"


class MentionPlugin:
    @hookimpl
    def factcheck_register_rule_types(self, register: Any) -> None:
        register(MentionRuleType())


class NoteLoader:
    """``.note`` files: the whole file is the text; a file saying BOOM makes it raise."""

    name = "note"
    suffixes = (".note",)

    def load(self, path: Path, text: str, source: str, options: Any) -> list[Article | SourceError]:
        if "BOOM" in text:
            raise ValueError("cannot parse this note")
        return [Article(source=source, text=text, path=path, language="en")]


class NotePlugin:
    @hookimpl
    def factcheck_register_loaders(self, register: Any) -> None:
        register(NoteLoader())


def run_project(tmp_path: Path, plugins: list[Any], rules: str, notes: dict[str, str],
                **settings: Any) -> tuple[RunReport, str]:
    """Write ``rules/r.yaml`` and ``corpus/*.note``, run them in-process, and return the
    report and the JSON output."""
    (tmp_path / "rules").mkdir(parents=True)
    (tmp_path / "rules" / "r.yaml").write_text(rules, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    for name, text in notes.items():
        (tmp_path / "corpus" / name).write_text(text, encoding="utf-8")
    config = Config(root=tmp_path, rule_paths=[tmp_path / "rules"], corpus=[tmp_path / "corpus"],
                    reports=[("json", None)], **settings)
    stream = io.StringIO()
    report = Session(config, make_host([NotePlugin(), MentionPlugin(), *plugins]), stdout=stream).run()
    return report, stream.getvalue()


NOTES = {"a.note": "Kim met Putin.", "b.note": "Putin met Kim."}


# -- each hook, from an inline plugin ---------------------------------------------------

def test_register_rule_types_adds_a_check_with_a_strict_schema() -> None:
    sources = [article("Kim arrived.", "en", source="a.txt"), article("Nobody came.", "en", source="b.txt")]
    report = run_rules(MENTIONS, sources, plugins=[MentionPlugin()])
    assert verdicts(report, "names-kim") == {"a.txt": "agrees", "b.txt": "silent"}
    assert result(report, "names-kim").outcome == "failed"
    with pytest.raises(CollectionError, match=r"rules.yaml:4:3: unknown key 'wrod' for a 'mentions' rule "
                                              r"\(did you mean 'word'\?\)"):
        load_rules("- id: x\n  check: mentions\n  word: Kim\n  wrod: Kim\n", plugins=[MentionPlugin()])


class IndexedMentionRuleType(MentionRuleType):
    """``mentions`` through the run's phrase index: checked only where the word occurs."""

    name = "indexed-mentions"

    def __init__(self, broken: bool = False) -> None:
        self.checked: list[str] = []
        self.broken = broken

    def phrases(self, rule: Rule) -> list[str]:
        return [rule.options.word]

    def silent_without(self, rule: Rule) -> list[str] | None:
        if self.broken:
            raise RuntimeError("no phrases today")
        return [rule.options.word]

    def check(self, rule: Rule, ctx: Any) -> list[Finding]:
        self.checked.append(ctx.article.source)
        return super().check(rule, ctx)


@pytest.mark.parametrize("broken", [False, True])
def test_silent_without_skips_articles_lacking_the_rule_s_phrases(broken: bool) -> None:
    rule_type = IndexedMentionRuleType(broken)

    class Plugin:
        @hookimpl
        def factcheck_register_rule_types(self, register: Any) -> None:
            register(rule_type)

    sources = [article("Kim arrived.", "en", source="a.txt"), article("Nobody came.", "en", source="b.txt"),
               article("Kim's friends arrived.", "en", source="c.txt")]
    rules = "- id: names-kim\n  check: indexed-mentions\n  word: Kim\n"
    report = run_rules(rules, sources, plugins=[Plugin()])
    assert verdicts(report, "names-kim") == {"a.txt": "agrees", "b.txt": "silent", "c.txt": "agrees"}
    # A failing silent_without only costs time: every article is checked.
    assert rule_type.checked == (["a.txt", "b.txt", "c.txt"] if broken else ["a.txt", "c.txt"])


def test_register_loaders_reads_new_file_kinds(tmp_path: Path) -> None:
    report, _ = run_project(tmp_path, [], MENTIONS, NOTES)
    assert [a.source for a in report.articles] == ["corpus/a.note", "corpus/b.note"]
    assert result(report, "names-kim").outcome == "passed"


def test_register_reporters_adds_a_format() -> None:
    class TallyReporter(Reporter):
        def render(self, report: RunReport) -> str:
            return ", ".join(f"{k}={v}" for k, v in report.counts().items() if v) + "\n"

    class Plugin:
        @hookimpl
        def factcheck_register_reporters(self, register: Any) -> None:
            register("tally", TallyReporter, "counts only")

    report = run_rules(MENTIONS, [article("Kim.", "en")], plugins=[MentionPlugin(), Plugin()], fmt="tally")
    assert report.output == "passed=1\n"  # type: ignore[attr-defined]


def test_configure_sees_the_config_before_the_run(tmp_path: Path) -> None:
    class Plugin:
        @hookimpl
        def factcheck_configure(self, config: Config) -> None:
            config.warnings.append(f"configured with corpus {[p.name for p in config.corpus]}")

    report, _ = run_project(tmp_path, [Plugin()], MENTIONS, NOTES)
    assert report.warnings == ["configured with corpus ['corpus']"]


@pytest.mark.parametrize("workers", [1, 2])
def test_article_loaded_can_set_metadata_that_scopes_rules(tmp_path: Path, workers: int) -> None:
    """With ``--workers`` the hook runs in the worker that reads the article, and what
    it sets comes back with the article."""
    class Plugin:
        @hookimpl
        def factcheck_article_loaded(self, article: Article) -> None:
            if article.source.endswith("b.note"):
                article.outlet = "Wire"

    rules = MENTIONS + "  sources: {outlet: wire}\n"
    report, _ = run_project(tmp_path, [Plugin()], rules, {**NOTES, "c.note": "Nothing here."}, workers=workers)
    assert verdicts(report, "names-kim") == {"corpus/b.note": "agrees"}
    assert [a.outlet for a in report.articles] == [None, "Wire", None]


def test_collection_modifyitems_filters_and_reorders_rules(tmp_path: Path) -> None:
    class Plugin:
        @hookimpl
        def factcheck_collection_modifyitems(self, rules: list[Rule]) -> None:
            rules[:] = sorted((r for r in rules if "draft" not in r.tags), key=lambda r: r.id, reverse=True)

    rules = MENTIONS + MENTIONS.replace("names-kim", "draft").replace("  require", "  tags: [draft]\n  require") \
        + MENTIONS.replace("names-kim", "names-putin").replace("Kim", "Putin")
    report, _ = run_project(tmp_path, [Plugin()], rules, NOTES)
    assert [r.rule.id for r in report.results] == ["names-putin", "names-kim"]


def test_sessionstart_article_checked_rule_result_and_sessionfinish_follow_the_run(tmp_path: Path) -> None:
    events: list[str] = []

    class Recorder:
        @hookimpl
        def factcheck_sessionstart(self, rules: list[Rule], sources: int) -> None:
            events.append(f"start: {len(rules)} rules, {sources} sources")

        @hookimpl
        def factcheck_article_checked(self, article: Article, verdicts: list[Any]) -> None:
            events.append(f"{article.source}: {', '.join(v.verdict for v in verdicts)}")

        @hookimpl
        def factcheck_rule_result(self, result: Any) -> None:
            events.append(f"{result.rule.id} {result.outcome}")

        @hookimpl
        def factcheck_sessionfinish(self, report: RunReport) -> None:
            events.append(f"finish: exit {report.exit_code}")

    rules = MENTIONS + MENTIONS.replace("names-kim", "names-xi").replace("Kim", "Xi")
    run_project(tmp_path, [Recorder()], rules, NOTES)
    assert events == ["start: 2 rules, 2 sources", "corpus/a.note: agrees, silent", "corpus/b.note: agrees, silent",
                      "names-kim passed", "names-xi failed", "finish: exit 1"]


# -- plugins that fail -------------------------------------------------------------------

def test_a_loader_that_raises_errors_only_its_source(tmp_path: Path) -> None:
    report, output = run_project(tmp_path, [], MENTIONS.replace("all", "any"), {**NOTES, "c.note": "BOOM"})
    assert report.source_errors == [SourceError("corpus/c.note", "loader 'note' failed: ValueError: "
                                                                 "cannot parse this note")]
    assert result(report, "names-kim").outcome == "passed" and report.exit_code == 1
    assert json.loads(output)["errors"] == [{"source": "corpus/c.note", "message": report.source_errors[0].message}]
    tolerant, _ = run_project(tmp_path / "again", [], MENTIONS, {**NOTES, "c.note": "BOOM"}, allow_source_errors=True)
    assert tolerant.exit_code == 0


def test_duplicate_rule_type_names_are_errors_naming_both_plugins() -> None:
    class Clash:
        @hookimpl
        def factcheck_register_rule_types(self, register: Any) -> None:
            clash = MentionRuleType()
            clash.name = "entity"  # type: ignore[misc]
            register(clash)

    with pytest.raises(CollectionError, match="registers rule type 'entity', already registered by "
                                              "'checker.ruletypes.entity'"):
        make_host([Clash()])
    with pytest.raises(CollectionError, match="'test-plugin-1' registers rule type 'mentions', already registered "
                                              "by 'test-plugin-0'"):
        make_host([MentionPlugin(), MentionPlugin()])


# -- discovery: entry points, -p, local plugin files ------------------------------------

@pytest.fixture
def modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on ``sys.path`` for plugin modules; they are forgotten afterwards."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    before = set(sys.modules)
    yield folder
    for name in set(sys.modules) - before:
        del sys.modules[name]


REPORTER_PLUGIN = """\
from checker.reporters.json import JsonReporter

def factcheck_register_reporters(register):
    register("fake", JsonReporter, "the JSON report under another name")
"""


def test_entry_points_are_loaded_unless_autoload_is_off(modules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (modules / "fake_factcheck_plugin.py").write_text(REPORTER_PLUGIN)
    info = modules / "fake_factcheck_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-factcheck-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[factcheck]\nfake = fake_factcheck_plugin\n")

    assert "fake" not in get_plugin_manager().info  # the test suite runs with autoload off
    monkeypatch.delenv(DISABLE_AUTOLOAD_ENV)
    host = get_plugin_manager()
    assert host.info["fake"].origin == "entry point (fake-factcheck-plugin 1.0)"
    assert host.info["fake"].adds == ["reporter fake"]
    assert "fake" not in get_plugin_manager(["no:fake"]).info


def test_p_loads_a_module_and_plugins_lists_it(modules: Path) -> None:
    (modules / "team_reports.py").write_text(REPORTER_PLUGIN)
    output = CliRunner().invoke(main, ["plugins", "-p", "team_reports"]).output
    assert "checker.ruletypes.entity  [built in]\n    rule type entity\n" in output
    assert "checker.corpus.loaders  [built in]\n    loader txt (.txt)\n" in output
    assert "team_reports  [-p]\n    reporter fake\n" in output
    assert "report formats: fake, github, html, json, junit, sarif, text" in output


def test_p_no_blocks_a_builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "html" not in get_plugin_manager(["no:checker.reporters.html"]).reporters
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules.yaml").write_text("- id: x\n  check: entity\n  expect: Kim\n")
    (tmp_path / "a.txt").write_text("Kim.\n")
    run = CliRunner().invoke(main, ["run", "rules.yaml", "--corpus", "a.txt", "--format", "html",
                                    "-p", "no:checker.reporters.html"])
    assert run.exit_code == 4
    assert "unknown report format 'html'" in run.stderr


def test_a_misspelt_hook_is_an_error_naming_the_plugin(modules: Path) -> None:
    (modules / "misspelt.py").write_text("def factcheck_register_rule_type(register):\n    pass\n")
    with pytest.raises(CollectionError, match="plugin 'misspelt': unknown hook 'factcheck_register_rule_type'"):
        get_plugin_manager(["misspelt"])
    run = CliRunner().invoke(main, ["plugins", "-p", "misspelt"])
    assert run.exit_code == 2
    assert "plugin 'misspelt'" in run.stderr and "factcheck_register_rule_type" in run.stderr


LOCAL_PLUGIN = """\
from checker import hookimpl
from checker.ruletypes.base import RuleType


class Broken(RuleType):
    name = "broken"

    def check(self, rule, ctx):
        raise RuntimeError("boom")


@hookimpl
def factcheck_register_rule_types(register):
    register(Broken())
"""


@pytest.fixture
def rule_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with two rule files sharing one folder, and a one-article corpus."""
    monkeypatch.chdir(tmp_path)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text("- id: kim\n  check: entity\n  expect: Kim\n")
    (rules / "b.yaml").write_text("- id: bad\n  check: broken\n")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Kim arrived.\n")
    (tmp_path / "seeds" / "corpus.yaml").write_text("a.txt: {language: en}\n")
    return rules


def test_a_local_plugin_file_is_registered_once_for_its_folder(rule_folder: Path) -> None:
    from checker.collect import collect

    (rule_folder / "factcheck_plugins.py").write_text(LOCAL_PLUGIN)
    host = make_host()
    rules, files = collect([rule_folder], host, Config(root=rule_folder.parent))
    assert files == ["rules/a.yaml", "rules/b.yaml"] and [r.check for r in rules] == ["entity", "broken"]
    local = {name: info for name, info in host.info.items() if info.origin == "local file"}
    assert list(local) == ["local:rules/factcheck_plugins.py"]
    assert local["local:rules/factcheck_plugins.py"].adds == ["rule type broken"]


def test_a_rule_type_that_raises_errors_only_its_rule(rule_folder: Path) -> None:
    (rule_folder / "factcheck_plugins.py").write_text(LOCAL_PLUGIN)
    run = CliRunner().invoke(main, ["run", "--format", "json"])
    assert run.exit_code == 1, run.output
    outcomes = {r["rule"]: r for r in json.loads(run.stdout)["results"]}
    assert outcomes["kim"]["outcome"] == "passed"
    assert outcomes["bad"]["outcome"] == "error"
    assert "RuntimeError: boom" in outcomes["bad"]["traceback"]
    assert "factcheck_plugins.py" in outcomes["bad"]["traceback"]


@pytest.mark.parametrize("source, message", [
    ("import os\n\nraise RuntimeError('no API key')\n",
     "rules/factcheck_plugins.py:3:1: plugin file failed to import: RuntimeError: no API key"),
    ("def factcheck_register_rule_types(register)\n    pass\n",
     "rules/factcheck_plugins.py:1:44: plugin file has a syntax error: expected ':'"),
    ("def factcheck_register_rule_type(register):\n    pass\n",
     "plugin 'local:rules/factcheck_plugins.py': unknown hook 'factcheck_register_rule_type'"),
])
def test_a_local_plugin_that_fails_is_a_collection_error(rule_folder: Path, source: str, message: str) -> None:
    (rule_folder / "factcheck_plugins.py").write_text(source)
    run = CliRunner().invoke(main, ["run"])
    assert run.exit_code == 2
    assert message in run.stderr
    assert "Traceback" not in run.output
