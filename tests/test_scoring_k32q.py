"""Regressions of rules merged in k32g and k32b (regress57 findings 1 and 3).

1. A band on a rate is open above only when the rate is known better higher (满意度,
   覆盖率, 合格率, 达标率, 完成率, 及时率 …): any other rate (资金结余率, 预算调整率,
   损耗率, 误诊率) above its band misses it, as at the start.
3. A step said done that is the target's own (``已健全``, ``已完善`` against ``健全``,
   ``完善``), then 尚需/仍需 + 完善/加强, is met with the note, not partial.
"""

from __future__ import annotations

import pytest

from probe_tables import self_card, self_reading, track_verdict

# -- 1: a band is open above only on a rate known better higher ---------------------

# regress57 lower_names.txt: 45 rates bad when high, each 1%-2% with 5%
LOWER_RATES = (
    *("故障率", "事故率", "发病率", "不合格率", "违规率", "闲置率", "超标率", "漏检率"),
    *("逾期率", "坏账率", "退回率", "复发率", "重复率", "失败率", "偏差率", "超支率"),
    *("损失率", "淘汰率", "返工率", "误差率", "流标率", "废标率", "变更率", "调整率"),
    *("拒付率", "拒绝率", "出错率", "漏报率", "错报率", "迟报率", "缺勤率", "病死率"),
    *("感染率", "肥胖率", "近视率", "贫困发生率", "上访率", "信访率", "犯罪率", "发案率"),
    *("预算偏离率", "资金沉淀率", "剩余率", "结转率", "压减率"),
)


def test_lower_rate_list_has_45_names() -> None:
    assert len(set(LOWER_RATES)) == 45


