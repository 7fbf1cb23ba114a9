"""fz30b: hostile text inputs (fz30 H2, H3, H4, M3, M4, M6), fixtures built here."""

from __future__ import annotations

import io
import json
import zipfile
from decimal import Decimal

import pytest

import perftrack
from perftrack import Comparison, Descriptive, Op, TextValue, parse_target, parse_value
from perftrack.cli import main

HEAD = ["项目名称", "社区养老服务补贴"]
GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
ROWS = [
    ["产出指标", "数量指标", "补贴发放人数", "≥1200人", "1260人", "20", "20"],
    ["产出指标", "时效指标", "补贴按季度发放及时率", "≥95%", "100%", "20", "20"],
    ["产出指标", "成本指标", "人均补贴标准", "≤2400元", "2290元", "20", "20"],
    ["效益指标", "社会效益指标", "老年人生活质量", "有所提升", "明显提升", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "93.2%", "20", "20"],
]


def _csv(rows: list[list[str]], *, end: str = "\r\n") -> str:
    width = max(len(row) for row in rows)
    return "\r\n".join(",".join(row + [""] * (width - len(row))) for row in rows) + end


def _tsv(rows: list[list[str]], *, end: str = "\n") -> str:
    width = max(len(row) for row in rows)
    return "\n".join("\t".join(row + [""] * (width - len(row))) for row in rows) + end


def _read(text: str, fmt: str) -> perftrack.Table:
    [table] = perftrack.read_text(text, format=fmt)
    return table


def _own(table: perftrack.Table) -> list[tuple[str, str | None, str]]:
    return [
        (f.id, f.where.cell, f.message)
        for f in table.findings
        if f.id in {"malformed-cell", "file-truncated", "malformed-actual", "malformed-target"}
    ]


# --- H2: one stray quote in a CSV -------------------------------------------------

STRAY = [HEAD, GRID, *ROWS[:1], [*ROWS[1][:3], '"≥95%', *ROWS[1][4:]], *ROWS[2:]]
STRAY_FINDING = (
    "malformed-cell",
    "D4",
    (
        "第 4 行第 4 列的单元格以引号开头，但引号没有按 CSV 规则闭合（其后各行会被读进这一个单元格）："
        "已把该引号按文字读取，请核对原文件"
    ),
)


@pytest.mark.parametrize(
    ("text", "targets", "findings"),
    [
        pytest.param(
            _csv(STRAY),
            ["≥1200人", '"≥95%', "≤2400元", "有所提升", "≥90%"],
            [STRAY_FINDING],
            id="stray-quote-to-eof",
        ),
        pytest.param(
            _csv(
                [
                    *STRAY,
                    ["偏差原因", '"个别信息更新滞后，\r\n已于12月补发"'],
                ]
            ),
            ["≥1200人", '"≥95%', "≤2400元", "有所提升", "≥90%"],
            [STRAY_FINDING],
            id="stray-quote-before-a-quoted-cell",
        ),
        pytest.param(
            _csv([HEAD, GRID, *ROWS[:1], [*ROWS[1][:3], '"≥95%，及时"', *ROWS[1][4:]], *ROWS[2:]]),
            ["≥1200人", "≥95%，及时", "≤2400元", "有所提升", "≥90%"],
            [],
            id="excel-quoted-cell-unchanged",
        ),
    ],
)
def test_stray_quote_in_csv(
    text: str, targets: list[str], findings: list[tuple[str, str, str]]
) -> None:
    table = _read(text, "csv")
    assert [i.target.text for i in table.indicators] == targets
    assert _own(table) == findings


# --- H3: text files cut short -----------------------------------------------------

CUT_ROW = "文件在第 7 行中间结束（最后一行没有换行符，单元格比上面的行少），可能被截断：最后一行可能不完整，请核对原文件"


@pytest.mark.parametrize(
    ("text", "fmt", "findings"),
    [
        pytest.param(
            _tsv([HEAD, GRID, *ROWS[:4]]) + "\t".join(ROWS[4][:4]) + "\t93",
            "text",
            [("file-truncated", None, CUT_ROW)],
            id="tsv-cut-in-cell",
        ),
        pytest.param(
            _csv([HEAD, GRID, *ROWS[:4]]) + ",".join(ROWS[4][:4]) + ",93",
            "csv",
            [("file-truncated", None, CUT_ROW)],
            id="csv-cut-in-cell",
        ),
        pytest.param(
            _csv([HEAD, GRID, *ROWS[:4]]) + ",".join(ROWS[4][:6]) + ',"数据更新',
            "csv",
            [
                (
                    "file-truncated",
                    None,
                    (
                        "文件在第 7 行一个带引号的单元格中间结束（引号未闭合），可能被截断："
                        "最后一行可能不完整，请核对原文件"
                    ),
                )
            ],
            id="csv-cut-in-quote",
        ),
        pytest.param(_tsv([HEAD, GRID, *ROWS], end=""), "text", [], id="tsv-whole-no-newline"),
        pytest.param(_csv([HEAD, GRID, *ROWS], end=""), "csv", [], id="csv-whole-no-newline"),
        pytest.param(
            _tsv([HEAD, GRID, *ROWS]) + "填报人：张三", "text", [], id="tsv-one-cell-footer"
        ),
        pytest.param(
            "\n".join("\t".join(row) for row in [HEAD, GRID, *ROWS, ["说明", "已报备案"]]),
            "text",
            [],
            id="tsv-unpadded-note-row",
        ),
    ],
)
def test_text_file_cut_short(
    text: str, fmt: str, findings: list[tuple[str, str | None, str]]
) -> None:
    table = _read(text, fmt)
    assert [(i, c, m) for i, c, m in _own(table)] == findings


