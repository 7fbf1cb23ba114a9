"""regress25 M2, M4, M5, M6: festivals without a year, counts per period, change bands, project names.

M2: ``春节前`` with no year is this year's festival, in doubt only in the winter before
the next one (11月1日 to the next eve), and a row left in doubt gets no deadline-passed.
M4: a count within its per-period target and far below the year's count is one
period's: never missed (p18 H1: only where the table says no period; a 自评表's count
is the year's). M5: a change beyond a change band's far end, its way, is met.
M6: missing-project-name is not raised on a name printed in a 序时进度 row, nor on a
workbook whose sheet names the project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import openpyxl
import pytest

import perftrack
from perftrack import score
from scoring_builders import finding_ids, indicator, self_evaluation_table

if TYPE_CHECKING:
    from pathlib import Path

TIMELY = {"name": "慰问金发放时间", "level2": "时效指标", "year": 2025}

# M2: in a 2025 自评表 (春节 2025-01-29, 2026-02-17)
FESTIVALS = [
    ("春节前发放到位", "2025年1月15日发放", "met"),
    ("春节前发放到位", "2025年1月28日发放", "met"),
    ("春节前发放到位", "2025年3月10日发放", "not_met"),
    ("春节前发放到位", "2025年10月20日发放", "not_met"),
    ("春节前发放到位", "2025年11月5日发放", "unknown"),
    ("春节前发放到位", "2025年12月20日发放", "unknown"),
    ("春节前发放到位", "2026年2月16日发放", "unknown"),
    ("春节前发放到位", "2026年3月1日发放", "not_met"),
    ("元宵节前完成", "2025年6月1日完成", "not_met"),
    ("元宵节前完成", "2025年12月1日完成", "unknown"),
    ("元旦春节前发放到位", "2025年1月15日发放", "met"),
    # regress26 M2: 元旦春节前 follows the 春节: after this year's eve, late
    ("元旦春节前发放到位", "2025年3月10日发放", "not_met"),
    ("元旦春节前发放到位", "2026年1月15日发放", "unknown"),
]


@pytest.mark.parametrize(("target", "actual", "attainment"), FESTIVALS)
def test_festival_without_a_year(target: str, actual: str, attainment: str) -> None:
    row = indicator(target=target, actual=actual, weight=5, points=5, **TIMELY)
    got = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert got.attainment.value == attainment, got.explanation


@pytest.mark.parametrize(
    ("actual", "passed"),
    [("2025年12月20日发放", False), ("2026年1月20日发放", False), ("2025年3月10日发放", True)],
)
def test_no_deadline_passed_on_a_festival_in_doubt(actual: str, passed: bool) -> None:  # noqa: FBT001
    row = indicator(target="春节前发放到位", actual=actual, weight=5, points=5, **TIMELY)
    card = score(self_evaluation_table([row], year=2025))
    assert ("deadline-passed" in finding_ids(card)) is passed


# M4: target | actual, the verdict, and whether unit-mismatch is raised
# p18 H1: a 自评表's plain count is the year's, however small: 6次 of 60-96 is missed.
# The reading as one period's count is left to a table that says no period.
PER_PERIOD = [
    ("5-8次/月", "6次", "not_met", False),
    ("2-3次/季度", "3次", "not_met", False),
    ("≥2次/季度", "3次", "not_met", False),
    ("≥2次/月", "2次", "not_met", False),
    ("每月不少于2次", "2次", "not_met", False),
    ("5-8次/月", "72次", "met", False),
    ("5-8次/月", "40次", "not_met", False),
    ("≥2次/月", "24次", "met", False),
    ("每季度1次", "3次", "not_met", False),
    ("每季度不少于1次", "3次", "not_met", False),
    ("4-6次/年", "5次", "met", False),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "mismatch"), PER_PERIOD)
def test_count_per_period(target: str, actual: str, attainment: str, mismatch: bool) -> None:  # noqa: FBT001
    row = indicator(name="巡查次数", target=target, actual=actual, weight=5, points=5, year=2025)
    card = score(self_evaluation_table([row], year=2025))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation
    assert ("unit-mismatch" in finding_ids(card)) is mismatch


# M5: name | target | actual and the verdict
CHANGE_BANDS = [
    ("传染病发病率", "同比下降5%至8%", "同比下降10%", "met"),
    ("传染病发病率", "同比下降5%至8%", "同比下降6%", "met"),
    ("传染病发病率", "同比下降5%至8%", "同比下降3%", "not_met"),
    ("传染病发病率", "下降5%-8%", "下降10%", "met"),
    ("农民人均收入", "同比增长5%至8%", "同比增长10%", "met"),
    ("农民人均收入", "同比增长5%至8%", "同比增长3%", "not_met"),
    ("补助资金", "5000万-1亿元", "1.2亿元", "not_met"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment"), CHANGE_BANDS)
def test_change_band(name: str, target: str, actual: str, attainment: str) -> None:
    row = indicator(
        name=name,
        target=target,
        actual=actual,
        level1="效益指标",
        level2="社会效益指标",
        weight=5,
        points=5,
        year=2025,
    )
    card = score(self_evaluation_table([row], year=2025))
    got = card.verdicts[0]
    assert got.attainment.value == attainment, got.explanation
    if attainment == "met":
        assert "full-points-not-met" not in finding_ids(card)


def test_a_rise_of_a_cost_beyond_its_band_is_unknown() -> None:
    row = indicator(
        name="医疗费用",
        target="同比增长5%至8%",
        actual="同比增长10%",
        level1="成本指标",
        level2="经济成本指标",
        year=2025,
    )
    got = score(self_evaluation_table([row], year=2025)).verdicts[0]
    assert got.attainment.value == "unknown", got.explanation


# M6
GRID = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值\t全年预计完成值\t偏差原因分析\n"
    "产出指标\t数量指标\t新建村级卫生室数量\t≥20个\t12个\t20个\t\n"
)
IDENTITY_ROWS = [
    (
        "项目名称\t村卫生室标准化建设\t主管部门\t某县卫生健康局\t序时进度\t66.67%\n",
        "村卫生室标准化建设",
        "某县卫生健康局",
        False,
    ),
    (
        "项目名称\t村卫生室标准化建设\t主管部门\t某县卫生健康局\n",
        "村卫生室标准化建设",
        "某县卫生健康局",
        False,
    ),
    ("项目名称\t\t主管部门\t\n", None, None, True),
]


@pytest.mark.parametrize(("row", "name", "department", "flagged"), IDENTITY_ROWS)
def test_project_row_with_time_progress(
    tmp_path: Path,
    row: str,
    name: str | None,
    department: str | None,
    flagged: bool,  # noqa: FBT001
) -> None:
    path = tmp_path / "跟踪.tsv"
    path.write_text("2023年项目支出绩效跟踪表\n" + row + GRID, encoding="utf-8")
    (table,) = perftrack.read(path)
    assert (table.project.name, table.project.department) == (name, department)
    card = score(table)
    assert ("missing-project-name" in finding_ids(card)) is flagged


@pytest.mark.parametrize(
    ("sheet", "flagged"), [("农村饮水安全巩固提升", False), ("Sheet1", True), ("自评表", True)]
)
def test_sheet_that_names_the_project(tmp_path: Path, sheet: str, flagged: bool) -> None:  # noqa: FBT001
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for line in (
        ["2024年度项目支出绩效自评表"],
        ["主管部门", "某县农业农村局", None, "实施单位", "某县乡村振兴服务中心"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "维修改造供水工程", "≥20处", "21处", 25, 25],
    ):
        ws.append(line)
    path = tmp_path / "项目.xlsx"
    book.save(path)
    (table,) = perftrack.read(path)
    # a workbook of one sheet named by its project names it (r38g: before, None, though
    # scoring already took the sheet's name as the project's and asked for none)
    assert table.project.name == (None if flagged else sheet)
    assert ("missing-project-name" in finding_ids(score(table))) is flagged


# M7: only the whole year's column is last year's actual, no months of it
@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("2024年完成值", True),
        ("上年实际完成值", True),
        ("2024年1-6月完成值", False),
        ("上年上半年完成值", False),
        ("2024年三季度完成值", False),
        ("上年同期完成值", False),
    ],
)
def test_last_year_column_is_the_whole_year(tmp_path: Path, label: str, kept: bool) -> None:  # noqa: FBT001
    path = tmp_path / "目标.tsv"
    path.write_text(
        "2025年度项目支出绩效目标表\n项目名称\t城乡居民基本医疗保险\n"
        f"一级指标\t二级指标\t三级指标\t{label}\t年度指标值\n"
        "产出指标\t数量指标\t参保人数\t31.5万人\t≥30万人\n",
        encoding="utf-8",
    )
    (table,) = perftrack.read(path)
    assert (table.indicators[0].previous is not None) is kept
    assert ("target-below-last-year" in finding_ids(score(table))) is kept


def _target_table(
    tmp_path: Path, rows: str, header: str = "一级指标\t二级指标\t三级指标\t指标值\n"
) -> perftrack.Table:
    path = tmp_path / "目标.tsv"
    path.write_text(
        "2025年度项目支出绩效目标表\n项目名称\t县城污水处理厂提标改造（续建）\n"
        "主管部门\t某县住房和城乡建设局\t实施单位\t某县污水处理厂\n"
        "项目资金（万元）\t\t年度资金总额\t900.00\n"
        "年度总体目标\t按计划完成项目建设任务。\n" + header + rows,
        encoding="utf-8",
    )
    (table,) = perftrack.read(path)
    return table


OUTPUTS = "产出指标\t数量指标\t新增处理能力\t≥2万吨/日\n产出指标\t质量指标\t出水水质达标率\t100%\n"


# M8: name | ceiling, and whether cost-above-budget is raised against 900万元
@pytest.mark.parametrize(
    ("name", "target", "found"),
    [
        ("项目总投资", "≤5000万元", False),
        ("总投资额", "≤5000万元", False),
        ("项目总成本", "≤1200万元", True),
        ("预算总额", "≤1000万元", True),
        ("项目总成本", "≤900万元", False),
    ],
)
def test_investment_is_no_cost_above_budget(
    tmp_path: Path,
    name: str,
    target: str,
    found: bool,  # noqa: FBT001
) -> None:
    rows = OUTPUTS + "产出指标\t时效指标\t项目完工时间\t2025年12月底前\n"
    rows += f"成本指标\t经济成本指标\t{name}\t{target}\n"
    card = score(_target_table(tmp_path, rows))
    assert ("cost-above-budget" in finding_ids(card)) is found


# L4: a 进度指标 level 2 is the 时效 one
@pytest.mark.parametrize(
    ("level2", "missing"), [("进度指标", False), ("时效指标", False), ("数量指标", True)]
)
def test_progress_level2_counts_as_timeliness(tmp_path: Path, level2: str, missing: bool) -> None:  # noqa: FBT001
    rows = OUTPUTS + f"产出指标\t{level2}\t项目完工时间\t2025年12月底前\n"
    card = score(_target_table(tmp_path, rows))
    assert ("missing-level2" in finding_ids(card)) is missing


# L4: weights printed as shares of 1
@pytest.mark.parametrize(
    ("weights", "flagged"),
    [
        (("0.3", "0.3", "0.2", "0.2"), False),
        (("30", "30", "20", "20"), False),
        (("0.3", "0.3", "0.2", "0.1"), True),
    ],
)
def test_share_weights(tmp_path: Path, weights: tuple[str, ...], flagged: bool) -> None:  # noqa: FBT001
    names = (
        ("产出指标\t数量指标\t新增处理能力\t≥2万吨/日"),
        ("产出指标\t质量指标\t出水水质达标率\t100%"),
        ("产出指标\t时效指标\t项目完工时间\t2025年12月底前"),
        ("满意度指标\t服务对象满意度指标\t群众满意度\t≥90%"),
    )
    rows = "".join(f"{row}\t{weight}\n" for row, weight in zip(names, weights, strict=True))
    table = _target_table(tmp_path, rows, header="一级指标\t二级指标\t三级指标\t指标值\t分值\n")
    assert ("weights-not-100" in finding_ids(score(table))) is flagged
