"""cli31: the command line and the batch API on folders of many tables.

M1 ``score_many(jobs=2)`` from a script without a main guard under ``spawn``;
M2 line breaks in file names on one-line outputs; M3 a path with trailing white
space; M4 the docstring examples of the public names run with ``perftrack`` alone;
the cheap LOW items (``--format``/``-o`` mismatch, ``--as-of`` forms, ``parse ""``,
``from_json`` of an incomplete document, ``parse --role rows`` in threes).
"""

from __future__ import annotations

import doctest
import io
import subprocess
import sys
from pathlib import Path

import pytest

import perftrack
from perftrack.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_7a0b2a9980fedb64.txt"


def run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    status = main(args)
    return status, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------------------
# M1: spawned workers that cannot start are one clear error, not every file's


SPAWN_SCRIPT = """\
import multiprocessing
multiprocessing.set_start_method("spawn", force=True)
import perftrack
try:
    result = perftrack.score_many({files!r}, jobs=2)
except perftrack.PerftrackError as exc:
    print("ERROR", exc)
else:
    print("CARDS", len(result.cards), "ERRORS", len(result.errors))
"""

GUARDED_SCRIPT = """\
import multiprocessing
import perftrack

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    result = perftrack.score_many({files!r}, jobs=2)
    print("CARDS", len(result.cards), "ERRORS", len(result.errors))
"""


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        pytest.param(
            SPAWN_SCRIPT,
            "ERROR 工作进程未能启动，没有读取任何文件（BrokenProcessPool: "
            "A process in the process pool was terminated abruptly while the future was "
            "running or pending.）：以 spawn 方式启动进程时（Windows、macOS 的默认），"
            '多进程需在 `if __name__ == "__main__":` 下调用 score_many / read_many；'
            "或用 jobs=1 在本进程中处理\n",
            id="no-main-guard",
        ),
        pytest.param(GUARDED_SCRIPT, "CARDS 4 ERRORS 0\n", id="main-guard"),
    ],
)
def test_spawned_workers_without_a_main_guard_are_one_error(
    script: str, expected: str, tmp_path: Path
) -> None:
    files = []
    for number in range(2):
        copy = tmp_path / f"表{number}.txt"
        copy.write_bytes(SEED.read_bytes())
        files.append(str(copy))
    path = tmp_path / "top_level.py"
    path.write_text(script.format(files=files), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, expected)


# ---------------------------------------------------------------------------
# M2: a line break in a file name is a space on the one-line outputs


@pytest.mark.parametrize(
    ("args", "wanted", "unwanted"),
    [
        pytest.param(["check"], "换行 名.txt:", "换行\n名", id="check-line"),
        pytest.param(["score"], "  来源：{dir}/换行 名.txt 第1张表", "换行\n名", id="score-source"),
        pytest.param(["score", "--format", "csv"], "{dir}/换行 名.txt,", "换行\n名", id="csv-file"),
    ],
)
def test_a_line_break_in_a_file_name_is_a_space(
    args: list[str], wanted: str, unwanted: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "换行\n名.txt").write_bytes(SEED.read_bytes())
    _, out, _ = run([*args, str(tmp_path)], monkeypatch)
    assert (wanted.format(dir=tmp_path) in out, unwanted in out) == (True, False)


def test_a_line_break_in_an_empty_files_name_is_a_space_in_the_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "空\n文件.tsv").write_bytes(b"")
    _, out, _ = run(["score", "--format", "csv", str(tmp_path)], monkeypatch)
    assert out.split("\r\n")[1].split(",")[0] == f"{tmp_path}/空 文件.tsv"


# ---------------------------------------------------------------------------
# M3: a path with white space after its ending is a path


@pytest.mark.parametrize(
    ("given", "message"),
    [
        pytest.param("缺.tsv\n", "文件不存在：“缺.tsv\\n”（路径末尾有空白字符）", id="newline"),
        pytest.param("缺.tsv ", "文件不存在：“缺.tsv ”（路径末尾有空白字符）", id="space"),
        pytest.param("缺.xlsx\r\n", "文件不存在：“缺.xlsx\\r\\n”（路径末尾有空白字符）", id="crlf"),
        pytest.param("缺.tsv", "文件不存在", id="plain"),
    ],
)
def test_a_path_with_trailing_white_space_is_a_missing_file(given: str, message: str) -> None:
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(given)
    assert (caught.value.message, caught.value.file) == (message, given)


