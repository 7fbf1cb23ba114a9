"""Fixes of the regress68/regress69 audits (m70fix).

U1 (regress68): a deadline passed with the verdict unknown is never 正常: behind when the
    row's 偏差原因分析 reports a deviation (spec §4 rule 5), unknown when it is empty; a
    reason admitting works not started (尚有3个未开工) makes the verdict not_met.
M1 (regress69): a failure word naming what a handling rate handles (差错整改完成率,
    违规问题整改率, 退回整改完成率) leaves the share better higher: ``≤90%`` is a slip.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Attainment, Progress
from perftrack.scoring import score

# ---------------------------------------------------------------------------
# U1: a deadline passed, the verdict undecided

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


def _tracked(target: str, actual: str, forecast: str, reason: str) -> tuple[str, str, str]:
    row = ["产出指标", "时效指标", "项目开工时间", target, actual, forecast, reason, "有可能"]
    lines = [*_TRACK_HEAD, row]
    table = perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]
    verdict = score(table).verdicts[0]
    return verdict.attainment.value, verdict.progress.value, verdict.explanation


@pytest.mark.parametrize(
    ("target", "actual", "forecast", "reason", "expected"),
    [
        pytest.param(
            "5月底前全部开工",
            "已开工12个",
            "已完成",
            "部分小区居民意见未统一",
            (Attainment.UNKNOWN, Progress.BEHIND),
            id="reason-stated-behind",
        ),
        pytest.param(
            "5月底前全部开工",
            "已开工12个",
            "已完成",
            "",
            (Attainment.UNKNOWN, Progress.UNKNOWN),
            id="no-reason-unknown",
        ),
        pytest.param(
            "5月底前全部开工",
            "已开工12个",
            "已完成",
            "居民意见未统一，尚有3个未开工",
            (Attainment.NOT_MET, Progress.BEHIND),
            id="reason-unstarted-not-met",
        ),
        pytest.param(
            "5月底前全部开工",
            "已开工12个",
            "已完成",
            "部分项目未开工",
            (Attainment.NOT_MET, Progress.BEHIND),
            id="reason-some-unstarted-not-met",
        ),
        pytest.param(
            "10月底前全部开工",
            "已开工12个",
            "已完成",
            "",
            (Attainment.PENDING, Progress.ON_TRACK),
            id="control-before-due",
        ),
    ],
)
def test_deadline_passed_undecided(
    target: str, actual: str, forecast: str, reason: str, expected: tuple[Attainment, Progress]
) -> None:
    attainment, progress, _ = _tracked(target, actual, forecast, reason)
    assert (attainment, progress) == (expected[0].value, expected[1].value)


def test_deadline_passed_unstarted_reason_text() -> None:
    assert _tracked("5月底前全部开工", "已开工12个", "已完成", "尚有3个未开工")[2] == (
        "截止日期2025-05-31已到，偏差原因说明“尚有3个未开工”；"
        "全年预计“已完成”已不适用，以实际完成情况为准"
    )


# ---------------------------------------------------------------------------
# M1: the object of the handling before a handling rate

_HEAD = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "某某项目"],
    ["主管部门", "县某局", "实施单位", "县某中心"],
    ["项目资金（万元）", "年度资金总额", "500.00"],
    ["年度绩效目标", "完成年度建设任务。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
]
_SLIP = "“{}”越高越好，年度指标“{}”为上限，疑似方向设置错误（应为“≥”下限）"


@pytest.mark.parametrize(
    ("name", "target", "expected"),
    [
        pytest.param("差错整改完成率", "≤90%", [_SLIP.format("差错整改完成率", "≤90%")], id="chacuo"),
        pytest.param("违规问题整改率", "≤90%", [_SLIP.format("违规问题整改率", "≤90%")], id="weigui"),
        pytest.param("退回整改完成率", "≤90%", [_SLIP.format("退回整改完成率", "≤90%")], id="tuihui"),
        pytest.param("退回整改完成率", "≤5%", [_SLIP.format("退回整改完成率", "≤5%")], id="tuihui-5"),
        pytest.param("违法案件办结率", "≤90%", [_SLIP.format("违法案件办结率", "≤90%")], id="weifa-banjie"),
        pytest.param("问题整改完成率", "≤90%", [_SLIP.format("问题整改完成率", "≤90%")], id="control-wenti"),
        pytest.param("逾期整改率", "≤5%", [], id="yuqi"),
        pytest.param("重复整改率", "≤3%", [], id="chongfu"),
        pytest.param("二次整改率", "≤10%", [], id="erci"),
        pytest.param("返工整改率", "≤3%", [], id="fangong"),
        pytest.param("超期办结率", "≤3%", [], id="chaoqi"),
        pytest.param("差错逾期整改率", "≤5%", [], id="object-and-act"),
        pytest.param("违规使用率", "≤5%", [], id="weigui-not-handling"),
        pytest.param("投诉不及时处理率", "≤2%", [], id="bu-jishi"),
    ],
)  # fmt: skip
def test_handled_object_word(name: str, target: str, expected: list[str]) -> None:
    lines = [*_HEAD, ["产出指标", "质量指标", name, target]]
    table = perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]
    found = [f.message for f in score(table).findings if f.id == "target-direction-suspect"]
    assert found == expected
