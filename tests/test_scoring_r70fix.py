"""r70fix: a change clause after an event count is the row's own only on a count row.

regress70 W1: ``受理投诉4起，同比下降20%`` on 投诉办结率 said the complaints fell, nothing
of the 办结率; the se33 M1 rule judged it (``not_met`` against 较上年提高). The rule now
applies only when the row counts the same events (its name ends in 次数, 起数, 件数, 宗数,
发生数 or 数量, or names the counted event noun) and is no rate, satisfaction or time.

Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import Attainment

TITLE = "2023年度项目支出绩效自评表"
BUDGET = [
    ["资金使用情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    ["年度资金总额", "500", "500", "500", "100%", "10", "10"],
]
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def verdict_of(name: str, target: str, actual: str) -> tuple[Attainment, str, list[str]]:
    """The attainment, explanation and finding ids of the row named *name*."""
    rows = [
        TITLE,
        *BUDGET,
        HEAD,
        ["效益指标", "社会效益指标", name, target, actual, "80", "80", ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""],
    ]
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    card = perftrack.score(table)
    verdict = card.verdicts[0]
    ids = sorted(
        f.id for f in card.findings if f.id in {"missing-deviation-reason", "full-points-not-met"}
    )
    return verdict.attainment, verdict.explanation, ids


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "投诉办结率",
            "较上年提高",
            "受理投诉4起，同比下降20%",
            (
                Attainment.UNKNOWN,
                "实际“受理投诉4起，同比下降20%”无法与年度指标“较上年提高”对照",
                [],
            ),
            id="rate-of-complaints-unknown",
        ),
        pytest.param(
            "投诉办结率",
            "较上年下降",
            "受理投诉4起，同比下降20%",
            (
                Attainment.UNKNOWN,
                "实际“受理投诉4起，同比下降20%”无法与年度指标“较上年下降”对照",
                [],
            ),
            id="rate-of-complaints-fall-unknown",
        ),
        pytest.param(
            "火灾扑救及时率",
            "较上年提高",
            "发生火灾4起，同比下降20%",
            (
                Attainment.UNKNOWN,
                "实际“发生火灾4起，同比下降20%”无法与年度指标“较上年提高”对照",
                [],
            ),
            id="timely-rate-of-fires-unknown",
        ),
        pytest.param(
            "来信办理满意度",
            "较上年提高",
            "收到群众来信40件，同比增长20%",
            (
                Attainment.UNKNOWN,
                "实际“收到群众来信40件，同比增长20%”无法与年度指标“较上年提高”对照",
                [],
            ),
            id="satisfaction-of-letters-unknown",
        ),
        pytest.param(
            "投诉处理时长",
            "较上年下降",
            "受理投诉40件，同比下降20%",
            (
                Attainment.UNKNOWN,
                "实际“受理投诉40件，同比下降20%”无法与年度指标“较上年下降”对照",
                [],
            ),
            id="time-of-complaints-unknown",
        ),
        pytest.param(
            "森林火灾发生次数",
            "较上年下降",
            "发生火灾4起，较上年增加1起",
            (
                Attainment.NOT_MET,
                "实际“发生火灾4起，较上年增加1起”，未达到“下降”",
                ["full-points-not-met", "missing-deviation-reason"],
            ),
            id="fire-count-rose-not-met",
        ),
        pytest.param(
            "安全事故起数",
            "较上年下降",
            "发生事故3起，较上年下降25%",
            (Attainment.MET, "实际“发生事故3起，较上年下降25%”，达到“下降”", []),
            id="accident-count-met",
        ),
        pytest.param(
            "案件发生数",
            "较上年下降",
            "发生案件12起，较上年减少3起",
            (Attainment.MET, "实际“发生案件12起，较上年减少3起”，达到“下降”", []),
            id="case-count-met",
        ),
        pytest.param(
            "执法检查次数",
            "较上年增长",
            "开展检查4次，较上年增长20%",
            (Attainment.MET, "实际“开展检查4次，较上年增长20%”，达到“增长”", []),
            id="inspection-count-met",
        ),
        pytest.param(
            "较大安全事故",
            "较上年下降",
            "发生事故3起，较上年下降25%",
            (Attainment.MET, "实际“发生事故3起，较上年下降25%”，达到“下降”", []),
            id="event-noun-named-met",
        ),
    ],
)
def test_change_after_event_count_only_on_count_rows(
    name: str, target: str, actual: str, expected: tuple[Attainment, str, list[str]]
) -> None:
    assert verdict_of(name, target, actual) == expected
