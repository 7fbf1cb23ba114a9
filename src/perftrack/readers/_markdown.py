"""Markdown documents with pipe tables into one sheet.

Tables pasted into wikis, chat tools and reports come as GitHub-style pipe
tables, with the title as a heading or bold line above them.
"""

from __future__ import annotations

import re

from perftrack.readers._decode import check_cells
from perftrack.readers._sheet import Sheet

__all__ = ["read_markdown"]

# The delimiter row under a table's header: `|---|:--:|`, `--- | ---`.
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
# `# 标题 #`: the marks before and the optional closing sequence after.
_HEADING = re.compile(r"^#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
# The marker of a list item (`- `, `* `, `+ `, `1. `, `1) `), which wiki pages put
# before the project fields.
_LIST_MARK = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
# A thematic break (`---`, `***`, `___`) or a code fence: layout, not text.
_LAYOUT = re.compile(r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|`{3,}.*|~{3,}.*)$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_markdown(text: str, *, file: str | None = None) -> list[Sheet]:
    r"""Read Markdown into one sheet: pipe-table rows, and other lines as one-cell rows.

    Table rows are split at unescaped ``|`` (leading and trailing pipes are
    optional; ``\|`` is a literal pipe; ``<br>`` breaks the cell's line); the ``---``
    delimiter row is skipped. Other non-empty lines become one-cell rows with
    heading marks (``#``), list markers (``- ``, ``1. ``) and bold marks (``**``)
    removed. ``row_numbers``
    are the 1-based line numbers.

    Raises:
        ReadError: the sheet is too large.

    Example:
        >>> [sheet] = read_markdown(
        ...     "### **财政项目支出绩效跟踪表**\n"
        ...     "\n"
        ...     "| 三级指标 | 年度指标值 |\n"
        ...     "|---|---:|\n"
        ...     "| 版面更新、维修(护)等 | =2.00(家) \\| 合格 |\n"
        ... )
        >>> for row in sheet.rows:
        ...     print(row)
        ('财政项目支出绩效跟踪表',)
        ('三级指标', '年度指标值')
        ('版面更新、维修(护)等', '=2.00(家) | 合格')
        >>> sheet.row_numbers
        (1, 3, 5)
    """
    lines = text.split("\n")
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    width = 0
    in_table = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            in_table = False
            continue
        if _is_separator(stripped):
            in_table = True  # the delimiter row: the rows under it are the table's
            continue
        if len(_split_raw(stripped)) == 1:
            in_table = False
        elif not in_table:
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            # A table starts at a row with a delimiter row under it, or at a row
            # between pipes (a table whose delimiter row got lost).
            in_table = _is_separator(following) or (
                stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1
            )
        if in_table:
            row = tuple(_cell(cell) for cell in _split(stripped))
        elif _LAYOUT.match(stripped):
            continue
        else:
            row = (_plain(stripped),)
        if not any(row):
            continue
        rows.append(row)
        numbers.append(index + 1)
        width = max(width, len(row))
        check_cells(len(rows), width, file=file, line=index + 1)
    return [Sheet(tuple(rows), file=file, row_numbers=tuple(numbers))]


def _is_separator(line: str) -> bool:
    return "|" in line and "-" in line and bool(_SEPARATOR.match(line))


def _split_raw(line: str) -> list[str]:
    r"""*line* split at unescaped pipes, ``\|`` turned into ``|``."""
    cells: list[str] = []
    current: list[str] = []
    chars = iter(line)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            current.append("|" if following == "|" else char + following)
        elif char == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
    cells.append("".join(current))
    return cells


def _split(line: str) -> list[str]:
    """The cells of a pipe row, without the empty ones outside leading/trailing pipes."""
    cells = _split_raw(line)
    if len(cells) > 1 and not cells[0].strip():
        cells = cells[1:]
    if len(cells) > 1 and not cells[-1].strip() and _ends_with_pipe(line):
        cells = cells[:-1]
    return cells


def _ends_with_pipe(line: str) -> bool:
    """Whether *line* ends with an unescaped ``|``."""
    stripped = line.rstrip()
    backslashes = len(stripped[:-1]) - len(stripped[:-1].rstrip("\\"))
    return stripped.endswith("|") and backslashes % 2 == 0


def _cell(text: str) -> str:
    text = text.replace("**", "").strip()
    if "<" in text and _BREAK.search(text):  # a line break in the cell: lines, as in HTML
        return "\n".join(line for line in map(str.strip, _BREAK.split(text)) if line)
    code = _CODE_SPAN.fullmatch(text)  # `≥90%`: a code span shows its text as is
    return code.group(2).strip() if code else text


_CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def _plain(line: str) -> str:
    heading = _HEADING.match(line)
    # a heading's text, or a list item's (- **项目名称**：…, 1. 主管部门：…)
    line = heading.group(1) if heading else _LIST_MARK.sub("", line, count=1)
    return line.replace("**", "").strip()
