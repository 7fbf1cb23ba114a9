"""p40fix: the parse40 audit's findings.

H1: a count done once in each of the year's two halves or seasons (上下半年各1次, 春秋两季各1次)
is 2次 for the year, and a target said per year (每年不少于2次) takes 每半年1次 as ≥2次 does.
H2: a date followed by goods arrived or stored (3月20日物资全部到货, 全部入库) or a round of
the year's monitoring done (完成第四轮监测) is the completion date against a deadline.
H3: a monthly rate in units (833元/人·月) against a yearly one in 万元 (1万元/人·年) is the
year's rate (×12), the money multiple converted, as 每人每月833元 is.
H4: a payment in parts is done when its last part is (余款7月8日拨付, 最后一批于6月28日拨付).
M3: every fire put out in time (均于当日扑灭) against a 扑灭率 floor is 100%.
M6: a count against 100%（覆盖全部18个乡镇） is its share of the bracket's whole.
M4: a lesser case beside 未发生重大火灾 on a 重大 row is no 重大 case, met against 0起.
M2: a count per period then the year's that agrees with it (每季度1次，全年共4次) is the year's.
M1: a figure then a clause quoting the target (远低于0.9‰控制目标) is the figure.
M5: a level then its change, the level labelled with the rate's object or after the change,
is judged by the change against a change target.
"""

from __future__ import annotations

import pytest

from perftrack import score
from scoring_builders import indicator, self_evaluation_table

YEAR = 2025


def _self_verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    row = indicator(name=name, target=target, actual=actual, weight=4, points=4, year=YEAR)
    got = score(self_evaluation_table([row], year=YEAR)).verdicts[0]
    return got.attainment.value, got.explanation


def _deadline_messages(name: str, target: str, actual: str) -> tuple[str, ...]:
    row = indicator(name=name, target=target, actual=actual, weight=4, points=4, year=YEAR)
    card = score(self_evaluation_table([row], year=YEAR))
    return tuple(f.message for f in card.findings if f.id == "deadline-passed")


# H1, two halves or seasons (name, target, actual, attainment, explanation)
EACH_OF_TWO = [
    pytest.param(
        "森林防火宣传",
        "每年不少于2次",
        "上下半年各1次",
        "met",
        "“每年不少于2次”全年计≥2次；实际2次，达到年度指标≥2次",
        id="halves-yearly-target",
    ),
    pytest.param(
        "森林防火宣传",
        "每年不少于2次",
        "春秋两季各1次",
        "met",
        "“每年不少于2次”全年计≥2次；实际2次，达到年度指标≥2次",
        id="seasons-yearly-target",
    ),
    pytest.param(
        "森林防火宣传",
        "每年不少于2次",
        "每半年1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="per-half-yearly-target",
    ),
    pytest.param(
        "森林防火宣传",
        "≥2次",
        "上下半年各开展1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="halves-with-verb",
    ),
    pytest.param(
        "森林防火宣传",
        "≥2次",
        "上、下半年各开展1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="halves-with-enumeration-comma",
    ),
    pytest.param(
        "森林防火宣传",
        "≥3次",
        "上下半年各1次",
        "not_met",
        "实际2次，未达年度指标≥3次",
        id="halves-short-of-three",
    ),
    pytest.param(
        "应急演练",
        "每年不少于4次",
        "每季度1次",
        "met",
        "实际4次，达到年度指标≥4次",
        id="per-quarter-yearly-target",
    ),
    # controls, as before
    pytest.param(
        "森林防火宣传",
        "≥2次",
        "每半年1次",
        "met",
        "实际2次，达到年度指标≥2次",
        id="control-per-half",
    ),
    pytest.param(
        "应急演练",
        "每季度不少于1次",
        "每季度1次",
        "met",
        "实际1次，达到年度指标≥1次",
        id="control-per-period-target",
    ),
    pytest.param(
        "应急演练",
        "≥4次",
        "每季度各1次",
        "met",
        "实际4次，达到年度指标≥4次",
        id="control-each-quarter",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), EACH_OF_TWO)
