"""Reader and CLI gaps of an adversarial review (r34i).

Mixed CSV separators, twice-escaped HTML entities, xlsx formulas never computed,
and ``perftrack parse -``. Every fixture is built here.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack.readers._html import read_html

_EXAMPLE = Path(__file__).parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"


def _csv_rows() -> list[str]:
    """The example tracking table as comma CSV lines (its first table only)."""
    rows = [line.split("\t") for line in _EXAMPLE.read_text(encoding="utf-8").splitlines()]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows[:31])
    return buffer.getvalue().splitlines()


def _semicolons(line: str) -> str:
    return ";".join(next(csv.reader([line])))


# --- 1. a semicolon row in a comma CSV ----------------------------------------------------


def test_a_semicolon_row_in_a_comma_csv_is_split_and_named() -> None:
    lines = _csv_rows()
    number = next(i for i, line in enumerate(lines, start=1) if line.startswith("满意度指标"))
    lines[number - 1] = _semicolons(lines[number - 1])
    assert ";" in lines[number - 1]
    [table] = perftrack.read(("\n".join(lines) + "\n").encode("utf-8"), name="x.csv")
    last = table.indicators[-1]
    assert (last.name, str(last.target), str(last.actual)) == (
        "两新党支部书记满意度",
        "≥80.00(%)",
        "80.00",
    )
    notes = [(f.id, f.message, f.where.cell) for f in table.findings if f.id == "malformed-cell"]
    assert notes == [
        (
            "malformed-cell",
            (
                f"第 {number} 行以分号“;”分隔（其余各行以逗号“,”分隔）：已按分号拆分为 8 列，"
                "请核对原文件"
            ),
            f"A{number}",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one row pasted from a European export
        ("a,b,c\n1;2;3\n", (("a", "b", "c"), ("1", "2", "3"))),
        # a quoted cell holding ; is text, in a row of its own or among others
        ('a,b,c\n"合格;良好;优秀"\n', (("a", "b", "c"), ("合格;良好;优秀",))),
        ('a,b,c\n1,"合格;良好;优秀",3\n', (("a", "b", "c"), ("1", "合格;良好;优秀", "3"))),
        # two parts only: a note, not a row
        ("a,b,c\n说明;见附件\n", (("a", "b", "c"), ("说明;见附件",))),
        # a file of one-cell rows: no row width to restore
        ("a,b\n1;2;3\n", (("a", "b"), ("1;2;3",))),
    ],
)
def test_which_rows_are_split(text: str, expected: tuple[tuple[str, ...], ...]) -> None:
    from perftrack.readers._csv import read_csv  # noqa: PLC0415

    [sheet] = read_csv(text)
    assert sheet.rows == expected
    split = expected[-1] == ("1", "2", "3")
    assert [p.id for p in sheet.problems] == (["malformed-cell"] if split else [])


# --- 2. HTML entities, once and twice escaped -------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("&ge;80%", "≥80%"),
        ("&le;5天", "≤5天"),
        ("&#8805;90%", "≥90%"),
        ("&#x2265;90%", "≥90%"),
        ("100&nbsp;人", "100 人"),
        ("100&ensp;人", "100 人"),
        ("&yen;500", "¥500"),
        # escaped twice: decoded once more to the sign
        ("&amp;ge;80%", "≥80%"),
        ("&amp;le;3000元", "≤3000元"),
        ("&amp;#8805;90%", "≥90%"),
        ("&amp;#x2264;5", "≤5"),
        ("98&amp;#65285;", "98％"),
        ("&amp;lt;5%", "<5%"),
        ("1&amp;nbsp;次", "1 次"),
        # any other entity stays as the page shows it
        ("A&amp;B", "A&B"),
        ("&amp;amp;ge;", "&amp;ge;"),
        ("&amp;copy;2023", "&copy;2023"),
    ],
)
def test_entities_in_cells(cell: str, expected: str) -> None:
    [sheet] = read_html(f"<table><tr><td>名称</td><td>{cell}</td></tr></table>")
    assert sheet.rows == (("名称", expected),)


def test_a_twice_escaped_target_is_read_and_scored() -> None:
    page = (
        "<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
        "<td>实际完成值</td></tr><tr><td>满意度指标</td><td>服务对象满意度指标</td>"
        "<td>群众满意度</td><td>&amp;ge;80%</td><td>85%</td></tr></table>"
    )
    [table] = perftrack.read_text(page, format="html")
    assert str(table.indicators[0].target) == "≥80(%)"
    [verdict] = perftrack.score(table).verdicts
    assert verdict.attainment is perftrack.Attainment.MET


# --- 3. an xlsx formula never computed --------------------------------------------------


def _tracking(target: object, actual: object) -> list[list[object]]:
    return [
        ["2024年度项目支出绩效运行监控表"],
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "健康管理人数", target, actual],
    ]


@pytest.mark.parametrize(
    ("target", "actual", "explanation"),
    [
        ("≥100人", "=B2*0.8", "实际完成值（E4）是公式，公式未计算（无缓存值），读作空白"),
        ("=D3*0.8", "120人", "年度指标值（D4）是公式，公式未计算（无缓存值），读作空白"),
        ("≥100人", None, "实际完成值为空"),
    ],
)
def test_an_uncomputed_formula_is_said_in_the_verdict(
    target: object, actual: object, explanation: str
) -> None:
    [table] = perftrack.read(xlsx_bytes({"表1": _tracking(target, actual)}))
    indicator = table.indicators[0]
    assert None in (indicator.target, indicator.actual)  # the formula text is no value
    [verdict] = perftrack.score(table).verdicts
    assert (verdict.attainment, verdict.explanation) == (
        perftrack.Attainment.UNKNOWN,
        explanation,
    )
    formulas = [f.where.cell for f in table.findings if f.id == "formula-without-result"]
    assert formulas == ([] if actual is None else [explanation[6:8]])


# --- 7. perftrack parse - ---------------------------------------------------------------


def _parse(*args: str, stdin: str) -> str:
    source = str(Path(__file__).parent.parent / "src")
    env = {**os.environ, "PYTHONPATH": source + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run(
        [sys.executable, "-m", "perftrack", "parse", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_parse_dash_reads_the_cells_from_stdin() -> None:
    out = _parse("-", stdin="≥80%\n\n准确\n")
    assert out.splitlines() == [
        "≥80%  comparison  ≥80(%)  op=>= value=80 unit=%",
        "准确  qualitative  准确  word=准确 family=accuracy",
    ]
    assert _parse("-", stdin="≥80%\n") == _parse(stdin="≥80%\n")
    # a cell "-" itself is given on standard input
    assert _parse(stdin="-\n").split() == ["-", "not_applicable", "-", "word=-"]


# --- 4. a line stating the table's kind -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "kind"),
    [
        ("表格类型：绩效自评表", "财政项目支出绩效表", perftrack.TableKind.SELF_EVALUATION),
        ("类型：绩效跟踪表", "财政项目支出绩效表", perftrack.TableKind.TRACKING),
        ("表格类型\t绩效自评表", "财政项目支出绩效跟踪表", perftrack.TableKind.SELF_EVALUATION),
        ("报表类型：绩效目标表", "财政项目支出绩效表", perftrack.TableKind.TARGET),
        # a project's type is no table kind
        ("项目类型：经常性项目", "财政项目支出绩效自评表", perftrack.TableKind.SELF_EVALUATION),
    ],
)
def test_a_stated_kind_sets_the_table_kind(
    line: str, title: str, kind: perftrack.TableKind
) -> None:
    text = _EXAMPLE.read_text(encoding="utf-8").replace("财政项目支出绩效跟踪表", title, 1)
    lines = text.split("\n")
    [table, *_] = perftrack.read_text("\n".join([*lines[:2], line, *lines[2:]]))
    assert table.kind is kind


# --- 5. a printed grade outside the four grades -----------------------------------------


@pytest.mark.parametrize(
    ("line", "grade", "messages"),
    [
        # 较好 is 良 of the 好/较好/一般/差 scale (r39e; before, None and said)
        ("自评等级：较好", "良", []),
        ("自评等级：90分以上", None, ["等级“90分以上”不是优、良、中、差之一，未读入"]),
        ("自评等级\t较好", "良", []),
        ("自评等级\t基本合格", None, ["等级“基本合格”不是优、良、中、差之一，未读入"]),
        # the four grades and their printed spellings (vocabulary.GRADES), letters
        ("自评等级：优", "优", []),
        ("等级：良好", "良", []),
        ("自评等级：B", "良", []),
    ],
)
def test_a_grade_outside_the_scale_is_said(
    line: str, grade: str | None, messages: list[str]
) -> None:
    text = _EXAMPLE.read_text(encoding="utf-8").replace("绩效跟踪表", "绩效自评表", 1)
    text = text.replace(
        "年度绩效目标完成可能性\t确定能完成", f"年度绩效目标完成可能性\t确定能完成\n{line}", 1
    )
    table = perftrack.read_text(text)[0]
    assert table.published.grade == grade
    assert [f.message for f in table.findings if f.id == "malformed-points"] == messages


# --- 6. two sheets holding the same table -----------------------------------------------


def _sheet(actual: str) -> list[list[object]]:
    return [
        ["2024年度项目支出绩效运行监控表"],
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "健康管理人数", "≥100人", actual],
        [None, "质量指标", "健康管理率", "≥60%", "61%"],
    ]


@pytest.mark.parametrize(
    ("sheets", "expected"),
    [
        (
            {"表1": _sheet("120人"), "表1 (2)": _sheet("120人")},
            [
                [],
                [
                    (
                        "工作表“表1 (2)”与工作表“表1”的表格相同（标题与单元格一致），"
                        "两张表均已读取，请核对是否重复报送"
                    )
                ],
            ],
        ),
        # one cell differs: two tables, no copy
        ({"表1": _sheet("120人"), "表2": _sheet("90人")}, [[], []]),
    ],
)
def test_a_sheet_repeating_another_is_said(
    sheets: dict[str, list[list[object]]], expected: list[list[str]]
) -> None:
    tables = perftrack.read(xlsx_bytes(sheets))
    found = [[(f.message) for f in table.findings if f.id == "duplicate-sheet"] for table in tables]
    assert found == expected
    assert [f.severity.value for t in tables for f in t.findings if f.id == "duplicate-sheet"] == [
        "info"
    ] * sum(map(len, expected))
    assert len(tables) == 2  # both tables kept


def test_duplicate_sheet_is_a_known_finding_id() -> None:
    from perftrack.checking import FINDING_IDS  # noqa: PLC0415

    assert "duplicate-sheet" in FINDING_IDS
