"""One count of the rows behind, findings in a reader's order, the actual said once (r37r).

H. A tracking row whose verdict and progress each open on the actual said it twice:
   ``2025年10月底前 | 完成 | 施工中`` in a 1–9月 表 read "实际“施工中”，截止日期2025-10-31未到；
   实际“施工中”，尚未完成，落后于计划“完成”". The progress's clause naming the actual is
   dropped when the verdict quotes it already; a figure compared with the plan in one
   clause (``实际5个落后于计划9个``) is kept.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import track_table


def _track(row: tuple[str, str, str, str], months: int = 9) -> tuple[str, str, str]:
    verdict = perftrack.score(track_table(row, months)).verdicts[0]
    progress = verdict.progress.value if verdict.progress else ""
    return progress, verdict.attainment.value, verdict.explanation


# ---------------------------------------------------------------------------
# H. the actual said once in an explanation


@pytest.mark.parametrize(
    ("row", "months", "expected"),
    [
        pytest.param(
            ("改造完成时间", "2025年10月底前", "完成", "施工中"), 9,
            ("behind", "pending", "实际“施工中”，截止日期2025-10-31未到；尚未完成，落后于计划“完成”"),
            id="under-way-before-due",
        ),
        pytest.param(
            ("改造完成时间", "2025年10月底前", "完成", "施工中"), 12,
            ("behind", "not_met", "截止日期2025-10-31已到，实际“施工中”；尚未完成，落后于计划“完成”"),
            id="under-way-after-due",
        ),
        pytest.param(
            ("项目建设", "2025年12月底前完工", "完成招标", "招标中"), 9,
            ("behind", "pending", "实际“招标中”，截止日期2025-12-31未到；“招标”尚未完成，落后于计划“完成招标”"),
            id="step-under-way",
        ),
        pytest.param(
            ("竣工验收", "2025年12月底前完成验收", "完成验收", "已验收，不合格"), 9,
            ("behind", "pending", "实际“已验收，不合格”，截止日期2025-12-31未到；验收未通过，未达到计划“完成验收”"),
            id="quoted-actual-with-a-comma",
        ),
        pytest.param(
            ("项目进度", "2025年12月底前完成", "按计划推进", "比计划推迟10天"), 9,
            ("behind", "pending", "实际“比计划推迟10天”，截止日期2025-12-31未到；进度落后于计划“按计划推进”"),
            id="delay-words",
        ),
        # controls: a figure compared in one clause keeps its actual
        pytest.param(
            ("改造小区数量", "≥12个", "9", "5"), 9,
            ("behind", "pending", "实际5个，未达年度指标≥12个，距年底尚有时间；实际5个落后于计划9个"),
            id="control-figure",
        ),
    ],
)  # fmt: skip
def test_the_actual_is_said_once(
    row: tuple[str, str, str, str], months: int, expected: tuple[str, str, str]
) -> None:
    assert _track(row, months) == expected

