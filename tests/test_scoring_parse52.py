"""Rows the parse52 round found misread (H1–H4).

H1: a none of something on a row counting work (``开展安全检查 | ≥12次 | 未发现安全隐患``)
is the result of the work, not 0 of it: unknown. H2: grades (``优秀占35%，良好占58%``) are
no groups to take the lowest of, and a cell opening with 其中 gives a part only: unknown.
H3: a request for a step (``已申请验收``, ``12月已提交验收申请``) is not the step done.
H4: a saving (``较预算节约3.2万元``) is not the cost.
"""

from __future__ import annotations

import pytest

from perftrack.expressions import (
    DateValue,
    QualitativeTarget,
    Status,
    StatusValue,
    TextValue,
    Value,
    parse_target,
    parse_value,
)
from probe_tables import self_reading, track_verdict

WORK_NONE = "只说明没有“{thing}”，未填报完成的数量，无法与年度指标{goal}比较"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("开展安全检查", "≥12次", "未发现安全隐患"),
            ("unknown", "实际“未发现安全隐患”" + WORK_NONE.format(thing="安全隐患", goal="≥12次")),
        ),
        (
            ("巡查河道", "≥48次", "未发现问题"),
            ("unknown", "实际“未发现问题”" + WORK_NONE.format(thing="问题", goal="≥48次")),
        ),
        (
            ("发放补贴资金", "≥580万元", "足额发放，无拖欠"),
            (
                "unknown",
                "实际“足额发放，无拖欠”" + WORK_NONE.format(thing="拖欠", goal="≥580万元"),
            ),
        ),
        (
            ("资助学生", "≥500人", "无辍学"),
            ("unknown", "实际“无辍学”" + WORK_NONE.format(thing="辍学", goal="≥500人")),
        ),
        # controls: a bare none is still 0 (work not done); a none of the row's event is 0
        (("开展安全检查", "≥12次", "无"), ("not_met", "实际0次，未达年度指标≥12次")),
        (("安全事故", "0起", "未发生安全事故"), ("met", "实际0起，达到年度指标=0起")),
    ],
)
def test_none_beside_work(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_none_beside_work_tracked() -> None:
    verdict = track_verdict("开展安全检查", "≥12次", "9次", "未发现安全隐患")
    assert (verdict.attainment.value, verdict.progress.value) == ("unknown", "unknown")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("工程质量优良率", "≥90%", "优秀占35%，良好占58%"),
            ("unknown", "实际“优秀占35%，良好占58%”不是数值，无法与年度指标比较"),
        ),
        (
            ("受益农户满意度", "≥90%", "非常满意占62%，满意占30%"),
            ("unknown", "实际“非常满意占62%，满意占30%”不是数值，无法与年度指标比较"),
        ),
        (
            ("农村卫生厕所普及率", "≥90%", "其中水冲式厕所占60%"),
            (
                "unknown",
                (
                    "实际“其中水冲式厕所占60%”只给出其中“水冲式厕所”的数，"
                    "未填报指标本身的完成值，无法与年度指标≥90%比较"
                ),
            ),
        ),
        # controls: groups each to meet the target; a part the name names
        (
            ("动物免疫密度", "≥90%", "禽流感95.2%，口蹄疫86.8%"),
            ("not_met", "实际口蹄疫86.8%（两类对象中较低者），未达年度指标≥90%"),
        ),
        (
            ("水冲式厕所占比", "≥50%", "其中水冲式厕所占60%"),
            ("met", "实际60%，达到年度指标≥50%"),
        ),
    ],
)
def test_grades_and_parts(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_part_tracked() -> None:
    verdict = track_verdict("培训人次", "≥3000人次", "2000人次", "其中农民工1200人次")
    assert (verdict.attainment.value, verdict.progress.value) == ("unknown", "unknown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已申请验收", TextValue("已申请验收")),
        ("验收资料已报送", TextValue("验收资料已报送")),
        ("已申请拨付", TextValue("已申请拨付")),
        ("12月已提交验收申请", TextValue("12月已提交验收申请")),
        # controls: the step itself done
        ("已验收", StatusValue(Status.DONE, word="已验收")),
        ("已通过验收", StatusValue(Status.DONE, word="已通过验收")),
        ("资金已拨付", StatusValue(Status.DONE, word="资金已拨付")),
        ("已上报", StatusValue(Status.DONE, word="已上报")),
        ("12月完成验收", DateValue(None, 12, status=Status.DONE)),
    ],
)
def test_request_is_not_the_step(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("工程验收", "验收合格", "已申请验收"),
            ("unknown", "实际“已申请验收”无法与年度指标“验收合格”对照"),
        ),
        (
            ("资金拨付", "2025年6月底前", "已申请拨付"),
            ("unknown", "截止日期2025-06-30已到，实际“已申请拨付”无法判断是否完成"),
        ),
    ],
)
def test_request_scored(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_saving_is_not_the_cost() -> None:
    assert self_reading("项目总成本", "≤50万元", "较预算节约3.2万元") == (
        "unknown",
        "实际“较预算节约3.2万元”为节约额，不是实际成本，无法与年度指标≤50万元比较",
    )
    assert self_reading("成本节约额", "≥3万元", "节约3.2万元") == (
        "met",
        "实际3.2万元，达到年度指标≥3万元",
    )
    verdict = track_verdict("项目总成本", "≤50万元", "30万元", "较预算节约3.2万元")
    assert (verdict.attainment.value, verdict.progress.value) == ("unknown", "unknown")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("工程验收合格率", "100%", "全部合格"),
            ("met", "实际“全部合格”，即全部合格，视为100%，达到年度指标=100%"),
        ),
        (
            ("水质达标率", "≥95%", "均达标"),
            ("met", "实际“均达标”，即全部达标，视为100%，达到年度指标≥95%"),
        ),
        (
            ("工程验收合格率", "100%", "一次性验收合格"),
            ("met", "实际“一次性验收合格”，即全部合格，视为100%，达到年度指标=100%"),
        ),
        (
            ("项目验收合格率", "100%", "通过验收"),
            ("met", "实际“通过验收”，即全部合格，视为100%，达到年度指标=100%"),
        ),
        # a part is partial, a negation not met (k31i, parse56 F10: they were "不是数值")
        (
            ("工程验收合格率", "100%", "部分合格"),
            ("partial", "实际“部分合格”，未全部合格，部分达到年度指标=100%"),
        ),
        (
            ("工程验收合格率", "100%", "不合格"),
            ("not_met", "实际“不合格”，未达到年度指标=100%"),
        ),
        # control: a bare word on samples (which may grade some of them)
        (
            ("药品抽检合格率", "≥98%", "合格"),
            ("unknown", "实际“合格”不是数值，无法与年度指标比较"),
        ),
    ],
)
def test_pass_rate_in_words(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    "text",
    ["尚在施工", "还在施工", "目前在建", "尚处于施工阶段", "处于招标阶段"],
)
def test_still_under_way(text: str) -> None:
    assert parse_value(text) == StatusValue(Status.IN_PROGRESS, word=text)


