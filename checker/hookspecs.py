"""Every hook of factcheck. These docstrings are the hook reference.

Each hook is described in the same shape: what it is for; when it is called; its
parameters; whether the first non-``None`` result wins or all results are collected;
and how to use it from a local ``factcheck_plugins.py`` file. Implement a hook with
:data:`checker.hookimpl` (a function named ``factcheck_*`` in a plugin is taken as a
hook implementation even without the marker, so a misspelt hook name is an error);
name only the parameters you need. The three ``register`` hooks are called for each plugin as it is
registered, so a plugin registered late (a local plugin file found beside a rule file)
still adds its rule types, loaders and reporters, and each addition is credited to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .config import Config
    from .model import Article, RuleResult, RunReport

hookspec = pluggy.HookspecMarker("factcheck")


@hookspec
def factcheck_register_rule_types(register: Callable[[Any], None]) -> None:
    """Register rule types (the values of a rule's ``check:`` key).

    Called once, when the plugin manager is built, before any rule file is read.

    :param register: call ``register(rule_type)`` with an object that has ``name``
        (the ``check:`` value), ``option_keys`` and the methods of
        :class:`checker.ruletypes.base.RuleType`. Registering a name twice is an error
        that names both plugins.

    All implementations are called; their return value is ignored.

    Example, in ``factcheck_plugins.py`` beside your rules::

        @hookimpl
        def factcheck_register_rule_types(register):
            register(CasualtyCount())
    """


@hookspec
def factcheck_register_loaders(register: Callable[[Any], None]) -> None:
    """Register article loaders (how a corpus file becomes sources).

    Called once, when the plugin manager is built, before the corpus is read.

    :param register: call ``register(loader)`` with an object that has ``name``,
        ``suffixes`` (file endings such as ``(".rss", ".atom")``) and
        ``load(path, text, source, options) -> list[Article | SourceError]`` (see
        :class:`checker.corpus.ArticleLoader`): ``text`` is already decoded, ``source``
        is the display name; a record that cannot be read is returned as a
        ``SourceError`` so the others still load. A suffix claimed twice is an error.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_register_loaders(register):
            register(FeedLoader())
    """


@hookspec
def factcheck_register_reporters(register: Callable[..., None]) -> None:
    """Register report formats (the values of ``--format`` and ``--report``).

    Called once, when the plugin manager is built.

    :param register: call ``register(name, factory, description)``; ``factory(config,
        stream)`` returns a reporter object. The reporter is registered as a plugin for
        the run, so it receives :func:`factcheck_sessionstart`,
        :func:`factcheck_rule_result` and :func:`factcheck_sessionfinish` like any plugin
        and writes its report to ``stream`` in ``factcheck_sessionfinish``.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_register_reporters(register):
            register("markdown", MarkdownReporter, "a summary for a pull-request comment")
    """


@hookspec
def factcheck_configure(config: Config) -> None:
    """Adjust the configuration after the command line and config files are read.

    Called once per run, before rules are collected and the corpus is loaded.

    :param config: the run's :class:`checker.config.Config`; plugins may read options
        and add to ``config.warnings``.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_configure(config):
            config.threshold = max(config.threshold, 80)
    """


@hookspec
def factcheck_article_loaded(article: Article, config: Config) -> None:
    """Inspect or enrich an article after it is loaded, before any rule reads it.

    Called once per source, after its loader and the ``corpus.yaml`` manifest have run
    and its language is known. With ``--workers`` it runs in the worker process that
    reads the source, in that process's copy of the plugins: what it sets on the article
    comes back with it, but state a plugin keeps in itself stays in the worker. It is
    not called for sources read on a Dask cluster (``--executor dask``).

    :param article: the :class:`checker.model.Article`; set metadata such as
        ``article.outlet`` or add to ``article.warnings``.
    :param config: the run's configuration.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_article_loaded(article):
            if article.url and "wire" in article.url:
                article.outlet = "Wire"
    """


@hookspec
def factcheck_collection_modifyitems(rules: list, config: Config) -> None:
    """Filter or reorder the collected rules, in place.

    Called once per run, after every rule file is collected and before the run; the
    built-in ``-k`` and ``-m`` selection is an implementation of this hook.

    :param rules: the list of :class:`checker.model.Rule`; remove the ones not to run.
    :param config: the run's configuration.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_collection_modifyitems(rules):
            rules[:] = [r for r in rules if "draft" not in r.tags]
    """


@hookspec
def factcheck_sessionstart(config: Config, rules: list, sources: int) -> None:
    """The run is about to evaluate ``rules`` over the corpus.

    Called once per run, after collection and before the first article is read;
    reporters print their header here. Articles are read one at a time afterwards (see
    :func:`factcheck_article_loaded` and :func:`factcheck_article_checked`).

    :param config: the run's configuration.
    :param rules: the selected rules, in run order.
    :param sources: how many corpus files will be read (a JSON Lines file may hold
        several sources).

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_sessionstart(rules, sources):
            print(f"checking {len(rules)} rules over {sources} files")
    """


@hookspec
def factcheck_article_checked(article: Article, verdicts: list) -> None:
    """Every rule that reads ``article`` has given its verdict on it.

    Called once per source, in corpus order, as soon as its verdicts are known (before
    any rule's outcome, which needs every source); progress displays count here. The
    article's text has already been released.

    :param article: the :class:`checker.model.Article` (metadata; ``text`` is empty).
    :param verdicts: its :class:`checker.model.SourceVerdict` for each rule that read it.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_article_checked(article, verdicts):
            if any(v.verdict == "contradicts" for v in verdicts):
                print("contradiction in", article.source)
    """


@hookspec
def factcheck_rule_result(result: RuleResult) -> None:
    """A rule has been evaluated over every source in its scope.

    Called once per rule, in run order, as soon as its outcome is known; reporters show
    progress here.

    :param result: the :class:`checker.model.RuleResult` with each source's verdict.
        ``result.sources`` is in corpus order; in a run too large to hold every verdict
        in memory it is a read-only sequence that reads them back from a temporary file
        each time it is gone through: iterate it, rather than copying it to a list.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_rule_result(result):
            if result.outcome == "failed":
                notify_desk(result.rule.id)
    """


@hookspec
def factcheck_sessionfinish(report: RunReport) -> None:
    """The run is over; ``report`` holds every result and the exit code.

    Called once per run, after the last rule, also when the run was interrupted or
    stopped by ``-x``; reporters write their report here.

    :param report: the :class:`checker.model.RunReport`. Its ``articles`` are every
        article read (without their text), kept compact and made into ``Article``
        objects whenever read.

    All implementations are called; their return value is ignored.

    Example::

        @hookimpl
        def factcheck_sessionfinish(report):
            Path("summary.txt").write_text(str(report.counts()))
    """
