"""target21 H1, H3, H5, H6, M1, M2: a 绩效目标表's duplicates, directions, units, goal, letter.

Every table is written here as text (TSV); each case gives the exact findings or the
exact sentence of the review letter expected.
"""

from __future__ import annotations

import pytest
from attrs import evolve

import perftrack
from perftrack.reports._review import review
from perftrack.scoring import score

_IDS = (
    "duplicate-indicator",
    "target-direction-suspect",
    "target-unit-suspect",
    "missing-overall-goal",
    "satisfaction-not-percent",
    "satisfaction-target-full",
    "targets-copied",
)

_COMPLETE = [
    ["产出指标", "数量指标", "培训人次", "≥1000(人次)"],
    ["产出指标", "质量指标", "培训合格率", "≥95%"],
    ["产出指标", "时效指标", "完成时间", "2026年12月底前"],
    ["成本指标", "经济成本指标", "人均培训成本", "≤300(元/人)"],
    ["效益指标", "社会效益指标", "就业率", "≥80%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
]


def _table(
    rows: list[list[str]],
    *,
    goal: str | None = "完成年度培训任务。",
    budget: tuple[str, ...] = ("100.00", "100.00"),
) -> perftrack.Table:
    lines = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "测试项目"],
        ["项目资金（万元）", "", "年度资金总额", budget[0]],
        ["", "", "其中：财政拨款", budget[1]],
        *([["", "", "其他资金", budget[2]]] if len(budget) > 2 else []),
        *([["年度绩效目标", goal]] if goal is not None else []),
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        *rows,
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _found(table: perftrack.Table) -> list[tuple[str, str, str]]:
    return [(f.id, f.severity.value, f.message) for f in score(table).findings if f.id in _IDS]


def _replaced(name: str, row: list[str]) -> list[list[str]]:
    """_COMPLETE with the row named *name* replaced by *row*."""
    return [row if line[2] == name else line for line in _COMPLETE]


def _added(after: str, row: list[str]) -> list[list[str]]:
    """_COMPLETE with *row* added after the row named *after*."""
    rows: list[list[str]] = []
    for line in _COMPLETE:
        rows.append(line)
        if line[2] == after:
            rows.append(row)
    return rows


# ---------------------------------------------------------------------------
# H1: a duplicate hidden by white space or a unit bracket


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            _added("培训合格率", ["产出指标", "质量指标", "培训 合格率", "≥95%"]),
            [("duplicate-indicator", "warning", "“培训 合格率”在“质量指标”下重复出现")],
            id="space-in-name",
        ),
        pytest.param(
            _added("培训合格率", ["产出指标", "质量指标", "培训\u3000合格率", "≥95%"]),
            [("duplicate-indicator", "warning", "“培训 合格率”在“质量指标”下重复出现")],
            id="ideographic-space",
        ),
        pytest.param(
            _added("培训人次", ["产出指标", "数量指标", "培训人次（人次）", "≥1000"]),
            [("duplicate-indicator", "warning", "“培训人次（人次）”在“数量指标”下重复出现")],
            id="unit-bracket",
        ),
        pytest.param(
            _added("培训人次", ["产出指标", "数量指标", "培训人次（线上）", "≥1000(人次)"]),
            [],
            id="other-bracket-is-part-of-the-name",
        ),
        pytest.param(
            [*_COMPLETE, ["产出指标", "时效指标", "培训 合格率", "≥95%"]],
            [],
            id="other-level2",
        ),
    ],
)
def test_duplicate_names_compared_without_space_and_unit(
    rows: list[list[str]], expected: list[tuple[str, str, str]]
) -> None:
    assert _found(_table(rows)) == expected


def test_duplicate_wrapped_name_from_a_line_break() -> None:
    table = _table(_COMPLETE)
    rows = list(table.indicators)
    wrapped = perftrack.Indicator(
        name="学员\n满意度",
        level1="满意度指标",
        level2="服务对象满意度指标",
        target=perftrack.parse_target("≥90%"),
    )
    table = evolve(table, indicators=(*rows, wrapped))
    assert [(f.id, f.message) for f in score(table).findings if f.id == "duplicate-indicator"] == [
        ("duplicate-indicator", "“学员\n满意度”在“服务对象满意度指标”下重复出现")
    ]


# ---------------------------------------------------------------------------
# H3: the letter says what the finding says is wrong


@pytest.mark.parametrize(
    ("row", "clause"),
    [
        pytest.param(
            ["产出指标", "质量指标", "培训合格率", "≤5%"],
            "有1项指标的指标方向疑似填反（下限与上限颠倒）（“培训合格率”）",
            id="target-wrong-way-round",
        ),
        pytest.param(
            ["产出指标", "质量指标", "培训合格率", "≥95%", "反向"],
            "有1项指标的指标方向性与年度指标不符，疑为指标方向性填写有误（“培训合格率”）",
            id="printed-direction-is-the-slip",
        ),
        pytest.param(
            ["产出指标", "质量指标", "设备运行指数", "≥5", "反向"],
            "有1项指标的指标方向性与年度指标不一致，需核实（“设备运行指数”）",
            id="either",
        ),
    ],
)
def test_direction_letter_follows_the_finding(row: list[str], clause: str) -> None:
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "指标方向性"]
    rows = [[*line, ""] for line in _COMPLETE if line[2] != "培训合格率"]
    rows.insert(1, row if len(row) == 5 else [*row, ""])
    lines = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "测试项目"],
        ["项目资金（万元）", "", "年度资金总额", "100.00"],
        ["", "", "其中：财政拨款", "100.00"],
        ["年度绩效目标", "完成年度培训任务。"],
        header,
        *rows,
    ]
    table = perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]
    letter = review(score(table))
    assert clause in letter
    assert letter.count("指标方向") == clause.count("指标方向")


