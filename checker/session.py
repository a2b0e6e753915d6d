"""A run: collect rules, load the corpus, check every article once, report.

The session drives the hooks; rule types, loaders and reporters are all reached through
the plugin host's registries, never imported by name.
"""

from __future__ import annotations

import fnmatch
import io
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .collect import collect
from .config import Config
from .engine import check_article, finish_rule
from .errors import OutputError, UsageError
from .facts.article import ArticleFacts
from .model import Article, Rule, RuleResult, RunReport, SourceError, severity_rank
from .plugins import PluginHost
from .select import Expression, keyword_matches
from .selftest import failing_examples
from .text.fuzzy import PhraseIndex
from .text.normalise import fold

DEFAULT_CORPUS = "seeds"


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

    # -- collection --------------------------------------------------------------------
    def collect(self) -> list[Rule]:
        paths = self.config.rule_paths or [self.config.root / "rules"]
        rules, self.rule_files = collect(paths, self.host, self.config)
        self.host.hook.factcheck_collection_modifyitems(rules=rules, config=self.config)
        return rules

    # -- corpus ------------------------------------------------------------------------
    def corpus_paths(self, rules: Sequence[Rule]) -> list[Path]:
        paths = list(self.config.corpus) or [self.config.root / DEFAULT_CORPUS]
        for rule in rules:
            for path in rule.corpus or ():
                if path not in paths:
                    paths.append(path)
        for path in paths:
            if not path.exists():
                raise UsageError(f"corpus path not found: {self.config.display(path)}")
        return paths

    def load(self, paths: list[Path]) -> Loaded:
        from .corpus import LoadOptions, load_corpus

        options = LoadOptions(root=self.config.root, languages=self.config.languages,
                              json_fields=self.config.json_fields)
        loaders = list(dict.fromkeys(self.host.loaders.values()))
        result = load_corpus(paths, loaders, options)
        for article in result.articles:
            self.host.hook.factcheck_article_loaded(article=article, config=self.config)
        self.config.warnings.extend(result.warnings)
        return Loaded(result.articles, result.errors)

    # -- the run -----------------------------------------------------------------------
    def run(self, rules: list[Rule] | None = None, articles: list[Article] | None = None) -> RunReport:
        """Run ``rules`` (default: collected from the rule paths) over ``articles``
        (default: loaded from the corpus paths)."""
        started = time.perf_counter()
        self.host.hook.factcheck_configure(config=self.config)
        if rules is None:
            rules = self.collect()
        if articles is not None:
            loaded = Loaded(list(articles))
        else:
            loaded = self.load(self.corpus_paths(rules)) if rules else Loaded()
        pairs = self.select_pairs(rules, loaded.articles)
        if self.config.keyword:
            rules = [r for r in rules if pairs[id(r)]]
        reporters = self.start_reporters()
        results: list[RuleResult] = []
        interrupted = False
        try:
            self.host.hook.factcheck_sessionstart(config=self.config, rules=rules, articles=loaded.articles)
            results = self.evaluate(rules, loaded.articles, pairs)
        except KeyboardInterrupt:
            interrupted = True
        report = RunReport(results=results, articles=loaded.articles, source_errors=loaded.errors,
                           exit_code=0, duration_s=time.perf_counter() - started, rule_files=self.rule_files,
                           interrupted=interrupted, warnings=list(self.config.warnings))
        report.exit_code = exit_code(report, self.config, selected=len(rules))
        self.host.hook.factcheck_sessionfinish(report=report)
        self.finish_reporters(reporters)
        return report

    def select_pairs(self, rules: Sequence[Rule], articles: Sequence[Article]) -> dict[int, list[Article]]:
        """Which articles each rule reads: its scope, narrowed by ``-k``."""
        expression = Expression(self.config.keyword, "-k") if self.config.keyword else None
        pairs: dict[int, list[Article]] = {}
        for rule in rules:
            chosen = [a for a in articles if in_scope(rule, a, self.config)]
            if expression is not None:
                chosen = [a for a in chosen if keyword_matches(expression, _names(rule, a))]
            pairs[id(rule)] = chosen
        return pairs

    def evaluate(self, rules: Sequence[Rule], articles: Sequence[Article],
                 pairs: dict[int, list[Article]]) -> list[RuleResult]:
        rule_types = self.host.rule_types
        broken = {id(rule): failures for rule in rules if not rule.skip
                  and (failures := failing_examples(rule, rule_types[rule.check]))}
        active = [r for r in rules if not r.skip and id(r) not in broken]
        index = build_index(active, rule_types)
        readers: dict[str, list[Rule]] = {}
        for rule in active:
            for article in pairs[id(rule)]:
                readers.setdefault(article.source, []).append(rule)
        verdicts: dict[int, list] = {id(rule): [] for rule in active}
        for article in articles:
            wanted = readers.get(article.source)
            if not wanted:
                continue
            facts = ArticleFacts(article, index)
            for rule, verdict in zip(wanted, check_article(facts, wanted, rule_types)):
                verdicts[id(rule)].append(verdict)
        results = []
        failures = 0
        for rule in rules:
            if rule.skip:
                result = RuleResult(rule=rule, outcome="skipped", message=rule.skip)
            elif id(rule) in broken:
                result = RuleResult(rule=rule, outcome="error", message="; ".join(broken[id(rule)]),
                                    expected=rule_types[rule.check].format_expected(rule))
            else:
                result = finish_rule(rule, rule_types[rule.check], verdicts[id(rule)])
            results.append(result)
            self.host.hook.factcheck_rule_result(result=result)
            if result.outcome in ("failed", "error"):
                failures += 1
                if self.config.maxfail and failures >= self.config.maxfail:
                    self.config.warnings.append(f"stopping after {failures} failure{'s' if failures > 1 else ''}")
                    break
        return results

    # -- reporters ---------------------------------------------------------------------
    def start_reporters(self) -> list[tuple[Any, str | None, io.StringIO | None]]:
        outputs = self.config.reports or [("text", None)]
        started = []
        for name, path in outputs:
            entry = self.host.reporters.get(name)
            if entry is None:
                raise UsageError(f"unknown report format '{name}' (known: {', '.join(sorted(self.host.reporters))})")
            buffer = io.StringIO() if path else None
            reporter = entry.factory(self.config, buffer if buffer is not None else self.stdout)
            self.host.pm.register(reporter, name=f"reporter:{name}:{path or '-'}")
            started.append((reporter, path, buffer))
        return started

    def finish_reporters(self, started: list[tuple[Any, str | None, io.StringIO | None]]) -> None:
        for reporter, path, buffer in started:
            self.host.pm.unregister(reporter)
            if path and buffer is not None:
                write_atomically(self.config.root / path, buffer.getvalue())


