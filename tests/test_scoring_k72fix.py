"""Fixes of the s24 audit (k72fix).

1. A 偏差原因 counting no works unstarted (尚有0个未开工, 零个未开工) does not say the start
   deadline is missed: the zero guard of the actual's clause applies to the reason too.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Attainment, Progress, QualitativeValue, Range
from perftrack.scoring import score

_TRACK_HEAD = [
    ["省级财政项目支出绩效监控表"],
    ["监控时段：（2025年1-6月）"],
    ["项目名称", "城镇老旧小区改造补助", "主管部门", "某局", "实施单位", "某中心"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-6月实际完成值",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
    ],
]


def _tracked(name: str, target: str, actual: str, reason: str = "") -> tuple[str, str]:
    row = ["产出指标", "时效指标", name, target, actual, "已完成", reason, "有可能"]
    lines = [*_TRACK_HEAD, row]
    table = perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]
    verdict = score(table).verdicts[0]
    return verdict.attainment.value, verdict.progress.value


# ---------------------------------------------------------------------------
# 1: a reason counting none unstarted


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        pytest.param("尚有0个未开工", (Attainment.UNKNOWN, Progress.BEHIND), id="zero-digit"),
        pytest.param("尚有零个未开工", (Attainment.UNKNOWN, Progress.BEHIND), id="zero-word"),
        pytest.param("零个未开工", (Attainment.UNKNOWN, Progress.BEHIND), id="zero-bare"),
        pytest.param("剩余0处尚未动工", (Attainment.UNKNOWN, Progress.BEHIND), id="zero-left"),
        pytest.param("尚有3个未开工", (Attainment.NOT_MET, Progress.BEHIND), id="three"),
        pytest.param("尚有10个未开工", (Attainment.NOT_MET, Progress.BEHIND), id="ten-ends-0"),
        pytest.param("10个未开工", (Attainment.UNKNOWN, Progress.BEHIND), id="ten-bare"),
        pytest.param("尚有零星项目未开工", (Attainment.NOT_MET, Progress.BEHIND), id="scattered"),
        # regress72 W1: a decimal quantity and 零散/零碎 are some works, not none
        pytest.param(
            "尚有0.5公里路段未开工", (Attainment.NOT_MET, Progress.BEHIND), id="decimal-length"
        ),
        pytest.param(
            "尚有0.3万平方米未开工", (Attainment.NOT_MET, Progress.BEHIND), id="decimal-area"
        ),
        pytest.param("尚有零散项目未开工", (Attainment.NOT_MET, Progress.BEHIND), id="scattered-2"),
        pytest.param(
            "剩余零碎点位尚未开工", (Attainment.NOT_MET, Progress.BEHIND), id="scattered-3"
        ),
    ],
)
def test_reason_zero_unstarted(reason: str, expected: tuple[Attainment, Progress]) -> None:
    got = _tracked("项目开工时间", "5月底前全部开工", "已开工12个", reason)
    assert got == (expected[0].value, expected[1].value)


# ---------------------------------------------------------------------------
# 2: a late filing denied is no late filing and no work left undone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("未发现逾期备案", QualitativeValue("未发现逾期备案", "zero"), id="not-found"),
        pytest.param(
            "未发现逾期备案情况", QualitativeValue("未发现逾期备案情况", "zero"), id="case"
        ),
        pytest.param(
            "未出现报送不及时", QualitativeValue("未出现报送不及时", "zero"), id="not-seen"
        ),
        pytest.param(
            "不存在公布不及时", QualitativeValue("不存在公布不及时", "zero"), id="not-exist"
        ),
        # the late filing itself is 及时 negated (k28e; it was text)
        pytest.param(
            "公布不及时",
            QualitativeValue("及时", "timeliness", negation="不"),
            id="late-is-negated-word",
        ),
    ],
)
def test_late_filing_denied_parse(text: str, expected: object) -> None:
    assert perftrack.parse_value(text) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "备案时间",
            "6月底前完成备案",
            "未发现逾期备案",
            (Attainment.UNKNOWN, Progress.UNKNOWN),
            id="deadline-not-found",
        ),
        pytest.param(
            "备案时间",
            "6月底前完成备案",
            "未出现报送不及时",
            (Attainment.UNKNOWN, Progress.UNKNOWN),
            id="deadline-not-seen",
        ),
        pytest.param(
            "备案及时率",
            "=100%",
            "未发现逾期备案",
            (Attainment.UNKNOWN, Progress.ON_TRACK),
            id="rate-not-found",
        ),
        pytest.param(
            "备案及时率",
            "及时",
            "未发现逾期备案",
            (Attainment.UNKNOWN, Progress.ON_TRACK),
            id="timely-not-found",
        ),
        pytest.param(
            "信息公布时间",
            "6月底前",
            "公布不及时",
            (Attainment.NOT_MET, Progress.BEHIND),
            id="control-late",
        ),
    ],
)
def test_late_filing_denied_verdict(
    name: str, target: str, actual: str, expected: tuple[Attainment, Progress]
) -> None:
    assert _tracked(name, target, actual) == (expected[0].value, expected[1].value)


# ---------------------------------------------------------------------------
# 3: a run of tildes is one range sign; a range of equal ends stays a range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("3%--5%", Range(Decimal(3), Decimal(5), "%"), id="dashes"),
        pytest.param("3%——5%", Range(Decimal(3), Decimal(5), "%"), id="long-dashes"),
        pytest.param("3%~~5%", Range(Decimal(3), Decimal(5), "%"), id="tildes"),
        pytest.param("3%～～5%", Range(Decimal(3), Decimal(5), "%"), id="wide-tildes"),
        pytest.param("5%--5%", Range(Decimal(5), Decimal(5), "%"), id="equal-dashes"),
        pytest.param("5%——5%", Range(Decimal(5), Decimal(5), "%"), id="equal-long-dashes"),
        pytest.param("5%~~5%", Range(Decimal(5), Decimal(5), "%"), id="equal-tildes"),
        pytest.param("5-5%", Range(Decimal(5), Decimal(5), "%"), id="equal-one-unit"),
        pytest.param("5%~5%", Range(Decimal(5), Decimal(5), "%"), id="equal-tilde"),
    ],
)
def test_range_signs(text: str, expected: Range) -> None:
    assert perftrack.parse_target(text) == expected


# ---------------------------------------------------------------------------
# 4: rates of correcting, recovering, dealing with cases are better higher


def _suspect(name: str, target: str, actual: str) -> tuple[str, bool]:
    row = ["产出指标", "质量指标", name, target, actual, "已完成", "", "有可能"]
    table = perftrack.read_text("\n".join("\t".join(line) for line in [*_TRACK_HEAD, row]))[0]
    result = score(table)
    flagged = any(finding.id == "target-direction-suspect" for finding in result.findings)
    return result.verdicts[0].attainment.value, flagged


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param("差错更正率", "≤10%", "5%", (Attainment.MET, True), id="correct"),
        pytest.param("欠款清收率", "≤10%", "5%", (Attainment.MET, True), id="recover-debt"),
        pytest.param("违法案件查处率", "≤10%", "5%", (Attainment.MET, True), id="deal-cases"),
        pytest.param("违规资金追缴率", "≤10%", "5%", (Attainment.MET, True), id="recover-funds"),
        pytest.param("损失挽回率", "≤10%", "5%", (Attainment.MET, True), id="retrieve"),
        pytest.param("矛盾纠纷化解率", "≤10%", "5%", (Attainment.MET, True), id="resolve"),
        pytest.param("逾期更正率", "≤10%", "5%", (Attainment.MET, False), id="late-is-lower"),
        pytest.param("差错率", "≤10%", "5%", (Attainment.MET, False), id="control-error-rate"),
        pytest.param("差错更正率", "≥90%", "95%", (Attainment.MET, False), id="floor-met"),
        pytest.param("欠款清收率", "≥90%", "95%", (Attainment.MET, False), id="floor-met-debt"),
        # regress72 W2: a bare 更正率 is the share of records needing correction, better lower
        pytest.param("统计数据更正率", "≤3%", "5%", (Attainment.PENDING, False), id="data-fixes"),
        pytest.param("信息更正率", "≤5%", "2%", (Attainment.MET, False), id="info-fixes"),
        pytest.param("错误更正率", "≤10%", "5%", (Attainment.MET, True), id="errors-corrected"),
    ],
)
def test_recovery_rates_higher(
    name: str, target: str, actual: str, expected: tuple[Attainment, bool]
) -> None:
    assert _suspect(name, target, actual) == (expected[0].value, expected[1])
