"""``corpus.yaml``: metadata for the files of a corpus folder that do not state it themselves.

The manifest maps each file name (a path relative to the manifest's folder, subfolders
allowed) to its ``language``, ``published``, ``outlet`` and ``url``. It is checked as
strictly as a rule file, since a typo here silently changes every date resolved in an
article: unknown keys, bad dates, duplicate entries and paths leaving the folder are
collection errors with file, line and column.
"""

from __future__ import annotations

import difflib
import os
import posixpath
import reprlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import CollectionError, SourceReadError
from ..model import Location
from .decode import decode_source, read_source
from .fields import METADATA_FIELDS, MetadataLoader, coerce_field, language_locale

MANIFEST_NAME = "corpus.yaml"


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """The metadata stated for one file, already checked and converted."""

    key: str
    values: dict[str, Any]
    location: Location


@dataclass
class Manifest:
    """A parsed ``corpus.yaml`` and the folder its entries are relative to."""

    folder: Path
    entries: dict[str, ManifestEntry] = field(default_factory=dict)

    def entry_for(self, file: Path | str) -> ManifestEntry | None:
        """The entry naming ``file`` (an absolute, normalised path under :attr:`folder`), if any."""
        text, folder = str(file), str(self.folder).rstrip(os.sep) + os.sep
        relative = text[len(folder):] if text.startswith(folder) else str(Path(file).relative_to(self.folder))
        return self.entries.get(relative if os.sep == "/" else relative.replace(os.sep, "/"))


def read_manifest(path: Path, display: str, max_bytes: int) -> Manifest:
    """Read and check the manifest at ``path``; ``display`` names it in errors."""
    try:
        text = decode_source(read_source(path, max_bytes)).text
    except SourceReadError as exc:
        raise CollectionError(str(exc), Location(display, 1, 1)) from None
    manifest = Manifest(path.parent)
    loader = None
    try:
        loader = _EntryLoader(text)
        shared: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}
        for key_node, value_node in loader.entries(display):
            entry = _entry(loader, display, key_node, value_node, shared)
            if entry.key in manifest.entries:
                first = manifest.entries[entry.key].location.line
                raise _error(display, key_node, f"duplicate entry {entry.key!r} (first on line {first})")
            manifest.entries[entry.key] = entry
    except yaml.reader.ReaderError as exc:
        before = text[:exc.position]
        where = Location(display, before.count("\n") + 1, exc.position - before.rfind("\n"))
        raise CollectionError("a control character is not allowed in YAML", where) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display, 1, 1)
        raise CollectionError(str(exc.problem or exc.context), where) from None
    finally:
        if loader is not None:
            loader.dispose()
    return manifest


class _EntryLoader(MetadataLoader):
    """Composes the manifest one entry at a time, from the parser's events: the node
    tree of a whole 100,000-entry manifest, every node with its marks, would take
    hundreds of megabytes."""

    compose_node = yaml.composer.Composer.compose_node
    compose_scalar_node = yaml.composer.Composer.compose_scalar_node
    compose_sequence_node = yaml.composer.Composer.compose_sequence_node
    compose_mapping_node = yaml.composer.Composer.compose_mapping_node

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.anchors: dict[str, yaml.Node] = {}

    def _compose(self) -> yaml.Node:
        """The next node, composed on its own: no parent and no index, as PyYAML's own
        compose_document asks for the root. (The stubs want an int index and allow None
        back, which compose_node never returns.)"""
        node = self.compose_node(None, None)  # type: ignore[arg-type]
        assert node is not None
        return node

    def entries(self, display: str) -> Iterator[tuple[yaml.Node, yaml.Node]]:
        """Each top-level (file name, metadata) pair of the single document, if any."""
        self.get_event()  # the stream's start
        if self.check_event(yaml.StreamEndEvent):
            return  # an empty file
        document = self.get_event()
        if not self.check_event(yaml.MappingStartEvent):
            raise _error(display, self._compose(), "corpus.yaml must map file names to their metadata")
        self.get_event()
        while not self.check_event(yaml.MappingEndEvent):
            key_node = self._compose()
            value_node = self._compose()
            yield key_node, value_node
            self.constructed_objects.clear()
        self.get_event()
        self.get_event()  # the document's end
        if not self.check_event(yaml.StreamEndEvent):
            raise yaml.composer.ComposerError("expected a single document in the stream", document.start_mark,
                                              "but found another document", self.get_event().start_mark)


def _entry(loader: MetadataLoader, display: str, key_node: yaml.Node, value_node: yaml.Node,
           shared: dict[tuple[tuple[str, Any], ...], dict[str, Any]]) -> ManifestEntry:
    """One checked entry. Entries that state the same metadata share one dict of values
    (``shared``; nothing writes to them): a manifest of 100,000 files states a few
    thousand different language and date pairs."""
    name = loader.construct_object(key_node, deep=True)
    if not isinstance(name, str) or not name.strip():
        raise _error(display, key_node, f"an entry must be named by a file path, not {reprlib.repr(name)}")
    key = _relative_key(name.strip())
    if key is None:
        raise _error(display, key_node, f"entry {reprlib.repr(name)} points outside the corpus folder")
    values: dict[str, Any] = {}
    if isinstance(value_node, yaml.MappingNode):
        for field_node, field_value in value_node.value:
            field_name = loader.construct_object(field_node, deep=True)
            if field_name not in METADATA_FIELDS:
                raise _error(display, field_node, _unknown_key(field_name))
            field_name = METADATA_FIELDS[METADATA_FIELDS.index(field_name)]  # one string, not one per entry
            try:
                stated = loader.construct_object(field_value, deep=True)
                values[field_name] = coerce_field(field_name, stated)
                if field_name == "language" and (locale := language_locale(stated)):
                    values["locale"] = locale  # "zh-TW": the region a figure's local money is read by
            except ValueError as exc:
                raise _error(display, field_value, f"{field_name}: {exc}") from None
    elif loader.construct_object(value_node, deep=True) is not None:
        raise _error(display, value_node, f"{name}: expected a mapping of {', '.join(METADATA_FIELDS)}")
    return ManifestEntry(key, shared.setdefault(tuple(values.items()), values), _location(display, key_node))


def _relative_key(name: str) -> str | None:
    """The entry's path in normal form (``./a//b.txt`` is ``a/b.txt``), or ``None`` when
    it is absolute or climbs out of the manifest's folder."""
    if name.startswith("/"):
        return None
    key = posixpath.normpath(name)
    if key == "." or key == ".." or key.startswith("../"):
        return None
    return key


def _unknown_key(name: Any) -> str:
    message = f"unknown key {reprlib.repr(name)} (known: {', '.join(METADATA_FIELDS)})"
    close = difflib.get_close_matches(str(name), METADATA_FIELDS, n=1)
    return f"{message}; did you mean {close[0]!r}?" if close else message


def _location(display: str, node: yaml.Node) -> Location:
    return Location(display, node.start_mark.line + 1, node.start_mark.column + 1)


def _error(display: str, node: yaml.Node, message: str) -> CollectionError:
    return CollectionError(message, _location(display, node))
