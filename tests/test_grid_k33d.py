"""A level's word as the indicator's name in the 三级 column (k33d, expr58 finding 1).

Since 财预〔2021〕101号 成本 rows are often named 经济成本 / 社会成本 / 生态环境成本, the
names of the 101号 level 2s without their 指标. Under ``产出指标 | 成本指标`` with word
cells (``经济成本 | 控制在预算内 | 未超预算``) the word was taken for a level-2 label:
the row was read one column off (the target became the name, the actual was blank
or took the 分值, a ``missing-actual`` warning or a false ``not_met``). The same held
for 社会效益, 经济效益, 服务对象满意度, 数量… in the 三级 column with the 二级 cell blank.

The word's column and the row's cells decide, not the word: in the header's name
column, with only labels left of it where the header puts them, and the row filling
the header's columns from it, it is the name when the row already prints its level 2,
or when read as a label the row would come up short. A level written as a label
(指标 at its end), a label-only row, a row shifted right (its next cell a name and a
figure target after it, or words under 分值) keep their reading.

Every table is built here as TSV text, read with :func:`perftrack.read_text` and scored.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import BUDGET, GOAL, GRID, SELF, TRACK_TAIL, track_head

# (level 1, level 2, name, target, actual, weight, attainment, explanation) of one indicator
Expected = tuple[str, str | None, str, str, str | None, str | None, str, str]

# The findings of a row read one column off: none of them may be raised by a row read right.
SHIFTED = frozenset({"layout-normalised", "missing-actual", "missing-deviation-reason"})

WORDS_MET = "实际完成情况与年度指标表述一致"
BUDGET_MET = "实际“未超预算”，达到“控制在预算内”"
NO_HARM_MET = "实际“无负面影响”，达到“无负面影响”"


def _self_text(rows: tuple[str, ...]) -> str:
    """The probe 2025 自评表 (绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因)."""
    return "\n".join(
        [*SELF, *BUDGET, *GOAL, GRID, *("\t" + row.replace("|", "\t") for row in rows)]
    )


def _track_text(rows: tuple[str, ...]) -> str:
    """The probe 2025 跟踪表 (一级 | 二级 | 三级 | 年度指标值 | 计划 | 实际 | 偏差原因), January to September."""
    return "\n".join([*track_head(9), *(row.replace("|", "\t") for row in rows), *TRACK_TAIL])


def _read(text: str) -> tuple[list[Expected], set[str]]:
    table = perftrack.read_text(text)[0]
    card = perftrack.score(table)
    got: list[Expected] = [
        (
            indicator.level1 or "",
            indicator.level2,
            indicator.name,
            str(indicator.target),
            None if indicator.actual is None else str(indicator.actual),
            None if indicator.weight is None else str(indicator.weight),
            verdict.attainment.value,
            verdict.explanation,
        )
        for indicator, verdict in zip(table.indicators, card.verdicts, strict=True)
    ]
    return got, {finding.id for finding in [*table.findings, *card.findings]}


# Rows whose level's word is the name: (case, rows, the indicators read).
NAMED: list[tuple[str, tuple[str, ...], list[Expected]]] = [
    (
        "经济成本 under 产出指标 | 成本指标, the same words in target and actual",
        ("产出指标|成本指标|经济成本|按标准执行|按标准执行|2||",),
        [("产出指标", "成本指标", "经济成本", "按标准执行", "按标准执行", "2", "met", WORDS_MET)],
    ),
    (
        "经济成本 with 控制在预算内 | 未超预算: was not_met on the 分值 read as the actual",
        ("产出指标|成本指标|经济成本|控制在预算内|未超预算|2||",),
        [("产出指标", "成本指标", "经济成本", "控制在预算内", "未超预算", "2", "met", BUDGET_MET)],
    ),
    (
        "社会成本 under 产出指标 | 成本指标",
        ("产出指标|成本指标|社会成本|无负面影响|无负面影响|2||",),
        [("产出指标", "成本指标", "社会成本", "无负面影响", "无负面影响", "2", "met", NO_HARM_MET)],
    ),
    (
        "the report's table: 成本指标 under a merged 产出指标, 分值 and 得分 printed",
        (
            "产出指标|数量指标|培训人次|≥500人次|520人次|50|50|",
            "|成本指标|经济成本|控制在预算内|未超预算|20|20|",
        ),
        [
            (
                "产出指标",
                "数量指标",
                "培训人次",
                "≥500(人次)",
                "520(人次)",
                "50",
                "met",
                "实际520人次，达到年度指标≥500人次",
            ),
            (
                "产出指标",
                "成本指标",
                "经济成本",
                "控制在预算内",
                "未超预算",
                "20",
                "met",
                BUDGET_MET,
            ),
        ],
    ),
    (
        "成本指标 in the 一级 column, the 二级 cell blank (alone: the old level 2, as before)",
        ("成本指标||经济成本|控制在预算内|未超预算|20|20|",),
        [("产出指标", "成本指标", "经济成本", "控制在预算内", "未超预算", "20", "met", BUDGET_MET)],
    ),
    (
        "成本指标 beside 产出指标 in the 一级 column (a level 1), the 二级 cells blank",
        (
            "产出指标|数量指标|培训人次|≥500人次|520人次|40|40|",
            "成本指标||经济成本|控制在预算内|未超预算|10||",
            "||社会成本|无负面影响|无负面影响|10||",
        ),
        [
            (
                "产出指标",
                "数量指标",
                "培训人次",
                "≥500(人次)",
                "520(人次)",
                "40",
                "met",
                "实际520人次，达到年度指标≥500人次",
            ),
            ("成本指标", None, "经济成本", "控制在预算内", "未超预算", "10", "met", BUDGET_MET),
            ("成本指标", None, "社会成本", "无负面影响", "无负面影响", "10", "met", NO_HARM_MET),
        ],
    ),
    (
        "社会效益 as the name, the 二级 cell blank",
        ("效益指标||社会效益|按计划推进|按计划推进|2||",),
        [("效益指标", None, "社会效益", "按计划推进", "按计划推进", "2", "met", WORDS_MET)],
    ),
    (
        "经济效益 as the name, the 二级 cell blank",
        ("效益指标||经济效益|带动增收|带动增收|2||",),
        [("效益指标", None, "经济效益", "带动增收", "带动增收", "2", "met", WORDS_MET)],
    ),
    (
        "服务对象满意度 as the name, the 二级 cell blank",
        ("满意度指标||服务对象满意度|满意|满意|2||",),
        [("满意度指标", None, "服务对象满意度", "满意", "满意", "2", "met", WORDS_MET)],
    ),
    (
        "数量 as the name, the 二级 cell blank",
        ("产出指标||数量|按计划完成|按计划完成|2||",),
        [("产出指标", None, "数量", "按计划完成", "按计划完成", "2", "met", WORDS_MET)],
    ),
    (
        "数量 as the name under 成本指标 (a level 1 word, so no 'after a level 2' rule)",
        ("产出指标|成本指标|数量|按计划完成|按计划完成|2||",),
        [("产出指标", "成本指标", "数量", "按计划完成", "按计划完成", "2", "met", WORDS_MET)],
    ),
]


@pytest.mark.parametrize(("rows", "expected"), [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_level_word_is_the_name_in_self_evaluation(
    rows: tuple[str, ...], expected: list[Expected]
) -> None:
    got, findings = _read(_self_text(rows))
    assert got == expected
    assert findings.isdisjoint(SHIFTED)


# Rows that keep their reading: the word is a label (case, rows, indicators, shifted or not).
LABELS: list[tuple[str, tuple[str, ...], list[Expected], bool]] = [
    (
        "a label-only row 成本指标 | 经济成本指标 over a row of merged level cells",
        ("成本指标|经济成本指标|||||", "||人员经费|≤10万元|9万元|20|20|"),
        [
            (
                "成本指标",
                "经济成本指标",
                "人员经费",
                "≤10(万元)",
                "9(万元)",
                "20",
                "met",
                "实际9万元，达到年度指标≤10万元",
            )
        ],
        False,
    ),
    (
        "经济成本 in the 二级 column is the level 2",
        ("成本指标|经济成本|人员经费|按标准执行|按标准执行|20|20|",),
        [
            (
                "成本指标",
                "经济成本指标",
                "人员经费",
                "按标准执行",
                "按标准执行",
                "20",
                "met",
                WORDS_MET,
            )
        ],
        False,
    ),
    (
        "a 101号 row shifted right: a name, then a figure target after the word",
        ("|成本指标|经济成本|人员经费|≤10万元|9万元|20|20",),
        [
            (
                "成本指标",
                "经济成本指标",
                "人员经费",
                "≤10(万元)",
                "9(万元)",
                "20",
                "met",
                "实际9万元，达到年度指标≤10万元",
            )
        ],
        True,
    ),
    (
        "a 101号 row shifted right: read from the word, words would stand under 分值",
        ("|成本指标|经济成本|人员经费|按标准|按标准|20|20",),
        [("成本指标", "经济成本指标", "人员经费", "按标准", "按标准", "20", "met", WORDS_MET)],
        True,
    ),
    (
        "社会效益 past a blank 二级 cell: read from it, 提升 would stand under 分值",
        ("效益指标||社会效益|党员参与度提升|提升|提升|10|10",),
        [
            (
                "效益指标",
                "社会效益指标",
                "党员参与度提升",
                "提升",
                "提升",
                "10",
                "met",
                "实际“提升”，达到“提升”",
            )
        ],
        True,
    ),
    (
        "a level written as a label (指标 at its end) in the name column",
        ("效益指标||社会效益指标|群众收入|提高|提高|10|10",),
        [
            (
                "效益指标",
                "社会效益指标",
                "群众收入",
                "提高",
                "提高",
                "10",
                "met",
                "实际“提高”，达到“提高”",
            )
        ],
        True,
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected", "shifted"), [c[1:] for c in LABELS], ids=[c[0] for c in LABELS]
)
def test_level_label_keeps_its_reading(
    rows: tuple[str, ...],
    expected: list[Expected],
    shifted: bool,  # noqa: FBT001
) -> None:
    got, findings = _read(_self_text(rows))
    assert got == expected
    assert ("layout-normalised" in findings) is shifted
    assert "missing-actual" not in findings


# 跟踪表 rows (年度指标值 | 计划 | 实际 | 偏差原因, no 分值): (case, rows, indicators read).
TRACKED: list[tuple[str, tuple[str, ...], list[Expected], bool]] = [
    (
        "经济成本 under 产出指标 | 成本指标",
        ("产出指标|成本指标|经济成本|控制在预算内|按计划|未超预算|",),
        [("产出指标", "成本指标", "经济成本", "控制在预算内", "未超预算", None, "met", BUDGET_MET)],
        False,
    ),
    (
        "经济成本 after 成本指标 and a blank 二级 cell: as a label the actual would be blank",
        ("成本指标||经济成本|控制在预算内|按计划|未超预算|",),
        [("产出指标", "成本指标", "经济成本", "控制在预算内", "未超预算", None, "met", BUDGET_MET)],
        False,
    ),
    (
        "the seed's shifted level 2 without 指标: as a label target, plan and actual are filled",
        ("效益指标||社会效益|党员参与度提升情况|提升|提升|提升",),
        [
            (
                "效益指标",
                "社会效益指标",
                "党员参与度提升情况",
                "提升",
                "提升",
                None,
                "met",
                "实际“提升”，达到“提升”",
            )
        ],
        True,
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected", "shifted"), [c[1:] for c in TRACKED], ids=[c[0] for c in TRACKED]
)
def test_level_word_in_tracking_table(
    rows: tuple[str, ...],
    expected: list[Expected],
    shifted: bool,  # noqa: FBT001
) -> None:
    got, findings = _read(_track_text(rows))
    assert got == expected
    assert ("layout-normalised" in findings) is shifted
    assert "missing-actual" not in findings
