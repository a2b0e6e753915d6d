"""Bytes to text, the one way every corpus file (and ``corpus.yaml``) is read.

UTF-8 is taken as is; a byte-order mark decides UTF-16/32; anything else is decoded by
detection and flagged, because a guessed encoding can be wrong and an editor should
know which articles were guessed. Binary, empty and oversize files are refused with a
one-line reason, so that a stray PDF or a 2 GB dump never reaches the extractors.
"""

from __future__ import annotations

import codecs
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceReadError

# Leading bytes of common binary formats that end up in corpus folders, renamed or not.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
)

# UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# An encoding an HTML or XML file declares about itself, looked for near its start.
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NEWLINES = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text with ``\\n`` newlines, the encoding used and what the reader should know."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def read_source(path: Path | str, max_bytes: int) -> bytes:
    """Read a regular file's bytes, refusing directories, devices, pipes and oversize files.

    The size is checked before reading and again while reading, so neither a huge file
    nor one that grows meanwhile is loaded whole. The file is opened read-only. A string
    is a URL, read through fsspec by :mod:`checker.corpus.remote`.
    """
    if isinstance(path, str):
        from .remote import read_url

        return read_url(path, max_bytes)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SourceReadError("is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise SourceReadError("not a regular file (a device, socket or pipe)")
        if info.st_size > max_bytes:
            raise SourceReadError(_oversize(info.st_size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceReadError("no such file (or a broken symbolic link)") from None
    except OSError as exc:
        raise SourceReadError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise SourceReadError(_oversize(len(data), max_bytes))
    return data


def decode_source(data: bytes) -> Decoded:
    """Decode a file's bytes to text, or raise :class:`SourceReadError` saying why not."""
    kind = binary_kind(data)
    if kind:
        raise SourceReadError(f"binary file ({kind}), not text")
    decoded = _decode(data)
    if not decoded.text.strip():
        raise SourceReadError("empty file" if not data else "file contains only whitespace")
    return decoded


def binary_kind(data: bytes) -> str | None:
    """Name the binary format ``data`` starts with, or say it holds NUL bytes; ``None`` for text.

    NUL bytes never occur in text other than UTF-16/32, which must carry a byte-order mark
    here: without one, NULs are far more often a binary file than BOM-less UTF-16.
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data and not data.startswith(tuple(bom for bom, _ in _BOMS)):
        return "contains NUL bytes"
    return None


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so that line numbers mean the same on every platform."""
    return _NEWLINES.sub("\n", text)


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceReadError(f"invalid {encoding.upper()}: {exc.reason} at byte {exc.start}") from None
            return Decoded(normalise_newlines(text), encoding)
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding, text = _declared_encoding(data) or _detect(data)
    if len(_CONTROL.findall(text)) > max(1, len(text) // 100):
        raise SourceReadError("binary file (control characters throughout), not text")
    return Decoded(normalise_newlines(text), encoding, [f"decoded as {encoding} (not UTF-8)"])


def _declared_encoding(data: bytes) -> tuple[str, str] | None:
    """Honour ``<meta charset=...>`` or ``<?xml encoding=...?>`` when it names a codec
    that decodes the file cleanly: the author's statement beats a statistical guess."""
    match = _DECLARED.search(data[:2048])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
        return name, data.decode(name)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None:
        raise SourceReadError("cannot determine the text encoding (not UTF-8 and not recognisable)")
    return best.encoding, str(best)


def _oversize(size: int, limit: int) -> str:
    return f"file is {_size(size)}, over the {_size(limit)} limit"


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count} bytes"
