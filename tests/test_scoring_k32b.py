"""k32b: qualitative word verdicts (scoring.md §3, rule 5 and the word families).

(a) one ordered scale of the size of a change (显著 = 明显 = 大幅 > 较明显 = 较显著 = 较大 >
有所 = 一定 = 略有): a weaker degree against a stronger target is partial, the same or a
stronger one met, and the prose forms the parser leaves as text (较明显提升, 有较大提升,
提升较明显) are read on it; (b) a step said done with a clause that it still needs work
(已建立，尚需完善) reaches part of a target that asks more than the step; (c) a verdict clause
after the check that led to it (已验收，不合格) decides; (d) no failure said (未出现故障,
运行正常) is the stability a target of 稳定 asks, no accident the safety of 安全.

Each row is one 产出/数量 row of the probe 2025 自评表 (at the year's end), or of the probe
2025 跟踪表 of January to September.
"""

from __future__ import annotations

import pytest

from perftrack import vocabulary
from probe_tables import self_reading, track_verdict

# (a) the scale of a change's size: target, actual, attainment, explanation.
SCALE = [
    ("显著提升", "较明显提升", "partial", "实际“较明显提升”，部分达到“显著提升”"),
    ("明显提升", "较明显提升", "partial", "实际“较明显提升”，部分达到“明显提升”"),
    ("明显提升", "较大提升", "partial", "实际“较大提升”，部分达到“明显提升”"),
    ("显著提升", "有较大提升", "partial", "实际“有较大提升”，部分达到“显著提升”"),
    ("显著提升", "提升较明显", "partial", "实际“提升较明显”，部分达到“显著提升”"),
    ("显著提升", "较大幅度提升", "partial", "实际“较大幅度提升”，部分达到“显著提升”"),
    ("明显改善", "较明显改善", "partial", "实际“较明显改善”，部分达到“明显改善”"),
    ("明显提升", "有所提升", "partial", "实际“有所提升”，部分达到“明显提升”"),
    ("显著提升", "明显提升", "met", "实际“明显提升”，达到“显著提升”"),
    ("显著提升", "大幅度提升", "met", "实际“大幅度提升”，达到“显著提升”"),
    ("显著提升", "有了明显的提升", "met", "实际“有了明显的提升”，达到“显著提升”"),
    ("较大提升", "较明显提升", "met", "实际“较明显提升”，达到“较大提升”"),
    ("有所提升", "较明显提升", "met", "实际“较明显提升”，达到“有所提升”"),
    ("提升", "有较大提升", "met", "实际“有较大提升”，达到“提升”"),
    ("有所提升", "略有提升", "met", "实际“略有提升”，达到“有所提升”"),
    # a degree off the scale (none, 进一步) neither falls short nor asks more
    ("显著提升", "提升", "met", "实际“提升”，达到“显著提升”（实际未说明“显著”程度）"),
    ("进一步提升", "较明显提升", "met", "实际“较明显提升”，达到“进一步提升”"),
    # a target the parser leaves as prose, read on the scale
    ("较明显提升", "有所提升", "partial", "实际“有所提升”，部分达到“较明显提升”"),
    ("较明显提升", "明显改善", "met", "实际“明显改善”，达到“较明显提升”"),
    ("较明显提升", "较大提升", "met", "实际“较大提升”，达到“较明显提升”"),
    ("较明显降低", "有所降低", "partial", "实际“有所降低”，部分达到“较明显降低”"),
    ("较明显降低", "较明显下降", "met", "实际“较明显下降”，达到“较明显降低”"),
    # the other way is missed, whatever its degree
    ("明显提升", "较大幅度下降", "not_met", "实际“较大幅度下降”，未达到“明显提升”"),
    ("较明显提升", "有所下降", "not_met", "实际“有所下降”，未达到“较明显提升”"),
    ("较明显提升", "提升不明显", "not_met", "实际“提升不明显”，未达到“较明显提升”"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), SCALE)
