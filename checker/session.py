"""A run: collect rules, load the corpus, check every article once, report.

The session drives the hooks; rule types, loaders and reporters are all reached through
the plugin host's registries, never imported by name.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .atomic import AtomicTextFile
from .cache import LastFailed, VerdictCache, fingerprint
from .collect import collect
from .config import Config
from .engine import finish_rule
from .errors import FactcheckError, UsageError, path_problem
from .gate import Gate
from .model import (
    Article,
    ArticleRecords,
    Rule,
    RuleResult,
    RunReport,
    SourceError,
    severity_rank,
)
from .plugins import PluginHost
from .runner import Checker, run_jobs
from .select import Expression, Selector, might_read
from .selftest import failing_examples
from .stored import source_identity
from .text.fuzzy import PhraseIndex
from .verdicts import VerdictStore

DEFAULT_CORPUS = "seeds"


@dataclass
class _Run:
    """What a run has produced so far."""

    rules: list[Rule]
    sources: int | None = None  # how many corpus files or articles the run has, when known
    articles: ArticleRecords = field(default_factory=ArticleRecords)
    errors: list[SourceError] = field(default_factory=list)
    results: list[RuleResult] = field(default_factory=list)
    interrupted: bool = False


@dataclass
class _Listing:
    """A corpus being listed beside the run: its paths and the child listing them."""

    paths: list[Path | str]
    value: Any  # a checker.forked.ForkedValue of CorpusReader.listing()

    def cancel(self) -> None:
        self.value.cancel()


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)


class Session:
    """One ``factcheck run``."""

    def __init__(self, config: Config, host: PluginHost, stdout: TextIO | None = None) -> None:
        self.config = config
        self.host = host
        self.stdout = stdout or sys.stdout
        self.rule_files: list[str] = []
        self.last_failed: set[str] = set()
        self.collected: list[Rule] = []  # every rule, selected or not: they compete for values

    # -- collection --------------------------------------------------------------------
    def collect(self) -> list[Rule]:
        paths = self.config.rule_paths or [self.config.root / "rules"]
        rules, self.rule_files = collect(paths, self.host, self.config)
        self.collected = list(rules)
        self.host.hook.factcheck_collection_modifyitems(rules=rules, config=self.config)
        return rules

    # -- corpus ------------------------------------------------------------------------
    def configured_corpus(self) -> list[Path | str]:
        """The corpus paths the configuration names (default ``seeds/``)."""
        return list(self.config.corpus) or [self.config.root / DEFAULT_CORPUS]

    def corpus_paths(self, rules: Sequence[Rule]) -> list[Path | str]:
        """The configured corpus and the folders rule files add to it; a missing local
        path is a usage error."""
        paths = self.configured_corpus()
        for rule in rules:
            for path in rule.corpus or ():
                if path not in paths:
                    paths.append(path)
        for given in paths:
            if isinstance(given, str):
                continue  # a URL is checked when listed
            problem = path_problem(given)
            if problem:
                raise UsageError(f"corpus path {problem}: {self.config.display(given)}")
        return paths

    def load(self, paths: Sequence[Path | str]) -> Loaded:
        """Every source under ``paths`` at once (``factcheck explain``, the pytest plugin),
        read with the run's loaders and options."""
        from .corpus import load_corpus

        result = load_corpus(paths, self.loaders(), self.load_options())
        for article in result.articles:
            self.host.hook.factcheck_article_loaded(article=article, config=self.config)
        self.config.warnings.extend(result.warnings)
        return Loaded(result.articles, result.errors)

    # -- the run -----------------------------------------------------------------------
    def run(self, rules: list[Rule] | None = None, articles: list[Article] | None = None) -> RunReport:
        """Run ``rules`` (default: collected from the rule paths) over ``articles``
        (default: read one file at a time from the corpus paths)."""
        started = time.perf_counter()
        self.host.hook.factcheck_configure(config=self.config)
        listing = self.list_beside() if articles is None else None
        try:
            if rules is None:
                rules = self.collect()
            gate = self.gate()
            rules = self.order(rules)
            reader = self.reader(self.corpus_paths(rules), listing) if rules and articles is None else None
        finally:
            if listing is not None:
                listing.cancel()  # not needed (no rule), or already read
        jobs: Any = reader.take_jobs() if reader is not None else list(articles or [])
        reporters = self.start_reporters(self.corpus_paths(rules) if articles is None and rules else ())
        try:
            report = self._run(rules, reader, jobs, gate, started)
        except BaseException:
            self.discard_reporters(reporters)  # no half-written report is left behind
            raise
        self.finish_reporters(reporters)
        return report

    def _run(self, rules: list[Rule], reader: Any, jobs: Any, gate: Gate, started: float) -> RunReport:
        run = _Run(rules, sources=len(jobs), errors=list(reader.errors) if reader is not None else [])
        if reader is not None:
            self.config.warnings.extend(w for w in reader.warnings if w not in self.config.warnings)
        try:
            self.host.hook.factcheck_sessionstart(config=self.config, rules=rules, sources=len(jobs))
            self.evaluate(run, jobs, gate)  # a corpus reader's JobQueue lets each job go once taken
        except KeyboardInterrupt:
            run.interrupted = True
        report = RunReport(results=run.results, articles=run.articles, source_errors=run.errors,
                           exit_code=0, duration_s=time.perf_counter() - started, rule_files=self.rule_files,
                           interrupted=run.interrupted, warnings=list(self.config.warnings),
                           stale=gate.stale() if self.config.baseline else [])
        report.exit_code = exit_code(report, self.config, selected=len(report.results))
        self.remember(report)
        self.host.hook.factcheck_sessionfinish(report=report)
        return report

    def reader(self, paths: list[Path | str], listing: _Listing | None = None) -> Any:
        """The corpus at ``paths``, listed; by ``listing`` when it listed these paths."""
        from .corpus import CorpusReader

        if listing is not None and listing.paths == paths:
            done, listed = listing.value.get()
            if done:
                return CorpusReader.listed(*listed, loaders=self.loaders(), options=self.load_options())
        return CorpusReader(paths, self.loaders(), self.load_options())

    def list_beside(self) -> _Listing | None:
        """With worker processes to come, the cores are there already: the corpus
        folders the configuration names are listed (their manifests read) by a forked
        child while this process collects the rules. Not for object storage, whose
        client may run threads of its own."""
        from . import forked

        if self.config.workers <= 1 or self.config.executor != "local" or not forked.available():
            return None
        paths = self.configured_corpus()
        if any(isinstance(path, str) or not path.exists() for path in paths):
            return None  # a URL, or a missing path this process reports in its place
        loaders, options = self.loaders(), self.load_options()

        def listed() -> tuple[Any, ...]:
            from .corpus import CorpusReader

            return CorpusReader(paths, loaders, options).listing()

        return _Listing(paths, forked.ForkedValue(listed))

    def loaders(self) -> list[Any]:
        return list(dict.fromkeys(self.host.loaders.values()))

    def load_options(self) -> Any:
        from .corpus import LoadOptions

        return LoadOptions(root=self.config.root, languages=self.config.languages,
                           json_fields=self.config.json_fields, follow_symlinks=self.config.follow_symlinks)

    def gate(self) -> Gate:
        from .gate import changed_files, read_baseline

        gate = Gate()
        baseline = self.config.baseline
        if baseline:
            gate.accepted = read_baseline(self.config.root / baseline)
        revision = self.config.changed_since
        if revision:
            gate.changed = changed_files(revision, self.config.root)
        return gate

    def order(self, rules: list[Rule]) -> list[Rule]:
        """``--lf``: only the rule × source pairs that failed last time (every pair when
        none did); ``--ff``: rules that failed last time first."""
        mode = self.config.last_failed
        if not mode:
            return rules
        self.last_failed = LastFailed(self.config.root).read()
        failed_rules = {pair.split("[", 1)[0] for pair in self.last_failed}
        if mode == "ff":
            self.last_failed = set()
            return sorted(rules, key=lambda r: r.nodeid not in failed_rules)
        if not self.last_failed:
            self.config.warnings.append("--lf: no failures recorded; running everything")
            return rules
        return [r for r in rules if r.nodeid in failed_rules]

    def evaluate(self, run: _Run, jobs: Iterable[Any], gate: Gate) -> None:
        rule_types = self.host.rule_types
        rules = run.rules
        broken = {id(rule): failures for rule in rules if not rule.skip
                  and (failures := failing_examples(rule, rule_types[rule.check]))}
        active = [r for r in rules if not r.skip and id(r) not in broken]
        keyword = Expression(self.config.keyword, "-k") if self.config.keyword else None
        selector = Selector(active, self.config, keyword, frozenset(self.last_failed),
                            frozenset(gate.changed) if gate.changed is not None else None)
        chosen = {id(rule) for rule in active}
        rivals = [r for r in self.collected or rules if not r.skip and rule_types[r.check].value_kind]
        extra = [r for r in rivals if id(r) not in chosen]
        cache = self.cache(active + extra) if self.config.use_cache else None
        loaded_hooks = self.host.hook.factcheck_article_loaded.get_hookimpls()
        checker = Checker(active, rule_types, build_index(active + extra, rule_types), selector, self.loaders(),
                          self.load_options(), cache,
                          (lambda article: self.host.hook.factcheck_article_loaded(article=article, config=self.config))
                          if loaded_hooks else None,
                          rivals)
        store = VerdictStore(len(active), sources=run.sources)  # lives as long as the results read from it
        self._take_in(run, checker, jobs, store)
        if cache is not None:
            cache.save()
            self.config.warnings.extend(cache.warnings)
        self._judge(run, rules, active, broken, keyword, store, gate)

    def _take_in(self, run: _Run, checker: Checker, jobs: Iterable[Any], store: VerdictStore) -> None:
        """Check every job and keep each article's verdicts."""
        try:
            for outcomes in run_jobs(checker, jobs, self.config.workers, self.config.executor,
                                     self.config.scheduler):
                for outcome in outcomes:
                    if isinstance(outcome, SourceError):
                        run.errors.append(outcome)
                        continue
                    run.articles.append(outcome.article)
                    self.config.warnings.extend(f"{outcome.article.source}: {warning}"
                                                for warning in outcome.article.warnings)
                    article_verdicts = outcome.full()
                    store.add(outcome.wanted, outcome.verdicts, article_verdicts)
                    self.host.hook.factcheck_article_checked(article=outcome.article, verdicts=article_verdicts)
        except KeyboardInterrupt:
            run.interrupted = True  # the rules are still judged on the sources checked so far

    def _judge(self, run: _Run, rules: list[Rule], active: list[Rule], broken: dict[int, list[str]],
               keyword: Expression | None, store: VerdictStore, gate: Gate) -> None:
        """Each rule's result over the verdicts kept in ``store``."""
        rule_types = self.host.rule_types
        positions = {id(rule): position for position, rule in enumerate(active)}
        failures = 0
        for rule in rules:
            if rule.skip:
                result = RuleResult(rule=rule, outcome="skipped", message=rule.skip)
            elif id(rule) in broken:
                result = RuleResult(rule=rule, outcome="error", message="; ".join(broken[id(rule)]),
                                    expected=rule_types[rule.check].format_expected(rule))
            elif not store.count(positions[id(rule)]) and (unread := [e for e in run.errors
                                                         if might_read(rule, e.source, self.config)]):
                result = RuleResult(rule=rule, outcome="error", expected=rule_types[rule.check].format_expected(rule),
                                    message=f"no source could be read ({len(unread)} source error"
                                            f"{'s' if len(unread) > 1 else ''})")
            else:
                position = positions[id(rule)]
                verdicts = store.verdicts(position)
                result = finish_rule(rule, rule_types[rule.check], verdicts, gate)
                result.sources = store.judged(position, verdicts)  # the same verdicts, marked
            if keyword is not None and not result.sources and result.outcome != "skipped":
                continue  # -k selected none of its sources
            run.results.append(result)
            self.host.hook.factcheck_rule_result(result=result)
            if result.outcome in ("failed", "error"):
                failures += 1
                if self.config.maxfail and failures >= self.config.maxfail:
                    self.config.warnings.append(f"stopping after {failures} failure{'s' if failures > 1 else ''}")
                    break

    def cache(self, rules: Sequence[Rule]) -> VerdictCache:
        # a plugin's code as it is now (a local plugin file, a -p module, an editable
        # install): edited in place, it keeps its name and version
        plugins = [f"{name}:{info.origin}:{source_identity(self.host.pm.get_plugin(name))}"
                   for name, info in self.host.info.items() if info.origin != "built in"]
        settings = (self.config.languages, self.config.json_fields)
        return VerdictCache(self.config.root, fingerprint(rules, plugins, settings))

    def remember(self, report: RunReport) -> None:
        """Record the failing rule × source pairs for ``--lf`` (not when interrupted)."""
        if report.interrupted or not self.config.use_cache:
            return
        from .engine import pair_fails, short_of_required

        failed: set[str] = set()
        for result in report.results:
            if result.outcome in ("failed", "error"):
                short = short_of_required(result)
                failed.update(f"{result.nodeid}[{v.source}]" for v in result.sources if pair_fails(result, v, short))
        failed |= {f"{r.nodeid}[]" for r in report.results if r.outcome == "error" and not r.sources}
        try:
            LastFailed(self.config.root).write(failed)
        except FactcheckError as exc:
            self.config.warnings.append(f"{exc}; --lf will not know this run")

    # -- reporters ---------------------------------------------------------------------
    def start_reporters(self, inputs: Sequence[Path | str] = ()) -> list[tuple[Any, str | None, AtomicTextFile | None]]:
        """Register a reporter per requested report; a report file is written as the
        run goes, under a temporary name, and put in place by :meth:`finish_reporters`."""
        outputs = self.config.reports or [("text", None)]
        for name, path in outputs:
            if path:
                self.refuse_input(self.config.root / path, inputs)
            if name not in self.host.reporters:
                raise UsageError(f"unknown report format '{name}' (known: {', '.join(sorted(self.host.reporters))})")
        started: list[tuple[Any, str | None, AtomicTextFile | None]] = []
        for name, path in outputs:
            try:
                target = AtomicTextFile(self.config.root / path) if path else None
            except FactcheckError:
                self.discard_reporters(started)
                raise
            reporter = self.host.reporters[name].factory(self.config, target if target is not None else self.stdout)
            self.host.pm.register(reporter, name=f"reporter:{name}:{path or '-'}")
            started.append((reporter, path, target))
        return started

    def refuse_input(self, target: Path, corpus: Sequence[Path | str]) -> None:
        """A report is never written over a rule file, nor into the corpus (where the
        next run would read it as an article)."""
        from .collect import RULE_SUFFIXES

        resolved = target.resolve()
        rule_files = {(self.config.root / f).resolve() for f in self.rule_files}
        rule_folders = [(p if p.is_dir() else p.parent).resolve()
                        for p in self.config.rule_paths or [self.config.root / "rules"]]
        if resolved in rule_files or (resolved.suffix in RULE_SUFFIXES and
                                      any(f == resolved.parent or f in resolved.parents for f in rule_folders)):
            raise UsageError(f"report path {self.config.display(target)} is a rule file")
        for path in corpus:
            if isinstance(path, str):
                continue
            folder = path.resolve()
            if resolved == folder or folder in resolved.parents:
                raise UsageError(f"report path {self.config.display(target)} is inside the corpus "
                                 f"({self.config.display(path)})")

    def finish_reporters(self, started: list[tuple[Any, str | None, AtomicTextFile | None]]) -> None:
        """Put every report file in place, once all are written."""
        for reporter, _, _ in started:
            self.host.pm.unregister(reporter)
        for _, _, target in started:
            if target is not None:
                target.commit()

    def discard_reporters(self, started: list[tuple[Any, str | None, AtomicTextFile | None]]) -> None:
        """Unregister the reporters and drop their files: the run did not finish."""
        for reporter, _, target in started:
            if self.host.pm.is_registered(reporter):
                self.host.pm.unregister(reporter)
            if target is not None:
                target.discard()


def build_index(rules: Sequence[Rule], rule_types: dict[str, Any]) -> PhraseIndex:
    """One index of every anchor and phrase of every rule: one pass per article."""
    phrases: dict[str, None] = {}
    for rule in rules:
        phrases.update(dict.fromkeys(rule.about))
        phrases.update(dict.fromkeys(rule_types[rule.check].phrases(rule)))
    lowest = min((r.threshold for r in rules), default=85.0)
    return PhraseIndex(phrases, min_score=min(lowest, 85.0))


def exit_code(report: RunReport, config: Config, selected: int) -> int:
    """pytest's codes: 0 passed, 1 failed at or above ``--fail-on``, 2 interrupted,
    5 no rule selected."""
    if report.interrupted:
        return 2
    if selected == 0:
        return 5
    floor = severity_rank(config.fail_on)
    failing = any(r.outcome in ("failed", "error") and severity_rank(r.rule.severity) >= floor
                  for r in report.results)
    if failing or (report.source_errors and not config.allow_source_errors):
        return 1
    return 0
