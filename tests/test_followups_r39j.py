"""Follow-ups of the first wave (r39j).

1. Reading (after r39e): a budget row that starts with the total's label, then label/amount
   pairs (``年度资金总额 | 200 | 执行数 | 180 | 执行率 | 90%``) was unread (no line, or a
   ``budget-line-unread`` note). It is the total line now, as r39e reads ``年度预算数（万元）
   | 200.00 | 执行数（万元） | 180.00 | …``: the total's amount is the year's budget
   (``initial``, as ``年度资金总额 | 2160`` alone), the others in the columns their labels
   name. A row naming the year's budget again (全年预算数 | 210) stays unread.
2. Scoring (after r39f): 到账 is 到位 said of an account. ``已到账``, ``全部到账``,
   ``部分到账`` are statuses as ``已到位`` is; ``到账`` on 资金到位率 and ``到位`` on
   资金拨付率 (the money at the other end of a payment) are met, the explanation naming
   the act read (按已到账（即已到位）视为100%). On time alone (及时拨付) stays unknown.
3. Scoring (after r39f): a remainder timed for later (``已种植2800亩，剩余2200亩秋季种植``)
   gives the row's reason in the actual cell: no ``missing-deviation-reason``; a bare
   remainder (剩余2200亩, 剩余10户未搬迁) gives none and still raises it.
4. Points (after r39h): a 总分 off the sum by a tail of rounding is info in every path: rows
   with a blank 得分 (90 at full points beside 90.01) and a rate printing no 得分 (80.5 and
   the rate's 10 beside 90.6), not the warning of a wrong total.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from cases.composed_tables import TRACKING_GRID
from perftrack.reports import render

# --- 1. a budget row opening with the total's label, then label/amount pairs ---------------

_HEAD = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "乡村道路养护", "", "", "", ""],
    ["主管部门", "某县交通运输局", "", "实施单位", "某县公路事务中心", ""],
]
_GRID = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "养护里程", "≥100公里", "100公里", "90", "90"],
]

Line = tuple[str, str, object, object, object]


def _budget_table(budget: list[list[str]]) -> perftrack.Table:
    [table] = perftrack.read_text("\n".join("\t".join(row) for row in [*_HEAD, *budget, *_GRID]))
    return table


def _lines(table: perftrack.Table) -> list[tuple[str, str, object, object, object, list[str]]]:
    return [
        (
            line.role.value,
            line.source,
            line.initial,
            line.executed,
            line.rate,
            [f"{name}@{where.cell}" for name, where in line.cells],
        )
        for line in table.budget
    ]


_D = Decimal


@pytest.mark.parametrize(
    ("budget", "lines", "unit"),
    [
        # the task's row (before: no line at all)
        pytest.param(
            [["年度资金总额", "200", "执行数", "180", "执行率", "90%"]],
            [
                (
                    "total",
                    "年度资金总额",
                    _D(200),
                    _D(180),
                    _D(90),
                    ["initial@B5", "executed@D5", "rate@F5"],
                )
            ],
            None,
            id="total-then-pairs",
        ),
        # two pairs (before: budget-line-unread, 有2个金额（200、180）)
        pytest.param(
            [["年度资金总额", "200", "全年执行数", "180"]],
            [("total", "年度资金总额", _D(200), _D(180), None, ["initial@B5", "executed@D5"])],
            None,
            id="two-pairs",
        ),
        # the rate alone beside the total (before: budget-line-unread)
        pytest.param(
            [["年度资金总额", "200", "执行率", "90%"]],
            [("total", "年度资金总额", _D(200), None, _D(90), ["initial@B5", "rate@D5"])],
            None,
            id="total-and-rate",
        ),
        # after the block's label on the row: the total's label names the line
        pytest.param(
            [["项目资金（万元）", "年度资金总额", "200", "全年执行数", "180"]],
            [("total", "年度资金总额", _D(200), _D(180), None, ["initial@C5", "executed@E5"])],
            "万元",
            id="after-the-block-label",
        ),
        # under the block's label on a row of its own, units in the labels
        pytest.param(
            [
                ["项目资金（万元）"],
                ["年度资金总额（万元）", "200.00", "执行数（万元）", "180.00", "执行率", "90%"],
            ],
            [
                (
                    "total",
                    "年度资金总额（万元）",
                    _D("200.00"),
                    _D("180.00"),
                    _D(90),
                    ["initial@B6", "executed@D6", "rate@F6"],
                )
            ],
            "万元",
            id="under-the-block-label",
        ),
        # sources below under the total's columns, their labels not printed again
        pytest.param(
            [
                ["年度资金总额", "200", "执行数", "180", "执行率", "90%"],
                ["其中：财政资金", "150", "", "140", "", "93.33%"],
                ["其他资金", "50", "", "40", "", "80%"],
            ],
            [
                (
                    "total",
                    "年度资金总额",
                    _D(200),
                    _D(180),
                    _D(90),
                    ["initial@B5", "executed@D5", "rate@F5"],
                ),
                (
                    "appropriation",
                    "其中：财政资金",
                    _D(150),
                    _D(140),
                    _D("93.33"),
                    ["initial@B6", "executed@D6", "rate@F6"],
                ),
                (
                    "other",
                    "其他资金",
                    _D(50),
                    _D(40),
                    _D(80),
                    ["initial@B7", "executed@D7", "rate@F7"],
                ),
            ],
            None,
            id="sources-below",
        ),
        # sources' pairs below: each amount the year's budget, as the total's
        pytest.param(
            [
                ["年度资金总额", "200", "执行数", "180", "执行率", "90%"],
                ["其中：财政资金", "150", "其他资金", "50"],
            ],
            [
                (
                    "total",
                    "年度资金总额",
                    _D(200),
                    _D(180),
                    _D(90),
                    ["initial@B5", "executed@D5", "rate@F5"],
                ),
                ("appropriation", "其中：财政资金", _D(150), None, None, ["initial@B6"]),
                ("other", "其他资金", _D(50), None, None, ["initial@D6"]),
            ],
            None,
            id="sources-pairs-below",
        ),
        # a dash for an amount: none, no note
        pytest.param(
            [["年度资金总额", "200", "执行数", "—", "执行率", "—"]],
            [("total", "年度资金总额", _D(200), None, None, ["initial@B5"])],
            None,
            id="dashes",
        ),
    ],
)
def test_a_total_then_pairs_is_the_total_line(
    budget: list[list[str]], lines: list[Line], unit: str | None
) -> None:
    table = _budget_table(budget)
    assert _lines(table) == lines
    assert table.budget_unit == unit
    assert [f.id for f in table.findings] == []


@pytest.mark.parametrize(
    ("budget", "lines", "found"),
    [
        # the year's budget named again beside the total's amount: which is it? (as before)
        pytest.param(
            [["年度资金总额", "200", "全年预算数", "210", "执行数", "180"]],
            [],
            [],
            id="the-budget-named-twice",
        ),
        # a source, not a column, after the total: sources' pairs (read54 M1, as before)
        pytest.param(
            [["年度资金总额", "200", "其中：财政拨款", "150", "其他资金", "50"]],
            [
                ("total", "年度资金总额", _D(200), None, None, ["initial@B5"]),
                ("appropriation", "其中：财政拨款", _D(150), None, None, ["initial@D5"]),
                ("other", "其他资金", _D(50), None, None, ["initial@F5"]),
            ],
            [],
            id="sources-pairs",
        ),
        # an unknown label: still no column, still unread (as before)
        pytest.param(
            [["年度资金总额", "120", "银行贷款", "20"]],
            [("total", "年度资金总额", None, None, None, [])],
            ["预算行“年度资金总额”有2个金额（120、20），无表头列说明哪个是年度预算，金额未读入"],
            id="an-unknown-label",
        ),
    ],
)
def test_neighbours_read_as_before(
    budget: list[list[str]], lines: list[Line], found: list[str]
) -> None:
    table = _budget_table(budget)
    assert _lines(table) == lines
    assert [f.message for f in table.findings if f.id == "budget-line-unread"] == found


def test_scoring_checks_the_total_then_pairs() -> None:
    """The budget checks run on the line: its rate is recomputed from its amounts."""
    card = perftrack.score(
        _budget_table([["年度资金总额", "200", "执行数", "150", "执行率", "80%"]])
    )
    assert [(a.rate_recomputed, a.denominator) for a in card.budget] == [(_D(75), "initial")]
    assert [(f.id, f.message, f.where.cell) for f in card.findings if f.where.budget_line] == [
        ("budget-rate-mismatch", "“年度资金总额”填报执行率80%与金额计算的75.00%不符", "F5"),
        ("budget-behind-schedule", "执行率75.00%低于年终执行率要求90.00%", "F5"),
    ]


# --- 2. 到账 and 到位 on the rates of money paid ------------------------------------------

SELF = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
IGNORED = frozenset({"missing-points", "target-not-measurable", "target-missing-unit"})


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


def _self_card(level2: str, name: str, target: str, actual: str) -> perftrack.Scorecard:
    """A 2023 自评表 (as of 2023-12-31) with the one row (its 得分 blank) and a 满意度 row."""
    level1 = "产出指标" if level2 in ("数量指标", "质量指标") else "效益指标"
    rows = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "示例项目"],
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "50.00", "50.00", "50.00", "10", "100.00%", "10"],
        SELF,
        [level1, level2, name, target, actual, "20", "", ""],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "70", "70", ""],
    ]
    return perftrack.score(perftrack.read_text(_tsv(rows))[0])


def _track_card(name: str, target: str, actual: str, planned: str) -> perftrack.Scorecard:
    """A 2024 1–6月 跟踪表 (as of 2024-06-30) with the one row and a 满意度 row."""
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
        ["项目名称", "示例项目"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
        TRACKING_GRID,
        ["产出指标", "数量指标", name, target, planned, actual, ""],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "90%", "92%", ""],
    ]
    return perftrack.score(perftrack.read_text(_tsv(rows))[0])


def _reading(card: perftrack.Scorecard) -> tuple[str, str, list[str]]:
    verdict = card.verdicts[0]
    found = [f.id for f in card.findings if f.where.indicator == 0 and f.id not in IGNORED]
    return verdict.attainment.value, verdict.explanation, found


_NOT_A_NUMBER = ["points-unsupported"]


@pytest.mark.parametrize(
    ("name", "actual", "expected", "explanation", "found"),
    [
        # 到账 on 资金到位率: the money in the account is the money in place
        pytest.param(
            "资金到位率",
            "到账",
            "met",
            "实际“到账”，未填写具体比例，按已到账（即已到位）视为100%，达到年度指标=100%",
            [],
            id="in-the-account-on-in-place",
        ),
        pytest.param(
            "资金到位率",
            "及时到账",
            "met",
            "实际“及时到账”，未填写具体比例，按已到账（即已到位）视为100%，达到年度指标=100%",
            [],
            id="in-the-account-on-time",
        ),
        pytest.param(
            "资金到位率", "已到账", "met", "实际“已到账”，已完成", [], id="already-in-the-account"
        ),
        pytest.param(
            "资金到位率", "全部到账", "met", "实际“全部到账”，已完成", [], id="all-in-the-account"
        ),
        pytest.param(
            "资金到位率",
            "资金已全部到账",
            "met",
            "实际“资金已全部到账”，已完成",
            [],
            id="the-funds-all-in-the-account",
        ),
        pytest.param(
            "资金到位率",
            "部分到账",
            "partial",
            "实际“部分到账”，部分完成",
            ["missing-deviation-reason"],
            id="part-in-the-account",
        ),
        # 到位 and 到账 on 资金拨付率: the paid money at the other end
        pytest.param(
            "资金拨付率",
            "到位",
            "met",
            "实际“到位”，未填写具体比例，按已到位（即已拨付）视为100%，达到年度指标=100%",
            [],
            id="in-place-on-disbursed",
        ),
        pytest.param(
            "资金拨付率",
            "到账",
            "met",
            "实际“到账”，未填写具体比例，按已到账（即已拨付）视为100%，达到年度指标=100%",
            [],
            id="in-the-account-on-disbursed",
        ),
        pytest.param(
            "资金拨付率",
            "已到账",
            "met",
            "实际“已到账”，已完成",
            [],
            id="already-in-the-account-paid",
        ),
        pytest.param(
            "资金到账率",
            "到账",
            "met",
            "实际“到账”，未填写具体比例，按已到账视为100%，达到年度指标=100%",
            [],
            id="in-the-account-on-its-own-rate",
        ),
        pytest.param(
            "补贴发放率",
            "到位",
            "met",
            "实际“到位”，未填写具体比例，按已到位（即已发放）视为100%，达到年度指标=100%",
            [],
            id="in-place-on-handed-out",
        ),
        # neighbours, as before
        pytest.param(
            "资金到位率",
            "到位",
            "met",
            "实际“到位”，未填写具体比例，按已到位视为100%，达到年度指标=100%",
            [],
            id="in-place-as-before",
        ),
        pytest.param(
            "资金拨付率",
            "及时拨付",
            "unknown",
            "实际“及时拨付”不是数值，无法与年度指标比较",
            _NOT_A_NUMBER,
            id="on-time-says-nothing-of-all",
        ),
        pytest.param(
            "政策落实率",
            "到位",
            "unknown",
            "实际“到位”不是数值，无法与年度指标比较",
            _NOT_A_NUMBER,
            id="in-place-moves-no-money-of-a-policy",
        ),
        pytest.param(
            "资金到位率",
            "未到账",
            "not_met",
            "实际“未到账”，截止时仍未完成",
            ["missing-deviation-reason"],
            id="not-in-the-account",
        ),
    ],
)
def test_money_in_place_or_in_the_account(
    name: str, actual: str, expected: str, explanation: str, found: list[str]
) -> None:
    assert _reading(_self_card("质量指标", name, "100%", actual)) == (expected, explanation, found)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("已到账", "done"),
        ("资金已到账", "done"),
        ("已全部到账", "done"),
        ("全部到账", "done"),
        ("部分到账", "partial"),
        ("基本到账", "partial"),
        ("全部未到账", "not_done"),
    ],
)
def test_in_the_account_is_a_status(text: str, status: str) -> None:
    value = perftrack.parse_value(text)
    assert isinstance(value, perftrack.StatusValue)
    assert (value.status.value, value.word) == (status, text)


# --- 3. a remainder timed for later gives the row's reason --------------------------------

_NO_REASON = ["missing-deviation-reason"]


@pytest.mark.parametrize(
    ("name", "target", "actual", "explanation", "found"),
    [
        pytest.param(
            "种植面积",
            "5000亩",
            "已种植2800亩，剩余2200亩秋季种植",
            "实际2800亩（剩余2200亩秋季种植，不计入已完成），未达年度指标=5000亩",
            [],
            id="the-rest-in-autumn",
        ),
        pytest.param(
            "新建公厕",
            "10个",
            "建成7个，其余3个年底前建成",
            "实际7个（其余3个年底前建成，不计入已完成），未达年度指标=10个",
            [],
            id="the-rest-by-the-year-end",
        ),
        pytest.param(
            "修建道路",
            "20公里",
            "已完成15公里，另有5公里计划下半年实施",
            "实际15公里（另有5公里计划下半年实施，不计入已完成），未达年度指标=20公里",
            [],
            id="the-rest-in-the-second-half",
        ),
        # no time: the remainder restates the gap
        pytest.param(
            "种植面积",
            "5000亩",
            "已种植2800亩，剩余2200亩",
            "实际2800亩（剩余2200亩，不计入已完成），未达年度指标=5000亩",
            _NO_REASON,
            id="a-bare-remainder",
        ),
        pytest.param(
            "搬迁户数",
            "100户",
            "已搬迁90户，剩余10户未搬迁",
            "实际90户（剩余10户未搬迁，不计入已完成），未达年度指标=100户",
            _NO_REASON,
            id="a-remainder-not-done",
        ),
        pytest.param(
            "种植面积",
            "5000亩",
            "2800亩",
            "实际2800亩，未达年度指标=5000亩",
            _NO_REASON,
            id="a-figure-alone",
        ),
    ],
)
def test_a_remainder_timed_for_later_is_the_reason(
    name: str, target: str, actual: str, explanation: str, found: list[str]
) -> None:
    assert _reading(_self_card("数量指标", name, target, actual)) == (
        "not_met",
        explanation,
        found,
    )


def test_a_remainder_timed_for_later_in_a_tracking_table() -> None:
    """Behind its plan at mid-year, the rest's season is the reason there too."""
    card = _track_card("种植面积", "5000亩", "已种植2800亩，剩余2200亩秋季种植", "3000亩")
    assert _reading(card) == (
        "pending",
        (
            "实际2800亩（剩余2200亩秋季种植，不计入已完成），未达年度指标=5000亩，距年底尚有时间；"
            "实际2800亩落后于计划3000亩"
        ),
        [],
    )


