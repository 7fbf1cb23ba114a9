"""Regressions the audit of the second batch found (regress29), and their neighbours.

A place in a ranking is lower-is-better only when it is a place (名, 位, no unit, or a
name of a ranking), not the third batch or stage of a work; a department row under a
transfer table's grid starts the next county's table only when it names other
departments, never as a 审核意见 footer or the table's own identity printed again.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.scoring import score
from scoring_builders import indicator, self_evaluation_table, verdict_of

GRID = ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"]


def read_all(*rows: list[str]) -> tuple[perftrack.Table, ...]:
    return perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment"),
    [
        # the 2nd batch or stage of a work: reaching the 3rd is more, not a worse place
        pytest.param("培训", "完成第2期", "完成第3期", "met", id="stage-more"),
        pytest.param("项目分批实施", "完成第2批", "完成第3批", "met", id="batch-more"),
        # a place in a ranking: the lower one is the better
        pytest.param("全市排名", "全市第3名", "全市第2名", "met", id="place-better"),
        pytest.param("全市排名", "全市第3名", "全市第5名", "pending", id="place-worse-midyear"),
        pytest.param("全市排名", "全市排名第3位", "第5位", "pending", id="place-wei"),
        # a name of a ranking makes =3名 a place: the 2nd place reaches it
        pytest.param("文明城市测评排名", "=3(名)", "2名", "met", id="ranking-name"),
        # 名 counting people stays higher-is-better
        pytest.param("培训人数", "=3(名)", "5名", "met", id="people"),
        pytest.param("培训人数", "≥3名", "5名", "met", id="people-floor"),
        # a floor on a place: the 3rd place or a better one (不低于第3名 is ≤3)
        pytest.param("全市排名", "不低于全市第3名", "全市第2名", "met", id="place-floor-better"),
        pytest.param("全市排名", "不低于全市第3名", "全市第3名", "met", id="place-floor-same"),
    ],
)
def test_places_and_counts(name: str, target: str, actual: str, attainment: str) -> None:
    assert verdict_of(indicator(name, target, actual)).attainment.value == attainment


def _county(department_row: list[str], *, footer: list[list[str]]) -> list[list[str]]:
    return [
        ["转移支付（项目）名称", "林业改革发展资金"],
        department_row,
        GRID,
        ["产出指标", "数量指标", "人工造林面积", "≥1.2万亩", "1.25万亩"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "92%"],
        *footer,
    ]


OWN = ["中央主管部门", "国家林草局", "", "地方主管部门", "壬县林业局"]


@pytest.mark.parametrize(
    ("footer", "count"),
    [
        pytest.param([["地方主管部门审核意见", "经审核，情况属实"]], 1, id="review-opinion"),
        pytest.param([["地方主管部门意见：", "同意"]], 1, id="opinion-colon"),
        pytest.param([OWN, ["说明：本表由壬县林业局填报"]], 1, id="own-identity-again"),
        pytest.param(
            [
                ["中央主管部门", "国家林草局", "", "地方主管部门", "癸县林业局"],
                GRID,
                ["产出指标", "数量指标", "人工造林面积", "≥1万亩", "1.1万亩"],
            ],
            2,
            id="next-county",
        ),
    ],
)
def test_department_rows_under_the_grid(footer: list[list[str]], count: int) -> None:
    tables = read_all(*_county(OWN, footer=footer))
    assert len(tables) == count
    assert all(table.indicators for table in tables)


def test_a_floor_on_a_place_is_missed_by_a_worse_place() -> None:
    # a self-evaluation: at the year's end, 5th place misses 不低于全市第3名

    card = score(self_evaluation_table([indicator("全市排名", "不低于全市第3名", "全市第5名")]))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "not_met",
        "实际5名，超出年度指标≤3名",
    )


def test_two_counties_are_told_apart_in_the_frames() -> None:
    # outputs19 M5: the frames name each table's department and implementer
    pytest.importorskip("pandas")
    rows = _county(
        OWN,
        footer=[
            ["中央主管部门", "国家林草局", "", "地方主管部门", "癸县林业局"],
            GRID,
            ["产出指标", "数量指标", "人工造林面积", "≥1万亩", "1.1万亩"],
        ],
    )
    frame = perftrack.to_frame(read_all(*rows))
    assert frame[["department", "implementer"]].drop_duplicates().values.tolist() == [
        ["国家林草局", "壬县林业局"],
        ["国家林草局", "癸县林业局"],
    ]