def test_change_scale(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert self_reading("服务水平", target, actual) == (attainment, explanation)


def test_change_scale_ranks() -> None:
    ranks = vocabulary.CHANGE_DEGREE_RANKS
    assert [ranks[word] for word in ("显著", "明显", "大幅", "较明显", "较大", "有所", "略有")] == [
        3,
        3,
        3,
        2,
        2,
        1,
        1,
    ]
    assert "进一步" not in ranks
    assert "稳步" not in ranks


# (b) a step said done, then a clause that it still needs work.
MORE_TO_DO = [
    (
        "建立健全",
        "已建立，尚需完善",
        "partial",
        "实际“已建立，尚需完善”：已建立，但注明“尚需完善”，部分达到“建立健全”",
    ),
    (
        "健全",
        "已建立，有待完善",
        "partial",
        "实际“已建立，有待完善”：已建立，但注明“有待完善”，部分达到“健全”",
    ),
    (
        "完善",
        "已建立，但仍需进一步加强",
        "partial",
        "实际“已建立，但仍需进一步加强”：已建立，但注明“仍需进一步加强”，部分达到“完善”",
    ),
    (
        "建立健全",
        "已建立，尚不完善",
        "partial",
        "实际“已建立，尚不完善”：已建立，但注明“尚不完善”，部分达到“建立健全”",
    ),
    (
        "建立健全",
        "已建立，待完善",
        "partial",
        "实际“已建立，待完善”：已建立，但注明“待完善”，部分达到“建立健全”",
    ),
    (
        "建立健全",
        "基本建立，尚需完善",
        "partial",
        "实际“基本建立，尚需完善”：基本建立，但注明“尚需完善”，部分达到“建立健全”",
    ),
    # a target of the step alone: the work still to do is beyond it
    (
        "建立",
        "已建立，尚需完善",
        "met",
        "实际“已建立，尚需完善”，达到“建立”（“尚需完善”为年度指标以外的后续工作）",
    ),
    (
        "开展培训",
        "已开展，仍需加强",
        "met",
        "实际“已开展，仍需加强”，达到“开展培训”（“仍需加强”为年度指标以外的后续工作）",
    ),
    # work under way after the step (正在完善) is read as before: met
    ("建立健全", "已建立，正在完善", "met", "实际“已建立，正在完善”，达到“健全”"),
    # a step the target does not name, or a change and no step: left as they were
    ("提升", "已开展，仍需加强", "unknown", "实际“已开展，仍需加强”无法与年度指标“提升”对照"),
    ("按时完成", "已完成，尚需完善", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    ("稳定", "已完成，尚需完善", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), MORE_TO_DO)
def test_more_to_do(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert self_reading("管理制度", target, actual) == (attainment, explanation)


# (c) a verdict clause after the check decides.
VERDICT = [
    ("合格", "已验收，不合格", "not_met", "实际“已验收，不合格”，未达到“合格”"),
    ("合格", "已完成验收，验收不合格", "not_met", "实际“已完成验收，验收不合格”，未达到“合格”"),
    ("达标", "经检测，不达标", "not_met", "实际“经检测，不达标”，未达到“达标”"),
    ("合格", "验收不合格", "not_met", "实际“验收不合格”，未达到“合格”"),
    ("检测合格", "已验收，不合格", "not_met", "实际“已验收，不合格”，未达到“合格”"),
    ("合格", "检测达标", "met", "实际“检测达标”，达到“合格”"),
    ("合格", "已验收，基本合格", "partial", "实际“已验收，基本合格”，部分达到“合格”"),
    ("合格", "已验收，合格", "met", "实际“已验收，合格”，达到“合格”"),
    # the grade said, not the check done: 合格 is below 优良 (it was met as 已验收)
    ("优良", "已验收，合格", "not_met", "实际“已验收，合格”低于“优良”"),
    ("优良", "经评定，优良", "met", "实际“经评定，优良”，达到“优良”"),
    # a clause before the verdict that is no check: left as it was
    ("合格", "已完工，正在验收", "partial", "实际“已完工，正在验收”，部分完成"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), VERDICT)
def test_verdict_clause(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert self_reading("工程质量", target, actual) == (attainment, explanation)


STEADY = "无故障或运行正常，即运行稳定"
SAFE = "未发生事故，即运行安全"

# (d) no failure, no accident, against a target of steady or safe running.
RUNNING = [
    ("稳定", "未出现故障", "met", f"实际“未出现故障”，{STEADY}，达到年度指标“稳定”"),
    ("稳定", "无故障", "met", f"实际“无故障”，{STEADY}，达到年度指标“稳定”"),
    ("稳定", "运行正常", "met", f"实际“运行正常”，{STEADY}，达到年度指标“稳定”"),
    ("运行稳定", "零故障", "met", f"实际“零故障”，{STEADY}，达到年度指标“运行稳定”"),
    (
        "设备运行稳定",
        "未出现故障，运行正常",
        "met",
        f"实际“未出现故障，运行正常”，{STEADY}，达到年度指标“设备运行稳定”",
    ),
    ("正常运行", "设备运行正常", "met", f"实际“设备运行正常”，{STEADY}，达到年度指标“正常运行”"),
    ("安全", "未发生安全事故", "met", f"实际“未发生安全事故”，{SAFE}，达到年度指标“安全”"),
    (
        "安全稳定运行",
        "未发生安全事故，设备运行正常",
        "met",
        f"实际“未发生安全事故，设备运行正常”，{SAFE}；{STEADY}，达到年度指标“安全稳定运行”",
    ),
    # each thing asked must be said; a graded failure leaves lesser ones open; a failure
    # said, or efficiency asked, is for a reviewer
    ("安全稳定运行", "未出现故障", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    ("稳定", "未发生安全事故", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    ("稳定", "未出现重大故障", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    ("稳定", "运行正常，但出现故障2次", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
    ("高效运行", "未出现故障", "unknown", "年度指标为文字描述，实际完成情况需人工判断"),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), RUNNING)
def test_steady_running(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert self_reading("设备运行", target, actual) == (attainment, explanation)


# Before the year's end in a 跟踪表: a verdict of failure can still be put right (pending).
TRACKED = [
    (
        "工程质量",
        "合格",
        "已验收，不合格",
        "pending",
        (
            "实际“已验收，不合格”与年度指标“合格”相反，距年底尚有时间；"
            "实际“已验收，不合格”未达到计划“合格”"
        ),
    ),
    ("设备运行", "稳定", "未出现故障", "met", f"实际“未出现故障”，{STEADY}，达到年度指标“稳定”"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), TRACKED)
def test_tracked(name: str, target: str, actual: str, attainment: str, explanation: str) -> None:
    verdict = track_verdict(name, target, target, actual)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
