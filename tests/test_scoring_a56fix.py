"""Regressions a reviewer found in the unitfix, zfix, ptfix and p29fix merges (a56fix).

- regress55 W1: a shortened rate label keeps the name's measure: ``培训率`` is no
  figure of ``培训后就业率``, while ``确权率`` stays one of ``项目资产确权登记率``;
- regress55 W2: ``无人员伤亡`` holds ``零死亡``; ``未发生食品安全事件`` is 0 of
  ``食品安全事故发生数`` (事件 and 事故 of one kind are one event);
- regress56 W1: a range on a time given (培训时长, 开放时间, 就业时间) or saved
  (减少…时间) is higher is better: below the band misses;
- regress56 W2: ``月均培训覆盖110人`` is a flow, not people held: unknown as before;
- regress56 W3: an n/a row of 分值 ``/`` hides no shortfall larger than it could weigh;
- regress56 W4: a printed 反向 on a range is met below the band.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.model import TableKind
from perftrack.policy import Policy
from probe_tables import points_table
from scoring_builders import YEAR, indicator, score_one

# ---------------------------------------------------------------------------
# regress55: one 质量指标 row of a self-evaluation table for the full year


def judged(name: str, target: str, actual: str) -> tuple[str, str]:
    card = score_one(
        indicator(name, target, actual, level2="质量指标"),
        period=(YEAR, 1, YEAR, 12),
        kind=TableKind.SELF_EVALUATION,
    )
    verdict = card.verdicts[0]
    return verdict.attainment.value, verdict.explanation


def not_a_number(actual: str) -> tuple[str, str]:
    return ("unknown", f"实际“{actual}”不是数值，无法与年度指标比较")


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "培训后就业率", "≥80%", "培训500人，培训率100%",
            not_a_number("培训500人，培训率100%"), id="就业-dropped",
        ),
        pytest.param(
            "学生资助政策知晓率", "≥95%", "资助学生3200人，资助率100%",
            not_a_number("资助学生3200人，资助率100%"), id="知晓-dropped",
        ),
        pytest.param(
            "资金拨付及时率", "100%", "拨付资金1200万元，资金拨付率100%",
            not_a_number("拨付资金1200万元，资金拨付率100%"), id="及时-dropped",
        ),
        pytest.param(
            "保洁人员培训上岗率", "100%", "培训保洁员200人，培训率100%",
            not_a_number("培训保洁员200人，培训率100%"), id="上岗-dropped",
        ),
        pytest.param(
            "污水处理设施运行率", "≥90%", "建成处理设施120座，污水处理率95%",
            not_a_number("建成处理设施120座，污水处理率95%"), id="运行-dropped",
        ),
        pytest.param(
            "生活垃圾收运体系覆盖率", "100%", "覆盖行政村86个，垃圾收运率92%",
            not_a_number("覆盖行政村86个，垃圾收运率92%"), id="覆盖-dropped",
        ),
        pytest.param(
            "项目资产确权登记率", "100%", "登记资产856个，确权率98.2%",
            (
                "not_met",
                "实际98.2%（“登记资产856个，确权率98.2%”中指标名称所指的数），未达年度指标=100%",
            ),
            id="登记-no-measure-kept",
        ),
        pytest.param(
            "安全生产", "零死亡", "无人员伤亡",
            ("met", "实际“无人员伤亡”，达到“零死亡”"), id="伤亡-holds-死亡",
        ),
        pytest.param(
            "安全生产", "零伤亡", "无人员死亡",
            ("unknown", "实际“无人员死亡”未说明伤亡情况，是否达到“零伤亡”需人工判断"),
            id="死亡-not-伤亡",
        ),
        pytest.param(
            "食品安全事故发生数", "0起", "未发生食品安全事件",
            ("met", "实际0起，达到年度指标=0起"), id="事件-is-事故",
        ),
        pytest.param(
            "安全事故发生数", "0起", "未发生投诉",
            (
                "unknown",
                (
                    "实际“未发生投诉”只说明没有“投诉”，不等于“安全事故发生数”为0，"
                    "是否达到年度指标=0起需人工判断"
                ),
            ),
            id="another-event-stays",
        ),
    ],
)  # fmt: skip
def test_rate_label_and_zero_events(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert judged(name, target, actual) == expected


# ---------------------------------------------------------------------------
# regress56: a 自评表 row weighted 35 beside 35 + 20 and a budget line of 10

DIRECTED_GRID = (
    "绩效指标\t一级指标\t二级指标\t三级指标\t指标方向性\t年度指标值\t实际完成值\t分值\t得分"
    "\t偏差原因分析及改进措施"
)
REST = [
    "\t效益指标\t社会效益指标\t解决农村人口饮水\t≥1.2万人\t1.2万人\t35\t35\t",
    "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20\t",
]


def row_points(tbl: perftrack.Table, name: str) -> tuple[str, str | None]:
    card = perftrack.score(tbl, policy=Policy.central())
    assert card.points is not None
    item = next(item for item in card.points.items if item.name == name)
    return item.rule, None if item.points is None else str(item.points)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(("产出指标", "数量指标", "人均培训时长", "40-60学时", "30学时"),
                     ("comparison not_met: ratio 75.00%", "26.25"), id="培训时长-given"),
        pytest.param(("产出指标", "数量指标", "志愿服务时长", "20-30小时", "15小时"),
                     ("comparison not_met: ratio 75.00%", "26.25"), id="志愿服务时长-given"),
        pytest.param(("产出指标", "时效指标", "场馆开放时间", "8-10小时", "6小时"),
                     ("comparison not_met: ratio 75.00%", "26.25"), id="开放时间-given"),
        pytest.param(("产出指标", "数量指标", "设备运行时长", "8-12小时", "6小时"),
                     ("comparison not_met: ratio 75.00%", "26.25"), id="运行时长-given"),
        pytest.param(("产出指标", "时效指标", "服务时长", "20-30天", "15天"),
                     ("comparison not_met: ratio 75.00%", "26.25"), id="服务时长-given"),
        pytest.param(("效益指标", "社会效益指标", "就业时间", "6-12个月", "3个月"),
                     ("comparison not_met: ratio 50.00%", "17.50"), id="就业时间-given"),
        pytest.param(("效益指标", "社会效益指标", "减少群众办事时间", "30-50分钟", "20分钟"),
                     ("comparison not_met: ratio 66.67%", "23.33"), id="减少时间-saved"),
        pytest.param(("产出指标", "时效指标", "故障响应时间", "10-15分钟", "8分钟"),
                     ("range met", "35.00"), id="响应时间-taken"),
        pytest.param(("产出指标", "时效指标", "平均维修时长", "2-3天", "1天"),
                     ("range met", "35.00"), id="维修时长-taken"),
        pytest.param(("产出指标", "时效指标", "审批办理时间", "3-5个工作日", "2个工作日"),
                     ("range met", "35.00"), id="办理时间-taken"),
        pytest.param(("成本指标", "经济成本指标", "人均培训成本", "50-60元", "45元"),
                     ("range met", "35.00"), id="成本-lower"),
        pytest.param(("产出指标", "数量指标", "培训人数", "≥1200人", "月均培训覆盖110人"),
                     ("unknown: printed points", "35.00"), id="培训覆盖-flow"),
        pytest.param(("产出指标", "数量指标", "服务人数", "≥3000人", "月均服务覆盖300人"),
                     ("unknown: printed points", "35.00"), id="服务覆盖-flow"),
        pytest.param(("产出指标", "数量指标", "保障人数", "≥1200人", "月均保障1200人"),
                     ("comparison met", "35.00"), id="保障-held"),
    ],
)  # fmt: skip
def test_range_time_and_flows(
    cells: tuple[str, str, str, str, str], expected: tuple[str, str]
) -> None:
    name = cells[2]
    rows = ["\t" + "\t".join(cells) + "\t35\t35\t", *REST]
    assert row_points(points_table(rows), name) == expected


@pytest.mark.parametrize(
    ("direction", "actual", "expected"),
    [
        pytest.param("反向", "2.5%", ("range met", "35.00"), id="反向-below-met"),
        # above the band unchanged (3/6 of the points; no direction gives 5/6): not this fix's
        pytest.param("反向", "6%", ("comparison not_met: ratio 50.00%", "17.50"),
                     id="反向-above-missed-unchanged"),
        pytest.param("", "2.5%", ("range met", "35.00"), id="none-below-met"),
        pytest.param("正向", "2.5%", ("comparison not_met: ratio 83.33%", "29.17"),
                     id="正向-below-missed"),
    ],
)  # fmt: skip
def test_printed_reverse_range(direction: str, actual: str, expected: tuple[str, str]) -> None:
    rows = [
        f"\t产出指标\t数量指标\t传染病发病率\t{direction}\t3%-5%\t{actual}\t35\t35\t",
        "\t效益指标\t社会效益指标\t解决农村人口饮水\t\t≥1.2万人\t1.2万人\t35\t35\t",
        "\t满意度指标\t服务对象满意度指标\t群众满意度\t\t≥90%\t95%\t20\t20\t",
    ]
    assert row_points(points_table(rows, grid=DIRECTED_GRID), "传染病发病率") == expected


NA_ROWS = [
    "\t产出指标\t数量指标\t新建高标准农田\t≥5000亩\t5000亩\t15\t15\t",
    "\t\t质量指标\t工程验收合格率\t100%\t100%\t10\t10\t",
    "\t成本指标\t社会成本指标\t征地拆迁补偿\t/\t/\t/\t/\t本项目不涉及",
    "\t效益指标\t社会效益指标\t带动农户增收\t≥500户\t500户\t{weight}\t{weight}\t",
    "\t满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%\t92%\t20\t20\t",
]
NA_SHORT = "；1项不适用指标未设分值（“征地拆迁补偿”），已剔除"


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        pytest.param("45", ("100.00", []), id="100-silent"),
        pytest.param("40", ("100.00", []), id="95-plausible-silent"),
        pytest.param(
            "25",
            ("100.00", [("weights-not-100", "warning", f"各项分值合计80，不等于100{NA_SHORT}")]),
            id="80-shortfall-raised",
        ),
        pytest.param(
            "5",
            ("100.00", [("weights-not-100", "warning", f"各项分值合计60，不等于100{NA_SHORT}")]),
            id="60-shortfall-raised",
        ),
    ],
)
def test_na_row_hides_no_shortfall(weight: str, expected: tuple[object, ...]) -> None:
    rows = [row.replace("{weight}", weight) for row in NA_ROWS]
    total = str(55 + int(weight))
    card = perftrack.score(points_table(rows, total, full=total), policy=Policy.central())
    assert card.points is not None
    found = [
        (f.id, f.severity.value, f.message) for f in card.findings if f.id == "weights-not-100"
    ]
    assert (str(card.points.total), found) == expected
