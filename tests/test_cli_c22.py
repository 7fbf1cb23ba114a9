"""c22: the command line after the adversarial round cli22.

H1 ``--output`` never overwrites a file of a folder given; H2 a CSV with ragged rows
is read from standard input and under any name; standard input named ``<stdin>``;
control characters in file names; Office endings refused for ``--output``; the
summaries' marks agree.
"""

from __future__ import annotations

import io
import json
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from perftrack.batch import _told_apart
from perftrack.cli import main
from perftrack.portfolio import PortfolioRow
from perftrack.reports._common import summary_values

# A tracking table as Python's csv or WPS writes it: rows of different lengths.
RAGGED_LINES = (
    "财政项目支出绩效跟踪表",
    "跟踪时段：（ 2023-1月 至 2023-6月 ）",
    "项目名称,基本公共卫生服务补助",
    "主管部门,县卫生健康委员会,,实施单位,县疾控中心",
    "预算执行情况 (万元),,,年初预算数,跟踪期预算数,跟踪期执行数,执行率(%)",
    ",年度资金总额,,860.50,860.50,430.25,50.00",
    ",其中：当年财政拨款,,860.50,860.50,430.25,50.00",
    "一级指标,二级指标,三级指标,年度指标值,跟踪期计划完成值,跟踪期实际完成值,偏差原因分析",
    "产出指标,数量指标,家庭医生签约人数,≥5000人,2500,1800,",
    ",数量指标,慢病随访次数,≥4次/人·年,2,2,",
    ",质量指标,健康档案规范化建档率,≥85%,85,80,系统升级数据未同步",
    ",时效指标,补助资金拨付及时性,及时,及时,及时,",
    "绩效跟踪总体判断,年度项目预算完成可能性,确定能完成",
    "",
)
RAGGED_CSV = "\r\n".join(RAGGED_LINES)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _score(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["score", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# -- H1 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("原件.rtf", "{\\rtf1 原件}\n".encode(), id="rtf-reported-unreadable"),
        pytest.param("扫描件.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n", id="pdf"),
        pytest.param("照片.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png-passed-over"),
        pytest.param("说明.json", '{"备注": "用户的文件"}\n'.encode(), id="json-not-ours"),
        pytest.param("附件.odt", b"PK\x03\x04 not really", id="odt"),
    ],
)
def test_the_output_never_overwrites_a_file_of_a_folder_given(
    name: str, content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "公卫.csv").write_text(RAGGED_CSV, encoding="utf-8")
    original = tmp_path / name
    original.write_bytes(content)
    status, out, err = _score([str(tmp_path), "-o", str(original), "--format", "csv"], capsys)
    assert (status, out) == (2, "")
    assert err == f"perftrack: --output {original} 是输入文件之一（或在输入目录中），不会覆盖它\n"
    assert original.read_bytes() == content


def test_our_json_report_in_a_folder_given_is_written_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "公卫.csv").write_text(RAGGED_CSV, encoding="utf-8")
    report = tmp_path / "结果.json"
    assert _score([str(tmp_path), "-o", str(report)], capsys)[0] == 0
    first = report.read_bytes()
    assert _score([str(tmp_path), "-o", str(report)], capsys)[0] == 0
    assert report.read_bytes() == first


