"""factcheck's pytest plugin: rule files as test items, and the fixtures of
:mod:`checker.testing`.

Installing the package registers this plugin (entry point ``pytest11``), but it
collects nothing until asked, so that no project's unrelated YAML ever becomes a test:
``pytest --factcheck``, or the ``factcheck_rules`` ini option, turns it on. Then every
``.yaml``/``.yml`` file under the rule paths (and any rule file named on the command
line) is collected with factcheck's own collector, and each rule × source pair is an
item, ``rules/summit.yaml::meeting-date[seeds/hr-x.txt]``, so that ``-k`` selects by
rule, source, language, check type or tag and ``--lf`` re-runs only failing pairs.

The rules are evaluated once, by the session's engine, when the first item runs; each
item then looks up its source's verdict. A pair fails when its source contradicts the
rule, when the rule could not be evaluated on it, or when it is silent and the rule is
short of the sources ``require`` asks for; the failure shows what the text report
shows. A rule file with a mistake is a collection error naming file, line and column.
"""

from __future__ import annotations

import dataclasses
import io
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .testing import factcheck_run  # noqa: F401  (a fixture, found by pytest here)

if TYPE_CHECKING:
    from .config import Config
    from .model import Article, Rule, RuleResult, SourceError, SourceVerdict

RULE_SUFFIXES = (".yaml", ".yml")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck rule files as tests")
    group.addoption("--factcheck", action="store_true", default=False,
                    help="collect factcheck rule files as test items, one per rule × source "
                         "(rule paths: the factcheck_rules ini option, else factcheck's configuration, else rules/)")
    parser.addini("factcheck_rules", type="paths", default=[],
                  help="factcheck rule files or folders to collect as test items; setting it turns collection on")
    parser.addini("factcheck_corpus", type="paths", default=[],
                  help="corpus files or folders the collected rules read "
                       "(default: factcheck's configuration, else seeds/)")


