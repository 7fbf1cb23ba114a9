"""The command line in batch use: Ctrl-C with --jobs, write errors, reports in the folder.

The inputs are tracking tables written here, one per county and project.
"""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from attrs import evolve

from perftrack._errors import os_reason
from perftrack.batch import _told_apart, read_many
from perftrack.cli import main
from perftrack.portfolio import PortfolioRow
from perftrack.readers import _is_our_text
from perftrack.report import width

#: A tracking table (跟踪表) as a tab-separated export; {project}, {unit} and {budget} vary.
TABLE = """财政项目支出绩效跟踪表
跟踪时段：（ 2023-1月 至 2023-8月 ）
项目名称\t{project}
主管部门\t区教育局\t\t实施单位\t{unit}
预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期执行数\t执行率(%)
\t年度资金总额\t\t{budget}\t{budget}\t100.00\t
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析
绩效指标\t产出指标\t数量指标\t维修改造校舍面积\t≥12000(平方米)\t8000\t7650\t
\t产出指标\t质量指标\t工程验收合格率\t=100.00(%)\t100\t100\t
\t满意度指标\t服务对象满意度指标\t师生家长满意度\t≥90.00(%)\t90\t92.5\t
"""


def table(
    project: str = "甲县校舍维修改造", unit: str = "甲县教育局", budget: str = "500.00"
) -> str:
    return TABLE.format(project=project, unit=unit, budget=budget)


def perftrack(*args: str, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: PLW1510 - the status is what the tests look at
        [sys.executable, "-m", "perftrack", *args],
        stdout=options.pop("stdout", subprocess.PIPE),
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=300,
        **options,  # type: ignore[call-overload]
    )


# ---------------------------------------------------------------------------
# Ctrl-C: with --jobs, and during start-up

needs_signals = pytest.mark.skipif(
    sys.platform == "win32", reason="Ctrl-C reaches a process group only on POSIX"
)


def _children(pid: int) -> bool | None:
    """Whether *pid* has child processes (``None``: cannot tell on this system)."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return bool(path.read_text().split())
    except OSError:
        return None


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 600 tables: several seconds of work even with two processes."""
    root = tmp_path_factory.mktemp("many")
    for index in range(600):
        county = "甲乙丙丁戊己"[index % 6]
        text = table(f"{county}县校舍维修改造{index}", f"{county}县教育局", f"{500 + index}.00")
        (root / f"{index:04d}.tsv").write_text(text, encoding="utf-8")
    return root


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(folder: Path, command: list[str], presses: int) -> tuple[int, str, float]:
    """Start perftrack in its own process group, press Ctrl-C *presses* times once it works."""
    process = subprocess.Popen(
        [sys.executable, "-m", "perftrack", *command, str(folder), "-j", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a group of its own, as a terminal's foreground job
        # Ctrl-C as a terminal delivers it, even when the test run itself was started in
        # the background of a script (which ignores SIGINT, and children inherit that)
        preexec_fn=_default_sigint,  # noqa: PLW1509 - only resets a signal, no lock taken
    )
    try:
        deadline = time.monotonic() + 60
        # once the worker processes exist (or, where /proc cannot tell, after a while)
        while time.monotonic() < deadline and process.poll() is None:
            started = _children(process.pid)
            if started is None:
                time.sleep(3)
                break
            if started:
                time.sleep(0.3)
                break
            time.sleep(0.05)
        if process.poll() is not None:
            pytest.skip("the batch ended before Ctrl-C could be sent (a very fast machine)")
        pressed = time.monotonic()
        for _ in range(presses):
            os.killpg(process.pid, signal.SIGINT)
            time.sleep(0.2)
        status = process.wait(timeout=30)
        took = time.monotonic() - pressed
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.stderr is not None
    return status, process.stderr.read().decode("utf-8", "replace"), took


@needs_signals
@pytest.mark.parametrize(
    ("command", "presses"),
    [
        (["score"], 1),
        (["score", "--format", "json"], 2),  # the second press during the shutdown
        (["check"], 1),
        (["read", "--format", "json"], 3),
    ],
)
def test_ctrl_c_stops_a_parallel_batch_at_once(
    many: Path, command: list[str], presses: int
) -> None:
    status, stderr, took = _interrupt(many, command, presses)
    assert status == 130, stderr
    assert "Traceback" not in stderr
    assert "Exception ignored" not in stderr
    assert stderr.strip().splitlines()[-1] == "perftrack: 已中断"
    # the whole batch takes several seconds; generous for a loaded machine
    assert took < 15


def test_the_entry_point_imports_nothing_heavy_before_it_can_catch_ctrl_c() -> None:
    code = "import sys, perftrack.cli; print(sorted(m for m in sys.modules if m.startswith('perftrack')))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "['perftrack', 'perftrack._version', 'perftrack.cli']"


# ---------------------------------------------------------------------------
# A full standard output


@pytest.fixture(scope="module")
def one(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("one") / "甲县.tsv"
    path.write_text(table(), encoding="utf-8")
    return path


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "command",
    [
        ["check", "{one}"],
        ["check", "{one}", "--format", "json"],
        ["read", "{one}"],
        ["read", "{one}", "--format", "json"],
        ["score", "{one}"],
        ["score", "{one}", "--format", "json"],
        ["score", "{one}", "--format", "xlsx"],
        ["score", "{one}", "--format", "markdown"],
        ["parse", "≥80%", "85%"],
        ["parse", "--format", "json", "≥80%"],
        ["schema"],
    ],
)
def test_a_full_standard_output_is_said_in_one_line(one: Path, command: list[str]) -> None:
    args = [part.format(one=one) for part in command]
    with Path("/dev/full").open("w") as full:
        result = perftrack(*args, stdout=full)
    assert result.returncode == 2
    assert result.stderr == "perftrack: 无法写入标准输出：磁盘空间不足\n"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间不足"),
        (PermissionError(errno.EACCES, "Permission denied"), "没有权限"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "文件名过长"),
        (
            OSError(errno.ELOOP, "Too many levels of symbolic links"),
            "符号链接层数过多（可能是符号链接循环）",
        ),
        (OSError(errno.EROFS, "Read-only file system"), "只读文件系统"),
        (OSError(errno.ENOTSUP, "Operation not supported"), "Operation not supported"),
        (OSError("no errno"), "no errno"),
    ],
)
def test_os_errors_are_said_in_chinese(error: OSError, reason: str) -> None:
    assert os_reason(error) == reason


