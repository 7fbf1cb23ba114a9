"""k32n: a blank name carried down only onto a row that can continue its indicator, and
a check's verdict (已验收，不合格) giving the progress against a plan of a verdict."""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import track_verdict

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
TITLE = "2024年度项目支出绩效自评表"
CARRIED = "三级指标名称为空，已沿用上一行的“{}”（如为合并单元格可忽略，否则请补填名称）"
LEFT_OUT = (
    "三级指标名称为空（二级指标“数量指标”，年度指标值“{target}”），"
    "与上一行“{name}”（{above}）计量不同，未沿用其名称，请补填名称"
)


def two_rows(name: str, above: str, target: str, actual: str) -> perftrack.Table:
    """A text 自评表 whose second row leaves its name cell empty."""
    rows = [
        [TITLE],
        HEADER,
        ["产出指标", "数量指标", name, above, above.lstrip("≥≤"), "10", "10"],
        ["", "", "", target, actual, "10", "10"],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return table


def missing_names(table: perftrack.Table) -> list[tuple[str, str | None, str]]:
    return [
        (f.severity.value, f.where.cell, f.message)
        for f in table.findings
        if f.id == "missing-name"
    ]


# name, target above, target below, actual below → second name, missing-name findings
CARRY = [
    # the same kind of measure, or the kind the name says: carried (information)
    ("补贴机具数量", "≥500台", "≥300户", "310户", "补贴机具数量", "info"),
    ("培训人次", "≥500人次", "≥10期", "8期", "培训人次", "info"),
    ("补贴发放时间", "2024年6月底前", "2024年12月底前", "2024年12月10日", "补贴发放时间", "info"),
    ("验收合格率", "≥95%", "100%", "100%", "验收合格率", "info"),
    # two measures of one output under a name that says neither
    ("拆除违法建设", "≥3000平方米", "≥25处", "22处", "拆除违法建设", "info"),
    ("道路建设", "≥3公里", "≥2万平方米", "2.1万平方米", "道路建设", "info"),
    # a rate, or no unit: nothing tells, carried as before
    ("巡查频次", "≥2次/月", "≥30处", "31处", "巡查频次", "info"),
    ("培训人次", "≥500人次", "≥10", "8", "培训人次", "info"),
    # another kind than the name says, or a share/date/amount beside a count: left out
    ("加装电梯数量", "≥40台", "≥35万平方米", "36万平方米", "", "warning"),
    ("受益面积", "≥2000亩", "≥300户", "310户", "", "warning"),
    ("改造小区", "≥12个", "≥95%", "96%", "", "warning"),
    ("改造小区", "≥12个", "2025年6月底前", "2025年6月20日", "", "warning"),
    ("项目成本", "≤150万元", "≥95%", "96%", "", "warning"),
]


@pytest.mark.parametrize(("name", "above", "target", "actual", "second", "severity"), CARRY)
def test_a_blank_name_is_carried_only_onto_the_same_measure(  # noqa: PLR0913, PLR0917
    name: str, above: str, target: str, actual: str, second: str, severity: str
) -> None:
    table = two_rows(name, above, target, actual)
    assert [i.name for i in table.indicators] == [name, second]
    message = (
        CARRIED.format(name) if second else LEFT_OUT.format(target=target, name=name, above=above)
    )
    assert missing_names(table) == [(severity, "C4", message)]


def html_grid(merges: list[str]) -> perftrack.Table:
    """read57 #12 as a web page: an area under 加装电梯数量 ≥40台, *merges* recorded."""
    from word_xml_builders import html_table  # noqa: PLC0415

    grid = [
        HEADER,
        ["产出指标", "数量指标", "加装电梯数量", "≥40台", "40台", "10", "10"],
        ["", "", "", "≥35万平方米", "36万平方米", "10", "10"],
    ]
    page = f"<html><body><h3>{TITLE}</h3>{html_table(grid, merges)}</body></html>"
    (table,) = perftrack.read(page.encode())
    return table


def test_a_name_cell_the_source_merges_is_carried_whatever_the_unit() -> None:
    table = html_grid(["A2:A3", "B2:B3", "C2:C3"])
    assert [i.name for i in table.indicators] == ["加装电梯数量", "加装电梯数量"]
    assert missing_names(table) == []


def test_an_empty_name_cell_in_no_merge_under_another_measure_stays_empty() -> None:
    table = html_grid(["A2:A3", "B2:B3"])
    assert [i.name for i in table.indicators] == ["加装电梯数量", ""]
    assert [str(i.target) for i in table.indicators] == ["≥40(台)", "≥35(万平方米)"]
    assert missing_names(table) == [
        (
            "warning",
            "C4",
            LEFT_OUT.format(target="≥35万平方米", name="加装电梯数量", above="≥40台"),
        )
    ]


# ---------------------------------------------------------------------------
# A check's verdict against a plan of a verdict (2025 跟踪表, January to September)

VERDICTS = [
    (
        ("工程质量", "合格", "合格", "已验收，不合格"),
        "behind",
        "pending",
        (
            "实际“已验收，不合格”与年度指标“合格”相反，距年底尚有时间；"
            "实际“已验收，不合格”未达到计划“合格”"
        ),
    ),
    (
        ("工程质量", "合格", "合格", "经检测，不达标"),
        "behind",
        "pending",
        (
            "实际“经检测，不达标”与年度指标“合格”相反，距年底尚有时间；"
            "实际“经检测，不达标”未达到计划“合格”"
        ),
    ),
    # a grade below the plan's: the check done is no pace (it was on_track)
    (
        ("工程质量", "优良", "优良", "已验收，合格"),
        "behind",
        "pending",
        "实际“已验收，合格”低于“优良”，距年底尚有时间；实际“已验收，合格”未达到计划“优良”",
    ),
    (
        ("工程质量", "合格", "合格", "已验收，合格"),
        "on_track",
        "met",
        "实际“已验收，合格”，达到“合格”",
    ),
    # no plan: §4 rule 1, not_applicable (the year's verdict is still pending, no failure)
    (
        ("工程质量", "合格", "", "经检测，不达标"),
        "not_applicable",
        "pending",
        "实际“经检测，不达标”与年度指标“合格”相反，距年底尚有时间",
    ),
]


@pytest.mark.parametrize(("row", "progress", "attainment", "explanation"), VERDICTS)
def test_a_verdict_clause_gives_the_progress_against_its_plan(
    row: tuple[str, str, str, str], progress: str, attainment: str, explanation: str
) -> None:
    verdict = track_verdict(*row)
    assert (verdict.progress.value, verdict.attainment.value, verdict.explanation) == (
        progress,
        attainment,
        explanation,
    )


def test_at_the_years_end_the_failed_verdict_is_final() -> None:
    verdict = track_verdict("工程质量", "合格", "合格", "已验收，不合格", months=12)
    assert (verdict.progress.value, verdict.attainment.value, verdict.explanation) == (
        "behind",
        "not_met",
        "实际“已验收，不合格”，未达到“合格”；年度指标未达成",
    )
