"""score56 #1, #8, #11, #4: core indicators, per-item points, cent weights, split weights.

Each case is an adversarial fixture of /tmp/adv/score56 written here as a small table.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import perftrack
from perftrack.report import scorecard_text
from perftrack.reports import render
from perftrack.scoring import Scorecard
from perftrack.serialization import from_json, to_json

_S08 = """项目支出绩效自评表
（2024年度）
项目名称\t义务教育营养改善计划
主管部门\t某县农业农村局\t\t实施单位\t某县农业技术推广中心
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t800\t800\t760\t10\t95.00%\t9.5
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
产出指标\t数量指标\t★受益学生人数\t≥12000人\t11000人\t20\t18.33\t
\t质量指标\t补助资金拨付及时率\t100%\t100%\t20\t20\t
效益指标\t社会效益指标\t学生营养状况改善\t有效改善\t明显改善\t30\t30\t
满意度指标\t服务对象满意度指标\t学生家长满意度\t≥90%\t95%\t20\t20\t
总分\t\t\t\t\t100\t97.83\t
"""

_S11 = """项目支出绩效自评表
（2024年度）
项目名称\t残疾人康复服务
主管部门\t某县残疾人联合会\t\t实施单位\t某县残疾人联合会
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率
\t年度资金总额\t60\t60\t57\t95%
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\t偏差原因分析及改进措施
产出指标（50分）\t数量指标\t康复服务人数\t≥300人\t{actual}\t{points}\t部分对象迁出
\t质量指标\t康复服务覆盖率\t≥90%\t92%\t15\t
\t时效指标\t康复补贴发放及时率\t100%\t100%\t10\t
\t成本指标\t人均康复补助\t≤2000元\t1950元\t10\t
效益指标（30分）\t社会效益指标\t残疾人生活质量改善\t明显改善\t明显改善\t30\t
满意度指标（10分）\t服务对象满意度指标\t残疾人满意度\t≥90%\t96%\t10\t
总分\t\t\t\t\t98\t
"""


def _card(text: str, policy: perftrack.Policy | None = None) -> Scorecard:
    return perftrack.score(perftrack.read_text(text)[0], policy=policy)


def _s11(actual: str = "270人", points: str = "13.5") -> Scorecard:
    return _card(_S11.format(actual=actual, points=points))


# --- #1: ★ core indicators -------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("markdown", "| 1 | 产出指标 | 数量指标 | ★受益学生人数 |"),
        ("html", "<td>★受益学生人数</td>"),
        ("review", "“★受益学生人数”"),
    ],
)
def test_core_indicator_marked_in_reports(fmt: str, expected: str) -> None:
    card = _card(_S08)
    assert card.table.indicators[0].core
    assert expected in render([card], [], fmt)
    assert "★补助资金拨付及时率" not in render([card], [], fmt)


def test_core_indicator_marked_in_text() -> None:
    lines = scorecard_text(_card(_S08)).splitlines()
    assert any(line.startswith("   1 ★受益学生人数 ") for line in lines)
    assert not any("★补助资金" in line for line in lines)


def test_csv_core_column_last() -> None:
    rows = [line.split(",") for line in render([_card(_S08)], [], "csv").split("\r\n")[:-1]]
    assert rows[0][-1] == "核心指标"
    assert rows[0][-6:-1] == ["计算总分", "计算等级", "暂估", "表中总分", "表中等级"]
    # the name stays as printed, the mark is the column; the rate's row has none
    assert [(row[7], row[-1]) for row in rows[1:]] == [
        ("受益学生人数", "是"),
        ("补助资金拨付及时率", "否"),
        ("学生营养状况改善", "否"),
        ("学生家长满意度", "否"),
        ("年度资金总额", ""),
    ]


# --- #8: per-item points in text, Markdown, HTML ---------------------------------


def test_text_points_per_item() -> None:
    text = scorecard_text(_card(_S08))
    assert (
        "       计分：分值20，计算得分18.33，填报得分18.33（未达成，按完成比例91.67%计分）" in text
    )
    assert (
        "  预算执行率计分：年度资金总额 分值10，计算得分9.50，填报得分9.5（按预算执行率95.00%计分）"
        in text
    )


def test_text_points_weight_basis() -> None:
    text = scorecard_text(_s11())
    assert "计分：分值12.5（一级指标分值均分），计算得分11.25，填报得分13.5" in text
    assert "计分：分值30（一级指标分值），计算得分30.00，填报得分30（达成，得满分）" in text
    # no 分值 and no points in the line's label (年度资金总额（10分） weighs 10 of its own
    # since k32e): the policy's default weight, said as such
    assert "预算执行率计分：年度资金总额 分值10（默认权重），计算得分9.50" in text


def test_markdown_points_columns() -> None:
    md = render([_card(_S08)], [], "markdown")
    assert "| 表中分值 | 表中得分 | 计算分值 | 计算得分 | 计分规则 |" in md
    assert "| 20 | 18.33 | 20 | 18.33 | 未达成，按完成比例91.67%计分 |" in md
    # the execution rate's item beside its budget line
    assert "| 95.00 | 95.00 | 10 | 9.5 | 10 | 9.50 | 按预算执行率95.00%计分 |" in md


def test_html_points_columns() -> None:
    page = render([_card(_S08)], [], "html")
    assert "<th>计算得分</th><th>计分规则</th></tr></thead>" in page
    assert '<td class="num">18.33</td><td>未达成，按完成比例91.67%计分</td>' in page
    assert '<td class="num">9.50</td><td>按预算执行率95.00%计分</td>' in page


def test_no_points_columns_without_points() -> None:
    tables = perftrack.read("examples/000_7a0b2a9980fedb64.txt")
    cards = [perftrack.score(table) for table in tables]
    assert all(card.points is None for card in cards)
    md = render(cards, [], "markdown")
    assert "计算得分" not in md
    assert "计分：" not in "\n".join(scorecard_text(card) for card in cards)


# --- #11: JSON weights -----------------------------------------------------------


def test_hubei_weights_to_the_cent_and_round_trip() -> None:
    card = _card(_S08, perftrack.Policy.hubei())
    data = json.loads(to_json(card))
    assert data["generator"]["policy"]["weights"] == {
        "rate": "20",
        "output": "44.44",
        "effect": "26.67",
        "satisfaction": "8.89",
    }
    back = from_json(to_json(card), Scorecard)
    assert back == card
    assert back.policy.weights.output == Decimal(50) * Decimal(80) / Decimal(90)


def test_typed_weights_kept_as_given() -> None:
    policy = perftrack.Policy(weights=perftrack.Weights("10", "50.125", "29.875", "10"))
    data = json.loads(to_json(_card(_S08, policy)))
    assert data["generator"]["policy"]["weights"]["output"] == "50.125"


def test_rate_weight_left_by_labels_is_whole() -> None:
    data = json.loads(to_json(_s11()))
    item = data["tables"][0]["points"]["items"][-1]
    assert (item["budget_line"], item["weight"]) == ("total", "10")


# --- #4: points-differ against an even split ---------------------------------------


def _differ(card: Scorecard) -> list[str]:
    return [f.message for f in card.findings if f.id == "points-differ"]


@pytest.mark.parametrize(
    ("actual", "points", "expected"),
    [
        # 13.5 = 90% of 15; 15 + 15 + 10 + 10 = 50: the unit's own weights
        pytest.param("270人", "13.5", [], id="fits-the-units-weights"),
        # 12 at 90% weighs 13.33: 48.33 of 50, no weights of the unit's: said, assumed
        pytest.param(
            "270人",
            "12",
            [
                (
                    "“康复服务人数”计算得分11.25与填报得分12不同"
                    "（分值系按一级指标“产出指标”50分平均分配推算为12.5）"
                )
            ],
            id="assumed-weight-said",
        ),
        # a row scored 0 implies no weight: checked, the weight said to be assumed
        pytest.param(
            "0人",
            "5",
            [
                (
                    "“康复服务人数”计算得分0.00与填报得分5不同"
                    "（分值系按一级指标“产出指标”50分平均分配推算为12.5）"
                )
            ],
            id="zero-share",
        ),
    ],
)
def test_points_differ_on_an_even_split(actual: str, points: str, expected: list[str]) -> None:
    assert _differ(_s11(actual, points)) == expected
