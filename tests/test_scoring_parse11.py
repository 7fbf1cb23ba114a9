"""Mid-year tracking rows a review round (parse11) found judged wrong, each with its verdict.

H1: a start done (已开工, 施工单位已进场) before a remark of progress failed its start
deadline. H2: a negated reach (无法达到95%, 预计难以完成1.5万亩) was read as the figure
reached. H3: a share of the work with a time phrase or another opening (截至6月底完成40%,
完成率40%, 完成2/5) against a count target gave unit-mismatch. M3: a partial status
(基本完成) before due against a count plan was partial and behind.
"""

from __future__ import annotations

from typing import Any

import pytest

from scoring_builders import YEAR, finding_ids, indicator, score_one

START = {"name": "工程开工时间", "level2": "时效指标"}


def case(  # noqa: PLR0913 - a case is one row of the table below
    target: str,
    actual: str,
    attainment: str,
    progress: str = "",
    *,
    id: str,  # noqa: A002 - pytest's own name for it
    month: int = 6,
    absent: tuple[str, ...] = (),
    present: tuple[str, ...] = (),
    **row: Any,
) -> Any:
    """One row of a table of 1-*month*月 and its verdict ("" progress: not checked)."""
    cells = {"target": target, "actual": actual, **row}
    return pytest.param(cells, month, (attainment, progress), absent, present, id=id)


def check(
    cells: dict[str, Any],
    month: int,
    expected: tuple[str, str],
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    cells = dict(cells)
    name = cells.pop("name", "指标")
    card = score_one(indicator(name, **cells), period=(YEAR, 1, YEAR, month))
    verdict = card.verdicts[0]
    attainment, progress = expected
    assert verdict.attainment.value == attainment, verdict.explanation
    if progress:
        assert verdict.progress.value == progress, verdict.explanation
    ids = finding_ids(card)
    assert not set(absent) & set(ids), ids
    assert set(present) <= set(ids), ids


# ---------------------------------------------------------------------------
# H1: the start done, also before a remark of progress or said of the builder

STARTS = [
    case("2023年3月底前", "已开工，形象进度40%", "met", **START, id="h1-started-image-share"),
    case("2023年3月底前", "已开工建设，完成投资35%", "met", **START, id="h1-started-invested"),
    case("2023年3月底前", "已开工，完成主体工程的30%", "met", **START, id="h1-started-main-part"),
    case("2023年3月底前", "已进场施工", "met", **START, id="h1-entered-site"),
    case("2023年3月底前", "施工单位已进场", "met", **START, id="h1-builder-entered"),
    case("2023年3月底前开工", "已开工，形象进度40%", "met", name="项目开工", id="h1-target-names"),
    case("2023年4月底前开工", "施工单位已进场", "met", name="施工进场", id="h1-target-builder"),
    case(
        "2023年4月底前开工",
        "2023年5月20日进场施工",
        "not_met",
        name="施工进场",
        id="h1-entered-late",
    ),
    case("2023年3月底前", "2023年3月10日进场施工", "met", **START, id="h1-entered-dated"),
    # not started, or a share of the work with no start said: as before
    case("2023年3月底前", "尚未开工", "not_met", **START, id="h1-not-started"),
    case("2023年3月底前", "施工单位尚未进场", "not_met", **START, id="h1-builder-not-entered"),
    case("2023年3月底前", "形象进度40%", "partial", **START, id="h1-share-alone"),
    case("2023年3月底前", "正在施工，形象进度40%", "not_met", **START, id="h1-under-way-share"),
]


@pytest.mark.parametrize(("cells", "month", "expected", "absent", "present"), STARTS)
def test_start_done_before_a_remark(
    cells: dict[str, Any],
    month: int,
    expected: tuple[str, str],
    absent: tuple[str, ...],
    present: tuple[str, ...],
) -> None:
    check(cells, month, expected, absent, present)
