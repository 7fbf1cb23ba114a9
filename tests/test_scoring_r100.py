"""Value cells from the regress100 audit of the r97 scoring fixes (r100fix).

- W1: a per-month headcount plan (``每月新增就业50人``) under a year's target that is the
  months added up (``≥600人``) adds up over the tracked months, with or without ``累计``;
  a stock held each month (``每月发放100户`` under ``≥100户``) stays as written.
- W2: a cut of 劣Ⅴ类 water leaving some against ``基本消除劣Ⅴ类水体`` is partial; a cut to
  none (``减少至0处``) against ``消除劣Ⅴ类水体`` is met.
- A rate of another group alone (``学生95%`` on 家长满意度) is unknown.

Each case is a table written as text and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

from probe_tables import self_verdict, track_verdict

# ---------------------------------------------------------------------------
# W1: heads add up when the year's target is the months added up


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("新增就业人数", "≥600人", "每月新增就业50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月新增就业，6个月计300人）"
                ),
            ),
            id="new-jobs-flow",
        ),
        pytest.param(
            ("培训人数", "≥600人", "每月培训50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月培训，6个月计300人）"
                ),
            ),
            id="trained-flow",
        ),
        pytest.param(
            ("受益人数", "≥600人", "每月50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月，6个月计300人）"
                ),
            ),
            id="bare-heads-flow",
        ),
        pytest.param(
            ("受益人数", "600人", "每月50人", "200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标=600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月，6个月计300人）"
                ),
            ),
            id="bare-target-flow",
        ),
        # unchanged: on plan, 累计, a stock held each month
        pytest.param(
            ("新增就业人数", "≥600人", "每月新增就业50人", "300人"),
            ("pending", "on_track", "实际300人，未达年度指标≥600人，距年底尚有时间"),
            id="new-jobs-on-plan",
        ),
        pytest.param(
            ("受益人数", "≥600人", "每月50人", "累计200人"),
            (
                "pending",
                "behind",
                (
                    "实际200人，未达年度指标≥600人，距年底尚有时间；"
                    "实际200人落后于计划50人（每月，6个月计300人）"
                ),
            ),
            id="cumulative-heads",
        ),
        pytest.param(
            ("发放补助户数", "≥100户", "每月发放100户", "100户"),
            ("met", "on_track", "实际100户，达到年度指标≥100户"),
            id="households-stock",
        ),
        pytest.param(
            ("发放人数", "≥500人", "每月500人", "500人"),
            ("met", "on_track", "实际500人，达到年度指标≥500人"),
            id="heads-stock",
        ),
    ],
)
def test_heads_add_up_under_a_summed_target(
    row: tuple[str, str, str, str], expected: tuple[str, str, str]
) -> None:
    verdict = track_verdict(*row, months=6)
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


# ---------------------------------------------------------------------------
# W2: a cut of 劣Ⅴ类 water against an elimination target


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "基本消除劣Ⅴ类水体",
            "劣Ⅴ类水体由5处减少至1处",  # noqa: RUF001
            (
                "partial",
                "实际“劣Ⅴ类水体由5处减少至1处”，仍有1处劣Ⅴ类水体，年度指标“基本消除”部分达到",  # noqa: RUF001
            ),
            id="basic-one-left",
        ),
        pytest.param(
            "基本消除劣Ⅴ类水体",
            "劣Ⅴ类水体由5处减少至0处",  # noqa: RUF001
            ("met", "实际“劣Ⅴ类水体由5处减少至0处”，已消除劣Ⅴ类水体，达到年度指标"),  # noqa: RUF001
            id="basic-none-left",
        ),
        pytest.param(
            "消除劣Ⅴ类水体",
            "劣Ⅴ类水体由5处减少至0处",  # noqa: RUF001
            ("met", "实际“劣Ⅴ类水体由5处减少至0处”，已消除劣Ⅴ类水体，达到年度指标"),  # noqa: RUF001
            id="cut-to-none",
        ),
        pytest.param(
            "消除劣Ⅴ类水体",
            "劣Ⅴ类水体由5处减少至0处，全部消除",  # noqa: RUF001
            (
                "met",
                "实际“劣Ⅴ类水体由5处减少至0处，全部消除”，已消除劣Ⅴ类水体，达到年度指标",  # noqa: RUF001
            ),
            id="cut-to-none-all-gone",
        ),
        pytest.param(
            "消除劣Ⅴ类水体",
            "劣Ⅴ类水体减少至0处",  # noqa: RUF001
            ("met", "实际“劣Ⅴ类水体减少至0处”，已消除劣Ⅴ类水体，达到年度指标"),  # noqa: RUF001
            id="cut-to-none-no-start",
        ),
        pytest.param(
            "消除劣Ⅴ类水体",
            "劣Ⅴ类水体减少至2处",  # noqa: RUF001
            ("not_met", "实际“劣Ⅴ类水体减少至2处”，仍有劣Ⅴ类水体，未达年度指标"),  # noqa: RUF001
            id="cut-no-start-some-left",
        ),
        # unchanged: a full elimination asked, some left
        pytest.param(
            "消除劣Ⅴ类水体",
            "劣Ⅴ类水体由5处减少至1处",  # noqa: RUF001
            ("not_met", "实际“劣Ⅴ类水体由5处减少至1处”，仍有劣Ⅴ类水体，未达年度指标"),  # noqa: RUF001
            id="full-one-left",
        ),
        pytest.param(
            "基本消除劣Ⅴ类水体",
            "仍有1处劣Ⅴ类水体",  # noqa: RUF001
            ("not_met", "实际“仍有1处劣Ⅴ类水体”，仍有劣Ⅴ类水体，未达年度指标"),  # noqa: RUF001
            id="basic-remains-no-cut",
        ),
    ],
)
def test_class_cut_against_elimination(target: str, actual: str, expected: tuple[str, str]) -> None:
    verdict = self_verdict("消除劣Ⅴ类水体", target, actual)
    assert (verdict.attainment.value, verdict.explanation) == expected


def test_basic_elimination_mid_year() -> None:
    verdict = track_verdict(
        "消除劣Ⅴ类水体",
        "基本消除劣Ⅴ类水体",
        "基本消除",
        "劣Ⅴ类水体由5处减少至1处",  # noqa: RUF001
    )
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == (
        "pending",
        "unknown",
        "实际“劣Ⅴ类水体由5处减少至1处”，仍有1处劣Ⅴ类水体，年度指标“基本消除”部分达到",  # noqa: RUF001
    )


# ---------------------------------------------------------------------------
# A rate of another group alone: the named group's is missing


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(
            "家长满意度",
            "学生95%",
            ("unknown", "实际“学生95%”未给出指标名称所指的家长的数，需人工判断"),
            id="other-group-alone",
        ),
        pytest.param(
            "家长满意度",
            "学生满意度95%",
            ("unknown", "实际“学生满意度95%”未给出指标名称所指的家长的数，需人工判断"),
            id="other-group-measure",
        ),
        pytest.param(
            "群众满意度",
            "企业95%",
            ("unknown", "实际“企业95%”未给出指标名称所指的群众的数，需人工判断"),
            id="firms-for-public",
        ),
        # unchanged: the named group, a like word, a generic name, no label
        pytest.param(
            "学生满意度", "学生95%", ("met", "实际95%，达到年度指标≥90%"), id="same-group"
        ),
        pytest.param(
            "群众满意度", "居民95%", ("met", "实际95%，达到年度指标≥90%"), id="like-group"
        ),
        pytest.param(
            "服务对象满意度", "群众95%", ("met", "实际95%，达到年度指标≥90%"), id="generic-name"
        ),
        pytest.param("家长满意度", "95%", ("met", "实际95%，达到年度指标≥90%"), id="no-label"),
        pytest.param(
            "家长满意度",
            "学生95%，家长85%",
            (
                "not_met",
                "实际85%（“学生95%，家长85%”中指标名称所指的数），未达年度指标≥90%",
            ),
            id="both-groups",
        ),
    ],
)
def test_other_group_alone(name: str, actual: str, expected: tuple[str, str]) -> None:
    verdict = self_verdict(name, "≥90%", actual)
    assert (verdict.attainment.value, verdict.explanation) == expected
