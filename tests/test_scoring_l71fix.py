"""l71: a start deadline missed by the actual's own words, late publishing, water words.

1. Under a passed 开工 deadline an actual that says works are not started is not met
   (``已开工12个，3个未开工``, ``开工12个（计划20个）``, ``已开工12个，剩余3个6月开工``);
   ``已开工12个`` alone under ``5月底前开工`` stays done.
2. On a time limit or a deadline, a publishing or filing verb with a negated on-time
   word (``公布不及时``, ``逾期备案``) is not met, as ``未按时公布`` is.
3. ``原水``, ``出水``, ``饮水``, ``进水`` name water: a 吨 of it is a 立方米.

Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Attainment

MONITOR = [
    ["省级财政项目支出绩效监控表"],
    ["监控时段：（2025年1-6月）"],
    ["项目名称", "城镇老旧小区改造补助", "主管部门", "某市住房和城乡建设局"],
    ["预算执行情况（万元）", "年初预算数", "全年预算数", "1-6月执行数", "执行率"],
    ["年度资金总额", "5000.00", "5000.00", "2500.00", "50.00%"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-6月实际完成值",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
        "备注",
    ],
]

SELF_EVAL = [
    ["2025年度项目支出绩效自评表"],
    ["资金使用情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额", "500", "500", "500", "100%"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]


def verdict_of(rows: list[list[str]]) -> perftrack.Verdict:
    """The one verdict of the one table of *rows*."""
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    (verdict,) = perftrack.score(table).verdicts
    return verdict


def monitored(name: str, target: str, actual: str) -> perftrack.Verdict:
    """The verdict of a 1-6月 monitor row (reason 部分小区居民意见未统一)."""
    row = [
        "产出指标",
        "时效指标",
        name,
        target,
        actual,
        "已完成",
        "部分小区居民意见未统一",
        "有可能",
        "",
    ]
    return verdict_of([*MONITOR, row])


def self_evaluated(second: str, name: str, target: str, actual: str) -> perftrack.Verdict:
    """The verdict of a year-end 自评表 row."""
    row = ["产出指标", second, name, target, actual, "90", "90"]
    return verdict_of([*SELF_EVAL, row])


_UNKNOWN_TAIL = "；全年预计“已完成”已不适用，以实际完成情况为准"


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "小区开工时间",
            "5月底前全部开工",
            "已开工12个，3个未开工",
            Attainment.NOT_MET,
            "截止日期2025-05-31已到，实际说明“3个未开工”" + _UNKNOWN_TAIL,
            id="k3-count-unstarted",
        ),
        pytest.param(
            "项目开工时间",
            "2025年5月底前",
            "开工12个（计划20个）",
            Attainment.NOT_MET,
            "截止日期2025-05-31已到，实际说明“开工12个（计划20个）”" + _UNKNOWN_TAIL,
            id="k7-part-of-plan",
        ),
        pytest.param(
            "项目开工时间",
            "2025年5月底前全部开工",
            "已开工12个，剩余3个6月开工",
            Attainment.NOT_MET,
            "截止日期2025-05-31已到，实际说明“剩余3个6月开工”" + _UNKNOWN_TAIL,
            id="k8-rest-later-month",
        ),
        pytest.param(
            "项目开工时间",
            "2025年5月底前",
            "已开工12个，另有3个未开工",
            Attainment.NOT_MET,
            "截止日期2025-05-31已到，实际说明“另有3个未开工”" + _UNKNOWN_TAIL,
            id="k9-another-unstarted",
        ),
        # a count of none unstarted is all started: never not_met (regress71 W1)
        pytest.param(
            "项目开工时间",
            "2025年5月底前",
            "计划开工15个，已开工15个，0个未开工",
            Attainment.UNKNOWN,
            None,
            id="zero-unstarted",
        ),
        pytest.param(
            "项目开工时间",
            "2025年5月底前全部开工",
            "已开工15个，剩余0个6月开工",
            Attainment.UNKNOWN,
            None,
            id="zero-later",
        ),
    ],
)
def test_start_deadline_actual_admits_unstarted(
    name: str, target: str, actual: str, attainment: Attainment, explanation: str | None
) -> None:
    verdict = monitored(name, target, actual)
    assert verdict.attainment is attainment
    if explanation is not None:
        assert verdict.explanation == explanation


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "5月底前开工",
            "已开工12个",
            Attainment.MET,
            "实际“已开工12个”，已完成（截止2025-05-31）",
            id="count-alone-stays-done",
        ),
        pytest.param(
            "5月底前开工",
            "已开工12个，剩余3个2026年3月开工",
            Attainment.NOT_MET,
            "截止日期2025-05-31已到，实际说明“剩余3个2026年3月开工”",
            id="rest-next-year",
        ),
        # a month not after the due date says nothing of a miss: as before
        pytest.param(
            "5月底前开工",
            "已开工12个，剩余3个5月开工",
            Attainment.UNKNOWN,
            "截止日期2025-05-31已到，实际“已开工12个，剩余3个5月开工”无法判断是否完成",
            id="rest-same-month-as-before",
        ),
    ],
)
def test_start_deadline_year_end(
    target: str, actual: str, attainment: Attainment, explanation: str
) -> None:
    verdict = self_evaluated("时效指标", "项目开工时间", target, actual)
    assert (verdict.attainment, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "20个工作日内",
            "公布不及时",
            Attainment.NOT_MET,
            "实际“公布不及时”，未在时限内完成",
            id="limit-gongbu-bujishi",
        ),
        pytest.param(
            "20个工作日内",
            "逾期备案",
            Attainment.NOT_MET,
            "实际“逾期备案”，未在时限内完成",
            id="limit-yuqi-beian",
        ),
        pytest.param(
            "20个工作日内",
            "不按时公开",
            Attainment.NOT_MET,
            "实际“不按时公开”，未在时限内完成",
            id="limit-buanshi-gongkai",
        ),
        pytest.param(
            "20个工作日内",
            "报送不及时",
            Attainment.NOT_MET,
            "实际“报送不及时”，未在时限内完成",
            id="limit-baosong-bujishi",
        ),
        pytest.param(
            "20个工作日内",
            "按时公布",
            Attainment.MET,
            "实际“按时公布”，在时限内完成",
            id="limit-anshi-gongbu-as-before",
        ),
        pytest.param(
            "2025年6月底前",
            "公布不及时",
            Attainment.NOT_MET,
            "实际“公布不及时”，截止日期2025-06-30已到",
            id="deadline-gongbu-bujishi",
        ),
        pytest.param(
            "2025年6月底前",
            "逾期备案",
            Attainment.NOT_MET,
            "截止日期2025-06-30已到，实际“逾期备案”",
            id="deadline-yuqi-beian",
        ),
        pytest.param(
            "2025年6月底前",
            "不按时公开",
            Attainment.NOT_MET,
            "截止日期2025-06-30已到，实际“不按时公开”",
            id="deadline-buanshi-gongkai",
        ),
        pytest.param(
            "2025年6月底前",
            "未按时上报",
            Attainment.NOT_MET,
            "截止日期2025-06-30已到，实际“未按时上报”",
            id="deadline-weianshi-shangbao-as-before",
        ),
        pytest.param(
            "2025年6月底前",
            "报送不及时",
            Attainment.NOT_MET,
            "实际“报送不及时”，截止日期2025-06-30已到",
            id="deadline-baosong-bujishi",
        ),
    ],
)
def test_late_publishing_or_filing(
    target: str, actual: str, attainment: Attainment, explanation: str
) -> None:
    verdict = self_evaluated("时效指标", "抽检结果公布时限", target, actual)
    assert (verdict.attainment, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "原水供应量",
            "≥100万吨",
            "102万立方米",
            Attainment.MET,
            "实际102万吨，达到年度指标≥100万吨",
            id="yuanshui",
        ),
        pytest.param(
            "出水总量",
            "≥100万立方米",
            "102万吨",
            Attainment.MET,
            "实际102万立方米，达到年度指标≥100万立方米",
            id="chushui",
        ),
        pytest.param(
            "农村饮水工程供应量",
            "≥100万吨",
            "102万立方米",
            Attainment.MET,
            "实际102万吨，达到年度指标≥100万吨",
            id="yinshui",
        ),
        pytest.param(
            "日均进水总量",
            "≥100万吨",
            "98万立方米",
            Attainment.NOT_MET,
            "实际98万吨，未达年度指标≥100万吨",
            id="jinshui",
        ),
    ],
)
def test_water_words(
    name: str, target: str, actual: str, attainment: Attainment, explanation: str
) -> None:
    verdict = self_evaluated("数量指标", name, target, actual)
    assert (verdict.attainment, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("name", "target", "actual"),
    [
        # 出水/进水 inside another word is no water: 吨 and 立方米 stay apart (regress71 W2)
        pytest.param("引进水产苗种数量", "≥1万吨", "1.2万立方米", id="yinjin-shuichan"),
        pytest.param("调出水泥量", "≥10万吨", "12万立方米", id="diaochu-shuini"),
    ],
)
def test_water_words_inside_other_words(name: str, target: str, actual: str) -> None:
    verdict = self_evaluated("数量指标", name, target, actual)
    assert verdict.attainment is Attainment.UNKNOWN
