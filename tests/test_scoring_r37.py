"""regress37 W5: a closing 原因 row explains the rows it names, not every row.

``偏差原因分析 | …`` under the grid (r35b) removed every ``missing-deviation-reason``,
even when it explains another indicator or only says ``按计划推进``. A note now covers
the rows it names (the indicator's name, or a part of it no other row's name shares);
a note naming no row covers them all only when it states a reason.

Every table is written here in code (TSV), read and scored.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import score

HEAD = [
    ["2026年度项目支出绩效跟踪表（1-12月）"],
    ["项目名称", "测试"],
    ["项目资金（万元）", "", "全年预算数", "1-12月执行数", "执行率"],
    ["年度资金总额", "", "100", "95", "95"],
]
COLUMNS = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-12月完成值"]
ROWS = [
    ["产出指标", "数量指标", "培训人次", "≥100人次", "30人次"],
    ["产出指标", "数量指标", "培训场次", "≥10场", "2场"],
    ["产出指标", "质量指标", "道路机扫率", "≥90%", "85%"],
    ["产出指标", "数量指标", "发放手册", "≥50册", "60册"],
]
MEASURES = ["纠偏措施", "下半年扩大宣传。"]
PEOPLE = (0, "『培训人次』存在偏差但未填写偏差原因")
SESSIONS = (1, "『培训场次』存在偏差但未填写偏差原因")
SWEEPING = (2, "『道路机扫率』存在偏差但未填写偏差原因")


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        pytest.param(
            "偏差原因分析", "道路机扫率偏低主要是雨季影响机扫作业。", [PEOPLE, SESSIONS],
            id="names-one-row-the-others-keep-theirs",
        ),
        pytest.param(
            "偏差原因分析", "机扫率偏低因雨季；场次偏少因场地未落实。", [PEOPLE],
            id="distinctive-parts-name-rows",
        ),
        pytest.param(
            "偏差原因分析", "培训人次、培训场次偏少因报名不足，道路机扫率偏低因雨季。", [],
            id="names-every-lagging-row",
        ),
        pytest.param(
            "原因分析", "按计划推进", [PEOPLE, SESSIONS, SWEEPING],
            id="placeholder-as-planned-explains-none",
        ),
        pytest.param(
            "偏差原因分析", "项目均按进度推进中。", [PEOPLE, SESSIONS, SWEEPING],
            id="placeholder-on-schedule-explains-none",
        ),
        pytest.param(
            "存在问题及原因", "受汛期影响，上半年多项工作延后开展。", [],
            id="a-reason-naming-no-row-explains-all",
        ),
    ],
)  # fmt: skip
def test_a_closing_reason_note_explains_the_rows_it_names(
    label: str, text: str, expected: list[tuple[int, str]]
) -> None:
    rows = [*HEAD, COLUMNS, *ROWS, [label, text], MEASURES]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows))
    assert [(note.label, note.text) for note in table.notes] == [(label, text)]
    found = [
        (f.where.indicator, f.message.replace("“", "『").replace("”", "』"))
        for f in score(table).findings
        if f.id == "missing-deviation-reason"
    ]
    assert found == expected
