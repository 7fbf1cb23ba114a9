"""r35f: cells an auditor's small tables turned up, scored as a careful reviewer would.

- a check still under way (``验收中``, ``检测中``, ``考核中``) is no grade ``中``: it met
  ``合格`` (read as the verdict ``中``, the rank of 合格) and fell "below" ``良好``;
- work under way named by more verbs (``测试中``, ``改造中``, ``培训中``…) is a status in
  progress: at the deadline it is not met, where it was "无法判断" (and its printed full
  得分 kept);
- a count said before its event (``发生1起一般事故``) is the count after it
  (``发生一般事故1起``): a lower grade than ``无重大安全事故`` rules out, met;
- an actual under way against a plan of the row's work done (``完成``) is behind.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.scoring import score


def _read(lines: list[str]) -> perftrack.Table:
    return perftrack.read_text("\n".join(lines))[0]


def _self_table(rows: list[tuple[str, str, str, str, str]]) -> perftrack.Table:
    """A 2025 自评表, budget spent, one 产出 row per (二级, 三级, target, actual, 得分)."""
    return _read(
        [
            "项目支出绩效自评表",
            "（2025年度）",
            "项目名称\t测试项目",
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "年度资金总额\t100.00\t100.00\t100.00\t10\t100%\t10",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            *(
                f"产出指标\t{level2}\t{name}\t{target}\t{actual}\t10\t{points}\t原因见说明"
                for level2, name, target, actual, points in rows
            ),
        ]
    )


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


def _only(table: perftrack.Table) -> tuple[str, str, str]:
    verdict = score(table).verdicts[0]
    return verdict.attainment.value, verdict.progress.value, verdict.explanation


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        # the check under way, at the year's end: not met (it was met, the grade 中)
        ("合格", "验收中", ("not_met", "实际“验收中”，年底仍未完成", "0.00")),
        ("优良", "验收中", ("not_met", "实际“验收中”，年底仍未完成", "0.00")),
        # a check of measuring under way says no verdict yet (it was met, the grade 中)
        ("合格", "检测中", ("unknown", "实际“检测中”无法与年度指标“合格”对照", "10.00")),
        # it was not met, "实际“考核中”含等次“中”，低于“良好”"
        ("良好", "考核中", ("unknown", "实际“考核中”无法与年度指标“良好”对照", "10.00")),
        # a grade said after the check's words still is one
        ("良好", "考核结果为中", ("not_met", "实际“考核结果为中”含等次“中”，低于“良好”", "0.00")),
        ("合格", "中", ("met", "实际“中”，达到“合格”", "10.00")),
    ],
)
def test_a_check_under_way_is_no_grade(
    target: str, actual: str, expected: tuple[str, str, str]
) -> None:
    table = _self_table([("质量指标", "工程质量", target, actual, "10")])
    card = score(table)
    verdict = card.verdicts[0]
    assert card.points is not None
    assert (verdict.attainment.value, verdict.explanation, str(card.points.items[0].points)) == (
        expected
    )


def test_a_check_under_way_mid_year_is_pending() -> None:
    table = _tracking_table([("工程质量", "合格", "合格", "验收中")])
    assert _only(table)[0::2] == ("pending", "实际“验收中”，尚在进行")


@pytest.mark.parametrize(
    "actual",
    ["测试中", "改造中", "维修中", "培训中", "部署中", "装修中", "研发中", "迁移中", "修订中"],
)
def test_work_under_way_at_the_deadline_is_not_met(actual: str) -> None:
    table = _tracking_table([("上线时间", "2025年6月30日前", "完成", actual)])
    assert _only(table) == (
        "not_met",
        "behind",
        f"截止日期2025-06-30已到，实际“{actual}”；尚未完成，落后于计划“完成”",
    )


@pytest.mark.parametrize("actual", ["评估中", "审计中"])
def test_measuring_under_way_stays_unknown(actual: str) -> None:
    table = _tracking_table([("评估时间", "2025年6月30日前", "完成", actual)])
    assert _only(table) == (
        "unknown",
        "unknown",
        f"截止日期2025-06-30已到，实际“{actual}”无法判断是否完成",
    )


def test_work_under_way_in_a_self_evaluation_loses_its_printed_full_points() -> None:
    table = _self_table([("时效指标", "系统上线时间", "2025年10月底前", "测试中", "10")])
    card = score(table)
    assert card.points is not None
    assert (card.verdicts[0].attainment.value, str(card.points.items[0].points)) == (
        "not_met",
        "0.00",
    )
    assert [(f.id, f.where.cell, f.message) for f in card.findings if "points" in f.id] == [
        (
            "full-points-not-met",
            "G7",
            "“系统上线时间”未完成目标却得满分（填报得分10，计算得分0.00）",
        )
    ]


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (
            "无重大安全事故",
            "发生1起一般事故",
            (
                "met",
                (
                    "实际“发生1起一般事故”为一般事故，低于年度指标“无重大安全事故”排除的等级，"
                    "该等级事故未发生，达到年度指标"
                ),
            ),
        ),
        (
            "无较大及以上安全事故",
            "发生1起一般安全事故",
            (
                "met",
                (
                    "实际“发生1起一般安全事故”为一般安全事故，低于年度指标“无较大及以上安全事故”"
                    "排除的等级，该等级事故未发生，达到年度指标"
                ),
            ),
        ),
        # the order already read: unchanged
        (
            "无重大安全事故",
            "发生一般事故1起",
            (
                "met",
                (
                    "实际“发生一般事故1起”为一般事故，低于年度指标“无重大安全事故”排除的等级，"
                    "该等级事故未发生，达到年度指标"
                ),
            ),
        ),
        # the grade ruled out, or no grade said: not met, as before
        (
            "无重大安全事故",
            "发生1起重大安全事故",
            ("not_met", "实际“发生1起重大安全事故”，发生1起，未达到“无重大安全事故”"),
        ),
        (
            "无重大安全事故",
            "发生1起安全事故",
            ("not_met", "实际发生1起安全事故，未达到“无重大安全事故”"),
        ),
        ("零事故", "发生1起一般事故", ("not_met", "实际发生1起一般事故，未达到“零事故”")),
    ],
)
def test_a_count_before_its_lower_grade_event(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    table = _self_table([("质量指标", "安全生产", target, actual, "10")])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("plan", "actual", "expected"),
    [
        (
            "完成",
            "进行中",
            (
                "pending",
                "behind",
                "实际“进行中”，截止日期2025-12-31未到；尚未完成，落后于计划“完成”",
            ),
        ),
        (
            "已完成",
            "招标中",
            (
                "pending",
                "behind",
                "实际“招标中”，截止日期2025-12-31未到；尚未完成，落后于计划“已完成”",
            ),
        ),
        # another work named by the plan says nothing of this one: unchanged
        ("完成招标", "施工中", ("pending", "unknown", "实际“施工中”，截止日期2025-12-31未到")),
        ("施工中", "施工中", None),
    ],
)
def test_a_plan_of_the_work_done_against_work_under_way(
    plan: str, actual: str, expected: tuple[str, str, str] | None
) -> None:
    got = _only(_tracking_table([("项目完成时间", "2025年12月底前", plan, actual)]))
    if expected is None:
        assert got[1] == "on_track"
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("name", "target", "plan", "actual", "expected"),
    [
        # a worse class than planned: behind (it was unknown, while 良 against 优 was behind)
        (
            "河道水质",
            "Ⅲ类",
            "Ⅲ类",
            "Ⅳ类",
            (
                "pending",
                "behind",
                "实际“Ⅳ类”低于“Ⅲ类”，距年底尚有时间；实际“Ⅳ类”未达到计划“Ⅲ类”",
            ),
        ),
        (
            "断面水质",
            "达到Ⅲ类",
            "达到Ⅲ类",
            "Ⅳ类",
            (
                "pending",
                "behind",
                "实际“Ⅳ类”低于“达到Ⅲ类”，距年底尚有时间；实际“Ⅳ类”未达到计划“达到Ⅲ类”",
            ),
        ),
        # the plan's class (below the year's target) is on track, a better one met: unchanged
        ("地表水水质类别", "Ⅲ类", "Ⅳ类", "Ⅳ类", ("pending", "on_track", None)),
        ("出水水质", "Ⅲ类", "Ⅲ类", "Ⅱ类", ("met", "on_track", "实际“Ⅱ类”，达到“Ⅲ类”")),
    ],
)
def test_a_water_class_against_its_plan(
    name: str, target: str, plan: str, actual: str, expected: tuple[str, str, str | None]
) -> None:
    table = _read(
        [
            "财政项目支出绩效跟踪表",
            "跟踪时段：（ 2025-1月 至 2025-9月 ）",
            "项目名称\t测试项目",
            "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析",
            f"效益指标\t生态效益指标\t{name}\t{target}\t{plan}\t{actual}\t",
        ]
    )
    attainment, progress, explanation = _only(table)
    assert (attainment, progress) == expected[:2]
    if expected[2] is not None:
        assert explanation == expected[2]


@pytest.mark.parametrize(
    ("actual", "explanation"),
    [
        # the cell's own verb: no 发生 before it (it read "实际发生收到投诉2件")
        ("收到投诉2件", "实际收到投诉2件，未达到“零投诉”"),
        ("收到2件投诉", "实际收到2件投诉，未达到“零投诉”"),
        # a bare count keeps its 发生
        ("投诉2件", "实际发生投诉2件，未达到“零投诉”"),
        ("发生2起投诉", "实际发生2起投诉，未达到“零投诉”"),
    ],
)
def test_a_count_of_complaints_is_said_with_its_own_verb(actual: str, explanation: str) -> None:
    table = _self_table([("质量指标", "投诉情况", "零投诉", actual, "0")])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == ("not_met", explanation)


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        # a count of another event than the one ruled out: for a reviewer (it was not met)
        (
            "无重大安全事故",
            "发生2次故障",
            (
                "unknown",
                (
                    "实际“发生2次故障”统计的是故障，不是年度指标“无重大安全事故”所指重大安全事故，"
                    "需人工判断"
                ),
            ),
        ),
        (
            "无重大安全事故",
            "发生故障2次",
            (
                "unknown",
                (
                    "实际“发生故障2次”统计的是故障，不是年度指标“无重大安全事故”所指重大安全事故，"
                    "需人工判断"
                ),
            ),
        ),
        # the same event, or the same kind said with another word: not met, as before
        ("无安全事故", "发生1起安全事故", ("not_met", "实际发生1起安全事故，未达到“无安全事故”")),
        (
            "无食品安全事故",
            "发生食品安全事件1起",
            ("not_met", "实际发生食品安全事件1起，未达到“无食品安全事故”"),
        ),
        ("全年无故障", "发生故障2次", ("not_met", "实际“发生故障2次”，未达到“全年无故障”")),
        ("全年无故障", "发生2次故障", ("not_met", "实际“发生2次故障”，未达到“全年无故障”")),
    ],
)
def test_a_count_of_another_event(target: str, actual: str, expected: tuple[str, str]) -> None:
    table = _self_table([("质量指标", "安全运行", target, actual, "10")])
    verdict = score(table).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == expected
