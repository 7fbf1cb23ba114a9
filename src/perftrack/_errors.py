"""The exception hierarchy of perftrack."""

from __future__ import annotations

import errno
import re
import unicodedata
from typing import Final

__all__ = [
    "ExpressionError",
    "PerftrackError",
    "ReadError",
    "display_name",
    "display_width",
    "escaped_breaks",
    "exception_detail",
    "nest_quotes",
    "os_reason",
    "quoted_cell",
    "shorten_quotes",
    "writable_line",
    "writable_text",
]


#: How many characters of a long cell a message quotes (:func:`quoted_cell`).
QUOTE_KEEP: Final = 60
#: A quoted text longer than its kept part by more than this is cut: what is cut
#: (``…（共100000字）``) stays within it, so that cutting again changes nothing.
_QUOTE_SLACK: Final = 20
#: A span a message quotes: “…” with no quote inside.
_QUOTED_SPAN: Final = re.compile(r"“([^“”]*)”")


def quoted_cell(text: str, keep: int = QUOTE_KEEP) -> str:
    """*text* as a message quotes it: whole, or its first *keep* characters and its length.

    A cell of 100,000 characters (a pasted document in one CSV cell) would make a
    message of as many; the objects keep the text whole, messages quote its head.

    Example:
        >>> quoted_cell("准确")
        '准确'
        >>> quoted_cell("甲" * 100000, keep=3)
        '甲甲甲…（共100000字）'
    """
    if len(text) <= keep + _QUOTE_SLACK:
        return text
    return f"{text[:keep]}…（共{len(text)}字）"


# An opening quote before the first one closes: a quote nested in a quote.
_NESTED_QUOTE_RE: Final = re.compile("“[^”]*“")


def nest_quotes(message: str) -> str:
    """*message* with the quotes inside quotes made single, as Chinese nests them.

    A name that holds quotes of its own, quoted again, reads ``““三公”经费变动率”``;
    nested it reads ``“‘三公’经费变动率”``. A message whose quotes do not pair up
    is left as it is.

    Example:
        >>> nest_quotes("““三公”经费变动率”存在偏差")
        '“‘三公’经费变动率”存在偏差'
        >>> nest_quotes("“培训人次”存在偏差"), nest_quotes("“甲存在偏差")
        ('“培训人次”存在偏差', '“甲存在偏差')
    """
    if _NESTED_QUOTE_RE.search(message) is None or message.count("“") != message.count("”"):
        return message  # the common case: names quoted one after another, nothing nested
    depth, out = 0, []
    for char in message:
        if char == "“":
            depth += 1
            out.append("‘" if depth % 2 == 0 else char)
        elif char == "”":
            if depth == 0:
                return message
            out.append("’" if depth % 2 == 0 else char)
            depth -= 1
        else:
            out.append(char)
    return "".join(out)


def shorten_quotes(message: str) -> str:
    """*message* with each “quoted” text cut by :func:`quoted_cell` (none cut twice).

    Example:
        >>> shorten_quotes("“" + "甲" * 200 + "”未填写")[-16:]
        '甲甲甲甲…（共200字）”未填写'
    """
    if len(message) <= QUOTE_KEEP + _QUOTE_SLACK:
        return message
    return _QUOTED_SPAN.sub(lambda found: f"“{quoted_cell(found.group(1))}”", message)


class PerftrackError(Exception):
    """Base class of every error perftrack raises on purpose.

    Example:
        >>> try:
        ...     import perftrack
        ...
        ...     perftrack.parse_target("≥abc")
        ... except perftrack.PerftrackError as exc:
        ...     print(type(exc).__name__)
        ExpressionError
    """


