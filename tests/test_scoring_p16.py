"""Fixes from the parse16 report (气象, 档案, 人防, 粮食储备, 林草防火, 知识产权, 退役军人, 残联).

H1: an actual noted as last year's figure (93%（2024年度测评）, 上年度测评93%) is no result
of the table's year: unknown at the year's end, as a forecast (预计92%) is.
H3: 正在完善 is work going on, judged as 持续完善 (met against 逐步完善, partial against 健全).
M1: 10月初, 11月中 are dates (the month's 上旬, 中旬), so deadlines judge them.
M2: no unit mismatch when the name carries the actual's denominator (单台, 每万人口, 单价),
or when every case fell within the time a rate is named for (全部在24小时内扑灭).
M5: a restated target then a 其中 clause (轮换1.3万吨，其中0.2万吨跨年度) is the figure restated.
"""

from __future__ import annotations

import pytest

from perftrack import parse_value
from perftrack.expressions import DateValue, Part
from perftrack.model import TableKind
from scoring_builders import by_id, indicator, score_one

_YEAR = 2025
_SELF = (_YEAR, 1, _YEAR, 12)
_TRACKING = (_YEAR, 1, _YEAR, 8)


def _judged(
    name: str, target: str, actual: str, *, period: tuple[int, int, int, int] = _SELF
) -> tuple[str, str, list[str]]:
    kind = TableKind.SELF_EVALUATION if period == _SELF else TableKind.TRACKING
    card = score_one(
        indicator(name, target, actual, year=_YEAR, points=4, weight=4), period=period, kind=kind
    )
    verdict = card.verdicts[0]
    warnings = [
        f"{f.id}: {f.message}"
        for f in card.findings
        if f.id in ("unit-mismatch", "deadline-passed", "full-points-not-met")
    ]
    return verdict.attainment.value, verdict.explanation, warnings


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "93%（2024年度测评）",
            (
                "unknown",
                "实际“93%（2024年度测评）”为上年度数据，不是实际完成值，无法判断是否达到年度指标",
                [],
            ),
            id="earlier-year-note",
        ),
        pytest.param(
            "93%（上年数）",
            (
                "unknown",
                "实际“93%（上年数）”为上年度数据，不是实际完成值，无法判断是否达到年度指标",
                [],
            ),
            id="last-year-note",
        ),
        pytest.param(
            "93%（沿用上年测评结果）",
            (
                "unknown",
                "实际“93%（沿用上年测评结果）”为上年度数据，不是实际完成值，无法判断是否达到年度指标",
                [],
            ),
            id="reused-note",
        ),
        pytest.param(
            "93%（去年）",
            (
                "unknown",
                "实际“93%（去年）”为上年度数据，不是实际完成值，无法判断是否达到年度指标",
                [],
            ),
            id="qunian-note",
        ),
        pytest.param(
            "上年度测评93%",
            (
                "unknown",
                "实际“上年度测评93%”为上年度数据，不是实际完成值，无法判断是否达到年度指标",
                [],
            ),
            id="last-year-label",
        ),
        pytest.param(
            "2024年测评93%",
            (
                "unknown",
                "实际“2024年测评93%”为上年度数据，不是实际完成值，无法判断是否达到年度指标",
                [],
            ),
            id="earlier-year-label",
        ),
        # the table's own year is this year's survey
        pytest.param(
            "93%（2025年度测评）",
            ("met", "实际93%，达到年度指标≥90%", []),
            id="this-year-note",
        ),
        # a base of a change is a figure, no year's label
        pytest.param(
            "93%（第三方测评）", ("met", "实际93%，达到年度指标≥90%", []), id="plain-note"
        ),
    ],
)
def test_last_years_figure_is_no_result(actual: str, expected: tuple[str, str, list[str]]) -> None:
    assert _judged("群众满意度", "≥90%", actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "period", "expected"),
    [
        pytest.param(
            "知识产权保护社会满意度",
            "≥80分",
            "82.3分（上年度第三方测评结果）",
            _SELF,
            (
                "unknown",
                "实际“82.3分（上年度第三方测评结果）”为上年度数据，不是实际完成值，无法判断是否达到年度指标",
                [],
            ),
            id="score-points",
        ),
        pytest.param(
            "群众满意度",
            "≥90%",
            "93%（上年度数据）",
            _TRACKING,
            ("pending", "实际“93%（上年度数据）”为上年度数据，不是实际完成值，截止日期未到", []),
            id="tracking-not-due",
        ),
        # a word the name holds is the measure (上年结转资金): no stale figure
        pytest.param(
            "上年结转资金支出",
            "≥90万元",
            "95万元（上年）",
            _SELF,
            ("met", "实际95万元，达到年度指标≥90万元", []),
            id="name-holds-the-word",
        ),
    ],
)
def test_last_years_figure_elsewhere(
    name: str,
    target: str,
    actual: str,
    period: tuple[int, int, int, int],
    expected: tuple[str, str, list[str]],
) -> None:
    assert _judged(name, target, actual, period=period) == expected


