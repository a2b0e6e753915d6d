"""Safe YAML with positions: every mapping remembers where each key was written.

Used for rule files, configuration and manifests. Only ``true`` and ``false`` are
booleans (YAML 1.2's rule): ``no`` is Norwegian, ``NO`` Norway, ``yes`` a word. Refuses
what could attack the reader: Python tags (only the safe schema is constructed), alias expansion bombs,
deep nesting, duplicate keys and oversized files, each as a :class:`CollectionError`
naming file, line and column.
"""

from __future__ import annotations

import re
import reprlib
from pathlib import Path
from typing import Any

import yaml

from .errors import CollectionError
from .model import Location

MAX_BYTES = 5 * 1024 * 1024
MAX_ALIASES = 100
MAX_EXPANSION = 10_000  # nodes that aliases may repeat in all: a "billion laughs" is refused
MAX_DEPTH = 64


class LocatedDict(dict):
    """A mapping from YAML that knows where it and each of its keys stand."""

    location: Location
    key_locations: dict[Any, Location]


class LocatedList(list):
    """A sequence from YAML that knows where it and each of its items stand."""

    location: Location
    item_locations: list[Location]


_BOOL = "tag:yaml.org,2002:bool"
_BOOLEAN = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


def only_true_and_false(loader: Any) -> None:
    """Make ``loader`` (a subclass of PyYAML's safe loaders) read only true and false as
    booleans, as YAML 1.2 does: YAML 1.1 also reads yes, no, on and off, and the language
    code of Norwegian ("language: no"), Norway's country code or a rule named "yes"
    became false or true."""
    loader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOL]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(_BOOL, _BOOLEAN, list("tTfF"))


def _loc(path: str, mark: yaml.Mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


def _make_loader(path: str, lenient_dates: bool = False) -> type[yaml.SafeLoader]:
    class Loader(yaml.SafeLoader):
        aliases = 0
        expanded = 0
        depth = 0

        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                mark = self.peek_event().start_mark
                if self.aliases > MAX_ALIASES:
                    raise CollectionError(f"more than {MAX_ALIASES} YAML aliases: refused (alias expansion)",
                                          _loc(path, mark))
                node = super().compose_node(parent, index)
                self.expanded += _size(node, {})
                if self.expanded > MAX_EXPANSION:
                    raise CollectionError(f"YAML aliases would repeat more than {MAX_EXPANSION} values: "
                                          "refused (alias expansion)", _loc(path, mark))
                return node
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise CollectionError(f"YAML nested deeper than {MAX_DEPTH} levels",
                                      _loc(path, self.peek_event().start_mark))
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
            if not isinstance(node, yaml.MappingNode):
                raise CollectionError("a !!map tag on a value that is not a mapping", _loc(path, node.start_mark))
            self.flatten_mapping(node)
            result = LocatedDict()
            result.location = _loc(path, node.start_mark)
            result.key_locations = {}
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    hash(key)
                except TypeError:
                    raise CollectionError("a mapping key must be a plain value",
                                          _loc(path, key_node.start_mark)) from None
                if key in result:
                    raise CollectionError(f"duplicate key {key!r}", _loc(path, key_node.start_mark))
                result[key] = self.construct_object(value_node, deep=True)
                result.key_locations[key] = _loc(path, key_node.start_mark)
            return result

        def construct_object(self, node, deep=False):  # type: ignore[no-untyped-def]
            try:
                return super().construct_object(node, deep)
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
                tag = node.tag.replace("tag:yaml.org,2002:", "!!")
                raise CollectionError(f"invalid {tag} value {reprlib.repr(node.value)}",
                                      _loc(path, node.start_mark)) from None

        def construct_sequence(self, node, deep=False):  # type: ignore[no-untyped-def]
            if not isinstance(node, yaml.SequenceNode):
                raise CollectionError("a !!seq tag on a value that is not a list", _loc(path, node.start_mark))
            result = LocatedList(self.construct_object(child, deep=True) for child in node.value)
            result.location = _loc(path, node.start_mark)
            result.item_locations = [_loc(path, child.start_mark) for child in node.value]
            return result

        def construct_yaml_timestamp(self, node):  # type: ignore[no-untyped-def]
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError as exc:
                if lenient_dates:  # the caller reports a bad date as a value at its place
                    return self.construct_scalar(node)
                raise CollectionError(f"invalid date {node.value!r}: {exc}", _loc(path, node.start_mark)) from None

    only_true_and_false(Loader)
    # Build containers in one step so that positions are attached before use.
    Loader.add_constructor("tag:yaml.org,2002:map", Loader.construct_mapping)
    Loader.add_constructor("tag:yaml.org,2002:seq", Loader.construct_sequence)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    return Loader


def _size(node: yaml.Node, seen: dict[int, int]) -> int:
    """How many values a node stands for, aliases inside it expanded."""
    if id(node) in seen:
        return seen[id(node)]
    seen[id(node)] = 1  # a recursive alias counts once
    if isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_size(child, seen) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size = 1 + sum(_size(k, seen) + _size(v, seen) for k, v in node.value)
    else:
        size = 1
    seen[id(node)] = size
    return size


def load_yaml_text(text: str, path: str, lenient_dates: bool = False) -> Any:
    """Parse ``text`` (named ``path`` in messages) safely, keeping positions. With
    ``lenient_dates`` a date-shaped value that is no date stays a string."""
    loader = None
    try:
        loader = _make_loader(path, lenient_dates)(text)
        return loader.get_single_data()
    except yaml.reader.ReaderError as exc:
        before = text[:exc.position]
        line = before.count("\n") + 1
        column = exc.position - (before.rfind("\n") + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        raise CollectionError(f"control character U+{code:04X} is not allowed in YAML",
                              Location(path, line, column)) from None
    except CollectionError:
        raise
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "unsafe value"
        tag = re.search(r"'([^']*)'", problem)
        if "could not determine a constructor" in problem and tag:
            problem = f"unsafe or unknown YAML tag {tag.group(1).replace('tag:yaml.org,2002:', '!!')} (only plain YAML is allowed)"
        raise CollectionError(problem, _loc(path, mark) if mark else Location(path, 1)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise CollectionError(f"YAML syntax error: {problem}", _loc(path, mark) if mark else Location(path, 1)) from None
    except yaml.YAMLError as exc:
        raise CollectionError(f"YAML error: {exc}", Location(path, 1)) from None
    except RecursionError:
        raise CollectionError(f"YAML nested deeper than {MAX_DEPTH} levels", Location(path, 1)) from None
    finally:
        if loader is not None:
            loader.dispose()


def load_yaml_file(path: Path, display: str) -> Any:
    """Read and parse a YAML file; a missing, unreadable, oversized or non-UTF-8 file is
    a :class:`CollectionError` naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CollectionError(f"file is {size} bytes; rule and config files are limited to {MAX_BYTES}",
                                  Location(display, 1))
        data = path.read_bytes()
    except OSError as exc:
        raise CollectionError(f"cannot read file: {exc.strerror or exc}", Location(display, 1)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CollectionError("file is not UTF-8 text", Location(display, line)) from None
    return load_yaml_text(text, display)


def location_of(container: Any, key: Any = None, default: Location | None = None) -> Location:
    """Where ``container[key]`` (or the container itself) was written."""
    if key is not None:
        if isinstance(container, LocatedDict) and key in container.key_locations:
            return container.key_locations[key]
        if isinstance(container, LocatedList) and isinstance(key, int) and key < len(container.item_locations):
            return container.item_locations[key]
    found = getattr(container, "location", None)
    return found or default or Location("<unknown>", 1)
