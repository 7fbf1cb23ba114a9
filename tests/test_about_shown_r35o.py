"""``Indicator.about`` shown beyond the model and JSON (r35o).

r35k kept the text printed about a row that is none of its values (the 年度履职目标
column of a 部门整体 target table, a 跟踪表's 指标解释 and 评（扣）分标准) in
``Indicator.about``; nothing else showed it.

1. ``to_frame`` has an ``about`` column, a text column after ``deviation_reason``.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.frames import to_frame

pd = pytest.importorskip("pandas")

Rows = tuple[tuple[str, ...], ...]


def _tsv(rows: Rows) -> bytes:
    return ("\n".join("\t".join(row) for row in rows) + "\n").encode()


GOAL1 = "年度履职目标：目标1：完成国土空间规划编制"
GOAL2 = "年度履职目标：目标2：开展土地执法"
DUTY_TABLE: Rows = (
    ("部门整体绩效目标表",),
    ("（2024年度）",),
    ("部门名称", "XX县自然资源局"),
    ("年度履职目标", "一级指标", "二级指标", "三级指标", "指标值", "权重"),
    (
        "目标1：完成国土空间规划编制",
        "产出指标",
        "数量指标",
        "完成乡镇国土空间规划数量",
        "≥12个",
        "15",
    ),
    ("", "产出指标", "质量指标", "规划审批通过率", "100%", "10"),
    ("目标2：开展土地执法", "效益指标", "社会效益指标", "违法用地查处率", "≥95%", "10"),
)
EXPLAINED = "指标解释：年内培训人次；评（扣）分标准：每少10人次扣1分"
TRACK_TABLE: Rows = (
    ("项目绩效跟踪表",),
    ("（2024年1-6月）",),
    ("项目名称", "某项目"),
    (
        "一级指标",
        "二级指标",
        "三级指标",
        "指标解释",
        "评（扣）分标准",
        "年度指标值",
        "1-6月实际完成值",
        "分值",
        "备注",
    ),
    (
        "产出指标",
        "数量指标",
        "培训人次",
        "年内培训人次",
        "每少10人次扣1分",
        "≥100人次",
        "60人次",
        "10",
        "进度正常",
    ),
    ("产出指标", "质量指标", "培训合格率", "", "", "≥95%", "96%", "10", ""),
)

FRAME_CASES = [
    (
        "duty goals, merged down",
        DUTY_TABLE,
        (
            ("完成乡镇国土空间规划数量", "", "", GOAL1, "D5"),
            ("规划审批通过率", "", "", GOAL1, "D6"),
            ("违法用地查处率", "", "", GOAL2, "D7"),
        ),
    ),
    (
        "跟踪表 explanation beside remarks",
        TRACK_TABLE,
        (
            ("培训人次", "进度正常", "", EXPLAINED, "C5"),
            ("培训合格率", "", "", "", "C6"),
        ),
    ),
]


@pytest.mark.parametrize("scored", [False, True], ids=["table", "scorecard"])
@pytest.mark.parametrize(
    ("rows", "expected"), [case[1:] for case in FRAME_CASES], ids=[case[0] for case in FRAME_CASES]
)
def test_frame_about_column(
    rows: Rows,
    expected: tuple[tuple[str, str, str, str, str], ...],
    scored: bool,  # noqa: FBT001 - a parameter of the test
) -> None:
    table = perftrack.read(_tsv(rows), name="表.tsv")[0]
    df = to_frame(perftrack.score(table) if scored else table)
    columns = list(df.columns)
    at = columns.index("about")
    assert columns[at - 2 : at + 2] == ["remarks", "deviation_reason", "about", "cell"]
    assert isinstance(df["about"].dtype, pd.StringDtype)
    got = tuple(
        tuple(row)
        for row in df[["name", "remarks", "deviation_reason", "about", "cell"]].values.tolist()
    )
    assert got == expected


def test_frame_about_empty_input_has_the_column() -> None:
    empty = to_frame([])
    assert "about" in empty.columns
    assert isinstance(empty["about"].dtype, pd.StringDtype)
    assert len(empty.columns) == 68
