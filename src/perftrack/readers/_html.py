"""HTML pages and HTML "xls" exports into one sheet, in document order.

Every ``<tr>`` becomes a row, with ``rowspan``/``colspan`` expanded the way
the grid interpreter expects merged cells: the text in the top-left cell, ""
in the cells the span covers. Excel's overflow span (``colspan=2
style='mso-ignore:colspan'``, text wider than its cell) covers its cells the
same way but is no merge; Word's filler cells (``mso-cell-special:placeholder``)
take no column. Text outside tables (an ``<h3>`` title, a
``<p>`` with the tracking period, a ``<caption>``) becomes a one-cell row.
Nested tables are flattened: the rows of an inner table follow the row of the
outer table that contains it, and the outer cell keeps only its own text. A
page's layout cell (alone on its row, or holding several text blocks, as portals
wrap their content, or holding a table with an indicator grid's header, a form's
绩效指标 cell) gives its text blocks as one-cell rows, those before the inner
table before its rows and those after it after them.

What a browser would not show is left out: a hidden row or cell
(``display:none``, Excel's ``mso-hide:all``, the ``hidden`` attribute), a hidden
element inside a cell (also ``visibility:hidden`` and ``font-size:0`` text), a
hidden container (``<div>``, ``<table>``, ``<tbody>``) when the page shows a grid
outside its hidden ones, and struck-out text (``<s>``, ``<strike>``, ``<del>``,
``text-decoration: line-through``), whether the style is written on the element
or on a class of the page's ``<style>`` sheet (``td.xl66{text-decoration:line-through}``,
as Excel's web pages strike out a cell). A form shows its values: an ``<input>``
its ``value`` (a checkbox or radio button ``☑``/``☐``), a ``<select>`` its
selected options, a ``<textarea>`` its text. A tick Word wrote as a symbol,
the font's letter in an element whose inline style sets a Wingdings font
(``<span style='font-family:"Wingdings 2"'>R</span>``), is the box it shows
(``☑``; see :mod:`._symbols`).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

from attrs import define, field

from perftrack._errors import ReadError
from perftrack.readers._decode import check_cells
from perftrack.readers._grid import is_grid_header_row, names_grid_columns
from perftrack.readers._sheet import Problem, Sheet
from perftrack.readers._symbols import raised_text, symbol_translation

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["read_html"]

#: The HTML standard's limits: colspan above 1000 and rowspan above 65534 are clamped.
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534

_CELLS = frozenset({"td", "th"})
# Their content is not text anyone reads in a table.
_IGNORED = frozenset({"noscript", "script", "style", "svg", "template", "title"})
# Boundaries of text blocks: outside a table each block is a row; inside a
# cell they separate words, like <br>.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center",
        "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# Row groups: a rowspan never reaches across their boundary.
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
# The tags that build the grid; every other element only holds text.
_STRUCTURE = frozenset({"table", "tr", *_CELLS, *_ROW_GROUPS})
# Elements without content (their end tag, if any, is ignored).
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
# Elements of running text: hidden, they hide text (in a cell), never a table's rows.
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "dfn", "em", "font", "i", "kbd",
     "label", "mark", "nobr", "o:p", "q", "samp", "small", "span", "strong", "sub", "sup", "tt",
     "u", "var"}
)  # fmt: skip
# Struck-out text: what a reader of the table takes as deleted (<ins> is kept).
_STRUCK = frozenset({"s", "strike", "del"})
_HIDDEN_RE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\b")
# Text laid out but not drawn: invisible, or in a font of size 0 (a span in a cell).
_FONT_ZERO = r"font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)"
_UNDRAWN_RE = re.compile(r"(?:^|;)\s*(?:visibility\s*:\s*(?:hidden|collapse)|" + _FONT_ZERO + ")")
_FONT_ZERO_RE = re.compile(r"(?:^|;)\s*" + _FONT_ZERO)
# visibility:hidden alone (a child may draw again), and what draws a child again.
_INVISIBLE_RE = re.compile(r"(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)")
_VISIBLE_RE = re.compile(r"(?:^|;)\s*visibility\s*:\s*visible\b")
# Excel's overflow span (`colspan=2 style='mso-ignore:colspan'`: not a merge) and
# Word's filler cell for misaligned rows (`mso-cell-special:placeholder`).
_IGNORED_COLSPAN_RE = re.compile(r"(?:^|;)\s*mso-ignore\s*:\s*colspan\b")
_PLACEHOLDER_RE = re.compile(r"(?:^|;)\s*mso-cell-special\s*:\s*placeholder\b")
_LINE_THROUGH_RE = re.compile(r"(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b")
# The selectors of one class a style rule may name: `.xl66`, `td.xl66`, `font.font5`
# (what Excel's and Word's web pages write).
_CLASS_SELECTOR_RE = re.compile(r"[a-z0-9]*\.(-?[_a-z][-_a-z0-9]*)")
# Raised text set by CSS (`vertical-align:super`, Word's MsoFootnoteReference class):
# a note mark after a value, as in a <sup>. The value an inline style sets, if any.
_VERTICAL_ALIGN_RE = re.compile(r"(?:^|;)\s*vertical-align\s*:\s*([-a-z]+)")
# Word's link to a footnote or an endnote (`<a href="#_ftn2" name="_ftnref2">[2]</a>`).
_NOTE_LINK_RE = re.compile(r"#_(?:ftn|edn)\d+$")
# The Wingdings font an inline style sets (Word writes a symbol as the font's letter:
# `font-family:"Wingdings 2";mso-char-type:symbol;mso-symbol-font-family:"Wingdings 2"`).
_SYMBOL_FONT_RE = re.compile(
    r"(?:^|;)\s*(mso-symbol-font-family|font-family)\s*:\s*[\"']?\s*wingdings(?:\s*([23]))?\b"
)
# <input> types that show no text of their own (a button's label is no cell text).
_NO_TEXT_INPUTS = frozenset(
    {"hidden", "button", "submit", "reset", "image", "file", "password", "range", "color"}
)
_BOX_INPUTS = frozenset({"checkbox", "radio"})
# The marks of a checkbox or radio button: the grid reads them as ticks (☑经费保障 ☐制度保障).
_CHECKED_BOX = "\u2611"  # ☑
_EMPTY_BOX = "\u2610"  # ☐
# Tags that end an open <select> (the HTML standard's "in select" and "in select in
# table" modes); every other tag inside a select is ignored.
_SELECT_ENDS = frozenset({"select", "input", "textarea", "keygen", "caption", *_STRUCTURE})


_CUT_IN_TABLE: Final = (
    "文件在表格中间结束（缺少 </table>），可能被截断：最后一张表的行或单元格可能不完整，"
    "请核对原文件"
)
_CUT_AFTER_TABLE: Final = (
    "文件缺少结束标记 </body> 与 </html>，可能被截断：其后的内容（如另一张表）可能缺失，"
    "请核对原文件"
)


def read_html(text: str, *, file: str | None = None, style_sheet: str = "") -> list[Sheet]:
    """Read an HTML document into one sheet: its tables' rows and its text blocks.

    Cell text is the inner text, its blocks (``<p>``, ``<div>``) and ``<br>``
    starting new lines, each line's runs of whitespace (``&nbsp;``, line breaks
    in the source) folded to one space and stripped; entities are decoded;
    ``<th>`` counts as ``<td>``; ``<script>`` and ``<style>`` are ignored and
    unclosed or stray tags tolerated. Rows without text are left out.
    *style_sheet* is the text of a style sheet the page links to (a web
    archive's ``stylesheet.css`` part): its class rules count as the page's own.
    ``row_numbers`` are the source lines of each ``<tr>`` (of the first text
    of a block); when two rows read share a line (a page on one line), the
    sheet's rows counted from 1 in order (:func:`_row_numbers`). Text is what a
    browser shows: form controls give their values, struck-out text and hidden
    rows and cells give nothing.

    Raises:
        ReadError: the expanded sheet has more than ``MAX_CELLS`` cells, or
            the markup breaks the parser.

    Example:
        >>> page = '''<h3 style="text-align: center;">财政项目支出绩效跟踪表</h3>
        ... <table>
        ... <tr><td rowspan="2">绩效指标</td><td colspan="2">产出指标</td></tr>
        ... <tr><td>数量指标</td><td>=2.00(次)&nbsp;</td></tr>
        ... </table>'''
        >>> [sheet] = read_html(page)
        >>> for row in sheet.rows:
        ...     print(row)
        ('财政项目支出绩效跟踪表',)
        ('绩效指标', '产出指标', '')
        ('', '数量指标', '=2.00(次)')
        >>> sheet.row_numbers
        (1, 3, 4)
        >>> form = '''<table><tr><td><input value="620户"></td>
        ... <td><select><option>确定能<option selected>有可能</select></td>
        ... <td><del>9月底前</del>10月底前</td></tr>
        ... <tr style="display:none"><td>（已删除）</td></tr></table>'''
        >>> read_html(form)[0].rows
        (('620户', '有可能', '10月底前'),)
    """
    parser = _SheetParser(file)
    if style_sheet:
        parser.add_style_sheet(style_sheet)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, IndexError, RecursionError) as exc:
        # html.parser and _markupbase assert on some malformed declarations (`<![if`).
        line = parser.getpos()[0]
        raise ReadError(f"无法解析 HTML：{exc}", file=file, where=f"第 {line} 行") from None
    return [parser.sheet()]


@define
class _Row:
    """A ``<tr>`` being read: its cells by column and the covered columns."""

    index: int  # where it stands in the sheet
    cells: dict[int, str] = field(factory=dict)
    next_column: int = 0
    # Columns that cells of this row cover in later rows: column -> rows below.
    spans: dict[int, int] = field(factory=dict)
    # The cells a merge leaves empty, (left, right, down): columns covered by a rowspan
    # from above (down) or by a colspan of this row (across, its first cell included).
    merged: list[tuple[int, int, bool]] = field(factory=list)
    hidden: bool = False  # display:none: its cells keep their place, without text
    struck: bool = False  # line-through: every cell's text is struck out


@define
class _Dropped:
    """An open element whose text is dropped (``<del>``), and how deep its tag nests in it.

    Also a hidden element (a veil): the rows and blocks that start in it are hidden.
    """

    tag: str
    depth: int = 1
    cell: _Cell | None = None  # a veil's: the cell it opened in (it ends with the cell)
    # Dropped only as undrawn text (visibility:hidden): a child that sets
    # visibility:visible is drawn. Or it is that child: its text is shown again.
    invisible: bool = False
    shown: bool = False


@define
class _Cell:
    """A ``<td>``/``<th>`` being read."""

    column: int
    parts: list[str] = field(factory=list)
    span: int = 1  # its colspan
    # A cell that holds a table: a page's layout cell, whose text blocks are rows.
    layout: bool = False
    # A table started in the cell, not (yet) its layout: the sheet row where its rows
    # start and how many parts the cell held before it. Should the table hold an
    # indicator grid's header, the cell lays out the form after all.
    table_at: tuple[int, int] | None = None
    hidden: bool = False  # in a hidden row, or hidden itself: nothing in it is read
    muted: bool = False  # hidden or struck out as a whole: its text is dropped
    # The open elements whose text is dropped (<del>, a hidden <span>…), made when
    # the first one opens.
    dropped: list[_Dropped] | None = None
    boxes: bool = False  # holds a checkbox or radio button
    placeholder: bool = False  # Word's filler cell: it takes no column and gives no text
    # The text blocks begun so far (the _BREAKs in ``parts``) and the source line of
    # each block's first text, by its ordinal: a layout cell's blocks are rows that
    # start on their own lines, as blocks outside tables do.
    block: int = 0
    lines: dict[int, int] = field(factory=dict)


@define
class _Raised:
    """An open raised element of a cell (``<sup>``, ``vertical-align:super``, a note link).

    Where the cell's text stood when it opened, and how deep its tag nests in it.
    """

    tag: str
    cell: _Cell
    start: int
    depth: int = 1


@define
class _SymbolFont:
    """An open element whose text is shown in a Wingdings font, and how deep its tag nests."""

    tag: str
    marks: dict[int, str]  # the font's ticks and boxes, for str.translate
    cell: _Cell | None  # the cell it opened in: its font ends with the cell
    depth: int = 1


@define
class _Table:
    """A ``<table>`` being read: its open row and cell, and rowspans from above."""

    row: _Row | None = None
    cell: _Cell | None = None
    # Columns covered by rowspans of earlier rows: column -> rows still covered.
    covered: dict[int, int] = field(factory=dict)
    # The sheet rows of a <tfoot> (first, end), drawn after the body whatever its place.
    foot: tuple[int, int] | None = None
    in_foot: int | None = None  # the first sheet row of the <tfoot> being read
    hidden: bool = False  # inside a hidden row or cell: none of its rows is read
    # Hidden itself (<table style="display:none">), or its open row group (<tbody
    # hidden>): its rows are veiled, left out when the page shows a grid (_SheetParser.sheet).
    veiled: bool = False
    group_veiled: bool = False
    first: int = 0  # the sheet row where its rows start
    width: int = 0  # its widest row's
    serial: int = 0  # its ordinal among the page's tables (the rows' owner)


@define
class _Option:
    """An ``<option>`` being read: whether it is selected, and what it shows."""

    selected: bool
    label: str | None  # the label attribute, which browsers show instead of the text
    parts: list[str] = field(factory=list)

    def shown(self) -> str:
        """The option's text as a browser shows it."""
        if self.label and self.label.strip():
            return _fold(self.label)
        return _fold("".join(self.parts))


@define
class _Select:
    """A ``<select>`` being read: its options and the one open."""

    multiple: bool
    options: list[_Option] = field(factory=list)
    open: _Option | None = None

    def start(self, tag: str, values: dict[str, str | None]) -> None:
        """An ``<option>`` (or an ``<optgroup>``, which only ends the open option) starts."""
        self.open = None
        if tag == "option":
            self.open = _Option("selected" in values, values.get("label"))
            self.options.append(self.open)

    def text(self) -> str:
        """The selected options (one unless ``multiple``: the last); none selected is ""."""
        selected = [option for option in self.options if option.selected]
        if not self.multiple:
            selected = selected[-1:]
        return "、".join(shown for option in selected if (shown := option.shown()))


class _SheetParser(HTMLParser):
    """Collects the rows of one sheet while :class:`HTMLParser` walks the document."""

    def __init__(self, file: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self._file = file
        # Rows are placed when they start (document order) and filled when they end.
        self._rows: list[tuple[str, ...] | None] = []
        self._numbers: list[int] = []
        # Whether each row started in a hidden container (a <div>, <table> or <tbody>
        # hidden by display:none, the hidden attribute or a class): see sheet().
        self._veiled: list[bool] = []
        # The table each row is a row of (its ordinal; None for a text block): a cell a
        # rowspan covers is merged with the row above it in its own table, not with the
        # last row of a table nested in between.
        self._owners: list[int | None] = []
        self._opened = 0  # the tables opened so far
        # The merged cells of each row (_Row.merged), for the Sheet's merges.
        self._merged: list[tuple[tuple[int, int, bool], ...]] = []
        # The open hidden elements other than tables and row groups, innermost last.
        self._veils: list[_Dropped] = []
        self._width = 0
        self._tables: list[_Table] = []
        # The element whose content is skipped (<script>…) and how deep it nests in itself.
        self._ignored: str | None = None
        self._ignored_depth = 0
        self._block: list[str] = []
        self._block_started = False
        self._block_line = 0
        self._block_veiled = False  # the block started in a hidden container
        # Struck-out elements open outside cells (in a cell: _Cell.dropped).
        self._dropped: list[_Dropped] = []
        self._select: _Select | None = None  # the open <select>
        self._closed = False  # the start tag being read is self-closing (`<span/>`)
        # The page's <style> text being read, and the classes its rules hide or strike out.
        self._css: list[str] = []
        self._classes = _Classes()
        # Open elements in a Wingdings font (Word's ticks: `<span style='font-family:
        # "Wingdings 2"'>R</span>` is ☑), innermost last.
        self._symbols: list[_SymbolFont] = []
        # The open raised elements of cells (<sup>, vertical-align:super), innermost last.
        self._raised: list[_Raised] = []
        # Whether <html> was opened, and </body> or </html> met: a page cut short has
        # neither end tag.
        self._html_opened = False
        self._html_closed = False
        self._problems: list[Problem] = []

    def add_style_sheet(self, css: str) -> None:
        """Take the class rules of a style sheet that applies to the whole page."""
        self._classes.add_rules(css)

    def sheet(self) -> Sheet:
        """The sheet read so far (call after :meth:`close`).

        Rows in a hidden container (last year's table in a ``display:none`` block, the
        other panes of a tab widget) are left out when the page shows an indicator
        grid outside them (see :func:`_shows_grid`); a page that hides all its grids (a
        saved system page whose script shows the table) is read whole.
        """
        kept = self._rows
        if any(self._veiled) and _shows_grid(
            [row for row, veiled in zip(self._rows, self._veiled, strict=True) if not veiled]
        ):
            kept = [
                None if veiled else row
                for row, veiled in zip(self._rows, self._veiled, strict=True)
            ]
        # Rows without text (spacers, rows that rowspans cover) are left out, as in TSV.
        rows = [
            (row, n, merged, owner)
            for row, n, merged, owner in zip(
                kept, self._numbers, self._merged, self._owners, strict=True
            )
            if row and any(row)
        ]
        # A cell a rowspan covers is merged with the row kept above it, one a colspan
        # covers with the cell it continues: what Sheet.merged asks of either. Not
        # when the row above is another table's or a text block (a layout cell's
        # table and text ended in the row between): a range is a rectangle, and
        # that row shows no text of the covered cell.
        merges = tuple(
            (index - 1, left, index, right) if down else (index, left, index, right)
            for index, (_, _, merged, owner) in enumerate(rows)
            for left, right, down in merged
            if not down or (index and rows[index - 1][3] == owner)
        )
        return Sheet(
            tuple(row for row, _, _, _ in rows),
            file=self._file,
            row_numbers=_row_numbers([n for _, n, _, _ in rows]),
            merges=merges,
            problems=tuple(self._problems),
        )

    # -- HTMLParser callbacks ---------------------------------------------------

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _IGNORED:
            return  # `<svg/>` has no content to ignore
        self._closed = True
        try:
            self.handle_starttag(tag, attrs)
        finally:
            self._closed = False
        if tag in _CELLS or tag in ("tr", "table"):
            self.handle_endtag(tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self._html_opened = True
        if self._ignored is not None:
            # Only <title> is left open by accident (html.parser ends <script>
            # and <style> at their end tags): real content ends it.
            if self._ignored == "title" and tag in _BLOCKS:
                self._ignored = None
            else:
                self._ignored_depth += tag == self._ignored
                return
        if tag in _IGNORED:
            self._ignored, self._ignored_depth = tag, 1
            return
        if self._select is not None:
            if tag in ("option", "optgroup"):
                self._select.start(tag, dict(attrs))
                return
            if tag not in _SELECT_ENDS:
                return  # browsers ignore other tags in a select
            self._end_select()
            if tag == "select":
                return  # a <select> inside a select ends it
        table = self._tables[-1] if self._tables else None
        if tag == "table":
            if table is not None and table.cell is not None:
                cell = table.cell
                if cell.layout or _is_layout_cell(table):
                    # A page's layout cell (portals wrap their content in tables): its
                    # text blocks before the inner table are rows before its rows.
                    self._emit_blocks(cell)
                    cell.layout = True
                else:
                    cell.table_at = (len(self._rows), len(cell.parts))
                    cell.parts.append(" ")  # the outer cell's text goes around it
            self._flush_block()
            # A table in a hidden cell is hidden with it.
            hidden = table is not None and table.cell is not None and table.cell.hidden
            veiled = bool(attrs) and _looks(dict(attrs), self._classes)[0]
            self._opened += 1
            self._tables.append(
                _Table(hidden=hidden, veiled=veiled, first=len(self._rows), serial=self._opened)
            )
            return
        if table is None:
            if tag in _BLOCKS:
                self._flush_block()
        elif tag == "tr":
            self._end_row(table)
            self._start_row(table, attrs)
            return
        elif tag in _CELLS:
            self._end_cell(table)
            if table.row is None:
                self._start_row(table)
            self._start_cell(table, attrs)
            return
        elif tag in _ROW_GROUPS:
            self._end_row(table)
            table.covered.clear()
            self._end_foot(table)
            if tag == "tfoot":
                table.in_foot = len(self._rows)
            table.group_veiled = bool(attrs) and _looks(dict(attrs), self._classes)[0]
            return
        elif tag in _BLOCKS:
            self._separate()
        if tag not in _STRUCTURE and (tag not in _VOID or tag == "input"):
            self._start_element(tag, attrs, table)

    def _start_element(
        self, tag: str, attrs: list[tuple[str, str | None]], table: _Table | None
    ) -> None:
        """An element that holds text: struck out or hidden, a form control, or plain."""
        cell = table.cell if table is not None else None
        values = dict(attrs) if attrs else {}
        drop = tag in _STRUCK
        hidden = False
        invisible = shown = False
        if not drop and values:
            hidden, struck = _looks(values, self._classes)
            # Outside cells only struck text is dropped: a page's hidden section (a
            # tab, content a script shows) may hold the very table that was saved.
            drop = struck or (hidden and cell is not None)
            if cell is not None and not drop and (style := values.get("style")):
                drop = _undrawn(style)  # visibility:hidden, font-size:0 (88%93.5%)
                invisible = drop and _invisible_only(style.lower())
                # visibility:visible under visibility:hidden: drawn (CSS inherits it)
                shown = (
                    not drop
                    and cell.dropped is not None
                    and _VISIBLE_RE.search(style.lower()) is not None
                    and _all_invisible(cell.dropped)
                )
        if tag == "input":
            if not drop:
                self._input(values, cell)
            return
        if self._veils and tag in _BLOCKS:
            _close_paragraph(self._veils)
        if hidden and not self._closed and tag not in _INLINE:
            # A hidden container: the rows and blocks that start in it are veiled.
            self._veils.append(_Dropped(tag, cell=cell))
        elif self._veils and tag not in _VOID:
            _nest(self._veils, tag)
        if cell is not None and (tag == "sup" or (values and _raises(tag, values, self._classes))):
            self._raised.append(_Raised(tag, cell, len(cell.parts)))
        elif self._raised and tag not in _VOID:
            _nest(self._raised, tag)
        if tag == "select":
            self._select = _Select(multiple="multiple" in values)
        elif tag == "textarea":
            self.handle_data(" ")  # a box of its own
        if self._closed:
            return
        style = values.get("style")
        font = None
        if style and "wingdings" in (style := style.lower()):  # only then look further
            font = _symbol_font(style)
        if font is not None:
            self._symbols.append(_SymbolFont(tag, symbol_translation(font), cell))
        elif self._symbols:
            _nest(self._symbols, tag)
        dropped = self._dropped if cell is None else cell.dropped
        if dropped and tag in _BLOCKS:
            _close_paragraph(dropped)
        if shown and cell is not None and cell.dropped:
            cell.dropped.append(_Dropped(tag, shown=True))
        elif drop:
            if cell is None:
                self._dropped.append(_Dropped(tag))
            elif cell.dropped is None:
                cell.dropped = [_Dropped(tag, invisible=invisible)]
            else:
                cell.dropped.append(_Dropped(tag, invisible=invisible))
        elif dropped:
            # The same tag nested in a dropped element: its end tag is not the dropped one's.
            _nest(dropped, tag)

    def _end_raised(self, tag: str, cell: _Cell | None) -> None:
        """The end tag *tag*: it may end a raised element of *cell*.

        A note mark after a value (``94%<sup>注</sup>``, ``2150<sup>1</sup>``) is
        left out; ``×10<sup>2</sup>`` is ``×10²``.
        """
        for index in range(len(self._raised) - 1, -1, -1):
            entry = self._raised[index]
            if entry.tag == tag:
                entry.depth -= 1
                if entry.depth == 0:
                    del self._raised[index:]
                    if entry.cell is cell and cell is not None:
                        start = entry.start
                        text = raised_text("".join(cell.parts[start:]), cell.parts[:start])
                        cell.parts[start:] = [text] if text else []
                return

    def _end_element(self, tag: str) -> None:
        """The end tag of an element that holds text: it may end a dropped element."""
        table = self._tables[-1] if self._tables else None
        dropped = (
            table.cell.dropped if table is not None and table.cell is not None else self._dropped
        )
        if tag == "textarea":
            self.handle_data(" ")
        if dropped:
            _end_nested(dropped, tag)

    def _input(self, values: dict[str, str | None], cell: _Cell | None) -> None:
        """An ``<input>``: its value, or the mark of a checkbox or radio button."""
        kind = (values.get("type") or "text").strip().lower()
        if kind in _BOX_INPUTS:
            self.handle_data(" " + (_CHECKED_BOX if "checked" in values else _EMPTY_BOX))
            if cell is not None:
                cell.boxes = True
        elif kind not in _NO_TEXT_INPUTS and (value := values.get("value")):
            self.handle_data(f" {value} ")

    def _end_select(self) -> None:
        """The open ``<select>`` ends: it shows its selected options."""
        select = self._select
        if select is None:  # pragma: no cover - callers check
            return
        self._select = None
        text = select.text()
        if text:
            self.handle_data(f" {text} ")
        self._end_element("select")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("html", "body"):
            self._html_closed = True
        if self._ignored is not None:
            if tag == self._ignored:
                self._ignored_depth -= 1
            if self._ignored_depth == 0 or (self._ignored == "title" and tag in _BLOCKS):
                if self._ignored == "style":
                    self._classes.add_rules("".join(self._css))
                    self._css.clear()
                self._ignored = None
            return
        if self._select is not None:
            if tag in ("option", "optgroup"):
                self._select.open = None
                return
            if tag != "select" and tag not in _SELECT_ENDS:
                return  # browsers ignore other end tags in a select
            self._end_select()
            if tag == "select":
                return
        if self._symbols:
            _end_nested(self._symbols, tag)
        if self._veils:
            _end_nested(self._veils, tag)
        if not self._tables:
            if tag in _BLOCKS:
                self._flush_block()
            if self._dropped or tag == "textarea":
                self._end_element(tag)
            return
        table = self._tables[-1]
        if tag == "table":
            self._end_table()
        elif tag in _CELLS:
            if table.cell is not None:
                self._end_cell(table)
            else:
                self._end_enclosing_cell()
        elif tag == "tr":
            self._end_row(table)
        elif tag in _ROW_GROUPS:
            self._end_row(table)
            table.covered.clear()
            self._end_foot(table)
            table.group_veiled = False
        else:
            if self._raised:
                self._end_raised(tag, table.cell)
            if tag in _BLOCKS:
                self._separate()
            cell = table.cell
            if tag == "textarea" or (cell.dropped if cell is not None else self._dropped):
                self._end_element(tag)

    def handle_data(self, data: str) -> None:
        """Text shown where the parser stands: in a cell, else in a block."""
        if self._ignored is not None:
            if self._ignored == "style":
                self._css.append(data)
            return
        if self._select is not None:
            if self._select.open is not None:
                self._select.open.parts.append(data)
            return  # text in a select outside its options is not shown
        table = self._tables[-1] if self._tables else None
        if self._symbols:
            font = self._symbols[-1]
            if font.cell is (table.cell if table is not None else None):
                data = data.translate(font.marks)
        if table is not None:
            cell = table.cell
            if cell is not None:
                if not cell.muted and (not cell.dropped or cell.dropped[-1].shown):
                    cell.parts.append(data)
                    if cell.block not in cell.lines and (stripped := data.lstrip()):
                        ahead = data[: len(data) - len(stripped)].count("\n")
                        cell.lines[cell.block] = self.getpos()[0] + ahead
                return
            if table.hidden or (table.row is not None and table.row.hidden):
                return
        if self._dropped:
            return
        # Text outside cells, also stray text inside a table, is a block.
        if not self._block_started:
            stripped = data.lstrip()
            if not stripped:
                return  # whitespace before a block is no part of it
            self._block_started = True
            self._block_line = self.getpos()[0] + data[: len(data) - len(stripped)].count("\n")
            self._block_veiled = self._in_veil()
        self._block.append(data)

    # The base class's signature, boolean positional argument included.
    def parse_marked_section(self, i: int, report: bool = True) -> int:  # noqa: FBT001, FBT002
        """``<![if …]>`` (Office) and ``<![CDATA[…]]>``; another ``<![`` is a bogus comment."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # _markupbase asserts on unknown keywords (`<![foo]>`)
            end = self.rawdata.find(">", i + 3)
            return -1 if end == -1 else end + 1

    def close(self) -> None:
        super().close()
        # a table left open in a page that closes (</body>, </html>) is a slip of its
        # writer, read whole; one open at the end of the file is a file cut short
        cut_in_table = bool(self._tables) and not self._html_closed
        if self._select is not None:
            self._end_select()  # a page cut short in a select
        while self._tables:
            self._end_table()
        self._flush_block()
        # A file cut short: it ends inside a table (no </table>, and no </body> or
        # </html> after: rows or the cell it ends in are missing), or it opened <html>
        # and ends without </body> and
        # </html> (HTML allows leaving both out; no export does, and a table after
        # the cut is gone). A fragment without <html> is taken as it stands.
        if cut_in_table:
            self._problems.append(Problem("file-truncated", _CUT_IN_TABLE))
        elif self._html_opened and not self._html_closed:
            self._problems.append(Problem("file-truncated", _CUT_AFTER_TABLE))

    # -- building rows -----------------------------------------------------------

    def _in_veil(self, cell: _Cell | None = None) -> bool:
        """Whether what is read now stands in a hidden container (not one opened in *cell*)."""
        for table in self._tables:
            if table.veiled or table.group_veiled:
                return True
        return bool(self._veils) and any(
            cell is None or veil.cell is not cell for veil in self._veils
        )

    def _place(self, line: int, *, veiled: bool | None = None, owner: int | None = None) -> int:
        """Reserve the next sheet row, starting at *line*; return its index.

        The row is *veiled* (in a hidden container; by default: if the parser stands in
        one), a row of the table *owner* (None: a text block).
        """
        self._rows.append(None)
        self._numbers.append(line)
        self._owners.append(owner)
        self._veiled.append(self._in_veil() if veiled is None else veiled)
        self._merged.append(())
        check_cells(len(self._rows), self._width, file=self._file, expanded=True)
        return len(self._rows) - 1

    def _flush_block(self) -> None:
        """End the current text block outside cells: a non-empty one is a row."""
        text = _fold("".join(self._block))
        self._block.clear()
        self._block_started = False
        if text:
            index = self._place(self._block_line, veiled=self._block_veiled)
            self._rows[index] = (text,)
            self._grow(1)

    def _separate(self) -> None:
        """A block boundary inside a table: a word break in a cell, else the end of a block."""
        table = self._tables[-1]
        if table.cell is not None:
            table.cell.parts.append(_BREAK)
            table.cell.block += 1
        else:
            self._flush_block()

    def _grow(self, width: int) -> None:
        if width > self._width:
            self._width = width
            check_cells(len(self._rows), width, file=self._file, expanded=True)

    def _start_row(self, table: _Table, attrs: list[tuple[str, str | None]] | None = None) -> None:
        self._flush_block()
        row = _Row(self._place(self.getpos()[0], owner=table.serial))
        if table.hidden:
            row.hidden = True
        elif attrs:
            row.hidden, row.struck = _looks(dict(attrs), self._classes)
        # Cells that rowspans from above cover are empty.
        row.cells = dict.fromkeys(table.covered, "")
        row.merged = [(column, column, True) for column in table.covered]
        table.row = row

    def _start_cell(self, table: _Table, attrs: list[tuple[str, str | None]]) -> None:
        row = table.row
        if row is None:  # pragma: no cover - _start_row ran just before
            return
        values = dict(attrs)
        style = (values.get("style") or "").lower()
        if "mso-cell-special" in style and _PLACEHOLDER_RE.search(style) is not None:
            # Word's filler cell (`<![if !supportMisalignedColumns]>`): no column of the table
            table.cell = _Cell(row.next_column, hidden=True, muted=True, placeholder=True)
            return
        colspan = _span(values.get("colspan"), MAX_COLSPAN)
        rowspan = _span(values.get("rowspan"), MAX_ROWSPAN, zero=MAX_ROWSPAN)
        column = row.next_column
        while column in row.cells:
            column += 1
        self._grow(column + colspan)
        for covered in range(column, column + colspan):
            row.cells[covered] = ""
            if rowspan > 1:
                row.spans[covered] = max(row.spans.get(covered, 0), rowspan - 1)
        row.next_column = column + colspan
        if colspan > 1 and not ("mso-ignore" in style and _IGNORED_COLSPAN_RE.search(style)):
            # Excel's `colspan=N style='mso-ignore:colspan'` is text overflowing into
            # empty cells, not a merge: the cells it covers stay empty
            row.merged.append((column, column + colspan - 1, False))
        cell = _Cell(column, span=colspan)
        if row.hidden or row.struck:
            cell.hidden = row.hidden
            cell.muted = True
        elif "style" in values or "hidden" in values or (self._classes and "class" in values):
            hidden, struck = _looks(values, self._classes)
            cell.hidden = hidden
            cell.muted = hidden or struck
        table.cell = cell

    def _emit_blocks(self, cell: _Cell) -> None:
        """The text blocks of a layout cell read so far, each a one-cell row."""
        veiled = self._in_veil(cell)  # text in a hidden element of the cell is dropped
        blocks = "".join(cell.parts).split(_BREAK)
        lines = _block_lines(cell, len(blocks), self.getpos()[0])
        for block, line in zip(blocks, lines, strict=True):
            text = _fold(block)
            if text:
                index = self._place(line, veiled=veiled)
                self._rows[index] = (text,)
                self._grow(1)
        _clear_blocks(cell)

    def _end_cell(self, table: _Table) -> None:
        cell, row = table.cell, table.row
        table.cell = None
        if self._symbols and cell is not None:  # a font left open in the cell ends with it
            self._symbols = [font for font in self._symbols if font.cell is not cell]
        if self._raised and cell is not None:  # so does a <sup> left open
            self._raised = [entry for entry in self._raised if entry.cell is not cell]
        if self._veils and cell is not None:  # and a hidden element
            self._veils = [veil for veil in self._veils if veil.cell is not cell]
        if cell is not None and cell.layout:
            self._emit_blocks(cell)  # the text after the inner table: rows after its rows
        elif cell is not None and row is not None and not cell.placeholder:
            text = _lines("".join(cell.parts))
            if cell.boxes and not text.replace(_EMPTY_BOX, "").strip():
                text = ""  # unchecked boxes without a label: a blank tick column
            row.cells[cell.column] = text

    def _end_row(self, table: _Table) -> None:
        self._end_cell(table)
        row = table.row
        if row is None:
            return
        table.row = None
        self._flush_block()  # stray text inside the row comes after it
        width = max(row.cells, default=-1) + 1
        table.width = max(table.width, width)
        self._rows[row.index] = tuple(row.cells.get(c, "") for c in range(width))
        if row.merged:
            self._merged[row.index] = tuple(row.merged)
        covered = {c: n - 1 for c, n in table.covered.items() if n > 1}
        for column, rows in row.spans.items():
            covered[column] = max(covered.get(column, 0), rows)
        table.covered = covered

    def _end_foot(self, table: _Table) -> None:
        if table.in_foot is not None:
            table.foot = (table.in_foot, len(self._rows))
            table.in_foot = None

    def _end_table(self) -> None:
        table = self._tables.pop()
        self._end_row(table)
        self._end_foot(table)
        if table.foot is not None and table.foot[1] < len(self._rows):
            # <tfoot> before <tbody> (HTML 4): browsers draw it last, and so do we.
            first, end = table.foot
            self._rows[first:] = [*self._rows[end:], *self._rows[first:end]]
            self._numbers[first:] = [*self._numbers[end:], *self._numbers[first:end]]
            self._veiled[first:] = [*self._veiled[end:], *self._veiled[first:end]]
            self._owners[first:] = [*self._owners[end:], *self._owners[first:end]]
            self._merged[first:] = [*self._merged[end:], *self._merged[first:end]]
        self._flush_block()
        outer = self._tables[-1] if self._tables else None
        if outer is not None and outer.cell is not None:
            cell = outer.cell
            if cell.table_at is not None:
                self._grid_lays_out(cell, *cell.table_at)
            if cell.layout and outer.row is not None and table.width == cell.span:
                self._align(table.first, cell.column, outer.row)
            cell.parts.append(" ")

    def _align(self, first: int, column: int, row: _Row) -> None:
        """Start the rows of a table laid out in a form's cell at the cell's *column*.

        Only when a label stands before the cell in its *row* (``绩效指标 | [grid]``),
        for a table as wide as the cell (the caller's test): the grid's 分值 and 得分
        then stand over those of the form's 总分 row under it, as the page shows them.
        Rows from sheet row *first* on with more than one cell are moved (text blocks,
        one-cell rows, stay where titles are read).
        """
        if not column or not any(text for at, text in row.cells.items() if at < column):
            return
        pad = ("",) * column
        widest = 0
        for index in range(first, len(self._rows)):
            cells = self._rows[index]
            if cells is None or len(cells) < 2:  # noqa: PLR2004 (a text block)
                continue
            self._rows[index] = pad + cells
            widest = max(widest, len(cells))
            if self._merged[index]:
                self._merged[index] = tuple(
                    (left + column, right + column, down)
                    for left, right, down in self._merged[index]
                )
        self._grow(widest + column)

    def _grid_lays_out(self, cell: _Cell, first: int, before: int) -> None:
        """A table in a data cell ended: if it holds a grid's header, the cell lays out.

        ``绩效指标 | 年度绩效指标完成情况 | <p>表2</p><table>[grid]</table>``: the cell's
        text blocks before the table become rows before its rows (sheet row *first*
        on), those after it rows after them, as in a layout cell.
        """
        cell.table_at = None
        if not any(row is not None and is_grid_header_row(row) for row in self._rows[first:]):
            return
        segments = "".join(cell.parts[:before]).split(_BREAK)
        line = self._numbers[first] if first < len(self._numbers) else self.getpos()[0]
        lines = _block_lines(cell, len(segments), line)
        blocks = [
            (text, at) for block, at in zip(segments, lines, strict=True) if (text := _fold(block))
        ]
        self._rows[first:first] = [(text,) for text, _ in blocks]
        self._numbers[first:first] = [at for _, at in blocks]
        self._veiled[first:first] = [self._in_veil(cell)] * len(blocks)
        self._owners[first:first] = [None] * len(blocks)
        self._merged[first:first] = [()] * len(blocks)
        if blocks:
            self._grow(1)
            check_cells(len(self._rows), self._width, file=self._file, expanded=True)
        _clear_blocks(cell)
        cell.layout = True

    def _end_enclosing_cell(self) -> None:
        """``</td>`` outside any cell of the innermost table: it may close an unclosed inner one."""
        if len(self._tables) > 1 and self._tables[-2].cell is not None:
            self._end_table()
            self._end_cell(self._tables[-1])


def _block_lines(cell: _Cell, count: int, fallback: int) -> list[int]:
    """The source lines of the first *count* text blocks of *cell*: where each one's text starts.

    A block without text, and every block of a cell whose breaks a raised element
    took back (the breaks no longer match the count), takes *fallback*.
    """
    if "".join(cell.parts).count(_BREAK) != cell.block:
        return [fallback] * count
    return [cell.lines.get(ordinal, fallback) for ordinal in range(count)]


def _clear_blocks(cell: _Cell) -> None:
    """Empty *cell* of the text blocks made rows: what follows counts its blocks anew."""
    cell.parts.clear()
    cell.block = 0
    cell.lines.clear()


def _row_numbers(lines: Sequence[int]) -> tuple[int, ...]:
    """The row numbers of a sheet whose rows start on source *lines*: the lines, if distinct.

    When two rows start on one line (a page written on one line, as web systems and
    scripts write them, or two ``<tr>`` on a line) the lines cannot tell cells apart,
    and the whole sheet's rows are counted from 1 in order instead, as in a Word
    document: numbers stay unique and rise down the sheet.

    Example:
        >>> _row_numbers([1, 3, 4])
        (1, 3, 4)
        >>> _row_numbers([1, 1, 1])
        (1, 2, 3)
        >>> _row_numbers([2, 5, 5, 9])
        (1, 2, 3, 4)
    """
    if len(set(lines)) == len(lines):
        return tuple(lines)
    return tuple(range(1, len(lines) + 1))


def _shows_grid(rows: Sequence[tuple[str, ...] | None]) -> bool:
    """Whether the *rows* a page shows hold an indicator grid: a header and a row under it.

    The header names the grid's name or level columns; one of the three rows under
    it (a level's heading may come first) prints a name and a figure. An empty list
    (``序号 | 指标名称 | 操作``, no rows) or a search form (``一级指标 | <select> |
    三级指标 | <input> | 查询``) is no grid.

    Example:
        >>> _shows_grid([("序号", "指标名称", "操作")])
        False
        >>> _shows_grid([("三级指标", "年度指标值"), ("培训人次", "≥100人次")])
        True
    """
    shown = [row for row in rows if row and any(row)]
    for index, row in enumerate(shown):
        if not names_grid_columns(row):
            continue
        for below in shown[index + 1 : index + 4]:
            if names_grid_columns(below):
                break  # 一级指标 | 二级指标 | 三级指标 under 绩效指标 | 年度指标值: looked at next
            cells = [text for text in below if text.strip()]
            if len(cells) > 1 and any(any(c.isdigit() for c in text) for text in cells[1:]):
                return True
    return False


def _symbol_font(style: str) -> str | None:
    """The Wingdings font (``wingdings 2``) the lower-case inline *style* sets, if any.

    Word's ``mso-symbol-font-family`` names the font its symbol characters are
    shown in and goes before ``font-family``; ``mso-ascii-font-family`` and the
    like set no font here.
    """
    found: dict[str, str] = {}
    for match in _SYMBOL_FONT_RE.finditer(style):
        number = match.group(2)
        found.setdefault(match.group(1), f"wingdings {number}" if number else "wingdings")
    return found.get("mso-symbol-font-family") or found.get("font-family")


class _Opened(Protocol):
    """An open element the parser follows (dropped text, a veil, a symbol font)."""

    tag: str
    depth: int


_O = TypeVar("_O", bound=_Opened)


def _nest(opened: list[_O], tag: str) -> None:
    """*tag* opens inside followed elements: it nests in the innermost of its name."""
    for entry in reversed(opened):
        if entry.tag == tag:
            entry.depth += 1
            return


def _end_nested(opened: list[_O], tag: str) -> None:
    """The end tag *tag*: it may end a followed element (and what is misnested in it)."""
    for index in range(len(opened) - 1, -1, -1):
        entry = opened[index]
        if entry.tag == tag:
            entry.depth -= 1
            if entry.depth == 0:
                del opened[index:]
            return


def _invisible_only(style: str) -> bool:
    """Whether the (lower-case) *style* leaves text undrawn by visibility alone, not font-size:0."""
    return _INVISIBLE_RE.search(style) is not None and _FONT_ZERO_RE.search(style) is None


def _all_invisible(dropped: list[_Dropped]) -> bool:
    """Whether the dropped elements open (since the last drawn one) are only invisible.

    None open is no invisible one: a child that sets visibility:visible is plain.
    """
    if not dropped:
        return False
    for entry in reversed(dropped):
        if entry.shown:
            return True
        if not entry.invisible:
            return False
    return True


def _close_paragraph(dropped: list[_Dropped]) -> None:
    """A block starts: it ends an open ``<p>`` (``<p hidden>旧<p>新``), as in browsers."""
    for index in range(len(dropped) - 1, -1, -1):
        if dropped[index].tag == "p":
            del dropped[index:]
            return


@define
class _Classes:
    """The classes a page's style sheets hide or strike out (lower case)."""

    hidden: set[str] = field(factory=set)
    struck: set[str] = field(factory=set)
    raised: set[str] = field(factory=set)  # vertical-align:super (a note mark's class)

    def __bool__(self) -> bool:
        return bool(self.hidden or self.struck or self.raised)

    def add_rules(self, css: str) -> None:
        """Take the rules of one ``<style>`` sheet whose selectors are a class.

        Only a selector of one class, with or without its tag, is looked up
        (``.xl66``, ``td.xl66``); descendant, id and attribute selectors, and
        ``@media`` blocks, are not.
        """
        for selectors, declarations in _css_rules(_uncommented(css)):
            lowered = declarations.lower()
            hidden, struck = _declares(lowered)
            raised = _vertical_align(lowered) == "super"
            if not (hidden or struck or raised):
                continue
            for selector in selectors.lower().split(","):
                match = _CLASS_SELECTOR_RE.fullmatch(selector.strip())
                if match is not None:
                    if hidden:
                        self.hidden.add(match.group(1))
                    if struck:
                        self.struck.add(match.group(1))
                    if raised:
                        self.raised.add(match.group(1))

    def of(self, names: str) -> tuple[bool, bool]:
        """Whether an element of the classes *names* (the attribute's value) is hidden, struck."""
        tokens = names.lower().split()
        return (
            any(token in self.hidden for token in tokens),
            any(token in self.struck for token in tokens),
        )


def _uncommented(css: str) -> str:
    """*css* without its comments (``/* … */``; an unclosed one runs to the end) and ``<!--``."""
    if "/*" in css:
        kept: list[str] = []
        position = 0
        while (start := css.find("/*", position)) != -1:
            kept.append(css[position:start])
            end = css.find("*/", start + 2)
            position = len(css) if end == -1 else end + 2
        kept.append(css[position:])
        css = " ".join(kept)
    return css.replace("<!--", " ").replace("-->", " ")


def _css_rules(css: str) -> Iterator[tuple[str, str]]:
    """The ``(selectors, declarations)`` of a style sheet's rules, in one pass.

    The block of an at-rule (``@media print { … }``, ``@page { … }``) is skipped
    whole: its rules are not the screen's. An unclosed block ends the sheet.
    """
    position = 0
    opening = css.find("{")
    while opening != -1:
        depth, index = 1, opening + 1
        while depth:
            closing = css.find("}", index)
            if closing == -1:
                return
            if opening < index:
                opening = css.find("{", index)
            if opening != -1 and opening < closing:
                depth, index = depth + 1, opening + 1
            else:
                depth, index = depth - 1, closing + 1
        selectors = css[position:index]
        block_start = selectors.index("{")
        if not selectors.lstrip().startswith("@") and "{" not in selectors[block_start + 1 :]:
            yield selectors[:block_start], selectors[block_start + 1 : -1]
        position = index
        if opening != -1 and opening < index:
            opening = css.find("{", index)


def _declares(style: str) -> tuple[bool, bool]:
    """Whether the lower-case declarations *style* hide, and strike out."""
    hidden = ("none" in style or "mso-hide" in style) and _HIDDEN_RE.search(style) is not None
    struck = "line-through" in style and _LINE_THROUGH_RE.search(style) is not None
    return hidden, struck


@lru_cache(maxsize=1024)
def _undrawn(style: str) -> bool:
    """Whether the inline *style* lays text out without drawing it (a page repeats its styles).

    ``visibility:hidden`` (or ``collapse``) and a font size of 0 (``font-size:0``,
    ``FONT-SIZE: 0pt``); a span in a cell written so holds no text a reader sees.
    """
    lowered = style.lower()
    return ("visibility" in lowered or "font-size" in lowered) and (
        _UNDRAWN_RE.search(lowered) is not None
    )


def _looks(values: dict[str, str | None], classes: _Classes) -> tuple[bool, bool]:
    """Whether an element with the attributes *values* is hidden, and whether it is struck out.

    Hidden: ``style="display:none"`` (also Excel's ``mso-hide:all``) or the
    ``hidden`` attribute; struck: ``text-decoration: line-through``; the inline
    style and the rules *classes* holds for the element's ``class`` both count,
    the inline style first for what it sets (``text-decoration:none`` unstrikes).
    """
    hidden = "hidden" in values
    struck = False
    if classes and (names := values.get("class")):
        hidden_by_class, struck = classes.of(names)
        hidden = hidden or hidden_by_class
    style = values.get("style")
    if style:
        style = style.lower()
        hidden_by_style, struck_by_style = _declares(style)
        # what the inline style sets overrides the class (style="text-decoration:none")
        hidden = hidden_by_style or (hidden and "display" not in style)
        struck = struck_by_style or (struck and "text-decoration" not in style)
    return hidden, struck


def _vertical_align(style: str) -> str | None:
    """The ``vertical-align`` the lower-case declarations *style* set, if any (the last)."""
    if "vertical-align" not in style:
        return None
    found = _VERTICAL_ALIGN_RE.findall(style)
    return found[-1] if found else None


def _raises(tag: str, values: dict[str, str | None], classes: _Classes) -> bool:
    """Whether an element with the attributes *values* shows its text raised, as a note mark.

    ``vertical-align:super`` in its inline style or in a rule for its class (Word's
    ``span.MsoFootnoteReference``), the inline style first (``vertical-align:baseline``
    lowers it again); also Word's link to a footnote (``<a href="#_ftn2">[2]</a>``),
    raised or not.
    """
    if tag == "a" and _NOTE_LINK_RE.search((values.get("href") or "").strip()) is not None:
        return True
    style = values.get("style")
    if style and (align := _vertical_align(style.lower())) is not None:
        return align == "super"
    names = values.get("class")
    return bool(classes.raised and names) and any(
        token in classes.raised for token in (names or "").lower().split()
    )


def _span(value: str | None, limit: int, *, zero: int = 1) -> int:
    """A ``rowspan``/``colspan`` value as browsers read it: leading digits, clamped.

    Missing or unreadable is 1; 0 is *zero* (``rowspan="0"`` spans the rest
    of the row group).
    """
    digits = ""
    for char in (value or "").strip():
        if not char.isascii() or not char.isdigit():
            break
        digits += char
        if len(digits) > len(str(limit)):
            return limit
    if not digits:
        return 1
    number = int(digits)
    if number == 0:
        return zero
    return min(number, limit)


# A block boundary inside a cell (<p>, <div>, <br>): white space to _fold, a row break
# in a layout cell (str.split() counts the unit separator as white space).
_BREAK = "\x1f"


def _is_layout_cell(table: _Table) -> bool:
    """Whether the open cell of *table*, where a table starts, lays out a page.

    It does when it is alone on its row so far, or holds several text blocks
    (``<div>当前位置…</div><p>…自评表</p><table>``); a data cell beside others
    (``外层 | 说明<table>…``) keeps its own text.
    """
    cell, row = table.cell, table.row
    if cell is None or row is None:
        return False
    alone = not any(text for column, text in row.cells.items() if column != cell.column)
    blocks = sum(1 for block in "".join(cell.parts).split(_BREAK) if block.strip())
    return alone or blocks > 1


# An entity left in decoded text: the export escaped the page twice (``&amp;ge;80%``).
_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});")
# What such an entity is decoded to, once more: the signs and spaces of value cells.
_TWICE_ESCAPED: Final = frozenset(
    "≥≤＞＜><＝≠%％±×÷～~¥￥‰℃°·—–“”‘’…\u00a0\u2002\u2003\u2009\u3000"
)


def _once_more(match: re.Match[str]) -> str:
    """The sign *match* stands for when it is one of :data:`_TWICE_ESCAPED`, else itself."""
    decoded = html.unescape(match.group())
    return decoded if decoded in _TWICE_ESCAPED else match.group()


def _fold(text: str) -> str:
    r"""*text* with runs of whitespace as one space, stripped.

    An entity still in the decoded text (``&ge;``, ``&#8805;``: a page escaped twice)
    is decoded once more when it stands for a sign or space of value cells
    (:data:`_TWICE_ESCAPED`); any other (``&amp;``, ``&lt;b&gt;``) stays as written.

    A line break in the source between two Chinese characters is no space
    (:data:`_WIDE_SEGMENT_BREAK`).

    Example:
        >>> _fold("&ge;80%&nbsp;"), _fold("A&amp;B"), _fold("农村饮水\n  工程"), _fold("≥12\n处")
        ('≥80%', 'A&amp;B', '农村饮水工程', '≥12 处')
    """
    if "&" in text:
        text = _ENTITY.sub(_once_more, text)
    if "\n" in text or "\r" in text:
        text = _WIDE_SEGMENT_BREAK.sub("", text)
    return " ".join(text.split())


# A line break in the page's source between two East Asian wide characters, with the
# spaces and tabs around it (a pretty-printed export wrapping ``农村饮水安全⏎    巩固提升工程``):
# no space, as CSS Text 3's segment break transformation has a browser show it (r39i:
# before, ``农村饮水安全 巩固提升工程``, not the name the xlsx export of the table gives).
# ``&nbsp;`` (U+00A0) is no segment break, and ``≥12⏎处`` (≥ is not wide) keeps its space.
_WIDE: Final = "\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6"
_WIDE_SEGMENT_BREAK: Final = re.compile(rf"(?<=[{_WIDE}])[ \t]*[\r\n][ \t\r\n]*(?=[{_WIDE}])")


def _lines(text: str) -> str:
    """A cell's text: its blocks (``<p>``, ``<div>``, ``<br>``…) as lines, each folded.

    Empty blocks are left out; line breaks in the source are white space.
    """
    if _BREAK not in text:
        return _fold(text)
    return "\n".join(line for line in map(_fold, text.split(_BREAK)) if line)