def test_an_output_file_on_a_full_disk_is_named(one: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    result = perftrack("score", str(one), "-o", "/dev/full")
    assert (result.returncode, result.stderr) == (
        2,
        "perftrack: /dev/full: 无法写入：磁盘空间不足\n",
    )


# ---------------------------------------------------------------------------
# Reports written into the folder scanned


def two_tables(root: Path) -> Path:
    folder = root / "导出"
    folder.mkdir()
    (folder / "甲县.tsv").write_text(table(), encoding="utf-8")
    (folder / "乙县.tsv").write_text(
        table("乙县校舍维修改造", "乙县教育局", "800.00"), encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("汇总.xlsx", "xlsx"),
        ("结果.txt", "text"),
        ("审核意见.txt", "review"),
        ("报告.md", "markdown"),
        ("报告.html", "html"),
        ("结果.csv", "csv"),
        ("结果.json", "json"),
    ],
)
def test_a_report_written_into_the_folder_scanned_changes_no_later_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, fmt: str
) -> None:
    folder = two_tables(tmp_path)
    output = folder / name
    args = ["score", str(folder), "--format", fmt, "-o", str(output)]
    assert main(args) == 0
    first = output.read_bytes()
    assert capsys.readouterr().err == ""
    # the second run leaves its own output out, and reads what the first run read
    assert main(args) == 0
    assert output.read_bytes() == first
    notes = capsys.readouterr().err
    if fmt != "json":  # .json is no export: never read from a folder
        assert notes == f"perftrack: {output}: 这是本次的输出文件，已跳过\n"
    # any other run of the folder: the report is recognised and left out with a note
    assert main(["score", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out.count("财政项目支出绩效跟踪表 — ") == 2
    expected = "" if fmt == "json" else f"perftrack: {output}: 这是 perftrack 生成的报告，已跳过\n"
    assert err == expected
    assert main(["check", str(folder)]) in (0, 1)
    assert capsys.readouterr().out.splitlines()[-1].startswith("检查 2 个文件、2 张表")


def test_a_report_given_by_name_is_still_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = two_tables(tmp_path)
    assert main(["score", str(folder), "-o", str(folder / "结果.txt")]) == 0
    capsys.readouterr()
    assert main(["score", str(folder / "结果.txt")]) == 2
    assert "这是 perftrack 生成的报告，不是绩效表" in capsys.readouterr().err
    assert main(["score", str(folder / "甲县.tsv"), "-o", str(folder / "甲县.tsv")]) == 2
    assert "是输入文件之一" in capsys.readouterr().err
    # nor an export in a folder given, named as the output
    assert main(["score", str(folder), "-o", str(folder / "乙县.tsv")]) == 2
    assert "是输入文件之一（或在输入目录中）" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("跟踪表 — 校舍\n  区教育局\n  来源：导出/甲.tsv 第1张表\n  时段：…", True),
        ("汇总：0张表，1个文件无法读取\n无法读取：\n", True),
        ("校舍\n经审核，『校舍』项目截至2023年8月31日预算执行率为60%。", True),
        ("项目名称\t校舍\n  来源：导出/甲.tsv 第1张表\n", False),  # a table: tabs
        ("资金来源：财政拨款\n汇总表\n", False),
    ],
)
def test_perftracks_text_reports_are_recognised(text: str, ours: bool) -> None:  # noqa: FBT001
    assert _is_our_text(text) is ours


