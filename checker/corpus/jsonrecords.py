"""Records of ``.json`` and ``.jsonl`` files, each with the file line it starts on.

A list is read element by element (rather than with one ``json.loads``) so that each
record knows its line, which names records without an id and points evidence near them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import SourceReadError

_WHITESPACE = " \t\n\r"
_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


@dataclass(frozen=True)
class JsonRecord:
    """One record: its first line in the file, its object, or why it is unusable.

    ``single`` marks the one object of a ``.json`` file that holds no list: that file is
    one source and keeps the file's own name.
    """

    line: int
    data: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    single: bool = False

    def key(self, json_fields: dict[str, str]) -> str:
        """The record's name within its file: its id, else ``L<line>``."""
        ident = self.data.get(json_fields.get("id", "id"))
        if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident).strip():
            return str(ident).strip()
        return f"L{self.line}"


def jsonl_records(text: str) -> list[JsonRecord]:
    """One record per non-blank line; a line that is not a JSON object is an error record."""
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            records.append(JsonRecord(number, error=f"invalid JSON at column {exc.colno}: {exc.msg}"))
            continue
        records.append(_record(number, value))
    return records


def json_records(text: str) -> list[JsonRecord]:
    """The object of a JSON file, or each element of its list.

    Invalid JSON anywhere makes the whole file unreadable (there is no telling where the
    next record starts); a list element that is not an object is an error record.
    """
    lines = _LineCounter(text)
    decoder = json.JSONDecoder()
    try:
        start = _skip(text, 0)
        if not text.startswith("[", start):
            value, end = decoder.raw_decode(text, start)
            _expect_end(text, end)
            if not isinstance(value, dict):
                raise SourceReadError("a JSON file must hold an object or a list of objects")
            return [JsonRecord(lines.at(start), value, single=True)]
        records = []
        position = _skip(text, start + 1)
        while not text.startswith("]", position):
            value, end = decoder.raw_decode(text, position)
            records.append(_record(lines.at(position), value))
            position = _skip(text, end)
            if text.startswith(",", position):
                position = _skip(text, position + 1)
            elif not text.startswith("]", position):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, position)
        _expect_end(text, position + 1)
    except json.JSONDecodeError as exc:
        raise SourceReadError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not records:
        raise SourceReadError("the JSON list holds no records")
    return records


def _record(line: int, value: Any) -> JsonRecord:
    if isinstance(value, dict):
        return JsonRecord(line, value)
    kind = _JSON_TYPES.get(type(value), "null")
    return JsonRecord(line, error=f"record is {kind}, not a JSON object")


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def _expect_end(text: str, position: int) -> None:
    end = _skip(text, position)
    if end < len(text):
        raise json.JSONDecodeError("Extra data", text, end)


class _LineCounter:
    """Line numbers of increasing offsets, counted once through the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1

    def at(self, offset: int) -> int:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line
