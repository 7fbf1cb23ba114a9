"""dept32 fixes (d32fix): department-wide tables (部门整体 自评 / 目标 / 运行监控 / 评价).

Each table is built here, as a TSV and (merged level cells) as an .xlsx written with
openpyxl; each case fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

Rows = list[list[object]]


def _xlsx(rows: Rows, merges: tuple[str, ...], path: Path) -> perftrack.Table:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    file = path / "d32.xlsx"
    book.save(file)
    return perftrack.read(file)[0]


def _tsv(rows: Rows) -> perftrack.Table:
    text = "\n".join("\t".join("" if cell is None else str(cell) for cell in row) for row in rows)
    return perftrack.read_text(text)[0]


def _rows(
    table: perftrack.Table,
) -> list[tuple[str | None, str | None, str, str | None, str | None]]:
    return [
        (
            item.level1,
            item.level2,
            item.name,
            None if item.target is None else item.target.text,
            None if item.actual is None else item.actual.text,
        )
        for item in table.indicators
    ]


# --- H1: an indicator named as a statement (未发生重大安全生产事故) -----------------------

_SELF_TITLE: Rows = [
    ["2023年度部门整体支出绩效自评表"],
    ["部门名称", "某县某某乡人民政府"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
]


def _statement_rows(level1: str, level2: str, name: str, target: str) -> Rows:
    return [
        *_SELF_TITLE,
        ["履职效能", "重点工作", "农村危房改造户数", "≥35户", "35户", "50", "50"],
        [level1, level2, name, target, target, "40", "40"],
        ["服务对象满意度", "满意度", "群众满意度", "≥90%", "95%", "10", "10"],
    ]


_STATEMENT_CASES = [
    pytest.param(
        ("社会效应", "社会效益", "未发生重大安全生产事故", "0起"),
        ("社会效应", "社会效益指标", "未发生重大安全生产事故", "0起", "0起"),
        id="dept-level1-zero-count",
    ),
    pytest.param(
        ("社会效应", "社会效益", "辖区未发生重大安全生产事故", "未发生"),
        ("社会效应", "社会效益指标", "辖区未发生重大安全生产事故", "未发生", "未发生"),
        id="dept-level1-prefixed",
    ),
    pytest.param(
        ("社会效应", "社会效益指标", "全年未发生重大安全生产事故", "未发生"),
        ("社会效应", "社会效益指标", "全年未发生重大安全生产事故", "未发生", "未发生"),
        id="dept-level2-with-zhibiao",
    ),
    pytest.param(
        ("效益指标", "社会效益", "辖区未发生重大安全生产事故", "未发生"),
        ("效益指标", "社会效益指标", "辖区未发生重大安全生产事故", "未发生", "未发生"),
        id="project-framework",
    ),
]


@pytest.mark.parametrize(("cells", "expected"), _STATEMENT_CASES)
def test_statement_name_tsv(cells: tuple[str, str, str, str], expected: tuple[str, ...]) -> None:
    table = _tsv(_statement_rows(*cells))
    rows = _rows(table)
    assert rows[1] == expected
    assert rows[2] == ("满意度指标", None, "群众满意度", "≥90%", "95%")
    assert "layout-normalised" not in {finding.id for finding in table.findings}
    assert [item.published_points for item in table.indicators] == [50, 40, 10]


@pytest.mark.parametrize(("cells", "expected"), _STATEMENT_CASES)
def test_statement_name_xlsx(
    cells: tuple[str, str, str, str], expected: tuple[str, ...], tmp_path: Path
) -> None:
    rows = _statement_rows(*cells)
    rows[4:4] = [[None, None, "乡村道路硬化里程", "≥5公里", "6公里", "10", "10"]]
    table = _xlsx(rows, ("A1:G1", "A4:A5", "B4:B5"), tmp_path)  # 履职效能 | 重点工作 merged down
    assert _rows(table)[1][2] == "乡村道路硬化里程"
    assert _rows(table)[2] == expected
    assert "layout-normalised" not in {finding.id for finding in table.findings}


# --- H2: the goal block's progress column headed 实施进展 ------------------------------

_GOAL = "做好年度统计调查，完成人口抽样调查任务。"
_PROGRESS = "人口抽样调查入户登记已完成，正在审核汇总。"


def _monitor_rows(side: str) -> Rows:
    return [
        ["2024年部门整体绩效运行监控表", None, None, None, None, None],
        ["监控期间：2024年1月1日至9月30日", None, None, None, None, None],
        ["部门名称", "某县统计局", None, None, None, None],
        ["年度总体目标", None, None, side, None, None],
        [_GOAL, None, None, _PROGRESS, None, None],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-9月完成值", "全年预计完成值"],
        ["产出指标", "数量指标", "人口抽样调查样本户数", "≥3200户", "3260户", "3260户"],
    ]


_GOAL_SIDES = [
    pytest.param("实施进展", id="progress"),
    pytest.param("目标实施进展", id="goal-progress"),
    pytest.param("1-9月执行情况", id="control-execution"),
]


@pytest.mark.parametrize("side", _GOAL_SIDES)
def test_goal_progress_tsv(side: str) -> None:
    table = _tsv(_monitor_rows(side))
    assert table.overall_goal == perftrack.OverallGoal(_GOAL, _PROGRESS)


@pytest.mark.parametrize("side", _GOAL_SIDES)
def test_goal_progress_xlsx(side: str, tmp_path: Path) -> None:
    merges = ("A1:F1", "A4:C4", "D4:F4", "A5:C5", "D5:F5")
    table = _xlsx(_monitor_rows(side), merges, tmp_path)
    assert table.overall_goal == perftrack.OverallGoal(_GOAL, _PROGRESS)


# --- H6: 年度履职目标 is the goal's label -----------------------------------------------

_DUTY = "落实乡村振兴战略，保障基层政权正常运转，提升为民服务水平。"


def _target_rows(label: str) -> Rows:
    return [
        ["2024年度部门整体绩效目标表", None, None, None, None],
        ["部门（单位）名称", "某县某某镇人民政府", None, None, None],
        ["部门预算（万元）", "资金总额", "财政拨款", "上年结转", "其他资金"],
        [None, "2860.00", "2600.00", "100.00", "160.00"],
        [label, _DUTY, None, None, None],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", None],
        [None, "机关运转保障", "保障镇机关及下属站所正常运转", "1880.00", None],
        [None, "乡村振兴", "实施人居环境整治、产业发展项目", "980.00", None],
        [None, "金额合计", None, "2860.00", None],
        ["一级指标", "二级指标", "三级指标", "指标值", None],
        ["履职效能", "重点工作完成", "农村人居环境整治村数", "≥12个", None],
    ]


_GOAL_LABELS = [
    pytest.param("年度履职目标", id="duty"),
    pytest.param("部门年度履职目标", id="department-duty"),
    pytest.param("年度总体目标", id="control-overall"),
]


@pytest.mark.parametrize("label", _GOAL_LABELS)
def test_duty_goal_tsv(label: str) -> None:
    table = _tsv(_target_rows(label))
    assert table.overall_goal == perftrack.OverallGoal(_DUTY, "")
    assert "missing-overall-goal" not in {finding.id for finding in table.findings}


@pytest.mark.parametrize("label", _GOAL_LABELS)
def test_duty_goal_xlsx(label: str, tmp_path: Path) -> None:
    merges = ("A1:E1", "B2:E2", "A3:A4", "B5:E5", "A6:A9")
    table = _xlsx(_target_rows(label), merges, tmp_path)
    assert table.overall_goal == perftrack.OverallGoal(_DUTY, "")
    assert "missing-overall-goal" not in {finding.id for finding in table.findings}


# --- H4: the 2021+ 评价 framework's title …指标体系及评分表; 决策/过程 ask no 满意度 --------

_EVAL_GRID: Rows = [
    ["部门名称", "某县教育局", None, None, None, None, None],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
    ["决策", "目标设定", "绩效目标合理性", "合理", "合理", "10", "10"],
    ["过程", "预算执行", "预算执行率", "100%", "96.8%", "10", "9.68"],
    [None, None, "结转结余率", "≤5%", "3.2%", "10", "10"],
    ["产出", "职责履行", "义务教育巩固率", "≥97%", "98.1%", "40", "40"],
    ["效益", "履职效益", "高中阶段毛入学率", "≥92%", "93.6%", "20", "20"],
    [None, None, "社会公众满意度", "≥90%", "92%", "10", "10"],
]


def _eval_rows(title: str | None) -> Rows:
    head: Rows = [] if title is None else [[title, None, None, None, None, None, None]]
    return [*head, *_EVAL_GRID]


def _eval_reading(table: perftrack.Table) -> tuple[object, ...]:
    scored = score(table)
    rate = next(v for v in scored.verdicts if v.name == "预算执行率")
    ids = {finding.id for finding in [*table.findings, *scored.findings]}
    return (
        table.title,
        None if table.period is None else table.period.start.year,
        rate.attainment.value,
        "missing-category" in ids,
    )


_EVAL_TITLES = [
    pytest.param(
        "2023年度部门整体绩效评价指标体系及评分表",
        ("2023年度部门整体绩效评价指标体系及评分表", 2023, "not_met", False),
        id="system-and-score-table",
    ),
    pytest.param(
        "2023年度部门整体支出绩效评价评分表",
        ("2023年度部门整体支出绩效评价评分表", 2023, "not_met", False),
        id="control-score-table",
    ),
    pytest.param(None, (None, None, "unknown", False), id="no-title-no-satisfaction-level"),
]


@pytest.mark.parametrize(("title", "expected"), _EVAL_TITLES)
def test_evaluation_title_tsv(title: str | None, expected: tuple[object, ...]) -> None:
    assert _eval_reading(_tsv(_eval_rows(title))) == expected


@pytest.mark.parametrize(("title", "expected"), _EVAL_TITLES)
def test_evaluation_title_xlsx(
    title: str | None, expected: tuple[object, ...], tmp_path: Path
) -> None:
    rows = _eval_rows(title)
    first = 0 if title is None else 1
    # 过程 and 效益 merged over their two rows, the title over the grid's width
    merges = [f"A{first + 4}:A{first + 5}", f"A{first + 7}:A{first + 8}"]
    merges += [f"B{first + 4}:B{first + 5}", f"B{first + 7}:B{first + 8}"]
    if title is not None:
        merges.append("A1:G1")
    assert _eval_reading(_xlsx(rows, tuple(merges), tmp_path)) == expected


# --- H3: 14类 against 12类 counts kinds --------------------------------------------------


def _kinds_rows(name: str, target: str, actual: str) -> Rows:
    return [
        ["2023年度部门整体支出绩效自评表", None, None, None, None, None, None],
        ["部门名称", "某县卫生健康委员会", None, None, None, None, None],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "重大公卫项目数", "12项", "12项", "50", "50"],
        [None, None, name, target, actual, "50", "50"],
    ]


_KINDS_CASES = [
    pytest.param(
        ("服务类别", "14类", "12类"),
        ("not_met", "=14(类)", {"full-points-not-met"}),
        id="fewer-kinds",
    ),
    pytest.param(
        ("基本公共卫生服务项目数", "12类", "12类"),
        ("met", "=12(类)", set()),
        id="kinds-met",
    ),
    pytest.param(
        ("地表水水质类别", "3类", "3类"),
        ("met", "3类", {"actual-copies-target"}),
        id="control-water-class",
    ),
]
_KINDS_IDS = {"full-points-not-met", "target-not-measurable", "actual-copies-target"}


def _kinds_reading(table: perftrack.Table) -> tuple[object, ...]:
    scored = score(table)
    verdict = scored.verdicts[1]
    target = table.indicators[1].target
    ids = {f.id for f in [*table.findings, *scored.findings]} & _KINDS_IDS
    return verdict.attainment.value, None if target is None else str(target), ids


@pytest.mark.parametrize(("cells", "expected"), _KINDS_CASES)
def test_kinds_count_tsv(cells: tuple[str, str, str], expected: tuple[object, ...]) -> None:
    assert _kinds_reading(_tsv(_kinds_rows(*cells))) == expected


@pytest.mark.parametrize(("cells", "expected"), _KINDS_CASES)
def test_kinds_count_xlsx(
    cells: tuple[str, str, str], expected: tuple[object, ...], tmp_path: Path
) -> None:
    table = _xlsx(_kinds_rows(*cells), ("A1:G1", "B2:G2", "A4:A5", "B4:B5"), tmp_path)
    assert _kinds_reading(table) == expected


# --- H5: a transposed budget block with 分值 | 得分 columns ------------------------------


def _transposed_rows(scores: bool) -> Rows:  # noqa: FBT001
    tail = ["分值", "得分"] if scores else []
    return [
        ["2023年度部门整体支出绩效自评表", None, None, None, None, None, None],
        ["部门名称", "某县司法局", None, None, None, None, None],
        ["部门预算执行情况（万元）", "合计", "财政拨款", "上年结转", "其他资金", *tail],
        ["全年预算数", "1920.00", "1850.00", "50.00", "20.00", *(["10", "9.69"] if scores else [])],
        ["全年执行数", "1860.50", "1800.00", "45.50", "15.00"],
        ["执行率", "96.90%", "97.30%", "91.00%", "75.00%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "法律援助案件办理数", "≥1200件", "1268件", "50", "50"],
        ["效益指标", "社会效益指标", "矛盾纠纷化解率", "≥98%", "98.6%", "30", "30"],
        ["满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "95%", "10", "10"],
        ["总分", None, None, None, None, "100", "99.69"],
    ]


_TRANSPOSED_IDS = {"points-sum-mismatch", "budget-line-unread"}


def _transposed_reading(table: perftrack.Table) -> tuple[object, ...]:
    scored = score(table)
    total = table.budget[0] if table.budget else None
    ids = {f.id for f in [*table.findings, *scored.findings]} & _TRANSPOSED_IDS
    return (
        len(table.budget),
        None if total is None else (str(total.executed), total.weight, total.published_points),
        None if scored.points is None else str(scored.points.total),
        ids,
    )


_TRANSPOSED_CASES = [
    pytest.param(
        True, (4, ("1860.50", Decimal(10), Decimal("9.69")), "99.69", set()), id="with-scores"
    ),
    pytest.param(False, (4, ("1860.50", None, None), "99.69", set()), id="control-no-scores"),
]


@pytest.mark.parametrize(("scores", "expected"), _TRANSPOSED_CASES)
def test_transposed_scores_tsv(scores: bool, expected: tuple[object, ...]) -> None:  # noqa: FBT001
    assert _transposed_reading(_tsv(_transposed_rows(scores))) == expected


@pytest.mark.parametrize(("scores", "expected"), _TRANSPOSED_CASES)
def test_transposed_scores_xlsx(
    scores: bool,  # noqa: FBT001
    expected: tuple[object, ...],
    tmp_path: Path,
) -> None:
    table = _xlsx(_transposed_rows(scores), ("A1:G1", "B2:G2", "A11:E11"), tmp_path)
    assert _transposed_reading(table) == expected


# --- M2: satisfaction under 效益 in the 决策/过程/产出/效益 framework ---------------------


def _suspects(table: perftrack.Table) -> list[str]:
    return [f.message for f in score(table).findings if f.id == "category-suspect"]


_SUSPECT_CASES = [
    pytest.param("决策", [], id="evaluation-framework"),
    pytest.param(
        "产出指标",
        ["“社会公众满意度”（年度指标“≥90%”）列于“履职效益”下，疑似应归入满意度指标"],
        id="control-project-framework",
    ),
]


def _suspect_rows(first: str) -> Rows:
    rows = _eval_rows("2023年度部门整体绩效评价指标体系及评分表")
    rows[3] = [first, *rows[3][1:]]
    if first != "决策":
        rows[4] = ["产出指标", *rows[4][1:]]  # no 决策/过程 level 1 left
    return rows


@pytest.mark.parametrize(("first", "expected"), _SUSPECT_CASES)
def test_satisfaction_under_benefit_tsv(first: str, expected: list[str]) -> None:
    assert _suspects(_tsv(_suspect_rows(first))) == expected


@pytest.mark.parametrize(("first", "expected"), _SUSPECT_CASES)
def test_satisfaction_under_benefit_xlsx(first: str, expected: list[str], tmp_path: Path) -> None:
    table = _xlsx(_suspect_rows(first), ("A1:G1", "A8:A9", "B8:B9"), tmp_path)
    assert _suspects(table) == expected
