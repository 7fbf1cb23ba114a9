"""r36t: per-period actuals, a follow-up of r36l.

- a text of work kept each period against the same period asking more than once
  (``每月均已开展`` against ``每月2次``) says every month had it, not how often: unknown
  (it was met, "已完成"); against ``每月1次`` it stays met;
- in a 跟踪表 such a text against a plan of the count to date (``6次`` over 1-6月) is
  once each period it names over the table's months: ``已按月开展`` 6次 on track,
  ``每季度均按时召开`` 2次 behind (both were unknown);
- a count per another period far above the target (``每月1次`` against ``每季度1次``,
  12 a year against 4) raises ``exceeds-target`` as a figure does (it raised nothing).
"""

from __future__ import annotations

import pytest

from grade_tables import found, self_table
from test_per_period_actuals_r36l import self_evaluation_test, tracking_test

SELF_VERDICTS = [
    (
        "每月2次",
        "每月均已开展",
        "unknown",
        (
            "实际“每月均已开展”只说明每月均有开展，未给出每月次数，"
            "无法判断是否达到年度指标“每月2次”，需人工判断"
        ),
    ),
    (
        "每月≥2次",
        "每月都已开展",
        "unknown",
        (
            "实际“每月都已开展”只说明每月均有开展，未给出每月次数，"
            "无法判断是否达到年度指标“每月≥2次”，需人工判断"
        ),
    ),
    (
        "每月2次",
        "已按月开展",
        "unknown",
        (
            "实际“已按月开展”只说明每月均有开展，未给出每月次数，"
            "无法判断是否达到年度指标“每月2次”，需人工判断"
        ),
    ),
    (
        "每季度2次",
        "每季度均按时召开",
        "unknown",
        (
            "实际“每季度均按时召开”只说明每季度均有开展，未给出每季度次数，"
            "无法判断是否达到年度指标“每季度2次”，需人工判断"
        ),
    ),
    (
        "每月2次",
        "每月均巡河",
        "unknown",
        (
            "实际“每月均巡河”只说明每月均有开展，未给出每月次数，"
            "无法判断是否达到年度指标“每月2次”，需人工判断"
        ),
    ),
    # once a month: every month done meets it, as before
    ("每月1次", "每月均已开展", "met", "实际“每月均已开展”，已完成"),
    ("每月1次", "每月均巡河", "met", "实际“每月均巡河”，每期均已开展，达到年度指标“每月1次”"),
    # another period: the year's counts, as r36l
    (
        "每季度2次",
        "每月均已开展",
        "met",
        "实际“每月均已开展”（全年计12次），达到年度指标每季度2次（全年计8次）",
    ),
]


test_self_evaluation_verdict = self_evaluation_test(SELF_VERDICTS)


TRACKING = [
    (
        "每月1次",
        "6次",
        "已按月开展",
        "pending",
        "on_track",
        "实际“已按月开展”，截至目前每期均已开展，年度指标“每月1次”尚未到期",
    ),
    (
        "每季度1次",
        "2次",
        "已按季度召开",
        "pending",
        "on_track",
        "实际“已按季度召开”，截至目前每期均已开展，年度指标“每季度1次”尚未到期",
    ),
    (
        "每季度1次",
        "2次",
        "每季度均按时召开",
        "pending",
        "on_track",
        "实际“每季度均按时召开”，截至目前每期均已开展，年度指标“每季度1次”尚未到期",
    ),
    (
        "每月1次",
        "6次",
        "每季度均按时召开",
        "pending",
        "behind",
        (
            "实际“每季度均按时召开”（全年计4次），未达年度指标每月1次（全年计12次），距年底尚有时间；"
            "实际“每季度均按时召开”（每季度，6个月计2次）落后于计划6次"
        ),
    ),
    (
        "每月1次",
        "8次",
        "已按月开展",
        "pending",
        "unknown",
        (
            "实际“已按月开展”，截至目前每期均已开展，年度指标“每月1次”尚未到期；"
            "实际“已按月开展”（每月，6个月计6次）未给出每期次数，无法与计划8次对照"
        ),
    ),
    (
        "每月2次",
        "12次",
        "每月均已开展",
        "unknown",
        "unknown",
        (
            "实际“每月均已开展”只说明每月均有开展，未给出每月次数，"
            "无法判断是否达到年度指标“每月2次”，需人工判断；"
            "实际“每月均已开展”（每月，6个月计6次）未给出每期次数，无法与计划12次对照"
        ),
    ),
]


test_tracking_verdict = tracking_test(TRACKING)


EXCEEDS = [
    (
        "每季度1次",
        "每月1次",
        [
            "“开展巡查”实际每月1次（全年计12次）为年度指标每季度1次（全年计4次）的300.00%，指标可能设置偏低"
        ],
    ),
    (
        "每季度1次",
        "1次/月",
        [
            "“开展巡查”实际1次/月（全年计12次）为年度指标每季度1次（全年计4次）的300.00%，指标可能设置偏低"
        ],
    ),
    (
        "每两个月1次",
        "每月1次",
        [
            "“开展巡查”实际每月1次（全年计12次）为年度指标每两个月1次（全年计6次）的200.00%，指标可能设置偏低"
        ],
    ),
    (
        "每季度至少1次",
        "每月1次",
        [
            "“开展巡查”实际每月1次（全年计12次）为年度指标每季度至少1次（全年计≥4次）的300.00%，指标可能设置偏低"
        ],
    ),
    # the same period, or fewer than asked: no excess
    ("每季度1次", "每季度1次", []),
    ("每两个月1次", "每季度1次", []),
    # weeks have no count in a year: no ratio
    ("每月1次", "每周1次", []),
]


@pytest.mark.parametrize(("target", "actual", "messages"), EXCEEDS)
def test_exceeds_target_counts_the_year(target: str, actual: str, messages: list[str]) -> None:
    table = self_table(["产出指标", "数量指标", "开展巡查", target, actual, "10", "10"])
    said = [message for code, _, message in found(table) if code == "exceeds-target"]
    assert said == messages
