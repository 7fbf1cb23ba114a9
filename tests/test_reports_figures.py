"""Findings carry their figures as data; the review letter reads them, not the messages.

A budget-rate-mismatch holds the printed and the computed rate, a budget-sum-mismatch
each column's sum and total (a department's uses, as read, too), a points-sum-mismatch
the points added up and the printed total. They are written to JSON (``figures``, only
when a finding holds some), come back from it, and the letter writes them whatever the
message says: an English message, or a message reworded, keeps the figures in the
letter; a finding without figures names the line only. Every table is written here as
text, read and scored.
"""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal

import openpyxl
import pytest
from attrs import evolve

import perftrack
from perftrack.model import Figure, Finding, Severity
from perftrack.reports import render
from perftrack.reports._review import review


def _card(rows: list[list[str]], policy: perftrack.Policy | None = None) -> perftrack.Scorecard:
    text = "\n".join("\t".join(row) for row in rows)
    return perftrack.score(perftrack.read_text(text)[0], policy=policy)


def _tracking(*budget: list[str]) -> list[list[str]]:
    return [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2024-1月 至 2024-9月 ）"],
        ["项目名称", "河道保洁养护", "", "", "", "", ""],
        ["主管部门", "某镇水务站", "", "实施单位", "某镇河道管理所", "", ""],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)", ""],
        *budget,
        ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况", "", ""],
        ["", "完成河道保洁养护，水面保洁达标。", "", "", "已完成主要河段保洁。", "", ""],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "",
        ],
        ["产出指标", "数量指标", "保洁河道长度", "≥40公里", "30", "32", ""],
        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "90", "94", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "有可能", "", "", "", ""],
        ["", "年度绩效目标完成可能性", "有可能", "", "", "", ""],
        ["纠偏措施", "加强巡查，及时维修。", "", "", "", "", ""],
    ]


RIVER = _tracking(
    ["", "年度资金总额", "300.00", "300.00", "240.00", "90.00", ""],
    ["", "其中：当年财政拨款", "250.00", "250.00", "200.00", "", ""],
    ["", "其他资金", "50.00", "50.00", "30.00", "60.00", ""],
)

SELF_EVALUATION = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "乡镇文化站设备购置", "", "", "", "", ""],
    ["主管部门", "某县文化和旅游局", "", "实施单位", "某县文化馆", "", ""],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "100.00", "100.00", "96.00", "10", "96.00%", "10"],
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
    ["", "为12个文化站购置设备。", "", "", "已为12个文化站购置设备。", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "数量指标", "购置设备文化站数", "≥12个", "12个", "40", "40", ""],
    ["", "质量指标", "设备验收合格率", "=100%", "100%", "20", "20", ""],
    ["效益指标", "社会效益指标", "群众参与活动人次", "≥5000人次", "5200人次", "20", "20", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "88.5", "良"],
]

DEPARTMENT = [
    ["2023年度部门整体支出绩效自评表"],
    ["部门（单位）名称", "某县自然资源局", "", "", "", "", ""],
    ["预算执行情况 (万元)", "", "年初预算数", "全年预算数", "全年执行数", "执行率", ""],
    ["", "年度资金总额", "1000.00", "1000.00", "950.00", "95.00%", ""],
    ["", "其中：基本支出", "600.00", "600.00", "600.00", "100.00%", ""],
    ["", "项目支出", "400.00", "400.00", "300.00", "75.00%", ""],
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
    ["", "保障自然资源管理工作正常运转。", "", "", "全年目标完成。", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析", ""],
    ["产出指标", "数量指标", "完成确权登记宗数", "≥2000宗", "2100宗", "", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "", ""],
]

D = Decimal


def _figures(card: perftrack.Scorecard, finding_id: str) -> list[tuple[Figure, ...]]:
    return [f.figures for f in card.findings if f.id == finding_id]


@pytest.mark.parametrize(
    ("rows", "finding_id", "expected"),
    [
        pytest.param(
            RIVER,
            "budget-rate-mismatch",
            [(Figure("printed", D("90.00")), Figure("computed", D("80.00")))],
            id="rate-mismatch",
        ),
        pytest.param(
            RIVER,
            "budget-sum-mismatch",
            [(Figure("added", D("230.00"), "执行数"), Figure("whole", D("240.00"), "执行数"))],
            id="sources-sum",
        ),
        pytest.param(
            RIVER,
            "budget-rate-missing",
            [(Figure("computed", D("80.00")),)],
            id="rate-missing",
        ),
        pytest.param(
            DEPARTMENT,
            "budget-sum-mismatch",
            [
                (
                    Figure("uses_added", D("900.00"), "基本支出与项目支出的执行数"),
                    Figure("uses_whole", D("950.00"), "年度资金总额执行数"),
                )
            ],
            id="uses-sum",
        ),
        pytest.param(
            SELF_EVALUATION,
            "points-sum-mismatch",
            [(Figure("added", D("100")), Figure("published", D("88.5")))],
            id="points-sum",
        ),
        pytest.param(SELF_EVALUATION, "missing-deviation-reason", [], id="none-made"),
    ],
)
def test_findings_hold_the_figures_their_messages_state(rows, finding_id, expected):
    assert _figures(_card(rows), finding_id) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            RIVER,
            "一是“年度资金总额”填报执行率90.00%，按金额计算应为80.00%；"
            "二是各项资金来源之和与资金总额不符"
            "（各项资金来源执行数合计230.00万元，资金总额执行数为240.00万元）；",
            id="rate-and-sources",
        ),
        pytest.param(
            DEPARTMENT,
            "存在以下问题：基本支出与项目支出之和与年度资金总额不符"
            "（基本支出与项目支出执行数合计900.00万元，年度资金总额执行数为950.00万元）。",
            id="uses",
        ),
        pytest.param(
            SELF_EVALUATION,
            "自评打分存在差错，各项得分合计100.00分，与表中总分88.50分不符，"
            "按合计应评为“优”，表中为“良”，"
            "预算执行率得分与执行情况不符（执行率96.00%，应得9.60分，填报10.00分）。",
            id="points",
        ),
    ],
)
def test_the_letter_writes_the_figures_whatever_the_messages_say(rows, expected):
    card = _card(rows)
    assert expected in review(card)
    # the messages reworded (or English): the figures come from the findings' data
    reworded = evolve(card, findings=tuple(evolve(f, message="另述") for f in card.findings))
    assert expected in review(reworded)
    english = _card(rows, perftrack.Policy(language="en"))
    assert expected in review(english)


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        pytest.param(
            Finding(
                "budget-rate-mismatch",
                Severity.WARNING,
                "“年度资金总额”填报执行率90.00%与金额计算的80.00%不符",
                perftrack.Where(name="年度资金总额", budget_line="total"),
            ),
            "一是“年度资金总额”填报的执行率与按金额计算的结果不符；",
            id="rate-named-only",
        ),
        pytest.param(
            Finding(
                "budget-sum-mismatch",
                Severity.WARNING,
                "执行数各项合计230.00与总额240.00不符",
                perftrack.Where(budget_line="total"),
            ),
            "一是各项资金来源之和与资金总额不符；",
            id="sum-without-figures",
        ),
    ],
)
def test_a_finding_without_figures_gives_no_figures_not_the_message_s(finding, expected):
    card = _card(_tracking(["", "年度资金总额", "300.00", "300.00", "240.00", "80.00", ""]))
    text = review(evolve(card, findings=(*card.findings, finding)))
    assert expected in text
    assert "90.00" not in text
    assert "230.00" not in text


