"""Outputs of the notes and the 全年预计执行率, and the fixes of contract round 4 (M1, L4-L6, L8).

``Table.notes`` and ``BudgetLine.forecast_rate`` reached the JSON and the text
report only: the frames and the XLSX, Markdown and HTML reports now carry them.
Every table is written here.
"""

from __future__ import annotations

import io
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest
from attrs import evolve

import perftrack
from perftrack import (
    BudgetLine,
    BudgetRole,
    Indicator,
    Note,
    Project,
    Scorecard,
    Table,
    TableKind,
    cli,
)
from perftrack.checking import FINDING_IDS
from perftrack.frames import FRAME_KINDS
from perftrack.reports import render
from test_read_unseen import read

if TYPE_CHECKING:
    from pathlib import Path

pd = pytest.importorskip("pandas")

AUDIT = "审计发现某县违规发放低保金12.6万元，已全部追回。"
REQUEST = "部分资金结转至下年使用，涉及<配套>资金 | 200万元。"


def _monitoring(*notes: list[str], rates: tuple[str, str] = ("98%", "")) -> Table:
    return read(
        "2025年项目支出绩效运行监控表",
        "监控时段：2025年1月1日至6月30日",
        ["项目名称", "就业补助"],
        ["资金来源", "全年预算数", "1-6月执行数", "执行率", "全年预计执行率"],
        ["年度资金总额", "4200", "2310", "55%", rates[0]],
        ["其中：中央补助", "2800", "1700", "60.71%", rates[1]],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值"],
        ["产出指标", "数量指标", "培训人次", "≥4000人次", "2300人次"],
        *notes,
    )


# ---------------------------------------------------------------------------
# Frames


@pytest.mark.parametrize(
    ("rates", "expected"),
    [
        (("98%", ""), [Decimal(98), None]),
        (("98.50", "100"), [Decimal("98.50"), Decimal(100)]),
        (("", ""), [None, None]),
    ],
)
def test_the_budget_frame_has_the_forecast_rate_after_the_forecast(
    rates: tuple[str, str], expected: list[Decimal | None]
) -> None:
    table = _monitoring(rates=rates)
    for obj in (table, perftrack.score(table)):
        budget = perftrack.to_frame(obj, kind="budget")
        columns = list(budget.columns)
        assert columns.index("forecast_rate") == columns.index("forecast") + 1
        assert budget["forecast_rate"].tolist() == expected
        arrow = perftrack.to_frame(obj, kind="budget", decimals="pyarrow")
        assert str(arrow["forecast_rate"].dtype) == "decimal128(38, 10)[pyarrow]"


NOTE_COLUMNS = [
    "file",
    "sheet",
    "table",
    "note",
    "table_kind",
    "project",
    "project_code",
    "department",
    "implementer",
    "label",
    "text",
    "cell",
]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ([], []),
        ([["说明", AUDIT]], [(0, "说明", AUDIT, "B9")]),
        (
            [["说明", AUDIT], ["其他需要说明的问题", REQUEST]],
            [(0, "说明", AUDIT, "B9"), (1, "其他需要说明的问题", REQUEST, "B10")],
        ),
        ([["备注：项目于3月调整实施地点"]], [(0, "备注", "项目于3月调整实施地点", "A9")]),
    ],
)
def test_the_notes_frame(notes: list[list[str]], expected: list[tuple[object, ...]]) -> None:
    table = _monitoring(*notes)
    assert [(n.label, n.text) for n in table.notes] == [row[1:3] for row in expected]
    for obj in (table, perftrack.score(table), [table]):
        frame = perftrack.to_frame(obj, kind="notes")
        assert list(frame.columns) == NOTE_COLUMNS
        rows = frame[["note", "label", "text", "cell"]].values.tolist()
        assert [tuple(row) for row in rows] == expected
        assert set(frame["project"]) <= {"就业补助"}
        assert set(frame["table"]) <= {0}
        assert set(frame["table_kind"].astype(str)) <= {"tracking"}


