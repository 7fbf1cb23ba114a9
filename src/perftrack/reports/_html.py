"""The HTML report: one self-contained page, inline CSS and SVG, nothing from the network.

Every verdict carries a symbol beside its colour, so that the page reads when
printed in black and white; every text from the input is escaped.

Example:
    >>> import perftrack
    >>> from perftrack.reports._common import Report
    >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
    >>> page = render(Report.of([card], []))
    >>> page.startswith("<!DOCTYPE html>"), "序时进度 66.67%" in page, "http" in page
    (True, True, False)
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Final

from perftrack._errors import writable_text
from perftrack._version import __version__
from perftrack.checking import displayed
from perftrack.reports._common import (
    ATTAINMENT_ORDER,
    FINDING_HEADERS,
    LEVEL1_HEADERS,
    NO_NAME,
    POINTS_HEADERS,
    PROGRESS_ORDER,
    SUMMARY_HEADERS,
    SUMMARY_HEADING,
    attainment_label,
    attainment_word,
    bar_of,
    behind_schedule,
    budget_cells,
    budget_forecast,
    budget_headers,
    budget_name,
    budget_points_headers,
    facts,
    finding_cells,
    headline,
    indicator_rows,
    level1_cells,
    level1_counts,
    overspent,
    percent,
    progress_label,
    row_of,
    summary_cells,
    summary_projects,
    verdict_headers,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from perftrack.reports._common import Report
    from perftrack.scoring import Attainment, Scorecard

__all__ = ["budget_chart", "level1_bar", "render"]

# System fonts only: a Latin face first for digits, then the Chinese faces of
# macOS, Windows and Linux, so that nothing is fetched and every machine finds one.
_FONTS: Final = (
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", '
    '"Source Han Sans SC", "WenQuanYi Micro Hei", "Heiti SC", SimHei, sans-serif'
)

# (text colour, background) per verdict; the symbols carry the meaning without them.
_COLOURS: Final = {
    "met": ("#1a7f37", "#dafbe1"),
    "partial": ("#0b5cad", "#ddf4ff"),
    "pending": ("#8a5a00", "#fff4c2"),
    "not_met": ("#b3261e", "#ffebe9"),
    "unknown": ("#57606a", "#eaeef2"),
    "not_applicable": ("#6e7781", "#f6f8fa"),
    "on_track": ("#1a7f37", "#dafbe1"),
    "behind": ("#8a5a00", "#fff4c2"),
}
# Bar fills of the charts: saturated enough to tell apart, and printed as greys.
_FILLS: Final = {
    "met": "#2da44e",
    "partial": "#218bff",
    "pending": "#d4a72c",
    "not_met": "#cf222e",
    "unknown": "#8c959f",
    "not_applicable": "#d0d7de",
}

_CSS: Final = f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{
  margin: 0 auto; padding: 24px; max-width: 1400px;
  font-family: {_FONTS};
  font-size: 14px; line-height: 1.55; color: #1f2328; background: #fff;
  overflow-wrap: anywhere;
}}
h1 {{ font-size: 24px; margin: 0 0 8px; }}
h2 {{ font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; }}
h3 {{ font-size: 15px; margin: 20px 0 6px; }}
p, dl {{ margin: 6px 0; }}
a {{ color: #0b5cad; }}
.legend {{ color: #57606a; }}
.legend span {{ margin-right: 12px; white-space: nowrap; }}
dl.facts {{ display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }}
dl.facts dt {{ color: #57606a; }}
dl.facts dd {{ margin: 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0 12px; }}
th, td {{ border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }}
th {{ background: #f6f8fa; font-weight: 600; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
td.v {{ white-space: nowrap; font-weight: 600; }}
td.label {{ white-space: nowrap; }}
{"".join(f"td.v-{key} {{ color: {fg}; background: {bg}; }}" for key, (fg, bg) in _COLOURS.items())}
td.sev-error {{ color: #b3261e; font-weight: 600; white-space: nowrap; }}
td.sev-warning {{ color: #8a5a00; font-weight: 600; white-space: nowrap; }}
td.sev-info {{ color: #57606a; white-space: nowrap; }}
figure {{ margin: 8px 0 12px; }}
figure svg {{ max-width: 100%; height: auto; }}
svg text {{ font-family: {_FONTS}; }}
.empty {{ color: #57606a; }}
footer {{ margin-top: 32px; color: #57606a; font-size: 12px; }}
@media print {{
  @page {{ size: A4 landscape; margin: 12mm; }}
  body {{ padding: 0; max-width: none; font-size: 10pt; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  a {{ color: inherit; text-decoration: none; }}
  thead {{ display: table-header-group; }}
  tr, figure, dl.facts {{ break-inside: avoid; }}
  h2, h3 {{ break-after: avoid; }}
  section.card {{ break-before: page; }}
}}
""".strip()


