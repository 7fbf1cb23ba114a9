"""JSON contract fixes of json32 (j32fix): round trips, budget lines by use, 分值 cells."""

from __future__ import annotations

from pathlib import Path

import pytest

import perftrack
from cases.composed_tables import MONITORING, SELF_EVALUATION, TRACKING, tsv_bytes
from perftrack import Table
from perftrack.scoring import Scorecard, score

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _tracking(rows: list[str]) -> str:
    """A tracking table in the seed's layout whose indicator rows are *rows* (TSV lines)."""
    head = [
        "财政项目支出绩效跟踪表",
        "跟踪时段：（ 2024-1月 至 2024-6月 ）",
        "项目名称\t河道保洁及疏浚\t\t\t\t\t\t",
        "主管部门\t某区水务局\t\t实施单位\t某镇河道管理所\t\t\t",
        "预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)\t",
        "\t年度资金总额\t\t800.00\t800.00\t400.00\t50.00\t",
        "\t其中：当年财政拨款\t\t800.00\t800.00\t400.00\t50.00\t",
        "年度总体目标\t预期目标\t\t\t跟踪期实际完成情况\t\t\t",
        "\t完成85公里河道保洁。\t\t\t河道保洁正常。\t\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析\t",
    ]
    tail = [
        "绩效跟踪总体判断\t年度项目预算完成可能性\t有可能完成\t\t\t\t\t",
        "\t年度绩效目标完成可能性\t有可能完成\t\t\t\t\t",
        "纠偏措施\t汛期结束后恢复施工。\t\t\t\t\t\t",
    ]
    return "\n".join([*head, *rows, *tail]) + "\n"


# Rows behind their plan: a blank reason as the row's last cell (the line ends in a tab,
# the cell is dropped), a blank reason before a trailing cell, and a reason given.
_BLANK_LAST = "绩效指标\t产出指标\t数量指标\t累计助餐服务人次\t≥30000(人次)\t15000\t6800\t"
_BLANK_INSIDE = "\t产出指标\t数量指标\t河道保洁公里数\t≥85(公里)\t42\t30\t\t"
_GIVEN = "\t产出指标\t数量指标\t疏浚河道条数\t≥10(条)\t5\t3\t汛期暂停\t"

_CASES = [
    pytest.param(_tracking([_BLANK_LAST]), ["H11"], id="tracking-blank-last-reason"),
    pytest.param(
        _tracking([_BLANK_LAST, _BLANK_INSIDE, _GIVEN]),
        ["H11", "H12"],
        id="tracking-blank-reasons-and-one-given",
    ),
    pytest.param(_tracking([_GIVEN]), [], id="tracking-reason-given"),
    pytest.param(tsv_bytes(TRACKING).decode(), [], id="composed-tracking"),
    pytest.param(tsv_bytes(MONITORING).decode(), [], id="composed-monitoring"),
    pytest.param(tsv_bytes(SELF_EVALUATION).decode(), [], id="composed-self-evaluation"),
    pytest.param(
        (EXAMPLES / "000_7a0b2a9980fedb64.txt").read_bytes().decode("utf-8-sig"),
        None,
        id="seed",
    ),
]


def _reason_cells(card: Scorecard) -> list[str | None]:
    return [f.where.cell for f in card.findings if f.id == "missing-deviation-reason"]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_scorecard_json_round_trip_is_equal(text: str, expected: list[str] | None) -> None:
    """``from_json(to_json(card)) == card``, and the JSON text is the same again (json32 H1)."""
    cards = [score(table) for table in perftrack.read_text(text)]
    back = [perftrack.from_json(perftrack.to_json(card), Scorecard) for card in cards]
    assert back == cards
    assert [perftrack.to_json(card) for card in back] == [perftrack.to_json(c) for c in cards]
    if expected is not None:
        assert [cell for card in cards for cell in _reason_cells(card)] == expected


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_score_of_a_table_from_json_is_the_score_of_the_table(
    text: str, expected: list[str] | None
) -> None:
    """``score(from_json(read document)) == score(read(file))`` (json32 H1)."""
    tables = perftrack.read_text(text)
    rebuilt = [perftrack.from_json(perftrack.to_json(table), Table) for table in tables]
    assert [score(table) for table in rebuilt] == [score(table) for table in tables]
    if expected is not None:
        assert [cell for t in rebuilt for cell in _reason_cells(score(t))] == expected


def test_blank_reason_cell_is_written_in_the_json_cells() -> None:
    """The blank 偏差原因 cell's place is in ``cells`` as ``reason-place`` (json32 H1)."""
    document = perftrack.to_json(perftrack.read_text(_tracking([_BLANK_LAST]))[0])
    assert '"reason-place": "H11"' in document


