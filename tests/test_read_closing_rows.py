"""The rows around and under the indicator grid that are no indicators (e2e11 round).

Judgement blocks under any outer label, signatures, notes, closing rows of prose,
grade rows, a 改进措施 column beside 偏差原因, and the 填报单位 line. Every case is a
small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Likelihood
from test_read_unseen import SELF_HEADER, TRACKING_HEADER, names, read

# ---------------------------------------------------------------------------
# H1: the judgement block whatever its outer label

_TRACKING_HEAD = (
    "项目支出绩效运行监控表",
    "监控时段：2023年1月-8月",
    ["项目名称", "大气污染防治专项"],
    TRACKING_HEADER,
    ["产出指标", "数量指标", "淘汰燃煤小锅炉数量", "≥50台", "42台"],
)


@pytest.mark.parametrize(
    "outer",
    [
        "绩效运行总体判断",
        "运行监控总体判断",
        "监控结论",
        "绩效目标执行总体判断",
        "绩效跟踪总体判断",  # worked before: the control
        "",  # the outer label merged away
    ],
)
def test_a_likelihood_label_opens_the_judgement_whatever_the_outer_label(outer: str) -> None:
    table = read(
        *_TRACKING_HEAD,
        [outer, "年度预算执行完成可能性", "", "有可能完成"],
        ["", "年度绩效目标完成可能性", "", "确定能完成"],
        ["纠偏措施", "加快进度"],
    )
    assert names(table) == ["淘汰燃煤小锅炉数量"]
    assert table.judgement is not None
    assert table.judgement.budget_completion == "有可能完成"
    assert table.judgement.budget_likelihood is Likelihood.POSSIBLE
    assert table.judgement.goal_likelihood is Likelihood.CERTAIN
    assert table.corrective_measures == "加快进度"
    assert table.findings == ()


def test_a_reason_that_mentions_a_likelihood_stays_an_indicator_cell() -> None:
    table = read(
        "项目支出绩效监控表",
        ["项目名称", "示例"],
        [*TRACKING_HEADER, "偏差原因"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "40", "年底完成可能性较大"],
    )
    assert names(table) == ["培训人次"]
    assert table.indicators[0].deviation_reason == "年底完成可能性较大"
    assert table.judgement is None


# ---------------------------------------------------------------------------
# H2: signatures, notes, closing rows and grades are no indicators

_SELF_ROWS = (
    "项目支出绩效自评表",
    "（2023年度）",
    ["项目名称", "示例项目"],
    SELF_HEADER,
    ["产出指标", "数量指标", "培训人次", "≥400人次", "420", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", "50", "50"],
)
_TOTAL = ["总分", "", "", "", "", "100", "100"]

_NO_INDICATOR_ROWS = [
    ["填报单位（盖章）：", "", "", "填报人：", "", "联系电话："],
    ["填报单位（公章）", "", "", "", "年", "月", "日"],
    ["单位（盖章）"],
    ["单位负责人签字：", "", "", "日期："],
    ["经办人：", "刘某", "", "复核人：", "陈某"],
    ["主要负责人：", "赵某"],
    ["分管领导：", "王某"],
    ["联系人：", "李某", "电话：", "0371-1234567"],
    ["说明：", "年度指标值按批复目标填写"],
    ["注：1.本表金额单位为万元", "2.分值合计100分"],
    ["备注", "无"],
    ["主要经验及做法", "加强统筹"],
    ["其他需要说明的问题", "无"],
    ["存在问题", "部分指标未完成"],
    ["下一步工作计划", "继续推进"],
]


@pytest.mark.parametrize("row", _NO_INDICATOR_ROWS, ids=lambda row: row[0])
@pytest.mark.parametrize("total", [True, False], ids=["after-total", "no-total"])
def test_a_row_under_the_grid_is_no_indicator(row: list[str], total: bool) -> None:  # noqa: FBT001
    rows = [*_SELF_ROWS, _TOTAL] if total else list(_SELF_ROWS)
    table = read(*rows, row)
    assert names(table) == ["培训人次", "学员满意度"]
    assert table.findings == ()
    assert table.corrective_measures == ""


@pytest.mark.parametrize(
    ("row", "grade"),
    [
        (["绩效评价结论", "优秀"], "优"),
        (["自评结果等次", "优"], "优"),
        (["综合评定", "良"], "良"),
        (["评定等级", "B级"], "良"),
        (["绩效自评结论", "优"], "优"),
        (["自评结果等次", "A"], "优"),
        (["综合评定：优"], "优"),
        (["自评等级", "良"], "良"),  # worked before
    ],
)
@pytest.mark.parametrize("total", [True, False], ids=["after-total", "no-total"])
def test_a_grade_row_gives_the_published_grade(row: list[str], grade: str, total: bool) -> None:  # noqa: FBT001
    rows = [*_SELF_ROWS, _TOTAL] if total else list(_SELF_ROWS)
    table = read(*rows, row)
    assert names(table) == ["培训人次", "学员满意度"]
    assert table.published.grade == grade


@pytest.mark.parametrize(
    ("row", "measures"),
    [
        (["存在问题及改进措施", "部分指标未完成，下年度改进"], "部分指标未完成，下年度改进"),
        (["整改措施", "加快采购"], "加快采购"),
        (["改进措施：加强监管"], "加强监管"),
    ],
)
def test_a_closing_row_of_measures_is_the_tables_corrective_measures(
    row: list[str], measures: str
) -> None:
    table = read(*_SELF_ROWS, _TOTAL, row)
    assert names(table) == ["培训人次", "学员满意度"]
    assert table.corrective_measures == measures


def test_a_closing_row_of_measures_leaves_a_printed_one_alone() -> None:
    table = read(*_TRACKING_HEAD, ["纠偏措施", "加快进度"], ["存在问题及改进措施", "下年度改进"])
    assert table.corrective_measures == "加快进度"


def test_nothing_after_the_total_row_is_an_indicator() -> None:
    table = read(*_SELF_ROWS, _TOTAL, ["年度资金到位", "100%", "", "", "", "", ""])
    assert names(table) == ["培训人次", "学员满意度"]


def test_a_total_row_right_under_the_header_keeps_the_grid_open() -> None:
    header, *_ = (row for row in _SELF_ROWS if row == SELF_HEADER)
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例项目"],
        header,
        _TOTAL,
        ["产出指标", "数量指标", "培训人次", "≥400人次", "420", "100", "100"],
    )
    assert names(table) == ["培训人次"]
    assert table.published.total is not None


@pytest.mark.parametrize(
    "name",
    [
        "受益人数",
        "安全生产问题",
        "改进措施落实率",
        "问题整改完成率",
        "空气质量等级",
        "审计问题整改情况",
    ],
)
def test_names_near_the_closing_words_stay_indicators(name: str) -> None:
    table = read(
        "项目支出绩效自评表",
        ["项目名称", "示例项目"],
        SELF_HEADER,
        ["产出指标", "数量指标", "培训人次", "≥400人次", "420", "50", "50"],
        ["", "", name, "良", "良", "50", "50"],
    )
    assert names(table) == ["培训人次", name]
    assert table.published.grade is None


# ---------------------------------------------------------------------------
# M1: a 改进措施 column beside 偏差原因 is the row's corrective measures

_MONITOR_HEAD = (
    "项目支出绩效监控表",
    "监控时段：2024年1-6月",
    ["项目名称", "乡村道路养护"],
)


@pytest.mark.parametrize("column", ["改进措施", "整改措施", "纠偏措施"])
def test_a_measures_column_beside_the_reason_is_the_corrective_measures(column: str) -> None:
    table = read(
        *_MONITOR_HEAD,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "偏差原因", column],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "30公里", "资金未到位", "加快拨付"],
        ["", "", "养护桥梁", "≥10座", "5座", "汛期", ""],
    )
    reasons = [indicator.deviation_reason for indicator in table.indicators]
    assert reasons == ["资金未到位", "汛期"]
    assert table.corrective_measures == "养护里程：加快拨付"


def test_a_measures_column_under_a_merged_reason_header_is_the_corrective_measures() -> None:
    table = read(
        *_MONITOR_HEAD,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "偏差原因分析", ""],
        ["", "", "", "", "", "原因说明", "改进措施"],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "30公里", "资金未到位", "加快拨付"],
    )
    assert table.indicators[0].deviation_reason == "资金未到位"
    assert table.corrective_measures == "养护里程：加快拨付"


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (["偏差原因分析及改进措施"], "资金未到位，加快拨付"),  # one column: the reason
        (["改进措施"], "资金未到位，加快拨付"),  # alone: the explanation, the reason
        (["偏差原因类型", "具体原因"], "资金未到位；加快拨付"),  # two reasons joined
    ],
)
def test_a_lone_or_combined_measures_column_stays_the_reason(
    header: list[str], reason: str
) -> None:
    cells = reason.split("；")
    table = read(
        *_MONITOR_HEAD,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", *header],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "30公里", *cells],
    )
    assert table.indicators[0].deviation_reason == reason
    assert table.corrective_measures == ""


def test_the_budget_blocks_measures_join_the_corrective_measures() -> None:
    table = read(
        *_MONITOR_HEAD,
        [
            "预算执行情况",
            "资金来源",
            "年初预算数",
            "全年预算数",
            "1-6月执行数",
            "偏差原因",
            "改进措施",
        ],
        ["", "年度资金总额", "200.00", "200.00", "60.00", "资金未到位", "加快拨付"],
        ["", "其中：财政拨款", "200.00", "200.00", "60.00", "", ""],
        [*TRACKING_HEADER, "偏差原因", "纠偏措施"],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "30公里", "汛期", "汛后加快"],
    )
    assert [line.source for line in table.budget] == ["年度资金总额", "其中：财政拨款"]
    assert table.corrective_measures == "年度资金总额：加快拨付；养护里程：汛后加快"


def test_a_measures_column_clears_the_missing_corrective_measures_finding() -> None:
    table = read(
        *_MONITOR_HEAD,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "1-6月完成值",
            "全年预计完成值",
            "偏差原因",
            "改进措施",
        ],
        [
            "产出指标",
            "数量指标",
            "养护里程",
            "≥100公里",
            "30公里",
            "90公里",
            "资金未到位",
            "加快拨付",
        ],
    )
    ids = {finding.id for finding in perftrack.score(table).findings}
    assert "missing-corrective-measures" not in ids


# ---------------------------------------------------------------------------
# L1: 填报单位 is the implementer when the table names none


@pytest.mark.parametrize(
    ("rows", "implementer"),
    [
        ([["填报单位（盖章）：某县水利局", "", "", "金额单位：万元"]], "某县水利局"),
        ([["填报单位：某县水利局", "", "", "", "（2023年度）"]], "某县水利局"),
        ([["填报单位", "某县水利局"]], "某县水利局"),
        ([["填报单位：某县水利局"], ["实施单位", "某县供水站"]], "某县供水站"),
        ([["实施单位", "某县供水站"], ["填报单位：某县水利局"]], "某县供水站"),
        ([["填报单位（盖章）：", "", "填报人：", "", "联系电话："]], None),
        ([["填报单位（公章）", "", "年", "月", "日"]], None),
    ],
)
def test_the_filing_unit_is_the_implementer_when_none_is_named(
    rows: list[list[str]], implementer: str | None
) -> None:
    table = read(
        "项目支出绩效自评表",
        *rows,
        ["项目名称", "农村饮水工程"],
        SELF_HEADER,
        ["产出指标", "数量指标", "工程处数", "≥25处", "25处", "100", "100"],
    )
    assert table.project.implementer == implementer
    assert table.project.department is None
    assert names(table) == ["工程处数"]


def test_the_filing_unit_under_the_grid_is_read_not_an_indicator() -> None:
    table = read(*_SELF_ROWS, ["填报单位：", "某县人社局", "", "填报日期：", "2024-03-01"])
    assert names(table) == ["培训人次", "学员满意度"]
    assert table.project.implementer == "某县人社局"


# ---------------------------------------------------------------------------
# regress11 W1: a total row in the middle of the grid is a subtotal, not its end

_SUBTOTAL_HEAD = (
    "项目支出绩效自评表",
    "（2024年度）",
    ["项目名称", "乡村文化振兴工程"],
    SELF_HEADER,
    ["产出指标", "数量指标", "新建村级文化服务中心", "≥20个", "21个", "20", "20"],
)
_SUBTOTAL_TAIL = (
    ["", "质量指标", "设施验收合格率", "100%", "100%", "20", "20"],
    ["效益指标", "社会效益指标", "群众文化活动参与人次", "≥5万人次", "5.3万人次", "30", "30"],
)
_SUBTOTAL_NAMES = ["新建村级文化服务中心", "设施验收合格率", "群众文化活动参与人次"]


@pytest.mark.parametrize(
    "subtotal",
    [
        ["合计", "", "", "", "", "20", "20"],  # in the level-1 column
        ["", "合计", "", "", "", "20", "20"],  # in the level-2 column
        ["", "", "合计", "", "", "20", "20"],  # in the name column
        ["总分", "", "", "", "", "20", "20"],
        ["", "", "总分", "", "", "20", "20"],
        ["总计", "", "", "", "", "20", "20"],
        ["", "", "合计", "≥20个", "21个", "", ""],  # the sum of 其中 rows
    ],
    ids="|".join,
)
@pytest.mark.parametrize("final", [True, False], ids=["final-total", "no-final-total"])
def test_a_total_row_in_the_middle_of_the_grid_is_a_subtotal(
    subtotal: list[str],
    final: bool,  # noqa: FBT001
) -> None:
    # Before, the subtotal closed the grid: every indicator after it was dropped
    # without a word, and its 20 became the published total.
    closing = [["总分", "", "", "", "", "70", "70"]] if final else []
    table = read(*_SUBTOTAL_HEAD, subtotal, *_SUBTOTAL_TAIL, *closing)
    assert names(table) == _SUBTOTAL_NAMES
    assert table.published.total == (Decimal(70) if final else None)


@pytest.mark.parametrize(
    "subtotal",
    [
        ["", "", "小计", "", "", "20", "20"],
        ["", "小计", "", "", "", "20", "20"],
        ["产出指标合计", "", "", "", "", "20", "20"],
        ["", "", "产出指标小计", "", "", "20", "20"],
    ],
    ids="|".join,
)
def test_a_subtotal_row_is_no_indicator(subtotal: list[str]) -> None:
    # regress11: 小计 and 产出指标合计 rows were read as indicators named 小计 (with a
    # missing-actual warning each); without a target or an actual they are subtotals
    table = read(*_SUBTOTAL_HEAD, subtotal, *_SUBTOTAL_TAIL, ["总分", "", "", "", "", "70", "70"])
    assert names(table) == _SUBTOTAL_NAMES
    assert table.published.total == Decimal(70)


def test_a_subtotal_row_with_a_target_is_an_indicator() -> None:
    table = read(*_SUBTOTAL_HEAD, ["", "", "小计", "≥20个", "21个", "", ""], *_SUBTOTAL_TAIL)
    assert names(table) == [_SUBTOTAL_NAMES[0], "小计", *_SUBTOTAL_NAMES[1:]]


def test_two_total_rows_in_the_middle_of_the_grid_are_subtotals() -> None:
    table = read(
        *_SUBTOTAL_HEAD,
        ["", "", "合计", "", "", "20", "20"],
        ["总计", "", "", "", "", "20", "20"],
        *_SUBTOTAL_TAIL,
        ["总分", "", "", "", "", "70", "69"],
    )
    assert names(table) == _SUBTOTAL_NAMES
    assert table.published.total == Decimal(69)


@pytest.mark.parametrize(
    "after",
    [
        [["年度资金到位", "100%", "", "", "", "", ""]],  # no target or actual in their columns
        [["填报人：", "张三"], ["", "", "培训人次", "≥400人次", "420", "", ""]],  # settled
        [["表3 问题整改清单"], ["1", "单村工程消毒设施老化", "更换消毒设备35套", "2025年6月底前"]],
    ],
    ids=["prose", "signature-first", "caption"],
)
def test_the_final_total_still_closes_the_grid(after: list[list[str]]) -> None:
    table = read(*_SELF_ROWS, _TOTAL, *after)
    assert names(table) == ["培训人次", "学员满意度"]
    assert table.published.total == Decimal(100)


# ---------------------------------------------------------------------------
# regress11 W2: a placeholder in a measures column is no measure

_PLACEHOLDERS = ["无", "/", "暂无", "——", "-", "不适用"]
_MEASURES_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "1-7月完成值",
    "全年预计完成值",
    "偏差原因",
]


@pytest.mark.parametrize("placeholder", _PLACEHOLDERS)
@pytest.mark.parametrize("column", ["改进措施", "整改措施", "纠偏措施"])
def test_a_placeholder_in_a_measures_column_is_no_measure(placeholder: str, column: str) -> None:
    # Before: corrective_measures "养护里程：无；资金拨付时间：无", and no
    # missing-corrective-measures for a table behind its schedule.
    table = read(
        "项目支出绩效运行监控表",
        "监控期间：2024年1月1日-2024年7月31日",
        ["项目名称", "农村公路养护工程"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "1-7月执行数", "执行率"],
        ["", "年度资金总额", "1000.00", "1000.00", "520.00", "52.00%"],
        [*_MEASURES_HEADER, column, "完成目标可能性"],
        [
            *["产出指标", "数量指标", "养护里程", "≥300公里", "120公里", "300公里"],
            *["雨季影响", placeholder, "有可能"],
        ],
        ["", "时效指标", "资金拨付时间", "7月底前", "已拨付", "已拨付", "", placeholder, "确定能"],
    )
    assert table.corrective_measures == ""
    assert table.indicators[0].deviation_reason == "雨季影响"
    ids = {finding.id for finding in perftrack.score(table).findings}
    assert "missing-corrective-measures" in ids


def test_only_the_rows_that_state_a_measure_give_one() -> None:
    table = read(
        *_MONITOR_HEAD,
        [*_MEASURES_HEADER, "改进措施"],
        ["产出指标", "数量指标", "养护里程", "≥300公里", "120公里", "300公里", "雨季影响", "无"],
        ["", "质量指标", "路面优良率", "≥80%", "70%", "≥80%", "", "加强巡查"],
        ["", "", "桥梁检测率", "100%", "60%", "100%", "", "——"],
    )
    assert table.corrective_measures == "路面优良率：加强巡查"


@pytest.mark.parametrize("placeholder", _PLACEHOLDERS)
def test_a_placeholder_in_the_budget_blocks_measures_is_no_measure(placeholder: str) -> None:
    table = read(
        *_MONITOR_HEAD,
        ["预算执行情况", "资金来源", "年初预算数", "1-6月执行数", "偏差原因", "改进措施"],
        ["", "年度资金总额", "200.00", "60.00", "资金未到位", placeholder],
        [*TRACKING_HEADER, "偏差原因", "纠偏措施"],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "30公里", "汛期", "汛后加快"],
    )
    assert table.corrective_measures == "养护里程：汛后加快"


# ---------------------------------------------------------------------------
# regress11 W3: the filing unit stops at the next label, a run of spaces or a seal


@pytest.mark.parametrize(
    ("row", "implementer"),
    [
        (["填报单位（盖章）：", "", "填报人：张三", "联系电话：0871-1234567"], None),
        (["填报单位", "填报人：张三"], None),
        (["填报单位：某县教育局\u3000\u3000填报日期：2024年7月10日"], "某县教育局"),
        (["填报单位：某县教育局 填报日期：2024年7月10日"], "某县教育局"),
        (["填报单位（盖章）：某县教育局   单位负责人：王五   填报人：李四"], "某县教育局"),
        (["填报单位：某县教育局联系电话：0871-1234567"], "某县教育局"),
        (["填报单位：某县教育局（盖章）"], "某县教育局"),
        (["填报单位", "某县教育局（公章）"], "某县教育局"),
        (["填报单位：某县教育局    2024年7月10日"], "某县教育局"),
        (["填报单位", "某县教育局\u3000\u30002024年7月10日"], "某县教育局"),
        (["填报单位：某县教育局（主管部门：某县人民政府）"], "某县教育局"),
        (["填报单位：某县疾病预防控制中心（本级）"], "某县疾病预防控制中心（本级）"),
    ],
)
def test_the_filing_unit_is_the_unit_alone(row: list[str], implementer: str | None) -> None:
    table = read(
        "项目支出绩效自评表",
        row,
        ["项目名称", "农村饮水工程"],
        SELF_HEADER,
        ["产出指标", "数量指标", "工程处数", "≥25处", "25处", "100", "100"],
    )
    assert table.project.implementer == implementer
    assert table.project.department is None
    assert names(table) == ["工程处数"]


@pytest.mark.parametrize(
    ("row", "department", "implementer"),
    [
        (["主管部门：某县水利局\u3000\u3000实施单位：某县供水站"], "某县水利局", "某县供水站"),
        (["主管部门：某县水利局 联系电话：0871-1234567"], "某县水利局", None),
        (["实施单位：某县供水站（盖章）"], None, "某县供水站"),
    ],
)
def test_other_fields_in_one_cell_stop_at_the_next_label(
    row: list[str], department: str | None, implementer: str | None
) -> None:
    table = read("项目支出绩效自评表", ["项目名称", "农村饮水工程"], row, *_SELF_ROWS[3:])
    assert (table.project.department, table.project.implementer) == (department, implementer)


# ---------------------------------------------------------------------------
# regress11 W7: a closing heading of reason and measures gives only labelled measures


@pytest.mark.parametrize(
    ("rows", "measures"),
    [
        ([["三、偏差原因分析及改进措施"], ["水质达标率未达目标，主要原因是设备老化。"]], ""),
        ([["偏差原因分析及改进措施", "受汛期影响，工期推迟15天"]], ""),
        ([["偏差原因分析及改进措施：受汛期影响，工期推迟15天"]], ""),
        (
            [["三、偏差原因分析及改进措施"], ["主要原因是设备老化。改进措施：更换消毒设备。"]],
            "更换消毒设备。",
        ),
        ([["原因分析及整改措施", "原因是资金未到位；整改措施：加快拨付"]], "加快拨付"),
        ([["三、存在问题及改进措施"], ["加快设备更新。"]], "加快设备更新。"),  # measures alone
        # regress12 W2: without a label, a text that says what will be done is measures
        (
            [["偏差原因分析及改进措施：受汛期影响，工期推迟15天；下年度合理安排施工工期。"]],
            "受汛期影响，工期推迟15天；下年度合理安排施工工期。",
        ),
        (
            [["三、偏差原因分析及改进措施"], ["主要原因是设备老化，下一步将更换消毒设备。"]],
            "主要原因是设备老化，下一步将更换消毒设备。",
        ),
        # regress13: words reasons say too are no measures
        ([["偏差原因分析及改进措施：因项目跨年度实施，部分资金结转下年度使用。"]], ""),
        ([["偏差原因分析及改进措施：为确保工程质量，延长试压时间，完工推迟20天。"]], ""),
        ([["偏差原因分析及改进措施：受审计整改影响，部分资金暂缓拨付。"]], ""),
    ],
)
def test_a_closing_heading_of_reason_and_measures_gives_only_labelled_measures(
    rows: list[list[str]], measures: str
) -> None:
    table = read(*_SELF_ROWS, _TOTAL, *rows)
    assert names(table) == ["培训人次", "学员满意度"]
    assert table.corrective_measures == measures


def test_two_judgements_with_their_answers_on_one_row() -> None:
    # regress13 W4: the goal's cell was read as the budget's answer
    table = read(
        *_TRACKING_HEAD,
        ["监控结论", "年度预算执行完成可能性：确定能完成", "年度绩效目标完成可能性：有可能完成"],
    )
    assert table.judgement is not None
    assert (table.judgement.budget_likelihood, table.judgement.goal_likelihood) == (
        Likelihood.CERTAIN,
        Likelihood.POSSIBLE,
    )