# ---------------------------------------------------------------------------
# Links to a file already in the batch


@pytest.mark.skipif(sys.platform == "win32", reason="links need privileges on Windows")
def test_a_link_to_a_file_in_the_batch_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    original = tmp_path / "a" / "x.tsv"
    original.write_text(table(), encoding="utf-8")
    (tmp_path / "b" / "x-link.tsv").symlink_to(original)
    os.link(original, tmp_path / "b" / "x-hard.tsv")
    cases = [
        [tmp_path],
        [tmp_path / "b", tmp_path / "a"],
        [original, tmp_path / "b" / "x-hard.tsv", tmp_path / "b" / "x-link.tsv"],
    ]
    for paths in cases:
        result = read_many([str(path) for path in paths])
        assert (len(result.tables), len(result.files), result.errors) == (1, 1, ()), paths


# ---------------------------------------------------------------------------
# The summary's mark that tells rows of one project apart


def _row(file: str, sheet: str | None, index: int = 0, unit: str | None = None) -> PortfolioRow:
    row = PortfolioRow(file, sheet, index, "区教育局", "校舍维修", *[None] * 5, *[0] * 8)
    return evolve(row, implementer=unit)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # xlsx rows share the sheet "Sheet", a text row has none: the file tells them apart
        (
            [_row("d/东城.xlsx", "Sheet"), _row("d/西城.xlsx", "Sheet"), _row("d/北城.tsv", None)],
            ["东城.xlsx", "西城.xlsx", "北城.tsv"],
        ),
        # county sheets of one workbook
        ([_row("a.xlsx", "甲县"), _row("a.xlsx", "乙县")], ["甲县", "乙县"]),
        # counties stacked on one sheet of each workbook
        (
            [_row("a.xlsx", "Sheet1", 0, "甲县"), _row("b.xlsx", "Sheet1", 0, "乙县")],
            ["甲县", "乙县"],
        ),
        # one name in two folders, sheets repeating: the path and the sheet
        (
            [_row("a/东城.xlsx", "甲县"), _row("b/东城.xlsx", "乙县"), _row("b/东城.xlsx", "甲县")],
            ["a/东城.xlsx·甲县", "b/东城.xlsx·乙县", "b/东城.xlsx·甲县"],
        ),
        # the same table twice: nothing tells them apart
        ([_row("a.xlsx", "甲县"), _row("a.xlsx", "甲县")], ["", ""]),
        # two tables of one text file
        ([_row("a.txt", None, 0), _row("a.txt", None, 1)], ["第1张表", "第2张表"]),
        # nothing alone tells them apart: file and sheet together
        (
            [_row("a.xlsx", "甲县"), _row("a.xlsx", "乙县"), _row("b.xlsx", "甲县")],
            ["a.xlsx·甲县", "a.xlsx·乙县", "b.xlsx·甲县"],
        ),
        (
            [_row("a.xlsx", "甲县", 0), _row("a.xlsx", "甲县", 1), _row("b.xlsx", "甲县", 0)],
            ["a.xlsx·甲县·第1张表", "a.xlsx·甲县·第2张表", "b.xlsx·甲县·第1张表"],
        ),
    ],
)
def test_the_mark_tells_each_row_apart(rows: list[PortfolioRow], expected: list[str]) -> None:
    assert _told_apart(rows, 80) == [
        f"校舍维修［{mark}］" if mark else "校舍维修" for mark in expected
    ]


