"""The seed file reads to exactly two tables with every field right (issue: reading).

The expectations below were checked cell by cell against
``examples/000_7a0b2a9980fedb64.txt``; the comments say why the hard ones are
what they are.
"""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817 - keeps the tables readable
from pathlib import Path

import pytest

import perftrack
from perftrack import (
    BudgetLine,
    BudgetRole,
    Comparison,
    Deadline,
    Descriptive,
    Judgement,
    Likelihood,
    Op,
    OverallGoal,
    Part,
    Period,
    Project,
    Published,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Status,
    StatusValue,
    TableKind,
    TextValue,
    YearMonth,
)

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"

# Table 1's header starts one column later than its rows (rows lead with 绩效指标):
# values are read by their distance from the name. 时效指标 (row 23) and
# 可持续影响指标 (row 27) stand in the level-1 column: category-normalised.
# Row 24's target keeps its printed full-width comma in .text; the description is
# normalised (，→,).
TABLE1_INDICATORS = [
    # level1, level2, name, target, planned, actual, deviation_reason, name cell
    (
        "产出指标",
        "数量指标",
        "“两新”党支部书记津贴发放完成数",
        Comparison(op=Op.EQ, value=D("2.00"), unit="次"),
        Quantity(value=D("2.00")),
        Quantity(value=D("2.00")),
        "",
        "D17",
    ),
    (
        "产出指标",
        "数量指标",
        "版面及宣传阵地更新、维修(护)等",
        Comparison(op=Op.EQ, value=D("2.00"), unit="家"),
        Quantity(value=D("2.00")),
        Quantity(value=D("2.00")),
        "",
        "D18",
    ),
    (
        "产出指标",
        "数量指标",
        "开展“两新”党组织书记学习培训数量",
        Comparison(op=Op.EQ, value=D("2.00"), unit="次"),
        Quantity(value=D("1.00")),
        Quantity(value=D("1.00")),
        "",
        "D19",
    ),
    (
        "产出指标",
        "质量指标",
        "“两新”党支部书记津贴发放准确性",
        QualitativeTarget(word="准确", family="accuracy"),
        QualitativeValue(word="准确", family="accuracy"),
        QualitativeValue(word="准确", family="accuracy"),
        "",
        "D20",
    ),
    (
        "产出指标",
        "质量指标",
        "版面及宣传阵地更新维护质量",
        QualitativeTarget(word="合格", family="conformity"),
        QualitativeValue(word="合格", family="conformity"),
        QualitativeValue(word="合格", family="conformity"),
        "",
        "D21",
    ),
    (
        "产出指标",
        "时效指标",
        "开展“两新”支部学习教育主题活动",
        Deadline(year=2023, month=12, day=None, part=Part.MONTH, strict=True),
        StatusValue(status=Status.IN_PROGRESS, word="开展中"),
        StatusValue(status=Status.IN_PROGRESS, word="开展中"),
        "",
        "D22",
    ),
    (
        "产出指标",
        "时效指标",
        "两新党支部书记津贴发放及时性",
        QualitativeTarget(word="及时", family="timeliness"),
        QualitativeValue(word="及时", family="timeliness"),
        QualitativeValue(word="及时", family="timeliness"),
        "",
        "C23",
    ),
    (
        "效益指标",
        "社会效益指标",
        "完成生病生育探望慰问",
        Descriptive(description="加强人文关怀,切实增强他们工作的“内动力”"),
        TextValue(description="加强人文关怀,切实增强他们工作的“内动力”"),
        TextValue(description="加强人文关怀,切实增强他们工作的“内动力”"),
        "",
        "D24",
    ),
    (
        "效益指标",
        "社会效益指标",
        "对“两新”支部党务工作人员进行党务基础工作等培训",
        Descriptive(description="覆盖园区“两新”党组织"),
        TextValue(description="覆盖园区“两新”党组织"),
        TextValue(description="覆盖园区“两新”党组织"),
        "",
        "D25",
    ),
    (
        "效益指标",
        "社会效益指标",
        "“两新”党组织参与度提高",
        QualitativeTarget(word="提高", family="improvement"),
        QualitativeValue(word="提高", family="improvement"),
        QualitativeValue(word="提高", family="improvement"),
        "",
        "D26",
    ),
    (
        "效益指标",
        "可持续影响指标",
        "两新党建工作机制健全性",
        QualitativeTarget(word="健全", family="soundness"),
        QualitativeValue(word="健全", family="soundness"),
        QualitativeValue(word="健全", family="soundness"),
        "",
        "C27",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "两新党支部书记满意度",
        Comparison(op=Op.GE, value=D("80.00"), unit="%"),
        Quantity(value=D("80.00")),
        Quantity(value=D("80.00")),
        "",
        "C28",
    ),
]
TABLE1_BUDGET = [
    (
        BudgetLine(
            role=BudgetRole.TOTAL,
            source="年度资金总额",
            initial=D("84.88"),
            period_budget=D("74.88"),
            executed=D("50.37"),
            rate=D("67.26"),
        ),
        "B10",
    ),
    (
        BudgetLine(
            role=BudgetRole.APPROPRIATION,
            source="其中：当年财政拨款",
            initial=D("84.88"),
            period_budget=D("74.88"),
            executed=D("50.37"),
            rate=D("67.26"),
        ),
        "B11",
    ),
    (
        BudgetLine(
            role=BudgetRole.CARRIED_OVER,
            source="上年结转资金",
            initial=D("0.00"),
            period_budget=D("0.00"),
            executed=D("0.00"),
            rate=D("0.00"),
        ),
        "B12",
    ),
    (
        BudgetLine(
            role=BudgetRole.OTHER,
            source="其他资金",
            initial=D("0.00"),
            period_budget=D("0.00"),
            executed=D("0.00"),
            rate=D("0.00"),
        ),
        "B13",
    ),
]
# The header row and the drifted rows 23, 27, 28 are layout-normalised (info).
TABLE1_FINDINGS = [
    # id, indicator, cell
    ("category-normalised", 6, "B23"),
    ("category-normalised", 10, "A27"),
    ("layout-normalised", None, "C16"),
    ("layout-normalised", 6, "C23"),
    ("layout-normalised", 10, "C27"),
    ("layout-normalised", 11, "C28"),
]

