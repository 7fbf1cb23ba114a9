"""Batch runs: folders of exports, read and scored in parallel (issue: batch)."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import sys
import types
from pathlib import Path

import pytest

import perftrack
from perftrack import batch
from perftrack._commands import score as score_command
from perftrack.batch import FileError, read_many, score_many, summary_text
from perftrack.cli import main
from perftrack.serialization import document, dumps

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_ROWS = [line.split("\t") for line in SEED_TEXT.splitlines()]


def renamed(text: str, first: str, second: str) -> str:
    """The seed with its two projects renamed, so that every file's tables can be told apart."""
    return text.replace("两新党建工作", first).replace("社区党群服务中心工作", second)


def csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "跟踪表"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_folder(root: Path) -> Path:
    """Mixed exports: TSV, CSV, xlsx, nested, broken, not a table, hidden, lock files."""
    folder = root / "exports"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a_seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "b_copy.csv").write_text(
        csv_text([line.split("\t") for line in renamed(SEED_TEXT, "乙一", "乙二").splitlines()]),
        encoding="utf-8",
    )
    rows = [line.split("\t") for line in renamed(SEED_TEXT, "丙一", "丙二").splitlines()]
    (folder / "c_book.xlsx").write_bytes(xlsx_bytes(rows))
    (folder / "d_broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (folder / "e_notes.md").write_text("# 会议纪要\n\n今天讨论了预算。\n", encoding="utf-8")
    (folder / "nested" / "deeper" / "f_nested.tsv").write_text(
        renamed(SEED_TEXT, "丁一", "丁二"), encoding="utf-8"
    )
    # Never read: hidden files and folders, Office lock files, other formats.
    (folder / ".hidden.tsv").write_text(SEED_TEXT, encoding="utf-8")
    (folder / ".git" / "g.tsv").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "~$c_book.xlsx").write_bytes(b"lock")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(tmp_path_factory.mktemp("batch"))


def names(paths: tuple[str, ...] | list[str], folder: Path) -> list[str]:
    return [Path(path).relative_to(folder).as_posix() for path in paths]


# --- read_many ------------------------------------------------------------------


def test_folders_are_searched_recursively_by_format_in_path_order(folder: Path) -> None:
    result = read_many([folder])
    assert names(result.files, folder) == [
        "a_seed.txt",
        "b_copy.csv",
        "c_book.xlsx",
        "d_broken.xlsx",
        "e_notes.md",
        "nested/deeper/f_nested.tsv",
    ]


def test_one_path_alone_is_one_path(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A plain string is iterable letter by letter: "/" walked the whole machine.
    monkeypatch.chdir(folder.parent)
    assert read_many("exports").files == read_many(["exports"]).files
    assert read_many(folder).files == read_many([folder]).files
    assert [e.file for e in score_many(str(folder / "a_seed.txt")).errors] == []
    assert len(score_many(folder / "a_seed.txt").cards) == 2


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: read_many(b"exports"), "read_many takes a path, a folder or a list of them"),
        (lambda: read_many([1]), "read_many takes paths or folders, not int: 1$"),
        (lambda: score_many([1]), "score_many takes paths, folders or tables, not int: 1$"),
        (lambda: read_many(perftrack.read(SEED)), "score tables already read with score_many"),
        (lambda: score_many([SEED], policy=3), "policy must be a perftrack.Policy"),
        (
            lambda: read_many(SEED.open("rb")),
            r"read_many takes paths and folders, not a file object: read one with perftrack.read\(f\)",
        ),
        (
            lambda: score_many([SEED.read_bytes()]),
            (
                r"score_many takes paths, folders or tables, not bytes: b'\\n\\n\\xe8[^ ]*… "
                r"\(\d+ characters\) \(a file's content\? read it with perftrack.read\)$"
            ),
        ),
        (lambda: read_many([SEED], jobs="2"), "jobs must be a whole number .*, not '2'"),
        (lambda: score_many([SEED], jobs=1.0), "jobs must be a whole number .*, not 1.0"),
        (lambda: score_many([SEED], jobs=True), "jobs must be a whole number .*, not True"),
        (lambda: read_many([SEED], progress=1), r"progress must be a function .*, not 1"),
    ],
)
def test_wrong_arguments_are_type_errors_that_say_what_to_pass(call, message: str) -> None:
    with pytest.raises(TypeError, match=message) as caught:
        call()
    assert len(str(caught.value)) < 200  # not the repr of a whole file


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"format": "bogus"}, "未知格式 'bogus'，可用：text, csv"),
        ({"format": "txt"}, "未知格式 'txt'"),
        ({"encoding": "bogus"}, "未知的文本编码 'bogus'"),
        ({"encoding": "rot13"}, "未知的文本编码 'rot13'"),
    ],
)
@pytest.mark.parametrize("function", [read_many, score_many])
def test_options_wrong_for_every_file_are_raised_once(
    folder: Path, function, options: dict[str, str], message: str
) -> None:
    with pytest.raises(perftrack.ReadError, match=message) as caught:
        function([folder], **options)
    assert caught.value.file is None