def test_each_of_two_periods(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


# H2, a completion date before or after a deadline (name, target, actual, attainment, explanation)
DONE_ON_DATE = [
    pytest.param(
        "防火物资采购时间",
        "2025年3月15日前",
        "3月20日物资全部到货",
        "not_met",
        "实际“3月20日物资全部到货”，晚于截止日期2025-03-15",
        id="arrived-late",
    ),
    pytest.param(
        "防火物资采购时间",
        "2025年3月15日前",
        "3月10日物资全部到货",
        "met",
        "实际“3月10日物资全部到货”，未晚于截止日期2025-03-15",
        id="arrived-on-time",
    ),
    pytest.param(
        "防火物资入库时间",
        "2025年3月15日前",
        "3月20日全部入库",
        "not_met",
        "实际“3月20日全部入库”，晚于截止日期2025-03-15",
        id="stored-late",
    ),
    pytest.param(
        "例行监测完成时间",
        "2025年11月底前",
        "12月10日完成第四轮监测",
        "not_met",
        "实际“12月10日完成第四轮监测”，晚于截止日期2025-11-30",
        id="fourth-round-late",
    ),
    pytest.param(
        "例行监测完成时间",
        "2025年11月底前",
        "11月20日完成第4轮监测",
        "met",
        "实际“11月20日完成第4轮监测”，未晚于截止日期2025-11-30",
        id="round-digit-on-time",
    ),
    pytest.param(
        "例行监测完成时间",
        "2025年11月底前",
        "12月10日完成全年4轮监测",
        "not_met",
        "实际“12月10日完成全年4轮监测”，晚于截止日期2025-11-30",
        id="year-rounds-late",
    ),
    # controls, as before: a purchase named by the row is its step done
    pytest.param(
        "防火物资采购时间",
        "2025年3月15日前",
        "3月20日完成采购",
        "not_met",
        "实际“3月20日完成采购”，晚于截止日期2025-03-15",
        id="control-purchase-row",
    ),
    pytest.param(
        "防火物资采购时间",
        "2025年3月15日前",
        "3月20日未到货",
        "unknown",
        "截止日期2025-03-15已到，实际“3月20日未到货”无法判断是否完成",
        id="control-not-arrived",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), DONE_ON_DATE)
def test_done_on_date(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


def test_arrived_late_says_late() -> None:
    assert _deadline_messages("防火物资采购时间", "2025年3月15日前", "3月20日物资全部到货") == (
        "“防火物资采购时间”截止日期2025-03-15已到，结果为逾期完成",
    )


# H3, a monthly rate in units against a yearly one in 万元 (name, target, actual, attainment,
# explanation)
MONTHLY_RATE_TEN_THOUSANDS = [
    pytest.param(
        "生态护林员补助标准",
        "≥1万元/人·年",
        "833元/人·月",
        "met",  # 1万 over 12 at the printed precision (sweep25 U1)
        "实际9996元/人·年（≈10000元/人·年），达到年度指标≥1万元/人·年",
        id="short-of-ten-thousand",
    ),
    pytest.param(
        "生态护林员补助标准",
        "≥0.99万元/人·年",
        "833元/人·月",
        "met",
        "实际9996元/人·年，达到年度指标≥0.99万元/人·年",
        id="meets-ten-thousands",
    ),
    pytest.param(
        "生态护林员补助标准",
        "≥0.99万元/人·年",
        "按833元/人·月发放",
        "met",
        "实际9996元/人·年，达到年度指标≥0.99万元/人·年",
        id="paid-at",
    ),
    pytest.param(
        "补助标准",
        "≥0.12万元/人·年",
        "100元/人·月",
        "met",
        "实际1200元/人·年，达到年度指标≥0.12万元/人·年",
        id="small-ten-thousands",
    ),
    # controls, as before
    pytest.param(
        "生态护林员补助标准",
        "≥1万元/人·年",
        "每人每月833元",
        "met",  # as 833元/人·月 is (sweep25 U1)
        "实际9996元/人·年（≈10000元/人·年），达到年度指标≥1万元/人·年",
        id="control-phrase-form",
    ),
    pytest.param(
        "生态护林员补助标准",
        "≥10000元/人·年",
        "833元/人·月",
        "met",  # 10000 over 12 at the printed precision (sweep25 U1)
        "实际9996元/人·年（≈10000元/人·年），达到年度指标≥10000元/人·年",
        id="control-same-unit",
    ),
    pytest.param(
        "补助标准",
        "≥1万元/人·年",
        "833次/人·月",
        "unknown",
        "实际833次/人·月与年度指标≥1万元/人·年单位不可比",
        id="control-count",
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"), MONTHLY_RATE_TEN_THOUSANDS
)
def test_monthly_rate_against_ten_thousands(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


# H4, the last part's date decides (name, target, actual, attainment, explanation)
LAST_PART = [
    pytest.param(
        "资金拨付时间",
        "2025年6月30日前",
        "6月底前已拨付60%，余款7月8日拨付",
        "not_met",
        "实际“6月底前已拨付60%，余款7月8日拨付”，晚于截止日期2025-06-30",
        id="rest-late",
    ),
    pytest.param(
        "资金拨付时间",
        "2025年6月30日前",
        "分两批拨付，最后一批于6月28日拨付",
        "met",
        "实际“分两批拨付，最后一批于6月28日拨付”，未晚于截止日期2025-06-30",
        id="last-batch-on-time",
    ),
    pytest.param(
        "资金拨付时间",
        "2025年6月30日前",
        "6月底前已拨付60%，剩余资金于6月20日拨付到位",
        "met",
        "实际“6月底前已拨付60%，剩余资金于6月20日拨付到位”，未晚于截止日期2025-06-30",
        id="rest-on-time",
    ),
    # controls: a plan or a denial for the rest stays for a reader; a bare date as before
    pytest.param(
        "资金拨付时间",
        "2025年6月30日前",
        "6月底前已拨付60%，余款计划7月8日拨付",
        "unknown",
        "截止日期2025-06-30已到，实际“6月底前已拨付60%，余款计划7月8日拨付”无法判断是否完成",
        id="control-rest-planned",
    ),
    pytest.param(
        "资金拨付时间",
        "2025年6月30日前",
        "7月8日拨付",
        "not_met",
        "实际“7月8日拨付”，晚于截止日期2025-06-30",
        id="control-bare-date",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), LAST_PART)
def test_last_part_date(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


def test_rest_paid_late_says_late() -> None:
    assert _deadline_messages(
        "资金拨付时间", "2025年6月30日前", "6月底前已拨付60%，余款7月8日拨付"
    ) == ("“资金拨付时间”截止日期2025-06-30已到，结果为逾期完成",)


# M3, all fires put out in time (name, target, actual, attainment, explanation)
ALL_PUT_OUT = [
    pytest.param(
        "24小时森林火灾扑灭率",
        "≥95%",
        "发生森林火灾2起，均于当日扑灭",
        "met",
        "实际“发生森林火灾2起，均于当日扑灭”，即全部及时扑灭，视为100%，达到年度指标≥95%",
        id="same-day",
    ),
    pytest.param(
        "森林火灾扑灭率",
        "≥95%",
        "发生森林火灾2起，均在24小时内扑灭",
        "met",
        "实际“发生森林火灾2起，均在24小时内扑灭”，即全部及时扑灭，视为100%，达到年度指标≥95%",
        id="within-24-hours",
    ),
    pytest.param(
        "森林火灾扑灭率",
        "≥95%",
        "2起火灾均于当日扑灭",
        "met",
        "实际“2起火灾均于当日扑灭”，即全部及时扑灭，视为100%，达到年度指标≥95%",
        id="count-first",
    ),
    # near misses stay for a reader
    pytest.param(
        "森林火灾扑灭率",
        "≥95%",
        "发生森林火灾2起，1起当日扑灭",
        "unknown",
        "实际“发生森林火灾2起，1起当日扑灭”不是数值，无法与年度指标比较",
        id="one-of-two",
    ),
    pytest.param(
        "森林火灾扑灭率",
        "≥95%",
        "发生森林火灾2起，均未扑灭",
        "unknown",
        "实际“发生森林火灾2起，均未扑灭”不是数值，无法与年度指标比较",
        id="negated",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), ALL_PUT_OUT)
def test_all_put_out(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


# M6, the whole in the target's bracket (name, target, actual, attainment, explanation)
TARGET_BASE = [
    pytest.param(
        "抽检覆盖率",
        "100%（覆盖全部18个乡镇）",
        "覆盖17个乡镇",
        "not_met",
        "实际覆盖17个乡镇（按比例计为94.44%），未达年度指标=100%",
        id="seventeen-of-eighteen",
    ),
    pytest.param(
        "抽检覆盖率",
        "100%（覆盖全部18个乡镇）",
        "覆盖18个乡镇",
        "met",
        "实际覆盖18个乡镇（按比例计为100%），达到年度指标=100%",
        id="all-eighteen",
    ),
    pytest.param(
        "抽检覆盖率",
        "100%（覆盖全部18个乡镇）",
        "17个乡镇",
        "not_met",
        "实际17个乡镇（按比例计为94.44%），未达年度指标=100%",
        id="bare-count",
    ),
    # near misses stay incomparable: another measure word, more than the whole, no whole
    pytest.param(
        "抽检覆盖率",
        "100%（覆盖全部18个乡镇）",
        "17个村",
        "unknown",
        "实际17个村与年度指标=100%单位不可比",
        id="other-measure",
    ),
    pytest.param(
        "抽检覆盖率",
        "100%（覆盖全部18个乡镇）",
        "覆盖19个乡镇",
        "unknown",
        "实际19个乡镇与年度指标=100%单位不可比",
        id="above-whole",
    ),
    pytest.param(
        "抽检覆盖率",
        "100%",
        "覆盖17个乡镇",
        "unknown",
        "实际17个乡镇与年度指标=100%单位不可比",
        id="no-whole",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), TARGET_BASE)
def test_whole_in_target_bracket(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


# M4, no 重大 case beside a lesser one (name, target, actual, attainment, explanation)
NO_MAJOR_CASE = [
    pytest.param(
        "重大森林火灾",
        "0起",
        "发生一般森林火灾2起，未发生重大火灾",
        "met",
        "实际0起，达到年度指标=0起",
        id="clause",
    ),
    pytest.param(
        "重大森林火灾",
        "0起",
        "一般火灾2起（无重大火灾）",
        "met",
        "实际0起，达到年度指标=0起",
        id="bracket",
    ),
    # near misses: a 重大 case said, no 重大 in the row, a lesser case alone; the first
    # two count the row's own event, not_met as their first clause alone is (k26)
    pytest.param(
        "重大森林火灾",
        "0起",
        "发生重大火灾1起，未发生特别重大火灾",
        "not_met",
        "实际1起（“发生重大火灾1起，未发生特别重大火灾”中指标名称所指的数）已超出年度上限=0起",
        id="major-case-said",
    ),
    pytest.param(
        "森林火灾次数",
        "0起",
        "发生一般森林火灾2起，未发生重大火灾",
        "not_met",
        "实际2起（“发生一般森林火灾2起，未发生重大火灾”中指标名称所指的数）已超出年度上限=0起",
        id="row-not-major",
    ),
    pytest.param(
        "重大森林火灾",
        "0起",
        "发生较大森林火灾1起",
        "unknown",
        "实际“发生较大森林火灾1起”统计的是发生较大森林火灾，年度指标“0起”统计的是重大森林火灾，"
        "口径不同（较大≠重大），需人工判断",
        id="lesser-alone",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), NO_MAJOR_CASE)
def test_no_major_case(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


def test_no_major_bracket_has_no_other_measure() -> None:
    row = indicator(
        name="重大森林火灾",
        target="0起",
        actual="一般火灾2起（无重大火灾）",
        weight=4,
        points=4,
        year=YEAR,
    )
    card = score(self_evaluation_table([row], year=YEAR))
    assert [f.id for f in card.findings if f.id == "actual-other-measure"] == []


# M5, a labelled level beside its change (name, target, actual, attainment, explanation)
LEVEL_AND_CHANGE = [
    pytest.param(
        "利用率",
        "较上年增长≥5%",
        "场馆利用率68%，较上年增长6.1%",
        "met",
        "实际较上年增长6.1%，达到年度指标较上年增长≥5%",
        id="object-label-met",
    ),
    pytest.param(
        "利用率",
        "较上年增长≥5%",
        "场馆利用率68%，较上年增长3.1%",
        "not_met",
        "实际较上年增长3.1%，未达年度指标较上年增长≥5%",
        id="object-label-not-met",
    ),
    pytest.param(
        "场馆利用率",
        "较上年增长≥5%",
        "较上年增长6.1%，场馆利用率68%",
        "met",
        "实际较上年增长6.1%，达到年度指标较上年增长≥5%",
        id="change-first",
    ),
    # near misses: two changes, or another measure, stay for a reader
    pytest.param(
        "利用率",
        "较上年增长≥5%",
        "较上年增长6.1%，同比提高2个百分点",
        "unknown",
        "年度指标为文字描述，实际完成情况需人工判断",
        id="two-changes",
    ),
    pytest.param(
        "旅游收入",
        "较上年增长≥5%",
        "较上年增长6.1%，接待游客68万人次",
        "unknown",
        "年度指标为文字描述，实际完成情况需人工判断",
        id="other-measure",
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"), LEVEL_AND_CHANGE
)
def test_level_and_change(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


# M1, the target quoted back after the figure (name, target, actual, attainment, explanation)
TARGET_QUOTED = [
    pytest.param(
        "森林火灾受害率",
        "≤0.9‰",
        "0.12‰，远低于0.9‰控制目标",
        "met",
        "实际0.12‰，达到年度指标≤0.9‰",
        id="far-below",
    ),
    pytest.param(
        "森林火灾受害率",
        "≤0.9‰",
        "0.12‰，低于0.9‰的控制目标",
        "met",
        "实际0.12‰，达到年度指标≤0.9‰",
        id="below-of",
    ),
    pytest.param(
        "抽检合格率",
        "≥95%",
        "98%，高于95%的年度目标",
        "met",
        "实际98%，达到年度指标≥95%",
        id="above-yearly",
    ),
    # near miss: another figure than the target's stays text
    pytest.param(
        "森林火灾受害率",
        "≤0.9‰",
        "0.12‰，低于1‰控制目标",
        "unknown",
        "实际“0.12‰，低于1‰控制目标”不是数值，无法与年度指标比较",
        id="other-figure",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), TARGET_QUOTED)
def test_target_quoted_back(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)


# M2, a count per period then the year's (name, target, actual, attainment, explanation)
PERIOD_AND_YEAR = [
    pytest.param(
        "应急演练",
        "每季度开展1次",
        "每季度1次，全年共4次",
        "met",
        "“每季度开展1次”全年计=4次；实际4次，达到年度指标=4次",
        id="quarterly-target",
    ),
    pytest.param(
        "应急演练",
        "≥4次",
        "每季度1次，全年共4次",
        "met",
        "实际4次，达到年度指标≥4次",
        id="yearly-target",
    ),
    pytest.param(
        "应急演练",
        "每月1次",
        "每月开展1次，全年累计12次",
        "met",
        "“每月1次”全年计=12次；实际12次，达到年度指标=12次",
        id="monthly",
    ),
    # near miss: the clauses disagree
    pytest.param(
        "应急演练",
        "每季度开展1次",
        "每季度1次，全年共3次",
        "unknown",
        "实际“每季度1次，全年共3次”不是数值，无法与年度指标比较",
        id="disagree",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), PERIOD_AND_YEAR)
def test_period_and_year(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert _self_verdict(name, target, actual) == (attainment, explanation)