def exception_detail(exc: BaseException) -> str:
    """An exception as one message part: its type, and its text when it has one.

    Used wherever an error perftrack did not raise on purpose is reported (a
    dependency's, or a bug's), so that an empty message never leaves ``Type: ``.

    Example:
        >>> exception_detail(KeyError("xl/workbook.xml")), exception_detail(EOFError())
        ("KeyError: 'xl/workbook.xml'", 'EOFError')
    """
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def escaped_breaks(text: str) -> str:
    r"""*text* with its line breaks and tabs written as ``\n``, ``\r``, ``\t``.

    Example:
        >>> print(escaped_breaks("a.txt\n"))
        a.txt\n
    """
    return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def display_name(name: str) -> str:
    r"""A file name as perftrack shows and stores it: always valid Unicode.

    A name that is not UTF-8 on disk (the GBK bytes ``unzip`` leaves from a zip
    made on Windows) reaches Python as lone surrogates, which no UTF-8 output can
    hold. Each such part of the path is decoded from its bytes as GB18030 (what
    those archives use), or, failing that, with the bad bytes as ``\ufffd``.
    The file itself is still opened by its real path; only what is printed or
    stored (``source.file``, ``where.file``, ``errors[].file``) is this name.

    Example:
        >>> display_name("表格/跟踪表.txt")
        '表格/跟踪表.txt'
        >>> display_name("batch/" + "跟踪表.txt".encode("gbk").decode("utf-8", "surrogateescape"))
        'batch/跟踪表.txt'
        >>> display_name("b/caf" + b"\xe9".decode("utf-8", "surrogateescape")) == "b/caf\ufffd"
        True
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        # part by part: a folder named in UTF-8 may hold a file named in GBK
        return "/".join(_display_part(part) for part in name.split("/"))
    return name


def _display_part(part: str) -> str:
    try:
        part.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return part
    try:
        raw = part.encode("utf-8", "surrogateescape")  # the bytes os.fsdecode made it from
    except UnicodeEncodeError:  # a surrogate no byte stands for
        return part.encode("utf-8", "replace").decode("utf-8")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def display_width(text: str) -> int:
    """Columns *text* takes in a terminal: East Asian wide and full-width count two.

    A combining mark (the accent of a decomposed ``é``) and a format character (a
    zero-width space) take none: they are drawn on, or between, the others.

    Example:
        >>> display_width("指标ab"), display_width("Cafe\u0301"), display_width("分\u200b值")
        (6, 4, 4)
    """
    if text.isascii():
        return len(text)
    return sum(
        0
        if unicodedata.category(ch) in _ZERO_WIDTH
        else 2
        if unicodedata.east_asian_width(ch) in "WF"
        else 1
        for ch in text
    )


#: The general categories that take no column: nonspacing and enclosing marks, format characters.
_ZERO_WIDTH: Final = frozenset({"Mn", "Me", "Cf"})


# What a text report never writes raw: control characters but tab and line feed (a
# space: an ESC would reach the terminal, \x1b[8m hides what follows), noncharacters
# and lone surrogates (dropped: HTML parse errors, not UTF-8), and the bidirectional
# controls (dropped, as the readers drop them: an RLO in a file name would turn the rest
# of the line around in a terminal, an editor or Word, the figures after it read backwards).
_BIDI_CONTROLS: Final = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNWRITABLE_RE: Final = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff{_BIDI_CONTROLS}]"
)


def _unwritable(match: re.Match[str]) -> str:
    return " " if match.group() <= "\x9f" else ""


def writable_text(text: str) -> str:
    r"""*text* safe to print or to put in a Markdown or HTML report.

    The reader already reads such characters this way (a cell's control character is a
    space, a noncharacter gone); this is the writers' own guard, for text from
    elsewhere (a file name, a table built in code).

    Example:
        >>> writable_text("天气原因\x1b[8m\n下一行\ufffe"), writable_text("项目\u202e名称")
        ('天气原因 [8m\n下一行', '项目名称')
    """
    return text if _UNWRITABLE_RE.search(text) is None else _UNWRITABLE_RE.sub(_unwritable, text)


_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    r"""*text* with each lone surrogate a U+FFFD: JSON that UTF-8 can carry, as RFC 8259 asks.

    ``json.dumps(..., ensure_ascii=False)`` writes a lone surrogate (``\udcff``, what
    Python makes of a byte of a file name that is no UTF-8; a table built in code)
    raw, and no UTF-8 writer can write that; escaped, it would be a ``\ud800`` that
    some JSON readers refuse (RFC 8259 §8.2). The replacement character is what the
    command line already shows for such a byte.

    Example:
        >>> encodable('{"file": "a\udcffb.txt"}') == '{"file": "a\ufffdb.txt"}'
        True
    """
    return text if _SURROGATE_RE.search(text) is None else _SURROGATE_RE.sub("\ufffd", text)


def writable_line(text: str) -> str:
    r"""*text* (a file name, a sheet name) safe to print on one line of a report.

    As :func:`writable_text`, and a line feed, a tab or a line separator is a
    space too: ``perftrack check`` prints one finding a line, and the text
    report's 来源 line and the CSV report's 文件 column hold one line (cli31 M2).

    Example:
        >>> writable_line("换行\n名\t.tsv\x1b")
        '换行 名 .tsv '
    """
    return _printable(writable_text(text))


def _printable(text: str) -> str:
    """*text* on one line: line breaks and control characters shown as spaces."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)


