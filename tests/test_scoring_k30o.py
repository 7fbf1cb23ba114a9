"""k30o: a figure with a reason or status clause, later surveys, full-completion words (parse55).

Each case is one row of the probe 自评表 (2025, as of its year's end) or of the probe
跟踪表 (2025, January to the month given):

1. M5 — a figure followed by a clause giving the reason with its label (``主要原因是…``,
   ``原因：…``, ``偏差原因：…``), saying the money has not come (``资金尚未下达``), the
   rest pending (``剩余资金待项目验收后拨付``, ``其余因项目未验收暂缓拨付``) or a step
   under way (``正在申请审定``) is the figure with its note, as ``，因雨季影响…`` already
   was. A clause with a figure of its own stays text.
2. M9 — on a 满意度 row of a 跟踪表, an actual setting the survey for later
   (``待12月调查``, ``拟于12月开展`` to November, ``计划年底开展``, ``待年底调查``,
   ``尚未测评``) is ``pending`` and ``on_track`` against a plan not due yet, as ``未开展``
   against it already was; a month already past stays text, and a plan already due is
   not judged on_track.
3. M10 — the row's whole rate said in its own words: ``已全部到位`` on ``资金到位率``,
   ``已全部拨付`` on ``资金拨付率`` in a 跟踪表 are met as in a 自评表 (they were pending
   beside a plan); ``账实相符`` on ``固定资产账实相符率`` and ``100%按效付费`` on
   ``PPP项目按效付费比例`` are 100%; ``无结转结余``, ``无结余``, ``无结转`` on
   ``结转结余率`` against a ceiling are 0%, as ``无`` is. Words not of the row's name,
   a part or a denial stay as they were.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

SELF_CASES = [
    # M5: the figure with a status clause
    pytest.param(
        ("新品种选育", "1个", "选育新品种1个，正在申请审定"), "met", "实际1个，达到年度指标=1个"
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "2100人次，主要原因是需求增加"),
        "met",
        "实际2100人次，达到年度指标≥2000人次",
    ),
    # neighbours unchanged: two figures stay text
    pytest.param(
        ("新品种选育", "1个", "城区1个，农村2个"),
        "unknown",
        "实际“城区1个，农村2个”不是数值，无法与年度指标比较",
    ),
    # M10: the row's whole rate in its own words; nothing carried over
    pytest.param(
        ("固定资产账实相符率", "100%", "账实相符"), "met", "实际“账实相符”，达到年度指标=100%"
    ),
    pytest.param(
        ("PPP项目按效付费比例", "100%", "100%按效付费"),
        "met",
        "实际“100%按效付费”，达到年度指标=100%",
    ),
    pytest.param(("结转结余率", "≤5%", "无结转结余"), "met", "实际0%，达到年度指标≤5%"),
    pytest.param(("结转结余率", "≤5%", "无结余"), "met", "实际0%，达到年度指标≤5%"),
    pytest.param(("结转结余率", "≤5%", "无结转"), "met", "实际0%，达到年度指标≤5%"),
    # neighbours: another name, a part, another share, another fund
    pytest.param(("结转结余率", "≤5%", "无"), "met", "实际0%，达到年度指标≤5%"),
    pytest.param(
        ("资金结余率", "≤5%", "无结转"), "unknown", "实际“无结转”不是数值，无法与年度指标比较"
    ),
    pytest.param(
        ("固定资产账实相符率", "100%", "基本账实相符"),
        "unknown",
        "实际“基本账实相符”不是数值，无法与年度指标比较",
    ),
    pytest.param(
        ("资产管理规范率", "100%", "账实相符"),
        "unknown",
        "实际“账实相符”不是数值，无法与年度指标比较",
    ),
    pytest.param(
        ("PPP项目按效付费比例", "100%", "80%按效付费"),
        "unknown",
        "实际“80%按效付费”不是数值，无法与年度指标比较",
    ),
    pytest.param(("资金到位率", "100%", "已全部到位"), "met", "实际“已全部到位”，已完成"),
]


@pytest.mark.parametrize(("row", "attainment", "explanation"), SELF_CASES)
def test_self_reading(row: tuple[str, str, str], attainment: str, explanation: str) -> None:
    assert self_reading(*row) == (attainment, explanation)


TRACK_CASES = [
    # M5: a reason or status clause after the figure
    pytest.param(
        6,
        ("培训人次", "≥2000人次", "1000人次", "300人次，主要原因是培训资金未到位"),
        "pending",
        "behind",
        "实际300人次，未达年度指标≥2000人次，距年底尚有时间；实际300人次落后于计划1000人次",
    ),
    pytest.param(
        9,
        ("培训人次", "≥2000人次", "1500人次", "600人次，原因：师资未落实"),
        "pending",
        "behind",
        "实际600人次，未达年度指标≥2000人次，距年底尚有时间；实际600人次落后于计划1500人次",
    ),
    pytest.param(
        9,
        ("培训人次", "≥2000人次", "1500人次", "仅完成600人次，原因是师资未落实"),
        "pending",
        "behind",
        "实际600人次，未达年度指标≥2000人次，距年底尚有时间；实际600人次落后于计划1500人次",
    ),
    pytest.param(
        9,
        ("危房改造户数", "≥120户", "90户", "40户，偏差原因：农户自筹资金不足"),
        "pending",
        "behind",
        "实际40户，未达年度指标≥120户，距年底尚有时间；实际40户落后于计划90户",
    ),
    pytest.param(
        9,
        ("资金拨付", "500万元", "375万元", "拨付120万元，资金尚未下达"),
        "pending",
        "behind",
        "实际120万元，未达年度指标=500万元，距年底尚有时间；实际120万元落后于计划375万元",
    ),
    pytest.param(
        9,
        ("资金拨付", "500万元", "375万元", "已拨付280万元，其余因项目未验收暂缓拨付"),
        "pending",
        "behind",
        "实际280万元，未达年度指标=500万元，距年底尚有时间；实际280万元落后于计划375万元",
    ),
    pytest.param(
        6,
        ("资金拨付", "500万元", "拨付250万元", "已拨付250万元，剩余资金待项目验收后拨付"),
        "pending",
        "on_track",
        "实际250万元，未达年度指标=500万元，距年底尚有时间",
    ),
    # neighbours unchanged
    pytest.param(
        9,
        ("培训人次", "≥2000人次", "1000人次", "300人次，因雨季影响未完成"),
        "pending",
        "behind",
        "实际300人次，未达年度指标≥2000人次，距年底尚有时间；实际300人次落后于计划1000人次",
    ),
    pytest.param(
        9,
        ("培训人次", "≥2000人次", "1000人次", "300人次（受汛期影响）"),
        "pending",
        "behind",
        "实际300人次，未达年度指标≥2000人次，距年底尚有时间；实际300人次落后于计划1000人次",
    ),
    pytest.param(
        9,
        ("培训人次", "≥2000人次", "1000人次", "300人次，由于资金未到位"),
        "pending",
        "behind",
        "实际300人次，未达年度指标≥2000人次，距年底尚有时间；实际300人次落后于计划1000人次",
    ),
    pytest.param(
        9,
        ("资金拨付", "500万元", "375万元", "拨付120万元，下达80万元"),
        "unknown",
        "unknown",
        "实际“拨付120万元，下达80万元”不是数值，无法与年度指标比较",
    ),
    pytest.param(
        9,
        ("培训人次", "≥2000人次", "1500人次", "600人次，原因2项"),
        "unknown",
        "unknown",
        "实际“600人次，原因2项”不是数值，无法与年度指标比较",
    ),
    # M9: a survey set for later said in the actual, against a plan not due
    pytest.param(
        11,
        ("群众满意度", "≥90%", "12月开展调查", "待12月调查"),
        "pending",
        "on_track",
        "实际“待12月调查”，满意度调查尚未完成，截止日期未到",
    ),
    pytest.param(
        11,
        ("满意度", "≥90%", "12月开展", "拟于12月开展"),
        "pending",
        "on_track",
        "实际“拟于12月开展”，满意度调查尚未完成，截止日期未到",
    ),
    pytest.param(
        9,
        ("满意度", "≥90%", "年底开展", "计划年底开展"),
        "pending",
        "on_track",
        "实际“计划年底开展”，满意度调查尚未完成，截止日期未到",
    ),
    pytest.param(
        9,
        ("满意度", "≥90%", "年底开展", "待年底调查"),
        "pending",
        "on_track",
        "实际“待年底调查”，满意度调查尚未完成，截止日期未到",
    ),
    pytest.param(
        9,
        ("满意度", "≥90%", "12月", "尚未测评"),
        "pending",
        "on_track",
        "实际“尚未测评”，满意度调查尚未完成，截止日期未到",
    ),
    # neighbours: a plan already due, a month passed, not a 满意度 row
    pytest.param(
        9,
        ("满意度", "≥90%", "6月", "尚未测评"),
        "pending",
        "unknown",
        "实际“尚未测评”，满意度调查尚未完成，截止日期未到",
    ),
    pytest.param(
        11,
        ("满意度", "≥90%", "10月开展", "拟于10月开展"),
        "unknown",
        "unknown",
        "实际“拟于10月开展”不是数值，无法与年度指标比较",
    ),
    pytest.param(
        9,
        ("满意度", "≥90%", "年底开展", "尚未开展"),
        "pending",
        "on_track",
        "实际“尚未开展”，尚未完成，距截止尚有时间",
    ),
    pytest.param(
        9,
        ("培训人次", "≥2000人次", "年底开展", "计划年底开展"),
        "unknown",
        "unknown",
        "实际“计划年底开展”不是数值，无法与年度指标比较",
    ),
    # M10: the row's whole rate in its own words
    pytest.param(
        9,
        ("资金到位率", "100%", "100%", "已全部到位"),
        "met",
        "on_track",
        "实际“已全部到位”，已完成",
    ),
    pytest.param(
        6,
        ("资金拨付率", "100%", "50%", "已全部拨付"),
        "met",
        "on_track",
        "实际“已全部拨付”，已完成",
    ),
    pytest.param(
        9,
        ("固定资产账实相符率", "100%", "100%", "账实相符"),
        "met",
        "on_track",
        "实际“账实相符”，达到年度指标=100%",
    ),
    # neighbours: a bare done word before the year's end stays pending; a part is partial
    pytest.param(
        9,
        ("资金到位率", "100%", "100%", "已到位"),
        "pending",
        "on_track",
        "实际“已到位”，即跟踪期计划100%已完成，年度指标=100%尚未到期，距年底尚有时间",
    ),
    pytest.param(
        6,
        ("资金拨付率", "100%", "50%", "已拨付"),
        "pending",
        "on_track",
        "实际“已拨付”，即跟踪期计划50%已完成，年度指标=100%尚未到期，距年底尚有时间",
    ),
    pytest.param(
        6,
        ("项目开工率", "100%", "50%", "已全部开工"),
        "met",
        "on_track",
        "实际100%，达到年度指标=100%",
    ),
    pytest.param(
        9,
        ("资金到位率", "100%", "100%", "已部分到位"),
        "partial",
        "behind",
        "实际“已部分到位”，部分完成；实际“已部分到位”未达到计划“100%”",
    ),
]


@pytest.mark.parametrize(("months", "row", "attainment", "progress", "explanation"), TRACK_CASES)
def test_track_reading(
    months: int, row: tuple[str, str, str, str], attainment: str, progress: str, explanation: str
) -> None:
    verdict = track_verdict(*row, months=months)
    assert verdict.progress is not None
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        attainment,
        progress,
        explanation,
    )
