"""Actuals a reviewer decides at once that were left to one (k30e; parse54 M3–M9, M16, M17).

Each group is one narrow rule: the target restated after a verb of attainment (M3), full
coverage said of the row's own work or of a count of places (M4), a bare pass word on a pass
rate and a pass at the first acceptance (M5), all the funds spent and a clearing on a
clearing row (M6), a count then its completion (M7), a count with a 其中 part whose noun holds
a step (M8), a count beside another rate (M9), 一般 against a marked effect (M16), and no
degree against a strong one (M17). The controls beside each keep what they were.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

TEXT_TARGET = "年度指标为文字描述，实际完成情况需人工判断"
NOT_A_NUMBER = "不是数值，无法与年度指标比较"


def _holds(actual: str, target: str) -> tuple[str, str]:
    return ("met", f"实际“{actual}”包含年度指标“{target}”的全部内容，达到年度指标")


RESTATED = [
    pytest.param(
        ("防洪标准", "20年一遇", "达到20年一遇"), _holds("达到20年一遇", "20年一遇"), id="reach"
    ),
    pytest.param(
        ("防洪标准", "20年一遇", "已达到20年一遇标准"),
        _holds("已达到20年一遇标准", "20年一遇"),
        id="reach-standard",
    ),
    pytest.param(
        ("等保等级", "三级", "通过等保三级测评"),
        _holds("通过等保三级测评", "三级"),
        id="passed-assessment-name-word",
    ),
    pytest.param(
        ("项目实施进度", "按计划推进", "按计划推进中"),
        _holds("按计划推进中", "按计划推进"),
        id="going-on",
    ),
    pytest.param(
        ("社会效益", "持续发挥", "持续发挥效益"), _holds("持续发挥效益", "持续发挥"), id="exerted"
    ),
    pytest.param(
        ("社会效益", "持续发挥", "持续发挥作用"), _holds("持续发挥作用", "持续发挥"), id="exerted-2"
    ),
    # controls
    pytest.param(
        ("防洪标准", "20年一遇", "20年一遇"),
        ("met", "实际完成情况与年度指标表述一致"),
        id="bare-repeat",
    ),
    pytest.param(
        ("防洪标准", "20年一遇", "未达到20年一遇"), ("unknown", TEXT_TARGET), id="negated"
    ),
    pytest.param(
        ("防洪标准", "20年一遇", "达到10年一遇"), ("unknown", TEXT_TARGET), id="other-level"
    ),
    pytest.param(
        ("项目实施进度", "按计划推进", "正在按计划推进"), ("unknown", TEXT_TARGET), id="under-way"
    ),
    pytest.param(
        ("等保等级", "三级", "通过等保二级测评"), ("unknown", TEXT_TARGET), id="other-grade"
    ),
    pytest.param(
        ("等保等级", "三级", "通过三级以上测评"), ("unknown", TEXT_TARGET), id="more-words"
    ),
    pytest.param(
        ("社会效益", "持续发挥", "持续发挥效益不明显"), ("unknown", TEXT_TARGET), id="less-said"
    ),
]


@pytest.mark.parametrize(("row", "expected"), RESTATED)
def test_target_restated_after_a_verb(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_target_restated_tracked() -> None:
    verdict = track_verdict("项目实施进度", "按计划推进", "按计划推进", "按计划推进中")
    assert (verdict.attainment.value, verdict.progress.value) == ("met", "on_track")


COVERED = [
    pytest.param(
        ("帮扶覆盖率", "100%", "帮扶全覆盖"), ("met", "实际100%，达到年度指标=100%"), id="own-work"
    ),
    pytest.param(
        ("巡查覆盖率", "100%", "18个乡镇全覆盖"),
        ("met", "实际100%，达到年度指标=100%"),
        id="count-of-places",
    ),
    pytest.param(
        ("防返贫监测对象帮扶覆盖率", "100%", "应纳尽纳，帮扶全覆盖"),
        ("met", "实际100%，达到年度指标=100%"),
        id="after-all-due",
    ),
    pytest.param(
        ("帮扶覆盖率", "≥95%", "帮扶已实现全覆盖"),
        ("met", "实际100%，达到年度指标≥95%"),
        id="with-verb",
    ),
    # controls
    pytest.param(
        ("巡查覆盖率", "100%", "乡镇全覆盖"),
        ("met", "实际100%，达到年度指标=100%"),
        id="places-as-before",
    ),
    pytest.param(
        ("帮扶覆盖率", "100%", "培训全覆盖"),
        ("unknown", f"实际“培训全覆盖”{NOT_A_NUMBER}"),
        id="not-own-word",
    ),
    pytest.param(
        ("帮扶覆盖率", "100%", "帮扶基本全覆盖"),
        ("unknown", f"实际“帮扶基本全覆盖”{NOT_A_NUMBER}"),
        id="basically",
    ),
    pytest.param(
        ("帮扶覆盖率", "100%", "部分帮扶，帮扶全覆盖"),
        ("unknown", f"实际“部分帮扶，帮扶全覆盖”{NOT_A_NUMBER}"),
        id="other-clause",
    ),
]


@pytest.mark.parametrize(("row", "expected"), COVERED)
def test_own_full_coverage(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


PASSED = [
    pytest.param(
        ("工程质量合格率", "100%", "合格"),
        ("met", "实际“合格”，即全部合格，视为100%，达到年度指标=100%"),
        id="bare-pass-word",
    ),
    pytest.param(
        ("工程质量合格率", "≥95%", "合格"),
        ("met", "实际“合格”，即全部合格，视为100%，达到年度指标≥95%"),
        id="bare-pass-word-floor",
    ),
    pytest.param(
        ("项目验收通过率", "100%", "通过"),
        ("met", "实际“通过”，即全部通过，视为100%，达到年度指标=100%"),
        id="bare-passed",
    ),
    pytest.param(
        ("工程质量", "合格", "一次性验收合格"),
        ("met", "实际“一次性验收合格”，达到“合格”"),
        id="first-acceptance",
    ),
    pytest.param(
        ("工程质量", "合格", "一次验收合格"),
        ("met", "实际“一次验收合格”，达到“合格”"),
        id="first-acceptance-2",
    ),
    # a part is partial, a denial not met (k31i, parse56 F10: both were "不是数值")
    pytest.param(
        ("工程质量合格率", "100%", "基本合格"),
        ("partial", "实际“基本合格”，未全部合格，部分达到年度指标=100%"),
        id="basically",
    ),
    # controls
    pytest.param(
        ("药品抽检合格率", "≥98%", "合格"), ("unknown", f"实际“合格”{NOT_A_NUMBER}"), id="samples"
    ),
    pytest.param(
        ("水质达标率", "100%", "合格"), ("unknown", f"实际“合格”{NOT_A_NUMBER}"), id="other-word"
    ),
    pytest.param(
        ("工程质量合格率", "100%", "不合格"),
        ("not_met", "实际“不合格”，未达到年度指标=100%"),
        id="negated",
    ),
]


@pytest.mark.parametrize(("row", "expected"), PASSED)
def test_pass_word_on_works_accepted(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


ALL_OF_IT = [
    pytest.param(
        ("资金使用率", "≥90%", "资金已全部支出"),
        ("met", "实际“资金已全部支出”，即全部支出，视为100%，达到年度指标≥90%"),
        id="all-spent",
    ),
    pytest.param(
        ("预算执行率", "≥90%", "已全部使用"),
        ("met", "实际“已全部使用”，即全部支出，视为100%，达到年度指标≥90%"),
        id="all-used",
    ),
    pytest.param(
        ("零就业家庭动态清零", "100%", "动态清零"),
        ("met", "实际“动态清零”（即100%），达到年度指标=100%"),
        id="cleared-on-clearing-row",
    ),
    pytest.param(
        ("零就业家庭动态清零", "100%", "已实现动态清零"),
        ("met", "实际“已实现动态清零”（即100%），达到年度指标=100%"),
        id="cleared-with-verb",
    ),
    # controls
    pytest.param(
        ("资金使用率", "≥90%", "大部分支出"),
        ("unknown", f"实际“大部分支出”{NOT_A_NUMBER}"),
        id="most",
    ),
    pytest.param(
        ("设备使用率", "≥90%", "全部使用"),
        ("unknown", f"实际“全部使用”{NOT_A_NUMBER}"),
        id="not-funds",
    ),
    pytest.param(
        ("零就业家庭帮扶率", "100%", "动态清零"),
        (
            "unknown",
            "实际填写“动态清零”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        ),
        id="not-a-clearing-row",
    ),
]


@pytest.mark.parametrize(("row", "expected"), ALL_OF_IT)
def test_all_of_it_in_words(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


COUNTS_DONE = [
    pytest.param(
        ("危房改造户数", "≥120户", "120户已全部竣工入住"),
        ("met", "实际120户，达到年度指标≥120户"),
        id="done-and-moved-in",
    ),
    pytest.param(
        ("改造户数", "≥120户", "120户，已全部竣工"),
        ("met", "实际120户，达到年度指标≥120户"),
        id="comma",
    ),
    pytest.param(
        ("改造户数", "≥120户", "100户，已全部竣工"),
        ("not_met", "实际100户，未达年度指标≥120户"),
        id="comma-short",
    ),
    pytest.param(
        ("等保测评完成数量", "2个", "2个系统通过等保三级测评"),
        ("met", "实际2个系统，达到年度指标=2个"),
        id="passed-assessment",
    ),
    pytest.param(
        ("等保测评完成数量", "3个", "2个系统通过等保三级测评"),
        ("not_met", "实际2个系统，未达年度指标=3个"),
        id="passed-assessment-short",
    ),
    # controls
    pytest.param(
        ("改造户数", "≥120户", "120户已竣工"),
        ("met", "实际120户，达到年度指标≥120户"),
        id="as-before",
    ),
    pytest.param(
        ("等保测评完成数量", "2个", "2个系统未通过等保三级测评"),
        ("unknown", f"实际“2个系统未通过等保三级测评”{NOT_A_NUMBER}"),
        id="not-passed",
    ),
    pytest.param(
        ("等保测评完成数量", "2个", "2个系统待通过测评"),
        ("unknown", f"实际“2个系统待通过测评”{NOT_A_NUMBER}"),
        id="to-pass",
    ),
    pytest.param(
        ("改造户数", "≥120户", "120户已全部竣工，入住100户"),
        ("unknown", f"实际“120户已全部竣工，入住100户”{NOT_A_NUMBER}"),
        id="second-count",
    ),
]


@pytest.mark.parametrize(("row", "expected"), COUNTS_DONE)
def test_count_then_done(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_count_then_done_tracked() -> None:
    verdict = track_verdict("危房改造户数", "≥120户", "90户", "120户已全部竣工入住")
    assert (verdict.attainment.value, verdict.progress.value) == ("met", "on_track")


KINDS = [
    pytest.param(
        ("救助人次", "≥600人次", "658人次，其中临时救助320人次"),
        ("met", "实际658人次，达到年度指标≥600人次"),
        id="kind-of-relief",
    ),
    pytest.param(
        ("救助人次", "≥600人次", "658人次，其中医疗救助320人次"),
        ("met", "实际658人次，达到年度指标≥600人次"),
        id="kind-of-relief-2",
    ),
    pytest.param(
        ("救助人次", "≥600人次", "558人次，其中临时救助320人次"),
        ("not_met", "实际558人次，未达年度指标≥600人次"),
        id="kind-short",
    ),
    pytest.param(
        ("临时救助人次", "≥300人次", "658人次，其中临时救助320人次"),
        (
            "met",
            "实际320人次（“658人次，其中临时救助320人次”中指标名称所指的数），达到年度指标≥300人次",
        ),
        id="name-names-the-part",
    ),
    # controls
    pytest.param(
        ("救助人次", "≥600人次", "658人次，其中低保对象320人次"),
        ("met", "实际658人次，达到年度指标≥600人次"),
        id="noun-as-before",
    ),
    pytest.param(
        ("救助人次", "≥600人次", "658人次，其中已救助320人次"),
        ("unknown", f"实际“658人次，其中已救助320人次”{NOT_A_NUMBER}"),
        id="status",
    ),
    pytest.param(
        ("救助人次", "≥600人次", "658人次，其中救助320人次"),
        ("unknown", f"实际“658人次，其中救助320人次”{NOT_A_NUMBER}"),
        id="step-first",
    ),
    pytest.param(
        ("救助人次", "≥600人次", "658人次，其中临时救助700人次"),
        ("unknown", f"实际“658人次，其中临时救助700人次”{NOT_A_NUMBER}"),
        id="part-above-whole",
    ),
]


@pytest.mark.parametrize(("row", "expected"), KINDS)
def test_part_of_a_kind(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_part_of_a_kind_tracked() -> None:
    verdict = track_verdict("救助人次", "≥600人次", "450人次", "500人次，其中临时救助200人次")
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "on_track")


RATE_BESIDE = [
    pytest.param(
        ("家庭医生签约人数", "≥3万人", "签约3.12万人，签约率78%"),
        ("met", "实际3.12万人，达到年度指标≥3万人"),
        id="labelled-count",
    ),
    pytest.param(
        ("家庭医生签约人数", "≥3万人", "3.12万人，签约率78%"),
        ("met", "实际3.12万人，达到年度指标≥3万人"),
        id="bare-count",
    ),
    pytest.param(
        ("家庭医生签约人数", "≥3万人", "签约2.8万人，签约率78%"),
        ("not_met", "实际2.8万人，未达年度指标≥3万人"),
        id="short",
    ),
    # controls
    pytest.param(
        ("家庭医生服务人数", "≥3万人", "3.12万人，签约率78%"),
        ("unknown", f"实际“3.12万人，签约率78%”{NOT_A_NUMBER}"),
        id="rate-of-other-work",
    ),
    pytest.param(
        ("家庭医生签约人数", "≥3万人", "3.12万人，签约率78%，续约率60%"),
        ("unknown", f"实际“3.12万人，签约率78%，续约率60%”{NOT_A_NUMBER}"),
        id="two-rates",
    ),
    pytest.param(
        ("家庭医生签约率", "≥70%", "签约3.12万人，签约率78%"),
        (
            "met",
            "实际78%（“签约3.12万人，签约率78%”中指标名称所指的数），达到年度指标≥70%",
        ),
        id="rate-row-as-before",
    ),
]


@pytest.mark.parametrize(("row", "expected"), RATE_BESIDE)
def test_count_beside_its_rate(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


WEAK_RESULTS = [
    pytest.param(("效果", "明显", "一般"), ("not_met", "实际“一般”，未达到“明显”"), id="ordinary"),
    pytest.param(
        ("效果", "显著", "一般"), ("not_met", "实际“一般”，未达到“显著”"), id="ordinary-2"
    ),
    pytest.param(
        ("效果", "效果明显", "一般"), ("not_met", "实际“一般”，未达到“效果明显”"), id="ordinary-3"
    ),
    pytest.param(("效果", "明显", "有限"), ("not_met", "实际“有限”，未达到“明显”"), id="limited"),
    # controls
    pytest.param(
        ("效果", "效果明显", "效果一般"),
        ("not_met", "实际“效果一般”，未达到“效果明显”"),
        id="with-subject-as-before",
    ),
    pytest.param(
        ("效果", "明显", "较明显"),
        ("partial", "实际“较明显”，程度低于年度指标“明显”，部分达成"),
        id="weak-degree-as-before",
    ),
    pytest.param(
        ("效果", "有效", "一般"), ("unknown", "实际“一般”无法与年度指标“有效”对照"), id="effective"
    ),
    pytest.param(
        ("效果", "长期", "一般"), ("unknown", "实际“一般”无法与年度指标“长期”对照"), id="lasting"
    ),
]


@pytest.mark.parametrize(("row", "expected"), WEAK_RESULTS)
def test_weak_result_against_marked_effect(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert self_reading(*row) == expected


# M17 (decision, docs/scoring.md "A plain word against a strong degree is met"): 得到 adds
# nothing, so 得到改善 is the plain 改善, met by the spec's "same family"; a weak degree
# stated (有所改善) is partial.
DEGREES = [
    pytest.param(
        ("人居环境", "明显改善", "得到改善"),
        ("met", "实际“得到改善”，达到“明显改善”（实际未说明“明显”程度）"),
        id="gained-plain",
    ),
    pytest.param(
        ("人居环境", "明显改善", "改善"),
        ("met", "实际“改善”，达到“明显改善”（实际未说明“明显”程度）"),
        id="plain",
    ),
    pytest.param(
        ("环境", "显著改善", "得到改善"),
        ("met", "实际“得到改善”，达到“显著改善”（实际未说明“显著”程度）"),
        id="gained-plain-2",
    ),
    pytest.param(
        ("人居环境", "明显改善", "有所改善"),
        ("partial", "实际“有所改善”，部分达到“明显改善”"),
        id="weak-stated",
    ),
]


@pytest.mark.parametrize(("row", "expected"), DEGREES)
def test_plain_word_against_strong_degree(
    row: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    assert self_reading(*row) == expected
