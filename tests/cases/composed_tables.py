"""Tables composed for the reader tests: grids of cell texts, as an export holds them.

Each grid is a list of rows; merged cells are already blank except their top-left
cell (the way real exports show them). ``MERGES`` lists the merged ranges for
formats that can carry them (xlsx, xls, docx, html) as A1 ranges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import perftrack

# A self-evaluation table (财预〔2020〕10号): 分值/得分 columns, a 总分 row, the 101号
# framework with 成本指标 as a level 1, weights in labels, a template leftover row,
# a numbering prefix and a core indicator ★.
SELF_EVALUATION = [
    ["项目支出绩效自评表"],
    ["（2022年度）"],
    ["项目名称", "乡村道路养护", "", "", "", "", ""],
    ["主管部门", "某县交通运输局", "", "实施单位", "某县公路事务中心", "", ""],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "120.00", "110.00", "99.00", "10", "90.00%", "9.00"],
    ["", "其中：当年财政拨款", "120.00", "110.00", "99.00", "—", "—", "—"],
    ["", "上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"],
    ["", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
    ["", "完成农村公路养护100公里。", "", "", "完成养护98公里。", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ],
    [
        "产出指标(50分)",
        "数量指标",
        "指标1:养护里程",
        "≥100公里",
        "98公里",
        "20",
        "19.6",
        "部分路段雨季延误",
    ],
    ["", "质量指标", "★养护合格率", "≥95%", "97%", "15", "15", ""],
    ["", "时效指标", "完成时间", "2022年11月底前", "2022年11月", "15", "15", ""],
    ["", "", "指标2:", "", "", "", "", ""],
    [
        "成本指标(10分)",
        "经济成本指标",
        "每公里养护成本",
        "≤1.2万元/公里",
        "1.01万元/公里",
        "10",
        "10",
        "",
    ],
    ["效益指标(20分)", "社会效益指标", "群众出行条件", "明显改善", "明显改善", "20", "18", ""],
    ["满意度指标(10分)", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "96.6", "优"],
]

# A central monitoring table (财预〔2019〕136号): 1-7月 columns, a forecast and a
# likelihood per indicator, 备注, no planned column; a ≤ target and a cost target.
MONITORING = [
    ["2023年项目支出绩效目标执行监控表"],
    ["项目名称", "校园安全改造", "", "", "", "", ""],
    ["主管部门", "某区教育局", "", "实施单位", "某区第一中学", "", ""],
    ["项目资金（万元）", "年初预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数", "", ""],
    ["年度资金总额", "200.00", "80.00", "40.00", "200.00", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "1-7月执行情况",
        "全年预计完成情况",
        "偏差原因分析",
        "完成目标可能性",
        "备注",
    ],
    ["产出指标", "数量指标", "改造教室数", "≥12间", "5间", "12间", "暑期集中施工", "确定能", ""],
    ["", "成本指标", "改造总成本", "≤200万元", "80万元", "198万元", "", "确定能", "按合同支付"],
    ["效益指标", "社会效益指标", "安全事故", "0起", "0起", "0起", "", "确定能", ""],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "", "92%", "年底调查", "有可能", ""],
]

# A tracking table on the old framework with a ≤ target, an empty planned cell,
# a deadline, and a level-2 label where the level 1 stands.
TRACKING = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
    ["项目名称", "社区养老服务补贴", "", "", "", "", ""],
    ["主管部门", "某区民政局", "", "实施单位", "某街道社区服务中心", "", ""],
    ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)", ""],
    ["", "年度资金总额", "60.00", "60.00", "24.00", "40.00", ""],
    ["", "其中：当年财政拨款", "60.00", "60.00", "24.00", "40.00", ""],
    ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况", "", ""],
    ["", "为辖区老人提供助餐服务。", "", "", "已服务老人3000人次。", "", ""],
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "跟踪期计划完成值",
        "跟踪期实际完成值",
        "偏差原因分析",
    ],
    ["产出指标", "数量指标", "助餐服务人次", "≥6000人次", "3000", "3000", ""],
    ["", "", "投诉次数", "≤5次", "", "1", ""],
    ["", "时效指标", "补贴发放时间", "每月10日前", "按月发放", "按月发放", ""],
    ["可持续影响指标", "", "服务机制健全性", "健全", "健全", "基本健全", "人员流动"],
    ["满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "90", "91", ""],
    ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成", "", "", "", ""],
    ["", "年度绩效目标完成可能性", "确定能完成", "", "", "", ""],
    ["纠偏措施", "加强人员培训", "", "", "", "", ""],
]

MERGES = {
    "SELF_EVALUATION": ["A1:H1", "A2:H2", "B3:G3", "A5:B5", "A13:A16"],
    "TRACKING": ["A1:G1", "A2:G2", "B3:G3", "A5:B5", "A11:A13", "B11:B12", "A16:A17", "B18:G18"],
    "MONITORING": ["A1:I1", "B2:G2", "A7:A8"],
}


# The indicator grid's header of a tracking table, as the seed prints it.
TRACKING_GRID: list[str] = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
    "偏差原因分析",
]


def tsv_bytes(grid: list[list[str]]) -> bytes:
    """A grid as the UTF-8 TSV text twin that every other format is compared with."""
    return "\n".join("\t".join(row) for row in grid).encode("utf-8")


def model_of(tables: tuple[perftrack.Table, ...]) -> list[tuple[object, ...]]:
    """What tables say, without where they stood (positions, file, sheet)."""
    return [
        (
            t.kind,
            t.title,
            t.period,
            t.project,
            t.budget_unit,
            t.budget,
            t.overall_goal,
            t.indicators,
            t.judgement,
            t.corrective_measures,
            t.published,
            t.time_progress,
            t.level1_weights,
            [(f.id, f.where.indicator) for f in t.findings],
        )
        for t in tables
    ]