def test_the_notes_frame_of_several_tables_and_its_dtypes() -> None:
    first, second = _monitoring(["说明", AUDIT]), _monitoring(["备注", REQUEST], ["注", "无"])
    with pytest.warns(UserWarning, match="没有文件名"):  # two unnamed tables: ids collide
        frame = perftrack.to_frame([first, perftrack.score(second)], kind="notes")
    assert frame[["note", "label"]].values.tolist() == [[0, "说明"], [0, "备注"]]
    empty = perftrack.to_frame([], kind="notes")
    assert list(empty.columns) == NOTE_COLUMNS
    assert empty.dtypes.to_dict() == frame.dtypes.to_dict()
    assert str(frame["label"].dtype) == "string"
    assert str(frame["note"].dtype) == "int64"


def test_notes_is_a_frame_kind() -> None:
    assert FRAME_KINDS == ("indicators", "budget", "findings", "notes")
    with pytest.raises(ValueError, match="indicators, budget, findings, notes"):
        perftrack.to_frame([], kind="note")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Reports


def _book(table: Table) -> openpyxl.Workbook:
    data = render([perftrack.score(table)], [], "xlsx")
    return openpyxl.load_workbook(io.BytesIO(data))


@pytest.mark.parametrize(
    ("rates", "expected"),
    [(("98%", ""), [98, None]), (("98.50", "100"), [98.5, 100]), (("", ""), [None, None])],
)
def test_the_budget_sheet_has_the_forecast_rate(
    rates: tuple[str, str], expected: list[object]
) -> None:
    sheet = _book(_monitoring(rates=rates))["预算"]
    headers = [cell.value for cell in sheet[1]]
    column = headers.index("全年预计执行率(%)")
    assert headers[column - 1] == "全年预计执行数"
    assert [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)] == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ([], []),
        (
            [["说明", AUDIT], ["其他需要说明的问题", REQUEST]],
            [("说明", AUDIT, "B9"), ("其他需要说明的问题", REQUEST, "B10")],
        ),
        # a note made by hand: no position, and a text Excel would run as a formula
        ([Note("备注", "=SUM(A1)")], [("备注", "=SUM(A1)", None)]),
    ],
)
def test_the_notes_sheet(
    notes: list[list[str] | Note], expected: list[tuple[str, str, str | None]]
) -> None:
    rows_in = [note for note in notes if isinstance(note, list)]
    made = tuple(note for note in notes if isinstance(note, Note))
    table = _monitoring(*rows_in)
    book = _book(evolve(table, notes=made) if made else table)
    assert book.sheetnames == ["指标", "发现", "汇总", "预算", "说明", "读取失败"]
    sheet = book["说明"]
    assert [cell.value for cell in sheet[1]] == [
        "文件",
        "工作表",
        "表序号",
        "项目名称",
        "栏目",
        "内容",
        "单元格",
    ]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[2:4] for row in rows] == [(1, "就业补助")] * len(expected)
    assert [row[4:] for row in rows] == expected
    # a text starting with = stays text
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=2) for cell in row[4:6])


def test_markdown_and_html_show_the_notes_after_the_facts() -> None:
    card = perftrack.score(_monitoring(["说明", AUDIT], ["其他需要说明的问题", REQUEST]))
    markdown = render([card], [], "markdown").splitlines()
    start = markdown.index("### 说明")
    assert markdown[start : start + 5] == [
        "### 说明",
        "",
        f"- **说明**：{AUDIT}",
        r"- **其他需要说明的问题**：部分资金结转至下年使用，涉及\<配套\>资金 \| 200万元。",
        "",
    ]
    assert start < markdown.index("### 预算执行")
    assert markdown[start - 2].startswith("- **")  # the last fact
    html = render([card], [], "html")
    section = (
        '<h3>说明</h3><dl class="facts"><dt>说明</dt>'
        f"<dd>{AUDIT}</dd><dt>其他需要说明的问题</dt>"
        "<dd>部分资金结转至下年使用，涉及&lt;配套&gt;资金 | 200万元。</dd></dl>"
    )
    assert section in html
    assert html.index("</dl>" + section) < html.index("<h3>预算执行与")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_table_without_notes_has_no_notes_section(fmt: str) -> None:
    report = render([perftrack.score(_monitoring())], [], fmt)
    assert ">说明</h3>" not in report
    assert "### 说明" not in report


# ---------------------------------------------------------------------------
# unreadable-file is an id --select and --ignore take (L8)