def test_the_figures_go_to_json_only_when_held_and_come_back():
    card = _card(RIVER)
    text = perftrack.to_json(card)
    findings = json.loads(text)["tables"][0]["findings"]
    held = {f["id"]: f["figures"] for f in findings if "figures" in f}
    assert held == {
        "budget-rate-missing": [{"name": "computed", "value": "80.00"}],
        "budget-rate-mismatch": [
            {"name": "printed", "value": "90.00"},
            {"name": "computed", "value": "80.00"},
        ],
        "budget-sum-mismatch": [
            {"name": "added", "value": "230.00", "of": "执行数"},
            {"name": "whole", "value": "240.00", "of": "执行数"},
        ],
    }
    back = perftrack.from_json(text, perftrack.Scorecard)
    assert back.findings == card.findings
    table = perftrack.from_json(perftrack.to_json(card.table), perftrack.Table)
    assert table.findings == card.table.findings


def test_the_schema_describes_the_figures():
    finding = perftrack.json_schema()["$defs"]["finding"]
    assert "figures" in finding["properties"]
    assert "figures" not in finding["required"]
    item = finding["properties"]["figures"]["items"]
    assert item["required"] == ["name", "value"]


# The summaries of Markdown, HTML and XLSX tell apart the counties of one 区域自评表.


def _county_cards(*units: str | None) -> list[perftrack.Scorecard]:
    return [
        perftrack.score(
            perftrack.Table(
                perftrack.TableKind.SELF_EVALUATION,
                "项目支出绩效自评表",
                source=perftrack.Source("区域自评表.xlsx", "Sheet1", index),
                project=perftrack.Project("衔接推进乡村振兴补助资金", "省农业农村厅", unit),
            )
        )
        for index, unit in enumerate(units)
    ]


def _summary_projects(fmt: str, cards: list[perftrack.Scorecard]) -> list[str]:
    """The 项目名称 cells of the summary of *fmt*, in order."""
    if fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(render(cards, [], "xlsx")))
        return [str(cell.value) for cell in book["汇总"]["A"][1:]]
    text = render(cards, [], fmt)
    if fmt == "markdown":
        part = text.split("## 汇总")[1].split("\n\n")[1]
        return [line.split(" | ")[0].removeprefix("| ") for line in part.splitlines()[2:]]
    part = text.split('<section id="summary">')[1].split("</section>")[0]
    return re.findall(r'<a href="#table-\d+">([^<]*)</a>', part)


TOLD = ["衔接推进乡村振兴补助资金［甲县农业农村局］", "衔接推进乡村振兴补助资金［乙县农业农村局］"]


@pytest.mark.parametrize(
    ("fmt", "units", "expected"),
    [
        pytest.param("markdown", ("甲县农业农村局", "乙县农业农村局"), TOLD, id="markdown"),
        pytest.param("html", ("甲县农业农村局", "乙县农业农村局"), TOLD, id="html"),
        pytest.param("xlsx", ("甲县农业农村局", "乙县农业农村局"), TOLD, id="xlsx"),
        pytest.param(
            "markdown",
            ("甲县农业农村局", "甲县农业农村局"),
            # as the text summary marks them (cli22 M4): the table number tells them apart
            ["衔接推进乡村振兴补助资金［第1张表］", "衔接推进乡村振兴补助资金［第2张表］"],
            id="same-unit-tells-nothing",
        ),
        pytest.param(
            "html", ("甲县农业农村局",), ["衔接推进乡村振兴补助资金"], id="one-table-as-is"
        ),
        pytest.param(
            "xlsx",
            ("甲县农业农村局", None),
            ["衔接推进乡村振兴补助资金［第1张表］", "衔接推进乡村振兴补助资金［第2张表］"],
            id="a-unit-unsaid",
        ),
    ],
)
def test_the_summaries_tell_apart_tables_of_one_project_by_their_implementer(fmt, units, expected):
    assert _summary_projects(fmt, _county_cards(*units)) == expected