class FactcheckRun:
    """The factcheck side of one pytest session: its plugin host and configuration,
    the rules collected so far, the corpus read for collection, and (once evaluated)
    the results."""

    def __init__(self, pytest_config: pytest.Config) -> None:
        from .config import load_config
        from .errors import FactcheckError

        root = pytest_config.rootpath
        try:
            self.config: Config = load_config(root)
        except FactcheckError as exc:
            raise pytest.UsageError(f"factcheck configuration: {exc}") from None
        self.config.verbosity = pytest_config.get_verbosity()
        # pytest keeps its own last-failed record; factcheck's (and its cache) belong
        # to ``factcheck run``, which a partial pytest run must not overwrite.
        self.config.use_cache = False
        self.rule_paths = list(pytest_config.getini("factcheck_rules")) or self.config.rule_paths or [root / "rules"]
        corpus = list(pytest_config.getini("factcheck_corpus")) or self.config.corpus or [root / "seeds"]
        urls = [path for path in corpus if isinstance(path, str)]
        if urls:  # rules are scoped and items named by local paths here; ``factcheck run`` reads URLs
            raise pytest.UsageError(f"factcheck configuration: a corpus URL is read by 'factcheck run' only, not "
                                    f"under pytest: {', '.join(urls)} (name local folders in factcheck_corpus)")
        self.corpus_paths: list[Path] = [path for path in corpus if not isinstance(path, str)]
        self.host: Any = None
        self.broken: Exception | None = None
        self.rules: list[Rule] = []
        self.pairs: dict[str, list[str]] = {}
        self.articles: dict[str, Article] = {}
        self.source_errors: dict[str, SourceError] = {}
        self.loaded: list[Path] = []
        self.results: dict[str, RuleResult] | None = None
        self.failure: str | None = None
        self.by_source: dict[str, dict[str, SourceVerdict]] = {}  # per rule, found once

    # -- collection --------------------------------------------------------------------
    def wants(self, path: Path) -> bool:
        """Is ``path`` a rule file under the rule paths?"""
        return path.suffix in RULE_SUFFIXES and any(_inside(path, root) for root in self.rule_paths)

    def start(self) -> None:
        """Build the plugin host once; a plugin that cannot be loaded fails every rule
        file's collection with the same message."""
        if self.broken is not None:
            raise self.broken
        if self.host is not None:
            return
        from .errors import FactcheckError
        from .plugins import get_plugin_manager

        try:
            self.host = get_plugin_manager(list(self.config.plugins))
        except FactcheckError as exc:
            self.broken = exc
            raise

    def collect_file(self, path: Path) -> list[Rule]:
        """The rules of one file (its local plugin files first), each with the sources
        it reads; raises :class:`checker.errors.FactcheckError` for any mistake."""
        from .collect import load_local_plugins, parse_rule_file
        from .select import in_scope

        self.start()
        roots = [root for root in self.rule_paths if _inside(path, root)] or [path]
        load_local_plugins([path], roots, self.host, self.config)
        rules = parse_rule_file(path, self.config.display(path), self.host, self.config)
        for rule in rules:
            # A rule without a corpus of its own reads the configured one, and only
            # that: its items are made now, before another file may add a corpus.
            rule.corpus = rule.corpus or list(self.corpus_paths)
        self.load_corpus([p for rule in rules for p in rule.corpus or ()])
        for rule in rules:
            readable = [a.source for a in self.articles.values() if in_scope(rule, a, self.config)]
            unreadable = [e.source for e in self.source_errors.values() if self.may_read(rule, e)]
            self.pairs[rule.nodeid] = sorted(readable + unreadable)
            self.rules.append(rule)
        return rules

    def load_corpus(self, paths: Sequence[Path]) -> None:
        """Read each corpus path not already inside a read one, once per session.

        ``factcheck_article_loaded`` is left to the run, which calls it once per
        article before any rule reads it."""
        from .corpus import load_corpus
        from .errors import UsageError, path_problem
        from .session import Session

        new = [p for p in dict.fromkeys(paths) if not any(_inside(p, done) for done in self.loaded)]
        for path in new:
            problem = path_problem(path)
            if problem:
                raise UsageError(f"corpus path {problem}: {self.config.display(path)}")
        if not new:
            return
        session = Session(self.config, self.host)  # the run's loaders and load options
        loaded = load_corpus(new, session.loaders(), session.load_options())
        self.loaded.extend(new)
        self.config.warnings.extend(loaded.warnings)
        for article in loaded.articles:
            self.articles.setdefault(article.source, article)
        for error in loaded.errors:
            self.source_errors.setdefault(error.source, error)

    def may_read(self, rule: Rule, error: SourceError) -> bool:
        """Would ``rule`` read a source that could not be read? Its language and outlet
        are unknown, so only its place is checked."""
        import fnmatch

        name = error.source.split("#", 1)[0]
        if not _under(self.config.root / name, rule.corpus or ()):
            return False
        patterns = rule.sources.get("paths")
        return not patterns or any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(Path(name).name, p) for p in patterns)

    def select(self) -> list[Rule]:
        """The collected rules after ``factcheck_collection_modifyitems``, called once."""
        kept = list(self.rules)
        self.host.hook.factcheck_collection_modifyitems(rules=kept, config=self.config)
        self.rules = kept
        return kept

    # -- evaluation --------------------------------------------------------------------
    def result(self, rule: Rule, items: Sequence[pytest.Item]) -> RuleResult:
        """``rule``'s result; the first call runs, once, every rule that has a selected
        item, each over all the sources in its scope, as ``factcheck run`` would."""
        if self.results is None and self.failure is None:
            from .session import Session

            selected = {item.rule.nodeid for item in items if isinstance(item, RuleItem)}
            rules = [r for r in self.rules if r.nodeid in selected]
            try:
                report = Session(self.config, self.host, stdout=io.StringIO()).run(
                    rules=rules, articles=list(self.articles.values()))
            except Exception:  # a bug: every item shows it, none hides it
                self.failure = traceback.format_exc()
            else:
                if report.interrupted:
                    pytest.exit("the factcheck run was interrupted", returncode=pytest.ExitCode.INTERRUPTED)
                self.results = {result.rule.nodeid: result for result in report.results}
        if self.failure is not None:
            raise RuleFailure(f"the factcheck run failed:\n{self.failure}")
        assert self.results is not None
        return self.results[rule.nodeid]

    def verdict(self, result: RuleResult, source: str | None) -> SourceVerdict | None:
        """``source``'s verdict in ``result`` (none for the item of a rule with no source
        in its scope): the sources of each rule are gone through once, not once per item."""
        found = self.by_source.get(result.nodeid)
        if found is None:
            found = self.by_source[result.nodeid] = {}
            for verdict in result.sources:
                found.setdefault(verdict.source, verdict)
        return None if source is None else found.get(source)

    def explain(self, result: RuleResult, verdict: SourceVerdict | None) -> str:
        """What the text report shows of a failed rule, narrowed to one source."""
        from .reporters.text import TextReporter

        shown = result
        if verdict is not None:
            shown = dataclasses.replace(result, sources=[verdict], traceback=verdict.traceback or result.traceback)
        buffer = io.StringIO()
        TextReporter(self.config, buffer).write_failure(shown, every_source=verdict is not None)
        lines = buffer.getvalue().splitlines()[1:]  # pytest prints its own header line
        # The first line is what pytest's short summary shows.
        head = result.message
        if verdict is not None:
            values = f" ({', '.join(verdict.values)})" if verdict.values else ""
            head = f"{verdict.source} {verdict.verdict}{values}: {result.message}"
        return head + "\n\n" + "\n".join(lines).rstrip()


