"""regress110 (r110): over-reach of fix-p47, fix-p48 and fix-r108b, undone.

W1: a count of work done (``新增保护项目2项``, ``免疫牲畜12万头``) against a zero target of
失传/疫点 or a long 零发生 phrase (``因矛盾纠纷激化引发命案零发生``) is not the event ruled out:
unknown; only a count naming the event (``发生命案1起``, ``新增疫点1个``) is not_met.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading

OTHER = "所列数量不是年度指标“{}”所指事项，需人工判断"

# 2025 自评表: name | target | actual -> attainment, explanation
WORK_DONE_ROWS = [
    pytest.param(
        ("非遗保护", "濒危项目无失传", "新增保护项目2项"),
        ("unknown", "实际“新增保护项目2项”" + OTHER.format("濒危项目无失传")),
        id="heritage-added",
    ),
    pytest.param(
        ("非遗保护", "传统技艺无失传", "开展传承活动36场"),
        ("unknown", "实际“开展传承活动36场”" + OTHER.format("传统技艺无失传")),
        id="heritage-activities",
    ),
    pytest.param(
        ("动物疫病", "不发生新疫点", "免疫牲畜12万头"),
        ("unknown", "实际“免疫牲畜12万头”" + OTHER.format("不发生新疫点")),
        id="pest-vaccinated",
    ),
    pytest.param(
        ("动物疫病", "不发生新疫点", "处置疫点周边消毒1,200平方米"),
        ("unknown", "实际“处置疫点周边消毒1,200平方米”" + OTHER.format("不发生新疫点")),
        id="pest-disinfected",
    ),
    pytest.param(
        ("安全生产", "因矛盾纠纷激化引发命案零发生", "调处矛盾纠纷326起"),
        ("unknown", "实际“调处矛盾纠纷326起”" + OTHER.format("因矛盾纠纷激化引发命案零发生")),
        id="disputes-settled",
    ),
    pytest.param(
        ("安全生产", "因矛盾纠纷激化引发命案零发生", "发生刑事案件3起"),
        ("unknown", "实际“发生刑事案件3起”" + OTHER.format("因矛盾纠纷激化引发命案零发生")),
        id="other-crime",
    ),
    pytest.param(
        ("安全生产", "因矛盾纠纷激化引发命案零发生", "发生命案1起"),
        ("not_met", "实际发生命案1起，未达到“因矛盾纠纷激化引发命案零发生”"),
        id="homicide-counted",
    ),
    pytest.param(
        ("动物疫病", "不发生新疫点", "新增疫点1个"),
        ("not_met", "实际发生新增疫点1个，未达到“不发生新疫点”"),
        id="pest-point-counted",
    ),
    pytest.param(
        ("非遗保护", "濒危项目无失传", "1项濒危项目失传"),
        ("not_met", "实际发生1项濒危项目失传，未达到“濒危项目无失传”"),
        id="heritage-lost",
    ),
    pytest.param(
        ("安全生产", "零发生", "发生1起"),
        ("not_met", "实际发生1起，未达到“零发生”"),
        id="plain-zero-unchanged",
    ),
]


@pytest.mark.parametrize(("row", "expected"), WORK_DONE_ROWS)
def test_work_done_rows(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
