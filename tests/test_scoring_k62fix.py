"""regress62 (k62fix): counts started under a 开工 deadline, a count due by a date, a
year-end survey put at a month, and the 到位 duplicate column's wording.

Each case builds its table from TSV text written here and asserts the exact verdicts
and findings the audit asked for.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.scoring import Scorecard, score

MONITOR = (
    "省级财政项目支出绩效监控表\n"
    "监控时段：（2025年1-6月）\n"
    "\n"
    "项目名称\t城镇老旧小区改造补助\t主管部门\t某市住房和城乡建设局\t实施单位\t某中心\n"
    "预算执行情况（万元）\t年初预算数\t全年预算数\t1-6月执行数\t执行率\t偏差原因分析"
    "\t完成目标可能性\t备注\n"
    "年度资金总额\t5000.00\t5000.00\t2500.00\t50.00%\t\t确定能\t\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t全年预计完成情况"
    "\t偏差原因分析\t完成目标可能性\t备注\n"
    "产出指标\t数量指标\t改造小区数量\t≥40个\t20个\t40个\t\t确定能\t\n"
    "产出指标\t时效指标\t项目开工时间\t{target}\t{actual}\t已完成\t部分小区居民意见未统一"
    "\t有可能\t\n"
    "纠偏措施\t加快推进\n"
)

SELF_EVALUATION = (
    "2025年度项目支出绩效自评表\n"
    "项目名称\t农村人居环境整治补助\t主管部门\t某县农业农村局\n"
    "资金来源（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    "年度资金总额\t800.00\t800.00\t792.00\t99.00%\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t改造户厕数量\t≥300户\t305户\t40\t40\t\n"
    "效益指标\t社会效益指标\t农村卫生厕所普及率\t≥85%\t87%\t30\t30\t\n"
    "满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t{actual}\t20\t20\t{note}\n"
)


def _card(text: str) -> Scorecard:
    (table,) = perftrack.read_text(text)
    return score(table)


def _row(card: Scorecard, name: str) -> tuple[str, str, str]:
    table = card.table
    (verdict,) = (v for v in card.verdicts if table.indicators[v.indicator].name == name)
    return verdict.attainment.value, verdict.progress.value, verdict.explanation


def _said(card: Scorecard, *ids: str) -> list[tuple[str, str]]:
    return [(f.id, f.message) for f in card.findings if f.id in ids]


PASSED = "“项目开工时间”截止日期2025-05-31已到，结果为"


@pytest.mark.parametrize(
    ("target", "actual", "verdict", "findings"),
    [
        pytest.param(
            "2025年5月底前",
            "已开工12个，计划15个",
            (
                "not_met",
                "behind",
                (
                    "截止日期2025-05-31已到，实际“已开工12个，计划15个”；"
                    "全年预计“已完成”已不适用，以实际完成情况为准"
                ),
            ),
            [("deadline-passed", PASSED + "未完成")],
            id="count-of-plan-is-a-part",
        ),
        pytest.param(
            "2025年5月底前",
            "已开工12个（共15个）",
            (
                "not_met",
                "behind",
                (
                    "截止日期2025-05-31已到，实际“已开工12个（共15个）”；"
                    "全年预计“已完成”已不适用，以实际完成情况为准"
                ),
            ),
            [("deadline-passed", PASSED + "未完成")],
            id="count-of-whole-in-brackets-unchanged",
        ),
        pytest.param(
            "2025年5月底前",
            "开工12个/15个",
            (
                "not_met",
                "behind",
                (
                    "截止日期2025-05-31已到，实际“开工12个/15个”；"
                    "全年预计“已完成”已不适用，以实际完成情况为准"
                ),
            ),
            [("deadline-passed", PASSED + "未完成")],
            id="count-slash-whole-is-a-part",
        ),
        pytest.param(
            "5月底前全部开工",
            "已开工12个，计划15个",
            (
                "not_met",
                "behind",
                (
                    "截止日期2025-05-31已到，实际“已开工12个，计划15个”；"
                    "全年预计“已完成”已不适用，以实际完成情况为准"
                ),
            ),
            [("deadline-passed", PASSED + "未完成")],
            id="all-target-count-of-plan-not-met",
        ),
        pytest.param(
            "5月底前全部开工",
            "已开工12个",
            (
                "unknown",
                "behind",  # never on_track past the due date (m70fix, regress68 U1)
                (
                    "截止日期2025-05-31已到，实际“已开工12个”无法判断是否完成；"
                    "截止日期已到，结果无法判断，表中填写了偏差原因"
                ),
            ),
            [("deadline-passed", PASSED + "无法判断")],
            id="all-target-bare-count-unknown",
        ),
        pytest.param(
            "5月底前开工",
            "已开工12个",
            ("met", "on_track", "实际“已开工12个”，已完成（截止2025-05-31）"),
            [],
            id="plain-target-bare-count-still-done",
        ),
        pytest.param(
            "2025年5月底前",
            "已开工12个，计划12个",
            ("met", "on_track", "实际“已开工12个，计划12个”，已完成（截止2025-05-31）"),
            [],
            id="count-equal-to-plan-done",
        ),
        pytest.param(
            "2025年5月底前",
            "已开工12个，计划投资15亿元",
            (
                "met",
                "on_track",
                "实际“已开工12个，计划投资15亿元”，已完成（截止2025-05-31）",
            ),
            [],
            id="plan-of-another-measure-no-whole",
        ),
        pytest.param(
            "5月底前开工15个小区",
            "已开工12个",
            (
                "not_met",
                "behind",
                "实际12个，未达年度指标=15个小区；全年预计“已完成”已不适用，以实际完成情况为准",
            ),
            [("deadline-passed", PASSED + "未完成")],
            id="count-due-by-label-date-short",
        ),
        pytest.param(
            "5月底前开工15个小区",
            "已开工15个",
            ("met", "on_track", "实际15个，达到年度指标=15个小区"),
            [],
            id="count-due-by-label-date-reached",
        ),
        pytest.param(
            "9月底前开工15个小区",
            "已开工12个",
            (
                "pending",
                "on_track",
                # the forecast column's 已完成 is what puts it on track (r36e)
                "实际12个，未达年度指标=15个小区，距年底尚有时间；全年预计“已完成”，可达成年度指标",
            ),
            [],
            id="count-label-date-not-due",
        ),
    ],
)
def test_start_counts(
    target: str,
    actual: str,
    verdict: tuple[str, str, str],
    findings: list[tuple[str, str]],
) -> None:
    card = _card(MONITOR.format(target=target, actual=actual))
    assert _row(card, "项目开工时间") == verdict
    assert _said(card, "deadline-passed") == findings


@pytest.mark.parametrize(
    ("actual", "note", "verdict", "findings"),
    [
        pytest.param(
            "/",
            "满意度调查拟于11月开展",
            (
                "unknown",
                "not_applicable",
                "实际“/”，满意度调查应于年内完成（满意度调查拟于11月开展），未填报实际满意度",
            ),
            [
                (
                    "missing-actual",
                    (
                        "“农户满意度”实际填写“/”，满意度调查应于年内完成（满意度调查拟于11月开展），"
                        "未填报实际满意度，却得满分（填报得分20）"
                    ),
                )
            ],
            id="year-end-survey-month-past",
        ),
        pytest.param(
            "/",
            "满意度调查拟于年底开展",
            (
                "unknown",
                "not_applicable",
                "实际“/”，满意度调查应于年内完成（满意度调查拟于年底开展），未填报实际满意度",
            ),
            [
                (
                    "missing-actual",
                    (
                        "“农户满意度”实际填写“/”，满意度调查应于年内完成（满意度调查拟于年底开展），"
                        "未填报实际满意度，却得满分（填报得分20）"
                    ),
                )
            ],
            id="year-end-survey-at-year-end",
        ),
        pytest.param(
            "/",
            "",
            ("not_applicable", "not_applicable", "指标不适用"),
            # still 不适用, but its 20 points claimed for no result are said (letter34 H3)
            [
                (
                    "missing-actual",
                    "“农户满意度”实际完成值填写“/”，却得满分（填报得分20），已按不适用剔除",
                )
            ],
            id="slash-without-survey-note-still-not-applicable",
        ),
    ],
)
def test_year_end_survey(
    actual: str, note: str, verdict: tuple[str, str, str], findings: list[tuple[str, str]]
) -> None:
    card = _card(SELF_EVALUATION.format(actual=actual, note=note))
    assert _row(card, "农户满意度") == verdict
    assert _said(card, "missing-actual", "points-unsupported") == findings


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        pytest.param(
            "累计到位资金\t已到位资金",
            [
                (
                    "预算表头“累计到位资金”（C3）与“已到位资金”（D3）同为到位数列，"
                    "按前者读取，后者的金额未读入"
                )
            ],
            id="received-twice",
        ),
    ],
)
def test_duplicate_received_column(columns: str, expected: list[str]) -> None:
    text = (
        "2024年度项目支出绩效自评表\n"
        "项目名称\t城区道路提升改造项目\t主管部门\t某县住房和城乡建设局\n"
        f"资金来源（万元）\t全年预算数\t{columns}\t全年执行数\t执行率\n"
        "合计\t1,000.00\t900.00\t900.00\t950.00\t95.00%\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t改造道路长度\t≥5公里\t5.2公里\t20\t20\n"
    )
    card = _card(text)
    assert [m for i, m in _said(card, "budget-column-duplicate")] == expected
