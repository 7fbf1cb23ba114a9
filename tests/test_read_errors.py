"""Bad input only ever gives a clear perftrack error; one bad cell never stops a table."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import perftrack
from perftrack import ReadError
from perftrack.readers._sheet import MAX_BYTES

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"
GRID = (
    "财政项目支出绩效跟踪表\n项目名称\t测试项目\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期实际完成值\n"
    "产出指标\t数量指标\t培训人次\t{target}\t120\n"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "文件为空", id="empty"),
        pytest.param(b"\n\n  \n", "文件为空", id="blank"),
        pytest.param(b"\xef\xbb\xbf \r\n", "文件为空", id="blank-with-bom"),
        # content, but no rows a reader can give: no table, not an empty file
        pytest.param(b"<root/>", "文件中没有可读的表格内容", id="xml-of-another-kind"),
        pytest.param(
            "这只是一段文字，不是表格。\n第二行。".encode(), "未找到绩效指标表", id="prose"
        ),
        pytest.param(
            "项目名称\t示例\n预算执行情况\t年初预算数\n".encode(), "未找到绩效指标表", id="no-grid"
        ),
        pytest.param(
            "一级指标,二级指标,三级指标,年度指标值,实际完成值\n".encode(),
            "找到了指标表头，但表头下没有指标行",
            id="header-only",
        ),
        pytest.param(b"PK\x03\x04broken zip", "不是完整的 zip", id="truncated-zip"),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "无法读取 xls", id="broken-ole"
        ),
        pytest.param(b"%PDF-1.7\n...", "PDF", id="pdf"),
    ],
)
def test_bad_bytes_give_a_read_error(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        perftrack.read(data)


def test_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "坏文件.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ReadError) as info:
        perftrack.read(path)
    assert str(info.value).startswith(f"{path}: ")
    assert info.value.file == str(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="文件不存在"):
        perftrack.read(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="目录"):
        perftrack.read(tmp_path)


def test_huge_input_is_refused() -> None:
    with pytest.raises(ReadError, match="过大"):
        perftrack.read(b"a" * (MAX_BYTES + 1))


def test_a_text_mode_file_object_is_refused() -> None:
    with pytest.raises(ReadError, match="二进制"):
        perftrack.read(io.StringIO("项目名称"))  # type: ignore[arg-type]


def test_binary_file_object_and_bytes_read_like_the_path() -> None:
    by_path = perftrack.read(SEED)
    with SEED.open("rb") as handle:
        by_handle = perftrack.read(handle)
    assert [t.indicators for t in by_handle] == [t.indicators for t in by_path]
    assert by_handle[0].source.file == str(SEED)
    assert perftrack.read(SEED.read_bytes())[0].source.file is None


def test_unknown_format_name() -> None:
    with pytest.raises(ReadError, match="未知格式"):
        perftrack.read(SEED, format="pdf")


def test_a_broken_target_cell_becomes_a_finding() -> None:
    (table,) = perftrack.read(GRID.format(target="≥80.00(%").encode())
    indicator = table.indicators[0]
    assert indicator.target == perftrack.Descriptive("≥80.00(%")
    assert indicator.target.text == "≥80.00(%"
    (finding,) = [f for f in table.findings if f.id == "malformed-target"]
    assert finding.severity is perftrack.Severity.WARNING
    assert finding.message == "unclosed bracket\n    ≥80.00(%\n          ~~^"
    assert (finding.where.indicator, finding.where.cell) == (0, "D4")
    assert perftrack.score(table).verdicts[0].attainment is perftrack.Attainment.UNKNOWN


def test_a_table_without_a_grid_among_others_gets_an_error_finding() -> None:
    text = SEED.read_text(encoding="utf-8") + "\n财政项目支出绩效跟踪表\n项目名称\t只有名称\n"
    tables = perftrack.read(text.encode())
    assert [t.project.name for t in tables] == ["两新党建工作", "社区党群服务中心工作", "只有名称"]
    assert [f.id for f in tables[2].findings] == ["missing-indicators"]
    assert tables[2].findings[0].severity is perftrack.Severity.ERROR


CELLS = [
    "", "产出指标", "数量指标", "绩效指标", "(50分)", "一级指标", "二级指标", "三级指标", "年度指标值",
    "实际完成值", "跟踪期计划完成值", "分值", "得分", "项目名称", "预算执行情况", "年度资金总额", "总分",
    "纠偏措施", "年度总体目标", "≥80%", "=2.00(次)", "12", "准确", "开展中", "2023年12月前", "(", "≥",
    "跟踪时段：2023-1月至2023-8月", "财政项目支出绩效跟踪表", "<h3>x</h3>", "—", "指标2:", "★", "优",
]  # fmt: skip


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(CELLS), max_size=9), max_size=25))
def test_any_grid_reads_or_gives_a_read_error(rows: list[list[str]]) -> None:
    text = "\n".join("\t".join(row) for row in rows)
    try:
        tables = perftrack.read_text(text, format="text")
    except ReadError:
        return
    for table in tables:
        perftrack.score(table)  # and whatever was read can be scored
        assert perftrack.from_json(perftrack.to_json(table), perftrack.Table) == table


@settings(max_examples=100)
@given(st.text(max_size=300))
def test_any_text_reads_or_gives_a_read_error(text: str) -> None:
    with contextlib.suppress(ReadError):
        perftrack.read_text(text)


# ---------------------------------------------------------------------------
# The cycle collector is paused while a file is read, and left as it was found


@pytest.mark.parametrize("collector", ["enabled", "disabled"])
@pytest.mark.parametrize(
    ("data", "interpreted"),
    [(SEED.read_bytes(), 2), (b"", 0), (b"PK\x03\x04broken zip", 1)],
    ids=["seed", "empty", "bad-zip"],
)
def test_read_leaves_the_collector_as_it_found_it(
    data: bytes, interpreted: int, collector: str
) -> None:
    import gc  # noqa: PLC0415

    seen: list[bool] = []
    real_interpret = perftrack.readers.interpret

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_interpret(*args, **kwargs)  # type: ignore[arg-type]

    enabled = collector == "enabled"
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(perftrack.readers, "interpret", spy)
            with contextlib.suppress(ReadError):
                perftrack.read(data)
            with contextlib.suppress(ReadError):
                perftrack.read_text(data.decode("utf-8", "replace"))
        assert gc.isenabled() is enabled
        assert seen == [False] * interpreted  # paused while the tables were interpreted
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize(
    ("error", "detail"),
    [
        pytest.param(EOFError(), "EOFError", id="no-message"),
        pytest.param(KeyError("xl/workbook.xml"), "KeyError: 'xl/workbook.xml'", id="message"),
    ],
)
def test_a_dependency_error_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, error: Exception, detail: str
) -> None:
    """An error no reader anticipated still becomes a ReadError, never ``Type: `` alone."""

    def broken(*_: object, **__: object) -> object:
        raise error

    monkeypatch.setattr(perftrack.readers, "_sheets", broken)
    monkeypatch.setattr(perftrack.readers, "_text_sheets", broken)
    with pytest.raises(ReadError) as raised:
        perftrack.read(b"x", format="text")
    assert raised.value.message == f"无法读取（{detail}）"
    with pytest.raises(ReadError) as raised:
        perftrack.read_text("x", format="text")
    assert raised.value.message == f"无法读取（{detail}）"


@pytest.mark.parametrize("suffix", ["csv", "html", "md", "xlsx"])
def test_perftracks_own_reports_are_no_tables(tmp_path: Path, suffix: str) -> None:
    # A report written into the folder of exports must not come back as tables.
    from perftrack.cli import main  # noqa: PLC0415

    seed = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"
    report = tmp_path / f"报告.{suffix}"
    output = {"md": "markdown"}.get(suffix, suffix)
    assert main(["score", str(seed), "--format", output, "--output", str(report)]) == 0
    with pytest.raises(perftrack.ReadError, match="perftrack 生成的报告") as caught:
        perftrack.read(report)
    assert caught.value.file == str(report)


def test_a_workbook_without_a_grid_names_the_worksheets_searched() -> None:
    from fixtures_office import xlsx_bytes  # noqa: PLC0415

    pytest.importorskip("openpyxl")
    data = xlsx_bytes({"封面": [["项目名称", "甲项目"]], "说明": [["填表说明"]]})
    with pytest.raises(ReadError) as excinfo:
        perftrack.read(data)
    assert str(excinfo.value).startswith("“甲项目”（工作表“封面”、“说明”）: 未找到绩效指标表")
