"""Facts files written by a YAML library, read back equal, with comments.

:func:`dump_facts` turns a facts-file mapping (``{"spacekg": 1, "source":
{...}, "entities": [...], ...}``) into YAML text. Every value is emitted by
PyYAML; a string that any YAML reader (1.1 or 1.2) could take for something
else is quoted: ids such as ``no``, ``yes``, ``on``, ``off``, ``null``,
``~``, ``1e3``, ``0x1f``, ``2021-01-01``, and labels with quotes, colons,
``#``, leading spaces or line breaks. Key order is kept, so the same mapping
always gives the same text.

Comments, for the humans who review a candidates file:

- ``header``: lines written as ``# ...`` at the top of the file;
- ``section_comments``: ``{"entities": "not in the graph yet"}`` is written
  after the section's key (``entities:  # not in the graph yet``);
- an entry (an item of a top-level list) may carry two extra keys, which are
  written as comment lines just above the entry and are not part of its data
  (each a text, or a list of lines):

  ``_review``
      what the extractor shows the reviewer: the entry's words in the source,
      its sentence, the rule that found it; written ``#> ...``. These lines
      are **dropped** by ``spacekg ingest``, because the article's sentences
      never enter the curated data (offsets only).
  ``_comment``
      a note, written ``# ...``. Notes are the reviewer's: ``spacekg
      ingest`` carries them into the facts file it writes, above the same
      entry (or above the mention an entity was merged into). A reviewer may
      also write a note at the end of an entry's line (``- {...}  # note``).
  ``_held``
      true for an entry held back (a fact under ``spacekg extract
      --min-confidence``): its data is written commented out, each line
      ``#? ...`` after its ``#>`` lines, where it stands in text order. YAML
      readers skip it and ``spacekg ingest`` drops it like a quote; deleting
      the ``#? `` of its lines makes it an ordinary entry. A section whose
      entries are all held back is written ``key:`` alone (YAML reads it as
      null; ``spacekg ingest`` and ``spacekg evaluate`` as empty). A note
      above a held-back entry stays with it: no kept entry takes it.

:func:`entry_comments` reads such comments back from a facts file's text,
entry by entry, so ``ingest`` can keep the notes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, cast

import yaml

COMMENT = "_comment"
REVIEW = "_review"
HELD = "_held"
QUOTE_MARK = "#>"
HELD_MARK = "#?"  # an entry held back, commented out: the reviewer deletes the mark to keep it
SECTIONS = ("entities", "mentions", "facts", "claims", "dates")

# Plain scalars any YAML 1.1 or 1.2 reader might resolve to a non-string:
# booleans, nulls, numbers (also 1e3, 0x1f, 0o17, 1_000, 1:20 sexagesimal,
# .inf), dates and timestamps, merge keys and the like.
_SPECIAL_WORDS = frozenset(
    ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "nan", "inf"]
) | frozenset({"<<", "=", ""})
_NUMBER_LIKE = re.compile(r"^[-+]?(?:\.?[0-9]|\.(?:inf|nan)$)", re.IGNORECASE)
# Characters YAML treats as line breaks (a comment must not contain one).
_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# What the YAML reader refuses inside a stream (PyYAML's Reader.NON_PRINTABLE).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _ambiguous(value: str) -> bool:
    lowered = value.lower().lstrip(".")
    return lowered in _SPECIAL_WORDS or value.lower() in _SPECIAL_WORDS or bool(_NUMBER_LIKE.match(value))


class _Dumper(yaml.SafeDumper):
    """SafeDumper: key order kept, no anchors, lists indented under keys,
    ambiguous strings double-quoted."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _ambiguous(value) or _BREAKS.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _flat(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) or (isinstance(node, yaml.CollectionNode) and node.flow_style is True)


def _represent_dict(dumper: yaml.SafeDumper, value: Mapping[str, Any]) -> yaml.MappingNode:
    node = dumper.represent_mapping("tag:yaml.org,2002:map", value.items())
    node.flow_style = all(_flat(v) for _, v in node.value)  # {subject: a, relation: b, object: c}
    return node


def _represent_list(dumper: yaml.SafeDumper, value: Sequence[Any]) -> yaml.SequenceNode:
    node = dumper.represent_sequence("tag:yaml.org,2002:seq", value)
    node.flow_style = all(_flat(v) for v in node.value)  # [0, 42], [[0, 42], [50, 80]]
    return node


class _Block(dict[str, Any]):
    """A mapping written in block style (one key per line)."""


