"""Plain text and TSV exports (the seed): one row per line, cells split at tabs.

Excel's own tab-separated exports ("Unicode 文本", "文本文件(制表符分隔)") quote
a cell that holds a tab, a line break or a ``"``, doubling the quotes inside:
``"开展""法律明白人""培训"``, ``"1.合并开展；⏎2.按季度分解任务。"``. Such a
file is read with those quotes removed and a multi-line cell joined, but only
when every ``"`` in it is where Excel would put one (see :func:`excel_rows`):
hand-written text with a quote inside a cell (``说明"见附件"``) or an unclosed
one is read as it stands.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from perftrack._errors import ReadError
from perftrack.readers._csv import cut_short, excel_booleans, unguard
from perftrack.readers._decode import check_cells, filled_width
from perftrack.readers._sheet import MAX_CELLS, Sheet

__all__ = ["excel_rows", "read_tsv", "spaced_columns"]

_QUOTE = '"'


def read_tsv(text: str, *, file: str | None = None) -> list[Sheet]:
    r"""Split *text* into rows at line breaks and into cells at tabs.

    Lines without a tab are one-cell rows (titles, 跟踪时段); a lone ``\r`` is a
    line break inside its cell (see
    :func:`~perftrack.readers._decode.normalise_breaks`). Rows without
    text (blank lines, ``\t\t``) are kept out. Excel's quoting is read when
    the file uses it (:func:`excel_rows`), and the guards exports put before
    codes are dropped (:func:`~perftrack.readers._csv.unguard`); a cell that is
    exactly ``TRUE`` or ``FALSE`` reads ``是`` or ``否``
    (:func:`~perftrack.readers._csv.excel_booleans`). ``row_numbers`` are
    1-based record numbers, the rows Excel shows when it opens the file: the
    line numbers, unless a quoted cell spans lines (its record counts once).

    Example:
        >>> sheet = read_tsv("财政项目支出绩效跟踪表\n\n项目名称\t两新党建工作\n")[0]
        >>> sheet.rows, sheet.row_numbers
        ((('财政项目支出绩效跟踪表',), ('项目名称', '两新党建工作')), (1, 3))
        >>> sheet = read_tsv('名称\t"开展""法律明白人""培训"\t"第一行\n第二行"\n满意度\t≥90%\n')[0]
        >>> sheet.rows, sheet.row_numbers
        ((('名称', '开展"法律明白人"培训', '第一行\n第二行'), ('满意度', '≥90%')), (1, 2))
    """
    quoted = _QUOTE in text
    records = excel_rows(text) if quoted else None
    guarded = "'" in text or (quoted and '="' in text)
    rows: list[tuple[str, ...]]
    numbers: list[int]
    if records is None:
        if len(text) <= MAX_CELLS:
            # No more cells than characters: split first, and the size checked line by
            # line (to stop where check_cells does) only when the whole is too large
            numbers, rows = _lines(text, guarded)
            try:
                check_cells(len(rows), max(map(len, rows), default=0), file=file)
            except ReadError:
                numbers, rows = _checked_lines(text, guarded, file)
        else:
            numbers, rows = _checked_lines(text, guarded, file)
    else:
        numbers, rows = records
        width = 0
        for count, (number, row) in enumerate(zip(numbers, rows, strict=True), start=1):
            width = filled_width(row, width)
            check_cells(count, width, file=file, line=number)
        # A quoted cell that starts with a tab: "\t101001".
        if guarded or text.startswith('"\t') or '\t"\t' in text or '\n"\t' in text:
            rows = list(map(unguard, rows))
    if "\t" not in text and (spaced := spaced_columns(text)) is not None:
        numbers, rows = spaced  # text copied from a PDF: columns aligned by spaces
    if "\r" in text:
        # A lone CR is a line break inside its cell (see normalise_breaks); a CR
        # before a record's end was trimmed with it.
        rows = [tuple(cell.replace("\r", "\n") for cell in row) for row in rows]
    if "TRUE" in text or "FALSE" in text:
        rows = excel_booleans(rows)  # Excel's booleans, read as the xlsx reader reads them
    cut = cut_short(text, rows, numbers, "\t")  # the last row cut short (fz30 H3)
    return [
        Sheet(
            tuple(rows),
            file=file,
            row_numbers=tuple(numbers),
            problems=() if cut is None else (cut,),
        )
    ]


def _lines(text: str, guarded: bool) -> tuple[list[int], list[tuple[str, ...]]]:  # noqa: FBT001
    r"""The line numbers and cells of *text*'s lines that hold text, their guards dropped.

    Example:
        >>> _lines("名称\t值\n\t\n'001\t2\r\n", guarded=True)
        ([1, 3], [('名称', '值'), ('001', '2')])
    """
    lines = text.split("\n")
    # not line.strip(): empty or all white space, as str.isspace() tells
    numbers = [number for number, line in enumerate(lines, start=1) if line and not line.isspace()]
    if "\r" in text:
        rows = [tuple(lines[number - 1].rstrip("\r").split("\t")) for number in numbers]
    else:
        rows = [tuple(lines[number - 1].split("\t")) for number in numbers]
    return numbers, list(map(unguard, rows)) if guarded else rows


def _checked_lines(
    text: str,
    guarded: bool,  # noqa: FBT001
    file: str | None,
) -> tuple[list[int], list[tuple[str, ...]]]:
    """:func:`_lines`, refusing the sheet at the line it grows past its limits (check_cells).

    The sheet's size is its rows by its widest row up to each line: every line can
    only grow both, so a sheet within the limits as a whole is within them at every
    line, and :func:`read_tsv` splits such a text without this check.
    """
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    width = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        row = tuple(line.rstrip("\r").split("\t"))
        width = filled_width(row, width)
        check_cells(len(rows) + 1, width, file=file, line=number)
        rows.append(unguard(row) if guarded else row)
        numbers.append(number)
    return numbers, rows


def excel_rows(text: str) -> tuple[list[int], list[tuple[str, ...]]] | None:
    r"""The record numbers and rows of TSV *text* quoted the way Excel writes it, or ``None``.

    A cell that starts with ``"`` runs to the next ``"`` that is followed by a
    tab, a line break or the end, across line breaks (kept in the cell), and
    ``""`` inside it is one ``"``. Excel quotes every cell that holds a ``"``,
    so *text* is Excel's only when every ``"`` is such an opening, doubled or
    closing quote; otherwise (a quote inside an unquoted cell, an unclosed
    one, a closing quote followed by more text) the answer is ``None`` and
    the text is read line by line as it stands. Rows without text are left
    out; the numbers are 1-based record numbers (a blank line is a record,
    a quoted cell's line breaks are not).

    Example:
        >>> excel_rows('指标\t"一级≥40个\n二级≥60个"\t20\n\n"说""明""。"\n')
        ([1, 3], [('指标', '一级≥40个\n二级≥60个', '20'), ('说"明"。',)])
        >>> excel_rows('说明"见附件"\t20\n') is None
        True
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    numbers: list[int] = []
    rows: list[tuple[str, ...]] = []
    lines = iter(text.split("\n"))
    record = 0
    for first in lines:
        record += 1
        if _QUOTE not in first:
            if first.strip():
                numbers.append(record)
                rows.append(tuple(first.split("\t")))
            continue
        line = first
        cells: list[str] = []
        pos = 0
        while True:
            if line.startswith(_QUOTE, pos):
                parts: list[str] = []
                start = pos + 1
                while True:
                    quote = line.find(_QUOTE, start)
                    if quote < 0:  # the cell goes on on the next line
                        following = next(lines, None)
                        if following is None:
                            return None
                        parts.append(line[start:])
                        parts.append("\n")
                        line = following
                        start = 0
                    elif line.startswith(_QUOTE, quote + 1):  # "" is one quote
                        parts.append(line[start : quote + 1])
                        start = quote + 2
                    else:
                        parts.append(line[start:quote])
                        break
                cells.append("".join(parts))
                pos = quote + 1
                if pos == len(line):
                    break
                if line[pos] != "\t":
                    return None
                pos += 1
                continue
            end = line.find("\t", pos)
            cell = line[pos:] if end < 0 else line[pos:end]
            if _QUOTE in cell:
                return None
            cells.append(cell)
            if end < 0:
                break
            pos = end + 1
        if any(cell.strip() for cell in cells):
            numbers.append(record)
            rows.append(tuple(cells))
    return numbers, rows


# A gap between two columns of text copied from a PDF: two spaces or more, or a
# full-width space.
_GAP_RE = re.compile(r"(?: {2,}|[ \u3000]*\u3000[ \u3000]*)")


def _width(text: str) -> int:
    """*text*'s width on screen: a wide (CJK) character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


# How far (in screen columns) a piece may start from its header column's start and
# still be read as in that column: a PDF viewer's copy may shift a cell by a space.
_ALIGN_SLACK: Final = 2


def _pieces(line: str) -> list[tuple[int, str]]:
    """The pieces of *line* parted by a gap, each with its start in screen width."""
    pieces: list[tuple[int, str]] = []
    pos = 0
    for gap in [*_GAP_RE.finditer(line), None]:
        end = len(line) if gap is None else gap.start()
        piece = line[pos:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append((_width(line[: pos + lead]), piece.strip()))
        if gap is not None:
            pos = gap.end()
    return pieces


def _aligned(pieces: list[tuple[int, str]], starts: list[int]) -> list[str] | None:
    """The cells of a row whose *pieces* each start at one of the header's *starts*, or ``None``.

    A piece may start up to :data:`_ALIGN_SLACK` columns from its column's start;
    two pieces in one column, or a piece far from every column, are no alignment.
    """
    cells = [""] * len(starts)
    for start, piece in pieces:
        column = min(range(len(starts)), key=lambda index: abs(starts[index] - start))
        if abs(starts[column] - start) > _ALIGN_SLACK or cells[column]:
            return None
        cells[column] = piece
    return cells


def _separator(line: str) -> str | None:
    """The one run of full-width spaces that parts every two cells of *line*, or ``None``.

    Text typed with full-width spaces for tabs (``一级指标　二级指标　…``) parts its
    cells with the same run everywhere; such a run before a cell or between two
    separators then stands for an empty cell, as a tab does.

    Example:
        >>> _separator("一级指标\u3000\u3000二级指标\u3000\u3000三级指标") == "\u3000\u3000"
        True
        >>> _separator("一级指标  二级指标\u3000三级指标") is None
        True
    """
    gaps = {gap.group() for gap in _GAP_RE.finditer(line.strip())}
    if len(gaps) != 1:
        return None
    gap = gaps.pop()
    return gap if set(gap) == {"\u3000"} else None


def _first_separator(text: str) -> str | None:
    """The full-width run parting the cells of *text*'s first grid header (:func:`_separator`)."""
    from perftrack.readers._grid import is_grid_header_row  # noqa: PLC0415 - on first use

    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        if "\u3000" in line and is_grid_header_row(tuple(piece for _, piece in _pieces(line))):
            return _separator(line)
    return None


def _separated(line: str, separator: str | None, width: int) -> list[str] | None:
    """The cells of *line* split at *separator* as at tabs, when they fit *width* columns.

    Under a header whose every two cells are parted by one run of full-width
    spaces (text typed with them for tabs, see :func:`_separator`), a line is
    split at that run as a TSV line at tabs: a run before its first cell or
    doubled between two is an empty cell (a 一级指标 merged down:
    ``　质量指标　合格率　100%``), and cells left out at the end (a blank
    偏差原因分析, the line's trailing runs trimmed) are empty, as a short TSV row's.
    A line with more cells than the header (a row shifted a column, as a TSV
    row may be) keeps them all but trailing empty ones, for the grid to line up.
    ``None`` when there is no such separator, or the line is parted by other runs
    too (typed unevenly: ``　质量指标　合格率`` under a header parted by ``　　``).

    Example:
        >>> _separated("\u3000质量指标\u3000合格率\u3000100%", "\u3000", 4)
        ['', '质量指标', '合格率', '100%']
        >>> _separated("产出指标\u3000质量指标\u3000合格率", "\u3000", 4)
        ['产出指标', '质量指标', '合格率', '']
        >>> _separated("\u3000a\u3000b\u3000c\u3000", "\u3000", 2)
        ['', 'a', 'b', 'c']
        >>> _separated("\u3000质量指标\u3000合格率", "\u3000\u3000", 3) is None
        True
    """
    if separator is None:
        return None
    cells = [cell.strip() for cell in line.rstrip(" \t\r").split(separator)]
    if [cell for cell in cells if cell] != [piece for _, piece in _pieces(line)]:
        return None  # parted by other runs too (typed unevenly): not split as at tabs
    while len(cells) > width and not cells[-1]:
        cells.pop()
    return cells + [""] * (width - len(cells))


def _leading_gap_cells(pieces: list[tuple[int, str]], starts: list[int]) -> list[str] | None:
    """The cells of a line whose first cells are left out, its *pieces* in the last columns.

    A line that starts with a gap, with fewer pieces than the header, whose
    first piece starts clearly right of the column it would otherwise be
    put after (past the start of the column before its own, beyond
    :data:`_ALIGN_SLACK`) and not past its own column, is a row whose leading
    cells (一级指标, 二级指标 merged down) are empty and whose cells are not
    aligned by width (typed with full-width spaces): its pieces fill the last
    columns in order. ``None`` otherwise.

    Example:
        >>> _leading_gap_cells([(8, "质量指标"), (20, "合格率")], [0, 12, 24])
        ['', '质量指标', '合格率']
        >>> _leading_gap_cells([(2, "质量指标"), (14, "合格率")], [0, 12, 24]) is None
        True
    """
    first = len(starts) - len(pieces)
    if not pieces or first < 1:
        return None
    start = pieces[0][0]
    if not starts[first - 1] + _ALIGN_SLACK < start <= starts[first] + _ALIGN_SLACK:
        return None
    return [""] * first + [piece for _, piece in pieces]


def spaced_columns(text: str) -> tuple[list[int], list[tuple[str, ...]]] | None:
    r"""The line numbers and rows of *text* whose columns are aligned by spaces, or ``None``.

    Text copied out of a PDF (``pdftotext -layout``) has no tabs: each cell starts
    at its column's place on the line and the columns are parted by runs of
    spaces. The pieces of a line parted by two spaces or more (or a full-width
    space) are cells. A line so split that is an indicator grid's header
    (一级指标  三级指标  年度指标值 …) gives the columns: where its pieces start,
    counted in screen width (a CJK character is two). Each line under it is
    read by those columns when its pieces start at them (within
    :data:`_ALIGN_SLACK`), so that an empty cell keeps its column, or piece by
    piece when it has as many pieces as the header (a cell wider than its
    column pushes the rest of its row along); a line of one piece goes to the
    column it starts in. Lines above the header are read piece by piece.

    The answer is ``None`` unless a line is such a header with a line of two
    pieces or more under it (a sentence holding the header's words is no
    header), and ``None`` when a line under a header fits neither way (the
    cells parted by two spaces, not aligned: a guess would put values in the
    wrong columns): other text keeps its lines as one-cell rows.

    Example:
        >>> numbers, rows = spaced_columns(
        ...     "三级指标    年度指标值    实际完成值\n新建站      ≥8个          3\n"
        ...     "            ≥9个\n"
        ... )
        >>> numbers, rows[1:]
        ([1, 2, 3], [('新建站', '≥8个', '3'), ('', '≥9个', '')])
        >>> spaced_columns("项目名称  示例\n") is None
        True
        >>> spaced_columns("三级指标  年度指标值  实际完成值\n新建站  ≥8个  3  （已完成）\n")
        >>> spaced_columns("三级指标  年度指标值\n  详见附表。\n") is None
        True
    """
    from perftrack.readers._grid import is_grid_header_row  # noqa: PLC0415 - on first use

    numbers: list[int] = []
    rows: list[tuple[str, ...]] = []
    starts: list[int] | None = None  # the columns of the last header
    separator: str | None = None  # the full-width spaces parting the last header's cells
    rows_under = False  # a line of two pieces or more under a header
    above = _first_separator(text) if "\u3000" in text else None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        pieces = _pieces(line)
        cells: list[str] | None
        if is_grid_header_row(tuple(piece for _, piece in pieces)):
            starts = [start for start, _ in pieces]
            cells = [piece for _, piece in pieces]
            separator = _separator(line)
        elif starts is None:
            cells = [piece for _, piece in pieces]
            if len(pieces) > 1 and above is not None:
                # 　年度资金总额　84.88 above a header parted by the same run: split as
                # under it, so that an empty label cell keeps the amounts' columns
                cells = _separated(line, above, 0) or cells
        elif len(pieces) == 1:
            start, piece = pieces[0]
            column = max(
                (index for index, column in enumerate(starts) if column <= start + _ALIGN_SLACK),
                default=0,
            )
            cells = [""] * len(starts)
            cells[column] = piece
        else:
            cells = _aligned(pieces, starts)
            if cells is None and len(pieces) == len(starts):
                cells = [piece for _, piece in pieces]
            if cells is None:
                cells = _separated(line, separator, len(starts))
            if (cells is None or len(cells) > len(starts)) and line[:1].isspace():
                # more runs before the first piece than cells left out: its pieces
                # in the last columns, when they fit there
                cells = _leading_gap_cells(pieces, starts) or cells
            if cells is None:
                return None  # not aligned: the columns cannot be told
            rows_under = True
        numbers.append(number)
        rows.append(tuple(cells))
    if not rows_under:
        return None
    return numbers, rows
