"""A blank or repeated 三级指标 header cell beside the names (regress63 W1, W1b, W2).

``一级指标 | 二级指标 | 三级指标 | (blank) | 年度指标值 | …``: the blank-headed column may
hold the level 2 (the fuzz30 H1 merge: the names stand right of it), or the units
(人, %, —) or an explanation of each indicator (the names stand under 三级指标). The
names move off the header's column only when that column holds no names (level labels
or blanks); a unit or explanation column is never the names, even when a name is a
label word (满意度, 社会效益). ``三级指标 | 三级指标`` over a repeated level 2 reads the
names from the second column and the values under their own headers (no second shift).
Every table is built here.
"""

from __future__ import annotations

import html
from decimal import Decimal

import pytest

import perftrack
from fixtures_office import docx_bytes, xlsx_bytes
from perftrack import parse_target, parse_value

_SELF_TOP: list[list[str]] = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "社区养老服务补贴"],
    ["主管部门", "区民政局", "", "", "实施单位", "区养老服务指导中心"],
]
_SELF_VALUES = ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
# the blank-headed column holds units; 满意度 is also a level-2 label word
_UNIT_ROWS: list[list[str]] = [
    ["产出指标", "数量指标", "服务老人数量", "人", "≥1200人", "1250人", "20", "20", ""],
    ["", "质量指标", "服务达标率", "%", "≥95%", "96%", "20", "20", ""],
    ["", "时效指标", "补贴发放及时性", "—", "及时", "及时", "10", "10", ""],
    ["效益指标", "社会效益指标", "老年人生活质量", "—", "有所改善", "改善", "30", "28", ""],
    ["满意度指标", "服务对象满意度指标", "满意度", "%", "≥90%", "93%", "10", "10", ""],
]
_UNIT_EXPECTED = [
    ("服务老人数量", "≥1200人", "1250人", "met"),
    ("服务达标率", "≥95%", "96%", "met"),
    ("补贴发放及时性", "及时", "及时", "met"),
    ("老年人生活质量", "有所改善", "改善", "met"),
    ("满意度", "≥90%", "93%", "met"),
]


def _self_header(fourth: str = "") -> list[str]:
    return ["一级指标", "二级指标", "三级指标", fourth, *_SELF_VALUES]


def _tsv(rows: list[list[str]]) -> bytes:
    return "".join("\t".join(row) + "\r\n" for row in rows).encode("utf-8")


def _unit_grid() -> list[list[str]]:
    return [*_SELF_TOP, _self_header(), *_UNIT_ROWS]


def _unit_xlsx() -> bytes:
    header = len(_SELF_TOP) + 1
    rows: list[list[object]] = [list(row) for row in _unit_grid()]
    return xlsx_bytes({"自评表": rows}, merges={"自评表": [f"C{header}:D{header}"]})


def _unit_html() -> bytes:
    def cells(row: list[str]) -> str:
        return "".join(f"<td>{html.escape(text)}</td>" for text in row)

    header = "".join(
        f"<td colspan=2>{text}</td>" if text == "三级指标" else f"<td>{text}</td>"
        for text in _self_header()
        if text
    )
    body = "".join(f"<tr>{cells(row)}</tr>" for row in _SELF_TOP)
    body += f"<tr>{header}</tr>" + "".join(f"<tr>{cells(row)}</tr>" for row in _UNIT_ROWS)
    return f"<html><body><table>{body}</table></body></html>".encode()


def _unit_docx() -> bytes:
    pytest.importorskip("docx")
    width = len(_self_header())
    rows = [[*row, *[""] * (width - len(row))] for row in _unit_grid()]
    header = len(_SELF_TOP) + 1
    return docx_bytes([rows], merges={0: [f"C{header}:D{header}"]})


_TRACK_TOP: list[list[str]] = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2024-1月 至 2024-8月 ）"],
    ["项目名称", "社区养老服务补贴"],
    ["主管部门", "区民政局", "", "", "实施单位", "区养老服务指导中心"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "",
        "年度指标值",
        "跟踪期计划完成值",
        "跟踪期实际完成值",
        "偏差原因分析",
    ],
]
# names that are label words (社会效益, 服务对象满意度) beside a unit column
_LEVELISH_ROWS: list[list[str]] = [
    ["产出指标", "数量指标", "服务老人数量", "人", "≥1200", "800", "850", ""],
    ["", "质量指标", "服务质量", "—", "优良", "良好", "良好", ""],
    ["效益指标", "社会效益指标", "社会效益", "—", "显著", "较好", "较好", ""],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "%", "≥90", "90", "93", ""],
]
# an explanation (指标解释) under the blank header
_EXPLAINED_ROWS: list[list[str]] = [
    [
        "产出指标",
        "数量指标",
        "服务老人数量",
        "年内接受助餐、助浴服务的老人数",
        "≥1200人",
        "800",
        "850",
        "",
    ],
    ["", "质量指标", "服务达标率", "抽查达标户数/抽查户数", "≥95%", "95%", "96%", ""],
    ["", "时效指标", "补贴发放及时性", "按月发放", "及时", "及时", "及时", ""],
    [
        "效益指标",
        "社会效益指标",
        "老年人生活质量",
        "问卷反映生活改善情况",
        "有所改善",
        "改善",
        "改善",
        "",
    ],
    ["满意度指标", "服务对象满意度指标", "满意度", "问卷满意比例", "≥90%", "90%", "93%", ""],
]

