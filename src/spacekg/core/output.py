"""Writing output files so that a failure never leaves half a file, and the
files of one command (a graph and its VoID description) change together.

:func:`write_files` writes every file of a set to a temporary file beside
its target, records the set in a small commit journal, then renames the
temporary files over their targets and removes the journal. Each rename is
atomic, so a reader never sees a partial file. If the process is killed
between two renames, the journal is still there: the next run that writes
any of these files (or :func:`recover`) finishes the renames first, so the
set is never left mixed. Temporary files of killed runs are removed then.

Targets that are symlinks are written through to the file they point to;
devices, FIFOs and other special files are refused (an atomic rename would
replace ``/dev/full`` with a regular file).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from spacekg.errors import OutputError

# Temporary files are named ".<target name>.<pid>.<random>.tmp"; journals ".<target name>.<pid>.commit".
_STALE_UNKNOWN_SECONDS = 3600  # temp files without a pid (older releases) count as stale after this


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename, so a
    failure leaves any existing file untouched and never a half-written one."""
    write_files({path: data})


def write_files(files: Mapping[Path, bytes]) -> None:
    """Replace every file of ``files`` together (see the module docstring)."""
    targets = {_target(path): data for path, data in files.items()}
    recover(targets)
    written: list[tuple[str, Path]] = []
    journal: Path | None = None
    try:
        for target, data in targets.items():
            written.append((_write_temp(target, data), target))
        if len(written) > 1:
            journal = _write_journal(written)
        for tmp, target in written:
            os.replace(tmp, target)
        for directory in {target.parent for _, target in written}:
            _fsync_dir(directory)
    except OSError as exc:
        if journal is None:
            _remove(tmp for tmp, _ in written)
        where = exc.filename or next(iter(targets))
        raise OutputError(f"{where}: cannot write ({exc.strerror}).") from None
    except BaseException:
        if journal is None:
            _remove(tmp for tmp, _ in written)
        raise
    if journal is not None:
        journal.unlink(missing_ok=True)


def recover(paths: Iterable[Path]) -> None:
    """Finish the commits of killed runs that wrote any of ``paths``, then
    remove their leftover temporary files."""
    targets = [path for path in paths if path.parent.is_dir()]
    for target in targets:
        for journal in sorted(target.parent.glob(f".{target.name}.*.commit")):
            if _alive(journal, target):
                continue
            try:
                pairs = json.loads(journal.read_text(encoding="utf-8"))
                for tmp, final in pairs:
                    if os.path.exists(tmp):
                        os.replace(tmp, final)
                journal.unlink()
            except (OSError, ValueError, TypeError) as exc:
                raise OutputError(
                    f"{journal}: an interrupted write cannot be finished ({exc}); remove this file and run again"
                ) from None
    for target in targets:
        for tmp in target.parent.glob(f".{target.name}.*.tmp"):
            if not _alive(tmp, target):
                tmp.unlink(missing_ok=True)


def _target(path: Path) -> Path:
    """Where writing ``path`` really goes: through symlinks; never a special file."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror}).") from None
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a folder; give a file name.")
    if not stat.S_ISREG(mode):
        kind = (
            "a FIFO"
            if stat.S_ISFIFO(mode)
            else "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a special file"
        )
        raise OutputError(
            f"{path}: is {kind}, not a regular file; spacekg writes only regular files. Give a file name."
        )
    return target


def _write_temp(target: Path, data: bytes) -> str:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot create the output file ({exc.strerror}).") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))  # mkstemp makes files private (0600)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _write_journal(written: list[tuple[str, Path]]) -> Path:
    """Record the renames still to do, atomically, before doing any."""
    first = written[0][1]
    journal = first.with_name(f".{first.name}.{os.getpid()}.commit")
    pending = journal.with_name(journal.name + ".tmp")
    pending.write_text(json.dumps([[tmp, str(target)] for tmp, target in written]), encoding="utf-8")
    with pending.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(pending, journal)
    _fsync_dir(journal.parent)
    return journal


def _alive(leftover: Path, target: Path) -> bool:
    """Whether the process that made temp file or journal ``leftover`` of
    ``target`` may still be running (then it is not touched)."""
    pid_text = leftover.name[len(target.name) + 2 :].split(".", 1)[0]
    if not pid_text.isdigit():  # an older release's name, without a pid
        try:
            return time.time() - leftover.stat().st_mtime < _STALE_UNKNOWN_SECONDS
        except OSError:
            return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _remove(paths: Iterable[str]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode_for(path: Path) -> int:
    """Keep an existing file's mode; new files get the usual 0666 & ~umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
