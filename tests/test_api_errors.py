"""Wrong arguments from a notebook get errors that say what to pass (never a raw AttributeError)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import perftrack

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"


def _table() -> perftrack.Table:
    return perftrack.read(SEED)[0]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: perftrack.read(None), TypeError, "takes a path, bytes or a binary file object"),
        (lambda: perftrack.read(3.5), TypeError, "not float"),
        (
            lambda: perftrack.read("项目名称\t甲\n一级指标\t三级指标"),
            perftrack.ReadError,
            "这是表格文本（“项目名称\t甲…”），不是文件路径：文本请用 perftrack.read_text(text)",
        ),
        (lambda: perftrack.read_text(b"x"), TypeError, "not bytes: use read()"),
        (lambda: perftrack.parse_target(float("nan")), TypeError, "not float nan (pandas"),
        (lambda: perftrack.parse_value(100), TypeError, "parse_value takes the text of a cell"),
        # a number from Excel gets the advice for numbers, not pandas' NaN hint
        (
            lambda: perftrack.parse_target(90),
            TypeError,
            "not int 90 (a number read from Excel: pass str(x)",
        ),
        (lambda: perftrack.parse_value(None), TypeError, "not NoneType None (an empty cell is '')"),
        (
            lambda: perftrack.Policy(as_of=20231231),
            perftrack.PolicyError,
            "as_of 应为日期（YYYY-MM-DD",
        ),
        (lambda: perftrack.Policy(as_of="next week"), perftrack.PolicyError, "不是 'next week'"),
        (lambda: perftrack.score("表.xlsx"), TypeError, "score takes a Table"),
        (lambda: perftrack.score(_table(), policy=3), TypeError, "Policy.hubei()"),
        (lambda: perftrack.from_json("x"), perftrack.ReadError, "不是 JSON 文本"),
        (lambda: perftrack.from_json("{}"), perftrack.ReadError, "不是 perftrack 写出的对象"),
        # JSON that is no object: a perftrack error naming what it got, no AttributeError
        (lambda: perftrack.from_json('"abc"'), perftrack.ReadError, '应为 JSON 对象，而不是 "abc"'),
        (lambda: perftrack.from_json("[1, 2]"), perftrack.ReadError, "应为 JSON 对象，而不是 1"),
        (
            lambda: perftrack.from_json('[{"kind": "error", "text": "≥"}]'),
            perftrack.ReadError,
            "unknown target kind 'error'",
        ),
    ],
)
def test_wrong_arguments(call: Callable[[], object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as excinfo:
        call()
    assert message in str(excinfo.value)


def test_the_batch_results_plug_into_reports_and_frames(tmp_path: Path) -> None:
    from perftrack.batch import score_many  # noqa: PLC0415
    from perftrack.reports import render  # noqa: PLC0415

    (tmp_path / "表.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "空.tsv").write_text("", encoding="utf-8")
    result = score_many(tmp_path)
    markdown = render(result.cards, result.errors, "markdown")
    assert any(line.endswith("空.tsv | 文件为空 |") for line in markdown.splitlines()), markdown[
        -300:
    ]
    pytest.importorskip("pandas")
    frame = perftrack.to_frame(result)
    assert frame["project"].unique().tolist() == ["两新党建工作", "社区党群服务中心工作"]


def test_to_json_of_batch_results_is_the_commands_document(tmp_path: Path) -> None:
    # report3 M2: to_json(score_many(...)) wrote the raw attrs structure, which no
    # document describes and from_json refused; it is now what the command writes
    import json  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    (tmp_path / "表.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "空.tsv").write_text("", encoding="utf-8")
    scored = perftrack.score_many([tmp_path])
    document = json.loads(perftrack.to_json(scored))
    assert document["schema"] == "perftrack/1"
    assert document["errors"] == [{"file": str(tmp_path / "空.tsv"), "message": "文件为空"}]
    assert [table["project"]["name"] for table in document["tables"]] == [
        "两新党建工作",
        "社区党群服务中心工作",
    ]
    command = [sys.executable, "-m", "perftrack", "score", str(tmp_path), "--format", "json"]
    printed = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    assert json.loads(printed) == document
    assert perftrack.from_json(perftrack.to_json(scored)) == scored.cards
    read = json.loads(perftrack.to_json(perftrack.read_many([tmp_path])))
    assert read["errors"] == document["errors"]
    assert "verdicts" not in read["tables"][0]
