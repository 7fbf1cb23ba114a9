"""The review letter counts rows, as its opening does, and speaks for rv23a's findings (rv23b).

H5: three rows of one name not met were ``有1项指标未完成年度目标`` under an opening of
``未完成3项``; each row is now counted and told apart by its level 2 (and its place
when the level 2 repeats). ``full-points-partial``, ``points-unsupported`` and
``budget-amount-missing`` were the findings' raw messages as problems of their own:
they are now counted in the 自评打分 problem apart from 未完成, and the blank 预算数
is asked to be filled in (建议补填预算数). Every table is written here as text.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports._review import review

HEAD = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "测试项目"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
]
LINE = ["", "年度资金总额", "100.00", "100.00", "95.00", "10", "95.00%", "10"]
BLANK = ["", "年度资金总额", "", "", "95.00", "10", "", "10"]
GRID = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析",
]
FILLER = [
    ["效益指标", "社会效益指标", "受益人数", "≥100人", "120人", "20", "20", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", ""],
]
MISSED = "新建高标准农田面积", "≥10000(亩)", "8500亩"


def _letter(line: list[str], *rows: list[str]) -> str:
    text = "\n".join("\t".join(row) for row in (*HEAD, line, GRID, *rows))
    return review(perftrack.score(perftrack.read_text(text)[0])).splitlines()[1]


THREE = (
    "（“新建高标准农田面积”（数量指标，第1项）、“新建高标准农田面积”（数量指标，第2项）、"
    "“新建高标准农田面积”（社会效益指标））"
)


@pytest.mark.parametrize(
    ("line", "rows", "said", "unsaid"),
    [
        pytest.param(
            LINE,
            [
                ["产出指标", "数量指标", *MISSED, "20", "20", "天气"],
                ["", "数量指标", *MISSED, "10", "10", "天气"],
                ["效益指标", "社会效益指标", *MISSED, "20", "20", "天气"],
                ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", ""],
            ],
            [
                "未完成3项",
                f"有3项指标未完成年度目标{THREE}",
                f"有3项指标未完成目标却得满分{THREE}",
                "“新建高标准农田面积”在数量指标下重复设置",
            ],
            ["有1项指标未完成"],
            id="rows-of-one-name-each-counted",
        ),
        pytest.param(
            LINE,
            [
                ["产出指标", "数量指标", "新建供水管网", "≥30(公里)", "基本完成", "20", "20", "x"],
                ["", "质量指标", "水质达标率", "≥95%", "较好", "20", "20", ""],
                *FILLER,
            ],
            [
                "有1项指标部分完成却得满分（“新建供水管网”）",
                "有1项指标实际完成值无具体数值，得分依据不足（“水质达标率”）",
            ],
            ["未完成目标却得满分", "计算得分", "无法核实填报得分"],
            id="partial-and-unsupported-points-counted-apart",
        ),
        pytest.param(
            BLANK,
            [
                ["产出指标", "数量指标", "新建供水管网", "≥30(公里)", "32公里", "20", "20", ""],
                *FILLER,
            ],
            ["“年度资金总额”未填写预算数，无法计算预算执行率", "建议补填预算数"],
            ["无预算安排"],
            id="blank-budget-asked-to-be-filled",
        ),
    ],
)
def test_letter_counts_rows(
    line: list[str], rows: list[list[str]], said: list[str], unsaid: list[str]
) -> None:
    letter = _letter(line, *rows)
    assert [text for text in said if text not in letter] == []
    assert [text for text in unsaid if text in letter] == []
