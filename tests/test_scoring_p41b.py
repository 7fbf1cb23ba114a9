"""Verdicts of 污水管网, 计量与标准化 and 政务服务 rows (parse41, p41b).

- H6: a count then a closing clause with no figure (``布设自助终端186台，覆盖全部乡镇（街道）``)
  or a further count still under way (``新建改造管网42.3km，另2.8km完成主体``,
  ``发布地方标准4项，另有2项已报批``) is the count, the clause its note: the part under
  way is not added.

Each case is a probe row and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_verdict

TRACK_HEAD = [
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2025-1月 至 2025-9月 ）",
    "项目名称\t探针专项资金",
    "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
    "\t年度资金总额\t100\t75\t74\t98.67",
    "年度总体目标\t预期目标\t\t跟踪期实际完成情况",
    "\t完成年度工作任务。\t\t按序时推进。",
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
]
TRACK_TAIL = [
    "绩效跟踪总体判断\t年度项目预算完成可能性\t确定能完成",
    "\t年度绩效目标完成可能性\t确定能完成",
]


def track_verdict(name: str, target: str, plan: str, actual: str) -> perftrack.Verdict:
    """The verdict of one row of a 1-9月 跟踪表."""
    row = f"产出指标\t数量指标\t{name}\t{target}\t{plan}\t{actual}\t"
    lines = [*TRACK_HEAD, row, *TRACK_TAIL]
    return perftrack.score(perftrack.read_text("\n".join(lines))[0]).verdicts[0]


def _verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    verdict = self_verdict(name, target, actual)
    return verdict.attainment.value, verdict.explanation


# ---------------------------------------------------------------------------
# H6: a count then a closing clause


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "自助服务终端",
            "≥200台",
            "布设自助终端186台，覆盖全部乡镇（街道）",
            ("not_met", "实际186台，未达年度指标≥200台"),
            id="coverage-bracket",
        ),
        pytest.param(
            "自助服务终端",
            "≥200台",
            "布设自助终端186台，覆盖全部乡镇",
            ("not_met", "实际186台，未达年度指标≥200台"),
            id="coverage",
        ),
        pytest.param(
            "自助服务终端",
            "≥180台",
            "布设自助终端186台，覆盖全部乡镇",
            ("met", "实际186台，达到年度指标≥180台"),
            id="coverage-met",
        ),
        pytest.param(
            "新建改造污水管网",
            "≥45公里",
            "新建改造管网42.3km，另2.8km完成主体",
            ("not_met", "实际42.3km，未达年度指标≥45公里"),
            id="pipes-main-done",
        ),
        pytest.param(
            "新建改造污水管网",
            "≥45公里",
            "新建改造管网42.3公里，另有2.8公里正在施工",
            ("not_met", "实际42.3公里，未达年度指标≥45公里"),
            id="pipes-building",
        ),
        pytest.param(
            "主导制修订标准",
            "≥5项",
            "发布地方标准4项，另有2项已报批",
            ("not_met", "实际4项，未达年度指标≥5项"),
            id="standards-submitted",
        ),
        pytest.param(
            "主导制修订标准",
            "≥5项",
            "发布地方标准4项，另2项正在制定",
            ("not_met", "实际4项，未达年度指标≥5项"),
            id="standards-drafting",
        ),
        # near misses: a further part in another unit, or a further part done, stays text
        pytest.param(
            "新建改造污水管网",
            "≥45公里",
            "新建改造管网42.3公里，另有2座泵站正在施工",
            (
                "unknown",
                "实际“新建改造管网42.3公里，另有2座泵站正在施工”不是数值，无法与年度指标比较",
            ),
            id="other-unit",
        ),
        pytest.param(
            "主导制修订标准",
            "≥5项",
            "发布地方标准4项，另有2项已发布",
            ("unknown", "实际“发布地方标准4项，另有2项已发布”不是数值，无法与年度指标比较"),
            id="further-done",
        ),
    ],
)
def test_count_with_closing_clause(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


def test_count_with_part_under_way_tracking() -> None:
    verdict = track_verdict("主导制修订标准", "≥5项", "3项", "发布地方标准4项，另有2项已报批")
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        "pending",
        "on_track",
        "实际4项，未达年度指标≥5项，距年底尚有时间",
    )


# ---------------------------------------------------------------------------
# H7: 元/台件 is 元/台(件); 每人每月 is a rate per 月·人 as per 人·月


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "检定单台成本",
            "≤80元/台件",
            "72元/台",
            ("met", "实际72元/台，达到年度指标≤80元/台件"),
            id="per-piece-met",
        ),
        pytest.param(
            "检定单台成本",
            "≤80元/台件",
            "86元/台",
            ("not_met", "实际86元/台，超出年度指标≤80元/台件"),
            id="per-piece-miss",
        ),
        pytest.param(
            "检定单台成本",
            "≤80元/台",
            "72元/台件",
            ("met", "实际72元/台件，达到年度指标≤80元/台"),
            id="per-piece-actual",
        ),
        pytest.param(
            "普惠托育收费",
            "≤2000元/月·人",
            "每人每月1680元",
            ("met", "实际1680元/人·月，达到年度指标≤2000元/月·人"),
            id="month-person-met",
        ),
        pytest.param(
            "托育收费",
            "≤1500元/月·人",
            "每人每月1680元",
            ("not_met", "实际1680元/人·月，超出年度指标≤1500元/月·人"),
            id="month-person-miss",
        ),
        pytest.param(
            "生活补助",
            "≥3600元/年·人",
            "每人每月300元",
            ("met", "实际3600元/人·年，达到年度指标≥3600元/年·人"),
            id="year-person-monthly",
        ),
        # near miss: a piece alone is not a 台 (as against 台(件))
        pytest.param(
            "检定单台成本",
            "≤80元/台件",
            "72元/件",
            ("unknown", "实际72元/件与年度指标≤80元/台件单位不可比"),
            id="piece-alone",
        ),
    ],
)
def test_per_unit_spellings(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert _verdict(name, target, actual) == expected


# ---------------------------------------------------------------------------
# H8: step shares under 处结率 / 处理率, and a bare step verb after a whole named by its noun


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "计量投诉处结率",
            "100%",
            "受理投诉37件，办结36件",
            (
                "not_met",
                "实际受理投诉37件，办结36件（按比例计为97.30%），未达年度指标=100%",
            ),
            id="settled-name",
        ),
        pytest.param(
            "投诉处理率",
            "100%",
            "受理投诉37件，办结36件",
            (
                "not_met",
                "实际受理投诉37件，办结36件（按比例计为97.30%），未达年度指标=100%",
            ),
            id="handled-name",
        ),
        pytest.param(
            "投诉处结率",
            "≥95%",
            "受理37件，办结36件",
            ("met", "实际受理37件，办结36件（按比例计为97.30%），达到年度指标≥95%"),
            id="settled-name-met",
        ),
        pytest.param(
            "好差评差评整改率",
            "100%",
            "差评46件，整改45件",
            ("not_met", "实际差评46件，整改45件（按比例计为97.83%），未达年度指标=100%"),
            id="bare-step",
        ),
        # near misses: another measure holding the step, a count of the whole, another step
        pytest.param(
            "差评整改群众满意率",
            "100%",
            "差评46件，整改45件",
            ("unknown", "实际“差评46件，整改45件”不是数值，无法与年度指标比较"),
            id="bare-step-other-rate",
        ),
        pytest.param(
            "投诉处理率",
            "100%",
            "受理投诉37件，合格36件",
            ("unknown", "实际“受理投诉37件，合格36件”不是数值，无法与年度指标比较"),
            id="other-step",
        ),
    ],
)
def test_step_share_names(name: str, target: str, actual: str, expected: tuple[str, str]) -> None:
    assert _verdict(name, target, actual) == expected


def test_step_share_settled_tracking() -> None:
    verdict = track_verdict("计量投诉处结率", "100%", "100%", "受理投诉37件，办结36件")
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")


# ---------------------------------------------------------------------------
# M1: a count then its 覆盖率 against a full-coverage target, whatever the row name


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "加油机检定",
            "100%",
            "已检定加油机1,286台，覆盖率100%",
            (
                "met",
                "实际100%（“已检定加油机1,286台，覆盖率100%”中指标名称所指的数），达到年度指标=100%",
            ),
            id="coverage-rate",
        ),
        pytest.param(
            "加油机检定",
            "全覆盖",
            "已检定加油机1,286台，覆盖率98.5%",
            (
                "not_met",
                "实际98.5%（“已检定加油机1,286台，覆盖率98.5%”中指标名称所指的数），未达年度指标=100%",
            ),
            id="coverage-word-miss",
        ),
        # near misses: a target short of all, or a rate of another measure, stay text
        pytest.param(
            "加油机检定",
            "≥95%",
            "已检定加油机1,286台，覆盖率100%",
            ("unknown", "实际“已检定加油机1,286台，覆盖率100%”不是数值，无法与年度指标比较"),
            id="partial-target",
        ),
        pytest.param(
            "加油机检定",
            "100%",
            "已检定加油机1,286台，合格率100%",
            ("unknown", "实际“已检定加油机1,286台，合格率100%”不是数值，无法与年度指标比较"),
            id="other-rate",
        ),
        pytest.param(
            "加油机检定合格率",
            "100%",
            "已检定加油机1,286台，覆盖率100%",
            ("unknown", "实际“已检定加油机1,286台，覆盖率100%”不是数值，无法与年度指标比较"),
            id="name-of-another-rate",
        ),
    ],
)
def test_coverage_rate_any_name(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


# ---------------------------------------------------------------------------
# M2: a count then the quoted noun it counts


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param("≥20个", "上线21个“一件事”", ("met", "实际21个，达到年度指标≥20个"), id="met"),
        pytest.param(
            "≥25个", "上线21个“一件事”", ("not_met", "实际21个，未达年度指标≥25个"), id="miss"
        ),
    ],
)
def test_count_then_quoted_noun(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert _verdict("一件事一次办", target, actual) == expected


# ---------------------------------------------------------------------------
# M5: cleared (已消除, 已全部消除, 已消除黑臭水体) against a zero target


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "黑臭水体", "动态清零", "已消除", ("met", "实际“已消除”，达到“动态清零”"), id="cleared"
        ),
        pytest.param(
            "黑臭水体",
            "动态清零",
            "黑臭水体已全部消除",
            ("met", "实际“黑臭水体已全部消除”，达到“动态清零”"),
            id="all-cleared-named",
        ),
        pytest.param(
            "黑臭水体", "0个", "已消除黑臭水体", ("met", "实际0个，达到年度指标=0个"), id="count"
        ),
        pytest.param(
            "黑臭水体", "0个", "已全部消除", ("met", "实际0个，达到年度指标=0个"), id="count-all"
        ),
        # near misses: a part, another thing cleared; a 消除率 reads 100% as before
        pytest.param(
            "黑臭水体",
            "动态清零",
            "基本消除",
            ("unknown", "实际“基本消除”无法与年度指标“动态清零”对照"),
            id="mostly",
        ),
        pytest.param(
            "黑臭水体",
            "动态清零",
            "已消除安全隐患",
            ("unknown", "实际“已消除安全隐患”无法与年度指标“动态清零”对照"),
            id="other-thing",
        ),
        pytest.param(
            "隐患消除率",
            "100%",
            "已全部消除",
            ("met", "实际100%，达到年度指标=100%"),
            id="rate-control",
        ),
    ],
)
def test_cleared_against_zero(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected
