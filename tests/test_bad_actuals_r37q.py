"""r37q: unreadable or misread actuals, in the findings and the 审核意见 letter.

Each table is built here as a TSV (a 2024 1–6月 跟踪表); each case fails before its fix:

I. an Excel error value in the 实际完成值 (``#VALUE!``) was listed under
   ``的指标值无法识别或疑似识别错误`` with the advice ``核对并规范填写指标值``: the error is
   the actual's, and the advice is to correct the 实际完成值 (a plan's, the 计划完成值).
A. a figure with the letter O (or l, I) for a digit had no finding: ``2,6OO`` was
   无法判断 and the letter said ``未发现明显问题``; ``9O%`` was read as 90% and met, said
   nowhere. Both are ``possible-ocr-artifact`` warnings now (``9O%`` still read as 90%),
   and the letter lists the row under 实际完成值无法识别或疑似识别错误. Beyond letters:
   any row left 无法判断 because its actual is no figure (``见附件``, ``2600?``) with no
   warning of its own made the letter say ``未发现明显问题``; it now says
   ``的实际完成值不是数值，无法判断完成情况``.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review
from perftrack.scoring import score

Rows = list[list[str]]

HEAD: Rows = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
    ["项目名称", "社区卫生服务"],
    ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
    ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
    ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
    ["年度总体目标", "预期目标", "", "跟踪期实际完成情况"],
    ["", "完成签约服务。", "", "部分完成。"],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "跟踪期计划完成值",
        "跟踪期实际完成值",
        "偏差原因分析",
    ],
]
TAIL: Rows = [
    ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
    ["", "年度绩效目标完成可能性", "确定能完成"],
    ["纠偏措施", "无"],
]
# Four rows, none with a finding of its own (the 定性 target is kept out of the letter's
# problems by a measurable 效益 row).
ROWS: Rows = [
    ["产出指标", "数量指标", "家庭医生签约人数", "≥5000人", "2500", "2600", ""],
    ["", "质量指标", "签约服务覆盖率", "≥35%", "20%", "20%", ""],
    ["效益指标", "社会效益指标", "居民健康档案建档率", "≥80%", "40%", "45%", ""],
    ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "92%", ""],
]


def _table(row: int, column: int, text: str) -> perftrack.Table:
    rows = [list(cells) for cells in ROWS]
    rows[row][column] = text
    tsv = "\n".join("\t".join(cells) for cells in [*HEAD, *rows, *TAIL])
    return perftrack.read_text(tsv)[0]


def _problems(letter: str) -> str:
    """The letter from its opening count on (the budget sentence is no case's)."""
    return letter[letter.index("共设置") :]


# --- I: an error value in the actual (or plan) is the actual's (plan's) ---


@pytest.mark.parametrize(
    ("row", "column", "text", "problems"),
    [
        pytest.param(
            0,
            5,
            "#VALUE!",
            "共设置绩效指标4项，已完成1项，进行中2项，无法判断1项。存在以下问题："
            "有1项指标的实际完成值无法识别或疑似识别错误（“家庭医生签约人数”）。"
            "建议核对并规范填写实际完成值。",
            id="actual-value-error",
        ),
        pytest.param(
            1,
            5,
            "#DIV/0!",
            "共设置绩效指标4项，已完成1项，进行中2项，无法判断1项。存在以下问题："
            "有1项指标的实际完成值无法识别或疑似识别错误（“签约服务覆盖率”）。"
            "建议核对并规范填写实际完成值。",
            id="actual-div-error",
        ),
        pytest.param(
            0,
            4,
            "#REF!",
            "共设置绩效指标4项，已完成1项，进行中3项。存在以下问题："
            "有1项指标的计划完成值无法识别或疑似识别错误（“家庭医生签约人数”）。"
            "建议核对并规范填写计划完成值。",
            id="plan-ref-error",
        ),
        pytest.param(
            0,
            3,
            "#VALUE!",
            "共设置绩效指标4项，已完成1项，进行中2项，无法判断1项。存在以下问题："
            "有1项指标的指标值无法识别或疑似识别错误（“家庭医生签约人数”）。"
            "建议核对并规范填写指标值。",
            id="target-error-stays-target",
        ),
    ],
)
def test_error_value_named_by_its_column(row: int, column: int, text: str, problems: str) -> None:
    letter = review(score(_table(row, column, text)))
    assert _problems(letter) == problems


def test_error_values_in_two_columns_are_two_problems() -> None:
    rows = [list(cells) for cells in ROWS]
    rows[0][3] = "#N/A"
    rows[1][5] = "#VALUE!"
    tsv = "\n".join("\t".join(cells) for cells in [*HEAD, *rows, *TAIL])
    letter = review(score(perftrack.read_text(tsv)[0]))
    assert _problems(letter) == (
        "共设置绩效指标4项，已完成1项，进行中1项，无法判断2项。存在以下问题："
        "一是有1项指标的指标值无法识别或疑似识别错误（“家庭医生签约人数”）；"
        "二是有1项指标的实际完成值无法识别或疑似识别错误（“签约服务覆盖率”）。"
        "建议核对并规范填写指标值，核对并规范填写实际完成值。"
    )


# --- A: letters for digits in a value cell ---


def _own(card: perftrack.Scorecard) -> list[tuple[str, str, str | None, str]]:
    return [
        (f.id, f.severity.value, f.where.cell, f.message)
        for f in card.findings
        if f.id == "possible-ocr-artifact"
    ]


@pytest.mark.parametrize(
    ("row", "column", "text", "findings", "verdict"),
    [
        pytest.param(
            0,
            5,
            "2,6OO",
            [
                (
                    "possible-ocr-artifact",
                    "warning",
                    "F10",
                    "“家庭医生签约人数”实际完成值“2,6OO”含字母O，疑为“2,600”，无法识别为数值，请核实更正",
                )
            ],
            ("unknown", "实际“2,6OO”不是数值，无法与年度指标比较"),
            id="grouped-unread",
        ),
        pytest.param(
            3,
            5,
            "9O%",
            [
                (
                    "possible-ocr-artifact",
                    "warning",
                    "F13",
                    "“签约居民满意度”实际完成值“9O%”含字母O，疑为“90%”，已按“90%”判断，请核实更正",
                )
            ],
            ("met", "实际90%，达到年度指标≥90%"),
            id="percent-read",
        ),
        pytest.param(
            0,
            5,
            "26O0人",
            [
                (
                    "possible-ocr-artifact",
                    "warning",
                    "F10",
                    "“家庭医生签约人数”实际完成值“26O0人”含字母O，疑为“2600人”，已按“2600人”判断，请核实更正",
                )
            ],
            ("pending", "实际2600人，未达年度指标≥5000人，距年底尚有时间"),
            id="unit-read",
        ),
        pytest.param(
            0,
            5,
            "1O0",
            [
                (
                    "possible-ocr-artifact",
                    "warning",
                    "F10",
                    "“家庭医生签约人数”实际完成值“1O0”含字母O，疑为“100”，无法识别为数值，请核实更正",
                )
            ],
            ("unknown", "实际“1O0”不是数值，无法与年度指标比较"),
            id="bare-unread",
        ),
        pytest.param(
            1,
            4,
            "l5%",
            [
                (
                    "possible-ocr-artifact",
                    "warning",
                    "E11",
                    "“签约服务覆盖率”计划完成值“l5%”含字母l，疑为“15%”，已按“15%”判断，请核实更正",
                )
            ],
            None,
            id="plan-l-read",
        ),
        # guards: a name, a unit and a chemical formula are no misread digits
        pytest.param(0, 5, "2600", [], None, id="digits"),
        pytest.param(0, 5, "完成O2O平台签约2600人", [], None, id="o2o"),
        pytest.param(1, 5, "CO2减排20%", [], None, id="co2"),
        pytest.param(0, 5, "5l", [], None, id="litres"),
    ],
)
def test_letters_for_digits(
    row: int,
    column: int,
    text: str,
    findings: list[tuple[str, str, str, str]],
    verdict: tuple[str, str] | None,
) -> None:
    card = score(_table(row, column, text))
    assert _own(card) == findings
    if verdict is not None:
        got = card.verdicts[row]
        assert (got.attainment.value, got.explanation) == verdict


@pytest.mark.parametrize(
    ("row", "text", "problems"),
    [
        pytest.param(
            0,
            "2,6OO",
            "共设置绩效指标4项，已完成1项，进行中2项，无法判断1项。存在以下问题："
            "有1项指标的实际完成值无法识别或疑似识别错误（“家庭医生签约人数”）。"
            "建议核对并规范填写实际完成值。",
            id="unread-not-clean",
        ),
        pytest.param(
            3,
            "9O%",
            "共设置绩效指标4项，已完成1项，进行中3项。存在以下问题："
            "有1项指标的实际完成值无法识别或疑似识别错误（“签约居民满意度”）。"
            "建议核对并规范填写实际完成值。",
            id="read-said",
        ),
    ],
)
def test_letters_for_digits_in_letter(row: int, text: str, problems: str) -> None:
    letter = review(score(_table(row, 5, text)))
    assert "未发现明显问题" not in letter
    assert _problems(letter) == problems


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        pytest.param(
            text,
            "共设置绩效指标4项，已完成1项，进行中2项，无法判断1项。存在以下问题："
            "有1项指标的实际完成值不是数值，无法判断完成情况（“家庭医生签约人数”）。"
            "建议按年度指标填报实际完成数值。",
            id=text,
        )
        for text in ("见附件", "2600?", "???", "较好")
    ],
)
def test_no_number_actual_not_clean(text: str, problems: str) -> None:
    card = score(_table(0, 5, text))
    # the row the letter names is a warning too, so check fails it (r38h 2: it was [])
    assert [f.id for f in card.findings] == ["actual-not-numeric"]
    assert card.verdicts[0].explanation == f"实际“{text}”不是数值，无法与年度指标比较"
    letter = review(card)
    assert "未发现明显问题" not in letter
    assert _problems(letter) == problems


def test_clean_table_stays_clean() -> None:
    letter = review(score(_table(0, 5, "2600")))
    assert _problems(letter) == (
        "共设置绩效指标4项，已完成1项，进行中3项。未发现明显问题。"
        "建议继续按计划推进项目实施，确保全年绩效目标如期实现。"
    )