@pytest.mark.parametrize("name", LOWER_RATES)
def test_rate_not_known_higher_stays_strict_above_its_band(name: str) -> None:
    assert self_reading(name, "1%-2%", "5%") == ("not_met", "实际5%，超出年度指标1-2%")


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        # regress57 F1's rows: bad when high, named with no harm word
        pytest.param(
            "资金结余率",
            "5%-10%",
            "25%",
            ("not_met", "实际25%，超出年度指标5-10%"),
            id="balance",
        ),
        pytest.param(
            "结转结余率", "3%-5%", "20%", ("not_met", "实际20%，超出年度指标3-5%"), id="carry"
        ),
        pytest.param(
            "预算调整率",
            "5%-10%",
            "30%",
            ("not_met", "实际30%，超出年度指标5-10%"),
            id="adjust",
        ),
        pytest.param("损耗率", "1%-2%", "5%", ("not_met", "实际5%，超出年度指标1-2%"), id="loss"),
        pytest.param(
            "误诊率", "1%-2%", "4%", ("not_met", "实际4%，超出年度指标1-2%"), id="misdiagnosis"
        ),
        pytest.param(
            "中标下浮率", "5%-8%", "20%", ("not_met", "实际20%，超出年度指标5-8%"), id="discount"
        ),
        # a failure word before a positive rate makes it one of failure
        pytest.param(
            "逾期整改率",
            "5%-10%",
            "20%",
            ("not_met", "实际20%，超出年度指标5-10%"),
            id="late-fix",
        ),
        pytest.param(
            "项目未按期完成率",
            "5%-10%",
            "20%",
            ("not_met", "实际20%，超出年度指标5-10%"),
            id="not-on-time",
        ),
        # k32g's positive cases (群众满意度, 覆盖率, 合格率, 满意度 in 分) are checked,
        # unchanged, by test_scoring_k32g.py's band cases
        # other rates of the positive list
        pytest.param(
            "政策知晓率",
            "80%-90%",
            "95%",
            ("met", "实际95%，高于年度指标80-90%的上限，达到年度指标"),
            id="awareness",
        ),
        pytest.param(
            "森林覆盖率",
            "40%-42%",
            "45%",
            ("met", "实际45%，高于年度指标40-42%的上限，达到年度指标"),
            id="forest",
        ),
        pytest.param(
            "资金支付率",
            "90%-95%",
            "98%",
            ("met", "实际98%，高于年度指标90-95%的上限，达到年度指标"),
            id="paid",
        ),
        pytest.param(
            "差错整改完成率",
            "90%-95%",
            "98%",
            ("met", "实际98%，高于年度指标90-95%的上限，达到年度指标"),
            id="errors-fixed",
        ),
        pytest.param(
            "服务对象满意度（%）",
            "90%-95%",
            "98%",
            ("met", "实际98%，高于年度指标90-95%的上限，达到年度指标"),
            id="satisfaction-unit-tail",
        ),
    ],
)
def test_band_open_above_only_when_known_higher(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


def test_lower_rate_above_band_keeps_its_warning() -> None:
    card = self_card("资金结余率", "5%-10%", "25%")
    assert "full-points-not-met" in {f.id for f in card.findings}


@pytest.mark.parametrize(
    ("name", "target", "plan", "actual", "expected"),
    [
        pytest.param(
            "资金结余率",
            "5%-10%",
            "",
            "25%",
            ("pending", "not_applicable", "实际25%，超出年度指标5-10%，距年底尚有时间"),
            id="no-plan",
        ),
        pytest.param(
            "预算调整率",
            "5%-10%",
            "5%-10%",
            "30%",
            ("pending", "unknown", "实际30%，超出年度指标5-10%，距年底尚有时间"),
            id="plan-band",
        ),
    ],
)
def test_band_in_a_tracking_table(
    name: str, target: str, plan: str, actual: str, expected: tuple[str, str, str]
) -> None:
    found = track_verdict(name, target, plan, actual)
    assert (found.attainment.value, found.progress.value, found.explanation) == expected


# -- 3: a done step that is the target's own, then 尚需完善 ---------------------------

MORE_TO_DO = [
    (
        "健全",
        "已健全，但仍需进一步加强",
        "met",
        "实际“已健全，但仍需进一步加强”，达到“健全”（“仍需进一步加强”为年度指标以外的后续工作）",
    ),
    (
        "完善",
        "已完善，尚需加强",
        "met",
        "实际“已完善，尚需加强”，达到“完善”（“尚需加强”为年度指标以外的后续工作）",
    ),
    (
        "建立健全",
        "已建立健全，尚需完善",
        "met",
        "实际“已建立健全，尚需完善”，达到“建立健全”（“尚需完善”为年度指标以外的后续工作）",
    ),
    (
        "健全",
        "已健全，有待进一步完善",
        "met",
        "实际“已健全，有待进一步完善”，达到“健全”（“有待进一步完善”为年度指标以外的后续工作）",
    ),
    # a state of the same family as strong (完善 and 健全 are no steps)
    (
        "健全",
        "已完善，尚需加强",
        "met",
        "实际“已完善，尚需加强”，达到“健全”（“尚需加强”为年度指标以外的后续工作）",
    ),
    # the near-synonymous tail read before: met, as these now are
    ("健全", "已健全，下一步继续完善", "met", "实际“已健全，下一步继续完善”，达到“健全”"),
    # a lower step or a degree short of the target stays partial (k32b)
    (
        "建立健全",
        "已建立，尚需完善",
        "partial",
        "实际“已建立，尚需完善”：已建立，但注明“尚需完善”，部分达到“建立健全”",
    ),
    (
        "健全",
        "已建立，尚需完善",
        "partial",
        "实际“已建立，尚需完善”：已建立，但注明“尚需完善”，部分达到“健全”",
    ),
    (
        "健全",
        "已基本健全，尚需完善",
        "partial",
        "实际“已基本健全，尚需完善”：已基本健全，但注明“尚需完善”，部分达到“健全”",
    ),
    (
        "开展培训并提升能力",
        "已开展，尚需加强",
        "partial",
        "实际“已开展，尚需加强”：已开展，但注明“尚需加强”，部分达到“开展培训并提升能力”",
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), MORE_TO_DO)
def test_done_step_reaching_target(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading("机制", target, actual) == (attainment, explanation)


def test_done_step_reaching_target_has_no_points_warning() -> None:
    card = self_card("机制", "健全", "已健全，但仍需进一步加强")
    ids = {f.id for f in card.findings}
    assert "points-differ" not in ids
    assert "missing-deviation-reason" not in ids
