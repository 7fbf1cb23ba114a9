"""Plain text and TSV exports (the seed): one row per line, cells split at tabs."""

from __future__ import annotations

from perftrack._errors import ReadError
from perftrack.readers._sheet import MAX_CELLS, Sheet

__all__ = ["read_tsv"]


def read_tsv(text: str, *, file: str | None = None) -> list[Sheet]:
    r"""Split *text* into rows at line breaks and into cells at tabs.

    Lines without a tab are one-cell rows (titles, 跟踪时段). Blank lines are
    kept out; ``row_numbers`` are the 1-based line numbers.

    Example:
        >>> sheet = read_tsv("财政项目支出绩效跟踪表\n\n项目名称\t两新党建工作\n")[0]
        >>> sheet.rows, sheet.row_numbers
        ((('财政项目支出绩效跟踪表',), ('项目名称', '两新党建工作')), (1, 3))
    """
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    cells = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        row = tuple(line.rstrip("\r").split("\t"))
        cells += len(row)
        if cells > MAX_CELLS:
            msg = f"表格过大（超过 {MAX_CELLS} 个单元格），请拆分后再读取"
            raise ReadError(msg, file=file, where=f"第{number}行")
        rows.append(row)
        numbers.append(number)
    return [Sheet(tuple(rows), file=file, row_numbers=tuple(numbers))]
