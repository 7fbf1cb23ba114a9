"""Actuals written as two clauses (k31b).

1. A count and the share of the year's task it is (``1600人次，完成全年任务的80%``): the
   count is the actual, the share its note; a share the count contradicts is said, the
   count decides.
2. A forecast, then the figure done (``预计全年完成120户，目前已完成70户``): the figure
   done is the actual, the forecast its note (in a 跟踪表 too, against the plan).
3. A count started beside the count finished (``已开工100户，竣工85户``): the finished one.
4. An acceptance beside its grade (``已验收，合格``) on a 合格率 row: as ``验收合格``, 100%;
   ``已验收，基本合格`` is partial, never done.
"""

from __future__ import annotations

import pytest

from perftrack import parse_value
from perftrack.expressions import Status, StatusValue
from probe_tables import self_reading, track_verdict

_CLASH = "实际完成值所填“{}”与1600人次为年度指标2000人次的80%不符，按1600人次判断；"

# name | target | actual → attainment, explanation in a 2025 自评表
SELF_CASES = [
    # 1. a count and its share of the year's task
    pytest.param(
        ("培训人次", "≥2000人次", "1600人次，完成全年任务的80%"),
        ("not_met", "实际1600人次，未达年度指标≥2000人次"),
        id="count-then-share-of-year-task",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1600人次，完成全年计划任务的80%"),
        ("not_met", "实际1600人次，未达年度指标≥2000人次"),
        id="count-then-share-of-year-plan-task",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "2100人次，完成年度目标的105%"),
        ("met", "实际2100人次，达到年度指标≥2000人次"),
        id="count-then-share-over-100",
    ),
    pytest.param(
        ("培训人次", "≥3000人次", "1000人次，完成全年任务的33.3%"),
        ("not_met", "实际1000人次，未达年度指标≥3000人次"),
        id="share-rounded-agrees",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1600人次，完成全年任务的90%"),
        (
            "not_met",
            _CLASH.format("完成全年任务的90%") + "实际1600人次，未达年度指标≥2000人次",
        ),
        id="share-contradicts-count",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1600人次（完成率90%）"),
        ("not_met", _CLASH.format("完成率90%") + "实际1600人次，未达年度指标≥2000人次"),
        id="bracketed-rate-contradicts-count",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "完成全年任务的80%"),
        # the share as that part of the target, not met (score57 F2): it was partial
        (
            "not_met",
            "实际“完成全年任务的80%”（按年度指标的80%计为1600人次），未达年度指标≥2000人次",
        ),
        id="share-alone-as-before",
    ),
    # 2. a forecast, then the figure done
    pytest.param(
        ("危房改造户数", "≥120户", "预计全年完成120户，目前已完成70户"),
        ("not_met", "实际70户，未达年度指标≥120户"),
        id="forecast-then-done",
    ),
    pytest.param(
        ("危房改造户数", "≥120户", "预计全年完成120户，目前已完成120户"),
        ("met", "实际120户，达到年度指标≥120户"),
        id="forecast-then-done-met",
    ),
    pytest.param(
        ("危房改造户数", "≥120户", "计划完成120户，实际完成70户"),
        ("not_met", "实际70户，未达年度指标≥120户"),
        id="plan-then-done",
    ),
    pytest.param(
        ("危房改造户数", "≥120户", "预计全年完成120户，目前正在施工70户"),
        (
            "unknown",
            "实际“预计全年完成120户，目前正在施工70户”不是数值，无法与年度指标比较",
        ),
        id="forecast-then-under-way-stays-text",
    ),
    # 3. started beside finished
    pytest.param(
        ("危房改造", "≥120户", "已开工100户，竣工85户"),
        ("not_met", "实际85户，未达年度指标≥120户"),
        id="started-then-finished",
    ),
    pytest.param(
        ("危房改造", "≥120户", "竣工85户，已开工100户"),
        ("not_met", "实际85户，未达年度指标≥120户"),
        id="finished-then-started",
    ),
    pytest.param(
        ("危房改造", "≥120户", "已开工100户，完成改造85户"),
        ("not_met", "实际85户，未达年度指标≥120户"),
        id="started-then-works-done",
    ),
    pytest.param(
        ("危房改造", "≥120户", "已开工120户，其中竣工85户"),
        ("not_met", "实际85户，未达年度指标≥120户"),
        id="started-then-finished-of-them",
    ),
    pytest.param(
        ("危房改造", "≥120户", "已开工120户，85户已竣工"),
        ("not_met", "实际85户，未达年度指标≥120户"),
        id="started-then-count-finished",
    ),
    pytest.param(
        ("危房改造", "≥120户", "开工120户，完工120户"),
        ("met", "实际120户，达到年度指标≥120户"),
        id="all-started-all-finished",
    ),
    pytest.param(
        ("危房改造", "≥120户", "已开工80户，竣工85户"),
        ("unknown", "实际“已开工80户，竣工85户”不是数值，无法与年度指标比较"),
        id="more-finished-than-started-stays-text",
    ),
    pytest.param(
        ("危房改造", "≥120户", "已开工120户"),
        (
            "unknown",
            "实际“已开工120户”为开工的数量，不是完成数，是否达到年度指标≥120户需人工判断",
        ),
        id="started-alone-as-before",
    ),
    pytest.param(
        ("危房改造", "≥120户", "已开工120户，预计明年3月竣工"),
        (
            "unknown",
            (
                "实际“已开工120户（预计明年3月竣工）”为开工的数量，不是完成数，"
                "是否达到年度指标≥120户需人工判断"
            ),
        ),
        id="started-then-date-of-finish-as-before",
    ),
    # 4. acceptance beside its grade
    pytest.param(
        ("项目验收合格率", "100%", "已验收，合格"),
        ("met", "实际“已验收，合格”，即全部合格，视为100%，达到年度指标=100%"),
        id="accepted-then-passed",
    ),
    pytest.param(
        ("项目验收合格率", "100%", "合格，已验收"),
        ("met", "实际“合格，已验收”，即全部合格，视为100%，达到年度指标=100%"),
        id="passed-then-accepted",
    ),
    pytest.param(
        ("项目验收合格率", "100%", "已验收，全部合格"),
        ("met", "实际“已验收，全部合格”，即全部合格，视为100%，达到年度指标=100%"),
        id="accepted-then-all-passed",
    ),
    pytest.param(
        ("项目验收合格率", "100%", "验收合格，已完成"),
        ("met", "实际“验收合格，已完成”，即全部合格，视为100%，达到年度指标=100%"),
        id="passed-acceptance-then-done",
    ),
    pytest.param(
        ("项目验收合格率", "100%", "验收合格"),
        ("met", "实际“验收合格”，即全部合格，视为100%，达到年度指标=100%"),
        id="passed-acceptance-as-before",
    ),
    pytest.param(
        ("项目验收合格率", "100%", "已验收，基本合格"),
        ("partial", "实际“已验收，基本合格”，未全部合格，部分达到年度指标=100%"),
        id="accepted-then-partly-passed",
    ),
    pytest.param(
        ("工程质量", "合格", "已验收，基本合格"),
        ("partial", "实际“已验收，基本合格”，部分达到“合格”"),
        id="accepted-then-partly-passed-on-grade",
    ),
    pytest.param(
        ("项目验收合格率", "100%", "已验收"),
        ("met", "实际“已验收”，已完成"),
        id="accepted-alone-as-before",
    ),
    pytest.param(
        ("工程建设", "完成建设", "已验收，合格"),
        ("met", "实际“已验收，合格”，已完成"),
        id="accepted-then-passed-on-words-as-before",
    ),
]