# Table 2: row 53 (党群之家) stands one column left of its neighbours, row 54 (党员参与度)
# one column right; row 55 (长效管理机制健全性) leaves the target empty after its name
# while later cells hold values: its cells are packed (layout-normalised). A deadline
# of 2023年11月前 is strict (前 without 底). The actual 2 of 开展党性实践日活动 is a
# number (the count of activities), not a date.
TABLE2_INDICATORS = [
    # level1, level2, name, target, planned, actual, deviation_reason, name cell
    (
        "产出指标",
        "数量指标",
        "居委党群服务站建设",
        Comparison(op=Op.EQ, value=D("5.00"), unit="个"),
        Quantity(value=D("1.00")),
        Quantity(value=D("1.00")),
        "",
        "E45",
    ),
    (
        "产出指标",
        "数量指标",
        "区域化党建联席会议",
        Comparison(op=Op.EQ, value=D("1.00"), unit="次"),
        Quantity(value=D("1.00")),
        Quantity(value=D("1.00")),
        "",
        "E46",
    ),
    (
        "产出指标",
        "数量指标",
        "春节、七一走访困难、老党员人数",
        Comparison(op=Op.GE, value=D("100.00"), unit="人"),
        Quantity(value=D("100.00")),
        Quantity(value=D("104.00")),
        "",
        "E47",
    ),
    (
        "产出指标",
        "数量指标",
        "社区党校现场教学点活动数",
        Comparison(op=Op.GE, value=D("1.00"), unit="次"),
        Quantity(value=D("1.00")),
        Quantity(value=D("1.00")),
        "",
        "E48",
    ),
    (
        "产出指标",
        "质量指标",
        "居委党群服务站建设合格率",
        Comparison(op=Op.EQ, value=D("100.00"), unit="%"),
        Quantity(value=D("100.00")),
        Quantity(value=D("100.00")),
        "",
        "E49",
    ),
    (
        "产出指标",
        "质量指标",
        "制作社区党校宣传品质量达标率",
        Comparison(op=Op.EQ, value=D("100.00"), unit="%"),
        Quantity(value=D("100.00")),
        Quantity(value=D("100.00")),
        "",
        "E50",
    ),
    (
        "产出指标",
        "时效指标",
        "开展党性实践日活动",
        Deadline(year=2023, month=11, day=None, part=Part.MONTH, strict=True),
        Quantity(value=D(2)),
        Quantity(value=D(2)),
        "",
        "E51",
    ),
    (
        "产出指标",
        "时效指标",
        "春节、七一走访困难、老党员及时性",
        QualitativeTarget(word="及时", family="timeliness"),
        QualitativeValue(word="及时", family="timeliness"),
        QualitativeValue(word="及时", family="timeliness"),
        "",
        "E52",
    ),
    (
        "产出指标",
        "时效指标",
        "社区党群服务中心党群之家(文体中心)升级改造",
        Deadline(year=2023, month=None, day=None, part=Part.YEAR_END),
        TextValue(description="办理施工许可证,做好开工准备"),
        StatusValue(status=Status.IN_PROGRESS, word="手续办理中"),
        "因施工许可证还未办出来,开工延期",
        "D53",
    ),
    (
        "效益指标",
        "社会效益指标",
        "党员参与度提升情况",
        QualitativeTarget(word="提升", family="improvement"),
        QualitativeValue(word="提升", family="improvement"),
        QualitativeValue(word="提升", family="improvement"),
        "",
        "F54",
    ),
    (
        "效益指标",
        "可持续影响指标",
        "长效管理机制健全性",
        QualitativeTarget(word="健全", family="soundness"),
        QualitativeValue(word="健全", family="soundness"),
        QualitativeValue(word="健全", family="soundness"),
        "",
        "B55",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "居民区党员、“两新”党员、区域化成员单位满意",
        Comparison(op=Op.GE, value=D("90.00"), unit="%"),
        Quantity(value=D("90.00")),
        Quantity(value=D("90.00")),
        "",
        "D56",
    ),
]
TABLE2_BUDGET = [
    (
        BudgetLine(
            role=BudgetRole.TOTAL,
            source="年度资金总额",
            initial=D("373.45"),
            period_budget=D("383.45"),
            executed=D("83.47"),
            rate=D("21.76"),
        ),
        "C38",
    ),
    (
        BudgetLine(
            role=BudgetRole.APPROPRIATION,
            source="其中：当年财政拨款",
            initial=D("373.45"),
            period_budget=D("383.45"),
            executed=D("83.47"),
            rate=D("21.76"),
        ),
        "C39",
    ),
    (
        BudgetLine(
            role=BudgetRole.CARRIED_OVER,
            source="上年结转资金",
            initial=D("0.00"),
            period_budget=D("0.00"),
            executed=D("0.00"),
            rate=D("0.00"),
        ),
        "C40",
    ),
    (
        BudgetLine(
            role=BudgetRole.OTHER,
            source="其他资金",
            initial=D("0.00"),
            period_budget=D("0.00"),
            executed=D("0.00"),
            rate=D("0.00"),
        ),
        "C41",
    ),
]
TABLE2_FINDINGS = [
    # id, indicator, cell
    ("category-normalised", 8, "C53"),
    ("category-normalised", 10, "A55"),
    ("layout-normalised", 10, "B55"),
    ("layout-normalised", 8, "D53"),
    ("layout-normalised", 9, "F54"),
    ("layout-normalised", 11, "D56"),
]


