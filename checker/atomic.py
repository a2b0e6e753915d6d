"""Writing files so that an interrupted run never leaves half of one."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, BinaryIO

from .errors import OutputError

COPIED = 1 << 20  # bytes copied at once


def write_atomically(path: Path, data: bytes | str | Callable[[BinaryIO], None]) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place;
    ``data`` may be a function that writes to the binary stream it is given.

    A failure (a full disk, no permission) is an :class:`OutputError` naming the file,
    and leaves neither a partial file nor the temporary one behind.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            if callable(raw):
                raw(stream)
            else:
                stream.write(raw)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:  # the writing function failed, or the run was interrupted
        Path(temporary).unlink(missing_ok=True)
        raise


def _permissions() -> int:
    """The mode a new file gets under the process's umask (``mkstemp`` makes 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _text_stream(handle: int) -> io.TextIOWrapper:
    return open(handle, "w", encoding="utf-8", newline="")


class AtomicTextFile(io.TextIOBase):
    """A text file written as it goes, under a temporary name beside ``path``, and
    renamed into place by :meth:`commit`: a report of any size is never held in
    memory, and a run that fails or is interrupted leaves no partial file
    (:meth:`discard`). Any failure to write is an :class:`OutputError` naming ``path``."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            raise self._error(exc) from None
        self.temporary = Path(temporary)
        try:
            self._stream = _text_stream(handle)
        except OSError as exc:
            os.close(handle)
            self.discard()
            raise self._error(exc) from None

    def _error(self, exc: OSError) -> OutputError:
        return OutputError(f"cannot write {self.path}: {exc.strerror or exc}")

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise self._error(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._error(exc) from None

    def write_bytes(self, stream: IO[bytes]) -> None:
        """Append the rest of ``stream``, UTF-8 already (text a child process wrote),
        without decoding and encoding it again."""
        try:
            self._stream.flush()
            shutil.copyfileobj(stream, self._stream.buffer, COPIED)
        except OSError as exc:
            raise self._error(exc) from None

    def commit(self) -> None:
        """Close the file and rename it into place."""
        try:
            self._stream.close()
            os.chmod(self.temporary, _permissions())
            os.replace(self.temporary, self.path)
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def discard(self) -> None:
        """Drop what was written: no file appears at ``path``."""
        stream = getattr(self, "_stream", None)
        if stream is not None and not stream.closed:
            try:
                stream.close()
            except OSError:
                pass
        self.temporary.unlink(missing_ok=True)