_NOTED_TABLE = "\n".join(
    "\t".join(row)
    for row in (
        ["项目支出绩效自评表"],
        ["项目名称", "城乡困难群众救助"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "城乡低保对象人数", "≥5.8万人", "5.62万人", "100", "90"],
    )
)


@pytest.fixture
def exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A readable table ``a.txt`` in the working directory (a temporary one)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(_NOTED_TABLE, encoding="utf-8")


@pytest.mark.parametrize(
    ("options", "fmt", "shown"),
    [
        ([], "json", (True, True)),
        (["--select", "unreadable-file"], "json", (True, True)),
        (["--select", "unreadable-file,missing-actual"], "github", (True, False)),
        (["--ignore", "unreadable-file"], "json", (False, False)),
        (["--ignore", "unreadable-file"], "github", (False, False)),
        (["--ignore", "unreadable-file"], "text", (False, False)),
        # a selection of findings does not hide a file that could not be read
        (["--select", "missing-actual"], "json", (True, True)),
        (["--select", "missing-actual"], "github", (True, False)),
        (["--select", "unreadable-file", "--ignore", "unreadable-file"], "json", (False, False)),
        ([], "text", (False, True)),
    ],
)
@pytest.mark.usefixtures("exports")
def test_unreadable_file_can_be_selected_and_ignored(
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    fmt: str,
    shown: tuple[bool, bool],  # listed (JSON, annotations), on standard error
) -> None:
    listed, on_stderr = shown
    status = cli.main(["check", "--format", fmt, *options, "a.txt", "missing.txt"])
    out, err = capsys.readouterr()
    assert status == 2  # an unreadable file gives 2, shown or not
    if fmt == "json":
        ids = [item["id"] for item in json.loads(out)]
        assert ("unreadable-file" in ids) is listed
    elif fmt == "github":
        assert ("title=unreadable-file::" in out) is listed
        assert out.splitlines()[-1].endswith("1 个文件无法读取")
    else:
        assert out.splitlines()[-1].endswith("1 个文件无法读取")
    assert ("missing.txt: 文件不存在" in err) is on_stderr


def test_unreadable_file_is_a_known_id() -> None:
    assert "unreadable-file" in FINDING_IDS


@pytest.mark.usefixtures("exports")
def test_selecting_unreadable_file_alone_lists_only_the_unreadable_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = cli.main(
        ["check", "--format", "json", "--select", "unreadable-file", "a.txt", "b.pdf"]
    )
    items = json.loads(capsys.readouterr().out)
    assert status == 2
    assert [(item["file"], item["id"]) for item in items] == [("b.pdf", "unreadable-file")]


# ---------------------------------------------------------------------------
# from_json: a null (or a number) where the document holds a text is no text (L5)


def _document() -> dict[str, Any]:
    table = _monitoring(["说明", AUDIT])
    data: dict[str, Any] = json.loads(perftrack.to_json(table))
    return data


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("notes", 0, "label"), None, "$.tables[0].notes[0].label：应为字符串，不是 null"),
        (("notes", 0, "text"), None, "$.tables[0].notes[0].text：应为字符串，不是 null"),
        (("notes", 0, "label"), 12, "$.tables[0].notes[0].label：应为字符串，不是 12"),
        (("indicators", 0, "name"), None, "$.tables[0].indicators[0].name：应为字符串，不是 null"),
        (
            ("indicators", 0, "remarks"),
            [],
            "$.tables[0].indicators[0].remarks：应为字符串，不是 数组",
        ),
        (
            ("indicators", 0, "core"),
            None,
            "$.tables[0].indicators[0].core：应为 true 或 false，不是 null",
        ),
        (
            ("indicators", 0, "core"),
            "no",
            '$.tables[0].indicators[0].core：应为 true 或 false，不是 "no"',
        ),
        (("budget", 0, "source"), None, "$.tables[0].budget[0].source：应为字符串，不是 null"),
        (
            ("budget", 0, "initial"),
            "约98",
            '$.tables[0].budget[0].initial：应为数字字符串，不是 "约98"',
        ),
        (
            ("budget", 0, "forecast_rate"),
            True,
            "$.tables[0].budget[0].forecast_rate：应为数字字符串，不是 true",
        ),
    ],
)
def test_a_field_of_the_wrong_json_type_is_a_read_error_naming_its_path(
    where: tuple[str, int, str], value: object, message: str
) -> None:
    data = _document()
    key, index, field = where
    data["tables"][0][key][index][field] = value
    for kind in (None, Table, Scorecard):
        with pytest.raises(perftrack.ReadError) as excinfo:
            perftrack.from_json(json.dumps(data, ensure_ascii=False), kind)
        assert str(excinfo.value) == f"perftrack/1 文档不完整或有误（{message}）"