@pytest.fixture(scope="module")
def tables() -> tuple[perftrack.Table, ...]:
    return perftrack.read(SEED)


def test_two_tables(tables: tuple[perftrack.Table, ...]) -> None:
    assert len(tables) == 2
    assert [table.source.index for table in tables] == [0, 1]
    assert all(table.source.file == str(SEED) for table in tables)
    assert tables[0].source.sha256 == tables[1].source.sha256
    assert len(tables[0].source.sha256 or "") == 64


@pytest.mark.parametrize("index", [0, 1])
def test_head_blocks(tables: tuple[perftrack.Table, ...], index: int) -> None:
    table = tables[index]
    assert table.kind is TableKind.TRACKING
    assert table.title == "财政项目支出绩效跟踪表"  # table 2's title came inside <h3>
    assert table.period == Period(YearMonth(2023, 1), YearMonth(2023, 8))
    assert table.period.text == "跟踪时段：（ 2023-1月 至 2023-8月 ）"
    assert table.budget_unit == "万元"
    assert table.time_progress is None  # the table prints none
    assert table.published == Published()
    assert table.project == Project(
        ("两新党建工作", "社区党群服务中心工作")[index],
        "上海市莘庄工业区(汇总)",
        "上海市莘庄工业区社区党群服务中心",
    )


