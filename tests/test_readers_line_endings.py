"""Records and line breaks inside cells written with different breaks (read10 M2).

Mac Excel's "CSV (Macintosh)" ends records with CR and writes Alt+Enter as LF;
other tools do the reverse. Whichever way, and quoted or not, the cell keeps its
lines, the records stay apart, and the bytes read as CSV without a file name.
Every fixture is built here from rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.readers._csv import read_csv
from perftrack.readers._decode import decode, normalise_breaks
from perftrack.readers._detect import detect_format
from perftrack.readers._text import read_tsv

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from perftrack.readers._sheet import Sheet

_REASON = "部分农户\n外出务工，\n正在联系"
_ROWS = [
    ["项目名称", "耕地地力保护补贴", "", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因"],
    ["产出指标", "数量指标", "补贴农户数", "≥6.8万户", "6.75万户", _REASON],
    ["", "", "补贴面积", "≥42万亩", "42.3万亩", ""],
]


def written(separator: str, variant: tuple[str, str, bool]) -> str:
    """The rows as a tool writes them: records ended by *record_end*, a cell's lines by *in_cell*.

    *variant* is (record_end, in_cell, quoted): whether a cell of several lines is quoted.
    """
    record_end, in_cell, quoted = variant

    def cell(text: str) -> str:
        text = text.replace("\n", in_cell)
        if quoted and ("\r" in text or "\n" in text):
            return '"' + text + '"'
        return text

    return "".join(separator.join(map(cell, row)) + record_end for row in _ROWS)


_VARIANTS = [
    pytest.param(("\r", "\n", True), id="cr-records-quoted-lf"),  # CSV (Macintosh)
    pytest.param(("\r", "\n", False), id="cr-records-bare-lf"),
    pytest.param(("\n", "\r", True), id="lf-records-quoted-cr"),
    pytest.param(("\n", "\r", False), id="lf-records-bare-cr"),
    pytest.param(
        ("\r\n", "\n", True), id="crlf-records-quoted-lf"
    ),  # Excel on Windows: the control
    pytest.param(("\r", "\r", True), id="cr-only-quoted"),
]


def _summary(table: perftrack.Table) -> list[tuple[str, str, int | None]]:
    return [(i.name, i.deviation_reason, i.position.row) for i in table.indicators]


# a reason wrapped between Chinese characters is joined without a space (read56 F5)
_EXPECTED = [("补贴农户数", "部分农户外出务工，正在联系", 3), ("补贴面积", "", 4)]


@pytest.mark.parametrize("separator", [",", "\t"], ids=["csv", "tsv"])
@pytest.mark.parametrize("variant", _VARIANTS)
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_cells_lines_stay_in_the_cell_whatever_the_breaks(
    separator: str, variant: tuple[str, str, bool], encoding: str, tmp_path: Path
) -> None:
    data = written(separator, variant).encode(encoding)
    expected_format = "csv" if separator == "," else "text"
    assert detect_format(data) == expected_format
    path = tmp_path / ("表.csv" if separator == "," else "表.txt")
    path.write_bytes(data)
    for source in (data, path):
        (table,) = perftrack.read(source)
        assert table.project.name == "耕地地力保护补贴"
        assert _summary(table) == _EXPECTED


@pytest.mark.parametrize("variant", _VARIANTS)
def test_read_text_reads_the_same_text_as_read(variant: tuple[str, str, bool]) -> None:
    (table,) = perftrack.read_text(written(",", variant))
    assert _summary(table) == _EXPECTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\nb\n", "a\nb\n"),
        # lone CRs and LFs: the break that ends the text ends the records
        ("a,x\ny\rb\r", "a,x\ry\nb\n"),
        ("a,x\ry\nb\n", "a,x\ry\nb\n"),
        # no break at the end: the commoner one
        ("a\rb,x\ny\rc", "a\nb,x\ry\nc"),
        ("a\nb,x\ry\nc", "a\nb,x\ry\nc"),
        # CRLF among lone breaks: every break ends a line, as before
        ("一\r\n二\r三\n", "一\n二\n三\n"),
    ],
)
def test_normalise_breaks(text: str, expected: str) -> None:
    assert normalise_breaks(text) == expected
    assert decode(text.encode()) == expected


def test_a_csv_with_many_multi_line_cells_is_csv_without_a_name() -> None:
    # More lines of quoted cells than records: detection counts records.
    rows = [["项目名称", "示例", "", ""], ["三级指标", "年度指标值", "实际完成值", "偏差原因"]]
    names = ["培训人次", "培训场次", "覆盖乡镇", "发放手册"]
    rows += [[name, "≥1", "1", '"一\n二\n三\n四"'] for name in names]
    data = "".join(",".join(row) + "\r\n" for row in rows).encode()
    assert detect_format(data) == "csv"
    (table,) = perftrack.read(data)
    assert [i.deviation_reason for i in table.indicators] == ["一二三四"] * 4


_CELL_BROKEN = (("项目名称", "第一行\n第二行"), ("名称", "甲"))


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        (read_csv, '项目名称,"第一行\r\n第二行"\r\n名称,甲\r\n'),  # not from decode(): CRLF
        (read_csv, "项目名称,第一行\r第二行\n名称,甲\n"),  # from decode(): a lone CR
        (read_csv, '项目名称,"第一行\r第二行"\n名称,甲\n'),
        (read_tsv, "项目名称\t第一行\r第二行\n名称\t甲\n"),
        (read_tsv, '项目名称\t"第一行\r第二行"\n名称\t甲\n'),
    ],
)
def test_the_readers_keep_a_lone_cr_in_its_cell(
    reader: Callable[[str], list[Sheet]], text: str
) -> None:
    (sheet,) = reader(text)
    assert sheet.rows == _CELL_BROKEN
    assert sheet.row_numbers == (1, 2)
