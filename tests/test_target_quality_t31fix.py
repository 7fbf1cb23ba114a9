"""target31: target-quality findings on a 绩效目标表 (H1-H4, M1-M3).

Every table is written here as text (TSV); each case gives the exact findings or the
exact clause of the review letter.
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
_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值"]
_HEADER_LAST = ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际完成值"]
_HEADER_WEIGHT = ["一级指标", "二级指标", "三级指标", "年度指标值", "分值"]


def _table(header: list[str], rows: list[list[str]]) -> perftrack.Table:
    lines = [*_HEAD, header, *rows]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _found(table: perftrack.Table, ids: frozenset[str]) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in score(table).findings if f.id in ids]


# ---------------------------------------------------------------------------
# H1: a range high to low with % on both ends

_RANGE_IDS = frozenset({"target-implausible", "target-not-measurable"})
_REVERSED = "“{}”年度指标“{}”区间上下限颠倒，应为“{}”"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        pytest.param(
            "95%-90%",
            [("target-implausible", _REVERSED.format("验收合格率", "95%-90%", "90%-95%"))],
            id="percent-both-hyphen",
        ),
        pytest.param(
            "90%~80%",
            [("target-implausible", _REVERSED.format("验收合格率", "90%~80%", "80%~90%"))],
            id="percent-both-tilde",
        ),
        pytest.param(
            "95-90%",
            [("target-implausible", _REVERSED.format("验收合格率", "95-90%", "90-95%"))],
            id="percent-end-only",
        ),
        pytest.param("90%-95%", [], id="low-to-high"),
    ],
)
def test_reversed_percent_range(target: str, expected: list[tuple[str, str]]) -> None:
    table = _table(_HEADER, [["产出指标", "质量指标", "验收合格率", target]])
    assert _found(table, _RANGE_IDS) == expected


# ---------------------------------------------------------------------------
# H2: a ceiling on a share better higher

_DIRECTION_IDS = frozenset({"target-direction-suspect", "target-below-last-year"})
_SLIP = "“{}”越高越好，年度指标“{}”为上限，疑似方向设置错误（应为“≥”下限）"


@pytest.mark.parametrize(
    ("name", "target", "expected"),
    [
        pytest.param(
            name, "≤85%", [("target-direction-suspect", _SLIP.format(name, "≤85%"))], id=name
        )
        for name in (
            "回收利用率",
            "培训后就业率",
            "农村自来水普及率",
            "污水处理率",
            "疫苗接种率",
            "学前教育入学率",
            "资金拨付及时率",
            "数据准确率",
            "医保参保率",
            "秸秆综合利用率",
            "项目完成率",
        )
    ]
    + [
        pytest.param(
            "污水处理率",
            "不高于85%",
            [("target-direction-suspect", _SLIP.format("污水处理率", "不高于85%"))],
            id="words",
        ),
        pytest.param(
            "参保率",
            "<95%",
            [("target-direction-suspect", _SLIP.format("参保率", "<95%"))],
            id="lt",
        ),
        pytest.param("抗菌药物使用率", "≤20%", [], id="use-rate-harm-ceiling"),
        pytest.param("不合格率", "≤2%", [], id="complement"),
    ],
)
def test_ceiling_on_higher_share(name: str, target: str, expected: list[tuple[str, str]]) -> None:
    table = _table(_HEADER, [["效益指标", "社会效益指标", name, target]])
    assert _found(table, _DIRECTION_IDS) == expected


def test_ceiling_above_last_year_is_a_slip_not_conservative() -> None:
    table = _table(
        _HEADER_LAST, [["效益指标", "生态效益指标", "生活垃圾回收利用率", "≤35%", "33%"]]
    )
    assert _found(table, _DIRECTION_IDS) == [
        ("target-direction-suspect", _SLIP.format("生活垃圾回收利用率", "≤35%"))
    ]
    letter = review(score(table))
    assert "偏保守" not in letter
    assert "有1项指标的指标方向疑似填反（下限与上限颠倒）（“生活垃圾回收利用率”）" in letter


# ---------------------------------------------------------------------------
# H3, M2, M3: blank 分值 in a target table; the letter's sum

_ROWS = [
    ["产出指标", "数量指标", "改造户数", "≥100户"],
    ["产出指标", "质量指标", "验收合格率", "≥95%"],
    ["产出指标", "时效指标", "完工时间", "2026年12月31日前"],
    ["成本指标", "经济成本指标", "户均成本", "≤2万元"],
    ["效益指标", "社会效益指标", "受益人数", "≥300人"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
]
_BLANK = "2项指标未设分值（“验收合格率”、“受益人数”），按0分计"
_LETTER_BLANK = "有2项指标未设分值（“验收合格率”、“受益人数”），按0分计"


@pytest.mark.parametrize(
    ("weights", "finding", "clause"),
    [
        pytest.param(
            ["50", "", "20", "10", "", "20"],
            f"各项分值合计100，但{_BLANK}",
            f"指标分值设置有误，{_LETTER_BLANK}",
            id="blank-sum-100",
        ),
        pytest.param(
            ["40", "", "20", "10", "", "20"],
            f"各项分值合计90，但{_BLANK}",
            f"指标分值设置有误，{_LETTER_BLANK}",
            id="blank-sum-90",
        ),
        pytest.param(
            ["20", "", "10", "10", "", "20"],
            f"各项分值合计60，不等于100；{_BLANK}",
            f"指标分值设置有误，各项分值合计60分，不为100分，其中{_LETTER_BLANK}",
            id="blank-sum-60",
        ),
        pytest.param(
            ["30", "20", "10", "10", "15", "10"],
            "各项分值合计95，不等于100",
            "指标分值设置有误，各项分值合计95分，不为100分",
            id="sum-95-no-rate-clause",
        ),
    ],
)
def test_blank_weights(weights: list[str], finding: str, clause: str) -> None:
    rows = [[*row, weight] for row, weight in zip(_ROWS, weights, strict=True)]
    table = _table(_HEADER_WEIGHT, rows)
    assert _found(table, frozenset({"weights-not-100"})) == [("weights-not-100", finding)]
    letter = review(score(table))
    assert clause in letter
    assert "预算执行率" not in letter


# ---------------------------------------------------------------------------
# H4: contradictory adjacent rows; ≥100% on a share

_H4_IDS = frozenset({"duplicate-indicator", "target-implausible"})


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                ["效益指标", "社会效益指标", "培训后就业率", "100%"],
                ["效益指标", "社会效益指标", "培训后就业率", "≥70%"],
            ],
            [
                (
                    "duplicate-indicator",
                    "“培训后就业率”在“社会效益指标”下重复出现，年度指标“100%”与“≥70%”相互矛盾",
                )
            ],
            id="exact-beside-floor",
        ),
        pytest.param(
            [
                ["产出指标", "数量指标", "参保人数", "城镇居民≥8.5万人"],
                ["产出指标", "数量指标", "参保人数", "农村居民≥21万人"],
            ],
            [],
            id="breakdown-kept",
        ),
        pytest.param(
            # r34j: with no part named, the two rows are two targets for one name
            [
                ["产出指标", "数量指标", "参保人数", "≥8.5万人"],
                ["产出指标", "数量指标", "参保人数", "≥21万人"],
            ],
            [
                (
                    "duplicate-indicator",
                    (
                        "“参保人数”在“数量指标”下重复出现，年度指标“≥8.5万人”与“≥21万人”"
                        "未注明分项，无法区分各为何项"
                    ),
                )
            ],
            id="unnamed-breakdown",
        ),
        # ≥100% is the common way of writing "all": not flagged (regress27)
        pytest.param([["产出指标", "质量指标", "种子发芽率", "≥100%"]], [], id="floor-100"),
        pytest.param(
            [["产出指标", "质量指标", "验收合格率", ">100%"]],
            [
                (
                    "target-implausible",
                    "“验收合格率”比例指标不可能超过100%，年度指标“>100%”无法达到",
                )
            ],
            id="above-100",
        ),
        pytest.param([["产出指标", "质量指标", "验收合格率", "100%"]], [], id="exact-100"),
        pytest.param([["产出指标", "质量指标", "任务完成率", "≥100%"]], [], id="completion"),
    ],
)
def test_contradiction_and_full_share(
    rows: list[list[str]], expected: list[tuple[str, str]]
) -> None:
    assert _found(_table(_HEADER, rows), _H4_IDS) == expected


# ---------------------------------------------------------------------------
# M1: an operator with no figure


@pytest.mark.parametrize(
    ("target", "message"),
    [
        pytest.param("≥", "“改造户数”年度指标“≥”未填写具体数值", id="ge"),
        pytest.param("≤", "“改造户数”年度指标“≤”未填写具体数值", id="le"),
        pytest.param("≥户", "“改造户数”年度指标“≥户”未填写具体数值", id="ge-unit"),
        pytest.param("≥%", "“改造户数”年度指标“≥%”未填写具体数值", id="ge-percent"),
    ],
)
def test_bare_operator(target: str, message: str) -> None:
    table = _table(_HEADER, [["产出指标", "数量指标", "改造户数", target]])
    assert [(f.id, f.message) for f in table.findings] == [("malformed-target", message)]
    letter = review(score(table))
    assert "有1项指标的指标值未填写具体数值（仅有“≥”“≤”等符号）（“改造户数”）" in letter
    assert "疑似识别错误" not in letter