# --- H4: scientific notation -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target", "value"),
    [
        pytest.param("1.5e-3", Descriptive("1.5e-3"), TextValue("1.5e-3"), id="minus-exponent"),
        pytest.param("3E-5", Descriptive("3E-5"), TextValue("3E-5"), id="upper-minus"),
        pytest.param("2E+5", Descriptive("2E+5"), TextValue("2E+5"), id="plus-exponent"),
        pytest.param("3e5", Descriptive("3e5"), TextValue("3e5"), id="bare-exponent"),
    ],
)
def test_scientific_notation_is_text(text: str, target: object, value: object) -> None:
    assert parse_target(text) == target
    assert parse_value(text) == value


# --- M3: Excel errors name the cell's role ------------------------------------------


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(("≥1200人", "#REF!"), [("malformed-actual", "E3")], id="actual"),
        pytest.param(("#N/A", "1260人"), [("malformed-target", "D3")], id="target"),
    ],
)
def test_excel_error_finding_ids(cells: tuple[str, str], expected: list[tuple[str, str]]) -> None:
    row = ["产出指标", "数量指标", "补贴发放人数", *cells, "20", "20"]
    table = _read(_tsv([HEAD, GRID, row, *ROWS[1:]]), "text")
    assert [(f.id, f.where.cell) for f in table.findings if f.id.startswith("malformed-")] == (
        expected
    )


# --- M4: noncharacters and lone surrogates ----------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("达标\ud800", parse_target("达标"), id="lone-surrogate"),
        pytest.param("\ufffe95%", Comparison(Op.EQ, Decimal(95), unit="%"), id="noncharacter"),
    ],
)
def test_parse_drops_noncharacters(text: str, target: object) -> None:
    assert parse_target(text) == target
    perftrack.to_json(parse_value(text)).encode("utf-8")  # writable


@pytest.mark.parametrize(
    ("argv", "stderr"),
    [
        pytest.param(
            ["parse", "--format", "json", "达标\udced\udca0\udc80"],
            "perftrack: 命令行参数: 第 1 个参数按 UTF-8 解码时，字符位置 2 处（0xED）无法解码："
            "请以 UTF-8 传入单元格文本，或经标准输入传入（按文件的编码识别）\n",
            id="invalid-utf8-argument",
        ),
    ],
)
def test_parse_command_refuses_undecodable_arguments(
    argv: list[str], stderr: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", stderr)


# --- M6: overflowing numbers in xlsx ----------------------------------------------


def _xlsx(value: str) -> bytes:
    rows = [
        (
            '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>社区养老服务补贴</t></is></c></row>'
        ),
        '<row r="2">'
        + "".join(
            f'<c r="{col}2" t="inlineStr"><is><t>{text}</t></is></c>'
            for col, text in zip("ABCDEFG", GRID, strict=True)
        )
        + "</row>",
        '<row r="3">'
        + "".join(
            f'<c r="{col}3" t="inlineStr"><is><t>{text}</t></is></c>'
            for col, text in zip("ABCD", ROWS[0][:4], strict=True)
        )
        + f'<c r="E3"><v>{value}</v></c><c r="F3"><v>20</v></c><c r="G3"><v>20</v></c></row>',
    ]
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(rows)}</sheetData></worksheet>"
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("value", "actual", "findings"),
    [
        pytest.param(
            "1e309",
            "1e309",
            [
                (
                    "malformed-actual",  # q64 W3: the actual's
                    "E3",
                    (
                        "单元格 E3 标为数值，但内容“1e309”超出可表示的范围（非有限数），按文本读取；"
                        "文件可能已损坏"
                    ),
                )
            ],
            id="overflow",
        ),
        pytest.param(
            "-1e400",
            "-1e400",
            [
                (
                    "malformed-actual",  # q64 W3: the actual's
                    "E3",
                    (
                        "单元格 E3 标为数值，但内容“-1e400”超出可表示的范围（非有限数），按文本读取；"
                        "文件可能已损坏"
                    ),
                )
            ],
            id="negative-overflow",
        ),
        pytest.param(
            "NaN",
            "NaN",
            [
                (
                    "malformed-cell",
                    "E3",
                    "单元格 E3 标为数值，但内容“NaN”不是，按文本读取；文件可能已损坏",
                )
            ],
            id="nan-alike",
        ),
        pytest.param("1260", "1260", [], id="finite"),
    ],
)
def test_xlsx_non_finite_numbers(
    value: str, actual: str, findings: list[tuple[str, str, str]]
) -> None:
    [table] = perftrack.read(_xlsx(value), format="xlsx")
    assert table.indicators[0].actual.text == actual
    assert [
        (f.id, f.where.cell, f.message)
        for f in table.findings
        if f.id in {"malformed-cell", "malformed-actual"}
    ] == (findings)
    json.loads(perftrack.to_json(table))