def test_overall_goals(tables: tuple[perftrack.Table, ...]) -> None:
    assert tables[0].overall_goal == OverallGoal(
        "通过项目的整体实施执行，切实推动“两新”党建工作取得实效的总体目标。",
        "已完成2次“两新”党支部书记津贴发放，并严格按照要求准确发放；开展了1次“两新”党组织书记"
        "学习交流，两新党组织的参与度较高；完成了2家“两新”阵地宣传版面的更新制作，质量合格；"
        "开展了生病生育退休等慰问活动，加强了人文关怀。",
    )
    assert tables[1].overall_goal == OverallGoal(
        "通过项目的整体实施执行，切实推动社区党群服务中心党建工作取得实效的总体目标。",
        "已完成1次区域化联席会议的开展；完成春节、七一困难党员的走访慰问，共计104人；开展了1次"
        "社区党校现场教学点活动，初心驿·礼享谷党群服务中心始发活动；",
    )


def test_judgements_and_measures(tables: tuple[perftrack.Table, ...]) -> None:
    assert tables[0].judgement == Judgement(
        "确定能完成", Likelihood.CERTAIN, "确定能完成", Likelihood.CERTAIN
    )
    assert tables[1].judgement == Judgement(
        "有可能完成", Likelihood.POSSIBLE, "确定能完成", Likelihood.CERTAIN
    )
    assert tables[0].corrective_measures == ""
    assert tables[1].corrective_measures == (
        "因党群服务中心升级改造项目办理施工许可证延期，导致开工延期，项目费用未能按计划支付，11月份关账前"
        "可能不能按计划支付所有费用，后期可能根据工程进度需要调整预算，部分尾款调整至明年支付。"
    )


@pytest.mark.parametrize(("index", "expected"), [(0, TABLE1_BUDGET), (1, TABLE2_BUDGET)])
def test_budget(
    tables: tuple[perftrack.Table, ...], index: int, expected: list[tuple[BudgetLine, str]]
) -> None:
    budget = tables[index].budget
    assert [(line, line.position.cell if line.position else None) for line in budget] == expected


@pytest.mark.parametrize(("index", "expected"), [(0, TABLE1_INDICATORS), (1, TABLE2_INDICATORS)])
def test_indicators(
    tables: tuple[perftrack.Table, ...], index: int, expected: list[tuple[object, ...]]
) -> None:
    got = [
        (
            i.level1,
            i.level2,
            i.name,
            i.target,
            i.planned,
            i.actual,
            i.deviation_reason,
            i.position.cell if i.position else None,
        )
        for i in tables[index].indicators
    ]
    assert got == expected
    for indicator in tables[index].indicators:
        assert indicator.raw_name == indicator.name  # no numbering prefix or ★ in the seed
        assert not indicator.core
        assert indicator.forecast is None
        assert indicator.likelihood is None
        assert indicator.weight is None
        assert indicator.published_points is None


@pytest.mark.parametrize(("index", "expected"), [(0, TABLE1_FINDINGS), (1, TABLE2_FINDINGS)])
def test_reading_findings(
    tables: tuple[perftrack.Table, ...], index: int, expected: list[tuple[object, ...]]
) -> None:
    got = [(f.id, f.where.indicator, f.where.cell) for f in tables[index].findings]
    assert got == expected
    assert all(f.severity.value == "info" for f in tables[index].findings)


def test_raw_text_and_positions_are_kept(tables: tuple[perftrack.Table, ...]) -> None:
    indicator = tables[1].indicators[8]
    assert indicator.target is not None
    assert indicator.target.text == "2023年底前完成"
    assert indicator.cell_of("actual") is not None
    # 手续办理中 stands in column G, one column left of the header's 跟踪期实际完成值 (H).
    assert indicator.cell_of("actual").cell == "G53"
    assert indicator.cell_of("reason").cell == "H53"
    packed = tables[1].indicators[10]
    assert [(name, p.cell) for name, p in packed.cells] == [
        ("name", "B55"),
        ("target", "E55"),
        ("planned", "F55"),
        ("actual", "G55"),
    ]


def test_tables_round_trip_through_json(tables: tuple[perftrack.Table, ...]) -> None:
    assert perftrack.from_json(perftrack.to_json(list(tables))) == tables


def test_read_text_gives_the_same_model(tables: tuple[perftrack.Table, ...]) -> None:
    again = perftrack.read_text(SEED.read_text(encoding="utf-8"))
    assert [t.indicators for t in again] == [t.indicators for t in tables]
    assert [t.budget for t in again] == [t.budget for t in tables]
