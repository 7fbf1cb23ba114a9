"""r37e: actual values with dates, and schedule rhythms.

(1) A count whose label opens with a date (``3月底前开工10个``) carries both: the
quantity keeps its label and gains ``when`` (March), so a count target reads the count
and a deadline the date, as ``2024年3月完成`` is judged (it was unknown, "无法判断是否
完成"). A share short of the whole, an amount, a count as of a date (截至) or a plan
are no date of work done.
(2) A text of work kept each period against a count per another period said with a
slash (``1次/月``, ``≥1次/季度``) is judged as ``每月1次`` is (it was "不是数值"), and
its points count the year (``每季度均按时召开`` against ``每月1次``: 4 of 12, it scored 0).
(3) ``target-above-midterm``: a unit printed on one side only is both's (``≥50`` against
``≥60公里``, ``10`` against ``12个``; r36j left them apart), a share (``≥90%`` against
``90``) stays alone.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from grade_tables import found, read, self_table, verdict
from perftrack import Bound, DateValue, Part, Quantity, parse_value
from perftrack.cli import main
from perftrack.scoring import score
from perftrack.serialization import _structure_value, _unstructure_expression

# ---------------------------------------------------------------------------
# (1) a count with a date: the parsed object

PARSED = [
    (
        "3月底前开工10个",
        Quantity(Decimal(10), "个", Bound.EXACT, "3月底前开工", when=DateValue(None, 3)),
    ),
    (
        "2024年3月开工10个",
        Quantity(Decimal(10), "个", Bound.EXACT, "2024年3月开工", when=DateValue(2024, 3)),
    ),
    (
        "2024年3月31日前开工10个",
        Quantity(
            Decimal(10), "个", Bound.EXACT, "2024年3月31日前开工", when=DateValue(2024, 3, 31)
        ),
    ),
    (
        "于3月底前开工10个",
        Quantity(Decimal(10), "个", Bound.EXACT, "于3月底前开工", when=DateValue(None, 3)),
    ),
    (
        "2024年一季度开工10个",
        Quantity(
            Decimal(10),
            "个",
            Bound.EXACT,
            "2024年一季度开工",
            when=DateValue(2024, None, part=Part.QUARTER_1),
        ),
    ),
    (
        "上半年开工10个",
        Quantity(
            Decimal(10),
            "个",
            Bound.EXACT,
            "上半年开工",
            when=DateValue(None, None, part=Part.HALF_1),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_count_with_a_date_parses_with_both(text: str, expected: Quantity) -> None:
    parsed = parse_value(text)
    assert parsed == expected
    assert parse_value(str(parsed)) == parsed  # the label as written reads back
    assert _structure_value(_unstructure_expression(parsed)) == parsed  # and the JSON


def test_no_date_where_the_label_names_none() -> None:
    # a plan, a start (起), a year alone, no date: no when (the first is dated)
    texts = ("3月底前开工10个", "3月底前计划开工10个", "3月起开工10个", "2023年增长10%", "开工10个")
    whens = [parse_value(text) for text in texts]
    assert [getattr(value, "when", "?") for value in whens] == [DateValue(None, 3), *[None] * 4]
    assert [getattr(value, "label", "?") for value in whens] == [
        "3月底前开工",
        "3月底前计划开工",
        "3月起开工",
        "2023年增长",
        "开工",
    ]


def test_when_in_json_only_when_dated() -> None:
    assert _unstructure_expression(parse_value("3月底前开工10个"))["when"] == {
        "year": None,
        "month": 3,
        "day": None,
    }
    assert "when" not in _unstructure_expression(parse_value("开工10个"))


def test_cli_parse_shows_when(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--role", "value", "3月底前开工10个"]) == 0
    assert capsys.readouterr().out == (
        "3月底前开工10个  quantity  3月底前开工10(个)  "
        "value=10 unit=个 bound=exact label=3月底前开工 when=3月\n"
    )


# ---------------------------------------------------------------------------
# (1) the verdicts: the date for a deadline (a 2025 自评表)

DATED_VERDICTS = [
    (
        "2025年3月底前",
        "3月底前开工10个",
        "met",
        "实际“3月底前开工10个”，未晚于截止日期2025-03-31",
    ),
    (
        "2025年2月底前",
        "3月底前开工10个",
        "not_met",
        "实际“3月底前开工10个”，晚于截止日期2025-02-28",
    ),
    (
        "2025年6月底前",
        "2025年一季度开工10个",
        "met",
        "实际“2025年一季度开工10个”，未晚于截止日期2025-06-30",
    ),
    (
        "2025年3月底前",
        "2025年3月31日前开工10个",
        "met",
        "实际“2025年3月31日前开工10个”，未晚于截止日期2025-03-31",
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), DATED_VERDICTS)
def test_count_with_a_date_against_a_deadline(
    target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert verdict("时效指标", "开工时间", target, actual) == (attainment, explanation)


def test_count_with_a_date_carries_both() -> None:
    # the same cell: the count against a count, the date against a deadline
    actual = "3月底前开工10个"
    assert [
        verdict("数量指标", "开工项目数", "≥10个", actual),
        verdict("数量指标", "开工项目数", "≥12个", actual),
        verdict("时效指标", "开工时间", "2025年3月底前", actual),
    ] == [
        ("met", "实际10个，达到年度指标≥10个"),
        ("not_met", "实际10个，未达年度指标≥12个"),
        ("met", "实际“3月底前开工10个”，未晚于截止日期2025-03-31"),
    ]


def test_how_far_it_got_is_no_date_of_work_done() -> None:
    # a share short of the whole, a count as of a date (截至): unknown as before
    actuals = ("3月底前开工10个", "3月底前完成80%", "截至3月底开工10个")
    assert [verdict("时效指标", "开工时间", "2025年3月底前", actual) for actual in actuals] == [
        ("met", "实际“3月底前开工10个”，未晚于截止日期2025-03-31"),
        ("unknown", "截止日期2025-03-31已到，实际“3月底前完成80%”无法判断是否完成"),
        ("unknown", "截止日期2025-03-31已到，实际“截至3月底开工10个”无法判断是否完成"),
    ]


# ---------------------------------------------------------------------------
# (2) a text of work kept each period against a rate per another period, with a slash

RHYTHMS = [
    (
        "1次/月",
        "每季度均按时召开",
        "not_met",
        "实际“每季度均按时召开”（全年计4次），未达年度指标1次/月（全年计12次）",
    ),
    (
        "≥2次/月",
        "每季度均按时召开",
        "not_met",
        "实际“每季度均按时召开”（全年计4次），未达年度指标≥2次/月（全年计≥24次）",
    ),
    (
        "≥1次/季度",
        "每月均召开",
        "met",
        "实际“每月均召开”（全年计12次），达到年度指标≥1次/季度（全年计≥4次）",
    ),
    (
        "1次/季度",
        "每月均召开",
        "met",
        "实际“每月均召开”（全年计12次），达到年度指标1次/季度（全年计4次）",
    ),
    ("1次/月", "已按月开展", "met", "实际“已按月开展”，每期均已开展，达到年度指标“1次/月”"),
    (
        "2次/月",
        "每月均已开展",
        "unknown",
        (
            "实际“每月均已开展”只说明每月均有开展，未给出每月次数，"
            "无法判断是否达到年度指标“2次/月”，需人工判断"
        ),
    ),
]


@pytest.mark.parametrize(("target", "actual", "attainment", "explanation"), RHYTHMS)
def test_rhythm_against_rate(target: str, actual: str, attainment: str, explanation: str) -> None:
    assert verdict("数量指标", "召开会议", target, actual) == (attainment, explanation)


def test_rhythm_worded_and_slashed_alike() -> None:
    # the brief's pair (met and not met since r36l) and their slashed twins
    pairs = [
        ("每月1次", "每季度均按时召开"),
        ("1次/月", "每季度均按时召开"),
        ("每季度1次", "每月均召开"),
        ("1次/季度", "每月均召开"),
    ]
    assert [verdict("数量指标", "召开会议", *pair)[0] for pair in pairs] == [
        "not_met",
        "not_met",
        "met",
        "met",
    ]
    assert verdict("数量指标", "召开会议", "每月1次", "每季度均按时召开")[1] == (
        "实际“每季度均按时召开”（全年计4次），未达年度指标每月1次（全年计12次）"
    )
    assert verdict("数量指标", "召开会议", "每季度1次", "每月均召开")[1] == (
        "实际“每月均召开”（全年计12次），达到年度指标每季度1次（全年计4次）"
    )


@pytest.mark.parametrize(
    ("target", "actual", "computed"),
    [("每月1次", "每季度均按时召开", "3.33"), ("1次/月", "每季度均按时召开", "3.33")],
)
def test_rhythm_points_count_the_year(target: str, actual: str, computed: str) -> None:
    table = self_table(["产出指标", "数量指标", "召开会议", target, actual, "10", "10"])
    messages = [message for code, _, message in found(table) if code == "full-points-not-met"]
    assert messages == [f"“召开会议”未完成目标却得满分（填报得分10，计算得分{computed}）"]


# ---------------------------------------------------------------------------
# (3) target-above-midterm with a unit on one side only

_MID_HEAD = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "城区供水管网改造"],
    ["项目资金（万元）", "年度资金总额", "500.00"],
    ["年度绩效目标", "完成年度建设任务。"],
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
]
_ABOVE = "“{}”年度指标“{}”高于实施期指标“{}”，年度目标不应超过整个实施期"
_NO_UNIT = "“{}”数量指标未写计量单位"


# compared in the unit one side prints, each cell quoted as printed (r37j: the bare one
# was shown with the other's unit, “≥60公里” for a cell ≥60)
MIDTERMS = [
    (
        ["产出指标", "数量指标", "改造管网长度", "≥50", "≥60公里"],
        [("target-above-midterm", "E6", _ABOVE.format("改造管网长度", "≥60公里", "≥50"))],
    ),
    (
        ["产出指标", "数量指标", "改造管网长度", "≥50公里", "≥60"],
        [
            ("target-missing-unit", "E6", _NO_UNIT.format("改造管网长度")),
            ("target-above-midterm", "E6", _ABOVE.format("改造管网长度", "≥60", "≥50公里")),
        ],
    ),
    (
        ["产出指标", "数量指标", "新建泵站", "10", "12个"],
        [("target-above-midterm", "E6", _ABOVE.format("新建泵站", "12个", "10"))],
    ),
]


def _midterm_found(row: list[str]) -> list[tuple[str, str | None, str]]:
    checked = {"target-above-midterm", "target-missing-unit"}
    findings = score(read([*_MID_HEAD, row])).findings
    return [(f.id, f.where.cell, f.message) for f in findings if f.id in checked]


@pytest.mark.parametrize(("row", "expected"), MIDTERMS)
def test_midterm_unit_on_one_side(row: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert _midterm_found(row) == expected


def test_midterm_unit_on_one_side_within_or_a_share() -> None:
    # the year within the period and a share on one side stay alone; the first is above
    rows = [
        ["产出指标", "数量指标", "新建泵站", "10", "12个"],
        ["产出指标", "数量指标", "新建泵站", "10个", "10"],
        ["产出指标", "数量指标", "新建泵站", "12个", "10"],
        ["产出指标", "质量指标", "验收合格率", "90", "≥95%"],
        ["产出指标", "质量指标", "验收合格率", "≥90%", "95"],
    ]
    no_unit = ("target-missing-unit", "E6", _NO_UNIT.format("新建泵站"))
    assert [_midterm_found(row) for row in rows] == [
        [("target-above-midterm", "E6", _ABOVE.format("新建泵站", "12个", "10"))],
        [no_unit],
        [no_unit],
        [],
        [],
    ]
