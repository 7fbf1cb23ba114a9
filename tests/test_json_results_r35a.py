"""r35a: ``from_json(text, BatchResult)`` / ``from_json(text, ScoreResult)``.

The document of ``read_many`` / ``score_many`` (and of ``perftrack read`` /
``perftrack score --format json``) carries the failed files as ``errors``; the
results are rebuilt from it with those errors (``files`` and ``skipped``, which the
document does not carry, are ``()``). A bad ``errors`` entry is a ``ReadError``
naming its path; what a score document holds computed from its tables is not read.
"""

from __future__ import annotations

import io
import json
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

import perftrack
from perftrack import BatchResult, FileError, ReadError, Scorecard, ScoreResult, Table
from perftrack.cli import main
from perftrack.serialization import from_json, to_json

if typing.TYPE_CHECKING:
    from collections.abc import Callable

ROWS = [
    ["项目支出绩效自评表"],
    ["（2025年度）"],
    ["项目名称", "测试项目"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "100.00", "100.00", "80.00", "10", "80%", "8"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50"],
    ["效益指标", "社会效益指标", "群众满意度", "≥90%", "85%", "40", "40"],
]

EMPTY_ERROR = FileError("空.tsv", "空.tsv: 文件为空")


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """A 自评表 that scores with points, and an empty file: relative names in *tmp_path*."""
    monkeypatch.chdir(tmp_path)
    Path("自评表.tsv").write_text("\n".join("\t".join(row) for row in ROWS) + "\n", "utf-8")
    Path("空.tsv").write_bytes(b"")
    return "自评表.tsv", "空.tsv"


# ---------------------------------------------------------------------------
# Typing: the results are typed as themselves, whatever the count


def _overloads() -> list[tuple[object, object]]:
    hints = [typing.get_type_hints(each) for each in typing.get_overloads(from_json)]
    return [(hint["kind"], hint["return"]) for hint in hints]


@pytest.mark.parametrize("kind", [BatchResult, ScoreResult], ids=["batch", "score"])
def test_results_typed_as_themselves(kind: type) -> None:
    assert [returned for given, returned in _overloads() if given == type[kind]] == [kind]


# ---------------------------------------------------------------------------
# Round trips of real results


@pytest.mark.parametrize(
    ("run", "kind", "with_empty"),
    [
        pytest.param(perftrack.read_many, BatchResult, False, id="read-no-errors"),
        pytest.param(perftrack.read_many, BatchResult, True, id="read-with-error"),
        pytest.param(perftrack.score_many, ScoreResult, False, id="score-no-errors"),
        pytest.param(perftrack.score_many, ScoreResult, True, id="score-with-error"),
    ],
)
def test_result_round_trip(
    files: tuple[str, str], run: Callable[[list[str]], Any], kind: type, *, with_empty: bool
) -> None:
    good, empty = files
    result = run([good, empty] if with_empty else [good])
    assert result.errors == ((EMPTY_ERROR,) if with_empty else ())
    assert result.files == ((good, empty) if with_empty else (good,))
    text = to_json(result)
    again = from_json(text, kind)
    assert type(again) is kind
    assert again == attrs.evolve(result, files=(), skipped=())
    assert again.errors == result.errors
    assert to_json(again) == text


def test_round_trip_keeps_the_points_of_a_scored_table(files: tuple[str, str]) -> None:
    result = perftrack.score_many(list(files))
    again = from_json(to_json(result), ScoreResult)
    (card,) = again.cards
    assert card.points is not None
    assert (card.points.total, card.points.grade) == (result.cards[0].points.total, "优")
    assert str(card.points.total) == "95.78"


def test_the_other_result_of_a_document(files: tuple[str, str]) -> None:
    """A score document gives its tables as read; a read document its tables scored."""
    scored = perftrack.score_many(list(files))
    read = perftrack.read_many(list(files))
    assert from_json(to_json(scored), BatchResult) == attrs.evolve(read, files=())
    # a read document names no policy: its tables are scored with the default one
    assert from_json(to_json(read), ScoreResult) == attrs.evolve(scored, files=())


def test_no_table_and_no_error() -> None:
    for kind, empty in ((BatchResult, BatchResult((), ())), (ScoreResult, ScoreResult((), ()))):
        assert from_json(to_json(empty), kind) == empty


@pytest.mark.parametrize(
    ("written", "rebuilt"),
    [
        pytest.param(EMPTY_ERROR, EMPTY_ERROR, id="as-perftrack-writes-it"),
        pytest.param(
            FileError("a.txt", "a.txt: 第3行: 不是表格"),
            FileError("a.txt", "a.txt: 第3行: 不是表格"),
            id="where-kept-in-the-reason",
        ),
        pytest.param(
            FileError("a\nb.txt", "a\\nb.txt: 文件为空"),
            FileError("a\nb.txt", "a\\nb.txt: 文件为空"),
            id="line-break-escaped-as-readerror-prints-it",
        ),
        pytest.param(
            FileError("a\nb.txt", "a\nb.txt: 文件为空"),
            FileError("a\nb.txt", "a\\nb.txt: 文件为空"),
            id="line-break-unescaped-comes-back-escaped",
        ),
        pytest.param(
            FileError("a.txt", "文件为空"),
            FileError("a.txt", "a.txt: 文件为空"),
            id="message-without-the-file-gets-it-first",
        ),
    ],
)
def test_file_error_rebuilt(written: FileError, rebuilt: FileError) -> None:
    for kind in (BatchResult, ScoreResult):
        result = kind((), (written, EMPTY_ERROR))
        again = from_json(to_json(result), kind)
        assert again.errors == (rebuilt, EMPTY_ERROR)
        assert again.errors[0].reason == written.reason


# ---------------------------------------------------------------------------
# The command line's documents


def _cli(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    return main(args), out.getvalue()


@pytest.mark.parametrize(
    ("command", "kind", "run", "with_empty", "status", "errors"),
    [
        pytest.param("read", BatchResult, perftrack.read_many, False, 0, [], id="read-ok"),
        pytest.param(
            "read",
            BatchResult,
            perftrack.read_many,
            True,
            2,
            [{"file": "空.tsv", "message": "文件为空"}],
            id="read-error",
        ),
        pytest.param("score", ScoreResult, perftrack.score_many, False, 0, [], id="score-ok"),
        pytest.param(
            "score",
            ScoreResult,
            perftrack.score_many,
            True,
            2,
            [{"file": "空.tsv", "message": "文件为空"}],
            id="score-error",
        ),
    ],
)
def test_command_document_reloads(  # noqa: PLR0913 - one row of the table each
    files: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    kind: type,
    run: Callable[[list[str]], Any],
    *,
    with_empty: bool,
    status: int,
    errors: list[dict[str, str]],
) -> None:
    paths = list(files) if with_empty else [files[0]]
    code, out = _cli([command, "--format", "json", *paths], monkeypatch)
    assert code == status
    data = json.loads(out)
    assert list(data) == ["schema", "generator", "errors", "tables"]
    assert data["errors"] == errors
    assert len(data["tables"]) == 1
    assert ("as_of" in data["tables"][0]) is (command == "score")
    again = from_json(out, kind)
    assert again == attrs.evolve(run(paths), files=())
    assert to_json(again) + "\n" == out


# ---------------------------------------------------------------------------
# Malformed errors: a ReadError naming the path


def _document() -> dict[str, Any]:
    return json.loads(to_json(BatchResult((), (EMPTY_ERROR,))))


MISSING = object()


@pytest.mark.parametrize(
    ("errors", "detail"),
    [
        pytest.param(MISSING, "$.errors：缺少必需的字段", id="missing"),
        pytest.param(None, "$.errors：应为数组，不是 null", id="null"),
        pytest.param({"file": "a"}, "$.errors：应为数组，不是 对象", id="object"),
        pytest.param("空.tsv", '$.errors：应为数组，不是 "空.tsv"', id="string"),
        pytest.param([1], "$.errors[0]：应为 JSON 对象，不是 1", id="entry-number"),
        pytest.param(
            ["空.tsv: 文件为空"],
            '$.errors[0]：应为 JSON 对象，不是 "空.tsv: 文件为空"',
            id="entry-line",
        ),
        pytest.param([[]], "$.errors[0]：应为 JSON 对象，不是 数组", id="entry-array"),
        pytest.param([{"message": "文件为空"}], "$.errors[0].file：缺少必需的字段", id="no-file"),
        pytest.param([{"file": "a"}], "$.errors[0].message：缺少必需的字段", id="no-message"),
        pytest.param(
            [{"file": None, "message": "文件为空"}],
            "$.errors[0].file：应为字符串，不是 null",
            id="file-null",
        ),
        pytest.param(
            [{"file": "a", "message": "ok"}, {"file": "b", "message": 3}],
            "$.errors[1].message：应为字符串，不是 3",
            id="second-message-number",
        ),
        pytest.param(
            [{"file": ["a"], "message": "文件为空"}],
            "$.errors[0].file：应为字符串，不是 数组",
            id="file-array",
        ),
    ],
)
@pytest.mark.parametrize("kind", [BatchResult, ScoreResult], ids=["batch", "score"])
def test_malformed_errors(kind: type, errors: object, detail: str) -> None:
    data = _document()
    if errors is MISSING:
        del data["errors"]
    else:
        data["errors"] = errors
    with pytest.raises(ReadError) as caught:
        from_json(json.dumps(data, ensure_ascii=False), kind)
    assert str(caught.value) == f"perftrack/1 文档不完整或有误（{detail}）"


@pytest.mark.parametrize("kind", [Table, Scorecard, tuple], ids=["table", "scorecard", "tuple"])
def test_other_kinds_do_not_read_the_errors(kind: object) -> None:
    data = _document()
    data["errors"] = "not a list"
    assert from_json(json.dumps(data), kind) == ()


def test_an_added_key_of_an_entry_is_passed_over() -> None:
    data = _document()
    data["errors"][0]["code"] = "empty"
    assert from_json(json.dumps(data), BatchResult) == BatchResult((), (EMPTY_ERROR,))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("[]", "不是 perftrack/1 文档（$：应为 JSON 对象，不是 数组）", id="array"),
        pytest.param('"x"', '不是 perftrack/1 文档（$：应为 JSON 对象，不是 "x"）', id="string"),
        pytest.param("{}", "不是 perftrack/1 文档（$.schema：缺少必需的字段）", id="empty-object"),
        pytest.param(
            '{"errors": []}', "不是 perftrack/1 文档（$.schema：缺少必需的字段）", id="no-schema"
        ),
        pytest.param(
            '{"schema": "perftrack/0", "errors": []}',
            '不是 perftrack/1 文档（$.schema：应为 "perftrack/1"，不是 "perftrack/0"）',
            id="other-schema",
        ),
        pytest.param(
            '{"schema": "perftrack/1", "errors": []}',
            "perftrack/1 文档不完整（$.tables：缺少必需的字段）",
            id="no-tables",
        ),
        pytest.param(
            '{"tables": [], "errors": []}',
            "不是 perftrack/1 文档（$.schema：缺少必需的字段）",
            id="tables-no-schema",
        ),
    ],
)
@pytest.mark.parametrize("kind", [BatchResult, ScoreResult], ids=["batch", "score"])
def test_no_document_is_no_result(kind: type, text: str, message: str) -> None:
    with pytest.raises(ReadError) as caught:
        from_json(text, kind)
    assert str(caught.value) == message


