"""Every input format reads to the same model as its plain-text twin (issue: reading).

The tables are composed in ``cases/composed_tables.py``; each test writes one as
TSV (the twin), CSV, HTML (rowspan/colspan), Markdown, xlsx (merged ranges,
numbers with formats), xls, docx and doc (merged cells), reads it back and compares
everything but where the cells stood.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from typing import Any

import pytest

import perftrack
from cases.composed_tables import (
    MERGES,
    MONITORING,
    SELF_EVALUATION,
    TRACKING,
    model_of,
    tsv_bytes,
)
from doc_builders import doc_bytes
from fixtures_office import docx_bytes, xls_bytes, xlsx_bytes
from word_xml_builders import html_table

GRIDS = {"SELF_EVALUATION": SELF_EVALUATION, "TRACKING": TRACKING, "MONITORING": MONITORING}


def _padded(grid: list[list[str]]) -> list[list[str]]:
    width = max(len(row) for row in grid)
    return [row + [""] * (width - len(row)) for row in grid]


def _csv(grid: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(_padded(grid))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # Excel's CSV: UTF-8 with BOM


def _html(grid: list[list[str]], merges: list[str]) -> bytes:
    return f"<html><body>{html_table(grid, merges)}</body></html>".encode()


def _markdown(grid: list[list[str]]) -> bytes:
    grid = _padded(grid)
    rows = ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in grid]
    separator = "|" + "---|" * len(grid[0])
    return "\n".join([rows[0], separator, *rows[1:]]).encode("utf-8")


_AMOUNT = re.compile(r"\d+\.\d{2}")


def _office_cells(grid: list[list[str]]) -> tuple[list[list[Any]], dict[str, str]]:
    """Amounts become numbers with a 0.00 format, as a real workbook stores them."""
    rows: list[list[Any]] = []
    formats: dict[str, str] = {}
    for r, row in enumerate(_padded(grid)):
        out: list[Any] = []
        for c, text in enumerate(row):
            if _AMOUNT.fullmatch(text):
                out.append(float(text))
                formats[f"{chr(ord('A') + c)}{r + 1}"] = "0.00"
            else:
                out.append(text or None)
        rows.append(out)
    return rows, formats


def _xlsx(grid: list[list[str]], merges: list[str]) -> bytes:
    rows, formats = _office_cells(grid)
    return xlsx_bytes({"表1": rows}, {"表1": merges}, {"表1": formats})


def _xls(grid: list[list[str]], merges: list[str]) -> bytes:
    rows, formats = _office_cells(grid)
    return xls_bytes({"表1": rows}, {"表1": merges}, {"表1": formats})


def _docx(grid: list[list[str]], merges: list[str]) -> bytes:
    return docx_bytes([_padded(grid)], {0: merges})


WRITERS = {
    "csv": lambda grid, _merges: _csv(grid),
    "html": _html,
    "markdown": lambda grid, _merges: _markdown(grid),
    "xlsx": _xlsx,
    "xls": _xls,
    "docx": _docx,
    "doc": lambda grid, merges: doc_bytes([_padded(grid)], {0: merges}),
}


@pytest.mark.parametrize("fmt", list(WRITERS))
@pytest.mark.parametrize("name", list(GRIDS))
def test_format_reads_like_its_text_twin(name: str, fmt: str) -> None:
    grid, merges = GRIDS[name], MERGES[name]
    twin = perftrack.read(tsv_bytes(grid))
    data = WRITERS[fmt](grid, merges)
    tables = perftrack.read(data)
    assert model_of(tables) == model_of(twin)
    assert perftrack.read(data, format=fmt) == tables  # detection picked the right reader


@pytest.mark.parametrize("name", list(GRIDS))
def test_text_twin_reads_every_block(name: str) -> None:
    (table,) = perftrack.read(tsv_bytes(GRIDS[name]))
    assert table.project.name
    assert len(table.indicators) >= 4
    assert table.budget


def test_two_tables_on_one_sheet_and_two_sheets() -> None:
    stacked = [*TRACKING, [""], *MONITORING]
    assert [t.project.name for t in perftrack.read(tsv_bytes(stacked))] == [
        "社区养老服务补贴",
        "校园安全改造",
    ]
    rows_a, formats_a = _office_cells(stacked)
    rows_b, formats_b = _office_cells(SELF_EVALUATION)
    data = xlsx_bytes(
        {"跟踪": rows_a, "自评": rows_b},
        {"自评": MERGES["SELF_EVALUATION"]},
        {"跟踪": formats_a, "自评": formats_b},
    )
    tables = perftrack.read(data)
    assert [(t.source.sheet, t.source.index, t.project.name) for t in tables] == [
        ("跟踪", 0, "社区养老服务补贴"),
        ("跟踪", 1, "校园安全改造"),
        ("自评", 2, "乡村道路养护"),
    ]
    assert tables[2].indicators[0].position.cell == "C13"


def test_encodings_read_alike() -> None:
    text = "\n".join("\t".join(row) for row in TRACKING)
    twin = model_of(perftrack.read(text.encode("utf-8")))
    for data in (
        text.encode("gb18030"),
        text.encode("utf-16"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
    ):
        assert model_of(perftrack.read(data)) == twin


# -- the composed tables read right (not just alike) --------------------------


def test_self_evaluation_table() -> None:
    (table,) = perftrack.read(_xlsx(SELF_EVALUATION, MERGES["SELF_EVALUATION"]))
    assert table.kind is perftrack.TableKind.SELF_EVALUATION
    assert (str(table.period.start), str(table.period.end)) == ("2022-01", "2022-12")
    assert table.published == perftrack.Published(Decimal("96.6"), "优")
    names = [(i.level1, i.level2, i.name, i.raw_name, i.core) for i in table.indicators]
    assert names == [
        ("产出指标", "数量指标", "养护里程", "指标1:养护里程", False),
        ("产出指标", "质量指标", "养护合格率", "★养护合格率", True),
        ("产出指标", "时效指标", "完成时间", "完成时间", False),
        # 指标2: with no values is a template leftover, not an indicator.
        ("成本指标", "经济成本指标", "每公里养护成本", "每公里养护成本", False),
        ("效益指标", "社会效益指标", "群众出行条件", "群众出行条件", False),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "沿线群众满意度", False),
    ]
    assert [str(i.weight) for i in table.indicators] == ["20", "15", "15", "10", "20", "10"]
    assert [str(i.published_points) for i in table.indicators] == [
        "19.6",
        "15",
        "15",
        "10",
        "18",
        "10",
    ]
    assert dict(table.level1_weights) == {
        "产出指标": Decimal(50),
        "成本指标": Decimal(10),
        "效益指标": Decimal(20),
        "满意度指标": Decimal(10),
    }
    total = table.budget[0]
    assert (str(total.weight), str(total.published_points), str(total.rate)) == (
        "10",
        "9.00",
        "90.00",
    )
    assert table.indicators[0].deviation_reason == "部分路段雨季延误"


def test_monitoring_table() -> None:
    (table,) = perftrack.read(_html(MONITORING, MERGES["MONITORING"]))
    assert table.kind is perftrack.TableKind.TRACKING
    assert (str(table.period.start), str(table.period.end)) == ("2023-01", "2023-07")  # 1-7月
    line = table.budget[0]
    assert (
        str(line.initial),
        line.period_budget,
        str(line.executed),
        str(line.rate),
        str(line.forecast),
    ) == ("200.00", None, "80.00", "40.00", "200.00")
    first = table.indicators[0]
    assert first.planned is None
    assert str(first.forecast) == "12(间)"
    assert (first.likelihood, first.likelihood_text) == (perftrack.Likelihood.CERTAIN, "确定能")
    assert table.indicators[1].remarks == "按合同支付"
    assert table.indicators[3].actual is None  # an empty actual cell stays empty
    assert table.indicators[3].likelihood is perftrack.Likelihood.POSSIBLE
