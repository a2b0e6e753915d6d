"""The ``factcheck`` command: thin click commands over the session.

Every user mistake ends in one line on standard error and the exit code of SPEC
section 2; only a bug in factcheck itself shows a traceback (exit 3).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from . import __version__

EXIT_INTERNAL = 3
EXIT_USAGE = 4
FORMATS_HELP = "text, json, junit, sarif, github, html, or a plugin's format"


def _fail(message: str, code: int) -> None:
    from .text.normalise import strip_controls

    click.echo(f"factcheck: error: {strip_controls(message)}", err=True)
    sys.exit(code)


def _guarded(fn: Any) -> Any:
    """Turn known errors into one line and their exit code; anything else is a bug."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .errors import FactcheckError

        try:
            return fn(*args, **kwargs)
        except FactcheckError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(2)
        except click.exceptions.Exit:
            raise
        except SystemExit:
            raise
        except Exception:
            import traceback

            traceback.print_exc()
            click.echo("factcheck: internal error (a bug in factcheck or a plugin); please report it", err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper


def _tune_gc() -> None:
    """A run allocates millions of small objects and makes almost no reference cycles:
    the default collector would walk the growing heap over and over (a third of a 10k
    article run). Collect the young generation rarely; worker processes inherit this."""
    import gc

    gc.collect()
    gc.freeze()  # what imports and start-up built is never garbage
    gc.set_threshold(100_000, 50, 100)


class _Group(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:  # click's usage errors are exit 4, as pytest's
        kwargs.setdefault("standalone_mode", False)
        kwargs.setdefault("prog_name", "factcheck")
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "")
            sys.exit(0)
        except click.UsageError as exc:
            hint = f"\n{exc.ctx.get_usage()}" if exc.ctx else ""
            click.echo(f"factcheck: error: {exc.format_message()}{hint}", err=True)
            sys.exit(EXIT_USAGE)
        except click.exceptions.Abort:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(2)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)


