"""Generated tracking tables for the benchmarks: varied numbers, words and layouts.

Each table has a title, a period, the project block, a four-line budget block, the
overall goal, a twelve-row indicator grid (carried-down labels, targets of every
kind), the judgement and corrective measures, like the seed.
"""

from __future__ import annotations

import random

_TARGETS = [
    ("数量指标", "培训人次", "≥{n}(人次)", "{p}", "{a}"),
    ("数量指标", "走访困难党员人数", "={n}.00(人)", "{p}.00", "{a}.00"),
    ("数量指标", "开展活动次数", "不少于{k}次", "{k}", "{k}"),
    ("质量指标", "资金发放准确性", "准确", "准确", "准确"),
    ("质量指标", "验收合格率", "=100.00(%)", "100.00", "{r}.00"),
    ("时效指标", "完成时间", "2023年{m}月前完成", "开展中", "手续办理中"),
    ("时效指标", "发放及时性", "及时", "及时", "及时"),
    ("成本指标", "项目总成本", "≤{c}万元", "{c2}", "{c3}"),
    ("社会效益指标", "党员参与度", "提高", "提高", "基本提高"),
    ("社会效益指标", "覆盖范围", "覆盖园区党组织", "覆盖园区党组织", "覆盖园区党组织"),
    ("可持续影响指标", "长效机制健全性", "健全", "健全", "健全"),
    ("服务对象满意度指标", "服务对象满意度", "≥{s}.00(%)", "{s}.00", "{s2}.00"),
]


def table_rows(index: int, rng: random.Random) -> list[list[str]]:
    """The rows of one tracking table, as a TSV export holds them."""
    budget = rng.randint(20, 900)
    executed = rng.randint(1, budget)
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2023-1月 至 2023-8月 ）"],
        ["项目名称", f"示例项目{index}", "", "", "", "", "", ""],
        ["主管部门", "某区财政局", "", "实施单位", f"某街道办事处{index % 50}", "", "", ""],
        [
            "预算执行情况 (万元)",
            "",
            "",
            "年初预算数",
            "跟踪期预算数",
            "跟踪期执行数",
            "执行率(%)",
            "",
        ],
        [
            "",
            "年度资金总额",
            "",
            f"{budget}.00",
            f"{budget}.00",
            f"{executed}.00",
            f"{executed / budget * 100:.2f}",
            "",
        ],
        [
            "",
            "其中：当年财政拨款",
            "",
            f"{budget}.00",
            f"{budget}.00",
            f"{executed}.00",
            f"{executed / budget * 100:.2f}",
            "",
        ],
        ["", "上年结转资金", "", "0.00", "0.00", "0.00", "0.00", ""],
        ["", "其他资金", "", "0.00", "0.00", "0.00", "0.00", ""],
        ["年度总体目标", "预期目标", "", "", "跟踪期实际完成情况", "", "", ""],
        ["", "通过项目实施，切实推动工作取得实效。", "", "", "已完成阶段性工作。", "", "", ""],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "跟踪期计划完成值",
            "跟踪期实际完成值",
            "偏差原因分析",
            "",
        ],
    ]
    level1 = {
        "数量指标": "产出指标",
        "社会效益指标": "效益指标",
        "服务对象满意度指标": "满意度指标",
    }
    last_level1 = ""
    for level2, name, target, planned, actual in _TARGETS:
        values = {
            "n": rng.randint(10, 500), "k": rng.randint(1, 9), "m": rng.randint(9, 12),
            "r": rng.choice([95, 100]), "c": rng.randint(50, 900), "s": rng.choice([80, 85, 90]),
        }  # fmt: skip
        values |= {
            "p": values["n"] * 2 // 3, "a": values["n"] * rng.randint(50, 120) // 100,
            "c2": values["c"] // 2, "c3": values["c"] // 3, "s2": values["s"] + rng.randint(0, 9),
        }  # fmt: skip
        first = level1.get(level2, "")
        label = first if first and first != last_level1 else ""
        last_level1 = first or last_level1
        rows.append(
            [label, level2, f"{name}", target.format(**values), planned.format(**values),
             actual.format(**values), "" if rng.random() < 0.9 else "因故延期", ""]
        )  # fmt: skip
    rows += [
        [
            "绩效跟踪总体判断",
            "年度项目预算完成可能性",
            rng.choice(["确定能完成", "有可能完成"]),
            "",
            "",
            "",
            "",
            "",
        ],
        ["", "年度绩效目标完成可能性", "确定能完成", "", "", "", "", ""],
        ["纠偏措施", "", "", "", "", "", "", ""],
    ]
    return rows


def document_rows(count: int, seed: int = 7) -> list[list[str]]:
    """*count* tables one after another, with a blank row between them."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    for index in range(count):
        rows.extend(table_rows(index, rng))
        rows.append([""])
    return rows


def tsv(rows: list[list[str]]) -> str:
    """The rows as a TSV export."""
    return "\n".join("\t".join(row) for row in rows) + "\n"
