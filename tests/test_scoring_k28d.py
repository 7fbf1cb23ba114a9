"""A count with a closing remark after a comma is the count (k28d; parse50/51 M).

The remark (done, how it went, a rate of the same works, the cause of a shortfall, the
rest carried over) becomes the count's note, as in brackets; a second count in the
remark keeps the cell text.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

NOT_A_NUMBER = "不是数值，无法与年度指标比较"

CASES = [
    (
        ("临时救助人次", "≥800人次", "856人次，已全部完成"),
        ("met", "实际856人次，达到年度指标≥800人次"),
    ),
    (
        ("临时救助人次", "≥800人次", "856人次，超额完成"),
        ("met", "实际856人次，达到年度指标≥800人次"),
    ),
    (
        ("临时救助人次", "≥800人次", "500人次，已全部完成"),
        ("not_met", "实际500人次，未达年度指标≥800人次"),
    ),
    (("人工增雨作业次数", "≥20次", "作业26次，效果良好"), ("met", "实际26次，达到年度指标≥20次")),
    (
        ("人工增雨作业次数", "≥20次", "作业18次，因降水天气过程偏少未达目标"),
        ("not_met", "实际18次，未达年度指标≥20次"),
    ),
    (
        ("优待证发放数量", "≥8000张", "8150张，发放率101.9%"),
        ("met", "实际8150张，达到年度指标≥8000张"),
    ),
    (
        ("优待证发放数量", "8000张", "发放7650张，发放率95.6%"),
        ("not_met", "实际7650张，未达年度指标=8000张"),
    ),
    (
        ("新增普惠托位数", "≥300个", "320个，完成年度目标的106.7%"),
        ("met", "实际320个，达到年度指标≥300个"),
    ),
    (
        ("优待证发放数量", "≥8000张", "发放8150张，占申领人数的98%"),
        ("met", "实际8150张，达到年度指标≥8000张"),
    ),
    (
        ("档案数字化", "≥5万卷", "完成4.8万卷，剩余部分结转下年"),
        ("not_met", "实际4.8万卷，未达年度指标≥5万卷"),
    ),
    # controls: a second count in the remark, two counts, a clause of its own: text
    (
        ("改造户数", "≥200户", "完成185户，15户因产权问题顺延至2026年"),
        ("unknown", f"实际“完成185户，15户因产权问题顺延至2026年”{NOT_A_NUMBER}"),
    ),
    (
        ("村级站点", "≥8个", "城区3个，农村5个"),
        ("unknown", f"实际“城区3个，农村5个”{NOT_A_NUMBER}"),
    ),
]


@pytest.mark.parametrize(("row", "expected"), CASES)
def test_count_with_a_remark(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_count_with_the_rest_under_way_tracked() -> None:
    verdict = track_verdict("新增普惠托位数", "≥300个", "200个", "已完成180个，其余正在建设")
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")
