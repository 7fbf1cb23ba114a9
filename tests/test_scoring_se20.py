"""selfeval20 fixes: points of 自评表 read as the MoF 2021 layout prints them.

- H1: no 得分 column, only the budget line's 得分: no ``points-sum-mismatch``.
- H2: the policy's default weights beside a 分值 printed on the budget line: the
  printed rate is part of the 100, the indicators share the rest (no base of 110/90).
- H3: ``93.5分`` / ``4.6分（满分5分）`` against ``满意度≥90%`` is compared as a share:
  no ``unit-mismatch``.
- M1: rows without a 分值 beside a 分值 column are named in ``weights-not-100``.
- M3: ``待调查`` at year end with a printed 得分 raises ``missing-actual``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.policy import Policy
from perftrack.reports._review import review

HEAD = [
    ["2023年度项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "", "城镇老旧小区改造"],
    ["主管部门", "", "某区住建局", "", "", "实施单位", "某区城市更新中心"],
]
BUDGET_HEADER = [
    "项目资金（万元）",
    "",
    "",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
]


def budget(weight: str, points: str, spent: str = "3000.00") -> list[list[str]]:
    """The MoF 2021 budget block: 年度资金总额 of 3000 with its 分值 and 得分."""
    rate = f"{Decimal(spent) / 30:.2f}%"
    return [
        BUDGET_HEADER,
        ["", "年度资金总额", "", "3000.00", "3000.00", spent, weight, rate, points],
    ]


GRID = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]


def table(
    budget_rows: list[list[str]],
    rows: list[list[str]],
    *,
    columns: tuple[str, ...] = (),
    total: str | None = None,
    grade: str | None = None,
) -> perftrack.Table:
    """A 自评表 read from TSV: *rows* are (一级, 二级, 三级, 指标值, 实际, *columns…*)."""
    lines = [*HEAD, *budget_rows, [*GRID, *columns, "偏差原因分析及改进措施"]]
    lines += [["", *row] for row in rows]
    at = ["", "", "", "", "", "", *columns][:-1] if columns else ["", "", "", "", ""]
    if total is not None:
        lines.append(["总分", *at, total])
    if grade is not None:
        lines.append(["自评等级", *at, grade])
    (read,) = perftrack.read_text("\n".join("\t".join(line) for line in lines))
    return read


def all_met(short: str = "3250户") -> list[list[str]]:
    return [
        ["产出指标", "数量指标", "改造老旧小区数量", "≥25个", "25个"],
        ["", "", "改造户数", "≥3200户", short],
        ["", "质量指标", "工程质量验收合格率", "100%", "100%"],
        ["效益指标", "社会效益指标", "受益居民人数", "≥8000人", "8200人"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "91.8%"],
    ]


def findings(card: perftrack.Scorecard) -> list[tuple[str, str]]:
    return [(finding.id, finding.message) for finding in card.findings]


def weights(card: perftrack.Scorecard) -> list[tuple[str, Decimal, Decimal | None]]:
    assert card.points is not None
    return [(item.name, item.weight, item.points) for item in card.points.items]


def d(*values: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(value) for value in values)


SHORT = [("missing-deviation-reason", "“改造户数”存在偏差但未填写偏差原因")]


# --- H1 and H2: no 分值/得分 column, the budget line prints them ---------------------


@pytest.mark.parametrize(
    ("given", "policy", "total", "expected_weights", "expected_findings"),
    [
        pytest.param(
            (budget("10", "9.5", "2850.00"), all_met("3050户")),
            Policy(),
            "98.72",
            [
                ("改造老旧小区数量", *d("16.67", "16.67")),
                ("改造户数", *d("16.67", "15.89")),
                ("工程质量验收合格率", *d("16.66", "16.66")),
                ("受益居民人数", *d("30.00", "30.00")),
                ("居民满意度", *d("10.00", "10.00")),
                ("年度资金总额", *d("10", "9.50")),
            ],
            SHORT,  # "各项得分合计9.5与总分98.5不符，按合计应评为“差”" was raised
            id="H1-budget-points-only-no-sum-mismatch",
        ),
        pytest.param(
            (budget("20", "20"), all_met()),
            Policy(),
            "100.00",
            [
                ("改造老旧小区数量", *d("14.82", "14.82")),
                ("改造户数", *d("14.81", "14.81")),
                ("工程质量验收合格率", *d("14.81", "14.81")),
                ("受益居民人数", *d("26.67", "26.67")),
                ("居民满意度", *d("8.89", "8.89")),
                ("年度资金总额", *d("20", "20.00")),
            ],
            [],  # was 110.00 with points-over-maximum 计算总分110.00超过满分100
            id="H2-central-printed-rate-20",
        ),
        pytest.param(
            (budget("10", "10"), all_met()),
            Policy.hubei(),
            "100.00",
            [
                ("改造老旧小区数量", *d("16.67", "16.67")),
                ("改造户数", *d("16.67", "16.67")),
                ("工程质量验收合格率", *d("16.66", "16.66")),
                ("受益居民人数", *d("30.00", "30.00")),
                ("居民满意度", *d("10.00", "10.00")),
                ("年度资金总额", *d("10", "10.00")),
            ],
            [],  # was 90.00, the most it could score
            id="H2-hubei-printed-rate-10",
        ),
        pytest.param(
            (budget("10", "9.5", "2850.00"), all_met("3050户")),
            Policy.hubei(),
            "98.72",
            [
                ("改造老旧小区数量", *d("16.67", "16.67")),
                ("改造户数", *d("16.67", "15.89")),
                ("工程质量验收合格率", *d("16.66", "16.66")),
                ("受益居民人数", *d("30.00", "30.00")),
                ("居民满意度", *d("10.00", "10.00")),
                ("年度资金总额", *d("10", "9.50")),
            ],
            SHORT,  # was 89.08 良 where the unit printed 98.5 优
            id="H2-hubei-printed-rate-10-short",
        ),
        pytest.param(
            (budget("20", "19", "2850.00"), all_met("3050户")),
            Policy.hubei(),
            "98.31",
            [
                ("改造老旧小区数量", *d("14.82", "14.82")),
                ("改造户数", *d("14.81", "14.12")),
                ("工程质量验收合格率", *d("14.81", "14.81")),
                ("受益居民人数", *d("26.67", "26.67")),
                ("居民满意度", *d("8.89", "8.89")),
                ("年度资金总额", *d("20", "19.00")),
            ],
            SHORT,  # Hubei's own 20 printed: its defaults, as before
            id="H2-hubei-printed-own-rate-unchanged",
        ),
    ],
)
def test_default_weights_beside_printed_rate(
    *,
    given: tuple[list[list[str]], list[list[str]]],
    policy: Policy,
    total: str,
    expected_weights: list[tuple[str, Decimal, Decimal | None]],
    expected_findings: list[tuple[str, str]],
) -> None:
    budget_rows, rows = given
    card = perftrack.score(table(budget_rows, rows, total="98.5", grade="优"), policy=policy)
    assert card.points is not None
    assert (str(card.points.total), card.points.grade) == (total, "优")
    assert weights(card) == expected_weights
    assert [f for f in findings(card) if f[0] != "target-not-measurable"] == expected_findings


def test_indicator_points_still_checked_against_total() -> None:
    """With a 得分 column the sum is checked as before (the H1 fix is not a blanket skip)."""
    rows = [
        [*row, weight, points]
        for row, weight, points in zip(
            all_met(), ["20", "15", "15", "30", "10"], ["20", "15", "15", "30", "10"], strict=True
        )
    ]
    card = perftrack.score(
        table(budget("10", "10"), rows, columns=("分值", "得分"), total="90", grade="优")
    )
    assert findings(card) == [
        ("points-sum-mismatch", "各项得分合计100与总分90不符"),
    ]


# --- H3: a satisfaction score against a percentage target --------------------------


@pytest.mark.parametrize(
    ("actual", "attainment", "expected_findings"),
    [
        pytest.param("93.5分", "met", [], id="score-out-of-100"),
        pytest.param("4.6分（满分5分）", "met", [], id="score-out-of-5"),
        pytest.param("4.4分（满分5分）", "not_met", [("missing-deviation-reason",)], id="88pct"),
        pytest.param(
            "120分",
            "unknown",
            [("unit-mismatch",)],
            id="above-full-marks-stays-incomparable",
        ),
    ],
)
def test_satisfaction_score_no_unit_mismatch(
    actual: str, attainment: str, expected_findings: list[tuple[str]]
) -> None:
    rows = all_met()
    rows[-1] = ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", actual]
    card = perftrack.score(table(budget("10", "10"), rows))
    assert card.verdicts[-1].attainment.value == attainment
    assert [
        (f.id,) for f in card.findings if f.id in ("unit-mismatch", "missing-deviation-reason")
    ] == expected_findings


# --- M1: rows without a 分值 beside a 分值 column ---------------------------------------


def test_blank_weights_named() -> None:
    rows = [
        [*row, weight, points]
        for row, weight, points in zip(
            all_met(), ["20", "", "15", "", "10"], ["20", "", "15", "", "10"], strict=True
        )
    ]
    card = perftrack.score(
        table(budget("10", "10"), rows, columns=("分值", "得分"), total="55", grade="差")
    )
    assert card.points is not None
    assert str(card.points.total) == "55.00"
    assert findings(card) == [
        (
            "weights-not-100",
            # k32k: all met, 55 of 55 is graded 优 on its share, not 差
            (
                "各项分值合计55，不等于100；2项指标未设分值（“改造户数”、“受益居民人数”），按0分计"
                "；分值合计不足100，计算总分未按100分折算，按得分率100.00%（55.00/55）定级为“优”，"
                "而非“差”"
            ),
        ),
    ]
    letter = review(card)
    assert (
        "各项分值合计不为100分，其中有2项指标未设分值（“改造户数”、“受益居民人数”），按0分计"
        in letter
    )


# --- M3: a survey not made at year end ----------------------------------------------


@pytest.mark.parametrize(
    ("actual", "points", "total", "expected"),
    [
        pytest.param(
            "测评中",
            "10",
            "100.00",
            "“居民满意度”实际填写“测评中”，满意度调查未完成，未填报实际满意度，却得满分（填报得分10）",
            id="full-points",
        ),
        # (未开展调查 says the survey was not made: not_met, as 尚未开展, k31i; so does
        # 待调查 at the year's end, as 待统计, k32p)
        pytest.param(
            "调查中",
            "8",
            "98.00",
            "“居民满意度”实际填写“调查中”，满意度调查未完成，未填报实际满意度，却填报得分8",
            id="some-points",
        ),
        pytest.param(
            "年底调查",
            "",
            "100.00",
            "“居民满意度”实际填写“年底调查”，满意度调查未完成，未填报实际满意度",
            id="no-points-left-out",
        ),
    ],
)
def test_survey_not_made_at_year_end(actual: str, points: str, total: str, expected: str) -> None:
    rows = [
        [*row, weight, weight]
        for row, weight in zip(all_met(), ["20", "15", "15", "30", "10"], strict=True)
    ]
    rows[-1] = ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", actual, "10", points]
    card = perftrack.score(table(budget("10", "10"), rows, columns=("分值", "得分")))
    assert card.verdicts[-1].attainment.value == "unknown"
    assert card.points is not None
    assert str(card.points.total) == total
    assert findings(card) == [("missing-actual", expected)]
