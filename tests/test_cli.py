"""The ``perftrack`` command (issue: parse)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import perftrack._commands.parse as parse_command
from perftrack import ReadError, __version__
from perftrack.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(
    args: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None
) -> tuple[int, str]:
    out = io.StringIO()
    patch = monkeypatch or pytest.MonkeyPatch()
    patch.setattr(sys, "stdin", io.StringIO(stdin))
    patch.setattr(sys, "stdout", out)
    try:
        status = main(args)
    finally:
        if monkeypatch is None:
            patch.undo()
    return status, out.getvalue()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"perftrack {__version__}"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_parse_arguments_as_text() -> None:
    status, out = run(["parse", "≥80.00(%)", "2023年12月前完成"])
    assert status == 0
    assert out.splitlines() == [
        "≥80.00(%)  comparison  ≥80.00(%)  op=>= value=80.00 unit=%",
        "2023年12月前完成  deadline  2023年12月前  due=2023-12-31 year=2023 month=12 part=month strict=true",
    ]


def test_parse_json_is_one_array_in_input_order() -> None:
    status, out = run(
        ["parse", "--format", "json", "--role", "value"], stdin="开展中\n\n104.00\n准确\n"
    )
    assert status == 0
    data = json.loads(out)
    assert [item["kind"] for item in data] == ["status", "quantity", "qualitative"]
    assert data[1] == {
        "text": "104.00",
        "kind": "quantity",
        "value": "104.00",
        "unit": None,
        "bound": "exact",
        "label": None,
        "status": None,
        "note": None,
    }


def test_parse_year_fills_deadlines_without_one() -> None:
    _, out = run(["parse", "--format", "json", "--year", "2023", "11月底前"])
    assert json.loads(out)[0]["due"] == "2023-11-30"


def test_parse_error_is_reported_and_sets_the_exit_status() -> None:
    status, out = run(["parse", "--format", "json", "≥80.00(%", "合格"])
    assert status == 1
    data = json.loads(out)
    assert data[0] == {
        "text": "≥80.00(%",
        "kind": "error",
        "message": "unclosed bracket",
        "span": [6, 8],
    }
    assert data[1]["kind"] == "qualitative"


def test_parse_error_as_text_shows_the_marker() -> None:
    status, out = run(["parse", "≥80.00(%"])
    assert status == 1
    assert out.splitlines() == [
        "≥80.00(%  error  unclosed bracket",
        "  unclosed bracket",
        "      ≥80.00(%",
        "            ~~^",
    ]


def test_parse_rows_reads_the_seed_cells_in_threes() -> None:
    status, out = run(
        ["parse", "--role", "rows", "--format", "json"],
        stdin=(ROOT / "examples" / "seed-cells.txt").read_text(encoding="utf-8"),
    )
    assert status == 0
    data = json.loads(out)
    assert len(data) == 72
    assert [item["kind"] for item in data[:3]] == ["comparison", "quantity", "quantity"]
    assert [item["kind"] for item in data[15:18]] == ["deadline", "status", "status"]


def test_the_console_script_runs_as_a_module() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "perftrack",
            "parse",
            "--role",
            "value",
            "--format",
            "json",
            "200余人",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["bound"] == "more_than"


def test_an_internal_error_is_one_plain_line_and_verbose_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(parse_command, "run", broken)
    assert main(["parse", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("perftrack: 内部错误（RuntimeError: boom）")
    assert "Traceback" not in err
    assert main(["parse", "--verbose", "1"]) == 2
    assert "Traceback" in capsys.readouterr().err
    assert main(["--verbose", "parse", "1"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_a_perftrack_error_is_reported_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing(*_: object) -> int:
        raise ReadError("不是表格", file="a.txt") from ValueError("detail")

    monkeypatch.setattr(parse_command, "run", failing)
    assert main(["parse", "-v", "1"]) == 2
    assert capsys.readouterr().err == "perftrack: a.txt: 不是表格\n  原因：ValueError: detail\n"


@pytest.mark.parametrize("output", ["text", "csv", "markdown"])
def test_a_redirected_stdout_in_gbk_gets_utf8(output: str) -> None:
    # Chinese Windows encodes a redirected stdout in GBK, which has no ✓ or ◐.
    seed = ROOT / "examples" / "000_7a0b2a9980fedb64.txt"
    result = subprocess.run(
        [sys.executable, "-m", "perftrack", "score", "--format", output, str(seed)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "gbk"},
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8-sig")
    assert "两新党建工作" in text


@pytest.mark.parametrize(
    "data",
    [
        "≥80%\n".encode("utf-8-sig"),
        "≥80%\n".encode("gb18030"),
        "≥80%\n".encode("utf-16"),
    ],
    ids=["utf-8-bom", "gbk", "utf-16"],
)
def test_parse_decodes_standard_input_as_files_are(data: bytes) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "perftrack", "parse", "--format", "json"],
        input=data,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    (parsed,) = json.loads(result.stdout)
    assert (parsed["op"], parsed["value"], parsed["label"]) == (">=", "80", None)


@pytest.mark.parametrize("command", ["score", "check"])
def test_score_and_check_take_the_encoding_read_takes(command: str, tmp_path: Path) -> None:
    seed = (ROOT / "examples" / "000_7a0b2a9980fedb64.txt").read_text(encoding="utf-8")
    path = tmp_path / "旧导出.txt"
    path.write_bytes(seed.encode("gb18030"))
    status, out = run([command, "--input-format", "text", "--encoding", "gb18030", str(path)])
    assert status in {0, 1}  # findings may fail a check; reading did not
    assert "2 张表" in out or "两新党建工作" in out


def test_a_mistyped_preset_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    seed = ROOT / "examples" / "000_7a0b2a9980fedb64.txt"
    assert main(["score", "--policy", "hubi", str(seed)]) == 2
    assert "不是预设（central、hubei）" in capsys.readouterr().err


def test_the_output_never_overwrites_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "表.txt"
    seed = (ROOT / "examples" / "000_7a0b2a9980fedb64.txt").read_text(encoding="utf-8")
    export.write_text(seed, encoding="utf-8")
    assert main(["score", str(export), "--output", str(export)]) == 2
    assert "是输入文件之一" in capsys.readouterr().err
    assert export.read_text(encoding="utf-8") == seed

    # nor an export found in a folder given
    assert main(["score", str(tmp_path), "--output", str(export)]) == 2
    assert "是输入文件之一（或在输入目录中）" in capsys.readouterr().err
    assert export.read_text(encoding="utf-8") == seed


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("r.xlsx", b"PK"),
        ("r.html", b"<!DOCTYPE html>"),
        ("r.json", b"{"),
        ("r.txt", "财政".encode()),
    ],
)
def test_the_output_files_ending_gives_the_format(name: str, starts: bytes, tmp_path: Path) -> None:
    seed = ROOT / "examples" / "000_7a0b2a9980fedb64.txt"
    output = tmp_path / name
    assert main(["score", str(seed), "--output", str(output)]) == 0
    assert output.read_bytes().lstrip(b"\xef\xbb\xbf").startswith(starts)


def test_a_closed_pipe_keeps_the_exit_status(tmp_path: Path) -> None:
    # perftrack check exports | head: an unreadable file must still fail the CI step.
    seed = (ROOT / "examples" / "000_7a0b2a9980fedb64.txt").read_text(encoding="utf-8")
    for index in range(40):
        (tmp_path / f"t{index:02d}.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "z_empty.tsv").write_text("", encoding="utf-8")
    for command in ("check", "score", "read"):
        process = subprocess.Popen(
            [sys.executable, "-m", "perftrack", command, str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert process.stdout is not None
        process.stdout.readline()
        process.stdout.close()  # the reader goes away after one line
        assert process.wait(timeout=120) == 2, command


def test_an_output_redirected_into_the_folder_is_not_read(tmp_path: Path) -> None:
    seed = (ROOT / "examples" / "000_7a0b2a9980fedb64.txt").read_text(encoding="utf-8")
    (tmp_path / "表.txt").write_text(seed, encoding="utf-8")
    with (tmp_path / "结果.txt").open("w", encoding="utf-8") as output:
        status = subprocess.run(
            [sys.executable, "-m", "perftrack", "score", "."],
            cwd=tmp_path,
            stdout=output,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert status.returncode == 0, status.stderr.decode("utf-8", "replace")
    assert "结果.txt" not in (tmp_path / "结果.txt").read_text(encoding="utf-8")


def test_files_after_an_option_join_the_files_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = (ROOT / "examples" / "000_7a0b2a9980fedb64.txt").read_text(encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(seed.replace("两新党建工作", "甲"), encoding="utf-8")
    second.write_text(seed.replace("两新党建工作", "乙"), encoding="utf-8")
    assert main(["read", str(first), "--format", "json", str(second)]) == 0
    tables = json.loads(capsys.readouterr().out)["tables"]
    assert [t["project"]["name"] for t in tables][::2] == ["甲", "乙"]
    assert main(["parse", "1", "--role", "value", "2次"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["1", "2次"]


def test_an_unknown_option_is_the_commands_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["score", "a.txt", "--bogus", "b.txt"])
    assert excinfo.value.code == 2
    assert "perftrack score: error: unrecognized arguments: --bogus" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["score", "read"])
def test_unreadable_files_are_named_on_stderr_in_json_too(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "空.tsv"
    empty.write_text("", encoding="utf-8")
    assert main([command, "--format", "json", str(empty)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"perftrack: {empty}: 文件为空\n"
    assert json.loads(captured.out)["errors"] == [{"file": str(empty), "message": "文件为空"}]


@pytest.mark.parametrize(
    ("as_of", "shown"), [("2024-6-30", "截至 2024-06-30"), ("2024/06/30", "截至 2024-06-30")]
)
def test_as_of_takes_unpadded_and_slashed_dates(
    as_of: str, shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["score", "--as-of", as_of, str(ROOT / "examples" / "000_7a0b2a9980fedb64.txt")]) == 0
    )
    assert shown in capsys.readouterr().out


@pytest.mark.parametrize(
    ("as_of", "message"),
    [
        ("2024-02-30", "--as-of '2024-02-30'：不是有效的日期"),
        ("june", "应为 YYYY-MM-DD 格式的日期"),
    ],
)
def test_a_bad_as_of_says_what_is_wrong(
    as_of: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["score", "--as-of", as_of, str(ROOT / "examples" / "000_7a0b2a9980fedb64.txt")]) == 2
    )
    assert message in capsys.readouterr().err


def test_an_empty_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", ""]) == 2
    assert "文件名为空" in capsys.readouterr().err
