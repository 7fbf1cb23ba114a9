"""letter21 fixes: bare quarter columns, a survey scheduled later, judgements against the result.

Fixtures are tab-separated tables written here. Each case asserts the exact letter sentence
or the exact findings that the fix changes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.model import Breakdown
from perftrack.reports._review import review

if TYPE_CHECKING:
    from perftrack.scoring import Scorecard

_QUARTERS = """2026年度项目绩效运行监控表
（2026年1-9月）
项目名称\t农村公路养护工程
项目资金（万元）\t\t年初预算数\t全年预算数\t1-9月执行数\t执行率
\t年度资金总额\t1200.00\t1200.00\t900.00\t75%
一级指标\t二级指标\t三级指标\t年度指标值\t{q1}\t{q2}\t{q3}\t全年预计完成值\t偏差原因分析\t纠偏措施
产出指标\t数量指标\t农村公路养护里程\t≥450公里\t80\t90\t60\t450\t雨季施工受阻\t
产出指标\t质量指标\t路面技术状况指数(PQI)\t≥80\t78\t79\t80\t80\t\t
"""

_TRACKING = """2026年财政项目支出绩效跟踪表
跟踪时段：（ 2026-1月 至 2026-6月 ）
项目名称\t河道保洁养护
预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t240.00\t120.00\t118.00\t98.33
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析\t纠偏措施
产出指标\t数量指标\t河道保洁长度\t≥85公里\t85\t85\t\t
满意度指标\t服务对象满意度指标\t周边居民满意度\t≥90%\t≥90%\t{actual}\t{reason}\t
绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成
\t年度绩效目标完成可能性\t确定能完成
"""

_NO_REASON = """2026年财政项目支出绩效跟踪表
跟踪时段：（ 2026-1月 至 2026-8月 ）
项目名称\t老年人助餐服务补贴
预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t600.00\t600.00\t400.00\t66.67
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t完成目标可能性
产出指标\t数量指标\t助餐点建成数量\t≥20个\t14\t9\t有可能完成
产出指标\t数量指标\t受益老人人次\t≥36000人次\t24000\t25000\t{ahead}
产出指标\t质量指标\t食品安全抽检合格率\t100%\t100%\t100%\t{met}
绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成
\t年度绩效目标完成可能性\t确定能完成
纠偏措施\t已增加助餐点选址
"""

_POINTS = """2025年度项目支出绩效自评表
项目名称\t社区卫生服务能力提升
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t500.00\t500.00\t500.00\t10\t100%\t10
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
产出指标\t数量指标\t培训医务人员人次\t≥600人次\t620人次\t40\t40\t
产出指标\t质量指标\t设备验收合格率\t100%\t100%\t{weight}\t10\t
效益指标\t社会效益指标\t基层诊疗人次增长率\t≥5%\t5.2%\t20\t{points}\t
满意度指标\t服务对象满意度指标\t就诊居民满意度\t≥90%\t93%\t20\t20\t
总分\t\t\t\t\t100\t{total}\t自评等级\t优
"""


def _card(text: str) -> Scorecard:
    return perftrack.score(perftrack.read_text(text, format="text")[0])


def _problems(card: Scorecard) -> str:
    return review(card).split("存在以下问题：", 1)[-1]


def _findings(card: Scorecard, *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in card.findings if f.id in ids]


# --- H1: 一季度 | 二季度 | 三季度 with no 完成值 word are the actual's parts -------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param(
            ("一季度", "二季度", "三季度"),
            ("230", ("一季度", "二季度", "三季度")),
            id="bare-quarters",
        ),
        pytest.param(
            ("一季度完成值", "二季度完成值", "三季度完成值"),
            ("230", ("一季度完成值", "二季度完成值", "三季度完成值")),
            id="named-quarters-as-before",
        ),
        pytest.param(
            ("1-3月", "4-6月", "7-9月"),
            ("230", ("1-3月", "4-6月", "7-9月")),
            id="bare-months",
        ),
    ],
)
def test_bare_quarter_headers_are_read_as_actual_parts(
    headers: tuple[str, str, str], expected: tuple[str, tuple[str, ...]]
) -> None:
    q1, q2, q3 = headers
    table = perftrack.read_text(_QUARTERS.format(q1=q1, q2=q2, q3=q3), format="text")[0]
    row = table.indicators[0]
    total, labels = expected
    assert row.actual is not None
    assert row.actual.value == Decimal(total)  # type: ignore[union-attr]
    parts = [part for part in row.parts if part.role == "actual"]
    assert [part.label for part in parts] == list(labels)
    assert all(isinstance(part, Breakdown) for part in parts)


def test_bare_quarters_letter_says_no_missing_actual() -> None:
    card = _card(_QUARTERS.format(q1="一季度", q2="二季度", q3="三季度"))
    assert _findings(card, "missing-actual") == []
    assert "未填写实际完成值" not in review(card)


# --- H2: an empty actual whose reason schedules the survey later is not behind ------------


@pytest.mark.parametrize(
    ("actual", "reason", "expected"),
    [
        pytest.param("", "年底测评", ("unknown", []), id="reason-says-year-end"),
        pytest.param("", "年底开展调查", ("unknown", []), id="reason-says-survey-later"),
        pytest.param(
            "",
            "人员不足",
            ("behind", ["missing-actual", "missing-corrective-measures"]),
            id="a-reason",
        ),
    ],
)
def test_survey_scheduled_in_the_reason(
    actual: str, reason: str, expected: tuple[str, list[str]]
) -> None:
    card = _card(_TRACKING.format(actual=actual, reason=reason))
    verdict = card.verdicts[1]
    ids = [f.id for f in card.findings if f.id in ("missing-corrective-measures", "missing-actual")]
    assert (verdict.progress.value, ids) == expected


def test_survey_scheduled_in_the_reason_letter() -> None:
    letter = review(_card(_TRACKING.format(actual="", reason="年底测评")))
    assert letter.endswith(
        "共设置绩效指标2项，已完成1项，无法判断1项。存在以下问题："
        "绩效指标设置不够规范，缺少效益指标。建议细化量化绩效指标。"
    )


# --- H3 and M4: judgements against the result on a form without a 偏差原因 column ---------


@pytest.mark.parametrize(
    ("ahead", "met", "expected"),
    [
        pytest.param(
            "确定能完成",
            "完全不可能",
            [
                (
                    "missing-deviation-reason",
                    (
                        "“食品安全抽检合格率”已达成年度指标，但完成目标可能性判断为“完全不可能”，"
                        "与已达成的结果矛盾"
                    ),
                ),
                (
                    "missing-deviation-reason",
                    "表中未设偏差原因分析栏目，1项指标（“助餐点建成数量”）存在偏差，无处说明原因",
                ),
            ],
            id="met-judged-impossible",
        ),
        pytest.param(
            "完全不可能",
            "确定能完成",
            [
                (
                    "missing-deviation-reason",
                    (
                        "“受益老人人次”进度符合计划，但完成目标可能性判断为“完全不可能”，"
                        "未说明判断依据"
                    ),
                ),
                (
                    "missing-deviation-reason",
                    "表中未设偏差原因分析栏目，1项指标（“助餐点建成数量”）存在偏差，无处说明原因",
                ),
            ],
            id="on-plan-judged-impossible",
        ),
    ],
)
def test_no_reason_column_judged_rows_findings(
    ahead: str, met: str, expected: list[tuple[str, str]]
) -> None:
    card = _card(_NO_REASON.format(ahead=ahead, met=met))
    assert _findings(card, "missing-deviation-reason") == expected


@pytest.mark.parametrize(
    ("ahead", "met", "expected"),
    [
        pytest.param(
            "确定能完成",
            "完全不可能",
            (
                "表中未设偏差原因分析栏目，有1项指标存在偏差，无处说明原因（“助餐点建成数量”）；"
                "有1项指标已达成年度指标，但完成目标可能性判断为“完全不可能”，"
                "与已达成的结果矛盾（“食品安全抽检合格率”）"
            ),
            id="met-judged-impossible",
        ),
        pytest.param(
            "完全不可能",
            "确定能完成",
            (
                "表中未设偏差原因分析栏目，有1项指标存在偏差，无处说明原因（“助餐点建成数量”）；"
                "有1项指标进度符合计划，但完成目标可能性判断为“完全不可能”，"
                "未说明判断依据（“受益老人人次”）"
            ),
            id="on-plan-judged-impossible",
        ),
    ],
)
def test_no_reason_column_judged_rows_letter(ahead: str, met: str, expected: str) -> None:
    letter = _problems(_card(_NO_REASON.format(ahead=ahead, met=met)))
    first, second = expected.split("；")
    assert f"是{first}；" in letter
    assert f"是{second}；" in letter


def test_met_row_judged_impossible_is_no_sign_of_optimism() -> None:
    card = _card(_NO_REASON.format(ahead="确定能完成", met="完全不可能"))
    assert [m for i, m in _findings(card, "judgement-optimistic") if "绩效目标" in m] == [
        "绩效目标完成可能性判断为“确定能完成”，但“助餐点建成数量”进度落后或未完成"
    ]


# --- M3: a blank 分值 is said once, not as a 得分 against the result ----------------------


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        pytest.param(
            "20",
            "自评打分存在差错，各项分值合计不为100分，其中有1项指标未设分值（“设备验收合格率”），"
            "按0分计。建议复核自评分值与得分。",
            id="blank-weight-met",
        ),
        pytest.param(
            "10",
            "自评打分存在差错，各项得分合计90.00分，与表中总分100.00分不符，各项分值合计不为100分，"
            "其中有1项指标未设分值（“设备验收合格率”），按0分计，"
            "有1项指标的自评得分与完成情况不符（“基层诊疗人次增长率”）。建议复核自评分值与得分。",
            id="printed-points-disagree",
        ),
    ],
)
def test_blank_weight_is_no_points_mismatch(points: str, expected: str) -> None:
    card = _card(_POINTS.format(weight="", points=points, total="100"))
    assert _problems(card) == expected


# --- L2, L3: advice said once, the comma before 无处填写纠偏措施 ---------------------------

_NO_MEASURES = """2026年财政项目支出绩效跟踪表
跟踪时段：（ 2026-1月 至 2026-8月 ）
项目名称\t老年人助餐服务补贴
预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t600.00\t600.00\t150.00\t25.00
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t完成目标可能性\t偏差原因分析
产出指标\t数量指标\t助餐点建成数量\t≥20个\t14\t9\t有可能完成\t选址困难
产出指标\t质量指标\t食品安全抽检合格率\t100%\t100%\t100%\t完全不可能\t
绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成
\t年度绩效目标完成可能性\t确定能完成
"""


def test_judgement_advice_once_and_comma() -> None:
    letter = review(_card(_NO_MEASURES))
    advice = letter.rsplit("建议", 1)[-1]
    assert advice.count("判断") == 1
    assert (
        "表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，无处填写纠偏措施"
        in letter
    )
