"""Monitoring tables: columns for parts of the year beside the period's (e2e19 H1, H2, M2; fp19 H1).

Fixtures are tables written here as text (tab-separated) or HTML, modelled on the
Guangdong 运行监控表 (分季度计划值 over 一季度…四季度), the Hubei 监控表 (quarterly 执行数
beside 1-8月执行数, 单位：万元 on the 监控时点 row) and 1-6月 / 1-9月 tables with
per-quarter or per-month 完成值 columns.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import perftrack
from perftrack import parse_value
from perftrack.model import Breakdown, Position
from perftrack.serialization import from_json, to_json

_QUARTER_ROWS = (
    ("村内道路硬化里程", "≥1200公里", ("200公里", "400公里", "400公里", "200公里"), "480公里"),
    ("农村公厕改造数量", "≥3000座", ("500座", "1000座", "1000座", "500座"), "1650座"),
    ("工程验收合格率", "≥95%", ("/", "/", "95%", "95%"), "/"),
    ("帮扶村集体经济收入增长率", "≥8%", ("/", "3%", "/", "8%"), "2.5%"),
    ("培训人次", "≥400人次", ("100人次", "200人次", "300人次", "400人次"), "150人次"),
)


def _quarter_html(months: str) -> str:
    rows = "".join(
        f"<tr><td>产出指标</td><td>数量指标</td><td>{name}</td><td>{target}</td>"
        + "".join(f"<td>{plan}</td>" for plan in plans)
        + f"<td>{actual}</td><td>有可能</td></tr>"
        for name, target, plans, actual in _QUARTER_ROWS
    )
    return (
        "<html><body><h3>2024年省级财政项目支出绩效运行监控表</h3>"
        f"<p>监控期间：2024年{months}　金额单位：万元</p><table border='1'>"
        "<tr><td>项目名称</td><td colspan='8'>驻镇帮镇扶村资金</td></tr>"
        "<tr><td rowspan='2'>一级指标</td><td rowspan='2'>二级指标</td>"
        "<td rowspan='2'>三级指标</td><td rowspan='2'>年度指标值</td>"
        "<td colspan='4'>分季度计划值</td><td rowspan='2'>实际完成值</td>"
        "<td rowspan='2'>完成可能性</td></tr>"
        "<tr><td>一季度</td><td>二季度</td><td>三季度</td><td>四季度</td></tr>"
        f"{rows}</table></body></html>"
    )


def read_html(text: str) -> tuple[perftrack.Table, ...]:
    return perftrack.read_text(text, format="html")


def _plans(months: str) -> list[tuple[str, str | None]]:
    table = read_html(_quarter_html(months))[0]
    return [
        (row.name, row.planned.text if row.planned is not None else None)
        for row in table.indicators
    ]


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        pytest.param(
            "1月-6月",
            [
                ("村内道路硬化里程", "600公里"),
                ("农村公厕改造数量", "1500座"),
                ("工程验收合格率", "/"),
                ("帮扶村集体经济收入增长率", "3%"),
                ("培训人次", "200人次"),
            ],
            id="june-sum-of-q1-q2-rate-of-q2-cumulative-plan-q2",
        ),
        pytest.param(
            "1月-3月",
            [
                ("村内道路硬化里程", "200公里"),
                ("农村公厕改造数量", "500座"),
                ("工程验收合格率", "/"),
                ("帮扶村集体经济收入增长率", "/"),
                ("培训人次", "100人次"),
            ],
            id="march-first-quarter",
        ),
        pytest.param(
            "1月-8月",
            [
                ("村内道路硬化里程", "1000公里"),
                ("农村公厕改造数量", "2500座"),
                ("工程验收合格率", "95%"),
                ("帮扶村集体经济收入增长率", "3%"),
                ("培训人次", "300人次"),
            ],
            id="august-quarter-holding-as-of-counts-to-q3-rate-latest-figure",
        ),
    ],
)
def test_quarter_plan_is_due_by_the_period_end(
    months: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _plans(months) == expected


def test_quarter_plan_columns_are_kept_as_parts() -> None:
    table = read_html(_quarter_html("1月-6月"))[0]
    road = table.indicators[0]
    assert road.parts == (
        Breakdown("planned", "一季度", 1, 3, parse_value("200公里")),
        Breakdown("planned", "二季度", 4, 6, parse_value("400公里")),
        Breakdown("planned", "三季度", 7, 9, parse_value("400公里")),
        Breakdown("planned", "四季度", 10, 12, parse_value("200公里")),
    )
    assert [part.position.cell for part in road.parts if part.position] == [
        "E6",
        "F6",
        "G6",
        "H6",
    ]  # the HTML is on one line: its rows are numbered in order (title, period, 3 rows)
    assert road.planned == parse_value("600公里")
    assert road.cell_of("planned") == Position(None, None, 6, 6)  # the last quarter due
    assert not [f for f in table.findings if f.id == "grid-column-duplicate"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("村内道路硬化里程", "behind", id="480-behind-600"),
        pytest.param("农村公厕改造数量", "on_track", id="1650-ahead-of-1500"),
        pytest.param("帮扶村集体经济收入增长率", "behind", id="2.5pct-behind-q2-3pct"),
    ],
)
def test_quarter_plan_progress(name: str, expected: str) -> None:
    card = perftrack.score(read_html(_quarter_html("1月-6月"))[0])
    verdicts = {row.name: row.progress.value for row in card.verdicts}
    assert verdicts[name] == expected


def test_parts_in_json_and_back() -> None:
    table = read_html(_quarter_html("1月-6月"))[0]
    data = json.loads(to_json([table]))
    parts = data["tables"][0]["indicators"][0]["parts"]
    assert parts[1] == {
        "role": "planned",
        "label": "二季度",
        "start": 4,
        "end": 6,
        "value": {
            "text": "400公里",
            "kind": "quantity",
            "value": "400",
            "unit": "公里",
            "bound": "exact",
            "label": None,
            "status": None,
            "note": None,
        },
        "cell": "F6",
    }
    back = from_json(to_json([table]))[0]
    assert back.indicators[0].parts == table.indicators[0].parts
    assert back.indicators[0].parts[1].position == Position(None, None, 6, 6)
    plain = json.loads(to_json([perftrack.read_text(_HUBEI)[0]]))
    assert "parts" not in plain["tables"][0]["indicators"][0]  # omitted without parts


_ACTUAL_TABLES = (
    (
        "2023年1-6月项目支出绩效运行监控表\n项目名称\t参保补助\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t一季度完成值\t二季度完成值\t1-6月完成值\t偏差原因分析\n"
        "产出指标\t数量指标\t参保人数\t≥28万人\t27.6万人\t28.2万人\t28.2万人\t\n"
    ),
    (
        "2023年1-9月项目绩效监控表\n项目名称\t残疾人两项补贴\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t7月完成值\t8月完成值\t9月完成值\t"
        "1-9月计划完成值\t1-9月实际完成值\t偏差原因分析\n"
        "产出指标\t数量指标\t补贴发放人次\t≥36000人次\t3012人次\t3025人次\t3031人次\t"
        "27000人次\t27116人次\t\n"
    ),
)


@pytest.mark.parametrize(
    ("text", "actual", "parts", "verdict"),
    [
        pytest.param(
            _ACTUAL_TABLES[0],
            "28.2万人",
            (("一季度完成值", "27.6万人"), ("二季度完成值", "28.2万人")),
            ("met", "not_applicable"),
            id="quarters-beside-1-6",
        ),
        pytest.param(
            _ACTUAL_TABLES[1],
            "27116人次",
            (("7月完成值", "3012人次"), ("8月完成值", "3025人次"), ("9月完成值", "3031人次")),
            ("pending", "on_track"),
            id="months-beside-1-9",
        ),
    ],
)
def test_period_actual_column_wins_over_parts(
    text: str, actual: str, parts: tuple[tuple[str, str], ...], verdict: tuple[str, str]
) -> None:
    table = perftrack.read_text(text)[0]
    row = table.indicators[0]
    assert row.actual == parse_value(actual)
    assert tuple((part.label, part.value.text) for part in row.parts) == parts
    assert {part.role for part in row.parts} == {"actual"}
    assert not [f for f in table.findings if f.id == "grid-column-duplicate"]
    card = perftrack.score(table)
    assert (card.verdicts[0].attainment.value, card.verdicts[0].progress.value) == verdict


_HUBEI = (
    "2024年度省直部门项目支出绩效监控表\n"
    "监控时点：2024年8月31日\t\t\t\t\t\t\t\t\t单位：万元\n"
    "项目名称\t\t湖北省职业技能提升行动专项\n"
    "资金情况\t\t年初预算数\t全年预算数\t一季度执行数\t二季度执行数\t7-8月执行数\t1-8月执行数\t"
    "执行率\t序时进度\t全年预计执行数\n"
    "年度资金总额\t\t3200\t3200\t420\t760\t380\t1560\t48.75%\t66.67%\t3150\n"
    "其中：财政拨款\t\t3000\t3000\t400\t720\t360\t1480\t49.33%\t66.67%\t2960\n"
    "上年结转资金\t\t200\t200\t20\t40\t20\t80\t40.00%\t66.67%\t190\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t序时进度目标值\t1-8月完成值\t全年预计完成值\t"
    "完成可能性\n"
    "产出指标\t数量指标\t补贴性职业技能培训人次\t≥12万人次\t8万人次\t8.35万人次\t12万人次\t能\n"
    "绩效监控总体判断\t\t年度项目预算完成可能性\t\t确定能完成\n"
)


def test_budget_executed_is_the_window_column() -> None:
    table = perftrack.read_text(_HUBEI)[0]
    assert [(line.source, line.executed, line.rate) for line in table.budget] == [
        ("年度资金总额", Decimal(1560), Decimal("48.75")),
        ("其中：财政拨款", Decimal(1480), Decimal("49.33")),
        ("上年结转资金", Decimal(80), Decimal("40.00")),
    ]
    card = perftrack.score(table)
    assert sorted(f.id for f in card.findings if f.id.startswith(("budget", "judgement"))) == [
        "budget-behind-schedule"
    ]


_UNIT_BODY = (
    "项目名称\t示例\n资金情况\t年初预算数\t1-8月执行数\n年度资金总额\t100.00\t60.00\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-8月完成值\n"
    "产出指标\t数量指标\t培训人次\t≥100人次\t70人次\n"
)


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        pytest.param(
            "监控时点：2024年8月31日\t\t\t\t金额单位：万元", "万元", id="point-amount-unit"
        ),
        pytest.param("数据截止日期\t2024-08-31\t\t\t金额单位：万元", "万元", id="cutoff-cells"),
        pytest.param("监控时点：2024年8月31日\t\t\t\t单位：万元", "万元", id="point-bare-unit"),
        pytest.param("数据截止日期：2024年8月31日\t单位：元", "元", id="cutoff-yuan"),
    ],
)
def test_unit_beside_the_point_line(line: str, unit: str) -> None:
    table = perftrack.read_text(f"2024年度项目支出绩效监控表\n{line}\n{_UNIT_BODY}")[0]
    assert (table.budget_unit, str(table.period.end) if table.period else None) == (
        unit,
        "2024-08",
    )