@pytest.mark.parametrize(
    ("target", "actual", "period", "expected"),
    [
        pytest.param(
            "逐步完善",
            "正在完善",
            _SELF,
            ("met", "实际“正在完善”，达到“逐步完善”", []),
            id="gradual",
        ),
        pytest.param(
            "进一步健全",
            "正在完善",
            _SELF,
            ("met", "实际“正在完善”，达到“进一步健全”", []),
            id="further-sound",
        ),
        pytest.param(
            "进一步完善",
            "正在完善",
            _SELF,
            ("met", "实际“正在完善”，达到“进一步完善”", []),
            id="further-perfect",
        ),
        pytest.param(
            "持续完善",
            "正在完善中",
            _SELF,
            ("met", "实际“正在完善中”，达到“持续完善”", []),
            id="ongoing",
        ),
        # as 持续完善 against 健全: a degree of work going on reaches part of it
        pytest.param(
            "健全", "正在健全", _SELF, ("partial", "实际“正在健全”，部分达到“健全”", []), id="sound"
        ),
        pytest.param(
            "逐步完善",
            "正在完善",
            _TRACKING,
            ("met", "实际“正在完善”，达到“逐步完善”", []),
            id="tracking",
        ),
        # work under way on something else is no soundness word
        pytest.param(
            "逐步完善",
            "正在施工",
            _SELF,
            (
                "not_met",
                "实际“正在施工”，年底仍未完成",
                ["full-points-not-met: “长效机制”未完成目标却得满分（填报得分4，计算得分0.00）"],
            ),
            id="other-work",
        ),
    ],
)
def test_work_going_on_is_judged_as_chixu(
    target: str,
    actual: str,
    period: tuple[int, int, int, int],
    expected: tuple[str, str, list[str]],
) -> None:
    assert _judged("长效机制", target, actual, period=period) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("10月初完成", (_YEAR, 10, Part.EARLY, True), id="early-done"),
        pytest.param("11月初", (_YEAR, 11, Part.EARLY, False), id="early"),
        pytest.param("已于10月初完成", (_YEAR, 10, Part.EARLY, True), id="lead-in"),
        pytest.param("10月中完成", (_YEAR, 10, Part.MID, True), id="mid-done"),
        pytest.param("11月上旬完成", (_YEAR, 11, Part.EARLY, True), id="xun-unchanged"),
        # 初步 and 中央 are words of their own, a 开工 no completion
        pytest.param("6月初步验收", None, id="chubu"),
        pytest.param("6月中央资金到位", None, id="zhongyang"),
        pytest.param("10月初开工", None, id="start"),
        pytest.param("10月初基本完成", None, id="basically"),
    ],
)
def test_month_parts_are_dates(text: str, expected: tuple[int, int, Part, bool] | None) -> None:
    value = parse_value(text, year=_YEAR)
    if expected is None:
        assert not isinstance(value, DateValue)
    else:
        assert isinstance(value, DateValue)
        assert (value.year, value.month, value.part, value.status is not None) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "10月初完成",
            ("met", "实际“10月初完成”，未晚于截止日期2025-10-31", []),
            id="early-in-time",
        ),
        pytest.param(
            "11月初完成",
            (
                "not_met",
                "实际“11月初完成”，晚于截止日期2025-10-31",
                [
                    "deadline-passed: “安装时限”截止日期2025-10-31已到，结果为逾期完成",
                    "full-points-not-met: “安装时限”未完成目标却得满分（填报得分4，计算得分0.00）",
                ],
            ),
            id="early-late",
        ),
        pytest.param(
            "11月初",
            (
                "not_met",
                "实际“11月初”，晚于截止日期2025-10-31",
                [
                    "deadline-passed: “安装时限”截止日期2025-10-31已到，结果为逾期完成",
                    "full-points-not-met: “安装时限”未完成目标却得满分（填报得分4，计算得分0.00）",
                ],
            ),
            id="early-bare-late",
        ),
        pytest.param(
            "10月中完成",
            ("met", "实际“10月中完成”，未晚于截止日期2025-10-31", []),
            id="mid-in-time",
        ),
    ],
)
def test_month_parts_meet_deadlines(actual: str, expected: tuple[str, str, list[str]]) -> None:
    assert _judged("安装时限", "2025年10月底前完成", actual) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "警报器单台采购价",
            "不高于4.5万元",
            "4.38万元/台",
            ("met", "实际4.38万元/台，达到年度指标≤4.5万元/台", []),
            id="per-set-name",
        ),
        pytest.param(
            "单价",
            "不高于4.5万元",
            "4.38万元/台",
            ("met", "实际4.38万元/台，达到年度指标≤4.5万元/台", []),
            id="unit-price-name",
        ),
        pytest.param(
            "每万人口高价值发明专利拥有量",
            "≥6.5件",
            "6.8件/万人",
            ("met", "实际6.8件/万人，达到年度指标≥6.5件/万人", []),
            id="per-10k-name",
        ),
        # a name with no denominator supplies none: the warning stands
        pytest.param(
            "高价值发明专利拥有量",
            "≥6.5件",
            "6.8件/万人",
            (
                "unknown",
                "实际6.8件/万人与年度指标≥6.5件单位不可比",
                ["unit-mismatch: “高价值发明专利拥有量”实际单位“件/万人”与年度指标单位“件”不可比"],
            ),
            id="no-denominator",
        ),
        # a price per hour is no unit price of a thing
        pytest.param(
            "单价",
            "≤50元",
            "45元/小时",
            (
                "unknown",
                "实际45元/小时与年度指标≤50元单位不可比",
                ["unit-mismatch: “单价”实际单位“元/小时”与年度指标单位“元”不可比"],
            ),
            id="per-hour",
        ),
        pytest.param(
            "24小时扑灭率",
            "≥95%",
            "全部在24小时内扑灭",
            ("met", "实际100%，达到年度指标≥95%", []),
            id="all-within-window",
        ),
        # another time than the name's window is no rate of it
        pytest.param(
            "24小时扑灭率",
            "≥95%",
            "全部在48小时内扑灭",
            (
                "unknown",
                "实际不超过48小时与年度指标≥95%单位不可比",
                ["unit-mismatch: “24小时扑灭率”实际单位“小时”与年度指标单位“%”不可比"],
            ),
            id="other-window",
        ),
    ],
)
def test_name_supplies_the_denominator(
    name: str, target: str, actual: str, expected: tuple[str, str, list[str]]
) -> None:
    assert _judged(name, target, actual) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "轮换1.3万吨，其中0.2万吨跨年度",
            ("met", "实际1.3万吨，达到年度指标=1.3万吨", []),
            id="qizhong-note",
        ),
        # a part said undone is left to a reviewer, never read as the restated figure
        pytest.param(
            "轮换1.3万吨，其中0.2万吨未轮换",
            ("unknown", "实际“轮换1.3万吨，其中0.2万吨未轮换”不是数值，无法与年度指标比较", []),
            id="qizhong-undone",
        ),
    ],
)
def test_qizhong_clause_after_restated_target(
    actual: str, expected: tuple[str, str, list[str]]
) -> None:
    assert _judged("储备粮轮换", "轮换1.3万吨", actual) == expected


def test_unit_mismatch_warning_gone_for_per_set_name() -> None:
    card = score_one(
        indicator("警报器单台采购价", "不高于4.5万元", "4.38万元/台", year=_YEAR),
        period=_SELF,
        kind=TableKind.SELF_EVALUATION,
    )
    assert by_id(card, "unit-mismatch") == []