class _Flow(dict[str, Any]):
    """A mapping written in flow style (``{key: value, ...}`` on one line)."""


class _Items(list[Any]):
    """A list written in block style (one ``- item`` per entry)."""


def _represent_items(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    node = dumper.represent_sequence("tag:yaml.org,2002:seq", value)
    node.flow_style = False
    return node


def _represent_styled(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    node = dumper.represent_mapping("tag:yaml.org,2002:map", value.items())
    node.flow_style = isinstance(value, _Flow)
    return node


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(tuple, _represent_list)
_Dumper.add_representer(_Block, _represent_styled)
_Dumper.add_representer(_Flow, _represent_styled)
_Dumper.add_representer(_Items, _represent_items)
# Sections whose entries are short enough to read on one line each.
FLOW_SECTIONS = ("mentions", "facts", "dates")


def _yaml(value: Any) -> str:
    text: str = yaml.dump(
        value, Dumper=_Dumper, default_flow_style=None, allow_unicode=True, sort_keys=False, width=100_000
    )
    return text


# How PyYAML writes each scalar inside a flow collection ({key: value}, [value]), learnt from
# PyYAML itself the first time the scalar is seen: a flow entry of a candidates file (thousands
# of mentions and facts) is then joined from them, byte for byte what PyYAML would write, at a
# tenth of the cost of running its emitter on each entry.
_SCALARS = (str, int, float, bool, type(None))
_flow_values: dict[tuple[type, str], str | None] = {}
_flow_keys: dict[str, str | None] = {}
_LONGEST_LINE = 10_000  # far below the width (100,000) at which PyYAML would break a line
_CACHE_LIMIT = 50_000  # learnt scalars kept; a long-lived process starts afresh past it (bounded memory)


def _learnt(text: str, before: str, after: str) -> str | None:
    """The middle of PyYAML's ``text`` when it is ``before…after`` on one line."""
    if text.startswith(before) and text.endswith(after) and text.count("\n") == 1:
        middle = text[len(before) : len(text) - len(after)]
        return middle if len(middle) < _LONGEST_LINE // 10 else None
    return None


def _flow_value(value: Any) -> str | None:
    """``value`` as PyYAML writes it inside a flow collection, or None when not known to be."""
    kind = type(value)
    if kind is int:
        return str(value)  # as SafeRepresenter writes an int, always plain
    if kind in _SCALARS:
        key = (kind, repr(value))  # repr: 0.0 and -0.0 are written apart
        if key not in _flow_values:
            if len(_flow_values) >= _CACHE_LIMIT:
                _flow_values.clear()
            _flow_values[key] = _learnt(_yaml(_Items([[value]])), "- [", "]\n")
        return _flow_values[key]
    if kind is list or kind is tuple:
        items = [_flow_value(item) for item in value]
        return None if None in items else "[" + ", ".join(cast(list[str], items)) + "]"
    return None  # a mapping inside: left to PyYAML


def _flow_key(key: Any) -> str | None:
    if type(key) is not str:
        return None
    if key not in _flow_keys:
        if len(_flow_keys) >= _CACHE_LIMIT:
            _flow_keys.clear()
        _flow_keys[key] = _learnt(_yaml(_Items([_Flow({key: 0})])), "- {", ": 0}\n")
    return _flow_keys[key]


def _flow_entry(data: Mapping[str, Any]) -> str | None:
    """``- {key: value, ...}`` as PyYAML writes a flow mapping item, or None when not known to be."""
    if not data:
        return None
    parts = []
    for key, value in data.items():
        written_key, written_value = _flow_key(key), _flow_value(value)
        if written_key is None or written_value is None:
            return None
        parts.append(f"{written_key}: {written_value}")
    line = "- {" + ", ".join(parts) + "}\n"
    return line if len(line) < _LONGEST_LINE else None


_block_values: dict[tuple[type, str], str | None] = {}
_block_keys: dict[str, str | None] = {}


def _block_value(value: Any) -> str | None:
    """``value`` as PyYAML writes it after ``key:`` in a block mapping, or None when not known to be:
    a scalar learnt from PyYAML as in a flow collection (block context allows other plain scalars),
    a list of scalars as a flow sequence, as :func:`_represent_list` makes it."""
    kind = type(value)
    if kind is int:
        return str(value)
    if kind in _SCALARS:
        key = (kind, repr(value))
        if key not in _block_values:
            if len(_block_values) >= _CACHE_LIMIT:
                _block_values.clear()
            _block_values[key] = _learnt(_yaml(_Items([_Block({"k": value})])), "- k: ", "\n")
        return _block_values[key]
    if kind is list or kind is tuple:
        return _flow_value(value)
    return None


def _block_entry(data: Mapping[str, Any]) -> str | None:
    """``- key: value`` and one ``  key: value`` line per further key, as PyYAML writes a block
    mapping item whose values are scalars or flow sequences, or None when not known to be."""
    if not data:
        return None
    lines = []
    for key, value in data.items():
        if type(key) is not str:
            return None
        if key not in _block_keys:
            if len(_block_keys) >= _CACHE_LIMIT:
                _block_keys.clear()
            _block_keys[key] = _learnt(_yaml(_Items([_Block({key: 0})])), "- ", ": 0\n")
        written_key, written_value = _block_keys[key], _block_value(value)
        if written_key is None or written_value is None:
            return None
        lines.append(f"{written_key}: {written_value}\n")
    if any(len(line) >= _LONGEST_LINE for line in lines):
        return None
    return "- " + "  ".join(lines)


def _learn_at_once(cache: dict[Any, str | None], items: dict[Any, Any], before: str, after: str) -> None:
    """Learn many scalars from one run of PyYAML (its fixed cost is most of a small one's):
    ``items`` maps each cache key to the item that shows it, written ``before…after`` on one
    line; when any item takes more than one line they are left to be learnt one by one."""
    items = {key: item for key, item in items.items() if key not in cache}
    if len(items) < 2 or len(cache) + len(items) >= _CACHE_LIMIT:
        return
    lines = _yaml(_Items(list(items.values()))).split("\n")
    if len(lines) != len(items) + 1 or lines[-1]:
        return
    for key, line in zip(items, lines, strict=False):
        cache[key] = _learnt(line + "\n", before, after)


def _learn_section(entries: Sequence[Any], flow: bool) -> None:
    """The keys and scalars of a section's entries, learnt in a few runs of PyYAML."""
    keys: dict[Any, Any] = {}
    values: dict[Any, Any] = {}
    in_lists: dict[Any, Any] = {}
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        for key, value in entry.items():
            if key in (COMMENT, REVIEW, HELD) or type(key) is not str:
                continue
            keys[key] = _Flow({key: 0}) if flow else _Block({key: 0})
            kind = type(value)
            if kind is list or kind is tuple:
                stack = list(value)
                while stack:
                    item = stack.pop()
                    if type(item) is list or type(item) is tuple:
                        stack += item
                    elif type(item) in _SCALARS and type(item) is not int:
                        in_lists[(type(item), repr(item))] = [item]
            elif kind in _SCALARS and kind is not int:
                # (a block sequence's item is written as a block mapping's value: one node instead of three)
                values[(kind, repr(value))] = [value] if flow else value
    if flow:
        _learn_at_once(_flow_keys, keys, "- {", ": 0}\n")
        _learn_at_once(_flow_values, {**in_lists, **values}, "- [", "]\n")
    else:
        _learn_at_once(_block_keys, keys, "- ", ": 0\n")
        _learn_at_once(_block_values, values, "- ", "\n")
        _learn_at_once(_flow_values, in_lists, "- [", "]\n")


def _comment_lines(value: Any) -> list[str]:
    """Text (or a list of texts) as comment bodies: one per non-blank line,
    printable (a character YAML refuses is written as ``\\uXXXX``)."""
    items = [value] if isinstance(value, str) else list(value or ())
    lines: list[str] = []
    for item in items:
        for line in _BREAKS.split(str(item)):
            line = _NON_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", line).rstrip()
            if line.strip():
                lines.append(line)
    return lines


def _entry_with_comments(entry: Any, indent: str, flow: bool) -> str:
    if not isinstance(entry, Mapping):
        return _indent(_yaml(_Items([entry])), indent)
    notes = _comment_lines(entry.get(COMMENT))
    words = _comment_lines(entry.get(REVIEW))
    style = _Flow if flow else _Block
    data = style((k, v) for k, v in entry.items() if k not in (COMMENT, REVIEW, HELD))
    out = [f"{indent}{QUOTE_MARK} {line}".rstrip() for line in words]
    out += [f"{indent}# {line}".rstrip() for line in notes]
    written = _flow_entry(data) if flow else _block_entry(data)
    if written is not None:
        if not flow:  # the lines after the first, under it
            written = written.replace("\n", "\n" + indent, written.count("\n") - 1)
        body = indent + written
    else:
        body = _indent(_yaml(_Items([data])), indent)
    if entry.get(HELD):  # every line of the entry commented out, the indentation kept for uncommenting
        body = "".join(f"{indent}{HELD_MARK} {line.removeprefix(indent)}" for line in body.splitlines(keepends=True))
    return "".join(line + "\n" for line in out) + body


def _indent(text: str, indent: str) -> str:
    return "".join(indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def dump_facts(
    document: Mapping[str, Any],
    *,
    header: Sequence[str] = (),
    section_comments: Mapping[str, str] | None = None,
) -> str:
    """The facts-file mapping as YAML text (see the module's docstring)."""
    section_comments = section_comments or {}
    parts = [f"# {line}".rstrip() + "\n" for line in _comment_lines(header)]
    for key, value in document.items():
        note = section_comments.get(key)
        suffix = f"  # {' '.join(_comment_lines(note))}" if note else ""
        if isinstance(value, (list, tuple)) and key in SECTIONS:
            if parts:
                parts.append("\n")
            if not value:
                parts.append(f"{key}: []{suffix}\n")
                continue
            parts.append(f"{key}:{suffix}\n")  # all held back: 'key:' alone, read as an empty list
            _learn_section(value, key in FLOW_SECTIONS)
            parts.extend(_entry_with_comments(entry, "  ", key in FLOW_SECTIONS) for entry in value)
        else:
            text = _yaml(_Block({key: _Block(value) if isinstance(value, Mapping) else value}))
            if suffix:
                first, _, rest = text.partition("\n")
                text = f"{first}{suffix}\n{rest}"
            parts.append(text)
    return "".join(parts)


def entry_comments(text: str) -> dict[str, list[list[str]]]:
    """The comments of each entry of a facts file's sections.

    ``{"entities": [[...notes of entity 0], [...], ...], "facts": ...}``:
    for each entry, in order, the ``# ...`` comment lines just above it and
    the comments at the end of its own lines. Lines quoting the source
    (``#> ...``) are left out. A text that is not YAML gives ``{}``.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    lines = _BREAKS.split(text)  # as YAML counts lines
    comments = _comment_positions(text)
    result: dict[str, list[list[str]]] = {}
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.value not in SECTIONS:
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            continue
        entries: list[list[str]] = []
        for item in value_node.value:
            first, last = item.start_mark.line, _last_line(item)
            notes: list[str] = []
            above = first - 1
            block: list[str] = []
            while above >= 0 and lines[above].lstrip().startswith("#") and above in comments:
                if comments[above].startswith(HELD_MARK):
                    break  # (notes above a held-back entry are that entry's, not the next kept one's)
                block.insert(0, comments[above])
                above -= 1
            notes.extend(block)
            notes.extend(comments[n] for n in range(first, last + 1) if n in comments and not _whole_line(lines[n]))
            entries.append([n for n in (_note(c) for c in notes) if n is not None])
        result[str(key_node.value)] = entries
    return result


def _last_line(node: yaml.Node) -> int:
    """The line of a node's last character (a block collection's own end
    mark lies at the next token, possibly lines later)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1])
    end = node.end_mark
    return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line


def _whole_line(line: str) -> bool:
    return line.lstrip().startswith("#")


def _note(comment: str) -> str | None:
    """A comment's text, or None for a quote of the source (``#>``) or an entry held back (``#?``)."""
    if comment.startswith((QUOTE_MARK, HELD_MARK)):
        return None
    return comment[1:].removeprefix(" ").rstrip()


def _comment_positions(text: str) -> dict[int, str]:
    """Line number (0-based) -> the comment on that line, found by the YAML
    scanner (a ``#`` inside a quoted string is not a comment)."""
    covered: dict[int, list[tuple[int, int]]] = {}
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        start, end = token.start_mark, token.end_mark
        for number in range(start.line, end.line + 1):
            begin = start.column if number == start.line else 0
            stop = end.column if number == end.line else 1 << 30
            covered.setdefault(number, []).append((begin, stop))
    found: dict[int, str] = {}
    for number, line in enumerate(_BREAKS.split(text)):
        for match in re.finditer("#", line):
            column = match.start()
            if column and line[column - 1] not in " \t":
                continue
            if any(begin <= column < stop for begin, stop in covered.get(number, ())):
                continue
            found[number] = line[column:]
            break
    return found
