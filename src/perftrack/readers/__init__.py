"""Reading exports into tables: ``read`` and ``read_text``.

Each format reader turns its input into sheets of cells; one interpreter
(:mod:`._grid`) reads the tables out of them. Formats are detected from the
content; the extension only breaks ties.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from attrs import evolve

from perftrack._errors import (
    PerftrackError,
    ReadError,
    display_name,
    escaped_breaks,
    exception_detail,
    os_reason,
)
from perftrack._gc import collector_paused
from perftrack.model import Finding, Position, Severity, Table, Where
from perftrack.readers._grid import excel_error_id, interpret
from perftrack.readers._sheet import (
    DATE_DAY_ZERO,
    DATE_OUT_OF_RANGE,
    MAX_BYTES,
    NON_FINITE,
    NOT_AN_ERROR_VALUE,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from perftrack.readers._sheet import Sheet

__all__ = ["FORMATS", "read", "read_text"]

#: The names ``format=`` accepts.
FORMATS: Final = (
    "text",
    "csv",
    "html",
    "markdown",
    "xlsx",
    "xls",
    "excel-xml",
    "docx",
    "doc",
    "word-xml",
    "mhtml",
)
_TEXT_FORMATS: Final = ("text", "csv", "html", "markdown")

Source = str | os.PathLike[str] | bytes | bytearray | IO[bytes]


def _checked_name(name: object) -> str | None:
    """The ``name=`` argument, checked: a non-empty string, or ``None``."""
    if name is None:
        return None
    if not isinstance(name, str):
        msg = f"name= takes a str (the input's name), not {type(name).__name__}"
        raise TypeError(msg)
    if not name.strip():
        msg = "name= 不能为空（请给出输入的名称，或省略 name=）"
        raise ReadError(msg)
    return display_name(name)


def _load(source: Source, given_name: str | None = None) -> tuple[bytes, str | None]:
    """The bytes of *source* and the file name to report, size-capped.

    *given_name* (``name=``) replaces the path or the file object's name.
    """
    label = _checked_name(given_name)
    data, name = _load_unnamed(source, label)
    return data, label if label is not None else name


def _load_unnamed(source: Source, label: str | None) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, name = bytes(source), label
        _refuse_path_bytes(data, label)
    elif isinstance(source, str) and looks_like_text(source):
        raise ReadError(text_not_path(source))
    elif isinstance(source, (str, os.PathLike)):
        real = os.fspath(source)
        if not real:
            msg = "文件名为空"  # Path("") is the current folder: "这是一个目录" misled
            raise ReadError(msg)
        path = Path(real)  # opened by its real name, shown by its decoded one
        name = display_name(real)
        try:
            if path.is_dir():
                msg = "这是一个目录，不是文件"
                raise ReadError(msg, file=name)
            size = path.stat().st_size
            if size > MAX_BYTES:
                msg = f"文件过大（{size} 字节，上限 {MAX_BYTES} 字节）"
                raise ReadError(msg, file=name)
            data = path.read_bytes()
        except FileNotFoundError:
            msg = "文件不存在"
            if real != real.rstrip():
                # 'x.tsv\n' from readlines(), 'x.tsv ' pasted: the space is invisible (cli31 M3);
                # and a file of the name without it is named (a6566 W4)
                stripped = real.rstrip()
                found = ""
                if stripped and Path(stripped).is_file():
                    found = f"；去掉后的“{escaped_breaks(display_name(stripped))}”存在"
                msg = f"文件不存在：“{escaped_breaks(name)}”（路径末尾有空白字符{found}）"
            raise ReadError(msg, file=name) from None
        except OSError as exc:
            msg = f"无法打开文件：{os_reason(exc)}"
            raise ReadError(msg, file=name) from None
    else:
        if not callable(getattr(source, "read", None)):
            msg = (
                "perftrack.read takes a path, bytes or a binary file object, "
                f"not {type(source).__name__}"
            )
            raise TypeError(msg)
        name = getattr(source, "name", None)
        name = label if label is not None else display_name(name) if isinstance(name, str) else None
        if getattr(source, "closed", False) is True:
            msg = "文件对象已关闭：请在 with open(...) 块内读取，或重新打开文件"
            raise ReadError(msg, file=name)
        try:
            raw: object = source.read(MAX_BYTES + 1)
        except OSError as exc:
            msg = f"无法读取：{os_reason(exc)}"
            raise ReadError(msg, file=name) from None
        except ValueError as exc:
            msg = f"无法读取：{exc}"
            raise ReadError(msg, file=name) from None
        if isinstance(raw, (bytearray, memoryview)):
            raw = bytes(raw)
        if not isinstance(raw, bytes):
            msg = "文件对象须以二进制模式打开（open(path, 'rb')）"
            raise ReadError(msg, file=name)
        data = raw
    if len(data) > MAX_BYTES:
        msg = f"文件过大（上限 {MAX_BYTES} 字节）"
        raise ReadError(msg, file=name)
    return data, name


#: No longer path is taken for one (the longest a system allows is 4096 bytes).
_PATH_LIMIT: Final = 4096


def text_not_path(text: str) -> str:
    r"""The message for the text of a table given where a path is expected.

    Example:
        >>> print(text_not_path("\n绩效目标表\n项目名称\t校舍\n"))
        这是表格文本（“绩效目标表…”），不是文件路径：文本请用 perftrack.read_text(text)
    """
    excerpt = text.strip().splitlines()[0][:20] if text.strip() else ""
    return f"这是表格文本（“{excerpt}…”），不是文件路径：文本请用 perftrack.read_text(text)"


def looks_like_text(source: str) -> bool:
    r"""Whether *source*, given as a path, is rather the text of a table.

    A line break or a tab never stands in a file name perftrack is given on
    purpose (``perftrack.read(open(f).read())``).

    A path that only ends in white space (a line of a list read with
    ``readlines()``, a name pasted with a space) is still a path: one line, no
    tab, and a known ending (:data:`perftrack.SUFFIXES`) before the white space
    (cli31 M3).

    Example:
        >>> looks_like_text("导出/跟踪表.tsv"), looks_like_text("项目名称\t校舍")
        (False, True)
        >>> looks_like_text("导出/跟踪表.tsv\n"), looks_like_text("项目名称\n")
        (False, True)
    """
    if "\n" not in source and "\t" not in source:
        return False
    return not _path_with_trailing_space(source)


def _path_with_trailing_space(source: str) -> bool:
    """Whether *source* is one path with white space after a known file ending."""
    stripped = source.rstrip()
    if stripped == source or "\n" in stripped or "\t" in stripped:
        return False
    from perftrack.batch import SUFFIXES, UNSUPPORTED  # noqa: PLC0415 - rare, and batch imports us

    return os.path.splitext(stripped)[1].lower() in SUFFIXES | UNSUPPORTED  # noqa: PTH122


def _refuse_path_bytes(data: bytes, label: str | None) -> None:
    """A path given as bytes (``os.fsencode(path)``) is refused with a hint.

    Bytes are always a file's content; a short single line naming a file that
    exists is a path passed by mistake, and reading it as a table would only say
    that no table was found.
    """
    if (
        len(data) > _PATH_LIMIT
        or b"\n" in data
        or b"\t" in data
        or b"\x00" in data
        or not data.strip()
    ):
        return
    try:
        exists = os.path.isfile(data)  # noqa: PTH113 - bytes in
    except (OSError, ValueError):
        return
    if exists:
        shown = display_name(os.fsdecode(data))
        msg = (
            f"传入的字节是文件路径（{shown}），不是文件内容："
            "路径请以 str 或 Path 传入（os.fsdecode(path)）"
        )
        raise ReadError(msg, file=label)


def read(
    source: Source,
    *,
    format: str | None = None,
    encoding: str | None = None,
    name: str | None = None,
) -> tuple[Table, ...]:
    """Read every performance table in a file, in order.

    *source* is a path (``str`` or ``Path``), the file's bytes (``bytes``,
    ``bytearray``, ``memoryview``), or a binary file object, read from where it
    stands (the Python convention: seek to 0 first to read it again). *format* is
    one of :data:`perftrack.FORMATS` (detected from the content
    when omitted); *encoding* forces a text encoding (UTF-8, GB18030/GBK and
    UTF-16 with a BOM are detected). Bad input raises :class:`perftrack.ReadError`
    naming the file and where; one bad cell never stops a table (it becomes a
    finding on the table).

    *name* names the input: it is the tables' ``source.file`` (the ``file`` id of
    :func:`perftrack.to_frame`) and the file the errors name, in place of the path
    or the file object's ``name``. Name what you read from memory (an upload's
    bytes), or ``source.file`` is ``None`` and tables from different inputs share
    their ids. Its extension breaks format ties as a path's does.

    Example:
        >>> import perftrack
        >>> tables = perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        >>> [t.project.name for t in tables]
        ['两新党建工作', '社区党群服务中心工作']
        >>> data = open("examples/000_7a0b2a9980fedb64.txt", "rb").read()
        >>> perftrack.read(data, name="上传/党建.txt")[1].source.file
        '上传/党建.txt'
    """
    data, name = _load(source, name)
    if format is not None and format not in FORMATS:
        msg = f"未知格式 {format!r}，可用：{', '.join(FORMATS)}"
        raise ReadError(msg, file=name)
    digest = hashlib.sha256(data).hexdigest()
    detected = format is None
    try:
        with collector_paused():
            if format is None:
                from perftrack.readers._detect import detect_format  # noqa: PLC0415

                format = detect_format(data, name, encoding)
            local = Path(os.fspath(source)) if isinstance(source, (str, os.PathLike)) else None
            sheets = _sheets(data, name, format, encoding, local)
            return _tables(
                sheets, name, digest, detected=format if detected else None, blank=_blank(data)
            )
    except ReadError as exc:
        better = _container_problem(data, name, exc.message)
        if better is None and encoding is not None:
            hint = _encoding_hint(data, encoding, exc.message)
            better = exc.message + hint if hint else None
        if better is None:
            raise
        raise ReadError(better, file=name, where=exc.where) from exc
    except PerftrackError:
        raise
    except Exception as exc:  # a dependency's error must never reach the user
        msg = f"无法读取（{exception_detail(exc)}）"
        raise ReadError(msg, file=name) from exc


#: The errors of a text read whole but holding no table: what a wrong encoding gives.
_NO_TABLE: Final = ("未找到绩效指标表", "文件中没有可读的表格内容", "找到了指标表头")


def _encoding_hint(data: bytes, encoding: str, message: str) -> str:
    r"""What to try when the *encoding* the caller forced read *data* into no table.

    UTF-8 bytes forced as ``utf-16`` decode without an error, into characters that
    are no table (r35g: the error said only 未找到绩效指标表). When perftrack's own
    detection reads *data* as another text, the error says so; else ``""``.

    Example:
        >>> data = "项目名称\t示例\n".encode()
        >>> _encoding_hint(data, "utf-16", "未找到绩效指标表")[:25]
        '；文件按指定的编码 utf-16 解码，但自动识别'
        >>> _encoding_hint(data, "utf-8", "未找到绩效指标表")
        ''
    """
    if not message.startswith(_NO_TABLE):
        return ""
    from perftrack.readers._decode import decode  # noqa: PLC0415

    try:
        forced = decode(data, encoding=encoding)
        detected = decode(data)
    except ReadError:
        return ""
    if forced == detected:
        return ""
    return (
        f"；文件按指定的编码 {encoding} 解码，但自动识别的编码与之不同："
        "如编码有误，请去掉 --encoding（encoding=）由 perftrack 自动识别"
    )


#: The endings of the zip-based Office formats (Office Open XML).
_OOXML_SUFFIXES: Final = frozenset(
    {".xlsx", ".xlsm", ".xltx", ".xltm", ".docx", ".docm", ".dotx", ".dotm"}
)
#: The endings of the Office 97-2003 formats, and what a file under one should be. An
#: .xls is often a web page or a text export under that name, which read as they are.
_LEGACY_SUFFIXES: Final = {
    ".xls": "Excel 97-2003 工作簿",
    ".doc": "Word 97-2003 文档",
    ".wps": "WPS 文字文档",
}
#: The signature of a compound file (CFB): .xls and .doc, and encrypted Office Open XML.
_CFB_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _container_problem(data: bytes, name: str | None, message: str) -> str | None:
    r"""A clearer message for a file that failed as the container its name promises.

    Only on failure, so nothing is added to the files that read. ``随机.xlsx``
    decoded as text gave "save as UTF-8"; an encrypted workbook (a CFB file under
    an Office Open XML name) gave the xls reader's error; ``随机.xls``, bytes that
    are neither a workbook nor text, said only that no text encoding fitted.

    Example:
        >>> print(_container_problem(b"\x93\xa6 x", "a.xlsx", "无法识别文件编码：…"))
        不是有效的 xlsx 文件（既不是 zip 压缩包，也不是文本），可能已损坏或只是改了扩展名
        >>> print(_container_problem(_CFB_MAGIC + bytes(4088), "b.docx", "无法读取 xls 文件…"))
        文件受密码保护（加密的 Office 文档），无法读取：请在 Excel、Word 或 WPS 中取消密码后另存再试
        >>> print(_container_problem(b"<p>x</p>", "c.docx", "没有表"))
        不是有效的 docx 文件（不是 zip 压缩包，可能已损坏或只是改了扩展名）；按文本读取：没有表
        >>> print(_container_problem(b"\x93\xa6 x", "d.xls", "无法识别文件编码：…"))
        不是有效的 xls 文件（既不是 Excel 97-2003 工作簿，也不是网页或文本导出），可能已损坏或只是改了扩展名
        >>> _container_problem(b"\x93\xa6 x", "a.txt", "无法识别文件编码：…") is None
        True
    """  # noqa: E501 - the messages are one line each
    suffix = os.path.splitext(name or "")[1].lower()  # noqa: PTH122 - str in
    if suffix in _LEGACY_SUFFIXES:
        if data.startswith((_CFB_MAGIC, b"PK")) or not message.startswith("无法识别文件编码"):
            return None
        return (
            f"不是有效的 {suffix[1:]} 文件（既不是 {_LEGACY_SUFFIXES[suffix]}，"
            "也不是网页或文本导出），可能已损坏或只是改了扩展名"
        )
    if suffix not in _OOXML_SUFFIXES:
        return None
    if data.startswith(_CFB_MAGIC):
        from perftrack.readers._detect import ENCRYPTED_OFFICE, cfb_problem  # noqa: PLC0415

        # a compound file cut short was said so by detection; any other under an Office
        # Open XML name is an encrypted package (its stream may lie past what was found)
        return None if cfb_problem(data) is not None else ENCRYPTED_OFFICE
    if not data.startswith(b"PK") and message.startswith("无法识别文件编码"):
        return (
            f"不是有效的 {suffix[1:]} 文件（既不是 zip 压缩包，也不是文本），"
            "可能已损坏或只是改了扩展名"
        )
    if not data.startswith(b"PK") and message != "文件为空":  # text under an Office name
        return (
            f"不是有效的 {suffix[1:]} 文件（不是 zip 压缩包，可能已损坏或只是改了扩展名）；"
            f"按文本读取：{message}"
        )
    return None


def read_text(
    text: str, *, format: str | None = None, name: str | None = None
) -> tuple[Table, ...]:
    """Read the tables in *text* already in memory (TSV, CSV, HTML or Markdown).

    *name* names the input as for :func:`read`: the tables' ``source.file`` and the
    file errors name (``None`` without it).

    Example:
        >>> import perftrack
        >>> text = open("examples/000_7a0b2a9980fedb64.txt", encoding="utf-8").read()
        >>> len(perftrack.read_text(text))
        2
        >>> perftrack.read_text(text, name="党建.txt")[0].source.file
        '党建.txt'
    """
    given: object = text  # checked at run time: bytes belong to read()
    if not isinstance(given, str):
        msg = f"read_text takes the text of a table (str), not {type(given).__name__}: use read()"
        raise TypeError(msg)
    label = _checked_name(name)
    if format is not None and format not in _TEXT_FORMATS:
        msg = f"read_text 只读取文本格式（{', '.join(_TEXT_FORMATS)}），{format!r} 请用 read()"
        raise ReadError(msg, file=label)
    _refuse_path_text(text, label)
    from perftrack.readers._decode import normalise_breaks  # noqa: PLC0415

    text = normalise_breaks(text)  # as read() decodes the bytes of the same text
    if format is None:
        from perftrack.readers._detect import detect_text_format  # noqa: PLC0415

        format = detect_text_format(text)
    try:
        with collector_paused():
            return _tables(_text_sheets(text, format, label), label, None)
    except PerftrackError:
        raise
    except Exception as exc:  # as in read(): no dependency's error reaches the user
        msg = f"无法读取（{exception_detail(exc)}）"
        raise ReadError(msg, file=label) from exc


def _refuse_path_text(text: str, label: str | None) -> None:
    """The path of a file given to read_text: a hint to use read() (no table is one line)."""
    if len(text) > _PATH_LIMIT or looks_like_text(text) or "\x00" in text or not text.strip():
        return
    try:
        exists = os.path.isfile(text)  # noqa: PTH113 - str in
    except (OSError, ValueError):
        return
    if exists:
        msg = f"这是文件路径（{display_name(text)}），不是表格文本：文件请用 perftrack.read(path)"
        raise ReadError(msg, file=label)


def _sheets(
    data: bytes, name: str | None, format: str, encoding: str | None, path: Path | None = None
) -> list[Sheet]:
    if format == "xlsx":
        from perftrack.readers._xlsx import read_xlsx  # noqa: PLC0415

        return read_xlsx(data, file=name)
    if format == "xls":
        from perftrack.readers._xls import read_xls  # noqa: PLC0415

        return read_xls(data, file=name)
    if format == "excel-xml":
        from perftrack.readers._excel_xml import read_excel_xml  # noqa: PLC0415

        return read_excel_xml(data, file=name, encoding=encoding)
    if format == "docx":
        from perftrack.readers._docx import read_docx  # noqa: PLC0415

        return read_docx(data, file=name)
    if format == "doc":
        from perftrack.readers._doc import read_doc  # noqa: PLC0415

        return read_doc(data, file=name)
    if format == "word-xml":
        from perftrack.readers._word_xml import read_word_xml  # noqa: PLC0415

        return read_word_xml(data, file=name, encoding=encoding)
    if format == "mhtml":
        from perftrack.readers._mhtml import read_mhtml  # noqa: PLC0415

        return read_mhtml(data, file=name, encoding=encoding)
    from perftrack.readers._decode import decode_damaged  # noqa: PLC0415

    text, problems = decode_damaged(data, file=name, encoding=encoding)
    style_sheet = ""
    if format == "html" and path is not None:
        from perftrack.readers._mhtml import (  # noqa: PLC0415
            linked_style_sheet,
            lists_worksheets,
            read_web_folder,
        )

        if lists_worksheets(text):  # Excel's X.htm: its worksheets are in X.files/
            return read_web_folder(text, path, file=name, encoding=encoding)
        style_sheet = linked_style_sheet(text, path, file=name)
    sheets = _text_sheets(text, format, name, style_sheet)
    if problems and sheets:
        # Bytes read past while decoding: warnings on the table read from the text.
        sheets[0] = evolve(sheets[0], problems=(*problems, *sheets[0].problems))
    return sheets


def _text_sheets(text: str, format: str, name: str | None, style_sheet: str = "") -> list[Sheet]:
    head = text[:4096].lstrip("\ufeff \r\n")
    if (
        head.startswith("# 预算绩效审核报告")
        or '<meta name="generator" content="perftrack' in head
        or (format == "text" and _is_our_text(head))
    ):
        raise ReadError(_OUR_REPORT, file=name)  # the HTML, Markdown, text and review reports
    if format == "csv":
        from perftrack.readers._csv import read_csv  # noqa: PLC0415

        return read_csv(text, file=name)
    if format == "html":
        from perftrack.readers._html import read_html  # noqa: PLC0415

        return read_html(text, file=name, style_sheet=style_sheet)
    if format == "markdown":
        from perftrack.readers._markdown import read_markdown  # noqa: PLC0415

        return read_markdown(text, file=name)
    from perftrack.readers._text import read_tsv  # noqa: PLC0415

    return read_tsv(text, file=name)


def _blank(data: bytes) -> bool:
    """Whether *data* holds nothing but white space (and a byte order mark)."""
    return not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe")


def _tables(
    sheets: list[Sheet],
    name: str | None,
    digest: str | None,
    *,
    detected: str | None = None,
    blank: bool = True,
) -> tuple[Table, ...]:
    """The tables in *sheets*; *detected* is the format detection chose, if it did.

    *blank*: the file held nothing but white space (else a file whose sheets have no
    rows, such as XML of another kind or a workbook whose sheets are all hidden, is
    said to hold no table, not to be empty).
    """
    if not any(sheet.rows for sheet in sheets):
        msg = (
            "文件为空"
            if blank
            else "文件中没有可读的表格内容" + _format_hint(detected, name, sheets)
        )
        raise ReadError(msg, file=name)
    if _is_our_report(sheets):  # the CSV and xlsx reports
        raise ReadError(_OUR_REPORT, file=name)
    tables = interpret(sheets, sha256=digest)
    if not any(table.indicators for table in tables):
        from perftrack.readers._grid import has_grid_header  # noqa: PLC0415

        where = None
        if tables:
            first = tables[0]
            where = f"“{first.project.name or first.title or '表格'}”"
        names = "、".join(f"“{sheet.name}”" for sheet in sheets if sheet.name)
        if names:  # a workbook: which worksheets were searched
            where = f"{where}（工作表{names}）" if where else f"工作表{names}"
        if has_grid_header(sheets):
            msg = "找到了指标表头，但表头下没有指标行"
        else:
            msg = "未找到绩效指标表（需要含“三级指标/指标名称”与“指标值”等列的表头）"
            msg += _unsplit_hint(sheets)
        raise ReadError(msg + _format_hint(detected, name, sheets), file=name, where=where)
    if any(sheet.problems for sheet in sheets):
        tables = _note_problems(sheets, tables)
    if len({table.source.sheet for table in tables}) > 1:
        tables = _note_duplicate_sheets(tables)
    return tuple(_mark_missing_grid(table) for table in tables)


def _table_cells(table: Table) -> tuple[object, ...]:
    """What two copies of one table share: its title, fields, budget and indicators' cells.

    A project named only by its sheet (``project-from-sheet-name``) is no cell: two
    sheets holding one table are copies whatever they are named.
    """
    project = table.project
    if any(finding.id == "project-from-sheet-name" for finding in table.findings):
        project = evolve(project, name=None)
    return (
        table.kind,
        table.title,
        project,
        table.period,
        tuple(
            (line.role, line.source, line.initial, line.period_budget, line.executed, line.rate)
            for line in table.budget
        ),
        tuple(
            (
                indicator.level1,
                indicator.level2,
                indicator.name,
                indicator.target,
                indicator.planned,
                indicator.actual,
                indicator.forecast,
            )
            for indicator in table.indicators
        ),
    )


def _note_duplicate_sheets(tables: tuple[Table, ...]) -> tuple[Table, ...]:
    """A ``duplicate-sheet`` info on a table whose sheet repeats an earlier sheet's table.

    Two worksheets (or parts) holding the same table, same title and cells (a copy
    kept beside the original, ``Sheet1`` and ``Sheet1 (2)``): both tables are kept,
    and the later one says which sheet it repeats.
    """
    seen: dict[tuple[object, ...], str] = {}
    noted: list[Table] = []
    for table in tables:
        sheet = table.source.sheet
        if sheet is None or not table.indicators:
            noted.append(table)
            continue
        cells = _table_cells(table)
        first = seen.setdefault(cells, sheet)
        if first != sheet:
            finding = Finding(
                "duplicate-sheet",
                Severity.INFO,
                f"工作表“{sheet}”与工作表“{first}”的表格相同（标题与单元格一致），"
                "两张表均已读取，请核对是否重复报送",
                Where(file=table.source.file, sheet=sheet),
            )
            table = evolve(table, findings=(*table.findings, finding))  # noqa: PLW2901
        noted.append(table)
    return tuple(noted)


def _note_problems(sheets: list[Sheet], tables: tuple[Table, ...]) -> tuple[Table, ...]:
    """The readers' problems (:class:`~._sheet.Problem`) as warnings on *tables*.

    A problem at a row goes to the last table of its sheet that starts at or above
    it; a file cut short (``file-truncated``) to the sheet's last table; any other
    to its first. A sheet no table was read from gives its problems to the first.
    """
    found: dict[int, list[Finding]] = {}
    for sheet in sheets:
        if not sheet.problems:
            continue
        own = [
            (min((i.position.row for i in table.indicators if i.position), default=0), index)
            for index, table in enumerate(tables)
            if table.source.file == sheet.file and table.source.sheet == sheet.name
        ] or [(0, 0)]
        for problem in sheet.problems:
            if problem.row is not None:
                index = next((i for start, i in reversed(own) if start <= problem.row), own[0][1])
            else:
                index = own[-1][1] if problem.id == "file-truncated" else own[0][1]
            cell = (
                Position(None, None, problem.row, problem.column).cell
                if problem.row is not None and problem.column is not None
                else None
            )
            where = Where(
                file=sheet.file, sheet=sheet.name, row=problem.row, column=problem.column, cell=cell
            )
            finding = _at_value_cell(
                Finding(
                    problem.id,
                    Severity.INFO if problem.info else Severity.WARNING,
                    problem.message,
                    where,
                ),
                tables[index],
            )
            found.setdefault(index, []).append(finding)
    return tuple(
        evolve(table, findings=(*table.findings, *found[i])) if i in found else table
        for i, table in enumerate(tables)
    )


# The roles of an indicator's figure cells: a damaged one is the actual's (q64 W3).
_VALUE_ROLES: Final = frozenset(("actual", "planned", "forecast"))
# What the damaged cells said as an indicator's figure say (their finding's message holds it).
_VALUE_MARKS: Final = (NON_FINITE, DATE_OUT_OF_RANGE, DATE_DAY_ZERO)


def _at_value_cell(finding: Finding, table: Table) -> Finding:
    """*finding*, a damaged cell, as ``malformed-actual`` when it is an indicator's figure.

    An xlsx number cell holding no finite number (``1e309``), or a number in a date
    format outside Excel's dates (``-5``) or below 1 (``0``, Excel's 1900-01-00), in an
    actual, planned or forecast cell is said as an Excel error there is
    (``malformed-actual``, with the indicator's name); in any other cell it stays
    ``malformed-cell``.

    An xlsx error cell holding no error value's shape (``<v>#oops</v>``) in any indicator's
    cell is said as that cell's Excel error (``malformed-target`` for the target, as
    ``#WHAT?`` is; r35t: it was ``malformed-cell`` and the target text ``#oops`` was
    ``target-not-measurable`` too).
    """
    where = finding.where
    error_cell = NOT_AN_ERROR_VALUE in finding.message
    if (
        finding.id != "malformed-cell"
        or not (error_cell or any(mark in finding.message for mark in _VALUE_MARKS))
        or where.row is None
        or where.column is None
    ):
        return finding
    for index, indicator in enumerate(table.indicators):
        for role, position in indicator.cells:
            if (
                (error_cell or role in _VALUE_ROLES)
                and position.row == where.row
                and position.column == where.column
            ):
                return evolve(
                    finding,
                    id=excel_error_id(role) if error_cell else "malformed-actual",
                    where=evolve(where, indicator=index, name=indicator.name),
                )
    return finding


def _unsplit_hint(sheets: Sequence[Sheet]) -> str:
    """Why no header was found in text whose columns are parted by spaces, not tabs.

    Every row one cell and some holding a run of spaces (``三级指标    年度指标值``):
    the columns could not be split (:func:`~._text.spaced_columns` found no
    header either).

    Example:
        >>> from perftrack.readers._sheet import Sheet
        >>> _unsplit_hint([Sheet((("指标    目标",),))])[:11]
        '；未发现制表符分隔的列'
        >>> _unsplit_hint([Sheet((("指标", "目标"),))])
        ''
    """
    rows = [row for sheet in sheets for row in sheet.rows]
    if not rows or any(sum(1 for cell in row if cell.strip()) > 1 for row in rows):
        return ""
    if not any("  " in cell or "\u3000" in cell for row in rows for cell in row):
        return ""
    return (
        "；未发现制表符分隔的列（各列以空格对齐，无法拆分）："
        "从 PDF 复制的文本请先粘贴到 Excel 再导出"
    )


_FORMAT_NAMES: Final = {"text": "TSV/文本", "csv": "CSV", "html": "HTML", "markdown": "Markdown"}


def _format_hint(detected: str | None, name: str | None, sheets: Sequence[Sheet] = ()) -> str:
    """What to try when the detected text format may not be the right one.

    When *name*'s extension names another text format, that one; else, when text
    read as TSV holds commas in most of its rows (a CSV from standard input, or
    under a name that says nothing), CSV.

    Example:
        >>> print(_format_hint("text", "导出.csv").split("：")[0])
        ；内容按 TSV/文本 格式读取，而扩展名是 .csv
        >>> _format_hint("csv", "导出.csv"), _format_hint(None, "导出.csv")
        ('', '')
    """
    from perftrack.readers._detect import extension_format  # noqa: PLC0415

    by_name = extension_format(name)
    if detected not in _FORMAT_NAMES or by_name == detected:
        return ""
    if by_name is None or name is None:
        if detected != "text" or not _comma_rows(sheets):
            return ""
        return (
            "；内容按 TSV/文本 格式读取，但多数行含逗号：如果这是 CSV 文件，"
            '请指定格式（命令行 --input-format csv，或 read(..., format="csv")）'
        )
    suffix = Path(name).suffix
    return (
        f"；内容按 {_FORMAT_NAMES[detected]} 格式读取，而扩展名是 {suffix}：如判断有误，"
        f'请指定格式（命令行 --input-format {by_name}，或 read(..., format="{by_name}")）'
    )


def _comma_rows(sheets: Sequence[Sheet]) -> bool:
    """Whether most rows of *sheets* hold a comma (text read as TSV that was CSV)."""
    rows = [row for sheet in sheets for row in sheet.rows if any(cell.strip() for cell in row)]
    return bool(rows) and sum(any("," in cell for cell in row) for row in rows) * 2 >= len(rows)


_OUR_REPORT: Final = "这是 perftrack 生成的报告，不是绩效表（请勿把报告放在待检查的文件夹中）"


#: The lines that mark ``perftrack score``'s text output (a scorecard's source line,
#: the summary's head) and its review (审核意见) paragraphs; ``perftrack read``'s (a
#: table's source line with its kind) and ``perftrack check``'s (a finding's line,
#: ``file:cell: finding-id message``, and the count line): saved in a folder given, they
#: are reports of ours, not tables (regress42).
_OUR_TEXT: Final = re.compile(
    r"^  来源：.+ 第\d+张表(?:  类型：[a-z_]+)?$|^汇总：\d+张表|^经审核，『.*』项目"
    r"|^检查 \d+ 个文件、\d+ 张表：|^\S[^\t]*?:(?:[A-Z]{1,3}\d+)?: [a-z]+(?:-[a-z]+)+ ",
    re.MULTILINE,
)


def _is_our_text(head: str) -> bool:
    r"""Whether *head*, a text file's beginning, is a report ``perftrack score`` printed.

    Example:
        >>> _is_our_text("跟踪表 — 校舍\n  区教育局\n  来源：导出/甲.tsv 第1张表\n")
        True
        >>> _is_our_text("校舍\n经审核，『校舍』项目截至2023年8月31日预算执行率为60%。")
        True
        >>> _is_our_text("项目名称\t校舍\n来源：财政拨款\n")
        False
        >>> _is_our_text("校舍\n  来源：导出/甲.tsv 第1张表  类型：tracking\n")
        True
        >>> _is_our_text("导出/甲.tsv:E20: target-not-measurable “校舍”年度指标…\n")
        True
    """
    return "\t" not in head[:200] and _OUR_TEXT.search(head[:2000]) is not None


def _is_our_report(sheets: list[Sheet]) -> bool:
    """A report perftrack wrote as CSV or xlsx: its first row is the indicator header."""
    from perftrack.reports._common import INDICATOR_HEADERS  # noqa: PLC0415 - on first use

    for sheet in sheets[:1]:
        for row in sheet.rows[:3]:
            cells = tuple(cell.strip() for cell in row if cell.strip())
            if cells[: len(INDICATOR_HEADERS)] == INDICATOR_HEADERS:
                return True
    return False


def _mark_missing_grid(table: Table) -> Table:
    """A table without an indicator grid among others keeps its blocks, with an error finding."""
    if table.indicators:
        return table
    finding = Finding(
        "missing-indicators",
        Severity.ERROR,
        "此表没有绩效指标（未找到指标表头），无法评分",
        Where(file=table.source.file, sheet=table.source.sheet),
    )
    return evolve(table, findings=(*table.findings, finding))
