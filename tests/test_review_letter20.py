"""The review letter says each fact once, with its figures, in a reviewer's words (letter20).

letter20 H1–H2, M3–M7, M9, L12–L14: a broken 故障修复时限 was 进行中 where 故障修复时间
was 未完成; a late row was also 未完成目标却得满分; the letter dropped the rates, sums and
points its findings hold; a department's 基本支出/项目支出 were 资金来源; 其中 hung on the
wrong count; a row not met was also behind; a 监控表 was asked for a 纠偏措施 it has no
field for; default weights went unsaid; ``评分规则：central``; 95.8 beside 84.30; the
arrow of 逾期完成; a summary heading that its order contradicted. Every table is
written here as text, read and scored.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review


def _card(rows: list[list[str]]) -> perftrack.Scorecard:
    return perftrack.score(perftrack.read_text("\n".join("\t".join(row) for row in rows))[0])


def _tracking(
    *indicators: list[str],
    months: str = "9",
    budget: tuple[list[str], ...] = (
        ["", "年度资金总额", "300.00", "300.00", "240.00", "80.00", ""],
    ),
    measures: str = "加强巡查，及时维修。",
) -> list[list[str]]:
    return [
        ["财政项目支出绩效跟踪表"],
        [f"跟踪时段：（ 2024-1月 至 2024-{months}月 ）"],
        ["项目名称", "河道保洁养护", "", "", "", "", ""],
        ["主管部门", "某镇水务站", "", "实施单位", "某镇河道管理所", "", ""],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)", ""],
        *budget,
        ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况", "", ""],
        ["", "完成河道保洁养护，水面保洁达标。", "", "", "已完成主要河段保洁。", "", ""],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
        ],
        *indicators,
        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "90", "94", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "有可能", "", "", "", ""],
        ["", "年度绩效目标完成可能性", "有可能", "", "", "", ""],
        ["纠偏措施", measures, "", "", "", "", ""],
    ]


CLEANED = ["产出指标", "数量指标", "保洁河道长度", "≥40公里", "30", "32", ""]
BENEFIT = ["效益指标", "生态效益指标", "水面漂浮物清除率", "≥95%", "95", "97", ""]


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param("险情处置时间", "36", "not_met", id="shijian"),
        pytest.param("险情处置时限", "36", "not_met", id="shixian"),
        pytest.param("险情处置时长", "36", "not_met", id="shichang"),
        pytest.param("险情处置用时", "36", "not_met", id="yongshi"),
        pytest.param("险情处置时限", "20", "met", id="shixian-within"),
        pytest.param("平均险情处置时限", "36", "pending", id="average-name"),
        pytest.param("险情处置时限", "平均36小时", "pending", id="average-actual"),
    ],
)
def test_a_per_case_time_limit_broken_is_not_met_whatever_its_name(name, actual, expected):
    # letter20 H1: 时限, 时长, 用时 name the time of each case as 时间 does
    row = ["", "时效指标", name, "≤24小时", "24", actual, ""]
    card = _card(_tracking(CLEANED, row, BENEFIT))
    assert [v.attainment.value for v in card.verdicts if v.name == name] == [expected]
