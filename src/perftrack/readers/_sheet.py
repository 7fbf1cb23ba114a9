"""What every format reader produces: sheets of cell texts.

A reader turns its input into :class:`Sheet` objects and nothing more; the one
grid interpreter (:mod:`._grid`) finds the tables in them. Merged ranges are
expanded the way real exports show them: the text stands in the top-left cell
and the other cells of the range are empty.
"""

from __future__ import annotations

import importlib
import itertools
import re
from typing import TYPE_CHECKING, Final

from attrs import converters, field, frozen

from perftrack._errors import ReadError
from perftrack.expressions._normalize import _FOLD_RE, fold_cell, needs_folding

if TYPE_CHECKING:
    from types import ModuleType

__all__ = [
    "MAX_BYTES",
    "MAX_CELLS",
    "MAX_ROWS",
    "Problem",
    "RowSink",
    "Sheet",
    "require",
    "sheet_names_project",
]

#: Inputs larger than this are refused with a clear message (a table is kilobytes).
MAX_BYTES = 50 * 1024 * 1024
#: Sheets with more cells than this are refused (rows × columns after expansion).
MAX_CELLS = 5_000_000
#: Sheets with more rows than this are refused: Excel's grid (1,048,576 rows) is the
#: most any export holds; a text file of a million one-cell lines is no table.
MAX_ROWS = 1_048_576


# Control characters but tab, line feed and carriage return (C0, DEL, C1): a space,
# as the grid already reads the vertical tab, the form feed and U+0085. Raw, an ESC
# would reach a terminal (``\x1b[8m`` hides what follows) or an HTML page.
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: What an Excel error value looks like: ``#`` and capitals ending in ``!`` or ``?``
#: (``#DIV/0!``, ``#NAME?``, ``#FIELD!``). The values Excel knows are listed by the grid
#: reader; one it does not list (a release's new one, a writer's own ``#WHAT?`` in a cell
#: typed as an error) is an error value too, not a target in words (r35n).
EXCEL_ERROR_SHAPE: Final = re.compile(r"#[A-Z][A-Z0-9_/.]{0,30}[!?]")
# Noncharacters of the BMP and lone surrogates: dropped, as the HTML reader drops them
# (text converted badly from UTF-16 has a byte-swapped BOM, U+FFFE, in the middle).
_NONCHARACTER_RE: Final = re.compile("[\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")
_UNREADABLE_RE: Final = re.compile(f"{_CONTROL_RE.pattern}|{_NONCHARACTER_RE.pattern}")
# Anything to scrub or to fold, in one character class: the one scan of a plain sheet.
_ANY_RE: Final = re.compile(
    "[" + _FOLD_RE.pattern[1:-1] + _CONTROL_RE.pattern[1:-1] + _NONCHARACTER_RE.pattern[1:-1] + "]"
)


def scrub_cell(text: str) -> str:
    r"""*text* without characters no table means: controls a space, noncharacters gone.

    Tab, line feed and carriage return stay (they are a cell's structure).

    Example:
        >>> scrub_cell("天气原因\x1b[8m"), scrub_cell("城市公交\ufffe运营\x7f补贴")
        ('天气原因 [8m', '城市公交运营 补贴')
    """
    return _NONCHARACTER_RE.sub("", _CONTROL_RE.sub(" ", text))


def _scrubbed(rows: tuple[tuple[str, ...], ...], joined: str) -> tuple[tuple[str, ...], ...]:
    """*rows* through :func:`scrub_cell` where *joined* (their text) needs it."""
    if _UNREADABLE_RE.search(joined) is None:
        return rows
    return tuple(
        tuple(map(scrub_cell, row)) if _UNREADABLE_RE.search("".join(row)) else row for row in rows
    )


