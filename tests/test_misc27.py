"""misc27: a blank rate prints ``—`` (cli27 L3); outcome-copies-output names a blank 二级 no more (L4).

L3: a budget line with no figures printed ``—%`` in the text scorecard, the batch summary
row and ``read``; a missing rate is now a bare ``—``. L4: an 产出 row whose 二级指标 is
blank was named ``产出指标（产出指标）`` in Chinese and ``an output (产出指标)`` in English;
the bracket is now left out when the row gives no 二级. Every table is written here as text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.batch import summary_text
from perftrack.report import scorecard_text, table_summary
from perftrack.reports._review import review

HEAD = [
    ["项目支出绩效自评表"],
    ["项目名称", "农村生活垃圾治理"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
]
BLANK = ["", "年度资金总额", "", "", "", "10", "", ""]
GIVEN = ["", "年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "10"]
GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
ROWS = [
    ["产出指标", "数量指标", "垃圾清运量", "≥3000吨", "3200吨", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92%", "40", "40"],
]


def _card(line: list[str], rows: list[list[str]], language: str = "zh") -> perftrack.Scorecard:
    text = "\n".join("\t".join(row) for row in (*HEAD, line, GRID, *rows))
    policy = perftrack.Policy(language=language)
    return perftrack.score(perftrack.read_text(text)[0], policy=policy)


def _budget_said(card: perftrack.Scorecard) -> list[str]:
    scored = [x for x in scorecard_text(card).splitlines() if "预算执行：" in x]
    summary = [x for x in summary_text([card]).splitlines() if "农村生活垃圾治理" in x]
    read = [x for x in table_summary(card.table).splitlines() if "执行率" in x]
    return [" ".join(x.split()) for x in (*scored, *summary, *read)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            BLANK,
            [
                "预算执行：年度资金总额 — / — 万元 = —",
                "— 农村生活垃圾治理 — —/90.00%（年终要求） 2 0 0 0 0 0 0 0",
                "预算 年度资金总额：年初 — 全年预算数 — 执行 — 万元 执行率 —",
            ],
            id="blank-budget-dash",
        ),
        pytest.param(
            GIVEN,
            [
                "预算执行：年度资金总额 95.00 / 100.00 万元 = 95.00%（填报 95.00%），不低于年终执行率要求 ✓",
                "— 农村生活垃圾治理 100.00万元 95.00%/90.00%（年终要求） 2 0 0 0 0 0 0 0",
                "预算 年度资金总额：年初 100.00 全年预算数 100.00 执行 95.00 万元 执行率 95.00%",
            ],
            id="given-budget-percent",
        ),
    ],
)
def test_blank_rate_prints_a_bare_dash(line: list[str], expected: list[str]) -> None:
    assert _budget_said(_card(line, ROWS)) == expected


COPIED = ["效益指标", "社会效益指标", "垃圾清运量", "≥3000吨", "3200吨", "10", "10"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [["产出指标", "", *ROWS[0][2:]], COPIED, ROWS[1]],
            (
                "“垃圾清运量”同时列为产出指标和效益指标（社会效益指标），效益指标应反映产出带来的效果",
                "“垃圾清运量” is an output copied as an outcome",
            ),
            id="output-level2-blank",
        ),
        pytest.param(
            [ROWS[0], COPIED, ROWS[1]],
            (
                (
                    "“垃圾清运量”同时列为产出指标（数量指标）和效益指标（社会效益指标），"
                    "效益指标应反映产出带来的效果"
                ),
                "“垃圾清运量” is an output (数量指标) copied as an outcome",
            ),
            id="output-level2-given",
        ),
        pytest.param(
            [ROWS[0], ["效益指标", "", *COPIED[2:]], ROWS[1]],
            (
                "“垃圾清运量”同时列为产出指标（数量指标）和效益指标，效益指标应反映产出带来的效果",
                "“垃圾清运量” is an output (数量指标) copied as an outcome",
            ),
            id="outcome-level2-blank",
        ),
    ],
)
def test_outcome_copies_output_names_level2_only(
    rows: list[list[str]], expected: tuple[str, str]
) -> None:
    said = tuple(
        f.message
        for language in ("zh", "en")
        for f in _card(GIVEN, rows, language).findings
        if f.id == "outcome-copies-output"
    )
    assert said == expected


# target25 M1, M2: the review letter of a target table. A misfiled 满意度 row with a low
# target is said in one clause; the year's figures above the 实施期's are one problem.
DEPT = [
    ["2026年度部门整体支出绩效目标表"],
    ["部门（单位）名称", "县民政局"],
    ["部门整体支出预算（万元）", "资金总额", "基本支出", "项目支出"],
    ["", "5200.00", "1200.00", "4000.00"],
    ["年度总体目标", "保障全县城乡低保对象基本生活。"],
    ["一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
    ["产出指标", "数量指标", "城乡低保保障人数", "≥12000", "人"],
    ["", "质量指标", "低保资金发放准确率", "≥95%", ""],
    ["", "时效指标", "低保金按月发放及时率", "≥95%", ""],
]
OPENING = (
    "经审核，『县民政局』部门整体支出申报预算5200.00万元，设置绩效指标4项（产出3项、效益1项）。"
)
WATER = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "城乡供水一体化建设项目", "", ""],
    ["主管部门", "县水利局", "实施单位", "县农村供水服务中心"],
    ["项目资金（万元）", "", "{period}", "年度资金总额"],
    ["", "资金总额", "3000.00", "{money}"],
    ["总体目标", "中期目标（2026-2028年）", "年度目标", ""],
    ["", "新建改造供水管网150公里。", "新建改造供水管网60公里。", ""],
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
    ["产出指标", "数量指标", "新建改造供水管网长度", "≥150公里", "{length}"],
    ["", "质量指标", "水质检测达标率", "≥95%", "≥95%"],
    ["", "时效指标", "管网工程完工时间", "2028年12月底前", "2026年12月底前"],
    ["成本指标", "经济成本指标", "每公里管网建设成本", "≤20万元", "≤20万元"],
    ["效益指标", "社会效益指标", "受益人口", "≥12万人", "≥4.5万人"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"],
]


def _letter(rows: list[list[str]], **cells: str) -> str:
    text = "\n".join("\t".join(cell.format(**cells) for cell in row) for row in rows)
    return review(perftrack.score(perftrack.read_text(text)[0])).splitlines()[1]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ["效益指标", "社会效益指标", "群众满意度", "≥78%", ""],
            OPENING + "存在以下问题：绩效指标设置不够规范，“群众满意度”应列入满意度指标，"
            "且目标值“≥78%”低于80%，目标设定偏低。建议细化量化绩效指标。",
            id="misfiled-and-low-one-clause",
        ),
        pytest.param(
            ["效益指标", "社会效益指标", "群众满意度", "≥90%", ""],
            OPENING + "存在以下问题：绩效指标设置不够规范，"
            "有1项指标疑似归错二级指标（“群众满意度”）。建议细化量化绩效指标。",
            id="misfiled-only",
        ),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥78%", ""],
            "经审核，『县民政局』部门整体支出申报预算5200.00万元，设置绩效指标4项"
            "（产出3项、满意度1项）。存在以下问题：绩效指标设置不够规范，"
            "有1项指标为满意度指标但目标值低于80%，目标设定偏低（“群众满意度”）。"
            "建议细化量化绩效指标。",
            id="low-only",
        ),
    ],
)
def test_misfiled_low_satisfaction_is_one_clause(row: list[str], expected: str) -> None:
    assert _letter([*DEPT, row]) == expected


WATER_OPENING = (
    "经审核，『城乡供水一体化建设项目』项目申报预算{money}万元，设置绩效指标6项"
    "（产出3项、成本1项、效益1项、满意度1项）。"
)


@pytest.mark.parametrize(
    ("money", "length", "expected"),
    [
        pytest.param(
            "3600.00",
            "≥160公里",
            "存在以下问题：年度目标与中期目标不衔接：资金总额3600.00万元高于中期资金总额"
            "3000.00万元，“新建改造供水管网长度”年度指标“≥160公里”高于实施期指标“≥150公里”。"
            "建议按中期目标分解年度目标和年度资金。",
            id="budget-and-target-above",
        ),
        pytest.param(
            "1200.00",
            "≥160公里",
            "存在以下问题：年度目标与中期目标不衔接：“新建改造供水管网长度”年度指标“≥160公里”"
            "高于实施期指标“≥150公里”。建议按中期目标分解年度目标和年度资金。",
            id="target-above-only",
        ),
        pytest.param(
            "1200.00",
            "≥60公里",
            "未发现明显问题。建议按申报的绩效目标组织实施，做好绩效运行监控。",
            id="none-above",
        ),
    ],
)
def test_midterm_problems_grouped(money: str, length: str, expected: str) -> None:
    letter = _letter(WATER, money=money, length=length, period="中期资金总额")
    assert letter.removeprefix(WATER_OPENING.format(money=money)) == expected


# parse25 M1: two labelled counts in the target's unit, one label in the indicator's name.
COUNTS_HEAD = [
    ["项目支出绩效自评表"],
    ["（2025年度）"],
    ["项目名称", "科技创新"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "10"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]


def _read_count(name: str, target: str, actual: str) -> tuple[str, str]:
    row = ["产出指标", "数量指标", name, target, actual, "90", ""]
    text = "\n".join("\t".join(cells) for cells in (*COUNTS_HEAD, row))
    card = perftrack.score(perftrack.read_text(text)[0])
    verdict = card.verdicts[0]
    return verdict.attainment.value, verdict.explanation


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "授权发明专利数",
            "≥120件",
            "授权发明专利97件，实用新型210件",
            ("not_met", "实际97件，未达年度指标≥120件"),
            id="label-is-name",
        ),
        pytest.param(
            "授权发明专利数",
            "≥90件",
            "授权发明专利97件，实用新型210件",
            ("met", "实际97件，达到年度指标≥90件"),
            id="label-is-name-met",
        ),
        pytest.param(
            "高新技术企业净增数",
            "≥50家",
            "新认定42家，复审通过61家，净增30家",
            ("not_met", "实际30家，未达年度指标≥50家"),
            id="label-in-name-of-three",
        ),
        pytest.param(
            "专利授权数",
            "≥120件",
            "授权发明专利97件，实用新型210件",
            ("unknown", "实际“授权发明专利97件，实用新型210件”不是数值，无法与年度指标比较"),
            id="no-label-in-name",
        ),
        pytest.param(
            "专利数",
            "≥120件",
            "专利97件，专利申请210件",
            ("unknown", "实际“专利97件，专利申请210件”不是数值，无法与年度指标比较"),
            id="words-in-common",
        ),
        pytest.param(
            "隐患数",
            "≥40个",
            "隐患48个，已整改45个",
            ("unknown", "实际“隐患48个，已整改45个”不是数值，无法与年度指标比较"),
            id="steps-not-labels",
        ),
        pytest.param(
            "隐患排查整改数",
            "≥1200处",
            "排查隐患1236处，整改1202处",
            ("unknown", "实际“排查隐患1236处，整改1202处”不是数值，无法与年度指标比较"),
            id="step-verb-label",
        ),
        pytest.param(
            "受益农户数",
            "≥1200户",
            "受益农户1085户、合作社46个",
            ("not_met", "实际1085户，未达年度指标≥1200户"),
            id="distinct-units-as-before",
        ),
    ],
)
def test_labelled_counts_in_one_unit(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _read_count(name, target, actual) == expected


# word26 H3: a figure with its breakdown on the lines below (a table nested in the cell).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "12个\n城区8个\n农村4个",
            perftrack.Quantity(Decimal(12), "个", note="城区8个,农村4个"),
            id="parts-on-lines",
        ),
        pytest.param(
            "12个\n城区\n8个\n农村\n4个",
            perftrack.Quantity(Decimal(12), "个", note="城区8个,农村4个"),
            id="nested-table-cells",
        ),
        pytest.param(
            "12个\n城区：8个\n农村：4个",
            perftrack.Quantity(Decimal(12), "个", note="城区:8个,农村:4个"),
            id="colon-labels",
        ),
        pytest.param(
            "12个\n城区8个，农村4个",
            perftrack.Quantity(Decimal(12), "个", note="城区8个,农村4个"),
            id="parts-on-one-line-as-before",
        ),
        pytest.param(
            "12个\n城区8个\n农村5个",
            perftrack.TextValue("12个;城区8个;农村5个"),
            id="parts-not-adding-up",
        ),
        pytest.param(
            "12个\n上年8个\n新增4个",
            perftrack.TextValue("12个;上年8个;新增4个"),
            id="not-parts",
        ),
        pytest.param(
            "12个\n城区8人\n农村4人",
            perftrack.TextValue("12个;城区8人;农村4人"),
            id="other-unit",
        ),
        pytest.param(
            "≥12个\n城区8个\n农村4个",
            perftrack.TextValue("≥12个;城区8个;农村4个"),
            id="bound-head",
        ),
    ],
)
def test_breakdown_lines(text: str, expected: perftrack.Value) -> None:
    assert perftrack.parse_value(text) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            '"12个\n城区\n8个\n农村\n4个"', ("met", "实际12个，达到年度指标≥12个"), id="met"
        ),
        pytest.param(
            '"11个\n城区\n7个\n农村\n4个"', ("not_met", "实际11个，未达年度指标≥12个"), id="not-met"
        ),
    ],
)
def test_breakdown_lines_judged(actual: str, expected: tuple[str, str]) -> None:
    row = ["产出指标", "数量指标", "新建老年助餐点", "≥12个", actual, "90", ""]
    text = "\n".join("\t".join(cells) for cells in (*COUNTS_HEAD, row))
    verdict = perftrack.score(perftrack.read_text(text)[0]).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        pytest.param("中期资金总额", "资金总额3600.00万元高于中期资金总额3000.00万元", id="中期"),
        pytest.param(
            "实施期资金总额", "资金总额3600.00万元高于实施期资金总额3000.00万元", id="实施期"
        ),
        pytest.param(
            "实施期资金总额（万元）", "资金总额3600.00万元高于实施期资金总额3000.00万元", id="unit"
        ),
    ],
)
def test_midterm_budget_label_echoes_the_table(period: str, expected: str) -> None:
    text = "\n".join(
        "\t".join(cell.format(money="3600.00", length="≥60公里", period=period) for cell in row)
        for row in WATER
    )
    card = perftrack.score(perftrack.read_text(text)[0])
    said = [f.message for f in card.findings if f.id == "target-above-midterm"]
    assert said == [expected + "，年度预算不应超过整个实施期"]
