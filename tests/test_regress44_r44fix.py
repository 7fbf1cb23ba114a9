"""regress44 fixes (r44fix): a labelled rate of another measure, hazards found beside
no accident, and a 执行数 group over 金额 | 执行率 in a two-row budget header.

Each table is written here as the TSV staff fill in; each case fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack.scoring import score

_HEAD = (
    "2024年度项目支出绩效自评表\n"
    "项目名称\t示例项目\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t1000\t1000\t960\t10\t96.00%\t9.6\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
)


def _row(name: str, target: str, actual: str) -> tuple[str, str, tuple[str, ...]]:
    table = perftrack.read_text(
        _HEAD + f"产出指标\t质量指标\t{name}\t{target}\t{actual}\t10\t\t\n"
    )[0]
    result = score(table)
    (verdict,) = [v for v in result.verdicts if v.name == name]
    ids = tuple(
        sorted(
            f.id
            for f in result.findings
            if f.id in ("actual-other-measure", "unit-mismatch", "missing-deviation-reason")
        )
    )
    return verdict.attainment.value, verdict.explanation, ids


# --- S1: a single labelled rate names another measure than the row's ----------------


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "工程验收优良率",
            "≥85%",
            "验收合格率100%",
            (
                "unknown",
                (
                    "实际“验收合格率100%”统计的是验收合格率，年度指标“≥85%”统计的是工程验收优良率，"
                    "口径不同（合格率≠优良率），需人工判断"
                ),
                ("actual-other-measure",),
            ),
            id="hege-on-youliang",
        ),
        pytest.param(
            "水质达标率",
            "≥95%",
            "覆盖率100%",
            (
                "unknown",
                (
                    "实际“覆盖率100%”统计的是覆盖率，年度指标“≥95%”统计的是水质达标率，"
                    "口径不同（覆盖率≠达标率），需人工判断"
                ),
                ("actual-other-measure",),
            ),
            id="fugai-on-dabiao",
        ),
        pytest.param(
            "工程验收合格率",
            "100%",
            "验收合格率100%",
            ("met", "实际100%，达到年度指标=100%", ()),
            id="same-label-kept",
        ),
        pytest.param(
            "工程验收优良率",
            "≥85%",
            "优良率90%",
            ("met", "实际90%，达到年度指标≥85%", ()),
            id="own-label-kept",
        ),
        pytest.param(
            "工程验收优良率",
            "≥85%",
            "90%",
            ("met", "实际90%，达到年度指标≥85%", ()),
            id="no-label-kept",
        ),
    ],
)
def test_labelled_rate_of_another_measure(
    name: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert _row(name, target, actual) == expected


# --- S2: hazards found in an inspection are no accidents ----------------------------


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "安全事故发生情况",
            "不发生较大及以上事故",
            "未发生安全事故，排查（一般）隐患32处",
            (
                "met",
                "实际“未发生安全事故，排查（一般）隐患32处”，达到“不发生较大及以上事故”",
                (),
            ),
            id="hazards-bracketed-grade",
        ),
        pytest.param(
            "安全事故发生情况",
            "不发生较大及以上事故",
            "未发生安全事故，检查发现问题5个，已全部整改",
            (
                "met",
                "实际“未发生安全事故，检查发现问题5个，已全部整改”，达到“不发生较大及以上事故”",
                (),
            ),
            id="problems-then-put-right",
        ),
        pytest.param(
            "安全事故发生次数",
            "0起",
            "未发生安全事故，排查隐患32处",
            ("met", "实际0起，达到年度指标=0起", ()),
            id="zero-count-no-unit-mismatch",
        ),
        pytest.param(
            "安全隐患",
            "无安全隐患",
            "未发生安全事故，排查隐患32处",
            (
                "not_met",
                "实际“未发生安全事故，排查隐患32处”，未达到“无安全隐患”",
                ("missing-deviation-reason",),
            ),
            id="hazard-target-counts-them",
        ),
        pytest.param(
            "隐患数量",
            "0处",
            "未发生安全事故，排查隐患32处",
            ("not_met", "实际32处已超出年度上限=0处", ("missing-deviation-reason",)),
            id="hazard-count-counts-them",
        ),
    ],
)
def test_hazards_found_are_no_accidents(
    name: str, target: str, actual: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert _row(name, target, actual) == expected


# --- S3: 执行数 over 金额 | 执行率 beside 全年预计执行数 ------------------------------


def _budget(lower: str) -> tuple[Decimal | None, ...]:
    text = (
        "2024年度项目支出绩效跟踪表（2024年1-6月）\n"
        "项目名称\t农村饮水安全巩固提升\n"
        "预算执行情况（万元）\t全年预算数\t执行数\t\t全年预计执行数\n"
        f"{lower}\n"
        "年度资金总额\t1000\t380\t38.00%\t1000\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t全年预计完成值\t偏差原因分析\n"
        "产出指标\t数量指标\t维修管网长度\t≥20公里\t9公里\t20公里\t\n"
    )
    table = perftrack.read_text(text)[0]
    (line,) = table.budget
    return line.period_budget, line.executed, line.rate, line.forecast


@pytest.mark.parametrize(
    ("lower", "expected"),
    [
        pytest.param(
            "\t\t金额\t执行率\t",
            (Decimal(1000), Decimal(380), Decimal("38.00"), Decimal(1000)),
            id="amount-rate",
        ),
        pytest.param(
            "\t\t金额（万元）\t执行率\t",
            (Decimal(1000), Decimal(380), Decimal("38.00"), Decimal(1000)),
            id="amount-with-unit",
        ),
    ],
)
def test_executed_group_over_amount_and_rate(
    lower: str, expected: tuple[Decimal | None, ...]
) -> None:
    assert _budget(lower) == expected
