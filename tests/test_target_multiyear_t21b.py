"""target21 H2: a multi-year target in the 年度指标值 column is no annual target.

Every table is written here as text (TSV); each case gives the exact verdict or findings.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review
from perftrack.scoring import score


def _target_table(rows: list[list[str]], year: int = 2026) -> perftrack.Table:
    lines = [
        [f"{year}年度项目支出绩效目标申报表"],
        ["项目名称", "测试项目"],
        ["项目资金（万元）", "年度资金总额", "100.00"],
        ["", "其中：财政拨款", "100.00"],
        ["年度绩效目标", "完成年度建设任务。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        *rows,
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _self_evaluation(target: str, actual: str, year: int = 2026) -> perftrack.Table:
    lines = [
        ["项目支出绩效自评表"],
        [f"（{year}年度）"],
        ["项目名称", "农村生活污水治理"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "完成治理行政村数", target, actual, "20", "20"],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


@pytest.mark.parametrize(
    ("target", "actual", "year", "expected"),
    [
        pytest.param(
            "2026-2028年累计完成80个",
            "32个",
            2026,
            (
                "unknown",
                (
                    "年度指标“2026-2028年累计完成80个”为多年累计目标（2026-2028年），"
                    "未分解本年度应完成的指标值，无法按年度判断"
                ),
            ),
            id="span-of-years",
        ),
        pytest.param(
            "三年累计≥120个",
            "45个",
            2026,
            (
                "unknown",
                (
                    "年度指标“三年累计≥120个”为多年累计目标（三年累计），"
                    "未分解本年度应完成的指标值，无法按年度判断"
                ),
            ),
            id="three-years-summed",
        ),
        pytest.param(
            "实施期末达到80个",
            "30个",
            2026,
            (
                "unknown",
                (
                    "年度指标“实施期末达到80个”为多年累计目标（实施期末），"
                    "未分解本年度应完成的指标值，无法按年度判断"
                ),
            ),
            id="end-of-implementation",
        ),
        pytest.param(
            "2026-2028年累计完成80个",
            "32个",
            2028,
            (
                "unknown",
                (
                    "年度指标“2026-2028年累计完成80个”为多年累计目标（2026-2028年），"
                    "未分解本年度应完成的指标值，无法按年度判断"
                ),
            ),
            id="last-year-actual-not-cumulative",
        ),
        pytest.param(
            "2026-2028年累计完成80个",
            "累计完成82个",
            2028,
            ("met", None),
            id="last-year-cumulative-actual-is-the-test",
        ),
        pytest.param("≥80个", "82个", 2026, ("met", None), id="annual-target-untouched"),
    ],
)
def test_self_evaluation_multi_year_target(
    target: str, actual: str, year: int, expected: tuple[str, str | None]
) -> None:
    card = score(_self_evaluation(target, actual, year))
    verdict = card.verdicts[0]
    shown = verdict.explanation if expected[1] is not None else None
    assert (verdict.attainment.value, shown) == expected
    assert [f.id for f in card.findings if f.id == "full-points-not-met"] == []


def _found(table: perftrack.Table) -> list[tuple[str, str, str | None, str]]:
    return [
        (f.id, f.severity.value, f.where.cell, f.message)
        for f in score(table).findings
        if f.id == "target-multi-year"
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                ["产出指标", "数量指标", "新建污水处理站", "三年累计≥80座"],
                ["产出指标", "数量指标", "改造管网长度", "2026-2028年≥120公里"],
                ["效益指标", "生态效益指标", "污水处理率", "实施期末达到80%"],
                ["产出指标", "数量指标", "完成治理行政村数", "2026年至2028年累计完成80个"],
            ],
            [
                (
                    "target-multi-year",
                    "warning",
                    "D7",
                    (
                        "“新建污水处理站”年度指标“三年累计≥80座”为多年累计目标（三年累计），"
                        "应填写本年度应完成的指标值，多年目标列入实施期目标"
                    ),
                ),
                (
                    "target-multi-year",
                    "warning",
                    "D8",
                    (
                        "“改造管网长度”年度指标“2026-2028年≥120公里”为多年累计目标（2026-2028年），"
                        "应填写本年度应完成的指标值，多年目标列入实施期目标"
                    ),
                ),
                (
                    "target-multi-year",
                    "warning",
                    "D9",
                    (
                        "“污水处理率”年度指标“实施期末达到80%”为多年累计目标（实施期末），"
                        "应填写本年度应完成的指标值，多年目标列入实施期目标"
                    ),
                ),
                (
                    "target-multi-year",
                    "warning",
                    "D10",
                    (
                        "“完成治理行政村数”年度指标“2026年至2028年累计完成80个”为多年累计目标"
                        "（2026年至2028年），应填写本年度应完成的指标值，多年目标列入实施期目标"
                    ),
                ),
            ],
            id="multi-year-targets",
        ),
        pytest.param(
            [
                ["产出指标", "数量指标", "新建污水处理站", "≥30座"],
                ["产出指标", "数量指标", "累计服务天数", "累计≥200天"],
                ["产出指标", "时效指标", "项目完工时间", "2026年12月底前"],
                ["产出指标", "时效指标", "供热天数", "2026-2027年采暖季≥120天"],
                ["效益指标", "社会效益指标", "受益人口", "≥3万人"],
            ],
            [],
            id="annual-targets-untouched",
        ),
    ],
)
def test_target_table_multi_year_target(
    rows: list[list[str]], expected: list[tuple[str, str, str | None, str]]
) -> None:
    assert _found(_target_table(rows)) == expected


def test_review_letter_names_multi_year_targets() -> None:
    table = _target_table(
        [
            ["产出指标", "数量指标", "新建污水处理站", "三年累计≥80座"],
            ["效益指标", "生态效益指标", "污水处理率", "实施期末达到80%"],
        ]
    )
    letter = review(score(table))
    assert (
        "有2项指标的年度指标值为多年累计目标，未分解到本年度（“新建污水处理站”、“污水处理率”）"
        in letter
    )
