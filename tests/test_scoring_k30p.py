"""k30p: figures the row asks for inside a cell of two (parse55 M6, M7, M13, M14).

Each case is one row of the probe 自评表 (2025, as of its year's end) or of the probe
跟踪表, with the exact (attainment, explanation):

1. M14 — a budget and what was spent (or bought) of it, ``三公经费预算30万元，实际支出25.6万元``,
   on a rate of execution or control (三公经费控制率, 政府采购执行率) is that rate, computed
   exactly; a name of no such rate, or a purchase on a name not of purchases, stays text.
2. M7 — a dated step with the actual's label, ``实际7月15日开工``, is read as ``7月15日开工``
   (late: not_met, behind; ``实际5月开工`` met); a plan after the label stays unknown.
   ``截至6月底尚未开工`` at a due of 5月底 is ``尚未开工`` (not_met); as of a time before the
   due date (``截至4月底``) it stays unknown. ``发行`` is a step a row may be named for
   (债券发行时间): ``2025年7月发行`` against ``2025年6月底前`` is late, not_met.
3. M6 — a filing said done (``已受理发明专利3件``) beside the granted count (``授权0件``) is
   no step of it: the name (发明专利授权) picks 0件, not_met, as without ``已``.
   The one amount beside counts (``签订转化合同3项，合同金额230万元``) is the amount a target
   in 元 asks for, its label sharing letters with the name; a plan of it stays text.
   In a 跟踪表, ``本期600人次，累计1600人次`` is the running total 1600人次; a 自评表 keeps it text.
   ``较上年增加1.2万人，达到51.3万人`` against ``≥50万人`` is the level reached, 51.3万人.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

SELF = [
    pytest.param(
        "“三公”经费控制率",
        "≤100%",
        "三公经费预算30万元，实际支出25.6万元",
        (
            "met",
            "实际三公经费预算30万元，实际支出25.6万元（按比例计为85.33%），达到年度指标≤100%",
        ),
        id="m14-three-funds-control-rate",
    ),
    pytest.param(
        "“三公”经费控制率",
        "≤100%",
        "三公经费预算30万元，实际支出32万元",
        (
            "not_met",
            "实际三公经费预算30万元，实际支出32万元（按比例计为106.67%），超出年度指标≤100%",
        ),
        id="m14-three-funds-overspent",
    ),
    pytest.param(
        "政府采购执行率",
        "≥95%",
        "采购预算500万元，实际采购480万元",
        (
            "met",
            "实际采购预算500万元，实际采购480万元（按比例计为96%），达到年度指标≥95%",
        ),
        id="m14-procurement-rate",
    ),
    pytest.param(
        "预算执行率",
        "≥95%",
        "采购预算500万元，实际采购480万元",
        (
            "unknown",
            "实际“采购预算500万元，实际采购480万元”不是数值，无法与年度指标比较",
        ),
        id="m14-purchase-on-other-rate-unchanged",
    ),
    pytest.param(
        "三公经费",
        "≤30万元",
        "三公经费预算30万元，实际支出25.6万元",
        (
            "unknown",
            "实际“三公经费预算30万元，实际支出25.6万元”不是数值，无法与年度指标比较",
        ),
        id="m14-amount-row-unchanged",
    ),
    pytest.param(
        "债券发行时间",
        "2025年6月底前",
        "2025年7月发行",
        ("not_met", "实际“2025年7月发行”，晚于截止日期2025-06-30"),
        id="m7-bond-issued-late",
    ),
    pytest.param(
        "债券发行时间",
        "2025年6月底前",
        "2025年5月发行",
        ("met", "实际“2025年5月发行”，未晚于截止日期2025-06-30"),
        id="m7-bond-issued-in-time",
    ),
    pytest.param(
        "债券发行时间",
        "2025年6月底前",
        "2025年7月完成发行",
        ("not_met", "实际“2025年7月完成发行”，晚于截止日期2025-06-30"),
        id="m7-bond-done-late-unchanged",
    ),
    pytest.param(
        "债券发行时间",
        "2025年6月底前",
        "计划7月发行",
        ("unknown", "截止日期2025-06-30已到，实际“计划7月发行”无法判断是否完成"),
        id="m7-bond-planned-unchanged",
    ),
    pytest.param(
        "专项债券发行额",
        "≥5亿元",
        "已发行6亿元",
        ("met", "实际6亿元，达到年度指标≥5亿元"),
        id="m7-bond-amount-unchanged",
    ),
    pytest.param(
        "发明专利授权",
        "≥2件",
        "已受理发明专利3件，授权0件",
        ("not_met", "实际0件，未达年度指标≥2件"),
        id="m6-filed-done-beside-granted",
    ),
    pytest.param(
        "发明专利授权",
        "≥2件",
        "已申请发明专利3件，授权2件",
        ("met", "实际2件，达到年度指标≥2件"),
        id="m6-applied-done-beside-granted",
    ),
    pytest.param(
        "发明专利申请",
        "≥2件",
        "已申请发明专利3件，授权2件",
        ("unknown", "实际“已申请发明专利3件，授权2件”不是数值，无法与年度指标比较"),
        id="m6-filed-label-not-in-name-unchanged",
    ),
    pytest.param(
        "隐患整改数",
        "≥40个",
        "隐患48个，已整改45个",
        ("unknown", "实际“隐患48个，已整改45个”不是数值，无法与年度指标比较"),
        id="m6-step-done-unchanged",
    ),
    pytest.param(
        "成果转化合同金额",
        "≥200万元",
        "签订转化合同3项，合同金额230万元",
        ("met", "实际230万元，达到年度指标≥200万元"),
        id="m6-amount-beside-count",
    ),
    pytest.param(
        "成果转化合同金额",
        "≥200万元",
        "签订转化合同3项，合同金额2300000元",
        ("met", "实际230万元，达到年度指标≥200万元"),
        id="m6-amount-beside-count-in-yuan",
    ),
    pytest.param(
        "成果转化合同金额",
        "≥200万元",
        "签订转化合同3项，预计合同金额230万元",
        ("unknown", "实际“签订转化合同3项，预计合同金额230万元”不是数值，无法与年度指标比较"),
        id="m6-planned-amount-unchanged",
    ),
    pytest.param(
        "成果转化合同数",
        "≥3项",
        "签订转化合同3项，合同金额230万元",
        ("met", "实际3项，达到年度指标≥3项"),
        id="m6-count-beside-amount-unchanged",
    ),
    pytest.param(
        "培训人次",
        "≥2000人次",
        "本期600人次，累计1600人次",
        ("unknown", "实际“本期600人次，累计1600人次”不是数值，无法与年度指标比较"),
        id="m6-running-total-in-self-unchanged",
    ),
    pytest.param(
        "参保人数",
        "≥50万人",
        "较上年增加1.2万人，达到51.3万人",
        ("met", "实际51.3万人，达到年度指标≥50万人"),
        id="m6-level-after-change",
    ),
    pytest.param(
        "参保人数",
        "≥50万人",
        "同比增长2.4%，总数达51.3万人",
        ("met", "实际51.3万人，达到年度指标≥50万人"),
        id="m6-level-after-rate-change",
    ),
    pytest.param(
        "参保人数",
        "≥50万人",
        "51.3万人，较上年增加1.2万人",
        ("met", "实际51.3万人，达到年度指标≥50万人"),
        id="m6-level-before-change-unchanged",
    ),
    pytest.param(
        "参保人数",
        "较上年增长2%",
        "较上年增加1.2万人，达到51.3万人",
        ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
        id="m6-change-target-unchanged",
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "expected"), SELF)
def test_self_rows(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(name, target, actual) == expected


TRACK = [
    pytest.param(
        ("开工时间", "2025年6月底前", "计划6月底开工", "实际7月15日开工"),
        9,
        (
            "not_met",
            "behind",
            "实际“实际7月15日开工”，晚于截止日期2025-06-30；已逾期完成，未按期完成",
        ),
        id="m7-actual-label-late-start",
    ),
    pytest.param(
        ("开工时间", "2025年6月底前", "计划6月底开工", "实际5月开工"),
        9,
        ("met", "on_track", "实际“实际5月开工”，未晚于截止日期2025-06-30"),
        id="m7-actual-label-start-in-time",
    ),
    pytest.param(
        ("开工时间", "2025年6月底前", "计划6月底开工", "7月15日开工"),
        9,
        (
            "not_met",
            "behind",
            "实际“7月15日开工”，晚于截止日期2025-06-30；已逾期完成，未按期完成",
        ),
        id="m7-unlabelled-start-unchanged",
    ),
    pytest.param(
        ("开工时间", "2025年6月底前", "计划6月底开工", "实际计划7月开工"),
        9,
        (
            "unknown",
            "unknown",
            "截止日期2025-06-30已到，实际“实际计划7月开工”无法判断是否完成",
        ),
        id="m7-actual-label-then-plan-unchanged",
    ),
    pytest.param(
        ("开工时间", "2025年5月底前", "5月底前开工", "截至6月底尚未开工"),
        6,
        (
            "not_met",
            "behind",
            "截止日期2025-05-31已到，实际“截至6月底尚未开工”；年度指标未达成",
        ),
        id="m7-as-of-after-due-not-started",
    ),
    pytest.param(
        ("开工时间", "2025年5月底前", "5月底前开工", "截至4月底尚未开工"),
        6,
        (
            "unknown",
            "unknown",
            "截止日期2025-05-31已到，实际“截至4月底尚未开工”无法判断是否完成",
        ),
        id="m7-as-of-before-due-unchanged",
    ),
    pytest.param(
        ("开工时间", "2025年5月底前", "5月底前开工", "尚未开工"),
        6,
        (
            "not_met",
            "behind",
            "截止日期2025-05-31已到，实际“尚未开工”；实际“尚未开工”未达到计划“5月底前开工”",
        ),
        id="m7-bare-not-started-unchanged",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1500人次", "本期600人次，累计1600人次"),
        9,
        ("pending", "on_track", "实际1600人次，未达年度指标≥2000人次，距年底尚有时间"),
        id="m6-running-total-in-tracking",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1500人次", "本季度培训600人次，累计培训1600人次"),
        9,
        ("pending", "on_track", "实际1600人次，未达年度指标≥2000人次，距年底尚有时间"),
        id="m6-quarter-and-running-total",
    ),
]


@pytest.mark.parametrize(("row", "months", "expected"), TRACK)
def test_track_rows(
    row: tuple[str, str, str, str], months: int, expected: tuple[str, str, str]
) -> None:
    found = track_verdict(*row, months=months)
    progress = found.progress.value if found.progress else None
    assert (found.attainment.value, progress, found.explanation) == expected