#: A cell the rendering of an ExpressionError shows whole: up to this many characters.
#: A longer one (a pasted document, ≥ and 5,000 brackets) is shown around its span.
EXCERPT_WHOLE: Final = 120
#: The characters shown on each side of the span of a longer cell, and of a long span's
#: two ends.
_EXCERPT_AROUND: Final = 30
_EXCERPT_SPAN_END: Final = 20


def excerpt(text: str, start: int, end: int) -> tuple[str, int, int]:
    """*text* as an ExpressionError shows it, and the span (*start*, *end*) in what it shows.

    A text of up to :data:`EXCERPT_WHOLE` characters is shown whole. A longer one is
    cut to the span and :data:`_EXCERPT_AROUND` characters each side of it, each cut
    marked ``…``; a span longer than two of its ends is cut in its middle too.

    Example:
        >>> excerpt("≥80.00(%", 6, 8)
        ('≥80.00(%', 6, 8)
        >>> shown, start, end = excerpt("x" * 200 + "≥80.00(%" + "y" * 200, 206, 208)
        >>> shown, shown[start:end]
        ('…xxxxxxxxxxxxxxxxxxxxxxxx≥80.00(%yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…', '(%')
        >>> shown, start, end = excerpt("≥" + "(" * 100 + "1" + ")" * 100, 1, 202)
        >>> len(shown), shown[start:end].count("…")
        (42, 1)
    """
    if len(text) <= EXCERPT_WHOLE:
        return text, start, end
    first = max(0, start - _EXCERPT_AROUND)
    last = min(len(text), end + _EXCERPT_AROUND)
    if end - start > 2 * _EXCERPT_SPAN_END + 1:
        inner = f"{text[start : start + _EXCERPT_SPAN_END]}…{text[end - _EXCERPT_SPAN_END : end]}"
    else:
        inner = text[start:end]
    before = ("…" if first > 0 else "") + text[first:start]
    after = text[end:last] + ("…" if last < len(text) else "")
    return before + inner + after, len(before), len(before) + len(inner)