def _table(headers: Sequence[str], rows: Iterable[Sequence[tuple[str, str]]]) -> str:
    """A table whose cells are (text, class) pairs; texts are escaped here."""
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{klass}">{escape(text)}</td>' if klass else f"<td>{escape(text)}</td>"
            for text, klass in row
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _budget_row(cells: Sequence[str], *, ruled: bool) -> list[tuple[str, str]]:
    """A budget line's cells: its source, figures, then its 计分规则 in words when *ruled*."""
    figures = cells[1:-1] if ruled else cells[1:]
    return [_plain(cells[0]), *map(_num, figures), *map(_plain, cells[len(figures) + 1 :])]


def _num(text: str) -> tuple[str, str]:
    return (text, "num")


def _plain(text: str) -> tuple[str, str]:
    return (text, "")


def _legend() -> str:
    attainments = "".join(f"<span>{escape(attainment_label(a))}</span>" for a in ATTAINMENT_ORDER)
    progress = "".join(f"<span>{escape(progress_label(p))}</span>" for p in PROGRESS_ORDER)
    return f'<p class="legend">完成情况：{attainments} 进度：{progress}</p>'


# The budget chart: its width, and where its track starts and how long it is.
_CHART_WIDTH: Final = 640
_LEFT: Final = 10
_SPAN: Final = 620


def _x(value: Decimal, scale: Decimal, left: int, span: int) -> float:
    return float(left + span * min(max(value, Decimal(0)), scale) / scale)


def budget_chart(card: Scorecard) -> str:
    """The budget's execution against its bar as an inline SVG, or a note when unknown.

    A bar for the recomputed rate of the total line, a dashed marker line at
    time progress (the year-end bar for a self-evaluation table), both labelled.

    Example:
        >>> import perftrack
        >>> card = perftrack.score(perftrack.read("examples/000_7a0b2a9980fedb64.txt")[1])
        >>> svg = budget_chart(card)
        >>> "执行率 21.77%" in svg, "序时进度 66.67%" in svg
        (True, True)
    """
    rate = row_of(card).rate
    name, bar = bar_of(card)
    if rate is None:
        return '<p class="empty">无预算执行数据，无法绘制执行进度图。</p>'
    width, height, left, span = _CHART_WIDTH, 96, _LEFT, _SPAN
    scale = max(Decimal(100), rate, bar or Decimal(0))
    end = _x(rate, scale, left, span)
    colour = _FILLS["not_met"] if behind_schedule(card) else _FILLS["met"]
    if overspent(rate):
        colour = _FILLS["pending"]  # over the budget (over-execution): amber, never "good"
    rate_text = f"执行率 {percent(rate)}%"
    label = f"{rate_text}，{name} {percent(bar)}%" if bar is not None else rate_text
    # Three rows, so that the labels never cross: the bar's label above the track
    # (at the marker), the rate's below it (at the bar's end), the scale at the bottom.
    parts = [
        (
            f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'role="img" aria-label="{escape(label)}">'
        ),
        f"<title>{escape(label)}</title>",
        f'<rect x="{left}" y="22" width="{span}" height="26" fill="#f6f8fa" stroke="#8c959f"/>',
        f'<rect x="{left}" y="22" width="{end - left:.1f}" height="26" fill="{colour}"/>',
        f'<line x1="{end:.1f}" y1="48" x2="{end:.1f}" y2="56" stroke="{colour}" stroke-width="2"/>',
        _label(end, 70, rate_text, bold=True),
    ]
    if bar is not None:
        mark = _x(bar, scale, left, span)
        parts.extend(
            [
                (
                    f'<line x1="{mark:.1f}" y1="16" x2="{mark:.1f}" y2="54" stroke="#1f2328" '
                    'stroke-width="2" stroke-dasharray="4 3"/>'
                ),
                _label(mark, 12, f"{name} {percent(bar)}%"),
            ]
        )
    parts.extend(
        [
            f'<text x="{left}" y="90" font-size="11" fill="#57606a">0%</text>',
            (
                f'<text x="{left + span}" y="90" font-size="11" text-anchor="end" '
                f'fill="#57606a">{escape(format(scale, "f"))}%</text>'
            ),
            "</svg>",
        ]
    )
    return "".join(parts)


