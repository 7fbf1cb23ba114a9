"""target25: target-quality findings on a 绩效目标表 (H1-H4, M4).

Every table is written here as text (TSV); each case gives the exact findings.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review
from perftrack.scoring import score

_HEAD = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "某某项目"],
    ["主管部门", "县某局", "实施单位", "县某中心"],
    ["项目资金（万元）", "年度资金总额", "500.00"],
    ["年度绩效目标", "完成年度建设任务。"],
]
_CHECKED = frozenset(
    {
        "target-above-midterm",
        "target-below-last-year",
        "target-unit-suspect",
        "target-missing-unit",
        "satisfaction-target-low",
        "satisfaction-target-full",
        "satisfaction-not-percent",
        "category-suspect",
    }
)


def _table(header: list[str], rows: list[list[str]]) -> perftrack.Table:
    lines = [*_HEAD, header, *rows]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _found(table: perftrack.Table) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in score(table).findings if f.id in _CHECKED]


# ---------------------------------------------------------------------------
# H1: 年度 above 中期

_MID_UNIT = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "度量单位"]
_MID = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
_ABOVE = "“{}”年度指标“{}”高于实施期指标“{}”，年度目标不应超过整个实施期"


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        pytest.param(
            _MID_UNIT,
            ["产出指标", "数量指标", "改造户数", "100", "120", "户"],
            [("target-above-midterm", _ABOVE.format("改造户数", "120户", "100户"))],
            id="unit-column-bare",
        ),
        pytest.param(
            _MID_UNIT,
            ["产出指标", "数量指标", "新建公厕", "≥10", "≥12", "座"],
            [("target-above-midterm", _ABOVE.format("新建公厕", "≥12座", "≥10座"))],
            id="unit-column-floors",
        ),
        pytest.param(
            _MID_UNIT,
            ["产出指标", "数量指标", "新建公厕", "≥12", "≥10", "座"],
            [],
            id="unit-column-within",
        ),
        pytest.param(
            _MID_UNIT,
            ["成本指标", "经济成本指标", "户均改造成本", "≤2", "≤2.5", "万元"],
            [],
            id="unit-column-average-cost",
        ),
        pytest.param(
            _MID_UNIT,
            ["产出指标", "质量指标", "验收合格率", "≥90", "≥95", "%"],
            [],
            id="unit-column-share",
        ),
        pytest.param(
            _MID_UNIT,
            ["效益指标", "社会效益指标", "群众投诉次数", "≤10", "≤15", "次"],
            [],
            id="unit-column-ceiling-not-money",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造户数", "100户", "120户"],
            [("target-above-midterm", _ABOVE.format("改造户数", "120户", "100户"))],
            id="bare-amounts",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "新建公厕", "10座", "≥12座"],
            [("target-above-midterm", _ABOVE.format("新建公厕", "≥12座", "10座"))],
            id="bare-midterm-floor-year",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "新建管网", "≥1.5万米", "≥18000米"],
            [("target-above-midterm", _ABOVE.format("新建管网", "≥18000米", "≥1.5万米"))],
            id="converted-units",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "新建管网", "≥1.5万米", "≥12000米"],
            [],
            id="converted-units-within",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "新建管网", "≥15公里", "≥18000米"],
            [("target-above-midterm", _ABOVE.format("新建管网", "≥18000米", "≥15公里"))],
            id="kilometres-and-metres",
        ),
        pytest.param(
            _MID,
            ["产出指标", "数量指标", "改造户数", "100户", "120座"],
            [],
            id="units-apart",
        ),
        pytest.param(
            _MID,
            ["成本指标", "经济成本指标", "建设成本", "≤1000万元", "≤1200万元"],
            [("target-above-midterm", _ABOVE.format("建设成本", "≤1200万元", "≤1000万元"))],
            id="money-ceilings-kept",
        ),
        pytest.param(
            _MID,
            ["效益指标", "社会效益指标", "受益人数", "≥1000人", "≥1000人"],
            [],
            id="equal",
        ),
    ],
)
def test_year_above_midterm(
    header: list[str], row: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _found(_table(header, [row])) == expected


def test_unit_column_applies_to_the_midterm() -> None:
    table = _table(_MID_UNIT, [["产出指标", "数量指标", "新建公厕", "≥10", "≥12", "座"]])
    midterm = table.indicators[0].midterm
    assert isinstance(midterm, perftrack.Comparison)
    assert midterm.unit == "座"


# ---------------------------------------------------------------------------
# H2: a 满意度 row filed under 效益

_PLAIN = ["一级指标", "二级指标", "三级指标", "年度指标值"]
_SUSPECT_CATEGORY = "“{}”（年度指标“{}”）列于“{}”下，疑似应归入满意度指标"
_LOW = "满意度指标“{}”年度指标“{}”低于80%，目标设定偏低"
_FULL = "满意度指标“{}”年度指标“{}”要求满意度达到100%，脱离实际"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ["效益指标", "社会效益指标", "群众满意度", "≥70%"],
            [
                ("satisfaction-target-low", _LOW.format("群众满意度", "≥70%")),
                (
                    "category-suspect",
                    _SUSPECT_CATEGORY.format("群众满意度", "≥70%", "社会效益指标"),
                ),
            ],
            id="low-under-effect",
        ),
        pytest.param(
            ["效益指标", "社会效益指标", "群众满意度", "≥78%"],
            [
                ("satisfaction-target-low", _LOW.format("群众满意度", "≥78%")),
                (
                    "category-suspect",
                    _SUSPECT_CATEGORY.format("群众满意度", "≥78%", "社会效益指标"),
                ),
            ],
            id="78-under-effect",
        ),
        pytest.param(
            ["效益指标", "可持续影响指标", "服务对象满意率", "100%"],
            [
                ("satisfaction-target-full", _FULL.format("服务对象满意率", "100%")),
                (
                    "category-suspect",
                    _SUSPECT_CATEGORY.format("服务对象满意率", "100%", "可持续影响指标"),
                ),
            ],
            id="full-under-effect",
        ),
        pytest.param(
            ["效益指标", "社会效益指标", "群众满意度", "≥90%"],
            [("category-suspect", _SUSPECT_CATEGORY.format("群众满意度", "≥90%", "社会效益指标"))],
            id="fine-under-effect",
        ),
        pytest.param(
            ["效益指标", "社会效益指标", "满意度调查覆盖率", "≥60%"],
            [],
            id="survey-coverage-not-satisfaction",
        ),
        pytest.param(
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥70%"],
            [("satisfaction-target-low", _LOW.format("群众满意度", "≥70%"))],
            id="under-satisfaction-once",
        ),
    ],
)
def test_misfiled_satisfaction_keeps_its_checks(
    row: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _found(_table(_PLAIN, [row])) == expected


# ---------------------------------------------------------------------------
# H3 and H4: a percentage on a quantity or a time limit, a time limit without a unit

_COUNT = "“{}”为数量（计数）指标，年度指标“{}”为百分比，计量单位与指标名称不符"
_TIME = "“{}”为时效（时限）指标，年度指标“{}”为百分比，计量单位与指标名称不符"
_NO_UNIT = "“{}”时效指标未写计量单位（天、个工作日等）"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        *(
            pytest.param(
                ["产出指标", "数量指标", name, "≥95%"],
                [("target-unit-suspect", _COUNT.format(name, "≥95%"))],
                id=name,
            )
            for name in ("养老机构床位数", "新建道路里程", "改造面积", "受益人口", "培训学员")
        ),
        *(
            pytest.param(["产出指标", "数量指标", name, "≥95%"], [], id=name)
            for name in ("床位使用率", "道路里程达标率", "面积占比", "人口覆盖率", "学员比例")
        ),
        pytest.param(
            ["产出指标", "数量指标", "新建道路里程", "≥95%（完成率）"],
            [],
            id="rate-in-note",
        ),
        pytest.param(
            ["产出指标", "时效指标", "临时救助审批时限", "≥95%"],
            [("target-unit-suspect", _TIME.format("临时救助审批时限", "≥95%"))],
            id="time-limit-percent",
        ),
        pytest.param(
            ["产出指标", "时效指标", "资金支付时限", "≤30"],
            [("target-missing-unit", _NO_UNIT.format("资金支付时限"))],
            id="time-limit-no-unit",
        ),
        pytest.param(
            ["产出指标", "时效指标", "项目审批周期", "≤20"],
            [("target-missing-unit", _NO_UNIT.format("项目审批周期"))],
            id="cycle-no-unit",
        ),
        pytest.param(
            ["产出指标", "时效指标", "资金支付时限", "≤30个工作日"],
            [],
            id="time-limit-with-unit",
        ),
        pytest.param(
            ["产出指标", "时效指标", "资金支付及时率", "≥95%"],
            [],
            id="timeliness-rate",
        ),
        pytest.param(
            ["产出指标", "时效指标", "项目完成时间", "2026年12月底前"],
            [],
            id="deadline",
        ),
    ],
)
def test_unit_of_quantities_and_time_limits(
    row: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _found(_table(_PLAIN, [row])) == expected


def test_time_limits_in_the_letter() -> None:
    rows = [
        ["产出指标", "数量指标", "养老机构床位数", "≥95%"],
        ["产出指标", "时效指标", "临时救助审批时限", "≥95%"],
        ["产出指标", "时效指标", "资金支付时限", "≤30"],
    ]
    letter = review(score(_table(_PLAIN, rows)))
    assert "有1项指标为时效指标但未写计量单位（“资金支付时限”）" in letter
    assert "有1项指标为计数指标但年度指标设为百分比（“养老机构床位数”）" in letter
    assert "有1项指标为时限指标但年度指标设为百分比（“临时救助审批时限”）" in letter


# ---------------------------------------------------------------------------
# M4: last year's figure shown with the 度量单位 column's unit

_PREV = ["一级指标", "二级指标", "三级指标", "年度指标值", "度量单位", "上年实际完成值"]
_BELOW = "“{}”年度指标“{}”{}上年实际完成值“{}”，目标设定偏保守"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ["产出指标", "质量指标", "验收合格率", "≥95", "%", "97"],
            [("target-below-last-year", _BELOW.format("验收合格率", "≥95%", "低于", "97%"))],
            id="percent",
        ),
        pytest.param(
            ["效益指标", "社会效益指标", "群众投诉次数", "≤15", "次", "6"],
            [("target-below-last-year", _BELOW.format("群众投诉次数", "≤15次", "高于", "6次"))],
            id="times",
        ),
        pytest.param(
            ["产出指标", "数量指标", "补贴农户数", "≥4", "万户", "4.8万户"],
            [("target-below-last-year", _BELOW.format("补贴农户数", "≥4万户", "低于", "4.8万户"))],
            id="unit-printed",
        ),
    ],
)
def test_last_year_shown_with_its_unit(row: list[str], expected: list[tuple[str, str]]) -> None:
    assert _found(_table(_PREV, [row])) == expected
