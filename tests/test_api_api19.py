"""The library user's API (api19): naming inputs read from memory, one meaning of
``message``, text given for a path, empty documents, policy knobs checked, lazy
submodules, and the edge cases of ``read``'s input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
import jsonschema
import pytest

import perftrack
from perftrack import FileError, Policy, PolicyError, ReadError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

ROWS = [
    ["项目支出绩效自评表"],
    ["项目名称", "农村公路养护补助"],
    ["主管部门", "某县交通运输局", "", "实施单位", "某县公路事务中心"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "300.00", "300.00", "270.00", "10", "90.00%", "9"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "50", "50", ""],
    ["效益指标", "社会效益指标", "路况优良率", "≥80%", "85%", "30", "30", ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""],
]


def tsv(project: str = "农村公路养护补助") -> str:
    rows = [list(row) for row in ROWS]
    rows[1][1] = project
    return "\n".join("\t".join(row) for row in rows) + "\n"


# ---------------------------------------------------------------------------
# M1: name= names an input read from memory


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(
            lambda: perftrack.read(tsv().encode(), name="上传/公路.tsv"),
            "上传/公路.tsv",
            id="bytes",
        ),
        pytest.param(
            lambda: perftrack.read(memoryview(tsv().encode()), name="m.tsv"),
            "m.tsv",
            id="memoryview",
        ),
        pytest.param(lambda: perftrack.read_text(tsv(), name="文本.tsv"), "文本.tsv", id="text"),
        pytest.param(lambda: perftrack.read(tsv().encode()), None, id="bytes-unnamed"),
        pytest.param(lambda: perftrack.read_text(tsv()), None, id="text-unnamed"),
    ],
)
def test_name_is_the_source_file(
    call: Callable[[], tuple[perftrack.Table, ...]], expected: str | None
) -> None:
    assert [table.source.file for table in call()] == [expected]


def test_name_replaces_a_path_and_a_file_objects_name(tmp_path: Path) -> None:
    path = tmp_path / "导出.tsv"
    path.write_text(tsv(), encoding="utf-8")
    with path.open("rb") as handle:
        from_object = perftrack.read(handle, name="对象.tsv")[0].source.file
    assert (perftrack.read(path, name="路径.tsv")[0].source.file, from_object) == (
        "路径.tsv",
        "对象.tsv",
    )


@pytest.mark.parametrize(
    ("call", "error", "text"),
    [
        pytest.param(
            lambda: perftrack.read(b"abc\tdef\n", name="上传.tsv"),
            ReadError,
            "上传.tsv: 未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）",
            id="errors-name-it",
        ),
        pytest.param(
            lambda: perftrack.read(tsv().encode(), name=" "),
            ReadError,
            "name= 不能为空（请给出输入的名称，或省略 name=）",
            id="blank",
        ),
        pytest.param(
            lambda: perftrack.read(tsv().encode(), name=3),
            TypeError,
            "name= takes a str (the input's name), not int",
            id="not-text",
        ),
    ],
)
def test_name_errors(call: Callable[[], object], error: type[Exception], text: str) -> None:
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == text


def test_frame_ids_are_unique_when_inputs_are_named() -> None:
    pytest.importorskip("pandas")
    tables = [
        perftrack.read(tsv(name).encode(), name=f"{name}.tsv")[0] for name in ("公路甲", "公路乙")
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = perftrack.to_frame(tables)
    assert int(frame.duplicated(["file", "sheet", "table", "indicator"]).sum()) == 0


def test_frame_of_unnamed_tables_warns() -> None:
    pytest.importorskip("pandas")
    tables = [perftrack.read(tsv(name).encode())[0] for name in ("公路甲", "公路乙")]
    with pytest.warns(UserWarning, match="to_frame：2 张不同的表没有文件名") as caught:
        perftrack.to_frame(tables)
    assert [str(w.message) for w in caught] == [
        (
            "to_frame：2 张不同的表没有文件名（从内存读取）且工作表、序号相同，"
            "file、sheet、table 三列无法区分它们：读取时请用 "
            "perftrack.read(..., name=...) 或 read_text(..., name=...) 为每个输入命名"
        )
    ]


def test_frame_of_one_unnamed_table_and_its_card_does_not_warn() -> None:
    pytest.importorskip("pandas")
    table = perftrack.read_text(tsv())[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = perftrack.to_frame([table])
    assert len(frame) == 3


# ---------------------------------------------------------------------------
# M4: an empty sequence is a document


@pytest.mark.parametrize("empty", [pytest.param([], id="list"), pytest.param((), id="tuple")])
def test_empty_sequence_is_a_document(empty: list[object] | tuple[object, ...]) -> None:
    text = perftrack.to_json(empty)
    data = json.loads(text)
    jsonschema.validate(data, perftrack.json_schema())
    assert (data["schema"], data["errors"], data["tables"], perftrack.from_json(text)) == (
        "perftrack/1",
        [],
        [],
        (),
    )


# ---------------------------------------------------------------------------
# M5, L1: policy knobs


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: Policy(exceed_ratio=0),
            "exceed_ratio 应为大于 1 的倍数（实际值/指标值，如 1.2），不是 0",
            id="ratio-0",
        ),
        pytest.param(
            lambda: Policy(exceed_ratio="0.5"),
            "exceed_ratio 应为大于 1 的倍数（实际值/指标值，如 1.2），不是 '0.5'",
            id="ratio-half",
        ),
        pytest.param(
            lambda: Policy(exceed_ratio=1),
            "exceed_ratio 应为大于 1 的倍数（实际值/指标值，如 1.2），不是 1",
            id="ratio-1",
        ),
        pytest.param(
            lambda: Policy(qualitative_bands=((60, 0), (80, 60), (100, 80))),
            "qualitative_bands 应按 达成、部分达成、未达成 从高到低排列，各档不重叠"
            "（如 ((100, 80), (80, 60), (60, 0))），不是 ((60, 0), (80, 60), (100, 80))",
            id="bands-reversed",
        ),
        pytest.param(
            lambda: Policy(qualitative_bands=((100, 70), (80, 60), (60, 0))),
            "qualitative_bands 应按 达成、部分达成、未达成 从高到低排列，各档不重叠"
            "（如 ((100, 80), (80, 60), (60, 0))），不是 ((100, 70), (80, 60), (60, 0))",
            id="bands-overlap",
        ),
        pytest.param(
            lambda: Policy.from_mapping({"qualitative_bands": [[60, 0], [80, 60], [100, 80]]}),
            "policy: 设置 qualitative_bands = [[60, 0], [80, 60], [100, 80]] 无效"
            "（应按 达成、部分达成、未达成 从高到低排列，各档不重叠"
            "（如 [[100, 80], [80, 60], [60, 0]]））",
            id="bands-reversed-mapping",
        ),
        pytest.param(
            lambda: Policy().with_words("accuracy", ""),
            "with_words 的词语应为非空文本，不是 ''",
            id="empty-word",
        ),
        pytest.param(
            lambda: Policy().with_words("accuracy", "无误", 3),
            "with_words 的词语应为非空文本，不是 3",
            id="word-not-text",
        ),
        pytest.param(
            lambda: Policy().with_words("", "无误"),
            "with_words 的词族名应为非空文本，不是 ''",
            id="empty-family",
        ),
    ],
)
def test_unusable_knobs_are_refused(build: Callable[[], Policy], message: str) -> None:
    with pytest.raises(PolicyError) as caught:
        build()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("ratio", "band", "expected"),
    [
        pytest.param("1.01", None, Decimal("1.01"), id="ratio-just-above-1"),
        pytest.param(
            None,
            ((100, 90), (85, 60), (50, 0)),
            ((Decimal(100), Decimal(90)), (Decimal(85), Decimal(60)), (Decimal(50), Decimal(0))),
            id="bands-with-gaps",
        ),
    ],
)
def test_usable_knobs_are_kept(ratio: str | None, band: object, expected: object) -> None:
    policy = Policy(exceed_ratio=ratio) if ratio is not None else Policy(qualitative_bands=band)
    assert (policy.exceed_ratio if ratio is not None else policy.qualitative_bands) == expected


@pytest.mark.parametrize(
    ("family", "warned"),
    [
        pytest.param(
            "acuracy",
            ["with_words：没有名为 'acuracy' 的词族，已新建（是否想写 'accuracy'？）"],
            id="misspelt",
        ),
        pytest.param("我的词族", [], id="new-family-on-purpose"),
        pytest.param("accuracy", [], id="known"),
    ],
)
def test_a_misspelt_family_warns(family: str, warned: list[str]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        policy = Policy().with_words(family, "无误")
    assert ([str(w.message) for w in caught], policy.family(family).words[-1]) == (warned, "无误")


# ---------------------------------------------------------------------------
# M2: message, reason, str and repr


def test_file_error_and_read_error_say_the_same() -> None:
    error = perftrack.read_many(["不存在/甲.tsv"]).errors[0]
    with pytest.raises(ReadError) as caught:
        perftrack.read("不存在/甲.tsv")
    read_error = caught.value
    assert (
        error.reason,
        read_error.message,
        str(error),
        str(read_error),
        error.message,
        error.as_dict(),
        repr(read_error),
    ) == (
        "文件不存在",
        "文件不存在",
        "不存在/甲.tsv: 文件不存在",
        "不存在/甲.tsv: 文件不存在",
        "不存在/甲.tsv: 文件不存在",
        {"file": "不存在/甲.tsv", "message": "文件不存在"},
        "ReadError('文件不存在', file='不存在/甲.tsv')",
    )


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        pytest.param(ReadError("不是表格"), "ReadError('不是表格')", id="bare"),
        pytest.param(
            ReadError("不是表格", file="a.txt", where="第3行"),
            "ReadError('不是表格', file='a.txt', where='第3行')",
            id="file-and-where",
        ),
    ],
)
def test_read_error_repr(error: ReadError, expected: str) -> None:
    assert repr(error) == expected


def test_file_error_reason_of_an_error_built_by_hand() -> None:
    assert FileError("坏.xlsx", "另一种说法").reason == "另一种说法"


# ---------------------------------------------------------------------------
# M3: table text given for a path, a path given for table text

TEXT_NOT_PATH = (
    "这是表格文本（“项目支出绩效自评表…”），不是文件路径：文本请用 perftrack.read_text(text)"
)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: perftrack.read(tsv()), id="read"),
        pytest.param(lambda: perftrack.read_many(tsv()), id="read_many"),
        pytest.param(lambda: perftrack.score_many(tsv()), id="score_many"),
        pytest.param(lambda: perftrack.read_many([tsv()]), id="read_many-list"),
        pytest.param(lambda: perftrack.score_many(["x.tsv", tsv()]), id="score_many-list"),
    ],
)
def test_text_given_for_a_path(call: Callable[[], object]) -> None:
    with pytest.raises(ReadError) as caught:
        call()
    assert (str(caught.value), caught.value.file) == (TEXT_NOT_PATH, None)


def test_a_file_whose_name_holds_a_tab_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "甲\t乙.tsv"
    path.write_text(tsv(), encoding="utf-8")
    result = perftrack.read_many([str(path)])
    assert ([t.project.name for t in result.tables], result.errors) == (["农村公路养护补助"], ())


def test_path_given_to_read_text(tmp_path: Path) -> None:
    path = tmp_path / "导出.tsv"
    path.write_text(tsv(), encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        perftrack.read_text(str(path))
    assert str(caught.value) == (
        f"这是文件路径（{path}），不是表格文本：文件请用 perftrack.read(path)"
    )


# ---------------------------------------------------------------------------
# L6: submodules as attributes; L4: the Scorecard repr


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param(
            "import perftrack; perftrack.Policy.hubei(); "
            "from decimal import Decimal; print(perftrack.scoring.show(Decimal('1.005')))",
            "1.01",
            id="scoring",
        ),
        pytest.param(
            "import perftrack; print(perftrack.reports.__name__)",
            "perftrack.reports",
            id="reports",
        ),
        pytest.param(
            "import sys, perftrack; print(sorted(m for m in sys.modules if m.startswith('perftrack')))",
            "['perftrack', 'perftrack._version']",
            id="import-does-no-work",
        ),
    ],
)
def test_submodules_are_attributes(code: str, expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == expected


def test_scorecard_repr_without_verdicts() -> None:
    table = perftrack.read_text(tsv())[0]
    card = perftrack.score(attrs.evolve(table, indicators=()))
    assert repr(card) == "<Scorecard '农村公路养护补助' as_of=None findings=0>"


# ---------------------------------------------------------------------------
# L7, L8, L10: read's input edge cases and messages


def test_memoryview_reads_as_bytes() -> None:
    assert perftrack.read(memoryview(tsv().encode())) == perftrack.read(tsv().encode())


def _closed(path: Path) -> object:
    handle = path.open("rb")
    handle.close()
    return handle


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(
            os.fsencode,
            "传入的字节是文件路径（{path}），不是文件内容：路径请以 str 或 Path 传入（os.fsdecode(path)）",
            id="bytes-path",
        ),
        pytest.param(
            _closed,
            "{path}: 文件对象已关闭：请在 with open(...) 块内读取，或重新打开文件",
            id="closed-file",
        ),
    ],
)
def test_read_input_mistakes(tmp_path: Path, make: Callable[[Path], object], expected: str) -> None:
    path = tmp_path / "导出.tsv"
    path.write_text(tsv(), encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        perftrack.read(make(path))  # type: ignore[arg-type]
    assert str(caught.value) == expected.format(path=path)


def test_a_file_object_is_read_from_where_it_stands(tmp_path: Path) -> None:
    path = tmp_path / "导出.tsv"
    path.write_bytes(b"\xef\xbb\xbf" + tsv().encode())
    with path.open("rb") as handle:
        handle.seek(3)  # past the byte order mark: the rest is the table
        assert [t.project.name for t in perftrack.read(handle)] == ["农村公路养护补助"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("{bad", "不是 JSON 文本（第1行第2列：此处应为加双引号的属性名）", id="name"),
        pytest.param("[1,]", "不是 JSON 文本（第1行第4列：此处应为一个值）", id="value"),
        pytest.param(
            '{"a": 1} x', "不是 JSON 文本（第1行第10列：JSON 之后还有多余内容）", id="extra"
        ),
    ],
)
def test_json_errors_in_chinese(text: str, expected: str) -> None:
    with pytest.raises(ReadError) as caught:
        perftrack.from_json(text)
    assert str(caught.value) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            b"<p>not a table</p>\n",
            "甲.docx: 不是有效的 docx 文件（不是 zip 压缩包，可能已损坏或只是改了扩展名）；"
            "按文本读取：未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）",
            id="text-under-docx",
        ),
        pytest.param(b"", "甲.docx: 文件为空", id="empty-stays-empty"),
    ],
)
def test_docx_that_is_no_zip(data: bytes, expected: str) -> None:
    with pytest.raises(ReadError) as caught:
        perftrack.read(data, name="甲.docx")
    assert str(caught.value) == expected


# ---------------------------------------------------------------------------
# L2: a folder in exclude=


def test_a_folder_in_exclude_is_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "导出"
    (folder / "旧版").mkdir(parents=True)
    (folder / "甲.tsv").write_text(tsv("公路甲"), encoding="utf-8")
    (folder / "旧版" / "乙.tsv").write_text(tsv("公路乙"), encoding="utf-8")
    result = perftrack.score_many(str(folder), exclude=[folder / "旧版"])
    shown = str(folder / "旧版")
    assert (
        [card.table.project.name for card in result.cards],
        result.skipped,
        result.files,
    ) == (
        ["公路甲"],
        (FileError(shown, f"{shown}: 目录在排除之列（exclude），未读取"),),
        (str(folder / "甲.tsv"),),
    )


def test_a_folder_in_exclude_given_by_name_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "旧版"
    folder.mkdir()
    (folder / "乙.tsv").write_text(tsv("公路乙"), encoding="utf-8")
    result = perftrack.read_many(str(folder), exclude=[folder])
    assert [t.project.name for t in result.tables] == ["公路乙"]