def _inside(path: Path, root: Path) -> bool:
    path, root = path.resolve(), root.resolve()
    return path == root or root in path.parents


def _under(path: Path | None, roots: Sequence[Path]) -> bool:
    return path is not None and any(_inside(path, root) for root in roots)


def failing(result: RuleResult, verdict: SourceVerdict | None) -> bool:
    """Does this rule × source pair fail (before ``xfail`` is applied)?"""
    from .engine import pair_fails

    return pair_fails(result, verdict)


class RuleFailure(Exception):
    """A failing pair; its message is the whole failure report."""


RUN_KEY = pytest.StashKey[FactcheckRun]()


def _run(config: pytest.Config) -> FactcheckRun | None:
    return config.stash.get(RUN_KEY, None)


class RuleFile(pytest.File):
    """A rule file: collected by factcheck's collector, one item per rule × source."""

    def collect(self) -> Iterator[RuleItem]:
        run = _run(self.config)
        assert run is not None
        for rule in run.collect_file(self.path):
            sources = run.pairs[rule.nodeid]
            if not sources:
                yield RuleItem.from_parent(self, name=rule.id, rule=rule, source=None)
            for source in sources:
                # The node id is given whole so that pytest reads the source as the
                # item's parameter, as it reads ``test_x[1]`` back from its cache (--lf).
                name = f"{rule.id}[{source}]"
                yield RuleItem.from_parent(self, name=name, nodeid=f"{self.nodeid}::{name}", rule=rule, source=source)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        from .errors import FactcheckError

        if isinstance(excinfo.value, FactcheckError):
            return str(excinfo.value)  # file:line:column: message, never a traceback
        return super().repr_failure(excinfo)


class RuleItem(pytest.Item):
    """One rule × source pair (or a rule alone, when no source is in its scope)."""

    def __init__(self, *, rule: Rule, source: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rule = rule
        self.source = source
        run = _run(self.config)
        article = run.articles.get(source) if run and source else None
        language = article.language if article else None
        self.extra_keyword_matches.update(k for k in (rule.title, rule.check, language, *rule.tags) if k)
        if rule.skip:
            self.add_marker(pytest.mark.skip(reason=rule.skip))

    def runtest(self) -> None:
        run = _run(self.config)
        assert run is not None
        if self.source in run.source_errors:
            raise RuleFailure(f"{self.source} could not be read: {run.source_errors[self.source].message}")
        result = run.result(self.rule, self.session.items)
        verdict = run.verdict(result, self.source)
        fails = failing(result, verdict)
        if self.rule.xfail and (fails or result.outcome == "xpassed"):
            # Marked now, not at collection, so that the sources that agree with an
            # xfailed rule pass instead of reporting XPASS.
            self.add_marker(pytest.mark.xfail(reason=self.rule.xfail))
        if fails:
            raise RuleFailure(run.explain(result, verdict))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, RuleFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.rule.line - 1, self.name


def pytest_configure(config: pytest.Config) -> None:
    if not (config.getoption("factcheck", False) or config.getini("factcheck_rules")):
        return
    run = FactcheckRun(config)
    config.stash[RUN_KEY] = run
    if config.args_source == pytest.Config.ArgsSource.TESTPATHS:
        # A bare ``pytest`` walks only ``testpaths``; the rule paths are asked for too.
        given = [config.rootpath / arg for arg in config.args]
        config.args.extend(str(p) for p in run.rule_paths if p.exists() and not _under(p, given))


def pytest_report_header(config: pytest.Config) -> str | None:
    run = _run(config)
    if run is None:
        return None
    show = ", ".join
    return (f"factcheck: rules {show(run.config.display(p) for p in run.rule_paths)}, "
            f"corpus {show(run.config.display(p) for p in run.corpus_paths)}")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> RuleFile | None:
    run = _run(parent.config)
    if run is None or file_path.suffix not in RULE_SUFFIXES:
        return None
    if run.wants(file_path) or parent.session.isinitpath(file_path):
        return RuleFile.from_parent(parent, path=file_path)
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Apply ``factcheck_collection_modifyitems``: deselect the items of the rules it
    removes, and put the remaining rule items in the order it leaves."""
    run = _run(config)
    if run is None or not run.rules:
        return
    order = {rule.nodeid: index for index, rule in enumerate(run.select())}
    dropped = [item for item in items if isinstance(item, RuleItem) and item.rule.nodeid not in order]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        gone = {id(item) for item in dropped}
        items[:] = [item for item in items if id(item) not in gone]
    slots = [index for index, item in enumerate(items) if isinstance(item, RuleItem)]
    rule_items = sorted((item for item in items if isinstance(item, RuleItem)), key=lambda i: order[i.rule.nodeid])
    for index, item in zip(slots, rule_items, strict=True):
        items[index] = item
