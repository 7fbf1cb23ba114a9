"""r35l: what r35f's scoring round left, scored as a careful reviewer would.

- a grade printed after a 等级 label in the 总分 row (``总分 | 100 | 98 | 自评等级 | A``)
  is read as in a 等级 row: a letter is its grade, another short cell is said
  (``malformed-points``); before, it was silently ignored;
- past a deadline, an actual repeating its plan word for word (``上线`` planned ``上线``)
  is on track (spec §4 rule 3), where it was unknown;
- a 自评表 total spending against a budget of 0 with its rate 得分 claimed: the
  ``over-execution`` warning says the 得分 has no basis (the points are unchanged);
- an undated trial run (``试运行``) at a passed deadline is not met, as ``正在试运行`` is.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.scoring import score


def _read(lines: list[str]) -> perftrack.Table:
    return perftrack.read_text("\n".join(lines))[0]


# --- 1. a grade after a 等级 label in the 总分 row ----------------------------------------


def _graded(grade: str) -> perftrack.Table:
    return _read(
        [
            "项目支出绩效自评表",
            "（2025年度）",
            "项目名称\t测试项目",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t100.00\t100.00\t100.00\t10\t100.00%\t10",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "产出指标\t数量指标\t完成数量\t≥100个\t100个\t50\t50\t",
            "效益指标\t社会效益指标\t受益人数\t≥1000人\t1000人\t30\t30\t",
            "满意度指标\t服务对象满意度指标\t满意度\t≥90%\t90%\t10\t8\t",
            f"总分\t\t\t100\t98\t自评等级\t{grade}",
        ]
    )


@pytest.mark.parametrize(
    ("grade", "published", "findings"),
    [
        # a letter grade: read as in a 等级 row (A 优, B 良); before, None and no finding
        ("A", "优", []),
        ("B级", "良", [("grade-mismatch", "总分98应评为“优”，表中为“良”")]),
        # 较好: 良 of the 好/较好/一般/差 scale (r39e; before, None and malformed-points)
        ("较好", "良", [("grade-mismatch", "总分98应评为“优”，表中为“良”")]),
        # another short cell: said, as `自评等级：基本合格` in one cell is
        ("基本合格", None, [("malformed-points", "等级“基本合格”不是优、良、中、差之一，未读入")]),
        ("待定", None, [("malformed-points", "等级“待定”不是优、良、中、差之一，未读入")]),
        # the four grades, as before; a placeholder says nothing
        ("优", "优", []),
        ("—", None, []),
        # a label beside the 等级 label is no grade cell
        ("自评得分", None, []),
    ],
)
def test_a_grade_after_its_label_in_the_total_row(
    grade: str, published: str | None, findings: list[tuple[str, str]]
) -> None:
    table = _graded(grade)
    assert table.published.grade == published
    got = [
        (f.id, f.message)
        for f in score(table).findings
        if f.id in {"malformed-points", "grade-mismatch"}
    ]
    assert got == findings


# --- 2. past the deadline, the plan's own words repeated -------------------------------


def _tracking_table(rows: list[tuple[str, str, str, str]]) -> perftrack.Table:
    """A 1-6月 2025 跟踪表, one 产出 row per (三级, target, plan, actual)."""
    return _read(
        [
            "财政项目支出绩效跟踪表",
            "跟踪时段：（ 2025-1月 至 2025-6月 ）",
            "项目名称\t测试项目",
            "预算执行情况 (万元)\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)",
            "\t年度资金总额\t100.00\t100.00\t50.00\t50.00",
            "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
            *(
                f"产出指标\t时效指标\t{name}\t{target}\t{plan}\t{actual}\t"
                for name, target, plan, actual in rows
            ),
            "纠偏措施\t加快进度。",
        ]
    )


@pytest.mark.parametrize(
    ("target", "plan", "actual", "expected"),
    [
        # the plan's words, repeated at the deadline: on track (it was unknown, "截止日期已到，
        # 结果无法判断，进度无法判断"); the verdict stays unknown (spec §3 rule 4: text at due)
        (
            "2025年6月底前",
            "上线",
            "上线",
            ("unknown", "on_track", "截止日期2025-06-30已到，实际“上线”无法判断是否完成"),
        ),
        (
            "2025年5月底前",
            "投入使用",
            "投入使用",
            ("unknown", "on_track", "截止日期2025-05-31已到，实际“投入使用”无法判断是否完成"),
        ),
        # other words than the plan's: nothing final, as before (regress68 U1)
        (
            "2025年6月底前",
            "上线",
            "启动",
            ("unknown", "unknown", "截止日期2025-06-30已到，实际“启动”无法判断是否完成"),
        ),
        # before the deadline, as before
        (
            "2025年12月底前",
            "上线",
            "上线",
            ("pending", "on_track", "实际“上线”，截止日期2025-12-31未到"),
        ),
    ],
)
def test_the_plan_repeated_at_the_deadline_is_on_track(
    target: str, plan: str, actual: str, expected: tuple[str, str, str]
) -> None:
    verdict = score(_tracking_table([("上线时间", target, plan, actual)])).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


# --- 3. the rate's 得分 claimed against a budget of 0 -----------------------------------


def _budgeted(line: str) -> perftrack.Table:
    return _read(
        [
            "项目支出绩效自评表",
            "（2025年度）",
            "项目名称\t测试项目",
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            f"年度资金总额\t{line}",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "产出指标\t数量指标\t完成数量\t≥100个\t100个\t90\t90\t",
        ]
    )


_NO_BUDGET = "“年度资金总额”预算数为0，无预算安排却执行5.00"


@pytest.mark.parametrize(
    ("line", "message", "points"),
    [
        # the printed 10 is kept (spec §7), now said to rest on nothing (it was kept silently)
        (
            "0.00\t0.00\t5.00\t10\t\t10",
            _NO_BUDGET + "，填报的预算执行率得分10无依据",
            ("10.00", "unknown: printed points"),
        ),
        (
            "0.00\t0.00\t5.00\t10\t100%\t10",
            _NO_BUDGET + "，填报的预算执行率得分10无依据",
            ("10.00", "execution rate 100.00% printed"),
        ),
        # no points claimed: nothing to add
        ("0.00\t0.00\t5.00\t10\t\t0", _NO_BUDGET, ("0.00", "unknown: printed points")),
    ],
)
def test_rate_points_against_a_zero_budget_are_said(
    line: str, message: str, points: tuple[str, str]
) -> None:
    card = score(_budgeted(line))
    assert [(f.id, f.message, f.where.cell) for f in card.findings if f.id == "over-execution"] == [
        ("over-execution", message, "D5")
    ]
    assert card.points is not None
    [item] = [item for item in card.points.items if item.budget_line == "total"]
    assert (str(item.points), item.rule) == points


# --- 4. a trial run at the deadline ------------------------------------------------------


def _self_table(rows: list[tuple[str, str, str, str]]) -> perftrack.Table:
    """A 2025 自评表, budget spent, one 时效 row per (三级, target, actual, 得分)."""
    return _read(
        [
            "项目支出绩效自评表",
            "（2025年度）",
            "项目名称\t测试项目",
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "年度资金总额\t100.00\t100.00\t100.00\t10\t100%\t10",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            *(
                f"产出指标\t时效指标\t{name}\t{target}\t{actual}\t10\t{points}\t原因见说明"
                for name, target, actual, points in rows
            ),
        ]
    )


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        # a trial run is no completion: not met, as 正在试运行 (it was unknown, the 10 kept)
        (
            "上线时间",
            "2025年6月30日前",
            "试运行",
            ("not_met", "截止日期2025-06-30已到，实际“试运行”仅为试运行，尚未完成", "0.00"),
        ),
        (
            "建设时间",
            "2025年6月30日前完成",
            "已投入试运行",
            ("not_met", "截止日期2025-06-30已到，实际“已投入试运行”仅为试运行，尚未完成", "0.00"),
        ),
        (
            "竣工时间",
            "2025年12月31日前",
            "试运营",
            ("not_met", "截止日期2025-12-31已到，实际“试运营”仅为试运营，尚未完成", "0.00"),
        ),
        # the words r35f read already: the same verdict
        (
            "上线时间",
            "2025年6月30日前",
            "正在试运行",
            ("not_met", "截止日期2025-06-30已到，实际“正在试运行”", "0.00"),
        ),
        # on a row named for the trial, the trial is the step asked: as before
        (
            "系统试运行时间",
            "2025年6月30日前",
            "试运行",
            ("unknown", "截止日期2025-06-30已到，实际“试运行”无法判断是否完成", "10.00"),
        ),
    ],
)
def test_a_trial_run_at_the_deadline_is_not_met(
    name: str, target: str, actual: str, expected: tuple[str, str, str]
) -> None:
    card = score(_self_table([(name, target, actual, "10")]))
    verdict = card.verdicts[0]
    assert card.points is not None
    [item] = [item for item in card.points.items if item.indicator == 0]
    assert (verdict.attainment.value, verdict.explanation, str(item.points)) == expected


def test_a_trial_run_before_the_deadline_is_pending() -> None:
    verdict = score(_tracking_table([("上线时间", "2025年12月底前", "完成", "试运行")])).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (
        "pending",
        "实际“试运行”，截止日期2025-12-31未到",
    )