def test_every_wrong_field_of_a_table_is_named() -> None:
    data = _document()
    data["tables"][0]["notes"][0]["label"] = None
    data["tables"][0]["budget"][0]["source"] = None
    with pytest.raises(perftrack.ReadError, match=r"budget\[0\]\.source.*；.*notes\[0\]\.label"):
        perftrack.from_json(json.dumps(data))


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        (
            '{"label": null, "text": "已追回。", "cell": null}',
            Note,
            "$.label：应为字符串，不是 null",
        ),
        ('{"label": "说明", "cell": null}', Note, "$.text：缺少必需的字段"),
        ('{"line": "total", "source": null}', BudgetLine, "$.source：应为字符串，不是 null"),
    ],
)
def test_an_object_alone_with_a_wrong_field(text: str, kind: type, message: str) -> None:
    with pytest.raises(perftrack.ReadError) as excinfo:
        perftrack.from_json(text, kind)
    assert str(excinfo.value).endswith(f"（{message}）")


def test_a_document_as_written_still_round_trips() -> None:
    table = _monitoring(["说明", AUDIT], rates=("98.50", "100"))
    assert perftrack.from_json(perftrack.to_json(table)) == (table,)
    card = perftrack.score(table)
    assert perftrack.from_json(perftrack.to_json(card), Scorecard) == card


# ---------------------------------------------------------------------------
# to_json: a field of an object built by hand with the wrong type is named (L6)

_HAND_MADE = "(perftrack's classes do not convert their arguments)"


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        (Note("说明", float("nan")), "Note.text must be a str, not float nan"),  # type: ignore[arg-type]
        (Note(None, "已追回。"), "Note.label must be a str, not NoneType None"),  # type: ignore[arg-type]
        (
            BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate="98"),  # type: ignore[arg-type]
            "BudgetLine.forecast_rate must be a finite Decimal or None, not str '98'",
        ),
        (
            BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=True),  # type: ignore[arg-type]
            "BudgetLine.forecast_rate must be a finite Decimal or None, not bool True",
        ),
        (
            BudgetLine(BudgetRole.TOTAL, "年度资金总额", executed=83.47),  # type: ignore[arg-type]
            "BudgetLine.executed must be a finite Decimal or None, not float 83.47",
        ),
        (
            Table(TableKind.TRACKING, notes=(Note("说明", 12),)),  # type: ignore[arg-type]
            "Table.notes[0].text must be a str, not int 12",
        ),
        (
            Table(TableKind.TRACKING, project=Project(name=5)),  # type: ignore[arg-type]
            "Table.project.name must be a str or None, not int 5",
        ),
        (Indicator(12), "Indicator.name must be a str, not int 12"),  # type: ignore[arg-type]
        (
            BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal("NaN")),
            "BudgetLine.forecast_rate must be a finite Decimal or None, not Decimal Decimal('NaN')",
        ),
        (
            Table(TableKind.TRACKING, time_progress=Decimal("Infinity")),
            "Table.time_progress must be a finite Decimal or None, not Decimal Decimal('Infinity')",
        ),
        (
            [Table(TableKind.TRACKING), Table(TableKind.TRACKING, notes=(Note("说明", None),))],  # type: ignore[arg-type]
            "Table.notes[0].text (item 1 of the list) must be a str, not NoneType None",
        ),
    ],
)
def test_a_wrong_type_in_a_hand_made_object_is_a_type_error_naming_the_field(
    obj: object, message: str
) -> None:
    with pytest.raises(TypeError) as excinfo:
        perftrack.to_json(obj)
    assert str(excinfo.value) == f"to_json: {message} {_HAND_MADE}"


def test_a_wrong_type_in_a_scored_table_is_named_too() -> None:
    line = BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate="98")  # type: ignore[arg-type]
    card = perftrack.score(Table(TableKind.TRACKING, budget=(line,)))
    with pytest.raises(TypeError, match=r"^to_json: Scorecard\.table\.budget\[0\]\.forecast_rate "):
        perftrack.to_json(card)