def build_index(rules: Sequence[Rule], rule_types: dict[str, Any]) -> PhraseIndex:
    """One index of every anchor and phrase of every rule: one pass per article."""
    phrases: dict[str, None] = {}
    for rule in rules:
        phrases.update(dict.fromkeys(rule.about))
        phrases.update(dict.fromkeys(rule_types[rule.check].phrases(rule)))
    lowest = min((r.threshold for r in rules), default=85.0)
    return PhraseIndex(phrases, min_score=min(lowest, 85.0))


def in_scope(rule: Rule, article: Article, config: Config) -> bool:
    """Does ``rule`` read ``article``? (its file-level corpus and ``sources:`` scope)"""
    if rule.corpus:
        if article.path is None:
            return False
        resolved = article.path.resolve()
        if not any(resolved == c.resolve() or c.resolve() in resolved.parents for c in rule.corpus):
            return False
    scope = rule.sources
    if "language" in scope:
        language = (article.language or "").lower()
        if not any(language == l.lower() or language.startswith(l.lower() + "-") for l in scope["language"]):
            return False
    if "outlet" in scope:
        if not article.outlet or fold(article.outlet) not in {fold(o) for o in scope["outlet"]}:
            return False
    if "paths" in scope:
        name = article.source.split("#", 1)[0]
        if not any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(Path(name).name, p) for p in scope["paths"]):
            return False
    return True


def _names(rule: Rule, article: Article) -> list[str]:
    return [rule.id, rule.title, rule.file, rule.nodeid, rule.check, f"{rule.nodeid}[{article.source}]",
            article.source, article.language or "", *rule.tags]


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


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file renamed into place, so that
    an interrupted run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
