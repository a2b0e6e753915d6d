"""The plugin host: hook specifications, built-in plugins, entry points, ``-p``, and
local ``factcheck_plugins.py`` files, with the registries they fill.

Built by a factory for each run (and each test); nothing here is a module global.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy

from . import hookspecs
from .errors import CollectionError, UsageError
from .model import Location

BUILTIN_PLUGINS = (
    "checker.select",
    "checker.corpus.loaders",
    "checker.ruletypes.entity",
    "checker.ruletypes.phrase",
    "checker.ruletypes.pattern",
    "checker.ruletypes.date",
    "checker.ruletypes.number",
    "checker.reporters.text",
    "checker.reporters.json",
    "checker.reporters.junit",
    "checker.reporters.sarif",
    "checker.reporters.github",
    "checker.reporters.html",
    "checker.progress",
)
ENTRY_POINT_GROUP = "factcheck"
DISABLE_AUTOLOAD_ENV = "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD"
LOCAL_PLUGIN_FILE = "factcheck_plugins.py"


class _PluginManager(pluggy.PluginManager):
    """Takes every ``factcheck_*`` function of a plugin as a hook implementation, marked
    or not, so that a misspelt hook name fails :meth:`check_pending` instead of being
    silently ignored."""

    def parse_hookimpl_opts(self, plugin: object, name: str) -> pluggy.HookimplOpts | None:
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is None and name.startswith("factcheck_") and inspect.isroutine(getattr(plugin, name, None)):
            opts = pluggy.HookimplOpts(wrapper=False, hookwrapper=False, optionalhook=False, tryfirst=False,
                                       trylast=False, specname=None)
        return opts


@dataclass
class PluginInfo:
    """What ``factcheck plugins`` shows of one plugin."""

    name: str
    origin: str  # "built in", "entry point (dist 1.0)", "local file", "-p"
    adds: list[str] = field(default_factory=list)


@dataclass
class ReporterEntry:
    name: str
    factory: Callable[..., Any]
    description: str
    plugin: str


class PluginHost:
    """A plugin manager with the registries that the register hooks fill."""

    def __init__(self) -> None:
        self.pm = _PluginManager("factcheck")
        self.pm.add_hookspecs(hookspecs)
        self.rule_types: dict[str, Any] = {}
        self.loaders: dict[str, Any] = {}
        self.reporters: dict[str, ReporterEntry] = {}
        self.info: dict[str, PluginInfo] = {}
        self.blocked: set[str] = set()
        if os.environ.get("FACTCHECK_DEBUG_HOOKS"):
            self.pm.trace.root.setwriter(lambda message: sys.stderr.write(message))
            self.pm.enable_tracing()

    @property
    def hook(self) -> Any:
        return self.pm.hook

    def block(self, name: str) -> None:
        """``-p no:NAME``: never register a plugin of that name (or module)."""
        self.blocked.add(name)
        self.pm.set_blocked(name)

    def add(self, plugin: object, name: str, origin: str) -> None:
        """Register ``plugin`` and let it fill the registries; errors name the plugin."""
        if name in self.blocked or self.pm.is_blocked(name) or self.pm.has_plugin(name) \
                or self.pm.is_registered(plugin):
            return  # once per plugin, whichever way it came (entry point and -p, say)
        try:
            self.pm.register(plugin, name=name)
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            self.pm.unregister(name=name)
            raise CollectionError(f"plugin {name!r}: {exc}") from None
        self.info[name] = PluginInfo(name, origin)
        self._call_register_hooks(plugin, name)

    def _call_register_hooks(self, plugin: object, name: str) -> None:
        registrars = {
            "factcheck_register_rule_types": self._register_rule_type,
            "factcheck_register_loaders": self._register_loader,
            "factcheck_register_reporters": self._register_reporter,
        }
        for hook_name, registrar in registrars.items():
            for impl in getattr(self.pm.hook, hook_name).get_hookimpls():
                if impl.plugin is plugin:
                    impl.function(**{arg: (lambda *a, _r=registrar: _r(name, *a)) for arg in impl.argnames})

    def _register_rule_type(self, plugin: str, rule_type: Any) -> None:
        name = getattr(rule_type, "name", None)
        if not isinstance(name, str) or not name:
            raise CollectionError(f"plugin {plugin!r} registered a rule type without a name")
        if name in self.rule_types:
            raise CollectionError(f"plugin {plugin!r} registers rule type {name!r}, already registered by "
                                  f"{self.rule_types[name]._factcheck_plugin!r}")
        rule_type._factcheck_plugin = plugin
        self.rule_types[name] = rule_type
        self.info[plugin].adds.append(f"rule type {name}")

    def _register_loader(self, plugin: str, loader: Any) -> None:
        for suffix in loader.suffixes:
            suffix = suffix.lower()
            if suffix in self.loaders:
                raise CollectionError(f"plugin {plugin!r} registers a loader for {suffix!r}, already handled by "
                                      f"{self.loaders[suffix].name!r}")
            self.loaders[suffix] = loader
        self.info[plugin].adds.append(f"loader {loader.name} ({', '.join(loader.suffixes)})")

    def _register_reporter(self, plugin: str, name: str, factory: Callable[..., Any], description: str = "") -> None:
        if name in self.reporters:
            raise CollectionError(f"plugin {plugin!r} registers report format {name!r}, already registered by "
                                  f"{self.reporters[name].plugin!r}")
        self.reporters[name] = ReporterEntry(name, factory, description, plugin)
        self.info[plugin].adds.append(f"reporter {name}")

    def import_plugin(self, module_name: str, origin: str) -> None:
        """Import a module by name and register it (``-p``, configuration)."""
        if module_name.startswith("no:"):
            self.block(module_name[3:])
            return
        if module_name in self.blocked:
            return
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise UsageError(f"plugin {module_name!r} cannot be imported: {exc}") from None
        except Exception as exc:  # the plugin's own code raised at import
            raise CollectionError(f"plugin {module_name!r} failed to import: {_one_line(exc)}") from None
        self.add(module, module_name, origin)

    def load_entry_points(self) -> None:
        """Plugins that installed distributions declare in the ``factcheck`` group."""
        from importlib.metadata import entry_points

        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if ep.name in self.blocked or ep.value in self.blocked:
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise CollectionError(f"plugin {ep.name!r} (entry point {ep.value}) failed to import: "
                                      f"{_one_line(exc)}") from None
            version = f" ({ep.dist.name} {ep.dist.version})" if ep.dist else ""
            self.add(plugin, ep.name, f"entry point{version}")

    def load_local_plugin(self, path: Path, display: str) -> None:
        """Import a ``factcheck_plugins.py`` found beside rule files, once per path."""
        name = f"local:{display}"
        if self.pm.has_plugin(name) or name in self.blocked:
            return
        module_name = "factcheck_plugins_" + "".join(c if c.isalnum() else "_" for c in display)
        spec = importlib.util.spec_from_file_location(module_name, path)
        if spec is None or spec.loader is None:
            raise CollectionError("cannot load plugin file", Location(display, 1))
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except SyntaxError as exc:
            raise CollectionError(f"plugin file has a syntax error: {exc.msg}",
                                  Location(display, exc.lineno or 1, exc.offset or 1)) from None
        except Exception as exc:
            line = _failing_line(exc, str(path))
            raise CollectionError(f"plugin file failed to import: {_one_line(exc)}", Location(display, line)) from None
        self.add(module, name, "local file")


def _one_line(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _failing_line(exc: BaseException, filename: str) -> int:
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == filename:
            return frame.lineno or 1
    return 1


def get_plugin_manager(plugins: list[str] | tuple[str, ...] = (), autoload: bool | None = None) -> PluginHost:
    """A new plugin host: built-ins, entry points (unless autoloading is off), then the
    ``-p`` plugins in order. ``-p no:NAME`` blocks a plugin, built-ins included."""
    host = PluginHost()
    for name in plugins:
        if name.startswith("no:"):
            host.block(name[3:])
    for module_name in BUILTIN_PLUGINS:
        if module_name not in host.blocked:
            module = importlib.import_module(module_name)
            # A built-in with state for the run provides a factory instead of hooks.
            plugin = module.make_plugin() if hasattr(module, "make_plugin") else module
            host.add(plugin, module_name, "built in")
    if autoload is None:
        autoload = not os.environ.get(DISABLE_AUTOLOAD_ENV)
    if autoload:
        host.load_entry_points()
    for name in plugins:
        if not name.startswith("no:"):
            host.import_plugin(name, "-p")
    return host