# ---------------------------------------------------------------------------
# A score document's computed fields are not read: the tables are scored again


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param(("points", "total"), "100.00", id="points-total"),
        pytest.param(("points", "grade"), "差", id="points-grade"),
        pytest.param(("points", "items", 1, "points"), "40.00", id="points-item"),
        pytest.param(("budget", 0, "rate_recomputed"), "100.00", id="rate-recomputed"),
        pytest.param(("budget", 0, "rate_recomputed_exact"), "100", id="rate-recomputed-exact"),
        pytest.param(("budget", 0, "denominator"), "initial", id="denominator"),
        pytest.param(("indicators", 1, "attainment"), "met", id="attainment"),
        pytest.param(("indicators", 1, "explanation"), "已完成", id="explanation"),
        pytest.param(("time_progress",), "50.00", id="time-progress"),
        pytest.param(("findings",), [], id="findings-dropped"),
        pytest.param(("points",), None, id="points-null"),
    ],
)
def test_computed_fields_are_recomputed_not_read(
    files: tuple[str, str], path: tuple[str | int, ...], value: object
) -> None:
    result = perftrack.score_many(list(files))
    text = to_json(result)
    data = json.loads(text)
    place: Any = data["tables"][0]
    for key in path[:-1]:
        place = place[key]
    assert place[path[-1]] != value
    place[path[-1]] = value
    edited = json.dumps(data, ensure_ascii=False)
    again = from_json(edited, ScoreResult)
    assert again == attrs.evolve(result, files=())
    # what perftrack computes, not the edited figure
    assert to_json(again) == text