@pytest.mark.parametrize(
    "obj",
    [
        Note("说明", "已追回。"),
        BudgetLine(BudgetRole.TOTAL, "年度资金总额", forecast_rate=Decimal("98.00")),
        Table(TableKind.TRACKING, project=Project(name=None), notes=(Note("备注", ""),)),
    ],
)
def test_right_types_are_written_as_before(obj: object) -> None:
    text = perftrack.to_json(obj)
    json.loads(text, parse_constant=lambda token: pytest.fail(f"bare {token}"))


# ---------------------------------------------------------------------------
# English messages of the merged findings (L4)

EN = perftrack.Policy(language="en")


def _self_evaluation(
    budget: list[list[str]], points: str = "84", total: str | None = None
) -> Table:
    rows: list[list[str] | str] = [
        "项目支出绩效自评表",
        ["项目名称", "城乡困难群众救助"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        *budget,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "城乡低保对象人数", "≥5.8万人", "6万人", "100", points],
    ]
    if total is not None:
        rows.append(["总分", "", "", "", "", "100", total])
    return read(*rows)


def _messages(table: Table, finding_id: str) -> tuple[list[str], list[str]]:
    return tuple(  # type: ignore[return-value]
        [f.message for f in perftrack.score(table, policy=policy).findings if f.id == finding_id]
        for policy in (EN, perftrack.Policy())
    )


@pytest.mark.parametrize(
    ("budget", "english", "chinese"),
    [
        (
            [
                ["年度资金总额", "3000", "3000", "2900", "96.67%"],
                ["其中：当年财政拨款", "2000", "2000", "2000", "100%"],
                ["上年结转资金", "900", "900", "800", "88.89%"],
            ],
            (
                "the lines' initial budgets add up to 2900, not the total's 3000; "
                "the lines' annual budgets add up to 2900, not the total's 3000; "
                "the lines' executed amounts add up to 2800, not the total's 2900"
            ),
            (
                "年初预算数各项合计2900与总额3000不符，全年预算数各项合计2900与总额3000不符，"
                "执行数各项合计2800与总额2900不符"
            ),
        ),
        (
            [
                ["年度资金总额", "100", "100", "90", "90%"],
                ["财政拨款", "100", "100", "80", "80%"],
            ],
            "the lines' executed amounts add up to 80, not the total's 90",
            "执行数各项合计80与总额90不符",
        ),
    ],
)
def test_budget_sum_mismatch_in_english_names_the_columns_in_words(
    budget: list[list[str]], english: str, chinese: str
) -> None:
    assert _messages(_self_evaluation(budget), "budget-sum-mismatch") == ([english], [chinese])


@pytest.mark.parametrize(
    ("source", "english", "chinese"),
    [
        ("其中：当年财政拨款", "“当年财政拨款”", "“当年财政拨款”"),
        ("其中:当年财政拨款", "“当年财政拨款”", "“当年财政拨款”"),
        ("当年财政拨款", "“当年财政拨款”", "“当年财政拨款”"),
    ],
)
def test_budget_adjusted_in_english_strips_qizhong_as_the_chinese_does(
    source: str, english: str, chinese: str
) -> None:
    table = _self_evaluation(
        [
            ["年度资金总额", "84.88", "74.88", "50", "66.77%"],
            [source, "84.88", "74.88", "50", "66.77%"],
        ]
    )
    assert _messages(table, "budget-adjusted") == (
        [f"“年度资金总额”: budget adjusted from 84.88 to 74.88; {english} from 84.88 to 74.88"],
        [f"“年度资金总额”预算由年初84.88调整为74.88，其中{chinese}由84.88调整为74.88"],
    )


def test_points_sum_mismatch_in_english_puts_each_grade_beside_its_figure() -> None:
    table = _self_evaluation([["年度资金总额", "100", "100", "95", "95%"]], "84", "92")
    english, chinese = _messages(table, "points-sum-mismatch")
    assert english == ["the points add up to 84 (良), not 92 (优)"]
    assert chinese == ["各项得分合计84与总分92不符，按合计应评为“良”，总分对应“优”"]
