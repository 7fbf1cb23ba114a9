"""k72b: E-notation actuals, Excel date serials in 时效 rows (fuzz30 M5, M6), fixtures built here."""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Quantity
from perftrack.reports._review import review
from test_inputs_fz30b import _xlsx

HEAD = "项目名称\t社区养老服务补贴\n"
GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n"


def _points_table(actual: str) -> perftrack.Table:
    text = (
        HEAD
        + GRID
        + f"产出指标\t数量指标\t补贴发放人数\t≥1200人\t{actual}\t20\t20\t\n"
        + "产出指标\t质量指标\t补贴发放准确率\t100%\t100%\t20\t20\t\n"
    )
    [table] = perftrack.read_text(text, format="text")
    return table


# --- M6: a number in E notation is no figure: a full 得分 on it is unsupported ----


@pytest.mark.parametrize(
    ("actual", "attainment", "expected"),
    [
        pytest.param("1e309", "unknown", ["补贴发放人数"], id="overflow"),
        pytest.param("-1e309人", "unknown", ["补贴发放人数"], id="negative-overflow-unit"),
        pytest.param("1e-400%", "unknown", ["补贴发放人数"], id="underflow-percent"),
        pytest.param("1e-320", "unknown", ["补贴发放人数"], id="subnormal"),
        pytest.param("NaN", "unknown", ["补贴发放人数"], id="nan-as-before"),
        pytest.param("1260人", "met", [], id="figure"),
        pytest.param("完成12次", "unknown", [], id="prose-with-figure"),
    ],
)
def test_e_notation_actual_points_unsupported(
    actual: str, attainment: str, expected: list[str]
) -> None:
    card = perftrack.score(_points_table(actual))
    assert card.verdicts[0].attainment.value == attainment
    assert [f.where.name for f in card.findings if f.id == "points-unsupported"] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # an xlsx number cell far below a float's smallest normal: its exact Decimal
        pytest.param("1e-320", Quantity(Decimal("1E-320")), id="tiny-exact"),
        pytest.param("1260", Quantity(Decimal(1260)), id="plain"),
    ],
)
def test_xlsx_tiny_number_exact(value: str, expected: Quantity) -> None:
    [table] = perftrack.read(_xlsx(value), format="xlsx")
    actual = table.indicators[0].actual
    assert actual == expected
    assert isinstance(actual, Quantity)
    assert actual.value != 0


# --- M5: a 时效 row's five-digit numbers are Excel date serials, read as dates ----

SERIAL_GRID = "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值\t偏差原因\n"


def _serial_card(level2: str, name: str, target: str, actual: str) -> perftrack.Scorecard:
    text = (
        "项目名称\t老旧小区加装电梯补助\n跟踪时段\t2024-1月 至 2024-8月\n"
        + SERIAL_GRID
        + f"产出指标\t{level2}\t{name}\t{target}\t{actual}\t\n"
    )
    [table] = perftrack.read_text(text, format="text")
    return perftrack.score(table)


SERIAL_MESSAGE = (
    "“项目完成时间”年度指标值、实际完成值疑似 Excel 日期序列号"
    "（45657 即 2024-12-31，45292 即 2024-01-01），已按日期判断，请改填日期"
)
TARGET_MESSAGE = (
    "“项目完成时间”年度指标值疑似 Excel 日期序列号（45657 即 2024-12-31），已按日期判断，请改填日期"
)


