"""Progress of long work, reported to whoever asked: the library never prints.

Every public function that can take a while (:func:`spacekg.build`,
:func:`spacekg.load`, ``KnowledgeGraph.export``, :func:`spacekg.load_store`,
:func:`spacekg.push`, ...) takes ``progress``: a callable told
``(task, done, total)`` each time a task advances, where ``task`` is a short
label ("Parsing big.nt", "Building"), and ``done`` and ``total`` count its
units (bytes, files, steps or triples). The command line turns these calls
into bars on stderr; a notebook can print them or ignore them.

    spacekg.load("big.nt", progress=lambda task, done, total: print(task, done, total))
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]

# Work on inputs smaller than this is quick: it is not reported when a
# function is told its input's size (``size=``).
LARGE_BYTES = 2_000_000


class Counter:
    """Counts units of one task and reports them to a :data:`Progress`.

    ``advance(n)`` adds ``n`` units; ``step()`` adds one (the shape the
    parsers and the inference cache call back with).
    """

    def __init__(self, progress: Progress | None, task: str, total: int, *, size: int | None = None) -> None:
        self.progress = progress if size is None or size >= LARGE_BYTES else None
        self.task = task
        self.total = max(total, 0)
        self.done = 0
        if self.progress is not None:
            self.progress(task, 0, self.total)

    def advance(self, units: int = 1) -> None:
        self.done = min(self.done + units, self.total) if self.total else self.done + units
        if self.progress is not None:
            self.progress(self.task, self.done, self.total)

    def step(self) -> None:
        self.advance(1)

    def finish(self) -> None:
        """Report the task as complete (units that were not counted included)."""
        if self.progress is not None and self.done < self.total:
            self.done = self.total
            self.progress(self.task, self.done, self.total)


def counter(progress: Progress | None, task: str, size: int) -> Callable[[int], None] | None:
    """A byte-counting callback for ``progress``, for the readers that call
    back with the number of bytes just read; None without ``progress`` or for
    an input smaller than :data:`LARGE_BYTES`."""
    if progress is None or size < LARGE_BYTES:
        return None
    return Counter(progress, task, size).advance
