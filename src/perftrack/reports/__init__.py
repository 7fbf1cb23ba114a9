r"""Reports of scorecards for people: Markdown, HTML, CSV, XLSX and a Chinese review.

``render(cards, errors, fmt)`` turns the scorecards of a run (and the files that
could not be read, as in json.md's ``errors``) into one document:

- ``markdown``: GitHub-flavoured Markdown tables (``str``);
- ``html``: one self-contained page, inline CSS and SVG, nothing from the network (``str``);
- ``csv``: one row per indicator with Chinese headers, UTF-8 with a BOM and CRLF
  line endings, so that Excel on Chinese Windows opens it correctly (``str``:
  write it with ``encoding="utf-8", newline=""``, the BOM is already in it);
  with the 全年预计完成情况 and 完成可能性 of each indicator, its printed and
  computed 分值 and 得分, and the table's computed and printed 总分 and 等级 (a
  table with points has one more row for the execution rate's item);
- ``xlsx``: a workbook with the sheets 指标 (the CSV's rows), 发现, 汇总 (with the
  points of each table), 预算 and 读取失败 (``bytes``; needs the ``xlsx`` extra);
- ``review``: a 审核意见 paragraph per table, ready to paste into a report (``str``).

Every format is deterministic: the same scorecards give the same text, and the
same XLSX bytes (dated ``SOURCE_DATE_EPOCH`` when set, else 1980-01-01, never
the clock).

Example:
    >>> import perftrack
    >>> from perftrack.reports import render
    >>> tables = perftrack.read("examples/000_7a0b2a9980fedb64.txt")
    >>> cards = [perftrack.score(table) for table in tables]
    >>> print(render(cards, [], "review").splitlines()[3])
    社区党群服务中心工作
    >>> render(cards, [], "csv").startswith("\ufeff文件,工作表,表序号")
    True
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, Literal, overload

from perftrack._errors import PerftrackError
from perftrack.reports._common import Report

if TYPE_CHECKING:
    from collections.abc import Sequence

    from perftrack.batch import FileError
    from perftrack.policy import Policy
    from perftrack.scoring import Scorecard

__all__ = ["FORMATS", "ReportError", "render"]

#: The report formats ``render`` knows, each rendered by the module ``_<format>``.
FORMATS: Final = ("markdown", "html", "csv", "xlsx", "review")


class ReportError(PerftrackError, ValueError):
    """A report that cannot be made: an unknown format.

    Example:
        >>> try:
        ...     render([], [], "pdf")
        ... except ReportError as exc:
        ...     print(exc)
        未知的报告格式 'pdf'（可用：markdown、html、csv、xlsx、review）
    """


@overload
def render(
    cards: Sequence[Scorecard],
    errors: Sequence[Mapping[str, str] | FileError],
    fmt: Literal["xlsx"],
    policy: Policy | None = None,
) -> bytes: ...


@overload
def render(
    cards: Sequence[Scorecard],
    errors: Sequence[Mapping[str, str] | FileError],
    fmt: Literal["markdown", "html", "csv", "review"],
    policy: Policy | None = None,
) -> str: ...


@overload
def render(
    cards: Sequence[Scorecard],
    errors: Sequence[Mapping[str, str] | FileError],
    fmt: str,
    policy: Policy | None = None,
) -> str | bytes: ...


def render(
    cards: Sequence[Scorecard],
    errors: Sequence[Mapping[str, str] | FileError],
    fmt: str,
    policy: Policy | None = None,
) -> str | bytes:
    """Render scorecards and read failures as one report in *fmt* (see :data:`FORMATS`).

    *errors* are the files that failed, each ``{"file": …, "message": …}`` or a
    :class:`perftrack.batch.FileError` (``score_many(...).errors``);
    *policy* is the one the report names in its heading, by default the first
    scorecard's (each table is still described by its own scorecard's policy).
    Only ``xlsx`` gives ``bytes``; it raises :class:`~perftrack.PerftrackError`
    naming the ``xlsx`` extra when openpyxl is not installed.

    Example:
        >>> md = render([], [{"file": "坏.xlsx", "message": "不是表格"}], "markdown")
        >>> print(md.splitlines()[-1])
        | 坏.xlsx | 不是表格 |
    """
    if fmt not in FORMATS:
        raise ReportError(f"未知的报告格式 {fmt!r}（可用：{'、'.join(FORMATS)}）")
    module = importlib.import_module(f"perftrack.reports._{fmt}")
    # score_many's FileError objects as they are, or the JSON document's entries
    entries = [error if isinstance(error, Mapping) else error.as_dict() for error in errors]
    output: str | bytes = module.render(Report.of(cards, entries, policy))
    return output