@pytest.mark.parametrize("options", [{"format": "text"}, {"encoding": "utf-8"}, {"jobs": 0}])
def test_good_options_pass(options: dict[str, object]) -> None:
    assert len(read_many([SEED], **options).tables) == 2


def test_macro_enabled_workbooks_are_read_in_folders(tmp_path: Path) -> None:
    rows = [line.split("\t") for line in SEED_TEXT.splitlines()]
    (tmp_path / "省模板.xlsm").write_bytes(xlsx_bytes(rows))
    (tmp_path / "网页.mht").write_text("MIME-Version: 1.0", encoding="utf-8")
    result = read_many([tmp_path])
    assert [Path(file).name for file in result.files] == ["省模板.xlsm", "网页.mht"]
    assert len(result.tables) == 2
    assert [Path(error.file).name for error in result.errors] == ["网页.mht"]


def test_reading_continues_past_unreadable_files(folder: Path) -> None:
    result = read_many([folder])
    assert [table.project.name for table in result.tables] == [
        "两新党建工作",
        "社区党群服务中心工作",
        "乙一",
        "乙二",
        "丙一",
        "丙二",
        "丁一",
        "丁二",
    ]
    assert [(table.source.sheet, table.source.index) for table in result.tables[4:6]] == [
        ("跟踪表", 0),
        ("跟踪表", 1),
    ]
    assert names([error.file for error in result.errors], folder) == [
        "d_broken.xlsx",
        "e_notes.md",
    ]
    for error in result.errors:
        assert error.message.startswith(f"{error.file}: ")
    assert "未找到绩效指标表" in result.errors[1].message


def test_files_keep_the_order_given_and_are_read_once(folder: Path) -> None:
    nested = folder / "nested" / "deeper" / "f_nested.tsv"
    result = read_many([nested, folder / "a_seed.txt", folder / "nested", str(nested)])
    assert names(result.files, folder) == ["nested/deeper/f_nested.tsv", "a_seed.txt"]
    assert [table.project.name for table in result.tables] == [
        "丁一",
        "丁二",
        "两新党建工作",
        "社区党群服务中心工作",
    ]


def test_a_file_given_by_name_is_read_whatever_its_extension(tmp_path: Path) -> None:
    export = tmp_path / "export.dat"
    export.write_text(SEED_TEXT, encoding="utf-8")
    assert len(read_many([export]).tables) == 2


def test_missing_files_and_empty_folders_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = read_many([tmp_path / "missing.txt", tmp_path / "empty"])
    assert result.tables == ()
    assert [error.message for error in result.errors] == [
        f"{tmp_path / 'missing.txt'}: 文件不存在",
        f"{tmp_path / 'empty'}: 目录中没有可读取的文件（{batch._suffix_list()}）",
    ]


def test_format_and_encoding_are_passed_on(tmp_path: Path) -> None:
    export = tmp_path / "gbk.txt"
    export.write_bytes(SEED_TEXT.encode("gb18030"))
    assert len(read_many([export], encoding="gb18030", format="text").tables) == 2
    with pytest.raises(perftrack.ReadError, match="未知格式 'pdf'"):  # once, not once per file
        read_many([export], format="pdf")


def test_jobs_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="jobs must be 0"):
        read_many([SEED], jobs=-1)


def test_progress_is_reported_per_file(folder: Path) -> None:
    calls: list[tuple[int, int]] = []
    read_many([folder], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(done, 6) for done in range(7)]


# --- jobs 1 and jobs 2 ------------------------------------------------------------


def test_two_processes_give_the_same_tables_in_the_same_order(folder: Path) -> None:
    one, two = read_many([folder], jobs=1), read_many([folder], jobs=2)
    assert one == two
    assert dumps(document(one.tables)) == dumps(document(two.tables))


