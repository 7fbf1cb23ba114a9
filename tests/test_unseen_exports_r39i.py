"""r39i: three exports of other provinces' systems, read and scored end to end.

a. a 项目支出绩效自评表 as a Word document (merged 一级/二级 cells, the 年度资金总额 /
   其中：当年财政拨款 / 上年结转资金 / 其他资金 block with 分值 | 执行率 | 得分, the goal in
   两 merged cells, 偏差原因分析及改进措施, 总分 and 评价等级): read right before r39i,
   pinned here whole;
b. a 部门整体支出绩效目标表 as HTML (rowspan/colspan, <th>, <br>, <span>, &nbsp;) whose
   budget block is labelled 年度预算申请（万元）: before, the block was dropped without a
   finding (budget [], no unit), as the label was neither a block word nor a money label;
c. a 绩效运行监控表 as a GB18030 CSV with a one-row header 是否存在偏差 | 原因类型 |
   偏差原因说明: before, the 原因类型 column (经费保障, 制度保障, …, 其他) named no role
   and the category was dropped, so a row giving only its category had no reason at all.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes
from perftrack.cli import main

if TYPE_CHECKING:
    from pathlib import Path

D = Decimal
Rows = list[list[str]]


def _budget(table: perftrack.Table) -> list[tuple[str, str, object, object, object, object]]:
    return [
        (line.role.value, line.source, line.initial, line.period_budget, line.executed, line.rate)
        for line in table.budget
    ]


def _findings(card: perftrack.Scorecard) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell if f.where else None, f.message) for f in card.findings]


# ---------------------------------------------------------------------------
# a. the Word 自评表

_W = 10


def _row(*cells: str) -> list[str]:
    return [*cells, *([""] * (_W - len(cells)))]


_SELF_ROWS: Rows = [
    _row("项目名称", "", "2024年农村饮水安全巩固提升工程"),
    _row("主管部门", "", "某县水利局", "", "", "", "实施单位", "", "某县农村供水管理站"),
    _row(
        "项目资金（万元）",
        "",
        "",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ),
    _row("", "", "年度资金总额", "500.00", "520.00", "498.60", "10", "95.88%", "9.59"),
    _row("", "", "其中：当年财政拨款", "450.00", "470.00", "455.20", "—", "96.85%", "—"),
    _row("", "", "上年结转资金", "50.00", "50.00", "43.40", "—", "86.80%", "—"),
    _row("", "", "其他资金", "0", "0", "0", "—", "—", "—"),
    _row("年度总体目标", "预期目标", "", "", "", "实际完成情况"),
    _row(
        "",
        "完成12处农村供水工程改造，新增受益人口1.2万人，农村自来水普及率达到92%。",
        "",
        "",
        "",
        "完成12处工程改造，新增受益人口1.25万人，普及率达到92.5%。",
    ),
    _row(
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ),
    _row("", "产出指标（50分）", "数量指标", "供水工程改造数量", "≥12处", "12处", "15", "15"),
    _row("", "", "", "新增受益人口", "≥1.2万人", "1.25万人", "10", "10"),
    _row(
        "",
        "",
        "质量指标",
        "水质达标率",
        "≥95%",
        "93%",
        "10",
        "8",
        "部分水源受汛期影响，下一步加强水源保护",
    ),
    _row(
        "",
        "",
        "时效指标",
        "工程完工时间",
        "2024年10月底前",
        "2024年11月15日",
        "10",
        "7",
        "施工期间遇连续降雨，工期延误",
    ),
    _row("", "", "成本指标", "单处工程平均造价", "≤40万元", "38.6万元", "5", "5"),
    _row("", "效益指标（30分）", "社会效益指标", "农村自来水普及率", "≥92%", "92.5%", "15", "15"),
    _row("", "", "可持续影响指标", "工程运行管护机制", "健全", "健全", "15", "15"),
    _row(
        "", "满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", "10", "10"
    ),
    _row("总分", "", "", "", "", "", "100", "94.59"),
    _row("评价等级", "", "", "", "", "", "优"),
]
_SELF_MERGES = [
    *("A1:B1", "C1:J1", "A2:B2", "C2:F2", "G2:H2", "I2:J2", "A3:C3", "A4:B7"),
    *(f"I{row}:J{row}" for row in range(3, 19)),
    *("A8:A9", "B8:E8", "F8:J8", "B9:E9", "F9:J9", "A10:A18"),
    *("B11:B15", "C11:C12", "B16:B17", "A19:F19", "H19:J19", "A20:F20", "G20:J20"),
]


def _self_table(tmp_path: Path) -> Path:
    path = tmp_path / "自评表.docx"
    blocks: list[str | Rows] = ["2024年度项目支出绩效自评表", "（2024年度）", _SELF_ROWS]
    path.write_bytes(docx_bytes(blocks, {0: _SELF_MERGES}))
    return path


def test_a_word_self_evaluation_is_read_and_scored_whole(tmp_path: Path) -> None:
    (table,) = perftrack.read(_self_table(tmp_path))
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert table.project == perftrack.Project(
        name="2024年农村饮水安全巩固提升工程",
        department="某县水利局",
        implementer="某县农村供水管理站",
    )
    assert (table.period.start, table.period.end) == (
        perftrack.YearMonth(2024, 1),
        perftrack.YearMonth(2024, 12),
    )
    assert table.budget_unit == "万元"
    assert _budget(table) == [
        ("total", "年度资金总额", D("500.00"), D("520.00"), D("498.60"), D("95.88")),
        ("appropriation", "其中：当年财政拨款", D("450.00"), D("470.00"), D("455.20"), D("96.85")),
        ("carried_over", "上年结转资金", D("50.00"), D("50.00"), D("43.40"), D("86.80")),
        ("other", "其他资金", D(0), D(0), D(0), None),
    ]
    assert (table.budget[0].weight, table.budget[0].published_points) == (D(10), D("9.59"))
    assert table.overall_goal == perftrack.OverallGoal(
        expected="完成12处农村供水工程改造，新增受益人口1.2万人，农村自来水普及率达到92%。",
        achieved="完成12处工程改造，新增受益人口1.25万人，普及率达到92.5%。",
    )
    assert table.level1_weights == (("产出指标", D(50)), ("效益指标", D(30)), ("满意度指标", D(10)))
    assert table.published == perftrack.Published(total=D("94.59"), grade="优")
    assert [
        (i.level1, i.level2, i.name, str(i.target), str(i.actual), i.weight, i.published_points)
        for i in table.indicators
    ] == [
        ("产出指标", "数量指标", "供水工程改造数量", "≥12(处)", "12(处)", D(15), D(15)),
        ("产出指标", "数量指标", "新增受益人口", "≥1.2(万人)", "1.25(万人)", D(10), D(10)),
        ("产出指标", "质量指标", "水质达标率", "≥95(%)", "93(%)", D(10), D(8)),
        ("产出指标", "时效指标", "工程完工时间", "2024年10月底前", "2024年11月15日", D(10), D(7)),
        ("产出指标", "成本指标", "单处工程平均造价", "≤40(万元)", "38.6(万元)", D(5), D(5)),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥92(%)", "92.5(%)", D(15), D(15)),
        ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "健全", D(15), D(15)),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90(%)", "94(%)", D(10), D(10)),
    ]
    assert [i.deviation_reason for i in table.indicators][2:4] == [
        "部分水源受汛期影响，下一步加强水源保护",
        "施工期间遇连续降雨，工期延误",
    ]
    card = perftrack.score(table)
    assert [(v.attainment.value, v.explanation) for v in card.verdicts] == [
        ("met", "实际12处，达到年度指标≥12处"),
        ("met", "实际1.25万人，达到年度指标≥1.2万人"),
        ("not_met", "实际93%，未达年度指标≥95%"),
        ("not_met", "实际“2024年11月15日”，晚于截止日期2024-10-31"),
        ("met", "实际38.6万元，达到年度指标≤40万元"),
        ("met", "实际92.5%，达到年度指标≥92%"),
        ("met", "实际“健全”，达到“健全”"),
        ("met", "实际94%，达到年度指标≥90%"),
    ]
    assert _findings(card) == [
        (
            "budget-adjusted",
            "E6",
            "“年度资金总额”预算由年初500.00调整为520.00，其中“当年财政拨款”由450.00调整为470.00",
        ),
        ("deadline-passed", "E16", "“工程完工时间”截止日期2024-10-31已到，结果为逾期完成"),
        (
            "target-not-measurable",
            "E19",
            "“工程运行管护机制”年度指标“健全”为定性或文字描述，难以量化考核",
        ),
        ("points-differ", "H15", "“水质达标率”计算得分9.79与填报得分8不同"),
        ("points-differ", "H16", "“工程完工时间”填报得分7（7/10=70.00%）不在0%–60%档内"),
    ]
    assert card.points is not None
    assert (card.points.total, card.points.grade) == (D("89.38"), "良")
    written = json.loads(perftrack.to_json(card))
    assert [
        (line["line"], line["executed"], line["rate_recomputed"], line["cells"]["executed"])
        for line in written["tables"][0]["budget"]
    ] == [
        ("total", "498.60", "95.88", "F6"),
        ("appropriation", "455.20", "96.85", "F7"),
        ("carried_over", "43.40", "86.80", "F8"),
        ("other", "0", None, "F9"),
    ]


# ---------------------------------------------------------------------------
# b. the HTML 部门整体支出绩效目标表, its budget labelled 年度预算申请（万元）

_TARGET_PAGE = """<html><head><meta charset="utf-8"><title>部门整体支出绩效目标表</title></head>
<body><p align="center"><span style="font-size:18pt"><b>2025年度部门整体支出绩效目标表</b></span></p>
<table border="1" cellspacing="0">
<tr><th colspan="2">部门（单位）名称</th><td colspan="4"><span>某市生态环境局</span>&nbsp;</td></tr>
<tr><th rowspan="4">年度预算<br>申请<br>（万元）</th><th>资金来源</th><th colspan="2">金额</th>
<th colspan="2">资金结构</th></tr>
<tr><td>资金总额</td><td colspan="2">3,260.50</td><td>基本支出</td><td>2,180.30</td></tr>
<tr><td>财政拨款</td><td colspan="2">3,100.00</td><td rowspan="2">项目支出</td>
<td rowspan="2">1,080.20</td></tr>
<tr><td>其他资金</td><td colspan="2">160.50</td></tr>
<tr><th rowspan="2">年度<br>总体<br>目标</th><td colspan="5">1.完成全市空气质量监测点位运维，
优良天数比率不低于85%；<br>2.完成重点排污单位执法检查。</td></tr>
<tr><td colspan="5">&nbsp;</td></tr>
<tr><th rowspan="9">年度<br>绩效<br>指标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th>
<th>指标值</th><th>备注</th></tr>
<tr><td rowspan="4">产出指标</td><td rowspan="2">数量指标</td><td>空气自动监测站点运维数量</td>
<td>≥35个</td><td>&nbsp;</td></tr>
<tr><td>重点排污单位执法检查<span>覆盖率</span></td><td>≥&nbsp;95%</td><td></td></tr>
<tr><td>时效指标</td><td>信访件办结时限</td><td>≤10个<br>工作日</td><td></td></tr>
<tr><td>时效指标</td><td>年度监测报告发布时间</td><td><span>2025年6月底前</span></td><td></td></tr>
<tr><td rowspan="3">效益指标</td><td rowspan="2">生态效益指标</td><td>空气质量优良天数比率</td>
<td>≥85%</td><td></td></tr>
<tr><td>重污染天数</td><td>≤3天</td><td></td></tr>
<tr><td>社会效益指标</td><td>突发环境事件妥善处置率</td><td>100%</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>公众对生态环境满意度</td><td>≥90%</td>
<td></td></tr>
</table>
<p>填报单位（盖章）：&nbsp;&nbsp;&nbsp;填报人：张三&nbsp;&nbsp;联系电话：&nbsp;</p>
</body></html>
"""


def test_an_html_department_target_table_keeps_its_requested_budget(tmp_path: Path) -> None:
    path = tmp_path / "目标表.html"
    path.write_text(_TARGET_PAGE, encoding="utf-8")
    (table,) = perftrack.read(path)
    assert table.kind is perftrack.TableKind.TARGET
    assert table.project.name == table.project.department == "某市生态环境局"
    assert (table.period.start, table.period.end) == (
        perftrack.YearMonth(2025, 1),
        perftrack.YearMonth(2025, 12),
    )
    # before: budget [] and budget_unit None, without a finding
    assert table.budget_unit == "万元"
    assert _budget(table) == [
        ("total", "资金总额", D("3260.50"), None, None, None),
        ("use", "基本支出", D("2180.30"), None, None, None),
        ("appropriation", "财政拨款", D("3100.00"), None, None, None),
        ("use", "项目支出", D("1080.20"), None, None, None),
        ("other", "其他资金", D("160.50"), None, None, None),
    ]
    assert table.overall_goal.expected == (
        "1.完成全市空气质量监测点位运维，优良天数比率不低于85%；2.完成重点排污单位执法检查。"
    )
    assert [(i.level1, i.level2, i.name, str(i.target)) for i in table.indicators] == [
        ("产出指标", "数量指标", "空气自动监测站点运维数量", "≥35(个)"),
        ("产出指标", "数量指标", "重点排污单位执法检查覆盖率", "≥95(%)"),
        ("产出指标", "时效指标", "信访件办结时限", "≤10(个工作日)"),
        ("产出指标", "时效指标", "年度监测报告发布时间", "2025年6月底前"),
        ("效益指标", "生态效益指标", "空气质量优良天数比率", "≥85(%)"),
        ("效益指标", "生态效益指标", "重污染天数", "≤3(天)"),
        ("效益指标", "社会效益指标", "突发环境事件妥善处置率", "=100(%)"),
        ("满意度指标", "服务对象满意度指标", "公众对生态环境满意度", "≥90(%)"),
    ]
    card = perftrack.score(table)
    assert {(v.attainment.value, v.explanation) for v in card.verdicts} == {
        ("not_applicable", "目标表没有实际完成值")
    }
    assert _findings(card) == []


def _target_tsv(budget: Rows, *, name: str = "站点运维数量") -> perftrack.Table:
    rows = [
        ["2025年度部门整体支出绩效目标表"],
        ["部门（单位）名称", "", "某市生态环境局"],
        *budget,
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
        ["", "产出指标", "数量指标", name, "≥35个", ""],
    ]
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


_SOURCES: Rows = [
    ["", "资金总额", "3260.50"],
    ["", "财政拨款", "3100.00"],
    ["", "其他资金", "160.50"],
]
_SOURCE_LINES = [
    ("total", "资金总额", D("3260.50"), None, None, None),
    ("appropriation", "财政拨款", D("3100.00"), None, None, None),
    ("other", "其他资金", D("160.50"), None, None, None),
]


@pytest.mark.parametrize(
    ("budget", "lines"),
    [
        # the label merged down over the lines (blank below it)
        ([["年度预算申请（万元）", *_SOURCES[0][1:]], *_SOURCES[1:]], _SOURCE_LINES),
        # a CSV export of the merged label: printed on every line
        ([["年度预算申请（万元）", *line[1:]] for line in _SOURCES], _SOURCE_LINES),
        # a numbered heading, another owner, a 金额 suffix
        ([["二、年度预算申请（万元）", *_SOURCES[0][1:]], *_SOURCES[1:]], _SOURCE_LINES),
        ([["部门预算申请（万元）", *_SOURCES[0][1:]], *_SOURCES[1:]], _SOURCE_LINES),
        ([["预算申请金额（万元）", *_SOURCES[0][1:]], *_SOURCES[1:]], _SOURCE_LINES),
        # a header row 资金来源 | 金额 over the lines
        ([["年度预算申请（万元）", "资金来源", "金额"], *_SOURCES], _SOURCE_LINES),
        # sources and uses side by side, each with its own 金额 column
        (
            [
                ["年度预算申请（万元）", "资金来源", "金额", "资金用途", "金额"],
                ["", "资金总额", "3260.50", "基本支出", "2180.30"],
                ["", "财政拨款", "3100.00", "项目支出", "1080.20"],
                ["", "其他资金", "160.50", "", ""],
            ],
            [
                ("total", "资金总额", D("3260.50"), None, None, None),
                ("use", "基本支出", D("2180.30"), None, None, None),
                ("appropriation", "财政拨款", D("3100.00"), None, None, None),
                ("use", "项目支出", D("1080.20"), None, None, None),
                ("other", "其他资金", D("160.50"), None, None, None),
            ],
        ),
    ],
)
def test_a_budget_request_label_opens_the_budget_block(
    budget: Rows, lines: list[tuple[str, str, object, object, object, object]]
) -> None:
    # before, each gave budget [] (unit None) and no finding
    table = _target_tsv(budget)
    assert _budget(table) == lines
    assert table.budget_unit == "万元"
    assert table.findings == ()
    assert [i.name for i in table.indicators] == ["站点运维数量"]


def test_the_requested_sources_are_checked_against_their_total() -> None:
    table = _target_tsv([["年度预算申请（万元）", "资金总额", "3260.50"], *_SOURCES[1:2]])
    card = perftrack.score(table)
    assert [(f.id, f.message) for f in card.findings if f.id.startswith("budget")] == [
        ("budget-sum-mismatch", "资金来源各项合计3100.00与总额3260.50不符"),
    ]


def test_an_indicator_named_for_a_budget_request_stays_an_indicator() -> None:
    table = _target_tsv([["年度预算申请（万元）", *_SOURCES[0][1:]]], name="预算申请准确率")
    assert [i.name for i in table.indicators] == ["预算申请准确率"]


# ---------------------------------------------------------------------------
# c. the GB18030 CSV 绩效运行监控表: 是否存在偏差 | 原因类型 | 偏差原因说明

_MONITOR_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "1-7月执行情况",
    "全年预计完成情况",
    "是否存在偏差",
    "原因类型",
    "偏差原因说明",
    "完成目标可能性",
    "改进措施",
]
_MONITOR_ROWS: Rows = [
    ["2025年项目支出绩效运行监控表"],
    ["（监控时段：2025年1月1日至2025年7月31日）"],
    [
        "项目名称",
        "城乡居民基本医疗保险参保补助",
        "",
        "主管部门",
        "某市医疗保障局",
        "",
        "实施单位",
        "某市医疗保障事务中心",
    ],
    [
        "项目资金（万元）",
        "年初预算数",
        "全年预算数",
        "1-7月执行数",
        "1-7月执行率",
        "全年预计执行数",
        "偏差原因",
        "完成目标可能性",
    ],
    [
        "年度资金总额",
        "1,200.00",
        "1,350.00",
        "702.00",
        "52.00%",
        "1,320.00",
        "部分资金7月下达",
        "有可能",
    ],
    ["其中：财政拨款", "1,200.00", "1,300.00", "680.00", "52.31%", "1,280.00", "", ""],
    ["其他资金", "0.00", "50.00", "22.00", "44.00%", "40.00", "", ""],
    ["年度总体目标", "完成全市城乡居民参保补助发放，参保率稳定在95%以上。"],
    _MONITOR_HEADER,
    [
        "产出指标",
        "数量指标",
        "参保补助人数",
        "≥32万人",
        "18.6万人",
        "32.5万人",
        "否",
        "",
        "",
        "确定能",
        "",
    ],
    [
        "产出指标",
        "质量指标",
        "补助资金发放准确率",
        "100%",
        "99.2%",
        "100%",
        "是",
        "制度保障",
        "系统比对规则滞后，出现少量重复发放",
        "有可能",
        "完善比对规则",
    ],
    [
        "产出指标",
        "时效指标",
        "补助资金拨付时间",
        "2025年9月底前",
        "已拨付第一批",
        "2025年9月底前完成",
        "否",
        "",
        "",
        "确定能",
        "",
    ],
    [
        "效益指标",
        "社会效益指标",
        "城乡居民参保率",
        "≥95%",
        "93.8%",
        "95.2%",
        "是",
        "其他",
        "部分外出务工人员尚未参保",
        "有可能",
        "加强宣传动员",
    ],
    [
        "满意度指标",
        "服务对象满意度指标",
        "参保群众满意度",
        "≥90%",
        "暂未开展",
        "92%",
        "否",
        "",
        "",
        "确定能",
        "",
    ],
    [
        "绩效运行监控总体判断",
        "年度项目预算完成可能性：有可能完成；年度绩效目标完成可能性：有可能完成",
    ],
    ["纠偏措施", "加快资金拨付，完善参保比对规则。"],
]


def _monitor_csv(tmp_path: Path) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(_MONITOR_ROWS)
    path = tmp_path / "监控表.csv"
    path.write_bytes(buffer.getvalue().encode("gb18030"))
    return path


def test_a_gb18030_monitoring_csv_keeps_each_reason_with_its_category(tmp_path: Path) -> None:
    (table,) = perftrack.read(_monitor_csv(tmp_path))
    assert table.kind is perftrack.TableKind.TRACKING
    assert table.project == perftrack.Project(
        name="城乡居民基本医疗保险参保补助",
        department="某市医疗保障局",
        implementer="某市医疗保障事务中心",
    )
    assert (table.period.start, table.period.end) == (
        perftrack.YearMonth(2025, 1),
        perftrack.YearMonth(2025, 7),
    )
    assert table.budget_unit == "万元"
    assert [
        (line.role.value, line.source, line.period_budget, line.executed, line.rate, line.forecast)
        for line in table.budget
    ] == [
        ("total", "年度资金总额", D("1350.00"), D("702.00"), D("52.00"), D("1320.00")),
        ("appropriation", "其中：财政拨款", D("1300.00"), D("680.00"), D("52.31"), D("1280.00")),
        ("other", "其他资金", D("50.00"), D("22.00"), D("44.00"), D("40.00")),
    ]
    assert [
        (i.name, str(i.actual), str(i.forecast), i.likelihood_text, i.deviation_reason)
        for i in table.indicators
    ] == [
        ("参保补助人数", "18.6(万人)", "32.5(万人)", "确定能", ""),
        (
            "补助资金发放准确率",
            "99.2(%)",
            "100(%)",
            "有可能",
            # before: "系统比对规则滞后，出现少量重复发放", the category dropped
            "制度保障；系统比对规则滞后，出现少量重复发放",
        ),
        ("补助资金拨付时间", "已拨付第一批", "已于2025年9月30日完成", "确定能", ""),
        ("城乡居民参保率", "93.8(%)", "95.2(%)", "有可能", "其他；部分外出务工人员尚未参保"),
        ("参保群众满意度", "暂未开展", "92(%)", "确定能", ""),
    ]
    assert table.corrective_measures == (
        "加快资金拨付，完善参保比对规则。；补助资金发放准确率：完善比对规则；城乡居民参保率：加强宣传动员"
    )
    assert table.judgement is not None
    assert (table.judgement.budget_likelihood, table.judgement.goal_likelihood) == (
        perftrack.Likelihood.POSSIBLE,
        perftrack.Likelihood.POSSIBLE,
    )
    card = perftrack.score(table)
    assert {(v.attainment.value, v.progress.value) for v in card.verdicts} == {
        ("pending", "on_track")
    }
    assert _findings(card) == [
        (
            "budget-adjusted",
            "C5",
            (
                "“年度资金总额”预算由年初1200.00调整为1350.00，其中“财政拨款”由1200.00调整为1300.00，"
                "“其他资金”由0.00调整为50.00"
            ),
        ),
        ("budget-behind-schedule", "E5", "执行率52.00%低于序时进度58.33%"),
    ]


def _behind(head: list[str], cells: list[str]) -> perftrack.Table:
    rows = [
        ["2025年项目支出绩效运行监控表"],
        ["（监控时段：2025年1月1日至2025年7月31日）"],
        ["项目名称", "某项目"],
        [*_MONITOR_HEADER[:6], *head, "完成目标可能性"],
        ["产出指标", "数量指标", "参保补助人数", "≥32万人", "8万人", "25万人", *cells, "有可能"],
    ]
    return perftrack.read_text("\n".join("\t".join(row) for row in rows))[0]


_NO_REASON = ("missing-deviation-reason", "“参保补助人数”存在偏差但未填写偏差原因")


@pytest.mark.parametrize(
    ("head", "cells", "reason", "finding"),
    [
        # the category alone is a reason, as a ticked 经费保障 column is (before: "" and
        # missing-deviation-reason)
        (["是否存在偏差", "原因类型", "偏差原因说明"], ["是", "经费保障", ""], "经费保障", None),
        (["原因类别", "偏差原因说明"], ["人员保障", ""], "人员保障", None),
        (["原因分类"], ["硬件条件保障"], "硬件条件保障", None),
        # 其他 alone names no cause (before: the bare "存在偏差但未填写偏差原因")
        (
            ["是否存在偏差", "原因类型", "偏差原因说明"],
            ["是", "其他", ""],
            "其他",
            (
                "missing-deviation-reason",
                "“参保补助人数”存在偏差，但偏差原因仅填写“其他”，未说明具体原因",
            ),
        ),
        # the category, then its words
        (
            ["是否存在偏差", "原因类型", "偏差原因说明"],
            ["是", "经费保障", "省级资金8月才下达"],
            "经费保障；省级资金8月才下达",
            None,
        ),
        # already read: neither column filled, or only the words
        (["是否存在偏差", "原因类型", "偏差原因说明"], ["是", "", ""], "", _NO_REASON),
        (
            ["是否存在偏差", "原因类型", "偏差原因说明"],
            ["是", "", "省级资金8月才下达"],
            "省级资金8月才下达",
            None,
        ),
    ],
)
def test_a_reason_category_column_is_part_of_the_reason(
    head: list[str], cells: list[str], reason: str, finding: tuple[str, str] | None
) -> None:
    table = _behind(head, cells)
    assert table.indicators[0].deviation_reason == reason
    card = perftrack.score(table)
    assert [(v.attainment.value, v.progress.value) for v in card.verdicts] == [
        ("pending", "behind")
    ]
    reasons = [(f.id, f.message) for f in card.findings if f.id == "missing-deviation-reason"]
    assert reasons == ([finding] if finding else [])


# ---------------------------------------------------------------------------
# the CLI on all three


def test_the_cli_scores_the_three_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "目标表.html"
    page.write_text(_TARGET_PAGE, encoding="utf-8")
    files = [_self_table(tmp_path), page, _monitor_csv(tmp_path)]
    main(["score", "--format", "text", *map(str, files)])
    out = capsys.readouterr().out
    lines = [line.strip() for line in out.splitlines()]
    assert (
        "预算执行：年度资金总额 498.60 / 520.00 万元 = 95.88%（填报 95.88%），不低于年终执行率要求 ✓"
        in lines
    )
    assert "得分：89.38 良；表中总分 94.59 优" in lines
    assert (
        "预算执行：年度资金总额 702.00 / 1350.00 万元 = 52.00%（填报 52.00%），低于序时进度 ✗"
        in lines
    )
    # the summary's row of the target table: its budget, before "—"
    summary = [line.split() for line in lines if line.startswith("某市生态环境局 ")]
    assert summary == [["某市生态环境局", "某市生态环境局", "3260.50万元", "—", *"00000000"]]


# ---------------------------------------------------------------------------
# a line break in an HTML page's source between two Chinese characters is no space


def _page_cells(name: str, target: str, project: str = "农村饮水安全工程") -> perftrack.Table:
    page = (
        "<html><body><p>2024年度项目支出绩效自评表</p><table>"
        f'<tr><td>项目名称</td><td colspan="4">{project}</td></tr>'
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>"
        f"<tr><td>产出指标</td><td>数量指标</td><td>{name}</td><td>{target}</td><td>12处</td></tr>"
        "</table></body></html>"
    )
    return perftrack.read_text(page)[0]


@pytest.mark.parametrize(
    ("name", "target", "project", "read"),
    [
        # a pretty-printed export wraps a cell's text in the source (before: a space)
        (
            "农村集中供水\n      工程数量",
            "≥12处",
            "农村饮水安全\n    巩固提升工程",
            ("农村集中供水工程数量", "≥12(处)", "农村饮水安全巩固提升工程"),
        ),
        # after Chinese punctuation, CRLF and tabs (before: "供水工程（新建） 数量")
        (
            "供水工程（新建）\r\n\t数量",
            "≥12处",
            "某工程",
            ("供水工程（新建）数量", "≥12(处)", "某工程"),
        ),
        # beside anything not wide it is still white space, as &nbsp; is anywhere
        ("Wi-Fi\n  覆盖点数量", "≥12\n  处", "某工程", ("Wi-Fi 覆盖点数量", "≥12(处)", "某工程")),
        ("供水工程&nbsp;数量", "≥12处", "某&nbsp;\n工程", ("供水工程 数量", "≥12(处)", "某 工程")),
    ],
)
def test_a_source_line_break_between_chinese_characters_is_no_space(
    name: str, target: str, project: str, read: tuple[str, str, str]
) -> None:
    table = _page_cells(name, target, project)
    (indicator,) = table.indicators
    assert (indicator.name, str(indicator.target), table.project.name) == read


# ---------------------------------------------------------------------------
# the goal's side labels printed in a Word form's goal cells


def _goal_docx(tmp_path: Path, expected: str, achieved: str) -> perftrack.OverallGoal:
    rows = [
        ["项目名称", "某工程", "", "", "", ""],
        ["年度总体目标", expected, "", achieved, "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "供水工程改造数量", "≥12处", "12处", ""],
    ]
    path = tmp_path / "goal.docx"
    path.write_bytes(docx_bytes(["2024年度项目支出绩效自评表", rows], {0: ["B2:C2", "D2:F2"]}))
    (table,) = perftrack.read(path)
    return table.overall_goal


@pytest.mark.parametrize(
    ("expected", "achieved", "read"),
    [
        # before, each label stayed at the head of its side
        (
            "预期目标：完成12处改造。",
            "实际完成情况：完成12处改造。",
            ("完成12处改造。", "完成12处改造。"),
        ),
        ("年初设定目标:完成12处改造。", "实际完成：完成11处。", ("完成12处改造。", "完成11处。")),
        ("预期绩效目标：完成12处改造。", "完成情况：完成11处。", ("完成12处改造。", "完成11处。")),
        # already read: 年度目标：, and no label
        ("年度目标：完成12处改造。", "完成11处。", ("完成12处改造。", "完成11处。")),
    ],
)
def test_a_goal_cell_s_side_label_is_no_part_of_the_goal(
    tmp_path: Path, expected: str, achieved: str, read: tuple[str, str]
) -> None:
    goal = _goal_docx(tmp_path, expected, achieved)
    assert (goal.expected, goal.achieved) == read