def _label(x: float, y: int, text: str, *, bold: bool = False) -> str:
    """An SVG text at *x*, anchored so that it stays inside the chart near its edges."""
    anchor = "start" if x < _LEFT + 70 else "end" if x > _LEFT + _SPAN - 70 else "middle"
    weight = ' font-weight="600"' if bold else ""
    return (
        f'<text x="{x:.1f}" y="{y}" font-size="12" text-anchor="{anchor}" fill="#1f2328"'
        f"{weight}>{escape(text)}</text>"
    )


def level1_bar(counts: dict[Attainment, int]) -> str:
    """The verdicts of one level 1 as an inline SVG stacked bar.

    Example:
        >>> from perftrack.scoring import Attainment
        >>> svg = level1_bar({Attainment.MET: 3, Attainment.PENDING: 1})
        >>> svg.count("<rect"), "达成 3" in svg
        (2, True)
    """
    width, height = 240, 16
    total = sum(counts.get(a, 0) for a in ATTAINMENT_ORDER)
    parts = [
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="'
        + escape("，".join(f"{attainment_word(a)} {counts[a]}" for a in counts if counts[a]))
        + '">'
    ]
    x = 0.0
    for attainment in ATTAINMENT_ORDER:
        count = counts.get(attainment, 0)
        if not count or not total:
            continue
        part = width * count / total
        parts.append(
            f'<rect x="{x:.1f}" y="0" width="{part:.1f}" height="{height}" '
            f'fill="{_FILLS[attainment.value]}" stroke="#ffffff">'
            f"<title>{escape(attainment_word(attainment))} {count}</title></rect>"
        )
        x += part
    parts.append("</svg>")
    return "".join(parts)


def _summary(report: Report) -> str:
    # Worst first, as the portfolio orders them, each linked to its section.
    head = "".join(f"<th>{escape(header)}</th>" for header in SUMMARY_HEADERS)
    body = []
    projects = summary_projects(report.rows)  # the counties of one table told apart
    for (number, row), told in zip(report.ranking, projects, strict=True):
        kind = report.cards[number - 1].table.kind
        project, department, *numbers, source = summary_cells(row, kind, told)
        body.append(
            f'<tr><td><a href="#table-{number}">{escape(project)}</a></td>'
            f"<td>{escape(department)}</td>"
            + "".join(f'<td class="num">{escape(cell)}</td>' for cell in numbers)
            + f"<td>{escape(source)}</td></tr>"
        )
    return (
        f'<section id="summary"><h2>{SUMMARY_HEADING}</h2>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></section>"
    )


def _verdicts(card: Scorecard) -> str:
    # 偏差原因分析, 备注, 全年预计完成情况 and 完成可能性 when the table fills them in
    columns = verdict_headers(card)
    verdict, progress = columns.index("完成情况"), columns.index("进度")
    classes = {0: "num", 1: "label", 2: "label"}
    # the points columns (a table with points) are figures, its 计分规则 words
    classes |= {columns.index(header): "num" for header in POINTS_HEADERS[:4] if header in columns}
    rows = []
    for number, row in enumerate(indicator_rows(card), start=1):
        # an indicator's row always has both verdicts (only the rate's item has none)
        classes[verdict] = f"v v-{row.attainment.value}" if row.attainment else ""
        classes[progress] = f"v v-{row.progress.value}" if row.progress else ""
        cells = row.cells_under(number, columns)
        rows.append([(cell, classes.get(column, "")) for column, cell in enumerate(cells)])
    return _table(columns, rows)