@pytest.mark.parametrize(
    "given",
    [
        pytest.param("绩效目标表\n", id="one-line-no-ending"),
        pytest.param("项目名称\t校舍.tsv\n", id="tab"),
        pytest.param("a.tsv\nb.tsv\n", id="two-lines"),
    ],
)
def test_text_is_still_text(given: str) -> None:
    with pytest.raises(perftrack.ReadError, match="这是表格文本"):
        perftrack.read(given)


def test_score_many_reports_a_path_with_a_trailing_newline_as_missing() -> None:
    result = perftrack.score_many(["缺.tsv\n"])
    assert [error.reason for error in result.errors] == [
        "文件不存在：“缺.tsv\\n”（路径末尾有空白字符）"
    ]


# ---------------------------------------------------------------------------
# M4: what help() shows runs with ``import perftrack`` alone


def _docstring_tests() -> list[doctest.DocTest]:
    tests = []
    finder = doctest.DocTestFinder(recurse=True)
    for name in perftrack.__all__:
        obj = getattr(perftrack, name)
        try:
            found = finder.find(obj, name, globs={"perftrack": perftrack})
        except (TypeError, ValueError):  # a constant: no docstring of its own
            continue
        tests.extend(test for test in found if test.examples)
    return tests


@pytest.mark.parametrize("test", _docstring_tests(), ids=lambda test: test.name)
def test_public_docstring_examples_run_with_perftrack_alone(
    test: doctest.DocTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the examples read examples/ of the checkout
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test, out=report.write, clear_globs=True)
    assert result.failed == 0, report.getvalue()


# ---------------------------------------------------------------------------
# LOW


@pytest.mark.parametrize(
    ("output", "warning"),
    [
        pytest.param(
            "r2.json",
            "perftrack: 警告：--output {dir}/r2.json 的扩展名 .json 与 --format csv 不符，"
            "仍按 csv 格式写出\n",
            id="mismatch",
        ),
        pytest.param("r2.csv", "", id="match"),
        pytest.param("r2.out", "", id="unknown-ending"),
    ],
)
def test_a_format_and_an_output_ending_that_disagree_are_warned_of(
    output: str, warning: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / output
    status, _, err = run(["score", str(SEED), "--format", "csv", "-o", str(target)], monkeypatch)
    assert (status, err, target.read_bytes()[:3]) == (
        0,
        warning.format(dir=tmp_path),
        b"\xef\xbb\xbf",
    )


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        pytest.param("2023年8月31日", '"as_of": "2023-08-31"', id="chinese"),
        pytest.param("20230831", '"as_of": "2023-08-31"', id="compact"),
        pytest.param("2023/8/31", '"as_of": "2023-08-31"', id="slashes"),
        pytest.param(
            "2023-08",
            "perftrack: --as-of '2023-08'：应为 YYYY-MM-DD 格式的日期"
            "（也可写作 YYYY/M/D、YYYY年M月D日 或 YYYYMMDD）\n",
            id="month",
        ),
        pytest.param("20231332", "perftrack: --as-of '20231332'：不是有效的日期\n", id="bad-day"),
    ],
)
def test_as_of_takes_the_dates_the_cells_write(
    as_of: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, err = run(["score", str(SEED), "--format", "json", "--as-of", as_of], monkeypatch)
    assert expected in out + err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(["parse", ""], (1, "  error  empty expression\n", ""), id="empty-once"),
        pytest.param(
            ["parse", "--role", "rows", "≥1", "1"],
            (
                2,
                "",
                (
                    "perftrack: 命令行参数: --role rows 按三个一组解析（目标、计划值、实际值），"
                    "共 2 个表达式，最后一组缺 1 个\n"
                ),
            ),
            id="rows-not-threes",
        ),
    ],
)
def test_parse_cases(
    args: list[str], expected: tuple[int, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(args, monkeypatch) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            '{"schema": "perftrack/1"}',
            "perftrack/1 文档不完整（$.tables：缺少必需的字段）",
            id="no-tables",
        ),
        pytest.param(
            '{"tables": []}', "不是 perftrack/1 文档（$.schema：缺少必需的字段）", id="no-schema"
        ),
    ],
)
def test_from_json_of_an_incomplete_document(text: str, message: str) -> None:
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.from_json(text)
    assert caught.value.message == message
