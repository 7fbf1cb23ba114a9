"""``perftrack check``: findings like a linter, baselines, CI outputs (issue: batch)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import perftrack
from perftrack import _commands, cli
from perftrack._commands import check
from perftrack.checking import (
    Baseline,
    BaselineEntry,
    BaselineError,
    FileFinding,
    escape_data,
    escape_property,
    findings_of,
    github_lines,
)
from perftrack.model import Finding, Severity, Where

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "examples/000_7a0b2a9980fedb64.txt"
SEED_TEXT = (ROOT / SEED_NAME).read_text(encoding="utf-8")
SEED_LINES = SEED_TEXT.splitlines()
#: The seed with its two tables swapped (the second starts on line 33) and so shifted rows.
SWAPPED = "\n".join([*SEED_LINES[32:], "", *SEED_LINES[:32]]) + "\n"
#: The seed with a printed rate that disagrees with the amounts: two new warnings.
RATE_CHANGED = SEED_TEXT.replace("83.47\t21.76", "83.47\t30.00")


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """``check`` in the command list, whether or not it is registered yet."""
    if check not in _commands.COMMANDS:
        monkeypatch.setattr(_commands, "COMMANDS", (*_commands.COMMANDS, check))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    status = cli.main(["check", *args])
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


@pytest.fixture
def seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed as ``seed.txt`` in the working directory (a temporary one)."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "seed.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    return path


# --- the text output --------------------------------------------------------------


def test_one_line_per_finding_then_a_count(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    status, lines, err = run(capsys, SEED_NAME)
    assert status == 1
    assert err == ""
    assert len(lines) == 29
    # each table's findings worst first, then by row and column (r37r C: they were in
    # the order made, reading then scoring, B23 first and E10 after the layout notes)
    assert lines[0] == (
        "examples/000_7a0b2a9980fedb64.txt:E10: budget-adjusted "
        "“年度资金总额”预算由年初84.88调整为74.88，其中“当年财政拨款”由84.88调整为74.88"
    )
    behind = lines.index(
        "examples/000_7a0b2a9980fedb64.txt:H38: budget-behind-schedule 执行率21.77%低于序时进度66.67%"
    )
    # The table's judgement at its cell (r35b: before, the file alone), the second warning
    assert lines[behind + 1] == (
        "examples/000_7a0b2a9980fedb64.txt:D58: judgement-optimistic "
        "绩效目标完成可能性判断为“确定能完成”，但“社区党群服务中心党群之家(文体中心)升级改造”进度落后或未完成"
    )
    assert lines[-2].startswith("examples/000_7a0b2a9980fedb64.txt:D56: layout-normalised ")
    assert lines[-1] == "检查 1 个文件、2 张表：28 条发现（错误 0，警告 2，提示 26）"


def test_a_finding_without_a_cell_gives_the_file_then_the_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No cell (a tracking table with no period: period-missing): the file, then the id."""
    monkeypatch.chdir(tmp_path)
    undated = "\n".join(line for line in SEED_LINES[:32] if not line.startswith("跟踪时段"))
    (tmp_path / "undated.txt").write_text(undated + "\n", encoding="utf-8")
    _, lines, _ = run(capsys, "undated.txt")
    assert [line for line in lines if line.startswith("undated.txt: ")][:1] == [
        (
            "undated.txt: period-missing 未读到跟踪时段（起止年月），需按日期判断的指标无法判断，"
            "未指定评价日期（--as-of）时序时进度也无法计算；请在表中注明跟踪时段"
        )
    ]


def test_the_sheet_stands_between_file_and_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active.title = "跟踪表"
    for line in SEED_LINES:
        workbook.active.append(line.split("\t"))
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    status, lines, _ = run(capsys, "--select", "budget-behind-schedule", str(path))
    assert status == 1
    assert lines[0] == f"{path}:跟踪表:H38: budget-behind-schedule 执行率21.77%低于序时进度66.67%"