def _folded(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """*rows* as the grid reads them: every cell through :func:`fold_cell`.

    Control characters are a space and noncharacters are gone first (:func:`scrub_cell`).

    The characters a PDF font substitutes (``⽉`` for 月, ``年`` for 年) are the
    ordinary ones, and invisible characters (a soft hyphen, a zero-width space) are
    gone, in headers, labels, names and values alike. One scan of the whole sheet
    finds whether anything is to fold (nearly never): *rows* itself comes back then.

    Example:
        >>> _folded((("年度指标\u00ad值", "⽣均补助"),))
        (('年度指标值', '生均补助'),)
    """
    joined = "".join(itertools.chain.from_iterable(rows))
    if _ANY_RE.search(joined) is None:  # a plain sheet: one scan, nothing to do
        return rows
    rows = _scrubbed(rows, joined)
    if not needs_folding(joined):
        return rows
    return tuple(tuple(map(fold_cell, row)) if needs_folding("".join(row)) else row for row in rows)


# What a number cell holding no finite number (xlsx 1e309) is said to be: the mark by
# which such a cell in an indicator's figure is said as malformed-actual (q64 W3).
NON_FINITE: Final = "超出可表示的范围（非有限数）"
# What a number cell in a date format outside Excel's dates (xlsx ``-5``, ``99999999``,
# which Excel shows as ``####``) is said to be: in an indicator's figure, malformed-actual.
DATE_OUT_OF_RANGE: Final = "超出 Excel 的日期范围"
# What a number below 1 in a format that shows a date is said to be: Excel's day 0, which
# it shows as 1900-01-00, no date (xlsx ``0`` in yyyy-mm-dd); in an indicator's figure,
# malformed-actual (r35n).
DATE_DAY_ZERO: Final = "不是日期（Excel 显示为不存在的日期 1900-01-00）"
# What an error cell (xlsx ``t="e"``) holding no error value's shape (``#oops``) is said
# to be: read as its text; in an indicator's cell, the finding of that cell's Excel error
# (malformed-target for the target), which spares it target-not-measurable (r35t).
NOT_AN_ERROR_VALUE: Final = "不是 Excel 的错误值"


@frozen
class Problem:
    """Something a reader read past: a finding *id* with its Chinese *message*.

    *row* and *column* are 1-based source positions, where there is a cell to name.
    *info*: said as an info finding, not a warning (something left out on purpose).

    Example:
        >>> Problem("malformed-cell", "单元格 E5 的数值“460万元”不是数字，按文本读取", 5, 5).row
        5
    """

    id: str
    message: str
    row: int | None = None
    column: int | None = None
    info: bool = field(default=False, kw_only=True)


@frozen
class Sheet:
    """A rectangle of cell texts from one input (a text file, a worksheet, an HTML page).

    ``rows[i][j]`` is the text of row *i*, column *j* (0-based), stripped of
    nothing: the interpreter normalises; only the characters a PDF font substitutes
    and invisible ones are folded on the way in (:func:`_folded`), so that every
    reader hands the grid the same text. ``row_numbers[i]`` is the 1-based row
    (or line) of row *i* in the source, so that positions name real cells;
    columns are numbered ``j + 1``. ``page_title`` is a title printed only in
    the page header of a Word document (``2024年度项目支出绩效自评表`` in
    ``word/header1.xml``): the title of each table of the sheet that has none
    of its own. ``hidden_columns`` are the 0-based columns the source hides
    (a hidden column of a worksheet): they are read, and only lose to a visible
    column where both claim one role of the indicator grid. ``merges`` are the
    merged ranges the source records, 0-based ``(top, left, bottom, right)``
    inclusive (an Excel merge, a Word cell merged down or across), or None for
    a format that records none (text, CSV): :meth:`merged` tells a cell left
    empty by a merge from one typed empty. ``parts`` are the sheets joined after
    this one, as ``(first row, name)``: a worksheet that goes on with the table of
    the one before (one worksheet per printed page), whose rows keep their own
    sheet's name (:meth:`name_at`). ``formulas`` are the cells that hold a formula
    the file stores without its result (a workbook written by a script, never
    opened in Excel), as 1-based ``(row, column)``: they read as empty, and the
    table says why; ``stale_formulas`` are those of them that do store a result the
    file says to compute again on opening (``<calcPr fullCalcOnLoad="1"/>``: XlsxWriter's
    ``0``), read as empty too. ``problems`` are what the reader could not read as the file
    says but read on past (a corrupt cell read as its text, a bad merged range
    ignored, a file cut inside a table), as :class:`Problem`: each becomes a
    warning finding on the table read from the sheet. ``column_shifts`` are, row by
    row, how many columns left of its source columns a row's cells were moved (a grid
    printed in column groups, its right group read under the left's header), or None
    for none moved: :meth:`column_number` names the source's column.

    Example:
        >>> sheet = Sheet((("项目名称", "两新党建工作"),), file="a.txt")
        >>> sheet.row_number(0), sheet.width
        (1, 2)
        >>> merged = Sheet((("培训人次", "10"), ("", "")), merges=((0, 0, 1, 0),))
        >>> merged.merged(1, 0), merged.merged(1, 1), sheet.merged(0, 0)
        (True, False, None)
        >>> pages = Sheet((("1",), ("2",)), name="Table 1", parts=((1, "Table 2"),))
        >>> pages.name_at(0), pages.name_at(1)
        ('Table 1', 'Table 2')
    """

    rows: tuple[tuple[str, ...], ...] = field(converter=_folded)
    file: str | None = None
    name: str | None = None
    row_numbers: tuple[int, ...] | None = field(default=None, eq=False)
    page_title: str | None = field(default=None, converter=converters.optional(fold_cell))
    hidden_columns: frozenset[int] = frozenset()
    merges: tuple[tuple[int, int, int, int], ...] | None = field(default=None, eq=False)
    parts: tuple[tuple[int, str | None], ...] = field(default=(), eq=False)
    formulas: frozenset[tuple[int, int]] = field(default=frozenset(), eq=False)
    stale_formulas: frozenset[tuple[int, int]] = field(default=frozenset(), eq=False)
    problems: tuple[Problem, ...] = field(default=(), eq=False)
    column_shifts: tuple[int, ...] | None = field(default=None, eq=False)

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        return max((len(row) for row in self.rows), default=0)

    def row_number(self, index: int) -> int:
        """The 1-based source row of row *index*."""
        if self.row_numbers is not None:
            return self.row_numbers[index]
        return index + 1

    def column_number(self, index: int, column: int) -> int:
        """The 1-based source column of *column* (0-based) in row *index*.

        Example:
            >>> Sheet((("a", "b"),)).column_number(0, 1)
            2
            >>> Sheet((("a", "b"),), column_shifts=(2,)).column_number(0, 1)
            4
        """
        if self.column_shifts is not None:
            return column + 1 + self.column_shifts[index]
        return column + 1

    def name_at(self, index: int) -> str | None:
        """The name of the sheet row *index* comes from (see ``parts``)."""
        name = self.name
        for start, part in self.parts:
            if index < start:
                break
            name = part
        return name

    def merged(self, index: int, column: int) -> bool | None:
        """Whether the cell of row *index*, *column* is left empty by a merged range.

        True for every cell of a merged range but its first (top-left) one; None when
        the source records no merges. Looked up only where a rule asks (a linear scan).
        """
        if self.merges is None:
            return None
        return any(
            top <= index <= bottom and left <= column <= right and (index, column) != (top, left)
            for top, left, bottom, right in self.merges
        )

    def merge_origin(self, index: int, column: int) -> tuple[int, int] | None:
        """The cell whose text a merged range shows in the cell of row *index*, *column*.

        None when the cell is in no merged range but as its first (top-left) cell, or
        when the source records no merges. A range that starts in a cell left empty
        by another one (an HTML ``rowspan`` is recorded row by row, each covered cell
        merged with the one above it) is followed to the cell that holds the text.

        Example:
            >>> sheet = Sheet((("≥95%",), ("",), ("",)), merges=((0, 0, 1, 0), (1, 0, 2, 0)))
            >>> sheet.merge_origin(2, 0), sheet.merge_origin(0, 0)
            ((0, 0), None)
        """
        if not self.merges:
            return None
        origin: tuple[int, int] | None = None
        at = (index, column)
        for _ in range(len(self.merges)):
            row, col = at
            found = next(
                (
                    (top, left)
                    for top, left, bottom, right in self.merges
                    if top <= row <= bottom and left <= col <= right and (row, col) != (top, left)
                ),
                None,
            )
            if found is None:
                break
            origin = at = found
            top, left = found
            if top < len(self.rows) and left < len(self.rows[top]) and self.rows[top][left]:
                break
        return origin


class RowSink:
    """The rows of a Sheet a Word reader builds, with a bound on the cells created.

    The .docx and .doc readers add rows one by one and :meth:`spend` each cell, so a
    document that expands (merged cells, nested tables) stops at :data:`MAX_CELLS`.

    Example:
        >>> sink = RowSink("表.docx")
        >>> sink.rows.append(("项目名称", "乡村道路养护"))
        >>> sink.spend(2)
        >>> sink.sheet().rows
        (('项目名称', '乡村道路养护'),)
    """

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.rows: list[tuple[str, ...]] = []
        self.cells = 0
        # merged ranges, [top, left, bottom, right]; a vertical run grows its last range
        self._merges: list[list[int]] = []
        self._runs: dict[int, list[int]] = {}  # column → the range its merge down grows
        #: What was read past or left out (see :attr:`Sheet.problems`).
        self.problems: list[Problem] = []

    def drop_from(self, index: int) -> None:
        """Take back the rows from *index* on (a table left out), with their merges.

        Example:
            >>> sink = RowSink(None)
            >>> sink.rows.extend([("总分", "100"), ("序号", "三级指标"), ("1", "")])
            >>> sink.merge(0)
            >>> sink.rows.append(("", "x"))
            >>> sink.drop_from(1)
            >>> sink.sheet().rows, sink.sheet().merges
            ((('总分', '100'),), ())
        """
        del self.rows[index:]
        self._merges = [merge for merge in self._merges if merge[2] < index]
        self._runs = {column: run for column, run in self._runs.items() if run[2] < index}

    def merge(self, column: int, span: int = 1, *, down: bool = True) -> None:
        """Record that the cells at *column* (*span* wide) of the next row continue a merge.

        Called before the row is added to :attr:`rows`. A merge *down* starts in the
        row above: a cell merged below the one recorded there lengthens that range, so
        a long merge stays one range. A merge across starts in the cell before.

        Example:
            >>> sink = RowSink(None)
            >>> sink.rows.append(("培训人次", "10"))
            >>> sink.merge(0)
            >>> sink.rows.append(("", "8"))
            >>> sink.merge(0)
            >>> sink.rows.append(("", "9"))
            >>> sink.sheet().merges
            ((0, 0, 2, 0),)
        """
        index = len(self.rows)
        right = column + span - 1
        if not down:
            self._merges.append([index, max(column - 1, 0), index, right])
            return
        run = self._runs.get(column)
        if run is not None and run[2] == index - 1 and run[3] == right:
            run[2] = index
            return
        merge = [max(index - 1, 0), column, index, right]
        self._merges.append(merge)
        self._runs[column] = merge

    def spend(self, cells: int) -> None:
        """Count *cells* more, refusing a document that expands past :data:`MAX_CELLS`."""
        self.cells += cells
        if self.cells > MAX_CELLS:
            msg = f"文档中的表格过大（超过 {MAX_CELLS} 个单元格）"
            raise ReadError(msg, file=self.file)

    def sheet(self) -> Sheet:
        """The rows read, as one Sheet, unless rows × width exceeds :data:`MAX_CELLS`."""
        width = max((len(row) for row in self.rows), default=0)
        if len(self.rows) * width > MAX_CELLS:
            msg = f"文档中的表格过大（{len(self.rows)} 行 × {width} 列，上限 {MAX_CELLS} 个单元格）"
            raise ReadError(msg, file=self.file)
        count = len(self.rows)
        return Sheet(
            tuple(self.rows),
            file=self.file,
            row_numbers=tuple(range(1, count + 1)),
            merges=tuple((top, left, bottom, right) for top, left, bottom, right in self._merges),
            problems=tuple(self.problems),
        )


def require(module: str, extra: str, *, file: str | None = None) -> ModuleType:
    """Import an optional dependency, or say which extra installs it.

    Example:
        >>> require("json", "none").__name__
        'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"读取此格式需要可选依赖 {module}：请运行 pip install 'perftrack[{extra}]'"
        raise ReadError(msg, file=file) from None


# Sheet names that name no project: Sheet1, 表1, 附件2, 自评表, 汇总, 封面…
_SHEET_NAME_CHARS: Final = 4  # a project's name has at least four characters
_GENERIC_SHEET_RE: Final = re.compile(
    r"表|附件|附表|汇总|目录|封面|说明|填报|sheet|^[\W\d_a-z]*$", re.IGNORECASE
)


def sheet_names_project(sheet: str | None) -> bool:
    """Whether a sheet's name is a project's (``农村饮水安全巩固提升``), not a form's.

    At least four Chinese characters, and no word of a form or a workbook's furniture
    (``Sheet1``, ``表1``, ``自评表``, ``跟踪表``, ``附件2``, ``汇总``, ``封面``, ``目录``).

    Example:
        >>> [
        ...     sheet_names_project(s)
        ...     for s in ("农村饮水安全巩固提升", "Sheet1", "自评表", "附件2", None)
        ... ]
        [True, False, False, False, False]
    """
    if sheet is None:
        return False
    name = sheet.strip()
    chars = sum("\u4e00" <= char <= "\u9fff" for char in name)
    return chars >= _SHEET_NAME_CHARS and _GENERIC_SHEET_RE.search(name) is None
