"""File names that are not UTF-8 (the GBK bytes unzip leaves): shown decoded, never crash.

A zip made on Windows keeps its names in GBK; ``unzip`` on Linux writes those
bytes as they are, and Python sees lone surrogates. perftrack opens the file by
its real name and shows and stores the name decoded (``source.file``,
``where.file``, ``errors[].file``), so that every output stays valid UTF-8.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import perftrack
from perftrack._errors import ReadError, display_name
from perftrack.batch import read_many, score_many
from perftrack.checking import in_input_order
from perftrack.cli import main

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"


def escaped(raw: bytes) -> str:
    """A name as Python sees it when its bytes on disk are *raw*."""
    return raw.decode("utf-8", "surrogateescape")


GBK_NAME = escaped("跟踪表.txt".encode("gbk"))  # b"\xb8\xfa\xd7\xd9\xb1\xed.txt"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a.txt", "a.txt"),
        ("表格/跟踪表.txt", "表格/跟踪表.txt"),
        (GBK_NAME, "跟踪表.txt"),
        ("batch_gbk/" + GBK_NAME, "batch_gbk/跟踪表.txt"),
        # a folder named in UTF-8 holding a file named in GBK: each part decoded alone
        ("绩效表/" + GBK_NAME, "绩效表/跟踪表.txt"),
        (escaped("财政局".encode("gbk")) + "/" + GBK_NAME, "财政局/跟踪表.txt"),
        # GB18030 beyond GBK
        (escaped("项目€.txt".encode("gb18030")), "项目€.txt"),
        # bytes that are no GB18030 either (Latin-1 café): replaced, the rest kept
        ("b/" + escaped(b"caf\xe9.txt"), "b/caf\ufffd.txt"),
        # a surrogate that stands for no byte
        ("x\ud800.txt", "x?.txt"),
    ],
)
def test_display_name(name: str, shown: str) -> None:
    assert display_name(name) == shown
    display_name(name).encode("utf-8")


def test_a_read_error_names_the_file_decoded() -> None:
    assert str(ReadError("文件为空", file="d/" + GBK_NAME)) == "d/跟踪表.txt: 文件为空"


@pytest.fixture
def gbk_folder(tmp_path: Path) -> Path:
    """A folder holding the seed under a GBK name, and an empty file under another."""
    folder = tmp_path / "batch_gbk"
    folder.mkdir()
    try:
        (folder / GBK_NAME).write_bytes(SEED.read_bytes())
        (folder / escaped("空表.txt".encode("gbk"))).write_bytes(b"")
    except (OSError, UnicodeError):  # a file system that takes UTF-8 names only
        pytest.skip("this file system refuses names that are not UTF-8")
    return folder


def test_read_opens_the_real_name_and_shows_the_decoded_one(gbk_folder: Path) -> None:
    path = gbk_folder / GBK_NAME
    for source in (path, str(path)):
        tables = perftrack.read(source)
        assert [table.source.file for table in tables] == [str(gbk_folder / "跟踪表.txt")] * 2
    with path.open("rb") as stream:
        assert perftrack.read(stream)[0].source.file == str(gbk_folder / "跟踪表.txt")
    perftrack.to_json(perftrack.score(tables[0])).encode("utf-8")


def test_batches_name_files_decoded_and_keep_the_real_paths(gbk_folder: Path) -> None:
    result = score_many([gbk_folder])
    assert {card.table.source.file for card in result.cards} == {str(gbk_folder / "跟踪表.txt")}
    assert [(error.file, error.message) for error in result.errors] == [
        (str(gbk_folder / "空表.txt"), f"{gbk_folder / '空表.txt'}: 文件为空")
    ]
    assert [error.as_dict()["message"] for error in result.errors] == ["文件为空"]
    # ``files`` are the paths found, to open again
    assert sorted(result.files) == sorted(str(path) for path in gbk_folder.iterdir())
    assert all(Path(file).exists() for file in result.files)
    perftrack.to_json(result).encode("utf-8")
    perftrack.to_json(read_many([gbk_folder])).encode("utf-8")


def test_a_missing_file_under_a_gbk_name_is_named_decoded(tmp_path: Path) -> None:
    [error] = read_many([tmp_path / GBK_NAME]).errors
    assert error.file == str(tmp_path / "跟踪表.txt")
    assert error.as_dict()["message"] == "文件不存在"


def test_unreadable_files_keep_their_place_in_the_order_given(gbk_folder: Path) -> None:
    empty = str(gbk_folder / escaped("空表.txt".encode("gbk")))
    result = score_many([empty, SEED])
    entries = in_input_order([], result.errors, paths=[empty, str(SEED)], files=result.files)
    assert [entry.file for entry in entries] == [str(gbk_folder / "空表.txt")]


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html", "csv", "xlsx", "review"])
def test_every_output_format_writes_a_gbk_named_file(
    gbk_folder: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"out.{fmt}"
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")
    status = main(["score", "--format", fmt, "--output", str(target), str(gbk_folder)])
    assert status == 2  # the empty file
    assert "内部错误" not in capsys.readouterr().err
    if fmt != "xlsx":
        assert "空表.txt" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["score", "check", "read"])
def test_json_on_standard_output_is_valid_utf8(gbk_folder: Path, command: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "perftrack", command, "--format", "json", str(gbk_folder)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # strict: the bytes must be UTF-8
    assert "跟踪表.txt" in text
    data = json.loads(text)
    if command != "check":
        assert {error["file"] for error in data["errors"]} == {str(gbk_folder / "空表.txt")}