# --- 4. a rounding tail of the 总分 in every path of the sum check ------------------------

_POINTS_HEAD = (
    "2024年度项目支出绩效自评表\n（2024年度）\n项目名称\t应急物资储备项目\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t50.00\t50.00\t50.00\t10\t100.00%\t{rate_points}\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"
)


def _points_card(first: str, second: str, rate_points: str, total: str) -> perftrack.Scorecard:
    rows = [
        ("产出指标", "数量指标", "购置批次", "≥4批", "3批", "40", first, "原因"),
        ("效益指标", "社会效益指标", "保障人数", "≥10000人", "10000人", "40", second, ""),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10", ""),
    ]
    lines = [_POINTS_HEAD.format(rate_points=rate_points), *("\t" + "\t".join(r) for r in rows)]
    lines += [f"总分\t\t\t\t\t\t100\t{total}", "自评等级\t\t优"]
    return perftrack.score(perftrack.read_text("\n".join(lines) + "\n")[0])


@pytest.mark.parametrize(
    ("points", "found", "in_letter"),
    [
        # a row printing no 得分: 50 and its full 40, 90, beside 90.01
        pytest.param(
            ("30", "", "10", "90.01"),
            (
                "info",
                (
                    "各项得分合计50，未填写得分的指标按满分40计为90，与总分90.01相差0.01，"
                    "属舍入尾差，不影响等级"
                ),
            ),
            False,
            id="blank-points-a-cent-short",
        ),
        pytest.param(
            ("30", "", "10", "90.02"),
            ("warning", "各项得分合计50，未填写得分的指标按满分40计也仅90，与总分90.02不符"),
            True,
            id="blank-points-two-cents-short",
        ),
        # the rate printing no 得分: 80.5 and its 10, 90.5, beside 90.6 (or 90.4)
        pytest.param(
            ("30.5", "40", "", "90.6"),
            (
                "info",
                (
                    "各项得分合计80.5（预算执行率未填得分，按10分计为90.5）与总分90.6相差0.1，"
                    "属舍入尾差，不影响等级"
                ),
            ),
            False,
            id="rate-without-points-a-tenth-over",
        ),
        pytest.param(
            ("30.5", "40", "", "90.4"),
            (
                "info",
                (
                    "各项得分合计80.5（预算执行率未填得分，按10分计为90.5）与总分90.4相差0.1，"
                    "属舍入尾差，不影响等级"
                ),
            ),
            False,
            id="rate-without-points-a-tenth-under",
        ),
        pytest.param(
            ("30.5", "40", "", "90.7"),
            (
                "warning",
                "各项得分合计80.5分（预算执行率未填得分，按10分计为90.5分），与表中总分90.7分不符",
            ),
            True,
            id="rate-without-points-two-tenths",
        ),
        # the main path, as r39h made it
        pytest.param(
            ("30", "40", "10", "90.01"),
            ("info", "各项得分合计90与总分90.01相差0.01，属舍入尾差，不影响等级"),
            False,
            id="all-printed-a-cent-off",
        ),
    ],
)
def test_a_rounding_tail_in_every_path(
    points: tuple[str, str, str, str],
    found: tuple[str, str],
    in_letter: bool,  # noqa: FBT001 - a column
) -> None:
    card = _points_card(*points)
    assert [
        (f.severity.value, f.message) for f in card.findings if f.id == "points-sum-mismatch"
    ] == [found]
    assert ("与表中总分" in render([card], [], "review")) is in_letter
