"""misc27: a blank rate prints ``—`` (cli27 L3); outcome-copies-output names a blank 二级 no more (L4).

L3: a budget line with no figures printed ``—%`` in the text scorecard, the batch summary
row and ``read``; a missing rate is now a bare ``—``. L4: an 产出 row whose 二级指标 is
blank was named ``产出指标（产出指标）`` in Chinese and ``an output (产出指标)`` in English;
the bracket is now left out when the row gives no 二级. Every table is written here as text.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.batch import summary_text
from perftrack.report import scorecard_text, table_summary

HEAD = [
    ["项目支出绩效自评表"],
    ["项目名称", "农村生活垃圾治理"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
]
BLANK = ["", "年度资金总额", "", "", "", "10", "", ""]
GIVEN = ["", "年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "10"]
GRID = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
ROWS = [
    ["产出指标", "数量指标", "垃圾清运量", "≥3000吨", "3200吨", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92%", "40", "40"],
]


def _card(line: list[str], rows: list[list[str]], language: str = "zh") -> perftrack.Scorecard:
    text = "\n".join("\t".join(row) for row in (*HEAD, line, GRID, *rows))
    policy = perftrack.Policy(language=language)
    return perftrack.score(perftrack.read_text(text)[0], policy=policy)


def _budget_said(card: perftrack.Scorecard) -> list[str]:
    scored = [x for x in scorecard_text(card).splitlines() if "预算执行：" in x]
    summary = [x for x in summary_text([card]).splitlines() if "农村生活垃圾治理" in x]
    read = [x for x in table_summary(card.table).splitlines() if "执行率" in x]
    return [" ".join(x.split()) for x in (*scored, *summary, *read)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            BLANK,
            [
                "预算执行：年度资金总额 — / — 万元 = —",
                "— 农村生活垃圾治理 — —/90.00%（年终要求） 2 0 0 0 0 0 0 0",
                "预算 年度资金总额：年初 — 全年预算数 — 执行 — 万元 执行率 —",
            ],
            id="blank-budget-dash",
        ),
        pytest.param(
            GIVEN,
            [
                "预算执行：年度资金总额 95.00 / 100.00 万元 = 95.00%（填报 95.00%），不低于年终执行率要求 ✓",
                "— 农村生活垃圾治理 100.00万元 95.00%/90.00%（年终要求） 2 0 0 0 0 0 0 0",
                "预算 年度资金总额：年初 100.00 全年预算数 100.00 执行 95.00 万元 执行率 95.00%",
            ],
            id="given-budget-percent",
        ),
    ],
)
def test_blank_rate_prints_a_bare_dash(line: list[str], expected: list[str]) -> None:
    assert _budget_said(_card(line, ROWS)) == expected


COPIED = ["效益指标", "社会效益指标", "垃圾清运量", "≥3000吨", "3200吨", "10", "10"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [["产出指标", "", *ROWS[0][2:]], COPIED, ROWS[1]],
            (
                "“垃圾清运量”同时列为产出指标和效益指标（社会效益指标），效益指标应反映产出带来的效果",
                "“垃圾清运量” is an output copied as an outcome",
            ),
            id="output-level2-blank",
        ),
        pytest.param(
            [ROWS[0], COPIED, ROWS[1]],
            (
                (
                    "“垃圾清运量”同时列为产出指标（数量指标）和效益指标（社会效益指标），"
                    "效益指标应反映产出带来的效果"
                ),
                "“垃圾清运量” is an output (数量指标) copied as an outcome",
            ),
            id="output-level2-given",
        ),
        pytest.param(
            [ROWS[0], ["效益指标", "", *COPIED[2:]], ROWS[1]],
            (
                "“垃圾清运量”同时列为产出指标（数量指标）和效益指标，效益指标应反映产出带来的效果",
                "“垃圾清运量” is an output (数量指标) copied as an outcome",
            ),
            id="outcome-level2-blank",
        ),
    ],
)
def test_outcome_copies_output_names_level2_only(
    rows: list[list[str]], expected: tuple[str, str]
) -> None:
    said = tuple(
        f.message
        for language in ("zh", "en")
        for f in _card(GIVEN, rows, language).findings
        if f.id == "outcome-copies-output"
    )
    assert said == expected
