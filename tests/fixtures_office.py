"""Build Excel and Word files in memory from plain grids, for reader tests.

Tests describe a spreadsheet or a document as Python data and get the bytes a
user would hand over; nothing is written to disk and no binary fixture is kept
in the repository. The readers are then called on those bytes::

    from fixtures_office import docx_bytes, xlsx_bytes

    data = xlsx_bytes({"表1": [["项目名称", "两新党建工作"]]})
    sheets = read_xlsx(data, file="表.xlsx")

Addresses and ranges are Excel's A1 notation (``"B3"``, ``"A2:A4"``) for all
three builders; for a Word table they count from the table's own top-left
cell. A cell covered by a merged range other than its top-left one should be
``""`` or ``None`` in the grid: Excel and Word keep only the top-left content.

The builders need the same optional dependencies as the readers (openpyxl for
xlsx, python-docx for docx), plus xlwt for xls; the ``test`` extra installs
them all.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

__all__ = [
    "docx_bytes",
    "parse_range",
    "replace_member",
    "with_shared_strings",
    "xls_bytes",
    "xlsx_bytes",
]

_CELL = re.compile(r"([A-Z]+)([0-9]+)")


def _cell(ref: str) -> tuple[int, int]:
    """``"B3"`` → ``(3, 2)``: the 1-based row and column of an A1 address."""
    match = _CELL.fullmatch(ref.strip().upper())
    if match is None:
        msg = f"not an A1 cell address: {ref!r}"
        raise ValueError(msg)
    letters, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(digits), column


def parse_range(ref: str) -> tuple[int, int, int, int]:
    """The 1-based ``(first_row, first_col, last_row, last_col)`` of an A1 range.

    Example:
        >>> parse_range("A2:A4"), parse_range("C1")
        ((2, 1, 4, 1), (1, 3, 1, 3))
    """
    first, _, last = ref.partition(":")
    top, left = _cell(first)
    bottom, right = _cell(last) if last else (top, left)
    return top, left, bottom, right


def xlsx_bytes(
    sheets: Mapping[str, Sequence[Sequence[object]]],
    merges: Mapping[str, Iterable[str]] | None = None,
    number_formats: Mapping[str, Mapping[str, str]] | None = None,
    *,
    hidden: Mapping[str, str] | None = None,
) -> bytes:
    """An .xlsx workbook with one worksheet per entry of *sheets*, in order.

    Args:
        sheets: worksheet name → rows of cell values, starting at A1. A value
            may be ``None`` (no cell), ``str``, ``int``, ``float``, ``bool``,
            ``datetime.date`` or ``datetime.datetime``, stored as Excel would
            store what a user typed (a date gets openpyxl's default date
            format ``yyyy-mm-dd``).
        merges: worksheet name → merged ranges, e.g. ``{"表1": ["A3:A5", "A1:D1"]}``.
        number_formats: worksheet name → {cell address → Excel number format},
            e.g. ``{"表1": {"C4": "0.00", "D4": "0.00%"}}``. Cells not listed
            keep ``General`` (dates their date format).
        hidden: worksheet name → its state, ``"hidden"`` or ``"veryHidden"``.

    Example:
        >>> data = xlsx_bytes(
        ...     {"表1": [["一级指标", "指标值"], ["产出指标", 0.5]]},
        ...     merges={"表1": ["A1:A1"]},
        ...     number_formats={"表1": {"B2": "0.00%"}},
        ... )
        >>> data[:2]
        b'PK'
    """
    from openpyxl import Workbook  # noqa: PLC0415  (optional dependency of the tests)

    merges = merges or {}
    number_formats = number_formats or {}
    hidden = hidden or {}
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        for row_index, row in enumerate(rows, start=1):
            for column_index, value in enumerate(row, start=1):
                if value is not None:
                    worksheet.cell(row=row_index, column=column_index, value=value)
        for address, number_format in number_formats.get(name, {}).items():
            worksheet[address].number_format = number_format
        for ref in merges.get(name, ()):
            worksheet.merge_cells(ref)
        if name in hidden:
            worksheet.sheet_state = hidden[name]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xls_bytes(
    sheets: Mapping[str, Sequence[Sequence[object]]],
    merges: Mapping[str, Iterable[str]] | None = None,
    number_formats: Mapping[str, Mapping[str, str]] | None = None,
    *,
    hidden: Mapping[str, str] | None = None,
) -> bytes:
    """An Excel 97-2003 .xls workbook, with the same arguments as :func:`xlsx_bytes`.

    Built with xlwt. A merged range is written as one merged cell holding the
    top-left value; the grid's other cells of the range are ignored. Dates
    get the number format ``yyyy-mm-dd`` unless *number_formats* says otherwise.

    Example:
        >>> xls_bytes({"表1": [["项目名称", 2]]})[:4]
        b'\\xd0\\xcf\\x11\\xe0'
    """
    import datetime as dt  # noqa: PLC0415

    import xlwt  # noqa: PLC0415  (optional dependency of the tests)

    merges = merges or {}
    number_formats = number_formats or {}
    styles: dict[str, xlwt.XFStyle] = {}

    def style(number_format: str | None) -> xlwt.XFStyle:
        key = number_format or "General"
        if key not in styles:
            styles[key] = xlwt.easyxf(num_format_str=key)
        return styles[key]

    workbook = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        worksheet = workbook.add_sheet(name, cell_overwrite_ok=True)
        if hidden and name in hidden:
            worksheet.visibility = 1 if hidden[name] == "hidden" else 2
        formats = {_cell(address): fmt for address, fmt in number_formats.get(name, {}).items()}
        ranges = [parse_range(ref) for ref in merges.get(name, ())]
        covered = {
            (row, column)
            for top, left, bottom, right in ranges
            for row in range(top, bottom + 1)
            for column in range(left, right + 1)
        }
        for row_index, row in enumerate(rows, start=1):
            for column_index, value in enumerate(row, start=1):
                if value is None or (row_index, column_index) in covered:
                    continue
                number_format = formats.get((row_index, column_index))
                if number_format is None and isinstance(value, dt.date):
                    number_format = "yyyy-mm-dd"
                worksheet.write(row_index - 1, column_index - 1, value, style(number_format))
        for top, left, bottom, right in ranges:
            value = (
                rows[top - 1][left - 1] if top <= len(rows) and left <= len(rows[top - 1]) else ""
            )
            number_format = formats.get((top, left))
            worksheet.write_merge(
                top - 1, bottom - 1, left - 1, right - 1, "" if value is None else value,
                style(number_format),
            )  # fmt: skip
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def docx_bytes(
    blocks: Sequence[str | Sequence[Sequence[str]]],
    merges: Mapping[int, Iterable[str]] | None = None,
) -> bytes:
    """A .docx document made of paragraphs and tables, in the order given.

    Args:
        blocks: each item is a paragraph (a ``str``; ``""`` makes an empty
            paragraph) or a table (rows of cell texts; every row must have the
            table's width). A ``"\\n"`` in a cell text starts a new paragraph
            inside the cell.
        merges: index of the table among the tables of *blocks* (0 for the
            first table, whatever paragraphs come before it) → ranges in A1
            notation counted from the table's top-left cell. Word writes a
            range spanning columns as one cell with ``w:gridSpan`` and a range
            spanning rows as ``w:vMerge`` restart/continue cells, as python-docx's
            ``merge()`` does.

    Example:
        >>> data = docx_bytes(
        ...     [
        ...         "绩效跟踪表",
        ...         [["一级指标", "三级指标"], ["产出指标", "培训人数"], ["", "培训次数"]],
        ...     ],
        ...     merges={0: ["A2:A3"]},
        ... )
        >>> data[:2]
        b'PK'
    """
    from docx import Document  # noqa: PLC0415  (optional dependency of the tests)

    merges = merges or {}
    document = Document()
    table_index = 0
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        width = len(block[0]) if block else 0
        table = document.add_table(rows=len(block), cols=width)
        for row_index, row in enumerate(block):
            for column_index, text in enumerate(row):
                cell = table.cell(row_index, column_index)
                first, *rest = text.split("\n")
                cell.paragraphs[0].text = first
                for more in rest:
                    cell.add_paragraph(more)
        for ref in merges.get(table_index, ()):
            top, left, bottom, right = parse_range(ref)
            table.cell(top - 1, left - 1).merge(table.cell(bottom - 1, right - 1))
        table_index += 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def replace_member(data: bytes, member: str, content: bytes | str | Callable[[str], str]) -> bytes:
    """A copy of a zip package (.xlsx, .docx) with one member's content replaced.

    *content* is the new content (``str`` is written as UTF-8) or a function
    from the old text to the new one, for the cases no builder can write: a
    DOCTYPE, a value inside a merged range, hand-written WordprocessingML.

    Example:
        >>> data = xlsx_bytes({"表1": [["项目名称"]]})
        >>> patched = replace_member(data, "xl/worksheets/sheet1.xml", lambda xml: xml)
        >>> zipfile.ZipFile(io.BytesIO(patched)).namelist() == zipfile.ZipFile(
        ...     io.BytesIO(data)
        ... ).namelist()
        True
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            old = source.read(info)
            if info.filename == member:
                new = content(old.decode("utf-8")) if callable(content) else content
                old = new.encode("utf-8") if isinstance(new, str) else new
            target.writestr(info.filename, old)
    return buffer.getvalue()


_INLINE_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*) t="inlineStr"><is><t>([^<]*)</t></is></c>')
_SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
_SHARED_STRINGS_RELATIONSHIP = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
)