@pytest.mark.parametrize("text", ["处于运行期", "处于正常运行状态"])
def test_a_state_is_no_work_under_way(text: str) -> None:
    assert parse_value(text) == TextValue(text)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ("完成时间", "2025年12月", "尚在施工"),
            ("not_met", "截止日期2025-12-31已到，实际“尚在施工”"),
        ),
        (
            ("工程进度", "2025年10月底前完工", "处于招标阶段"),
            ("not_met", "截止日期2025-10-31已到，实际“处于招标阶段”"),
        ),
        (("疫苗接种率", "≥95℅", "96.3%"), ("met", "实际96.3%，达到年度指标≥95%")),
        (
            ("带动村集体增收", "≥5万元/村", "村均增收5.6万元"),
            ("met", "实际5.6万元/村，达到年度指标≥5万元/村"),
        ),
        (
            ("带动村集体增收", "≥5万元/村", "平均每个村增收4.6万元"),
            ("not_met", "实际4.6万元/村，未达年度指标≥5万元/村"),
        ),
    ],
)
def test_parse52_mediums(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_survey_planned_for_year_end_is_pending() -> None:
    verdict = track_verdict("群众满意度", "≥90%", "/", "预计年底开展")
    assert (verdict.attainment.value, verdict.explanation) == (
        "pending",
        "实际“预计年底开展”，满意度调查尚未完成，截止日期未到",
    )


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("信息公开及时率", "100%", "100%", "98%"), "not_met"),
        # controls: a floor below 100% may still be reached; a coverage may still grow
        (("信息公开及时率", "≥95%", "95%", "92%"), "pending"),
        (("补贴覆盖率", "100%", "100%", "98%"), "pending"),
    ],
)
def test_timely_rate_already_missed(row: tuple[str, str, str, str], expected: str) -> None:
    assert track_verdict(*row).attainment.value == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (
            "线上1800人次、线下1400人次，合计3200人次",
            ("met", "实际3200人次，达到年度指标≥3000人次"),
        ),
        # controls: parts that do not add up, a total of one part
        (
            "线上1800人次、线下1400人次，合计3300人次",
            (
                "unknown",
                "实际“线上1800人次、线下1400人次，合计3300人次”不是数值，无法与年度指标比较",
            ),
        ),
        (
            "线上1800人次，合计1800人次",
            ("unknown", "实际“线上1800人次，合计1800人次”不是数值，无法与年度指标比较"),
        ),
    ],
)
def test_stated_total(actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("培训人次", "≥3000人次", actual) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("实际支出46.8万元，节约3.2万元", ("met", "实际46.8万元，达到年度指标≤50万元")),
        ("预算50万元，实际支出48万元", ("met", "实际48万元，达到年度指标≤50万元")),
        # control: no amount spent
        (
            "预算50万元，节约3万元",
            ("unknown", "实际“预算50万元，节约3万元”不是数值，无法与年度指标比较"),
        ),
    ],
)
def test_spent_beside_saving_or_budget(actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("项目总成本", "≤50万元", actual) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("新建村级卫生室", "8个", "8所"), ("met", "实际8个，达到年度指标=8个")),
        (("新建公厕", "20座", "20个"), ("met", "实际20座，达到年度指标=20座")),
        (("建设文化广场", "6个", "6处"), ("met", "实际6个，达到年度指标=6个")),
        (("打造示范村", "10个", "9村"), ("not_met", "实际9个，未达年度指标=10个")),
        # control: devices and pieces stay apart
        (("采购设备", "8台", "8个"), ("unknown", "实际8个与年度指标=8台单位不可比")),
    ],
)
def test_generic_measure_word(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [("建立健全", "健全"), ("健全完善", "完善"), ("完善健全", "健全"), ("建立完善", "完善")],
)
def test_two_soundness_words(text: str, word: str) -> None:
    # the state to reach is the last word, as 逐步建立健全 reads (regress20 M6)
    target = parse_target(text)
    assert target == QualitativeTarget(word, "soundness")
    assert parse_target(str(target)) == target


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("已建立", ("met", "实际“已建立”，达到“健全”")),
        ("已建立健全", ("met", "实际“已建立健全”，达到“健全”")),
        ("基本建立健全", ("partial", "实际“基本建立健全”，部分达到“健全”")),
        ("未建立", ("not_met", "实际“未建立”，未达到“健全”")),
    ],
)
def test_two_soundness_words_scored(actual: str, expected: tuple[str, str]) -> None:
    assert self_reading("长效管护机制", "建立健全", actual) == expected


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        ("≥1200人/次", "1250人次", ("met", "实际1250人次，达到年度指标≥1200人/次")),
        ("≥1200人次", "1150人/次", ("not_met", "实际1150人/次，未达年度指标≥1200人次")),
    ],
)
def test_person_times_spelled_with_a_slash(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading("培训人次", target, actual) == expected
