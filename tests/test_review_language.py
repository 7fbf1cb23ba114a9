"""The review letter is Chinese whatever language the findings were scored in (cli27 M1).

A scorecard scored with ``Policy(language="en")`` carries English messages; the letter
quotes some of them (``budget-amount-missing``, ``missing-level2``…), so it once read
``一是“年度资金总额”…: no budget written``. Tables written as text.
"""

from __future__ import annotations

import pytest
from attrs import evolve

import perftrack
from perftrack.reports._review import review

_BLANK_BUDGET = "\n".join(
    "\t".join(row)
    for row in [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2023-1月 至 2023-6月 ）"],
        ["项目名称", "农村生活垃圾治理"],
        ["预算执行情况 (万元)", "", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "", "", "", "60.00", ""],
        ["", "其中：当年财政拨款", "", "", "", "60.00", ""],
        ["", "上年结转资金", "", "0.00", "0.00", "0.00", "0.00"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值"],
        ["产出指标", "数量指标", "垃圾清运量", "≥3000吨", "1500吨", "1600吨"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "", "开展中"],
    ]
)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_letter_is_chinese_in_either_language(language: str) -> None:
    table = perftrack.read_text(_BLANK_BUDGET)[0]
    card = perftrack.score(table, policy=evolve(perftrack.Policy(), language=language))
    letter = review(card)
    assert "未填写预算数" in letter
    assert "no budget" not in letter
    assert letter == review(perftrack.score(table))
