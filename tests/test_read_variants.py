"""Header variants of domain.md §3 read right: Sichuan, Hubei, target tables, Huangshi."""

from __future__ import annotations

from decimal import Decimal

import perftrack
from perftrack import Attainment, Direction, Likelihood, TableKind


def _read(rows: list[list[str]]) -> perftrack.Table:
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return table


def test_sichuan_split_columns_are_joined() -> None:
    # 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析
    table = _read(
        [
            ["2022年度项目支出绩效自评表"],
            ["项目名称", "乡镇污水处理"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "指标性质",
                "指标值",
                "度量单位",
                "完成值",
                "权重",
                "得分",
                "未完成原因分析",
            ],
            ["产出指标", "数量指标", "处理污水量", "≥", "5000", "吨", "5200", "30", "30", ""],
            ["", "质量指标", "出水达标率", "≥", "95", "%", "93", "20", "19", "设备老化"],
        ]
    )
    assert table.kind is TableKind.SELF_EVALUATION
    assert [str(i.target) for i in table.indicators] == ["≥5000(吨)", "≥95(%)"]
    assert [i.target.text for i in table.indicators if i.target] == ["≥5000吨", "≥95%"]
    assert [(i.weight, i.published_points) for i in table.indicators] == [
        (Decimal(30), Decimal(30)),
        (Decimal(20), Decimal(19)),
    ]
    assert table.indicators[1].deviation_reason == "设备老化"
    card = perftrack.score(table)
    assert [v.attainment for v in card.verdicts] == [Attainment.MET, Attainment.NOT_MET]


def test_hubei_headers_with_a_and_b() -> None:
    table = _read(
        [
            ["项目支出绩效自评表（2023年度）"],
            ["项目名称", "农村饮水"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年初目标值(A)",
                "实际完成值(B)",
                "分值",
                "得分",
                "偏差原因",
            ],
            ["产出指标", "数量指标", "新建水厂", "2座", "2座", "40", "40", ""],
            ["效益指标", "社会效益指标", "受益人口", "≥1万人", "1.2万人", "30", "30", ""],
        ]
    )
    assert (str(table.period.start), str(table.period.end)) == ("2023-01", "2023-12")
    assert [str(i.actual) for i in table.indicators] == ["2(座)", "1.2(万人)"]
    assert [v.attainment for v in perftrack.score(table).verdicts] == [
        Attainment.MET,
        Attainment.MET,
    ]


def test_target_table_with_direction() -> None:
    table = _read(
        [
            ["2024年项目支出绩效目标申报表"],
            ["项目名称", "城市绿化"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "指标性质",
                "指标值",
                "度量单位",
                "权重",
                "指标方向性",
            ],
            ["产出指标", "数量指标", "新增绿地面积", "≥", "20", "万平方米", "30", "正向"],
            ["", "成本指标", "亩均成本", "≤", "3", "万元", "20", "反向"],
        ]
    )
    assert table.kind is TableKind.TARGET
    assert [i.direction for i in table.indicators] == [Direction.HIGHER, Direction.LOWER]
    assert [i.actual for i in table.indicators] == [None, None]
    card = perftrack.score(table)
    assert {v.attainment for v in card.verdicts} == {Attainment.NOT_APPLICABLE}
    assert "missing-actual" not in {f.id for f in card.findings}


def test_huangshi_half_year_window_and_likelihood() -> None:
    table = _read(
        [
            ["2023年度绩效运行监控表"],
            ["项目名称", "干部培训"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "指标值",
                "半年度指标执行情况",
                "完成目标可能性（确定能、有可能、不可能）",
                "备注",
            ],
            ["产出指标", "数量指标", "主体班培训人次", "280人次", "150人次", "确定能", ""],
        ]
    )
    assert (str(table.period.start), str(table.period.end)) == ("2023-01", "2023-06")
    indicator = table.indicators[0]
    assert (indicator.likelihood, indicator.likelihood_text) == (Likelihood.CERTAIN, "确定能")
    assert perftrack.score(table).verdicts[0].attainment is Attainment.PENDING


def test_a_two_row_header_and_a_period_with_days() -> None:
    # 跟踪期完成情况 is merged over 计划完成值 | 实际完成值 in the row below it.
    table = _read(
        [
            ["财政项目支出绩效跟踪表"],
            ["跟踪期间：2023年1月1日至2023年8月31日"],
            ["项目名称", "测试项目"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "跟踪期完成情况",
                "",
                "偏差原因分析",
            ],
            ["", "", "", "", "计划完成值", "实际完成值", ""],
            ["产出指标", "数量指标", "培训人次", "≥100人次", "60", "70", ""],
            ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "", "92", ""],
        ]
    )
    assert (str(table.period.start), str(table.period.end)) == ("2023-01", "2023-08")
    assert [i.name for i in table.indicators] == ["培训人次", "满意度"]
    assert [(str(i.planned), str(i.actual)) for i in table.indicators] == [
        ("60", "70"),
        ("None", "92"),
    ]


def test_a_serial_number_column_is_not_a_name() -> None:
    table = _read(
        [
            ["项目支出绩效自评表"],
            ["（2023年度）"],
            ["项目名称", "测试"],
            [
                "序号",
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
            ],
            ["1", "产出指标", "数量指标", "培训人次", "≥100人次", "120", "50", "50"],
            ["2", "", "质量指标", "合格率", "≥95%", "96%", "20", "20"],
            ["3", "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", "30", "30"],
        ]
    )
    assert [(i.level1, i.level2, i.name) for i in table.indicators] == [
        ("产出指标", "数量指标", "培训人次"),
        ("产出指标", "质量指标", "合格率"),
        ("满意度指标", "服务对象满意度指标", "满意度"),
    ]
    assert [str(i.weight) for i in table.indicators] == ["50", "20", "30"]
    assert table.findings == ()


def test_a_time_progress_target_column_is_the_plan() -> None:
    # score11 M6 (read2 N34): 序时进度目标值 is the value due by the period, the plan; it
    # was a second target, and dropped.
    table = _read(
        [
            ["2024年1-6月项目支出绩效运行监控表"],
            ["项目名称", "农村饮水安全巩固提升工程"],
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "序时进度目标值",
                "1-6月完成值",
                "偏差原因",
                "完成目标可能性",
            ],
            [
                "产出指标",
                "数量指标",
                "新建供水工程",
                "≥15处",
                "7处",
                "5处",
                "雨季影响施工",
                "有可能",
            ],
            ["", "质量指标", "水质检测合格率", "≥90%", "≥90%", "88%", "", "确定能"],
            ["", "成本指标", "工程管护经费", "≤120万元", "60万元", "65万元", "", "确定能"],
        ]
    )
    assert [(i.target.text, i.planned.text, i.actual.text) for i in table.indicators] == [
        ("≥15处", "7处", "5处"),
        ("≥90%", "≥90%", "88%"),
        ("≤120万元", "60万元", "65万元"),
    ]
    card = perftrack.score(table)
    assert [v.progress.value for v in card.verdicts] == ["behind", "behind", "behind"]
    assert "judgement-optimistic" in [f.id for f in card.findings]