@click.group("factcheck", cls=_Group, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factcheck", message="%(prog)s %(version)s")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Check that news sources agree on the facts.

    Write the facts that must hold as YAML rules, then `factcheck run rules/`: every
    source that contradicts a rule is reported with the sentence that says so, and the
    exit code gates CI.
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


def _host(plugins: tuple[str, ...], config: Any) -> Any:
    from .plugins import get_plugin_manager

    return get_plugin_manager(list(config.plugins) + list(plugins))


def _corpus(given: tuple[str, ...]) -> list[Path | str]:
    """Corpus arguments as every command takes them: a URL (``s3://bucket/folder/``,
    ``file:///...``) as given, read through fsspec; anything else a local path."""
    from .corpus.remote import is_url

    return [p if is_url(p) else Path(p) for p in given]


@main.command()
@click.argument("rule_paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=str),
              help="Files or folders of articles, or URLs such as s3://bucket/folder/ (repeatable). "
                   "Default: configuration, else seeds/.")
@click.option("-k", "keyword", help="Select rule × source pairs by id, title, file, source or language substring "
                                    "expression (and, or, not).")
@click.option("-m", "markexpr", help="Select rules by tag expression.")
@click.option("-x", "--exitfirst", is_flag=True, help="Stop after the first failed rule.")
@click.option("--maxfail", type=click.IntRange(min=1), help="Stop after N failed rules.")
@click.option("-v", "--verbose", count=True, help="One line per rule and per source.")
@click.option("-q", "--quiet", count=True, help="Only the summary line.")
@click.option("--format", "fmt", help=f"Report format: {FORMATS_HELP}.")
@click.option("--output", type=click.Path(path_type=Path), help="Write the report to this file.")
@click.option("--report", "reports", multiple=True, metavar="FORMAT:PATH",
              help="Also write a report in FORMAT to PATH (repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity whose failure makes the exit code 1 (default: error).")
@click.option("--workers", help="Parallel processes: a number or 'auto'.")
@click.option("--executor", type=click.Choice(["local", "dask"]),
              help="Where files are checked: on this machine (local, with --workers) or on a Dask cluster "
                   "(dask, with --scheduler; needs the dask extra).")
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler to use with --executor dask (tcp://host:8786).")
@click.option("--no-cache", is_flag=True, help="Ignore and do not write the cache (.factcheck_cache/).")
@click.option("--lf", "--last-failed", "last_failed", is_flag=True,
              help="Re-run only the rule × source pairs that failed last time.")
@click.option("--ff", "--failed-first", "failed_first", is_flag=True, help="Run the rules that failed last time first.")
@click.option("--baseline", type=click.Path(path_type=Path),
              help="Accept the contradictions listed in this baseline file; fail only on new ones.")
@click.option("--write-baseline", type=click.Path(path_type=Path),
              help="Write every current contradiction to this baseline file (and exit 0 unless the run errors).")
@click.option("--changed-since", metavar="REV",
              help="Only rules reading articles changed since git revision REV; only contradictions "
                   "involving a changed article fail.")
@click.option("--collect-only", is_flag=True, help="List the rules that would run.")
@click.option("--allow-source-errors", is_flag=True, help="Unreadable sources do not affect the exit code.")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links that lead out of the corpus folder (never followed otherwise).")
@click.option("-p", "plugins", multiple=True, metavar="NAME", help="Load a plugin module, or block one with no:NAME.")
@click.option("--color", type=click.Choice(["auto", "yes", "no"]), default="auto", help="Colour the text report.")
@_guarded
def run(rule_paths: tuple[Path, ...], corpus: tuple[str, ...], keyword: str | None, markexpr: str | None,
        exitfirst: bool, maxfail: int | None, verbose: int, quiet: int, fmt: str | None, output: Path | None,
        reports: tuple[str, ...], fail_on: str | None, workers: str | None, executor: str | None,
        scheduler: str | None, no_cache: bool, last_failed: bool,
        failed_first: bool, baseline: Path | None, write_baseline: Path | None, changed_since: str | None,
        collect_only: bool, allow_source_errors: bool, follow_symlinks: bool, plugins: tuple[str, ...],
        color: str) -> None:
    """Check the rules in RULE_PATH (files or folders; default rules/) against the corpus."""
    from .config import load_config, parse_report_spec, parse_workers
    from .errors import CollectionError, UsageError
    from .session import Session

    config = load_config(Path.cwd())
    if rule_paths:
        config.rule_paths = [Path(p) for p in rule_paths]
    if corpus:
        config.corpus = _corpus(corpus)
    config.keyword, config.markexpr = keyword, markexpr
    config.maxfail = 1 if exitfirst else (maxfail or 0)
    config.verbosity = verbose - quiet
    if fail_on:
        config.fail_on = fail_on
    if workers:
        try:
            config.workers = parse_workers(workers)
        except CollectionError:
            raise UsageError("--workers must be 'auto' or a positive integer") from None
    config.executor = executor or config.executor
    config.scheduler = scheduler or config.scheduler
    if config.executor == "dask":
        if workers:
            raise UsageError("--workers sets local processes; with --executor dask the cluster's workers check")
        from .distributed import require_dask

        require_dask()  # before any output: the one line saying how to install it
    elif scheduler:
        raise UsageError("--scheduler is for --executor dask")
    config.use_cache = not no_cache
    if last_failed or failed_first:
        config.last_failed = "lf" if last_failed else "ff"
    if baseline:
        if not baseline.is_file():
            raise UsageError(f"baseline not found: {baseline}")
        config.baseline = baseline
    if changed_since:
        config.changed_since = changed_since
    config.allow_source_errors = allow_source_errors
    config.follow_symlinks = follow_symlinks or config.follow_symlinks
    config.color = color == "yes" or (color == "auto" and sys.stdout.isatty())
    if fmt or output:
        primary = (fmt or "text", str(output) if output else None)
        config.reports = [primary] + [r for r in config.reports if r[1]]
    for spec in reports:
        name, path = parse_report_spec(spec)
        if not path:
            raise UsageError(f"--report {spec!r} must be FORMAT:PATH")
        config.reports.append((name, path))
    if config.reports and all(path for _, path in config.reports):
        config.reports.insert(0, ("text", None))

    host = _host(plugins, config)
    session = Session(config, host)
    _stop_on_sigterm()
    if collect_only:
        rules = session.collect()
        for rule in rules:
            click.echo(f"{rule.nodeid}  ({rule.check}) {rule.title}")
        click.echo(f"\n{len(rules)} rule{'s' if len(rules) != 1 else ''} collected")
        sys.exit(0 if rules else 5)
    _tune_gc()
    report = session.run()
    if write_baseline:
        from .gate import write_baseline as write

        count = write(write_baseline, report.results)
        click.echo(f"wrote {count} accepted contradiction{'s' if count != 1 else ''} to {write_baseline}", err=True)
        sys.exit(report.exit_code if report.exit_code != 1 or report.source_errors else 0)
    sys.exit(report.exit_code)


def _stop_on_sigterm() -> None:
    """SIGTERM (a CI runner cancelling the job) stops the run like Ctrl-C: the partial
    summary is reported and the exit code is 2."""
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="Output format.")
@click.option("-p", "plugins", multiple=True, metavar="NAME", help="Load a plugin module (a loader, say).")
@_guarded
def facts(sources: tuple[str, ...], fmt: str, plugins: tuple[str, ...]) -> None:
    """Print what the extractors find in each article (files, folders or URLs such as
    s3://bucket/folder/): language, published date, dates, numbers, names and
    sentences. The debugging tool for rule authors."""
    from .config import load_config
    from .errors import UsageError, path_problem
    from .facts.report import facts_json, facts_text
    from .session import Session

    config = load_config(Path.cwd())
    paths = _corpus(sources)
    for path in paths:
        problem = None if isinstance(path, str) else path_problem(path)  # a URL is checked when listed
        if problem:
            raise UsageError(f"path {problem}: {path}")
    session = Session(config, _host(plugins, config))
    loaded = session.load(paths)
    if fmt == "json":
        import json

        click.echo(json.dumps(facts_json(loaded.articles, loaded.errors), ensure_ascii=False, indent=2))
    else:
        click.echo(facts_text(loaded.articles, loaded.errors), nl=False)
    sys.exit(1 if loaded.errors else 0)


@main.command()
@click.argument("rule_id")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
              help="Rule files or folders (default: configuration, else rules/).")
