"""Actuals compared with last year, or stating a fall, that were misjudged (k31a).

1. A change word with the aspect particle 了 (``下降了3.5%``, ``增长了3.5%``) kept the 了 in
   its label, which then named no change: a fall of 3.5 % met a growth floor of 3 %.
2. ``扭亏为盈`` on a loss cut (减亏率 ≥10%) is a cut of 100 % or more; elsewhere it gives
   no figure (利润增长率) and says so.
3. A clause giving last year's figure beside this year's (``98.5%，上年98.2%``) is its
   note, as in a bracket; last year's figure is never the year's (``上年同期98.2%``,
   ``上年完成10个`` alone are last year's data).
4. Neighbours: a change of another measure on a rate of change (``利润下降3.5%`` on
   营业收入增长率) and a way without a figure (``较上年下降``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.expressions import Bound, Quantity, TextValue, Value, parse_value
from probe_tables import self_reading, track_verdict

GROWTH = ("营业收入增长率", "≥3%")
OPPOSITE = "与年度指标“≥3%”方向相反"


@pytest.mark.parametrize(
    ("actual", "attainment", "explanation"),
    [
        ("下降了3.5%", "not_met", f"实际下降了3.5%，{OPPOSITE}"),
        ("降低了3.5%", "not_met", f"实际降低了3.5%，{OPPOSITE}"),
        ("减少了3.5%", "not_met", f"实际减少了3.5%，{OPPOSITE}"),
        ("下滑了3.5%", "not_met", f"实际下滑了3.5%，{OPPOSITE}"),
        ("同比下降了3.5%", "not_met", f"实际同比下降了3.5%，{OPPOSITE}"),
        ("较上年下降了3.5个百分点", "not_met", f"实际较上年下降了3.5个百分点，{OPPOSITE}"),
        ("营业收入下降了5%", "not_met", f"实际营业收入下降了5%，{OPPOSITE}"),
        ("增长了3.5%", "met", "实际增长了3.5%，达到年度指标≥3%"),
        ("上升了4%", "met", "实际上升了4%，达到年度指标≥3%"),
        ("增长了2%", "not_met", "实际增长了2%，未达年度指标≥3%"),
        ("增长了约4%", "met", "实际增长了约4%，达到年度指标≥3%"),
        # as 提高2个百分点 is: points against a growth in %
        ("提高了2个百分点", "unknown", "实际提高了2个百分点与年度指标≥3%单位不可比"),
        # the forms without 了, as before
        ("同比下降2%", "not_met", f"实际同比下降2%，{OPPOSITE}"),
        ("下降3.5%", "not_met", f"实际下降3.5%，{OPPOSITE}"),
        ("较上年增长5%", "met", "实际较上年增长5%，达到年度指标≥3%"),
        ("较上年持平", "not_met", "实际较上年持平，未达年度指标≥3%"),
        # a way without a figure: a fall is the other way; a rise of how much is not said
        ("较上年下降", "not_met", f"实际较上年下降，{OPPOSITE}"),
        ("同比下降", "not_met", f"实际同比下降，{OPPOSITE}"),
        ("较上年增长", "unknown", "实际较上年增长不能确定是否达到年度指标≥3%"),
        # another measure's change is no level of the name's rate (was met at 3.5%)
        (
            "利润下降3.5%",
            "unknown",
            "实际“利润下降3.5%”与年度指标“≥3%”不是同一指标或同一基期的变化，需人工判断",
        ),
        ("增速3.5%", "met", "实际增速3.5%，达到年度指标≥3%"),
    ],
)
def test_change_on_growth_floor(actual: str, attainment: str, explanation: str) -> None:
    assert self_reading(*GROWTH, actual) == (attainment, explanation)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("单位GDP能耗", "下降3%", "下降了3.5%"),
            ("met", "实际下降了3.5%，达到年度指标下降3%"),
        ),
        (
            ("单位GDP能耗", "下降3%", "增长了2%"),
            ("not_met", "实际增长了2%，与年度指标“下降3%”方向相反"),
        ),
        (
            ("能耗下降率", "≥3%", "较上年减少了4%"),
            ("met", "实际较上年减少了4%，达到年度指标≥3%"),
        ),
        (
            ("营业收入", "≥上年", "下降了2%"),
            ("not_met", "实际下降了2%，与年度指标“≥上年”方向相反"),
        ),
        (
            ("营业收入", "≥上年水平", "与上年持平"),
            ("met", "实际与上年持平，达到年度指标≥上年水平"),
        ),
        (
            ("营业收入", "≥上年水平", "同比增长"),
            ("met", "实际同比增长，达到年度指标≥上年水平"),
        ),
        (
            ("营业收入", "≥上年水平", "同比下降"),
            ("not_met", "实际同比下降，与年度指标“≥上年水平”方向相反"),
        ),
        (
            ("交通事故起数", "零增长", "同比下降"),
            ("met", "实际同比下降，达到年度指标零增长"),
        ),
    ],
)
def test_change_on_other_targets(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下降了3.5%", Quantity(Decimal("3.5"), "%", Bound.EXACT, "下降")),
        ("能耗下降了3%", Quantity(Decimal(3), "%", Bound.EXACT, "能耗下降")),
        ("提高了2个百分点", Quantity(Decimal(2), "个百分点", Bound.EXACT, "提高")),
        ("下降了约3%", Quantity(Decimal(3), "%", Bound.APPROXIMATELY, "下降")),
        # control: 了 after a word of no change stays
        ("完成了50个", Quantity(Decimal(50), "个", Bound.EXACT, "完成了")),
    ],
)
def test_perfective_label(text: str, expected: Value) -> None:
    value = parse_value(text)
    assert value == expected
    assert value.text == text


LOSS_MET = "（亏损全部消除，即减亏100%以上），达到年度指标"
TURNED_NO_FIGURE = "只说明由亏损转为盈利，未给出可与年度指标"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("亏损企业减亏率", "≥10%", "扭亏为盈"), ("met", f"实际“扭亏为盈”{LOSS_MET}≥10%")),
        (
            ("亏损企业减亏率", "≥10%", "已实现扭亏为盈"),
            ("met", f"实际“已实现扭亏为盈”{LOSS_MET}≥10%"),
        ),
        (("国企减亏", "减亏≥10%", "由亏转盈"), ("met", f"实际“由亏转盈”{LOSS_MET}≥10%")),
        (("亏损企业减亏率", "≥100%", "扭亏为盈"), ("met", f"实际“扭亏为盈”{LOSS_MET}≥100%")),
        (
            ("亏损额", "下降10%", "扭亏为盈"),
            ("met", "实际“扭亏为盈”（亏损全部消除，即下降100%以上），达到年度指标下降10%"),
        ),
        # no figure of the row's measure: unknown, said why
        (
            ("利润增长率", "≥10%", "扭亏为盈"),
            ("unknown", f"实际“扭亏为盈”{TURNED_NO_FIGURE}≥10%比较的数值，需人工判断"),
        ),
        (
            ("亏损企业户数", "≤5户", "扭亏为盈"),
            ("unknown", f"实际“扭亏为盈”{TURNED_NO_FIGURE}≤5户比较的数值，需人工判断"),
        ),
        (
            ("亏损企业减亏率", "≥150%", "扭亏为盈"),
            ("unknown", f"实际“扭亏为盈”{TURNED_NO_FIGURE}≥150%比较的数值，需人工判断"),
        ),
        # control: other prose as before
        (
            ("亏损企业减亏率", "≥10%", "亏损减少"),
            ("unknown", "实际“亏损减少”不是数值，无法与年度指标比较"),
        ),
    ],
)
def test_loss_turned_into_profit(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_loss_turned_in_tracking_table() -> None:
    verdict = track_verdict("亏损企业减亏率", "≥10%", "≥5%", "扭亏为盈")
    assert (verdict.progress.value, verdict.attainment.value) == ("on_track", "met")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("群众满意度", "≥95%", "98.5%，上年98.2%"), ("met", "实际98.5%，达到年度指标≥95%")),
        (("群众满意度", "≥95%", "98.5%（上年98.2%）"), ("met", "实际98.5%，达到年度指标≥95%")),
        (("群众满意度", "≥95%", "本年98.5%，上年98.2%"), ("met", "实际98.5%，达到年度指标≥95%")),
        (("群众满意度", "≥95%", "上年98.2%，本年98.5%"), ("met", "实际98.5%，达到年度指标≥95%")),
        (
            ("群众满意度", "≥95%", "2025年98.5%，2024年98.2%"),
            ("met", "实际98.5%，达到年度指标≥95%"),
        ),
        (("群众满意度", "≥95%", "98.5%，去年同期98.2%"), ("met", "实际98.5%，达到年度指标≥95%")),
        (
            ("群众满意度", "≥95%", "98.5%，比上年98.2%提高0.3个百分点"),
            ("met", "实际98.5%，达到年度指标≥95%"),
        ),
        # last year's figure is never the year's
        (("群众满意度", "≥99%", "98.5%，上年99.2%"), ("not_met", "实际98.5%，未达年度指标≥99%")),
        (
            ("群众满意度", "≥95%", "上年98.2%，本年93.5%"),
            ("not_met", "实际93.5%，未达年度指标≥95%"),
        ),
        (("项目数", "≥8个", "完成12个，上年完成10个"), ("met", "实际12个，达到年度指标≥8个")),
    ],
)
def test_last_year_clause(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


STALE = "为上年度数据，不是实际完成值，无法判断是否达到年度指标"


@pytest.mark.parametrize(
    "actual",
    [
        "上年同期98.2%",
        "较好，上年98.2%",
    ],
)
def test_last_year_figure_alone(actual: str) -> None:
    assert self_reading("群众满意度", "≥90%", actual) == ("unknown", f"实际“{actual}”{STALE}")


@pytest.mark.parametrize("actual", ["2023年88%，2024年93%", "前年88%，上年93%"])
def test_no_figure_of_this_year(actual: str) -> None:
    # neither clause the table's year: no figure read, never 2023's or 前年's
    expected = ("unknown", f"实际“{actual}”不是数值，无法与年度指标比较")
    assert self_reading("群众满意度", "≥90%", actual) == expected


@pytest.mark.parametrize("actual", ["上年完成10个", "已完成，上年完成10个", "去年完成10个"])
def test_last_year_count_alone(actual: str) -> None:
    assert self_reading("项目数", "≥8个", actual) == ("unknown", f"实际“{actual}”{STALE}")


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "98.5%，上年98.2%",
            None,
            Quantity(Decimal("98.5"), "%", Bound.EXACT, note="上年98.2%"),
        ),
        (
            "上年98.2%，本年98.5%",
            None,
            Quantity(Decimal("98.5"), "%", Bound.EXACT, "本年", note="上年98.2%"),
        ),
        (
            "满意度98.5%，上年满意度98.2%",
            None,
            Quantity(Decimal("98.5"), "%", Bound.EXACT, "满意度", note="上年满意度98.2%"),
        ),
        (
            "2025年98.5%，2024年98.2%",
            2025,
            Quantity(Decimal("98.5"), "%", Bound.EXACT, "2025年", note="2024年98.2%"),
        ),
        # without the table's year the years name none: text
        ("2025年98.5%，2024年98.2%", None, TextValue("2025年98.5%,2024年98.2%")),
        # another measure, another unit: text
        (
            "上年结转资金50万元，本年使用30万元",
            None,
            TextValue("上年结转资金50万元,本年使用30万元"),
        ),
        ("98.5%，上年98.2人", None, TextValue("98.5%,上年98.2人")),
    ],
)
def test_last_year_clause_parsed(text: str, year: int | None, expected: Value) -> None:
    assert parse_value(text, year=year) == expected