@pytest.mark.parametrize(
    ("row", "attainment", "explanation", "messages"),
    [
        pytest.param(
            ("时效指标", "项目完成时间", "45657", "45292"),
            "met",
            "实际“2024-01-01”，未晚于截止日期2024-12-31",
            [SERIAL_MESSAGE],
            id="timeliness-row",
        ),
        pytest.param(
            ("数量指标", "竣工验收日期", "45657", "45292"),
            "met",
            "实际“2024-01-01”，未晚于截止日期2024-12-31",
            [SERIAL_MESSAGE.replace("项目完成时间", "竣工验收日期")],
            id="name-says-date",
        ),
        pytest.param(
            ("时效指标", "项目完成时间", "45657", "进行中"),
            "pending",
            None,
            [TARGET_MESSAGE],
            id="target-only",
        ),
        pytest.param(
            ("数量指标", "服务人次", "≥45000", "45292"),
            "met",
            None,
            [],
            id="count-row-unchanged",
        ),
        pytest.param(
            ("数量指标", "服务人次", "45657", "45292"),
            "pending",
            None,
            [],
            id="count-row-bare-unchanged",
        ),
        pytest.param(
            ("时效指标", "项目完成时间", "≥45000", "45292"),
            "met",
            None,
            [],
            id="floor-not-a-date",
        ),
        pytest.param(
            ("时效指标", "项目完成时间", "45657天", "45292天"),
            None,
            None,
            [],
            id="unit-not-a-date",
        ),
        # fuzz34 H2: the 决策/过程 framework's time rows sit under 资金管理, named …时效
        pytest.param(
            ("资金管理", "资金支出时效", "=45657", "45292"),
            "met",
            "实际“2024-01-01”，未晚于截止日期2024-12-31",
            [SERIAL_MESSAGE.replace("项目完成时间", "资金支出时效")],
            id="framework-timeliness-name",
        ),
        # fuzz34 L: a deadline written ≤45657 is the same serial
        pytest.param(
            ("时效指标", "项目完成时间", "≤45657", "45292"),
            "met",
            "实际“2024-01-01”，未晚于截止日期2024-12-31",
            [SERIAL_MESSAGE],
            id="deadline-at-most",
        ),
        # regress73 W1: hours under a name with 时间 are no date, nor a serial far from the year
        pytest.param(
            ("数量指标", "累计服务时间", "45657", "45292"),
            "pending",
            None,
            [],
            id="hours-name-unchanged",
        ),
        pytest.param(
            ("效益指标", "设备累计运行时间", "46000", "45000"),
            None,
            None,
            [],
            id="running-hours-unchanged",
        ),
        pytest.param(
            ("时效指标", "项目完成时间", "50000", "50000"),
            "met",
            None,
            [],
            id="far-from-year-unchanged",
        ),
    ],
)
def test_excel_date_serial(
    row: tuple[str, str, str, str],
    attainment: str | None,
    explanation: str | None,
    messages: list[str],
) -> None:
    card = _serial_card(*row)
    [verdict] = card.verdicts
    if attainment is not None:
        assert verdict.attainment.value == attainment
    if explanation is not None:
        assert verdict.explanation == explanation
    assert [f.message for f in card.findings if f.id == "excel-date-serial"] == messages
    assert [f.where.cell for f in card.findings if f.id == "excel-date-serial"] == ["D4"] * len(
        messages
    )


@pytest.mark.parametrize(
    ("row", "line"),
    [
        pytest.param(
            ("时效指标", "项目完成时间", "45657", "45292"),
            "有1项指标的指标值无法识别或疑似识别错误（“项目完成时间”）",
            id="serial-in-letter",
        ),
    ],
)
def test_excel_date_serial_letter(row: tuple[str, str, str, str], line: str) -> None:
    assert line in review(_serial_card(*row))


# --- regress67 M1: a blank-headed column of prose with figures is no value column ----

_BLANK_HEAD = (
    "财政项目支出绩效跟踪表\n跟踪时段：（ 2024-1月 至 2024-8月 ）\n项目名称\t老旧小区加装电梯补助\n"
    "一级指标\t二级指标\t三级指标\t\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析\n"
)
_BLANK_ROWS = (
    ("产出指标", "数量指标", "加装电梯数量", "=30台", "20台", "14台"),
    ("", "质量指标", "电梯验收合格率", "100%", "100%", "100%"),
    ("", "时效指标", "补助资金拨付及时率", "≥95%", "60%", "60%"),
    ("效益指标", "社会效益指标", "居民出行便利程度", "明显改善", "改善", "改善"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "90%", "92.5%"),
)


def _unread_messages(column: tuple[str, ...]) -> list[str]:
    lines = [
        "\t".join((*row[:3], cell, *row[3:], ""))
        for row, cell in zip(_BLANK_ROWS, column, strict=True)
    ]
    [table] = perftrack.read_text(_BLANK_HEAD + "\n".join(lines) + "\n", format="text")
    return [f.message for f in table.findings if f.id == "grid-column-unread"]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        pytest.param(
            ("2024年计划加装30台", "2024年合格率100%", "2024年30日内拨付", "2024年问卷200份", ""),
            [],
            id="prose-after-a-year",
        ),
        pytest.param(
            (
                "全年计划加装30台",
                "按规范验收，合格率100%",
                "资金于30日内拨付",
                "问卷不少于200份",
                "",
            ),
            [],
            id="prose-with-figures",
        ),
        pytest.param(
            ("=30(台)", "100%", "≥95%", "明显改善", "≥90%"),
            [
                (
                    "指标表中表头为空的列（D4）有4行为指标值形式（如“=30(台)”），"
                    "未作为任何值列读入，请核对该列是否为年度指标值"
                )
            ],
            id="real-value-column",
        ),
    ],
)
def test_blank_headed_column_unread(column: tuple[str, ...], expected: list[str]) -> None:
    assert _unread_messages(column) == expected
