"""Figures with more digits than ``Decimal``'s 28 are scored, never a raw InvalidOperation.

A 项目编码 pasted into an amount (``330100240000000678901234567890``, 30 digits)
made ``perftrack.score`` raise ``decimal.InvalidOperation`` (rounding the rate to
the cent needed 32 digits) and the command drop the table. The figures are kept
exact; only rounding them for display needed room.
"""

from __future__ import annotations

import json
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack._numbers import half_up
from perftrack.cli import main

if TYPE_CHECKING:
    from pathlib import Path

HEAD = """财政项目支出绩效跟踪表
跟踪时段：（ 2024-1月 至 2024-6月 ）
项目名称\t耕地地力保护补贴发放
主管部门\t某县农业农村局\t\t实施单位\t某县农业技术推广中心
预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期实际执行数\t执行率(%)
\t年度资金总额\t\t1200.00\t{planned}\t{actual}\t50.00
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析
产出指标\t数量指标\t补贴面积\t≥35万亩\t20万亩\t{area}\t
绩效跟踪总体判断\t年度项目预算完成可能性\t确定能
"""

CODE = "330100240000000678901234567890"  # 30 digits


def table(planned: str = "1200.00", actual: str = "600.00", area: str = "21万亩") -> str:
    return HEAD.format(planned=planned, actual=actual, area=area)


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        ("66.665", "66.67"),
        ("-0.005", "-0.01"),
        ("12345678901234567890123456.789", "12345678901234567890123456.79"),
        (CODE, CODE + ".00"),
        (CODE + ".125", CODE + ".13"),
        ("9" * 60 + ".995", "1" + "0" * 60 + ".00"),
        ("0.0000000000000000000000000000001", "0.00"),
        ("1E+40", "1" + "0" * 40 + ".00"),
    ],
)
def test_half_up_rounds_any_figure_to_the_cent(value: str, rounded: str) -> None:
    assert format(half_up(Decimal(value)), "f") == rounded
    with localcontext(prec=5):  # a caller's narrow context does not break it either
        assert format(half_up(Decimal(value)), "f") == rounded


@pytest.mark.parametrize(
    ("cells", "finding", "message"),
    [
        (
            {"actual": CODE},
            "budget-rate-mismatch",
            "“年度资金总额”填报执行率50.00%与金额计算的27508353333333389908436213990.00%不符",
        ),
        (
            {"actual": CODE},
            "over-execution",
            f"“年度资金总额”执行数{CODE}超过预算数1200.00",
        ),
        (
            {"planned": "0.0000000000000000000000000000001"},
            "budget-rate-mismatch",
            (
                "“年度资金总额”填报执行率50.00%与金额计算的600000000000000000000000000000000000.00%不符"
                "（填报执行率为执行数与年初预算数1200.00之比，"
                "执行率应以调整后的预算数0.0000000000000000000000000000001为分母）"
            ),
        ),
        (
            {"area": CODE + "万亩"},
            "exceeds-target",
            (
                f"“补贴面积”实际{CODE}万亩为年度指标≥35万亩的943143542857144796860670194000.00%，"
                "指标可能设置偏低"
            ),
        ),
        (
            {"area": "9" * 40 + "万亩"},
            "exceeds-target",
            f"“补贴面积”实际{'9' * 40}万亩为年度指标≥35万亩的2857142857142857142857142857"
            + "0" * 13
            + ".00%，指标可能设置偏低",
        ),
    ],
)
def test_a_figure_of_many_digits_is_scored(
    cells: dict[str, str], finding: str, message: str
) -> None:
    [read] = perftrack.read_text(table(**cells))
    card = perftrack.score(read)
    assert [f.message for f in card.findings if f.id == finding] == [message]
    assert perftrack.from_json(perftrack.to_json([card])) == (card,)


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html", "csv", "review"])
def test_the_command_keeps_the_table(
    tmp_path: Path,
    fmt: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "big.txt"
    path.write_text(table(actual=CODE, area=CODE + "万亩"), encoding="utf-8")
    status = main(["score", "--format", fmt, str(path)])
    captured = capsys.readouterr()
    assert "无法评分" not in captured.out + captured.err
    assert status == 0
    if fmt == "json":
        [doc] = json.loads(captured.out)["tables"]
        assert doc["budget"][0]["executed"] == CODE
        assert doc["budget"][0]["rate_recomputed"] == "27508353333333389908436213990.00"
