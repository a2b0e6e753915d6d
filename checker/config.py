"""Run configuration: ``[tool.factcheck]`` in pyproject.toml or ``factcheck.yaml``,
overridden by the command line.

Keys: ``rules``, ``corpus``, ``languages``, ``threshold``, ``fail_on``, ``workers``,
``plugins``, ``reports``, ``json_fields``, ``executor``, ``scheduler``, ``follow_symlinks``.
Unknown keys and
wrong types are errors with file and line.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CollectionError
from .model import SEVERITIES, Location
from .yamlsafe import load_yaml_file, location_of

CONFIG_KEYS = ("rules", "corpus", "languages", "threshold", "fail_on", "workers", "plugins",
               "reports", "json_fields", "executor", "scheduler", "follow_symlinks")
EXECUTORS = ("local", "dask")


@dataclass
class Config:
    """Everything that shapes a run. Plugins see it in every hook that takes ``config``."""

    root: Path = field(default_factory=Path.cwd)
    rule_paths: list[Path] = field(default_factory=list)
    corpus: list[Path | str] = field(default_factory=list)  # a string is a URL
    languages: list[str] | None = None
    threshold: float | None = None
    fail_on: str = "error"
    workers: int = 1
    executor: str = "local"
    scheduler: str | None = None
    plugins: list[str] = field(default_factory=list)
    reports: list[tuple[str, str | None]] = field(default_factory=list)
    json_fields: dict[str, str] = field(default_factory=dict)
    follow_symlinks: bool = False
    keyword: str | None = None
    markexpr: str | None = None
    maxfail: int = 0
    verbosity: int = 0
    allow_source_errors: bool = False
    use_cache: bool = True
    color: bool = False
    source_file: str | None = None
    warnings: list[str] = field(default_factory=list)
    last_failed: str | None = None  # "lf" (--lf) or "ff" (--ff)
    baseline: Path | None = None  # --baseline
    changed_since: str | None = None  # --changed-since REV

    def display(self, path: Path) -> str:
        """``path`` as the user would write it: relative to the root where possible."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except (ValueError, OSError):  # outside the root, or behind a link that cannot be read
            return path.as_posix()


def find_config_file(root: Path) -> Path | None:
    """``factcheck.yaml`` wins over ``pyproject.toml``'s ``[tool.factcheck]``."""
    for name in ("factcheck.yaml", "factcheck.yml"):
        if (root / name).is_file():
            return root / name
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise CollectionError(f"cannot read pyproject.toml: {exc}", Location("pyproject.toml", 1)) from None
        if "factcheck" in data.get("tool", {}):
            return pyproject
    return None


def load_config(root: Path) -> Config:
    """The configuration found at ``root``, or the defaults."""
    config = Config(root=root)
    path = find_config_file(root)
    if path is None:
        return config
    display = path.name
    if path.suffix == ".toml":
        data = tomllib.loads(path.read_text(encoding="utf-8"))["tool"]["factcheck"]
        line_of = _toml_key_lines(path)
    else:
        data = load_yaml_file(path, display)
        if data is None:
            return config
        line_of = None
    if not isinstance(data, dict):
        raise CollectionError("configuration must be a mapping", Location(display, 1))
    config.source_file = display
    for key, value in data.items():
        where = _where(data, key, display, line_of)
        _apply(config, key, value, where)
    return config


def _toml_key_lines(path: Path) -> dict[str, int]:
    lines: dict[str, int] = {}
    inside = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == "[tool.factcheck]"
        elif inside and "=" in stripped:
            lines.setdefault(stripped.split("=", 1)[0].strip().strip('"'), number)
    return lines


def _where(data: Any, key: str, display: str, line_of: dict[str, int] | None) -> Location:
    if line_of is not None:
        return Location(display, line_of.get(key, 1))
    return location_of(data, key, Location(display, 1))


def _strings(value: Any, key: str, where: Location) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise CollectionError(f"'{key}' must be a string or a list of strings", where)


def _apply(config: Config, key: str, value: Any, where: Location) -> None:
    if key not in CONFIG_KEYS:
        close = difflib.get_close_matches(str(key), CONFIG_KEYS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise CollectionError(f"unknown configuration key '{key}'{hint}", where)
    base = config.root
    if key == "rules":
        config.rule_paths = [base / p for p in _strings(value, key, where)]
    elif key == "corpus":
        from .corpus.remote import is_url

        config.corpus = [p if is_url(p) else base / p for p in _strings(value, key, where)]
    elif key == "languages":
        config.languages = _strings(value, key, where)
    elif key == "plugins":
        config.plugins = _strings(value, key, where)
    elif key == "threshold":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            raise CollectionError("'threshold' must be a number from 0 to 100", where)
        config.threshold = float(value)
    elif key == "fail_on":
        if value not in SEVERITIES:
            raise CollectionError(f"'fail_on' must be one of {', '.join(SEVERITIES)}", where)
        config.fail_on = value
    elif key == "workers":
        config.workers = parse_workers(value, where)
    elif key == "reports":
        config.reports = [parse_report_spec(spec, where) for spec in _strings(value, key, where)]
    elif key == "json_fields":
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise CollectionError("'json_fields' must map field names to field names", where)
        config.json_fields = dict(value)
    elif key == "follow_symlinks":
        if not isinstance(value, bool):
            raise CollectionError("'follow_symlinks' must be true or false", where)
        config.follow_symlinks = value
    elif key == "executor":
        if value not in EXECUTORS:
            raise CollectionError(f"'executor' must be one of {', '.join(EXECUTORS)}", where)
        config.executor = value
    elif key == "scheduler":
        if not isinstance(value, str) or not value.strip():
            raise CollectionError("'scheduler' must be an address such as tcp://host:8786", where)
        config.scheduler = value.strip()


def parse_workers(value: Any, where: Location | None = None) -> int:
    """``auto`` (every core) or a positive integer."""
    import os

    if value == "auto":
        return max(os.cpu_count() or 1, 1)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if isinstance(value, str) and value.isdigit() and int(value) >= 1:
        return int(value)
    raise CollectionError("'workers' must be 'auto' or a positive integer", where)


def parse_report_spec(spec: str, where: Location | None = None) -> tuple[str, str | None]:
    """``FORMAT:PATH`` (or ``FORMAT`` for standard output)."""
    name, _, path = spec.partition(":")
    if not name:
        raise CollectionError(f"report '{spec}' must be FORMAT:PATH", where)
    return name, path or None
