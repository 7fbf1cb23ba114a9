"""Scoring cuts of r38e: the same scorecards, scored with fewer calls (scoring speed).

r38e, without changing any output:

- the end of a table's project year (or school term) is worked out once a table, not
  at every ``ctx.due`` (several times a row);
- the letters-for-digits check asks its first test (an O, o, l or I anywhere) once of
  a row's four value cells together, not once a cell;
- a row's cells are looked up by name in one step (a dict of its cells) where a
  finding's place, the table's place and the rows with 纠偏措施 of their own are
  worked out, not by a loop over the cells for each name asked;
- a progress against a plan of a verdict asks the due date after its cheap guard.

Each call-count case fails on the code before the cut; the other cases pin the output
the cuts must keep (the equivalence of every captured input was checked byte for byte).
"""

from __future__ import annotations

import collections
import gc
from typing import Any

import pytest

import perftrack
from perftrack.model import Indicator, Period, Position, Table, TableKind, YearMonth
from perftrack.policy import default_policy
from perftrack.scoring import _common, _findings
from perftrack.scoring._common import _project_year_end, _Scoring


def _tsv(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


PROJECT_YEAR = _tsv(
    "2024-2025年度社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年7月-2025年6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t600\t",
    "产出指标\t质量指标\t合格率\t≥95%\t96%\t",
    "产出指标\t时效指标\t完成系统上线\t3月底前上线\t推进中\t",
)
LETTERS = _tsv(
    "2024年社区养老服务提升项目绩效跟踪表",
    "跟踪时段：2024年1-6月",
    "项目名称\t社区养老服务提升",
    "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t偏差原因分析",
    "产出指标\t数量指标\t培训人数\t≥1200人\t600\t",
    "产出指标\t质量指标\t合格率\t≥9O%\t96%\t",
    "产出指标\t数量指标\t走访户数\t≥2,600户\t2,6OO\t",
)


def _score(text: str) -> perftrack.Scorecard:
    return perftrack.score(perftrack.read_text(text, name="t.tsv")[0])


def _counting(
    monkeypatch: pytest.MonkeyPatch,
    counts: collections.Counter[str],
    module: Any,
    names: tuple[str, ...],
) -> None:
    """Wrap each function of *module* in *names* to count its calls in *counts*."""

    def wrapped(name: str, function: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return function(*args, **kwargs)

        return call

    for name in names:
        monkeypatch.setattr(module, name, wrapped(name, getattr(module, name)))


def _scoring_counts(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, int]:
    table = perftrack.read_text(text, name="t.tsv")[0]
    perftrack.score(table)  # the caches warm, whatever ran before
    counts: collections.Counter[str] = collections.Counter()
    _counting(monkeypatch, counts, _common, ("is_own_year",))
    _counting(monkeypatch, counts, _findings, ("letter_number",))
    cell_of = Indicator.cell_of
    table_cell_of = Table.cell_of

    def counted(self: Indicator, column: str) -> Position | None:
        counts["Indicator.cell_of"] += 1
        return cell_of(self, column)

    def counted_table(self: Table, name: str) -> Position | None:
        counts["Table.cell_of"] += 1
        return table_cell_of(self, name)

    monkeypatch.setattr(Indicator, "cell_of", counted)
    monkeypatch.setattr(Table, "cell_of", counted_table)
    # a fresh copy of the table: the year's end is worked out again for it
    perftrack.score(perftrack.read_text(text, name="t.tsv")[0])
    return dict(counts)


# text → calls while scoring it (before the cut: PROJECT_YEAR is_own_year 8,
# letter_number 12, Indicator.cell_of 11, Table.cell_of 4; LETTERS is_own_year 11,
# letter_number 12, Indicator.cell_of 8, Table.cell_of 4)
CALLS = [
    pytest.param(PROJECT_YEAR, {"is_own_year": 1}, id="project-year"),
    # Indicator.cell_of 1: r38h's actual-not-numeric asks for the actual's cell of the
    # one row whose actual gives no figure, to skip a cell that has a warning of its own
    pytest.param(
        LETTERS,
        {"is_own_year": 1, "letter_number": 8, "Indicator.cell_of": 1},
        id="letters-for-digits",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls_while_scoring(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: dict[str, int]
) -> None:
    assert _scoring_counts(monkeypatch, text) == expected


def _verdicts_and_findings(card: perftrack.Scorecard) -> list[tuple[str, ...]]:
    return [
        *((v.attainment.value, v.progress.value, v.explanation, str(v.due)) for v in card.verdicts),
        *((f.id, f.message, f.where.cell or "") for f in card.findings),
    ]


# text → the verdicts (attainment, progress, explanation, due) and findings (id,
# message, cell) before the cut, as they stay
CARDS = [
    pytest.param(
        PROJECT_YEAR,
        [
            ("not_met", "not_applicable", "实际600人，未达年度指标≥1200人", "2025-06-30"),
            ("met", "not_applicable", "实际96%，达到年度指标≥95%", "2025-06-30"),
            ("not_met", "not_applicable", "截止日期2025-03-31已到，实际“推进中”", "2025-03-31"),
            (
                "period-spans-years",
                (
                    "跟踪时段“2024年7月-2025年6月”跨年度（2024年7月至2025年6月），按一个项目年度"
                    "（12个月）评价：序时进度按时段内已过月数计，未写年份的截止日期取时段内的月份"
                ),
                "A2",
            ),
            ("missing-deviation-reason", "“培训人数”存在偏差但未填写偏差原因", "F5"),
            ("missing-deviation-reason", "“完成系统上线”存在偏差但未填写偏差原因", "F7"),
            ("deadline-passed", "“完成系统上线”截止日期2025-03-31已到，结果为未完成", "D7"),
            ("missing-category", "缺少效益指标、满意度指标", ""),
            (
                "missing-corrective-measures",
                (
                    "表中未设纠偏措施栏目，存在进度落后、未完成或完成可能性存疑的情况，"
                    "无处填写纠偏措施"
                ),
                "",
            ),
        ],
        id="project-year",
    ),
    pytest.param(
        LETTERS,
        [
            (
                "pending",
                "not_applicable",
                "实际600人，未达年度指标≥1200人，距年底尚有时间",
                "2024-12-31",
            ),
            ("met", "not_applicable", "实际96%，达到年度指标≥90%", "2024-12-31"),
            (
                "unknown",
                "not_applicable",
                "实际“2,6OO”不是数值，无法与年度指标比较",
                "2024-12-31",
            ),
            (
                "possible-ocr-artifact",
                "“合格率”年度指标值“≥9O%”含字母O，疑为“≥90%”，已按“≥90%”判断，请核实更正",
                "D6",
            ),
            (
                "possible-ocr-artifact",
                "“走访户数”实际完成值“2,6OO”含字母O，疑为“2,600”，无法识别为数值，请核实更正",
                "E7",
            ),
            ("missing-category", "缺少效益指标、满意度指标", ""),
        ],
        id="letters-for-digits",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARDS)
def test_scorecards_as_before(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _verdicts_and_findings(_score(text)) == expected


def _old_where_position(indicator: Indicator, column: str | None) -> Position | None:
    """where_indicator's position before the cut: cell_of, asked for each name in turn."""
    return (
        (indicator.cell_of(column) if column else None)
        or (indicator.cell_of("reason-place") if column == "reason" else None)
        or (indicator.cell_of("corrective-place") if column == "corrective" else None)
        or (indicator.cell_of("actual-place") if column == "actual" else None)
        or (indicator.cell_of("points-place") if column == "points" else None)
        or indicator.position
    )


_A, _B, _C, _ROW = (Position("t.tsv", None, row, 2) for row in (1, 2, 3, 9))
# cells → the place of each column (a name twice: its first cell, as cell_of finds it)
PLACES = [
    pytest.param((("actual", _A), ("reason-place", _B)), id="cell-and-place"),
    pytest.param((("actual-place", _A), ("reason", _B), ("points-place", _C)), id="places"),
    pytest.param((("actual", _A), ("actual", _B), ("actual-place", _C)), id="name-twice"),
    pytest.param((("target-place", _A), ("corrective-place", _B)), id="no-target-place"),
    pytest.param((), id="no-cells"),
]
COLUMNS = (None, "", "target", "actual", "reason", "corrective", "points", "planned")


@pytest.mark.parametrize("cells", PLACES)
def test_where_indicator_as_cell_of(cells: tuple[tuple[str, Position], ...]) -> None:
    row = Indicator("培训人数", cells=cells, position=_ROW)
    state = _Scoring(Table(TableKind.TRACKING, indicators=(row,)), default_policy())
    for column in COLUMNS:
        where = state.where_indicator(0, column)
        position = _old_where_position(row, column)
        assert (where.row, where.column) == (position.row, position.column), column


def _measures_table(corrective: str, *rows: tuple[str, ...]) -> Table:
    place = {"own": "corrective", "blank": "corrective-place"}
    indicators = tuple(
        Indicator(name, cells=tuple((place[kind], _A) for kind in kinds)) for name, *kinds in rows
    )
    return Table(TableKind.TRACKING, indicators=indicators, corrective_measures=corrective)


# table → the rows with measures of their own (None: the table's measures cover all)
MEASURES = [
    pytest.param(
        _measures_table("培训人数：加快进度", ("培训人数", "own"), ("合格率",)),
        {0},
        id="one-row-own",
    ),
    pytest.param(_measures_table("", ("培训人数", "blank"), ("合格率",)), set(), id="blank-column"),
    pytest.param(_measures_table("加快进度", ("培训人数", "blank")), None, id="table-block"),
    pytest.param(_measures_table("", ("培训人数",), ("合格率",)), None, id="no-column"),
    pytest.param(
        _measures_table("合格率：加强抽检", ("培训人数", "blank", "own"), ("合格率", "own")),
        {1},
        id="own-after-place",
    ),
]


@pytest.mark.parametrize(("table", "expected"), MEASURES)
def test_rows_with_measures(table: Table, expected: set[int] | None) -> None:
    assert _findings._rows_with_measures(table) == expected


_PERIODS = [
    Period(YearMonth(2024, 7), YearMonth(2025, 6)),
    Period(YearMonth(2024, 1), YearMonth(2024, 12)),
    Period(YearMonth(2024, 9), YearMonth(2025, 1), text="2024-2025学年第一学期"),
    Period(YearMonth(2025, 2), YearMonth(2025, 5), term="第二学期", term_end=YearMonth(2025, 7)),
    None,
]
# (kind, period) → the year's end, asked of each table in turn, twice over, and of a
# table built again after the last one was dropped
YEAR_ENDS = [
    ((TableKind.TRACKING, _PERIODS[0]), "2025-06-30"),
    ((TableKind.TRACKING, _PERIODS[1]), "None"),
    ((TableKind.TRACKING, _PERIODS[2]), "2025-01-31"),
    ((TableKind.TRACKING, _PERIODS[3]), "2025-07-31"),
    ((TableKind.TRACKING, _PERIODS[4]), "None"),
    ((TableKind.SELF_EVALUATION, _PERIODS[0]), "None"),
    ((TableKind.TARGET, _PERIODS[2]), "None"),
]


def test_project_year_end_kept_per_table() -> None:
    tables = [Table(kind, period=period) for (kind, period), _ in YEAR_ENDS]
    expected = [end for _, end in YEAR_ENDS]
    for _ in range(2):
        assert [str(_project_year_end(table)) for table in tables] == expected
        assert [str(_project_year_end(table)) for table in reversed(tables)] == expected[::-1]
    assert _project_year_end(None) is None
    for (kind, period), end in YEAR_ENDS:
        # each asked twice, then dropped: the next, built anew, is not taken for it
        table = Table(kind, period=period)
        assert (str(_project_year_end(table)), str(_project_year_end(table))) == (end, end)
        del table
        gc.collect()
