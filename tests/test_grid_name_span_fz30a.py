"""A 三级指标 header over two columns: the level 2 and the name (fuzz30 H1, H1b).

``一级指标 | 二级指标 | 三级指标 (merged over two columns) | 年度指标值 | …`` above
``绩效指标 | 产出指标 | 数量指标 | 加装电梯数量 | =30.00(台) | …``: the names stand in the
merge's right column, the level 2 in its left one. The merge is kept as a blank cell
(TSV), a merged range (xlsx), ``colspan`` (HTML) or ``w:gridSpan`` (docx); the header
may also print the name header twice or name the 4th column 指标名称. Every table is
built here.
"""

from __future__ import annotations

import html

import pytest

import perftrack
from fixtures_office import docx_bytes, xlsx_bytes
from perftrack import parse_target, parse_value

_TOP: list[list[str]] = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2024-1月 至 2024-8月 ）"],
    ["项目名称", "老旧小区加装电梯补助"],
    ["主管部门", "区住房保障局", "", "", "实施单位", "区房屋管理事务中心"],
]
_VALUES = ["年度指标值", "跟踪期计划完成值", "跟踪期实际完成值", "偏差原因分析"]
_ROWS: list[list[str]] = [
    [
        "绩效指标",
        "产出指标",
        "数量指标",
        "加装电梯数量",
        "=30.00(台)",
        "20.00",
        "14.00",
        "部分小区居民意见未统一",
    ],
    ["", "", "质量指标", "电梯验收合格率", "=100.00(%)", "100.00", "100.00", ""],
    ["", "效益指标", "社会效益指标", "居民出行便利程度", "明显改善", "改善", "改善", ""],
    ["", "满意度指标", "服务对象满意度指标", "居民满意度", "≥90.00(%)", "90.00", "92.50", ""],
]


def _header(fourth: str) -> list[str]:
    return ["一级指标", "二级指标", "三级指标", fourth, *_VALUES]


def _grid(fourth: str = "") -> list[list[str]]:
    return [*_TOP, _header(fourth), *_ROWS]


def _tsv(fourth: str) -> bytes:
    return "".join("\t".join(row) + "\r\n" for row in _grid(fourth)).encode("utf-8")


def _xlsx() -> bytes:
    rows: list[list[object]] = [list(row) for row in _grid()]
    header = len(_TOP) + 1
    return xlsx_bytes({"跟踪表": rows}, merges={"跟踪表": [f"C{header}:D{header}"]})


def _html() -> bytes:
    def cells(row: list[str]) -> str:
        return "".join(f"<td>{html.escape(text)}</td>" for text in row)

    header = "".join(
        f"<td colspan=2>{text}</td>" if text == "三级指标" else f"<td>{text}</td>"
        for text in _header("")
        if text
    )
    body = "".join(f"<tr>{cells(row)}</tr>" for row in _TOP)
    body += f"<tr>{header}</tr>"
    body += "".join(f"<tr>{cells(row)}</tr>" for row in _ROWS)
    return f"<html><body><table>{body}</table></body></html>".encode()


def _docx() -> bytes:
    pytest.importorskip("docx")
    width = len(_header(""))
    rows = [[*row, *[""] * (width - len(row))] for row in _grid()]
    header = len(_TOP) + 1
    return docx_bytes([rows], merges={0: [f"C{header}:D{header}"]})


_BUILDERS = {
    "tsv-blank-name-header": (lambda: _tsv(""), "跟踪表.tsv"),
    "tsv-name-header-twice": (lambda: _tsv("三级指标"), "跟踪表.tsv"),
    "tsv-4th-column-named": (lambda: _tsv("指标名称"), "跟踪表.tsv"),
    "xlsx-merged-header": (_xlsx, "跟踪表.xlsx"),
    "html-colspan-header": (_html, "跟踪表.html"),
    "docx-gridspan-header": (_docx, "跟踪表.docx"),
}

_EXPECTED = [
    (
        "产出指标",
        "数量指标",
        "加装电梯数量",
        parse_target("=30.00(台)"),
        parse_value("20.00"),
        parse_value("14.00"),
        "部分小区居民意见未统一",
    ),
    (
        "产出指标",
        "质量指标",
        "电梯验收合格率",
        parse_target("=100.00(%)"),
        parse_value("100.00"),
        parse_value("100.00"),
        "",
    ),
    (
        "效益指标",
        "社会效益指标",
        "居民出行便利程度",
        parse_target("明显改善"),
        parse_value("改善"),
        parse_value("改善"),
        "",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "居民满意度",
        parse_target("≥90.00(%)"),
        parse_value("90.00"),
        parse_value("92.50"),
        "",
    ),
]


@pytest.mark.parametrize("case", [pytest.param(key, id=key) for key in _BUILDERS])
def test_name_header_over_two_columns_reads_names_levels_and_values(case: str) -> None:
    build, name = _BUILDERS[case]
    [table] = perftrack.read(build(), name=name)
    got = [
        (
            indicator.level1,
            indicator.level2,
            indicator.name,
            indicator.target,
            indicator.planned,
            indicator.actual,
            indicator.deviation_reason,
        )
        for indicator in table.indicators
    ]
    assert got == _EXPECTED
    assert [finding.id for finding in table.findings] == []


@pytest.mark.parametrize(
    ("case", "verdicts"),
    [
        pytest.param(key, ["pending", "met", "met", "met"], id=key)
        for key in ("tsv-blank-name-header", "tsv-4th-column-named", "xlsx-merged-header")
    ],
)
def test_name_header_over_two_columns_scores_without_false_findings(
    case: str, verdicts: list[str]
) -> None:
    build, name = _BUILDERS[case]
    [table] = perftrack.read(build(), name=name)
    card = perftrack.score(table)
    assert [verdict.attainment.value for verdict in card.verdicts] == verdicts
    ids = {finding.id for finding in card.findings}
    assert ids.isdisjoint(
        {"missing-actual", "missing-category", "layout-normalised", "target-missing-unit"}
    )


# The name merged over the two columns in the rows too (name | blank): the names stand in
# the header's 三级指标 column, as before.
_LEFT_ROWS: list[list[str]] = [
    ["产出指标", "数量指标", "加装电梯数量", "", "=30.00(台)", "20.00", "14.00", ""],
    ["产出指标", "质量指标", "电梯验收合格率", "", "=100.00(%)", "100.00", "100.00", ""],
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            _LEFT_ROWS,
            [
                ("加装电梯数量", parse_target("=30.00(台)"), parse_value("14.00")),
                ("电梯验收合格率", parse_target("=100.00(%)"), parse_value("100.00")),
            ],
            id="names-under-the-left-column-stay",
        ),
    ],
)
def test_names_in_the_merge_left_column_stay_there(
    rows: list[list[str]], expected: list[tuple[object, ...]]
) -> None:
    text = "".join("\t".join(row) + "\r\n" for row in [*_TOP, _header(""), *rows])
    [table] = perftrack.read(text.encode("utf-8"), name="跟踪表.tsv")
    got = [(ind.name, ind.target, ind.actual) for ind in table.indicators]
    assert got == expected