def with_shared_strings(data: bytes, items: Mapping[str, str]) -> bytes:
    """A copy of an openpyxl-written .xlsx whose cells holding a key of *items* are shared.

    openpyxl writes every string inline (``t="inlineStr"``); Excel writes them to a
    shared string table. Each cell of the first worksheet whose text is a key of *items*
    becomes a reference (``t="s"``) to a shared string whose ``<si>`` content is the
    key's value, hand-written XML (rich text runs, escapes, phonetic runs); the other
    cells stay as they are. The table, its content type and its relationship are added.

    Example:
        >>> data = xlsx_bytes({"表1": [["项目名称", "甲"]]})
        >>> shared = with_shared_strings(data, {"甲": "<t>≥85_x000D_</t>"})
        >>> table = zipfile.ZipFile(io.BytesIO(shared)).read("xl/sharedStrings.xml").decode()
        >>> table.endswith("<si><t>≥85_x000D_</t></si></sst>")
        True
    """
    order: list[str] = []

    def share(match: re.Match[str]) -> str:
        ref, attributes, text = match.groups()
        key = html.unescape(text)  # openpyxl writes ≥ as &#8805;
        if key not in items:
            return match.group()
        if key not in order:
            order.append(key)
        return f'<c r="{ref}"{attributes} t="s"><v>{order.index(key)}</v></c>'

    def types(xml: str) -> str:
        override = (
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SHARED_STRINGS_TYPE}"/>'
        )
        return xml.replace("</Types>", override + "</Types>")

    def relationships(xml: str) -> str:
        relationship = (
            f'<Relationship Type="{_SHARED_STRINGS_RELATIONSHIP}" '
            'Target="sharedStrings.xml" Id="rIdShared"/>'
        )
        return xml.replace("</Relationships>", relationship + "</Relationships>")

    data = replace_member(
        data, "xl/worksheets/sheet1.xml", lambda xml: _INLINE_CELL.sub(share, xml)
    )
    data = replace_member(data, "[Content_Types].xml", types)
    data = replace_member(data, "xl/_rels/workbook.xml.rels", relationships)
    table = "".join(f"<si>{items[key]}</si>" for key in order)
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(order)}" uniqueCount="{len(order)}">{table}</sst>',
        )
    return buffer.getvalue()
