"""Findings gaps a reviewer left after r38h (r38j).

1. A 合格率 of ``0%（尚未抽检）`` or ``0（未开展验收）`` with a blank 偏差原因 raised
   ``missing-deviation-reason`` (“存在偏差但未填写偏差原因”) while the review letter said the
   row as 尚无验收结果 with no deviation: the remark in the cell is the row's reason, so
   the findings and the letter agree. A remark that gives no cause (``（累计）``,
   ``（较计划略有滞后）``) or a failed check (``（验收未通过）``) still owes one.
2. A target with letters for digits and no unit after them (``≥26OO``) was held against
   the actual as another unit (“实际2600人与年度指标≥26OO单位不可比”): the verdict now says
   the target is not read, as the actual's r38h rule does, beside its one
   ``possible-ocr-artifact``.
3. A bare ``100%`` against a count (``≥10(人次)``) was ``met`` (“实际“100%”，已完成”) with no
   finding: no count and no word of completion, the units apart, ``unknown`` with
   ``unit-mismatch`` that names the ratio. ``10人`` against ``≥95%`` already was.
4. ``无``, ``--``, ``/`` and ``已完成`` against a count: pinned as they stand (see the report).
5. ``--as-of`` inside the tracking period: the text, Markdown and HTML reports' 预算执行
   line says the 执行数 is the period end's figure.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import perftrack
from cases.composed_tables import TRACKING_GRID
from perftrack import Attainment, Policy, Progress
from perftrack.report import scorecard_text
from perftrack.reports import render
from perftrack.reports._common import budget_sentence
from perftrack.reports._review import review

if TYPE_CHECKING:
    from perftrack.scoring import Scorecard

GRID = TRACKING_GRID


def _tracking(*rows: list[str], level2: str = "数量指标") -> list[list[str]]:
    """A 1–6月 跟踪表 (its budget on schedule) with the indicator *rows* (name … reason)."""
    return [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
        ["项目名称", "社区卫生服务"],
        ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
        GRID,
        *(["产出指标", level2, *row] for row in rows),
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "92%", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
        ["", "年度绩效目标完成可能性", "有可能完成"],
        ["纠偏措施", "加快体检排期"],
    ]


SELF = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _self(*rows: list[str]) -> list[list[str]]:
    """A 2023 自评表 with the indicator *rows* (name, target, actual, weight, points, reason)."""
    return [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "示例项目"],
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "50.00", "50.00", "50.00", "10", "100.00%", "10"],
        SELF,
        *(["产出指标", "数量指标", *row] for row in rows),
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "20", "20", ""],
    ]


def _card(rows: list[list[str]], policy: Policy | None = None) -> Scorecard:
    text = "\n".join("\t".join(row) for row in rows) + "\n"
    return perftrack.score(perftrack.read_text(text)[0], policy=policy)


def _found(card: Scorecard, *ids: str) -> list[tuple[str, str | None, str]]:
    return [
        (f.id, f.where.cell, f.message)
        for f in card.findings
        if f.id in ids and f.where.indicator == 0
    ]


def _verdict(card: Scorecard) -> tuple[Attainment, Progress, str]:
    verdict = card.verdicts[0]
    return verdict.attainment, verdict.progress, verdict.explanation


# -- 1: the remark in the actual cell is the row's reason ---------------------------

BEHIND_ZERO = "实际0%，未达年度指标≥95%，距年底尚有时间；实际0%落后于计划95%"
UNRATED_LINE = "有1项指标的合格率填报为0，尚无验收或检查结果（“{name}”）"


@pytest.mark.parametrize(
    ("name", "actual"),
    [
        pytest.param("产品抽检合格率", "0%（尚未抽检）", id="not-yet-sampled"),
        pytest.param("验收合格率", "0（未开展验收）", id="no-acceptance-yet"),
        pytest.param("验收合格率", "0（待验收）", id="awaiting-acceptance"),
        pytest.param("工程验收合格率", "0（项目尚未竣工，待验收）", id="not-finished-awaiting"),
    ],
)
def test_a_remark_of_no_check_yet_is_the_reason(name: str, actual: str) -> None:
    card = _card(_tracking([name, "≥95%", "95%", actual, ""], level2="质量指标"))
    assert _verdict(card) == (Attainment.PENDING, Progress.BEHIND, BEHIND_ZERO)
    assert _found(card, "missing-deviation-reason") == []
    letter = review(card)
    assert UNRATED_LINE.format(name=name) in letter
    assert "未分析原因" not in letter
    assert "补充偏差原因分析" not in letter


def test_a_remark_of_staff_not_yet_in_post_is_the_reason() -> None:
    card = _card(_tracking(["服务人数", "≥100人", "50人", "30人（人员尚未到岗）", ""]))
    assert _found(card, "missing-deviation-reason") == []
    assert "进度落后于跟踪期计划（“服务人数”）" in review(card)


@pytest.mark.parametrize(
    ("row", "level2"),
    [
        # a check that failed: a result, its cause still owed
        pytest.param(["验收合格率", "≥95%", "95%", "0（验收未通过）", ""], "质量指标", id="failed"),
        # a bare 0: nothing in the cell says why
        pytest.param(["验收合格率", "≥95%", "95%", "0%", ""], "质量指标", id="bare-zero"),
        # the lag said again, a part, a total: no cause
        pytest.param(
            ["服务人次", "≥30000人次", "7500人次", "6800人次（较计划略有滞后）", ""],
            "数量指标",
            id="lag-said-again",
        ),
        pytest.param(["服务人数", "≥100人", "50人", "30人（累计）", ""], "数量指标", id="a-total"),
    ],
)
def test_a_remark_that_gives_no_cause_still_owes_one(row: list[str], level2: str) -> None:
    card = _card(_tracking(row, level2=level2))
    assert _found(card, "missing-deviation-reason") == [
        ("missing-deviation-reason", "G8", f"“{row[0]}”存在偏差但未填写偏差原因")
    ]


# -- 2: a target with letters for digits is not read --------------------------------

OCR_IDS = ("possible-ocr-artifact", "unit-mismatch", "actual-not-numeric")


@pytest.mark.parametrize(
    ("target", "meant", "letters"),
    [
        pytest.param("≥26OO", "≥2600", "O", id="floor"),
        pytest.param("26OO", "2600", "O", id="exact"),
        pytest.param("≥1OO", "≥100", "O", id="hundred"),
    ],
)
def test_a_target_with_letters_for_digits_is_not_read(
    target: str, meant: str, letters: str
) -> None:
    card = _card(_tracking(["签约人数", target, "1000人", "2600人", ""]))
    assert _verdict(card) == (
        Attainment.UNKNOWN,
        Progress.ON_TRACK,
        f"年度指标“{target}”含字母，无法识别为数值，无法比较",
    )
    assert _found(card, *OCR_IDS) == [
        (
            "possible-ocr-artifact",
            "D8",
            f"“签约人数”年度指标值“{target}”含字母{letters}，疑为“{meant}”，无法识别为数值，请核实更正",
        )
    ]
    letter = review(card)
    assert "有1项指标的指标值无法识别或疑似识别错误（“签约人数”）" in letter
    assert "计量单位不一致" not in letter


def test_a_target_with_letters_for_digits_in_english() -> None:
    card = _card(_tracking(["签约人数", "≥26OO", "1000人", "2600人", ""]), Policy(language="en"))
    assert (
        card.verdicts[0].explanation == "the target “≥26OO” holds letters for digits: no comparison"
    )


@pytest.mark.parametrize(
    ("target", "explanation"),
    [
        # letters before a unit are read, the letters said once (r37q)
        pytest.param("≥26OO人", "实际2600人，达到年度指标≥2600人", id="before-a-unit"),
        pytest.param("1O0%", "实际100%，达到年度指标=100%", id="percent"),
    ],
)
def test_a_target_with_letters_before_a_unit_is_still_read(target: str, explanation: str) -> None:
    row = ["签约人数", target, "1000人", "2600人", ""] if "人" in target else None
    row = row or ["验收合格率", target, "100%", "100%", ""]
    card = _card(_tracking(row))
    assert card.verdicts[0].attainment is Attainment.MET
    assert card.verdicts[0].explanation == explanation
    assert [f[0] for f in _found(card, *OCR_IDS)] == ["possible-ocr-artifact"]


# -- 3: a percentage against a count, a count against a percentage -------------------

RATIO_MISMATCH = "“培训人次”实际单位“%”与年度指标单位“人次”不可比，疑为完成比例而非实际完成数"


@pytest.mark.parametrize(
    ("actual", "shown"),
    [
        pytest.param("100%", "100%", id="bare-100"),
        pytest.param("约100%", "约100%", id="about-100"),
        pytest.param("120%", "120%", id="over-100"),
    ],
)
def test_a_bare_percentage_of_the_whole_against_a_count_is_no_met(actual: str, shown: str) -> None:
    card = _card(_tracking(["培训人次", "≥10(人次)", "5人次", actual, ""]))
    assert _verdict(card) == (
        Attainment.UNKNOWN,
        Progress.UNKNOWN,
        f"实际{shown}与年度指标≥10人次单位不可比",
    )
    assert _found(card, "unit-mismatch", "missing-deviation-reason") == [
        ("unit-mismatch", "F8", RATIO_MISMATCH)
    ]
    assert "有1项指标实际完成值与年度指标计量单位不一致（“培训人次”）" in review(card)


def test_a_table_of_bare_100_percents_says_it_once() -> None:
    rows = [
        ["家庭医生签约人数", "≥5000人", "2500人", "100%", ""],
        ["健康讲座次数", "≥12次", "6次", "100%", ""],
        ["体检人数", "≥800人", "400人", "100%", ""],
    ]
    card = _card(_tracking(*rows))
    assert [v.attainment for v in card.verdicts[:3]] == [Attainment.UNKNOWN] * 3
    assert [f.id for f in card.findings if f.id in ("unit-mismatch", "actuals-as-ratios")] == [
        "actuals-as-ratios"
    ]
    letter = review(card)
    assert "共设置绩效指标4项，已完成1项，无法判断3项。" in letter
    assert "计量单位不一致" not in letter


def test_a_bare_100_percent_in_a_self_evaluation_keeps_its_printed_points() -> None:
    card = _card(_self(["培训人次", "≥10(人次)", "100%", "20", "20", ""]))
    assert card.verdicts[0].attainment is Attainment.UNKNOWN
    assert _found(card, "unit-mismatch") == [("unit-mismatch", "E7", RATIO_MISMATCH)]
    assert card.points is not None
    (item,) = [item for item in card.points.items if item.name == "培训人次"]
    assert (item.points, item.rule) == (20, "unknown: printed points")


def test_a_bare_100_percent_in_english() -> None:
    card = _card(_tracking(["培训人次", "≥10(人次)", "5人次", "100%", ""]), Policy(language="en"))
    assert [f[2] for f in _found(card, "unit-mismatch")] == [
        "“培训人次”: unit “%” vs “人次”: a ratio done, not the count"
    ]


@pytest.mark.parametrize(
    ("actual", "attainment", "explanation"),
    [
        # a share short of the whole still admits the shortfall (score57 F2)
        pytest.param(
            "95%",
            Attainment.NOT_MET,
            "实际“95%”（按年度指标的95%计为9.5人次），未达年度指标≥10人次",
            id="bare-95-a-share",
        ),
        # a word of completion says the whole is done
        pytest.param("完成率100%", Attainment.MET, "实际“完成率100%”，已完成", id="rate-word"),
        pytest.param("已完成", Attainment.MET, "实际“已完成”，已完成", id="done-word"),
    ],
)
def test_a_share_with_its_word_or_short_of_the_whole_is_as_before(
    actual: str, attainment: Attainment, explanation: str
) -> None:
    card = _card(_self(["培训人次", "≥10(人次)", actual, "20", "20", ""]))
    assert (card.verdicts[0].attainment, card.verdicts[0].explanation) == (attainment, explanation)
    assert _found(card, "unit-mismatch") == []


def test_a_count_against_a_percentage_is_a_unit_mismatch() -> None:
    card = _card(_tracking(["验收合格率", "≥95%", "95%", "10人", ""], level2="质量指标"))
    assert _verdict(card) == (
        Attainment.UNKNOWN,
        Progress.UNKNOWN,
        "实际10人与年度指标≥95%单位不可比",
    )
    assert _found(card, "unit-mismatch") == [
        ("unit-mismatch", "F8", "“验收合格率”实际单位“人”与年度指标单位“%”不可比")
    ]


# -- 4: no figure against a count: pinned as they stand -----------------------------


@pytest.mark.parametrize(
    ("actual", "expected", "ids"),
    [
        pytest.param(
            "无",
            (
                Attainment.PENDING,
                Progress.BEHIND,
                "实际0人次，未达年度指标≥10人次，距年底尚有时间；实际0人次落后于计划5人次",
            ),
            ["missing-deviation-reason"],
            id="none-is-zero",
        ),
        pytest.param(
            "--",
            (Attainment.NOT_APPLICABLE, Progress.NOT_APPLICABLE, "指标不适用"),
            [],
            id="dashes-not-applicable",
        ),
        pytest.param(
            "/",
            (Attainment.PENDING, Progress.UNKNOWN, "尚无实际完成值（“/”），截止日期未到"),
            [],
            id="slash-no-figure-yet",
        ),
        pytest.param(
            "已完成",
            (
                Attainment.PENDING,
                Progress.ON_TRACK,
                "实际“已完成”，即跟踪期计划5人次已完成，年度指标≥10人次尚未到期，距年底尚有时间",
            ),
            [],
            id="done-is-the-plan",
        ),
    ],
)
def test_no_figure_against_a_count_mid_year(
    actual: str, expected: tuple[Attainment, Progress, str], ids: list[str]
) -> None:
    card = _card(_tracking(["培训人次", "≥10(人次)", "5人次", actual, ""]))
    assert _verdict(card) == expected
    assert [f.id for f in card.findings if f.where.indicator == 0] == ids


# -- 5: the reports say the execution figure is the period end's --------------------

PERIOD_END = "执行数为跟踪期末 2024-06-30 的填报数"
ONE_ROW = ["签约人数", "≥5000人", "2500人", "2600人", ""]


def test_the_reports_say_the_execution_is_the_period_ends() -> None:
    card = _card(_tracking(ONE_ROW), Policy(as_of=dt.date(2024, 4, 30)))
    assert (
        "  预算执行：年度资金总额 60.00 / 120.00 万元 = 50.00%"
        f"（填报 50.00%，{PERIOD_END}），不低于序时进度 ✓"
    ) in scorecard_text(card).splitlines()
    assert budget_sentence(card) == (
        f"执行率 50.00%（60.00 / 120.00 万元，填报 50.00%，{PERIOD_END}），不低于序时进度 33.33%"
    )
    assert f"{PERIOD_END}）" in render([card], [], "markdown")
    assert f"{PERIOD_END}）" in render([card], [], "html")


@pytest.mark.parametrize(
    "as_of",
    [
        pytest.param(None, id="no-date"),
        pytest.param(dt.date(2024, 6, 30), id="the-period-end"),
    ],
)
def test_no_period_end_words_at_the_period_end(as_of: dt.date | None) -> None:
    card = _card(_tracking(ONE_ROW), Policy(as_of=as_of) if as_of else None)
    assert "跟踪期末" not in scorecard_text(card)
    assert (
        budget_sentence(card)
        == "执行率 50.00%（60.00 / 120.00 万元，填报 50.00%），不低于序时进度 50.00%"
    )
