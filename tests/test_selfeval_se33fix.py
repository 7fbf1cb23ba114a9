"""se33fix: year-end 自评表 layouts of selfeval33.

H1 the 广东 reason column (未完成原因, 未达标原因, a bare 原因 last, 存在问题); H2 a
time limit kept in publishing or filing words (按时公布, 均在规定时限内公布); M1 a change
clause after a clause counting the events (全年发生森林火灾4起，较上年下降20%); M2 a
dashed row whose reason says it does not apply (本项目不涉及).

Every case is a small table written here, read with ``read_text``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from perftrack import Attainment
from perftrack.reports import render

D = Decimal

TITLE = "2023年度项目支出绩效自评表"
BUDGET = [
    ["资金使用情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    ["年度资金总额", "500", "500", "500", "100%", "10", "10"],
]


def read(*rows: list[str] | str) -> perftrack.Table:
    """The one table of the rows (a string is a one-cell row)."""
    lines = ["\t".join([row] if isinstance(row, str) else row) for row in rows]
    (table,) = perftrack.read_text("\n".join(lines), format="text")
    return table


def grid_table(reason_header: str, *, last: bool = True) -> perftrack.Table:
    """A 广东-style grid whose reason column is headed *reason_header*."""
    head = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分"]
    rows = [
        ["产出指标", "数量指标", "新建生物防火林带", "≥50公里", "48公里", "45", "43"],
        ["产出指标", "数量指标", "开展防火巡护", "≥1000人次", "1250人次", "45", "45"],
    ]
    reasons = ["部分地段林权纠纷", ""]
    if last:
        return read(
            TITLE,
            *BUDGET,
            [*head, reason_header],
            *([*row, reason] for row, reason in zip(rows, reasons, strict=True)),
        )
    # the reason column before the 分值 and 得分
    return read(
        TITLE,
        *BUDGET,
        [*head[:5], reason_header, *head[5:]],
        *([*row[:5], reason, *row[5:]] for row, reason in zip(rows, reasons, strict=True)),
    )


@pytest.mark.parametrize(
    ("header", "last", "reason"),
    [
        pytest.param("未完成原因", True, "部分地段林权纠纷", id="weiwancheng-yuanyin"),
        pytest.param("未达标原因", True, "部分地段林权纠纷", id="weidabiao-yuanyin"),
        pytest.param("未完成原因分析", True, "部分地段林权纠纷", id="weiwancheng-fenxi"),
        pytest.param("偏差原因及改进措施", True, "部分地段林权纠纷", id="pianchayuanyin-cuoshi"),
        pytest.param("原因分析", True, "部分地段林权纠纷", id="yuanyin-fenxi"),
        pytest.param("原因", True, "部分地段林权纠纷", id="bare-yuanyin-last"),
        pytest.param("存在问题", True, "部分地段林权纠纷", id="cunzai-wenti"),
        pytest.param("存在问题", False, "部分地段林权纠纷", id="cunzai-wenti-before-points"),
        # a bare 原因 between the values is not the last column: no reason read
        pytest.param("原因", False, "", id="bare-yuanyin-not-last"),
    ],
)
def test_reason_column_headers(header: str, *, last: bool, reason: str) -> None:
    table = grid_table(header, last=last)
    assert [i.deviation_reason for i in table.indicators] == [reason, ""]
    card = perftrack.score(table)
    messages = [f.message for f in card.findings if f.id == "missing-deviation-reason"]
    if reason:
        assert messages == ["“开展防火巡护”超额完成（实际为年度指标的125.00%）但未说明原因"]
        assert "建议增设偏差原因分析栏目" not in render([card], [], "review")


def test_problem_column_beside_a_reason_column_is_not_the_reason() -> None:
    table = read(
        TITLE,
        *BUDGET,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "完成值",
            "分值",
            "得分",
            "偏差原因",
            "存在问题",
        ],
        ["产出指标", "数量指标", "新建林带", "≥50公里", "48公里", "90", "86", "林权纠纷", "协调难"],
    )
    assert [i.deviation_reason for i in table.indicators] == ["林权纠纷"]


TIME_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("检验完成后20个工作日内", "按时公布", Attainment.MET, id="anshi-gongbu"),
        pytest.param("20个工作日内", "均在规定时限内公布", Attainment.MET, id="guiding-shixian"),
        pytest.param("20个工作日内", "按时发布", Attainment.MET, id="anshi-fabu"),
        pytest.param("20个工作日内", "按时上报", Attainment.MET, id="anshi-shangbao"),
        pytest.param("20个工作日内", "按期公示", Attainment.MET, id="anqi-gongshi"),
        pytest.param("20个工作日内", "按时完成", Attainment.MET, id="anshi-wancheng-as-before"),
        pytest.param("20个工作日内", "未按时公布", Attainment.NOT_MET, id="weianshi-gongbu"),
    ],
)
def test_time_limit_kept_in_publishing_words(
    target: str, actual: str, attainment: Attainment
) -> None:
    table = read(
        TITLE,
        *BUDGET,
        TIME_HEAD,
        ["产出指标", "时效指标", "抽检结果公布时限", target, actual, "90", "90"],
    )
    card = perftrack.score(table)
    assert card.verdicts[0].attainment is attainment
    assert [f.id for f in card.findings if f.id == "points-unsupported"] == []


@pytest.mark.parametrize(
    ("name", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "森林火灾发生次数",
            "全年发生森林火灾4起，较上年下降20%",
            Attainment.MET,
            "实际“全年发生森林火灾4起，较上年下降20%”，达到“下降”",
            id="event-named-then-change",
        ),
        pytest.param(
            "森林火灾发生次数",
            "发生火灾4起，同比下降20%",
            Attainment.MET,
            "实际“发生火灾4起，同比下降20%”，达到“下降”",
            id="event-then-yoy-change",
        ),
        pytest.param(
            "投诉件数",
            "全年受理投诉4起，较上年下降20%",
            Attainment.MET,
            "实际“全年受理投诉4起，较上年下降20%”，达到“下降”",
            id="complaints-then-change",
        ),
        pytest.param(
            "森林火灾发生次数",
            "全年发生4起，较上年下降20%",
            Attainment.MET,
            "实际“较上年下降20%”，达到“下降”",  # the reader keeps the clause
            id="no-noun-as-before",
        ),
    ],
)
def test_change_clause_after_event_count(
    name: str, actual: str, attainment: Attainment, explanation: str
) -> None:
    table = read(
        TITLE,
        *BUDGET,
        TIME_HEAD,
        ["效益指标", "社会效益指标", name, "较上年下降", actual, "90", "90"],
    )
    verdict = perftrack.score(table).verdicts[0]
    assert (verdict.attainment, verdict.explanation) == (attainment, explanation)


GRID_REASON_HEAD = [*TIME_HEAD, "偏差原因分析及改进措施"]


@pytest.mark.parametrize(
    ("row", "attainment", "total", "missing_name"),
    [
        pytest.param(
            ["效益指标", "生态效益指标", "/", "/", "/", "5", "5", "本项目不涉及"],
            Attainment.NOT_APPLICABLE,
            D("96.42"),  # 91.60 / 95 × 100
            [],
            id="dashed-bujishe",
        ),
        pytest.param(
            ["效益指标", "生态效益指标", "/", "/", "/", "5", "/", "不涉及"],
            Attainment.NOT_APPLICABLE,
            D("96.42"),
            [],
            id="dashed-points-too",
        ),
        pytest.param(
            ["效益指标", "生态效益指标", "/", "/", "/", "5", "5", "不适用"],
            Attainment.NOT_APPLICABLE,
            D("96.42"),
            [],
            id="dashed-bushiyong",
        ),
        # no reason: a row with nothing set, its printed 5 kept (as before)
        pytest.param(
            ["效益指标", "生态效益指标", "/", "/", "/", "5", "5", ""],
            Attainment.UNKNOWN,
            D("96.60"),  # 91.60 + the printed 5
            ["missing-name"],
            id="dashed-no-reason-unchanged",
        ),
    ],
)
def test_dashed_row_said_not_applicable(
    row: list[str], attainment: Attainment, total: Decimal, missing_name: list[str]
) -> None:
    table = read(
        TITLE,
        *BUDGET,
        GRID_REASON_HEAD,
        ["产出指标", "数量指标", "新建林带", "≥50公里", "48公里", "85", "80", "林权纠纷"],
        row,
    )
    card = perftrack.score(table)
    assert card.verdicts[1].attainment is attainment
    assert [f.id for f in card.findings if f.id == "missing-name"] == missing_name
    # the first row: 48/50 × 85 = 81.60, plus the rate's 10
    assert card.points is not None
    assert card.points.total == total
