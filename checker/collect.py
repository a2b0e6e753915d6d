"""Collecting rule files: discovery, local plugins, and a strict schema.

A rule file holds a list of rules, or a mapping with ``rules:`` and optional
``defaults:``, ``corpus:`` and ``tags:``. Every mistake is a :class:`CollectionError`
naming file, line and column: unknown keys (with "did you mean"), wrong types,
duplicate ids, unknown check types (listing the known ones), invalid ``expect``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import reprlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

from .config import Config
from .errors import CollectionError, RuleSchemaError, UsageError, path_problem
from .model import SEVERITIES, Location, Rule
from .plugins import LOCAL_PLUGIN_FILE, PluginHost
from .yamlsafe import load_yaml_file, load_yaml_text, location_of

RULE_SUFFIXES = (".yaml", ".yml")
FILE_KEYS = ("rules", "defaults", "corpus", "tags")
COMMON_KEYS = ("id", "title", "check", "about", "within", "expect", "require", "severity", "tags",
               "sources", "threshold", "xfail", "skip", "examples")
SCOPE_KEYS = ("paths", "language", "outlet")
EXAMPLE_KINDS = ("agrees", "contradicts", "silent", "unclear")
DEFAULT_THRESHOLD = 85.0
_ID_RE = regex.compile(r"^[\p{L}\p{N}_.-]+$")


def discover_rule_files(paths: Iterable[Path], config: Config) -> list[Path]:
    """Rule files under ``paths`` (files as given, folders searched recursively)."""
    found: list[Path] = []
    for path in paths:
        problem = path_problem(path)
        if problem:
            raise UsageError(f"rule path {problem}: {config.display(path)}")
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file()
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            found.append(path)
    unique: dict[Path, None] = dict.fromkeys(found)
    return list(unique)


def load_local_plugins(rule_files: Iterable[Path], roots: Iterable[Path], host: PluginHost, config: Config) -> None:
    """Register every ``factcheck_plugins.py`` from each rule path down to the folders
    holding rule files, outermost first, each once (as pytest's ``conftest.py``)."""
    folders: set[Path] = set()
    resolved_roots = [r.resolve() if r.is_dir() else r.resolve().parent for r in roots]
    for file in rule_files:
        folder = file.resolve().parent
        for root in resolved_roots:
            if folder == root or root in folder.parents:
                current = folder
                while True:
                    folders.add(current)
                    if current == root:
                        break
                    current = current.parent
        folders.add(folder)
    for folder in sorted(folders, key=lambda f: (len(f.parts), str(f))):
        candidate = folder / LOCAL_PLUGIN_FILE
        if candidate.is_file():
            host.load_local_plugin(candidate, config.display(candidate))


def collect(paths: list[Path], host: PluginHost, config: Config) -> tuple[list[Rule], list[str]]:
    """Every rule of every rule file under ``paths``, and the files read."""
    files = discover_rule_files(paths, config)
    load_local_plugins(files, paths, host, config)
    rules: list[Rule] = []
    for file in files:
        rules.extend(parse_rule_file(file, config.display(file), host, config))
    return rules, [config.display(f) for f in files]


def parse_rule_file(path: Path, display: str, host: PluginHost, config: Config) -> list[Rule]:
    return parse_rules(load_yaml_file(path, display), display, host, config, base=path.parent)


def parse_rule_text(text: str, display: str, host: PluginHost, config: Config) -> list[Rule]:
    """Rules from YAML text (``display`` names it in messages); for tests and tools."""
    return parse_rules(load_yaml_text(text, display), display, host, config, base=config.root)


def parse_rules(data: Any, display: str, host: PluginHost, config: Config, base: Path) -> list[Rule]:
    top = Location(display, 1)
    if data is None:
        return []
    defaults: Mapping[str, Any] = {}
    file_tags: list[str] = []
    corpus: list[Path] | None = None
    if isinstance(data, dict):
        _reject_unknown(data, FILE_KEYS, "rule file key", top)
        if "defaults" in data:
            defaults = data["defaults"]
            if not isinstance(defaults, dict):
                raise CollectionError("'defaults' must be a mapping of rule keys", location_of(data, "defaults", top))
            _reject_unknown(defaults, tuple(k for k in COMMON_KEYS if k != "id"), "default key", top,
                            extra=_all_option_keys(host))
        if "tags" in data:
            file_tags = _strings(data["tags"], "tags", location_of(data, "tags", top))
        if "corpus" in data:
            where = location_of(data, "corpus", top)
            corpus = [base / p for p in _strings(data["corpus"], "corpus", where)]
            for folder in corpus:
                problem = path_problem(folder)
                if problem:
                    raise CollectionError(f"corpus path {problem}: {config.display(folder)}", where)
        items = data.get("rules", [])
        if items is None:
            items = []
        if not isinstance(items, list):
            raise CollectionError("'rules' must be a list of rules", location_of(data, "rules", top))
    elif isinstance(data, list):
        items = data
    else:
        raise CollectionError("a rule file must hold a list of rules or a mapping with 'rules:'", top)

    rules: list[Rule] = []
    seen: dict[str, Location] = {}
    for index, item in enumerate(items):
        where = location_of(items, index, top)
        if not isinstance(item, dict):
            raise CollectionError("a rule must be a mapping with at least 'id' and 'check'", where)
        rule = parse_rule(item, defaults, display, host, config, where)
        if rule.id in seen:
            raise CollectionError(f"duplicate rule id '{rule.id}' (first defined at line {seen[rule.id].line})",
                                  rule.location("id"))
        seen[rule.id] = rule.location("id")
        rule.tags = list(dict.fromkeys(file_tags + rule.tags))
        rule.corpus = corpus
        rules.append(rule)
    return rules


def _all_option_keys(host: PluginHost) -> tuple[str, ...]:
    keys: set[str] = set()
    for rule_type in host.rule_types.values():
        keys.update(rule_type.option_keys())
    return tuple(sorted(keys))


def _reject_unknown(mapping: Mapping[str, Any], known: Iterable[str], what: str, default: Location,
                    extra: Iterable[str] = ()) -> None:
    allowed = tuple(known) + tuple(extra)
    for key in mapping:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise CollectionError(f"unknown {what} '{key}'{hint}", location_of(mapping, key, default))


def _strings(value: Any, key: str, where: Location) -> list[str]:
    if isinstance(value, str) and value.strip():
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return list(value)
    raise CollectionError(f"'{key}' must be a string or a list of strings", where)


def parse_rule(item: dict[str, Any], defaults: Mapping[str, Any], display: str, host: PluginHost,
               config: Config, where: Location) -> Rule:
    """One rule: common keys here, the type's own keys by the rule type."""
    merged: dict[str, Any] = {**defaults, **item}

    def at(key: str) -> Location:
        if key in item:
            return location_of(item, key, where)
        return location_of(defaults, key, where)

    if "id" not in item:
        raise CollectionError("rule has no 'id'", where)
    rule_id = item["id"]
    if not isinstance(rule_id, (str, int)) or isinstance(rule_id, bool) or not _ID_RE.match(str(rule_id)):
        raise CollectionError("'id' must be a word of letters, digits, '_', '.' or '-'", at("id"))
    if "check" not in merged:
        raise CollectionError(f"rule '{rule_id}' has no 'check' (known: {', '.join(sorted(host.rule_types))})", where)
    check = merged["check"]
    known = sorted(host.rule_types)
    if not isinstance(check, str):
        raise CollectionError(f"'check' must be a rule type name (known: {', '.join(known)})", at("check"))
    rule_type = host.rule_types.get(check)
    if rule_type is None:
        close = difflib.get_close_matches(check, known, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise CollectionError(f"unknown check type {reprlib.repr(check)} ({hint}known: {', '.join(known)})",
                              at("check"))

    for key in item:
        if key not in COMMON_KEYS and key not in rule_type.option_keys():
            allowed = COMMON_KEYS + rule_type.option_keys()
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise CollectionError(f"unknown key '{key}' for a '{check}' rule{hint}", at(key))

    rule = Rule(id=str(rule_id), check=check, file=display, line=where.line, column=where.column)
    rule.locations = {key: at(key) for key in merged}
    rule.raw = merged
    try:
        _common(rule, merged, config)
    except RuleSchemaError as exc:
        raise CollectionError(str(exc), at(exc.key) if exc.key else where) from None

    options_raw = {k: v for k, v in merged.items() if k in rule_type.option_keys()}
    try:
        rule.options = rule_type.parse_options(options_raw)
        if "expect" in merged:
            try:
                rule.expected = rule_type.parse_expected(rule, merged["expect"])
            except ValueError as exc:
                raise RuleSchemaError(f"invalid 'expect': {exc}", "expect") from None
        if rule_type.requires_expect and rule.expected is None:
            raise RuleSchemaError(f"a '{check}' rule needs 'expect'", None)
        if rule_type.requires_about and not rule.about:
            raise RuleSchemaError(f"a '{check}' rule needs 'about': the words that say which fact it is", None)
        rule_type.validate(rule)
    except RuleSchemaError as exc:
        raise CollectionError(str(exc), at(exc.key) if exc.key else where) from None
    return rule


def _common(rule: Rule, raw: Mapping[str, Any], config: Config) -> None:
    """Read the keys every rule has; raise :class:`RuleSchemaError` naming the key."""
    from .ruletypes.base import as_str, as_str_list

    def convert(key: str, fn: Any) -> Any:
        try:
            return fn(raw[key])
        except ValueError as exc:
            raise RuleSchemaError(f"'{key}' {exc}", key) from None

    rule.title = convert("title", as_str) if "title" in raw else rule.id
    if "about" in raw:
        rule.about = convert("about", as_str_list)
    if "within" in raw:
        within = raw["within"]
        if within in ("sentence", "paragraph") or (
                isinstance(within, int) and not isinstance(within, bool) and within > 0):
            rule.within = within
        else:
            raise RuleSchemaError("'within' must be 'sentence', 'paragraph' or a positive number of characters",
                                  "within")
    rule.expect = raw.get("expect")
    if "require" in raw:
        require = raw["require"]
        if require in ("any", "all", "none") or (isinstance(require, int) and not isinstance(require, bool)
                                                 and require >= 0):
            rule.require = require
        else:
            raise RuleSchemaError("'require' must be 'any', 'all', 'none' or a number of sources", "require")
    if "severity" in raw:
        if raw["severity"] not in SEVERITIES:
            raise RuleSchemaError(f"'severity' must be one of {', '.join(reversed(SEVERITIES))}", "severity")
        rule.severity = raw["severity"]
    if "tags" in raw:
        rule.tags = convert("tags", as_str_list)
    if "sources" in raw:
        rule.sources = _scope(raw["sources"])
    threshold = raw.get("threshold", config.threshold if config.threshold is not None else DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 100:
        raise RuleSchemaError("'threshold' must be a number from 0 to 100", "threshold")
    rule.threshold = float(threshold)
    for key in ("xfail", "skip"):
        if key in raw:
            value = raw[key]
            if value is True:
                setattr(rule, key, f"{key} without reason")
            elif value is False or value is None:
                setattr(rule, key, None)
            else:
                setattr(rule, key, convert(key, as_str))
    if "examples" in raw:
        rule.examples = _examples(raw["examples"])


def _scope(value: Any) -> dict[str, list[str]]:
    from .ruletypes.base import as_str_list

    if not isinstance(value, Mapping):
        raise RuleSchemaError("'sources' must be a mapping with 'paths', 'language' or 'outlet'", "sources")
    scope: dict[str, list[str]] = {}
    for key, item in value.items():
        if key not in SCOPE_KEYS:
            close = difflib.get_close_matches(str(key), SCOPE_KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise RuleSchemaError(f"unknown key '{key}' in 'sources'{hint}", "sources")
        try:
            scope[key] = as_str_list(item)
        except ValueError as exc:
            raise RuleSchemaError(f"'sources.{key}' {exc}", "sources") from None
        if key == "paths":
            for pattern in scope[key]:
                if pattern.startswith("/") or ".." in Path(pattern).parts:
                    raise RuleSchemaError(f"'sources.paths' pattern '{pattern}' points outside the corpus",
                                          "sources")
    return scope


def _examples(value: Any) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(value, Mapping):
        raise RuleSchemaError(f"'examples' must be a mapping with {', '.join(EXAMPLE_KINDS)}", "examples")
    examples: dict[str, list[dict[str, Any]]] = {}
    for kind, items in value.items():
        if kind not in EXAMPLE_KINDS:
            close = difflib.get_close_matches(str(kind), EXAMPLE_KINDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise RuleSchemaError(f"unknown example kind '{kind}'{hint}", "examples")
        if isinstance(items, (str, dict)):
            items = [items]
        if not isinstance(items, list):
            raise RuleSchemaError(f"'examples.{kind}' must be a list", "examples")
        examples[kind] = [_example(item, kind) for item in items]
    return examples


def _example(item: Any, kind: str) -> dict[str, Any]:
    if isinstance(item, str) and item.strip():
        return {"text": item}
    if isinstance(item, Mapping) and isinstance(item.get("text"), str):
        unknown = set(item) - {"text", "language", "published"}
        if unknown:
            raise RuleSchemaError(f"unknown key '{min(unknown)}' in an example", "examples")
        published = item.get("published")
        if published is not None and not isinstance(published, dt.date):
            try:
                published = dt.date.fromisoformat(str(published))
            except ValueError:
                raise RuleSchemaError(f"example 'published' is not a date: {published!r}", "examples") from None
        return {"text": item["text"], "language": item.get("language"), "published": published}
    raise RuleSchemaError(f"each of 'examples.{kind}' must be a text or a mapping with 'text'", "examples")
