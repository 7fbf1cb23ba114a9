"""A tracking table whose actuals only promise results gets one warning (parse11 M1).

``预计年底完成``, ``确保完成``, ``按序时推进``, ``预计可完成``, ``12月底前完成`` in the
1-6月完成值 column report nothing: each row was ``unknown``, the table had no finding
and ``perftrack check`` passed it. At least three such rows, at least half the rows
with an actual, now give the table one ``actuals-not-reported`` warning.
"""

from __future__ import annotations

import pytest

from perftrack.checking import FINDING_IDS
from perftrack.model import Indicator, Severity, Table, TableKind
from perftrack.scoring import score
from scoring_builders import by_id, indicator, self_evaluation_table, tracking_table

PROMISES = ("预计年底完成", "确保完成", "按序时推进", "预计可完成", "12月底前完成")


def promised_rows(actuals: tuple[str, ...], reported: int) -> list[Indicator]:
    return [
        *(indicator(f"承诺{n}", "≥120场", actual, "60场") for n, actual in enumerate(actuals)),
        *(indicator(f"填报{n}", "≥10个", "6个", "5个") for n in range(reported)),
    ]


def _tracking(actuals: tuple[str, ...], reported: int) -> Table:
    return tracking_table(promised_rows(actuals, reported))


@pytest.mark.parametrize(
    ("actuals", "reported", "message"),
    [
        pytest.param(
            PROMISES,
            0,
            "5项指标中有5项实际完成值填写预计或承诺（“预计年底完成”、“确保完成”、"
            "“按序时推进”等），未填报实际完成情况",
            id="all",
        ),
        pytest.param(
            ("力争完成", "计划9月开展", "2023年12月底前完成"),
            3,
            "6项指标中有3项实际完成值填写预计或承诺（“力争完成”、“计划9月开展”、"
            "“2023年12月底前完成”），未填报实际完成情况",
            id="half",
        ),
        pytest.param(
            ("年底前完成", "有序推进", "可按期完成"),
            1,
            "4项指标中有3项实际完成值填写预计或承诺（“年底前完成”、“有序推进”、"
            "“可按期完成”），未填报实际完成情况",
            id="most",
        ),
        pytest.param(PROMISES[:3], 4, None, id="less-than-half"),
        pytest.param(PROMISES[:2], 0, None, id="two-rows-are-too-few"),
        # done, in progress or dated within the period: results, not promises
        pytest.param(("已完成", "正在施工", "已于2023年6月完成"), 0, None, id="results"),
        pytest.param(("按计划完成", "完成", "完成60场"), 0, None, id="done-words"),
        # regress23 W5: 拟 before a noun (拟改造户) names what was planned, a result follows
        pytest.param(
            ("拟改造户已全部入户核查", "按序时推进", "计划12月完工"), 3, None, id="planned-noun"
        ),
    ],
)
def test_most_actuals_promising_their_results_is_one_warning(
    actuals: tuple[str, ...], reported: int, message: str | None
) -> None:
    card = score(_tracking(actuals, reported))
    found = by_id(card, "actuals-not-reported")
    assert [f.message for f in found] == ([message] if message else [])
    assert all(f.severity is Severity.WARNING and f.where.indicator is None for f in found)


def test_a_later_date_in_a_self_evaluation_table_is_a_fact() -> None:
    # filed after its year, a 自评表 may date a completion later: no promise
    rows = [indicator(f"完工{n}", "2023年12月底前", "2024年2月完成") for n in range(3)]
    assert by_id(score(self_evaluation_table(rows)), "actuals-not-reported") == []


def test_a_self_evaluation_table_of_promises_is_flagged_too() -> None:
    rows = [indicator(f"承诺{n}", "≥120场", actual) for n, actual in enumerate(PROMISES)]
    assert len(by_id(score(self_evaluation_table(rows)), "actuals-not-reported")) == 1


def test_a_target_table_reports_no_results() -> None:
    table = tracking_table(
        [indicator(f"承诺{n}", "≥120场", a) for n, a in enumerate(PROMISES)],
        kind=TableKind.TARGET,
        period=None,
    )
    assert by_id(score(table), "actuals-not-reported") == []


def test_the_id_is_known_to_check() -> None:
    assert "actuals-not-reported" in FINDING_IDS