# --- exit status --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param([], 1, id="warnings-reach-the-default-threshold"),
        pytest.param(["--fail-on", "error"], 0, id="no-errors"),
        pytest.param(["--fail-on", "never"], 0, id="never"),
        pytest.param(["--fail-on", "info"], 1, id="info"),
        pytest.param(["--ignore", "budget-behind-schedule,judgement-optimistic"], 0, id="ignored"),
        pytest.param(["--select", "budget-adjusted"], 0, id="only-infos-selected"),
        pytest.param(["--select", "budget-adjusted", "--fail-on", "info"], 1, id="infos-fail"),
        # What is shown does not change what fails.
        pytest.param(["--min-severity", "error"], 1, id="hidden-warnings-still-fail"),
    ],
)
def test_exit_status(
    options: list[str], expected: int, seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, *options, str(seed))[0] == expected


def test_unreadable_input_is_2_and_wins(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, err = run(capsys, "missing.txt", str(seed))
    assert status == 2
    assert err == "perftrack: missing.txt: 文件不存在\n"
    assert lines[-1].endswith("；1 个文件无法读取")
    assert run(capsys, "--fail-on", "never", "missing.txt")[0] == 2


@pytest.mark.parametrize(
    "options",
    [
        ["--as-of", "2023-13-01"],
        ["--policy", "nowhere.toml"],
        ["--baseline", "nowhere.json"],
    ],
)
def test_bad_options_are_2(
    options: list[str], seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, err = run(capsys, *options, str(seed))
    assert (status, lines) == (2, [])
    assert err.startswith("perftrack: ")


# --- select, ignore, min-severity ---------------------------------------------------


def ids(lines: list[str]) -> list[str]:
    return [line.split(": ", 1)[1].split()[0] for line in lines[:-1]]


def test_select_and_ignore_are_comma_separated_and_repeatable(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, err = run(
        capsys,
        "--select",
        "budget-adjusted",
        "--select",
        "budget-behind-schedule, judgement-optimistic",
        "--ignore",
        "judgement-optimistic",
        str(seed),
    )
    assert status == 1
    # the second table's warning before its note (r37r C)
    assert ids(lines) == ["budget-adjusted", "budget-behind-schedule", "budget-adjusted"]
    assert err == ""


def test_unknown_ids_are_a_usage_error(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A typo in a CI configuration must not turn the check off silently.
    status, lines, err = run(capsys, "--select", "budget-behind", "--ignore", "bogus", str(seed))
    assert (status, lines) == (2, [])
    assert err.startswith(
        "perftrack: 未知的发现编号 bogus、budget-behind（可用：actual-after-period, "
    )


def test_min_severity_hides_and_says_so(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, _ = run(capsys, "--min-severity", "warning", str(seed))
    assert status == 1
    assert ids(lines) == ["budget-behind-schedule", "judgement-optimistic"]
    assert lines[-1] == (
        "检查 1 个文件、2 张表：2 条发现（错误 0，警告 2，提示 0）；另有 26 条低于 warning 未显示"
    )


def test_the_same_for_any_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("b.txt", "a.txt", "c/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(SEED_TEXT, encoding="utf-8")
    one = run(capsys, "--format", "json", str(tmp_path))
    assert run(capsys, "--format", "json", "--jobs", "2", str(tmp_path)) == one
    files = [item["file"] for item in json.loads("\n".join(one[1]))]
    assert sorted(set(files), key=files.index) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "c" / "d.txt"),
    ]


# --- json and github ----------------------------------------------------------------


def test_json_is_a_list_of_findings(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, _ = run(capsys, "--format", "json", "--min-severity", "warning", str(seed))
    assert status == 1
    assert json.loads("\n".join(lines)) == [
        {
            "file": str(seed),
            "sheet": None,
            "table": 1,
            "project": "社区党群服务中心工作",
            "id": "budget-behind-schedule",
            "severity": "warning",
            "message": "执行率21.77%低于序时进度66.67%",
            "where": {
                "indicator": None,
                "name": "年度资金总额",
                "budget_line": "total",
                "file": str(seed),
                "sheet": None,
                "row": 38,
                "column": 8,
                "cell": "H38",
            },
            "stage": "score",
        },
        {
            "file": str(seed),
            "sheet": None,
            "table": 1,
            "project": "社区党群服务中心工作",
            "id": "judgement-optimistic",
            "severity": "warning",
            "message": "绩效目标完成可能性判断为“确定能完成”，但“社区党群服务中心党群之家(文体中心)升级改造”进度落后或未完成",
            "where": {  # the goal's judgement, 确定能完成 (r35b: before, no cell)
                "indicator": None,
                "name": None,
                "budget_line": None,
                "file": str(seed),
                "sheet": None,
                "row": 58,
                "column": 4,
                "cell": "D58",
            },
            "stage": "score",
        },
    ]


def test_json_findings_have_the_stage_of_the_score_json(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, lines, _ = run(capsys, "--format", "json", str(seed))
    checked = [(item["id"], item["stage"]) for item in json.loads("\n".join(lines))]
    assert cli.main(["score", "--format", "json", str(seed)]) == 0
    document = json.loads(capsys.readouterr().out)
    scored = [(f["id"], f["stage"]) for t in document["tables"] for f in t["findings"]]
    assert checked == scored
    # the seed has both: the reading notes first in each table
    assert checked[0] == ("category-normalised", "read")
    assert {stage for _, stage in checked} == {"read", "score"}


@pytest.fixture
def exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Good and unreadable files, loose and in folders, in the working directory."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "c.txt", "dir/a.txt", "dir/c.txt"):
        Path(name).parent.mkdir(exist_ok=True)
        Path(name).write_text(SEED_TEXT, encoding="utf-8")
    for name in ("b.pdf", "dir/b.pdf"):
        Path(name).write_bytes(b"%PDF-1.7\n")
    Path("empty").mkdir()
    return tmp_path


def _order(items: list[dict[str, object]]) -> list[str]:
    """The files of the entries, each once per run of entries."""
    order: list[str] = []
    for item in items:
        file = str(item["file"]).replace("\\", "/")
        if not order or order[-1] != file:
            order.append(file)
    return order


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param(["b.pdf", "a.txt"], ["b.pdf", "a.txt"], id="unreadable-first"),
        pytest.param(
            ["a.txt", "missing.txt", "c.txt"], ["a.txt", "missing.txt", "c.txt"], id="missing"
        ),
        pytest.param(["empty", "a.txt"], ["empty", "a.txt"], id="folder-without-tables"),
        pytest.param(
            ["dir", "b.pdf", "c.txt"],
            ["dir/a.txt", "dir/b.pdf", "dir/c.txt", "b.pdf", "c.txt"],
            id="folder",
        ),
        pytest.param(["c.txt", "a.txt", "b.pdf"], ["c.txt", "a.txt", "b.pdf"], id="as-given"),
    ],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.usefixtures("exports")
def test_json_keeps_unreadable_files_in_their_place(
    capsys: pytest.CaptureFixture[str],
    given: list[str],
    expected: list[str],
    jobs: str,
) -> None:
    select = ["--select", "budget-behind-schedule", "--jobs", jobs]
    status, lines, _ = run(capsys, "--format", "json", *select, *given)
    assert status == 2
    items = json.loads("\n".join(lines))
    assert _order(items) == expected
    unreadable = [item for item in items if item["id"] == "unreadable-file"]
    assert {item["stage"] for item in unreadable} == {"read"}
    # the annotations in the same order
    _, lines, _ = run(capsys, "--format", "github", *select, *given)
    annotated = [line.split("file=")[1].split(",")[0] for line in lines if line.startswith("::")]
    assert _order([{"file": file} for file in annotated]) == expected


@pytest.mark.parametrize(
    ("files", "findings", "errors", "expected"),
    [
        pytest.param(
            ["a.pdf", "-", "c.pdf"],
            ["<stdin>"],
            ["a.pdf", "c.pdf"],
            ["a.pdf", "<stdin>", "c.pdf"],
            id="stdin",
        ),
        pytest.param(["b.txt"], [None, "b.txt"], ["a.pdf"], ["a.pdf", "b.txt", None], id="memory"),
        pytest.param(
            ["x/1.txt", "x/2.txt"],
            ["x/1.txt", "x/2.txt"],
            ["x/2.txt", "x"],
            ["x", "x/1.txt", "x/2.txt", "x/2.txt"],
            id="folder-error-first-table-error-last",
        ),
    ],
)
def test_in_input_order(
    files: list[str], findings: list[str | None], errors: list[str], expected: list[str | None]
) -> None:
    from perftrack.batch import FileError  # noqa: PLC0415
    from perftrack.checking import in_input_order  # noqa: PLC0415

    paths = ["a.pdf", "-", "c.pdf"] if "-" in files else ["a.pdf", "b.txt", "x"]
    finding = Finding("missing-actual", Severity.WARNING, "实际完成值为空")
    entries = in_input_order(
        [FileFinding(file, None, 0, None, finding) for file in findings],
        [FileError(file, f"{file}: 坏") for file in errors],
        paths=paths,
        files=files,
    )
    assert [entry.file for entry in entries] == expected


def test_github_annotations_with_escaping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a,b:c%.txt").write_text(SEED_TEXT, encoding="utf-8")
    status, lines, err = run(
        capsys,
        "--format",
        "github",
        "--select",
        "budget-adjusted,budget-behind-schedule",
        "a,b:c%.txt",
        "missing.txt",
    )
    assert status == 2
    assert err == ""
    assert lines[0] == (
        "::notice file=a%2Cb%3Ac%25.txt,title=budget-adjusted::E10: “年度资金总额”预算由年初84.88调整为74.88，其中“当年财政拨款”由84.88调整为74.88"
    )
    # the second table's warning before its note (r37r C)
    assert lines[1] == (
        "::warning file=a%2Cb%3Ac%25.txt,title=budget-behind-schedule::"
        "H38: 执行率21.77%25低于序时进度66.67%25"
    )
    assert lines[2].startswith("::notice file=a%2Cb%3Ac%25.txt,title=budget-adjusted::F38: ")
    assert lines[3] == "::error file=missing.txt,title=unreadable-file::文件不存在"
    assert lines[4] == "检查 2 个文件、2 张表：3 条发现（错误 0，警告 1，提示 2）；1 个文件无法读取"


def test_escaping_follows_github() -> None:
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"
    finding = Finding("x-error", Severity.ERROR, "第一行\n第二行", Where(cell="A1"))
    assert github_lines([FileFinding("f.txt", "表:1", 0, None, finding)]) == [
        "::error file=f.txt,title=x-error::表:1!A1: 第一行%0A第二行"
    ]
    assert github_lines([FileFinding(None, None, 0, None, finding)]) == [
        "::error title=x-error::A1: 第一行%0A第二行"
    ]


# --- baselines ----------------------------------------------------------------------


def test_baseline_round_trip(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, err = run(capsys, "--write-baseline", "baseline.json", "seed.txt")
    assert (status, lines) == (0, [])
    assert err == "perftrack: 已将 28 条发现写入基线 baseline.json\n"
    data = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert data["schema"] == "perftrack-baseline/1"
    assert len(data["findings"]) == 28
    assert {entry["reason"] for entry in data["findings"]} == {""}
    assert data["findings"][0] == {
        "file": "seed.txt",
        "sheet": None,
        "table": 0,
        "project": "两新党建工作",
        "id": "category-normalised",
        "indicator": "两新党支部书记津贴发放及时性",
        "budget_line": None,
        "cell": "B23",
        "severity": "info",
        "message": "二级指标“时效指标”所在位置为一级指标列或一级指标缺失，一级指标按框架归为“产出指标”",
        "reason": "",
    }

    # Everything accepted: clean.
    status, lines, _ = run(capsys, "--baseline", "baseline.json", "--fail-on", "info", "seed.txt")
    assert status == 0
    assert lines == [
        "检查 1 个文件、2 张表：0 条发现（错误 0，警告 0，提示 0）；基线接受 28 条（28 条未填写理由）"
    ]

    # Tables reordered, rows shifted, the path spelt differently: still clean.
    seed.write_text(SWAPPED, encoding="utf-8")
    status, lines, _ = run(capsys, "--baseline", "baseline.json", "--fail-on", "info", "./seed.txt")
    assert (status, len(lines)) == (0, 1)

    # A new finding is reported, alone.
    seed.write_text(RATE_CHANGED, encoding="utf-8")
    status, lines, _ = run(capsys, "--baseline", "baseline.json", "seed.txt")
    assert status == 1
    assert lines == [
        "seed.txt:H38: budget-rate-mismatch “年度资金总额”填报执行率30.00%与金额计算的21.77%不符",
        "seed.txt:H39: budget-rate-mismatch “其中：当年财政拨款”填报执行率30.00%与金额计算的21.77%不符",
        "检查 1 个文件、2 张表：2 条发现（错误 0，警告 2，提示 0）；基线接受 28 条（28 条未填写理由）",
    ]


def test_reasons_are_kept_when_the_baseline_is_written_again(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--write-baseline", "baseline.json", "seed.txt")[0] == 0
    path = Path("baseline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in data["findings"]:
        if entry["id"] == "budget-behind-schedule":
            entry["reason"] = "年底集中支付，财务科已确认"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    seed.write_text(RATE_CHANGED, encoding="utf-8")
    status, lines, _ = run(capsys, "--baseline", "baseline.json", "--fail-on", "never", "seed.txt")
    assert status == 0
    assert lines[-1].endswith("；基线接受 28 条（27 条未填写理由）")

    # Into another file, from --baseline; then over itself.
    assert (
        run(capsys, "--baseline", "baseline.json", "--write-baseline", "new.json", "seed.txt")[0]
        == 0
    )
    assert run(capsys, "--write-baseline", "new.json", "seed.txt")[0] == 0
    entries = json.loads(Path("new.json").read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 30
    assert [(e["id"], e["reason"]) for e in entries if e["reason"]] == [
        ("budget-behind-schedule", "年底集中支付，财务科已确认")
    ]


def test_stale_entries_are_counted(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--write-baseline", "baseline.json", "seed.txt")[0] == 0
    seed.write_text("\n".join(SEED_LINES[:32]) + "\n", encoding="utf-8")  # the first table only
    status, lines, _ = run(capsys, "--baseline", "baseline.json", "seed.txt")
    assert status == 0
    assert lines == [
        (
            "检查 1 个文件、1 张表：0 条发现（错误 0，警告 0，提示 0）；基线接受 16 条（16 条未填写理由）"
            "；基线中 12 条已不再出现"
        )
    ]
    # Entries of ids not checked are out of scope, not stale.
    _, lines, _ = run(
        capsys, "--baseline", "baseline.json", "--select", "budget-adjusted", "seed.txt"
    )
    assert lines[-1].endswith("；基线接受 1 条（1 条未填写理由）；基线中 1 条已不再出现")


def test_entries_of_files_not_checked_are_not_stale(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("other.txt").write_text(SEED_TEXT, encoding="utf-8")
    assert run(capsys, "--write-baseline", "baseline.json", "seed.txt", "other.txt")[0] == 0
    assert len(Baseline.load("baseline.json").entries) == 56
    status, lines, _ = run(capsys, "--baseline", "baseline.json", str(seed))
    assert status == 0
    assert lines[-1].endswith(
        "：0 条发现（错误 0，警告 0，提示 0）；基线接受 28 条（28 条未填写理由）"
    )


@pytest.mark.usefixtures("seed")
def test_a_baseline_that_cannot_be_written_is_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--write-baseline", "no/such/folder/b.json", "seed.txt")
    assert status == 2
    assert err.startswith("perftrack: no/such/folder/b.json: 无法写入基线：")


@pytest.mark.usefixtures("seed")
def test_writing_a_baseline_with_unreadable_input_is_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, err = run(capsys, "--write-baseline", "baseline.json", "seed.txt", "nothing.txt")
    assert (status, lines) == (2, [])
    assert "nothing.txt: 文件不存在" in err
    assert len(Baseline.load("baseline.json").entries) == 28


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("{", "不是有效的 JSON", id="not-json"),
        pytest.param('{"findings": []}', "不是 perftrack 基线文件", id="no-schema"),
        pytest.param(
            '{"schema": "perftrack-baseline/1", "findings": {}}', "findings 应为列表", id="dict"
        ),
        pytest.param(
            '{"schema": "perftrack-baseline/1", "findings": [{"file": "a"}]}',
            "第1条缺少 id",
            id="no-id",
        ),
        pytest.param(
            '{"schema": "perftrack-baseline/1", "findings": [{"id": "x", "table": "0"}]}',
            "第1条的 table 应为整数",
            id="table",
        ),
        pytest.param(
            '{"schema": "perftrack-baseline/1", "findings": [{"id": "x", "reason": 1}]}',
            "第1条的 reason 应为字符串",
            id="reason",
        ),
        pytest.param(
            '{"schema": "perftrack-baseline/1", "findings": [{"id": "x", "cell": 3}]}',
            "第1条的 cell 应为字符串或 null",
            id="cell",
        ),
    ],
)
def test_bad_baselines(text: str, message: str) -> None:
    with pytest.raises(BaselineError, match=message) as error:
        Baseline.loads(text, "baseline.json")
    assert str(error.value).startswith("baseline.json: ")


@pytest.mark.usefixtures("seed")
def test_a_bad_baseline_is_not_overwritten(capsys: pytest.CaptureFixture[str]) -> None:
    Path("notes.json").write_text("{}", encoding="utf-8")
    status, _, err = run(capsys, "--write-baseline", "notes.json", "seed.txt")
    assert status == 2
    assert "不是 perftrack 基线文件" in err
    assert Path("notes.json").read_text(encoding="utf-8") == "{}"


def test_identical_findings_need_as_many_entries() -> None:
    finding = FileFinding(
        "a.txt", None, 0, None, Finding("weights-not-100", Severity.WARNING, "分值合计99", Where())
    )
    split = Baseline((BaselineEntry.of(finding, "已知"),)).split([finding, finding])
    assert (len(split.new), len(split.accepted), split.stale) == (1, 1, ())
    assert split.accepted[0][1].reason == "已知"


def test_findings_carry_their_table() -> None:
    cards = [perftrack.score(table) for table in perftrack.read(ROOT / SEED_NAME)]
    found = findings_of(cards)
    assert {(f.table, f.project) for f in found} == {
        (0, "两新党建工作"),
        (1, "社区党群服务中心工作"),
    }
    assert all(f.file == str(ROOT / SEED_NAME) for f in found)


def test_a_baseline_matches_from_any_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "bl"
    folder.mkdir()
    (folder / "a.txt").write_text(
        (ROOT / "examples" / "000_7a0b2a9980fedb64.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    monkeypatch.chdir(folder)
    assert cli.main(["check", "a.txt", "--write-baseline", "base.json"]) == 0
    data = json.loads((folder / "base.json").read_text(encoding="utf-8"))
    assert data["paths"] == "relative-to-baseline"
    assert {entry["file"] for entry in data["findings"]} == {"a.txt"}
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert cli.main(["check", "bl/a.txt", "--baseline", "bl/base.json"]) == 0
    assert "0 条发现" in capsys.readouterr().out


def test_unreadable_files_are_in_the_json(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--format", "json", str(seed), "missing.txt"]) == 2
    items = json.loads(capsys.readouterr().out)
    assert items[-1] == {
        "file": "missing.txt",
        "sheet": None,
        "table": None,
        "project": None,
        "id": "unreadable-file",
        "severity": "error",
        # the path is in file: the message does not repeat it (as score's errors[])
        "message": "文件不存在",
        "where": {
            "indicator": None,
            "name": None,
            "budget_line": None,
            "file": "missing.txt",
            "sheet": None,
            "row": None,
            "column": None,
            "cell": None,
        },
        "stage": "read",
    }
