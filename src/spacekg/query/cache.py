"""On-disk Oxigraph stores made from large RDF files, kept between commands.

``spacekg query --graph big.nt`` parses the file once into an Oxigraph store
under the cache folder; later queries on the same file open that store
read-only instead of parsing again. A store is named by the SHA-256 of the
file's content; an index maps each file (absolute path, size, modification
time) to that hash, so an unchanged file is not even hashed again, a touched
file with the same content reuses its store, and a changed file gets a new
one (the old store is removed). Stores are built in a temporary folder and
renamed into place when complete, so an interrupted build leaves nothing
that a later query would trust.

The cache folder is ``$SPACEKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/spacekg``,
else ``~/.cache/spacekg``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from spacekg.errors import GraphError, StoreError
from spacekg.query.store import DiskStore, Progress, load_with_progress

# Files smaller than this are parsed in memory every time (it is faster
# than opening a store); larger ones are cached. 8 MB is about 60,000
# triples of N-Triples.
CACHE_MIN_BYTES = 8_000_000


def cache_dir() -> Path:
    explicit = os.environ.get("SPACEKG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "spacekg"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _read_index(index: Path) -> dict[str, Any]:
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_index(index: Path, data: dict[str, Any]) -> None:
    index.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=index.parent, prefix=".index-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1, sort_keys=True)
    os.replace(tmp, index)


def cached_store(path: Path, progress: Progress | None = None, folder: Path | None = None) -> DiskStore:
    """A read-only on-disk store holding ``path``'s triples, built on first use."""
    if not path.is_file():
        raise GraphError(f"{path}: no such file. Run 'spacekg build' first, or pass --graph FILE.")
    root = folder or cache_dir()
    stores = root / "stores"
    index_file = root / "index.json"
    stat = path.stat()
    key = str(path.resolve())
    stamp = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    index = _read_index(index_file)
    entry = index.get(key)
    if isinstance(entry, dict) and all(entry.get(k) == v for k, v in stamp.items()):
        digest = str(entry.get("sha256", ""))
    else:
        digest = _sha256(path)
    target = stores / digest
    if not (target / "COMPLETE").is_file():
        try:
            stores.mkdir(parents=True, exist_ok=True)
            building = Path(tempfile.mkdtemp(dir=stores, prefix=".building-"))
        except OSError as exc:
            raise StoreError(f"{root}: cannot write the store cache ({exc.strerror}); set SPACEKG_CACHE_DIR") from None
        try:
            store = ox.Store(str(building / "store"))
            load_with_progress(store, path, progress, bulk=True)
            store.optimize()
            del store  # closes the database before it moves
            (building / "COMPLETE").write_text(f"{path}\n", encoding="utf-8")
            with contextlib.suppress(OSError):  # another process finished first: keep theirs
                building.rename(target)
        finally:
            shutil.rmtree(building, ignore_errors=True)
    old = index.get(key, {}).get("sha256") if isinstance(index.get(key), dict) else None
    index[key] = {**stamp, "sha256": digest}
    if old and old != digest and not any(e.get("sha256") == old for e in index.values() if isinstance(e, dict)):
        shutil.rmtree(stores / str(old), ignore_errors=True)
    with contextlib.suppress(OSError):
        _write_index(index_file, index)
    return DiskStore(target / "store")
