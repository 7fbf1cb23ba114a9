"""regress42 fixes (r42fix): ranges after a name's letters, sums of time mid-year, unit
prices per year with the year left out, standard codes repeated in an actual.

Each table is built here from its rows; each case fails before its fix.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack import Descriptive, Range, parse_target
from perftrack.cli import main
from perftrack.scoring import score

if TYPE_CHECKING:
    from pathlib import Path

    from perftrack.expressions import Target

# --- W1: a unit after the year makes a range, not a standard's code ------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            "LED 1500-2000盏",
            Range(Decimal(1500), Decimal(2000), "盏", label="LED"),
            id="LED-盏",
        ),
        pytest.param(
            "LNG 1800-2000吨",
            Range(Decimal(1800), Decimal(2000), "吨", label="LNG"),
            id="LNG-吨",
        ),
        pytest.param(
            "CT 1500-2000人次",
            Range(Decimal(1500), Decimal(2000), "人次", label="CT"),
            id="CT-人次",
        ),
        pytest.param(
            "G 1000-2000个",
            Range(Decimal(1000), Decimal(2000), "个", label="G"),
            id="G-个",
        ),
        pytest.param(
            "H 1500-2000m",
            Range(Decimal(1500), Decimal(2000), "m", label="H"),
            id="H-m",
        ),
        # codes stay names: nothing, 标准, 等, a grade or a word after the year
        pytest.param("CJJ45-2015", Descriptive("CJJ45-2015"), id="code-alone"),
        pytest.param("符合CJJ45-2015标准", Descriptive("符合CJJ45-2015标准"), id="code-标准"),
        pytest.param("执行GB 50034-2013", Descriptive("执行GB 50034-2013"), id="code-spaced"),
        pytest.param("GB 50034-2013等标准", Descriptive("GB 50034-2013等标准"), id="code-等"),
        pytest.param(
            "符合GB3838-2002 III类标准",
            Descriptive("符合GB3838-2002III类标准"),
            id="code-III类",
        ),
        pytest.param("通过ISO9001-2015认证", Descriptive("通过ISO9001-2015认证"), id="code-认证"),
    ],
)
def test_unit_after_year_is_range(cell: str, expected: Target) -> None:
    assert parse_target(cell) == expected


def _self_evaluation(rows: list[tuple[str, str, str]]) -> perftrack.Table:
    lines = [
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", "城市照明节能改造"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        *(
            ["产出指标", "数量指标", name, target, actual, "10", "10"]
            for name, target, actual in rows
        ),
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _verdict(name: str, target: str, actual: str) -> tuple[str, str]:
    verdict = score(_self_evaluation([(name, target, actual)])).verdicts[0]
    return verdict.attainment.value, verdict.explanation


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "更换节能灯具",
            "LED 1500-2000盏",
            "1800盏",
            ("met", "实际1800盏，达到年度指标1500-2000盏"),
            id="LED",
        ),
        pytest.param(
            "LNG加气量",
            "LNG 1800-2000吨",
            "1900吨",
            ("met", "实际1900吨，达到年度指标1800-2000吨"),
            id="LNG",
        ),
        pytest.param(
            "CT检查人次",
            "CT 1500-2000人次",
            "1650人次",
            ("met", "实际1650人次，达到年度指标1500-2000人次"),
            id="CT",
        ),
    ],
)
def test_range_after_letters_scored(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


# --- W2, P1: a ceiling of time that says it is a sum is a running total mid-year -----


def _tracking(name: str, target: str, actual: str) -> perftrack.Table:
    lines = [
        ["2024年项目支出绩效运行监控表"],
        ["监控时段：2024年1月至2024年6月"],
        ["项目名称", "配电网运行维护"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值", "全年预计完成值"],
        ["产出指标", "质量指标", name, target, actual, ""],
    ]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


_PENDING = "pending", "实际{a}暂未超过年度上限{t}，年底前仍可能超出"
_MET = "met", "实际{a}，达到年度指标{t}"


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        # W2: the target cell says the sum
        pytest.param("停电时间", "全年累计≤300分钟", "220分钟", _PENDING, id="target-全年累计"),
        pytest.param("停电时间", "累计≤300分钟", "220分钟", _PENDING, id="target-累计"),
        pytest.param("停电时长", "累计≤300分钟", "220分钟", _PENDING, id="时长-target-累计"),
        # P1: a name in 时长 that says a sum
        pytest.param("累计停电时长", "≤300分钟", "220分钟", _PENDING, id="累计停电时长"),
        pytest.param("全年停电时长", "≤24小时", "10小时", _PENDING, id="全年停电时长"),
        pytest.param("年度停机时长", "≤600分钟", "450分钟", _PENDING, id="年度停机时长"),
        pytest.param("总停电时长", "≤300分钟", "220分钟", _PENDING, id="总停电时长"),
        # unchanged: a duration per case, a name in 时间 that says the sum
        pytest.param("故障处理时长", "≤30分钟", "20分钟", _MET, id="per-case-时长"),
        pytest.param("平均办理时长", "≤5天", "3天", _MET, id="average-时长"),
        pytest.param("累计停电时间", "≤300分钟", "220分钟", _PENDING, id="累计停电时间"),
        pytest.param("故障修复时间", "≤24小时", "18小时", _MET, id="修复时间"),
    ],
)
def test_time_sum_pending_mid_year(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    verdict = score(_tracking(name, target, actual)).verdicts[0]
    shown = parse_target(target)
    assert isinstance(shown, perftrack.Comparison)
    goal = f"≤{shown.value}{shown.unit}"
    attainment, why = expected
    assert (verdict.attainment.value, verdict.explanation) == (
        attainment,
        why.format(a=actual, t=goal),
    )


# --- W3: a unit price with the year left out, too small to be a year's ---------------


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "物业费",
            "≤36元/㎡·年",
            "3.2元/平方米",
            ("unknown", "实际3.2元/平方米与年度指标≤36元/平方米·年单位不可比"),
            id="monthly-like-物业费",
        ),
        pytest.param(
            "年租金",
            "≤120元/㎡·年",
            "11元/平方米",
            ("unknown", "实际11元/平方米与年度指标≤120元/平方米·年单位不可比"),
            id="monthly-like-租金",
        ),
        pytest.param(
            "年租金",
            "≤120元/平方米/年",
            "118元/平方米",
            ("met", "实际118元/平方米，达到年度指标≤120元/平方米/年"),
            id="slash-年-spelling",
        ),
        pytest.param(
            "年租金",
            "≤120元/平方米/年",
            "125元/平方米",
            ("not_met", "实际125元/平方米，超出年度指标≤120元/平方米/年"),
            id="slash-年-over",
        ),
        # unchanged: a year's price of the bar's size; a period on both sides
        pytest.param(
            "租金单价",
            "≤120元/㎡·年",
            "118元/平方米",
            ("met", "实际118元/平方米，达到年度指标≤120元/平方米·年"),
            id="yearly-price",
        ),
        pytest.param(
            "租金单价",
            "≤120元/㎡·年",
            "25元/平方米",
            ("met", "实际25元/平方米，达到年度指标≤120元/平方米·年"),
            id="a-fifth-of-the-bar",
        ),
        pytest.param(
            "月租金",
            "≤120元/㎡·年",
            "11元/㎡·月",
            ("unknown", "实际11元/平方米·月与年度指标≤120元/平方米·年单位不可比"),
            id="month-against-year",
        ),
    ],
)
def test_year_left_out_price(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert _verdict(name, target, actual) == expected


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param("≤36元/㎡·年", "3.2元/平方米", ["unit-mismatch"], id="monthly-like"),
        pytest.param("≤120元/平方米/年", "118元/平方米", [], id="slash-年"),
        pytest.param("≤120元/㎡·年", "118元/平方米", [], id="yearly"),
    ],
)
def test_year_left_out_price_findings(target: str, actual: str, expected: list[str]) -> None:
    findings = score(_self_evaluation([("物业费", target, actual)])).findings
    assert [f.id for f in findings if f.id == "unit-mismatch"] == expected


# --- small: an actual repeating the target's standard code conforms ------------------


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "JGJ/T 123-2014",
            "符合JGJ/T 123-2014",
            ("met", "实际“符合JGJ/T 123-2014”，达到“JGJ/T 123-2014”"),
            id="符合-code",
        ),
        pytest.param(
            "符合CJJ45-2015标准",
            "已符合CJJ45-2015要求",
            ("met", "实际“已符合CJJ45-2015要求”，达到“符合CJJ45-2015标准”"),
            id="符合-code-标准",
        ),
        pytest.param(
            "GB/T 50081-2019",
            "不符合GB/T 50081-2019",
            ("not_met", "实际“不符合GB/T 50081-2019”，未达到“GB/T 50081-2019”"),
            id="不符合-code",
        ),
        # another code than the target's is no answer
        pytest.param(
            "JGJ/T 123-2014",
            "符合GB 50300-2013",
            ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
            id="other-code",
        ),
    ],
)
def test_actual_repeating_code(target: str, actual: str, expected: tuple[str, str]) -> None:
    assert _verdict("施工规范", target, actual) == expected


# --- small: a letter after a space is no digit --------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("100 O型血", perftrack.TextValue("100 O型血"), id="100-O型血"),
        pytest.param("2 O2O平台", perftrack.TextValue("2 O2O平台"), id="2-O2O"),
        # unchanged: letters touching the digits, letter-spaced cells, units after a space
        pytest.param("100O人", perftrack.Quantity(Decimal(1000), "人"), id="touching"),
        pytest.param("1 2O0人", perftrack.Quantity(Decimal(1200), "人"), id="spaced-groups"),
        pytest.param(
            "〉9 O %",
            perftrack.Quantity(Decimal(90), "%", perftrack.Bound.MORE_THAN),
            id="letter-spaced",
        ),
        pytest.param("50 l/s", perftrack.Quantity(Decimal(50), "l/s"), id="litres"),
    ],
)
def test_letter_after_space(cell: str, expected: perftrack.Value) -> None:
    assert perftrack.parse_value(cell) == expected


# --- small: perftrack check / read text output saved in a folder is ours -----------


_TABLE = "\n".join(
    "\t".join(line)
    for line in [
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", "城市照明节能改造"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "更换节能灯具", "≥1500盏", "1800盏", "10", "10"],
    ]
)


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["check"], id="check"),
        pytest.param(["read"], id="read"),
        pytest.param(["score"], id="score"),
    ],
)
def test_saved_output_skipped(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "导出"
    folder.mkdir()
    (folder / "甲.tsv").write_text(_TABLE, encoding="utf-8")
    main([*command, str(folder)])  # check's status says it found warnings
    saved = capsys.readouterr().out
    before = main(["check", str(folder)]), capsys.readouterr().out
    (folder / "输出.txt").write_text(saved, encoding="utf-8")
    status = main(["check", str(folder)])
    out, err = capsys.readouterr()
    assert (status, out, err) == (
        *before,
        f"perftrack: {folder / '输出.txt'}: 这是 perftrack 生成的报告，已跳过\n",
    )