# -- H2 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("-", id="stdin"),
        pytest.param("公卫.txt", id="txt"),
        pytest.param("其实是CSV.xlsx", id="xlsx-name"),
        pytest.param("公卫.csv", id="csv"),
    ],
)
def test_a_ragged_csv_is_read_whatever_its_name(
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = RAGGED_CSV.encode()
    if name == "-":
        _stdin(monkeypatch, data)
        given = "-"
    else:
        (tmp_path / name).write_bytes(data)
        given = str(tmp_path / name)
    status, out, err = _score([given, "--format", "json"], capsys)
    document = json.loads(out)
    assert (status, err, document["errors"]) == (0, "", [])
    assert [
        (t["project"]["name"], [i["name"] for i in t["indicators"]]) for t in document["tables"]
    ] == [
        (
            "基本公共卫生服务补助",
            ["家庭医生签约人数", "慢病随访次数", "健康档案规范化建档率", "补助资金拨付及时性"],
        )
    ]


def test_text_read_as_tsv_that_holds_commas_suggests_csv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "甲\t乙\n丙\t丁\n戊\t己\n项目名称,示例\n主管部门,某局\n说明,无\n备注,无\n"
    _stdin(monkeypatch, text.encode())
    status, _, err = _score(["-"], capsys)
    assert status == 2
    assert err.endswith(
        "；内容按 TSV/文本 格式读取，但多数行含逗号：如果这是 CSV 文件，"
        '请指定格式（命令行 --input-format csv，或 read(..., format="csv")）\n'
    )


# -- standard input's name --------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(
            ["score", "-", "--format", "json"],
            [{"file": "<stdin>", "message": "文件为空"}],
            id="score-json",
        ),
        pytest.param(
            ["check", "-", "--format", "json"],
            [("<stdin>", "文件为空", "<stdin>")],
            id="check-json",
        ),
        pytest.param(
            ["check", "-", "--format", "github"],
            "::error file=<stdin>,title=unreadable-file::文件为空",
            id="check-github",
        ),
    ],
)
def test_standard_input_is_named_as_its_tables_name_it(
    args: list[str],
    expected: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _stdin(monkeypatch, b"")
    assert main(args) == 2
    out = capsys.readouterr().out
    if args[-1] == "github":
        assert out.splitlines()[0] == expected
    elif args[0] == "score":
        assert json.loads(out)["errors"] == expected
    else:
        assert [(e["file"], e["message"], e["where"]["file"]) for e in json.loads(out)] == expected


# -- control characters in file names -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "stream"),
    [
        pytest.param(["score"], "err", id="score-stderr"),
        pytest.param(["check"], "err", id="check-stderr"),
        pytest.param(["read"], "err", id="read-stderr"),
        pytest.param(["check", "--format", "github"], "out", id="check-github"),
        pytest.param(["score", "--format", "csv"], "out", id="csv-report"),
    ],
)
def test_a_control_character_in_a_file_name_is_a_space(
    args: list[str], stream: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad\x1b[2Jname.csv").write_bytes(b"")
    assert main([*args, str(tmp_path)]) == 2
    captured = capsys.readouterr()
    text = captured.err if stream == "err" else captured.out
    assert "\x1b" not in text
    assert "bad [2Jname.csv" in text


# -- Office endings for --output ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        pytest.param("汇总.xls", None, id="xls"),
        pytest.param("R.xlsm", None, id="xlsm"),
        pytest.param("R.xlsm", "xlsx", id="xlsm-with-format"),
        pytest.param("结果.docx", None, id="docx"),
        pytest.param("结果.DOC", "text", id="doc-upper"),
    ],
)
def test_an_office_ending_perftrack_does_not_write_is_refused(
    name: str, fmt: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "公卫.csv").write_text(RAGGED_CSV, encoding="utf-8")
    output = tmp_path / "out" / name
    output.parent.mkdir()
    extra = ["--format", fmt] if fmt else []
    status, out, err = _score([str(tmp_path / "公卫.csv"), "-o", str(output), *extra], capsys)
    suffix = Path(name).suffix.lower()
    assert (status, out, output.exists()) == (2, "", False)
    assert err == (
        f"perftrack: --output {output}：perftrack 不写 {suffix} 文件；"
        "请用 .xlsx（Excel 工作簿）、.csv、.html、.md、.json 或 .txt\n"
    )


# -- the summaries' marks -------------------------------------------------------------


def _county_workbook(path: Path) -> None:
    """One transfer's table on two county sheets, each with its own 实施单位."""
    book = openpyxl.Workbook()
    del book[book.sheetnames[0]]
    for county, unit in (("甲县", "县农田建设服务中心"), ("乙县", "乙县农业农村局")):
        sheet = book.create_sheet(county)
        for line in RAGGED_CSV.replace("县疾控中心", unit).splitlines():
            sheet.append(line.split(","))
    book.save(path)


@pytest.mark.parametrize(
    "fmt",
    [
        pytest.param("text", id="text"),
        pytest.param("markdown", id="markdown"),
        pytest.param("html", id="html"),
    ],
)
def test_the_summaries_mark_rows_of_one_project_alike(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "公卫.xlsx"
    _county_workbook(workbook)
    status, out, _ = _score([str(workbook), "--format", fmt], capsys)
    assert status in (0, 1)
    marked = sorted({part.split("］")[0] for part in out.split("基本公共卫生服务补助［")[1:]})
    assert marked == ["乙县", "甲县"]


# -- L4: 差距 adds up with the figures printed ------------------------------------------


@pytest.mark.parametrize(
    ("rate", "bar", "expected"),
    [
        pytest.param("46.875", "50", Decimal("3.12"), id="rate-rounded-up"),
        pytest.param("21.7654", "66.6667", Decimal("44.90"), id="seed-like"),
        pytest.param("80", "90", Decimal("10.00"), id="exact"),
    ],
)
def test_the_gap_is_the_bar_minus_the_rate_as_shown(rate: str, bar: str, expected: Decimal) -> None:
    row = PortfolioRow(
        None,
        None,
        0,
        "县财政局",
        "项目",
        None,
        None,
        Decimal(rate),
        Decimal(bar),
        Decimal(bar) - Decimal(rate),
        *[0] * 8,
    )
    shown_rate, shown_bar, gap = summary_values(row)[4:7]
    assert (gap, shown_bar - shown_rate) == (expected, expected)


# -- L3: the summary keeps five characters of a project ---------------------------------


@pytest.mark.parametrize(
    ("project", "files", "expected"),
    [
        pytest.param(
            "学校食堂标准化建设",
            ("单位10 跟踪表.txt", "单位11 跟踪表.txt"),
            ["学校食堂标…［单位10 跟踪表.…］", "学校食堂标…［单位11 跟踪表.…］"],
            id="cut-project-keeps-five",
        ),
        pytest.param(
            "农田建设",
            ("单位10 跟踪表很长很长很长很长.txt", "单位11 跟踪表很长很长很长很长.txt"),
            ["农田建设［单位10 跟踪表很长…］", "农田建设［单位11 跟踪表很长…］"],
            id="short-project-whole",
        ),
    ],
)
def test_the_summary_keeps_five_characters_of_a_project(
    project: str, files: tuple[str, str], expected: list[str]
) -> None:
    rows = [
        PortfolioRow(file, None, 0, "县教育局", project, *[None] * 5, *[0] * 8) for file in files
    ]
    assert _told_apart(rows, 30) == expected
