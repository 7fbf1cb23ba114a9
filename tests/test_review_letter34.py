"""The review letter says only what the rows bear out (letter34).

H1: a row met or on its plan, judged 有可能, was written up as 存在偏差但未分析原因.
Every table is written here as text, read and scored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.expressions import Descriptive, Range, parse_target
from perftrack.reports._review import review


def _card(rows: list[list[str]], sep: str = ",") -> perftrack.Scorecard:
    return perftrack.score(perftrack.read_text("\n".join(sep.join(row) for row in rows))[0])


def _problems(text: str) -> str:
    """The problems and suggestions of a one-table letter: from 存在以下问题 on."""
    return text[text.index("存在以下问题") :].rstrip("\n")


_MONITOR_HEAD = [
    ["2024年度项目支出绩效运行监控表"],
    ["项目名称", "2024年停车设施建设", "", "", ""],
    ["主管部门", "区卫生健康委员会", "", "", "", "实施单位", "社区事务受理服务中心"],
    ["预算执行情况 (万元)", "", "年初预算数", "1-8月执行数", "1-8月执行率", "全年预计执行数"],
    ["", "年度资金总额", "100.00", "70.00", "70.00%", "100.00"],
    ["", "其中：当年财政拨款", "100.00", "70.00", "70.00%", "100.00"],
    ["年度总体目标", "", "预期目标", "", "", "全年实际完成情况"],
    ["", "", "切实推动停车设施建设取得实效。", "", "", ""],
    [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-8月执行情况",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
        "备注",
    ],
]


def _monitor(rows: list[list[str]]) -> list[list[str]]:
    return [*_MONITOR_HEAD, *(["", *row] for row in rows)]


_DEFICIT = ["产出指标", "数量指标", "新增停车泊位", "≥300个", "100个", "200个", "", "有可能"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                [
                    "满意度指标",
                    "服务对象满意度指标",
                    "服务对象满意度",
                    "不低于80%",
                    "84.80%",
                    "85%",
                    "",
                    "有可能完成",
                ],
                _DEFICIT,
            ],
            "存在以下问题：一是据单位全年预计，有1项指标无法完成年度目标（“新增停车泊位”），"
            "单位自评完成目标可能性为“有可能”；二是有1项指标存在偏差但未分析原因（“新增停车泊位”）；"
            "三是有1项指标已达成年度指标，但完成目标可能性判断为“有可能完成”，与已达成的结果不符"
            "（“服务对象满意度”）；四是绩效指标设置不够规范，缺少效益指标。建议对预计无法完成的指标"
            "及时采取纠偏措施，确实无法完成的按程序调整绩效目标，补充偏差原因分析，据实判断完成目标"
            "可能性，细化量化绩效指标。",
            id="met-judged-possible-is-no-deviation",
        ),
        pytest.param(
            [
                [
                    "产出指标",
                    "数量指标",
                    "维修改造校舍面积",
                    "9698-10467平方米",
                    "5819平方米",
                    "能完成",
                    "",
                    "有可能完成",
                ],
                [
                    "效益指标",
                    "社会效益指标",
                    "群众出行条件改善率",
                    "≥90%",
                    "95%",
                    "95%",
                    "",
                    "完全不可能",
                ],
                [
                    "满意度指标",
                    "服务对象满意度指标",
                    "服务对象满意度",
                    "≥90%",
                    "80%",
                    "85%",
                    "",
                    "有可能",
                ],
            ],
            "存在以下问题：一是据单位全年预计，有1项指标无法完成年度目标（“服务对象满意度”），"
            "单位自评完成目标可能性为“有可能”；二是有1项指标存在偏差但未分析原因（“服务对象满意度”）；"
            "三是有1项指标完成目标可能性判断为“有可能完成”，未说明判断依据（“维修改造校舍面积”）；"
            "四是有1项指标已达成年度指标，但完成目标可能性判断为“完全不可能”，与已达成的结果矛盾"
            "（“群众出行条件改善率”）。建议对预计无法完成的指标及时采取纠偏措施，确实无法完成的按程序"
            "调整绩效目标，补充偏差原因分析，说明完成可能性的判断依据，据实判断完成目标可能性。",
            id="on-plan-judged-possible-is-no-deviation",
        ),
    ],
)
def test_met_or_on_plan_rows_judged_possible_are_no_deviation(
    rows: list[list[str]], expected: str
) -> None:
    assert _problems(review(_card(_monitor(rows)))) == expected


_SELF = [
    ["2025年度部门整体支出绩效自评表"],
    ["部门（单位）名称", "某区民政局", "", "", "", "", "", ""],
    [
        "年度预算执行情况（万元）",
        "",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ],
    ["", "年度资金总额", "5600.00", "5800.00", "5510.00", "10", "95.00%", "9.50"],
    ["", "其中：当年财政拨款", "5600.00", "5800.00", "5510.00", "—", "95.00%", "—"],
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
    ["", "兜牢基本民生保障底线。", "", "", "全年完成各项保障任务。", "", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ],
    ["产出指标", "数量指标", "城乡低保对象保障人数", "≥8000人", "8120人", "30", "30", ""],
    ["产出指标", "质量指标", "培训合格率", "不低于100%", "/", "20", "20", "{reason}"],
    ["效益指标", "社会效益指标", "特困人员集中供养率", "≥45%", "47%", "30", "30", ""],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "99.50", "自评等级", "优"],
]


@pytest.mark.parametrize(
    ("reason", "findings", "letter"),
    [
        pytest.param(
            "按计划推进",
            ["“培训合格率”实际完成值填写“/”，却得满分（填报得分20），已按不适用剔除"],
            "共设置绩效指标4项，已完成3项，不适用1项（“培训合格率”）。按评分规则得分99.38分"
            # k32k: the rescale that lifts 79.50 良 to 99.38 优 is said beside the total
            "（其中20分（不适用1项）未计分，按其余80分折算为100分），等级为“优”"
            "（表中自评99.50分，等级“优”）。存在以下问题：有1项指标实际完成值填写“/”，却填报得分，"
            "已按不适用剔除（“培训合格率”）。建议不适用的指标不应计分。",
            id="points-claimed-for-slash",
        ),
        pytest.param(
            "本项目不涉及",
            [],
            "共设置绩效指标4项，已完成3项，不适用1项（“培训合格率”）。按评分规则得分99.38分"
            # k32k: the rescale that lifts 79.50 良 to 99.38 优 is said beside the total
            "（其中20分（不适用1项）未计分，按其余80分折算为100分），等级为“优”"
            "（表中自评99.50分，等级“优”）。未发现明显问题。建议总结项目实施经验，做好评价结果应用。",
            id="not-concerned-says-why",
        ),
    ],
)
def test_points_claimed_on_a_not_applicable_row(
    reason: str, findings: list[str], letter: str
) -> None:
    rows = [[cell.replace("{reason}", reason) for cell in row] for row in _SELF]
    card = _card(rows, "\t")
    assert [f.message for f in card.findings if f.id == "missing-actual"] == findings
    text = review(card)
    assert text[text.index("共设置") :].rstrip("\n") == letter


def test_the_letter_quotes_the_word_as_the_cell_holds_it() -> None:
    """An em dash is quoted as “—”, not as its normal form “-” (regress80 W1)."""
    rows = [
        [cell.replace("{reason}", "按计划推进").replace("/", "—") for cell in row] for row in _SELF
    ]
    text = review(_card(rows, "\t"))
    assert "有1项指标实际完成值填写“—”，却填报得分，已按不适用剔除（“培训合格率”）" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "104.9-129.7万头(只)",
            Range(Decimal("104.9"), Decimal("129.7"), "万头只"),
            id="wan-head-note",
        ),
        pytest.param("1.5-2万亩(次)", Range(Decimal("1.5"), Decimal(2), "万亩次"), id="mu-times"),
        pytest.param("3-5万吨(标煤)", Range(Decimal(3), Decimal(5), "万吨标煤"), id="coal"),
        pytest.param(
            "104.9-129.7万(头)", Range(Decimal("104.9"), Decimal("129.7"), "万头"), id="wan-head"
        ),
        pytest.param("100-120人(抽查)", Descriptive("100-120人(抽查)"), id="note-stays-prose"),
        pytest.param("3-5万元(年)", Descriptive("3-5万元(年)"), id="time-word-stays-prose"),
    ],
)
def test_range_with_a_bracketed_measure_word(text: str, expected: object) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        pytest.param("110万头", "met", id="within"),
        pytest.param("80万头只", "not_met", id="short"),
    ],
)
def test_range_with_a_bracketed_measure_word_is_judged(actual: str, attainment: str) -> None:
    rows = [
        *_SELF[:8],
        ["产出指标", "数量指标", "免疫动物数量", "104.9-129.7万头(只)", actual, "30", "30", ""],
        *_SELF[10:],
    ]
    card = _card(rows, "\t")
    assert card.verdicts[0].attainment.value == attainment


def _tracking(total: list[str], other: list[str], own: list[str] | None = None) -> list[list[str]]:
    """A 跟踪表 with the budget lines given (年初, 跟踪期预算, 执行数, 执行率)."""
    return [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2025-1月 至 2025-9月 ）"],
        ["项目名称", "农村公路养护", "", "", ""],
        ["主管部门", "某区交通运输局", "实施单位", "某区公路养护所"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", *total],
        ["", "其中：当年财政拨款", *(own or total)],
        ["", "其他资金", *other],
        ["年度总体目标", "预期目标", "", "跟踪期实际完成情况"],
        ["", "完成农村公路日常养护120公里。", "", "已完成日常养护95公里。"],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        ["产出指标", "数量指标", "日常养护里程", "≥120公里", "90", "95", ""],
        ["效益指标", "社会效益指标", "路况优良率", "≥80%", "80%", "83%", ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "85%", "90%", ""],
    ]


@pytest.mark.parametrize(
    ("total", "other", "expected"),  # 当年财政拨款 100 | 80 | 60 beside 其他资金 5
    [
        pytest.param(
            ["见附件", "见附件", "待财务核算", "待核"],
            ["0.00", "0.00", "0.00", "#DIV/0!"],
            "存在以下问题：未按要求填报预算执行数据（“年度资金总额”“当年财政拨款”资金填写为“见附件”"
            "“待财务核算”“待核”），无法核实预算执行进度。建议补充填报预算执行数据。",
            id="budget-unread-said-once",
        ),
        pytest.param(
            ["100.00", "80.00", "65.00", "81.25"],
            ["0.00", "0.00", "5.00", "#DIV/0!"],
            "存在以下问题：一是“其他资金”无预算安排却有执行数，预算执行率81.25%中含无预算安排的执行数，"
            "扣除后为75.00%；二是“其他资金”执行率栏为公式错误值“#DIV/0!”，无法计算。建议将各项资金"
            "纳入预算管理，无预算不得支出，核实预算执行数据及计算公式。",
            id="error-value-named-once",
        ),
        pytest.param(
            ["100.00", "80.00", "60.00", "75.00"],
            ["0.00", "0.00", "0.00", "#DIV/0!"],
            "共设置绩效指标3项，已完成2项，进行中1项。未发现明显问题。建议继续按计划推进项目实施，"
            "确保全年绩效目标如期实现。",
            id="zero-line-error-value-is-no-problem",
        ),
    ],
)
def test_unread_budget_cells_said_once(total: list[str], other: list[str], expected: str) -> None:
    own = ["100.00", "80.00", "60.00", "75.00"] if other[2] == "5.00" else None
    text = review(_card(_tracking(total, other, own), "\t")).rstrip("\n")
    assert text[-len(expected) :] == expected


def test_split_row_note_stays_out_of_the_letter() -> None:
    rows = _tracking(["100.00", "80.00", "60.00", "75.00"], ["0.00", "0.00", "0.00", "0.00"])
    rows.insert(13, ["", "", "", "", "", "", "（续）详见附件说明"])
    card = _card(rows, "\t")
    assert [f.id for f in card.findings if f.id == "split-row"] == ["split-row"]
    text = review(card).rstrip("\n")
    assert text[text.index("共设置") :] == (
        "共设置绩效指标3项，已完成2项，进行中1项。未发现明显问题。建议继续按计划推进项目实施，"
        "确保全年绩效目标如期实现。"
    )


def test_ceiling_exceeded_is_no_lag() -> None:
    rows = _tracking(["100.00", "80.00", "60.00", "75.00"], ["0.00", "0.00", "0.00", "0.00"])
    rows.insert(13, ["产出指标", "成本指标", "人均服务成本", "≤50元", "50", "65元", "超支"])
    text = review(_card(rows, "\t")).rstrip("\n")
    assert text[text.index("共设置") :] == (
        # the row over its ceiling is counted where the summary's 落后 counts it (r37r B)
        "共设置绩效指标4项，已完成2项，进行中2项，其中1项已超出年度指标。存在以下问题：一是“人均服务成本”实际65元，"
        "超出年度指标≤50元；二是表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，"
        "无处填写纠偏措施。建议分析超出年度指标原因并落实整改，增设纠偏措施栏目并补充纠偏措施。"
    )


def test_deadline_ahead_is_a_foreseen_delay() -> None:
    rows = _tracking(["100.00", "80.00", "60.00", "75.00"], ["0.00", "0.00", "0.00", "0.00"])
    rows.insert(
        13,
        [
            "产出指标",
            "时效指标",
            "项目完成时间",
            "2025年11月前完成",
            "",
            "2026年3月完成",
            "工期延误",
        ],
    )
    text = review(_card(rows, "\t")).rstrip("\n")
    assert text[text.index("存在以下问题") :] == (
        "存在以下问题：一是“项目完成时间”预计无法按期完成（单位填报“2026年3月完成”，"
        "晚于2025年11月30日的完成时限）；二是表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性"
        "存疑的情况，无处填写纠偏措施。建议及时采取措施，确保按期完成，增设纠偏措施栏目并补充纠偏措施。"
    )