_CASES = {
    "tsv-unit-column": (lambda: _tsv(_unit_grid()), "自评表.tsv"),
    "xlsx-merged-over-unit-column": (_unit_xlsx, "自评表.xlsx"),
    "html-colspan-over-unit-column": (_unit_html, "自评表.html"),
    "docx-gridspan-over-unit-column": (_unit_docx, "自评表.docx"),
}


@pytest.mark.parametrize(
    ("case", "expected", "total"),
    [pytest.param(key, _UNIT_EXPECTED, Decimal("100.00"), id=key) for key in _CASES],
)
def test_unit_column_under_the_merge_is_never_the_names(
    case: str, expected: list[tuple[str, str, str, str]], total: Decimal
) -> None:
    build, name = _CASES[case]
    [table] = perftrack.read(build(), name=name)
    card = perftrack.score(table)
    got = [
        (
            indicator.name,
            indicator.target,
            indicator.actual,
            verdict.attainment.value,
        )
        for indicator, verdict in zip(table.indicators, card.verdicts, strict=True)
    ]
    assert got == [(n, parse_target(t), parse_value(a), v) for n, t, a, v in expected]
    assert card.points is not None
    assert (card.points.total, card.points.grade) == (total, "优")
    # only the two qualitative targets (及时, 有所改善): no shift, no false 合计 or “%” target
    assert [finding.id for finding in card.findings] == ["target-not-measurable"] * 2


@pytest.mark.parametrize(
    ("rows", "expected", "verdicts"),
    [
        pytest.param(
            _LEVELISH_ROWS,
            [
                ("服务老人数量", "≥1200", "850", ""),
                ("服务质量", "优良", "良好", ""),
                ("社会效益", "显著", "较好", ""),
                ("服务对象满意度", "≥90", "93", ""),
            ],
            # 良好 meets 优良, the band of 优 and 良 (parse55 H7; it was pending)
            ["pending", "met", "unknown", "met"],
            id="label-word-names-beside-units",
        ),
        pytest.param(
            _EXPLAINED_ROWS,
            [
                ("服务老人数量", "≥1200人", "850", ""),
                ("服务达标率", "≥95%", "96%", ""),
                ("补贴发放及时性", "及时", "及时", ""),
                ("老年人生活质量", "有所改善", "改善", ""),
                ("满意度", "≥90%", "93%", ""),
            ],
            ["pending", "met", "met", "met", "met"],
            id="explanation-column-left-unread",
        ),
    ],
)
def test_tracking_names_stay_under_their_header(
    rows: list[list[str]], expected: list[tuple[str, str, str, str]], verdicts: list[str]
) -> None:
    [table] = perftrack.read(_tsv([*_TRACK_TOP, *rows]), name="跟踪表.tsv")
    got = [(ind.name, ind.target, ind.actual, ind.deviation_reason) for ind in table.indicators]
    assert got == [(n, parse_target(t), parse_value(a), r) for n, t, a, r in expected]
    card = perftrack.score(table)
    assert [verdict.attainment.value for verdict in card.verdicts] == verdicts
    ids = {finding.id for finding in card.findings}
    assert ids.isdisjoint({"layout-normalised", "missing-corrective-measures", "missing-actual"})


# 三级指标 printed twice, the level 2 repeated under the first (an unmerged merge filled)
_TWICE_ROWS: list[list[str]] = [
    ["产出指标", "数量指标", "数量指标", "服务老人数量", "≥1200人", "1250人", "20", "20", ""],
    ["", "质量指标", "质量指标", "服务达标率", "≥95%", "96%", "20", "20", ""],
    [
        "效益指标",
        "社会效益指标",
        "社会效益指标",
        "群众生活改善",
        "有所改善",
        "改善",
        "30",
        "30",
        "",
    ],
    [
        "满意度指标",
        "服务对象满意度指标",
        "服务对象满意度指标",
        "满意度",
        "≥90%",
        "93%",
        "20",
        "20",
        "",
    ],
]


