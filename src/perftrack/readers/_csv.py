"""CSV exports (Excel's "CSV UTF-8" and its GBK cousin) into one sheet."""

from __future__ import annotations

import csv
import io
import re

from perftrack._errors import ReadError
from perftrack.readers._decode import check_cells
from perftrack.readers._sheet import Sheet

__all__ = ["delimiter_of", "read_csv", "unguard"]

_SEP_LINE = "sep="
# The guards exports put before a value so that Excel keeps it as text: Excel's
# apostrophe ('101001, '≥1000人次; not a quoted word, '示范'), and a formula
# that is one quoted string (="33010024T000000123456").
_APOSTROPHE = re.compile(r"'[^'\s][^']*")
_FORMULA_TEXT = re.compile(r'="((?:[^"]|"")*)"')
_GUARDS = frozenset("\t'=")


def unguard(row: tuple[str, ...]) -> tuple[str, ...]:
    r"""*row* without the guards exports put before values to keep them text in Excel.

    A leading tab (``"\t101001"`` in CSV), Excel's apostrophe (``'101001``,
    ``'≥1000人次``; not around a word, ``'示范'``) and a formula that is one
    string (``="330100241100"``) are dropped; every other cell is returned
    as it is.

    Example:
        >>> unguard(("\t101001", "'≥1000人次", '="33010024T0001"', "'示范'", "=5.00(个)"))
        ('101001', '≥1000人次', '33010024T0001', "'示范'", '=5.00(个)')
    """
    for cell in row:
        if cell[:1] in _GUARDS:
            return tuple(map(_unguard, row))
    return row


def _unguard(cell: str) -> str:
    head = cell[:1]
    if head == "\t":
        return cell.lstrip("\t")
    if head == "'":
        return cell[1:] if _APOSTROPHE.fullmatch(cell) else cell
    if head == "=":
        match = _FORMULA_TEXT.fullmatch(cell)
        if match:
            return match.group(1).replace('""', '"')
    return cell


def delimiter_of(text: str) -> str:
    r"""The separator of CSV *text*: ``,``, or ``;`` as Excel writes it in some locales.

    Excel's ``sep=;`` first line says so; otherwise ``;`` when more of the first
    lines hold it than hold a comma.

    Example:
        >>> delimiter_of("sep=;\n项目名称;示例\n"), delimiter_of("项目名称,示例\n")
        (';', ',')
    """
    head = text.lstrip("\ufeff")
    if head[: len(_SEP_LINE)].lower() == _SEP_LINE and len(head) > len(_SEP_LINE):
        return head[len(_SEP_LINE)]
    lines = [line for line in head.split("\n", 50)[:50] if line.strip()]
    semicolons = sum(";" in line for line in lines)
    commas = sum("," in line for line in lines)
    return ";" if semicolons > commas else ","


# Characters no table text holds, one of which stands for a line break inside a cell
# while the csv module splits the records.
_INNER_BREAKS = "\x1f\x1e\ue000\ue001"


def _inner_break(text: str) -> str | None:
    """A character *text* does not hold, to stand for its in-cell line breaks."""
    return next((char for char in _INNER_BREAKS if char not in text), None)


def read_csv(text: str, *, file: str | None = None) -> list[Sheet]:
    r"""Read comma-separated *text* into one sheet, the way Excel writes it.

    Quoted cells may hold commas, doubled quotes and line breaks; full-width
    commas (``，``) are text, not separators. A lone ``\r`` is a line break
    inside its cell, quoted or not (see
    :func:`~perftrack.readers._decode.normalise_breaks`). Rows without text (blank lines,
    ``,,,``) are left out, as in TSV, and the guards exports put before codes
    are dropped (:func:`unguard`). ``row_numbers`` are 1-based record
    numbers, the rows Excel shows when it opens the file: a blank line is a
    record, a quoted cell's line breaks are not, and Excel's ``sep=;`` line
    is not a row.

    Raises:
        ReadError: the text is not valid CSV (a cell longer than the csv
            module's field limit) or the sheet is too large.

    Example:
        >>> [sheet] = read_csv(
        ...     '项目名称,"两新党建工作，2023"\n偏差原因分析,"第一行\n第二行"\n,"\t1010"\n'
        ... )
        >>> sheet.rows
        (('项目名称', '两新党建工作，2023'), ('偏差原因分析', '第一行\n第二行'), ('', '1010'))
        >>> sheet.row_numbers
        (1, 2, 3)
    """
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    width = 0
    delimiter = delimiter_of(text)
    head = text.lstrip("\ufeff")
    if head[: len(_SEP_LINE)].lower() == _SEP_LINE:
        text = head.split("\n", 1)[1] if "\n" in head else ""
    guarded = "\t" in text or "'" in text or '="' in text
    # A lone CR is a line break inside a cell (normalise_breaks), quoted or not: kept
    # from the csv module, which would end the record there.
    inner: str | None = None
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # text not from decode(): CRLF ends records
        inner = _inner_break(text) if "\r" in text else None
        if inner is not None:
            text = text.replace("\r", inner)
    record = 0
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=delimiter)
    try:
        for fields in reader:
            record += 1
            if any(cell.strip() for cell in fields):
                row = tuple(fields)
                if inner is not None:
                    row = tuple(cell.replace(inner, "\n") for cell in row)
                rows.append(unguard(row) if guarded else row)
                numbers.append(record)
                width = max(width, len(row))
                check_cells(len(rows), width, file=file)
    except csv.Error as exc:
        detail = str(exc)
        if "field limit" in detail:
            detail = f"单元格超过 {csv.field_size_limit()} 个字符"
        raise ReadError(
            f"无法按 CSV 读取：{detail}", file=file, where=f"第 {record + 1} 行"
        ) from None
    return [Sheet(tuple(rows), file=file, row_numbers=tuple(numbers))]