def test_a_long_mark_leaves_the_project_five_characters() -> None:
    rows = [_row(f"{n}_生态环境保护绩效跟踪表.txt", None) for n in ("0345", "0346")]
    rows = [evolve(row, project="城乡居民基本养老保险补助资金") for row in rows]
    told = _told_apart(rows, 30)
    assert all(width(text) <= 30 for text in told)
    assert all(text.startswith("城乡居民基…［0345_生态环境") for text in told[:1])  # cli22 L3
    assert len(set(told)) == 2


# ---------------------------------------------------------------------------
# Messages for files that cannot be read


def _encrypted_zip() -> bytes:
    """A one-entry zip whose entry has the encryption flag set."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(buffer.getvalue())
    for signature, flag in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + flag] |= 1
            start += 4
    return bytes(data)


CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "二进制.xlsx",
            bytes(range(128, 256)) * 16,
            "不是有效的 xlsx 文件（既不是 zip 压缩包，也不是文本），可能已损坏或只是改了扩展名",
        ),
        (
            "二进制.docx",
            bytes(range(128, 256)) * 16,
            "不是有效的 docx 文件（既不是 zip 压缩包，也不是文本），可能已损坏或只是改了扩展名",
        ),
        (
            "受保护的工作簿.xlsx",
            CFB + bytes(4088),
            "文件受密码保护（加密的 Office 文档），无法读取：请在 Excel、Word 或 WPS 中取消密码后另存再试",
        ),
        (
            "加密.xlsx",
            _encrypted_zip(),
            "无法读取 xlsx 文件：文件已加密（设有密码），请取消密码另存后重试",
        ),
    ],
)
def test_unreadable_containers_say_what_they_are(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = read_many([str(path)])
    assert [error.message for error in result.errors] == [f"{path}: {message}"]


def test_random_bytes_under_a_text_name_still_ask_for_an_encoding(tmp_path: Path) -> None:
    path = tmp_path / "乱码.txt"
    path.write_bytes(bytes(range(128, 256)) * 16)
    assert "无法识别文件编码" in read_many([str(path)]).errors[0].message


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_links_in_a_folder_say_what_they_are(tmp_path: Path) -> None:
    (tmp_path / "环a.tsv").symlink_to("环b.tsv")
    (tmp_path / "环b.tsv").symlink_to("环a.tsv")
    (tmp_path / "断链.tsv").symlink_to("没有.tsv")
    (tmp_path / "子目录").mkdir()
    (tmp_path / "子目录" / "甲县.tsv").write_text(table(), encoding="utf-8")
    (tmp_path / "上级.xlsx").symlink_to("..")
    result = read_many([str(tmp_path)])
    assert len(result.tables) == 1
    assert [error.as_dict()["message"] for error in result.errors] == [
        "符号链接指向的文件不存在",
        "符号链接循环（链接最终指回自身），未读取",
        "符号链接循环（链接最终指回自身），未读取",
    ]
    assert [note.as_dict() for note in result.skipped] == [
        {"file": str(tmp_path / "上级.xlsx"), "message": "符号链接指向一个目录，未跟随"}
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="no line break in Windows file names")
def test_a_file_name_with_a_line_break_is_read_as_a_file(tmp_path: Path) -> None:
    (tmp_path / "换行\n名.tsv").write_text(table(), encoding="utf-8")
    result = read_many([str(tmp_path)])
    assert (len(result.tables), result.errors) == (1, ())
    assert result.tables[0].source.file == str(tmp_path / "换行\n名.tsv")


# ---------------------------------------------------------------------------
# Output names and help


def test_output_dash_is_standard_output(
    one: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["score", str(one), "--format", "json", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("{")
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", ["score", "read"])
@pytest.mark.parametrize(
    "ending", ["xlsm", "xltx", "docm", "dotx", "doc/wps", "PDF", ".et", ".rtf", ".odt", ".ods"]
)
def test_help_names_every_ending_a_folder_is_searched_for(
    command: str, ending: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert ending in " ".join(capsys.readouterr().out.split())
