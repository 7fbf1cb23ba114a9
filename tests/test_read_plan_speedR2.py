"""The reader's memos keep what a read gives (third 2026-12-01 speed session).

Tables printed from one template share their label cells: the per-text memos of
the grid reader (:data:`perftrack.readers._grid._FRAMEWORK_LABELS`,
:data:`perftrack.readers._grid._COLUMN_ROLES`,
:data:`perftrack.readers._grid._PROJECT_FIELD_CELLS`) answer them from a dict. A read with
the memos warm from the template must give what a read without them gives (each
text worked out by its function): the same tables, findings and positions; and a
table that differs from the template in one label cell is read as the full path
reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

import perftrack
from perftrack.readers import _grid

if TYPE_CHECKING:
    from collections.abc import Callable

_HEADER = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "跟踪期计划完成值",
    "跟踪期实际完成值",
    "偏差原因分析",
)


def _table(number: int, *, header: tuple[str, ...] = _HEADER, level2: str = "数量指标") -> str:
    """One tracking table of the benchmark's template, its values set by *number*."""
    rows = [
        ("财政项目支出绩效跟踪表",),
        ("跟踪时段：（ 2023-1月 至 2023-8月 ）",),
        ("项目名称", f"示例项目{number}"),
        ("主管部门", "某区财政局", "", "实施单位", f"某街道办事处{number}"),
        ("预算执行情况 (万元)", "", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"),
        ("", "年度资金总额", "", f"{300 + number}.00", f"{300 + number}.00", "78.00", ""),
        ("", "其中：当年财政拨款", "", f"{300 + number}.00", f"{300 + number}.00", "78.00", ""),
        header,
        ("产出指标", level2, "培训人次", f"≥{200 + number}(人次)", "141", f"{100 + number}", ""),
        ("", "质量指标", "验收合格率", "=100.00(%)", "100.00", "95.00", "因故延期"),
        ("", "时效指标", "完成时间", "2023年12月前完成", "开展中", "手续办理中", ""),
        ("效益指标", "社会效益指标", "党员参与度", "提高", "提高", "基本提高", ""),
        (
            "满意度指标",
            "服务对象满意度指标",
            "服务对象满意度",
            "≥85.00(%)",
            "85.00",
            f"{90 + number}.00",
            "",
        ),
        ("绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"),
        ("", "年度绩效目标完成可能性", "有可能完成"),
        ("纠偏措施", "加快进度"),
    ]
    return "\n".join("\t".join(row) for row in rows) + "\n\n"


class _Plain:
    """No memo: every look-up works its text out by the function."""

    def __init__(self, function: Callable[[str], Any]) -> None:
        self.function = function

    def __getitem__(self, text: str) -> Any:
        return self.function(text)


def _read_without_memos(monkeypatch: pytest.MonkeyPatch, data: bytes) -> tuple[Any, ...]:
    with monkeypatch.context() as patch:
        patch.setattr(_grid, "_FRAMEWORK_LABELS", _Plain(_grid._framework_label))
        patch.setattr(_grid, "_COLUMN_ROLES", _Plain(_grid._column_role))
        patch.setattr(_grid, "_PROJECT_FIELD_CELLS", _Plain(_grid._is_project_field_cell))
        return perftrack.read(data)


def _fresh_memos() -> None:
    _grid._FRAMEWORK_LABELS.clear()
    _grid._COLUMN_ROLES.clear()
    _grid._PROJECT_FIELD_CELLS.clear()


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(_table(1) + _table(2), id="two-tables-one-template"),
        pytest.param(
            _table(1) + _table(2, header=(*_HEADER[:2], "指标名称", *_HEADER[3:])),
            id="second-differs-in-the-name-header",
        ),
        pytest.param(_table(1) + _table(2, level2="数量"), id="second-differs-in-a-level-label"),
        pytest.param(
            _table(1) + _table(2, header=(*_HEADER[:3], "年度目标值", *_HEADER[4:])),
            id="second-differs-in-the-target-header",
        ),
    ],
)
def test_memos_read_as_the_full_path(monkeypatch: pytest.MonkeyPatch, document: str) -> None:
    data = document.encode("utf-8")
    expected = _read_without_memos(monkeypatch, data)
    _fresh_memos()
    cold = perftrack.read(data)
    warm = perftrack.read(data)  # every label cell answered from the memos
    assert len(expected) == 2
    assert cold == expected
    assert warm == expected
    assert repr(warm) == repr(expected)  # the fields outside equality too (texts, positions)


def test_a_changed_label_cell_is_read_as_the_full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    template = _table(1).encode("utf-8")
    changed = _table(1, header=(*_HEADER[:2], "指标名称", *_HEADER[3:])).encode("utf-8")
    _fresh_memos()
    perftrack.read(template)  # the memos warm with the template's texts
    assert perftrack.read(changed) == _read_without_memos(monkeypatch, changed)
    assert repr(perftrack.read(changed)) == repr(_read_without_memos(monkeypatch, changed))


@pytest.mark.parametrize(
    ("memo", "function", "texts"),
    [
        pytest.param(
            "_FRAMEWORK_LABELS",
            "_framework_label",
            ("产出指标", "数量指标", "培训人次", "", "≥85.00(%)", "一、产出指标（30分）"),
            id="framework-labels",
        ),
        pytest.param(
            "_COLUMN_ROLES",
            "_column_role",
            ("三级指标", "年度指标值", "跟踪期实际完成值", "", "偏差原因分析", "培训人次"),
            id="column-roles",
        ),
        pytest.param(
            "_PROJECT_FIELD_CELLS",
            "_is_project_field_cell",
            ("项目名称", "实施单位：某中心", "351.00", "", "地方资金组织实施单位", "年度资金总额"),
            id="project-field-cells",
        ),
    ],
)
def test_memo_gives_the_functions_values(memo: str, function: str, texts: tuple[str, ...]) -> None:
    table = getattr(_grid, memo)
    table.clear()
    assert [table[text] for text in texts] == [getattr(_grid, function)(text) for text in texts]
    assert [table[text] for text in texts] == [getattr(_grid, function)(text) for text in texts]


def test_memo_is_bounded() -> None:
    memo = _grid._TextMemo(len, 3)
    assert [memo[text] for text in ("a", "bb", "ccc", "dddd")] == [1, 2, 3, 4]
    assert len(memo) == 1  # emptied when full, then the new text
