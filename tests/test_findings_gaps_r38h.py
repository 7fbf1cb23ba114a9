"""Findings gaps a reviewer left after r37 (r38h).

1. ``26OO`` (letters for digits, no unit after them) was read as 26 in the unit ``OO``:
   besides r37q's ``possible-ocr-artifact`` it raised ``unit-mismatch`` (“实际单位“OO”与年度
   指标单位“人”不可比”) and the verdict said ``实际26OO与年度指标≥5000人单位不可比``. One
   fault, one finding: the figure is not read, as ``2,6OO``.
2. An actual that gives no figure (``见附件``, ``详见附表``, ``见佐证材料``, ``良好``) against
   a numeric target was named by the review letter but raised no finding, so ``perftrack
   check`` passed it: now ``actual-not-numeric`` (a warning), the letter's line its rows.
3. ``judgement-missing`` pointed at the merged label of the blank 完成可能性 row; it points
   at the blank answer cell past the label's range, as r37t's ``missing-corrective-measures``.
4. A pass rate of 0 before any check (``合格率 | ≥95% | 95% | 0% | 尚未开展抽检``) is behind,
   and the summary's 落后 counts it, but the letter's opening did not: it now says
   ``其中1项合格率为0、尚无验收或检查结果``, as its problem says it.
5. ``--as-of`` inside the tracking period with a printed 跟踪期执行数: the figure is the
   whole period's; it is kept, and ``budget-executed-period-end`` (info) and the letter's
   opening say so.

Every table is written here as text (or xlsx, HTML), read and scored, with the exact words.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import perftrack
from cases.composed_tables import TRACKING_GRID
from fixtures_office import xlsx_bytes
from perftrack import Policy
from perftrack.checking import FINDING_IDS
from perftrack.reports._review import review

if TYPE_CHECKING:
    from perftrack.scoring import Scorecard

GRID = TRACKING_GRID


def _tracking(
    *rows: list[str],
    period: str = "2024-1月 至 2024-6月",
    level2: str = "数量指标",
    goal: str = "有可能完成",
) -> list[list[str]]:
    """A 1–6月 跟踪表 (its budget on schedule) with the indicator *rows* (name … reason)."""
    return [
        ["财政项目支出绩效跟踪表"],
        [f"跟踪时段：（ {period} ）"],
        ["项目名称", "社区卫生服务"],
        ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
        GRID,
        *(["产出指标", level2, *row] for row in rows),
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "92%", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
        ["", "年度绩效目标完成可能性", goal],
        ["纠偏措施", "加快体检排期"],
    ]


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


def _card(rows: list[list[str]], policy: Policy | None = None) -> Scorecard:
    return perftrack.score(perftrack.read_text(_tsv(rows))[0], policy=policy)


def _found(card: Scorecard, *ids: str) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell, f.message) for f in card.findings if f.id in ids]


# -- 1: letters for digits are one finding, the figure unread -----------------------

CELL_IDS = ("unit-mismatch", "possible-ocr-artifact", "actual-not-numeric")


@pytest.mark.parametrize(
    ("actual", "letters", "meant"),
    [
        pytest.param("26OO", "O", "2600", id="two-letters"),
        pytest.param("3O", "O", "30", id="one-letter"),
        pytest.param("l2OO", "l、O", "1200", id="l-and-o"),
        pytest.param("2600OO", "O", "260000", id="trailing-letters"),
    ],
)
def test_letters_for_digits_are_one_finding(actual: str, letters: str, meant: str) -> None:
    card = _card(_tracking(["签约人数", "≥5000人", "2500人", actual, ""]))
    assert _found(card, *CELL_IDS) == [
        (
            "possible-ocr-artifact",
            "F8",
            f"“签约人数”实际完成值“{actual}”含字母{letters}，疑为“{meant}”，无法识别为数值，请核实更正",
        )
    ]
    verdict = card.verdicts[0]
    assert verdict.attainment is perftrack.Attainment.UNKNOWN
    assert verdict.explanation == f"实际“{actual}”不是数值，无法与年度指标比较"
    letter = review(card)
    assert "有1项指标的实际完成值无法识别或疑似识别错误（“签约人数”）" in letter
    assert "计量单位不一致" not in letter
    assert "统一指标计量单位" not in letter


def test_letters_before_a_unit_are_still_read() -> None:
    # 26OO人: the value language reads 2600人 (r37q), judged, the letters said once
    card = _card(_tracking(["签约人数", "≥5000人", "2500人", "26OO人", ""]))
    assert [f[0] for f in _found(card, *CELL_IDS)] == ["possible-ocr-artifact"]
    assert card.verdicts[0].explanation == "实际2600人，未达年度指标≥5000人，距年底尚有时间"


@pytest.mark.parametrize(
    ("actual", "target"),
    [
        pytest.param("5km", "≥10人", id="a-latin-unit"),
        pytest.param("5l", "≥10人", id="a-litre"),
    ],
)
def test_a_real_latin_unit_is_still_a_unit_mismatch(actual: str, target: str) -> None:
    card = _card(_tracking(["签约人数", target, "", actual, ""]))
    assert [f[0] for f in _found(card, *CELL_IDS)] == ["unit-mismatch"]


# -- 2: an actual with no figure is a finding ---------------------------------------

NO_FIGURE_LINE = "有1项指标的实际完成值不是数值，无法判断完成情况（“签约人数”）"


@pytest.mark.parametrize(
    ("actual", "message"),
    [
        pytest.param(
            "见附件",
            "“签约人数”实际完成值填写“见附件”，表中未填写数值，无法与年度指标“≥5000人”比较，需核对所附材料",
            id="attachment",
        ),
        pytest.param(
            "详见附表",
            "“签约人数”实际完成值填写“详见附表”，表中未填写数值，无法与年度指标“≥5000人”比较，需核对所附材料",
            id="annexed-table",
        ),
        pytest.param(
            "见佐证材料",
            "“签约人数”实际完成值填写“见佐证材料”，表中未填写数值，无法与年度指标“≥5000人”比较，需核对所附材料",
            id="supporting-material",
        ),
        pytest.param(
            "良好",
            "“签约人数”实际完成值“良好”不是数值，无法与年度指标“≥5000人”比较",
            id="a-word",
        ),
        pytest.param(
            "2600?",
            "“签约人数”实际完成值“2600?”不是数值，无法与年度指标“≥5000人”比较",
            id="a-question-mark",
        ),
    ],
)
def test_an_actual_with_no_figure_is_a_finding(actual: str, message: str) -> None:
    card = _card(_tracking(["签约人数", "≥5000人", "2500人", actual, ""]))
    assert _found(card, *CELL_IDS) == [("actual-not-numeric", "F8", message)]
    (finding,) = [f for f in card.findings if f.id == "actual-not-numeric"]
    assert finding.severity is perftrack.Severity.WARNING
    assert finding.where.indicator == 0
    letter = review(card)
    assert letter.count("签约人数") == 1  # the letter's one line, no second from the finding
    assert NO_FIGURE_LINE in letter
    assert "建议按年度指标填报实际完成数值" in letter


def test_an_actual_with_no_figure_in_english() -> None:
    card = _card(_tracking(["签约人数", "≥5000人", "2500人", "见附件", ""]), Policy(language="en"))
    assert _found(card, "actual-not-numeric") == [
        (
            "actual-not-numeric",
            "F8",
            (
                "“签约人数”: the actual “见附件” points elsewhere, no figure in the table to"
                " compare with the target “≥5000人”; check the material it names"
            ),
        )
    ]


@pytest.mark.parametrize(
    "actual",
    [
        pytest.param("待统计", id="pending-word"),
        pytest.param("2600人", id="a-figure"),
        pytest.param("", id="blank-is-missing-actual"),
    ],
)
def test_no_finding_where_the_actual_is_no_unread_word(actual: str) -> None:
    card = _card(_tracking(["签约人数", "≥5000人", "2500人", actual, ""]))
    assert _found(card, "actual-not-numeric") == []


SELF = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def test_points_unsupported_says_it_once_in_a_self_evaluation() -> None:
    rows = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "示例项目"],
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "50.00", "50.00", "50.00", "10", "100.00%", "10"],
        SELF,
        ["产出指标", "数量指标", "签约人数", "≥5000人", "较好", "20", "20", ""],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "70", "70", ""],
    ]
    card = perftrack.score(perftrack.read_text(_tsv(rows))[0])
    assert [f[0] for f in _found(card, "actual-not-numeric", "points-unsupported")] == [
        "points-unsupported"
    ]


# -- 3: judgement-missing at the blank answer cell ----------------------------------

JUDGEMENT_MESSAGE = "绩效跟踪总体判断未填写年度绩效目标完成可能性"
ONE_ROW = ["签约人数", "≥5000人", "2500人", "2600人", ""]


def _judgement_found(tables: tuple[perftrack.Table, ...] | list[perftrack.Table]) -> list:
    return [(f.where.cell, f.message) for f in tables[0].findings if f.id == "judgement-missing"]


def test_judgement_missing_in_tsv_is_the_cell_after_the_label() -> None:
    tables = perftrack.read_text(_tsv(_tracking(ONE_ROW, goal="")))
    assert _judgement_found(tables) == [("C11", JUDGEMENT_MESSAGE)]


def _xlsx(merges: list[str]) -> bytes:
    pytest.importorskip("openpyxl")
    rows = [[cell or None for cell in row] for row in _tracking(ONE_ROW, goal="")]
    return xlsx_bytes({"Sheet": rows}, merges={"Sheet": merges})


@pytest.mark.parametrize(
    ("merges", "cell"),
    [
        pytest.param([], "C11", id="xlsx-unmerged"),
        pytest.param(["B11:C11"], "D11", id="xlsx-label-merged"),
        pytest.param(["B11:C11", "D11:G11"], "D11", id="xlsx-label-and-answer-merged"),
    ],
)
def test_judgement_missing_in_xlsx_is_past_the_label(merges: list[str], cell: str) -> None:
    assert _judgement_found(perftrack.read(_xlsx(merges), name="track.xlsx")) == [
        (cell, JUDGEMENT_MESSAGE)
    ]


def _html(goal_row: str) -> str:
    rows = _tracking(ONE_ROW, goal="")
    lines = ["<html><body><table>"]
    lines += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[:10]]
    lines += [goal_row, "<tr><td>纠偏措施</td><td>加快体检排期</td></tr>"]
    return "\n".join([*lines, "</table></body></html>"]) + "\n"


@pytest.mark.parametrize(
    ("goal_row", "cell"),
    [
        # the page's first line opens the table: the rows are its source lines, 2 to 13
        pytest.param(
            "<tr><td></td><td>年度绩效目标完成可能性</td><td></td></tr>", "C12", id="html-plain"
        ),
        pytest.param(
            '<tr><td></td><td colspan="2">年度绩效目标完成可能性</td><td colspan="4"></td></tr>',
            "D12",
            id="html-label-colspan",
        ),
    ],
)
def test_judgement_missing_in_html_is_past_the_label(goal_row: str, cell: str) -> None:
    tables = perftrack.read_text(_html(goal_row), format="html")
    assert _judgement_found(tables) == [(cell, JUDGEMENT_MESSAGE)]


# -- 4: the opening counts a pass rate of 0 before any check ------------------------

UNRATED = ["产品抽检合格率", "≥95%", "95%", "0%", "尚未开展抽检"]
LAGGING = ["服务人数", "≥100人", "50人", "30人", "人员到岗较晚"]


@pytest.mark.parametrize(
    ("rows", "opening"),
    [
        pytest.param(
            [UNRATED],
            "共设置绩效指标2项，已完成1项，进行中1项，其中1项合格率为0、尚无验收或检查结果。",
            id="alone",
        ),
        pytest.param(
            [UNRATED, LAGGING],
            "共设置绩效指标3项，已完成1项，进行中2项，其中1项进度落后于计划，"
            "1项合格率为0、尚无验收或检查结果。",
            id="beside-a-lag",
        ),
    ],
)
def test_the_opening_counts_a_pass_rate_before_any_check(
    rows: list[list[str]], opening: str
) -> None:
    card = _card(_tracking(*rows, level2="质量指标"))
    behind = [v for v in card.verdicts if v.progress is perftrack.Progress.BEHIND]
    letter = review(card)
    assert opening in letter
    # the counts add up: each row behind is one 其中 of the opening
    assert len(behind) == len(rows)
    assert "有1项指标的合格率填报为0，尚无验收或检查结果（“产品抽检合格率”）" in letter


# -- 5: a printed 跟踪期执行数 at a date inside the period -----------------------------

PERIOD_END_MESSAGE = (
    "评价日期2024-04-30在跟踪时段（至2024-06-30）内，预算行“年度资金总额”执行数60.00"
    "为整个跟踪期的填报数，未按评价日期拆分，执行率按此数计算并与评价日期的序时进度比较"
)


def test_a_printed_execution_at_a_date_inside_the_period_is_noted() -> None:
    card = _card(_tracking(ONE_ROW), Policy(as_of=dt.date(2024, 4, 30)))
    assert _found(card, "budget-executed-period-end") == [
        ("budget-executed-period-end", "E6", PERIOD_END_MESSAGE)
    ]
    (finding,) = [f for f in card.findings if f.id == "budget-executed-period-end"]
    assert finding.severity is perftrack.Severity.INFO
    assert finding.where.budget_line == "total"
    # kept as printed: 60 of 120, against the date's 序时进度
    assert str(card.budget[0].rate_recomputed) == "50.0"
    letter = review(card)
    assert (
        "截至2024年4月30日预算执行率为50.00%，高于序时进度33.33%"
        "（已执行60.00万元，跟踪期预算120.00万元；执行数为跟踪期末2024年6月30日的填报数）。"
    ) in letter
    assert PERIOD_END_MESSAGE not in letter  # said once, in the opening


@pytest.mark.parametrize(
    "as_of",
    [
        pytest.param(None, id="no-date"),
        pytest.param(dt.date(2024, 6, 30), id="the-period-end"),
        pytest.param(dt.date(2024, 9, 30), id="after-the-period"),
    ],
)
def test_no_note_at_or_after_the_period_end(as_of: dt.date | None) -> None:
    card = _card(_tracking(ONE_ROW), Policy(as_of=as_of) if as_of else None)
    assert _found(card, "budget-executed-period-end") == []
    assert "填报数" not in review(card)


def test_the_new_ids_are_accepted_by_check() -> None:
    assert {"actual-not-numeric", "budget-executed-period-end"} <= FINDING_IDS