@pytest.mark.parametrize(
    ("fourth", "expected"),
    [
        pytest.param(
            "三级指标",
            [
                ("产出指标", "数量指标", "服务老人数量", "≥1200人", "1250人", "met"),
                ("产出指标", "质量指标", "服务达标率", "≥95%", "96%", "met"),
                ("效益指标", "社会效益指标", "群众生活改善", "有所改善", "改善", "met"),
                ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "93%", "met"),
            ],
            id="sanji-twice-level2-repeated",
        ),
        pytest.param(
            "",
            [
                ("产出指标", "数量指标", "服务老人数量", "≥1200人", "1250人", "met"),
                ("产出指标", "质量指标", "服务达标率", "≥95%", "96%", "met"),
                ("效益指标", "社会效益指标", "群众生活改善", "有所改善", "改善", "met"),
                ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "93%", "met"),
            ],
            id="blank-header-level2-repeated",
        ),
    ],
)
def test_repeated_level2_is_read_once_with_no_second_shift(
    fourth: str, expected: list[tuple[str, str, str, str, str, str]]
) -> None:
    data = _tsv([*_SELF_TOP, _self_header(fourth), *_TWICE_ROWS])
    [table] = perftrack.read(data, name="自评表.tsv")
    card = perftrack.score(table)
    got = [
        (
            ind.level1,
            ind.level2,
            ind.name,
            ind.target,
            ind.actual,
            verdict.attainment.value,
        )
        for ind, verdict in zip(table.indicators, card.verdicts, strict=True)
    ]
    assert got == [
        (l1, l2, n, parse_target(t), parse_value(a), v) for l1, l2, n, t, a, v in expected
    ]
    assert card.points is not None
    assert (card.points.total, card.points.grade) == (Decimal("100.00"), "优")
    ids = {finding.id for finding in card.findings}
    assert ids.isdisjoint(
        {"layout-normalised", "name-is-level", "missing-category", "weights-not-100"}
    )


# the target under the blank header, no 年度指标值 header: said, not silently dropped
_TARGET_UNDER_BLANK: list[list[str]] = [
    *_TRACK_TOP[:4],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "",
        "跟踪期计划完成值",
        "跟踪期实际完成值",
        "偏差原因分析",
    ],
    ["产出指标", "数量指标", "加装电梯数量", "=30(台)", "20", "14", "居民意见未统一"],
    ["", "质量指标", "电梯验收合格率", "100%", "100%", "100%", ""],
    ["效益指标", "社会效益指标", "居民出行便利程度", "明显改善", "改善", "改善", ""],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "90%", "92.5%", ""],
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            _TARGET_UNDER_BLANK,
            [
                (
                    "grid-column-unread",
                    "warning",
                    (
                        "指标表中表头为空的列（D5）有3行为指标值形式（如“=30(台)”），"
                        "未作为任何值列读入，请核对该列是否为年度指标值"
                    ),
                )
            ],
            id="target-under-blank-header",
        ),
        pytest.param([*_TRACK_TOP, *_LEVELISH_ROWS], [], id="unit-column"),
        pytest.param([*_TRACK_TOP, *_EXPLAINED_ROWS], [], id="explanation-column"),
        # prose with figures in it under the blank header, the targets in their own
        # column: no target column left unread (regress67 g12)
        pytest.param(
            [
                *_TRACK_TOP[:4],
                [
                    "一级指标",
                    "二级指标",
                    "三级指标",
                    "",
                    "年度指标值",
                    "跟踪期计划完成值",
                    "跟踪期实际完成值",
                    "偏差原因分析",
                ],
                [
                    "产出指标",
                    "数量指标",
                    "加装电梯数量",
                    "全年计划加装30台",
                    "=30台",
                    "20台",
                    "14台",
                    "居民意见未统一",
                ],
                [
                    "",
                    "质量指标",
                    "电梯验收合格率",
                    "按规范验收，合格率100%",
                    "100%",
                    "100%",
                    "100%",
                    "",
                ],
                [
                    "",
                    "时效指标",
                    "补助资金拨付及时率",
                    "合格台数/验收台数×100%",
                    "≥95%",
                    "60%",
                    "60%",
                    "",
                ],
                [
                    "满意度指标",
                    "服务对象满意度指标",
                    "居民满意度",
                    "问卷不少于200份",
                    "≥90%",
                    "90%",
                    "92.5%",
                    "",
                ],
            ],
            [],
            id="prose-with-figures-column",
        ),
    ],
)
def test_values_under_the_blank_half_of_the_name_header_are_noted(
    rows: list[list[str]], expected: list[tuple[str, str, str]]
) -> None:
    [table] = perftrack.read(_tsv(rows), name="跟踪表.tsv")
    got = [
        (finding.id, finding.severity.value, finding.message)
        for finding in table.findings
        if finding.id == "grid-column-unread"
    ]
    assert got == expected