def _department(rows: list[str]) -> str:
    """A 部门整体 self-evaluation table whose budget block's lines after the total are *rows*."""
    return (
        "\n".join(
            [
                "部门整体支出绩效自评表",
                "（2023年度）",
                "部门名称\t区委组织部\t\t\t\t\t\t\t",
                "预算执行情况 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t",
                "\t年度资金总额\t871.19\t871.19\t822.15\t10\t94.37%\t9.44",
                *rows,
                "年度总体目标\t\t预期目标\t\t\t全年实际完成情况\t\t",
                "\t\t按时完成各项目标任务。\t\t\t已完成。\t\t",
                "一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "产出指标\t数量指标\t开展职业技能培训人数\t≥2144人\t2157\t90\t90\t",
            ]
        )
        + "\n"
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                "\t其中：基本支出\t871.19\t871.19\t822.15\t—\t94.4%\t—",
                "\t项目支出\t0.00\t0.00\t0.00\t—\t#DIV/0!\t—\t",
            ],
            [("malformed-amount", "G7", "项目支出", None)],
            id="use-line-names-itself-no-role",
        ),
        pytest.param(
            [
                "\t其中：当年财政拨款\t871.19\t871.19\t822.15\t—\t94.37%\t—",
                "\t其他资金\t0.00\t0.00\t0.00\t—\t#DIV/0!\t—\t",
            ],
            [("malformed-amount", "G7", None, "other")],
            id="other-funds-line-keeps-its-role",
        ),
    ],
)
def test_budget_finding_names_the_line_it_is_on(
    rows: list[str], expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """A finding on a line by use (项目支出) says no role, ``other`` is 其他资金 (json32 M2)."""
    table = perftrack.read_text(_department(rows))[0]
    found = [
        (f.id, f.where.cell, f.where.name, f.where.budget_line)
        for f in table.findings
        if f.id == "malformed-amount"
    ]
    assert found == expected


def _self_evaluation(weights: tuple[str, str, str, str, str]) -> str:
    """A self-evaluation table whose five indicator rows print *weights* as 分值."""
    rows = [
        ("产出指标", "数量指标", "补贴发放人数", "≥3200人", "3350人", "20"),
        ("", "质量指标", "补贴发放准确率", "100%", "99.2%", "19"),
        ("", "时效指标", "补贴按月发放", "每月10日前", "按时发放", "10"),
        ("效益指标", "社会效益指标", "老年人生活质量改善", "有所改善", "有所改善", "30"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93.5%", "10"),
    ]
    lines = [
        "2024年度项目支出绩效自评表",
        "项目名称\t社区养老服务补贴\t\t\t\t\t",
        "主管部门\t区民政局\t\t\t实施单位\t区养老服务指导中心\t",
        "预算执行情况(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t120.00\t118.50\t101.37\t10\t85.54%\t8.55",
        "\t其中：当年财政拨款\t120.00\t118.50\t101.37\t—\t85.54%\t—",
        "一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    ]
    for (level1, level2, name, target, actual, points), weight in zip(rows, weights, strict=True):
        lines.append(T.join([level1, level2, name, target, actual, weight, points, ""]))
    lines.append("总分\t\t\t\t\t100\t97.55\t优")
    return "\n".join(lines) + "\n"


T = "\t"
# k32k: the total of weights 80 is graded on its share (98.19%), not as 78.55 中
_SHARE = "；分值合计不足100，计算总分未按100分折算，按得分率98.19%（78.55/80）定级为“优”，而非“中”"
_UNSET = "各项分值合计80，不等于100；1项指标未设分值（“补贴发放准确率”），按0分计" + _SHARE
_UNREAD = (
    "各项分值合计80，不等于100；1项指标分值无法识别（“补贴发放准确率”：“待定”），按0分计" + _SHARE
)


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        pytest.param(
            ("20", "待定", "10", "30", "10"),
            [
                ("malformed-points", "F9", "分值“待定”不是数字，未读入"),
                ("weights-not-100", None, _UNREAD),
            ],
            id="one-weight-tbd-quoted",
        ),
        pytest.param(
            ("20", "", "10", "30", "10"),
            [("weights-not-100", None, _UNSET)],
            id="one-weight-blank-unset",
        ),
        pytest.param(
            ("20", "—", "10", "30", "10"),
            [("weights-not-100", None, _UNSET)],
            id="one-weight-placeholder-unset",
        ),
        pytest.param(
            ("x", "x", "x", "x", "x"),
            [("malformed-points", f"F{row}", "分值“x”不是数字，未读入") for row in range(8, 13)],
            id="every-weight-unreadable-said",
        ),
        pytest.param(("20", "20", "10", "30", "10"), [], id="weights-add-up"),
    ],
)
def test_unreadable_weight_is_said(
    weights: tuple[str, str, str, str, str], expected: list[tuple[str, str | None, str]]
) -> None:
    """A 分值 of 待定 is quoted as unreadable, not "未设分值" (json32 L3)."""
    card = score(perftrack.read_text(_self_evaluation(weights))[0])
    found = [
        (f.id, f.where.cell, f.message)
        for f in card.findings
        if f.id in ("malformed-points", "weights-not-100")
    ]
    assert found == expected
