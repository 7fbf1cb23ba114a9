"""Adversarial input that was read silently wrong, or said in the wrong words (r35g).

Every file is built here, in code:

- an xlsx cell whose shared string index is no plain number (``-1``: Python's last
  item, so the cell silently read another cell's text; ``+1``; ``٣``, which made
  openpyxl's ``IndexError`` the message, without the cell);
- an xlsx number in a date format outside Excel's dates (``-5`` read as the date
  1899-12-25; ``99999999`` said to be the Excel error ``#VALUE!``, which the file
  does not hold);
- Excel 365's own error values (``#FIELD!``, ``#GETTING_DATA``…), read as a target in
  words;
- a text file forced to the wrong ``--encoding``, which decodes into no table and said
  only 未找到绩效指标表.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import replace_member, with_shared_strings, xlsx_bytes
from perftrack.cli import main
from perftrack.readers import _xlsx

if TYPE_CHECKING:
    from pathlib import Path

GRID: list[list[object]] = [
    ["项目名称", "校舍维修"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "修缮面积", "≥100平方米", "120平方米"],
]


def _shared_index(index: str) -> bytes:
    """A workbook whose D3 (target) and E3 (actual) are shared strings 0 and 1; D3 → *index*."""
    data = with_shared_strings(
        xlsx_bytes({"跟踪表": GRID}),
        {"≥100平方米": "<t>≥100平方米</t>", "120平方米": "<t>120平方米</t>"},
    )
    return replace_member(
        data,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace('<c r="D3" t="s"><v>0</v>', f'<c r="D3" t="s"><v>{index}</v>'),
    )


@pytest.mark.parametrize("full_load", [False, True])
@pytest.mark.parametrize(
    "index",
    [
        "-1",  # was the last string, 120平方米: the actual read as the target, no word said
        "-2",  # was ≥100平方米: right by chance, no word said
        "+1",  # was 120平方米
        "\u0663",  # ٣: was 无法读取 xlsx 文件（文件已损坏或格式不对）：IndexError: list index out of range
        "1.0",  # was …内容“1.0”不是，按文本读取 (said, in fewer words)
    ],
)
def test_a_shared_string_index_that_is_no_plain_number_is_said_at_its_cell(
    index: str, monkeypatch: pytest.MonkeyPatch, *, full_load: bool
) -> None:
    if full_load:  # openpyxl parses every worksheet while loading the workbook
        monkeypatch.setattr(_xlsx, "_part_of", lambda _worksheet: None)
    (table,) = perftrack.read(_shared_index(index), name="表.xlsx")
    assert table.indicators[0].target.text == index
    assert (
        table.indicators[0].actual
        == perftrack.read(_shared_index("0"), name="表.xlsx")[0].indicators[0].actual
    )
    (finding,) = [f for f in table.findings if f.id == "malformed-cell"]
    assert finding.message == (
        f"单元格 D3 标为共享字符串，但内容“{index}”不是共享字符串的编号，按文本读取；文件可能已损坏"
    )
    assert (finding.where.file, finding.where.sheet, finding.where.cell) == (
        "表.xlsx",
        "跟踪表",
        "D3",
    )


@pytest.mark.parametrize("index", ["0", " 0", "1"])
def test_a_plain_shared_string_index_reads_its_string(index: str) -> None:
    (table,) = perftrack.read(_shared_index(index), name="表.xlsx")
    assert table.indicators[0].target.text == ("120平方米" if index == "1" else "≥100平方米")
    assert not [f for f in table.findings if f.id == "malformed-cell"]


def _dated(actual: str) -> bytes:
    """A workbook whose E3, a date cell (yyyy-mm-dd), holds the serial *actual*."""
    grid = [
        ["项目名称", "校舍维修"],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
        ["产出指标", "时效指标", "完成时间", dt.date(2023, 12, 31), dt.date(2023, 11, 1)],
    ]
    return replace_member(
        xlsx_bytes({"跟踪表": grid}),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'(<c r="E3"[^>]*>)<v>[^<]*</v>', rf"\g<1><v>{actual}</v>", xml),
    )


@pytest.mark.parametrize(
    "serial",
    [
        "-5",  # was read as the date 1899-12-25, no word said
        "99999999",  # was “单元格为 Excel 错误值“#VALUE!”（公式无法计算）”: no such value in the file
        "2958466",  # the day after 9999-12-31
    ],
)
def test_a_date_serial_outside_excels_dates_is_said_at_its_cell(serial: str) -> None:
    (table,) = perftrack.read(_dated(serial), name="表.xlsx")
    assert str(table.indicators[0].actual) == serial
    (finding,) = [f for f in table.findings if f.id == "malformed-actual"]
    assert finding.message == (
        f"单元格 E3 为日期格式，但数值“{serial}”超出 Excel 的日期范围（Excel 显示为 ####），"
        "按数值文本读取；文件可能已损坏"
    )
    assert (finding.where.sheet, finding.where.cell, finding.where.name) == (
        "跟踪表",
        "E3",
        "完成时间",
    )
    card = perftrack.score(table, policy=perftrack.Policy.central(as_of="2024-01-31"))
    assert card.verdicts[0].attainment.value == "unknown"


@pytest.mark.parametrize("serial", ["1", "45231", "45292.5"])
def test_a_date_serial_within_excels_dates_is_a_date(serial: str) -> None:
    (table,) = perftrack.read(_dated(serial), name="表.xlsx")
    assert not [f for f in table.findings if f.id.startswith("malformed")]
    assert type(table.indicators[0].actual).__name__ == "DateValue"


@pytest.mark.parametrize(
    "error",
    ["#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!"],
)
def test_excel_365_error_values_are_errors(error: str) -> None:
    # each was read as a target in words: 年度指标“#FIELD!”为定性或文字描述 (target-not-measurable)
    data = replace_member(
        xlsx_bytes({"跟踪表": GRID}),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<c r="D3"[^>]*>.*?</c>', f'<c r="D3" t="e"><v>{error}</v></c>', xml),
    )
    (table,) = perftrack.read(data, name="表.xlsx")
    card = perftrack.score(table)
    ids = {f.id: f for f in card.findings}
    assert ids["malformed-target"].message == f"单元格为 Excel 错误值“{error}”（公式无法计算）"
    assert ids["malformed-target"].where.cell == "D3"
    assert "target-not-measurable" not in ids


TSV = "".join("\t".join(map(str, row)) + "\n" for row in GRID) + "\n"  # an even length
WRONG_ENCODING = (
    "未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）"
    "；文件按指定的编码 utf-16 解码，但自动识别的编码与之不同："
    "如编码有误，请去掉 --encoding（encoding=）由 perftrack 自动识别"
)


def test_a_wrong_forced_encoding_that_decodes_into_no_table_says_so() -> None:
    data = TSV.encode("utf-8")
    assert len(data) % 2 == 0  # UTF-16 takes every pair of bytes: no decoding error
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(data, encoding="utf-16", name="表.txt")
    assert str(caught.value) == f"表.txt: {WRONG_ENCODING}"


def test_the_cli_says_the_forced_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "表.txt"
    path.write_bytes(TSV.encode("utf-8"))
    assert main(["read", "--encoding", "utf-16", str(path)]) == 2
    assert capsys.readouterr().err == f"perftrack: {path}: {WRONG_ENCODING}\n"


def test_a_right_forced_encoding_adds_nothing() -> None:
    text = "项目名称\t校舍维修\n说明\t无\n"
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(text.encode("gb18030"), encoding="gb18030", name="表.txt")
    assert "自动识别" not in str(caught.value)
    assert str(caught.value).startswith("表.txt: “校舍维修”: 未找到绩效指标表")


HUGE = "1" + "0" * 40  # a 41-digit figure: past Decimal's 28 digits of precision


def test_the_review_letter_takes_figures_of_any_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was 内部错误（InvalidOperation: …） and exit 2: the letter's points and rate were
    # rounded with quantize in the usual context.
    rows = [
        ["项目名称", "校舍维修"],
        ["跟踪时段：2023-1月至2023-8月"],
        ["预算执行情况(万元)", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["年度资金总额", "1", "1", HUGE, HUGE],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "修缮面积", "≥1平方米", f"{HUGE}平方米", HUGE, HUGE],
    ]
    path = tmp_path / "表.txt"
    path.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    assert main(["score", "--format", "review", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert f"全年预算执行率为{HUGE}00.00%，高于年终执行率要求90.00%" in out  # x 100
    assert f"按评分规则得分{HUGE}.00分（各项分值合计{HUGE}分，超过100分" in out


def _docx_without(member: str) -> bytes:
    """A .docx of :data:`GRID` whose zip lacks *member* (its relationships still name it)."""
    import io  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    from fixtures_office import docx_bytes  # noqa: PLC0415

    data = docx_bytes(["绩效跟踪表", [[*row, *[""] * (5 - len(row))] for row in GRID]])
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info.filename, source.read(info))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "member",
    [
        # each refused the document: 文件已损坏或不完整：缺少部件 docProps/thumbnail.jpeg
        "docProps/thumbnail.jpeg",
        "docProps/core.xml",
        "word/styles.xml",
        "word/fontTable.xml",
        "word/numbering.xml",
        "word/settings.xml",
        "customXml/item1.xml",
    ],
)
def test_a_docx_missing_a_part_besides_its_body_is_read_with_a_warning(member: str) -> None:
    (table,) = perftrack.read(_docx_without(member), name="表.docx")
    assert [i.name for i in table.indicators] == ["修缮面积"]
    (finding,) = [f for f in table.findings if f.id == "malformed-cell"]
    assert finding.message == (
        f"文件缺少部件 {member}（文档的关系中列出了它），已跳过，表格内容照常读取；"
        "文件可能已损坏，请核对原文件"
    )
    assert finding.where.file == "表.docx"


def test_a_docx_missing_its_body_is_still_refused() -> None:
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(_docx_without("word/document.xml"), name="表.docx")
    assert str(caught.value) == "表.docx: 文件已损坏或不完整：缺少部件 word/document.xml"


def test_a_docx_missing_parts_says_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    data = _docx_without("word/fontTable.xml")
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            if info.filename != "docProps/thumbnail.jpeg":
                target.writestr(info.filename, source.read(info))
    path = tmp_path / "表.docx"
    path.write_bytes(buffer.getvalue())
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    # in the order python-docx meets them: the body's relationships first
    assert "文件缺少部件 word/fontTable.xml、docProps/thumbnail.jpeg（文档的关系中列出了它）" in out


def test_parse_names_standard_input_as_the_other_commands_do() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    # it said perftrack: -: 文件不完整…; score, check and read say <stdin>
    done = subprocess.run(
        [sys.executable, "-m", "perftrack", "parse", "-"],
        input=b"\xff\xfe\x00",
        capture_output=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "perftrack: <stdin>: 文件不完整：UTF-16 文本在字节偏移 2 处的字符中间结束"
        "（字节数为奇数，文件可能被截断）；请重新导出或另存为 UTF-8 后重试\n"
    )


def test_an_xlsx_cell_of_no_known_type_is_said_at_its_cell() -> None:
    # t="zz" was read as the text of its value, with no word
    data = replace_member(
        xlsx_bytes({"跟踪表": GRID}),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(
            r'<c r="D3"[^>]*>.*?</c>', '<c r="D3" t="zz"><v>≥100平方米</v></c>', xml
        ),
    )
    (table,) = perftrack.read(data, name="表.xlsx")
    assert table.indicators[0].target.text == "≥100平方米"
    (finding,) = [f for f in table.findings if f.id == "malformed-cell"]
    assert finding.message == (
        "单元格 D3 的类型“zz”无法识别（应为 n、s、b、d、e、str、inlineStr），"
        "内容“≥100平方米”按文本读取；文件可能已损坏"
    )
    assert (finding.where.sheet, finding.where.cell) == ("跟踪表", "D3")


def test_a_codec_that_reads_no_text_is_said_in_the_users_terms() -> None:
    # it was 无法按 undefined 解码：decoding with 'undefined' codec failed (UnicodeError: …)
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(TSV.encode(), encoding="undefined", name="表.txt")
    assert isinstance(caught.value.__cause__, UnicodeError)  # for --verbose
    assert str(caught.value) == (
        "表.txt: 无法按指定的编码 undefined 解码：该编码不能用于读取文本；请确认文件的编码，"
        "或去掉 --encoding（encoding=）由 perftrack 自动识别"
    )
