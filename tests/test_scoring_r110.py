"""regress110 (r110): over-reach of fix-p47, fix-p48 and fix-r108b, undone.

W1: a count of work done (``新增保护项目2项``, ``免疫牲畜12万头``) against a zero target of
失传/疫点 or a long 零发生 phrase (``因矛盾纠纷激化引发命案零发生``) is not the event ruled out:
unknown; only a count naming the event (``发生命案1起``, ``新增疫点1个``) is not_met.
W2: ``未新增，化解存量隐性债务1.2亿元`` against ``不新增`` (严禁新增, 坚决遏制新增, 零新增): work on
the existing stock is no new one: met; a later clause adding (``但发现违规新增1处``) still misses.
W3: a ceiling (``≤10件``) on a 减少/降低 name is a level target: ``投诉8件`` is met (and on track
in a 跟踪表); only a floor (``≥5名``, the change asked) makes a bare level unknown.
W4: a balance carried over (``年底结余资金跨年结转``) or December paid in January
(``12月补贴次年1月发放``) is no round put off: not not_met; ``延至``, ``顺延``, ``推迟至``,
``跨年拨付`` and ``第4季度次年1月拨付`` still are.
W5: on 支出进度/支出率 a base + part pair is a share only when the base is the budget or the
funds issued (下达, 到位, 预算, 安排, 拨付): ``完成投资5亿元，支出4亿元`` stays unknown.
W6: 笔 counts events against ``0起``/``0次`` only when its label names one (挪用, 违规, 套取…):
``共支付资金326笔`` is payments, units apart, unknown; ``挪用1笔`` stays not_met.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

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


STOCK = "说明新增为零，其他数量不涉及该事项，达到“{}”"
STOCK_ROWS = [
    pytest.param(
        ("隐性债务", "不新增", "未新增，化解存量隐性债务1.2亿元"),
        ("met", "实际“未新增，化解存量隐性债务1.2亿元”" + STOCK.format("不新增")),
        id="debt-resolved",
    ),
    pytest.param(
        ("隐性债务", "不新增", "未新增隐性债务，化解存量债务1.2亿元"),
        ("met", "实际“未新增隐性债务，化解存量债务1.2亿元”" + STOCK.format("不新增")),
        id="debt-named-resolved",
    ),
    pytest.param(
        ("隐性债务", "严禁新增", "未新增，偿还存量债务0.5亿元"),
        ("met", "实际“未新增，偿还存量债务0.5亿元”" + STOCK.format("严禁新增")),
        id="debt-repaid",
    ),
    pytest.param(
        ("违法建设", "不新增", "未新增，拆除存量违法建设12处"),
        ("met", "实际“未新增，拆除存量违法建设12处”" + STOCK.format("不新增")),
        id="buildings-removed",
    ),
    pytest.param(
        ("违法建设", "坚决遏制新增", "未新增，整治存量12处"),
        ("met", "实际“未新增，整治存量12处”" + STOCK.format("坚决遏制新增")),
        id="stock-treated",
    ),
    pytest.param(
        ("违法建设", "零新增", "未新增，拆除存量违法建设12处"),
        ("met", "实际“未新增，拆除存量违法建设12处”" + STOCK.format("零新增")),
        id="zero-new-removed",
    ),
    pytest.param(
        ("违法建设", "不新增", "未新增，但发现违规新增1处"),
        ("not_met", "实际“未新增，但发现违规新增1处”仍有新增，未达到“不新增”"),
        id="added-after-all",
    ),
    pytest.param(
        ("违法建设", "不新增", "新增1处已拆除"),
        ("not_met", "实际发生新增1处已拆除，未达到“不新增”"),
        id="added-then-removed",
    ),
]


@pytest.mark.parametrize(("row", "expected"), STOCK_ROWS)
def test_stock_rows(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# name | target | actual -> attainment, explanation
CEILING_ROWS = [
    pytest.param(
        ("降低投诉数量", "≤10件", "投诉8件"),
        ("met", "实际8件，达到年度指标≤10件"),
        id="complaints-under",
    ),
    pytest.param(
        ("减少投诉数量", "≤20件", "投诉15件"),
        ("met", "实际15件，达到年度指标≤20件"),
        id="complaints-fewer",
    ),
    pytest.param(
        ("减少渗漏点", "≤3处", "渗漏点2处"),
        ("met", "实际2处，达到年度指标≤3处"),
        id="leaks-under",
    ),
    pytest.param(
        ("减少在院孤儿人数", "≥5名", "在院孤儿118名"),
        ("unknown", "指标要求减少的人数，实际“在院孤儿118名”为现有人数，需人工判断"),
        id="floor-stays-unknown",
    ),
]


@pytest.mark.parametrize(("row", "expected"), CEILING_ROWS)
def test_ceiling_rows(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_ceiling_tracking_row() -> None:
    found = track_verdict("降低投诉数量", "≤10件", "≤8件", "投诉5件")
    assert (found.attainment.value, found.progress.value) == ("pending", "on_track")


TEXT = "年度指标为文字描述，实际完成情况需人工判断"
HELD = "包含年度指标“{}”的全部内容，达到年度指标"
NOT_IN_TIME = "，未在时限内完成"
# name | target | actual -> attainment, explanation
ARREARS_ROWS = [
    pytest.param(
        ("资金拨付", "按季拨付", "按季拨付，年底结余资金跨年结转"),
        ("unknown", TEXT),
        id="balance-carried",
    ),
    pytest.param(
        ("资金拨付", "按季拨付", "按季拨付，已全部拨付（第4季度资金跨年结转）"),
        ("unknown", TEXT),
        id="all-paid-carried",
    ),
    pytest.param(
        ("补助资金发放", "按月发放", "每月发放，12月工资次年1月发放"),
        ("unknown", TEXT),
        id="december-wages",
    ),
    pytest.param(
        ("补助资金发放", "按月发放", "按月发放，12月补贴于次年1月发放"),
        ("met", "实际“按月发放，12月补贴于次年1月发放”" + HELD.format("按月发放")),
        id="december-subsidy",
    ),
    pytest.param(
        ("补助资金发放", "按月发放", "按月发放，12月补贴次年1月发放（按惯例次月发放）"),
        (
            "met",
            "实际“按月发放，12月补贴次年1月发放（按惯例次月发放）”" + HELD.format("按月发放"),
        ),
        id="december-as-usual",
    ),
    pytest.param(
        ("资金拨付", "按季拨付", "按季拨付，第4季度次年1月拨付"),
        ("not_met", "实际“按季拨付，第4季度次年1月拨付”" + NOT_IN_TIME),
        id="quarter-next-year",
    ),
    pytest.param(
        ("补助资金发放", "按月发放", "按月发放，因系统升级3月份补贴顺延至4月发放"),
        ("not_met", "实际“按月发放，因系统升级3月份补贴顺延至4月发放”" + NOT_IN_TIME),
        id="month-deferred",
    ),
    pytest.param(
        ("资金拨付", "按季拨付", "按季拨付，第4季度跨年拨付"),
        ("not_met", "实际“按季拨付，第4季度跨年拨付”" + NOT_IN_TIME),
        id="paid-across-year",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ARREARS_ROWS)
def test_arrears_rows(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


NOT_A_FIGURE = "实际“{}”不是数值，无法与年度指标比较"
# name | target | actual -> attainment, explanation
SPENDING_BASE_ROWS = [
    pytest.param(
        ("资金支出进度", "≥85%", "完成投资5亿元，支出4亿元"),
        ("unknown", NOT_A_FIGURE.format("完成投资5亿元，支出4亿元")),
        id="investment-done",
    ),
    pytest.param(
        ("资金支出进度", "≥85%", "计划投资5亿元，支出4亿元"),
        ("unknown", NOT_A_FIGURE.format("计划投资5亿元，支出4亿元")),
        id="investment-planned",
    ),
    pytest.param(
        ("资金支出率", "≥85%", "完成投资5亿元，支出4亿元"),
        ("unknown", NOT_A_FIGURE.format("完成投资5亿元，支出4亿元")),
        id="rate-investment-done",
    ),
    pytest.param(
        ("资金支出进度", "≥85%", "下达9.8亿元，支出8.6亿元"),
        ("met", "实际下达9.8亿元，支出8.6亿元（按比例计为87.76%），达到年度指标≥85%"),
        id="issued",
    ),
    pytest.param(
        ("资金支出进度", "≥85%", "到位资金9.8亿元，支出8.6亿元"),
        ("met", "实际到位资金9.8亿元，支出8.6亿元（按比例计为87.76%），达到年度指标≥85%"),
        id="in-place",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SPENDING_BASE_ROWS)
def test_spending_base_rows(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


# name | target | actual -> attainment, explanation
PAYMENT_ROWS = [
    pytest.param(
        ("资金安全事件", "0次", "共支付资金326笔"),
        ("unknown", "实际326笔与年度指标=0次单位不可比"),
        id="payments-against-times",
    ),
    pytest.param(
        ("资金支付", "0起", "支付资金326笔"),
        ("unknown", "实际326笔与年度指标=0起单位不可比"),
        id="payments-against-cases",
    ),
    pytest.param(
        ("资金支付", "0起", "拨付资金326笔"),
        ("unknown", "实际326笔与年度指标=0起单位不可比"),
        id="transfers-against-cases",
    ),
    pytest.param(
        ("违规使用资金", "0起", "挪用1笔"),
        ("not_met", "实际1笔已超出年度上限=0起"),
        id="misuse",
    ),
    pytest.param(
        ("违规使用资金", "0次", "违规支付3笔"),
        ("not_met", "实际3笔已超出年度上限=0次"),
        id="irregular-payments",
    ),
    pytest.param(
        ("违规使用资金", "0笔", "挪用1起"),
        ("not_met", "实际1起已超出年度上限=0笔"),
        id="misuse-in-cases",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PAYMENT_ROWS)
def test_payment_rows(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
