"""Value cells of regress51 (r51fix W1–W3): a count before another noun, a negated time
limit, and a noun-only whole against a rate of another measure.

W1: ``N个X均<state>`` is the count N only when X is what the name counts: not
``12个月监测站点``, ``3个批次样品`` or ``18个乡镇村级服务站``.
W2: ``2h内未到场`` is not a limit met: it stays text, unknown.
W3: ``隐患48个，已整改45个`` answers ``隐患整改率`` only, not ``隐患整改资金到位率``.
"""

from __future__ import annotations

import pytest

from perftrack import parse_value
from perftrack.expressions import Bound, Quantity, TextValue
from perftrack.model import TableKind
from scoring_builders import YEAR, dec, finding_ids, indicator, score_one

AT_YEAR_END = (YEAR, 1, YEAR, 12)
SELF = TableKind.SELF_EVALUATION
MISSED = ["missing-deviation-reason", "missing-category"]
FINE = ["missing-category"]
FIXED = "隐患48个，已整改45个"


def _unknown(actual: str) -> str:
    return f"实际“{actual}”不是数值，无法与年度指标比较"


PARSE_ROWS = [
    pytest.param("2h内未到场", TextValue("2h内未到场", text="2h内未到场"), id="w2-h-not-arrived"),
    pytest.param("24h内未能通报", TextValue("24h内未能通报", text="24h内未能通报"), id="w2-h-could-not"),
    pytest.param("2小时内未到场", TextValue("2小时内未到场", text="2小时内未到场"), id="w2-hours-not-arrived"),
    pytest.param("2小时内没有到场", TextValue("2小时内没有到场", text="2小时内没有到场"), id="w2-hours-meiyou"),
    pytest.param("24h内通报", Quantity(dec(24), "h", Bound.AT_MOST, note="通报", text="24h内通报"), id="w2-kept-limit-unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "expected"), PARSE_ROWS)
def test_value_parse(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected


VERDICT_ROWS = [
    # W1
    pytest.param("运行监测站点数量", "≥15个", "12个月监测站点均正常运行", "unknown", _unknown("12个月监测站点均正常运行"), [*FINE, "actual-not-numeric"], id="w1-months"),
    pytest.param("抽检样品数量", "≥5个", "3个批次样品均合格", "unknown", _unknown("3个批次样品均合格"), [*FINE, "actual-not-numeric"], id="w1-batches"),
    pytest.param("村级服务站数量", "≥200个", "全县18个乡镇村级服务站均已建成", "unknown", _unknown("全县18个乡镇村级服务站均已建成"), [*FINE, "actual-not-numeric"], id="w1-towns-before-stations"),
    pytest.param("新建污水处理设施数量", "≥15个", "12个乡镇污水处理设施均已建成投用", "unknown", _unknown("12个乡镇污水处理设施均已建成投用"), [*FINE, "actual-not-numeric"], id="w1-towns-before-facilities"),
    pytest.param("改厕乡镇数量", "≥12个", "12个乡镇改厕户均已验收合格", "met", "实际12个，达到年度指标≥12个", FINE, id="w1-towns-counted"),
    pytest.param("运行监测站点数量", "≥15个", "12个监测站点均正常运行", "not_met", "实际12个，未达年度指标≥15个", MISSED, id="w1-subject-counted"),
    # W2
    pytest.param("救援到场时间", "≤2小时", "2h内未到场", "unknown", _unknown("2h内未到场"), [*FINE, "actual-not-numeric"], id="w2-h"),
    pytest.param("事件报告时限", "≤24小时", "24h内未能通报", "unknown", _unknown("24h内未能通报"), [*FINE, "actual-not-numeric"], id="w2-h-could-not"),
    pytest.param("救援到场时间", "≤2小时", "2小时内未到场", "unknown", _unknown("2小时内未到场"), [*FINE, "actual-not-numeric"], id="w2-hours"),
    # W3
    pytest.param("隐患整改资金到位率", "100%", FIXED, "unknown", _unknown(FIXED), [*FINE, "actual-not-numeric"], id="w3-funds-rate"),
    pytest.param("整改群众满意率", "≥90%", FIXED, "unknown", _unknown(FIXED), [*FINE[:1], "category-suspect", *FINE[1:], "actual-not-numeric"], id="w3-satisfaction-rate"),
    pytest.param("隐患整改率", "≥95%", FIXED, "not_met", f"实际{FIXED}（按比例计为93.75%），未达年度指标≥95%", MISSED, id="w3-own-rate"),
    pytest.param("整改完成率", "≥90%", FIXED, "met", f"实际{FIXED}（按比例计为93.75%），达到年度指标≥90%", FINE, id="w3-own-completion-rate"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation", "ids"), VERDICT_ROWS
)
def test_verdict(  # noqa: PLR0913, PLR0917 - one per column
    name: str, target: str, actual: str, attainment: str, explanation: str, ids: list[str]
) -> None:
    card = score_one(indicator(name, target, actual), period=AT_YEAR_END, kind=SELF)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    assert finding_ids(card) == ids
