"""Targets of several labelled groups, judged group by group (k30h; parse54 M11).

``普通高中300人，中职200人`` is a target of two groups, each a labelled figure: it was
descriptive ("年度指标为文字描述"). Against an actual giving each group's figure once (by the
group's name, one name holding the other as ``猪瘟`` and ``猪瘟疫苗`` do, or by the unit where
a clause has no name and the target's units differ), every group is judged as the row's own
figure would be: all reached is met, a group short is not met and named, pending in a
跟踪表 before the year's end. A figure missing, a group said twice or matched twice, a clause
that is no figure, a total (``共517人``), groups not all floors or all ceilings, and a group
whose figure is incomparable leave the row as it was.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

TEXT_TARGET = "年度指标为文字描述，实际完成情况需人工判断"


def _each(actual: str, target: str, short: str = "") -> str:
    said = f"实际“{actual}”逐项对照年度指标“{target}”"
    return f"{said}，{short}" if short else f"{said}，各项均已达到"


GROUPS = [
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "普通高中312人，中职205人"),
        ("met", _each("普通高中312人，中职205人", "普通高中300人，中职200人")),
        id="both-reached",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "中职205人，普通高中312人"),
        ("met", _each("中职205人，普通高中312人", "普通高中300人，中职200人")),
        id="other-order",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "普通高中312人，中职185人"),
        (
            "not_met",
            _each(
                "普通高中312人，中职185人", "普通高中300人，中职200人", "中职185人未达到中职200人"
            ),
        ),
        id="one-short",
    ),
    pytest.param(
        ("资助人数", "普通高中≥300人，中职≥200人", "普通高中290人，中职185人"),
        (
            "not_met",
            _each(
                "普通高中290人，中职185人",
                "普通高中≥300人，中职≥200人",
                "普通高中290人未达到普通高中≥300人，中职185人未达到中职≥200人",
            ),
        ),
        id="both-short",
    ),
    pytest.param(
        ("培训", "培训2期，100人", "培训2期，105人"),
        ("met", _each("培训2期，105人", "培训2期，100人")),
        id="label-and-unit",
    ),
    pytest.param(
        ("培训", "培训2期，100人", "培训1期，105人"),
        ("not_met", _each("培训1期，105人", "培训2期，100人", "培训1期未达到培训2期")),
        id="label-and-unit-short",
    ),
    pytest.param(
        ("免疫数量", "猪瘟疫苗10万头份，口蹄疫疫苗15万头份", "猪瘟10.2万头份，口蹄疫15.3万头份"),
        ("met", _each("猪瘟10.2万头份，口蹄疫15.3万头份", "猪瘟疫苗10万头份，口蹄疫疫苗15万头份")),
        id="label-held",
    ),
    pytest.param(
        ("生均公用经费标准", "小学720元/生·年，初中940元/生·年", "小学720元，初中940元"),
        ("met", _each("小学720元，初中940元", "小学720元/生·年，初中940元/生·年")),
        id="per-pupil-left-out",
    ),
    pytest.param(
        ("结余资金", "城区≤5万元，农村≤3万元", "城区4万元，农村3.5万元"),
        (
            "not_met",
            _each(
                "城区4万元，农村3.5万元", "城区≤5万元，农村≤3万元", "农村3.5万元未达到农村≤3万元"
            ),
        ),
        id="ceilings",
    ),
    # left as they were
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "312人，205人"),
        ("unknown", TEXT_TARGET),
        id="no-names-one-unit",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "共517人"), ("unknown", TEXT_TARGET), id="total"
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "普通高中312人"),
        ("unknown", TEXT_TARGET),
        id="group-missing",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "普通高中312人，中职205人，职教本科10人"),
        ("unknown", TEXT_TARGET),
        id="third-group",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "普通高中312人，中职205万元"),
        ("unknown", TEXT_TARGET),
        id="incomparable-unit",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职≤200人", "普通高中312人，中职205人"),
        ("unknown", TEXT_TARGET),
        id="floor-and-ceiling",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，按时发放", "普通高中312人，中职205人"),
        ("unknown", TEXT_TARGET),
        id="clause-no-figure",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "普通高中312人，中职205人，已全部发放"),
        ("unknown", TEXT_TARGET),
        id="actual-clause-no-figure",
    ),
    pytest.param(
        ("宣传次数", "上半年2次，下半年2次", "上半年2次，下半年3次"),
        ("unknown", TEXT_TARGET),
        id="periods-no-groups",
    ),
    pytest.param(
        ("资助人数", "普通高中300人，中职200人", "普通高中300人，中职200人"),
        ("met", "实际完成情况与年度指标表述一致"),
        id="same-words",
    ),
    pytest.param(
        ("资助人数", "普通高中300人", "普通高中312人，中职205人"),
        ("met", "实际312人，达到年度指标=300人"),
        id="one-group-target",
    ),
]


@pytest.mark.parametrize(("row", "expected"), GROUPS)
def test_target_groups(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


def test_target_groups_pending_in_tracking_table() -> None:
    verdict = track_verdict(
        "资助人数",
        "普通高中300人，中职200人",
        "普通高中150人，中职100人",
        "普通高中150人，中职100人",
    )
    assert verdict.attainment.value == "pending"
    assert verdict.explanation == _each(
        "普通高中150人，中职100人",
        "普通高中300人，中职200人",
        "普通高中150人未达到普通高中300人，中职100人未达到中职200人，距年底尚有时间",
    )


def test_target_groups_at_year_end() -> None:
    verdict = track_verdict(
        "资助人数",
        "普通高中300人，中职200人",
        "普通高中300人，中职200人",
        "普通高中310人，中职190人",
        months=12,
    )
    assert verdict.attainment.value == "not_met"
    assert verdict.explanation.startswith(
        _each("普通高中310人，中职190人", "普通高中300人，中职200人", "中职190人未达到中职200人")
    )