@pytest.mark.parametrize(("cells", "expected"), SELF_CASES)
def test_self_evaluation(cells: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*cells) == expected


# name | target | plan | actual → progress, attainment, explanation in a 1-9月 跟踪表
TRACK_CASES = [
    pytest.param(
        ("危房改造户数", "≥120户", "90户", "预计全年完成120户，目前已完成70户"),
        (
            "behind",
            "pending",
            "实际70户，未达年度指标≥120户，距年底尚有时间；实际70户落后于计划90户",
        ),
        id="forecast-then-done-behind-plan",
    ),
    pytest.param(
        ("危房改造", "≥120户", "90户", "已开工100户，竣工85户"),
        (
            "behind",
            "pending",
            "实际85户，未达年度指标≥120户，距年底尚有时间；实际85户落后于计划90户",
        ),
        id="started-then-finished-behind-plan",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1500人次", "1600人次，完成全年任务的80%"),
        ("on_track", "pending", "实际1600人次，未达年度指标≥2000人次，距年底尚有时间"),
        id="count-then-share-on-track",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1500人次", "1600人次，完成率106.7%"),
        ("on_track", "pending", "实际1600人次，未达年度指标≥2000人次，距年底尚有时间"),
        id="rate-of-the-plan-agrees",
    ),
    pytest.param(
        ("培训人次", "≥2000人次", "1500人次", "1600人次，完成率90%"),
        (
            "on_track",
            "pending",
            _CLASH.format("完成率90%") + "实际1600人次，未达年度指标≥2000人次，距年底尚有时间",
        ),
        id="rate-of-neither-contradicts",
    ),
    pytest.param(
        ("项目验收合格率", "100%", "100%", "已验收，合格"),
        ("on_track", "met", "实际“已验收，合格”，即全部合格，视为100%，达到年度指标=100%"),
        id="accepted-then-passed-tracked",
    ),
]


@pytest.mark.parametrize(("cells", "expected"), TRACK_CASES)
def test_tracking(cells: tuple[str, str, str, str], expected: tuple[str, str, str]) -> None:
    verdict = track_verdict(*cells)
    assert verdict.progress is not None
    assert (verdict.progress.value, verdict.attainment.value, verdict.explanation) == expected


def test_partly_passed_acceptance_is_partial() -> None:
    value = parse_value("已验收，基本合格")
    assert value == StatusValue(Status.PARTIAL, "已验收,基本合格")
    assert value.text == "已验收，基本合格"


def test_passed_acceptance_keeps_its_text() -> None:
    value = parse_value("已验收，合格")
    assert isinstance(value, StatusValue)
    assert value.status is Status.DONE
    assert value.text == "已验收，合格"