def test_two_processes_give_the_same_scorecards_in_the_same_order(folder: Path) -> None:
    calls: list[tuple[int, int]] = []
    one = score_many([folder], jobs=1)
    two = score_many([folder], jobs=2, progress=lambda done, total: calls.append((done, total)))
    assert one.files == two.files
    assert one.errors == two.errors
    assert dumps(document(one.cards)) == dumps(document(two.cards))
    assert calls[0] == (0, 6)
    assert calls[-1] == (6, 6)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert score_many([folder], jobs=0).cards == one.cards


# --- score_many -----------------------------------------------------------------


def test_tables_and_paths_are_scored_in_the_order_given(folder: Path) -> None:
    tables = perftrack.read(folder / "b_copy.csv")
    result = score_many([tables[1], folder / "a_seed.txt", tables[0]], jobs=2)
    assert [card.table.project.name for card in result.cards] == [
        "乙二",
        "两新党建工作",
        "社区党群服务中心工作",
        "乙一",
    ]
    assert names(result.files, folder) == ["a_seed.txt"]


def test_the_policy_is_used(folder: Path) -> None:
    policy = perftrack.Policy.central().with_words("accuracy", "无误")
    result = score_many([folder / "a_seed.txt"], policy=policy, jobs=2)
    assert {card.policy for card in result.cards} == {policy}


def test_a_worker_turns_any_exception_into_an_error_naming_the_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = perftrack.scoring.score

    def flaky(table: perftrack.Table, *, policy: perftrack.Policy | None = None) -> object:
        if table.source.index == 1:
            raise ZeroDivisionError("boom")
        return real(table, policy=policy)

    monkeypatch.setattr(perftrack.scoring, "score", flaky)
    result = score_many([folder / "a_seed.txt"])
    assert [card.table.source.index for card in result.cards] == [0]
    assert result.errors == (
        FileError(
            str(folder / "a_seed.txt"),
            f"{folder / 'a_seed.txt'}: 第2张表无法评分（ZeroDivisionError: boom）",
        ),
    )

    def broken(*_: object, **__: object) -> object:
        raise MemoryError

    monkeypatch.setattr(perftrack.readers, "read", broken)
    outcome = batch._run_job(batch._Job(str(folder / "a_seed.txt"), score=True), None)
    assert outcome.errors[0].message == f"{folder / 'a_seed.txt'}: 无法读取（MemoryError）"


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers see the patch only when forked"
)
def test_a_dead_worker_is_an_error_for_its_files(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unpicklable(_: list[object]) -> object:
        return lambda: None  # cannot be sent back to the parent

    monkeypatch.setattr(batch, "_run_chunk", unpicklable)
    result = score_many([folder / "a_seed.txt", folder / "b_copy.csv"], jobs=2)
    assert result.cards == ()
    assert names([error.file for error in result.errors], folder) == ["a_seed.txt", "b_copy.csv"]
    assert "处理失败" in result.errors[0].message


# --- the summary ----------------------------------------------------------------


def test_the_summary_lists_tables_worst_first_then_the_failures(folder: Path) -> None:
    result = score_many([folder / "a_seed.txt", folder / "e_notes.md", folder / "b_copy.csv"])
    lines = summary_text(result.cards, result.errors).splitlines()
    assert lines[0] == "汇总：4张表，1个文件无法读取（最差的在前）"
    assert lines[1].split() == [
        "主管部门",
        "项目",
        "预算",
        "执行率/序时进度",
        *("达成", "部分", "进行中", "未达成", "未知", "落后", "警告", "错误"),
    ]
    rows = [line.split() for line in lines[2:6]]
    # Behind schedule first (stable for ties: input order), then the others.
    assert [row[1] for row in rows] == ["社区党群服务中心工作", "乙二", "两新党建工作", "乙一"]
    assert rows[0] == [
        "上海市莘庄工业区(汇总)",
        "社区党群服务中心工作",
        "383.45万元",
        "21.77%/66.67%",
        "✗",
        *("9", "0", "3", "0", "0", "1", "2", "0"),
    ]
    assert rows[2][2:] == ["74.88万元", "67.27%/66.67%", *("10", "0", "2", "0", "0", "0", "0", "0")]
    assert lines[6:] == [
        "无法读取：",
        f"  {folder / 'e_notes.md'}: 未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）",
    ]


def test_the_summary_of_nothing() -> None:
    assert summary_text([]) == "汇总：0张表"


# --- the commands -----------------------------------------------------------------


def test_score_a_folder_ends_with_the_summary(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["score", str(folder)]) == 2
    captured = capsys.readouterr()
    out = captured.out
    assert out.index("两新党建工作") < out.index("汇总：8张表，2个文件无法读取（最差的在前）")
    tail = out[out.index("汇总：") :].splitlines()
    assert tail[-3:-2] == ["无法读取："]
    assert tail[-2].startswith(f"  {folder / 'd_broken.xlsx'}: ")
    assert tail[-1].startswith(f"  {folder / 'e_notes.md'}: ")
    assert out.endswith("\n")
    assert not out.endswith("\n\n")
    assert captured.err.splitlines()[0].startswith(f"perftrack: {folder / 'd_broken.xlsx'}: ")


def test_score_json_is_the_document_and_the_same_for_any_jobs(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["score", "--format", "json", str(folder)]) == 2
    one = capsys.readouterr().out
    assert main(["score", "--format", "json", "--jobs", "2", str(folder)]) == 2
    assert capsys.readouterr().out == one
    data = json.loads(one)
    assert sorted(data) == ["errors", "generator", "schema", "tables"]
    assert len(data["tables"]) == 8
    assert [Path(error["file"]).name for error in data["errors"]] == [
        "d_broken.xlsx",
        "e_notes.md",
    ]
    assert sorted(data["errors"][0]) == ["file", "message"]


def test_score_keeps_its_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(SEED)]) == 0
    assert main(["score", "--fail-on", "warning", "-j", "2", str(SEED)]) == 1
    assert "汇总：2张表（最差的在前）" in capsys.readouterr().out


