"""Notebook display: ``_repr_html_`` of tables and scorecards."""

from __future__ import annotations

from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from attrs import evolve

import perftrack
from perftrack import (
    Attainment,
    BudgetLine,
    BudgetRole,
    Descriptive,
    Finding,
    Indicator,
    Period,
    Progress,
    Project,
    Severity,
    Source,
    Table,
    TableKind,
    Where,
    YearMonth,
    parse_target,
    parse_value,
    score,
)
from perftrack._html_repr import scorecard_html, table_html

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"

# Every tag the renderer writes; anything else comes from unescaped data.
ALLOWED_TAGS = {
    "div",
    "style",
    "p",
    "strong",
    "small",
    "br",
    "table",
    "thead",
    "tr",
    "th",
    "td",
    "details",
    "summary",
    "ul",
    "li",
    "code",
}


class _Parsed(HTMLParser):
    """The tags, attributes and text of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)
        if tag != "br":
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open, f"</{tag}> closes nothing"
        assert self.open.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def tables() -> tuple[Table, ...]:
    return perftrack.read(SEED)


def test_table_repr_html(tables):
    table = tables[1]
    html = table._repr_html_()
    assert html == table_html(table)
    parsed = _Parsed(html)
    assert not parsed.open  # every tag closed
    assert set(parsed.tags) <= ALLOWED_TAGS
    text = "".join(parsed.text)
    assert "财政项目支出绩效跟踪表" in text
    assert "社区党群服务中心工作" in text
    assert "上海市莘庄工业区社区党群服务中心" in text
    assert "时段：2023-01 至 2023-08" in text
    assert "预算执行：年度资金总额 83.47 / 383.45 万元，执行率 21.76%" in text
    assert "居委党群服务站建设" in text
    assert "=5.00(个)" in text
    assert "手续办理中" in text
    assert "产出指标 / 数量指标" in text  # indicators grouped under their levels
    assert parsed.tags.count("tr") == 1 + 12 + 6  # header, indicators, level groups
    for verdict_only in ("结果", "进度", "✓", "序时进度"):
        assert verdict_only not in text


def test_scorecard_repr_html(tables):
    card = score(tables[1])
    html = card._repr_html_()
    assert html == scorecard_html(card)
    parsed = _Parsed(html)
    assert not parsed.open
    assert set(parsed.tags) <= ALLOWED_TAGS
    text = "".join(parsed.text)
    assert "（截至 2023-08-31，序时进度 66.67%）" in text
    assert "（重算 21.77%）" in text
    assert "✓ 达成" in text
    assert "… 进行中" in text
    assert "落后" in text
    assert "实际1.00个，未达年度指标=5.00个，距年底尚有时间" in text
    assert "发现 12 项（警告 2，提示 10）" in text
    assert "budget-behind-schedule" in text
    assert parsed.tags.count("li") == len(card.findings)
    assert ("title", "pending") in parsed.attributes


SYMBOLS = {
    Attainment.MET: "✓",
    Attainment.PARTIAL: "◐",
    Attainment.PENDING: "…",
    Attainment.NOT_MET: "✗",
    Attainment.UNKNOWN: "?",
    Attainment.NOT_APPLICABLE: "–",
}


def test_every_verdict_has_its_symbol(tables):
    card = score(tables[0])
    verdicts = tuple(
        evolve(verdict, attainment=attainment, progress=progress)
        for verdict, attainment, progress in zip(
            card.verdicts, list(Attainment) * 2, list(Progress) * 3, strict=False
        )
    )
    html = scorecard_html(evolve(card, verdicts=verdicts))
    cells = [
        line.split(">", 1)[1].split("</td>", 1)[0]
        for line in html.split('<td class="perftrack-verdict"')[1:]
    ]
    assert [cell.split(" ", 1)[0] for cell in cells] == [
        SYMBOLS[verdict.attainment] for verdict in verdicts
    ]
    assert set(SYMBOLS.values()) <= {cell.split(" ", 1)[0] for cell in cells}


def test_points_of_a_self_evaluation():
    rows = [
        ["项目支出绩效自评表"],
        ["项目名称", "乡村道路养护"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "98公里", "50", "49"],
        ["效益指标", "社会效益指标", "群众出行条件", "明显改善", "明显改善", "40", "40"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10"],
        ["总分", "", "", "", "", "100", "99", "优"],
    ]
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    card = score(table)
    assert card.points is not None
    text = "".join(_Parsed(card._repr_html_()).text)
    assert f"得分：{card.points.total} {card.points.grade}" in text
    assert "表中总分 99 优" in text


HOSTILE = '<script>alert("x")</script>&amp;\'"'


def test_all_text_is_escaped():
    indicator = Indicator(
        HOSTILE,
        level1="<b>产出指标</b>",
        level2="<i>数量指标</i>",
        target=Descriptive(HOSTILE, text=HOSTILE),
        planned=parse_value("1"),
        actual=evolve(parse_value("不及时"), text='<img src=x onerror="alert(1)">'),
        core=True,
    )
    table = Table(
        TableKind.TRACKING,
        title="<h1>标题</h1>",
        source=Source('a"<b>.txt', "<Sheet>", 0),
        project=Project("<a href='x'>项目</a>", "部门&", "<u>单位</u>"),
        period=Period(YearMonth(2023, 1), YearMonth(2023, 8)),
        budget_unit="<万元>",
        budget=(BudgetLine(BudgetRole.TOTAL, "<em>总额</em>", executed=Decimal(1)),),
        indicators=(indicator,),
        findings=(Finding("layout-normalised", Severity.INFO, HOSTILE, Where(cell="<td>")),),
    )
    for html in (table._repr_html_(), score(table)._repr_html_()):
        parsed = _Parsed(html)
        assert set(parsed.tags) <= ALLOWED_TAGS, parsed.tags
        assert not parsed.open
        assert all(name in {"class", "title", "colspan"} for name, _ in parsed.attributes)
        text = "".join(parsed.text)
        for piece in (
            HOSTILE,
            "<h1>标题</h1>",
            'a"<b>.txt [<Sheet>]',
            "<a href='x'>项目</a>",
            "部门& / <u>单位</u>",
            "<em>总额</em>",
            "<万元>",
            "<b>产出指标</b> / <i>数量指标</i>",
            '<img src=x onerror="alert(1)">',
            "★" + HOSTILE,
        ):
            assert piece in text, piece
        assert "<script>" not in html
        assert "&lt;script&gt;" in html


def test_a_bare_table_renders():
    table = Table(TableKind.TARGET)
    text = "".join(_Parsed(table._repr_html_()).text)
    assert "绩效表 — （未注明项目）" in text
    assert "<内存> 第1张表 · 目标表" in text
    assert "（无绩效指标）" in text
    card = score(table)
    parsed = _Parsed(card._repr_html_())
    assert set(parsed.tags) <= ALLOWED_TAGS


def test_indicators_without_levels_or_cells():
    table = Table(
        TableKind.TRACKING,
        indicators=(Indicator("甲", target=parse_target("≥1次")), Indicator("乙")),
    )
    text = "".join(_Parsed(score(table)._repr_html_()).text)
    assert "（未分类） / （未分类）" in text
    assert "乙—" in text  # empty target and actual shown as —