# ---------------------------------------------------------------------------
# H5: a percentage on a count


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ["产出指标", "数量指标", "培训人次", "≥95%"],
            [
                (
                    "target-unit-suspect",
                    "warning",
                    "“培训人次”为数量（计数）指标，年度指标“≥95%”为百分比，计量单位与指标名称不符",
                )
            ],
            id="count-in-percent",
        ),
        pytest.param(
            ["产出指标", "数量指标", "场馆免费开放天数", "≥95%"],
            [
                (
                    "target-unit-suspect",
                    "warning",
                    (
                        "“场馆免费开放天数”为数量（计数）指标，年度指标“≥95%”为百分比，"
                        "计量单位与指标名称不符"
                    ),
                )
            ],
            id="days-in-percent",
        ),
        pytest.param(["产出指标", "数量指标", "培训人次", "增长≥5%"], [], id="change-of-count"),
        pytest.param(["产出指标", "数量指标", "培训人次", "≥1000(人次)"], [], id="count"),
    ],
)
def test_percentage_on_a_count(row: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert _found(_table(_replaced("培训人次", row))) == expected


def test_percentage_on_a_count_in_the_letter() -> None:
    letter = review(
        score(_table(_replaced("培训人次", ["产出指标", "数量指标", "培训人次", "≥95%"])))
    )
    assert "有1项指标为计数指标但年度指标设为百分比（“培训人次”）" in letter


# ---------------------------------------------------------------------------
# H6: a placeholder goal, or none


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        *(
            pytest.param(goal, [("missing-overall-goal", "info", "年度总体目标未填写")], id=goal)
            for goal in ("/", "无", "略", "见附件", "——", "同上年")
        ),
        pytest.param(None, [("missing-overall-goal", "info", "年度总体目标未填写")], id="no-row"),
        pytest.param("完成年度培训任务。", [], id="goal"),
    ],
)
def test_placeholder_goal(goal: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert _found(_table(_COMPLETE, goal=goal)) == expected


# ---------------------------------------------------------------------------
# M1: the sum mismatch said once


def test_source_sum_mismatch_sentence() -> None:
    letter = review(score(_table(_COMPLETE, budget=("100.00", "60.00", "20.00"))))
    assert (
        "各项资金来源之和与资金总额不符（各项资金来源合计80.00万元，资金总额为100.00万元）"
        in letter
    )


# ---------------------------------------------------------------------------
# M2: 满意度 of 100%, in any form


_FULL = "满意度指标“学员满意度”年度指标“{}”要求满意度达到100%，脱离实际"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        *(
            pytest.param(t, [("satisfaction-target-full", "info", _FULL.format(shown))], id=t)
            for t, shown in (
                ("≥100%", "≥100%"),
                ("100%", "100%"),
                ("=100%", "=100%"),
                ("达到100%", "达到100%"),
            )
        ),
        pytest.param("≥95%", [], id="below-100"),
        pytest.param(
            "95%",
            [
                (
                    "satisfaction-not-percent",
                    "info",
                    "满意度指标“学员满意度”应为“≥百分比”，而非“95%”",
                )
            ],
            id="bare-95",
        ),
    ],
)
def test_full_satisfaction(target: str, expected: list[tuple[str, str, str]]) -> None:
    row = ["满意度指标", "服务对象满意度指标", "学员满意度", target]
    assert _found(_table(_replaced("学员满意度", row))) == expected


def test_full_satisfaction_in_the_letter() -> None:
    row = ["满意度指标", "服务对象满意度指标", "学员满意度", "≥100%"]
    letter = review(score(_table(_replaced("学员满意度", row))))
    assert "有1项指标为满意度指标但目标值设为100%，脱离实际（“学员满意度”）" in letter
    assert "未设为“≥百分比”" not in letter


# ---------------------------------------------------------------------------
# H5: one target copied onto many rows

_COPIED = "6项指标中有{}项年度指标均为“≥95%”（分属{}个二级指标），疑为照搬同一指标值"

# Rows whose names are no rate, share or 满意度 (a rate's ≥95% is its own: regress38 W5).
_NOT_RATES = [
    ["产出指标", "数量指标", "培训课程开设", "≥95%"],
    ["产出指标", "质量指标", "培训质量达标", "≥95%"],
    ["产出指标", "时效指标", "完成时间", "≥95%"],
    ["成本指标", "经济成本指标", "人均培训成本", "≥95%"],
    ["效益指标", "社会效益指标", "就业带动", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
]


# “完成时间 ≥95%” is also a time in % (target25 H4).
_TIME_IN_PERCENT = (
    "target-unit-suspect",
    "warning",
    "“完成时间”为时效（时限）指标，年度指标“≥95%”为百分比，计量单位与指标名称不符",
)


@pytest.mark.parametrize(
    ("kept", "expected"),
    [
        pytest.param(
            "",
            [_TIME_IN_PERCENT, ("targets-copied", "info", _COPIED.format(5, 5))],
            id="five-rows-five-level2s",
        ),
        pytest.param("人均培训成本", [_TIME_IN_PERCENT], id="four-rows"),
    ],
)
def test_one_target_copied(kept: str, expected: list[tuple[str, str, str]]) -> None:
    rows = [[*line[:3], "≤300(元/人)"] if line[2] == kept else line for line in _NOT_RATES]
    assert _found(_table(rows)) == expected


def test_one_target_copied_in_the_letter() -> None:
    letter = review(score(_table(_NOT_RATES)))
    assert "6项指标中有5项年度指标均为“≥95%”（分属5个二级指标），疑为照搬同一指标值" in letter
