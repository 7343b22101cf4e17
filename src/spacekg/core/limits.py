"""Size limits on everything read from outside, and reading within them.

An endless or huge input (``/dev/zero``, a FIFO nobody closes, a runaway
pipe on stdin) must end in a clear error, not in the process being killed
for memory. Every reader of user files goes through :func:`read_limited`
(or checks :func:`check_file_size` before a parser reads the path itself).

The limits can be raised with environment variables, e.g.
``SPACEKG_MAX_INPUT_MB=4096`` for a very large graph file.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from spacekg.errors import SpaceKGError

MB = 1024 * 1024
# Defaults, in MiB: data files (facts, sources, RDF) and query texts.
DEFAULT_INPUT_MB = 1024
DEFAULT_QUERY_MB = 16


def _limit(variable: str, default_mb: int) -> int:
    raw = os.environ.get(variable)
    if raw is None:
        return default_mb * MB
    try:
        value = int(raw)
    except ValueError:
        raise SpaceKGError(f"{variable}={raw!r} must be a whole number of megabytes") from None
    if value <= 0:
        raise SpaceKGError(f"{variable}={raw!r} must be a positive number of megabytes")
    return value * MB


def max_input_bytes() -> int:
    """The largest data file (facts, source text, RDF) read: ``SPACEKG_MAX_INPUT_MB``."""
    return _limit("SPACEKG_MAX_INPUT_MB", DEFAULT_INPUT_MB)


def max_query_bytes() -> int:
    """The largest query text read (argument, file or stdin): ``SPACEKG_MAX_QUERY_MB``."""
    return _limit("SPACEKG_MAX_QUERY_MB", DEFAULT_QUERY_MB)


def _too_big(what: str, limit: int, variable: str) -> str:
    return f"{what} is larger than {limit // MB} MB; if it really is that large, set {variable} higher"


def check_file_size(path: Path, error: type[SpaceKGError] = SpaceKGError, limit: int | None = None) -> None:
    """Refuse ``path`` if it is not a regular file (a device, a FIFO) or larger
    than the input limit; for parsers that open the path themselves."""
    limit = max_input_bytes() if limit is None else limit
    try:
        info = path.stat()
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise error(f"{path}: not a regular file (a {_kind(info.st_mode)}); save the data to a file and pass that")
    if info.st_size > limit:
        raise error(f"{path}: {_too_big('the file', limit, 'SPACEKG_MAX_INPUT_MB')}")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def read_stream(stream: BinaryIO, what: str, limit: int, variable: str) -> bytes:
    """Read a stream to its end, but never more than ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(MB, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise SpaceKGError(f"{what}: {_too_big('the input', limit, variable)}")


def read_limited(path: Path, error: type[SpaceKGError] = SpaceKGError, limit: int | None = None) -> bytes:
    """Read a file's bytes within the input limit. Regular files are checked by
    size first; FIFOs and devices (``/dev/stdin``, ``/dev/zero``) are read up
    to the limit and refused beyond it."""
    variable = "SPACEKG_MAX_INPUT_MB"
    limit = max_input_bytes() if limit is None else limit
    try:
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise error(f"{path}: is a folder, not a file")
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise error(f"{path}: {_too_big('the file', limit, variable)}")
            try:
                return read_stream(handle, str(path), limit, variable)
            except SpaceKGError as exc:
                raise error(str(exc)) from None
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from None


def read_stdin(what: str = "stdin") -> bytes:
    """Standard input's bytes, within the query limit."""
    return read_stream(sys.stdin.buffer, what, max_query_bytes(), "SPACEKG_MAX_QUERY_MB")
