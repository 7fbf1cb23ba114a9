"""What the audit regress31 found, fixed.

A restated target whose figures contradict it is not met; a status restated with a note
of a stoppage or a delay is not on track.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import YEAR, finding_ids, indicator, score_one, verdict_of

END = (YEAR, 1, YEAR, 12)
AUG = (YEAR, 1, YEAR, 8)


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        pytest.param("优于全省平均水平（96%低于全省97.1%）", "unknown", id="below-said"),
        pytest.param("优于全省平均水平（本县96%，全省97.1%）", "unknown", id="own-below-cited"),
        pytest.param("96%，优于全省平均水平（97.1%）", "unknown", id="clause-below-cited"),
        pytest.param("优于全省平均水平（本县98%，全省97.1%）", "met", id="own-above-cited"),
        pytest.param("97.8%，优于全省平均水平（97.1%）", "met", id="clause-above-cited"),
        pytest.param("优于全省平均水平（97.1%）", "met", id="cited-only"),
    ],
)
def test_restated_target_figures_must_agree(actual: str, attainment: str) -> None:
    row = indicator("抽检合格率", "优于全省平均水平", actual, level2="质量指标")
    verdict = verdict_of(row, period=END, kind=TableKind.SELF_EVALUATION)
    assert verdict.attainment.value == attainment


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        # on a harm 优于 is lower
        pytest.param("优于全省平均水平（本县0.3%，全省0.5%）", "met", id="harm-lower"),
        pytest.param("优于全省平均水平（本县0.6%，全省0.5%）", "unknown", id="harm-higher"),
    ],
)
def test_restated_better_on_a_harm(actual: str, attainment: str) -> None:
    row = indicator("群众投诉率", "优于全省平均水平", actual, level2="质量指标")
    verdict = verdict_of(row, period=END, kind=TableKind.SELF_EVALUATION)
    assert verdict.attainment.value == attainment


@pytest.mark.parametrize(
    ("actual", "progress", "explanation"),
    [
        pytest.param(
            "施工中（已停工）",
            "behind",
            "实际“施工中（已停工）”，截止日期2023-11-30未到；"
            "实际“施工中（已停工）”注明“停工”，进度落后于计划“施工中”",
            id="stopped",
        ),
        pytest.param(
            "施工中（因资金未到位暂停）",
            "behind",
            "实际“施工中（因资金未到位暂停）”，截止日期2023-11-30未到；"
            "实际“施工中（因资金未到位暂停）”注明“未到位”，进度落后于计划“施工中”",
            id="paused",
        ),
        pytest.param(
            "施工中（预计2024年3月完工）",
            "behind",
            "实际“施工中（预计2024年3月完工）”，截止日期2023-11-30未到；"
            "实际“施工中（预计2024年3月完工）”注明“2024年3月”，进度落后于计划“施工中”",
            id="forecast-past-due",
        ),
        pytest.param(
            "施工中（预计2023年10月底完工）",
            "on_track",
            "实际“施工中（预计2023年10月底完工）”，截止日期2023-11-30未到",
            id="forecast-in-time",
        ),
    ],
)
def test_same_status_with_a_note_against_it(actual: str, progress: str, explanation: str) -> None:
    row = indicator("全部完工时间", "2023年11月30日前", actual, "施工中", level2="时效指标")
    verdict = verdict_of(row, period=AUG)
    assert (verdict.progress.value, verdict.explanation) == (progress, explanation)


@pytest.mark.parametrize(
    ("name", "target", "planned", "expected"),
    [
        pytest.param(
            "空气质量优良天数比例",
            "≥75",
            "75%",
            (
                "unknown",
                "unknown",
                "实际填写“无”，未填报比例，不能按0%与年度指标≥75比较，需人工判断",
                False,
            ),
            id="bare-share",
        ),
        pytest.param(
            "培训人数",
            "≥500人",
            "300人",
            (
                "pending",
                "behind",
                "实际0人，未达年度指标≥500人，距年底尚有时间；实际0人落后于计划300人",
                True,
            ),
            id="count",
        ),
    ],
)
def test_none_is_zero_only_on_a_count(
    name: str, target: str, planned: str, expected: tuple[str, str, str, bool]
) -> None:
    card = score_one(indicator(name, target, "无", planned, level2="质量指标"), period=AUG)
    verdict = card.verdicts[0]
    assert (
        verdict.attainment.value,
        verdict.progress.value,
        verdict.explanation,
        "missing-deviation-reason" in finding_ids(card),
    ) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "安全生产事故",
            "0起",
            "未发生重大事故",
            (
                "unknown",
                (
                    "实际“未发生重大事故”只说明没有“重大事故”，不等于“安全生产事故”为0，"
                    "是否达到年度指标=0起需人工判断"
                ),
            ),
            id="narrower",
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "未发现安全隐患",
            (
                "unknown",
                (
                    "实际“未发现安全隐患”只说明没有“安全隐患”，不等于“安全生产事故”为0，"
                    "是否达到年度指标=0起需人工判断"
                ),
            ),
            id="another-event",
        ),
        pytest.param(
            "违规违纪问题",
            "≤2个",
            "未发现重大问题",
            (
                "unknown",
                (
                    "实际“未发现重大问题”只说明没有“重大问题”，不等于“违规违纪问题”为0，"
                    "是否达到年度指标≤2个需人工判断"
                ),
            ),
            id="narrower-under-ceiling",
        ),
        pytest.param(
            "安全生产事故", "0起", "未发生安全事故", ("met", "实际0起，达到年度指标=0起"), id="same"
        ),
        pytest.param(
            "安全生产事故",
            "0起",
            "未发生一般及以上事故",
            ("met", "实际0起，达到年度指标=0起"),
            id="wider",
        ),
        pytest.param(
            "重大安全事故",
            "0起",
            "未发生安全事故",
            ("met", "实际0起，达到年度指标=0起"),
            id="wider-2",
        ),
        pytest.param(
            "投诉次数", "≤5次", "未收到投诉", ("met", "实际0次，达到年度指标≤5次"), id="same-count"
        ),
    ],
)
def test_none_of_another_event_is_not_zero(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    verdict = verdict_of(
        indicator(name, target, actual, level2="质量指标"),
        period=END,
        kind=TableKind.SELF_EVALUATION,
    )
    assert (verdict.attainment.value, verdict.explanation) == expected


def test_none_of_a_narrower_event_is_not_on_track() -> None:
    verdict = verdict_of(indicator("安全生产事故", "0起", "无重大事故", "0起"), period=AUG)
    assert (verdict.attainment.value, verdict.progress.value) == ("unknown", "unknown")


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "每季度1次，上半年2次",
            ("unknown", "实际“每季度1次，上半年2次”不是数值，无法与年度指标比较"),
            id="half-year",
        ),
        pytest.param(
            "每季度1次，1-9月3次",
            ("unknown", "实际“每季度1次，1-9月3次”不是数值，无法与年度指标比较"),
            id="months",
        ),
        pytest.param(
            "每季度1次，全年2次",
            ("not_met", "“每季度1次”全年计=4次；实际2次，未达年度指标=4次"),
            id="year",
        ),
    ],
)
def test_restated_count_of_a_part_of_the_year(actual: str, expected: tuple[str, str]) -> None:
    verdict = verdict_of(
        indicator("抽检信息公布", "每季度1次", actual, level2="质量指标"),
        period=END,
        kind=TableKind.SELF_EVALUATION,
    )
    assert (verdict.attainment.value, verdict.explanation) == expected


_TRACKING_WITH_NOTE = """财政项目支出绩效跟踪表
跟踪时段：（ 2023-1月 至 2023-8月 ）
项目名称\t社区养老服务设施改造
主管部门\t区民政局\t\t实施单位\t区养老服务指导中心
预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t\t300\t200\t120\t60.00
年度总体目标\t预期目标\t\t\t跟踪期实际完成情况
\t完成10个社区养老设施改造\t\t\t已完成6个
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析
绩效指标\t产出指标\t数量指标\t改造设施数量\t≥10个\t6个\t6个\t
纠偏措施\t\t加快施工进度
说明\t二季度受汛期影响，部分设施施工推迟。
"""
_NOTE = "二季度受汛期影响，部分设施施工推迟。"


@pytest.mark.parametrize(
    ("tail", "notes"),
    [
        # a closing line is a note of its own (落款), never the note's text (regress32)
        pytest.param("2023年9月10日", [_NOTE, "2023年9月10日"], id="date"),
        pytest.param("2023.9.10", [_NOTE, "2023.9.10"], id="dotted-date"),
        pytest.param("区民政局", [_NOTE, "区民政局"], id="unit"),
        pytest.param(
            "区养老服务指导中心（盖章）", [_NOTE, "区养老服务指导中心（盖章）"], id="unit-sealed"
        ),
        pytest.param("负责人签字", [_NOTE, "负责人签字"], id="signature"),
        # a short line may be the note's own (进度滞后): it goes on, a bare name too
        pytest.param("进度滞后", [f"{_NOTE} 进度滞后"], id="short-line"),
        pytest.param("张三", [f"{_NOTE} 张三"], id="bare-name"),
        pytest.param("2.已督促施工方加派人手。", [f"{_NOTE} 2.已督促施工方加派人手。"], id="item"),
        pytest.param(
            "三季度已恢复施工，预计10月完工。",
            [f"{_NOTE} 三季度已恢复施工，预计10月完工。"],
            id="sentence",
        ),
    ],
)
def test_note_continuation_stops_at_closing_lines(tail: str, notes: list[str]) -> None:
    [table] = perftrack.read_text(_TRACKING_WITH_NOTE + tail + "\n", format="text")
    assert [note.text for note in table.notes] == notes
    # with its 纠偏措施 left empty, a closing line is not taken for the measures
    empty = _TRACKING_WITH_NOTE.replace("纠偏措施\t\t加快施工进度", "纠偏措施\t\t")
    [table] = perftrack.read_text(empty + tail + "\n", format="text")
    assert table.corrective_measures == ""


_LONE_PART = """财政项目支出绩效跟踪表
跟踪时段：（ 2023-1月 至 2023-8月 ）
项目名称\t老旧小区改造
主管部门\t区住建委\t\t实施单位\t区房屋管理中心
预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t\t10000\t8000\t6000\t75.00
\t其中：专项债券资金\t\t{part}\t{rate}
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析
绩效指标\t产出指标\t数量指标\t改造小区数量\t≥20个\t14个\t12个\t施工进度滞后
"""


@pytest.mark.parametrize(
    ("part", "rate", "messages"),
    [
        pytest.param(
            "6000\t5000\t6500", "130.00", ["执行数各项合计6500与总额6000不符"], id="one-over"
        ),
        pytest.param("6000\t5000\t4000", "80.00", [], id="all-below"),
        pytest.param(
            "12000\t9000\t7000",
            "77.78",
            [
                (
                    "年初预算数各项合计12000与总额10000不符，跟踪期预算数各项合计9000与总额8000不符，"
                    "执行数各项合计7000与总额6000不符"
                )
            ],
            id="all-over",
        ),
    ],
)
def test_lone_part_names_only_the_wrong_columns(part: str, rate: str, messages: list[str]) -> None:
    [table] = perftrack.read_text(_LONE_PART.format(part=part, rate=rate), format="text")
    card = score(table)
    assert [f.message for f in card.findings if f.id == "budget-sum-mismatch"] == messages


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(
            "能耗成本",
            "较上年下降3%",
            ("met", "实际较上年下降3%，达到年度指标优于上年"),
            id="cost-falls",
        ),
        pytest.param(
            "能耗成本",
            "较上年增长3%",
            ("not_met", "实际较上年增长3%，超出年度指标优于上年"),
            id="cost-rises",
        ),
        pytest.param(
            "服务人次",
            "较上年增长3%",
            ("met", "实际较上年增长3%，达到年度指标优于上年"),
            id="output-rises",
        ),
    ],
)
def test_better_than_last_year_on_a_cost_is_a_fall(
    name: str, actual: str, expected: tuple[str, str]
) -> None:
    verdict = verdict_of(
        indicator(name, "优于上年", actual, level2="成本指标" if "成本" in name else "数量指标"),
        period=END,
        kind=TableKind.SELF_EVALUATION,
    )
    assert (verdict.attainment.value, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        pytest.param(
            "施工中（完成30%，滞后于计划）",
            (
                "pending",
                "behind",
                (
                    "实际“施工中（完成30%，滞后于计划）”，截止日期2023-11-30未到；"
                    "实际“施工中（完成30%，滞后于计划）”注明“滞后”，进度落后于计划“施工中”"
                ),
            ),
            id="share-done-late",
        ),
        pytest.param(
            "施工中（进度滞后）",
            (
                "pending",
                "behind",
                (
                    "实际“施工中（进度滞后）”，截止日期2023-11-30未到；"
                    "实际“施工中（进度滞后）”注明“滞后”，进度落后于计划“施工中”"
                ),
            ),
            id="late",
        ),
    ],
)
def test_part_done_late_before_the_due_date(actual: str, expected: tuple[str, str, str]) -> None:
    row = indicator("全部完工时间", "2023年11月30日前", actual, "施工中", level2="时效指标")
    verdict = verdict_of(row, period=AUG)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("name", "actual", "attainment"),
    [
        # regress32 M5: a degree spelled otherwise, or a wider one, is none of the row's
        pytest.param("较大及以上安全事故起数", "未发生较大以上安全事故", "met", id="ji-spelling"),
        pytest.param("重大事故起数", "无重特大事故", "met", id="wider-degree"),
        pytest.param("安全生产事故起数", "无重大事故", "unknown", id="narrower-degree"),
    ],
)
def test_none_of_an_event_by_its_degree(name: str, actual: str, attainment: str) -> None:
    row = indicator(name, "0起", actual, level2="安全指标")
    verdict = verdict_of(row, period=END, kind=TableKind.SELF_EVALUATION)
    assert verdict.attainment.value == attainment


def test_a_sum_of_times_over_the_limit_is_missed() -> None:
    # regress33 (undoing a regress32 change): a sum only grows, so 累计360小时 over a
    # limit of 48 hours cannot come back before the year's end: not met, never pending
    verdict = verdict_of(indicator("维修处理时长", "≤48小时", "累计360小时"))
    assert verdict.attainment.value == "not_met"


@pytest.mark.parametrize(
    ("tail", "notes"),
    [
        # regress33: a fragment of a sentence ending like a unit goes on with the note
        pytest.param("资金已拨付至各乡镇", [f"{_NOTE} 资金已拨付至各乡镇"], id="fragment"),
        pytest.param("由区住建局", [f"{_NOTE} 由区住建局"], id="fragment-by"),
        # every closing line is a 落款, none the value of an empty 纠偏措施
        pytest.param(
            "区民政局\n负责人签字\n2023年9月10日",
            [_NOTE, "区民政局", "负责人签字", "2023年9月10日"],
            id="three-closing-lines",
        ),
    ],
)
def test_closing_lines_and_fragments(tail: str, notes: list[str]) -> None:
    empty = _TRACKING_WITH_NOTE.replace("纠偏措施\t\t加快施工进度", "纠偏措施\t\t")
    [table] = perftrack.read_text(empty + tail + "\n", format="text")
    assert [note.text for note in table.notes] == notes
    assert table.corrective_measures == ""