def _level1(card: Scorecard) -> str:
    head = "".join(f"<th>{escape(header)}</th>" for header in (*LEVEL1_HEADERS, "分布"))
    body = "".join(
        f"<tr><td>{escape(level1)}</td>"
        + "".join(f'<td class="num">{cell}</td>' for cell in level1_cells(level1, counts)[1:])
        + f"<td>{level1_bar(counts)}</td></tr>"
        for level1, counts in level1_counts(card)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _notes(card: Scorecard) -> str:
    """The table's note rows (说明, 备注, 其他需要说明的问题…) under 说明; none, nothing."""
    if not card.table.notes:
        return ""
    items = "".join(
        f"<dt>{escape(note.label)}</dt><dd>{escape(note.text)}</dd>" for note in card.table.notes
    )
    return f'<h3>说明</h3><dl class="facts">{items}</dl>'


def _card(number: int, card: Scorecard) -> str:
    table = card.table
    facts_html = "".join(
        f"<dt>{escape(label)}</dt><dd>{escape(text)}</dd>" for label, text in facts(card)
    )
    parts = [
        f'<section class="card" id="table-{number}">',
        f"<h2>{number}. {escape(table.project.name or NO_NAME)}</h2>",
        f'<dl class="facts">{facts_html}</dl>',
        _notes(card),
        # the bar the chart marks: 序时进度, or a self-evaluation table's year-end bar
        f"<h3>预算执行与{escape(bar_of(card)[0])}</h3>",
        f"<figure>{budget_chart(card)}</figure>",
    ]
    if table.budget:
        parts.append(
            _table(
                budget_headers(
                    table.kind,
                    budget_name(table),
                    forecast=budget_forecast(card),
                    points=budget_points_headers(card),
                ),
                (
                    _budget_row(cells, ruled=bool(budget_points_headers(card)))
                    for cells in budget_cells(card)
                ),
            )
        )
    parts.extend(["<h3>一级指标完成情况</h3>", _level1(card), "<h3>指标</h3>"])
    parts.append(_verdicts(card) if card.verdicts else '<p class="empty">无指标。</p>')
    parts.append("<h3>发现</h3>")
    if card.findings:
        rows = (
            [
                (severity, f"sev-{finding.severity.value}"),
                (finding_id, "label"),
                (cell, "label"),
                *map(_plain, rest),
            ]
            for finding, (severity, finding_id, cell, *rest) in zip(
                displayed(card.findings), finding_cells(card), strict=True
            )
        )
        parts.append(_table(FINDING_HEADERS, rows))
    else:
        parts.append('<p class="empty">无。</p>')
    parts.append("</section>")
    return "".join(parts)


def _errors(report: Report) -> str:
    return (
        '<section id="errors"><h2>未能读取的文件</h2>'
        + _table(("文件", "原因"), ([_plain(e.file), _plain(e.message)] for e in report.errors))
        + "</section>"
    )


def render(report: Report) -> str:
    """The whole report as one HTML page.

    Example:
        >>> from perftrack.reports._common import Report
        >>> page = render(Report.of([], [{"file": "<坏>.xlsx", "message": "不是表格"}]))
        >>> "&lt;坏&gt;.xlsx" in page, "<坏>" in page
        (True, False)
    """
    body = [
        "<header><h1>预算绩效审核报告</h1>",
        f"<p>{escape(headline(report))}</p>",
        _legend(),
        "</header><main>",
    ]
    if report.cards:
        body.append(_summary(report))
    if report.errors:
        body.append(_errors(report))
    body.extend(_card(number, card) for number, card in enumerate(report.cards, start=1))
    body.append(f"</main><footer>由 perftrack {escape(__version__)} 生成。</footer>")
    return writable_text(
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="perftrack {escape(__version__)}">\n'
        "<title>预算绩效审核报告</title>\n"
        f"<style>\n{_CSS}\n</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