def test_score_writes_to_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    assert main(["score", "--format", "json", "--output", str(target), str(SEED)]) == 0
    assert capsys.readouterr().out == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))["tables"]) == 2


def test_an_output_that_cannot_be_written_is_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such.json"
    assert main(["score", "--output", str(target), str(SEED)]) == 2
    assert capsys.readouterr().err.startswith(f"perftrack: {target}: 无法写入：")


def test_bad_jobs_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["score", "--jobs", "-1", str(SEED)])
    assert exit_info.value.code == 2
    assert "number of processes" in capsys.readouterr().err


def test_read_takes_folders_and_jobs(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", "--format", "json", "--jobs", "2", str(folder)]) == 2
    data = json.loads(capsys.readouterr().out)
    assert [table["project"]["name"] for table in data["tables"]][::2] == [
        "两新党建工作",
        "乙一",
        "丙一",
        "丁一",
    ]
    assert len(data["errors"]) == 2
    assert main(["read", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith("财政项目支出绩效跟踪表 — 两新党建工作")


# --- report formats (perftrack.reports, another module) --------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def fake_reports(monkeypatch: pytest.MonkeyPatch, calls: list[tuple[object, ...]]) -> None:
    module = types.ModuleType("perftrack.reports")

    def render(cards: object, errors: object, fmt: str, policy: object) -> str | bytes:
        calls.append((cards, errors, fmt, policy))
        return b"PK-xlsx" if fmt == "xlsx" else f"# {fmt}\n"

    module.render = render  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "perftrack.reports", module)


def test_report_formats_call_reports_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[object, ...]] = []
    fake_reports(monkeypatch, calls)
    missing = tmp_path / "missing.txt"
    assert main(["score", "--format", "markdown", str(SEED), str(missing)]) == 2
    assert capsys.readouterr().out == "# markdown\n"
    cards, errors, fmt, policy = calls[0]
    assert fmt == "markdown"
    assert len(cards) == 2  # type: ignore[arg-type]
    assert errors == [{"file": str(missing), "message": "文件不存在"}]
    assert isinstance(policy, perftrack.Policy)
    target = tmp_path / "report.xlsx"
    assert main(["score", "--format", "xlsx", "--output", str(target), str(SEED)]) == 0
    assert target.read_bytes() == b"PK-xlsx"


def test_xlsx_goes_to_a_file_or_a_redirected_standard_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_reports(monkeypatch, [])
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["score", "--format", "xlsx", str(SEED)]) == 2
    assert terminal.getvalue() == ""
    assert "--output" in capsys.readouterr().err
    raw = io.BytesIO()
    piped = io.TextIOWrapper(raw, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", piped)
    assert main(["score", "--format", "xlsx", str(SEED)]) == 0
    assert raw.getvalue() == b"PK-xlsx"


def test_report_formats_without_the_reports_module(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "perftrack.reports", None)
    assert main(["score", "--format", "html", str(SEED)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "perftrack.reports 无法加载" in captured.err


# --- the progress bar -----------------------------------------------------------


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for index in range(score_command.PROGRESS_MIN_FILES + 1):
        (folder / f"{index:02d}.txt").write_text(SEED_TEXT, encoding="utf-8")
    return folder


def test_a_long_run_on_a_terminal_draws_a_bar(many: Path) -> None:
    pytest.importorskip("rich")
    stream = Terminal()
    with score_command.ProgressBar(stream) as bar:
        read_many([many], progress=bar)
    assert bar.drawn


def test_no_bar_for_short_runs_pipes_or_without_rich(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with score_command.ProgressBar(Terminal()) as short:
        read_many([SEED], progress=short)
    with score_command.ProgressBar(io.StringIO()) as piped:
        read_many([many], progress=piped)
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    with score_command.ProgressBar(Terminal()) as without_rich:
        read_many([many], progress=without_rich)
    assert not short.drawn
    assert not piped.drawn
    assert not without_rich.drawn


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_folder_is_reported_not_opened(tmp_path: Path) -> None:
    # Opening a FIFO blocks until someone writes to it: the walk must not try, but
    # a file the user sees in the folder must not vanish from the report either.
    (tmp_path / "a_seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    __import__("os").mkfifo(tmp_path / "管道.txt")
    result = read_many([tmp_path])
    assert names(result.files, tmp_path) == ["a_seed.txt"]
    assert [(error.file, error.as_dict()["message"]) for error in result.errors] == [
        (str(tmp_path / "管道.txt"), "不是普通文件（命名管道、设备或套接字），未读取")
    ]


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        ({"b_broken.txt": "no/such.txt"}, [("b_broken.txt", "符号链接指向的文件不存在")]),
        ({"b_good.txt": "a_seed.txt"}, []),
        (
            {"b_broken.md": "gone.md", "c_other.pdf": "gone.pdf"},
            [
                ("b_broken.md", "符号链接指向的文件不存在"),
                ("c_other.pdf", "符号链接指向的文件不存在"),
            ],
        ),
        ({"b_notes.dat": "gone.dat"}, []),  # not an ending perftrack reads: passed over
    ],
)
def test_a_broken_link_in_a_folder_is_reported(
    tmp_path: Path, links: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    (tmp_path / "a_seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    try:
        for name, target in links.items():
            (tmp_path / name).symlink_to(target)
    except OSError:
        pytest.skip("no symbolic links here")
    result = read_many([tmp_path])
    # a good link to a_seed.txt is the same file: read once
    assert len(result.tables) == 2
    got = [(Path(e.file).name, e.as_dict()["message"]) for e in result.errors]
    assert got == expected


def _perftrack(*args: str, stdin: bytes) -> tuple[int, str, str]:
    import subprocess  # noqa: PLC0415 - only these tests start the command

    result = subprocess.run(
        [sys.executable, "-m", "perftrack", *args], input=stdin, capture_output=True, check=False
    )
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_dash_reads_standard_input_once_in_order_with_the_files(
    jobs: str, tmp_path: Path
) -> None:
    # GB18030 bytes on standard input, detected as a file's would be; with --jobs 2 the
    # worker processes could not read it (theirs is empty), so the main process does.
    first = tmp_path / "a.txt"
    first.write_text(renamed(SEED_TEXT, "甲一", "甲二"), encoding="utf-8")
    piped = renamed(SEED_TEXT, "管道一", "管道二").encode("gb18030")
    status, out, err = _perftrack(
        "read", "--format", "json", "-j", jobs, str(first), "-", "-", stdin=piped
    )
    assert status == 0, err
    tables = json.loads(out)["tables"]
    assert [t["project"]["name"] for t in tables] == ["甲一", "甲二", "管道一", "管道二"]
    assert [t["source"]["file"] for t in tables][2:] == ["<stdin>", "<stdin>"]


def test_an_empty_standard_input_is_an_unreadable_file() -> None:
    status, out, err = _perftrack("check", "-", stdin=b"")
    assert status == 2
    assert err == "perftrack: <stdin>: 文件为空\n"
    assert "1 个文件无法读取" in out


def test_an_xlsx_on_standard_input_is_detected_from_its_bytes() -> None:
    rows = [line.split("\t") for line in renamed(SEED_TEXT, "表一", "表二").splitlines()]
    status, out, err = _perftrack("score", "--format", "json", "-", stdin=xlsx_bytes(rows))
    assert status == 0, err
    tables = json.loads(out)["tables"]
    assert [t["project"]["name"] for t in tables] == ["表一", "表二"]
    assert [t["indicators"][0]["attainment"] for t in tables] == ["met", "pending"]


_SELF_EVALUATION = (
    "项目支出绩效自评表\n"
    "（2025年度）\n"
    "项目名称\t社区养老服务\t主管部门\t某区民政局\n"
    "年度资金总额\t全年预算数\t全年执行数\t执行率\n"
    "\t100.00\t95.00\t95.00%\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
    "产出指标\t数量指标\t服务老人人次\t≥1000人次\t1200人次\n"
)


@pytest.mark.parametrize(
    ("summary", "via"),
    [
        pytest.param(summary_text, "cards", id="summary_text"),
        pytest.param(
            lambda cards: batch.summary_of([batch.rendered(card, "text") for card in cards]),
            "rendered",
            id="summary_of",
        ),
    ],
)
def test_summary_marks_a_self_evaluations_bar_as_the_year_end_requirement(
    tmp_path: Path, summary: object, via: str
) -> None:
    """A self-evaluation's bar is the year-end requirement (90), not a time progress:
    the summary says so (``（年终要求）``); a tracking table's bar stays bare."""
    path = tmp_path / "self.txt"
    path.write_text(_SELF_EVALUATION, encoding="utf-8")
    cards = [
        *score_many([path]).cards,
        *score_many(["examples/000_7a0b2a9980fedb64.txt"]).cards,
    ]
    lines = summary(cards).splitlines()  # type: ignore[operator]
    marked = [line for line in lines if "（年终要求）" in line]
    assert [line.split()[1] for line in marked] == ["社区养老服务"], via
    assert "95.00%/90.00%（年终要求）" in marked[0]
    assert any("21.77%/66.67% ✗" in line for line in lines)


def test_summary_keeps_the_cross_of_a_self_evaluation_below_the_year_end_bar(
    tmp_path: Path,
) -> None:
    """A self-evaluation behind the year-end bar keeps its ✗ after the mark (no cut)."""
    path = tmp_path / "self.txt"
    path.write_text(_SELF_EVALUATION.replace("95.00\t95.00%", "80.00\t80.00%"), encoding="utf-8")
    lines = summary_text(score_many([path]).cards).splitlines()
    assert "80.00%/90.00%（年终要求） ✗" in lines[2], lines


@pytest.mark.parametrize(
    ("executed", "shown"),
    [
        pytest.param(
            "89.996", "89.9960%/90.00%（年终要求） ✗", id="behind-though-both-round-to-90"
        ),
        pytest.param("90.00", "90.00%/90.00%（年终要求）", id="at-the-bar"),
        pytest.param("89.00", "89.00%/90.00%（年终要求） ✗", id="plainly-behind"),
    ],
)
def test_summary_shows_the_rate_that_is_behind(tmp_path: Path, executed: str, shown: str) -> None:
    """regress42: 89.996% printed 90.00%/90.00% ✗; the cut rate shows why."""
    path = tmp_path / "self.txt"
    path.write_text(_SELF_EVALUATION.replace("95.00\t95.00%", f"{executed}\t"), encoding="utf-8")
    lines = summary_text(score_many([path]).cards).splitlines()
    assert shown in lines[2], lines
    assert (" ✗" in lines[2]) is shown.endswith("✗")


@pytest.mark.parametrize("given", ["hubei", "path"])
def test_score_many_takes_a_policy_as_score_does(given: str, tmp_path: Path) -> None:
    """A preset's name or a policy file's path, as perftrack.score takes them (policy35 L1)."""
    if given == "path":
        file = tmp_path / "perftrack.toml"
        file.write_text('preset = "hubei"\n', encoding="utf-8")
        policy: str | Path = file
    else:
        policy = given
    hubei = perftrack.Policy.hubei()
    expected = [perftrack.score(t, policy=hubei) for t in perftrack.read(SEED)]
    result = score_many([SEED], policy=policy)
    assert [card.budget for card in result.cards] == [card.budget for card in expected]
    assert [card.policy.weights for card in result.cards] == [hubei.weights] * 2