class ExpressionError(PerftrackError, ValueError):
    """A cell that looks like a value expression but cannot be parsed.

    ``text`` is the raw cell, ``span`` the ``(start, end)`` indices of the
    offending part in it, ``message`` what is wrong. ``str()`` draws the
    marker under the span, counting wide characters as two columns; a cell of
    more than :data:`EXCERPT_WHOLE` characters is shown around its span
    (:func:`excerpt`), ``text`` keeping it whole.

    Example:
        >>> import perftrack
        >>> err = perftrack.ExpressionError("unclosed bracket", "≥80.00(%", (6, 8))
        >>> print(err)
        unclosed bracket
            ≥80.00(%
                  ~~^
    """

    def __init__(self, message: str, text: str, span: tuple[int, int]) -> None:
        self.message = message
        self.text = text
        self.span = span
        super().__init__(message, text, span)

    def __str__(self) -> str:
        # a cell of more than EXCERPT_WHOLE characters: shown around its span (r35n)
        shown, start, end = excerpt(self.text, *self.span)
        lead = display_width(shown[:start])
        marked = display_width(shown[start:end])
        marker = " " * lead + "~" * marked + "^"
        return f"{self.message}\n    {_printable(shown)}\n    {marker}"

    def __reduce__(self) -> tuple[type[ExpressionError], tuple[str, str, tuple[int, int]]]:
        return (type(self), (self.message, self.text, self.span))


class ReadError(PerftrackError):
    """A file that cannot be read as performance tables.

    ``file`` names the input, ``where`` the sheet/row/column when known, and
    ``message`` says why, without them (as ``FileError.reason`` and the
    ``message`` of a JSON ``errors`` entry). ``str()`` is the whole line, file
    first (as ``FileError.message``), and ``repr()`` shows the file too.

    Example:
        >>> import perftrack
        >>> error = perftrack.ReadError("不是表格", file="a.txt", where="第3行")
        >>> print(error)
        a.txt: 第3行: 不是表格
        >>> error.message, error
        ('不是表格', ReadError('不是表格', file='a.txt', where='第3行'))
    """

    def __init__(self, message: str, *, file: str | None = None, where: str | None = None) -> None:
        self.message = shorten_quotes(message)  # a huge cell quoted: its head (r34l)
        self.file = None if file is None else display_name(file)
        self.where = where
        super().__init__(self.message)

    def __str__(self) -> str:
        # a name ending in a line break ('a.txt\n' from readlines()) is written \n:
        # the whole line stays one line (a6566 W4); ``file`` keeps the name as given
        file = None if self.file is None else escaped_breaks(self.file)
        parts = [p for p in (file, self.where) if p]
        return ": ".join([*parts, self.message])

    def __repr__(self) -> str:
        extra = "".join(
            f", {key}={value!r}"
            for key, value in (("file", self.file), ("where", self.where))
            if value
        )
        return f"{type(self).__name__}({self.message!r}{extra})"


#: What an operating-system error means, in the words of perftrack's messages.
_OS_REASONS: Final = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "超出磁盘配额",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "只读文件系统",
    errno.ENOENT: "文件或目录不存在",
    errno.ENOTDIR: "路径中有一项不是目录",
    errno.EISDIR: "这是一个目录",
    errno.ENAMETOOLONG: "文件名过长",
    errno.ELOOP: "符号链接层数过多（可能是符号链接循环）",
    errno.EIO: "输入输出错误（磁盘或网络存储故障）",
    errno.EFBIG: "文件过大",
    errno.EMFILE: "打开的文件过多",
    errno.ENFILE: "打开的文件过多",
    errno.EBUSY: "文件正被占用",
    errno.ETXTBSY: "文件正被占用",
    errno.EINVAL: "参数无效（文件名中可能有不允许的字符）",
    errno.EPIPE: "管道已关闭",
}


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Chinese (the system's English as a fallback).

    Example:
        >>> import errno
        >>> os_reason(OSError(errno.ENOSPC, "No space left on device"))
        '磁盘空间不足'
        >>> os_reason(PermissionError(errno.EACCES, "Permission denied", "a.xlsx"))
        '没有权限'
        >>> os_reason(OSError(errno.ENOTSUP, "Operation not supported"))
        'Operation not supported'
    """
    reason = _OS_REASONS.get(exc.errno) if isinstance(exc.errno, int) else None
    return reason or exc.strerror or str(exc) or type(exc).__name__