@click.option("--corpus", "corpus", multiple=True, type=click.Path(path_type=str),
              help="Files or folders of articles, or URLs such as s3://bucket/folder/ (repeatable).")
@click.option("-p", "plugins", multiple=True, metavar="NAME", help="Load a plugin module.")
@_guarded
def explain(rule_id: str, rule_paths: tuple[Path, ...], corpus: tuple[str, ...], plugins: tuple[str, ...]) -> None:
    """Show, per source, which anchors of RULE_ID matched, which values were taken and
    why each verdict (RULE_ID, or FILE::RULE_ID where ids repeat across files)."""
    from .config import load_config
    from .explain import explain_rule

    config = load_config(Path.cwd())
    if rule_paths:
        config.rule_paths = list(rule_paths)
    if corpus:
        config.corpus = _corpus(corpus)
    click.echo(explain_rule(rule_id, config, _host(plugins, config)), nl=False)


@main.command("test")
@click.argument("rule_paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-p", "plugins", multiple=True, metavar="NAME", help="Load a plugin module.")
@_guarded
def test_command(rule_paths: tuple[Path, ...], plugins: tuple[str, ...]) -> None:
    """Check each rule in RULE_PATH (default rules/) against its own `examples:`."""
    from .config import load_config
    from .selftest import failing_examples
    from .session import Session

    config = load_config(Path.cwd())
    if rule_paths:
        config.rule_paths = list(rule_paths)
    host = _host(plugins, config)
    rules = [r for r in Session(config, host).collect() if r.examples]
    failed = 0
    for rule in rules:
        failures = failing_examples(rule, host.rule_types[rule.check])
        count = sum(len(items) for items in rule.examples.values())
        click.echo(f"{rule.nodeid} {'FAILED' if failures else 'passed'} ({count} examples)")
        for failure in failures:
            click.echo(f"    {failure}")
        failed += bool(failures)
    click.echo(f"{failed} failed, {len(rules) - failed} passed")
    sys.exit(5 if not rules else 1 if failed else 0)


@main.command("plugins")
@click.option("-p", "plugins", multiple=True, metavar="NAME", help="Load a plugin module.")
@_guarded
def plugins_command(plugins: tuple[str, ...]) -> None:
    """List plugins, where each came from, and the rule types, loaders and reporters it adds."""
    from .config import load_config

    config = load_config(Path.cwd())
    host = _host(plugins, config)
    for info in host.info.values():
        click.echo(f"{info.name}  [{info.origin}]")
        for added in info.adds:
            click.echo(f"    {added}")
    click.echo(f"\nrule types: {', '.join(sorted(host.rule_types))}")
    click.echo(f"loaders: {', '.join(sorted(host.loaders))}")
    click.echo(f"report formats: {', '.join(sorted(host.reporters))}")
