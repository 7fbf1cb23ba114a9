"""r35c: letter grades and levels ranked both ways, and a target table's title with no year.

- A figure of A's (``≥AA级``, ``≥2(A级)``) against a grade in words (``A级``, ``B级``) was
  ``unknown`` ("不是数值"): it is ranked, every grade of A's above ``A级`` and ``A级``
  above ``B级`` to ``E级`` (a table may mix the two scales: 信用等级 AAA级, AA级, A级, B级).
- A ceiling on a grade (``≤B级``, ``不高于B级``, ``B级及以下``, ``低于B级``) was prose; on a
  risk or incident row a grade alone is a ceiling (lower is better), and a ceiling in
  words on a numbered level there (``事故等级不高于三级``) ranks 一级 highest.
- ``超A级``, ``逾A级`` were prose and ``优于AA级`` the figure ``=2(A级)`` labelled 优于: a bar
  strictly above the grade, as ``>A级`` and ``高于AA级`` are.
- ``项目支出绩效目标`` (no year, no 表) alone on its row is a target table's title.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from grade_tables import found, read, self_table, target_table
from grammar_paths import fast_and_full
from perftrack import Comparison, Descriptive, Op, parse_target
from perftrack.scoring import score
from scoring_builders import indicator, tracking_table


def _missed(name: str) -> list[tuple[str, str | None, str]]:
    return [
        (
            "missing-deviation-reason",
            None,
            f"表中未设偏差原因分析栏目，1项指标（“{name}”）存在偏差，无处说明原因",
        ),
        ("full-points-not-met", "G7", f"“{name}”未完成目标却得满分（填报得分90，计算得分0.00）"),
    ]


def _not_measurable(name: str, target: str) -> tuple[str, str, str]:
    return (
        "target-not-measurable",
        "D7",
        f"“{name}”年度指标“{target}”为定性或文字描述，难以量化考核",
    )


_WORDS = ("unknown", "年度指标为文字描述，实际完成情况需人工判断")
_CREDIT = "信用评价等级"
_RISK = "安全风险等级"
_INCIDENT = "安全事故等级"
_CHAIN = "（AA级高于A级，A级高于B级）"


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        # pins: grades in letters stay descriptive targets (scoring now ranks them)
        pytest.param("≤B级", Descriptive("≤B级"), id="pinned-le-b"),
        pytest.param("不高于B级", Descriptive("不高于B级"), id="pinned-not-above-b"),
        pytest.param("风险等级≤B级", Descriptive("风险等级≤B级"), id="pinned-labelled-le-b"),
        pytest.param("超A级", Descriptive("超A级"), id="pinned-chao-a"),
        pytest.param("逾A级", Descriptive("逾A级"), id="pinned-yu-a"),
        pytest.param("事故等级不高于三级", Descriptive("事故等级不高于三级"), id="pinned-level"),
        # 优于/好于/劣于 a grade of A's: the strict comparison (was =2(A级) labelled 优于)
        pytest.param("优于AA级", Comparison(Op.GT, Decimal(2), "A级"), id="better-aa"),
        pytest.param("好于3A级", Comparison(Op.GT, Decimal(3), "A级"), id="better-3a"),
        pytest.param("劣于AA级", Comparison(Op.LT, Decimal(2), "A级"), id="worse-aa"),
        # as before: 优于 a figure says nothing of which way is better; a run of A's
        pytest.param(
            "优于90%", Comparison(Op.EQ, Decimal(90), "%", label="优于"), id="pinned-better-90"
        ),
        pytest.param("≥AA级", Comparison(Op.GE, Decimal(2), "A级"), id="pinned-ge-aa"),
        pytest.param("超AA级", Comparison(Op.GT, Decimal(2), "A级"), id="pinned-chao-aa"),
    ],
)
def test_parse(cell: str, parsed: object) -> None:
    target = parse_target(cell)
    assert target == parsed
    assert parse_target(str(target)) == target
    fast, full = fast_and_full(parse_target, cell, None)
    assert fast == full


def _self(name: str, target: str, actual: str) -> perftrack.Table:
    return self_table(["产出指标", "质量指标", name, target, actual, "90", "90"])


@pytest.mark.parametrize(
    ("name", "target", "actual", "verdict", "missed"),
    [
        # 1. a figure of A's against a grade in words; the two scales as one
        pytest.param(
            _CREDIT, "≥AA级", "A级", ("not_met", "实际“A级”低于“≥AA级”"), True, id="ge-aa-a"
        ),
        pytest.param(
            _CREDIT,
            "≥AA级",
            "B级",
            ("not_met", f"实际“B级”低于“≥AA级”{_CHAIN}"),
            True,
            id="ge-aa-b",
        ),
        pytest.param(_CREDIT, "AA级", "A级", ("not_met", "实际“A级”低于“AA级”"), True, id="aa-a"),
        pytest.param(
            _CREDIT, "高于3A级", "A级", ("not_met", "实际“A级”未高于“3A级”"), True, id="gt-3a-a"
        ),
        pytest.param(
            _CREDIT, "优于AA级", "A级", ("not_met", "实际“A级”未高于“AA级”"), True, id="better-aa"
        ),
        pytest.param(
            _CREDIT,
            "≤AA级",
            "B级",
            ("met", f"实际“B级”，达到“≤AA级”{_CHAIN}"),
            False,
            id="le-aa-b",
        ),
        pytest.param(
            _CREDIT,
            "优于B级",
            "AAA级",
            ("met", "实际“AAA级”，达到“优于B级”（AAA级高于A级，A级高于B级）"),
            False,
            id="better-b-aaa",
        ),
        pytest.param(
            _CREDIT,
            "≥A级",
            "AAA级",
            ("met", "实际“AAA级”，达到“≥A级”"),
            False,
            id="pinned-ge-a-aaa",
        ),
        pytest.param(
            _CREDIT, "≥A级", "AA级", ("met", "实际“AA级”，达到“≥A级”"), False, id="pinned-ge-a-aa"
        ),
        pytest.param(
            _CREDIT,
            "信用等级≥AA级",
            "A级",
            ("not_met", "实际“A级”低于“信用等级≥AA级”"),
            True,
            id="labelled-ge-aa-a",
        ),
        # as before: two figures of A's
        pytest.param(
            _CREDIT, "≥AA级", "AA级", ("met", "实际2A级，达到年度指标≥2A级"), False, id="pinned-aa"
        ),
        # 2. ceilings on a letter grade
        pytest.param(_CREDIT, "≤B级", "A级", ("not_met", "实际“A级”高于“≤B级”"), True, id="le-b-a"),
        pytest.param(_CREDIT, "≤B级", "B级", ("met", "实际“B级”，达到“≤B级”"), False, id="le-b-b"),
        pytest.param(_CREDIT, "≤B级", "C级", ("met", "实际“C级”，达到“≤B级”"), False, id="le-b-c"),
        pytest.param(
            _CREDIT,
            "不高于B级",
            "A级",
            ("not_met", "实际“A级”高于“不高于B级”"),
            True,
            id="not-above",
        ),
        pytest.param(
            _CREDIT, "至多B级", "C级", ("met", "实际“C级”，达到“至多B级”"), False, id="at-most"
        ),
        pytest.param(
            _CREDIT,
            "B级及以下",
            "A级",
            ("not_met", "实际“A级”高于“B级及以下”"),
            True,
            id="and-below",
        ),
        pytest.param(
            _CREDIT, "B级以下", "B级", ("met", "实际“B级”，达到“B级以下”"), False, id="below"
        ),
        pytest.param(
            _CREDIT, "低于B级", "B级", ("not_met", "实际“B级”未低于“B级”"), True, id="lower-b-b"
        ),
        pytest.param(
            _CREDIT, "低于B级", "C级", ("met", "实际“C级”，达到“低于B级”"), False, id="lower-b-c"
        ),
        pytest.param(
            _RISK,
            "风险等级≤B级",
            "A级",
            ("not_met", "实际“A级”高于“风险等级≤B级”"),
            True,
            id="labelled",
        ),
        # a grade alone on a risk row: lower is better
        pytest.param(
            _RISK,
            "B级",
            "A级",
            ("not_met", "实际“A级”高于“B级”（风险、事故等级越低越好）"),
            True,
            id="risk-b-a",
        ),
        pytest.param(
            _RISK,
            "B级",
            "C级",
            ("met", "实际“C级”，达到“B级”（风险、事故等级越低越好）"),
            False,
            id="risk-b-c",
        ),
        # a ceiling in words on an incident's numbered level: 一级 the highest
        pytest.param(
            _INCIDENT,
            "不高于三级",
            "四级",
            ("met", "实际“四级”，达到“不高于三级”（一级为最高等级）"),
            False,
            id="level-4",
        ),
        pytest.param(
            _INCIDENT,
            "不高于三级",
            "三级",
            ("met", "实际“三级”，达到“不高于三级”（一级为最高等级）"),
            False,
            id="level-3",
        ),
        pytest.param(
            _INCIDENT,
            "不高于三级",
            "二级",
            ("not_met", "实际“二级”高于三级（一级为最高等级），未达到“不高于三级”"),
            True,
            id="level-2",
        ),
        pytest.param(
            _INCIDENT,
            "三级及以下",
            "Ⅳ级",
            ("met", "实际“Ⅳ级”，达到“三级及以下”（一级为最高等级）"),
            False,
            id="level-and-below",
        ),
        pytest.param(
            _INCIDENT,
            "低于三级",
            "三级",
            ("not_met", "实际“三级”未低于三级（一级为最高等级），未达到“低于三级”"),
            True,
            id="level-lower",
        ),
        pytest.param(
            "安全生产",
            "事故等级不高于三级",
            "四级",
            ("met", "实际“四级”，达到“事故等级不高于三级”（一级为最高等级）"),
            False,
            id="level-labelled",
        ),
        # 3. 超/逾 a grade: strict, as >A级 is
        pytest.param(
            _CREDIT, "超A级", "AA级", ("met", "实际“AA级”，达到“超A级”"), False, id="chao-aa"
        ),
        pytest.param(
            _CREDIT, "超A级", "A级", ("not_met", "实际“A级”未高于“A级”"), True, id="chao-a"
        ),
        pytest.param(
            _CREDIT, "逾A级", "A级", ("not_met", "实际“A级”未高于“A级”"), True, id="pinned-yu-a"
        ),
        pytest.param(
            _CREDIT, "优于A级", "A级", ("not_met", "实际“A级”未高于“A级”"), True, id="pinned-you-a"
        ),
    ],
)
def test_self_evaluation(
    name: str, target: str, actual: str, verdict: tuple[str, str], *, missed: bool
) -> None:
    table = _self(name, target, actual)
    scored = score(table).verdicts[0]
    assert (scored.attainment.value, scored.explanation) == verdict
    assert found(table) == (_missed(name) if missed else [])


@pytest.mark.parametrize(
    ("name", "target", "actual", "finding"),
    [
        # a symbol on a numbered level: ≤3 of the figure is 一级 to 三级, the other way
        pytest.param(_INCIDENT, "≤三级", "四级", "target-not-measurable", id="pinned-level-symbol"),
        # no risk or incident named: which way a level runs is the field's
        pytest.param("道路等级", "不高于三级", "四级", "target-not-measurable", id="pinned-road"),
        # two bars that disagree
        pytest.param(_CREDIT, "≥A级以下", "AA级", "malformed-target", id="pinned-contradiction"),
    ],
)
def test_left_to_the_reviewer(name: str, target: str, actual: str, finding: str) -> None:
    table = _self(name, target, actual)
    scored = score(table).verdicts[0]
    assert (scored.attainment.value, scored.explanation) == _WORDS
    assert [f.id for f in score(table).findings if f.id == finding] == [finding]


@pytest.mark.parametrize(
    ("name", "target"),
    [
        (_CREDIT, "≤B级"),
        (_CREDIT, "超A级"),
        (_CREDIT, "低于B级"),
        (_RISK, "风险等级不高于B级"),
        (_INCIDENT, "不高于三级"),
    ],
)
def test_a_ranked_target_is_measurable(name: str, target: str) -> None:
    assert found(target_table(name, target)) == []


def test_a_level_symbol_stays_not_measurable() -> None:
    """A pin: ``≤三级`` keeps its finding (the other tests here fail without r35c)."""
    assert found(target_table(_INCIDENT, "≤三级")) == [_not_measurable(_INCIDENT, "≤三级")]


_TARGET_ROWS = [
    ["项目名称", "测试项目"],
    ["项目资金（万元）", "年度资金总额", "100.00"],
    ["", "其中：财政拨款", "100.00"],
    ["年度绩效目标", "完成年度任务。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人次", "≥100人次"],
]


@pytest.mark.parametrize(
    ("first", "title"),
    [
        pytest.param(["项目支出绩效目标"], "项目支出绩效目标", id="bare"),
        pytest.param(["某某项目支出绩效目标"], "某某项目支出绩效目标", id="named"),
        pytest.param(["部门整体支出绩效目标"], "部门整体支出绩效目标", id="department"),
        pytest.param(["某某专项资金绩效目标"], "某某专项资金绩效目标", id="fund"),
        # as before: with a year, or 表
        pytest.param(["2025年项目支出绩效目标"], "2025年项目支出绩效目标", id="pinned-year"),
        pytest.param(["某某项目支出绩效目标表"], "某某项目支出绩效目标表", id="pinned-table"),
        # no title: a label's row, a report's heading, a sentence, a goal's label
        pytest.param(["项目支出绩效目标", "完成年度任务。"], None, id="pinned-label-row"),
        pytest.param(["一、项目支出绩效目标"], None, id="pinned-numbered-heading"),
        pytest.param(["本项目支出绩效目标如下："], None, id="pinned-sentence"),
        pytest.param(["项目绩效目标"], None, id="pinned-goal-label"),
    ],
)
def test_undated_target_title(first: list[str], title: str | None) -> None:
    table = read([first, *_TARGET_ROWS])
    assert (table.title, table.kind, [i.name for i in table.indicators]) == (
        title,
        perftrack.TableKind.TARGET,
        ["培训人次"],
    )


@pytest.mark.parametrize(
    ("name", "target", "actual", "explanation"),
    [
        pytest.param(_CREDIT, "≥AA级", "A级", "实际“A级”低于“≥AA级”，距年底尚有时间", id="ge-aa"),
        pytest.param(_CREDIT, "≤B级", "A级", "实际“A级”高于“≤B级”，距年底尚有时间", id="le-b"),
        pytest.param(_CREDIT, "超A级", "A级", "实际“A级”未高于“A级”，距年底尚有时间", id="chao-a"),
        pytest.param(
            _INCIDENT,
            "不高于三级",
            "二级",
            "实际“二级”高于三级（一级为最高等级），未达到“不高于三级”，距年底尚有时间",
            id="level",
        ),
    ],
)
def test_before_the_due_date(name: str, target: str, actual: str, explanation: str) -> None:
    verdict = score(tracking_table([indicator(name, target, actual)])).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == ("pending", explanation)
