"""Finding details a reviewer flagged (r37t).

- F: work dated after the table's date, its due date passed, raised ``deadline-passed``
  at the target and ``actual-after-period`` at the actual: one fault said twice. The
  ``actual-after-period`` now names the passed due date and stands alone; each keeps
  its place where only one applies.
- G: a reader's message (``layout-normalised`` of the seed, D56) kept the inner quotes of
  a quoted name, ``指标“居民区党员、“两新”党员、…”``, while the scoring's findings nest
  them (``‘两新’``). Every finding's message, and every verdict's explanation, now
  nests them, whoever built it.
- J: ``missing-corrective-measures`` of a 纠偏措施 row left blank pointed at the label
  (A20); it points at the blank cell right of the label, past the label's merged range,
  where the measures belong, in TSV, xlsx (merged or not) and HTML (``colspan``).

Every table is written here as text, read and scored, with the exact words expected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.reports._review import review

if TYPE_CHECKING:
    from perftrack.scoring import Scorecard

GRID = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
    "偏差原因分析",
]


def _tracking(
    *rows: list[str], period: str = "2024-1月 至 2024-6月", measures: list[str] | None = None
) -> list[list[str]]:
    """A 1–6月 跟踪表 (its budget on schedule) with the indicator *rows* (name … reason)."""
    return [
        ["财政项目支出绩效跟踪表"],
        [f"跟踪时段：（ {period} ）"],
        ["项目名称", "社区卫生服务"],
        ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
        GRID,
        *(["产出指标", "时效指标", *row] for row in rows),
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "92%", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
        ["", "年度绩效目标完成可能性", "有可能完成"],
        measures if measures is not None else ["纠偏措施", "加快体检排期"],
    ]


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


def _card(rows: list[list[str]]) -> Scorecard:
    return perftrack.score(perftrack.read_text(_tsv(rows))[0])


def _found(card: Scorecard, *ids: str) -> list[tuple[str, str | None, str]]:
    return [(f.id, f.where.cell, f.message) for f in card.findings if f.id in ids]


def _problem(letter: str, start: str) -> str | None:
    """The problem of *letter* that begins with *start*, up to its ； or 。, or None."""
    at = letter.find(start)
    if at < 0:
        return None
    ends = [end for stop in "；。" if (end := letter.find(stop, at)) >= 0]
    return letter[at : min(ends)]


DEADLINE_IDS = ("deadline-passed", "actual-after-period")


@pytest.mark.parametrize(
    ("row", "explanation", "expected"),
    [
        pytest.param(
            ["体检完成时间", "2024年6月30日前", "完成", "2024年7月15日", "排期推迟"],
            "实际“2024年7月15日”在评价日期之后，不能作为已完成，截止日期2024-06-30已到，按未完成判断；"
            "跟踪期内未达到计划“完成”",
            [
                (
                    "actual-after-period",
                    "F8",
                    (
                        "“体检完成时间”实际完成值“2024年7月15日”的日期晚于跟踪期末2024-06-30，"
                        "不能作为已完成，截止日期2024-06-30已到，按未完成判断"
                    ),
                )
            ],
            id="after-period-at-due-said-once",
        ),
        pytest.param(
            ["体检完成时间", "2024年3月31日前", "完成", "2024年8月10日完成", "排期推迟"],
            "实际“2024年8月10日完成”在评价日期之后，不能作为已完成，截止日期2024-03-31已到，"
            "按未完成判断；跟踪期内未达到计划“完成”",
            [
                (
                    "actual-after-period",
                    "F8",
                    (
                        "“体检完成时间”实际完成值“2024年8月10日完成”的日期晚于跟踪期末2024-06-30，"
                        "不能作为已完成，截止日期2024-03-31已到，按未完成判断"
                    ),
                )
            ],
            id="after-period-long-after-due-said-once",
        ),
        pytest.param(
            ["体检完成时间", "2024年6月30日前", "完成", "进行中", "排期推迟"],
            "截止日期2024-06-30已到，实际“进行中”；尚未完成，落后于计划“完成”",
            [("deadline-passed", "D8", "“体检完成时间”截止日期2024-06-30已到，结果为未完成")],
            id="deadline-alone",
        ),
        pytest.param(
            ["体检完成时间", "2024年3月31日前", "完成", "2024年5月20日完成", "排期推迟"],
            "实际“2024年5月20日完成”，晚于截止日期2024-03-31；已逾期完成，未按期完成",
            [("deadline-passed", "D8", "“体检完成时间”截止日期2024-03-31已到，结果为逾期完成")],
            id="done-late-deadline-alone",
        ),
        pytest.param(
            ["体检完成时间", "2024年12月31日前", "完成", "2024年7月15日完成", "排期推迟"],
            "实际“2024年7月15日完成”在评价日期之后，视为预计，截止日期2024-12-31；"
            "跟踪期内未达到计划“完成”",
            [
                (
                    "actual-after-period",
                    "F8",
                    (
                        "“体检完成时间”实际完成值“2024年7月15日完成”的日期晚于跟踪期末2024-06-30，"
                        "不能作为已完成，按预计判断"
                    ),
                )
            ],
            id="after-period-before-due-alone",
        ),
    ],
)
def test_a_late_date_after_the_period_is_one_finding(
    row: list[str], explanation: str, expected: list[tuple[str, str, str]]
) -> None:
    card = _card(_tracking(row))
    assert card.verdicts[0].explanation == explanation
    assert _found(card, *DEADLINE_IDS) == expected


def test_a_late_date_after_the_period_in_english_names_the_due_date() -> None:
    row = ["体检完成时间", "2024年6月30日前", "完成", "2024年7月15日", "排期推迟"]
    table = perftrack.read_text(_tsv(_tracking(row)))[0]
    card = perftrack.score(table, policy=perftrack.Policy(language="en"))
    assert [(f.id, f.message) for f in card.findings if f.id in DEADLINE_IDS] == [
        (
            "actual-after-period",
            (
                "“体检完成时间”: the actual “2024年7月15日” is dated after the period end"
                " 2024-06-30: not done by the due date 2024-06-30"
            ),
        )
    ]


def test_the_letter_says_the_late_date_once() -> None:
    row = ["体检完成时间", "2024年6月30日前", "完成", "2024年7月15日", ""]
    card = _card(_tracking(row))
    assert [f.id for f in card.findings if f.id in DEADLINE_IDS] == ["actual-after-period"]
    letter = review(card)
    assert _problem(letter, "一是") == (
        "一是有1项指标未完成年度目标且实际完成值所填日期晚于跟踪期末，不能作为实际完成情况，"
        "且未分析原因（“体检完成时间”）"
    )
    assert "已到完成时限但未确认完成" not in letter


# -- G: nested quotes, in every message -------------------------------------------

SEED = "examples/000_7a0b2a9980fedb64.txt"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param(
            "指标“居民区党员、“两新”党员、区域化成员单位满意”所在行相对相邻行错开1列",
            "指标“居民区党员、‘两新’党员、区域化成员单位满意”所在行相对相邻行错开1列",
            id="a-name-with-quotes",
        ),
        pytest.param(
            "““三公”经费变动率”年度指标“覆盖“两新”组织”",
            "“‘三公’经费变动率”年度指标“覆盖‘两新’组织”",
            id="two-quoted-texts",
        ),
    ],
)
def test_a_finding_nests_the_quotes_of_its_message(message: str, expected: str) -> None:
    finding = perftrack.Finding("layout-normalised", perftrack.Severity.INFO, message)
    assert finding.message == expected


def test_the_seed_layout_finding_nests_its_quotes() -> None:
    found = [
        f.message
        for table in perftrack.read(SEED)
        for f in table.findings
        if f.id == "layout-normalised" and f.where.cell == "D56"
    ]
    assert found == [
        (
            "指标“居民区党员、‘两新’党员、区域化成员单位满意”所在行相对相邻行错开1列，"
            "已按与指标名称的距离读取"
        )
    ]


def test_an_explanation_nests_the_quotes_it_quotes() -> None:
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
        ["项目名称", "党建服务"],
        GRID,
        [
            "产出指标",
            "质量指标",
            "“两新”组织覆盖",
            "覆盖“两新”组织",
            "覆盖",
            "部分覆盖“两新”组织",
            "",
        ],
    ]
    card = _card(rows)
    assert card.verdicts[0].explanation == (
        "实际“部分覆盖‘两新’组织”，部分完成，未全部达到年度指标“覆盖‘两新’组织”，距年底尚有时间"
    )
    assert _found(card, "target-not-measurable") == [
        (
            "target-not-measurable",
            "D5",
            "“‘两新’组织覆盖”年度指标“覆盖‘两新’组织”为定性或文字描述，难以量化考核",
        )
    ]


# -- J: missing measures point at the blank cell they belong in ---------------------

TROUBLED = ["体检完成时间", "2024年6月30日前", "完成", "进行中", "排期推迟"]
MEASURES_MESSAGE = "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施"


def _measures_found(tables: tuple[perftrack.Table, ...]) -> list[tuple[str | None, str]]:
    card = perftrack.score(tables[0])
    return [
        (f.where.cell, f.message) for f in card.findings if f.id == "missing-corrective-measures"
    ]


@pytest.mark.parametrize(
    ("measures", "cell"),
    [
        pytest.param(["纠偏措施", ""], "B12", id="tsv-blank-cell"),
        pytest.param(["纠偏措施"], "B12", id="tsv-row-cut-after-label"),
        pytest.param(["纠偏措施", "无"], "B12", id="tsv-placeholder-its-cell"),
    ],
)
def test_missing_measures_point_at_their_blank_cell_in_tsv(measures: list[str], cell: str) -> None:
    text = _tsv(_tracking(TROUBLED, measures=measures))
    assert _measures_found(perftrack.read_text(text)) == [(cell, MEASURES_MESSAGE)]


def _xlsx(merges: list[str]) -> bytes:
    pytest.importorskip("openpyxl")
    rows = [[cell or None for cell in row] for row in _tracking(TROUBLED, measures=["纠偏措施"])]
    return xlsx_bytes({"Sheet": rows}, merges={"Sheet": merges})


@pytest.mark.parametrize(
    ("merges", "cell"),
    [
        pytest.param([], "B12", id="xlsx-unmerged"),
        pytest.param(["B12:G12"], "B12", id="xlsx-value-merged"),
        pytest.param(["A12:B12", "C12:G12"], "C12", id="xlsx-label-merged"),
    ],
)
def test_missing_measures_point_at_their_blank_cell_in_xlsx(merges: list[str], cell: str) -> None:
    tables = perftrack.read(_xlsx(merges), name="track.xlsx")
    assert _measures_found(tables) == [(cell, MEASURES_MESSAGE)]


def _html(last: str) -> str:
    rows = _tracking(TROUBLED)[:-1]
    lines = ["<html><body><table>"]
    lines += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    return "\n".join([*lines, last, "</table></body></html>"]) + "\n"


@pytest.mark.parametrize(
    ("last", "cell"),
    [
        # the page's first line opens the table: the rows are its source lines, 2 to 13
        pytest.param('<tr><td>纠偏措施</td><td colspan="6"></td></tr>', "B13", id="html-colspan"),
        pytest.param(
            '<tr><td colspan="2">纠偏措施</td><td colspan="5"></td></tr>',
            "C13",
            id="html-label-colspan",
        ),
        pytest.param("<tr><td>纠偏措施</td></tr>", "B13", id="html-row-cut-after-label"),
    ],
)
def test_missing_measures_point_at_their_blank_cell_in_html(last: str, cell: str) -> None:
    tables = perftrack.read_text(_html(last), format="html")
    assert _measures_found(tables) == [(cell, MEASURES_MESSAGE)]


def test_a_label_across_the_table_is_its_own_place() -> None:
    # 纠偏措施： over the whole width: the measures are written in it, after the colon
    tables = perftrack.read_text(_html('<tr><td colspan="7">纠偏措施：</td></tr>'), format="html")
    assert _measures_found(tables) == [("A13", MEASURES_MESSAGE)]
